"""Tone suggestions learned from the office's labels (issue 15)."""

from __future__ import annotations

import pytest

from clipper.organise.tone_suggestions import NotEnoughLabels
from tests.tone_set import labelled_rows, store_labelled


def _by_part(part: str) -> list[dict]:
    return [r for r in labelled_rows() if r["part"] == part]


def test_too_few_labels_say_how_many_there_are(service):
    rows = [r for r in _by_part("a") if r["tone"] in ("긍정", "오보")]
    few = [r for r in rows if r["tone"] == "긍정"][:29] + [r for r in rows if r["tone"] == "오보"]
    store_labelled(service, few)
    with pytest.raises(NotEnoughLabels) as err:
        service.tone_model()
    assert "at least 30" in str(err.value) and "긍정 29" in str(err.value)


def test_suggestions_come_with_measured_accuracy_and_are_never_set(service, run_cli):
    store_labelled(service, _by_part("a"))
    held = _by_part("b")
    held_ids = store_labelled(service, held, label=False)
    model = service.tone_model()
    q = model.quality
    assert q.labelled == 200 and q.folds == 5 and set(q.per_tone) == {
        "긍정", "단순(중립)", "건전비판", "악의적비판", "오보"}
    assert 0.5 < q.accuracy <= 1 and q.group_accuracy >= q.accuracy
    suggestions = service.tone_suggestions(held_ids)
    assert set(suggestions) == set(held_ids)
    right = sum(suggestions[i].tone == r["tone"] for i, r in zip(held_ids, held, strict=True))
    assert right / len(held) > 0.6  # wording it never saw (see bench/tone_bench.py)
    assert all(s.tone is None for s in service.summaries(held_ids))  # only suggested
    labelled = service.summaries([held_ids[0]])
    assert labelled[0].tone is None
    assert service.tone_model() is model  # no label changed: not trained again

    changes = service.accept_tone_suggestions(held_ids[:3])
    assert sorted(changes.clippings_changed) == sorted(held_ids[:3])
    assert [s.tone for s in service.summaries(held_ids[:3])] == [
        suggestions[i].tone for i in held_ids[:3]]
    service.undo()
    assert all(s.tone is None for s in service.summaries(held_ids[:3]))

    status, out, _ = run_cli("tone", "suggest", "--ids", *held_ids[3:5])
    assert status == 0 and "held back in turn (5-fold)" in out
    assert f"{held_ids[3]:>6}" in out

"""Tone suggestions on the labelled set (tests/data/tone/labelled.jsonl): cross-validated
accuracy on part a (what the app shows the user), training time, and accuracy on part b,
whose sentences the model never saw (a fairer figure for new wording).

    python bench/tone_bench.py

Prints: labelled count, folds, accuracy overall / by group / per tone, the time to
train (cross-validation included) and to suggest for the held-out clippings, and the
accuracy of those suggestions against their real labels.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clipper.services import LibraryService  # noqa: E402
from tests.tone_set import labelled_rows, store_labelled  # noqa: E402


def main() -> None:
    rows = labelled_rows()
    # Part b is worded with sentences part a never uses: held back, unlabelled.
    held = [r for r in rows if r["part"] == "b"]
    train_rows = [r for r in rows if r["part"] == "a"]
    with tempfile.TemporaryDirectory() as tmp, LibraryService(Path(tmp) / "lib") as svc:
        store_labelled(svc, train_rows)
        held_ids = store_labelled(svc, held, label=False)
        start = time.perf_counter()
        model = svc.tone_model()
        trained = time.perf_counter() - start
        q = model.quality
        print(f"labelled for training: {q.labelled}  folds: {q.folds}")
        print(f"cross-validated accuracy: {q.accuracy:.1%}  by group: {q.group_accuracy:.1%}")
        for tone, recall in q.per_tone.items():
            print(f"  {tone}: {recall:.1%} of {q.counts[tone]}")
        print(f"train + cross-validate: {trained:.2f} s")
        start = time.perf_counter()
        suggestions = svc.tone_suggestions(held_ids)
        took = time.perf_counter() - start
        right = sum(suggestions[i].tone == r["tone"] for i, r in zip(held_ids, held, strict=True))
        print(f"held-out: {right}/{len(held)} right ({right / len(held):.1%}); "
              f"suggesting took {took:.2f} s")
        wrong = Counter((r["tone"], suggestions[i].tone)
                        for i, r in zip(held_ids, held, strict=True)
                        if suggestions[i].tone != r["tone"])
        for (truth, said), count in wrong.most_common():
            print(f"  {truth} suggested as {said}: {count}")


if __name__ == "__main__":
    main()

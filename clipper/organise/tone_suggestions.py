"""Tone suggestions learned from the office's own labels.

Once enough clippings carry a tone (MIN_PER_CLASS of a class), a linear classifier over
Korean morphemes (our own analyser, search/analysis.py; Latin words stemmed) and their
pairs suggests a tone for clippings without one. It is only a suggestion: the user
accepts it (which sets the tone, undoable) or not; nothing is set silently.

How far to trust it is measured on the office's own data: k-fold cross-validation over
the labelled clippings (each held back once, predicted by a model trained on the rest),
reported as accuracy overall, per tone, and by group (positive / neutral / negative).

scikit-learn and Kiwi are imported only here and only when asked (start-up stays light).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from clipper.domain import Tone
from clipper.store import tones as rows
from clipper.store.library import Library, LibraryError

MIN_PER_CLASS = 30
FOLDS = 5
MAX_CHARS = 3000  # title and the head of the body carry the tone; keeps training quick


@dataclass(frozen=True)
class Suggestion:
    clipping_id: int
    tone: str
    confidence: float  # the classifier's probability for it, 0-1


@dataclass
class Quality:
    """Cross-validated on the office's labels: how often a suggestion was right."""

    labelled: int
    folds: int
    accuracy: float
    group_accuracy: float
    per_tone: dict[str, float] = field(default_factory=dict)  # recall of each tone
    counts: dict[str, int] = field(default_factory=dict)
    left_out: dict[str, int] = field(default_factory=dict)  # tones with too few labels

    def to_json(self) -> dict[str, Any]:
        return {"labelled": self.labelled, "folds": self.folds, "accuracy": self.accuracy,
                "group_accuracy": self.group_accuracy, "per_tone": self.per_tone,
                "counts": self.counts, "left_out": self.left_out}


class NotEnoughLabels(LibraryError):
    """Too few labelled clippings to learn from; the message says how many more."""


def tokens(text: str) -> list[str]:
    """Morphemes and adjacent morpheme pairs: 왜곡 and 사실+왜곡 both count."""
    from clipper.search.analysis import morphemes

    words = morphemes(text[:MAX_CHARS])
    return words + [f"{a}+{b}" for a, b in zip(words, words[1:], strict=False)]


def _text(library: Library, clipping_id: int) -> str:
    clipping = library.get(clipping_id)
    return "" if clipping is None else f"{clipping.title}\n{clipping.body_text()}"


def _pipeline():  # noqa: ANN202 -- an sklearn Pipeline
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    # Pre-tokenised documents: the analyser is ours, sklearn only weighs and learns.
    return make_pipeline(
        TfidfVectorizer(analyzer=_identity, sublinear_tf=True, min_df=2),
        LogisticRegression(max_iter=2000, class_weight="balanced", C=4.0),
    )


def _identity(tokens: list[str]) -> list[str]:
    return tokens


class ToneModel:
    """A classifier trained on the labelled clippings of one library state."""

    def __init__(self, classifier: Any, tones: dict[int, Tone], key: str, quality: Quality):
        self.classifier, self.tones, self.key, self.quality = classifier, tones, key, quality

    def predict(self, docs: Sequence[list[str]]) -> list[tuple[str, float]]:
        if not docs:
            return []
        probabilities = self.classifier.predict_proba(list(docs))
        classes = list(self.classifier.classes_)
        out = []
        for row in probabilities:
            best = int(row.argmax())
            out.append((self.tones[int(classes[best])].name, float(row[best])))
        return out


def labels_key(library: Library) -> str:
    """Changes whenever a label or a labelled clipping's text changes (cache key)."""
    digest = hashlib.sha256()
    for clipping_id, tone_id, updated in rows.labelled_with_times(library.db):
        digest.update(f"{clipping_id}:{tone_id}:{updated};".encode())
    for tone in rows.all_tones(library.db):
        digest.update(f"{tone.id}={tone.name}/{tone.group};".encode())
    return digest.hexdigest()


def train(library: Library, folds: int = FOLDS, min_per_class: int = MIN_PER_CLASS
          ) -> ToneModel:
    """Learn from every labelled clipping; NotEnoughLabels says what is missing."""
    tones = {t.id: t for t in rows.all_tones(library.db)}
    labelled = rows.labelled(library.db)
    counts = Counter(tone_id for _, tone_id in labelled)
    enough = {t for t, n in counts.items() if n >= min_per_class}
    by_name = {tones[t].name: n for t, n in counts.items() if t in tones}
    if len(enough) < 2:
        have = ", ".join(f"{tones[t].name} {n}" for t, n in counts.most_common()) or "none"
        raise NotEnoughLabels(
            f"tone suggestions need at least {min_per_class} labelled clippings in each of "
            f"two tones or more (labelled now: {have})")
    chosen = [(cid, t) for cid, t in labelled if t in enough]
    docs = [tokens(_text(library, cid)) for cid, _ in chosen]
    y = [t for _, t in chosen]
    quality = _cross_validate(docs, y, tones, folds)
    quality.counts = {tones[t].name: counts[t] for t in enough}
    quality.left_out = {n: c for n, c in by_name.items() if n not in quality.counts}
    classifier = _pipeline().fit(docs, y)
    return ToneModel(classifier, tones, labels_key(library), quality)


def _cross_validate(docs: list[list[str]], y: list[int], tones: dict[int, Tone],
                    folds: int) -> Quality:
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    smallest = min(Counter(y).values())
    k = max(2, min(folds, smallest))
    splitter = StratifiedKFold(n_splits=k, shuffle=True, random_state=0)
    predicted = cross_val_predict(_pipeline(), docs, y, cv=splitter)
    right = [int(p) == t for p, t in zip(predicted, y, strict=True)]
    group_right = [tones[int(p)].group == tones[t].group
                   for p, t in zip(predicted, y, strict=True)]
    per_tone: dict[str, float] = {}
    for tone_id in sorted(set(y)):
        mine = [r for r, t in zip(right, y, strict=True) if t == tone_id]
        per_tone[tones[tone_id].name] = sum(mine) / len(mine)
    return Quality(labelled=len(y), folds=k, accuracy=sum(right) / len(right),
                   group_accuracy=sum(group_right) / len(group_right), per_tone=per_tone)


def suggest(library: Library, model: ToneModel, ids: Sequence[int]) -> dict[int, Suggestion]:
    """A suggestion for each of `ids` that has no tone yet (labelled ones: none)."""
    todo = rows.unlabelled(library.db, list(ids))
    docs = [tokens(_text(library, cid)) for cid in todo]
    return {cid: Suggestion(cid, tone, confidence)
            for cid, (tone, confidence) in zip(todo, model.predict(docs), strict=True)}

"""A dev signal for conflict detection on FNC-1, as ``parallax eval fnc1 DIR``.

eval/README.md fixes no keys for this set, so the figures are defined here. Each
(headline, body) pair becomes a two-article story, as if two outlets had been
uploaded: the headline is one article of one statement, the body is segmented and
attributed like any upload, and `app.core.compare.compare_story` aligns and compares
them. A pair is predicted "disagree" when the headline's claim holds a body
statement and has a substantive conflict (number, negation, entity, certainty).

- ``disagree``: precision, recall and F1 of that prediction over the agree and
  disagree pairs (positive class = disagree).
- ``aligned_share``: how often the headline lands in a claim with a body statement,
  for agree, disagree and unrelated pairs (unrelated ones should not align).
- ``given_aligned``: the same prediction over only the agree and disagree pairs whose
  headline aligned, i.e. conflict detection apart from alignment (a pair that does not
  align shows no conflict, whatever the conflict rules).
- ``agree_flagged``: the share of agree pairs predicted "disagree" (false conflicts on
  outlets that agree, at the pair level).
- ``conflict_types``: which conflict types fired on agree and on disagree pairs.
- ``baselines`` (same run): always "disagree"; and the FNC-1 organisers'
  refuting-word cue ("disagree" when the body holds any of their refuting words).

Nothing is fitted: the product's frozen thresholds decide.
"""

from __future__ import annotations

import csv
import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from app.core import attribution_network
from app.core.compare import SUBSTANTIVE, ArticleInput, compare_story
from app.core.segment import segment
from app.evaluation.ecbplus import claim_statements

STANCES = ("agree", "disagree", "discuss", "unrelated")
# The refuting words of the FNC-1 baseline (fnc-1-baselines, feature_engineering.py).
REFUTING_WORDS = frozenset(
    ["fake", "fraud", "hoax", "false", "deny", "denies", "not", "despite", "nope", "doubt", "doubts", "bogus", "debunk", "pranks", "retract"]
)  # fmt: skip
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Pair:
    row: int  # data rows from 1, header excluded
    headline: str
    body_id: str
    stance: str


def read_pairs(directory: Path) -> tuple[list[Pair], dict[str, str]]:
    """The labelled competition pairs and their bodies (quoted CSV, UTF-8)."""
    stances = directory / "competition_test_stances.csv"
    bodies_file = directory / "competition_test_bodies.csv"
    for path in (stances, bodies_file):
        if not path.exists():
            raise FileNotFoundError(f"{path} not found (see eval/README.md for the FNC-1 layout)")
    with bodies_file.open(encoding="utf-8-sig", newline="") as fh:
        bodies = {row["Body ID"]: row["articleBody"] for row in csv.DictReader(fh)}
    pairs = []
    with stances.open(encoding="utf-8-sig", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=1):
            stance = row["Stance"].strip().lower()
            if stance not in STANCES:
                raise ValueError(f"{stances}: row {n}: unknown stance {row['Stance']!r}")
            if row["Body ID"] not in bodies:
                raise ValueError(f"{stances}: row {n}: no body {row['Body ID']!r}")
            pairs.append(Pair(n, row["Headline"], row["Body ID"], stance))
    return pairs, bodies


def article_from_text(number: int, label: str, text: str) -> ArticleInput:
    """An article as an upload holds it: segmented, every statement attributed."""
    statements = claim_statements(number, label, text, segment(text))
    return ArticleInput(article=number, label=label, order=number, statements=statements)


@dataclass(frozen=True, slots=True)
class Decision:
    aligned: bool
    conflict_types: tuple[str, ...]

    @property
    def disagree(self) -> bool:
        return self.aligned and any(t in SUBSTANTIVE for t in self.conflict_types)


def decide(headline: ArticleInput, body: ArticleInput) -> Decision:
    """Compare the two-article story and read off the headline's claim."""
    result = compare_story([body, headline])
    for claim in result.claims:
        if any(m.article == headline.article for m in claim.members) and len(claim.members) > 1:
            return Decision(True, tuple(dict.fromkeys(c.type for c in claim.conflicts)))
    return Decision(False, ())


def _prf(truth: list[bool], predicted: list[bool]) -> dict[str, float]:
    tp = sum(1 for t, p in zip(truth, predicted, strict=True) if t and p)
    fp = sum(1 for t, p in zip(truth, predicted, strict=True) if p and not t)
    fn = sum(1 for t, p in zip(truth, predicted, strict=True) if t and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate_fnc1(directory: Path, predictions: Path | None = None) -> dict:
    """Conflict detection (disagree vs agree) and alignment of unrelated pairs on FNC-1."""
    pairs, bodies = read_pairs(directory)
    start = time.perf_counter()
    articles: dict[str, ArticleInput] = {}
    decisions: dict[int, Decision] = {}
    for p in pairs:
        if p.stance == "discuss":
            continue  # neither agree/disagree nor unrelated: not scored
        if p.body_id not in articles:
            articles[p.body_id] = article_from_text(1, "body", bodies[p.body_id])
        decisions[p.row] = decide(article_from_text(2, "headline", p.headline), articles[p.body_id])
    seconds = time.perf_counter() - start

    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as out:
            for p in pairs:
                if p.row not in decisions:
                    continue
                d = decisions[p.row]
                out.write(json.dumps({"row": p.row, "aligned": d.aligned, "disagree": d.disagree,
                                      "conflicts": list(d.conflict_types)}) + "\n")  # fmt: skip

    judged = [p for p in pairs if p.stance in ("agree", "disagree")]
    truth = [p.stance == "disagree" for p in judged]
    refuting = [
        bool(REFUTING_WORDS & set(_WORD_RE.findall(bodies[p.body_id].lower()))) for p in judged
    ]
    types: dict[str, Counter[str]] = {"agree": Counter(), "disagree": Counter()}
    for p in judged:
        types[p.stance].update(decisions[p.row].conflict_types)
    counts = Counter(p.stance for p in pairs)
    aligned = [p for p in judged if decisions[p.row].aligned]
    agree = [p for p in judged if p.stance == "agree"]
    return {
        "pairs": len(judged),
        "attribution_tagger": attribution_network.name(),
        "disagree_pairs": sum(truth),
        "disagree": _prf(truth, [decisions[p.row].disagree for p in judged]),
        "given_aligned": {
            "pairs": len(aligned),
            "disagree_pairs": sum(p.stance == "disagree" for p in aligned),
            "disagree": _prf(
                [p.stance == "disagree" for p in aligned],
                [decisions[p.row].disagree for p in aligned],
            ),
        },
        "agree_flagged": round(
            sum(decisions[p.row].disagree for p in agree) / len(agree) if agree else 0.0, 4
        ),
        "aligned_share": {
            s: round(sum(decisions[p.row].aligned for p in pairs if p.stance == s) / counts[s], 4)
            for s in ("agree", "disagree", "unrelated")
            if counts[s]
        },
        "conflict_types": {s: dict(c.most_common()) for s, c in types.items()},
        "seconds": round(seconds, 2),
        "baselines": {
            "always_disagree": _prf(truth, [True] * len(judged)),
            "refuting_words_in_body": _prf(truth, refuting),
        },
    }

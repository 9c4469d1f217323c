"""Compare ways of giving a sourceless attribution relation a source, on held-out train.

Offline tool, not part of the product (fits nothing). Scores, on the quarter of PolNeAR
train that ``scripts/fit_attribution_crf.py --holdout 4`` holds out, with a tagger fitted
on the other three quarters (``--out MODEL`` of that script):

- ``none``: the relations as they were before session 11 (no source filled in);
- ``product``: ``find_attributions`` as shipped (``_clause_sources``: a cue that continues
  its sentence's main clause takes that clause's source);
- ``rule frame, continuing cues``: such a cue takes the source of the rule frame with the
  same cue instead;
- ``rule frame, every cue``: every sourceless relation takes the source of the rule frame
  with the same cue.

    python scripts/clause_source_variants.py ../shared/eval/polnear/data/train MODEL
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import app.core.attribution as attribution  # noqa: E402
from app.core import attribution_tagger as tagger  # noqa: E402
from app.core.attribution import Relation  # noqa: E402
from app.core.segment import segment  # noqa: E402
from app.evaluation.polnear import (  # noqa: E402
    _as_gold,
    _Totals,
    article_names,
    load_article,
    score_article,
)


def _unfilled(text: str) -> list[Relation]:
    shipped = attribution._clause_sources
    attribution._clause_sources = lambda _text, _segments, relations: relations  # type: ignore[assignment]
    try:
        return attribution.find_attributions(text, opens_with_headline=True)
    finally:
        attribution._clause_sources = shipped  # type: ignore[assignment]


def _rule_sources(continuing_only: bool) -> Callable[[str], list[Relation]]:
    def extract(text: str) -> list[Relation]:
        segments = segment(text)
        found = attribution.frames(text, segments, opens_with_headline=True)
        sentences = attribution._sentences(text, segments)
        out = []
        for rel in _unfilled(text):
            cue = rel.cue[0]
            frame = next(
                (f for f in found if f.source and f.cue[0] < cue[1] and cue[0] < f.cue[1]), None
            )
            start = max((s.start for s in sentences if s.start <= cue[0]), default=0)
            toks = attribution._toks(text, start, cue[1])
            ci = next((i for i, t in enumerate(toks) if t.start >= cue[0]), len(toks))
            continuing = ci < len(toks) and attribution._joins_clause(toks, ci)[0]
            if not rel.source and frame is not None and (not continuing_only or continuing):
                rel = Relation((frame.source,), rel.cue, rel.content, rel.refers_to)  # type: ignore[arg-type]
            out.append(rel)
        return out

    return extract


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("directory", type=Path, help="PolNeAR train (holds text/ and attributions/)")
    ap.add_argument("model", type=Path, help="a tagger fitted with --holdout 4")
    ap.add_argument("--holdout", type=int, default=4)
    args = ap.parse_args()
    tagger.MODEL_PATH = args.model
    tagger._tagger.cache_clear()
    variants: dict[str, Callable[[str], list[Relation]]] = {
        "none": _unfilled,
        "product": attribution.find_attributions,
        "rule frame, continuing cues": _rule_sources(True),
        "rule frame, every cue": _rule_sources(False),
    }
    totals = {name: _Totals() for name in variants}
    for k, name in enumerate(article_names(args.directory)):
        if k % args.holdout:
            continue
        loaded = load_article(args.directory, name)
        if loaded is None:
            continue
        text, gold = loaded
        for variant, extract in variants.items():
            score_article(text, [_as_gold(r) for r in extract(text)], gold, totals[variant])
    for variant, t in totals.items():
        figs = {r: "{f1:.3f}".format(**t.lenient[r].prf()) for r in ("source", "cue", "content")}
        figs["relation"] = "{f1:.3f}".format(**t.relation.prf())
        print(f"{variant:28s} {figs}")


if __name__ == "__main__":
    main()

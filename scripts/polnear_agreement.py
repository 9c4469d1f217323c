"""How well PolNeAR's own annotators agree, scored exactly as ``parallax eval polnear`` scores us.

Diagnostics only; fits nothing. A few PolNeAR articles were annotated by five or six
annotators. The eval takes the annotator whose file name sorts first as the gold, so
this scores every other annotator of those articles against that one, with the eval's
own rules (lenient per-role matching, relation), pooled over all comparisons. It also
scores the product's extractor on the same articles, once per comparison, so the two
rows weigh the articles alike. The product was fitted on the train split, so its row
there is in-sample; only dev's row is a fair comparison.

    python scripts/polnear_agreement.py ../shared/eval/polnear/data/train ../shared/eval/polnear/data/dev
    PARALLAX_ATTRIBUTION_NETWORK=1 python scripts/polnear_agreement.py ...

Finding (2026-11-23): over the 16 train and 2 dev articles with several annotators
(89 comparisons), the other annotators reach lenient F1 source 0.825, cue 0.760,
content 0.802 (relation 0.725) against the first: the cue target (0.85) is above what the
corpus's own annotators reach. On dev's two articles (10 comparisons) they reach 0.896 /
0.846 / 0.891 and the product 0.870 / 0.852 / 0.755 (with the network 0.875 / 0.862 /
0.815).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import attribution_network  # noqa: E402
from app.core.attribution import find_attributions  # noqa: E402
from app.evaluation.polnear import ROLES, _as_gold, _Totals, read_ann, score_article  # noqa: E402


def multiply_annotated(directory: Path) -> dict[str, list[Path]]:
    """Articles of a split with more than one .ann file, their files in name order."""
    files: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((directory / "attributions").glob("*.ann")):
        files[path.stem.rsplit("_", 1)[0]].append(path)
    return {name: paths for name, paths in files.items() if len(paths) > 1}


def score_split(directory: Path, humans: _Totals, product: _Totals) -> tuple[int, int]:
    """Add a split's comparisons to both totals; return (articles, comparisons)."""
    articles = comparisons = 0
    for name, paths in multiply_annotated(directory).items():
        text = (directory / "text" / f"{name}.txt").read_text(encoding="utf-8")
        gold = read_ann(paths[0].read_text(encoding="utf-8"))
        predicted = [
            r
            for r in map(_as_gold, find_attributions(text, opens_with_headline=True))
            if r.source or r.cue or r.content
        ]
        for other in paths[1:]:
            score_article(text, read_ann(other.read_text(encoding="utf-8")), gold, humans)
            score_article(text, predicted, gold, product)
            comparisons += 1
        articles += 1
    return articles, comparisons


def pool(into: _Totals, other: _Totals) -> None:
    """Add one split's counts to the pooled totals."""
    for role in ROLES:
        for kind in ("lenient", "exact"):
            c = getattr(other, kind)[role]
            getattr(into, kind)[role].add(c.matched, c.predicted, c.gold)
    into.relation.add(other.relation.matched, other.relation.predicted, other.relation.gold)


def row(label: str, totals: _Totals) -> str:
    cells = []
    for role in ROLES:
        f = totals.lenient[role].prf()
        cells.append(f"{role} P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f}")
    return (
        f"  {label:11s} " + " | ".join(cells) + f" | relation F1 {totals.relation.prf()['f1']:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", type=Path, nargs="+")
    args = parser.parse_args()
    if os.environ.get("PARALLAX_ATTRIBUTION_NETWORK"):
        attribution_network.use(True)
    print("attribution tagger:", attribution_network.name())
    pooled_humans, pooled_product = _Totals(), _Totals()
    for split in args.splits:
        humans, product = _Totals(), _Totals()
        articles, comparisons = score_split(split, humans, product)
        pool(pooled_humans, humans)
        pool(pooled_product, product)
        print(
            f"{split}: {articles} articles, {comparisons} comparisons against the first annotator"
        )
        print(row("annotators", humans))
        print(row("product", product))
    if len(args.splits) > 1:
        print("all splits together:")
        print(row("annotators", pooled_humans))
        print(row("product", pooled_product))


if __name__ == "__main__":
    main()

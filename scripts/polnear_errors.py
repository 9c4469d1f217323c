"""Error analysis for attribution on a PolNeAR split (diagnostics only; fits nothing).

    .venv/bin/python scripts/polnear_errors.py ../shared/eval/polnear/data/train [--role cue]
        [--show missed|false] [--limit 40] [--group word]

Runs the product's extractor, matches predicted to gold spans per role with the eval's own
rules, and prints the unmatched ones grouped by their (lower-cased) first word, with context.
Use it on the train split for development so the dev figures stay honest.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from app.core.attribution import find_attributions
from app.evaluation.polnear import (
    ROLES,
    THRESHOLD,
    _as_gold,
    article_names,
    jaccard,
    load_article,
    token_set,
)


def _words(text: str) -> set[str]:
    return set(text.split())


def _unmatched(text, pred, gold):
    p_sets = [(sp, token_set(text, sp)) for sp in dict.fromkeys(pred) if sp]
    g_sets = [(sp, token_set(text, sp)) for sp in dict.fromkeys(gold) if sp]
    pairs = []
    for i, (_, p) in enumerate(p_sets):
        for j, (_, g) in enumerate(g_sets):
            if p & g:
                s = jaccard(p, g)
                if s >= THRESHOLD:
                    pairs.append((s, i, j))
    up, ug = set(), set()
    for _, i, j in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if i not in up and j not in ug:
            up.add(i)
            ug.add(j)
    return (
        [sp for k, (sp, _) in enumerate(p_sets) if k not in up],
        [sp for k, (sp, _) in enumerate(g_sets) if k not in ug],
    )


_SKIP = _words(
    """has have had is are was were be been being do does did will would can could may might
    should must also not n't never to just still now already even again publicly repeatedly
    later recently previously often 's ’s"""
)


def _head(surface: str) -> str:
    """The first word of a cue that is not an auxiliary, negation or common adverb."""
    words = [w.lower() for w in re.findall(r"[\w'’]+|\S", surface)]
    rest = [w for w in words if w not in _SKIP and not w.endswith("ly")]
    return (rest or words or ["?"])[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("directory", type=Path)
    ap.add_argument("--role", choices=ROLES, default="cue")
    ap.add_argument("--show", choices=("missed", "false"), default="missed")
    ap.add_argument("--limit", type=int, default=30)
    ap.add_argument("--examples", type=int, default=2)
    ap.add_argument("--word", default=None, help="only show items whose key is this")
    args = ap.parse_args()
    groups: dict[str, list[str]] = defaultdict(list)
    counts: Counter[str] = Counter()
    for name in article_names(args.directory):
        loaded = load_article(args.directory, name)
        if loaded is None:
            continue
        text, gold = loaded
        pred = [_as_gold(r) for r in find_attributions(text, opens_with_headline=True)]
        fp, fn = _unmatched(
            text, [r.role(args.role) for r in pred], [r.role(args.role) for r in gold]
        )
        for sp in fn if args.show == "missed" else fp:
            a, b = sp[0][0], sp[-1][1]
            surface = " ".join(text[x:y] for x, y in sp)
            key = _head(surface)
            if args.role != "cue":
                key = f"len{min(len(surface.split()) // 5 * 5, 30)}"
            counts[key] += 1
            ctx = text[max(0, a - 120) : a] + "[[" + surface + "]]" + text[b : b + 80]
            groups[key].append(f"{name}: " + ctx.replace("\n", " | "))
    total = sum(counts.values())
    print(f"{args.show} {args.role}: {total}")
    for key, n in counts.most_common(args.limit):
        if args.word and key != args.word:
            continue
        print(f"{n:5d}  {key}")
        for ex in groups[key][: args.examples]:
            print("        " + ex)


if __name__ == "__main__":
    main()

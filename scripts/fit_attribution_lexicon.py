"""Fit the learned cue-word list in ``app/core/attribution_lexicon.py`` on PolNeAR *train*.

    .venv/bin/python scripts/fit_attribution_lexicon.py ../shared/eval/polnear/data/train \
        [--min-count 5] [--min-precision 0.5] [--write]

For every lower-case word form in the training texts it counts how often the word occurs
and how often it lies inside a gold cue span; forms that are mostly cues (precision at or
above ``--min-precision`` over at least ``--min-count`` occurrences) and are not function
words become cue words. The dev split is never read here, so the dev figures that
``parallax eval polnear`` prints stay an honest measurement; the threshold was chosen by
comparing train-split figures only. ``--write`` regenerates the module.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from app.evaluation.polnear import article_names, load_article


def _words(text: str) -> set[str]:
    return set(text.split())


OUT = Path(__file__).resolve().parents[1] / "app" / "core" / "attribution_lexicon.py"
WORD = re.compile(r"[^\W\d_][\w\u2019'-]*")
# Function words and auxiliaries never make a cue on their own, however often they sit inside one.
FUNCTION = _words(
    """a an the and or but if of to in on at by for from with about as into than that this these
    those it its he she they we you i his her their our my your is are was were be been being
    has have had do does did will would can could may might must should not no also just now
    still even so very more most much many some any all there here then when where who whom
    which what how why while after before over under out up down off again too only"""
)

# Words PolNeAR counts as attribution but the product must not: they report what someone did
# or felt, not what they said or believe ("the militias agreed to halt their attacks" is an
# event of the story, not a statement sourced to the militias), or they are adjectives and
# nouns that never head a frame the extractor can read.
NOT_SPEECH = _words(
    """agreed negotiated ordered ruled sought seeks offered named listed unveiled co-sponsored
    restricting resisted sided pivoted lining ticked footage aiming credited singled persuaded
    congratulated encouraged attacked angered outraged thrilled eager keen wary unhappy stern
    rousing outspoken impassioned inclination reluctance assumption assertion complaints
    chatter proponent defender scorn contrasting realized remembered remembers imagined
    envisioned disliked brushed balked distanced lays focuses considers contemplate regarded"""
)


def fit(directory: Path, min_count: int, min_precision: float) -> list[tuple[str, int, int]]:
    total: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for name in article_names(directory):
        loaded = load_article(directory, name)
        if loaded is None:
            continue
        text, gold = loaded
        starts = set()
        for rel in gold:
            for a, b in rel.cue:
                starts.update(a + m.start() for m in WORD.finditer(text[a:b]))
        for m in WORD.finditer(text):
            word = m.group()
            if not word[0].islower():
                continue
            total[word] += 1
            if m.start() in starts:
                inside[word] += 1
    rows = [
        (w, inside[w], total[w])
        for w in total
        if total[w] >= min_count
        and inside[w] / total[w] >= min_precision
        and w not in FUNCTION
        and w not in NOT_SPEECH
        and len(w) > 2
    ]
    return sorted(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("directory", type=Path)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--min-precision", type=float, default=0.5)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    rows = fit(args.directory, args.min_count, args.min_precision)
    print(f"{len(rows)} cue words")
    if not args.write:
        for w, h, t in rows:
            print(f"{w}\t{h}/{t}")
        return
    lines = [
        '"""Cue words learned from PolNeAR *train* (generated; do not edit by hand).',
        "",
        "Regenerate with",
        f"``scripts/fit_attribution_lexicon.py DIR --min-count {args.min_count} "
        f"--min-precision {args.min_precision} --write``:",
        "lower-case word forms that lie inside a gold cue span in at least that share of their",
        "occurrences in the training texts. The dev and test splits are never read.",
        '"""',
        "",
        "LEARNED_CUES: frozenset[str] = frozenset(",
        "    {",
    ]
    lines += [f'        "{w}",  # {h}/{t}' for w, h, t in rows]
    lines += ["    }", ")", ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()

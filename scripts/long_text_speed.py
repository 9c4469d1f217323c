"""CPU time of segmenting + attributing, and of the attribution list, on long texts.

    .venv/bin/python scripts/long_text_speed.py ../shared/eval/polnear/data/dev
    PYTHONPATH=/tmp/old .venv/bin/python scripts/long_text_speed.py ...   # older code

Joins the split's texts (repeated as needed) into texts of 22.5, 90 and 360 KB and times
``segment`` + ``attribute`` (what an upload runs) and ``find_attributions`` (the article
page's list) on each, so growth with length shows: linear code takes about 4x per step.
Compare trees alternately in one session; the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from app.core.attribution import attribute, find_attributions
from app.core.segment import segment


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("directory", type=Path, help="a PolNeAR split (its text/ folder is read)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[22_500, 90_000, 360_000])
    args = ap.parse_args()
    joined = "".join(
        p.read_text(encoding="utf-8") + "\n\n"
        for p in sorted((args.directory / "text").glob("*.txt"))
    )
    find_attributions("The ministry said it.")  # load the model before timing
    for size in args.sizes:
        text = (joined * (size // len(joined) + 1))[:size]
        t0 = time.process_time()
        attribute(text, segment(text))
        t1 = time.process_time()
        relations = find_attributions(text)
        t2 = time.process_time()
        print(
            f"{size:>9,} chars: segment + attribute {1000 * (t1 - t0):7.0f} ms CPU; "
            f"find_attributions {1000 * (t2 - t1):7.0f} ms CPU ({len(relations)} relations)"
        )


if __name__ == "__main__":
    main()

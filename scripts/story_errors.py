"""Print the story-matching errors on ECB+: which documents go to the wrong story or
open a new one wrongly, and the features behind each decision.

Offline tool, not part of the product. Clusters exactly as `parallax eval ecbplus`
(online, documents in doc_id order, max-link over a story's articles):

    python scripts/story_errors.py ../shared/eval/ecbplus [--topics odd|even|all]

For each document whose decision is wrong it prints the kind of error:
- ``JOIN-WRONG``: it joined a story whose first document is from another sub-topic;
- ``NEW-WRONG``: it opened a new story although its sub-topic already had one;
then the best-scoring story and, for joins, the linked article with the pair's features,
and the score of the best article of its own sub-topic's story.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import stories  # noqa: E402
from app.evaluation import ecbplus  # noqa: E402


def _features(a: stories.Prepared, b: stories.Prepared) -> str:
    return " ".join(
        f"{n[:10]}={v:.2f}"
        for n, v in zip(stories.FEATURE_NAMES, stories.pair_vector(a, b), strict=True)
    )


def _best(doc: stories.Prepared, members: list[int], prepared) -> tuple[float, int]:
    return max(((stories.pair_score(doc, prepared[j]), j) for j in members), default=(0.0, -1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--topics", choices=("odd", "even", "all"), default="all")
    parser.add_argument("--features", action="store_true", help="print pair features")
    args = parser.parse_args()
    data = ecbplus.read_dataset(args.directory)
    docs = [
        d
        for d in data.documents
        if args.topics == "all" or (d.topic % 2 == 1) == (args.topics == "odd")
    ]
    counts = [stories.term_counts(ecbplus.document_text(d)) for d in docs]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    idf = stories.idf_from_counts(df, len(docs))
    prepared = [stories.prepare(c, idf) for c in counts]
    members: list[list[int]] = []
    owner: dict[str, int] = {}  # sub-topic -> the story its first document opened
    errors: Counter[str] = Counter()
    for i, doc in enumerate(docs):
        scored = sorted(
            ((*_best(prepared[i], m, prepared), k) for k, m in enumerate(members)), reverse=True
        )
        found = stories.choose(
            prepared[i], [(k, [prepared[j] for j in m]) for k, m in enumerate(members)]
        )
        mine = owner.get(doc.subtopic)
        if found is None:
            members.append([i])
            story = len(members) - 1
            owner.setdefault(doc.subtopic, story)
            kind = "NEW-WRONG" if mine is not None else ""
        else:
            story = found[0]
            members[story].append(i)
            first = docs[members[story][0]].subtopic
            kind = "JOIN-WRONG" if first != doc.subtopic else ""
            owner.setdefault(doc.subtopic, story)
        if not kind:
            continue
        errors[kind] += 1
        print(f"{kind} {doc.doc_id} ({doc.subtopic}) -> story {story}: {doc.title[:90]!r}")
        for score, j, k in scored[:2]:
            print(
                f"    story {k} ({docs[members[k][0]].subtopic}) best {score:.3f} via "
                f"{docs[j].doc_id}: {docs[j].title[:70]!r}"
            )
            if args.features:
                print("        " + _features(prepared[i], prepared[j]))
        if mine is not None and mine != story:
            score, j = _best(prepared[i], [m for m in members[mine] if m != i], prepared)
            print(f"    own story {mine} best {score:.3f} via {docs[j].doc_id}")
            if args.features and j >= 0:
                print("        " + _features(prepared[i], prepared[j]))
    gold = {d.doc_id: d.subtopic for d in docs}
    assigned = {d.doc_id: k for k, m in enumerate(members) for d in (docs[j] for j in m)}
    print(dict(errors), ecbplus.bcubed(assigned, gold), "predicted", len(members))


if __name__ == "__main__":
    main()

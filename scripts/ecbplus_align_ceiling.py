"""Exploration: how far lexical alignment can go on ECB+, and what the official precision hides.

Offline tool, not part of the product. For every sub-topic it scores every cross-document
pair of statements (their claim content, as the product aligns them), then prints, on the
even topics, official precision/recall/F1 and the precision over pairs of annotated
sentences (see `app.evaluation.ecbplus.annotated_precision`) for:

- the product's alignment (one statement per article per claim);
- several statements per article: the transitive closure (single link) of pairs whose
  product pair score (`app.core.align.pair_score`) reaches a threshold (nothing fitted);
- the same closure over a logistic pair model fitted on the odd topics only, with
  lexical features, story-centrality features, and (to show what it is worth) the
  sentences' positions in their documents.

    python scripts/ecbplus_align_ceiling.py ../shared/eval/ecbplus

Findings (2026-11, this data): closure of the product score reaches recall 0.49 with
annotated-pair precision 0.79 but official precision 0.08 (most predicted pairs hold a
sentence nobody annotated); the best official F1 without positions is about 0.19 (recall
0.20), with positions about 0.30 (recall 0.36; 0.22 at recall 0.56). The official target (F1 >= 0.35 at recall >= 0.50) is out of reach
of lexical evidence; the official precision mostly measures which sentences were annotated.
"""

from __future__ import annotations

import itertools
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fit_similarity import newton_logistic  # noqa: E402  (scripts/ is on the path)

from app.core import align, similarity  # noqa: E402
from app.evaluation import ecbplus  # noqa: E402

FEATURES = ("score", "containment", "shared_prior", "shared_central", "min_centrality",
            "min_position", "max_position", "log_documents")  # fmt: skip
POSITION = ("min_position", "max_position")


def story_pairs(docs: list[ecbplus.Document]):  # type: ignore[no-untyped-def]
    arts = [ecbplus.article_input(n, n, d) for n, d in enumerate(docs)]
    sts = [
        align.AlignInput(a.article, s.statement, s.content_text) for a in arts for s in a.statements
    ]
    idf = similarity.build_idf(s.text for s in sts)
    feats = [similarity.features(s.text, idf) for s in sts]
    evidence = align.containment_evidence(len(sts))
    product = align.align(sts, idf)
    df: Counter[str] = Counter()
    for n in range(len(docs)):
        df.update(
            set().union(
                *(f.weights.keys() for s, f in zip(sts, feats, strict=True) if s.article == n)
            )
        )
    share = {t: c / len(docs) for t, c in df.items()}
    prior = similarity._prior
    central = [sum(share[t] * prior(t) for t in f.weights) for f in feats]
    rows, pairs = [], []
    for i, j in itertools.combinations(range(len(sts)), 2):
        a, b = sts[i], sts[j]
        if a.article == b.article:
            continue
        fa, fb = feats[i], feats[j]
        shared = [t for t in fa.weights if t in fb.weights]
        rows.append((
            similarity.score(fa, fb), align.containment(fa, fb, evidence),
            math.log1p(sum(prior(t) for t in shared)),
            math.log1p(sum(share[t] * prior(t) for t in shared)),
            math.log1p(min(central[i], central[j])),
            math.log1p(min(a.statement, b.statement)), math.log1p(max(a.statement, b.statement)),
            math.log(len(docs)),
        ))  # fmt: skip
        pairs.append((i, j))
    keys = [(docs[s.article].doc_id, s.statement) for s in sts]
    claims = [[keys[sts.index(m)] for m in c.members] for c in product]
    return keys, rows, pairs, claims


def closure(keys, pairs, chosen) -> set:  # type: ignore[no-untyped-def]
    parent = list(range(len(keys)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (i, j), keep in zip(pairs, chosen, strict=True):
        if keep:
            parent[find(i)] = find(j)
    groups = defaultdict(list)
    for i, k in enumerate(keys):
        groups[find(i)].append(k)
    return cross_pairs(groups.values())


def cross_pairs(groups) -> set:  # type: ignore[no-untyped-def]
    out = set()
    for g in groups:
        for a, b in itertools.combinations(g, 2):
            if a[0] != b[0]:
                out.add(ecbplus.ordered_pair(a, b))
    return out


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/ecbplus")
    data = ecbplus.read_dataset(folder)
    annotated = ecbplus.annotated_sentences(folder)
    by_sub: dict[str, list[ecbplus.Document]] = defaultdict(list)
    for d in data.documents:
        by_sub[d.subtopic].append(d)
    stories = {sub: story_pairs(docs) for sub, docs in by_sub.items()}
    even = {sub for sub, docs in by_sub.items() if docs[0].topic % 2 == 0}
    gold = frozenset(p for p in data.positive if int(p[0].split("_")[0]) % 2 == 0)

    def report(name: str, predicted: set) -> None:  # type: ignore[type-arg]
        official = ecbplus.prf(predicted, gold)
        fair = ecbplus.annotated_precision(predicted, gold, annotated)
        print(f"{name:44s} P {official['precision']:.3f} R {official['recall']:.3f} "
              f"F1 {official['f1']:.3f} | annotated P {fair['precision']:.3f} F1 {fair['f1']:.3f}")  # fmt: skip

    report("product (even topics)", set().union(*(cross_pairs(stories[s][3]) for s in even)))
    for t in (0.46, 0.6, 0.75):
        predicted = set()
        for s in even:
            keys, rows, pairs, _ = stories[s]
            predicted |= closure(keys, pairs, [max(r[0], r[1]) >= t for r in rows])
        report(f"closure of pair_score >= {t}", predicted)

    x_all = np.array([r for s in stories for r in stories[s][1]])
    y_all = np.array([ecbplus.ordered_pair(stories[s][0][i], stories[s][0][j]) in data.positive
                      for s in stories for i, j in stories[s][2]], dtype=float)  # fmt: skip
    train = np.array([s not in even for s in stories for _ in stories[s][1]])
    for label, names in (("lexical + centrality", [f for f in FEATURES if f not in POSITION]),
                         ("lexical + centrality + position", list(FEATURES))):  # fmt: skip
        cols = [FEATURES.index(f) for f in names]
        x = x_all[:, cols]
        mu, sd = x[train].mean(0), x[train].std(0) + 1e-9
        beta = newton_logistic((x[train] - mu) / sd, y_all[train], 1.0)
        prob = 1 / (1 + np.exp(-(beta[0] + ((x - mu) / sd) @ beta[1:])))
        for t in (0.1, 0.13, 0.16, 0.2):
            predicted, k = set(), 0
            for s in stories:
                keys, rows, pairs, _ = stories[s]
                chosen = prob[k : k + len(rows)] >= t
                k += len(rows)
                if s in even:
                    predicted |= closure(keys, pairs, chosen)
            report(f"closure, {label}, p >= {t}", predicted)


if __name__ == "__main__":
    main()

"""Exploration: how well do pair scores separate ECB+ positive sentence pairs (pairwise, no claims)?"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from app.core import align, similarity
from app.evaluation.ecbplus import article_input, ordered_pair, read_dataset

data = read_dataset(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/ecbplus"))
by_sub = defaultdict(list)
for d in data.documents:
    by_sub[d.subtopic].append(d)
rows = []
for docs in by_sub.values():
    arts = [article_input(n, n, d) for n, d in enumerate(docs)]
    sts = [
        (docs[a.article].doc_id, s.statement, s.content_text, i)
        for a in arts
        for i, s in enumerate(a.statements)
    ]
    idf = similarity.build_idf(t for _, _, t, _ in sts)
    feats = [similarity.features(t, idf) for _, _, t, _ in sts]
    evidence = align.containment_evidence(len(sts))
    for i in range(len(sts)):
        for j in range(i + 1, len(sts)):
            if sts[i][0] == sts[j][0]:
                continue
            a, b = feats[i], feats[j]
            shared = sum(min(w, b.weights[t]) for t, w in a.weights.items() if t in b.weights)
            if shared < 3:
                continue
            key = ordered_pair(sts[i][:2], sts[j][:2])
            rows.append(
                (
                    key in data.positive,
                    similarity.score(a, b),
                    align.containment(a, b, evidence),
                    shared,
                    min(sts[i][3], sts[j][3]),
                    max(sts[i][3], sts[j][3]),
                )
            )
arr = np.array([r[:4] + r[4:] for r in rows], dtype=float)
np.save("/tmp/ecb_pairs.npy", arr)
print(len(rows), arr[:, 0].sum(), len(data.positive))

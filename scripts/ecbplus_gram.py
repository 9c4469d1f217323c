"""Exploration: story-matching variants on ECB+ via document Gram matrices (fast)."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import numpy as np

from app.core.text import STOPWORDS, content_words, tokens
from app.evaluation.ecbplus import bcubed, document_text, read_dataset

data = read_dataset(Path("/work/shared/eval/ecbplus"))
docs = data.documents
gold = {d.doc_id: d.subtopic for d in docs}


def groups(text):
    words = Counter(content_words(text))
    names, nums = Counter(), Counter()
    toks = tokens(text)
    for i, t in enumerate(toks):
        w = t.norm
        if t.text[:1].isdigit():
            nums[w] += 1
        elif t.text[:1].isupper() and w not in STOPWORDS and len(w) > 1 and i > 0:
            names[w] += 1
    return words, names, nums


def gram(counters):
    vocab = {}
    for c in counters:
        for t in c:
            vocab.setdefault(t, len(vocab))
    df = np.zeros(len(vocab))
    for c in counters:
        for t in c:
            df[vocab[t]] += 1
    n = len(counters)
    idf = np.log((n + 1) / (df + 0.5)) + 1.0
    m = np.zeros((n, len(vocab)))
    for i, c in enumerate(counters):
        for t, x in c.items():
            m[i, vocab[t]] = (1 + math.log(x)) * idf[vocab[t]]
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1
    m /= norms
    return m @ m.T


feats = [groups(document_text(d)) for d in docs]
G = [gram([f[k] for f in feats]) for k in range(3)]
np.save("/tmp/G.npy", np.stack(G))


def cluster(S, thr, mode):
    clusters: list[list[int]] = []
    out = {}
    for i in range(len(docs)):
        best, bs = -1, -1.0
        for k, mem in enumerate(clusters):
            row = S[i, mem]
            if mode == "max":
                s = row.max()
            elif mode == "avg":
                s = row.mean()
            else:
                s = row.sum() / math.sqrt(S[np.ix_(mem, mem)].sum())
            if s > bs:
                best, bs = k, s
        if best >= 0 and bs >= thr:
            clusters[best].append(i)
            out[docs[i].doc_id] = best
        else:
            clusters.append([i])
            out[docs[i].doc_id] = len(clusters) - 1
    return out, len(clusters)


for wts in [(1, 0, 0), (0.6, 0.4, 0), (0.5, 0.3, 0.2), (0.4, 0.4, 0.2), (0.7, 0.2, 0.1)]:
    S = sum(w * g for w, g in zip(wts, G, strict=True))
    for mode in ("centroid", "avg", "max"):
        best = max(
            (
                (bcubed(*[cluster(S, thr, mode)[0]], gold)["f1"], thr)
                for thr in np.arange(0.1, 0.7, 0.04)
            ),
        )
        print(wts, mode, best, flush=True)

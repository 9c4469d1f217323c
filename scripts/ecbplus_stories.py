"""Exploration: story-matching variants on ECB+ (online clustering, B-cubed)."""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path

from app.core.text import content_words, tokens, fold, STOPWORDS
from app.evaluation.ecbplus import bcubed, document_text, read_dataset

data = read_dataset(Path("/work/shared/eval/ecbplus"))
docs = data.documents
gold = {d.doc_id: d.subtopic for d in docs}
MONTHS = set("january february march april may june july august september october november december".split())

def feats(text, name_w, num_w):
    c = Counter(content_words(text))
    toks = tokens(text)
    for i, t in enumerate(toks):
        w = t.norm
        if t.text[:1].isupper() and w not in STOPWORDS and len(w) > 1 and i > 0 and not (text[toks[i-1].end:t.start].strip() in ('.', '!', '?', '"')):
            c["N:" + w] += name_w
        elif t.text[:1].isdigit():
            c["#:" + w] += num_w
    return c

def cos(a, b, idf):
    dot = 0.0
    for t, x in a.items():
        y = b.get(t)
        if y:
            dot += (1 + math.log(x)) * (1 + math.log(y)) * idf(t) ** 2
    if not dot: return 0.0
    na = math.sqrt(sum(((1 + math.log(x)) * idf(t)) ** 2 for t, x in a.items()))
    nb = math.sqrt(sum(((1 + math.log(y)) * idf(t)) ** 2 for t, y in b.items()))
    return dot / (na * nb)

def run(name_w, num_w, thr, online=True):
    df = Counter(); n = 0
    profiles = []; assigned = {}
    for d in docs:
        f = feats(document_text(d), name_w, num_w)
        df.update(f.keys()); n += 1
        idf = lambda t: math.log((n + 1) / (df[t] + 0.5)) + 1.0
        best, bs = -1, 0
        for k, p in enumerate(profiles):
            s = cos(f, p, idf)
            if s > bs: best, bs = k, s
        if best >= 0 and bs >= thr:
            profiles[best].update(f); assigned[d.doc_id] = best
        else:
            profiles.append(Counter(f)); assigned[d.doc_id] = len(profiles) - 1
    r = bcubed(assigned, gold)
    print(name_w, num_w, thr, r, len(profiles), flush=True)

for args in [(1,1,0.15),(1,1,0.2),(1,1,0.25),(2,2,0.2),(2,2,0.25),(1,1,0.3)]:
    run(*args)

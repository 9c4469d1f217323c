"""Score attribution extraction on PolNeAR (brat standoff), as ``parallax eval polnear DIR``.

The rules follow ``eval/README.md`` to the letter so every figure means the same
thing wherever it is computed: per role (source, cue, content) a predicted span
matches a gold span when their word-token sets have Jaccard >= 0.5, one-to-one,
best overlap first; micro precision/recall/F1 over all articles; ``relation``
needs source and cue to match the same gold relation; ``exact`` compares
offsets after trimming spaces and punctuation. Nothing here is fitted to the
data it scores.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.core import attribution_network
from app.core.attribution import Relation, find_attributions

ROLES = ("source", "cue", "content")
THRESHOLD = 0.5

Span = tuple[tuple[int, int], ...]

_T_RE = re.compile(r"^(T\d+)\t\S+ (\d+ \d+(?:;\d+ \d+)*)\t?", re.M)
_E_RE = re.compile(r"^E\d+\t([^\n]*)$", re.M)
_WORD_RE = re.compile(r"\w+")
_ROLE_OF = {"Source": "source", "Cue": "cue", "Content": "content", "Content2": "content"}


@dataclass(frozen=True, slots=True)
class GoldRelation:
    """One attribution relation: each role is a span of one or more pieces, or empty."""

    source: Span = ()
    cue: Span = ()
    content: Span = ()

    def role(self, name: str) -> Span:
        return getattr(self, name)


@dataclass(slots=True)
class _Counts:
    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, matched: int, predicted: int, gold: int) -> None:
        self.matched += matched
        self.predicted += predicted
        self.gold += gold

    def prf(self) -> dict[str, float]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass(slots=True)
class _Totals:
    lenient: dict[str, _Counts] = field(default_factory=lambda: {r: _Counts() for r in ROLES})
    exact: dict[str, _Counts] = field(default_factory=lambda: {r: _Counts() for r in ROLES})
    relation: _Counts = field(default_factory=_Counts)


def _span(pieces: Iterable[Sequence[int]]) -> Span:
    return tuple(sorted({(int(a), int(b)) for a, b in pieces if int(b) > int(a)}))


def read_ann(text: str) -> list[GoldRelation]:
    """Gold relations from the text of a brat .ann file (roles from the E lines)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _T_RE.finditer(text):
        pieces = []
        for piece in m.group(2).split(";"):
            a, b = piece.split()
            pieces.append((int(a), int(b)))
        spans[m.group(1)] = pieces
    relations = []
    for m in _E_RE.finditer(text):
        roles: dict[str, list[tuple[int, int]]] = {"source": [], "cue": [], "content": []}
        for arg in m.group(1).split():
            name, _, ref = arg.partition(":")
            role = _ROLE_OF.get(name)
            if role and ref in spans:
                roles[role].extend(spans[ref])
        rel = GoldRelation(*(_span(roles[r]) for r in ROLES))
        if rel.source or rel.cue or rel.content:
            relations.append(rel)
    return relations


def load_article(directory: Path, name: str) -> tuple[str, list[GoldRelation]] | None:
    """The text and gold relations of one article, or None when it has no .ann file."""
    anns = sorted(
        p for p in (directory / "attributions").glob(f"{glob_escape(name)}_*.ann")
        if p.stem.rsplit("_", 1)[0] == name
    )  # fmt: skip
    if not anns:
        return None
    text = (directory / "text" / f"{name}.txt").read_text(encoding="utf-8")
    return text, read_ann(anns[0].read_text(encoding="utf-8"))


def glob_escape(name: str) -> str:
    """Escape glob metacharacters in a file stem."""
    return re.sub(r"([*?\[])", r"[\1]", name)


def token_set(text: str, span: Span) -> frozenset[tuple[int, int]]:
    """Word tokens (``\\w+`` runs, by offsets) of a span; its non-space characters if it has none."""
    found = {
        (a + m.start(), a + m.end()) for a, b in span for m in _WORD_RE.finditer(text[a:b])
    }  # fmt: skip
    if not found:
        found = {(i, i + 1) for a, b in span for i in range(a, b) if not text[i].isspace()}
    return frozenset(found)


def _is_trim(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def exact_key(text: str, span: Span) -> Span:
    """A span's pieces joined across gaps of spaces/punctuation, each trimmed of them."""
    merged: list[list[int]] = []
    for a, b in span:
        if merged and all(_is_trim(c) for c in text[merged[-1][1] : a]):
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out = []
    for a, b in merged:
        while a < b and _is_trim(text[a]):
            a += 1
        while b > a and _is_trim(text[b - 1]):
            b -= 1
        if b > a:
            out.append((a, b))
    return tuple(out)


def jaccard(a: frozenset[tuple[int, int]], b: frozenset[tuple[int, int]]) -> float:
    """Jaccard similarity of two token sets (0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def match_count(scores: Iterable[tuple[float, int, int]]) -> int:
    """Size of the one-to-one matching that takes the best-scoring pairs first."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in sorted(scores, key=lambda s: (-s[0], s[1], s[2])):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p)


def _lenient_pairs(
    pred: list[frozenset[tuple[int, int]]], gold: list[frozenset[tuple[int, int]]]
) -> list[tuple[float, int, int]]:
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p & g:
                score = jaccard(p, g)
                if score >= THRESHOLD:
                    pairs.append((score, i, j))
    return pairs


def _role_score(
    text: str, pred: Sequence[Span], gold: Sequence[Span], totals: _Totals, role: str
) -> None:
    # Each distinct span (by offsets) counts once; a span of only spaces counts not at all.
    p_sets = [s for s in (token_set(text, sp) for sp in dict.fromkeys(pred) if sp) if s]
    g_sets = [s for s in (token_set(text, sp) for sp in dict.fromkeys(gold) if sp) if s]
    totals.lenient[role].add(match_count(_lenient_pairs(p_sets, g_sets)), len(p_sets), len(g_sets))
    p_keys = {k for k in (exact_key(text, sp) for sp in pred) if k}
    g_keys = {k for k in (exact_key(text, sp) for sp in gold) if k}
    totals.exact[role].add(len(p_keys & g_keys), len(p_keys), len(g_keys))


def _role_match(text: str, p: Span, g: Span) -> float | None:
    if not p and not g:
        return 1.0
    if not p or not g:
        return None
    score = jaccard(token_set(text, p), token_set(text, g))
    return score if score >= THRESHOLD else None


def _relation_score(
    text: str, pred: Sequence[GoldRelation], gold: Sequence[GoldRelation], totals: _Totals
) -> None:
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            s = _role_match(text, p.source, g.source)
            if s is None:
                continue
            c = _role_match(text, p.cue, g.cue)
            if c is None:
                continue
            pairs.append((s + c, i, j))
    totals.relation.add(match_count(pairs), len(pred), len(gold))


def score_article(
    text: str, pred: Sequence[GoldRelation], gold: Sequence[GoldRelation], totals: _Totals
) -> None:
    """Add one article's counts to the running totals."""
    for role in ROLES:
        _role_score(text, [r.role(role) for r in pred], [r.role(role) for r in gold], totals, role)
    _relation_score(text, pred, gold, totals)


def _as_gold(rel: Relation) -> GoldRelation:
    return GoldRelation(_span(rel.source), _span(rel.cue), _span(rel.content))


def polnear_extract(text: str) -> list[Relation]:
    """The product's extractor on a PolNeAR text, which opens with its headline line."""
    return find_attributions(text, opens_with_headline=True)


def article_names(directory: Path) -> list[str]:
    """Names of the articles in DIR/text that have at least one .ann file."""
    with_ann = {p.stem.rsplit("_", 1)[0] for p in (directory / "attributions").glob("*.ann")}
    return sorted(p.stem for p in (directory / "text").glob("*.txt") if p.stem in with_ann)


def evaluate_polnear(
    directory: Path,
    predictions: Path | None = None,
    extract: Callable[[str], list[Relation]] | None = None,
) -> dict:
    """Score ``extract`` (the product's extractor by default) on a PolNeAR split directory."""
    directory = Path(directory)
    extract = extract or polnear_extract
    if not (directory / "text").is_dir() or not (directory / "attributions").is_dir():
        raise FileNotFoundError(f"{directory} must hold text/ and attributions/")
    totals = _Totals()
    articles = relations = 0
    out = predictions.open("w", encoding="utf-8") if predictions else None
    try:
        for name in article_names(directory):
            loaded = load_article(directory, name)
            if loaded is None:
                continue
            text, gold = loaded
            found = extract(text)
            pred = [r for r in (_as_gold(r) for r in found) if r.source or r.cue or r.content]
            score_article(text, pred, gold, totals)
            articles += 1
            relations += len(gold)
            if out:
                record = {
                    "article": name,
                    "relations": [
                        {role: [list(piece) for piece in r.role(role)] for role in ROLES}
                        for r in pred
                    ],
                }
                out.write(json.dumps(record) + "\n")
    finally:
        if out:
            out.close()
    result: dict = {"articles": articles, "relations": relations}
    for role in ROLES:
        result[role] = totals.lenient[role].prf()
    result["relation"] = totals.relation.prf()
    result["exact"] = {role: totals.exact[role].prf() for role in ROLES}
    result["attribution_tagger"] = attribution_network.name()
    return result

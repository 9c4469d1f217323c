"""Compare the statements of each claim and the articles of a story.

For a claim: its status (agreement, variation, conflict, single), the conflicts
between its statements (numbers, negation, names, attribution, certainty), and a
word-level diff of each statement against the claim's anchor statement. For a
story: the claims in story order and which articles are syndicated copies.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel, Levenshtein

from app.core.align import AlignInput, align
from app.core.text import SCALE_WORDS, STOPWORDS, Token, fold, parse_number, stem, tokens

STATUSES = ("agreement", "variation", "conflict", "single")
CONFLICT_TYPES = ("number", "negation", "entity", "attribution", "certainty")
# Attribution differences are reported but do not by themselves make a claim a
# conflict: the outlets agree on what happened and differ on who says so.
SUBSTANTIVE = frozenset({"number", "negation", "entity", "certainty"})
AGREEMENT_RATIO = 90.0
SYNDICATION_SHARE = 0.8
SYNDICATION_RATIO = 92.0

NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "without",
        "n't",
        "cannot",
        "deny",
        "denies",
        "denied",
        "refuse",
        "refused",
        "refuses",
        "reject",
        "rejected",
        "rejects",
    ]
)
MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


@dataclass(frozen=True, slots=True)
class ClaimStatement:
    """One member statement of a claim, as compare needs it."""

    article: int
    statement: int
    label: str  # the outlet's short name, used in conflict details
    text: str
    content: tuple[int, int]  # the claim content inside text (attribution frame stripped)
    kind: str = "none"
    source: str | None = None
    hedged: bool = False
    quote: bool = False

    @property
    def content_text(self) -> str:
        return self.text[self.content[0] : self.content[1]]


@dataclass(frozen=True, slots=True)
class Conflict:
    type: str
    detail: str
    articles: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """The comparison of one claim, ready to store."""

    members: tuple[ClaimStatement, ...]
    status: str
    conflicts: tuple[Conflict, ...]
    anchor: int  # position in members of the statement the others are diffed against
    diffs: tuple[tuple[tuple[int, int], ...], ...]  # per member: changed char spans in its text
    position: float  # where in the story the claim is told, 0 (top) to 1 (end)


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """An article of a story, as compare needs it."""

    article: int
    label: str
    order: int  # publication order: lower is earlier
    statements: tuple[ClaimStatement, ...]


@dataclass(frozen=True, slots=True)
class StoryResult:
    claims: tuple[ClaimResult, ...]
    syndicated_from: dict[int, int]


def compare_story(articles: Sequence[ArticleInput]) -> StoryResult:
    """Align every article's statements into claims and compare each claim."""
    ordered = sorted(articles, key=lambda a: (a.order, a.article))
    lookup: dict[tuple[int, int], ClaimStatement] = {}
    position: dict[tuple[int, int], float] = {}
    inputs: list[AlignInput] = []
    for art in ordered:
        n = max(len(art.statements), 1)
        for i, st in enumerate(art.statements):
            lookup[(st.article, st.statement)] = st
            position[(st.article, st.statement)] = i / n
            inputs.append(AlignInput(st.article, st.statement, st.content_text))
    results = []
    for claim in align(inputs):
        members = [lookup[(m.article, m.statement)] for m in claim.members]
        pos = statistics.median(position[(m.article, m.statement)] for m in members)
        results.append(compare_claim(members, pos))
    results.sort(key=lambda r: r.position)
    return StoryResult(tuple(results), find_syndicated(ordered, results))


def compare_claim(members: Sequence[ClaimStatement], position: float = 0.0) -> ClaimResult:
    """Status, conflicts and word diffs of one claim's statements.

    Every member is compared with the claim's anchor (its most typical wording),
    so the cost grows linearly with the number of outlets.
    """
    members = tuple(members)
    if len(members) == 1:
        return ClaimResult(members, "single", (), 0, ((),), position)
    anchor = _anchor(members)
    diffs = []
    for i, m in enumerate(members):
        other = members[anchor] if i != anchor else members[1 if anchor == 0 else 0]
        # Only the claim content is diffed: who said it is shown by the attribution, not as a change.
        offset = m.content[0]
        spans = word_diff(m.content_text, other.content_text)[0]
        diffs.append(tuple((a + offset, b + offset) for a, b in spans))
    conflicts = find_conflicts(members, anchor)
    anchor_text = fold(members[anchor].content_text)
    if any(c.type in SUBSTANTIVE for c in conflicts):
        status = "conflict"
    elif all(fuzz.ratio(fold(m.content_text), anchor_text) >= AGREEMENT_RATIO for m in members):
        status = "agreement"
    else:
        status = "variation"
    return ClaimResult(members, status, tuple(conflicts), anchor, tuple(diffs), position)


def word_diff(a: str, b: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """Character spans of the words of ``a`` not in ``b``, and of ``b`` not in ``a``.

    >>> a, b = "two soldiers were killed", "three soldiers were killed"
    >>> word_diff(a, b)
    (((0, 3),), ((0, 5),))
    """
    ta, tb = tokens(a), tokens(b)
    ops = Indel.opcodes([t.norm for t in ta], [t.norm for t in tb])
    spans_a: list[tuple[int, int]] = []
    spans_b: list[tuple[int, int]] = []
    for op in ops:
        if op.tag == "equal":
            continue
        if op.src_end > op.src_start:
            _add_span(spans_a, ta[op.src_start].start, ta[op.src_end - 1].end, a)
        if op.dest_end > op.dest_start:
            _add_span(spans_b, tb[op.dest_start].start, tb[op.dest_end - 1].end, b)
    return tuple(spans_a), tuple(spans_b)


def _add_span(spans: list[tuple[int, int]], start: int, end: int, text: str) -> None:
    # Merge spans separated only by spaces or punctuation into one highlight.
    if spans and not any(ch.isalnum() for ch in text[spans[-1][1] : start]):
        spans[-1] = (spans[-1][0], end)
    else:
        spans.append((start, end))


def _anchor(members: Sequence[ClaimStatement]) -> int:
    """The member most like all the others: the claim's most typical wording."""
    texts = [fold(m.content_text) for m in members]
    totals = process.cdist(texts, texts, scorer=fuzz.token_set_ratio, dtype=np.float32).sum(axis=1)
    return int(np.argmax(totals))  # the first of equals: the earliest article


# --- conflicts -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # what is counted (a stem), "$", "%", "year", "date:<month>", or "verb:<stem>"
    surface: str  # as the detail shows it: "$160 million", "5%", "March 3", "injured 40"
    noun: str = ""  # the counted word as written ("soldiers"), for the detail


CURRENCY_WORDS = {"dollar": "$", "dollars": "$", "euro": "\u20ac", "euros": "\u20ac",
                  "pound": "\u00a3", "pounds": "\u00a3"}  # fmt: skip
CURRENCY_SIGNS = ("$", "\u20ac", "\u00a3")
_NOUNLESS_UNITS = ("$", "%", "year", *CURRENCY_SIGNS)


def quantities(text: str) -> list[Quantity]:
    """Numbers with what they count: 'two IDF soldiers' -> 2 soldier.

    Money is one unit whether written "$5 million" or "5 million dollars"; a
    percentage whether "5%" or "5 percent"; a day of a month is a date ("March 3");
    a bare number counts what the verb before it does ("injured 40").

    >>> [(q.value, q.unit) for q in quantities("killed two IDF soldiers and $500 million in 2024")]
    [(2.0, 'soldier'), (500000000.0, '$'), (2024.0, 'year')]
    >>> [q.surface for q in quantities("It rose 5 percent by March 3 and 40 were injured 12")]
    ['5 percent', 'March 3', 'injured 12']
    """
    toks = tokens(text)
    found: list[Quantity] = []
    i = 0
    while i < len(toks):
        value = parse_number(toks[i].text)
        if value is None or (
            toks[i].norm in ("one",) and i + 1 < len(toks) and toks[i + 1].norm == "of"
        ):
            i += 1
            continue
        start = i
        j = i + 1
        while j < len(toks) and toks[j].norm in SCALE_WORDS and toks[j].norm != "m":
            value *= SCALE_WORDS[toks[j].norm]
            j += 1
        first, last = toks[start].start, toks[j - 1].end
        before = text[max(0, first - 2) : first]
        after = text[last : last + 2]
        noun = ""
        if any(sign in before for sign in CURRENCY_SIGNS):
            unit = before.strip()[-1:]
            first = text.rindex(unit, 0, first)
        elif j < len(toks) and toks[j].norm in CURRENCY_WORDS:
            unit = CURRENCY_WORDS[toks[j].norm]
            last = toks[j].end
            j += 1
        elif after.startswith("%"):
            unit = "%"
            last += 1
        elif j < len(toks) and toks[j].norm in ("percent", "per"):
            unit = "%"
            last = toks[j + 1].end if toks[j].norm == "per" and j + 1 < len(toks) else toks[j].end
        elif _is_year(toks, start, value):
            unit = "year"
        elif start > 0 and toks[start - 1].norm in MONTHS and 1 <= value <= 31:
            unit = "date:" + toks[start - 1].norm
            first = toks[start - 1].start
        else:
            k = _unit_index(toks, j)
            if k is not None:
                unit, noun = stem(toks[k].norm), toks[k].text
            elif (
                start > 0
                and toks[start - 1].norm not in STOPWORDS
                and toks[start - 1].norm.isalpha()
            ):
                unit = "verb:" + stem(toks[start - 1].norm)
                first = toks[start - 1].start
            else:
                unit = ""
        if unit:
            found.append(Quantity(value, unit, text[first:last], noun))
        i = j
    return found


def _is_year(toks: Sequence[Token], i: int, value: float) -> bool:
    if not (1800 <= value <= 2100 and toks[i].text.isdigit() and len(toks[i].text) == 4):
        return False
    return i == 0 or toks[i - 1].norm in MONTHS or toks[i - 1].norm in ("in", "since", "of", "year")


def _unit_index(toks: Sequence[Token], j: int) -> int | None:
    """The token that says what a number counts: 'two IDF soldiers' -> soldiers."""
    for k in range(j, min(j + 3, len(toks))):
        word = toks[k].norm
        if word in STOPWORDS:
            return None
        if toks[k].text[:1].isupper():
            continue  # "two IDF soldiers": skip the name, count the soldiers
        if word.isalpha():
            return k
    return None


def find_conflicts(members: Sequence[ClaimStatement], anchor: int = 0) -> list[Conflict]:
    """The differences that change what a reader would take away, with the articles involved."""
    conflicts = _number_conflicts(members)
    conflicts += _negation_conflicts(members)
    base = members[anchor]
    seen: set[str] = set()
    for m in members:
        if m is base:
            continue
        for detail in _entity_conflicts(base.content_text, m.content_text):
            if detail not in seen:
                seen.add(detail)
                conflicts.append(Conflict("entity", detail, (base.article, m.article)))
    conflicts += _attribution_conflicts(members)
    hedged = [m for m in members if m.hedged]
    plain = [m for m in members if not m.hedged]
    if hedged and plain:
        conflicts.append(
            Conflict(
                "certainty",
                f"hedged in {_labels(hedged)}, stated as fact in {_labels(plain)}",
                _articles(hedged + plain),
            )
        )
    return conflicts


def _labels(members: Sequence[ClaimStatement], most: int = 3) -> str:
    names = list(dict.fromkeys(m.label for m in members))
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def _articles(members: Sequence[ClaimStatement]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(m.article for m in members))


def _number_conflicts(members: Sequence[ClaimStatement]) -> list[Conflict]:
    """Members that give different, non-overlapping figures for the same thing counted."""
    by_unit: dict[str, dict[frozenset[float], list[tuple[ClaimStatement, Quantity]]]] = {}
    for m in members:
        found: dict[str, list[Quantity]] = {}
        for q in quantities(m.content_text):
            found.setdefault(q.unit, []).append(q)
        for unit, qs in found.items():
            groups = by_unit.setdefault(unit, {})
            groups.setdefault(frozenset(q.value for q in qs), []).append((m, qs[0]))
    conflicts = []
    for unit, groups in by_unit.items():
        ranked = sorted(groups.items(), key=lambda kv: -len(kv[1]))
        first_values, first = ranked[0]
        rivals = [(v, g) for v, g in ranked[1:] if not v & first_values]
        if not rivals:
            continue
        nouns = [q.noun for g in (first, *(g for _, g in rivals)) for _, q in g if q.noun]
        noun = f" {nouns[0]}" if nouns and unit not in _NOUNLESS_UNITS else ""
        surfaces = [first[0][1].surface] + [g[0][1].surface for _, g in rivals]
        involved = [m for m, _ in first] + [m for _, g in rivals for m, _ in g]
        conflicts.append(Conflict("number", " vs ".join(surfaces) + noun, _articles(involved)))
    return conflicts


def negated_terms(text: str) -> set[str]:
    """Stems of the words a negation governs: 'will not interfere' -> {'interfere'}.

    >>> sorted(negated_terms("They did not attack the base and refused talks."))
    ['attack', 'talk']
    """
    return set(_negations(text))


def _negations(text: str) -> dict[str, str]:
    """Governed stem -> the words from the negation to it, as written ('not attack')."""
    toks = tokens(text)
    found: dict[str, str] = {}
    for i, t in enumerate(toks):
        if t.norm in NEGATIONS or t.norm.endswith("n't"):
            governed = next((n for n in toks[i + 1 : i + 4] if n.norm not in STOPWORDS), None)
            if governed is not None:
                found.setdefault(stem(governed.norm), text[t.start : governed.end])
    return found


def _negation_conflicts(members: Sequence[ClaimStatement]) -> list[Conflict]:
    """One outlet negates what another affirms (not: a negation in a part only one has)."""
    negated_by: dict[str, list[ClaimStatement]] = {}
    phrase: dict[str, str] = {}
    affirmed_by: dict[str, list[ClaimStatement]] = {}
    for m in members:
        negated = _negations(m.content_text)
        for term, words in negated.items():
            negated_by.setdefault(term, []).append(m)
            phrase.setdefault(term, words)
        for term in {stem(t.norm) for t in tokens(m.content_text)} - negated.keys():
            affirmed_by.setdefault(term, []).append(m)
    for term, negating in negated_by.items():
        affirming = affirmed_by.get(term)
        if affirming:
            return [
                Conflict(
                    "negation",
                    f'negated in {_labels(negating)} ("{phrase[term]}"), affirmed in {_labels(affirming)}',
                    _articles(negating + affirming),
                )
            ]
    return []


def _entity_conflicts(a: str, b: str) -> list[str]:
    ta, tb = tokens(a), tokens(b)
    words_a = {t.norm for t in ta}
    words_b = {t.norm for t in tb}
    details = []
    for op in Levenshtein.opcodes([t.norm for t in ta], [t.norm for t in tb]):
        if op.tag != "replace":
            continue
        left, right = ta[op.src_start : op.src_end], tb[op.dest_start : op.dest_end]
        if not (_all_names(left, op.src_start) and _all_names(right, op.dest_start)):
            continue
        if any(t.norm in words_b for t in left) or any(t.norm in words_a for t in right):
            continue
        details.append(f"{a[left[0].start : left[-1].end]} vs {b[right[0].start : right[-1].end]}")
    return details


def _all_names(toks: Sequence[Token], first_index: int) -> bool:
    return (
        first_index > 0
        and bool(toks)
        and all(
            t.text[:1].isupper() and t.norm not in STOPWORDS and t.norm not in MONTHS for t in toks
        )
    )


def _attribution_conflicts(members: Sequence[ClaimStatement]) -> list[Conflict]:
    """Attributed in one outlet and not in another, or to different kinds of source."""
    attributed = [m for m in members if m.kind != "none"]
    plain = [m for m in members if m.kind == "none"]
    if attributed and plain:
        first = attributed[0]
        return [
            Conflict(
                "attribution",
                f"attributed to {_who(first)} in {_labels(attributed)}, "
                f"stated without attribution in {_labels(plain)}",
                _articles(attributed + plain),
            )
        ]
    kinds = {m.kind: m for m in attributed}
    if len(kinds) > 1:
        cited = "; ".join(f"{m.label} cites {_who(m)}" for m in list(kinds.values())[:3])
        return [Conflict("attribution", cited, _articles(attributed))]
    # One kind of source, but different ones: "Reuters cites Netanyahu; AP cites Gantz".
    sources: dict[str, ClaimStatement] = {}
    for m in attributed:
        if m.source:
            sources.setdefault(fold(m.source), m)
    distinct = [
        m
        for key, m in sources.items()
        if not any(key != other and key in other for other in sources)  # the fuller name stays
    ]
    if len(distinct) > 1:
        cited = "; ".join(f"{m.label} cites {_who(m)}" for m in distinct[:3])
        return [Conflict("attribution", cited, _articles(distinct))]
    return []


def _who(m: ClaimStatement) -> str:
    """The source as it reads mid-sentence: 'A leader of X' -> 'a leader of X'."""
    source = m.source or m.kind
    first, _, rest = source.partition(" ")
    if first in ("A", "An", "The") and rest:
        return f"{first.lower()} {rest}"
    return source


# --- syndication -------------------------------------------------------------


def find_syndicated(
    articles: Sequence[ArticleInput], claims: Sequence[ClaimResult]
) -> dict[int, int]:
    """Articles that copy an earlier article of the story near-verbatim: copy -> original."""
    order = {a.article: (a.order, a.article) for a in articles}
    sizes = {a.article: len(a.statements) for a in articles}
    shared: dict[tuple[int, int], int] = {}
    for claim in claims:
        if len(claim.members) < 2:
            continue
        texts = [fold(m.text) for m in claim.members]
        scores = process.cdist(
            texts, texts, scorer=fuzz.ratio, score_cutoff=SYNDICATION_RATIO, dtype=np.uint8
        )
        for i, j in zip(*np.nonzero(scores), strict=True):
            if i != j:
                pair = (claim.members[i].article, claim.members[j].article)
                shared[pair] = shared.get(pair, 0) + 1
    copies: dict[int, int] = {}
    for (copy, original), n in sorted(shared.items(), key=lambda kv: -kv[1]):
        if copy in copies or order[original] >= order[copy]:
            continue
        if n >= SYNDICATION_SHARE * max(sizes[copy], 1):
            copies[copy] = original
    return copies

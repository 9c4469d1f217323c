"""Score story-matching variants on ECB+ against the shipped scorer, to see what helps.

Offline tool, not part of the product; it changes nothing in app/. Every variant is
fitted exactly as scripts/fit_stories.py fits the shipped model (logistic regression on
the odd-numbered topics' pairs, threshold chosen on the odd topics' smoothed B-cubed
F1) and reported on the odd topics (fitted), the even topics (held out) and all topics
(as `parallax eval ecbplus` scores). Pair features are computed once per document set,
so a run takes a few minutes:

    python scripts/story_variants.py ../shared/eval/ecbplus

Variants:
- extra pair features on top of `app.core.stories.FEATURE_NAMES`: the share of the
  numbers in one lead that the other article never mentions (spelled counts read as
  digits), the protagonist (the name said most often) missing from the other
  article, the headline's (first two sentences') own content-word cosine, and how well
  one article's first sentence (where it says what happened) is matched by a sentence
  of the other (IDF-weighted Dice, the better direction);
- other ways to score a document against a story than max-link: mean of the best
  two links, max plus a fifth of the mean, max scaled by the share of members it
  links to, and chain-discounted (a link via a member is multiplied by the score
  with which that member joined, so a chain of weak joins fades);
- the shipped scorer with IDF taken online (from the documents seen so far, as the
  app takes it from its archive) instead of over the whole data set.
(These session-5 variants run with ``--session5``.)

Session 7, aimed at the cascades `scripts/story_errors.py` shows (a topic's second
event's first article joins the first event's story and the rest follow):
- what happened, not who: event words (stems annotated as one-word event mentions in
  the odd topics, `event_words`) in the lead, as "both leads name an event and none in
  common", as their IDF-weighted cosine, in the first sentence or the first two;
- time anywhere in the text: weekdays disjoint, months disjoint;
- interactions of the shipped mismatch signals with the cosines (salient names x lead
  names missing, lead weekdays disjoint x names cosine, lead names missing x names
  cosine, salient names missing x words cosine);
- the pair model refitted on the links max-link decides on (for each document and each
  earlier sub-topic, its best-scoring pair), once to three times;
- with ``--rules``, story-level decisions: the story's first article (the one that
  defined it) weighed with max-link or as a gate, the protagonist missing from the
  whole story, the protagonists conflicting both ways, the document's lead names
  missing from every article of the story (a cost off max-link), and the L2 penalty.
The threshold grid here is wider (0.10-0.90) than fit_stories.py's, for models whose
scores sit lower. ``--only NAME`` runs just the variants whose name contains NAME.
On the odd topics the event words are cross-fitted: each topic's documents read a list
fitted on the other odd topics' annotations, since a list fitted on a topic's own
annotations knows its triggers (that in-sample list scored 0.905 on the odd topics;
cross-fitted, nothing above noise). The even and all sets read the list fitted on all
odd topics, as a shipped list would be. Choose with ``--odd-only``, which scores the
odd topics alone.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fit_similarity import newton_logistic  # noqa: E402  (scripts/ is on the path)

from app.core import stories  # noqa: E402
from app.core.text import (
    MONTHS,
    NUMBER_WORDS,
    STOPWORDS,
    WEEKDAYS,
    content_words,
    stem,
    tokens,
    words,
)  # noqa: E402
from app.evaluation import ecbplus  # noqa: E402

# Event words: stems annotated as a one-word event mention (ECB+ "ACT") at least
# EVENT_MIN_MENTIONS times in the odd topics, and in at least EVENT_MIN_SHARE of
# their occurrences there (so "game" or "said" is not an event word).
EVENT_MIN_MENTIONS = 2
EVENT_MIN_SHARE = 0.2


def event_counts(directory: Path) -> dict[int, tuple[Counter[str], Counter[str]]]:
    """Per odd topic: how often each stem is annotated as a one-word event mention, and
    how often it occurs at all."""
    out: dict[int, tuple[Counter[str], Counter[str]]] = {}
    for m in ecbplus._jsonl(directory / "ecbplus_event_mentions.jsonl"):
        topic = int(m["topic"])
        if topic % 2 == 1 and m["mention_type"] == "ACT" and len(m["tokens_number"]) == 1:
            w = m["tokens_str"].lower()
            if w not in STOPWORDS:
                out.setdefault(topic, (Counter(), Counter()))[0][stem(w)] += 1
    for s in ecbplus._jsonl(directory / "ecbplus_sentences.jsonl"):
        topic = int(s["doc_id"].split("_")[0])
        if topic % 2 == 1:
            out.setdefault(topic, (Counter(), Counter()))[1].update(
                stem(w) for w in words(s["text"])
            )
    return out


def event_words(
    counts: dict[int, tuple[Counter[str], Counter[str]]],
    exclude: int | None = None,
    min_mentions: int = EVENT_MIN_MENTIONS,
    min_share: float = EVENT_MIN_SHARE,
) -> frozenset[str]:
    """Stems that name what happened ("arrest", "fir", "overturn"), from the odd topics'
    event-mention annotations (all but `exclude`, for a cross-fitted check)."""
    mentions: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for topic, (m, s) in counts.items():
        if topic != exclude:
            mentions.update(m)
            seen.update(s)
    return frozenset(
        s for s, n in mentions.items() if n >= min_mentions and n >= min_share * seen[s]
    )


CROSS_TOPIC_COSINE = 0.08  # as scripts/fit_stories.py
GRID = [round(t, 3) for t in np.arange(0.10, 0.901, 0.025)]  # wider than scripts/fit_stories.py
_SPELLED = {w: str(n) for w, n in NUMBER_WORDS.items() if 2 <= n <= 90}


def _numbers(text: str) -> set[str]:
    out = set()
    for tok in tokens(text):
        if tok.text[:1].isdigit():
            out.add(tok.norm)
        elif tok.norm in _SPELLED:
            out.add(_SPELLED[tok.norm])
    return out


class DocSet:
    """Documents with their prepared profiles, the pairs a fit or a clustering needs
    (same topic, or content-word cosine above CROSS_TOPIC_COSINE) and their features."""

    def __init__(
        self,
        docs: Sequence[ecbplus.Document],
        events: Callable[[int], frozenset[str]] = lambda topic: frozenset(),
    ) -> None:
        self.docs = list(docs)
        texts = [ecbplus.document_text(d) for d in docs]
        counts = [stories.term_counts(t) for t in texts]
        df: Counter[str] = Counter()
        for c in counts:
            df.update(c.keys())
        self.idf = stories.idf_from_counts(df, len(docs))
        self.counts = counts
        self.prep = [stories.prepare(c, self.idf) for c in counts]
        self.lead_numbers = [_numbers(stories.lead(t)) for t in texts]
        self.all_numbers = [_numbers(t) for t in texts]
        self.headline = _unit_vectors([Counter(content_words(stories.lead(t, 2))) for t in texts])
        lexicons = [events(d.topic) for d in docs]
        self.lead_events = [
            _events(stories.lead(t), e) for t, e in zip(texts, lexicons, strict=True)
        ]
        self.lead2_events = [
            _events(stories.lead(t, 2), e) for t, e in zip(texts, lexicons, strict=True)
        ]
        self.first_events = [
            _events(stories.lead(t, 1), e) for t, e in zip(texts, lexicons, strict=True)
        ]
        self.weekdays = [frozenset(w for w in words(t.lower()) if w in WEEKDAYS) for t in texts]
        self.months = [frozenset(w for w in words(t.lower()) if w in MONTHS) for t in texts]
        self.protagonist = [_protagonist(c, p) for c, p in zip(counts, self.prep, strict=True)]
        self.sentences = [
            [frozenset(content_words(p)) for p in stories._SENTENCE_END_RE.split(t) if p.strip()]
            for t in texts
        ]
        self.pairs = [
            (j, i)
            for i in range(len(docs))
            for j in range(i)
            if docs[i].topic == docs[j].topic
            or stories._cos(self.prep[i], self.prep[j], "") > CROSS_TOPIC_COSINE
        ]
        self.word_cos = np.array(
            [stories._cos(self.prep[i], self.prep[j], "") for j, i in self.pairs]
        )
        self.base = np.array(
            [stories.pair_vector(self.prep[i], self.prep[j]) for j, i in self.pairs]
        )
        extra = np.array([self._extra(i, j) for j, i in self.pairs]).reshape(len(self.pairs), -1)
        self.extra = extra[:, :4]  # session 5's four
        b = self.base  # interactions of the shipped features (FEATURE_NAMES order)
        self.extra7 = np.hstack(  # session 7's, numbered on after session 5's
            [
                extra[:, 4:],
                (b[:, 6] * b[:, 9])[:, None],  # salient names x lead names missing
                (b[:, 8] * b[:, 1])[:, None],  # lead weekdays disjoint x names cosine
                (b[:, 9] * b[:, 1])[:, None],  # lead names missing x names cosine
                (b[:, 6] * b[:, 0])[:, None],  # salient names missing x words cosine
            ]
        )
        self.label = np.array([docs[i].subtopic == docs[j].subtopic for j, i in self.pairs], float)

    def features(self) -> np.ndarray:
        """Every pair's shipped features, then the extra ones, in column order."""
        return np.hstack([self.base, self.extra, self.extra7])

    def _first_sentence_match(self, a: int, b: int) -> float:
        """IDF-weighted Dice of a's first sentence with its best match among b's sentences."""
        first = self.sentences[a][0] if self.sentences[a] else frozenset()
        weight = sum(self.idf.get(t, 1.0) for t in first)
        best = 0.0
        for other in self.sentences[b] if weight else ():
            shared = sum(self.idf.get(t, 1.0) for t in first & other)
            if shared:
                dice = 2 * shared / (weight + sum(self.idf.get(t, 1.0) for t in other))
                best = max(best, dice)
        return best

    def _extra(self, i: int, j: int) -> tuple[float, float, float, float]:
        def missing(a: int, b: int) -> float:
            lead = self.lead_numbers[a]
            return sum(n not in self.all_numbers[b] for n in lead) / len(lead) if lead else 0.0

        def top_missing(a: int, b: int) -> float:
            salient = self.prep[a].salient  # names said at least twice
            if not salient:
                return 0.0
            top = max(salient, key=lambda t: (self.counts[a][t], salient[t]))
            return 0.0 if top in self.prep[b].terms else 1.0

        ha, hb = self.headline[i], self.headline[j]
        return (
            max(missing(i, j), missing(j, i)),
            top_missing(i, j) + top_missing(j, i),
            sum(x * hb.get(t, 0.0) for t, x in ha.items()),
            max(self._first_sentence_match(i, j), self._first_sentence_match(j, i)),
            _disjoint(self.lead_events[i], self.lead_events[j]),
            self._event_cosine(self.lead_events[i], self.lead_events[j]),
            _disjoint(self.first_events[i], self.first_events[j]),
            _disjoint(self.weekdays[i], self.weekdays[j]),
            _disjoint(self.months[i], self.months[j]),
            _disjoint(self.lead2_events[i], self.lead2_events[j]),
            _disjoint(self.lead_events[i], self.lead_events[j]) * min(self.word_cos_of(i, j), 1.0),
        )

    def best_links(self, x: np.ndarray, beta: np.ndarray) -> np.ndarray:
        """Rows of the pairs max-link decides on: for each document and each sub-topic
        among the earlier documents, the pair with the best score under `beta`."""
        p = beta[0] + x @ beta[1:]
        best: dict[tuple[int, str], tuple[float, int]] = {}
        for row, (j, i) in enumerate(self.pairs):
            if self.word_cos[row] < stories.MIN_WORD_COSINE:
                continue
            key = (i, self.docs[j].subtopic)
            if key not in best or p[row] > best[key][0]:
                best[key] = (p[row], row)
        return np.array(sorted(row for _, row in best.values()))

    def word_cos_of(self, i: int, j: int) -> float:
        return stories._cos(self.prep[i], self.prep[j], "")

    def _event_cosine(self, a: frozenset[str], b: frozenset[str]) -> float:
        shared = a & b
        if not shared:
            return 0.0
        w = {t: self.idf.get(t, 1.0) ** 2 for t in a | b}
        return sum(w[t] for t in shared) / math.sqrt(sum(w[t] for t in a) * sum(w[t] for t in b))

    def matrix(self, columns: list[int], beta: np.ndarray) -> np.ndarray:
        """Pair scores (symmetric matrix) under a model over the chosen feature columns."""
        x = self.features()[:, columns]
        p = 1.0 / (1.0 + np.exp(-np.clip(beta[0] + x @ beta[1:], -30, 30)))
        p[self.word_cos < stories.MIN_WORD_COSINE] = 0.0
        s = np.zeros((len(self.docs), len(self.docs)))
        for (j, i), v in zip(self.pairs, p, strict=True):
            s[i, j] = s[j, i] = v
        return s

    def f1(self, assigned: Sequence[int]) -> float:
        gold = {d.doc_id: d.subtopic for d in self.docs}
        return ecbplus.bcubed(
            {d.doc_id: a for d, a in zip(self.docs, assigned, strict=True)}, gold
        )["f1"]


def _disjoint(a: frozenset[str], b: frozenset[str]) -> float:
    return 1.0 if a and b and not (a & b) else 0.0


def _events(text: str, events: frozenset[str]) -> frozenset[str]:
    """The stems of `text` that are in the event-word list."""
    return frozenset(s for s in (stem(w) for w in words(text)) if s in events)


def _protagonist(counts: Counter[str], prep: stories.Prepared) -> str | None:
    """The name said most often (at least twice), if any."""
    if not prep.salient:
        return None
    return max(prep.salient, key=lambda t: (counts[t], prep.salient[t]))


def _unit_vectors(bags: list[Counter[str]]) -> list[dict[str, float]]:
    df: Counter[str] = Counter()
    for b in bags:
        df.update(b.keys())
    idf = stories.idf_from_counts(df, len(bags))
    out = []
    for b in bags:
        v = {t: (1 + math.log(c)) * idf[t] for t, c in b.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out.append({t: x / norm for t, x in v.items()})
    return out


# (scores to members, their join scores, the document, the members, the document set)
Rule = Callable[[np.ndarray, np.ndarray, int, list[int], "DocSet"], float]


def online(
    scores: np.ndarray, threshold: float, rule: Rule, docset: DocSet | None = None
) -> list[int]:
    """The eval's online clustering with a story scored by `rule`."""
    members: list[list[int]] = []
    joined = np.ones(len(scores))
    assigned = []
    for i in range(len(scores)):
        best, story = -1.0, -1
        for k, m in enumerate(members):
            s = rule(scores[i, m], joined[m], i, m, docset)
            if s > best:
                best, story = s, k
        if story >= 0 and best >= threshold:
            members[story].append(i)
            joined[i] = best
            assigned.append(story)
        else:
            members.append([i])
            assigned.append(len(members) - 1)
    return assigned


def _protagonist_gate(factor: float) -> Rule:
    """Max-link, times `factor` when the document's protagonist (its most-said name) is in
    no article of the story, or the story's first article's protagonist is not in the
    document."""

    def rule(v: np.ndarray, _joined: np.ndarray, i: int, m: list[int], d: DocSet) -> float:
        mine, theirs = d.protagonist[i], d.protagonist[m[0]]
        gone = (mine is not None and all(mine not in d.prep[j].terms for j in m)) or (
            theirs is not None and theirs not in d.prep[i].terms
        )
        return float(v.max()) * (factor if gone else 1.0)

    return rule


RULES: dict[str, Rule] = {
    "max-link (shipped)": lambda v, *_: float(v.max()),
    "mean of best two": lambda v, *_: float(np.sort(v)[-2:].mean()),
    "max + mean/5": lambda v, *_: float(0.8 * v.max() + 0.2 * v.mean()),
    "max x share linked": lambda v, *_: float(v.max() * (0.5 + 0.5 * (v >= 0.5).mean())),
    "chain-discounted": lambda v, joined, *_: float((v * joined).max()),
}


def _story_lead_missing(cost: float) -> Rule:
    """Max-link, less `cost` times the IDF-weighted share of the names in the document's
    lead that no article of the story mentions."""

    def rule(v: np.ndarray, _joined: np.ndarray, i: int, m: list[int], d: DocSet) -> float:
        names = d.prep[i].lead_names
        total = sum(names.values())
        if not total:
            return float(v.max())
        gone = sum(
            w
            for n, w in names.items()
            if all(
                stories.NAME_PREFIX + n not in d.prep[j].terms
                and stories.LEAD_NAME_PREFIX + n not in d.prep[j].terms
                for j in m
            )
        )
        return float(v.max()) - cost * gone / total

    return rule


def _protagonists_conflict(factor: float, said: int = 2) -> Rule:
    """Max-link, times `factor` when both ways the protagonist is missing: the document's
    most-said name (said at least twice) is in no article of the story, and the story's
    (over its articles' summed names) is not in the document."""

    def rule(v: np.ndarray, _joined: np.ndarray, i: int, m: list[int], d: DocSet) -> float:
        mine = d.protagonist[i]
        if mine is not None and d.counts[i][mine] < said:
            mine = None
        story: Counter[str] = Counter()
        for j in m:
            story.update({t: n for t, n in d.counts[j].items() if t.startswith("N:")})
        theirs = max(story, key=lambda t: (story[t], t)) if story else None
        gone = (
            mine is not None
            and all(mine not in d.prep[j].terms for j in m)
            and theirs is not None
            and story[theirs] >= said
            and theirs not in d.prep[i].terms
        )
        return float(v.max()) * (factor if gone else 1.0)

    return rule


NEW_RULES: dict[str, Rule] = {
    "max x 0.8 if protagonists conflict": _protagonists_conflict(0.8),
    "max x 0.5 if protagonists conflict": _protagonists_conflict(0.5),
    "max x 0.8 if protagonists (said 3x) conflict": _protagonists_conflict(0.8, 3),
    "max x 0.65 if protagonists conflict": _protagonists_conflict(0.65),
    "max - 0.1 x lead names missing from story": _story_lead_missing(0.1),
    "max - 0.2 x lead names missing from story": _story_lead_missing(0.2),
    "max - 0.4 x lead names missing from story": _story_lead_missing(0.4),
    "mean of max and first article": lambda v, *_: float(0.5 * (v.max() + v[0])),
    "max, first article >= 0.1": lambda v, *_: float(v.max() if v[0] >= 0.1 else v[0]),
    "max, first article >= 0.25": lambda v, *_: float(v.max() if v[0] >= 0.25 else v[0]),
    "max x 0.8 if protagonist missing": _protagonist_gate(0.8),
    "max x 0.6 if protagonist missing": _protagonist_gate(0.6),
}


ONLY: list[str] = []  # --only: run just the variants whose name contains one of these


def report(
    name: str,
    sets: dict[str, DocSet],
    columns: list[int],
    rule: Rule,
    l2: float = 1.0,
    focus: int = 0,
) -> None:
    """Fit on the odd topics' pairs (then `focus` times on the best links only) and print
    the figures at the threshold chosen on the odd topics."""
    if ONLY and not any(word in name for word in ONLY):
        return
    fit = sets["odd"]
    x = fit.features()[:, columns]
    beta = newton_logistic(x, fit.label, l2)
    for _ in range(focus):
        rows = fit.best_links(x, beta)
        beta = newton_logistic(x[rows], fit.label[rows], l2)
    figures = {}
    for key, s in sets.items():
        m = s.matrix(columns, beta)
        figures[key] = {t: s.f1(online(m, t, rule, s)) for t in GRID}
    f = [figures["odd"][t] for t in GRID]
    smooth = {
        t: sum(f[max(0, k - 1) : k + 2]) / len(f[max(0, k - 1) : k + 2]) for k, t in enumerate(GRID)
    }
    t = max(GRID, key=lambda t: (smooth[t], -abs(t - 0.5)))
    others = "".join(f"  {k} {figures[k][t]:.4f}" for k in ("even", "all") if k in figures)
    print(f"{name:44s} threshold {t:.3f}  odd {figures['odd'][t]:.4f}{others}", flush=True)


def online_idf(docs: Sequence[ecbplus.Document], pairs: DocSet, step: int = 10) -> np.ndarray:
    """Shipped pair scores with IDF from the documents seen so far (refreshed every `step`)."""
    counts = [stories.term_counts(ecbplus.document_text(d)) for d in docs]
    wanted: dict[int, list[int]] = {}
    for j, i in pairs.pairs:
        wanted.setdefault(i, []).append(j)
    s = np.zeros((len(docs), len(docs)))
    for start in range(0, len(docs), step):
        end = min(len(docs), start + step)
        df: Counter[str] = Counter()
        for c in counts[:end]:
            df.update(c.keys())
        idf = stories.idf_from_counts(df, end)
        prep = [stories.prepare(c, idf) for c in counts[:end]]
        for i in range(start, end):
            for j in wanted.get(i, ()):
                s[i, j] = s[j, i] = stories.pair_score(prep[i], prep[j])
    return s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument(
        "--odd-only", action="store_true", help="score the odd (fitting) topics only, to choose"
    )
    parser.add_argument("--session5", action="store_true", help="also the session-5 variants")
    parser.add_argument("--rules", action="store_true", help="also the story-level rules")
    parser.add_argument("--min-mentions", type=int, default=EVENT_MIN_MENTIONS)
    parser.add_argument("--min-share", type=float, default=EVENT_MIN_SHARE)
    parser.add_argument(
        "--only", action="append", default=[], help="run the variants whose name has this"
    )
    args = parser.parse_args()
    ONLY.extend(args.only)
    data = ecbplus.read_dataset(args.directory)
    everything = list(data.documents)
    counts = event_counts(args.directory)
    events = event_words(counts, None, args.min_mentions, args.min_share)
    # On the odd topics, each topic's documents read event words fitted on the other odd
    # topics (cross-fitted): a list fitted on a topic's own annotations would flatter it.
    held_out = {t: event_words(counts, t, args.min_mentions, args.min_share) for t in counts}
    sets = {"odd": DocSet([d for d in everything if d.topic % 2 == 1], held_out.__getitem__)}
    if not args.odd_only:
        sets["even"] = DocSet([d for d in everything if d.topic % 2 == 0], lambda _: events)
        sets["all"] = DocSet(everything, lambda _: events)
    print(f"{len(events)} event words fitted on the odd topics", flush=True)
    base = list(range(len(stories.FEATURE_NAMES)))
    n = len(base)
    max_link = RULES["max-link (shipped)"]
    report("shipped features, max-link", sets, base, max_link)
    extras = (
        "lead numbers missing",
        "protagonist missing",
        "headline cosine",
        "first sentence",
        "lead event words disjoint",
        "lead event words cosine",
        "first-sentence event words disjoint",
        "weekdays anywhere disjoint",
        "months anywhere disjoint",
        "two-sentence lead event words disjoint",
        "lead event words disjoint x word cosine",
        "salient names x lead names missing",
        "lead weekdays disjoint x names cosine",
        "lead names missing x names cosine",
        "salient names missing x words cosine",
    )
    first_new = 4
    if args.session5:
        for k, extra in enumerate(extras[:first_new]):
            report(f"+ {extra}", sets, [*base, n + k], max_link)
        report("+ all four", sets, [*base, *(n + k for k in range(first_new))], max_link)
        for name, rule in RULES.items():
            if rule is not max_link:
                report(f"shipped features, {name}", sets, base, rule)
    for k in range(first_new, len(extras)):
        report(f"+ {extras[k]}", sets, [*base, n + k], max_link)
    report("+ the four interactions", sets, [*base, *range(n + 11, n + 15)], max_link)
    report("+ lead events disjoint and cosine", sets, [*base, n + 4, n + 5], max_link)
    report("+ weekdays and months anywhere", sets, [*base, n + 7, n + 8], max_link)
    for focus in (1, 2, 3):
        report(
            f"shipped features, fitted on best links x{focus}", sets, base, max_link, focus=focus
        )
    for l2 in (0.1, 10.0, 100.0) if args.rules else ():
        report(f"shipped features, L2 {l2}", sets, base, max_link, l2)
    for name, rule in NEW_RULES.items() if args.rules else ():
        report(f"shipped features, {name}", sets, base, rule)
    if "all" in sets and not ONLY:
        s = sets["all"]
        frozen = online_idf(everything, s)
        t = stories.MATCH_THRESHOLD
        f1 = s.f1(online(frozen, t, max_link, s))
        print(f"shipped scorer and threshold {t}, IDF online, all topics: F1 {f1:.4f}")


if __name__ == "__main__":
    main()

"""Compare the statements of each claim and the articles of a story.

For a claim: its status (agreement, variation, conflict, single), the conflicts
between its statements (numbers, negation, names, attribution, certainty), and a
word-level diff of each statement against the claim's anchor statement. For a
story: the claims in story order and which articles are syndicated copies.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel, Levenshtein

from app.core import similarity, wordnet
from app.core.align import AlignInput, align
from app.core.attribution import (
    HEDGE_RE,
    RECORD_HEADS,
    cue_lemma,
    demonym,
    describes_one_person,
    explained_byname,
)
from app.core.figures import CURRENCY_SIGNS, NOUNLESS_UNITS, Quantity, read_quantities
from app.core.segment import dateline_end
from app.core.text import (
    MONTHS,
    STOPWORDS,
    VERB_AFTER_SUBJECT,
    WEEKDAYS,
    Phrases,
    Token,
    abbreviates,
    fold,
    folded_words,
    parse_number,
    stem,
    tokens,
)

STATUSES = ("agreement", "variation", "conflict", "single")
CONFLICT_TYPES = ("number", "negation", "entity", "attribution", "certainty")
# Attribution differences are reported but do not by themselves make a claim a
# conflict: the outlets agree on what happened and differ on who says so.
SUBSTANTIVE = frozenset({"number", "negation", "entity", "certainty"})
AGREEMENT_RATIO = 90.0
# The anchor is the most typical wording among a claim's first ANCHOR_SAMPLE members
# (the earliest outlets): typical enough, a cost that stays linear in the claim's size
# (each member is diffed against the anchor once), and a later member never moves it.
ANCHOR_SAMPLE = 24
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
        "refusing",
        "reject",
        "rejected",
        "rejects",
    ]
)
# A negation's scope ends with its clause (Huddleston & Pullum 2002, ch. 9): at a stop
# or at one of these words; within it, at most NEGATION_SCOPE words follow the negation.
CLAUSE_STARTS = frozenset(["but", "although", "though", "whereas", "however"])
NEGATION_SCOPE = 8
# Verbs whose complement does not happen (negative implicatives and verbs of stopping,
# Karttunen 1971; Levin 1993, 55.1): "halt attacks", "prevent him from turning", "bypass a
# shareholder vote", "barred by law from covering", and verbs of taking away: "knocked out
# power" is "without power", as is "the loss of power".
# They negate no term of their own, but a word in their scope is not affirmed.
IMPLICIT_NEGATIONS = frozenset(
    ["stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting", "prevent", "prevents", "prevented", "preventing", "avoid", "avoids", "avoided", "avoiding", "cease", "ceases", "ceased", "ceasing", "suspend", "suspends", "suspended", "suspending", "refrain", "refrains", "refrained", "abandon", "abandons", "abandoned",
     "knock", "knocks", "knocked", "knocking", "lose", "loses", "lost", "losing", "cut", "cuts", "cutting",
     "bypass", "bypasses", "bypassed", "bypassing", "skip", "skips", "skipped", "skipping",
     "circumvent", "circumvents", "circumvented", "circumventing", "sidestep", "sidesteps",
     "sidestepped", "sidestepping",
     "barred", "barring", "banned", "banning", "prohibit", "prohibits", "prohibited",
     "prohibiting", "forbid", "forbids", "forbidden", "forbidding", "forbade", "preclude",
     "precludes", "precluded", "precluding", "loss", "losses",
     # "made it difficult for crews to reach the upper floors": a reach not made
     "difficult", "unable", "impossible",
     # "condemned what they described as an unconstitutional change" is against it, as
     # "rejected any unconstitutional change" is
     "condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced",
     "denouncing", "oppose", "opposes", "opposed", "opposing",
     # "deprived of the opportunity to vote" is "unable to vote"
     "deprive", "deprives", "deprived", "depriving", "disenfranchise", "disenfranchises",
     "disenfranchised", "disenfranchising"]
)  # fmt: skip
# Words that negate only a verb after 'to': "declined to answer" is not answering;
# "shares declined 5%" is a fall; "unable to use" is "cannot use".
NEGATIONS_BEFORE_TO = frozenset(["decline", "declines", "declined", "declining", "unable"])
_SCOPE_OPENERS = NEGATIONS | IMPLICIT_NEGATIONS | NEGATIONS_BEFORE_TO
# Words after which what follows has not happened, and so is not affirmed, though nothing
# is denied: "paralysed until a new speaker is chosen", "unless a deal is reached".
_NOT_YET = frozenset(["until", "unless"])
# What one failed to do is not done, though "failed" is read as the opposite of "succeeded"
# (`OPPOSITES`), not as a negation: the words after "failed to" are not affirmed, nor after
# "failure to" or "inability to" ("its government's failure to stop the killing").
_FAILS = frozenset(["fail", "fails", "failed", "failing", "failure", "failures", "inability"])
_FELL = frozenset(
    ["fell", "fall", "falls", "falling", "fallen", "came", "come", "comes", "stopped"]
)


# A negative word that opens one of these idioms negates nothing that follows: "not only
# ... but also", "no more than 10 people" (a bound, not a denial of the ten), "none other
# than the president", "no doubt that", "nothing short of a massacre", "could not help
# but". The word after the negative (or the two after it) decides.
AFFIRMING_IDIOMS = (
    "only", "the only", "just", "merely", "simply", "least", "doubt", "wonder", "matter",
    "more than", "less than", "fewer than", "later than", "earlier than", "sooner than",
    "other than", "short of", "but", "help but", "to mention", "mind",
)  # fmt: skip
_AFFIRMING = Phrases(AFFIRMING_IDIOMS)
# Words of opposite meaning (complementaries and antonyms, Cruse 1986, ch. 9-11): one
# outlet's "fell" against another's "rose" is a negation conflict. Only pairs whose
# words have no common second sense in news ("declined to comment", "won" against
# "lost" said of two sides) and that name no stance of their own.
OPPOSITES = {
    "rise": (["rise", "rises", "rose", "risen", "rising"], ["fall", "falls", "fell", "fallen", "falling"]),
    "increase": (["increase", "increases", "increased", "increasing"], ["decrease", "decreases", "decreased", "decreasing"]),
    "higher": (["higher"], ["lower"]),
    "alive": (["alive"], ["dead"]),
    "good": (["good"], ["bad"]),
    "better": (["better"], ["worse"]),
    "guilty": (["guilty"], ["innocent"]),
    "legal": (["legal", "lawful"], ["illegal", "unlawful"]),
    "succeed": (["succeeded", "succeeds", "success", "successful", "successfully"],
                ["failed", "fails", "failure", "unsuccessful", "unsuccessfully"]),
}  # fmt: skip
# Words of a rise with other senses in news ("grew up", "grew tired"): a text that has one
# beside a fall tells of two things, so its fall negates no rise; alone, they say nothing.
_GROWTH_WORDS = frozenset(["grew", "grow", "grows", "grown", "growing", "gained", "jumped",
                           "climbed", "soared", "surged"])  # fmt: skip
# word -> (its pair's name, 0 for the pair's first word and 1 for its second)
_OPPOSITE_KEYS = frozenset(w for pair in OPPOSITES.values() for words in pair for w in words)
_OPPOSITE_WORDS = {w: (name, side) for name, pair in OPPOSITES.items() for side, words in enumerate(pair) for w in words}  # fmt: skip
# Words after which a word of `OPPOSITES` has another sense: "the town fell silent",
# "rebels rose up", "she rose to power" are no fall or rise of anything.
OTHER_SENSE_NEXT = {
    "rise": ("up", "ill", "silent", "asleep", "victim", "apart", "through", "to power",
             "to prominence", "to fame", "in love"),
}  # fmt: skip
_OTHER_SENSE = {name: Phrases(phrases) for name, phrases in OTHER_SENSE_NEXT.items()}
_DENIAL_VERBS = frozenset(["deny", "denies", "denied", "reject", "rejected", "rejects"])
# Passed over when finding what a negation governs: "no longer", "not yet", "never even".
_PASSED_OVER = frozenset(["longer", "yet", "even", "ever", "always"])

# Denials and refutations: a statement that denies, or calls false, what it reports.
# Verbs of denial (Levin 1993, 29.5 and 37.7: deny, refute, rebut, debunk, disprove,
# retract; dismiss and reject when what they take is a report or claim), predicates of
# falsity ("is a hoax", "turned out to be fake", "is not true"), "no evidence that" and
# a claim called false ("the baseless claim that").
_CLAIM_NOUN = r"(?:reports?|claims?|rumou?rs?|allegations?|suggestions?|speculation|stor(?:y|ies)|accusations?)"
_FALSITY = (
    r"(?:hoax|false|fake|untrue|not\s+true|fabricated|fabrication|baseless|unfounded|bogus"
    r"|myth|lie|made[- ]up)"
)
_REFUTATION_RE = re.compile(
    r"\b(?:(?P<verb>den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?"
    r"|debunk(?:s|ed|ing)?|disprov(?:e|es|ed|en|ing)|retract(?:s|ed|ing)?"
    r"|(?:dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|quash(?:es|ed|ing)?|slam(?:s|med|ming)?)"
    r"\s+(?:the\s+|these\s+|those\s+|such\s+)?" + _CLAIM_NOUN + r")\b"
    r"|(?P<of>(?:not\s+true|no\s+(?:evidence|proof|truth|basis))(?=\s+(?:that|of|to|for|behind)\b)"
    r"|(?:false|baseless|bogus|unfounded|fake|untrue|debunked|discredited)\s+"
    + _CLAIM_NOUN
    + r"(?=\s+(?:that|of)\b))"
    r"|(?P<pred>(?:(?:is|are|was|were|be|been|being)\s+|(?:proved|proven|shown|revealed|exposed"
    r"|declared|deemed|branded|dismissed)\s+(?:as\s+|to\s+be\s+)?|turned\s+out\s+to\s+be\s+)"
    r"(?:(?:a|an|completely|totally|entirely|simply|just|all|also|actually|merely)\s+){0,2}"
    + _FALSITY
    + r")(?=\s*(?:[.,;:!?\"'\u201d\u2019)\]]|$)|\s+(?:and|but|according|as|because|by)\b))",
    re.IGNORECASE,
)
# A statement that reports a claim, a rumour or a belief ("allegations are out that
# ...", "who claimed to ...", "scientists believe in ...") or calls something false does
# not state what another outlet denies as plain fact.
_NOT_PLAIN_FACT = re.compile(
    r"\b(?:(?:reports?|stor(?:y|ies)|suggestions?)\s+(?:that|of)|claim\w*|rumou?r\w*"
    r"|alleg\w*|speculat\w*|believ\w*|hoax\w*|false(?:ly|hood)?|fake\w*|untrue"
    r"|fabricat\w*|baseless|unfounded|bogus|myths?|debunk\w*|lies|lied|lying|satir\w*)\b",
    re.IGNORECASE,
).search
_CLAUSE_END = re.compile(
    r"[.;!?]|\b(?:but|although|though|whereas|however)\b|\band\b(?=\s+\w+ed\b)", re.IGNORECASE
)
# Reporting verbs of what someone sees coming: in a statement's frame, a forecast.
_FORECASTING = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|forecasts?|forecasting|predict(?:s|ed|ing)?|"
    r"project(?:s|ed|ing)|anticipat(?:e|es|ed|ing)|estimat(?:e|es|ed|ing))\b",
    re.IGNORECASE,
).search
# Reporting verbs by which a writer keeps a distance from what is reported (non-factive
# and "counter-factive" verbs, Bergler 1992; news style guides warn that "claimed"
# casts doubt where "said" does not): in a statement's attribution frame, a hedge.
_DISTANCING_RE = re.compile(
    r"\b(?:claim(?:ed|ing)|"
    # the noun after its owner or article ("far colder than the Korean team's claim")
    # keeps no distance from what the member states
    r"(?<!'s )(?<!\u2019s )(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
    r"claims?|alleg(?:e|es|ed|ing)|purport(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
# Every match of _REFUTATION_RE holds one of these words (as a token, folded): a
# statement without any cannot match, and most statements have none.
_REFUTATION_WORDS = frozenset(
    ["deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "refuting", "rebut", "rebuts", "rebutted", "rebutting", "debunk", "debunks", "debunked", "debunking", "disprove", "disproves", "disproved", "disproven", "disproving", "retract", "retracts", "retracted", "retracting", "dismiss", "dismisses", "dismissed", "dismissing", "reject", "rejects", "rejected", "rejecting", "quash", "quashes", "quashed", "quashing", "slam", "slams", "slammed", "slamming", "hoax", "false", "fake", "untrue", "true", "fabricated", "fabrication", "baseless", "unfounded", "bogus", "myth", "lie", "made", "evidence", "proof", "truth", "basis", "discredited"]
)  # fmt: skip
_FRAME_WORD_RE = re.compile(r"[a-z]+")
# "was denied entry", "denied him access": refusing something, not denying a claim.
_PASSIVE = frozenset(["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"])
_DENIED_THINGS = frozenset(
    ["access", "entry", "bail", "permission", "visa", "visas", "request", "application", "asylum", "parole", "treatment", "service", "services", "benefits", "licence", "license", "permit", "right", "rights", "care", "admission", "custody", "passage", "boarding"]
)  # fmt: skip
# Words about the report rather than what it reports: not part of what is denied.
_CLAIM_NOUNS = frozenset(
    ["report", "reports", "claim", "claims", "rumor", "rumors", "rumour", "rumours", "allegation", "allegations", "suggestion", "suggestions", "speculation", "story", "stories", "accusation", "accusations", "news"]
)  # fmt: skip


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
    # Its report lies inside its claim ("... in what experts said was the largest IT
    # failure in history", "Galvez did not concede, telling supporters ..."): the outlet
    # states the claim itself, so `_attribution_conflicts` leaves it out.
    report_inside: bool = False

    @property
    def content_text(self) -> str:
        return self.text[self.content[0] : self.content[1]]

    @property
    def alignment_text(self) -> str:
        return align_text(self.text, self.content)


_WORD_CHAR_RE = re.compile(r"\w")


# A claim opening with a pronoun, most often its source: "[USMX] said it had offered".
_PRONOUN_FIRST_RE = re.compile(r"(?:it|he|she|they|we)\s", re.IGNORECASE)
# A claim that opens with its verb, after a comma: its subject came before the frame ("The
# quake, with a magnitude of 7.2 according to Taiwan's weather administration, struck
# ...", "The man, police said, was arrested").
_VERB_FIRST_RE = re.compile(VERB_AFTER_SUBJECT + r"\s")


# A frame set between two parts of a claim: "Turnout was about 60%, according to a Reuters
# calculation, the lowest since 2001."
_ACCORDING_BETWEEN_RE = re.compile(r"\s*,\s*according to [^,.;]+,\s*(?=\w)")


def _subject_before(text: str, content: tuple[int, int]) -> bool:
    """Whether a claim opens with its verb after a comma (`_VERB_FIRST_RE`)."""
    return text[: content[0]].rstrip().endswith(",") and bool(
        _VERB_FIRST_RE.match(text, content[0])
    )


def _told_past_frame(text: str, content: tuple[int, int]) -> str:
    """A claim that goes on after an 'according to' set inside it
    (`_ACCORDING_BETWEEN_RE`), told without the frame: "Turnout was about 60%, the lowest
    since 2001"; else the claim. (Read with the frame's words, ECB+ alignment F1 fell
    from 0.2575 to 0.2555.)"""
    claim = text[content[0] : content[1]]
    m = _ACCORDING_BETWEEN_RE.match(text, content[1])
    return claim if m is None else f"{claim}, {text[m.end() :].rstrip()}"


def align_text(text: str, content: tuple[int, int]) -> str:
    """What alignment reads of a statement: its claim content (``content`` in ``text``),
    or, where that holds fewer than two content words or opens with a pronoun, the
    statement less a wire dateline. In "Google said it would appeal" the claim "it would
    appeal" has one word and could pair with no other outlet's, and in "Google said it
    would appeal against the decision" its "it" is Google: the frame tells what the
    claim is about. (On ECB+ alignment F1 rose from 0.2517 to 0.2541.) Either way, a
    long aside after the subject is left out (`without_aside`)."""
    claim = text[content[0] : content[1]]
    if (
        len(set(similarity.terms(claim))) >= 2
        and not _PRONOUN_FIRST_RE.match(claim)
        and not _subject_before(text, content)
        and not _country_speaks(text, content)
    ):
        return without_aside(_told_past_frame(text, content))
    return without_aside(text[dateline_end(text, 0) :])


# A frame's opening words, up to its verb: "Jordan said", ", Saudi Arabia has said".
_FRAME_SUBJECT_RE = re.compile(r"[\s,;:\u2013\u2014-]*((?:[A-Z][\w.'\u2019-]*\s+){1,3})[a-z]")


# A claim that opens with a count, or gives one of "its" or "their" own.
_COUNT_OF_ITS_OWN_RE = re.compile(r"(?:[\d.,]+\s|.{0,40}\b(?:its|their)\s)", re.IGNORECASE)


def _country_speaks(text: str, content: tuple[int, int]) -> bool:
    """Whether a claim that opens with a count ("658 deaths", "99 of its citizens had
    died") is framed by a country's name ("Jordan said ...", "..., Egypt reported"): a
    country's count is most often of its own, so the frame tells whose count the claim
    gives, and two countries' counts of the same thing are two claims, not a conflict.
    (For any claim a country tells, ECB+ alignment F1 fell from 0.2575 to 0.2547.)"""
    if not _COUNT_OF_ITS_OWN_RE.match(text, content[0]):
        return False
    before = text[dateline_end(text, 0) : content[0]]
    for frame in (before, text[content[1] :]):
        m = _FRAME_SUBJECT_RE.match(frame)
        if m is None:
            continue
        if similarity.a_country(fold(m.group(1)).strip()):
            return True
    return False


# A subject's aside set off by commas: a non-restrictive relative clause ("Charles, who
# became king in 2022, remains ...") or an apposition ("Smith, a former diplomat, said";
# "The haj, one of the five pillars of Islam, drew ...": the class the subject is one of,
# background however short, group 2).
_ASIDE_START_RE = re.compile(
    r"([^,;:!?\"\u201c]{2,80}?),\s+(?:who|whose|which|a|an|the|(one\s+of))\s"
)
# Words after an aside's closing comma that open the subject's predicate.
_PREDICATE_OPENERS = frozenset(
    ["is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "will", "would",
     "shall", "should", "can", "could", "may", "might", "must", "said", "says", "told"]
)  # fmt: skip
# The function words a subject may hold ("The husband of her sister"): one with any other
# ("After the meeting, the ...", "Police and the army, ...") is no bare subject.
_SUBJECT_WORDS = frozenset(["the", "a", "an", "of", "his", "her", "its", "their", "our"])
_AFTER_COMMA_RE = re.compile(r",\s+([A-Za-z]+)")
# What is left of a statement once its aside is left out must still hold this many
# content terms, and the aside at least as many as what is left: only then can shared
# background outweigh two different claims. (Leaving out shorter asides as well lowered
# ECB+ alignment F1, to 0.2522 from 0.2547: there an aside often tells the event itself.)
ASIDE_MIN_TERMS = 3
ASIDE_SUBJECT_WORDS = 8  # the most words of a subject an aside may follow


def _opens_predicate(word: str) -> bool:
    """Whether a word after a comma may open the subject's predicate: an auxiliary, or
    a lower-case verb form or adverb ("remains", "spent", "immediately"); not a name,
    an article, a preposition or a participle ("his mother, Queen Elizabeth II, in
    September 2022, ...")."""
    if word in _PREDICATE_OPENERS:
        return True
    return (
        word.islower()
        and word not in STOPWORDS
        and not word.endswith("ing")
        and (word.endswith("ly") or wordnet.base_form(word, "v") is not None)
    )


def without_aside(text: str) -> str:
    """``text`` less the aside set off by commas after the subject it opens with, where
    the aside holds at least as many content terms as what is left, and that at least
    ASIDE_MIN_TERMS. In "Charles, who became king in September 2022 on the death of his
    mother Queen Elizabeth, remains wholly positive" the background an outlet adds to a
    name is not its claim, and background two outlets share would pair claims that
    differ. The aside ends at the first comma before a word that may open a predicate.
    (On ECB+ alignment F1 rose from 0.2547 to 0.2555.)"""
    m = _ASIDE_START_RE.match(text)
    if not m:
        return text
    subject = m.group(1).split()
    if len(subject) > ASIDE_SUBJECT_WORDS:
        return text
    for w in subject:
        folded = w.lower()
        if (folded in STOPWORDS and folded not in _SUBJECT_WORDS) or (
            w.islower() and w.endswith(("ly", "ing"))
        ):
            return text  # "No one was injured in the fire, which ...", "Luckily for fans, the ..."
    if not similarity.terms(m.group(1)):
        return text
    for after in _AFTER_COMMA_RE.finditer(text, m.end()):
        if not _opens_predicate(after.group(1)):
            continue
        aside = text[m.end(1) : after.start(1)]
        if ", and " in aside:
            return text  # a list: "Jon Stewart, who hosted in 2008, and Ellen DeGeneres, ..."
        held = len(set(similarity.terms(aside)))
        if held < ASIDE_MIN_TERMS:
            return text  # too short to outweigh anything (read first: it is the cheaper)
        rest = m.group(1) + " " + text[after.start(1) :]
        kept = len(set(similarity.terms(rest)))
        return rest if kept >= ASIDE_MIN_TERMS and (kept <= held or m.group(2)) else text
    return text


def report_inside(text: str, content: tuple[int, int], cue: int | None) -> bool:
    """Whether a statement's report lies inside its claim (`ClaimStatement.report_inside`):
    its cue (at ``cue`` in ``text``, None for none) is in the statement and its claim
    content leaves no word of the statement out but a wire story's dateline ("NEW YORK,
    Oct 1 (Reuters) - ... in a strike that economists warned could cost ...")."""
    start, end = content
    return (
        cue is not None
        and 0 <= cue < len(text)
        and start <= cue < end
        and not (
            _WORD_CHAR_RE.search(text, min(dateline_end(text, 0), start), start)
            or _WORD_CHAR_RE.search(text, end)
        )
    )


@dataclass(frozen=True, slots=True)
class Conflict:
    type: str
    detail: str
    articles: tuple[int, ...]


# A number group: the members giving one set of values for a unit: (each figure's low
# and high bound, flattened and sorted: "10" is (10, 10), "at least 10" (10, inf); the
# first member's wording, the first noun any of them counts with, their articles in order).
NumberGroup = tuple[tuple[float, ...], str, str, tuple[int, ...]]
# A term some member negates: (term, the first negation's words, negating members,
# affirming members), members as (article, label) in member order.
Negated = tuple[str, str, tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]]
# A member that denies what it reports: (article, label, the denial's words, the stems
# of what is denied, those of them not names, the members of other outlets stating it
# as true as (article, label) in member order).
Denial = tuple[int, str, str, tuple[str, ...], tuple[str, ...], tuple[tuple[int, str], ...]]
# Raised when what a stored ClaimState holds changes, or how it is worked out (3: idioms
# such as "no more than" negate nothing, "fell silent" is no fall; 4: number groups hold
# each figure's range, "at least 10" as 10 to infinity; 5: a term negated in the past
# is marked `PAST`, a count's fate is read over "still"; 6: a rate runs "from April", a
# range's start takes its end's rate; 7: a count given in parts has its total too, "17
# counts of X and one of Y" 18 counts; 8: a time in seconds is rounded up, "ruled out"
# and "the first ... since" keep what follows from being affirmed; 9: a bare pronoun
# source differs from no other, a name's title is no part of it and its particles are,
# "Government Minister Eduardo del Castillo" being "Eduardo del Castillo"; 10: a "no"
# keeps the part it takes after "from" or "among", "no points from the public vote"; 11:
# "unable to" negates, a country's office is its holder's, a kind with some members named
# is the kind; 12: a country's military, its officials and its authorities are one
# source each, a name with a word plural or transliterated another way is one; 13: one
# official and officials are one source, a hedge on a clause the others do not tell
# doubts nothing they state, two landmarks and a name with a letter doubled or cut short
# are no entity conflict; 14: a body's name beside two descriptions, a surname beside a
# description and the full name, a body's office and its holder, and researchers at one
# place are one source each, "reportedly" is as unnamed as "media reports", a city's
# airport is no other place, "the team's claim" keeps no distance and what comes "until"
# or "unless" is not affirmed; 15: one owner's campaign is one source whatever it is
# for, a time in hours and minutes and a count of dozens are one figure each, a figure
# with its unit joined on is shown once, "topping" bounds a figure, "bypass" does not
# affirm, a brand beside what it is and its full name are one source, a source with no
# words reads as "unnamed sources", and a title and a first name before one surname are
# no entity conflict; 16: a middle initial, a title before a surname, and a rank
# abbreviated with a hyphen leave one person one source, the Tories are the
# Conservatives, "not received any requests" denies the requests, "no reports of
# injuries" denies the injuries, "might not" denies nothing, a reported "could" for a
# quoted "can" is no hedge, "did not belong to him but to the paper" keeps "belong", an
# office before "of" leaves the name after it, and a place named by its adjective in the
# other member is no entity conflict; 17: "not the only" affirms, "barred from" and
# "banned" do not, Congo is the Democratic Republic of the Congo, and two unnamed sources
# described alike, neither of rank, are one; 18: "no police will engage" denies the
# engaging, "voted down" and "the loss of" deny what follows, a name the other gives as a
# possessive is no entity conflict, the figures two members both give are set aside
# before their one other, and one name transliterated two ways is one source; 19: shares
# listed by name are compared name by name; 20: amounts of money keep what they pay for,
# years dating a figure date no word, what none of them does and what someone vowed are
# read anew; 21: a death toll, a part of a whole, a word before a plural, the two ends
# of a range and a span since a record count anew, two figures neither the first meets
# conflict, a capital is its country; 22: a fall beside a growth negates no rise, and
# figures a third member gives as two things conflict with neither; 23: times of day,
# 'about a dozen', a figure a verb of getting takes and a model's number read anew, and
# a condemnation affirms nothing; 24: a figure keeps the country, province or region it
# is counted in, "without" denies its noun, not the adjective before it, and a denied
# gerund's act must be stated; 25: what a verb of seeming governs is not affirmed, a
# negation goes on over 'or', 'refusing' denies, a byname and its explanation in
# brackets, an agency and an organization of one work and a name with a middle name are
# one source, a day is no name, and 'the last six' is no count; 26: vote tallies, British
# times of day, a threshold's count and a label's number read anew, a possessive name's
# thing negated, 'not ... until' not, and a past year's figure in a 'which' clause set
# aside; 27: names lined up only as two sentences' ends and a day in the possessive are
# no entity conflict, 'deny X the Y' denies the Y, what follows 'failed to' or 'fell short
# of' is not affirmed, and a body named in part is one source; 28: letting is negated
# alike, a lack told in other words or a qualifying noun affirms no 'without', what a
# failure is to do is not affirmed, where a negated verb was done is kept, a description
# that may be a named person is no other source, and a figure one member gives in two
# parts is no other figure): older ones are not read
# (the claim is compared afresh on its next upload).
STATE_VERSION = 28


@dataclass(frozen=True, slots=True)
class ClaimState:
    """What a claim's conflicts and status need of its members' texts, gathered once.

    Kept with a claim of at least `ANCHOR_SAMPLE` members (whose anchor a new member
    cannot move), so that `extend_claim` reads only the anchor's text and the new
    member's: the number groups by unit, every term a member negates with who negates
    and who affirms it, each member that denies what it reports with who states it,
    and whether every member's wording agrees with the anchor's. Attribution and
    certainty are read from the members' attribution (for certainty also its frame:
    "claimed that"), not their claim content.
    """

    agree: bool
    numbers: tuple[tuple[str, tuple[NumberGroup, ...]], ...]
    negated: tuple[Negated, ...]
    denied: tuple[Denial, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """A JSON value (figures as their ``repr``: JSON has no infinity) for `from_json`."""
        return {
            "version": STATE_VERSION,
            "agree": self.agree,
            "numbers": [
                [u, [[[repr(x) for x in v], s, n, list(a)] for v, s, n, a in gs]]
                for u, gs in self.numbers
            ],
            "negated": [
                [t, w, [list(m) for m in ng], [list(m) for m in af]]
                for t, w, ng, af in self.negated
            ],
            "denied": [
                [a, lb, w, list(what), list(plain), [list(m) for m in af]]
                for a, lb, w, what, plain, af in self.denied
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ClaimState | None:
        """The state `to_json` gave, or None for one stored by another version."""
        if data.get("version") != STATE_VERSION:
            return None
        return cls(
            bool(data["agree"]),
            tuple(
                (u, tuple((tuple(float(x) for x in v), s, n, tuple(a)) for v, s, n, a in gs))
                for u, gs in data["numbers"]
            ),
            tuple(
                (t, w, tuple((a, lb) for a, lb in ng), tuple((a, lb) for a, lb in af))
                for t, w, ng, af in data["negated"]
            ),
            tuple(
                (a, lb, w, tuple(what), tuple(plain), tuple((x, y) for x, y in af))
                for a, lb, w, what, plain, af in data["denied"]
            ),
        )


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """The comparison of one claim, ready to store."""

    members: tuple[ClaimStatement, ...]
    status: str
    conflicts: tuple[Conflict, ...]
    anchor: int  # position in members of the statement the others are diffed against
    diffs: tuple[tuple[tuple[int, int], ...], ...]  # per member: changed char spans in its text
    position: float  # where in the story the claim is told, 0 (top) to 1 (end)
    state: ClaimState | None = None  # kept once the claim holds ANCHOR_SAMPLE members


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
            inputs.append(AlignInput(st.article, st.statement, st.alignment_text, lead=i == 0))

    def cited(s: AlignInput, m: AlignInput) -> bool | None:
        return same_source(lookup[(s.article, s.statement)], lookup[(m.article, m.statement)])

    results = []
    for claim in align(inputs, cited=cited):
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
    texts = [_Text.of(m.content_text) for m in members]
    anchor = _anchor(texts)
    diffs = [
        _diff_against(m, texts[i], texts[anchor if i != anchor else (1 if anchor == 0 else 0)])
        for i, m in enumerate(members)
    ]
    numbers = _number_groups(members, texts)
    negated = _negated_terms(members, texts)
    denied = _denials(members, texts)
    conflicts = _find_conflicts(
        members, texts, anchor, numbers=numbers, negated=negated, denied=denied
    )
    agree = _agree(texts, anchor)
    state = ClaimState(agree, numbers, negated, denied) if len(members) >= ANCHOR_SAMPLE else None
    return ClaimResult(
        members,
        _status(conflicts, agree),
        tuple(conflicts),
        anchor,
        tuple(diffs),
        position,
        state,
    )


def extend_claim(
    claim: ClaimResult, new: ClaimStatement, position: float | None = None
) -> ClaimResult:
    """`compare_claim` of ``claim``'s members with ``new`` appended, reusing what stays.

    Once a claim holds `ANCHOR_SAMPLE` members a new one cannot move the anchor, so
    the stored diffs stand and only the new member is diffed; the conflicts and status
    are brought up to date from the claim's `ClaimState` and the new member alone (the
    entity ones against the anchor are kept and only the new member's added), so only
    the anchor's text and the new member's are read (and, for certainty, every
    member's attribution frame). A smaller claim, one stored without its state, or a
    new member negating a word no member negated before (who affirms it is not kept)
    or denying what it reports (who states it is not kept) is compared afresh.
    ``claim`` must be what `compare_claim` returned for its members (as stored).
    """
    members = (*claim.members, new)
    pos = claim.position if position is None else position
    state = claim.state
    if len(claim.members) < ANCHOR_SAMPLE or state is None:
        return compare_claim(members, pos)
    anchor = claim.anchor
    mine, anchor_text = _Text.of(new.content_text), _Text.of(members[anchor].content_text)
    negated = _negated_with(state.negated, new, mine)
    denied = _denied_with(state.denied, new, mine)
    if negated is None or denied is None:
        return compare_claim(members, pos)
    numbers = _numbers_with(state.numbers, new, mine)
    diffs = (*claim.diffs, _diff_against(new, mine, anchor_text))
    kept = [c for c in claim.conflicts if c.type == "entity"]
    seen = {c.detail for c in kept}
    for detail in _entity_conflicts_of(anchor_text, mine):
        if detail not in seen:
            seen.add(detail)
            kept.append(Conflict("entity", detail, (members[anchor].article, new.article)))
    conflicts = _conflicts(members, numbers, negated, kept, denied)
    agree = state.agree and fuzz.ratio(mine.folded, anchor_text.folded) >= AGREEMENT_RATIO
    return ClaimResult(
        members,
        _status(conflicts, agree),
        tuple(conflicts),
        anchor,
        diffs,
        pos,
        ClaimState(agree, numbers, negated, denied),
    )


@dataclass(frozen=True, slots=True)
class _Text:
    """One member's claim content as every comparison step reads it, worked out once."""

    text: str
    folded: str
    toks: tuple[Token, ...]
    norms: tuple[str, ...]
    words: frozenset[str]

    @classmethod
    def of(cls, text: str) -> _Text:
        toks = tokens(text)
        norms = folded_words(text, toks)
        return cls(text, fold(text), toks, norms, frozenset(norms))


def _diff_against(m: ClaimStatement, mine: _Text, other: _Text) -> tuple[tuple[int, int], ...]:
    # Only the claim content is diffed: who said it is shown by the attribution, not as a change.
    offset = m.content[0]
    spans = _word_diff(mine, other)[0]
    return tuple((a + offset, b + offset) for a, b in spans)


def _status(conflicts: Sequence[Conflict], agree: bool) -> str:
    if any(c.type in SUBSTANTIVE for c in conflicts):
        return "conflict"
    return "agreement" if agree else "variation"


def _agree(texts: Sequence[_Text], anchor: int) -> bool:
    """Whether every member's wording is within `AGREEMENT_RATIO` of the anchor's."""
    anchor_text = texts[anchor].folded
    return all(fuzz.ratio(t.folded, anchor_text) >= AGREEMENT_RATIO for t in texts)


def word_diff(a: str, b: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """Character spans of the words of ``a`` not in ``b``, and of ``b`` not in ``a``.

    >>> a, b = "two soldiers were killed", "three soldiers were killed"
    >>> word_diff(a, b)
    (((0, 3),), ((0, 5),))
    """
    return _word_diff(_Text.of(a), _Text.of(b))


def _word_diff(
    a: _Text, b: _Text
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    ta, tb = a.toks, b.toks
    spans_a: list[tuple[int, int]] = []
    spans_b: list[tuple[int, int]] = []
    for op in Indel.opcodes(a.norms, b.norms):
        if op.tag == "equal":
            continue
        if op.src_end > op.src_start:
            _add_span(spans_a, ta[op.src_start].start, ta[op.src_end - 1].end, a.text)
        if op.dest_end > op.dest_start:
            _add_span(spans_b, tb[op.dest_start].start, tb[op.dest_end - 1].end, b.text)
    return tuple(spans_a), tuple(spans_b)


def _add_span(spans: list[tuple[int, int]], start: int, end: int, text: str) -> None:
    # Merge spans separated only by spaces or punctuation into one highlight.
    if spans and not any(ch.isalnum() for ch in text[spans[-1][1] : start]):
        spans[-1] = (spans[-1][0], end)
    else:
        spans.append((start, end))


def _anchor(texts: Sequence[_Text]) -> int:
    """The member most like the others: the claim's most typical wording.

    Chosen among the first `ANCHOR_SAMPLE` members, by their likeness to each other.
    """
    sample = [t.folded for t in texts[:ANCHOR_SAMPLE]]
    totals = process.cdist(sample, sample, scorer=fuzz.token_set_ratio, dtype=np.float32).sum(
        axis=1
    )
    return int(np.argmax(totals))  # the first of equals: the earliest article


# --- conflicts -------------------------------------------------------------


def find_conflicts(members: Sequence[ClaimStatement], anchor: int = 0) -> list[Conflict]:
    """The differences that change what a reader would take away, with the articles involved."""
    return _find_conflicts(members, [_Text.of(m.content_text) for m in members], anchor)


def _find_conflicts(
    members: Sequence[ClaimStatement],
    texts: Sequence[_Text],
    anchor: int,
    *,
    numbers: tuple[tuple[str, tuple[NumberGroup, ...]], ...] | None = None,
    negated: tuple[Negated, ...] | None = None,
    denied: tuple[Denial, ...] | None = None,
) -> list[Conflict]:
    """`find_conflicts` on analysed members (their number groups, negated terms and
    denials if known)."""
    if numbers is None:
        numbers = _number_groups(members, texts)
    if negated is None:
        negated = _negated_terms(members, texts)
    if denied is None:
        denied = _denials(members, texts)
    base = members[anchor]
    entity: list[Conflict] = []
    seen: set[str] = set()
    for m, t in zip(members, texts, strict=True):
        if m is base:
            continue
        for detail in _entity_conflicts_of(texts[anchor], t):
            if detail not in seen:
                seen.add(detail)
                entity.append(Conflict("entity", detail, (base.article, m.article)))
    return _conflicts(members, numbers, negated, entity, denied)


def _conflicts(
    members: Sequence[ClaimStatement],
    numbers: tuple[tuple[str, tuple[NumberGroup, ...]], ...],
    negated: tuple[Negated, ...],
    entity: list[Conflict],
    denied: tuple[Denial, ...] = (),
) -> list[Conflict]:
    """The conflicts in their order: number, negation, entity, attribution, certainty.

    One negation conflict at most: a negated word another outlet affirms, else a
    denial of what another outlet states.
    """
    conflicts = _number_conflicts(numbers)
    conflicts += (
        _negation_conflicts(negated) or _denial_conflicts(denied) or _held_back_conflicts(members)
    )
    if entity:
        read = [_Text.of(m.content_text).words for m in members]
        conflicts += [c for c in entity if not _named_together(c.detail, read)]
    conflicts += _attribution_conflicts(members)
    # a forecast ("the Bank expects inflation to climb") neither hedges nor asserts; nor
    # does a report inside the claim ("launching a trade war that economists say could
    # hurt growth"): its hedge is on what that source says, not on the claim
    weighed = [m for m in members if not _forecast(m) and not m.report_inside]
    doubtful = [m.hedged or _distanced(m) for m in weighed]
    hedged = [m for m, d in zip(weighed, doubtful, strict=True) if d]
    plain = [m for m, d in zip(weighed, doubtful, strict=True) if not d]
    if hedged and all(m.kind == "none" and _REPORTED_HEDGE_RE.search(m.text) for m in hedged):
        # 'Mbappe will reportedly earn €15m a year' against 'Spanish media reported that he
        # would earn €15m': an outlet that names who reported it does not state it as fact
        plain = [m for m in plain if m.kind == "none"]
    hedged = [
        m
        for m in hedged
        if _distanced(m) or not (_hedged_elsewhere(m, plain) or _could_for_can(m, plain))
    ]
    if hedged and plain:
        conflicts.append(
            Conflict(
                "certainty",
                f"hedged in {_labels(hedged)}, stated as fact in {_labels(plain)}",
                _articles(hedged + plain),
            )
        )
    return conflicts


# Where a statement's clauses and asides meet: a hedge in one ('..., and that the toll was
# likely to rise') says nothing of how sure the other is.
_CLAUSE_EDGE_RE = re.compile(r"(?<!\d),(?!\d)|;|\s+and\s+that\b|\s[\u2013\u2014]\s")
# A hedge that says someone else reported it: an outlet naming that someone does as much.
_REPORTED_HEDGE_RE = re.compile(r"\b(?:reportedly|rumou?red)\b", re.IGNORECASE)
# Reports cited with no one named, folded: 'media reports', 'local news reports'.
_UNNAMED_REPORTS_RE = re.compile(
    r"(?:(?:some|several|unconfirmed|local|news|press|media)\s+){0,3}reports"
)


def _hedged_elsewhere(m: ClaimStatement, plain: Sequence[ClaimStatement]) -> bool:
    """Whether every hedge in a hedged member lies in a clause that shares no word with
    the members stating the claim plainly: Reuters' 'the committee said at least 133
    people had been killed and that the toll was likely to rise' hedges the rise, not
    the toll AP gives as 'more than 130 people were killed'."""
    hedges = list(HEDGE_RE.finditer(m.text))
    if not hedges or not plain:
        return False
    stated = {t for p in plain for t in similarity.terms(p.text)}
    for h in hedges:
        lo = max((e.end() for e in _CLAUSE_EDGE_RE.finditer(m.text, 0, h.start())), default=0)
        nxt = _CLAUSE_EDGE_RE.search(m.text, h.end())
        hi = nxt.start() if nxt else len(m.text)
        clause = similarity.terms(m.text[lo : h.start()] + " " + m.text[h.end() : hi])
        if stated.intersection(clause):
            return False
    return True


_CAN_RE = re.compile(r"\bcan\b", re.IGNORECASE)


def _could_for_can(m: ClaimStatement, plain: Sequence[ClaimStatement]) -> bool:
    """Whether a member's only hedge is a reported 'could' that another member quotes as
    'can': 'He said ... America could still do big things' tells 'America can do big
    things' in the past, and doubts nothing."""
    hedges = [h.group().lower() for h in HEDGE_RE.finditer(m.text)]
    return (
        m.kind != "none"
        and bool(hedges)
        and all(h == "could" for h in hedges)
        and any(_CAN_RE.search(p.text) for p in plain)
    )


def _distanced(m: ClaimStatement) -> bool:
    """Whether the member's attribution frame keeps its distance from what it reports
    ("she claimed that ...", "police alleged that ..."): a hedge, as "reportedly" is."""
    return _in_frame(m, _distancing)


def _distancing(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """A distancing word in ``text[pos:endpos]``; not 'claimed responsibility for the
    attack' (the claim to have done it, as what the claim goes on to say shows)."""
    for found in _DISTANCING_RE.finditer(text, pos, len(text) if endpos is None else endpos):
        if not _OWNED_UP_RE.match(text, found.end()):
            return found
    return None


_OWNED_UP_RE = re.compile(r"\s+(?:responsibility|credit)\b", re.IGNORECASE)


def _in_frame(m: ClaimStatement, search: Callable[..., re.Match[str] | None]) -> bool:
    """Whether ``search`` finds a word in the member's attribution frame (its text outside
    the claim content); False where it has no frame."""
    start, end = m.content
    if not (start or end < len(m.text)):
        return False
    # after the claim, the frame ends at its next comma: ', the National Disaster Centre
    # said on Monday[, a figure roughly three times higher than an estimate ...]'
    opens = _WORD_RE.search(m.text, end)
    after = _FRAME_AFTER_END_RE.search(m.text, opens.start()) if opens else None
    return bool(
        search(m.text, 0, start) or search(m.text, end, after.start() if after else len(m.text))
    )


_FRAME_AFTER_END_RE = re.compile(r"(?<=\w)[,;]\s")


# A claim's subject and verb: its first few words.
_FORECAST_OPENING_RE = re.compile(r"\W*(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+")


def _forecast(m: ClaimStatement) -> bool:
    """Whether the member's frame reports a forecast ("the Bank expects inflation to
    climb"): what someone sees coming, which is neither hedged against a statement of
    the same thing ("inflation is forecast to rise") nor stated as fact against one
    ("inflation will rise")."""
    if _in_frame(m, _FORECASTING):
        return True
    # '[Maersk said] it expected each day of stoppage to take four to six days to clear':
    # the claim opens with its subject's forecast
    start, end = m.content
    opening = _FORECAST_OPENING_RE.match(m.text, start, end)
    return bool(opening and _FORECASTING(opening.group()))


def _labels(members: Sequence[ClaimStatement], most: int = 3) -> str:
    return _names([m.label for m in members], most)


def _names(labels: Iterable[str], most: int = 3) -> str:
    names = list(dict.fromkeys(labels))
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def _articles(members: Sequence[ClaimStatement]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(m.article for m in members))


def _number_groups(
    members: Sequence[ClaimStatement], texts: Sequence[_Text]
) -> tuple[tuple[str, tuple[NumberGroup, ...]], ...]:
    """Per unit (in the order first given), the groups of members giving one set of values."""
    by_unit: dict[str, dict[tuple[float, ...], list[Any]]] = {}
    for m, t in zip(members, texts, strict=True):
        _add_numbers(by_unit, m.article, t)
    return tuple(
        (unit, tuple((v, sf, noun, tuple(arts)) for v, (sf, noun, arts) in groups.items()))
        for unit, groups in by_unit.items()
    )


# A figure counted the world over.
_WORLDWIDE_RE = re.compile(
    r"\b(?:worldwide|world-wide|globally|(?:around|across)\s+the\s+(?:world|globe))\b",
    re.IGNORECASE,
)
# A non-restrictive relative clause about a person, to its closing comma or the end.
_WHO_CLAUSE_RE = re.compile(r",\s+(?:who|whose)\b[^,;:()\"\u201c\u201d]*(?:,|$)", re.IGNORECASE)


# A non-restrictive relative clause about a thing that dates what it tells by a year.
_DATED_WHICH_CLAUSE_RE = re.compile(
    r",\s+which\b[^,;:()\"\u201c\u201d]*\b(?:19|20)\d\d\b[^,;:()\"\u201c\u201d]*(?:,|$)"
)


def _add_numbers(
    by_unit: dict[str, dict[tuple[float, ...], list[Any]]], article: int, t: _Text
) -> None:
    """Add one member's figures to its groups: [first wording, first noun, articles]."""
    found: dict[str, list[Quantity]] = {}
    toks, norms = t.toks, t.norms
    aside = [m.span() for m in _WHO_CLAUSE_RE.finditer(t.text)]
    # 'The party, which won 25 seats in 2021, fell below ...': a past year's figure
    aside += [m.span() for m in _DATED_WHICH_CLAUSE_RE.finditer(t.text)]
    if aside:
        # 'Vangen, who led the town for eight years, will appeal': a figure about who the
        # claim is about, not what it says
        keep = [i for i, tok in enumerate(toks) if not any(a <= tok.start < b for a, b in aside)]
        toks, norms = tuple(toks[i] for i in keep), tuple(norms[i] for i in keep)
    # 'More than 5,000 flights were cancelled globally' counts more than 'flights in the
    # U.S.' do: a worldwide figure is compared with worldwide figures only
    scope = "@world" if _WORLDWIDE_RE.search(t.text) else ""
    place = _counted_in(t)
    if place and not scope:
        # 'At least 35 people were killed in Cebu province' and 'killed at least 52 people
        # in the central Philippines' count in two places (`_scoped_together`)
        scope = PLACE_SCOPE + place
    listed = _listed_shares(t.text)
    for q in read_quantities(t.text, toks, norms):
        # 'Japan 24%, South Korea 25%' and '34% for China, 24% for Japan': each share
        # is compared with the same one's only
        whose = listed.get(q.value) if q.unit == "%" else None
        found.setdefault(q.unit + scope + (LISTED_FOR + whose if whose else ""), []).append(q)
    for unit, qs in found.items():
        groups = by_unit.setdefault(unit, {})
        bounds = sorted({q.bounds for q in qs})
        values = tuple(x for b in bounds for x in b)
        group = groups.get(values)
        if group is None:
            # the first figure as written, then each figure's wording in the order of
            # ``values`` (`_surface`)
            each = [next(q.surface for q in qs if q.bounds == b) for b in bounds]
            groups[values] = [SURFACE_SEP.join([qs[0].surface, *each]), qs[0].noun, [article]]
        else:
            group[1] = group[1] or qs[0].noun
            group[2].append(article)


# Between a unit and the place its statement counts in (`_counted_in`).
PLACE_SCOPE = "@in:"
# Words after a place's name that make it a part of a country a figure is counted for.
_ADMINISTRATIVE = frozenset(
    ["province", "state", "region", "district", "county", "prefecture", "governorate", "oblast"]
)
# ...and any word after a place's name that says what kind of place it is: 'in Cebu province'.
_KINDS_OF_PLACE = _ADMINISTRATIVE | frozenset(
    ["city", "town", "village", "area", "island", "islands", "municipality"]
)
# Words between 'in' and a place's name: 'in the central Philippines'.
_PLACE_QUALIFIERS = frozenset(
    ["the", "central", "northern", "southern", "eastern", "western", "north", "south", "east",
     "west", "northeastern", "northwestern", "southeastern", "southwestern", "coastal"]
)  # fmt: skip


def _counted_in(t: _Text) -> str:
    """The country, province, state or region a statement's figures are counted in, by
    the stem of its name's first word: the first named after its first figure in the same
    clause ('cebu' of 'At least 35 people were killed in Cebu province on Tuesday'), else
    the last before it ('In Jamaica, three people died'); "" where it names none. A name
    that qualifies a noun after it is no place ('in the Red Fort blast', 'in Israeli
    strikes'), nor is one of a list ('in Poland, Romania and Austria' counts in all)."""
    toks, norms = t.toks, t.norms
    figure = next(
        (
            i
            for i, tok in enumerate(toks)
            if (tok.text[:1].isdigit() or parse_number(norms[i]))
            and not _YEAR_RE.fullmatch(tok.text)  # 'In October 2023, a magnitude 6.3 ...'
            and not (i and norms[i - 1] in MONTHS)
        ),
        None,
    )
    if figure is None:
        return ""
    before = ""
    for i, n in enumerate(norms):
        if n != "in" or not toks[i].text.islower():
            continue
        if i > figure and _CLAUSE_BREAK_RE.search(t.text, toks[figure].end, toks[i].start):
            break  # 'won 72 seats, while ... Farage [was] elected in Clacton': another clause
        k = i + 1
        while k < len(toks) and norms[k] in _PLACE_QUALIFIERS and toks[k].text.islower():
            k += 1
        end = k
        while end < len(toks) and toks[end].text[:1].isupper() and toks[end].text.isalpha():
            end += 1
        if end == k or norms[k] in MONTHS or norms[k] in WEEKDAYS:
            continue
        after = toks[end].text if end < len(toks) else ""
        if _LISTED_PLACE_RE.match(t.text, toks[end - 1].end):
            continue  # 'in the Carolinas, Georgia, Virginia': a list of places
        if (
            after.islower()
            and after.isalpha()
            and after not in _KINDS_OF_PLACE
            and after not in STOPWORDS
            and wordnet.noun_class(after) is not None
        ):
            continue  # 'in the Red Fort blast': a name made an adjective
        name = fold(" ".join(tok.text for tok in toks[k:end]))
        # a country, or a part of one a toll is counted for ('in Cebu province'); a city
        # or a place named otherwise is where it happened ('in Novi Sad', 'in northern
        # Serbia' may count one event's dead)
        place = stem(norms[k]) if similarity.a_country(name) or after in _ADMINISTRATIVE else ""
        if i > figure:
            return place
        before = place
    return before


_YEAR_RE = re.compile(r"(?:18|19|20)\d\d")
# What ends a figure's clause before a place: 'won 72 seats[,] while'.
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
# Another place after a place's name, in a list: ', Georgia', ' and Austria'.
_LISTED_PLACE_RE = re.compile(r"(?:\s*,\s*|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")


def _scoped_together(
    numbers: tuple[tuple[str, tuple[NumberGroup, ...]], ...],
) -> list[tuple[str, tuple[NumberGroup, ...]]]:
    """Per unit, the groups compared with each other: a figure counted in one country,
    province or region (`_counted_in`) is compared with those counted in the same and
    those counted in none, not with another's ('35 in Cebu province' beside '52 in the
    Philippines')."""
    placed = {u.partition(PLACE_SCOPE)[0] for u, _ in numbers if PLACE_SCOPE in u}
    if not placed:
        return list(numbers)
    plain = {u: gs for u, gs in numbers if PLACE_SCOPE not in u}
    out = []
    for unit, groups in numbers:
        base = unit.partition(PLACE_SCOPE)[0]
        if PLACE_SCOPE in unit:
            out.append((base, _merged((*plain.get(base, ()), *groups))))
        elif unit not in placed:
            out.append((unit, groups))
    return out


def _merged(groups: Iterable[NumberGroup]) -> tuple[NumberGroup, ...]:
    """Groups with one group per value, their members together, in the order they come."""
    merged: dict[tuple[float, ...], NumberGroup] = {}
    for g in sorted(groups, key=lambda g: min(g[3])):
        known = merged.get(g[0])
        if known is not None:
            g = (known[0], known[1], known[2] or g[2], (*known[3], *g[3]))
        merged[g[0]] = g
    return tuple(merged.values())


# Between a share's unit and the name it is listed for (`_listed_shares`).
LISTED_FOR = "#"
# A name a share is listed for, before it ('Japan 24%', 'Japan at 24%') or after it ('24%
# for Japan'): up to four capitalised words.
_LIST_NAME = r"((?:[A-Z][\w\u2019'.&-]*)(?:\s+(?:of\s+)?[A-Z][\w\u2019'.&-]*){0,3})"
_LIST_SHARE = r"(\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)"
_NAME_THEN_SHARE_RE = re.compile(r"\b" + _LIST_NAME + r"(?:\s+(?:at|on))?\s+" + _LIST_SHARE)
_SHARE_THEN_NAME_RE = re.compile(_LIST_SHARE + r"\s+(?:for|on)\s+(?:the\s+)?" + _LIST_NAME)
_LISTED_AT_LEAST = 2  # names with a share each that make a list


def _listed_shares(text: str) -> dict[float, str]:
    """The names a statement lists shares for, by share, where it lists two or more
    ('Imports from the European Union will be hit with 20%, Japan 24%, South Korea 25%':
    {24.0: 'Japan', 25.0: 'South Korea'}); a share listed for two names is left out.
    Empty for a statement that lists none ('The S&P 500 fell 3.4%')."""
    found: dict[float, set[str]] = {}
    for m in _NAME_THEN_SHARE_RE.finditer(text):
        if m.group(1).split()[0] not in _SENTENCE_OPENERS:
            found.setdefault(float(m.group(2)), set()).add(m.group(1))
    for m in _SHARE_THEN_NAME_RE.finditer(text):
        found.setdefault(float(m.group(1)), set()).add(m.group(2))
    names = {v: next(iter(ns)) for v, ns in found.items() if len(ns) == 1}
    return names if len(set(names.values())) >= _LISTED_AT_LEAST else {}


_SENTENCE_OPENERS = frozenset(["The", "A", "An", "In", "On", "At", "By", "About", "Some", "Up"])


def _numbers_with(
    numbers: tuple[tuple[str, tuple[NumberGroup, ...]], ...], new: ClaimStatement, t: _Text
) -> tuple[tuple[str, tuple[NumberGroup, ...]], ...]:
    """``numbers`` (a claim's number groups) with one more member's figures added."""
    by_unit: dict[str, dict[tuple[float, ...], list[Any]]] = {
        unit: {v: [sf, noun, list(arts)] for v, sf, noun, arts in groups}
        for unit, groups in numbers
    }
    _add_numbers(by_unit, new.article, t)
    return tuple(
        (unit, tuple((v, sf, noun, tuple(arts)) for v, (sf, noun, arts) in groups.items()))
        for unit, groups in by_unit.items()
    )


def _number_conflicts(
    numbers: tuple[tuple[str, tuple[NumberGroup, ...]], ...],
) -> list[Conflict]:
    """Members that give different, non-overlapping figures for the same thing counted
    (a bound or an estimate allows a range: "at least 10" and "12" do not conflict)."""
    conflicts: list[Conflict] = []
    for unit, groups in _scoped_together(numbers):
        ranked = sorted(groups, key=lambda g: -len(g[3]))
        # against the most given figure, or else the next that some other does not meet:
        # '158' meets 'at least 158' and 'at least 95', which do not meet each other
        for n, first in enumerate(ranked):
            rivals = [
                g
                for g in ranked[n + 1 :]
                if not _ranges_meet(first[0], g[0])
                and not _paid_for_apart(unit, first[2], g[2])
                and not _told_apart(first, g, groups)
                and not _broken_down(first, g, unit, numbers)
                and not _summed(first, g, unit, numbers)
            ]
            if rivals:
                break
        if not rivals:
            continue
        ranked = [first, *(g for g in ranked if g is not first)]
        # Figures the first allows that a rival does not ("at least 10" and "12" against
        # "no more than 8") stand on the first's side.
        allies = [
            g
            for g in ranked[1:]
            if g not in rivals and any(not _ranges_meet(g[0], r[0]) for r in rivals)
        ]
        nouns = [g[2] for g in (first, *allies, *rivals) if g[2]]
        noun = f" {nouns[0]}" if nouns and unit not in NOUNLESS_UNITS else ""
        apart = None
        if len(rivals) == 1 and not allies:
            apart = _set_aside(first[0], rivals[0][0]) or _nearest(first, rivals[0])
        if apart is not None:
            # "8.7% vs 8.4 percent", not the "as much as 15.7%" both give
            surfaces = [_surface(first[1], apart[0]), _surface(rivals[0][1], apart[1])]
        else:
            side = ", ".join(dict.fromkeys([_surface(first[1])] + [_surface(g[1]) for g in allies]))
            # each figure once: "$12.9 billion vs $2.8 billion", where two rivals give it
            surfaces = list(dict.fromkeys([side] + [_surface(g[1]) for g in rivals]))
        involved = [*first[3], *(a for g in (*allies, *rivals) for a in g[3])]
        if noun and any(_UNIT_JOINED_RE.search(sf) for sf in surfaces):
            # "more than 30 years vs 19-year", not "more than 30 vs 19-year years"
            shown = " vs ".join(sf if _UNIT_JOINED_RE.search(sf) else sf + noun for sf in surfaces)
        else:
            shown = " vs ".join(surfaces) + noun
        if LISTED_FOR in unit:
            shown = f"{unit.partition(LISTED_FOR)[2]}: {shown}"  # 'South Korea: 25% vs 26%'
        conflict = Conflict("number", shown, tuple(dict.fromkeys(involved)))
        if conflict not in conflicts:  # figures of no place, compared with each place's
            conflicts.append(conflict)
    return conflicts


def _nearest(x: NumberGroup, y: NumberGroup) -> tuple[int, int] | None:
    """Where one group gives one figure and the other several, each written apart, the
    positions of the two closest, which the detail shows: "147 vs 149 votes", not "237 vs
    149 votes" where one outlet gives 237 votes for one candidate and 147 for another;
    else None ("between 40 and 90 meters" is one range, shown whole)."""
    a, b = x[0], y[0]
    if (len(a) == 2) == (len(b) == 2):
        return None
    written = (x if len(a) > 2 else y)[1].split(SURFACE_SEP)[1:]
    if any(p != q and q in p for p in written for q in written):
        return None
    mids_a = [(a[i] + a[i + 1]) / 2 for i in range(0, len(a), 2)]
    mids_b = [(b[k] + b[k + 1]) / 2 for k in range(0, len(b), 2)]
    if not all(math.isfinite(x) for x in mids_a + mids_b):
        return None
    return min(
        ((i, k) for i in range(len(mids_a)) for k in range(len(mids_b))),
        key=lambda p: abs(mids_a[p[0]] - mids_b[p[1]]),
    )


def _summed(
    a: NumberGroup,
    b: NumberGroup,
    unit: str,
    numbers: tuple[tuple[str, tuple[NumberGroup, ...]], ...],
) -> bool:
    """Whether the members giving one count of people also give, of other people, the rest
    of the other figure: "two pilots and 10 cabin crew" beside "12 crew members" (session
    58: "12 vs 10 members"). Fates are not summed ("five killed and seven injured" is no
    twelve killed), nor things ("10 games" and "four scores" are no 14 games)."""
    if ":" in unit or not _people(unit):
        return False
    for whole, part in ((a, b), (b, a)):
        if not (_point(whole) and _point(part)) or whole[0][0] <= part[0][0]:
            continue
        rest = whole[0][0] - part[0][0]
        if all(
            any(
                article in g[3] and _point(g) and g[0][0] == rest
                for u, gs in numbers
                if u != unit and ":" not in u and _people(u)
                for g in gs
            )
            for article in part[3]
        ):
            return True
    return False


def _people(unit: str) -> bool:
    """Whether a unit counts people: "member", "pilot", "crew" (not "game", "score")."""
    return wordnet.noun_class(unit) in ("person", "group")


def _point(g: NumberGroup) -> bool:
    """Whether a group gives one figure, no range nor bound: "12", not "at least 12"."""
    return len(g[0]) == 2 and g[0][0] == g[0][1]


def _broken_down(
    a: NumberGroup,
    b: NumberGroup,
    unit: str,
    numbers: tuple[tuple[str, tuple[NumberGroup, ...]], ...],
) -> bool:
    """Whether the members of one group all give the other's figure too, counted apart:
    "at least seven deaths in the Caribbean: three in Jamaica, three in Haiti" beside "Three
    persons died" (a part of the whole), "lost two seats and ended with 22" beside
    "finished with 22 seats" (the same count, told another way). A figure of the same unit
    ("seven, up from three") is an update, and the groups meet."""
    kind = unit.partition(":")[0]
    given = [
        (g[3], pairs)
        for u, gs in numbers
        # "one person has died and seven are missing": another fate is another count
        if u != unit and u.partition(":")[0] != kind
        for g in gs
        if (pairs := list(zip(g[0][::2], g[0][1::2], strict=True)))
    ]
    for x, y in ((a, b), (b, a)):
        if len(y[0]) != 2 or y[0][0] != y[0][1]:
            continue  # a point figure only: "three", not "at least seven"
        if all(any(article in who and y[0] in pairs for who, pairs in given) for article in x[3]):
            return True
    return False


def _told_apart(a: NumberGroup, b: NumberGroup, groups: Sequence[NumberGroup]) -> bool:
    """Whether a third member gives both figures as two things, one meeting each: "rose 9%"
    and "down 3 percent" beside "fell 3% ..., while client computing grew 9%" (two units'
    figures, each outlet giving one)."""
    for h in groups:
        if h is a or h is b or len(h[0]) < 4:
            continue
        pairs = [h[0][i : i + 2] for i in range(0, len(h[0]), 2)]
        meets = [(_ranges_meet(p, a[0]), _ranges_meet(p, b[0])) for p in pairs]
        if (True, False) in meets and (False, True) in meets:
            return True
    return False


def _paid_for_apart(unit: str, noun: str, other: str) -> bool:
    """Whether two amounts of money are for two things each names (`figures._money_for`):
    "a $12,000 ratification bonus" and "a one-time $5,000 contribution"; not where either
    names none ("$12,000", "a bonus of $12,000")."""
    return (
        unit[:1] in CURRENCY_SIGNS
        and bool(noun and other)
        and similarity.term(noun) != similarity.term(other)
    )


# A figure written with what it counts joined on: "19-year", "12-hour", "1 hour and 45
# minutes"; or told with the verb that says what befell them: "injuring nearly 200".
_UNIT_JOINED_RE = re.compile(
    r"\d-[a-z]+$|\b(?:seconds?|minutes?|hours?)$|^(?!estimated\b)[a-z]+(?:ing|ed)\s"
    r"|^(?:kills?|injures?|wounds?)\s"  # 'floods kill five'
)


def _ranges_meet(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Whether a figure of one group's (low, high) pairs, flattened, meets one of the other's.

    Two bounds the same way ("at least 632" and "at least 820" killed) are two counts
    told, not two ranges: they meet only within BOUNDS_APART of each other ("more than
    600" and "at least 632"). A figure both give alike is set aside where each gives one
    other, of about one size: "as much as 15.7% ... closing down 8.7%" and "closed 8.4
    percent lower after plunging as much as 15.7 percent" differ at the close (not "fell
    3.1% and the S&P 500 lost 1.5%" and "a third of the S&P 500, which fell 1.5 per
    cent", whose other figures count two things)."""
    pairs_a = [(a[i], a[i + 1]) for i in range(0, len(a), 2)]
    pairs_b = [(b[k], b[k + 1]) for k in range(0, len(b), 2)]
    apart = _set_aside(a, b)
    if apart is not None:
        pairs_a, pairs_b = [pairs_a[apart[0]]], [pairs_b[apart[1]]]
    return any(_meet(*x, *y) for x in pairs_a for y in pairs_b)


def _set_aside(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[int, int] | None:
    """Where two groups' figures ((low, high) pairs, flattened) are alike but for one each,
    of about one size (`_ranges_meet`), the positions of those two; else None."""
    pairs_a = [(a[i], a[i + 1]) for i in range(0, len(a), 2)]
    pairs_b = [(b[k], b[k + 1]) for k in range(0, len(b), 2)]
    rest_a = [n for n, p in enumerate(pairs_a) if p not in pairs_b]
    rest_b = [n for n, p in enumerate(pairs_b) if p not in pairs_a]
    if len(rest_a) == len(rest_b) == 1 < len(pairs_a) and _about_one_size(
        pairs_a[rest_a[0]], pairs_b[rest_b[0]]
    ):
        return rest_a[0], rest_b[0]
    return None


SIZES_APART = 1.5  # how many times the other a figure set beside another may be


def _about_one_size(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two exact figures, (low, high) each, lie within SIZES_APART times."""
    if math.inf in (a[1], b[1]) or 0.0 in (a[0], b[0]):
        return False  # a bound, not a figure
    small, large = sorted((a[0], b[0]))
    return small > 0 and large <= SIZES_APART * small


# Between the wordings a group of figures keeps (`_add_numbers`).
SURFACE_SEP = "\x1f"


def _surface(stored: str, position: int | None = None) -> str:
    """A group's wording as shown: its first figure as written, or the figure at
    ``position`` in the group's values."""
    parts = stored.split(SURFACE_SEP)
    return parts[0] if position is None or position + 1 >= len(parts) else parts[position + 1]


# How far apart, as a share of the larger, two bounds the same way may be and still be
# one count told: "more than 600" and "at least 632" are; "at least 632" and "at least
# 820" are not.
BOUNDS_APART = 0.1


def _meet(low: float, high: float, other_low: float, other_high: float) -> bool:
    if not (low <= other_high and other_low <= high):
        return False
    if high == other_high == math.inf:
        least, most = sorted((low, other_low))
        return most - least <= max(_bound_margin(least, most), _round_step(least) - 1e-9)
    if low == other_low == 0.0:
        least, most = sorted((high, other_high))
        return most - least <= max(BOUNDS_APART * most, _round_step(most) - 1e-9)
    return True


def _bound_margin(least: float, most: float) -> float:
    """How far above a lower bound ``least`` another lower bound of one count may lie:
    BOUNDS_APART of the larger ("more than 600" and "at least 632"), but nothing between
    two small whole counts where the lesser is not round ("at least 14" and "at least 15"
    killed are two tolls told)."""
    if least < 100 and least % 10 and least.is_integer() and most.is_integer():
        return 0.0
    return BOUNDS_APART * most


def _round_step(value: float) -> float:
    """What the last non-zero digit of a whole, round figure stands for: 1,000 for "more
    than 3,000", which a count up to 4,000 may be told as ("at least 3,400"), as a count
    under 700 may be told "more than 600"; 0 for a figure no rounder than its units
    ("at least 632" and "at least 820" are two counts told)."""
    if value < 100 or value != int(value):
        return 0.0
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    return float(step) if step >= 100 else 0.0


def negated_terms(text: str) -> set[str]:
    """Stems of the words a negation governs: 'will not interfere' -> {'interfere'}; an
    irregular verb at its base form ('withdrawn' -> 'withdraw').

    >>> sorted(negated_terms("They did not attack the base and refused talks."))
    ['attack', 'talk']
    >>> sorted(negated_terms("No, the army has no longer fully withdrawn."))
    ['withdraw']
    """
    return {term.removesuffix(PAST) for term in _negations(_Text.of(text))}


_VOTES = frozenset(["vote", "votes", "voted", "voting"])


def _is_negator(t: _Text, i: int) -> bool:
    """Whether token ``i`` negates what follows: not the interjection "No," nor a
    negative word that opens an idiom affirming what follows (`AFFIRMING_IDIOMS`)."""
    norm = t.norms[i]
    if norm in NEGATIONS_BEFORE_TO:
        return i + 1 < len(t.norms) and t.norms[i + 1] == "to"
    if norm == "down":
        # "voted down the decree" rejects it, as "voted to reject the decree" does
        return i > 0 and t.norms[i - 1] in _VOTES
    if not (norm in NEGATIONS or norm.endswith("n't")):
        return False
    if norm == "no" and t.text[t.toks[i].end : t.toks[i].end + 1] in (",", "!", "?"):
        return False  # "No, the army did not ...": an answer, not a negation of "the"
    if norm == "no" and (
        t.text[t.toks[i].end : t.toks[i].end + 1] == "."
        or (i + 1 < len(t.norms) and t.norms[i + 1][:1].isdigit())
    ):
        return False  # "the No 10 signal", "No. 8": a label's number, or an answer's stop
    if norm == "not" and i > 0 and t.norms[i - 1] in ("may", "might"):
        # "some systems might not recover automatically": a doubt (a hedge), which denies
        # nothing another outlet states
        return False
    return not _AFFIRMING.follows(t.norms, i)


def _clause_breaks(t: _Text, k: int) -> bool:
    """Whether a new clause starts at token ``k`` (a negation's scope ends there)."""
    gap = t.text[t.toks[k - 1].end : t.toks[k].start]
    return any(ch in gap for ch in ".;!?") or t.norms[k] in CLAUSE_STARTS


@lru_cache(maxsize=16384)
def _negation_stem(norm: str) -> str:
    """A word's stem as negations compare it, an irregular verb at its base form: "did not
    leave" is negated by "left", as "did not attack" by "attacked"; a verb of letting as
    'allow' ("Don't let fear ..." and "Let us not allow fear ...")."""
    base = wordnet.base_form(norm, "v") or norm
    return stem(_LETTING.get(base, base))


# Verbs of letting, negated alike: "Don't let fear freeze your hearts", "Let us not allow
# fear to freeze our hearts" (session 58: read as a negation against an affirmation).
_LETTING = {"let": "allow", "permit": "allow"}


def _negations(t: _Text) -> dict[str, str]:
    """Governed stem -> the words from the negation to it, as written ('not attack').

    The governed word is the first one after the negation that says what is negated:
    function words, "longer" ("no longer") and adverbs in -ly ("not immediately") are
    passed over, at most three words on, within the clause. A word of opposite meaning
    (`OPPOSITES`: "fell" against "rose") negates the key "~" + its pair's name.
    """
    found: dict[str, str] = {}
    past: set[str] = set()
    if not t.words.isdisjoint(_OPPOSITE_KEYS):
        _add_opposites(t, found)
    if (
        t.words.isdisjoint(NEGATIONS)
        and t.words.isdisjoint(NEGATIONS_BEFORE_TO)
        and "n't" not in t.folded
        and "down" not in t.words
    ):
        return found  # no negation word, and no norm can end in "n't"
    text, toks, norms = t.text, t.toks, t.norms
    for i in range(len(norms)):
        if not _is_negator(t, i):
            continue
        if norms[i] in _DENIAL_VERBS and i + 1 < len(norms) and norms[i + 1] == "that":
            continue  # "denied that troops crossed": a denial of a clause (`refutation`)
        if _vowed(t, i):
            continue  # "a leader who once vowed he would never face foreign judges"
        if i and norms[i - 1] in _MUSTS:
            continue  # "nuclear weapons must never be used again": what ought not be, not a fact
        governed = None
        if norms[i] == "none" and i + 1 < len(norms) and norms[i + 1] == "of":
            # "none of the objections would have a material impact", "none of which would
            # materially affect": what none of them does is denied, not the objections
            act = _act_of_none(t, i)
            if act is not None:
                end = _qualified_to(t, i, act)
                found.setdefault(_negation_stem(norms[act]), text[toks[i].start : toks[end].end])
            continue
        for k in range(i + 1, min(i + 5, len(toks))):
            if _clause_breaks(t, k):
                break
            if (
                norms[k] not in STOPWORDS
                and norms[k] not in _PASSED_OVER
                and not (norms[k].endswith("ly") and len(norms[k]) > 4)
            ):
                governed = k
                break
        if governed is not None:
            governed = _possessed(t, governed)
        if governed == i + 1 and norms[i] in ("deny", "denies", "denied", "denying"):
            governed = _denied_thing(t, governed)
        if governed is not None and norms[i] in _DETERMINER_NEGATIONS:
            governed = _noun_run_head(t, governed)
        if (
            governed is not None
            and norms[governed] in _CLAIM_NOUNS
            and governed + 2 < len(norms)
            and norms[governed + 1] == "of"
            and norms[governed + 2] not in STOPWORDS
            and not _clause_breaks(t, governed + 2)
        ):
            governed += 2  # "there were no reports of injuries": the injuries are denied
        if governed is not None and norms[i] == "no":
            governed = _act_of_no_subject(norms, governed)
        if governed is not None and _not_until(t, governed):
            continue  # "did not lower it to the No 8 signal until 1.20pm": it did, later
        if governed is not None and _object_contrasted(t, governed):
            continue  # "did not belong to him but to the newspaper": it belongs, elsewhere
        if governed is not None and norms[governed] not in _CLAIM_NOUNS:
            # ("denied reports that ...": what is denied is the report's content, see
            # `refutation`, not the word "reports")
            end = _qualified_to(t, i, governed)
            found.setdefault(_negation_stem(norms[governed]), text[toks[i].start : toks[end].end])
            if _past_negation(norms, i):
                past.add(_negation_stem(norms[governed]))
    return {
        term + PAST if term in past else term: words
        for term, words in _without_contrasts(t, found).items()
    }


_UNTIL_WORDS = 8  # words from a negated verb to the 'until' that says when it did happen


def _not_until(t: _Text, governed: int) -> bool:
    """Whether 'until' follows a negated word in its clause: "did not lower it to the No 8
    signal until 1.20pm" says when it was lowered, not that it was not."""
    for k in range(governed + 1, min(governed + 1 + _UNTIL_WORDS, len(t.toks))):
        if _clause_breaks(t, k):
            return False
        if t.norms[k] == "until":
            return True
    return False


_POSSESSOR_WORDS = 6  # words of a name that owns what is negated, at most


def _possessed(t: _Text, governed: int) -> int:
    """What a name in the possessive owns, where the negated word opens that name:
    "request" in "rejected the Department of Justice's request" (the request is rejected,
    not the department); else ``governed``."""
    toks = t.toks
    for k in range(governed, min(governed + _POSSESSOR_WORDS, len(toks) - 1)):
        word = toks[k].text
        if not (word[:1].isupper() or t.norms[k] in ("of", "the", "and")):
            return governed
        if word.endswith(("'s", "\u2019s")):
            return k + 1
    return governed


_DENIED_AFTER = frozenset(["the", "a", "an", "their", "its", "his", "her", "any"])


def _denied_thing(t: _Text, governed: int) -> int:
    """What 'deny' withholds where it names whom first: "quorum" in "deny Republicans the
    quorum" (the quorum is denied, not the Republicans; session 57); else ``governed``."""
    toks, norms = t.toks, t.norms
    k = governed + 1
    while k < len(toks) and toks[k].text[:1].isupper() and toks[governed].text[:1].isupper():
        k += 1  # the rest of a name: 'deny Rafael Nadal the title'
    if k >= len(toks) or norms[k] not in _DENIED_AFTER or _clause_breaks(t, k):
        return governed
    for j in range(k + 1, min(k + 4, len(toks))):
        if _clause_breaks(t, j):
            break
        if norms[j] not in STOPWORDS:
            return j
    return governed


# Negations that stand before a noun phrase, whose head is what they deny: "without
# federal help" denies help, not what is federal.
_DETERMINER_NEGATIONS = frozenset(["no", "without"])
_NOUN_RUN = 3  # words of a noun phrase after such a negation, at most: "no major new taxes"


def _noun_run_head(t: _Text, governed: int) -> int:
    """The last word of the run of words in lower case that opens at token ``governed``
    after "no" or "without": "help" of "without federal help" (a form in -ing stays, "without
    warning residents" denies the warning)."""
    toks, norms = t.toks, t.norms
    if governed and t.text[toks[governed - 1].end : toks[governed].start] == "-":
        return governed  # 'a no-confidence motion': one word, and the motion is no negation
    k = governed
    while (
        k + 1 < len(toks)
        and not t.text[toks[k].end : toks[k + 1].start].strip()  # 'without a vote, using'
        and k + 1 - governed < _NOUN_RUN
        and not norms[k].endswith("ing")
        and not _plural_noun(toks[k].text.lower())  # "no casualties reported"
        and norms[k + 1] not in STOPWORDS
        and toks[k + 1].text.isalpha()
        and toks[k + 1].text.islower()
        and wordnet.noun_class(toks[k + 1].text) is not None
        and not _clause_breaks(t, k + 1)
    ):
        k += 1
    return k


def _plural_noun(word: str) -> bool:
    """Whether a lower-case word is a noun's plural ('casualties', 'vehicles')."""
    return word.endswith("s") and wordnet.base_form(word, "n") not in (None, word)


# Verbs of a promise: what one vows not to do is no fact, done or not ("vowed he would
# never face foreign judges" against "was flown to face charges").
_VOWS = frozenset(
    ["vow", "vows", "vowed", "pledge", "pledges", "pledged", "promise", "promises", "promised",
     "swore", "swear", "swears", "sworn"]
)  # fmt: skip
_VOW_WORDS = 3  # words from a vow to its negation: "vowed he would never"
# Modals of what ought to be: "must never be used", "ought not".
_MUSTS = frozenset(["must", "ought", "mustn't"])


def _vowed(t: _Text, i: int) -> bool:
    """Whether the negation at token ``i`` is what someone vows, within its clause."""
    for k in range(i - 1, max(-1, i - 1 - _VOW_WORDS), -1):
        if t.norms[k] in _VOWS:
            return True
        if _clause_breaks(t, k + 1):
            return False
    return False


_NONE_OF_WORDS = 6  # words from "none of" to its verb: "none of the 500 objections would"


def _act_of_none(t: _Text, i: int) -> int | None:
    """What "none of them" at token ``i`` does, which is denied: the first word that says
    what after the auxiliary (`_AUXILIARIES`) that follows them, within the clause ("none of which would
    materially [affect]", "none of the objections would have a [material] impact"). None
    where no auxiliary follows: "none of the victims" may be none of them at all."""
    norms = t.norms
    aux = next(
        (
            k
            for k in range(i + 2, min(i + 2 + _NONE_OF_WORDS, len(norms)))
            if norms[k] in _AUXILIARIES
        ),
        None,
    )
    if aux is None or any(_clause_breaks(t, k) for k in range(i + 2, aux + 1)):
        return None
    for k in range(aux + 1, min(aux + 5, len(norms))):
        if _clause_breaks(t, k):
            return None
        if (
            norms[k] not in STOPWORDS
            and norms[k] not in _PASSED_OVER
            and norms[k] not in _AUXILIARIES
            and not (norms[k].endswith("ly") and len(norms[k]) > 4)
        ):
            return k
    return None


# Modals after a subject that "no" opens: what none will do is what is denied.
_SUBJECT_MODALS = frozenset(
    ["will", "would", "can", "could", "shall", "should", "may", "might", "must"]
)


def _act_of_no_subject(norms: Sequence[str], governed: int) -> int:
    """What a "no" before its noun at ``governed`` denies: the noun ("no casualties"), or,
    where the two are the subject of a modal and its verb, the verb: "no army and no
    police will [engage] in any kind of firing" does not deny the police, whom another
    outlet's "ordered troops and police not to open fire" names."""
    k = governed + 1
    while k + 2 < len(norms) and norms[k] in ("and", "or") and norms[k + 1] == "no":
        k += 3  # "no army and no police"
    if (
        k + 1 < len(norms)
        and norms[k] in _SUBJECT_MODALS
        and norms[k + 1] not in STOPWORDS
        and norms[k + 1] != "be"
    ):
        return k + 1
    return governed


# Prepositions after "no" and its noun that take a part of what is counted: "no points
# from the public vote" denies the public's points, not the juries' ("46 points, all
# from the juries"); the words after them, at most QUALIFIER_WORDS, go with the
# negation's words. (Not a place or an event, "no casualties in the attack", which the
# claim's members share whether they say so or not.)
_QUALIFYING = frozenset(["from", "among"])
QUALIFIER_WORDS = 4
_QUALIFIED_RE = re.compile(
    r"no\s+\S+\s+(?:from|among)\s+(.+)|.*\sany\s+(\S+)|\S*(?:not|n't|never)\s+\S+\s+in\s+(.+)",
    re.IGNORECASE,
)


def _qualified_to(t: _Text, i: int, governed: int) -> int:
    """The last token of what a "no" at token i negates: its noun at ``governed``, or the
    end of a qualifier after it (`_QUALIFYING`) within the clause; or the noun after "any"
    that a negated verb takes ("had not received any requests": "received offers" affirms
    nothing it denies)."""
    norms = t.norms
    if (
        governed + 2 < len(t.toks)
        and norms[governed + 1] == "any"
        and norms[governed + 2] not in STOPWORDS
        and not _clause_breaks(t, governed + 2)
        and t.toks[governed + 2].text[:1].isalpha()
    ):
        return governed + 2
    if (
        norms[i] != "no"
        and governed + 2 < len(t.toks)
        and norms[governed + 1] == "in"
        and t.toks[governed + 2].text[:1].isupper()
    ):
        # "did not speak in English", against "speaking in Spanish"; "did not win in
        # Texas": where, or in what tongue, is what is denied (session 58)
        end = governed + 2
        while end + 1 < len(t.toks) and t.toks[end + 1].text[:1].isupper():
            end += 1
        if t.toks[end].text.endswith(("'s", "\u2019s")) or (
            end + 1 < len(t.toks) and t.toks[end + 1].text in ("'s", "\u2019s", "s")
        ):
            return governed  # "did not play in Thursday's game": whose, not where
        return end
    if (
        t.norms[i] != "no"
        or governed + 2 >= len(t.toks)
        or t.norms[governed + 1] not in _QUALIFYING
    ):
        return governed
    end = governed
    for k in range(governed + 2, min(governed + 2 + QUALIFIER_WORDS, len(t.toks))):
        if _clause_breaks(t, k) or not t.toks[k].text[:1].isalnum():
            break
        end = k
    return end if end > governed + 1 else governed


@lru_cache(maxsize=1024)
def _qualifier_stems(words: str) -> frozenset[str]:
    """The stems of a negation's qualifier ("public", "vote" of "no points from the public
    vote"), which a member must hold to affirm what it negates; none where it has none.
    Cached: every member is checked against the same negation's words."""
    m = _QUALIFIED_RE.fullmatch(words)
    if m is None:
        return frozenset()
    qualifier = m.group(1) or m.group(2) or m.group(3)
    return frozenset(_negation_stem(n) for n in _Text.of(qualifier).norms if n not in STOPWORDS)


# A negated term in a past or perfect clause ("did not decide", "has not ruled") gets
# this suffix: what is to come ("will be decided later", "plans to appeal") does not
# affirm it, which what was done does ("decided").
PAST = "@past"
_PAST_AUXILIARIES = frozenset(["did", "has", "have", "had", "was", "were"])
_PAST_NEGATORS = frozenset(["didn't", "hasn't", "haven't", "hadn't", "wasn't", "weren't"])
# Before a verb, what puts it to come: "will be decided"; and before its "to", "plans to
# appeal" (not "met to discuss", which is done).
_TO_COME = frozenset(["will", "'ll", "shall", "would"])
_PLANS = frozenset(
    ["plan", "plans", "planned", "intend", "intends", "intended", "expect", "expects", "expected", "want", "wants", "hope", "hopes", "aim", "aims", "set", "going", "due", "likely", "seek", "seeks", "vow", "vows", "vowed", "promise", "promises", "promised", "pledge", "pledges", "pledged", "threaten", "threatens", "threatened"]
)  # fmt: skip


def _past_negation(norms: Sequence[str], i: int) -> bool:
    return norms[i] in _PAST_NEGATORS or (i > 0 and norms[i - 1] in _PAST_AUXILIARIES)


def _done_stems(t: _Text) -> frozenset[str]:
    """Stems of the words ``t`` uses as done or doing, not as to come: in "Those will be
    decided later" not "decide"."""
    out = set()
    for k, norm in enumerate(t.norms):
        j = k - 1
        while j >= 0 and (t.norms[j] in ("be", "then", "later") or t.norms[j].endswith("ly")):
            j -= 1
        planned = j > 0 and t.norms[j] == "to" and t.norms[j - 1] in _PLANS
        if j < 0 or not (t.norms[j] in _TO_COME or planned):
            out.add(_negation_stem(norm))
    return frozenset(out)


# Words after "but" that give a negated verb its other object: "not to him but to the
# paper", "not by the storm but by the fire".
_CONTRASTED_BY = frozenset(["to", "by", "for", "in", "on", "at", "from", "with", "as"])
CONTRAST_WORDS = 6  # words from a negated verb to its "but", at most


def _object_contrasted(t: _Text, governed: int) -> bool:
    """Whether a negated verb at ``governed`` is denied only of one object against
    another after "but" ("the prize did not belong to him but to the newspaper"), so
    that the verb itself stands."""
    norms = t.norms
    for k in range(governed + 1, min(governed + 1 + CONTRAST_WORDS, len(norms) - 1)):
        if norms[k] == "but":
            return norms[k + 1] in _CONTRASTED_BY
        if _clause_breaks(t, k):
            return False
    return False


def _without_contrasts(t: _Text, found: dict[str, str]) -> dict[str, str]:
    """``found`` less each word the text also uses outside any negation's scope: "people
    who took multivitamins had a higher risk than those who did not take them" contrasts
    taking with not taking, and negates neither."""
    plain = [k for k, n in enumerate(t.norms) if _negation_stem(n) in found]
    if len(plain) < 2:
        return found
    scoped = {k for i in range(len(t.norms)) if _is_negator(t, i) for k in _scope(t, i)}
    contrasted = {_negation_stem(t.norms[k]) for k in plain if k not in scoped}
    return {term: words for term, words in found.items() if term not in contrasted}


def _opposite_uses(t: _Text) -> list[tuple[int, str, int]]:
    """(token index, pair name, side) of each word of `OPPOSITES` in ``t`` used in the
    pair's sense (not "fell silent", "rose to power": `OTHER_SENSE_NEXT`)."""
    out = []
    for i, norm in enumerate(t.norms):
        pair = _OPPOSITE_WORDS.get(norm)
        if pair is None:
            continue
        name, side = pair
        if name in _OTHER_SENSE and _OTHER_SENSE[name].follows(t.norms, i):
            continue
        out.append((i, name, side))
    return out


def _add_opposites(t: _Text, found: dict[str, str]) -> None:
    """Each pair of `OPPOSITES` whose second word ``t`` uses (as written, outside any
    negation's scope) and whose first it does not: "~" + the pair's name -> the word."""
    scoped = _scoped(t)
    uses = _opposite_uses(t)
    first = {name for _, name, side in uses if side == 0}
    if not t.words.isdisjoint(_GROWTH_WORDS):
        first.add("rise")  # "fell 3% ..., while client computing grew 9%": two things moved
    for i, name, side in uses:
        if side == 1 and name not in first and _negation_stem(t.norms[i]) not in scoped:
            found.setdefault("~" + name, t.toks[i].text)


def _opposites_affirmed(t: _Text, scoped: frozenset[str]) -> frozenset[str]:
    """ "~" + the name of each pair of `OPPOSITES` whose first word ``t`` uses outside any
    negation's scope, and whose second it does not."""
    if t.words.isdisjoint(_OPPOSITE_KEYS):
        return frozenset()
    sides: dict[str, set[int]] = {}
    for i, name, side in _opposite_uses(t):
        if not (side == 0 and _negation_stem(t.norms[i]) in scoped):
            sides.setdefault(name, set()).add(side)
    return frozenset("~" + name for name, got in sides.items() if got == {0})


def _scope(t: _Text, i: int) -> Iterator[int]:
    """The token indices a negation at ``i`` governs: up to `NEGATION_SCOPE` words on,
    within its clause."""
    for k in range(i + 1, min(i + 1 + NEGATION_SCOPE, len(t.norms))):
        if _clause_breaks(t, k):
            return
        yield k


# Verbs of seeming before 'to': what follows is how a thing looked, not affirmed ("a vest
# that appeared to be an explosive device" against "found not to be an explosive").
_SEEMING = frozenset(["appeared", "appears", "appear", "seemed", "seems", "seem"])


def _seeming(t: _Text) -> frozenset[str]:
    """Stems of the words a verb of seeming governs: "appeared to be an explosive
    device"."""
    if t.words.isdisjoint(_SEEMING):
        return frozenset()
    norms = t.norms
    return frozenset(
        _negation_stem(norms[k])
        for i, norm in enumerate(norms)
        if norm in _SEEMING and i + 1 < len(norms) and norms[i + 1] == "to"
        for k in _scope(t, i + 1)
    )


def _or_after(t: _Text, i: int) -> int | None:
    """The index of an 'or' in a negation's clause, up to twice its scope on, where the
    negation goes on over what 'or' joins; None where there is none."""
    for k in range(i + 1, min(i + 1 + 2 * NEGATION_SCOPE, len(t.norms))):
        if _clause_breaks(t, k):
            return None
        if t.norms[k] == "or":
            return k
    return None


def _scoped(t: _Text) -> frozenset[str]:
    """Stems of the words in the scope of a negation, a negative verb ("halt attacks",
    "prevent him from turning") or a denial: up to `NEGATION_SCOPE` words on, within
    the clause. Such a word is not affirmed by this text."""
    if (
        t.words.isdisjoint(_SCOPE_OPENERS)
        and t.words.isdisjoint(_IDIOM_OPENERS)
        and t.words.isdisjoint(_NOT_YET)
        and t.words.isdisjoint(_URGING)
        and t.words.isdisjoint(_FAILS)
        and "short" not in t.words
        and "n't" not in t.folded
        and "down" not in t.words
    ):
        return frozenset()
    norms = t.norms
    out: set[str] = _urged(t)
    for i, norm in enumerate(norms):
        if not (
            norm in IMPLICIT_NEGATIONS
            or norm in _NOT_YET
            or _is_negator(t, i)
            or _negative_idiom(t, i)
            # "failed to reach a quorum", "fell short of the quorum it needs" affirm no
            # quorum (session 57)
            or (norm in _FAILS and i + 1 < len(norms) and norms[i + 1] == "to")
            or (
                norm == "short"
                and i
                and norms[i - 1] in _FELL
                and i + 1 < len(norms)
                and norms[i + 1] == "of"
            )
        ):
            continue
        out.update(_negation_stem(norms[k]) for k in _scope(t, i))
        joined = _or_after(t, i)
        if joined is not None:
            # "neither would take hostile action against the other or support groups
            # carrying out attacks": what 'or' joins stays denied
            out.update(_negation_stem(norms[k]) for k in _scope(t, joined))
        if norm == "no" and i > 0 and norms[i - 1] not in STOPWORDS and not _clause_breaks(t, i):
            # "will miss no Grand Slam events" does not affirm missing, as "will not miss
            # any" does not
            out.add(_negation_stem(norms[i - 1]))
        if norm not in IMPLICIT_NEGATIONS and _predicate_negation(norms, i):
            # "The cause of his death has not been revealed": its subject is not
            # affirmed, as "No cause was given" negates the cause
            k = i - 1
            while k >= 0 and i - k <= NEGATION_SCOPE:
                out.add(_negation_stem(norms[k]))
                if _clause_breaks(t, k):
                    break
                k -= 1
    return frozenset(out)


# Verbs that ask for what is yet to be done: "urged the government to sign the treaty"
# does not affirm that it signed.
_URGING = frozenset(["urge", "urges", "urged", "urging", "asked", "asking", "demanded",
    "demanding", "called", "calling", "pressed", "pressing", "begged", "implored"])  # fmt: skip
_URGED_WORDS = 5  # words from the verb to its "to": "urged the Japanese government to"


def _urged_content(m: ClaimStatement, t: _Text) -> frozenset[str]:
    """Stems of a claim whose frame urges it ("Mimaki [urged] the Japanese government [to
    sign and ratify the treaty]"), to its first clause's end: none of it is affirmed."""
    frame = _FRAME_WORD_RE.findall(fold(m.text[: m.content[0]]))
    if _URGING.isdisjoint(frame[-_URGED_WORDS:]):
        return frozenset()
    out = set()
    for k, norm in enumerate(t.norms):
        if k and _clause_breaks(t, k):
            break
        out.add(_negation_stem(norm))
    return frozenset(out)


def _urged(t: _Text) -> set[str]:
    """Stems of what a text urges someone to do ("urged the government to [sign and ratify]
    the treaty"): up to `NEGATION_SCOPE` words after the "to", within the clause."""
    norms, out = t.norms, set()
    for i, norm in enumerate(norms):
        if norm not in _URGING:
            continue
        for k in range(i + 1, min(i + 1 + _URGED_WORDS, len(norms))):
            if _clause_breaks(t, k):
                break
            if norms[k] == "to":
                for j in range(k + 1, min(k + 1 + NEGATION_SCOPE, len(norms))):
                    if _clause_breaks(t, j):
                        break
                    out.add(_negation_stem(norms[j]))
                break
    return out


# Idioms that negate what follows them without a negative word: "ruled out resigning" is
# "will not resign"; "the first time a government has fallen since 1962" is "no
# government had fallen since 1962".
_RULE_FORMS = frozenset(["rule", "rules", "ruled", "ruling"])
_IDIOM_OPENERS = frozenset(["out", "first"])


def _negative_idiom(t: _Text, i: int) -> bool:
    """Whether token ``i`` opens an idiom that negates what follows (`_IDIOM_OPENERS`):
    "out" after "ruled", or "first" with "since" later in its clause."""
    norms = t.norms
    if norms[i] == "out":
        return i > 0 and norms[i - 1] in _RULE_FORMS
    if norms[i] != "first":
        return False
    for k in range(i + 1, min(i + 1 + 2 * NEGATION_SCOPE, len(norms))):
        if _clause_breaks(t, k):
            return False
        if norms[k] == "since":
            return True
    return False


# Words a negation of a predicate follows ("was not given", "did not attend").
_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "being", "has", "have",
                          "had", "do", "does", "did", "will", "would", "can", "could", "shall",
                          "should", "may", "might", "must"])  # fmt: skip


def _predicate_negation(norms: Sequence[str], i: int) -> bool:
    """Whether the negation at ``i`` negates a predicate after an auxiliary ("was not
    given", "has not been revealed", "had not attended"), whose subject is then not
    affirmed: "The cause of his death has not been revealed" says what "No cause of
    death was given" says, as "The minister had not attended" says "No minister
    attended"."""
    return i > 0 and norms[i - 1] in _AUXILIARIES


def _affirms(
    term: str,
    t: _Text,
    stems: frozenset[str],
    scoped: frozenset[str],
    opposites: frozenset[str],
    words: str = "",
    own: Mapping[str, str] = MappingProxyType({}),
) -> bool:
    """Whether a member's text ``t`` affirms a term another negates (by ``words``), given
    the member's own negations, ``own``."""
    if not _qualifier_stems(words) <= stems:
        return False  # "46 points, all from the juries" against "no points from the public vote"
    if _lack(words) and (any(_lack(w) for w in own.values()) or not _as_a_head(term, t)):
        # "leaving tens of millions without electricity" against "The Spanish electricity
        # system ... after a blackout left the Peninsula without power": each tells of a
        # lack, in words of its own; "a huge power outage" tells of no power either
        return False
    if term.startswith("~"):
        return term in opposites
    if term.endswith(PAST):
        term = term.removesuffix(PAST)
        return term in stems and term not in scoped and term in _done_stems(t)
    return term in stems and term not in scoped


def _as_a_head(term: str, t: _Text) -> bool:
    """Whether a text uses a term as a noun of its own, not before another noun that it
    only qualifies ("power" in "Power was returning", not in "a power outage")."""
    norms = t.norms
    for k, norm in enumerate(norms):
        if _negation_stem(norm) != term:
            continue
        after = norms[k + 1] if k + 1 < len(norms) else ""
        if not (
            after.isalpha()
            and after not in STOPWORDS
            and wordnet.noun_class(after) is not None
            and wordnet.base_form(after, "v") is None
        ):
            return True
    return False


def _lack(words: str) -> bool:
    """Whether a negation's words tell of a lack: 'without electricity'."""
    return words[:8].lower() == "without "


def _negated_terms(
    members: Sequence[ClaimStatement], texts: Sequence[_Text]
) -> tuple[Negated, ...]:
    """Every term a member negates (in the order first negated), with who negates it
    (and the first negation's words) and who affirms it (uses the word outside the
    scope of any negation, and does not deny or call false what it reports)."""
    negations = [_negations(t) for t in texts]
    if not any(negations):
        return ()
    terms: dict[str, tuple[str, list[tuple[int, str]], list[tuple[int, str]]]] = {}
    for m, negated in zip(members, negations, strict=True):
        for term, words in negated.items():
            terms.setdefault(term, (words, [], []))[1].append((m.article, m.label))
    for m, t, own in zip(members, texts, negations, strict=True):
        if _refutation_of(m, t) is not None:
            continue
        stems = frozenset(_negation_stem(n) for n in t.norms)
        scoped = _scoped(t) | _urged_content(m, t) | _seeming(t)
        opposites = _opposites_affirmed(t, scoped)
        for term, (words, _, affirming) in terms.items():
            if _affirms(term, t, stems, scoped, opposites, words, own):
                affirming.append((m.article, m.label))
    return tuple((term, w, tuple(ng), tuple(af)) for term, (w, ng, af) in terms.items())


def _negated_with(
    negated: tuple[Negated, ...], new: ClaimStatement, t: _Text
) -> tuple[Negated, ...] | None:
    """``negated`` (a claim's negated terms) with one more member, or None when the
    member negates a term no member negated before (who affirms it is not known)."""
    mine = _negations(t)
    known = {term for term, *_ in negated}
    if any(term not in known for term in mine):
        return None
    if not negated:
        return ()
    refutes = _refutation_of(new, t) is not None
    stems = frozenset() if refutes else frozenset(_negation_stem(n) for n in t.norms)
    scoped = _scoped(t) | _urged_content(new, t) | _seeming(t)
    opposites = frozenset() if refutes else _opposites_affirmed(t, scoped)
    me = (new.article, new.label)
    out = []
    for term, words, negating, affirming in negated:
        if term in mine:
            negating = (*negating, me)
        elif _affirms(term, t, stems, scoped, opposites, words, mine):
            affirming = (*affirming, me)
        out.append((term, words, negating, affirming))
    return tuple(out)


def _negation_conflicts(negated: tuple[Negated, ...]) -> list[Conflict]:
    """One outlet negates what another affirms (not: a negation in a part only one has)."""
    for term, words, negating, affirming in negated:
        if affirming:
            detail = (
                f'"{words}" in {_names(lb for _, lb in negating)}, '
                f"the opposite in {_names(lb for _, lb in affirming)}"
                if term.startswith("~")
                else f'negated in {_names(lb for _, lb in negating)} ("{words}"), '
                f"affirmed in {_names(lb for _, lb in affirming)}"
            )
            return [
                Conflict(
                    "negation",
                    detail,
                    tuple(dict.fromkeys(a for a, _ in (*negating, *affirming))),
                )
            ]
    return []


# --- denials -----------------------------------------------------------------


def refutation(text: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """The words by which a statement denies or calls false what it reports (with a
    few words of what is denied), the stems
    of what is denied (two or more), and those of them written in lower case (not
    names); None when it does not.

    >>> words, what, plain = refutation("Iran denied that its troops attacked Basra.")
    >>> words, sorted(what), sorted(plain)
    ('denied that its troops attacked', ['attack', 'basra', 'troop'], ['attack', 'troop'])
    >>> words, what, _ = refutation("The third breast story is a hoax.")
    >>> words, sorted(what)
    ('third breast story is a hoax', ['breast', 'third'])
    >>> refutation("He did not deny that troops crossed the border.") is None
    True
    >>> refutation("The journalist was denied entry to the country.") is None
    True
    >>> refutation("Adeyemi was denied by Courtois before Fullkrug hit the post.") is None
    True
    """
    low = text.lower()
    if not any(word in low for word in _REFUTATION_WORDS):
        return None  # (cheaper than the pattern, which few statements need)
    for match in _REFUTATION_RE.finditer(text):
        found = _refuted(text, match)
        if found is not None:
            return found
    return None


def _refutation_of(
    m: ClaimStatement, t: _Text
) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """`refutation` of a member's text, ``t`` being its claim content as analysed."""
    if t.words.isdisjoint(_REFUTATION_WORDS):
        start, end = m.content
        if not (start or end < len(m.text)):
            return None  # no word of a denial (and no attribution frame around it)
        frame = f"{m.text[:start]} {m.text[end:]}".lower()
        if _REFUTATION_WORDS.isdisjoint(_FRAME_WORD_RE.findall(frame)):
            return None
    return refutation(m.text)


def _refuted(text: str, match: re.Match[str]) -> tuple[str, frozenset[str], frozenset[str]] | None:
    start, end = match.span()
    before = [fold(t.text) for t in tokens(text[max(0, start - 40) : start])][-3:]
    if any(w in NEGATIONS or w.endswith("n't") for w in before):
        return None  # "did not deny", "never denied": no denial
    after = tokens(text[end:])
    if match.group("verb"):
        by = bool(after) and fold(after[0].text) == "by"
        if before[-1:] and before[-1] in _PASSIVE and not by:
            return None  # "was denied entry": refused something, not a denial
        if by and not any(w in _CLAIM_NOUNS or stem(w) in _CLAIM_NOUNS for w in before):
            return None  # "Adeyemi (was) denied by Courtois": a person stopped, no claim
        if any(fold(t.text) in _DENIED_THINGS for t in after[:3]):
            return None  # "denied him access"
    cue = " ".join(match.group().split())
    if match.group("verb") or match.group("of"):
        scope = _clause(text, end, forward=True)
        shown = " ".join([cue, *scope.split()[:4]])  # "denied that its forces attacked"
    else:
        scope = _clause(text, start, forward=False)
        shown = " ".join([*scope.split()[-3:], cue])  # "third breast implanted is a hoax"
    stems: set[str] = set()
    plain: set[str] = set()
    for tok in tokens(scope):
        w = fold(tok.text)
        if w in STOPWORDS or w in NEGATIONS or not w.isalpha():
            continue
        s = stem(w)
        if w in _CLAIM_NOUNS or s in _CLAIM_NOUNS:
            continue  # "reports", "reported": the report, not what it reports
        stems.add(s)
        if tok.text[:1].islower():
            plain.add(s)
    if len(stems) < 2:
        return None
    return shown.strip(" .,;:!?\"'\u201c\u201d\u2018\u2019"), frozenset(stems), frozenset(plain)


def _clause(text: str, at: int, *, forward: bool) -> str:
    """The words of ``text``'s clause from ``at`` on (or up to it), at most 20 words.

    A clause ends at a stop, at "but" and the like, and at "and" before a verb in the
    past ("denied that he would resign and announced new taxes").
    """
    if forward:
        return " ".join(_CLAUSE_END.split(text[at:], maxsplit=1)[0].split()[:20])
    return " ".join(_CLAUSE_END.split(text[:at])[-1].split()[-20:])


def _denials(members: Sequence[ClaimStatement], texts: Sequence[_Text]) -> tuple[Denial, ...]:
    """Each member that denies or calls false what it reports, with the members of other
    outlets that state the denied content as plain fact (`_states`)."""
    found = [_refutation_of(m, t) for m, t in zip(members, texts, strict=True)]
    if not any(found):
        return ()
    out = []
    for m, r in zip(members, found, strict=True):
        if r is None:
            continue
        words, what, plain = r
        affirming = tuple(
            (o.article, o.label)
            for o, t, other in zip(members, texts, found, strict=True)
            if other is None
            and o.article != m.article
            and _states(o, t, what, plain)
            and _states_act(t, words)
        )
        out.append(
            (m.article, m.label, words, tuple(sorted(what)), tuple(sorted(plain)), affirming)
        )
    return tuple(out)


def _states(m: ClaimStatement, t: _Text, what: Iterable[str], plain: Iterable[str]) -> bool:
    """Whether member ``m`` (its content ``t``) states the denied words ``what`` as plain
    fact: most of them (at least two, one not a name), none negated, not hedged, not
    reported as a claim ("allegations that ...") and not called false in other words."""
    if m.hedged or _NOT_PLAIN_FACT(m.text):
        return False
    what = frozenset(what)
    shared = what & {stem(n) for n in t.norms}
    if len(shared) < 2 or 2 * len(shared) < len(what):
        return False
    lower = {stem(n) for tok, n in zip(t.toks, t.norms, strict=True) if tok.text[:1].islower()}
    if shared.isdisjoint(lower) and shared.isdisjoint(plain):
        return False  # only names in common: "Bill Cosby"
    return shared.isdisjoint(_scoped(t))


def _states_act(t: _Text, words: str) -> bool:
    """Whether a member's content holds the act a denial's gerund names, where it names one
    ('denied [ordering] security forces to open fire' is not denied by 'security forces
    opened fire on protesters', which says nothing of an order)."""
    shown = words.split()
    if len(shown) < 2 or not shown[1].endswith("ing") or len(shown[1]) <= _SHORT_GERUND:
        return True
    return stem(fold(shown[1])) in {stem(n) for n in t.norms}


_SHORT_GERUND = 5  # letters of an '-ing' word too short to be a gerund's act: 'king', 'thing'


def _denied_with(
    denied: tuple[Denial, ...], new: ClaimStatement, t: _Text
) -> tuple[Denial, ...] | None:
    """``denied`` (a claim's denials) with one more member, or None when the member
    denies something itself (who states it is not known)."""
    if _refutation_of(new, t) is not None:
        return None
    me = (new.article, new.label)
    return tuple(
        (
            a,
            lb,
            w,
            what,
            plain,
            (*af, me)
            if a != new.article and _states(new, t, what, plain) and _states_act(t, w)
            else af,
        )
        for a, lb, w, what, plain, af in denied
    )


# A report said to be held back, its verb right before the claim not made: 'did not say',
# 'has never called', 'stopped short of calling', 'declined to confirm'.
_HELD_BACK_RE = re.compile(
    r"\b((?:(?:do|does|did|has|have|had|will|would|can|could|is|was|are|were)\s*(?:not|n['\u2019]t)"
    r"|never|(?:stop|stops|stopped|stopping)\s+short\s+of|(?:declin|refus)(?:e|es|ed|ing)\s+to)"
    r"\s+(?:[a-z]+ly\s+)?)([a-z]+)\s+(?:that\s+)?$",
    re.IGNORECASE,
)
# What a report held back may ask rather than claim: 'did not say whether he would run' is
# not contradicted by 'he said he would consult his lawyers'.
_QUESTION_OPENERS = frozenset(
    ["whether", "if", "what", "when", "where", "why", "how", "who", "whom", "which"]
)


# Verbs that only say, one report whichever is used: 'did not say' against 'told reporters'.
_JUST_SAYING = frozenset(["say", "tell", "state", "add", "declare", "announce", "assert", "claim",
                          "insist", "note", "write"])  # fmt: skip


def _report_verb(word: str) -> str | None:
    lemma = cue_lemma(word)
    return "say" if lemma in _JUST_SAYING else lemma


def _held_back(m: ClaimStatement) -> tuple[str, str] | None:
    """The reporting verb a member says its source held back, and the words that say so
    ('stopped short of calling'), where the claim it did not make follows."""
    if m.kind == "none":
        return None
    frame = m.text[: m.content[0]]
    held = _HELD_BACK_RE.search(frame)
    if held is None:
        return None
    lemma = _report_verb(held.group(2))
    first = m.content_text.split(maxsplit=1)[:1]
    if lemma is None or (first and first[0].lower() in _QUESTION_OPENERS):
        return None
    return lemma, frame[held.start() : held.end(2)]


def _reports(m: ClaimStatement, lemma: str, source: str) -> bool:
    """Whether a member not holding a report back has the source make it with this verb:
    in its frame (its words outside the claim), or, unattributed, in a claim that opens
    with the source's name ('Putin called the strike an act of war')."""
    if m.kind == "none":
        said = re.match(re.escape(source) + r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b", m.content_text)
        return said is not None and _report_verb(said.group(1)) == lemma
    outside = m.text[: m.content[0]] + " " + m.text[m.content[1] :]
    return any(_report_verb(w) == lemma for w in _WORD_RE.findall(outside))


def _held_back_conflicts(members: Sequence[ClaimStatement]) -> list[Conflict]:
    """One outlet has a source hold back what another has the same source say: 'Putin
    stopped short of calling the strike an act of war' against 'Putin called the strike an
    act of war'. Only the first such verb is told."""
    held = {id(m): _held_back(m) for m in members}
    if not any(held.values()):
        return []  # most claims: no source holds anything back (`_by_source` is dear)
    unattributed = [m for m in members if m.kind == "none"]
    for group in _by_source(members):
        for m in group:
            mine = held[id(m)]
            if mine is None or not m.source:
                continue
            saying = [
                o
                for o in (*group, *unattributed)
                if o.article != m.article and held[id(o)] is None and _reports(o, mine[0], m.source)
            ]
            if saying:
                holding = [o for o in group if held[id(o)] == mine]
                return [
                    Conflict(
                        "negation",
                        f'negated in {_names(o.label for o in holding)} ("{mine[1]}"), '
                        f"affirmed in {_names(o.label for o in saying)}",
                        _articles(holding + saying),
                    )
                ]
    return []


def _denial_conflicts(denied: tuple[Denial, ...]) -> list[Conflict]:
    """One outlet denies (or calls false) what another states as plain fact."""
    disputed = [d for d in denied if d[5]]
    if not disputed:
        return []
    affirming = list(dict.fromkeys(x for d in disputed for x in d[5]))
    return [
        Conflict(
            "negation",
            f'denied in {_names(d[1] for d in disputed)} ("{disputed[0][2]}"), '
            f"affirmed in {_names(lb for _, lb in affirming)}",
            tuple(dict.fromkeys([*(d[0] for d in disputed), *(a for a, _ in affirming)])),
        )
    ]


def _entity_conflicts_of(a: _Text, b: _Text) -> list[str]:
    words_a, words_b = a.words, b.words
    # A conflict replaces names in one that the other lacks with names the other lacks.
    if not (_names_missing_from(a, words_b) and _names_missing_from(b, words_a)):
        return []
    ta, tb = a.toks, b.toks
    terms_a, terms_b = set(similarity.terms(a.text)), set(similarity.terms(b.text))
    details = []
    ops = Levenshtein.opcodes(a.norms, b.norms)
    for k, op in enumerate(ops):
        if op.tag != "replace":
            continue
        if not any(0 <= n < len(ops) and ops[n].tag == "equal" for n in (k - 1, k + 1)):
            # "... anchored in Houston" / "... backed by President Donald Trump": two
            # sentences' last names, lined up only because both end there (session 57)
            continue
        left, right = ta[op.src_start : op.src_end], tb[op.dest_start : op.dest_end]
        if not (_all_names(left, op.src_start) and _all_names(right, op.dest_start)):
            continue
        if any(_named_in(t.norm, words_b) for t in left) or any(
            _named_in(t.norm, words_a) for t in right
        ):
            continue  # named in the other too, perhaps as its possessive: "Israel's account"
        if any(similarity.term(t.norm) in terms_b for t in left) or any(
            similarity.term(t.norm) in terms_a for t in right
        ):
            continue  # a place the other names by its adjective: "Hawaii" / "Hawaiian island"
        if any(x.start and a.text[x.start - 1].isdigit() for x in left) or any(
            y.start and b.text[y.start - 1].isdigit() for y in right
        ):
            continue  # a unit written onto a number: "$2.5B"
        if any(_same_name(x.norm, y.norm) for x in left for y in right):
            continue  # one name and a form of it: "Korea" / "Korean", "Bieber" / "Bieber's"
        if any(_one_numeral(x.text, y.text) for x in left for y in right):
            continue  # "World War II" / "World War Two"
        honorific = [all(t.norm in _HONORIFICS for t in side) for side in (left, right)]
        if any(honorific) and not all(honorific):
            continue  # a title and a first name before one surname: "Mr Modi" / "Narendra Modi"
        if any(_spelled_out(x.text, b) for x in left) or any(
            _spelled_out(y.text, a) for y in right
        ):
            continue  # an acronym and its words: "CEO" / "Chief Executive"
        if _office_of(a, op.src_start) != _office_of(b, op.dest_start):
            continue  # "Durov" / "the founder of the messaging app Telegram": whom one heads
        if _acronym_spelled_in(a, b, op.src_start, op.src_end) or _acronym_spelled_in(
            b, a, op.dest_start, op.dest_end
        ):
            continue  # "the Combined Military Hospital" / "CMH, Kuwait ... Hospital"
        if _one_place(a, (op.src_start, op.src_end), b, (op.dest_start, op.dest_end)):
            continue  # a country's names: "U.S." / "American", "UK" / "Britain"
        if _one_state(a, (op.src_start, op.src_end), b, (op.dest_start, op.dest_end)):
            continue  # "Hollidaysburg, Pa." / "Pennsylvania": a US state and a place in it
        if _one_country(" ".join(t.norm for t in left), " ".join(t.norm for t in right)):
            continue  # "sent to Amsterdam" / "dispatched to the Netherlands": a capital's country
        if _short_for(left, _names_around(b, op.dest_start, op.dest_end, words_a)) or _short_for(
            right, _names_around(a, op.src_start, op.src_end, words_b)
        ):
            continue  # a party's acronym and its name in English: "SPD" / "Social Democrats"
        if _facility_of_shared_place(
            a, op.src_start, op.src_end, b.words
        ) or _facility_of_shared_place(b, op.dest_start, op.dest_end, a.words):
            continue  # "Portland, Oregon" / "Portland International Airport": the city's own
        if _points_apart(a.text, left[0].start, b.text, right[0].start):
            continue  # "a suburb of Pittsburgh" / "35 miles south of Butler": two landmarks
        if _REPORTED_BY_RE.match(a.text, left[-1].end) and _REPORTED_BY_RE.match(
            b.text, right[-1].end
        ):
            # "... after Netanyahu said" / "... after Israel said": who said so, inside the
            # claim, is whom each outlet heard it from, not a fact the two tell apart
            continue
        dated = [
            all(_bare(t.norm) in WEEKDAYS or _bare(t.norm) in MONTHS for t in side)
            for side in (left, right)
        ]
        if any(dated) and not all(dated):
            continue  # "on Friday and Saturday" / "and Cameron Young": a day is no one's name
        if _SPOKE_TO_RE.search(a.text, 0, left[0].start) or _SPOKE_TO_RE.search(
            b.text, 0, right[0].start
        ):
            continue  # "the sources, who spoke to Euronews": whom a source told, no fact
        # each name whole, with the words of it the other lacks: "Hong Kong", not "Hong"
        wide_a = _widened(a, op.src_start, op.src_end, words_b)
        wide_b = _widened(b, op.dest_start, op.dest_end, words_a)
        details.append(
            f"{_shown(a.text, ta[wide_a[0] : wide_a[1]])} vs "
            f"{_shown(b.text, tb[wide_b[0] : wide_b[1]])}"
        )
    if details and (_title_cased(a) or _title_cased(b)):
        return []  # "Argentina's President Adopts Boy": its capitals do not mark names
    return details


# Roman numerals in names, and the numbers they are: "World War II", "World War Two".
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16}  # fmt: skip


def _one_numeral(a: str, b: str) -> bool:
    """Whether one word is a Roman numeral and the other the number it is, in words or
    figures: "II" and "Two", "XIV" and "14"."""
    for roman, other in ((a, b), (b, a)):
        if roman in _ROMAN:
            return parse_number(other.lower()) == _ROMAN[roman]
    return False


def _bare(norm: str) -> str:
    """A word without its possessive ending: "sunday's" -> "sunday"."""
    return norm.removesuffix("'s").removesuffix("\u2019s")


def _named_in(norm: str, words: frozenset[str]) -> bool:
    """Whether a name's word is among a text's words, bare or possessive ("israel",
    "israel's")."""
    bare = _bare(norm)
    return bare in words or f"{bare}'s" in words or f"{bare}\u2019s" in words


# What is named after the place it serves: "Portland International Airport".
_FACILITY_WORDS = frozenset(["airport", "airfield", "station", "terminal", "port", "harbour",
    "harbor", "stadium", "arena", "hospital", "university", "college", "bridge", "base"])  # fmt: skip


def _facility_of_shared_place(t: _Text, start: int, end: int, other: frozenset[str]) -> bool:
    """Whether tokens ``start:end`` of ``t``, with the names either side the other text
    lacks, name a facility after a place the other text names: "[Portland] International
    Airport" against "Portland, Oregon" is the city's airport, not another city."""
    toks, norms = t.toks, t.norms
    start, end = _widened(t, start, end, other)
    return (
        start > 0
        and toks[end - 1].text.lower() in _FACILITY_WORDS
        and toks[start - 1].text[:1].isupper()
        and norms[start - 1] in other
        and toks[start - 1].end == toks[start].start - 1  # 'Portland International'
    )


# How a place is placed by another: "a suburb of Pittsburgh", "35 miles south of Butler".
_PLACED_BY_RE = re.compile(
    r"\b(north|south|east|west|northeast|northwest|southeast|southwest|suburb|outskirts|"
    r"outside|near)(?:\s+of)?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PLACED_BY_CHARS = 30


def _points_apart(a: str, at_a: int, b: str, at_b: int) -> bool:
    """Whether two names each follow words placing something by them, in two different
    ways: landmarks, not one place named two ways ('north of Pittsburgh' and 'north of
    Butler' still differ)."""
    ma = _PLACED_BY_RE.search(a, max(0, at_a - _PLACED_BY_CHARS), at_a)
    mb = _PLACED_BY_RE.search(b, max(0, at_b - _PLACED_BY_CHARS), at_b)
    return ma is not None and mb is not None and ma.group(1).lower() != mb.group(1).lower()


# A report right after a run of names, which is then its source: "Netanyahu said".
_REPORTED_BY_RE = re.compile(
    r"(?:['\u2019]s)?\s+(?:said|says|told|tells|announced|reported|claimed|confirmed)\b"
)
# Whom a source spoke to, just before a name: "who spoke to Euronews", "told Reuters".
_SPOKE_TO_RE = re.compile(
    r"\b(?:(?:spoke|speaking|talked|talking)\s+(?:to|with)|told|telling)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The rest of a name in initials after its first letter: "U" in "U.S.".
_INITIALS_ON_RE = re.compile(r"(?:\.\w)+\.?")


_OFFICE_WORDS = 6  # words between an office's "of" and the name of what it heads, at most


def _office_of(t: _Text, start: int) -> bool:
    """Whether the name at token ``start`` is what an office before it heads, within its
    clause: "the founder of the messaging app [Telegram]", "the president of [France]"."""
    for k in range(start - 1, max(0, start - _OFFICE_WORDS) - 1, -1):
        if t.toks[k].text in (",", ";", ":"):
            return False
        if t.norms[k] == "of":
            return k > 0 and t.norms[k - 1] in _TITLE_WORDS
    return False


def _named_together(detail: str, read: Sequence[frozenset[str]]) -> bool:
    """Whether one member names both sides of an entity conflict ("X vs Y"), so they are
    one thing twice: "Durov vs Telegram" beside "Telegram founder Pavel Durov"."""
    left, _, right = detail.partition(" vs ")
    sides = [frozenset(folded_words(side, tokens(side))) for side in (left, right)]
    return all(sides) and any(sides[0] <= words and sides[1] <= words for words in read)


def _shown(text: str, toks: Sequence[Token]) -> str:
    """The text of a run of names, initials read whole ("U.S.", not "U" nor "U.S")."""
    end = toks[-1].end
    on = _INITIALS_ON_RE.match(text, end)
    if on:
        end = on.end()
    elif text[end : end + 1] == "." and (
        (len(toks) > 1 and len(toks[-1].text) == 1) or f"{toks[-1].text}." in _STATE_OF
    ):
        end += 1  # the initials' last stop, "U.S" read up to its "S"; a state's: "Pa."
    return text[toks[0].start : end]


def _one_place(a: _Text, left: tuple[int, int], b: _Text, right: tuple[int, int]) -> bool:
    """Whether two replaced runs of names, read with the names either side that the other
    text lacks, share a term: "U.S." and "American", "United States" and "America"."""
    return not set(similarity.terms(_names_around(a, *left, b.words))).isdisjoint(
        similarity.terms(_names_around(b, *right, a.words))
    )


# The US states and the abbreviations AP style gives them after a city ("Altoona, Pa.",
# "Albany, N.Y."); states of five letters or fewer, and Alaska and Hawaii, have none.
_US_STATES = {"Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.",
    "Colorado": "Colo.", "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.",
    "Georgia": "Ga.", "Illinois": "Ill.", "Indiana": "Ind.", "Kansas": "Kan.",
    "Kentucky": "Ky.", "Louisiana": "La.", "Maryland": "Md.", "Massachusetts": "Mass.",
    "Michigan": "Mich.", "Minnesota": "Minn.", "Mississippi": "Miss.", "Missouri": "Mo.",
    "Montana": "Mont.", "Nebraska": "Neb.", "Nevada": "Nev.", "New Hampshire": "N.H.",
    "New Jersey": "N.J.", "New Mexico": "N.M.", "New York": "N.Y.", "North Carolina": "N.C.",
    "North Dakota": "N.D.", "Oklahoma": "Okla.", "Oregon": "Ore.", "Pennsylvania": "Pa.",
    "Rhode Island": "R.I.", "South Carolina": "S.C.", "South Dakota": "S.D.",
    "Tennessee": "Tenn.", "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.",
    "West Virginia": "W.Va.", "Wisconsin": "Wis.", "Wyoming": "Wyo.", "Alaska": "",
    "Hawaii": "", "Idaho": "", "Iowa": "", "Maine": "", "Ohio": "", "Texas": "", "Utah": ""}  # fmt: skip
_STATE_RE = re.compile(
    r"\b(?:("
    + "|".join(sorted(_US_STATES, key=len, reverse=True))
    + r")\b|("
    + "|".join(
        re.escape(a) for a in sorted(filter(None, _US_STATES.values()), key=len, reverse=True)
    )
    + "))"
)
_STATE_OF = {**{n: n for n in _US_STATES}, **{a: n for n, a in _US_STATES.items() if a}}


def _one_state(a: _Text, left: tuple[int, int], b: _Text, right: tuple[int, int]) -> bool:
    """Whether two replaced runs of names, read with the names either side that the other
    text lacks, name one US state, one of them perhaps a place in it too: "Pa." and
    "Pennsylvania", "Hollidaysburg, Pa." and "Pennsylvania" (not "Altoona, Pa." and
    "Pittsburgh, Pennsylvania")."""
    state_a, rest_a = _state_named(a, *_widened(a, *left, b.words))
    state_b, rest_b = _state_named(b, *_widened(b, *right, a.words))
    return (
        state_a is not None
        and state_a == state_b
        and (not rest_a or not rest_b or rest_a == rest_b)
    )


def _state_named(t: _Text, start: int, end: int) -> tuple[str | None, str]:
    """The US state tokens ``start:end`` of ``t`` name, written out or abbreviated with its
    stops, and the names beside it, folded."""
    begin, stop = t.toks[start].start, t.toks[end - 1].end
    m = _STATE_RE.search(t.text, begin, min(stop + 1, len(t.text)))
    if m is None:
        return None, ""
    rest = t.text[begin : m.start()] + " " + t.text[m.end() : stop]
    return _STATE_OF[m.group()], " ".join(_WORD_RE.findall(fold(rest)))


def _names_around(t: _Text, start: int, end: int, other: frozenset[str]) -> str:
    """The text of tokens ``start:end`` of ``t`` and the capitalised words either side
    that are not in ``other``."""
    start, end = _widened(t, start, end, other)
    return t.text[t.toks[start].start : t.toks[end - 1].end]


def _widened(t: _Text, start: int, end: int, other: frozenset[str]) -> tuple[int, int]:
    """Tokens ``start:end`` of ``t`` widened over the capitalised words either side that
    are not in ``other``."""
    toks, norms = t.toks, t.norms

    def more(k: int) -> bool:
        return toks[k].text[:1].isupper() and norms[k] not in other

    while start > 0 and more(start - 1):
        start -= 1
    while end < len(toks) and more(end):
        end += 1
    return start, end


def _spelled_out(word: str, t: _Text) -> bool:
    """Whether a word in capitals ("CEO", "UN") is spelled out in ``t``: as many words (or
    one fewer, at least two) whose first letters are its own ("chief executive officer",
    "chief executive"); for two letters, capitalised words ("United Nations", not "under
    scrutiny")."""
    return next(_spelled_spans(word, t), None) is not None


def _spelled_spans(word: str, t: _Text) -> Iterator[tuple[int, int]]:
    """The token spans of ``t`` that spell out a word in capitals (`_spelled_out`)."""
    if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
        return
    letters, norms = word.lower(), t.norms
    initials = "".join(n[:1] for n in norms)
    for size in {len(letters), max(2, len(letters) - 1)}:
        at = initials.find(letters[:size])
        while at >= 0:
            spelled = t.toks[at : at + size]
            if all(x.text.isalpha() for x in spelled) and (
                len(letters) > 2 or all(x.text[:1].isupper() for x in spelled)
            ):
                yield at, at + size
            at = initials.find(letters[:size], at + 1)


def _acronym_spelled_in(t: _Text, other: _Text, start: int, end: int) -> bool:
    """Whether a word in capitals in ``other`` is spelled out in ``t`` over tokens
    ``start:end``: "Combined Military [Hospital]" where the other names "CMH"."""
    return any(
        a < end and start < b
        for y in other.toks
        if y.text.isupper() and 2 <= len(y.text) <= 6
        for a, b in _spelled_spans(y.text, t)
    )


def _short_for(run: Sequence[Token], names: str) -> bool:
    """Whether a run of one acronym ("SPD", "FDP") may stand for a run of two or more
    names whose initials it holds in order from its first letter ("Social Democrats",
    "Free Democrats"): a body's acronym in its own language against its name in English."""
    if len(run) != 1:
        return False
    acronym = run[0].text
    words = names.split()
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper() and len(words) > 1):
        return False
    initials = [w[0].lower() for w in words]
    letters = iter(acronym.lower())
    return initials[0] == acronym[0].lower() and all(c in letters for c in initials)


def _same_name(a: str, b: str) -> bool:
    """Whether two folded words are forms of one name: "korea's" / "korean", one name
    spelled two ways: "zelenskiy" / "zelensky" (`_spelled_alike`), or with a letter
    doubled: "amaq" / "aamaq", or cut short: "st" / "saint"."""
    a, b = a.removesuffix("'s"), b.removesuffix("'s")
    a, b = _NAME_SHORT_FORMS.get(a, a), _NAME_SHORT_FORMS.get(b, b)
    return (
        a.startswith(b)
        or b.startswith(a)
        or _spelled_alike((a,), (b,))
        or _undoubled(a) == _undoubled(b)
    )


# A name's word cut short: 'Paris St Germain', 'Paris Saint-Germain'.
_NAME_SHORT_FORMS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_DOUBLED_RE = re.compile(r"(.)\1+")


def _undoubled(word: str) -> str:
    """A word with each doubled letter written once: 'aamaq' -> 'amaq'."""
    return _DOUBLED_RE.sub(r"\1", word)


def _title_cased(t: _Text) -> bool:
    """Whether every word but function words is capitalised, as in a headline (or all
    in capitals): then a capital does not tell a name from any other word."""
    capitalised = 0
    for tok, norm in zip(t.toks[1:], t.norms[1:], strict=True):
        if norm in STOPWORDS or not tok.text[:1].isalpha():
            continue
        if not tok.text[:1].isupper():
            return False
        capitalised += 1
    return capitalised >= 3


def _names_missing_from(t: _Text, other: frozenset[str]) -> bool:
    """Whether ``t`` has a name (past its first word) that ``other`` lacks."""
    return any(
        norm not in other
        and tok.text[:1].isupper()
        and norm not in STOPWORDS
        and norm not in MONTHS
        for tok, norm in zip(t.toks[1:], t.norms[1:], strict=True)
    )


def _all_names(toks: Sequence[Token], first_index: int) -> bool:
    return (
        first_index > 0
        and bool(toks)
        and all(
            t.text[:1].isupper()
            and t.norm not in STOPWORDS
            and t.norm not in MONTHS
            and t.norm not in _PLACE_KINDS
            for t in toks
        )
    )


# What kind of place a name is, capitalised after it: "Shizuoka Prefecture", "Kunar
# Province"; one outlet's "Prefecture" is no other name than another's "west of Tokyo".
_PLACE_KINDS = frozenset(["prefecture", "province", "county", "region", "district", "oblast",
                          "governorate", "municipality", "canton", "voivodeship"])  # fmt: skip


def _attribution_conflicts(members: Sequence[ClaimStatement]) -> list[Conflict]:
    """Attributed in one outlet and not in another, or to different kinds of source. A
    member whose report lies inside its claim is neither: the outlet states the claim,
    and whom it cites there tells of one part of it."""
    attributed = [m for m in members if m.kind != "none" and not m.report_inside]
    plain = [m for m in members if m.kind == "none"]
    if attributed and all(_UNNAMED_REPORTS_RE.fullmatch(fold(m.source or "")) for m in attributed):
        # 'OpenAI has reportedly been in talks' against 'according to media reports': both
        # tell of reports they do not name
        plain = [m for m in plain if not _REPORTED_HEDGE_RE.search(m.text)]
    # A bare pronoun ("he said") names nobody: its member is attributed, but its source
    # differs from none another names
    named = [m for m in attributed if not _pronoun_source(m)]
    if attributed and plain:
        # "attributed to X in Reuters, AP"; where the attributing outlets cite different
        # sources, each with its own: "attributed to X in Reuters, to officials in BBC"
        cited = _by_source(named) + _by_pronoun([m for m in attributed if _pronoun_source(m)])
        shown = ", ".join(f"to {_who(ms[0])} in {_labels(ms)}" for ms in cited[:3])
        more = f" and {len(cited) - 3} more" if len(cited) > 3 else ""
        return [
            Conflict(
                "attribution",
                f"attributed {shown}{more}, stated without attribution in {_labels(plain)}",
                _articles(attributed + plain),
            )
        ]
    # 'the prime minister' (or 'the new pope') where another outlet names a person with
    # no other title: most often the same one, whom its own article named before (session
    # 58: "Reuters cites Albanese; The Guardian cites the prime minister")
    people = [
        m.source or ""
        for m in named
        if m.kind == "person" and not describes_one_person(m.source or "")
    ]
    named = [
        m
        for m in named
        if not (
            describes_one_person(m.source or "")
            and any(_may_be_described(p, m.source or "") for p in people)
        )
    ]
    groups = _by_source(named)
    if len({m.kind for m in named}) > 1 and len(groups) > 1:
        # Every source, each with the outlets citing it: "Reuters cites a senior official;
        # Sabah cites a health official; BBC cites AFAD" (not one outlet per kind of source).
        # One source of two kinds is no difference: "his lawyer" and "his lawyer Tor Eide".
        cited_kinds = "; ".join(_citing(ms) for ms in groups[:3]) + (
            f"; and {len(groups) - 3} more" if len(groups) > 3 else ""
        )
        return [Conflict("attribution", cited_kinds, _articles(attributed))]
    # One kind of source, but different ones, each with the outlets citing it: "Reuters
    # cites Netanyahu; AP, BBC cite Gantz".
    sourced = [ms for ms in groups if ms[0].source]
    if len(sourced) > 1:
        cited_sources = "; ".join(_citing(ms) for ms in sourced[:3])
        return [
            Conflict("attribution", cited_sources, _articles([m for ms in sourced for m in ms]))
        ]
    return []


def _may_be_described(name: str, description: str) -> bool:
    """Whether a person's source may be the one a description calls by what they are: it
    gives them no title the description lacks ("Albanese", "Prime Minister Luis
    Montenegro" for "the prime minister"; not "spokesman John Doe" for "the company's
    chief executive")."""
    words = source_key(name).split()
    own = set(_name_of(name).split()) or ({words[0]} if len(words) == 1 else set())
    described = set(source_key(description).split())
    return all(w in own or w in described or w in STOPWORDS for w in words)


# Personal pronouns that stand as a source where whom they stand for was not found ('"I am
# your captain," he said'): they name nobody, so no other source differs from them.
PRONOUN_SOURCES = frozenset(["he", "she", "they", "him", "her", "i", "we", "it"])
# How such a source reads after "attributed to": "attributed to him in The Guardian".
_PRONOUN_SHOWN = {
    "he": "him",
    "she": "her",
    "they": "them",
    "we": "the speakers",
    "i": "the speaker",
}


def _pronoun_source(m: ClaimStatement) -> bool:
    """Whether a member's source is a bare personal pronoun, in any case: "he", "They"
    ('"I am your captain," he said'); not "his lawyer" nor "Hezbollah"."""
    return (m.source or "").strip().lower() in PRONOUN_SOURCES


def _by_pronoun(members: Sequence[ClaimStatement]) -> list[list[ClaimStatement]]:
    """Members whose source is a bare pronoun (`_pronoun_source`), grouped by how it reads
    ("He" and "he" are one): each stands for someone, but whom is not known."""
    groups: dict[str, list[ClaimStatement]] = {}
    for m in members:
        groups.setdefault(_who(m), []).append(m)
    return list(groups.values())


# A source that is an acronym of two letters and nothing more: "the UN", "the U.N.".
_TWO_LETTERS_RE = re.compile(r"(?:[Tt]he\s+)?([A-Z]{2})")
# An acronym closing a source's name, bare or in brackets: "... agency AFAD", "(AFAD)".
_ACRONYM_END = re.compile(r"\b\(?([A-Z]{3,6}|[A-Z]{1,3}&[A-Z]{1,3})\)?$")  # "AFAD", "M&S"


def _by_source(members: Sequence[ClaimStatement]) -> list[list[ClaimStatement]]:
    """Members grouped by the source they cite, a shorter name joining the fuller one that
    holds it ("Netanyahu" in "Prime Minister Benjamin Netanyahu"), each group led by a
    member naming it in full; members that name no source make one group per kind."""
    keys = [_group_key(m) for m in members]
    named = [k for k in dict.fromkeys(keys) if not k.startswith("\0")]  # in members' order
    # "Mr Erdogan" is "President Recep Tayyip Erdogan": the shorter's words, less an
    # honorific, stand whole in the fuller name; "Lead researcher Michael Lincoff" is "Dr
    # Michael Lincoff of the Cleveland Clinic": one name heads both
    names: dict[str, str] = {}
    # each name a source gives, its alias too: "Ahmed al-Sharaa, better known as Abu
    # Mohammed al-Julani"
    known_as: dict[str, list[str]] = {}
    # a byname's explanation in brackets: "Itamaraty (Brazil's Ministry of Foreign Affairs)"
    explained: dict[str, str | None] = {}
    heads: dict[str, str] = {}  # the source before a comma: "russia s aviation authority"
    bodies: dict[str, str] = {}  # a body's name beside what it is: "actblue", "aemet"
    surnames: dict[str, str] = {}  # a person's one name beside what they are: "gay"
    unnamed = {k for m, k in zip(members, keys, strict=True) if m.kind == "anonymous"}
    for m, k in zip(members, keys, strict=True):
        if m.source:
            beside = _body_name(m.source)
            if m.kind in ("organization", "media"):
                bodies.setdefault(k, _research_home(m.source) or beside)
            elif m.kind == "person" and len(beside.split()) == 1:
                surnames.setdefault(k, beside)
            names.setdefault(k, _name_of(m.source))
            known_as.setdefault(k, [names[k], *_aliases(m.source)])
            byname = explained_byname(m.source)
            explained.setdefault(k, source_key(byname) if byname else None)
            heads.setdefault(k, source_key(m.source.partition(",")[0]))
    # Each key is linked to the first that holds it and to the first with its name; a
    # group is what the links join ("Governor Ron DeSantis" is held by "the Florida
    # governor, Ron DeSantis", whose name is the first's). "Netanyahu" joins only the first
    # name that holds it, so two Netanyahus stay two.
    parent = {k: k for k in named}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    def link(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    for k in named:
        # a country is not one of its bodies: "China" and "China's commerce ministry"
        holder = next(
            (o for o in named if k != o and _holds(o, k) and _country_of(k) is None), None
        )
        if holder is not None:
            link(k, holder)
        same = next(
            o
            for o in named
            if o == k
            or _one_name(names[o], names[k])
            or any(_one_name(x, y) for x in known_as[o] for y in known_as[k])  # an alias
            or _spelled_alike(o.split(), k.split())  # "Zelenskiy", "Zelensky"
            or _transliterated(names[o], names[k])  # "General Waker-Uz-Zaman", "Army chief
            # General Waqar-Uz-Zaman"
            or _joined_alike(o, k)  # "JPMorgan analysts", "analysts at J.P. Morgan"
            or _worded_alike(o, k)  # "a reporter in the courtroom", "a reporter in court"
            or _same_terms(o, k)  # "Lebanon's Health Ministry", "the Lebanese Ministry of Health"
            or any(
                x is not None and _same_terms(x, y)
                for x, y in ((explained.get(o), k), (explained.get(k), o))
            )  # "Itamaraty (Brazil's Ministry of Foreign Affairs)", "Brazil's foreign ministry"
            or _same_work(o, k)  # "the Office of Civil Defense", "the civil defence agency"
            or _named_in_part(o, k)  # "the internal affairs ministry", "the Internal Affairs
            # and Communications Ministry"
            or _one_record(o, k)  # "a UN report", "a United Nations fact-finding report"
            or _one_country(o, k)  # "China", "Beijing"
            or _one_military(o, k)  # "Israel's military", "the Israel Defense Forces"
            or _one_officialdom(o, k)  # "Russian authorities", "Russian officials"
            or _one_bench(o, k)  # "the court", "the justices"
            or _one_prosecution(o, k)  # "Paris prosecutors", "the Paris prosecutor's office"
            or _words_of(o, k)  # "Beccuau's statement", "Prosecutor Laure Beccuau"
            or _office_by_title(o, k)  # "a statement from the Prime Minister's Office",
            # "Prime Minister Benjamin Netanyahu's office"
            or _one_document(o, k)  # "the DFPI order", "an order from the California
            # Department of Financial Protection and Innovation"
            or _office_of_owner(o, k)  # "the company's chief executive", "CEO Steve Altemus"
            or _office_of_country(o, k)  # "Kenya's defense minister", "Defence Minister
            # Aden Duale"
            or _owned_alike(o, k)  # "the court's pre-trial chamber", "the ICC's Pre-Trial Chamber"
            or _headed_alike(heads[o], heads[k])  # "Russia's aviation watchdog", "Russia's
            # civil aviation authority, Rosaviatsia"
            or bodies.get(o, "\0") == bodies.get(k, "") != ""  # "ActBlue, the Democratic
            # fundraising platform", "ActBlue, the party's main online fundraising platform"
            or _named_beside(surnames, names, o, k)  # "Gay, the first Black person to
            # lead the school", "Claudine Gay"
            or _brand_beside(bodies, o, k)  # "OceanGate, the firm that owned the sub",
            # "OceanGate Expeditions"
            or (o in unnamed and k in unnamed and _described_alike(o, k))  # "a young woman
            # at the scene", "one woman who was at the scene"
        )
        link(k, same)
    # A body named in full by one outlet and by its acronym by another is one source:
    # "the disaster agency AFAD", "the Disaster and Emergency Management Authority (AFAD)".
    # So is one outlet's acronym and another's name it stands for: "the CDC", "the U.S.
    # Centers for Disease Control and Prevention".
    by_acronym: dict[str, str] = {}
    sources = {m.source: k for m, k in zip(members, keys, strict=True) if k in parent and m.source}
    for source, key in sources.items():
        undotted = _DOTTED_RE.sub(_undotted, source)
        # the name's, before a comma too: "Taiwan Semiconductor Manufacturing Co (TSMC), the
        # world's largest contract chipmaker"
        acronym = (
            _ACRONYM_END.search(undotted)
            or _ACRONYM_END.search(undotted.partition(",")[0].rstrip())
            or _TWO_LETTERS_RE.fullmatch(undotted)
        )
        if acronym and acronym.group(1) not in by_acronym:
            for other, other_key in sources.items():
                if abbreviates(acronym.group(1), other):
                    link(key, other_key)
        if acronym:
            link(key, by_acronym.setdefault(acronym.group(1), key))
    # A company called by its trade is the one its claim names that another outlet cites:
    # "Intel will cut ..., the chipmaker said" beside "Intel said Thursday it will lay off".
    for m, k in zip(members, keys, strict=True):
        if k in parent and _TRADE_BODY_RE.fullmatch(k):
            told = fold(m.content_text)
            for o in named:
                if o != k and not _TRADE_BODY_RE.fullmatch(o) and _names_word(o, told):
                    link(k, o)
                    break
    # A group is keyed by its fullest name (most words; the first of equals)
    fullest: dict[str, str] = {}
    for k in named:
        best = fullest.setdefault(root(k), k)
        if len(k.split()) > len(best.split()):
            fullest[root(k)] = k
    groups: dict[str, list[ClaimStatement]] = {}
    for m, key in zip(members, keys, strict=True):
        groups.setdefault(fullest[root(key)] if key in parent else key, []).append(m)
    return [sorted(ms, key=lambda m: _group_key(m) != key) for key, ms in groups.items()]


# A company's key by its trade alone: "the chipmaker", "the Texas-based company".
_TRADE_BODY_RE = re.compile(
    r"the (?:[a-z-]+ )?(?:company|firm|chipmaker|carmaker|automaker|planemaker|drugmaker|"
    r"manufacturer|retailer|airline|carrier|insurer|lender|operator|broadcaster|chain|"
    r"conglomerate|startup)"
)


def _names_word(key: str, folded: str) -> bool:
    """Whether a folded text names a source key's words, whole: "intel" in "intel will
    cut", not in "intelligence"."""
    return re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", folded) is not None


# An acronym in brackets after a body's name: "the National Electoral Institute (INE)".
_BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z]{2,6}\)\s*$")


def _group_key(m: ClaimStatement) -> str:
    """A member's source as `_by_source` compares it: its words, less an acronym in
    brackets after the name; "\0" and the kind where it names none; "\1" and the kind of
    record for a record no one is named as making (`_record`)."""
    if not m.source:
        return "\0" + m.kind
    record = _record(m.source)
    if record is not None:
        return "\1" + record
    return source_key(_as_a_kind(_BRACKETED_ACRONYM.sub("", m.source)))


# A kind of source with some of its members named: "rights groups including Amnesty
# International", "Amnesty International Kenya and other rights groups".
_INCLUDING_RE = re.compile(r"\s*,?\s+(?:including|such\s+as)\s+.*$", re.IGNORECASE)
_AND_OTHER_RE = re.compile(r"^.+?\s+and\s+other\s+(?=\w+\s+\w)", re.IGNORECASE)


def _as_a_kind(source: str) -> str:
    """A source that names a kind and some of its members, as the kind: another outlet's
    "Human rights groups" cites the same groups."""
    return _AND_OTHER_RE.sub("", _INCLUDING_RE.sub("", source)) or source


# What a record a story cites may be called, by the kind of record it is.
_RECORDS = {"study": "study", "studies": "study", "research": "study", "paper": "study",
            "report": "report", "survey": "survey", "poll": "survey", "analysis": "analysis",
            "video": "footage", "videos": "footage", "footage": "footage", "images": "footage",
            "photos": "footage", "pictures": "footage", "clips": "footage"}  # fmt: skip
# Days named in a record's description, no maker's name: 'footage shared on Monday night'.
_WEEKDAYS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                       "Sunday"])  # fmt: skip
_RECORD_WORDS = 6
_RECORD_OPENERS = frozenset(["the", "a", "an", "this", "that"])


def _record(source: str) -> str | None:
    """The kind of record a source is where it names no one as making it: "a large US
    study", "a new study", "research" and "the US study of about 390,000 adults" are one
    study, as two outlets citing them for one claim mean; "a report by Human Rights
    Watch" and "a Pentagon report" name who made theirs and stay apart."""
    words = _WORD_RE.findall(source)
    if len(words) > _RECORD_WORDS * 2:
        return None
    low = [w.lower() for w in words]
    head = next((n for n, w in enumerate(low[:_RECORD_WORDS]) if w in _RECORDS), None)
    if head is None or "by" in low or "from" in low:
        return None
    others = [
        w
        for n, w in enumerate(words)
        if n != head
        and low[n] not in _RECORD_OPENERS
        # 'Television footage showed': a common noun capitalised as it opens the sentence
        and not (n == 0 and not w.isupper() and wordnet.noun_class(low[n]) is not None)
    ]
    if any(
        w[:1].isupper()
        and not (w.isupper() and len(w) <= 3 and w not in _SPELLED_OUT)  # 'a UN report'
        and w not in _WEEKDAYS
        for w in others
    ):
        return None  # a name: 'a Pentagon report', 'Reuters analysis' (not 'a US study')
    return _RECORDS[low[head]]


def source_groups(cited: Iterable[tuple[str, str | None]]) -> int:
    """How many sources some statements cite, given as (kind, source), counted as
    attribution conflicts count them: "Mr Erdogan" and "President Recep Tayyip Erdogan",
    "his lawyer" and "His lawyer Tor Eide" are one; statements naming no source make one
    group per kind; a bare pronoun ("he") is another source only where nothing else is
    cited."""
    members = [
        ClaimStatement(0, n, "", "", (0, 0), kind=kind, source=source)
        for n, (kind, source) in enumerate(cited)
    ]
    named = [m for m in members if not _pronoun_source(m)]
    return len(_by_source(named)) or min(len(members), 1)  # only pronouns: one unknown


# Kinds of source a statement names: whom two of them cite is one or two.
_NAMED_KINDS = frozenset(["person", "organization", "media"])


def same_source(a: ClaimStatement, b: ClaimStatement) -> bool | None:
    """Whether two statements cite one source (True) or two (False), as attribution
    conflicts tell them apart (`_by_source`): "police" and "Merseyside Police" are one,
    "Merseyside Police" and "South Yorkshire Police" two. None where either names no
    person, body or outlet ("officials", "a report", a bare pronoun, none) or its report
    lies inside its claim (`ClaimStatement.report_inside`): it may be anyone's. Alignment
    reads it (`align.join_article`)."""
    if not (a.source and b.source) or a.report_inside or b.report_inside:
        return None
    if a.kind not in _NAMED_KINDS or b.kind not in _NAMED_KINDS:
        return None
    if _pronoun_source(a) or _pronoun_source(b) or _record(a.source) or _record(b.source):
        return None
    return _cited_alike(*sorted([(a.kind, a.source), (b.kind, b.source)]))


@lru_cache(maxsize=4096)
def _cited_alike(one: tuple[str, str], other: tuple[str, str]) -> bool:
    members = [
        ClaimStatement(0, n, "", "", (0, 0), kind=kind, source=source)
        for n, (kind, source) in enumerate((one, other))
    ]
    return len(_by_source(members)) == 1


_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "professor"])
_DETERMINERS = frozenset(["the", "a", "an"])


def _holds(fuller: str, shorter: str) -> bool:
    """Whether a source key names the same one as a shorter key, whose words (less an
    honorific or an article) stand whole in it: "president recep tayyip erdogan" holds "mr
    erdogan" and "the central bank" holds "the bank"; a word for a body its name ends in
    ("azerbaijan airlines" holds "the airline"). "mrs erdogan" does not hold "mr erdogan",
    nor does "joanne smith" hold "anne"."""
    title, _, name = shorter.partition(" ")
    if title in _DETERMINERS and name:
        # "the central bank" holds "the bank"; "azerbaijan airlines" holds "the airline"
        return f" {name} " in f" {fuller} " or (
            " " not in name and similarity.term(name) == similarity.term(fuller.split()[-1])
        )
    if title not in _HONORIFICS or not name:
        return f" {shorter} " in f" {fuller} " or _title_and_surname_in(fuller, shorter)
    other = fuller.partition(" ")[0]
    return f" {name} " in f" {fuller} " and (other not in _HONORIFICS or other == title)


def _title_and_surname_in(fuller: str, shorter: str) -> bool:
    """Whether a title and a surname ("president biden") stand in that order in a fuller
    name that ends in the same surname ("president joe biden")."""
    short, full = shorter.split(), fuller.split()
    if len(short) < 2 or len(full) <= len(short) or short[-1] != full[-1]:
        return False
    words = iter(full)
    return all(w in words for w in short)  # in order: each found after the one before


SHORT_GIVEN_NAME = 3  # letters a given name's short form keeps at least: "Pam", "Rob"


def _one_name(a: str, b: str) -> bool:
    """Whether two names (`_name_of`) are one, the shorter standing whole in the other, its
    last word perhaps spelled another way ("volodymyr zelenskiy", "ukrainian president
    volodymyr zelensky") or a word of it plural ("revolutionary guards")."""
    if not (a and b):
        return False
    bare_a, bare_b = _without_middle_initials(a), _without_middle_initials(b)
    if (bare_a == a) != (bare_b == b):
        a, b = bare_a, bare_b  # "Mark S. Cohen" and "Mark Cohen"; not "Mark T. Cohen"
    short, long = sorted((a.split(), b.split()), key=len)
    tail = long[len(long) - len(short) :]
    if f" {a} " in f" {b} " or f" {b} " in f" {a} " or _spelled_alike(short, tail):
        return True
    if len(short) == len(long) == 2 and (
        short == long[::-1]  # "Shimizu Shigeki" (family name first), "Shigeki Shimizu"
        or (
            short[1] == long[1]
            and min(len(short[0]), len(long[0])) >= SHORT_GIVEN_NAME
            and (short[0].startswith(long[0]) or long[0].startswith(short[0]))
        )  # "Pam Baricuatro", "Pamela Baricuatro"
    ):
        return True
    if len(short) == 2 and len(long) >= 3 and short == [long[-3], long[-1]]:
        return True  # a middle name one writes: "Khawaja Asif", "Khawaja Muhammad Asif"
    # one word plural in one name: "Iran's Revolutionary Guards", "the Revolutionary Guard"
    ta, tb = _termed(a), _termed(b)
    return len(short) >= 2 and (f" {ta} " in f" {tb} " or f" {tb} " in f" {ta} ")


def _without_middle_initials(name: str) -> str:
    """A folded name less the initials between its first and last words: "mark s cohen" ->
    "mark cohen" ("Mark S. Cohen" is the "Mark Cohen" another outlet cites)."""
    words = name.split()
    kept = [w for k, w in enumerate(words) if len(w) > 1 or k in (0, len(words) - 1)]
    return " ".join(kept)


# Words of a title a name may follow, which `_untitled` takes off it: "Boeing CEO Kelly
# Ortberg", "Boeing Chief Executive Kelly Ortberg".
_TITLE_WORDS = frozenset([
    "ceo", "cfo", "coo", "executive", "chief", "officer", "president", "minister", "secretary",
    "director", "chairman", "chairwoman", "chair", "governor", "head", "boss", "leader",
    "founder", "spokesman", "spokeswoman", "spokesperson", "general", "mayor", "senator",
    "judge", "commissioner", "coach", "manager", "ambassador", "chancellor", "premier", "king",
    "queen", "prince", "princess", "representative", "sen", "rep", "gov", "colonel", "major",
    "lieutenant", "captain", "sergeant", "admiral", "brigadier", "commander", "speaker",
    "superintendent", "sheriff", "attorney", "prosecutor", "justice", "inspector", "marshal",
    "envoy", "detective",
])  # fmt: skip


# How alike two spellings of one surname are (`fuzz.ratio`): "Zelenskiy" and "Zelensky"
# (94), "Gaddafi" and "Qaddafi" (86); "Johnson" and "Jonson" too, a risk one claim rarely
# runs. Names shorter than SPELLING_MIN_LETTERS must match exactly.
SPELLING_ALIKE = 85
SPELLING_MIN_LETTERS = 6


def _worded_alike(a: str, b: str) -> bool:
    """Whether two source keys say the same, word for word but for an article after the
    first word and a word that begins the other's (four letters or more): "a reporter in
    the courtroom" and "a reporter in court"; not "a senior official" and "a senior
    officer", nor "officials in Kyiv" and "officials in Moscow"."""
    wa, wb = _unarticled(a.split()), _unarticled(b.split())
    return len(wa) == len(wb) > 1 and all(
        x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)))
        for x, y in zip(wa, wb, strict=True)
    )


# Words that add nothing to which body a source is: "the Lebanese Ministry of Public
# Health" is "Lebanon's Health Ministry", "Gaza's civil defence agency" is "Gaza's Civil
# Defense", "the Ministry of Foreign Affairs" the foreign ministry.
_IDLE_IN_NAMES = frozenset(["public", "official", "s", "agency", "affairs"])


# A country's other names, by source key: its capital, named for its government ("Beijing
# said"), and its short names ("the U.S.", "the UK").
_COUNTRY_OF_NAME = {
    **similarity.CAPITALS,
    "us": "america",
    "usa": "america",
    "united states": "america",
    "uk": "britain",
    "united kingdom": "britain",
    "democratic republic of the congo": "congo",
    "democratic republic of congo": "congo",
    "drc": "congo",
    "dr congo": "congo",
    "dprk": "north korea",
    "uae": "united arab emirates",
    "turkiye": "turkey",
}
_COUNTRY_KEYS = similarity.COUNTRIES | frozenset(_COUNTRY_OF_NAME.values())


def _country_of(key: str) -> str | None:
    """The country a source key names, by its name or another (`_COUNTRY_OF_NAME`); None
    for others."""
    name = key.removeprefix("the ")
    name = _COUNTRY_OF_NAME.get(name, name)
    return name if name in _COUNTRY_KEYS else None


def _one_country(a: str, b: str) -> bool:
    """Whether two source keys name one country: "china" and "beijing", "the united
    states" and "washington"."""
    country = _country_of(a)
    return country is not None and country == _country_of(b)


# A country's office, as a source key gives it: "kenya s defense minister".
_COUNTRY_OFFICE_RE = re.compile(r"((?:\w+ ){0,2}?\w+) s ((?:\w+ ){0,3}\w+)")


# What a country's armed forces are called, by source key: "israel s military", "the
# israeli army", "the israel defense forces"; and the acronyms of a few.
_ARMED_FORCES_RE = re.compile(
    r"(?:the )?(\w+(?: (?!s )\w+)?)(?: s)? (?:military|army|armed forces|defen[cs]e forces)"
)
_ARMED_FORCES_ACRONYMS = {"idf": "israel"}
# Countries by their terms, which their peoples' words share: "ukrain" for "ukrainian".
_COUNTRY_OF_TERMS = {" ".join(map(similarity.term, c.split())): c for c in _COUNTRY_KEYS}


def _armed_forces_of(key: str) -> str | None:
    """The country whose armed forces a source key names; None for others."""
    acronym = _ARMED_FORCES_ACRONYMS.get(key.removeprefix("the "))
    if acronym is not None:
        return acronym
    m = _ARMED_FORCES_RE.fullmatch(key)
    if m is None:
        return None
    return _country_of(m.group(1)) or _COUNTRY_OF_TERMS.get(_termed(m.group(1)))


# The state's people, unnamed: "russian officials", "the russian authorities", "officials".
_OFFICIALDOM_RE = re.compile(
    r"(?:the )?((?:\w+ )*?)(?:s )?(?:authorities|officials)|(?:an? |one )((?:\w+ )*?)official"
)


def _one_officialdom(a: str, b: str) -> bool:
    """Whether two source keys name one country's officialdom, unnamed, as "authorities",
    "officials" or one of them, described alike: "Russian authorities", "Russian
    officials", "the Russian authorities"; "a U.S. official", "U.S. officials"; not
    "Russian officials" and "Ukrainian officials", nor "a senior U.S. official" and "U.S.
    officials"."""
    ma, mb = _OFFICIALDOM_RE.fullmatch(a), _OFFICIALDOM_RE.fullmatch(b)
    if ma is None or mb is None:
        return False
    return _termed(ma.group(1) or ma.group(2) or "") == _termed(mb.group(1) or mb.group(2) or "")


# A source that is someone's words or count: "Beccuau's statement", "U.N. figures".
_WORDS_OF_RE = re.compile(
    r"(.+?) s (?:(?:written|public|official|own) )?(?:statement|remarks|comments|letter|"
    r"post|testimony|speech|address|announcement)"
    r"|(?:the )?(.+?)(?: s)? (?:figures|data|statistics|tally|count)"
)


def _words_of(a: str, b: str) -> bool:
    """Whether one source key is the other's words or count: "beccuau s statement" and
    "prosecutor laure beccuau" (its owner's surname ends the other), "the ministry s
    statement" and "the ministry", "un figures" and "the united nations" (an acronym)."""
    for x, y in ((a, b), (b, a)):
        m = _WORDS_OF_RE.fullmatch(x)
        if m is None:
            continue
        owner = m.group(1) or m.group(2)
        if y == owner or y.endswith(" " + owner):
            return True
        if " " not in owner and 2 <= len(owner) <= 6 and abbreviates(owner, y):
            return True
    return False


def _office_by_title(a: str, b: str) -> bool:
    """Whether two source keys name one body of one holder, by title alone in one and by
    title and name in the other, perhaps as a statement from it: "a statement from the
    prime minister s office" and "prime minister benjamin netanyahu s office"."""
    owner_a, mark_a, head_a = _STATEMENT_FROM_RE.sub("", a).removeprefix("the ").partition(" s ")
    owner_b, mark_b, head_b = _STATEMENT_FROM_RE.sub("", b).removeprefix("the ").partition(" s ")
    if not (mark_a and mark_b and head_a == head_b) or owner_a == owner_b:
        return False
    short, long = sorted((owner_a.split(), owner_b.split()), key=len)
    return len(long) - len(short) >= 2 and long[: len(short)] == short


# A statement from a body, before the body's name: "a statement from ", "the statement by ".
_STATEMENT_FROM_RE = re.compile(r"^(?:a |an |the )?(?:joint )?statement (?:from|by|of) ")


# A document by who issued it, named before it or after it: "the DFPI order", "the closure
# order from the California Department of Financial Protection and Innovation".
_DOCUMENTS = r"(order|report|filing|ruling|letter|document|notice)"
_OWNER_DOCUMENT_RE = re.compile(r"(?:the )?(\w+) " + _DOCUMENTS)
_DOCUMENT_BY_RE = re.compile(
    r"(?:the |an |a )?(?:[\w-]+ )?" + _DOCUMENTS + r" (?:from|by|of|issued by) (?:the )?(.+)"
)


def _one_document(a: str, b: str) -> bool:
    """Whether two source keys name one document, its issuer's acronym before it in one and
    the issuer in full after it in the other: "the dfpi order" and "an order from the
    california department of financial protection and innovation"."""
    for x, y in ((a, b), (b, a)):
        owned, issued = _OWNER_DOCUMENT_RE.fullmatch(x), _DOCUMENT_BY_RE.fullmatch(y)
        if owned is None or issued is None or owned.group(2) != issued.group(1):
            continue
        owner, issuer = owned.group(1), issued.group(2)
        if owner == issuer or (2 <= len(owner) <= 6 and abbreviates(owner, issuer)):
            return True
    return False


# Prosecutors and their office: "Paris prosecutors", "the Paris public prosecutor's office".
_PROSECUTORS_RE = re.compile(r"(?:the )?((?:\w+ )*?)(?:public )?prosecutors")
_PROSECUTION_RE = re.compile(r"the ((?:\w+ )*?)(?:public )?prosecutor s office")


def _one_prosecution(a: str, b: str) -> bool:
    """Whether two source keys name one prosecution service, once by its people and once
    as an office, of one place: "Paris prosecutors" and "the Paris public prosecutor's
    office"; not "Munich prosecutors" and "the Paris prosecutor's office"."""
    for x, y in ((a, b), (b, a)):
        people, office = _PROSECUTORS_RE.fullmatch(x), _PROSECUTION_RE.fullmatch(y)
        if people is not None and office is not None and people.group(1) == office.group(1):
            return True
    return False


# A court's bench and the court: "the justices", "the Supreme Court".
_BENCH_RE = re.compile(r"the (?:justices|judges)")
_COURT_RE = re.compile(r"the (?:(?:\w+ )*?(?:supreme|high|highest|constitutional) )?court")


def _one_bench(a: str, b: str) -> bool:
    """Whether two source keys name one court, once as itself and once as its bench: "the
    court" or "the Supreme Court", and "the justices" (a ruling is the court's and its
    judges'); not "the appeals court" and "the justices", two courts, nor "three justices",
    some of the bench."""
    return any(
        _BENCH_RE.fullmatch(x) is not None and _COURT_RE.fullmatch(y) is not None
        for x, y in ((a, b), (b, a))
    )


def _one_military(a: str, b: str) -> bool:
    """Whether two source keys name one country's armed forces: "Israel's military", "The
    Israel Defense Forces (IDF)", "the Israeli army"; not Israel's and Iran's."""
    country = _armed_forces_of(a)
    return country is not None and country == _armed_forces_of(b)


def _described_alike(a: str, b: str) -> bool:
    """Whether two keys of unnamed sources describe one: the terms of the one, two or more,
    all among the other's ("ministry officials", "a transport ministry official"; "one
    woman who was at the scene", "a young woman at the scene"); not "a Russian official"
    and "a Ukrainian official", nor a senior one and one of no rank."""
    ta, tb = _described_terms(a), _described_terms(b)
    if not (ta <= tb or tb <= ta) or len(min(ta, tb, key=len)) < 2:
        return False
    return not ((ta ^ tb) & _RANK_TERMS)  # "a senior health ministry official" is told apart


_COUNTS = frozenset(["one", "two", "three", "four", "five", "several", "some", "many"])
_RANK_TERMS = frozenset(
    similarity.term(w) for w in ["senior", "top", "junior", "high", "ranking", "chief"]
)


@lru_cache(maxsize=4096)
def _described_terms(key: str) -> frozenset[str]:
    # "us" in a source is the country ("a senior U.S. official"), not the pronoun
    return frozenset(
        similarity.term(w) for w in key.split() if w == "us" or w not in STOPWORDS | _COUNTS
    )


def _termed(key: str) -> str:
    return " ".join(similarity.term(w) for w in key.split())


def _office_of_owner(a: str, b: str) -> bool:
    """Whether one source key is an office of a body called by what it is ("the company s
    chief executive") and the other names that office before a name, with no owner of its
    own ("ceo steve altemus", "chief executive steve altemus"): the one holder, named by
    one outlet only."""
    for office_of, other in ((a, b), (b, a)):
        owner, mark, office = office_of.partition(" s ")
        words = owner.split()
        if not (mark and len(words) == 2 and words[0] == "the" and words[1] in _GENERIC_OWNERS):
            continue
        spelled = " ".join(_OFFICE_SPELLED.get(w, w) for w in other.split())
        if " s " not in other and spelled.startswith(f"{_OFFICE_SPELLED.get(office, office)} "):
            return True
    return False


# Offices written short, as they are spelled out in a source's key.
_OFFICE_SPELLED = {"ceo": "chief executive", "cfo": "chief financial officer",
                   "coo": "chief operating officer", "cto": "chief technology officer"}  # fmt: skip


def _office_of_country(a: str, b: str) -> bool:
    """Whether one source key is a country's office ("kenya s defense minister") and the
    other names that office, spelled either way, with no country of its own before it
    ("defence minister aden duale", "the defence minister"): the office's holder, one
    person, whom only one outlet named ("uganda s defence minister" is another)."""
    for office_of, other in ((a, b), (b, a)):
        m = _COUNTRY_OFFICE_RE.fullmatch(office_of)
        if m is None or _country_of(m.group(1)) is None:
            continue
        office = _termed(m.group(2))
        if " s " not in other and f" {office} " in f" {_termed(other.removeprefix('the '))} ":
            return True
    return False


def _same_terms(a: str, b: str) -> bool:
    """Whether two source keys name one body in other words or order: the same terms (a
    people's word is its country's, `similarity.term`), two or more, less a word that adds
    nothing (`_IDLE_IN_NAMES`): "lebanon s health ministry" and "the lebanese ministry of
    public health"; not "israel s defence ministry" and "israel s foreign ministry", nor
    "the gaza health ministry" and "the hamas run health ministry in gaza"."""
    ta, tb = _key_terms(a), _key_terms(b)
    return len(ta) >= 2 and ta == tb


def _same_work(a: str, b: str) -> bool:
    """Whether two source keys name one body by what it does, each with another word for
    a body (`_WORDS_FOR_A_BODY`): "the office of civil defense" and "the civil defence
    agency"; two or more terms besides, as `_same_terms` asks."""
    if not all(_WORDS_FOR_A_BODY.intersection(map(similarity.term, k.split())) for k in (a, b)):
        return False
    rest = _key_terms(a) - _WORDS_FOR_A_BODY
    return len(rest) >= 2 and rest == _key_terms(b) - _WORDS_FOR_A_BODY


# Bodies' heads, named in part by one outlet and in full by another.
_BODY_HEADS = frozenset(["ministry", "commission", "committee", "council", "department",
    "agency", "centre", "center", "office", "authority", "board", "service", "institute",
    "directorate", "bureau", "court", "tribunal"])  # fmt: skip
# Words saying a body is the country's own, which outlets add or leave out: "the state
# electoral commission", "the National Electoral Commission".
_A_NATIONS_OWN = frozenset(["state", "national", "federal", "central"])


def _named_in_part(a: str, b: str) -> bool:
    """Whether two source keys name one body, one in part: the same head ("ministry",
    "commission", "centre") and every other term of the shorter, one at least, among the
    longer's, which adds no country, people or place: "the internal affairs ministry" and
    "the internal affairs and communications ministry", "the state electoral commission"
    and "the national electoral commission", "the volcanic ash advisory centre in toulouse"
    and "the toulouse volcanic ash advisory centre" (session 57); not "the foreign
    ministry" and "china s foreign ministry"."""
    head = _body_head(a.split())
    if head is None or head != _body_head(b.split()):
        return False
    ta, tb = (_key_terms(k) - _A_NATIONS_OWN for k in (a, b))
    short, long = sorted((ta, tb), key=len)
    if not short - {head} or not short <= long:
        return False
    return not any(
        similarity.a_country(t) or demonym(t.capitalize()) or t in _WHOSE for t in long - short
    )


# Words saying whose a body is, which make it another: "the Hamas-run health ministry in
# Gaza" is not "the Gaza health ministry" (`_same_terms`).
_WHOSE = frozenset(similarity.term(w) for w in ["run", "led", "backed", "controlled", "owned"])


def _body_head(words: list[str]) -> str | None:
    """The body word a key's name ends with, before a place after 'in' or its acronym:
    "centre" of "the volcanic ash advisory centre vaac in toulouse"."""
    if "in" in words:
        words = words[: words.index("in")]
    for word in words[-2:][::-1]:
        if word in _BODY_HEADS:
            return similarity.term(word)
    return None


def _one_record(a: str, b: str) -> bool:
    """Whether two source keys name one report or study, one told more fully: the same
    kind of record, and every other term of the shorter in the longer, one at least: "a un
    report" and "a united nations fact finding report released in february" (not "an
    amnesty report" and "a un report")."""
    ta, tb = _key_terms(a), _key_terms(b)
    kinds = ta & tb & _RECORD_KINDS
    short, long = sorted((ta, tb), key=len)
    return bool(kinds) and bool(short - kinds) and short <= long


_RECORD_KINDS = frozenset(similarity.term(w) for w in ["report", "study", "survey", "assessment"])


# Words for a public body, one as good as another beside what the body does.
_WORDS_FOR_A_BODY = frozenset(
    similarity.term(w)
    for w in [
        "agency",
        "office",
        "authority",
        "department",
        "bureau",
        "service",
        "directorate",
        "organization",
        "organisation",
    ]
)


@lru_cache(maxsize=4096)
def _key_terms(key: str) -> frozenset[str]:
    return frozenset(
        similarity.term(w) for w in key.split() if w not in STOPWORDS and w not in _IDLE_IN_NAMES
    )


# Words for a body an article named before, as the owner of a source: "the court's
# pre-trial chamber", "the company's chief executive". Looser than the words
# `attribution._GENERIC_BODY_RE` lets stand for the body named just before ("the army said"
# after "Hezbollah said" is another body): here the rest of the source must match too.
_GENERIC_OWNERS = frozenset(["court", "company", "agency", "ministry", "government", "firm",
    "bank", "group", "party", "army", "department", "council", "committee", "commission",
    "tribunal", "union", "club", "team", "organisation", "organization"])  # fmt: skip


# Bodies a person or party has one of at a time, whatever it is for: "Biden's campaign",
# "Biden's reelection campaign".
_CAMPAIGN_BODIES = frozenset(["campaign", "team", "office", "government", "administration"])


def _owned_alike(a: str, b: str) -> bool:
    """Whether two source keys name the same part of a body, one owner named and the other
    a word for a body (`_GENERIC_OWNERS`): "the court s pre trial chamber" and "the icc s
    pre trial chamber", "the company s chief executive" and "boeing s chief executive";
    "netanyahu s office" and "his office"; not "israel s defence ministry" and "iran s
    defence ministry". One owner's body is one
    source, named with what it is for or not (`_CAMPAIGN_BODIES`)."""
    owner_a, mark_a, head_a = a.partition(" s ")
    owner_b, mark_b, head_b = b.partition(" s ")
    for (owner, mark, head), other in (
        ((owner_a, mark_a, head_a), b),
        ((owner_b, mark_b, head_b), a),
    ):
        pronoun, _, rest = other.partition(" ")
        if mark and pronoun in _OWNING_PRONOUNS and rest == head and " " not in owner:
            return True  # "netanyahu s office" and "his office": his is the one named
    if not (owner_a and owner_b and mark_a and mark_b):
        return False
    if owner_a == owner_b and head_a != head_b:
        # "biden s campaign" and "biden s reelection campaign": one word for a body, and
        # the same word with what it is for
        short, long = sorted((head_a.split(), head_b.split()), key=len)
        return len(short) == 1 and long[-1] == short[0] and short[0] in _CAMPAIGN_BODIES
    if head_a != head_b or owner_a == owner_b:
        return False
    generic = [
        o.split()[-1] in _GENERIC_OWNERS and o.split()[0] == "the" for o in (owner_a, owner_b)
    ]
    return any(generic) and not all(generic)


_OWNING_PRONOUNS = frozenset(["his", "her", "its", "their"])
# Words for a body that oversees a field, each standing for the others in its name:
# "Russia's aviation watchdog", "Russia's civil aviation authority", "Russia's civil
# aviation agency".
_OVERSEERS = frozenset(["watchdog", "regulator", "authority", "agency"])
# Words a body that decides is called by, one for another: "Venezuela's electoral
# authority", "Venezuela's government-controlled electoral council".
_BOARDS = frozenset(["authority", "authorities", "council", "commission", "board", "body"])


def _headed_alike(a: str, b: str) -> bool:
    """Whether two source keys (each less what follows a comma) name one body: the same
    head word (or two words for an overseer, `_OVERSEERS`, or for a board, `_BOARDS`) after
    two terms or more, those of the shorter all in the other's: "russia s aviation
    watchdog" and "russia s civil aviation authority"; not "israel s defence ministry" and "israel s foreign ministry",
    nor "israel s defence ministry" and "israel s defence ministry spokesman"."""
    wa, wb = a.split(), b.split()
    if len(wa) < 3 or len(wb) < 3 or a == b:
        return False
    if not (wa[-1] == wb[-1] or {wa[-1], wb[-1]} <= _OVERSEERS or {wa[-1], wb[-1]} <= _BOARDS):
        return False
    short, long = sorted((_key_terms(" ".join(wa[:-1])), _key_terms(" ".join(wb[:-1]))), key=len)
    return len(short) >= 2 and short <= long


def _unarticled(words: list[str]) -> list[str]:
    return words[:1] + [w for w in words[1:] if w not in _DETERMINERS]


def _joined_alike(a: str, b: str) -> bool:
    """Whether two sources' words (less stop words, in any order) are the same once two
    words the one writes apart are joined as the other writes them: "jpmorgan analysts"
    and "analysts at jp morgan"."""
    wa = [w for w in a.split() if w not in STOPWORDS]
    wb = [w for w in b.split() if w not in STOPWORDS]
    if len(wa) == len(wb):
        return False
    longer, shorter = (wa, wb) if len(wa) > len(wb) else (wb, wa)
    whole = set(shorter)
    merged: list[str] = []
    k = 0
    while k < len(longer):
        if k + 1 < len(longer) and longer[k] + longer[k + 1] in whole:
            merged.append(longer[k] + longer[k + 1])
            k += 2
        else:
            merged.append(longer[k])
            k += 1
    return sorted(merged) == sorted(shorter)


# A name's words, a particle joined to one ("Abu Mohammed al-Golani") among them.
_NAME_WORD = r"(?:[a-z]{1,3}-)?[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.-]*"  # "Ñáñez" too
# Particles written apart in lower case between a name's words: "Eduardo del Castillo",
# "Ursula von der Leyen", "Mohammed bin Salman".
NAME_PARTICLES = frozenset(["al", "el", "bin", "ibn", "bint", "de", "del", "della", "der",
    "den", "di", "da", "das", "dos", "du", "la", "le", "van", "von", "ter", "ten", "y",
    "zu"])  # fmt: skip
# Two name words or more, particles between them: "Eduardo del Castillo".
_NAME_RUN = (
    _NAME_WORD + r"(?:\s+(?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\s+)*" + _NAME_WORD + r")+"
)


def _spelled_alike(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two names' words are the same but for the last, spelled another way: by
    its letters ("Zelenskiy", "Zelensky"), or, after two words alike, by two letters at
    most ("Abu Mohammed al-Golani", "al-Julani"; "Foreign Minister Abbas Araqchi",
    "Araghchi": one name transliterated)."""
    if not (len(a) == len(b) > 0 and a[:-1] == b[:-1]):
        return False
    last, other = a[-1], b[-1]
    if min(len(last), len(other)) < SPELLING_MIN_LETTERS:
        return False
    if fuzz.ratio(last, other) >= SPELLING_ALIKE:
        return True
    return (
        len(a) >= TRANSLITERATED_AFTER + 1
        and Levenshtein.distance(last, other) <= TRANSLITERATED_LETTERS
    )


# Particles of Arabic names, as one: "el-Sissi", "al-Sisi".
_NAME_PARTICLES = {"el": "al", "ul": "al", "ad": "al", "ud": "al", "as": "al", "az": "al"}


def _transliterated(a: str, b: str) -> bool:
    """Whether two names (`_name_of`) are one transliterated two ways: word for word the
    same consonants, in order (`_consonants`), with at least one word spelled another way,
    of TRANSLITERATED_MIN_LETTERS or more, and TRANSLITERATED_AFTER words alike, the
    first among them ("general waker uz zaman", "general waqar uz zaman"; "abdel fattah
    el sissi", "abdel fattah al sisi"; not "kim jong un", "kim jong il", nor "anna berg",
    "anna borg", nor "anna berg", "anne berg")."""
    wa = [_NAME_PARTICLES.get(w, w) for w in a.split()]
    wb = [_NAME_PARTICLES.get(w, w) for w in b.split()]
    if not wa or len(wa) != len(wb) or wa[0] != wb[0] or wa == wb:
        return False
    if sum(x == y for x, y in zip(wa, wb, strict=True)) < TRANSLITERATED_AFTER:
        return False
    return all(
        x == y
        or (min(len(x), len(y)) >= TRANSLITERATED_MIN_LETTERS and _consonants(x) == _consonants(y))
        for x, y in zip(wa, wb, strict=True)
    )


TRANSLITERATED_MIN_LETTERS = 4
_VOWELS_RE = re.compile(r"(?<=.)[aeiouy]+")


def _consonants(word: str) -> str:
    """A name's word as its transliterations share it: its first letter and the
    consonants after it, 'q' as 'k', a doubled letter once ("waqar", "waker" -> "wkr")."""
    return _DOUBLED_RE.sub(r"\1", _VOWELS_RE.sub("", word.replace("q", "k")))


# Words alike before a name's last, and letters it may differ by, for one name
# transliterated two ways.
TRANSLITERATED_AFTER = 2
TRANSLITERATED_LETTERS = 2


def _aliases(source: str) -> list[str]:
    """The names a source gives after "known as" ("Ahmed al-Sharaa, better known as Abu
    Mohammed al-Julani" -> ["abu mohammed al julani"])."""
    return [
        source_key(m.group(1))
        for m in _KNOWN_AS_RE.finditer(source)
        if len(m.group(1).split()) >= 2
    ]


_KNOWN_AS_RE = re.compile(
    r"\b(?:better\s+|also\s+|widely\s+|popularly\s+)?known\s+as\s+(" + _NAME_RUN + ")"
)


# Words that open a name without being part of it.
_NAME_OPENERS = _HONORIFICS | _DETERMINERS | {"dr.", "mr.", "mrs.", "ms.", "prof."}
_NAME_RUN_RE = re.compile(_NAME_RUN + "$")
# Where a source's head ends within its part before a comma: "Dr Michael Lincoff| of the
# Cleveland Clinic".
_NAME_HEAD_END_RE = re.compile(r"\s(?:of|at|from|for|with|who)\s")


def _name_of(source: str) -> str:
    """The name a source's head is, folded: the capitalised words (two or more, less an
    honorific or article) that end it, before a comma or 'of': "Dr Michael Lincoff of the
    Cleveland Clinic" and "Lead researcher Michael Lincoff" -> "michael lincoff". Where the
    head is no name, the name set beside it after a comma: "His lawyer, Mark Cohen" and "A
    resident of Marrakesh, Abdelhak El Amrani". "" where there is none ("White House
    officials", "Lincoff", "a lawyer for Jane Doe, the defendant")."""
    for n, part in enumerate(source.split(",")):
        # "Taiwan Semiconductor Manufacturing Co (TSMC)": the name before its acronym
        head = _BRACKETED_ACRONYM.sub("", _NAME_HEAD_END_RE.split(part, maxsplit=1)[0]).strip()
        run = _NAME_RUN_RE.search(head)
        if n and run is not None and head[: run.start()].strip().lower() not in ("", "the"):
            # "Jara, 51, a former labor minister under President Gabriel Boric": a name the
            # description tells of, not the source's (session 58)
            continue
        if run is None and _TITLE_WORDS.intersection(source_key(head).split()):
            # "Speaker of Parliament Mahinda Yapa Abeywardana": the name after the office
            run = _NAME_RUN_RE.search(_BRACKETED_ACRONYM.sub("", part).strip())
        elif run is not None and source_key(run.group()).rpartition(" ")[2] in _TITLE_WORDS:
            # "NYPD Chief of Detectives Joseph Kenny": an office's object and a name after it
            # (not "the Chief of the Defence Staff")
            after = _NAME_RUN_RE.search(_BRACKETED_ACRONYM.sub("", part).strip())
            run = after if after is not None and len(after.group().split()) >= 3 else run
        if run is None:
            continue
        words = _untitled(run.group().split())
        while words and fold(words[0]) in _NAME_OPENERS:
            words = words[1:]
        if len(words) >= 2:
            return source_key(" ".join(words))
    return ""


def _research_home(source: str) -> str:
    """Where a body's researchers are, folded, where the source names them by it: "a
    team at Southeast University in Nanjing", "Researchers at Southeast University in
    Nanjing" -> "southeast university in nanjing"; "" otherwise."""
    m = _RESEARCH_HOME_RE.fullmatch(source.strip())
    return source_key(m.group(1)) if m else ""


# Researchers named by where they work: 'a team at Southeast University in Nanjing'.
_RESEARCH_HOME_RE = re.compile(
    r"(?:(?:a|an|the|one|another)\s+)?(?:[a-z-]+\s+)?(?:team|teams|group|groups|researchers|"
    r"scientists|physicists|lab|laboratory)\s+(?:at|from)\s+([A-Z][\w'\u2019.-]*(?:\s+"
    r"(?:of|for|in|and|[A-Z][\w'\u2019.-]*))*)",
    re.IGNORECASE,
)


def _named_beside(surnames: dict[str, str], names: dict[str, str], a: str, b: str) -> bool:
    """Whether one of two sources names a person by one name beside what they are, and
    the other's full name ends with it: "Gay, the first Black person to lead the
    school" and "Claudine Gay" (two people of one surname in one claim would be read as
    one, as "Netanyahu" and a full name are)."""
    return any(
        one in surnames and names[full].split()[-1:] == [surnames[one]]
        for one, full in ((a, b), (b, a))
    )


def _brand_beside(bodies: Mapping[str, str], a: str, b: str) -> bool:
    """Whether one body's name of one word, set beside what it is ("OceanGate, the firm
    that owned the sub"), opens another body's name of two ("OceanGate Expeditions")."""
    for one, two in ((a, b), (b, a)):
        brand = bodies.get(one, "")
        if brand and " " not in brand and two in bodies:
            words = two.split()
            if len(words) == 2 and words[0] == brand:
                return True
    return False


def _body_name(source: str) -> str:
    """The name a body's source gives beside what it calls it, folded: "ActBlue, the
    Democratic fundraising platform", "the state meteorological agency, Aemet" and "The
    national weather agency Aemet" -> "actblue", "aemet", "aemet"; "" where it gives none
    ("the Defence Ministry", "Microsoft")."""
    first, comma, rest = (part.strip() for part in source.partition(","))
    rest = _AGE_BESIDE_RE.sub("", rest)  # "Jara, 51, a former labor minister"
    pairs = [(first, rest), (rest, first)] if comma else []
    words = source.split()
    if not comma and len(words) >= 3 and words[-2][:1].islower():
        pairs.append((words[-1], " ".join(words[:-1])))  # 'agency Aemet'
    for name, described in pairs:
        if _BODY_NAME_RE.fullmatch(name) and _DESCRIBED_RE.match(described):
            return source_key(name)
    return ""


# An age set beside a name before what the person is: "Jara, [51,] a former minister".
_AGE_BESIDE_RE = re.compile(r"^\d{1,3},\s*")
# What a body is called beside its name: 'the state ...', "Spain's national ...", 'its ...'.
_DESCRIBED_RE = re.compile(r"(?:[Tt]he|[Aa]n?)\s|[a-z]|\w+['’]s\s")
# A body's name of one to three capitalised words: 'ActBlue', 'Aemet', 'Capital Economics'.
_BODY_NAME_RE = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}")


def _untitled(words: Sequence[str]) -> Sequence[str]:
    """A run of capitalised words less the title it opens with, up to its last title word
    (`_TITLE_WORDS`), where a name of two words or more follows: "Government Minister
    Eduardo del Castillo" -> "Eduardo del Castillo" (not "Government ..."), "Boeing Chief
    Executive Kelly Ortberg" -> "Kelly Ortberg"; "Stephen King" and "Queen Elizabeth" stay
    whole."""
    # a title is followed by a name of two words or more ("former Prime Minister John
    # Major": "Major" is his name)
    titles = [
        n
        for n, w in enumerate(words)
        if len(words) - n > 2 and _TITLE_WORDS.intersection(source_key(w).split())
    ]
    return words[titles[-1] + 1 :] if titles else words


def source_key(source: str) -> str:
    """A source's words, folded: 'his lawyer, Tor Eide' and 'His lawyer Tor Eide' are one,
    as are 'the U.S. National Hurricane Center' and 'the US National Hurricane Center', and
    'Gen. Waker-Uz-Zaman' and 'General Waker-Uz-Zaman' (a rank abbreviated before a name)."""
    spelled = _RANK_RE.sub(lambda m: _RANKS[m.group(1)], _DOTTED_RE.sub(_undotted, source))
    # 'the U.N. human rights office' and 'the United Nations human rights office'
    spelled = _SPELLED_OUT_RE.sub(lambda m: _SPELLED_OUT[m.group()], spelled)
    return " ".join(_WORD_RE.findall(fold(spelled)))


# Initials of bodies written out, before other words of a source's name (not a country's:
# 'the U.S. Department of Energy' is 'the Energy Department', its country left unsaid).
_SPELLED_OUT = {"UN": "United Nations", "EU": "European Union"}
_SPELLED_OUT_RE = re.compile(r"\b(?:" + "|".join(_SPELLED_OUT) + r")\b(?=\s+[\w'\u2019])")


# Ranks and offices abbreviated before a name, as they are written out.
_RANKS = {"Gen": "General", "Lt": "Lieutenant", "Col": "Colonel", "Maj": "Major",
          "Adm": "Admiral", "Capt": "Captain", "Sgt": "Sergeant", "Cmdr": "Commander",
          "Brig": "Brigadier", "Gov": "Governor", "Sen": "Senator", "Rep": "Representative",
          "Supt": "Superintendent", "Insp": "Inspector", "Det": "Detective"}  # fmt: skip
_RANK_RE = re.compile(r"\b(" + "|".join(_RANKS) + r")\.?(?=[\s-]+[A-Z])")  # 'Col-Maj Amadou'


_WORD_RE = re.compile(r"\w+")
# Initials that end a source with their last stop lost: "the U.N".
_DOTTED_END_RE = re.compile(r"\b[A-Z](?:\.[A-Z])+$")
# Initials written with stops: "U.S.", "U.N.", "D.C."
# Initials with stops, the last perhaps lost to the sentence's end: "U.S.", "the U.N".
_DOTTED_RE = re.compile(r"\b[A-Z](?:\.[A-Z])+\b\.?")


def _undotted(match: re.Match[str]) -> str:
    return match.group().replace(".", "")


def _citing(ms: Sequence[ClaimStatement]) -> str:
    """Who some outlets cite for a claim: "Reuters cites the ministry", "AP, BBC cite
    police"; "The Guardian names no source" where the frame names nobody ("inflation is
    forecast to rise")."""
    one = len({m.label for m in ms}) == 1
    if not ms[0].source:
        return f"{_labels(ms)} {'names' if one else 'name'} no source"
    return f"{_labels(ms)} {'cites' if one else 'cite'} {_who(ms[0])}"


# Words for the people and bodies a story hears from that no name is made of.
_COMMON_SOURCES = frozenset(["authorities", "police", "officials", "witnesses", "residents",
    "rescuers", "investigators", "prosecutors", "doctors", "experts", "analysts", "sources",
    "scientists", "researchers", "survivors", "protesters", "activists", "lawmakers",
    "officers", "firefighters", "paramedics", "medics", "diplomats", "economists", "critics",
    "observers", "organisers", "organizers", "villagers", "relatives", "neighbours",
    "neighbors", "passengers", "emergency"])  # fmt: skip


# How a source of a kind with no words of its own reads: "attributed to unnamed sources in
# BBC" (not "to anonymous").
_UNNAMED_SHOWN = {"anonymous": "unnamed sources", "media": "media reports"}


def _who(m: ClaimStatement) -> str:
    """The source as it reads mid-sentence: 'A leader of X' -> 'a leader of X', a full
    name without the description after its comma ('Richard Binzel, a professor ...' ->
    'Richard Binzel'), and an unnamed source of one word (or a word for the people a
    story hears from, `_COMMON_SOURCES`), capitalised only as it opened its sentence:
    'Authorities' -> 'authorities'. An outlet citing itself ('The BBC understands ...')
    cites its own sources; a bare pronoun reads as an object ('he said' -> 'him')."""
    if m.kind == "self":
        return "its own sources"
    if _pronoun_source(m):  # '"I am your captain," he said' -> "attributed to him"
        low = (m.source or "").strip().lower()
        return _PRONOUN_SHOWN.get(low, low)
    # a hedge's unnamed voice ('is thought to have imploded'): no source, only its kind
    source = m.source or _UNNAMED_SHOWN.get(m.kind, m.kind)
    name, comma, _ = source.partition(", ")
    if (
        comma
        and (len(name.split()) > 1 or m.kind == "person")
        and all(w[:1].isupper() for w in name.split())
    ):
        # 'Richard Binzel, a professor of planetary science at MIT who ...', 'Lasconi,
        # leader of the Save Romania Union, USR, who had edged out ...'
        source = name
    if _DOTTED_END_RE.search(source):
        source += "."  # 'according to the U.N.': the sentence's stop was the initials' last
    first, _, rest = source.partition(" ")
    if first in ("A", "An", "The") and rest:
        return f"{first.lower()} {rest}"
    if first.lower() in RECORD_HEADS and rest[:1].islower():
        return f"{first.lower()} {rest}"  # 'Footage from the Okhmatdyt hospital'
    common = (m.kind == "anonymous" and not rest) or first.lower() in _COMMON_SOURCES
    if common and source[1:].islower() and not demonym(source):
        return source.lower()  # "Witnesses", "Authorities", "Police"; not "Democrats"
    return source


# --- syndication -------------------------------------------------------------


def find_syndicated(
    articles: Sequence[ArticleInput], claims: Sequence[ClaimResult]
) -> dict[int, int]:
    """Articles that copy an earlier article of the story near-verbatim: copy -> original."""
    return syndicated_copies(
        {a.article: (a.order, a.article) for a in articles},
        {a.article: len(a.statements) for a in articles},
        ([(m.article, m.text) for m in claim.members] for claim in claims),
    )


def syndicated_copies(
    order: Mapping[int, tuple[int, int]],
    sizes: Mapping[int, int],
    claims: Iterable[Sequence[tuple[int, str]]],
) -> dict[int, int]:
    """`find_syndicated` on claims given as (article, statement text) members.

    For each pair of articles, the claims in which their statements are near-verbatim
    are counted; an article copies the earlier article it shares the most with (the
    earliest of those sharing as many: the likeliest original) when that covers most
    of its statements. The answer depends on the counts alone, not on the claims' order.
    """
    copy_parts, original_parts = [], []
    for members in claims:
        if len(members) < 2:
            continue
        texts = [fold(text) for _, text in members]
        scores = process.cdist(
            texts, texts, scorer=fuzz.ratio, score_cutoff=SYNDICATION_RATIO, dtype=np.uint8
        )
        np.fill_diagonal(scores, 0)
        i, j = np.nonzero(scores)
        if i.size:
            ids = np.array([a for a, _ in members], dtype=np.int64)
            copy_parts.append(ids[i])
            original_parts.append(ids[j])
    if not copy_parts:
        return {}
    pairs = np.stack([np.concatenate(copy_parts), np.concatenate(original_parts)], axis=1)
    unique, counts = np.unique(pairs, axis=0, return_counts=True)
    best: dict[int, tuple[int, tuple[int, int], int]] = {}  # copy -> (shared, order, original)
    for copy, original, n in zip(
        unique[:, 0].tolist(), unique[:, 1].tolist(), counts.tolist(), strict=True
    ):
        if order[original] >= order[copy]:
            continue
        held = best.get(copy)
        if held is None or (n, _earlier(order[original])) > (held[0], _earlier(held[1])):
            best[copy] = (n, order[original], original)
    return {
        copy: original
        for copy, (n, _, original) in best.items()
        if n >= SYNDICATION_SHARE * max(sizes[copy], 1)
    }


def _earlier(rank: tuple[int, int]) -> tuple[int, int]:
    """A key under which an earlier article ranks higher."""
    return (-rank[0], -rank[1])

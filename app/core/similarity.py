"""Decide whether two statements report the same thing, from lexical evidence only.

Each statement is reduced once to a `StatementFeatures` (folded words, stemmed
content terms with IDF weights, numbers, negation), so scoring a pair costs two
rapidfuzz calls and a few set operations. Ten pair features are combined by a
logistic model whose weights were fitted by `scripts/fit_similarity.py` on the
MSRP *training* split only, with cross-validation, and are frozen below; nothing
is fitted at run time.

>>> same_statement("The militias agreed to halt their attacks on Israel.",
...                "Militias are suspending their attacks against Israel.")
True
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import numpy as np
from rapidfuzz import fuzz, process

from app.core.text import (
    _SUFFIXES,
    NUMBER_WORDS,
    SPELLED_NUMBER_WORDS,
    STOPWORDS,
    digits_for_spelled,
    fold,
    stem,
)
from app.core.text import words as text_words
from app.core.wordnet import irregular_verbs

# Small, general synonym groups for news wording (not fitted to any data set);
# every member maps to the group's first word.
_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("halt", "stop", "suspend", "pause", "freeze", "cease"),
    ("attack", "strike", "operation", "assault", "raid"),
    ("tell", "announce", "declare"),
    ("monitor", "observe", "watch"),
    ("distance", "afar"),
    ("buy", "purchase", "acquire"),
    ("rise", "increase", "climb", "gain", "jump", "rally"),
    ("fall", "drop", "decline", "slip", "sink", "tumble"),
    ("begin", "start", "launch"),
    ("kill", "slay"),
    ("big", "large"),
    ("faction", "militia"),
    ("allow", "permit"),
    ("help", "aid", "assist", "assistance"),
    ("ask", "request"),
    ("job", "position", "role"),
    ("employee", "staff", "worker"),
    ("aircraft", "plane", "airliner", "jet", "airplane"),
    ("soldier", "troop", "serviceman", "servicemen"),
    ("show", "indicate", "reveal"),
    ("plan", "intend"),
    ("landfall", "ashore"),
    ("storm", "hurricane", "typhoon", "cyclone"),
    ("resign", "quit"),
    ("impeach", "impeachment"),
    ("release", "free"),
    ("preliminary", "provisional"),
    ("rich", "wealthy", "affluent"),
    ("military", "army"),
    ("conservative", "tory", "tories"),  # Britain's Conservatives, the Tories
)
# Words American and British English spell apart that the rules in `_one_spelling` do
# not reach, the American first; and units written in full and short.
_SPELLING_GROUPS: tuple[tuple[str, ...], ...] = (
    ("program", "programme"), ("gray", "grey"), ("aging", "ageing"),
    ("judgment", "judgement"), ("skeptical", "sceptical"), ("skeptic", "sceptic"),
    ("aluminum", "aluminium"), ("jewelry", "jewellery"), ("mold", "mould"),
    ("maneuver", "manoeuvre"), ("pediatric", "paediatric"), ("fetus", "foetus"),
    ("anesthetic", "anaesthetic"), ("hemorrhage", "haemorrhage"), ("leukemia", "leukaemia"),
    ("diarrhea", "diarrhoea"), ("pajamas", "pyjamas"), ("plow", "plough"),
    ("catalog", "catalogue"), ("traveler", "traveller"), ("counselor", "counsellor"),
    ("fulfill", "fulfil"), ("enroll", "enrol"), ("installment", "instalment"),
    ("artifact", "artefact"), ("cozy", "cosy"), ("curb", "kerb"),
    # units written out and short ("30 kilometres", "30km")
    ("kilometer", "km"), ("kilogram", "kg"), ("centimeter", "cm"), ("millimeter", "mm"),
    ("billion", "bn"),
)  # fmt: skip
# A country and the word for its people and things ("Iraqi militias", "militias in
# Iraq"): one term. Single words only; a few are left out for their other senses
# (Poland: "polish", Jordan, Chad).
_DEMONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("afghanistan", "afghan"), ("africa", "african"), ("albania", "albanian"),
    ("algeria", "algerian"), ("america", "american"), ("argentina", "argentine", "argentinian"),
    ("armenia", "armenian"), ("asia", "asian"), ("australia", "australian"),
    ("austria", "austrian"), ("azerbaijan", "azerbaijani"), ("bangladesh", "bangladeshi"),
    ("belarus", "belarusian"), ("belgium", "belgian"), ("bolivia", "bolivian"),
    ("bosnia", "bosnian"), ("brazil", "brazilian"), ("britain", "british", "briton"),
    ("bulgaria", "bulgarian"), ("cambodia", "cambodian"), ("canada", "canadian"),
    ("chile", "chilean"), ("china", "chinese"), ("colombia", "colombian"),
    ("croatia", "croatian"), ("cuba", "cuban"), ("cyprus", "cypriot"), ("denmark", "danish"),
    ("ecuador", "ecuadorian"), ("egypt", "egyptian"), ("england", "english"),
    ("eritrea", "eritrean"), ("estonia", "estonian"), ("ethiopia", "ethiopian"),
    ("europe", "european"), ("finland", "finnish"), ("france", "french"),
    ("georgia", "georgian"), ("germany", "german"), ("ghana", "ghanaian"), ("greece", "greek"),
    ("haiti", "haitian"), ("hungary", "hungarian"), ("iceland", "icelandic"),
    ("india", "indian"), ("indonesia", "indonesian"), ("iran", "iranian"), ("iraq", "iraqi"),
    ("ireland", "irish"), ("israel", "israeli"), ("italy", "italian"), ("japan", "japanese"),
    ("kenya", "kenyan"), ("korea", "korean"), ("kuwait", "kuwaiti"), ("latvia", "latvian"),
    ("lebanon", "lebanese"), ("libya", "libyan"), ("lithuania", "lithuanian"),
    ("malaysia", "malaysian"), ("mexico", "mexican"), ("moldova", "moldovan"),
    ("morocco", "moroccan"), ("myanmar", "burmese"), ("nepal", "nepalese", "nepali"),
    ("netherlands", "dutch"), ("nigeria", "nigerian"), ("norway", "norwegian"),
    ("pakistan", "pakistani"), ("palestine", "palestinian"), ("peru", "peruvian"),
    ("philippines", "filipino", "philippine"), ("portugal", "portuguese"),
    ("qatar", "qatari"), ("romania", "romanian"), ("russia", "russian"),
    ("rwanda", "rwandan"), ("saudi", "saudis"), ("scotland", "scottish", "scot"),
    ("serbia", "serbian"), ("somalia", "somali"), ("spain", "spanish"),
    ("sudan", "sudanese"), ("sweden", "swedish"), ("switzerland", "swiss"),
    ("syria", "syrian"), ("taiwan", "taiwanese"), ("thailand", "thai"),
    ("tunisia", "tunisian"), ("turkey", "turkish"), ("uganda", "ugandan"),
    ("ukraine", "ukrainian"), ("venezuela", "venezuelan"), ("vietnam", "vietnamese"),
    ("wales", "welsh"), ("yemen", "yemeni"), ("zimbabwe", "zimbabwean"),
    ("jordan", "jordanian"), ("oman", "omani"), ("bahrain", "bahraini"),
    ("emirates", "emirati"), ("hawaii", "hawaiian"), ("texas", "texan"),
    ("california", "californian"), ("florida", "floridian"), ("tanzania", "tanzanian"), ("zambia", "zambian"),
    ("mali", "malian"), ("senegal", "senegalese"), ("chad", "chadian"),
    ("kazakhstan", "kazakh"), ("uzbekistan", "uzbek"), ("mongolia", "mongolian"),
    ("nicaragua", "nicaraguan"), ("honduras", "honduran"), ("guatemala", "guatemalan"),
    ("panama", "panamanian"), ("paraguay", "paraguayan"), ("uruguay", "uruguayan"),
    ("jamaica", "jamaican"), ("slovakia", "slovak", "slovakian"), ("slovenia", "slovenian"),
    ("czechia", "czech"), ("kosovo", "kosovar"), ("singapore", "singaporean"),
    ("cameroon", "cameroonian"), ("congo", "congolese"), ("angola", "angolan"),
    ("mozambique", "mozambican"), ("namibia", "namibian"), ("malawi", "malawian"),
    ("liberia", "liberian"), ("mauritania", "mauritanian"), ("montenegro", "montenegrin"),
    ("macedonia", "macedonian"), ("laos", "laotian"), ("fiji", "fijian"),
)  # fmt: skip

_NEGATIONS = frozenset({"not", "no", "never", "nobody", "none", "nothing", "neither", "nor"})
# As app.core.text's words, but ASCII apostrophes only (text is folded first when not
# ASCII); numbers such as "1,520.15" stay one token.
_WORD_RE = re.compile(r"\w+(?:'\w+)*(?:[.,]\d+)*")
# Spelled numbers; "one" is left out because it is far more often a pronoun.
_SPELLED = {w: float(v) for w, v in NUMBER_WORDS.items() if v > 1}


def _forms(word: str) -> set[str]:
    """The stems of a word's common inflections, so a group catches 'halted', 'halts'."""
    if word in _E_KEPT:
        return {word, stem(word + "s")}  # a noun: "planed" and "planing" stem to "plan"
    base = word[:-1] if word.endswith("e") else word
    inflected = (word, word + "s", word + "es", word + "d", word + "ed", base + "ing")
    return {stem(w) for w in inflected} | {word}


def _without_silent_e(s: str) -> str:
    """A stem without its silent final 'e', as `stem` leaves it after '-ed' and '-ing':
    'concede' and 'conceded' (conced), 'vote' and 'voting' (vot) are one term."""
    return s[:-1] if len(s) >= 4 and s[-1] == "e" and s not in _E_KEPT else s


# Stems whose 'e' tells them from another word: "plane" is not "plan" ("Google plans to
# appeal" had counted as "aircraft").
_E_KEPT = frozenset(["plane", "airplane"])


# American and British spellings of a stem (its silent 'e' gone) made one, the American:
# "organis(ation)" and "analys" with a z, "honour" and "labour" without the u, "defenc",
# "licenc" with an s, "centr" and "metr" as "center" and "meter". Only after a consonant,
# or at the start of the words listed, so "raise", "hour" and "fence" stay as they are.
_ISE_RE = re.compile(r"([^aeiou][iy])s(e|ed|es|er|ers|ing|ation|ations)?$")
_OUR_RE = re.compile(
    r"^(hon|lab|fav|col|neighb|behavi|harb|rum|vig|arm|endeav|flav|hum|savi|val|vap|od|"
    r"parl|splend|tum|rig|clam|ard|cand|demean|ferv)our"
)
_ENCE_RE = re.compile(r"^(def|off|lic|pret)enc")
_RE_END_RE = re.compile(
    r"^(cent|theat|fib|calib|spect|somb|lust|meag|lit|met|kilomet|centimet|millimet)r$"
)


def _one_spelling(s: str) -> str:
    """A stem (its silent 'e' gone) spelled the American way where the British differs.

    A name's transliterations ending in "-iy" or "-yy" end in "-y": "Zelenskiy",
    "Zelenskyy" and "Zelensky" are one name.

    >>> [_one_spelling(s) for s in ("organisation", "honour", "defenc", "centr", "hour")]
    ['organization', 'honor', 'defens', 'center', 'hour']
    >>> {_one_spelling(s) for s in ("zelenskiy", "zelenskyy", "zelensky")}
    {'zelensky'}
    """
    if s.endswith(("iy", "yy")):
        s = s[:-2] + "y"
    if s.endswith(_ISE_ENDS):
        s = _ISE_RE.sub(r"\1z\2", s)
    if "our" in s:
        s = _OUR_RE.sub(r"\1or", s)
    if "enc" in s:
        s = _ENCE_RE.sub(r"\1ens", s)
    if s.endswith(_RE_ENDS):
        s = _RE_END_RE.sub(r"\1er", s)
    return s


# Quick tests before the rules' patterns: how a stem they may change ends.
_ISE_ENDS = tuple(
    f"{v}s{end}"
    for v in "iy"
    for end in ("", "e", "ed", "es", "er", "ers", "ing", "ation", "ations")
)
_RE_ENDS = ("tr", "br", "gr")


def _synonym_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in _SYNONYM_GROUPS + _DEMONYM_GROUPS + _SPELLING_GROUPS:
        head = _one_spelling(_without_silent_e(stem(group[0])))
        for member in group:
            for form in _forms(member):
                table.setdefault(_one_spelling(_without_silent_e(form)), head)
    return table


_SYNONYMS = _synonym_table()


@lru_cache(maxsize=131072)
def term(word: str) -> str:
    """The key a folded word is compared and weighted by: its stem, synonyms merged,
    an irregular verb form read as its base ("fell" as "fall", "won" as "win").

    >>> term("suspending") == term("halted") == term("stops")
    True
    >>> term("fell") == term("dropped"), term("fled") == term("flees")
    (True, True)
    """
    if word.startswith("co") and (shared := _CLOSED_SHARED_ACT_RE.fullmatch(word)):
        word = shared.group(1)  # "cofounder" is "founder"
    return _merged(stem(_verb_bases().get(word, word)))


# Irregular verb forms more often read as another word in news ("the Fed", "a gunshot
# wound", "ground forces", "a slew of"): left as they are.
_NOT_VERB_FORMS = frozenset(
    {
        *("fed", "ground", "wound", "dove", "stove", "bore", "bound", "felt", "lay", "lit"),
        *("met", "kent", "gelt", "rent", "red", "redding", "abode", "clove", "cleft"),
        *("smelt", "slew", "rung", "bed", "seed", "weed", "feed", "bing", "popes", "taxis"),
        "might",
    }
)


@lru_cache(maxsize=1)
def _verb_bases() -> dict[str, str]:
    """Irregular verb forms ("fell") to their base forms ("fall"), `_NOT_VERB_FORMS` left out."""
    return {
        form: base
        for form, base in irregular_verbs().items()
        if form != base and form not in _NOT_VERB_FORMS
    }


def _merged(s: str) -> str:
    """The term of a stem: its silent final 'e' dropped, synonyms merged."""
    s = _one_spelling(_without_silent_e(s))
    return _SYNONYMS.get(s, s)


def _terms_of(words: Iterable[str]) -> list[str]:
    """`term` of each word, quicker over a vocabulary: a word `stem` leaves alone (short,
    or with no suffix it strips) is merged directly."""
    bases = _verb_bases()
    return [
        _merged(stem(w) if len(w) > 3 and w.endswith(_SUFFIXES) else w)
        if (base := bases.get(w)) is None
        else term(base)
        for w in words
    ]


def _prior(word: str) -> float:
    """Generic IDF guess for a word no corpus has seen: longer and numeric are rarer."""
    if word[0].isdigit():
        return 6.0
    return 2.0 + 0.35 * min(len(word), 12)


class _PriorIdf(Mapping[str, float]):
    """A Mapping over every term, computed from the word's shape."""

    def __getitem__(self, key: str) -> float:
        return _prior(key) if key else 0.0

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(key)


_DEFAULT_IDF = _PriorIdf()


def default_idf() -> Mapping[str, float]:
    """A word-weight prior usable when no corpus is at hand (longer words weigh more)."""
    return _DEFAULT_IDF


@dataclass(slots=True)
class StatementFeatures:
    """What pair scoring needs from one statement, computed once; treat it as immutable.

    Not a frozen dataclass: one is built for every statement, and a frozen dataclass's
    __init__ (object.__setattr__ per field) costs several times more. N-grams are kept as their hashes:
    cheaper to build and to hold, and they are only compared within one process (str
    hashes are salted per process, so never store them).
    """

    text: str
    norm: str  # folded words joined by single spaces
    sorted_norm: str  # the same words sorted, for a token-sort ratio
    words: frozenset[str]
    trigrams: frozenset[int]
    weights: dict[str, float]  # content term -> IDF weight
    mass: float
    term_bigrams: frozenset[int]
    numbers: frozenset[float]
    negated: bool
    length: int


_DIGITS = frozenset("0123456789")
_HAS_DIGIT = re.compile(r"\d").search


# A compound some outlets hyphenate and others close up, read closed: "cyber-attack" is
# "cyberattack", "cease-fire" "ceasefire", "re-elected" "reelected". Only after a prefix
# or a word commonly closed up this way, so "Iran-backed" still shares "backed" with
# "backed by Iran".
_CLOSED_UP_RE = re.compile(
    r"\b(cyber|e|co|re|pre|non|anti|counter|mid|cease|air|health|take|shut|lay|set|break|"
    r"multi|inter|post|sub|super|wild|fire|web|life)-([a-z]+)\b(?!-)",
    re.IGNORECASE,
)
# A compound some outlets write as two words and others close up, read closed: "cyber
# attack" is "cyberattack", "air strikes" "airstrikes", "health care" "healthcare". Only
# a first part that is rarely a word on its own ("cyber") or a pair that is one thing.
_SPACED_UP_RE = re.compile(
    r"\b(?:(cyber) (?=[a-z])|(air) (?=(?:strikes?|raids?|space|bases?|ports?|lines?|craft)\b)"
    r"|(health) (?=care\b)|(cease) (?=fire\b)|(fire) (?=(?:fighters?|arms|fighting)\b)"
    r"|(wild) (?=fires?\b)|(web) (?=sites?\b)|(life) (?=time\b)|(e) (?=mails?\b))",
    re.IGNORECASE,
)
# A country's short names, read as its name ("U.S. goods" and "American goods", "the UK"
# and "Britain"): capitals only, so "us" stays a pronoun.
_COUNTRY_SHORT_RE = re.compile(
    r"\b(?:(U\.S\.(?:A\.)?|U\.S\b|USA?\b|United States\b)|(U\.K\.|U\.K\b|UK\b|United Kingdom\b))"
)


def _country_named(m: re.Match[str]) -> str:
    return "America" if m.group(1) else "Britain"


# A capital, named for its country's government ("Beijing said"), and the country, folded.
CAPITALS = {
    "beijing": "china", "moscow": "russia", "kyiv": "ukraine", "kiev": "ukraine",
    "tehran": "iran", "london": "britain", "paris": "france", "berlin": "germany",
    "ankara": "turkey", "jerusalem": "israel", "baghdad": "iraq", "damascus": "syria",
    "pyongyang": "north korea", "seoul": "south korea", "tokyo": "japan", "delhi": "india",
    "islamabad": "pakistan", "kabul": "afghanistan", "riyadh": "saudi arabia",
    "cairo": "egypt", "brussels": "belgium", "warsaw": "poland", "rome": "italy",
    "madrid": "spain", "ottawa": "canada", "canberra": "australia", "caracas": "venezuela",
    "havana": "cuba", "minsk": "belarus", "tbilisi": "georgia", "yerevan": "armenia",
    "baku": "azerbaijan", "doha": "qatar", "amman": "jordan", "beirut": "lebanon",
    "taipei": "taiwan", "manila": "philippines", "hanoi": "vietnam", "bangkok": "thailand",
    "jakarta": "indonesia", "nairobi": "kenya", "addis": "ethiopia", "khartoum": "sudan",
    "tripoli": "libya", "washington": "america", "new delhi": "india",
    "phnom penh": "cambodia", "kathmandu": "nepal", "dhaka": "bangladesh", "kigali": "rwanda",
    "kuala lumpur": "malaysia", "buenos aires": "argentina", "mexico city": "mexico",
    "brasilia": "brazil", "bogota": "colombia", "quito": "ecuador", "athens": "greece",
    "vienna": "austria", "stockholm": "sweden", "oslo": "norway", "copenhagen": "denmark",
    "helsinki": "finland", "budapest": "hungary", "bucharest": "romania",
    "prague": "czech republic", "lisbon": "portugal", "dublin": "ireland",
    "pretoria": "south africa", "abuja": "nigeria", "kampala": "uganda", "rabat": "morocco",
    "abu dhabi": "united arab emirates", "naypyitaw": "myanmar", "belgrade": "serbia",
    "kinshasa": "congo", "amsterdam": "netherlands", "bern": "switzerland",
    "wellington": "new zealand", "santiago": "chile", "lima": "peru", "vilnius": "lithuania",
    "riga": "latvia", "tallinn": "estonia", "chisinau": "moldova", "zagreb": "croatia",
    "ljubljana": "slovenia", "bratislava": "slovakia", "tashkent": "uzbekistan",
    "astana": "kazakhstan", "bishkek": "kyrgyzstan", "ulaanbaatar": "mongolia",
    "colombo": "sri lanka", "muscat": "oman", "sanaa": "yemen", "algiers": "algeria",
    "tunis": "tunisia", "dakar": "senegal", "accra": "ghana", "harare": "zimbabwe",
    "maputo": "mozambique", "luanda": "angola", "montevideo": "uruguay",
    "managua": "nicaragua", "port-au-prince": "haiti", "kuwait city": "kuwait",
}  # fmt: skip
# The countries among them, folded: 'Israel says' is its government speaking.
COUNTRIES = frozenset(group[0] for group in _DEMONYM_GROUPS) - {
    "africa",
    "asia",
    "europe",
    "america",
}
# The words for a country's people and things, folded: 'Iraqi', 'Saudi', 'Dutch'.
DEMONYMS = frozenset(word for group in _DEMONYM_GROUPS for word in group[1:]) | {"saudi"}
# Countries named in more than one word, folded.
COUNTRIES_OF_WORDS = frozenset(["united states", "united kingdom", "new zealand",
    "south korea", "north korea", "south africa", "saudi arabia", "united arab emirates",
    "sri lanka", "costa rica", "el salvador", "czech republic", "dominican republic",
    "papua new guinea", "south sudan", "ivory coast", "east timor", "hong kong"])  # fmt: skip


def a_country(name: str) -> bool:
    """Whether a folded name is a country or its capital: 'israel', 'the united states'."""
    name = name.removeprefix("the ")
    return name in COUNTRIES or name in CAPITALS or name in COUNTRIES_OF_WORDS


# A share in an act read as the act: "co-founded DeepMind" is "founded DeepMind" (with
# others), as "cofounder" is "founder"; only before the acts such a "co-" often marks.
_SHARED_ACTS = r"(?:found|author|chair|sponsor|host|own|star|writ|wrote|lead|led|manag)[a-z]*"
_SHARED_ACT_RE = re.compile(r"\bco-(?=" + _SHARED_ACTS + r"\b)", re.IGNORECASE)
# ...and closed up: "cofounder" is "founder" (`term`).
_CLOSED_SHARED_ACT_RE = re.compile("co(" + _SHARED_ACTS + ")")


def _words(text: str) -> list[str]:
    """A text's folded words, compounds closed up (hyphened or spaced), numbers of more than one spelled word
    in digits ("Twenty-nine" is "29") and a figure glued to its unit parted from it
    ("30km" is "30 km")."""
    if "-" in text:
        if "o-" in text:  # quicker than the pattern, which then decides
            text = _SHARED_ACT_RE.sub("", text)
        text = _CLOSED_UP_RE.sub(r"\1\2", text)
    if "U" in text:  # quicker than the pattern, which then decides
        text = _COUNTRY_SHORT_RE.sub(_country_named, text)
    ws = _folded_words(text)
    if not _SPACED_FIRSTS.isdisjoint(ws):  # quicker than the pattern, which then decides
        text = _SPACED_UP_RE.sub(_closed_up, text)
        ws = _folded_words(text)
    if not SPELLED_NUMBER_WORDS.isdisjoint(ws):
        ws = _folded_words(digits_for_spelled(text))
    if _GLUED_IN_TEXT_RE.search(text):
        ws = [part for w in ws for part in _unglued(w)]
    return ws


# The words `_SPACED_UP_RE` closes up onto the next: a text holds one wherever it matches.
_SPACED_FIRSTS = frozenset(["cyber", "air", "health", "cease", "fire", "wild", "web", "life", "e"])


def _closed_up(m: re.Match[str]) -> str:
    return next(part for part in m.groups() if part)


# A figure glued to its unit or scale ("30km", "$2bn"); not an ordinal ("2nd"), a decade
# ("1990s"), a time ("6pm") or a name ("76ers").
_UNITS_GLUED = r"(km|kg|cm|mm|bn|mph|kph|kmh|ft|lbs?|mi|k|m|b|kw|mw|gw|ml|mb|gb|tb)"
_GLUED_UNIT_RE = re.compile(r"([0-9][0-9.,]*)" + _UNITS_GLUED + "$")
_GLUED_IN_TEXT_RE = re.compile(r"[0-9]" + _UNITS_GLUED + r"\b", re.IGNORECASE)


def _unglued(word: str) -> tuple[str, ...]:
    m = _GLUED_UNIT_RE.match(word) if word[0] in _DIGITS else None
    return (m.group(1), m.group(2)) if m else (word,)


def _folded_words(text: str) -> list[str]:
    # app.core.text.fold maps typography character by character; ASCII only needs
    # casefold, and there these are app.core.text's words (its quick ASCII pattern).
    if text.isascii():
        return text_words(text)
    return _WORD_RE.findall(fold(text))


# The least whole number `telling` counts: smaller ones ("two doctors", "14 points", "a
# 65-53 win") are told of too many things for two statements sharing them to say they
# are one.
TELLING_FROM = 100


def counting(value: float) -> bool:
    """Whether a figure counts more than two of something and is no year ("16 people",
    "eight Russians"): two such figures two statements both give tell one claim, where
    one alone does not (`telling`)."""
    return value > 2 and not (value.is_integer() and 1900 <= value <= 2100)


def telling(value: float) -> bool:
    """Whether a figure says which claim a statement makes when another repeats it: "330"
    and "275" in "voted 330 to 275", "4.75" in "cut rates to 4.75%"; not a small count
    ("two doctors", "14 points") or a year."""
    if not value.is_integer():
        return True
    return value >= TELLING_FROM and not 1900 <= value <= 2100


def _number(word: str) -> float | None:
    try:
        return float(word.replace(",", ""))
    except ValueError:  # "2nd", "3d"
        return None


def terms(text: str) -> list[str]:
    """The content terms of a text, as `features` weights them (keys of an IDF map)."""
    return [term(w) for w in _words(text) if w not in STOPWORDS]


def _content(ws: list[str]) -> list[str]:
    return [term(w) for w in ws if w not in STOPWORDS]


def _idf(contents: Iterable[list[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    n = 0
    for content in contents:
        n += 1
        df.update(set(content))
    return {t: idf_weight(c, n) for t, c in df.items()}


def idf_weight(count: int, statements: int) -> float:
    """The smoothed IDF of a term found in ``count`` of so many statements; one found in
    one statement weighs the most any can."""
    return math.log((statements + 1) / (count + 1)) + 1.0


def build_idf(texts: Iterable[str]) -> dict[str, float]:
    """Smoothed IDF over a collection of statements, keyed like `terms`.

    >>> idf = build_idf(["militias halt attacks", "militias observe", "talks"])
    >>> idf[term("militias")] < idf[term("observe")]
    True
    """
    return _idf(_content(_words(text)) for text in texts)


def _build(
    text: str, ws: list[str], content: list[str], idf: Mapping[str, float] | None
) -> StatementFeatures:
    wordset = frozenset(ws)
    if idf is None:
        weights = {t: _prior(t) for t in content}
    else:
        get = idf.get
        weights = {t: get(t) or _prior(t) for t in content}
    norm = " ".join(ws)
    if _HAS_DIGIT(norm):
        numbers = {v for w in ws if w[0] in _DIGITS and (v := _number(w)) is not None}
    else:
        numbers = set()
    spelled = wordset & _SPELLED.keys()
    if spelled:
        numbers.update(_SPELLED[w] for w in spelled)
    negations = len(wordset & _NEGATIONS) + norm.count("n't")
    return StatementFeatures(
        text,
        norm,
        " ".join(sorted(ws)),
        wordset,
        frozenset(map(hash, zip(ws, ws[1:], ws[2:], strict=False))),
        weights,
        sum(weights.values()),
        frozenset(map(hash, zip(content, content[1:], strict=False))),
        frozenset(numbers),
        negations % 2 == 1,
        len(ws),
    )


def features(text: str, idf: Mapping[str, float] | None = None) -> StatementFeatures:
    """Precompute a statement's comparison features; terms missing from `idf` get the prior."""
    ws = _words(text)
    return _build(text, ws, _content(ws), idf)


def featurize(texts: Iterable[str]) -> list[StatementFeatures]:
    """Features for a collection of statements, weighted by IDF over that same collection.

    The same as `features(t, build_idf(texts))` for each text, tokenising each text once.
    """
    items = list(texts)
    split = [_words(text) for text in items]
    contents = [_content(ws) for ws in split]
    idf = _idf(contents)
    return [_build(t, ws, c, idf) for t, ws, c in zip(items, split, contents, strict=True)]


FEATURE_NAMES: tuple[str, ...] = (
    "ratio",  # rapidfuzz ratio on the folded words
    "token_sort_ratio",
    "weighted_dice",  # IDF-weighted overlap of content terms
    "word_min_cover",  # shared words / words of the longer statement
    "trigram_dice",  # word order kept verbatim
    "term_bigram_dice",
    "numbers_differ",  # both carry numbers and they disagree
    "length_ratio",
    "unmatched_mass",  # log of the IDF weight the longer statement has unmatched
    "negation_differs",
)


def pair_vector(a: StatementFeatures, b: StatementFeatures) -> tuple[float, ...]:
    """The pair's feature values, in `FEATURE_NAMES` order (symmetric in a and b)."""
    ratio, dice, cover, numbers_differ, length_ratio, unmatched, negation = _first(a, b)
    sorted_ratio, trigram, bigram = _second(a, b, dice, cover)
    return (
        ratio,
        sorted_ratio,
        dice,
        cover,
        trigram,
        bigram,
        numbers_differ,
        length_ratio,
        unmatched,
        negation,
    )


def _first(a: StatementFeatures, b: StatementFeatures) -> tuple[float, ...]:
    """The cheaper features, in FEATURE_NAMES order: enough to bound the score."""
    wa, wb = a.weights, b.weights
    if len(wa) > len(wb):
        wa, wb = wb, wa
    shared = 0.0
    for t, v in wa.items():
        u = wb.get(t)
        if u is not None:
            shared += v if v < u else u
    ma, mb = a.mass, b.mass
    total = ma + mb
    dice = 2.0 * shared / total if total else 1.0

    common = len(a.words & b.words)
    longest = max(len(a.words), len(b.words))
    cover = common / longest if longest else 1.0

    na, nb = a.numbers, b.numbers
    numbers_differ = 1.0 - len(na & nb) / len(na | nb) if na and nb else 0.0
    la, lb = a.length, b.length
    return (
        fuzz.ratio(a.norm, b.norm) / 100.0,
        dice,
        cover,
        numbers_differ,
        min(la, lb) / max(la, lb) if la and lb else 1.0,
        math.log1p(max(ma, mb) - shared),
        1.0 if a.negated != b.negated else 0.0,
    )


def _second(
    a: StatementFeatures, b: StatementFeatures, dice: float, cover: float
) -> tuple[float, float, float]:
    """token_sort_ratio, trigram_dice and term_bigram_dice: the dearer features."""
    ta, tb = a.trigrams, b.trigrams
    n3 = len(ta) + len(tb)
    trigram = 2.0 * len(ta & tb) / n3 if n3 else cover
    ba, bb = a.term_bigrams, b.term_bigrams
    n2 = len(ba) + len(bb)
    bigram = 2.0 * len(ba & bb) / n2 if n2 else dice
    return fuzz.ratio(a.sorted_norm, b.sorted_norm) / 100.0, trigram, bigram


# Fitted by scripts/fit_similarity.py on msr_paraphrase_train.txt only (L2 = 1, IDF over the
# file's sentences); the threshold maximises F1 + accuracy on out-of-fold scores. 5-fold CV on
# that file (pooled): F1 0.834, accuracy 0.759.
_INTERCEPT = -5.3192
_WEIGHTS: tuple[float, ...] = (
    4.8522, 2.9047, 2.5583, 2.9637, -1.4013, -2.6619, -0.8188, 1.7293, -0.7134, -1.2771,
)  # fmt: skip
SAME_THRESHOLD: float = 0.46


# The most the dearer features (token_sort_ratio, trigram_dice, term_bigram_dice) can add
# to the score's logit. Each lies in [0, 1]; the word-sorted text is as long as the text,
# so token_sort_ratio is at most what the two lengths allow, as ratio is.
_SORTED_WEIGHT = max(_WEIGHTS[1], 0.0)
_NGRAM_MOST = max(_WEIGHTS[4], 0.0) + max(_WEIGHTS[5], 0.0)


def score(
    a: StatementFeatures, b: StatementFeatures, floor: float = 0.0, figures: bool = True
) -> float:
    """Probability-like score in [0, 1] that two statements carry the same content.

    With a ``floor``, a pair whose score cannot reach it is not scored in full: the
    value returned is then below ``floor`` but not exact. Alignment only asks whether a
    pair reaches its threshold, and most candidate pairs cannot, so it passes one.
    Without ``figures``, differing numbers do not count against the pair: alignment
    asks that of two statements giving different figures for the same thing, whose
    difference is a conflict to show, not a sign of two different statements.
    """
    if a.norm == b.norm:
        return 1.0
    r, dice, cover, numbers_differ, length_ratio, unmatched, negation = _first(a, b)
    if not figures:
        numbers_differ = 0.0
    w = _WEIGHTS
    if floor > 0.0:
        la, lb = len(a.norm), len(b.norm)
        most = _INTERCEPT + w[0] * r + _SORTED_WEIGHT * (2.0 * min(la, lb) / (la + lb))
        most += _NGRAM_MOST + w[2] * dice + w[3] * cover + w[6] * numbers_differ
        most += w[7] * length_ratio + w[8] * unmatched + w[9] * negation
        if most < _logit(floor) - 1e-9:  # the margin covers rounding: never cut a reachable pair
            return 0.0 if most < -30.0 else 1.0 / (1.0 + math.exp(-most))
    sorted_ratio, trigram, bigram = _second(a, b, dice, cover)
    # Summed in FEATURE_NAMES order, as the weights were fitted.
    z = _INTERCEPT + w[0] * r + w[1] * sorted_ratio + w[2] * dice + w[3] * cover
    z = z + w[4] * trigram + w[5] * bigram + w[6] * numbers_differ + w[7] * length_ratio
    z = z + w[8] * unmatched + w[9] * negation
    if z < -30.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def _firsts(ordered: np.ndarray) -> np.ndarray:
    """Where each run of equal values of a sorted array starts, as a mask."""
    first = np.empty(len(ordered), bool)
    first[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return first


def _distinct(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` for integers (numpy 2's own hashes them: many times slower)."""
    ordered = np.sort(values)
    return ordered[_firsts(ordered)]


def _distinct_first(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_index=True)`` for integers."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    first = _firsts(ordered)
    return ordered[first], order[first]


def _renumber(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_inverse=True)`` for integers."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    first = _firsts(ordered)
    inverse = np.empty(len(values), np.int64)
    inverse[order] = np.cumsum(first) - 1
    return ordered[first], inverse


class _Sets:
    """One kind of per-text set (words, terms, n-grams, numbers) as integer ids, for many
    pairs at once: each row's distinct ids (``ordered``: in the order first met), and
    every (row, id) as one sorted key to look members up in."""

    __slots__ = ("count", "ids", "keys", "start", "width")

    def __init__(
        self, rows: np.ndarray, ids: np.ndarray, nrows: int, ordered: bool = False
    ) -> None:
        # rows must be non-decreasing: ids are given text by text.
        self.width = int(ids.max()) + 1 if len(ids) else 1
        key = rows * self.width + ids
        if ordered:
            self.keys, first = _distinct_first(key)
            first.sort()
            self.ids = ids[first]
            self.count = np.bincount(rows[first], minlength=nrows)
        else:
            self.keys = _distinct(key)
            self.ids = self.keys % self.width
            self.count = np.bincount(self.keys // self.width, minlength=nrows)
        self.start = np.cumsum(self.count) - self.count

    def members(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(k, id) for every id of row rows[k], row by row, each in the order kept."""
        n = self.count[rows]
        pair = np.repeat(np.arange(len(rows)), n)
        pos = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n - self.start[rows], n)
        return pair, self.ids[pos]

    def shared(self, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(pair number, id) of each id of row i[k] that row j[k] holds too, pair by pair,
        each row's ids in the order kept."""
        pair, ids = self.members(i)
        if not len(self.keys):
            return pair[:0], ids[:0]
        probe = j[pair] * self.width + ids
        loc = np.minimum(np.searchsorted(self.keys, probe), len(self.keys) - 1)
        hit = self.keys[loc] == probe
        return pair[hit], ids[hit]

    def shared_few(self, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The pairs and ids of `shared`, taken in row j[k]'s order, where ``i`` holds few
        distinct rows (one article's statements): looked up in a small table of theirs
        rather than among every row's."""
        rows, local = _renumber(i)
        held_at, held_ids = self.members(rows)
        values, column = _renumber(held_ids)
        pair, ids = self.members(j)
        if not len(values):
            return pair[:0], ids[:0]
        table = np.zeros((len(rows), len(values)), bool)
        table[held_at, column] = True
        at = np.minimum(np.searchsorted(values, ids), len(values) - 1)
        hit = values[at] == ids
        found = np.flatnonzero(hit)
        hit[found] = table[local[pair[found]], at[found]]
        return pair[hit], ids[hit]

    def common(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """How many ids rows i[k] and j[k] share, pair by pair."""
        return np.bincount(self.shared(i, j)[0], minlength=len(i))

    @classmethod
    def joined(cls, kinds: Sequence[_Sets], nrows: int) -> tuple[_Sets, np.ndarray]:
        """One set per row holding every kind's (for `shared_few` only), and where each
        kind's ids start: kind k's ids are shifted by the widths of the kinds before it."""
        starts = np.cumsum([0] + [k.width for k in kinds])[:-1]
        rows = np.concatenate([np.repeat(np.arange(nrows), k.count) for k in kinds])
        ids = np.concatenate([k.ids + s for k, s in zip(kinds, starts.tolist(), strict=True)])
        order = np.argsort(rows, kind="stable")
        every = cls.__new__(cls)
        every.width = int(starts[-1]) + kinds[-1].width if kinds else 1
        every.keys = np.zeros(0, np.int64)  # not kept: `shared` does not apply
        every.ids = ids[order]
        every.count = np.bincount(rows, minlength=nrows)
        every.start = np.cumsum(every.count) - every.count
        return every, starts


class _Numbering(dict[str, int]):
    """Numbers strings in the order they are first asked for."""

    __slots__ = ()

    def __missing__(self, key: str) -> int:
        number = self[key] = len(self)
        return number


def _intern(rows: Sequence[list[str]]) -> tuple[list[str], np.ndarray]:
    """The distinct strings of the rows (in the order first met), and every string's id.

    One pass that hashes each string once (a fifth quicker than gathering the
    vocabulary first and then looking every string up in it).
    """
    numbering = _Numbering()
    total = sum(map(len, rows))
    ids = np.fromiter(map(numbering.__getitem__, chain.from_iterable(rows)), np.int64, total)
    return list(numbering), ids


class FeatureTable:
    """The features of many statements as arrays, to score many pairs at once.

    Row k holds what `features` computes for the k-th text (from its `_words`), as sets
    of integer ids and numeric columns, built with a few passes over all the texts
    instead of one `StatementFeatures` each. `scores` gives `score` for many pairs, bit
    for bit (the same float operations in the same order; word n-grams are compared as
    the words themselves rather than by their hashes).

    With no ``idf``, terms are weighted by IDF over the rows, each row counted
    ``counts[k]`` times (as `build_idf` over a list where the text appears that often);
    ``idf`` is then that map, keyed like `terms`.
    """

    def __init__(
        self,
        split: Sequence[list[str]],
        idf: Mapping[str, float] | None = None,
        counts: Sequence[int] | None = None,
    ) -> None:
        n = len(split)
        self.size = n
        self.norms = [" ".join(ws) for ws in split]
        self.sorted_norms = [" ".join(sorted(ws)) for ws in split]
        lengths = np.fromiter(map(len, split), np.int64, n)
        self.length = lengths
        rows = np.repeat(np.arange(n), lengths)
        words, word_ids = _intern(split)
        self.words = _Sets(rows, word_ids, n)

        # Per distinct word: its term (-1 for a stopword), number, negation, "n't" count.
        nwords = len(words)
        kept = [w not in STOPWORDS for w in words]
        found = iter(_terms_of([w for w, k in zip(words, kept, strict=True) if k]))
        term_names = [next(found) if k else None for k in kept]
        terms = dict.fromkeys(t for t in term_names if t is not None)
        term_number: dict[str | None, int] = dict(zip(terms, range(len(terms)), strict=True))
        term_number[None] = -1
        term_of = np.fromiter(map(term_number.__getitem__, term_names), np.int64, nwords)
        values: dict[float, int] = {}
        value_of = np.full(nwords, -1, np.int64)
        for k in [k for k, w in enumerate(words) if w[0] in _DIGITS or w in _SPELLED]:
            w = words[k]
            v = _number(w) if w[0] in _DIGITS else _SPELLED[w]
            if v is not None:
                value_of[k] = values.setdefault(v, len(values))
        negation = np.zeros(nwords, np.int64)
        negation[[k for k, w in enumerate(words) if w in _NEGATIONS]] = 1
        nt = np.zeros(nwords, np.int64)
        for k in [k for k, w in enumerate(words) if "n't" in w]:
            nt[k] = words[k].count("n't")
        numbered = value_of[word_ids] >= 0
        self.numbers = _Sets(rows[numbered], value_of[word_ids[numbered]], n)

        def numbers_where(kind: Callable[[float], bool]) -> _Sets:
            """Each row's numbers of one kind (`telling`, `counting`)."""
            keep = numbered.copy()
            keep[numbered] = np.array([kind(v) for v in values], bool)[value_of[word_ids[numbered]]]
            return _Sets(rows[keep], value_of[word_ids[keep]], n)

        self.telling_numbers = numbers_where(telling)
        self.counting_numbers = numbers_where(counting)
        distinct = self.words
        negations = np.bincount(
            np.repeat(np.arange(n), distinct.count), weights=negation[distinct.ids], minlength=n
        ) + np.bincount(rows, weights=nt[word_ids], minlength=n)
        self.negated = negations.astype(np.int64) % 2 == 1
        self.trigrams = _Sets(*_ngrams(word_ids, lengths, 3), n)

        # Content terms: the words that are not stopwords, as their terms.
        tids = term_of[word_ids]
        content = tids >= 0
        term_ids = tids[content]
        crows = rows[content]
        clens = np.bincount(crows, minlength=n)
        self.terms = _Sets(crows, term_ids, n, ordered=True)
        self.term_bigrams = _Sets(*_ngrams(term_ids, clens, 2), n)
        names = list(terms)
        self._names = names
        self._every: tuple[_Sets, np.ndarray] | None = None
        self.chars = np.fromiter(map(len, self.norms), np.int64, n)
        if idf is None:
            per_row = np.ones(n, np.int64) if counts is None else np.asarray(counts, np.int64)
            df = np.bincount(
                self.terms.ids, weights=per_row[self._term_rows()], minlength=len(names)
            )
            total = int(per_row.sum())
            logs = {c: idf_weight(c, total) for c in set(df.astype(np.int64).tolist())}
            weight = [logs[c] for c in df.astype(np.int64).tolist()]
            self.idf: Mapping[str, float] = dict(zip(names, weight, strict=True))
        else:
            get = idf.get
            weight = [get(t) or _prior(t) for t in names]
            self.idf = idf
        self.weight = np.array(weight, np.float64)
        # A text's mass as `features` sums it: its distinct terms in the order first met.
        spans = zip(self.terms.start.tolist(), np.cumsum(self.terms.count).tolist(), strict=True)
        ordered = self.weight[self.terms.ids].tolist()
        self.mass = np.array([sum(ordered[a:b]) for a, b in spans], np.float64)

    def term_sets(self) -> list[set[str]]:
        """Each row's distinct content terms (the keys of its `features` weights)."""
        names = self._names
        ids = self.terms.ids.tolist()
        spans = zip(self.terms.start.tolist(), np.cumsum(self.terms.count).tolist(), strict=True)
        return [set(map(names.__getitem__, ids[a:b])) for a, b in spans]

    def may_reach(
        self, i: np.ndarray, j: np.ndarray, floor: float, figures: bool = True
    ) -> tuple[np.ndarray, np.ndarray]:
        """Whether each pair's `score` (with ``figures`` as given) may reach ``floor``
        (False only where it cannot, by a margin far above rounding), and the pair's
        shared term weight (as `_first`, up to rounding). Quickest when ``i`` holds few
        distinct rows."""
        f = self._cheap(i, j, few=True)
        r = self.ratios(i, j, self.norms)
        w = _WEIGHTS
        ca, cb = self.chars[i], self.chars[j]
        # The word-sorted text is as long as the text: its ratio is at most the lengths allow.
        most_sorted = 2.0 * np.minimum(ca, cb) / np.maximum(ca + cb, 1)
        rest = w[2] * f["dice"] + w[3] * f["cover"] + w[4] * f["trigram"] + w[5] * f["bigram"]
        if figures:
            rest = rest + w[6] * f["numbers_differ"]
        rest = rest + w[7] * f["length_ratio"]
        rest = rest + w[8] * np.log1p(f["unmatched_arg"]) + w[9] * f["negation"]
        cut = _logit(floor) - 1e-9
        z = _INTERCEPT + w[0] * r + _SORTED_WEIGHT * most_sorted + rest
        keep = (z >= cut) | (r >= 1.0)
        near = np.flatnonzero(keep)
        z = _INTERCEPT + w[0] * r[near] + w[1] * self.ratios(i[near], j[near], self.sorted_norms)
        keep[near] = (z + rest[near] >= cut) | (r[near] >= 1.0)
        return keep, f["shared"]

    def _term_rows(self) -> np.ndarray:
        return np.repeat(np.arange(self.size), self.terms.count)

    def _overlaps(self, i: np.ndarray, j: np.ndarray, few: bool) -> tuple[np.ndarray, ...]:
        """Shared term weight, and shared words, numbers, trigrams and term bigrams."""
        n = len(i)
        if not few:
            # The terms of the text with fewer of them (a's on a tie), in order, as
            # `_first` adds them (bincount adds in the order given).
            swap = self.terms.count[i] > self.terms.count[j]
            pair, ids = self.terms.shared(np.where(swap, j, i), np.where(swap, i, j))
            shared = np.bincount(pair, weights=self.weight[ids], minlength=n)
            others = (self.words, self.numbers, self.trigrams, self.term_bigrams)
            return (shared, *(k.common(i, j) for k in others))
        # Every kind at once: one set of ids, each kind's shifted past the one before.
        if self._every is None:
            kinds = (self.terms, self.words, self.numbers, self.trigrams, self.term_bigrams)
            self._every = _Sets.joined(kinds, self.size)
        every, starts = self._every
        pair, ids = every.shared_few(i, j)
        kind = np.searchsorted(starts, ids, side="right") - 1
        counts = np.bincount(kind * n + pair, minlength=5 * n).reshape(5, n)
        term = kind == 0  # the terms' ids are not shifted
        shared = np.bincount(pair[term], weights=self.weight[ids[term]], minlength=n)
        return shared, counts[1], counts[2], counts[3], counts[4]

    def _cheap(self, i: np.ndarray, j: np.ndarray, few: bool = False) -> dict[str, np.ndarray]:
        """Every feature of the pairs but the two ratios, as `_first` and `_second` have them.

        With ``few`` (``i`` holds few distinct rows), found faster but with the shared
        weight summed in another order: the same up to rounding.
        """
        shared, common, both, trigrams, bigrams = self._overlaps(i, j, few)
        ma, mb = self.mass[i], self.mass[j]
        total = ma + mb
        dice = np.where(total != 0.0, 2.0 * shared / np.where(total != 0.0, total, 1.0), 1.0)
        longest = np.maximum(self.words.count[i], self.words.count[j])
        cover = np.where(longest > 0, common / np.maximum(longest, 1), 1.0)
        na, nb = self.numbers.count[i], self.numbers.count[j]
        union = np.maximum(na + nb - both, 1)
        numbers_differ = np.where((na > 0) & (nb > 0), 1.0 - both / union, 0.0)
        la, lb = self.length[i], self.length[j]
        length_ratio = np.where(
            (la > 0) & (lb > 0), np.minimum(la, lb) / np.maximum(np.maximum(la, lb), 1), 1.0
        )
        n3 = self.trigrams.count[i] + self.trigrams.count[j]
        trigram = np.where(n3 > 0, 2.0 * trigrams / np.maximum(n3, 1), cover)
        n2 = self.term_bigrams.count[i] + self.term_bigrams.count[j]
        bigram = np.where(n2 > 0, 2.0 * bigrams / np.maximum(n2, 1), dice)
        return {
            "shared": shared,
            "dice": dice,
            "cover": cover,
            "numbers_differ": numbers_differ,
            "length_ratio": length_ratio,
            "unmatched_arg": np.maximum(ma, mb) - shared,
            "negation": (self.negated[i] != self.negated[j]).astype(np.float64),
            "trigram": trigram,
            "bigram": bigram,
        }

    def ratios(self, i: np.ndarray, j: np.ndarray, texts: list[str]) -> np.ndarray:
        """`fuzz.ratio` / 100 of the pairs' ``texts`` (``norms`` or ``sorted_norms``)."""
        if not len(i):
            return np.zeros(0)
        a = [texts[k] for k in i.tolist()]
        b = [texts[k] for k in j.tolist()]
        ratio = process.cpdist(a, b, scorer=fuzz.ratio, processor=None, dtype=np.float64, workers=1)
        return ratio / 100.0

    def scores(self, i: np.ndarray, j: np.ndarray) -> list[float]:
        """`score(features[i[k]], features[j[k]])` for each pair, bit for bit."""
        f = self._cheap(i, j)
        r = self.ratios(i, j, self.norms)
        sorted_ratio = self.ratios(i, j, self.sorted_norms)
        unmatched = np.array([math.log1p(x) for x in f["unmatched_arg"].tolist()])
        w = _WEIGHTS
        z = _INTERCEPT + w[0] * r + w[1] * sorted_ratio + w[2] * f["dice"] + w[3] * f["cover"]
        z = z + w[4] * f["trigram"] + w[5] * f["bigram"] + w[6] * f["numbers_differ"]
        z = z + w[7] * f["length_ratio"]
        z = z + w[8] * unmatched + w[9] * f["negation"]
        norms = self.norms
        exp = math.exp
        return [
            1.0 if norms[a] == norms[b] else (0.0 if x < -30.0 else 1.0 / (1.0 + exp(-x)))
            for a, b, x in zip(i.tolist(), j.tolist(), z.tolist(), strict=True)
        ]


def _ngrams(ids: np.ndarray, lengths: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(row, n-gram id) of every run of n ids within one row."""
    rows = np.repeat(np.arange(len(lengths)), lengths)
    if len(ids) < n:
        return rows[:0], ids[:0]
    m = len(ids) - n + 1
    ok = rows[:m] == rows[n - 1 :]
    width = int(ids.max()) + 1
    gram = ids[:m][ok]
    # One key per n-gram while (row, key) still fits in int64; else renumbered per word.
    direct = width**n * (len(lengths) + 1) < 2**62
    for k in range(1, n):
        gram = gram * width + ids[k : m + k][ok]
        if not direct:
            gram = _renumber(gram)[1]
    return rows[:m][ok], gram


@lru_cache(maxsize=64)
def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def score_pairs(texts: Sequence[str], pairs: Iterable[tuple[int, int]]) -> list[float]:
    """`score(f[i], f[j])` for each pair of positions (i, j), where ``f = featurize(texts)``.

    The same scores, bit for bit, computed for all the pairs at once (`FeatureTable`).

    >>> texts = ["Troops left the city.", "The troops left the city.", "Rain fell."]
    >>> [round(s, 2) for s in score_pairs(texts, [(0, 1), (0, 2)])]
    [0.99, 0.03]
    """
    ij = np.array(list(pairs), np.int64).reshape(-1, 2)
    table = FeatureTable([_words(t) for t in texts])
    return table.scores(ij[:, 0], ij[:, 1])


def same_statement(a: str, b: str) -> bool:
    """Whether two statements report the same thing, with the default word prior."""
    return score(features(a), features(b)) >= SAME_THRESHOLD

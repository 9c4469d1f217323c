"""Text primitives shared by the whole core: cleaning, tokens with offsets, folding.

Everything here is pure and cheap; other core modules build on these helpers so
that "a word" means the same thing in segmentation, attribution and alignment.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

# Typographic variants folded to one form before comparing (never in stored text).
_FOLD_TABLE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        # letters with no decomposition into a base letter and an accent: "Jørgen" is
        # "Jorgen", "Łódź" is "Lodz"
        "\u00f8": "o",
        "\u00d8": "O",
        "\u0142": "l",
        "\u0141": "L",
        "\u0111": "d",
        "\u0110": "D",
        "\u0131": "i",
        "\u00e6": "ae",
        "\u00c6": "Ae",
        "\u0153": "oe",
        "\u0152": "Oe",
    }
)

OPEN_QUOTES = "\"\u201c\u201e\u00ab'\u2018"
CLOSE_QUOTES = "\"\u201d\u00bb'\u2019"

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_WORD_RE = re.compile(r"\w+(?:['\u2019]\w+)*(?:[.,]\d+)*", re.UNICODE)
# The same on casefolded ASCII text (lower case: \w is [a-z0-9_] there; app.core.similarity
# reads ASCII words through `words` too): explicit classes, and possessive repeats that
# never give back what they took (nothing after a repeat can match a character it took, so
# the words are the same).
_ASCII_WORD_RE = re.compile(r"[a-z0-9_]++(?:'[a-z0-9_]++)*+(?:[.,][0-9]++)*+")

STOPWORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "onto", "over", "under", "about", "after", "before", "since", "than", "that", "this", "these", "those", "there", "their", "them", "they", "he", "she", "it", "its", "his", "her", "him", "we", "us", "our", "you", "your", "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "also", "then", "so", "such", "not", "no", "very", "just", "only", "which", "who", "whom", "whose", "what", "when", "where", "while", "how", "all", "any", "both", "each", "other", "some", "more", "most", "own", "same", "too", "up", "down", "out", "off", "again", "further", "once", "here", "why", "nor", "per", "via", "am", "s", "t", "said", "says", "say", "told", "according"]
)  # fmt: skip

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "dozens": 24,
}  # fmt: skip
# A number spelled in more than one word: "twenty-nine", "two hundred", "one hundred and
# twenty-five". Sentences open with these where digits would stand anywhere else.
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_BELOW_HUNDRED = rf"(?:(?:{_TENS})(?:[- ](?:{_ONES}))?|{_TEENS}|{_ONES})"
SPELLED_NUMBER_RE = re.compile(
    rf"\b(?:{_BELOW_HUNDRED}[- ]hundred(?:[- ](?:and[- ])?{_BELOW_HUNDRED})?"
    rf"|(?:{_TENS})[- ](?:{_ONES}))\b",
    re.IGNORECASE,
)
# A word every one of those numbers holds: where none is, a text has none of them.
SPELLED_NUMBER_WORDS = frozenset([*_TENS.split("|"), "hundred"])


def spelled_number(words: str) -> int:
    """The value of a number `SPELLED_NUMBER_RE` matched.

    >>> spelled_number("Twenty-nine"), spelled_number("one hundred and twenty-five")
    (29, 125)
    >>> [m.group() for m in SPELLED_NUMBER_RE.finditer("Thirty-two survived; two hundred fled")]
    ['Thirty-two', 'two hundred']
    """
    total = 0
    for word in re.split(r"[- ]", words.casefold()):
        if word == "hundred":
            total *= 100
        elif word != "and":
            total += NUMBER_WORDS[word]
    return total


def digits_for_spelled(text: str) -> str:
    """A text with its numbers of more than one spelled word written in digits, so
    "Twenty-nine people" and "29 people" share the number.

    >>> digits_for_spelled("Thirty-eight people died; forty five were hurt")
    '38 people died; 45 were hurt'
    """
    return SPELLED_NUMBER_RE.sub(lambda m: str(spelled_number(m.group())), text)


SCALE_WORDS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
               "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000}  # fmt: skip
MONTHS = frozenset(("january", "february", "march", "april", "may", "june", "july",
                    "august", "september", "october", "november", "december"))  # fmt: skip
# A verb that follows its clause's subject: an auxiliary, a past in "-ed" or a common
# irregular past ("Israel launched", "Iran has", "The quake, ..., struck"). A regex part.
VERB_AFTER_SUBJECT = (
    r"(?:has|had|have|is|are|was|were|will|would|did|does|[a-z]+ed|struck|took|fell|hit|began|"
    r"fought|shot|sent|made|led|gave|held|brought)"
)
WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


@dataclass(frozen=True, slots=True)
class Token:
    """A word with its character offsets into the text it came from."""

    text: str
    start: int
    end: int

    @property
    def norm(self) -> str:
        return fold(self.text)


def clean(text: str) -> str:
    """Normalise raw input for storage: NFC, unix newlines, no control characters.

    >>> clean("a\\r\\nb\\x00c")
    'a\\nbc'
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_RE.sub("", text)


def fold(text: str) -> str:
    """Fold case, typographic quotes and dashes, and accents for comparison.

    >>> fold("Shia\u2019 Al-Sudani")
    "shia' al-sudani"
    """
    if text.isascii():
        return text.casefold()
    text = text.translate(_FOLD_TABLE).casefold()
    if text.isascii():  # only typographic quotes and dashes: nothing to decompose
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[Token, ...]:
    """Split text into word tokens that keep their offsets.

    >>> [t.text for t in tokens("U.S. troops, 2.5 million")]
    ['U', 'S', 'troops', '2.5', 'million']
    """
    return tuple(Token(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text))


def folded_words(text: str, toks: Sequence[Token]) -> tuple[str, ...]:
    """Each token's folded word (`fold`), in order."""
    if text.isascii():  # folding keeps every offset: each word is a slice
        folded = text.casefold()
        return tuple(folded[t.start : t.end] for t in toks)
    return tuple(fold(t.text) for t in toks)


class Phrases:
    """Listed word sequences (folded words, space-separated) found right after or right
    before a token of a text's folded words."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.words = frozenset(tuple(p.split()) for p in phrases)
        self.lengths = sorted({len(w) for w in self.words}, reverse=True)  # longest first

    def follows(self, norms: Sequence[str], i: int) -> bool:
        """Whether one of the phrases starts right after token ``i``."""
        return any(tuple(norms[i + 1 : i + 1 + n]) in self.words for n in self.lengths)

    def before(self, norms: Sequence[str], i: int) -> str | None:
        """The longest of the phrases that ends right before token ``i``."""
        for n in self.lengths:
            if i >= n and (w := tuple(norms[i - n : i])) in self.words:
                return " ".join(w)
        return None


# Attribution is read by English rules and an English tagger. A text reads as English
# when at least ENGLISH_SHARE of its first ENGLISH_SAMPLE words are English function
# words: PolNeAR's and ECB+'s English texts hold 16% or more (most about 40%), French
# and Spanish news near none, Arabic none. Texts under ENGLISH_MIN_WORDS words pass.
ENGLISH_SHARE = 0.12
ENGLISH_SAMPLE = 400
ENGLISH_MIN_WORDS = 20


def reads_as_english(text: str) -> bool:
    """Whether a text reads as English, so that its attribution can be read.

    >>> reads_as_english("The army said it withdrew from the town on Tuesday, officials said.")
    True
    >>> reads_as_english("Un séisme de magnitude 6,4 a frappé mercredi l'est de la Turquie, "
    ...     "faisant au moins 42 morts, a indiqué l'agence AFAD. Le ministre a déclaré que "
    ...     "27 bâtiments s'étaient effondrés près de Malazgirt.")
    False
    """
    found = [m.group() for m in islice(_LETTER_WORD_RE.finditer(text), ENGLISH_SAMPLE)]
    if len(found) < ENGLISH_MIN_WORDS:
        return True
    return sum(fold(w) in STOPWORDS for w in found) / len(found) >= ENGLISH_SHARE


_LETTER_WORD_RE = re.compile(r"[^\W\d_]{2,}")  # single letters are elisions as often as words


def words(text: str) -> list[str]:
    """Folded word strings of a text, in order."""
    if text.isascii():  # folding is casefolding, the same before as after splitting
        return _ASCII_WORD_RE.findall(text.casefold())
    return [fold(m.group()) for m in _WORD_RE.finditer(text)]


_SUFFIX_RULES = (("ies", "y"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", ""))
_SUFFIXES = tuple(suffix for suffix, _ in _SUFFIX_RULES)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: enough to meet 'attacks'/'attack', 'halted'/'halt'.

    >>> [stem(w) for w in ["attacks", "militias", "halted", "reporting", "policies"]]
    ['attack', 'militia', 'halt', 'report', 'policy']
    """
    if len(word) <= 3 or not word.endswith(_SUFFIXES) or not word.isalpha():
        return word
    for suffix, repl in _SUFFIX_RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            base = word[: len(word) - len(suffix)] + repl
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2]:
                base = base[:-1]
            return base
    return word


def content_words(text: str) -> list[str]:
    """Stemmed, folded words without stopwords: what a statement is about."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]


def parse_number(word: str) -> float | None:
    """Read a digit or spelled number token.

    >>> parse_number("1,200"), parse_number("three"), parse_number("2.5"), parse_number("x")
    (1200.0, 3.0, 2.5, None)
    """
    w = fold(word)
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    digits = w.replace(",", "")
    if not digits[:1].isdigit():  # float() would accept "nan", "inf", "infinity"
        return None
    try:
        return float(digits)
    except ValueError:
        return None


# Small words a body's name joins its words with, which its acronym skips.
_ACRONYM_JOINERS = frozenset(["of", "for", "and", "on", "de", "du", "the"])


def abbreviates(acronym: str, name: str) -> bool:
    """Whether an acronym stands for a name of two words or more: for the whole name or
    its last words ('NHC', 'US National Hurricane Center'), or for all of it but a last
    word the name took on later ('CDC', 'Centers for Disease Control and Prevention')."""
    words = re.sub(r"^[Tt]he\s+", "", name).split()
    if "&" in acronym:  # 'M&S' for 'Marks and Spencer' as for 'Marks & Spencer'
        words = ["&" if w.lower() == "and" else w for w in words]
    if len(words) < 2:
        return False
    short = acronym.lower()
    initials = "".join(w[0] for w in words).lower()
    bare = "".join(w[0] for w in words if w.lower() not in _ACRONYM_JOINERS).lower()
    return (
        initials.endswith(short)
        or bare.endswith(short)
        or (len(short) >= 3 and bare[:-1].endswith(short))
    )

"""Base forms and word classes from WordNet 3.0, for the attribution tagger's features.

A cue the training articles rarely show ("bemoans", "intimated") still looks like the
cues they do show when WordNet files its verb under communication, cognition or
emotion; "officials" and "official" are one word to the tagger once both read as their
base form. The data is ``wordnet_classes.txt.gz`` beside this file, generated from
Princeton's WordNet 3.0 by ``scripts/build_wordnet_classes.py`` (its copyright notice
is in the file's header). It is read once, on first use.

>>> base_form("sought", "v"), base_form("officials", "n"), base_form("clinton", "v")
('seek', 'official', None)
>>> lemma("told"), lemma("Reuters".lower())
('tell', 'reuters')
>>> verb_classes("insisted"), noun_class("spokesman")
(('communication', 'communication', 'cognition'), 'person')
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_PATH = Path(__file__).with_name("wordnet_classes.txt.gz")

# WordNet's detachment rules (morphy): suffix -> replacement, tried in this order.
_RULES = {
    "n": (
        ("s", ""),
        ("ses", "s"),
        ("ves", "f"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ),
    "v": (
        ("s", ""),
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ),
}


@dataclass(frozen=True, slots=True)
class _Tables:
    verbs: dict[str, tuple[str, ...]]  # verb -> classes of its first three senses
    nouns: dict[str, str]  # noun -> class of its first sense
    irregular: dict[str, dict[str, tuple[str, ...]]]  # 'v' / 'n' -> form -> base forms


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    verbs: dict[str, tuple[str, ...]] = {}
    nouns: dict[str, str] = {}
    irregular: dict[str, dict[str, tuple[str, ...]]] = {"v": {}, "n": {}}
    names: dict[str, str] = {}  # one string object per class name
    with gzip.open(DATA_PATH, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            kind, word, rest = line.rstrip("\n").split("\t")
            if kind == "v":
                verbs[word] = tuple(names.setdefault(c, c) for c in rest.split(","))
            elif kind == "n":
                nouns[word] = names.setdefault(rest, rest)
            else:
                irregular[kind[1]][word] = tuple(rest.split())
    return _Tables(verbs, nouns, irregular)


def base_form(word: str, pos: str) -> str | None:
    """WordNet's base form of a lower-case word as a verb ('v') or noun ('n'), or None
    when WordNet has no such verb or noun (its morphy: the irregular forms first, then
    the detachment rules, applied again until a form is found)."""
    tables = _tables()
    known = tables.verbs if pos == "v" else tables.nouns
    irregular = tables.irregular[pos].get(word)
    if irregular is not None:
        return next((f for f in (word, *irregular) if f in known), None)
    rules = _RULES[pos]
    forms = [word[: len(word) - len(old)] + new for old, new in rules if word.endswith(old)]
    found = next((f for f in (word, *forms) if f in known), None)
    while found is None and forms:
        forms = [
            f[: len(f) - len(old)] + new for f in forms for old, new in rules if f.endswith(old)
        ]
        found = next((f for f in forms if f in known), None)
    return found


def irregular_verbs() -> dict[str, str]:
    """Every irregular verb form WordNet lists, with its first base form ('won' -> 'win');
    treat it as read-only."""
    return _irregular_verbs()


@lru_cache(maxsize=1)
def _irregular_verbs() -> dict[str, str]:
    return {form: bases[0] for form, bases in _tables().irregular["v"].items() if bases}


def irregular_verb(word: str) -> str | None:
    """The base form of a lower-case irregular verb form WordNet lists ('won' -> 'win',
    'fled' -> 'flee'), or None ('voted', 'cases')."""
    bases = _tables().irregular["v"].get(word)
    return bases[0] if bases else None


def lemma(word: str) -> str:
    """The base form as a verb, else as a noun, else the word itself (lower case in)."""
    return base_form(word, "v") or base_form(word, "n") or word


def verb_classes(word: str) -> tuple[str, ...]:
    """Lexicographer classes ('communication', 'cognition', ...) of the first three verb
    senses of a lower-case word, most frequent sense first; () when it is no verb."""
    base = base_form(word, "v")
    return _tables().verbs[base] if base else ()


def noun_class(word: str) -> str | None:
    """The lexicographer class ('person', 'group', ...) of a lower-case word's first noun
    sense, or None when it is no noun."""
    base = base_form(word, "n")
    return _tables().nouns[base] if base else None

"""WordNet base forms and classes (app/core/wordnet.py) and the tagger features built on them."""

from __future__ import annotations

import gzip

import pytest

from app.core import attribution_tagger as tagger
from app.core import wordnet


@pytest.mark.parametrize(
    ("word", "pos", "base"),
    [
        ("said", "v", "say"),  # irregular: verb.exc
        ("went", "v", "go"),
        ("argued", "v", "argue"),  # -ed -> -e
        ("insisting", "v", "insist"),  # -ing -> ''
        ("denies", "v", "deny"),  # -ies -> -y
        ("says", "v", "say"),
        ("officials", "n", "official"),
        ("spokeswomen", "n", "spokeswoman"),  # -men -> -man
        ("women", "n", "woman"),  # irregular: noun.exc
        ("analyses", "n", "analysis"),
        ("obama", "v", None),  # no such verb
        ("qxzv", "n", None),
    ],
)
def test_base_forms_follow_wordnets_morphy(word: str, pos: str, base: str | None) -> None:
    assert wordnet.base_form(word, pos) == base


def test_a_word_is_its_own_base_form_when_wordnet_lacks_it() -> None:
    assert wordnet.lemma("breitbart") == "breitbart"
    assert wordnet.lemma("tweeted") == "tweet"  # as a verb first
    assert wordnet.lemma("spokesmen") == "spokesman"  # a noun only


def test_classes_come_from_the_most_frequent_senses() -> None:
    assert wordnet.verb_classes("said")[0] == "communication"
    assert "cognition" in wordnet.verb_classes("believes")
    assert wordnet.verb_classes("ran")[0] != "communication"
    assert wordnet.verb_classes("senator") == ()
    assert wordnet.noun_class("spokesman") == "person"
    assert wordnet.noun_class("committee") == "group"
    assert wordnet.noun_class("quickly") is None


def test_the_data_file_carries_princetons_notice() -> None:
    with gzip.open(wordnet.DATA_PATH, "rt", encoding="utf-8") as lines:
        head = "".join(next(lines) for _ in range(30))
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in head
    assert 'PROVIDED "AS IS"' in head


def _features_of(text: str, word: str) -> list[str]:
    toks = tagger.tokens(text)
    feats = tagger.features(text, toks, ["O"] * len(toks), frozenset())
    return feats[[text[a:b] for a, b in toks].index(word)]


def test_a_cue_unseen_in_training_shares_its_class_features_with_known_cues() -> None:
    """'bemoaned' and 'said' are both communication verbs to the tagger, and the word
    before each knows it stands before one."""
    bemoaned = _features_of("The senator bemoaned the vote.", "bemoaned")
    said = _features_of("The senator said the vote.", "said")
    assert "vl=verb.communication" in bemoaned and "vl=verb.communication" in said
    assert "lm=bemoan" in bemoaned and "lm=say" in said
    before = _features_of("The senator bemoaned the vote.", "senator")
    assert "+vl=verb.communication" in before
    assert "nl=noun.person" in before and "lm+1=bemoan" in before


def test_punctuation_and_numbers_get_no_classes() -> None:
    feats = _features_of("He said 42 times.", "42")
    assert "lm=42" in feats
    assert not [f for f in feats if f.startswith(("vl=", "nl=", "va="))]

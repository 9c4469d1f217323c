"""The word before a full stop is read from a window, with the whole word when it is longer.

Segmenting used to search for that word from the start of the text at every stop
(quadratic: a 90 KB article took seconds); these cases pin the decisions that depend
on a word longer than the window, so the window never changes a boundary.
"""

from __future__ import annotations

import pytest

from app.core.segment import segment


def pieces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Only the tail of this word looks like a dotted acronym; the whole word does not,
        # so the stop ends the sentence.
        (
            "See the code abcdef" + ".a" * 40 + ". 5 people came.",
            ["See the code abcdef" + ".a" * 40 + ".", "5 people came."],
        ),
        # A dotted acronym longer than the window is still one: no break.
        (
            "See the code " + "a." * 40 + "b. 5 people came.",
            ["See the code " + "a." * 40 + "b. 5 people came."],
        ),
        # Ordinary abbreviations and initials far into a long text.
        (
            "Word " * 40 + "ended here. Mr. Smith met J. Jones. They spoke.",
            ["Word " * 39 + "Word ended here.", "Mr. Smith met J. Jones.", "They spoke."],
        ),
    ],
)
def test_boundaries_with_long_words_before_the_stop(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


def test_a_long_text_segments_every_paragraph() -> None:
    paragraph = "Officials said the bridge closed on Tuesday. Three people were rescued."
    text = "\n\n".join([paragraph] * 1500)  # about 110 KB
    segs = segment(text)
    assert len(segs) == 3000
    assert {text[s.start : s.end] for s in segs} == {
        "Officials said the bridge closed on Tuesday.",
        "Three people were rescued.",
    }

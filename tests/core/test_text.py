"""Which texts read as English, so that the English attribution rules apply to them."""

from __future__ import annotations

import pytest

from app.core.text import reads_as_english


@pytest.mark.parametrize(
    ("text", "english"),
    [
        (
            "A magnitude 6.4 earthquake struck eastern Turkey early on Wednesday, killing at "
            "least 42 people and injuring more than 300, the country's disaster agency AFAD "
            "said. Rescue teams were searching the rubble of 27 collapsed buildings.",
            True,
        ),
        # a headline-style, name-heavy English text still has its function words
        (
            "Red Sox offer Teixeira $200 million. Boston made an eight-year offer to free agent "
            "Mark Teixeira on Thursday, the Boston Globe reported, citing people with knowledge "
            "of the talks.",
            True,
        ),
        (
            "Un séisme de magnitude 6,4 a frappé mercredi l'est de la Turquie, faisant au moins "
            "42 morts, a indiqué l'agence de gestion des catastrophes AFAD. Le ministre de "
            "l'Intérieur a déclaré que 27 bâtiments s'étaient effondrés.",
            False,
        ),
        (
            "Un terremoto de magnitud 6,4 sacudió el miércoles el este de Turquía y dejó al menos "
            "42 muertos, según la agencia de desastres AFAD. El ministro del Interior dijo que 27 "
            "edificios se derrumbaron cerca de Malazgirt.",
            False,
        ),
        (
            "قالت إدارة الكوارث والطوارئ التركية إن زلزالا بقوة 6.4 درجات ضرب ولاية موش شرقي "
            "تركيا فجر الأربعاء، ما أسفر عن مقتل 40 شخصا على الأقل. وقال وزير الداخلية إن 27 "
            "مبنى انهار قرب ملاذكرد في ولاية موش.",
            False,
        ),
        # too short to tell: read as English
        ("Erdbeben in der Türkei.", True),
        ("", True),
    ],
)
def test_reads_as_english(text: str, english: bool) -> None:
    assert reads_as_english(text) is english

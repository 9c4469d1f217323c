"""A 20-article story from real-looking text, built the same way every time.

Each article is one of the two seed articles, retold: some sentences left out,
numbers, names and attributions changed, a few claims hedged, the desk
signature and byline rewritten for its outlet. One article is a verbatim copy
of another (a syndicated copy), and one outlet has a right-to-left name.
"""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

from sqlmodel import Session

from app.services import stories
from app.services.articles import Submission, add_article

SEEDS = Path(__file__).resolve().parents[2] / "app" / "demo"  # the seed articles, packaged
TITLE = "Iraqi militias halt attacks on Israel: twenty outlets"
OUTLETS = (
    ("Baghdad Post", "BP"),
    ("Levant Wire", "LW"),
    ("Gulf Monitor", "GM"),
    ("Jerusalem Daily", "JD"),
    ("Tehran Observer", "TO"),
    ("Beirut Courier", "BC"),
    ("Amman Herald", "AH"),
    ("Cairo Tribune", "CT"),
    ("Erbil Today", "ET"),
    ("Mediterranean Times", "MT"),
    ("Damascus Ledger", "DL"),
    ("Haifa Chronicle", "HC"),
    ("Basra Bulletin", "BB"),
    ("الأخبار اليوم", "اليوم"),
    ("Kuwait Courant", "KC"),
    ("Ankara Dispatch", "AD"),
    ("Riyadh Review", "RR"),
    ("Doha Standard", "DS"),
    ("Negev Gazette", "NG"),
)
NUMBERS = {
    "two IDF soldiers": ("two IDF soldiers", "three IDF soldiers", "two Israeli soldiers"),
    "wounded 24": ("wounded 24", "wounded 21", "wounded more than 20"),
    "three U.S. soldiers": ("three U.S. soldiers", "three American troops", "four U.S. soldiers"),
    "[worth $500 million]": ("[worth $500 million]", "[worth $450 million]", ""),
}
NAMES = {
    "Esmail Qaani": ("Esmail Qaani", "Ismail Qaani", "Esmail Ghaani"),
    "Mohammed Shia’ Al Sudani": ("Mohammed Shia’ Al Sudani", "Mohammed Shia al-Sudani"),
    "Al-Akhbar": ("Al-Akhbar", "Al-Akhbar", "Al-Mayadeen", "the Al-Akhbar daily"),
}
SAYS = {
    " told Al-Akhbar": (" told Al-Akhbar", " told reporters", " said in an interview"),
    " confirmed that": (" confirmed that", " said that", " claimed that"),
    " revealed to Al-Akhbar": (" revealed to Al-Akhbar", " told Al-Akhbar", " said"),
}


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.”])\s+(?=[A-Z“])", " ".join(text.split())) if s]


def _retell(rng: random.Random, text: str) -> str:
    body = re.sub(r"\(YWN Israel Desk – Jerusalem\)\s*$", "", text.strip())
    body = re.sub(r"^date \S+\s*", "", body)
    body = re.sub(r"By World Israel News Staff\s*", "", body)
    for table in (NUMBERS, NAMES, SAYS):
        for original, choices in table.items():
            body = body.replace(original, rng.choice(choices))
    kept = []
    for i, sentence in enumerate(_sentences(body)):
        if i == 0 or rng.random() < 0.6:
            if rng.random() < 0.12 and sentence.startswith(("The ", "Iranian", "One ")):
                sentence = (
                    sentence.replace(" ", " reportedly ", 1)
                    if " have " not in sentence
                    else sentence
                )
            kept.append(sentence)
    return " ".join(kept)


def articles(n: int = 20) -> list[Submission]:
    """The submissions of the generated story (deterministic)."""
    rng = random.Random(20241223)
    seeds = [
        (SEEDS / "ywn-iraqi-militias-halt.txt").read_text(encoding="utf-8"),
        (SEEDS / "win-iraqi-militias-halt.txt").read_text(encoding="utf-8"),
    ]
    subs = []
    for i in range(n - 1):
        outlet, short = OUTLETS[i % len(OUTLETS)]
        day = 22 + rng.randrange(0, 4)
        hour = rng.randrange(6, 22)
        subs.append(
            Submission(
                text=_retell(rng, seeds[i % 2]),
                outlet=outlet,
                outlet_short_name=short,
                title=f"Iraqi militias pause attacks on Israel ({short})" if i % 3 else None,
                published_at=None if i == 7 else f"2024-12-{day:02d}T{hour:02d}:00:00",
            )
        )
    # A wire copy: the same text as the third article from another outlet.
    subs.append(
        Submission(
            text=subs[2].text,
            outlet="Regional Wire Service",
            outlet_short_name="RWS",
            title="Militias in Iraq halt attacks (wire)",
            published_at="2024-12-25T09:00:00",
        )
    )
    return subs


def build_story(session: Session, n: int = 20) -> int:
    """Store the generated story through the ordinary upload path; its id."""
    story = stories.create_story(session, TITLE)
    session.commit()
    for sub in articles(n):
        add_article(session, dataclasses.replace(sub, story_id=story.id))
    return story.id  # type: ignore[return-value]

"""Deterministic, real-looking news articles for the load and multi-worker tests.

Each story is one event with its own people, places, numbers and quotes. Every
article about it is a different outlet's account: the same core facts, reworded
(paraphrases), some shared quotes, and facts only that account carries, so the
comparison has agreements, single-outlet claims and attribution to align. Every
article's text is distinct, so none is a duplicate of another.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

OUTLETS = (
    "Harbour Daily Ledger",
    "Northern Wire Service",
    "The Civic Observer",
    "Valley Morning Post",
    "Metro Evening Standard",
    "Coastal Times Online",
    "Provincial Gazette",
    "Capital Radio News",
    "The Weekly Courier",
    "Riverside Chronicle",
    "Lakeshore Herald",
    "Continental Press Agency",
)


@dataclass(frozen=True)
class Event:
    place: str
    official: str
    role: str
    witness: str
    agency: str
    subject: str
    verb: str
    count: int
    money: int
    day: str


EVENTS = (
    Event(
        "Port Aldwick",
        "Miriam Osei",
        "harbour master",
        "Tomas Brandt",
        "Coastal Safety Board",
        "a container ship",
        "ran aground near the harbour mouth",
        23,
        14,
        "Tuesday",
    ),
    Event(
        "Kessel Valley",
        "Daniel Ferreira",
        "regional water commissioner",
        "Aiko Tanaka",
        "Valley Water Authority",
        "the Kessel dam",
        "released water after days of heavy rain",
        1200,
        38,
        "Wednesday",
    ),
    Event(
        "Brennford",
        "Leila Haddad",
        "city transport director",
        "Piotr Nowak",
        "Brennford Transit",
        "the eastern tram line",
        "was closed after a signal failure",
        48000,
        6,
        "Monday",
    ),
    Event(
        "Marlow Heights",
        "Samuel Achebe",
        "fire chief",
        "Grace Lindqvist",
        "Marlow Fire and Rescue",
        "a warehouse fire",
        "burned through the night",
        140,
        22,
        "Saturday",
    ),
    Event(
        "Fenwick",
        "Ines Duarte",
        "health minister",
        "Omar Siddiqui",
        "Fenwick General Hospital",
        "the new children's ward",
        "opened after two years of delays",
        60,
        91,
        "Thursday",
    ),
    Event(
        "Oldcastle",
        "Henrik Vos",
        "university rector",
        "Nadia Petrova",
        "Oldcastle University",
        "a research vessel",
        "returned from a six-month Antarctic survey",
        35,
        17,
        "Friday",
    ),
)

CUES = ("said", "told reporters", "added", "explained", "confirmed", "said in a statement")


def _sentences(event: Event, rng: random.Random, serial: int) -> list[str]:
    e = event
    core = [
        rng.choice(
            [
                f"Officials in {e.place} said on {e.day} that {e.subject} {e.verb}.",
                f"{e.subject[0].upper() + e.subject[1:]} {e.verb} in {e.place} on {e.day}, officials said.",
                f"On {e.day}, {e.subject} {e.verb} in {e.place}, according to local officials.",
            ]
        ),
        rng.choice(
            [
                f"About {e.count:,} people were affected, the {e.agency} said.",
                f"The {e.agency} put the number of people affected at roughly {e.count:,}.",
                f"Roughly {e.count:,} residents were affected, according to the {e.agency}.",
            ]
        ),
        rng.choice(
            [
                f"“We are doing everything we can to keep people safe,” {e.official}, the {e.role}, {rng.choice(CUES)}.",
                f"{e.official}, the {e.role}, {rng.choice(CUES)} that the authorities were doing everything they could to keep people safe.",
            ]
        ),
        rng.choice(
            [
                f"The cost of the response is estimated at {e.money} million euros.",
                f"Early estimates put the cost at {e.money} million euros.",
                f"Officials estimate the damage at around {e.money} million euros.",
            ]
        ),
        f"“I have never seen anything like it,” said {e.witness}, who lives nearby.",
    ]
    extras = [
        f"Police closed two roads leading to {e.place} for several hours.",
        f"The {e.agency} said a full report would be published within {rng.randint(2, 9)} weeks.",
        "Local businesses said trade had fallen sharply during the week.",
        f"A spokesperson for the {e.agency} declined to say who was responsible.",
        "Opposition councillors called for an independent inquiry into the response.",
        f"Volunteers from neighbouring towns arrived on {e.day} evening to help.",
        f"{e.witness} said residents had raised concerns with the council months ago.",
        f"The {e.role} is expected to brief the regional assembly next week.",
        f"Schools in {e.place} reopened the following morning, the council said.",
        "Weather forecasters expect conditions to improve over the weekend.",
        "Insurance companies have begun assessing claims from affected households.",
        f"A similar incident in {e.place} {rng.randint(3, 15)} years ago led to new safety rules.",
    ]
    rng.shuffle(extras)
    # The serial makes each account distinct even when the choices above coincide.
    own = [
        f"Reporter's note {serial}: this account was filed from {e.place} at {8 + serial % 12}:{serial % 60:02d}.",
        f"Correspondent {rng.choice(['A.', 'B.', 'C.', 'D.'])} {rng.choice(['Moreau', 'Klein', 'Sato', 'Walsh'])} contributed reporting ({serial}).",
    ]
    body = core[:2] + extras[: rng.randint(3, 6)] + core[2:] + extras[6 : 6 + rng.randint(1, 4)]
    return body + own


@dataclass(frozen=True)
class LoadArticle:
    story: int  # index into EVENTS
    outlet: str
    title: str
    text: str


def article(story: int, serial: int) -> LoadArticle:
    """The serial-th account of story ``story`` (same arguments, same article)."""
    event = EVENTS[story % len(EVENTS)]
    rng = random.Random(f"{story}-{serial}")
    sentences = _sentences(event, rng, serial)
    paragraphs, i = [], 0
    while i < len(sentences):
        step = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i : i + step]))
        i += step
    title = rng.choice(
        [
            f"{event.subject[0].upper() + event.subject[1:]} {event.verb} in {event.place}",
            f"{event.place}: {event.agency} responds as {event.subject} {event.verb}",
            f"What we know about events in {event.place} on {event.day}",
        ]
    )
    return LoadArticle(
        story=story % len(EVENTS),
        outlet=OUTLETS[serial % len(OUTLETS)],
        title=f"{title} ({serial})",
        text="\n\n".join(paragraphs),
    )

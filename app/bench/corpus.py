"""Deterministic, real-looking news copy for the benchmark.

A *story* is one event with its own people, places and figures. Every outlet's
article about it tells a subset of the story's facts in its own words (a
paraphrase chosen per outlet, synonyms swapped, an attribution frame added or
left out, now and then a different figure), repeats some of the same quotes,
and adds facts of its own that no other outlet has. Everything comes from a
seeded ``random.Random``, so the same arguments always give the same text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

FIRST = [
    "Amira",
    "Daniel",
    "Sofia",
    "Tomas",
    "Leila",
    "Marcus",
    "Ingrid",
    "Rafael",
    "Noor",
    "Elena",
    "Kwame",
    "Yuki",
    "Hassan",
    "Clara",
    "Dmitri",
    "Priya",
    "Omar",
    "Lucia",
    "Stefan",
    "Aisha",
    "Jonas",
    "Mei",
    "Farid",
    "Greta",
    "Mateo",
    "Zainab",
    "Pavel",
    "Ines",
    "Kofi",
    "Hanna",
]
SYLLABLES = [
    "ka",
    "ro",
    "mel",
    "vin",
    "tor",
    "sa",
    "bel",
    "dra",
    "no",
    "ush",
    "ter",
    "lin",
    "mar",
    "go",
    "vek",
    "ral",
    "pen",
    "is",
    "dor",
    "fa",
    "mir",
    "zen",
    "ba",
    "lo",
    "quin",
    "hal",
    "stra",
    "ver",
    "mon",
    "ti",
    "cor",
    "an",
    "el",
    "ur",
    "ost",
    "brin",
    "ke",
    "wal",
    "fen",
    "ly",
]
SUFFIXES = ("", "", "ia", "ov", "ton", "berg", "ez", "ani", "ford", "ville")
ROLES = (
    "interior minister",
    "police chief",
    "regional governor",
    "union leader",
    "army spokesman",
    "health minister",
    "mayor",
    "opposition leader",
    "central bank governor",
    "fire chief",
)
ORGS = (
    "the Ministry of Interior",
    "the national rail operator",
    "the Red Crescent",
    "the finance ministry",
    "the regional council",
    "the electoral commission",
    "the state broadcaster",
    "the port authority",
    "the coast guard",
    "the teachers' union",
    "the central bank",
    "the supreme court",
)
OUTLET_WORDS = [
    "Daily",
    "Herald",
    "Tribune",
    "Courier",
    "Post",
    "Gazette",
    "Observer",
    "Chronicle",
    "Times",
    "Standard",
    "Dispatch",
    "Ledger",
    "Monitor",
    "Express",
    "Journal",
    "Sentinel",
    "Review",
    "Bulletin",
    "Record",
    "Examiner",
]
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
}

# Swapped word for word, as outlets do.
SYNONYMS = {
    "said": ("said", "told reporters", "stated", "added"),
    "killed": ("killed", "left dead"),
    "injured": ("injured", "wounded", "hurt"),
    "announced": ("announced", "declared", "launched"),
    "began": ("began", "started", "launched"),
    "halted": ("halted", "suspended", "stopped"),
    "officials": ("officials", "authorities"),
    "residents": ("residents", "locals", "people living nearby"),
    "rose": ("rose", "climbed", "increased"),
    "fell": ("fell", "dropped", "declined"),
    "near": ("near", "close to", "outside"),
    "plans": ("plans", "intends"),
    "agreed": ("agreed", "consented"),
}

# Facts every story of a kind can tell: each has a few paraphrases, slots in braces.
EVENT_FACTS: tuple[tuple[str, ...], ...] = (
    (
        "A fire broke out at a warehouse near {place} on {day}, {officials} said.",
        "On {day}, a blaze tore through a warehouse {near} {place}.",
        "A warehouse {near} {place} caught fire on {day}.",
    ),
    (
        "At least {n} people were {killed} and {m} {injured} in the incident.",
        "The incident left {n} people dead and {m} {injured}.",
        "{N} people died and {m} were {injured}, according to {org}.",
    ),
    (
        "{person}, the {role}, {announced} an investigation into the cause.",
        "An investigation into the cause was {announced} by {role} {person}.",
        "The {role}, {person}, has ordered an inquiry into what happened.",
    ),
    (
        "Emergency crews worked through the night to contain the flames.",
        "Firefighters battled the flames overnight.",
        "Rescue teams spent the night bringing the fire under control.",
    ),
    (
        "{org} {halted} services in {place} until further notice.",
        "Services in {place} were {halted} by {org} until further notice.",
        "{org} has {halted} its operations in {place} for now.",
    ),
    (
        "The damage is estimated at ${money} million.",
        "Losses were put at about ${money} million.",
        "Officials estimate the cost of the damage at ${money} million.",
    ),
    (
        "{residents} were told to keep their windows closed because of the smoke.",
        "Authorities urged {residents} to stay indoors and shut their windows.",
        "People in {place} were advised to keep windows closed as smoke spread.",
    ),
    (
        "The warehouse stored chemicals used by local farms, {person2} said.",
        "According to {person2}, chemicals for nearby farms were kept in the building.",
        "Farm chemicals were stored in the warehouse, said {person2}.",
    ),
    (
        "It was the {ordinal} serious fire in the region this year.",
        "The region has now seen {ordinal_n} serious fires this year.",
        "This is the {ordinal} major blaze in the area since January.",
    ),
    (
        "{org2} said it would compensate families who lost their homes.",
        "Families who lost their homes will be compensated, {org2} said.",
        "Compensation for families left homeless was promised by {org2}.",
    ),
    (
        "The fire spread to {k} neighbouring buildings before it was contained.",
        "{K} nearby buildings also caught fire before crews stopped it.",
        "Before being contained, the blaze reached {k} adjacent buildings.",
    ),
    (
        "Schools in {place} will remain closed on {day2}.",
        "{place} schools stay shut on {day2}, {officials} said.",
        "Classes in {place} were cancelled for {day2}.",
    ),
    (
        "{person} visited the site on {day2} and met survivors.",
        "On {day2}, {person} toured the scene and spoke with survivors.",
        "Survivors met {person} when the {role} came to the site on {day2}.",
    ),
    (
        "Police detained {k} people for questioning.",
        "{K} people were taken in for questioning by police.",
        "Police said {k} suspects had been detained.",
    ),
    (
        "The owner of the warehouse, {company}, declined to comment.",
        "{company}, which owns the building, did not respond to requests for comment.",
        "A spokesperson for {company} would not comment.",
    ),
    (
        "Insurance claims are expected to exceed ${money2} million.",
        "Insurers expect claims of more than ${money2} million.",
        "Claims could top ${money2} million, insurers said.",
    ),
)

QUOTES = (
    "\u201cWe will find out who is responsible and they will answer for it,\u201d {person} said.",
    "\u201cThis is a tragedy for every family in {place},\u201d {person} told {outlet}.",
    "\u201cThe building had been inspected twice this year,\u201d {person2} said.",
    "\u201cWe heard a loud bang and then the whole sky turned orange,\u201d one resident said.",
    "\u201cOur crews did everything they could under very difficult conditions,\u201d the fire chief said.",
    "\u201cNo one should have to live next to a danger like this,\u201d {person2} added.",
    "\u201cWe are asking people to stay away from the area,\u201d {officials} said in a statement.",
    "\u201cThe cause is not yet known and we will not speculate,\u201d {org} said.",
)

FRAMES = (
    "{x}",
    "{x}",
    "{x}",
    "{who} said {y}",
    "{y}, according to {who}",
    "{y}, {who} told {outlet}",
)

# Article-only details: built from these parts so each outlet's extras are its own.
DETAIL_SUBJECTS = (
    "a neighbour",
    "a local shopkeeper",
    "a volunteer",
    "a nurse at the district hospital",
    "a bus driver",
    "a council member",
    "a former employee",
    "a student",
    "a pharmacist",
    "a taxi driver",
    "a retired engineer",
    "a priest",
    "a farmer",
    "a delivery worker",
)
DETAIL_VERBS = (
    "photographed",
    "helped carry",
    "filmed",
    "counted",
    "organised collections for",
    "cleared",
    "drove past",
    "sheltered beside",
    "mapped",
    "lost",
)
DETAIL_NOUNS = (
    "trucks",
    "ambulances",
    "blankets",
    "dogs",
    "pipes",
    "windows",
    "hydrants",
    "ladders",
    "tents",
    "buses",
    "generators",
    "sandbags",
    "cameras",
    "tankers",
    "stretchers",
    "lamps",
    "barrels",
    "crates",
    "bicycles",
    "horses",
    "pallets",
    "cables",
    "masks",
    "radios",
)
DETAIL_PLACES = (
    "depot",
    "bakery",
    "school",
    "yard",
    "pier",
    "chapel",
    "market",
    "clinic",
    "garage",
    "mill",
    "stadium",
    "library",
    "tannery",
    "brewery",
    "orchard",
    "quarry",
)
DETAIL_PREPS = ("at", "behind", "beside", "inside", "near", "opposite")
DETAIL_TIMES = (
    "shortly after midnight",
    "before the first crews arrived",
    "around {hour} in the morning",
    "for most of the afternoon",
    "while the roof collapsed",
    "as police closed the road",
    "the evening before",
    "during the evacuation",
    "on the way to work",
    "after the second explosion",
)
STREET_KINDS = ("Road", "Street", "Lane", "Avenue", "Square")


def coined_name(rng: random.Random, syllables: int = 2) -> str:
    """A made-up but pronounceable proper name: 'Belvora', 'Kastonberg'."""
    word = "".join(rng.choice(SYLLABLES) for _ in range(syllables)) + rng.choice(SUFFIXES)
    return word.capitalize()


@dataclass(frozen=True, slots=True)
class Story:
    """One event: the values its facts are told with."""

    number: int
    slots: dict[str, str]
    day: date
    facts: tuple[int, ...]  # indexes into EVENT_FACTS, in story order


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    outlet: str
    text: str  # as a person would paste it: date line, headline, standfirst, byline, body
    story: int
    title: str
    standfirst: str
    body: str
    published: date


def make_story(number: int, seed: int = 0) -> Story:
    rng = random.Random(f"story-{seed}-{number}")
    n, m = rng.randint(2, 9), rng.randint(5, 60)
    k = rng.randint(2, 9)
    ordinal = rng.randint(2, 6)
    day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 1000))
    slots = {
        "place": coined_name(rng, 2) + rng.choice(("", "", " Heights", " Valley", " Port")),
        "person": f"{rng.choice(FIRST)} {coined_name(rng, 2)}",
        "person2": f"{rng.choice(FIRST)} {coined_name(rng, 3)}",
        "role": rng.choice(ROLES),
        "org": rng.choice(ORGS),
        "org2": rng.choice(ORGS),
        "company": coined_name(rng, 2)
        + " "
        + rng.choice(("Logistics", "Holdings", "Storage", "Group")),
        "day": WEEKDAYS[day.weekday()],
        "day2": WEEKDAYS[(day.weekday() + 2) % 7],
        "n": str(n),
        "N": NUMBER_WORDS.get(n, str(n)).capitalize(),
        "m": str(m),
        "k": str(k),
        "K": NUMBER_WORDS.get(k, str(k)).capitalize(),
        "money": str(rng.randint(3, 90)),
        "money2": str(rng.randint(100, 400)),
        "ordinal": ("second", "third", "fourth", "fifth", "sixth")[ordinal - 2],
        "ordinal_n": NUMBER_WORDS.get(ordinal, str(ordinal)),
        "officials": "officials",
    }
    facts = tuple(range(len(EVENT_FACTS)))
    return Story(number, slots, day, facts)


def outlet_name(index: int) -> str:
    rng = random.Random(f"outlet-{index}")
    return f"The {coined_name(rng, 2)} {rng.choice(OUTLET_WORDS)}"


def _swap_synonyms(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for i, w in enumerate(words):
        core = w.rstrip(",.")
        if core in SYNONYMS and rng.random() < 0.5:
            words[i] = rng.choice(SYNONYMS[core]) + w[len(core) :]
    return " ".join(words)


def _fill(template: str, slots: dict[str, str], rng: random.Random, outlet: str) -> str:
    values = dict(slots)
    values["outlet"] = outlet
    values["near"] = rng.choice(SYNONYMS["near"])
    values["killed"] = rng.choice(SYNONYMS["killed"])
    values["injured"] = rng.choice(SYNONYMS["injured"])
    values["halted"] = rng.choice(SYNONYMS["halted"])
    values["announced"] = rng.choice(SYNONYMS["announced"])
    values["residents"] = rng.choice(SYNONYMS["residents"])
    values["officials"] = rng.choice(SYNONYMS["officials"])
    values["street"] = f"{coined_name(rng, 2)} {rng.choice(STREET_KINDS)}"
    values["coined"] = coined_name(rng, 2)
    values["hour"] = str(rng.randint(1, 11))
    text = template.format(**values)
    return text[0].upper() + text[1:]


def _framed(sentence: str, slots: dict[str, str], rng: random.Random, outlet: str) -> str:
    frame = rng.choice(FRAMES)
    if frame == "{x}" or "\u201c" in sentence or " said" in sentence or "according" in sentence:
        return sentence
    who = rng.choice((f"the {slots['role']}", slots["person2"], "a police spokesman", slots["org"]))
    body = sentence.rstrip(".")
    if frame.startswith("{who}"):
        body = (
            body[0].lower() + body[1:]
            if not body.split(" ", 1)[0].istitle()
            or body.startswith(("The ", "A ", "At ", "On ", "It "))
            else body
        )
    text = frame.format(x=sentence, who=who, y=body, outlet=outlet) + "."
    return text[0].upper() + text[1:]


def article(
    story: Story, outlet_index: int, statements: int = 40, seed: int = 0, outlet: str | None = None
) -> GeneratedArticle:
    """One outlet's article about ``story``: about ``statements`` sentences."""
    rng = random.Random(f"article-{seed}-{story.number}-{outlet_index}")
    outlet = outlet or outlet_name(outlet_index)
    slots = dict(story.slots)
    if rng.random() < 0.15:  # this outlet has a different figure: a number conflict
        slots["n"] = str(int(slots["n"]) + 1)
    sentences: list[str] = []
    # Shared facts: most outlets tell most of them, in the story's order.
    chosen = [f for f in story.facts if rng.random() < 0.75]
    for fact in chosen:
        template = EVENT_FACTS[fact][rng.randrange(len(EVENT_FACTS[fact]))]
        sentence = _swap_synonyms(_fill(template, slots, rng, outlet), rng)
        sentences.append(_framed(sentence, slots, rng, outlet))
    # Shared quotes, word for word.
    for quote in rng.sample(QUOTES, k=min(len(QUOTES), rng.randint(2, 5))):
        sentences.insert(rng.randrange(len(sentences) + 1), _fill(quote, slots, rng, outlet))
    # Details only this outlet reports, until the article has its length.
    while len(sentences) < statements:
        who = f"{rng.choice(FIRST)} {coined_name(rng, 2)}, {rng.choice(DETAIL_SUBJECTS)} from {coined_name(rng, 2)},"
        template = (
            f"{who} {rng.choice(DETAIL_VERBS)} {rng.randint(2, 40)} {rng.choice(DETAIL_NOUNS)}"
            f" {rng.choice(DETAIL_PREPS)} the {coined_name(rng, 2)} {rng.choice(DETAIL_PLACES)}"
            f" {rng.choice(DETAIL_TIMES)}."
        )
        sentences.insert(rng.randrange(1, len(sentences) + 1), _fill(template, slots, rng, outlet))
    sentences = sentences[:statements]
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    published = story.day + timedelta(days=rng.randint(0, 2))
    title = f"Deadly Warehouse Fire Hits {slots['place']}"
    byline = f"{rng.choice(FIRST)} {coined_name(rng, 2)}"
    standfirst = (
        f"{slots['N']} dead after a fire at a warehouse in {slots['place']}, {outlet} reports."
    )
    body = "\n\n".join(paragraphs)
    text = f"date {published.isoformat()}\n{title}\n\n{standfirst}\n\nBy {byline}\n\n{body}"
    return GeneratedArticle(outlet, text, story.number, title, standfirst, body, published)


def story_articles(
    articles: int, statements: int = 40, seed: int = 0, story: int = 0
) -> list[GeneratedArticle]:
    """A story told by ``articles`` different outlets."""
    s = make_story(story, seed)
    return [article(s, i, statements, seed) for i in range(articles)]

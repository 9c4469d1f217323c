"""Figures in news text and what they count: the numbers conflicts are read from.

"two IDF soldiers" is 2 soldier, "$2.5B" and "2.5 billion dollars" the same money,
"at least 10" a range from 10 up, "a 6.2-magnitude quake" a magnitude. Pure and cheap;
`compare` finds number conflicts with it and `align` asks whether two statements give
different figures for the same thing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core import wordnet
from app.core.text import (
    MONTHS,
    NUMBER_WORDS,
    SCALE_WORDS,
    SPELLED_NUMBER_RE,
    STOPWORDS,
    WEEKDAYS,
    Phrases,
    Token,
    fold,
    folded_words,
    parse_number,
    spelled_number,
    stem,
    tokens,
)

_HAS_DIGIT = re.compile(r"\d").search


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # what is counted (a stem), "$", "%", "year:<what it dates>", "date:<month>",
    # "<stem>:<what befell them>" ("people:dead", `FATES`) or "verb:<stem>"
    surface: str  # as the detail shows it: "$160 million", "5%", "March 3", "injured 40"
    noun: str = ""  # the counted word as written ("soldiers"), for the detail
    low: float | None = None  # the range the figure allows ("at least 10": 10 to infinity);
    high: float | None = None  # None: the value itself

    @property
    def bounds(self) -> tuple[float, float]:
        return (
            self.value if self.low is None else self.low,
            self.value if self.high is None else self.high,
        )


# Words before a figure that make it a bound or an estimate (what the figure allows, as
# a share of it): "at least 10" and "12" agree, "no more than 10" and "12" do not.
# Not for years and dates ("over 2024" is no count).
FIGURE_BOUNDS = {
    "at least": (1.0, math.inf), "more than": (1.0, math.inf), "over": (1.0, math.inf),
    "upwards of": (1.0, math.inf), "in excess of": (1.0, math.inf),
    "topping": (1.0, math.inf), "exceeding": (1.0, math.inf),
    "no fewer than": (1.0, math.inf), "no less than": (1.0, math.inf),
    "up to": (0.0, 1.0), "no more than": (0.0, 1.0), "at most": (0.0, 1.0),
    "less than": (0.0, 1.0), "fewer than": (0.0, 1.0), "under": (0.0, 1.0),
    "as many as": (0.0, 1.0), "as much as": (0.0, 1.0),
    "nearly": (0.85, 1.0), "almost": (0.85, 1.0), "just under": (0.85, 1.0),
    "about": (0.9, 1.1), "around": (0.9, 1.1), "roughly": (0.9, 1.1),
    "approximately": (0.9, 1.1), "some": (0.9, 1.1), "an estimated": (0.9, 1.1),
    "estimated": (0.9, 1.1), "close to": (0.9, 1.1),
    # a vague multiple: "several hundred meters" is 200 to 999, not a hundred
    "several": (2.0, 9.99), "a few": (2.0, 9.99),
}  # fmt: skip
_BOUNDS = Phrases(FIGURE_BOUNDS)


CURRENCY_WORDS = {"dollar": "$", "dollars": "$", "euro": "\u20ac", "euros": "\u20ac",
                  "pound": "\u00a3", "pounds": "\u00a3"}  # fmt: skip
CURRENCY_SIGNS = ("$", "\u20ac", "\u00a3")
_GLUED_SCALES = {"b": 1_000_000_000, "bn": 1_000_000_000, "m": 1_000_000, "k": 1_000}
NOUNLESS_UNITS = ("$", "%", *CURRENCY_SIGNS, "span")
# How long something takes or lasts, told without a figure ("could take days", "for
# weeks"): the span each word stands for, in days, end to end, so that "days" and
# "weeks" differ and "days" and "a few days" agree. Only after a word of taking or
# lasting: "in recent days" tells no span.
VAGUE_SPANS = {"hours": (1 / 24, 1.0), "days": (1.0, 13.0), "weeks": (14.0, 59.0),
               "months": (60.0, 729.0), "years": (730.0, 3649.0), "decades": (3650.0, math.inf)}  # fmt: skip
_VAGUE_SPAN_RE = re.compile(
    r"\b(?:take|takes|took|taking|taken|last|lasts|lasted|lasting|for|within)\s+"
    r"((?:a\s+few\s+|several\s+|many\s+)?(hours|days|weeks|months|years|decades))\b",
    re.IGNORECASE,
)
# Words that name what a figure measures when they stand before it or are hyphened onto
# it: "magnitude 6.4" and "a 6.2-magnitude quake" measure the same thing; "aged 43" and
# "the 43-year-old" the same age. Each maps to the unit both sides share.
MEASURE_WORDS = {"magnitude": "magnitude", "category": "category", "level": "level",
                 "grade": "grade", "aged": "age", "age": "age"}  # fmt: skip


# Units of measure: what each measures and its size in that measure's base unit (km/h,
# km, km², kg, litres, percentage points), so that "120 mph" and "195 km/h" are one
# speed, "16 inches" and "40cm" one depth, "25 basis points" and "0.25 percentage points"
# one change in a rate. Folded words, space-separated ("km/h" is "km h").
MEASURE_UNITS = {
    **dict.fromkeys(["km h", "kph", "kmh", "kilometres per hour", "kilometers per hour",
                     "kilometres an hour", "kilometers an hour"], ("speed", 1.0)),
    **dict.fromkeys(["mph", "miles per hour", "miles an hour"], ("speed", 1.609344)),
    **dict.fromkeys(["knots"], ("speed", 1.852)),
    **dict.fromkeys(["km", "kilometre", "kilometres", "kilometer", "kilometers"], ("length", 1.0)),
    **dict.fromkeys(["mile", "miles"], ("length", 1.609344)),
    **dict.fromkeys(["metre", "metres", "meter", "meters", "m"], ("length", 1e-3)),
    **dict.fromkeys(["yard", "yards"], ("length", 9.144e-4)),
    **dict.fromkeys(["foot", "feet", "ft"], ("length", 3.048e-4)),
    **dict.fromkeys(["cm", "centimetre", "centimetres", "centimeter", "centimeters"], ("length", 1e-5)),
    **dict.fromkeys(["inch", "inches"], ("length", 2.54e-5)),
    **dict.fromkeys(["mm", "millimetre", "millimetres", "millimeter", "millimeters"], ("length", 1e-6)),
    **dict.fromkeys(["square kilometres", "square kilometers", "sq km", "km2"], ("area", 1.0)),
    **dict.fromkeys(["square miles", "square mile", "sq miles"], ("area", 2.589988)),
    **dict.fromkeys(["hectare", "hectares"], ("area", 0.01)),
    **dict.fromkeys(["acre", "acres"], ("area", 4.046856e-3)),
    **dict.fromkeys(["kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilos"], ("mass", 1.0)),
    **dict.fromkeys(["tonne", "tonnes", "metric tons"], ("mass", 1000.0)),
    **dict.fromkeys(["lb", "lbs"], ("mass", 0.45359237)),
    **dict.fromkeys(["litre", "litres", "liter", "liters"], ("volume", 1.0)),
    **dict.fromkeys(["gallon", "gallons"], ("volume", 3.785411784)),
    **dict.fromkeys(["cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3"], ("volume", 1000.0)),
    **dict.fromkeys(["cubic feet", "cubic foot"], ("volume", 28.316846592)),
    # Celsius only: a rise in degrees converts to Fahrenheit by a factor, a temperature not
    **dict.fromkeys(["c", "celsius", "degrees celsius", "degrees c"], ("temperature", 1.0)),
    **dict.fromkeys(["percentage point", "percentage points"], ("percentage points", 1.0)),
    **dict.fromkeys(["basis point", "basis points", "bp", "bps"], ("percentage points", 0.01)),
}  # fmt: skip
_MEASURE_WORDS_LONGEST_FIRST = sorted({len(k.split()) for k in MEASURE_UNITS}, reverse=True)
# A figure converted from another unit is rounded after converting: "120 mph (195 kph)"
# (193.1 km/h). Two measures meet within MEASURE_LOOSENESS of each, each way; "120 mph"
# and "125 mph" (4% apart) still differ.
MEASURE_LOOSENESS = 0.01
# Measures read in one unit only, which no conversion has rounded: "1.53C" and "1.55C" differ.
_UNCONVERTED = frozenset(["measure:temperature"])
# A figure glued to its scale or unit: "$500m", "£2bn", "10k", "195km", "6ft".
_GLUED_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)([a-z]+\d?)")


def quantities(text: str) -> list[Quantity]:
    """Numbers with what they count: 'two IDF soldiers' -> 2 soldier.

    Money is one unit whether written "$5 million" or "5 million dollars"; a
    percentage whether "5%" or "5 percent"; a day of a month is a date ("March 3");
    a count of people says what befell them where a verb tells it ("632 people had
    died": people:dead, `FATES`), and a bare number counts what the verb before it does.

    >>> [(q.value, q.unit) for q in quantities("killed two IDF soldiers and $500 million in 2024")]
    [(2.0, 'soldier:dead'), (500000000.0, '$'), (2024.0, 'year:')]
    >>> [q.surface for q in quantities("It rose 5 percent by March 3 and 40 were injured 12")]
    ['5 percent', 'March 3', '40', 'injured 12']

    A measure is read in its base unit (`MEASURE_UNITS`), whatever unit it is written in,
    and a figure glued to its scale or unit reads as one written apart:

    >>> [(q.surface, q.unit, round(q.value)) for q in quantities("120 mph (195km/h), £2bn")]
    [('120 mph', 'measure:speed', 193), ('195km/h', 'measure:speed', 195), ('£2bn', '£', 2000000000)]

    A bound or an estimate before a figure (`FIGURE_BOUNDS`) gives it a range:

    >>> [(q.surface, q.bounds) for q in quantities("at least 10 people and some 300 troops")]
    [('at least 10', (10.0, inf)), ('some 300', (270.0, 330.0))]

    So does rounding, where what the figure's last written digit stands for is at most
    `ROUNDING_SHARE` of it: "52 percent" is what 51.5% up to just under 52.5% round to,
    and "52.3%" what 52.25% up to 52.35% do, so the two agree and "52.6%" and "52" do
    not. "$2 billion" (a whole billion is half of it) and "5%" stay exact, so "$2.5B" and
    "4.6%" still differ from them:

    >>> low, high = quantities("52 percent")[0].bounds
    >>> low, 52.49 < high < 52.5
    (51.5, True)
    >>> quantities("$2 billion")[0].bounds
    (2000000000.0, 2000000000.0)
    """
    toks = tokens(text)
    return read_quantities(text, toks, folded_words(text, toks))


def read_quantities(text: str, toks: Sequence[Token], ns: Sequence[str]) -> list[Quantity]:
    """`quantities` of a text already split: its tokens and their folded words."""
    spans = _vague_spans(text)
    parts = not _PARTS.keys().isdisjoint(ns)
    if not (_HAS_DIGIT(text) or parts or not NUMBER_WORDS.keys().isdisjoint(ns)):
        return spans  # nothing parse_number reads as a number, nor a fraction in words
    found = _elided_totals(text, _figures(text, toks, ns, parts))
    return _dozens(_hours_and_minutes(text, found)) + spans


def _dozens(found: list[Quantity]) -> list[Quantity]:
    """Figures with a count of dozens read as one count of what they count: 'more than three
    dozen heads of state' is more than 36 heads, not three dozens and a dozen heads."""
    dozens = next((q for q in found if q.unit == "dozen"), None)
    counted = next((q for q in found if q.surface.lower() == "dozen" and q.value == 12), None)
    if dozens is None or counted is None:
        return found
    whole = Quantity(
        dozens.value * 12,
        counted.unit,
        f"{dozens.surface} dozen",
        counted.noun,
        low=None if dozens.low is None else dozens.low * 12,
        high=None if dozens.high is None else dozens.high * 12,
    )
    return [whole if q is counted else q for q in found if q is not dozens]


# A time told in hours and minutes, perhaps after a bound: '1 hour and 45 minutes', 'about
# an hour and 45 minutes', '2 hours 10 minutes'.
_HOURS_AND_MINUTES_RE = re.compile(
    r"\b(?:(" + "|".join(sorted(FIGURE_BOUNDS, key=len, reverse=True)) + r")\s+)?"
    r"(\d{1,2}|an|one|two|three)\s+hours?,?\s+(?:and\s+)?(\d{1,2})\s+minutes?\b",
    re.IGNORECASE,
)


def _hours_and_minutes(text: str, found: list[Quantity]) -> list[Quantity]:
    """Figures with a time in hours and minutes read as one count of minutes: '1 hour and 45
    minutes' is 105 minutes, which 'about 90 minutes' is not (not 1 hour, then 45 minutes)."""
    for m in _HOURS_AND_MINUTES_RE.finditer(text):
        word = m.group(2).lower()
        hours = 1 if word == "an" else NUMBER_WORDS[word] if word in NUMBER_WORDS else int(word)
        total = hours * 60.0 + int(m.group(3))
        low, high = FIGURE_BOUNDS.get((m.group(1) or "").lower(), (None, None))
        whole = Quantity(
            total,
            "minute",
            m.group(),
            low=None if low is None else total * low,
            high=None if high is None else total * high,
        )
        found = [
            q
            for q in found
            if not (q.unit == "hour" and q.value == hours)
            and not (q.unit == "minute" and q.value == int(m.group(3)))
        ] + [whole]
    return found


# A count of one thing, then more of another with the counted word left out: '17 counts of
# espionage and one of computer misuse' (counts), '12 charges of fraud and three of
# bribery', '20 prosecution witnesses and two called by the defense' (witnesses). The
# tail alone is looked for first, in one quick pass.
_ELIDED_NUMBER = r"(?P<more>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ELIDED_PART = r"and\s+" + _ELIDED_NUMBER + r"\s+(?:more\s+|other\s+)?of\b"
_ELIDED_KIND_PART = r"and\s+" + _ELIDED_NUMBER + r"\s+(?:called|for|from)\b"
_ELIDED_RES = (
    re.compile(
        r"\b(?P<first>\d+|[a-z]+)\s+(?P<noun>[a-z]+s)\s+of\s+(?:[\w'\u2019-]+\s+){1,5}?"
        + _ELIDED_PART,
        re.IGNORECASE,
    ),
    # one kind named before the counted word, the other after the second figure
    re.compile(
        r"\b(?P<first>\d+|[a-z]+)\s+[a-z]+\s+(?P<noun>[a-z]+s)\s+" + _ELIDED_KIND_PART,
        re.IGNORECASE,
    ),
)
_ELIDED_TAIL_RE = re.compile(
    r"\band\s+(?:\d+|[a-z]+)\s+(?:(?:more\s+|other\s+)?of|called|for|from)\b", re.IGNORECASE
)


def _elided_totals(text: str, found: list[Quantity]) -> list[Quantity]:
    """The figures with the total of a count given in parts whose second part leaves out
    what it counts ('17 counts of espionage and one of computer misuse' is 18 counts too,
    '20 prosecution witnesses and two called by the defense' 22 witnesses),
    so that an outlet giving the total ('18 counts') agrees with one giving the parts."""
    if not any(q.noun for q in found) or not _ELIDED_TAIL_RE.search(text):
        return found  # most statements: read in one quick pass
    out = list(found)
    for m in (m for elided in _ELIDED_RES for m in elided.finditer(text)):
        first, more = parse_number(m.group("first")), parse_number(m.group("more"))
        if first is None or more is None:
            continue
        noun = m.group("noun").lower()
        counted = next((q for q in found if q.value == first and q.noun.lower() == noun), None)
        if counted is not None:
            # the total first, as the detail shows the first figure a member gives
            total = first + more
            out.insert(
                out.index(counted), Quantity(total, counted.unit, f"{total:g}", counted.noun)
            )
    return out


def _vague_spans(text: str) -> list[Quantity]:
    """How long something takes or lasts where no figure tells it (`VAGUE_SPANS`): "could
    take days" is a span of one to 13 days, unit "span"."""
    found = []
    for m in _VAGUE_SPAN_RE.finditer(text):
        low, high = VAGUE_SPANS[m.group(2).lower()]
        found.append(Quantity(low, "span", m.group(1), "", low, high))
    return found


# Makers whose name a model's number follows: "Boeing 737", "Embraer 190".
_MAKERS = frozenset(["boeing", "airbus", "embraer", "bombardier", "tupolev", "antonov",
                     "ilyushin", "sukhoi", "cessna", "max"])  # fmt: skip


_LABEL_BEFORE_RE = re.compile(r"(?:\bNos?\.?|\bno\.)\s*$")


def _model_number(text: str, toks: Sequence[Token], ns: Sequence[str], i: int) -> bool:
    """Whether the number at ``toks[i]`` is part of a model's name: after its maker
    ("Boeing 737") or a word in capitals after another number ("737 MAX 9"), or joined to
    capitals by a hyphen ("MD-11", "F-16"); or a label's number ("the No. 10 signal", "No 8"),
    which ranks or names and counts nothing."""
    if i == 0 or not ns[i][:1].isdigit():
        return False
    if _LABEL_BEFORE_RE.search(text, max(0, toks[i].start - 6), toks[i].start):
        return True
    before = toks[i - 1]
    gap = text[before.end : toks[i].start]
    if gap == "-":
        return before.text.isupper() and before.text.isalpha() and len(before.text) <= 3
    if gap != " ":
        return False
    # a word in capitals between two numbers ("737 MAX 9"), not any in a headline in
    # capitals ("AUNT CUTS OFF 3-YEAR-OLD'S ...")
    return ns[i - 1] in _MAKERS or (
        i > 1 and before.text.isupper() and before.text.isalpha() and ns[i - 2][:1].isdigit()
    )


# A time of day is read as minutes past the hour on a twelve-hour dial ("9:59 p.m.", "21:59"
# and "9:59" with no half of the day told are one time), its unit "clock", the zone it is
# told in ("clock:gmt"; none where it is local or untold) and the act it times
# (`_timed_act`: "clock:gmt:strike"), so "5:15 p.m. ET" and "(2215 GMT)" are not set
# against each other, nor against "11:24 a.m. local time".
CLOCK = "clock"
_HALF_DAYS = frozenset(["am", "pm"])
_ZONES = {"et": "et", "edt": "et", "est": "et", "gmt": "gmt", "utc": "gmt", "bst": "bst",
          "cet": "cet", "cest": "cet", "pt": "pt", "pdt": "pt", "pst": "pt", "ct": "ct",
          "cdt": "ct", "cst": "ct", "jst": "jst", "ist": "ist"}  # fmt: skip
# Words before a time that make it a span, in minutes before and after it: "about 4:30",
# "just after 5:15 p.m.", "shortly before 10 p.m.", "by 4 p.m.".
_CLOCK_BOUNDS = {"about": (15, 15), "around": (15, 15), "roughly": (15, 15),
                 "approximately": (15, 15), "some": (15, 15), "just after": (0, 20),
                 "shortly after": (0, 20), "soon after": (0, 30), "just before": (20, 0),
                 "shortly before": (20, 0), "after": (0, math.inf), "before": (math.inf, 0),
                 "by": (math.inf, 0), "until": (math.inf, 0)}  # fmt: skip
_CLOCK_PHRASES = Phrases(_CLOCK_BOUNDS)


_DOTTED_TIME_RE = re.compile(r"(\d{1,2})\.(\d{2})")


def _dotted_time(ns: Sequence[str], i: int) -> tuple[int, int, str, int] | None:
    """A time told with a stop, as British papers write it, from ``ns[i]``: "2.40am",
    "5.15 p.m." -> (hour, minute, half of the day, index after it); None where the half
    of the day is not told ("rose 2.40 percent")."""
    dotted = _DOTTED_TIME_RE.fullmatch(ns[i])
    if dotted is None:
        return None
    hour, minute = int(dotted.group(1)), int(dotted.group(2))
    if i + 1 < len(ns) and ns[i + 1] in _HALF_DAYS:
        return hour, minute, ns[i + 1], i + 2
    if i + 2 < len(ns) and ns[i + 1] in ("a", "p") and ns[i + 2] == "m":
        return hour, minute, ns[i + 1] + "m", i + 3
    return None


def _clock(
    text: str, toks: Sequence[Token], ns: Sequence[str], i: int
) -> tuple[Quantity, int] | None:
    """A time of day from ``toks[i]``, and the index after it: "5:15 p.m.", "9:59pm",
    "1 p.m. EDT", "06:45", "18:00 local time", "12 noon", "(2215 GMT)"; None where there is
    none ("5:4" is no time, nor "25:10")."""
    n = len(ns)
    dotted = _dotted_time(ns, i)
    if dotted is not None:
        hour, minute, day_half, j = dotted
    elif not ns[i].isdigit():
        return None
    else:
        hour, minute, j, day_half = int(ns[i]), 0, i + 1, None
        if len(ns[i]) == 4 and j < n and ns[j] in ("gmt", "utc"):
            hour, minute = int(ns[i][:2]), int(ns[i][2:])  # "2215 GMT"
        elif len(ns[i]) <= 2:
            if (
                j < n
                and text[toks[i].end : toks[j].start] == ":"
                and len(ns[j]) == 2
                and ns[j].isdigit()
            ):
                minute, j = int(ns[j]), j + 1
            if j < n and ns[j] in _HALF_DAYS:
                day_half, j = ns[j], j + 1  # "9:59pm"
            elif j + 1 < n and ns[j] in ("a", "p") and ns[j + 1] == "m":
                day_half, j = ns[j] + "m", j + 2  # "5:15 p.m."
            elif j < n and ns[j] == "noon" and hour == 12:
                j += 1
            elif j == i + 1:
                return None  # a bare number
        else:
            return None
    if hour > 23 or minute > 59 or (day_half and not 1 <= hour <= 12):
        return None
    zone = ""
    if j < n and ns[j] in _ZONES:
        zone, j = _ZONES[ns[j]], j + 1
    elif j + 1 < n and ns[j + 1] == "time" and toks[j].text[:1].isupper():
        zone, j = ns[j], j + 2  # "8:25 a.m. Japan time"
    elif j + 1 < n and ns[j] == "local" and ns[j + 1] == "time":
        j += 2
    value = (hour % 12) * 60.0 + minute
    first = toks[i].start
    low = high = None
    if bound := _CLOCK_PHRASES.before(ns, i):
        before, after = _CLOCK_BOUNDS[bound]
        low, high = max(0.0, value - before), value + after
        first = toks[i - len(bound.split())].start
    last = toks[j - 1].end
    if ns[j - 1] == "m" and text[last : last + 1] == ".":
        last += 1  # "p.m."
    surface = _as_shown(text, toks, first, last)
    # a time whose act is not told is set against no other: "warned ... at 8:57 a.m." (its
    # verb outside the claim) and "send out a mayday signal at 8:59 a.m." time two acts
    act = _timed_act(toks, ns, i) or f"@{value:g}"
    unit = ":".join(part for part in (CLOCK, zone, act) if part)
    return Quantity(value, unit, surface, "", low, high), j


# Words back from a time of day to the act it times: "were heard shortly after 10:00".
CLOCK_ACT_WORDS = 10


def _timed_act(toks: Sequence[Token], ns: Sequence[str], i: int) -> str:
    """The act a time of day before ``toks[i]`` times, as its verb's base form: "warned the
    aircraft of a possible bird strike at 8:57 a.m." -> "warn", "the release began at about
    4:37" -> "begin"; "" where no verb in the past comes first. Two outlets' times of two
    acts ("lifted off at 5:14", "crashed just after 5:15") are no one time told twice."""
    for k in range(i - 1, max(-1, i - 1 - CLOCK_ACT_WORDS), -1):
        word = ns[k]
        if not toks[k].text.islower():
            continue
        irregular = wordnet.irregular_verb(word)
        if irregular is not None and irregular not in ("be", "have", "do"):
            return irregular
        if word.endswith("ed") and (base := wordnet.base_form(word, "v")) is not None:
            return base
    return ""


# Words before a bare number that make it a window or a rank, not a count of what a verb
# did: "four of the last six", "the first two".
_WINDOW_WORDS = frozenset(["last", "past", "previous", "next", "first", "top", "final"])


def _figures(text: str, toks: Sequence[Token], ns: Sequence[str], parts: bool) -> list[Quantity]:
    """The figures `read_quantities` reads from a text that holds a number."""
    toks, ns = _unglued(toks, ns)
    found: list[Quantity] = []
    counted: tuple[int, Quantity] | None = None  # the last count read, and where it starts
    ranged: tuple[float, float] | None = None  # a measure's range, from its two ends
    # Where a fraction in words may start: before a part, and at "half" ("one in five"
    # starts at a number, below).
    shares = {s for k, w in enumerate(ns) if w in _PARTS for s in (k - 1, k)} if parts else set()
    i = 0
    while i < len(toks):
        if i in shares and (share := _share(text, toks, ns, i)):
            found.append(share[0])
            i = share[1]
            continue
        value = _folded_number(ns[i])
        if value is None or (ns[i] == "one" and i + 1 < len(toks) and ns[i + 1] == "of"):
            i += 1
            continue
        if _model_number(text, toks, ns, i):
            i += 1  # "Boeing 737 MAX 9 jets", "MD-11": a model's name, no count
            continue
        if (clock := _clock(text, toks, ns, i)) is not None:
            found.append(clock[0])  # "5:15 p.m. ET", "(2215 GMT)", "06:45"
            i = clock[1]
            continue
        if i + 1 < len(toks) and ns[i + 1] == "in" and (share := _share(text, toks, ns, i)):
            found.append(share[0])
            i = share[1]
            continue
        if (tally := _tally(text, toks, ns, i)) is not None:
            found.append(tally[0])  # "voted by 364 to 194", "by 364 votes to 194"
            i = tally[1]
            continue
        spelled = SPELLED_NUMBER_RE.match(text, toks[i].start) if ns[i].isalpha() else None
        paired = None if spelled else _paired(text, toks, ns, i)
        if paired is not None:
            found.append(paired)
            i += 2
            continue
        start = i
        if ns[i] == "dozen" and i > 0 and ns[i - 1] == "a":
            start = i - 1  # "about a dozen": the bound is before the article
        bound_words = _BOUNDS.before(ns, start)  # "at least", "about"
        j = end = i + 1
        step = _written_step(ns[i])
        if spelled:  # "Twenty-nine", "two hundred": one number
            value = float(spelled_number(spelled.group()))
            while j < len(toks) and toks[j].start < spelled.end():
                j += 1
        if (
            j < len(toks)
            and ns[j] in _GLUED_SCALES
            and toks[j].start == toks[i].end
            and not _metres(ns, j)
        ):
            value *= _GLUED_SCALES[ns[j]]  # "$2.5B", "$500m", "10k"
            step *= _GLUED_SCALES[ns[j]]
            j += 1
        while j < len(toks) and ns[j] in SCALE_WORDS and ns[j] != "m":
            value *= SCALE_WORDS[ns[j]]
            step *= SCALE_WORDS[ns[j]]
            j += 1
        first, last = toks[start].start, toks[j - 1].end
        before = text[max(0, first - 2) : first]
        after = text[last : last + 2]
        noun = ""
        if any(sign in before for sign in CURRENCY_SIGNS):
            unit = before.strip()[-1:]
            first = text.rindex(unit, 0, first)
            noun = _money_for(toks, ns, j)
        elif j < len(toks) and ns[j] in CURRENCY_WORDS:
            unit = CURRENCY_WORDS[ns[j]]
            last = toks[j].end
            j += 1
            noun = _money_for(toks, ns, j)
        elif after.startswith("%"):
            unit = "%"
            last += 1
        elif j < len(toks) and (
            ns[j] == "percent" or (ns[j] == "per" and j + 1 < len(toks) and ns[j + 1] == "cent")
        ):
            unit = "%"
            last = toks[j + 1].end if ns[j] == "per" else toks[j].end
        elif (measure := _measure(text, toks, ns, j)) is not None:
            unit, factor, j = measure  # "120 mph", "195km/h", "a 300-mile journey"
            value *= factor
            step *= factor
            last = toks[j - 1].end
        elif _is_year(toks, ns, start, value):
            unit = _year_unit(toks, ns, start)
        elif start > 0 and ns[start - 1] in MONTHS and 1 <= value <= 31:
            unit = "date:" + ns[start - 1]
            first = toks[start - 1].start
        elif start > 0 and ns[start - 1] in MEASURE_WORDS:
            unit = MEASURE_WORDS[ns[start - 1]]  # "magnitude 6.4", "aged 43"
            first = toks[start - 1].start
            if (
                j + 1 < len(ns)
                and ns[j] in ("to", "and")
                and (top := _folded_number(ns[j + 1])) is not None
                and top > value
                and top - value <= value
            ):
                ranged = (value, top)  # "magnitude 6.5 to 7.0": either
                last = toks[j + 1].end
                j += 2
        elif (compound := _hyphened(text, toks, ns, j)) is not None:
            unit, j = compound  # "6.2-magnitude", "eight-year", "43-year-old"
            last = toks[j - 1].end
        elif (shared := _range_end(text, toks, ns, j, value)) is not None:
            unit, factor, noun, last = shared  # "between 40 and 90 meters": 40 meters
            value *= factor
            step *= factor
        elif (
            ended := _range_from(text, toks, ns, start - len((bound_words or "").split()) - 1, j)
        ) is not None:
            unit, noun = ended  # "from about 3.5 million in 1986 to just 13 human cases"
        else:
            k = _unit_index(text, toks, ns, j)
            end = j if k is None else k + 1
            lead_in = start - len((bound_words or "").split()) - 1
            part = j < len(ns) and ns[j] == "of"  # "51 of them": a part of another count
            fate, told = ("", -1) if part else _fate(ns, lead_in, j - 1 if k is None else k)
            if k is not None:
                unit, noun = _fated(ns[k], fate), toks[k].text
                if fate and ns[k] == "others":
                    noun = "people"  # "injuring 329 others"
                elif lead_in >= 0 and toks[lead_in].text.endswith(_POSSESSIVE_ENDS):
                    unit += ":all"  # "the assembly's 300 members": how many it has in all
                elif _of_a_named_whole(toks, ns, k):
                    unit += ":of"  # "18 members of Yoon's own People Power Party": some of them
                elif lead_in >= 0 and ns[lead_in] in _NEEDED:
                    unit += ":needed"  # "A party needs 172 seats for a majority": a bar set
            elif (carried := _carried(ns, lead_in, counted)) is not None:
                unit, noun = carried.unit, carried.noun  # "from 3.5 million cases to just 14"
            elif (also := _got_as_many(text, toks, ns, lead_in, j, counted)) is not None:
                unit, noun = also.unit, also.noun  # "with 237 votes, while Noda received 147"
            elif part and (whole := _part_of(text, toks, ns, j)) is not None:
                unit, noun = whole  # "345 of the state's 497 municipalities": 345 of them
            elif _counts_the_dead(text, toks, ns, lead_in):
                unit, noun = "people:dead", "deaths"  # "The death toll rose to 83"
            elif fate:
                unit = "people:" + fate  # "a further 329 had been injured", "wounded 30"
                if told < start and not _CLAUSE_BREAK_RE.search(
                    text, toks[told].end, toks[start].start
                ):
                    first = toks[told].start  # the detail says "injured 40"
                else:
                    noun = "people"  # 'Of the dead, 39 were in Cebu': "39 people"
            elif (
                start > 0
                and ns[start - 1] not in STOPWORDS
                and ns[start - 1].isalpha()
                and ns[start - 1] not in WEEKDAYS  # "this Monday (6)": a day's date
                and ns[start - 1] not in _WINDOW_WORDS  # "of the last six": a window
            ):
                unit = "verb:" + stem(ns[start - 1])
                first = toks[start - 1].start
                # "injured, 51 of them critically" is no count of the seriously injured
                how = (
                    ns[j + 2] if part and j + 2 < len(ns) and ns[j + 1] in ("them", "whom") else ""
                )
                if how.endswith("ly"):
                    unit += ":" + how
            else:
                unit = ""
        if unit and not unit.startswith(("year:", "date:")):
            per = _per_period(ns, max(j, end))  # "$100 million a day", "3% a year"
            if per is not None:
                unit += "/" + per[0]
                last = toks[per[1] - 1].end
            else:
                unit = _range_rate(text, toks, ns, max(j, end), unit)
        if unit in _SPAN_UNITS and _since_a_record(
            ns, start - len((bound_words or "").split()) - 1
        ):
            unit += ":since"  # "the first time in 17 years": how long since, not how long
        if unit:
            low = high = None
            bound = None if unit.startswith(("year:", "date:")) else bound_words
            if ranged is not None:
                (low, high), ranged = ranged, None
            elif bound is not None:
                lo, hi = FIGURE_BOUNDS[bound]
                low, high = value * lo, value * hi
                first = min(first, toks[start - len(bound.split())].start)
            elif unit in TIMED_UNITS and "." in ns[start]:
                # a time is rounded up: 9.784 seconds is timed at 9.79, so 9.79 runs from
                # just over 9.78 to 9.79
                low, high = value - step + step * 1e-6, value
            elif _rounds(unit, value, step, decimal="." in ns[start]):
                # half up: what rounds to 52 runs from 51.5 to just under 52.5
                low, high = value - step / 2, value + step / 2 - step * 1e-6
            if unit.startswith("measure:") and unit not in _UNCONVERTED:
                low = (value if low is None else low) * (1 - MEASURE_LOOSENESS)
                high = (value if high is None else high) * (1 + MEASURE_LOOSENESS)
            surface = _as_shown(text, toks, first, last)
            found.append(Quantity(value, unit, surface, noun, low, high))
            if noun and not unit.startswith(("year:", "date:")):
                counted = (start, found[-1])
        i = j
    return found


# Words a figure's wording may open with that are capitalised only because they open the
# sentence; the detail shows them in lower case ("at least 42 vs 38 people"), unlike a
# month ("March 3").
_LOWER_OPENERS = frozenset(
    {w for p in FIGURE_BOUNDS for w in p.split()[:1]}
    | set(NUMBER_WORDS)
    | set(MEASURE_WORDS)
    | {"a", "half"}  # "A fifth of", "Half of"
)


_MONEY_NOUN_WORDS = 3  # "a $12,000 [ratification bonus]", "$2 billion [trade deal]"


def _of_a_named_whole(toks: Sequence[Token], ns: Sequence[str], k: int) -> bool:
    """Whether the counted word at ``k`` is followed by "of" and a name or a possessive: the
    count is of some of a named body's ('18 members of Yoon's own People Power Party'),
    compared with such counts only, not with how many there are in all."""
    return (
        k + 2 < len(ns)
        and ns[k + 1] == "of"
        and (toks[k + 2].text[:1].isupper() or toks[k + 2].text.endswith(_POSSESSIVE_ENDS))
    )


_PART_OF_WORDS = 3  # words between "of" and the whole's figure: "of the state's 497"


def _part_of(text: str, toks: Sequence[Token], ns: Sequence[str], j: int) -> tuple[str, str] | None:
    """For a bare figure before "of" at token ``j``, what the whole after it counts, as
    (unit, counted word): '345 of the state's 497 municipalities' counts municipalities;
    None where no figure with a counted word follows ('51 of them')."""
    for k in range(j + 1, min(j + 2 + _PART_OF_WORDS, len(ns))):
        if _folded_number(ns[k]) is not None:
            m = _unit_index(text, toks, ns, k + 1)
            if m is None or _CLAUSE_BREAK_RE.search(text, toks[j].end, toks[m].start):
                return None
            return _counted(ns[m]), toks[m].text
    return None


# What a death toll is told with: 'The death toll from the floods rose to 83', 'the number
# of deaths stood at 85' (not a 'toll road').
_TOLL_RE = re.compile(
    r"\b(?:death\s+toll|(?:the|its|a)\s+toll(?!\s*(?:roads?|booths?|plazas?|-?free|fees?)\b)|"
    r"number\s+of\s+(?:deaths|dead|fatalities|people\s+killed))\b",
    re.IGNORECASE,
)
_TOLL_LINKS = frozenset({"to", "at", "of", "from", "reached", "hit", "topped", "passed"})
_TOLL_REACH = 120  # characters from the toll to its figure, at most


def _counts_the_dead(text: str, toks: Sequence[Token], ns: Sequence[str], lead_in: int) -> bool:
    """Whether a bare figure after "to", "at" or "reached" is a death toll's, named
    before it in its sentence: 'The death toll from record floods rose to 83'."""
    if lead_in < 0 or ns[lead_in] not in _TOLL_LINKS:
        return False
    before = toks[lead_in].start
    toll = next(reversed(list(_TOLL_RE.finditer(text, max(0, before - _TOLL_REACH), before))), None)
    if toll is None or _TOLL_GAP_RE.search(text, toll.end(), before):
        return False  # another figure or sentence between: 'The toll stood at 12 ... rose to 15'
    # 'Buncombe County death toll rises to 35': one place's toll, not the story's
    place = _PLACE_BEFORE_RE.search(text, max(0, toll.start() - 40), toll.start())
    return place is None or place.group(1).lower() in STOPWORDS


_TOLL_GAP_RE = re.compile(r"[.;:]|\d")
_PLACE_BEFORE_RE = re.compile(r"\b([A-Z][\w.-]*)\s+$")


# Spans of time a record is told over: 'the first time in 17 years', 'the biggest
# increase in 33 years', 'its highest level in more than three decades'.
_SPAN_UNITS = frozenset({"years", "decade", "month", "week"})
_RECORD_WORDS = frozenset(["first", "highest", "lowest", "biggest", "largest", "smallest",
    "worst", "best", "strongest", "weakest", "deadliest", "fastest", "slowest", "most", "least",
    "longest", "shortest"])  # fmt: skip
_RECORD_REACH = 8  # words from a record's word to "in" before its span, at most


def _since_a_record(ns: Sequence[str], lead_in: int) -> bool:
    """Whether a span of time after "in" or "over" says how long since a record was last
    set ('raising rates for the first time in 17 years'), not how long something lasted
    ('ended eight years of negative rates')."""
    return (
        lead_in > 0
        and ns[lead_in] in ("in", "over")
        and any(ns[k] in _RECORD_WORDS for k in range(max(0, lead_in - _RECORD_REACH), lead_in))
    )


_ONLY_WORDS = frozenset({"just", "only", "merely"})
_RANGE_WORDS = 8  # words from a range's first figure to its "to", at most


_ENDED = frozenset(["ended", "finished", "closed", "ending", "finishing", "closing"])
# Verbs of getting a share, whose bare figure counts what a count before it in the sentence
# counts: "secured a majority with 237 votes, while Noda received 147".
_GOT = frozenset(["received", "won", "got", "took", "secured", "garnered", "obtained", "polled"])
_GOT_WORDS = 20  # words from the count before to the bare figure, at most


def _got_as_many(
    text: str,
    toks: Sequence[Token],
    ns: Sequence[str],
    lead_in: int,
    j: int,
    counted: tuple[int, Quantity] | None,
) -> Quantity | None:
    """The count before a bare figure that a verb of getting takes ('... with 237 votes,
    while Noda received 147': 147 votes), where the figure ends its clause; else None."""
    if counted is None or lead_in < 0 or ns[lead_in] not in _GOT:
        return None
    at, quantity = counted
    if ":" in quantity.unit or quantity.unit[:1] in "$\u00a3\u20ac%" or not quantity.noun:
        return None  # a fate ("people:dead"), a sum, a share: no count of things got
    after = text[toks[j - 1].end :].lstrip()
    if after and after[0] not in ",.;" and not after.startswith(("and ", "while ")):
        return None  # 'received 147 ballots' counts its own
    return quantity if 0 < lead_in - at <= _GOT_WORDS else None


def _carried(
    ns: Sequence[str], lead_in: int, counted: tuple[int, Quantity] | None
) -> Quantity | None:
    """The count a range's second figure leaves its noun to: 'from 3.5 million cases in
    1986 to just 14 in 2023' (14 cases), 'rose from 20 deaths to 35', 'lost two seats and
    ended with 22'."""
    k = lead_in
    while k >= 0 and ns[k] in _ONLY_WORDS:
        k -= 1
    if counted is not None and k > 0 and ns[k] in ("with", "on", "at") and ns[k - 1] in _ENDED:
        # 'lost two seats and ended with 22': where the count ended, of what it counted
        return counted[1] if 0 < k - counted[0] <= _RANGE_WORDS else None
    if counted is None or k < 0 or ns[k] != "to":
        return None
    at, quantity = counted
    opens = any(ns[m] == "from" for m in range(max(0, at - 3), at))  # "from an estimated 3.5"
    return quantity if opens and 0 < k - at <= _RANGE_WORDS else None


def _money_for(toks: Sequence[Token], ns: Sequence[str], j: int) -> str:
    """What an amount is, where nouns in lower case follow it as one: "$12,000
    ratification bonus" -> "bonus", "$5,000 contribution" -> "contribution"; "" where
    none do ("$5 million in fines", "$24 billion was raised")."""
    k = j
    while (
        k < len(toks)
        and k < j + _MONEY_NOUN_WORDS
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and ns[k] not in STOPWORDS
        and wordnet.noun_class(ns[k]) is not None
    ):
        k += 1
    return toks[k - 1].text if k > j else ""


def _as_shown(text: str, toks: Sequence[Token], first: int, last: int) -> str:
    """A figure's wording as the detail shows it: "At least 42" opening its sentence reads
    "at least 42"."""
    surface = text[first:last]
    opener = surface.split(maxsplit=1)[0].split("-")[0]  # "Twenty-nine": "twenty"
    if first == toks[0].start and fold(opener) in _LOWER_OPENERS:
        surface = surface[0].lower() + surface[1:]
    return surface


# Units of a time taken, which timing rounds up to its last written digit (World
# Athletics rule 19.24: "9.784" is shown as "9.79").
TIMED_UNITS = frozenset(["second"])


# The largest share of a figure its last written digit may stand for and the figure
# still be read as rounded: "52" (1 in 52) is, "5" (1 in 5) and "2 billion" are not.
ROUNDING_SHARE = 0.05


def _rounds(unit: str, value: float, step: float, decimal: bool = False) -> bool:
    """Whether a plain figure reads as rounded to its last written digit (not years,
    dates, or what a verb counts, which are exact as written). A figure written with
    decimals is rounded whatever share its last digit stands for: "€1.8bn" is 1.84
    billion euros told to one decimal."""
    return (
        not unit.startswith(("year:", "date:", "verb:"))
        and value > 0
        and (decimal or step <= ROUNDING_SHARE * value)
    )


def _written_step(w: str) -> float:
    """What the last written digit of a folded number stands for: '52' 1, '52.3' 0.1,
    'twelve' 1."""
    _, dot, decimals = w.partition(".")
    return 10.0 ** -len(decimals) if dot else 1.0


def _folded_number(w: str) -> float | None:
    """`parse_number` of a word already folded."""
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    if not w[:1].isdigit():  # float() would accept "nan", "inf", "infinity"
        return None
    try:
        return float(w.replace(",", ""))
    except ValueError:
        return None


# Words between a year and what it dates: "signed in 2008", "the highest level since 2008".
_YEAR_LINKS = frozenset(["in", "since", "of", "year"])


def _is_year(toks: Sequence[Token], ns: Sequence[str], i: int, value: float) -> bool:
    if not (1800 <= value <= 2100 and toks[i].text.isdigit() and len(toks[i].text) == 4):
        return False
    return i == 0 or ns[i - 1] in MONTHS or ns[i - 1] in _YEAR_LINKS


# How far before a year to look for what it dates, past its month and link words.
_YEAR_REACH = 4


def _year_unit(toks: Sequence[Token], ns: Sequence[str], i: int) -> str:
    """A year's unit, named by the word it dates, so that two years conflict only where
    they date the same thing: "the highest level since 2008" (year:level) and "the 14th
    increase since December 2021" (year:increase) do not; "signed in 2008" and "signed by
    the Angels in 2009" (year:sign) do. A year with nothing before it to date ("In 2008,
    the treaty ...", "$500 million in 2024"), or dating a figure ("3.5 million cases in
    1986"), is "year:"."""
    k = i - 1
    while k >= 0 and ns[k] in MONTHS:
        k -= 1
    while k >= 0 and ns[k] in _YEAR_LINKS:
        k -= 1
    for j in range(k, max(k - _YEAR_REACH, -1), -1):
        word = ns[j]
        if _counts_it(word):
            break  # "$500 million in 2024": the year of a figure
        if word.isalpha() and word not in STOPWORDS and not toks[j].text[:1].isupper():
            if j and ns[j - 1] in _OTHER_ONES:
                return "year:other " + stem(word)  # "two further victories, in 2019"
            if any(_counts_it(ns[x]) for x in range(max(j - 2, 0), j)):
                break  # "3.5 million cases in 1986", "13 human cases in 2023": a figure's
            return "year:" + stem(word)
    return "year:"


def _counts_it(word: str) -> bool:
    """Whether a word is a figure or its scale ("3.5", "million", "13")."""
    return word in SCALE_WORDS or _folded_number(word) is not None


# Words before what a year dates that make it other ones than a year alone dates: "led
# the Liberals to victory in 2015" and "to two further victories, in 2019 and 2021".
_OTHER_ONES = frozenset(["further", "more", "other", "another", "subsequent", "previous", "later"])


# What befell the people a figure counts: "632 people had died" and "672 people had been
# injured" count different people; "killed 12" and "12 people died" the same ones.
FATES = {
    word: fate
    for fate, words in {
        "dead": "dead died die dies dying killed kill kills killing deaths death perished",
        "injured": "injured injure injures injuring wounded wound wounding hurt",
        "missing": "missing",
        "arrested": "arrested arrest arresting detained detain",
        "evacuated": "evacuated evacuate",
        "displaced": "displaced",
        "rescued": "rescued rescue",
        "hospitalised": "hospitalised hospitalized",
        "survived": "survived survive survives surviving survivor survivors",
    }.items()
    for word in words.split()
}
# Counted words that say no more than that people are counted: all "people" when a fate
# follows ("329 others were injured" and "329 people were injured").
PERSON_COUNTS = frozenset({"people", "person", "other", "individual"})
# Words between a count and the verb that says what befell it: "had been injured", "were
# still missing".
_AUXILIARIES = frozenset(
    {"had", "have", "has", "been", "were", "was", "are", "is", "be", "being", "reportedly",
     "still", "also", "now", "all", "later", "already", "initially"}
)  # fmt: skip


# Fractions written as words, as shares ("a fifth" is 20%): the parts they count.
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
          "fifth": 5, "fifths": 5, "sixth": 6, "tenth": 10, "tenths": 10}  # fmt: skip
FRACTION_WORDS = frozenset(_PARTS)
# A fraction in words is loose: "two-thirds" allows 63.3% to 70%, "a fifth" 19% to 21%.
SHARE_LOOSENESS = 0.05


def _share(
    text: str, toks: Sequence[Token], ns: Sequence[str], i: int
) -> tuple[Quantity, int] | None:
    """A fraction in words from ``toks[i]``, as a percentage, and the index after it: "a
    fifth", "two-thirds of", "three quarters of", "half of", "one in five". None where
    there is none ("the second half", "a third term", "three quarters in a row" are no
    shares: a fraction needs "of" after it, or a hyphen to its count)."""
    n = len(ns)
    if ns[i] in ("one", "1") and i + 2 < n and ns[i + 1] == "in":
        whole = _folded_number(ns[i + 2])
        if whole is None or whole < 2:
            return None
        value, end = 100.0 / whole, i + 3  # "one in five"
    elif ns[i] in ("a", "one", "half") or _folded_number(ns[i]) is not None:
        j = i if ns[i] == "half" else i + 1
        if j >= n or ns[j] not in _PARTS:
            return None
        count = 1.0 if ns[i] in ("a", "one", "half") else _folded_number(ns[i])
        if count is None:
            return None
        points = _points_after(text, toks, ns, j + 1)
        if points is not None:  # "a quarter of a percentage point", "half a point"
            value = count / _PARTS[ns[j]]
            first = toks[i].start
            lo, hi = 1 - MEASURE_LOOSENESS, 1 + MEASURE_LOOSENESS
            if bound := _BOUNDS.before(ns, i):  # "just under half a percentage point"
                lo, hi = FIGURE_BOUNDS[bound]
                first = toks[i - len(bound.split())].start
            surface = _as_shown(text, toks, first, toks[points - 1].end)
            return Quantity(value, _POINTS, surface, "", value * lo, value * hi), points
        hyphened = j > i and text[toks[i].end : toks[j].start] == "-"  # "two-thirds majority"
        if not (hyphened or (j + 1 < n and ns[j + 1] == "of")):
            return None  # "a third term", "the second half", "three quarters in a row"
        value, end = 100.0 * count / _PARTS[ns[j]], j + 1
    else:
        return None
    if value >= 100.0:
        return None
    surface = _as_shown(text, toks, toks[i].start, toks[end - 1].end)
    low, high = value * (1 - SHARE_LOOSENESS), value * (1 + SHARE_LOOSENESS)
    return Quantity(value, "%", surface, "", low, high), end


_POINTS = "measure:percentage points"
# What may stand between a fraction and the point it is a part of: "a quarter of a
# percentage point", "half a point", "a quarter-point cut".
_POINT_LEADS = (("of", "a"), ("a",), ())


def _points_after(text: str, toks: Sequence[Token], ns: Sequence[str], k: int) -> int | None:
    """The index after "(of a) (percentage) point" from ``ns[k]``, or None."""
    for lead in _POINT_LEADS:
        j = k + len(lead)
        if tuple(ns[k:j]) != lead or j >= len(ns):
            continue
        if ns[j] == "percentage" and j + 1 < len(ns):
            j += 1
        if ns[j] in ("point", "points") and (lead or text[toks[k - 1].end : toks[k].start] in "- "):
            return j + 1
    return None


def _fated(word: str, fate: str) -> str:
    """The unit of a counted word with what befell what it counts: "632 people had died"
    -> people:dead, "injuring 329 others" -> people:injured, "three soldiers were hurt"
    -> soldier:injured."""
    unit = _counted(word)
    if not fate:
        return unit
    return "people:" + fate if unit in PERSON_COUNTS or word in FATES else f"{unit}:{fate}"


# A hyphen or a dash between two whole numbers: "6-3", "10–15".
_PAIR_JOINS = ("-", "\u2013")


# Words before "by" that make "by 364 to 194" a vote's tally ("voted by 364 to 194"), not a
# change and a level ("fell by 30 to 12").
_TALLIED = frozenset(["voted", "vote", "passed", "approved", "rejected", "adopted", "defeated"])


def _tally(
    text: str, toks: Sequence[Token], ns: Sequence[str], i: int
) -> tuple[Quantity, int] | None:
    """A vote's tally in words from ``toks[i]``, as the score "364-194" is read ("by 364
    votes to 194", "voted by 364 to 194"), and the index after it; None where there is none."""
    j = i + 1
    if j < len(ns) and ns[j] in ("votes", "vote"):
        j += 1
    elif not (i > 1 and ns[i - 1] == "by" and ns[i - 2] in _TALLIED):
        return None
    if not (j + 1 < len(ns) and ns[j] == "to" and ns[i].isdigit() and ns[j + 1].isdigit()):
        return None
    a, b = float(ns[i]), float(ns[j + 1])
    if max(a, b) >= 1000:
        return None  # "from 2019 votes to 2024": no tally
    return _score(a, b, text[toks[i].start : toks[j + 1].end]), j + 2


def _paired(text: str, toks: Sequence[Token], ns: Sequence[str], i: int) -> Quantity | None:
    """Two whole numbers joined by a hyphen or a dash, from ``toks[i]``, as one figure: a
    range where a counted word follows and the first is the smaller ("10-15 people": 10
    to 15), or a measure word comes before ("aged 18-25"); else a score or a tally ("won
    2-1", "voted 6-3"), told the same whichever side comes first ("lost 1-2"). None where
    the two are not such a pair."""
    j = i + 1
    if j >= len(toks) or text[toks[i].end : toks[j].start] not in _PAIR_JOINS:
        return None
    if not (ns[i].isdigit() and ns[j].isdigit()):
        return None  # "1.5-2", "six-three": read as before
    a, b = float(ns[i]), float(ns[j])
    if max(a, b) >= 1000:
        return None  # "2019-2020", "2019-20": years
    surface = text[toks[i].start : toks[j].end]
    k = _unit_index(text, toks, ns, j + 1)
    if k is not None and a < b:
        fate, _ = _fate(ns, i - 1, k)
        return Quantity(a, _fated(ns[k], fate), surface, toks[k].text, a, b)
    if i > 0 and ns[i - 1] in MEASURE_WORDS and a < b:  # "aged 18-25"
        surface = text[toks[i - 1].start : toks[j].end]
        return Quantity(a, MEASURE_WORDS[ns[i - 1]], surface, "", a, b)
    return _score(a, b, surface)


def _score(a: float, b: float, surface: str) -> Quantity:
    """A score or a tally as one figure, the same whichever side comes first: "won 2-1" and
    "lost 1-2", "by 364 votes to 194" and "voted 194-364"."""
    return Quantity(max(a, b) * 1000 + min(a, b), "score", surface)


def _fate(ns: Sequence[str], before: int, last: int) -> tuple[str, int]:
    """What befell the people a figure counts, and the word that tells it: the verb after
    the figure's last word (``last``: the counted word, else the number's), over
    auxiliaries, or else the word ``before`` it (and its bound). "632 people had died" ->
    dead, "injuring at least 329 others" -> injured, "632 dead" -> dead; ("", -1) where
    no such word is there."""
    if ns[last] in FATES:
        return FATES[ns[last]], last
    k = last + 1
    while k < len(ns) and k - last <= 3 and ns[k] in _AUXILIARIES:
        k += 1
    if k < len(ns) and ns[k] in FATES:
        return FATES[ns[k]], k
    if before >= 0 and ns[before] in FATES:
        return FATES[ns[before]], before
    return "", -1


# What a length measures, after "m" for metres: "the 70m-tall booster", "a 30m long wall".
_DIMENSIONS = frozenset(["tall", "long", "high", "wide", "deep"])


def _metres(ns: Sequence[str], j: int) -> bool:
    """Whether a glued "m" at token j is metres, not millions: before a dimension ("70m-tall"),
    or the first end of a range whose other end is ("between 40m and 90m wide")."""
    if ns[j] != "m" or j + 1 >= len(ns):
        return False
    if ns[j + 1] in _RANGE_JOINS and j + 3 < len(ns) and ns[j + 2][:1].isdigit():
        return _metres(ns, j + 3)
    return ns[j + 1] in _DIMENSIONS


# Words that join a range's two ends, the first told bare: "between 40 and 90 meters",
# "from 5 to 10 percent".
_RANGE_JOINS = frozenset(["and", "to"])


def _range_end(
    text: str, toks: Sequence[Token], ns: Sequence[str], j: int, value: float
) -> tuple[str, float, str, int] | None:
    """For a bare figure before "and" or "to" at token j and a larger figure that has a unit
    ("between 40 and 90 meters", "130 and 300 feet"), the unit, the factor to it, the
    counted word and where in the text the other end stops: both ends of a range measure
    the same thing. None where the other end counts nothing, tells a year or a date, or is
    a score."""
    if not (j + 1 < len(ns) and ns[j] in _RANGE_JOINS and ns[j - 1][:1].isdigit()):
        return None
    end = _folded_number(ns[j + 1]) if ns[j + 1][:1].isdigit() else None
    if not end or end <= value:
        return None
    nxt = _figures(text, toks[j + 1 : j + 8], ns[j + 1 : j + 8], False)
    if not nxt or nxt[0].unit.startswith(("verb:", "year:", "date:", "score")):
        return None
    other = nxt[0]
    at = text.find(other.surface, toks[j].end)
    last = toks[j - 1].end if at < 0 else at + len(other.surface)
    return other.unit, other.value / end, other.noun, last


_FROM_TO_GAP = 4  # words between a range's first figure and its "to", at most
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\u2013\u2014]")


def _range_from(
    text: str, toks: Sequence[Token], ns: Sequence[str], lead_in: int, j: int
) -> tuple[str, str] | None:
    """For a bare figure after "from" whose range runs, a few words on, "to" a figure that
    has a unit, that unit and counted word: 'from about 3.5 million in 1986 to just 13 human
    cases' counts cases at both ends. None where punctuation comes between, or the other
    figure counts nothing, tells a year or a date, or is a measure (whose size a scale
    word would muddle)."""
    if lead_in < 0 or ns[lead_in] != "from":
        return None
    to = next((k for k in range(j, min(j + _FROM_TO_GAP + 1, len(ns))) if ns[k] == "to"), None)
    if to is None or _CLAUSE_BREAK_RE.search(text, toks[j - 1].end, toks[to].start):
        return None
    k = to + 1
    while k < len(ns) and ns[k] in _ONLY_WORDS:
        k += 1
    other = next(iter(_figures(text, toks[k : k + 8], ns[k : k + 8], False)), None)
    if (
        other is None
        or not text.startswith(other.surface, toks[k].start)
        or other.unit.startswith(("verb:", "year:", "date:", "score", "measure:"))
    ):
        return None
    return other.unit, other.noun


def _unglued(toks: Sequence[Token], ns: Sequence[str]) -> tuple[Sequence[Token], Sequence[str]]:
    """Tokens with a figure glued to its scale or unit ("$500m", "195km") split in two, the
    two touching, as "$2.5bn" splits by itself."""
    if not any(n[:1].isdigit() and n[-1:].isalpha() for n in ns):
        return toks, ns
    out_toks: list[Token] = []
    out_ns: list[str] = []
    for tok, n in zip(toks, ns, strict=True):
        glued = _GLUED_RE.fullmatch(n) if tok.text.isascii() else None
        if glued and (
            glued.group(2) in _GLUED_SCALES
            or glued.group(2) in MEASURE_UNITS
            or glued.group(2) in _HALF_DAYS  # "3pm"
        ):
            cut = glued.end(1)
            out_toks += [
                Token(tok.text[:cut], tok.start, tok.start + cut),
                Token(tok.text[cut:], tok.start + cut, tok.end),
            ]
            out_ns += [n[:cut], n[cut:]]
        else:
            out_toks.append(tok)
            out_ns.append(n)
    return out_toks, out_ns


# A figure for each span of time is a rate, not a total: "$100 million a day" and "$5bn"
# count different things. Read after the figure and what it counts.
_PERIODS = {"hour": "hour", "day": "day", "night": "day", "week": "week", "month": "month",
            "year": "year", "annum": "year"}  # fmt: skip
_PER_WORDS = frozenset(["a", "an", "per", "each", "every"])
_PER_ADVERBS = {"hourly": "hour", "daily": "day", "nightly": "day", "weekly": "week",
                "monthly": "month", "annually": "year", "yearly": "year"}  # fmt: skip
# "a year ago", "a day after the storm": a time, not a rate.
_NOT_RATE_AFTER = frozenset(["ago", "earlier", "later", "before", "after", "since", "on", "from"])


def _per_period(ns: Sequence[str], j: int) -> tuple[str, int] | None:
    """The span of time a figure ending before token j is given for, and the token after
    its wording: "a day", "per year", "each week", "annually"."""
    if j < len(ns) and ns[j] in _PER_ADVERBS:
        return _PER_ADVERBS[ns[j]], j + 1
    if (
        j + 1 < len(ns)
        and ns[j] in _PER_WORDS
        and ns[j + 1] in _PERIODS
        and (j + 2 >= len(ns) or ns[j + 2] not in _NOT_RATE_AFTER or _from_a_date(ns, j + 2))
    ):
        return _PERIODS[ns[j + 1]], j + 2
    return None


def _from_a_date(ns: Sequence[str], j: int) -> bool:
    """Whether token j opens a date the rate runs from: "£12.21 an hour from April" (not
    "an hour from now", "a day from the border")."""
    return ns[j] == "from" and j + 1 < len(ns) and (ns[j + 1] in MONTHS or ns[j + 1] in WEEKDAYS)


def _range_rate(text: str, toks: Sequence[Token], ns: Sequence[str], j: int, unit: str) -> str:
    """The rate a figure's unit is given at by the other end of the range it opens: "from
    £11.44 to £12.21 an hour" is £11.44 an hour. The unit as it was where no range with a
    rate of the same unit follows."""
    if not (j + 1 < len(ns) and ns[j] in _RANGE_JOINS):
        return unit
    if not (ns[j + 1][:1].isdigit() or ns[j + 1] in CURRENCY_SIGNS):
        return unit
    nxt = _figures(text, toks[j + 1 : j + 8], ns[j + 1 : j + 8], False)
    if nxt and nxt[0].unit.startswith(unit + "/"):
        return nxt[0].unit
    return unit


def _measure(
    text: str, toks: Sequence[Token], ns: Sequence[str], j: int
) -> tuple[str, float, int] | None:
    """The unit of measure (`MEASURE_UNITS`) right after the figure ending at ``toks[j - 1]``,
    or hyphened onto it, as ("measure:<what it measures>", size, index after it)."""
    if j >= len(toks):
        return None
    if toks[j].start > toks[j - 1].end and text[toks[j - 1].end : toks[j].start] not in (" ", "-"):
        return None  # "12, miles", "12 (miles"
    for n in _MEASURE_WORDS_LONGEST_FIRST:
        if j + n <= len(ns) and (words := " ".join(ns[j : j + n])) in MEASURE_UNITS:
            what, size = MEASURE_UNITS[words]
            return "measure:" + what, size, j + n
    return None


def _counted(word: str) -> str:
    """The unit of a counted word; a count of years is a duration, not a calendar year."""
    unit = stem(word)
    return "years" if unit == "year" else unit


def _hyphened(
    text: str, toks: Sequence[Token], ns: Sequence[str], j: int
) -> tuple[str, int] | None:
    """A word hyphened onto the number ending at ``toks[j - 1]``, as (unit, index after it):
    "6.2-magnitude" -> magnitude, "eight-year" -> years, "43-year-old" -> age."""
    if not (
        j < len(toks)
        and toks[j].start == toks[j - 1].end + 1
        and text[toks[j - 1].end] == "-"
        and ns[j].isalpha()
    ):
        return None
    word = ns[j]
    if word in MEASURE_WORDS:
        return MEASURE_WORDS[word], j + 1
    if (
        word == "year"
        and j + 1 < len(toks)
        and ns[j + 1] == "old"
        and toks[j + 1].start == toks[j].end + 1
    ):
        return "age", j + 2
    if j + 1 < len(ns) and ns[j + 1] in _THRESHOLD_WORDS:
        return f"{_counted(word)}:{ns[j + 1]}", j + 1  # "the 12-seat threshold": a bar set
    return _counted(word), j + 1


# Verbs before a count that make it a bar to reach, not a count had: "needs 172 seats".
_NEEDED = frozenset(["need", "needs", "needed", "require", "requires", "required"])
# Nouns a hyphened count sets a bar for, which no count of what is had meets or misses: "fell
# below the 12-seat threshold" beside "With seven seats".
_THRESHOLD_WORDS = frozenset(
    ["threshold", "thresholds", "minimum", "limit", "cap", "quota", "requirement", "target"]
)


def _unit_index(text: str, toks: Sequence[Token], ns: Sequence[str], j: int) -> int | None:
    """The token that says what a number counts: 'two IDF soldiers' -> soldiers,
    '27 collapsed buildings' -> buildings (a participle before its noun describes it),
    'about 12 Israel Air Force jets' -> jets."""
    for k in range(j, min(j + _NAME_BEFORE_UNIT + 1, len(toks))):
        word = ns[k]
        if word in STOPWORDS:
            return None
        if toks[k].text[:1].isupper():
            continue  # "two IDF soldiers": skip the name, count the soldiers
        if word.isalpha():
            if k + 1 < len(toks) and _describes(text, toks, ns, k, ns[j - 1] in _ONE):
                return k + 1
            if k == j and word.endswith("ed") and _is_participle(word) and word not in FATES:
                return None  # "the 172 needed", "the 12 required": the count's noun is elided
            return k
    return None


_NAME_BEFORE_UNIT = 3  # words of a name between a number and what it counts, at most
_ONE = frozenset({"one", "1"})
_NOT_PLURAL_ENDS = ("ss", "us", "is")  # "class", "status", "analysis"


def _describes(text: str, toks: Sequence[Token], ns: Sequence[str], k: int, one: bool) -> bool:
    """Whether word ``k`` describes the noun after it, which is what a number counts: a
    participle ('27 collapsed buildings'), or, after a number above one, a word in the
    singular before a plural ('13 human cases', 'five foreign nationals'; not 'one person
    dies'). A word for people names whom a count is of: 'four child deaths' are children's."""
    word, after = ns[k], ns[k + 1]
    if not (
        after.isalpha()
        and after not in STOPWORDS
        and toks[k + 1].text.islower()
        and text[toks[k].end : toks[k + 1].start] == " "  # "survived, many", "light-years"
    ):
        return False
    if _is_participle(word):
        return after not in _PREPOSITIONS_BEYOND_STOPWORDS  # "364 voted against": no noun
    return (
        not one
        and _folded_number(word) is None  # "three dozen heads": dozens of heads
        # "four child deaths", "three civilian casualties" (not "15 fighter jets")
        and (wordnet.noun_class(word) != "person" or wordnet.noun_class(after) == "artifact")
        and not word.endswith("s")
        and len(after) > 3
        and after.endswith("s")
        and not after.endswith(_NOT_PLURAL_ENDS)
    )


_POSSESSIVE_ENDS = ("'s", "\u2019s", "s'", "s\u2019")


# Prepositions the stopword list lacks, after which a participle has no noun: "364 voted
# against".
_PREPOSITIONS_BEYOND_STOPWORDS = frozenset(
    ["against", "toward", "towards", "through", "during", "without", "within", "upon", "across",
     "between", "among", "behind", "beyond", "despite", "near", "until"]
)  # fmt: skip


def _is_participle(word: str) -> bool:
    return len(word) > 4 and word.endswith(("ed", "ing"))

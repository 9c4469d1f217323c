"""Ingest and segmentation on real copy: metadata lifted out, statements with offsets."""

from __future__ import annotations

import doctest
import importlib
from datetime import date

import pytest

from app.core.ingest import decode_upload, parse_html, parse_text
from app.core.segment import MAX_STATEMENT_CHARS, dateline_end, segment
from tests.conftest import seed_text

CORE_MODULES = [
    "text",
    "segment",
    "ingest",
    "align",
    "compare",
    "figures",
    "similarity",
    "attribution",
    "stories",
    "spans",
    "wordnet",
    "incremental",
    "attribution_tagger",
    "attribution_network",
]


@pytest.mark.parametrize("name", CORE_MODULES)
def test_core_docstring_examples_hold(name: str) -> None:
    module = importlib.import_module(f"app.core.{name}")
    result = doctest.testmod(module)
    assert result.failed == 0


def test_win_seed_metadata() -> None:
    draft = parse_text(seed_text("win"))
    assert draft.published_at == date(2024, 12, 23)
    assert draft.byline == "World Israel News Staff"
    assert draft.standfirst and draft.standfirst.startswith("Fearing blowback")
    assert draft.body.startswith("Iraqi militias aligned with Iran")
    assert draft.outlet_hint == "World Israel News"


def test_ywn_seed_signature_is_lifted_out() -> None:
    draft = parse_text(seed_text("ywn"))
    assert draft.signature == "YWN Israel Desk \u2013 Jerusalem"
    assert draft.outlet_hint == "YWN"
    assert draft.body.endswith("killed three U.S. soldiers in Jordan.")
    assert draft.published_at is None and draft.title is None


@pytest.mark.parametrize(
    ("raw", "field", "expected"),
    [
        (
            "Bridge closed in Dresden\n\nFlooding closed the bridge on Tuesday.",
            "title",
            "Bridge closed in Dresden",
        ),
        (
            "Date: 2025-03-04T09:30:00+01:00\nFlooding closed the bridge.",
            "published_at",
            "2025-03-04T09:30:00+01:00",
        ),
        (
            "Flooding closed the bridge.\n\nReporting by Anna Weber; Editing by Tom Hart",
            "signature",
            "Reporting by Anna Weber; Editing by Tom Hart",
        ),
        ("Flooding closed the bridge. (Reuters)", "signature", "Reuters"),
        # bylines printed without "By" below the headline (The Guardian's)
        (
            "2024 hottest year on record\n\nDamian Carrington Environment editor\n\nIt was hot.",
            "byline",
            "Damian Carrington Environment editor",
        ),
        (
            "Pelicot jailed\n\nAngelique Chrisafis in Avignon\n\nHe was jailed.",
            "byline",
            "Angelique Chrisafis in Avignon",
        ),
        (
            "M&S cyber-attack to cost £300m\n\nSarah Butler\n\nM&S has said so.",
            "body",
            "M&S has said so.",
        ),
        # ...and shared with the wires (Google's search monopoly)
        (
            "Google illegally maintains monopoly\n\nDara Kerr and agencies\n\nIt does.",
            "byline",
            "Dara Kerr and agencies",
        ),
        ("Bridge closed\n\nFlooding closed it.\n\nAnna Weber", "byline", None),
        ("Bridge closed\n\nThe Elbe rose.\n\nAnna Weber\n\nIt fell.", "byline", None),
        ("Flooding closed the bridge (the main one) on Tuesday.", "signature", None),
    ],
)
def test_metadata_patterns(raw: str, field: str, expected: str | None) -> None:
    value = getattr(parse_text(raw), field)
    assert (value.isoformat() if hasattr(value, "isoformat") else value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Smith said so. Troops left.", ["Gen. Smith said so.", "Troops left."]),
        (
            "U.S. forces stayed in Iraq. They left later.",
            ["U.S. forces stayed in Iraq.", "They left later."],
        ),
        (
            "\u201cWe will stop,\u201d the official said. He left.",
            ["\u201cWe will stop,\u201d the official said.", "He left."],
        ),
        ("It cost $2.5 million. Nobody paid.", ["It cost $2.5 million.", "Nobody paid."]),
        # a signature after a quotation stays with what it signs
        (
            "\u201cHe scares me. He lies.\u201d \u2015 Esther Tapia\n\nMore came in.",
            ["\u201cHe scares me.", "He lies.\u201d \u2015 Esther Tapia", "More came in."],
        ),
        ("It rained. - A Smith said so.", ["It rained.", "- A Smith said so."]),
        (
            "This decision follows talks with the prime minister and aligns with directives from Iran.",
            [
                "This decision follows talks with the prime minister",
                "and aligns with directives from Iran.",
            ],
        ),
        # a second claim after 'and' and a verb of saying, or a past verb and a name
        (
            "Marsh did not concede defeat and said he would challenge the result in court.",
            ["Marsh did not concede defeat", "and said he would challenge the result in court."],
        ),
        (
            "The council rejected the plan on Monday and blamed Mayor Berg for the delay.",
            ["The council rejected the plan on Monday", "and blamed Mayor Berg for the delay."],
        ),
        # the comma or semicolon between two claims belongs to neither
        (
            "The Bank of England raised rates to 5.25% on Thursday, the highest level since "
            "2008, and said borrowing costs would stay high for some time.",
            [
                "The Bank of England raised rates to 5.25% on Thursday, the highest level since 2008",
                "and said borrowing costs would stay high for some time.",
            ],
        ),
        (
            "The strike killed 12 people in the town; rescuers searched the rubble for survivors.",
            [
                "The strike killed 12 people in the town",
                "rescuers searched the rubble for survivors.",
            ],
        ),
        # an "and" inside a relative clause joins its verbs: the main verb comes after it
        (
            'Quincy Jones, the music titan who produced Michael Jackson\'s "Thriller" and worked '
            "with everyone from Frank Sinatra to Ray Charles, has died at 91.",
            [
                'Quincy Jones, the music titan who produced Michael Jackson\'s "Thriller" and '
                "worked with everyone from Frank Sinatra to Ray Charles, has died at 91."
            ],
        ),
        # a passive's participles joined by "and" tell one event
        (
            "The CEO of UnitedHealthcare, Brian Thompson, was shot and killed in Midtown "
            "Manhattan on Wednesday morning.",
            [
                "The CEO of UnitedHealthcare, Brian Thompson, was shot and killed in Midtown "
                "Manhattan on Wednesday morning."
            ],
        ),
        (
            "The two former executives were arrested and charged with fraud on Tuesday.",
            ["The two former executives were arrested and charged with fraud on Tuesday."],
        ),
        # too short a clause on either side stays whole
        (
            "Piet Marsh conceded defeat on Sunday and congratulated Berg.",
            ["Piet Marsh conceded defeat on Sunday and congratulated Berg."],
        ),
        (
            "He sighed and said nothing more about the vote.",
            ["He sighed and said nothing more about the vote."],
        ),
        # a second report after a comma and 'but' or 'and'
        (
            "Mr Erdogan promised that homes would be rebuilt within a year, but critics said "
            "similar pledges were not kept.",
            [
                "Mr Erdogan promised that homes would be rebuilt within a year",
                "but critics said similar pledges were not kept.",
            ],
        ),
        # ... whose source takes six words to name
        (
            "The disaster office said 14 people had died, and the main hospital in Port Vila "
            "said it had treated more than 200 injured people.",
            [
                "The disaster office said 14 people had died",
                "and the main hospital in Port Vila said it had treated more than 200 injured "
                "people.",
            ],
        ),
        # ... or after a comma and 'though' or 'while': the outlet's own claim stays its own
        (
            "Mr. Bankman-Fried, 31, faces up to 110 years in prison, though legal experts said "
            "he was likely to receive a far shorter sentence.",
            [
                "Mr. Bankman-Fried, 31, faces up to 110 years in prison",
                "though legal experts said he was likely to receive a far shorter sentence.",
            ],
        ),
        (
            "The cuts amount to less than 5% of the company's workforce, while analysts said "
            "more could follow.",
            [
                "The cuts amount to less than 5% of the company's workforce",
                "while analysts said more could follow.",
            ],
        ),
        # a second claim in the future after a comma, unless the first is a report
        (
            "He faces a maximum sentence of 115 years in prison, and will be sentenced on 28 March.",
            [
                "He faces a maximum sentence of 115 years in prison",
                "and will be sentenced on 28 March.",
            ],
        ),
        (
            "Microsoft will not stop hiring altogether, Nadella said, and will keep investing "
            "in artificial intelligence.",
            [
                "Microsoft will not stop hiring altogether, Nadella said, and will keep investing "
                "in artificial intelligence."
            ],
        ),
        (
            "He said he was tired and the doctors said he should rest for a week.",
            ["He said he was tired and the doctors said he should rest for a week."],
        ),
        # a second report after a clause that reports nothing is a claim of its own,
        # comma or none; a subject of two parts is not a clause
        (
            "Sky News went off air for several hours and the National Health Service said "
            "some surgeries were unable to book appointments.",
            [
                "Sky News went off air for several hours",
                "and the National Health Service said some surgeries were unable to book "
                "appointments.",
            ],
        ),
        (
            "The head of the biggest company in town and the leader of its union said they "
            "would meet.",
            [
                "The head of the biggest company in town and the leader of its union said they "
                "would meet."
            ],
        ),
        # a second participle sharing a perfect's 'had' is one claim with the first
        (
            "Kurtz said the firm had identified the problem and deployed a fix to customers.",
            ["Kurtz said the firm had identified the problem and deployed a fix to customers."],
        ),
        (
            "He has denied the charges and said he would appeal the verdict.",
            ["He has denied the charges", "and said he would appeal the verdict."],
        ),
        # a second report after a perfect in the first's content (Kenya's protests, The
        # Guardian: "treasonous" was never read)
        (
            'The president, William Ruto, said the protests had been "hijacked by dangerous '
            'people" and described the storming of parliament as "treasonous".',
            ['The president, William Ruto, said the protests had been "hijacked by dangerous '
             'people"', 'and described the storming of parliament as "treasonous".'],
        ),
        # an 'and' inside a clause of time shares that clause's subject: one claim
        (
            "Gisèle Pelicot, now 72, became a feminist hero after she rejected anonymity and "
            "insisted that the trial be held in public.",
            ["Gisèle Pelicot, now 72, became a feminist hero after she rejected anonymity and "
             "insisted that the trial be held in public."],
        ),
        (
            "After she rejected anonymity, the court opened the trial and insisted that it be "
            "held in public.",
            ["After she rejected anonymity, the court opened the trial",
             "and insisted that it be held in public."],
        ),
        # a span of time told by its start and its end is one claim
        (
            "Under the agreement, Sinner's ban started on 9 February and finishes on 4 May, "
            "meaning he will not miss any of the Grand Slam tournaments.",
            ["Under the agreement, Sinner's ban started on 9 February and finishes on 4 May, "
             "meaning he will not miss any of the Grand Slam tournaments."],
        ),
        (
            "The army withdrew from the town on Monday and returned to the base in the north.",
            ["The army withdrew from the town on Monday", "and returned to the base in the north."],
        ),
        # a quote ending in '!' or '?' keeps its speaker; a new sentence after one is new
        (
            '"The tower has caught the rocket!!" Elon Musk posted on X. It was a first.',
            ['"The tower has caught the rocket!!" Elon Musk posted on X.', "It was a first."],
        ),
        ('"Why now?" asked Smith.', ['"Why now?" asked Smith.']),
        (
            '"We won!" The crowd cheered for an hour.',
            ['"We won!"', "The crowd cheered for an hour."],
        ),
        # a single letter before a word that opens sentences and no name ends one
        (
            "The outbreak began with a strain known as clade I. But a new variant spreads "
            "more easily.",
            ["The outbreak began with a strain known as clade I.",
             "But a new variant spreads more easily."],
        ),
        ("President George W. Bush said so.", ["President George W. Bush said so."]),
        # two verbs taking 'that' in what is reported are the reported clause's (Google's
        # search monopoly, The Guardian: "but concluded that ..." had been Walker's)
        (
            "Walker said the ruling recognised that Google offered the best search engine "
            "but concluded that it should not be allowed to make it easily available.",
            ["Walker said the ruling recognised that Google offered the best search engine "
             "but concluded that it should not be allowed to make it easily available."],
        ),
        (
            "Smith said the deaths were entirely preventable and called for safe routes to the UK.",
            ["Smith said the deaths were entirely preventable",
             "and called for safe routes to the UK."],
        ),
        # initials before a name (the US port strike, AP: "J.P." had ended a sentence);
        # a time's or a place's still end one
        (
            "It could cost $5 billion a day, according to J.P. Morgan analysts. Biden said no.",
            ["It could cost $5 billion a day, according to J.P. Morgan analysts.",
             "Biden said no."],
        ),
        ("The author J.K. Rowling said so.", ["The author J.K. Rowling said so."]),
        ("It opened at 10 a.m. Crews arrived later.", ["It opened at 10 a.m.", "Crews arrived later."]),
        ("He was born in Washington D.C. Later he moved.",
         ["He was born in Washington D.C.", "Later he moved."]),
        # a middle name cut to two letters (the Grindavik eruption, AP: 'Th.' ended a
        # sentence); a place's abbreviation still ends one
        ('"It has begun," President Gudni Th. Johannesson said in an address.',
         ['"It has begun," President Gudni Th. Johannesson said in an address.']),
        ("They live in St. Louis. He said so.", ["They live in St. Louis.", "He said so."]),
        ("The ship was called the Mo. Crews said it sank.",
         ["The ship was called the Mo.", "Crews said it sank."]),
        # 'to say' opens no second report (the Grindavik eruption, BBC: the authorities'
        # second clause was cut off and read as unattributed)
        ("Authorities said the eruption posed no threat to life, but it was too early to say "
         "how it would develop.",
         ["Authorities said the eruption posed no threat to life, but it was too early to "
          "say how it would develop."]),
        # a dateline's abbreviated region before the agency's name
        (
            "CAPE CANAVERAL, Fla. (AP) \u2014 The odds have risen. Nobody knows why.",
            ["CAPE CANAVERAL, Fla. (AP) \u2014 The odds have risen.", "Nobody knows why."],
        ),
        # 'and' before a noun in '-s' joins two nouns, not two claims
        (
            "The WHO declared a global emergency, with cases confirmed among children and "
            "adults in more than a dozen countries.",
            ["The WHO declared a global emergency, with cases confirmed among children and "
             "adults in more than a dozen countries."],
        ),
        (
            "The party backed the plan on Monday and aligns with the government on most issues.",
            ["The party backed the plan on Monday", "and aligns with the government on most issues."],
        ),
    ],
)  # fmt: skip
def test_segmentation(text: str, expected: list[str]) -> None:
    assert [s.text(text) for s in segment(text)] == expected


def test_seed_segments_are_ordered_spans_of_the_body() -> None:
    body = parse_text(seed_text("win")).body
    segments = segment(body)
    assert len(segments) >= 10
    assert all(a.end <= b.start for a, b in zip(segments, segments[1:], strict=False))
    assert all(body[s.start : s.end].strip() == body[s.start : s.end] for s in segments)


def test_run_on_text_is_cut_into_bounded_statements() -> None:
    text = "word " * 30_000
    segments = segment(text)
    assert all(s.end - s.start <= MAX_STATEMENT_CHARS for s in segments)


def test_html_title_date_and_text() -> None:
    html = (
        "<html><head><title>Bridge closed</title>"
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-04T09:30:00+01:00"}</script>'
        "</head><body><article><h1>Bridge closed</h1><p>Flooding closed the main bridge in Dresden on Tuesday, "
        "city officials said.</p><p>Three people were rescued.</p></article></body></html>"
    )
    draft = parse_html(html)
    assert draft.title == "Bridge closed"
    assert draft.published_at is not None and draft.published_at.hour == 9
    assert draft.body.startswith("Flooding closed") and "<" not in draft.body


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (
            "caf\u00e9 \u2014 \u0645\u0631\u062d\u0628\u0627".encode("utf-8-sig"),
            "caf\u00e9 \u2014 \u0645\u0631\u062d\u0628\u0627",
        ),
        ("caf\u00e9".encode("utf-16"), "caf\u00e9"),
        ("caf\u00e9".encode("latin-1"), "caf\u00e9"),
    ],
)
def test_decode_upload(data: bytes, text: str) -> None:
    assert decode_upload(data) == text


def test_a_line_that_is_a_web_address_is_no_statement() -> None:
    body = "https://apnews.com/article/azerbaijan-plane-crash\n\nThe plane crashed near Aktau."
    assert [s.text(body) for s in segment(body)] == ["The plane crashed near Aktau."]
    # an address inside a sentence, or opening one, leaves the sentence a statement
    inside = "Details are at https://example.org/help for those affected."
    assert [s.text(inside) for s in segment(inside)] == [inside]
    opening = "https://example.org/report is where the figures were published."
    assert [s.text(opening) for s in segment(opening)] == [opening]


# Session 43: Capital One's deal for Discover, Mbappé joining Real Madrid, the shooting at
# Trump's rally in Butler.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Butler (Reuters): '... chanted "USA!' and 'USA!" as agents hustled him ...' were
        # two statements
        ('The crowd cheered and chanted "USA! USA!" as agents hustled him off the stage.',
         ['The crowd cheered and chanted "USA! USA!" as agents hustled him off the stage.']),
        ('Crowds chanted "Fight! Fight! Fight!" as he left. Then it ended.',
         ['Crowds chanted "Fight! Fight! Fight!" as he left.', "Then it ended."]),
        # a cry closed by its quote mark ends its sentence, and a long quotation is split
        ('He shouted "Help!" Then he ran.', ['He shouted "Help!"', "Then he ran."]),
        ('"We will not give up on this! We will fight on," he said.',
         ['"We will not give up on this!', 'We will fight on," he said.']),
    ],
)  # fmt: skip
def test_a_chant_in_quotes_does_not_end_its_sentence(text: str, expected: list[str]) -> None:
    assert [s.text(text) for s in segment(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Discover (AP): 'that both issues cards' and 'and runs its own network, ...' were
        # two statements
        ("Discover is one of the few companies that both issues cards and runs its own "
         "network, giving Capital One a way to route spending through a system it controls.",
         1),
        # Mbappé (the BBC): 'and would not be allowed to leave for nothing.' stood alone
        ("PSG president Nasser Al-Khelaifi insisted at the time that Mbappe would either have "
         "to sign a new contract or be sold, and would not be allowed to leave for nothing.",
         1),
        # a second claim after a noun's 'that' is still cut off
        ("He was convicted on charges that he took bribes from the firm, and will be "
         "sentenced on 28 March next year.", 2),
    ],
)  # fmt: skip
def test_an_and_inside_a_pair_or_a_report_joins_no_claims(text: str, expected: int) -> None:
    assert len(segment(text)) == expected


# ---------------------------------------------------------------- session 49: new stories
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Texas flood (The Texas Tribune), and earlier AP, Yonhap and Kyodo stories:
        # 'a.m.' before the day it was on ended the sentence ('Friday and a flash flood
        # emergency ...' stood alone)
        ("The agency issued a flash flood warning at 1:14 a.m. Friday and a flash flood "
         "emergency shortly after 4 a.m. It was the most urgent alert.",
         ["The agency issued a flash flood warning at 1:14 a.m. Friday and a flash flood "
          "emergency shortly after 4 a.m.", "It was the most urgent alert."]),
        ("The magnitude 6.8 quake struck just after 11 p.m. Friday. Rescuers dug all night.",
         ["The magnitude 6.8 quake struck just after 11 p.m. Friday.",
          "Rescuers dug all night."]),
        ("As of 6 p.m. Monday, authorities had identified 146 of the 179 victims.",
         ["As of 6 p.m. Monday, authorities had identified 146 of the 179 victims."]),
        # a day's own sentence after a time still opens one
        ("The vote closed at 8 p.m. Friday's count was slow.",
         ["The vote closed at 8 p.m.", "Friday's count was slow."]),
        # the Palisades fire (AP): 'in L.A.' ended a quoted sentence before 'County'
        ("\u201cThere\u2019s not enough firefighters in L.A. County to handle four separate "
         "fires of this magnitude,\u201d Marrone said.",
         ["\u201cThere\u2019s not enough firefighters in L.A. County to handle four separate "
          "fires of this magnitude,\u201d Marrone said."]),
        ("She moved to Washington, D.C. Area hospitals were full.",
         ["She moved to Washington, D.C.", "Area hospitals were full."]),
    ],
)  # fmt: skip
def test_a_time_of_day_or_a_place_s_initials_before_a_name_end_no_sentence(
    text: str, expected: list[str]
) -> None:
    assert [s.text(text) for s in segment(text)] == expected


# ---------------------------------------------------------------- session 50: new stories
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hurricane Helene (Reuters), and earlier Reuters, NBC and Space.com stories: a time
        # zone after 'p.m.' opened a statement of its own ('EDT on Thursday (0310 GMT
        # Friday) near Perry ...')
        ("Helene made landfall at 11:10 p.m. EDT on Thursday (0310 GMT Friday) near Perry. "
         "It weakened.",
         ["Helene made landfall at 11:10 p.m. EDT on Thursday (0310 GMT Friday) near Perry.",
          "It weakened."]),
        ("The storm made landfall around 8:30 p.m. ET with winds of 120 mph.",
         ["The storm made landfall around 8:30 p.m. ET with winds of 120 mph."]),
        ("The vote closed at 8 p.m. GMT. Officials said it was over.",
         ["The vote closed at 8 p.m. GMT.", "Officials said it was over."]),
        ("He arrived at 6 a.m. (EST) and left.", ["He arrived at 6 a.m. (EST) and left."]),
        # a sentence opening after a time of day still opens
        ("He left at 9 p.m. Police said so.", ["He left at 9 p.m.", "Police said so."]),
    ],
)  # fmt: skip
def test_a_time_zone_after_a_time_of_day_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert [s.text(text) for s in segment(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kimmel (Variety): a '!' closing a quoted title inside a headline in Title Case
        (
            "'Jimmy Kimmel Live!' Will Return Tuesday as Disney Ends Suspension Following "
            "Charlie Kirk Backlash",
            1,
        ),
        # ... but a cry in a sentence still ends it
        ('He shouted "Stop!" Then he ran.', 2),
        # the Angara crash (TASS): a date, the agency between slashes, then the lead
        ("BLAGOVESHCHENSK, July 24. /TASS/. The burning fuselage was found.", 1),
        # Bayrou (BBC): the 'and' joins the subject of the clause 'since' opened
        (
            "Bayrou's defeat had been all but certain since opposition parties on the left and "
            "the far right said they would vote against him.",
            1,
        ),
        # ... and a time after 'after' is no such subject
        (
            "Prices rose sharply after midnight on Tuesday and the ministry said inflation "
            "would ease.",
            2,
        ),
    ],
)
def test_statements_of_session_56(text: str, expected: int) -> None:
    assert len(segment(text)) == expected


def test_a_slashed_agency_dateline_is_no_part_of_the_lead() -> None:
    text = "BLAGOVESHCHENSK, July 24. /TASS/. The plane was found."
    assert text[dateline_end(text, 0) :] == "The plane was found."


# ---------------------------------------------------------------- session 57


@pytest.mark.parametrize(
    "line",
    [
        # a page's date and time stamps (The Texas Tribune, Reuters, CNN, El País, France 24,
        # The Korea Herald, The Guardian): two outlets' stamps were a conflict of dates
        "Aug. 3, 2025",
        "August 4, 2025 10:31 PM UTC",
        "Updated 10:42 PM EDT, Thu August 28, 2025",
        "Buenos Aires - OCT 27, 2025 - 07:10 CET",
        "Ourense / Valladolid - Aug 17, 2025 - 18:10 CEST",
        "Issued on: 24/11/2025 - 11:15",
        "Published : June 4, 2025 - 02:50:00",
        "Sun 17 Aug 2025 19.20 BST",
        # bylines in capitals (El País, The Japan Times)
        "FEDERICO RIVAS MOLINA",
        "SONIA VIZOSO / JUAN NAVARRO",
        "KYODO",
    ],
)
def test_a_stamp_or_byline_in_capitals_is_no_statement(line: str) -> None:
    text = f"{line}\n\nThe House failed to reach a quorum on Monday.\n\nDemocrats stayed away."
    assert [s.text(text) for s in segment(text)] == [
        "The House failed to reach a quorum on Monday.",
        "Democrats stayed away.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Staff writer Dylan McGuinness contributed to this report.",
        "Bedayn reported from Denver. Associated Press writers Jill Colvin and Ali Swenson in "
        "New York contributed to this report.",
        "Contributing: Pat Reavy, Emily Ashcraft, Brigham Tomco",
        "jeremy.wallace@chron.com",
        "(shson@heraldcorp.com)",
        "bur/jj",
        "\u00a9 2025 AFP",
        "Copyright The Financial Times Limited 2025. All rights reserved.",
        "-- Buenos Aires Times",
        "This article has been updated.",
        "Main image credit: Karol Nawrocki/Facebook",
        "Sign up for our weekly newsletter to get more English-language news coverage",
        "Disclosure: The Texas Tribune is a nonprofit, nonpartisan news organization. "
        "Financial supporters play no role in the Tribune's journalism.",
        "WATCH: Nvidia CEO Jensen Huang on $500 billion in bookings",
    ],
)
def test_a_credit_or_notice_at_the_end_is_no_statement(line: str) -> None:
    text = f"The House failed to reach a quorum.\n\nDemocrats stayed away.\n\n{line}"
    assert len(segment(text)) == 2


def test_a_bureau_byline_near_the_top_is_no_statement() -> None:
    text = "Jeremy Wallace, Austin Bureau\n\nThe House voted Monday.\n\nIt adjourned."
    assert [s.text(text) for s in segment(text)] == ["The House voted Monday.", "It adjourned."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # copy that looks like furniture stays: a clause with a time, a sentence on
        # contributing, a headline in capitals ending in a full stop, credits mid-story
        ("Polls opened.\n\nVoting ends at 9 p.m.\n\nIt was calm.", 3),
        ("Polls opened.\n\nIt was calm.\n\nPolice said the man contributed to the report.", 3),
        ("Polls opened.\n\nIt was calm.\n\nHe contributed.", 3),
        ("CHARGERS' RECEIVER ARRESTED.\n\nHe was held overnight.", 2),
        (
            "Contributing: the rain.\n\nPolls opened.\n\nIt was calm.\n\nTurnout rose.\n\nIt ended.",
            5,
        ),
    ],
)
def test_copy_like_furniture_stays(text: str, expected: int) -> None:
    assert len(segment(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the Texas walkout (Reuters, Houston Chronicle), the Kirk shooting (Deseret News),
        # Minneapolis (Star Tribune): a time zone after 'p.m.', plural titles, a street's
        # compass point end no sentence
        "Abbott threatened to remove them if they did not return by 3 p.m. Central time "
        "(2000 GMT) on Monday.",
        "The map would target districts represented by U.S. Reps. Henry Cuellar and Vicente "
        "Gonzalez.",
        "Utah Sens. Mike Lee and John Curtis condemned the shooting.",
        "Gunfire erupted at the church at 509 W. 54th St. in the Windom neighborhood.",
    ],
)
def test_one_sentence_of_session_57(text: str) -> None:
    assert len(segment(text)) == 1


def test_a_time_still_ends_a_sentence_before_the_next() -> None:
    assert len(segment("The meeting ended at 5 p.m. The vote is on Friday.")) == 2


# ---------------------------------------------------------------- session 58


@pytest.mark.parametrize(
    "line",
    [
        # bylines near the top (El País, BBC News, AP, Le Monde, the Los Angeles Times, The
        # Guardian): each was a statement only that outlet made
        "ROC\u00cdO MONTES",
        "BBC News",
        "Associated Press",
        "Le Monde with AFP",
        "Staff Writers",
        "Sam Jones in Madrid and Jon Henley",
        "By Sylvia Westall and Tom Perry",
        # page stamps with a time's 'am', 'at' and a place in brackets (ABC, Le Monde)
        "Posted Sat 3 May 2025 at 10:20pm",
        "Published on October 27, 2025, at 5:12 pm (Paris)",
        "Published on October 19, 2025, at 11:02 am (Paris), updated at 1:15 pm",
        # a topic line, a summary's label, subheads (ABC, CNBC, Premium Times)
        "Topic: Federal Elections",
        "In short:",
        "Key Points",
        "What's next?",
        "Background",
    ],
)
def test_furniture_of_session_58_is_no_statement(line: str) -> None:
    text = f"By Jane Roe\n\n{line}\n\nThe House failed to reach a quorum.\n\nDemocrats stayed away."
    assert [s.text(text) for s in segment(text)] == [
        "The House failed to reach a quorum.",
        "Democrats stayed away.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        # Reuters' rate of exchange, AP's rule, AP's and Le Monde's sign-offs
        "($1 = 0.8573 euros)",
        "___",
        "* * *",
        "Barry reported from Milan.",
        "Ahmed reported from Bamako, Mali, and Banchereau from Dakar, Senegal.",
        "Associated Press writers Paolo Santalucia and Silvia Stellacci in Vatican City and "
        "Mike Householder in Chicago contributed.",
        "Translation of an original article published in French on lemonde.fr; the publisher "
        "may only be liable for the French version.",
    ],
)
def test_a_sign_off_of_session_58_is_no_statement(line: str) -> None:
    text = f"The House failed to reach a quorum.\n\nDemocrats stayed away.\n\n{line}"
    assert len(segment(text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line that opens a quote stays, as does a headline given alone, and a short
        # sentence that ends in a stop
        ("The letter reads:\n\nWe will not go back.\n\nIt was signed by 40 MPs.", 3),
        ("Giant Crab", 1),
        ("Mayor jailed\n\nA court jailed a former mayor.", 2),
        ("Polls opened.\n\nNobody came.\n\nIt rained.", 3),
        ("Polls opened.\n\nReuters reported the result.\n\nIt rained.", 3),
    ],
)
def test_copy_like_the_furniture_of_session_58_stays(text: str, expected: int) -> None:
    assert len(segment(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Air India (The Hindu), the Los Angeles deployment (Los Angeles Times)
        "Tata Sons chairman N. Chandrasekaran announced that the group would provide Rs. 1 "
        "crore to the family of each person who lost their life in the crash.",
        "He directed Hegseth, Homeland Security Secretary Kristi Noem and Atty. Gen. Pam "
        "Bondi to liberate the city.",
    ],
)
def test_one_sentence_of_session_58(text: str) -> None:
    assert len(segment(text)) == 1


def test_a_list_after_a_colon_is_one_statement() -> None:
    # the Louvre (Reuters): the stolen jewels, listed between semicolons, were four
    # statements, two of them no one's
    text = (
        "The culture ministry said eight objects had been taken: a tiara, necklace and single "
        "earring from the sapphire set of Queen Marie-Amelie and Queen Hortense; an emerald "
        "necklace and pair of earrings that belonged to Empress Marie-Louise; a so-called "
        "reliquary brooch; and a tiara that belonged to Empress Eugenie."
    )
    assert len(segment(text)) == 1
    two = (
        "Prices rose sharply in March across the whole region; officials blamed the war in Ukraine."
    )
    assert len(segment(two)) == 2

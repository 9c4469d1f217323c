"""Properties of `align`: every statement in exactly one claim, one per article, self-alignment."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import align as align_module
from app.core import similarity
from app.core.align import (
    MAX_CANDIDATE_CLAIMS,
    MEMBERS_COMPARED,
    AlignInput,
    align,
    figures_differ,
)
from app.core.attribution import attribute
from app.core.compare import (
    ArticleInput,
    ClaimStatement,
    align_text,
    compare_story,
    same_source,
    without_aside,
)
from app.core.segment import segment

TWO_STATEMENTS = align_module.containment_evidence(2)

SENTENCES = [
    "The militias agreed to halt their attacks on Israel.",
    "Troops left the city of Mosul on Monday after a week of fighting.",
    "Prices of bread rose sharply in the capital.",
    "The prime minister met the delegation in Baghdad.",
    "Two soldiers were wounded in a drone strike near the border.",
    "The central bank raised interest rates by half a point.",
]

NEWS_WORDS = [
    "troops",
    "city",
    "militias",
    "attack",
    "bread",
    "prices",
    "rose",
    "minister",
    "met",
    "border",
    "drone",
    "strike",
    "bank",
    "rates",
    "Monday",
    "Baghdad",
    "two",
    "three",
    "the",
    "a",
    "of",
    "in",
    "on",
]
words = st.sampled_from(NEWS_WORDS)
statement_text = st.lists(words, min_size=1, max_size=12).map(" ".join)
articles = st.lists(st.lists(statement_text, min_size=1, max_size=6), min_size=1, max_size=5)


def inputs(arts: list[list[str]]) -> list[AlignInput]:
    return [
        AlignInput(a, a * 100 + i, text)
        for a, texts in enumerate(arts)
        for i, text in enumerate(texts)
    ]


@settings(max_examples=60, deadline=None)
@given(articles)
def test_every_statement_in_exactly_one_claim_and_one_per_article(arts: list[list[str]]) -> None:
    stmts = inputs(arts)
    claims = align(stmts)
    placed = [(m.article, m.statement) for c in claims for m in c.members]
    assert sorted(placed) == sorted((s.article, s.statement) for s in stmts)
    for c in claims:
        assert len({m.article for m in c.members}) == len(c.members)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6, unique=True))
def test_an_article_aligned_with_itself_pairs_every_statement(texts: list[str]) -> None:
    stmts = [AlignInput(1, i, t) for i, t in enumerate(texts)] + [
        AlignInput(2, 100 + i, t) for i, t in enumerate(texts)
    ]
    claims = align(stmts)
    pairs = {tuple(sorted(m.statement for m in c.members)) for c in claims}
    assert pairs == {(i, 100 + i) for i in range(len(texts))}


def test_fifty_articles_align_quickly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cost grows with statements x candidate claims, not with all pairs of statements.

    Counted, not timed (a wall-clock limit failed on a loaded shared machine): every
    statement scores at most MAX_CANDIDATE_CLAIMS x MEMBERS_COMPARED members.
    """
    stmts = [
        AlignInput(
            a, a * 100 + i, f"{SENTENCES[i % len(SENTENCES)]} Detail {a} {i} number {i * 7}."
        )
        for a in range(50)
        for i in range(40)
    ]
    calls = 0
    scorer = align_module.pair_score

    def counting(a, b, evidence):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return scorer(a, b, evidence)

    monkeypatch.setattr(align_module, "pair_score", counting)
    claims = align(stmts)
    assert sum(len(c.members) for c in claims) == len(stmts)
    assert 0 < calls <= len(stmts) * MAX_CANDIDATE_CLAIMS * MEMBERS_COMPARED
    all_pairs = len(stmts) * (len(stmts) - 1) // 2
    assert calls < all_pairs / 10


def test_a_merged_claim_is_found_by_the_words_of_every_member() -> None:
    """Article 3 matches claims of articles 1 and 2 and joins them; article 4 then shares
    words ('Tuesday evening') only with article 2's statement and must find the merged claim."""
    a = "The militias agreed to halt their attacks on Israel near the Golan border."
    b = "Baghdad talks with Prime Minister Sudani ended the Kataib offensive in Anbar on Tuesday evening."
    x = (
        "The militias agreed to halt their attacks on Israel near the Golan border after "
        "Baghdad talks with Prime Minister Sudani ended the Kataib offensive in Anbar."
    )
    y = "The Kataib offensive in Anbar ended on Tuesday evening after talks with Sudani."
    stmts = [
        AlignInput(1, 1, a),
        AlignInput(1, 2, SENTENCES[2]),
        AlignInput(2, 3, b),
        AlignInput(2, 4, SENTENCES[5]),
        AlignInput(3, 5, x),
        AlignInput(3, 6, SENTENCES[4]),
        AlignInput(4, 7, y),
    ]
    claims = align(stmts)
    together = next(c for c in claims if any(m.statement == 1 for m in c.members))
    assert sorted(m.statement for m in together.members) == [1, 3, 5, 7]
    assert together.articles == {1, 2, 3, 4}
    assert all(len(c.members) == 1 for c in claims if c is not together)


def test_identical_statements_are_scored_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A quote or a syndicated sentence repeated by many outlets costs one score per pair of texts."""
    stmts = [AlignInput(a, a * 100 + i, s) for a in range(30) for i, s in enumerate(SENTENCES)]
    seen: list[tuple[str, str]] = []
    scorer = align_module.pair_score

    def counting(a, b, evidence):  # type: ignore[no-untyped-def]
        seen.append((a.norm, b.norm))
        return scorer(a, b, evidence)

    monkeypatch.setattr(align_module, "pair_score", counting)
    claims = align(stmts)
    assert sorted(len(c.members) for c in claims) == [30] * len(SENTENCES)
    assert seen and len(seen) == len({frozenset(p) for p in seen})


BLOCKING_KEYS = st.sampled_from([f"k{i}" for i in range(12)])


def posting_index(claims: int, longest: int) -> st.SearchStrategy[dict[str, set[int]]]:
    """Blocking key -> claim numbers, as align's index holds them."""
    return st.dictionaries(
        BLOCKING_KEYS, st.sets(st.integers(0, claims), min_size=1, max_size=longest), min_size=1
    )


# A statement's keys: mostly indexed, a few not (k12, k13).
statement_keys = st.sets(st.sampled_from([f"k{i}" for i in range(14)]), max_size=12)


@settings(max_examples=80, deadline=None)
@given(
    posting_index(60, 40),
    st.dictionaries(BLOCKING_KEYS, st.floats(0.1, 9.0)),
    statement_keys,
)
def test_candidates_are_the_claims_with_most_shared_key_weight(
    index: dict[str, set[int]], idf: dict[str, float], keys: set[str]
) -> None:
    """Skipping the common keys' long posting lists never changes which claims make the cut."""
    full: dict[int, float] = {}
    for key in keys:
        for c in index.get(key, ()):
            full[c] = full.get(c, 0.0) + idf.get(key, 1.0)
    got = align_module._candidates(keys, index, idf)
    assert len(got) == len(set(got)) == min(len(full), MAX_CANDIDATE_CLAIMS)
    best = sorted(full.values(), reverse=True)[:MAX_CANDIDATE_CLAIMS]
    assert sorted((full[c] for c in got), reverse=True) == pytest.approx(best)


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ("Turnout was 61 percent.", "Turnout was about 60 percent.", True),
        ("He was jailed for 12 years.", "He was jailed for 10 years.", True),
        ("Three soldiers were killed.", "Five soldiers were killed.", True),
        # the same figures, or figures for different things, are no such sign
        ("Turnout was 61 percent.", "Turnout was 61%.", False),
        ("The vote was held on May 2.", "The vote was held on June 13.", False),
        ("Three soldiers were killed.", "It cost $5 million.", False),
        ("Troops left the city.", "Troops left the city on Monday.", False),
    ],
)
def test_figures_differ_for_the_same_thing_counted(a: str, b: str, differ: bool) -> None:
    assert figures_differ(a, b) is differ


def _scored_in_story(a: str, b: str, story: list[str]) -> float:
    """`pair_score` of two statements weighed as in a story of them and ``story``."""
    idf = similarity.build_idf([a, b, *story])
    evidence = align_module.containment_evidence(2 + len(story))
    return align_module.pair_score(
        similarity.features(a, idf), similarity.features(b, idf), evidence
    )


def test_one_move_in_a_share_price_told_with_another_verb_form_is_one_claim() -> None:
    # "fell" is "fall", as "dropped" is: the shorter statement is all in the longer one
    bbc = "Shares in CrowdStrike fell by 11% when trading opened in New York."
    ap = "CrowdStrike shares dropped 11%."
    story = [
        "Microsoft said about 8.5 million devices running Windows were affected.",
        "Sky News was taken off air on Friday morning.",
        "Thousands of flights were cancelled around the world.",
        "Microsoft shares closed down less than 1%.",
        "CrowdStrike said the outage was not caused by a cyberattack.",
        "Delta cancelled hundreds of flights through the weekend.",
    ]
    assert _scored_in_story(bbc, ap, story) >= similarity.SAME_THRESHOLD


def test_two_small_counts_told_alike_make_one_claim() -> None:
    # The 2024 prisoner swap: 16 freed by Russia for eight Russians, in other words
    reuters = (
        "Russia released 16 people, including several of its own citizens, while five "
        "countries released eight Russians."
    )
    ap = (
        "The swap involved the release of 16 people held in Russia and Belarus in return "
        "for eight Russians held in the U.S., Germany, Poland, Slovenia and Norway."
    )
    story = [
        "Biden hailed the deal as a feat of diplomacy.",
        "The Kremlin said Putin would greet the returning Russians at the airport.",
        "Gershkovich was arrested in March 2023 and convicted of espionage.",
        "German Chancellor Olaf Scholz said releasing Krasikov was not an easy decision.",
        "Russia won the release of Vadim Krasikov, convicted in Germany of murder in 2019.",
        "Their brutal ordeal is over, Biden said at the White House.",
    ]
    assert _scored_in_story(reuters, ap, story) >= similarity.SAME_THRESHOLD
    # one small count shared is no such sign
    one = "Russia released 16 people on Thursday in Ankara."
    other = "Turkey said 16 people were held for questioning."
    assert _scored_in_story(one, other, [reuters, ap, *story]) < similarity.SAME_THRESHOLD


TARIFF_STORY = [
    "Trump imposed tariffs of 25% on imports from Mexico and Canada.",
    "Energy imports from Canada will face a lower 10% duty.",
    "China said it would challenge the tariffs at the World Trade Organization.",
    "Economists warned the tariffs could slow growth.",
    "Sheinbaum said she had ordered her economy minister to put in place a plan B.",
    "The three countries are the largest U.S. trading partners.",
]


def test_a_statement_another_repeats_word_for_word_is_one_claim() -> None:
    # Trump's tariffs (Reuters, The Guardian, 1 February 2025): Trudeau's words, quoted
    # whole by one and in part by the other
    reuters = "We didn't ask for this, but we will not back down in standing up for Canadians"
    guardian = "We will not back down."
    assert _scored_in_story(reuters, guardian, TARIFF_STORY) >= similarity.SAME_THRESHOLD
    # the same words out of their order, or fewer than REPEATED_WORDS, are no such sign
    for other in ("Down we will not back", "we will not back"):
        assert _scored_in_story(reuters, other, TARIFF_STORY) < similarity.SAME_THRESHOLD


def test_statements_that_differ_only_in_a_figure_are_one_claim_with_a_conflict() -> None:
    # Two outlets' turnout figures: the paraphrase score alone, which counts differing
    # numbers against a pair, stays below the threshold.
    reuters = "Turnout was 61 percent, the highest in two decades."
    herald = "Turnout was 55 percent."
    idf = similarity.build_idf([reuters, herald])
    fa, fb = similarity.features(reuters, idf), similarity.features(herald, idf)
    assert similarity.score(fa, fb) < similarity.SAME_THRESHOLD
    assert align_module.pair_score(fa, fb, TWO_STATEMENTS) >= similarity.SAME_THRESHOLD
    inputs = [AlignInput(1, 1, reuters), AlignInput(2, 2, herald)]
    assert [[m.statement for m in c.members] for c in align(inputs, idf)] == [[1, 2]]

    def article(n: int, label: str, text: str) -> ArticleInput:
        return ArticleInput(n, label, n, (ClaimStatement(n, n, label, text, (0, len(text))),))

    (claim,) = compare_story([article(1, "Reuters", reuters), article(2, "Herald", herald)]).claims
    assert claim.status == "conflict"
    assert [(c.type, c.detail) for c in claim.conflicts] == [("number", "61 percent vs 55 percent")]


def test_statements_repeating_two_telling_figures_are_one_claim() -> None:
    # The vote, told three ways; the BBC's sentence also holds the debate's length, which
    # another outlet's short sentence repeats whole (a containment of 0.9): the figures
    # decide where the BBC's statement goes.
    bbc = (
        "The bill was backed by 330 votes to 275, a majority of 55, after an emotional "
        "debate lasting nearly five hours."
    )
    reuters_vote = (
        "Lawmakers voted 330 to 275 in favour of the bill at its first parliamentary "
        "hurdle, though it still faces months of scrutiny before it could become law."
    )
    reuters_debate = "The debate lasted about five hours."
    guardian_vote = "The Commons voted 330 to 275 in favour of the bill on Friday."
    guardian_debate = (
        "The debate lasted more than four hours, with MPs from all parties sharing personal "
        "stories."
    )
    idf = similarity.build_idf([bbc, reuters_vote, reuters_debate, guardian_vote])
    fa, fb = similarity.features(bbc, idf), similarity.features(reuters_vote, idf)
    assert similarity.score(fa, fb) < similarity.SAME_THRESHOLD
    assert align_module.pair_score(fa, fb, TWO_STATEMENTS) == align_module.FIGURES_AGREE
    inputs = [
        AlignInput(1, 1, bbc),
        AlignInput(2, 2, reuters_vote),
        AlignInput(2, 3, reuters_debate),
        AlignInput(3, 4, guardian_vote),
        AlignInput(3, 5, guardian_debate),
    ]
    claims = [sorted(m.statement for m in c.members) for c in align(inputs)]
    assert [1, 2, 4] in claims


def test_two_leads_repeating_a_telling_figure_pair() -> None:
    # The NYT's and Reuters' leads on a jobs report: the paraphrase score and the
    # containment stay below the threshold; as leads they share "12,000", "jobs" and
    # "October", which tell the story's news.
    reuters = (
        "U.S. job growth slowed sharply in October, with nonfarm payrolls increasing by only "
        "12,000 jobs as hurricanes and strikes by aerospace workers depressed employment"
    )
    nyt = "Employers added only 12,000 jobs in October"
    rates = "Average hourly earnings rose 0.4% after gaining 0.3% in September."
    idf = similarity.build_idf([reuters, nyt, rates])
    fa, fb = similarity.features(reuters, idf), similarity.features(nyt, idf)
    assert align_module.pair_score(fa, fb, TWO_STATEMENTS) < similarity.SAME_THRESHOLD
    assert align_module.leads_score(fa, fb) == similarity.SAME_THRESHOLD

    def claims(lead: bool) -> list[list[int]]:
        return _claims(
            [
                AlignInput(1, 1, reuters, lead=lead),
                AlignInput(1, 2, rates),
                AlignInput(2, 3, nyt, lead=lead),
            ],
            idf,
        )

    assert claims(lead=True) == [[1, 3], [2]]
    # the same two statements further down their articles stay apart
    assert claims(lead=False) == [[1], [2], [3]]
    # one figure and one word is too little, even for leads
    other = similarity.features("The storm killed 12,000 cattle.", idf)
    assert align_module.leads_score(fa, other) == 0.0


def test_two_leads_sharing_three_informative_words_pair() -> None:
    # AP's and Reuters' leads on the Aktau crash: AP's is hedged and credited to experts,
    # Reuters' stated; both tell the story's news, which the paraphrase score misses.
    ap = (
        "the damage seen on the wreckage of an Azerbaijani airliner that crashed in "
        "Kazakhstan suggests it may have been struck by Russian air defenses, as Moscow "
        "kept silent Thursday about the possibility"
    )
    reuters = (
        "Russian air defences shot down an Azerbaijan Airlines passenger jet that crashed "
        "in Kazakhstan on Wednesday, killing 38 people"
    )
    mourning = "Azerbaijan observed a national day of mourning on Thursday."
    idf = similarity.build_idf([ap, reuters, mourning])
    fa, fb = similarity.features(ap, idf), similarity.features(reuters, idf)
    assert align_module.pair_score(fa, fb, TWO_STATEMENTS) < similarity.SAME_THRESHOLD
    assert align_module.leads_score(fa, fb) == similarity.SAME_THRESHOLD

    leads = [AlignInput(1, 1, ap, lead=True), AlignInput(2, 2, reuters, lead=True)]
    later = [AlignInput(1, 1, ap), AlignInput(2, 2, reuters)]
    assert _claims([*leads, AlignInput(2, 3, mourning)], idf) == [[1, 2], [3]]
    assert _claims([*later, AlignInput(2, 3, mourning)], idf) == [[1], [2], [3]]
    # two words in common are too few for leads that share no telling figure
    other = similarity.features("Russian troops crossed the border on Wednesday.", idf)
    assert align_module.leads_score(fb, other) == 0.0


def test_statements_opening_with_one_count_of_people_pair_whatever_the_figures() -> None:
    # Reuters and the BBC on how many survived the Aktau crash: one figure told two ways,
    # sharing no other word; the claim shows the outlets differ.
    reuters = (
        "Twenty-nine people survived the crash, which came after the plane had diverted "
        "from an area of southern Russia where Moscow has used air defence systems"
    )
    bbc = "Thirty-two survived, many of them with serious injuries."
    injured = "Five people were injured in the blast."
    assert align_module.opening_count(reuters) == align_module.opening_count(bbc)
    assert align_module.opening_count(bbc) == "people:survived"
    inputs = [AlignInput(1, 1, reuters), AlignInput(2, 2, bbc), AlignInput(3, 3, injured)]
    assert _claims(inputs) == [[1, 2], [3]]
    # a count inside the sentence is not what the statement is about
    assert align_module.opening_count("The crash killed 38 people.") == ""
    assert align_module.opening_count("Thirty-eight people died.") == "people:dead"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # small counts and years are told of too many things to say which claim it is
        ("Two doctors and 12 nurses were hurt in 2024.", "Two doctors treated 12 people in 2024."),
        ("Doug McDermott scored 23 points in a 65-53 win.", "Drake lost 65-53 after 23 turnovers."),
    ],
)
def test_small_counts_and_years_are_no_telling_figures(a: str, b: str) -> None:
    idf = similarity.build_idf([a, b])
    fa, fb = similarity.features(a, idf), similarity.features(b, idf)
    assert align_module.pair_score(fa, fb, TWO_STATEMENTS) < align_module.FIGURES_AGREE


def test_like_wording_that_shares_one_informative_word_is_no_claim() -> None:
    # Short sentences worded alike ("... was ... at the scene") score high on the
    # paraphrase features alone; one shared informative word is no shared claim.
    sky = "The man was pronounced dead at the scene."
    bbc = "A knife was recovered at the scene."
    idf = similarity.build_idf([sky, bbc])
    fa, fb = similarity.features(sky, idf), similarity.features(bbc, idf)
    assert similarity.score(fa, fb) >= similarity.SAME_THRESHOLD
    assert align_module.pair_score(fa, fb, TWO_STATEMENTS) < similarity.SAME_THRESHOLD
    inputs = [AlignInput(1, 1, sky), AlignInput(2, 2, bbc)]
    assert [[m.statement for m in c.members] for c in align(inputs, idf)] == [[1], [2]]
    # Two shared words leave the paraphrase score as it is.
    other = "The man was declared dead at the scene."
    fc = similarity.features(other, idf)
    assert (
        align_module.pair_score(fa, fc, TWO_STATEMENTS)
        == similarity.score(fa, fc)
        >= similarity.SAME_THRESHOLD
    )


def test_a_statement_of_one_informative_word_pairs_only_with_a_short_one() -> None:
    # The Oval Office clash (AP, BBC, 28 February 2025): Vance's question made one claim
    # with Zelensky's thanks, the one word "thank" shared
    vance = "Have you said thank you once?"
    zelensky = "Thank you America, thank you for your support,"
    story = ["Trump told Zelensky he was gambling with World War Three.",
             "European leaders voiced their support for Zelensky."]  # fmt: skip
    assert _scored_in_story(vance, zelensky, story) < similarity.SAME_THRESHOLD
    assert _scored_in_story(vance, "Have you said thank you even once?", story) >= (
        similarity.SAME_THRESHOLD
    )


def test_containment_asks_a_small_story_for_as_many_rare_words_as_a_large_one() -> None:
    # The figure was set as 20.0 of IDF; the median ECB+ story has 181 statements.
    assert align_module.containment_evidence(181) == pytest.approx(20.0, abs=0.2)
    assert align_module.containment_evidence(20) < align_module.containment_evidence(181)
    rare = similarity.idf_weight(1, 12)
    assert align_module.containment_evidence(12) == pytest.approx(
        align_module.CONTAINMENT_RARE_WORDS * rare
    )
    # Three outlets' layoff stories (2026 walk-through): the leads say one thing in other
    # words, and a small story weighs every word less than a large one.
    ap = [
        "Microsoft will cut 10,000 jobs by the end of March",
        "The cuts amount to less than 5% of the company's 221,000 employees worldwide.",
        "earlier this month that it would eliminate more than 18,000 positions",
    ]
    ft = [
        "Microsoft is to lay off 10,000 staff, about 5 per cent of its workforce, becoming "
        "the latest big technology group to cut jobs as it braces for a slowdown.",
        "it would cut 18,000 roles",
        "Some of the cuts had already begun, with notifications to affected staff going out "
        "on Wednesday.",
    ]
    verge = [
        "it is cutting 10,000 jobs, or less than 5 percent of its workforce",
        "Microsoft is taking a $1.2 billion charge related to the layoffs.",
    ]
    inputs = [
        AlignInput(n, n * 10 + i, text, lead=i == 0)
        for n, texts in enumerate((ap, ft, verge), start=1)
        for i, text in enumerate(texts)
    ]
    claims = [sorted(m.statement for m in c.members) for c in align(inputs)]
    # The FT's and The Verge's; AP's joins them, repeating "10,000" and "jobs" (`leads_score`)
    assert [10, 20, 30] in claims
    # Asked for 20.0 of IDF, as before, the FT's lead would not hold The Verge's.
    idf = similarity.build_idf(s.text for s in inputs)
    ft_lead, verge_lead = (similarity.features(t, idf) for t in (ft[0], verge[0]))
    assert align_module.containment(ft_lead, verge_lead, 20.0) < similarity.SAME_THRESHOLD


# A seed-like story: outlet A's second sentence is a longer account that holds outlet
# B's lead as well as A's own lead does, and contains it with more shared weight.
A_LEAD = (
    "Iraqi militias aligned with Iran are suspending their military operations in Syria, "
    "as well as their attacks against Israel"
)
A_DETAIL = (
    "pro-Iranian militias in Iraq, including the Al-Nujaba Movement, have decided on a "
    "strategic pause in their actions against Israel, and to refrain from getting involved "
    "in internal Syrian affairs following the toppling of the Assad regime"
)
B_LEAD = "Pro-Iranian armed factions in Iraq have agreed to stop their attacks on Israel"
OTHERS = (
    "A drone attack the previous month hit the Ramon Airbase in the Negev.",
    "Officials in Baghdad did not comment on the report.",
    "The decision marks a major shift for the groups.",
)


@pytest.mark.parametrize("b_is_lead", [True, False])
def test_an_articles_lead_pairs_first_with_another_articles_lead(b_is_lead: bool) -> None:
    a = [A_LEAD, A_DETAIL, OTHERS[0]]
    b = [B_LEAD, OTHERS[1], OTHERS[2]]
    inputs = [AlignInput(1, 10 + i, t, lead=i == 0) for i, t in enumerate(a)]
    inputs += [AlignInput(2, 20 + i, t, lead=i == 0 and b_is_lead) for i, t in enumerate(b)]
    evidence = align_module.containment_evidence(len(inputs))
    idf = similarity.build_idf(s.text for s in inputs)
    lead, detail, other = (similarity.features(t, idf) for t in (A_LEAD, A_DETAIL, B_LEAD))
    threshold = similarity.SAME_THRESHOLD
    assert (
        align_module.pair_score(other, detail, evidence)
        > align_module.pair_score(other, lead, evidence)
        >= threshold
    )
    (together,) = [c for c in align(inputs) if len(c.members) == 2]
    partner = 10 if b_is_lead else 11  # without the rule, the best score decides
    assert sorted(m.statement for m in together.members) == [partner, 20]


def _claims(inputs: list[AlignInput], idf: dict[str, float] | None = None) -> list[list[int]]:
    """The statement numbers of each claim `align` makes of the inputs, sorted."""
    return sorted(sorted(m.statement for m in c.members) for c in align(inputs, idf))


# How Reuters, AP and the BBC counted the vote against South Korea's martial law: one count
# that did one thing, told around different words.
VOTE_REUTERS = (
    "All 190 lawmakers present voted to reject the declaration, including 18 members of "
    "Yoon's own People Power Party"
)
VOTE_AP = "In all, 190 of the assembly's 300 members voted to lift martial law"
VOTE_BBC = (
    "Lawmakers climbed over fences to get into the chamber, and 190 of them voted to block "
    "the order."
)


def test_statements_telling_what_one_count_did_pair() -> None:
    assert align_module.counted_acts(VOTE_REUTERS) == {"190 voted"}
    assert "190 voted" in align_module.counted_acts(VOTE_AP)
    assert align_module.counted_acts(VOTE_BBC) == {"190 voted"}
    other = "Police said 190 officers were deployed around the building."
    inputs = [AlignInput(1, 1, VOTE_REUTERS), AlignInput(2, 2, VOTE_AP),
              AlignInput(3, 3, VOTE_BBC), AlignInput(4, 4, other)]  # fmt: skip
    assert _claims(inputs) == [[1, 2, 3], [4]]


@pytest.mark.parametrize(
    "text",
    [
        "Two doctors were hurt in 2024 and 12 nurses treated.",  # small counts and years
        "The 300-seat parliament met.",  # a count glued to its noun
        "190 lawmakers, a majority.",  # no act
    ],
)
def test_a_count_with_no_act_or_no_telling_figure_does_nothing(text: str) -> None:
    assert align_module.counted_acts(text) == frozenset()


def test_a_whole_and_a_part_of_it_are_no_number_conflict() -> None:
    # "the assembly's 300 members" is how many it has; "18 members of Yoon's own party"
    # are some of them: two things counted, not a figure the outlets differ on
    articles = [
        ArticleInput(1, "Reuters", 0, (ClaimStatement(1, 10, "Reuters", VOTE_REUTERS,
                                                      (0, len(VOTE_REUTERS))),)),
        ArticleInput(2, "AP", 1, (ClaimStatement(2, 20, "AP", VOTE_AP, (0, len(VOTE_AP))),)),
    ]  # fmt: skip
    (claim,) = compare_story(articles).claims
    assert len(claim.members) == 2
    assert [c.type for c in claim.conflicts] == []


def test_statements_quoting_one_rare_word_pair() -> None:
    # AP and the FT on Japan's prime minister: one remark, its key word quoted by both
    ap = 'the decision "incomprehensible"'
    ft = 'it was "incomprehensible" that the deal had been blocked on national security grounds'
    reuters = (
        'the decision was "regrettable" and that Tokyo would ask the U.S. government to explain'
    )
    inputs = [AlignInput(1, 1, ap), AlignInput(2, 2, ft), AlignInput(3, 3, reuters)]
    assert _claims(inputs) == [[1, 2], [3]]
    assert align_module.short_quotes(ap) == {similarity.term("incomprehensible")}


def test_a_word_both_quote_counts_though_it_is_the_only_one_shared() -> None:
    # Kenya's protests (The Guardian, AP, Reuters): "treasonous", quoted by all three and
    # by a fourth statement, is one remark, though it is the only word the two share
    guardian = 'the storming of parliament as "treasonous"'
    ap = 'President William Ruto called the events "treasonous"'
    reuters = 'President William Ruto said in a televised address that the events were "treasonous"'
    quote = (
        "\"We shall provide a full, effective and expeditious response to today's treasonous "
        'events," Ruto said.'
    )
    inputs = [
        AlignInput(3, 1, guardian),
        AlignInput(2, 2, ap),
        AlignInput(1, 3, reuters),
        AlignInput(1, 4, quote),
    ]
    assert _claims(inputs) == [[1, 2, 3], [4]]
    # unquoted, one shared word is still too few
    unquoted = [AlignInput(1, 1, guardian.replace('"', "")), AlignInput(2, 2, ap.replace('"', ""))]
    assert _claims(unquoted) == [[1], [2]]


@pytest.mark.parametrize(
    "text",
    [
        'Anthony "Fat Tony" Salerno also died there.',  # a nickname is a name, not a remark
        '"we will not back down from this unjust ruling," she said.',  # a whole quotation
    ],
)
def test_a_quoted_name_or_long_quotation_is_no_remarks_key_word(text: str) -> None:
    assert align_module.short_quotes(text) == frozenset()


def test_a_claim_of_one_word_is_aligned_with_its_source() -> None:
    # Google's search monopoly (Reuters, The Guardian): "it would appeal" has one content
    # word, "it" is Google, and the two outlets' statements had stayed apart
    texts = ["Google said it would appeal.", "Google said it would appeal against the decision."]
    articles = []
    for n, text in enumerate(texts, 1):
        start = text.index("it would")
        member = ClaimStatement(n, 10 * n, f"Outlet {n}", text, (start, len(text) - 1))
        assert member.alignment_text == text
        articles.append(ArticleInput(n, f"Outlet {n}", n - 1, (member,)))
    (claim,) = compare_story(articles).claims
    assert len(claim.members) == 2
    # a claim of two content words or more, opening with no pronoun, is read alone
    text = "NEW YORK (Reuters) - Police said the bridge reopened."
    assert align_text(text, (text.index("the bridge"), len(text) - 1)) == "the bridge reopened"
    assert (
        align_text(text, (text.index("reopened"), len(text) - 1))
        == "Police said the bridge reopened."
    )
    text = "NEW YORK (Reuters) - Police said it reopened the bridge."
    assert align_text(text, (text.index("it "), len(text) - 1)) == (
        "Police said it reopened the bridge."
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # King Charles (Reuters, AP): the background both added to 'Charles' paired the
        # palace's 'remains wholly positive' with AP's three nights in hospital
        ("Charles, who became king in September 2022 on the death of his mother Queen "
         'Elizabeth, remains "wholly positive about his treatment"',
         'Charles remains "wholly positive about his treatment"'),
        ("Charles, who acceded to the throne after the death of his mother, Queen Elizabeth "
         "II, in September 2022, spent three nights in a private London hospital last month.",
         "Charles spent three nights in a private London hospital last month."),
        # kept: an aside shorter than the claim, a list, no bare subject, too little left
        ("Bettie Page, the pin-up model, died on Thursday in a Los Angeles hospital after a "
         "heart attack.", None),
        ("Jon Stewart, who hosted in 2008, and Ellen DeGeneres, who hosted in 2007, will "
         "present the show.", None),
        ("No one was injured in the fire, which destroyed three homes and a barn near the "
         "river on Sunday night, officials said.", None),
        ("Smith, a former diplomat who served in Paris and Rome for two decades, resigned.",
         None),
        # the class the subject is one of is background however short (the hajj, Reuters:
        # 'The haj, one of the five pillars of Islam, drew about 1.8 million pilgrims'
        # stood apart from AP's and the BBC's 1.8 million)
        ("The haj, one of the five pillars of Islam, drew about 1.8 million pilgrims this year",
         "The haj drew about 1.8 million pilgrims this year"),
        # ...but not where too little is left
        ("Smith, one of the five founders, resigned.", None),
    ],
)  # fmt: skip
def test_a_long_aside_after_the_subject_is_left_out(text: str, read: str | None) -> None:
    assert without_aside(text) == (text if read is None else read)


def _framed(n: int, label: str, text: str, content: str) -> ArticleInput:
    start = text.index(content)
    member = ClaimStatement(n, 10 * n, label, text, (start, start + len(content)))
    return ArticleInput(n, label, n - 1, (member,))


def test_a_count_a_country_gives_is_read_with_its_name() -> None:
    # The hajj deaths (Reuters, AP): with the frames left out, "49 deaths and Indonesia
    # put its toll at 199" (Tunisia's) and "658 deaths, of whom 630 ..." (Egypt's) both
    # opened with a count of deaths, paired, and showed "49 vs 658 deaths"
    reuters = (
        "Jordan said 99 of its citizens had died, while Tunisia reported 49 deaths and "
        "Indonesia put its toll at 199."
    )
    ap = "Egypt reported 658 deaths, of whom 630 were unregistered pilgrims."
    assert align_text(ap, (ap.index("658"), len(ap) - 1)) == ap
    articles = [
        _framed(1, "Reuters", reuters, "49 deaths and Indonesia put its toll at 199"),
        _framed(2, "AP", ap, "658 deaths, of whom 630 were unregistered pilgrims"),
    ]
    assert all(len(c.members) == 1 for c in compare_story(articles).claims)
    # a trailing frame, and a country's name in full
    text = "More than 1,300 people died during the pilgrimage, Saudi Arabia has said."
    assert align_text(text, (0, text.index(","))) == text
    # no count, or a speaker who is no country: the claim is read alone
    text = "Egypt said the agencies had broken the law."
    assert align_text(text, (text.index("the"), len(text) - 1)) == "the agencies had broken the law"
    text = "Officials said 40 people were hurt in the blast."
    assert align_text(text, (text.index("40"), len(text) - 1)) == "40 people were hurt in the blast"
    text = "Israel Katz said 40 people were hurt in the blast."
    assert align_text(text, (text.index("40"), len(text) - 1)) == "40 people were hurt in the blast"


# Session 42: Iran's missile attack on Israel, Taiwan's earthquake.


def test_statements_about_two_places_need_one_shared_word_more() -> None:
    # Iran's attack (Reuters, BBC): a military spokesman's "A small number struck central
    # and southern Israel" paired with "a limited ground operation in southern Lebanon" on
    # "southern" and a strike, and showed "Israel vs Lebanon"
    reuters = 'A "small number" struck central and southern Israel'
    bbc = "a limited ground operation in southern Lebanon"
    idf = similarity.build_idf([reuters, bbc])
    fa, fb = similarity.features(reuters, idf), similarity.features(bbc, idf)
    assert similarity.score(fa, fb) >= similarity.SAME_THRESHOLD
    assert align_module.pair_score(fa, fb, TWO_STATEMENTS) < similarity.SAME_THRESHOLD
    assert _claims([AlignInput(1, 1, reuters), AlignInput(2, 2, bbc)]) == [[1], [2]]
    # FNC-1 (row 18428, an unrelated pair): "Iraq vs Syria"
    headline = "Fate of Isis leader remains unclear after US airstrike in Iraq"
    body = "al-Britani has reportedly been killed in a US airstrike in Syria"
    assert _claims([AlignInput(1, 1, headline), AlignInput(2, 2, body)]) == [[1], [2]]
    # the same two words about one place still pair
    same = "a limited ground operation in southern Israel"
    fc = similarity.features(same, similarity.build_idf([reuters, same]))
    assert align_module._places_apart(fa, fc) is False
    assert _claims([AlignInput(1, 1, reuters), AlignInput(2, 2, same)]) == [[1, 2]]


def test_a_claim_told_after_its_subject_and_an_aside_is_read_whole() -> None:
    # Taiwan's quake (Reuters): "The quake, with a magnitude of 7.2 according to Taiwan's
    # weather administration, struck just before 8 a.m. ..." was read from "struck", and
    # stood apart from the BBC's "the quake had a magnitude of 7.2"
    text = (
        "The quake, with a magnitude of 7.2 according to Taiwan's weather administration, "
        "struck just before 8 a.m. off the coast of Hualien."
    )
    claim = (text.index("struck"), len(text) - 1)
    assert align_text(text, claim) == text
    bbc = "the quake had a magnitude of 7.2"
    assert _claims([AlignInput(1, 1, align_text(text, claim)), AlignInput(2, 2, bbc)]) == [[1, 2]]
    # a claim that opens with its own subject is read alone
    text = "Police said, on Friday, that the man was arrested near the border."
    assert align_text(text, (text.index("the man"), len(text) - 1)) == (
        "the man was arrested near the border"
    )


def test_a_dateline_of_two_cities_is_no_part_of_the_lead() -> None:
    # Iran's attack (Reuters): "JERUSALEM/DUBAI, Oct 1 (Reuters) - " stayed in the lead, its
    # "1" a figure AP's lead lacked, and the two leads stood apart
    reuters = (
        "JERUSALEM/DUBAI, Oct 1 (Reuters) - Iran fired a salvo of ballistic missiles at Israel "
        "on Tuesday, setting off air raid sirens across the country and sending residents "
        "rushing to shelters."
    )
    ap = (
        "JERUSALEM (AP) \u2014 Iran launched at least 180 missiles into Israel on Tuesday, "
        "setting off air raid sirens and sending millions of Israelis into bomb shelters."
    )
    leads = []
    for text in (reuters, ap):
        (att,) = attribute(text, segment(text))
        leads.append(align_text(text, att.content_span))
    assert leads[0].startswith("Iran fired")
    assert _claims([AlignInput(1, 1, leads[0]), AlignInput(2, 2, leads[1])]) == [[1, 2]]


def test_a_claim_told_on_both_sides_of_according_to_is_read_without_it() -> None:
    # the UK election (Reuters): "Turnout was about 60%, according to a Reuters calculation,
    # the lowest since 2001." was read as "Turnout was about 60%", and stood apart from the
    # BBC's and The Guardian's turnout
    text = "Turnout was about 60%, according to a Reuters calculation, the lowest since 2001."
    (att,) = attribute(text, segment(text))
    read = align_text(text, att.content_span)
    assert read == "Turnout was about 60%, the lowest since 2001."  # the frame left out
    guardian = "Turnout was just under 60%, the lowest since 2001."
    assert _claims([AlignInput(1, 1, read), AlignInput(2, 2, guardian)]) == [[1, 2]]
    # an 'according to' that ends the claim leaves it as it is
    text = "Turnout was about 60%, according to a Reuters calculation."
    (att,) = attribute(text, segment(text))
    assert align_text(text, att.content_span) == "Turnout was about 60%"


# ---------------------------------------------------------------- session 48: new stories
def test_one_toll_with_what_it_counts_pairs_before_another_places_toll() -> None:
    # The Myanmar earthquake (Reuters, AP): AP's "144 people were killed" paired with the
    # Bangkok site's "three people were killed" on like wording, and its Bangkok toll with
    # the junta's 144, showing "144 vs 10 people" as a conflict
    reuters = [
        "144 people had been killed and 732 injured, and that the toll was expected to rise",
        "At least three people were killed and 81 were unaccounted for at the site",
    ]
    ap = [
        "10 people had been killed, 16 injured and 101 were missing across the city, most "
        "of them at the construction site",
        "at least 144 people were killed and 730 injured",
    ]
    statements = [AlignInput(1, 1 + i, t) for i, t in enumerate(reuters)] + [
        AlignInput(2, 11 + i, t) for i, t in enumerate(ap)
    ]
    assert _claims(statements) == [[1, 12], [2, 11]]


# ---------------------------------------------------------------- session 49: new stories
def test_two_years_that_only_date_what_happened_do_not_pair_it() -> None:
    # Pope Leo XIV (AP, Vatican News): the prefect's appointment paired with the bishop's
    # as "2023 vs 2015", the years left out of the score as two figures for one thing
    assert not figures_differ(
        "In 2023, Francis named him prefect of the Dicastery for Bishops.",
        "In 2015 Pope Francis appointed him Bishop of Chiclayo.",
    )
    # a year that dates what it says still differs ('born in 1955' and 'born in 1956')
    assert figures_differ("He was born in 1955 in Chicago.", "He was born in 1956 in Chicago.")
    prefect, bishop = (
        similarity.features("In 2023, Francis named him prefect of the Dicastery for Bishops."),
        similarity.features("In 2015 Pope Francis appointed him Bishop of Chiclayo."),
    )
    evidence = align_module.containment_evidence(60)
    assert align_module.pair_score(prefect, bishop, evidence) < similarity.SAME_THRESHOLD


# ---------------------------------------------------------------- session 50: new stories
def _cited(n: int, label: str, told: list[tuple[str, str, str]]) -> ArticleInput:
    """An article of statements, each (text, source, kind), its claim after ' said '."""
    members = []
    for i, (text, source, kind) in enumerate(told):
        start = text.index(" said ") + len(" said ") if " said " in text else 0
        members.append(
            ClaimStatement(n, 10 * n + i, label, text, (start, len(text) - 1), kind, source)
        )
    return ArticleInput(n, label, n - 1, tuple(members))


SOUTHPORT_BBC = [
    (
        "South Yorkshire Police said at least 10 officers had been injured, one of them "
        "knocked unconscious.",
        "South Yorkshire Police",
        "organization",
    ),
    ("Merseyside Police said 53 officers were injured.", "Merseyside Police", "organization"),
]
SOUTHPORT_REUTERS = [
    (
        "South Yorkshire Police said 12 officers were injured.",
        "South Yorkshire Police",
        "organization",
    ),
    (
        "Merseyside Police said 39 officers were injured, 27 of whom were taken to hospital.",
        "Merseyside Police",
        "organization",
    ),
]


def _paired(articles: list[ArticleInput]) -> list[list[int]]:
    return sorted(
        sorted(m.statement for m in c.members)
        for c in compare_story(articles).claims
        if len(c.members) > 1
    )


@pytest.mark.parametrize("reuters_first", [False, True])
def test_a_statement_joins_the_claim_citing_its_source_before_a_closer_one(
    reuters_first: bool,
) -> None:
    # The Southport riots (BBC, Reuters): "53 officers were injured" and "12 officers were
    # injured" read closest, so Merseyside Police's count paired with South Yorkshire
    # Police's and the card showed "53 vs 12 officers"
    bbc, reuters = _cited(1, "BBC", SOUTHPORT_BBC), _cited(2, "Reuters", SOUTHPORT_REUTERS)
    articles = [reuters, bbc] if reuters_first else [bbc, reuters]
    assert _paired(articles) == [[10, 20], [11, 21]]
    counts = [c for c in compare_story(articles).claims if len(c.members) > 1]
    assert all(x.type != "attribution" for c in counts for x in c.conflicts)
    assert any(x.detail == "53 vs 39 officers" for c in counts for x in c.conflicts)
    # read without whom they cite, the closer texts pair
    texts = [AlignInput(1, 10, "at least 10 officers had been injured, one of them knocked unconscious"), AlignInput(1, 11, "53 officers were injured"), AlignInput(2, 20, "12 officers were injured"), AlignInput(2, 21, "39 officers were injured, 27 of whom were taken to hospital")]  # fmt: skip
    assert [11, 20] in _claims(texts)


def test_two_sources_for_one_claim_still_pair_where_nothing_else_does() -> None:
    # outlets often cite different sources for one claim: the pair is only put last
    bbc = _cited(1, "BBC", SOUTHPORT_BBC[1:])
    reuters = _cited(2, "Reuters", SOUTHPORT_REUTERS[:1])
    assert _paired([bbc, reuters]) == [[10, 20]]
    # ...as it is where the statement's other pair cites no one it can be told by
    unnamed = ("Officials said 12 officers were injured.", "Officials", "anonymous")
    reuters = _cited(2, "Reuters", [SOUTHPORT_REUTERS[0], unnamed])
    assert _paired([_cited(1, "BBC", SOUTHPORT_BBC[1:]), reuters]) == [[10, 20]]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        (("Merseyside Police", "organization"), ("South Yorkshire Police", "organization"), False),
        (("police", "organization"), ("Merseyside Police", "organization"), True),
        (("Mr Erdogan", "person"), ("President Recep Tayyip Erdogan", "person"), True),
        (("Hamas", "organization"), ("Israel's military", "organization"), False),
        # no one named, or no one it can be told by: it may be anyone's
        (("officials", "anonymous"), ("Merseyside Police", "organization"), None),
        (("he", "person"), ("Merseyside Police", "organization"), None),
        (("a report", "organization"), ("Merseyside Police", "organization"), None),
        ((None, "none"), ("Merseyside Police", "organization"), None),
    ],
)  # fmt: skip
def test_whether_two_statements_cite_one_source(
    one: tuple[str | None, str], other: tuple[str | None, str], same: bool | None
) -> None:
    a = ClaimStatement(1, 1, "A", "x", (0, 1), kind=one[1], source=one[0])
    b = ClaimStatement(2, 2, "B", "x", (0, 1), kind=other[1], source=other[0])
    assert same_source(a, b) is same
    assert same_source(b, a) is same
    inside = ClaimStatement(2, 2, "B", "x", (0, 1), other[1], other[0], report_inside=True)
    assert same_source(a, inside) is None

"""Conflicts between two outlets' versions of one claim: type, detail wording, articles.

Each row is a pair of real-looking news sentences (outlet A = article 1, outlet B =
article 2) and the one conflict expected, or None where the outlets agree and a
reader would see no conflict.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.core.compare import ClaimStatement, compare_claim, find_conflicts


@dataclass(frozen=True)
class Side:
    text: str
    kind: str = "none"
    source: str | None = None
    hedged: bool = False


def member(article: int, side: Side | str) -> ClaimStatement:
    side = Side(side) if isinstance(side, str) else side
    return ClaimStatement(
        article=article,
        statement=article * 10,
        label="Reuters" if article == 1 else "AP",
        text=side.text,
        content=(0, len(side.text)),
        kind=side.kind,
        source=side.source,
        hedged=side.hedged,
    )


CASES = [
    # numbers, written and spelled
    ("Two soldiers were killed in the drone attack.", "Three soldiers were killed in the drone attack.",
     ("number", "Two vs Three soldiers")),
    ("Police arrested twelve people after the march.", "Police arrested 15 people after the march.",
     ("number", "twelve vs 15 people")),
    ("The storm killed 20 people and injured 40.", "The storm killed 20 people and injured 45.",
     ("number", "injured 40 vs injured 45")),
    # the same figure written differently is no conflict
    ("Two soldiers were killed in the drone attack.", "2 soldiers were killed in the drone attack.", None),
    ("The company hired 1,200 workers at the plant.", "The company hired 1200 workers at the plant.", None),
    # money
    ("The Angels offered Teixeira $160 million over eight years.",
     "The Angels offered Teixeira $180 million over eight years.",
     ("number", "$160 million vs $180 million")),
    ("The Angels offered Teixeira $160 million over eight years.",
     "The Angels offered Teixeira 170 million dollars over eight years.",
     ("number", "$160 million vs 170 million dollars")),
    ("The Angels offered Teixeira $160 million over eight years.",
     "The Angels offered Teixeira 160 million dollars over eight years.", None),
    # percentages
    ("Unemployment rose to 5% in March.", "Unemployment rose to 7 percent in March.",
     ("number", "5% vs 7 percent")),
    ("Unemployment rose to 5% in March.", "Unemployment rose to 5 percent in March.", None),
    # dates
    ("The treaty was signed in 2008 in Lisbon.", "The treaty was signed in 2009 in Lisbon.",
     ("number", "2008 vs 2009")),
    ("The vote will take place on March 3.", "The vote will take place on March 5.",
     ("number", "March 3 vs March 5")),
    # negation
    ("The army did not attack the base.", "The army attacked the base.",
     ("negation", 'negated in Reuters ("not attack"), affirmed in AP')),
    ("Iran denied involvement in the strike.", "Iran admitted involvement in the strike.",
     ("negation", 'negated in Reuters ("denied involvement"), affirmed in AP')),
    # differing names
    ("Obama met Netanyahu in Washington on Monday.", "Obama met Abbas in Washington on Monday.",
     ("entity", "Netanyahu vs Abbas")),
    # paraphrase with nothing contradictory
    ("Militias will halt attacks on Israel.", "Militias will stop their attacks on Israel.", None),
    # attribution: attributed vs unattributed, different kinds, different sources
    (Side("Militias reached a deal with the prime minister.", "media", "the report"),
     Side("Militias reached a deal with the prime minister."),
     ("attribution", "attributed to the report in Reuters, stated without attribution in AP")),
    (Side("The ceasefire will hold.", "anonymous", "A senior official"),
     Side("The ceasefire will hold.", "person", "Benjamin Netanyahu"),
     ("attribution", "Reuters cites a senior official; AP cites Benjamin Netanyahu")),
    (Side("The ceasefire will hold.", "person", "Benjamin Netanyahu"),
     Side("The ceasefire will hold.", "person", "Benny Gantz"),
     ("attribution", "Reuters cites Benjamin Netanyahu; AP cites Benny Gantz")),
    (Side("The ceasefire will hold.", "person", "Prime Minister Benjamin Netanyahu"),
     Side("The ceasefire will hold.", "person", "Netanyahu"), None),
    # certainty: hedged vs asserted
    (Side("The militias may resume attacks.", hedged=True), Side("The militias will resume attacks."),
     ("certainty", "hedged in Reuters, stated as fact in AP")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_conflict_type_detail_and_articles(
    a: Side | str, b: Side | str, expected: tuple[str, str] | None
) -> None:
    members = [member(1, a), member(2, b)]
    found = [(c.type, c.detail, c.articles) for c in find_conflicts(members)]
    if expected is None:
        assert found == []
    else:
        assert found == [(*expected, (1, 2))]


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_claim_status_follows_the_conflicts(
    a: Side | str, b: Side | str, expected: tuple[str, str] | None
) -> None:
    result = compare_claim([member(1, a), member(2, b)])
    if expected is None:
        assert result.status in ("agreement", "variation")
    elif expected[0] == "attribution":  # who says so differs, what happened does not
        assert result.status in ("agreement", "variation")
        assert [c.type for c in result.conflicts] == ["attribution"]
    else:
        assert result.status == "conflict"


def test_conflict_names_only_the_articles_that_differ() -> None:
    members = [
        member(1, "Two soldiers were killed."),
        ClaimStatement(3, 30, "BBC", "Two soldiers were killed.", (0, 25)),
        member(2, "Three soldiers were killed."),
    ]
    (conflict,) = find_conflicts(members)
    assert conflict.type == "number"
    assert conflict.detail == "Two vs Three soldiers"
    assert conflict.articles == (1, 3, 2)  # the majority figure's outlets first

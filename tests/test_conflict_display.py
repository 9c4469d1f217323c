"""A denial between two uploaded articles, as the story page and the API show it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.services.articles import Submission, add_article
from app.services.stories import create_story
from tests.test_pages import get_page


def test_a_denial_is_shown_in_plain_words_naming_both_outlets(
    client: TestClient, session: Session
) -> None:
    story_id = create_story(session, "Tanker").id
    session.commit()
    stated = "Iranian forces attacked the tanker in the Gulf of Oman on Thursday."
    denied = "Iran denied that its forces attacked the tanker in the Gulf of Oman on Thursday."
    add_article(session, Submission(text=stated, outlet="Gulf Times", story_id=story_id))
    add_article(session, Submission(text=denied, outlet="Tehran Daily", story_id=story_id))

    comparison = client.get(f"/api/stories/{story_id}/comparison").json()
    (claim,) = [c for c in comparison["claims"] if len(c["statements"]) == 2]
    assert claim["status"] == "conflict"
    (negation,) = [c for c in claim["conflicts"] if c["type"] == "negation"]
    ids = {a["outlet"]: a["id"] for a in comparison["articles"]}
    assert negation["article_ids"] == [ids["Tehran Daily"], ids["Gulf Times"]]

    soup = get_page(client, f"/stories/{story_id}")
    (row,) = [r for r in soup.select("tr.claim") if r["data-status"] == "conflict"]
    items = [
        li.get_text(" ", strip=True) for li in row.select("li.conflict-item[data-type=negation]")
    ]
    assert items == [
        'One says the opposite: denied in Tehran Daily ("denied that its forces attacked"), affirmed in Gulf Times'
    ]


def test_a_pronoun_source_is_read_as_who_it_stands_for_and_shown_as_written(
    client: TestClient, session: Session
) -> None:
    story_id = create_story(session, "Halden verdict").id
    session.commit()
    add_article(
        session,
        Submission(
            text="Prosecutors had asked for 14 years. They said Vangen took more than "
            "8 million kroner in bribes between 2015 and 2021.",
            outlet="AP",
            story_id=story_id,
        ),
    )
    add_article(
        session,
        Submission(
            text="Prosecutors said Vangen took more than 8 million kroner in bribes "
            "between 2015 and 2021.",
            outlet="The Guardian",
            story_id=story_id,
        ),
    )

    comparison = client.get(f"/api/stories/{story_id}/comparison").json()
    (claim,) = [c for c in comparison["claims"] if len(c["statements"]) == 2]
    # both outlets cite the prosecutors: no 'attributed to They in AP, to Prosecutors ...'
    assert [c["type"] for c in claim["conflicts"]] == []
    attributions = {
        a["outlet"]: st["attribution"]
        for st in claim["statements"]
        for a in comparison["articles"]
        if a["id"] == st["article_id"]
    }
    assert (attributions["AP"]["source"], attributions["AP"]["source_as_written"]) == (
        "Prosecutors",
        "They",
    )
    assert attributions["The Guardian"]["source_as_written"] is None

    soup = get_page(client, f"/stories/{story_id}")
    written = [t.get_text().strip() for t in soup.select(".badge-as-written")]
    assert written == ["Written as “They”, read as the name given earlier in the article"]
    csv_rows = client.get(f"/stories/{story_id}/export.csv").text.splitlines()
    assert csv_rows[0].endswith(",source_as_written")
    assert sum(row.endswith(",They") for row in csv_rows[1:]) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "His lawyer, Tor Eide, said Vangen would appeal the verdict.",
            "His lawyer Tor Eide said Vangen would appeal the verdict.",
        ),
        # a surname with an honorific, and the full name with a title
        (
            "President Recep Tayyip Erdogan said the state would rebuild every home.",
            "Mr Erdogan said the state would rebuild every home.",
        ),
    ],
)
def test_one_source_written_two_ways_is_not_under_attribution_differs(
    client: TestClient, session: Session, first: str, second: str
) -> None:
    story_id = create_story(session, "Appeal").id
    session.commit()
    for outlet, text in [("AP", first), ("The Guardian", second)]:
        add_article(session, Submission(text=text, outlet=outlet, story_id=story_id))

    soup = get_page(client, f"/stories/{story_id}")
    (row,) = [r for r in soup.select("tr.claim") if r["data-outlets"] == "2"]
    assert row["data-status"] == "agreement"
    assert "attribution" not in row["data-shows"].split()


def test_a_source_cited_inside_an_outlets_own_claim_is_no_attribution_difference(
    client: TestClient, session: Session
) -> None:
    # The CrowdStrike outage: AP cites experts for how large the outage was, not for the
    # outage; Reuters states it plainly. Read from the stored statements.
    story_id = create_story(session, "Outage").id
    session.commit()
    reuters = (
        "A faulty software update from CrowdStrike caused a worldwide technology outage on "
        "Friday, grounding flights and disrupting banks and hospitals."
    )
    ap = (
        "A faulty software update from CrowdStrike caused a worldwide technology outage on "
        "Friday, grounding flights and disrupting banks, in what experts said was likely the "
        "largest IT failure in history."
    )
    add_article(session, Submission(text=reuters, outlet="Reuters", story_id=story_id))
    add_article(session, Submission(text=ap, outlet="AP", story_id=story_id))

    comparison = client.get(f"/api/stories/{story_id}/comparison").json()
    (claim,) = [c for c in comparison["claims"] if len(c["statements"]) == 2]
    cited = [s["attribution"]["source"] for s in claim["statements"]]
    assert "experts" in cited  # the page still shows whom AP cites
    assert [c for c in claim["conflicts"] if c["type"] == "attribution"] == []


def test_different_figures_told_a_day_apart_say_the_figure_may_have_changed(
    client: TestClient, session: Session
) -> None:
    # The Valencia floods: Reuters' 'at least 95' on Wednesday, the BBC's 158 on Thursday
    story_id = create_story(session, "Spain floods").id
    session.commit()
    early = "Flash floods in eastern Spain have killed at least 95 people, officials said."
    late = "Flash floods in eastern Spain have killed at least 158 people, officials said."
    when = {"Reuters": "2024-10-30T12:00:00", "BBC": "2024-10-31T09:00:00"}
    for outlet, text in (("Reuters", early), ("BBC", late)):
        add_article(
            session,
            Submission(text=text, outlet=outlet, story_id=story_id, published_at=when[outlet]),
        )
    comparison = client.get(f"/api/stories/{story_id}/comparison").json()
    (claim,) = [c for c in comparison["claims"] if len(c["statements"]) == 2]
    (number,) = [c for c in claim["conflicts"] if c["type"] == "number"]
    assert number["detail"] == "at least 95 vs at least 158 people"  # the API's as before

    soup = get_page(client, f"/stories/{story_id}")
    (item,) = soup.select("tr.claim li.conflict-item[data-type=number]")
    assert item.get_text(" ", strip=True) == (
        "Different numbers: at least 95 vs at least 158 people (between Reuters and BBC) "
        "\u2014 published 21 hours apart; the figure may have changed in between"
    )
    soup = get_page(client, f"/stories/{story_id}/compare")
    (item,) = soup.select("li.conflict-item[data-type=number]")
    assert item.get_text(" ", strip=True).endswith(
        "\u2014 published 21 hours apart; the figure may have changed in between"
    )


def test_different_figures_told_hours_apart_say_nothing_of_when(
    client: TestClient, session: Session
) -> None:
    story_id = create_story(session, "Spain floods").id
    session.commit()
    for outlet, text, when in (
        ("Reuters", "Flash floods in eastern Spain have killed 95 people, officials said.",
         "2024-10-30T12:00:00"),
        ("BBC", "Flash floods in eastern Spain have killed 158 people, officials said.",
         "2024-10-30T15:00:00"),
    ):  # fmt: skip
        add_article(
            session, Submission(text=text, outlet=outlet, story_id=story_id, published_at=when)
        )
    soup = get_page(client, f"/stories/{story_id}")
    (item,) = soup.select("tr.claim li.conflict-item[data-type=number]")
    assert item.get_text(" ", strip=True) == (
        "Different numbers: 95 vs 158 people (between Reuters and BBC)"
    )

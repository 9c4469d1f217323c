"""`parallax reanalyse` and its service: stored articles analysed again, stories recomputed."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select, update
from typer.testing import CliRunner

from app.cli import cli
from app.core import attribution_network
from app.models import Article, Statement
from app.services.errors import NotFound
from app.services.reanalysis import reanalyse
from tests.conftest import SEED_EXPECTED, nothing_stored

FIELDS = ("index", "start", "end", "text", "source", "cue", "via", "kind", "hedged", "quote")


def _statements(session: Session) -> dict[str, list[tuple[object, ...]]]:
    """Each article's statements (by outlet-free title), as the fields a reader sees."""
    session.rollback()
    out: dict[str, list[tuple[object, ...]]] = {}
    for article in session.exec(select(Article).order_by(col(Article.id))).all():
        rows = session.exec(
            select(Statement)
            .where(Statement.article_id == article.id)
            .order_by(col(Statement.index))
        ).all()
        out[article.title] = [tuple(getattr(st, f) for f in FIELDS) for st in rows]
    return out


def _same_claims_hold(client: TestClient, story: int) -> None:
    comparison = client.get(f"/api/stories/{story}/comparison").json()
    for item in SEED_EXPECTED["same_claim"]:
        claims = [
            {
                c["id"]
                for c in comparison["claims"]
                for st in c["statements"]
                if phrase in st["text"]
            }
            for phrase in (item["ywn"], item["win"])
        ]
        assert claims[0] and claims[0] == claims[1], item["why"]


def test_the_same_analysis_again_changes_nothing(
    client: TestClient, session: Session, demo_story: int
) -> None:
    before = _statements(session)
    done = reanalyse(session, demo_story)
    assert (done.stories, done.articles, done.changed, done.tagger) == (1, 2, 0, "crf")
    assert done.statements == sum(len(v) for v in before.values())
    assert _statements(session) == before
    _same_claims_hold(client, demo_story)


def test_switching_the_network_on_gives_what_a_fresh_upload_with_it_stores(
    client: TestClient, session: Session, demo_story: int, network_on: None, tmp_path: Path
) -> None:
    from app.cli import migrate
    from app.config import Settings
    from app.db import make_engine
    from app.services.demo import load_demo

    before = _statements(session)
    done = reanalyse(session)  # every story
    assert done.tagger == "crf+network" and done.articles == 2
    # the network reads one WIN statement differently (the cue 'calls', where the CRF reads
    # 'pushed back against'): the stored analysis really is redone
    assert done.changed >= 1
    reanalysed = _statements(session)
    assert reanalysed != before
    _same_claims_hold(client, demo_story)
    fresh_settings = Settings(database_url=f"sqlite:///{tmp_path / 'fresh.db'}")
    migrate(fresh_settings)
    engine = make_engine(fresh_settings)
    try:
        with Session(engine) as fresh:
            load_demo(fresh)  # analysed with the network from the start
            assert _statements(fresh) == reanalysed
    finally:
        engine.dispose()


def test_an_unknown_story_is_refused_and_nothing_changes(session: Session, demo_story: int) -> None:
    with nothing_stored(session), pytest.raises(NotFound, match="no story 999"):
        reanalyse(session, 999)


def test_the_command_reports_what_it_did(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARALLAX_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.delenv("PARALLAX_API_TOKEN", raising=False)
    monkeypatch.delenv("PARALLAX_ATTRIBUTION_NETWORK", raising=False)
    runner = CliRunner()
    assert runner.invoke(cli, ["demo"]).exit_code == 0
    result = runner.invoke(cli, ["reanalyse"])
    assert result.exit_code == 0, result.output
    assert "story 1 done" in result.output
    assert "Analysed 2 articles in 1 story again with the crf tagger: 0 of" in result.output
    missing = runner.invoke(cli, ["reanalyse", "--story", "42"])
    assert missing.exit_code == 1
    assert "There is no story 42." in missing.output
    assert attribution_network.name() == "crf"


# ---------------------------------------------------------------- what read each article
THIRD = (
    "Iraqi militias halt their attacks on Israel\n\n"
    "Pro-Iranian armed factions in Iraq have agreed to stop their attacks on Israel, a "
    "commander of the Nujaba movement told the Lebanese newspaper Al-Akhbar on Monday.\n\n"
    "The agreement was reached with Prime Minister Mohammed Shia al-Sudani, according to "
    "Al-Akhbar."
)


def _article_ids(client: TestClient, story: int) -> list[int]:
    return [a["id"] for a in client.get(f"/api/stories/{story}").json()["articles"]]


def test_every_article_says_what_read_its_attribution(client: TestClient, demo_story: int) -> None:
    comparison = client.get(f"/api/stories/{demo_story}/comparison").json()
    assert [a["attribution_tagger"] for a in comparison["articles"]] == ["crf", "crf"]
    article_id = _article_ids(client, demo_story)[0]
    detail = client.get(f"/api/articles/{article_id}").json()
    assert (detail["attribution_tagger"], detail["attributions_tagger"]) == ("crf", "crf")
    page = client.get(f"/articles/{article_id}").text
    assert 'data-tagger="crf">the rules and the CRF tagger</dd>' in page
    assert "data-tagger-now" not in page
    assert "data-mixed-taggers" not in client.get(f"/stories/{demo_story}").text


def test_a_story_read_by_two_taggers_says_so_until_it_is_reanalysed(
    client: TestClient, session: Session, demo_story: int, network_on: None
) -> None:
    added = client.post(
        "/api/articles",
        json={"text": THIRD, "outlet": "Baghdad Today", "story_id": demo_story},
    )
    assert added.status_code == 201, added.text
    new_id = added.json()["id"]
    assert client.get(f"/api/articles/{new_id}").json()["attribution_tagger"] == "crf+network"
    story_page = client.get(f"/stories/{demo_story}").text
    assert 'data-mixed-taggers="2"' in story_page
    assert "2 by the rules and the CRF tagger;" in story_page
    assert "1 by the rules, the CRF tagger and the attribution network." in story_page
    assert f"parallax reanalyse --story {demo_story}" in story_page
    # a seed article, stored by the CRF alone, lists its attributions as read now
    seed_id = next(i for i in _article_ids(client, demo_story) if i != new_id)
    seed_page = client.get(f"/articles/{seed_id}").text
    assert 'data-tagger="crf">' in seed_page
    assert 'data-tagger-now="crf+network"' in seed_page

    reanalyse(session, demo_story)
    comparison = client.get(f"/api/stories/{demo_story}/comparison").json()
    assert {a["attribution_tagger"] for a in comparison["articles"]} == {"crf+network"}
    assert "data-mixed-taggers" not in client.get(f"/stories/{demo_story}").text
    assert "data-tagger-now" not in client.get(f"/articles/{seed_id}").text


def test_an_article_stored_before_the_tagger_was_recorded_says_so(
    client: TestClient, session: Session, demo_story: int
) -> None:
    from app.services.analysis import tagger_label

    assert tagger_label(None).startswith("not recorded")
    assert tagger_label("crf") == "the rules and the CRF tagger"
    assert tagger_label("crf+network").endswith("the attribution network")
    # every article stored before migration 0007 is left so (the commit raises the write
    # generation, so no page made before it is served)
    article_id = _article_ids(client, demo_story)[0]
    session.rollback()
    session.exec(update(Article).values(attribution_tagger=None))  # type: ignore[call-overload]
    session.commit()
    page = client.get(f"/articles/{article_id}").text
    assert "not recorded (stored before Parallax kept track)" in page
    assert "what read the statements above was not recorded" in page
    assert client.get(f"/api/articles/{article_id}").json()["attribution_tagger"] is None
    assert "data-mixed-taggers" not in client.get(f"/stories/{demo_story}").text

"""The `parallax` command, run in-process against a temporary SQLite file."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from typer.testing import CliRunner

from app.cli import cli
from app.config import Settings
from app.db import make_engine
from app.models import Article, Outlet, Story

DRESDEN = {
    "saxony": (
        "Flooding closed the main bridge in Dresden on Tuesday, city officials said. "
        "Three people were rescued from cars on the riverbank. "
        "The mayor said the bridge would stay shut until Friday."
    ),
    "elbe": (
        "The main bridge in Dresden was closed by flooding on Tuesday. "
        "Rescuers pulled three people from cars stuck on the riverbank, officials said. "
        "The bridge will reopen on Friday at the earliest, according to the mayor."
    ),
    "wire": (
        "Floodwater shut Dresden's main bridge on Tuesday, according to the city. "
        "Emergency crews rescued three drivers from the riverbank. "
        "The mayor told reporters the crossing would stay closed until Friday."
    ),
    "radio": (
        "Dresden's main bridge has been closed after the Elbe flooded on Tuesday. "
        "Firefighters said three people were pulled from their cars. "
        "City officials expect the bridge to reopen on Friday."
    ),
    "daily": (
        "A flood on the Elbe closed Dresden's main bridge on Tuesday, police said. "
        "Three motorists were rescued from the riverbank by emergency crews. "
        "The bridge stays closed until Friday, the mayor said."
    ),
}

HTML_PAGE = """<!doctype html>
<html><head><title>Dresden bridge shut by floods</title>
<meta property="og:site_name" content="Saechsische Rundschau"></head>
<body><article><h1>Dresden bridge shut by floods</h1>
<p>Dresden's main bridge was shut by floodwater on Tuesday, the city said.</p>
<p>Three people had to be rescued from their cars on the riverbank.</p>
<p>The mayor said the bridge would not reopen before Friday.</p>
</article></body></html>
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    """PARALLAX_DATABASE_URL points at a fresh file; yields an engine to inspect it."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("PARALLAX_DATABASE_URL", url)
    monkeypatch.delenv("PARALLAX_API_TOKEN", raising=False)
    engine = make_engine(Settings(database_url=url))
    yield engine
    engine.dispose()


@pytest.fixture
def upgraded(runner: CliRunner, database: Engine) -> Engine:
    result = runner.invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    return database


def count(engine: Engine, model: type) -> int:
    with Session(engine) as session:
        return len(session.exec(select(model)).all())


def articles_by_outlet(engine: Engine) -> dict[str, list[Article]]:
    with Session(engine) as session:
        rows = session.exec(
            select(Article, Outlet).join(Outlet, col(Article.outlet_id) == Outlet.id)
        ).all()
        out: dict[str, list[Article]] = {}
        for article, outlet in rows:
            out.setdefault(outlet.name, []).append(article)
        return out


def summary_line(output: str) -> str:
    lines = [ln for ln in output.splitlines() if ln.startswith("Imported ")]
    assert len(lines) == 1, output
    return lines[0]


def test_db_upgrade_creates_the_schema(runner: CliRunner, database: Engine) -> None:
    result = runner.invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output
    tables = set(inspect(database).get_table_names())
    assert {"outlet", "story", "article", "statement", "claim", "alembic_version"} <= tables
    again = runner.invoke(cli, ["db", "upgrade"])
    assert again.exit_code == 0, again.output


def test_demo_loads_once_with_if_empty(runner: CliRunner, upgraded: Engine) -> None:
    result = runner.invoke(cli, ["demo"])
    assert result.exit_code == 0, result.output
    assert "Loaded the demo story" in result.output
    assert count(upgraded, Story) == 1
    assert set(articles_by_outlet(upgraded)) == {"Yeshiva World News", "World Israel News"}

    again = runner.invoke(cli, ["demo", "--if-empty"])
    assert again.exit_code == 0, again.output
    assert "not loaded" in again.output
    assert count(upgraded, Story) == 1
    assert count(upgraded, Article) == 2


def test_demo_if_empty_loads_into_an_empty_database(runner: CliRunner, upgraded: Engine) -> None:
    result = runner.invoke(cli, ["demo", "--if-empty"])
    assert result.exit_code == 0, result.output
    assert count(upgraded, Article) == 2


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Good .txt/.html/.json/.jsonl files, one binary .txt and one broken .json."""
    src = tmp_path / "incoming"
    (src / "nested").mkdir(parents=True)
    (src / "saxony.txt").write_text(DRESDEN["saxony"], encoding="utf-8")
    (src / "rundschau.html").write_text(HTML_PAGE, encoding="utf-8")
    (src / "elbe.json").write_text(
        json.dumps({"text": DRESDEN["elbe"], "outlet": "Elbe Post", "published_at": "2025-03-04"}),
        encoding="utf-8",
    )
    (src / "nested" / "more.jsonl").write_text(
        json.dumps({"text": DRESDEN["wire"], "outlet": "Wire Service"})
        + "\n\n"
        + json.dumps(
            {"text": DRESDEN["radio"], "outlet": "Radio Dresden", "title": "Bridge closed"}
        )
        + "\n",
        encoding="utf-8",
    )
    (src / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (src / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")
    (src / "notes.md").write_text("# not importable, and skipped in a folder\n", encoding="utf-8")
    return src


def test_import_folder_reports_bad_files_and_does_not_duplicate(
    runner: CliRunner, upgraded: Engine, folder: Path
) -> None:
    result = runner.invoke(cli, ["import", str(folder), "--outlet", "Saxony Daily"])
    assert result.exit_code == 1, result.output
    assert summary_line(result.stdout) == "Imported 5 article(s); 0 already stored; 2 failed."
    problems = {
        Path(line.strip().split(":", 1)[0]).name: line.split(":", 1)[1]
        for line in result.stderr.splitlines()
        if line.startswith("  ")
    }
    assert set(problems) == {"photo.txt", "broken.json"}, result.stderr
    assert "binary" in problems["photo.txt"]
    assert "not valid JSON" in problems["broken.json"]

    outlets = articles_by_outlet(upgraded)
    assert sum(len(arts) for arts in outlets.values()) == 5
    assert {"Saxony Daily", "Elbe Post", "Wire Service", "Radio Dresden"} <= set(outlets)
    assert outlets["Elbe Post"][0].published_at == "2025-03-04"
    assert outlets["Radio Dresden"][0].title == "Bridge closed"
    html_article = next(
        a for arts in outlets.values() for a in arts if a.title == "Dresden bridge shut by floods"
    )
    assert "<" not in html_article.body and "floodwater" in html_article.body

    again = runner.invoke(cli, ["import", str(folder), "--outlet", "Saxony Daily"])
    assert again.exit_code == 1, again.output
    assert summary_line(again.stdout) == "Imported 0 article(s); 5 already stored; 2 failed."
    assert count(upgraded, Article) == 5


def test_import_only_good_files_exits_zero(
    runner: CliRunner, upgraded: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "saxony.txt"
    path.write_text(DRESDEN["saxony"], encoding="utf-8")
    result = runner.invoke(cli, ["import", str(path), "--outlet", "Saxony Daily"])
    assert result.exit_code == 0, result.output
    assert summary_line(result.stdout) == "Imported 1 article(s); 0 already stored; 0 failed."


def test_import_without_an_outlet_names_the_problem(
    runner: CliRunner, upgraded: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "anonymous.txt"
    path.write_text(DRESDEN["saxony"], encoding="utf-8")
    result = runner.invoke(cli, ["import", str(path)])
    assert result.exit_code == 1, result.output
    assert "anonymous.txt" in result.stderr and "outlet" in result.stderr
    assert count(upgraded, Article) == 0


def test_import_story_and_outlet_options_are_applied(
    runner: CliRunner, upgraded: Engine, tmp_path: Path
) -> None:
    assert runner.invoke(cli, ["demo"]).exit_code == 0
    with Session(upgraded) as session:
        demo_id = session.exec(select(Story.id)).one()
    src = tmp_path / "extra"
    src.mkdir()
    # Dresden news has nothing to do with the demo story; --story puts it there anyway.
    (src / "a.txt").write_text(DRESDEN["saxony"], encoding="utf-8")
    (src / "b.jsonl").write_text(
        json.dumps({"text": DRESDEN["daily"]})
        + "\n"
        + json.dumps({"text": DRESDEN["elbe"], "outlet": "Elbe Post", "story_id": 999})
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        cli, ["import", str(src), "--story", str(demo_id), "--outlet", "Fallback Wire"]
    )
    assert result.exit_code == 0, result.output
    outlets = articles_by_outlet(upgraded)
    assert len(outlets["Fallback Wire"]) == 2
    assert len(outlets["Elbe Post"]) == 1  # the item's own outlet wins over --outlet
    assert count(upgraded, Story) == 1
    assert {a.story_id for arts in outlets.values() for a in arts} == {demo_id}


def test_import_outlet_option_does_not_override_the_outlet_a_page_names(
    runner: CliRunner, upgraded: Engine, tmp_path: Path
) -> None:
    # --outlet is "Outlet for items that name none"; this page names its site.
    path = tmp_path / "rundschau.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    result = runner.invoke(cli, ["import", str(path), "--outlet", "Fallback Wire"])
    assert result.exit_code == 0, result.output
    assert set(articles_by_outlet(upgraded)) == {"Saechsische Rundschau"}


def test_import_outlet_option_fills_an_explicit_null_outlet(
    runner: CliRunner, upgraded: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "item.json"
    path.write_text(json.dumps({"text": DRESDEN["daily"], "outlet": None}), encoding="utf-8")
    result = runner.invoke(cli, ["import", str(path), "--outlet", "Fallback Wire"])
    assert result.exit_code == 0, result.output
    assert set(articles_by_outlet(upgraded)) == {"Fallback Wire"}


def test_import_into_an_unknown_story_is_reported(
    runner: CliRunner, upgraded: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DRESDEN["saxony"], encoding="utf-8")
    result = runner.invoke(cli, ["import", str(path), "--story", "42", "--outlet", "Saxony Daily"])
    assert result.exit_code == 1
    assert "There is no story 42" in result.stderr
    assert count(upgraded, Article) == 0


def test_import_json_list_with_a_non_object_item(
    runner: CliRunner, upgraded: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "batch.json"
    path.write_text(
        json.dumps([{"text": DRESDEN["saxony"], "outlet": "Saxony Daily"}, "just a string"]),
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["import", str(path)])
    assert result.exit_code == 1
    assert summary_line(result.stdout) == "Imported 1 article(s); 0 already stored; 1 failed."
    assert "batch.json[2]: not a JSON object" in result.stderr


def test_import_missing_path_is_a_usage_error(
    runner: CliRunner, upgraded: Engine, tmp_path: Path
) -> None:
    result = runner.invoke(cli, ["import", str(tmp_path / "nope")])
    assert result.exit_code == 2
    message = " ".join(result.output.replace("\u2502", " ").split())
    assert "does not exist" in message


# --- saved pages and plain text: the same metadata rules as a fetched URL -----------------

SAVED_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Iraqi militias say they will halt attacks on US bases - Ynetnews</title>
<link rel="canonical" href="https://www.ynetnews.com/article/hjx2k11">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Iraqi militias say they will halt attacks on US bases",
 "datePublished": "2024-12-23T14:05:00+02:00",
 "author": {"@type": "Person", "name": "Lior Ben Ari"}}
</script></head><body>
<article><h1>Iraqi militias say they will halt attacks on US bases</h1>
<p>Iraqi militias backed by Iran will halt their attacks on American bases, a senior militia official told Al-Akhbar on Monday.</p>
<p>The official said the decision followed talks in Baghdad, according to the report.</p>
</article></body></html>"""

DESK_TEXT = """date 2024-12-23 Iraqi militias will stop attacking US bases, a militia leader said.

By YWN Staff

Iraqi militias backed by Iran will halt their attacks on American bases, a senior militia official told Al-Akhbar on Monday.

The official said the decision followed talks in Baghdad, according to the report.

(YWN Israel Desk - Jerusalem)
"""


def test_import_saved_page_takes_url_domain_author_and_time_from_the_page(
    runner: CliRunner, upgraded: Engine, tmp_path: Path
) -> None:
    (tmp_path / "saved.html").write_text(SAVED_PAGE, encoding="utf-8")
    result = runner.invoke(cli, ["import", str(tmp_path / "saved.html")])
    assert result.exit_code == 0, result.output
    with Session(upgraded) as session:
        article, outlet = session.exec(
            select(Article, Outlet).join(Outlet, col(Article.outlet_id) == Outlet.id)
        ).one()
    assert article.url == "https://www.ynetnews.com/article/hjx2k11"
    assert outlet.domain == "ynetnews.com" and outlet.name == "ynetnews.com"  # no site name given
    assert article.byline == "Lior Ben Ari"
    assert article.published_at == "2024-12-23T14:05:00+02:00"
    assert article.title == "Iraqi militias say they will halt attacks on US bases"


def test_plain_text_desk_signature_names_the_outlet(
    runner: CliRunner, upgraded: Engine, tmp_path: Path
) -> None:
    assert runner.invoke(cli, ["demo"]).exit_code == 0  # knows "Yeshiva World News" (YWN)
    (tmp_path / "ywn.txt").write_text(DESK_TEXT, encoding="utf-8")
    result = runner.invoke(cli, ["import", str(tmp_path / "ywn.txt")])
    assert result.exit_code == 0, result.output
    outlets = articles_by_outlet(upgraded)
    assert len(outlets["Yeshiva World News"]) == 2
    mine = next(a for a in outlets["Yeshiva World News"] if "talks in Baghdad" in a.body)
    assert mine.published_at == "2024-12-23"
    assert mine.signature == "YWN Israel Desk - Jerusalem"
    assert "Desk" not in mine.body


def test_saved_page_then_its_site_name_meet_in_one_outlet(
    runner: CliRunner, upgraded: Engine, tmp_path: Path
) -> None:
    (tmp_path / "a.html").write_text(SAVED_PAGE, encoding="utf-8")
    named = SAVED_PAGE.replace(
        "<title>", '<meta property="og:site_name" content="Ynet News"><title>'
    ).replace("told Al-Akhbar on Monday", "told the Al-Akhbar daily on Monday")
    (tmp_path / "b.html").write_text(named, encoding="utf-8")
    result = runner.invoke(cli, ["import", str(tmp_path / "a.html"), str(tmp_path / "b.html")])
    assert result.exit_code == 0, result.output
    assert count(upgraded, Outlet) == 1
    assert count(upgraded, Article) == 2


def test_the_network_setting_without_its_extra_stops_every_command_with_the_reason(
    runner: CliRunner, database: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARALLAX_ATTRIBUTION_NETWORK", "1")
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # as on an install without the extra
    for command in (["db", "upgrade"], ["demo"], ["eval", "msrp", "/dev/null"]):
        result = runner.invoke(cli, command)
        assert result.exit_code == 2, (command, result.output)
        assert "PARALLAX_ATTRIBUTION_NETWORK is on" in result.output
        assert "pip install 'parallax[neural]'" in result.output
    assert not inspect(database).get_table_names()  # nothing ran, not even the migrations


def test_an_invalid_setting_stops_with_a_readable_message(
    runner: CliRunner, database: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARALLAX_API_TOKEN", "short")
    result = runner.invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 2
    assert "Parallax cannot start" in result.output
    assert "PARALLAX_API_TOKEN must be at least 12 characters long" in result.output

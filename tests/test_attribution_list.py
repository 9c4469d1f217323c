"""Every attribution found in an article: the service, the article page and the API.

The list must be ``find_attributions(body)`` exactly (what ``parallax eval polnear``
scores), so these tests compare what is shown with what the extractor returns for
the stored body, whatever the model finds, and check the statements each relation
links to against the stored statements' offsets.
"""

from __future__ import annotations

from collections import Counter

import pytest
from bs4 import BeautifulSoup, Tag
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import given, settings, strategies
from sqlmodel import Session, col, select

from app.core.attribution import Relation, find_attributions
from app.models import Article, Statement
from app.routes.pages import TOKEN_SLOT
from app.services import attributions
from app.services.attributions import SHORT_CHARS, StatementSpan, relations_in, shorten
from tests.conftest import LOCKED_TOKEN as TOKEN
from tests.conftest import Readers, seed_text, sign_in

HTML = {"accept": "text/html"}

# Real sentences in the style of the seed story (WIN and YWN), a nested attribution
# and a content that is only part of a statement among them.
MILITIAS = (
    "A leader of the Harakat Hezbollah Al-Nujaba militia in Iraq confirmed that the "
    "Iranian-backed militias in the country have agreed to halt their attacks on Israel. "
    "The report, published by the Al-Akhbar newspaper, cited a senior militia official "
    "who said that the militias had decided on a strategic pause. "
    "The mayor said the bridge would reopen on Friday, and police said two roads stayed closed."
)
NO_ATTRIBUTION = (
    "The bridge closed on Tuesday. Three people were rescued from cars on the riverbank.\n\n"
    "The water rose a metre overnight."
)
SCRIPT = (
    'The mayor said that <script>alert("x")</script> would close the bridge on Tuesday. '
    "Three people were rescued from cars on the riverbank."
)


def add(client: TestClient, text: str, outlet: str = "Saxony Daily") -> int:
    response = client.post(
        "/api/articles", json={"text": text, "outlet": outlet, "title": "Bridge"}
    )
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def spans(rel: Relation) -> tuple:
    return (rel.source, rel.cue, rel.content)


def stored(session: Session, article_id: int) -> tuple[str, list[Statement]]:
    article = session.get_one(Article, article_id)
    statements = session.exec(
        select(Statement).where(Statement.article_id == article_id).order_by(col(Statement.index))
    ).all()
    return article.body, list(statements)


def statement_spans(statements: list[Statement]) -> list[StatementSpan]:
    return [StatementSpan(st.id, st.index, st.start, st.end) for st in statements]  # type: ignore[arg-type]


def demo_article_ids(client: TestClient, story: int) -> list[int]:
    return [a["id"] for a in client.get(f"/api/stories/{story}").json()["articles"]]


# --- the service ------------------------------------------------------------------------


def test_statement_offsets_are_offsets_into_the_stored_body(
    client: TestClient, session: Session, demo_story: int
) -> None:
    for article_id in demo_article_ids(client, demo_story):
        body, statements = stored(session, article_id)
        assert statements
        for st in statements:
            assert body[st.start : st.end] == st.text
        assert [st.index for st in statements] == list(range(len(statements)))


@pytest.mark.parametrize("text", [seed_text("win"), seed_text("ywn"), MILITIAS])
def test_the_list_is_exactly_what_find_attributions_returns(
    client: TestClient, session: Session, text: str
) -> None:
    article_id = add(client, text)
    body, statements = stored(session, article_id)
    found = relations_in(body, statement_spans(statements))
    expected = find_attributions(body)
    assert expected, "these texts attribute claims"
    # Nothing dropped, merged or added: the same relations, as a multiset.
    shown = Counter(
        (
            tuple((p.start, p.end) for p in r.source),
            tuple((p.start, p.end) for p in r.cue),
            tuple((p.start, p.end) for p in r.content),
        )
        for r in found
    )
    assert shown == Counter(spans(r) for r in expected)
    # In text order: each relation starts where the previous one started or later.
    firsts = [min(p.start for p in (*r.source, *r.cue, *r.content)) for r in found]
    assert firsts == sorted(firsts)
    by_id = {st.id: st for st in statements}
    for rel in found:
        for piece in (*rel.source, *rel.cue, *rel.content):
            assert body[piece.start : piece.end] == piece.text
        assert rel.says == " … ".join(p.text for p in rel.cue)
        assert rel.who == (" … ".join(p.text for p in rel.source) or None)
        assert rel.what == " … ".join(p.text for p in rel.content)
        # The statements listed are exactly those the content overlaps, in page order.
        overlapping = [
            st.id
            for st in statements
            if any(p.start < st.end and st.start < p.end for p in rel.content)
        ]
        assert list(rel.statement_ids) == overlapping
        assert [s.id for s in rel.statements] == overlapping
        assert all(s.number == by_id[s.id].index + 1 for s in rel.statements)


def test_nested_and_partial_relations_from_real_sentences(
    client: TestClient, session: Session
) -> None:
    article_id = add(client, MILITIAS)
    body, statements = stored(session, article_id)
    found = relations_in(body, statement_spans(statements))
    says = {(r.who, r.says) for r in found}
    assert ("A leader of the Harakat Hezbollah Al-Nujaba militia in Iraq", "confirmed") in says
    # One sentence, two sources: two relations, each covering only part of its statement
    # (the statement is the whole sentence or one of its clauses).
    mayor = next(r for r in found if r.who == "The mayor")
    police = next(r for r in found if r.who == "police")
    assert mayor.what.startswith("the bridge would reopen")
    assert police.what.startswith("two roads stayed closed")
    for rel in (mayor, police):
        assert rel.statements, "the relation links to the statement it sits in"
        [piece] = rel.content
        assert any(
            st.start <= piece.start
            and piece.end <= st.end
            and (st.end - st.start) > len(piece.text)
            for st in statements
            if st.id in rel.statement_ids
        )


def test_a_statement_is_linked_only_when_it_shares_a_character_with_the_content() -> None:
    first = find_attributions(MILITIAS)[0]
    a, b = first.content[0]
    around = [
        StatementSpan(1, 0, 0, a),  # ends where the content starts
        StatementSpan(2, 1, b, len(MILITIAS)),  # starts where the content ends
        StatementSpan(3, 2, b - 1, b),  # holds the content's last character
        StatementSpan(4, 3, a, a + 1),  # holds its first
    ]
    rel = next(r for r in relations_in(MILITIAS, around) if r.content[0].start == a)
    assert rel.statement_ids == (3, 4)
    assert [(s.id, s.number) for s in rel.statements] == [(3, 3), (4, 4)]


@settings(max_examples=200, deadline=None)
@given(
    spans=strategies.lists(
        strategies.tuples(strategies.integers(0, len(MILITIAS)), strategies.integers(1, 80)),
        min_size=1,
        max_size=30,
    )
)
def test_linked_statements_match_a_plain_overlap_check_for_any_spans(
    spans: list[tuple[int, int]],
) -> None:
    # Any statement spans, overlapping and out of order: the index finds what checking
    # every statement against every piece finds, listed by statement number.
    statements = [
        StatementSpan(100 + i, len(spans) - i, a, min(a + n, len(MILITIAS)))
        for i, (a, n) in enumerate(spans)
    ]
    for rel in relations_in(MILITIAS, statements):
        plain = sorted(
            (
                stmt
                for stmt in statements
                if any(p.start < stmt.end and stmt.start < p.end for p in rel.content)
            ),
            key=lambda stmt: stmt.index,
        )
        assert list(rel.statement_ids) == [stmt.id for stmt in plain]


def test_an_article_with_no_attribution_has_an_empty_list(
    client: TestClient, session: Session
) -> None:
    article_id = add(client, NO_ATTRIBUTION)
    body, statements = stored(session, article_id)
    assert find_attributions(body) == []
    assert relations_in(body, statement_spans(statements)) == []


def test_long_content_is_shortened_at_a_word() -> None:
    text = "word " * 100
    short = shorten(text.strip())
    assert short is not None and short.endswith("…")
    assert len(short) <= SHORT_CHARS + 1
    assert short[:-1].split() == ["word"] * len(short[:-1].split())
    assert shorten("brief") is None
    assert attributions.JOIN == " … "


# --- the article page ------------------------------------------------------------------------


def page(client: TestClient, article_id: int, status: int = 200) -> BeautifulSoup:
    response = client.get(f"/articles/{article_id}", headers=HTML)
    assert response.status_code == status, response.text[:300]
    return BeautifulSoup(response.text, "html.parser")


def section(soup: BeautifulSoup) -> Tag:
    found = soup.select("section#attributions")
    assert len(found) == 1
    return found[0]


def test_the_article_page_lists_every_relation_with_links_to_statements(
    client: TestClient, session: Session, demo_story: int
) -> None:
    for article_id in demo_article_ids(client, demo_story):
        body, statements = stored(session, article_id)
        expected = relations_in(body, statement_spans(statements))
        soup = page(client, article_id)
        sec = section(soup)
        # After the statements.
        assert soup.select_one("ol.statements") in sec.find_all_previous("ol")
        heading = sec.select_one("h2")
        assert heading is not None and heading.get_text(strip=True).startswith("Every attribution")
        rows = sec.select("table.attributions tbody tr.attribution-row")
        assert len(rows) == len(expected) == len(find_attributions(body)) > 0
        statement_ids = {li["id"] for li in soup.select("ol.statements > li[id]")}
        numbers = {
            f"statement-{li['data-statement-id']}": n
            for n, li in enumerate(soup.select("ol.statements > li.statement-item"), start=1)
        }
        for row, rel in zip(rows, expected, strict=True):
            who = row.select_one("td.attr-who")
            assert who is not None
            if rel.who:
                name = who.select_one("span[dir=auto]")
                assert name is not None and name.get_text(strip=True) == rel.who
                refers = who.select_one(".refers-to")
                if rel.who_is:
                    assert refers is not None and refers.get_text(strip=True) == f"({rel.who_is})"
                else:
                    assert refers is None
            else:
                assert who.get_text(strip=True) == "no source named"
            cue = row.select_one("td.attr-cue span[dir=auto]")
            assert cue is not None and cue.get_text(strip=True) == rel.says
            full = row.select_one("td.attr-what .attr-full[dir=auto]")
            if rel.what:
                assert full is not None and full.get_text(strip=True) == rel.what.strip()
            else:  # no words of its own: the report it relays, or a note (tests below)
                assert full is None
                assert row.select_one("td.attr-what .attr-relays, td.attr-what .no-content")
            links = row.select("td.attr-statements a[href]")
            assert [a["href"] for a in links] == [f"#statement-{i}" for i in rel.statement_ids]
            for a in links:
                target = str(a["href"])[1:]
                assert target in statement_ids
                assert a.get_text(strip=True) == str(numbers[target])


def test_a_sourceless_relation_says_no_source_named(
    client: TestClient, session: Session, demo_story: int
) -> None:
    # WIN's "…, which reportedly has given the Iraqi militias freedom of action": a cue
    # with no source. Whichever relations the model finds without a source, each says so.
    rows_without = 0
    for article_id in demo_article_ids(client, demo_story):
        body, _ = stored(session, article_id)
        sourceless = [i for i, r in enumerate(find_attributions(body)) if not r.source]
        if not sourceless:
            continue
        soup = page(client, article_id)
        for cell in section(soup).select("td.attr-who"):
            if cell.select_one(".no-source") is not None:
                assert cell.get_text(strip=True) == "no source named"
                rows_without += 1
        assert rows_without >= len(sourceless)
    assert rows_without > 0, "the seed story has an attribution with no source named"


def test_long_content_is_shortened_with_the_whole_text_one_click_away(
    client: TestClient,
) -> None:
    long_quote = (
        "The minister said that the new hospital in the south of the city will take its first "
        "patients next week, that the project cost about twenty million dollars, that three "
        "hundred nurses and doctors have been hired from across the region, and that a second "
        "wing for children is planned to open in the spring of next year."
    )
    article_id = add(client, long_quote)
    soup = page(client, article_id)
    details = section(soup).select("td.attr-what details.attr-content")
    assert details, "a content this long is shown shortened"
    for d in details:
        short = d.select_one("summary .attr-short")
        full = d.select_one(".attr-full")
        assert short is not None and full is not None
        assert short.get_text(strip=True).endswith("…")
        assert len(short.get_text(strip=True)) < len(full.get_text(strip=True))
        assert full.get_text(strip=True).startswith(short.get_text(strip=True)[:-1].strip())


def test_article_text_is_escaped_in_the_list(client: TestClient) -> None:
    article_id = add(client, SCRIPT)
    soup = page(client, article_id)
    sec = section(soup)
    assert sec.select("script") == []
    whats = " ".join(td.get_text() for td in sec.select("td.attr-what"))
    assert '<script>alert("x")' in whats  # shown as text, not run


def test_an_article_with_no_attribution_says_so(client: TestClient) -> None:
    article_id = add(client, NO_ATTRIBUTION)
    sec = section(page(client, article_id))
    assert sec.select("table") == []
    message = sec.select_one(".no-attributions")
    assert message is not None
    assert message.get_text(strip=True).startswith("No attribution was found in this article")


def test_an_unknown_article_is_still_a_404(client: TestClient) -> None:
    for _ in range(2):
        soup = page(client, 999, 404)
        message = soup.select_one(".error-message")
        assert message is not None and message["data-status"] == "404"


# --- caching -------------------------------------------------------------------------------


def test_the_article_page_is_cached_until_a_write_changes_it(
    client: TestClient, demo_story: int
) -> None:
    cache = client.app.state.page_cache  # type: ignore[attr-defined]
    article_id = demo_article_ids(client, demo_story)[0]
    first = page(client, article_id)
    hits = cache.hits
    again = page(client, article_id)
    assert cache.hits == hits + 1
    assert len(section(again).select("tr.attribution-row")) == len(
        section(first).select("tr.attribution-row")
    )
    # The story's title shows in the breadcrumb: renaming it is seen at once.
    renamed = client.patch(f"/api/stories/{demo_story}", json={"title": "Militias pause"})
    assert renamed.status_code == 200, renamed.text
    crumb = page(client, article_id).select_one(".breadcrumb a")
    assert crumb is not None and crumb.get_text(strip=True) == "Militias pause"
    # Deleting the article: the cached page is not served for it any more.
    assert client.delete(f"/api/articles/{article_id}").status_code == 204
    page(client, article_id, 404)


def test_the_article_page_is_confirmed_with_304_while_nothing_is_written(
    client: TestClient, demo_story: int
) -> None:
    article_id = demo_article_ids(client, demo_story)[0]
    first = client.get(f"/articles/{article_id}", headers=HTML)
    etag = first.headers["etag"]
    same = client.get(f"/articles/{article_id}", headers={**HTML, "if-none-match": etag})
    assert same.status_code == 304
    add(client, NO_ATTRIBUTION, outlet="Elbe Courier")
    changed = client.get(f"/articles/{article_id}", headers={**HTML, "if-none-match": etag})
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag


def test_the_cached_article_page_is_sent_gzipped_to_browsers_that_accept_it(
    client: TestClient, demo_story: int
) -> None:
    article_id = demo_article_ids(client, demo_story)[0]
    plain = client.get(f"/articles/{article_id}", headers={**HTML, "accept-encoding": "identity"})
    zipped = client.get(f"/articles/{article_id}", headers={**HTML, "accept-encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.headers["etag"] != plain.headers["etag"]

    def rows(response) -> list[str]:  # type: ignore[no-untyped-def]
        soup = BeautifulSoup(response.text, "html.parser")
        return [tr.get_text(" ", strip=True) for tr in section(soup).select("tr.attribution-row")]

    assert rows(zipped) == rows(plain) and rows(plain)
    again = client.get(
        f"/articles/{article_id}",
        headers={**HTML, "accept-encoding": "gzip", "if-none-match": zipped.headers["etag"]},
    )
    assert again.status_code == 304


def test_signed_in_readers_each_get_their_own_token_in_the_cached_page(
    locked_app: FastAPI, readers: Readers
) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    anonymous, alice, bob = readers
    created = anonymous.post(
        "/api/articles", json={"text": MILITIAS, "outlet": "Saxony Daily"}, headers=auth
    )
    assert created.status_code == 201, created.text
    article_id = created.json()["id"]
    tokens = {"alice": sign_in(alice), "bob": sign_in(bob)}
    cache = locked_app.state.page_cache
    for _ in range(2):  # the second round is served from the cache
        seen = page(anonymous, article_id)
        assert seen.select_one("form.signout") is None
        assert section(seen).select("tr.attribution-row")
        for name, reader in (("alice", alice), ("bob", bob)):
            mine = page(reader, article_id)
            fields = mine.select("form.signout input[name=csrf]")
            assert [f["value"] for f in fields] == [tokens[name]]
            html = str(mine)
            assert TOKEN_SLOT not in html
            other = tokens["bob" if name == "alice" else "alice"]
            assert other not in html
    assert cache.hits >= 3


# --- the API ---------------------------------------------------------------------------------


def test_the_api_gives_the_same_list(client: TestClient, session: Session) -> None:
    article_id = add(client, MILITIAS)
    data = client.get(f"/api/articles/{article_id}").json()
    body, statements = stored(session, article_id)
    assert data["body"] == body
    # The existing keys are all still there.
    assert {"id", "story_id", "outlet", "title", "body", "statements", "versions"} <= set(data)
    expected = relations_in(body, statement_spans(statements))
    assert len(data["attributions"]) == len(expected) > 0
    for got, rel in zip(data["attributions"], expected, strict=True):
        assert set(got) == {"source", "refers_to", "cue", "content", "statement_ids", "relays"}
        assert got["relays"] == rel.relays
        for key in ("source", "refers_to", "cue", "content"):
            assert got[key] == [
                {"text": p.text, "start": p.start, "end": p.end} for p in getattr(rel, key)
            ]
            for piece in got[key]:
                assert body[piece["start"] : piece["end"]] == piece["text"]
        assert got["statement_ids"] == list(rel.statement_ids)
        assert set(got["statement_ids"]) <= {st["id"] for st in data["statements"]}


def test_a_who_source_says_whom_it_stands_for(
    client: TestClient, session: Session, demo_story: int
) -> None:
    """WIN's "...cited a senior militia official who said that ...": the relation's
    source is "who" (as annotated news marks it); the page and the API add whom it means."""
    for article_id in demo_article_ids(client, demo_story):
        body, _ = stored(session, article_id)
        if "a senior militia official who said" not in body:
            continue
        rows = section(page(client, article_id)).select("td.attr-who")
        assert "who (a senior militia official)" in [" ".join(r.get_text().split()) for r in rows]
        data = client.get(f"/api/articles/{article_id}").json()
        [who] = [r for r in data["attributions"] if r["refers_to"]]
        assert [p["text"] for p in who["source"]] == ["who"]
        assert [p["text"] for p in who["refers_to"]] == ["a senior militia official"]
        return
    pytest.fail("the seed story quotes a senior militia official 'who said'")


def test_the_api_list_is_empty_when_nothing_is_attributed(client: TestClient) -> None:
    article_id = add(client, NO_ATTRIBUTION)
    assert client.get(f"/api/articles/{article_id}").json()["attributions"] == []


def test_the_api_answer_is_cached_until_a_write_changes_it(
    client: TestClient, demo_story: int
) -> None:
    cache = client.app.state.page_cache  # type: ignore[attr-defined]
    article_id = demo_article_ids(client, demo_story)[0]
    first = client.get(f"/api/articles/{article_id}")
    assert first.status_code == 200 and first.headers["content-type"] == "application/json"
    hits = cache.hits
    again = client.get(f"/api/articles/{article_id}")
    assert cache.hits == hits + 1
    assert again.json() == first.json()
    renamed = client.patch(f"/api/stories/{demo_story}", json={"title": "Militias pause"})
    assert renamed.status_code == 200, renamed.text
    assert client.get(f"/api/articles/{article_id}").json()["story_title"] == "Militias pause"
    assert client.delete(f"/api/articles/{article_id}").status_code == 204
    gone = client.get(f"/api/articles/{article_id}")
    assert gone.status_code == 404
    assert gone.json()["detail"] == f"There is no article {article_id}."


# --- a report of a report ----------------------------------------------------------------


def test_an_outer_report_points_at_the_report_it_relays(
    client: TestClient, session: Session, demo_story: int
) -> None:
    """YWN opens "A leader of the ... militia in Iraq confirmed that the Iranian-backed
    militias ... have agreed to halt their attacks on Israel, the Lebanese Al-Akhbar media
    outlet reported on Monday." The extractor marks the inner report's words; the outer
    "reported" has none of its own, and the list says which row it reports instead of
    showing an empty cell."""
    [article_id] = [
        a
        for a in demo_article_ids(client, demo_story)
        if "Al-Akhbar media outlet reported" in stored(session, a)[0]
    ]
    body, statements = stored(session, article_id)
    found = relations_in(body, statement_spans(statements))
    first, second = found[0], found[1]
    assert (first.says, second.says) == ("confirmed", "reported")
    assert second.who == "the Lebanese Al-Akhbar media outlet" and not second.content
    assert second.relays == 1
    assert all(r.relays is None for r in found if r.content)
    rows = section(page(client, article_id)).select("tr.attribution-row")
    assert rows[0]["id"] == "relation-1"
    link = rows[1].select_one("td.attr-what a.attr-relays")
    assert link is not None and link["href"] == "#relation-1"
    assert link.get_text(strip=True) == "the report in row 1"
    data = client.get(f"/api/articles/{article_id}").json()
    assert data["attributions"][1]["relays"] == 1


@pytest.mark.parametrize(
    ("text", "inner", "outer", "relays"),
    [
        # only a comma between the inner report and the outer source: relayed
        ("A leader confirmed that the militias halted attacks, the outlet reported.",
         ("A leader", "confirmed", "that the militias halted attacks"),
         ("the outlet", "reported"), 1),
        # a dash will do as well
        ("Officials said the road is shut \u2014 state radio reported.",
         ("Officials", "said", "the road is shut"), ("state radio", "reported"), 1),
        # words between them: the outer cue reports something else, the cell says so
        ("Officials said the road is shut. Later, state radio reported.",
         ("Officials", "said", "the road is shut"), ("state radio", "reported"), None),
    ],
)  # fmt: skip
def test_which_report_a_contentless_relation_relays(
    text: str, inner: tuple[str, str, str], outer: tuple[str, str], relays: int | None
) -> None:
    def span(part: str) -> tuple[int, int]:
        start = text.index(part)
        return start, start + len(part)

    relations = [
        Relation((span(inner[0]),), (span(inner[1]),), (span(inner[2]),)),
        Relation((span(outer[0]),), (span(outer[1]),), ()),
    ]
    assert attributions._relayed(text, relations, 1) == relays
    assert attributions._relayed(text, relations, 0) is None


def test_a_relation_with_no_words_and_nothing_to_relay_says_so(client: TestClient) -> None:
    # The cell is never left empty: either it links the report it relays or says none.
    article_id = add(client, seed_text("ywn"))
    cells = section(page(client, article_id)).select("td.attr-what")
    assert cells
    for cell in cells:
        assert cell.get_text(strip=True), "an empty 'What' cell"

"""The full-text index follows the article table inside the same transactions."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from app.services import search_index
from app.services.articles import Submission, add_article, delete_article
from tests.conftest import row_counts, seed_text


def test_an_added_article_is_found_and_a_deleted_one_is_not(session: Session) -> None:
    added = add_article(session, Submission(text=seed_text("ywn"), outlet="Yeshiva World News"))
    article_id = added.article.id
    assert search_index.matching_articles(
        session, ["militias", "Hezbollah"], all_words=True, limit=5
    ) == [article_id]
    assert search_index.matching_articles(session, ["Yeshiva"], all_words=True, limit=5) == [
        article_id
    ]
    assert search_index.matching_articles(session, ["zebrafish"], all_words=True, limit=5) == []

    delete_article(session, article_id)  # type: ignore[arg-type]
    assert search_index.matching_articles(session, ["militias"], all_words=True, limit=5) == []


def test_any_word_ranks_the_closer_article_first(session: Session) -> None:
    ywn = add_article(
        session, Submission(text=seed_text("ywn"), outlet="Yeshiva World News")
    ).article
    other = add_article(
        session,
        Submission(
            text="Militias met in Baghdad on Monday. The talks ended without a deal.", outlet="Wire"
        ),
    ).article
    ranked = search_index.matching_articles(
        session, ["militias", "Hezbollah", "Israel", "attacks"], all_words=False, limit=5
    )
    assert ranked[:2] == [ywn.id, other.id]


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        (['"militias"'], ["militias"]),
        (["AND"], ["and"]),
        (["NEAR(", "*"], ["near"]),
        (["title:Iraq"], ["title", "Iraq"]),
    ],
)
def test_words_that_look_like_query_syntax_are_plain_words(
    session: Session, typed: list[str], plain: list[str]
) -> None:
    add_article(session, Submission(text=seed_text("ywn"), outlet="Yeshiva World News"))
    found = search_index.matching_articles(session, typed, all_words=True, limit=5)
    assert found == search_index.matching_articles(session, plain, all_words=True, limit=5)


def test_nothing_to_look_for_finds_nothing(session: Session) -> None:
    add_article(session, Submission(text=seed_text("ywn"), outlet="Yeshiva World News"))
    assert search_index.matching_articles(session, ['"', "  ", "*"], all_words=False, limit=5) == []


def test_a_failed_upload_leaves_no_index_row(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import comparison

    before = row_counts(session)

    def broken(*args: object) -> None:
        raise RuntimeError("comparison failed")

    monkeypatch.setattr(comparison, "recompute_story", broken)
    with pytest.raises(RuntimeError):
        add_article(session, Submission(text=seed_text("ywn"), outlet="Yeshiva World News"))
    assert row_counts(session) == before
    assert before["search_article"] == 0


def test_the_index_exists_on_every_database(session: Session) -> None:
    assert search_index.available(session)


def test_accents_and_case_do_not_matter(session: Session) -> None:
    added = add_article(
        session,
        Submission(
            text="Protesters gathered in Zürich on Sunday. The Café owners closed early.",
            outlet="Wire",
        ),
    ).article
    for words in (["zurich"], ["ZÜRICH"], ["cafe", "owners"]):
        assert search_index.matching_articles(session, words, all_words=True, limit=5) == [added.id]


def test_all_words_needs_every_word(session: Session) -> None:
    add_article(session, Submission(text=seed_text("ywn"), outlet="Yeshiva World News"))
    assert (
        search_index.matching_articles(session, ["militias", "zebrafish"], all_words=True, limit=5)
        == []
    )
    assert search_index.matching_articles(
        session, ["militias", "zebrafish"], all_words=False, limit=5
    )


def test_a_renamed_outlet_is_found_by_its_new_name_only(session: Session) -> None:
    added = add_article(session, Submission(text=seed_text("ywn"), outlet="Yeshiva World News"))
    search_index.rename_outlet(session, "Yeshiva World News", "Torah Daily Wire")
    session.commit()
    assert search_index.matching_articles(session, ["Torah", "Daily"], all_words=True, limit=5) == [
        added.article.id
    ]
    assert search_index.matching_articles(session, ["Yeshiva"], all_words=True, limit=5) == []
    # the body is still indexed after the outlet column was rewritten
    assert search_index.matching_articles(session, ["Hezbollah"], all_words=True, limit=5) == [
        added.article.id
    ]


def test_snippets_mark_the_matching_words(session: Session) -> None:
    added = add_article(session, Submission(text=seed_text("ywn"), outlet="Yeshiva World News"))
    article_id = added.article.id
    found = search_index.snippets(session, [article_id], ["Hezbollah"])
    pieces = found[article_id]
    assert any(matched and part.casefold() == "hezbollah" for part, matched in pieces)
    assert all(part.casefold() == "hezbollah" for part, matched in pieces if matched)
    joined = "".join(part for part, _ in pieces).replace("\u2026", "")
    assert joined.strip()[:20] in added.article.body
    assert search_index.snippets(session, [article_id], ["*"]) == {}
    assert search_index.snippets(session, [], ["Hezbollah"]) == {}


@pytest.mark.parametrize(
    "hostile", ["o'neil", "back\\slash", "a&b|c", "!not", "(x)", "'", ":*", "<->"]
)
def test_query_syntax_of_either_database_is_plain_text(session: Session, hostile: str) -> None:
    added = add_article(session, Submission(text=seed_text("ywn"), outlet="Yeshiva World News"))
    article_id = added.article.id
    found = search_index.matching_articles(session, [hostile, "militias"], all_words=False, limit=5)
    assert found == [article_id]
    pieces = search_index.snippets(session, [article_id], [hostile, "militias"])[article_id]
    assert any(matched for _, matched in pieces)

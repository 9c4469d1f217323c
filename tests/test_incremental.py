"""Adding an article aligns it into the stored claims; the result matches a full recompute.

Exactly, except where the story's word weights moved a pair across the threshold after
it was decided (see app/core/incremental.py): those tests compare which statements
share a claim and allow a few per cent of difference.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import Session, select

from app.bench.corpus import article, make_story
from app.models import Article, Claim
from app.services import comparison
from app.services.articles import Submission, add_article, delete_article
from app.services.stories import create_story
from tests.conftest import seed_text


def _claims(session: Session, story_id: int) -> list[dict[str, Any]]:
    """The stored comparison without claim ids (a full recompute renumbers them)."""
    comp = comparison.story_comparison(session, story_id)
    return [
        {
            "status": c["status"],
            "conflicts": c["conflicts"],
            "statements": [
                (s["article_id"], s["statement_id"], s["anchor"], s["diff"])
                for s in c["statements"]
            ],
        }
        for c in comp["claims"]
    ]


def _syndication(session: Session, story_id: int) -> dict[int, int | None]:
    return {
        a.id: a.syndicated_from_id  # type: ignore[misc]
        for a in session.exec(select(Article).where(Article.story_id == story_id))
    }


def _full_recompute(
    session: Session, story_id: int
) -> tuple[list[dict[str, Any]], dict[int, int | None]]:
    comparison.recompute_story(session, story_id, full=True)
    session.commit()
    return _claims(session, story_id), _syndication(session, story_id)


def _together(claims: list[dict[str, Any]]) -> set[tuple[int, int]]:
    """Pairs of statements that share a claim."""
    pairs = set()
    for c in claims:
        ids = sorted(s[1] for s in c["statements"])
        pairs.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1 :])
    return pairs


def _assert_close(incremental: list[dict[str, Any]], full: list[dict[str, Any]]) -> None:
    """Every statement placed once in both, and the pairs they group agree to 95 per cent."""
    placed = [s[1] for c in incremental for s in c["statements"]]
    assert sorted(placed) == sorted(s[1] for c in full for s in c["statements"])
    assert len(placed) == len(set(placed))
    a, b = _together(incremental), _together(full)
    assert len(a & b) / len(a | b) >= 0.95, (len(a - b), len(b - a), len(a | b))


def _claim_ids(session: Session, story_id: int) -> set[int]:
    return set(session.exec(select(Claim.id).where(Claim.story_id == story_id)).all())  # type: ignore[arg-type]


def test_seed_story_plus_added_articles_equals_full_recompute(
    session: Session, demo_story: int
) -> None:
    ywn, win = seed_text("ywn"), seed_text("win")
    win_body = win.split("\n", 1)[1]  # without the date line: undated, so it comes last
    paragraphs = [p for p in ywn.split(". ") if p]
    added = [
        # A syndicated copy of WIN's report under another name.
        Submission(text=win_body, outlet="Mirror Wire"),
        # YWN's report shortened and reworded in places.
        Submission(
            text=". ".join(paragraphs[: len(paragraphs) // 2]).replace("halt", "suspend") + ".",
            outlet="Short Desk",
        ),
        # Half of WIN's report, with a different figure and a claim of its own.
        Submission(
            text=win_body[: len(win_body) // 2]
            + "\n\nThe militias said three of their bases had been hit in the past month.",
            outlet="Third Outlet",
        ),
    ]
    for sub in added:
        before = _claim_ids(session, demo_story)
        add_article(session, _with_story(sub, demo_story))
        after = _claim_ids(session, demo_story)
        # Incremental: claims the new article did not touch keep their rows.
        assert before & after, "every claim was rewritten: the article was not added incrementally"
        stored = _claims(session, demo_story), _syndication(session, demo_story)
        assert stored == _full_recompute(session, demo_story)
    syndication = _syndication(session, demo_story)
    copy = session.exec(
        select(Article).where(Article.story_id == demo_story).order_by(Article.id)
    ).all()[2]  # type: ignore[arg-type]
    assert syndication[copy.id] is not None  # type: ignore[index]


def _with_story(sub: Submission, story_id: int) -> Submission:
    from dataclasses import replace

    return replace(sub, story_id=story_id)


def test_generated_story_built_one_upload_at_a_time_matches_full_recompute(
    session: Session,
) -> None:
    story = make_story(3, seed=5)
    story_id = create_story(session, "Generated").id
    session.commit()
    for i in range(7):
        gen = article(story, i, statements=25, seed=5)
        text = gen.text.split("\n", 1)[1]  # undated: each upload is the latest article
        add_article(session, Submission(text=text, outlet=gen.outlet, story_id=story_id))
    stored = _claims(session, story_id), _syndication(session, story_id)
    assert any(len(c["statements"]) > 3 for c in stored[0])  # facts shared by several outlets
    full = _full_recompute(session, story_id)
    _assert_close(stored[0], full[0])
    assert stored[1] == full[1]


def test_an_earlier_dated_article_recomputes_the_story(session: Session) -> None:
    story = make_story(4, seed=5)
    story_id = create_story(session, "Dated").id
    session.commit()
    for i, day in enumerate(("2024-05-03", "2024-05-04", "2024-05-01")):
        gen = article(story, i, statements=20, seed=5)
        add_article(
            session,
            Submission(
                text=gen.text.split("\n", 1)[1],
                outlet=gen.outlet,
                story_id=story_id,
                published_at=day,
            ),
        )
    first = _claims(session, story_id)
    assert first == _full_recompute(session, story_id)[0]


def test_deleting_an_article_leaves_a_full_recompute(session: Session) -> None:
    story = make_story(6, seed=5)
    story_id = create_story(session, "Deleting").id
    session.commit()
    ids = []
    for i in range(4):
        gen = article(story, i, statements=20, seed=5)
        ids.append(
            add_article(
                session,
                Submission(text=gen.text.split("\n", 1)[1], outlet=gen.outlet, story_id=story_id),
            ).article.id
        )
    delete_article(session, ids[1])
    after_delete = _claims(session, story_id)
    assert all(s[0] != ids[1] for c in after_delete for s in c["statements"])
    assert after_delete == _full_recompute(session, story_id)[0]
    # And the next upload is incremental again, still equal to a full recompute.
    gen = article(story, 9, statements=20, seed=5)
    add_article(
        session, Submission(text=gen.text.split("\n", 1)[1], outlet=gen.outlet, story_id=story_id)
    )
    assert _claims(session, story_id) == _full_recompute(session, story_id)[0]


def test_only_latest_versions_take_part(session: Session) -> None:
    story = make_story(7, seed=5)
    story_id = create_story(session, "Versions").id
    session.commit()
    ids = []
    for i in range(3):
        gen = article(story, i, statements=15, seed=5)
        ids.append(
            add_article(
                session,
                Submission(text=gen.text.split("\n", 1)[1], outlet=gen.outlet, story_id=story_id),
            ).article.id
        )
    old = session.get(Article, ids[0])
    assert old is not None
    old.superseded_by_id = ids[2]
    session.add(old)
    comparison.recompute_story(session, story_id)
    session.commit()
    articles_in_claims = {s[0] for c in _claims(session, story_id) for s in c["statements"]}
    assert articles_in_claims == {ids[1], ids[2]}


def test_stored_claims_that_do_not_fit_are_recomputed_in_full(session: Session) -> None:
    from sqlmodel import col, delete

    from app.models import ClaimMember, Statement

    story = make_story(8, seed=5)
    story_id = create_story(session, "Afresh").id
    session.commit()
    for i in range(3):
        gen = article(story, i, statements=15, seed=5)
        add_article(
            session,
            Submission(text=gen.text.split("\n", 1)[1], outlet=gen.outlet, story_id=story_id),
        )
    # A claim that has lost its members because an edit removed its statements ...
    claim_id = session.exec(select(Claim.id).where(Claim.story_id == story_id)).first()
    gone = session.exec(
        select(ClaimMember.statement_id).where(ClaimMember.claim_id == claim_id)
    ).all()
    session.exec(delete(ClaimMember).where(ClaimMember.claim_id == claim_id))  # type: ignore[call-overload]
    session.exec(delete(Statement).where(col(Statement.id).in_(gone)))  # type: ignore[call-overload]
    session.commit()
    gen = article(story, 5, statements=15, seed=5)
    add_article(
        session, Submission(text=gen.text.split("\n", 1)[1], outlet=gen.outlet, story_id=story_id)
    )
    # ... is not carried over: the story was recomputed, every claim has members again.
    assert all(c["statements"] for c in _claims(session, story_id))
    assert _claims(session, story_id) == _full_recompute(session, story_id)[0]


def test_a_large_claim_is_extended_in_place_and_matches_a_full_recompute(
    session: Session,
) -> None:
    import gc

    from app.core.compare import ANCHOR_SAMPLE
    from app.models import ClaimMember

    story = make_story(9, seed=5)
    story_id = create_story(session, "Large").id
    session.commit()
    subs = [
        Submission(
            text=article(story, i, statements=8, seed=5).text.split("\n", 1)[1],
            outlet=article(story, i, statements=8, seed=5).outlet,
            story_id=story_id,
        )
        for i in range(ANCHOR_SAMPLE + 8)
    ]
    for sub in subs[:-1]:
        add_article(session, sub)
    rows_before = {
        (m.claim_id, m.statement_id): (m.id, m.is_anchor, m.diff)
        for m in session.exec(select(ClaimMember))
    }
    largest = max(_claims(session, story_id), key=lambda c: len(c["statements"]))
    assert len(largest["statements"]) >= ANCHOR_SAMPLE  # the reusing path is taken
    assert gc.isenabled()
    add_article(session, subs[-1])
    assert gc.isenabled()  # the collector is on again after the upload
    rows_after = {
        (m.claim_id, m.statement_id): (m.id, m.is_anchor, m.diff)
        for m in session.exec(select(ClaimMember))
    }
    kept = rows_before.keys() & rows_after.keys()
    # Member rows of claims the upload extended or left alone stay as they were.
    assert len(kept) >= 0.9 * len(rows_before)
    assert all(rows_before[k][0] == rows_after[k][0] for k in kept)
    stored = _claims(session, story_id)
    full, _ = _full_recompute(session, story_id)
    _assert_close(stored, full)
    by_members = {tuple(sorted(s[1] for s in c["statements"])): c for c in full}
    same = [c for c in stored if tuple(sorted(s[1] for s in c["statements"])) in by_members]
    assert any(len(c["statements"]) > ANCHOR_SAMPLE for c in same)
    for c in same:
        assert c == by_members[tuple(sorted(s[1] for s in c["statements"]))]


def _upload_all(
    session: Session, story_id: int, number: int, count: int, n: int = 15, outlets: str = ""
) -> list[int]:
    """Upload ``count`` generated articles into a story; ``outlets`` is added to each
    outlet's name (the same text from the same outlet is a duplicate)."""
    story = make_story(number, seed=5)
    ids = []
    for i in range(count):
        gen = article(story, i, statements=n, seed=5)
        text = gen.text.split("\n", 1)[1]  # undated: each upload is the latest article
        sub = Submission(text=text, outlet=gen.outlet + outlets, story_id=story_id)
        ids.append(add_article(session, sub).article.id)
    return ids  # type: ignore[return-value]


def _rows(session: Session) -> dict[int, tuple[int, set[int]]]:
    """Each claim's stored position and member statements, by claim id."""
    from app.models import ClaimMember

    members: dict[int, set[int]] = {}
    for m in session.exec(select(ClaimMember)):
        members.setdefault(m.claim_id, set()).add(m.statement_id)
    return {c.id: (c.position, members.get(c.id, set())) for c in session.exec(select(Claim))}  # type: ignore[misc]


def test_an_upload_does_not_renumber_the_claims_it_leaves_alone(session: Session) -> None:
    story_id = create_story(session, "Positions").id
    session.commit()
    _upload_all(session, story_id, 12, 5)
    comparison.recompute_story(session, story_id, full=True)  # positions STRIDE apart
    session.commit()
    before = _rows(session)
    gen = article(make_story(12, seed=5), 7, statements=15, seed=5)
    add_article(
        session,
        Submission(text=gen.text.split("\n", 1)[1], outlet=gen.outlet, story_id=story_id),
    )
    after = _rows(session)
    untouched = [c for c in before.keys() & after.keys() if before[c][1] == after[c][1]]
    assert len(untouched) >= 0.5 * len(before)
    # The upload placed its claims between the others: no claim it left alone moved.
    assert all(before[c][0] == after[c][0] for c in untouched)
    assert len(untouched) < len(after)  # and it did join or start claims
    # ... and the story order is still the one a full recompute gives.
    stored = _claims(session, story_id)
    assert stored == _full_recompute(session, story_id)[0]


def _by_position(session: Session, claims: list[dict[str, Any]]) -> list[list[tuple[int, int]]]:
    """Each claim's members as (the article's place in upload order, the statement's index),
    so two stories built from the same uploads compare whatever their row ids."""
    from app.models import Statement

    ids = {s[1] for c in claims for s in c["statements"]}
    rows = {st.id: st for st in session.exec(select(Statement)).all() if st.id in ids}
    articles = sorted({st.article_id for st in rows.values()})
    return [
        [(articles.index(rows[s[1]].article_id), rows[s[1]].index) for s in c["statements"]]
        for c in claims
    ]


def test_statements_stored_before_their_keys_were_kept_are_filled_by_an_upload(
    session: Session,
) -> None:
    from sqlmodel import col, delete, update

    from app.core.compare import align_text
    from app.core.incremental import statement_keys
    from app.models import AlignmentSummary, Statement

    older = create_story(session, "Older rows").id
    kept = create_story(session, "Keys kept").id  # its twin, built the same way
    session.commit()
    older_articles = _upload_all(session, older, 13, 4)
    _upload_all(session, kept, 13, 4, outlets=" (twin)")
    # As rows stored before migration 0005: no terms, no whole-text digest (and so, before
    # 0006, no story summary and no claim state either).
    in_older = col(Statement.article_id).in_(older_articles)
    session.exec(update(Statement).where(in_older).values(terms=None, whole=None))  # type: ignore[call-overload]
    session.exec(delete(AlignmentSummary).where(col(AlignmentSummary.story_id) == older))  # type: ignore[call-overload]
    session.exec(update(Claim).where(col(Claim.story_id) == older).values(state=None, terms=None))  # type: ignore[call-overload]
    session.commit()
    before = _claim_ids(session, older)
    gen = article(make_story(13, seed=5), 6, statements=15, seed=5)
    for story_id, outlet in ((older, gen.outlet), (kept, gen.outlet + " (twin)")):
        add_article(
            session, Submission(text=gen.text.split("\n", 1)[1], outlet=outlet, story_id=story_id)
        )
    assert before & _claim_ids(session, older)  # still added incrementally
    rows = session.exec(select(Statement)).all()
    assert rows and all(st.terms is not None and st.whole is not None for st in rows)
    for st in rows:
        content = (st.content_start - st.start, st.content_end - st.start)
        assert (st.terms, st.whole) == statement_keys(align_text(st.text, content))
    assert session.get(AlignmentSummary, older) is not None  # made by the upload
    # Filled keys place the upload exactly as keys kept all along do ...
    stored = _claims(session, older)
    assert _by_position(session, stored) == _by_position(session, _claims(session, kept))
    assert [(c["status"], [x["type"] for x in c["conflicts"]]) for c in stored] == [
        (c["status"], [x["type"] for x in c["conflicts"]]) for c in _claims(session, kept)
    ]
    # ... and, like any upload, close to a full recompute (earlier uploads decided with
    # the word weights of their day: app.core.incremental).
    _assert_close(stored, _full_recompute(session, older)[0])


def test_a_new_version_of_an_article_recomputes_and_the_next_upload_is_incremental(
    session: Session,
) -> None:
    story = make_story(14, seed=5)
    story_id = create_story(session, "Edited").id
    session.commit()
    subs = []
    for i in range(3):
        gen = article(story, i, statements=15, seed=5)
        subs.append(
            Submission(
                text=gen.text.split("\n", 1)[1],
                outlet=gen.outlet,
                url=f"https://example.org/{i}",
                story_id=story_id,
            )
        )
        add_article(session, subs[-1])
    # The second outlet corrects its report: same URL, changed text.
    from dataclasses import replace

    edited = replace(subs[1], text=subs[1].text.replace(". ", ". Officials confirmed this. ", 1))  # type: ignore[union-attr]
    newer = add_article(session, edited).article
    assert newer.version == 2
    in_claims = {s[0] for c in _claims(session, story_id) for s in c["statements"]}
    assert newer.id in in_claims and len(in_claims) == 3  # the old version left the claims
    assert _claims(session, story_id) == _full_recompute(session, story_id)[0]
    before = _claim_ids(session, story_id)
    gen = article(story, 8, statements=15, seed=5)
    add_article(
        session,
        Submission(text=gen.text.split("\n", 1)[1], outlet=gen.outlet, story_id=story_id),
    )
    assert before & _claim_ids(session, story_id)
    assert _claims(session, story_id) == _full_recompute(session, story_id)[0]


def test_deleting_the_latest_article_then_uploading_matches_a_full_recompute(
    session: Session,
) -> None:
    story_id = create_story(session, "Delete latest").id
    session.commit()
    ids = _upload_all(session, story_id, 15, 4)
    delete_article(session, ids[-1])
    assert _claims(session, story_id) == _full_recompute(session, story_id)[0]
    gen = article(make_story(15, seed=5), 9, statements=15, seed=5)
    add_article(
        session,
        Submission(text=gen.text.split("\n", 1)[1], outlet=gen.outlet, story_id=story_id),
    )
    assert _claims(session, story_id) == _full_recompute(session, story_id)[0]
    assert _syndication(session, story_id) == _full_recompute(session, story_id)[1]


@pytest.mark.parametrize(
    ("fixed", "expected"),
    [
        ([None, 1024, None, None, 2048, None], [0, 1024, 1365, 1706, 2048, 3072]),
        ([None, None], [0, 1024]),
        ([0, None, 1], [0, 1024, 2048]),  # no room between 0 and 1: numbered afresh
        ([2048, 1024], [0, 1024]),  # kept numbers out of order: numbered afresh
        ([5, 6, None], [5, 6, 1030]),
        ([], []),
    ],
)
def test_claims_are_placed_between_their_kept_neighbours(
    fixed: list[int | None], expected: list[int]
) -> None:
    from app.services.comparison import _positions

    placed = _positions(fixed)
    assert placed == expected
    assert placed == sorted(placed) and len(set(placed)) == len(placed)
    assert all(p == f for p, f in zip(placed, fixed, strict=True) if f is not None) or (
        placed == [i * comparison.STRIDE for i in range(len(fixed))]
    )


def _summary_stored(session: Session, story_id: int) -> tuple[dict[str, Any], dict[int, str]]:
    from app.models import AlignmentSummary

    row = session.get(AlignmentSummary, story_id)
    assert row is not None
    claims = session.exec(select(Claim).where(Claim.story_id == story_id)).all()
    return row.data, {c.id: c.terms for c in claims}  # type: ignore[misc]


def _summary_afresh(session: Session, story_id: int) -> tuple[dict[str, Any], dict[int, str]]:
    """The summary made from every statement's row and the stored claims' members."""
    from app.core.incremental import StoryArticle, summarize
    from app.models import ClaimMember, Statement

    articles = session.exec(
        select(Article).where(Article.story_id == story_id, Article.superseded_by_id == None)  # noqa: E711
    ).all()
    articles = sorted(articles, key=lambda a: (a.published_at is None, a.published_at or "", a.id))
    keys = [
        StoryArticle(
            a.id,  # type: ignore[arg-type]
            tuple(
                (st.id, st.terms, st.whole)
                for st in session.exec(
                    select(Statement).where(Statement.article_id == a.id).order_by(Statement.index)  # type: ignore[arg-type]
                )
            ),
        )
        for a in articles
    ]
    members: dict[int, list[tuple[int, int]]] = {}
    for m in session.exec(select(ClaimMember).order_by(ClaimMember.id)):  # type: ignore[arg-type]
        members.setdefault(m.claim_id, []).append((m.article_id, m.statement_id))
    summary = summarize(keys, members.items())
    return summary.to_json(), {c.claim: c.terms for c in summary.claims}


def test_the_story_summary_stays_what_the_rows_say_through_uploads_and_deletes(
    session: Session,
) -> None:
    story_id = create_story(session, "Summary").id
    session.commit()
    story = make_story(16, seed=5)
    ids = []
    for i in range(7):
        gen = article(story, i, statements=15, seed=5)
        text = gen.text.split("\n", 1)[1]
        ids.append(
            add_article(
                session, Submission(text=text, outlet=gen.outlet, story_id=story_id)
            ).article.id
        )
        assert _summary_stored(session, story_id) == _summary_afresh(session, story_id)
    delete_article(session, ids[2])  # an earlier article: the story is recomputed in full
    assert _summary_stored(session, story_id) == _summary_afresh(session, story_id)
    gen = article(story, 9, statements=15, seed=5)
    text = gen.text.split("\n", 1)[1]
    add_article(session, Submission(text=text, outlet=gen.outlet, story_id=story_id))
    assert _summary_stored(session, story_id) == _summary_afresh(session, story_id)


def test_a_summary_that_no_longer_fits_the_claims_is_made_again(session: Session) -> None:
    from sqlmodel import update

    from app.models import AlignmentSummary

    story_id = create_story(session, "Stale").id
    session.commit()
    _upload_all(session, story_id, 17, 4)
    data, _ = _summary_stored(session, story_id)
    # A summary of another shape (an older version) is not read: it is made from the rows.
    session.exec(update(AlignmentSummary).values(data={**data, "version": 0}))  # type: ignore[call-overload]
    session.commit()
    before = _claim_ids(session, story_id)
    gen = article(make_story(17, seed=5), 6, statements=15, seed=5)
    add_article(
        session, Submission(text=gen.text.split("\n", 1)[1], outlet=gen.outlet, story_id=story_id)
    )
    assert before & _claim_ids(session, story_id)  # still incremental
    assert _summary_stored(session, story_id) == _summary_afresh(session, story_id)
    assert _claims(session, story_id) == _full_recompute(session, story_id)[0]


def test_a_denial_joining_a_large_claim_matches_a_full_recompute(session: Session) -> None:
    """A large claim (its state kept) gains an outlet calling its content false, then
    one more outlet stating it: the uploads' stored conflicts are those of a full
    recompute, and the claim shows the denial as a negation conflict."""
    from app.core.compare import ANCHOR_SAMPLE

    story = make_story(9, seed=5)
    story_id = create_story(session, "Large, denied").id
    session.commit()
    gens = [article(story, i, statements=8, seed=5) for i in range(ANCHOR_SAMPLE + 8)]
    for gen in gens[:-1]:
        text = gen.text.split("\n", 1)[1]
        add_article(session, Submission(text=text, outlet=gen.outlet, story_id=story_id))
    largest = max(_claims(session, story_id), key=lambda c: len(c["statements"]))
    assert len(largest["statements"]) >= ANCHOR_SAMPLE  # the reusing path is taken
    comp = comparison.story_comparison(session, story_id)
    texts = {s["statement_id"]: s["text"] for c in comp["claims"] for s in c["statements"]}
    anchor = next(s[1] for s in largest["statements"] if s[2])
    content = texts[anchor].rstrip(".")
    denial = f"It is not true that {content[:1].lower()}{content[1:]}."
    add_article(session, Submission(text=denial, outlet="Fact Check", story_id=story_id))
    last = gens[-1]
    add_article(
        session,
        Submission(text=last.text.split("\n", 1)[1], outlet=last.outlet, story_id=story_id),
    )
    stored = _claims(session, story_id)
    comp = comparison.story_comparison(session, story_id)
    (claim,) = [c for c in comp["claims"] if any(s["text"] == denial for s in c["statements"])]
    assert len(claim["statements"]) > ANCHOR_SAMPLE
    negations = [c["detail"] for c in claim["conflicts"] if c["type"] == "negation"]
    assert negations and negations[0].startswith('denied in Fact Check ("not true that ')
    assert "), affirmed in " in negations[0]
    assert claim["status"] == "conflict"
    full, _ = _full_recompute(session, story_id)
    _assert_close(stored, full)
    by_members = {tuple(sorted(s[1] for s in c["statements"])): c for c in full}
    key = tuple(sorted(s["statement_id"] for s in claim["statements"]))
    (same,) = [c for c in stored if tuple(sorted(s[1] for s in c["statements"])) == key]
    assert same == by_members[key]


def test_an_upload_joins_the_claims_citing_its_sources_as_a_full_recompute_does(
    session: Session,
) -> None:
    """Session 50, the Southport riots: Reuters' "South Yorkshire Police said 12 officers
    were injured" reads closer to the BBC's "Merseyside Police said 53 officers were
    injured" than to its "South Yorkshire Police said at least 10", and joined it
    ("53 vs 12 officers"). An upload joins the claims citing its sources, as a full
    recompute does."""
    story_id = create_story(session, "Riots").id
    session.commit()
    bbc = (
        "Rioters attack asylum hotel in Rotherham\n\n"
        "South Yorkshire Police said at least 10 officers had been injured, one of them "
        "knocked unconscious.\n\n"
        "On Tuesday, a crowd threw bricks and bottles at police near a mosque in Southport. "
        "Merseyside Police said 53 officers were injured."
    )
    reuters = (
        "Rioters attack hotel housing asylum seekers in England\n\n"
        "Hundreds of people attacked the Holiday Inn Express near Rotherham. South Yorkshire "
        "Police said 12 officers were injured.\n\n"
        "On the day after the stabbing, a crowd attacked a mosque in Southport. Merseyside "
        "Police said 39 officers were injured, 27 of whom were taken to hospital."
    )
    for text, outlet in [(bbc, "BBC"), (reuters, "Reuters")]:
        add_article(session, Submission(text=text, outlet=outlet, story_id=story_id))
    comp = comparison.story_comparison(session, story_id)
    counts = sorted(
        sorted(s["text"].split(" said ")[1][:2] for s in c["statements"])
        for c in comp["claims"]
        if len(c["statements"]) == 2 and "officers" in c["statements"][0]["text"]
    )
    assert counts == [["12", "at"], ["39", "53"]]
    details = [x["detail"] for c in comp["claims"] for x in c["conflicts"]]
    assert "53 vs 39 officers" in details
    assert not any("South Yorkshire Police" in d for d in details)
    assert _claims(session, story_id) == _full_recompute(session, story_id)[0]

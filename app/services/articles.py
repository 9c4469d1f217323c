"""Adding and removing articles: ingest, store, recompute, all in one transaction."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from urllib.parse import urlsplit

from sqlalchemy import insert
from sqlmodel import Session, col, select

from app.core import attribution_network, ingest
from app.core.attribution import attribute
from app.core.compare import align_text
from app.core.incremental import statement_keys
from app.core.segment import segment
from app.core.text import reads_as_english
from app.models import Article, Outlet, Statement, Story, utcnow
from app.services import attributions, comparison, search_index, stories, versions
from app.services.errors import Duplicate, InvalidInput, NotFound

MAX_OUTLET_NAME = 120
_UNPRINTABLE = frozenset({"Cc", "Cs", "Co", "Cn"})  # Cf stays: bidi marks and joiners matter


@dataclass(frozen=True, slots=True)
class Submission:
    """An article as a person submits it: exactly one of text or html."""

    text: str | None = None
    html: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published_at: date | datetime | str | None = None
    story_id: int | None = None
    outlet_short_name: str | None = None
    fallback_outlet: str | None = None  # used only when neither the person nor the copy names one


@dataclass(frozen=True, slots=True)
class Added:
    article: Article
    outlet: Outlet
    story: Story
    statements: int
    new_story: bool


def add_article(session: Session, sub: Submission, *, recompute: bool = True) -> Added:
    """Store a submitted article and recompute its story; all of it or nothing.

    ``recompute=False`` is for bulk imports, which recompute each touched story once
    per batch instead (see app.services.importer).
    """
    draft = read_submission(sub)
    try:
        outlet = resolve_outlet(
            session, sub.outlet, draft, sub.outlet_short_name, fallback=sub.fallback_outlet
        )
        dup = find_duplicate(session, outlet, draft)
        if dup is not None:
            raise Duplicate(
                f"This article is already stored (article {dup.id}, {outlet.name}).", dup.id or 0
            )
        # The same URL from the same outlet with changed text is a new version of that
        # article: it joins the previous version's story and supersedes it.
        previous = versions.previous_version_of(session, outlet.id, draft.url)  # type: ignore[arg-type]
        if previous is not None:
            story, new_story = session.get_one(Story, previous.story_id), False
        else:
            story, new_story = _story_for(session, sub.story_id, draft)
        article, n = store_draft(
            session, draft, story, outlet, version=previous.version + 1 if previous else 1
        )
        if previous is not None:
            previous.superseded_by_id = article.id
            session.add(previous)
        story.updated_at = utcnow()
        if recompute:
            comparison.recompute_story(session, story.id)  # type: ignore[arg-type]
        session.commit()
    except BaseException:
        session.rollback()
        raise
    session.refresh(article)
    return Added(article, outlet, story, n, new_story)


def store_draft(
    session: Session, draft: ingest.ArticleDraft, story: Story, outlet: Outlet, version: int = 1
) -> tuple[Article, int]:
    """Store a parsed article with its statements and search-index row (no recompute, no
    commit); returns the article and its number of statements."""
    article = Article(
        story_id=story.id,  # type: ignore[arg-type]
        outlet_id=outlet.id,  # type: ignore[arg-type]
        title=draft.title,
        byline=draft.byline,
        url=draft.url,
        published_at=draft.published_at.isoformat() if draft.published_at else None,
        standfirst=draft.standfirst,
        signature=draft.signature,
        body=draft.body,
        content_hash=draft.content_hash,
        version=version,
    )
    session.add(article)
    session.flush()
    n = store_statements(session, article, outlet)
    search_index.index_article(session, article.id, article.title, outlet.name, article.body)  # type: ignore[arg-type]
    return article, n


def read_submission(sub: Submission) -> ingest.ArticleDraft:
    """Parse and validate a submission into a draft, or raise InvalidInput."""
    if (sub.text is None) == (sub.html is None):
        raise InvalidInput(
            "Give the article either as text or as HTML, not both or neither.", "text"
        )
    try:
        if sub.html is not None:
            draft = ingest.parse_html(sub.html, url=sub.url)
        else:
            draft = ingest.parse_text(sub.text or "")
        draft = ingest.validate(draft)
    except ingest.IngestError as exc:
        raise InvalidInput(str(exc), "html" if sub.html is not None else "text") from exc
    published = _published(sub.published_at) if sub.published_at else draft.published_at
    title = _clean_line(sub.title, "title", 500) if sub.title else draft.title
    url = _check_url(sub.url) if sub.url else draft.url
    return replace(draft, title=title, url=url, published_at=published)


def delete_article(session: Session, article_id: int) -> None:
    """Remove an article; its story's comparison is recomputed (an emptied story goes too).

    Deleting the latest version of an article makes the previous version the latest
    again; deleting an earlier version leaves the comparison as it is.
    """
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"There is no article {article_id}.")
    story_id = article.story_id
    try:
        was_latest = versions.unlink(session, article)
        if was_latest:
            comparison.clear_story(session, story_id)
        for copy in session.exec(select(Article).where(Article.syndicated_from_id == article_id)):
            copy.syndicated_from_id = None
        search_index.unindex_article(session, article_id)
        session.delete(article)
        session.flush()
        remaining = session.exec(select(Article.id).where(Article.story_id == story_id)).first()
        story = session.get(Story, story_id)
        if remaining is None and story is not None:
            session.delete(story)
        elif story is not None and was_latest:
            story.updated_at = utcnow()
            comparison.recompute_story(session, story_id)
        session.commit()
    except BaseException:
        session.rollback()
        raise


def find_duplicate(session: Session, outlet: Outlet, draft: ingest.ArticleDraft) -> Article | None:
    """The stored article this draft repeats exactly: same text from the same outlet or URL."""
    same_text = select(Article).where(Article.content_hash == draft.content_hash)
    if outlet.id is not None:
        hit = session.exec(same_text.where(Article.outlet_id == outlet.id)).first()
        if hit:
            return hit
    if draft.url:
        return session.exec(same_text.where(Article.url == draft.url)).first()
    return None


# --- outlets --------------------------------------------------------------------


def resolve_outlet(
    session: Session,
    name: str | None,
    draft: ingest.ArticleDraft,
    short_name: str | None = None,
    fallback: str | None = None,
) -> Outlet:
    """The outlet an article came from: as named, or as its content or URL names it."""
    domain = _domain(draft.url)
    if name is not None:
        name = _clean_line(name, "outlet", MAX_OUTLET_NAME)
    if fallback is not None:
        fallback = _clean_line(fallback, "outlet", MAX_OUTLET_NAME)
    # A name the person gave wins; the content's hints are only for when none was given,
    # and the fallback only when the content names none either.
    candidates = [name] if name else [n for n in (draft.site_name, draft.outlet_hint) if n]
    for candidate in candidates:
        found = _find_outlet(session, candidate)
        if found:
            return _fill(found, short_name, domain)
    if domain and not name:
        found = session.exec(select(Outlet).where(Outlet.domain == domain)).first()
        # An outlet first named by a byline or a person ("Ynetnews") meets its domain.
        found = found or _find_outlet(session, domain)
        if found:
            return _fill(found, short_name, domain)
    if fallback and not candidates and (found := _find_outlet(session, fallback)):
        return _fill(found, short_name, domain)
    chosen = name or draft.site_name or draft.outlet_hint or fallback or domain
    if not chosen:
        raise InvalidInput(
            "We could not tell which outlet published this article. Give the outlet's name.",
            "outlet",
        )
    outlet = Outlet(
        name=chosen,
        name_key=ingest.fold_name(chosen),
        short_name=_clean_line(short_name, "outlet", 40) if short_name else _short_name(chosen),
        domain=domain,
    )
    session.add(outlet)
    session.flush()
    return outlet


def _find_outlet(session: Session, name: str) -> Outlet | None:
    key = ingest.fold_name(name)
    if not key:
        return None
    found = session.exec(select(Outlet).where(Outlet.name_key == key)).first()
    if found:
        return found
    # Every outlet's names as plain rows (an upload from a new outlet reads them all).
    outlets = session.exec(
        select(Outlet.id, Outlet.name, Outlet.short_name, Outlet.domain).order_by(col(Outlet.id))
    ).all()
    # A desk signature names the outlet by its short name ("YWN").
    for outlet_id, _, short_name, _ in outlets:
        if short_name and ingest.fold_name(short_name) == key:
            return session.get(Outlet, outlet_id)
    # Spellings of one name: "www.ynetnews.com", "Ynetnews", "Ynet News", "The Ynet News".
    # (outlet_key is a pure function, memoised: an upload from a new outlet keys every
    # stored outlet's names, the same few hundred strings each time.)
    compact = outlet_key(name)
    if len(compact) < 3:
        return None
    for outlet_id, *names in outlets:
        if compact in {outlet_key(n) for n in names if n}:
            return session.get(Outlet, outlet_id)
    return None


_DOMAIN_RE = re.compile(
    r"^(?:https?://)?(?:www\d?\.)?([\w-]+(?:\.[\w-]+)*?)(?:\.[a-z]{2,6}){1,2}(?::\d+)?/?$"
)


@lru_cache(maxsize=8192)
def outlet_key(name: str) -> str:
    """One key for the spellings of an outlet's name, its domain included.

    >>> {outlet_key(n) for n in ("www.ynetnews.com", "Ynetnews", "Ynet News", "the Ynet news")}
    {'ynetnews'}
    >>> outlet_key("bbc.co.uk"), outlet_key("The Times of Israel")
    ('bbc', 'timesofisrael')
    """
    folded = ingest.fold_name(name) if " " in name.strip() else name.strip().lower()
    m = _DOMAIN_RE.match(folded) if " " not in folded else None
    if m:
        folded = m.group(1)
    folded = re.sub(r"^the\s+", "", folded)
    return re.sub(r"[\W_]+", "", folded)


def _fill(outlet: Outlet, short_name: str | None, domain: str | None) -> Outlet:
    if short_name and not outlet.short_name:
        outlet.short_name = short_name
    if domain and not outlet.domain:
        outlet.domain = domain
    return outlet


# Particles of names in Romance and Germanic languages ("Folha de S.Paulo").
_NAME_PARTICLES = frozenset(
    ["de", "da", "do", "dos", "das", "del", "della", "delle", "dei", "di", "la", "le", "les",
     "el", "los", "las", "du", "des", "van", "von", "der", "den"]
)  # fmt: skip


def _short_name(name: str) -> str:
    """Initials for a several-word name ("World Israel News" -> "WIN", "The New York
    Times" -> "NYT": a leading "The" is no initial), else the name ("The Daily
    Telegraph", "NHK World-Japan": a hyphened compound is one word, not "NWJ"; "Folha de
    S.Paulo", "Corriere della Sera": a name with a Romance or Germanic particle is no
    acronym, where "Voice of America" is "VOA")."""
    parts = [p for p in name.split() if p and p[0].isalnum()]
    if parts and parts[0].lower() == "the":
        parts = parts[1:]
    if len(parts) >= 3 and not any(p in _NAME_PARTICLES for p in parts):
        return "".join(p[0] for p in parts).upper()[:8]
    return name[:40]


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


# --- stories --------------------------------------------------------------------


def _story_for(
    session: Session, story_id: int | None, draft: ingest.ArticleDraft
) -> tuple[Story, bool]:
    if story_id is not None:
        story = session.get(Story, story_id) if 0 < story_id <= stories.MAX_ID else None
        if story is None:
            raise InvalidInput(
                f"There is no story {story_id}. Choose an existing story, or none.", "story_id"
            )
        return story, False
    found = stories.find_story_for(session, draft)
    if found is not None:
        return found, False
    return stories.create_story(session, stories.title_for(draft)), True


def store_statements(session: Session, article: Article, outlet: Outlet) -> int:
    """Segment, attribute and store an article's statements: one batch insert."""
    body = article.body
    segments = segment(body)
    self_names = [n for n in (outlet.name, outlet.short_name) if n]
    rows = []
    for i, (seg, attr) in enumerate(
        zip(segments, attribute(body, segments, self_names), strict=True)
    ):
        text = body[seg.start : seg.end]
        terms, whole = statement_keys(
            align_text(text, (attr.content_span[0] - seg.start, attr.content_span[1] - seg.start))
        )
        rows.append(
            {
                "article_id": article.id,
                "index": i,
                "start": seg.start,
                "end": seg.end,
                "paragraph": seg.paragraph,
                "text": text,
                "quote": attr.quote,
                "source": attr.source,
                "cue": attr.cue,
                "via": attr.via,
                "kind": attr.kind,
                "hedged": attr.hedged,
                "carried": attr.carried,
                "source_as_written": attr.source_as_written,
                "source_start": attr.source_span[0] if attr.source_span else None,
                "source_end": attr.source_span[1] if attr.source_span else None,
                "cue_start": attr.cue_span[0] if attr.cue_span else None,
                "cue_end": attr.cue_span[1] if attr.cue_span else None,
                "content_start": attr.content_span[0],
                "content_end": attr.content_span[1],
                "terms": terms,
                "whole": whole,
            }
        )
    if rows:
        session.execute(insert(Statement.__table__), rows)  # type: ignore[attr-defined]
    article.attribution_tagger = attribution_network.name()
    return len(segments)


# --- field checks -------------------------------------------------------------------


def _clean_line(value: str, field: str, limit: int) -> str:
    """One line of plain text: control characters removed, spaces collapsed, length capped."""
    text = "".join(ch for ch in value if unicodedata.category(ch) not in _UNPRINTABLE)
    text = " ".join(text.split())
    if not text:
        raise InvalidInput(f"The {field} is empty.", field)
    if len(text) > limit:
        raise InvalidInput(f"The {field} is too long (at most {limit} characters).", field)
    return text


def _published(value: date | datetime | str) -> date | datetime:
    if isinstance(value, date):
        return value
    parsed = ingest.parse_date(value)
    if parsed is None:
        raise InvalidInput(
            f"'{value}' is not a date. Use the form YYYY-MM-DD, optionally with a time.",
            "published_at",
        )
    return parsed


def _check_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput("The URL must start with http:// or https:// and name a host.", "url")
    return url


# --- reading ------------------------------------------------------------------------


def article_detail(session: Session, article_id: int) -> dict:
    """An article with its outlet, story, statements with their attribution, and every
    attribution relation found in its body (``attributions``)."""
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"There is no article {article_id}.")
    outlet = session.get(Outlet, article.outlet_id)
    story = session.get(Story, article.story_id)
    statements = session.exec(
        select(Statement).where(Statement.article_id == article_id).order_by(col(Statement.index))
    ).all()
    return {
        "id": article.id,
        "story_id": article.story_id,
        "story_title": story.title if story else None,
        "outlet": outlet.name if outlet else None,
        "outlet_id": article.outlet_id,
        "title": article.title,
        "display_title": article.title or ingest.headline_from(article.body),
        "byline": article.byline,
        "url": article.url,
        "published_at": article.published_at,
        "standfirst": article.standfirst,
        "signature": article.signature,
        "syndicated_from": article.syndicated_from_id,
        "body": article.body,
        "created_at": article.created_at,
        "version": article.version,
        "superseded_by": article.superseded_by_id,
        "attribution_tagger": article.attribution_tagger,
        "attributions_tagger": attribution_network.name(),
        "attribution_read": (read := reads_as_english(article.body)),
        "versions": versions.article_versions(session, article),
        "statements": [
            {
                "id": st.id,
                "index": st.index,
                "start": st.start,
                "end": st.end,
                "paragraph": st.paragraph,
                "text": st.text,
                "quote": st.quote,
                "carried": st.carried,
                "attribution": comparison.attribution_dict(st) | {"read": read},
            }
            for st in statements
        ],
        "attributions": attributions.relations_in(
            article.body,
            [attributions.StatementSpan(st.id, st.index, st.start, st.end) for st in statements],  # type: ignore[arg-type]
        ),
    }

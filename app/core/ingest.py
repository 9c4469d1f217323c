"""Turn raw copy (pasted text or an HTML page) into an ArticleDraft.

Real copy carries metadata mixed into the text: a leading ``date 2024-12-23``
line, a standfirst, a ``By ...`` byline, a trailing desk signature such as
``(YWN Israel Desk – Jerusalem)``. They are recognised and lifted out so that
none of them becomes a statement of the body.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from app.core.text import clean, fold, tokens, words

MAX_TITLE_WORDS = 20
MIN_BODY_WORDS = 3


class IngestError(ValueError):
    """The input cannot become an article; the message is meant for a person."""


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """An article as read from its copy, before it is stored."""

    body: str
    title: str | None = None
    byline: str | None = None
    standfirst: str | None = None
    published_at: date | datetime | None = None
    signature: str | None = None
    site_name: str | None = None
    url: str | None = None
    outlet_hint: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.body)


_DATE_LINE_RE = re.compile(
    r"\A\s*(?:date|dated|published)\s*:?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\b[ \t]*",
    re.IGNORECASE,
)
_BYLINE_RE = re.compile(r"^\s*By\s+(\S.{0,100}?)\s*$")
# A byline some outlets print without "By", below the headline: "Sarah Butler",
# "Damian Carrington Environment editor", "Angelique Chrisafis in Avignon".
_NAME = r"[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}"
_UNMARKED_BYLINE_RE = re.compile(
    rf"^\s*({_NAME}(?:,?\s+(?:and|&)\s+(?:{_NAME}|agencies))?"
    r"(?:\s+(?:in|at)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}"
    r"|\s+(?:[a-z]+\s+)?(?:editor|correspondent|reporter|writer|columnist|critic)(?:\s+at\s+large)?)?)\s*$"
)
_SIGNATURE_RE = re.compile(r"\s*\(([^()\n.!?]{2,80})\)\s*\Z")
_CREDIT_LINE_RE = re.compile(
    r"^\s*(?:\(?(?:Reporting|Additional reporting|Writing|Editing) by\b.*|[-\u2013\u2014]\s*[A-Z][\w .&'-]{1,40})\s*$"
)
_DESK_WORDS_RE = re.compile(
    r"\s*\b(Desk|Staff|Bureau|Newsroom|Reporters?|Correspondents?|Wires?)\b.*", re.IGNORECASE
)
_SENTENCE_END = (".", "!", "?", "\u201d", '"', "\u2019")


def content_hash(body: str) -> str:
    """A hash of the body that ignores case, spacing and typographic variants."""
    return hashlib.sha256(" ".join(words(body)).encode()).hexdigest()


def parse_text(raw: str) -> ArticleDraft:
    """Read pasted copy, lifting out date line, title, standfirst, byline and signature.

    >>> d = parse_text("date 2024-12-23 Lede words here.\\n\\nBy Staff\\n\\nBody text goes here.")
    >>> d.published_at, d.standfirst, d.byline, d.body
    (datetime.date(2024, 12, 23), 'Lede words here.', 'Staff', 'Body text goes here.')
    """
    text = clean(raw)
    published: date | datetime | None = None
    m = _DATE_LINE_RE.match(text)
    if m:
        published = parse_date(m.group(1))
        text = text[m.end() :]

    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    title, standfirst, byline = None, None, None

    byline_at = next(
        (i for i, p in enumerate(paragraphs[:4]) if _BYLINE_RE.match(p) and len(p.split()) <= 12),
        None,
    )
    if byline_at is None:
        byline_at = _unmarked_byline_at(paragraphs)
    if byline_at is not None:
        by = _BYLINE_RE.match(paragraphs[byline_at]) or _UNMARKED_BYLINE_RE.match(
            paragraphs[byline_at]
        )
        byline = by.group(1)  # type: ignore[union-attr]
        header = paragraphs[:byline_at]
        paragraphs = paragraphs[byline_at + 1 :]
        if header and _looks_like_title(header[0]) and (len(header) > 1 or not published):
            title = header.pop(0)
        if header:
            standfirst = "\n\n".join(header)
    elif len(paragraphs) > 1 and _looks_like_title(paragraphs[0]):
        title = paragraphs.pop(0)

    signature = None
    credits: list[str] = []
    while paragraphs and _CREDIT_LINE_RE.match(paragraphs[-1]) and len(paragraphs) > 1:
        credits.insert(0, paragraphs.pop().strip())
    if paragraphs:
        sig = _SIGNATURE_RE.search(paragraphs[-1])
        # A signature needs copy before it, in its own paragraph or the last one.
        if sig and len(sig.group(1).split()) <= 8 and (sig.start() > 0 or len(paragraphs) > 1):
            signature = sig.group(1).strip()
            paragraphs[-1] = paragraphs[-1][: sig.start()].rstrip()
            if not paragraphs[-1]:
                paragraphs.pop()
    if credits and not signature:
        signature = " ".join(credits)

    body = "\n\n".join(paragraphs)
    return ArticleDraft(
        body=body,
        title=title,
        byline=byline,
        standfirst=standfirst,
        published_at=published,
        signature=signature,
        outlet_hint=_outlet_hint(byline, signature),
    )


def parse_html(html: str, url: str | None = None) -> ArticleDraft:
    """Extract the article from an HTML page with trafilatura, then read it as text.

    Scripts, styles and markup never reach the stored text: only the text content
    of the page does. Metadata comes from the page itself: the JSON-LD article
    (headline, author, publisher, ``datePublished`` with its time, which
    trafilatura cuts to the day), else Open Graph and the markup. A saved page
    names its own address (canonical link or ``og:url``), used when none is given.
    """
    import trafilatura

    html = clean(html)
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # No guessing from copyright lines or URLs: a wrong date is worse than none.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) or _plain_text(html)
    if not text.strip():
        raise IngestError("The page has no readable article text.")
    meta = json_ld_meta(html)
    title = getattr(doc, "title", None) or meta.get("headline") or None
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if title and lines and _same_words(lines[0], title, prefix=True):
        first, n = lines[0].strip(), len(words(title))
        toks = tokens(first)
        if _looks_like_title(first) or len(toks) <= n:
            title = first if len(first) >= len(title) else title
            lines = lines[1:]
        else:  # the headline ran into the first paragraph: lift it off, keep the rest
            lines[0] = first[toks[n - 1].end :].lstrip(" :-\u2013\u2014")
    draft = parse_text("\n\n".join(lines))
    doc_date = getattr(doc, "date", None)
    published = meta.get("datePublished") or (
        parse_date(doc_date) if isinstance(doc_date, str) else None
    )
    author = meta.get("author") or getattr(doc, "author", None) or None
    site = meta.get("publisher") or getattr(doc, "sitename", None) or None
    if site and _is_host_name(site):
        site = None  # trafilatura's stand-in from the address: the domain rule decides
    page_url = url or _web_address(getattr(doc, "url", None)) or _web_address(meta.get("url"))
    return replace(
        draft,
        title=title or draft.title,
        byline=draft.byline or author,
        published_at=published or draft.published_at,
        site_name=site,
        url=page_url,
        outlet_hint=draft.outlet_hint or _outlet_hint(author, None),
    )


def json_ld_meta(html: str) -> dict:
    """The article metadata a page declares in JSON-LD: headline, author, publisher, date, url.

    >>> json_ld_meta('<script type="application/ld+json">{"@type": "NewsArticle", '
    ...   '"author": [{"name": "A B"}, {"name": "C D"}], "publisher": {"name": "Ynet"}, '
    ...   '"datePublished": "2024-12-23T14:05:00Z"}</script>')["author"]
    'A B and C D'
    """
    found: dict = {}
    for block in re.finditer(
        r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", html, re.DOTALL | re.IGNORECASE
    ):
        try:
            data = json.loads(block.group(1))
        except ValueError:
            continue
        nodes = _walk_json(data)
        articles = [n for n in nodes if _is_article(n)] or nodes
        for item in articles:
            value = item.get("datePublished")
            if "datePublished" not in found and isinstance(value, str) and (d := parse_date(value)):
                found["datePublished"] = d
            for key in ("headline", "url"):
                if key not in found and isinstance(item.get(key), str) and item[key].strip():
                    found[key] = " ".join(item[key].split())
            if "author" not in found and (names := _names(item.get("author"))):
                found["author"] = " and ".join(names)
            if "publisher" not in found and (names := _names(item.get("publisher"))):
                found["publisher"] = names[0]
    return found


_ARTICLE_TYPES = (
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "BlogPosting",
    "AnalysisNewsArticle",
)


def _is_article(node: dict) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(k in _ARTICLE_TYPES for k in kinds if isinstance(k, str))


def _names(value: object) -> list[str]:
    """Names in a JSON-LD person/organisation value: a string, an object, or a list of them."""
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not name.strip().startswith("http"):
            out.append(" ".join(name.split()))
    return out


def _is_host_name(name: str) -> bool:
    """'ynetnews.com', 'localhost:8000': an address, not a name a site gives itself."""
    name = name.strip()
    if not re.fullmatch(r"[\w-]+(?:\.[\w-]+)*(?::\d+)?", name):
        return False
    return "." in name or ":" in name or name.lower() == "localhost"


def _web_address(value: object) -> str | None:
    if isinstance(value, str) and re.match(r"https?://[^\s/]+", value.strip()):
        return value.strip()
    return None


def parse_date(value: str) -> date | datetime | None:
    """Parse an ISO date or date-time; None when it is not one.

    >>> parse_date("2024-12-23"), parse_date("2024-12-23T14:05:00+02:00").hour, parse_date("Monday")
    (datetime.date(2024, 12, 23), 14, None)
    """
    value = value.strip()
    try:
        if len(value) <= 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _unmarked_byline_at(paragraphs: list[str]) -> int | None:
    """Where a byline without "By" stands: after the headline (and a standfirst), before the body.

    >>> _unmarked_byline_at(["Hottest year on record", "Sarah Butler", "The year was hot."])
    1
    >>> _unmarked_byline_at(["The year was hot.", "Sarah Butler", "It was."]) is None
    True
    """
    if len(paragraphs) < 3 or not _looks_like_title(paragraphs[0]):
        return None
    for i in (1, 2):
        if i + 1 < len(paragraphs) and _UNMARKED_BYLINE_RE.match(paragraphs[i]):
            return i
        if not _looks_like_title(paragraphs[i]):  # body copy has begun; a standfirst may come first
            return None
    return None


def _looks_like_title(paragraph: str) -> bool:
    n = len(paragraph.split())
    return 0 < n <= MAX_TITLE_WORDS and not paragraph.rstrip().endswith(_SENTENCE_END[:3])


def _outlet_hint(byline: str | None, signature: str | None) -> str | None:
    """The outlet a desk signature or staff byline names: "(YWN Israel Desk)" -> "YWN"."""
    for candidate in (signature, byline):
        m = _DESK_WORDS_RE.search(candidate or "")
        if not candidate or not m:
            continue
        name = candidate[: m.start()].strip(" -\u2013\u2014,").split()
        # "YWN Israel Desk": the word before "Desk" names the desk, not the outlet.
        if m.group(1).lower() == "desk" and len(name) > 1:
            name = name[:-1]
        if name:
            return " ".join(name)
    return None


def _same_words(a: str, b: str, prefix: bool = False) -> bool:
    wa, wb = words(a), words(b)
    if prefix:
        n = min(len(wa), len(wb))
        return n > 0 and wa[:n] == wb[:n]
    return wa == wb


def _walk_json(data: object) -> list[dict]:
    found: list[dict] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _plain_text(html: str) -> str:
    """Text of a fragment trafilatura declines (too short): scripts and styles dropped."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):  # type: ignore[attr-defined]
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template|//iframe"):
        bad.drop_tree()
    blocks = root.xpath("//p|//h1|//h2|//h3|//li|//blockquote")
    parts = [b.text_content().strip() for b in blocks] if blocks else [root.text_content()]
    return "\n".join(p for p in parts if p)


def validate(draft: ArticleDraft) -> ArticleDraft:
    """Refuse drafts that carry no article: the message says what was wrong."""
    if not draft.body.strip():
        raise IngestError(
            "The article has no text. Paste the article, or choose a file that holds it."
        )
    if len(words(draft.body)) < MIN_BODY_WORDS:
        raise IngestError("The article is too short to compare: give at least one full sentence.")
    return draft


def fold_name(name: str) -> str:
    """A key under which an outlet's spellings meet ("The Times" / "the times")."""
    return " ".join(words(fold(name)))


def decode_upload(data: bytes) -> str:
    """Decode an uploaded file: UTF-8 (with or without BOM), UTF-16 with BOM, or Latin-1.

    Binary files are refused with a message, never stored.

    >>> decode_upload("caf\\u00e9".encode("utf-16")), decode_upload("caf\\u00e9".encode("latin-1"))
    ('café', 'café')
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError("The file says it is UTF-16 but is not valid UTF-16.") from exc
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise IngestError(
            "This looks like a binary file (an image, PDF or document), not text or HTML. "
            "Save the article as plain text or HTML and upload that."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Not UTF-8: Windows-1252 is what such news files almost always are, and it
        # decodes Latin-1's printable range the same way.
        return data.decode("cp1252", errors="replace")


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.05


def looks_like_html(text: str, filename: str | None = None) -> bool:
    """Whether an upload is HTML: by its file name, else by its first tag."""
    if filename and filename.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    if filename and filename.lower().endswith(".txt"):
        return False
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div"))


def headline_from(body: str, max_words: int = 14) -> str:
    """A stand-in headline for copy that names none: its first sentence, shortened.

    >>> headline_from("A leader of the militia confirmed the halt. More text.", max_words=5)
    'A leader of the militia…'
    """
    from app.core.segment import segment

    segments = segment(body)
    first = segments[0].text(body) if segments else body
    words_ = first.split()
    text = " ".join(words_[:max_words])
    return text + "\u2026" if len(words_) > max_words else text

"""The one Jinja environment: autoescape, static_url() with content hashes, filters."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import jinja2
from fastapi.templating import Jinja2Templates

from app.config import Settings
from app.services.story_page import when_label

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_DIR = ROOT / "templates"
STATIC_DIR = ROOT / "static"

KIND_LABELS = {
    "person": "Named person",
    "organization": "Organisation",
    "media": "Media outlet",
    "anonymous": "Anonymous source",
    "self": "The outlet itself",
    "none": "Unattributed",
}
STATUS_LABELS = {
    "agreement": "All agree",
    "variation": "Worded differently",
    "conflict": "Conflict",
    "single": "Only one outlet",
}


@lru_cache(maxsize=256)
def _file_hash(path: str, mtime: float) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


def static_url(name: str) -> str:
    """URL of a static file with its content hash, so it can be cached forever."""
    path = STATIC_DIR / name
    version = _file_hash(str(path), path.stat().st_mtime) if path.is_file() else "missing"
    return f"/static/{name}?v={version}"


def make_templates(settings: Settings) -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined if settings.debug else jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = when_label  # '2024-12-22 06:00', or the date alone
    env.globals.update(
        static_url=static_url,
        open_mode=settings.open_mode,
        KIND_LABELS=KIND_LABELS,
        STATUS_LABELS=STATUS_LABELS,
    )
    return Jinja2Templates(env=env)

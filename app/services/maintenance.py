"""Keeping the data safe: consistent backups of a live database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

from app.config import Settings


class BackupError(RuntimeError):
    """The backup could not be made; the message says why."""


def backup_sqlite(settings: Settings, target: Path) -> int:
    """Copy the SQLite database to ``target`` with SQLite's online backup; returns pages copied.

    The copy is consistent even while other processes write: SQLite restarts the
    copy of any page that changes under it. PostgreSQL has pg_dump for this.
    """
    url = make_url(settings.database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise BackupError("`db backup` copies SQLite files; for PostgreSQL use pg_dump.")
    source_path = Path(url.database)
    if not source_path.exists():
        raise BackupError(f"There is no database at {source_path}.")
    if target.exists():
        raise BackupError(f"{target} already exists; choose a new file name.")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=30)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest, pages=256)
        ok = dest.execute("PRAGMA integrity_check").fetchone()[0]
        pages = dest.execute("PRAGMA page_count").fetchone()[0]
    finally:
        dest.close()
        source.close()
    if ok != "ok":
        target.unlink(missing_ok=True)
        raise BackupError(f"The copy failed its integrity check ({ok}); nothing was kept.")
    return int(pages)

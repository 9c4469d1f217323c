"""The database engine, SQLite pragmas and the session dependency.

Writes are serialised per database, on SQLite and PostgreSQL alike. A request that
may write (any method but GET, HEAD, OPTIONS) gets a *writer* session whose every
transaction starts by taking the database's write lock: ``BEGIN IMMEDIATE`` on
SQLite, a transaction-level advisory lock on PostgreSQL. So the reads a write
depends on (is this a duplicate? which outlet, which story? what does the story
hold now?) see everything committed before it, and two uploads can never both
create the same outlet or recompute one story from different snapshots, whether
they run in one worker process or several. Readers never wait for writers.

Every transaction that writes (any connection, writer or not: the ORM, raw SQL, the
CLI) also raises the database's *write generation* (table ``write_generation``,
migration 0004) by one, inside that transaction, so the two commit together. A page
cache keyed by the generation (app/services/page_cache.py) can never serve a page
from before a committed write, in any process.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

from app.config import Settings

WRITE_OPTION = "parallax_write"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# pg_advisory_xact_lock key for "a write transaction": any fixed 64-bit number, the
# same in every process ('Parallax' in ASCII).
PG_WRITE_LOCK = 0x506172616C6C6178
# How long a write waits for the ones ahead of it before it fails ("database is locked").
WRITE_WAIT_SECONDS = 60


def make_engine(settings: Settings) -> Engine:
    """An engine for the configured database; SQLite gets WAL, foreign keys, a busy timeout."""
    url = make_url(settings.database_url)
    if url.get_backend_name() != "sqlite":
        engine = create_engine(url, pool_pre_ping=True)
        _lock_writes(engine, f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")
        _count_writes(engine)
        return engine
    in_memory = url.database in (None, "", ":memory:")
    if not in_memory:
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {
        "connect_args": {"check_same_thread": False, "timeout": WRITE_WAIT_SECONDS}
    }
    if in_memory:
        kwargs["poolclass"] = StaticPool
    else:  # connections are cheap; a write waiting its turn holds one, readers need the rest
        kwargs.update(pool_size=20, max_overflow=20)
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        if not in_memory:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={WRITE_WAIT_SECONDS * 1000}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    if not in_memory:
        queue = _write_queue(str(Path(str(url.database)).resolve()))
        _lock_writes(engine, "BEGIN IMMEDIATE", queue=queue)
    _count_writes(engine)
    return engine


GENERATION_TABLE = "write_generation"
_WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "UPSERT")
_WRITES_IN_WITH = re.compile(r"\b(INSERT|UPDATE|DELETE)\b")
_COUNTED = "parallax_write_counted"
_GENERATION_EXISTS = {
    "sqlite": f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{GENERATION_TABLE}'",
    "postgresql": f"SELECT 1 WHERE to_regclass('{GENERATION_TABLE}') IS NOT NULL",
}
BUMP_GENERATION = f"UPDATE {GENERATION_TABLE} SET value = value + 1"


def writes(statement: str) -> bool:
    """Whether an SQL statement may change data (a ``WITH`` counts if it holds a write)."""
    head = statement.lstrip()[:7].upper()
    if head.startswith(_WRITE_VERBS):
        return True
    return head.startswith("WITH") and _WRITES_IN_WITH.search(statement.upper()) is not None


def _count_writes(engine: Engine) -> None:
    """Raise the write generation once in every transaction that writes (see the module doc).

    Before the first data-changing statement of a transaction (INSERT, UPDATE, DELETE,
    REPLACE, whoever sends it), the same DBAPI connection runs ``BUMP_GENERATION``:
    the bump is part of that transaction, committed or rolled back with it. The table
    is looked for first, so databases not yet at migration 0004 (and the migrations
    themselves) work unchanged. A rolled-back savepoint forgets the bump, so the next
    write in the transaction bumps again (a second bump is harmless; a missing one
    would not be). On an AUTOCOMMIT connection every statement commits by itself, so
    the bump comes just *after* each write: a reader may then see the new data under
    the old generation (harmless, it is newer), never old data under the new one.
    """
    exists = _GENERATION_EXISTS.get(engine.dialect.name, _GENERATION_EXISTS["postgresql"])

    def bump(cursor: Any) -> None:
        own = cursor.connection.cursor()
        try:
            own.execute(exists)
            if own.fetchone() is not None:
                own.execute(BUMP_GENERATION)
        finally:
            own.close()

    def autocommit(conn: Connection) -> bool:
        return conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT"

    @event.listens_for(engine, "before_cursor_execute")
    def _before(
        conn: Connection, cursor: Any, statement: str, params: Any, context: Any, many: bool
    ) -> None:
        if conn.info.get(_COUNTED) or not writes(statement) or autocommit(conn):
            return
        conn.info[_COUNTED] = True
        bump(cursor)

    @event.listens_for(engine, "after_cursor_execute")
    def _after(
        conn: Connection, cursor: Any, statement: str, params: Any, context: Any, many: bool
    ) -> None:
        if autocommit(conn) and writes(statement):
            bump(cursor)

    def _forget(conn: Connection, *_args: Any) -> None:
        conn.info.pop(_COUNTED, None)

    for name in ("begin", "commit", "rollback", "rollback_savepoint"):
        event.listen(engine, name, _forget)


def _lock_writes(engine: Engine, statement: str, queue: FairLock | None = None) -> None:
    """Start every transaction of a writer connection with ``statement`` (see the module doc).

    With a ``queue`` (SQLite), writers of this process first line up in it: SQLite's own
    busy handler retries by polling, so under steady writes an unlucky writer can lose
    every retry until it times out. Queued writers get the database in arrival order,
    and each waits only for the writes ahead of it. The turn is handed on when the
    transaction ends (commit or rollback) or, failing that, when the connection goes
    back to the pool.
    """

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        if not conn.get_execution_options().get(WRITE_OPTION):
            return
        if queue is None:
            conn.exec_driver_sql(statement)
            return
        if not queue.acquire(WRITE_WAIT_SECONDS):
            raise sqlite3.OperationalError(
                f"database is locked: other writes kept it busy for {WRITE_WAIT_SECONDS} s"
            )
        conn.info[_HOLDS_TURN] = queue
        try:
            conn.exec_driver_sql(statement)
        except BaseException:
            _hand_on(conn.info)
            raise

    if queue is None:
        return

    @event.listens_for(engine, "commit")
    def _commit(conn: Connection) -> None:
        _hand_on(conn.info)

    @event.listens_for(engine, "rollback")
    def _rollback(conn: Connection) -> None:
        _hand_on(conn.info)

    @event.listens_for(engine, "checkin")
    def _checkin(_dbapi_conn: Any, record: Any) -> None:
        _hand_on(record.info)


_HOLDS_TURN = "parallax_write_turn"


def _hand_on(info: dict[str, Any]) -> None:
    queue = info.pop(_HOLDS_TURN, None)
    if queue is not None:
        queue.release()


class FairLock:
    """A lock handed to its waiters in arrival order (first come, first served)."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._held = False
        self._waiters: deque[threading.Event] = deque()

    def acquire(self, timeout: float) -> bool:
        with self._mutex:
            if not self._held:
                self._held = True
                return True
            turn = threading.Event()
            self._waiters.append(turn)
        if turn.wait(timeout):
            return True
        with self._mutex:
            if turn.is_set():  # handed over just as we gave up: we hold it after all
                return True
            self._waiters.remove(turn)
            return False

    def release(self) -> None:
        with self._mutex:
            if self._waiters:
                self._waiters.popleft().set()  # stays held, by the next in line
            else:
                self._held = False


_queues: dict[str, FairLock] = {}
_queues_mutex = threading.Lock()


def _write_queue(path: str) -> FairLock:
    """One queue per database file, shared by every engine of this process."""
    with _queues_mutex:
        return _queues.setdefault(path, FairLock())


def writer(engine: Engine) -> Engine:
    """The same engine and pool, but every transaction takes the database's write lock."""
    return engine.execution_options(**{WRITE_OPTION: True})


def writer_session(engine: Engine) -> Session:
    """A session for work that writes (uploads, edits, imports): see the module doc."""
    return Session(writer(engine))


def get_session(request: Request) -> Iterator[Session]:
    engine = request.app.state.engine
    if request.method not in SAFE_METHODS:
        engine = writer(engine)
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


HAND_MANAGED_TABLES = frozenset({"app_secret", GENERATION_TABLE})


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic autogenerate filter: full-text tables (FTS5 and shadows), app_secret and
    write_generation are managed by hand in the migrations."""
    if type_ != "table" or name is None:
        return True
    return not (name.startswith("search_") or name in HAND_MANAGED_TABLES)


def stored_secret(settings: Settings, name: str = "signing") -> str:
    """A secret made once by migration 0003 and kept in the database (table app_secret).

    Every process using the database reads the same value, so cookies signed by one
    worker are accepted by the others.
    """
    engine = make_engine(settings)
    try:
        with engine.connect() as conn:
            value = conn.execute(
                text("SELECT value FROM app_secret WHERE name = :name"), {"name": name}
            ).scalar_one_or_none()
    finally:
        engine.dispose()
    if not value:
        raise RuntimeError(
            "The database has no signing secret: run `parallax db upgrade` (or set PARALLAX_SECRET_KEY)."
        )
    return str(value)

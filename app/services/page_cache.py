"""Rendered pages kept in memory, never served after a write has changed what they show.

A page is stored under its *generation*: the database's write generation (table
``write_generation``, migration 0004), which every committed write raises by one in
the same transaction (app/db.py). A request reads the generation first (one small
query), then looks the page up under it; a page rendered from data read after that
generation was read shows that generation's data or newer, so whatever any process
wrote last, a request never gets a page from before it. Each worker process keeps
its own cache; the generation in the database is what they agree on.

A page is held as its encoded parts around one per-request value (the CSRF token),
so the expensive part is shared while the token never passes between users. The
cache is bounded by bytes and forgets the least recently used pages first; a new
generation drops the pages of older ones, which no request can ask for again.
"""

from __future__ import annotations

import gzip
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Generation:
    """Where the database's writes have got to: (epoch, counter)."""

    epoch: str
    value: int

    def __str__(self) -> str:
        return f"{self.epoch}.{self.value}"


GENERATION_QUERY = "SELECT epoch, value FROM write_generation WHERE id = 1"


def generation(session: Session) -> Generation:
    """The database's current write generation (read it before reading the data)."""
    row = session.execute(text(GENERATION_QUERY)).one()
    return Generation(str(row[0]), int(row[1]))


def read_generation(engine: Engine) -> Generation:
    """The same, on a connection of its own (cheaper than a session)."""
    with engine.connect() as conn:
        row = conn.exec_driver_sql(GENERATION_QUERY).one()
    return Generation(str(row[0]), int(row[1]))


@dataclass(frozen=True, slots=True)
class Page:
    """A rendered page as encoded parts; the per-request value goes between them.

    A page with no per-request part is also kept gzip-compressed (``of``), for the
    browsers that accept it: a 20-article story page is about 1.2 MB of HTML.
    """

    parts: tuple[bytes, ...]
    gzipped: bytes | None = None

    @classmethod
    def of(cls, parts: tuple[bytes, ...]) -> Page:
        single = len(parts) == 1
        return cls(parts, gzip.compress(parts[0], compresslevel=6, mtime=0) if single else None)

    @property
    def size(self) -> int:
        return sum(len(p) for p in self.parts) + len(self.gzipped or b"")

    def body(self, value: bytes) -> bytes:
        return self.parts[0] if len(self.parts) == 1 else value.join(self.parts)


class PageCache:
    """Rendered pages by (generation, key), least recently used out first, bounded by bytes."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._pages: OrderedDict[tuple[Generation, Hashable], Page] = OrderedDict()
        self._bytes = 0
        self._latest: Generation | None = None
        self._mutex = threading.Lock()
        self._making: dict[tuple[Generation, Hashable], threading.Lock] = {}
        self.hits = 0
        self.misses = 0

    @property
    def size(self) -> int:
        """Bytes held."""
        return self._bytes

    def __len__(self) -> int:
        return len(self._pages)

    def get(self, gen: Generation, key: Hashable) -> Page | None:
        with self._mutex:
            page = self._pages.get((gen, key))
            if page is not None:
                self._pages.move_to_end((gen, key))
                self.hits += 1
            return page

    def get_or_make(self, gen: Generation, key: Hashable, make: Callable[[], Page]) -> Page:
        """The page for ``key`` at ``gen``, made once by one request while others wait."""
        page = self.get(gen, key)
        if page is not None:
            return page
        with self._mutex:
            turn = self._making.setdefault((gen, key), threading.Lock())
        with turn:
            page = self.get(gen, key)
            if page is not None:
                return page
            try:
                with self._mutex:
                    self.misses += 1
                page = make()
                self.put(gen, key, page)
            finally:
                with self._mutex:
                    self._making.pop((gen, key), None)
        return page

    def put(self, gen: Generation, key: Hashable, page: Page) -> None:
        with self._mutex:
            latest = self._latest
            if latest is not None and gen.epoch == latest.epoch and gen.value < latest.value:
                return  # read before a newer write: nobody will ask for it again
            if gen != latest:
                self._latest = gen
                for old in [k for k in self._pages if k[0] != gen]:
                    self._bytes -= self._pages.pop(old).size
            if page.size > self.max_bytes:
                return
            previous = self._pages.pop((gen, key), None)
            if previous is not None:
                self._bytes -= previous.size
            self._pages[(gen, key)] = page
            self._bytes += page.size
            while self._bytes > self.max_bytes:
                _, dropped = self._pages.popitem(last=False)
                self._bytes -= dropped.size

    def clear(self) -> None:
        with self._mutex:
            self._pages.clear()
            self._bytes = 0
            self._latest = None

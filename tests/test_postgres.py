"""PostgreSQL behaviour: the migrations on a real server, its search index, and what
every worker process must share (run on both databases where it takes ``settings``)."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config
from itsdangerous import BadSignature
from sqlalchemy import text
from sqlmodel import Session, select

from app.cli import ROOT, migrate
from app.config import Settings
from app.db import make_engine
from app.services import search_index


def _alembic(url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = url
    config.attributes["configure_logger"] = False
    return config


@pytest.mark.postgres
def test_0003_indexes_articles_stored_before_it(postgres_url: str) -> None:
    command.upgrade(_alembic(postgres_url), "0002")
    engine = make_engine(Settings(database_url=postgres_url))
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO outlet (id, name, name_key, created_at) "
                "VALUES (1, 'Le Monde', 'le monde', now())"
            )
        )
        conn.execute(
            text(
                "INSERT INTO story (id, title, slug, created_at, updated_at) "
                "VALUES (1, 'Strike', 'strike', now(), now())"
            )
        )
        conn.execute(
            text(
                "INSERT INTO article (id, story_id, outlet_id, title, body, content_hash, created_at, version) "
                "VALUES (7, 1, 1, 'Grève à Genève', 'Les employés ont arrêté le travail.', 'h', now(), 1)"
            )
        )
    command.upgrade(_alembic(postgres_url), "head")
    with Session(engine) as session:
        assert search_index.matching_articles(
            session, ["greve", "geneve"], all_words=True, limit=5
        ) == [7]
        assert search_index.matching_articles(session, ["Monde"], all_words=True, limit=5) == [7]
        session.execute(text("DELETE FROM article WHERE id = 7"))
        session.commit()
        assert session.execute(text("SELECT count(*) FROM search_article")).scalar_one() == 0
    command.downgrade(_alembic(postgres_url), "0002")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT to_regclass('search_article')")).scalar() is None
    engine.dispose()


@pytest.mark.postgres
def test_the_search_table_has_a_gin_index(postgres_url: str) -> None:
    settings = Settings(database_url=postgres_url)
    migrate(settings)
    engine = make_engine(settings)
    with engine.connect() as conn:
        indexes = (
            conn.execute(text("SELECT indexdef FROM pg_indexes WHERE tablename = 'search_article'"))
            .scalars()
            .all()
        )
    engine.dispose()
    assert any("USING gin (document)" in d for d in indexes)


def test_every_process_signs_with_the_secret_stored_by_the_migrations(settings: Settings) -> None:
    from app import security

    migrate(settings)
    engine = make_engine(settings)
    with engine.connect() as conn:
        stored = conn.execute(
            text("SELECT value FROM app_secret WHERE name = 'signing'")
        ).scalar_one()
    engine.dispose()
    assert len(stored) >= 40
    security._stored_secrets.clear()  # as a freshly started worker
    first = security.session_cookie(settings)
    security._stored_secrets.clear()
    other_worker = Settings(database_url=settings.database_url)
    assert security.signing_secret(other_worker) == stored
    assert security._signer(other_worker, "session").loads(first) == {"writer": True}
    # an explicit PARALLAX_SECRET_KEY wins, and cookies signed with another key fail
    explicit = Settings(database_url=settings.database_url, secret_key="k" * 40)
    assert security.signing_secret(explicit) == "k" * 40
    with pytest.raises(BadSignature):
        security._signer(explicit, "session").loads(first)


def test_migrating_again_keeps_the_secret(settings: Settings) -> None:
    migrate(settings)
    engine = make_engine(settings)
    query = text("SELECT value FROM app_secret")
    with engine.connect() as conn:
        before = conn.execute(query).scalars().all()
    migrate(settings)
    with engine.connect() as conn:
        after = conn.execute(query).scalars().all()
    engine.dispose()
    assert before == after and len(after) == 1


def test_concurrent_uploads_naming_one_new_outlet_store_it_once(settings: Settings) -> None:
    """Writer sessions take the database's write lock, so check-then-insert cannot race."""
    import threading

    from app.db import writer_session
    from app.models import Article, Outlet
    from app.services.articles import Submission, add_article
    from tests.load.articles import article

    migrate(settings)
    engine = make_engine(settings)
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def upload(serial: int) -> None:
        piece = article(2, serial)
        with writer_session(engine) as session:
            start.wait()
            try:
                add_article(session, Submission(text=piece.text, outlet="Brand New Outlet"))
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

    threads = [threading.Thread(target=upload, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with Session(engine) as session:
        outlets = session.exec(select(Outlet).where(Outlet.name == "Brand New Outlet")).all()
        articles = session.exec(select(Article)).all()
    engine.dispose()
    assert errors == []
    assert len(outlets) == 1
    assert len(articles) == 4 and {a.outlet_id for a in articles} == {outlets[0].id}


def test_queued_sqlite_writers_get_their_turn_in_arrival_order() -> None:
    import threading

    from app.db import FairLock

    lock = FairLock()
    assert lock.acquire(1)
    order: list[int] = []
    threads = []
    for n in range(5):
        thread = threading.Thread(
            target=lambda n=n: (lock.acquire(30), order.append(n), lock.release())
        )
        thread.start()
        threads.append(thread)
        while len(lock._waiters) < n + 1:  # wait until this one is queued
            threading.Event().wait(0.001)
    lock.release()
    for thread in threads:
        thread.join()
    assert order == [0, 1, 2, 3, 4]
    assert lock.acquire(0.01)
    assert not lock.acquire(0.01)  # held: a waiter gives up after its timeout...
    assert not lock._waiters  # ...and leaves the queue
    lock.release()


def test_a_writer_session_hands_on_its_turn_however_it_ends(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.db import _write_queue, writer_session

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'turns.db'}")
    migrate(settings)
    engine = make_engine(settings)
    queue = _write_queue(str((tmp_path / "turns.db").resolve()))
    for end in ("commit", "rollback", "close"):
        session = writer_session(engine)
        session.execute(text("SELECT count(*) FROM story"))
        assert queue._held, "a writer transaction holds the turn"
        getattr(session, end)()
        session.close()
        assert not queue._held, f"{end} handed the turn on"
    with Session(engine) as reader:
        reader.execute(text("SELECT count(*) FROM story"))
        assert not queue._held, "readers never take a turn"
    engine.dispose()

#!/usr/bin/env python3
"""A throwaway PostgreSQL server for tests, from Debian's PostgreSQL server programs.

    python3 scripts/pg_throwaway.py start        # prints shell lines to eval
    python3 scripts/pg_throwaway.py stop DIR     # stops the server and removes DIR

``start`` makes a temporary directory owned by the ``postgres`` user, runs
``initdb`` and ``pg_ctl start`` as that user (the server refuses to run as root),
listening on 127.0.0.1 at a free port and on a socket inside the directory, then
creates a role ``parallax`` (allowed to create databases, so each test can have a
fresh one) with a random password and a database ``parallax`` it owns. It prints

    export PARALLAX_TEST_POSTGRES_URL=postgresql+psycopg://parallax:...@127.0.0.1:PORT/parallax
    export PARALLAX_PG_DIR=/tmp/parallax-pg-...

so ``eval "$(python3 scripts/pg_throwaway.py start)"`` sets both. Standard library only:
CI runs it before the virtualenv exists.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

PG_USER = "postgres"
ROLE = "parallax"
DATABASE = "parallax"


def pg_bin() -> Path:
    """The newest installed PostgreSQL server programs (Debian keeps them off PATH)."""
    override = os.environ.get("PARALLAX_PG_BIN")
    if override:
        return Path(override)
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3])
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise SystemExit(
        "No PostgreSQL server programs found: install Debian's postgresql-15 "
        "(apt-get install postgresql-15) or set PARALLAX_PG_BIN."
    )


def as_postgres(args: list[str], **kwargs: object) -> subprocess.CompletedProcess:
    """Run a program as the postgres user (directly when we already are that user)."""
    if os.geteuid() == 0:
        args = ["runuser", "-u", PG_USER, "--", *args]
    elif pwd.getpwuid(os.geteuid()).pw_name != PG_USER:
        args = ["sudo", "-n", "-u", PG_USER, *args]
    return subprocess.run(args, check=True, **kwargs)  # type: ignore[call-overload]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start() -> tuple[str, Path]:
    """Start a server; return its URL and its directory."""
    bindir = pg_bin()
    base = Path(tempfile.mkdtemp(prefix="parallax-pg-"))
    pg = pwd.getpwnam(PG_USER)
    if os.geteuid() == 0:
        os.chown(base, pg.pw_uid, pg.pw_gid)
    base.chmod(0o700)
    data, sock = base / "data", base
    password = secrets.token_urlsafe(18)
    port = free_port()
    quiet = {"stdout": subprocess.DEVNULL}
    as_postgres(
        [
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            PG_USER,
            "--auth-local=trust",  # the socket lives in a 0700 directory only postgres can enter
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        **quiet,
    )
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={sock} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
        # no autovacuum: its workers would keep the tests from dropping their databases
        "-c autovacuum=off"
    )
    as_postgres(
        [
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(base / "server.log"),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        ],
        **quiet,
    )
    sql = (
        f"CREATE ROLE {ROLE} LOGIN CREATEDB PASSWORD '{password}';\n"
        f"CREATE DATABASE {DATABASE} OWNER {ROLE};\n"
    )
    as_postgres(
        [
            str(bindir / "psql"),
            "-h",
            str(sock),
            "-p",
            str(port),
            "-U",
            PG_USER,
            "-d",
            "postgres",
            "-v",
            "ON_ERROR_STOP=1",
            "-q",
            "-f",
            "-",
        ],
        input=sql.encode(),
        **quiet,
    )
    url = f"postgresql+psycopg://{ROLE}:{password}@127.0.0.1:{port}/{DATABASE}"
    return url, base


def stop(base: Path) -> None:
    """Stop the server in this directory (if running) and remove the directory."""
    data = base / "data"
    if (data / "postmaster.pid").exists():
        as_postgres(
            [str(pg_bin() / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            stdout=subprocess.DEVNULL,
        )
    shutil.rmtree(base, ignore_errors=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["start"]:
        url, base = start()
        print(f"export PARALLAX_TEST_POSTGRES_URL={url}")
        print(f"export PARALLAX_PG_DIR={base}")
        return 0
    if len(argv) == 2 and argv[0] == "stop":
        base = Path(argv[1])
        if not base.name.startswith("parallax-pg-"):
            print(f"refusing to remove {base}: not a throwaway server directory", file=sys.stderr)
            return 2
        stop(base)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

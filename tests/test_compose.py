"""docker-compose.yml and the Dockerfile are wired together correctly.

Docker cannot run here, so this reads both files and checks what `docker compose
config` and a build would rely on: the services, their wiring, the environment the
app reads, the health checks and the ports.
"""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

import pytest
import yaml
from sqlalchemy.engine import make_url

from app.config import Settings

REPO = Path(__file__).resolve().parent.parent
VARIABLE = re.compile(r"\$\{(\w+)(?::([-?])([^}]*))?\}")


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's ${VAR}, ${VAR:-default} and ${VAR:?error} substitution."""

    def one(match: re.Match[str]) -> str:
        name, kind, arg = match.groups()
        if env.get(name):
            return env[name]
        if kind == "-":
            return arg
        raise KeyError(f"{name} is required: {arg}")

    return VARIABLE.sub(one, value)


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def dockerfile() -> list[str]:
    lines = (REPO / "Dockerfile").read_text().replace("\\\n", " ").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def test_the_app_waits_for_a_healthy_postgres(compose: dict) -> None:
    services = compose["services"]
    assert set(services) == {"app", "db"}
    db, app = services["db"], services["app"]
    assert db["image"].startswith("postgres:15")
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert app["depends_on"]["db"]["condition"] == "service_healthy"
    assert app["build"] == "."
    assert (REPO / "Dockerfile").is_file()
    volume = db["volumes"][0].split(":")
    assert volume[0] in compose["volumes"] and volume[1] == "/var/lib/postgresql/data"


def test_the_app_reaches_the_database_the_db_service_creates(compose: dict) -> None:
    db, app = compose["services"]["db"], compose["services"]["app"]
    env = {"PARALLAX_API_TOKEN": "a-token-of-enough-length"}
    url = make_url(interpolate(app["environment"]["PARALLAX_DATABASE_URL"], env))
    assert url.drivername == "postgresql+psycopg"
    assert url.host == "db" and url.port == 5432
    assert url.username == db["environment"]["POSTGRES_USER"]
    assert url.database == db["environment"]["POSTGRES_DB"]
    assert url.password == interpolate(db["environment"]["POSTGRES_PASSWORD"], env)
    # with a password chosen by the operator, both services get the same one
    chosen = {**env, "POSTGRES_PASSWORD": "s3cret"}
    assert make_url(interpolate(app["environment"]["PARALLAX_DATABASE_URL"], chosen)).password == (
        interpolate(db["environment"]["POSTGRES_PASSWORD"], chosen)
    )
    settings = Settings(
        database_url=url.render_as_string(hide_password=False),
        api_token=interpolate(app["environment"]["PARALLAX_API_TOKEN"], env),
    )
    assert not settings.is_sqlite and not settings.open_mode


def test_the_token_is_required_because_the_app_listens_publicly(compose: dict) -> None:
    app = compose["services"]["app"]
    with pytest.raises(KeyError, match="PARALLAX_API_TOKEN"):
        interpolate(app["environment"]["PARALLAX_API_TOKEN"], {})
    command = app["command"]
    assert command[:2] == ["parallax", "serve"]
    assert command[command.index("--host") + 1] == "0.0.0.0"
    assert "--allow-public" not in command
    assert int(command[command.index("--workers") + 1]) >= 2
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["parallax"] == "app.cli:main"


def test_ports_and_health_checks_agree(compose: dict, dockerfile: list[str]) -> None:
    app = compose["services"]["app"]
    port = app["command"][app["command"].index("--port") + 1]
    published = app["ports"][0].split(":")
    assert published[0] == "127.0.0.1" and published[-1] == port
    assert f"EXPOSE {port}" in dockerfile
    assert f"127.0.0.1:{port}/healthz" in " ".join(app["healthcheck"]["test"])
    healthcheck = next(line for line in dockerfile if line.startswith("HEALTHCHECK"))
    assert f"127.0.0.1:{port}/healthz" in healthcheck


def test_the_image_is_multi_stage_non_root_and_has_the_postgres_driver(
    dockerfile: list[str],
) -> None:
    stages = [line for line in dockerfile if line.startswith("FROM ")]
    assert len(stages) >= 2
    users = [line.split()[1] for line in dockerfile if line.startswith("USER ")]
    assert users and users[-1] not in ("root", "0")
    # build arguments at their defaults (`docker compose up --build` passes none)
    args = dict(
        line.split(None, 1)[1].split("=", 1) for line in dockerfile if line.startswith("ARG ")
    )
    installs = " ".join(line for line in dockerfile if "pip install" in line)
    installs = re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], installs)
    extra = re.search(r"\.\[([\w,]+)\]", installs)
    assert extra, "the image installs the project with an extra"
    extras = tomllib.loads((REPO / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    chosen = extra.group(1).split(",")
    assert all(name in extras for name in chosen), chosen
    assert any(dep.startswith("psycopg") for name in chosen for dep in extras[name])
    for line in dockerfile:
        if line.startswith("COPY ") and "--from" not in line:
            for source in shlex.split(line)[1:-1]:
                assert (REPO / source).exists(), f"the Dockerfile copies {source}, which is missing"
    cmd = next(line for line in dockerfile if line.startswith("CMD "))
    assert '"parallax", "serve"' in cmd

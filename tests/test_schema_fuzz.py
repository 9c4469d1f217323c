"""Property-based fuzzing of the JSON API against its own OpenAPI document.

Schemathesis generates requests for every documented operation, valid and
invalid, calls the app in-process, and checks that no request ends in a 5xx
and that every response (status, headers, content type, body) is one the
schema documents.

The decorator needs a schema at import time, so this module builds its own app
on a temporary SQLite file (migrated, with the demo story loaded so that ids
1 and 2 exist and reads return real data). The database is removed at exit.

DELETE /api/articles/{id} stays in: generated ids are small integers, so it may
delete a demo article part-way through the run. Later operations then answer
404 for it, which is documented, so this cannot make the run flaky; it only
means later reads see less data.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance
from sqlmodel import Session

from app.cli import migrate
from app.config import Settings
from app.main import create_app
from app.services.demo import load_demo


def _build_app():  # type: ignore[no-untyped-def]
    folder = tempfile.mkdtemp(prefix="parallax-fuzz-")
    atexit.register(shutil.rmtree, folder, True)
    config = Settings(database_url=f"sqlite:///{Path(folder) / 'fuzz.db'}", debug=True)
    migrate(config)
    application = create_app(config)
    atexit.register(application.state.engine.dispose)
    with Session(application.state.engine) as session:
        load_demo(session)
    return application


app = _build_app()
schema = schemathesis.openapi.from_asgi("/openapi.json", app)

# positive_data_acceptance is the one default check left out, on purpose: it
# demands a 2xx for every schema-valid request, but the contract itself refuses
# schema-valid input with 422 where no JSON schema can say why: a `story_id`
# that names no story (DESIGN: 422 naming the id), text too short to be an
# article, a search query with no words in it. Every other default check runs:
# not_a_server_error, status/content-type/header/body conformance,
# negative_data_rejection, unsupported_method, allow-header conformance.
EXCLUDED = [positive_data_acceptance]


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    case.call_and_validate(excluded_checks=EXCLUDED)

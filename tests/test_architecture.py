"""app/core is a pure library: it imports no web, storage or template library."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parent.parent / "app" / "core"
FORBIDDEN = {"fastapi", "starlette", "sqlmodel", "sqlalchemy", "jinja2", "uvicorn", "alembic"}
FORBIDDEN_APP = {
    "app.models",
    "app.db",
    "app.routes",
    "app.services",
    "app.main",
    "app.templating",
    "app.cli",
    "app.config",
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_core_module_is_pure(path: Path) -> None:
    for name in _imports(path):
        top = name.split(".")[0]
        assert top not in FORBIDDEN, f"{path.name} imports {name}"
        assert not any(name == f or name.startswith(f + ".") for f in FORBIDDEN_APP), (
            f"{path.name} imports {name}"
        )


def test_core_has_modules() -> None:
    assert {"ingest.py", "segment.py", "attribution.py", "align.py", "compare.py"} <= {
        p.name for p in CORE.glob("*.py")
    }

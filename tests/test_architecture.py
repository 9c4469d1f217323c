"""The shape of the code: app/core is a pure library (it imports no web, storage or template
library), and no module defines a name twice."""

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


APP = CORE.parent


def _top_level_names(tree: ast.Module) -> list[tuple[str, int]]:
    names: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign):
            names.extend((t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append((node.target.id, node.lineno))
    return names


@pytest.mark.parametrize("path", sorted(APP.rglob("*.py")), ids=lambda p: str(p.relative_to(APP)))
def test_module_defines_each_name_once(path: Path) -> None:
    """A second top-level definition silently replaces the first everywhere it is read,
    so the first is dead code that looks alive (ruff's F811 covers only functions and
    imports, not constants)."""
    first: dict[str, int] = {}
    for name, line in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))):
        assert name not in first, f"{name} is defined at lines {first[name]} and {line}"
        first[name] = line


def test_a_name_defined_twice_is_found() -> None:
    tree = ast.parse("_MARKS = frozenset('a')\n\ndef f(): pass\n\n_MARKS = frozenset('b')\n")
    names = [name for name, _ in _top_level_names(tree)]
    assert names.count("_MARKS") == 2

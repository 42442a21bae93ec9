"""Who may import whom: the rooms of the package and their doors, enforced.

The package follows the data's path (docs/architecture.md):

    readers -> text -> extract -> archive -> site, with ingest driving them and cli on top

Each rule below is read off the import statements of the source (every
``import``, at module level or inside a function), so a lazy import cannot
hide a dependency; ``test_*_loads`` tests check what a real import loads.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = "quotearchive"
SRC = Path(__file__).resolve().parent.parent / "src" / PACKAGE

# room -> the rooms it may import (besides itself).  A room is the first part of
# a module's name below the package: quotearchive.extract.quotes is in "extract".
MAY_IMPORT: dict[str, set[str]] = {
    "model": set(),
    "lexicon": set(),
    "text": {"model"},
    "readers": {"model", "text"},
    "extract": {"model", "text", "lexicon"},
    "archive": {"model", "lexicon"},
    "ingest": {"model", "text", "readers", "extract", "archive"},
    "site": {"model", "archive"},
    "cli": {"model", "text", "readers", "extract", "archive", "ingest", "site", "__init__"},
    "tools": {"model", "text", "lexicon", "readers", "extract", "archive", "ingest", "site", "cli", "__init__"},
    "__init__": set(),
}
# Third-party packages a room must never import: extraction runs in worker
# processes and on clusters without the publishing stack; the library reports
# through callbacks, never a terminal.
MUST_NOT_IMPORT: dict[str, set[str]] = {
    "model": {"click", "datasette", "sqlite_utils"},
    "text": {"click", "datasette", "sqlite_utils"},
    "readers": {"click", "datasette", "sqlite_utils"},
    "extract": {"click", "datasette", "sqlite_utils"},
    "archive": {"click", "datasette"},
    "ingest": {"click", "datasette"},
}
# The one module of readers/ that must import nothing of the project: formats register with it.
SELF_CONTAINED = {"quotearchive.readers.registry", "quotearchive.lexicon"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imports_of(path: Path) -> list[tuple[str, int]]:
    """(module imported, line) for every import of the project's own modules in the file."""
    this = module_name(path)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # "from . import x" imports the module x when x is one, not the package's own names.
            names_a_module = []
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                where = SRC.parent / candidate.replace(".", "/")
                if where.with_suffix(".py").is_file() or (where / "__init__.py").is_file():
                    found.append((candidate, node.lineno))
                    names_a_module.append(alias.name)
            if len(names_a_module) < len(node.names):
                found.append((target, node.lineno))
    return found


SOURCES = sorted(SRC.rglob("*.py"))


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = defaultdict(set)
    for path in SOURCES:
        this = module_name(path)
        for target, _ in imports_of(path):
            if (target.startswith(PACKAGE + ".") or target == PACKAGE) and target != this:
                edges[this].add(target)
    return edges


def test_every_room_imports_only_the_rooms_before_it():
    wrong = []
    for path in SOURCES:
        this = module_name(path)
        for target, line in imports_of(path):
            if not target.startswith(PACKAGE + "."):
                continue
            if room(target) != room(this) and room(target) not in MAY_IMPORT[room(this)]:
                wrong.append(f"{path.relative_to(SRC.parent)}:{line}: {this} imports {target}")
    assert [] == wrong


def test_rooms_keep_out_of_the_publishing_and_terminal_stacks():
    wrong = []
    for path in SOURCES:
        this = module_name(path)
        banned = MUST_NOT_IMPORT.get(room(this), set())
        for target, line in imports_of(path):
            if target.split(".")[0] in banned:
                wrong.append(f"{path.relative_to(SRC.parent)}:{line}: {this} imports {target}")
    assert [] == wrong


def test_the_readers_registry_and_the_lexicon_import_nothing_of_the_project():
    wrong = []
    for path in SOURCES:
        this = module_name(path)
        if any(this == m or this.startswith(m + ".") for m in SELF_CONTAINED):
            wrong += [f"{this} imports {t}" for t, _ in imports_of(path) if t.startswith(PACKAGE + ".")]
    assert [] == wrong


def test_nothing_imports_the_cli_or_the_tools():
    wrong = []
    for this, targets in graph().items():
        for target in targets:
            if room(target) in ("cli", "tools") and room(this) not in ("cli", "tools"):
                wrong.append(f"{this} imports {target}")
    assert [] == wrong


def test_no_import_cycles():
    """A module's imports (all of them, lazy ones included) never lead back to it.

    A package's ``__init__`` importing its own submodules is its door, not a
    cycle; a submodule importing its package's ``__init__`` back is one.
    """
    edges = graph()
    cycles = []
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                cycles.append(" -> ".join(path[path.index(target):] + [target]))
            elif target not in state:
                visit(target)
        path.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert [] == cycles


def loaded_by(statement: str) -> list[str]:
    code = f"import sys; {statement}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return out.split()


def test_publishing_the_site_loads_no_extraction():
    loaded = loaded_by("import quotearchive.site")
    assert [] == [m for m in loaded if m.startswith(("quotearchive.extract", "quotearchive.readers", "quotearchive.ingest"))]


@pytest.mark.parametrize("library", ["quotearchive.ingest", "quotearchive.extract.pipeline"])
def test_the_library_loads_neither_click_nor_datasette(library):
    loaded = loaded_by(f"import {library}")
    assert [] == [m for m in loaded if m.split(".")[0] in ("click", "datasette")]


def test_no_source_file_is_long_without_saying_why():
    """~500 lines is a room's size; a longer module says at its top why it is one piece."""
    long = []
    for path in SOURCES:
        lines = path.read_text("utf-8").splitlines()
        if len(lines) > 500 and not any("one piece" in line.lower() for line in lines[:40]):
            long.append(f"{path.relative_to(SRC.parent)}: {len(lines)} lines")
    assert [] == long

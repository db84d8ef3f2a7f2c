"""The layers hold and no module imports itself round a circle.

Read from the source with ``ast`` (imports inside functions count: they hide a circle, they do
not remove it).
"""

from __future__ import annotations

import ast
from pathlib import Path

import mentee_desktop

PACKAGE = Path(mentee_desktop.__file__).parent
ROOT = PACKAGE.parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for path in sorted(PACKAGE.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def _imported_names(path: Path, module: str, modules: dict[str, Path] | None = None) -> set[str]:
    """The modules an import statement anywhere in the file names (absolute names).

    ``from package import submodule`` names the submodule; ``from package import name`` names
    the package (whose ``__init__`` defines the name).
    """
    modules = _modules() if modules is None else modules
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                names.add(submodule if submodule in modules else base)
    return names


def import_graph() -> dict[str, set[str]]:
    """module -> the project modules it imports (a package's __init__ counts as the package)."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets = {name for name in _imported_names(path, module, modules) if name in modules}
        targets.discard(module)
        graph[module] = targets
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_no_import_circle_between_modules():
    assert circles(import_graph()) == [], "import circles (imports inside functions count)"


def test_the_circle_finder_names_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def _qt_free_modules() -> list[str]:
    return [
        module
        for module in _modules()
        if module.startswith(
            ("mentee_desktop.data", "mentee_desktop.reminders", "mentee_desktop.agenda")
        )
        and module != "mentee_desktop.agenda.pdf"
    ]


def test_data_reminders_and_agenda_never_import_qt():
    modules = _modules()
    offenders = {
        module: sorted(n for n in _imported_names(modules[module], module) if "PySide6" in n)
        for module in _qt_free_modules()
    }
    assert {module: names for module, names in offenders.items() if names} == {}


class _SqlFinder(ast.NodeVisitor):
    def __init__(self) -> None:
        self.found: list[str] = []

    def visit_Import(self, node: ast.Import) -> None:
        if any(alias.name.split(".")[0] == "sqlite3" for alias in node.names):
            self.found.append(f"line {node.lineno}: import sqlite3")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if (node.module or "").split(".")[0] == "sqlite3":
            self.found.append(f"line {node.lineno}: from sqlite3 import …")

    def visit_Call(self, node: ast.Call) -> None:
        function = node.func
        if isinstance(function, ast.Attribute) and function.attr in ("execute", "query"):
            owner = ast.unparse(function.value)
            if owner.split(".")[-1] in ("db", "_db", "conn", "connection", "database"):
                self.found.append(f"line {node.lineno}: {owner}.{function.attr}(…)")
        self.generic_visit(node)


def test_the_ui_holds_no_sql():
    found = {}
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        finder = _SqlFinder()
        finder.visit(ast.parse(path.read_text(encoding="utf-8")))
        if finder.found:
            found[str(path.relative_to(ROOT))] = finder.found
    assert found == {}


def test_the_sql_finder_notices_sql():
    finder = _SqlFinder()
    finder.visit(
        ast.parse("import sqlite3\nself.services.db.execute('DELETE FROM x')\ndb.query('SELECT 1')")
    )
    assert len(finder.found) == 3


def _missing_imported_names() -> list[str]:
    """``from mentee_desktop.x import name`` anywhere in the package (also inside functions,
    which run only on rare paths) where ``x`` has no such name or submodule."""
    import importlib

    modules = _modules()
    missing = []
    for module, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.ImportFrom) or node.level:
                continue
            if not (node.module or "").startswith("mentee_desktop"):
                continue
            target = importlib.import_module(node.module)
            for alias in node.names:
                if alias.name in ("*",) or f"{node.module}.{alias.name}" in modules:
                    continue
                if not hasattr(target, alias.name):
                    missing.append(f"{module}: from {node.module} import {alias.name}")
    return missing


def test_every_name_imported_from_our_modules_exists(qapp):
    """An import inside a function fails only when that path runs (a restore, a recovery);
    moving a name must not leave such an import behind."""
    assert _missing_imported_names() == []

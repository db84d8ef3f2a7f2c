"""The store's file handling has no import circle, counting imports inside functions: a reader
can start at ``folder`` and ``identity`` and work up to ``store`` without going round."""

from __future__ import annotations

import ast
from pathlib import Path

import mentee_desktop

PACKAGE = Path(mentee_desktop.__file__).parent
#: the modules that open, copy, check, import and export the database file
FILE_HANDLING = {
    "mentee_desktop.data.store",
    "mentee_desktop.data.backups",
    "mentee_desktop.data.json_io",
    "mentee_desktop.data.json_checks",
    "mentee_desktop.data.folder",
    "mentee_desktop.data.identity",
    "mentee_desktop.data.output_file",
    "mentee_desktop.data.errors",
    "mentee_desktop.data.health",
    "mentee_desktop.data.schema",
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Every module of the package with the package modules it imports, anywhere in it."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    found.add(full if full in modules else node.module)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        current = todo.pop()
        for nxt in graph.get(current, ()):
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def test_the_file_handling_modules_import_in_one_direction():
    graph = import_graph()
    circles = sorted(
        (module, back)
        for module in FILE_HANDLING
        for back in graph[module]
        if reaches(graph, back, module)
    )
    assert circles == []


def test_the_circle_check_sees_imports_inside_functions():
    graph = import_graph()
    # app.py imports the recovery dialog only inside a function
    assert "mentee_desktop.ui.safety.recovery_dialog" in graph["mentee_desktop.app"]

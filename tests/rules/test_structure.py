"""The package's shape (issue 14): no import cycles, no private names imported across
modules, a short conductor, short rule functions.  Read from the source with `ast`."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "quotes"
RULE_MODULES = ("attribution", "content", "context", "cues", "direct", "german", "indirect",
                "konjunktiv", "marks", "outlets", "sources", "speakers", "trees", "verbs", "extract")


def modules() -> dict[str, ast.Module]:
    return {p.stem: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.glob("*.py"))}


def imports(tree: ast.Module) -> list[tuple[str, list[str]]]:
    """(module, names) of every relative import, at any depth (lazy imports too)."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.append((node.module.split(".")[0], [a.name for a in node.names]))
            else:  # from . import x, y
                out += [(a.name, []) for a in node.names]
    return out


def test_no_import_cycles():
    graph = {name: {m for m, _ in imports(tree)} for name, tree in modules().items()}
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            assert state.get(nxt) != 1, "import cycle: " + " -> ".join(path + [nxt])
            if nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for name in graph:
        if name not in state:
            visit(name, [name])


def test_no_private_names_imported_across_modules():
    bad = [f"{name}: from .{mod} import {n}" for name, tree in modules().items()
           for mod, names in imports(tree) for n in names if n.startswith("_")]
    assert bad == []


def test_extract_is_a_short_conductor():
    lines = (PACKAGE / "extract.py").read_text(encoding="utf-8").count("\n")
    assert lines < 250, lines


def test_rule_functions_are_short():
    long = []
    for name, tree in modules().items():
        if name not in RULE_MODULES:
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > 60:
                    long.append(f"{name}.{node.name}: {n} lines")
    assert long == []

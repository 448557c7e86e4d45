"""The layout keeps its arrows: only ui/ and views/ import Streamlit, nothing imports in a
circle, and the command lines start without Streamlit."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "dashboard"


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def _imports(path: Path) -> set[str]:
    """Every module this file imports, at any depth of the file (functions included)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


MODULES = {_module(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def test_only_ui_and_views_import_streamlit():
    allowed = ("dashboard.ui", "dashboard.views", "dashboard.app")
    offenders = sorted(
        name
        for name, imports in MODULES.items()
        if not name.startswith(allowed) and any(i.split(".")[0] == "streamlit" for i in imports)
    )
    assert offenders == []


def test_no_import_cycle():
    graph = {
        name: {i for i in imports if i in MODULES and i != name}
        for name, imports in MODULES.items()
    }
    cycles = []

    def visit(node, path):
        for nxt in graph[node]:
            if nxt in path:
                cycles.append(path[path.index(nxt) :] + [nxt])
            elif nxt not in done:
                visit(nxt, [*path, nxt])
        done.add(node)

    done: set[str] = set()
    for name in sorted(graph):
        if name not in done:
            visit(name, [name])
    assert cycles == []


# what each command line must not load: Streamlit for all; the account tool touches no data
HEAVY = {
    "dashboard.validate": ["streamlit"],
    "dashboard.publish": ["streamlit"],
    "dashboard.deck": ["streamlit"],
    "dashboard.users": ["streamlit", "pandas", "duckdb"],
}


@pytest.mark.parametrize("cli", sorted(HEAVY))
def test_command_lines_start_without_streamlit(cli):
    code = (
        "import runpy, sys\n"
        "sys.argv = ['x', '--help']\n"
        "try:\n"
        f"    runpy.run_module('{cli}', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print([m for m in {HEAVY[cli]!r} if m in sys.modules])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"

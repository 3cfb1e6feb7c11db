"""The house: stages import one way, and no module imports itself back through others.

Every project import is read from the source (module level and inside functions alike). Ranks within
`ingest`: shared types and Dutch helpers < extract < structure < tagging < store < pipeline and CLI;
`index` may use `ingest`, the UI may use both, and nothing below the UI imports Streamlit.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("ingest", "index", "ui")

# (prefix, rank): a module may import only modules of its own rank or lower
RANKS = [
    ("ingest.errors", 0), ("ingest.records", 0), ("ingest.settings", 0), ("ingest.dutch", 0),
    ("ingest.extract", 1), ("ingest.structure", 2), ("ingest.tagging", 3), ("ingest.store", 4),
    ("ingest.pipeline", 5), ("ingest.cluster", 5), ("ingest.export", 5), ("ingest.__main__", 6), ("ingest", 6),
    ("index", 7), ("ui", 8), ("app", 9),
]
NEVER = {"ingest": ("streamlit", "index", "ui", "app"), "index": ("streamlit", "ui", "app")}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    """Absolute names of every module ``path`` imports (relative imports resolved)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names)
    return out


def project_modules() -> dict[str, Path]:
    files = [p for pkg in PACKAGES if (ROOT / pkg).is_dir() for p in (ROOT / pkg).rglob("*.py")]
    return {module_name(p): p for p in files + [ROOT / "app.py"]}


def rank(module: str) -> int:
    return next(r for prefix, r in RANKS if module == prefix or module.startswith(prefix + "."))


def graph() -> dict[str, set[str]]:
    mods = project_modules()
    return {m: {i for i in imports_of(p) if i in mods and i != m} for m, p in mods.items()}


def test_stages_import_one_way():
    wrong = []
    for module, targets in graph().items():
        for target in targets:
            if rank(target) > rank(module):
                wrong.append(f"{module} -> {target}")
    assert not wrong, "imports against the stage direction: " + ", ".join(sorted(wrong))


@pytest.mark.parametrize("package", sorted(NEVER))
def test_lower_stages_never_import_upper_ones(package):
    mods = project_modules()
    bad = [f"{m} -> {i}" for m, p in mods.items() if m.split(".")[0] == package
           for i in imports_of(p) if i.split(".")[0] in NEVER[package]]
    assert not bad, bad


def test_no_import_cycle():
    # package __init__ modules re-export their children; an edge into a package's own __init__ from
    # inside it is how Python loads it, not a cycle of the code
    g = {m: {t for t in ts if not m.startswith(t + ".")} for m, ts in graph().items()}
    seen: dict[str, int] = {}
    path: list[str] = []

    def visit(m: str) -> list[str] | None:
        seen[m] = 1
        path.append(m)
        for t in sorted(g.get(m, ())):
            if seen.get(t) == 1:
                return path[path.index(t):] + [t]
            if t not in seen and (cycle := visit(t)):
                return cycle
        seen[m] = 2
        path.pop()
        return None

    for m in sorted(g):
        if m not in seen and (cycle := visit(m)):
            pytest.fail("import cycle: " + " -> ".join(cycle))


def test_imports_are_read_from_function_bodies_and_relative_forms(tmp_path, monkeypatch):
    pkg = tmp_path / "ingest" / "extract"
    pkg.mkdir(parents=True)
    (pkg / "probe.py").write_text("from ..tagging import nlp\n\ndef f():\n    from ingest.store import Store\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    found = imports_of(pkg / "probe.py")
    assert {"ingest.tagging.nlp", "ingest.store.Store"} <= found
    assert rank("ingest.tagging.nlp") > rank("ingest.extract.probe")


MAX_FUNCTION_LINES = 40


def test_functions_are_short():
    """Every function of the library and the UI reads on one screen."""
    long = []
    for module, path in project_modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines >= MAX_FUNCTION_LINES:
                    long.append(f"{module}.{node.name}: {lines} lines")
    assert not long, long

"""The layering of ARCHITECTURE.md (../shared), checked on the sources (ast, not grep, so a
comment or a docstring can neither break nor satisfy a rule):

- SQL lives in clipper/store/ only;
- nothing outside clipper/gui imports PySide6, and only clipper/search/index.py
  imports Whoosh;
- Progress, Cancelled and OperationCancelled are defined once, in clipper/progress.py;
- one import dispatcher: no `__import__` / `importlib` tricks choosing importers.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

CLIPPER = Path(__file__).resolve().parents[1] / "clipper"
STORE = CLIPPER / "store"
GUI = CLIPPER / "gui"
WHOOSH_HOME = CLIPPER / "search" / "index.py"
PROGRESS = CLIPPER / "progress.py"

# Statements as they start in our queries; upper case, as every query here is written,
# so that prose ("select the clippings") never matches.
SQL = re.compile(
    r"\b(SELECT\s+(DISTINCT\s+)?[\w*(]|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b"
    r"|DELETE\s+FROM\b|CREATE\s+(TABLE|INDEX|TRIGGER)\b|DROP\s+(TABLE|INDEX)\b|PRAGMA\s+\w"
    r"|ALTER\s+TABLE\b|BEGIN\s+IMMEDIATE\b)"
)
# Methods that run SQL on a sqlite3 connection or a sqlite-utils Database. (Its
# `query()` is left out: the GUI's widgets have their own; a literal query passed to it
# is caught as SQL text anyway.)
RUNS_SQL = {"execute", "executemany", "executescript"}


def sources(root: Path = CLIPPER) -> list[Path]:
    return sorted(root.rglob("*.py"))


def outside(*folders: Path) -> list[Path]:
    return [p for p in sources() if not any(p.is_relative_to(f) for f in folders)]


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _docstrings(module: ast.Module) -> set[int]:
    """ids of the string constants that are docstrings (prose, not code)."""
    found = set()
    for node in ast.walk(module):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def sql_in(path: Path) -> list[str]:
    """Where a module holds SQL: string literals (f-string parts included) that read as
    SQL, calls of execute()/executemany() (the SQL may sit in a variable), and
    sqlite-utils table access (`db["table"]`)."""
    module = tree(path)
    prose = _docstrings(module)
    found = []
    for node in ast.walk(module):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and id(node) not in prose and SQL.search(node.value)):
            found.append(f"{path.name}:{node.lineno}: SQL text {node.value[:50]!r}")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in RUNS_SQL):
            found.append(f"{path.name}:{node.lineno}: .{node.func.attr}(...)")
        elif (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant)
                and isinstance(node.slice.value, str)
                and (isinstance(node.value, ast.Name) and node.value.id == "db"
                     or isinstance(node.value, ast.Attribute) and node.value.attr == "db")):
            found.append(f"{path.name}:{node.lineno}: table access db[{node.slice.value!r}]")
    return found


def imported(path: Path) -> set[str]:
    """Top-level package names a module imports, anywhere in it (lazy imports count)."""
    names = set()
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
        elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and (isinstance(node.func, ast.Name) and node.func.id == "__import__"
                     or isinstance(node.func, ast.Attribute)
                     and node.func.attr == "import_module")):
            names.add(node.args[0].value.split(".")[0])
    return names


def test_sql_lives_in_the_store_only():
    found = [hit for path in outside(STORE) for hit in sql_in(path)]
    assert found == [], "SQL outside clipper/store/:\n" + "\n".join(found)


def test_the_store_is_where_the_sql_is():
    # The scan must see SQL where it is: else the test above passes on anything.
    assert sql_in(STORE / "stories.py")
    assert sql_in(STORE / "search_journal.py")


@pytest.mark.parametrize("snippet", [
    'def f(db):\n    return db.execute("SELECT id FROM clippings").fetchall()\n',
    'def f(db, ids):\n    return db.execute(f"DELETE FROM tags WHERE id IN ({ids})")\n',
    'SQL = "INSERT OR IGNORE INTO tags (name) VALUES (?)"\n',
    'def f(db, sql):\n    return db.conn.executemany(sql, [])\n',
    'def f(library):\n    library.db["themes"].insert({})\n',
    'def f(db):\n    return db.query("SELECT name FROM tags")\n',
])
def test_the_sql_scan_catches_a_query_put_back(tmp_path, snippet):
    path = tmp_path / "module.py"
    path.write_text(snippet, encoding="utf-8")
    assert sql_in(path)


def test_the_sql_scan_ignores_prose(tmp_path):
    path = tmp_path / "module.py"
    path.write_text('"""Select the clippings; SELECT in a docstring is prose."""\n'
                    '# db.execute("SELECT 1") in a comment\n'
                    'HELP = "select clippings to update"\n', encoding="utf-8")
    assert sql_in(path) == []


def test_only_the_gui_imports_qt():
    found = [str(p.relative_to(CLIPPER)) for p in outside(GUI) if "PySide6" in imported(p)]
    assert found == []


def test_only_search_index_imports_whoosh():
    found = [str(p.relative_to(CLIPPER)) for p in sources() if "whoosh" in imported(p)]
    assert found == ["search/index.py"]


def test_the_import_scan_sees_lazy_imports(tmp_path):
    path = tmp_path / "module.py"
    path.write_text("def f():\n    from PySide6.QtCore import QObject\n"
                    "    import whoosh.index\n    return __import__('lxml')\n", encoding="utf-8")
    assert imported(path) == {"PySide6", "whoosh", "lxml"}


def test_no_dynamic_imports_choose_modules():
    # One import dispatcher (importers/pipeline.py) names its readers; the CLI's
    # importlib.import_module of its own command modules is the one other use.
    found = [str(p.relative_to(CLIPPER)) for p in sources()
             if "__import__" in p.read_text(encoding="utf-8")
             or ("import_module" in p.read_text(encoding="utf-8") and p.parent.name != "cli")]
    assert found == []


def test_progress_and_cancelled_are_defined_once():
    names = {"Progress", "Cancelled", "OperationCancelled"}
    found = []
    for path in sources():
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.ClassDef) and node.name in names:
                found.append(f"{path.relative_to(CLIPPER)}: class {node.name}")
            elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and (
                            target.id in names or isinstance(node.value, ast.Name)
                            and node.value.id in names):
                        found.append(f"{path.relative_to(CLIPPER)}: {target.id} =")
    assert sorted(found) == ["progress.py: Cancelled =", "progress.py: Progress =",
                             "progress.py: class OperationCancelled"]

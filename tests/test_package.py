"""What the wheel ships is what teamaudit runs: no module only tests or benchmarks use (issue 13 point 6)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "src" / "teamaudit"
MODULE_NAME = re.compile(r"teamaudit(\.\w+)+")
ENTRY_POINTS = {"teamaudit", "teamaudit.__main__", "teamaudit.cli"}  # the package, python -m, the console script


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(path: Path, module: str) -> set[str]:
    """Every module `path` may import, at its top, inside a function or by name (a registry of lazily imported
    modules), with each one's parent packages."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            source = ".".join(part for part in (base, node.module or "") if part)
            names.add(source)
            names.update(f"{source}.{alias.name}" for alias in node.names)  # `from pkg import module`
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and MODULE_NAME.fullmatch(node.value):
            names.add(node.value)
    return {".".join(name.split(".")[: i + 1]) for name in names for i in range(name.count(".") + 1)}


def test_every_module_of_the_package_is_used_by_the_command_line():
    """The fuzz target lived in the package, so every wheel shipped code only the tests and fuzzer run."""
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    reached, todo = set(), list(ENTRY_POINTS)
    while todo:
        module = todo.pop()
        if module in reached or module not in modules:
            continue
        reached.add(module)
        todo.extend(_imported(modules[module], module))
    assert sorted(set(modules) - reached) == []

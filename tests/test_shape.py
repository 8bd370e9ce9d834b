"""The shape of the house, enforced: no function in src/ over 80 lines, no import loop between teamaudit
modules, at most 12 floors: the arrows on the longest chain of module-level imports between teamaudit
modules, so a module importing none of them is on the ground floor, 0; and data flowing one way through the
pipeline's stages (reading, classifying, auditing, rendering). Complexity (ruff's C901, at most 15)
is enforced by `ruff check`, configured in pyproject.toml."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "teamaudit"
MAX_LINES = 80
MAX_FLOORS = 12


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted((SRC / PACKAGE).rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]


def _length(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines from the first decorator (or `def`) to the last line of the body."""
    first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
    return (node.end_lineno or node.lineno) - first + 1


def test_no_function_is_over_80_lines() -> None:
    too_long = []
    for path in MODULES.values():
        for node in _functions(ast.parse(path.read_text(encoding="utf-8"))):
            length = _length(node)
            if length > MAX_LINES:
                too_long.append(f"{path.relative_to(SRC)}:{node.lineno}: {node.name} is {length} lines")
    assert not too_long, "\n".join(too_long)


def _is_type_checking(node: ast.stmt) -> bool:
    test = node.test if isinstance(node, ast.If) else None
    return isinstance(test, ast.Name | ast.Attribute) and ast.unparse(test).endswith("TYPE_CHECKING")


def _module_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Imports that run when the module is imported: top level, and inside top-level try/if blocks, but not
    in functions (the CLI imports lazily inside its commands) nor under `if TYPE_CHECKING:`."""
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If) and not _is_type_checking(node):
            pending.extend([*node.body, *node.orelse])
        elif isinstance(node, ast.Try):
            pending.extend([*node.body, *node.orelse, *node.finalbody, *(s for h in node.handlers for s in h.body)])
    return found


def _imported(module: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    """The teamaudit modules an import statement in `module` loads."""
    if isinstance(node, ast.Import):
        names = {alias.name for alias in node.names}
    else:
        base = node.module or ""
        if node.level:
            package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
            for _ in range(node.level - 1):
                package = package.rpartition(".")[0]
            base = f"{package}.{base}" if base else package
        names = {base} | {f"{base}.{alias.name}" for alias in node.names}
    return {name for name in names if name in MODULES and name != module}


@cache
def _graph() -> dict[str, frozenset[str]]:
    graph = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[module] = frozenset(set().union(*(_imported(module, n) for n in _module_level_imports(tree))))
    return graph


def _cycle(graph: dict[str, frozenset[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state and (found := visit(module)):
            return found
    return None


def floors(graph: dict[str, frozenset[str]]) -> tuple[int, list[str]]:
    """The number of imports on the longest import chain, and the chain's modules."""

    @cache
    def chain(module: str) -> tuple[str, ...]:
        below = max((chain(target) for target in graph[module]), key=len, default=())
        return (module, *below)

    longest = max((chain(module) for module in sorted(graph)), key=len)
    return len(longest) - 1, list(longest)


# The map's pipeline (docs/architecture.md), stage by stage in the order its arrows run. render/escape.py is no
# stage: it is the one escaping layer, which every stage's messages go through.
STAGES: tuple[tuple[str, ...], ...] = (
    ("teamaudit.roster", "teamaudit.rostermessages", "teamaudit.givenfiles", "teamaudit.yamlread"),
    ("teamaudit.classify",),
    (
        "teamaudit.audit",
        "teamaudit.rules",
        "teamaudit.recommend",
        "teamaudit.conversion",
        "teamaudit.firmness",
        "teamaudit.headroom",
    ),
    ("teamaudit.render",),
)
ESCAPING = "teamaudit.render.escape"


def _stage(module: str, stages: tuple[tuple[str, ...], ...] = STAGES) -> int | None:
    if module == ESCAPING:
        return None
    return next((i for i, names in enumerate(stages) for n in names if module == n or module.startswith(f"{n}.")), None)


def _every_import(module: str) -> frozenset[str]:
    """The teamaudit modules `module` imports anywhere, inside its functions too: data flows where they run."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found = (_imported(module, n) for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom))
    return frozenset(set().union(*found))


def against_the_flow(graph: dict[str, frozenset[str]], stages: tuple[tuple[str, ...], ...] = STAGES) -> list[str]:
    """The imports that run the pipeline backwards: a stage importing a later one (reading that knows of the
    audit, an audit that knows of a format), or the renderer importing reading or classifying (a renderer reads
    the Report, never the YAML again)."""
    backwards = []
    for module, targets in sorted(graph.items()):
        here = _stage(module, stages)
        for target in sorted(targets):
            there = _stage(target, stages)
            if here is None or there is None or here == there:
                continue
            if there > here or (here == len(stages) - 1 and there < here - 1):
                backwards.append(f"{module} -> {target}")
    return backwards


def test_data_flows_one_way_through_the_pipeline() -> None:
    backwards = against_the_flow({module: _every_import(module) for module in MODULES})
    assert not backwards, "\n".join(backwards)


def test_the_flow_check_finds_an_import_against_it() -> None:
    stages = (("r",), ("c",), ("a",), ("o",))
    forward = {"o.text": frozenset({"a", "teamaudit.render.escape"}), "c": frozenset({"r"}), "r": frozenset({ESCAPING})}
    assert against_the_flow(forward, stages) == []
    backward = {"r": frozenset({"c.index"}), "a": frozenset({"o"}), "o.text": frozenset({"c", "r.x"})}
    assert against_the_flow(backward, stages) == ["a -> o", "o.text -> c", "o.text -> r.x", "r -> c.index"]


def test_the_imports_have_no_loop() -> None:
    loop = _cycle(_graph())
    assert loop is None, "import loop: " + " -> ".join(loop or [])


def test_the_house_has_at_most_12_floors() -> None:
    count, chain = floors(_graph())
    print(f"\n{count} floors: {' -> '.join(chain)}")
    assert count <= MAX_FLOORS, f"{count} floors: {' -> '.join(chain)}"


def test_the_floor_count_reads_a_chain() -> None:
    graph = {"a": frozenset({"b"}), "b": frozenset({"c"}), "c": frozenset(), "d": frozenset({"c"})}
    assert floors(graph) == (2, ["a", "b", "c"])
    assert _cycle({"a": frozenset({"b"}), "b": frozenset({"a"})}) == ["a", "b", "a"]


def test_re2_options_are_built_in_one_place() -> None:
    """RE2's options for a rubric's patterns (no capture groups, no message of RE2's own, case ignored) are one
    function, patterncost.re2_options: classify/patternset.py had a copy of its settings, a second place to mend."""
    builders = [
        f"{path.relative_to(SRC)}:{node.lineno}"
        for path in MODULES.values()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("re2.Options")
    ]
    assert [place.partition(":")[0] for place in builders] == ["teamaudit/patterncost.py"], builders


# One file name, one job: `diff.py` is the command, `render/diff.py` its formats (the map names each by its path).
SHARED_NAMES = {"__init__.py", "diff.py"}


def test_no_two_modules_are_named_alike() -> None:
    """A newcomer met pay.py beside importer/pay.py and spellings.py beside importer/spelling.py, four modules with
    unrelated jobs: a module's file name is its own, not another's, nor another's with an `s` more or less."""
    names: dict[str, list[str]] = {}
    for path in MODULES.values():
        if path.name not in SHARED_NAMES:
            names.setdefault(path.stem.removesuffix("s"), []).append(str(path.relative_to(SRC / PACKAGE)))
    alike = sorted(paths for paths in names.values() if len(paths) > 1)
    assert not alike, alike


# The one list that still counts its rest by hand, and why: yamlbytes.py is on the ground floor of the reading chain
# (importing counts.py is a 13th floor).
CUT_BY_HAND = {"teamaudit/yamlread/yamlbytes.py"}


def _counts_the_rest(node: ast.AST) -> bool:
    """An f-string that is only 'and {n} more', the end of a list cut short."""
    if not isinstance(node, ast.JoinedStr) or len(node.values) != 3:
        return False
    before, count, after = node.values
    return (
        isinstance(before, ast.Constant)
        and before.value in (" and ", "and ")
        and isinstance(count, ast.FormattedValue)
        and isinstance(after, ast.Constant)
        and after.value == " more"
    )


def test_a_list_cut_short_is_said_by_one_helper() -> None:
    """'Ann Lee, Bo Park and 3 more' was written by hand in eleven modules (diff, lookup, patternset, the importer's
    summary, calledname, table, convert, paycolumn, yamlbytes, and rules/base's `who` and render/diff's `_named`,
    the people a finding or a diff names), each a place a message could drift: yamlbytes, `who` and `_named` said
    '1095 more' where the others say '1,095 more'. counts.first_few says them all but yamlbytes'."""
    by_hand = sorted(
        f"{path.relative_to(SRC)}:{node.lineno}"
        for path in MODULES.values()
        if path.name != "counts.py" and str(path.relative_to(SRC)) not in CUT_BY_HAND
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if _counts_the_rest(node)
    )
    assert not by_hand, by_hand

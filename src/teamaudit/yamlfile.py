"""Read a YAML file into plain Python data while keeping the line and column of every node.

Used by the rubric and config loaders; the team file, which can be large, is read by `yamlstream` with the
same guarantees and the same `file:line:col: problem` errors. The C loader is used when PyYAML was built
with libyaml.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from teamaudit.errors import TeamAuditError

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Loader = _Loader

Path_ = tuple[str | int, ...]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_ALIAS_EXPANSION = 100_000
MAX_DEPTH = 64


@dataclass(frozen=True)
class YamlDocument:
    """The constructed data of one YAML document and its node tree, for locating any part of it."""

    path: Path
    data: Any
    root: yaml.Node

    def locate(self, where: Sequence[str | int]) -> tuple[int, int]:
        """Line and column (1-based) of the node at `where`; the nearest existing ancestor when absent."""
        node = self.root
        for step in where:
            child = _child(node, step)
            if child is None:
                break
            node = child
        mark = node.start_mark
        return mark.line + 1, mark.column + 1

    def key_location(self, where: Sequence[str | int], key: str) -> tuple[int, int]:
        """Line and column of the key `key` inside the mapping at `where` (for unknown-key errors)."""
        node = self.root
        for step in where:
            child = _child(node, step)
            if child is None:
                break
            node = child
        if isinstance(node, yaml.MappingNode):
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                    return key_node.start_mark.line + 1, key_node.start_mark.column + 1
        mark = node.start_mark
        return mark.line + 1, mark.column + 1

    def error(self, message: str, where: Sequence[str | int] = (), hint: str | None = None) -> TeamAuditError:
        line, column = self.locate(where)
        return TeamAuditError(message, file=self.path, line=line, column=column, hint=hint)


def _child(node: yaml.Node, step: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode) and isinstance(step, str):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == step:
                found: yaml.Node = value_node
                return found
        return None
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        child: yaml.Node = node.value[step]
        return child
    return None


def check_file(path: Path, max_bytes: int, size_hint: str | None = "raise it with --max-bytes") -> int:
    """The file's size, or a TeamAuditError for a missing file, a directory or a file over the size limit,
    before reading it."""
    if not path.exists():
        raise TeamAuditError("no such file", file=path)
    if path.is_dir():
        raise TeamAuditError("is a directory, not a file", file=path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TeamAuditError(f"cannot read file: {exc.strerror}", file=path) from None
    if size > max_bytes:
        raise TeamAuditError(f"file is {size:,} bytes, over the limit of {max_bytes:,}", file=path, hint=size_hint)
    return size


def read_bytes(path: Path, max_bytes: int, size_hint: str | None = "raise it with --max-bytes") -> bytes:
    """The file's bytes, after `check_file`; an OS error is a TeamAuditError too."""
    check_file(path, max_bytes, size_hint)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise TeamAuditError(f"cannot read file: {exc.strerror}", file=path) from None


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The file's text as UTF-8, or a TeamAuditError naming the line of the first bad byte."""
    raw = read_bytes(path, max_bytes)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise utf8_error(path, raw, exc) from None


def utf8_error(path: Path, raw: bytes, exc: UnicodeDecodeError) -> TeamAuditError:
    line = raw[: exc.start].count(b"\n") + 1
    column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
    return TeamAuditError(
        f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
        file=path,
        line=line,
        column=column,
        hint="save the file as UTF-8",
    )


def load_yaml(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, what: str = "file") -> YamlDocument:
    """Parse one YAML file with line tracking; every problem becomes a TeamAuditError."""
    return parse_yaml(read_text(path, max_bytes), path, what=what)


def parse_yaml(text: str, path: Path, *, what: str = "file") -> YamlDocument:
    """Parse YAML text; `path` is the name errors and reports show (a file, or git:REF:PATH)."""
    loader = Loader(text)
    root: yaml.Node | None = None
    try:
        root = loader.get_single_node()
        if root is None:
            raise TeamAuditError(f"{what} is empty", file=path, line=1, column=1)
        _check_structure(path, root, has_anchors="&" in text)
        data = loader.construct_document(root)
    except yaml.YAMLError as exc:
        raise yaml_error(exc, path) from None
    except RecursionError:
        raise TeamAuditError("YAML nesting is too deep", file=path) from None
    except TeamAuditError:
        raise
    except Exception as exc:
        # PyYAML's constructors raise plain exceptions for tagged values they cannot convert (`!!int x`,
        # `!!int ""`, a date like 2026-13-45); find the scalar so the message can name its line.
        raise _bad_scalar(path, root, exc) from None
    finally:
        loader.dispose()
    assert root is not None
    return YamlDocument(path=path, data=data, root=root)


def yaml_error(exc: yaml.YAMLError, path: Path) -> TeamAuditError:
    """PyYAML's error as one line naming the file, line and column."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "not valid YAML"
        return TeamAuditError(
            f"invalid YAML: {problem}",
            file=path,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        )
    return TeamAuditError(f"invalid YAML: {exc}", file=path)


def _bad_scalar(path: Path, root: yaml.Node | None, exc: Exception) -> TeamAuditError:
    constructor = yaml.constructor.SafeConstructor()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            try:
                constructor.construct_object(node)
            except Exception as inner:
                return _located(
                    path, node, f"invalid YAML value {node.value!r} for {node.tag.rsplit(':', 1)[-1]}: {inner}"
                )
        elif isinstance(node, yaml.MappingNode):
            stack.extend(child for pair in reversed(node.value) for child in reversed(pair))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    return TeamAuditError(f"invalid YAML value: {exc}", file=path)


def _check_structure(path: Path, root: yaml.Node, *, has_anchors: bool = True) -> None:
    """Refuse duplicate keys, alias bombs and deep nesting before anything is constructed.

    YAML forbids duplicate keys but PyYAML keeps the last one silently, which can hide half a team.
    Aliases are measured, not followed: the size each node would have once expanded is computed once per
    node, so a "billion laughs" file is refused in microseconds. Without an anchor (`&`) in the text there
    can be no alias, and a plain walk suffices.
    """
    if has_anchors:
        _check_aliases(path, root)
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    mapping, sequence = yaml.MappingNode, yaml.SequenceNode
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _located(path, node, f"YAML nesting deeper than {MAX_DEPTH} levels")
        if isinstance(node, mapping):
            keys: set[str] = set()
            for key_node, value_node in node.value:
                key = key_node.value
                if isinstance(key, str):
                    if key in keys:
                        raise _located(
                            path,
                            key_node,
                            f"duplicate key '{key}' in the same mapping",
                            hint="YAML keeps only the last one",
                        )
                    keys.add(key)
                if isinstance(value_node, mapping | sequence):
                    stack.append((value_node, depth + 1))
                if isinstance(key_node, mapping | sequence):
                    stack.append((key_node, depth + 1))
        elif isinstance(node, sequence):
            stack.extend((item, depth + 1) for item in node.value if isinstance(item, mapping | sequence))


def _check_aliases(path: Path, root: yaml.Node) -> None:
    expanded: dict[int, int] = {}
    distinct = 0

    def size(node: yaml.Node, depth: int) -> int:
        nonlocal distinct
        known = expanded.get(id(node))
        if known is not None:
            return known
        if depth > MAX_DEPTH:
            raise _located(path, node, f"YAML nesting deeper than {MAX_DEPTH} levels")
        distinct += 1
        total = 1
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                total += size(key_node, depth + 1) + size(value_node, depth + 1)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                total += size(item, depth + 1)
        expanded[id(node)] = total
        if total > distinct + MAX_ALIAS_EXPANSION:
            raise _located(
                path,
                node,
                f"YAML aliases here expand to over {MAX_ALIAS_EXPANSION:,} extra nodes; refusing to expand them",
            )
        return total

    size(root, 1)


def _located(path: Path, node: yaml.Node, message: str, hint: str | None = None) -> TeamAuditError:
    mark = node.start_mark
    return TeamAuditError(message, file=path, line=mark.line + 1, column=mark.column + 1, hint=hint)

"""Apply a merge plan to a team file's YAML text, changing only what the plan names.

Each person of a block `people:` list is a run of lines. Untouched people are copied byte for byte;
a person with updates goes alone through ruamel.yaml's round-trip mode (comments, quoting and flow style
inside it stay, and so does the indentation of a list inside it: _nested_style), the comments after it kept after
it; new people are written after the last one in the file's indentation. Files this cannot
cut into people (a flow-style list, several people on one line, a `--organization` to set) go whole
through ruamel.yaml instead, which is slower (about 1,000 people a second) but keeps the same things.
"""

from __future__ import annotations

import bisect
import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from teamaudit.importer.closing import between, head, put_after, put_before
from teamaudit.importer.keepspelling import keep_spelling
from teamaudit.importer.offermark import MARKED, OFFER_MARK
from teamaudit.importer.tabs import Spaced, TabInValue, spaced
from teamaudit.importer.writer import dump_people, fields
from teamaudit.render import escape
from teamaudit.yamlread.linebreaks import editor_lines

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

UNSET: Any = object()  # the value in Plan.sets of a key to remove


@dataclass
class Plan:
    sets: dict[int, dict[str, Any]] = field(default_factory=dict)  # person index -> key -> new value, or UNSET
    removed: set[int] = field(default_factory=set)
    added: list[dict[str, Any]] = field(default_factory=list)  # whole new people, defaults left out
    organization: str | None = None  # a new value for the top-level key
    rows: dict[int, int] = field(default_factory=dict)  # person index -> the export row it was matched to


@dataclass(frozen=True)
class Remark:
    """A comment the file writes beside a value the merge replaced or removed: kept, and named, as it was written
    of the old value (`fte: 0.5  # half time until June` once the export says 1.0)."""

    index: int  # the person's place in the file's people
    key: str
    line: int  # the key's line in the file before the merge, and once _placed, the comment's in the merged file
    comment: str  # '# half time until June'
    removed: bool = False  # the key went, and the comment stays on a line of its own where it was
    before: int = 0  # once _placed, the key's line in the file before the merge (a --dry-run leaves it so)


@dataclass(frozen=True)
class _Layout:
    lines: list[str]
    starts: list[int]  # 0-based line of each person's `-`
    end: int  # first line after the people list
    offset: int  # column of the `-`
    indent: int  # column of the person's keys


def apply(text: str, person_lines: list[int], plan: Plan) -> tuple[str, list[Remark]]:
    """The file's text with `plan` applied, and the comments kept beside the values it replaced or removed, in the
    order of their lines (a person's keys are set in the order an export knows them, not the file's)."""
    newline = _line_ending(text)
    layout = _layout(text, person_lines)
    remarks: list[Remark] = []
    if layout is None or plan.organization is not None:
        whole = _final_break(text, _ending(_whole(text, plan, remarks), newline), newline)
        written = editor_lines(whole)
        placed = _placed(remarks, written, 1, [remark.line for remark in remarks])
        return whole, sorted(placed, key=lambda remark: remark.line)
    lines = layout.lines
    out = lines[: layout.starts[0]]
    bounds = [*layout.starts[1:], layout.end]
    for index, (start, stop) in enumerate(zip(layout.starts, bounds, strict=True)):
        chunk = lines[start:stop]
        if index in plan.removed:
            out += _trailing_comments(chunk)
        elif index in plan.sets:
            found: list[Remark] = []
            try:
                edited = _edited(chunk, plan.sets[index], layout, _Remarks(found, index, start))
            except TabInValue as exc:  # its line counts from the `people:` the chunk was given under
                raise TabInValue(start + exc.line - 1) from None
            remarks += _placed(found, edited, len(out) + 1, [len(out) + r.line - start for r in found])
            out += _endings(edited, newline)
        else:
            out += chunk
    if plan.added:
        tail = _trailing_comments(out)  # the blank lines and comments closing the list stay after the new people
        tail = tail[_own_comments(tail, layout.indent) :]  # but not those indented as the last person's keys
        out = out[: len(out) - len(tail)]
        if out and not out[-1].endswith(("\n", "\r")):  # the file's last line, with no line break
            out[-1] += newline
        out += _endings(_indented(dump_people(plan.added), layout.offset), newline) + tail
    out += lines[layout.end :]
    return _final_break(text, "".join(out), newline), sorted(remarks, key=lambda remark: remark.line)


def _final_break(original: str, text: str, newline: str) -> str:
    """`text` ending with a line break where the file did, and only then."""
    if original.endswith(("\n", "\r")):
        return text if text.endswith(("\n", "\r")) or not text else text + newline
    return text.removesuffix("\n").removesuffix("\r")


def written_keys(text: str, person_lines: list[int], indices: set[int]) -> dict[int, frozenset[str]]:
    """The keys the file writes for each person of `indices` (`fte` or not: a validated Person has 1.0 either way),
    reading only those people's lines where the file can be cut into people."""
    import yaml

    layout = _layout(text, person_lines)
    if layout is None:
        people = yaml.load(text, Loader=_Loader)["people"]
        return {i: frozenset(map(str, people[i])) for i in indices}
    bounds = [*layout.starts[1:], layout.end]
    keys = {}
    for i in indices:
        chunk = "".join(layout.lines[layout.starts[i] : bounds[i]])
        keys[i] = frozenset(map(str, yaml.load("people:\n" + chunk, Loader=_Loader)["people"][0]))
    return keys


def _line_ending(text: str) -> str:
    """The file's line break, CRLF when most of its lines end so (a file saved on Windows), else LF."""
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf >= text.count("\n") - crlf else "\n"


def _ending(text: str, newline: str) -> str:
    """What import writes, its lines ended as the file ends them: ruamel.yaml and the writer end theirs with LF, and
    keep a CR a comment held, so an edited person in a CRLF file had both endings."""
    unified = text.replace("\r\n", "\n")
    return unified.replace("\n", newline) if newline != "\n" else unified


def _endings(lines: list[str], newline: str) -> list[str]:
    return [_ending(line, newline) for line in lines]


def _layout(text: str, person_lines: list[int]) -> _Layout | None:
    lines = editor_lines(text, keepends=True)
    starts = [line - 1 for line in person_lines]
    if not starts or any(b <= a for a, b in itertools.pairwise(starts)):
        return None
    offset = _leading(lines[starts[0]])
    for start in starts:
        line = lines[start]
        if _leading(line) != offset or not line[offset:].startswith(("- ", "-\t")):
            return None
    key_line = next((i for i in range(starts[0] - 1, -1, -1) if lines[i].strip() and lines[i].lstrip()[0] != "#"), None)
    if key_line is None or not _PEOPLE_KEY.fullmatch(lines[key_line].rstrip("\r\n")):
        return None
    first = lines[starts[0]][offset + 1 :]
    indent = offset + 1 + _leading(first)
    return _Layout(lines, starts, _end(lines, starts[-1], offset), offset, indent)


_PEOPLE_KEY = re.compile(r"people:(?:[ \t]+#.*|[ \t]*)")  # `people:`, `people:  # our team`


def _end(lines: list[str], last: int, offset: int) -> int:
    for i in range(last + 1, len(lines)):
        stripped = lines[i].strip()
        if not stripped or stripped.startswith("#"):
            continue
        column = _leading(lines[i])
        if column < offset or (column == offset and not lines[i][offset:].startswith("-")):
            return i
        if column == 0 and stripped.startswith(("---", "...")):
            return i
    return len(lines)


def _leading(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _trailing_comments(chunk: list[str]) -> list[str]:
    """What follows a removed person's last line: comments and blank lines, often about the next person."""
    last = max((i for i, line in enumerate(chunk) if line.strip() and not line.lstrip().startswith("#")), default=-1)
    return chunk[last + 1 :]


def _own_comments(tail: list[str], indent: int) -> int:
    """How many of the comment lines after the last person are its own: those right after it, indented as its
    keys (`    # Di: on leave until March`), which a person added after it must not take."""
    own = 0
    for line in tail:
        if not line.lstrip().startswith("#") or _leading(line) < indent:
            break
        own += 1
    return own


def _edited(chunk: list[str], sets: dict[str, Any], layout: _Layout, remarks: _Remarks) -> list[str]:
    # The comments and blank lines after the person's last line stay after it: given to ruamel.yaml, they were
    # the last value's, and a new key went below them (a comment on the next person), a block scalar above them
    # turned into a quoted string.
    tail = _trailing_comments(chunk)
    person = chunk[: len(chunk) - len(tail)]
    shift, offset, indent = _nested_style(person, layout)
    edited = _edited_at(person, sets, shift, offset, indent, remarks)
    if edited is None:  # a line the shift cannot move: the person's lists take the people list's indentation
        edited = _edited_at(person, sets, 0, layout.offset, layout.indent, remarks)
        assert edited is not None
    return edited + tail


def _edited_at(
    chunk: list[str], sets: dict[str, Any], shift: int, offset: int, indent: int, remarks: _Remarks
) -> list[str] | None:
    """The person of `chunk` with `sets` applied, through ruamel.yaml with every list at (`offset`, `indent`):
    the chunk moved `shift` columns right (left when negative) so that its people-list item is at those columns
    too, and the result moved back. None when a line does not have the spaces to take away."""
    moved = _moved(chunk, shift)
    if moved is None:
        return None
    yaml = _yaml(offset, indent)
    source = "people:\n" + "".join(moved)
    if not source.endswith("\n"):
        source += "\n"
    doc, tabs = _load(yaml, source)
    person = doc["people"][0]
    _set(person, sets, remarks)
    escapes = _Escapes(source, person)
    escapes.apply(person)
    out = io.StringIO()
    yaml.dump(doc, out)
    text = tabs.restored(escapes.written(_without_directive(out.getvalue(), source)))
    if not text.startswith("people:\n"):
        raise AssertionError("ruamel.yaml wrote an unexpected document")  # pragma: no cover
    body = text[len("people:\n") :]
    if not chunk[-1].endswith("\n"):
        body = body.rstrip("\n")
    return _moved(editor_lines(body, keepends=True), -shift)


_KEY_ALONE = re.compile(r"( *)[^\s#-][^#]*:[ \t]*(?:#.*)?\n?")  # `background:`, `skills:  # from her CV`
_ITEM = re.compile(r"( *)-( +)\S")


def _nested_style(chunk: list[str], layout: _Layout) -> tuple[int, int, int]:
    """ruamel.yaml writes every block list of a document at one (offset, indent); the people list's is the file's,
    and a list inside a person (`background:`) keeps its own, commonly `    - RN` under `  background:`, only when
    the chunk is moved so both lists are at one setting. (shift, offset, indent) for that: the columns to move the
    chunk right, and the setting of its first nested list; no shift and the people list's setting when there is
    none, or its `-` is not as far from its value as the people list's."""
    unchanged = (0, layout.offset, layout.indent)
    content = [line for line in chunk[1:] if line.strip() and not line.lstrip().startswith("#")]
    for before, line in itertools.pairwise(content):
        key, item = _KEY_ALONE.fullmatch(before), _ITEM.match(line)
        if key and item:
            offset = len(item[1]) - len(key[1])
            indent = offset + 1 + len(item[2])
            if offset < 0 or indent - offset != layout.indent - layout.offset:
                return unchanged
            return indent - layout.indent, offset, indent
    return unchanged


def _moved(lines: list[str], columns: int) -> list[str] | None:
    """Each line but empty ones `columns` to the right, or left when negative; None when a line has not the spaces
    to take away (a comment at column 0). Spaces alone may be a block scalar's text: they move too."""
    if columns >= 0:
        pad = " " * columns
        return [pad + line if line.strip("\r\n") else line for line in lines]
    if any(line.strip() and _leading(line) < -columns for line in lines):
        return None
    return [line[min(-columns, _leading(line)) :] for line in lines]


def _placed(remarks: list[Remark], lines: list[str], first: int, around: list[int]) -> list[Remark]:
    """Each remark at the line of the merged file that holds its comment, `lines` being that file's from line
    `first`: the one nearest its `around`, where it would be had no line above it come or gone. A comment kept beside
    a value is on that key's line: `title: ML Engineer  # TBD` above `fte: 1.0  # TBD` was named for the fte once a
    line came above both. The lines are read once, not once per remark: 5,000 took 134 s."""
    where = _comment_lines(lines)
    placed = []
    for remark, near in zip(remarks, around, strict=True):
        holding = where.get((None if remark.removed else remark.key, remark.comment.strip()))
        if holding is None:  # a comment after more than _INDEXED '#'s of its line (a value's 'Nurse #2' is one)
            holding = _near(remark, lines, near - first)
        if not holding:
            placed.append(replace(remark, before=remark.line))
            continue
        at = bisect.bisect_left(holding, near - first)
        nearest = min(holding[max(at - 1, 0) : at + 1], key=lambda i: abs(first + i - near))
        placed.append(replace(remark, line=first + nearest, before=remark.line))
    return placed


_COMMENT = re.compile(r"(?:^|(?<=\s))#")
_KEY = re.compile(r"\s*(?:-\s+)*([^\s:#\-][^\s:#]*):")
_INDEXED = 8  # the '#'s of a line taken as where its comment may begin
# How many lines either side of where it was a comment the index missed is looked for: reading every line for each
# made a hostile file quadratic (12,500 people merged, each with a value holding ' #' nine times: see the commit).
_NEAR = 100


def _near(remark: Remark, lines: list[str], at: int) -> list[int]:
    """The lines within _NEAR of line `at` that hold `remark`, else those holding its comment at all."""
    window = range(max(at - _NEAR, 0), min(at + _NEAR + 1, len(lines)))
    return [i for i in window if _holds(remark, lines[i])] or [i for i in window if remark.comment in lines[i]]


def _comment_lines(lines: list[str]) -> dict[tuple[str | None, str], list[int]]:
    """The lines holding each comment, in order, by the key written on the line (None: the comment is the line) and
    the comment's words: a line's comment begins at one of its first '#'s after a space."""
    where: dict[tuple[str | None, str], list[int]] = {}
    for index, line in enumerate(lines):
        if "#" not in line:
            continue
        key = None if line.lstrip().startswith("#") else (match[1] if (match := _KEY.match(line)) else "")
        for found in itertools.islice(_COMMENT.finditer(line), _INDEXED):
            where.setdefault((key, line[found.start() :].strip()), []).append(index)
    return where


def _holds(remark: Remark, line: str) -> bool:
    """Whether `line` is where `remark` is written: its comment alone, or after its key's value."""
    if remark.removed:
        return line.strip() == remark.comment
    return line.lstrip(" -").startswith(f"{remark.key}:") and remark.comment in line


@dataclass(frozen=True)
class _Remarks:
    """Where _set notes the comments it keeps: the list, the person's place, and the file line of the document's
    line 0 (`people:` before a person cut out of the file, one line above the person)."""

    found: list[Remark]
    index: int
    first: int

    def note(self, person: Any, key: str, removed: bool) -> None:
        comment = _comment(person, key)
        if comment is not None and (removed or not comment.startswith("\n")):
            line = self.first + person.lc.key(key)[0]
            text = comment.split("\n", 1)[0] if not removed else comment.strip().split("\n", 1)[0].strip()
            self.found.append(Remark(self.index, key, line, text, removed))


def _comment(node: Any, key: Any) -> str | None:
    """The comment ruamel.yaml holds after `key`'s value: beside it, then any on lines of their own after it ('\n'
    first when none is beside it)."""
    token = node.ca.items.get(key, [None] * 4)[0 if isinstance(node, list) else 2]
    return None if token is None else str(token.value)


def _set(person: Any, sets: dict[str, Any], remarks: _Remarks) -> None:
    for key, value in sets.items():
        if key in person:
            remarks.note(person, key, removed=value is UNSET)
        if value is UNSET:
            _remove(person, key)
        else:
            person[key] = value


def _remove(person: Any, key: str) -> None:
    """`key` gone from `person`, the comments after its value kept on lines of their own where it was: ruamel.yaml
    drops them with the key (`start: 2026-01-05  # offer signed 2025-11-20`)."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    keys = list(person)
    at = keys.index(key)
    comment = _comment(person, key)
    column = person.lc.key(key)[1]
    person.pop(key)
    person.ca.items.pop(key, None)
    if comment is None or len(keys) < 2:
        return
    beside, _, after = comment.partition("\n")
    lines = [" " * column + beside.strip()] if beside.strip() else []
    lines += [line for line in after.split("\n") if line.strip()]
    node, last = _last_value(person, keys[at - 1] if at else keys[1])
    slot = 0 if isinstance(node, list) else 2
    entry = node.ca.items.setdefault(last, [None] * 4)
    block = "".join(line + "\n" for line in lines)
    if entry[slot] is None:  # '\n' first: none beside the value; a block scalar's own line break made a blank line
        entry[slot] = CommentToken(("" if _block_scalar(node[last]) else "\n") + block, CommentMark(0), None)
    else:
        entry[slot].value += block


def _last_value(node: Any, key: Any) -> tuple[Any, Any]:
    """The collection and key of the last value written under `key` of `node`: a comment after `key` goes after the
    last item of a block list or mapping it holds."""
    value: Any = node[key]
    while isinstance(value, dict | list) and value and not _flow(value):
        node, key = value, (len(value) - 1 if isinstance(value, list) else list(value)[-1])
        value = node[key]
    return node, key


def _block_scalar(value: Any) -> bool:
    """Whether ruamel.yaml writes `value` as a block scalar (`|`, `>`), which ends with its own line break."""
    from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

    return isinstance(value, LiteralScalarString | FoldedScalarString)


def _flow(node: Any) -> bool:
    return bool(node.fa.flow_style())


def _indented(text: str, columns: int) -> list[str]:
    pad = " " * columns
    return [pad + line if line.strip() else line for line in editor_lines(text, keepends=True)]


def _written_anchors_only(data: Any) -> bool:
    """Keep the anchors the user wrote; never invent one for a value teamaudit shares between two people."""
    anchor = getattr(data, "anchor", None)
    return anchor is None or anchor.value is None


def _yaml(offset: int, indent: int) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    keep_spelling(yaml)
    yaml.version = (1, 1)  # read `0101`, `1_000` and `yes` as teamaudit's loader (PyYAML) does, and write them back
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a user's long line
    yaml.representer.ignore_aliases = _written_anchors_only
    yaml.indent(mapping=max(2, indent - offset), sequence=indent, offset=offset)
    return yaml


def _whole(text: str, plan: Plan, remarks: list[Remark]) -> str:
    # The comments and blank lines ending the file stay at its end: ruamel.yaml puts them before new people.
    offset, indent = _guess_indent(text)
    closing = _trailing_comments(editor_lines(text, keepends=True))
    tail = "".join(closing[_own_comments(closing, indent) :])  # but the last person's own stay with it
    text = text[: len(text) - len(tail)]
    yaml = _yaml(offset, indent)
    doc, tabs = _load(yaml, text)
    _edit_people(doc, plan, remarks)
    if plan.organization is not None:
        if "organization" in doc:
            doc["organization"] = plan.organization
        else:
            doc.insert(0, "organization", plan.organization)
    escapes = _Escapes(text, doc)
    escapes.apply(doc)
    out = io.StringIO()
    yaml.dump(doc, out)
    return tabs.restored(escapes.written(_without_directive(out.getvalue(), text))) + tail


def _edit_people(doc: Any, plan: Plan, remarks: list[Remark]) -> None:
    """`plan` applied to the people list ruamel.yaml read, every comment between people (closing.py) kept above the
    next person kept, and those after the last person after the people added."""
    from ruamel.yaml.comments import CommentedMap

    people = doc["people"]
    if not people:
        people.fa.set_block_style()  # `people: []` would otherwise take every new person on one line
    pending = head(people)
    after = between(people)
    own = ""  # the comments right after the last person indented as its keys: above the people added, not below
    if after and plan.added and len(people) - 1 not in plan.removed:
        lines = after[-1].splitlines(keepends=True)
        count = _own_comments(lines, people[-1].lc.col)
        own, after[-1] = "".join(lines[:count]), "".join(lines[count:])
    for index, sets in plan.sets.items():
        _set(people[index], sets, _Remarks(remarks, index, 1))
    above: dict[int, str] = {}  # index once the removed are gone -> the comments to write above that person
    kept = 0
    for index, comments in enumerate(after):
        if index not in plan.removed:
            if pending:
                above[kept], pending = pending, ""
            kept += 1
        pending += comments
    for index in sorted(plan.removed, reverse=True):
        del people[index]
    for person in plan.added:
        people.append(CommentedMap(fields(person)))
        if person.get(MARKED):
            people[-1].yaml_add_eol_comment(OFFER_MARK, "name")
    if own:
        above[len(people) - len(plan.added)] = own
    for index, comments in above.items():
        put_before(doc, people, index, comments)
    put_after(doc, people, pending)


def _load(yaml: Any, text: str) -> tuple[Any, Spaced]:
    """The document ruamel.yaml reads from `text`, reading the tabs it refuses between tokens as spaces."""
    from ruamel.yaml.error import MarkedYAMLError

    try:
        return yaml.load(text), Spaced(text)
    except MarkedYAMLError:
        tabs = spaced(text)  # raises TabInValue when spaces would change a value
        if tabs.text == text:
            raise
        return yaml.load(tabs.text), tabs


class _Escapes:
    """ruamel.yaml writes U+202E, U+2028 and `##[` as they are, even double-quoted, where a terminal, a CI log or a
    diff acts on them; and it writes back so a string the file held escaped. Every string of what it writes that
    holds one goes double-quoted with each such piece as a numbered placeholder, which the dumped text then spells as
    its YAML escape, so it reads back as the same string."""

    def __init__(self, text: str, data: Any) -> None:
        seen = text + "".join(_strings(data))  # a placeholder is in neither the file nor anything it holds
        self.mark = "\ue000"  # private use: written as it is
        while self.mark in seen:
            self.mark += "\ue000"
        self.pieces: list[str] = []

    def apply(self, node: Any) -> None:
        """Each string value under `node` that holds such a piece, placeholders in, double-quoted (keys stay)."""
        from ruamel.yaml.scalarstring import DoubleQuotedScalarString

        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in list(items):
            if isinstance(value, str):
                if escape.needs_yaml_quotes(value) and not _safe_block(value):
                    node[key] = DoubleQuotedScalarString(escape.YAML_ESCAPED.sub(self._placeholder, value))
            else:
                self.apply(value)

    def _placeholder(self, match: re.Match[str]) -> str:
        """As long as the escape it stands for where it can be, so a comment ruamel.yaml lines up after it stays
        where the file had it."""
        piece = escape.yaml_escape(match.group())
        self.pieces.append(piece)
        number = str(len(self.pieces) - 1).zfill(len(piece) - 2 * len(self.mark))
        return f"{self.mark}{number}{self.mark}"

    def written(self, dumped: str) -> str:
        if not self.pieces:
            return dumped
        return re.sub(f"{self.mark}(\\d+){self.mark}", self._piece, dumped)

    def _piece(self, match: re.Match[str]) -> str:
        index = int(match[1])
        return self.pieces[index] if index < len(self.pieces) else match.group()


def _safe_block(value: str) -> bool:
    """A block scalar (`background: |`) the file wrote, whose only line breaks are its own and none of whose lines
    could act in a terminal or CI log: written back as a block, not as one double-quoted line."""
    from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

    if not isinstance(value, LiteralScalarString | FoldedScalarString):
        return False
    return not any(escape.needs_yaml_quotes(line) for line in value.split("\n"))


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


_KEY_COMMENT = re.compile(r"[ \t]+#.*")  # a comment after a key: YAML has no ` #` in a key with no value


def _guess_indent(text: str) -> tuple[int, int]:
    """(column of the `-`, column of the keys) of the first block list item under a key, comments and blank lines
    between them aside; (0, 2) if none."""
    lines = [line for line in editor_lines(text) if line.strip() and not line.lstrip().startswith("#")]
    for before, line in itertools.pairwise(lines):  # a comment between `people:` and the first `-` is no guide
        stripped = line.lstrip(" ")
        if _KEY_COMMENT.sub("", before).rstrip().endswith(":") and stripped.startswith("- "):
            offset = _leading(line)
            return offset, offset + 1 + _leading(stripped[1:])
    return 0, 2


def _without_directive(text: str, original: str) -> str:
    """The `%YAML 1.1` line YAML 1.1 mode may write first, gone; a `---` where the file had one, and only then."""
    if text.startswith("%YAML 1.1\n") and not original.lstrip("\ufeff").startswith("%YAML"):
        text = text[len("%YAML 1.1\n") :]
    had_start = any(line.strip() == "---" for line in _head(original))
    if text.startswith("---\n") and not had_start:
        return text[len("---\n") :]
    if had_start and not text.startswith("---"):
        return "---\n" + text
    return text


def _head(original: str) -> list[str]:
    """The lines before the first YAML content: comments, blank lines and a `---`."""
    lines = []
    for line in editor_lines(original):
        lines.append(line)
        if line.strip() and not line.lstrip().startswith("#"):
            break
    return lines

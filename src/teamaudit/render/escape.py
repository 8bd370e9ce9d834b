"""One escaping layer per output family, so nothing in a team file, rubric or config can steer the output.

- `text`: terminal and CI-log text. Line breaks, CR, ESC, C0/C1 controls, the Unicode line and paragraph
  separators, lone surrogates, noncharacters and every invisible format character (Unicode category Cf: bidi
  marks, embeddings, overrides and isolates, U+061C, the zero-width space, the word joiner, U+FEFF, the tag
  characters) are shown as visible escapes (`\\n`, `\\x1b`, `\\u202e`, `\\U000e0041`), so a user string
  can never start a line, carry an escape sequence, reorder what follows or hide text. Kept as written: ZWNJ and
  ZWJ (U+200C, U+200D), which Persian and Indic spelling and emoji sequences need, and the Cf signs a reader sees
  (Arabic number signs U+0600-0605, U+06DD, U+070F, U+0890-0891, U+08E2, Kaithi U+110BD, U+110CD). The
  bracket of `##[` is shown as `\\x5b`: GitHub's runner reads that older command form anywhere in a log line.
- `shell_word`: a word of a command a hint prints, quoted so that, shown by `text`, it pastes back into a shell as
  the same word: a file name holding a newline or ESC is written bash's `$'...'` way, whose escapes are `text`'s.
- `leading_path`: a file name a line begins with (`FILE: ok`, `FILE:LINE: problem`): one that would read as a
  `::command` is written `./::...`, the same file.
- `markdown`: `text`, then inert in a GitHub comment: no HTML, images, links, autolinks, @mentions, issue references
  (`#26`, `GH-26`, `owner/repo#26`), emphasis, code spans, headings, table pipes, math (`$x$`, `$$x$$`) or emoji
  shortcodes (`:shipit:`).
- `with_code`: advice, whose wording names keys as code spans (`fte`, `layer:`): those shown as code in markdown
  and HTML and plain in text, the rest escaped as above; a value's backtick, at a place the advice records
  (`Recommendation.literal`), is text.
- `github_data` / `github_property`: a workflow command's message and property values.
- `html`: `text`, then HTML's markup characters.
- `xml`: `text`, so the document stays well-formed XML 1.0 (ElementTree escapes the markup characters).
- `comment`: `xml`, safe inside an XML comment.
- `sarif_message`: a SARIF result's message text (after `text`), with no embedded link.
- `json_value`, `json_text`: a JSON document's values are finite (null otherwise), and its text holds no raw
  character a terminal would act on.
- `yaml_document`: YAML that reads back as the same data (`rubric show`), never wrapped, with every string that
  holds a line break, a control, bidi or invisible format character, `##[` or a leading `::` double-quoted and
  those escaped.
"""

from __future__ import annotations

import math
import re
import shlex
from collections.abc import Callable, Iterable
from html import escape as _html_escape
from typing import Any

from teamaudit.invisible import INVISIBLE

_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{INVISIBLE}\ud800-\udfff\ufffe\uffff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


_LEGACY_COMMAND = "##["  # `##[error]message`, `##[add-mask]`: a workflow command wherever it is in a line


def text(value: str) -> str:
    """A user string for a terminal or a CI log: one line, no control, bidi or invisible format characters, no
    `##[` command."""
    shown = _UNSAFE.sub(_visible, value)
    return shown.replace(_LEGACY_COMMAND, "##\\x5b") if _LEGACY_COMMAND in shown else shown


_COMMAND = "::"  # `::error::message`: a workflow command when a line begins with it, past its leading whitespace


_UNDECODABLE = re.compile("[\udc80-\udcff]")  # a file name's byte that is not UTF-8, as Python reads argv


def shell_word(value: str) -> str:
    """`value` quoted for a POSIX shell as a hint's command shows it, after `text`: shlex's quoting, or, where
    `text` would show an escape (a newline, ESC, `##[`), bash's `$'...'`, which reads `text`'s escapes back as the
    characters they stand for ('nl\\n.yaml' pasted as '...' named a file with a backslash and an n)."""
    if not _UNSAFE.search(value) and _LEGACY_COMMAND not in value:
        return shlex.quote(value)
    quoted = value.replace("\\", "\\\\").replace("'", "\\'")
    return "$'" + _UNDECODABLE.sub(lambda byte: f"\\x{ord(byte.group()) - 0xDC00:02x}", quoted) + "'"


def leading_path(path: str) -> str:
    """A file name as a line may begin with it, not yet escaped (`text` escapes the line or the name): `./` before
    one that would start the line with `::` once GitHub trims its whitespace, so `::warning x::/team.yaml` is
    `./::warning x::/team.yaml`, the same file, and never a workflow command."""
    return f"./{path}" if path.lstrip().startswith(_COMMAND) else path


# Markdown's inline syntax, HTML and GitHub's extensions: each is taken literally once escaped.
_MARKDOWN_PUNCT = re.compile(r"([\\`*_\[\]|~#!$])")
_LEADING_MARK = re.compile(r"^(\s*)([-+=])")  # a list item or a setext heading underline
_LEADING_NUMBER = re.compile(r"^(\s*\d+)([.)])")  # an ordered list item
_AUTOLINK = re.compile(r"(?i)(://|www\.)")
_ZWSP = "&#8203;"  # zero-width space: breaks an @mention or an autolink without changing what a reader sees
_SHORTCODE = re.compile(r":(?=[\w+-]+:)")  # the colon that opens an emoji shortcode
# An issue or pull request reference, `#26`, `GH-26` or `owner/repo#26` (GitHub's "Autolinked references and URLs"):
# a link, and a mention in the timeline of the issue it names, in any repository. A `#` already escaped `\#`.
_REFERENCE = re.compile(r"(?i)(\\#|\bgh-)(?=\d)")


def markdown(value: str) -> str:
    """A user string inside a GitHub comment: shown as written, never rendered as markup or a mention."""
    out = text(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = _MARKDOWN_PUNCT.sub(r"\\\1", out)
    out = _LEADING_NUMBER.sub(r"\1\\\2", _LEADING_MARK.sub(r"\1\\\2", out))
    out = _SHORTCODE.sub(":" + _ZWSP, out.replace("@", "@" + _ZWSP))
    out = _REFERENCE.sub(lambda m: m.group(1) + _ZWSP, out)
    return _AUTOLINK.sub(lambda m: m.group(1)[:-1] + _ZWSP + m.group(1)[-1], out)


# A key or an option a rule's or rubric's wording names as code: `fte`, `layer:`, `thresholds.confidence`, `--basis
# headcount`. Only wording writes one: rules/advice.py's `say` records where a value writes a backtick
# (`Recommendation.literal`), so no name or title opens one.
CODE_SPAN = re.compile(r"`(--[a-z][\w-]*(?: [\w-]+)?|[A-Za-z_][\w.]*(?::(?: [\w.]+)?)?)`")


def with_code(
    value: str, outside: Callable[[str], str], code: Callable[[str], str], literal: Iterable[int] = ()
) -> str:
    """Advice as a format shows it: each code span its wording writes shown by `code` (as code in markdown and
    HTML, plain in text), the rest escaped by `outside`; a backtick at a `literal` place (a name's, a title's) is
    text, escaped by `outside` like the rest."""
    out, last = [], 0
    found = list(value)
    for place in literal:
        found[place] = " "  # the same length, so each span found is at its place in `value`
    for span in CODE_SPAN.finditer("".join(found)):
        out += [outside(value[last : span.start()]), code(value[span.start(1) : span.end(1)])]
        last = span.end()
    return "".join([*out, outside(value[last:])])


def github_data(value: str) -> str:
    """A workflow command's message: GitHub's own escapes for %, CR and LF, after `text`."""
    return text(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(value: str) -> str:
    """A workflow command's property value (file=, title=): `github_data` plus ':' and ','."""
    return github_data(value).replace(":", "%3A").replace(",", "%2C")


def xml(value: str) -> str:
    """A user string for an XML attribute or text node: only characters XML 1.0 allows."""
    return text(value)


def html(value: str) -> str:
    """A user string in HTML text or a quoted attribute: `text`, then the markup characters."""
    return _html_escape(text(value))


def comment(value: str) -> str:
    """Text inside <!-- -->, which may not hold '--'."""
    return xml(value).replace("--", "- -").replace("--", "- -")


_SARIF_LINK_SYNTAX = re.compile(r"[\\\[\]]")


def sarif_message(value: str) -> str:
    """A SARIF message's text, already passed through `text`, with its square brackets and backslashes escaped
    (SARIF 2.1.0, 3.11.6), so a name written `[click](https://e.example)` is shown as written, never an embedded
    link in code scanning."""
    return _SARIF_LINK_SYNTAX.sub(lambda m: "\\" + m.group(), value)


def json_value(value: Any) -> Any:
    """`value` with every non-finite float as None and every lone surrogate shown as an escape, recursively;
    the same object when nothing needed changing."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return _SURROGATE.sub(_visible, value) if _SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")
# What json.dumps(ensure_ascii=False) writes raw although a terminal or log would act on it. It only occurs
# inside JSON strings, where its \uXXXX escape means the same character.
_JSON_RAW = re.compile(f"[\x7f-\x9f\u2028\u2029{INVISIBLE}\ud800-\udfff\ufffe\uffff]")


def _json_escape(match: re.Match[str]) -> str:
    """A character as a JSON string spells it: `\\u202e`; past U+FFFF, its UTF-16 surrogate pair."""
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def json_text(dumped: str) -> str:
    """A JSON document as json.dumps wrote it, with DEL, C1 controls, invisible format characters (bidi among
    them) and line separators escaped, and the bracket of `##[` written `\\u005b` (JSON has no `#` outside
    strings, so this only changes how a string is spelt, never what it holds)."""
    if _JSON_RAW.search(dumped):
        dumped = _JSON_RAW.sub(_json_escape, dumped)
    return dumped.replace(_LEGACY_COMMAND, "##\\u005b") if _LEGACY_COMMAND in dumped else dumped


def needs_yaml_quotes(value: str) -> bool:
    """Whether a YAML string must be double-quoted for `yaml_escape` to be able to spell its pieces."""
    return bool(_UNSAFE.search(value)) or _LEGACY_COMMAND in value or value.lstrip().startswith("::")


YAML_ESCAPED = re.compile(f"{_UNSAFE.pattern}|##\\[")  # the pieces of a double-quoted YAML string to spell escaped


def yaml_escape(piece: str) -> str:
    """A piece `YAML_ESCAPED` matched, as a double-quoted YAML string spells it: `\\u202e`, `\\n`, `##\\x5b`."""
    if piece == _LEGACY_COMMAND:
        return "##\\x5b"
    code = ord(piece)
    return "\\n" if piece == "\n" else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def yaml_document(data: Any, base: Any = None, **options: Any) -> str:
    """`data` as YAML a terminal and a CI log show as written (`rubric show`, `import`): lines are never wrapped
    (a wrapped string could start a line with `::add-mask::`), and a string that holds anything `text` escapes is
    double-quoted with it escaped the YAML way (`\\u202e`, `\\x5b`), so it reads back as the same string. `base`
    is the dumper class to start from (yaml.SafeDumper); `options` go to yaml.dump."""
    import yaml

    class _Dumper(base or yaml.SafeDumper):  # type: ignore[misc]
        pass

    def represent(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"' if needs_yaml_quotes(value) else None)

    _Dumper.add_representer(str, represent)
    settings = {"sort_keys": False, "allow_unicode": True, **options, "width": 2**31 - 1}
    dumped: str = yaml.dump(data, Dumper=_Dumper, **settings)
    # Only double-quoted strings can hold these now, and YAML reads the escapes there as the characters.
    dumped = _UNSAFE.sub(lambda m: m.group() if m.group() == "\n" else yaml_escape(m.group()), dumped)
    return dumped.replace(_LEGACY_COMMAND, yaml_escape(_LEGACY_COMMAND))

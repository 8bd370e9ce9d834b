"""Output formats: one module per format, each a pure function Report -> str, behind one registry; and the
formats of `teamaudit diff`, each a function DiffReport -> str in `render.diff`, behind a second registry of
the same style. Both name where the renderer lives and import it only when used, so this module stays light
enough for the command line to read its choices from at start-up.

A format may also offer `chunks(report, options)`, the same text in pieces, so a large report is written
as it is produced; `chunked_renderer` gives that, or the whole text as one piece."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from teamaudit.diff import DiffReport
    from teamaudit.model import Report


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    SARIF = "sarif"
    JUNIT = "junit"
    GITHUB = "github"
    HTML = "html"


class Paper(StrEnum):
    """The page size the HTML report prints on: a print dialog offers no other once the page names one."""

    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    details: bool = False
    width: int = 100
    title: str | None = None  # HTML report branding
    client: str | None = None
    author: str | None = None
    logo: str | None = None  # a data: URI
    logo_alt: str | None = None  # --logo-alt: whose logo it is, where it is not the organization's; "": decorative
    paper: Paper = Paper.A4
    # The team file's path as given, where --redact showed it with names hidden: GitHub's annotations name it, as
    # they must to land on it, and the repository they land in holds it (render/github.py)
    team_file: str | None = None


Renderer = Callable[["Report", RenderOptions], str]
ChunkedRenderer = Callable[["Report", RenderOptions], Iterable[str]]
DiffRenderer = Callable[["DiffReport"], str]

# Module per format, imported only when used: `--format json` never imports rich.
_MODULES: dict[Format, str] = {
    Format.TEXT: "teamaudit.render.text",
    Format.JSON: "teamaudit.render.json_format",
    Format.MARKDOWN: "teamaudit.render.markdown",
    Format.SARIF: "teamaudit.render.sarif",
    Format.JUNIT: "teamaudit.render.junit",
    Format.GITHUB: "teamaudit.render.github",
    Format.HTML: "teamaudit.render.html",
}


def renderer(fmt: Format) -> Renderer:
    module = importlib.import_module(_MODULES[fmt])
    render: Renderer = module.render
    return render


def chunked_renderer(fmt: Format) -> ChunkedRenderer:
    module = importlib.import_module(_MODULES[fmt])
    chunks: ChunkedRenderer | None = getattr(module, "chunks", None)
    if chunks is not None:
        return chunks
    render: Renderer = module.render
    return lambda report, options: (render(report, options),)


class DiffFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"


# Function per diff format, in teamaudit.render.diff, imported only when used.
_DIFF_MODULE = "teamaudit.render.diff"
_DIFF_FUNCTIONS: dict[DiffFormat, str] = {
    DiffFormat.TEXT: "text",
    DiffFormat.MARKDOWN: "markdown",
    DiffFormat.JSON: "json_doc",
}


def diff_renderer(fmt: DiffFormat) -> DiffRenderer:
    render: DiffRenderer = getattr(importlib.import_module(_DIFF_MODULE), _DIFF_FUNCTIONS[fmt])
    return render

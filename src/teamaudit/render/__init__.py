"""Output formats: one module per format, each a pure function Report -> str, behind one registry.

A format may also offer `chunks(report, options)`, the same text in pieces, so a large report is written
as it is produced; `chunked_renderer` gives that, or the whole text as one piece."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from teamaudit.report import Report


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    SARIF = "sarif"
    JUNIT = "junit"
    GITHUB = "github"
    HTML = "html"


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    details: bool = False
    width: int = 100
    title: str | None = None  # HTML report branding
    client: str | None = None
    author: str | None = None
    logo: str | None = None  # a data: URI


Renderer = Callable[[Report, RenderOptions], str]
ChunkedRenderer = Callable[[Report, RenderOptions], Iterable[str]]

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

# Formats for machines: nothing but the document on stdout.
MACHINE_FORMATS = frozenset({Format.JSON, Format.SARIF, Format.JUNIT, Format.GITHUB})


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

"""A progress display on standard error while a big team file is read and classified, only on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from teamaudit.classify import Progress

PROGRESS_MIN_BYTES = 1_000_000  # about 10,000 people: files that take more than a second


@contextmanager
def progress_display(path: Path) -> Iterator[Progress | None]:
    """A progress display on stderr, only on a terminal and only for files big enough to take a while."""
    try:
        big = path.stat().st_size >= PROGRESS_MIN_BYTES
    except OSError:
        big = False
    if not big or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.markup import escape as markup_escape
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.progress import (
        Progress as Bar,
    )

    from teamaudit.render import escape

    with Bar(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(f"reading {markup_escape(escape.text(path.name))}", total=None)

        def update(stage: str, done: int, total: int | None) -> None:
            bar.update(task, description=stage, completed=done, total=total)

        yield update

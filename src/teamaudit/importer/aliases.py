"""YAML aliases in a team file that import would edit: `*a` repeating the person marked `&a`, or `<<: *defaults`
giving several people one title.

yamledit.py edits a person alone, cut out of the file: an alias there refers to nothing, and ruamel.yaml stops
with a traceback; an anchor there is written back only if used, so the people aliasing it are left with nothing
to refer to. And an edit to a shared value would change every person sharing it. So a merge into such a file is
refused, naming the first alias; `check` reads the file as it always did.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from teamaudit.errors import TeamAuditError, clipped
from teamaudit.yamlread.yamlnodes import position
from teamaudit.yamlread.yamlstream import Loader

# What an alias looks like: `*` and its anchor's name, after a space or a flow collection's bracket or comma. A
# `*` inside a word (`C*O`) or before a space (`# * note`) is none.
_MAYBE_ALIAS = re.compile(r"(?:^|[\s\[{,])\*[^\s,\[\]{}]", re.MULTILINE)


def refuse_aliases(text: str, path: Path) -> None:
    """Raise an error naming the first alias of `text`, a team file that reads as valid YAML, if it has one."""
    if not _MAYBE_ALIAS.search(text):  # most files need no second reading
        return
    loader: Any = Loader(text)  # typed Any: PyYAML's stubs do not describe events' attributes
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                anchor = clipped(str(event.anchor))
                line, column = position(event)
                raise TeamAuditError(
                    f"import cannot edit a team file whose people share YAML anchors: *{anchor} repeats the value "
                    f"marked &{anchor}",
                    file=path,
                    line=line,
                    column=column,
                    hint="write each person out in full, or import into a new file",
                )
    finally:
        loader.dispose()

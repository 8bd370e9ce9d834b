"""`rubric show`: a rubric as one file that means the same when saved. Everything it inherits is merged in and
`extends:` is left out, since a saved copy that kept it would merge its parent in a second time (and bring back
the signals the child removed); a leading comment says what it was merged from."""

from __future__ import annotations

from pathlib import Path

from teamaudit.render.escape import text as shown
from teamaudit.render.escape import yaml_document
from teamaudit.rubric import Rubric, rubric_data
from teamaudit.rubricfiles import builtin_dir


def standalone_yaml(rubric: Rubric) -> str:
    data = rubric_data(rubric)
    del data["extends"]
    if not rubric.extends:
        return yaml_document(data)
    merged = " over ".join(_file_name(file) for file in rubric.files)
    header = f"# {rubric.name} {rubric.version}: {merged}, merged. It extends nothing: saved, it reads the same.\n"
    return shown(header.removesuffix("\n")) + "\n" + yaml_document(data)


def _file_name(file: str) -> str:
    path = Path(file)
    return f"{path.stem} (built-in)" if path.resolve().parent == builtin_dir().resolve() else file

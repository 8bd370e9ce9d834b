"""Plain scalars that are not text (`007`, `0x1F`, `1:30`, `yes`, `~`, `1e3`) written back as the file spells them.

ruamel.yaml's round-trip mode reads them as numbers, truth values or nulls and writes back what it read: `id: 007`
became `07`, `1:30` became `90`, `yes` `true`, `+7` `7`, and the YAML 1.1 float `1e3` warned on stderr. A merge
must leave a value it does not set as written, so these are kept as their text and their tag: the tag makes
ruamel.yaml write the text plain, and the text reads back as it did, whichever loader reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

_TAGS = ("null", "bool", "int", "float", "timestamp")


@dataclass(frozen=True)
class Spelled:
    tag: str
    text: str


def keep_spelling(yaml: Any) -> None:
    """Make the round-trip `yaml` read such plain scalars as Spelled and write them back as they were."""
    yaml.Constructor, yaml.Representer = _classes()


@cache
def _classes() -> tuple[type, type]:
    """ruamel.yaml's round-trip constructor and representer, with Spelled in place of those scalars; made once (a
    merge makes a YAML instance per person it edits)."""
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.representer import RoundTripRepresenter

    class Constructor(RoundTripConstructor):
        pass

    class Representer(RoundTripRepresenter):
        pass

    for name in _TAGS:
        Constructor.add_constructor(f"tag:yaml.org,2002:{name}", _construct)
    Representer.add_representer(Spelled, _represent)
    return Constructor, Representer


def _construct(constructor: Any, node: Any) -> Any:
    tag = str(node.tag)
    if node.anchor is not None or node.style:  # `&a 7` keeps its anchor, `!!int "7"` its quotes, as ruamel does
        from ruamel.yaml.constructor import RoundTripConstructor

        return RoundTripConstructor.yaml_constructors[tag](constructor, node)
    return Spelled(tag, node.value)


def _represent(representer: Any, data: Spelled) -> Any:
    return representer.represent_scalar(data.tag, data.text)

"""`--help` as a newcomer reads it: each argument named as the usage line above it names it, and each option's
value said as what to write, not as the Python type that parses it."""

from __future__ import annotations

import re

import pytest

from conftest import run_cli


def _commands(*group: str) -> list[tuple[str, ...]]:
    """The commands `teamaudit [GROUP] --help` lists, each with the groups it is in (`rubric show`)."""
    listed = run_cli(*group, "--help").stdout.partition("\nCommands:\n")[2]
    found: list[tuple[str, ...]] = []
    for name in re.findall(r"^  (\S+)", listed, flags=re.MULTILINE):
        below = run_cli(*group, name, "--help").stdout
        found += _commands(*group, name) if "\nCommands:\n" in below else [(*group, name)]
    return found


COMMANDS = _commands()


def _section(help_text: str, title: str) -> str:
    return help_text.partition(f"\n{title}:\n")[2].partition("\n\n")[0]


def test_every_command_is_looked_at():
    assert {"check", "diff", "explain", "init", "config"} <= {c[0] for c in COMMANDS}
    assert ("rubric", "show") in COMMANDS and ("rubric", "validate") in COMMANDS


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_the_arguments_list_names_each_argument_as_the_usage_line_does(command):
    """`teamaudit config --help` read `Usage: teamaudit config [OPTIONS] [TEAM_FILE]` over `team_file  Find the
    config ...`, and `diff --help` `BASE HEAD` over `base` and `head`: two names for one thing."""
    shown = run_cli(*command, "--help").stdout
    usage = shown.splitlines()[0].partition("[OPTIONS]")[2].split()
    in_usage = [word.strip("[]") for word in usage]
    listed = re.findall(r"^  (\S+)", _section(shown, "Arguments"), flags=re.MULTILINE)
    assert listed == in_usage


TYPED = COMMANDS  # import's --reqs, --map and --assume-fte say what to write too (<file>, <field=column>, <kind=fte>)


@pytest.mark.parametrize("command", TYPED, ids=[" ".join(c) for c in COMMANDS])
def test_no_option_says_its_value_as_a_python_type(command):
    """`-r, --rubric <str>` and `--max-bytes <int range>` told a founder nothing about what to write there."""
    options = _section(run_cli(*command, "--help").stdout, "Options")
    metavars = re.findall(r"^  (?:-\w, )?--[\w-]+ (<[^>]*>)", options, flags=re.MULTILINE)
    assert not [m for m in metavars if m in ("<str>", "<int>", "<float>", "<int range>", "<float range>")]


def test_a_missing_argument_is_named_as_the_usage_line_names_it():
    result = run_cli("diff", "team.yaml")
    assert result.code == 2 and "Missing argument 'HEAD'." in result.stderr

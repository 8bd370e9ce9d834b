"""The command line stays thin: options declared once, format choices from the render registries, and the jobs
that are not parsing options (logo, --map, the settings table, the pre-commit line) in their own modules."""

from __future__ import annotations

import base64
import datetime as dt
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import typer.main

from conftest import EXAMPLES, run_cli
from teamaudit.cli import app
from teamaudit.config import Settings, resolve, settings_rows
from teamaudit.configschema import Suppression
from teamaudit.errors import TeamAuditError
from teamaudit.importer import parse_map
from teamaudit.model import Basis, FailOn, Scope
from teamaudit.pipeline import run_check
from teamaudit.render import DiffFormat, Format, RenderOptions, chunked_renderer, diff_renderer, renderer
from teamaudit.render.logo import MAX_LOGO_BYTES, data_uri
from teamaudit.render.precommit import lines
from test_logo_metadata import LOGOS, png


def _commands() -> dict[str, Any]:
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def _option(command: Any, name: str) -> Any:
    return next(p for p in command.params if name in p.opts)


def test_format_choices_are_the_render_registries():
    commands = _commands()
    assert list(_option(commands["check"], "--format").type.choices) == [f.value for f in Format]
    assert list(_option(commands["diff"], "--format").type.choices) == [f.value for f in DiffFormat]


def test_every_registered_format_has_a_renderer_that_renders():
    report = run_check(EXAMPLES / "plan-fixes.yaml", Settings())
    for fmt in Format:
        whole = renderer(fmt)(report, RenderOptions())
        assert whole.strip(), fmt
        assert "".join(chunked_renderer(fmt)(report, RenderOptions())) == whole, fmt
    from teamaudit.diff import diff

    change = diff(str(EXAMPLES / "backwards.yaml"), str(EXAMPLES / "plan-fixes.yaml"), Settings())
    for dfmt in DiffFormat:
        assert diff_renderer(dfmt)(change).strip(), dfmt


# Options that share a name but mean something else on these commands: the HTML file `report` must write,
# and the team file `import` writes or merges into; `import --redact` is a refusal saying what to do instead;
# `report --details` adds no list of people, which its HTML always has.
DIFFERENT_MEANING = {"--output": {"report", "import"}, "--redact": {"import"}, "--details": {"report"}}
# Options whose choices, and so default, come from each command's own registry (tested above).
OWN_CHOICES = {"--format"}


def test_an_option_several_commands_share_reads_the_same_on_each():
    seen: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for name, command in _commands().items():
        for param in command.params:
            opt = param.opts[0]
            if not opt.startswith("--") or name in DIFFERENT_MEANING.get(opt, ()):
                continue
            choices = None if opt in OWN_CHOICES else getattr(param.type, "choices", None)
            default = None if opt in OWN_CHOICES else param.default
            shape = repr((param.opts, param.help, default, choices, param.type.name))
            seen[opt][shape].append(name)
    shared = {opt: shapes for opt, shapes in seen.items() if sum(map(len, shapes.values())) > 1}
    assert {
        "--scope",
        "--basis",
        "--fail-on",
        "--rubric",
        "--config",
        "--redact",
        "--output",
        "--max-bytes",
        "--paper",
    } <= set(shared)
    differing = {opt: dict(shapes) for opt, shapes in shared.items() if len(shapes) > 1}
    assert not differing, differing


def test_scope_basis_and_fail_on_choices_are_the_report_enums():
    commands = _commands()
    for opt, kind in (("--scope", Scope), ("--basis", Basis), ("--fail-on", FailOn)):
        assert list(_option(commands["check"], opt).type.choices) == [k.value for k in kind]


def test_the_limits_defaults_are_the_readers_defaults():
    from teamaudit.roster import load_roster
    from teamaudit.yamlread.yamlfile import DEFAULT_MAX_BYTES

    commands = _commands()
    assert _option(commands["check"], "--max-bytes").default == DEFAULT_MAX_BYTES
    assert _option(commands["diff"], "--max-bytes").default == DEFAULT_MAX_BYTES
    for command in ("check", "diff"):
        assert _option(commands[command], "--max-people").default == load_roster.__kwdefaults__["max_people"]


# The logo, with the HTML renderer.


def test_logo_is_embedded_as_a_data_uri(tmp_path: Path):
    logo = tmp_path / "logo.PNG"
    logo.write_bytes(png())  # a whole picture with nothing to strip, embedded as it is
    assert data_uri(logo) == "data:image/png;base64," + base64.b64encode(png()).decode()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("logo.png", b"\x89PNG\r\n\x1a\n"),  # a signature and nothing else: a newcomer's broken-image box
        ("logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIDAT"),
        ("logo.jpg", b"\xff\xd8\xff"),
        ("logo.gif", b"GIF89a"),
        ("logo.webp", b"RIFF\x24\x00\x00\x00WEBP"),
        ("logo.svg", b""),
    ],
    ids=["png-signature-only", "png-no-ihdr", "jpeg-start-only", "gif-signature-only", "webp-no-image", "empty"],
)
def test_a_logo_that_is_only_the_start_of_a_picture_is_refused(tmp_path: Path, name: str, data: bytes):
    logo = tmp_path / name
    logo.write_bytes(data)
    with pytest.raises(TeamAuditError, match=r"empty or not an? [A-Za-z]+ picture"):
        data_uri(logo)


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("logo.bmp", lambda p: p.write_bytes(b"BM"), "a logo must be .png"),
        ("logo.png", lambda p: None, "no such file"),
        ("logo.png", lambda p: p.mkdir(), "no such file"),
        ("logo.png", lambda p: os.mkfifo(p), "no such file"),
        ("logo.svg", lambda p: p.write_bytes(b" " * (MAX_LOGO_BYTES + 1)), "under 2 MB"),
    ],
    ids=["type", "missing", "directory", "fifo", "too-big"],
)
def test_logo_refused_with_one_clear_line(tmp_path: Path, name, make, message):
    path = tmp_path / name
    make(path)
    with pytest.raises(TeamAuditError) as caught:
        data_uri(path)
    assert message in str(caught.value) and len(caught.value.lines()) == 1


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("logo.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
        ("logo.jpg", (LOGOS / "python.jpg").read_bytes()),
        ("logo.webp", (LOGOS / "python.webp").read_bytes()),
    ],
)
def test_every_kind_of_picture_is_accepted_whole(tmp_path: Path, name: str, data: bytes):
    logo = tmp_path / name
    logo.write_bytes(data)
    assert data_uri(logo).endswith(base64.b64encode(data).decode())


def test_an_svg_is_accepted_past_its_prolog_which_is_not_embedded(tmp_path: Path):
    logo = tmp_path / "logo.svg"
    logo.write_bytes(
        b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg>\n'
        b'<svg xmlns="http://www.w3.org/2000/svg"/>'
    )
    embedded = base64.b64decode(data_uri(logo).split(",", 1)[1])
    assert embedded == b'<svg xmlns="http://www.w3.org/2000/svg" />'


def test_logo_at_the_limit_is_accepted(tmp_path: Path):
    logo = tmp_path / "logo.svg"
    logo.write_bytes(b"<svg>" + b" " * (MAX_LOGO_BYTES - 11) + b"</svg>")
    assert data_uri(logo).startswith("data:image/svg+xml;base64,")


# --map, with the importer.


def test_map_options_become_overrides_the_last_one_winning():
    assert parse_map(['title="Job Title"', " team = Dept ", "title=Role"]) == {"title": "Role", "team": "Dept"}
    assert parse_map([]) == {}


@pytest.mark.parametrize("item", ["title", "=Job Title", "title=", "title=  ", " =x"])
def test_a_map_option_without_field_or_column_is_refused(item):
    with pytest.raises(TeamAuditError, match='write it as field="Column name"'):
        parse_map([item])


# The settings table, with config.


def test_settings_rows_say_each_value_and_where_it_came_from(tmp_path: Path):
    config = tmp_path / ".teamaudit.yaml"
    config.write_text(
        "scope: current\nrules: {TA003: warning, TA005: off}\nthresholds: {ml-ratio: 1.5}\n"
        "ignore:\n  - {rule: TA002, layer: integration, reason: hiring, until: 2099-01-31}\n",
        encoding="utf-8",
    )
    settings = resolve(tmp_path / "team.yaml", cli={"fail_on": FailOn.WARNING}, env={})
    assert settings_rows(settings) == [
        ("config file", str(config.resolve()), "found next to the team file"),
        ("rubric", "healthcare-ai", "default"),
        ("scope", "current", str(config.resolve())),
        ("basis", "fte", "default"),
        ("fail-on", "warning", "command line"),
        ("rules", "TA003=warning, TA005=off", str(config.resolve())),
        ("thresholds", "ml-ratio=1.5", str(config.resolve())),
        ("ignore", "TA002 integration until 2099-01-31: hiring", f"{config.resolve()}:5"),
    ]


def test_settings_rows_of_the_defaults():
    rows = settings_rows(Settings(ignore=(Suppression(rule="TA005", until=dt.date(2099, 1, 1)),)))
    assert rows[0] == ("config file", "(none)", "")
    assert ("rules", "(rule defaults)", "default") in rows and ("thresholds", "(rubric's)", "default") in rows
    # `teamaudit config` listed a suppression TA006 voids as if it applied (a newcomer's trial).
    assert rows[-1] == ("ignore", "TA005 until 2099-01-01: (no reason) (does not apply: it has no reason; TA006)", "")
    expired = Suppression(rule="TA005", reason="accepted", until=dt.date(2020, 1, 1))
    assert settings_rows(Settings(ignore=(expired,)), today=dt.date(2026, 12, 2))[-1][1] == (
        "TA005 until 2020-01-01: accepted (does not apply: it expired on 2020-01-01; TA006)"
    )


# The pre-commit line, with the renderers.


def test_pre_commit_lines_are_the_verdict_then_each_failing_finding():
    report = run_check(EXAMPLES / "backwards.yaml", Settings())
    out = lines("team\x1b[2J.yaml", report)
    assert out[0].startswith("team\\x1b[2J.yaml: FAIL ML research 10.0 FTE")
    assert len(out) == 1 + len(report.failing) > 1
    assert all(line.startswith("team\\x1b[2J.yaml:") and " error TA00" in line for line in out[1:])
    passing = run_check(EXAMPLES / "balanced.yaml", Settings())
    assert lines("ok.yaml", passing) == [lines("ok.yaml", passing)[0]] and "PASS" in lines("ok.yaml", passing)[0]


def test_a_config_found_walking_up_says_how_far_and_which_config_beside_it_lost(tmp_path: Path):
    """`found next to the team file` was said of a config one folder up, and a [tool.teamaudit] table beside it
    was ignored without a word."""
    (tmp_path / ".teamaudit.yaml").write_text("fail-on: never\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.teamaudit]\nfail-on = "info"\n', encoding="utf-8")
    (tmp_path / "plans" / "q1").mkdir(parents=True)
    settings = resolve(tmp_path / "plans" / "q1" / "team.yaml", env={})
    assert settings_rows(settings)[0] == (
        "config file",
        str((tmp_path / ".teamaudit.yaml").resolve()),
        "found 2 folders above the team file; it wins over [tool.teamaudit] in the pyproject.toml beside it, "
        "which is not read",
    )
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    settings = resolve(tmp_path / "plans" / "team.yaml", env={})
    assert settings_rows(settings)[0][2] == "found 1 folder above the team file"


def test_check_prints_the_html_report_on_the_paper_report_does(tmp_path: Path):
    """`report --paper letter` printed Letter pages, while `check -f html --paper letter` was 'No such option', so a
    pipeline writing its HTML with check could only print A4: both take the one --paper, and check refuses it with a
    format that prints no pages, rather than ignore it."""
    balanced = str(EXAMPLES / "balanced.yaml")
    for paper, size in (("letter", "letter"), ("A4", "A4"), (None, "A4")):
        chosen = ["--paper", paper] if paper else []
        page = run_cli("check", balanced, "-f", "html", *chosen)
        assert page.code == 0 and f"@page {{ size: {size};" in page.stdout, page.stderr
        written = tmp_path / "report.html"
        assert run_cli("report", balanced, *chosen, "-o", str(written)).code == 0
        assert f"@page {{ size: {size};" in written.read_text(encoding="utf-8")
    refused = run_cli("check", balanced, "-f", "json", "--paper", "letter")
    assert refused.code == 2 and refused.stdout == ""
    assert refused.stderr == (
        "teamaudit: error: --paper is the HTML report's page size; --format json prints no pages "
        "(add --format html, or leave --paper out)\n"
    )
    pdf = run_cli("check", balanced, "--paper", "letter", "-o", str(tmp_path / "board.pdf"))
    assert pdf.code == 2 and "teamaudit report " in pdf.stderr and " --paper letter -o " in pdf.stderr


def test_paper_refused_for_a_file_named_for_another_format_says_so(tmp_path: Path):
    """`check -o team.json --paper letter` was told '--format json prints no pages (add --format html, ...)': no
    --format was written, and adding it led to "'team.json' is named for json, but --format html was asked for". The
    refusal names the file that chose the format, and a hint that works."""
    balanced = str(EXAMPLES / "balanced.yaml")
    written = tmp_path / "team.json"
    refused = run_cli("check", balanced, "-o", str(written), "--paper", "letter")
    assert refused.code == 2 and not written.exists()
    assert refused.stderr == (
        f"teamaudit: error: --paper is the HTML report's page size; '{written}' is named for json, which prints no "
        "pages (name the file .html, or leave --paper out)\n"
    )
    for unnamed in ("-", str(tmp_path / "report")):  # stdout, or a name naming no format: the text report's
        text = run_cli("check", balanced, "-o", unnamed, "--paper", "letter")
        assert text.code == 2 and "; --format text prints no pages (add --format html" in text.stderr
    renamed = tmp_path / "team.html"
    assert run_cli("check", balanced, "-o", str(renamed), "--paper", "letter").code == 0
    assert "@page { size: letter;" in renamed.read_text(encoding="utf-8")

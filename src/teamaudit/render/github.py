"""`--format github`: GitHub Actions workflow commands, one per finding, shown as annotations on the file."""

from __future__ import annotations

from teamaudit.render import RenderOptions
from teamaudit.report import Report, Severity

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, options: RenderOptions) -> str:
    lines = []
    for f in report.findings:
        # An accepted finding is a notice; otherwise the annotation keeps the finding's severity.
        command = "notice" if f.suppressed else _COMMAND[f.severity]
        props = [f"file={_prop(report.source)}"]
        if f.line:
            props.append(f"line={f.line}")
        props.append(f"title={_prop(f'{f.rule} {f.name}')}")
        message = f.message + (f" (suppressed: {f.suppressed})" if f.suppressed else "")
        lines.append(f"::{command} {','.join(props)}::{_data(message)}")
    return "".join(line + "\n" for line in lines)

"""The PDF a user gets by pasting the command `report -o board.pdf` suggests: a page for a board, with nothing of
the browser's around it (the print time, the report's local path)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
PDFTOTEXT = shutil.which("pdftotext")  # poppler-utils


def _suggested_command(tmp_path: Path) -> list[str]:
    refused = run_cli("report", EXAMPLES / "backwards.yaml", "-o", "board.pdf", cwd=tmp_path)
    assert refused.code == 2, refused.stderr
    return shlex.split(refused.stderr.rstrip().rstrip(")").split(", or: ", 1)[1])


def test_the_suggested_pdf_command_turns_off_the_browsers_header_and_footer(tmp_path: Path):
    command = _suggested_command(tmp_path)
    assert command[:3] == ["chromium", "--headless", "--no-pdf-header-footer"]
    assert command[3:] == ["--print-to-pdf=board.pdf", "board.html"]


@pytest.mark.skipif(not (CHROMIUM and PDFTOTEXT), reason="needs Chromium and pdftotext (poppler-utils)")
def test_the_pdf_the_suggested_command_prints_shows_no_local_path(tmp_path: Path):
    """Pasted as suggested, every page of the PDF held `file:///home/.../board.html` and the time it was printed."""
    written = run_cli("report", EXAMPLES / "backwards.yaml", "-o", "board.html", cwd=tmp_path)
    assert written.code == 1, written.stderr
    command = [str(CHROMIUM), *_suggested_command(tmp_path)[1:]]
    if os.geteuid() == 0:  # Chromium refuses to run as root with its sandbox, as in this suite's containers
        command.insert(1, "--no-sandbox")
    subprocess.run(command, cwd=tmp_path, capture_output=True, timeout=120, check=True)
    text = subprocess.run([str(PDFTOTEXT), "board.pdf", "-"], cwd=tmp_path, capture_output=True, text=True).stdout
    assert "ML research" in text
    assert "file://" not in text and str(tmp_path) not in text

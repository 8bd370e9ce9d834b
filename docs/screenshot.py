"""Regenerate docs/report.png, the README's picture of `teamaudit report examples/backwards.yaml`.

    python docs/screenshot.py        (needs Chromium and Playwright: `apt-get install chromium`, the test extra)

The picture records what it shows (the rubric, the verdict, the cost of closing the gap) in a PNG text chunk,
and tests/test_report_browser.py compares that with today's report: a picture that says 10.5 FTE when the
report says 8.5 fails the tests until this script is run again.
"""

from __future__ import annotations

import re
import shutil
import struct
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from teamaudit.cli import app  # noqa: E402

PNG = ROOT / "docs" / "report.png"
EXAMPLE = ROOT / "examples" / "backwards.yaml"
KEY = "teamaudit-report"
ARGS = ["--client", "Acme board of directors", "--author", "teamaudit example"]


def facts(html: str) -> str:
    """What the top of the report says that a stale picture would get wrong, one line each: the rubric and
    version line, the verdict, and the cost of closing the gap."""
    patterns = (
        r'<div class="meta">([^<]*rubric[^<]*)</div>',
        r'id="verdict">(.*?)</div>',
        r"(Closing the whole gap:.*?)</p>",
    )
    found = [re.search(pattern, html, re.S) for pattern in patterns]
    return "\n".join(" ".join(re.sub(r"<[^>]+>", "", m.group(1)).split()) for m in found if m)


def report_html(folder: Path) -> str:
    from typer.testing import CliRunner

    out = folder / "report.html"
    CliRunner().invoke(app, ["report", str(EXAMPLE), "-o", str(out), *ARGS])
    return out.read_text(encoding="utf-8")


def text_chunk(png: bytes, key: str, value: str) -> bytes:
    """`png` with an iTXt chunk (UTF-8 text, uncompressed) before its end."""
    data = key.encode("latin-1") + b"\0\0\0\0\0" + value.encode("utf-8")
    chunk = struct.pack(">I", len(data)) + b"iTXt" + data + struct.pack(">I", zlib.crc32(b"iTXt" + data))
    end = png.rindex(b"IEND") - 4
    return png[:end] + chunk + png[end:]


def recorded(png: bytes) -> str | None:
    """The facts a picture was taken with, or None when it has none."""
    at, prefix = 8, KEY.encode("latin-1") + b"\0\0\0\0\0"
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind, data = png[at + 4 : at + 8], png[at + 8 : at + 8 + length]
        if kind == b"iTXt" and data.startswith(prefix):
            return data[len(prefix) :].decode("utf-8")
        at += 12 + length
    return None


def main() -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium is None:
        sys.exit("Chromium not found: apt-get install chromium")
    with tempfile.TemporaryDirectory() as folder:
        html = report_html(Path(folder))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"], headless=True)
            page = browser.new_page(viewport={"width": 1100, "height": 1500})
            page.goto((Path(folder) / "report.html").as_uri())
            picture = page.screenshot()
            browser.close()
    PNG.write_bytes(text_chunk(picture, KEY, facts(html)))
    print(f"wrote {PNG.relative_to(ROOT)}:\n{facts(html)}")


if __name__ == "__main__":
    main()

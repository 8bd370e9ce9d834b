"""The characters a reader does not see: the invisible format characters (Unicode category Cf), bidi controls
among them; not ZWNJ and ZWJ (U+200C, U+200D), which Persian and Indic spelling and emoji sequences need, nor the
Cf signs a reader sees (Arabic number signs, end of ayah, Syriac abbreviation mark, Kaithi number signs). Also the
letters Unicode makes default-ignorable that no spelling needs: the Hangul fillers (U+115F, U+1160, U+3164,
U+FFA0), blank letters that made `Ann Lee\u3164` a second "Ann Lee" and a name of one a blank cell, and the
Khmer inherent vowels (U+17B4, U+17B5), which Unicode deprecates.

Import free, so reading a team file (roster.py compares names as a reader sees them) loads no output code."""

from __future__ import annotations

import re

INVISIBLE = (
    "\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def without_invisible(value: str) -> str:
    """`value` as a reader sees it: `Ann Lee\\u200b` is `Ann Lee`."""
    return _INVISIBLE.sub("", value)


# What a reader cannot see in a text: a terminal's escape sequence whole (CSI: ESC [ parameters final byte; OSC: ESC ]
# text BEL or ST, a window title or a link; else ESC and one byte), then each other C0 or C1 control character but a
# tab and the line breaks (which each reader treats as its own), and each invisible character above. Import takes it
# out of the cells it reads (importer/unseen.py) and roster.py out of the name it suggests for an unnamed requisition:
# ESC alone left `RN[31m`, and ESC ] alone a window title's text in the name.
UNSEEN = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]?"
    rf"|[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f{INVISIBLE}]"
)

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

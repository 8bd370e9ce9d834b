"""Latin letters with accents as their plain letters, for matching rubric patterns against titles and text.

The pattern engine (RE2) has ASCII's word boundary: in "assurance qualité" no boundary follows the é, so a pattern
for French, Spanish or German words would miss. Texts and patterns are both folded, so a rubric may spell
"qualit[ée]", "qualité" or "qualite" and all three match all three.
"""

from __future__ import annotations

import unicodedata


def _unaccented(char: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if base.isascii() and base.isalpha() else char


# U+00C0 to U+024F: Latin-1 Supplement and Latin Extended-A and -B. Letters with no plain form (ß, æ, ø) stay.
_FOLD = str.maketrans({chr(i): _unaccented(chr(i)) for i in range(0xC0, 0x250) if _unaccented(chr(i)) != chr(i)})


def fold_accents(text: str) -> str:
    """Latin letters with accents as their plain letters ("médico" -> "medico"); any other character unchanged."""
    return text.translate(_FOLD)

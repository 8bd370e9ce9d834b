"""Latin letters with accents as their plain letters, for matching rubric patterns against titles and text.

The pattern engine (RE2) has ASCII's word boundary: in "assurance qualité" no boundary follows the é, so a pattern
for French, Spanish or German words would miss. Texts and patterns are both folded, so a rubric may spell
"qualit[ée]", "qualité" or "qualite" and all three match all three.
"""

from __future__ import annotations

import functools
import unicodedata


def _unaccented(char: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if base.isascii() and base.isalpha() else char


# U+00C0 to U+024F: Latin-1 Supplement and Latin Extended-A and -B. Letters with no plain form (ß, æ, ø) stay.
_FOLD = str.maketrans({chr(i): _unaccented(chr(i)) for i in range(0xC0, 0x250) if _unaccented(chr(i)) != chr(i)})


def fold_accents(text: str) -> str:
    """Latin letters with accents as their plain letters ("médico" -> "medico"); any other character unchanged.
    Decomposed accents ("e" + a combining acute) are composed first, so both spellings fold alike."""
    if text.isascii():
        return text
    # Turkish dotted capital I lower-cases to "i" + a combining dot ("İşe".lower() is "i̇şe"), which no pattern has
    return unicodedata.normalize("NFC", text).translate(_FOLD).replace("i\u0307", "i")


@functools.lru_cache(maxsize=4096)  # the rubric's loading and each field's pattern set fold the same patterns
def fold_pattern(pattern: str) -> str:
    """A rubric pattern that matches folded text as the pattern matched the unfolded: an accented letter outside a
    character class becomes its plain letter; inside one, the plain letter is added beside it, so a range such as
    [À-ÿ] keeps its ends. An escaped character is left alone."""
    if pattern.isascii():
        return pattern
    out: list[str] = []
    in_class = escaped = False
    opened = 0  # where the open class's members start: a "]" there is a member, not the end
    added: list[str] = []
    for char in unicodedata.normalize("NFC", pattern):
        plain = char.translate(_FOLD)
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            if char == "^" and len(out) == opened:
                opened += 1
            elif char == "]" and len(out) > opened:
                out.extend(added)
                added = []
                in_class = False
            elif plain != char:
                added.append(plain)
            out.append(char)
        elif char == "[":
            out.append(char)
            in_class, opened = True, len(out)
        else:
            out.append(plain)
    return "".join(out)

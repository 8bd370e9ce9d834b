"""Matching a person's fields against the compiled rubric, cached per distinct value.

A 100,000-row roster with repeated titles, skills and departments costs one regex pass per distinct value.
"""

from __future__ import annotations

import re
from typing import TypeVar

from teamaudit.accents import fold_pattern
from teamaudit.classify.index import CompiledSignal, SignalIndex
from teamaudit.model import Contribution
from teamaudit.normalize import TitleNormalizer, credential_tokens, normalize_text
from teamaudit.rubric import Normalization
from teamaudit.rubricpatterns import rubric_regex

T = TypeVar("T")

_FIELD_WORDS = {"title": "title", "skills": "skills", "background": "background", "team": "team"}


class Matcher:
    def __init__(self, index: SignalIndex, normalization: Normalization) -> None:
        self.index = index
        self.normalizer = TitleNormalizer(normalization)
        # A background line that only wishes for a credential ("PharmD preferred") does not show one.
        self._hedge = (
            rubric_regex("|".join(f"(?:{fold_pattern(p)})" for p in normalization.hedges), re.IGNORECASE)
            if normalization.hedges
            else None
        )
        # Caches per distinct value, as plain dicts: bounded by the roster, and half the size of lru_cache's.
        self._titles: dict[str, tuple[str, tuple[Contribution, ...]]] = {}
        self._normalized: dict[str, tuple[Contribution, ...]] = {}
        self._items: dict[tuple[str, str], tuple[Contribution, ...]] = {}
        self._shared: dict[object, object] = {}  # one object per distinct value held by many people

    def title(self, title: str) -> tuple[str, tuple[Contribution, ...]]:
        """The normalised title and what it matches, credentials written into the title included."""
        found = self._titles.get(title)
        if found is None:
            normalized = self.share(self.normalizer.normalize(title))
            hits = self._normalized_title(normalized) + tuple(self._credentials_in(title, "title"))
            found = self._titles[title] = self.share((normalized, hits))
        return found

    def _normalized_title(self, normalized: str) -> tuple[Contribution, ...]:
        # Cached on the normalised title: "Sr. Data Scientist II" and "Data Scientist" share one pass.
        found = self._normalized.get(normalized)
        if found is None:
            signals = self.index.by_field["title"]
            found = self._normalized[normalized] = tuple(
                _contribution(signals[i], "title", None) for i in self.index.sets["title"].matching(normalized)
            )
        return found

    def item(self, field: str, item: str) -> tuple[Contribution, ...]:
        """What one skill, background line or department matches."""
        found = self._items.get((field, item))
        if found is None:
            text = normalize_text(item)
            signals = self.index.by_field[field]
            hits = [_contribution(signals[i], field, item) for i in self.index.sets[field].matching(text)]
            if field == "background" and not (self._hedge is not None and self._hedge.search(text)):
                hits.extend(self._credentials_in(item, "background"))
            found = self._items[field, item] = tuple(hits)
        return found

    def _credentials_in(self, text: str, where: str) -> list[Contribution]:
        found = []
        for token in sorted(credential_tokens(text)):
            for layer, weight in self.index.credentials.get(token, ()):
                label = f"credential {token}"
                found.append(
                    Contribution(
                        layer,
                        weight,
                        f"{label} in {where}",
                        True,
                        "credentials",
                        f"cred:{token}",
                        label=label,
                        line=text if where != "title" else None,
                    )
                )
        return found

    def share(self, value: T) -> T:
        kept: T = self._shared.setdefault(value, value)  # type: ignore[assignment]
        return kept

    def forget_people(self) -> None:
        """Drop the caches that grow with the number of people (raw titles, shared values); keep those that
        grow with the rubric's vocabulary."""
        self._titles.clear()
        self._shared.clear()


def _contribution(compiled: CompiledSignal, field: str, item: str | None) -> Contribution:
    signal = compiled.signal
    return Contribution(
        compiled.layer,
        compiled.sign * signal.weight,
        _describe(compiled, field, item),
        signal.hands_on,
        field,
        compiled.key,
        label=_describe(compiled, field, None),
        generic=signal.generic,
        settles=signal.settles,
        cancels=compiled.cancels,
        credential=signal.credential,
        line=item,
    )


def _describe(compiled: CompiledSignal, field: str, item: str | None) -> str:
    label = compiled.signal.label
    if compiled.sign < 0:
        source = f"{field} '{_short(item)}'" if item is not None else field
        return f"not {compiled.layer.value}: {label} ({source})"
    if field == "title":
        return f"title matches '{label}'"
    if item is None:
        return f"{_FIELD_WORDS[field]} mention {label}"
    return f"{_FIELD_WORDS[field]} mention {label}: '{_short(item)}'"


def _short(text: str | None, limit: int = 60) -> str:
    text = (text or "").strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"

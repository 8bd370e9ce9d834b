"""The word model: which layer the words of a whole record point to, for the people the rubric finds no layer in.

A multinomial logistic regression over the words and word pairs of the normalised title, the skills and
background lines and the department. It is trained by benchmarks/train_words.py on the real-world tuning part
only and ships as data beside the rubric (`rubrics/<name>.words.json`). The rubric decides; the word model gives
its best guess only where no layer reached the rubric's `min_score` (classify/__init__.py has the whole gate),
and the person stays unsure (TA005), with the words behind the guess in `explain`.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeGuard

from teamaudit.accents import fold_accents
from teamaudit.errors import TeamAuditError
from teamaudit.model import LAYER_ORDER, Layer

FORMAT = 1
SUFFIX = ".words.json"
_TOKEN = re.compile(r"[a-z0-9+#]+")
_STOP = frozenset(
    {
        *("a", "an", "and", "the", "of", "for", "in", "to", "with", "or", "on", "at", "by", "as", "is", "be", "are"),
        *("our", "we", "you", "your", "from", "this", "that", "will", "have", "has", "it", "its", "into", "per"),
        *("via", "who", "all", "any", "can"),
    }
)
_SHOWN = 4  # words named behind a guess


def _tokens(text: str) -> list[str]:
    return [w for w in _TOKEN.findall(fold_accents(text.lower())) if w not in _STOP]


def _with_pairs(prefix: str, words: list[str], into: set[str]) -> None:
    into.update(prefix + w for w in words)
    into.update(f"{prefix}{a}_{b}" for a, b in itertools.pairwise(words))


def features(title: str, skills: Iterable[str], background: Iterable[str], team: str | None) -> frozenset[str]:
    """The record's features: title words and pairs (t:), skill and background words and pairs (x:), department
    words (d:). `title` is the rubric-normalised title, so "Sr. Interface Analyst II" reads as its plain title."""
    found: set[str] = set()
    _with_pairs("t:", _tokens(title), found)
    for line in (*skills, *background):
        _with_pairs("x:", _tokens(line), found)
    if team:
        found.update("d:" + w for w in _tokens(team))
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class WordReading:
    layer: Layer
    probability: float  # unrounded: the threshold compares this, the description rounds it
    words: tuple[tuple[str, float], ...]  # the features that pushed hardest toward `layer`, with their weight

    def rests_on_text(self) -> bool:
        """Whether a skill or background word is among the words that pushed hardest: "Research Associate" with
        skills ["English"] is a title alone, however well the model knows the word "english"."""
        return any(f.startswith("x:") for f, _ in self.words)

    def describe(self) -> str:
        said = ", ".join(f"'{_readable(w)}' {weight:+.2f}" for w, weight in self.words)
        return f"{self.layer.value} at {self.probability:.2f}" + (f" from {said}" if said else "")


_PLACES = {"t": "title", "x": "text", "d": "team"}
_QUOTED_TEXT = re.compile(r"'(?:text|team): [a-z0-9+# ]*' [+-][0-9.]+")  # a word, and the weight that could name it


def _readable(feature: str) -> str:
    where, _, words = feature.partition(":")
    return f"{_PLACES.get(where, where)}: {words.replace('_', ' ')}"


def redact(description: str) -> str:
    """A guess's description without the words it quotes from skills, background or team, which `--redact` drops
    (docs/redaction.md); title words stay, as titles do."""
    return _QUOTED_TEXT.sub("'(a skills, background or team word)'", description)


@dataclass(frozen=True, slots=True)
class WordModel:
    name: str
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]  # feature -> one weight per layer, in LAYER_ORDER
    trained_on: str

    def read(self, found: frozenset[str]) -> WordReading:
        known = sorted(f for f in found if f in self.weights)
        logits = list(self.bias)
        for f in known:
            for k, w in enumerate(self.weights[f]):
                logits[k] += w
        top = max(logits)
        exp = [math.exp(z - top) for z in logits]
        best = max(range(len(LAYER_ORDER)), key=lambda k: (logits[k], -k))
        pushes = sorted(((self.weights[f][best], f) for f in known), key=lambda x: (-x[0], x[1]))
        words = tuple((f, round(w, 2)) for w, f in pushes[:_SHOWN] if w > 0)
        return WordReading(LAYER_ORDER[best], exp[best] / sum(exp), words)


_MODELS: dict[Path, WordModel] = {}


def load_word_model(path: Path) -> WordModel:
    """A built-in word model, read once per process. Its file is part of the package, not user input; a broken one
    is still a clear error rather than a traceback."""
    found = _MODELS.get(path)
    if found is None:
        found = _MODELS[path] = _parse(path)
    return found


def _parse(path: Path) -> WordModel:
    def broken(why: str) -> TeamAuditError:
        return TeamAuditError(f"word model {path.name} is broken: {why}", file=str(path), hint="reinstall teamaudit")

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise broken(type(exc).__name__) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise broken(f"not a format-{FORMAT} word model")
    if data.get("layers") != [layer.value for layer in LAYER_ORDER]:
        raise broken("its layers are not " + ", ".join(layer.value for layer in LAYER_ORDER))
    bias, weights = data.get("bias"), data.get("weights")
    if not _vector(bias) or not isinstance(weights, dict) or not all(_vector(v) for v in weights.values()):
        raise broken("bias and every weight must be five finite numbers")
    return WordModel(
        name=path.name.removesuffix(SUFFIX),
        bias=tuple(float(b) for b in bias),
        weights={k: tuple(v) for k, v in weights.items()},
        trained_on=str(data.get("trained_on", "")),
    )


def _vector(value: object) -> TypeGuard[list[float]]:
    if not isinstance(value, list) or len(value) != len(LAYER_ORDER):
        return False
    try:
        return math.isfinite(sum(value))  # a string or null among the numbers raises; a NaN or inf makes it so
    except (TypeError, OverflowError):
        return False

"""E-mail addresses in the text a redacted report keeps (privacy.py's `hide_emails`): found as one pattern found
them, read outward from each `@`, so a long run with no `@` costs a read, not its square."""

from __future__ import annotations

import re

import pytest

from conftest import redacted_title
from teamaudit import privacy

_AS_ONE_PATTERN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # what privacy.py matched before, in a quadratic time


class _Counted:
    """A compiled pattern whose `match` calls are counted: each is one attempt to match at one place."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.attempts = pattern, 0

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        self.attempts += 1
        return self.pattern.match(text, pos)


@pytest.mark.parametrize("length", [20_000, 40_000])
def test_a_long_run_with_no_at_sign_is_read_once(monkeypatch, length):
    """`_EMAIL.sub` tried its pattern at each of the run's places, each reading to its end: 20,000 characters took
    5.4 s. Now the attempts are two an `@`, however long the run before it."""
    local, domain = _Counted(privacy._LOCAL_REVERSED), _Counted(privacy._DOMAIN)
    monkeypatch.setattr(privacy, "_LOCAL_REVERSED", local)
    monkeypatch.setattr(privacy, "_DOMAIN", domain)
    text = "x" * length + " write to ann.lee@clinic.example or " + "y" * length
    assert privacy.hide_emails(text) == "x" * length + " write to [e-mail] or " + "y" * length
    assert (local.attempts, domain.attempts) == (1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "ann.lee@clinic.example",
        "a@b.com.x@y.org",  # the second `@` follows an address: its local part is the first's domain
        "a@b@c.example",  # the first `@` has no domain: the second's local part is `b`
        "@x.example, lee@x, lee@x., .lee+tag@x-y.example.",
        "José.Núñez@hospital.example; ops@ex-ample.org.uk",
    ],
)
def test_the_addresses_are_those_one_pattern_found(text):
    assert privacy.hide_emails(text) == _AS_ONE_PATTERN.sub("[e-mail]", text)


@pytest.mark.parametrize(
    "written",
    ["alee(at)clinic.org", "ann.lee [at] clinic.org", "ann.lee[at]clinic[dot]org", "a.lee (at) clinic (dot) org"],
)
def test_an_address_written_to_escape_harvesters_is_hidden(tmp_path, written):
    """`alee(at)clinic.org` was shown whole, and `ann.lee [at] clinic.org` as `Person 01 [at] clinic.org`."""
    assert redacted_title(tmp_path, f"Nurse, write to {written} today") == "Nurse, write to [e-mail] today"


@pytest.mark.parametrize(
    "written",
    [
        "priya.r\uff20clinic\uff0eexample",
        "\uff50\uff52\uff49\uff59\uff41\uff20\uff43\uff4c\uff49\uff4e\uff49\uff43\uff0e\uff4f\uff52\uff47",
    ],
)
def test_an_address_written_in_full_width_is_hidden(tmp_path, written):
    """`priya.r＠clinic．example` and `ｐｒｉｙａ＠ｃｌｉｎｉｃ．ｏｒｇ` were shown whole, while
    `priya.r＠clinic.example` was hidden: an input method in full-width mode writes the dot full-width too (U+FF0E)
    with its `＠`."""
    assert redacted_title(tmp_path, f"Nurse, write to {written} today") == "Nurse, write to [e-mail] today"

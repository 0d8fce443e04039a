"""The language layer on the seed briefs: every date, duration, count, seat
number and percentage the gold annotation gives an event is found by the
finders in that brief's text (recall of values; the extractors choose)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import kg.lang
from kg.lang import find_dates, find_durations, find_numbers
from kg.text import normalise

ROOT = Path(__file__).resolve().parent.parent
_ROLES = ("date", "duration", "count", "seats", "percentage")


def _gold() -> list[tuple[str, str, str, str]]:
    """(brief id, text, role, value) for each valued role in the gold file."""
    out = []
    path = ROOT / "data" / "gold" / "seed.gold.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        if "id" not in obj:
            continue
        for event in obj.get("events", []):
            for role, value in event.get("args", {}).items():
                if role.lstrip("?") in _ROLES:
                    out.append((obj["id"], obj["text"], role.lstrip("?"), str(value)))
    return out


GOLD = _gold()


def test_gold_has_values() -> None:
    assert len(GOLD) >= 15


@pytest.mark.parametrize(("brief", "text", "role", "value"), GOLD)
def test_value_is_found(brief: str, text: str, role: str, value: str) -> None:
    text = normalise(text)
    if role == "date":
        got = {d.lexical for d in find_dates(text)}
    elif role == "duration":
        got = {d.iso for d in find_durations(text)}
    elif role == "percentage":
        got = {str(n.value) for n in find_numbers(text) if n.unit == "percent"}
    else:
        got = {str(n.value) for n in find_numbers(text) if n.unit is None}
    expected = value if role in ("date", "duration") else str(Decimal(value))
    assert expected in got


def test_public_api_is_curated() -> None:
    for name in kg.lang.__all__:
        assert hasattr(kg.lang, name), name
    assert sorted(kg.lang.__all__) == sorted(
        n
        for n in vars(kg.lang)
        if not n.startswith("_")
        and n
        not in {
            "dates",
            "durations",
            "inflect",
            "morph",
            "numbers",
            "data_numbers",
            "data_suffixes",
            "data_time",
            "data_lexicon",
            "data_heads",
            "data_people",
            "data_function_words",
        }
    )

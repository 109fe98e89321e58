"""The one overlap rule: markers > identifiers > dates > numbers; entities yield only to
markers and identifiers; within a family both survive (a range and its ends)."""

from __future__ import annotations

import pytest

from powtext.model import Annotation
from powtext.resolve import resolve

TEXT = "Between 60,000[2] and 15 August 1945, ISBN 0-7679-0056-1, Boris Yeltsin [3]"


def ann(kind: str, surface: str, nth: int = 0, **fields) -> Annotation:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return Annotation(type=kind, start=start, end=start + len(surface), text=surface, **fields)


@pytest.mark.parametrize("candidates, kept", [
    # a citation marker claims its span: the 2 inside [2] is no number
    ([ann("citation_marker", "[2]"), ann("number", "2")], ["citation_marker [2]"]),
    # a date claims its parts
    ([ann("date", "15 August 1945"), ann("number", "15"), ann("number", "1945")],
     ["date 15 August 1945"]),
    # an identifier claims its digits, and beats a date-like reading of them
    ([ann("identifier", "ISBN 0-7679-0056-1"), ann("number", "0-7679"), ann("date", "0056")],
     ["identifier ISBN 0-7679-0056-1"]),
    # a range and its two ends are one family: all stay
    ([ann("numberrange", "60,000[2] and 15"), ann("number", "60,000"), ann("number", "15")],
     ["numberrange 60,000[2] and 15", "number 60,000", "number 15"]),
    # entities are their own layer: a date does not remove one...
    ([ann("entity", "August", label="PERSON"), ann("date", "15 August 1945")],
     ["date 15 August 1945", "entity August"]),
    # ...but a marker does
    ([ann("entity", "Yeltsin [3]", label="PERSON"), ann("citation_marker", "[3]")],
     ["citation_marker [3]"]),
    # nothing overlaps: everything stays, in text order
    ([ann("entity", "Boris Yeltsin", label="PERSON"), ann("number", "60,000")],
     ["number 60,000", "entity Boris Yeltsin"]),
])
def test_resolve(candidates, kept):
    assert [f"{a.type} {a.text}" for a in resolve(candidates)] == kept


def test_resolve_orders_by_start_then_longer_first():
    found = resolve([ann("number", "15"), ann("numberrange", "60,000[2] and 15"),
                     ann("number", "60,000")])
    assert [(a.start, a.end) for a in found] == sorted(
        ((a.start, a.end) for a in found), key=lambda span: (span[0], -(span[1] - span[0])))

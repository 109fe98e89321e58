"""The one overlap rule: markers > identifiers > dates > numbers; entities yield only to
markers and identifiers; within a family both survive (a range and its ends)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    # a marker between a range's ends leaves the range be (and stays itself); at an end, not
    ([ann("citation_marker", "[2]"), ann("numberrange", "60,000[2] and 15"),
      ann("number", "60,000")],
     ["numberrange 60,000[2] and 15", "number 60,000", "citation_marker [2]"]),
    ([ann("citation_marker", "[2]"), ann("numberrange", "60,000[2]")], ["citation_marker [2]"]),
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


def _pairwise_rule(candidates: list[Annotation]) -> list[Annotation]:
    """The overlap rule written out the slow way: each candidate against every claimed span."""
    from powtext.resolve import ENTITY_BLOCKERS, FAMILY_RANK

    kept, claimed = [], []
    for cand in sorted(candidates, key=lambda a: (FAMILY_RANK.get(a.type, 9), a.start,
                                                  -(a.end - a.start))):
        rank = FAMILY_RANK.get(cand.type)
        limit = rank if rank is not None else ENTITY_BLOCKERS + 1
        if any(r < limit and cand.start < o.end and o.start < cand.end and not (
                r == 0 and cand.type in ("numberrange", "date")
                and cand.start < o.start and o.end < cand.end) for r, o in claimed):
            continue  # (a marker inside a range or an interval leaves it be)
        kept.append(cand)
        if rank is not None:
            claimed.append((rank, cand))
    return sorted(kept, key=lambda a: (a.start, -(a.end - a.start), a.type, a.label or ""))


_KINDS = ["citation_marker", "identifier", "date", "number", "numberrange", "entity"]


@given(st.lists(st.tuples(st.sampled_from(_KINDS), st.integers(0, 60), st.integers(1, 12)),
                max_size=40))
def test_resolve_keeps_what_the_pairwise_rule_keeps(spans):
    """The bisecting resolver (linear enough for documents with tens of thousands of
    candidates) decides exactly as comparing every pair would."""
    candidates = [Annotation(type=kind, start=s, end=s + n, text="x" * n,
                             label="ORG" if kind == "entity" else None)
                  for kind, s, n in spans]
    got = [(a.type, a.start, a.end) for a in resolve(candidates)]
    want = [(a.type, a.start, a.end) for a in _pairwise_rule(candidates)]
    assert got == want

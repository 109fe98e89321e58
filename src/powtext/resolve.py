"""The one rule for overlapping annotations: who claims a span first.

Extractors propose freely; this decides. A family claims its spans before the families below it,
and a candidate that overlaps a span claimed by a higher family is dropped. Within a family the
extractor itself is responsible (a `numberrange` and its two `number` ends may overlap).
Entities live in their own layer: only markers and identifiers can take a span from them. A URL
claims no span: a date it spells out stays a date (the numbers leave URLs alone themselves).
"""

from __future__ import annotations

from bisect import bisect_left

from powtext.model import Annotation

FAMILY_RANK = {
    "citation_marker": 0, "reference_label": 0,
    "identifier": 1,
    "date": 2,
    "number": 3, "numberrange": 3,
}
ENTITY_BLOCKERS = 1  # an entity yields only to families ranked at or above this


def _overlaps(a: Annotation, b: Annotation) -> bool:
    return a.start < b.end and b.start < a.end


def resolve(candidates: list[Annotation]) -> list[Annotation]:
    """Keep each candidate unless a higher family already claims part of its span."""
    kept: list[Annotation] = []
    by_rank = sorted(
        candidates, key=lambda a: (FAMILY_RANK.get(a.type, 9), a.start, -(a.end - a.start))
    )
    # Spans claimed per family, in start order, with the furthest end so far: a candidate is
    # only checked against families above its own, which are complete by then, so one bisect
    # per family answers "does a claimed span overlap?" (a large document has tens of
    # thousands of candidates; comparing each with all was quadratic).
    starts: dict[int, list[int]] = {}
    reach: dict[int, list[int]] = {}
    for cand in by_rank:
        rank = FAMILY_RANK.get(cand.type)
        limit = rank if rank is not None else ENTITY_BLOCKERS + 1
        if any(_claimed(starts[r], reach[r], cand, inside=r == 0 and cand.type in _SPANNING)
               for r in starts if r < limit):
            continue
        kept.append(cand)
        if rank is not None and not (cand.type == "identifier" and cand.label == "URL"):
            # a URL holds the dates it spells out ("/archive-2018-09-23"): it claims no span
            starts.setdefault(rank, []).append(cand.start)
            ends = reach.setdefault(rank, [])
            ends.append(max(cand.end, ends[-1]) if ends else cand.end)
    kept.sort(key=lambda a: (a.start, -(a.end - a.start), a.type, a.label or ""))
    return kept


# A range or an interval may hold a citation marker between its ends ("between 60,000[2][3]
# and 347,000"): the marker keeps its span, the range its two ends and the whole.
_SPANNING = ("numberrange", "date")


def _claimed(starts: list[int], reach: list[int], cand: Annotation, inside: bool = False) -> bool:
    """Does a span starting before cand ends also end after cand starts? (With `inside`, only
    a span over cand's first or last character counts.)"""
    if inside:
        return any(_claimed(starts, reach, _Point(p)) for p in (cand.start, cand.end - 1))
    before = bisect_left(starts, cand.end)
    return before > 0 and reach[before - 1] > cand.start


class _Point:
    def __init__(self, at: int) -> None:
        self.start, self.end = at, at + 1

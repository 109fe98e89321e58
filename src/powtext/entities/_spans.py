"""Small helpers shared by the recognizers: building annotations with tight, valid spans."""

from __future__ import annotations

from powtext.model import ENTITY_LABELS, Annotation

# Characters never allowed at either edge of an entity span.
_EDGE_JUNK = set(" \t\r\n\u3000\u00a0•·.,;:!?\"'`«»„“”‘’()[]{}<>「」『』（）【】、。・,-–—/\\*#|&+")
# ...except a closing period that belongs to an abbreviation ("U.S.", "Inc.", "М.М.").
_ABBREV_END = ("Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "Sr.", "St.", "Bros.", "U.S.", "U.K.")


def tighten(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it neither begins nor ends with whitespace or stray punctuation."""
    start, end = max(0, start), min(len(text), end)
    while start < end and (text[start] in _EDGE_JUNK or text[start].isspace()):
        start += 1
    while start < end and (text[end - 1] in _EDGE_JUNK or text[end - 1].isspace()):
        piece = text[start:end]
        if piece.endswith(_ABBREV_END) or (piece.endswith(".") and _initials(piece)):
            break
        if text[end - 1] == ")" and "(" in piece:
            break  # a balanced parenthesis is part of the name: "Republic of China (1912–1949)"
        end -= 1
    return start, end


def _initials(piece: str) -> bool:
    """Does the span end in an initial such as "A." or "М.М."?"""
    words = piece.split()
    last = words[-1] if words else ""
    return len(last) >= 2 and last[-2].isupper() and (len(last) == 2 or last[-3] in ". ")


def make_entity(text: str, start: int, end: int, label: str, source: str) -> Annotation | None:
    """An entity annotation over text[start:end] (tightened), or None if nothing is left."""
    if label not in ENTITY_LABELS:
        return None
    start, end = tighten(text, start, end)
    if end <= start:
        return None
    return Annotation(
        type="entity", start=start, end=end, text=text[start:end], label=label, source=source
    )


def drop_overlaps(entities: list[Annotation]) -> list[Annotation]:
    """Keep the first-listed of overlapping entities (callers list them by priority)."""
    kept: list[Annotation] = []
    for ent in entities:
        if all(ent.end <= k.start or k.end <= ent.start for k in kept):
            kept.append(ent)
    kept.sort(key=lambda a: (a.start, a.end))
    return kept

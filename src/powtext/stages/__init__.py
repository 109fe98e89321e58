"""The built-in stages. Each takes a Document and returns it enriched; they share nothing else."""

from __future__ import annotations

from typing import Any

from powtext import __version__
from powtext.model import Annotation, Document

MASKED_TYPES = ("citation_marker", "reference_label")


class BaseStage:
    """A named, versioned step. Subclasses set `name` and implement `__call__`."""

    name = "stage"
    version = __version__

    def components(self) -> dict[str, Any]:
        """Libraries and models this stage runs, with their versions."""
        return {}

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, **self.components()}

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - abstract
        raise NotImplementedError


def masked_text(doc: Document) -> str:
    """The document text with citation markers and reference labels blanked (same length).

    Later stages read this so that `60,000[2][3]` never yields the numbers 2 and 3 and no entity
    swallows a marker; offsets stay those of the original text.
    """
    cached = doc.scratch.get("masked_text")
    if cached is not None:
        return cached
    chars = list(doc.text)
    for ann in doc.annotations:
        if ann.type in MASKED_TYPES:
            for i in range(ann.start, ann.end):
                if not chars[i].isspace():
                    chars[i] = " "
    doc.scratch["masked_text"] = masked = "".join(chars)
    return masked


def place(ann: Annotation, doc: Document, segment: int, offset: int, source: str) -> Annotation:
    """Move a segment-relative annotation into the document and fill its context fields."""
    placed = ann.shifted(offset)
    placed.segment = segment
    placed.lang = doc.segments[segment].lang
    placed.text = doc.text[placed.start:placed.end]
    placed.source = placed.source or source
    return placed

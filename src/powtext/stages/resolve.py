"""Stage `resolve`: one rule for overlapping annotations."""

from __future__ import annotations

from powtext.model import Document
from powtext.resolve import resolve
from powtext.stages import BaseStage


class ResolveStage(BaseStage):
    name = "resolve"

    def __call__(self, doc: Document) -> Document:
        doc.annotations = resolve(doc.annotations)
        return doc

"""Stage `resolve`: one rule for overlapping annotations, then stable ids."""

from __future__ import annotations

from powtext.model import Document
from powtext.resolve import resolve
from powtext.stages import BaseStage


class ResolveStage(BaseStage):
    name = "resolve"

    def __call__(self, doc: Document) -> Document:
        doc.annotations = resolve(doc.annotations)
        width = len(str(len(doc.annotations)))
        for n, ann in enumerate(doc.annotations, 1):
            ann.id = f"a{n:0{width}d}"
        return doc

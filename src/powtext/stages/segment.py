"""Stage `segment`: segments and citation markers."""

from __future__ import annotations

from powtext.model import Document
from powtext.segmentation import segment_text
from powtext.stages import BaseStage


class SegmentStage(BaseStage):
    name = "segment"

    def __call__(self, doc: Document) -> Document:
        doc.segments, marks = segment_text(doc.text)
        for mark in marks:
            mark.segment = next(
                (i for i, s in enumerate(doc.segments) if s.start <= mark.start < s.end), -1
            )
        doc.annotations.extend(marks)
        doc.scratch.pop("masked_text", None)
        return doc

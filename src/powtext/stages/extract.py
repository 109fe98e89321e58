"""Stages `identifiers`, `dates`, `numbers`: run an extractor over every segment."""

from __future__ import annotations

from collections.abc import Callable

from powtext.model import Annotation, Document
from powtext.stages import BaseStage, masked_text, place

Extractor = Callable[[str, str, str], list[Annotation]]


class ExtractorStage(BaseStage):
    """Runs `extract(segment_text, lang, kind)` on each segment and places what it finds."""

    def extract(self, text: str, lang: str, kind: str) -> list[Annotation]:  # pragma: no cover
        raise NotImplementedError

    def __call__(self, doc: Document) -> Document:
        from powtext.extract.numbers import shared_results

        text = masked_text(doc)
        source = f"powtext.{self.name}"
        # Dates read numbers in words, then the number stage finds the same: once per document.
        with shared_results(doc.scratch.setdefault("numbers", {})):
            for i, seg in enumerate(doc.segments):
                for ann in self.extract(text[seg.start:seg.end], seg.lang, seg.kind):
                    doc.annotations.append(place(ann, doc, i, seg.start, source))
        return doc


class IdentifierStage(ExtractorStage):
    name = "identifiers"

    def components(self):
        from powtext.resources import package_version

        return {"library": f"isbnlib {package_version('isbnlib')}"}

    def extract(self, text: str, lang: str, kind: str) -> list[Annotation]:
        from powtext.extract.identifiers import find_identifiers

        return find_identifiers(text, lang, kind)


class DateStage(ExtractorStage):
    name = "dates"

    def extract(self, text: str, lang: str, kind: str) -> list[Annotation]:
        from powtext.extract.dates import find_dates

        return find_dates(text, lang, kind)


class NumberStage(ExtractorStage):
    name = "numbers"

    def extract(self, text: str, lang: str, kind: str) -> list[Annotation]:
        from powtext.extract.numbers import find_numbers

        return find_numbers(text, lang, kind)

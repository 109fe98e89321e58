"""Stages `entities` (recognition with the backend for each segment's language) and
`canonicalize` (one identity for the same entity across languages)."""

from __future__ import annotations

from typing import Any

from powtext.lang import get_language, registered
from powtext.model import Document, Token
from powtext.resources import package_version
from powtext.stages import BaseStage, masked_text, place


class EntityStage(BaseStage):
    """Each segment's entities come from its own language's backend, never another's."""

    name = "entities"

    def __init__(
        self, models: dict[str, str] | None = None, backends: dict[str, str] | None = None
    ):
        self.models = {k: v for k, v in (models or {}).items() if v != "auto"}
        self.backends = dict(backends or {})  # per language, where it offers several

    def components(self) -> dict[str, Any]:
        return {"languages": {
            code: language.describe(self.models.get(code), self.backends.get(code))
            .get("entities", "none")
            for code, language in sorted(registered().items())
        }}

    def __call__(self, doc: Document) -> Document:
        text = masked_text(doc)
        parsed = doc.scratch.get("spacy_docs", {})
        tokens_by_segment: dict[int, list[Token]] = {}
        for token in doc.tokens:
            tokens_by_segment.setdefault(token.segment, []).append(token)
        for i, seg in enumerate(doc.segments):
            seg_text = text[seg.start:seg.end]
            language = get_language(seg.lang)
            tokens = [  # segment-relative copies (built directly: dataclasses.replace is slow)
                Token(t.start - seg.start, t.end - seg.start, 0, t.lemma, t.pos, t.tag, t.reading)
                for t in tokens_by_segment.get(i, [])
            ] if language.reads_tokens else []
            found = language.recognize(
                seg_text, tokens, parsed.get(i), self.backends.get(seg.lang)
            )
            for ann in found:
                doc.annotations.append(place(ann, doc, i, seg.start, f"powtext.{self.name}"))
        english = [a for a in doc.annotations if a.type == "entity" and a.lang == "en"]
        if english:
            self._short_unit_names(doc, text, english)
        if len(english) > 1:
            from powtext.entities.english import one_sense_per_document

            one_sense_per_document(english)
        return doc

    def _short_unit_names(self, doc: Document, text: str, english: list) -> None:
        """A numbered unit named in full, then by its number alone in any English segment."""
        from powtext.entities.english import numbered_units, short_unit_names

        ordinals = numbered_units(english)
        if not ordinals:
            return
        for i, seg in enumerate(doc.segments):
            if seg.lang != "en":
                continue
            inside = [a.shifted(-seg.start) for a in english if a.segment == i]
            for ann in short_unit_names(text[seg.start:seg.end], ordinals, inside):
                placed = place(ann, doc, i, seg.start, f"powtext.{self.name}")
                doc.annotations.append(placed)
                english.append(placed)


class CanonicalizeStage(BaseStage):
    name = "canonicalize"

    def components(self) -> dict[str, Any]:
        return {"data": {
            "cldr": f"babel {package_version('babel')}",
            "iso3166": f"pycountry {package_version('pycountry')}",
            "gazetteer": "powtext/data/gazetteer",
        }}

    def __call__(self, doc: Document) -> Document:
        from powtext.entities.canonical import canonicalize

        entities = [(a, a.lang) for a in doc.annotations if a.type == "entity"]
        canonicalize(entities)
        return doc

"""Stages `entities` (recognition with the backend for each segment's language) and
`canonicalize` (one identity for the same entity across languages)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from powtext.model import Document, Token
from powtext.resources import english_model, english_model_name, package_version, shared
from powtext.stages import BaseStage, masked_text, place


class EntityStage(BaseStage):
    name = "entities"

    def __init__(self, english_model: str = "auto"):
        self.english = None if english_model == "auto" else english_model

    def components(self) -> dict[str, Any]:
        name = english_model_name(self.english)
        return {"backends": {
            "en": f"{name} {package_version(name.replace('_', '-'))}",
            "ru": f"natasha {package_version('natasha')} (slovnet NER)",
            "ja": f"unidic-lite {package_version('unidic-lite')} tags + rules + gazetteer",
        }}

    def _russian(self):
        from powtext.entities.russian import RussianRecognizer

        return shared("entities:ru", RussianRecognizer)

    def __call__(self, doc: Document) -> Document:
        from powtext.entities.english import entities_from_spacy
        from powtext.entities.japanese import entities_from_tokens

        text = masked_text(doc)
        parsed = doc.scratch.get("spacy_docs", {})
        tokens_by_segment: dict[int, list[Token]] = {}
        for token in doc.tokens:
            tokens_by_segment.setdefault(token.segment, []).append(token)
        for i, seg in enumerate(doc.segments):
            seg_text = text[seg.start:seg.end]
            if seg.lang == "en":
                sdoc = parsed.get(i)
                if sdoc is None or sdoc.text != seg_text or not sdoc.has_annotation("ENT_IOB"):
                    sdoc = english_model(self.english)(seg_text)
                found = entities_from_spacy(sdoc)
            elif seg.lang == "ru":
                found = self._russian()(seg_text)
            elif seg.lang == "ja":
                tokens = [
                    replace(t, start=t.start - seg.start, end=t.end - seg.start, segment=0)
                    for t in tokens_by_segment.get(i, [])
                ]
                if not tokens:
                    from powtext.tokenize import japanese_tokens

                    tokens = japanese_tokens(seg_text)
                found = entities_from_tokens(seg_text, tokens)
            else:
                continue
            for ann in found:
                doc.annotations.append(place(ann, doc, i, seg.start, f"powtext.{self.name}"))
        return doc


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

"""Stage `tokenize`: tokens with lemma, POS, fine tag and (Japanese) reading for every segment."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from powtext.lang import get_language, registered
from powtext.model import Document
from powtext.stages import BaseStage, masked_text
from powtext.tokenize import tokens_from_doc


class TokenizeStage(BaseStage):
    """Each segment is parsed by its language's plugin; the parses stay for the entity stage."""

    name = "tokenize"

    def __init__(self, models: dict[str, str] | None = None):
        # "auto" (or no entry) lets the language choose, e.g. whichever English model is installed
        self.models = {k: v for k, v in (models or {}).items() if v != "auto"}

    def components(self) -> dict[str, Any]:
        return {"languages": {
            code: language.describe(self.models.get(code))
            for code, language in sorted(registered().items())
        }}

    def __call__(self, doc: Document) -> Document:
        text = masked_text(doc)
        by_lang: dict[str, list[int]] = defaultdict(list)
        for i, seg in enumerate(doc.segments):
            by_lang[seg.lang].append(i)
        parsed: dict[int, Any] = {}
        for lang in sorted(by_lang):
            indices = by_lang[lang]
            texts = [text[doc.segments[i].start:doc.segments[i].end] for i in indices]
            docs = get_language(lang).parse(texts, model=self.models.get(lang))
            parsed.update(zip(indices, docs, strict=True))
        # The parses (the English one carries the model's entities) are reused by `entities`.
        doc.scratch["spacy_docs"] = parsed
        doc.tokens = [
            token
            for i in sorted(parsed)
            for token in tokens_from_doc(parsed[i], i, doc.segments[i].start, doc.segments[i].lang)
        ]
        return doc

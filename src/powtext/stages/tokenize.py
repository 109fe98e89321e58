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
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Document]) -> list[Document]:
        """Every segment of one language, across `docs`, goes to its model in one call."""
        by_lang: dict[str, list[tuple[int, int]]] = defaultdict(list)
        texts: dict[tuple[int, int], str] = {}
        for d, doc in enumerate(docs):
            text = masked_text(doc)
            for i, seg in enumerate(doc.segments):
                by_lang[seg.lang].append((d, i))
                texts[d, i] = text[seg.start:seg.end]
        parsed: list[dict[int, Any]] = [{} for _ in docs]
        for lang in sorted(by_lang):
            keys = by_lang[lang]
            parses = get_language(lang).parse([texts[k] for k in keys],
                                              model=self.models.get(lang))
            for (d, i), one in zip(keys, parses, strict=True):
                parsed[d][i] = one
        for doc, parses in zip(docs, parsed, strict=True):
            # The parses (the English one carries the model's entities) are reused by `entities`.
            doc.scratch["spacy_docs"] = parses
            doc.tokens = [
                token
                for i in sorted(parses)
                for token in tokens_from_doc(parses[i], i, doc.segments[i].start,
                                             doc.segments[i].lang)
            ]
        return docs

"""Stage `tokenize`: tokens with lemma, POS, fine tag and (Japanese) reading for every segment."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from powtext.model import Document
from powtext.stages import BaseStage, masked_text
from powtext.tokenize import backend_versions, parse, tokens_from_doc


class TokenizeStage(BaseStage):
    name = "tokenize"

    def __init__(self, english_model: str = "auto"):
        self.english = None if english_model == "auto" else english_model

    def components(self) -> dict[str, Any]:
        return {"backends": backend_versions(self.english)}

    def __call__(self, doc: Document) -> Document:
        text = masked_text(doc)
        by_lang: dict[str, list[int]] = defaultdict(list)
        for i, seg in enumerate(doc.segments):
            by_lang[seg.lang].append(i)
        parsed: dict[int, Any] = {}
        for lang in sorted(by_lang):
            indices = by_lang[lang]
            docs = parse([text[doc.segments[i].start:doc.segments[i].end] for i in indices], lang,
                         english=self.english)
            parsed.update(zip(indices, docs, strict=True))
        # The English parse carries the model's entities: the entity stage reuses it.
        doc.scratch["spacy_docs"] = parsed
        doc.tokens = [
            token
            for i in sorted(parsed)
            for token in tokens_from_doc(parsed[i], i, doc.segments[i].start, doc.segments[i].lang)
        ]
        return doc

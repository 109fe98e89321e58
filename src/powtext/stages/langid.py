"""Stage `langid`: the language of the document and of every segment."""

from __future__ import annotations

from typing import Any

from powtext.langid import LanguageIdentifier
from powtext.model import Document
from powtext.resources import shared
from powtext.scripts import dominant_script, script_counts
from powtext.stages import BaseStage, masked_text

BODY_KINDS = ("paragraph", "heading", "caption")


class LangIdStage(BaseStage):
    name = "langid"

    def __init__(self, seed: int = 0, languages: list[str] | None = None, backend: str = "auto"):
        self.seed = seed
        self.languages = tuple(languages) if languages else None
        self.backend = backend

    @property
    def identifier(self) -> LanguageIdentifier:
        key = f"langid:{self.seed}:{self.languages}:{self.backend}"
        return shared(key, lambda: LanguageIdentifier(
            languages=self.languages, seed=self.seed, backend=self.backend
        ))

    def components(self) -> dict[str, Any]:
        return {"component": self.identifier.component, "seed": self.seed}

    def __call__(self, doc: Document) -> Document:
        ident = self.identifier
        text = masked_text(doc)
        if doc.declared_lang:
            doc.lang, doc.lang_confidence = doc.declared_lang, 1.0
        else:
            body = " ".join(text[s.start:s.end] for s in doc.segments if s.kind in BODY_KINDS)
            doc.lang, doc.lang_confidence = ident.identify(body.strip() or text)
        previous: dict[int | None, tuple[str, float]] = {}
        japanese_here = script_counts(text).get("kana", 0) > 0
        for seg in doc.segments:
            seg_text = text[seg.start:seg.end]
            # Han without kana is Japanese or Chinese: kana elsewhere in the document decides.
            context = "ja" if japanese_here and dominant_script(seg_text) == "han" else doc.lang
            lang, conf = ident.identify(seg_text, context=context)
            seg.lang_source = "detected"
            if lang == "und":
                # No letters ("1. ^", "(2000)"): the language of the entry or the document.
                lang, conf = previous.get(seg.reference, (doc.lang, doc.lang_confidence))
                seg.lang_source = "context"
            seg.lang, seg.lang_confidence = lang, conf
            previous[seg.reference] = (lang, conf)
        for ann in doc.annotations:  # markers found before languages were known
            if 0 <= ann.segment < len(doc.segments):
                ann.lang = doc.segments[ann.segment].lang
        return doc

"""English: the English spaCy model (tagger, lemmatizer, NER; not its parser) and its entities."""

from __future__ import annotations

from typing import Any

from powtext.lang import Language
from powtext.model import Annotation, Token
from powtext.resources import (
    ENGLISH_UNUSED,
    english_model,
    english_model_meta,
    english_model_name,
    package_version,
)


class English(Language):
    code = "en"
    name = "English"
    version = "builtin"
    reads_tokens = False  # entities come from the model's own parse

    def parse(self, texts: list[str], model: str | None = None) -> list[Any]:
        return list(english_model(model).pipe(texts))

    def recognize(
        self, text: str, tokens: list[Token], parsed: Any, backend: str | None = None
    ) -> list[Annotation]:
        from powtext.entities.english import entities_from_spacy

        if parsed is None or parsed.text != text or not parsed.has_annotation("ENT_IOB"):
            parsed = english_model()(text)
        return entities_from_spacy(parsed, text)

    def describe(self, model: str | None = None, backend: str | None = None) -> dict[str, Any]:
        name = english_model_name(model)
        names = package_version("gender-guesser")
        census = package_version("names")
        meta = english_model_meta(name)
        model_id = f"{name} {package_version(name.replace('_', '-'))}"
        if meta and meta["name"] != name:  # a repackaged model: which official one it holds
            model_id += f" ({meta['name']} {meta['version']})"
        return {
            "tokenizer": f"spacy {package_version('spacy')}",
            "model": model_id,
            "not_run": ", ".join(ENGLISH_UNUSED),
            "entities": f"{name} + powtext rules and gazetteer" + (
                f" + census surnames (names {census})" if census else "") + (
                f" + given names (gender-guesser {names})" if names else ""),
        }

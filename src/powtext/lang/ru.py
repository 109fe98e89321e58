"""Russian: spaCy's Russian tokenizer, pymorphy3 lemmas and POS, Natasha entities."""

from __future__ import annotations

from typing import Any

from powtext.lang import Language
from powtext.model import Annotation, Token
from powtext.resources import package_version, shared


class Russian(Language):
    code = "ru"
    name = "Russian"
    version = "builtin"
    reads_tokens = False  # entities come from the model's own parse

    def parse(self, texts: list[str], model: str | None = None) -> list[Any]:
        from powtext.tokenize import russian_parse

        return russian_parse(texts)

    def recognize(
        self, text: str, tokens: list[Token], parsed: Any, backend: str | None = None
    ) -> list[Annotation]:
        from powtext.entities.russian import RussianRecognizer

        return shared("entities:ru", RussianRecognizer)(text)

    def describe(self, model: str | None = None, backend: str | None = None) -> dict[str, Any]:
        return {
            "tokenizer": f"spacy {package_version('spacy')}",
            "lemmatizer": f"pymorphy3 {package_version('pymorphy3')}",
            "entities": f"natasha {package_version('natasha')} (slovnet NER) + powtext rules",
        }

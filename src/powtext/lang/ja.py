"""Japanese: fugashi + unidic-lite as a spaCy tokenizer; entities from UniDic tags and rules."""

from __future__ import annotations

from typing import Any

from powtext.lang import Language
from powtext.model import Annotation, Token
from powtext.resources import package_version, shared


class Japanese(Language):
    code = "ja"
    name = "Japanese"
    version = "builtin"

    def parse(self, texts: list[str], model: str | None = None) -> list[Any]:
        from powtext.tokenize import japanese_nlp

        nlp = japanese_nlp()
        return [nlp.make_doc(text) for text in texts]

    def recognize(
        self, text: str, tokens: list[Token], parsed: Any, backend: str | None = None
    ) -> list[Annotation]:
        if not tokens:
            from powtext.tokenize import japanese_tokens

            tokens = japanese_tokens(text)
        return _recognizer(backend)(text, tokens)

    def describe(self, model: str | None = None, backend: str | None = None) -> dict[str, Any]:
        recognizer = _recognizer(backend)
        ran = f"{recognizer.name} {recognizer.version}".strip()
        return {
            "tokenizer": f"fugashi {package_version('fugashi')}",
            "dictionary": f"unidic-lite {package_version('unidic-lite')}",
            "entities": f"{ran} (UniDic proper-noun tags + powtext rules and gazetteer)",
        }


def _recognizer(backend: str | None):
    """"unidic" (default), "ginza" (pip install 'powtext[ginza]') or "auto"."""
    from powtext.entities.japanese import japanese_recognizer

    choice = backend or "unidic"
    return shared(f"entities:ja:{choice}", lambda: japanese_recognizer(choice))

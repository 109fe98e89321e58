"""Languages are plugins: what powtext knows of a language comes from one `Language` object.

A `Language` provides its tokenizer (a spaCy pipeline), its number and date tables (a folder
holding `<code>.toml`), and its entity backend. English, Japanese and Russian are registered
through the entry-point group `powtext.languages` exactly as a third-party package registers
German or Chinese; a language nobody registered still gets spaCy's blank tokenizer.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from powtext.model import Annotation, Token

LANGUAGE_GROUP = "powtext.languages"


class Language:
    """A language's tokenizer, tables and entity backend. Subclass and override what you have."""

    code = "xx"
    name = "unknown"
    version = "0"
    # A folder holding `<code>.toml` in the format of powtext/data/numdate/en.toml.
    tables_dir: Path | None = None
    # Whether `recognize` reads powtext's tokens; one that reads its own parse says False and is
    # spared building them.
    reads_tokens = True

    def parse(self, texts: list[str], model: str | None = None) -> list[Any]:
        """spaCy Docs of `texts` with lemma_, pos_ and tag_ set where the language can."""
        from powtext.tokenize import blank_parse

        return blank_parse(self.code, texts)

    def recognize(
        self, text: str, tokens: list[Token], parsed: Any, backend: str | None = None
    ) -> list[Annotation]:
        """Entities in one segment (offsets relative to `text`); none by default.

        `backend` is the pipeline file's choice for this language, where it offers several."""
        return []

    def describe(self, model: str | None = None, backend: str | None = None) -> dict[str, Any]:
        """Libraries and models behind this language, for the output's pipeline record."""
        from powtext.resources import package_version

        return {"language": f"{self.name} {self.version}",
                "tokenizer": f"spacy {package_version('spacy')} blank"}


class BlankLanguage(Language):
    """A language with no plugin: spaCy's tokenizer for it (or its multi-language one)."""

    def __init__(self, code: str):
        self.code = code
        self.name = code


@cache
def registered() -> dict[str, Language]:
    """Every installed language, by ISO 639-1 code."""
    found: dict[str, Language] = {}
    for ep in sorted(entry_points(group=LANGUAGE_GROUP), key=lambda e: e.name):
        obj = ep.load()
        language = obj() if isinstance(obj, type) else obj
        found[language.code] = language
    _share_tables(found)
    return found


def _share_tables(found: dict[str, Language]) -> None:
    """Let the number/date extractors read each plugin's tables."""
    from powtext.extract import tables

    for language in found.values():
        folder = language.tables_dir
        if folder is not None and Path(folder) not in tables.EXTRA_TABLE_DIRS:
            tables.EXTRA_TABLE_DIRS.append(Path(folder))


@cache
def get_language(code: str) -> Language:
    return registered().get(code) or BlankLanguage(code)

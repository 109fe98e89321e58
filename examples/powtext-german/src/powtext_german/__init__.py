"""German for powtext: spaCy's German tokenizer, German number and date tables, and a stage.

Installed next to powtext (`pip install -e examples/powtext-german`), it makes German documents
get tokens, numbers, dates and segment languages, and adds the stage `quotations` that any
pipeline file can name. See docs/extending.md.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from powtext.lang import Language
from powtext.model import Document
from powtext.resources import package_version, shared
from powtext.stages import BaseStage, place

__version__ = "0.1.0"


class German(Language):
    code = "de"
    name = "German"
    version = __version__
    tables_dir = Path(__file__).parent  # holds de.toml

    def parse(self, texts: list[str], model: str | None = None) -> list[Any]:
        def load():
            import spacy

            return spacy.blank("de")

        nlp = shared("spacy:de-blank", load)
        docs = [nlp.make_doc(text) for text in texts]
        for doc in docs:
            for token in doc:
                # No German lemmatizer ships offline with spaCy; the lower-cased form stands in.
                token.lemma_ = token.lower_
                token.pos_ = "NUM" if token.like_num else ("PUNCT" if token.is_punct else "X")
        return docs

    def describe(self, model: str | None = None, backend: str | None = None) -> dict[str, Any]:
        return {"language": f"powtext-german {__version__}",
                "tokenizer": f"spacy {package_version('spacy')} blank de"}


# „…“ and »…« are German quotation marks; the content is the quotation.
_QUOTE = re.compile(r"„([^“”\n]{1,400})[“”]|»([^«\n]{1,400})«")


class QuotationStage(BaseStage):
    """Annotates German quotations (type `quotation`), an example of a plugin stage."""

    name = "quotations"
    version = __version__

    def __call__(self, doc: Document) -> Document:
        from powtext.model import Annotation

        for i, seg in enumerate(doc.segments):
            if seg.lang != "de":
                continue
            for m in _QUOTE.finditer(doc.text, seg.start, seg.end):
                group = 1 if m.group(1) is not None else 2
                start, end = m.start(group), m.end(group)
                ann = Annotation(type="quotation", start=start - seg.start, end=end - seg.start,
                                 text="", source="powtext-german.quotations")
                doc.annotations.append(place(ann, doc, i, seg.start, "quotations"))
        return doc

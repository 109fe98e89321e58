"""spaCy: a DocBin of one Doc per segment (see `powtext.to_spacy`), user data included."""

from __future__ import annotations

from pathlib import Path

from powtext.interop import to_spacy
from powtext.model import Document


def export(docs: list[Document], output: Path) -> str:
    from spacy.tokens import DocBin

    # store_user_data keeps each Doc's powtext record: values, canonical ids, the document id
    docbin = DocBin(store_user_data=True)
    count = 0
    for doc in docs:
        for sdoc in to_spacy(doc):
            docbin.add(sdoc)
            count += 1
    output.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(output)
    return f"{count} spaCy Docs (one per segment) from {len(docs)} documents → {output}"

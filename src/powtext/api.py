"""The library API: everything the CLI does, callable from Python."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from powtext.model import Document
from powtext.pipeline import Pipeline, load_pipeline
from powtext.resources import shared

__all__ = ["annotate", "load", "load_pipeline"]


def annotate(
    text: str,
    lang: str | None = None,
    id: str = "doc",
    pipeline: Pipeline | str | Path | None = None,
) -> Document:
    """Annotate one text; `lang` overrides detection of the document's language."""
    if not isinstance(pipeline, Pipeline):
        key = f"pipeline:{pipeline}"
        pipeline = shared(key, lambda: load_pipeline(pipeline))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    doc = Document(id=id, text=text, declared_lang=lang, source={"path": "<api>", "sha256": digest})
    return pipeline(doc)


def load(path: str | Path) -> Iterator[Document]:
    """Documents from an annotation file, as typed objects."""
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield Document.from_json(json.loads(line))

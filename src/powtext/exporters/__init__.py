"""Exporters by format name: each module has `export(docs, output) -> str` (a summary line)."""

from __future__ import annotations

import importlib
from pathlib import Path

from powtext.model import Document

# Modules are imported only when their format is asked for (spaCy is slow to import).
FORMATS = {
    "brat": "powtext.exporters.brat",
    "conllu": "powtext.exporters.conll",
    "csv": "powtext.exporters.table",
    "spacy": "powtext.exporters.docbin",
    "webanno": "powtext.exporters.webanno",
}


def export(fmt: str, docs: list[Document], output: str | Path) -> str:
    """Write `docs` to `output` in format `fmt`; returns what was written, for one line."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(sorted(FORMATS))})")
    return importlib.import_module(FORMATS[fmt]).export(docs, Path(output))

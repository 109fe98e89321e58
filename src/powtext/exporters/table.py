"""CSV: one row per annotation, the columns of `powtext.to_dataframe`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from powtext.interop import COLUMNS, annotation_rows
from powtext.model import Document
from powtext.output import write_atomic


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list, bool)):  # JSON keeps {min, max} and true/false readable
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def export(docs: list[Document], output: Path) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    rows = 0
    for row in annotation_rows(docs):
        writer.writerow([_cell(row[c]) for c in COLUMNS])
        rows += 1
    write_atomic(output, [buffer.getvalue().rstrip("\n")])
    return f"{rows} annotations from {len(docs)} documents → {output}"

"""Checking an annotation file against the JSON Schema and against its own text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of one line of an annotation file."""
    text = resources.files("powtext.schema").joinpath("document.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def check_document(record: dict[str, Any]) -> Iterator[str]:
    """Problems with one document record: schema first, then offsets against the text."""
    schema_errors = sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path))
    for err in schema_errors:
        where = "/".join(str(p) for p in err.absolute_path) or "(document)"
        yield f"{where}: {err.message}"
    if schema_errors:
        return
    text = record["text"]
    n = len(text)
    segments = record["segments"]
    previous_end = 0
    for i, seg in enumerate(segments):
        if not 0 <= seg["start"] < seg["end"] <= n:
            yield f"segments/{i}: offsets {seg['start']}..{seg['end']} outside the text (0..{n})"
        elif seg["start"] < previous_end:
            yield f"segments/{i}: overlaps the segment before it"
        previous_end = max(previous_end, seg["end"])
    for name in ("tokens", "annotations"):
        for i, item in enumerate(record[name]):
            start, end = item["start"], item["end"]
            if not 0 <= start < end <= n:
                yield f"{name}/{i}: offsets {start}..{end} outside the text (0..{n})"
                continue
            if name == "annotations" and text[start:end] != item["text"]:
                yield (f"annotations/{i} ({item['id']}): text {item['text']!r} but "
                       f"text[{start}:{end}] is {text[start:end]!r}")
            seg = item["segment"]
            if seg >= len(segments) or (name == "tokens" and seg < 0):
                yield f"{name}/{i}: segment {seg} does not exist"
    ids = [a["id"] for a in record["annotations"]]
    if len(ids) != len(set(ids)):
        yield "annotations: ids are not unique"


def validate_file(path: str | Path) -> Iterator[str]:
    """Every problem in an annotation file, as 'FILE:LINE: message'."""
    previous_id = None
    try:
        stream = open(path, encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as err:
        yield f"{path}: cannot read: {err.strerror}"
        return
    with stream:
        try:
            for number, line in enumerate(stream, 1):
                where = f"{path}:{number}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    yield f"{where}: not valid JSON: {err.msg}"
                    continue
                if not isinstance(record, dict):
                    yield f"{where}: a line must be a JSON object"
                    continue
                for problem in check_document(record):
                    yield f"{where}: {problem}"
                doc_id = record.get("id")
                if isinstance(doc_id, str):
                    if previous_id is not None and doc_id <= previous_id:
                        yield f"{where}: id {doc_id!r} is out of order or repeated"
                    previous_id = doc_id
        except UnicodeDecodeError as err:
            yield f"{path}: not valid UTF-8 at byte {err.start}"

"""Reading documents: directories, .txt files, JSONL records, stdin.

Every problem becomes an `InputError` naming the file (and line) instead of an exception, so one
bad file never stops a batch.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from powtext.data import tomllib

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)
MANIFEST_NAME = "manifest.toml"


@dataclass
class InputRecord:
    id: str
    text: str
    origin: str  # file (and line) it came from, for messages
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    source: dict[str, Any] = field(default_factory=dict)


@dataclass
class InputError:
    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else raises ValueError."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ValueError(f"not valid UTF-16 at byte {err.start}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ValueError(
            f"not valid UTF-8 at byte {err.start} (0x{data[err.start]:02x}); "
            "convert the file to UTF-8"
        ) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise ValueError(f"looks binary: NUL character at offset {nul}")
    return text


def _text_record(path: Path, doc_id: str, meta: dict[str, Any]) -> InputRecord | InputError:
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        return InputError(origin, f"cannot read: {err.strerror}")
    try:
        text = decode(data)
    except ValueError as err:
        return InputError(origin, str(err))
    if not text.strip():
        return InputError(origin, "empty document (no text besides whitespace)")
    entry = dict(meta)
    lang = entry.pop("lang", None)
    return InputRecord(
        id=doc_id, text=text, origin=origin, lang=lang, meta=entry,
        source={"path": origin, "sha256": hashlib.sha256(data).hexdigest()},
    )


def _jsonl_records(
    stream: BinaryIO, origin: str, id_prefix: str = ""
) -> Iterator[InputRecord | InputError]:
    for number, raw in enumerate(stream, 1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        try:
            line = decode(raw)
        except ValueError as err:
            yield InputError(where, str(err))
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(where, f"not valid JSON: {err.msg} at column {err.colno}")
            continue
        problem = _check_record(record)
        if problem:
            yield InputError(where, problem)
            continue
        if not record["text"].strip():
            yield InputError(where, "empty document (no text besides whitespace)")
            continue
        yield InputRecord(
            id=id_prefix + str(record["id"]), text=record["text"], origin=where,
            lang=record.get("lang"), meta=record.get("meta") or {},
            # No line number in the stored source: inserting a record must not change the rest.
            source={"path": origin, "sha256": hashlib.sha256(raw.rstrip(b"\r\n")).hexdigest()},
        )


def _check_record(record: Any) -> str | None:
    if not isinstance(record, dict):
        return f"a record must be a JSON object, not {type(record).__name__}"
    if not isinstance(record.get("id"), (str, int)) or record.get("id") == "":
        return 'a record needs an "id" (string or integer)'
    if not isinstance(record.get("text"), str):
        return 'a record needs a "text" string'
    if "\x00" in record["text"]:
        return "text contains a NUL character"
    try:
        record["text"].encode("utf-8")
    except UnicodeEncodeError as err:
        return f"text contains a lone surrogate at offset {err.start}"
    lang = record.get("lang")
    if lang is not None and not (isinstance(lang, str) and 2 <= len(lang) <= 3 and lang.isalpha()):
        return f'"lang" must be an ISO 639-1 code like "en", not {lang!r}'
    if record.get("meta") is not None and not isinstance(record["meta"], dict):
        return '"meta" must be a JSON object'
    return None


def _manifest(root: Path) -> tuple[dict[str, dict[str, Any]], list[InputError]]:
    """Per-file metadata from a corpus manifest, keyed by the file's path relative to `root`."""
    path = root / MANIFEST_NAME
    if not path.is_file():
        return {}, []
    try:
        table = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        return {}, [InputError(str(path), f"cannot read the corpus manifest: {err}")]
    entries = {}
    for entry in table.get("document", []):
        if isinstance(entry, dict) and "path" in entry:
            meta = {k: v for k, v in entry.items() if k not in ("path", "sha256")}
            entries[str(entry["path"])] = meta
    return entries, []


def _doc_id(path: Path, root: Path) -> str:
    rel = path.relative_to(root) if root != path else Path(path.name)
    return rel.with_suffix("").as_posix()


def read_inputs(
    paths: list[str], exclude: frozenset[Path] = frozenset()
) -> Iterator[InputRecord | InputError]:
    """Records and errors from every input, in a stable order; `-` is JSONL on stdin.

    Files in `exclude` (resolved paths: the run's own output) and annotation files are
    skipped when a folder is searched, so output kept beside the input is never read as input.
    """
    for raw in paths:
        if raw == "-":
            yield from _jsonl_records(sys.stdin.buffer, "<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            manifest, errors = _manifest(path)
            yield from errors
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES
                and p.resolve() not in exclude and not is_annotation_file(p)
            )
            for file in files:
                rel = file.relative_to(path).as_posix()
                yield from _read_file(file, path, manifest.get(rel, {}))
        elif path.is_file():
            yield from _read_file(path, path, {})
        else:
            yield InputError(raw, "no such file or directory")


def is_annotation_file(path: Path) -> bool:
    """Is this powtext's own output? (Its lines are documents, not input records.)"""
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return False
    try:
        with path.open("rb") as stream:
            if stream.read(len(_OUTPUT_PREFIX)) != _OUTPUT_PREFIX:
                return False
            stream.seek(0)
            return _OUTPUT_SCHEMA in stream.readline()
    except OSError:
        return False


# Output lines have sorted keys, so they open with the annotations and name the schema later.
_OUTPUT_PREFIX = b'{"annotations":'
_OUTPUT_SCHEMA = b'"schema":"powtext.document/'


def _read_file(path: Path, root: Path, meta: dict[str, Any]) -> Iterator[InputRecord | InputError]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        try:
            with path.open("rb") as stream:
                yield from _jsonl_records(stream, str(path))
        except OSError as err:
            yield InputError(str(path), f"cannot read: {err.strerror}")
    elif suffix in TEXT_SUFFIXES or root == path:
        record = _text_record(path, meta.get("id") or _doc_id(path, root), meta)
        if isinstance(record, InputRecord):
            record.meta.pop("id", None)
        yield record
    else:
        yield InputError(str(path), f"unsupported file type {suffix!r} (use .txt or .jsonl)")

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


@dataclass(frozen=True)
class ReadOptions:
    """How input bytes become documents."""

    # "utf-8" (a BOM for UTF-8/UTF-16 is always honoured), "auto" (detect legacy encodings
    # such as Windows-1251 or Shift_JIS with charset-normalizer), or a Python codec name.
    encoding: str = "utf-8"
    max_bytes: int = 20 * 1024 * 1024  # one document; larger ones fail with a clear message


def decode(data: bytes, encoding: str = "utf-8") -> tuple[str, str]:
    """The text and the encoding it was read with; ValueError says what is wrong."""
    if data.startswith(codecs.BOM_UTF8):
        text, used = _decode(data[len(codecs.BOM_UTF8):], "utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, used = _decode(data, "utf-16"), "utf-16"
    elif encoding == "auto":
        try:
            text, used = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            used = _detect(data)
            text = _decode(data, used)
    else:
        text, used = _decode(data, encoding), encoding
    nul = text.find("\x00")
    if nul >= 0:
        raise ValueError(f"looks binary: NUL character at offset {nul}")
    return text, used


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise ValueError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as err:
        hint = (
            "; if it is in a legacy encoding, pass --encoding auto (or e.g. --encoding cp1251)"
            if encoding == "utf-8" else ""
        )
        raise ValueError(
            f"not valid {encoding.upper()} at byte {err.start} (0x{data[err.start]:02x}){hint}"
        ) from None


def _detect(data: bytes) -> str:
    """The most plausible legacy encoding of `data` (charset-normalizer)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("not UTF-8, and no other encoding fits (is it binary?)")
    return best.encoding


def _too_big(size: int, options: ReadOptions) -> str | None:
    if size > options.max_bytes:
        return (f"document is {size / 2**20:.1f} MB, over the limit of "
                f"{options.max_bytes / 2**20:.3g} MB (--max-doc-mb)")
    return None


def _text_record(
    path: Path, doc_id: str, meta: dict[str, Any], options: ReadOptions
) -> InputRecord | InputError:
    origin = str(path)
    try:
        problem = _too_big(path.stat().st_size, options)
        if problem:
            return InputError(origin, problem)
        data = path.read_bytes()
    except OSError as err:
        return InputError(origin, f"cannot read: {err.strerror}")
    try:
        text, used = decode(data, options.encoding)
    except ValueError as err:
        return InputError(origin, str(err))
    if not text.strip():
        return InputError(origin, "empty document (no text besides whitespace)")
    entry = dict(meta)
    lang = entry.pop("lang", None)
    source = {"path": origin, "sha256": hashlib.sha256(data).hexdigest()}
    if used not in ("utf-8", "utf-8-sig"):
        source["encoding"] = used
    return InputRecord(id=doc_id, text=text, origin=origin, lang=lang, meta=entry, source=source)


def _jsonl_records(
    stream: BinaryIO, origin: str, options: ReadOptions
) -> Iterator[InputRecord | InputError]:
    for number, raw in enumerate(stream, 1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        problem = _too_big(len(raw), options)
        if problem:
            yield InputError(where, problem)
            continue
        try:
            line, _ = decode(raw, options.encoding)
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
            id=str(record["id"]), text=record["text"], origin=where,
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
    paths: list[str],
    exclude: frozenset[Path] = frozenset(),
    options: ReadOptions = ReadOptions(),
) -> Iterator[InputRecord | InputError]:
    """Records and errors from every input, in a stable order; `-` is JSONL on stdin.

    Files in `exclude` (resolved paths: the run's own output) and annotation files are
    skipped when a folder is searched, so output kept beside the input is never read as input.
    """
    for raw in paths:
        if raw == "-":
            yield from _jsonl_records(sys.stdin.buffer, "<stdin>", options)
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
                yield from _read_file(file, path, manifest.get(rel, {}), options)
        elif path.is_file():
            yield from _read_file(path, path, {}, options)
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


def _read_file(
    path: Path, root: Path, meta: dict[str, Any], options: ReadOptions
) -> Iterator[InputRecord | InputError]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        try:
            with path.open("rb") as stream:
                yield from _jsonl_records(stream, str(path), options)
        except OSError as err:
            yield InputError(str(path), f"cannot read: {err.strerror}")
    elif suffix in TEXT_SUFFIXES or root == path:
        record = _text_record(path, meta.get("id") or _doc_id(path, root), meta, options)
        if isinstance(record, InputRecord):
            record.meta.pop("id", None)
        yield record
    else:
        yield InputError(str(path), f"unsupported file type {suffix!r} (use .txt or .jsonl)")

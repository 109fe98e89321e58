"""A corpus folder and its manifest: adding documents without starting over."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from powtext.data import tomllib
from powtext.inputs import MANIFEST_NAME, InputRecord, read_inputs
from powtext.output import write_atomic

# Ids become file names: letters, digits, '.', '_', '-', and '/' between non-empty parts.
_SAFE_ID = re.compile(r"^[\w][\w.\-]*(?:/[\w][\w.\-]*)*$")


class CorpusError(ValueError):
    """A document that cannot be added, with the reason."""


@dataclass
class Added:
    id: str
    path: str


def check_id(doc_id: str) -> str:
    """`doc_id` if it is safe as a path inside the corpus, else CorpusError."""
    parts = doc_id.split("/")
    if not _SAFE_ID.match(doc_id) or any(p in (".", "..") for p in parts):
        raise CorpusError(
            f"id {doc_id!r} is not allowed: use letters, digits, '.', '_', '-' and '/' "
            "between parts (no '..', no leading '/')"
        )
    return doc_id


def read_manifest(corpus: Path) -> list[dict[str, Any]]:
    path = corpus / MANIFEST_NAME
    if not path.is_file():
        return []
    try:
        return list(tomllib.loads(path.read_text("utf-8")).get("document", []))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise CorpusError(f"{path}: cannot read the manifest: {err}") from None


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    # A JSON string is a valid TOML basic string (same escapes), kept readable with ensure_ascii.
    return json.dumps(str(value), ensure_ascii=False)


def write_manifest(corpus: Path, entries: list[dict[str, Any]], header: str) -> None:
    lines = header.rstrip("\n").splitlines() if header else []
    for entry in entries:
        lines += ["", "[[document]]"]
        lines += [f"{key} = {_toml_value(value)}" for key, value in entry.items()]
    write_atomic(corpus / MANIFEST_NAME, lines)


def _manifest_header(corpus: Path) -> str:
    """The comment lines that open the manifest, kept when it is rewritten."""
    path = corpus / MANIFEST_NAME
    if not path.is_file():
        return "# The corpus. One [[document]] table per file; `powtext add` maintains this list."
    head = []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            head.append(line)
        else:
            break
    return "\n".join(head).strip("\n")


def _existing(corpus: Path) -> dict[str, str]:
    """Id → where it comes from, for every document the corpus already holds."""
    found = {}
    for item in read_inputs([str(corpus)]):
        if isinstance(item, InputRecord):
            found.setdefault(item.id, item.origin)
    return found


def add_documents(
    paths: list[str],
    corpus: str | Path = "corpus",
    lang: str | None = None,
    doc_id: str | None = None,
    today: dt.date | None = None,
) -> list[Added]:
    """Copy `paths` (.txt or .jsonl) into `corpus` and list them in its manifest.

    All or nothing: every path is checked (readable, a safe and new id, not a copy of a file
    already there) before anything is copied or the manifest rewritten.
    """
    corpus = Path(corpus)
    corpus.mkdir(parents=True, exist_ok=True)
    if doc_id is not None:
        check_id(doc_id)
        if len(paths) != 1:
            raise CorpusError("--id names one document: give exactly one path with it")
    if lang is not None and not (2 <= len(lang) <= 3 and lang.isalpha() and lang.islower()):
        raise CorpusError(f"--lang must be an ISO 639-1 code like 'de', not {lang!r}")
    entries = read_manifest(corpus)
    known_hashes = {e.get("sha256"): e.get("path") for e in entries}
    existing = _existing(corpus)
    plan: list[tuple[Path, Path, dict[str, Any]]] = []
    for raw in paths:
        source = Path(raw)
        if not source.is_file():
            raise CorpusError(f"{raw}: no such file")
        suffix = source.suffix.lower()
        if suffix not in (".txt", ".jsonl"):
            raise CorpusError(f"{raw}: unsupported file type {suffix!r} (use .txt or .jsonl)")
        data = source.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest in known_hashes:
            raise CorpusError(f"{raw}: the corpus already holds this file as "
                              f"{known_hashes[digest]}")
        new_ids = _ids_in(source, data, doc_id)
        for new_id in new_ids:
            check_id(new_id)
            if new_id in existing:
                raise CorpusError(
                    f"{raw}: id {new_id!r} is already in the corpus ({existing[new_id]})"
                )
        base = (doc_id or source.stem) if suffix == ".txt" else source.stem
        target = corpus / f"{check_id(base)}{suffix}"
        if target.exists() and target.resolve() != source.resolve():
            raise CorpusError(f"{raw}: {target} already exists")
        entry: dict[str, Any] = {"path": target.relative_to(corpus).as_posix()}
        if suffix == ".txt":
            entry["id"] = new_ids[0]
        entry["source"] = str(source)
        entry["sha256"] = digest
        if lang:
            entry["lang"] = lang
        entry["added"] = (today or dt.date.today()).isoformat()
        plan.append((source, target, entry))
        known_hashes[digest] = entry["path"]
        existing.update(dict.fromkeys(new_ids, raw))
    added = []
    for source, target, entry in plan:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.resolve() != source.resolve():
            shutil.copyfile(source, target)
        entries.append(entry)
        added.append(Added(entry.get("id", target.stem), str(target)))
    write_manifest(corpus, entries, _manifest_header(corpus))
    return added


def _ids_in(source: Path, data: bytes, doc_id: str | None) -> list[str]:
    if source.suffix.lower() == ".txt":
        return [doc_id or source.stem]
    ids = []
    for number, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            ids.append(str(record["id"]))
        except (ValueError, KeyError, TypeError):
            raise CorpusError(f"{source}:{number}: not a JSON record with an \"id\"") from None
    return ids

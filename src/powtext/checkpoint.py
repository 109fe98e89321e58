"""Where finished documents wait: the previous output and the checkpoint of an unfinished run.

The checkpoint is `OUTPUT.checkpoint`, one line per finished document
(`fingerprint TAB id-as-JSON TAB document-line`), appended and flushed as each document is done.
A run that dies leaves it behind; the next run reuses every entry whose fingerprint still
matches. A successful run deletes it after the output is in place.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO


class OutputBusy(RuntimeError):
    """Another run is writing the same output."""


@dataclass(frozen=True)
class Entry:
    """Where a document's line is stored in a file, and what it was made from."""

    fingerprint: str | None
    offset: int
    length: int


def index_output(path: Path) -> dict[str, Entry]:
    """Id → entry for every readable line of an existing annotation file."""
    entries: dict[str, Entry] = {}
    if not path.is_file():
        return entries
    offset = 0
    with path.open("rb") as stream:
        for raw in stream:
            length = len(raw.rstrip(b"\n"))
            try:
                record = json.loads(raw)
                doc_id = record["id"]
                entries[doc_id] = Entry(record.get("fingerprint"), offset, length)
            except (ValueError, KeyError, TypeError):
                pass  # an unreadable line is simply not reused
            offset += len(raw)
    return entries


class Checkpoint:
    """The append-only record of documents finished by the current (or an interrupted) run."""

    def __init__(self, output: Path, fresh: bool = False):
        self.path = output.with_name(output.name + ".checkpoint")
        self.lock_path = output.with_name(output.name + ".lock")
        self.fresh = fresh
        self.entries: dict[str, Entry] = {}
        self._lock: BinaryIO | None = None
        self._file: BinaryIO | None = None

    def __enter__(self) -> Checkpoint:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = open(self.lock_path, "wb")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            self._lock = None
            raise OutputBusy(
                f"{self.path.with_suffix('')}: another powtext run is writing this output"
            ) from None
        if self.fresh:
            self.path.unlink(missing_ok=True)
        self._load()
        self._file = open(self.path, "ab")
        return self

    def _load(self) -> None:
        if not self.path.is_file():
            return
        good_end = 0
        with self.path.open("rb") as stream:
            offset = 0
            for raw in stream:
                if not raw.endswith(b"\n"):
                    break  # torn by a kill mid-write: drop it
                parts = raw.split(b"\t", 2)
                if len(parts) == 3:
                    try:
                        doc_id = json.loads(parts[1])
                        head = len(parts[0]) + len(parts[1]) + 2
                        self.entries[doc_id] = Entry(
                            parts[0].decode("ascii"), offset + head, len(raw) - head - 1
                        )
                    except (ValueError, UnicodeDecodeError):
                        pass
                offset += len(raw)
                good_end = offset
        if good_end < self.path.stat().st_size:
            with self.path.open("r+b") as stream:
                stream.truncate(good_end)

    def append(self, doc_id: str, fingerprint: str, line: str) -> Entry:
        assert self._file is not None
        head = f"{fingerprint}\t{json.dumps(doc_id, ensure_ascii=True)}\t".encode("ascii")
        body = line.encode("utf-8")
        offset = self._file.tell() + len(head)
        self._file.write(head + body + b"\n")
        self._file.flush()
        entry = Entry(fingerprint, offset, len(body))
        self.entries[doc_id] = entry
        return entry

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())

    def finish(self) -> None:
        """The output is in place: the checkpoint is no longer needed."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self.path.unlink(missing_ok=True)

    def __exit__(self, *exc) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
            if not self.entries and self.path.is_file() and self.path.stat().st_size == 0:
                self.path.unlink()
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None
            self.lock_path.unlink(missing_ok=True)


class LineStore:
    """The chosen line of every document, wherever it is stored; read back in id order."""

    def __init__(self) -> None:
        self._files: dict[str, Path] = {}
        self._chosen: dict[str, tuple[str, Entry]] = {}

    def add_file(self, name: str, path: Path) -> None:
        self._files[name] = path

    def keep(self, doc_id: str, name: str, entry: Entry) -> None:
        self._chosen[doc_id] = (name, entry)

    def ids(self) -> list[str]:
        return sorted(self._chosen)

    def lines_in_order(self) -> Iterator[str]:
        with ExitStack() as stack:
            handles = {
                name: stack.enter_context(open(path, "rb"))
                for name, path in self._files.items() if path.is_file()
            }
            for doc_id in self.ids():
                name, entry = self._chosen[doc_id]
                stream = handles[name]
                stream.seek(entry.offset)
                yield stream.read(entry.length).decode("utf-8")

"""What views and exporters share: reading a file with one-line errors, value texts, nesting."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from powtext.model import REQUIRED_BY_TYPE, Annotation, Document

ANNOTATION_TYPES = tuple(REQUIRED_BY_TYPE)

# One colour per type, used by the terminal (256-colour background) and the HTML report.
TYPE_COLOURS: dict[str, tuple[int, str]] = {
    "entity": (153, "#b9dcff"),
    "date": (186, "#f3e79b"),
    "number": (157, "#b8f0c8"),
    "numberrange": (151, "#a7dcb6"),
    "identifier": (219, "#f6c6f0"),
    "citation_marker": (252, "#dddddd"),
    "reference_label": (250, "#cfcfcf"),
}
DEFAULT_COLOUR = (223, "#ffd7af")


class InputProblem(Exception):
    """A file that cannot be read as an annotation file, or a selection it cannot satisfy."""


def read_documents(path: str | Path) -> list[Document]:
    """Every document in an annotation file; any problem is one InputProblem naming the file."""
    path = Path(path)
    if not path.exists():
        raise InputProblem(f"{path}: no such file")
    if path.is_dir():
        raise InputProblem(f"{path}: is a directory, not an annotation file")
    docs: list[Document] = []
    try:
        with open(path, encoding="utf-8") as stream:
            for number, line in enumerate(stream, 1):
                if line.strip():
                    docs.append(_document(path, number, line))
    except UnicodeDecodeError as err:
        raise InputProblem(f"{path}: not UTF-8 text ({err.reason})") from None
    except OSError as err:
        raise InputProblem(f"{path}: {err.strerror or err}") from None
    if not docs:
        raise InputProblem(f"{path}: no documents")
    return docs


def _document(path: Path, number: int, line: str) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputProblem(f"{path}:{number}: not JSON ({err.msg})") from None
    if not isinstance(record, dict):
        raise InputProblem(f"{path}:{number}: not a powtext document (not an object)")
    try:
        doc = Document.from_json(record)
    except (KeyError, TypeError, ValueError) as err:
        raise InputProblem(f"{path}:{number}: not a powtext document ({err!r})") from None
    n = len(doc.text)
    for ann in doc.annotations:
        if not 0 <= ann.start <= ann.end <= n:
            raise InputProblem(f"{path}:{number}: annotation {ann.id} lies outside the text")
    return doc


def split_list(values: Sequence[str] | None) -> list[str]:
    """`--type date,entity --type number` → ["date", "entity", "number"]."""
    out: list[str] = []
    for value in values or ():
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return out


def select(
    docs: list[Document], path: str | Path, ids: Sequence[str] = (),
    types: Sequence[str] = (), langs: Sequence[str] = (),
) -> list[Document]:
    """The documents named by `ids`, keeping only annotations of `types` in segments of `langs`.

    Segments of other languages are dropped from `segments` of the copies only in the sense that
    views skip them; offsets and the text are never changed.
    """
    unknown = sorted(set(types) - set(ANNOTATION_TYPES))
    if unknown:
        raise InputProblem(f"unknown annotation type {', '.join(unknown)} "
                           f"(known: {', '.join(ANNOTATION_TYPES)})")
    if ids:
        by_id = {doc.id: doc for doc in docs}
        missing = [i for i in ids if i not in by_id]
        if missing:
            raise InputProblem(f"{path}: no document with id {', '.join(map(repr, missing))} "
                               f"(ids: {_few(sorted(by_id))})")
        docs = [by_id[i] for i in dict.fromkeys(ids)]
    out = []
    for doc in docs:
        keep = [a for a in doc.annotations
                if (not types or a.type in types) and (not langs or a.lang in langs)]
        segments = doc.segments
        if langs:
            segments = [s for s in segments if s.lang in langs]
        copy = Document(**{k: getattr(doc, k) for k in doc.__dataclass_fields__})
        copy.annotations = keep
        copy.scratch = {"visible_segments": {doc.segments.index(s) for s in segments}}
        out.append(copy)
    return out


def visible_segments(doc: Document) -> list[int]:
    """Indexes of the segments a view shows (all unless `select` filtered by language)."""
    chosen = doc.scratch.get("visible_segments")
    return sorted(chosen) if chosen is not None else list(range(len(doc.segments)))


def _few(names: list[str], limit: int = 8) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f", … ({len(names)} in all)" if len(names) > limit else "")


def number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


def value_text(ann: Annotation) -> str:
    """A short reading of an annotation's value: `760000 person`, `1939/1956`, `GPE Q15180`."""
    value = ann.value
    if ann.type == "number":
        parts = [number_text(value), ann.unit or "", "ordinal" if ann.ordinal else ""]
        return " ".join(p for p in parts if p)
    if ann.type == "numberrange" and isinstance(value, dict):
        low, high = value.get("min"), value.get("max")
        span = (f"≥{number_text(low)}" if high is None else f"≤{number_text(high)}"
                if low is None else f"{number_text(low)}–{number_text(high)}")  # "over 500,000"
        return f"{span} {ann.unit}" if ann.unit else span
    if ann.type == "entity":
        parts = [ann.label or "", ann.canonical or ""]
        if ann.canonical_name and ann.canonical_name != ann.text:
            parts.append(f"“{ann.canonical_name}”")
        return " ".join(p for p in parts if p)
    if ann.type == "identifier":
        return f"{ann.label or ''} {'' if value is None else value}".strip()
    if ann.type in ("citation_marker", "reference_label"):
        return f"ref {value}" if value is not None else (ann.label or "")
    if value is None:
        return ann.label or ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return number_text(value)


def type_label(ann: Annotation) -> str:
    """`date`, `entity:GPE`, `identifier:ISBN`: the type, refined by the label if there is one."""
    return f"{ann.type}:{ann.label}" if ann.label else ann.type


@dataclass
class Piece:
    """A stretch of one annotation inside a segment, with the pieces nested in it."""

    ann: Annotation
    start: int
    end: int
    last: bool = True  # False for all but the final piece of an annotation that had to be split
    children: list[Piece] = field(default_factory=list)


def nest(annotations: Iterable[Annotation], start: int, end: int) -> list[Piece]:
    """Annotations within [start, end) as a forest; one that crosses its parent's end is split.

    Terminal and HTML markup can only nest, so a crossing annotation becomes two pieces.
    """
    anns = sorted((a for a in annotations if a.start < end and a.end > start and a.start < a.end),
                  key=lambda a: (max(a.start, start), -a.end, a.id))
    roots: list[Piece] = []
    stack: list[Piece] = []
    pending = [(max(a.start, start), min(a.end, end), a) for a in anns]
    while pending:
        s, e, ann = pending.pop(0)
        while stack and stack[-1].end <= s:
            stack.pop()
        if stack and e > stack[-1].end:  # crosses the parent: keep the part inside, queue the rest
            rest = (stack[-1].end, e, ann)
            e = stack[-1].end
            pending.append(rest)
            pending.sort(key=lambda p: (p[0], -p[1], p[2].id))
            piece = Piece(ann, s, e, last=False)
        else:
            piece = Piece(ann, s, e)
        (stack[-1].children if stack else roots).append(piece)
        stack.append(piece)
    return roots

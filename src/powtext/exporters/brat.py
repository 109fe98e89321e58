"""brat standoff: `<id>.txt` + `<id>.ann` per document, values as AnnotatorNotes, a
annotation.conf.

brat offsets are code points, like ours. A span that crosses a line break is written as
fragments (`T1 date 0 4;5 9`), because brat cannot show one span over two lines.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from powtext.model import Document
from powtext.output import write_atomic
from powtext.views.common import value_text

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_TYPE_NAME = re.compile(r"[^A-Za-z0-9_-]+")


def file_stem(doc_id: str) -> str:
    """A file name for a document id: safe characters only, never hidden or a path.

    An id that had to change gets a short hash of the original so two ids never collide.
    """
    stem = _UNSAFE.sub("_", doc_id).strip("._") or "document"
    if stem != doc_id:
        stem = f"{stem[:80]}-{hashlib.sha256(doc_id.encode('utf-8')).hexdigest()[:8]}"
    return stem


def brat_type(ann) -> str:
    """Entities by label (PERSON, GPE), the rest by type (date, number, citation_marker)."""
    name = ann.label if ann.type == "entity" and ann.label else ann.type
    return _TYPE_NAME.sub("_", name) or "annotation"


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for match in re.finditer(r"[^\n\r]+", text[start:end]):
        out.append((start + match.start(), start + match.end()))
    return out


def _note(ann) -> str:
    parts = [value_text(ann)]
    if ann.type == "entity" and ann.canonical_source:
        parts.append(f"({ann.canonical_source})")
    parts.append(f"lang={ann.lang} source={ann.source} id={ann.id}")
    return re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip()


def ann_lines(doc: Document) -> list[str]:
    lines = []
    n = 0
    for ann in sorted(doc.annotations, key=lambda a: (a.start, a.end, a.id)):
        frags = _fragments(doc.text, ann.start, ann.end)
        if not frags:
            continue  # an empty or all-newline span has nothing brat can show
        n += 1
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        shown = " ".join(doc.text[s:e] for s, e in frags)
        lines.append(f"T{n}\t{brat_type(ann)} {offsets}\t{shown}")
        lines.append(f"#{n}\tAnnotatorNotes T{n}\t{_note(ann)}")
    return lines


def annotation_conf(docs: list[Document]) -> str:
    entities = sorted({brat_type(a) for doc in docs for a in doc.annotations})
    return "\n".join(["[entities]", *entities, "", "[relations]", "", "[events]", "",
                      "[attributes]", ""])


def export(docs: list[Document], output: Path) -> str:
    output.mkdir(parents=True, exist_ok=True)
    count = 0
    for doc in docs:
        stem = file_stem(doc.id)
        # exactly the document text: write_atomic would add a final newline
        (output / f"{stem}.txt").write_bytes(doc.text.encode("utf-8"))
        lines = ann_lines(doc)
        write_atomic(output / f"{stem}.ann", lines)
        count += len(lines) // 2
    write_atomic(output / "annotation.conf", [annotation_conf(docs)])
    return f"{count} annotations in {len(docs)} documents → {output}/"

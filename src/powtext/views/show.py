"""`powtext show`: a document's text in the terminal, annotations highlighted, values beside."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from typing import TextIO

from powtext.model import Document
from powtext.views.common import (
    DEFAULT_COLOUR,
    TYPE_COLOURS,
    Piece,
    nest,
    value_text,
    visible_segments,
)

RESET = "\x1b[0m"
DIM = "\x1b[2m"
MARGIN = 22  # "  12 reference  ja  │ "

Cell = tuple[str, str]  # one character and the escape sequence that styles it ("" = plain)


def _style(ann_type: str) -> str:
    colour = TYPE_COLOURS.get(ann_type, DEFAULT_COLOUR)[0]
    return f"\x1b[48;5;{colour}m\x1b[38;5;16m"


def width(text: str) -> int:
    """Columns a string takes in a terminal: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else
               0 if unicodedata.combining(ch) else 1 for ch in text)


def _cells(doc: Document, pieces: list[Piece], start: int, end: int, style: str) -> list[Cell]:
    """The characters of text[start:end], each piece written as `[text → value]`."""
    cells: list[Cell] = []
    pos = start
    for piece in pieces:
        cells.extend((ch, style) for ch in doc.text[pos:piece.start])
        inner = _style(piece.ann.type)
        cells.append(("[", inner))
        cells.extend(_cells(doc, piece.children, piece.start, piece.end, inner))
        if piece.last:
            cells.extend((ch, inner) for ch in f" → {value_text(piece.ann)}")
        cells.append(("]", inner))
        pos = piece.end
    cells.extend((ch, style) for ch in doc.text[pos:end])
    return cells


def _wrap(cells: list[Cell], columns: int) -> Iterator[list[Cell]]:
    """Lines of at most `columns` columns, broken after a space where there is one."""
    line: list[Cell] = []
    used = 0
    for cell in cells:
        if cell[0] == "\n":
            yield line
            line, used = [], 0
            continue
        w = width(cell[0])
        if used + w > columns and line:
            cut = max((i for i, c in enumerate(line) if c[0] == " "), default=-1)
            if cut <= 0 or cut < len(line) // 2:  # no useful space (CJK): break anywhere
                cut = len(line) - 1
            yield line[:cut + 1]
            line = line[cut + 1:]
            used = sum(width(c[0]) for c in line)
        line.append(cell)
        used += w
    if line:
        yield line


def _emit(line: list[Cell], colour: bool) -> str:
    out: list[str] = []
    current = ""
    for ch, style in line:
        if colour and style != current:
            out.append(RESET + style if current else style)
            current = style
        out.append(ch)
    if colour and current:
        out.append(RESET)
    return "".join(out).rstrip()


def render(doc: Document, colour: bool = False, columns: int = 100) -> str:
    """One document: a header line, then each segment beside its number, kind and language."""
    title = doc.meta.get("title") if isinstance(doc.meta, dict) else None
    header = f"═══ {doc.id}  [{doc.lang}]  {len(doc.segments)} segments, " \
             f"{len(doc.annotations)} annotations" + (f"  “{title}”" if title else "")
    while width(header) > columns:  # one line, whatever the terminal
        header = header[:-2] + "…"
    lines = [f"\x1b[1m{header}{RESET}" if colour else header]
    text_columns = max(20, columns - MARGIN)
    for index in visible_segments(doc):
        seg = doc.segments[index]
        anns = [a for a in doc.annotations if a.start < seg.end and a.end > seg.start]
        cells = _cells(doc, nest(anns, seg.start, seg.end), seg.start, seg.end, "")
        margin = f"{index:>4} {seg.kind[:10]:<10} {seg.lang:<3} │ "
        blank = " " * (MARGIN - 2) + "│ "
        for n, line in enumerate(_wrap(cells, text_columns)):
            left = margin if n == 0 else blank
            lines.append((DIM + left + RESET if colour else left) + _emit(line, colour))
    return "\n".join(lines) + "\n"


def legend(colour: bool) -> str:
    names = list(TYPE_COLOURS)
    if not colour:
        return "annotations: [text → value]; types: " + ", ".join(names) + "\n"
    return "types: " + " ".join(f"{_style(n)} {n} {RESET}" for n in names) + "\n"


def use_colour(choice: bool | None, stream: TextIO) -> bool:
    """--color/--no-color win; otherwise colour only on a terminal and when NO_COLOR is unset."""
    if choice is not None:
        return choice
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def page(text: str, stream: TextIO, pager: bool) -> None:
    """Print `text`, through a pager when asked and the text is taller than the terminal."""
    rows = shutil.get_terminal_size().lines
    command = os.environ.get("PAGER") or "less"
    if pager and text.count("\n") >= rows and shutil.which(command.split()[0]):
        env = dict(os.environ)
        env.setdefault("LESS", "FRX")  # keep colours, quit when it fits, leave text on screen
        try:
            subprocess.run(command, shell=True, input=text, text=True, env=env, check=False)
            return
        except OSError:
            pass  # no usable pager after all: print instead
    stream.write(text)
    stream.flush()


def show(docs: list[Document], colour: bool | None = None, pager: bool | None = None,
         columns: int | None = None, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    colour = use_colour(colour, stream)
    pager = stream.isatty() if pager is None else pager
    columns = columns or shutil.get_terminal_size((100, 24)).columns
    text = legend(colour) + "\n".join(render(doc, colour, columns) for doc in docs)
    page(text, stream, pager)

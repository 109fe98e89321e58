"""`powtext html`: one self-contained page (inline CSS and JS, no network) to read annotations.

All document text goes through `html.escape`; annotation details travel in escaped data-
attributes and reach the tooltip through textContent. A Content-Security-Policy lets only the
report's own script (by hash) run, as a second line of defence.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html import escape
from importlib import resources
from pathlib import PurePath
from string import Template

from powtext import __version__
from powtext.model import Document
from powtext.views.common import (
    DEFAULT_COLOUR,
    TYPE_COLOURS,
    Piece,
    nest,
    value_text,
    visible_segments,
)
from powtext.views.stats import date_coverage, entity_groups, is_vague, year_range


def _asset(name: str) -> str:
    return resources.files("powtext.views").joinpath("assets", name).read_text("utf-8")


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _colour(ann_type: str) -> str:
    return TYPE_COLOURS.get(ann_type, DEFAULT_COLOUR)[1]


def _css_name(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", value)


def anchor(doc_index: int, ann_id: str) -> str:
    return f"ann-{doc_index}-{_css_name(ann_id)}"


def _mark(doc_index: int, piece: Piece, inner: str, first: bool) -> str:
    ann = piece.ann
    attrs = {
        "class": f"ann t-{_css_name(ann.type)}", "tabindex": "0",
        "data-key": f"{doc_index}/{ann.id}", "data-id": ann.id, "data-type": ann.type,
        "data-lang": ann.lang, "data-label": ann.label or "",
        "data-value": "" if ann.type == "entity" else value_text(ann),
        "data-canonical": " · ".join(x for x in (ann.canonical, ann.canonical_name) if x),
        "data-source": ann.source, "data-text": ann.text,
    }
    if first:
        attrs["id"] = anchor(doc_index, ann.id)
    rendered = " ".join(f'{k}="{_e(v)}"' for k, v in attrs.items())
    return f"<mark {rendered}>{inner}</mark>"


def _inline(doc: Document, doc_index: int, pieces: list[Piece], start: int, end: int,
            seen: set[str]) -> str:
    out = []
    pos = start
    for piece in pieces:
        out.append(_e(doc.text[pos:piece.start]))
        inner = _inline(doc, doc_index, piece.children, piece.start, piece.end, seen)
        out.append(_mark(doc_index, piece, inner, first=piece.ann.id not in seen))
        seen.add(piece.ann.id)
        pos = piece.end
    out.append(_e(doc.text[pos:end]))
    return "".join(out)


def _document(doc: Document, doc_index: int) -> str:
    title = doc.meta.get("title") if isinstance(doc.meta, dict) else None
    parts = [f'<article class="doc" id="doc-{doc_index}" data-doc="{_e(doc.id)}">',
             f"<h2>{_e(doc.id)}</h2>"]
    facts = [f"language {doc.lang}", f"{len(doc.segments)} segments",
             f"{len(doc.annotations)} annotations"]
    if title:
        facts.insert(0, f"“{title}”")
    parts.append(f'<p class="meta">{_e(" · ".join(facts))}</p>')
    seen: set[str] = set()
    for index in visible_segments(doc):
        seg = doc.segments[index]
        anns = [a for a in doc.annotations if a.start < seg.end and a.end > seg.start]
        text = _inline(doc, doc_index, nest(anns, seg.start, seg.end), seg.start, seg.end, seen)
        ref = f" [{seg.reference}]" if seg.reference is not None else ""
        parts.append(
            f'<div class="seg" data-lang="{_e(seg.lang)}" data-kind="{_e(seg.kind)}">'
            f'<span class="margin">{index} {_e(seg.kind)}{_e(ref)}'
            f'<span class="lang">{_e(seg.lang)}</span></span>'
            f'<span class="text" lang="{_e(seg.lang)}">{text}</span></div>')
    parts.append("</article>")
    return "\n".join(parts)


def _filters(name: str, counts: dict[str, int], swatches: bool) -> str:
    out = []
    for value, n in counts.items():
        swatch = (f'<span class="swatch t-{_css_name(value)}"></span>' if swatches else "")
        out.append(f'<label class="chip"><input type="checkbox" name="{name}" '
                   f'value="{_e(value)}" checked>{swatch}{_e(value)} '
                   f'<span class="count">{n}</span></label>')
    return "\n".join(out)


def _entities(docs: list[Document]) -> str:
    groups = entity_groups(docs)
    if not groups:
        return "<p>No entities.</p>"
    rows = []
    for g in groups:
        forms = " ".join(
            f'<span class="form" data-lang="{_e(lang)}"><span class="lang">{_e(lang)}</span>'
            f'<span lang="{_e(lang)}">{_e(form)}</span>'
            + (f' <span class="count">×{n}</span>' if n > 1 else "") + "</span>"
            for lang, forms_ in g["forms"].items() for form, n in forms_.items())
        rows.append(
            f'<tr data-langs="{_e(" ".join(g["languages"]))}"><td>{_e(g["canonical"])}</td>'
            f'<td>{_e(g["name"])}</td><td>{_e(g["label"])}</td>'
            f'<td class="num">{g["mentions"]}</td><td class="num">{len(g["documents"])}</td>'
            f"<td>{forms}</td></tr>")
    return ('<table><thead><tr><th>identity</th><th>name</th><th>label</th><th>mentions</th>'
            "<th>docs</th><th>forms by language</th></tr></thead><tbody>\n"
            + "\n".join(rows) + "\n</tbody></table>")


def _timeline(docs: list[Document]) -> str:
    """An SVG: each date as a mark over its years (stacked so none overlap), decade bars below."""
    items = []
    for i, doc in enumerate(docs):
        for ann in doc.annotations:
            years = year_range(ann.value) if ann.type == "date" else None
            if years and not is_vague(years):
                items.append((years[0], years[1] + 1, ann, i, doc.id))
    if not items:
        return "<p>No dates.</p>"
    items.sort(key=lambda t: (t[0], t[1], t[4], t[2].start))
    first = min(t[0] for t in items) // 10 * 10
    last = -(-max(t[1] for t in items) // 10) * 10
    width, left, right = 960, 16, 16
    scale = (width - left - right) / max(1, last - first)

    def x(year: float) -> float:
        return round(left + (year - first) * scale, 1)

    rows: list[float] = []  # the right end of the last mark in each row
    marks = []
    for lo, hi, ann, i, doc_id in items:
        x1, x2 = x(lo) + 3, max(x(hi) - 3, x(lo) + 3)
        row = next((r for r, end in enumerate(rows) if end + 6 < x1), None)
        if row is None:
            rows.append(x2)
            row = len(rows) - 1
        rows[row] = x2
        y = 14 + row * 9
        tip = f"{ann.text} → {ann.value} · {doc_id}"
        marks.append(f'<a href="#{anchor(i, ann.id)}"><line class="mark" data-lang="{_e(ann.lang)}"'
                     f' x1="{x1}" x2="{x2}" y1="{y}" y2="{y}"><title>{_e(tip)}</title></line></a>')
    axis_y = 14 + len(rows) * 9 + 4
    step = next(s for s in (10, 20, 50, 100, 200, 500, 1000, 10**9) if (last - first) / s <= 12)
    ticks = [f'<line class="axis" x1="{x(t)}" x2="{x(t)}" y1="{axis_y}" y2="{axis_y + 4}"/>'
             f'<text class="tick" x="{x(t)}" y="{axis_y + 16}" text-anchor="middle">{t}</text>'
             for t in range(first, last + 1, step)]
    decades = date_coverage(docs)["decades"]
    peak = max(decades.values(), default=1) or 1
    bars_top = axis_y + 28
    bars = []
    for decade, n in decades.items():
        h = round(40 * n / peak, 1)
        d = int(decade)
        bars.append(f'<rect class="bar" x="{x(d) + 1}" y="{bars_top + 40 - h}" '
                    f'width="{max(1.0, round(10 * scale - 2, 1))}" height="{h}">'
                    f"<title>{d}s: {n} dates</title></rect>")
        if n:
            bars.append(f'<text class="bar-n" x="{x(d + 5)}" y="{bars_top + 40 - h - 3}" '
                        f'text-anchor="middle">{n}</text>')
    height = bars_top + 48
    return (f'<svg viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{len(items)} dates from {first} to {last}">'
            f'<line class="axis" x1="{left}" x2="{width - right}" y1="{axis_y}" y2="{axis_y}"/>'
            + "".join(ticks) + "".join(marks) + "".join(bars) + "</svg>"
            '<p class="meta">Each mark is a date over the years it covers (hover for its text, '
            "click to find it); bars count dates per decade.</p>")


def _hash(inline: str) -> str:
    """The CSP source for an inline block, as the template lays it out (on lines of its own)."""
    digest = hashlib.sha256(f"\n{inline}\n".encode()).digest()
    return "'sha256-" + base64.b64encode(digest).decode() + "'"


def report(docs: list[Document], source: str = "") -> str:
    """The whole page for `docs` (already filtered by `select`), as one string."""
    types: dict[str, int] = {}
    langs: dict[str, int] = {}
    total = 0
    for doc in docs:
        for ann in doc.annotations:
            types[ann.type] = types.get(ann.type, 0) + 1
            total += 1
        for index in visible_segments(doc):
            lang = doc.segments[index].lang
            langs[lang] = langs.get(lang, 0) + 1
    order = list(TYPE_COLOURS)
    types = dict(sorted(types.items(), key=lambda kv: (order.index(kv[0])
                                                       if kv[0] in order else 99, kv[0])))
    rules = "\n".join(f".t-{_css_name(t)} {{ background: {_colour(t)}; }}" for t in types)
    style = _asset("report.css").replace("$type_rules", rules).strip("\n")
    script = _asset("report.js").strip("\n")
    csp = (f"default-src 'none'; img-src data:; style-src {_hash(style)}; "
           f"script-src {_hash(script)}; base-uri 'none'; form-action 'none'")
    title = f"powtext report: {PurePath(source).name}" if source else "powtext report"
    summary = (f"{source}: " if source else "") + (
        f"{len(docs)} documents, {sum(len(d.segments) for d in docs)} segments, "
        f"{total} annotations · powtext {__version__}")
    page = Template(_asset("report.html")).substitute(
        csp=_e(csp), version=_e(__version__), title=_e(title), style=style,
        summary=_e(summary),
        type_filters=_filters("type", types, swatches=True),
        lang_filters=_filters("lang", dict(sorted(langs.items())), swatches=False),
        shown=f"Showing {total} of {total} annotations",
        nav="\n".join(f'<li><a href="#doc-{i}">{_e(doc.id)}</a></li>'
                      for i, doc in enumerate(docs)),
        documents="\n".join(_document(doc, i) for i, doc in enumerate(docs)),
        entities=_entities(docs), timeline=_timeline(docs), script=script,
    )
    return page

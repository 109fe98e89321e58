"""`powtext stats`: counts, entities by identity across languages, date coverage."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from powtext.model import Annotation, Document
from powtext.views.common import number_text, visible_segments
from powtext.views.show import width

_YEAR = re.compile(r"^(-?)([0-9X]{4})")
VAGUE_YEARS = 100  # a date spread over this many years or more says nothing about a decade


def is_vague(years: tuple[int, int]) -> bool:
    """`19XX` (a century) or wider: no use on a timeline of decades."""
    return years[1] - years[0] + 1 >= VAGUE_YEARS


def year_range(value: Any) -> tuple[int, int] | None:
    """First and last year an EDTF value covers (`1939/1956`, `1945-08-15`, `194X`, `19XX`).

    Open ends (`../1945`) take the other end; values that are not EDTF give None.
    """
    if not isinstance(value, str):
        return None
    ends = [part for part in value.split("/") if part not in ("", "..")]
    years: list[int] = []
    for i, part in enumerate(ends):
        match = _YEAR.match(part.lstrip("[{"))
        if not match:
            return None
        sign, digits = match.groups()
        low, high = int(digits.replace("X", "0")), int(digits.replace("X", "9"))
        if sign:
            low, high = -high, -low
        years.append(low if i == 0 else high)
        if len(ends) == 1:
            years.append(high)
    if not years:
        return None
    return min(years), max(years)


def entity_groups(docs: list[Document]) -> list[dict[str, Any]]:
    """Entities grouped by canonical identity, most mentioned first, with forms per language."""
    groups: dict[str, dict[str, Any]] = {}
    for doc in docs:
        for ann in doc.annotations:
            if ann.type != "entity":
                continue
            key = ann.canonical or f"{ann.lang}:{ann.text}"
            group = groups.setdefault(key, {
                "canonical": key, "name": ann.canonical_name or ann.text,
                "labels": Counter(), "mentions": 0, "documents": set(),
                "forms": defaultdict(Counter),
            })
            group["labels"][ann.label or "?"] += 1
            group["mentions"] += 1
            group["documents"].add(doc.id)
            group["forms"][ann.lang][ann.text] += 1
    out = []
    for group in groups.values():
        out.append({
            "canonical": group["canonical"], "name": group["name"],
            "label": group["labels"].most_common(1)[0][0], "mentions": group["mentions"],
            "documents": sorted(group["documents"]),
            "languages": sorted(group["forms"]),
            "forms": {lang: dict(sorted(forms.items(), key=lambda kv: (-kv[1], kv[0])))
                      for lang, forms in sorted(group["forms"].items())},
        })
    out.sort(key=lambda g: (-g["mentions"], -len(g["languages"]), g["canonical"]))
    return out


def date_coverage(docs: list[Document]) -> dict[str, Any]:
    """Earliest and latest dates and a histogram by decade (vague dates counted apart)."""
    dated: list[tuple[int, int, Annotation, str]] = []
    undated = vague = 0
    decades: Counter[int] = Counter()
    for doc in docs:
        for ann in doc.annotations:
            if ann.type != "date":
                continue
            years = year_range(ann.value)
            if years is None:
                undated += 1
                continue
            if is_vague(years):  # `19XX` would be the earliest date of almost any corpus
                vague += 1
                continue
            dated.append((*years, ann, doc.id))
            for decade in range(years[0] // 10, years[1] // 10 + 1):
                decades[decade * 10] += 1

    def describe(item: tuple[int, int, Annotation, str]) -> dict[str, Any]:
        return {"value": item[2].value, "text": item[2].text, "document": item[3],
                "id": item[2].id}

    earliest = min(dated, key=lambda d: (d[0], d[1], d[3], d[2].start), default=None)
    latest = max(dated, key=lambda d: (d[1], d[0], d[3], -d[2].start), default=None)
    return {
        "dates": len(dated) + undated + vague, "unparsed": undated, "vague": vague,
        "earliest": describe(earliest) if earliest else None,
        "latest": describe(latest) if latest else None,
        # every decade between the first and the last, empty ones too: gaps are information
        "decades": {str(k): decades[k]
                    for k in range(min(decades, default=0), max(decades, default=-10) + 10, 10)},
    }


def quantities(docs: list[Document]) -> list[dict[str, Any]]:
    """Numbers by what they count or measure: per unit, how many, the smallest and the largest
    (with where they stand), most frequent unit first."""
    by_unit: dict[str, list[tuple[float, Annotation, str]]] = defaultdict(list)
    for doc in docs:
        for ann in doc.annotations:
            if ann.type == "number" and ann.unit and isinstance(ann.value, (int, float)):
                by_unit[ann.unit].append((ann.value, ann, doc.id))

    def describe(item: tuple[float, Annotation, str]) -> dict[str, Any]:
        return {"value": item[0], "text": item[1].text, "document": item[2], "id": item[1].id}

    rows = [{"unit": unit, "numbers": len(found),
             "smallest": describe(min(found, key=lambda f: (f[0], f[2], f[1].start))),
             "largest": describe(max(found, key=lambda f: (f[0], f[2], -f[1].start)))}
            for unit, found in by_unit.items()]
    return sorted(rows, key=lambda r: (-r["numbers"], r["unit"]))


def compute(docs: list[Document], top: int = 20) -> dict[str, Any]:
    """Every table `stats` prints, as plain data (also what `stats --json` writes)."""
    languages: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = defaultdict(Counter)
    labels: Counter[tuple[str, str]] = Counter()
    documents = []
    for doc in docs:
        documents.append({"id": doc.id, "lang": doc.lang, "characters": len(doc.text),
                          "segments": len(doc.segments), "tokens": len(doc.tokens),
                          "annotations": len(doc.annotations)})
        languages[doc.lang]["documents"] += 1
        shown = visible_segments(doc)
        for seg in (doc.segments[i] for i in shown):
            languages[seg.lang]["segments"] += 1
            languages[seg.lang]["characters"] += seg.end - seg.start
            kinds[seg.kind]["segments"] += 1
            kinds[seg.kind]["characters"] += seg.end - seg.start
        chosen = set(shown)
        for tok in doc.tokens:
            if tok.segment in chosen:
                languages[doc.segments[tok.segment].lang]["tokens"] += 1
        for ann in doc.annotations:
            languages[ann.lang]["annotations"] += 1
            labels[(ann.type, ann.label or "")] += 1
    groups = entity_groups(docs)
    return {
        "documents": documents,
        # a language with no segment shown is only a filtered-out document's language
        "languages": {k: dict(v) for k, v in sorted(languages.items()) if v["segments"]},
        "segment_kinds": {k: dict(v) for k, v in sorted(kinds.items())},
        "annotation_types": dict(sorted(Counter(t for t, _ in labels.elements()).items())),
        "annotation_labels": [{"type": t, "label": label, "count": n}
                              for (t, label), n in sorted(labels.items())],
        "entities": groups[:top],
        "entity_identities": len(groups),
        "dates": date_coverage(docs),
        "quantities": quantities(docs),
    }


def _clip(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def table(title: str, headers: list[str], rows: list[list[Any]]) -> str:
    """A plain text table; numbers right-aligned, widths by terminal columns (CJK counts two)."""
    cells = [[str(c) for c in row] for row in rows]
    numeric = [all(isinstance(row[i], int) for row in rows) for i in range(len(headers))]
    widths = [max([width(h)] + [width(row[i]) for row in cells]) for i, h in enumerate(headers)]

    def line(values: list[str]) -> str:
        out = []
        for i, value in enumerate(values):
            pad = " " * (widths[i] - width(value))
            out.append(pad + value if numeric[i] else value + pad)
        return "  ".join(out).rstrip()

    rule = "  ".join("─" * w for w in widths)
    body = [line(row) for row in cells] or ["(none)"]
    return "\n".join([title, line(headers), rule, *body]) + "\n"


def render(stats: dict[str, Any], bar_width: int = 40) -> str:
    parts = [
        table("Documents", ["id", "lang", "chars", "segments", "tokens", "annotations"],
              [[d["id"], d["lang"], d["characters"], d["segments"], d["tokens"],
                d["annotations"]] for d in stats["documents"]]),
        table("Languages", ["lang", "documents", "segments", "chars", "tokens", "annotations"],
              [[lang, c.get("documents", 0), c.get("segments", 0), c.get("characters", 0),
                c.get("tokens", 0), c.get("annotations", 0)]
               for lang, c in stats["languages"].items()]),
        table("Segment kinds", ["kind", "segments", "chars"],
              [[k, c["segments"], c["characters"]] for k, c in stats["segment_kinds"].items()]),
        table("Annotation types and labels", ["type", "label", "count"],
              [[r["type"], r["label"] or "-", r["count"]] for r in stats["annotation_labels"]]
              + [["all", "", sum(stats["annotation_types"].values())]]),
        table(f"Entities by identity (top {len(stats['entities'])} of "
              f"{stats['entity_identities']})",
              ["identity", "name", "label", "mentions", "docs", "forms by language"],
              [[_clip(g["canonical"]), _clip(g["name"]), g["label"], g["mentions"],
                len(g["documents"]),
                "; ".join(f"{lang}: " + ", ".join(
                    f"{form}×{n}" if n > 1 else form for form, n in forms.items())
                    for lang, forms in g["forms"].items())]
               for g in stats["entities"]]),
    ]
    dates = stats["dates"]
    lines = [f"Dates: {dates['dates']} ({dates['unparsed']} without a year, "
             f"{dates['vague']} spanning a century or more)"]
    for end in ("earliest", "latest"):
        if dates[end]:
            d = dates[end]
            lines.append(f"  {end:<8} {d['value']}  “{d['text']}”  in {d['document']}")
    peak = max(dates["decades"].values(), default=0)
    for decade, n in dates["decades"].items():
        bar = "█" * max(1 if n else 0, round(n / peak * bar_width))
        lines.append(f"  {decade}s {bar} {n}" if n else f"  {decade}s 0")
    parts.append("\n".join(lines) + "\n")
    parts.append(table(
        "Numbers by unit", ["unit", "numbers", "smallest", "largest"],
        [[q["unit"], q["numbers"], _quantity(q["smallest"]), _quantity(q["largest"])]
         for q in stats["quantities"]]))
    return "\n".join(parts)


def _quantity(item: dict[str, Any]) -> str:
    return f"{number_text(item['value'])}  “{_clip(item['text'], 24)}”"

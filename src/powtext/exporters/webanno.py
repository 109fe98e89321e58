"""W3C Web Annotation (JSON-LD): one AnnotationCollection, each annotation with a
TextPositionSelector and a TextQuoteSelector (prefix, exact, suffix) and its value in the body.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from powtext.model import Annotation, Document
from powtext.output import write_atomic
from powtext.views.common import value_text

CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"powtext": "urn:powtext:vocab:"}]
QUOTE_CONTEXT = 32  # characters of prefix and suffix: enough to find the quote again
_WIKIDATA = re.compile(r"^Q[0-9]+$")


def document_iri(doc_id: str) -> str:
    return "urn:powtext:doc:" + quote(doc_id, safe="")


def _body(ann: Annotation) -> list[dict[str, Any]]:
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": ann.type},
    ]
    if ann.label:
        body.append({"type": "TextualBody", "purpose": "classifying", "value": ann.label})
    described = value_text(ann)
    if described:
        body.append({"type": "TextualBody", "purpose": "describing", "value": described,
                     "format": "text/plain"})
    if ann.canonical:
        source = ("http://www.wikidata.org/entity/" + ann.canonical
                  if _WIKIDATA.match(ann.canonical) else "urn:powtext:id:" + quote(ann.canonical))
        identity: dict[str, Any] = {"type": "SpecificResource", "purpose": "identifying",
                                    "source": source}
        if ann.canonical_name:
            identity["powtext:name"] = ann.canonical_name
        body.append(identity)
    return body


def annotation(doc: Document, ann: Annotation) -> dict[str, Any]:
    text = doc.text
    record = ann.to_json()
    return {
        "id": f"{document_iri(doc.id)}#{quote(ann.id, safe='')}",
        "type": "Annotation",
        "motivation": "identifying" if ann.type == "entity" else "classifying",
        "body": _body(ann),
        "target": {
            "source": document_iri(doc.id),
            "selector": [
                {"type": "TextPositionSelector", "start": ann.start, "end": ann.end},
                {"type": "TextQuoteSelector", "exact": text[ann.start:ann.end],
                 "prefix": text[max(0, ann.start - QUOTE_CONTEXT):ann.start],
                 "suffix": text[ann.end:ann.end + QUOTE_CONTEXT]},
            ],
        },
        # everything powtext knows, raw: the value as JSON ({min, max}, numbers, EDTF), lang…
        "powtext:annotation": {k: v for k, v in record.items() if k not in ("start", "end")},
    }


def collection(docs: list[Document]) -> dict[str, Any]:
    items = [annotation(doc, ann) for doc in docs
             for ann in sorted(doc.annotations, key=lambda a: (a.start, a.end, a.id))]
    return {
        "@context": CONTEXT,
        "id": "urn:powtext:collection:" + quote(",".join(doc.id for doc in docs), safe=","),
        "type": "AnnotationCollection",
        "label": "powtext annotations",
        "total": len(items),
        "powtext:documents": [{"id": document_iri(doc.id), "powtext:id": doc.id,
                               "language": doc.lang, "format": "text/plain"} for doc in docs],
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def export(docs: list[Document], output: Path) -> str:
    data = collection(docs)
    write_atomic(output, [json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)])
    return f"{data['total']} web annotations from {len(docs)} documents → {output}"

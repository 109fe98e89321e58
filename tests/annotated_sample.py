"""An annotation file for the view, export and interop tests: the bundled article through the
real pipeline, a Japanese and a Russian note, and a hostile document full of markup."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import powtext
from powtext.model import Document
from powtext.output import dumps, write_atomic

HOSTILE_ID = "../hostile <doc> & co"
HOSTILE_TEXT = (
    'Notes <script>window.__pwned = 1; document.title = "pwned";</script> on Tokyo in 1945.\n\n'
    '</textarea></title><img src=x onerror="window.__pwned = 2"> Boris Yeltsin & "Japan" '
    "<b>bold</b> visited Moscow in October 1993.\n"
)
EXTRA = {
    "notes/ja": ("約76万人が1939–1956年にシベリアに抑留された。\n\n"
                 "ソ連は日本人捕虜を労働に使った。\n", "ja"),
    "notes/ru": ("В 1945 году 600 тысяч японцев были интернированы в СССР.\n", "ru"),
    HOSTILE_ID: (HOSTILE_TEXT, "en"),
}


@cache
def _extra_documents() -> tuple[Document, ...]:
    return tuple(powtext.annotate(text, lang=lang, id=doc_id)
                 for doc_id, (text, lang) in EXTRA.items())


def sample_documents(corpus_doc: Document) -> list[Document]:
    return sorted([corpus_doc, *_extra_documents()], key=lambda d: d.id)


def write_sample(path: Path, corpus_doc: Document) -> Path:
    write_atomic(path, [dumps(d.to_json()) for d in sample_documents(corpus_doc)])
    return path

"""Annotations in other people's tools: pandas rows and spaCy Docs."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from powtext.model import Document
from powtext.views.common import type_label, value_text

if TYPE_CHECKING:
    import pandas
    import spacy.tokens
    import spacy.vocab

__all__ = ["COLUMNS", "annotation_rows", "to_dataframe", "to_spacy"]

SPAN_KEY = "powtext"

COLUMNS = (
    "document", "id", "type", "label", "start", "end", "text", "lang", "segment",
    "segment_kind", "segment_lang", "source", "value", "value_text", "unit", "grain",
    "canonical", "canonical_name", "canonical_source",
)


def _documents(source: str | Path | Document | Iterable[Document]) -> Iterator[Document]:
    if isinstance(source, (str, Path)):
        from powtext.api import load

        yield from load(source)
    elif isinstance(source, Document):
        yield source
    else:
        yield from source


def annotation_rows(source: str | Path | Document | Iterable[Document]) -> Iterator[dict]:
    """One flat dict per annotation (the columns of `COLUMNS`), in document and offset order."""
    for doc in _documents(source):
        for ann in sorted(doc.annotations, key=lambda a: (a.start, a.end, a.id)):
            seg = doc.segments[ann.segment] if 0 <= ann.segment < len(doc.segments) else None
            yield {
                "document": doc.id, "id": ann.id, "type": ann.type, "label": ann.label,
                "start": ann.start, "end": ann.end, "text": ann.text, "lang": ann.lang,
                "segment": ann.segment, "segment_kind": seg.kind if seg else None,
                "segment_lang": seg.lang if seg else None, "source": ann.source,
                "value": ann.value, "value_text": value_text(ann), "unit": ann.unit,
                "grain": ann.grain, "canonical": ann.canonical,
                "canonical_name": ann.canonical_name, "canonical_source": ann.canonical_source,
            }


def to_dataframe(source: str | Path | Document | Iterable[Document]) -> pandas.DataFrame:
    """One row per annotation of an annotation file (or of documents), ready for groupby.

    `value` keeps the raw value (a number, an EDTF string, a {min, max} dict); `value_text` is
    the same as `powtext show` prints it.
    """
    try:
        import pandas
    except ImportError as err:
        raise ImportError(
            "powtext.to_dataframe needs pandas, which is an optional extra: "
            "pip install 'powtext[pandas]'") from err
    return pandas.DataFrame(list(annotation_rows(source)), columns=list(COLUMNS))


@cache
def _vocab() -> spacy.vocab.Vocab:
    import spacy

    # One multilingual vocabulary: Docs of every language share it (and a DocBin needs one).
    return spacy.blank("xx").vocab


@cache
def _register_extension() -> None:
    from spacy.tokens import Span

    Span.set_extension(SPAN_KEY, getter=span_annotation, force=True)


def span_annotation(span: spacy.tokens.Span) -> dict[str, Any] | None:
    """The powtext annotation behind a span (also `span._.powtext`): value, label, canonical…."""
    data = span.doc.user_data.get(SPAN_KEY) or {}
    for ann in data.get("annotations", ()):
        if (ann["seg_start"], ann["seg_end"]) == (span.start_char, span.end_char) and \
                span.label_ in (ann["type"], ann.get("label"), type_label_json(ann)):
            return ann
    return None


def type_label_json(ann: dict[str, Any]) -> str:
    return f"{ann['type']}:{ann['label']}" if ann.get("label") else ann["type"]


def to_spacy(doc: Document | dict, vocab: spacy.vocab.Vocab | None = None
             ) -> list[spacy.tokens.Doc]:
    """One spaCy Doc per segment: entities as `doc.ents`, everything else in
    `doc.spans["powtext"]` labelled `type` or `type:label`.

    Words come from the document's tokens (gaps such as citation markers become words of their
    own, tokens are cut where an annotation ends inside one), so `Doc.text` is the segment text
    and every annotation is exactly a span. Each annotation's JSON (offsets relative to the
    segment as `seg_start`/`seg_end`) is in `doc.user_data["powtext"]["annotations"]`, and
    `span._.powtext` finds it.
    """
    from spacy.tokens import Doc
    from spacy.util import filter_spans

    from powtext.exporters.words import segment_words

    if isinstance(doc, dict):
        doc = Document.from_json(doc)
    vocab = vocab or _vocab()
    _register_extension()
    out = []
    for index, seg in enumerate(doc.segments):
        anns = [a for a in doc.annotations
                if seg.start <= a.start and a.end <= seg.end and a.start < a.end]
        words, spaces, extra = _words_and_spaces(segment_words(doc, index, cut_at=anns))
        sdoc = Doc(vocab, words=words, spaces=spaces)
        for token, (lemma, pos, tag) in zip(sdoc, extra, strict=True):
            token.lemma_ = lemma
            if pos:
                token.pos_ = pos
            token.tag_ = tag
        if sdoc.text != doc.text[seg.start:seg.end]:  # segment_words guarantees it; say if not
            raise ValueError(f"{doc.id}: segment {index}: words do not give back its text")
        ents, others = [], []
        for ann in anns:
            s, e = ann.start - seg.start, ann.end - seg.start
            if ann.type == "entity":
                span = sdoc.char_span(s, e, label=ann.label or "ENTITY", kb_id=ann.canonical or "")
                ents.append(span)
            else:
                span = sdoc.char_span(s, e, label=type_label(ann))
                others.append(span)
        kept = filter_spans(ents)  # doc.ents cannot overlap; any other entity joins the group
        sdoc.ents = kept
        sdoc.spans[SPAN_KEY] = others + [sp for sp in ents if sp not in kept]
        sdoc.user_data[SPAN_KEY] = {
            "document": doc.id, "segment": index, "start": seg.start, "end": seg.end,
            "kind": seg.kind, "lang": seg.lang,
            "annotations": [_relative(ann.to_json(), seg.start) for ann in anns],
        }
        out.append(sdoc)
    return out


def _relative(record: dict[str, Any], offset: int) -> dict[str, Any]:
    record = json.loads(json.dumps(record))  # plain JSON types only: user_data is msgpacked
    record["seg_start"] = record["start"] - offset
    record["seg_end"] = record["end"] - offset
    return record


def _words_and_spaces(words) -> tuple[list[str], list[bool], list[tuple[str, str, str]]]:
    """spaCy's form: a word and one optional space; other whitespace becomes a space token."""
    texts: list[str] = []
    spaces: list[bool] = []
    extra: list[tuple[str, str, str]] = []
    for word in words:
        texts.append(word.text)
        extra.append((word.lemma, word.pos, word.tag))
        gap = word.after
        spaces.append(gap.startswith(" "))
        rest = gap[1:] if gap.startswith(" ") else gap
        if rest:
            texts.append(rest)
            spaces.append(False)
            extra.append((rest, "SPACE", "_SP"))
    return texts, spaces, extra

"""The data model every stage reads and writes, and its one JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_NAME = "powtext.document"
SCHEMA_VERSION = "1.0"
SCHEMA_ID = f"{SCHEMA_NAME}/{SCHEMA_VERSION}"

# One label set for every language (spaCy's OntoNotes names, without the numeric ones).
ENTITY_LABELS = (
    "PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT",
    "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE",
)
SEGMENT_KINDS = ("heading", "paragraph", "caption", "reference", "title", "boilerplate")

# Fields written even when their value is None, per annotation type: the schema requires them.
REQUIRED_BY_TYPE = {
    "number": ("value",),
    "numberrange": ("value",),
    "date": ("value", "grain"),
    "entity": ("label", "canonical"),
    "identifier": ("label", "value"),
    "citation_marker": ("value",),
    "reference_label": ("value",),
}


@dataclass
class Segment:
    start: int
    end: int
    kind: str
    lang: str = "und"
    lang_confidence: float = 0.0
    reference: int | None = None  # the citation entry this segment belongs to
    lang_source: str | None = None  # how the language was decided (script, langdetect, record, ...)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start, "end": self.end, "kind": self.kind,
            "lang": self.lang, "lang_confidence": round(self.lang_confidence, 4),
        }
        if self.reference is not None:
            out["reference"] = self.reference
        if self.lang_source is not None:
            out["lang_source"] = self.lang_source
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Segment:
        return cls(
            start=data["start"], end=data["end"], kind=data["kind"], lang=data["lang"],
            lang_confidence=data["lang_confidence"], reference=data.get("reference"),
            lang_source=data.get("lang_source"),
        )


@dataclass
class Token:
    start: int
    end: int
    segment: int
    lemma: str
    pos: str  # Universal POS tag
    tag: str = ""  # the tokenizer's own tag (UniDic "名詞-固有名詞-人名-姓", PTB "NNP", ...)
    reading: str | None = None  # katakana reading, Japanese only

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start, "end": self.end, "segment": self.segment,
            "lemma": self.lemma, "pos": self.pos, "tag": self.tag,
        }
        if self.reading is not None:
            out["reading"] = self.reading
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Token:
        return cls(
            start=data["start"], end=data["end"], segment=data["segment"], lemma=data["lemma"],
            pos=data["pos"], tag=data.get("tag", ""), reading=data.get("reading"),
        )


@dataclass
class Annotation:
    """A stand-off annotation: `text` is always `document.text[start:end]`."""

    type: str
    start: int
    end: int
    text: str
    value: Any = None
    label: str | None = None
    unit: str | None = None
    grain: str | None = None
    ordinal: bool | None = None
    relative: bool | None = None
    canonical: str | None = None
    canonical_name: str | None = None
    canonical_source: str | None = None
    related: list[str] | None = None
    lang: str = "und"
    segment: int = -1
    source: str = ""
    id: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)  # further type-specific fields

    _OPTIONAL = (
        "value", "label", "unit", "grain", "ordinal", "relative",
        "canonical", "canonical_name", "canonical_source", "related",
    )

    def shifted(self, offset: int) -> Annotation:
        """The same annotation with offsets moved by `offset` (segment → document)."""
        copy = Annotation(**{k: getattr(self, k) for k in self.__dataclass_fields__})
        copy.start += offset
        copy.end += offset
        return copy

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "type": self.type, "start": self.start, "end": self.end,
            "text": self.text, "lang": self.lang, "segment": self.segment, "source": self.source,
        }
        required = REQUIRED_BY_TYPE.get(self.type, ())
        for name in self._OPTIONAL:
            value = getattr(self, name)
            if value is not None or name in required:
                out[name] = value
        for key, value in self.attrs.items():
            out.setdefault(key, value)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Annotation:
        known = {"id", "type", "start", "end", "text", "lang", "segment", "source", *cls._OPTIONAL}
        return cls(
            **{k: v for k, v in data.items() if k in known},
            attrs={k: v for k, v in data.items() if k not in known},
        )


@dataclass
class Document:
    id: str
    text: str
    lang: str = "und"
    lang_confidence: float = 0.0
    declared_lang: str | None = None  # from the input record; overrides detection
    source: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    pipeline: dict[str, Any] = field(default_factory=dict)
    segments: list[Segment] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    # Working state shared between stages within one process; never serialized.
    scratch: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA_ID,
            "id": self.id,
            "text": self.text,
            "lang": self.lang,
            "lang_confidence": round(self.lang_confidence, 4),
            "source": self.source,
            "pipeline": self.pipeline,
            "segments": [s.to_json() for s in self.segments],
            "tokens": [t.to_json() for t in self.tokens],
            "annotations": [a.to_json() for a in self.annotations],
        }
        if self.meta:
            out["meta"] = self.meta
        if self.declared_lang:
            out["declared_lang"] = self.declared_lang
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        return cls(
            id=data["id"], text=data["text"], lang=data["lang"],
            lang_confidence=data["lang_confidence"], declared_lang=data.get("declared_lang"),
            source=data.get("source", {}), meta=data.get("meta", {}),
            pipeline=data.get("pipeline", {}),
            segments=[Segment.from_json(s) for s in data.get("segments", [])],
            tokens=[Token.from_json(t) for t in data.get("tokens", [])],
            annotations=[Annotation.from_json(a) for a in data.get("annotations", [])],
        )

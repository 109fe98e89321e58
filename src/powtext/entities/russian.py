"""Russian entities from Natasha (Slovnet NER, shipped in the wheel, runs offline)."""

from __future__ import annotations

import re
from importlib import metadata

from powtext.entities._spans import drop_overlaps, make_entity
from powtext.entities.gazetteer import lookup
from powtext.model import Annotation

_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

# Russian bibliographic convention: the place of publication abbreviated before a colon,
# "М.: Логос, 2000" (Moscow), "СПб.: Наука" (St Petersburg), "Л.: ..." (Leningrad).
_PUBLISHING_PLACE = re.compile(r"(?<![\w.])(М|Л|СПб|К|Мн|Новосиб|Свердл)\.(?=\s*:)")


class RussianRecognizer:
    """Callable: Russian text → entity annotations. Loads the Natasha models once."""

    name = "natasha"

    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        self.version = metadata.version("natasha")
        self._segmenter = Segmenter()
        self._tagger = NewsNERTagger(NewsEmbedding())

    def natasha_spans(self, text: str) -> list[tuple[int, int, str]]:
        """Natasha's own (start, end, PER/LOC/ORG) spans, unchanged (the bench baseline)."""
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self._segmenter)
        doc.tag_ner(self._tagger)
        return [(s.start, s.stop, s.type) for s in doc.spans]

    def __call__(self, text: str) -> list[Annotation]:
        try:
            if not text or not text.strip():
                return []
            out: list[Annotation] = []
            for start, end, kind in self.natasha_spans(text):
                label = _label(kind, text[start:end])
                ann = make_entity(text, start, end, label, self.name)
                if ann is not None:
                    out.append(ann)
            for m in _PUBLISHING_PLACE.finditer(text):
                ann = make_entity(text, m.start(), m.end(), "GPE", "rules")
                if ann is not None:
                    out.append(ann)
            return drop_overlaps(out)
        except Exception:  # noqa: BLE001 - a bad segment must not stop the pipeline
            return []


def _label(kind: str, surface: str) -> str:
    """Natasha's LOC becomes GPE for states and cities the gazetteer or CLDR knows."""
    label = _LABELS.get(kind, "ORG")
    if label == "LOC":
        entry = lookup(surface) or lookup(_nominative(surface))
        if entry is not None and entry.label in ("GPE", "LOC"):
            return entry.label
    return label


def _nominative(surface: str) -> str:
    from powtext.entities.morph import russian_nominative

    return russian_nominative(surface)

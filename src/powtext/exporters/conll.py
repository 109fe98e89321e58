"""CoNLL-U: a sentence block per segment, tokens with lemma and UPOS, entities as BIO in MISC.

MISC also carries `SpaceAfter=No`, and `SpacesAfter=` (UD's escaped form) where the gap is not
one space, so the forms give back the segment text exactly; `Canonical=` on an entity's first
token keeps its identity. HEAD and DEPREL are `_`: powtext does not parse.
"""

from __future__ import annotations

import re
from pathlib import Path

from powtext.exporters.words import Word, segment_words
from powtext.model import Document
from powtext.output import write_atomic

UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}
_ESCAPES = {" ": r"\s", "\t": r"\t", "\n": r"\n", "\r": r"\r", "\\": r"\\", "|": r"\p"}


def _field(value: str) -> str:
    """A column other than FORM and LEMMA: no whitespace, never empty."""
    return re.sub(r"\s+", "_", value.strip()) or "_"


def _form(value: str) -> str:
    """FORM and LEMMA may hold spaces (UD v2) but not tabs or line breaks."""
    return re.sub(r"[\t\r\n]+", " ", value) or "_"


def _misc_value(value: str) -> str:
    return re.sub(r"[\s|=]+", "_", value)


def spaces_after(gap: str) -> str | None:
    """The MISC item for the whitespace after a word: None for one space."""
    if gap == " ":
        return None
    if gap == "":
        return "SpaceAfter=No"
    return "SpacesAfter=" + "".join(_ESCAPES.get(ch) or _unicode_escape(ch) for ch in gap)


def _unicode_escape(ch: str) -> str:
    """UD writes other whitespace (the no-break space of `ISBN 0-…`) as `\\u00A0`."""
    return f"\\u{ord(ch):04X}" if ch.isspace() or not ch.isprintable() else ch


def sent_id(doc: Document, index: int) -> str:
    return f"{_misc_value(doc.id)}-s{index:04d}"


def sentence(doc: Document, index: int) -> list[str]:
    seg = doc.segments[index]
    entities = sorted((a for a in doc.annotations if a.type == "entity"
                       and seg.start <= a.start and a.end <= seg.end and a.start < a.end),
                      key=lambda a: (a.start, -a.end))
    words = segment_words(doc, index, cut_at=entities)
    tags: dict[int, list[str]] = {}
    taken: set[int] = set()
    for ent in entities:
        inside = [i for i, w in enumerate(words) if ent.start <= w.start and w.end <= ent.end]
        if not inside or taken.intersection(inside):
            continue  # BIO has one layer: a nested entity stays out
        taken.update(inside)
        label = _misc_value(ent.label or "ENTITY")
        for n, i in enumerate(inside):
            tags[i] = [f"NER={'B' if n == 0 else 'I'}-{label}"]
        if ent.canonical:
            tags[inside[0]].append(f"Canonical={_misc_value(ent.canonical)}")
    lines = []
    if index == 0:
        lines.append(f"# newdoc id = {_misc_value(doc.id)}")
    lines.append(f"# sent_id = {sent_id(doc, index)}")
    lines.append(f"# text = {_form(doc.text[seg.start:seg.end])}")
    lines.append(f"# powtext = kind={seg.kind} lang={seg.lang} start={seg.start} end={seg.end}")
    for i, word in enumerate(words, 1):
        lines.append(_token_line(i, word, tags.get(i - 1, ["NER=O"]),
                                 last=i == len(words)))
    lines.append("")
    return lines


def _token_line(number: int, word: Word, ner: list[str], last: bool) -> str:
    misc = list(ner)
    if not last:  # after the last word comes the next sentence; UD leaves it unsaid
        space = spaces_after(word.after)
        if space:
            misc.append(space)
    upos = word.pos if word.pos in UPOS else "X"
    return "\t".join([str(number), _form(word.text), _form(word.lemma), upos,
                      _field(word.tag), "_", "_", "_", "_", "|".join(sorted(misc))])


def export(docs: list[Document], output: Path) -> str:
    lines: list[str] = []
    sentences = 0
    for doc in docs:
        for index in range(len(doc.segments)):
            lines.extend(sentence(doc, index))
            sentences += 1
    write_atomic(output, lines)
    return f"{sentences} sentences (one per segment) from {len(docs)} documents → {output}"

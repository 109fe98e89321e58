"""Words of a segment for formats that need a token sequence covering the text (CoNLL-U, spaCy).

The pipeline's tokens skip text that later stages see blanked (citation markers, entry labels)
and need not end where an annotation ends (`431.Introduction`). Here the gaps become words of
their own and tokens are cut at annotation boundaries, so every annotation is a run of whole
words and the words with their spacing give back the segment text exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from powtext.model import Annotation, Document, Token

_NOT_SPACE = re.compile(r"\S+")


@dataclass
class Word:
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    after: str  # the whitespace between this word and the next one (or the segment's end)


def segment_words(doc: Document, index: int, cut_at: Iterable[Annotation] = ()) -> list[Word]:
    """The words of segment `index`, in order, covering every non-space character of it."""
    seg = doc.segments[index]
    text = doc.text
    tokens = sorted((t for t in doc.tokens
                     if t.segment == index and t.start < t.end and text[t.start:t.end].strip()),
                    key=lambda t: t.start)
    cuts = {p for a in cut_at for p in (a.start, a.end) if seg.start < p < seg.end}
    pieces: list[tuple[int, int, Token | None]] = []
    pos = seg.start
    for tok in tokens:
        if tok.start < pos:  # overlapping tokens would duplicate text: keep the first
            continue
        pieces.extend((m.start() + pos, m.end() + pos, None)
                      for m in _NOT_SPACE.finditer(text[pos:tok.start]))
        pieces.append((tok.start, min(tok.end, seg.end), tok))
        pos = tok.end
    pieces.extend((m.start() + pos, m.end() + pos, None)
                  for m in _NOT_SPACE.finditer(text[pos:seg.end]))
    words: list[Word] = []
    for start, end, tok in pieces:
        bounds = [start, *sorted(c for c in cuts if start < c < end), end]
        whole = len(bounds) == 2
        for s, e in pairwise(bounds):
            form = text[s:e]
            if tok is None:
                words.append(Word(s, e, form, form, "PUNCT" if _punct(form) else "X", "", ""))
            else:  # a cut token's pieces keep its part of speech; the lemma belongs to the whole
                words.append(Word(s, e, form, tok.lemma if whole else form, tok.pos, tok.tag, ""))
    for word, following in zip(words, [*words[1:], None], strict=True):
        word.after = text[word.end:following.start if following else seg.end]
    return words


def _punct(form: str) -> bool:
    return all(not ch.isalnum() for ch in form)

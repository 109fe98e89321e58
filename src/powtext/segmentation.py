"""Split a document into segments and find citation markers.

Segments are flat and ordered: every non-space character of the document lies in exactly one
segment. A citation entry becomes several segments that share its `reference` number: its title
(quoted, or a leading non-Latin title) and its metadata, split where the script changes, so that
a Japanese title and its English metadata each get their own language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from powtext.data import read_toml
from powtext.model import Annotation, Segment
from powtext.scripts import script_of

_OPENERS = "([{\"'«「『“‘（【〈《"
_YEARISH = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b|\bISBN\b|\bdoi\b|https?://|\bRetrieved\b", re.I)
_FOUR_DIGITS = re.compile(r"\d{4}")
_INNER_SENTENCE_END = re.compile(r"[a-zа-яё\d][.!?]\s+[A-ZА-ЯЁ]|[。！？](?=\S)")
_CLOSE_THEN_SPACE = re.compile(r"[.,;:)\]」』）]\s+")


@dataclass(frozen=True)
class Rules:
    """The segmenter's tables, compiled once from data/segmentation.toml."""

    reference_label: re.Pattern[str]
    markers: tuple[tuple[re.Pattern[str], str], ...]
    boilerplate: tuple[re.Pattern[str], ...]
    sentence_end: str
    heading_max_words: int
    heading_max_chars: int
    title_quotes: tuple[tuple[str, str], ...]
    title_end: tuple[str, ...]
    max_segment_chars: int


@cache
def rules() -> Rules:
    table = read_toml("segmentation.toml")
    return Rules(
        reference_label=re.compile(table["reference_label"]),  # back-links are lowercase: "^ a b"
        markers=tuple(
            (re.compile(m["pattern"], re.I), m["label"]) for m in table["citation_marker"]
        ),
        boilerplate=tuple(re.compile(p, re.I) for p in table["boilerplate"]["patterns"]),
        sentence_end=table["sentence_end"],
        heading_max_words=table["heading_max_words"],
        heading_max_chars=table["heading_max_chars"],
        title_quotes=tuple((a, b) for a, b in table["title_quotes"]),
        title_end=tuple(table["title_end"]),
        max_segment_chars=table["max_segment_chars"],
    )


def find_citation_markers(text: str) -> list[Annotation]:
    """`[1]`, `[note 2]`, `[citation needed]`: value is the reference number where there is one."""
    found: dict[tuple[int, int], Annotation] = {}
    for pattern, label in rules().markers:
        for m in pattern.finditer(text):
            num = m.groupdict().get("num")
            found.setdefault(m.span(), Annotation(
                type="citation_marker", start=m.start(), end=m.end(), text=m.group(),
                value=int(num) if num else None, label=label, source="powtext.segment",
            ))
    return [found[k] for k in sorted(found)]


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, trimmed of surrounding whitespace."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        else:
            out.append((pos, pos))  # a blank line: a block separator
        pos += len(line)
    return out


def _blocks(text: str) -> list[tuple[int, int]]:
    """Runs of non-blank lines; a citation entry or a boilerplate line always starts its own."""
    r = rules()
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for start, end in _lines(text):
        if start == end:
            if current:
                blocks.append(current)
            current = []
            continue
        line = text[start:end]
        starts_new = bool(r.reference_label.match(line)) or any(
            p.search(line) for p in r.boilerplate
        )
        if current and starts_new:
            blocks.append(current)
            current = []
        current.append((start, end))
    if current:
        blocks.append(current)
    spans = []
    for lines in blocks:
        if len(lines) > 1 and not _hard_wrapped(text, lines):
            spans.extend(lines)  # one paragraph per line, e.g. text with single line breaks
        else:
            spans.append((lines[0][0], lines[-1][1]))
    return [piece for start, end in spans for piece in _bounded(text, start, end)]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) in pieces of at most `max_segment_chars`, cut after a sentence where possible.

    A dump without line breaks would otherwise be one segment of millions of characters, more
    than a tokenizer accepts (spaCy's limit is a million) and no use to a reader.
    """
    limit = rules().max_segment_chars
    pieces = []
    while end - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind(". "), window.rfind("。"), window.rfind("! "), window.rfind("? "))
        if cut < limit // 2:
            cut = window.rfind(" ")
        cut = start + (cut + 1 if cut >= limit // 2 else limit)
        piece = _strip(text, start, cut)
        if piece[0] < piece[1]:
            pieces.append(piece)
        start = cut
    piece = _strip(text, start, end)
    if piece[0] < piece[1]:
        pieces.append(piece)
    return pieces


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Lines of one paragraph broken at a fixed width, as in plain-text archives.

    Wrapped lines are of similar width and mostly break mid-sentence; separate one-line
    paragraphs end in sentence punctuation.
    """
    widths = [e - s for s, e in lines]
    longest = max(widths)
    inner = lines[:-1]
    mid_sentence = sum(text[e - 1] not in rules().sentence_end for _, e in inner)
    return (
        longest <= 120
        and all(w >= 0.6 * longest for w in widths[:-1])
        and mid_sentence * 2 >= len(inner)
    )


def _classify(text: str, index: int) -> str:
    r = rules()
    if any(p.search(text) for p in r.boilerplate):
        return "boilerplate"
    label = r.reference_label.match(text)
    if label and ("^" in label.group() or "↑" in label.group() or _YEARISH.search(text)):
        return "reference"
    if text[-1] in r.sentence_end or _INNER_SENTENCE_END.search(text):
        return "paragraph"  # a caption is one sentence without its full stop
    words = text.split()
    short = len(words) <= r.heading_max_words and (
        len(words) > 1 or len(text) <= r.heading_max_chars
    )
    if short and (index == 0 or not _FOUR_DIGITS.search(text)):
        return "heading"
    return "caption"


def segment_text(text: str) -> tuple[list[Segment], list[Annotation]]:
    """Segments of `text`, and the citation markers and reference labels found on the way."""
    segments: list[Segment] = []
    marks = find_citation_markers(text)
    for index, (start, end) in enumerate(_blocks(text)):
        kind = _classify(text[start:end], index)
        if kind != "reference":
            segments.append(Segment(start, end, kind))
            continue
        label = rules().reference_label.match(text[start:end])
        num_text = label.group("num") or label.group("bnum") if label else None
        number = int(num_text) if num_text else None
        if label and label.end() > 0:
            marks.append(Annotation(
                type="reference_label", start=start, end=_rstrip(text, start, start + label.end()),
                text="", value=number, source="powtext.segment",
            ))
        body = start + label.end() if label else start
        segments.extend(_split_reference(text, start, end, body, number))
    for mark in marks:
        mark.text = text[mark.start:mark.end]
    marks.sort(key=lambda a: (a.start, a.end))
    return segments, marks


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    return start, _rstrip(text, start, end)


def _letter_class(char: str) -> str | None:
    script = script_of(char)
    if script == "other":
        return None
    return "cjk" if script in ("han", "kana") else script


def _script_runs(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """Split [start, end) where the script of the letters changes.

    Punctuation, digits and spaces between two runs go with the earlier run, except opening
    brackets and quotes right before the later run, which open it.
    """
    letters = [(i, c) for i in range(start, end) if (c := _letter_class(text[i]))]
    if not letters:
        return [(start, end, None)]
    runs: list[list] = []
    for i, cls in letters:
        if runs and runs[-1][2] == cls:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1, cls])
    out = []
    cut = start
    for n, (_, last, cls) in enumerate(runs):
        if n + 1 < len(runs):
            nxt = _gap_cut(text, last, runs[n + 1][0])
            out.append((cut, nxt, cls))
            cut = nxt
        else:
            out.append((cut, end, cls))
    return out


def _gap_cut(text: str, gap_start: int, gap_end: int) -> int:
    """Where to cut the neutral stretch between two script runs.

    After the first closing punctuation and its space ("衆議院. | 11 May", "(2000) | (Военно"),
    else before the brackets that open the later run ("答弁書 | (PDF)").
    """
    m = _CLOSE_THEN_SPACE.search(text, gap_start, gap_end)
    if m:
        return m.end()
    cut = gap_end
    while cut > gap_start and text[cut - 1] in _OPENERS:
        cut -= 1
    return cut


def _quoted_titles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside quotation marks in a citation entry (the content, without the quotes)."""
    found = []
    pos = start
    while pos < end:
        best = None
        for open_q, close_q in rules().title_quotes:
            i = text.find(open_q, pos, end)
            if i < 0:
                continue
            j = text.find(close_q, i + 1, end)
            if j > i + 1 and (best is None or i < best[0]):
                best = (i, j)
        if best is None:
            break
        i, j = best
        inner = _strip(text, i + 1, j)
        if any(_letter_class(c) for c in text[inner[0]:inner[1]]):
            found.append(inner)
        pos = j + 1
    return found


def _split_reference(
    text: str, start: int, end: int, body: int, number: int | None
) -> list[Segment]:
    """One citation entry → title and metadata segments sharing `reference`."""
    titles = _quoted_titles(text, body, end)
    pieces: list[tuple[int, int, str]] = []
    pos = start
    for t_start, t_end in titles:
        pieces.extend(_metadata_pieces(text, pos, t_start, number, first=pos == start, body=body))
        pieces.append((t_start, t_end, "title"))
        pos = t_end
    pieces.extend(_metadata_pieces(text, pos, end, number, first=pos == start, body=body))
    segments = []
    for p_start, p_end, kind in _merge_letterless(text, pieces):
        s, e = _strip(text, p_start, p_end)
        if s < e:
            segments.append(Segment(s, e, kind, reference=number))
    return segments


def _metadata_pieces(
    text: str, start: int, end: int, number: int | None, first: bool, body: int
) -> list[tuple[int, int, str]]:
    """Metadata between titles, split by script; a leading non-Latin run holds a title."""
    out: list[tuple[int, int, str]] = []
    for r_start, r_end, cls in _script_runs(text, start, end):
        letters_at = next((i for i in range(r_start, r_end) if _letter_class(text[i])), r_end)
        leading = (first and not out) or text[r_start:letters_at].rstrip().endswith(("(", "（"))
        if cls not in (None, "latin") and leading and letters_at >= body:
            title_end = _title_end(text, letters_at, r_end)
            if r_start < letters_at:
                out.append((r_start, letters_at, "reference"))
            out.append((letters_at, title_end, "title"))
            if title_end < r_end:
                out.append((title_end, r_end, "reference"))
        else:
            out.append((r_start, r_end, "reference"))
    return out


def _title_end(text: str, start: int, end: int) -> int:
    """Where a leading non-Latin title gives way to its bibliographic metadata."""
    cut = end
    for sep in rules().title_end:
        i = text.find(sep, start, end)
        if i > start:
            cut = min(cut, i)
    while cut > start and text[cut - 1] in ")）" and "(" not in text[start:cut]:
        cut -= 1  # the closing bracket of a parenthesised title belongs to the metadata
    return _rstrip(text, start, cut)


def _has_letters(text: str, start: int, end: int) -> bool:
    return any(_letter_class(c) for c in text[start:end])


def _merge_letterless(text: str, pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Fold pieces without letters ('. ', ') ') into a neighbouring metadata piece."""
    out: list[list] = []
    for p_start, p_end, kind in pieces:
        if p_start >= p_end or not text[p_start:p_end].strip():
            continue
        both_metadata = bool(out) and kind == "reference" and out[-1][2] == "reference"
        if both_metadata and not (
            _has_letters(text, p_start, p_end) and _has_letters(text, out[-1][0], out[-1][1])
        ):
            out[-1][1] = p_end
        else:
            out.append([p_start, p_end, kind])
    return [tuple(p) for p in out]

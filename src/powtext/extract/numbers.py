"""Numbers in running text: digits, words, kanji, ordinals, units and ranges, with exact values."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from itertools import pairwise

from powtext.extract.numwords import (
    DEN,
    INDEF,
    JOIN,
    MINUS,
    MULT,
    NUM,
    ORD,
    SCALE,
    Piece,
    Reading,
    combine,
    kana_to_kanji,
    read_kanji,
    to_json_number,
)
from powtext.extract.tables import (
    TableError,
    alternation,
    counts_people,
    fold,
    lemmas,
    tables_for,
)
from powtext.model import Annotation

SOURCE = "powtext.numbers"
_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u04ff"  # not × or ÷
_KANJI_NUM = "〇零一二三四五六七八九十拾百千万萬億兆京壱弐参參叁"
_KANJI_DIGITS = "〇零一二三四五六七八九壱弐参參叁"
_APPROX = "余り?"  # "十余万", "1500余り万": "more than", read as the round figure
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Counters and prefixes that let a single kanji numeral stand as a number (一人, 第七, 約五).
_JA_COUNTERS = set("人名年月日回個本枚冊歳円件番目位度階章条号巻部隻台頭匹羽倍割分秒時週万億兆乗"
                   "足対重組等")
_JA_PREFIXES = set("第約計全各毎")
# Strings whose digits are not numbers: phone numbers and codes (+1-222-2222), URLs.
# A DOI ("10.5571/jmh.7441") and a phone number with its area code in brackets ("(212)
# 555-1234") too.
# (a URL or a DOI is ASCII: Japanese text right after one is not part of it)
_CODES = re.compile(r"\+?\d+(?:-\d+){2,}|\+\d[\d\- ]{6,}\d|(?:https?://|www\.)[!-~]+"
                    r"|(?<![\w.])10\.\d{4,9}/[!-~]+|\(\d{2,5}\) ?\d{3,4}-\d{4}(?!\d)")
# Units that belong to the quantity's span, as in spaCy's PERCENT ("50%", "50 процентов").
# Other units (people, pages, 人, человек) stay outside the span in every language.
_SPAN_UNITS = {"percent", "point"}
_VULGAR = re.compile(r"(?<![\d.,])(?:(\d+) ?)?([\u00bc-\u00be\u2150-\u215e])")  # "4½", "4 ½"
_DOTTED = re.compile(r"\d+(?:\.\d+){2,}")  # 192.168.1.2: four numbers, not a decimal
_KANA_NAMED_BY = re.compile(r"(?<![\u30a0-\u30ff])[\u30a1-\u30fa]-?$")  # "キ43", "ハ-43"


@dataclass
class Found:
    start: int
    end: int
    value: Decimal
    ordinal: bool = False
    unit: str | None = None
    scale: Decimal | None = None
    words: bool = False  # written (at least partly) in words or kanji
    bound: str | None = None  # gt/ge/lt/le/eq: one end of an open range ("more than 30")
    bound_start: int = -1  # where the comparative phrase starts or ends, outside the number
    bound_end: int = -1
    tail: Decimal | None = None  # the part after a joiner: "one hundred and three" → 3
    counted: bool = False  # a counting word followed and multiplied it: "二ダース" = 24
    unit_end: int = -1  # where the unit word after it ends ("30 seconds"), outside the span
    dotted: bool = False  # one part of a dotted group ("11.06.1820", "192.168.1.2")
    date_part: bool = False  # a date by the range's other end: "с 9.02 по 11.06.1820"
    uncounted: bool = False  # a scale word without a count: vague ("thousands") or a millennium


def find_numbers(text: str, lang: str, kind: str = "paragraph") -> list[Annotation]:
    """Number and numberrange annotations in one segment's text."""
    store = _shared.get()
    if store is None:
        return _find_safe(text, lang, kind)
    # The numbers depend on the folded text and on whether units of references apply; the
    # annotations' `text` is the folded one, which callers replace from the document anyway.
    key = (fold(text), lang, kind in _REFERENCE_KINDS)
    if key not in store:
        store[key] = _find_safe(key[0], lang, kind)
    return list(store[key])


def _find_safe(text: str, lang: str, kind: str) -> list[Annotation]:
    try:
        return _find(text, lang or "und", kind or "paragraph")
    except TableError:
        raise  # a broken table spoils every text: say so (the file and the line), once per document
    except Exception:  # an extractor must never take the pipeline down; tests catch the causes
        return []


_REFERENCE_KINDS = ("reference", "title")  # the segment kinds `_attach_unit` tells apart
# In a reference, where pages follow: a journal's "volume (year):" and APA's "volume(issue),",
# and the page of a note after its publication details in brackets, "(Moscow, 2005), 76".
_PAGES_AFTER = r"\d\)\s*:\s*$|\d\s*\(\s*\d+\s*\)\s*,\s*$|\d{4}\)\s*,\s*$"
_shared: ContextVar[dict | None] = ContextVar("powtext_numbers", default=None)


@contextmanager
def shared_results(store: dict) -> Iterator[None]:
    """Within this block `find_numbers` keeps its results in `store` and hands the same ones
    out again: the date extractor reads a segment's numbers (words like "nineteen forty-five"),
    then the number stage wants them too. One document's store, never reused for another."""
    token = _shared.set(store)
    try:
        yield
    finally:
        _shared.reset(token)


def _find(text: str, lang: str, kind: str) -> list[Annotation]:
    if not text or not any(c.isnumeric() or c.isalpha() for c in text):  # "⅓" alone too
        return []
    lang = lang.lower()
    folded = fold(text)
    tables = tables_for(lang)
    found = _shared_found(folded, lang, tables)
    for f in found:
        _attach_scale_suffix(folded, f, tables)
        _attach_unit(folded, f, tables, kind)
        if f.unit == "person" and f.value != f.value.to_integral_value():
            f.unit = None  # "две трети пленных": a share of the prisoners, not 0.67 persons
        if f.value > 0 and (f.unit in _TEMPERATURES or f.unit is None):
            _below_zero(folded, f, tables)
    found = [f for f in found if not _in_a_title(folded, f)]
    found = _joined_counts(folded, _drop_inner(_drop_unit_words(found)), tables)
    out: list[Annotation] = []
    paired: set[int] = set()
    for lo, hi, start, end in _ranges(folded, found, tables, kind):
        paired.update((id(lo), id(hi)))
        attrs = {}
        _bounds(folded, hi, lang)
        if hi.bound in ("lt", "le") and hi.bound_start == hi.start:
            end = max(end, hi.bound_end)  # "20から100未満": the upper end's own comparative
            if hi.bound == "lt":
                attrs["max_exclusive"] = True
        out.append(Annotation(
            type="numberrange", start=start, end=end, text=text[start:end],
            value={"min": to_json_number(lo.value), "max": to_json_number(hi.value)},
            unit=hi.unit or lo.unit, source=SOURCE, attrs=attrs,
        ))
    found = [f for f in found if not f.date_part]
    taken = [(a.start, a.end) for a in out]
    for start, end, value, attrs, unit in _open_ranges(folded, found, tables, paired):
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        out.append(Annotation(
            type="numberrange", start=start, end=end, text=text[start:end], value=value,
            unit=unit, source=SOURCE, attrs=attrs,
        ))
    for f in found:
        out.append(Annotation(
            type="number", start=f.start, end=f.end, text=text[f.start:f.end],
            value=to_json_number(f.value), unit=f.unit, ordinal=True if f.ordinal else None,
            source=SOURCE,
        ))
    out.sort(key=lambda a: (a.start, -a.end))
    return out


def _in_a_title(t: str, f: Found) -> bool:
    """A number word inside a capitalised name, its unit capitalised too and a name's head
    after it: "the Thirty Years' War", "the Six-Day War", "the Five-Year Plan" name events;
    their figure is no quantity to sum."""
    if not (f.words and f.unit and f.unit_end and t[f.start:f.start + 1].isupper()) or \
            re.search(r"(?:^|[.!?:]\s*|[\"“«(]\s*)$", t[:f.start]):
        return False  # a sentence may open with a number word: "Thirty years later"
    unit_word = re.search(rf"[{_LETTER}]+['’]?$", t[:f.unit_end])
    return unit_word is not None and unit_word.group()[:1].isupper() and re.match(
        rf"['’]?\s+[A-Z][{_LETTER}]+", t[f.unit_end:]) is not None


def _drop_unit_words(found: list[Found]) -> list[Found]:
    """A unit word is no number of its own: the "second" of "30 seconds" is no 2nd."""
    units = sorted((f.end, f.unit_end) for f in found if f.unit_end > f.end)
    if not units:
        return found
    starts = [a for a, _ in units]
    out = []
    for f in found:
        k = bisect_right(starts, f.start) - 1  # the unit word starting last at or before f
        if k < 0 or not f.end <= units[k][1]:
            out.append(f)
    return out


def _drop_inner(found: list[Found]) -> list[Found]:
    """Numbers a longer one took in while its unit was attached: the "2" of "3割2分"."""
    out: list[Found] = []
    for f in found:
        if out and out[-1].start <= f.start and f.end <= out[-1].end:
            continue
        out.append(f)
    return out


def _joined_counts(t: str, found: list[Found], tables: dict) -> list[Found]:
    """"三百と二ダース" = 324: a round kanji number, a joiner, then a count of dozens, as
    "three hundred and two dozens" in English."""
    n = tables["numbers"]
    joiners = n.get("count_joiners", [])
    rounds = set(n.get("multipliers", {})) | set(n.get("scales", {}))
    out: list[Found] = []
    for f in found:
        a = out[-1] if out else None
        if a is not None and f.counted and t[a.end:f.start] in joiners and a.words and \
                not (a.ordinal or f.ordinal or a.unit) and t[a.end - 1:a.end] in rounds and \
                a.value > f.value:
            out[-1] = Found(a.start, f.end, a.value + f.value, words=True, unit=f.unit)
            continue
        out.append(f)
    return out


def _shared_found(folded: str, lang: str, tables: dict) -> list[Found]:
    """The numbers before units and ranges: the same for every segment kind, so within
    `shared_results` a reference segment, read as a paragraph by the date extractor and as a
    reference by the number stage, is scanned once. Fresh copies: later steps change them."""
    store = _shared.get()
    if store is None:
        return _found(folded, lang, tables)
    key = (folded, lang)  # two items: the keys of find_numbers have three
    if key not in store:
        store[key] = _found(folded, lang, tables)
    return [replace(f) for f in store[key]]


def _found(folded: str, lang: str, tables: dict) -> list[Found]:
    found = [f for f in _scan(folded, lang, tables) if not _blocked(folded, f)]
    found.sort(key=lambda f: (f.start, f.end))
    for f in found:
        _attach_sign(folded, f, tables)
    found = _fractions(folded, found, tables)
    found = _word_fractions(folded, found, tables)
    found = _point_decimals(folded, found, tables)
    return [f for f in _powers(folded, found, tables) if not f.uncounted]


# --- scanning -------------------------------------------------------------------------------

@cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    n = tables_for(lang)["numbers"]
    dec = re.escape(n.get("decimal", "."))
    alt = n.get("decimal_alt")
    decimals = dec + (re.escape(alt) if alt else "")
    groups = "".join(re.escape(g) for g in n.get("group", [","]) if g != " ")
    grouped = rf"\d{{1,3}}(?:[{groups}]\d{{3}})+" if groups else r"(?!x)x"
    if n.get("group_indian"):  # "12,34,567.89"
        grouped = rf"\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|{grouped}"
    if dec == r"\." and "," in groups:  # "1.111,11": continental grouping in English text
        grouped = rf"\d{{1,3}}(?:\.\d{{3}})+,\d{{1,2}}(?![\d.]|,\d)|{grouped}"
    number = (
        rf"(?:(?<![{_LETTER}\d.,])|(?<=\d[x×])|(?<=[^\d]\.\.)|(?<=\d,)(?!\d{{3}}(?!\d))"
        rf"|(?<=[{_LETTER}]\.))"  # after an abbreviation's full stop: "pp.88", "No.5", "Ф.17"
        rf"(?:(?<![\d\-–\u00bc-\u00be\u2150-\u215e])-)?"  # no sign after "2½" of "2½-3"
        rf"(?:{grouped}(?![{groups}]?\d)|\d{{1,3}}(?: \d{{3}})+(?![ ]?\d)|\d+)"
        rf"(?:[{decimals}]\d+(?![{decimals}]?\d))?(?:[eE][+\-]?\d{{1,3}}(?![\w.]))?"
        rf"|(?<![\w.,])(?:(?<![\d\-–])-)?\.\d+"
    )
    suffix = n.get("ordinal_suffix", "")
    glued = n.get("ordinal_suffix_glued", suffix)
    ordinal = rf"(?:-(?:{suffix})|(?:{glued}))(?![{_LETTER}])" if suffix else r"(?!x)x"
    return {
        "number": re.compile(number),
        "ordinal": re.compile(ordinal),
        "money_scale": re.compile(
            alternation(n.get("money_suffix_scales", {})) + rf"(?![{_LETTER}\d])"),
        "suffix_scale": re.compile(
            alternation(n.get("suffix_scales", {})) + rf"(?![{_LETTER}\d])"
        ),
        "spaced_scale": re.compile(
            rf"\s+{alternation(k for k in n.get('suffix_scales', {}) if len(k) == 1)}"
            rf"(?=\s*$|\s*[^\w\s]|\s+[^{_LETTER}\d\s]|[\u30a0-\u30ff])"
        ),
        "word": re.compile(rf"[{_LETTER}]+\.?"),
        "kanji": re.compile(rf"(?:[0-9.,{_KANJI_NUM}]*[{_KANJI_NUM}][0-9.,{_KANJI_NUM}]*"
                            rf"|[0-9]+(?=余))"
                            rf"(?:{_APPROX}[万億兆][0-9{_KANJI_NUM}]*)?"
                            rf"(?:[点・][0-9{_KANJI_NUM}]+)?|[0-9]+点[0-9]+"),
    }


def _scan(t: str, lang: str, tables: dict) -> list[Found]:
    pats = _patterns(lang)
    n = tables["numbers"]
    pieces: list[Piece] = []
    done: list[Found] = []
    blocked = [m.span() for m in _CODES.finditer(t)]
    blocked += _clock_times(t, lang) + _labelled_codes(t, lang)

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in blocked)

    for m in _DOTTED.finditer(t):
        if free(*m.span()) and not _glued(t, m.start(), m.end()):
            for part in re.finditer(r"\d+", m.group()):
                a = m.start() + part.start()
                done.append(Found(a, a + len(part.group()), Decimal(part.group()), dotted=True))
            blocked.append(m.span())
    for m in _VULGAR.finditer(t):
        if free(*m.span()):  # "¾", "2½", "4½ million": a figure that a scale word may follow
            start, whole = m.start(), Decimal(m.group(1) or 0)
            if m.group(1) and len(m.group(1)) > 3 and m.start(2) > m.end(1):
                start, whole = m.start(2), Decimal(0)  # "in 1945 ½ of the army": no 1945.5
            pieces.append(Piece(start, m.end(), NUM, whole + _vulgar(m.group(2)), digits=True))
            blocked.append((start, m.end()))
    for m in pats["number"].finditer(t):
        a, b = m.span()
        if not free(a, b) or t[b:b + 1] == "式" or _KANA_NAMED_BY.search(t, max(0, a - 3), a):
            continue  # "97式", "キ43": a Japanese type's designation ("T-34" keeps its 34, as
            # Recognizers' "SCP-173" does)
        if t[a - 1:a] == "." and t[a - 2:a] != ".." and not _after_abbreviation(t, a, b):
            continue  # "people.22 Many died", "в 1914 г.78 Следующая": a note glued to a stop
        value = _parse_digits(m.group(), n)
        if value is None:
            continue
        tail = t[b:]
        om = pats["ordinal"].match(tail)
        if om and om.group():
            done.append(Found(a, b + om.end(), value, ordinal=not _cardinal_ending(
                t[a:b], om.group(), n, t[b + om.end():b + om.end() + 24])))
            continue
        sm = pats["suffix_scale"].match(tail)
        if not (sm and sm.group()) and value != value.to_integral_value():
            sm = pats["spaced_scale"].match(tail)  # "52.5 k", "-2.5 M", "1,674.5 G"
        scales = n["suffix_scales"]
        if not (sm and sm.group()) and a and unicodedata.category(t[a - 1]) == "Sc":
            sm = pats["money_scale"].match(tail)  # "£5m", "$3bn": after a currency sign only
            scales = n.get("money_suffix_scales", {})
        if sm and sm.group() and value == value.to_integral_value() and \
                unicodedata.category(t[a - 1:a] or " ") != "Sc" and \
                _designation(t, a, b + sm.end(), value, lang):
            continue  # "Bf 109G", "B-17G", "Ил-2М", "221B Baker Street", "Flat 3B": a name
        if sm and sm.group():
            scale = Decimal(scales[sm.group().strip()])
            done.append(Found(a, b + sm.end(), value * scale, scale=scale))
            continue
        if re.match(rf"[{_LETTER}]", tail[:1]) and not re.match(r"[x×]10\^", tail) and \
                not _glued_unit(tail, lang):
            continue  # part of a word or code: "29km", "A4" (in Japanese "120m" is a length)
        if _HAN.match(tail[:1]) and tail[:1] in _KANJI_NUM and tail[:1] not in _KANJI_DIGITS:
            continue  # the kanji reader takes mixed forms like 3億5000万 (not "3四半期")
        pieces.append(Piece(a, b, NUM, value, digits=True))
    halves = _half_words(t, lang, n)
    pieces.extend(halves)
    for m in pats["word"].finditer(t):
        if any(h.start <= m.start() < h.end for h in halves):
            continue  # the "миллиона" of "пол-миллиона"
        piece = _word_piece(t, m, lang, n)
        if piece is not None:
            pieces.append(piece)
    pieces.sort(key=lambda p: p.start)
    for run in _runs(t, pieces):
        for r in combine(run):
            found = _from_reading(r)
            # kept until the compounds are read: "пять с половиной тысяч" takes it in
            found.uncounted = _uncounted(t, r, run, lang, n)
            done.append(found)
    done.extend(_scan_kanji(t, pats["kanji"], tables, free))
    done.extend(_scan_kana(t, tables))
    fixed = n.get("fixed_words", {})
    if fixed:  # "半数", "半分", "半ダース", "twice", "вдвое": words that are numbers as a whole
        lowered = {k.lower(): v for k, v in fixed.items()}
        for m in re.finditer(rf"(?<![{_LETTER}]){alternation(fixed)}(?![{_LETTER}])", t, re.I):
            if free(*m.span()):
                value, unit = lowered[m.group().lower()], None
                if isinstance(value, list):  # [value, unit]: "半額" = 50 percent
                    value, unit = value
                done.append(Found(m.start(), m.end(), Decimal(str(value)), unit=unit, words=True))
    return _dedupe(done)


def _after_abbreviation(t: str, a: int, b: int) -> bool:
    """A figure right after a full stop that ends an abbreviation of one to three letters, not a
    sentence: "pp.88", "No.5", "Ф.17" (not "people.22", nor "г.78 Следующая": a note mark)."""
    word = re.search(rf"(?<![{_LETTER}])[{_LETTER}]{{1,3}}\.$", t[max(0, a - 5):a])
    if word is None:
        return False
    return word.group().lower() in _LABELS or not re.match(r"\s+[A-ZА-ЯЁ]", t[b:b + 3])


# Abbreviations that label the figure after them, in any language: "No.5 Camp", "Ф.17 Оп.3",
# "ст.58 УК", "Art.58 Section 10" keep their figures before a capital.
_LABELS = frozenset(("no.", "nos.", "art.", "p.", "pp.", "vol.", "ф.", "оп.", "д.", "л.", "лл.",
                     "ст.", "т.", "с.", "№."))


def _cardinal_ending(digits: str, ending: str, n: dict, after: str = "") -> bool:
    """"в 3-х томах" = "в трёх томах": an ending that after these last digits is a cardinal's
    case ("двух", "трёх", "четырёх"), not an ordinal's ("5-х" = "пятых"; "12-х" = "двенадцатых")."""
    last = n.get("cardinal_endings", {}).get(ending)
    if not (last and digits[-1:] in last and digits[-2:-1] != "1"):
        return False
    # "2-х классов", "3-х и 4-х курсов": before a noun of rank, an ordinal's
    word = re.match(rf"(?:\s+(?:и|или)\s+\d+-?[{_LETTER}]*)?\s+([{_LETTER}]+)", after)
    return not (word and set(lemmas(word.group(1), "ru")) & set(n.get("ordinal_nouns", [])))


@cache
def _code_label_pattern(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The labels of codes (`code_labels`, `code_labels_common`): a pattern of the bare words in
    lower case, to look for them cheaply, and one of a label and the code after it (one token,
    or a phone number's bracketed area code and the rest)."""
    n = tables_for(lang)["numbers"]
    labels = [*n.get("code_labels", []), *n.get("code_labels_common", [])]
    if not labels:
        return None
    plain = re.compile(alternation([fold(w).lower().rstrip(".:") for w in labels]))
    code = re.compile(rf"(?<![{_LETTER}\d])(?:{alternation(labels)})(?![{_LETTER}])[:.]?\s*"
                      rf"((?:\(\d+\)\s?)?[\d(][\w().\-/:]*)", re.I)
    return plain, code


def _labelled_codes(t: str, lang: str) -> list[tuple[int, int]]:
    """Codes after their label, which are no numbers: "ISSN 0022-2801", "УДК 94(47).084",
    "〒890-8867", "Tel. 555-1234", "doi:10.5571/jmh.7441" (the tables' `code_labels`)."""
    found = _code_label_pattern(lang)
    if found is None:
        return []
    plain, pattern = found
    if not plain.search(t.lower()):
        return []  # most text has none of the labels: spare it the pattern
    out = []
    for m in pattern.finditer(t):
        body = m.group(1).rstrip(".,;:)")
        if any(c.isdigit() for c in body):
            out.append((m.start(1), m.start(1) + len(body)))
    return out


# H.MM, H:MM(:SS): a digit first, so that the search skips ahead fast; the rest is checked after
_NOT_BEFORE_CLOCK = set("0123456789.,:")
_CLOCK = re.compile(r"(\d{1,2})[.:](\d\d)(?::[0-5]\d)?")


@cache
def _clock_patterns(lang: str) -> tuple[re.Pattern[str], ...] | None:
    """The language's clock cues (see `clock_after` in en.toml): a word after the time that
    makes it one, a preposition before it, words that may follow it after the preposition, and
    the hour words after four figures."""
    n = tables_for(lang)["numbers"]
    if not n.get("clock_after") and not n.get("clock_before"):
        return None
    end = rf"(?![{_LETTER}\d])"
    after = alternation(n.get("clock_after", []))
    then = alternation(n.get("clock_then", []))
    hours = alternation(n.get("clock_hours", []))
    return (re.compile(rf"\s*{after}{end}", re.I),
            re.compile(rf"(?<![{_LETTER}]){alternation(n.get('clock_before', []))}\s+$", re.I),
            re.compile(rf"\s*(?:{then}{end}|[.,;:)!?–]|$)", re.I),
            re.compile(rf"\d{{4}}(?=\s+{hours}{end})", re.I) if n.get("clock_hours") else None)


def _clock_times(t: str, lang: str) -> list[tuple[int, int]]:
    """Clock times, which are no numbers: "at 9.15 am", "left at 21.48 on 16 January", "в 04.15
    по московскому времени", "At 1945 hours", "0100 hours". A time is an hour (to 23) and
    minutes (to 59) with a clock word after it, or after a time preposition with nothing counted
    after it; four figures only before an hour word, after the preposition or with a leading
    zero ("he worked 1200 hours" counts hours)."""
    pats = _clock_patterns(lang)
    if pats is None:
        return []
    after, before, then, hours = pats
    out = []
    for m in _CLOCK.finditer(t):
        a, b = m.span()
        if t[a - 1:a] in _NOT_BEFORE_CLOCK or re.match(r"\d|[.,:]\d", t[b:b + 2]) or \
                int(m.group(1)) > 23 or int(m.group(2)) > 59:
            continue  # "1945.12", "3.14159", "25.30": no time
        follows = then.match(t, b)
        word = re.match(rf"\s*([{_LETTER}]+)", t[b:])
        clock_word = follows and word and word.group(1).lower() not in ("on", "и", "and")
        opening = re.search(r"(?:^|[.!?]\s+)(?:At|By|Until|Shortly (?:after|before)|After|Before|"
                            r"В|К|Около|До|После)\s+$", t[max(0, a - 24):a]) and \
            re.match(r",?\s+[a-zа-яё]", t[b:]) and not _unit_word_after(t, b, lang)
        if after.match(t, b) or opening or (follows and before.search(t[max(0, a - 16):a]) and (
                t[a] == "0" or int(m.group(1)) >= 13 or clock_word)):
            # "в 04.15", "at 22.10 on", "at 8.15 hours", "At 8.15 the bomb fell": a clock;
            # "stabilised at 4.20.", "fixed at 4.03 on 4 September" a price
            out.append((a, b))
    for m in hours.finditer(t) if hours is not None else ():  # "at 1945 hours"
        a, b = m.span()
        if t[a - 1:a] in _NOT_BEFORE_CLOCK or int(t[a:a + 2]) > 23 or int(t[a + 2:b]) > 59:
            continue
        if t[a] == "0" or before.search(t[max(0, a - 16):a]):
            out.append((a, b))
    return out


def _unit_word_after(t: str, b: int, lang: str) -> bool:
    """A unit, a currency or "per" right after a figure: "At 4.50 roubles a pood", "В 2.30 км"
    are amounts, no clock."""
    m = re.match(rf"\s+([{_LETTER}]+\.?)", t[b:b + 24])
    if m is None:
        return False
    units = _units(lang, lang, False)[0]
    word = m.group(1).lower()
    return word in ("per", "на") or word in units or word.rstrip(".") in units or any(
        form in units for form in lemmas(word.rstrip("."), lang))


def _is_currency_code(word: str, lang: str) -> bool:
    """"USD 3M": an ISO 4217 code before a sum is its currency, no filing code (the currency
    prefixes come from CLDR through the language's table)."""
    return tables_for(lang)["numbers"].get("prefix_units", {}).get(word.lower()) == word


def _after_label(t: str, a: int, lang: str) -> bool:
    """Whether the figure at `a` follows a label that makes it part of a name or a filing code:
    a word of the table's `labels` ("Flat", "No.", "Case", "№", "кв."), an all-capital code of
    two to four letters ("FO 371/24843", "RG 242"), or letters and a hyphen ("T-34/85",
    "B-17G", "Ил-2М")."""
    before = t[max(0, a - 24):a]
    if re.search(rf"(?<![{_LETTER}\d])[{_LETTER}]+-$", before):
        return True  # not the "5k-" of "5k-20k"
    m = re.search(rf"(?<![{_LETTER}\d])([{_LETTER}]+\.?|[#№])\s*$", before)
    if m is None:
        return False
    word = m.group(1)
    if word.lower() in tables_for(lang)["numbers"].get("labels", []) or \
            word.lower().rstrip(".") in tables_for(lang)["numbers"].get("labels", []):
        return True
    return 2 <= len(word) <= 4 and word.isupper() and word.isalpha() and \
        word.lower() not in _number_forms(lang) and not _is_currency_code(word, lang)


def _designation(t: str, a: int, end: int, value: Decimal, lang: str) -> bool:
    """Whether a figure with a letter glued to it (a..end) is a designation, not a number with
    a scale letter ("100K", "1.2M"): a label before it ("Flat 3B", "B-17G"), a name or code in
    capitals within a sentence ("the Bf 109G", "the Mauser 98k"), a hyphen and a figure after
    it ("109G-6"), a larger figure and a hyphen before it ("707-320B", not "10-20M"), or a name
    in capitals after it ("221B Baker Street")."""
    if _after_label(t, a, lang) or re.match(rf"-\d+(?![\d.,]|[{_LETTER}])", t[end:end + 12]):
        return True
    lead = re.search(r"(?<![\d.,])(\d+)-$", t[max(0, a - 12):a])
    if lead and int(lead.group(1)) > value:
        return True
    m = re.search(rf"(?<![{_LETTER}\d])([{_LETTER}]{{2,}})\s+$", t[max(0, a - 24):a])
    if m and m.group(1)[0].isupper() and m.group(1).lower() not in _number_forms(lang) and \
            not _is_currency_code(m.group(1), lang):
        start = a - len(m.group(0))
        if not re.search(r"(?:^|[.!?:;\n])\s*$", t[max(0, start - 3):start]):
            return True  # "the Bf 109G", "the Mauser 98k" (not "Over 100K" opening a sentence)
    nm = re.match(rf" ([A-Z\u0410-\u042f][a-z\u0430-\u044f]+)(?: ([{_LETTER}]+))?",
                  t[end:end + 40])  # "Baker Street", not a code in capitals ("2mil SEK")
    if nm:
        units = tables_for(lang)["numbers"].get("units", {})
        return not (nm.group(2) and any(f in units for f in lemmas(nm.group(2), lang)))
    return False


def _vulgar(char: str) -> Decimal:
    """The exact value of a vulgar fraction character, from its Unicode decomposition
    ("⅓" = 1 ⁄ 3): a third as "a third" reads, not the float 0.333…3 rounded."""
    m = re.fullmatch(r"<fraction>((?: 003\d)+) 2044((?: 003\d)+)", unicodedata.decomposition(char))
    if m:
        num, den = ("".join(chr(int(c, 16)) for c in g.split()) for g in m.groups())
        return Decimal(num) / Decimal(den)
    return Decimal(str(unicodedata.numeric(char)))  # "↉" and the like: no decomposition


def _glued_unit(tail: str, lang: str) -> bool:
    """Whether `tail` starts with a unit written right after the figure, as Japanese does
    ("120m", "150km/h"), and nothing more of a word."""
    pattern = _glued_pattern(lang)
    return pattern is not None and pattern.match(tail) is not None


@cache
def _glued_pattern(lang: str) -> re.Pattern[str] | None:
    """The language's glued unit symbols, longest first (built once per language)."""
    forms = tables_for(lang)["numbers"].get("glued_units", {})
    if not forms:
        return None
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?:{alts})(?![{_LETTER}\d²³/])")


def _glued(t: str, a: int, b: int) -> bool:
    return bool(re.match(rf"[{_LETTER}]", t[b:b + 1]) or re.match(rf"[{_LETTER}]", t[a - 1:a]))


def _parse_digits(s: str, n: dict) -> Decimal | None:
    dec = n.get("decimal", ".")
    alt = n.get("decimal_alt")
    body = s.replace(" ", "")
    if dec == "." and re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+,\d{1,2}", body):
        body = body.replace(".", "").replace(",", ".")  # "1.111,11"
    for g in n.get("group", [","]):
        if g not in (dec, " ") and re.search(rf"\d{re.escape(g)}\d{{3}}(?!\d)", body):
            if alt and g == alt and body.count(g) == 1 and not re.search(r"\d{4}", body):
                pass
            else:
                body = body.replace(g, "")
    body = body.replace(dec, ".")
    if alt:
        body = body.replace(alt, ".")
    try:
        return Decimal(body)
    except InvalidOperation:
        return None


@cache
def _number_forms(lang: str) -> frozenset[str]:
    """Every form `_word_piece` gives a role to, but fractions' plurals ("thirds")."""
    n = tables_for(lang)["numbers"]
    return frozenset().union(
        *(n[table] for table in ("words", "multipliers", "scales", "ordinal_words")),
        *(n.get(role, []) for role in ("joiners", "indefinite", "minus")),
    )


def _word_piece(t: str, m: re.Match[str], lang: str, n: dict) -> Piece | None:
    word = m.group()
    a = m.start()
    known = _number_forms(lang)
    plural = n.get("fractions", {}).get("plural")
    for w in (word, word.rstrip(".")):
        b = a + len(w)
        for form in lemmas(w, lang):
            if form not in known and not (plural and form.endswith(plural)):
                continue  # most words of a text: skip the table look-ups below
            for table, role in (("words", NUM), ("multipliers", MULT), ("scales", SCALE),
                                ("ordinal_words", ORD)):
                if form in n[table]:
                    if form in n.get("pronoun_words", []) and \
                            _after_word(t, a, n["pronoun_after"]) and not _before_scale(t, b, n):
                        return None  # "the one you mentioned"; not "the one hundred and first"
                    if _in_idiom(t, a, b, form, lang) and not _before_scale(t, b, n):
                        return None  # "one another", "at first", "ни один", "во-первых"
                    return Piece(a, b, role, Decimal(str(n[table][form])))
            if plural and form.endswith(plural) and form[:-len(plural)] in n["ordinal_words"] \
                    and form not in n.get("fractions", {}).get("not_parts", ()):
                return Piece(a, b, DEN, Decimal(str(n["ordinal_words"][form[:-len(plural)]])))
            if form in n.get("joiners", []):
                return Piece(a, b, JOIN)
            if form in n.get("indefinite", []):
                return Piece(a, b, INDEF)
            if form in n.get("minus", []):
                return Piece(a, b, MINUS)
    return None


_OPENS = re.compile(r"(?:^|[.!?;:,(\u2013\u2014\"«“])\s*$")  # a sentence or clause opens here
_IDIOM_WORD = re.compile(rf"[{_LETTER}']+\.?|-")


@cache
def _idioms(lang: str) -> dict[str, list[tuple[tuple[tuple[str, str], ...], int, bool]]]:
    """The language's `idioms` by the number word in them: {its form in the tables: [(words, where
    the number word is, whether the phrase must open a clause)]}; words are (joiner before,
    word), the joiner a space or a hyphen."""
    n = tables_for(lang)["numbers"]
    known = _number_forms(lang)
    out: dict[str, list] = {}
    for phrase in n.get("idioms", []):
        opening = phrase.startswith("^")
        words: list[tuple[str, str]] = []
        joiner = " "
        for token in _IDIOM_WORD.findall(fold(phrase.lstrip("^ ")).lower()):
            if token == "-":
                joiner = "-"
                continue
            words.append((joiner, token))
            joiner = " "
        for k, (_, word) in enumerate(words):
            form = next((f for f in lemmas(word, lang) if f in known), None)
            if form is not None:
                out.setdefault(form, []).append((tuple(words), k, opening))
    return out


def _in_idiom(t: str, a: int, b: int, form: str, lang: str) -> bool:
    """Whether the number word at a..b (of dictionary form `form`) is part of one of the
    language's idioms, where it counts nothing: "one another", "at first", "ни одного",
    "во-первых", "One day the troops arrived". Only the words around it are read (a window)."""
    idioms = _idioms(lang)
    if not idioms:
        return False
    entries = [e for f in dict.fromkeys((form, *lemmas(t[a:b], lang))) for e in idioms.get(f, ())]
    if not entries:
        return False  # "одна" is its own form in the table, "один" its lemma
    n = tables_for(lang)["numbers"]
    for words, k, opening in entries:
        if words[k][1] not in lemmas(t[a:b], lang):
            continue
        start, ok = a, True
        for j in range(k, 0, -1):  # the words before the number word, right to left
            sep = r"\s+" if words[j][0] == " " else "-"
            m = re.search(rf"(?<![{_LETTER}])([{_LETTER}']+\.?){sep}$", t[max(0, start - 40):start])
            if not m or words[j - 1][1] not in lemmas(m.group(1), lang):
                ok = False
                break
            start -= len(m.group(0))
        if not ok:
            continue
        end = b
        for j in range(k + 1, len(words)):
            sep = r"\s+" if words[j][0] == " " else "-"
            m = re.match(rf"{sep}([{_LETTER}']+\.?)", t[end:end + 40])
            word = m.group(1) if m else ""
            if m and not words[j][1].endswith(".") and word.endswith("."):
                word = word[:-1]  # the full stop of a sentence
            if not m or words[j][1] not in lemmas(word, lang):
                ok = False
                break
            end += m.start(1) + len(word)
        if not ok or re.match(rf"[{_LETTER}\d]", t[end:end + 1]):
            continue
        if opening and not _OPENS.search(t[max(0, start - 4):start]):
            continue
        nxt = re.match(rf"\s+([{_LETTER}']+)", t[end:end + 30])
        if nxt and set(lemmas(nxt.group(1), lang)) & set(n.get("idiom_breakers", [])):
            continue  # "One day later", "одни сутки"
        return True
    return False


def _before_scale(t: str, b: int, n: dict) -> bool:
    """Whether a multiplier or scale word (cardinal or ordinal) follows `b`: "one thousand",
    "one hundredth"."""
    m = re.match(rf"\s+([{_LETTER}]+)", t[b:b + 40])
    if not m:
        return False
    word = m.group(1).lower()
    return word in n["multipliers"] or word in n["scales"] or \
        n["ordinal_words"].get(word, 0) >= 100


def _half_words(t: str, lang: str, n: dict) -> list[Piece]:
    """"полмиллиона" = 500 000, "пол-миллиона", "полсотни" = 50: a prefix meaning half, then
    a scale or counting word (one word; "полчаса", "полтора" are none)."""
    prefixes = n.get("half_prefixes", [])
    if not prefixes:
        return []
    out = []
    for m in re.finditer(rf"(?<![{_LETTER}])({alternation(prefixes)})([{_LETTER}]+)", t, re.I):
        for form in lemmas(m.group(2), lang):
            whole = n["scales"].get(form) or n["multipliers"].get(form)
            if whole:
                out.append(Piece(m.start(), m.end(), NUM, Decimal(str(whole)) / 2))
                break
    return out


def _uncounted(t: str, r: Reading, run: list[Piece], lang: str, n: dict) -> bool:
    """A scale or counting word with no count of its own: a vague quantity ("thousands of
    prisoners", "several hundred", "тысячи пленных", "десятки тысяч") or a millennium after a
    Roman numeral ("II тыс. до н. э."). Neither is a number."""
    first = next((p for p in run if p.start == r.start), None)
    if first is None or first.role not in (MULT, SCALE):
        return False
    word = t[first.start:first.end].lower().rstrip(".")
    before = t[max(0, r.start - 40):r.start]
    if word in n.get("vague_plurals", []):
        prev = re.search(rf"(?<![{_LETTER}])([{_LETTER}]+\.?)\s+$", before)
        if not (word in n.get("vague_plurals_singular", []) and prev is not None
                and prev.group(1).lower() in n.get("singular_after", [])):
            return True  # not "около тысячи человек", a genitive singular
    vague = n.get("vague_before", [])
    if vague and re.search(rf"(?<![{_LETTER}]){alternation(vague)}\s+$", before, re.I):
        return True
    if first.role == SCALE and first.end == r.end and _unit_label(t, r.start, r.end, n):
        return True  # "(million tons)", "(млн т)": the unit of a table's figures
    return re.search(rf"(?<![{_LETTER}\d]){_roman_numeral(lang)}\s+$", before) is not None


def _unit_label(t: str, a: int, b: int, n: dict) -> bool:
    """Whether a scale word with no count at a..b is the unit of a table's figures: it opens a
    bracketed heading, maybe after a label word or a currency ("(million tons)", "(in thousand
    tonnes)", "(£ million)", "(млн т)", "（百万円）"), with no figure before the bracket
    closes; or it follows a label and a colon ("単位：千円", "Unit: million")."""
    labels = alternation(n.get("unit_labels", []))
    before = t[max(0, a - 16):a]
    if re.search(rf"[(\[]\s*(?:{labels}\s*[:：]?\s*)?(?:[^\w\s(\[]{{1,3}}\s*|[A-Z]{{3}}\s+)?$",
                 before, re.I):  # "(million tons)", "(in £ million)", "(USD million)"
        return re.match(r"[^\d()\[\]\n]{0,30}[)\]]", t[b:b + 32]) is not None
    if re.search(rf"(?<![{_LETTER}]){labels}\s*[:：]\s*$", before, re.I):
        return re.match(r"[^\d\n]{0,30}(?:$|\n|[)\];。])", t[b:b + 32]) is not None
    return False


@cache
def _roman_numeral(lang: str) -> str:
    """A Roman numeral in capitals, Cyrillic look-alikes too ("XX", "ХХ", "II")."""
    tables = tables_for(lang)
    letters = [c for c in [*tables.get("roman", {}), *tables.get("roman_lookalikes", {})]
               if c.isupper()]
    return f"[{re.escape(''.join(letters))}]+" if letters else "(?!x)x"


def _after_word(t: str, a: int, words: list[str]) -> bool:
    m = re.search(rf"([{_LETTER}]+)\s+$", t[max(0, a - 30):a])
    return bool(m and m.group(1).lower() in words)


def _runs(t: str, pieces: list[Piece]) -> list[list[Piece]]:
    """Split pieces where anything but spaces or one hyphen separates them."""
    runs: list[list[Piece]] = []
    for p in pieces:
        gap = t[runs[-1][-1].end:p.start] if runs else "x"
        words = runs and not (p.digits or runs[-1][-1].digits)
        if runs and runs[-1][-1].end <= p.start and (
                re.fullmatch(r"\s*-?\s*", gap) or (words and re.fullmatch(r"\s*–\s*", gap))):
            p.hyphened = gap == "-"
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def _from_reading(r: Reading) -> Found:
    return Found(r.start, r.end, r.value, ordinal=r.ordinal, scale=r.scale, words=r.words,
                 tail=r.tail)


def _scan_kanji(t: str, pat: re.Pattern[str], tables: dict, free) -> list[Found]:
    matches = list(pat.finditer(t))
    if not matches:
        return []  # most text has no kanji numeral: spare it the tables below
    n = tables["numbers"]
    digits = n.get("kanji_digits") or tables_for("ja")["numbers"]["kanji_digits"]
    mults = {k: v for k, v in (n.get("multipliers") or {}).items() if _HAN.match(k)} \
        or tables_for("ja")["numbers"]["multipliers"]
    scales = {k: v for k, v in (n.get("scales") or {}).items() if _HAN.match(k)} \
        or tables_for("ja")["numbers"]["scales"]
    ja = tables_for("ja")["numbers"]
    marks = tuple(ja.get("decimal_words", []))
    fraction_of = set(ja.get("fraction_of", []))
    mixed = set(ja.get("mixed_fraction", []))
    out: list[Found] = []
    for m in matches:
        a, b = m.span()
        s = m.group()
        # Trim separators the run may have swallowed at its ends.
        while s and s[-1] in ".,":
            s, b = s[:-1], b - 1
        while s and s[0] in ".,":
            s, a = s[1:], a + 1
        if not s or not free(a, b) or re.match(rf"[{_LETTER}\d]", t[a - 1:a]):
            continue
        kanji = [c for c in s if not c.isascii() and c not in "点・"]
        if not kanji and "点" not in s:
            continue
        if re.search(rf"\d[{''.join(digits)}]|[{''.join(digits)}]\d", s):
            continue  # a figure glued to a kanji digit is no numeral: "第3四半期" (3, 四半期)
        bare = all(c in scales or c in mults for c in kanji) and len(kanji) == len(s)
        if bare and _unit_label(t, a, b, ja):
            continue  # "（百万円）", "単位：千円": the unit of a table's figures
        if t[b:b + 1] in ja.get("vague_after", []) and _HAN.match(t[b + 1:b + 2] or " "):
            continue  # "二十数名", "二百数十人": twenty-odd, a vague quantity
        if _HAN.match(t[b:b + 1] or " ") and _HAN.match(t[a - 1:a] or " ") is None and \
                _inside_word(t, a, b, ja):
            continue  # "一時", "八百屋", "六本木", "四日市": a word of its own, no count
        if _name_start(t, b, ja) or t[b:b + 1] == "式":
            continue  # "十日町", "二月堂", "九十九島": a name; "九七式": a type, no count
        if "・" in s and _HAN.match(t[b:b + 1] or " ") and t[b:b + 1] not in _JA_COUNTERS:
            continue  # "二・二六事件", "五・一五事件": an event named by its month and day
        if len(s) == 1 or bare:
            before, after = t[a - 1:a], t[b:b + 1]
            fraction = t[a - 2:a] in fraction_of or t[b:b + 2] in fraction_of or before in mixed
            fraction = fraction or after == "%"
            ordinal = before == "第"  # "第七連隊", "第二次": an ordinal before any noun
            if not fraction and not ordinal and (
                    (_HAN.match(before) and before not in _JA_PREFIXES
                     and not _counted_after_noun(t, a, b, ja)) or
                    (_HAN.match(after) and after not in _JA_COUNTERS)):
                continue
        value = read_kanji(re.sub(_APPROX, "", s), digits, mults, scales, marks)
        if value is None:
            continue
        scale = next((Decimal(scales[c]) for c in s if c in scales), None)
        out.append(Found(a, b, value, scale=scale, words=True))
    return _spaced_kanji(t, out, digits, mults, scales)


def _counted_after_noun(t: str, a: int, b: int, ja: dict) -> bool:
    """"死者五人", "捕虜千人", "兵士千百名": a one-character or bare-multiplier numeral right
    after a kanji noun is a number where a counter of people or things follows it (the table's
    `noun_counters`: not 条 of "西九条", a place, nor 年 of "昭和五年", a date, nor 分 of
    "腹八分目", eight tenths) and the numeral begins a word of its own (UniDic): not the 一 of
    "同一人物" or "統一日", nor the 千 of "数千人" (several thousand, a vague quantity)."""
    if t[b:b + 1] not in ja.get("noun_counters", "") or t[a - 1:a] in ja.get("vague_before", []):
        return False
    if t[a:b] == "一" and (t[b:b + 1] not in "人名" or t[b + 1:b + 2] == "一"):
        return False  # "関東一円", "その後一部", "人一倍", "一人一人"; "捕虜一名" counts
    start = a
    while start > max(0, a - 8) and _HAN.match(t[start - 1]):
        start -= 1  # from the start of the kanji run: the words before the numeral
    return _numeral_word_at(t[start:b + 2], a - start, b - a)


@lru_cache(maxsize=4096)
def _numeral_word_at(window: str, at: int, length: int) -> bool:
    """Whether UniDic starts a word at `at` that is a numeral, or the numeral and its
    counter as one word ("一人"), and the kanji before and the numeral's first make no common
    word of their own ("同一", "再三", "万一": "同一年" is the same year, whatever the split);
    False without fugashi (the numeral stays unread, as before)."""
    try:
        words = _unidic_words(window)
        pair = _unidic_words(window[at - 1:at + 1])
    except Exception:
        return False
    if len(pair) == 1 and pair[0][1] != "固有名詞":
        return False  # a name ("民三") is no word of the text around it: "住民三人"
    pos = 0
    for surface, pos2 in words:
        pos = window.find(surface, pos)
        if pos < 0 or pos > at:
            return False
        if pos == at:  # the numeral, or the numeral and its counter as a common noun ("一人")
            return pos2 == "数詞" or (surface == window[at:at + length + 1] and pos2 != "固有名詞")
        pos += len(surface)
    return False


def _name_start(t: str, b: int, ja: dict) -> bool:
    """Whether the numeral ending at `b` begins a name of a place or building (the tables'
    `name_counters` and `name_endings`): "十日町", "八日市", "二月堂", "九十九島"."""
    c, d, e = t[b:b + 1], t[b + 1:b + 2], t[b + 2:b + 3]
    if c and c in ja.get("name_counters", "") and d and d in ja.get("name_endings", ""):
        return not _HAN.match(e or " ")
    return bool(c and c in ja.get("name_endings_direct", "")) and not _HAN.match(d or " ")


def _inside_word(t: str, a: int, b: int, ja: dict) -> bool:
    """Whether UniDic reads the kanji numeral at a..b, with a kanji after it, as the start of a
    longer word that is no numeral ("一時", "一部", "八百屋", "千歳", "六本木", "四日市", "五月雨"),
    not as a numeral of its own ("三百四十七名", "七十六万人", "一度"); the words of the table's
    `count_words` ("一人") count all the same."""
    end = b
    while end < min(len(t), b + 6) and (_HAN.match(t[end]) or "\u30a0" <= t[end] <= "\u30ff"):
        end += 1
    return _longer_word(t[a:end + 2], b - a, tuple(ja.get("count_words", [])))


@lru_cache(maxsize=4096)
def _longer_word(window: str, length: int, counts: tuple[str, ...]) -> bool:
    try:
        words = _unidic_words(window)
    except Exception:
        return False  # no fugashi: the numeral is read as before
    if not words:
        return False
    surface, pos2 = words[0]
    return len(surface) > length and pos2 != "数詞" and surface not in counts


def _unidic_words(text: str) -> list[tuple[str, str]]:
    """(surface, second part-of-speech level) of UniDic's words in `text`."""
    from powtext.resources import unidic_tagger

    return [(w.surface, w.feature.pos2) for w in unidic_tagger()(text)]


_KANA_RUN = re.compile(r"(?<![\u3041-\u309f])[\u3041-\u3096]+(?![\u3041-\u309f])")


def _scan_kana(t: str, tables: dict) -> list[Found]:
    """Numerals in hiragana standing alone between spaces, kanji, katakana or punctuation:
    "にじゅうさん", "さんびゃく ろっぴゃく"; one reading alone only from the `kana_alone` list."""
    n = tables["numbers"]
    table = n.get("kana_numerals")
    if not table:
        return []
    ja = tables_for("ja")["numbers"]
    out: list[Found] = []
    for m in _KANA_RUN.finditer(t):
        before, after = t[m.start() - 1:m.start()], t[m.end():m.end() + 1]
        if any(c and (c.isalnum() or c in "ー・") for c in (before, after)):
            continue  # inside running text: "田中さんに" is no 32
        kanji = kana_to_kanji(m.group(), table)
        if kanji is None or (len(kanji) == 1 and m.group() not in n.get("kana_alone", [])):
            continue
        if 1 < len(kanji) < 3 and not any(c in ja["multipliers"] or c in ja["scales"]
                                          for c in kanji):
            continue  # "ごく" is "very", not 59: digit by digit only from three readings
        value = read_kanji(kanji, ja["kanji_digits"], ja["multipliers"], ja["scales"])
        if value is not None:
            out.append(Found(m.start(), m.end(), value, words=True))
    return out


def _spaced_kanji(t: str, found: list[Found], digits, mults, scales) -> list[Found]:
    """"一百 五 十 二", "三千 八百 九十六 万": one numeral written with spaces between its parts."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        gap = t[prev.end:f.start] if prev is not None else ""
        if prev is not None and re.fullmatch(r" +(?:[万萬億兆] +)?", gap):
            left, right = t[prev.start:prev.end].replace(" ", "") + gap.strip(), t[f.start:f.end]
            if all(c in digits or c in mults or c in scales for c in left + right) and \
                    (left[-1] in mults or left[-1] in scales or right[0] in mults
                     or right[0] in scales):
                joined = re.sub(" +", "", t[prev.start:f.end])
                value = read_kanji(joined, digits, mults, scales)
                if value is not None:
                    scale = next((Decimal(scales[c]) for c in joined if c in scales), None)
                    out[-1] = Found(prev.start, f.end, value, scale=scale, words=True)
                    continue
        out.append(f)
    return out


def _dedupe(found: list[Found]) -> list[Found]:
    """Keep the longest reading where two overlap."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[Found] = []
    for f in found:
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


def _fractions(t: str, found: list[Found], tables: dict) -> list[Found]:
    """Join "3/4" and "4分の1" into one number: a table says which side is the denominator."""
    n = tables["numbers"]
    over = n.get("fraction_over", [])
    of = n.get("fraction_of", []) or (tables_for("ja")["numbers"]["fraction_of"]
                                      if _HAN.search(t) else [])
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and not (a.ordinal or b.ordinal):
            gap = t[a.end:b.start]
            num = den = None
            # "1/2 million", "3 1/2 million": the scale multiplies the whole number and fraction
            times = b.scale if b.scale and not a.scale and (b.value / b.scale) == int(
                b.value / b.scale) else Decimal(1)
            if gap.strip() in of and gap.strip():
                num, den, times = b.value, a.value, Decimal(1)  # "2008分の300万": b is whole
            elif gap in over and not a.scale and (not b.scale or times != 1) \
                    and b.value == int(b.value) and not _two_years(t, a, b) \
                    and t[b.end:b.end + 1] != gap and t[a.start - 1:a.start] != gap:
                if not _fraction_shape(t, a, b, b.value / times, tables):
                    i += 2  # "24/7", "FO 371/24843", "after 9/11": a code or a day, no numbers
                    continue
                num, den = a.value, b.value / times
            else:
                times = Decimal(1)
            if den:
                frac = Found(a.start, b.end, num / den)
                whole = out[-1] if out else None
                link = t[whole.end:a.start].strip() if whole else None
                spaced = whole is not None and gap in over and num < den and \
                    re.fullmatch(r"-?\d{1,3}", t[whole.start:whole.end]) is not None and \
                    t[whole.end:a.start] == " "  # "1 3/5", "2 1/2 miles"
                if whole and (spaced or (link and link in n.get("mixed_fraction", []) + (
                        tables_for("ja")["numbers"].get("mixed_fraction", []) if of else []))):
                    sign = -1 if whole.value < 0 else 1  # 1と4分の1, マイナス一と二分の一
                    out[-1] = Found(whole.start, b.end, (whole.value + sign * frac.value) * times,
                                    scale=b.scale if times != 1 else None)
                else:
                    frac.value *= times
                    out.append(frac)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _fraction_shape(t: str, a: Found, b: Found, den: Decimal, tables: dict) -> bool:
    """Whether "a/b" reads as a fraction, not as an identifier or a day and month: a fraction
    in prose is small, a part below a whole of at most 100 ("1/2", "2/3 of the army", "9/10")
    or one part of a larger one ("1/1000"); above one only with a sign or decimals ("-3/2",
    "120.5/100"), over a hundred ("3,000/100") or standing alone. After a label ("Case No.
    1945/12", "FO 371/24843", "T-34/85", "Рег. № 12/1943") it is a code, after a date
    preposition ("after 9/11") a day; "24/7", "7/7" are none."""
    lang = tables.get("lang", "und")
    if _after_label(t, a.start, lang):
        return False
    words = tables["numbers"].get("fraction_not_after", [])
    if words and re.search(rf"(?<![{_LETTER}]){alternation(words)}\s+$",
                           t[max(0, a.start - 12):a.start], re.I):
        return False
    num = a.value
    if 0 <= num < den:
        return den <= 100 or num == 1
    if num < 0 or num != int(num) or den == 100:
        return True
    return not t[:a.start].strip() and not t[b.end:].strip()


def _two_years(t: str, a: Found, b: Found) -> bool:
    """"1941/42", "1858/59", "1939/1940": a year and the next one, which the date extractor
    reads as a season spanning the two (or, in year-month order, a month), never a fraction."""
    first, second = _text_of(t, a), _text_of(t, b)
    if not (re.fullmatch(r"\d{4}", first) and re.fullmatch(r"\d{2}|\d{4}", second)):
        return False
    y = int(first)
    y2 = int(second) if len(second) == 4 else y // 100 * 100 + int(second)
    if len(second) == 2 and y2 <= y:
        y2 += 100  # "1999/00"
    return y >= 1000 and y2 == y + 1 <= 2199


@lru_cache(maxsize=64)
def _has_han(t: str) -> bool:
    """Whether a text has kanji (asked for every number in it: scanned once)."""
    return _HAN.search(t) is not None


_TEMPERATURES = ("celsius", "fahrenheit")


def _below_zero(t: str, f: Found, tables: dict) -> None:
    """A temperature below zero: an en dash written for the minus sign ("–45 °С", as Russian
    print sets it), or the words after its unit ("20 degrees below zero", "40 °F below zero")."""
    n = tables["numbers"]
    if f.unit is None:  # "20 degrees below zero": a degree of no named scale
        m = re.match(rf"\s+{alternation(n.get('degree_words', []))}(?![{_LETTER}])", t[f.end:],
                     re.I) if n.get("degree_words") else None
        end = f.end + m.end() if m else None
    else:
        end = f.unit_end
        if t[f.start - 1:f.start] == "\u2013" and not re.match(r"[\w.,]",
                                                               t[f.start - 2:f.start - 1]):
            f.start -= 1
            f.value = -f.value
            return
    words = n.get("below_zero", [])
    if end and words and re.match(rf"\s+{alternation(words)}(?![{_LETTER}])", t[end:], re.I):
        f.value = -f.value


def _attach_sign(t: str, f: Found, tables: dict) -> None:
    """"minus 5", "минус 5", "マイナス5": a minus word before the number negates it."""
    words = list(tables["numbers"].get("minus", []))
    if _has_han(t) or "\u30a0" <= t[f.start - 1:f.start] <= "\u30ff":
        words += tables_for("ja")["numbers"].get("minus", [])
    words = [w for w in words if w != "-"]
    m = re.search(rf"(?<![{_LETTER}])({alternation(words)})\s*$", t[max(0, f.start - 12):f.start],
                  re.I) if words else None
    if m and not m.group(1)[-1].isalpha() and m.end(1) != len(m.string):
        m = None  # a sign ("▲") joins the number it stands before; spaced, it is a bullet
    if m and f.value > 0:
        f.start -= len(m.group(0))
        f.value = -f.value
    elif f.value > 0 and t[f.start - 1:f.start] == "-" and f.words and \
            not re.match(rf"[{_LETTER}\d\-{_KANJI_NUM}]", t[f.start - 2:f.start - 1]):
        # (after "35万" the dash joins a range: "35万-40万人")
        f.start -= 1  # "-1万", "−１万": a minus sign glued to a kanji numeral
        f.value = -f.value


# --- context: ordinals, units, exclusions ---------------------------------------------------

def _blocked(t: str, f: Found) -> bool:
    after = t[f.end:f.end + 4]
    if re.match(r"\.\s*\^", after):
        return True  # a reference label "1. ^"
    # a citation marker left in the text
    return t[f.start - 1:f.start] == "[" and t[f.end:f.end + 1] == "]"


def _script_lang(char: str) -> str | None:
    """The table language a unit written in this script most likely belongs to."""
    if _HAN.match(char) or "\u3040" <= char <= "\u30ff":
        return "ja"
    if "\u0400" <= char <= "\u04ff":
        return "ru"
    return None


def _attach_unit(t: str, f: Found, tables: dict, kind: str) -> None:
    n = tables["numbers"]
    ja = tables.get("lang") == "ja" or _HAN.search(t[f.start:f.end] + t[f.end:f.end + 1])
    before = t[max(0, f.start - 12):f.start]
    for prefix in n.get("ordinal_prefix", []) + (["第"] if ja else []):
        if before.endswith(prefix):
            f.start -= len(prefix)
            f.ordinal = True
            break
    tail = t[f.end:f.end + 24]
    for suffix in n.get("ordinal_after", []) if not f.ordinal else []:
        # "2位", "3番目" are ordinals by their counter; after "第" the counter is a noun of its
        # own and stays outside the span, as in "第3章", "第1回": "第1位" is "第1" + 位
        if tail.startswith(suffix):
            f.end += len(suffix)
            f.ordinal = True
            return
    mark = n.get("ordinal_counter_mark")
    if mark and n.get("counter_word") and not f.ordinal and not f.unit:
        # "3人目", "2つ目", "5ページ目": a counter, then 目, counts the place; not "八分目"
        # (eight tenths) nor a word made with 目 ("5人目標": a target of 5)
        cm = re.match(rf"({n['counter_word']}){re.escape(mark)}(?![\u3400-\u9fff])", tail)
        if cm and not set(cm.group(1)) & set(n.get("ordinal_counter_not", "")):
            f.end += cm.end()
            f.ordinal = True
            return
    if f.ordinal or f.unit:
        return
    units, spaced, words = _units(tables.get("lang", "und"),
                                  _script_lang(t[f.end:f.end + 1] or " "), kind in _REFERENCE_KINDS)
    m = re.match(r"\s*(?:余り?)?" if ja else r"\s*", tail)  # "6万余人": some 60,000 people
    gap = m.end() if m else 0
    rest = tail[gap:]
    if rest.lower().startswith(tuple(n.get("not_units_after", []))):
        return  # "300 т. н. кулаков": an abbreviation, no tonnes
    hm = re.match(rf"[-\u2010\u2011]([{_LETTER}][{_LETTER} .]*)", tail) if not ja else None
    um = words[1].match(hm.group(1).lower()) if hm else None
    if um and len(um.group()) > 1:  # a compound adjective: "a 76.2-mm gun", "a 7-percent drop"
        f.unit, f.unit_end = units[um.group()], f.end + 1 + um.end()
        if f.unit in _SPAN_UNITS:
            f.end = f.unit_end
        return
    for word, times in sorted(n.get("percent_words", {}).items(), key=lambda kv: -len(kv[0])):
        if tail.startswith(word):  # "3割" = 30 %, "七割半" = 75 %
            f.value *= Decimal(times)
            f.end += len(word)
            half = n.get("half")
            if half and t.startswith(half, f.end):
                f.value += Decimal(times) / 2
                f.end += len(half)
            elif word in n.get("percent_parts_after", []):
                _percent_parts(t, f, n)  # "3割2分5厘" = 32.5 %
            f.unit = "percent"
            return
    for name, unit in spaced:
        sm = re.match(r"\s*".join(map(re.escape, name)), rest)  # "パ ー セ ン ト"
        if sm and not rest.startswith(name):
            f.unit = unit
            f.end += gap + sm.end()
            return
    glued = _glued_pattern(tables.get("lang", "und")) if not gap else None
    gm = glued.match(rest) if glued is not None else None
    if gm:  # "120m", "150km/h": written right after the figure, in the symbol's own case
        f.unit, f.unit_end = n["glued_units"][gm.group()], f.end + gm.end()
        return
    um = words[tail[:1].isspace()].match(rest.lower())
    if um and len(um.group()) == 1 and _HAN.match(um.group()) and _starts_word(rest):
        um = None  # "2019名古屋": 名 begins a place name here, it counts nobody
    if um:
        f.unit = units[um.group()]
        f.unit_end = f.end + gap + um.end()
        if f.unit in _SPAN_UNITS:
            f.end += gap + um.end()
        return
    wm = re.match(rf"[{_LETTER}]+(?![\d²³/])", rest)
    if wm and gap:
        for form in lemmas(wm.group(), tables.get("lang", "und")):
            if form in units:
                f.unit = units[form]
                f.unit_end = f.end + gap + wm.end()
                if f.unit in _SPAN_UNITS:
                    f.end += gap + wm.end()
                return
    adjective = n.get("people_adjective")
    modifier = n.get("people_modifier")
    words_before = "|".join(p for p in (adjective, modifier) if p)
    for count in (1, 2) if words_before and gap else ():
        # "35,000 Japanese prisoners", "560 тысяч японских военнопленных", "2,700 further
        # detainees": one word before the noun, then two ("35,000 Japanese prisoners were")
        am = re.match(rf"((?:(?:{words_before})\s+){{{count}}})([{_LETTER}]+)", rest)
        if am and any(units.get(form) == "person"
                      for form in lemmas(am.group(2), tables.get("lang", "und"))):
            f.unit, f.unit_end = "person", f.end + gap + am.end()
            return
    if n.get("people_by_morphology") and gap:
        # Russian: the counted people by their grammar, after any adjectives ("278 тыс.
        # японцев", "1200 пленных немецких солдат")
        words = list(re.finditer(rf"[{_LETTER}]+", rest[:80]))[:5]
        not_people = frozenset(n.get("not_people", []))
        for i, w in enumerate(words if words and words[0].start() == 0 else []):
            if counts_people(w.group(), words[i + 1].group() if i + 1 < len(words) else "",
                             not_people):
                f.unit, f.unit_end = "person", f.end + gap + w.end()
                return
            if i + 1 == len(words) or not re.fullmatch(n["people_adjective"], w.group()) or \
                    rest[w.end():words[i + 1].start()].strip():
                break  # only adjectives may stand between the figure and its people
    nouns = n.get("people_nouns")
    nm = re.match(rf"({alternation(nouns)})(?![{_LETTER}])(?!\s+[a-z]+s\b)", rest) \
        if nouns and gap else None
    if nm:  # "50,000 Japanese were held" (not "3,000 Japanese tanks")
        f.unit, f.unit_end = "person", f.end + gap + nm.end()
        return
    # a word of its own: not the end of "chauffeur" (eur), "Corp." (p.) nor "HK$" ($)
    pm = re.search(rf"(?<![{_LETTER}\d])({alternation(n.get('prefix_units', {}))})\s*$", before,
                   re.I)
    if pm:
        f.unit = n["prefix_units"][pm.group(1).lower()]
    elif kind in _REFERENCE_KINDS and re.search(_PAGES_AFTER, before):
        f.unit = "page"  # "12 (1995): 205–58", "29(11), 13–38", "(Moscow, 2005), 76"


def _starts_word(rest: str) -> bool:
    """Whether the kanji at the start of `rest` begins a longer word (UniDic's first word)."""
    if not _HAN.match(rest[1:2]):
        return False  # "5名が", "76万人分": a counter by itself
    try:
        from powtext.resources import unidic_tagger

        first = next(iter(unidic_tagger()(rest[:12])), None)
    except Exception:  # no fugashi: read the counter as a counter
        return False
    return first is not None and len(first.surface) > 1


def _percent_parts(t: str, f: Found, n: dict) -> None:
    """The smaller parts after a percentage in 割: one digit each, "2分" = 2 %, "5厘" = 0.5 %."""
    digits = n.get("kanji_digits", {})
    for part, size in n.get("percent_parts", {}).items():
        d = t[f.end:f.end + 1]
        if t.startswith(part, f.end + 1) and ((d.isascii() and d.isdigit()) or d in digits):
            f.value += (Decimal(d) if d.isascii() else Decimal(digits[d])) * Decimal(str(size))
            f.end += 1 + len(part)


@cache
def _units(lang: str, script_lang: str | None, reference: bool):
    """The unit words a number of `lang` may take, followed by text of `script_lang`, in a
    segment that is a reference or not (built once, not per number): {word: unit}; the
    Japanese names that count spaced out ("パ ー セ ン ト"); and two patterns for the longest
    unit word at a point, right after the number and after a space."""
    units = dict(tables_for(lang)["numbers"].get("units", {}))
    if script_lang and script_lang != lang:
        units.update(tables_for(script_lang)["numbers"].get("units", {}))
    if reference:
        # Bibliographic abbreviations cross languages: a Russian "1118 с." in an English entry.
        for other in ("en", "ru", "ja", lang):
            units.update(tables_for(other)["numbers"].get("reference_units", {}))
    by_length = sorted(units, key=len, reverse=True)
    spaced = [(name, units[name]) for name in by_length
              if len(name) > 2 and _script_lang(name[:1]) == "ja" and units[name] in _SPAN_UNITS]

    def pattern(names: list[str]) -> re.Pattern[str]:
        # a name that ends in a letter must end the word: "km" is no unit of "5 kmh"
        # and a letter symbol takes no digit or power after it: "km3" is no kilometre
        alts = [re.escape(n) + (rf"(?![{_LETTER}\d²³/])" if re.match(rf"[{_LETTER}]", n[-1])
                                else "") for n in names]
        return re.compile("|".join(alts) or "(?!x)x")

    # after a space, a Japanese unit of one character is more likely the next word's ("5 名古屋")
    spaced_out = [n for n in by_length if _script_lang(n[:1]) != "ja" or len(n) > 1]
    return units, spaced, (pattern(by_length), pattern(spaced_out))


# --- ranges ---------------------------------------------------------------------------------

_MARKERS = r"(?:\[\d{1,3}\])*"  # citation markers left between a range's parts: "60,000[2] and"


def _ranges(t: str, found: list[Found], tables: dict, kind: str = "paragraph"):
    """Pairs of numbers joined as a range: "560,000 to 760,000", "between 1 and 5", "5〜10万"."""
    pairs = tables["numbers"].get("ranges", {}).get("pairs", [])
    counter_word = tables["numbers"].get("counter_word")
    used: set[int] = set()
    for lo, hi in pairwise(found):
        if lo.ordinal != hi.ordinal or id(lo) in used:
            continue  # "第10と第15の間", "10th to 15th": both ends ordinals, or neither
        if lo.dotted or hi.dotted:
            # a part of a dotted date ("11.06.1820") is no end of a range of numbers; a day and
            # month before it, as the date's other end, are a date too: "с 9.02 по 11.06.1820"
            if hi.dotted and not lo.dotted and _day_month(t, lo) and \
                    _range_gap(t, lo, hi, pairs) and _day_month(t, hi, dotted=True):
                lo.date_part = True
            continue
        gap = t[lo.end:hi.start]
        start, end = lo.start, hi.end
        cm = re.match(counter_word, gap) if counter_word else None
        while cm and cm.group() and not t.startswith(cm.group(), hi.end):
            cm = re.match(counter_word, cm.group()[:-1])  # "円から": try the shorter word
        if cm and cm.group() and not lo.ordinal:
            # "一個から五個まで", "100メートルから200メートル": the counter after each end
            gap, end = gap[len(cm.group()):], end + len(cm.group())
        matched = bool(re.fullmatch(r"\s*[–~]\s*|-", gap))
        for pair in pairs:
            opener, conn = pair[0], pair[1]
            closer = pair[2] if len(pair) > 2 else ""
            if not re.fullmatch(rf"{_MARKERS}\s*{re.escape(conn)}\s*", gap, re.I):
                continue
            if conn.isalpha() and conn.isascii() and not re.fullmatch(rf"{_MARKERS}\s+\w+\s+", gap):
                continue
            if closer and not t.startswith(closer, end):
                continue
            if opener:
                om = re.search(rf"(?<![{_LETTER}]){re.escape(opener)}\s+$", t[:lo.start], re.I)
                if not om:
                    continue
                start = om.start()
            end = end + len(closer)
            matched = True
            break
        if not matched or (_tally(t, lo.start, tables) and not (lo.unit or hi.unit) and
                           not _counted_after(t, hi.end)):
            continue  # "passed 278 to 195 in the Commons" (not "lost 200 to 300 men")
        if re.fullmatch(r"[–\-]", gap) and (
                re.search(rf"(?<![{_LETTER}\d])[{_LETTER}]+-$", t[max(0, lo.start - 12):lo.start])
                or re.fullmatch(r"0\d+", _text_of(t, lo))
                or re.fullmatch(rf"0\d{{{max(1, len(_text_of(t, lo)) - 1)},}}", _text_of(t, hi))):
            continue  # "T-34-85", "0022-2801", "555-0123": parts of a code (not "1200-05")
        if hi.scale and not lo.scale and lo.value * hi.scale <= hi.value:
            lo.value *= hi.scale  # "5〜10万", "3 to 5 million": the scale covers both ends
            lo.scale = hi.scale
        elif re.fullmatch(r"1\d{3}|20\d\d", _text_of(t, lo)) and re.fullmatch(
                r"\s*[–—-]\s*", gap) and ((hi.scale and not lo.scale) or hi.value >= 10 * lo.value):
            continue  # "1912 – 170 million": a year and its figure, in a series ("900,000 to
            # 1.2 million" is a range: its lower end is written in full)
        elif not (lo.scale or hi.scale) and re.fullmatch(r"\s*–\s*|-", gap) and \
                not _pages(lo, hi, kind):
            _shared_thousands(t, lo, hi, tables)
        if lo.value >= hi.value and re.fullmatch(r"\s*[–\-]\s*", gap) and \
                _pages(lo, hi, kind):
            _elided(t, lo, hi)
        if lo.value >= hi.value:
            continue
        if hi.unit == "percent" and not lo.unit and re.fullmatch(r"\s*[–~〜～\-]\s*", gap):
            word = next((w for w in tables["numbers"].get("percent_words", {})
                         if t[:hi.end].endswith(w)), None)
            if word is not None:  # "三～四割" = 30–40 %: the 割 covers both ends
                lo.value *= Decimal(tables["numbers"]["percent_words"][word])
        if hi.unit and not lo.unit:
            lo.unit = hi.unit
        elif lo.unit and not hi.unit:
            hi.unit = lo.unit  # "pp. 112–118", "$5–10": a unit written before the range
        used.add(id(hi))
        yield lo, hi, start, end


_CLAUSE_WORDS = frozenset(("in", "on", "at", "by", "and", "with", "after", "before", "when",
                           "but", "to", "the", "a", "against", "for", "votes"))


def _counted_after(t: str, at: int) -> bool:
    """A lower-case word after a figure that may be what it counts ("300 men", "5 seats")."""
    m = re.match(r"\s+([a-z]+)\b", t[at:at + 24])
    return m is not None and m.group(1) not in _CLAUSE_WORDS


def _tally(t: str, at: int, tables: dict) -> bool:
    """A word of voting or winning right before two figures: a tally ("passed 278 to 195")."""
    words = tables["numbers"].get("ranges", {}).get("tally_after", [])
    return bool(words) and re.search(rf"(?<![{_LETTER}]){alternation(words)}\s+$",
                                     t[max(0, at - 16):at], re.I) is not None


def _shared_thousands(t: str, lo: Found, hi: Found, tables: dict) -> None:
    """"20–25,000 troops" = 20,000–25,000: a bare lower end below the leading figures of an
    upper end written with groups of zeros takes those groups, as "10–15 thousand" takes
    the scale ("500–1,000" stays: 500 is above 1)."""
    low, high = _text_of(t, lo), _text_of(t, hi)
    groups = "".join(re.escape(g) for g in tables["numbers"].get("group", [","]))
    m = re.fullmatch(rf"(\d{{1,3}})((?:[{groups}]000)+)", high) if groups else None
    if m is None or not re.fullmatch(r"\d{1,3}", low):
        return
    shared = Decimal(1000) ** len(re.findall(r"000", m.group(2)))
    if 0 < lo.value < int(m.group(1)):
        lo.value *= shared


def _pages(lo: Found, hi: Found, kind: str) -> bool:
    """Whether a range's ends are pages: a page word says so ("pp. 422–73", "С. 1199–201",
    "422–73ページ"), or the segment is a reference (or its title), where a dash joins pages."""
    return "page" in (lo.unit, hi.unit) or kind in _REFERENCE_KINDS


def _elided(t: str, lo: Found, hi: Found) -> None:
    """"422–73" = 422–473, "1199–201" = 1199–1201: the upper end of a page range written with
    its last digits only takes the leading digits of the lower end (Chicago style)."""
    first, last = _text_of(t, lo), _text_of(t, hi)
    if not (re.fullmatch(r"\d+", first) and re.fullmatch(r"\d+", last)) or \
            len(last) >= len(first) or lo.scale or hi.scale:
        return
    value = Decimal(first[:len(first) - len(last)] + last)
    if value > lo.value:
        hi.value = value


def _range_gap(t: str, lo: Found, hi: Found, pairs: list) -> bool:
    """Whether a dash or a pair's connector (with its opener) joins `lo` and `hi`."""
    gap = t[lo.end:hi.start]
    if re.fullmatch(r"\s*[–~\-]\s*", gap):
        return True
    for pair in pairs:
        if re.fullmatch(rf"\s*{re.escape(pair[1])}\s*", gap, re.I) and (not pair[0] or re.search(
                rf"(?<![{_LETTER}]){re.escape(pair[0])}\s+$", t[:lo.start], re.I)):
            return True
    return False


def _day_month(t: str, f: Found, dotted: bool = False) -> bool:
    """A day and a month written with a dot: "9.02" read as a decimal, or the start of a
    dotted date ("11.06.1820")."""
    m = re.match(r"(\d{1,2})\.(\d{2})", t[f.start:f.end + 3 if dotted else f.end])
    return m is not None and (dotted or m.end() == f.end - f.start) and \
        1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12


# --- compound readings: fractions in words, "point" decimals, powers, scale suffixes --------

def _text_of(t: str, f: Found) -> str:
    return t[f.start:f.end]


def _denominator(t: str, f: Found, n: dict) -> tuple[Decimal, bool] | None:
    """(denominator, plural) when `f` is an ordinal word that can name a fraction's part."""
    fr = n.get("fractions", {})
    word = _text_of(t, f).lower()
    if word in fr.get("denominators", {}):
        return Decimal(fr["denominators"][word]), word.endswith(fr.get("plural", "s")) or (
            word in fr.get("plural_words", ()))  # "две трети", "три четверти"
    if not f.ordinal or not f.words or not re.fullmatch(rf"[{_LETTER}\- ]+", word) or \
            word in fr.get("not_parts", ()):
        return None
    plural = fr.get("plural")
    endings = tuple(fr.get("plural_endings", ()))
    if endings and word.endswith(endings):
        # "две пятых", "трёх десятых": an ordinal in the genitive plural after a number counts
        # parts, from thirds on ("двух первых глав" are two chapters, not 2/1)
        return (f.value, True) if f.value >= 3 else None
    return f.value, bool(plural and word.endswith(plural))


def _word_fractions(t: str, found: list[Found], tables: dict) -> list[Found]:
    """"two thirds", "one eighth", "a half", "one over three", "five and a quarter"."""
    n = tables["numbers"]
    fr = n.get("fractions")
    if not fr:
        return found
    named = fr.get("denominators", {})
    # Denominator-only words ("half", "quarter") join in below; alone they are not numbers.
    found = _dedupe(found + [Found(m.start(), m.end(), Decimal(0), ordinal=True, words=True)
                             for m in _denominator_words(n).finditer(t)])
    over = alternation(fr.get("over", []))
    joins = alternation(fr.get("and", []))
    indef = alternation(n.get("indefinite", []))
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        gap = t[a.end:b.start] if b is not None else ""
        den = _denominator(t, b, n) if b is not None else None
        if den and den[0] and not a.ordinal and a.value == int(a.value) and a.value != 0 and \
                (den[1] or abs(a.value) == 1) and re.fullmatch(r"[ \-]|\s?-\s?", gap):
            if a.tail and a.tail < den[0] and den[1]:
                # "one hundred and three quarters": a proper fraction after "and" is the
                # fractional part of a mixed number (of the scale: "five billion and a half")
                whole = a.value - a.tail
                unit = a.scale if a.scale and a.scale >= 1000 else 1
                value = whole + a.tail / den[0] * unit
            else:
                value = a.value / den[0]
            out.append(_mixed(t, out, Found(a.start, b.end, value, words=True), joins))
            i += 2
            continue
        half = _and_a_half(t, out, a, b, tables) if a.ordinal and a.value == 0 else None
        if half is not None:
            out[-1] = half  # "five and a half million", "три с половиной миллиона"
            i += 2 if half.end == (b.end if b is not None else -1) else 1
            continue
        if a.ordinal and a.value == 0 and _text_of(t, a).lower() in named and b is not None \
                and re.fullmatch(r"\s+", gap) and b.words and not b.ordinal and \
                (b.scale or re.match(rf"{indef}\s", _text_of(t, b), re.I)):
            d = _denominator(t, a, n)
            out.append(Found(a.start, b.end, b.value / d[0], words=True))  # "half a dozen"
            i += 2
            continue
        om = re.fullmatch(rf"\s+({over})\s+", gap, re.I) if b is not None else None
        if om and not (a.ordinal or b.ordinal) and b.value and \
                (om.group(1).lower() != "over" or not re.match(rf"\s*[{_LETTER}]", t[b.end:])) and \
                (om.group(1).lower() not in fr.get("ratio", []) or 1 < b.value <= 1000) and \
                (om.group(1).lower() == "over" or a.value < b.value):
            out.append(Found(a.start, b.end, a.value / b.value, words=True))
            i += 2
            continue
        lone = _denominator(t, a, n) if a.ordinal and a.words else None
        # a window, not the whole text before the number: that was quadratic in its length
        base = max(0, a.start - 40)
        im = re.search(rf"(?<![{_LETTER}]){indef}\s+$", t[base:a.start], re.I) if indef else None
        if lone and lone[0] and im and not lone[1]:
            # "a half", "a quarter", "a millionth", and "two hundred and a thirtieth"
            named_word = _text_of(t, a).lower() in named or lone[0] >= 100 or (
                "-" in _text_of(t, a) and not re.match(rf"\s*-?[{_LETTER}\d]", t[a.end:])) or (
                re.match(rf"\s+(?:{alternation(fr.get('of', []))})(?![{_LETTER}])", t[a.end:],
                         re.I) is not None)  # "a third of the army" (not "a third time")
            jbase = max(0, a.start - 60)
            jm = re.search(rf"(?<![{_LETTER}]){joins}\s+{indef}\s+$", t[jbase:a.start], re.I)
            if named_word or (jm and out and out[-1].end <= jbase + jm.start()):
                frac = Found(base + im.start(), a.end, 1 / lone[0], words=True)
                out.append(_mixed(t, out, frac, joins))
                i += 1
                continue
        word = _text_of(t, a).lower()
        if not (a.ordinal and a.value == 0 and word in named):
            out.append(a)
        elif not fr.get("plural") or not word.endswith(fr["plural"]):
            pre = _comparative_patterns(tables.get("lang", "und"))[2]
            prev = out[-1] if out else None
            alone = word in fr.get("alone", []) and not (
                prev is not None and re.fullmatch(r"\s*", t[prev.end:a.start])) and not \
                re.search(rf"[{_LETTER}]{alternation(fr.get('alone_not_after_endings', []))}\s+$",
                          t[max(0, a.start - 16):a.start], re.I) and (
                not fr.get("alone_before") or re.match(
                    rf"\s+{alternation(fr['alone_before'])}(?![{_LETTER}])", t[a.end:], re.I)) \
                and not re.search(rf"(?<![{_LETTER}]){alternation(fr.get('alone_not_after', []))}"
                                  rf"\s+$", t[max(0, a.start - 16):a.start], re.I)
            if alone or (pre is not None and pre.search(t[max(0, a.start - 32):a.start])):
                # "более трети", "Треть армии погибла" (not "первая четверть века")
                out.append(Found(a.start, a.end, 1 / Decimal(named[word]), words=True))
        i += 1
    return _of_scale(t, out, tables)


def _and_a_half(t: str, out: list[Found], a: Found, b: Found | None,
                tables: dict) -> Found | None:
    """A whole number, "and a half" (a named part), then maybe the scale that multiplies
    both: "five and a half million" = 5.5 million, "два с половиной" = 2.5."""
    n = tables["numbers"]
    fr = n["fractions"]
    named = fr.get("denominators", {})
    word = _text_of(t, a).lower()
    if not out or word not in named:
        return None
    whole = out[-1]
    indef = alternation(n.get("indefinite", []))
    link = rf"\s+{alternation(fr.get('and', []))}\s+(?:{indef}\s+)?"
    if whole.ordinal or whole.scale or whole.value != int(whole.value) or \
            not 0 < whole.value < 1000 or not re.fullmatch(link, t[whole.end:a.start], re.I):
        return None
    value = whole.value + Decimal(1) / Decimal(named[word])
    if b is not None and b.scale and b.value == b.scale and re.fullmatch(r"\s+", t[a.end:b.start]):
        return Found(whole.start, b.end, value * b.value, words=True, scale=b.scale)
    return Found(whole.start, a.end, value, words=True)


def _of_scale(t: str, found: list[Found], tables: dict) -> list[Found]:
    """"two thirds of a million": a fraction in words of a scale word."""
    indef = alternation(tables["numbers"].get("indefinite", []))
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.words and prev.value != int(prev.value) and \
                f.scale and f.value == f.scale and \
                re.fullmatch(r"\s+of\s+", t[prev.end:f.start], re.I) and \
                re.match(rf"{indef}\s", _text_of(t, f), re.I):
            out[-1] = Found(prev.start, f.end, prev.value * f.value, words=True, scale=f.scale)
            continue
        out.append(f)
    return out


def _mixed(t: str, out: list[Found], frac: Found, joins: str) -> Found:
    """"one and three fifths": a whole number joined by "and" before a fraction."""
    if out:
        whole = out[-1]
        link = t[whole.end:frac.start]
        if not whole.ordinal and re.fullmatch(rf"\s+{joins}\s+", link, re.I):
            out.pop()
            value = whole.value + frac.value
            if whole.scale and frac.value < 1:
                value = whole.value + frac.value * whole.scale  # "3 million and a half"
            return Found(whole.start, frac.end, value, words=True, scale=whole.scale)
    return frac


@cache
def _denominator_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![{_LETTER}]){alternation(words)}(?![{_LETTER}])", re.I)


def _denominator_words(n: dict) -> re.Pattern[str]:
    return _denominator_re(tuple(n.get("fractions", {}).get("denominators", {})))


def _point_decimals(t: str, found: list[Found], tables: dict) -> list[Found]:
    """"two hundred point zero three" = 200.03, "two point two million" = 2200000."""
    words = tables["numbers"].get("decimal_words", [])
    if not words or not found or tables.get("lang") == "ja":
        return found
    point = re.compile(rf"\s+{alternation(words)}\s+", re.I)
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        j = i + 1
        digits = ""
        scale = None
        end = a.end
        lead = re.search(rf"(?:^|[^{_LETTER}\d\s]\s*)({'|'.join(map(re.escape, words))})\s+$",
                         t[max(0, a.start - 12):a.start], re.I)
        if lead and not a.words and not a.ordinal and re.fullmatch(r"\d+", _text_of(t, a)):
            # "point 77" opening a text or a clause: a decimal without its whole part
            start = a.start - len(t[max(0, a.start - 12):a.start]) + lead.start(1)
            out.append(Found(start, a.end, Decimal("0." + _text_of(t, a)), words=True))
            i += 1
            continue
        b = found[j] if j < len(found) else None
        if b is not None and not (a.words or b.words or a.ordinal or b.ordinal) and \
                point.fullmatch(t[a.end:b.start]) and re.fullmatch(r"-?\d+", _text_of(t, a)) \
                and re.fullmatch(r"\d+", _text_of(t, b)):
            # "1 точка 1", "3 point 14": digits read aloud around the decimal word
            sign = -1 if a.value < 0 else 1
            value = a.value + sign * Decimal("0." + _text_of(t, b))
            out.append(Found(a.start, b.end, value, words=True))
            i += 2
            continue
        if a.words and not a.ordinal and j < len(found) and \
                point.fullmatch(t[a.end:found[j].start]):
            while j < len(found) and not found[j].ordinal and found[j].words and \
                    (j == i + 1 or re.fullmatch(r"\s+", t[end:found[j].start])):
                f = found[j]
                if f.scale and f.value / f.scale < 10 and f.value % f.scale == 0:
                    digits += str(int(f.value / f.scale))
                    scale, end, j = f.scale, f.end, j + 1
                    break
                if f.value != int(f.value) or f.scale or (f.value >= 10 and digits):
                    break
                digits += str(int(f.value))
                end, j = f.end, j + 1
                if f.value >= 10:
                    break
        if digits:
            value = a.value + Decimal("0." + digits)
            out.append(Found(a.start, end, value * (scale or 1), words=True, scale=scale))
            i = j
            continue
        out.append(a)
        i += 1
    return out


def _powers(t: str, found: list[Found], tables: dict) -> list[Found]:
    """"2^5", "1.1の23乗", "1.3x10^6", "-12×10の-1乗": a number raised to a power."""
    n = tables["numbers"]
    power = [re.escape(p) for p in n.get("power", [])]
    frames = n.get("power_of", [])
    times = alternation(n.get("times_ten", []))
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        joined = None
        if b is not None and not (a.ordinal or b.ordinal):
            gap = t[a.end:b.start]
            minus = alternation([w for w in n.get("minus", []) if w != "-"] + ["-"])
            signs = rf"(?:[+]|(?:{minus}){{1,2}})?"
            sm = None
            if power:
                sm = re.fullmatch(rf"\s*(?:{'|'.join(power)})\s*({signs})", gap)
                if sm:
                    joined = b.end
            for pre, post in frames:
                pm = re.fullmatch(rf"{re.escape(pre)}({signs})", gap)
                if pm and t.startswith(post, b.end):
                    joined, sm = b.end + len(post), pm
            if sm is not None and sm.group(1) and sm.group(1) != "+":
                # "^-2" was read with its sign; "^--23", "のマイナスマイナス二十三": two cancel
                flips = len(re.findall(minus, sm.group(1))) + (b.value < 0)
                b = Found(b.start, b.end, abs(b.value) * (-1 if flips % 2 else 1))
            if joined is not None and abs(b.value) <= 400 and b.value == int(b.value) and \
                    (a.value != 0 or b.value > 0):
                try:
                    value = a.value ** int(b.value)
                except (ArithmeticError, ValueError):
                    value = None
                if value is not None:
                    base = out[-1] if out else None
                    if base is not None and a.value == 10 and \
                            re.fullmatch(rf"\s*{times}\s*", t[base.end:a.start]):
                        out[-1] = Found(base.start, joined, base.value * value)
                    else:
                        out.append(Found(a.start, joined, value))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _attach_scale_suffix(t: str, f: Found, tables: dict) -> None:
    """A scale word written after a kanji number: "十ダース" = 120, "3ダース" = 36."""
    n = tables["numbers"]
    if f.ordinal:
        return
    for word, scale in n.get("suffix_scales", {}).items():
        if len(word) > 1 and t.startswith(word, f.end):
            f.value *= Decimal(scale)
            f.end += len(word)
            f.counted = True
            return


# --- open ranges: "more than 30", "3965以上", "above 10 and below 20" -----------------------

@cache
def _comparative_patterns(lang: str):
    n = tables_for(lang)["numbers"]
    comp = n.get("comparatives", {})
    before = {fold(k).lower(): v for k, v in comp.get("before", {}).items()}
    after = {fold(k).lower(): v for k, v in comp.get("after", {}).items()}
    lead = rf"(?<![{_LETTER}])" if lang != "ja" else ""
    words = [w for w in before if re.search(rf"[{_LETTER}]", w)]
    symbols = [w for w in before if w not in words]
    pre = re.compile(rf"(?:{lead}({alternation(words)})|(?<![=<>])({alternation(symbols)}))\s*$",
                     re.I) if before else None
    word = n.get("counter_word")
    counter = rf"(?:(?!{alternation(after)}){word}\s*)?" if word else ""
    post = re.compile(rf"\s*{counter}({alternation(after)})", re.I) if after else None
    return before, after, pre, post


def _date_counters(lang: str) -> str:
    return tables_for(lang)["numbers"].get("date_counters", "")


def _date_end_words(lang: str) -> list[str]:
    return tables_for(lang)["numbers"].get("date_end_words", [])


def _bounds(t: str, f: Found, lang: str, starts: frozenset[int] = frozenset()) -> None:
    before, after, pre, post = _comparative_patterns(lang)
    if f.ordinal and lang != "ja":
        return  # "10番目以上" is a bound; "the 2nd or more" is not written
    if post is not None:
        m = post.match(t, f.end)
        if m and m.group(1) in _date_end_words(lang) and \
                set(_date_counters(lang)) & set(t[f.end:m.start(1)]):
            m = None  # "3月まで" is up to March, not a number at most 3
        nxt = re.match(r"\s*", t[m.end():]).end() + m.end() if m else -1
        worded = bool(m and re.match(rf"[{_LETTER}]", m.group(1)[-1]))
        if m and not (worded and nxt in starts) and not (re.match(rf"[{_LETTER}]", m.group(1)[-1])
                      and re.match(rf"[{_LETTER}]|\s*(?:\d|than\b|or\b)", t[m.end():m.end() + 6])):
            f.bound, f.bound_start, f.bound_end = after[m.group(1).lower()], f.start, m.end()
            pm = pre.search(t[max(0, f.start - 32):f.start]) if pre is not None else None
            written = before[(pm.group(1) or pm.group(2)).lower()] if pm else None
            if f.bound == "or_eq":  # "less than 5000 or equal": lt becomes le
                if written not in ("gt", "lt"):
                    f.bound = None
                    return
                f.bound = {"gt": "ge", "lt": "le"}[written]
                f.bound_start -= len(pm.group(0))
            elif written == "eq":
                f.bound_start -= len(pm.group(0))  # "equal to 5000 or less"
            return
    if pre is not None and not f.ordinal:
        m = pre.search(t[max(0, f.start - 32):f.start])
        if m and not _changed_to(t, f.start - len(m.group(0)), (m.group(1) or "").lower(),
                                 lang):
            f.bound = before[(m.group(1) or m.group(2)).lower()]
            f.bound_start, f.bound_end = f.start - len(m.group(0)), f.end


def _changed_to(t: str, at: int, word: str, lang: str) -> bool:
    """A word that bounds a count ("до 500 человек": up to 500) and also says where a change
    ended ("сократилось до 500": fell to 500, a value and no bound), after a verb of change
    in the same clause."""
    n = tables_for(lang)["numbers"]
    stems = n.get("comparatives", {}).get("not_after_change", {})
    if word not in stems:
        return False
    # the clause: a sentence ends at a full stop and a capital ("г." and "т." end none)
    clause = re.split(r"[;:!?,\u2013\u2014]|\.\s+(?=[A-ZА-ЯЁ])", t[max(0, at - 80):at])[-1]
    clause = clause.lower()
    openers = [pair[0] for pair in n.get("ranges", {}).get("pairs", []) if pair[0] and
               pair[1] == word]  # "с 3000 т в 1907 г. до 4600 т": the far end of a range
    if openers and re.search(rf"(?<![{_LETTER}]){alternation(openers)}\s+[-−]?\d", clause):
        return True
    return any(_verb_of_change(w, tuple(stems[word])) for w in re.findall(rf"[{_LETTER}]+", clause))


@lru_cache(maxsize=4096)
def _verb_of_change(word: str, stems: tuple[str, ...]) -> bool:
    """A verb, participle or gerund whose dictionary form begins with one of `stems` (pymorphy3:
    "сократилось", "выросшее"; not the noun "рост"); without pymorphy3, the word's beginning."""
    from powtext.extract.tables import _morph

    analyzer = _morph()
    if analyzer is None:
        return word.startswith(stems)
    return any(p.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND") and
               p.normal_form.startswith(stems) for p in analyzer.parse(word))


def _open_ranges(t: str, found: list[Found], tables: dict, paired: set[int]):
    """Open ranges from comparatives, and closed ones from two bounds joined by "and"."""
    lang = tables.get("lang", "und")
    if not tables["numbers"].get("comparatives"):
        return
    cands = [f for f in found if id(f) not in paired]
    starts = frozenset(f.start for f in found)
    for f in cands:
        _bounds(t, f, lang, starts)
    cands = [f for f in cands if f.bound and not (f.bound_end == f.end and _a_year(t, f, lang))]
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and "eq" not in (a.bound, b.bound) and a.bound[0] != b.bound[0] and \
                _BOUND_LINK.fullmatch(t[a.bound_end:b.bound_start]):
            lo, hi = (a, b) if a.bound[0] == "g" else (b, a)
            if lo.value < hi.value:
                attrs = {}
                if lo.bound == "gt":
                    attrs["min_exclusive"] = True
                if hi.bound == "lt":
                    attrs["max_exclusive"] = True
                value = {"min": to_json_number(lo.value), "max": to_json_number(hi.value)}
                end = b.bound_end
                for closer in _closers(tables):
                    if t.startswith(closer, end):  # "20以上30未満の間"
                        end += len(closer)
                        break
                yield a.bound_start, end, value, attrs, hi.unit or lo.unit
                i += 2
                continue
        value: dict = {}
        attrs = {}
        if a.bound in ("gt", "ge", "eq"):
            value["min"] = to_json_number(a.value)
        if a.bound in ("lt", "le", "eq"):
            value["max"] = to_json_number(a.value)
        if a.bound == "gt":
            attrs["min_exclusive"] = True
        if a.bound == "lt":
            attrs["max_exclusive"] = True
        if a.bound != "eq":
            attrs["open"] = True
        yield a.bound_start, a.bound_end, value, attrs, a.unit
        i += 1


def _a_year(t: str, f: Found, lang: str) -> bool:
    """"Up to 1945 the army stayed": a bare four-digit figure after a word that is both a
    comparative and a year preposition is the year the date extractor reads there, no bound.
    With a counted noun after it, it is a count ("up to 1500 men"), as the dates say too."""
    if f.unit or f.ordinal or not re.fullmatch(r"\d{4}", _text_of(t, f)) or \
            not 1000 <= f.value <= 2199 or re.match(rf"\d|,\d|\.\d|[{_LETTER}]", t[f.end:]):
        return False
    preps = tables_for(lang)["dates"].get("year_prepositions", [])
    if not preps or re.search(rf"(?<![{_LETTER}]){alternation(preps)}\s*$",
                              t[max(0, f.start - 24):f.start], re.I) is None:
        return False
    from powtext.extract.dates import counted_there  # the dates import nothing from here

    return not counted_there(t, f.start, f.end, lang)


def _closers(tables: dict) -> list[str]:
    pairs = tables["numbers"].get("ranges", {}).get("pairs", [])
    return [p[2] for p in pairs if len(p) > 2 and p[2]]


_BOUND_LINK = re.compile(r"\s*[,、]?\s*(?:and|и|かつ|て|そして)?\s*[,、]?\s*", re.I)

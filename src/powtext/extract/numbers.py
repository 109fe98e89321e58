"""Numbers in running text: digits, words, kanji, ordinals, units and ranges, with exact values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from itertools import pairwise

from powtext.extract.numwords import (
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
    read_kanji,
    to_json_number,
)
from powtext.extract.tables import alternation, fold, lemmas, tables_for
from powtext.model import Annotation

SOURCE = "powtext.numbers"
_LETTER = "A-Za-z\u00c0-\u024f\u0400-\u04ff"
_KANJI_NUM = "〇零一二三四五六七八九十拾百千万萬億兆京壱弐参"
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Counters and prefixes that let a single kanji numeral stand as a number (一人, 第七, 約五).
_JA_COUNTERS = set("人名年月日回個本枚冊歳円件番目位度階章条号巻部隻台頭匹羽倍割分秒時週万億兆")
_JA_PREFIXES = set("第約計全各毎")
# Strings whose digits are not numbers: phone numbers and codes (+1-222-2222), URLs.
_CODES = re.compile(r"\+?\d+(?:-\d+){2,}|\+\d[\d\- ]{6,}\d|(?:https?://|www\.)\S+")
# Units that belong to the quantity's span, as in spaCy's PERCENT ("50%", "50 процентов").
_SPAN_UNITS = {"percent"}
_DOTTED = re.compile(r"\d+(?:\.\d+){2,}")  # 192.168.1.2: four numbers, not a decimal


@dataclass
class Found:
    start: int
    end: int
    value: Decimal
    ordinal: bool = False
    unit: str | None = None
    scale: Decimal | None = None


def find_numbers(text: str, lang: str, kind: str = "paragraph") -> list[Annotation]:
    """Number and numberrange annotations in one segment's text."""
    try:
        return _find(text, lang or "und", kind or "paragraph")
    except Exception:  # an extractor must never take the pipeline down; tests catch the causes
        return []


def _find(text: str, lang: str, kind: str) -> list[Annotation]:
    if not text or not any(c.isdigit() or c.isalpha() for c in text):
        return []
    folded = fold(text)
    tables = tables_for(lang)
    found = [f for f in _scan(folded, lang, tables) if not _blocked(folded, f)]
    found.sort(key=lambda f: (f.start, f.end))
    found = _fractions(folded, found, tables)
    for f in found:
        _attach_sign(folded, f, tables)
        _attach_unit(folded, f, tables, kind)
    out: list[Annotation] = []
    for lo, hi, opener_start in _ranges(folded, found, tables):
        if lo.scale and hi.scale is not None and lo.scale is None:
            pass
        out.append(Annotation(
            type="numberrange", start=opener_start, end=hi.end, text=text[opener_start:hi.end],
            value={"min": to_json_number(lo.value), "max": to_json_number(hi.value)},
            unit=hi.unit or lo.unit, source=SOURCE,
        ))
    for f in found:
        out.append(Annotation(
            type="number", start=f.start, end=f.end, text=text[f.start:f.end],
            value=to_json_number(f.value), unit=f.unit, ordinal=True if f.ordinal else None,
            source=SOURCE,
        ))
    out.sort(key=lambda a: (a.start, -a.end))
    return out


# --- scanning -------------------------------------------------------------------------------

@cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    n = tables_for(lang)["numbers"]
    dec = re.escape(n.get("decimal", "."))
    alt = n.get("decimal_alt")
    decimals = dec + (re.escape(alt) if alt else "")
    groups = "".join(re.escape(g) for g in n.get("group", [","]) if g != " ")
    grouped = rf"\d{{1,3}}(?:[{groups}]\d{{3}})+" if groups else r"(?!x)x"
    number = (
        rf"(?<![{_LETTER}\d.,])(?:(?<![\d\-–])-)?"
        rf"(?:{grouped}(?![{groups}]?\d)|\d{{1,3}}(?: \d{{3}})+(?![ ]?\d)|\d+)"
        rf"(?:[{decimals}]\d+(?![{decimals}]?\d))?|(?<![\w.,])\.\d+"
    )
    suffix = n.get("ordinal_suffix", "")
    glued = n.get("ordinal_suffix_glued", suffix)
    ordinal = rf"(?:-(?:{suffix})|(?:{glued}))(?![{_LETTER}])" if suffix else r"(?!x)x"
    return {
        "number": re.compile(number),
        "ordinal": re.compile(ordinal),
        "suffix_scale": re.compile(
            alternation(n.get("suffix_scales", {})) + rf"(?![{_LETTER}\d])"
        ),
        "word": re.compile(rf"[{_LETTER}]+\.?"),
        "kanji": re.compile(rf"[0-9.,{_KANJI_NUM}]*[{_KANJI_NUM}][0-9.,{_KANJI_NUM}]*"
                            rf"(?:[点・][0-9{_KANJI_NUM}]+)?|[0-9]+点[0-9]+"),
    }


def _scan(t: str, lang: str, tables: dict) -> list[Found]:
    pats = _patterns(lang)
    n = tables["numbers"]
    pieces: list[Piece] = []
    done: list[Found] = []
    blocked = [m.span() for m in _CODES.finditer(t)]

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in blocked)

    for m in _DOTTED.finditer(t):
        if free(*m.span()) and not _glued(t, m.start(), m.end()):
            for part in re.finditer(r"\d+", m.group()):
                a = m.start() + part.start()
                done.append(Found(a, a + len(part.group()), Decimal(part.group())))
            blocked.append(m.span())
    for m in pats["number"].finditer(t):
        a, b = m.span()
        if not free(a, b):
            continue
        value = _parse_digits(m.group(), n)
        if value is None:
            continue
        tail = t[b:]
        om = pats["ordinal"].match(tail)
        if om and om.group():
            done.append(Found(a, b + om.end(), value, ordinal=True))
            continue
        sm = pats["suffix_scale"].match(tail)
        if sm and sm.group():
            scale = Decimal(n["suffix_scales"][sm.group()])
            done.append(Found(a, b + sm.end(), value * scale, scale=scale))
            continue
        if re.match(rf"[{_LETTER}]", tail[:1]):
            continue  # part of a word or code: "29km", "A4"
        if _HAN.match(tail[:1]) and tail[:1] in _KANJI_NUM:
            continue  # the kanji reader takes mixed forms like 3億5000万
        pieces.append(Piece(a, b, NUM, value, digits=True))
    for m in pats["word"].finditer(t):
        piece = _word_piece(t, m, lang, n)
        if piece is not None:
            pieces.append(piece)
    pieces.sort(key=lambda p: p.start)
    for run in _runs(t, pieces):
        for r in combine(run):
            done.append(_from_reading(r))
    done.extend(_scan_kanji(t, pats["kanji"], tables, free))
    return _dedupe(done)


def _glued(t: str, a: int, b: int) -> bool:
    return bool(re.match(rf"[{_LETTER}]", t[b:b + 1]) or re.match(rf"[{_LETTER}]", t[a - 1:a]))


def _parse_digits(s: str, n: dict) -> Decimal | None:
    dec = n.get("decimal", ".")
    alt = n.get("decimal_alt")
    body = s.replace(" ", "")
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


def _word_piece(t: str, m: re.Match[str], lang: str, n: dict) -> Piece | None:
    word = m.group()
    a = m.start()
    for w in (word, word.rstrip(".")):
        b = a + len(w)
        for form in lemmas(w, lang):
            for table, role in (("words", NUM), ("multipliers", MULT), ("scales", SCALE),
                                ("ordinal_words", ORD)):
                if form in n[table]:
                    if form in n.get("pronoun_words", []) and _after_word(t, a, n["pronoun_after"]):
                        return None
                    return Piece(a, b, role, Decimal(str(n[table][form])))
            if form in n.get("joiners", []):
                return Piece(a, b, JOIN)
            if form in n.get("indefinite", []):
                return Piece(a, b, INDEF)
            if form in n.get("minus", []):
                return Piece(a, b, MINUS)
    return None


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
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def _from_reading(r: Reading) -> Found:
    return Found(r.start, r.end, r.value, ordinal=r.ordinal, scale=r.scale)


def _scan_kanji(t: str, pat: re.Pattern[str], tables: dict, free) -> list[Found]:
    n = tables["numbers"]
    digits = n.get("kanji_digits") or tables_for("ja")["numbers"]["kanji_digits"]
    mults = {k: v for k, v in (n.get("multipliers") or {}).items() if _HAN.match(k)} \
        or tables_for("ja")["numbers"]["multipliers"]
    scales = {k: v for k, v in (n.get("scales") or {}).items() if _HAN.match(k)} \
        or tables_for("ja")["numbers"]["scales"]
    out = []
    for m in pat.finditer(t):
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
        if not kanji:
            continue
        if len(s) == 1 or (all(c in scales or c in mults for c in kanji) and len(kanji) == len(s)):
            before, after = t[a - 1:a], t[b:b + 1]
            if (_HAN.match(before) and before not in _JA_PREFIXES) or \
                    (_HAN.match(after) and after not in _JA_COUNTERS):
                continue
        marks = tuple(tables_for("ja")["numbers"].get("decimal_words", []))
        value = read_kanji(s, digits, mults, scales, marks)
        if value is None:
            continue
        scale = next((Decimal(scales[c]) for c in s if c in scales), None)
        out.append(Found(a, b, value, scale=scale))
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
            if gap.strip() in of and gap.strip():
                num, den = b.value, a.value
            elif gap in over and not (a.scale or b.scale) and a.value == int(a.value) \
                    and b.value == int(b.value) \
                    and t[b.end:b.end + 1] != gap and t[a.start - 1:a.start] != gap:
                num, den = a.value, b.value
            if den:
                frac = Found(a.start, b.end, num / den)
                whole = out[-1] if out else None
                link = t[whole.end:a.start].strip() if whole else None
                if whole and link and link in n.get("mixed_fraction", []) + (
                        tables_for("ja")["numbers"].get("mixed_fraction", []) if of else []):
                    out[-1] = Found(whole.start, b.end, whole.value + frac.value)  # 1と4分の1
                else:
                    out.append(frac)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _attach_sign(t: str, f: Found, tables: dict) -> None:
    """"minus 5", "минус 5", "マイナス5": a minus word before the number negates it."""
    words = list(tables["numbers"].get("minus", []))
    if _HAN.search(t) or "\u30a0" <= t[f.start - 1:f.start] <= "\u30ff":
        words += tables_for("ja")["numbers"].get("minus", [])
    words = [w for w in words if w != "-"]
    m = re.search(rf"(?<![{_LETTER}])({alternation(words)})\s*$", t[max(0, f.start - 12):f.start],
                  re.I) if words else None
    if m and f.value > 0:
        f.start -= len(m.group(0))
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
    for suffix in n.get("ordinal_after", []):
        if tail.startswith(suffix):
            f.end += len(suffix)
            f.ordinal = True
            return
    if f.ordinal:
        return
    units = dict(n.get("units", {}))
    script_lang = _script_lang(t[f.end:f.end + 1] or " ")
    if script_lang and script_lang != tables.get("lang"):
        units.update(tables_for(script_lang)["numbers"].get("units", {}))
    if kind in ("reference", "title"):
        # Bibliographic abbreviations cross languages: a Russian "1118 с." in an English entry.
        for other in ("en", "ru", "ja", tables.get("lang", "und")):
            units.update(tables_for(other)["numbers"].get("reference_units", {}))
    m = re.match(r"\s*", tail)
    gap = m.end() if m else 0
    rest = tail[gap:]
    for name, unit in sorted(units.items(), key=lambda kv: -len(kv[0])):
        if rest.lower().startswith(name):
            after = rest[len(name):len(name) + 1]
            if name[-1].isalpha() and after and (after.isalpha() and not _HAN.match(name[-1])):
                continue
            if gap and _HAN.match(name[:1]):
                continue
            f.unit = unit
            if unit in _SPAN_UNITS:
                f.end += gap + len(name)
            return
    wm = re.match(rf"[{_LETTER}]+", rest)
    if wm and gap:
        for form in lemmas(wm.group(), tables.get("lang", "und")):
            if form in units:
                f.unit = units[form]
                if f.unit in _SPAN_UNITS:
                    f.end += gap + wm.end()
                return
    pm = re.search(rf"({alternation(n.get('prefix_units', {}))})\s*$", before, re.I)
    if pm:
        f.unit = n["prefix_units"][pm.group(1).lower()]


# --- ranges ---------------------------------------------------------------------------------

def _ranges(t: str, found: list[Found], tables: dict):
    """Pairs of numbers joined as a range: "560,000 to 760,000", "between 1 and 5", "5〜10万"."""
    pairs = tables["numbers"].get("ranges", {}).get("pairs", [])
    for lo, hi in pairwise(found):
        if lo.ordinal or hi.ordinal:
            continue
        gap = t[lo.end:hi.start]
        opener_start = lo.start
        matched = False
        if re.fullmatch(r"\s*[–~]\s*|-", gap):
            matched = True
        for opener, conn in pairs:
            if not re.fullmatch(rf"\s*{re.escape(conn)}\s*", gap, re.I):
                continue
            if conn.isalpha() and conn.isascii() and not re.fullmatch(r"\s+\w+\s+", gap):
                continue
            if opener:
                om = re.search(rf"(?<![{_LETTER}]){re.escape(opener)}\s+$", t[:lo.start], re.I)
                if not om:
                    continue
                opener_start = om.start()
            matched = True
            break
        if not matched:
            continue
        if hi.scale and not lo.scale and lo.value * hi.scale <= hi.value:
            lo.value *= hi.scale  # "5〜10万", "3 to 5 million": the scale covers both ends
            lo.scale = hi.scale
        if lo.value >= hi.value:
            continue
        if hi.unit and not lo.unit:
            lo.unit = hi.unit
        yield lo, hi, opener_start

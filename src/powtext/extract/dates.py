"""Dates in running text, normalized to EDTF: days, months, years, intervals, decades, centuries.

Patterns are built once per language from its tables (month and weekday names, year words,
era names); the same patterns serve every language. Nothing here reads today's date: a date
without a year gets "XXXX", a relative one gets no value at all.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from powtext.extract.tables import (
    TableError,
    alternation,
    fold,
    genitive_plural,
    lemmas,
    tables_for,
)
from powtext.model import Annotation

SOURCE = "powtext.dates"
_L = "A-Za-z\u00c0-\u024f\u0400-\u04ff"
_KNUM = "〇零一二三四五六七八九十百千元"
_ROMAN = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_DASH = r"\s*[–\-~]\s*"
_GRAIN = {3: "day", 2: "month", 1: "year"}


@dataclass
class D:
    """A date candidate: one point (y/m/d, any of them missing) or an interval."""

    start: int
    end: int
    y: int | None = None
    m: int | None = None
    d: int | None = None
    grain: str | None = None
    edtf: str | None = None  # set directly for decades, centuries and intervals
    relative: bool = False
    explicit: bool = True  # a full date form (not a bare year that needs context)

    def value(self) -> str | None:
        if self.relative:
            return None
        if self.edtf:
            return self.edtf
        parts = [f"{self.y:04d}" if self.y is not None else "XXXX"]
        if self.m:
            parts.append(f"{self.m:02d}")
            if self.d:
                parts.append(f"{self.d:02d}")
        elif self.d:
            parts.append(f"XX-{self.d:02d}")  # "25日": a day of an unnamed month
        return "-".join(parts)

    def kind(self) -> str:
        if self.grain:
            return self.grain
        return "day" if self.d else "month" if self.m else "year"


def find_dates(text: str, lang: str, kind: str = "paragraph") -> list[Annotation]:
    """Date annotations (EDTF `value`, `grain`) in one segment's text."""
    try:
        return _find(text, lang or "und", kind or "paragraph")
    except TableError:
        raise  # a broken table spoils every text: say so (the file and the line), once per document
    except Exception:  # an extractor must never take the pipeline down; tests catch the causes
        return []


# An editor's insertion in square brackets, as transcriptions mark them: "[Sept.] 4, 1945",
# "4 [March] 1917" (read as if unbracketed; the offsets stay the text's own).
_EDITORIAL = re.compile(r"\[([^\W\d_][^\W\d_.]{1,10}\.?)\]")


# The kind of the segment being read, for the numbers the dates ask for: read with the same kind
# as the number stage reads them, the pipeline's shared store answers both at once.
_KIND: ContextVar[str] = ContextVar("powtext_dates_kind", default="paragraph")


def _numbers(t: str, lang: str) -> list[Annotation]:
    from powtext.extract.numbers import find_numbers

    return find_numbers(t, lang, _KIND.get())


def _find(text: str, lang: str, kind: str) -> list[Annotation]:
    if not text or not any(c.isalnum() for c in text):
        return []
    token = _KIND.set(kind or "paragraph")
    try:
        return _find_in(text, lang, kind)
    finally:
        _KIND.reset(token)


def _find_in(text: str, lang: str, kind: str) -> list[Annotation]:
    t = _POSITIONAL.sub(_positional_digits, _EDITORIAL.sub(r" \1 ", fold(text)))
    tables = tables_for(lang)
    cands = _candidates(t, tables, kind)
    picked = _weekdays_before(t, _with_old_years(t, _pick(cands)), lang)
    if lang == "ja":
        picked = _ja_glossed(t, _ja_range_ends(t, picked, tables["dates"]))
    picked = _listed_days(t, _intervals(t, _double_dated(t, picked), tables), tables)
    picked = _listed_decades(t, _listed_months(t, _year_then_day(t, picked), tables))
    picked = _outside_addresses(t, picked)
    out = []
    for c in picked:
        if not _valid(c):
            continue
        if text[c.start - 1:c.start] == "[" and "]" in text[c.start:c.end]:
            c.start -= 1  # "[Sept.] 4, 1945": the editor's bracket opens the date
        if text[c.end:c.end + 1] == "]" and "[" in text[c.start:c.end]:
            c.end += 1  # "4 [March]"
        out.append(Annotation(
            type="date", start=c.start, end=c.end, text=text[c.start:c.end], value=c.value(),
            grain=c.kind(), relative=True if c.relative else None, source=SOURCE,
        ))
    return out


# A year in kanji written digit by digit ("一九五〇年代", "一九四五年"): read as the figures it
# spells, one character for one, so that every offset stays where it was.
_POSITIONAL = re.compile(
    r"(?<![〇一二三四五六七八九十百千])[〇一二三四五六七八九]{4}(?=年|\s*[（(]|\s*[）)]\s*年)")
_KANJI_FIGURES = str.maketrans("〇一二三四五六七八九", "0123456789")


def _positional_digits(m: re.Match[str]) -> str:
    return m.group().translate(_KANJI_FIGURES)


def _ja_range_ends(t: str, dates: list[D], dt: dict) -> list[D]:
    """The second end of a Japanese range written short, its era or century left to the first
    end: "昭和7年〜15年", "1989年～91年", "1927年9月から29年7月まで" (1929, not 2029), "昭和20年代～
    30年代"; and "昭和46～48年", with the era and 年 said once for both."""
    conn = alternation([pr[1] for pr in dt.get("range_pairs", [])])
    era = alternation(dt.get("eras", {}))
    n = rf"\d{{1,2}}|[{_KNUM}]{{1,3}}"
    out = list(dates)
    for m in re.finditer(rf"(?P<era>{era})\s*(?P<a>{n})\s*(?:{conn})\s*(?P<b>{n})年(?!代)", t):
        a, b = _int(m.group("a"), dt), _int(m.group("b"), dt)
        y, _ = _ja_era_year(m.group("era"), a, dt)
        if y is None or a is None or b is None or b <= a:
            continue
        y2, _ = _ja_era_year(m.group("era"), b, dt)
        if y2 is not None:
            out = [d for d in out if d.end <= m.start() or d.start >= m.end()]
            out.append(D(m.start(), m.end(), edtf=f"{y:04d}/{y2:04d}", grain="year"))
    for first in sorted(out, key=lambda d: d.start):
        written = re.match(rf"(?:(?P<era>{era})\s*(?P<ey>{n})|(?P<y>\d{{4}}))年(?P<dec>代)?",
                           t[first.start:first.end]) if first.y or first.edtf else None
        if written is None or bool(first.edtf) != bool(written.group("dec")):
            continue
        gap = re.match(rf"\s*(?:{conn})\s*", t[first.end:])
        if gap is None:
            continue
        at = first.end + gap.end()
        short = re.match(rf"(?P<b>{n})年(?P<dec>代)?(?:\s*(?P<mn>{n})月(?:\s*(?P<d>{n})日)?)?",
                         t[at:])
        worded = not re.fullmatch(r"\s*[~〜～\-–—]\s*", gap.group())  # から, より: "from"
        if short is None or bool(short.group("dec")) != bool(written.group("dec")) or (
                worded and not short.group("mn") and not short.group("dec") and (
                    _ja_count_of_years(t, at, at + short.end(), short.group("b"), dt) or
                    re.match(r"にわた|に及|の歳月|後|前", t[at + short.end():]))):
            continue  # "1920年から30年にわたって", "1995年から15年間": a span of years after it
        b = _int(short.group("b"), dt)
        if b is None:
            continue
        if written.group("era"):
            a = _int(written.group("ey"), dt)
            if a is None or b <= a:
                continue
            y2, _ = _ja_era_year(written.group("era"), b, dt)
        else:
            if len(short.group("b")) != 2 or not short.group("b").isdigit():
                continue
            y2 = int(written.group("y")) // 100 * 100 + b
            y2 += 100 if y2 <= int(written.group("y")) else 0
        if y2 is None:
            continue
        out = [d for d in out if not (at <= d.start < at + short.end())]
        if written.group("dec"):  # "昭和20年代～30年代" = 1945/1964, one interval
            out = [d for d in out if d is not first]
            out.append(D(first.start, at + short.end(), grain="decade",
                         edtf=f"{first.edtf.split('/')[0]}/{y2 + 9:04d}"))
        else:
            out.append(D(at, at + short.end(), y2, _int(short.group("mn"), dt),
                         _int(short.group("d"), dt)))
    return sorted(out, key=lambda d: (d.start, -d.end))


def _ja_glossed(t: str, dates: list[D]) -> list[D]:
    """A year and the same year in the other reckoning in brackets right after it are one date:
    "1945年（昭和20年）", "昭和20年（1945年）"."""
    out: list[D] = []
    for d in dates:
        prev = out[-1] if out else None
        if prev is not None and d.y is not None and prev.y == d.y and not (
                prev.m or d.m or prev.edtf or d.edtf) and re.fullmatch(
                r"\s*\(\s*", t[prev.end:d.start]) and re.match(r"\s*\)", t[d.end:]):
            prev.end = d.end + re.match(r"\s*\)", t[d.end:]).end()
            continue
        out.append(d)
    return out


def _double_dated(t: str, dates: list[D]) -> list[D]:
    """Old style and new style side by side, as Russian dates before 1918 are written: "23
    августа (4 сентября) 1747 г.", "11 January / 22 January 1700": one date, the new style's
    (ISO 8601 and EDTF count in the Gregorian calendar), with the year after them."""
    out: list[D] = []
    skip = 0
    for i, a in enumerate(dates):
        if skip:
            skip -= 1
            continue
        b = dates[i + 1] if i + 1 < len(dates) else None
        c = dates[i + 2] if i + 2 < len(dates) else None
        if b is not None and a.y is None and a.d and a.m and b.d and b.m and \
                not (a.edtf or b.edtf) and _OLD_NEW_GAP.fullmatch(t[a.end:b.start]):
            # the year after both: the second's ("11 January / 22 January 1700"), a date of its
            # own ("1747 г.") or a bare figure ("1778")
            if b.y is not None:
                year, end, skip = b.y, b.end, 1
            elif c is not None and c.y is not None and c.m is None and not c.edtf and \
                    re.fullmatch(r"\s*[)\]]?\s*,?\s*", t[b.end:c.start]):
                year, end, skip = c.y, c.end, 2
            else:
                ym = re.match(r"\s*[)\]]?\s*,?\s*(\d{4})(?![\d.,]\d)", t[b.end:])
                year, end, skip = (int(ym.group(1)), b.end + ym.end(), 1) if ym else (None, 0, 0)
            if year is not None and _styles_apart(year, a, b):
                new = max((a.m, a.d), (b.m, b.d))  # the new style is the later day
                out.append(D(a.start, end, year, *new))
                continue
            skip = 0
        out.append(_same_month_styles(t, a))
    return out


def _styles_apart(year: int, a: D, b: D) -> bool:
    """Two days as far apart as the Julian and Gregorian calendars ever were (10 to 13 days,
    give or take a day a source may be off by): "1 May (20 June) 1900" is no such pair."""
    import datetime as dt

    try:
        days = abs((dt.date(year, b.m, b.d) - dt.date(year, a.m, a.d)).days)
    except ValueError:
        return False
    return 9 <= days <= 14 or 9 <= 365 - days <= 14  # across the new year


# Between an old-style and a new-style day: "23 августа (4 сентября)", "11 January / 22
# January", "9 May [O.S. 27 April]".
_OLD_NEW_GAP = re.compile(r"\s*\(\s*|\s*/\s*|\s*\[\s*(?:[ON]\.\s*S\.|(?:ст|н)\.\s*ст\.)?\s*")


def _same_month_styles(t: str, c: D) -> D:
    """"10 (22) мая 1899 г.", "13 (25) March 1841": two days of one month before it, the old
    style's and the new style's, as far apart as the calendars were; the date is the second."""
    if c.y is None or c.m is None or c.d is not None or c.edtf:
        return c
    m = re.search(r"(?<![\d.,])(\d{1,2})\s*\(\s*(\d{1,2})\s*\)\s*$",
                  t[max(0, c.start - 12):c.start])
    if m is None:
        return c
    old, new = int(m.group(1)), int(m.group(2))
    if new - old not in _julian_lags(c.y, c.m, old):
        return c
    return D(c.start - len(m.group(0)), c.end, c.y, c.m, new)


def _weekdays_before(t: str, dates: list[D], lang: str) -> list[D]:
    """A weekday before a date belongs to it: "Sat, 10/10/1964", "Срд, 09 янв. 2019 г.".
    (Found after the patterns: an optional weekday at the head of a pattern is tried at every
    position of every text.)"""
    before = _weekday_before(lang)
    if before is None:
        return dates
    prev_end = 0
    for c in dates:
        if not c.relative and (c.m or c.d) and t[c.start:c.start + 1].isalnum():
            m = before.search(t, max(prev_end, c.start - 16), c.start)
            if m is not None:
                c.start = m.start()
        prev_end = c.end
    return dates


@cache
def _weekday_before(lang: str) -> re.Pattern[str] | None:
    weekdays = tables_for(lang)["dates"].get("weekdays")
    if not weekdays:
        return None
    return re.compile(rf"(?<![{_L}])(?:{alternation(weekdays)})\.?,?\s+$", re.I)


def _listed_days(t: str, dates: list[D], tb: dict) -> list[D]:
    """"on 5 and 12 May 1945", "3, 5 и 12 мая": days listed before a full date share its
    month and year, each a date of its own. An old-style day before a slash joins the date
    ("3/16 April 1917") when the two days are as far apart as the calendars were."""
    dt = tb["dates"]
    links = alternation([*dt.get("list_joiners", []), ","])
    dsuf = dt.get("day_suffix", "")
    suffix = rf"(?:-?(?:{dsuf}))?" if dsuf else ""
    day = re.compile(rf"(?<![\d.,/\-–])([0-3]?\d){suffix}\s*(?:,\s*|/\s*|\s+(?:{links})\s+)$",
                     re.I)
    out: list[D] = []
    for c in dates:
        found: list[D] = []
        at = c.start
        while c.d and c.m and not c.edtf and not c.relative and t[c.start:c.start + 1].isdigit():
            m = day.search(t, max(0, at - 16), at)
            prev = out[-1] if out else None
            if m is None or (prev is not None and prev.end > m.start(1)):
                break
            listed = D(m.start(1), m.end(1), c.y, c.m, int(m.group(1)))
            if not _valid(listed) or listed.d >= (found[0].d if found else c.d):
                break
            if "/" in t[m.end(1):at]:
                # "3/16 April 1917": old style and new style, as far apart as the calendars
                # were; one date, the new style's (ISO 8601 and EDTF count in the Gregorian
                # calendar). Before 25 March an old-style year may be the year before the new
                # style's ("11/22 January 1700" is 22 January 1701).
                lag = c.d - listed.d
                if found or c.y is None or lag not in _julian_lags(c.y, c.m, c.d):
                    break
                if lag != _julian_lag(c.y, c.m):
                    c.y += 1
                c.start = m.start(1)
                break
            found.insert(0, listed)
            at = m.start(1)
        out += found
        out.append(c)
    return out


def _listed_decades(t: str, dates: list[D]) -> list[D]:
    """"the 1920s and '30s", "the 1950s or 60s": a decade written by its tens after one with
    its century takes that century (XX3X becomes 193X)."""
    for a, b in pairwise(dates):
        if a.grain == "decade" and b.grain == "decade" and a.edtf and b.edtf and \
                re.fullmatch(r"\d{3}X", a.edtf) and re.fullmatch(r"XX\dX", b.edtf) and \
                b.edtf[2] > a.edtf[2] and re.fullmatch(
                    r"\s*(?:,|and|or|&|,\s*and)\s*(?:the\s+)?", t[a.end:b.start], re.I):
            b.edtf = a.edtf[:2] + b.edtf[2:]
    return dates


_ADDRESS = re.compile(r"\b(?:https?://|www\.)[!-~]+", re.I)


def _outside_addresses(t: str, dates: list[D]) -> list[D]:
    """A year or years inside a URL are a path's name ("/history/1945/", "kuz2015.php",
    "/archive/1939-1945"), no date; a full date spelled out in one is ("/archive-2018-09-23")."""
    spans = [m.span() for m in _ADDRESS.finditer(t)] if "://" in t or "www." in t else []
    return [d for d in dates if d.d is not None or not any(
        a <= d.start and d.end <= b for a, b in spans)]


def _year_then_day(t: str, dates: list[D]) -> list[D]:
    """A year, then the month and day of the same date: APA's "(2015, January 7)", a Russian
    newspaper's "1972. — 2 окт." (GOST): one date."""
    out: list[D] = []
    for d in dates:
        a = out[-1] if out else None
        if a is not None and a.y is not None and not (a.m or a.d or a.edtf or a.relative) and \
                d.m and d.y is None and not (d.edtf or d.relative) and (
                (re.fullmatch(r",\s*", t[a.end:d.start]) and t[a.start - 1:a.start] == "("
                 and t[d.end:d.end + 1] == ")") or
                (_KIND.get() in ("reference", "title") and
                 re.fullmatch(r"\.\s*[—–-]\s*", t[a.end:d.start]))):
            out[-1] = D(a.start, d.end, a.y, d.m, d.d)
            continue
        out.append(d)
    return out


def _listed_months(t: str, dates: list[D], tb: dict) -> list[D]:
    """"in May and June 1940", "в мае и июне 1940 г.": months listed before a month with a
    year share its year, each a date of its own; across a new year the earlier months are the
    year before's ("December, January and February 1942": December 1941)."""
    dt = tb["dates"]
    links = alternation([*dt.get("list_joiners", []), ","])
    sep = rf"(?:\s*,\s*(?:(?:{links})\s+)?|\s+(?:{links})\s+)"
    month_re = _month_re(dt["_lang"]) if dt.get("months") else None
    inner: list[D] = []
    for a, b in pairwise(dates):  # "April, May and June 1945": a month between listed months
        if month_re is None or not (a.m and b.m and not (a.d or b.d or a.edtf or b.edtf)):
            continue
        at = a.end
        while (gap := re.match(sep, t[at:b.start], re.I)) and (
                mm := month_re.match(t, at + gap.end())) and mm.end() < b.start:
            month = _month_of(mm.group("m"), dt)
            lower = mm.group()[:1].islower() and mm.group().lower().rstrip(".") in dt.get(
                "ambiguous_months", [])  # "may" in lower case is a verb as likely
            if month is None or lower or not (
                    a.m < _in_order(month, a.m) < _in_order(b.m, a.m)):
                break
            inner.append(D(mm.start(), mm.end(), None, month))
            at = mm.end()
    if inner:
        dates = sorted([*dates, *inner], key=lambda d: (d.start, -d.end))
    for a, b in reversed(list(pairwise(dates))):
        if a.m and not (a.y or a.d or a.edtf or a.relative) and b.m and b.y and not (
                b.d or b.edtf) and a.m != b.m and re.fullmatch(
                rf"\s*(?:,\s*|\s(?:{links})\s+|,\s*(?:{links})\s+)", t[a.end:b.start], re.I):
            a.y = b.y if a.m < b.m else b.y - 1  # "December and January 1942": December 1941
    return dates


def _in_order(month: int, first: int) -> int:
    """A month's place after `first` in a list that may cross a new year (December, January)."""
    return month if month >= first else month + 12


def _julian_lags(year: int, month: int, day: int) -> set[int]:
    lags = {_julian_lag(year, month)}
    if month < 3 or (month == 3 and day < 25):
        lags.add(_julian_lag(year + 1, month))
    return lags


def _julian_lag(year: int, month: int) -> int:
    """Days the Julian calendar lags the Gregorian one in that month (10 in 1582–1700, 13 in
    1900–2100), for dates written in both styles."""
    y = year if month > 2 else year - 1
    return y // 100 - y // 400 - 2


def _with_old_years(t: str, dates: list[D]) -> list[D]:
    """A day and month, then a year of the first millennium or before the common era that
    the patterns read on its own: "March 15, 44 BC" = -0043-03-15, "24 August AD 79"."""
    out: list[D] = []
    for c in dates:
        prev = out[-1] if out else None
        year = None
        if c.edtf and re.fullmatch(r"-\d{4}|0000", c.edtf):
            year = int(c.edtf)
        elif c.y is not None and c.y < 1000 and c.m is None and not c.edtf:
            year = c.y
        if prev is not None and year is not None and prev.y is None and prev.m and \
                not prev.edtf and not prev.relative and \
                re.fullmatch(r",?\s+", t[prev.end:c.start]) and \
                _valid(D(0, 0, 2000 if year % 4 == 0 else 2001, prev.m, prev.d)):
            day = f"-{prev.d:02d}" if prev.d else ""
            sign = "-" if year < 0 else ""
            out[-1] = D(prev.start, c.end, edtf=f"{sign}{abs(year):04d}-{prev.m:02d}{day}",
                        grain=prev.kind())
            continue
        out.append(c)
    return out


def _valid(c: D) -> bool:
    if c.relative or c.edtf:
        return True
    if c.m is not None and not 1 <= c.m <= 12:
        return False
    if c.d is not None and c.m is None:
        return 1 <= c.d <= 31
    if c.d is not None:
        limit = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[(c.m or 1) - 1]
        if not 1 <= c.d <= limit:
            return False
        if c.m == 2 and c.d == 29 and c.y is not None and not _leap(c.y):
            return False
    return c.y is None or 0 <= c.y <= 9999


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


# --- patterns -------------------------------------------------------------------------------

@cache
def _patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    tb = tables_for(lang)
    dt = tb["dates"]
    month = alternation(list(dt["months"]))
    dsuf = dt.get("day_suffix", "")
    day = rf"(?P<d>[0-3]?\d)(?:-?(?:{dsuf}))?" if dsuf else r"(?P<d>[0-3]?\d)"
    day2 = day.replace("?P<d>", "?P<d2>")
    yw = alternation(dt.get("year_words", []))
    year = rf"(?P<y>\d{{4}})(?!\d)(?:\s*{yw}(?![{_L}]))?"
    of = alternation(dt.get("of", []))
    # a weekday in brackets after a date: "1945/08/09(木)", "8月9日(木)"
    wdp = rf"(?:\s*\(\s*{alternation([*dt.get('weekdays', []), *dt.get('weekday_abbr', [])])}" \
          r"\.?\s*\))?"
    mon = rf"(?<![{_L}])(?P<m>{month})(?![{_L}])\.?"
    pairs = dt.get("range_pairs", [])
    opener = alternation([pr[0] for pr in pairs if pr[0]])
    opt = rf"(?:(?<![{_L}]){opener}\s+(?:{of}\s+)?)?"
    # "13–15", "13 to the 15th"; a connector that needs its opener ("between 5 and 12 May",
    # not "on 5 and 12 May": two days) only with it
    free = alternation([pr[1] for pr in pairs if pr[1].isalpha() and not pr[0]])
    span = rf"(?:{_DASH}|\s+{free}\s+(?:{of}\s+)?)"
    bound = [(pr[0], pr[1]) for pr in pairs if pr[0] and pr[1].isalpha()
             and not any(q[1] == pr[1] and not q[0] for q in pairs)]
    joiners = alternation([*dt.get("of", []), *dt.get("year_joiners", [])])
    yr = rf"(?:\s*,?\s*(?:{joiners}\s+)?{year})"  # ", 1945", " of 1995", " in 2020"
    # a two-digit year after "of" or an apostrophe: "April of 87", "May '45"
    yr2 = rf"(?:\s+{of}\s+|\s*['’‘])(?P<y2>\d{{2}})(?![\d{_L}])" if dt.get("of") else "(?!x)x"
    yrs = rf"(?:{yr}|{yr2})"
    # (lead, connector) for month ranges: a connector that needs its opener ("between ...
    # and") gets it, the others may have one ("from April to June", "March to May")
    month_pairs = [(rf"(?<![{_L}]){re.escape(pr[0])}\s+" if pr[0] else
                    (opt if not any(q[1] == pr[1] and q[0] for q in pairs) else
                     rf"(?<![{_L}])"), pr[1]) for pr in pairs if pr[1].isalpha()]
    m1 = mon.replace("?P<m>", "?P<m1>")
    suffixed = rf"(?:-?(?:{dsuf}))" if dsuf else "(?!x)x"
    art = alternation(dt.get("day_article", []))
    on = alternation(dt.get("date_prepositions", []))
    bc = alternation(dt.get("era_bc", []))
    ad = alternation(dt.get("era_ad", []))
    preps = alternation(dt.get("year_prepositions", []))
    p: list[tuple[str, str]] = [
        ("iso", r"(?<![\d./])(?<!\d-)(?P<y>\d{4})-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?!\d)(?!-\d)"),
        ("iso", r"(?<![\d.\-/])(?P<y>\d{4})-(?P<mn>0[1-9]|1[0-2]|[1-9])(?![\d\-])"),
        ("ymd", r"(?<![\d.\-/])(?P<y>\d{4})(?P<s>[./])(?P<mn>[01]?\d)(?P=s)(?P<d>[0-3]?\d)"
                rf"(?![\d.]){wdp}"),
        ("ym", r"(?<![\d.\-/])(?P<y>\d{4})/(?P<mn>1[0-2]|0?[1-9])(?![\d/])"),
        ("ym", r"(?<![\d.\-/])(?P<mn>1[0-2]|0?[1-9])/(?P<y>\d{4})(?![\d/])"),
        ("num", rf"(?<![\d./A-Za-z])(?P<a>[0-3]?\d)(?P<s>[./\-])(?P<b>[0-3]?\d)(?P=s)"
                rf"(?P<y>\d{{4}}|\d{{2}})(?![\d])(?!\.\d|(?P=s)\d)(?:\s*{yw}(?![{_L}]))?"),
        ("dmy", rf"{opt}(?<![\d.]){day}{span}{day2}\s+(?:{of}\s+)?{mon}{yr}?"),
        *[("dmy", rf"(?<![{_L}]){re.escape(o)}\s+(?:{of}\s+)?(?<![\d.]){day}\s+{re.escape(c)}"
                  rf"\s+(?:{of}\s+)?{day2}\s+(?:{of}\s+)?{mon}{yr}?") for o, c in bound],
        ("dmy", rf"(?<![\d.]){day}\s*(?:{of}\s+)?{mon}{yrs}?"),
        ("dmy", rf"(?<![\d.])(?P<d>[0-3]?\d)[/\-]{mon}[/\-]{year}"),
        ("mdy", rf"{opt}{mon}\s+{day}{span}{day2}(?![\d:])(?:{yr})?"),
        *[("mdy", rf"(?<![{_L}]){re.escape(o)}\s+{mon}\s+{day}\s+{re.escape(c)}\s+{day2}"
                  rf"(?![\d:])(?:{yr})?") for o, c in bound],
        ("mdy", rf"{mon}\s+(?:{of}\s+)?{day}(?![\d:])(?:{yrs})?"),
        ("my", rf"{mon},?\s+(?:{of}\s+)?{year}"),
        ("my", rf"{mon}{yr2}"),
        # "from April to June in 2017", "March to May": months joined by a word
        *[("mrange", rf"{lead}{m1}\s+{re.escape(c)}\s+{mon}(?![{_L}])(?:{yr})?")
          for lead, c in month_pairs],
        # "20161016": a compact ISO date, only with a plausible year
        ("iso", r"(?<![\d.,\-/])(?P<y>1[6-9]\d\d|20\d\d)(?P<mn>0[1-9]|1[0-2])"
                r"(?P<d>0[1-9]|[12]\d|3[01])(?![\d.,]\d|\d)"),
        # "2014 BC", "AD 1066", "44 BC": years of an era
        ("era", rf"(?<![\d.,])(?P<y>\d{{1,4}})(?:\s*{yw})?\s*(?P<era>{bc}|{ad})(?![{_L}])"),
        ("era", rf"(?<![{_L}])(?P<era>{ad})\s*(?P<y>\d{{1,4}})(?![\d{_L}])"),
        # "on the 18th", "the 4th.": a day of an unnamed month, where no noun follows
        ("theday", rf"(?<![{_L}])(?:{on})\s+(?P<art>{art})\s+(?P<d>[0-3]?\d){suffixed}"
                   rf"(?!\s*[{_L}\d\-–/])"),
        ("my", rf"{mon}[\-/]{year}"),
        ("my", rf"(?<![\d.,])(?P<y>\d{{4}})\s+{mon}(?![\d])"),
        # "1897 July 19": the archival order, where no noun follows the day
        ("ymd", rf"(?<![\d.,])(?P<y>\d{{4}})\s+{mon}\s+(?P<d>[0-3]?\d)(?![\d.,]\d|\d|\s*[{_L}])"),
        ("ymd", rf"(?<![\d.\-/])(?P<y>\d{{4}})[/\-]{mon}[/\-](?P<d>[0-3]?\d)(?!\d)"),
        ("m", rf"(?<![{_L}]){preps}\s+(?:{of}\s+)?{mon}"),
        # "Nov-Feb 2017", "Nov-Feb 5th, 2017": a month range closed by a year
        ("mrange", rf"{mon.replace('?P<m>', '?P<m1>')}{_DASH}{mon}(?:\s+{day})?{yr}"),
        ("mdrange", r"(?<![\d./\-])(?P<a>[0-3]?\d)(?P<s>[./])(?P<b>[0-3]?\d)\.?\s*[–\-]\s*"
                    r"(?P<c>[0-3]?\d)(?P=s)(?P<e>[0-3]?\d)(?:(?P=s)|,\s*)(?P<y>\d{4})(?![\d])"),
        ("mdrange", r"(?<![\d./\-])(?P<a>[0-3]?\d)(?P<s>/)(?P<b>[0-3]?\d)\s*[–\-]\s*"
                    r"(?P<c>[0-3]?\d)/(?P<e>[0-3]?\d)(?![\d/.,]|[.,]\d)"),
        ("dmrange", r"(?<![\d./\-])(?P<d1>[0-3]?\d)\.?(?:(?P<m1>[01]?\d)\.)?\s*(?:[–\-/]|по)\s*"
                    r"(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y>\d{4})?(?![\d])"),
        # "с 9.02 по 11.06.1820": day.month with no dot before a connector word
        ("dmrange", rf"(?:(?<![{_L}]){opener}\s+)?(?<![\d./\-])(?P<d1>[0-3]?\d)\.(?P<m1>[01]\d)"
                    rf"\s+(?:{free})\s+(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y>\d{{4}})(?!\d)"),
        ("md", rf"(?<![{_L}]){mon}/(?P<d>[0-3]?\d)(?![\d/])"),
        ("mdnum", r"(?<![\d./\-])(?P<a>[01]?\d|[0-3]\d) ?/ ?(?P<b>[0-3]?\d)(?![\d/]|[.,]\d)"),
        # "on 5.12" in a month-first language: month.day only after a date preposition
        ("mddot", rf"(?<![{_L}])(?:{on})\s+(?P<a>1[0-2]|0?[1-9])\.(?P<b>[0-3]?\d)"
                  rf"(?![\d.,]|\s*[{_L}%])"),
        ("y", rf"(?<![\d.,]){year}"),
        # a month in Roman numerals, as archives write it: "22.VI.1941", "2.II.1884 г.",
        # "22 VI 1941"
        ("roman", rf"(?<![\d.,])(?P<d>[0-3]?\d)(?:\.\s?|\s)(?P<rm>[XХ][IІ][IІ]|[XХ][IІ]|[IІ][XХ]|"
                  rf"[XХ]|V[IІ]{{0,3}}|[IІ]V|[IІ]{{1,3}})(?:\.\s?|\s)(?P<y>\d{{4}}|\d{{2}})(?!\d)"
                  rf"(?:\s*{yw}(?![{_L}]))?"),
    ]
    if dt.get("order") == "ymd":
        p.append(("ym", r"(?<![\d.\-/])(?P<y>\d{4})\.(?P<mn>1[0-2]|0?[1-9])(?![\d.])"))
    if dt.get("order") == "dmy":  # "08.1945": CLDR's month and year in figures (ru yM)
        p.append(("ym", r"(?<![\d.,\-/])(?P<mn>0[1-9]|1[0-2])\.(?P<y>1\d{3}|20\d\d)"
                        rf"(?![\d.,]\d|\d|\s*[%‰])(?:\s*{yw}(?![{_L}]))?"))
    if dt.get("year_mark"):
        n = rf"(?:\d{{1,4}}|[{_KNUM}]{{1,6}})"
        eras = dt.get("eras", {})
        # an era of the old calendar ([first, last] in the table) right after another kanji is
        # part of a word or a name ("鈴木弘治2年連続"), not an era
        old = [k for k, v in eras.items() if isinstance(v, list)]
        # (one test of the first character spares trying some 250 names at every position)
        era = rf"(?=[{re.escape(''.join(sorted({k[0] for k in eras})))}])(?:" \
              rf"{alternation([k for k, v in eras.items() if not isinstance(v, list)])}|" \
              rf"(?<![\u3400-\u9fff々]){alternation(old)})"
        # "紀元前221年", "西暦1945年": an era word before the year belongs to the date
        bc = alternation(dt.get("era_bc_before", []))
        ad = alternation(dt.get("era_ad_before", []))
        pre = alternation([*dt.get("era_bc_before", []), *dt.get("era_ad_before", []),
                           *dt.get("era_offsets", {})])
        pre = rf"(?:(?P<pre>{pre})\s*)?" if pre != "(?!x)x" else ""
        # a weekday after the day belongs to the date: "8月15日水曜日", "8月15日(水)"
        wd = alternation([*dt.get("weekdays", []), *dt.get("weekday_abbr", [])])
        wk = rf"(?:\s*{alternation(dt.get('weekdays', []))}|\s*\(\s*{wd}\s*\))?"
        # a month (閏: the leap month of the old calendar) and a day or days: "5月9～17日"
        md = rf"(?P<leap>閏)?(?P<mn>{n})月(?:\s*(?P<d>{n})(?:\s*[~\-–]\s*(?P<d2>{n}))?日{wk})?"
        pairs = dt.get("range_pairs", [])
        conn = alternation([pr[1] for pr in pairs])
        close = alternation([pr[2] for pr in pairs if len(pr) > 2])
        qual = alternation(dt.get("range_qualifiers", []))
        p += [
            ("ja", rf"(?:(?P<era>{era})\s*(?P<ey>{n})|{pre}(?<!\d)(?P<y>\d{{1,4}}|"
                   rf"[{_KNUM}]{{3,6}}))年(?:\s*{md})?"),
            # a month after a year written in figures belongs to the pattern above; after a
            # word ending in 年 ("毎年", "同年", "翌年") it starts a date of its own
            ("ja", rf"(?<![\d{_KNUM}]年)(?<!\d){md.replace('(?P<leap>閏)?', '')}"),
            # "1945（昭和20）年", "昭和20（1945）年": the other reckoning in brackets
            ("ja", rf"(?<!\d)(?P<y>\d{{4}})\s*\(\s*(?P<era>{era})\s*(?P<ey>{n})\s*\)\s*年"
                   rf"(?:\s*{md})?"),
            ("ja", rf"(?P<era>{era})\s*(?P<ey>{n})\s*\(\s*(?P<y>\d{{4}})\s*\)\s*年(?:\s*{md})?"),
            # "1921年（大正10年）3月9日", "大正10年（1921年）3月9日": a year glossed in the other
            # reckoning, then the month; without one, _ja_glossed makes the two years one date
            ("ja", rf"(?<!\d)(?P<y>\d{{4}})\s*年\s*\(\s*(?P<era>{era})\s*(?P<ey>{n})\s*年\s*\)"
                   rf"\s*{md}"),
            ("ja", rf"(?P<era>{era})\s*(?P<ey>{n})\s*年\s*\(\s*(?:{ad})?\s*(?P<y>\d{{4}})\s*年\s*\)"
                   rf"\s*{md}"),
            # "19年2月3日": a two-digit year, only with a month after it
            ("ja", rf"(?<![\d{_KNUM}])(?P<ys>\d{{2}})年\s*{md.replace('(?P<leap>閏)?', '')}"),
            # "昭和20年代": the ten years of an era from its 20th; "90年代": a decade of an
            # unnamed century, as "the 90s" (XX9X)
            ("jadecade", rf"(?P<era>{era})\s*(?P<ey>\d{{2}}|[{_KNUM}]{{1,3}})年代"),
            ("jadecade", rf"(?<![\d{_KNUM}])(?P<dd>\d0)年代"),
            # "紀元前1181～1090年" (both before the era), "紀元前36年 - 紀元63年"
            ("jabc", rf"(?P<pre>{bc})\s*(?P<y>\d{{1,4}})(?:\s*年)?\s*(?:{conn})\s*"
                     rf"(?:(?P<pre2>{bc}|{ad})\s*)?(?P<y2>\d{{1,4}})\s*年(?:{close})?"),
            # "1941年末から", "から1942年初頭", "1990年代後半から": a year, month, decade or century
            # and a word that narrows it, next to a range connector (see _ja_qualified)
            ("jaqual", rf"(?:(?:(?P<era>{era})\s*(?P<ey>{n})|(?<!\d)(?P<y>\d{{4}}))年"
                       rf"(?:\s*(?P<mn>{n})月)?|(?<![\d{_KNUM}]年)(?<![\d{_KNUM}])(?P<mo>{n})月|"
                       rf"(?<!\d)(?P<dec>\d{{3}}0)年代|"
                       rf"(?<![\d{_KNUM}])(?P<cen>\d{{1,2}}|[{_KNUM}]{{1,3}})世紀)(?P<q>{qual})"),
            # (upper case, with the day: "M7.9" is a magnitude, "H2.5" a rocket)
            ("jaletter", r"(?<![A-Za-z\d])(?P<el>[MTSHR])(?P<ey>\d{1,2})([./])(?P<mn>\d{1,2})\3"
                         r"(?P<d>\d{1,2})(?![\d./])"),
            # (not "1日600グラム", "1日3回": a figure after it makes the day a rate)
            ("jaday", rf"(?<![\d月{_KNUM}])(?P<d>\d{{1,2}}|[{_KNUM}]{{1,3}})日(?![\d０-９{_KNUM}])"
                      rf"(?!{alternation(dt.get('day_not_before', []))}){wk}"),
        ]
        kana = tb["numbers"].get("kana_numerals", {})
        if kana and dt.get("kana_month_mark"):  # "いちがつ", "じゅうにがつ"
            p.append(("jakana", rf"(?<![\u3041-\u3096])(?P<kmn>{alternation(kana)}+?)"
                                rf"{dt['kana_month_mark']}"))
        months = dt.get("named_months", {})
        if months:  # "正月の30日"
            p.append(("ja", rf"(?P<nm>{alternation(months)})(?:の\s*(?P<d>{n})日)?"))
        named = dt.get("named_days", {})
        if named:
            p.append(("named", rf"(?P<named>{alternation(named)})"))
    return [(name, re.compile(rx, re.I)) for name, rx in p]


# Patterns whose every match holds a digit (a day, a year, a number in digits).
_NEED_DIGITS = {"iso", "ymd", "ym", "num", "dmy", "mdy", "my", "era", "theday", "mdrange",
                "dmrange", "md", "mdnum", "mddot", "y"}
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\d{4}")


def _candidates(t: str, tb: dict, kind: str) -> list[D]:
    dt = tb["dates"]
    out: list[D] = []
    # Half the patterns need a month name, the same `mon` regex as _month_re: one search tells
    # whether running them can find anything.
    has_month = _month_re(tb["lang"]).search(t) is not None
    has_digit = _DIGIT.search(t) is not None
    for name, pat in _patterns(tb["lang"]):
        if (not has_month and "(?P<m>" in pat.pattern) or (not has_digit and name in _NEED_DIGITS):
            continue
        for m in pat.finditer(t):
            c = _make(name, m, dt, t, kind)
            if c is not None:
                out.append(_era_after(t, c, dt) if name != "era" else c)
    out += _word_dates(t, tb)
    out += _year_ranges(t, dt)
    out += _era_ranges(t, dt)
    out += _decades_centuries(t, tb)
    out += _ordinal_years(t, tb)
    out += _copyright(t, tb)
    out += _relative(t, tb)
    out = [c for c in out if not _after_page_word(t, c, tb) and not (
        re.fullmatch(r"[\d\s./\-–]+", t[c.start:c.end]) and _labelled(t, c.start, dt))]
    return [c for c in out if not _ja_inside_word(t, c, dt)] if tb["lang"] == "ja" else out


def _ja_inside_word(t: str, c: D, dt: dict) -> bool:
    """A kanji date that is the start of a longer word: "四日市" and "十日町" (towns named for
    market days), "二月堂" (a temple hall), "五月雨", "三日月". The table names the common
    endings; UniDic knows the names it has as one word."""
    if c.edtf or c.relative or c.y is not None or not (c.m or c.d):
        return False
    nxt = t[c.end:c.end + 1]
    if not nxt or not ("\u3400" <= nxt <= "\u9fff"):
        return False
    if nxt in dt.get("date_not_before", []):
        return True
    if t[c.start] not in _KNUM:
        return False
    from powtext.resources import unidic_tagger
    try:
        pos = 0
        for word in unidic_tagger()(t[c.start:c.end + 3]):
            pos += len(word.white_space) + len(word.surface)
            if pos > c.end - c.start:
                return pos - len(word.surface) < c.end - c.start  # a word across the end
            if pos == c.end - c.start:
                return False
    except Exception:  # no fugashi: the table alone
        return False
    return False


def _after_page_word(t: str, c: D, tb: dict) -> bool:
    """"pp. 2075–2105", "С. 1905–1930.": numbers after a page word are pages, not years."""
    pages = tb["numbers"].get("prefix_units", {})
    if not pages or not t[c.start:c.start + 1].isdigit() or c.m is not None or c.relative:
        return False
    return re.search(rf"(?<![{_L}])(?:{alternation(pages)})\s*$", t[max(0, c.start - 12):c.start],
                     re.I) is not None


def _int(s: str | None, dt: dict | None = None) -> int | None:
    if s is None:
        return None
    s = s.strip()
    if s.isdigit():
        return int(s)
    if dt is not None and s == dt.get("gannen"):
        return 1
    from powtext.extract.numwords import read_kanji
    ja = tables_for("ja")["numbers"]
    value = read_kanji(s, ja["kanji_digits"], ja["multipliers"], ja["scales"])
    return int(value) if value is not None and value == int(value) else None


def _make(name: str, m: re.Match[str], dt: dict, t: str, kind: str) -> D | None:
    g = m.groupdict()
    months = dt["months"]
    s, e = m.span()
    month = months.get(fold(g["m"]).lower().rstrip(".")) if g.get("m") else None
    if g.get("m") and month is None:
        month = months.get(fold(g["m"]).lower())
    y = _int(g.get("y"))
    if y is None and g.get("y2"):
        y = _two_digit_year(int(g["y2"]))
    if g.get("m") and e == m.end("m") + 1 and t[e - 1] == "." and \
            fold(g["m"]).lower() in _wide_months(dt.get("_lang", "und")):
        e -= 1  # a full month name ends a sentence: "in April." (the dot of "Sept." stays)
    if name in ("iso", "ym") and not g.get("d") and m.start("mn") > m.start("y") and \
            len(g["mn"]) == 2 and int(g["mn"]) == (y + 1) % 100 and _season_near(t, s, e, dt):
        return None  # "2011-12シーズン", "the 2011-12 season": two years (see _year_ranges)
    if name == "iso":
        return D(s, e, y, int(g["mn"]), _int(g.get("d")))
    if name == "ymd":
        return D(s, e, y, int(g.get("mn") or month or 0), int(g["d"]))
    if name == "ym":
        if "/" in m.group() and len(g["mn"]) == 2 and m.start("mn") > m.start("y") \
                and int(g["mn"]) == (y + 1) % 100 and dt.get("order") != "ymd":
            return None  # "2011/12": a season spanning two years, not December (see _year_ranges)
        return D(s, e, y, int(g["mn"]))
    if name == "m":
        return D(m.start("m"), e, None, month) if month else None
    if name == "num":
        a, b = int(g["a"]), int(g["b"])
        if g["s"] == "-" and len(g["y"]) == 2 and dt.get("order") != "mdy":
            return None
        year = y if len(g["y"]) == 4 else _two_digit_year(y)
        order = dt.get("order", "dmy")
        if order == "mdy" and a <= 12 and (b > 12 or g["s"] == "/"):
            return D(s, e, year, a, b)
        if (a > 12 and b <= 12) or order != "mdy":
            return D(s, e, year, b, a)
        return D(s, e, year, a, b)
    if name in ("dmy", "mdy"):
        if month is None:
            return None
        d = int(g["d"])
        if g.get("d2"):
            d2 = int(g["d2"])
            if not d < d2 <= 31:
                return None
            a, b = D(s, e, y, month, d), D(s, e, y, month, d2)
            return D(s, e, edtf=f"{a.value()}/{b.value()}", grain="day")
        return D(s, e, y, month, d)
    if name == "my":
        return D(s, e, y, month) if month else None
    if name == "ymd" and month:
        return D(s, e, y, month, _int(g.get("d")))
    if name == "y":
        return _bare_year(m, t, dt, kind)
    if name == "roman":
        dotted = "." in t[m.end("d"):m.start("rm")]
        if not dotted and ("." in t[m.end("rm"):m.start("y")] or dt.get("order") != "dmy"):
            return None  # "22.VI.1941", "22.VI 1941"; "22 VI 1941" only where days come first
        if len(g["y"]) == 2:  # "1.IV.40 г.", "15.I.53": a two-digit year, dotted only
            if not dotted or "." not in t[m.end("rm"):m.start("y")]:
                return None
            y = _two_digit_year(int(g["y"]))
        rm = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
        return D(s, e, y, rm.index(g["rm"].replace("Х", "X").replace("І", "I")) + 1, int(g["d"]))
    if name == "mrange":
        m1, y2 = months.get(fold(g["m1"]).lower().rstrip(".")), y
        if m1 is None or month is None or m1 == month:
            return None
        if y2 is None:
            ambiguous = dt.get("ambiguous_months", [])
            if g["m1"] in ambiguous or g["m"] in ambiguous:
                return None  # "march to may" in lower case: verbs as likely as months
            return D(s, e, edtf=f"XXXX-{m1:02d}/XXXX-{month:02d}", grain="month")
        a = D(s, e, y2 - 1 if m1 > month else y2, m1)
        b = D(s, e, y2, month, int(g["d"]) if g.get("d") else None)
        return D(s, e, edtf=f"{a.value()}/{b.value()}", grain=b.kind()) if _valid(b) else None
    if name in ("mdrange", "dmrange"):
        return _numeric_range(name, g, s, e, dt)
    if name == "md":
        return D(s, e, None, month, int(g["d"])) if month else None
    if name == "mdnum":
        return _month_day(g, s, e, t, dt)
    if name == "mddot":
        c = D(m.start("a"), e, None, int(g["a"]), int(g["b"]))
        return c if dt.get("order") == "mdy" and _valid(c) else None
    if name == "era":
        y = int(g["y"])
        if y < 1:
            return None
        if fold(g["era"]).upper().replace(" ", "") in {
                fold(w).upper().replace(" ", "") for w in dt.get("era_bc", [])}:
            return _bc(s, e, y)
        return D(s, e, y)
    if name == "theday":
        d = int(g["d"])
        return D(m.start("art"), e, None, None, d) if 1 <= d <= 31 else None
    if name == "jaday":
        d = _int(g["d"])
        return D(s, e, None, None, d) if d and 1 <= d <= 31 else None
    if name == "named":
        mo, da = dt["named_days"][g["named"]].split("-")
        return D(s, e, None, int(mo), int(da))
    if name == "jakana":
        from powtext.extract.numwords import kana_to_kanji
        kanji = kana_to_kanji(g["kmn"], tables_for(dt.get("_lang", "ja"))["numbers"]
                              .get("kana_numerals", {}))
        mn = _int(kanji) if kanji else None
        return D(s, e, None, mn) if mn and 1 <= mn <= 12 else None
    if name == "jaletter":  # "S20.8.15": 昭和20年8月15日 in the shorthand of forms and tables
        era = dt.get("era_letters", {}).get(g["el"].upper())
        if era is None:
            return None
        return _ja_date({**g, "era": era, "el": None}, s, e, t, dt)
    if name == "ja":
        if g.get("nm"):
            return D(s, e, None, dt["named_months"][g["nm"]], _int(g.get("d")))
        return _ja_date(g, s, e, t, dt)
    if name == "jadecade":
        return _ja_decade(g, s, e, t, dt)
    if name == "jabc":
        return _ja_bc_range(g, s, e, dt)
    if name == "jaqual":
        return _ja_qualified(g, m, t, dt)
    return None


def _ja_era_year(era: str, ey: int | None, dt: dict) -> tuple[int | None, bool]:
    """The Western year of year `ey` of a Japanese era, and whether the era counted in the old
    lunisolar calendar ([first, last] in the table; a year past its last is no year of it)."""
    first = dt["eras"][era]
    first, last = (first[0], first[1]) if isinstance(first, list) else (first, None)
    if ey is None or ey < 1 or (last is not None and first + ey - 1 > last):
        return None, False
    return first + ey - 1, last is not None


def _ja_count_of_years(t: str, s: int, e: int, y: str, dt: dict) -> bool:
    """A number of years rather than a year: a word after it that counts ("年間", "年以上",
    "年ぶり"), or, for a figure of three digits or fewer, one before it that measures a span
    ("約", "創業", "戦後", "から": "明治維新から150年"; "1941年から1945年" is two years) or one
    after it that says a span was reached or kept ("500年の歴史", "100年を迎えた")."""
    after = alternation([*dt.get("year_count_after", []), *dt.get("year_count_after_held", [])])
    if re.match(after, t[e:]):
        return True
    before = [*dt.get("year_count_before", []), *dt.get("year_count_before_short", [])]
    measured = any(t[:s].rstrip().endswith(w) for w in before)
    reached = re.match(alternation(dt.get("year_count_after_short", [])), t[e:])
    if len(y) > 3:
        # "約1500年頃", "創業1688年": a year (the counts are "約300年", "創業100年"), unless
        # the words after it say a span was reached too: "創業1000年を迎えた"
        return bool(measured and reached)
    return measured or bool(reached)


def _ja_after_era_like(t: str, s: int, dt: dict) -> bool:
    """Two kanji right before a number that are no word we know (西暦, 昭和, ...): most likely
    an era name we do not know, or one whose year the number is not ("宝暦10年")."""
    before = t[max(0, s - 2):s]
    if len(before) < 2 or not all("\u3400" <= ch <= "\u9fff" for ch in before):
        return False
    known = [*dt.get("era_ad_before", []), *dt.get("era_bc_before", []),
             *(k for k, v in dt.get("eras", {}).items() if not isinstance(v, list))]
    return not any(t[:s].endswith(w) for w in known)


def _ja_date(g: dict, s: int, e: int, t: str, dt: dict) -> D | None:
    """A Japanese date by its year: in figures, of an era, or both, one glossing the other in
    brackets ("1921年（大正10年）3月9日"); a day range "5月9～17日" is an interval. The months and
    days of an era of the old calendar (and of a leap month, 閏) are lunisolar: such a date is
    given as its year, or as the year and the next where month 11 or 12 may fall in January."""
    y, lunisolar = None, bool(g.get("leap"))
    if g.get("ys"):
        if _ja_after_era_like(t, s, dt):
            return None  # "宝暦10年1月28日" is no date of 2010
        y = _two_digit_year(int(g["ys"]))
    if g.get("era"):
        y, old = _ja_era_year(g["era"], _int(g["ey"], dt), dt)
        if y is None or (g.get("y") and _int(g["y"]) != y):
            return None  # no year of that era, or a gloss that names another year
        if old and not g.get("mn") and re.match(
                alternation(dt.get("old_era_not_before", [])), t[e:]):
            return None  # "治安3年連続": a word that is also an old era name, and a count
        # Japan counted lunisolar months until 明治5年 (Gregorian from 1873-01-01)
        lunisolar = lunisolar or old or y < dt.get("gregorian_from", 0)
    elif g.get("y"):
        y = _int(g["y"])
        if len(g["y"]) < 3 and not g.get("pre"):
            return None  # "19年" alone is a count of years; with a month see "ys" above
        if not g.get("mn") and not g.get("pre") and _ja_count_of_years(t, s, e, g["y"], dt):
            return None  # "400年間", "500年以上の歴史", "約300年", "明治維新から150年"
    mn, d, d2 = _int(g.get("mn")), _int(g.get("d")), _int(g.get("d2"))
    if y is None and mn is None:
        return None
    if y is not None and g.get("pre") in dt.get("era_offsets", {}):
        y += dt["era_offsets"][g["pre"]]  # "皇紀2600年": the imperial reckoning, 1940
    bc = g.get("pre") in dt.get("era_bc_before", []) and y
    if d2 is not None and (d is None or not 1 <= d < d2 <= 31):
        return None
    if lunisolar and y is not None:
        if mn is not None and not 1 <= mn <= 12:
            return None
        if mn is not None and mn >= 11:
            return D(s, e, edtf=f"{y:04d}/{y + 1:04d}", grain="year")
        return D(s, e, y)
    if d2 is not None:
        a, b = (_bc(s, e, y, mn, d), _bc(s, e, y, mn, d2)) if bc else \
            (D(s, e, y, mn, d), D(s, e, y, mn, d2))
        if a is None or b is None or not (_valid(a) and _valid(b)):
            return None
        return D(s, e, edtf=f"{a.value()}/{b.value()}", grain="day")
    if bc:
        return _bc(s, e, y, mn, d)
    return D(s, e, y, mn, d)


def _ja_decade(g: dict, s: int, e: int, t: str, dt: dict) -> D | None:
    """"昭和20年代": the years 20-29 of the era (1945/1954; an era's decades are not the
    calendar's), cut at the era's last year; "90年代": a decade of an unnamed century (XX9X)."""
    if g.get("dd"):
        if _ja_after_era_like(t, s, dt):
            return None
        return D(s, e, edtf=f"XX{g['dd'][0]}X", grain="decade")
    ey = _int(g["ey"], dt)
    if ey is None or ey < 10 or ey % 10:
        return None
    a, _ = _ja_era_year(g["era"], ey, dt)
    if a is None:
        return None
    last = dt["eras"][g["era"]]
    b = min(a + 9, last[1]) if isinstance(last, list) else a + 9
    return D(s, e, edtf=f"{a:04d}/{b:04d}", grain="decade")


def _ja_bc_range(g: dict, s: int, e: int, dt: dict) -> D | None:
    """"紀元前1181～1090年": a range that counts down, both years before the era;
    "紀元前36年 - 紀元63年": one on each side of it."""
    a, b = int(g["y"]), int(g["y2"])
    ad = g.get("pre2") and g["pre2"] not in dt.get("era_bc_before", [])
    first = _bc(s, e, a) if a >= 1 else None
    if first is None or b < 1 or (not ad and b >= a):
        return None
    second = f"{b:04d}" if ad else _bc(s, e, b).edtf
    return D(s, e, edtf=f"{first.edtf}/{second}", grain="year")


def _ja_qualified(g: dict, m: re.Match[str], t: str, dt: dict) -> D | None:
    """A year, month, decade or century with a word that narrows it ("1941年末", "1990年代後半",
    "19世紀末"), before or after a range connector: the date with the word in its span, so that
    the range joins ("1941年末から1942年初頭" = 1941/1942); elsewhere the date alone is read."""
    s, e = m.span()
    conn = alternation([pr[1] for pr in dt.get("range_pairs", [])])
    if not (re.match(rf"\s*(?:{conn})", t[e:])
            or re.search(rf"(?:{conn})\s*$", t[max(0, s - 8):s])):
        return None
    if g.get("dec"):
        return D(s, e, edtf=f"{g['dec'][:3]}X", grain="decade")
    if g.get("cen"):
        c = _int(g["cen"])
        if not c or not 1 <= c <= 30:
            return None
        century = _century(t, s, m.start("q"), c, dt)
        century.end = e
        return century
    if g.get("mo"):
        c = D(s, e, None, _int(g["mo"]))
        return c if _valid(c) else None
    core = _ja_date(g, s, m.start("q"), t, dt)
    if core is not None:
        core.end = e
    return core


def _era_after(t: str, c: D, dt: dict) -> D:
    """An era word after a dated year: "Aug 15, 1945 AD", "15 авг. 1945 г. н. э."."""
    if c.y is None or c.edtf:
        return c
    era = alternation([*dt.get("era_bc", []), *dt.get("era_ad", [])])
    m = re.match(rf"\s*({era})(?![{_L}])", t[c.end:])
    if m is None:
        return c
    if m.group(1) in dt.get("era_bc", []):
        return _bc(c.start, c.end + m.end(), c.y, c.m, c.d) or c
    return D(c.start, c.end + m.end(), c.y, c.m, c.d)


def _bc(s: int, e: int, y: int, m: int | None = None, d: int | None = None) -> D | None:
    """A year before the common era, counted astronomically as EDTF does: 1 BC is "0000",
    44 BC "-0043"."""
    c = D(s, e, 1, m, d)
    if not _valid(c):
        return None
    point = c.value().replace("0001", f"-{y - 1:04d}" if y > 1 else "0000", 1)
    return D(s, e, edtf=point, grain=c.kind())


@cache
def _wide_months(lang: str) -> frozenset[str]:
    try:
        from babel.dates import get_month_names
        return frozenset(fold(n).lower() for ctx in ("format", "stand-alone")
                         for n in get_month_names("wide", ctx, lang).values())
    except Exception:
        return frozenset()


@cache
def _month_re(lang: str) -> re.Pattern[str]:
    months = tables_for(lang)["dates"]["months"]
    return re.compile(rf"(?<![{_L}])(?P<m>{alternation(list(months))})(?![{_L}])\.?", re.I)


def _month_of(name: str, dt: dict) -> int | None:
    months = dt["months"]
    key = fold(name).lower()
    return months.get(key) or months.get(key.rstrip("."))


def _word_dates(t: str, tb: dict) -> list[D]:
    """Days and years written in words: "восемнадцатого февраля", "the first of March",
    "twenty five January nineteen eighty six", "January first two thousand and thirty two"."""
    lang = tb["lang"]
    dt = tb["dates"]
    if not dt.get("months") or lang == "ja":
        return []
    nums = [a for a in _numbers(t, lang) if a.type == "number"]
    if not nums:
        return []
    by_start = {a.start: a for a in nums}
    month_re = _month_re(lang)
    of = alternation(dt.get("of", []))
    lead = re.compile(rf"\s+(?:(?:{alternation(dt.get('day_words', []))})\s+)?(?:{of}\s+)?",
                      re.I)
    out: list[D] = []
    preps = alternation(dt.get("year_prepositions", []))
    on = alternation(dt.get("date_prepositions", []))
    art = alternation(dt.get("day_article", []))
    for a in nums:
        if re.search(r"\d", a.text) or a.ordinal or not isinstance(a.value, int):
            continue
        # "in two thousand and twenty", "in nineteen forty-five": a year in words after a
        # year preposition, where no noun follows ("in two thousand men" is no year); one
        # word is never a year ("the fate of thousands")
        y, end = _word_year(t, a.start, by_start, dt)
        words = len(re.findall(rf"[{_L}]+", t[a.start:end]))
        if y is not None and words >= 2 and re.search(
                rf"(?<![{_L}]){preps}\s+$", t[max(0, a.start - 16):a.start], re.I) and \
                not re.match(rf"\s*[{_L}\d]", t[end:]):
            out.append(D(a.start, end, y))
    for a in nums:
        day = a.value
        if not isinstance(day, int) or not 1 <= day <= 31 or re.search(r"\d", a.text):
            continue
        am = re.search(rf"(?<![{_L}]){on}\s+({art})\s+$", t[max(0, a.start - 12):a.start], re.I)
        if a.ordinal and am and not re.match(rf"\s*[{_L}\d]", t[a.end:]):
            out.append(D(a.start - len(am.group(0)) + am.start(1), a.end, None, None, day))
            continue  # "on the first": a day of an unnamed month
        lm = lead.match(t, a.end)
        mm = month_re.match(t, lm.end()) if lm else None
        if mm and not a.ordinal and mm.group() in dt.get("ambiguous_months", []):
            mm = None  # "one may ask": a cardinal before a lower-case "may" is no date
        if mm:
            y, end = _word_year(t, mm.end(), by_start, dt)
            out.append(D(a.start, end, y, _month_of(mm.group("m"), dt), day))
    for mm in month_re.finditer(t):
        month = _month_of(mm.group("m"), dt)
        gap = re.match(rf"\s+(?:{of}\s+)?", t[mm.end():])
        a = by_start.get(mm.end() + gap.end()) if gap else None
        if a is not None and not a.ordinal and mm.group() in dt.get("ambiguous_months", []):
            a = None  # "may one day", "march two miles"
        if a is not None and _word_year(t, mm.end(), by_start, dt)[0] is not None:
            y, end = _word_year(t, mm.end(), by_start, dt)
            if not re.search(r"\d", t[mm.end():end]):
                day = _day_before(t, mm.start(), nums)
                out.append(D(day.start if day else mm.start(), end, y, month,
                             day.value if day else None))
        elif a is not None and isinstance(a.value, int) and 1 <= a.value <= 31 and \
                not re.search(r"\d", a.text):
            y, end = _word_year(t, a.end, by_start, dt)
            out.append(D(mm.start(), end, y, month, a.value))
        elif a is not None:
            y, end = _word_year(t, mm.end(), by_start, dt)
            if y is not None and not re.search(r"\d", t[mm.end():end]):
                out.append(D(mm.start(), end, y, month))  # "October two thousand"
    wide = _wide_months(lang)
    for c in out:  # a full month name ends a sentence: "on the eleventh of December."
        word = re.search(rf"([{_L}]+)\.$", t[c.start:c.end])
        if word and word.group(1).lower() in wide:
            c.end -= 1
    return out


def _day_before(t: str, start: int, nums: list):
    """A day in digits or words just before a month: the "13" of "13 Sept nineteen seventy"."""
    for a in nums:
        if a.end <= start and re.fullmatch(r"\s+", t[a.end:start]) and isinstance(a.value, int) \
                and 1 <= a.value <= 31:
            return a
    return None


def _word_year(t: str, pos: int, by_start: dict, dt: dict) -> tuple[int | None, int]:
    """A year after a day and month, in digits or words: (year, end) or (None, pos)."""
    gap = re.match(rf"\s*,?\s*(?:(?:{alternation(dt.get('year_joiners', []))})\s+)?", t[pos:])
    a = by_start.get(pos + gap.end()) if gap else None
    if a is None or not isinstance(a.value, int):
        return None, pos
    if 1000 <= a.value <= 2199:
        end = a.end
        ym = re.match(rf"\s*(?:{alternation(dt.get('year_words', []))})(?![{_L}])", t[end:])
        if a.ordinal and not (ym and dt.get("year_words")):
            return None, pos  # "тридцать девятого года": an ordinal year needs its year word
        return a.value, end + (ym.end() if ym and dt.get("year_words") else 0)
    if a.ordinal:
        return None, pos
    b = by_start.get(a.end + 1) if t[a.end:a.end + 1] == " " else None
    if 10 <= a.value <= 21 and b is not None and isinstance(b.value, int) and \
            10 <= b.value <= 99 and not re.search(r"\d", a.text + b.text):
        return a.value * 100 + b.value, b.end  # "nineteen eighty six"
    return None, pos


def _numeric_range(name: str, g: dict, s: int, e: int, dt: dict) -> D | None:
    """"5/1-5/7, 2020", "10/1-11/2/2017", "14.10.-15.10.2018", "14./15.10.2018", "14 - 15.10."."""
    y = int(g["y"]) if g.get("y") else None
    if name == "mdrange":
        nums = [int(g[k]) for k in "abce"]
        if dt.get("order") in ("mdy", "ymd"):
            (m1, d1, m2, d2) = nums
        else:
            (d1, m1, d2, m2) = nums
    else:
        d1, d2, m2 = int(g["d1"]), int(g["d2"]), int(g["m2"])
        m1 = int(g["m1"]) if g.get("m1") else m2
        if not g.get("m1") and not g.get("y") and "." not in g.get("d1", ""):
            pass
    a, b = D(s, e, y, m1, d1), D(s, e, y, m2, d2)
    if not (_valid(a) and _valid(b)) or (m1, d1) >= (m2, d2):
        return None
    return D(s, e, edtf=f"{a.value()}/{b.value()}", grain="day")


def _month_day(g: dict, s: int, e: int, t: str, dt: dict) -> D | None:
    """"2/15", "22/04" without a year: a date only where one part cannot be a month or a date
    preposition stands before it (a bare "1/2" is a fraction)."""
    a, b = int(g["a"]), int(g["b"])
    counts = set(dt.get("count_first_prepositions", []))  # "about 1/3 of the grain"
    preps = alternation([p for p in dt.get("year_prepositions", []) + dt.get(
        "date_prepositions", []) if p not in counts])
    context = re.search(rf"(?<![{_L}]){preps}\s+$", t[max(0, s - 16):s], re.I)
    if not context and a <= 12 and b <= 12:
        return None
    if dt.get("order") in ("mdy", "ymd") and a <= 12:
        m, d = a, b
    elif b <= 12:
        m, d = b, a
    else:
        return None
    c = D(s, e, None, m, d)
    return c if _valid(c) else None


def _two_digit_year(y: int | None) -> int | None:
    """A two-digit year in the window 1930-2029 (as spreadsheets read them): "03/18/40" is
    1940, "19年" is 2019."""
    if y is None:
        return None
    return 2000 + y if y < 30 else 1900 + y


def _bare_year(m: re.Match[str], t: str, dt: dict, kind: str) -> D | None:
    """A 4-digit number is a year only where the context says so."""
    y = int(m.group("y"))
    s, e = m.span()
    if not 1000 <= y <= 2199 or _labelled(t, s, dt):
        return None
    after = t[e:e + 8]
    note = _FOOTNOTE_AFTER.match(after) or (
        t[e - 1:e] == "." and _FOOTNOTE_AFTER.match("." + after))  # "в 1914 г.78 Следующая"
    if re.match(rf"[a-hа-е](?![{_L}\d])", after) and 1450 <= y <= 2099 and (
            kind in ("reference", "title") or t[s - 1:s] in ("(", "[") or
            _AUTHOR_BEFORE.search(t, max(0, s - 60), s)):
        return D(s, e, y)  # "Applebaum (1956a)", "Галицкий 1986в": one of an author's works
    if (re.match(r"\d|,\d|\s*[%％]|[" + _L + r"]|\.\d", after)) and not note:
        return None
    if m.group(0) != m.group("y"):
        return D(s, e, y)  # a year word follows: "1945 года", "1939 г."
    if _year_context(t, s, dt):
        listed = not _year_context(t, s, dt, lists=False)  # a year only by a list before it
        word = re.match(rf"\s+([a-zа-яё]+)(?![{_L}])", t[e:e + 30]) if listed else None
        if _measured(t, s, e, dt) or _counted(t, s, e, dt) or _to_no_year(t, s, e, dt) or \
                re.match(rf"\s+(?:{alternation(dt.get('rate_words', []))})(?![{_L}])",
                         t[e:e + 24], re.I) or (
                word and (_is_unit_word(word.group(1), dt) or re.fullmatch(
                    rf"[a-zа-яё]+(?:s|{'|'.join(dt.get('count_noun_endings', []) or ['(?!x)x'])})",
                    word.group(1)))):
            return None  # "In 1953, 1214 ships were lost": a count after a year, not a list
        return D(s, e, y)
    if t[s - 1:s] == "(" and t[e:e + 1] == ")":
        return D(s, e, y)
    # a year opening brackets before a page, an index base or a life's end: "(1994: 51)",
    # "(1913 = 100)", "(1918 – 29 April 1990)"; a year after an author: "(Smith 1990, p. 12)",
    # "(Dower 1984; Smith 1981)", "[Иванов, 1976, с. 488]"
    if re.match(r"\s*(?:[,:;)\]=]|[–—-]\s*\d)", t[e:e + 4]) and (
            re.search(r"[(\[]\s*$", t[max(0, s - 3):s]) or _AUTHOR_BEFORE.search(
                t, max(0, s - 60), s)):
        return D(s, e, y)
    if kind in ("reference", "title") and 1450 <= y <= 2099:
        unit = re.match(rf"\s*([{_L}]+\.?)", after)
        if unit and _is_unit_word(unit.group(1), dt):
            return None
        if _HAN_OR_KANA.match(after) and _ja_unit_after(t[e:e + 4]):
            return None  # "1957頁", "3面": pages
        return D(s, e, y)
    if kind == "caption" and 1450 <= y <= 2099 and re.match(r"\s*(?:[.)]|$)", t[e:e + 3]) and \
            re.search(r",\s*(?:c\.\s*)?$", t[max(0, s - 6):s]):
        return D(s, e, y)  # "Repatriates at Maizuru, 1953": a caption's date
    if _names_a_year(t, s, e, dt) or _year_as_subject(t, s, e, dt) or \
            _after_participle(t, s, e, dt) or _year_of_a_series(t, s, e, dt):
        return D(s, e, y)
    return None


def _year_of_a_series(t: str, s: int, e: int, dt: dict) -> bool:
    """A year heading its figure in a series: "Population: 1912 – 170 million; 1921 – 510
    million", "1926 — 147 млн" (a clause opens before it; a figure with a scale follows)."""
    if re.search(r"(?:^|[:;]\s*|\n\s*)$", t[max(0, s - 3):s]) is None:
        return False
    scales = tables_for(dt.get("_lang", "und"))["numbers"].get("scales", {})
    if re.match(r"\s*[–—:-]\s*(?:\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d{5,})(?![\d.])", t[e:e + 40]):
        return True  # "1934 – 510,307;", "1934 — 510 307"
    m = re.match(rf"\s*[–—:-]\s*\d[\d\s.,]*?\s*([{_L}]+\.?)", t[e:e + 40])
    return m is not None and (m.group(1).lower() in scales or
                              m.group(1).lower().rstrip(".") in scales)


def _after_participle(t: str, s: int, e: int, dt: dict) -> bool:
    """A year right after a participle of what is dated, or a preposition that takes counts as
    often, when no counted noun follows: "(signed 1902)", "founded 1902 by", "est. 1874", "lists
    62,000 prisoners for 1949." ("built 1500 houses", "for 1500 men" are counts)."""
    words = [*dt.get("year_participles", []), *dt.get("year_prepositions_loose", [])]
    if not words or re.search(rf"(?<![{_L}])(?:{alternation(words)})\s+$",
                              t[max(0, s - 20):s], re.I) is None:
        return False
    nxt = re.match(rf"\s*([{_L}]+)", t[e:e + 24])
    return nxt is None or nxt.group(1) in dt.get("year_participle_followers", []) or \
        nxt.group(1).endswith("ly")  # "enacted 1935 largely at" ("built 1500 Liberty ships")


def _year_as_subject(t: str, s: int, e: int, dt: dict) -> bool:
    """A year that opens a sentence as the subject of a verb only a time takes: "1967 saw the
    end of the war", "1848 brought revolution" ("1500 died", "1500 saw action": counts)."""
    verbs = dt.get("year_subject_verbs")
    if not verbs or re.search(r"(?:^|[.!?]\s|[\n\u2014\u2013]\s*)$", t[max(0, s - 3):s]) is None:
        return False
    between = alternation(dt.get("year_subject_between", []))
    m = re.match(rf"\s*(?:,?\s+(?:{between}),?)*\s+(?:{alternation(verbs)})\s+([{_L}]+)",
                 t[e:e + 60])
    return m is not None and m.group(1).lower() not in dt.get("year_subject_not_objects", [])


def _names_a_year(t: str, s: int, e: int, dt: dict) -> bool:
    """A year in the name of what happened then: "the 1956 Joint Declaration", "the 1966
    Tashkent earthquake", "the 1917 revolution" ("the 1500 Germans" is a count)."""
    the = dt.get("year_article")
    if not the or not re.search(rf"(?<![{_L}])(?:{alternation(the)})\s+$", t[max(0, s - 8):s]):
        return False
    word = re.match(rf"\s+(?:[A-Z][{_L}'’-]*\s+){{0,3}}([{_L}]+)", t[e:e + 60])
    if word is None:
        return False
    nouns = dt.get("event_nouns", [])
    capital = re.match(rf"\s+([A-Z][{_L}'’-]*)", t[e:e + 40])
    return word.group(1).lower() in nouns or bool(
        capital and capital.group(1) not in _people_nouns(dt.get("_lang", "und"))
        and not capital.group(1).isupper())


@cache
def _people_nouns(lang: str) -> frozenset[str]:
    return frozenset(tables_for(lang)["numbers"].get("people_nouns", []))


def _year_context(t: str, s: int, dt: dict, depth: int = 0, lists: bool = True) -> bool:
    """A year preposition before position `s`, or a year in a list that has one before it:
    "in 1946", "in 2007 and 2009", "in 1941, 1942 and 1945"."""
    before = t[max(0, s - 24):s]
    preps = alternation(dt.get("year_prepositions", []))
    if re.search(rf"(?<![{_L}]){preps}\s*$", before, re.I):
        return True
    if not lists:
        return False
    links = alternation(dt.get("list_joiners", []))
    m = re.search(rf"(?<![\d.,])(\d{{4}})\s*(?:,\s*|\s(?:{links})\s+)$", before)
    if m is None or depth > 8 or not 1000 <= int(m.group(1)) <= 2199:
        return False
    return _year_context(t, s - len(before) + m.start(1), dt, depth + 1)


# An author's name in a citation, opened by a bracket or a semicolon: "(Smith ", "(Smith and
# Jones ", "(Smith et al., ", "; Dower ", "[Иванов, ".
_AUTHOR_BEFORE = re.compile(
    r"(?:[(\[]|;)\s*(?:[A-ZА-ЯЁ][\w'’.-]+\s+)?[A-ZА-ЯЁ][\w'’-]+"
    r"(?:\s+(?:and|&|и)\s+[A-ZА-ЯЁ][\w'’-]+)?(?:\s+et\s+al\.?)?,?\s+$")
# A footnote number glued to a sentence's end, as text taken from a PDF has them: "in 1978.67
# The next winter" is 1978 and note 67, not the decimal 1978.67.
_FOOTNOTE_AFTER = re.compile(r"\.\d{1,3}\s+[A-ZА-ЯЁ]")


def _labelled(t: str, s: int, dt: dict) -> bool:
    """A number after a label is what the label says: "Д. 1959" (a file of an archive's fond),
    "Ф. Р-1823", "No. 1945", "vol. 1912", the pages after "(1995):" are no years."""
    before = t[max(0, s - 16):s]
    if re.search(r"\d\)\s*:\s*$|\d\s*\(\s*\d+\s*\)\s*,\s*$", before) or (
            _KIND.get() in ("reference", "title") and re.search(r"\d{4}\)\s*,\s*$", before)):
        return True  # "12 (1995): 1205–58", "29(11), 1076–1101", "(Moscow, 2005), 1965": pages
    labels = dt.get("number_labels", [])
    if not labels:
        return False
    label = rf"(?<![{_L}])(?:{alternation(labels)})\s*(?:[{_L}]-?)?"
    # the label of a range's first end holds for its second: "pp. 1940–1948", "С. 1984–1990"
    return re.search(rf"{label}(?:\d+\s*[–—\-]\s*)?$", before, re.I) is not None


def _counted(t: str, s: int, e: int, dt: dict) -> bool:
    """"around 1500 men", "около 1500 человек": after a word that also goes before counts, a
    number before a counted noun is that count, not a year ("in 1945 troops" stays a year)."""
    before = t[max(0, s - 24):s]
    first = alternation(dt.get("count_first_prepositions", []))
    fm = re.search(rf"(?<![{_L}]){first}\s*$", before, re.I)
    if fm and re.search(rf"(?<![{_L}])(?:{alternation(dt.get('year_before_about', []))})\s+$",
                        before[:fm.start()], re.I):
        # "built in about 1909", "by around 1950": a year, roughly ("in about 1500 cases")
        words = re.findall(rf"[{_L}]+", t[e:e + 40])[:2]
        if re.match(r"\s+(?:a|an|per|each)\s", t[e:e + 8]):
            return True  # "by around 1800 a month": a rate
        return any(_is_unit_word(w, dt) or _plural_noun(w.lower(), dt) or _count_noun(w, dt) or
                   w in _people_nouns(dt.get("_lang", "und")) for w in words)
    if fm:
        # "about 1500 tanks", "up to 1500 Japanese soldiers", "about 1800.": a count, unless a
        # clause goes on ("About 1945 he left", "Up to 1945 the army stayed")
        return not re.match(rf"\s+(?:{alternation(dt.get('clause_words', []))})(?![{_L}])",
                            t[e:e + 16], re.I)
    count_preps = alternation(dt.get("count_prepositions", []))
    if not re.search(rf"(?<![{_L}]){count_preps}\s*$", before, re.I):
        return False
    word = re.match(rf"\s+([{_L}]+)(?:\s+([{_L}]+))?", t[e:e + 60])
    return word is not None and (_is_unit_word(word.group(1), dt) or _count_noun(
        word.group(1), dt, word.group(2) or "") or _plural_noun(word.group(1), dt))


def _to_no_year(t: str, s: int, e: int, dt: dict) -> bool:
    """"from 1700 to 2500", "с 1700 до 2500": a range whose other end is no year (past 2199, or
    with a scale word) counts, and so does its first end."""
    before = t[max(0, s - 16):s].lower()
    for opener, conn, *_ in dt.get("range_pairs", []):
        if not opener or not re.search(rf"(?<![{_L}]){re.escape(opener)}\s+$", before):
            continue
        m = re.match(rf"\s*(?:\([^()]{{1,16}}\)\s*)?{re.escape(conn)}\s+(\d[\d\s,.]*\d|\d)(?!\d)"
                     rf"(\s+[{_L}]+)?", t[e:e + 56], re.I)  # "с 1700 (1943) до 2500 (1950)"
        if m is None:
            continue
        digits = re.sub(r"[\s,.]", "", m.group(1))
        scales = tables_for(dt.get("_lang", "und"))["numbers"].get("scales", {})
        word = (m.group(2) or "").strip().lower()
        if len(digits) < 3:
            return word in scales  # "from 1941 to 45": an elided year
        return len(digits) != 4 or not 1000 <= int(digits) <= 2199 or word in scales or (
            bool(word) and (_count_noun(word, dt) or _is_unit_word(word, dt)))  # "до 1800 человек"
    return False


def counted_there(t: str, s: int, e: int, lang: str) -> bool:
    """Whether the figure at s:e, after a word that goes before both years and counts, is a
    count by what follows it ("до 1330 винтовок", "up to 1500 men"): the numbers ask this so
    that they read such a figure as the dates do."""
    dt = tables_for(lang)["dates"]
    return _counted(t, s, e, dt) or _measured(t, s, e, dt)


def _measured(t: str, s: int, e: int, dt: dict) -> bool:
    """A unit of measure or a score after the number and a preposition of amounts inside the
    clause: "rose by 1500 mm", "won by 1500 votes", "a cargo of 1500 tons" are amounts. ("In
    1932 tons of grain were taken", "By 1950 miles of track were laid": a year opens the clause
    and the unit is its subject; "in 1945 dollars" is a year: currencies are not listed.)"""
    words, preps = dt.get("measure_words"), dt.get("measure_prepositions")
    return bool(words and preps) and re.search(
        rf"(?<![{_L}])(?:{alternation(preps)})\s+$", t[max(0, s - 16):s]) is not None and \
        re.match(rf"\s*(?:{alternation(words)})(?![{_L}])",
                 t[e:e + 16]) is not None  # case counts: "in 1945 M. Dupont", "By 1950 miles"


def _plural_noun(word: str, dt: dict) -> bool:
    """An English plural after "around 1500": "tanks", "villages" (not "was", "this", "its")."""
    return bool(dt.get("plural_counts")) and word.islower() and len(word) > 3 and \
        word.endswith("s") and not word.endswith("ss") and \
        word not in dt.get("not_plural_nouns", [])


def _count_noun(word: str, dt: dict, next_word: str = "") -> bool:
    """A noun in the case a count takes: the Russian genitive plural ("1357 студентов", "1844
    хозяйств", "1162 винтовок"), which no year takes; an adjective in that case stands for a
    noun when no noun follows it ("1668 заключённых погибли", not "1945 советских войск")."""
    endings = dt.get("count_noun_endings", [])
    if not endings or not word.islower() or len(word) <= 3 or \
            word.lower() in dt.get("year_words", []):  # not "их"
        return False
    if dt.get("_lang") == "ru":
        kind = genitive_plural(word)
        if kind == "noun":
            return True
        if kind == "adjective":
            return not next_word or genitive_plural(next_word) is None
    return word.endswith(tuple(endings))


_HAN_OR_KANA = re.compile(r"[\u3041-\u30ff\u3400-\u9fff]")


def _ja_unit_after(tail: str) -> bool:
    """A Japanese unit or counter right after a figure, in a reference ("頁", "ページ", "面")."""
    return tail.startswith(_ja_units())


@cache
def _ja_units() -> tuple[str, ...]:
    n = tables_for("ja")["numbers"]
    return tuple(u for u in {**n.get("units", {}), **n.get("reference_units", {})} if u != "年")


def _is_unit_word(word: str, dt: dict) -> bool:
    from powtext.extract.tables import tables_for as tf
    lang = dt.get("_lang", "und")
    n = tf(lang)["numbers"]
    units = {**n.get("units", {}), **n.get("reference_units", {})}
    return any(w.lower() in units for w in (word, word + "."))


def _year_ranges(t: str, dt: dict) -> list[D]:
    """1939–1956, 1939—1956 гг., 1939～1956年: one interval."""
    out: list[D] = []
    if not _YEAR.search(t):
        return out  # every pattern below needs a four-digit year
    short, *pats = _year_range_patterns(dt["_lang"])
    for pat in pats:
        for m in pat.finditer(t):
            a, b = int(m.group(1)), int(m.group(2))
            if 1000 <= a < b <= 2199 and not _labelled(t, m.start(1), dt) and \
                    not _counted_range(t, m, dt):
                out.append(D(m.start(), m.end(), edtf=f"{a:04d}/{b:04d}", grain="year"))
    # "1602–present", "с 1991 по настоящее время": an interval open at the end (EDTF "..")
    now = alternation(dt.get("open_end", []))
    pairs = dt.get("range_pairs", [])
    conns = alternation([pr[1] for pr in pairs])
    openers = alternation([pr[0] for pr in pairs if pr[0]])
    for m in re.finditer(rf"(?:(?<![{_L}])(?:{openers})\s+)?(?<![\d.,\-–])(\d{{4}})"
                         rf"(?:\s*{_year_word_pattern(dt['_lang'])})?"
                         rf"(?:\s*[–—\-]\s*|\s+(?:{conns})\s+)(?:{now})(?![{_L}])", t, re.I):
        if 1000 <= int(m.group(1)) <= 2199:
            out.append(D(m.start(), m.end(), edtf=f"{m.group(1)}/..", grain="year"))
    # "from 1882 onwards", "с 1882 г. и далее": open at the end, said after the year
    after = alternation(dt.get("open_end_after", []))
    months = alternation(list(dt.get("months", {})))
    closes = alternation([pr[1] for pr in pairs])
    for m in re.finditer(rf"(?:(?<![{_L}])(?:{openers})\s+)?(?:(?P<mon>(?<![{_L}]){months})\.?\s+)?"
                         rf"(?<![\d.,/\-–])(\d{{4}})(?:\s*{_year_word_pattern(dt['_lang'])})?,?\s+"
                         rf"(?:{after})(?![{_L}])", t, re.I):
        if not 1000 <= int(m.group(2)) <= 2199 or re.match(
                rf"\s+(?:{closes})\s+\d", t[m.end():m.end() + 12], re.I):
            continue  # "from 1923 onwards until 1930": closed after all
        month = _month_of(m.group("mon"), dt) if m.group("mon") else None
        start = f"{m.group(2)}-{month:02d}" if month else m.group(2)
        out.append(D(m.start(), m.end(), edtf=f"{start}/..", grain="month" if month else "year"))
    # "1939–45", "1941–45 гг.", "1939～56年": the second year by its last two digits, where a
    # year word, a year preposition or brackets say these are years
    era = alternation([*dt.get("era_bc", []), *dt.get("era_ad", [])])
    for m in short.finditer(t):
        a = int(m.group(1))
        b = a // 100 * 100 + int(m.group(3))
        if len(m.group(3)) == 1:  # "1946–7", "the winter of 1941–2": the next years by one digit
            b = a // 10 * 10 + int(m.group(3))
            if m.group("dash") != "–" or b <= a:
                continue
        if not 1000 <= a < b <= 2199 or re.match(rf"\s*(?:{era})(?![{_L}])", t[m.end():]):
            continue  # "1200–50 BC" counts down: not the years 1200 to 1250
        context = _year_context(t, m.start(), dt) or (
            t[m.start() - 1:m.start()] == "(" and t[m.end():m.end() + 1] == ")")
        counted = _counted_range(t, m, dt) or _labelled(t, m.start(), dt)
        # an en dash says years by itself ("the 1935–40 war"), unless a count follows; a
        # hyphen only with context and a second part that is no month ("1687-90", not "2003-07")
        if m.group("yw") or (m.group("dash") != "-" and (context or not counted)) or (
                m.group("dash") == "-" and int(m.group(3)) > 12 and len(m.group(3)) == 2 and (
                    context or (not counted and t[m.end(1):m.end(1) + 1] == "-"))):
            # "operated 1936-44", glued (no month: "2003-07"; not "2015 - 32")
            out.append(D(m.start(), m.end(), edtf=f"{a:04d}/{b:04d}", grain="year"))
    # "1941/42", "1939/1940 season": a slash between a year and the next one is a season or an
    # academic or fiscal year spanning the two (never the fraction it would otherwise be)
    # A season word after it settles it, with a hyphen too: "2011-12シーズン", "сезон 2011/12".
    yw = _year_word_pattern(dt["_lang"])
    season = alternation(dt.get("season_words", []))
    for m in re.finditer(rf"(?<![\d.,/\-–])(\d{{4}})([/\-–])(\d{{4}}|\d{{2}})(?![\d/.,]\d|\d)"
                         rf"(?:\s*{yw}(?![{_L}]))?(?P<season>\s*(?:{season}))?", t, re.I):
        a = int(m.group(1))
        b = int(m.group(3)) if len(m.group(3)) == 4 else a // 100 * 100 + int(m.group(3))
        if len(m.group(3)) == 2 and b <= a:
            b += 100  # "1999/00"
        named = m.group("season") is not None or _season_before(t, m.start(), season)
        if not (a >= 1000 and b == a + 1 <= 2199) or (m.group(2) != "/" and not named):
            continue
        if named or len(m.group(3)) == 4 or b % 100 > 12 or dt.get("order") != "ymd":
            end = m.end() - len(m.group("season") or "")
            out.append(D(m.start(), end, edtf=f"{a:04d}/{b:04d}", grain="year"))
    return out


def _era_ranges(t: str, dt: dict) -> list[D]:
    """Years before the common era, or across it, as one interval: "c. 2161–2085 BC",
    "909—838 гг. до н. э.", "between 500 and 400 BC", "89 BC – AD 62", "51 г. до н. э. — 54 г.
    н. э.". (The first of two BC years is the earlier: BC years count down.)"""
    bc, ad = dt.get("era_bc", []), dt.get("era_ad", [])
    if not bc or not re.search(rf"(?:{alternation(bc)})", t):
        return []
    era = alternation([*bc, *ad])
    yw = _year_word_pattern(dt["_lang"])
    conns = alternation([pr[1] for pr in dt.get("range_pairs", []) if pr[1].isalpha()])
    word = rf"(?:\s*(?:{yw})(?![{_L}]))?"
    rx = re.compile(rf"(?<![\d.,])(?P<a>\d{{1,4}}){word}(?:\s*(?P<e1>{era})(?![{_L}]))?"
                    rf"(?:\s*[–—\-~〜]\s*|\s+(?:{conns})\s+)(?:(?P<pre>{alternation(ad)})\s*)?"
                    rf"(?P<b>\d{{1,4}})(?![\d{_L}]){word}(?:\s*(?P<e2>{era})(?![{_L}]))?", re.I)
    out: list[D] = []
    for m in rx.finditer(t):
        a, b = int(m.group("a")), int(m.group("b"))
        e1 = m.group("e1")
        first_bc = (e1 is not None and e1 in bc) or (e1 is None and m.group("e2") in bc)
        second_bc = m.group("e2") in bc and m.group("pre") is None
        if m.group("e2") is None and m.group("pre") is None:
            continue
        if not (a and b) or (first_bc and second_bc and a <= b) or not first_bc or (
                len(m.group("b")) == 2 and len(m.group("a")) > 2):
            continue  # "1200–50 BC" is elided (1150 or 1250?), "500–400" AD needs no era
        start = m.start()
        for opener, conn, *_ in dt.get("range_pairs", []):
            om = re.search(rf"(?<![{_L}]){re.escape(opener)}\s+$", t[:start], re.I) \
                if opener and re.search(rf"\s{re.escape(conn)}\s", m.group(0), re.I) else None
            if om:
                start = om.start()
                break
        lo = f"-{a - 1:04d}" if a > 1 else "0000"
        hi = (f"-{b - 1:04d}" if b > 1 else "0000") if second_bc else f"{b:04d}"
        out.append(D(start, m.end(), edtf=f"{lo}/{hi}", grain="year"))
    return out


def _counted_range(t: str, m: re.Match[str], dt: dict) -> bool:
    """"1200—1300 человек", "1926 – 40 million": a range of counts, not of years (unless a
    year word closes it)."""
    if not m.group(0)[-1:].isdigit():
        return False  # "1939—1945 гг.": the year word says years
    counts = alternation(dt.get("count_prepositions", []))
    before = t[max(0, m.start() - 24):m.start()]
    opened = m.group(0)[:1].isalpha()  # "between ... and", "from ... to"
    if opened or (_year_context(t, m.start(), dt, lists=False) and not re.search(
            rf"(?<![{_L}])(?:{counts})\s*$", before, re.I)):
        return False  # "Between 1914 and 1918 soldiers", "В 1941–1945 рабочих": years
    word = re.match(rf"\s+([{_L}]+\.?)(?:\s+([{_L}]+))?", t[m.end():m.end() + 60])
    if word is None:
        return False
    w = word.group(1)
    scales = tables_for(dt.get("_lang", "und"))["numbers"].get("scales", {})
    return _is_unit_word(w.rstrip("."), dt) or w.lower().rstrip(".") in scales or \
        _count_noun(w.rstrip("."), dt, word.group(2) or "") or _plural_noun(w.rstrip("."), dt)


def _season_near(t: str, s: int, e: int, dt: dict) -> bool:
    season = alternation(dt.get("season_words", []))
    return _season_before(t, s, season) or re.match(
        rf"\s*(?:{season})", t[e:e + 16], re.I) is not None


def _season_before(t: str, s: int, season: str) -> bool:
    return re.search(rf"(?<![{_L}])(?:{season})\s*$", t[max(0, s - 16):s], re.I) is not None


@cache
def _year_word_pattern(lang: str) -> str:
    dt = tables_for(lang)["dates"]
    return alternation([*dt.get("year_words", []), dt.get("year_mark", "")])


@cache
def _year_range_patterns(lang: str) -> list[re.Pattern[str]]:
    """"1939–1956", then "from 1939 to 1956" for each connector word (built once per language)."""
    dt = tables_for(lang)["dates"]
    yw = alternation([*dt.get("year_words", []), dt.get("year_mark", "")])
    short = re.compile(rf"(?<![\d.,\-–/])(\d{{4}})\s*(?P<dash>[–~〜\-])\s*(\d{{1,2}})"
                       rf"(?![\d{_L}%]|[.,/:]\d|[ \u00a0\u202f]\d{{3}})(?P<yw>\s*{yw}(?![{_L}]))?",
                       re.I)  # (not "1800–2 000 men": a thousands group follows)
    # a comma may follow the range ("1939–1945, and"), not a digit group ("1939–1945,5")
    # "(c. 1654–c. 1723)": an approximate second year
    about = alternation(dt.get("approximately", []))
    pats = [short, re.compile(rf"(?<![\d.,\-–])(\d{{4}}){yw}?\s*(?:[–~]|-(?!\d{{1,2}}(?!\d)))"
                              rf"\s*(?:(?:{about})\s*)?(\d{{4}})(?!\d|,\d)(?!-\d)"
                              rf"(?:\s*{yw}(?![{_L}]))?")]
    for opener, conn, *_ in dt.get("range_pairs", []):
        if not conn.isalpha():
            continue
        lead = rf"(?<![{_L}]){re.escape(opener)}\s+" if opener else r"(?<![\d.,\-–])"
        pats.append(re.compile(rf"{lead}(\d{{4}})\s+{re.escape(conn)}\s+(\d{{4}})"
                               rf"(?!\d|,\d)(?:\s*{yw}(?![{_L}]))?", re.I))
    return pats


def _ordinal_years(t: str, tb: dict) -> list[D]:
    """Ordinals before a year word: "в 1945-м году", "в тысяча девятьсот сорок пятом году" (a
    year); before a plural one a decade: "девяностые годы" (XX9X), "в 90-х годах",
    "двухтысячные годы" (200X)."""
    dt = tb["dates"]
    single, plural = dt.get("ordinal_year_words", []), dt.get("decade_year_words", [])
    if not (single or plural) or not re.search(alternation([*single, *plural]), t, re.I):
        return []
    out: list[D] = []
    for a in _numbers(t, tb["lang"]):
        v = a.value
        if a.type != "number" or not a.ordinal or not isinstance(v, int):
            continue
        after = t[a.end:a.end + 12]
        one = re.match(rf"\s*{alternation(single)}(?![{_L}])", after, re.I)
        many = re.match(rf"\s*{alternation(plural)}(?![{_L}])", after, re.I)
        if one and 1000 <= v <= 2199:
            out.append(D(a.start, a.end + one.end(), v))
        elif many and v % 10 == 0 and (10 <= v <= 90 or 1000 <= v <= 2190):
            edtf = f"XX{v // 10}X" if v < 100 else f"{v // 10}X"
            out.append(D(a.start, a.end + many.end(), edtf=edtf, grain="decade"))
    return out


def _roman(s: str, tb: dict) -> int | None:
    look = tb.get("roman_lookalikes", {})
    s = "".join(look.get(c, c) for c in s).upper()
    if not s or not _ROMAN.fullmatch(s):
        return None
    vals = tb.get("roman", {})
    total = 0
    for i, c in enumerate(s):
        v = vals.get(c, 0)
        nxt = vals.get(s[i + 1], 0) if i + 1 < len(s) else 0
        total += -v if v < nxt else v
    return total or None


def _decades_centuries(t: str, tb: dict) -> list[D]:
    dt = tb["dates"]
    out: list[D] = []
    suffixes = alternation([*dt.get("decade_suffix", []), dt.get("decade_mark", "")])
    yw = alternation(dt.get("year_words", []))
    spaced = "| s" if "s" in dt.get("decade_suffix", []) else ""  # "1990 s"
    for m in re.finditer(rf"(?<![\d.,])(\d{{3}})0(?:{suffixes}{spaced})(?![{_L}])"
                         rf"(?:\s*(?P<yw>{yw})(?![{_L}]))?", t):
        if (m.group("yw") or "").lower() in dt.get("ordinal_year_words", []):
            continue  # "в 1980-м году": one year, in the singular
        ending = t[m.end(1) + 1:m.end()].strip()
        if not m.group("yw") and ending in dt.get("ordinal_year_suffix", []) and re.search(
                rf"(?<![{_L}])(?:{alternation(dt.get('ordinal_year_after', []))})\s+$",
                t[max(0, m.start() - 6):m.start()], re.I):
            out.append(D(m.start(), m.end(), int(m.group(1) + "0")))
            continue  # "в 1610-м" (году left out): the year, not "к 1610-м" (годам), a decade
        # ... unless listed with a decade: "the 1790s and 1800s"
        listed = re.search(rf"\d\d[1-9]0(?:{suffixes})\s*(?:and|or|&|,|to|[–-])\s*(?:the\s+)?$",
                           t[max(0, m.start() - 20):m.start()]) or re.match(
            rf"\s*(?:and|or|&|,|to|[–-])\s*(?:the\s+)?\d\d[1-9]0(?:{suffixes})", t[m.end():])
        if m.group(1).endswith("0") and not listed and \
                t[m.end(1) + 1:m.end()] in dt.get("hundreds_suffix", []):
            # "the 1600s", "the early 1800s": English names a century by its hundreds
            out.append(D(m.start(), m.end(), edtf=f"{m.group(1)[:2]}XX", grain="century"))
            continue
        out.append(D(m.start(), m.end(), edtf=f"{m.group(1)}X", grain="decade"))
        # "1940–1950-е годы": two decades sharing one ending
        first = re.search(r"(?<![\d.,\-–])(\d{3})0\s*[–\-~〜]\s*$",
                          t[max(0, m.start() - 8):m.start()])
        if first and first.group(1) < m.group(1):
            out.append(D(m.start() - len(first.group(0)), m.end(),
                         edtf=f"{first.group(1)}X/{m.group(1)}X", grain="decade"))
    # "the 1550s–60s", "в 1920—30-х годах": the second decade by its tens digit alone
    for m in re.finditer(rf"(?<![\d.,])(\d{{2}})(\d)0(?:{suffixes}{spaced})?\s*[–—\-~]\s*['’]?"
                         rf"([1-9])0(?:{suffixes})(?![{_L}])(?:\s*(?:{yw})(?![{_L}]))?", t):
        if m.group(3) > m.group(2):
            out.append(D(m.start(), m.end(), edtf=f"{m.group(1)}{m.group(2)}X/"
                         f"{m.group(1)}{m.group(3)}X", grain="decade"))
    # "90-х годах XIX века", "в 40-е гг. XX в.": a decade of a named century
    cwords = alternation(dt.get("century", []))
    suffix = tb["numbers"].get("ordinal_suffix", "")
    for m in re.finditer(rf"(?<![\d.,])([1-9]|0)0(?:{suffixes})(?![{_L}])(?:\s*(?:{yw})(?![{_L}]))?"
                         rf"\s+(?:(?P<r>[IVXLCDMХхІ]+)|(?P<n>\d{{1,2}})(?:-?(?:{suffix}))?)"
                         rf"\s*(?:{cwords})(?![{_L}])", t, re.I) if dt.get("century") else ():
        n = _roman(m.group("r"), tb) if m.group("r") else int(m.group("n"))
        if n and 1 <= n <= 30:
            out.append(D(m.start(), m.end(), edtf=f"{n - 1:02d}{m.group(1)}X", grain="decade"))
    # "the 90s", "the '60s", "the nineties": a decade of an unnamed century, never an age
    words = dt.get("decade_words", {})
    short = [w for w in dt.get("decade_suffix", []) if w.endswith("s")]
    if words or short:
        ages = alternation(dt.get("decade_not_after", []))
        rx = rf"(?<![{_L}\d])(?:(?:['’‘]?([1-9])|['’‘](0))0(?:{alternation(short)}{spaced})|" \
             rf"({alternation(words)}))" \
             rf"(?![{_L}\d])"
        for m in re.finditer(rx, t, re.I):
            if re.search(rf"(?<![{_L}]){ages}\s+(?:(?:early|mid|late)[\s\-]+)?$",
                         t[max(0, m.start() - 24):m.start()], re.I):
                continue  # "in his forties", "her 90s": an age
            digit = m.group(1) or m.group(2) or str(words[m.group(3).lower()])
            out.append(D(m.start(), m.end(), edtf=f"XX{digit}X", grain="decade"))
    words = alternation(dt.get("century", []))
    roman_chars = "IVXLCDMХхІ"
    suffix = tb["numbers"].get("ordinal_suffix", "")
    num = rf"(?P<r>[{roman_chars}]+)|(?P<n>\d{{1,2}})(?:-?(?:{suffix}))?" if suffix else \
        rf"(?P<r>[{roman_chars}]+)|(?P<n>\d{{1,2}})"
    centuries: list[tuple[D, int]] = []
    # "the 19th century", "a 19th-century house", "XX век"
    for m in re.finditer(rf"(?<![{_L}\d])(?:{num})(?P<sep>\s*|-){words}(?![{_L}])", t, re.I):
        if m.group("n") and m.end("n") == m.start("sep") and (
                m.group("sep") == "-" or dt.get("century_digits_need_suffix")
                or _century_count(t, m.start(), m.end(), dt)):
            continue  # "a 5-century history", "2 centuries ago", "за 2 века": a count
        n = _roman(m.group("r"), tb) if m.group("r") else int(m.group("n"))
        if n and 1 <= n <= 30:
            centuries.append((_century(t, m.start(), m.end(), n, dt), n))
    # "the nineteenth century", "в двадцатом веке", "двадцать первого века": ordinals in words
    ords = []
    if dt.get("century") and tb["lang"] != "ja" and re.search(rf"(?<![{_L}]){words}", t, re.I):
        ords = [a for a in _numbers(t, tb["lang"]) if a.type == "number" and a.ordinal
                and isinstance(a.value, int) and 1 <= a.value <= 30
                and not re.search(r"\d", a.text)]
        for a in ords:
            cm = re.match(rf"(?:\s*|-){words}(?![{_L}])", t[a.end:], re.I)
            if cm:
                centuries.append((_century(t, a.start, a.end + cm.end(), a.value, dt), a.value))
    mark = dt.get("century_mark")
    if mark:
        for m in re.finditer(rf"(\d{{1,2}}|[{_KNUM}]{{1,3}}){re.escape(mark)}", t):
            n = _int(m.group(1))
            if n and 1 <= n <= 30:
                centuries.append((_century(t, m.start(), m.end(), n, dt), n))
    out += _millennia(t, tb, num, ords)
    plural = rf"(?<![{_L}])(?:{alternation(dt.get('century_plural', []))})(?![{_L}])"
    for c, n in centuries:
        out.append(c)
        first = _first_century(t, c.start, tb, ords)
        if first is None:
            continue
        start, n1, listed, own = first
        pre = re.search(rf"({alternation(dt.get('era_bc_before', []))})\s*$", t[:start])
        bc = c.edtf.startswith("-") or pre is not None  # "3rd–2nd c. BC", "紀元前3～2世紀"
        if pre:
            start = pre.start()
        sign = "-" if bc else ""
        if listed and not (_ordinal_form(t[own[0]:own[1]], tb)
                           or re.search(plural, t[c.start:c.end], re.I)):
            continue  # "Louis XIV and the 18th century", "Петра I и XVIII в.": a king's number
        if listed and abs(n1 - n) != 1:
            # "the 17th and 19th centuries": two centuries, each its own date
            out.append(D(*own, edtf=f"{sign}{n1 - 1:02d}XX", grain="century"))
            continue
        if listed:  # "the 1st and 2nd centuries BC": the span of both, earlier first
            n1, n = (max(n1, n), min(n1, n)) if bc else (min(n1, n), max(n1, n))
        elif n1 <= n if bc else n1 >= n:
            continue  # a range must run forward: "3rd–2nd c. BC", "19th–20th"
        out.append(D(start, c.end, edtf=f"{sign}{n1 - 1:02d}XX/{sign}{n - 1:02d}XX",
                     grain="century"))
    return out


def _millennia(t: str, tb: dict, num: str, ords: list) -> list[D]:
    """"the 2nd millennium BC", "II тыс. до н. э.", "紀元前3千年紀": a millennium as the span of
    its centuries (EDTF has no millennium; grain century): the 2nd millennium BC is
    "-19XX/-10XX", 2000-1001 BC counted astronomically, as "-02XX" is the 3rd century BC."""
    dt = tb["dates"]
    words = alternation(dt.get("millennium", []))
    mark = dt.get("millennium_mark")
    found: list[tuple[int, int, int]] = []
    roman_only = dt.get("millennium_roman_only", [])
    if dt.get("millennium") and re.search(rf"(?<![{_L}]){words}", t, re.I):
        for m in re.finditer(rf"(?<![{_L}\d])(?:{num})(?P<w>(?:\s*|-){words})(?![{_L}])", t, re.I):
            n = _roman(m.group("r"), tb) if m.group("r") else int(m.group("n"))
            if m.group("n") and (m.group("w").strip(" -").lower() in roman_only or (
                    dt.get("century_digits_need_suffix")
                    and not re.match(rf"-?[{_L}]", t[m.end("n"):]))):
                continue  # "5 тыс. человек", "3 millennia": counts
            found.append((m.start(), m.end(), n))
        if not ords and tb["lang"] != "ja":
            ords = [a for a in _numbers(t, tb["lang"]) if a.type == "number" and a.ordinal
                    and isinstance(a.value, int) and not re.search(r"\d", a.text)]
        for a in ords:
            mm = re.match(rf"(?:\s*|-){words}(?![{_L}])", t[a.end:], re.I)
            if mm:
                found.append((a.start, a.end + mm.end(), a.value))
    if mark:
        for m in re.finditer(rf"(\d{{1,2}}|[{_KNUM}]{{1,3}}){re.escape(mark)}", t):
            found.append((m.start(), m.end(), _int(m.group(1)) or 0))
    out: list[D] = []
    for s, e, n in found:
        if not 1 <= n <= 10:
            continue
        c = _century(t, s, e, 1, dt)  # the era word after or before it, if any
        if c.edtf.startswith("-"):
            out.append(D(c.start, c.end, edtf=f"-{n * 10 - 1:02d}XX/-{n * 10 - 10:02d}XX",
                         grain="century"))
        else:
            out.append(D(c.start, c.end, edtf=f"{n * 10 - 10:02d}XX/{n * 10 - 1:02d}XX",
                         grain="century"))
    return out


def _century_count(t: str, s: int, e: int, dt: dict) -> bool:
    """Figures and a century word that count centuries: "5 веков" (a plural only a count
    takes), "за 2 века", "через 3 столетия" (after a word that counts a span)."""
    word = re.search(rf"[{_L}.]+$", t[s:e])
    if word and word.group().lower() in dt.get("century_count_forms", []):
        return True
    before = re.search(rf"([{_L}]+)\s+$", t[max(0, s - 24):s])
    return bool(before) and before.group(1).lower() in dt.get("century_count_after", [])


def _ordinal_form(text: str, tb: dict) -> bool:
    """A number written as an ordinal: "15th", "15-й", "fifteenth" (not "XIV" nor "11")."""
    suffix = tb["numbers"].get("ordinal_suffix", "")
    if suffix and re.fullmatch(rf"\d+-?(?:{suffix})", text, re.I):
        return True
    return bool(re.fullmatch(rf"[{_L}\- ]+", text)) and not re.fullmatch(r"[IVXLCDMХхІ]+", text)


def _first_century(t: str, s: int, tb: dict, ords: list
                   ) -> tuple[int, int, bool, tuple[int, int]] | None:
    """The first of two centuries that share one century word: "XIX–XX вв.", "19～20世紀",
    "the 19th and 20th centuries", "nineteenth and twentieth centuries". Returns where the
    pair starts, the first's number, whether a list word ("and") joins the two rather than a
    range word, and the first number's own span."""
    dt = tb["dates"]
    conns = [pr[1] for pr in dt.get("range_pairs", []) if pr[1].strip("-–~〜")]
    links = dt.get("list_joiners", [])
    art = alternation(dt.get("day_article", []))
    qual = alternation(dt.get("range_qualifiers", []))
    # "from the 18th to the 20th century", "the late 15th and early 16th centuries",
    # "конца XIII — начала XIV века"
    sep = rf"(?:\s*[–—\-~〜]\s*|\s*(?<![{_L}])(?P<c>{alternation([*conns, *links])})(?![{_L}])" \
          rf"\s*(?:{art}\s+)?)(?:(?:{qual})(?:\s+|-))?"
    before = t[max(0, s - 40):s]
    suffix = tb["numbers"].get("ordinal_suffix", "")
    glued = rf"(?:-?(?:{suffix}))?" if suffix else ""
    num = rf"(?P<r>[IVXLCDMХхІ]+)|(?P<n>\d{{1,2}}){glued}|(?P<k>[{_KNUM}]{{1,3}})"
    m = re.search(rf"(?<![{_L}\d{_KNUM}])(?P<num>{num}){sep}$", before, re.I)
    if m:
        n1 = _roman(m.group("r"), tb) if m.group("r") else _int(m.group("n") or m.group("k"))
        start = s - len(before) + m.start()
        own = (start, s - len(before) + m.end("num"))
    else:
        a = next((a for a in ords if a.end <= s and re.fullmatch(sep, t[a.end:s], re.I)), None)
        if a is None:
            return None
        m, n1, start = re.fullmatch(sep, t[a.end:s], re.I), a.value, a.start
        own = (a.start, a.end)
    if not n1:
        return None
    lead = re.search(rf"(?<![{_L}])(?:{qual})(?:\s+|-)$", t[max(0, start - 24):start], re.I)
    if lead:
        start -= len(lead.group())
    conn = (m.group("c") or "").lower()
    for opener, c, *_ in dt.get("range_pairs", []):
        om = re.search(rf"(?<![{_L}]){re.escape(opener)}\s+(?:{art}\s+)?$", t[:start], re.I) \
            if opener and c.lower() == conn else None
        if om:
            start = om.start()  # "from the 18th to the 20th century": the opener too
            break
    return start, n1, conn in {w.lower() for w in links}, own


def _century(t: str, s: int, e: int, n: int, dt: dict) -> D:
    """The n-th century; an era word after it ("3rd century BC", "III в. до н. э.") or before
    it ("紀元前3世紀") belongs to it, and one before the common era counts back: EDTF "-02XX"
    holds the years -299..-200, i.e. 300-201 BC."""
    bc = False
    after = alternation([*dt.get("era_bc", []), *dt.get("era_ad", [])])
    m = re.match(rf"\s*({after})(?![{_L}])", t[e:])
    if m:
        bc = m.group(1) in dt.get("era_bc", [])
        e += m.end()
    before = alternation([*dt.get("era_bc_before", []), *dt.get("era_ad_before", [])])
    m = re.search(rf"({before})\s*$", t[max(0, s - 8):s])
    if m:
        bc = bc or m.group(1) in dt.get("era_bc_before", [])
        s -= len(m.group(0))
    return D(s, e, edtf=f"{'-' if bc else ''}{n - 1:02d}XX", grain="century")


def _copyright(t: str, tb: dict) -> list[D]:
    marks = alternation(tb.get("copyright", []))
    out = []
    for m in re.finditer(rf"{marks}\s*(?P<v>\d{{4}}|[IVXLCDM]+)(?![{_L}\d])", t):
        v = m.group("v")
        y = int(v) if v.isdigit() else _roman(v, tb)
        if y and 1000 <= y <= 2999:
            out.append(D(m.start("v"), m.end("v"), y))
    # "© Издательство «Наука», 1970": the holder first, the year closing the line
    for m in re.finditer(rf"{marks}[^\n\d]{{2,80}}?,\s*(?P<v>\d{{4}})\s*\.?\s*(?:\n|$)", t):
        if 1000 <= int(m.group("v")) <= 2999:
            out.append(D(m.start("v"), m.end("v"), int(m.group("v"))))
    return out


def _relative(t: str, tb: dict) -> list[D]:
    dt = tb["dates"]
    rel = dt.get("relative", {})
    out = []
    if rel:
        pat = alternation(rel)
        boundary = "" if tb["lang"] == "ja" else rf"(?<![{_L}])"
        end = "" if tb["lang"] == "ja" else rf"(?![{_L}])"
        for m in re.finditer(rf"{boundary}{pat}{end}", t, re.I):
            out.append(D(m.start(), m.end(), relative=True,
                         grain=rel.get(m.group().lower(), "day")))
    units = dt.get("relative_units", {})
    frames = dt.get("relative_frames", {})
    if units:
        unit = alternation(units)
        num = r"(?:\d+|[" + _L + r"]+|[" + _KNUM + "]+)"
        after = alternation(frames.get("after", []))
        before = alternation(frames.get("before", []))
        sp = r"\s*" if tb["lang"] == "ja" else r"\s+"
        b = "" if tb["lang"] == "ja" else rf"(?![{_L}])"
        if frames.get("not_before"):  # "1975年前後", "1909年後半": around, a half: no "ago"
            b += rf"(?!{alternation(frames['not_before'])})"
        for rx in (rf"{num}{sp}{unit}{sp}{after}{b}", rf"(?<![{_L}]){before}\s+{num}\s+{unit}{b}"):
            for m in re.finditer(rx, t, re.I):
                if _num_ok(m.group(), tb):
                    out.append(D(m.start(), m.end(), relative=True, grain="day"))
    return out


def _num_ok(phrase: str, tb: dict) -> bool:
    """The count in "3 days ago" must be a number (digits or a number word)."""
    for word in re.findall(rf"[{_L}]+|\d+|[{_KNUM}]+", phrase):
        if word.isdigit() or not re.match(rf"[{_L}]", word):
            return True
        forms = lemmas(word, tb["lang"])
        if any(f in tb["numbers"]["words"] or f in tb["numbers"].get("indefinite", [])
               for f in forms):
            return True
    return False


# --- choosing and joining -------------------------------------------------------------------

def _pick(cands: list[D]) -> list[D]:
    """The longest candidates that do not overlap, in text order."""
    chosen: list[D] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _intervals(t: str, dates: list[D], tb: dict) -> list[D]:
    """Join two dates with a connector into one interval: "from 1939 to 1956", "с ... по ...",
    "from late 1863 to early 1864", "в конце 1941 — начале 1942 г."."""
    pairs = tb["dates"].get("range_pairs", [])
    art = alternation(tb["dates"].get("day_article", []))
    qual = alternation(tb["dates"].get("range_qualifiers", []))
    out: list[D] = []
    i = 0
    while i < len(dates):
        a = dates[i]
        b = dates[i + 1] if i + 1 < len(dates) else None
        joined = _join(t, a, b, pairs, art, qual) if b is not None else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _join(t: str, a: D, b: D, pairs: list[list[str]], art: str = "(?!x)x",
          qual: str = "(?!x)x") -> D | None:
    if a.relative or b.relative:
        return None
    spans = a.edtf or b.edtf
    if spans and not _spans_join(a, b):
        return None
    # "from the 1920s to the 1940s": an article may stand before a decade or a century
    art = rf"(?:{art}\s+)?" if spans else ""
    # "from late 1863 to early 1864": a part of the year or a season before either date; the
    # interval is of the years (EDTF has no "late 1863")
    q = rf"(?:(?<![{_L}])(?:{qual})(?:\s+|-))?"
    gap = t[a.end:b.start]
    start = a.start
    lead = re.search(rf"(?<![{_L}])(?:{qual})(?:\s+|-)$", t[max(0, a.start - 24):a.start], re.I)
    if lead:
        start = a.start - len(lead.group())
    # a dash between two complete dates ("July 13 - July 15", "5/1/2019-5/7/2020")
    ok = bool(re.fullmatch(rf"(?:\s*[–—~〜]\s*|\s*-\s*){q}", gap, re.I))
    for opener, conn, *_ in pairs:
        if not re.fullmatch(rf"\s*{re.escape(conn)}\s*{art}{q}", gap, re.I):
            continue
        if opener:
            om = re.search(rf"(?<![{_L}]){re.escape(opener)}\s+{art}$", t[:start], re.I)
            if not om:
                continue
            start = om.start()
        ok = True
        break
    if not ok:
        return None
    if spans:
        return _closed(t, gap, D(start, b.end, edtf=f"{a.edtf}/{b.edtf}", grain=a.grain), pairs)
    a, b = _same_field_order(t, a, b)
    if b.d and not b.m and a.m:
        b = D(b.start, b.end, b.y, a.m, b.d)  # "9月3日から12日", "July 13 thru 15"
    if a.y is None and b.y is not None:
        a = D(a.start, a.end, b.y, a.m, a.d)
    elif b.y is None and a.y is not None:
        b = D(b.start, b.end, a.y, b.m, b.d)
    if not _valid(a) or not _valid(b) or (
            (a.m is None) != (b.m is None) and (a.y is None or b.y is None)):
        return None  # a year and a day both with years may make one: "(1918 – 29 April 1990)"
    if a.y is not None and (a.y, a.m or 0, a.d or 0) >= (b.y, b.m or 0, b.d or 0):
        return None
    grain = a.kind() if _rank(a.kind()) < _rank(b.kind()) else b.kind()
    return _closed(t, gap, D(start, b.end, edtf=f"{a.value()}/{b.value()}", grain=grain), pairs)


_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}")


def _same_field_order(t: str, a: D, b: D) -> tuple[D, D]:
    """Two numeric dates of one interval are written in one order: where one end shows it
    ("18/08/1938", day first: 18 is no month), the other is read the same way ("18/08/1938 –
    11/12/1938" is 11 December, not 12 November)."""
    ma, mb = _NUMERIC_DATE.fullmatch(t[a.start:a.end]), _NUMERIC_DATE.fullmatch(t[b.start:b.end])
    if not (ma and mb and a.m and a.d and b.m and b.d):
        return a, b

    def read_day_first(m: re.Match[str], c: D) -> bool:
        return (int(m.group(1)), int(m.group(2))) == (c.d, c.m)

    def swapped(c: D) -> D:
        return D(c.start, c.end, c.y, c.d, c.m) if c.d <= 12 else c

    first_a, first_b = read_day_first(ma, a), read_day_first(mb, b)
    if first_a != first_b:
        if int(ma.group(1)) > 12 or int(ma.group(2)) > 12:  # a's order is certain
            b = swapped(b)
        elif int(mb.group(1)) > 12 or int(mb.group(2)) > 12:
            a = swapped(a)
    return a, b


def _closed(t: str, gap: str, c: D, pairs: list[list[str]]) -> D:
    for pair in pairs:
        if len(pair) > 2 and pair[2] and re.fullmatch(rf"\s*{re.escape(pair[1])}\s*", gap) \
                and t.startswith(pair[2], c.end):
            c.end += len(pair[2])  # "AからBまで": the closing word belongs to the interval
            break
    return c


def _spans_join(a: D, b: D) -> bool:
    """Two decades or two centuries, the first earlier: "1940s–1950s", "20世紀から21世紀"."""
    if not (a.edtf and b.edtf) or a.grain != b.grain or a.grain not in ("decade", "century"):
        return False
    if "/" in a.edtf + b.edtf or "XX" in a.edtf[:2] + b.edtf[:2]:
        return False  # an interval already, or a decade of an unnamed century ("the 90s")
    return int(a.edtf.replace("X", "0")) < int(b.edtf.replace("X", "0"))


def _rank(grain: str) -> int:
    return ("day", "month", "year", "decade", "century").index(grain)

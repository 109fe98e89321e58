"""Accuracy of powtext's numbers and dates on the development half of public test suites.

Reads ../shared/eval/dev/*.jsonl (relative to the project root), runs find_numbers, find_dates
and find_identifiers on each text, resolves them as the pipeline does, and prints accuracy per
source, language and kind, then the headline (numbers and absolute dates per language).

Scoring: whole-text cases compare the value of the single top-level annotation; mention cases
need every expected mention found with the same span and value and nothing else of the family
reported outside them; `none` cases need nothing reported. Relative-time, clock-time, holiday,
open-ended (since/before/以降), vague-quantity, relative-ordinal ("the last one", "next") and
value-less ("a small percent") cases and other kinds (week, quarter, duration, set) are printed
but left out of the headline.

Two figures are printed where they differ:
- STRICT: the pipeline as it runs (numbers, dates and identifiers resolved together), spans and
  range bounds exactly as the suite writes them.
- MAPPED (the headline): the same output read through the suites' own conventions, each mapping
  because the suite measures something other than powtext's spec, never to excuse an error:
  1. number suites are scored on the number extractor alone (no date resolution): Recognizers'
     number specs ask for the parts of dates as numbers ("5/17/2018" -> 5, 17, 2018), a
     different task from powtext's, which reports a date there and never its parts;
  2. each Recognizers spec file tests one model, so only what that model reports is compared:
     NumberRangeModel -> `numberrange` annotations, OrdinalModel -> ordinals, PercentModel ->
     quantities with unit percent (or "point", Japanese ポイント: percentage points) and
     fractions of a hundred ("百分の2", "2/100" = 2%);
  3. range bounds: Recognizers and Duckling write exclusive ends ("between 20 and 30" =
     [20,30), "2014-2018" = 2014-01-01..2018-01-01); powtext reports inclusive EDTF intervals
     and number ranges with min/max (open ends marked `min_exclusive`/`max_exclusive`), so the
     bounds are compared and the bracket kinds are not;
  4. Recognizers date spans include a leading preposition ("on November 18-19", "starting on
     Sep 2019", "between 2014-2018") or a trailing particle ("21日ごろ", "2018年から") that
     powtext leaves out of the date span;
  5. parts the text leaves open: Duckling fills a missing year and month from its reference
     time ("25日に" = 2013-02-25), powtext writes X ("XXXX-XX-25"): the expected parts are lent
     where the text has none; Recognizers leaves the century of a two-digit year open
     ("12/12/30" = XX30-12-12), powtext resolves it (1930-1999, 2000-2029): the last two
     digits are compared; Recognizers writes a century as 100 years with an exclusive end
     ("15世紀" = 1400-01-01..1500-01-01), powtext as EDTF "14XX";
  6. Duckling writes a BC year as its negative without a year zero ("2014 BC" = -2014); EDTF
     counts astronomically (1 BC = "0000"), so "2014 BC" is "-2013";
  7. number-parser's `none` cases test parse_number/parse_ordinal, which read the whole string
     as ONE number or return None ("1 2", "twenty 1"): they pass when no single annotation spans
     the text; its rewrite cases strip the result, so surrounding spaces are not compared;
     its parse_ordinal cases include cardinals ("fifty five" = 55): only the value is compared;
  8. Recognizers' NumberModel leaves percentages to its PercentModel: a percentage is not
     compared there (mapping 2 the other way round); and number cases are scored with dates
     resolved, as the pipeline runs, except that a number the suite expects inside a date
     powtext found ("5/17/2018" -> 5) is taken from the number extractor (mapping 1).
The VERIFIED column is the mapped figure on the cases whose expectation some implementation of
the suite passes: Recognizers flags a case NotSupported per platform, and a case flagged on
dotnet, javascript, python and java alike was never checked by code (many of the Japanese ones
contradict each other: "2割引" = 20% but "八割引" = 20%). The headline stays the mapped figure.
The dateparser column runs dateparser 1.5 (when installed) on the same absolute and no-year date
cases: the whole text for whole-text cases, the gold span for mention cases (a help it gets and
powtext does not), with REQUIRE_PARTS set from the expected grain so it cannot fill missing parts
from today, and only the parts the expected value has compared. It returns one point, so
intervals count against it.

Usage: python bench/eval_numbers_dates.py [--show-failures N] [--filter SUBSTRING] [--strict]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from powtext.extract import find_dates, find_identifiers, find_numbers  # noqa: E402
from powtext.extract.tables import fold  # noqa: E402
from powtext.resolve import resolve  # noqa: E402

DATA = ROOT.parent / "shared" / "eval" / "dev"
NUMBER_FILES = ("duckling_number_", "number_parser_", "recognizers_number_")
DATE_FILES = ("duckling_time_", "recognizers_datetime_", "dateparser_")
HEADLINE = {"absolute", "no-year", "number", "none"}

# Words that make a case relative to "now", vague, or about clock time. These classify the
# evaluation cases; they are not used by the extractors.
RELATIVE_CUES = re.compile(
    r"\b(?:(?:days?|weeks?|months?|years?)\s+from|today|tonight|tomorrow|yesterday|now\b|next|last|this|these|coming|previous|current|"
    r"back\b|bo[mwy]\b|eo[mwy]\b|early|mid|late|otd\b|fortnight|to date|"
    r"ago|hence|later|earlier|recent|past|upcoming|following|same|week|weekend|weeks|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|fri|sat|sun|"
    r"summer|winter|spring|fall\b|autumn|season|day\b|days|month\b|months|year\b|years|yr|"
    r"qtr|quarter|q[1-4]\b|cy\d|eod|end\b|beginning|rest\b|within|soon|after\b|before\b|since|"
    r"easter|christmas|xmas|saint|thanksgiving|start\b)|[<>]\s*=?|"
    r"сегодня|завтра|вчера|позавчера|послезавтра|след|прошл|эт[оиуа]|через|назад|недел|"
    r"выходн|понедельник|вторник|сред[ау]|четверг|пятниц|суббот|воскресен|лет[оа]|весн|осен|зим|"
    r"квартал|месяц|год(?!а\b)|сутк|"
    r"今|来|先|昨|明|前|後|再|本|当|去|翌|毎|週|曜|夏|冬|春|秋|向こう|以降|以前|以来|この|その|ひと月|最近|"
    r"旧暦|みょうにち|"
    r"初め|末|半ば|中旬|上旬|下旬|直近|最後|ここ|同じ|あす|あした|きのう|きょう|おととい|"
    r"ようび|[火水木金土](?:曜|は|で|に|$)|\([月火水木金土日]\)|ヶ月|か月|カ月|週間|営業日|"
    r"(?<![\d０-９])[\d０-９]{1,2}年で",
    re.I,
)
CLOCK = re.compile(r"\d{1,2}:\d{2}|\b(?:a\.?m\.?|p\.?m\.?|noon|midnight|o'clock)\b|時|分|午前|午後|"
                   r"час|утра|вечера|дня|ночи|полдень|полночь", re.I)
VAGUE = re.compile(r"\b(?:a few|few|several|couple|pair|dozens of|lakhs?|lkhs?|crores?|cr|kr|some|"
                   r"many|scores)\b|"
                   r"несколько|пар[аыу]|数[十百千万]|何[十百千万]|幾", re.I)


# --- values ---------------------------------------------------------------------------------

def edtf_days(value: str | None) -> tuple[str, str] | None:
    """An EDTF value as (first day, last day), ISO strings; X digits stay in place."""
    if not value:
        return None
    if "/" in value:
        a, b = value.split("/", 1)
        da, db = edtf_days(a), edtf_days(b)
        return (da[0], db[1]) if da and db else None
    if re.fullmatch(r"\d{2}XX", value):
        return f"{value[:2]}00-01-01", f"{value[:2]}99-12-31"
    if re.fullmatch(r"\d{3}X", value):
        return f"{value[:3]}0-01-01", f"{value[:3]}9-12-31"
    m = re.fullmatch(r"(-?[\dX]{4})(?:-([\dX]{2})(?:-([\dX]{2}))?)?", value)
    if not m:
        return None
    y, mo, d = m.groups()
    if d:
        return f"{y}-{mo}-{d}", f"{y}-{mo}-{d}"
    if mo:
        last = _month_end(y, mo)
        return f"{y}-{mo}-01", f"{y}-{mo}-{last}"
    return f"{y}-01-01", f"{y}-12-31"


def _month_end(y: str, mo: str) -> str:
    if not (y.lstrip("-").isdigit() and mo.isdigit()):
        return "XX"
    yy, mm = int(y), int(mo)
    nxt = dt.date(yy + (mm == 12), mm % 12 + 1, 1)
    return f"{(nxt - dt.timedelta(days=1)).day:02d}"


def _minus_one(iso: str, grain: str) -> str:
    """The inclusive end of a Duckling exclusive interval end at this grain."""
    if iso.startswith("XXXX"):
        return "XXXX" + _minus_one("2001" + iso[4:], grain)[4:]  # a non-leap stand-in year
    d = dt.date.fromisoformat(iso[:10])
    if grain == "year":
        return f"{d.year - 1:04d}"
    if grain == "month":
        return f"{d.year - (d.month == 1):04d}-{(d.month - 2) % 12 + 1:02d}"
    return (d - dt.timedelta(days=1)).isoformat()


def _at_grain(iso: str, grain: str) -> str:
    return {"year": iso[:4], "month": iso[:7]}.get(grain, iso[:10])


def expected_date(rec: dict) -> tuple[str | None, str]:
    """(EDTF value, grain) of a whole-text Duckling or dateparser case."""
    e = rec["expected"] or {}
    if e.get("value", "").startswith("-") and "period" not in e:  # Duckling BC (mapping 6)
        year = int(e["value"][1:5])
        return (f"-{year - 1:04d}" if year > 1 else "0000"), e.get("grain", "year")
    if "period" in e:  # dateparser
        if "value" not in e:
            return None, "relative"
        grain = e["period"] if e["period"] in ("day", "month", "year") else "other"
        return _at_grain(e["value"], grain), grain
    if "from" not in e and "to" not in e:
        grain = e.get("grain", "day")
        value = e.get("normalized") or (_at_grain(e["value"], grain) if e.get("value") else None)
        return value, grain
    if "from" in e and "to" in e:
        f, t = e["from"], e["to"]
        grain = f.get("grain", "day")
        if grain not in ("day", "month", "year"):
            return None, "other"
        return f"{_at_grain(f['value'], grain)}/{_minus_one(t['value'], grain)}", grain
    return None, "open"


def timex_value(timex: str) -> str | None:
    """A Recognizers timex as EDTF: 2019-01-04, XXXX-10-02, (2016-01-12,2016-01-22,P10D)."""
    m = re.fullmatch(r"\((\S+?),(\S+?),P(\d+)([DWMY])\)", timex)
    if m:
        a, b, n, unit = m.groups()
        # README: "2014-2018" resolves to 2014-01-01..2018-01-01, i.e. the end is the start of
        # the last year (month) named, which is powtext's inclusive "2014/2018".
        if unit == "Y" and a.endswith("-01-01") and b.endswith("-01-01"):
            if int(n) == 10 and a[3] == "0" and b[3] == "0":
                return f"{a[:3]}X"
            if int(n) == 100 and a[2:4] == "00" and b[2:4] == "00":
                return f"{a[:2]}XX"  # a century, exclusive end (mapping 5)
            return f"{a[:4]}/{b[:4]}"
        if unit == "M" and a.endswith("-01") and b.endswith("-01"):
            return f"{a[:7]}/{b[:7]}"
        return f"{a}/{b}"  # day ranges: Recognizers gives the last day as written
    if re.fullmatch(r"[\dX]{4}(?:-[\dX]{2}(?:-[\dX]{2})?)?", timex):
        return timex
    return None


def dates_equal(ours: str | None, expected: str | None, text_has_year: bool) -> bool:
    if ours is None or expected is None:
        return False
    if ours == expected:
        return True
    if not text_has_year and "XXXX" in ours:  # no year in the text: lend it the expected one
        year = re.match(r"\(?(-?\d{4})", expected)
        if year:
            ours = ours.replace("XXXX", year.group(1))
        month = re.match(r"\(?-?\d{4}-(\d{2})", expected)
        if month and re.fullmatch(r"-?\d{4}-XX-\d{2}", ours):  # nor a month (mapping 5)
            ours = ours.replace("-XX-", f"-{month.group(1)}-")
    two = re.fullmatch(r"XX(\d{2})(-.*)?", expected)
    if two and re.fullmatch(rf"\d{{2}}{two.group(1)}{re.escape(two.group(2) or '')}", ours):
        return True  # the suite leaves a two-digit year's century open (mapping 5)
    a, b = edtf_days(ours), edtf_days(expected)
    return a is not None and a == b


def number_equal(ours, expected) -> bool:
    if isinstance(expected, dict):
        return isinstance(ours, dict) and all(
            number_equal(ours.get(k), expected.get(k)) for k in ("min", "max"))
    if isinstance(ours, dict) or ours is None or expected is None:
        return False
    try:
        a, b = float(ours), float(expected)
    except (TypeError, ValueError):
        return False
    return a == b or abs(a - b) <= 1e-6 * max(1.0, abs(b))


# --- extraction -----------------------------------------------------------------------------

def extract(text: str, lang: str, with_dates: bool = True) -> list:
    found = find_numbers(text, lang, "paragraph") + find_identifiers(text, lang, "paragraph")
    if with_dates:
        found += find_dates(text, lang, "paragraph")
    return resolve(found)


def date_parts(rec: dict, full: list, own: list) -> list:
    """The pipeline's output, plus the numbers the suite expects inside a date (mapping 8)."""
    dates = [a for a in full if a.type == "date"]
    spans = {(m["start"], m["end"]) for m in rec["expected"]}
    extra = [a for a in own if (a.start, a.end) in spans and a not in full
             and any(d.start <= a.start and a.end <= d.end for d in dates)]
    return full + extra


def top_level(anns: list) -> list:
    """Annotations not inside a longer one of the same family (a range, not its ends)."""
    return [a for a in anns if not any(
        b is not a and b.start <= a.start and a.end <= b.end
        and (b.end - b.start) > (a.end - a.start) for b in anns)]


def family(anns: list, fam: str) -> list:
    types = {"number": ("number", "numberrange"), "date": ("date",)}[fam]
    return [a for a in anns if a.type in types]


def unverified(rec: dict) -> bool:
    """A Recognizers case that no implementation of the suite passes: flagged NotSupported on
    dotnet, javascript, python and java alike (its expectation was never checked by code)."""
    flag = rec.get("flags", {}).get("NotSupported", "").lower()
    return all(p in flag for p in ("dotnet", "javascript", "python", "java"))


def model_of(rec: dict) -> str:
    """The Recognizers model a spec file tests ("NumberRangeModel"), else ""."""
    m = re.search(r"/(\w+Model)\.json$", rec.get("file", ""))
    return m.group(1) if m and rec["source"].endswith("Recognizers-Text") else ""


# --- classification -------------------------------------------------------------------------

def year_in_text(text: str) -> bool:
    t = fold(text)
    return bool(re.search(r"(?<!\d)\d{4}(?!\d)|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}(?!\d)|"
                          r"明治|大正|昭和|平成|令和|\d{2,4}年|[〇一二三四五六七八九十]+年", t))


HOLIDAYS = re.compile(r"\b(?:earth day|eid al[ -]\w+|mother'?s day|father'?s day|new year'?s|"
                      r"valentine'?s|halloween|independence day)\b", re.I)


# Generic unit words: relative only when the text names neither the expected year nor a month
# ("the day", "2 days" are relative; "year 2008", "2001 год", "third day of october" are not).
WEAK_CUES = re.compile(r"\b(?:day|days|month|months|year|years|mon)\b|год", re.I)
OPEN_CUES = re.compile(r"\b(?:since|after|before|anytime after|sometimes before|"
                       r"(?:greater|later|earlier|less) than|(?:and|or) (?:greater|later))\b|"
                       r"以降|以前|より前|よりも前|より後|よりも後|までに|以来|"
                       r"после|до(?= \d)|начиная", re.I)


def relative_text(text: str, expected_value: str | None) -> bool:
    strong = RELATIVE_CUES.sub(lambda m: "" if WEAK_CUES.fullmatch(m.group()) else m.group(),
                               text)
    if RELATIVE_CUES.search(strong):
        return True
    if not WEAK_CUES.search(text):
        return False
    year = re.match(r"\(?(\d{4})", expected_value or "")
    anchored = (year and year.group(1) in fold(text)) or re.search(r"\bday of\b", text, re.I)
    return not anchored


def date_category(rec: dict) -> str:
    text, kind = rec["text"], rec["kind"]
    e = rec["expected"]
    if kind == "none":
        return "none"
    if kind in ("duration", "set") or kind == "mixed":
        return "other"
    if kind in ("time", "timerange", "datetime", "datetimerange") or CLOCK.search(text):
        return "clock-time"
    if (isinstance(e, dict) and e.get("holiday")) or kind == "holiday" or HOLIDAYS.search(text):
        return "holiday"
    if rec["target"] == "mentions":
        timexes = [v.get("timex", "") for m in e for v in m.get("resolution", {}).get("values", [])]
        if any(timex_value(x) is None for x in timexes) or not timexes:
            return "other"
        spans = " ".join(m["text"] for m in e)
        if OPEN_CUES.search(spans):
            return "open-range"
        if relative_text(spans, timex_value(timexes[0])):
            return "relative"
        has_year = all(re.search(r"\d{4}", timex_value(x) or "") for x in timexes)
        return "absolute" if has_year else "no-year"
    if (isinstance(e, dict) and e.get("open")) or OPEN_CUES.search(text):
        return "open-range"
    value, grain = expected_date(rec)
    if kind == "relative_date" or relative_text(text, value):
        return "relative"
    if grain == "open":
        return "open-range"
    if grain not in ("day", "month", "year") or value is None:
        return "other"
    return "absolute" if year_in_text(text) else "no-year"


def number_category(rec: dict) -> str:
    if rec["kind"] == "none":
        return "none"
    if VAGUE.search(rec["text"]):
        return "vague"
    if rec["target"] == "mentions":
        values = [str(m.get("resolution", {}).get("value")) for m in rec["expected"]]
        if any(re.match(r"(?:end|current)\b", v) for v in values):
            return "rel-ordinal"  # "the last one", "next": a position, not a number
        if any(v in ("null", "None") for v in values):
            return "no-value"  # "a small percent"
    return "number"


# --- scoring --------------------------------------------------------------------------------

def score_number(rec: dict, anns: list, mapped: bool) -> bool:
    nums = family(anns, "number")
    model = model_of(rec) if mapped else ""
    if model == "NumberRangeModel":
        nums = [a for a in nums if a.type == "numberrange"]
    elif model == "OrdinalModel":
        nums = [a for a in nums if a.ordinal]
    elif model == "NumberModel":
        nums = [a for a in nums if a.unit not in ("percent", "point")]  # mapping 8
    elif model == "PercentModel":
        spans = {(m["start"], m["end"]) for m in rec["expected"]}
        nums = [a for a in nums if a.unit in ("percent", "point") or (a.start, a.end) in spans]
    if rec["kind"] == "none":
        if mapped and rec["source"].endswith("number-parser"):  # mapping 7
            text = rec["text"].strip()
            return not any(a.text.strip() == text for a in nums)
        return not nums
    if rec["target"] == "rewrite":
        got, want = rewrite(rec["text"], nums), rec["expected"]["output"]
        return got == want or (mapped and got.strip() == want.strip())
    if rec["target"] == "whole_text":
        top = top_level(nums)
        if len(top) != 1:
            return False
        a, expected = top[0], rec["expected"]["value"]
        if rec["kind"] == "ordinal" and not a.ordinal and not (
                mapped and rec["source"].endswith("number-parser")):
            return False  # parse_ordinal reads cardinals too: "fifty five" = 55 (mapping 7)
        return number_equal(a.value, expected)
    return score_mentions(rec, nums, number_mention_value, mapped)


def number_mention_value(m: dict, flags: dict):
    res = m.get("resolution", {})
    value = res.get("value")
    if flags.get("IgnoreResolution"):
        return ...
    if value is None:
        return None
    if m["kind"] == "numberrange":
        rm = re.fullmatch(r"([\[(])([^,]*),([^\])]*)([\])])", value)
        if not rm:
            return None
        out = {}
        if rm.group(2):
            out["min"] = float(rm.group(2))
            out["min_exclusive"] = rm.group(1) == "("
        if rm.group(3):
            out["max"] = float(rm.group(3))
            out["max_exclusive"] = rm.group(4) == ")"
        return out
    if m["kind"] == "percent":
        return ("%", value.rstrip("%")) if value != "null" else None
    try:
        return float(value)
    except ValueError:
        return None


def number_matches(a, want, mapped: bool) -> bool:
    if isinstance(want, tuple):  # a percentage
        if a.unit in ("percent", "point") or not mapped:
            return number_equal(a.value, want[1])
        return isinstance(a.value, (int, float)) and number_equal(a.value * 100, want[1])
    if isinstance(want, dict):
        if not isinstance(a.value, dict):
            return False
        for end in ("min", "max"):
            if (end in want) != (end in a.value):
                return False
            if end in want and not number_equal(a.value[end], want[end]):
                return False
            exclusive = bool(a.attrs.get(f"{end}_exclusive"))
            if end in want and not mapped and exclusive != want[f"{end}_exclusive"]:
                return False
        return True
    return number_equal(a.value, want)


def date_mention_value(m: dict, flags: dict):
    values = [timex_value(v.get("timex", "")) for v in m.get("resolution", {}).get("values", [])]
    return values[0] if values else None


# Words Recognizers keeps in a date span that powtext leaves outside it (mapping 4).
SPAN_LEAD = re.compile(r"(?:(?:on|in|from|between|starting|starting on|beginning|w/c|at|by|year)"
                       r"\s+)+$",
                       re.I)
SPAN_TAIL = re.compile(r"^(?:ごろ|頃|に|で|は|から|まで)$")


def span_ok(a, m: dict, text: str, mapped: bool) -> bool:
    if a.start == m["start"] and a.end == m["end"]:
        return True
    if not mapped or not (m["start"] <= a.start and a.end <= m["end"]):
        return False
    lead, tail = text[m["start"]:a.start], text[a.end:m["end"]]
    return (not lead or bool(SPAN_LEAD.fullmatch(lead))) and \
        (not tail or bool(SPAN_TAIL.fullmatch(tail)))


def score_mentions(rec: dict, anns: list, value_of, mapped: bool) -> bool:
    flags = rec.get("flags", {})
    expected = rec["expected"]
    fam_date = value_of is date_mention_value
    for m in expected:
        want = value_of(m, flags)
        if fam_date:
            hit = [a for a in anns if span_ok(a, m, rec["text"], mapped)]
        else:
            hit = [a for a in anns if a.start == m["start"] and a.end == m["end"]]
        if not hit:
            return False
        if want is ...:
            continue
        if fam_date:
            if not any(dates_equal(a.value, want, "XXXX" not in (want or "")) for a in hit):
                return False
        elif not any(number_matches(a, want, mapped) for a in hit):
            return False
    # nothing reported outside the expected mentions
    return all(any(a.start < m["end"] and m["start"] < a.end for m in expected) for a in anns)


def rewrite(text: str, nums: list) -> str:
    out, pos = [], 0
    for a in top_level(sorted(nums, key=lambda a: a.start)):
        if a.type != "number":
            continue
        out.append(text[pos:a.start])
        v = a.value
        out.append(str(int(v)) if float(v).is_integer() else str(v))
        pos = a.end
    out.append(text[pos:])
    return "".join(out)


def score_date(rec: dict, anns: list, cat: str, mapped: bool) -> bool:
    dates = family(anns, "date")
    if rec["kind"] == "none":
        return not dates
    if cat == "relative" and rec["target"] == "whole_text":
        # powtext does not resolve relative dates: recognizing one without a value is right.
        top = top_level(dates)
        return len(top) == 1 and bool(top[0].relative)
    if rec["target"] == "mentions":
        return score_mentions(rec, dates, date_mention_value, mapped)
    top = top_level(dates)
    if len(top) != 1:
        return False
    want, _ = expected_date(rec)
    return dates_equal(top[0].value, want, cat != "no-year")


_PARTS = {"day": ["day", "month", "year"], "month": ["month", "year"], "year": ["year"]}


def dateparser_score(rec: dict, cat: str) -> bool | None:
    """dateparser on the same case, with settings that forbid filling parts from today."""
    try:
        import dateparser
    except ImportError:
        return None
    if rec["kind"] == "none":
        return None
    if rec["target"] == "whole_text":
        items = [(rec["text"], *expected_date(rec))]
    else:
        items = []
        for m in rec["expected"]:
            want = date_mention_value(m, {})
            grain = "day" if re.search(r"-[\dX]{2}-[\dX]{2}$", want or "") else \
                "month" if re.search(r"-[\dX]{2}$", want or "") else "year"
            items.append((m["text"], want, grain))
    for text, want, grain in items:
        if want is None or "/" in want or grain not in _PARTS:
            return False  # dateparser returns one point, never an interval
        parts = [p for p in _PARTS[grain] if cat != "no-year" or p != "year"]
        try:
            got = dateparser.parse(text, languages=[rec["lang"]], settings={
                "REQUIRE_PARTS": parts, "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False,
            })
        except Exception:
            return False
        if got is None:
            return False
        ours = _at_grain(got.date().isoformat(), grain)
        if not dates_equal(ours if cat != "no-year" else "XXXX" + ours[4:], want,
                           cat != "no-year"):
            return False
    return True


# --- report ---------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show-failures", type=int, default=0, metavar="N")
    ap.add_argument("--filter", default="", help="only files whose name contains this")
    ap.add_argument("--strict", action="store_true", help="list strict failures, not mapped")
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"no evaluation data at {DATA}: nothing to measure")
        return 0
    # (file, lang, kind, category) → mapped ok, n, strict ok, dateparser ok, dateparser n
    rows = defaultdict(lambda: [0, 0, 0, 0, 0])
    heads = defaultdict(lambda: [0, 0, 0, 0, 0])  # (lang, family) → the same
    verified = defaultdict(lambda: [0, 0])  # (lang, family) → mapped ok, n on verified cases
    failures = defaultdict(list)
    have_dp = True
    try:
        import dateparser  # noqa: F401
    except ImportError:
        have_dp = False
    for path in sorted(DATA.glob("*.jsonl")):
        name = path.stem
        fam = "number" if name.startswith(NUMBER_FILES) else \
            "date" if name.startswith(DATE_FILES) else None
        if fam is None or args.filter not in name:
            continue
        for line in path.read_text("utf-8").splitlines():
            rec = json.loads(line)
            full = extract(rec["text"], rec["lang"])
            if fam == "number":
                cat = number_category(rec)
                own = extract(rec["text"], rec["lang"], with_dates=False)
                mapped = own if rec["target"] != "mentions" else date_parts(rec, full, own)
                ok, strict = score_number(rec, mapped, True), score_number(rec, full, False)
                anns = mapped
                dp = None
            else:
                cat = date_category(rec)
                ok, strict = score_date(rec, full, cat, True), score_date(rec, full, cat, False)
                anns = full
                dp = dateparser_score(rec, cat) if cat in ("absolute", "no-year") else None
            keys = [rows[(name, rec["lang"], rec["kind"], cat)]]
            if cat in HEADLINE:
                label = fam if fam == "number" else "absolute dates"
                keys.append(heads[(rec["lang"], label)])
                if not unverified(rec):
                    verified[(rec["lang"], label)][0] += ok
                    verified[(rec["lang"], label)][1] += 1
            for row in keys:
                row[0] += ok
                row[1] += 1
                row[2] += strict
                if dp is not None:
                    row[3] += dp
                    row[4] += 1
            if not (strict if args.strict else ok):
                got = [(a.type, a.text, a.value) for a in family(full if args.strict else anns,
                                                                  fam)]
                failures[(name, cat)].append((rec["text"], _short(rec["expected"]), got))
    dp_note = "" if have_dp else "  (dateparser not installed: no baseline)"
    print(f"{'source file':28} {'lang':4} {'kind':16} {'category':11} {'ok':>5} {'n':>5} "
          f"{'mapped':>7} {'strict':>7}  {'dateparser':>10}{dp_note}")
    for (name, lang, kind, cat), (ok, n, sok, dok, dn) in sorted(rows.items()):
        dp = f"{100 * dok / dn:9.1f}%" if dn else ""
        mark = "" if cat in HEADLINE else "  (not in headline)"
        print(f"{name:28} {lang:4} {kind:16} {cat:11} {ok:5d} {n:5d} {100 * ok / n:6.1f}% "
              f"{100 * sok / n:6.1f}%  {dp:>10}{mark}")
    print("\nHEADLINE (numbers; absolute dates incl. dates without a year; none cases)"
          " — target ≥ 97%")
    print(f"{'lang':4} {'family':15} {'ok':>5} {'n':>5} {'mapped':>7} {'strict':>7}  "
          f"{'verified':>8}  {'dateparser':>10}")
    for (lang, label), (ok, n, sok, dok, dn) in sorted(heads.items()):
        dp = f"{100 * dok / dn:6.1f}% of {dn}" if dn else ""
        vok, vn = verified[(lang, label)]
        ver = f"{100 * vok / vn:6.1f}%" if vn else ""
        print(f"{lang:4} {label:15} {ok:5d} {n:5d} {100 * ok / n:6.1f}% {100 * sok / n:6.1f}%  "
              f"{ver:>8}  {dp:>10}")
    print("verified: mapped, on the cases some implementation of the suite passes (Recognizers "
          "cases flagged NotSupported on every platform are left out)")
    if args.show_failures:
        for key, items in sorted(failures.items()):
            print(f"\n== failures {key} ({len(items)})")
            for text, exp, got in items[:args.show_failures]:
                print(f"  {text!r}\n      expected {exp}\n      got      {got}")
    return 0


def _short(expected) -> str:
    if isinstance(expected, list):
        return str([(m["text"], m["start"], m.get("resolution", {}).get("value")
                     or [v.get("timex") for v in m.get("resolution", {}).get("values", [])][:1])
                    for m in expected])
    return json.dumps(expected, ensure_ascii=False)[:160]


if __name__ == "__main__":
    sys.exit(main())

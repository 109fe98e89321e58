"""Accuracy of powtext's numbers and dates on the development half of public test suites.

Reads ../shared/eval/dev/*.jsonl (relative to the project root), runs find_numbers, find_dates
and find_identifiers on each text, resolves them as the pipeline does, and prints accuracy per
source, language and kind, then the headline (numbers and absolute dates per language).

Scoring: whole-text cases compare the value of the single top-level annotation; mention cases
need every expected mention found with the same span and value and nothing else of the family
reported outside them; `none` cases need nothing reported. Relative-time, clock-time, holiday,
vague-quantity and other (week, quarter, duration, set) cases are printed but left out of the
headline. Range ends: Duckling's exclusive ends are mapped to inclusive ones before comparing.

Usage: python bench/eval_numbers_dates.py [--show-failures N] [--filter SUBSTRING]
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
    r"\b(?:today|tonight|tomorrow|yesterday|now\b|next|last|this|these|coming|previous|current|"
    r"back\b|bo[mwy]\b|eo[mwy]\b|early|mid|late|otd\b|fortnight|to date|"
    r"ago|hence|later|earlier|recent|past|upcoming|following|same|week|weekend|weeks|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|fri|sat|sun|"
    r"summer|winter|spring|fall\b|autumn|season|day\b|days|month\b|months|year\b|years|yr|"
    r"qtr|quarter|q[1-4]\b|cy\d|eod|end\b|beginning|rest\b|within|soon|after\b|before\b|since|"
    r"until|till\b|easter|christmas|xmas|saint|thanksgiving)|[<>]\s*=?|"
    r"сегодня|завтра|вчера|позавчера|послезавтра|след|прошл|эт[оиуа]|через|назад|недел|"
    r"выходн|понедельник|вторник|сред[ау]|четверг|пятниц|суббот|воскресен|лет[оа]|весн|осен|зим|"
    r"квартал|месяц|год(?!а\b)|сутк|"
    r"今|来|先|昨|明|前|後|再|本|当|去|翌|毎|週|曜|夏|冬|春|秋|向こう|以降|以前|以来|まで|から|頃|"
    r"初め|末|半ば|中旬|上旬|下旬|直近|最後|ここ|同じ|あす|あした|きのう|きょう|おととい|"
    r"ようび|[火水木金土](?:曜|は|で|に|$)|ヶ月|か月|カ月|週間|営業日",
    re.I,
)
CLOCK = re.compile(r"\d{1,2}:\d{2}|\b(?:a\.?m\.?|p\.?m\.?|noon|midnight|o'clock)\b|時|分|午前|午後|"
                   r"час|утра|вечера|дня|ночи|полдень|полночь", re.I)
VAGUE = re.compile(r"\b(?:a few|few|several|couple|pair|dozens|lakh|crore|some|many|scores)\b|"
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
        if unit == "Y" and a.endswith("-01-01") and b.endswith("-01-01"):
            if int(n) == 10 and a[3] == "0":
                return f"{a[:3]}X"
            return f"{a[:4]}/{int(b[:4]) - 1:04d}"
        if unit == "M" and a.endswith("-01") and b.endswith("-01"):
            return f"{a[:7]}/{_minus_one(b, 'month')}"
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

def extract(text: str, lang: str) -> list:
    found = (find_numbers(text, lang, "paragraph") + find_dates(text, lang, "paragraph")
             + find_identifiers(text, lang, "paragraph"))
    return resolve(found)


def top_level(anns: list) -> list:
    """Annotations not inside a longer one of the same family (a range, not its ends)."""
    return [a for a in anns if not any(
        b is not a and b.start <= a.start and a.end <= b.end
        and (b.end - b.start) > (a.end - a.start) for b in anns)]


def family(anns: list, fam: str) -> list:
    types = {"number": ("number", "numberrange"), "date": ("date",)}[fam]
    return [a for a in anns if a.type in types]


# --- classification -------------------------------------------------------------------------

def year_in_text(text: str) -> bool:
    t = fold(text)
    return bool(re.search(r"(?<!\d)\d{4}(?!\d)|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}(?!\d)|"
                          r"明治|大正|昭和|平成|令和|\d{2,4}年|[〇一二三四五六七八九十]+年", t))


def date_category(rec: dict) -> str:
    text, kind = rec["text"], rec["kind"]
    e = rec["expected"]
    if kind == "none":
        return "none"
    if kind in ("duration", "set") or kind == "mixed":
        return "other"
    if kind in ("time", "timerange", "datetime", "datetimerange") or CLOCK.search(text):
        return "clock-time"
    if (isinstance(e, dict) and e.get("holiday")) or kind == "holiday":
        return "holiday"
    if rec["target"] == "mentions":
        timexes = [v.get("timex", "") for m in e for v in m.get("resolution", {}).get("values", [])]
        if any(timex_value(x) is None for x in timexes) or not timexes:
            return "other"
        if RELATIVE_CUES.search(" ".join(m["text"] for m in e)):
            return "relative"
        has_year = all(re.search(r"\d{4}", timex_value(x) or "") for x in timexes)
        return "absolute" if has_year else "no-year"
    if kind == "relative_date" or RELATIVE_CUES.search(text):
        return "relative"
    value, grain = expected_date(rec)
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
    return "number"


# --- scoring --------------------------------------------------------------------------------

def score_number(rec: dict, anns: list) -> bool:
    nums = family(anns, "number")
    if rec["kind"] == "none":
        return not nums
    if rec["target"] == "rewrite":
        return rewrite(rec["text"], nums) == rec["expected"]["output"]
    if rec["target"] == "whole_text":
        top = top_level(nums)
        if len(top) != 1:
            return False
        a, expected = top[0], rec["expected"]["value"]
        if rec["kind"] == "ordinal" and not a.ordinal:
            return False
        return number_equal(a.value, expected)
    return score_mentions(rec, nums, number_mention_value)


def number_mention_value(m: dict, flags: dict):
    res = m.get("resolution", {})
    value = res.get("value")
    if flags.get("IgnoreResolution"):
        return ...
    if value is None:
        return None
    if m["kind"] == "numberrange":
        rm = re.fullmatch(r"[\[(]([^,]*),([^\])]*)[\])]", value)
        if not rm or not rm.group(1) or not rm.group(2):
            return None
        return {"min": float(rm.group(1)), "max": float(rm.group(2))}
    if m["kind"] == "percent":
        return value.rstrip("%") if value != "null" else None
    try:
        return float(value)
    except ValueError:
        return None


def date_mention_value(m: dict, flags: dict):
    values = [timex_value(v.get("timex", "")) for v in m.get("resolution", {}).get("values", [])]
    return values[0] if values else None


def score_mentions(rec: dict, anns: list, value_of) -> bool:
    flags = rec.get("flags", {})
    expected = rec["expected"]
    fam_date = value_of is date_mention_value
    for m in expected:
        want = value_of(m, flags)
        hit = [a for a in anns if a.start == m["start"] and a.end == m["end"]]
        if not hit:
            return False
        if want is ...:
            continue
        if fam_date:
            if not any(dates_equal(a.value, want, "XXXX" not in (want or "")) for a in hit):
                return False
        elif not any(number_equal(a.value, want) for a in hit):
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


def score_date(rec: dict, anns: list, cat: str) -> bool:
    dates = family(anns, "date")
    if rec["kind"] == "none":
        return not dates and not (rec["target"] == "whole_text" and family(anns, "number")
                                  and False)
    if cat == "relative" and rec["target"] == "whole_text":
        # powtext does not resolve relative dates: recognizing one without a value is right.
        top = top_level(dates)
        return len(top) == 1 and bool(top[0].relative)
    if rec["target"] == "mentions":
        return score_mentions(rec, dates, date_mention_value)
    top = top_level(dates)
    if len(top) != 1:
        return False
    want, _ = expected_date(rec)
    return dates_equal(top[0].value, want, cat != "no-year")


def dateparser_score(rec: dict, cat: str) -> bool | None:
    """dateparser on the same whole-text case, with settings that forbid filling from today."""
    try:
        import dateparser
    except ImportError:
        return None
    if rec["target"] != "whole_text" or rec["kind"] == "none":
        return None
    lang = rec["lang"]
    try:
        got = dateparser.parse(rec["text"], languages=[lang], settings={
            "REQUIRE_PARTS": ["year"] if cat == "absolute" else [],
            "RETURN_TIME_AS_PERIOD": True,
            "RELATIVE_BASE": dt.datetime(1900, 1, 1),
        })
    except Exception:
        return False
    if got is None:
        return False
    want, grain = expected_date(rec)
    if want is None:
        return False
    if "/" in want:
        return False  # dateparser returns one point, never an interval
    ours = _at_grain(got.date().isoformat(), grain)
    return dates_equal(ours if cat != "no-year" else "XXXX" + ours[4:], want, cat != "no-year")


# --- report ---------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show-failures", type=int, default=0, metavar="N")
    ap.add_argument("--filter", default="", help="only files whose name contains this")
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"no evaluation data at {DATA}: nothing to measure")
        return 0
    rows = defaultdict(lambda: [0, 0, 0, 0])  # (file, lang, kind, category) → ok, n, dp_ok, dp_n
    heads = defaultdict(lambda: [0, 0, 0, 0])  # (lang, family) → ok, n, dp_ok, dp_n
    failures = defaultdict(list)
    for path in sorted(DATA.glob("*.jsonl")):
        name = path.stem
        fam = "number" if name.startswith(NUMBER_FILES) else \
            "date" if name.startswith(DATE_FILES) else None
        if fam is None or args.filter not in name:
            continue
        for line in path.read_text("utf-8").splitlines():
            rec = json.loads(line)
            anns = extract(rec["text"], rec["lang"])
            if fam == "number":
                cat = number_category(rec)
                ok = score_number(rec, anns)
                dp = None
            else:
                cat = date_category(rec)
                ok = score_date(rec, anns, cat)
                dp = dateparser_score(rec, cat) if cat in ("absolute", "no-year") else None
            row = rows[(name, rec["lang"], rec["kind"], cat)]
            row[0] += ok
            row[1] += 1
            if dp is not None:
                row[2] += dp
                row[3] += 1
            if cat in HEADLINE:
                label = fam if fam == "number" else "absolute dates"
                h = heads[(rec["lang"], label)]
                h[0] += ok
                h[1] += 1
                if dp is not None:
                    h[2] += dp
                    h[3] += 1
            if not ok:
                got = [(a.type, a.text, a.value) for a in family(anns, fam)]
                failures[(name, cat)].append((rec["text"], _short(rec["expected"]), got))
    print(f"{'source file':28} {'lang':4} {'kind':16} {'category':11} {'ok':>5} {'n':>5} "
          f"{'acc':>7}  {'dateparser':>10}")
    for (name, lang, kind, cat), (ok, n, dok, dn) in sorted(rows.items()):
        dp = f"{100 * dok / dn:9.1f}%" if dn else ""
        mark = "" if cat in HEADLINE else "  (not in headline)"
        print(f"{name:28} {lang:4} {kind:16} {cat:11} {ok:5d} {n:5d} {100 * ok / n:6.1f}%"
              f"  {dp:>10}{mark}")
    print("\nHEADLINE (numbers; absolute dates incl. dates without a year; none cases)"
          " — target ≥ 97%")
    print(f"{'lang':4} {'family':15} {'ok':>5} {'n':>5} {'acc':>7}  {'dateparser':>10}")
    for (lang, label), (ok, n, dok, dn) in sorted(heads.items()):
        dp = f"{100 * dok / dn:9.1f}%" if dn else ""
        print(f"{lang:4} {label:15} {ok:5d} {n:5d} {100 * ok / n:6.1f}%  {dp:>10}")
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

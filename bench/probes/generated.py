"""Generated-case probe: ~8,700 date and number forms in English, Japanese and Russian.

Builds cases from dateparser's locale tables (month and weekday names, abbreviations),
Duckling / Recognizers-Text / number-parser style layouts and historians' probes (biographies,
BC and era years, ranges, counters, references), all written or computed here: expected values
never come from powtext. The random seed is fixed, so every run makes the same cases. Each case
is run through powtext.extract.dates.find_dates and powtext.extract.numbers.find_numbers.

This is a probe, not a test: it exists to find CLASSES of misses and misreadings. Fix a class
in the library by its rule; never special-case a case or a phrase from here.

Usage (from the project root; needs dateparser installed, which powtext itself does not):
    python -m bench.probes.generated [-v] [--cls SUBSTR] [--dump FILE]

-v shows more examples per group and the passes whose span differs from the expected one;
--cls keeps the classes whose name contains SUBSTR; --dump writes every result as JSONL.

Reading the output:
  == totals ==  per language and family (date, number): a case passes when every expected
      annotation is found with the expected value (and unit / ordinal flag / exact span where
      the case checks them); then the same per source section.
  == failure groups ==  "- GROUP: failed/total (kinds)": kinds are missed, missed (wrong type),
      wrong value, partial span, span differs, unit, ordinal flag, forbidden misreading (a
      reading the case forbids was reported). FLAG marks a debatable convention, to be decided
      before counting the group as a bug. "classes:" splits a group into generated classes;
      example lines show "want SURFACE=VALUE; got TYPE:TEXT=VALUE" ("-" = nothing found).
  == extra annotations ==  classes where powtext reported a date (or, in number cases, a
      number) where none was expected.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import importlib
import json
import math
import random
import re

from powtext.extract.dates import find_dates
from powtext.extract.numbers import find_numbers

R = random.Random(20250611)
CASES: list[dict] = []


# --- case helpers ---------------------------------------------------------------------------

def E(typ, surface, value, core=None, unit=None, ordinal=None, grain=None, exact=False):
    """An expected annotation. core: the part an annotation must cover (default: surface);
    unit: None = not checked, "" = must have none; ordinal: None = not checked;
    exact: the span must be the surface exactly."""
    return dict(type=typ, surface=surface, value=value, core=core or surface, unit=unit,
                ordinal=ordinal, grain=grain, exact=exact)


def add(lang, cls, text, exps, kind="paragraph", flag=None, check_dates_extra=True,
        forbid=(), allow_dates=False, family=None):
    """forbid: (type, surface) pairs that must not be reported (misreadings);
    allow_dates: a number case whose frame holds other dates/numbers (no extras counted)."""
    pos = 0
    for x in exps:
        i = text.find(x["surface"], pos)
        if i < 0:
            i = text.find(x["surface"])
        assert i >= 0, (text, x["surface"])
        x["start"] = i
        x["end"] = i + len(x["surface"])
        ci = x["surface"].find(x["core"])
        assert ci >= 0, (x["surface"], x["core"])
        x["cstart"] = i + ci
        x["cend"] = x["cstart"] + len(x["core"])
        pos = i + 1
    CASES.append(dict(lang=lang, cls=cls, text=text, exp=exps, kind=kind, flag=flag,
                      family=family or ("date" if exps and exps[0]["type"] == "date"
                                        else "number"),
                      check_dates_extra=check_dates_extra, forbid=list(forbid),
                      allow_dates=allow_dates))


def dates_between(a=1800, b=2030):
    y = R.randint(a, b)
    m = R.randint(1, 12)
    d = R.randint(1, [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31,
                      30, 31, 31, 30, 31, 30, 31][m - 1])
    return dt.date(y, m, d)


def iso(d):
    return d.isoformat()


def fw(s):  # full-width digits
    return s.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


def dp(lang):
    """dateparser's locale table for lang (month and weekday names and abbreviations)."""
    try:
        module = importlib.import_module(f"dateparser.data.date_translation_data.{lang}")
    except ModuleNotFoundError as e:
        raise SystemExit("this probe reads dateparser's locale data: pip install dateparser") from e
    return module.info


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

EN = dp("en")
RU = dp("ru")


def en_ord_suffix(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


EN_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_ORD_ONES = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
               "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
               "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
EN_ORD_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
               "seventieth", "eightieth", "ninetieth"]


def en_card(n, and_=True):
    assert 0 <= n < 10**6
    if n < 20:
        return EN_ONES[n]
    if n < 100:
        return EN_TENS[n // 10] + ("-" + EN_ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return EN_ONES[n // 100] + " hundred" + (
            (" and " if and_ else " ") + en_card(rest) if rest else "")
    rest = n % 1000
    head = en_card(n // 1000, and_) + " thousand"
    if not rest:
        return head
    if rest < 100 and and_:
        return head + " and " + en_card(rest)
    return head + " " + en_card(rest, and_)


def en_ordw(n, and_=True):
    if n < 20:
        return EN_ORD_ONES[n]
    if n < 100:
        return EN_ORD_TENS[n // 10] if n % 10 == 0 else \
            EN_TENS[n // 10] + "-" + EN_ORD_ONES[n % 10]
    if n % 100 == 0 and n < 1000:
        return EN_ONES[n // 100] + " hundredth"
    if n < 1000:
        return EN_ONES[n // 100] + " hundred" + (" and " if and_ else " ") + en_ordw(n % 100)
    raise ValueError(n)


# Russian ordinals 1..31 (day words) and cardinals below 1000
RU_ORD_STEM = {1: "перв", 2: "втор", 3: "треть", 4: "четверт", 5: "пят", 6: "шест", 7: "седьм",
               8: "восьм", 9: "девят", 10: "десят", 11: "одиннадцат", 12: "двенадцат",
               13: "тринадцат", 14: "четырнадцат", 15: "пятнадцат", 16: "шестнадцат",
               17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат", 20: "двадцат",
               30: "тридцат", 40: "сороков", 50: "пятидесят", 60: "шестидесят",
               70: "семидесят", 80: "восьмидесят", 90: "девяност", 100: "сот"}
RU_ORD_END = {  # case -> (regular ending, ending for 2 "втор-", 3 "треть-")
    "nom_n": ("ое", "ое", "е"), "gen": ("ого", "ого", "его"), "dat": ("ому", "ому", "ему"),
    "nom_m": ("ый", "ой", "ий"), "prep": ("ом", "ом", "ем"),
}
RU_ONES = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
           "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
           "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
           "восемьдесят", "девяносто"]
RU_HUND = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
           "восемьсот", "девятьсот"]


def ru_ord_word(k, case):
    reg, two, three = RU_ORD_END[case]
    if k == 3:  # третий, третье, третьего, третьему, третьем
        return {"nom_m": "третий", "nom_n": "третье", "gen": "третьего", "dat": "третьему",
                "prep": "третьем"}[case]
    stem = RU_ORD_STEM[k]
    if k == 2:
        return stem + two
    if k == 3:
        return stem + three
    if k == 40 or (k in (6, 7, 8) and case == "nom_m"):
        return stem + ("ой" if case == "nom_m" else reg)
    return stem + reg


def ru_ord(n, case):
    """1..999 as a Russian ordinal in the given case (masculine/neuter)."""
    parts = []
    if n >= 100:
        if n % 100 == 0:
            if n == 100:
                return ru_ord_word(100, case)
            raise ValueError(n)
        parts.append(RU_HUND[n // 100])
        n %= 100
    if n >= 20 and n % 10:
        parts.append(RU_TENS[n // 10])
        n %= 10
    parts.append(ru_ord_word(n, case))
    return " ".join(parts)


def ru_card(n):
    assert 0 < n < 1000
    out = []
    if n >= 100:
        out.append(RU_HUND[n // 100])
        n %= 100
    if n >= 20:
        out.append(RU_TENS[n // 10])
        n %= 10
    if n:
        out.append(RU_ONES[n])
    return " ".join(out)


KANJI = "〇一二三四五六七八九"


def kanji_num(n):
    """Positional-with-multipliers kanji numeral (十二万三千四百五十六)."""
    if n == 0:
        return "〇"
    out = ""
    for scale, mark in ((10**8, "億"), (10**4, "万")):
        if n >= scale:
            out += kanji_below(n // scale) + mark
            n %= scale
    if n:
        out += kanji_below(n)
    return out


def kanji_below(n):
    """Below 10,000: 千/百/十 without a leading 一 (千二百, not 一千二百)."""
    out = ""
    for val, mark in ((1000, "千"), (100, "百"), (10, "十")):
        q = n // val
        if q:
            out += ("" if q == 1 else KANJI[q]) + mark
            n %= val
    if n:
        out += KANJI[n]
    return out


def kanji_positional(n):  # 二〇一四
    return "".join(KANJI[int(c)] for c in str(n))


# --- 1. dateparser locale forms -------------------------------------------------------------

def en_month_forms():
    out = []
    for i, name in enumerate(MONTHS, 1):
        for f in EN[name]:
            full = len(f) > 4 or f == "may" or f == "june" or f == "july"
            out.append((f, i, full))
    return out


def en_wday_forms():
    out = []
    for i, name in enumerate(WDAYS):
        for f in EN[name]:
            out.append((f, i))
    return out


def cap(s):
    return s[:1].upper() + s[1:]


def gen_en_locale():
    months = en_month_forms()
    wdays = en_wday_forms()
    frames = ["{}", "It was signed on {}.", "The letter is dated {} and was sent later.",
              "Published {}."]
    for _ in range(560):
        d = dates_between(1850, 2030)
        f, _, full = [x for x in months if x[1] == d.month][R.randrange(
            len([x for x in months if x[1] == d.month]))]
        dot = "" if full or R.random() < 0.5 else "."
        low = R.random() < 0.15
        mf = (f if low else cap(f)) + dot
        dd = f"{d.day:02d}" if R.random() < 0.3 else str(d.day)
        wdf = [w for w in wdays if w[1] == d.weekday()]
        wf = cap(R.choice(wdf)[0])
        two_letter = len(wf) == 2
        layout = R.randrange(11)
        cls_m = "full" if full else f"abbr{'.' if dot else ''}"
        if low:
            cls_m += "-lower"
        if layout == 0:
            s, cls = f"{mf} {dd}, {d.year}", "en:Mon D, Y"
        elif layout == 1:
            s, cls = f"{dd} {mf} {d.year}", "en:D Mon Y"
        elif layout == 2:
            s, cls = f"{mf} {d.day}{en_ord_suffix(d.day)}, {d.year}", "en:Mon Dth, Y"
        elif layout == 3:
            s, cls = f"{d.day}{en_ord_suffix(d.day)} of {mf} {d.year}", "en:Dth of Mon Y"
        elif layout == 4:
            s, cls = f"{wf}, {d.day} {mf} {d.year}", "en:Wd, D Mon Y"
            cls += "(2-letter wd)" if two_letter else ""
            add("en", f"{cls}[{cls_m}]", R.choice(frames).format(s),
                [E("date", s, iso(d), core=s[len(wf) + 2:], grain="day")])
            continue
        elif layout == 5:
            s, cls = f"{wf}, {mf} {d.day}, {d.year}", "en:Wd, Mon D, Y"
            cls += "(2-letter wd)" if two_letter else ""
            add("en", f"{cls}[{cls_m}]", R.choice(frames).format(s),
                [E("date", s, iso(d), core=s[len(wf) + 2:], grain="day")])
            continue
        elif layout == 6:
            s, cls = f"{d.day:02d}-{mf.rstrip('.')}-{d.year}", "en:DD-Mon-YYYY"
        elif layout == 7:
            s, cls = f"{mf} {d.year}", "en:Mon Y"
            add("en", f"{cls}[{cls_m}]", R.choice(frames[1:]).format(s),
                [E("date", s, f"{d.year:04d}-{d.month:02d}", grain="month")])
            continue
        elif layout == 8:
            t = f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}"
            if R.random() < 0.5:
                s, core, cls = f"{mf} {dd}, {d.year} {t}", f"{mf} {dd}, {d.year}", \
                    "en:Mon D, Y hh:mm"
            else:
                s = f"{wf}, {d.day} {mf} {d.year} {t}:00 GMT"
                core, cls = f"{d.day} {mf} {d.year}", "en:Wd, D Mon Y hh:mm:ss GMT (RFC 2822)"
            add("en", f"{cls}[{cls_m}]", R.choice(frames).format(s),
                [E("date", core, iso(d), grain="day")])
            continue
        elif layout == 9:
            s, cls = f"{mf} {d.day}{en_ord_suffix(d.day)} {d.year}", "en:Mon Dth Y (no comma)"
        else:
            s, cls = f"the {d.day}{en_ord_suffix(d.day)} of {mf}, {d.year}", \
                "en:the Dth of Mon, Y"
        core = s[4:] if s.startswith("the ") else s
        add("en", f"{cls}[{cls_m}]", R.choice(frames).format(s),
            [E("date", core, iso(d), core=core, grain="day")])
    # numeric forms, unambiguous only
    for _ in range(160):
        d = dates_between(1900, 2030)
        if d.day <= 12:
            d = d.replace(day=R.randint(13, 28))
        k = R.randrange(6)
        if k == 0:
            s, cls = f"{d.year}-{d.month:02d}-{d.day:02d}", "en:ISO"
        elif k == 1:
            s, cls = f"{d.day:02d}/{d.month:02d}/{d.year}", "en:DD/MM/YYYY (day>12)"
        elif k == 2:
            s, cls = f"{d.month:02d}/{d.day:02d}/{d.year}", "en:MM/DD/YYYY"
        elif k == 3:
            s, cls = f"{d.day:02d}.{d.month:02d}.{d.year}", "en:DD.MM.YYYY (day>12)"
        elif k == 4:
            t = f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}"
            s, cls = f"{d.year}-{d.month:02d}-{d.day:02d}T{t}:00", "en:ISO datetime T"
            add("en", cls, f"Logged {s}.", [E("date", s[:10], iso(d))])
            continue
        else:
            t = f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}"
            s, cls = f"{d.year}-{d.month:02d}-{d.day:02d} {t}", "en:ISO date hh:mm"
            add("en", cls, f"Logged {s}.", [E("date", s[:10], iso(d))])
            continue
        add("en", cls, R.choice(frames).format(s), [E("date", s, iso(d))])


def ru_month_forms():
    out = []
    for i, name in enumerate(MONTHS, 1):
        for f in RU[name]:
            fl = f.lower()
            if fl.endswith(("я", "а")):
                kind = "gen"
            elif fl in ("май", "март", "июнь", "июль") or (
                    len(fl) > 4 and fl not in ("февр", "сент", "нояб")):
                kind = "nom"
            else:
                kind = "abbr"
            out.append((f, i, kind))
    return out


RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]
RU_WD_FULL = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
              "воскресенье"]


def gen_ru_locale():
    months = ru_month_forms()
    frames = ["{}", "Документ датирован {}.", "Письмо отправлено {} из Москвы.",
              "Дата: {}"]
    for _ in range(640):
        d = dates_between(1850, 2030)
        opts = [x for x in months if x[1] == d.month]
        f, _, mk = R.choice(opts)
        dot = ("." if R.random() < 0.6 else "") if mk == "abbr" else ""
        capz = R.random() < 0.3
        mf = (cap(f) if capz else f.lower()) + dot
        cls_m = mk + dot + ("-Cap" if capz else "")
        dd = f"{d.day:02d}" if R.random() < 0.3 else str(d.day)
        wforms = RU[WDAYS[d.weekday()]]
        wf = R.choice(wforms)
        wf = cap(wf) if R.random() < 0.6 else wf
        wdot = "." if len(wf) <= 3 and R.random() < 0.3 else ""
        layout = R.randrange(10)
        if mk == "nom" and layout not in (5,) and R.random() < 0.7:
            # nominative after a day is ungrammatical; mostly use it for month+year
            layout = 5
        yr = R.choice([" г.", "г.", " года", "", " г"])
        ycls = {" г.": "Y г.", "г.": "Yг.", " года": "Y года", "": "Y", " г": "Y г"}[yr]
        if layout in (0, 1, 2):
            s, cls = f"{dd} {mf} {d.year}{yr}", f"ru:D Mon {ycls}"
        elif layout == 3:
            s, cls = f"{wf}{wdot}, {dd} {mf} {d.year}{yr}", f"ru:Wd, D Mon {ycls}"
        elif layout == 4:
            wfull = RU_WD_FULL[d.weekday()]
            s = f"{d.day} {RU_GEN[d.month - 1]} {d.year}{yr}, {wfull}"
            add("ru", f"ru:D Mon {ycls}, weekday-after", R.choice(frames).format(s),
                [E("date", s, iso(d), core=f"{d.day} {RU_GEN[d.month - 1]} {d.year}")])
            continue
        elif layout == 5:
            mnom = R.choice([x for x in months if x[1] == d.month and x[2] != "gen"])
            mf2 = (cap(mnom[0]) if R.random() < 0.5 else mnom[0].lower())
            if mnom[2] == "abbr" and R.random() < 0.5:
                mf2 += "."
            yr2 = R.choice([" г.", " года", ""])
            s = f"{mf2} {d.year}{yr2}"
            add("ru", f"ru:MonNom/abbr Y{yr2}[{mnom[2]}]", R.choice(frames).format(s),
                [E("date", s, f"{d.year}-{d.month:02d}", core=f"{mf2} {d.year}".rstrip("."),
                   grain="month")])
            continue
        elif layout == 6:
            s, cls = f"{mf} {d.day}, {d.year}", "ru:Mon D, Y (US order)"
        elif layout == 7:
            t = f"{R.randint(0, 23)}:{R.randint(0, 59):02d}"
            core = f"{dd} {mf} {d.year}"
            s = f"{core}{yr} {t}" if R.random() < 0.5 else f"{core}{yr} в {t}"
            add("ru", f"ru:D Mon {ycls} hh:mm[{cls_m}]", R.choice(frames).format(s),
                [E("date", core + yr, iso(d), core=core)])
            continue
        elif layout == 8:
            t = f"{R.randint(0, 23)}:{R.randint(0, 59):02d}"
            core = f"{d.day:02d}.{d.month:02d}.{d.year}"
            s = f"{core} {t}"
            add("ru", "ru:DD.MM.YYYY hh:mm", R.choice(frames).format(s),
                [E("date", core, iso(d))])
            continue
        else:
            core = f"{d.day:02d}.{d.month:02d}.{d.year}"
            s = f"{core} г." if R.random() < 0.5 else f"{core}г."
            add("ru", "ru:DD.MM.YYYY г.", R.choice(frames).format(s),
                [E("date", s, iso(d), core=core)])
            continue
        core = s.rstrip(".") if yr == " г." else s
        if yr in (" года", " г.", "г.", " г"):
            core = s[: s.rfind(str(d.year)) + 4]
        if layout == 3:
            core = core[core.find(",") + 2:]
        add("ru", f"{cls}[{cls_m}]", R.choice(frames).format(s), [E("date", s, iso(d), core=core)])
    # "2000год", "2000г."
    for _ in range(60):
        y = R.randint(1800, 2030)
        w = R.choice(["год", "году", "года", "г.", "г"])
        s = f"{y}{w}"
        fr = R.choice(["{}", "в {}", "Итоги за {}"])
        add("ru", f"ru:Yгод glued[{w}]", fr.format(s), [E("date", s, str(y), core=str(y))])
    # two-digit years with dots (debatable window)
    for _ in range(30):
        d = dates_between(1931, 2029)
        d = d.replace(day=R.randint(13, 28))
        s = f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
        add("ru", "ru:DD.MM.YY", f"Протокол от {s} подписан.", [E("date", s, iso(d))],
            flag="two-digit year window")


JA_WD = "月火水木金土日"


def gen_ja_locale():
    frames = ["{}", "{}に締結された。", "発行日：{}", "{}、東京で開かれた。"]
    for _ in range(420):
        d = dates_between(1870, 2030)
        w = JA_WD[d.weekday()]
        k = R.randrange(14)
        base = f"{d.year}年{d.month}月{d.day}日"
        if k == 0:
            s, core, cls = f"{base}({w})", base, "ja:Y年M月D日(wd)"
        elif k == 1:
            s, core, cls = f"{base}（{w}）", base, "ja:Y年M月D日（wd）fullwidth parens"
        elif k == 2:
            s, core, cls = f"{base} {w}曜日", base, "ja:Y年M月D日 wd曜日 (space)"
        elif k == 3:
            s = fw(base)
            core, cls = s, "ja:fullwidth digits"
        elif k == 4:
            s = f"{d.year}年{d.month:02d}月{d.day:02d}日"
            core, cls = s, "ja:zero-padded"
        elif k == 5:
            s = f"{kanji_positional(d.year)}年{kanji_num(d.month)}月{kanji_num(d.day)}日"
            core, cls = s, "ja:kanji positional year 二〇一四年"
        elif k == 6:
            s = f"{d.year}年{kanji_num(d.month)}月{kanji_num(d.day)}日"
            core, cls = s, "ja:digits year, kanji month/day"
        elif k == 7:
            s = f"{d.year}/{d.month}/{d.day}"
            core, cls = s, "ja:Y/M/D"
        elif k == 8:
            s = f"{d.year}/{d.month:02d}/{d.day:02d}({w})"
            core, cls = s[:10], "ja:Y/MM/DD(wd)"
        elif k == 9:
            s = f"{d.year}.{d.month}.{d.day}"
            core, cls = s, "ja:Y.M.D"
        elif k == 10:
            s = f"{base} {R.randint(0, 23)}時{R.randint(0, 59)}分"
            core, cls = base, "ja:date then 時分"
        elif k == 11:
            s = f"{base} {R.randint(0, 23)}:{R.randint(0, 59):02d}"
            core, cls = base, "ja:date then hh:mm"
        elif k == 12:
            s = f"{d.month}月{d.day}日（{w}）"
            add("ja", "ja:M月D日（wd）no year", R.choice(frames).format(s),
                [E("date", s, f"XXXX-{d.month:02d}-{d.day:02d}", core=f"{d.month}月{d.day}日")])
            continue
        else:
            s = fw(f"{d.year}年{d.month}月")
            add("ja", "ja:fullwidth Y年M月", R.choice(frames).format(s),
                [E("date", s, f"{d.year}-{d.month:02d}")])
            continue
        add("ja", cls, R.choice(frames).format(s), [E("date", s, iso(d), core=core)])


# --- 2. Duckling-style day/month forms, day ranges -------------------------------------------

EN_MONTH_NAMES = [m.capitalize() for m in MONTHS]


def gen_en_daymonth():
    for _ in range(520):
        d = dates_between(1850, 2030)
        mon = EN_MONTH_NAMES[d.month - 1]
        wy = R.random() < 0.4
        ys = f", {d.year}" if wy else ""
        val = iso(d) if wy else f"XXXX-{d.month:02d}-{d.day:02d}"
        k = R.randrange(13)
        sfx = en_ord_suffix(d.day)
        if k == 0:
            s, cls = f"{mon} {d.day}{sfx}{ys}", "en:Month Dth"
        elif k == 1:
            s, cls = f"the {d.day}{sfx} of {mon}", "en:the Dth of Month"
            ys, wy, val = "", False, f"XXXX-{d.month:02d}-{d.day:02d}"
        elif k == 2:
            s, cls = f"{d.day} {mon}", "en:D Month (no year)"
            ys, val = "", f"XXXX-{d.month:02d}-{d.day:02d}"
        elif k == 3:
            s, cls = f"the {en_ordw(d.day)} of {mon}", "en:the <ordinal word> of Month"
            val = f"XXXX-{d.month:02d}-{d.day:02d}"
        elif k == 4:
            s, cls = f"{mon} {en_ordw(d.day)}", "en:Month <ordinal word>"
            val = f"XXXX-{d.month:02d}-{d.day:02d}"
        elif k == 5:
            s, cls = f"{d.month}/{d.day}", "en:M/D no year (on ...)"
            val = f"XXXX-{d.month:02d}-{d.day:02d}"
            add("en", cls, f"The meeting on {s} was cancelled.", [E("date", s, val)])
            continue
        else:
            # day ranges
            d1 = R.randint(1, 25)
            d2 = R.randint(d1 + 1, 28)
            yy = f"{d.year}"
            wy = R.random() < 0.5
            a = f"{d.year}-{d.month:02d}-{d1:02d}" if wy else f"XXXX-{d.month:02d}-{d1:02d}"
            b = f"{d.year}-{d.month:02d}-{d2:02d}" if wy else f"XXXX-{d.month:02d}-{d2:02d}"
            val = f"{a}/{b}"
            ys = f", {yy}" if wy else ""
            ys2 = f" {yy}" if wy else ""
            if k == 6:
                s, cls = f"{mon} {d1}-{d2}{ys}", "en:range Month D1-D2"
            elif k == 7:
                s, cls = f"{mon} {d1}–{d2}{ys}", "en:range Month D1–D2 (en dash)"
            elif k == 8:
                s, cls = f"from {mon} {d1} to {d2}{ys}", "en:range from Month D1 to D2"
            elif k == 9:
                s, cls = f"{d1}–{d2} {mon}{ys2}", "en:range D1–D2 Month"
            elif k == 10:
                s, cls = f"{mon} {d1}{en_ord_suffix(d1)}-{d2}{en_ord_suffix(d2)}{ys}", \
                    "en:range Month D1th-D2th"
            elif k == 11:
                s, cls = f"between {mon} {d1} and {d2}{ys}", "en:range between Month D1 and D2"
            else:
                s, cls = f"from {d1} to {d2} {mon}{ys2}", "en:range from D1 to D2 Month"
            add("en", cls + (" +year" if wy else ""), f"The conference was held {s} in Geneva.",
                [E("date", s, val, grain="day")])
            continue
        core = s[4:] if s.startswith("the ") else s
        add("en", cls + (" +year" if ys else ""), f"They arrived {s} at the port.",
            [E("date", s, val, core=core, grain="day")])


def gen_ru_daymonth():
    for _ in range(560):
        d = dates_between(1850, 2030)
        gen = RU_GEN[d.month - 1]
        wy = R.random() < 0.35
        ys = f" {d.year} года" if wy else ""
        val = iso(d) if wy else f"XXXX-{d.month:02d}-{d.day:02d}"
        k = R.randrange(13)
        if k == 0:
            s, cls = f"{d.day} {gen}{ys}", "ru:D Month-gen"
        elif k == 1:
            ab = R.choice([x for x in ru_month_forms() if x[1] == d.month and x[2] == "abbr"])[0]
            ab = ab.lower() + R.choice(["", "."])
            s, cls = f"{d.day} {ab}", f"ru:D abbr no year[{'dot' if ab.endswith('.') else 'nodot'}]"
            ys, val = "", f"XXXX-{d.month:02d}-{d.day:02d}"
        elif k == 2:
            case = R.choice(["nom_n", "gen"])
            s, cls = f"{ru_ord(d.day, case)} {gen}{ys}", f"ru:<ordinal word {case}> Month"
        elif k == 3:
            suf = R.choice(["-го", "-е", "го"])
            s, cls = f"{d.day}{suf} {gen}{ys}", f"ru:D{suf} Month"
        elif k == 4:
            s = f"к {ru_ord(d.day, 'dat')} {gen}"
            add("ru", "ru:к <ordinal dat> Month", f"Работы завершили {s}.",
                [E("date", s[2:], f"XXXX-{d.month:02d}-{d.day:02d}")])
            continue
        else:
            d1 = R.randint(1, 25)
            d2 = R.randint(d1 + 1, 28)
            wy = R.random() < 0.5
            yv = f"{d.year}" if wy else "XXXX"
            val = f"{yv}-{d.month:02d}-{d1:02d}/{yv}-{d.month:02d}-{d2:02d}"
            yw = R.choice([" г.", " года"]) if wy else ""
            ys = f" {d.year}{yw}" if wy else ""
            if k in (5, 6):
                s, cls = f"с {d1} по {d2} {gen}{ys}", "ru:range с D1 по D2 Month"
            elif k in (7, 8):
                dash = R.choice(["-", "–", "—"])
                s, cls = f"{d1}{dash}{d2} {gen}{ys}", f"ru:range D1{dash}D2 Month"
            elif k == 9:
                s, cls = f"с {d1}-го по {d2}-е {gen}{ys}", "ru:range с D1-го по D2-е Month"
            elif k == 10:
                s, cls = f"от {d1} до {d2} {gen}{ys}", "ru:range от D1 до D2 Month"
            elif k == 11:
                # cross-month range
                mm1 = d.month if d.month < 12 else 11
                mm2 = mm1 + 1
                v = f"{yv}-{mm1:02d}-{d1:02d}/{yv}-{mm2:02d}-{d2:02d}"
                s = f"с {d1} {RU_GEN[mm1 - 1]} по {d2} {RU_GEN[mm2 - 1]}{ys}"
                add("ru", "ru:range с D1 Mon1 по D2 Mon2" + (" +year" if wy else ""),
                    f"Съезд проходил {s} в Москве.", [E("date", s, v, grain="day")])
                continue
            else:
                s, cls = f"между {d1} и {d2} {gen}{ys}", "ru:range между D1 и D2 Month"
            add("ru", cls + (" +year" if wy else ""), f"Съезд проходил {s} в Москве.",
                [E("date", s, val, grain="day")])
            continue
        add("ru", cls + (" +year" if ys else ""), f"Они прибыли {s} в порт.",
            [E("date", s, val, grain="day")])


def gen_ja_daymonth():
    for _ in range(200):
        d = dates_between(1870, 2030)
        d1 = R.randint(1, 25)
        d2 = R.randint(d1 + 1, 28)
        wy = R.random() < 0.5
        yv = f"{d.year}" if wy else "XXXX"
        val = f"{yv}-{d.month:02d}-{d1:02d}/{yv}-{d.month:02d}-{d2:02d}"
        yp = f"{d.year}年" if wy else ""
        k = R.randrange(5)
        if k == 0:
            s, cls = f"{yp}{d.month}月{d1}日から{d2}日まで", "ja:range M月D1日からD2日まで"
        elif k == 1:
            s, cls = f"{yp}{d.month}月{d1}日～{d2}日", "ja:range M月D1日～D2日"
        elif k == 2:
            s, cls = f"{yp}{d.month}月{d1}～{d2}日", "ja:range M月D1～D2日"
        elif k == 3:
            s, cls = f"{yp}{d.month}月{d1}日-{d2}日", "ja:range M月D1日-D2日"
        else:
            s, cls = f"{yp}{d.month}月{d1}日から{d2}日にかけて", "ja:range M月D1日からD2日にかけて"
            add("ja", cls + (" +year" if wy else ""), f"会議は{s}開かれた。",
                [E("date", s, val, core=s.replace("にかけて", ""))])
            continue
        add("ja", cls + (" +year" if wy else ""), f"会議は{s}開かれた。", [E("date", s, val)])


# --- 3. years, decades, centuries and year ranges in context ---------------------------------

def gen_years_en():
    for _ in range(560):
        y = R.randint(1500, 2020)
        dec = y // 10 * 10
        k = R.randrange(22)
        if k == 0:
            q = R.choice(["c.", "circa", "ca.", "c", "approx."])
            s = f"{q} {y}"
            add("en", f"en:{q} YEAR", f"The manuscript was written {s} in Kyoto.",
                [E("date", str(y), str(y), grain="year")],
                flag="'c' without dot is rare" if q == "c" else None)
        elif k == 1:
            add("en", "en:(YEAR) after a title", f"Tolstoy, War and Peace ({y}), vol. 2",
                [E("date", str(y), str(y))])
        elif k == 2:
            q = R.choice(["early", "mid-", "mid ", "late"])
            art = R.choice(["the ", "", "in the "])
            s = f"{art}{q}{dec}s"
            add("en", f"en:{q.strip()} DECADEs", f"Prices rose in {s} as trade grew."
                if not art.startswith("in") else f"Prices rose {s} as trade grew.",
                [E("date", f"{dec}s", f"{dec // 10:03d}X", grain="decade")])
        elif k == 3:
            q = R.choice(["early", "late", "mid-", "mid"])
            c = R.randint(12, 20)
            sp = "" if q.endswith("-") else " "
            s = f"the {q}{sp}{c}th century"
            add("en", f"en:the {q.strip()} Nth century", f"Trade grew in {s}.",
                [E("date", f"{c}th century", f"{c - 1:02d}XX", grain="century")])
        elif k == 4:
            y2 = y + R.randint(1, 8)
            if y2 // 100 != y // 100:
                continue
            dash = R.choice(["–", "-"])
            if dash == "-" and y2 % 100 <= 12:
                continue  # convention (tests): "2003-07" is a month
            s = f"{y}{dash}{y2 % 100:02d}"
            add("en", f"en:YYYY{dash}YY", f"The famine of {s} killed thousands.",
                [E("date", s, f"{y}/{y2}", grain="year")])
        elif k == 5:
            y2 = y + R.randint(1, 40)
            s = f"({y}–{y2})"
            add("en", "en:(YYYY–YYYY) lifespan", f"Leo Tolstoy {s} was a writer.",
                [E("date", f"{y}–{y2}", f"{y}/{y2}", grain="year")])
        elif k == 6:
            y2 = y + R.randint(1, 10)
            w = R.choice(["until", "through", "till", "to"])
            s = f"from {y} {w} {y2}"
            add("en", f"en:from Y {w} Y2", f"He served {s} in the navy.",
                [E("date", s, f"{y}/{y2}", grain="year")])
        elif k == 7:
            s = f"{dec}'s"
            add("en", "en:DECADE's", f"Music of the {s} changed.",
                [E("date", s, f"{dec // 10:03d}X", grain="decade")])
        elif k == 8:
            c = R.choice([1500, 1600, 1700, 1800, 1900])
            s = f"the {c}s"
            add("en", "en:the 1800s (century reading)", f"Trade boomed in {s}.",
                [E("date", f"{c}s", f"{c // 100}XX", grain="century")],
                flag="debatable: '1800s' = 19th century (18XX) or decade 180X")
        elif k == 9:
            s = f"in the year {y}"
            add("en", "en:in the year Y", f"It happened {s}.", [E("date", str(y), str(y))])
        elif k == 10:
            add("en", "en:Y at sentence start", f"{y} saw the end of the war.",
                [E("date", str(y), str(y))], flag="bare year at sentence start, no context word")
        elif k == 11:
            bc = R.randint(1, 900)
            era = R.choice(["BC", "B.C.", "BCE"])
            q = R.choice(["c. ", "in ", "around "])
            s = f"{q}{bc} {era}"
            add("en", f"en:{q.strip()} N {era}", f"The city was founded {s}.",
                [E("date", f"{bc} {era}", f"-{bc - 1:04d}", grain="year")])
        elif k == 12:
            dec2 = dec + 10
            s = f"the {dec}s and {dec2}s"
            add("en", "en:the 1940s and 1950s (two decades)", f"Jazz of {s} was popular.",
                [E("date", f"{dec}s", f"{dec // 10:03d}X"),
                 E("date", f"{dec2}s", f"{dec2 // 10:03d}X")])
        elif k == 13:
            s = f"during {y}"
            add("en", "en:during Y", f"Fighting continued {s}.", [E("date", str(y), str(y))])
        elif k == 14:
            s = f"{y}"
            w = R.choice(["By the end of", "In late", "In early", "Throughout", "Since",
                          "As of", "Prior to"])
            add("en", f"en:{w} Y", f"{w} {s} the army withdrew.", [E("date", s, s)])
        elif k == 15:
            y2 = y + R.randint(1, 9)
            s = f"the {y}–{y2} war"
            add("en", "en:the Y–Y2 war (attributive)", f"He fought in {s}.",
                [E("date", f"{y}–{y2}", f"{y}/{y2}")])
        elif k == 16:
            s = f"{y}–present"
            add("en", "en:Y–present", f"Editor ({s})",
                [E("date", s, f"{y}/..", core=str(y))],
                flag="EDTF open end '..'; debatable")
        elif k == 17:
            s = f"the {dec}s"
            d2 = f"{dec}s"
            add("en", "en:the DECADEs plain", f"By {s} the city had grown.",
                [E("date", d2, f"{dec // 10:03d}X", grain="decade")])
        elif k == 18:
            s = f"in the '{dec % 100:02d}s"
            add("en", "en:'DDs no century (control)", f"Born {s}, he studied law.",
                [E("date", f"'{dec % 100:02d}s", f"XX{dec % 100 // 10}X")])
        elif k == 19:
            y2 = y + R.randint(1, 9)
            s = f"{y} and {y2}"
            add("en", "en:between Y and Y2", f"Between {s}, prices doubled.",
                [E("date", f"Between {s}", f"{y}/{y2}")])
        elif k == 20:
            s = f"fiscal year {y}"
            add("en", "en:fiscal year Y", f"Revenue in {s} fell.", [E("date", str(y), str(y))])
        else:
            s = f"winter of {y}"
            add("en", "en:winter of Y", f"In the {s} the river froze.",
                [E("date", str(y), str(y))])


def gen_years_ru():
    for _ in range(520):
        y = R.randint(1500, 2020)
        dec = y // 10 * 10
        k = R.randrange(20)
        if k == 0:
            w = R.choice(["году", "г."])
            s = f"{y} {w}"
            add("ru", f"ru:в Y {w}", f"Это произошло в {s} в Москве.",
                [E("date", s, str(y), core=str(y))])
        elif k == 1:
            s = f"{y} год"
            add("ru", "ru:Y год (nom)", f"Итоги: {s} стал переломным.",
                [E("date", s, str(y), core=str(y))])
        elif k == 2:
            y2 = y + R.randint(1, 9)
            dash = R.choice(["-", "–", "—"])
            w = R.choice(["гг.", "годах", "годы", "гг"])
            s = f"{y}{dash}{y2} {w}"
            add("ru", f"ru:в Y{dash}Y2 {w}", f"Это было в {s}, когда шла война.",
                [E("date", s, f"{y}/{y2}", core=f"{y}{dash}{y2}")])
        elif k == 3:
            suf = R.choice(["-х", "-х годов", "-х годах", "-е", "-е годы", "-х гг."])
            s = f"{dec}{suf}"
            q = R.choice(["в конце", "в начале", "в середине", "в", "до"])
            add("ru", f"ru:{q} DECADE{suf}", f"Город вырос {q} {s}, затем опустел.",
                [E("date", s, f"{dec // 10:03d}X", core=f"{dec}{suf[:2]}", grain="decade")])
        elif k == 4:
            dd = dec % 100
            suf = R.choice(["-х годах", "-е годы", "-х гг.", "-х"])
            s = f"{dd:02d}{suf}" if dd else f"{dd}{suf}"
            if dd == 0:
                continue
            add("ru", f"ru:в DD{suf} (no century)", f"Это было в {s}, потом всё изменилось.",
                [E("date", s, f"XX{dd // 10}X", grain="decade")],
                flag="bare '-х' without год word may be debatable" if suf == "-х" else None)
        elif k == 5:
            s = f"{y}-м"
            add("ru", "ru:в Y-м (no year word)", f"В {s} всё изменилось.",
                [E("date", s, str(y), core=str(y))], flag="elliptic 'в 1850-м' = the year")
        elif k == 6:
            p = R.choice(["с", "до", "после", "около", "к"])
            w = {"с": "года", "до": "года", "после": "года", "около": "года", "к": "году"}[p]
            s = f"{y} {w}"
            add("ru", f"ru:{p} Y {w}", f"{cap(p)} {s} завод работал.",
                [E("date", s, str(y), core=str(y))])
        elif k == 7:
            s = f"({y})"
            add("ru", "ru:(YEAR) after title", f"Толстой Л. Н. Война и мир {s}, т. 2",
                [E("date", str(y), str(y))])
        elif k == 8:
            y2 = y + R.randint(10, 60)
            s = f"({y}—{y2})"
            add("ru", "ru:(YYYY—YYYY) lifespan", f"Лев Толстой {s} — писатель.",
                [E("date", f"{y}—{y2}", f"{y}/{y2}")])
        elif k == 9:
            c = R.randint(12, 20)
            rom = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
                   "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"][c]
            q = R.choice(["в конце", "в начале", "в середине", "во второй половине"])
            w = R.choice(["века", "в."])
            s = f"{rom} {w}"
            add("ru", f"ru:{q} ROMAN {w}", f"Город построен {q} {s}",
                [E("date", s, f"{c - 1:02d}XX")])
        elif k == 10:
            bc = R.randint(1, 900)
            s = f"{bc} г. до н. э."
            add("ru", "ru:N г. до н. э.", f"Город основан в {s}",
                [E("date", s, f"-{bc - 1:04d}")])
        elif k == 11:
            s = f"{y} г."
            add("ru", "ru:Y г. bare in sentence", f"Перепись {s} показала рост.",
                [E("date", s, str(y), core=str(y))])
        elif k == 12:
            y2 = y + R.randint(1, 8)
            if y2 // 100 != y // 100:
                continue
            s = f"{y}—{y2 % 100:02d} гг."
            add("ru", "ru:YYYY—YY гг.", f"В {s} шла война.",
                [E("date", s, f"{y}/{y2}", core=f"{y}—{y2 % 100:02d}")])
        elif k == 13:
            s = f"{y}/{(y + 1) % 100:02d} учебном году"
            add("ru", "ru:Y/YY учебном году", f"В {s} школа закрылась.",
                [E("date", f"{y}/{(y + 1) % 100:02d}", f"{y}/{y + 1}")])
        elif k == 14:
            s = f"с {y} по {y + R.randint(1, 9)} год"
            y2 = int(s.split()[3])
            add("ru", "ru:с Y по Y2 год (control)", f"Он служил {s}.", [E("date", s, f"{y}/{y2}")])
        elif k == 15:
            y2 = y + R.randint(1, 9)
            if y2 % 10 == 0:
                continue  # "1970—1980-х" would be decades
            s = f"в {y}—{y2}-х годах"
            add("ru", "ru:в Y—Y2-х годах", f"Это было {s}.",
                [E("date", s[2:], f"{y}/{y2}", core=f"{y}—{y2}")])
        elif k == 16:
            s = f"весной {y} года"
            add("ru", "ru:весной Y года", f"Это было {s}.",
                [E("date", f"{y} года", str(y), core=str(y))])
        elif k == 17:
            dd = dec
            s = f"в {dd}-х — {dd + 10}-х годах"
            add("ru", "ru:в D1-х — D2-х годах", f"Это было {s}.",
                [E("date", f"{dd}-х — {dd + 10}-х годах", f"{dd // 10:03d}X/{dd // 10 + 1:03d}X",
                   core=f"{dd}-х — {dd + 10}-х")])
        elif k == 18:
            s = f"{y}-го года"
            add("ru", "ru:Y-го года", f"Летом {s} началась война.",
                [E("date", s, str(y))])
        else:
            s = f"{y} годом"
            add("ru", "ru:Y годом (instr.)", f"Отчёт датирован {s}.",
                [E("date", s, str(y), core=str(y))])


JA_ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989}


def gen_years_ja():
    for _ in range(360):
        y = R.randint(1870, 2020)
        dec = y // 10 * 10
        k = R.randrange(16)
        if k == 0:
            s = f"{y}年度"
            add("ja", "ja:Y年度 (fiscal)", f"{s}の予算は削減された。",
                [E("date", s, str(y), core=f"{y}年")], flag="fiscal year as plain year")
        elif k == 1:
            q = R.choice(["前半", "後半", "初頭", "末", "半ば"])
            s = f"{dec}年代{q}"
            add("ja", f"ja:DECADE年代{q}", f"{s}に人口が増えた。",
                [E("date", f"{dec}年代", f"{dec // 10:03d}X")])
        elif k == 2:
            era, base = R.choice(list(JA_ERAS.items()))
            maxn = {"明治": 40, "大正": 10, "昭和": 60, "平成": 30}[era]
            n = R.choice([x for x in (10, 20, 30, 40, 50) if x < maxn] or [10])
            a = base + n - 1
            s = f"{era}{n}年代"
            add("ja", "ja:ERA NN年代 (era decade)", f"{s}には景気が回復した。",
                [E("date", s, f"{a}/{a + 9}")], flag="era decade: interval convention debatable")
        elif k == 3:
            y2 = y + R.randint(1, 9)
            s = f"{y}年から{y2}年まで"
            add("ja", "ja:Y年からY2年まで", f"{s}、彼は大阪に住んだ。", [E("date", s, f"{y}/{y2}")])
        elif k == 4:
            y2 = y + R.randint(1, 9)
            sep = R.choice(["～", "〜", "-", "–"])
            two = R.random() < 0.5
            s = f"{y}年{sep}{y2}年" if two else f"{y}{sep}{y2}年"
            add("ja", f"ja:Y{'年' if two else ''}{sep}Y2年", f"{s}に建設された。",
                [E("date", s, f"{y}/{y2}")])
        elif k == 5:
            dd = dec % 100
            s = f"{dd}年代"
            if dd == 0:
                continue
            add("ja", "ja:DD年代 (no century)", f"{s}の音楽が流行した。",
                [E("date", s, f"XX{dd // 10}X")], flag="'90年代' usually means 1990s")
        elif k == 6:
            era, base = R.choice(list(JA_ERAS.items()))
            n = R.randint(2, 9)
            s = f"{era}{n}年度"
            add("ja", "ja:ERA N年度", f"{s}の決算。", [E("date", s, str(base + n - 1),
                                                       core=f"{era}{n}年")])
        elif k == 7:
            s = f"{y}年（{era_of(y)}）"
            add("ja", "ja:Y年（ERA N年） (control)", f"{s}に完成した。",
                [E("date", f"{y}年", str(y)), E("date", era_of(y), str(y))])
        elif k == 8:
            c = R.randint(12, 21)
            q = R.choice(["前半", "後半", "初頭", "末", "中頃"])
            s = f"{c}世紀{q}"
            add("ja", f"ja:N世紀{q}", f"{s}の建築。", [E("date", f"{c}世紀", f"{c - 1:02d}XX")])
        elif k == 9:
            bc = R.randint(1, 900)
            s = f"紀元前{bc}年"
            add("ja", "ja:紀元前N年", f"{s}に建国された。", [E("date", s, f"-{bc - 1:04d}")])
        elif k == 10:
            s = f"{fw(str(y))}年"
            add("ja", "ja:fullwidth Y年", f"{s}に建てられた。", [E("date", s, str(y))])
        elif k == 11:
            s = f"{kanji_positional(y)}年"
            add("ja", "ja:kanji positional 二〇一四年", f"{s}に建てられた。",
                [E("date", s, str(y))])
        elif k == 12:
            s = f"{kanji_num(y)}年"
            add("ja", "ja:kanji numeral 千九百四十五年", f"{s}に建てられた。",
                [E("date", s, str(y))])
        elif k == 13:
            y2 = y + R.randint(1, 30)
            s = f"（{y}年 - {y2}年）"
            add("ja", "ja:（Y年 - Y2年） lifespan", f"夏目漱石{s}は作家。",
                [E("date", f"{y}年 - {y2}年", f"{y}/{y2}")])
        elif k == 14:
            s = f"{y}年頃"
            add("ja", "ja:Y年頃", f"{s}に書かれた。", [E("date", s, str(y), core=f"{y}年")])
        else:
            s = f"{y}年{R.choice(['春', '夏', '秋', '冬'])}"
            add("ja", "ja:Y年+season", f"{s}に来日した。", [E("date", s, str(y), core=f"{y}年")])


def era_of(y):
    for era, base in sorted(JA_ERAS.items(), key=lambda x: -x[1]):
        if y >= base:
            n = y - base + 1
            return f"{era}{'元' if n == 1 else n}年"
    return "明治元年"


# --- 4. numbers --------------------------------------------------------------------------------

def N(s, v, unit=None, ordinal=None, core=None):
    return E("number", s, v, unit=unit, ordinal=ordinal, core=core)


def RG(s, lo, hi, unit=None, core=None):
    return E("numberrange", s, {"min": lo, "max": hi}, unit=unit, core=core)


def gen_numbers_en():
    fr = ["The total was {} that season.", "Officials counted {} in the district.",
          "Roughly {} were listed."]
    for _ in range(760):
        k = R.randrange(26)
        f = R.choice(fr)
        if k == 0:
            n = R.randint(1, 999)
            sx = R.choice(["K", "k"])
            s = f"{n}{sx}"
            add("en", f"en:N{sx}", f.format(s), [N(s, n * 1000)])
        elif k == 1:
            a, b = R.randint(1, 99), R.randint(1, 9)
            sx = R.choice(["M", "B", "bn"])
            v = (a + b / 10) * {"M": 10**6, "B": 10**9, "bn": 10**9}[sx]
            s = f"{a}.{b}{sx}"
            add("en", f"en:N.N{sx}", f.format(s), [N(s, v)])
        elif k == 2:
            n = R.randint(2, 20)
            w = R.choice(["dozen", "dozens"]) if n > 1 else "dozen"
            s = f"{n} dozen"
            add("en", "en:N dozen", f.format(s), [N(s, n * 12)])
        elif k == 3:
            n = R.randint(2, 12)
            s = f"{en_card(n)} dozen"
            add("en", "en:<word> dozen", f.format(s), [N(s, n * 12)])
        elif k == 4:
            n = R.randint(1000, 99_999_999)
            s = f"-{n:,}"
            add("en", "en:-N,NNN (hyphen-minus)", f"The balance was {s} dollars.",
                [N(s, -n)])
        elif k == 5:
            n = R.randint(1, 60)
            w = R.choice(["minus", "negative"])
            s = f"{w} {n}"
            add("en", f"en:{w} N", f"The temperature fell to {s} degrees.", [N(s, -n)])
        elif k == 6:
            n = R.randint(1, 60)
            s = f"−{n}"
            add("en", "en:U+2212 minus", f"The temperature fell to {s} degrees.", [N(s, -n)])
        elif k == 7:
            n = R.randint(1, 99)
            s = f".{n:02d}" if R.random() < 0.5 else f"0.{n:02d}"
            add("en", "en:.NN" if s.startswith(".") else "en:0.NN",
                f"The ratio was {s} in the sample.", [N(s, float("0" + s[s.find("."):]))])
        elif k == 8:
            a, e = R.randint(1, 9), R.randint(2, 9)
            s = f"{a}e{e}"
            add("en", "en:NeN", f"The value {s} was used.", [N(s, a * 10**e)],
                flag="scientific shorthand, rare in prose")
        elif k == 9:
            n = R.randint(21, 99)
            if n % 10 == 0:
                n += 1
            s = en_card(n)
            add("en", "en:twenty-one (control)", f.format(s), [N(s, n)])
        elif k == 10:
            n = R.randint(101, 999)
            s = en_card(n, and_=True)
            add("en", "en:hundred and N", f.format(s), [N(s, n)])
        elif k == 11:
            n = R.randint(1000, 99999)
            s = en_card(n, and_=R.random() < 0.5)
            add("en", "en:N thousand M", f.format(s), [N(s, n)])
        elif k == 12:
            n = R.randint(1, 99)
            s = en_ordw(n)
            add("en", "en:ordinal word 1-99", f"It was the {s} attempt.", [N(s, n, ordinal=True)])
        elif k == 13:
            n = R.choice([101, 102, 103, 110, 121, 200, 300, 999, 150])
            s = en_ordw(n)
            add("en", "en:ordinal word >100", f"It was the {s} attempt.",
                [N(s, n, ordinal=True)])
        elif k == 14:
            n = R.randint(1, 300)
            s = f"{n}{en_ord_suffix(n)}"
            add("en", "en:Nth", f"It was the {s} attempt.", [N(s, n, ordinal=True)])
        elif k == 15:
            n = R.randint(1, 99)
            w = R.choice(["percent", "per cent", "%", " %", "pct", "percentage points"])
            s = f"{n}{w}" if w.startswith(("%", " ")) else f"{n} {w}"
            u = "percent" if w != "percentage points" else None
            add("en", f"en:N{w if w.startswith(('%', ' ')) else ' ' + w}",
                f"Turnout rose by {s} in the vote.", [N(s, n, unit=u)],
                flag="'pct'/'percentage points' unit debatable" if w in ("pct", "percentage points")
                else None)
        elif k == 16:
            a = R.randint(1, 50)
            b = a + R.randint(1, 50)
            w = R.choice(["{} to {}", "{}-{}", "{}–{}", "between {} and {}", "from {} to {}",
                          "{} or {}"])
            s = w.format(a, b)
            if "or" in w:
                add("en", "en:N or M (approximation)", f"It took {s} days.",
                    [N(str(a), a), N(str(b), b)])
                continue
            add("en", f"en:range {w}", f"The camps held {s} men each.", [RG(s, a, b)])
        elif k == 17:
            a = R.randint(1, 20)
            b = a + R.randint(1, 20)
            w = R.choice(["{}-{}%", "{}–{} percent", "{} to {} percent", "{}% to {}%"])
            s = w.format(a, b)
            add("en", f"en:range {w}", f"Losses were {s} of the total.",
                [RG(s, a, b, unit="percent")])
        elif k == 18:
            a = R.randint(1, 9)
            b = a + R.randint(1, 9)
            sc = R.choice(["million", "thousand", "billion"])
            mult = {"million": 10**6, "thousand": 1000, "billion": 10**9}[sc]
            w = R.choice(["{}-{} {}", "{} to {} {}", "{}–{} {}", "between {} and {} {}"])
            s = w.format(a, b, sc)
            add("en", f"en:range {w.format('a', 'b', 'SCALE')}", f"Estimates range {s}."
                if "between" not in w else f"Estimates are {s}.",
                [RG(s, a * mult, b * mult)])
        elif k == 19:
            w = R.choice([("a dozen", 12), ("half a million", 500000), ("a hundred", 100),
                          ("a million", 10**6), ("a thousand", 1000), ("a couple of hundred", 200),
                          ("a score", 20), ("three score", 60), ("a few hundred", None)])
            if w[1] is None:
                continue
            add("en", f"en:'{w[0]}'", f"They counted {w[0]} ships.", [N(w[0], w[1])],
                flag="'score' archaic" if "score" in w[0] or "couple" in w[0] else None)
        elif k == 20:
            n = R.randint(2, 99)
            d = R.randint(1, 9)
            sc = R.choice(["million", "billion"])
            s = f"${n}.{d} {sc}"
            add("en", "en:$N.N million", f"The deal was worth {s}.",
                [N(s[1:], (n + d / 10) * (10**6 if sc == "million" else 10**9), unit="USD")])
        elif k == 21:
            n = R.randint(1, 9) * 100
            s = f"${n}K"
            add("en", "en:$NK", f"He earned {s} a year.", [N(s[1:], n * 1000, unit="USD")])
        elif k == 22:
            n = R.randint(1, 9)
            w = R.choice(["hundred thousand", "hundred million"])
            v = n * (10**5 if w == "hundred thousand" else 10**8)
            s = f"{en_card(n)} {w}"
            add("en", "en:N hundred thousand (words)", f.format(s), [N(s, v)])
        elif k == 23:
            n = R.randint(2, 9)
            s = f"{n} million"
            add("en", "en:N million (control)", f.format(s), [N(s, n * 10**6)])
        elif k == 24:
            n = R.randint(1, 9)
            s = f"{n},{R.randint(0, 999):03d}"
            v = int(s.replace(",", ""))
            add("en", "en:N,NNN (control)", f.format(s), [N(s, v)])
        else:
            n = R.randint(10, 99)
            w = R.choice(["nearly", "almost", "about", "some", "approximately", "around"])
            s = f"{w} {n}"
            add("en", f"en:{w} N", f"There were {s} survivors.", [N(str(n), n)])


def ru_pl(n, forms):
    n = int(n)
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def gen_numbers_ru():
    for _ in range(760):
        k = R.randrange(24)
        if k == 0:
            n = R.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 21, 33, 45, 99])
            case = R.choice(["nom_m", "gen", "prep"])
            s = ru_ord(n, case)
            add("ru", f"ru:ordinal word {case}", f"Это был {s} случай." if case == "nom_m"
                else f"Вопрос о {s} томе." if case == "prep" else f"Из {s} тома.",
                [N(s, n, ordinal=True)])
        elif k == 1:
            n = R.randint(101, 999)
            s = ru_card(n)
            add("ru", "ru:сто двадцать три (control)", f"Всего {s} дома.", [N(s, n)])
        elif k == 2:
            a, b = R.randint(1, 99), R.randint(1, 9)
            w, mult = R.choice([("тыс.", 1000), ("млн", 10**6), ("млрд", 10**9),
                                ("млн.", 10**6), ("тыс", 1000), ("млрд.", 10**9)])
            s = f"{a},{b} {w}"
            core = s.rstrip(".")
            add("ru", f"ru:N,N {w}", f"Население составило {s} в том году.",
                [N(s, (a + b / 10) * mult, core=core)])
        elif k == 3:
            a = R.randint(1, 99)
            w = R.choice(["тыс. руб.", "млн руб.", "тыс. рублей", "млрд руб."])
            mult = 1000 if w.startswith("тыс") else 10**6 if w.startswith("млн") else 10**9
            s = f"{a} {w}"
            head = s.split(" ")[0] + " " + s.split(" ")[1]
            add("ru", f"ru:N {w}", f"Ущерб составил {s} по оценке.",
                [N(head, a * mult, unit="RUB")])
        elif k == 4:
            w, v = R.choice([("полтора миллиона", 1.5e6), ("полторы тысячи", 1500),
                             ("полтора миллиарда", 1.5e9), ("полтора десятка", 15),
                             ("полторы сотни", 150), ("полтора", 1.5)])
            add("ru", f"ru:'{w}'", f"Погибло {w} человек." if v >= 15 else f"Прошло {w} года.",
                [N(w, v)], flag="десяток/сотня counters" if "десят" in w or "сотн" in w else None)
        elif k == 5:
            n = R.randint(1, 20)
            words = ru_card(n)
            w = ru_pl(n, ["процент", "процента", "процентов"])
            s = f"{words} {w}"
            add("ru", "ru:<word> процентов", f"Рост составил {s} за год.",
                [N(s, n, unit="percent")])
        elif k == 6:
            n = R.randint(1, 99)
            sp = R.choice(["%", " %", "\u00a0%"])
            s = f"{n}{sp}"
            add("ru", f"ru:N{'nbsp' if sp.startswith(chr(160)) else sp}",
                f"Рост составил {s} за год.", [N(s, n, unit="percent")])
        elif k == 7:
            a = R.randint(1, 50)
            b = a + R.randint(1, 50)
            w = R.choice(["от {} до {}", "{}-{}", "{}–{}", "{}—{}", "с {} по {}",
                          "между {} и {}"])
            s = w.format(a, b)
            add("ru", f"ru:range {w}", f"В лагерях было {s} человек.", [RG(s, a, b)],
                flag="'с N по M' of counts is rare" if w.startswith("с ") else None)
        elif k == 8:
            a = R.randint(1, 9)
            b = a + R.randint(1, 9)
            w, mult = R.choice([("тыс.", 1000), ("тысяч", 1000), ("млн", 10**6)])
            fmt = R.choice(["от {} до {} {}", "{}-{} {}", "{}–{} {}"])
            s = fmt.format(a, b, w)
            add("ru", f"ru:range {fmt.format('a', 'b', w)}",
                f"Погибло {s} человек по разным данным.", [RG(s, a * mult, b * mult)])
        elif k == 9:
            a = R.randint(1, 20)
            b = a + R.randint(1, 20)
            fmt = R.choice(["{}-{}%", "{}–{} %", "от {} до {}%", "{}—{} процентов"])
            s = fmt.format(a, b)
            add("ru", f"ru:range {fmt}", f"Потери составили {s} от общего числа.",
                [RG(s, a, b, unit="percent")])
        elif k == 10:
            n = R.randint(1, 60)
            w = R.choice(["минус ", "−", "-"])
            s = f"{w}{n}"
            add("ru", f"ru:{'U+2212' if w == '−' else w.strip()}N",
                f"Температура упала до {s} градусов.", [N(s, -n)])
        elif k == 11:
            n = R.randint(1, 30)
            suf = R.choice(["-й", "-го", "-му", "-м", "-я", "-е"])
            s = f"{n}{suf}"
            add("ru", f"ru:N{suf} ordinal", f"Это был {s} раз." if suf == "-й" else
                f"Вопрос {s} по счёту.", [N(s, n, ordinal=True)])
        elif k == 12:
            n = R.randint(2, 9)
            suf = R.choice(["-х", "-ти", "-ми"])
            s = f"{n}{suf}"
            add("ru", f"ru:N{suf} (cardinal case ending)", f"Издание в {s} томах.",
                [N(s, n, ordinal=False, core=str(n))],
                flag="'в 3-х томах' = cardinal 3; ordinal flag debatable")
        elif k == 13:
            n = R.randint(1_000_000, 999_999_999)
            s = f"{n:,}".replace(",", " ")
            add("ru", "ru:N NNN NNN (space groups, control)", f"Всего {s} жителей.",
                [N(s, n, unit="person")])
        elif k == 14:
            a, b = R.randint(1, 99), R.randint(1, 99)
            s = f"{a},{b:02d}"
            add("ru", "ru:N,NN decimal (control)", f"Коэффициент {s} в среднем.",
                [N(s, a + b / 100)])
        elif k == 15:
            n = R.randint(2, 9)
            w = R.choice(["десятков", "сотен", "тысяч"])
            mult = {"десятков": 10, "сотен": 100, "тысяч": 1000}[w]
            s = f"{ru_card(n) if n > 4 else ['', '', 'две', 'три', 'четыре'][n]} {w}" \
                if w != "десятков" else f"{ru_card(n)} десятков"
            if n <= 4:
                continue
            add("ru", f"ru:N {w} (words)", f"Прибыло {s} солдат.", [N(s, n * mult)],
                flag="десятков/сотен as multipliers" if w != "тысяч" else None)
        elif k == 16:
            n = R.randint(1, 999)
            s = f"{n} тыс. человек"
            add("ru", "ru:N тыс. человек", f"Погибло {s} в боях.",
                [N(f"{n} тыс.", n * 1000, unit="person")])
        elif k == 17:
            n = R.randint(21, 99)
            if n % 10 == 0:
                n += 1
            case = R.choice(["nom_m", "gen"])
            s = ru_ord(n, case)
            add("ru", "ru:двадцать первый (compound ordinal)",
                f"Это {s} съезд." if case == "nom_m" else f"После {s} съезда.",
                [N(s, n, ordinal=True)])
        elif k == 18:
            y = R.randint(1901, 1999)
            s = f"тысяча девятьсот {ru_ord(y - 1900, 'gen')}"
            add("ru", "ru:ordinal year words as number", f"Весна {s} года.",
                [N(s, y, ordinal=True)], allow_dates=True)
        elif k == 19:
            a = R.randint(1, 9)
            w = R.choice(["с половиной тысячи", "с половиной миллиона"])
            mult = 1000 if "тыс" in w else 10**6
            fem = ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
            s = f"{fem[a]} {w}" if "тыс" in w else f"{RU_ONES[a]} {w}"
            add("ru", "ru:N с половиной SCALE", f"Погибло {s} человек.",
                [N(s, (a + 0.5) * mult)])
        elif k == 20:
            n = R.randint(2, 20)
            s = f"{n} дюжин"
            add("ru", "ru:N дюжин", f"Купили {s} яиц.", [N(s, n * 12)], flag="rare")
        elif k == 21:
            n = R.randint(1, 999)
            w = R.choice(["тыс.", "млн"])
            s = f"около {n} {w}"
            add("ru", "ru:около N SCALE", f"Погибло {s} человек.",
                [N(f"{n} {w}", n * (1000 if w == "тыс." else 10**6), unit="person")])
        elif k == 22:
            n = R.randint(1, 99)
            s = f"{n} тыс. долл."
            add("ru", "ru:N тыс. долл.", f"Стоимость — {s} США.",
                [N(f"{n} тыс.", n * 1000, unit="USD")])
        else:
            n = R.randint(2, 99)
            s = f"{n} млн. чел."
            add("ru", "ru:N млн. чел.", f"Население — {s} по переписи.",
                [N(f"{n} млн.", n * 10**6, unit="person", core=f"{n} млн")])


def gen_numbers_ja():
    for _ in range(560):
        k = R.randrange(24)
        if k == 0:
            n = R.randint(11, 999)
            s = kanji_num(n)
            add("ja", "ja:三百二十一 (control)", f"合計{s}件。", [N(s, n)])
        elif k == 1:
            n = R.randint(10000, 99999999)
            s = fw(str(n))
            add("ja", "ja:fullwidth digits", f"人口は{s}人。", [N(s, n, unit="person")])
        elif k == 2:
            a, b = R.randint(1, 9), R.randint(1, 9)
            s = f"{a}万{b}千"
            add("ja", "ja:N万M千", f"約{s}人が集まった。", [N(s, a * 10000 + b * 1000)])
        elif k == 3:
            n = R.randint(10001, 999999)
            s = kanji_num(n)
            add("ja", "ja:十二万三千四百五十六", f"{s}円の寄付。", [N(s, n, unit="JPY")])
        elif k == 4:
            a = R.randint(0, 9)
            b = R.randint(1, 99)
            s = f"{a}.{b}"
            if R.random() < 0.5:
                s = fw(s).replace(".", "．")
                cls = "ja:fullwidth decimal ０．５"
            else:
                cls = "ja:N.N"
            add("ja", cls, f"比率は{s}だった。", [N(s, float(f"{a}.{b}"))])
        elif k == 5:
            w, v = R.choice([("半分", 0.5), ("半数", 0.5)])
            add("ja", f"ja:{w}", f"住民の{w}が避難した。", [N(w, v)])
        elif k == 6:
            n = R.randint(1, 99)
            form = R.choice([fw(str(n)), str(n), kanji_num(n)])
            s = f"{form}パーセント"
            add("ja", "ja:Nパーセント", f"支持率は{s}だった。", [N(s, n, unit="percent")])
        elif k == 7:
            n = R.randint(1, 9)
            form = R.choice([str(n), KANJI[n]])
            s = f"{form}割"
            add("ja", "ja:N割", f"住民の{s}が賛成した。", [N(s, n * 10, unit="percent")])
        elif k == 8:
            a = R.randint(1, 50)
            b = a + R.randint(1, 50)
            w = R.choice(["{}から{}", "{}〜{}", "{}～{}", "{}~{}", "{}から{}まで", "{}-{}"])
            s = w.format(a, b)
            add("ja", f"ja:range {w}", f"参加者は{s}人だった。",
                [RG(s, a, b, core=s)],
                flag="'-' between numbers in ja" if w == "{}-{}" else None)
        elif k == 9:
            y = R.randint(1000, 2099)
            s = kanji_positional(y)
            add("ja", "ja:kanji positional 二〇一四 (number)", f"番号は{s}番。", [N(s, y)],
                flag="positional kanji digits")
        elif k == 10:
            n = R.randint(1, 9) * 1000 + R.randint(1, 9) * 100
            s = kanji_num(n)
            add("ja", "ja:千二百 (control)", f"兵士{s}名。", [N(s, n, unit="person")])
        elif k == 11:
            a = R.randint(1, 9999)
            s = f"{a:,}万"
            add("ja", "ja:N,NNN万", f"人口は{s}人。", [N(s, a * 10000, unit="person")])
        elif k == 12:
            a, b = R.randint(1, 99), R.randint(1, 9)
            s = f"{a}.{b}億"
            add("ja", "ja:N.N億", f"売上は{s}円。", [N(s, (a + b / 10) * 10**8, unit="JPY")])
        elif k == 13:
            n = R.randint(1, 9)
            s = f"約{n}万人"
            add("ja", "ja:約N万人", f"{s}が死亡した。", [N(f"{n}万", n * 10000, unit="person")])
        elif k == 14:
            n = R.randint(1, 30)
            form = R.choice([str(n), kanji_num(n)])
            s = f"第{form}"
            add("ja", "ja:第N", f"{s}回大会。", [N(s, n, ordinal=True)])
        elif k == 15:
            n = R.randint(1, 30)
            s = f"{n}番目"
            add("ja", "ja:N番目", f"{s}の駅。", [N(s, n, ordinal=True)])
        elif k == 16:
            a, b = R.randint(1, 9), R.randint(1, 9999)
            s = f"{fw(str(a))}万{fw(str(b))}"
            add("ja", "ja:fullwidth Ｎ万ＮＮＮＮ", f"人口は{s}人。", [N(s, a * 10000 + b)])
        elif k == 17:
            w, v = R.choice([("百万", 10**6), ("一千万", 10**7), ("数百", None),
                             ("三千万", 3 * 10**7), ("二十万", 200000), ("百", 100)])
            if v is None:
                continue
            add("ja", "ja:kanji scale words (control)", f"{w}人が参加。",
                [N(w, v, unit="person")])
        elif k == 18:
            a = R.randint(1, 9)
            b = a + R.randint(1, 9)
            fmt = R.choice(["{}万～{}万", "{}～{}万", "{}万から{}万"])
            s = fmt.format(a, b)
            add("ja", f"ja:range {fmt}", f"死者は{s}人と推定される。",
                [RG(s, a * 10000, b * 10000)])
        elif k == 19:
            a = R.randint(1, 20)
            b = a + R.randint(1, 20)
            fmt = R.choice(["{}～{}%", "{}%～{}%", "{}から{}パーセント"])
            s = fmt.format(a, b)
            add("ja", f"ja:range {fmt}", f"得票率は{s}だった。", [RG(s, a, b, unit="percent")])
        elif k == 20:
            n = R.randint(1, 9)
            s = f"{n}割{R.randint(1, 9)}分"
            v = n * 10 + int(s[-2])
            add("ja", "ja:N割M分 (control)", f"打率{s}。", [N(s, v, unit="percent")])
        elif k == 21:
            n = R.randint(2, 20)
            s = f"{n}倍"
            add("ja", "ja:N倍", f"売上は{s}になった。", [N(s, n, core=str(n))])
        elif k == 22:
            n = R.randint(1, 999)
            s = f"マイナス{n}"
            add("ja", "ja:マイナスN", f"気温は{s}度。", [N(s, -n)])
        else:
            a = R.randint(100, 999)
            s = f"{a}億{R.randint(1, 9)}千万"
            v = a * 10**8 + int(s.split("億")[1][0]) * 10**7
            add("ja", "ja:N億M千万", f"総額{s}円。", [N(s, v, unit="JPY")])


# --- 5. further classes found by probing: biographies, BC ranges, old eras, ... ----------------

ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"]

# First Gregorian (proleptic, by the era's first year number) year of Edo-period eras.
# Year N of an era = first + N - 1 (lunisolar new year ignored: a day in the 12th month may
# fall in the next Gregorian year, so only year values are checked for days late in the year).
EDO_ERAS = {"慶長": 1596, "元和": 1615, "寛永": 1624, "正保": 1644, "慶安": 1648, "承応": 1652,
            "明暦": 1655, "万治": 1658, "寛文": 1661, "延宝": 1673, "天和": 1681, "貞享": 1684,
            "元禄": 1688, "宝永": 1704, "正徳": 1711, "享保": 1716, "元文": 1736, "寛保": 1741,
            "延享": 1744, "寛延": 1748, "宝暦": 1751, "明和": 1764, "安永": 1772, "天明": 1781,
            "寛政": 1789, "享和": 1801, "文化": 1804, "文政": 1818, "天保": 1830, "弘化": 1844,
            "嘉永": 1848, "安政": 1854, "万延": 1860, "文久": 1861, "元治": 1864, "慶応": 1865}
EDO_LEN = {"慶長": 20, "元和": 10, "寛永": 21, "正保": 5, "慶安": 5, "承応": 4, "明暦": 4,
           "万治": 4, "寛文": 13, "延宝": 9, "天和": 4, "貞享": 5, "元禄": 17, "宝永": 8,
           "正徳": 6, "享保": 21, "元文": 6, "寛保": 4, "延享": 5, "寛延": 4, "宝暦": 14,
           "明和": 9, "安永": 10, "天明": 9, "寛政": 13, "享和": 4, "文化": 15, "文政": 13,
           "天保": 15, "弘化": 5, "嘉永": 7, "安政": 7, "万延": 2, "文久": 4, "元治": 2,
           "慶応": 4}


def gen_more_en():
    for _ in range(420):
        y = R.randint(1500, 1990)
        k = R.randrange(15)
        if k == 0:
            w = R.choice(["b.", "d.", "born", "died", "fl.", "r."])
            s = f"({w} {y})"
            add("en", f"en:({w} YEAR) biographical", f"John Smith {s} was a painter.",
                [E("date", str(y), str(y))])
        elif k == 1:
            y2 = y + R.randint(20, 80)
            form = R.choice(["(c. {a} – {b})", "({a} – c. {b})", "(c. {a}–c. {b})"])
            s = form.format(a=y, b=y2)
            add("en", f"en:{form.format(a='Y', b='Y2')} lifespan",
                f"Jan van Eyck {s} was a painter.",
                [E("date", s[1:-1].replace("c. ", "", 1) if s.startswith("(c. ") else s[1:-1],
                   f"{y}/{y2}", core=f"{y}")])
            CASES[-1]["exp"][0]["cend"] = CASES[-1]["exp"][0]["end"]  # must reach the end year
            CASES[-1]["exp"][0]["cstart"] = CASES[-1]["exp"][0]["start"] + \
                CASES[-1]["exp"][0]["surface"].find(str(y))
        elif k == 2:
            dec = y // 10 * 10
            if dec % 100 == 90:
                continue
            dash = R.choice(["–", "-"])
            s = f"{dec}s{dash}{(dec + 10) % 100:02d}s"
            add("en", "en:the 1930s–40s (decade shorthand range)", f"In the {s} the city grew.",
                [E("date", s, f"{dec // 10:03d}X/{dec // 10 + 1:03d}X")])
        elif k == 3:
            c = R.randint(13, 20)
            form = R.choice(["the {a}th and early {b}th centuries",
                             "the late {a}th and early {b}th centuries",
                             "from the late {a}th to the early {b}th century"])
            s = form.format(a=c - 1, b=c)
            core = s[4:] if s.startswith("the ") else s
            add("en", f"en:{form.format(a='N', b='M')}", f"Trade grew in {s}.",
                [E("date", core, f"{c - 2:02d}XX/{c - 1:02d}XX", core=core.split()[-3]
                   if False else core)])
        elif k == 4:
            a = R.randint(100, 3000)
            b = a - R.randint(1, 99)
            era = R.choice(["BC", "BCE", "B.C."])
            form = R.choice(["{a}–{b} {e}", "c. {a}–{b} {e}", "from {a} to {b} {e}",
                             "between {a} and {b} {e}"])
            s = form.format(a=a, b=b, e=era)
            core = s[3:] if s.startswith("c. ") else s
            add("en", f"en:BC year range {form.format(a='A', b='B', e='BC')}",
                f"The palace was built {s}.", [E("date", core, f"-{a - 1:04d}/-{b - 1:04d}")])
        elif k == 5:
            a = R.randint(2, 100)
            b = R.randint(1, 80)
            form = R.choice(["{a} BC – AD {b}", "{a} BC–AD {b}", "from {a} BC to AD {b}",
                             "{a} BC – {b} AD"])
            s = form.format(a=a, b=b)
            add("en", "en:cross-era range A BC – AD B", f"Augustus ({s}) ruled Rome."
                if "from" not in s else f"He lived {s}.",
                [E("date", s, f"-{a - 1:04d}/{b:04d}")])
        elif k == 6:
            n = R.randint(1, 3)
            w = R.choice([f"{n}{en_ord_suffix(n)}", EN_ORD_ONES[n]])
            bc = R.random() < 0.6
            s = f"the {w} millennium" + (" BC" if bc else "")
            v = f"-{n - 1}XXX" if bc else f"{n - 1}XXX"
            add("en", "en:Nth millennium (BC)", f"Settlements of {s} were found.",
                [E("date", s[4:], v)], flag="millennium value convention (by analogy with 19XX)")
        elif k == 7:
            y2 = y + 1
            s = f"{y}/{y2 % 100:02d}"
            add("en", "en:Y/YY season (number side)", f"In the winter of {s} the camps filled.",
                [E("date", s, f"{y}/{y2}")], forbid=[("number", s)])
        elif k == 8:
            d = dates_between(1850, 1990)
            s = f"{d.year} {EN_MONTH_NAMES[d.month - 1]} {d.day}"
            add("en", "en:YYYY Month D (archival order)", f"Entry of {s}: the unit moved.",
                [E("date", s, iso(d))], flag="rare in prose; common in war diaries")
        elif k == 9:
            w = R.choice(["The war claimed hundreds of thousands.",
                          "He was one of thousands.", "It decided the fate of thousands.",
                          "Losses ran into thousands.", "The famine killed tens of thousands.",
                          "Losses were counted in thousands, not hundreds."])
            add("en", "en:'X of thousands' at clause end read as the year 1000", w,
                [], family="date", forbid=[("date", "thousands"), ("date", "millions")])
        elif k == 10:
            w = R.choice(["thousands", "hundreds", "millions", "tens of thousands"])
            add("en", "en:vague plural scale word read as an exact number",
                f"There were {w} of refugees.", [], family="number",
                forbid=[("number", w.split()[-1]), ("number", w.split()[0])],
                flag="debatable: vague quantity", check_dates_extra=False)
        elif k == 11:
            a = R.randint(1, 9)
            fr, fv = R.choice([("½", .5), ("¼", .25), ("¾", .75)])
            sc = R.choice(["million", "billion", ""])
            mult = {"million": 10**6, "billion": 10**9, "": 1}[sc]
            s = f"{a}{fr} {sc}".strip()
            add("en", "en:vulgar fraction + scale" if sc else "en:vulgar fraction",
                f"About {s} tons were shipped.", [N(s, (a + fv) * mult)])
        elif k == 12:
            fr, fv = R.choice([("½", .5), ("¼", .25), ("¾", .75), ("⅓", 1 / 3)])
            s = fr
            add("en", "en:lone vulgar fraction ½", f"About {s} of the crop was lost.",
                [N(s, fv)])
        elif k == 13:
            w = R.choice(["Throughout", "Prior to", "Following", "Between", "Ahead of",
                          "Toward the end of", "For much of"])
            if w == "Between":
                continue
            add("en", f"en:{w} YEAR", f"{w} {y} the army stayed in the north.",
                [E("date", str(y), str(y))])
        else:
            s = f"approx. {y}"
            add("en", "en:approx. YEAR", f"Written {s}.", [E("date", str(y), str(y))])


def gen_more_ru():
    for _ in range(520):
        y = R.randint(1500, 1990)
        k = R.randrange(17)
        if k == 0:
            c = R.randint(13, 20)
            form = R.choice(["конца {a} — начала {b} века", "конец {a} — начало {b} в.",
                             "в {a} — начале {b} в.", "{a} — начала {b} вв.",
                             "с конца {a} до начала {b} века", "второй половины {a} — первой "
                             "половины {b} века"])
            s = form.format(a=ROMAN[c - 1], b=ROMAN[c])
            core = s[2:] if s.startswith("в ") else s
            add("ru", f"ru:{form.format(a='XIX', b='XX')}", f"Памятники {s} сохранились.",
                [E("date", core, f"{c - 2:02d}XX/{c - 1:02d}XX")])
        elif k == 1:
            dec = y // 10 * 10
            if dec % 100 == 90:
                continue
            dash = R.choice(["—", "–", "-"])
            suf = R.choice(["-х годах", "-е годы", "-х гг.", "-х годов"])
            s = f"{dec}{dash}{(dec + 10) % 100:02d}{suf}"
            add("ru", "ru:в 1920—30-х годах (decade shorthand range)",
                f"Это было в {s} прошлого века.",
                [E("date", s, f"{dec // 10:03d}X/{dec // 10 + 1:03d}X")])
        elif k == 2:
            c = R.randint(18, 20)
            dd = R.randrange(1, 10)
            suf = R.choice(["-е гг.", "-е годы", "-х годах", "-х гг."])
            w = R.choice(["в.", "века"])
            s = f"{dd}0{suf} {ROMAN[c]} {w}"
            add("ru", "ru:в 40-е гг. XX в. (decade of a named century)", f"Это было в {s}",
                [E("date", s, f"{c - 1}{dd}X")], flag="one decade expected, not XX4X + 19XX")
        elif k == 3:
            w = R.choice(["род.", "ум.", "р.", "род. в", "ум. в"])
            s = f"({w} {y})"
            add("ru", f"ru:({w} YEAR) biographical", f"Иванов И. И. {s} — художник.",
                [E("date", str(y), str(y))])
        elif k == 4:
            d = dates_between(1800, 1990)
            form = R.choice(["{d}.{m}.{y}", "{d}.{m}.{y} г.", "{d} {m} {y}", "{d}.{m}.{y}г."])
            s = form.format(d=d.day, m=ROMAN[d.month], y=d.year)
            core = f"{d.day}.{ROMAN[d.month]}.{d.year}" if "." in form[:6] else \
                f"{d.day} {ROMAN[d.month]} {d.year}"
            add("ru", "ru:Roman-numeral month 22.VI.1941", f"Приказ от {s} отменён.",
                [E("date", s, iso(d), core=core)])
        elif k == 5:
            coll = [("двое", 2), ("трое", 3), ("четверо", 4), ("пятеро", 5), ("шестеро", 6),
                    ("семеро", 7), ("восьмеро", 8), ("десятеро", 10), ("двоих", 2),
                    ("троих", 3), ("четверых", 4), ("пятерых", 5)]
            w, v = R.choice(coll)
            frame = "Их было {} суток." if w.endswith("е") or w.endswith("о") else \
                "Он потерял {} детей."
            frame = "В отряде было {} бойцов." if w.endswith(("о", "е")) else \
                "Погибли {} бойцов."
            add("ru", "ru:collective numeral двое/трое/пятеро", frame.format(w), [N(w, v)])
        elif k == 6:
            w, v = R.choice([("полмиллиона", 500000), ("полсотни", 50), ("полтысячи", 500),
                             ("полмиллиарда", 5 * 10**8), ("пол-миллиона", 500000),
                             ("полмиллиона", 500000)])
            add("ru", f"ru:пол- prefix ({'hyphen' if '-' in w else 'glued'})",
                f"Погибло {w} человек.", [N(w, v)], forbid=[("number", "миллиона")])
        elif k == 7:
            n = R.choice([2, 3, 4])
            w = R.choice(["десятка", "сотни"])
            m = 10 if w == "десятка" else 100
            word = {2: "два" if w == "десятка" else "две", 3: "три", 4: "четыре"}[n]
            s = f"{word} {w}"
            add("ru", "ru:два десятка / две сотни", f"Прибыло {s} солдат.", [N(s, n * m)])
        elif k == 8:
            a = R.randint(100, 3000)
            b = a - R.randint(1, 99)
            dash = R.choice(["—", "–", "-"])
            s = f"{a}{dash}{b} гг. до н. э."
            add("ru", "ru:BC year range A—B гг. до н. э.", f"Дворец построен в {s}",
                [E("date", s, f"-{a - 1:04d}/-{b - 1:04d}")])
        elif k == 9:
            a = R.randint(2, 100)
            b = R.randint(1, 80)
            s = f"{a} г. до н. э. — {b} г. н. э."
            add("ru", "ru:cross-era range A г. до н. э. — B г. н. э.",
                f"Август ({s}) правил Римом.",
                [E("date", s, f"-{a - 1:04d}/{b:04d}")])
        elif k == 10:
            n = R.randint(1, 4)
            form = R.choice(["{r} тыс. до н. э.", "{r} тысячелетие до н. э.",
                             "{r} тысячелетии до н. э."])
            s = form.format(r=ROMAN[n])
            add("ru", "ru:millennium (тыс./тысячелетие до н. э.)", f"Поселения в {s} известны.",
                [E("date", s, f"-{n - 1}XXX")], forbid=[("number", "тыс.")],
                flag="millennium value convention")
        elif k == 11:
            w = R.choice(["тысячи", "десятки тысяч", "сотни тысяч", "миллионы"])
            last = w.split()[-1]
            add("ru", "ru:vague plural (тысячи пленных) read as exact number",
                f"В плен попали {w} солдат.", [], family="number",
                forbid=[("number", last)], flag="debatable: vague quantity")
        elif k == 12:
            d1 = R.randint(1, 28)
            m1 = R.randint(1, 6)
            m2 = R.randint(m1 + 1, 12)
            d2 = R.randint(1, 28)
            s = f"с {d1}.{m1:02d} по {d2}.{m2:02d}.{y}"
            add("ru", "ru:с D.MM по D.MM.YYYY", f"Отпуск {s} утверждён.",
                [E("date", s, f"{y}-{m1:02d}-{d1:02d}/{y}-{m2:02d}-{d2:02d}")],
                forbid=[("numberrange", f"с {d1}.{m1:02d} по {d2}")])
        elif k == 13:
            y2 = y + 1
            s = f"{y}/{y2 % 100:02d}"
            add("ru", "ru:Y/YY (number side)", f"Зимой {s} г. лагеря переполнились.",
                [E("date", s, f"{y}/{y2}")], forbid=[("number", s)])
        elif k == 14:
            s = f"{y}-м"
            add("ru", "ru:в Y-м (no year word) 2", f"В {s} он уехал в Париж.",
                [E("date", s, str(y), core=str(y))], flag="elliptic 'в 1850-м' = the year")
        elif k == 15:
            d = dates_between(1800, 1990)
            s = f"{d.day:02d}.{d.month:02d}.{d.year} г."
            add("ru", "ru:DD.MM.YYYY г. span", f"Приказ от {s} отменён.", [E("date", s, iso(d))],
                flag="span only: the value is right")
        else:
            w = R.choice(["Срд", "Пнд", "Втр", "Чтв", "Птн", "Сбт", "Вск"])
            d = dates_between(1900, 2020)
            wd = ["Пнд", "Втр", "Срд", "Чтв", "Птн", "Сбт", "Вск"][d.weekday()]
            s = f"{wd}, {d.day:02d} {RU_GEN[d.month - 1]} {d.year} г."
            add("ru", "ru:3-letter weekday span (Срд, ...)", f"Дата: {s}", [E("date", s, iso(d))],
                flag="span only: the value is right")


def gen_more_ja():
    for _ in range(420):
        k = R.randrange(9)
        if k in (0, 1, 2):
            era = R.choice(list(EDO_ERAS))
            n = R.randint(1, EDO_LEN[era])
            yv = EDO_ERAS[era] + n - 1
            nf = "元" if n == 1 else R.choice([str(n), kanji_num(n)])
            if k == 0:
                s = f"{era}{nf}年"
                add("ja", "ja:pre-Meiji era year (元禄15年)", f"{s}に江戸で大火があった。",
                    [E("date", s, str(yv))])
            else:
                m = R.randint(1, 10)  # months 1-10 stay in the same Gregorian year
                d = R.randint(1, 28)
                mf = str(m) if nf.isdigit() else kanji_num(m)
                df = str(d) if nf.isdigit() else kanji_num(d)
                s = f"{era}{nf}年{mf}月{df}日"
                add("ja", "ja:pre-Meiji era date (元禄15年3月14日)", f"{s}、江戸で大火があった。",
                    [E("date", s, f"{yv}", core=s)],
                    flag="lunisolar month/day: only the year is checked (value prefix)")
                CASES[-1]["prefix_ok"] = True
        elif k == 3:
            d = dates_between(1868, 2018)
            era = era_of(d.year)[:-1]
            form = R.choice(["{y}年（{e}年）{m}月{d}日", "{e}年（{y}年）{m}月{d}日",
                             "{y}年({e}年){m}月{d}日"])
            s = form.format(y=d.year, e=era, m=d.month, d=d.day)
            add("ja", "ja:Y年（ERA N年）M月D日", f"{s}に調印された。", [E("date", s, iso(d))])
        elif k == 4:
            dec = R.randint(187, 200) * 10
            q1 = R.choice(["後半", "末", "前半", ""])
            q2 = R.choice(["前半", "初頭", ""])
            s = f"{dec}年代{q1}から{dec + 10}年代{q2}"
            add("ja", "ja:decade-qualifier range (1990年代後半から2000年代前半)",
                f"{s}にかけて流行した。",
                [E("date", s, f"{dec // 10:03d}X/{dec // 10 + 1:03d}X",
                   core=f"{dec}年代{q1}から{dec + 10}年代")],
                flag="qualifiers dropped like 'early 20th century' -> 19XX")
        elif k == 5:
            n = R.randint(1, 99999)
            sym = R.choice(["¥", "￥"])
            s = f"{sym}{n:,}"
            add("ja", f"ja:{sym}N yen sign", f"価格は{s}だった。", [N(f"{n:,}", n, unit="JPY")])
        elif k == 6:
            a = R.randint(100, 3000)
            b = a - R.randint(1, 99)
            form = R.choice(["紀元前{a}年から紀元前{b}年", "紀元前{a}年～紀元前{b}年",
                             "紀元前{a}～{b}年"])
            s = form.format(a=a, b=b)
            add("ja", "ja:BC year range", f"{s}に建てられた。",
                [E("date", s, f"-{a - 1:04d}/-{b - 1:04d}")])
        elif k == 7:
            a = R.randint(2, 100)
            b = R.randint(1, 80)
            s = f"紀元前{a}年 - 紀元{b}年"
            add("ja", "ja:cross-era range", f"アウグストゥス（{s}）",
                [E("date", s, f"-{a - 1:04d}/{b:04d}")])
        else:
            n = R.randint(1, 3)
            s = R.choice([f"紀元前{n}千年紀", f"紀元前{n}千年紀"])
            add("ja", "ja:millennium 紀元前N千年紀", f"{s}の遺跡。", [E("date", s, f"-{n - 1}XXX")],
                flag="millennium value convention")


def gen_more2():
    """Qualified years and year ranges, Japanese kanji numerals after a noun, page ranges."""
    ja_nouns = ["死者", "兵士", "捕虜", "負傷者", "乗員", "戦死者", "住民"]
    for _ in range(700):
        y = R.randint(1800, 1990)
        k = R.randrange(12)
        if k == 0:
            q = R.choice(["в конце", "к концу", "в начале", "в середине", "осенью", "летом",
                          "зимой", "весной", "в течение", "на протяжении", "в первой половине",
                          "во второй половине", "к началу"])
            add("ru", f"ru:{q} YEAR (bare, no г.)", f"{cap(q)} {y} войска отступили.",
                [E("date", str(y), str(y))])
        elif k == 1:
            form = R.choice(["в конце {a} — начале {b} г.", "с конца {a} по начало {b} г.",
                             "с осени {a} до весны {b} г.", "в конце {a} г. — начале {b} г.",
                             "в {a} — начале {b} г."])
            s = form.format(a=y, b=y + 1)
            first = s.split()[0]
            core = s[2:] if first == "в" else s
            add("ru", f"ru:qualified year range '{form.format(a='Y', b='Y2')}'",
                f"Это было {s}, затем фронт стабилизировался.",
                [E("date", core, f"{y}/{y + 1}", core=core[core.find(str(y)):])])
        elif k == 2:
            form = R.choice(["from late {a} to early {b}", "late {a}–early {b}",
                             "between late {a} and early {b}",
                             "from the spring of {a} to the autumn of {b}"])
            s = form.format(a=y, b=y + 1)
            add("en", f"en:qualified year range '{form.format(a='Y', b='Y2')}'",
                f"The front held {s}, then moved.",
                [E("date", s, f"{y}/{y + 1}", core=s[s.find(str(y)):])])
        elif k == 3:
            q1 = R.choice(["末", "秋", "夏", "後半"])
            q2 = R.choice(["初頭", "春", "前半"])
            sep = R.choice(["から", "～"])
            s = f"{y}年{q1}{sep}{y + 1}年{q2}"
            add("ja", f"ja:qualified year range 'Y年{q1}{sep}Y2年{q2}'",
                f"{s}にかけて戦線は停滞した。",
                [E("date", s, f"{y}/{y + 1}", core=f"{y}年{q1}{sep}{y + 1}年")])
        elif k == 4:
            noun = R.choice(ja_nouns)
            n = R.choice([1, 2, 3, 5, 7, 9, 10, 100, 1000, 1100, 200, 3000, 15, 350])
            s = kanji_num(n)
            ctr = R.choice(["人", "名"])
            cls = "ja:NOUN+kanji numeral+counter (死者五人)" + \
                (" [1 char/bare multiplier]" if len(s) == 1 or all(c in "十百千" for c in s)
                 else " [control]")
            add("ja", cls, f"この戦闘で{noun}{s}{ctr}が出た。", [N(s, n, unit="person")])
        elif k == 5:
            a = R.choice([R.randint(100, 989), R.randint(1000, 9899)])
            b = a + R.randint(2, 60)
            if a // 100 == b // 100 and R.random() < 0.6:
                s = f"{a}–{b % 100:02d}" if b % 100 >= 10 else f"{a}–{b}"
                short = b % 100 >= 10
            else:
                s, short = f"{a}–{b}", False
            pre = R.choice(["pp. ", ""])
            add("en", f"en:reference page range {'elided 123–45' if short else 'full'}"
                + (" 4-digit" if a >= 1000 else ""),
                f"Smith, J. \"On Trade.\" Journal of History 12 (1995): {pre}{s}.",
                [RG(s, a, b, unit="page" if pre else None)], kind="reference",
                forbid=[("date", s)], family="number", allow_dates=True,
                flag="elided page range (Chicago style)" if short else None)
        elif k == 6:
            a = R.randint(1000, 2100)
            b = a + R.randint(1, 30)
            s = f"{a}–{b}"
            add("ru", "ru:reference page range С. 1199–1201 (4-digit)",
                f"Иванов И. И. Статья // Вопросы истории. 1995. № 3. С. {s}.",
                [RG(s, a, b, unit="page")], kind="reference", forbid=[("date", s)],
                family="number", allow_dates=True)
        elif k == 7:
            y2 = y + R.randint(1, 9)
            if y2 // 100 != y // 100:
                continue
            s = f"the {y}–{y2 % 100:02d} war"
            add("en", "en:the YYYY–YY war (attributive, elided)", f"He fought in {s}.",
                [E("date", f"{y}–{y2 % 100:02d}", f"{y}/{y2}")])
        elif k == 8:
            s = f"{y}"
            q = R.choice(["Throughout", "Following", "Prior to", "Ahead of", "Until",
                          "Up to", "Through", "Around", "About"])
            add("en", f"en:{q} YEAR (sentence-initial)", f"{q} {s} the army stayed in the north.",
                [E("date", s, s)])
        elif k == 9:
            w = R.choice(["the one hundred and first", "the one thousandth",
                          "the one hundred and twenty-first", "the one hundredth"])
            v = {"the one hundred and first": 101, "the one thousandth": 1000,
                 "the one hundred and twenty-first": 121, "the one hundredth": 100}[w]
            add("en", "en:'the one hundred and first' (pronoun rule drops 'one')",
                f"It was {w} session.", [N(w[4:], v, ordinal=True)],
                flag="value right by luck, span loses 'one'")
        elif k == 10:
            y2 = y + R.randint(1, 9)
            if y2 % 10 == 0:
                continue
            s = f"{y}—{y2}-х годах"
            add("ru", "ru:в Y—Y2-х годах (ordinal plural years)", f"Это было в {s}.",
                [E("date", s, f"{y}/{y2}", core=f"{y}—{y2}")])
        elif k == 11 and R.random() < 0.5:
            d = dates_between(1850, 1990)
            if R.random() < 0.5:
                s = f"the {en_ordw(d.day)} of {EN_MONTH_NAMES[d.month - 1]}"
                add("en", "sentence-final '.' swallowed by a word-day date",
                    f"They met on {s}.", [E("date", s[4:], f"XXXX-{d.month:02d}-{d.day:02d}",
                                            exact=True)])
            else:
                s = f"{ru_ord(d.day, 'gen')} {RU_GEN[d.month - 1]}"
                add("ru", "sentence-final '.' swallowed by a word-day date",
                    f"Они встретились {s}.", [E("date", s, f"XXXX-{d.month:02d}-{d.day:02d}",
                                                exact=True)])
        else:
            n = R.randint(2, 9)
            w = R.choice(["hundred", "thousand"])
            s = f"the one {w} {R.choice(['men', 'prisoners'])}"
            add("en", "en:'the one thousand men'", f"Of {s}, few returned.",
                [N(f"one {w}", 100 if w == "hundred" else 1000, core=f"one {w}")])


# --- run and compare -------------------------------------------------------------------------

def same_value(a, b):
    if isinstance(a, dict) or isinstance(b, dict):
        if not (isinstance(a, dict) and isinstance(b, dict)) or set(a) != set(b):
            return False
        return all(same_value(a[k], b[k]) for k in a)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and \
            not isinstance(a, bool) and not isinstance(b, bool):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def fmt_ann(a):
    s = f"{a.type}:{a.text!r}={a.value!r}"
    if a.unit:
        s += f" unit={a.unit}"
    if a.ordinal:
        s += " ord"
    return s


def judge(case):
    text, lang = case["text"], case["lang"]
    prefix_ok = case.get("prefix_ok", False)

    def same(got, want):
        if prefix_ok and isinstance(got, str) and isinstance(want, str):
            return got.split("-")[0] == want
        return same_value(got, want)

    dates = find_dates(text, lang, case["kind"])
    nums = find_numbers(text, lang, case["kind"])
    res = []
    for x in case["exp"]:
        pool = dates if x["type"] == "date" else [a for a in nums if a.type == x["type"]]
        hit = None
        status = None
        for a in pool:
            if a.start == x["start"] and a.end == x["end"] and same(a.value, x["value"]):
                hit, status = a, "exact"
                break
        if hit is None:
            for a in pool:
                if a.start <= x["cstart"] and a.end >= x["cend"] and \
                        same(a.value, x["value"]):
                    hit = a
                    status = "span-narrower" if a.start >= x["start"] and a.end <= x["end"] \
                        else "span-wider"
                    break
        if hit is not None:
            why = None
            if x.get("exact") and status != "exact":
                why = f"span differs: got {hit.text!r}"
            elif x["unit"] is not None and (hit.unit or "") != x["unit"]:
                why = f"unit: expected {x['unit'] or 'none'}, got {hit.unit}"
            elif x["ordinal"] is not None and bool(hit.ordinal) != x["ordinal"]:
                why = f"ordinal flag: expected {x['ordinal']}, got {hit.ordinal}"
            res.append(("pass" if why is None else "fail", status if why is None else
                        why.split(":")[0] if why.startswith("span") else why, x, hit))
            continue
        overl = [a for a in pool if a.start < x["cend"] and a.end > x["cstart"]]
        if not overl:
            # the same value reported with a different type?
            other = [a for a in (dates + nums) if a.start < x["cend"] and a.end > x["cstart"]
                     and a.type != x["type"] and same(a.value, x["value"])]
            res.append(("fail", "missed (wrong type)" if other else "missed", x, None))
        else:
            cov = [a for a in overl if a.start <= x["cstart"] and a.end >= x["cend"]]
            if cov:
                res.append(("fail", "wrong value", x, cov[0]))
            else:
                res.append(("fail", "partial span", x, overl[0]))
    for typ, surf in case["forbid"]:
        bad = [a for a in (dates + nums) if a.type == typ and a.text == surf]
        if bad:
            x = dict(type=typ, surface=surf, value="(nothing)")
            res.append(("fail", "forbidden misreading", x, bad[0]))
    # extras: dates not overlapping any expected span (any case); numbers for number cases
    extras = []
    spans = [(x["start"], x["end"]) for x in case["exp"]]
    forbidden = {(t, s) for t, s in case["forbid"]}
    if case["family"] == "number" or case["check_dates_extra"]:
        for a in dates:
            if (a.type, a.text) in forbidden:
                continue
            if not any(a.start < e and a.end > s for s, e in spans) and case["family"] == "date":
                extras.append(a)
            elif case["family"] == "number" and not case["allow_dates"]:
                extras.append(a)  # a number case has no dates
    if case["family"] == "number" and not case["allow_dates"]:
        for a in nums:
            if (a.type, a.text) in forbidden:
                continue
            if not any(a.start < e and a.end > s for s, e in spans):
                extras.append(a)
    return res, extras


GROUPS = [  # (regex on the class name, group shown in the summary); first match wins
    (r"pre-Meiji", "ja: pre-Meiji (Edo) era years/dates"),
    (r"Y年（ERA N年）M月D日", "ja: year with era in brackets, then month/day"),
    (r"range M月D1～D2日", "ja: day range without 日 on the first day (7月13～15日)"),
    (r"NOUN\+kanji numeral.*1 char", "ja: 1-char/bare-multiplier kanji numeral after a kanji noun"),
    (r"NOUN\+kanji numeral", "ja: kanji numeral after a kanji noun (control)"),
    (r"DD年代|NN年代", "ja: decades of an unnamed century / of an era (90年代, 昭和20年代)"),
    (r"yen sign", "ja: halfwidth yen sign ¥ in Japanese text"),
    (r"qualified year range", "qualified year ranges (late 1941 – early 1942)"),
    (r"decade-qualifier range", "qualified year ranges (late 1941 – early 1942)"),
    (r"\(bare, no г\.\)", "ru: part-of-year/season word + bare year (в конце 1941)"),
    (r"biographical", "biographical abbreviations (b./d./fl./r., род./ум./р.)"),
    (r"lifespan", "c. inside a lifespan (c. 1450 – 1520)"),
    (r"BC year range", "BC year ranges (500–400 BC)"),
    (r"cross-era", "cross-era ranges (63 BC – AD 14)"),
    (r"millennium", "millennia"),
    (r"reference page range", "page ranges in references"),
    (r"(Throughout|Following|Prior to|Up to|About|approx\.|c YEAR)",
     "en: year lead words missing (Throughout/Following/Prior to/approx./About)"),
    (r"начал|early Mth|половины", "century ranges with qualifiers (конца XIX — начала XX века)"),
    (r"decade shorthand", "decade shorthand ranges (1930s–40s, 1920—30-х)"),
    (r"named century", "ru: decade of a named century (40-е гг. XX в.)"),
    (r"Roman-numeral month", "ru: Roman-numeral month (22.VI.1941)"),
    (r"Y/YY", "Y/YY read as a fraction by find_numbers"),
    (r"с D\.MM по", "ru: с D.MM по D.MM.YYYY"),
    (r"Y-м", "ru: elliptic 'в 1850-м' read as a decade"),
    (r"collective", "ru: collective numerals (двое, трое, пятеро)"),
    (r"пол-", "ru: пол- prefix (полмиллиона, пол-миллиона)"),
    (r"десят|сот", "ru: десяток/сотня counters"),
    (r"read as the year 1000", "en: 'of thousands' at clause end read as the YEAR 1000"),
    (r"vague plural", "vague plurals (thousands of, тысячи) read as exact 1000"),
    (r"score|couple of", "en: archaic counts (a score, three score, a couple of hundred)"),
    (r"pct|percentage points", "en: 'pct', 'percentage points'"),
    (r"c YEAR", "en: 'c 1541' (c without dot)"),
    (r"vulgar fraction", "vulgar fractions (½, 2½ million)"),
    (r"the one |ordinal word >100", "en: 'one' dropped after 'the' (pronoun rule)"),
    (r"YYYY–YY war|YYYY-YY", "en: elided second year without context or with a hyphen"),
    (r"weekday span|DD\.MM\.YYYY г\. span", "span-only: trailing г. / 3-letter ru weekdays"),
]


def group_of(cls):
    for rx, name in GROUPS:
        if re.search(rx, cls):
            return name
    return cls


SECTIONS = [("1 dateparser locale forms", [gen_en_locale, gen_ru_locale, gen_ja_locale]),
            ("2 Duckling-style day/month + day ranges",
             [gen_en_daymonth, gen_ru_daymonth, gen_ja_daymonth]),
            ("3 years/decades/centuries in context", [gen_years_en, gen_years_ru, gen_years_ja]),
            ("4 numbers (Duckling/Recognizers/number-parser style)",
             [gen_numbers_en, gen_numbers_ru, gen_numbers_ja]),
            ("5 probes: biographies, BC/eras, ranges, counters, references",
             [gen_more_en, gen_more_ru, gen_more_ja, gen_more2])]


def build_cases():
    """Fill CASES, in a fixed order (the order of the random draws), and tag each section."""
    for name, fns in SECTIONS:
        start = len(CASES)
        for fn in fns:
            fn()
        for c in CASES[start:]:
            c["section"] = name


def dump_line(c, res, extras, ok):
    return json.dumps(dict(text=c["text"], lang=c["lang"], cls=c["cls"], ok=ok,
                           res=[(r[0], r[1], r[2]["surface"], str(r[2]["value"]),
                                 fmt_ann(r[3]) if r[3] else None) for r in res],
                           extras=[fmt_ann(a) for a in extras]),
                      ensure_ascii=False) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", action="store_true", help="more examples per class")
    ap.add_argument("--cls", default=None, help="only classes containing this")
    ap.add_argument("--dump", default=None, help="write all results as JSONL to this file")
    args = ap.parse_args()

    build_cases()
    cases = [c for c in CASES if args.cls is None or args.cls in c["cls"]]
    totals = collections.Counter()
    passed = collections.Counter()
    span_notes = collections.Counter()
    fails = collections.defaultdict(list)
    extra_cls = collections.defaultdict(list)
    cls_total = collections.Counter()
    sec_total, sec_pass = collections.Counter(), collections.Counter()
    lines = []
    for c in cases:
        res, extras = judge(c)
        key = (c["lang"], c["family"])
        totals[key] += 1
        cls_total[c["cls"]] += 1
        ok = all(r[0] == "pass" for r in res)
        sec_total[c["section"]] += 1
        if ok:
            passed[key] += 1
            sec_pass[c["section"]] += 1
        for r in res:
            if r[0] == "pass" and r[1] != "exact":
                span_notes[(c["cls"], r[1])] += 1
            if r[0] == "fail":
                fails[(c["cls"], r[1].split(":")[0] if r[1].startswith(("unit", "ordinal"))
                       else r[1])].append((c, r))
        if extras:
            extra_cls[c["cls"]].append((c, extras))
        if args.dump:
            lines.append(dump_line(c, res, extras, ok))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            f.writelines(lines)

    print("== totals (case passes when every expected annotation is found) ==")
    all_t = sum(totals.values())
    all_p = sum(passed.values())
    for key in sorted(totals):
        print(f"  {key[0]} {key[1]:7s} {passed[key]:5d}/{totals[key]:5d}  "
              f"{100 * passed[key] / totals[key]:5.1f}%")
    print(f"  ALL        {all_p:5d}/{all_t:5d}  {100 * all_p / all_t:5.1f}%")
    print("  by source section:")
    for sec in sorted(sec_total):
        print(f"    {sec:62s} {sec_pass[sec]:5d}/{sec_total[sec]:5d}  "
              f"{100 * sec_pass[sec] / sec_total[sec]:5.1f}%")
    print()
    print("== failure groups: failed cases/total cases; kinds; sub-classes; examples ==")
    n = 4 if args.v else 2
    groups = collections.defaultdict(list)
    for (cls, why), items in fails.items():
        groups[group_of(cls)].append((cls, why, items))
    gtotal = collections.Counter()
    for cls, k in cls_total.items():
        gtotal[group_of(cls)] += k

    def nfail(entries):
        return len({id(c) for _, _, items in entries for c, _ in items})

    for g, entries in sorted(groups.items(), key=lambda kv: -nfail(kv[1])):
        kinds = collections.Counter()
        for _, why, items in entries:
            kinds[why] += len({id(c) for c, _ in items})
        flag = next((items[0][0]["flag"] for _, _, items in entries if items[0][0]["flag"]), None)
        print(f"- {g}: {nfail(entries)}/{gtotal[g]} "
              f"({', '.join(f'{k} {v}' for k, v in kinds.most_common())})"
              + (f"  FLAG: {flag}" if flag else ""))
        ids = collections.defaultdict(set)
        for cls, _, items in entries:
            ids[cls] |= {id(c) for c, _ in items}
        subs = collections.Counter({cls: len(v) for cls, v in ids.items()})
        if len(subs) > 1:
            print("    classes: "
                  + "; ".join(f"{c} {k}/{cls_total[c]}" for c, k in subs.most_common(6))
                  + (" ..." if len(subs) > 6 else ""))
        shown = 0
        for _, _, items in sorted(entries, key=lambda e: -len(e[2])):
            for c, r in items[:1 if not args.v else n]:
                if shown >= n:
                    break
                got = fmt_ann(r[3]) if r[3] is not None else "-"
                print(f"    {c['text']!r}: want {r[2]['surface']!r}={r[2]['value']!r}; got {got}")
                shown += 1
    print()
    print("== extra annotations where none was expected (class: cases) ==")
    for cls, items in sorted(extra_cls.items(), key=lambda kv: -len(kv[1])):
        print(f"- [{cls}] {len(items)}/{cls_total[cls]}")
        for c, ex in items[:n]:
            print(f"    {c['text']!r}: {[fmt_ann(a) for a in ex]}")
    if args.v:
        print()
        print("== passes with a different span (class, kind: count) ==")
        for (cls, why), k in sorted(span_notes.items(), key=lambda kv: -kv[1]):
            print(f"  [{cls}] {why}: {k}")


if __name__ == "__main__":
    main()

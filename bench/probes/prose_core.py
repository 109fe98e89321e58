"""Engine of the prose probe (bench.probes.prose): cases built from slots, checked against powtext.

A case is a list of parts: plain strings (frame text: nothing may be reported there) and slots.
Slots (all take flag= for a debatable convention and tag= for a sub-class):
  D(text, value, grain)      a date; numbers inside may only be the literal figures
  N(text, value, unit, ordinal)  a number (unit ANY = unchecked, None = must have none)
  R(text, lo, hi, unit)      a numberrange (lo or hi None for open bounds)
  L(text, ok=())             a label or code: no date; numbers only literal figures, no unit,
                             no range (ok: extra allowed values, e.g. a Roman numeral's)
  Z(text)                    nothing at all: no number, no date
  ND(text)                   no date (numbers unchecked)
  OD(text, value, grain)     optional date: nothing, or exactly this date
  REL(text)                  a relative date word: nothing, or a date with no value
  F(text)                    free: unchecked
"""

from __future__ import annotations

import math
import re

from powtext.extract.dates import find_dates
from powtext.extract.identifiers import find_identifiers
from powtext.extract.numbers import find_numbers
from powtext.resolve import resolve

ANY = object()


class Slot:
    def __init__(self, kind, text, flag=None, tag=None, **kw):
        self.kind, self.text, self.flag, self.tag = kind, text, flag, tag
        self.kw = kw
        self.start = self.end = None


def D(text, value, grain, flag=None, tag=None):
    return Slot("D", text, flag, tag, value=value, grain=grain)


def N(text, value, unit=ANY, ordinal=None, flag=None, tag=None):
    return Slot("N", text, flag, tag, value=value, unit=unit, ordinal=ordinal)


def R(text, lo, hi, unit=ANY, flag=None, tag=None):
    return Slot("R", text, flag, tag, lo=lo, hi=hi, unit=unit)


def L(text, ok=(), flag=None, tag=None, unit_ok=False):
    return Slot("L", text, flag, tag, ok=tuple(ok), unit_ok=unit_ok)


def Z(text, flag=None, tag=None):
    return Slot("Z", text, flag, tag)


def ND(text, flag=None, tag=None):
    return Slot("ND", text, flag, tag)


def OD(text, value, grain=None, flag=None, tag=None):
    return Slot("OD", text, flag, tag, value=value, grain=grain)


def REL(text, flag=None, tag=None):
    return Slot("REL", text, flag, tag)


def F(text):
    return Slot("F", text)


CASES: list[dict] = []


def case(lang, cls, *parts, kind="paragraph", flag=None):
    text, slots = "", []
    for p in parts:
        if isinstance(p, str):
            text += p
        else:
            p.start = len(text)
            text += p.text
            p.end = len(text)
            if flag and not p.flag:
                p.flag = flag
            slots.append(p)
    CASES.append(dict(lang=lang, cls=cls, kind=kind, text=text, slots=slots))


# --- checking ---------------------------------------------------------------------------------

_FW = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９"}


_KD = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_KM = {"十": 10, "百": 100, "千": 1000}
_KS = {"万": 10**4, "億": 10**8}


def _kanji_value(run):
    """一九四五 -> 1945 (positional), 五十八 -> 58, 二千六百 -> 2600, 百万 -> 10**6."""
    if all(c in _KD for c in run):
        return int("".join(str(_KD[c]) for c in run))
    total, section, digit = 0, 0, None
    for c in run:
        if c in _KD:
            digit = _KD[c]
        elif c in _KM:
            section += (1 if digit is None else digit) * _KM[c]
            digit = None
        elif c in _KS:
            section += digit or 0
            total += (section or 1) * _KS[c]
            section, digit = 0, None
    return total + section + (digit or 0)


def literals(s):
    s = s.translate(_FW)
    out = set()
    for m in re.finditer(r"[〇一二三四五六七八九十百千万億]+", s):
        run = m.group()
        out.add(_kanji_value(run))
        for i in range(len(run)):
            for j in range(i + 1, len(run) + 1):
                out.add(_kanji_value(run[i:j]))
    for m in re.finditer(r"\d+", s):
        out.add(int(m.group()))
    for m in re.finditer(r"\d{1,3}(?:[,\u00a0 ]\d{3})+", s):
        out.add(int(re.sub(r"\D", "", m.group())))
    return out


def close(a, b):
    if isinstance(a, dict) or isinstance(b, dict):
        return a == b
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)
    except (TypeError, ValueError):
        return a == b


def overl(a, s):
    return a.start < s.end and s.start < a.end


def fmt(a):
    if a.type in ("number", "numberrange"):
        extra = []
        if a.unit:
            extra.append(a.unit)
        if a.ordinal:
            extra.append("ord")
        return f"{a.type[0:3] if a.type == 'number' else 'range'}:{a.text!r}={a.value}" + (
            f"[{','.join(extra)}]" if extra else "")
    return f"date:{a.text!r}={a.value}" + (f"[{a.grain}]" if a.grain else "") + (
        "[rel]" if a.relative else "")


def check(c, resolved: bool = False):
    """Return a list of failures: (ftype, slot or None, detail). With `resolved`, the
    extractors' candidates first go through resolve() as in the pipeline (a date claims its
    span: the year inside it is no number), so what is judged is what a user gets."""
    text, lang, kind = c["text"], c["lang"], c["kind"]
    try:
        dates = find_dates(text, lang, kind)
        nums = find_numbers(text, lang, kind)
        if resolved:
            kept = resolve(dates + nums + find_identifiers(text, lang, kind))
            dates = [a for a in kept if a.type == "date"]
            nums = [a for a in kept if a.type in ("number", "numberrange")]
    except Exception as e:
        return [("CRASH", None, repr(e))]
    c["got"] = [fmt(a) for a in dates] + [fmt(a) for a in nums]
    fails = []
    slots = c["slots"]
    # dates
    for a in dates:
        hit = [s for s in slots if overl(a, s)]
        if not hit:
            fails.append(("EXTRA-DATE", None, fmt(a)))
            continue
        for s in hit:
            if s.kind in ("L", "Z", "ND", "N", "R"):
                fails.append(("EXTRA-DATE", s, fmt(a)))
            elif (s.kind == "OD" and a.value != s.kw["value"]) or (
                    s.kind == "REL" and a.value is not None):
                fails.append(("WRONG-DATE", s, fmt(a)))
    for s in slots:
        if s.kind != "D":
            continue
        ds = [a for a in dates if overl(a, s)]
        good = [a for a in ds if a.value == s.kw["value"] and (a.grain == s.kw["grain"])]
        if good:
            a = good[0]
            if (a.start, a.end) != (s.start, s.end):
                fails.append(("SPAN-DATE", s, fmt(a)))
            if len(ds) > 1:
                fails.append(("EXTRA-DATE", s, "; ".join(fmt(x) for x in ds if x is not a)))
            continue
        vals = [a for a in ds if a.value == s.kw["value"]]
        if vals:
            fails.append(("GRAIN", s, "; ".join(fmt(x) for x in ds)))
        elif ds:
            # a piece of the expected date (an interval's end, a year of a full date) is a
            # partial reading; anything else is a wrong value
            exp = str(s.kw["value"])
            partial = all(str(a.value) and (str(a.value) in exp or (
                exp.startswith(str(a.value)[:4]) and "/" in exp)) for a in ds)
            fails.append(("PARTIAL-DATE" if partial else "WRONG-DATE", s,
                          "; ".join(fmt(x) for x in ds)))
        else:
            fails.append(("MISS-DATE", s, ""))
    # numbers
    for a in nums:
        hit = [s for s in slots if overl(a, s)]
        if not hit:
            fails.append(("EXTRA-NUM", None, fmt(a)))
            continue
        for s in hit:
            lit = literals(s.text)
            if s.kind == "Z":
                fails.append(("EXTRA-NUM", s, fmt(a)))
            elif s.kind == "L":
                ok = lit | set(s.kw["ok"])
                if a.type == "numberrange" or not any(close(a.value, v) for v in ok):
                    fails.append(("WRONG-NUM", s, fmt(a)))
                elif a.unit and not s.kw["unit_ok"]:
                    fails.append(("UNIT-ON-LABEL", s, fmt(a)))
            elif s.kind in ("D", "OD"):
                if a.type == "numberrange":
                    v = a.value
                    if not (v.get("min") in lit and v.get("max") in lit):
                        fails.append(("WRONG-NUM", s, fmt(a)))
                    elif a.unit:
                        fails.append(("UNIT-ON-DATE", s, fmt(a)))
                elif not any(close(a.value, v) for v in lit) and not (
                        isinstance(a.value, (int, float)) and a.ordinal):
                    fails.append(("WRONG-NUM", s, fmt(a)))
                elif a.unit:
                    fails.append(("UNIT-ON-DATE", s, fmt(a)))
    for s in slots:
        if s.kind == "N":
            ns = [a for a in nums if overl(a, s) and a.type == "number"]
            good = [a for a in ns if close(a.value, s.kw["value"])]
            if good:
                a = max(good, key=lambda x: x.end - x.start)
                u = s.kw["unit"]
                if u is not ANY and a.unit != u:
                    fails.append(("UNIT-MISSING" if a.unit is None else "UNIT-WRONG", s, fmt(a)))
                o = s.kw["ordinal"]
                if o is not None and bool(a.ordinal) != o:
                    fails.append(("ORDINAL", s, fmt(a)))
                inside = [x for x in nums if overl(x, s) and x is not a]
                lit = literals(s.text) | {s.kw["value"]}
                bad = [x for x in inside if x.type == "numberrange" or not any(
                    close(x.value, v) for v in lit)]
                bad = [x for x in bad if not (x.start >= a.start and x.end <= a.end)]
                if bad:
                    fails.append(("WRONG-NUM", s, "; ".join(fmt(x) for x in bad)))
            elif ns or [a for a in nums if overl(a, s)]:
                allns = [a for a in nums if overl(a, s)]
                fails.append(("WRONG-NUM", s, "; ".join(fmt(x) for x in allns)))
            else:
                fails.append(("MISS-NUM", s, ""))
        elif s.kind == "R":
            rs = [a for a in nums if overl(a, s) and a.type == "numberrange"]
            want = {k: v for k, v in (("min", s.kw["lo"]), ("max", s.kw["hi"])) if v is not None}
            good = [a for a in rs if set(a.value) == set(want) and all(
                close(a.value[k], want[k]) for k in want)]
            if good:
                a = good[0]
                u = s.kw["unit"]
                if u is not ANY and a.unit != u:
                    fails.append(("UNIT-MISSING" if a.unit is None else "UNIT-WRONG", s, fmt(a)))
            elif rs:
                fails.append(("WRONG-NUM", s, "; ".join(fmt(x) for x in rs)))
            else:
                ns = [a for a in nums if overl(a, s)]
                lit = literals(s.text) | {s.kw["lo"], s.kw["hi"]}
                bad = [x for x in ns if not any(close(x.value, v) for v in lit if v is not None)]
                fails.append(("WRONG-NUM" if bad else "MISS-RANGE", s,
                              "; ".join(fmt(x) for x in ns)))
    return fails


MISREADING = ("CRASH", "WRONG-NUM", "WRONG-DATE", "EXTRA-NUM", "EXTRA-DATE", "UNIT-WRONG",
              "UNIT-ON-DATE", "UNIT-ON-LABEL", "GRAIN", "ORDINAL")
GAP = ("UNIT-MISSING", "MISS-NUM", "MISS-RANGE", "MISS-DATE", "PARTIAL-DATE", "SPAN-DATE")

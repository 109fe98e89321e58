"""Prose probe: ~4,100 realistic sentences of historical prose in English, Japanese and Russian.

Each case is a sentence from an encyclopedia, history book, newspaper, finding aid, reference list
or caption, built from frame text and slots (see prose_core): the dates, numbers, labels and codes
it holds, with expected values written here by hand (never computed by powtext), next to the
hard neighbours of numbers and dates (scores, footnote marks, codes, idioms, counts that look
like years). The families live in prose_en, prose_ja and prose_ru; seeds are fixed, so every run
makes the same cases. Each case is run through powtext.extract.dates.find_dates,
powtext.extract.numbers.find_numbers and find_identifiers with its kind (paragraph, reference,
title, ...), and the candidates through powtext.resolve.resolve, as the pipeline does: what is
judged is what a user gets (--raw judges the candidates before resolving).

This is a probe, not a test: it exists to find CLASSES of misses and misreadings. Fix a class
in the library by its rule; never special-case a case or a phrase from here.

Usage (from the project root):
    python -m bench.probes.prose [-v] [-n N] [--lang en|ja|ru] [--cls SUBSTR] [--type FAILURE]
                                 [--dump FILE] [--raw]

-v prints N examples (default 3) under each failure group; --lang, --cls (a substring of the
class name) and --type (a failure type such as WRONG-NUM) narrow the run; --dump writes every
case with what powtext found and its failures as JSONL.

Reading the output:
  == totals ==  per language and text kind: a case passes when nothing is missed, wrong or extra.
  Then failure groups "- TYPE  failed/cases-of-the-class  CLASS <tag>", most frequent first, in
  three sections:
    MISREADINGS  something wrong was reported: WRONG-NUM, WRONG-DATE, EXTRA-NUM, EXTRA-DATE,
                 UNIT-WRONG, UNIT-ON-DATE, UNIT-ON-LABEL, GRAIN, ORDINAL, CRASH;
    GAPS         something expected was missed or cut: MISS-NUM, MISS-RANGE, MISS-DATE,
                 PARTIAL-DATE, SPAN-DATE, UNIT-MISSING;
    DEBATABLE    failures on slots flagged as a debatable convention (FLAG: says which), to be
                 decided before counting them as bugs.
  With -v, each example shows the sentence, its kind, the slot and what powtext reported.
"""

from __future__ import annotations

import argparse
import collections
import json
import random

from . import prose_en, prose_ja, prose_ru
from .prose_core import CASES, GAP, MISREADING, check

SEED = 20251127
# Each family module draws from its own generator, seeded with the name the module had when the
# cases were first written; keeping that name keeps the same cases (and comparable figures).
FAMILIES = ((prose_en, "fam_en"), (prose_ru, "fam_ru"), (prose_ja, "fam_ja"))
KINDS = ("paragraph", "reference", "title", "caption", "boilerplate")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", action="store_true", help="print examples under each failure group")
    ap.add_argument("--cls", help="only classes whose name contains this")
    ap.add_argument("--lang", help="only this language (en, ja or ru)")
    ap.add_argument("--type", help="only failures of this type (e.g. WRONG-NUM)")
    ap.add_argument("--dump", help="write every case and its failures as JSONL to this file")
    ap.add_argument("--raw", action="store_true",
                    help="judge the extractors' raw candidates, before resolve() lets a date "
                         "claim its span (the year inside it is no number then)")
    ap.add_argument("-n", type=int, default=3, help="examples per group with -v")
    a = ap.parse_args()
    for module, seed_name in FAMILIES:
        module.build(random.Random(f"{SEED}-{seed_name}"))
    cases = [c for c in CASES if (not a.lang or c["lang"] == a.lang)
             and (not a.cls or a.cls in c["cls"])]
    totals = collections.Counter()
    passed = collections.Counter()
    groups = collections.defaultdict(list)
    for c in cases:
        fails = check(c, resolved=not a.raw)
        c["fails"] = fails
        key = (c["lang"], c["kind"])
        totals[key] += 1
        if not fails:
            passed[key] += 1
        seen = set()
        for ft, slot, detail in fails:
            if a.type and ft != a.type:
                continue
            flag = slot.flag if slot is not None else None
            tag = slot.tag if slot is not None and slot.tag else ""
            g = (ft, c["cls"] + (f" <{tag}>" if tag else ""), flag)
            if (g, id(c)) in seen:
                continue
            seen.add((g, id(c)))
            groups[g].append((c, slot, detail))
    print("== totals (a case passes when nothing is missed, wrong or extra) ==")
    for lang in ("en", "ja", "ru"):
        for kind in KINDS:
            t = totals[(lang, kind)]
            if t:
                print(f"  {lang} {kind:<12} {passed[(lang, kind)]:5}/{t:5}"
                      f"  {100 * passed[(lang, kind)] / t:5.1f}%")
    n_all, n_pass = sum(totals.values()), sum(passed.values())
    print(f"  ALL             {n_pass:5}/{n_all:5}  {100 * n_pass / max(n_all, 1):5.1f}%")
    ncls = collections.Counter(c["cls"] for c in cases)

    def order(item):
        (ft, _, flag), lst = item
        return (flag is not None, ft not in MISREADING, -len(lst))

    for section, pick in (("MISREADINGS", lambda ft, fl: ft in MISREADING and not fl),
                          ("GAPS (missed, partial, span)", lambda ft, fl: ft in GAP and not fl),
                          ("DEBATABLE (flagged conventions)", lambda ft, fl: fl is not None)):
        items = [(k, v) for k, v in groups.items() if pick(k[0], k[2])]
        if not items:
            continue
        print(f"\n== {section}: {sum(len(v) for _, v in items)} failures in {len(items)} groups ==")
        for (ft, cls, flag), lst in sorted(items, key=order):
            base = cls.split(" <")[0]
            print(f"- {ft:<13} {len(lst):4}/{ncls[base]:<4} {cls}"
                  + (f"  FLAG: {flag}" if flag else ""))
            if a.v:
                for c, slot, detail in lst[:a.n]:
                    where = f" slot={slot.text!r}" if slot is not None else ""
                    print(f"      {c['text']!r} ({c['kind']}){where}\n        -> {detail}")
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as f:
            for c in cases:
                f.write(json.dumps(dict(lang=c["lang"], cls=c["cls"], kind=c["kind"],
                                        text=c["text"], got=c.get("got"),
                                        fails=[(ft, s.text if s else None, d)
                                               for ft, s, d in c["fails"]]),
                                   ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

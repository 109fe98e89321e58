"""Regenerate the pre-Meiji era table in src/powtext/data/numdate/ja.toml from japanera's data.

Source: japanera 2.1.3 (PyPI, MIT License, Copyright (c) 2025 Yamato Nagata), file
japanera/era_data.py, itself compiled from ja.wikipedia's 元号一覧 (日本). Only the era names
and start/end dates are taken; nothing of japanera runs inside powtext.

    pip download --no-deps -d /tmp/je japanera==2.1.3
    unzip -o -q /tmp/je/japanera-2.1.3-py3-none-any.whl -d /tmp/je/x
    python scripts/gen_ja_eras.py /tmp/je/x/japanera/era_data.py --write

Each era becomes `name = [first, last]`: the Western years of its year 1 (元年) and of its last
year. An era year is a lunisolar year, named by the Western year in which its New Year falls.
japanera gives the proclamation day in the proleptic Gregorian calendar; a day before January
21 always lies in the previous lunisolar year (New Year falls between about January 21 and
February 20), a day after February 20 never does. The proclamations that fell between those
days in the 12th month of the old year are listed in PREVIOUS_YEAR (their 和暦 dates from the
same 元号一覧); all others in that window fell in the 1st month. The Meiji-and-later eras are
written by hand in ja.toml and are left alone.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path

TOML = Path(__file__).resolve().parent.parent / "src/powtext/data/numdate/ja.toml"
BEGIN, END = "# BEGIN generated eras", "# END generated eras"
MODERN = {"明治", "大正", "昭和", "平成", "令和"}
# Proclaimed between January 21 and February 20 (Gregorian), in the 12th lunisolar month.
PREVIOUS_YEAR = {
    "天延": "天禄4年12月20日", "長和": "寛弘9年12月25日", "嘉保": "寛治8年12月15日",
    "建保": "建暦3年12月6日", "安貞": "嘉禄3年12月10日", "徳治": "嘉元4年12月14日",
    "正平": "興国7年12月8日", "寛正": "長禄4年12月21日", "天保": "文政13年12月10日",
}


def lunisolar_year(day: dt.date, name: str | None = None) -> int:
    """The Western year of the lunisolar year holding this proleptic Gregorian day."""
    if day < dt.date(day.year, 1, 21):
        return day.year - 1
    if day <= dt.date(day.year, 2, 20) and name in PREVIOUS_YEAR:
        return day.year - 1
    return day.year


def eras(path: str) -> dict[str, tuple[int, int]]:
    spec = importlib.util.spec_from_file_location("japanera_era_data", path)
    data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(data)
    out: dict[str, tuple[int, int]] = {}
    for table in ("_ERA_DATA_GENERAL", "_ERA_DATA_DAIKAKUJI", "_ERA_DATA_JIMYOUIN"):
        rows = getattr(data, table)
        for i, (name, _english, start, end, _kind) in enumerate(rows):
            if not name or name in MODERN:
                continue
            # the last year is the lunisolar year of the next era's proclamation day
            nxt = rows[i + 1][0] if i + 1 < len(rows) and rows[i + 1][2] == end else None
            first = lunisolar_year(start, name)
            last = lunisolar_year(end, nxt) if end else first
            old = out.get(name)  # 元徳, 建武: one era, listed for both courts
            out[name] = (min(first, old[0]), max(last, old[1])) if old else (first, last)
    return dict(sorted(out.items(), key=lambda kv: (kv[1], kv[0])))


def block(table: dict[str, tuple[int, int]]) -> str:
    rows = [f'"{name}" = [{first}, {last}]' for name, (first, last) in table.items()]
    return "\n".join([BEGIN, *rows, END])


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    text = block(eras(argv[0]))
    if "--write" in argv:
        toml = TOML.read_text(encoding="utf-8")
        new, n = re.subn(rf"{re.escape(BEGIN)}.*?{re.escape(END)}", lambda _: text, toml,
                         flags=re.S)
        if n != 1:
            print(f"{TOML}: no '{BEGIN}' ... '{END}' block", file=sys.stderr)
            return 1
        TOML.write_text(new, encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

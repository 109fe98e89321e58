"""Reading numbers written in words or kanji into exact values.

Both readers are language-independent: the words and their roles come from the tables.
Values are `Decimal` so that "3.5 million" is exactly 3500000, never 3499999.9999.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Roles of the pieces of a spelled-out number.
NUM, MULT, SCALE, JOIN, INDEF, MINUS, ORD = "num", "mult", "scale", "join", "indef", "minus", "ord"
DEN = "den"  # a plural ordinal, the denominator of a fraction ("fifths"): never inside a number


@dataclass
class Piece:
    start: int
    end: int
    role: str
    value: Decimal = Decimal(0)
    digits: bool = False  # written with digits ("3" in "3 hundred")
    hyphened: bool = False  # joined to the piece before by a hyphen ("twenty-firsts")


@dataclass
class Reading:
    start: int
    end: int
    value: Decimal
    ordinal: bool = False
    scale: Decimal | None = None  # the largest scale word used ("million" in "3.5 million")
    words: bool = False  # at least one piece is a word
    tail: Decimal | None = None  # the part read after the last joiner ("and three" → 3)


def _place(value: Decimal) -> Decimal:
    """The lowest non-zero decimal place of an integer (200 → 100, 230 → 10, 7 → 1)."""
    if value != value.to_integral_value() or value == 0:
        return Decimal(0)
    place = Decimal(1)
    n = int(value)
    while n % 10 == 0:
        n //= 10
        place *= 10
    return place


def _fits(current: Decimal, value: Decimal) -> bool:
    """Whether `value` can be added after `current` ("twenty" + "one", not "one" + "two")."""
    if current == 0:
        return True
    if 10 <= int(current) % 100 <= 19 and current == current.to_integral_value():
        return False  # nothing follows a teen ("fifteen three")
    return value < _place(current)


def combine(pieces: list[Piece]) -> list[Reading]:
    """Group consecutive pieces into numbers, splitting where the grammar of numerals breaks."""
    out: list[Reading] = []
    i = 0
    while i < len(pieces):
        reading, used = _read_one(pieces, i)
        if reading is None:
            i += 1
            continue
        out.append(reading)
        i += used
    return out


def _read_one(pieces: list[Piece], i: int) -> tuple[Reading | None, int]:
    total, current = Decimal(0), Decimal(0)
    sign = 1
    started = False  # a value-bearing piece has been read
    first_scale: Decimal | None = None
    last_scale: Decimal | None = None
    last: Piece | None = None
    start, end, used = pieces[i].start, pieces[i].start, 0
    ordinal = words = False
    if pieces[i].role == DEN:
        p = pieces[i]
        return Reading(p.start, p.end, p.value, ordinal=True, words=True), 1
    at_join: Decimal | None = None
    for j in range(i, len(pieces)):
        p = pieces[j]
        nxt = pieces[j + 1] if j + 1 < len(pieces) else None
        role = p.role
        if role == ORD and p.value >= 100 and started:
            role = MULT if p.value == 100 else SCALE  # "two hundredth", "three millionth"
        if role == DEN:
            if p.hyphened and last is not None and last.role == NUM and not last.digits and \
                    started and _fits(current, p.value):
                # "twenty-firsts": a compound ordinal read as one denominator
                current += p.value
                end, used, ordinal, words = p.end, j - i + 1, True, True
            break
        if role == MINUS:
            if started or nxt is None or nxt.role not in (NUM, INDEF):
                break
            sign = -1
        elif role == INDEF:
            if started or nxt is None or nxt.role not in (MULT, SCALE):
                break
            current = Decimal(1)
        elif role == JOIN:
            # "hundred and five", "thousand and two": a joiner only after hundreds or scales.
            if last is None or last.role not in (MULT, SCALE) or nxt is None:
                break
            if nxt.role not in (NUM, ORD) or (nxt.value == 0 and nxt.role == NUM):
                break  # "3 hundred and 0 are two numbers"
            after = pieces[j + 2] if j + 2 < len(pieces) else None
            if nxt.digits and pieces[i].digits and last.role == SCALE and not (
                    after is not None and after.role in (SCALE, MULT) and after.value < last.value):
                # "5 million and 3 cars" is two numbers; "3 hundred and 21" and "1 млн и
                # 200 тыс." are one
                break
            at_join = total + current
        elif role in (NUM, ORD):
            if started:
                if total == 0 and current == 0:
                    break  # "zero three" is two numbers
                if p.digits and last.role not in (MULT, SCALE, JOIN):
                    break  # "423 0000" is two numbers
                if last.role in (NUM, ORD) and last.digits:
                    break
                if not _fits(current, p.value):
                    break
            current += p.value
            started = True
        elif role == MULT:
            if _place(p.value) != p.value:  # "dozen" multiplies what precedes: "200 dozens"
                if at_join is not None and total + current > at_join:
                    # "three hundred and two dozens" = 300 + 2 × 12: only what follows "and"
                    part = total + current - at_join
                    current += part * (p.value - 1)
                else:
                    current = (current or Decimal(1)) * p.value
            elif current >= p.value:
                break
            else:
                current = (current or Decimal(1)) * p.value
            started = True
        elif role == SCALE:
            if last_scale is not None and p.value >= last_scale:
                break
            total += (current or Decimal(1)) * p.value
            current = Decimal(0)
            last_scale = p.value
            first_scale = first_scale or p.value
            started = True
        words = words or not p.digits
        last = p
        if started and role not in (JOIN, MINUS, INDEF):
            end, used = p.end, j - i + 1
        if p.role == ORD:
            ordinal = True
            break
    if not started:
        return None, 1
    value = (total + current) * sign
    tail = (total + current - at_join) if at_join is not None else None
    return Reading(start, end, value, ordinal, first_scale, words, tail), used


def read_kanji(token: str, digits: dict[str, int], mults: dict[str, int],
               scales: dict[str, int], decimal_marks: tuple[str, ...] = ()) -> Decimal | None:
    """The value of a numeral mixing digits and kanji: 76万, 3億5000万, 七十六万, 二〇〇九."""
    for mark in decimal_marks:
        if mark in token:  # "二百・〇三", "四百億点050": an integer part, then positional digits
            whole, _, frac = token.partition(mark)
            head = read_kanji(whole, digits, mults, scales) if whole else Decimal(0)
            tail = "".join(str(digits[c]) if c in digits else c for c in frac)
            if head is None or not tail.isdigit() or not tail.isascii():
                return None
            return head + Decimal("0." + tail)
    total, section = Decimal(0), Decimal(0)
    last_scale = 0
    run = ""  # pending positional digits ("5000", "二〇〇九", "3.5")
    for char in token:
        if (char.isdigit() and char.isascii()) or char == ".":
            run += char
        elif char in digits:
            run += str(digits[char])
        elif char in mults:
            # a zero before a multiplier holds a place ("一千零十" = 1010, "零十" = 10): no factor
            section += _dec(run if run.strip("0.") else "1") * mults[char]
            run = ""
        elif char in scales:
            unit = section + (_dec(run) if run else 0)
            if unit == 0 and not (total and scales[char] > last_scale):
                return None
            if last_scale and scales[char] > last_scale:
                total = (total + unit) * scales[char]  # "一万五千億" = 1万5千 × 億
            else:
                total += unit * scales[char]
            last_scale = scales[char]
            section, run = Decimal(0), ""
        elif char == ",":
            continue
        else:
            return None
    result = total + section + (_dec(run) if run else 0)
    return result


def _dec(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        return Decimal(0)


def to_json_number(value: Decimal) -> int | float:
    """int when integral, else float: the JSON number the schema asks for."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def kana_to_kanji(text: str, table: dict[str, str]) -> str | None:
    """A run of hiragana numeral readings as kanji ("にじゅうさん" → "二十三"), or None when the
    run is not made of numeral readings only. Longest readings are tried first."""
    words = sorted(table, key=len, reverse=True)
    memo: dict[int, str | None] = {}

    def walk(i: int) -> str | None:
        if i == len(text):
            return ""
        if i in memo:
            return memo[i]
        memo[i] = None
        for w in words:
            if text.startswith(w, i):
                rest = walk(i + len(w))
                if rest is not None:
                    memo[i] = table[w] + rest
                    break
        return memo[i]

    return walk(0) if text else None

"""Which writing system a character belongs to: the cheapest, surest language evidence."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

# (first code point, last code point, script), sorted; anything else is "other".
_RANGES = (
    (0x0041, 0x005A, "latin"), (0x0061, 0x007A, "latin"), (0x00C0, 0x024F, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0E00, 0x0E7F, "thai"),
    (0x1100, 0x11FF, "hangul"),
    (0x1E00, 0x1EFF, "latin"),
    (0x3040, 0x309F, "kana"), (0x30A0, 0x30FF, "kana"), (0x31F0, 0x31FF, "kana"),
    (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xF900, 0xFAFF, "han"),
    (0xFF21, 0xFF3A, "latin"), (0xFF41, 0xFF5A, "latin"),
    (0xFF66, 0xFF9F, "kana"),
    (0x20000, 0x2FA1F, "han"),
)
_STARTS = [r[0] for r in _RANGES]
# Characters that belong to a script only by context: Japanese iteration and prolonged-sound marks.
_JAPANESE_MARKS = {"々": "han", "〆": "han", "ー": "kana", "ヽ": "kana", "ヾ": "kana"}


@lru_cache(maxsize=65536)  # called for every character of every segment, and texts reuse few
def script_of(char: str) -> str:
    """The script of one character: latin, cyrillic, han, kana, hangul, ... or "other"."""
    if char in _JAPANESE_MARKS:
        return _JAPANESE_MARKS[char]
    cp = ord(char)
    if cp < 0x41:
        return "other"
    lo, hi = 0, len(_RANGES)
    while lo < hi:  # bisect by hand: this is on the hot path of segmentation and langid
        mid = (lo + hi) // 2
        if _STARTS[mid] <= cp:
            lo = mid + 1
        else:
            hi = mid
    if lo:
        first, last, script = _RANGES[lo - 1]
        if first <= cp <= last:
            return script
    return "other"


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script `text` has ("other" is not counted)."""
    counts = Counter(map(script_of, text))  # counted in C: this runs over whole documents
    del counts["other"]
    return counts


def dominant_script(text: str) -> str:
    """The script with most letters; Han and kana together count as "kana" when kana is present."""
    counts = script_counts(text)
    if not counts:
        return "other"
    if counts.get("kana"):
        counts["kana"] += counts.pop("han", 0)
    return max(sorted(counts), key=counts.__getitem__)

"""Identifiers in running text: ISBNs, validated and normalized to ISBN-13 with isbnlib."""

from __future__ import annotations

import re

from powtext.extract.tables import fold
from powtext.model import Annotation

SOURCE = "powtext.identifiers"
# "ISBN 5-88439-093-9", "ISBN-13: 978-0-295-98336-3", "ISBN 0 7679 0056 1": a label, then 10 or
# 13 digits (the last of an ISBN-10 may be X) with optional hyphens or spaces between them.
_ISBN = re.compile(
    r"\bISBN(?:-1[03])?[:\s]*"
    r"(?P<body>(?:97[89][-\s]?)?\d(?:[-\s]?\d){8}[-\s]?[\dXx](?![-\s]?\d))",
)
# A bare ISBN-13 without the label, where the hyphens make it unmistakable.
_BARE13 = re.compile(r"(?<![\d-])(?P<body>97[89]-\d{1,5}-\d{1,7}-\d{1,7}-\d)(?![\d-])")


def find_identifiers(text: str, lang: str, kind: str = "paragraph") -> list[Annotation]:
    """ISBN annotations (label "ISBN", value the ISBN-13). A labelled ISBN whose checksum fails
    keeps `value` as the digits written (the schema wants a string) with `valid: false`."""
    try:
        return _find(text)
    except Exception:  # never take the pipeline down
        return []


def _find(text: str) -> list[Annotation]:
    folded = fold(text)
    out: list[Annotation] = []
    seen: set[int] = set()
    for pattern in (_ISBN, _BARE13):
        for m in pattern.finditer(folded):
            start, end = m.span()
            if start in seen or any(a.start <= m.start("body") < a.end for a in out):
                continue
            seen.add(start)
            ann = _annotation(text, start, end, m.group("body"))
            if ann is not None:
                out.append(ann)
    out.sort(key=lambda a: a.start)
    return out


def _annotation(text: str, start: int, end: int, body: str) -> Annotation | None:
    digits = re.sub(r"[-\s]", "", body).upper()
    isbn13 = _to_isbn13(digits)
    attrs = {"raw": digits}
    if isbn13 is None:
        if not text[start:end].upper().startswith("ISBN"):
            return None  # a bare number that fails the checksum is not worth reporting
        attrs["valid"] = False
    return Annotation(
        type="identifier", start=start, end=end, text=text[start:end], label="ISBN",
        value=isbn13 or digits, source=SOURCE, attrs=attrs,
    )


def _to_isbn13(digits: str) -> str | None:
    try:
        import isbnlib
    except ImportError:  # keep working without isbnlib: the checksum rules are short
        return _fallback_isbn13(digits)
    if len(digits) == 10 and isbnlib.is_isbn10(digits):
        return isbnlib.to_isbn13(digits)
    if len(digits) == 13 and isbnlib.is_isbn13(digits):
        return digits
    return None


def _fallback_isbn13(digits: str) -> str | None:
    if len(digits) == 10:
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        if total % 11:
            return None
        digits = "978" + digits[:9]
        check = (10 - sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits)) % 10) % 10
        return digits + str(check)
    if len(digits) == 13 and digits.isdigit():
        ok = sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits)) % 10 == 0
        return digits if ok else None
    return None

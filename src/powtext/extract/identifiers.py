"""Identifiers in running text: ISBNs (validated and normalized to ISBN-13 with isbnlib), ISSNs
(validated), DOIs, URLs and the numbers of catalogues (PMID, OCLC, JSTOR). As identifiers they
claim their span, so the years and figures inside them are no dates or numbers."""

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
# "ISSN 0022-2801", "eISSN: 1533-8371" (the last digit a check digit, X for ten).
_ISSN = re.compile(r"\b[ep]?ISSN[:\s]*(?P<body>\d{4}[-\u2010\u2013\s]?\d{3}[\dXx])(?![\d-])", re.I)
# "doi:10.1017/S0020859000000043", "https://doi.org/10.2307/2501374": a DOI, with or without its
# resolver; what follows up to a space, less the punctuation that ends a sentence.
_DOI = re.compile(r"(?:\bdoi:?\s*|https?://(?:dx\.)?doi\.org/)?"
                  r"(?P<body>\b10\.\d{4,9}/[A-Za-z0-9\-._;()/:<>\[\]+#%]+)", re.I)
# a URL's characters are ASCII (RFC 3986): Japanese text right after one is not part of it
_URL = re.compile(r"(?P<body>\b(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+)", re.I)
# The numbers of catalogues and databases after their label: "PMID 12345678", "OCLC 41266045",
# "JSTOR 2501374".
_CATALOGUE = re.compile(
    r"\b(?P<label>PMID|PMCID|OCLC|JSTOR|LCCN)[:\s]+(?P<body>(?:PMC)?\d{4,12})\b")
_TRAILING = ".,;:!?)]}»”’'"


def find_identifiers(text: str, lang: str, kind: str = "paragraph") -> list[Annotation]:
    """Identifier annotations by label: "ISBN" (value the ISBN-13), "ISSN" (NNNN-NNNC), "DOI"
    (lower case, without the resolver), "URL", "PMID", "OCLC", "JSTOR". A labelled ISBN or ISSN
    whose check digit fails keeps `value` as written (digits only) with `valid: false`."""
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
    for m in _ISSN.finditer(folded):
        out.append(_issn(text, m))
    for label, pattern in (("DOI", _DOI), ("URL", _URL)):
        for m in pattern.finditer(folded):
            end = m.end()
            while end > m.start("body") and folded[end - 1] in _TRAILING and not (
                    folded[end - 1] == ")" and folded[m.start("body"):end].count("(") >=
                    folded[m.start("body"):end].count(")")):
                end -= 1  # the full stop or bracket after it, not a bracket inside it
            if any(a.start <= m.start() < a.end or m.start() <= a.start < end for a in out):
                continue  # a DOI's resolver is a URL: one identifier
            body = folded[m.start("body"):end]
            out.append(Annotation(
                type="identifier", start=m.start(), end=end, text=text[m.start():end],
                label=label, value=body.lower() if label == "DOI" else body, source=SOURCE))
    for m in _CATALOGUE.finditer(folded):
        if not any(a.start <= m.start() < a.end for a in out):
            out.append(Annotation(
                type="identifier", start=m.start(), end=m.end(), text=text[m.start():m.end()],
                label=m.group("label").upper(), value=m.group("body"), source=SOURCE))
    out.sort(key=lambda a: a.start)
    return out


def _issn(text: str, m: re.Match[str]) -> Annotation:
    digits = re.sub(r"\D", "", m.group("body")[:-1]) + m.group("body")[-1].upper()
    total = sum(int(d) * w for d, w in zip(digits[:7], range(8, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    valid = digits[7] == ("X" if check == 10 else str(check))
    return Annotation(
        type="identifier", start=m.start(), end=m.end(), text=text[m.start():m.end()],
        label="ISSN", value=f"{digits[:4]}-{digits[4:]}", source=SOURCE,
        attrs={} if valid else {"valid": False})


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

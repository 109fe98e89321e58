"""Numbers: digits, words, kanji, ordinals, units and ranges in en, ja and ru."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from powtext.extract import find_numbers
from powtext.extract.numbers import _find

# (text, lang, [(type, text, value, extra)]): extra is the unit, "ord" for ordinals, or None.
CASES = [
    ("560,000", "en", [("number", "560,000", 560000, None)]),
    ("3.5", "en", [("number", "3.5", 3.5, None)]),
    ("1 118", "ru", [("number", "1 118", 1118, None)]),
    ("3,5", "ru", [("number", "3,5", 3.5, None)]),
    ("７６", "ja", [("number", "７６", 76, None)]),
    ("approximately 3.5\u00a0million Japanese", "en",
     [("number", "3.5\u00a0million", 3500000, None)]),
    ("two thousand", "en", [("number", "two thousand", 2000, None)]),
    ("76万", "ja", [("number", "76万", 760000, None)]),
    ("3億5000万", "ja", [("number", "3億5000万", 350000000, None)]),
    ("七十六万", "ja", [("number", "七十六万", 760000, None)]),
    ("三百四十七", "ja", [("number", "三百四十七", 347, None)]),
    ("1,2 млн", "ru", [("number", "1,2 млн", 1200000, None)]),
    ("двадцать одним миллионом", "ru", [("number", "двадцать одним миллионом", 21000000, None)]),
    ("56th session", "en", [("number", "56th", 56, "ord")]),
    ("第七", "ja", [("number", "第七", 7, "ord")]),
    ("3-й", "ru", [("number", "3-й", 3, "ord")]),
    ("100-е", "ru", [("number", "100-е", 100, "ord")]),
    ("76万人分の資料", "ja", [("number", "76万", 760000, "person")]),
    ("М.: Логос, 2000. – 1118 с.: ил.", "ru", [("number", "2000", 2000, None),
                                                ("number", "1118", 1118, "page")]),
    ("50%", "en", [("number", "50%", 50, "percent")]),
    ("50％", "ja", [("number", "50％", 50, "percent")]),
    ("50 процентов", "ru", [("number", "50 процентов", 50, "percent")]),
    ("one hundred and sixteen", "en", [("number", "one hundred and sixteen", 116, None)]),
    ("twenty-one", "en", [("number", "twenty-one", 21, None)]),
    ("восемнадцатого", "ru", [("number", "восемнадцатого", 18, "ord")]),
    ("this one", "en", []),
    ("1. ^ Sankeishinbun", "en", []),
    ("+1-222-2222-2222 is a phone number", "en", []),
    ("29km Road", "en", []),
]

RANGES = [
    ("from 560,000 to 760,000 Japanese", "en", "from 560,000 to 760,000", 560000, 760000),
    ("between 60,000 and 347,000 died", "en", "between 60,000 and 347,000", 60000, 347000),
    ("590,000–604,000", "en", "590,000–604,000", 590000, 604000),
    ("5〜10万", "ja", "5〜10万", 50000, 100000),
    ("от 5 до 10 тысяч", "ru", "от 5 до 10 тысяч", 5000, 10000),
]


def _extra(a):
    return "ord" if a.ordinal else a.unit


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_numbers(text, lang, expected):
    kind = "reference" if " с." in text else "paragraph"
    got = [(a.type, a.text, a.value, _extra(a)) for a in find_numbers(text, lang, kind)]
    assert got == expected


@pytest.mark.parametrize(("text", "lang", "span", "lo", "hi"), RANGES)
def test_ranges(text, lang, span, lo, hi):
    found = find_numbers(text, lang)
    ranges = [a for a in found if a.type == "numberrange"]
    assert [(a.text, a.value) for a in ranges] == [(span, {"min": lo, "max": hi})]
    ends = [a for a in found if a.type == "number"]
    assert len(ends) == 2 and ends[1].value == hi


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(["en", "ja", "ru", "de", "", "zz"]),
       st.sampled_from(["paragraph", "reference", "boilerplate"]))
def test_never_raises_and_offsets_hold(text, lang, kind):
    for a in _find(text, lang or "und", kind):  # the unguarded core: a bug must show here
        assert text[a.start:a.end] == a.text


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_formatted_integers_read_back(n):
    forms = [
        (f"{n:,}", "en"),
        (f"{n:,}".replace(",", "\u00a0"), "ru"),
        (f"{n:,}".replace(",", " "), "ru"),
        (f"{n}".translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}), "ja"),
    ]
    for text, lang in forms:
        found = [a for a in find_numbers(f"Всего {text} шт." if lang == "ru" else text, lang)
                 if a.type == "number"]
        assert [a.value for a in found] == [n], (text, lang)

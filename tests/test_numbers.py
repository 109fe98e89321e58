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


# New capabilities, one table each: (text, lang, expected top-level readings).
COMPOUNDS = [
    # fractions in words and figures
    ("about two thirds of them", "en", [("two thirds", 2 / 3)]),
    ("one eighth", "en", [("one eighth", 0.125)]),
    ("a half", "en", [("a half", 0.5)]),
    ("seven and a quarter", "en", [("seven and a quarter", 7.25)]),
    ("four hundred and three quarters", "en", [("four hundred and three quarters", 400.75)]),
    ("eight million and a half", "en", [("eight million and a half", 8500000)]),
    ("one over four", "en", [("one over four", 0.25)]),
    ("half a dozen eggs", "en", [("half a dozen", 6)]),
    ("a thousandth", "en", [("a thousandth", 0.001)]),
    ("ninety fifths", "en", [("ninety fifths", 18)]),
    ("2½ hours", "en", [("2½", 2.5)]),
    ("七分の二", "ja", [("七分の二", 2 / 7)]),
    ("2と3分の1", "ja", [("2と3分の1", 2 + 1 / 3)]),
    # decimals in words, powers, exponents
    ("three point one four", "en", [("three point one four", 3.14)]),
    ("four point five billion", "en", [("four point five billion", 4500000000)]),
    ("6.02e23 molecules", "en", [("6.02e23", 6.02e23)]),
    ("3^4", "en", [("3^4", 81)]),
    ("2.5x10^3", "en", [("2.5x10^3", 2500)]),
    ("3の4乗", "ja", [("3の4乗", 81)]),
    ("二の十乗", "ja", [("二の十乗", 1024)]),
    # Japanese: 点 decimals, 余, spaced kanji, ダース, scale order, signs
    ("3点14", "ja", [("3点14", 3.14)]),
    ("二十余万人", "ja", [("二十余万", 200000)]),
    ("四百 二 十", "ja", [("四百 二 十", 420)]),
    ("五 万 三千", "ja", [("五 万 三千", 53000)]),
    ("4ダース", "ja", [("4ダース", 48)]),
    ("二万三千億", "ja", [("二万三千億", 2300000000000)]),
    ("−３万", "ja", [("−３万", -30000)]),
    ("200 dozens", "en", [("200 dozens", 2400)]),
    ("zero five", "en", [("zero", 0), ("five", 5)]),
]

PERCENTS = [
    ("4割", "ja", "4割", 40, "percent"),
    ("六割半", "ja", "六割半", 65, "percent"),
    ("3割引", "ja", "3割引", 30, "percent"),
    ("十二パーセント", "ja", "十二パーセント", 12, "percent"),
    ("同三％減", "ja", "三％", 3, "percent"),
    ("7ポイント", "ja", "7ポイント", 7, "point"),
]

OPEN_RANGES = [
    # (text, lang, span, value, attrs)
    ("more than 40 people", "en", "more than 40", {"min": 40},
     {"min_exclusive": True, "open": True}),
    ("at least 12", "en", "at least 12", {"min": 12}, {"open": True}),
    ("up to 7", "en", "up to 7", {"max": 7}, {"open": True}),
    ("300 or more", "en", "300 or more", {"min": 300}, {"open": True}),
    ("x < 9", "en", "< 9", {"max": 9}, {"max_exclusive": True, "open": True}),
    ("above 4 and below 9", "en", "above 4 and below 9", {"min": 4, "max": 9},
     {"min_exclusive": True, "max_exclusive": True}),
    ("equal to 8 or less", "en", "equal to 8 or less", {"max": 8}, {"open": True}),
    ("4000以上", "ja", "4000以上", {"min": 4000}, {"open": True}),
    ("160未満", "ja", "160未満", {"max": 160}, {"max_exclusive": True, "open": True}),
    ("50以上80以下", "ja", "50以上80以下", {"min": 50, "max": 80}, {}),
    ("30から60未満", "ja", "30から60未満", {"min": 30, "max": 60}, {"max_exclusive": True}),
    ("40と70の間", "ja", "40と70の間", {"min": 40, "max": 70}, {}),
    ("более 300 человек", "ru", "более 300", {"min": 300},
     {"min_exclusive": True, "open": True}),
    ("не менее 12", "ru", "не менее 12", {"min": 12}, {"open": True}),
]


def _top(found):
    return [a for a in found if not any(
        b is not a and b.start <= a.start and a.end <= b.end and b.end - b.start > a.end - a.start
        for b in found)]


@pytest.mark.parametrize(("text", "lang", "expected"), COMPOUNDS)
def test_compound_numbers(text, lang, expected):
    got = [(a.text, a.value) for a in _top(find_numbers(text, lang)) if a.type == "number"]
    assert [t for t, _ in got] == [t for t, _ in expected]
    for (_, v), (_, w) in zip(got, expected, strict=True):
        assert v == pytest.approx(w)


@pytest.mark.parametrize(("text", "lang", "span", "value", "unit"), PERCENTS)
def test_percent_words(text, lang, span, value, unit):
    (a,) = [a for a in find_numbers(text, lang) if a.type == "number"]
    assert (a.text, a.value, a.unit) == (span, value, unit)


@pytest.mark.parametrize(("text", "lang", "span", "value", "attrs"), OPEN_RANGES)
def test_open_ranges(text, lang, span, value, attrs):
    ranges = [a for a in find_numbers(text, lang) if a.type == "numberrange"]
    assert [(a.text, a.value, a.attrs) for a in ranges] == [(span, value, attrs)]


def test_fraction_words_need_numbers_on_both_sides():
    assert not [a for a in find_numbers("one over the other", "en") if a.type == "numberrange"]
    # "over" before a counted noun is no fraction bar
    assert [a.value for a in find_numbers("$2000 over 3 years", "en") if a.type == "number"] \
        == [2000, 3]

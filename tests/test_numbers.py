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
    ("approximately 3.5\u00a0million Japanese", "en",  # a people named by a noun counts
     [("number", "3.5\u00a0million", 3500000, "person")]),
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
    # Japanese: ▲ and △ are the minus of accounts; after 第 the counter stays outside; a counter
    # then 目 counts a place
    ("前期比▲1.8%の減益", "ja", [("number", "▲1.8%", -1.8, "percent")]),
    ("純利益は△45億円", "ja", [("number", "△45億", -4500000000, "JPY")]),
    ("▲ 4月の予定", "ja", [("number", "4", 4, None)]),
    ("予選第2位で通過", "ja", [("number", "第2", 2, "ord")]),
    ("4人目の客", "ja", [("number", "4人目", 4, "ord")]),
    ("二つ目の信号", "ja", [("number", "二つ目", 2, "ord")]),
    ("腹八分目", "ja", []),
    ("50万人目標", "ja", [("number", "50万", 500000, "person")]),
    # a figure glued to a kanji digit is no numeral: 四半期 is a quarter of the year
    ("今期第3四半期の決算", "ja", [("number", "第3", 3, "ord")]),
    # units of measure and currencies by their CLDR names, in every width and plural form, and
    # everyday currency names; a currency sign or code before the number
    ("The ship displaced 3,500 tonnes and made 28 knots.", "en",
     [("number", "3,500", 3500, "tonne"), ("number", "28", 28, "knot")]),
    ("an area of 12.5 square kilometers, or 4.8 sq mi", "en",
     [("number", "12.5", 12.5, "square-kilometer"), ("number", "4.8", 4.8, "square-mile")]),
    ("He spent 11 years in the camps, 5 in all.", "en",
     [("number", "11", 11, "year"), ("number", "5", 5, None)]),
    ("The fund paid $76 million, then 500 US dollars and £20 each.", "en",
     [("number", "76 million", 76000000, "USD"), ("number", "500", 500, "USD"),
      ("number", "20", 20, "GBP")]),
    ("a ransom of 300 roubles", "en", [("number", "300", 300, "RUB")]),
    ("3年間の抑留、距離は12キロメートル", "ja",
     [("number", "3", 3, "year"), ("number", "12", 12, "kilometer")]),
    ("価格は500ドル、重さ5トン", "ja",
     [("number", "500", 500, "USD"), ("number", "5", 5, "tonne")]),
    ("за 500 рублей в 20 километрах от города", "ru",
     [("number", "500", 500, "RUB"), ("number", "20", 20, "kilometer")]),
    ("ущерб в 1,2 млн долларов США и 5 тонн зерна", "ru",
     [("number", "1,2 млн", 1200000, "USD"), ("number", "5", 5, "tonne")]),
    ("10 лет лагерей", "ru", [("number", "10", 10, "year")]),
    ("Это стоило 5 фунтов стерлингов, 500 руб. и 3 млн долл.", "ru",
     [("number", "5", 5, "GBP"), ("number", "500", 500, "RUB"),
      ("number", "3 млн", 3000000, "USD")]),
    ("It cost US$30, but HK$5 in Kowloon.", "en",
     [("number", "30", 30, "USD"), ("number", "5", 5, None)]),
    # a code or a symbol at the end of another word is no unit
    ("An amateur 5 times, a chauffeur 3 times; Acme Corp. 12 staff.", "en",
     [("number", "5", 5, None), ("number", "3", 3, None), ("number", "12", 12, None)]),
    ("Open 3 CAD files and 2 AC units.", "en",
     [("number", "3", 3, None), ("number", "2", 2, None)]),
    ("「Top 5 in Japan」に選ばれた。", "ja", [("number", "5", 5, None)]),
    # Japanese writes Latin unit symbols right after the figure; a katakana unit may follow a space
    ("全長120m、最高速度150km/h、面積3.5km²", "ja",
     [("number", "120", 120, "meter"), ("number", "150", 150, "kilometer-per-hour"),
      ("number", "3.5", 3.5, "square-kilometer")]),
    ("重さは5 トン、A4用紙で", "ja", [("number", "5", 5, "tonne")]),
    # "second" after a number is the unit, never the part of a fraction ("halves" are halves)
    ("The signal stayed red for 30 seconds, then 1 second more.", "en",
     [("number", "30", 30, "second"), ("number", "1", 1, "second")]),
    # a fraction before a scale word takes the scale, with its whole number
    ("about 3 1/2 million soldiers", "en", [("number", "3 1/2 million", 3500000, "person")]),
    ("some 1/2 million soldiers", "en", [("number", "1/2 million", 500000, "person")]),
    # people counted with words between, or by a people's name; not what a people owns
    ("another 2,700 convicted war criminals", "en",
     [("number", "2,700", 2700, "person")]),
    ("Some 50,000 Japanese were held in Mongolia.", "en",
     [("number", "50,000", 50000, "person")]),
    ("They captured 3,000 Japanese tanks.", "en", [("number", "3,000", 3000, None)]),
    ("Of these, 500 of the prisoners died.", "en", [("number", "500", 500, None)]),
    ("The ship carried 1,000 passengers.", "en", [("number", "1,000", 1000, "person")]),
    # a unit written before a range is both ends' ("pp." in a paragraph, "$")
    ("See pp. 112–118 of the report.", "en",
     [("numberrange", "112–118", {"min": 112, "max": 118}, "page"),
      ("number", "112", 112, "page"), ("number", "118", 118, "page")]),
    # "a third of" is a part; "a third time" the 3rd
    ("A third of the army returned; a third time they tried.", "en",
     [("number", "A third", 1 / 3, None), ("number", "third", 3, "ord")]),
    # figures on both sides of "and" after a scale word are two numbers
    ("He gave 5 million and 3 cars.", "en",
     [("number", "5 million", 5000000, None), ("number", "3", 3, None)]),
    ("I owe you 3 hundred and 21 yuan.", "en", [("number", "3 hundred and 21", 321, None)]),
    ("Армия насчитывала 1 млн и 200 тыс. человек.", "ru",
     [("number", "1 млн и 200 тыс.", 1200000, "person")]),
    # words that name something else after a number: infantry, money, mines
    ("An army of 20,000 foot and 5,000 horse was fined 500 pounds.", "en",
     [("number", "20,000", 20000, None), ("number", "5,000", 5000, None),
      ("number", "500", 500, None)]),
    ("Сапёры обезвредили 300 мин.", "ru", [("number", "300", 300, None)]),
    # a power or a rate after a symbol is another unit
    ("It holds 39.3 km³, or 39.3 km3, and flows at 75 km/hr.", "en",
     [("number", "39.3", 39.3, "cubic-kilometer"), ("number", "39.3", 39.3, None),
      ("number", "75", 75, None)]),
    ("The deal was worth CAD 5 million.", "en", [("number", "5 million", 5000000, "CAD")]),
    # "bn" is a billion; "m" a million only after a currency sign ("100m" is a length)
    ("It cost $3bn, then £5m, before the 100m final.", "en",
     [("number", "3bn", 3000000000, "USD"), ("number", "5m", 5000000, "GBP")]),
    ("風速3m/s、10.5秒、15.2℃", "ja", [("number", "3", 3, "meter-per-second"),
                                  ("number", "10.5", 10.5, "second"),
                                  ("number", "15.2", 15.2, "celsius")]),
    ("射程は約5 M以上", "ja", [("number", "5", 5, None)]),  # a symbol glued to the figure only
    # a counter kanji that begins a longer word counts nobody: 名古屋 is a city
    ("2019名古屋大会では5名が入賞", "ja",
     [("number", "2019", 2019, None), ("number", "5", 5, "person")]),
    # Russian fractions: part nouns and genitive plural ordinals after a number
    ("две трети пленных", "ru", [("number", "две трети", 2 / 3, None)]),  # a share, no persons
    # the people historians count, also after a nationality
    ("from 560,000 to 760,000 Japanese personnel and 35,000 prisoners", "en",
     [("numberrange", "from 560,000 to 760,000", {"min": 560000, "max": 760000}, "person"),
      ("number", "560,000", 560000, "person"), ("number", "760,000", 760000, "person"),
      ("number", "35,000", 35000, "person")]),
    ("около 560 тысяч японских военнопленных и 3 новых дома", "ru",
     [("number", "560 тысяч", 560000, "person"), ("number", "3", 3, None)]),
    ("три четверти", "ru", [("number", "три четверти", 0.75, None)]),
    ("около двух пятых", "ru", [("number", "двух пятых", 0.4, None)]),
    ("в двух первых главах", "ru", [("number", "двух", 2, None), ("number", "первых", 1, "ord")]),
]

RANGES = [
    ("from 560,000 to 760,000 Japanese", "en", "from 560,000 to 760,000", 560000, 760000),
    ("between 60,000 and 347,000 died", "en", "between 60,000 and 347,000", 60000, 347000),
    ("590,000–604,000", "en", "590,000–604,000", 590000, 604000),
    ("5〜10万", "ja", "5〜10万", 50000, 100000),
    ("50メートルから80メートルの間", "ja", "50メートルから80メートル", 50, 80),
    ("3つから6つ", "ja", "3つから6つ", 3, 6),
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
    ("一千零十", "ja", [("一千零十", 1010)]),
    ("鉛筆を二百と三ダース", "ja", [("二百と三ダース", 236)]),
    ("百と二百", "ja", [("百", 100), ("二百", 200)]),
    ("200 dozens", "en", [("200 dozens", 2400)]),
    ("zero five", "en", [("zero", 0), ("five", 5)]),
    # "and a half" before a scale multiplies with it
    ("nine and a half million", "en", [("nine and a half million", 9500000)]),
    ("два с половиной", "ru", [("два с половиной", 2.5)]),
    ("четыре с половиной тысячи", "ru", [("четыре с половиной тысячи", 4500)]),
    ("a twenty-first-century novel", "en", [("twenty-first", 21)]),
    ("четверть миллиона", "ru", [("четверть миллиона", 250000)]),
    ("половина жителей", "ru", [("половина", 0.5)]),   # as "Треть армии" = 1/3
    ("вдвое больше", "ru", [("вдвое", 2)]),             # as "в два раза" gives 2
]

PERCENTS = [
    ("4割", "ja", "4割", 40, "percent"),
    ("六割半", "ja", "六割半", 65, "percent"),
    ("3割引", "ja", "3割引", 30, "percent"),
    ("十二パーセント", "ja", "十二パーセント", 12, "percent"),
    ("同三％減", "ja", "三％", 3, "percent"),
    ("7ポイント", "ja", "7ポイント", 7, "point"),
    ("打率は2割8分7厘", "ja", "2割8分7厘", 28.7, "percent"),
    ("四割五分の確率", "ja", "四割五分", 45, "percent"),
    ("半額で買った", "ja", "半額", 50, "percent"),
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
    # a counter or unit between the number and the comparative
    ("定員は30人以上です", "ja", "30人以上", {"min": 30}, {"open": True}),
    ("12歳未満は無料", "ja", "12歳未満", {"max": 12}, {"max_exclusive": True, "open": True}),
    ("2万円以上4万円以下", "ja", "2万円以上4万円以下", {"min": 20000, "max": 40000}, {}),
    ("3つ以上選ぶ", "ja", "3つ以上", {"min": 3}, {"open": True}),
    ("8人まで", "ja", "8人まで", {"max": 8}, {"open": True}),
    ("200キロを超える", "ja", "200キロを超える", {"min": 200},
     {"min_exclusive": True, "open": True}),
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


def test_a_date_end_is_no_bound():
    # "4月まで" is until April, "2030年まで" until 2030: no number "at most 4"
    for text in ("4月まで", "2030年まで", "15日まで"):
        assert not [a for a in find_numbers(text, "ja") if a.type == "numberrange"], text


KANJI_DIGITS = "〇一二三四五六七八九"


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 9), st.integers(0, 9), st.integers(0, 9), st.booleans(), st.booleans())
def test_wari_bu_rin_read_back(wari, bu, rin, kanji, with_rin):
    """X割Y分Z厘: tenths, hundredths and thousandths of a whole, read as a percentage."""
    def digit(d):
        return KANJI_DIGITS[d] if kanji else str(d)
    text = f"{digit(wari)}割{digit(bu)}分" + (f"{digit(rin)}厘" if with_rin else "")
    (a,) = [a for a in find_numbers(f"成功率は{text}だった", "ja") if a.type == "number"]
    assert (a.text, a.unit) == (text, "percent")
    assert a.value == pytest.approx(10 * wari + bu + (rin / 10 if with_rin else 0))


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10**7),
       st.sampled_from(["人", "円", "歳", "個", "つ", "件", "メートル", "ドル"]),
       st.sampled_from([("以上", "min", {}), ("以下", "max", {}),
                        ("未満", "max", {"max_exclusive": True}),
                        ("超", "min", {"min_exclusive": True})]))
def test_bound_after_counter_read_back(n, counter, comparative):
    word, end, attrs = comparative
    text = f"{n:,}{counter}{word}"
    ranges = [a for a in find_numbers(f"対象は{text}です", "ja") if a.type == "numberrange"]
    expected = [(text, {end: n}, {**attrs, "open": True})]
    assert [(a.text, a.value, a.attrs) for a in ranges] == expected


def test_fraction_words_need_numbers_on_both_sides():
    assert not [a for a in find_numbers("one over the other", "en") if a.type == "numberrange"]
    # "over" before a counted noun is no fraction bar
    assert [a.value for a in find_numbers("$2000 over 3 years", "en") if a.type == "number"] \
        == [2000, 3]


# Generality: numbers spelled out by a small speller (below) in English and Russian, and
# written with each locale's CLDR grouping and decimal signs (Babel), read back in sentences.
EN_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]
EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]

def en_words(n, and_=False, hyphen=True):
    def below_1000(k):
        out = []
        if k >= 100:
            out += [EN_ONES[k // 100], "hundred"]
            k %= 100
            if k and and_:
                out.append("and")
        if k >= 20:
            t = EN_TENS[k // 10]
            if k % 10:
                out.append(f"{t}-{EN_ONES[k % 10]}" if hyphen else f"{t} {EN_ONES[k % 10]}")
            else:
                out.append(t)
        elif k or not out:
            out.append(EN_ONES[k])
        return out
    if n == 0:
        return "zero"
    words = []
    for value, name in EN_SCALES:
        if n >= value:
            words += [*below_1000(n // value), name]
            n %= value
    if n:
        words += below_1000(n)
    return " ".join(words)

RU_ONES_M = [
    "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
    "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
    "семнадцать", "восемнадцать", "девятнадцать",
]
RU_TENS = [
    "_", "_", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
    "восемьдесят", "девяносто",
]
RU_HUND = [
    "_", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
    "девятьсот",
]
RU_SCALES = [(10**9, ("миллиард", "миллиарда", "миллиардов"), "m"),
             (10**6, ("миллион", "миллиона", "миллионов"), "m"),
             (1000, ("тысяча", "тысячи", "тысяч"), "f")]

def _plural(k, forms):
    if k % 10 == 1 and k % 100 != 11:
        return forms[0]
    if 2 <= k % 10 <= 4 and not 12 <= k % 100 <= 14:
        return forms[1]
    return forms[2]

def ru_words(n):
    def below_1000(k, gender):
        out = []
        if k >= 100:
            out.append(RU_HUND[k // 100])
            k %= 100
        if k >= 20:
            out.append(RU_TENS[k // 10])
            k %= 10
        if k or not out:
            w = RU_ONES_M[k]
            if gender == "f" and k in (1, 2):
                w = {1: "одна", 2: "две"}[k]
            out.append(w)
        return out
    if n == 0:
        return "ноль"
    words = []
    for value, forms, gender in RU_SCALES:
        if n >= value:
            k = n // value
            words += [*below_1000(k, gender), _plural(k, forms)]
            n %= value
    if n:
        words += below_1000(n, "m")
    return " ".join(words)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.integers(0, 100), st.integers(0, 10**6), st.integers(0, 10**12 - 1)),
       st.booleans())
def test_spelled_numbers_read_back(n, with_and):
    for text, lang, frame in ((en_words(n, and_=with_and), "en", "We counted {} cases."),
                              (en_words(n, hyphen=False), "en", "We counted {} cases."),
                              (ru_words(n), "ru", "Всего {} случаев.")):
        found = [a for a in find_numbers(frame.format(text), lang) if a.type == "number"]
        assert [(a.text, a.value) for a in found] == [(text, n)]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**9), st.integers(0, 99), st.sampled_from(["en", "ja", "ru"]))
def test_cldr_decimals_read_back(whole, cents, lang):
    from decimal import Decimal

    from babel.numbers import format_decimal
    value = Decimal(whole) + Decimal(cents) / 100
    text = format_decimal(value, locale=lang, decimal_quantization=False)
    found = [a for a in find_numbers(text, lang) if a.type == "number"]
    assert [(a.text, a.value) for a in found] == [(text, float(value) if cents else whole)]


KANA = [
    ("にじゅうさん", [("にじゅうさん", 23)]),
    ("せんにひゃくはちじゅうきゅう", [("せんにひゃくはちじゅうきゅう", 1289)]),
    ("さんびゃく ろっぴゃく はっぴゃく",
     [("さんびゃく", 300), ("ろっぴゃく", 600), ("はっぴゃく", 800)]),
    ("田中さんに会った", []),
    ("ごく 普通", []),
]


@pytest.mark.parametrize(("text", "expected"), KANA)
def test_kana_numerals(text, expected):
    assert [(a.text, a.value) for a in find_numbers(text, "ja") if a.type == "number"] == expected


SCALES = [
    ("семь квадриллионов", "ru", 7 * 10**15),
    ("one sextillion", "en", 10**21),
    ("1 точка 1", "ru", 1.1),
    ("3 dzs", "en", 36),
]


@pytest.mark.parametrize(("text", "lang", "value"), SCALES)
def test_large_scales_and_spoken_decimals(text, lang, value):
    assert [a.value for a in find_numbers(text, lang) if a.type == "number"] == [value]


# Further readings: (text, lang, [(text, value)] of the top-level annotations).
FURTHER = [
    ("His score is less than 5000 or equal", "en", [("less than 5000 or equal", {"max": 5000})]),
    ("more than 5000 or equal to it", "en", [("more than 5000 or equal to", {"min": 5000})]),
    ("more than half came", "en", [("more than half", {"min": 0.5})]),
    ("two thirds of a million", "en", [("two thirds of a million", 2000000 / 3)]),
    ("three twenty-firsts", "en", [("three twenty-firsts", 3 / 21)]),
    ("three hundred and two dozens", "en", [("three hundred and two dozens", 324)]),
    ("one in ten men", "en", [("one in ten", 0.1)]),
    ("3 in 1945", "en", [("3", 3), ("1945", 1945)]),
    ("12,34,567.89", "en", [("12,34,567.89", 1234567.89)]),
    ("1.111,11", "en", [("1.111,11", 1111.11)]),
    ("nrs. 22,24,26", "en", [("22", 22), ("24", 24), ("26", 26)]),
    ("1,674.5 G", "en", [("1,674.5 G", 1674500000000)]),
    ("grade 5 M", "en", [("5", 5)]),
    ("2 1/2 miles", "en", [("2 1/2", 2.5)]),
    ("point 77", "en", [("point 77", 0.77)]),
    ("at this point 5 men", "en", [("5", 5)]),
    ("-1.1^--23", "en", [("-1.1^--23", (-1.1) ** 23)]),
    ("マイナス一・一のマイナスマイナス二十三乗", "ja",
     [("マイナス一・一のマイナスマイナス二十三乗", (-1.1) ** 23)]),
    ("２．４パ ー セ ン ト", "ja", [("２．４パ ー セ ン ト", 2.4)]),
    ("第10と第15の間", "ja", [("第10と第15の間", {"min": 10, "max": 15})]),
    ("一個から五個まで", "ja", [("一個から五個まで", {"min": 1, "max": 5})]),
    ("50より大きくなく、20より小さくない", "ja",
     [("50より大きくなく、20より小さくない", {"min": 20, "max": 50})]),
    ("半ダース", "ja", [("半ダース", 6)]),
    ("だい二百五十", "ja", [("だい二百五十", 250)]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FURTHER)
def test_further_numbers(text, lang, expected):
    got = [(a.text, a.value) for a in _top(find_numbers(text, lang))]
    assert len(got) == len(expected), got
    for (gt, gv), (et, ev) in zip(got, expected, strict=True):
        assert gt == et
        if isinstance(ev, dict):
            assert gv == ev
        else:
            assert gv == pytest.approx(ev)


@pytest.mark.parametrize(("table", "message"), [
    ("[numbers\ndecimal = ','\n", r"zq\.toml.*line 1"),  # not TOML
    ("[numbers]\nunit_forms_not = 5\n", r"'zq'.*wrong kind"),  # TOML, but a number for a list
])
def test_a_broken_table_is_an_error_naming_its_file(tmp_path, monkeypatch, table, message):
    """A table that cannot be read spoils every text of its language: an error that says which
    file (or folder) and what, not a silent run without numbers."""
    from powtext.extract import tables
    from powtext.extract.dates import find_dates

    (tmp_path / "zq.toml").write_text(table, "utf-8")
    monkeypatch.setattr(tables, "EXTRA_TABLE_DIRS", [tmp_path])
    tables.tables_for.cache_clear()
    try:
        for find in (find_numbers, find_dates):
            with pytest.raises(tables.TableError, match=message):
                find("5 apples in 1945", "zq")
    finally:
        tables.tables_for.cache_clear()


def test_japanese_fraction_of_a_scaled_number_is_not_scaled_twice():
    (a,) = [a for a in find_numbers("２００８分の３００万", "ja") if a.type == "number"]
    assert a.text == "２００８分の３００万" and a.value == pytest.approx(3_000_000 / 2008)

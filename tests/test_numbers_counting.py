"""Numbers that count: kanji numerals after nouns, Russian collective and counting words, vague
quantities, vulgar fractions with a scale, elided page ranges, and figures that are parts of
dates or years rather than numbers."""

import pytest

from powtext.extract import find_dates, find_numbers


def _extra(a):
    return "ord" if a.ordinal else a.unit


def _numbers(text, lang, kind="paragraph"):
    return [(a.type, a.text, a.value, _extra(a)) for a in find_numbers(text, lang, kind)]


# (text, lang, [(type, text, value, unit or "ord" or None)]): every annotation find_numbers gives.
COUNTS = [
    # Japanese: a one-character or bare-multiplier numeral after a kanji noun, then a counter
    ("戦闘の死者五人が確認された。", "ja", [("number", "五", 5, "person")]),
    ("村の住民百人が避難した。", "ja", [("number", "百", 100, "person")]),
    ("収容所の捕虜千人が帰還した。", "ja", [("number", "千", 1000, "person")]),
    ("守備隊の兵士千百名が降伏した。", "ja", [("number", "千百", 1100, "person")]),
    ("事故で乗員三名が負傷した。", "ja", [("number", "三", 3, "person")]),
    ("家族四人で暮らしていた。", "ja", [("number", "四", 4, "person")]),
    ("軍馬三頭を失った。", "ja", [("number", "三", 3, None)]),
    # ... but not inside a word (同一, 統一, 一般, 千葉), nor before a counter of places, dates or
    # parts: 西九条 is a place, 昭和五年 a date (the date extractor's), 八分目 eight tenths
    ("両者は同一人物だった。", "ja", []),
    ("両国は同一年に条約を結んだ。", "ja", []),
    ("統一日を定めた。", "ja", []),
    ("一般人が千葉県に住む。", "ja", []),
    ("食事は腹八分目にした。", "ja", []),
    ("西九条に住んでいた。", "ja", []),
    ("京都三条の宿に泊まった。", "ja", []),
    # Russian collective numerals and their cases
    ("В отряде было трое бойцов.", "ru", [("number", "трое", 3, "person")]),
    ("Их было семеро.", "ru", [("number", "семеро", 7, None)]),
    ("Погибли пятеро бойцов, спасли четверых детей.", "ru",
     [("number", "пятеро", 5, "person"), ("number", "четверых", 4, "person")]),
    ("У него осталось двое сыновей.", "ru", [("number", "двое", 2, "person")]),
    # half of a scale or counting word, glued or with a hyphen
    ("Погибло полмиллиона человек.", "ru", [("number", "полмиллиона", 500000, "person")]),
    ("Погибло пол-миллиона человек.", "ru", [("number", "пол-миллиона", 500000, "person")]),
    ("Отряд в полсотни сабель.", "ru", [("number", "полсотни", 50, None)]),
    ("Собрали полтысячи подписей.", "ru", [("number", "полтысячи", 500, None)]),
    ("Бюджет около полумиллиарда рублей.", "ru",
     [("number", "полумиллиарда", 500000000, "RUB")]),
    ("Прошло полчаса.", "ru", []),
    # десяток, сотня multiply the number before them
    ("Прибыло два десятка солдат.", "ru", [("number", "два десятка", 20, "person")]),
    ("Прибыло три сотни солдат.", "ru", [("number", "три сотни", 300, "person")]),
    ("Погибло полтора десятка человек.", "ru", [("number", "полтора десятка", 15, "person")]),
    ("Прибыло пять сотен казаков.", "ru", [("number", "пять сотен", 500, "person")]),
    ("Выпустили полторы сотни пленных.", "ru", [("number", "полторы сотни", 150, "person")]),
    # the halfwidth yen sign in Japanese text
    ("価格は¥13,650だった。", "ja", [("number", "13,650", 13650, "JPY")]),
    ("入場料¥800。", "ja", [("number", "800", 800, "JPY")]),
    # "one" before a scale word is a number, not the pronoun of "the one"
    ("It was the one hundred and first session.", "en",
     [("number", "one hundred and first", 101, "ord")]),
    ("Of the one thousand men, few returned.", "en",
     [("number", "one thousand", 1000, "person")]),
    ("That was the one hundredth meeting.", "en", [("number", "one hundredth", 100, "ord")]),
    ("He is the one we met.", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), COUNTS)
def test_counts(text, lang, expected):
    assert _numbers(text, lang) == expected


# Vague quantities are no numbers in any language: a plural scale or counting word with no
# count before it, or a scale word after a word of vague amount.
VAGUE = [
    ("There were thousands of refugees.", "en"),
    ("Hundreds of thousands died in the famine.", "en"),
    ("Millions were displaced.", "en"),
    ("It decided the fate of thousands.", "en"),
    ("They sank dozens of ships.", "en"),
    ("Several thousand prisoners were released.", "en"),
    ("A few hundred men held the bridge.", "en"),
    ("В плен попали тысячи солдат.", "ru"),
    ("В плен попали десятки тысяч солдат.", "ru"),
    ("Погибли сотни тысяч человек.", "ru"),
    ("Миллионы людей бежали.", "ru"),
    ("Прибыло несколько десятков бойцов.", "ru"),
    ("Освободили несколько тысяч пленных.", "ru"),
    ("Было несколько сот человек.", "ru"),
    ("捕虜は数千人に上った。", "ja"),
    ("数万人が避難した。", "ja"),
    ("何百人もの兵士が倒れた。", "ja"),
]


@pytest.mark.parametrize(("text", "lang"), VAGUE)
def test_vague_quantities_are_no_numbers(text, lang):
    assert _numbers(text, lang) == []


# ... while a count before the plural, or a singular after a word that asks for one, stays exact
EXACT = [
    ("They sold 200 dozens.", "en", [("200 dozens", 2400)]),
    ("Two thousands were counted.", "en", [("Two thousands", 2000)]),
    ("About a thousand men came.", "en", [("a thousand", 1000)]),
    ("Погибло около тысячи человек.", "ru", [("тысячи", 1000)]),
    ("Пришли две тысячи человек.", "ru", [("две тысячи", 2000)]),
    ("Их было пять с половиной тысяч.", "ru", [("пять с половиной тысяч", 5500)]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), EXACT)
def test_counted_plurals_stay_exact(text, lang, expected):
    got = [(a.text, a.value) for a in find_numbers(text, lang) if a.type == "number"]
    assert got == expected


# Vulgar fractions: a scale word after one multiplies it; a third is a third, as in words.
VULGAR = [
    ("About 4½ million tons were shipped.", "en", "4½ million", 4500000),
    ("About 7¼ billion tons were shipped.", "en", "7¼ billion", 7250000000),
    ("Some ¾ million people fled.", "en", "¾ million", 750000),
    ("About ⅓ of the crop was lost.", "en", "⅓", 1 / 3),
    ("About ⅔ of the crop was lost.", "en", "⅔", 2 / 3),
    ("It took 2⅛ hours.", "en", "2⅛", 2.125),
    ("About 4 ½ million tons were shipped.", "en", "4 ½ million", 4500000),
]


@pytest.mark.parametrize(("text", "lang", "span", "value"), VULGAR)
def test_vulgar_fractions(text, lang, span, value):
    (a,) = [a for a in find_numbers(text, lang) if a.type == "number"]
    assert (a.text, a.value) == (span, value)


def test_a_vulgar_fraction_ends_a_range_and_no_year_takes_it_in():
    found = find_numbers("The road ran 2½-3 miles.", "en")
    assert [(a.text, a.value) for a in found if a.type == "numberrange"] == \
        [("2½-3", {"min": 2.5, "max": 3})]
    found = find_numbers("In 1945 ½ of the army was lost.", "en")
    assert [(a.text, a.value) for a in found] == [("1945", 1945), ("½", 0.5)]


def test_a_vulgar_third_reads_as_the_words_do():
    (glyph,) = [a.value for a in find_numbers("⅓", "en") if a.type == "number"]  # alone too
    (words,) = [a.value for a in find_numbers("one third", "en") if a.type == "number"]
    assert glyph == words


# Page ranges: the upper end written with its last digits takes the lower end's first digits,
# where a page word says these are pages or the segment is a reference; after a journal's
# "volume (year):" they are pages.
PAGES = [
    ('Smith, J. "On Trade." Journal of History 12 (1995): pp. 422–73.', "en", "paragraph",
     "422–73", 422, 473, "page"),
    ("Smith, J. Trade. Journal of History 4 (1990): 911–46.", "en", "reference",
     "911–46", 911, 946, "page"),
    ("Brown, A. Letters. Review 7 (2001): 7152–80.", "en", "reference",
     "7152–80", 7152, 7180, "page"),
    ("See pp. 1200-05 for the tables.", "en", "paragraph", "1200-05", 1200, 1205, "page"),
    ("Иванов И. И. Статья // Вопросы истории. 1995. № 3. С. 1199–201.", "ru", "reference",
     "1199–201", 1199, 1201, "page"),
]


@pytest.mark.parametrize(("text", "lang", "kind", "span", "lo", "hi", "unit"), PAGES)
def test_elided_page_ranges(text, lang, kind, span, lo, hi, unit):
    ranges = [a for a in find_numbers(text, lang, kind) if a.type == "numberrange"]
    assert [(a.text, a.value, a.unit) for a in ranges] == [(span, {"min": lo, "max": hi}, unit)]


def test_a_score_is_no_elided_range():
    text = "The final score was 422–73 in the game."
    assert not [a for a in find_numbers(text, "en") if a.type == "numberrange"]


# Figures that are years or parts of dates, where the date extractor reports the date
DATES = [
    # a year and the next one joined by a slash: a season, no fraction
    ("In the winter of 1858/59 the camps filled.", "en", "1858/59"),
    ("In the winter of 1941/42 the front held.", "en", "1941/42"),
    ("Зимой 1979/80 г. лагеря переполнились.", "ru", "1979/80"),
    ("The 1939/1940 season was cancelled.", "en", "1939/1940"),
    ("2011/12シーズンの成績", "ja", "2011/12"),
]


@pytest.mark.parametrize(("text", "lang", "span"), DATES)
def test_a_season_is_no_fraction(text, lang, span):
    assert not [a for a in find_numbers(text, lang) if a.text == span]
    start = text.index(span)
    assert [d for d in find_dates(text, lang) if d.start <= start < d.end]


def test_a_fraction_of_years_that_do_not_follow_each_other_stays():
    (a,) = [a for a in find_numbers("1941/43", "en") if a.type == "number"]
    assert a.text == "1941/43"


@pytest.mark.parametrize(("text", "forbidden"), [
    ("Отпуск с 9.02 по 11.06.1820 утверждён.", ("9.02", "с 9.02 по 11")),
    ("Командировка с 3.11 по 25.12.1904 продлена.", ("3.11", "с 3.11 по 25")),
    ("Отпуск 9.02–11.06.1820 утверждён.", ("9.02", "9.02–11")),
])
def test_a_day_and_month_before_a_dotted_date_is_no_number(text, forbidden):
    found = find_numbers(text, "ru")
    assert not [a for a in found if a.type == "numberrange"]
    assert not [a for a in found if a.text in forbidden]


def test_a_decimal_stays_a_decimal_without_a_date_after_it():
    assert [(a.text, a.value) for a in find_numbers("Цена 9.02 руб.", "ru")] == [("9.02", 9.02)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Up to 1945 the army stayed in the north.", "en"),
    ("Up to 1868 the castle was the seat of the lords.", "en"),
])
def test_a_year_after_up_to_is_no_bound(text, lang):
    assert not [a for a in find_numbers(text, lang) if a.type == "numberrange"]


@pytest.mark.parametrize(("text", "value"), [
    ("Up to 1500 men died.", {"max": 1500}),
    ("The hall seats up to 1200 people.", {"max": 1200}),
])
def test_a_count_after_up_to_is_a_bound(text, value):
    assert [a.value for a in find_numbers(text, "en") if a.type == "numberrange"] == [value]


@pytest.mark.parametrize("text", [
    "Поселения во II тыс. до н. э. известны.",
    "Курганы III тыс. до н. э. раскопаны.",
    "Культура конца IV тыс. до н. э.",
])
def test_a_millennium_after_a_roman_numeral_is_no_number(text):
    assert find_numbers(text, "ru") == []

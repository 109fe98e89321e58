"""Dates: EDTF values and grains in en, ja and ru, from running text and references."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from powtext.extract import find_dates
from powtext.extract.dates import _find

# (text, lang, kind, [(text, value, grain)])
CASES = [
    ("15 August 1945", "en", "paragraph", [("15 August 1945", "1945-08-15", "day")]),
    ("August 15, 1945", "en", "paragraph", [("August 15, 1945", "1945-08-15", "day")]),
    ("December 1941", "en", "paragraph", [("December 1941", "1941-12", "month")]),
    ("repatriated in 1946.", "en", "paragraph", [("1946", "1946", "year")]),
    ("2009年7月24日", "ja", "paragraph", [("2009年7月24日", "2009-07-24", "day")]),
    ("2009年7月", "ja", "paragraph", [("2009年7月", "2009-07", "month")]),
    ("24 июля 2009 г.", "ru", "paragraph", [("24 июля 2009 г.", "2009-07-24", "day")]),
    ("в мае 1945 года", "ru", "paragraph", [("мае 1945 года", "1945-05", "month")]),
    ("15.08.1945", "ru", "paragraph", [("15.08.1945", "1945-08-15", "day")]),
    ("1945-08-15", "en", "paragraph", [("1945-08-15", "1945-08-15", "day")]),
    ("昭和20年", "ja", "paragraph", [("昭和20年", "1945", "year")]),
    ("平成21年7月24日", "ja", "paragraph", [("平成21年7月24日", "2009-07-24", "day")]),
    ("令和元年", "ja", "paragraph", [("令和元年", "2019", "year")]),
    ("昭和二十年", "ja", "paragraph", [("昭和二十年", "1945", "year")]),
    ("1939–1956", "en", "paragraph", [("1939–1956", "1939/1956", "year")]),
    ("from 1939 to 1956", "en", "paragraph", [("from 1939 to 1956", "1939/1956", "year")]),
    ("9–20 August 1945", "en", "paragraph",
     [("9–20 August 1945", "1945-08-09/1945-08-20", "day")]),
    ("1939～1956年", "ja", "paragraph", [("1939～1956年", "1939/1956", "year")]),
    ("с 1939 по 1956 год", "ru", "paragraph", [("с 1939 по 1956 год", "1939/1956", "year")]),
    ("1939—1956 гг.", "ru", "paragraph", [("1939—1956 гг.", "1939/1956", "year")]),
    ("проблем экон. истории ХХ века", "ru", "title", [("ХХ века", "19XX", "century")]),
    ("XX век", "ru", "paragraph", [("XX век", "19XX", "century")]),
    ("the 20th century", "en", "paragraph", [("20th century", "19XX", "century")]),
    ("the 1990s", "en", "paragraph", [("1990s", "199X", "decade")]),
    ("1990-е годы", "ru", "paragraph", [("1990-е годы", "199X", "decade")]),
    ("1990年代", "ja", "paragraph", [("1990年代", "199X", "decade")]),
    ("© MMXXIII Rich X Search.", "en", "boilerplate", [("MMXXIII", "2023", "year")]),
    ("on August 15", "en", "paragraph", [("August 15", "XXXX-08-15", "day")]),
    ("Moscow Logos Publishers (2000)", "en", "reference", [("2000", "2000", "year")]),
    ("М.: Логос, 2000. – 1118 с.: ил.", "ru", "reference", [("2000", "2000", "year")]),
    ("University of Washington Press, 2003.", "en", "reference", [("2003", "2003", "year")]),
    ("between December 1941 and 15 August 1945, i.e.", "en", "paragraph",
     [("between December 1941 and 15 August 1945", "1941-12/1945-08-15", "day")]),
    ("The 1118 pages", "en", "paragraph", []),
    ("35,000 Japanese prisoners", "en", "paragraph", []),
]

RELATIVE = [
    ("yesterday", "en"), ("next week", "en"), ("3 days ago", "en"),
    ("вчера", "ru"), ("через 3 года", "ru"), ("昨日", "ja"), ("来週", "ja"),
]


@pytest.mark.parametrize(("text", "lang", "kind", "expected"), CASES)
def test_dates(text, lang, kind, expected):
    got = [(a.text, a.value, a.grain) for a in find_dates(text, lang, kind)]
    assert got == expected


@pytest.mark.parametrize(("text", "lang"), RELATIVE)
def test_relative_dates_have_no_value(text, lang):
    (a,) = find_dates(text, lang)
    assert a.relative is True and a.value is None and a.text == text


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(["en", "ja", "ru", "de", "", "zz"]),
       st.sampled_from(["paragraph", "reference", "boilerplate"]))
def test_never_raises_and_offsets_hold(text, lang, kind):
    for a in _find(text, lang or "und", kind):  # the unguarded core: a bug must show here
        assert text[a.start:a.end] == a.text


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_formatted_dates_read_back(d):
    forms = [
        (f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", "en"),
        (f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}", "en"),
        (f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} г.", "ru"),
        (f"{d.year}年{d.month}月{d.day}日", "ja"),
        (d.isoformat(), "en"),
        (f"{d.day:02d}.{d.month:02d}.{d.year}", "ru"),
    ]
    for text, lang in forms:
        found = find_dates(text, lang)
        assert [(a.value, a.grain, a.text) for a in found] == [(d.isoformat(), "day", text)]


# New capabilities: days and years in words, month and numeric ranges, Japanese days.
MORE = [
    ("двенадцатого апреля", "ru", [("двенадцатого апреля", "XXXX-04-12", "day")]),
    ("двадцать пятое мая 1961 года", "ru",
     [("двадцать пятое мая 1961 года", "1961-05-25", "day")]),
    ("к седьмому ноября", "ru", [("седьмому ноября", "XXXX-11-07", "day")]),
    ("the second of June", "en", [("second of June", "XXXX-06-02", "day")]),
    ("fifth day of May", "en", [("fifth day of May", "XXXX-05-05", "day")]),
    ("born on nine March nineteen forty", "en",
     [("nine March nineteen forty", "1940-03-09", "day")]),
    ("July the fourth", "en", [("July the fourth", "XXXX-07-04", "day")]),
    ("in June two thousand and five", "en",
     [("June two thousand and five", "2005-06", "month")]),
    ("one may ask why", "en", []),
    ("Oct-Jan 1950", "en", [("Oct-Jan 1950", "1949-10/1950-01", "month")]),
    ("June 3 - June 9", "en", [("June 3 - June 9", "XXXX-06-03/XXXX-06-09", "day")]),
    ("6/10-6/14, 1944", "en", [("6/10-6/14, 1944", "1944-06-10/1944-06-14", "day")]),
    ("03.05.-09.05.1945", "ru", [("03.05.-09.05.1945", "1945-05-03/1945-05-09", "day")]),
    ("3./9.5.1945", "ru", [("3./9.5.1945", "1945-05-03/1945-05-09", "day")]),
    ("on 6/25", "en", [("6/25", "XXXX-06-25", "day")]),
    ("3/4 of the men", "en", []),
    ("17日に", "ja", [("17日", "XXXX-XX-17", "day")]),
    ("5日間", "ja", []),
    ("元日", "ja", [("元日", "XXXX-01-01", "day")]),
    ("3年で", "ja", []),
    ("8月5日から9日まで", "ja", [("8月5日から9日まで", "XXXX-08-05/XXXX-08-09", "day")]),
    ("1950年から1953年の間", "ja", [("1950年から1953年の間", "1950/1953", "year")]),
    ("id 2019-04-02-b", "en", [("2019-04-02", "2019-04-02", "day")]),
    ("Tel +7 1980-1985-12", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), MORE)
def test_more_dates(text, lang, expected):
    got = [(a.text, a.value, a.grain) for a in find_dates(text, lang)]
    assert got == expected


# Generality: dates rendered by CLDR (Babel) in every width, era years, centuries in sentences,
# ranges of rendered dates. "short" en dates have two-digit years ("3/5/24"): powtext reads them
# in the window 1930-2029, so only those years are rendered short.
CLDR_FORMATS = ("full", "long", "medium", "short")


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(["en", "ja", "ru"]), st.sampled_from(CLDR_FORMATS))
def test_cldr_formats_read_back(d, lang, width):
    from babel.dates import format_date
    if width == "short" and lang == "en" and not 1930 <= d.year <= 2029:
        d = d.replace(day=min(d.day, 28)).replace(year=1930 + d.year % 100)
    text = format_date(d, format=width, locale=lang)
    found = find_dates(text, lang)
    assert [a.value for a in found] == [d.isoformat()], text


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1850, 1, 1), max_value=dt.date(2050, 12, 31)),
       st.integers(min_value=1, max_value=3000),
       st.sampled_from([("en", "{a} – {b}"), ("en", "from {a} to {b}"),
                        ("ru", "{a} – {b}"), ("ru", "с {a} по {b}"),
                        ("ja", "{a}から{b}まで"), ("ja", "{a}～{b}")]),
       st.sampled_from(["long", "medium"]))
def test_cldr_date_ranges_read_back(d, days, frame, width):
    from babel.dates import format_date
    lang, pattern = frame
    e = d + dt.timedelta(days=days)
    text = pattern.format(a=format_date(d, format=width, locale=lang),
                          b=format_date(e, format=width, locale=lang))
    found = find_dates(f"Это было {text}." if lang == "ru" else text, lang)
    assert [a.value for a in found] == [f"{d.isoformat()}/{e.isoformat()}"], text


ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}


@pytest.mark.parametrize("era", sorted(ERAS))
@pytest.mark.parametrize("year", [1, 2, 9, 10, 11, 19, 20, 31, 44])
def test_japanese_era_years(era, year):
    import kanjize
    gregorian = ERAS[era] + year - 1
    forms = [str(year), kanjize.number2kanji(year)] + (["元"] if year == 1 else [])
    # before 1873 Japan counted lunisolar months: "明治元年8月15日" is given as its year
    day = f"{gregorian:04d}-08-15" if gregorian >= 1873 else f"{gregorian:04d}"
    for form in forms:
        found = find_dates(f"{era}{form}年8月15日に", "ja")
        assert [a.value for a in found] == [day], form
        found = find_dates(f"{era}{form}年", "ja")
        assert [a.value for a in found] == [f"{gregorian:04d}"], form


CENTURIES = [
    ("в начале ХХ века", "ru", "ХХ века", "19XX"),
    ("во второй половине XIX в.", "ru", "XIX в.", "18XX"),
    ("в двадцатом веке", "ru", "двадцатом веке", "19XX"),
    ("к началу двадцать первого века", "ru", "двадцать первого века", "20XX"),
    ("in the early 20th century", "en", "20th century", "19XX"),
    ("in the nineteenth century", "en", "nineteenth century", "18XX"),
    ("by the late 18th c. it", "en", "18th c.", "17XX"),
    ("20世紀前半の日本", "ja", "20世紀", "19XX"),
    ("十九世紀末", "ja", "十九世紀", "18XX"),
    # before the common era: EDTF counts back, "-02XX" = 300-201 BC
    ("the 3rd century BC saw", "en", "3rd century BC", "-02XX"),
    ("в V в. до н. э. здесь", "ru", "V в. до н. э.", "-04XX"),
    ("紀元前2世紀の遺跡", "ja", "紀元前2世紀", "-01XX"),
    # as an adjective, and "столетие"
    ("a 17th-century chapel", "en", "17th-century", "16XX"),
    ("eighteenth-century prose", "en", "eighteenth-century", "17XX"),
    ("в XVIII столетии", "ru", "XVIII столетии", "17XX"),
    # two centuries sharing one century word: an interval
    ("памятники XV–XVI вв.", "ru", "XV–XVI вв.", "14XX/15XX"),
    ("в XII и XIII веках", "ru", "XII и XIII веках", "11XX/12XX"),
    ("towns of the 16th and 17th centuries", "en", "16th and 17th centuries", "15XX/16XX"),
    ("it grew from the 12th to the 14th century", "en", "from the 12th to the 14th century",
     "11XX/13XX"),
    ("17～18世紀の絵画", "ja", "17～18世紀", "16XX/17XX"),
    ("4th–3rd centuries BC", "en", "4th–3rd centuries BC", "-03XX/-02XX"),
    ("十六世紀から十七世紀にかけて", "ja", "十六世紀から十七世紀", "15XX/16XX"),
]


@pytest.mark.parametrize(("text", "lang", "span", "value"), CENTURIES)
def test_centuries_in_sentences(text, lang, span, value):
    found = find_dates(text, lang)
    assert [(a.text, a.value, a.grain) for a in found] == [(span, value, "century")]


# Decades, eras, month ranges, two-digit years, lists of years, compact and no-year forms.
FURTHER = [
    # a year, a slash and the next year: a season or an academic or fiscal year
    ("In the winter of 1941/42 the camps filled.", "en", [("1941/42", "1941/1942", "year")]),
    ("the 1999/2000 budget", "en", [("1999/2000", "1999/2000", "year")]),
    ("зимой 1942/43 г.", "ru", [("1942/43 г.", "1942/1943", "year")]),
    ("1943/44年の冬", "ja", [("1943/44年", "1943/1944", "year")]),
    ("the value 1941/45 was low", "en", []),  # not consecutive: no season
    ("the 2011/12 season and the 1999/00 budget", "en",
     [("2011/12", "2011/2012", "year"), ("1999/00", "1999/2000", "year")]),
    ("2011/12に発売", "ja", [("2011/12", "2011-12", "month")]),  # year/month in Japanese
    ("2011-12シーズンと1999/00シーズン", "ja",  # ... unless a season word says otherwise
     [("2011-12", "2011/2012", "year"), ("1999/00", "1999/2000", "year")]),
    ("the 2011-12 season", "en", [("2011-12", "2011/2012", "year")]),
    ("in 2003-07 the line closed", "en", [("2003-07", "2003-07", "month")]),
    # a king's or a war's number before "and" is no century
    ("Louis XIV and the 18th century shaped France.", "en", [("18th century", "17XX", "century")]),
    ("Реформы Петра I и XVIII в. изменили страну.", "ru", [("XVIII в.", "17XX", "century")]),
    ("XV и XVII вв.", "ru", [("XV", "14XX", "century"), ("XVII вв.", "16XX", "century")]),
    # a count of centuries is no century; two centuries listed are two dates, or one span
    ("It has a 5-century history, 2 centuries old.", "en", []),
    ("За 2 века город вырос; через 3 столетия и 5 веков спустя.", "ru", []),
    ("в конце 19 века", "ru", [("19 века", "18XX", "century")]),
    ("in the 15th and 17th centuries", "en",
     [("15th", "14XX", "century"), ("17th centuries", "16XX", "century")]),
    ("The 1st and 2nd centuries BC", "en",
     [("1st and 2nd centuries BC", "-01XX/-00XX", "century")]),
    ("On 31 April, 44 BC.", "en", [("44 BC", "-0043", "year")]),  # no 31 April
    ("in 2014 BC", "en", [("2014 BC", "-2013", "year")]),
    # a day and month with an old year written on its own: one date
    ("Caesar died on March 15, 44 BC.", "en", [("March 15, 44 BC", "-0043-03-15", "day")]),
    ("on 24 August AD 79", "en", [("24 August AD 79", "0079-08-24", "day")]),
    ("15 марта 44 г. до н. э.", "ru", [("15 марта 44 г. до н. э.", "-0043-03-15", "day")]),
    ("in 1 BC", "en", [("1 BC", "0000", "year")]),
    ("AD 1066", "en", [("AD 1066", "1066", "year")]),
    ("в 44 году до н. э.", "ru", [("44 году до н. э.", "-0043", "year")]),
    ("in the nineties", "en", [("nineties", "XX9X", "decade")]),
    ("music of the '60s", "en", [("'60s", "XX6X", "decade")]),
    ("a man in his forties", "en", []),
    ("she was in her 90s", "en", []),
    ("from April to June in 2017", "en",
     [("from April to June in 2017", "2017-04/2017-06", "month")]),
    ("from November to February 1945", "en",
     [("from November to February 1945", "1944-11/1945-02", "month")]),
    ("с марта по май 1945 года", "ru", [("с марта по май 1945 года", "1945-03/1945-05", "month")]),
    ("in March and May", "en", [("March", "XXXX-03", "month")]),
    ("born in April of 87", "en", [("April of 87", "1987-04", "month")]),
    ("on 03/18/40", "en", [("03/18/40", "1940-03-18", "day")]),
    ("in 2007 and 2009", "en", [("2007", "2007", "year"), ("2009", "2009", "year")]),
    ("in 1941, 1942 and 1945.", "en",
     [("1941", "1941", "year"), ("1942", "1942", "year"), ("1945", "1945", "year")]),
    ("paid 1500 and 2000 dollars", "en", []),
    ("back 20161016.", "en", [("20161016", "2016-10-16", "day")]),
    ("on the 18th.", "en", [("the 18th", "XXXX-XX-18", "day")]),
    ("the 18th president", "en", []),
    ("in two thousand and twenty", "en", [("two thousand and twenty", "2020", "year")]),
    ("in two thousand men", "en", []),
    ("2/28-3/1", "en", [("2/28-3/1", "XXXX-02-28/XXXX-03-01", "day")]),
    ("いちがつ", "ja", [("いちがつ", "XXXX-01", "month")]),
    ("じゅうにがつに", "ja", [("じゅうにがつ", "XXXX-12", "month")]),
    ("正月の３０日", "ja", [("正月の３０日", "XXXX-01-30", "day")]),
    ("２０１８年十月一日から１９年二月三日まで", "ja",
     [("２０１８年十月一日から１９年二月三日まで", "2018-10-01/2019-02-03", "day")]),
    ("19年間", "ja", []),
    # a second year by its last two digits, where the context says years
    ("during the war of 1914–18 he", "en", [("1914–18", "1914/1918", "year")]),
    ("в 1914–18 гг.", "ru", [("1914–18 гг.", "1914/1918", "year")]),
    ("1914～18年に", "ja", [("1914～18年", "1914/1918", "year")]),
    ("paid 1500–50 dollars", "en", []),
    ("in 2003-07 he", "en", [("2003-07", "2003-07", "month")]),
    # ranges of decades
    ("the 1870s–1880s", "en", [("1870s–1880s", "187X/188X", "decade")]),
    ("from the 1870s to the 1890s", "en",
     [("from the 1870s to the 1890s", "187X/189X", "decade")]),
    ("в 1870–1880-е годы", "ru", [("1870–1880-е годы", "187X/188X", "decade")]),
    ("с 1870-х по 1890-е годы", "ru", [("с 1870-х по 1890-е годы", "187X/189X", "decade")]),
    ("1870年代から1890年代にかけて", "ja", [("1870年代から1890年代", "187X/189X", "decade")]),
    ("in the '00s", "en", [("'00s", "XX0X", "decade")]),
    # Russian ordinals before a year word: a year, or in the plural a decade
    ("в восьмидесятые годы", "ru", [("восьмидесятые годы", "XX8X", "decade")]),
    ("в 80-х годах", "ru", [("80-х годах", "XX8X", "decade")]),
    ("в 1961-м году", "ru", [("1961-м году", "1961", "year")]),
    ("в тысяча восемьсот двенадцатом году", "ru",
     [("тысяча восемьсот двенадцатом году", "1812", "year")]),
    ("седьмого ноября тысяча девятьсот семнадцатого года", "ru",
     [("седьмого ноября тысяча девятьсот семнадцатого года", "1917-11-07", "day")]),
    # era words around a year
    ("紀元前660年に", "ja", [("紀元前660年", "-0659", "year")]),
    ("西暦794年に", "ja", [("西暦794年", "0794", "year")]),
    ("Jul 4, 1776 AD", "en", [("Jul 4, 1776 AD", "1776-07-04", "day")]),
    ("7 нояб. 1917 г. н. э.", "ru", [("7 нояб. 1917 г. н. э.", "1917-11-07", "day")]),
    # Japanese: a month after a word ending in 年, a weekday after the day, the other
    # reckoning in brackets
    ("毎年5月3日に", "ja", [("5月3日", "XXXX-05-03", "day")]),
    ("同年十二月八日、", "ja", [("十二月八日", "XXXX-12-08", "day")]),
    ("1964年10月10日(土)に", "ja", [("1964年10月10日(土)", "1964-10-10", "day")]),
    ("1964年10月10日土曜日に", "ja", [("1964年10月10日土曜日", "1964-10-10", "day")]),
    ("1964（昭和39）年に", "ja", [("1964（昭和39）年", "1964", "year")]),
    ("昭和39（1964）年10月に", "ja", [("昭和39（1964）年10月", "1964-10", "month")]),
    # CLDR forms with a weekday around a date in figures, and ru month.year (yM)
    ("Sat, 10/10/1964 – Sun, 10/25/1964", "en",
     [("Sat, 10/10/1964 – Sun, 10/25/1964", "1964-10-10/1964-10-25", "day")]),
    ("сб, 10.10.1964", "ru", [("сб, 10.10.1964", "1964-10-10", "day")]),
    ("1964/10/10(土)～1964/10/24(土)", "ja",
     [("1964/10/10(土)～1964/10/24(土)", "1964-10-10/1964-10-24", "day")]),
    ("1964年10月10日(土)～24日(土)", "ja",
     [("1964年10月10日(土)～24日(土)", "1964-10-10/1964-10-24", "day")]),
    ("выпуск 10.1964 года", "ru", [("10.1964 года", "1964-10", "month")]),
    ("10.1964—12.1964", "ru", [("10.1964—12.1964", "1964-10/1964-12", "month")]),
    ("рост на 10.1964 %", "ru", []),
    ("It lasted 1914–1918, and then", "en", [("1914–1918", "1914/1918", "year")]),
    ("Война шла 1914—1918, затем", "ru", [("1914—1918", "1914/1918", "year")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FURTHER)
def test_further_dates(text, lang, expected):
    got = [(a.text, a.value, a.grain) for a in find_dates(text, lang)]
    assert got == expected


# How historians write years: lead words, lives in brackets, counts that are no years, pages,
# days listed before a full date.
HISTORY = [
    ("The manuscript was written approx. 1941 in Kyoto.", "en", [("1941", "1941", "year")]),
    ("Following 1898 the army stayed in the north.", "en", [("1898", "1898", "year")]),
    ("Prior to 1814 the town was small.", "en", [("1814", "1814", "year")]),
    ("John Marlow (d. 1661) was a painter.", "en", [("1661", "1661", "year")]),
    ("Kessler (b. 1572) wrote it.", "en", [("1572", "1572", "year")]),
    ("В конце 1969 войска отступили.", "ru", [("1969", "1969", "year")]),
    ("Иванов И. И. (род. 1808) — художник.", "ru", [("1808", "1808", "year")]),
    ("Осенью 1944 фронт сдвинулся.", "ru", [("1944", "1944", "year")]),
    # a count after a word that also goes before counts is no year; a year word settles it
    ("Around 1500 men died in the battle.", "en", []),
    ("Около 1500 человек погибли.", "ru", []),
    ("In 1945 troops entered the city.", "en", [("1945", "1945", "year")]),
    ("It decided the fate of thousands.", "en", []),
    ("It happened in two thousand and ten.", "en", [("two thousand and ten", "2010", "year")]),
    # pages in a reference are no years
    ("Вопросы истории. 1995. № 3. С. 1905–1930.", "ru", []),
    ("Journal of History 12 (1995): pp. 2075–2105.", "en", [("1995", "1995", "year")]),
    # days listed before a full date share its month and year; "between" makes an interval
    ("They met on 5 and 12 May 1945.", "en",
     [("5", "1945-05-05", "day"), ("12 May 1945", "1945-05-12", "day")]),
    ("3, 5 и 12 мая 1945 г.", "ru", [("3", "1945-05-03", "day"), ("5", "1945-05-05", "day"),
                                     ("12 мая 1945 г.", "1945-05-12", "day")]),
    ("between 5 and 12 May 1945", "en",
     [("between 5 and 12 May 1945", "1945-05-05/1945-05-12", "day")]),
    # an interval between parts or seasons of two years is of the two years
    ("The front held from late 1863 to early 1864, then moved.", "en",
     [("from late 1863 to early 1864", "1863/1864", "year")]),
    ("в конце 1941 — начале 1942 г. наступление", "ru",
     [("конце 1941 — начале 1942 г.", "1941/1942", "year")]),
    ("с осени 1941 до весны 1942 г.", "ru",
     [("с осени 1941 до весны 1942 г.", "1941/1942", "year")]),
    ("Trade grew in the late 15th and early 16th centuries.", "en",
     [("late 15th and early 16th centuries", "14XX/15XX", "century")]),
    ("с конца XIX до начала XX века", "ru",
     [("с конца XIX до начала XX века", "18XX/19XX", "century")]),
    # two decades under one ending; a decade of a named century
    ("In the 1550s–60s the city grew.", "en", [("1550s–60s", "155X/156X", "decade")]),
    ("в 1920—30-х годах", "ru", [("1920—30-х годах", "192X/193X", "decade")]),
    ("Это было в 90-х годах XIX века", "ru", [("90-х годах XIX века", "189X", "decade")]),
    # years before the common era count down; an interval may cross the era
    ("Pepi II ruled c. 2161–2085 BC in Egypt.", "en", [("2161–2085 BC", "-2160/-2084", "year")]),
    ("Дворец построен в 909—838 гг. до н. э.", "ru",
     [("909—838 гг. до н. э.", "-0908/-0837", "year")]),
    ("between 500 and 400 BC", "en", [("between 500 and 400 BC", "-0499/-0399", "year")]),
    ("Augustus (89 BC – AD 62) ruled Rome.", "en", [("89 BC – AD 62", "-0088/0062", "year")]),
    ("51 г. до н. э. — 54 г. н. э.", "ru",
     [("51 г. до н. э. — 54 г. н. э.", "-0050/0054", "year")]),
    # archival forms: a month in Roman numerals, day.month before a connector, year first
    ("Приказ от 14.VII.1974 отменён.", "ru", [("14.VII.1974", "1974-07-14", "day")]),
    ("Письмо 30.Х.1945 г.", "ru", [("30.Х.1945 г.", "1945-10-30", "day")]),
    ("22 VI 1941 г.", "ru", [("22 VI 1941 г.", "1941-06-22", "day")]),
    ("Chapter 3 V 1941", "en", []),
    ("Отпуск с 9.02 по 11.06.1820 утверждён.", "ru",
     [("с 9.02 по 11.06.1820", "1820-02-09/1820-06-11", "day")]),
    ("Entry of 1897 July 19: the unit moved.", "en", [("1897 July 19", "1897-07-19", "day")]),
    ("Приказ от 22.02.1858 г. отменён.", "ru", [("22.02.1858 г.", "1858-02-22", "day")]),
    ("Дата: Птн, 22 ноября 1946 г.", "ru", [("Птн, 22 ноября 1946 г.", "1946-11-22", "day")]),
    ("They met on the eleventh of December.", "en",
     [("eleventh of December", "XXXX-12-11", "day")]),
    # two-digit second years; lives; intervals open at the end
    ("He fought in the 1935–40 war.", "en", [("1935–40", "1935/1940", "year")]),
    ("The famine of 1687-90 killed thousands.", "en", [("1687-90", "1687/1690", "year")]),
    ("There were 1935–40 men.", "en", []),
    ("Jan Kessel (c. 1654–c. 1723) was a painter.", "en",
     [("1654–c. 1723", "1654/1723", "year")]),
    ("Editor (1602–present)", "en", [("1602–present", "1602/..", "year")]),
    ("с 1991 по настоящее время", "ru", [("с 1991 по настоящее время", "1991/..", "year")]),
    # "в 1610-м" (году) is a year, "к 1990-м" (годам) a decade; "the 1600s" a century
    ("В 1610-м всё изменилось.", "ru", [("1610-м", "1610", "year")]),
    ("К 1990-м годам", "ru", [("1990-м годам", "199X", "decade")]),
    ("Trade boomed in the 1600s.", "en", [("1600s", "16XX", "century")]),
    ("the 1940s", "en", [("1940s", "194X", "decade")]),
    ("Jazz of the 1790s and 1800s was popular.", "en",
     [("1790s", "179X", "decade"), ("1800s", "180X", "decade")]),
    # a millennium is the span of its centuries; "5 тыс. человек" is a count
    ("Settlements of the 1st millennium BC were found.", "en",
     [("1st millennium BC", "-09XX/-00XX", "century")]),
    ("the second millennium", "en", [("second millennium", "10XX/19XX", "century")]),
    ("во II тыс. до н. э.", "ru", [("II тыс. до н. э.", "-19XX/-10XX", "century")]),
    ("в 3-м тысячелетии до н. э.", "ru", [("3-м тысячелетии до н. э.", "-29XX/-20XX", "century")]),
    ("5 тыс. человек", "ru", []),
    # counts are no years: a noun in the case a count takes, a scale word, a count after a year
    ("Около 1357 студентов погибли.", "ru", []),
    ("Отряд насчитывал 1200—1300 человек.", "ru", []),
    ("Отряд насчитывал 1679—1779 матросов.", "ru", []),
    # not the years 1926–1940: the year of a figure in a series
    ("Population: 1926 – 40 million.", "en", [("1926", "1926", "year")]),
    ("In 1953, 1214 ships were lost.", "en", [("1953", "1953", "year")]),
    ("in 1941, 1942 and 1945", "en",
     [("1941", "1941", "year"), ("1942", "1942", "year"), ("1945", "1945", "year")]),
    # a number after a label is what the label says
    ("ЦГА СПб. Ф. Р-1385. Оп. 2608. Д. 1959. Л. 165.", "ru", []),
    ("Case No. 1945/12 was closed.", "en", []),
    # a footnote glued to a sentence's end, as in text taken from a PDF
    ("The army collapsed in 1978.67 The next winter was worse.", "en",
     [("1978", "1978", "year")]),
    ("Армия распалась в 1914 г.78 Следующая зима была хуже.", "ru",
     [("1914 г.", "1914", "year")]),
    # old and new style side by side
    # (one date, the new style's: ISO 8601 and EDTF count in the Gregorian calendar)
    ("23 августа (4 сентября) 1747 г. начались волнения.", "ru",
     [("23 августа (4 сентября) 1747 г.", "1747-09-04", "day")]),
    # a year in the name of what happened then; not a count before a people
    ("The 1956 Joint Declaration ended the state of war.", "en", [("1956", "1956", "year")]),
    ("The 1966 Tashkent earthquake destroyed the old city.", "en",
     [("1966", "1966", "year")]),
    ("After the 1917 revolution the camps emptied.", "en", [("1917", "1917", "year")]),
    ("The 1500 men marched north.", "en", []),
    ("They met the 1500 Germans who surrendered.", "en", []),
    # an editor's insertion in square brackets, as transcriptions mark it
    ("The order is dated [Sept.] 4, 1945.", "en", [("[Sept.] 4, 1945", "1945-09-04", "day")]),
    ("Приказ от 4 [марта] 1917 г.", "ru", [("4 [марта] 1917 г.", "1917-03-04", "day")]),
    # a unit of measure or a score after a year preposition makes an amount
    ("The river rose by 1500 mm that spring.", "en", []),
    ("He won by 1500 votes.", "en", []),
    ("In 1945 troops left the city.", "en", [("1945", "1945", "year")]),
    ("Prices are given in 1945 dollars.", "en", [("1945", "1945", "year")]),
    ("In 1932 tons of grain were requisitioned.", "en", [("1932", "1932", "year")]),
    ("By 1950 miles of new track had been laid.", "en", [("1950", "1950", "year")]),
    # old and new style with a slash: the days as far apart as the calendars were that year (13
    # in 1917); before 25 March an old-style year may be the year before ("11/22 January 1700")
    ("Lenin arrived in Petrograd on 3/16 April 1917.", "en",
     [("3/16 April 1917", "1917-04-16", "day")]),
    ("He was born on 11/22 January 1700.", "en",
     [("11/22 January 1700", "1701-01-22", "day")]),
    ("The city burned on the night of 13/14 February 1945.", "en",
     [("14 February 1945", "1945-02-14", "day")]),
    ("The meeting was moved to 5/12 May 1945.", "en", [("12 May 1945", "1945-05-12", "day")]),
    # citations by author and year; a life from a year to a day
    ("as shown (Smith 1990, p. 12) and", "en", [("1990", "1990", "year")]),
    ("(Dower 1984; Smith 1981)", "en", [("1984", "1984", "year"), ("1981", "1981", "year")]),
    ("Conquest (1994: 51) argued", "en", [("1994", "1994", "year")]),
    ("[Иванов, 1976, с. 488]", "ru", [("1976", "1976", "year")]),
    ("Index (1913 = 100)", "en", [("1913", "1913", "year")]),
    ("John Wray (1918 – 29 April 1990) was", "en",
     [("1918 – 29 April 1990", "1918/1990-04-29", "day")]),
    ("© Издательство «Наука», 1970", "ru", [("1970", "1970", "year")]),
    # from a regression review: years before people stay years; counts after "about" stay counts
    ("By 1943 women made up half the workforce.", "en", [("1943", "1943", "year")]),
    ("After 1917 workers took over the factories.", "en", [("1917", "1917", "year")]),
    ("From 1941 to 1945 women worked in factories.", "en",
     [("From 1941 to 1945", "1941/1945", "year")]),
    ("Between 1914 and 1918 soldiers died in millions.", "en",
     [("Between 1914 and 1918", "1914/1918", "year")]),
    ("The Germans lost about 1500 tanks.", "en", []),
    ("Up to 1500 Japanese soldiers surrendered.", "en", []),
    ("Up to 1945 the army stayed in the north.", "en", [("1945", "1945", "year")]),
    ("About 1/3 of the grain was lost.", "en", []),
    ("После 1945 советских войск в Австрии было много.", "ru", [("1945", "1945", "year")]),
    ("В 1941–1945 рабочих не хватало.", "ru", [("1941–1945", "1941/1945", "year")]),
    ("規模はM7.9と推定される。", "ja", []),
    ("約1500年頃に鉄砲が伝来した。", "ja", [("1500年", "1500", "year")]),
    ("創業1688年の老舗。", "ja", [("1688年", "1688", "year")]),
    ("3 millennia ago", "en", []),
    ("紀元前3千年紀の遺跡。", "ja", [("紀元前3千年紀", "-29XX/-20XX", "century")]),
    ("Памятники конец XVIII — начало XIX в. сохранились.", "ru",
     [("конец XVIII — начало XIX в.", "17XX/18XX", "century")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), HISTORY)
def test_historians_dates(text, lang, expected):
    got = [(a.text, a.value, a.grain) for a in find_dates(text, lang)]
    assert got == expected


def test_a_pronoun_after_a_year_is_no_counted_noun():
    """"До 1945 их не было": "их" (them) is no genitive plural of a counted noun."""
    assert [a.value for a in find_dates("До 1945 их не было.", "ru")] == ["1945"]


def test_a_captions_year_after_a_comma():
    """"Repatriates arriving at Maizuru, 1953": a caption's date, with no preposition."""
    import powtext

    text = ("Japanese prisoners of war were held in camps across the Soviet Union, and many "
            "did not return until the 1950s.\n\nRepatriates arriving at Maizuru, 1953\n\n"
            "The last ship docked with 1953 passengers aboard.\n")
    doc = powtext.annotate(text)
    assert [s.kind for s in doc.segments][1] == "caption"
    years = [(a.text, a.value) for a in doc.annotations if a.type == "date"]
    assert ("1953", "1953") in years and len([y for y in years if y[0] == "1953"]) == 1

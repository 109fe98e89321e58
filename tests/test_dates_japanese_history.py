"""Japanese dates of history: eras before Meiji (lunisolar), year glosses in brackets, day
ranges, qualified and BC ranges, and decades of an era or of an unnamed century."""

import pytest

from powtext.extract import find_dates
from powtext.extract.tables import tables_for


def dates(text):
    return [(a.text, a.value, a.grain) for a in find_dates(text, "ja")]


# (text, [(text, value, grain)]); invented sentences
CASES = [
    # 1. eras before Meiji; a month and day of the old calendar are not the Gregorian ones, so
    # the date is its era year (months 11 and 12 may fall in the next Western year)
    ("宝暦10年1月28日に江戸で火事があった。", [("宝暦10年1月28日", "1760", "year")]),
    ("延宝五年に寺が建った。", [("延宝五年", "1677", "year")]),
    ("貞享元年三月二十日、使者が着いた。", [("貞享元年三月二十日", "1684", "year")]),
    ("元禄15年に城下が栄えた。", [("元禄15年", "1702", "year")]),
    ("元禄15年12月14日の夜、雪が降った。", [("元禄15年12月14日", "1702/1703", "year")]),
    ("天保3年11月に飢饉が起きた。", [("天保3年11月", "1832/1833", "year")]),
    ("元禄15年閏8月に大風が吹いた。", [("元禄15年閏8月", "1702", "year")]),
    ("大化元年に改新が始まった。", [("大化元年", "0645", "year")]),
    ("天平感宝元年の文書。", [("天平感宝元年", "0749", "year")]),
    ("正慶2年に幕府が滅んだ。", [("正慶2年", "1333", "year")]),   # 北朝
    ("元中9年に両朝が合一した。", [("元中9年", "1392", "year")]),  # 南朝
    ("慶応4年1月に戦が始まった。", [("慶応4年1月", "1868", "year")]),
    ("1702（元禄15）年12月に", [("1702（元禄15）年12月", "1702/1703", "year")]),
    # ... a two-digit year after an era-like name is no year of this century
    ("海嶺10年1月28日に", []),
    ("元禄20年3月1日に", []),          # 元禄 had 17 years
    ("鈴木弘治2年連続の受賞", []),       # a given name, not the era 弘治
    ("地域の治安3年連続改善", []),       # a word and a count, not the era 治安
    ("契約の延長2年間", []),
    ("1702年（元禄15年）3月14日に", [("1702年（元禄15年）3月14日", "1702", "year")]),
    ("19年2月3日に発売された。", [("19年2月3日", "2019-02-03", "day")]),
    ("同19年2月3日に", [("19年2月3日", "2019-02-03", "day")]),
    # 2. a year glossed in the other reckoning, then the month and day: one date
    ("1921年（大正10年）3月9日に設立された。", [("1921年（大正10年）3月9日", "1921-03-09", "day")]),
    ("1921年(大正10年)3月9日に", [("1921年(大正10年)3月9日", "1921-03-09", "day")]),
    ("大正10年（1921年）3月9日に", [("大正10年（1921年）3月9日", "1921-03-09", "day")]),
    ("1945年（昭和二十年）8月15日正午", [("1945年（昭和二十年）8月15日", "1945-08-15", "day")]),
    ("1926年（昭和元年）12月25日(土)に",
     [("1926年（昭和元年）12月25日(土)", "1926-12-25", "day")]),
    ("昭和55年（西暦1980年）9月2日に", [("昭和55年（西暦1980年）9月2日", "1980-09-02", "day")]),
    ("1921年（大正10年）に完成した。", [("1921年（大正10年）", "1921", "year")]),
    # ... a gloss that names another year is no gloss
    ("1921年（大正11年）3月9日に",
     [("1921年", "1921", "year"), ("大正11年", "1922", "year"), ("3月9日", "XXXX-03-09", "day")]),
    # 3. a day range with 日 after the last day only
    ("会議は5月9～17日に開かれた。", [("5月9～17日", "XXXX-05-09/XXXX-05-17", "day")]),
    ("1876年11月22～27日に", [("1876年11月22～27日", "1876-11-22/1876-11-27", "day")]),
    ("平成7年1月17〜19日に", [("平成7年1月17〜19日", "1995-01-17/1995-01-19", "day")]),
    ("１０月１～３日に", [("１０月１～３日", "XXXX-10-01/XXXX-10-03", "day")]),
    # 4. ranges whose ends are narrowed by a word, and ranges before the era
    ("1941年末から1942年初頭にかけて", [("1941年末から1942年初頭", "1941/1942", "year")]),
    ("1983年後半から1985年中頃にかけて", [("1983年後半から1985年中頃", "1983/1985", "year")]),
    ("1941年秋～1942年春に", [("1941年秋～1942年春", "1941/1942", "year")]),
    ("1990年代後半から2000年代前半にかけて",
     [("1990年代後半から2000年代前半", "199X/200X", "decade")]),
    ("19世紀末から20世紀初頭の建築", [("19世紀末から20世紀初頭", "18XX/19XX", "century")]),
    ("1939年8月末から1940年3月まで",
     [("1939年8月末から1940年3月まで", "1939-08/1940-03", "month")]),
    # the second end written short: its era or century is the first end's
    ("昭和22～24年に引揚げが続いた。", [("昭和22～24年", "1947/1949", "year")]),
    ("昭和21年〜24年の記録。", [("昭和21年〜24年", "1946/1949", "year")]),
    ("1946年～49年に帰国した。", [("1946年～49年", "1946/1949", "year")]),
    ("1998年～02年の統計。", [("1998年～02年", "1998/2002", "year")]),
    ("1945年9月から47年3月まで抑留された。",
     [("1945年9月から47年3月まで", "1945-09/1947-03", "month")]),
    ("昭和40年代～50年代の経済。", [("昭和40年代～50年代", "1965/1984", "decade")]),
    # a year spelled digit by digit in kanji, as a decade and in a range
    ("一九六〇年代の安保闘争。", [("一九六〇年代", "196X", "decade")]),
    ("一九四六年～一九四九年にわたって", [("一九四六年～一九四九年", "1946/1949", "year")]),
    # a year glossed in the other reckoning is one date
    ("1946年（昭和21年）に帰国した。", [("1946年（昭和21年）", "1946", "year")]),
    ("昭和21年（1946年）に帰国した。", [("昭和21年（1946年）", "1946", "year")]),
    ("1946年5月頭から6月いっぱい、船が出た。",
     [("1946年5月頭から6月いっぱい", "1946-05/1946-06", "month")]),
    ("1941年末に", [("1941年", "1941", "year")]),          # no range: the year alone
    ("20世紀前半の日本", [("20世紀", "19XX", "century")]),
    ("紀元前1181～1090年に栄えた。", [("紀元前1181～1090年", "-1180/-1089", "year")]),
    ("紀元前500年から紀元前400年まで", [("紀元前500年から紀元前400年まで", "-0499/-0399", "year")]),
    ("アウグストゥス（紀元前36年 - 紀元63年）",
     [("紀元前36年 - 紀元63年", "-0035/0063", "year")]),
    # 5. decades of an unnamed century and of an era
    ("90年代の音楽が流行した。", [("90年代", "XX9X", "decade")]),
    ("20年代のジャズ", [("20年代", "XX2X", "decade")]),
    ("1990年代の音楽", [("1990年代", "199X", "decade")]),
    ("昭和20年代には", [("昭和20年代", "1945/1954", "decade")]),
    ("昭和二十年代には", [("昭和二十年代", "1945/1954", "decade")]),
    ("明治10年代の建物", [("明治10年代", "1877/1886", "decade")]),
    ("元禄10年代の出版", [("元禄10年代", "1697/1704", "decade")]),  # 元禄 ended in its 17th year
    # a number of years is no year; "前後" (around) and "後半" (second half) keep the year
    ("江戸開府400年の記念行事。", []),
    ("500年以上の歴史がある。", []),
    ("八百年の歴史を持つ寺。", []),
    ("創業1000年を迎えた。", []),
    ("1300年の歴史を持つ寺院。", []),
    ("約300年間続いた。", []),
    ("明治維新から150年が経った。", []),
    ("1941年から1945年まで続いた。", [("1941年から1945年まで", "1941/1945", "year")]),
    ("794年、都が移された。", [("794年", "0794", "year")]),
    ("1975年前後、景気が回復した。", [("1975年", "1975", "year")]),
    # eras by their initials; the imperial reckoning
    ("S20.8.15に戦争が終わった。", [("S20.8.15", "1945-08-15", "day")]),
    ("H7.1.17の震災。", [("H7.1.17", "1995-01-17", "day")]),
    ("皇紀2600年の式典。", [("皇紀2600年", "1940", "year")]),
    # a kanji day or month that begins a word is no date
    ("四日市に行った。", []),
    ("二月堂の行事。", []),
    ("五月雨が降る。", []),
    ("五月に帰国した。", [("五月", "XXXX-05", "month")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_japanese_history_dates(text, expected):
    assert dates(text) == expected


ERAS = tables_for("ja")["dates"]["eras"]


def test_era_table_covers_all_eras():
    old = {k: v for k, v in ERAS.items() if isinstance(v, list)}
    assert len(ERAS) >= 245 and {"大化", "元禄", "宝暦", "慶応", "延元", "正慶"} <= set(ERAS)
    assert all(645 <= first <= last <= 1868 for first, last in old.values())


@pytest.mark.parametrize("era", sorted(ERAS))
def test_every_era_reads_gannen_and_its_years(era):
    first = ERAS[era][0] if isinstance(ERAS[era], list) else ERAS[era]
    assert dates(f"{era}元年に") == [(f"{era}元年", f"{first:04d}", "year")]
    assert dates(f"{era}2年に") == [(f"{era}2年", f"{first + 1:04d}", "year")] or \
        ERAS[era][1] == first  # an era of one year (朱鳥) has no second

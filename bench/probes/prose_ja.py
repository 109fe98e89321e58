"""Japanese families: Wikipedia-style prose with 年/月/日, eras, 万/億, 約, 余, 以上, ～, 頃.

Part of the prose probe (bench.probes.prose): build(R) appends this language's cases to
prose_core.CASES, drawing from the random generator R; expected values are written by hand.
"""

from __future__ import annotations

import datetime as dt

from .prose_core import OD, REL, D, F, L, N, Z, case
from .prose_core import R as RG

K = 1.6  # how many random cases per family: the listed count times K

ARMY = ["日本軍", "ソ連軍", "米軍", "関東軍", "国民党軍", "連合軍", "八路軍", "英軍", "ドイツ軍"]
PLACE_VERB = [("上海", "を占領した"), ("南京", "に入城した"), ("奉天", "を包囲した"),
              ("旅順", "を攻撃した"), ("沖縄", "に上陸した"), ("マニラ", "から撤退した"),
              ("ハルビン", "に進駐した"), ("ガダルカナル島", "から撤退した"),
              ("レイテ島", "に上陸した"), ("樺太", "に侵攻した"), ("北京", "を占領した"),
              ("台湾", "に上陸した")]
ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989}
KD = "〇一二三四五六七八九"


def kanji_num(n):
    """Positional kanji numerals as in 昭和二十年 (n < 100)."""
    if n == 0:
        return "〇"
    t, o = divmod(n, 10)
    s = ""
    if t:
        s += ("" if t == 1 else KD[t]) + "十"
    if o:
        s += KD[o]
    return s


def kanji_digits(n):
    return "".join(KD[int(c)] for c in str(n))


def fw(s):
    return s.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


def era_of(y):
    best = None
    for e, start in ERAS.items():
        if y >= start:
            best = (e, y - start + 1)
    return best


def rdate(R, a=1873, b=2018):
    return dt.date(R.randint(a, b), R.randint(1, 12), R.randint(1, 28))


def build(R):
    def PV():
        p, v = R.choice(PLACE_VERB)
        return f"{R.choice(ARMY)}は{p}{v}。"

    # ---- 1. dates in prose ------------------------------------------------------------------
    for _ in range(int(90 * K)):
        d = rdate(R, 1874, 1988)
        e, ey = era_of(d.year)
        form = R.randrange(16)
        ys = f"{d.year}年{d.month}月{d.day}日"
        if form == 0:
            case("ja", "ja date: YYYY年M月D日、", D(ys, d.isoformat(), "day"), "、" + PV())
        elif form == 1:
            eys = "元" if ey == 1 else str(ey)
            case("ja", "ja date: 昭和N年M月D日", D(f"{e}{eys}年{d.month}月{d.day}日", d.isoformat(),
                                                  "day"), "、" + PV())
        elif form == 2:
            case("ja", "ja date: YYYY年（昭和N年）M月D日",
                 D(f"{d.year}年（{e}{ey}年）{d.month}月{d.day}日", d.isoformat(), "day"),
                 "、" + PV())
        elif form == 3:
            # a year glossed in the other reckoning is one date, as with a month after it
            case("ja", "ja date: 昭和N年（YYYY年）",
                 D(f"{e}{ey}年（{d.year}年）", str(d.year), "year"), "、" + PV())
        elif form == 4:
            case("ja", "ja date: YYYY年M月", D(f"{d.year}年{d.month}月", f"{d.year}-{d.month:02d}",
                                               "month"), "、" + PV())
        elif form == 5:
            case("ja", "ja date: 同年M月D日", "同年", D(f"{d.month}月{d.day}日",
                 f"XXXX-{d.month:02d}-{d.day:02d}", "day"), "、" + PV())
        elif form == 6:
            d2 = d + dt.timedelta(days=R.randint(30, 3000))
            case("ja", "ja date: YYYY年M月D日～YYYY年M月D日",
                 D(f"{ys}～{d2.year}年{d2.month}月{d2.day}日", f"{d.isoformat()}/{d2.isoformat()}",
                   "day"), "の間、戦闘が続いた。")
        elif form == 7:
            y2 = d.year + R.randint(1, 8)
            case("ja", "ja date: YYYY年からYYYY年まで", D(f"{d.year}年から{y2}年まで",
                 f"{d.year}/{y2}", "year"), "、" + PV())
        elif form == 8:
            y2 = d.year + R.randint(1, 8)
            case("ja", "ja date: YYYY～YYYY年", D(f"{d.year}～{y2}年", f"{d.year}/{y2}", "year"),
                 "に" + PV())
        elif form == 9:
            q = R.choice(["頃", "ごろ", "末", "初頭", "春", "秋"])
            case("ja", "ja date: YYYY年頃/末/春", D(f"{d.year}年", str(d.year), "year"),
                 q + "、" + PV())
        elif form == 10:
            q = R.choice(["前後", "前半", "後半"])
            case("ja", "ja date: YYYY年前後/前半/後半 (around / half of a year)",
                 D(f"{d.year}年", str(d.year), "year"), q + "、" + PV())
        elif form == 11:
            case("ja", "ja date: kanji digits 一九四五年八月十五日",
                 D(f"{kanji_digits(d.year)}年{kanji_num(d.month)}月{kanji_num(d.day)}日",
                   d.isoformat(), "day"), "、" + PV())
        elif form == 12:
            case("ja", "ja date: fullwidth １９４５年８月１５日",
                 D(fw(ys), d.isoformat(), "day"), "、" + PV())
        elif form == 13:
            eys = "元" if ey == 1 else kanji_num(ey)
            case("ja", "ja date: 昭和二十年八月十五日",
                 D(f"{e}{eys}年{kanji_num(d.month)}月{kanji_num(d.day)}日", d.isoformat(), "day"),
                 "、" + PV())
        elif form == 14:
            q = R.choice(["前後", "頃"])
            case("ja", "ja date: 昭和N年前後", D(f"{e}{ey}年", str(d.year), "year"),
                 q + "、" + PV())
        else:
            case("ja", "ja date: YYYY年M月D日(曜)", D(ys, d.isoformat(), "day"), "に" + PV())
    # ---- 2. pre-Meiji and imperial calendar ------------------------------------------------
    pre = [("慶長5年", "1600"), ("天正10年6月2日", "1582"), ("元禄15年", "1702"),
           ("嘉永6年6月3日", "1853"), ("安政5年", "1858"), ("慶応3年10月14日", "1867"),
           ("文久2年", "1862"), ("寛永14年", "1637"), ("享保元年", "1716"), ("天明3年", "1783")]
    for s, v in pre:
        case("ja", "ja pre-Meiji era date", D(s, v, "year"), "、大きな事件が起きた。")
        case("ja", "ja pre-Meiji era date + (Western year)", D(f"{s}（{v}年）", v, "year"),
             "に事件が起きた。")
    for s, v, flag in [("皇紀2600年", "1940", None),
                       ("紀元2600年", "1940", "紀元NNNN = imperial year"),
                       ("紀元二千六百年", "1940", "紀元NNNN = imperial year"),
                       ("皇紀2602年", "1942", None)]:
        case("ja", "ja imperial calendar 皇紀/紀元2600年", D(s, v, "year", flag=flag),
             "を祝う式典が行われた。")
    # ---- 3. decades, centuries ---------------------------------------------------------------
    for _ in range(int(30 * K)):
        dec = R.choice([x * 10 for x in range(187, 200)])
        c = R.randint(12, 21)
        form = R.randrange(6)
        if form == 0:
            case("ja", "ja decade: 1950年代", D(f"{dec}年代", f"{dec // 10}X", "decade"),
                 "に経済が成長した。")
        elif form == 1:
            case("ja", "ja decade: 1950年代後半", D(f"{dec}年代", f"{dec // 10}X", "decade"),
                 R.choice(["後半", "前半", "初頭", "末"]), "に経済が成長した。")
        elif form == 2:
            case("ja", "ja century: 19世紀末", D(f"{c}世紀", f"{c-1:02d}XX", "century"),
                 R.choice(["末", "初頭", "前半", "半ば"]), "に鉄道が敷かれた。")
        elif form == 3:
            ey = R.randint(2, 6) * 10
            case("ja", "ja decade: 昭和30年代",
                 D(f"昭和{ey}年代", f"{1925 + ey}/{1934 + ey}", "decade"), "に家電が普及した。")
        elif form == 4:
            case("ja", "ja century: 17～18世紀",
                 D(f"{c-1}～{c}世紀", f"{c-2:02d}XX/{c-1:02d}XX", "century"), "の絵画が残る。")
        else:
            y = R.randint(100, 700)
            case("ja", "ja BC: 紀元前N年", D(f"紀元前{y}年", f"-{y-1:04d}", "year"),
                 "に王国が滅んだ。")
    # ---- 4. durations that look like years ------------------------------------------------
    for _ in range(int(40 * K)):
        n = R.choice([50, 70, 100, 150, 200, 300, 400, 500, 1000, 1200])
        form = R.randrange(8)
        if form == 0:
            case("ja", "ja duration: 明治維新からN年", "明治維新から", N(f"{n}年", n, "year",
                 tag="N年 after から"), "が経った。")
        elif form == 1:
            case("ja", "ja duration: 創業N年", "創業", N(f"{n}年", n, "year"), "を迎えた。")
        elif form == 2:
            case("ja", "ja duration: N年の歴史", N(f"{n}年", n, "year"), "の歴史を持つ寺院である。")
        elif form == 3:
            case("ja", "ja duration: N年以上の歴史", RG(f"{n}年以上", n, None),
                 "の歴史を持つ寺院である。")
        elif form == 4:
            case("ja", "ja duration: 戦後N年", "戦後", N(f"{n}年", n), "の節目に式典が開かれた。")
        elif form == 5:
            case("ja", "ja duration: 江戸開府N年", "江戸開府", N(f"{n}年", n), "を記念した。")
        elif form == 6:
            case("ja", "ja duration: 創立N周年", "創立", N(f"{n}周年", n, flag=None),
                 "を記念した。")
        else:
            case("ja", "ja duration: 約N年間", "約", N(f"{n}年間", n, "year"), "続いた。")
    # ---- 5. labels -----------------------------------------------------------------------
    labels = [("日本国憲法", "第9条", 9), ("", "第65師団", 65), ("", "歩兵第1連隊", 1),
              ("", "第2次世界大戦", 2), ("", "第一次上海事変", 1), ("", "国道1号", 1),
              ("", "国道246号線", 246), ("", "第3代将軍", 3), ("『歴史学研究』", "第123号", 123),
              ("", "第3巻第2号", 3), ("", "第2章第3節", 2), ("", "第1回帝国議会", 1),
              ("", "第1次近衛内閣", 1), ("", "第7艦隊", 7), ("", "第731部隊", 731),
              ("", "第百師団", 100), ("", "治安維持法第1条", 1), ("", "ポツダム宣言第8項", 8),
              ("", "大日本帝国憲法第11条", 11), ("", "第二次長州征討", 2)]
    for pre_, lab, v in labels:
        extra = [v, 2] + ([3] if "第3" in lab else [])
        case("ja", "ja label: 第N条/第N師団/国道N号", pre_, L(lab, ok=extra, unit_ok=True),
             "について述べる。")
        d = rdate(R, 1900, 1990)
        case("ja", "ja label + date", pre_, L(lab, ok=extra, unit_ok=True), "は",
             D(f"{d.year}年{d.month}月", f"{d.year}-{d.month:02d}", "month"), "に設けられた。")
    # ---- 6. models ---------------------------------------------------------------------------
    models = ["B-29", "零式艦上戦闘機", "九七式中戦車", "三八式歩兵銃", "一式戦闘機",
              "伊号第58潜水艦", "伊58", "YS-11", "0系新幹線", "D51形蒸気機関車", "C62形", "T-34",
              "MiG-15", "B-17G",
              "Bf109G", "F-86D", "九六式陸上攻撃機", "二式大艇", "四式戦闘機", "百式司令部偵察機",
              "九九式小銃", "八九式中戦車", "Ki-43", "A6M2", "F-4EJ", "P-51D", "E231系", "EF58形"]
    for m in models:
        tag = "suffix letter" if m[-1].isalpha() and m[-1].isascii() else None
        flag = "type-year designation (九七式 = year 2597)" if "式" in m else None
        case("ja", "ja model: 機体/戦車/車両", L(m, tag=tag, flag=flag, ok=_kanji_vals(m)),
             "が配備された。")
    # ---- 7. ages ----------------------------------------------------------------------------
    for _ in range(int(20 * K)):
        age = R.randint(18, 95)
        form = R.randrange(4)
        if form == 0:
            case("ja", "ja age: N歳で死去", N(f"{age}歳", age), "で死去した。")
        elif form == 1:
            case("ja", "ja age: 満N歳", "満", N(f"{age}歳", age), "であった。")
        elif form == 2:
            case("ja", "ja age: 享年N", "享年", N(str(age), age), "。")
        else:
            d = rdate(R)
            case("ja", "ja age: YYYY年M月D日、N歳で",
                 D(f"{d.year}年{d.month}月{d.day}日", d.isoformat(), "day"), "、",
                 N(f"{age}歳", age), "で死去した。")
    # ---- 8. money ---------------------------------------------------------------------------
    for _ in range(int(40 * K)):
        form = R.randrange(10)
        if form == 0:
            v = R.choice([35, 2, 120, 8])
            case("ja", "ja money: N億円", "予算は", N(f"{v}億円", v * 1e8, "JPY"), "であった。")
        elif form == 1:
            case("ja", "ja money: 約N,000億円", "約", N("2,000億円", 2e11, "JPY"), "が投じられた。")
        elif form == 2:
            v = R.choice([3, 1.5])
            case("ja", "ja money: N兆円", N(f"{v}兆円", v * 1e12, "JPY"), "の赤字が出た。")
        elif form == 3:
            case("ja", "ja money: 1ドル＝360円", "為替は", L("1ドル＝360円", unit_ok=True),
                 "に固定された。")
        elif form == 4:
            v = R.choice([500, 20, 3])
            case("ja", "ja money: N万ドル", N(f"{v}万ドル", v * 1e4, "USD"), "の援助を受けた。")
        elif form == 5:
            a, b = R.randint(1, 9), R.randint(5, 95)
            case("ja", "ja money: N円M銭", "米", F("1升"), "は", N(f"{a}円", a, "JPY"),
                 L(f"{b}銭", unit_ok=True), "だった。")
        elif form == 6:
            case("ja", "ja money: 加賀百万石 (koku)", "加賀", N("百万石", 1e6), "の城下町。")
        elif form == 7:
            v = R.choice([5, 10, 30])
            case("ja", "ja money: N万石", N(f"{v}万石", v * 1e4), "の大名であった。")
        elif form == 8:
            v = R.choice([1200, 350, 80])
            case("ja", "ja money: N円 (price)", "入場料は", N(f"{v:,}円", v, "JPY"), "であった。")
        else:
            v = R.choice([2, 10, 300])
            case("ja", "ja money: N両", "褒美として", N(f"{v}両", v), "が与えられた。")
    # ---- 9. percentages -----------------------------------------------------------------
    for _ in range(int(30 * K)):
        form = R.randrange(7)
        v = R.choice([2.5, 10, 35, 0.5, 7.8])
        if form == 0:
            case("ja", "ja percent: N%", "成長率は", N(f"{v}%", v, "percent"), "であった。")
        elif form == 1:
            w = R.randint(1, 9)
            case("ja", "ja percent: N割", "予算の約", N(f"{w}割", w * 10, "percent"),
                 "が軍事費であった。")
        elif form == 2:
            case("ja", "ja percent: 前年比N%増", "前年比", N(f"{v}%", v, "percent"), "増となった。")
        elif form == 3:
            case("ja", "ja percent: Nポイント", "支持率は", N(f"{v}ポイント", v, "point"),
                 "低下した。")
        elif form == 4:
            a = R.randint(5, 20)
            case("ja", "ja percent: A～B%", "失業率は", RG(f"{a}～{a+5}%", a, a + 5, "percent"),
                 "に達した。")
        elif form == 5:
            case("ja", "ja percent: 年率N%以上", "年率", RG(f"{v}%以上", v, None, "percent"),
                 "の成長を続けた。")
        else:
            case("ja", "ja percent: N％ (fullwidth sign)", "投票率は",
                 N(f"{fw(str(int(v)))}％", int(v),
                                                                     "percent"), "だった。")
    # ---- 10. counts, approximations, bounds -------------------------------------------------
    for _ in range(int(60 * K)):
        form = R.randrange(13)
        v, vs = R.choice([(3_100_000, "310万"), (6_600_000, "660万"), (20000, "2万"),
                          (105000, "10万5千"), (125000, "12万5000"), (1200, "1,200"), (300, "300"),
                          (5000, "5千"), (120_000_000, "1億2000万")])
        if form == 0:
            case("ja", "ja approx: 約N人", "死者は約", N(f"{vs}人", v, "person"), "とされる。")
        elif form == 1:
            case("ja", "ja approx: およそN人", "およそ", N(f"{vs}人", v, "person"), "が避難した。")
        elif form == 2:
            case("ja", "ja approx: N人余", "死者は", N(f"{vs}人", v, "person"), "余に上った。")
        elif form == 3:
            case("ja", "ja approx: N人強/弱", "兵力は", N(f"{vs}人", v, "person"),
                 R.choice(["強", "弱"]), "であった。")
        elif form == 4:
            case("ja", "ja bound: N人以上", RG(f"{vs}人以上", v, None, "person"), "が参加した。")
        elif form == 5:
            case("ja", "ja bound: N人未満", RG(f"{vs}人未満", None, v, "person"), "の村が多い。")
        elif form == 6:
            case("ja", "ja bound: N人を超える", RG(f"{vs}人を超える", v, None, "person"),
                 "犠牲者が出た。")
        elif form == 7:
            case("ja", "ja approx: N人前後", "参加者は", N(f"{vs}人", v, "person"),
                 "前後であった。")
        elif form == 8:
            case("ja", "ja approx: N人程度", "参加者は", N(f"{vs}人", v, "person"),
                 "程度であった。")
        elif form == 9:
            case("ja", "ja approx: N人近く", N(f"{vs}人", v, "person"), "近くが死亡した。")
        elif form == 10:
            k, m = R.randint(2, 9), R.randint(100, 900)
            case("ja", "ja counter: 戦艦N隻/航空機N機", "戦艦", N(str(k), k), "隻と航空機",
                 N(str(m), m), "機を失った。")
        elif form == 11:
            case("ja", "ja counter: 兵力N万", "兵力", N(f"{vs}", v), "を動員した。")
        else:
            case("ja", "ja approx: 約N人（census）", "人口は", N(f"{vs}人", v, "person"),
                 "であった。")
    # ---- 11. ranges --------------------------------------------------------------------------
    for _ in range(int(30 * K)):
        form = R.randrange(5)
        if form == 0:
            a = R.randint(2, 8)
            case("ja", "ja range: A～B万人",
                 RG(f"{a}～{a+2}万人", a * 1e4, (a + 2) * 1e4, "person"), "が犠牲になった。")
        elif form == 1:
            a = R.randint(1, 4)
            case("ja", "ja range: A万～B万人",
                 RG(f"{a}万～{a+1}万人", a * 1e4, (a + 1) * 1e4, "person"), "が犠牲になった。")
        elif form == 2:
            a = R.choice([1000, 2000, 300])
            case("ja", "ja range: A人からB人", "約", RG(f"{a}人から{a*2}人", a, a * 2, "person"),
                 "が動員された。")
        elif form == 3:
            a = R.randint(10, 30)
            case("ja", "ja range: A～B億円", RG(f"{a}～{a+10}億円", a * 1e8, (a + 10) * 1e8, "JPY"),
                 "の損害が出た。")
        else:
            a = R.randint(3, 5)
            case("ja", "ja range: A万からB万人",
                 RG(f"{a}万から{a+2}万人", a * 1e4, (a + 2) * 1e4, "person"), "と推定される。")
    # ---- 12. vague --------------------------------------------------------------------------
    for v in ["数千人", "数万人", "十数万人", "数百人", "百数十人", "二十数名", "千数百人",
              "数十万人", "何千人", "数十人", "十数人", "三十数名", "数百万人", "百余名",
              "二百数十人"]:
        flag = "百余名 (more than 100)" if v == "百余名" else None
        if v == "百余名":
            case("ja", "ja vague: 数千人/百数十人/二十数名", F(v), "が犠牲になった。")
        else:
            case("ja", "ja vague: 数千人/百数十人/二十数名", Z(v, flag=flag), "が犠牲になった。")
    # ---- 13. times, scores, codes ---------------------------------------------------------
    for _ in range(int(25 * K)):
        form = R.randrange(7)
        d = rdate(R, 1900, 1990)
        if form == 0:
            case("ja", "ja time: 午前H時M分",
                 D(f"{d.year}年{d.month}月{d.day}日", d.isoformat(), "day"),
                 L(f"午前{R.randint(1, 11)}時{R.randint(1, 59)}分", unit_ok=True), "、" + PV())
        elif form == 1:
            case("ja", "ja time: HH:MM", "会議は",
                 L(f"{R.randint(8, 22)}:{R.choice(['00', '30'])}"), "に始まった。")
        elif form == 2:
            case("ja", "ja score: A対B", "試合は", L(f"{R.randint(1, 6)}対{R.randint(0, 4)}"),
                 "で勝利した。")
        elif form == 3:
            case("ja", "ja code: 電話番号", "電話",
                 L(f"0{R.randint(3, 9)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"),
                 "に問い合わせた。")
        elif form == 4:
            case("ja", "ja code: 郵便番号", "〒",
                 L(f"{R.randint(100, 999)}-{R.randint(1000, 9999):04d}"), "に送付した。")
        elif form == 5:
            case("ja", "ja code: 住所 N丁目N番N号", "所在地は千代田区霞が関",
                 L(f"{R.randint(1, 3)}丁目{R.randint(1, 9)}番{R.randint(1, 20)}号", unit_ok=True),
                 "。")
        else:
            case("ja", "ja code: 住所 N-N-N", "所在地は千代田区霞が関",
                 L(f"{R.randint(1, 3)}-{R.randint(1, 9)}-{R.randint(1, 20)}"), "。")
    # ---- 14. references -------------------------------------------------------------------
    pubs = ["岩波書店", "吉川弘文館", "中央公論社", "東京大学出版会", "講談社"]
    for _ in range(int(40 * K)):
        y = R.randint(1950, 2020)
        p1 = R.randint(10, 400)
        p2 = p1 + R.randint(2, 40)
        form = R.randrange(6)
        if form == 0:
            case("ja", "ja ref: 出版社、YYYY年、N頁", f"山田太郎『昭和史』{R.choice(pubs)}、",
                 D(f"{y}年", str(y), "year"), "、", N(f"{p1}頁", p1, "page"), "。",
                 kind="reference")
        elif form == 1:
            case("ja", "ja ref: 『誌』第N号、YYYY年、A-B頁", "佐藤「占領期の研究」『日本史研究』",
                 L(f"第{R.randint(100, 600)}号", unit_ok=True), "、", D(f"{y}年", str(y), "year"),
                 "、", RG(f"{p1}-{p2}頁", p1, p2, "page"), "。", kind="reference")
        elif form == 2:
            case("ja", "ja ref: pp. A-B", "Tanaka, “Occupation,” 『史学雑誌』",
                 L(f"{R.randint(50, 130)}巻{R.randint(1, 12)}号", unit_ok=True), "（",
                 D(f"{y}年", str(y), "year"), "）、", RG(f"pp. {p1}-{p2}", p1, p2, "page"), "。",
                 kind="reference")
        elif form == 3:
            case("ja", "ja ref: 同書、N頁", "同書、", N(f"{p1}頁", p1, "page"), "。",
                 kind="reference")
        elif form == 4:
            case("ja", "ja ref: 第N巻", "『日本外交文書』",
                 L(f"第{R.randint(1, 40)}巻", unit_ok=True), f"、{R.choice(pubs)}、",
                 D(f"{y}年", str(y), "year"), "。", kind="reference")
        else:
            case("ja", "ja ref: (YYYY) in-text", "山田（", D(str(y), str(y), "year"),
                 "）によれば、", "死者は約", N("2万人", 20000, "person"), "であった。")
    # ---- 15. place names and words with number kanji ---------------------------------------
    words = [("四日市", "city"), ("十日町", "city"), ("廿日市", "city"), ("八日市", "city"),
             ("五日市", "town"), ("二日市", "town"), ("六日町", "town"), ("九十九里", "place"),
             ("八王子", "city"), ("一宮", "city"), ("三宅島", "island"), ("八丈島", "island"),
             ("百済", "kingdom"), ("万葉集", "book"), ("千島列島", "islands"),
             ("五島列島", "islands"), ("四国", "island"), ("九州", "island"), ("六本木", "place"),
             ("三河", "province"),
             ("四谷", "place"), ("二月堂", "temple hall"), ("三月堂", "temple hall"),
             ("五月女氏", "surname"), ("七夕", "festival"), ("三菱", "company"),
             ("三井", "company"), ("一橋", "place"), ("二宮", "surname"), ("一揆", "word"),
             ("一時", "word"),
             ("一部", "word"), ("十分", "word"), ("一方", "word"), ("唯一", "word"),
             ("統一", "word"), ("一般", "word"), ("一族", "word"), ("三島由紀夫", "name"),
             ("九段", "place"),
             ("百姓", "word"), ("万一", "word"), ("千代田", "place"), ("八幡製鉄所", "company"),
             ("三国同盟", "treaty"), ("五箇条の御誓文", "document"), ("十七条憲法", "document"),
             ("六波羅探題", "office"), ("三大改革", "reforms"), ("八月革命", "event"),
             ("十月革命", "event"), ("五月雨", "word"), ("二・二六事件", "event"),
             ("五・一五事件", "event"), ("三・一独立運動", "event"), ("九・一八事変", "event")]
    counts_ok = {"五箇条の御誓文": [5], "十七条憲法": [17], "三国同盟": [3], "三大改革": [3]}
    ev_dates = {"八月革命": "XXXX-08", "十月革命": "XXXX-10", "二・二六事件": "XXXX-02-26",
                "五・一五事件": "XXXX-05-15", "三・一独立運動": "XXXX-03-01",
                "九・一八事変": "XXXX-09-18"}
    for w, t in words:
        if w in ev_dates:
            case("ja", "ja event named by its date (二・二六事件)", OD(w, ev_dates[w],
                 flag="event named by date: date or nothing"), "について述べる。")
        elif w in counts_ok:
            case("ja", "ja word with a number kanji", L(w, ok=counts_ok[w]), "について述べる。")
        else:
            case("ja", "ja word with a number kanji", Z(w, tag=t), "について述べる。")
    # ---- 16. captions, titles -------------------------------------------------------------
    for _ in range(int(20 * K)):
        y = R.randint(1890, 1990)
        form = R.randrange(4)
        if form == 0:
            case("ja", "ja caption: 図N　YYYY年の東京", "図", L(str(R.randint(1, 30))), "　",
                 D(f"{y}年", str(y), "year"), "の東京", kind="caption")
        elif form == 1:
            case("ja", "ja caption: 表N　YYYY～YYYY年の輸出額（百万円）", "表",
                 L(str(R.randint(1, 30))), "　", D(f"{y}～{y+4}年", f"{y}/{y+4}", "year"),
                 "の輸出額（百万円）", kind="caption")
        elif form == 2:
            m = R.randint(1, 12)
            case("ja", "ja caption: 写真：YYYY年M月、広島", "写真：",
                 D(f"{y}年{m}月", f"{y}-{m:02d}", "month"), "、広島", kind="caption")
        else:
            case("ja", "ja title: 日露戦争（YYYY～YYYY）", "日露戦争（",
                 D(f"{y}～{y+1}", f"{y}/{y+1}", "year"), "）", kind="title")
    # ---- 17. relative ------------------------------------------------------------------------
    for s in ["翌年", "同年", "前年", "翌月", "同日", "その後"]:
        case("ja", "ja relative: 翌年/同年", REL(s), "、" + PV())
    build_extra(R)


def _kanji_vals(m):
    vals = []
    table = {"九七": 97, "三八": 38, "九六": 96, "九九": 99, "八九": 89, "百": 100, "一": 1,
             "二": 2, "四": 4}
    for k, v in table.items():
        if k in m:
            vals.append(v)
    return vals


def build_extra(R):
    words = [("天皇陛下万歳", None), ("万国博覧会", None), ("万里の長城", None),
             ("千歳基地", "city"), ("百貨店", None), ("百科事典", None), ("八百屋", None),
             ("東京五輪", None),
             ("千人針", None), ("三権分立", None), ("十字軍", None), ("赤十字社", None),
             ("一向一揆", None), ("八紘一宇", None), ("八百長", None), ("一目", None),
             ("一連の改革", None), ("一斉蜂起", None), ("単一民族", None), ("一貫した政策", None),
             ("千島", None), ("九段", None), ("五稜郭", None), ("十勝", None), ("三陸", None),
             ("八甲田山", None), ("六甲山", None), ("七尾", None), ("一関", None), ("二本松", None),
             ("三沢基地", None), ("五所川原", None), ("八戸", None), ("九十九島", None),
             ("百舌鳥古墳群", None), ("千早城", None), ("四條畷", None), ("二条城", None),
             ("三十三間堂", None), ("十三湊", None)]
    for w, t in words:
        case("ja", "ja word with a number kanji (more)", Z(w, tag=t), "について述べる。")
    for w, v in [("五・四運動", "XXXX-05-04"), ("三・一五事件", "XXXX-03-15"),
                 ("四・一六事件", "XXXX-04-16"), ("七・七事変", "XXXX-07-07")]:
        case("ja", "ja event named by its date (二・二六事件)",
             OD(w, v, flag="event named by date: date or nothing"), "について述べる。")
    # ---- economic series -----------------------------------------------------------------
    for _ in range(int(30 * K)):
        y1 = R.randint(1880, 1950)
        y2 = y1 + R.randint(5, 30)
        a = R.randint(2, 90) * 10
        b = a + R.randint(5, 90) * 10
        form = R.randrange(3)
        if form == 0:
            case("ja", "ja series: Y1年のX万トンからY2年のZ万トンに", "鉄鋼生産は",
                 D(f"{y1}年", str(y1), "year"), "の", N(f"{a}万トン", a * 1e4, "tonne"), "から",
                 D(f"{y2}年", str(y2), "year"),
                 "の", N(f"{b}万トン", b * 1e4, "tonne"), "に増加した。")
        elif form == 1:
            case("ja", "ja series: Y1年にX万人、Y2年にZ万人", "人口は",
                 D(f"{y1}年", str(y1), "year"), "に", N(f"{a}万人", a * 1e4, "person"), "、",
                 D(f"{y2}年", str(y2), "year"), "に",
                 N(f"{b}万人", b * 1e4, "person"), "であった。")
        else:
            case("ja", "ja series: （Y1年＝100）", "実質賃金指数は", N(str(a), a), "（",
                 D(f"{y1}年", str(y1), "year"), "＝", N("100", 100), "）であった。")
    # ---- era-letter abbreviations with dotted dates; dates named by 3・11 --------------
    letters = {"M": 1868, "T": 1912, "S": 1926, "H": 1989}
    for _ in range(int(12 * K)):
        lt = R.choice(list(letters))
        ey = R.randint(2, 40 if lt in "MS" else 14)
        y = letters[lt] + ey - 1
        m, d = R.randint(1, 12), R.randint(1, 28)
        case("ja", "ja date: era letter S20.8.15 / H7.1.17",
             D(f"{lt}{ey}.{m}.{d}", f"{y}-{m:02d}-{d:02d}", "day"), "に届け出た。")
    for w, v in [("3・11", "XXXX-03-11"), ("8・15", "XXXX-08-15"), ("9・11", "XXXX-09-11")]:
        case("ja", "ja event named by its date (二・二六事件)",
             OD(w, v, flag="event named by date: date or nothing"), "以降、政策が見直された。")
    # ---- footnotes and notes ---------------------------------------------------------------
    for _ in range(int(15 * K)):
        y = R.randint(1870, 1990)
        fn = R.randint(1, 60)
        form = R.randrange(3)
        if form == 0:
            case("ja", "ja footnote: [N] after a sentence", D(f"{y}年", str(y), "year"),
                 "に条約が結ばれた。", Z(f"[{fn}]"), "その後、関係は悪化した。")
        elif form == 1:
            case("ja", "ja footnote: 注N", D(f"{y}年", str(y), "year"), "に条約が結ばれた（",
                 L(f"注{fn}"), "）。")
        else:
            case("ja", "ja footnote: superscript-like *N", D(f"{y}年", str(y), "year"),
                 "に条約が結ばれた", Z(f"*{fn}", flag="asterisk footnote marker"), "。")
    # ---- era dates with Western glosses in brackets, and months of old eras ------------
    for _ in range(int(20 * K)):
        d = rdate(R, 1874, 1988)
        e, ey = era_of(d.year)
        form = R.randrange(3)
        if form == 0:
            case("ja", "ja date: 昭和N年（西暦YYYY年）M月D日",
                 D(f"{e}{ey}年（西暦{d.year}年）{d.month}月{d.day}日", d.isoformat(), "day"),
                 "、" + "条約が結ばれた。")
        elif form == 1:
            case("ja", "ja date: YYYY（昭和N）年M月D日",
                 D(f"{d.year}（{e}{ey}）年{d.month}月{d.day}日", d.isoformat(), "day"),
                 "、条約が結ばれた。")
        else:
            case("ja", "ja date: 昭和N年M月D日から同年M月D日まで",
                 D(f"{e}{ey}年{d.month}月{d.day}日", d.isoformat(), "day"), "から同年",
                 F(f"{min(d.month + 1, 12)}月{d.day}日"), "まで交渉が続いた。")

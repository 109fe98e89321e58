"""Japanese entities from fugashi + unidic-lite tokens: proper-noun tags, gazetteer, suffix rules.

UniDic marks proper nouns (名詞-固有名詞-人名-姓/名, 地名-国/一般, 一般) but not organisations
and not multi-token names; the rules below join tokens into names and read the head suffix
(…新聞, …省, …大学 are organisations; …県, …市 are places).
"""

from __future__ import annotations

import re
from functools import lru_cache

from powtext.entities._spans import drop_overlaps, make_entity
from powtext.entities.gazetteer import japanese_names
from powtext.model import Annotation, Token

# Head words (last token or token-final string) that make a name an organisation.
ORG_SUFFIXES = (
    "株式会社", "有限会社", "ホールディングス", "グループ", "銀行", "証券", "保険", "生命",
    "新聞", "新聞社", "通信", "通信社", "放送", "出版", "書店", "製作所", "工業", "産業", "商事",
    "物産", "電機", "電気", "電力", "電鉄", "鉄道", "航空", "自動車", "重工", "重工業", "化学",
    "製薬", "食品", "建設", "興業", "商会", "商店", "百貨店", "会社", "社", "省", "庁", "院",
    "局", "委員会", "議会", "党", "政府", "軍", "連盟", "連合", "協会", "財団", "学会", "大学",
    "高校", "高等学校", "学校", "学院", "学園", "研究所", "機構", "組合", "団", "協議会", "公社",
    "公団", "センター", "クラブ", "チーム", "大学院",
    # kinds of business that end company names (大王製紙, 昭和シェル石油, 日本郵船)
    "製紙", "石油", "製鉄", "製鋼", "紡績", "海運", "汽船", "郵船", "造船", "運輸", "通運",
    "交通", "電灯", "倉庫", "不動産", "製菓", "製粉", "乳業", "水産", "書房", "商船", "薬品",
    "電工", "精工", "光学", "空輸", "酒造", "醸造",
)
# Words for a kind of business (a trade, not a public body or a title): 長瀬産業, 田口鉄道.
_BUSINESS = (
    "銀行", "証券", "保険", "生命", "新聞", "通信", "放送", "出版", "出版社", "書店", "製作所",
    "工業", "産業", "商事", "物産", "電機", "電気", "電力", "電鉄", "鉄道", "航空", "自動車",
    "重工", "重工業", "化学", "製薬", "食品", "建設", "興業", "商会", "商店", "百貨店", "製紙",
    "石油", "製鉄", "製鋼", "紡績", "海運", "汽船", "郵船", "造船", "運輸", "通運", "交通",
    "電灯", "倉庫", "不動産", "製菓", "製粉", "乳業", "水産", "書房", "商船", "薬品", "電工",
    "精工", "光学", "空輸", "酒造", "醸造",
)
# Head words that make a name a place (administrative units are GPE, natural features LOC).
GPE_SUFFIXES = ("県", "府", "都", "道", "市", "町", "村", "区", "郡", "州", "国", "藩")
LOC_SUFFIXES = ("山", "川", "島", "湖", "半島", "海", "湾", "諸島", "列島", "高原", "平野", "岬",
                "峠", "地方", "沖", "洋", "帝国", "北部", "南部", "東部", "西部", "中部", "地域",
                "沿岸", "選挙区", "温泉", "城内", "半島")
# Heads of events and works: a place inside them is no mention of the place (ロンドンオリンピック).
EVENT_SUFFIXES = ("事件", "戦争", "革命", "会談", "会議", "大会", "選手権", "オリンピック", "祭",
                  "博", "万博", "震災", "地震", "作戦", "合戦", "条約", "宣言", "杯", "カップ",
                  "フェア", "レース", "選挙", "の戦い", "事変", "裁判", "賞", "勲章", "紙", "談",
                  "演義", "プロジェクト", "グランプリ", "ツアー", "国体")
# Loan words that end the names of venues (東京ドーム, 鈴鹿サーキット, シカゴ・スタジアム).
_FOREIGN_FAC = ("ドーム", "スタジアム", "アリーナ", "サーキット", "スピードウェイ")
FAC_SUFFIXES = ("駅", "空港", "港", "城", "寺", "神社", "神宮", "橋", "線", "ホール", "球場",
                "競技場", "病院", "公園", "ダム", "トンネル", "タワー", "ビル", "館")

# One-kanji country abbreviations (露に, 対米) count only with their abbreviation reading.
_ABBREVIATIONS = {"露": ("ロ",), "米": ("ベイ",), "英": ("エイ",), "独": ("ドク",),
                  "仏": ("フツ",), "豪": ("ゴウ",), "ソ": ("ソ",)}

_SOURCE = "unidic-rules"
# Company-form words before or after a name: 株式会社サンリオ, トヨタ自動車株式会社.
_COMPANY_FORMS = ("株式会社", "有限会社", "合同会社", "合資会社", "財団法人", "社団法人")
# One-character heads that make an organisation of a longer head word (海軍, 空軍, 国教会).
_ORG_LAST_CHARS = set("軍党省庁局団会")


@lru_cache(maxsize=1)
def _era_names() -> frozenset[str]:
    """Japanese era names from the date tables (明治, 大正, 昭和 …): periods, not bodies."""
    from powtext.extract.tables import tables_for

    return frozenset(tables_for("ja").get("dates", {}).get("eras", {}))


def _is_proper(tok: Token) -> bool:
    return tok.tag.startswith("名詞-固有名詞")


def _is_nounish(tok: Token, text: str) -> bool:
    """Can this token be part of a compound name?"""
    surface = text[tok.start:tok.end]
    if tok.tag.startswith(("名詞", "接頭辞", "接尾辞-名詞的")):
        return not tok.tag.startswith(("名詞-数詞",)) or surface.isascii()
    return surface == "・" or (surface.isascii() and surface.isalnum())


def _name_char(tok: Token, text: str) -> bool:
    """A kanji or kana that the dictionary knows only as a symbol (記号-一般)."""
    surface = text[tok.start:tok.end]
    return tok.tag.startswith("記号-一般") and len(surface) == 1 and bool(
        re.match(r"[\u3041-\u309f\u4e00-\u9fff]", surface))


def _katakana(s: str) -> bool:
    return bool(s) and all("\u30a0" <= c <= "\u30ff" for c in s) and s != "・"


def _foreign(s: str) -> bool:
    """Katakana or Latin words: loan words and foreign names often start a company name."""
    return _katakana(s) or (s.isascii() and any(c.isalpha() for c in s))


def _chunks(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of adjacent noun-like tokens (no gap between them)."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    for tok in tokens:
        joins = not cur or cur[-1].end == tok.start
        if joins and cur and _name_char(tok, text) and (
                "人名" in cur[-1].tag or _name_char(cur[-1], text)):
            cur.append(tok)  # 小栗有|以, 中山|ち|ゑ: a rare character of a given name
            continue
        if _is_nounish(tok, text) and joins:
            cur.append(tok)
            continue
        if cur:
            runs.append(cur)
        cur = [tok] if _is_nounish(tok, text) else []
    if cur:
        runs.append(cur)
    return runs


def _suffix_label(head: str, tag: str, has_place: bool) -> str | None:
    if (head.endswith(EVENT_SUFFIXES) and len(head) > 1) or head in EVENT_SUFFIXES:
        return "EVENT"
    if head.endswith(tuple(s for s in ORG_SUFFIXES if len(s) > 1)) or head in (
            "リーグ", "ユナイテッド", "FC", "SC", "CF"):
        return "ORG"
    if len(head) > 1 and head[-1] in _ORG_LAST_CHARS and not tag.startswith("名詞-固有名詞") and (
            head not in TITLES and head not in PERSON_AFTER):  # 将軍, 大統領 are no groups
        return "ORG"
    if head.endswith(LOC_SUFFIXES) and (len(head) > 1 or has_place):
        return "LOC"
    if head.endswith(FAC_SUFFIXES) and len(head) > 1:
        return "FAC"
    if head in ("省",) and has_place:  # 広東省 is a province, 外務省 a ministry
        return "GPE"
    if head in GPE_SUFFIXES and has_place:
        return "GPE"
    if head in ORG_SUFFIXES:
        return "ORG"
    if head in FAC_SUFFIXES or head in LOC_SUFFIXES:
        return "FAC" if head in FAC_SUFFIXES else "LOC"
    return None


def _chunk_entities(text: str, run: list[Token]) -> list[Annotation]:
    """Entities inside one noun run."""
    out: list[Annotation] = []
    proper = [i for i, t in enumerate(run) if _is_proper(t)]
    name_like = [i for i, t in enumerate(run) if _is_proper(t) or _foreign(text[t.start:t.end])]
    # 0. A full address is one place: 大阪府阪南市石田, 京都府舞鶴市.
    address = _address(text, run)
    if address is not None:
        return [address]
    # 0b. A company form joins the name next to it.
    company = _company(text, run)
    if company is not None:
        return [company]
    # 1. A compound ending in an organisation/place suffix is one entity from its first
    #    name-like token (a leading prefix such as 全 joins it).
    if name_like:
        first = name_like[0]
        if first > 0 and run[first - 1].tag.startswith("接頭辞"):
            first -= 1
        last = run[-1]
        head = text[last.start:last.end]
        has_place = any("地名" in run[i].tag for i in proper)
        label = _suffix_label(head, last.tag, has_place) if len(run) - first > 1 else None
        if label is None and len(run) - first > 1 and _split_org_suffix(text, run[first:]):
            label = "ORG"  # 日立製作|所, トヨタ自動|車: the dictionary split the head word
        if label == "ORG" and _generic_company(text, run):
            label = None
        if label == "ORG" and ORG_FROM_CHUNK_START:
            first = _org_start(text, run, first)
        if label is not None and not (label == "ORG" and run[first:] and all(
                "人名" in t.tag for t in run[first:-1]) and not _business_head(text, run)):
            ann = make_entity(text, run[first].start, last.end, label, _SOURCE)
            if ann is not None:
                return [ann]
    # 1a. Common nouns before a strong organisation head: 講談社, 自由党, 海上自衛隊, 内閣府.
    org = _common_org(text, run)
    if org is not None:
        return [org]
    # 1b. A place glued to a foreign or proper word is a team or company name: 福岡ソフトバンク
    #     ホークス, ASローマ, JR九州, セレッソ大阪.
    if proper and any("地名" in run[i].tag for i in proper) and len(run) > 1:
        others = [t for t in run if "地名" not in t.tag and not t.tag.startswith("接尾辞")
                  and text[t.start:t.end] != "・"]
        if others and all(
            _foreign(text[t.start:t.end]) or _is_proper(t) or t.tag.startswith("名詞-数詞")
            for t in others
        ) and not any("人名" in t.tag for t in others) and _dotted_team(text, run) and not (
                _event_or_place(text, run)):
            ann = make_entity(text, run[0].start, run[-1].end, "ORG", _SOURCE)
            if ann is not None:
                return [ann]
    # 2. Runs of proper nouns of one kind.
    i = 0
    while i < len(run):
        tok = run[i]
        if not _is_proper(tok):
            i += 1
            continue
        j = i + 1
        kind = _kind(tok)
        while j < len(run):
            nxt = run[j]
            if _is_proper(nxt) and _kind(nxt) == kind:
                j += 1
            elif kind == "PERSON" and text[nxt.start:nxt.end] == "・" and j + 1 < len(run) and (
                    _katakana(text[run[j + 1].start:run[j + 1].end])):
                j += 2  # ボリス・エリツィン, ニック・フライ (フライ is also a common noun)
            elif kind == "PERSON" and _is_proper(nxt) and "人名" in nxt.tag:
                j += 1
            else:
                break
        if kind == "PERSON":
            j = _person_end(text, run, i, j)
            if i > 0 and run[i].tag.endswith("名") and run[i - 1].reading is None and (
                    len(text[run[i - 1].start:run[i - 1].end]) <= 2) and _JAPANESE_CHAR.match(
                    text[run[i - 1].start:run[i - 1].end]) and not _katakana(
                    text[run[i - 1].start:run[i - 1].end]):
                i -= 1  # 髙橋|秀雄: a family name the dictionary does not know
        label = kind
        if label == "ORG" and j < len(run) and run[j].tag.startswith("名詞-数詞"):
            label = None  # an era name before a year: 大正3年, 寛永10年
        if label == "ORG" and text[run[i].start:run[j - 1].end] in _era_names():
            label = None  # an era named alone: 大正、昭和期の実業家
        if label in ("GPE", "LOC", "ORG") and _inside_compound(text, run, i, j):
            label = None  # 日本語, 江戸時代, 東京大学: the place is part of another name or word
        if label is not None:
            ann = make_entity(text, run[i].start, run[j - 1].end, label, _SOURCE)
            if ann is not None:
                out.append(ann)
        i = j
    return out


# Nouns after a place that still speak of the place itself (ロシア大統領, 日本人, 九州出身).
RELATIONAL_NOUNS = frozenset({
    "人", "出身", "国内", "国外", "全国", "全土", "側", "経由", "本土", "大統領", "首相", "外相",
    "大使", "国籍", "近郊", "周辺", "方面", "沿い", "在住", "訪問", "進出", "各地", "市民", "国民",
    "移転", "滞在", "遠征", "領", "国王", "皇帝", "市場", "産", "製", "発", "行き",
    "入り", "旅行", "留学", "帰国", "上陸", "侵攻", "統治", "支配", "国境",
    # actions that take the place as their location: シベリア抑留, シベリア出兵
    "抑留", "出兵", "空襲", "攻撃", "撤退", "派遣", "在留", "残留", "駐留", "占領",
})


def _inside_compound(text: str, run: list[Token], i: int, j: int) -> bool:
    """Is the place run[i:j] glued to a common noun that makes it part of another word?"""
    if j < len(run):
        nxt = run[j]
        surface = text[nxt.start:nxt.end]
        if surface not in RELATIONAL_NOUNS and surface not in GPE_SUFFIXES and (
                "地名" not in nxt.tag) and nxt.tag.startswith(("名詞-普通名詞", "接尾辞-名詞的")):
            return True
    if i > 0:
        prev = run[i - 1]
        surface = text[prev.start:prev.end]
        if prev.tag.startswith("名詞-普通名詞") and surface not in ("旧", "元", "現", "北", "南",
                                                                  "東", "西", "中部"):
            return True
    return False


ORG_FROM_CHUNK_START = True
# Words after a name that are titles or honorifics, not the rest of the name.
TITLES = frozenset({
    "氏", "君", "様", "殿", "卿", "王", "公", "帝", "家", "派", "側", "ら", "等", "達", "一家",
    "夫妻", "父", "母", "兄", "弟", "姉", "妹", "子", "妻", "夫", "首相", "大統領", "社長",
    "会長", "監督", "選手", "教授", "博士", "議員", "知事", "市長", "大臣", "長官", "将軍",
    "さん", "ちゃん", "くん", "先生", "師", "中尉", "大尉", "少佐", "中佐", "大佐", "少将",
    "中将", "大将", "元帥", "提督", "内閣", "政権", "時代", "主義", "教", "流", "賞", "邸", "像",
    "陛下", "殿下", "天皇", "皇后", "法王", "総統", "主席", "書記長", "首席", "代表", "容疑者",
    "被告", "作", "著", "訳", "編", "監修",
})


def _person_end(text: str, run: list[Token], i: int, j: int) -> int:
    """Extend a person name over the pieces the dictionary split off (シェイン・ダ|フィー,
    白石晃|士)."""
    while j < len(run) and _katakana(text[run[j - 1].start:run[j - 1].end]) and (
            _katakana(text[run[j].start:run[j].end])):
        j += 1
    while j < len(run) and _name_char(run[j], text):
        j += 1  # 中山ちゑ, 小栗有以
    # the name ends here when the run ends or a title follows: 細川綱|利 時代, 久松静|児 監督
    ends = j == len(run) - 1 or (j + 1 < len(run) and (
        text[run[j + 1].start:run[j + 1].end] in TITLES or "人名" in run[j + 1].tag))
    if ends and "人名" in run[j - 1].tag:
        surface = text[run[j].start:run[j].end]
        if len(surface) == 1 and _JAPANESE_CHAR.match(surface) and not _katakana(surface) and (
                surface not in TITLES) and not run[j].tag.startswith("名詞-数詞"):
            j += 1
        elif run[j - 1].tag.endswith("姓") and run[j].reading is None and len(surface) <= 2 and (
                _JAPANESE_CHAR.match(surface) and not _katakana(surface[0])):
            j += 1  # 菊池|契月: a given name the dictionary does not know
    return j
# Heads that make an organisation of a compound of common nouns (講談社, 自由党, 内閣府).
STRONG_ORG_HEADS = ("社", "党", "隊", "府", "省", "庁", "銀行", "新聞", "大学", "委員会", "協会",
                    "連盟", "組合", "財団", "学会", "研究所", "機構", "公社", "公団",
                    "裁判所", "議会", "政府", "軍", "局")
# Kinds of business before 社 make a common noun (新聞社, 出版社), not a name.
_GENERIC_SHA = ("新聞", "出版", "通信", "放送", "航空", "商", "神", "会", "本", "支", "各", "同",
                "当", "他", "弊", "貴", "製作", "制作", "広告", "旅行", "保険", "証券", "映画")
# Leading words that point at an organisation named elsewhere (同社, 本社, 各党, 当局).
_GENERIC_FIRST = ("同", "本", "各", "当", "両", "他", "自", "親", "子", "我", "貴", "弊", "御",
                  "新", "元", "前", "現", "諸", "某", "地元", "民間", "国内", "海外", "所属",
                  "うち", "対")


def _split_org_suffix(text: str, run: list[Token]) -> bool:
    """Does the compound end in an organisation word that the dictionary cut in two
    (製作|所, 自動|車)? The word must reach back past the last token."""
    joined = text[run[0].start:run[-1].end]
    last = run[-1].end - run[-1].start
    return any(len(s) > last and len(joined) > len(s) and joined.endswith(s)
               for s in ORG_SUFFIXES)


# Heads of compounds that name a kind of business, not one company (航空会社, レコード会社).
_GENERIC_HEADS = ("会社", "他社", "結社", "組合", "業者")


# One-character heads after which an organisation name is complete (自由党|公認, 文部科学省|認定).
_SPLIT_HEADS = ("党", "省", "庁", "軍", "隊")


def _ends_org(text: str, run: list[Token]) -> bool:
    head = text[run[-1].start:run[-1].end]
    return head.endswith(tuple(s for s in ORG_SUFFIXES if len(s) > 1)) or head in _SPLIT_HEADS or (
        len(run) > 1 and _split_org_suffix(text, run))


def _business_head(text: str, run: list[Token]) -> bool:
    """A family name before a word for a kind of business names a firm (長瀬産業, 田口鉄道,
    鈴木自動車); before other heads (…家, …院) it may be a title or a house."""
    head = text[run[-1].start:run[-1].end]
    return len(head) > 1 and head.endswith(_BUSINESS) and run[-2].tag.endswith("姓")


def _event_or_place(text: str, run: list[Token]) -> bool:
    """Does the run end in a word for an event, a facility or a natural place (東京ドーム,
    北京オリンピック…, 衆議院議員総選挙)? Names inside such a run belong to it."""
    words = EVENT_SUFFIXES + FAC_SUFFIXES + _FOREIGN_FAC
    return any(len(w) > 1 and w.endswith(words) for w in (text[t.start:t.end] for t in run[1:]))


def _dotted_team(text: str, run: list[Token]) -> bool:
    """A place, ・ and a foreign word is a team or company (クリーブランド・ブラウンズ,
    ニューヨーク・タイムズ) when the place comes first and the word is no place; ・ elsewhere
    joins other things (ジョルジュ・ドン)."""
    dots = [i for i, t in enumerate(run) if text[t.start:t.end] == "・"]
    if not dots:
        return True
    return len(dots) == 1 and dots[0] == 1 and "地名" in run[0].tag and all(
        "地名" not in t.tag and _katakana(text[t.start:t.end]) for t in run[2:])


# Words between two names that pair them (ブラウンズ対スティーラーズ, 巨人VS阪神).
_VERSUS = ("対", "VS", "vs", "Vs")


def _complete_org(text: str, run: list[Token]) -> bool:
    """Does the run end in a word that completes an organisation's name (民主党・公明党,
    Jリーグ・栃木SC: names listed with ・ are separate names)?"""
    head = text[run[-1].start:run[-1].end]
    return len(run) > 1 and (head in _SPLIT_HEADS or head == "リーグ" or (
        len(head) > 1 and head.endswith(tuple(s for s in ORG_SUFFIXES if len(s) > 1))))


def _split_versus(text: str, run: list[Token]) -> list[list[Token]]:
    """A noun run with a word for "versus" inside it holds two names, one on each side, and so
    does a run where ・ follows a complete organisation name."""
    out: list[list[Token]] = []
    cur: list[Token] = []
    for i, tok in enumerate(run):
        surface = text[tok.start:tok.end]
        if 0 < i < len(run) - 1 and ((surface in _VERSUS and tok.tag.startswith("名詞")) or (
                surface == "・" and cur and _complete_org(text, cur))):
            out.append(cur)
            cur = []
            continue
        cur.append(tok)
    out.append(cur)
    # …戦: a match against the team before it (RCランス戦, クボタスピアーズ戦)
    return [r[:-1] if len(r) > 2 and text[r[-1].start:r[-1].end] == "戦" and r[-1].tag.startswith(
        "接尾辞") else r for r in out if r]


# Heads of a public body's own departments (京都市交通局, 高雄市議会): the run stays whole.
_BODY_HEADS = ("局", "庁", "議会", "政府", "委員会")


def _ends_event(text: str, run: list[Token]) -> bool:
    """衆議院議員総選挙, カタルーニャ自治州議会選挙: an organisation inside the name of an event
    is part of that name."""
    head = text[run[-1].start:run[-1].end]
    return len(head) > 1 and head.endswith(EVENT_SUFFIXES)


def _org_pieces(text: str, run: list[Token]) -> list[list[Token]]:
    """A noun run whose organisation name is followed by common nouns is two pieces:
    民主党|候補, 山形大学|医学部, トヨタ自動車|本社 (a run that itself ends in an organisation
    word stays whole: 東京大学医科学研究所)."""
    if len(run) < 3 or _ends_org(text, run) or _ends_event(text, run) or (
            text[run[-1].start:run[-1].end] in _BODY_HEADS) or _address(text, run):
        return [run]
    for k in range(len(run) - 2, 0, -1):
        nxt = run[k + 1]
        if nxt.tag.startswith("名詞-普通名詞") and _ends_org(text, run[:k + 1]) and (
                any(_is_proper(t) or _foreign(text[t.start:t.end]) for t in run[:k + 1])
                or text[run[k].start:run[k].end] in _SPLIT_HEADS):
            return [run[:k + 1], run[k + 1:]]
    return [run]


def _generic_company(text: str, run: list[Token]) -> bool:
    """"航空会社", "アパレル会社", "労働組合": a common noun (even a loan word) before a generic
    head is a kind of organisation, not a name (a proper noun before it makes one)."""
    head = text[run[-1].start:run[-1].end]
    if head not in _GENERIC_HEADS:
        return False
    return not any(_is_proper(t) or t.reading is None for t in run[:-1])


def _org_start(text: str, run: list[Token], first: int) -> int:
    """Where an organisation compound begins: its whole noun run, less generic words."""
    k = 0
    while k < first and (text[run[k].start:run[k].end] in _GENERIC_FIRST
                         or run[k].tag.startswith(("名詞-数詞", "名詞-普通名詞-副詞可能"))
                         or (k and run[k - 1].tag.startswith("名詞-数詞")
                             and "助数詞" in run[k].tag)):
        k += 1  # 同社, 2017年|…, 当時|…, 翌年|…: time words and counts are no part of a name
    return k


def _common_org(text: str, run: list[Token]) -> Annotation | None:
    if len(run) < 2:
        return None
    head = text[run[-1].start:run[-1].end]
    if not head.endswith(STRONG_ORG_HEADS) or run[-1].tag.startswith("名詞-数詞"):
        return None
    if head in TITLES or head in PERSON_AFTER:
        return None  # ジョン・スミス将軍: a title, not a group
    k = _org_start(text, run, len(run) - 1)
    if len(run) - k < 2 or run[-1].end - run[k].start < 3:
        return None
    if any(t.tag.startswith("名詞-数詞") for t in run[k:]):
        return None
    before = text[run[-2].start:run[-2].end]
    if (head == "社" and before.endswith(_GENERIC_SHA)) or _generic_company(text, run):
        return None
    return make_entity(text, run[k].start, run[-1].end, "ORG", _SOURCE)


# Last words of a katakana name that make it a company, band or club, not a person.
KATAKANA_ORG_WORDS = (
    "カンパニー", "インターナショナル", "エンタテインメント", "エンターテインメント",
    "コーポレーション", "ホールディングス", "グループ", "プロダクション", "プロ", "レコード",
    "レコーズ", "スタジオ", "ジャパン", "ユニオン", "クラブ", "シアター", "ワークス",
    "アソシエイツ", "ネットワーク", "システムズ", "テクノロジーズ", "ラボ", "ブラザーズ",
    "モーターズ", "ユナイテッド",
    "シティ", "リーグ", "エアライン", "エアラインズ", "航空", "アジア", "フィルム", "ピクチャーズ",
)


def _dotted_katakana(text: str, run: list[Token]) -> list[Annotation]:
    """Katakana words joined by ・ or ＝ (コンスタンチン・ポシエト): a foreign person's name,
    unless its last word says company or club (ピース・ウィンズ・ジャパン)."""
    out = []
    i = 0
    while i < len(run):
        if not _katakana(text[run[i].start:run[i].end]):
            i += 1
            continue
        j, dots = i + 1, 0
        while j < len(run):
            surface = text[run[j].start:run[j].end]
            if surface in ("・", "＝", "=") and j + 1 < len(run) and _katakana(
                    text[run[j + 1].start:run[j + 1].end]):
                dots += 1
                j += 2
            elif _katakana(surface):
                j += 1
            else:
                break
        words = [t for t in run[i:j] if text[t.start:t.end] not in ("・", "＝", "=")]
        if dots and j - i >= 3 and not any("地名" in t.tag for t in run[i:j]) and (
                "人名" in words[0].tag or all(
                    _is_proper(t) or t.reading is None for t in words)):
            name = text[run[i].start:run[j - 1].end]
            label = "ORG" if name.endswith(KATAKANA_ORG_WORDS) else "PERSON"
            ann = make_entity(text, run[i].start, run[j - 1].end, label, _SOURCE)
            if ann is not None:
                out.append(ann)
        i = j
    return out


# A katakana name (with ・ or ＝ between its words) in a person's context: after a word for
# an occupation or role (哲学者シセラ・ボク, 投手のマット・ケイン) or before a title (タフト大統領).
_KATAKANA_NAME = re.compile(r"[ァ-ヺー]{2,}(?:[・＝=][ァ-ヺー]+)*")
PERSON_BEFORE = (
    "者", "軍人", "投手", "捕手", "野手", "選手", "女優", "俳優", "歌手", "作家", "画家", "詩人",
    "庭師", "技師", "教師", "牧師", "司祭", "奏者", "記者", "騎手", "棋士", "力士", "監督",
    "大統領", "首相", "国王", "女王", "皇帝", "王子", "王女", "提督", "将軍", "博士", "教授",
    "夫人", "長男", "次男", "長女", "次女", "息子", "娘", "父", "母", "兄", "弟", "姉", "妹",
)
PERSON_AFTER = (
    "氏", "さん", "君", "卿", "大統領", "首相", "外相", "国王", "女王", "皇帝", "王子", "王女",
    "王妃", "中尉", "大尉", "少尉", "少佐", "中佐", "大佐", "少将", "中将", "大将", "元帥", "提督",
    "将軍", "監督", "選手", "投手", "教授", "博士", "議員", "知事", "市長", "大臣", "長官", "次官",
    "大使", "司令官", "容疑者", "被告", "夫人", "夫妻", "一家",
)


def _katakana_persons(text: str, tokens: list[Token]) -> list[Annotation]:
    out: list[Annotation] = []
    starts = {t.start: t for t in tokens}
    ends = {t.end for t in tokens}
    for m in _KATAKANA_NAME.finditer(text):
        s, e = m.span()
        if s not in starts or e not in ends:
            continue
        inside = [t for t in tokens if s <= t.start and t.end <= e]
        if any(_is_proper(t) and "人名" not in t.tag for t in inside):
            continue  # a place or an organisation: ロシア大統領, ソニー会長
        if len(inside) == 1 and inside[0].reading is not None and "人名" not in inside[0].tag:
            continue  # a known common word: 女優デビュー, 作家エッセイ
        if m.group().endswith(KATAKANA_ORG_WORDS) or lookup_japanese(m.group()):
            continue
        before = text[max(0, s - 4):s].removesuffix("の")
        after = text[e:e + 4]
        if before.endswith(PERSON_BEFORE) or after.startswith(PERSON_AFTER):
            ann = make_entity(text, s, e, "PERSON", _SOURCE)
            if ann is not None:
                out.append(ann)
    return out


# What follows a company's or a club's name and not a person's (ライブドアの株価, ユベントスに移籍,
# チュルボメカを買収, オラクルが発売): katakana names with no organisation word of their own.
ORG_AFTER = (
    "社は", "社が", "社の", "社と", "社に", "社を", "社製", "の社長", "の会長", "の副社長",
    "の取締役", "の創業者", "の創業", "の株価", "の株式", "の株主", "の子会社", "の親会社",
    "の傘下", "傘下", "の本社", "の社員", "の製品", "の工場", "の買収", "を買収", "に買収",
    "が買収", "が発売", "から発売", "より発売", "が販売", "から販売", "に入社", "を退社",
    "に移籍", "へ移籍", "から移籍", "に入団", "へ入団", "を退団", "と契約", "との契約",
    "と提携", "との提携", "と合併", "との合併", "に吸収", "の経営", "が運営", "の運営",
    "に所属", "所属の", "のメンバー", "の監督", "の選手", "の株", "の企業", "の従業員",
    "の店舗", "の経営陣",
)
# Loan words for kinds of organisation, not names of one (メーカーの製品, チームに移籍).
_GENERIC_KATAKANA = frozenset({
    "メーカー", "チーム", "クラブ", "グループ", "バンド", "ユニット", "レーベル", "ブランド",
    "ベンチャー", "ファンド", "スポンサー", "ライバル", "パートナー", "トップ", "ホーム",
    "アウェー", "リーグ", "ユース", "クラブチーム", "プロ", "アマチュア", "フランチャイズ",
    "ショップ", "ストア", "スーパー", "コンビニ", "ホテル", "レストラン", "カフェ", "メディア",
    "テレビ", "ラジオ", "ネット", "サイト", "アプリ", "ゲーム", "ソフト", "シリーズ", "モデル",
})
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&\-]*(?: [A-Za-z][A-Za-z0-9&\-]*)*")


def _katakana_orgs(text: str, tokens: list[Token]) -> list[Annotation]:
    """Katakana or Latin names that the words after them show to be organisations."""
    out: list[Annotation] = []
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    for pattern in (_KATAKANA_NAME, _LATIN_NAME):
        for m in pattern.finditer(text):
            s, e = m.span()
            if s not in starts or e not in ends or m.group() in _GENERIC_KATAKANA:
                continue
            before = text[s - 1:s]
            if _JAPANESE_CHAR.match(before) or (before.isascii() and before.isalnum()):
                continue  # the end of a longer word: 湘南ベルマーレ, クリーンベンザ
            if pattern is _LATIN_NAME and (len(m.group()) < 3 or m.group().isupper()):
                continue  # acronyms have their own rule
            if not text.startswith(ORG_AFTER, e) or m.group().endswith(("者", "人")):
                continue
            if any("人名" in t.tag for t in tokens if s <= t.start and t.end <= e) and not (
                    text.startswith(("社", "の株", "の社", "の子", "の親", "の傘", "傘下",
                                     "に移籍", "に入団"), e)):
                continue  # a person's name (ヤングの作品) unless the cue fits no person
            if text.startswith("社", e):
                e += 1  # the firm's word is part of its name here: Richardson社, BSA社
            ann = make_entity(text, s, e, "ORG", _SOURCE)
            if ann is not None:
                out.append(ann)
    return out


# Words for a government named after its leader (池田内閣, オバマ政権): the body is an organisation.
_CABINET_HEADS = ("内閣", "政権")


def _leader_word(text: str, tok: Token) -> bool:
    """A word that can name a leader or a ruling party: a person's name, a proper name that is
    no country (橋本 is also a place name), an unknown katakana word (ユドヨノ)."""
    return (_is_proper(tok) and "地名-国" not in tok.tag) or (
        tok.reading is None and _katakana(text[tok.start:tok.end]))


def _cabinets(text: str, run: list[Token]) -> list[Annotation]:
    """A person's name (or a party's proper name) before 内閣/政権 names a cabinet or an
    administration, an organisation; a count before it (第2次) is part of the name."""
    out = []
    for k, tok in enumerate(run):
        if k == 0 or text[tok.start:tok.end] not in _CABINET_HEADS:
            continue
        i = k
        while i > 0 and (_leader_word(text, run[i - 1]) or (
                text[run[i - 1].start:run[i - 1].end] == "・" and i > 1
                and _leader_word(text, run[i - 2]))):
            i -= 1
        if i == k:
            continue
        if i >= 3 and text[run[i - 1].start:run[i - 1].end] == "次" and run[i - 2].tag.startswith(
                "名詞-数詞") and text[run[i - 3].start:run[i - 3].end] == "第":
            i -= 3  # 第2次大隈内閣
        ann = make_entity(text, run[i].start, tok.end, "ORG", _SOURCE)
        if ann is not None:
            out.append(ann)
    return out


# Loan words that end the names of firms and labels (…エンタテインメント, …プロダクション,
# …インターナショナル): not words a common compound ends in.
FIRM_LOANWORDS = (
    "エンタテインメント", "エンターテインメント", "エンターテイメント", "インターナショナル",
    "プロダクション", "プロダクションズ", "コーポレーション", "カンパニー", "レコーズ", "ワークス",
    "ピクチャーズ", "フィルムズ", "ブラザーズ", "ブラザース", "モーターズ", "システムズ",
    "テクノロジーズ", "コミュニケーションズ", "アソシエイツ", "インダストリーズ", "エアウェイズ",
    "エアラインズ", "パートナーズ",
)


# Loan words that end a firm's name only after a name (東映アニメーション, 円谷プロ): after a
# common word they make a common compound (フルアニメーション, セミプロ).
NAMED_FIRM_LOANWORDS = ("アニメーション", "テレビ", "エナジー", "プロ", "ファーマ", "フーズ",
                        "ネットワークス", "ラボラトリーズ", "ミュージック", "レコード")
_ALL_FIRM_LOANWORDS = frozenset(FIRM_LOANWORDS + NAMED_FIRM_LOANWORDS)


def _loanword_firms(text: str, run: list[Token]) -> list[Annotation]:
    """Katakana, Latin or proper words before a firm's loan word (ビクターエンタテインメント,
    アーク・エンタテインメント): the whole compound names the firm."""
    head = text[run[-1].start:run[-1].end] if run else ""
    if len(run) < 2 or head not in _ALL_FIRM_LOANWORDS:
        return []
    if head in NAMED_FIRM_LOANWORDS and not (_is_proper(run[-2]) or run[-2].reading is None):
        return []
    i = len(run) - 1
    while i > 0 and (_foreign(text[run[i - 1].start:run[i - 1].end]) or _is_proper(run[i - 1])
                     or (text[run[i - 1].start:run[i - 1].end] == "・" and i > 1)):
        i -= 1
    if i == len(run) - 1 or text[run[i].start:run[i].end] == "・":
        return []
    ann = make_entity(text, run[i].start, run[-1].end, "ORG", _SOURCE)
    return [ann] if ann is not None else []


def _match_opponents(text: str, run: list[Token]) -> list[Annotation]:
    """A foreign or proper name before the suffix 戦 (a match against …) is a team:
    インテル戦, セルタ・デ・ビーゴ戦. Common loan words (リーグ戦, デビュー戦) and persons (a
    bout against a boxer) are not."""
    out = []
    for k, tok in enumerate(run):
        if k == 0 or text[tok.start:tok.end] != "戦" or not tok.tag.startswith("接尾辞"):
            continue
        i = k
        while i > 0 and (_foreign(text[run[i - 1].start:run[i - 1].end]) or _is_proper(
                run[i - 1]) or (text[run[i - 1].start:run[i - 1].end] in ("・", "＝") and i > 1)):
            i -= 1
        words = [t for t in run[i:k] if text[t.start:t.end] not in ("・", "＝")]
        if not words or text[run[i].start:run[i].end] in ("・", "＝"):
            continue
        if all("人名" in t.tag for t in words):
            continue  # 井上戦: a bout against a person
        if len(words) == 1 and "地名" in words[0].tag:
            continue  # 沖縄戦: a battle fought at the place, or a match against its team
        dotted = len(words) > 1 and any(text[t.start:t.end] in ("・", "＝") for t in run[i:k])
        named = dotted or any(_is_proper(t) or t.reading is None for t in words)
        if not named or text[run[i].start:run[k - 1].end] in _GENERIC_KATAKANA:
            continue
        ann = make_entity(text, run[i].start, run[k - 1].end, "ORG", _SOURCE)
        if ann is not None:
            out.append(ann)
    return out


# Words for a kind of organisation that introduce its name in quotes (劇団「…」, バンド「…」).
_ORG_KINDS = ("劇団", "バンド", "ユニット", "グループ", "団体", "NGO", "NPO", "NPO法人", "政党",
              "球団", "企業", "会社", "レーベル", "事務所", "組織", "楽団", "合唱団", "結社",
              "メーカー", "チーム", "クラブ", "デュオ", "トリオ", "シンクタンク", "協会")
_QUOTED = re.compile(r"「([^「」]{2,30})」")


def _quoted_orgs(text: str) -> list[Annotation]:
    """A quoted name right after a word for a kind of organisation names one: ロックバンド
    「…」, NPO法人「…」 (a quoted name after other words is a title of a work)."""
    out = []
    for m in _QUOTED.finditer(text):
        if not text.endswith(_ORG_KINDS, 0, m.start()):
            continue
        s, e = m.span(1)
        while s < e and text[s] in " 　“\"":
            s += 1
        while e > s and text[e - 1] in " 　”\"":
            e -= 1
        ann = make_entity(text, s, e, "ORG", _SOURCE)
        if ann is not None:
            out.append(ann)
    return out


def lookup_japanese(name: str) -> bool:
    return name in japanese_names()


def _address(text: str, run: list[Token]) -> Annotation | None:
    """Place names chained with administrative suffixes (県, 市, 町, ...) make one place."""
    places = [t for t in run if "地名" in t.tag]
    suffixes = [t for t in run if text[t.start:t.end] in GPE_SUFFIXES]
    if not places or not suffixes or "地名" not in run[0].tag:
        return None
    end = 0
    for i, tok in enumerate(run):
        surface = text[tok.start:tok.end]
        if "地名" in tok.tag or surface in GPE_SUFFIXES or (
                i and _is_proper(tok) and text[run[i - 1].start:run[i - 1].end] in GPE_SUFFIXES):
            end = i + 1
        else:
            break
    if end < 2 or not any(text[t.start:t.end] in GPE_SUFFIXES for t in run[:end]):
        return None
    last = text[run[-1].start:run[-1].end]
    if end < len(run) and len(last) > 1 and last.endswith(FAC_SUFFIXES):
        return make_entity(text, run[0].start, run[-1].end, "FAC", _SOURCE)  # 新潟県水産会館
    if end < len(run) and (_org_head(text, run) or last == "部") and not any(
            t.tag.startswith("名詞-数詞") for t in run[end:]):
        end = len(run)  # 京都市交通局, 高雄市議会, カタルーニャ州政府: the place's own body
        return make_entity(text, run[0].start, run[end - 1].end, "ORG", _SOURCE)
    return make_entity(text, run[0].start, run[end - 1].end, "GPE", _SOURCE)


def _org_head(text: str, run: list[Token]) -> bool:
    head = text[run[-1].start:run[-1].end]
    if head.endswith(FAC_SUFFIXES) or any(text[t.start:t.end] == "立" for t in run):
        return False  # 新潟県水産会館, 阪南市立…小学校: buildings and schools
    return not run[-1].tag.startswith("名詞-数詞") and head not in TITLES and (
        head not in PERSON_AFTER) and (head.endswith(STRONG_ORG_HEADS) or _ends_org(text, run))


def _company(text: str, run: list[Token]) -> Annotation | None:
    surfaces = [text[t.start:t.end] for t in run]
    joined = "".join(surfaces)
    for form in _COMPANY_FORMS:
        if joined.startswith(form) and len(joined) > len(form):
            return make_entity(text, run[0].start, run[-1].end, "ORG", _SOURCE)
        if joined.endswith(form) and len(joined) > len(form):
            return make_entity(text, run[0].start, run[-1].end, "ORG", _SOURCE)
    return None


def _kind(tok: Token) -> str | None:
    if "人名" in tok.tag:
        return "PERSON"
    if "地名-国" in tok.tag:
        return "GPE"
    if "地名" in tok.tag:
        return "LOC"
    return "ORG" if tok.tag.startswith("名詞-固有名詞-一般") else None


def _gazetteer_entities(text: str, tokens: list[Token]) -> list[Annotation]:
    """Longest gazetteer names that start and end on token boundaries."""
    names = japanese_names()
    if not names:
        return []
    longest = max(len(n) for n in names)
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    out: list[Annotation] = []
    for s in sorted(starts):
        for e in range(min(len(text), s + longest), s + 1, -1):
            if e in ends and text[s:e] in names:
                label = names[text[s:e]].label
                if label in ("GPE", "LOC") and _glued_to_noun(text, tokens, e):
                    break  # 日本語, ロシア文学: part of another word
                ann = make_entity(text, s, e, label, "gazetteer")
                if ann is not None:
                    out.append(ann)
                break
    return out


# An acronym in Latin capitals standing alone in Japanese text names an organisation far more
# often than anything else (IBM, NHK, KGB); digits make it a model or product (YZ400).
_ACRONYM = re.compile(r"(?<![A-Za-z0-9&.・\-])[A-Z][A-Z&]{1,5}(?![A-Za-z0-9&\-])")
# Abbreviations of common things, not of organisations.
_GENERIC_ACRONYMS = frozenset({
    "AI", "AR", "VR", "CM", "MV", "PV", "CG", "BGM", "OVA", "DVD", "CD", "BD", "TV", "BS", "CS",
    "PC", "OS", "IT", "ICT", "IOT", "RPA", "API", "UI", "CPU", "GPU", "RAM", "ROM", "LAN", "WAN",
    "USB", "GPS", "LED", "LCD", "SNS", "URL", "PDF", "FAQ", "SF", "MVP", "CEO", "CFO", "CTO",
    "COO", "PR", "DJ", "MC", "OB", "OG", "DNA", "RNA", "HIV", "AIDS", "GDP", "GNP", "ATM", "POS",
    "EV", "SUV", "PK", "FW", "MF", "DF", "GK", "HR", "RBI", "ERA", "TD", "KO", "TKO", "QB", "WR",
    "DH", "AV", "HP", "OA", "SE", "ID", "IC", "LSI", "PET", "CT", "MRI", "ICU", "NG", "OK",
})
_JAPANESE_CHAR = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff々]")  # katakana, kanji: not particles


def _acronyms(text: str) -> list[Annotation]:
    out = []
    for m in _ACRONYM.finditer(text):
        s, e = m.span()
        before, after = text[s - 1:s], text[e:e + 1]
        if _JAPANESE_CHAR.match(before) or (_JAPANESE_CHAR.match(after) and not any(
                text.startswith(w, e) for w in RELATIONAL_NOUNS)):
            continue  # part of a longer word: JR九州, EF81形, A館
        if (before == "「" and after == "」") or after in ("「", "."):
            continue  # a title, or a type word before a quoted name (NGO「...」)
        if m.group().upper() in _GENERIC_ACRONYMS or _latin_phrase(text, s, e):
            continue  # DVD, MVP; a word of a Latin title or name (CITY HUNTER, ZX Spectrum)
        ann = make_entity(text, s, e, "ORG", _SOURCE)
        if ann is not None:
            out.append(ann)
    return out


def _latin_phrase(text: str, s: int, e: int) -> bool:
    """Is text[s:e] one word of a run of Latin words ("Amstrad CPC", "HALF H・P STUDIO")?"""
    before = text[max(0, s - 2):s]
    after = text[e:e + 2]
    return bool(re.fullmatch(r"[A-Za-z0-9][ ・'’]", before) or
                re.fullmatch(r"[ ・'’&][A-Za-z0-9]", after) or after[:1] == "'")


def _glued_to_noun(text: str, tokens: list[Token], end: int) -> bool:
    nxt = next((t for t in tokens if t.start == end), None)
    if nxt is None:
        return False
    surface = text[nxt.start:nxt.end]
    return surface not in RELATIONAL_NOUNS and surface not in GPE_SUFFIXES and (
        "地名" not in nxt.tag) and nxt.tag.startswith(("名詞-普通名詞", "接尾辞-名詞的"))


def _abbreviations(text: str, tokens: list[Token]) -> list[Annotation]:
    out = []
    for tok in tokens:
        surface = text[tok.start:tok.end]
        if surface in _ABBREVIATIONS and (tok.reading or "") in _ABBREVIATIONS[surface]:
            ann = make_entity(text, tok.start, tok.end, "GPE", _SOURCE)
            if ann is not None:
                out.append(ann)
    return out


def entities_from_tokens(text: str, tokens: list[Token]) -> list[Annotation]:
    """Entity annotations of one Japanese segment from its fugashi/UniDic tokens."""
    try:
        tokens = [t for t in tokens if 0 <= t.start < t.end <= len(text)]
        candidates = _gazetteer_entities(text, tokens)
        chunks = _chunks(text, tokens)
        events = [(r[0].start, r[-1].end) for r in chunks if _ends_event(text, r)]
        candidates = [a for a in candidates if a.label != "ORG" or not any(
            s <= a.start and a.end < e for s, e in events)]  # 衆議院 in 衆議院議員総選挙
        for whole in chunks:
            for run in (p for part in _split_versus(text, whole) for p in _org_pieces(text, part)):
                candidates.extend(_chunk_entities(text, run))
            candidates.extend(_dotted_katakana(text, whole))
        candidates.extend(_abbreviations(text, tokens))
        candidates.extend(_katakana_persons(text, tokens))
        candidates.extend(_acronyms(text))
        candidates.extend(_katakana_orgs(text, tokens))
        quoted = _quoted_orgs(text)
        spans = {(a.start, a.end) for a in quoted}  # the kind word outranks the tags inside
        candidates = quoted + [a for a in candidates if (a.start, a.end) not in spans]
        for whole in chunks:
            candidates.extend(_cabinets(text, whole))
            candidates.extend(_loanword_firms(text, whole))
            candidates.extend(_match_opponents(text, whole))
        # Longest first: 日本航空 (a rule) beats the gazetteer's 日本 inside it.
        candidates.sort(key=lambda a: (a.start - a.end, a.source != "gazetteer"))
        return drop_overlaps(candidates)
    except Exception:  # a bad segment must not stop the pipeline
        return []


# --- Backends ---------------------------------------------------------------------------------
# GiNZA (ja_ginza + SudachiPy, optional) tags Extended Named Entity types; these map to ours.
GINZA_LABELS = {
    "Person": "PERSON",
    "Country": "GPE", "Province": "GPE", "City": "GPE", "County": "GPE", "GPE_Other": "GPE",
    "Continental_Region": "LOC", "Domestic_Region": "LOC", "Region_Other": "LOC",
    "Island": "LOC", "Mountain": "LOC", "River": "LOC", "Lake": "LOC", "Sea": "LOC", "Bay": "LOC",
    "Location_Other": "LOC", "Geological_Region_Other": "LOC",
    "Company": "ORG", "Company_Group": "ORG", "Corporation_Other": "ORG", "Government": "ORG",
    "Political_Party": "ORG", "Political_Organization_Other": "ORG", "Cabinet": "ORG",
    "Military": "ORG", "International_Organization": "ORG", "Show_Organization": "ORG",
    "Pro_Sports_Organization": "ORG", "Sports_Organization_Other": "ORG",
    "Sports_League": "ORG", "Organization_Other": "ORG", "School": "ORG",
    "Research_Institute": "ORG", "Public_Institution": "ORG", "Newspaper": "ORG",
    "Family": "ORG", "GOE_Other": "FAC", "Station": "FAC", "Airport": "FAC", "Port": "FAC",
    "Sports_Facility": "FAC", "Theater": "FAC", "Museum": "FAC", "Worship_Place": "FAC",
    "Facility_Other": "FAC", "Nationality": "NORP", "Ethnic_Group_Other": "NORP",
    "War": "EVENT", "Conference": "EVENT", "Game": "EVENT", "Event_Other": "EVENT",
    "Law": "LAW", "Treaty": "LAW", "Book": "WORK_OF_ART", "Movie": "WORK_OF_ART",
    "Music": "WORK_OF_ART", "Product_Other": "PRODUCT", "National_Language": "LANGUAGE",
}
BACKENDS = ("unidic", "ginza", "auto")


def ginza_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("ja_ginza") is not None


class GinzaEntities:
    """GiNZA's entities mapped to our labels (its own SudachiPy tokenizer; loaded once)."""

    def __init__(self) -> None:
        import spacy

        # Only the NER path is needed; the parser is the slowest component.
        self.nlp = spacy.load("ja_ginza", exclude=["parser", "compound_splitter",
                                                   "bunsetu_recognizer"])
        from importlib import metadata

        self.version = metadata.version("ja-ginza")

    def __call__(self, text: str) -> list[Annotation]:
        out = []
        for ent in self.nlp(text).ents:
            label = GINZA_LABELS.get(ent.label_)
            ann = make_entity(text, ent.start_char, ent.end_char, label, "ginza") if label else None
            if ann is not None:
                out.append(ann)
        return out


class JapaneseRecognizer:
    """Callable (text, tokens) → entities, with the backend that ran in `name`.

    - "unidic": UniDic tags of the pipeline's fugashi tokens + gazetteer + rules (default);
    - "ginza": the same, plus GiNZA's organisations where the rules found nothing (GiNZA knows
      many company and team names that no suffix marks);
    - "auto": "ginza" when ja_ginza is installed, else "unidic".
    """

    def __init__(self, backend: str = "unidic") -> None:
        if backend not in BACKENDS:
            raise ValueError(f"japanese_backend must be one of {', '.join(BACKENDS)}: {backend!r}")
        if backend == "auto":
            backend = "ginza" if ginza_available() else "unidic"
        self.backend = backend
        self._ginza = GinzaEntities() if backend == "ginza" else None
        self.name = "unidic-rules+ginza" if self._ginza is not None else "unidic-rules"
        self.version = self._ginza.version if self._ginza is not None else ""

    def __call__(self, text: str, tokens: list[Token]) -> list[Annotation]:
        found = entities_from_tokens(text, tokens)
        if self._ginza is None:
            return found
        try:
            extra = [a for a in self._ginza(text) if a.label == "ORG"]
        except Exception:  # the optional backend must not stop the pipeline
            return found
        return drop_overlaps(found + extra)


def japanese_recognizer(backend: str = "unidic") -> JapaneseRecognizer:
    """The Japanese recognizer for `[stages.entities] japanese_backend`."""
    return JapaneseRecognizer(backend)

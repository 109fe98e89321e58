"""Japanese entities from fugashi + unidic-lite tokens: proper-noun tags, gazetteer, suffix rules.

UniDic marks proper nouns (名詞-固有名詞-人名-姓/名, 地名-国/一般, 一般) but not organisations
and not multi-token names; the rules below join tokens into names and read the head suffix
(…新聞, …省, …大学 are organisations; …県, …市 are places).
"""

from __future__ import annotations

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


def _is_proper(tok: Token) -> bool:
    return tok.tag.startswith("名詞-固有名詞")


def _is_nounish(tok: Token, text: str) -> bool:
    """Can this token be part of a compound name?"""
    surface = text[tok.start:tok.end]
    if tok.tag.startswith(("名詞", "接頭辞", "接尾辞-名詞的")):
        return not tok.tag.startswith(("名詞-数詞",)) or surface.isascii()
    return surface == "・" or (surface.isascii() and surface.isalnum())


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
    if len(head) > 1 and head[-1] in _ORG_LAST_CHARS and not tag.startswith("名詞-固有名詞"):
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
        if label is not None and not (label == "ORG" and run[first:] and all(
                "人名" in t.tag for t in run[first:-1])):
            ann = make_entity(text, run[first].start, last.end, label, _SOURCE)
            if ann is not None:
                return [ann]
    # 1b. A place glued to a foreign or proper word is a team or company name: 福岡ソフトバンク
    #     ホークス, ASローマ, JR九州, セレッソ大阪.
    if proper and any("地名" in run[i].tag for i in proper) and len(run) > 1:
        others = [t for t in run if "地名" not in t.tag and not t.tag.startswith("接尾辞")]
        if others and all(
            _foreign(text[t.start:t.end]) or _is_proper(t) or t.tag.startswith("名詞-数詞")
            for t in others
        ) and not all("人名" in t.tag for t in others) and all(
                text[t.start:t.end] != "・" for t in run):
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
                    _is_proper(run[j + 1])
                    or (kind == "PERSON" and _katakana(text[run[j + 1].start:run[j + 1].end]))):
                j += 2  # ボリス・エリツィン, ニック・フライ (フライ is also a common noun)
            elif kind == "PERSON" and _is_proper(nxt) and "人名" in nxt.tag:
                j += 1
            else:
                break
        label = kind
        if label == "ORG" and j < len(run) and run[j].tag.startswith("名詞-数詞"):
            label = None  # an era name before a year: 大正3年, 寛永10年
        if label is not None:
            ann = make_entity(text, run[i].start, run[j - 1].end, label, _SOURCE)
            if ann is not None:
                out.append(ann)
        i = j
    return out


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
    return make_entity(text, run[0].start, run[end - 1].end, "GPE", _SOURCE)


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
                ann = make_entity(text, s, e, names[text[s:e]].label, "gazetteer")
                if ann is not None:
                    out.append(ann)
                break
    return out


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
        for run in _chunks(text, tokens):
            candidates.extend(_chunk_entities(text, run))
        candidates.extend(_abbreviations(text, tokens))
        # Longest first: 日本航空 (a rule) beats the gazetteer's 日本 inside it.
        candidates.sort(key=lambda a: (a.start - a.end, a.source != "gazetteer"))
        return drop_overlaps(candidates)
    except Exception:  # a bad segment must not stop the pipeline
        return []

"""Entity recognition per language: tables of sentences with the entities they must yield."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from powtext.entities.english import entities_from_spacy
from powtext.entities.japanese import entities_from_tokens
from powtext.entities.russian import RussianRecognizer
from powtext.model import ENTITY_LABELS
from powtext.resources import english_model


def _japanese_tokens(text):
    from powtext.tokenize import japanese_tokens

    return japanese_tokens(text)


@pytest.fixture(scope="module")
def nlp():
    return english_model()


@pytest.fixture(scope="module")
def russian():
    return RussianRecognizer()


def _pairs(anns):
    return {(a.label, a.text) for a in anns}


def _check_valid(text, anns):
    for a in anns:
        assert a.type == "entity" and a.label in ENTITY_LABELS
        assert 0 <= a.start < a.end <= len(text)
        assert text[a.start:a.end] == a.text
        assert a.text == a.text.strip()
        assert a.source


def _blank_markers(text):
    """What the pipeline does before entities see the text: citation markers become spaces."""
    return re.sub(r"\[(?:\d+|citation needed)\]", lambda m: " " * len(m.group()), text)


ENGLISH = [
    ("When Russian President Boris Yeltsin arrived in Japan in October 1993, he apologized.",
     {("PERSON", "Boris Yeltsin"), ("GPE", "Japan")}),
    ("Repatriated Japanese soldiers returning from Siberia wait to disembark from a ship at "
     "Maizuru, Kyoto Prefecture, Japan, in 1946",
     {("LOC", "Siberia"), ("GPE", "Maizuru"), ("GPE", "Kyoto Prefecture"), ("GPE", "Japan")}),
    ("There were Japanese personnel in the Soviet Union and Mongolia.",
     {("GPE", "Soviet Union"), ("GPE", "Mongolia")}),
    ("Japanese POW group says files on over 500,000 held in Moscow, BBC News, 7 March 1998",
     {("GPE", "Moscow"), ("ORG", "BBC News")}),
    ('"シベリア抑留、露に76万人分の資料". Sankeishinbun. 24 July 2009.',
     {("ORG", "Sankeishinbun")}),
    ("Soviet Union behavior was contrary to the Soviet–Japanese Neutrality Pact.",
     {("GPE", "Soviet Union"), ("LAW", "Soviet–Japanese Neutrality Pact")}),
    ("Anne Applebaum Gulag: A History, Doubleday, April 2003",
     {("PERSON", "Anne Applebaum"), ("ORG", "Gulag"), ("ORG", "Doubleday")}),
    ("Seattle and London: University of Washington Press, 2003.",
     {("GPE", "Seattle"), ("GPE", "London"), ("ORG", "University of Washington Press")}),
]


ENGLISH += [
    # a proper-noun run ending in an organisation word, after a name of another kind
    ("Archived at the Wayback Machine Moscow Logos Publishers (2000).",
     {("PRODUCT", "Wayback Machine"), ("ORG", "Moscow Logos Publishers")}),
    # two things run together over a comma; a known acronym keeps its own label
    ("UN Press Release, Commission on Human Rights, 56th session, 13 April 2000.",
     {("ORG", "UN"), ("ORG", "Commission on Human Rights")}),
    # the holder of a copyright is an organisation, and so is the same name later on
    ("© MMXXIII Rich X Search. We shall prevail. All rights reserved. Rich X Search",
     {("ORG", "Rich X Search")}),
]

# What the words around a name say it is: a cue before it, quotes, a region after a comma.
ENGLISH += [
    ('He bought the song "Yellow River" from a friend.', {("WORK_OF_ART", "Yellow River")}),
    ("The squadron flew the P-51 Mustang and later the F-86 Sabre.",
     {("PRODUCT", "P-51 Mustang"), ("PRODUCT", "F-86 Sabre")}),
    ("In 1999 the band Crimson Harbor signed with a label in Leeds.",
     {("ORG", "Crimson Harbor"), ("GPE", "Leeds")}),
    ("They were supported by the band Glass Animals on the tour.", {("ORG", "Glass Animals")}),
    ("The regiment marched from Sandy Hook, Maryland to the river.",
     {("GPE", "Sandy Hook"), ("GPE", "Maryland")}),
    # a unit's number is part of its name
    ("The 65th Air Division directed base operations.", {("ORG", "65th Air Division")}),
    # a nationality before a known state names that state, whichever model tagged what
    ("After leaving French Sudan in 1899, they moved on.", {("GPE", "French Sudan")}),
]

ENGLISH_ABSENT = [
    ("Japanese POW group says files on over 500,000 held in Moscow", {"POW", "Japanese POW"}),
    ("UN Press Release, Commission on Human Rights, 56th session.", {"UN Press Release"}),
    # names are capitalised: common nouns and lowercase words after a name are not part of one
    ("They sailed along the eastern coast and north west to the island.",
     {"the eastern coast", "eastern coast", "north west"}),
    ("The halt at Bank Hey (also Sunnybower or Sunny Bower) is closed.", {"Sunnybower or"}),
]


@pytest.mark.parametrize(("text", "span", "label", "kept"), [
    ("He worked as a kitplane manufacturer in Ohio.", "kitplane manufacturer", "ORG", None),
    ("Bank Hey (also Sunnybower or Sunny Bower)", "Sunnybower or", "ORG", "Sunnybower"),
    ("Andrew Sant (b. 1950) is a poet.", "Andrew Sant (b", "PERSON", "Andrew Sant"),
    ("The Gravel Pit - northbound siding", "Gravel Pit - northbound", "FAC", "Gravel Pit"),
    ("The road to Łódź was long.", "Łódź", "GPE", "Łódź"),  # not ASCII: kept as it is
    ("The club Ajax signed him.", "Ajax", "ORG", "Ajax"),
])
def test_english_names_are_capitalised(text, span, label, kept):
    """What the rule makes of a span the model might give (the small and the medium model
    differ in which of these they produce, so the spans are given here)."""
    from powtext.entities._spans import make_entity
    from powtext.entities.english import _capitalised

    start = text.index(span)
    ann = make_entity(text, start, start + len(span), label, "spacy")
    out = _capitalised(text, [ann])
    assert [a.text for a in out] == ([kept] if kept else [])
    assert all(text[a.start:a.end] == a.text for a in out)


@pytest.mark.parametrize(("text", "absent"), ENGLISH_ABSENT)
def test_english_absent(nlp, text, absent):
    assert not absent & {a.text for a in entities_from_spacy(nlp(text))}


def test_english_surname_follows_the_person_in_the_same_text(nlp):
    text = "Tower man George F. Hauser was questioned. Before Hauser could explain, he left."
    labels = {a.text: a.label for a in entities_from_spacy(nlp(text))}
    assert labels.get("Hauser") in (None, "PERSON")


def test_english_given_names_make_people(nlp):
    from powtext.entities.names import given_names

    if not given_names():
        pytest.skip("the optional name list (pip install 'powtext[given-names]') is not installed")
    text = "Klaus and Henrique left the company in 1928."
    assert {("PERSON", "Klaus"), ("PERSON", "Henrique")} <= _pairs(entities_from_spacy(nlp(text)))


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_table(nlp, text, expected):
    anns = entities_from_spacy(nlp(text))
    _check_valid(text, anns)
    assert expected <= _pairs(anns)


def test_english_drops_numbers_and_leading_the(nlp):
    text = "In 1946 the United States repatriated 3.5 million soldiers."
    anns = entities_from_spacy(nlp(text))
    assert ("GPE", "United States") in _pairs(anns)
    assert not any(a.text[0].isdigit() for a in anns)


def test_english_never_swallows_a_citation_marker(nlp):
    text = _blank_markers("between 60,000[2][3][4][5] and 347,000 died in the Soviet Union.[1]")
    anns = entities_from_spacy(nlp(text))
    _check_valid(text, anns)
    assert ("GPE", "Soviet Union") in _pairs(anns)
    assert all("[" not in a.text for a in anns)


JAPANESE = [
    ("衆議院議員鈴木宗男君提出エリツィン前ロシア大統領の逝去に関する質問に対する答弁書",
     {("ORG", "衆議院"), ("PERSON", "鈴木宗男"), ("PERSON", "エリツィン"), ("GPE", "ロシア")}),
    ("シベリア抑留、露に76万人分の資料 軍事公文書館でカード発見",
     {("LOC", "シベリア"), ("GPE", "露")}),
    ("シベリア抑留は「歪曲」 記憶遺産でロシア", {("LOC", "シベリア"), ("GPE", "ロシア")}),
    ("日本経済新聞", {("ORG", "日本経済新聞")}),
    ("産経新聞によると、京都府舞鶴市に引揚船が到着した。",
     {("ORG", "産経新聞"), ("GPE", "京都府舞鶴市")}),
    ("日本の航空会社では日本航空が使用している。", {("GPE", "日本"), ("ORG", "日本航空")}),
    ("田中角栄は新潟県の出身である。", {("PERSON", "田中角栄"), ("GPE", "新潟県")}),
    ("ボリス・エリツィンはモスクワで生まれたのではない。",
     {("PERSON", "ボリス・エリツィン"), ("GPE", "モスクワ")}),
    ("外務省と東京大学の研究者が会見した。", {("ORG", "外務省"), ("ORG", "東京大学")}),
]


JAPANESE += [
    # a place inside a longer word or name is no mention of the place
    ("日本語の教科書を江戸時代の資料と比べた。", set()),
    # ...but a place before a relational noun is (日本人, ロシア大統領)
    ("日本人の研究者がロシア大統領と会った。", {("GPE", "日本"), ("GPE", "ロシア")}),
    # common nouns before a strong organisation head: publishers, parties, ministries
    ("この本は講談社より発売された。", {("ORG", "講談社")}),
    ("自由党の公認で立候補した。", {("ORG", "自由党")}),
    # Latin capitals standing alone are organisations; glued to kanji they are not
    ("彼はIBMと協議したが、JR九州の列車に乗った。", {("ORG", "IBM")}),
    # a foreign name joined by ・ whose first word is a given name
    ("海軍軍人のコンスタンチン・ポシエトが同行した。", {("PERSON", "コンスタンチン・ポシエト")}),
    # a given name the dictionary cut short
    ("白石晃士の監督による短編映画。", {("PERSON", "白石晃士")}),
    # ...or a last character before a title (the title stays out)
    ("佐藤健太郎監督の映画。", {("PERSON", "佐藤健太郎")}),
    # a company word the dictionary split in two (製作|所, 自動|車)
    ("2010年に日立製作所とトヨタ自動車が提携した。",
     {("ORG", "日立製作所"), ("ORG", "トヨタ自動車")}),
    # an organisation followed by common nouns in the same compound
    ("民主党候補として立候補した。", {("ORG", "民主党")}),
    ("彼は山形大学医学部を卒業した。", {("ORG", "山形大学")}),
    # a katakana name with a title after it or an occupation before it is a person
    ("ザルコフ大統領が来日した。", {("PERSON", "ザルコフ")}),
    ("作家のボルギエフが来日した。", {("PERSON", "ボルギエフ")}),
    ("ジョン・スミス将軍が到着した。", {("PERSON", "ジョン・スミス")}),
    # a time word before a name is no part of it
    ("当時日本放送協会の職員だった。", {("ORG", "日本放送協会")}),
    # an address followed by the place's own body is that body
    ("横浜市交通局と福岡県議会が協定を結んだ。",
     {("ORG", "横浜市交通局"), ("ORG", "福岡県議会")}),
    # names listed with ・ or paired with 対 are separate names; a place・team name is a team
    ("自民党・公明党が合意した。", {("ORG", "自民党"), ("ORG", "公明党")}),
    ("ボストン・セルティックス対シカゴ・ブルズの試合。",
     {("ORG", "ボストン・セルティックス"), ("ORG", "シカゴ・ブルズ")}),
    # …戦 is a match against the team; the team is the name
    ("福岡ソフトバンクホークス戦に登板した。", {("ORG", "福岡ソフトバンクホークス")}),
    # a family name before a kind of business is a firm
    ("鈴木産業と田中鉄道が合併した。", {("ORG", "鈴木産業"), ("ORG", "田中鉄道")}),
    # a katakana name shown to be a firm or a club by the words after it
    ("翌年、ゼノテック社を買収した。", {("ORG", "ゼノテック社")}),
    ("ガルバニクスの株価が下がった。", {("ORG", "ガルバニクス")}),
    ("彼はバロッサに移籍した。", {("ORG", "バロッサ")}),
]

JAPANESE_ABSENT = [
    ("日本語の教科書を江戸時代の資料と比べた。", {"日本", "江戸"}),
    ("JR九州の列車に乗った。", {"JR"}),
    ("新聞社の記者が来た。", {"新聞社"}),
    ("昭和期の日本の実業家。", {"昭和"}),
    # a kind of company is no company
    ("大手の航空会社とレコード会社が契約した。", {"航空会社", "レコード会社"}),
    # abbreviations of common things, and words of a Latin title
    ("新作のDVDとCMが話題になり、MVPも受賞した。", {"DVD", "CM", "MVP"}),
    ("漫画「CITY HUNTER」を読んだ。", {"CITY", "HUNTER"}),
    # a title is not an organisation; a known common word is no person
    ("ジョン・スミス将軍が到着した。", {"ジョン・スミス将軍"}),
    ("女優デビューを果たした。", {"デビュー"}),
    # era names are periods, not organisations
    ("大正、昭和期の政治家。", {"大正", "昭和"}),
    # an organisation inside an event's name, a venue, kinds of organisation, a person's work
    ("2015年大阪府議会選挙に出馬した。", {"大阪府議会", "大阪府", "2015年大阪府議会選挙"}),
    ("第40回衆議院議員総選挙に立候補した。", {"衆議院"}),
    ("名古屋ドームで試合があった。", {"名古屋ドーム"}),
    ("メーカーの製品を買い、チームに移籍した。", {"メーカー", "チーム"}),
    ("ヤングの作品を読んだ。", {"ヤング"}),
]


@pytest.mark.parametrize(("text", "absent"), JAPANESE_ABSENT)
def test_japanese_absent(text, absent):
    found = {a.text for a in entities_from_tokens(text, _japanese_tokens(text))}
    assert not absent & found


def test_japanese_backend_selection():
    from powtext.entities.japanese import BACKENDS, japanese_recognizer

    assert BACKENDS == ("unidic", "ginza", "auto")
    rec = japanese_recognizer("unidic")
    assert rec.backend == "unidic" and rec.name == "unidic-rules"
    text = "外務省と東京大学の研究者が会見した。"
    assert ("ORG", "外務省") in _pairs(rec(text, _japanese_tokens(text)))
    assert japanese_recognizer("auto").backend in ("unidic", "ginza")
    with pytest.raises(ValueError):
        japanese_recognizer("mecab")


@pytest.mark.parametrize(("text", "expected"), JAPANESE)
def test_japanese_table(text, expected):
    anns = entities_from_tokens(text, _japanese_tokens(text))
    _check_valid(text, anns)
    assert expected <= _pairs(anns)


def test_japanese_counter_is_not_an_org():
    text = "3社で使用されている。"
    assert not entities_from_tokens(text, _japanese_tokens(text))


RUSSIAN = [
    ("Президент России Борис Ельцин прибыл в Токио.",
     {("GPE", "России"), ("PERSON", "Борис Ельцин"), ("GPE", "Токио")}),
    ("Военнопленные в СССР. 1939–1956: Документы и материалы; Под ред. М.М. Загорулько. "
     "– М.: Логос, 2000. – 1118 с.: ил.",
     {("GPE", "СССР"), ("PERSON", "М.М. Загорулько"), ("GPE", "М."), ("ORG", "Логос")}),
    ("Министерство иностранных дел России выступило с заявлением в Москве.",
     {("GPE", "Москве")}),
    ("Об этом заявил глава МИД Литвы.", {("ORG", "МИД Литвы"), ("GPE", "Литвы")}),
    ("Сделку одобрила компания «Ромашка».", {("ORG", "компания «Ромашка")}),
]


RUSSIAN += [
    # an adjective of a state acting is a mention of the state (factRuEval's LocOrg), and with
    # an institution it names an organisation
    ("Об этом сообщили российские власти.", {("GPE", "российские")}),
    ("Представитель советского правительства отказался.",
     {("GPE", "советского"), ("ORG", "советского правительства")}),
]


RUSSIAN += [
    # every word is tried as a state adjective, not every other one
    ("Он обратился через советское консульство.", {("ORG", "советское консульство")}),
    # ...with the genitive phrase that completes the institution
    ("Представитель американского министерства иностранных дел отказался.",
     {("ORG", "американского министерства иностранных дел")}),
    # an institution named by its place spans both; the place stays a mention
    ("Решение приняло правительство Великобритании.",
     {("ORG", "правительство Великобритании"), ("GPE", "Великобритании")}),
    # a word that is a surname first is a person where Natasha saw nothing
    ("Порошенко договорился с партнёрами.", {("PERSON", "Порошенко")}),
]

RUSSIAN_ABSENT = [
    # the institution with its place is one organisation; its head alone is no second one
    ("Об этом заявил глава МИД Литвы.", {"МИД"}),
    # a person in the genitive after a named organisation is its head, not its name
    ("Суд обязал главу ВТБ Андрея Костина явиться.", {"ВТБ Андрея Костина"}),
    ("Однако власти промолчали.", {"Однако"}),
]


@pytest.mark.parametrize(("text", "absent"), RUSSIAN_ABSENT)
def test_russian_absent(russian, text, absent):
    assert not absent & {a.text for a in russian(text)}


def test_russian_unknown_first_name_joins_the_person():
    from powtext.entities.russian import _postprocess

    text = "Министр Натсаг Цэвээн выступила."
    start = text.index("Цэвээн")
    anns = _postprocess(text, [(start, start + len("Цэвээн"), "PER")])
    assert ("PERSON", "Натсаг Цэвээн") in _pairs(anns)
    anns = _postprocess("Министр Иван Петров выступил.", [(13, 19, "PER")])
    assert ("PERSON", "Иван Петров") in _pairs(anns)  # a given name in the dictionary joins
    text = "Вчера Петров выступил."  # a known common word before the name stays out
    start = text.index("Петров")
    assert ("PERSON", "Петров") in _pairs(_postprocess(text, [(start, start + 6, "PER")]))


@pytest.mark.parametrize(("text", "expected"), RUSSIAN)
def test_russian_table(russian, text, expected):
    anns = russian(text)
    _check_valid(text, anns)
    assert expected <= _pairs(anns)


def test_russian_recognizer_identity(russian):
    assert russian.name == "natasha"
    assert russian.version.count(".") >= 1


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_any_text_yields_valid_spans(nlp, russian, text):
    # hypothesis + fixtures: module-scoped fixtures are fine here (no per-example state)
    for anns in (
        entities_from_spacy(nlp(text)),
        russian(text),
        entities_from_tokens(text, _japanese_tokens(text)),
    ):
        _check_valid(text, anns)


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="シベリアロシア露日本衆議院鈴木宗男君・ー 、。「」新聞社県市", max_size=40))
def test_japanese_rules_on_japanese_like_text(text):
    _check_valid(text, entities_from_tokens(text, _japanese_tokens(text)))


def test_japanese_tolerates_bad_tokens():
    from powtext.model import Token

    text = "ロシア"
    bad = [Token(0, 99, 0, "x", "NOUN", "名詞-固有名詞-地名-国"), Token(5, 2, 0, "", "X", "")]
    _check_valid(text, entities_from_tokens(text, bad))


def test_english_surname_is_the_person_across_paragraphs():
    import powtext

    text = ("The crash\n\nTower man George F. Hauser gave the excursion train the right of way.\n\n"
            "After the investigation, Hauser was put under arrest.\n")
    doc = powtext.annotate(text)
    labels = {(a.text, a.label) for a in doc.annotations if a.type == "entity"}
    assert ("Hauser", "PERSON") in labels and ("Hauser", "ORG") not in labels


def test_english_one_label_per_name_in_a_document():
    """The model's label for a name is the one it gives in most places; ties and the
    gazetteer's labels stand."""
    from powtext.entities._spans import make_entity
    from powtext.entities.english import one_sense_per_document

    text = "Wexley won. Wexley lost. Wexley drew. Japan won. Pemberly rose. Pemberly fell."
    spans = [("Wexley", 0, "PERSON"), ("Wexley", 12, "ORG"), ("Wexley", 25, "PERSON"),
             ("Japan", 38, "GPE"), ("Pemberly", 49, "GPE"), ("Pemberly", 64, "ORG")]
    anns = []
    for name, start, label in spans:
        assert text[start:start + len(name)] == name
        anns.append(make_entity(text, start, start + len(name), label, "spacy"))
    one_sense_per_document(anns)
    assert [a.label for a in anns] == ["PERSON", "PERSON", "PERSON", "GPE", "GPE", "ORG"]


def test_english_firm_named_after_its_founder_stays_a_firm():
    import powtext

    text = ("William Boeing founded his company in Seattle in 1916.\n\n"
            "Today Boeing builds aircraft and Boeing employs many.\n")
    doc = powtext.annotate(text)
    labels = [a.label for a in doc.annotations if a.type == "entity" and a.text == "Boeing"]
    assert labels and "PERSON" not in labels


def test_english_numbered_unit_by_its_number_alone():
    """A unit named in full, then by its number alone in later paragraphs; not a street of the
    same number, a day of the month or a number nothing in the document names."""
    import powtext

    text = ("The 139th New York Volunteer Infantry Regiment was formed in 1862.\n\n"
            "The 139th fought in the Overland Campaign. On the 12th the 139th marched south.\n\n"
            "The 139th Street depot and the 140th stood empty.\n")
    doc = powtext.annotate(text)
    units = [(a.start, a.text) for a in doc.annotations
             if a.type == "entity" and a.label == "ORG" and a.text == "139th"]
    assert [text[s - 4:s] for s, _ in units] == ["The ", "the "]
    assert not any(a.type == "entity" and a.text in ("140th", "12th") for a in doc.annotations)

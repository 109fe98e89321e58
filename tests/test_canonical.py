"""Identity across languages: the same entity gets the same `canonical` in en, ja and ru."""

from __future__ import annotations

import pytest

from powtext.entities import gazetteer
from powtext.entities.canonical import canonicalize
from powtext.entities.translit import cyrillic_to_latin, katakana_to_latin, phonetic_key
from powtext.model import ENTITY_LABELS, Annotation


def _ent(text, label):
    return Annotation(type="entity", start=0, end=len(text), text=text, label=label)


def _canon(items):
    pairs = [(_ent(text, label), lang) for text, label, lang in items]
    canonicalize(pairs)
    return [a for a, _ in pairs]


GROUPS = [
    # (members, expected canonical, expected English name)
    ([("Russia", "GPE", "en"), ("ロシア", "GPE", "ja"), ("露", "GPE", "ja"),
      ("Россия", "GPE", "ru"), ("России", "GPE", "ru"), ("Российской Федерации", "GPE", "ru")],
     "Q159", "Russia"),
    ([("Soviet Union", "GPE", "en"), ("USSR", "GPE", "en"), ("the Soviet Union", "GPE", "en"),
      ("СССР", "GPE", "ru"), ("Советского Союза", "LOC", "ru"), ("ソ連", "GPE", "ja"),
      ("ソビエト連邦", "GPE", "ja")],
     "Q15180", "Soviet Union"),
    ([("Boris Yeltsin", "PERSON", "en"), ("Yeltsin", "PERSON", "en"),
      ("エリツィン", "PERSON", "ja"), ("Ельцин", "PERSON", "ru"), ("Ельцина", "PERSON", "ru")],
     "Q34453", "Boris Yeltsin"),
    ([("Japan", "GPE", "en"), ("日本", "GPE", "ja"), ("Японии", "GPE", "ru")], "Q17", "Japan"),
    ([("Mongolia", "GPE", "en"), ("モンゴル", "GPE", "ja"), ("Монголия", "GPE", "ru")],
     "Q711", "Mongolia"),
    ([("Moscow", "GPE", "en"), ("モスクワ", "GPE", "ja"), ("Москве", "GPE", "ru")],
     "Q649", "Moscow"),
    ([("Siberia", "LOC", "en"), ("シベリア", "LOC", "ja"), ("Сибири", "LOC", "ru")],
     None, "Siberia"),
    ([("衆議院", "ORG", "ja"), ("House of Representatives", "ORG", "en")],
     None, "House of Representatives of Japan"),
    ([("日本経済新聞", "ORG", "ja"), ("Nihon Keizai Shimbun", "ORG", "en")],
     None, "Nihon Keizai Shimbun"),
    ([("Sankeishinbun", "ORG", "en"), ("産経新聞", "ORG", "ja")], None, "Sankei Shimbun"),
    # places of the internment: camps, rivers, railways
    ([("Tayshet", "GPE", "en"), ("Taishet", "GPE", "en"), ("タイシェト", "GPE", "ja"),
      ("Тайшет", "GPE", "ru")], None, "Tayshet"),
    ([("Amur", "LOC", "en"), ("アムール川", "LOC", "ja"), ("Амур", "LOC", "ru")],
     None, "Amur River"),
    ([("Trans-Siberian Railway", "FAC", "en"), ("シベリア鉄道", "FAC", "ja"),
      ("Транссиб", "FAC", "ru")], None, "Trans-Siberian Railway"),
]


def test_cross_language_groups():
    for members, expected, name in GROUPS:
        anns = _canon(members)
        ids = {a.canonical for a in anns}
        assert len(ids) == 1, (members, [(a.text, a.canonical) for a in anns])
        if expected:
            assert ids == {expected}
        assert {a.canonical_name for a in anns} == {name}
        assert all(a.canonical_source in ("gazetteer", "cldr") for a in anns)


def test_soviet_union_is_not_russia_but_related():
    su, ru = _canon([("Soviet Union", "GPE", "en"), ("Russia", "GPE", "en")])
    assert su.canonical != ru.canonical
    assert ru.canonical in (su.related or [])


def test_cldr_covers_states_without_gazetteer_lines():
    anns = _canon([("Kenya", "GPE", "en"), ("ケニア", "GPE", "ja"), ("Кения", "GPE", "ru")])
    assert {a.canonical for a in anns} == {"iso3166:KE"}
    assert {a.canonical_source for a in anns} == {"cldr"}


def test_transliteration_links_to_english_in_the_document():
    anns = _canon([
        ("Zagorulko", "PERSON", "en"), ("М.М. Загорулько", "PERSON", "ru"),
        ("Moscow Logos Publishers", "ORG", "en"), ("Логос", "ORG", "ru"),
        ("Ulrich Straus", "PERSON", "en"), ("ストラウス", "PERSON", "ja"),
    ])
    zag_en, zag_ru, logos_en, logos_ru, straus_en, straus_ja = anns
    assert zag_ru.canonical == zag_en.canonical
    assert zag_ru.canonical_source == "transliteration"
    assert logos_ru.canonical == logos_en.canonical
    assert straus_ja.canonical == straus_en.canonical
    assert straus_ja.canonical_source == "transliteration"


def test_russian_publishing_place_is_moscow():
    (place,) = _canon([("М.", "GPE", "ru")])
    assert place.canonical == "Q649"


def test_no_link_between_different_kinds_or_unlike_names():
    anns = _canon([("Zagorulko", "ORG", "en"), ("Загорулько", "PERSON", "ru"),
                   ("Petrov", "PERSON", "en"), ("Иванов", "PERSON", "ru")])
    assert anns[1].canonical != anns[0].canonical
    assert anns[3].canonical != anns[2].canonical
    assert anns[3].canonical_source == "normalized"


def test_surname_follows_full_name():
    full, short = _canon([("Anne Example", "PERSON", "en"), ("Example", "PERSON", "en")])
    assert short.canonical == full.canonical


def test_unknown_names_get_a_stable_key():
    a, _ = _canon([("Рогов", "PERSON", "ru"), ("Рогова", "PERSON", "ru")])
    assert a.canonical and a.canonical.startswith("ru:")
    assert a.canonical_source == "normalized"


def test_romanization_tables():
    assert cyrillic_to_latin("Загорулько") == "zagorulko"
    assert cyrillic_to_latin("Ельцин") == "yeltsin"
    assert katakana_to_latin("エリツィン") == "eritsin"
    assert phonetic_key("エリツィン") == phonetic_key("Yeltsin") == phonetic_key("Ельцин")


def test_gazetteer_file_is_well_formed():
    ids = [e.id for e in gazetteer.entries()]
    assert len(ids) == len(set(ids))
    for entry in gazetteer.entries():
        assert entry.label in ENTITY_LABELS
        assert entry.names["en"]
        assert entry.id.startswith(("Q", "gaz:"))


def test_canonicalize_never_raises_on_odd_input():
    anns = _canon([("", "PERSON", "xx"), ("???", None, "ja"), ("ー", "ORG", "ja")])
    assert all(a.canonical for a in anns)


@pytest.mark.parametrize(("en", "other", "lang"), [
    ("Cold War", "Холодная война", "ru"),
    ("Cold War", "冷戦", "ja"),
    ("Industrial Revolution", "産業革命", "ja"),
    ("Renaissance", "Возрождение", "ru"),
    ("Nakhodka", "Находка", "ru"),
    ("Nakhodka", "ナホトカ", "ja"),
    ("Western Front", "西部戦線", "ja"),
])
def test_periods_and_places_of_history_are_one_across_languages(en, other, lang):
    a, b = gazetteer.lookup(en), gazetteer.lookup(other)
    assert a is not None and b is not None and a.id == b.id


def test_an_author_surname_first_is_the_same_person():
    """"Applebaum, Anne" at the head of a reference is the Anne Applebaum of the text."""
    import powtext

    text = ("Anne Applebaum wrote about the camps.\n\n"
            "Applebaum, Anne (2003). Gulag: A History. New York: Doubleday.\n\n"
            "Kuznetsov, Sergei (1997). Japanese prisoners in Siberia.\n\n"
            "Sergei Kuznetsov counted them.\n")
    doc = powtext.annotate(text)
    people = {a.text: a.canonical for a in doc.annotations
              if a.type == "entity" and a.label == "PERSON"}
    assert people["Applebaum, Anne"] == people["Anne Applebaum"]
    assert people["Kuznetsov, Sergei"] == people["Sergei Kuznetsov"]


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Kuznetsov", "Кузнецов"), ("Zhukov", "Жуков"), ("Vasilevsky", "Василевский"),
    ("Shcherbakov", "Щербаков"), ("Yegorov", "Егоров")])
def test_romanized_russian_back_to_cyrillic(latin, cyrillic):
    from powtext.entities.translit import latin_to_cyrillic

    assert latin_to_cyrillic(latin) == cyrillic

"""Russian entity rules on top of Natasha: factRuEval-style spans and pymorphy3 readings.

Every sentence here is one that a rule changes (Natasha plus the older rules gave something
else); offsets are checked exactly.
"""

from __future__ import annotations

import pytest

from powtext.entities.russian import RussianRecognizer


@pytest.fixture(scope="module")
def russian():
    return RussianRecognizer()


def _spans(text, anns):
    for a in anns:
        assert text[a.start:a.end] == a.text
    return {(a.start, a.end, a.text, a.label) for a in anns}


def _at(text, surface, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return (start, start + len(surface), surface, label)


PRESENT = [
    # a person an organisation is named after is a mention of the person, nested
    ("Выставка открылась в ГМИИ им. Пушкина на Волхонке.",
     [("ГМИИ им. Пушкина", "ORG"), ("Пушкина", "PERSON")]),
    ("Концерт прошёл в Музее имени Чайковского в Клину.",
     [("Музее имени Чайковского", "ORG"), ("Чайковского", "PERSON")]),
    ("Он учился в Университете Джорджа Вашингтона.",
     [("Университете Джорджа Вашингтона", "ORG"), ("Джорджа Вашингтона", "PERSON")]),
    # a body named by its head: the body spans the person, who stays a mention
    ("В штабе Навального отказались от комментариев.",
     [("штабе Навального", "ORG"), ("Навального", "PERSON")]),
    ("Пресс-служба Собянина сообщила о новых мерах.",
     [("Пресс-служба Собянина", "ORG"), ("Собянина", "PERSON")]),
    # superlatives and pronouns in front of a descriptor stay out of the organisation
    ("Акции купила одна из крупнейших российских нефтяных компаний «Лукойл».",
     [("российских нефтяных компаний «Лукойл", "ORG")]),
    ("Вместе со своей группой «Кино» он объездил страну.", [("группой «Кино", "ORG")]),
    # compound descriptors: "интернет-издание", "медиакомпания"
    ("Об этом сообщило интернет-издание Meduza со ссылкой на источники.",
     [("интернет-издание Meduza", "ORG")]),
    # a body named by a common noun goes on with its genitive attribute (and owner)
    ("Письмо направили Всероссийскому совету местного самоуправления на прошлой неделе.",
     [("Всероссийскому совету местного самоуправления", "ORG")]),
    ("Доклад подготовил Фонд поддержки малого бизнеса Microsoft в прошлом году.",
     [("Фонд поддержки малого бизнеса Microsoft", "ORG"), ("Microsoft", "ORG")]),
    # a river, a settlement, a state with the noun of its kind
    ("Туристы сплавлялись по реке Катунь всю неделю.", [("реке Катунь", "LOC")]),
    ("Жители посёлка Комарово жалуются на дороги.", [("посёлка Комарово", "LOC")]),
    # a building named by the body it houses
    ("Митинг прошёл у здания Госдумы в среду.",
     [("здания Госдумы", "LOC"), ("Госдумы", "ORG")]),
    # a lone word pymorphy3 reads as a place name or a given name
    ("Список участников:\n• Намибия\n• Уганда", [("Намибия", "GPE"), ("Уганда", "GPE")]),
    ("Главные роли:\n• Лазарь\n• Марфа", [("Лазарь", "PERSON"), ("Марфа", "PERSON")]),
    ("Кто такой Лукулл?»", [("Лукулл", "PERSON")]),
    # given names coordinated before one surname in the plural
    ("Акциями владеют Аркадий и Борис Ротенберги.",
     [("Аркадий и Борис Ротенберги", "PERSON"), ("Борис Ротенберги", "PERSON")]),
    ("Сделку одобрили Аркадия и Бориса Ротенбергов партнёры.",
     [("Аркадия и Бориса Ротенбергов", "PERSON"), ("Бориса Ротенбергов", "PERSON")]),
    # an exclamation mark the sentence goes on after belongs to the name
    ("Письмо акционерам Yahoo! опубликовали вчера.", [("Yahoo!", "ORG")]),
    # institutions named by their place, with their adjectives
    ("В понедельник делегация Франции прибыла в Минск.",
     [("делегация Франции", "ORG"), ("Франции", "GPE")]),
    ("Вчера государственный департамент США выслал дипломатов.",
     [("государственный департамент США", "ORG"), ("США", "GPE")]),
    # a place inside an organisation's name
    ("Он работал на радиостанции «Эхо Москвы» десять лет.",
     [("радиостанции «Эхо Москвы", "ORG"), ("Москвы", "GPE")]),
    ("Письмо подписали сотрудники Российской академии наук.",
     [("Российской академии наук", "ORG"), ("Российской", "GPE")]),
]


@pytest.mark.parametrize(("text", "expected"), PRESENT)
def test_russian_rule_spans(russian, text, expected):
    spans = _spans(text, russian(text))
    for surface, label in expected:
        assert _at(text, surface, label) in spans, (surface, label, sorted(spans))


ABSENT = [
    ("Акции купила одна из крупнейших российских нефтяных компаний «Лукойл».",
     {"крупнейших российских нефтяных компаний «Лукойл", "Лукойл"}),
    ("Вместе со своей группой «Кино» он объездил страну.", {"своей группой «Кино"}),
    ("Туристы сплавлялись по реке Катунь всю неделю.", {"Катунь"}),
    ("Письмо акционерам Yahoo! опубликовали вчера.", {"Yahoo"}),
    ("Сделку одобрили Аркадия и Бориса Ротенбергов партнёры.", {"Аркадия"}),
    # not every rule applies everywhere
    ("Он приехал в город Казань вечером.", {"город Казань"}),  # "город" stays out
    ("Все работают в Yahoo!", {"Yahoo!"}),  # the sentence ends there
    ("Российский оператор «Мегафон» снизил тарифы.", {"Российский"}),  # a plain descriptor
    ("Это сказали в правительстве Страны восходящего солнца неделю назад.",
     {"правительстве Страны восходящего солнца неделю"}),
]


@pytest.mark.parametrize(("text", "absent"), ABSENT)
def test_russian_rule_limits(russian, text, absent):
    assert not absent & {a.text for a in russian(text)}

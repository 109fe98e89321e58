"""Russian entities from Natasha (Slovnet NER, shipped in the wheel, runs offline), with
span conventions of Russian news annotation and a few rules on pymorphy3's analyses:

- an organisation includes its descriptor ("компании «Ив Роше»") and its genitive
  complement ("МИД России"); the inner names stay as entities of their own (nested);
- "X (Y)" is two mentions; a capitalized verb or pronoun is no name; "Горничная Лизка" → Лизка;
- bibliographic "М.: Логос, 2000" is a place of publication and a publisher.
"""

from __future__ import annotations

import re
from importlib import metadata

from powtext.entities._spans import make_entity
from powtext.entities.gazetteer import lookup
from powtext.entities.morph import parses
from powtext.model import Annotation

_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

# Russian bibliographic convention: the place of publication abbreviated before a colon,
# "М.: Логос, 2000" (Moscow), "СПб.: Наука" (St Petersburg), "Л.: ..." (Leningrad).
_PUBLISHING_PLACE = re.compile(r"(?<![\w.])(М|Л|СПб|К|Мн|Новосиб|Свердл)\.(?=\s*:)")
PUBLISHING_PLACES = {"М.": "Москва", "Л.": "Ленинград", "СПб.": "Санкт-Петербург", "К.": "Киев",
                     "Мн.": "Минск", "Новосиб.": "Новосибирск", "Свердл.": "Свердловск"}
# ...and the publisher after it, up to the comma before the year: "М.: Логос, 2000".
_PUBLISHER = re.compile(r"\.\s*:\s*([«\"]?[А-ЯЁA-Z][^,;:\n]{0,60}?[»\"]?)\s*,\s*\d{4}")
# A capitalized abbreviation of an ordinary word ("Науч.-исслед.") is no name.
_ABBREVIATED_WORD = re.compile(r"\.\s*-|\.-")
# Common nouns written in capitals that Natasha takes for organisations.
_GENERIC_CAPS = {"СМИ", "ВВП", "ДТП", "ЧП", "ЖКХ", "НДС", "ИИ", "ПО", "ОС", "ВУЗ", "НКО", "IT"}
# Nouns that name the kind of an organisation; they join the name that follows.
_ORG_DESCRIPTORS = {
    "компания", "концерн", "холдинг", "группа", "агентство", "издание", "газета", "журнал",
    "банк", "фонд", "партия", "завод", "корпорация", "издательство", "радиостанция", "телеканал",
    "оператор", "медиагруппа", "инвестфонд", "движение", "организация", "объединение", "фирма",
    "авиакомпания", "производитель", "театр", "клуб", "команда", "ансамбль", "университет",
    "институт", "интернет-компания", "телекомпания", "информагентство", "блог-сервис", "сервис",
    "сеть", "соцсеть", "оао", "зао", "ооо", "пао", "ао", "гмк", "нак", "фгуп", "гуп", "нпо",
    "руководство", "нефтетрейдер", "госкорпорация", "группировка", "союз", "ассоциация",
}
_NAME_GRAMMEMES = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"}
_NOT_NAMES = {"VERB", "INFN", "NPRO", "INTJ", "PRCL", "CONJ", "PREP", "GRND", "PRTS", "ADVB",
              "PRED", "COMP"}


class RussianRecognizer:
    """Callable: Russian text → entity annotations. Loads the Natasha models once."""

    name = "natasha"

    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        self.version = metadata.version("natasha")
        self._segmenter = Segmenter()
        self._tagger = NewsNERTagger(NewsEmbedding())

    def natasha_spans(self, text: str) -> list[tuple[int, int, str]]:
        """Natasha's own (start, end, PER/LOC/ORG) spans, unchanged (the bench baseline)."""
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self._segmenter)
        doc.tag_ner(self._tagger)
        return [(s.start, s.stop, s.type) for s in doc.spans]

    def __call__(self, text: str) -> list[Annotation]:
        try:
            if not text or not text.strip():
                return []
            return _postprocess(text, self.natasha_spans(text))
        except Exception:  # a bad segment must not stop the pipeline
            return []


def _postprocess(text: str, spans: list[tuple[int, int, str]]) -> list[Annotation]:
    base: list[Annotation] = []
    publishers = [m.span(1) for m in _PUBLISHER.finditer(text)]
    for start, end in publishers:
        _add(base, text, start, end, "ORG", "rules")
    for m in _PUBLISHING_PLACE.finditer(text):
        _add(base, text, m.start(), m.end(), "GPE", "rules")
    for start, end, kind in spans:
        if _ABBREVIATED_WORD.match(text, end):
            continue
        for s, e in _split_parenthesis(text, start, end):
            s = _strip_title_word(text, s, e) if kind == "PER" else s
            surface = text[s:e].strip()
            if surface in _GENERIC_CAPS or _not_a_name(surface):
                continue
            _add(base, text, s, e, _label(kind, surface), "natasha")
    base = _non_overlapping(base)
    base = [_given_name_before(text, a, base) for a in base]
    base = [_geographic_term(text, a, base) for a in base]
    base = _shared_surname(text, base)
    base.extend(_state_adjectives(text, base))
    base.extend(_place_institutions(text, base))
    base.extend(_lone_surnames(text, base))
    base.extend(_person_organisations(text, base))
    out = _organisation_spans(text, sorted(base, key=lambda a: (a.start, a.end)))
    out.extend(_persons_in_organisations(text, out))
    out.extend(_buildings(text, out))
    out.extend(_places_in_organisations(text, out))
    out = [_exclamation_in_name(text, a) for a in out]
    return sorted(out, key=lambda a: (a.start, -a.end))


def _add(out: list[Annotation], text: str, start: int, end: int, label: str, source: str) -> None:
    ann = make_entity(text, start, end, label, source)
    if ann is not None:
        out.append(ann)


def _non_overlapping(anns: list[Annotation]) -> list[Annotation]:
    kept: list[Annotation] = []
    for ann in anns:  # rules were added first and win
        if all(ann.end <= k.start or k.end <= ann.start for k in kept):
            kept.append(ann)
    return sorted(kept, key=lambda a: (a.start, a.end))


def _split_parenthesis(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"Фонда развития (ФРИИ)" is two mentions of one organisation."""
    piece = text[start:end]
    m = re.search(r"\s*\(([^()]+)\)?\s*$", piece)
    if m and m.start() > 0:
        return [(start, start + m.start()), (start + m.start(1), start + m.end(1))]
    return [(start, end)]


def _strip_title_word(text: str, start: int, end: int) -> int:
    """"Горничная Лизка" → "Лизка": a leading common noun is a title, not part of the name."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 2:
        return start
    first = words[0].group()
    analyses = parses(first)
    if analyses and all(
        p.tag.POS in ("NOUN", "ADJF") and not (_NAME_GRAMMEMES & set(p.tag.grammemes))
        for p in analyses
    ):
        return start + words[1].start()
    return start


def _not_a_name(surface: str) -> bool:
    """A single capitalized verb, pronoun or interjection ("Опустили", "Кто") is no name."""
    if " " in surface or not surface.isalpha():
        return False
    analyses = parses(surface)
    if not analyses or analyses[0].tag.POS not in _NOT_NAMES:
        return False
    return not any(_NAME_GRAMMEMES & set(p.tag.grammemes) for p in analyses)


def _label(kind: str, surface: str) -> str:
    """Natasha's label, unless the gazetteer knows the name (ЕС is an organisation; a LOC
    that is a state or a city becomes GPE)."""
    from powtext.entities.morph import russian_nominative

    label = _LABELS.get(kind, "ORG")
    entry = lookup(surface) or lookup(russian_nominative(surface))
    if entry is None:
        return label
    if label == "LOC" and entry.label in ("GPE", "LOC", "ORG"):
        return entry.label
    if label == "ORG" and entry.label == "GPE" and entry.source == "gazetteer":
        return label  # "Россия" as an actor stays what Natasha said
    return label


_WORD_BEFORE = re.compile(r"([А-Яа-яЁёA-Za-z-]+)\s*[«\"]?\s*$")


def _organisation_spans(text: str, anns: list[Annotation]) -> list[Annotation]:
    """Extend organisations by their descriptor and genitive complement (keeping inner names)."""
    out = list(anns)
    for i, ann in enumerate(anns):
        if ann.label != "ORG":
            continue
        start, end = ann.start, ann.end
        # a body named by a common noun goes on with its genitive attribute: "Всероссийскому
        # совету| местного самоуправления", "Фонда| посевного финансирования Microsoft"
        if _common_noun(ann.text.split()[-1]) and not any(
                a is not ann and a.end == end and a.start >= start for a in anns):
            end = _genitive_tail(text, end)
        # genitive complement: "МИД России", "Совета муфтиев России", "фонд Владимира Потанина"
        nxt = next((a for a in anns[i + 1:] if a.start >= end), None)
        if nxt is not None and text[end:nxt.start] == " " and _genitive(nxt.text.split()[0]) and (
                nxt.label != "PERSON" or _named_after_person(ann.text)):
            end = nxt.end
        start = _descriptor_start(text, start, anns)
        if (start, end) != (ann.start, ann.end):
            ext = make_entity(text, start, end, "ORG", ann.source)
            if ext is not None:
                out.remove(ann) if start != ann.start or end != ann.end else None
                out.append(ext)
    return sorted(out, key=lambda a: (a.start, -a.end))


# Organisations named after a person ("фонд Владимира Потанина", "штаб Навального"); after a
# name such as "РЖД" or "Еврокомиссии" a person in the genitive is its head, not its name.
_NAMED_AFTER = frozenset({"фонд", "штаб", "театр", "музей", "институт", "университет", "центр",
                          "библиотека", "премия", "семья", "клуб", "школа", "завод"})


def _named_after_person(org: str) -> bool:
    last = org.split()[-1]
    return any(p.normal_form in _NAMED_AFTER for p in parses(last.lower())[:1])


def _descriptor_start(text: str, start: int, anns: list[Annotation]) -> int:
    """Where "(adjectives) descriptor «" before an organisation name begins, else `start`."""
    m = _WORD_BEFORE.search(text, 0, start)
    if m is None or any(a.start < start and a.end > m.start() for a in anns):
        return start
    if not _descriptor(m.group(1)):
        return start
    return _adjectives_before(text, m.start(1))


def _adjectives_before(text: str, new: int) -> int:
    """Relative adjectives in front of a descriptor classify it: "Немецкий автомобильный
    концерн"; superlatives and pronouns only describe it and stay out ("крупнейшей российской
    социальной сети", "своей группой")."""
    while True:
        prev = re.search(r"([А-Яа-яЁё-]+)\s+$", text[:new])
        tag = parses(prev.group(1))[0].tag if prev is not None and parses(prev.group(1)) else None
        if tag is None or tag.POS != "ADJF" or {"Supr", "Apro"} & set(tag.grammemes):
            break
        new = prev.start(1)
    return new


# Prefixes that make compound descriptors: "медиакомпания", "интернет-издание", "CDMA-оператор".
_DESCRIPTOR_PREFIX = re.compile(r"^(?:.+-|медиа|интернет|теле|радио|авиа|инвест|информ|нефте)")


def _descriptor(word: str) -> bool:
    """Does the word name a kind of organisation (compounds included)?"""
    for p in parses(word)[:2]:
        lemma = p.normal_form
        if lemma in _ORG_DESCRIPTORS or _DESCRIPTOR_PREFIX.sub("", lemma) in _ORG_DESCRIPTORS:
            return True
    return False


def _common_noun(word: str) -> bool:
    """A noun with no reading as a name ("совету", "Фонда"; not "Газпрома", "России")."""
    analyses = parses(word.lower())
    return bool(analyses) and analyses[0].tag.POS == "NOUN" and not any(
        _NAME_GRAMMEMES & set(p.tag.grammemes) for p in parses(word))


def _genitive(word: str) -> bool:
    analyses = parses(word)
    if not analyses:
        return word.isupper()  # abbreviations (РФ, США, МГУ) are indeclinable
    top = analyses[0]
    grams = top.tag.grammemes
    return "gent" in grams or "LATN" in grams or (word.isupper() and "Abbr" in grams) or (
        "Fixd" in grams and word[:1].isupper())


# Adjectives of states that act (factRuEval's LocOrg): "российские власти", "украинской стороны".
STATE_ADJECTIVES = frozenset({
    "российский", "советский", "украинский", "американский", "японский", "китайский",
    "британский", "немецкий", "германский", "французский", "белорусский", "казахстанский",
    "грузинский", "азербайджанский", "армянский", "турецкий", "иранский", "израильский",
    "польский", "литовский", "латвийский", "эстонский", "шведский", "финский", "норвежский",
    "итальянский", "испанский", "греческий", "канадский", "австралийский", "индийский",
    "корейский", "северокорейский", "южнокорейский", "сирийский", "иракский", "афганский",
    "египетский", "венесуэльский", "боливийский", "кубинский", "мексиканский", "бразильский",
})
# Institutions that an adjective of a state names: "советского правительства" is an organisation.
_INSTITUTIONS = frozenset({
    "правительство", "мид", "министерство", "ведомство", "делегация", "посольство",
    "консульство", "парламент", "армия", "спецслужба", "разведка", "руководство", "власть",
})
# Nouns after which such an adjective names the state acting (not the language or a people).
_STATE_NOUNS = frozenset({
    "власть", "правительство", "сторона", "президент", "премьер", "министр", "мид",
    "министерство", "ведомство", "делегация", "посольство", "консульство", "дипломат",
    "парламент", "суд", "армия", "военный", "войско", "спецслужба", "разведка", "лидер",
    "руководство", "чиновник", "санкция", "государство", "режим", "оппозиция", "посол",
})


def _genitive_tail(text: str, end: int) -> int:
    """The end of a genitive phrase after an institution: "министерства| иностранных дел",
    "министерства| обороны" (adjectives, then one noun, all lowercase, all genitive)."""
    pos = end
    for _ in range(3):
        m = re.match(r"\s+([а-яё-]+)", text[pos:])
        if m is None or not parses(m.group(1)):
            break
        tag = parses(m.group(1))[0].tag
        if "gent" not in tag or tag.POS not in ("ADJF", "NOUN"):
            break
        pos += m.end()
        if tag.POS == "NOUN":
            return pos
    return end


# Institutions named by their place: "правительства Великобритании", "суд Лос-Анджелеса".
_PLACE_INSTITUTIONS = frozenset({
    "правительство", "суд", "мид", "министерство", "посольство", "представительство",
    "консульство", "парламент", "администрация", "прокуратура", "полиция", "армия", "мэрия",
    "генпрокуратура", "минфин", "минобороны", "минздрав", "минюст", "кабмин", "сенат", "конгресс",
    "делегация", "руководство", "департамент", "госдепартамент",
})


_CAPITALIZED = re.compile(r"(?<![\w.-])[А-ЯЁ][а-яё]{2,}(?![\w-])")


_WORD_BEFORE_NAME = re.compile(r"(?<![\w.-])([A-ZА-ЯЁ][а-яё]{2,})\s$")


def _given_name_before(text: str, ann: Annotation, anns: list[Annotation]) -> Annotation:
    """Natasha leaves out a foreign first name the dictionary does not know ("Натсаг Удвал",
    "Паноса Камменоса"): a capitalized unknown word right before a person joins the name."""
    if ann.label != "PERSON" or " " in ann.text:
        return ann
    m = _WORD_BEFORE_NAME.search(text, max(0, ann.start - 30), ann.start)
    if m is None or any(a.start < ann.start and a.end > m.start(1) for a in anns if a is not ann):
        return ann
    word = m.group(1)
    from powtext.entities.morph import _analyzer

    morph = _analyzer()
    if morph is None or (morph.word_is_known(word.lower()) and not (
            parses(word) and "Name" in parses(word)[0].tag)):
        return ann
    return make_entity(text, m.start(1), ann.end, "PERSON", ann.source) or ann


# What the most probable analysis of a lone capitalized word says it is, and how much of the
# probability that reading must carry.
_LONE_READINGS = (("Surn", "PERSON", 0.5), ("Geox", "LOC", 0.4), ("Name", "PERSON", 0.5))


def _lone_surnames(text: str, anns: list[Annotation]) -> list[Annotation]:
    """A capitalized word that pymorphy3 reads as a surname or a given name first (the
    reading carries most of the probability) is a person, where Natasha saw nothing around
    it: "Порошенко договорился", "покушения на Ису:"; one it reads as a place name (Geox) is a
    place: "• Намибия", "тебя, Россия!"."""
    out = []
    for m in _CAPITALIZED.finditer(text):
        s, e = m.span()
        if any(a.start <= e and s <= a.end for a in anns):
            continue  # inside an entity, or glued to one
        analyses = parses(m.group())
        reading = next((r for r in _LONE_READINGS if _reads(m.group(), r[0])), None)
        if reading is None:
            continue
        gram, label, share = reading
        if sum(p.score for p in analyses if gram in p.tag.grammemes) < share:
            continue
        before = text[max(0, s - 30):s].rstrip()
        after = text[e:e + 2].lstrip()
        if re.search(r"[А-ЯЁA-Z][\w.-]*$", before) or after[:1].isupper():
            continue  # part of a longer capitalized phrase that Natasha left alone
        ann = make_entity(text, s, e, _label(label, m.group()) if label == "LOC" else label,
                          "rules")
        if ann is not None:
            out.append(ann)
    return out


def _place_institutions(text: str, anns: list[Annotation]) -> list[Annotation]:
    """An institution noun right before a place in the genitive is an organisation that spans
    both (the place stays a mention of its own)."""
    out = []
    for ann in anns:
        if ann.label not in ("GPE", "LOC"):
            continue
        m = re.search(r"(?<![\w-])([А-Яа-яЁё]+)\s+$", text[max(0, ann.start - 40):ann.start])
        if m is None:
            continue
        word = m.group(1)
        start = ann.start - len(m.group(0))
        if any(a.start <= start < a.end for a in anns) or not _genitive(ann.text.split()[0]):
            continue
        if any(p.normal_form in _PLACE_INSTITUTIONS for p in parses(word.lower())[:1]):
            if word.islower():  # "государственный департамент США"
                start = _adjectives_before(text, start)
            org = make_entity(text, start, ann.end, "ORG", "rules")
            if org is not None:
                out.append(org)
    return out


def _state_adjectives(text: str, anns: list[Annotation]) -> list[Annotation]:
    out = []
    # the noun is a lookahead: every word is tried as an adjective ("через советское консульство")
    for m in re.finditer(r"(?<![\w-])([а-яё]+)(?=\s+([А-Яа-яЁё]+))", text):
        adj, noun = m.group(1), m.group(2)
        if any(a.start <= m.start(1) < a.end for a in anns):
            continue
        if not any(p.normal_form in STATE_ADJECTIVES for p in parses(adj)[:1]):
            continue
        if not any(p.normal_form in _STATE_NOUNS for p in parses(noun.lower())[:2]):
            continue
        ann = make_entity(text, m.start(1), m.end(1), "GPE", "rules")
        if ann is not None:
            out.append(ann)
        if any(p.normal_form in _INSTITUTIONS for p in parses(noun.lower())[:2]):
            inner = [a for a in anns if a.start == m.start(2) and a.label == "ORG"]
            end = max([m.end(2), *(a.end for a in inner)])
            end = _genitive_tail(text, end) if not inner else end
            org = make_entity(text, m.start(1), end, "ORG", "rules")
            for a in inner:  # "российского МИДа": the institution is named with its state
                anns.remove(a)
            if org is not None:
                out.append(org)
    return out


# "им. Пушкина", "имени Станиславского и Немировича-Данченко", "Театр Вахтангова": the person
# an organisation is named after is a mention of that person, nested in the organisation.
_NAMED_AFTER_PERSON = re.compile(
    r"(?:(?<![\w-])(?:им\.|имени)\s*|(?<![\w-])(?P<head>[А-Яа-яЁё-]+)\s+)"
    r"(?P<name>(?:[А-ЯЁ]\.\s*){0,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"(?:\s+(?:и\s+)?(?:[А-ЯЁ]\.\s*){0,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)*)")
_PERSON_PARTS = {"Name", "Surn", "Patr"}


def _personal(word: str) -> bool:
    """Is the word, by its most probable analyses, a given name, patronymic or surname?"""
    analyses = parses(word)
    return bool(analyses) and any(_PERSON_PARTS & set(p.tag.grammemes) for p in analyses[:2])


def _persons_in_organisations(text: str, anns: list[Annotation]) -> list[Annotation]:
    out: list[Annotation] = []
    for org in anns:
        if org.label != "ORG":
            continue
        for m in _NAMED_AFTER_PERSON.finditer(text, org.start, org.end):
            head = m.group("head")
            if head is not None and not any(
                    p.normal_form in _NAMED_AFTER for p in parses(head.lower())[:1]):
                continue
            for part in re.finditer(r"(?:(?<=\s)и\s+)?(\S(?:(?!\s+и\s).)*)", m.group("name")):
                s, e = m.start("name") + part.start(1), m.start("name") + part.end(1)
                e = min(e, org.end)
                words = re.findall(r"[А-ЯЁа-яё-]{2,}", text[s:e])
                if not words or not _personal(words[0]) or not all(
                        _personal(w) or _reads(w, "Geox") for w in words):
                    continue
                if any(a.label == "PERSON" and a.start == s and a.end == e for a in anns + out):
                    continue
                ann = make_entity(text, s, e, "PERSON", "rules")
                if ann is not None:
                    out.append(ann)
    return out


# Bodies named by the person who heads or founded them: "штаб Навального", "семья Ротшильд",
# "пресс-служба Кадырова", "театр миниатюр Арцыбушевой".
_PERSON_BODIES = frozenset({"штаб", "семья", "пресс-служба", "фонд", "театр", "музей", "центр",
                            "институт", "университет", "библиотека", "клуб", "школа", "клан"})


def _person_organisations(text: str, anns: list[Annotation]) -> list[Annotation]:
    out = []
    for per in anns:
        if per.label != "PERSON":
            continue
        before = text[max(0, per.start - 60):per.start]
        m = re.search(r"(?<![\w-])([А-Яа-яЁё-]+)\s+$", before)
        if m is None or not _genitive(per.text.split()[0]):
            continue
        head = parses(m.group(1).lower())
        if head and head[0].normal_form not in _PERSON_BODIES and all(
                "gent" in p.tag.grammemes and p.tag.POS == "NOUN" for p in head[:1]):
            # "театр миниатюр Арцыбушевой": one genitive noun between the head and the name
            m = re.search(r"(?<![\w-])([А-Яа-яЁё-]+)\s+[а-яё]+\s+$", before)
            head = parses(m.group(1).lower()) if m else ()
        if not head or head[0].normal_form not in _PERSON_BODIES:
            continue
        start = per.start - len(m.group(0))
        if any(a.start < per.start and a.end > start for a in anns if a is not per):
            continue
        org = make_entity(text, start, per.end, "ORG", "rules")
        if org is not None:
            out.append(org)
    return out



# A river, a settlement or a state is named together with the common noun of its kind:
# "реку Нарву", "посёлка Петро-Славянка", "штата Аризона" (not "город", which is left out).
_GEOGRAPHIC_TERMS = frozenset({
    "река", "озеро", "море", "залив", "пролив", "остров", "полуостров", "гора", "хребет",
    "посёлок", "поселок", "село", "деревня", "хутор", "станица", "аул", "штат", "провинция",
})


def _geographic_term(text: str, ann: Annotation, anns: list[Annotation]) -> Annotation:
    if ann.label not in ("LOC", "GPE"):
        return ann
    m = re.search(r"(?<![\w-])([а-яё]+)\s+$", text[max(0, ann.start - 20):ann.start])
    if m is None or any(a.start < ann.start and a.end > ann.start - len(m.group(0))
                        for a in anns if a is not ann):
        return ann
    term = parses(m.group(1))
    if not term or term[0].tag.POS != "NOUN" or term[0].normal_form not in _GEOGRAPHIC_TERMS:
        return ann
    return make_entity(text, ann.start - len(m.group(0)), ann.end, ann.label, ann.source) or ann


# A building named by the body it houses is a place: "здания Госдумы", "в здании «Известий»"
# (the organisation stays a mention of its own).
def _buildings(text: str, anns: list[Annotation]) -> list[Annotation]:
    out = []
    for org in anns:
        if org.label != "ORG" or not _genitive(org.text.split()[0]):
            continue
        m = re.search(r"(?<![\w-])([А-Яа-яЁё]+)\s+[«\"]?$", text[max(0, org.start - 12):org.start])
        if m is None or not any(p.normal_form == "здание" and "sing" in p.tag.grammemes
                                for p in parses(m.group(1).lower())[:1]):
            continue
        start = org.start - len(m.group(0))
        if any(a.start < org.start and a.end > start for a in anns):
            continue
        place = make_entity(text, start, org.end, "LOC", "rules")
        if place is not None:
            out.append(place)
    return out


def _shared_surname(text: str, anns: list[Annotation]) -> list[Annotation]:
    """"Аркадия и Бориса Ротенбергов": given names joined by "и" before one surname in the
    plural name relatives together, one mention (the last one, "Бориса Ротенбергов", is
    complete in itself and stays as well)."""
    out = list(anns)
    for first in anns:
        if first.label != "PERSON" or " " in first.text or not _given_name(first.text):
            continue
        second = next((a for a in anns if a.label == "PERSON" and a.start > first.end), None)
        if second is None or not re.fullmatch(r"\s+и\s+", text[first.end:second.start]):
            continue
        words = second.text.split()
        if len(words) != 2 or not _given_name(words[0]) or not _reads(words[-1], "Surn", "plur"):
            continue
        merged = make_entity(text, first.start, second.end, "PERSON", first.source)
        if merged is not None:
            out = [a for a in out if a is not first] + [merged]
    return sorted(out, key=lambda a: (a.start, a.end))


def _given_name(word: str) -> bool:
    return _reads(word, "Name")


def _reads(word: str, *grammemes: str) -> bool:
    """Does pymorphy3's most probable analysis of the word carry all these grammemes? (Via
    `tag.grammemes`: `"Geox" in tag` raises once an analyser for another language, whose
    tag set lacks the grammeme, has been loaded in the process.)"""
    analyses = parses(word)
    return bool(analyses) and set(grammemes) <= analyses[0].tag.grammemes


# An exclamation mark the sentence goes on after belongs to the name: "Yahoo! написал",
# "медиагруппы «Живи!», с 2009 года" (after a name in quotes, a comma or lowercase follows).
_NAME_EXCLAMATION = re.compile(r"!(?=[»\"”]?\s*[a-zа-яё,;:)])")


def _exclamation_in_name(text: str, ann: Annotation) -> Annotation:
    if ann.label != "ORG" or not _NAME_EXCLAMATION.match(text, ann.end):
        return ann
    end = ann.end + 1
    return Annotation(type="entity", start=ann.start, end=end, text=text[ann.start:end],
                      label=ann.label, source=ann.source)


_INSIDE_SENTENCE = re.compile(r"(?:[а-яё,]\s+|[а-яё]\s+[«\"])$")


def _places_in_organisations(text: str, anns: list[Annotation]) -> list[Annotation]:
    """A place in the genitive after the capitalized head of an organisation's name is a
    mention of the place: "«Эхо Москвы»", "Совета Европы", "«Единой России»" (the place
    name read by pymorphy3's Geox); so is the adjective of a state that begins the name
    inside a sentence, "Российской академии наук" (at a sentence start it may be a plain
    descriptor, "Российский оператор")."""
    out: list[Annotation] = []
    for org in anns:
        if org.label != "ORG":
            continue
        for m in re.finditer(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w-])", org.text):
            s, e = org.start + m.start(), org.start + m.end()
            if any(a.start <= s and e <= a.end and a.label in ("LOC", "GPE", "PERSON")
                   for a in anns + out):
                continue
            top = parses(m.group())[:1]
            if not top:
                continue
            head = re.search(r"(?<![\w-])[А-ЯЁ][а-яё]+\s+$", org.text[:m.start()])
            place = _reads(m.group(), "Geox", "gent") and head is not None
            state = (top[0].tag.POS == "ADJF" and top[0].normal_form in STATE_ADJECTIVES
                     and m.start() == 0 and _INSIDE_SENTENCE.search(text[:s]) is not None)
            if place or state:
                ann = make_entity(text, s, e, _label("LOC", m.group()) if place else "GPE",
                                  "rules")
                if ann is not None:
                    out.append(ann)
    return out

"""Russian names back to the nominative (for lookups), via pymorphy3 when it is installed."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[А-Яа-яЁё]+")


@lru_cache(maxsize=1)
def _analyzer():
    try:
        from powtext.resources import morph_analyzer

        return morph_analyzer("ru")
    except Exception:  # lemmas only improve lookups; work without them
        return None


@lru_cache(maxsize=20000)
def _word_nominative(word: str) -> str:
    morph = _analyzer()
    if morph is None or len(word) < 2 or word.isupper():
        return word  # abbreviations (СССР, МИД) do not inflect
    parse = morph.parse(word)[0]
    form = parse.inflect({"nomn"}) or parse.inflect({"nomn", "sing"})
    lemma = form.word if form is not None else parse.normal_form
    return lemma.capitalize() if word[0].isupper() else lemma


def russian_nominative(text: str) -> str:
    """"Советского Союза" → "Советский Союз", "России" → "Россия" (best effort).

    Adjectives agree in gender with the first noun of the name (inflecting them alone would
    give "Советское Союз").
    """
    morph = _analyzer()
    words = _WORD.findall(text)
    gender = None
    if morph is not None and len(words) > 1:
        for word in words:
            parse = morph.parse(word)[0]
            if parse.tag.POS == "NOUN":
                noun = parse.inflect({"nomn"}) or parse
                gender = "plur" if noun.tag.number == "plur" else noun.tag.gender
                gender = str(gender) if gender else None
                break
    return _WORD.sub(lambda m: _agreeing(m.group(), gender), text)


def _agreeing(word: str, gender: str | None) -> str:
    morph = _analyzer()
    if morph is None or gender is None or word.isupper():
        return _word_nominative(word)
    parse = morph.parse(word)[0]
    if parse.tag.POS not in ("ADJF", "PRTF"):
        return _word_nominative(word)
    form = parse.inflect({"nomn", "plur"} if gender == "plur" else {"nomn", "sing", gender})
    if form is None:
        return _word_nominative(word)
    return form.word.capitalize() if word[0].isupper() else form.word


@lru_cache(maxsize=50000)
def _parses(word: str) -> tuple:
    morph = _analyzer()
    return tuple(morph.parse(word)) if morph is not None else ()


def parses(word: str) -> tuple:
    """pymorphy3's analyses of one word, most probable first (empty without pymorphy3)."""
    return _parses(word)

"""Per-language tables for the number, date and identifier extractors, loaded once.

A language's tables are its TOML file under `powtext/data/numdate/` merged over `common.toml`,
plus CLDR month names from Babel. A later plugin system can register more languages by
adding to `EXTRA_TABLE_DIRS`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib


DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "numdate"
EXTRA_TABLE_DIRS: list[Path] = []  # plugins append directories holding `<lang>.toml`

# One-to-one character folding: full-width forms to ASCII, odd spaces to a space, dashes to one
# dash, ё to е. Every replacement is a single code point, so offsets survive unchanged.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({ord(c): " " for c in "\u00a0\u2007\u2009\u202f\u3000\u2002\u2003\u2004\u2005"})
_FOLD.update({ord(c): "–" for c in "‐‑‒—―﹣"})
_FOLD[ord("−")] = "-"  # the minus sign is a sign, not a dash
_FOLD.update({ord("ё"): "е", ord("Ё"): "Е", ord("〜"): "~", ord("〇"): "〇"})


def fold(text: str) -> str:
    """The same text with look-alike characters unified; len(fold(t)) == len(t)."""
    return text.translate(_FOLD)


class TableError(ValueError):
    """A number/date table that cannot be read: a fault of the installation, not of a text."""


def _read(path: Path) -> dict[str, Any]:
    """A table file, {} when there is none; a broken one is an error naming the file."""
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as err:
        raise TableError(f"{path}: not a valid number/date table: {err}") from None


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _babel_months(lang: str) -> dict[str, int]:
    """Month names in every CLDR width and context (Russian genitive forms included)."""
    months: dict[str, int] = {}
    try:
        from babel.dates import get_month_names
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, lang).items():
                    name = fold(name).lower()
                    if name and not name[0].isdigit():
                        months.setdefault(name, number)
                        months.setdefault(name.rstrip("."), number)
    except Exception:  # unknown locale or no Babel: the TOML tables still work
        pass
    return months


@cache
def _cldr_units(locales: tuple[str, ...], units: tuple[str, ...], currencies: tuple[str, ...]
                ) -> tuple[dict[str, str], dict[str, str]]:
    """The words and symbols CLDR writes, in these locales, after a number for each unit
    (every width and plural form) and currency (names, code, a symbol of its own), and before
    it for currencies (code, symbol): ({form: unit}, {form: unit}). A form that two units
    share, or of one character that is a letter ("m", "г"), or a dotted abbreviation of one
    letter ("г.", "в."), is left out: it names nothing for sure."""
    after: dict[str, set[str]] = {}
    before: dict[str, set[str]] = {}
    try:
        import unicodedata

        from babel import Locale
        from babel.numbers import get_currency_name, get_currency_symbol

        for name in locales:
            patterns = Locale.parse(name)._data["unit_patterns"]
            for uid in units:
                for width in ("long", "short", "narrow"):
                    for count, pattern in patterns.get(uid, {}).get(width, {}).items():
                        if count != "per" and pattern.startswith("{0}"):
                            form = fold(pattern[3:]).strip().lower()
                            after.setdefault(form, set()).add(uid.split("-", 1)[1])
        locale = Locale.parse(locales[0])
        for code in currencies:
            names = {locale.currencies.get(code, "")}
            names |= {get_currency_name(code, count=n, locale=locale) for n in (1, 2, 5, 1.5)}
            for name in names | {code}:
                after.setdefault(fold(name).strip().lower(), set()).add(code)
            before.setdefault(code.lower(), set()).add(code)
            for name in locales:  # "$" in en, "US$" in en_001
                symbol = get_currency_symbol(code, locale=name)
                if symbol == code:
                    continue
                before.setdefault(fold(symbol).lower(), set()).add(code)
                if all(unicodedata.category(ch) == "Sc" for ch in symbol):
                    after.setdefault(fold(symbol).lower(), set()).add(code)  # "500 €", "5 ₽"
    except Exception:  # no Babel or no such locale: the TOML tables still work
        return {}, {}

    def named(form: str) -> bool:
        """Letters (not one alone, nor one and a dot) or a currency sign: not "#", "°", "′"."""
        if form and all(unicodedata.category(ch) == "Sc" for ch in form):
            return True
        return any(ch.isalpha() for ch in form) and not (len(form) == 1 or re.fullmatch(
            r"\w\.", form))

    def sure(forms: dict[str, set[str]]) -> dict[str, str]:
        return {form: next(iter(owners)) for form, owners in forms.items()
                if len(owners) == 1 and named(form)}

    return sure(after), sure(before)


def _babel_weekdays(lang: str) -> set[str]:
    """Weekday names, wide and abbreviated; one-letter forms (Japanese 月) are left out."""
    names: set[str] = set()
    try:
        from babel.dates import get_day_names
        for width in ("wide", "abbreviated"):
            for name in get_day_names(width, "format", lang).values():
                if len(name) > 1:
                    names.add(fold(name).lower())
    except Exception:
        pass
    return names


@cache
def tables_for(lang: str) -> dict[str, Any]:
    """All tables for `lang` (ISO 639-1); unknown languages get the common tables only."""
    try:
        return _assemble(lang)
    except (TypeError, AttributeError, KeyError, ValueError) as err:
        if isinstance(err, TableError):
            raise
        folders = ", ".join(str(f) for f in (DATA_DIR, *EXTRA_TABLE_DIRS))
        raise TableError(f"the number/date tables for {lang!r} (in {folders}) have a value of "
                         f"the wrong kind: {type(err).__name__}: {err}") from None


def _assemble(lang: str) -> dict[str, Any]:
    lang = (lang or "und").lower()
    data = _read(DATA_DIR / "common.toml")
    if re.fullmatch(r"[a-z]{2,3}", lang):
        for folder in (DATA_DIR, *EXTRA_TABLE_DIRS):
            data = _merge(data, _read(folder / f"{lang}.toml"))
    numbers = data.setdefault("numbers", {})
    dates = data.setdefault("dates", {})
    known = _has_table(lang)
    months = _babel_months(lang) if known else {}
    for name, number in dates.get("extra_months", {}).items():
        months[fold(name).lower()] = number
    dates["months"] = months
    weekdays = _babel_weekdays(lang) if known else set()
    weekdays |= {fold(w).lower() for w in dates.get("extra_weekdays", [])}
    dates["weekdays"] = sorted(weekdays)
    for key in ("words", "multipliers", "scales", "ordinal_words", "units", "suffix_scales",
                "reference_units", "prefix_units", "kanji_digits"):
        numbers.setdefault(key, {})
        numbers[key] = {fold(k).lower() if key != "suffix_scales" else k: v
                        for k, v in numbers[key].items()}
    if known:
        cldr = numbers.get("cldr", {})
        skip = {fold(w).lower() for w in numbers.get("unit_forms_not", [])}
        after, before = _cldr_units((lang, *numbers.get("cldr_locales", ())),
                                    tuple(cldr.get("units", ())), tuple(cldr.get("currencies", ())))
        for form, unit in after.items():
            if form not in skip:
                numbers["units"].setdefault(form, unit)
        for form, unit in before.items():  # "CAD 5 million": before the number it is a code
            numbers["prefix_units"].setdefault(form, unit)
    data["lang"] = lang
    dates["_lang"] = lang
    return data


def _has_table(lang: str) -> bool:
    """Only languages with a table (built in or from a plugin) get CLDR months: a bare Babel
    lookup for an arbitrary code could match month words of a language we cannot otherwise read.
    """
    return lang != "common" and any(
        (folder / f"{lang}.toml").is_file() for folder in (DATA_DIR, *EXTRA_TABLE_DIRS)
    )


@lru_cache(maxsize=65536)
def lemmas(word: str, lang: str) -> tuple[str, ...]:
    """The word itself (lower case) and, for Russian, its dictionary forms."""
    low = fold(word).lower()
    if lang != "ru" or not re.search("[а-я]", low):
        return (low,)
    analyzer = _morph()
    if analyzer is None:
        return (low,)
    forms = [low]
    for parse in analyzer.parse(low):
        form = fold(parse.normal_form).lower()
        if form not in forms:
            forms.append(form)
    return tuple(forms)


@lru_cache(maxsize=1)
def _morph():
    """pymorphy3's analyser, shared with the other stages; None when it is not installed."""
    try:
        from powtext.resources import morph_analyzer

        return morph_analyzer("ru")
    except Exception:
        return None


@lru_cache(maxsize=4096)
def genitive_plural(word: str) -> str | None:
    """What pymorphy3 says a Russian word in the genitive plural is: "noun" ("винтовок",
    "крестьян"), "adjective" (a participle or adjective that may stand for a noun:
    "заключённых", "раненых"), or None (no such form, or no pymorphy3)."""
    analyzer = _morph()
    if analyzer is None:
        return None
    parses = [p for p in analyzer.parse(word.lower()) if {"plur", "gent"} <= p.tag.grammemes]
    if any(p.tag.POS == "NOUN" for p in parses):
        return "noun"
    if any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
        return "adjective"
    return None


@lru_cache(maxsize=4096)
def counts_people(word: str, next_word: str, not_people: frozenset[str]) -> bool:
    """Whether a Russian word after a figure names the people counted, by pymorphy3: an
    animate noun ("1200 немцев", "3 японца") that is no animal (`not_people`: "лошадей"), or
    an adjective or participle in the genitive plural with no noun after it, standing for one
    ("8780 погибших", "1420 раненых"; not "1945 советских войск")."""
    analyzer = _morph()
    if analyzer is None:
        return False
    names = {"Surn", "Name", "Patr", "Geox", "Orgn", "Abbr"}
    parses = analyzer.parse(word.lower())
    if not word.islower() and any(names & p.tag.grammemes for p in parses):
        return False  # "Иванов", "Томов": names ("11 635 Героев" is a count of heroes)
    if next_word and any(p.tag.POS in ("ADJF", "PRTF") and {"plur", "gent"} <= p.tag.grammemes
                         for p in parses) and _plural_noun_next(analyzer, next_word):
        return False  # "120 рабочих лошадей": the noun after the adjective says what is counted
    nouns = [p for p in parses if p.tag.POS == "NOUN" and not (names & p.tag.grammemes)]
    if nouns:  # the likeliest reading as a common noun ("томов": volumes, inanimate)
        first = nouns[0]
        return "anim" in first.tag.grammemes and any(
            {"plur", "gent"} & p.tag.grammemes for p in nouns) and not any(
            fold(p.normal_form) in not_people for p in nouns)
    if genitive_plural(word) != "adjective":
        return False
    return not next_word or analyzer.parse(next_word.lower())[0].tag.POS != "NOUN"


def _plural_noun_next(analyzer, word: str) -> bool:
    first = analyzer.parse(word.lower())[0]
    return first.tag.POS == "NOUN" and "plur" in first.tag.grammemes


def alternation(words, flags: str = "") -> str:
    """A regex alternation of literal words, longest first (so "sept" beats "sep")."""
    return _alternation(tuple(words))


@lru_cache(maxsize=1024)  # the extractors build their patterns from the same tables per call
def _alternation(words: tuple[str, ...]) -> str:
    uniq = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in uniq) + ")" if uniq else "(?!x)x"

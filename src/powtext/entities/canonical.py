"""One identity for the same entity across languages (`canonical`, `canonical_name`, ...).

Order of evidence, surest first:
1. the gazetteer (names in en/ja/ru with Wikidata ids) and CLDR/ISO 3166 territory names;
2. within the document, a short person name that is the surname of a longer one (Yeltsin);
3. within the document, a Japanese or Russian name whose romanization sounds like an English
   entity's name (エリツィン ↔ Yeltsin, Загорулько ↔ Zagorulko): "transliteration";
4. otherwise a normalized key of the name itself ("ru:загорулько"), stable across documents.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from powtext.entities import gazetteer
from powtext.entities.translit import phonetic_key, romanize
from powtext.model import Annotation

_FAMILY = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "NORP": "NORP"}
# English words that describe rather than name: not used when matching one word of an English name.
_GENERIC = {
    "publishers", "publishing", "press", "university", "news", "the", "of", "and", "inc", "ltd",
    "company", "co", "corporation", "group", "house", "books", "media", "agency", "bureau",
    "department", "ministry", "office", "institute", "archive", "archives", "library",
}
# Demonyms whose country the gazetteer/CLDR knows: NORP entities get a `related` link to it.
_DEMONYMS = {
    "japanese": "Japan", "russian": "Russia", "soviet": "Soviet Union", "american": "United States",
    "chinese": "China", "korean": "Korea", "mongolian": "Mongolia", "british": "United Kingdom",
    "german": "Germany", "french": "France", "ukrainian": "Ukraine", "kazakh": "Kazakhstan",
    "русский": "Russia", "российский": "Russia", "японский": "Japan", "советский": "Soviet Union",
    "日本人": "Japan", "ロシア人": "Russia", "ソ連人": "Soviet Union",
}


_INVERTED = re.compile(r"([^\s,]+(?:[\s-][^\s,]+)?),\s+([^,]+)")


def _variants(text: str, lang: str) -> list[str]:
    """Forms of a name worth looking up: as written, and for Russian also in the nominative."""
    out = [text]
    if lang == "ru":
        from powtext.entities.morph import russian_nominative
        from powtext.entities.russian import PUBLISHING_PLACES

        out.append(PUBLISHING_PLACES.get(text) or russian_nominative(text))
    if lang == "ja":
        # 鈴木宗男君, ロシア側: drop a trailing honorific or 側/人
        stripped = re.sub(r"(?:君|氏|さん|様|殿|側)$", "", text)
        if stripped != text:
            out.append(stripped)
    return out


def _set(ann: Annotation, canonical: str, name: str | None, source: str,
         related: list[str] | None = None) -> None:
    ann.canonical, ann.canonical_name, ann.canonical_source = canonical, name, source
    if related:
        ann.related = related


def _resolve_related(entry: gazetteer.Entry) -> list[str]:
    out = []
    for ref in entry.related:
        if re.fullmatch(r"Q\d+|[a-z0-9]+:.+", ref):
            out.append(ref)
        else:
            target = gazetteer.lookup(ref)
            if target is not None:
                out.append(target.id)
    return out


def _normal_key(text: str, lang: str) -> str:
    """A readable normalized key for names nobody knows: "en:anne_applebaum", "ru:логос"."""
    base = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    base = re.sub(r"^the\s+", "", base)
    base = re.sub(r"(?:'s|’s)$", "", base)
    base = re.sub(r"[\s\-‐–—.'’・=]+", "_", base).strip("_")
    return f"{lang}:{base}"


def _family(label: str | None) -> str:
    return _FAMILY.get(label or "", label or "")


def _sounds_alike(a: str, b: str) -> bool:
    ka, kb = phonetic_key(a), phonetic_key(b)
    if len(ka) < 3 or len(kb) < 3:
        return False
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= 5 and SequenceMatcher(None, ka, kb).ratio() >= 0.85


def canonicalize(entities: list[tuple[Annotation, str]]) -> None:
    """Set canonical identity fields in place on all entity annotations of one document."""
    try:
        _canonicalize(entities)
    except Exception:  # identity is an enhancement; never fail the document
        for ann, lang in entities:
            if ann.canonical is None:
                _set(ann, _normal_key(ann.text, lang), None, "normalized")


def _canonicalize(entities: list[tuple[Annotation, str]]) -> None:
    unresolved: list[tuple[Annotation, str, str]] = []  # (annotation, lang, lookup form)
    for ann, lang in entities:
        forms = _variants(ann.text, lang)
        inverted = _INVERTED.fullmatch(forms[-1]) if ann.label == "PERSON" else None
        if inverted:  # "Applebaum, Anne" at the head of a reference is Anne Applebaum
            forms.append(f"{inverted.group(2)} {inverted.group(1)}")
        entry = next((e for e in map(gazetteer.lookup, forms) if e is not None), None)
        if entry is not None:
            _set(ann, entry.id, entry.name, entry.source, _resolve_related(entry))
            continue
        if ann.label == "NORP":
            key = (forms[-1] if lang == "ru" else ann.text).casefold()
            country = _DEMONYMS.get(key) or _DEMONYMS.get(ann.text)
            target = gazetteer.lookup(country) if country else None
            name = ann.text if lang == "en" else None
            _set(ann, _normal_key(forms[-1], lang), name, "normalized",
                 [target.id] if target else None)
            continue
        unresolved.append((ann, lang, forms[-1]))

    english = [(a, form) for a, lang, form in unresolved if lang == "en"]
    english += [(a, a.text) for a, lang in entities if lang == "en" and a.canonical]
    # Unknown English names key on themselves; people also by their surname within the document.
    for ann, lang, form in unresolved:
        if lang == "en":
            _set(ann, _normal_key(form, "en"), form, "normalized")
    _link_surnames([(a, lang, f) for a, lang, f in unresolved])
    english = _distinct(english)
    matches: dict[tuple[str, str], Annotation | None] = {}  # a name repeats in a long document
    for ann, lang, form in unresolved:
        if lang == "en" or ann.canonical_source == "surname":
            continue
        key = (form, _family(ann.label))
        if key not in matches:
            matches[key] = _transliteration_match(ann, form, english)
        match = matches[key]
        if match is not None:
            _set(ann, match.canonical, match.canonical_name, "transliteration", match.related)
        else:
            _set(ann, _normal_key(form, lang), None, "normalized")
    # A surname linked to a person resolved by transliteration follows it.
    for ann, _lang, _form in unresolved:
        if ann.canonical_source == "surname" and ann.attrs.get("_full") is not None:
            full = ann.attrs.pop("_full")
            _set(ann, full.canonical, full.canonical_name, "surname", full.related)
        ann.attrs.pop("_full", None)


def _link_surnames(unresolved: list[tuple[Annotation, str, str]]) -> None:
    """"Yeltsin" after "Boris Yeltsin" in the same language is the same person (the first
    full name in the document that ends in it)."""
    people = [(a, lang, f) for a, lang, f in unresolved if a.label == "PERSON"]
    full_by_surname: dict[tuple[str, str], list[Annotation]] = {}
    for other, olang, oform in people:
        words = re.split(r"[\s・.]+", oform)
        if len(words) > 1:
            firsts = full_by_surname.setdefault((olang, words[-1]), [])
            if len(firsts) < 2:  # the first, and one more in case the first is the name itself
                firsts.append(other)
    for ann, lang, form in people:
        if len(form.split()) != 1:
            continue
        full = next((o for o in full_by_surname.get((lang, form), []) if o is not ann), None)
        if full is not None:
            ann.canonical_source = "surname"
            ann.attrs["_full"] = full


def _distinct(english: list[tuple[Annotation, str]]) -> list[tuple[Annotation, str]]:
    """The first of the English entities that a transliteration match cannot tell apart."""
    seen: set[tuple[str, bool, str]] = set()
    out = []
    for ann, form in english:
        key = (_family(ann.label), bool(ann.canonical), form)
        if key not in seen:
            seen.add(key)
            out.append((ann, form))
    return out


def _transliteration_match(ann: Annotation, form: str,
                           english: list[tuple[Annotation, str]]) -> Annotation | None:
    """The English entity of the same kind whose name this one's romanization sounds like."""
    if not re.search(r"[\u0400-\u04ff\u30a0-\u30ff]", form):
        return None
    family = _family(ann.label)
    parts = [p for p in re.split(r"[\s・]+", form) if p]
    # Initials ("М.М. Загорулько") carry no sound to compare: use the surname.
    name = " ".join(p for p in parts if len(p.rstrip(".")) > 1 or not p.endswith("."))
    name = re.sub(r"^(?:[^\W\d_]\.)+\s*", "", name).strip() or form
    for other, oform in english:
        if _family(other.label) != family or not other.canonical:
            continue
        if _sounds_alike(name, oform):
            return other
        words = [w for w in re.split(r"[\s.]+", oform) if w and w.casefold() not in _GENERIC]
        surname = name.split()[-1] if name.split() else name
        if words and any(_sounds_alike(surname, w) for w in words if w[:1].isupper()):
            return other
    return None


__all__ = ["canonicalize", "romanize"]

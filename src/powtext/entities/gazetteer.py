"""The gazetteer: named things with their names in en/ja/ru, a label and a Wikidata id.

Entries live in `powtext/data/gazetteer.tsv` (one line each, easy to extend). States are also
covered without listing them, from CLDR territory names (Babel) and ISO 3166 (pycountry).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from powtext.data import read_text

LANGS = ("en", "ja", "ru")


@dataclass(frozen=True)
class Entry:
    id: str  # the canonical identity: a Wikidata id, else "gaz:" + a key from the English name
    label: str
    name: str  # English canonical name
    iso: str = ""
    related: tuple[str, ...] = ()
    names: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    source: str = "gazetteer"


_FOLD = re.compile(r"[\s.\-‐–—'’`·・=_]+")


@lru_cache(maxsize=65536)  # entity rules look up the same few names again and again
def name_key(name: str) -> str:
    """A lookup key: NFKC, case-folded, ё→е, without spaces, dots, hyphens, apostrophes."""
    key = unicodedata.normalize("NFKC", name).casefold().replace("ё", "е")
    if key.startswith("the "):
        key = key[4:]
    key = re.sub(r"(?:'s|’s)$", "", key)
    return _FOLD.sub("", key)


def slug(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", unicodedata.normalize("NFKD", name).casefold()).strip("_")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in cell.split("|") if n.strip())


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """All gazetteer entries, read once from the package data file."""
    text = read_text("gazetteer.tsv")
    out: list[Entry] = []
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))
        names = {lang: _split(row.get(lang, "")) for lang in LANGS}
        if not names["en"]:
            continue
        qid = row["id"].strip() or "gaz:" + slug(names["en"][0])
        out.append(Entry(
            id=qid, label=row["label"].strip(), name=names["en"][0], iso=row["iso"].strip(),
            related=_split(row.get("related", "")), names=names,
        ))
    return tuple(out)


@lru_cache(maxsize=1)
def _territories() -> dict[str, dict[str, tuple[str, ...]]]:
    """ISO alpha-2 → {lang: names} from CLDR (Babel) and ISO 3166 (pycountry), incl. historic."""
    out: dict[str, dict[str, list[str]]] = {}
    try:
        from babel import Locale

        for lang in LANGS:
            for code, name in Locale(lang).territories.items():
                if len(code) == 2 and code.isalpha():
                    out.setdefault(code, {}).setdefault(lang, []).append(name)
    except Exception:  # identity data is an enhancement; never fail recognition
        pass
    try:
        import pycountry

        for country in [*pycountry.countries, *pycountry.historic_countries]:
            names = out.setdefault(country.alpha_2, {}).setdefault("en", [])
            for attr in ("name", "official_name", "common_name"):
                value = getattr(country, attr, None)
                if value:
                    names.append(value)
                    if ", " in value:  # "Korea, Republic of" → also "Republic of Korea"
                        head, tail = value.split(", ", 1)
                        names.append(f"{tail} {head}")
    except Exception:
        pass
    return {code: {lang: tuple(v) for lang, v in d.items()} for code, d in out.items()}


@lru_cache(maxsize=1)
def index() -> dict[str, Entry]:
    """name_key → Entry, over gazetteer names first, then CLDR/ISO territory names."""
    idx: dict[str, Entry] = {}
    by_iso = {e.iso: e for e in entries() if e.iso}
    for entry in entries():
        for lang in LANGS:
            for name in entry.names.get(lang, ()):
                idx.setdefault(name_key(name), entry)
    for code, names in _territories().items():
        entry = by_iso.get(code)
        if entry is None:
            english = names.get("en", (code,))[0]
            entry = Entry(
                id=f"iso3166:{code}", label="GPE", name=english, iso=code, names=names,
                source="cldr",
            )
        for lang_names in names.values():
            for name in lang_names:
                key = name_key(name)
                if len(key) > 1:
                    idx.setdefault(key, entry)
    for sub in _subdivisions():  # after states: "Georgia" is the country first
        idx.setdefault(name_key(sub.name), sub)
    return idx


# Subdivisions named by ordinary words ("Central", "North West") are no evidence of a place.
_GENERIC_PLACE_WORDS = {
    "central", "centre", "center", "northern", "southern", "eastern", "western", "north", "south",
    "east", "west", "north-west", "north-east", "south-west", "south-east", "northwest",
    "northeast", "southwest", "southeast", "upper", "lower", "middle", "capital", "coast",
    "coastal", "islands", "island", "lakes", "lake", "river", "valley", "plateau", "mountain",
    "mountains", "littoral", "interior", "border", "city", "region", "district", "province",
    "the", "of", "and", "national", "federal", "territory", "orange", "sea", "savanes", "plains",
}


@lru_cache(maxsize=1)
def _subdivisions() -> tuple[Entry, ...]:
    """States, provinces, prefectures, counties (ISO 3166-2 via pycountry), English names."""
    try:
        import pycountry

        return tuple(
            Entry(id=f"iso3166-2:{sub.code}", label="GPE", name=sub.name, iso=sub.country_code,
                  names={"en": (sub.name,)}, source="iso3166")
            for sub in pycountry.subdivisions
            if len(sub.name) > 3 and not set(sub.name.casefold().split()) <= _GENERIC_PLACE_WORDS
        )
    except Exception:  # identity data is an enhancement; never fail recognition
        return ()


def lookup(name: str) -> Entry | None:
    """The entry whose name (any language) matches `name`, or None."""
    key = name_key(name)
    return index().get(key) if key else None


@lru_cache(maxsize=1)
def by_id() -> dict[str, Entry]:
    return {e.id: e for e in entries()}


def japanese_names() -> dict[str, Entry]:
    """Japanese surface names of length ≥ 2 (for recognition by longest match)."""
    return _japanese_names()


@lru_cache(maxsize=1)
def _japanese_names() -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for entry in index().values():
        for name in entry.names.get("ja", ()):
            if len(name) >= 2:
                out.setdefault(name, entry)
    return out

"""Personal names, from name lists that ship in installed packages.

Given names (optional): Jörg Michael's `nam_dict.txt` (≈45,000 given names from many countries,
with a frequency class per country, GNU FDL), shipped inside the `gender-guesser` wheel. Without
the package the set is empty and English labels fall back to the model.

Surnames: the US Census Bureau's 1990 list of 88,799 surnames (public domain), shipped as
`dist.all.last` inside the `names` package (a core dependency). A nation of immigrants' surnames
cover much of Europe's too: Prodan, Gaudin, Cavallaro, Fritsch.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# Frequency classes are one hexadecimal digit per country (1 = rare ... D = very common).
_MIN_CLASS = 3


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    try:
        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
        lines = data.read_text("utf-8", errors="replace").splitlines()
    except Exception:  # optional data: no package, no names
        return frozenset()
    out = set()
    for line in lines:
        if line.startswith("#") or len(line) < 31:
            continue
        name = line[3:29].strip()
        if "+" in name or " " in name or not name[:1].isupper():
            continue  # "+" marks a spelling with special characters; skip compound forms
        classes = [int(c, 16) for c in line[30:].rstrip("$ \r") if c in "123456789ABCDabcd"]
        if classes and max(classes) >= _MIN_CLASS:
            out.add(name)
    return frozenset(out)


def is_given_name(word: str) -> bool:
    return word in given_names()


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Upper-case, as the census writes them ("MCDONALD")."""
    try:
        data = resources.files("names").joinpath("dist.all.last")
        lines = data.read_text("ascii").splitlines()
    except Exception:  # no package: no surnames, and the model's labels stand
        return frozenset()
    return frozenset(line.split()[0] for line in lines if line.strip())


def is_surname(word: str) -> bool:
    return word.upper() in surnames()


@lru_cache(maxsize=1)
def census_given_names() -> frozenset[str]:
    """The census's 5,494 given names (US, 1990), in the same package; title-case."""
    out: set[str] = set()
    for name in ("dist.male.first", "dist.female.first"):
        try:
            lines = resources.files("names").joinpath(name).read_text("ascii").splitlines()
        except Exception:
            return frozenset()
        out |= {line.split()[0].title() for line in lines if line.strip()}
    return frozenset(out)


def is_census_given_name(word: str) -> bool:
    return word in census_given_names()

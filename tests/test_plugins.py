"""A fourth language and a new stage from a separate package (examples/powtext-german),
found through entry points, with no change to powtext's core."""

from __future__ import annotations

import pytest

import powtext
from powtext.lang import registered
from powtext.pipeline import load_pipeline_text
from powtext.registry import stage_names

pytest.importorskip("powtext_german", reason="make install installs examples/powtext-german")

GERMAN = (
    "Japanische Kriegsgefangene in der Sowjetunion\n\n"
    "Am 15. August 1945 kapitulierte Japan. Zwischen 1939 und 1956 waren etwa 560.000 "
    "Gefangene in Lagern, rund 3,5 Millionen Soldaten wurden bis Dezember 1946 heimgeführt. "
    "Ein Heimkehrer sagte: „Wir kommen nach Hause.“\n"
)


def test_plugin_language_and_stage_are_registered():
    assert {"en", "ja", "ru", "de"} <= set(registered())
    assert "quotations" in stage_names()


def test_german_document_end_to_end():
    doc = powtext.annotate(GERMAN)
    assert doc.lang == "de"
    assert [(s.kind, s.lang) for s in doc.segments] == [("heading", "de"), ("paragraph", "de")]
    words = [doc.text[t.start:t.end] for t in doc.tokens]
    assert "kapitulierte" in words and "Kriegsgefangene" in words
    found = {(a.type, a.text): (a.value, a.grain) for a in doc.annotations}
    assert found[("date", "15. August 1945")] == ("1945-08-15", "day")
    assert found[("date", "Dezember 1946")] == ("1946-12", "month")
    assert found[("date", "Zwischen 1939 und 1956")] == ("1939/1956", "year")
    assert found[("number", "560.000")][0] == 560000  # German grouping
    assert found[("number", "3,5 Millionen")][0] == 3500000  # decimal comma, German scale word
    tokenize = next(c for c in doc.pipeline["components"] if c["name"] == "tokenize")
    assert tokenize["languages"]["de"]["language"].startswith("powtext-german")


def test_german_title_inside_an_english_reference():
    text = ("Prisoners of war\n\nThousands returned in 1956.[1]\n\n"
            '  1. ^ Müller, K. "Die Heimkehr der Kriegsgefangenen aus Sibirien". '
            "Der Spiegel. 3 May 1956.\n")
    doc = powtext.annotate(text)
    titles = [(doc.text[s.start:s.end], s.lang) for s in doc.segments if s.kind == "title"]
    assert titles == [("Die Heimkehr der Kriegsgefangenen aus Sibirien", "de")]


def test_plugin_stage_runs_from_a_pipeline_file():
    pipeline = load_pipeline_text(
        '[pipeline]\nname = "german"\nstages = ["segment", "langid", "tokenize", "quotations"]\n',
        "german.toml",
    )
    doc = powtext.annotate(GERMAN, pipeline=pipeline)
    quotes = [a for a in doc.annotations if a.type == "quotation"]
    assert [q.text for q in quotes] == ["Wir kommen nach Hause."]
    assert doc.text[quotes[0].start:quotes[0].end] == quotes[0].text
    assert [c["name"] for c in doc.pipeline["components"]][-1] == "quotations"
    from powtext.validate import check_document

    assert list(check_document(doc.to_json())) == []  # ids numbered after the plugin stage

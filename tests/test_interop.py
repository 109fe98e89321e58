"""powtext.to_dataframe and powtext.to_spacy on the real pipeline output."""

from __future__ import annotations

import sys

import pytest

import powtext
from powtext.interop import COLUMNS

from .annotated_sample import sample_documents, write_sample


@pytest.fixture(scope="module")
def sample(tmp_path_factory, corpus_doc):
    return write_sample(tmp_path_factory.mktemp("interop") / "sample.jsonl", corpus_doc)


def test_dataframe_one_row_per_annotation(sample, corpus_doc):
    docs = list(powtext.load(sample))
    frame = powtext.to_dataframe(sample)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == sum(len(d.annotations) for d in docs)
    by_type = frame.groupby("type").size().to_dict()
    assert by_type == {t: sum(1 for d in docs for a in d.annotations if a.type == t)
                       for t in by_type}
    people = frame[(frame.document == "notes/ja") & (frame.type == "number")]
    assert people.value_text.tolist() == ["760000 person"]
    soviet = frame[frame.canonical == "Q15180"].groupby("lang").text.unique()
    assert set(soviet.index) == {"en", "ja", "ru"}
    texts = {d.id: d.text for d in docs}
    assert all(texts[r.document][r.start:r.end] == r.text for r in frame.itertuples())
    # Documents work as well as a path
    assert len(powtext.to_dataframe(corpus_doc)) == len(corpus_doc.annotations)


def test_dataframe_without_pandas_names_the_extra(sample, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"pip install 'powtext\[pandas\]'"):
        powtext.to_dataframe(sample)


def test_to_spacy_doc_per_segment(corpus_doc):
    sdocs = powtext.to_spacy(corpus_doc)
    assert len(sdocs) == len(corpus_doc.segments)
    for index, (sdoc, seg) in enumerate(zip(sdocs, corpus_doc.segments, strict=True)):
        assert sdoc.text == corpus_doc.text[seg.start:seg.end]
        ents = [a for a in corpus_doc.annotations if a.segment == index and a.type == "entity"]
        assert [(e.start_char + seg.start, e.end_char + seg.start, e.label_, e.kb_id_)
                for e in sdoc.ents] == [(a.start, a.end, a.label, a.canonical) for a in ents]
        for span in sdoc.spans["powtext"]:
            record = span._.powtext
            assert record["text"] == span.text
            assert span.label_ in (record["type"], f"{record['type']}:{record.get('label')}")
        tokens = {(t.start - seg.start, t.end - seg.start): t
                  for t in corpus_doc.tokens if t.segment == index}
        kept = [tok for tok in sdoc if (tok.idx, tok.idx + len(tok)) in tokens]
        assert len(kept) >= len(tokens) - 2  # only tokens cut by an annotation change
        for tok in kept:
            source = tokens[(tok.idx, tok.idx + len(tok))]
            assert (tok.lemma_, tok.pos_, tok.tag_) == (source.lemma, source.pos, source.tag)


def test_to_spacy_values_and_displacy(corpus_doc):
    from spacy import displacy

    sdocs = powtext.to_spacy(corpus_doc)
    paragraph = sdocs[2]  # "After World War II there were from 560,000 to 760,000 …"
    spans = {s.text: s for s in paragraph.spans["powtext"]}
    assert spans["from 560,000 to 760,000"]._.powtext["value"] == {"min": 560000, "max": 760000}
    assert spans["[1]"].label_ == "citation_marker:reference"
    html = displacy.render(paragraph, style="ent")
    assert "World War II" in html and "EVENT" in html
    html = displacy.render(paragraph, style="span", options={"spans_key": "powtext"})
    assert "numberrange" in html


def test_to_spacy_japanese_and_russian(corpus_doc):
    ja, ru = (d for d in sample_documents(corpus_doc) if d.id in ("notes/ja", "notes/ru"))
    sdoc = powtext.to_spacy(ja)[1]
    assert sdoc.text == "ソ連は日本人捕虜を労働に使った。"
    first = sdoc.ents[0]
    assert (first.text, first.label_, first.kb_id_) == ("ソ連", "GPE", "Q15180")
    sdoc = powtext.to_spacy(ru.to_json())[0]  # a JSON record works too
    assert [e.text for e in sdoc.ents] == ["СССР"]
    assert sdoc.user_data["powtext"]["lang"] == "ru"

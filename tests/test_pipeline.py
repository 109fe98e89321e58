"""The whole path on real text: shapes, offsets, languages, tokens, determinism."""

from __future__ import annotations

import json

import pytest

import powtext
from powtext.model import Document
from powtext.output import dumps
from powtext.resources import ENGLISH_MODELS, english_model_name
from powtext.validate import check_document


def _segment_texts(record, kind=None):
    text = record["text"]
    return [(text[s["start"]:s["end"]], s) for s in record["segments"]
            if kind is None or s["kind"] == kind]


def test_corpus_record_is_valid(corpus_record):
    assert list(check_document(corpus_record)) == []
    assert corpus_record["schema"] == "powtext.document/1.0"
    assert corpus_record["lang"] == "en"


def test_every_annotation_offset_is_exact(corpus_record):
    text = corpus_record["text"]
    assert corpus_record["annotations"]
    for ann in corpus_record["annotations"]:
        assert text[ann["start"]:ann["end"]] == ann["text"]
    for token in corpus_record["tokens"]:
        assert text[token["start"]:token["end"]].strip()


def test_segment_languages(corpus_record):
    langs = {text: seg["lang"] for text, seg in _segment_texts(corpus_record)}
    assert langs["シベリア抑留、露に76万人分の資料 軍事公文書館でカード発見"] == "ja"
    assert langs["衆議院."] == "ja"  # Han only, but the document's kana says Japanese
    assert langs["11 May 2007. Retrieved 7 August 2011."] == "en"
    russian = [s["lang"] for text, s in _segment_texts(corpus_record) if "Военнопленные" in text]
    assert russian == ["ru"]
    for _, seg in _segment_texts(corpus_record):
        assert 0.0 <= seg["lang_confidence"] <= 1.0


def test_citation_markers_are_not_numbers(corpus_record):
    markers = [a for a in corpus_record["annotations"] if a["type"] == "citation_marker"]
    assert [m["value"] for m in markers if m["value"] is not None] == [1, 2, 3, 4, 5, 6, 7, 8]
    marked = {i for m in markers for i in range(m["start"], m["end"])}
    for ann in corpus_record["annotations"]:
        if ann["type"] in ("numberrange", "date"):
            # a range may hold markers between its ends, never at them
            assert not marked & {ann["start"], ann["end"] - 1}, ann
        elif ann["type"] != "citation_marker":
            assert not marked & set(range(ann["start"], ann["end"])), ann
    ranges = {(a["text"].split()[0], json.dumps(a["value"], sort_keys=True))
              for a in corpus_record["annotations"] if a["type"] == "numberrange"}
    # "between 60,000[2][3][4][5] and 347,000": the range over the markers
    assert ("between", '{"max": 347000, "min": 60000}') in ranges


def test_tokens_by_language(corpus_record):
    text = corpus_record["text"]
    segments = corpus_record["segments"]
    by_lang = {}
    for token in corpus_record["tokens"]:
        by_lang.setdefault(segments[token["segment"]]["lang"], []).append(token)
    ja = {text[t["start"]:t["end"]]: t for t in by_lang["ja"]}
    assert ja["抑留"]["reading"] == "ヨクリュウ"
    assert ja["鈴木"]["tag"] == "名詞-固有名詞-人名-姓"
    assert ja["鈴木"]["pos"] == "PROPN"
    ru = {text[t["start"]:t["end"]]: t for t in by_lang["ru"]}
    assert ru["Военнопленные"]["lemma"] == "военнопленный"
    assert ru["Документы"]["pos"] == "NOUN"
    en = {text[t["start"]:t["end"]]: t for t in by_lang["en"]}
    assert en["died"]["lemma"] == "die"
    assert en["died"]["pos"] == "VERB"
    assert "reading" not in en["died"]


def test_pipeline_record_names_components(corpus_record):
    pipeline = corpus_record["pipeline"]
    assert pipeline["powtext"] == powtext.__version__
    names = [c["name"] for c in pipeline["components"]]
    assert names[:3] == ["segment", "langid", "tokenize"]
    tokenize = pipeline["components"][2]
    # the model "auto" chose: the medium one where `powtext[en-md]` is installed, else the small
    assert tokenize["languages"]["en"]["model"].split()[0] == english_model_name()
    assert tokenize["languages"]["en"]["model"].split()[0] in ENGLISH_MODELS
    assert tokenize["languages"]["ja"]["tokenizer"].startswith("fugashi")
    assert "langdetect" in pipeline["components"][1]["component"]


def test_same_input_same_bytes(corpus_text, corpus_record):
    again = powtext.annotate(corpus_text, id="japanese-pows-in-the-soviet-union")
    assert dumps(again.to_json()) == dumps(corpus_record)


def test_json_round_trip(corpus_record):
    doc = Document.from_json(json.loads(dumps(corpus_record)))
    assert doc.to_json() == corpus_record


@pytest.mark.parametrize("text, lang", [
    ("The camps held 560,000 prisoners in 1946.", "en"),
    ("Военнопленные работали в лагерях Сибири до 1956 года.", "ru"),
    ("シベリア抑留は1945年から1956年まで続いた。", "ja"),
])
def test_short_documents_in_each_language(text, lang):
    doc = powtext.annotate(text)
    assert doc.lang == lang
    assert [s.lang for s in doc.segments] == [lang]
    assert doc.tokens
    assert list(check_document(doc.to_json())) == []


def test_declared_language_overrides_detection():
    doc = powtext.annotate("Tokyo", lang="ja")
    assert doc.lang == "ja"
    assert doc.lang_confidence == 1.0
    assert doc.to_json()["declared_lang"] == "ja"

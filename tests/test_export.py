"""Each export format, read back with the format's own reader where there is one."""

from __future__ import annotations

import csv
import json
import re

import pytest

from powtext.cli import main
from powtext.exporters.brat import file_stem
from powtext.views.common import read_documents, value_text

from .annotated_sample import HOSTILE_ID, write_sample

UNESCAPE = {r"\s": " ", r"\t": "\t", r"\n": "\n", r"\r": "\r", r"\\": "\\", r"\p": "|"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory, corpus_doc):
    return write_sample(tmp_path_factory.mktemp("export") / "sample.jsonl", corpus_doc)


@pytest.fixture(scope="module")
def docs(sample):
    return read_documents(sample)


def _export(sample, fmt, output, capsys=None):
    code = main(["export", str(sample), "--format", fmt, "--output", str(output), "-q"])
    assert code == 0
    return output


def test_brat_txt_and_ann_per_document(sample, docs, tmp_path):
    out = _export(sample, "brat", tmp_path / "brat")
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([*(f"{file_stem(d.id)}.{ext}" for d in docs for ext in ("txt", "ann")),
                            "annotation.conf"])
    assert all("/" not in n and not n.startswith(".") for n in names)
    assert file_stem(HOSTILE_ID) != file_stem("hostile_doc_co")  # a changed id gets a hash
    conf = (out / "annotation.conf").read_text("utf-8")
    for doc in docs:
        text = (out / f"{file_stem(doc.id)}.txt").read_bytes().decode("utf-8")
        assert text == doc.text
        spans, notes = {}, {}
        for line in (out / f"{file_stem(doc.id)}.ann").read_text("utf-8").splitlines():
            key, middle, rest = line.split("\t")
            if key.startswith("T"):
                kind, offsets = middle.split(" ", 1)
                frags = [tuple(map(int, f.split())) for f in offsets.split(";")]
                assert rest == " ".join(text[s:e] for s, e in frags)
                assert kind in conf.split()
                spans[key] = (frags[0][0], frags[-1][1], kind)
            else:
                assert middle.startswith("AnnotatorNotes T")
                notes[middle.split()[1]] = rest
        expected = sorted((a.start, a.end, a.label if a.type == "entity" else a.type)
                          for a in doc.annotations)
        assert sorted(spans.values()) == expected
        for key, (start, end, _) in spans.items():
            ann = next(a for a in doc.annotations if (a.start, a.end) == (start, end))
            assert notes[key].startswith(value_text(ann).split("“")[0].strip())


def _unescape(match: re.Match) -> str:
    code = match.group()
    return chr(int(code[2:], 16)) if code.startswith("\\u") else UNESCAPE[code]


def _conllu_offsets(sentence, seg_start):
    """Character offsets of each token, rebuilt from FORM and SpaceAfter/SpacesAfter."""
    pos = seg_start
    out = []
    for token in sentence:
        out.append((pos, pos + len(token["form"])))
        pos += len(token["form"])
        misc = token["misc"] or {}
        if "SpacesAfter" in misc:
            gap = re.sub(r"\\[stnrp\\]|\\u[0-9A-F]{4}", _unescape, misc["SpacesAfter"])
        else:
            gap = "" if misc.get("SpaceAfter") == "No" else " "
        pos += len(gap)
    return out


def test_conllu_reads_back_with_the_conllu_package(sample, docs, tmp_path):
    import conllu

    out = _export(sample, "conllu", tmp_path / "a.conllu")
    sentences = conllu.parse(out.read_text("utf-8"))
    assert len(sentences) == sum(len(d.segments) for d in docs)
    by_id = {s.metadata["sent_id"]: s for s in sentences}
    assert len(by_id) == len(sentences)
    exact = 0
    for doc in docs:
        for index, seg in enumerate(doc.segments):
            sent = next(s for s in sentences if s.metadata["sent_id"].endswith(f"-s{index:04d}")
                        and s.metadata["powtext"].endswith(f"start={seg.start} end={seg.end}")
                        and s.metadata["text"] == doc.text[seg.start:seg.end].replace("\n", " "))
            offsets = _conllu_offsets(sent, seg.start)
            rebuilt = "".join(doc.text[s:e] for s, e in offsets)
            assert rebuilt == "".join(t["form"] for t in sent)
            assert offsets[-1][1] == seg.end
            tokens = {(t.start, t.end): t for t in doc.tokens if t.segment == index}
            for token, (s, e) in zip(sent, offsets, strict=True):
                assert token["form"] == doc.text[s:e]
                if (s, e) in tokens:
                    assert token["lemma"] == tokens[(s, e)].lemma
                    assert token["upos"] == tokens[(s, e)].pos
            # BIO back to character spans
            found, current = [], None
            for token, (s, e) in zip(sent, offsets, strict=True):
                tag = token["misc"]["NER"]
                if tag.startswith("B-"):
                    current = [s, e, tag[2:]]
                    found.append(current)
                elif tag.startswith("I-"):
                    current[1] = e
            expected = [(a.start, a.end, a.label) for a in doc.annotations
                        if a.type == "entity" and a.segment == index]
            assert sorted(map(tuple, found)) == sorted(expected)
            exact += len(found)
    assert exact > 50


def test_conllu_marks_missing_spaces(sample, tmp_path):
    import conllu

    text = _export(sample, "conllu", tmp_path / "a.conllu").read_text("utf-8")
    caption = next(s for s in conllu.parse(text)  # "…at Maizuru, Kyoto Prefecture, Japan"
                   if s.metadata["sent_id"] == "japanese-pows-in-the-soviet-union-s0001")
    maizuru = next(t for t in caption if t["form"] == "Maizuru")
    assert "SpaceAfter" not in (caption[0]["misc"] or {})  # "Repatriated Japanese"
    assert maizuru["misc"]["SpaceAfter"] == "No"
    isbn = re.search(r"^\d+\tISBN\t.*SpacesAfter=\\u00A0$", text, re.M)
    assert isbn, "the no-break space inside `ISBN 5-88439-093-9` is written UD's way"


def test_spacy_docbin_round_trip(sample, docs, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    out = _export(sample, "spacy", tmp_path / "a.spacy")
    read = list(DocBin().from_disk(out).get_docs(spacy.blank("xx").vocab))
    assert len(read) == sum(len(d.segments) for d in docs)
    pairs = [(d, i) for d in docs for i in range(len(d.segments))]
    for sdoc, (doc, index) in zip(read, pairs, strict=True):
        seg = doc.segments[index]
        assert sdoc.text == doc.text[seg.start:seg.end]
        assert sdoc.user_data["powtext"]["document"] == doc.id
        anns = [a for a in doc.annotations if a.segment == index]
        ents = sorted((e.start_char + seg.start, e.end_char + seg.start, e.label_, e.kb_id_)
                      for e in sdoc.ents)
        assert ents == sorted((a.start, a.end, a.label, a.canonical)
                              for a in anns if a.type == "entity")
        others = sorted((s.start_char + seg.start, s.end_char + seg.start, s.label_)
                        for s in sdoc.spans["powtext"])
        assert others == sorted((a.start, a.end, f"{a.type}:{a.label}" if a.label else a.type)
                                for a in anns if a.type != "entity")
        values = {(r["start"], r["end"]): r.get("value")
                  for r in sdoc.user_data["powtext"]["annotations"]}
        assert values == {(a.start, a.end): a.value for a in anns}


def test_webanno_selectors_and_bodies(sample, docs, tmp_path):
    out = _export(sample, "webanno", tmp_path / "a.jsonld")
    data = json.loads(out.read_text("utf-8"))
    assert data["type"] == "AnnotationCollection"
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    items = data["first"]["items"]
    assert data["total"] == len(items) == sum(len(d.annotations) for d in docs)
    texts = {doc["id"]: next(d.text for d in docs if d.id == doc["powtext:id"])
             for doc in data["powtext:documents"]}
    for item in items:
        text = texts[item["target"]["source"]]
        position, quote = item["target"]["selector"]
        assert position["type"] == "TextPositionSelector"
        assert quote["type"] == "TextQuoteSelector"
        s, e = position["start"], position["end"]
        assert quote["exact"] == text[s:e]
        assert text[:s].endswith(quote["prefix"]) and len(quote["prefix"]) == min(32, s)
        assert text[e:].startswith(quote["suffix"])
        record = item["powtext:annotation"]
        purposes = {b["purpose"]: b for b in item["body"]}
        assert purposes["tagging"]["value"] == record["type"]
        if record["type"] == "date":
            assert purposes["describing"]["value"] == record["value"]
        if record.get("canonical", "").startswith("Q"):
            assert purposes["identifying"]["source"] == \
                "http://www.wikidata.org/entity/" + record["canonical"]


def test_csv_one_row_per_annotation(sample, docs, tmp_path):
    out = _export(sample, "csv", tmp_path / "a.csv")
    with open(out, encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == sum(len(d.annotations) for d in docs)
    by_id = {d.id: d for d in docs}
    for row in rows:
        doc = by_id[row["document"]]
        assert doc.text[int(row["start"]):int(row["end"])] == row["text"]
    ranges = [r for r in rows if r["type"] == "numberrange"]
    assert ranges and json.loads(ranges[0]["value"]) == {"max": 760000, "min": 560000}


@pytest.mark.parametrize("fmt", ["brat", "conllu", "csv", "webanno"])
def test_exports_are_deterministic(sample, tmp_path, fmt):
    first = _export(sample, fmt, tmp_path / "1" / "out")
    second = _export(sample, fmt, tmp_path / "2" / "out")
    files = sorted(p.relative_to(first) for p in first.rglob("*")) if first.is_dir() else [None]
    for rel in files:
        a, b = (first / rel, second / rel) if rel else (first, second)
        assert a.read_bytes() == b.read_bytes()


def test_export_filters_and_errors(sample, tmp_path, capsys):
    out = _export(sample, "csv", tmp_path / "d.csv")
    code = main(["export", str(sample), "--format", "csv", "--type", "date", "--id", "notes/ja",
                 "--output", str(out), "-q"])
    assert code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["document"], r["type"], r["value"]) for r in rows] == \
        [("notes/ja", "date", "1939/1956")]
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(sample), "--format", "docx", "--output", str(out)])
    assert exit_.value.code == 2
    assert "invalid choice: 'docx'" in capsys.readouterr().err

"""`powtext add`: new documents join the corpus and its manifest; unsafe or repeated ones don't."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from powtext.cli import main
from powtext.corpus import CorpusError, add_documents, read_manifest
from powtext.inputs import read_inputs
from powtext.runner import run

from .conftest import CORPUS, SEED

NEW_ARTICLE = """Repatriation of Japanese prisoners from the Soviet Union

The last repatriation ship reached Maizuru on 26 December 1956, after the Soviet–Japanese Joint
Declaration of 19 October 1956.[1] About 2,000 prisoners had been held until then.[2]

  1. ^ "日ソ共同宣言". 外務省. Retrieved 3 March 2019.
  2. ^ Кузнецов С. И. Японцы в сибирском плену (1945–1956). – Иркутск, 1997. – 288 с. \
ISBN 5-7430-0620-2
"""


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    shutil.copy(CORPUS / "manifest.toml", root)
    shutil.copy(SEED, root)
    return root


def test_add_copies_and_registers(corpus, tmp_path):
    new = tmp_path / "repatriation.txt"
    new.write_text(NEW_ARTICLE, "utf-8")
    added = add_documents([str(new)], corpus, lang="en", today=dt.date(2026, 1, 2))
    assert [a.id for a in added] == ["repatriation"]
    assert (corpus / "repatriation.txt").read_text("utf-8") == NEW_ARTICLE
    entries = read_manifest(corpus)
    assert [e["id"] for e in entries] == ["japanese-pows-in-the-soviet-union", "repatriation"]
    assert entries[1]["lang"] == "en" and entries[1]["added"] == "2026-01-02"
    assert len(entries[1]["sha256"]) == 64
    assert entries[0]["licence"].startswith("CC BY-SA")  # the rest of the manifest is kept
    assert (corpus / "manifest.toml").read_text("utf-8").startswith("# The bundled corpus")


def test_added_document_of_the_same_kind_is_annotated(corpus, tmp_path):
    """A new article with Japanese and Russian references, with no change to the code."""
    new = tmp_path / "repatriation.txt"
    new.write_text(NEW_ARTICLE, "utf-8")
    add_documents([str(new)], corpus)
    out = tmp_path / "out.jsonl"
    first = run([str(corpus)], out)
    assert (first.annotated, first.failed) == (2, 0)
    record = next(json.loads(x) for x in out.read_text("utf-8").splitlines()
                  if json.loads(x)["id"] == "repatriation")
    text = record["text"]
    segs = {text[s["start"]:s["end"]]: s for s in record["segments"]}
    assert segs["日ソ共同宣言"]["kind"] == "title" and segs["日ソ共同宣言"]["lang"] == "ja"
    russian = [s for t, s in segs.items() if "Японцы в сибирском плену" in t]
    assert [(s["kind"], s["lang"], s["reference"]) for s in russian] == [("title", "ru", 2)]
    values = {(a["type"], a["text"]): a.get("value") for a in record["annotations"]}
    assert values[("date", "26 December 1956")] == "1956-12-26"
    assert values[("date", "19 October 1956")] == "1956-10-19"
    assert values[("number", "2,000")] == 2000
    assert values[("identifier", "ISBN 5-7430-0620-2")] == "9785743006205"
    assert ("number", "1") not in values  # the citation marker [1] is not a number
    again = run([str(corpus)], out)
    assert (again.annotated, again.reused) == (0, 2)


@pytest.mark.parametrize("doc_id", ["../escape", "/abs/path", "a/../../b", "", ".hidden/x"])
def test_ids_that_escape_the_corpus_are_refused(corpus, tmp_path, doc_id):
    new = tmp_path / "note.txt"
    new.write_text("A note from 1947.", "utf-8")
    with pytest.raises(CorpusError, match="is not allowed"):
        add_documents([str(new)], corpus, doc_id=doc_id)
    assert not list(corpus.parent.glob("escape*"))
    assert len(read_manifest(corpus)) == 1


def test_duplicates_are_refused_and_nothing_is_half_added(corpus, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A new note from 1947.", "utf-8")
    same = tmp_path / "copy.txt"
    shutil.copy(SEED, same)
    with pytest.raises(CorpusError, match="already holds this file"):
        add_documents([str(good), str(same)], corpus)
    assert not (corpus / "good.txt").exists()  # all or nothing
    clash = tmp_path / "japanese-pows-in-the-soviet-union.txt"
    clash.write_text("Different text.", "utf-8")
    with pytest.raises(CorpusError, match="already in the corpus"):
        add_documents([str(clash)], corpus)
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "japanese-pows-in-the-soviet-union", "text": "x"}\n', "utf-8")
    with pytest.raises(CorpusError, match="already in the corpus"):
        add_documents([str(records)], corpus)
    assert len(read_manifest(corpus)) == 1


def test_add_jsonl_records_and_cli(corpus, tmp_path, capsys):
    records = tmp_path / "notes.jsonl"
    records.write_text(
        json.dumps({"id": "note-1", "text": "Письмо от 5 мая 1948 года."}, ensure_ascii=False)
        + "\n" + json.dumps({"id": "note-2", "text": "1949年の手紙。"}, ensure_ascii=False) + "\n",
        "utf-8")
    assert main(["add", str(records), "--corpus", str(corpus)]) == 0
    assert "added notes" in capsys.readouterr().err
    ids = sorted(r.id for r in read_inputs([str(corpus)]) if hasattr(r, "id"))
    assert ids == ["japanese-pows-in-the-soviet-union", "note-1", "note-2"]
    assert main(["add", str(tmp_path / "missing.txt"), "--corpus", str(corpus)]) == 1
    assert "missing.txt: no such file; nothing was added" in capsys.readouterr().err

"""Incremental runs, the checkpoint of an interrupted run, batching."""

from __future__ import annotations

import json

import pytest

from powtext.inputs import InputRecord
from powtext.runner import MAX_BATCH_DOCS, Task, batches, run

from .conftest import SEED


@pytest.fixture
def corpus_dir(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    text = SEED.read_text("utf-8")
    for i in range(4):
        (root / f"doc{i}.txt").write_text(text.replace("1946", str(1950 + i)), "utf-8")
    return root


def _lines(path):
    return {json.loads(line)["id"]: line for line in path.read_text("utf-8").splitlines()}


def test_rerun_reuses_unchanged_documents_byte_for_byte(corpus_dir, tmp_path):
    out = tmp_path / "out.jsonl"
    first = run([str(corpus_dir)], out)
    assert (first.annotated, first.reused, first.failed) == (4, 0, 0)
    before = out.read_bytes()
    again = run([str(corpus_dir)], out)
    assert (again.annotated, again.reused) == (0, 4)
    assert out.read_bytes() == before

    (corpus_dir / "doc2.txt").write_text("Changed: 15 August 1945.", "utf-8")
    (corpus_dir / "doc3.txt").unlink()
    (corpus_dir / "doc9.txt").write_text("A new note from 1956.", "utf-8")
    changed = run([str(corpus_dir)], out)
    assert (changed.annotated, changed.reused) == (2, 2)
    lines = _lines(out)
    assert sorted(lines) == ["doc0", "doc1", "doc2", "doc9"]
    old = {json.loads(line)["id"]: line for line in before.decode("utf-8").splitlines()}
    assert lines["doc0"] == old["doc0"] and lines["doc1"] == old["doc1"]
    assert json.loads(lines["doc2"])["text"] == "Changed: 15 August 1945."

    full = run([str(corpus_dir)], out, full=True)
    assert (full.annotated, full.reused) == (4, 0)
    assert _lines(out) == lines  # annotating again gives the same bytes


def test_pipeline_change_invalidates_reuse(corpus_dir, tmp_path):
    out = tmp_path / "out.jsonl"
    run([str(corpus_dir)], out)
    pipe = tmp_path / "p.toml"
    pipe.write_text('[pipeline]\nname = "short"\nstages = ["segment", "langid"]\n', "utf-8")
    summary = run([str(corpus_dir)], out, pipeline=pipe)
    assert (summary.annotated, summary.reused) == (4, 0)
    assert all(json.loads(line)["tokens"] == [] for line in _lines(out).values())


def test_interrupted_run_keeps_output_and_resumes(corpus_dir, tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    run([str(corpus_dir)], out)
    reference = out.read_bytes()
    for path in corpus_dir.iterdir():  # every document changes: all need annotating again
        path.write_text(path.read_text("utf-8") + "\nAdded in 1999.\n", "utf-8")

    from powtext.stages.segment import SegmentStage

    original = SegmentStage.__call__
    seen = []

    def interrupt_on_third(self, doc):
        seen.append(doc.id)
        if len(seen) == 3:
            raise KeyboardInterrupt
        return original(self, doc)

    monkeypatch.setattr(SegmentStage, "__call__", interrupt_on_third)
    with pytest.raises(KeyboardInterrupt):  # one document per batch: each is checkpointed
        run([str(corpus_dir)], out, batch_chars=1)
    assert out.read_bytes() == reference  # the previous output is untouched
    checkpoint = out.with_name(out.name + ".checkpoint")
    assert len(checkpoint.read_text("utf-8").splitlines()) == 2

    monkeypatch.setattr(SegmentStage, "__call__", original)
    resumed = run([str(corpus_dir)], out)
    assert (resumed.annotated, resumed.reused) == (2, 2)
    assert not checkpoint.exists()
    lines = _lines(out)
    assert sorted(lines) == ["doc0", "doc1", "doc2", "doc3"]
    assert all("Added in 1999." in json.loads(line)["text"] for line in lines.values())


def test_torn_checkpoint_line_is_dropped(corpus_dir, tmp_path):
    out = tmp_path / "out.jsonl"
    checkpoint = out.with_name(out.name + ".checkpoint")
    checkpoint.write_text('0123\t"doc0"\t{"id": "doc0", "tex', "utf-8")  # killed mid-write
    summary = run([str(corpus_dir)], out)
    assert (summary.annotated, summary.reused, summary.failed) == (4, 0, 0)


def test_second_run_on_same_output_is_refused(corpus_dir, tmp_path):
    from powtext.checkpoint import Checkpoint, OutputBusy

    out = tmp_path / "out.jsonl"
    with Checkpoint(out), pytest.raises(OutputBusy, match="another powtext run"):
        run([str(corpus_dir)], out)


def _task(doc_id, size):
    return Task(InputRecord(id=doc_id, text="x" * size, origin=doc_id), "fp")


def test_batches_balance_by_size():
    tasks = [_task("a", 10), _task("big", 500), _task("b", 40), _task("c", 40), _task("d", 30)]
    grouped = [[t.record.id for t in batch] for batch in batches(iter(tasks), 100)]
    assert grouped == [["big"], ["a", "b", "c"], ["d"]]
    many = [_task(str(i), 1) for i in range(MAX_BATCH_DOCS + 1)]
    assert [len(b) for b in batches(iter(many), 10_000)] == [MAX_BATCH_DOCS, 1]

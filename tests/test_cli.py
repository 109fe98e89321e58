"""The command line: inputs, bad input, atomic output, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from powtext.cli import main

from .conftest import CORPUS, SEED


def _run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def _ids(path):
    return [json.loads(line)["id"] for line in path.read_text("utf-8").splitlines()]


@pytest.fixture
def sample_dir(tmp_path):
    """A small corpus: the seed, a Russian note in a subfolder and JSONL records."""
    root = tmp_path / "in"
    (root / "notes").mkdir(parents=True)
    shutil.copy(SEED, root / "article.txt")
    (root / "notes" / "archive.txt").write_text(
        "Архивная справка\n\nВ 1949 году в лагере находилось 1 200 военнопленных.\n", "utf-8")
    (root / "more.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Tokyo is the capital of Japan.", "meta": {"n": 1}}) + "\n"
        + json.dumps({"id": "j2", "text": "東京は日本の首都です。", "lang": "ja"}) + "\n",
        "utf-8")
    return root


def test_run_directory_sorted_valid(sample_dir, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    code, _, err = _run(["run", "-j1", str(sample_dir), "-o", str(out), "-q"], capsys)
    assert code == 0, err
    assert _ids(out) == ["article", "j1", "j2", "notes/archive"]
    code, _, _ = _run(["validate", str(out)], capsys)
    assert code == 0
    records = {r["id"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    assert records["notes/archive"]["lang"] == "ru"
    assert records["j2"]["declared_lang"] == "ja"
    assert records["j1"]["meta"] == {"n": 1}
    assert records["article"]["source"]["sha256"] == __import__("hashlib").sha256(
        SEED.read_bytes()).hexdigest()


def test_default_input_is_corpus_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(CORPUS.parent)
    out = tmp_path / "a.jsonl"
    code, _, err = _run(["run", "-j1", "-o", str(out)], capsys)
    assert code == 0, err
    record = json.loads(out.read_text("utf-8"))
    assert record["id"] == "japanese-pows-in-the-soviet-union"
    assert record["meta"]["licence"].startswith("CC BY-SA")
    assert "1 annotated, 0 reused, 0 failed" in err


def test_stdin_jsonl(tmp_path):
    out = tmp_path / "s.jsonl"
    data = json.dumps({"id": "x", "text": "Moscow, 7 March 1998."}) + "\n"
    proc = subprocess.run(
        [sys.executable, "-m", "powtext.cli", "run", "-", "-o", str(out), "-q"],
        input=data.encode(), capture_output=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert _ids(out) == ["x"]


BAD_INPUTS = {
    "latin1.txt": ("Caf\xe9 au lait\n".encode("latin-1"), "not valid UTF-8 at byte 3"),
    "empty.txt": (b"", "empty document"),
    "blank.txt": (b"  \n\t\n", "empty document"),
    "binary.txt": (b"\x00\x01\x02PK\x03\x04", "looks binary"),
}


def test_bad_inputs_are_reported_and_batch_continues(tmp_path, capsys):
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text("The camps held 560,000 prisoners.", "utf-8")
    for name, (data, _) in BAD_INPUTS.items():
        (root / name).write_bytes(data)
    (root / "records.jsonl").write_text(
        '{"id": "ok", "text": "Fine text."}\n{"id": "broken", "text": \n[1, 2]\n'
        '{"text": "no id"}\n{"id": "ok2", "text": "Also fine."}\n', "utf-8")
    out = tmp_path / "out.jsonl"
    missing = str(tmp_path / "missing.txt")
    code, _, err = _run(["run", "-j1", str(root), missing, "-o", str(out)], capsys)
    assert code == 1
    for name, (_, message) in BAD_INPUTS.items():
        assert f"{root / name}: {message}" in err
    assert f"{root / 'records.jsonl'}:2: not valid JSON" in err
    assert f"{root / 'records.jsonl'}:3: a record must be a JSON object" in err
    assert f"{root / 'records.jsonl'}:4: a record needs an \"id\"" in err
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in err
    assert "3 annotated, 0 reused, 8 failed" in err
    assert "Traceback" not in err
    assert _ids(out) == ["good", "ok", "ok2"]


def test_duplicate_ids_name_both_sources(tmp_path, capsys):
    a = tmp_path / "a.jsonl"
    b = tmp_path / "b.jsonl"
    a.write_text('{"id": "same", "text": "One."}\n', "utf-8")
    b.write_text('{"id": "same", "text": "Two."}\n', "utf-8")
    code, _, err = _run(["run", "-j1", str(a), str(b), "-o", str(tmp_path / "o.jsonl")], capsys)
    assert code == 1
    assert f"{b}:1: duplicate document id 'same' (already read from {a}:1)" in err


def test_failed_run_keeps_previous_output(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    good = tmp_path / "good.txt"
    good.write_text("The camps held 560,000 prisoners.", "utf-8")
    assert _run(["run", "-j1", str(good), "-o", str(out), "-q"], capsys)[0] == 0
    before = out.read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    code, _, err = _run(["run", "-j1", str(bad), "-o", str(out)], capsys)
    assert code == 1
    assert out.read_bytes() == before
    assert "nothing written" in err
    assert not list(tmp_path.glob(".out.jsonl.*"))  # no temporary file left behind


def test_document_failure_does_not_stop_batch(tmp_path, capsys, monkeypatch):
    from powtext.stages.segment import SegmentStage

    original = SegmentStage.__call__

    def explode_on_marker(self, doc):
        if "EXPLODE" in doc.text:
            raise RuntimeError("stage broke")
        return original(self, doc)

    monkeypatch.setattr(SegmentStage, "__call__", explode_on_marker)
    src = tmp_path / "r.jsonl"
    src.write_text('{"id": "a", "text": "EXPLODE here."}\n{"id": "b", "text": "Fine."}\n', "utf-8")
    out = tmp_path / "o.jsonl"
    code, _, err = _run(["run", "-j1", str(src), "-o", str(out)], capsys)
    assert code == 1
    assert f"{src}:1: annotation failed: RuntimeError: stage broke" in err
    assert _ids(out) == ["b"]


def test_validate_reports_wrong_offsets(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Moscow, 7 March 1998.", "utf-8")
    out = tmp_path / "o.jsonl"
    assert _run(["run", "-j1", str(good), "-o", str(out), "-q"], capsys)[0] == 0
    record = json.loads(out.read_text("utf-8"))
    record["annotations"][0]["start"] += 1
    out.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    code, stdout, _ = _run(["validate", str(out)], capsys)
    assert code == 1
    assert f"{out}:1: annotations/0" in stdout


def test_schema_command_prints_json_schema(capsys):
    code, out, _ = _run(["schema"], capsys)
    assert code == 0
    assert json.loads(out)["properties"]["schema"]["const"] == "powtext.document/1.0"


def test_bad_pipeline_file_is_named(tmp_path, capsys):
    pipe = tmp_path / "p.toml"
    pipe.write_text('[pipeline]\nstages = ["segment", "no-such-stage"]\n', "utf-8")
    args = ["run", "-j1", str(SEED), "-p", str(pipe), "-o", str(tmp_path / "o")]
    code, _, err = _run(args, capsys)
    assert code == 2
    assert f"{pipe}: unknown stage 'no-such-stage'" in err


def test_packaged_pipeline_matches_repository_copy():
    from importlib import resources

    packaged = resources.files("powtext.pipelines").joinpath("default.toml").read_text("utf-8")
    assert packaged == (CORPUS.parent / "pipelines" / "default.toml").read_text("utf-8")


def test_output_file_has_ordinary_permissions(tmp_path, capsys):
    import os

    good = tmp_path / "good.txt"
    good.write_text("Moscow, 7 March 1998.", "utf-8")
    out = tmp_path / "o.jsonl"
    old = os.umask(0o022)
    try:
        assert _run(["run", "-j1", str(good), "-o", str(out), "-q"], capsys)[0] == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644

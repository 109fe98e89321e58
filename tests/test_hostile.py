"""What archives really hold: legacy encodings, BOMs, control characters, huge lines, unknown
scripts, slow documents. Each gets a correct annotation or a one-line error naming the file."""

from __future__ import annotations

import json
import time

import pytest

from powtext.cli import main

RUSSIAN = "Военнопленные работали в лагерях Сибири с 1945 по 1956 год; их было 560 000 человек."
JAPANESE = "シベリア抑留は1945年から1956年まで続き、約57万5千人が抑留された。"


def _run(capsys, *args):
    code = main(["run", "-j1", *map(str, args)])
    return code, capsys.readouterr().err


def _records(path):
    return {r["id"]: r for r in map(json.loads, path.read_text("utf-8").splitlines())}


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    return root


def test_byte_order_marks_are_decoded(folder, tmp_path, capsys):
    (folder / "bom8.txt").write_bytes(b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8"))
    (folder / "bom16.txt").write_bytes(JAPANESE.encode("utf-16"))  # with its BOM
    out = tmp_path / "o.jsonl"
    code, err = _run(capsys, folder, "-o", out)
    assert code == 0, err
    records = _records(out)
    assert records["bom8"]["text"] == RUSSIAN and records["bom8"]["lang"] == "ru"
    assert records["bom16"]["text"] == JAPANESE and records["bom16"]["lang"] == "ja"
    assert records["bom16"]["source"]["encoding"] == "utf-16"


@pytest.mark.parametrize("name, text, codec, lang", [
    ("cp1251.txt", RUSSIAN, "cp1251", "ru"),
    ("sjis.txt", JAPANESE, "shift_jis", "ja"),
])
def test_legacy_encodings_need_asking(folder, tmp_path, capsys, name, text, codec, lang):
    (folder / name).write_bytes(text.encode(codec))
    out = tmp_path / "o.jsonl"
    code, err = _run(capsys, folder, "-o", out)
    assert code == 1
    assert f"{folder / name}: not valid UTF-8 at byte 0" in err and "--encoding auto" in err
    code, err = _run(capsys, folder, "-o", out, "--encoding", "auto")
    assert code == 0, err
    record = next(iter(_records(out).values()))
    assert record["text"] == text and record["lang"] == lang
    assert record["source"]["encoding"] in (codec, "cp932", "windows-1251")


def test_control_characters_and_unknown_scripts(folder, tmp_path, capsys):
    (folder / "ctrl.txt").write_text("Report\x07 of 1946:\x1b[31m 35,000 prisoners\x0c\x7f.",
                                     "utf-8")
    (folder / "arabic.txt").write_text("أسرى الحرب اليابانيون في الاتحاد السوفيتي عام 1946",
                                       "utf-8")
    (folder / "thai.txt").write_text("เชลยศึกชาวญี่ปุ่นในสหภาพโซเวียต พ.ศ. 2489 จำนวน 35,000 คน", "utf-8")
    out = tmp_path / "o.jsonl"
    code, err = _run(capsys, folder, "-o", out)
    assert code == 0, err
    records = _records(out)
    assert main(["validate", str(out), "-q"]) == 0
    ctrl = {a["text"]: a for a in records["ctrl"]["annotations"]}
    assert ctrl["35,000"]["value"] == 35000
    for doc_id in ("arabic", "thai"):
        assert records[doc_id]["lang"] == "und"  # no configured language writes the script
        assert records[doc_id]["tokens"]
    assert any(a["text"] == "35,000" for a in records["thai"]["annotations"])


def test_broken_jsonl_records(tmp_path, capsys):
    src = tmp_path / "r.jsonl"
    src.write_text(
        '{"id": "a", "text": "lone \\ud800 surrogate"}\n'
        '"just a string"\n'
        '{"id": "b"}\n'
        '{"id": "c", "text": "Fine in 1946."}\n'
        '{"id": "d", "text": "bad lang", "lang": "english"}\n'
        '{"id": "e", "text": "x", "meta": [1]}\n', "utf-8")
    out = tmp_path / "o.jsonl"
    code, err = _run(capsys, src, "-o", out)
    assert code == 1
    assert f"{src}:1: text contains a lone surrogate at offset 5" in err
    assert f"{src}:2: a record must be a JSON object, not str" in err
    assert f'{src}:3: a record needs a "text" string' in err
    assert f'{src}:5: "lang" must be an ISO 639-1 code' in err
    assert f'{src}:6: "meta" must be a JSON object' in err
    assert list(_records(out)) == ["c"]
    assert "Traceback" not in err


def test_size_limit(folder, tmp_path, capsys):
    (folder / "big.txt").write_text("word " * 100_000, "utf-8")
    (folder / "small.txt").write_text("A note from 1947.", "utf-8")
    out = tmp_path / "o.jsonl"
    code, err = _run(capsys, folder, "-o", out, "--max-doc-mb", "0.1")
    assert code == 1
    assert f"{folder / 'big.txt'}: document is 0.5 MB, over the limit of 0.1 MB" in err
    assert list(_records(out)) == ["small"]


def test_long_single_line_document_is_segmented_and_annotated(folder, tmp_path, capsys):
    sentence = "In 1946 the camp held 3,500 prisoners from Japan. "
    (folder / "dump.txt").write_text(sentence * 1200, "utf-8")  # 60,000 characters, one line
    out = tmp_path / "o.jsonl"
    code, err = _run(capsys, folder, "-o", out)
    assert code == 0, err
    record = _records(out)["dump"]
    assert len(record["segments"]) >= 3
    assert max(s["end"] - s["start"] for s in record["segments"]) <= 20_000
    values = [a["value"] for a in record["annotations"] if a["type"] == "number"]
    assert values.count(3500) == 1200


def test_time_budget_fails_one_document_and_the_batch_goes_on(tmp_path, capsys, monkeypatch):
    from powtext.stages.segment import SegmentStage

    original = SegmentStage.__call__

    def slow_on_marker(self, doc):
        if "SLOW" in doc.text:
            time.sleep(5)
        return original(self, doc)

    monkeypatch.setattr(SegmentStage, "__call__", slow_on_marker)
    src = tmp_path / "r.jsonl"
    src.write_text('{"id": "a", "text": "SLOW document."}\n{"id": "b", "text": "Quick one."}\n',
                   "utf-8")
    out = tmp_path / "o.jsonl"
    started = time.monotonic()
    code, err = _run(capsys, src, "-o", out, "--doc-timeout", "0.5")
    assert time.monotonic() - started < 4.5  # the budget stopped the slow document
    assert code == 1
    assert f"{src}:1: took longer than the time budget of 0.5 s" in err
    assert list(_records(out)) == ["b"]


def test_hostile_ids_stay_inside_export_folders(tmp_path, capsys):
    src = tmp_path / "r.jsonl"
    src.write_text(json.dumps({"id": "../../escape", "text": "Moscow, 1946."}) + "\n"
                   + json.dumps({"id": "/etc/passwd", "text": "Tokyo, 1947."}) + "\n", "utf-8")
    out = tmp_path / "o.jsonl"
    assert _run(capsys, src, "-o", out)[0] == 0
    target = tmp_path / "deep" / "brat"
    assert main(["export", str(out), "--format", "brat", "--output", str(target)]) == 0
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert all(target in p.parents or p.parent == tmp_path for p in written), written
    assert not (tmp_path.parent / "escape.txt").exists()

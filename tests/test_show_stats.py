"""`powtext show` and `powtext stats` on the real pipeline output, and their one-line errors."""

from __future__ import annotations

import json
import re

import pytest

from powtext.cli import main
from powtext.views import stats
from powtext.views.common import read_documents
from powtext.views.show import page, width

from .annotated_sample import HOSTILE_ID, write_sample

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def sample(tmp_path_factory, corpus_doc):
    return write_sample(tmp_path_factory.mktemp("views") / "sample.jsonl", corpus_doc)


def _run(capsys, *args):
    code = main(list(map(str, args)))
    out, err = capsys.readouterr()
    return code, out, err


def _ann(sample, doc_id, **fields):
    """The one annotation of `doc_id` with these field values (spans are the extractors' call)."""
    doc = next(d for d in read_documents(sample) if d.id == doc_id)
    found = [a for a in doc.annotations
             if all(getattr(a, k) == v for k, v in fields.items())]
    assert len(found) == 1, found
    return found[0]


def test_show_values_beside_annotations_and_languages_in_margin(sample, capsys):
    code, out, err = _run(capsys, "show", sample, "--id", "notes/ja", "--width", "200")
    assert code == 0, err
    assert "\x1b" not in out  # not a terminal: no colour codes
    people = _ann(sample, "notes/ja", type="number", value=760000)
    assert people.text.startswith("76万")
    assert f"約[{people.text} → 760000 person]" in out
    years = _ann(sample, "notes/ja", type="date", value="1939/1956")
    assert f"[{years.text} → 1939/1956]" in out
    assert "[ソ連 → GPE Q15180 “Soviet Union”]" in out
    margins = re.findall(r"^ +(\d+) (\w+) +(\w+) +│", out, re.M)
    assert margins == [("0", "paragraph", "ja"), ("1", "paragraph", "ja")]


def test_show_colour_is_the_same_text_with_escapes(sample, capsys):
    _, plain, _ = _run(capsys, "show", sample, "--id", "notes/ru", "--width", "200")
    code, coloured, _ = _run(capsys, "show", sample, "--id", "notes/ru", "--width", "200",
                             "--color")
    assert code == 0
    assert "\x1b[48;5;" in coloured
    body = lambda text: text.split("\n", 1)[1]  # noqa: E731 - the legend differs on purpose
    assert ANSI.sub("", body(coloured)) == body(plain)


def test_show_type_and_language_filters(sample, corpus_doc, capsys):
    doc_id = corpus_doc.id
    code, out, _ = _run(capsys, "show", sample, "--id", doc_id, "--type", "date",
                        "--lang", "ru", "--width", "300")
    assert code == 0
    ru = {i for i, s in enumerate(corpus_doc.segments) if s.lang == "ru"}
    dates = [a for a in corpus_doc.annotations if a.type == "date" and a.segment in ru]
    assert dates, "the article's Russian citation has dates"
    shown = re.findall(r"\[([^\[\]]+?) → ([^\]]+)\]", out.split("\n", 1)[1])  # not the legend
    assert shown == [(a.text, a.value) for a in sorted(dates, key=lambda a: a.start)]
    langs = set(re.findall(r"^ +\d+ \w+ +(\w+) +│", out, re.M))
    assert langs == {"ru"}


def test_show_prints_hostile_text_literally(sample, capsys):
    code, out, _ = _run(capsys, "show", sample, "--id", HOSTILE_ID, "--width", "300")
    assert code == 0
    assert '<script>window.__pwned = [1 → 1]; document.title = "pwned";</script>' in out
    assert "</textarea></title><img src=x" in out


def test_show_wraps_wide_text_within_width(sample, capsys):
    code, out, _ = _run(capsys, "show", sample, "--width", "60")
    assert code == 0
    lines = out.splitlines()[1:]
    assert max(width(line) for line in lines if not line.startswith("═══")) <= 60
    # wrapping loses no character of the Japanese note
    ja = [line.split("│ ", 1)[1] for line in lines if "│ " in line]
    people = _ann(sample, "notes/ja", type="number", value=760000)
    assert f"約[{people.text} → 760000 person]" in "".join(ja)


def test_pager_gets_long_text(tmp_path, monkeypatch):
    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", f"cat > {paged}")
    monkeypatch.setenv("LINES", "5")
    text = "".join(f"line {i}\n" for i in range(20))
    page(text, stream=None, pager=True)
    assert paged.read_text("utf-8") == text


def test_stats_tables(sample, capsys):
    code, out, err = _run(capsys, "stats", sample)
    assert code == 0, err
    for title in ("Documents", "Languages", "Segment kinds", "Annotation types and labels",
                  "Entities by identity", "Dates:", "Numbers by unit"):
        assert title in out
    assert re.search(r"^Q15180 +Soviet Union +GPE .*ja: ソ連; ru: СССР×2$", out, re.M)
    assert re.search(r"^  1940s █+ \d+$", out, re.M)


def test_stats_numbers_are_right(sample, corpus_doc):
    docs = read_documents(sample)
    result = stats.compute(docs, top=100)
    assert [d["id"] for d in result["documents"]] == sorted(d.id for d in docs)
    assert {d["id"]: d["annotations"] for d in result["documents"]} == \
        {d.id: len(d.annotations) for d in docs}
    total = sum(len(d.annotations) for d in docs)
    assert sum(r["count"] for r in result["annotation_labels"]) == total
    assert sum(c.get("annotations", 0) for c in result["languages"].values()) == total
    assert sum(c["segments"] for c in result["segment_kinds"].values()) == \
        sum(len(d.segments) for d in docs)
    soviet = next(g for g in result["entities"] if g["canonical"] == "Q15180")
    mentions = [a for d in docs for a in d.annotations if a.canonical == "Q15180"]
    assert soviet["mentions"] == len(mentions)
    assert set(soviet["languages"]) == {"en", "ja", "ru"}
    assert soviet["forms"]["ja"] == {"ソ連": 1}
    dates = result["dates"]
    assert dates["dates"] == sum(1 for d in docs for a in d.annotations if a.type == "date")
    assert dates["earliest"]["value"] == "1939/1956"
    assert dates["vague"] == 1  # "ХХ века" → 19XX is not put in any decade
    assert dates["decades"]["1930"] == 3 and dates["decades"]["1960"] == 0
    units = {q["unit"]: q for q in result["quantities"]}
    pages = [a.value for d in docs for a in d.annotations
             if a.type == "number" and a.unit == "page"]
    assert units["page"]["numbers"] == len(pages) >= 2
    assert (units["page"]["smallest"]["value"], units["page"]["largest"]["value"]) == \
        (min(pages), max(pages))
    people = [a for d in docs for a in d.annotations
              if a.type == "number" and a.unit == "person"]
    largest = max(people, key=lambda a: a.value)
    assert units["person"]["largest"]["text"] == largest.text
    # the Japanese armed forces abroad in 1945 outnumber the 760,000 of the Russian archive
    assert (largest.text, largest.value) == ("3.5\u00a0million", 3_500_000)
    assert "76万" in {a.text for a in people}


def test_stats_json(sample, capsys):
    code, out, _ = _run(capsys, "stats", sample, "--json", "--lang", "ja")
    assert code == 0
    data = json.loads(out)
    assert set(data["languages"]) == {"ja"}
    assert data["languages"]["ja"]["annotations"] == sum(
        1 for d in read_documents(sample) for a in d.annotations if a.lang == "ja")
    assert all(g["languages"] == ["ja"] for g in data["entities"])


@pytest.mark.parametrize("year, expected", [
    ("1939/1956", (1939, 1956)), ("1945-08-15", (1945, 1945)), ("194X", (1940, 1949)),
    ("../1945", (1945, 1945)), ("1941-12/1945-08-15", (1941, 1945)), ("19XX", (1900, 1999)),
    ("-0044", (-44, -44)), ("soon", None), (None, None),
])
def test_year_range(year, expected):
    assert stats.year_range(year) == expected


@pytest.mark.parametrize("command", ["show", "stats", "html", "export"])
def test_missing_file_is_one_line(tmp_path, capsys, command):
    missing = tmp_path / "nope.jsonl"
    extra = ["--format", "csv", "--output", str(tmp_path / "x")] if command == "export" else []
    code, out, err = _run(capsys, command, missing, *extra)
    assert code == 1
    assert err.strip() == f"powtext {command}: {missing}: no such file"
    assert out == ""


def test_bad_json_names_file_and_line(tmp_path, sample, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(sample.read_text("utf-8").splitlines()[0] + "\n{oops\n", "utf-8")
    code, _, err = _run(capsys, "stats", bad)
    assert code == 1
    assert err.startswith(f"powtext stats: {bad}:2: not JSON") and err.count("\n") == 1
    other = tmp_path / "other.jsonl"
    other.write_text('{"id": "x"}\n', "utf-8")
    code, _, err = _run(capsys, "show", other)
    assert code == 1 and f"{other}:1: not a powtext document" in err


def test_unknown_id_and_type(sample, capsys):
    code, _, err = _run(capsys, "show", sample, "--id", "no-such-doc")
    assert code == 1
    assert f"{sample}: no document with id 'no-such-doc'" in err and "notes/ja" in err
    code, _, err = _run(capsys, "show", sample, "--type", "dates")
    assert code == 1 and "unknown annotation type dates" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("value", "shown"), [
    ({"min": 560000, "max": 760000}, "560000–760000"),
    ({"min": 500000}, "≥500000"),   # "over 500,000"
    ({"max": 1945}, "≤1945"),       # "up to 1945"
])
def test_open_ranges_read_as_bounds(value, shown):
    from powtext.model import Annotation
    from powtext.views.common import value_text

    ann = Annotation(type="numberrange", start=0, end=1, text="x", value=value)
    assert value_text(ann) == shown

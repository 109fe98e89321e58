"""Segments, citation entries and markers: on the corpus and on new documents of the same kind."""

from __future__ import annotations

import pytest

from powtext.segmentation import find_citation_markers, segment_text


def _kinds(text):
    segments, _ = segment_text(text)
    return [(s.kind, text[s.start:s.end]) for s in segments]


def test_corpus_structure(corpus_text):
    segments, marks = segment_text(corpus_text)
    kinds = [s.kind for s in segments]
    assert kinds[0] == "heading"
    assert kinds[1] == "caption"
    assert kinds.count("paragraph") == 4
    assert kinds[-1] == "boilerplate"
    assert sorted({s.reference for s in segments if s.reference}) == list(range(1, 9))
    titles = [corpus_text[s.start:s.end] for s in segments if s.kind == "title"]
    assert "シベリア抑留、露に76万人分の資料 軍事公文書館でカード発見" in titles
    assert "衆議院議員鈴木宗男君提出エリツィン前ロシア大統領の逝去に関する質問に対する答弁書" in (
        titles
    )
    assert "シベリア抑留は「歪曲」 記憶遺産でロシア" in titles
    assert any(t.startswith("Военнопленные в СССР. 1939–1956") for t in titles)
    labels = [(m.text, m.value) for m in marks if m.type == "reference_label"]
    assert labels == [(f"{n}. ^", n) for n in range(1, 9)]


def test_segments_cover_every_non_space_character_once(corpus_text):
    segments, _ = segment_text(corpus_text)
    covered = [0] * len(corpus_text)
    for seg in segments:
        assert corpus_text[seg.start:seg.end] == corpus_text[seg.start:seg.end].strip()
        for i in range(seg.start, seg.end):
            covered[i] += 1
    for i, char in enumerate(corpus_text):
        assert covered[i] == (0 if char.isspace() and covered[i] == 0 else 1), (i, char)
    assert all(c == 1 for i, c in enumerate(covered) if not corpus_text[i].isspace())


def test_mixed_reference_is_split_by_language():
    text = ("Body text.[1]\n\n"
            "  1. ^ 衆議院議員の質問に対する答弁書 (PDF). 衆議院. 11 May 2007. "
            "Retrieved 7 August 2011.\n")
    kinds = _kinds(text)
    assert ("title", "衆議院議員の質問に対する答弁書") in kinds
    assert ("reference", "衆議院.") in kinds
    assert ("reference", "11 May 2007. Retrieved 7 August 2011.") in kinds


def test_quoted_and_parenthesised_titles():
    text = ('Intro paragraph.\n\n'
            '  3. ^ "Пленные в Сибири". Известия. 5 мая 1995.\n'
            '  4. ^ Smith J. Prisoners (Военнопленные в СССР; Под ред. А.Б. Иванова. '
            '– М., 2001. – 500 с.)\n')
    segments, _ = segment_text(text)
    titles = [(s.reference, text[s.start:s.end]) for s in segments if s.kind == "title"]
    assert titles == [(3, "Пленные в Сибири"), (4, "Военнопленные в СССР")]


@pytest.mark.parametrize("line, kind", [
    ("© 2021 Example Press. All rights reserved.", "boilerplate"),
    ("Copyright MMXX Archive Foundation", "boilerplate"),
    ("This page was last edited on 3 May 2023, at 10:00 (UTC).", "boilerplate"),
    ("See also", "heading"),
    ("A soldier at the camp gate in Khabarovsk, 1947", "caption"),
    ("He was released in 1949.", "paragraph"),
    ("シベリアの収容所で働いた。", "paragraph"),
    ("Военнопленные работали на стройках.", "paragraph"),
])
def test_block_kinds(line, kind):
    text = f"Some article title\n\n{line}\n"
    assert _kinds(text)[1] == (kind, line)


@pytest.mark.parametrize("text, expected", [
    ("died in captivity.[citation needed]", [("[citation needed]", None, "editorial")]),
    ("between 60,000[2][3] and", [("[2]", 2, "reference"), ("[3]", 3, "reference")]),
    ("as noted[note 4] later", [("[note 4]", 4, "note")]),
    ("a list [1, 2] is not a marker", []),
])
def test_citation_markers(text, expected):
    found = [(m.text, m.value, m.label) for m in find_citation_markers(text)]
    assert found == expected


def test_hard_wrapped_paragraph_is_one_segment():
    para = ("The prisoners were moved by rail to camps across Siberia and the Far East,\n"
            "where they worked on construction projects for several years before they\n"
            "were repatriated.")
    text = f"Title line\n\n{para}\n"
    assert _kinds(text)[1] == ("paragraph", para)


def test_single_line_paragraphs_without_blank_lines_are_separate():
    text = "First paragraph ends here.\nSecond paragraph is short.\nThird one too, it seems so.\n"
    assert [k for k, _ in _kinds(text)] == ["paragraph"] * 3

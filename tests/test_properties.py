"""Properties of the whole pipeline on arbitrary text in any mix of scripts.

The number of examples follows the hypothesis profile: `dev` (default) or `ci` (a few
thousand, set by .ci/run through HYPOTHESIS_PROFILE).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import powtext
from powtext.output import dumps
from powtext.validate import check_document

# Pieces that stress the stages: every script we read, digits in several forms, markers,
# quotes, brackets, control characters, line breaks, emoji and scripts we do not read.
PIECES = st.sampled_from([
    "Boris Yeltsin", "Soviet Union", " in 1946", "560,000", "3.5\u00a0million", "15 August 1945",
    "Военнопленные", " СССР", "ХХ века", "1 118 с.", "24 июля 2009 г.",
    "シベリア抑留", "76万人", "平成21年7月24日", "衆議院", "エリツィン",
    "[1]", "[citation needed]", "  1. ^ ", '"', "«", "»", "「", "」", "(", ")", "–", "—",
    "ISBN 5-88439-093-9", "© MMXXIII", "\n", "\n\n", "\t", " ", ". ", "。",
    "\x00", "\x07", "\x1b", "\u200b", "\ufeff", "🙂", "أسرى", "เชลย", "한국", "Ελλάδα",
    "７６", "٣٤", "Ⅻ",
])
TEXTS = st.one_of(
    st.lists(PIECES, min_size=1, max_size=25).map("".join),
    st.text(min_size=1, max_size=200),
)


@given(TEXTS)
def test_pipeline_never_raises_and_keeps_its_promises(text):
    doc = powtext.annotate(text)
    record = doc.to_json()
    assert record["text"] == text
    assert list(check_document(record)) == []  # schema, offsets, text[start:end] == text
    previous_end = 0
    covered = set()
    for seg in doc.segments:
        assert previous_end <= seg.start < seg.end <= len(text)
        previous_end = seg.end
        covered.update(range(seg.start, seg.end))
    for i, char in enumerate(text):
        if not char.isspace():
            assert i in covered, f"character {i} ({char!r}) is in no segment"
    for token in doc.tokens:
        assert doc.segments[token.segment].start <= token.start < token.end <= (
            doc.segments[token.segment].end)
    again = powtext.annotate(text)
    assert dumps(again.to_json()) == dumps(record)  # deterministic

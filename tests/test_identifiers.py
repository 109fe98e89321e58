"""ISBNs: found with their label, validated, normalized to ISBN-13."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from powtext.extract import find_identifiers

CASES = [
    ("Логос, 2000. – 1118 с.: ил.) ISBN 5-88439-093-9", "ru", ["9785884390935"]),
    ("Doubleday, April 2003, ISBN 0-7679-0056-1; page 431.", "en", ["9780767900560"]),
    ("Press, 2003. ISBN 978-0-295-98336-3.", "en", ["9780295983363"]),
    ("ISBN-13: 978-0-295-98336-3", "en", ["9780295983363"]),
    ("ISBN 0 7679 0056 1", "en", ["9780767900560"]),
    ("ISBN\u00a0978-0-295-98336-3", "ja", ["9780295983363"]),
    ("see 978-0-295-98336-3 for details", "en", ["9780295983363"]),
    ("no isbn here 1234567890", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_isbn(text, lang, expected):
    found = find_identifiers(text, lang)
    assert [a.value for a in found] == expected
    for a in found:
        assert a.label == "ISBN" and a.type == "identifier"
        assert text[a.start:a.end] == a.text


INVALID = [
    ("ISBN 978-0-295-98336-4", "9780295983364"),
    ("ISBN 0-7679-0056-2", "0767900562"),
    ("ISBN 5-88439-093-X", "588439093X"),
]


@pytest.mark.parametrize(("text", "digits"), INVALID)
def test_invalid_checksum_keeps_digits_and_is_flagged(text, digits):
    # The schema wants a string value: a labelled ISBN with a bad checksum keeps the digits
    # as written and says it is not valid.
    (a,) = find_identifiers(text, "en")
    assert a.label == "ISBN" and a.value == digits and a.attrs["valid"] is False
    assert isinstance(a.value, str)


def test_valid_isbn_has_no_valid_flag():
    (a,) = find_identifiers("ISBN 978-0-295-98336-3", "en")
    assert "valid" not in a.attrs


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(["en", "ja", "ru", "de", "", "zz"]))
def test_never_raises_and_offsets_hold(text, lang):
    for a in find_identifiers(text, lang):
        assert text[a.start:a.end] == a.text

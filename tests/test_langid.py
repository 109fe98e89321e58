"""Language identification: script rules, short texts, corpus-like snippets, determinism."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from powtext.langid import LANGUAGE_INFO, LanguageIdentifier


@pytest.fixture(scope="module")
def ident() -> LanguageIdentifier:
    return LanguageIdentifier(seed=0, backend="langdetect")


# Texts written for these tests (not taken from any evaluation set).
CLEAR_CASES = [
    ("The prisoners were returned to Japan in 1956.", "en"),
    ("BBC News, 7 March 1998", "en"),
    ("Retrieved 12 May 2010.", "en"),
    ("the weather", "en"),
    ("シベリア抑留", "ja"),
    ("日本人捕虜の記録", "ja"),
    ("ありがとう", "ja"),
    ("Военнопленные в СССР.", "ru"),
    ("Архив внешней политики", "ru"),
    ("вопросы истории", "ru"),
    ("Військовополонені повернулися додому.", "uk"),
    ("їжак", "uk"),
    ("Беларуская мова ў школе", "be"),
    ("Български език и литература", "bg"),
    ("Ђаци су учили", "sr"),
    ("Македонски јазик и ќерка", "mk"),
    ("Қазақ тілі және әдебиеті", "kk"),
    ("Die Kriegsgefangenen kehrten nach Hause zurück.", "de"),
    ("Les prisonniers sont rentrés au Japon.", "fr"),
    ("한국어 문장입니다", "ko"),
    ("我们的国家", "zh"),
    # a Japanese sentence about foreign names: more Latin letters than kana, but its verb ends it
    ("1921年、Vickers Armstrong社はBeardmore and Company社と合併した。", "ja"),
    ("「Tokyo Rose Hour at Shinjuku Hall」はNHKの第3回のラジオ番組である。", "ja"),
    # an English sentence quoting a Japanese title stays English
    ("The book シベリア抑留 was published in Tokyo in 1980.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CLEAR_CASES)
def test_clear_cases(ident: LanguageIdentifier, text: str, lang: str) -> None:
    got, confidence = ident.identify(text)
    assert got == lang, (text, got, confidence)
    assert 0.0 < confidence <= 1.0


@pytest.mark.parametrize(
    "text", ["", "   ", "\n\t", "123 456", "(1998).", "—", "😀🎉", "\x00", "\ud800"]
)
def test_no_letters_is_und(ident: LanguageIdentifier, text: str) -> None:
    assert ident.identify(text) == ("und", 0.0)


# Citation-like snippets of the kind the corpus's reference lists are made of, with the
# document's language as context, as the pipeline passes it.
CITATION_CASES = [
    ("BBC News, 7 March 1998", "en", "en"),
    ("(PDF) (document).", "en", "en"),
    ("Archived from the original on 26 July 2009.", "en", "en"),
    ("Moscow Logos Publishers (2000)", "en", "en"),
    ("Seattle and London", "en", "en"),
    ("Sankeishinbun.", "en", "en"),
    ("衆議院.", "ja", "ja"),
    ("日本経済新聞.", "en", "ja"),
    ("記憶遺産でロシア", "en", "ja"),
    ("Военнопленные в СССР.", "en", "ru"),
    ("Документы и материалы", "en", "ru"),
    ("Под ред. М.М. Загорулько. – М.: Логос, 2000.", "en", "ru"),
]


@pytest.mark.parametrize(("text", "context", "lang"), CITATION_CASES)
def test_citation_snippets(ident: LanguageIdentifier, text: str, context: str, lang: str) -> None:
    assert ident.identify(text, context=context)[0] == lang


def test_mixed_script_lowers_confidence(ident: LanguageIdentifier) -> None:
    pure = ident.identify("Военнопленные в СССР")
    mixed = ident.identify("Военнопленные в СССР (Prisoners of war)")
    assert pure[0] == mixed[0] == "ru"
    assert mixed[1] < pure[1]


def test_unconfigured_script_is_und(ident: LanguageIdentifier) -> None:
    assert ident.identify("Δημοκρατία") == ("und", 0.0)
    assert LanguageIdentifier(("en", "ru")).identify("シベリア") == ("und", 0.0)


def test_han_only_follows_japanese_context(ident: LanguageIdentifier) -> None:
    assert ident.identify("衆議院.", context="ja")[0] == "ja"
    assert ident.identify("外務省", context="ja")[0] == "ja"


def test_han_only_follows_any_configured_context(ident: LanguageIdentifier) -> None:
    assert ident.identify("国家", context="zh")[0] == "zh"
    assert ident.identify("国家", context="ja")[0] == "ja"


def test_simplified_characters_are_not_japanese(ident: LanguageIdentifier) -> None:
    assert ident.identify("这个说话们")[0] == "zh"


def test_kana_is_japanese_whatever_the_context(ident: LanguageIdentifier) -> None:
    assert ident.identify("ソ連", context="en")[0] == "ja"
    assert ident.identify("の", context="ru")[0] == "ja"


def test_language_set_is_a_parameter() -> None:
    only_three = LanguageIdentifier(("en", "ja", "ru"), backend="langdetect")
    assert only_three.identify("Правила")[0] == "ru"
    assert only_three.identify("我们的国家")[0] == "ja"  # zh is not a candidate
    with pytest.raises(ValueError):
        LanguageIdentifier(("en", "xx"))


def test_component_names_the_backend(ident: LanguageIdentifier) -> None:
    assert ident.component.startswith("langdetect 1.0.9")
    assert "script-rules" in ident.component


def test_lingua_backend_when_installed() -> None:
    pytest.importorskip("lingua")
    ident = LanguageIdentifier(backend="lingua")
    assert ident.component.startswith("lingua ")
    assert LanguageIdentifier(backend="auto").component == ident.component
    assert ident.identify("Военнопленные в СССР.")[0] == "ru"
    assert ident.identify("シベリア抑留")[0] == "ja"


def test_unknown_backend_is_an_error() -> None:
    with pytest.raises(ValueError):
        LanguageIdentifier(backend="magic")


def test_call_order_does_not_matter() -> None:
    texts = [text for text, _ in CLEAR_CASES] + ["Sankeishinbun.", "(PDF) (document).", "le chat"]
    first = [LanguageIdentifier().identify(t) for t in texts]
    shared = LanguageIdentifier()
    backwards = [shared.identify(t) for t in reversed(texts)][::-1]
    assert first == backwards


def test_same_result_in_another_process() -> None:
    texts = ["BBC News, 7 March 1998", "Sankeishinbun.", "Правила", "le chat", "de"]
    code = (
        "from powtext.langid import LanguageIdentifier as L; i = L(backend='langdetect'); "
        f"print([i.identify(t) for t in {texts!r}])"
    )
    here = LanguageIdentifier(backend="langdetect")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == repr([here.identify(t) for t in texts])


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(LANGUAGE_INFO)), min_size=1, max_size=5, unique=True),
    st.text(alphabet=st.sampled_from("abcйцуїўђәあア日한 .,1"), max_size=30),
)
def test_any_language_subset_answers_within_it(languages: list[str], text: str) -> None:
    lang, confidence = LanguageIdentifier(tuple(languages), backend="langdetect").identify(text)
    assert lang in (*languages, "und")
    assert 0.0 <= confidence <= 1.0


@pytest.mark.parametrize("bad", [None, b"bytes", 42, "\ud800\udfff", "a" * 200_000])
def test_odd_inputs_do_not_raise(ident: LanguageIdentifier, bad: object) -> None:
    lang, confidence = ident.identify(bad)  # type: ignore[arg-type]
    assert isinstance(lang, str) and 0.0 <= confidence <= 1.0


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from([None, "en", "ja", "ru", "xx", ""]))
def test_never_raises(text: str, context: str | None) -> None:
    ident = LanguageIdentifier(backend="langdetect")
    # The unguarded path: identify's catch-all must not be what keeps text from raising.
    lang, confidence = ident._identify(text, context)
    assert isinstance(lang, str) and lang
    assert 0.0 <= confidence <= 1.0
    assert ident.identify(text, context) == (lang, confidence)


# powtext's inlined copy of langdetect's detection loop must give langdetect's own numbers.
@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("aeiouy tnsrhldcmwfgpb.,'ÄöüéèàçЖжыэїєшщ"
                                                  "АБВабвгдеёжзийклмнопрстуфхцчъьюя-1")),
                    min_size=0, max_size=80),
       seed=st.integers(min_value=0, max_value=3))
def test_inlined_langdetect_matches_langdetect(text: str, seed: int) -> None:
    from langdetect.lang_detect_exception import LangDetectException

    from powtext.langid import _langdetect_factory, _langdetect_probabilities

    for profiles in (("en", "de", "fr"), ("ru", "uk", "bg", "mk")):
        factory = _langdetect_factory(profiles)
        original, inlined = factory.create(), factory.create()
        for detector in (original, inlined):
            detector.seed = seed
            detector.append(text)
        try:
            expected = [(p.lang, p.prob) for p in original.get_probabilities()]
        except LangDetectException:
            expected = None
        got = _langdetect_probabilities(inlined)
        assert (None if got is None else [(p.lang, p.prob) for p in got]) == expected


def test_langdetect_profiles_load_once(ident: LanguageIdentifier) -> None:
    """The n-gram profiles are read once per process, not for every text (they are most of
    the cost of a short text)."""
    from powtext import langid

    ident.identify("Die Kriegsgefangenen")  # Latin letters: en, de or fr, n-grams decide
    before = langid._langdetect_factory.cache_info()
    ident.identify("Ordnung")
    after = langid._langdetect_factory.cache_info()
    assert after.hits > before.hits and after.misses == before.misses

"""Language identification for documents and short segments.

Evidence is combined in log space, cheapest and surest first:
  1. the script (kana means Japanese, hangul Korean, Cyrillic one of the Cyrillic languages ...);
  2. the alphabet: a letter a language does not use counts against it (ў, ї, ђ, ә ...);
  3. an n-gram model over the configured candidates only (langdetect, seeded; or lingua);
  4. word lists that ship with installed packages (pymorphy3, spaCy), which short texts need.
Language facts live in data/langid/languages.json, so adding a language is adding data.
"""

from __future__ import annotations

import functools
import importlib
import json
import math
import os
import re
from importlib import resources

from powtext.scripts import script_counts, script_of

_DATA = json.loads(resources.files("powtext").joinpath("data/langid/languages.json").read_text("utf-8"))
LANGUAGE_INFO: dict[str, dict] = {k: v for k, v in _DATA.items() if not k.startswith("_")}
DEFAULT_LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_INFO)

# Scripts whose letters may belong to a language of script "japanese" or "han".
_HAN_LIKE = {"han", "japanese"}
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")

_ALPHABET_PENALTY = 3.0  # per distinct letter the language does not use
_MISSING_MARK_PENALTY = float(os.environ.get("PT_MM", "0.25"))  # per letter, when none of a language's own letters shows up
_CONTEXT_BONUS = 1.0  # a segment is more likely in the surrounding document's language
_NGRAM_FLOOR = 0.02  # langdetect is overconfident on short texts: cap how much it can veto
_NGRAM_FULL_WEIGHT_AT = float(os.environ.get("PT_NW", "15"))  # letters; shorter texts weigh n-grams less
_PROXY_SHARE = float(os.environ.get("PT_PS", "0.5"))
_KNOWN_WORD = 1.5  # a word the language's word list has
_UNKNOWN_WORD = 1.5  # a lower-case word a (near-)complete word list of the language lacks
_LEXICON_CAP = 6.0  # word lists decide short texts; on long ones the n-gram model has its say


@functools.lru_cache(maxsize=8)
def _langdetect_factory(profiles: tuple[str, ...]):
    """A langdetect factory over only these profiles, loaded once per process."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.utils.lang_profile import LangProfile

    factory = DetectorFactory()  # our own instance: no module-global state is shared or mutated
    for index, name in enumerate(profiles):
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as f:
            factory.add_profile(LangProfile(**json.load(f)), index, len(profiles))
    return factory


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


def _lingua_available() -> bool:
    try:
        import lingua  # noqa: F401
    except ImportError:
        return False
    return True


class LanguageIdentifier:
    """Tell the language (ISO 639-1) of a text among a configured set of languages."""

    def __init__(
        self, languages: tuple[str, ...] | None = None, seed: int = 0, backend: str = "auto"
    ):
        languages = tuple(languages) if languages else DEFAULT_LANGUAGES
        unknown = [lang for lang in languages if lang not in LANGUAGE_INFO]
        if unknown:
            raise ValueError(f"no language data for {unknown}; known: {sorted(LANGUAGE_INFO)}")
        if backend == "auto":
            backend = "lingua" if _lingua_available() else "langdetect"
        if backend not in ("langdetect", "lingua"):
            raise ValueError(f"unknown backend {backend!r}")
        self.languages = languages
        self.seed = seed
        self.backend = backend
        self.component = (
            f"{backend} {_package_version('lingua-language-detector' if backend == 'lingua' else backend)}"
            "+script-rules"
        )
        self._info = {lang: LANGUAGE_INFO[lang] for lang in languages}
        self._marks = self._own_letters()

    def _own_letters(self) -> dict[str, frozenset[str]]:
        """Letters only one configured language of a script uses (ў for be, ї for uk ...)."""
        marks = {}
        for lang, info in self._info.items():
            others = set()
            for other, other_info in self._info.items():
                if other != lang and other_info["script"] == info["script"]:
                    others |= set(other_info.get("alphabet", ""))
            marks[lang] = frozenset(set(info.get("alphabet", "")) - others)
        return marks

    def identify(self, text: str, context: str | None = None) -> tuple[str, float]:
        """ISO 639-1 code and confidence in [0,1]; "und" with 0.0 when text has no letters.

        `context` is the surrounding document's language (Han-only short text in a "ja" context
        is ja)."""
        try:
            return self._identify(text, context)
        except Exception:  # a language label is never worth crashing a batch over
            return "und", 0.0

    def _identify(self, text: str, context: str | None) -> tuple[str, float]:
        counts = script_counts(text)
        total = sum(counts.values())
        if not total:
            return "und", 0.0
        if counts.get("kana"):  # kana makes the Han around it Japanese too
            counts["japanese"] = counts.pop("kana") + counts.pop("han", 0)
        script = max(sorted(counts), key=counts.__getitem__)
        purity = counts[script] / total
        if script == "han":
            candidates = [lang for lang, i in self._info.items() if i["script"] in _HAN_LIKE]
            if context == "ja" and "ja" in candidates:
                return "ja", round(0.9 * purity, 4)
        else:
            candidates = [lang for lang, i in self._info.items() if i["script"] == script]
        if not candidates:  # no configured language writes this script: guess among all
            candidates, purity = list(self._info), purity * 0.5
        if len(candidates) == 1:
            return candidates[0], round(0.99 * purity, 4)
        scores = self._scores(text, candidates, context)
        best = max(candidates, key=lambda lang: (scores[lang], lang))
        top = max(scores.values())
        share = math.exp(scores[best] - top) / sum(math.exp(s - top) for s in scores.values())
        return best, round(share * purity, 4)

    def _scores(self, text: str, candidates: list[str], context: str | None) -> dict[str, float]:
        letters = {c for c in text.lower() if c.isalpha()}
        n_letters = sum(1 for c in text if c.isalpha())
        ngram = self._ngram_probabilities(text, candidates)
        words = _WORD_RE.findall(text)
        scores = {}
        for lang in candidates:
            info = self._info[lang]
            score = math.log(info.get("prior", 1.0))
            alphabet = info.get("alphabet")
            if alphabet:
                own_script = {c for c in letters if script_of(c) == info["script"]}
                score -= _ALPHABET_PENALTY * len(own_script - set(alphabet))
            if self._marks[lang] and not letters & self._marks[lang]:
                score -= min(_MISSING_MARK_PENALTY * n_letters, 3.0)
            if ngram is not None:
                weight = min(1.0, n_letters / _NGRAM_FULL_WEIGHT_AT)
                score += weight * math.log(max(ngram.get(lang, 0.0), _NGRAM_FLOOR))
            if lang == context:
                score += _CONTEXT_BONUS
            score += self._lexicon_evidence(lang, words)
            scores[lang] = score
        return scores

    def _lexicon_evidence(self, lang: str, words: list[str]) -> float:
        lexicons = [lex for lex in map(_lexicon, self._info[lang].get("lexicon", ())) if lex]
        if not lexicons or not words:
            return 0.0
        evidence = 0.0
        for word in words:
            lower = word.lower()
            if any(lex.knows(lower) for lex in lexicons):
                evidence += _KNOWN_WORD
            elif word == lower and any(lex.complete for lex in lexicons):
                evidence -= _UNKNOWN_WORD  # capitalised words may be names: no verdict
        return max(-_LEXICON_CAP, min(_LEXICON_CAP, evidence))

    def _ngram_probabilities(self, text: str, candidates: list[str]) -> dict[str, float] | None:
        """Probability per candidate from the n-gram backend; None when it has no opinion."""
        return self._langdetect(text, candidates)

    def _langdetect(self, text: str, candidates: list[str]) -> dict[str, float] | None:
        profiles = tuple(dict.fromkeys(p for lang in self.languages for p in _profiles(self._info[lang])))
        wanted = {p for lang in candidates for p in _profiles(self._info[lang])}
        if not wanted:
            return None
        from langdetect.lang_detect_exception import LangDetectException

        detector = _langdetect_factory(profiles).create()
        detector.seed = self.seed  # langdetect reseeds its own Random with this per call
        # Languages outside the candidates get prior 0, so they can never win.
        detector.set_prior_map({p: (1.0 if p in wanted else 0.0) for p in profiles})
        detector.append(text)
        try:
            found = detector.get_probabilities()
        except LangDetectException:  # no known n-gram in the text
            return None
        probs = {lang: 0.0 for lang in candidates}
        for item in found:
            for lang in candidates:
                if item.lang in self._info[lang]["langdetect"]:
                    probs[lang] += item.prob
                elif item.lang in self._info[lang].get("proxy", ()):
                    probs[lang] += _PROXY_SHARE * item.prob  # a neighbour's profile: weaker
        return probs



class _Lexicon:
    """A word list: `complete` when a miss says something (a full dictionary, not stop words)."""

    def __init__(self, knows, complete: bool):
        self.knows = knows
        self.complete = complete


@functools.cache
def _lexicon(source: str) -> _Lexicon | None:
    """Load a word list named in languages.json; None when its package is not installed."""
    kind, _, arg = source.partition(":")
    try:
        if kind == "spacy-stop-words":
            module = importlib.import_module(f"spacy.lang.{arg}.stop_words")
            return _Lexicon(frozenset(module.STOP_WORDS).__contains__, complete=False)
        if kind == "pymorphy3":
            import pymorphy3

            return _Lexicon(pymorphy3.MorphAnalyzer(lang=arg).word_is_known, complete=True)
        if kind == "unidic-chars":
            return _Lexicon(_unidic_knows, complete=True)
        if kind == "spacy-model-lemmas":
            return _spacy_lemma_lexicon(arg)
    except Exception:  # a missing optional package or dictionary only weakens the evidence
        return None
    return None


def _spacy_lemma_lexicon(package: str) -> _Lexicon | None:
    """English words from a spaCy model's lemmatizer tables (WordNet lemmas + inflection rules)."""
    from spacy.lookups import Lookups

    found = sorted(resources.files(package).glob("*/lemmatizer/lookups"))  # type: ignore[attr-defined]
    if not found:
        return None
    lookups = Lookups().from_disk(str(found[0]))
    lemmas: set[str] = set()
    for table in ("lemma_index", "lemma_exc"):
        for entries in lookups.get_table(table).values():
            lemmas.update(entries)  # index: lists of lemmas; exceptions: {form: [lemma]}
    rules = {tuple(rule) for per_pos in lookups.get_table("lemma_rules").values() for rule in per_pos}

    def knows(word: str) -> bool:
        if word in lemmas:
            return True
        return any(
            word.endswith(old) and word[: len(word) - len(old)] + new in lemmas
            for old, new in rules
        )

    return _Lexicon(knows, complete=True)


def _unidic_knows(word: str) -> bool:
    """Whether every Han character of `word` is a known unidic entry (simplified ones are not)."""
    return all(_unidic_char(char) for char in word if script_of(char) == "han")


@functools.lru_cache(maxsize=65536)
def _unidic_char(char: str) -> bool:
    return not any(node.is_unk for node in _unidic_tagger()(char))


@functools.lru_cache(maxsize=1)
def _unidic_tagger():
    import fugashi

    return fugashi.Tagger()


def _profiles(info: dict) -> list[str]:
    return [*info["langdetect"], *info.get("proxy", ())]

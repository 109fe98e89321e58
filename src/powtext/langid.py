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
import importlib.util
import json
import logging
import math
import os
import re
from importlib import resources
from pathlib import Path

from powtext.data import read_text
from powtext.scripts import script_counts, script_of

_DATA = json.loads(
    read_text("langid/languages.json")
)
LANGUAGE_INFO: dict[str, dict] = {k: v for k, v in _DATA.items() if not k.startswith("_")}
DEFAULT_LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_INFO)

_log = logging.getLogger(__name__)

# Scripts whose letters may belong to a language of script "japanese" or "han".
_HAN_LIKE = {"han", "japanese"}
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
# Every Han character (and 々, 〆) is at or above U+3005: below it a text has none.
_MAYBE_HAN = re.compile("[\u3005-\U0002FA1F]")

# Weights of the evidence (log-odds units). Chosen by reasoning, then checked on the dev half.
_ALPHABET_PENALTY = 3.0  # per distinct letter the language does not use
# Per letter (at most 3.0) when none of a language's own letters (ї є ґ for uk) shows up.
_MISSING_MARK_PENALTY = 0.15
_CONTEXT_BONUS = 1.0  # a segment is more likely in the surrounding document's language
_CONTEXT_FADES_AT = 30  # letters: below this the context counts up to four times as much
_NGRAM_FLOOR = 0.05  # n-gram models are overconfident on short texts: cap their veto
# langdetect samples n-grams until one language reaches 0.99999, even for one short word: below
# this many letters its log-probability is scaled down (a Han character counts as three letters).
_LANGDETECT_FULL_WEIGHT_AT = 12
_PROXY_SHARE = 0.5  # a neighbour's profile standing in for a language langdetect lacks
_WORD_WEIGHT = 1.5  # per word a word list has (+) or, if (nearly) complete, lacks (-)
_LEXICON_CAP = 6.0  # word lists decide short texts; on long ones the n-gram model has its say
_MAX_WORDS = 64  # the cap is reached long before: spare long documents the look-ups


def _ends_in_japanese(text: str) -> bool:
    """The last letter is kana or Han: the sentence ends, and so has its verb, in Japanese."""
    for ch in reversed(text):
        if ch.isalpha():
            return script_of(ch) in ("kana", "han")
    return False


@functools.lru_cache(maxsize=32)
def _langdetect_factory(profiles: tuple[str, ...]):
    """A langdetect factory over only these profiles, loaded once per process."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.utils.lang_profile import LangProfile

    factory = DetectorFactory()  # our own instance: no module-global state is shared or mutated
    for index, name in enumerate(profiles):
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as f:
            factory.add_profile(LangProfile(**json.load(f)), index, len(profiles))
    return factory


@functools.lru_cache(maxsize=8)
def _lingua_detector(languages: tuple[str, ...]):
    """A lingua detector over the configured languages it knows, built once per process."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, lang.upper(), None) for lang in languages]
    codes = [code for code in codes if code is not None]
    known = {code.name.lower() for code in codes}
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build(), known


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
        self._info = {lang: LANGUAGE_INFO[lang] for lang in languages}
        package = "lingua-language-detector" if backend == "lingua" else "langdetect"
        # Which word lists are installed changes answers, so the component names them too.
        sources = {src for info in self._info.values() for src in info.get("lexicon", ())}
        lists = sorted({f"{pkg} {_package_version(pkg)}" for pkg in map(_lexicon_package, sources)})
        lists = [item for item in lists if not item.endswith(" ?")]
        self.component = (
            f"{backend} {_package_version(package)}+script-rules+wordlists({', '.join(lists)})"
        )
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
        """ISO 639-1 code and confidence in [0,1]; "und" with 0.0 when text has no letters
        (or only letters of a script no configured language writes).

        `context` is the surrounding document's language (Han-only short text in a "ja" context
        is ja; elsewhere it tips close calls)."""
        try:
            return self._identify(text, context)
        except Exception:  # a language label is never worth crashing a batch over; but say so
            _log.warning("language identification failed on %.80r", text, exc_info=True)
            return "und", 0.0

    def _identify(self, text: str, context: str | None) -> tuple[str, float]:
        counts = script_counts(text)
        total = sum(counts.values())
        if not total:
            return "und", 0.0
        if counts.get("kana"):  # kana makes the Han around it Japanese too
            counts["japanese"] = counts.pop("kana") + counts.pop("han", 0)
        script = max(sorted(counts), key=counts.__getitem__)
        if script != "japanese" and "japanese" in counts and _ends_in_japanese(text):
            # "1903年、Wigham Richardson社はSwan and Hunter社と合併した。": a Japanese sentence
            # about foreign names (its predicate is Japanese), however many Latin letters
            script = "japanese"
        purity = counts[script] / total
        if script == "han":
            candidates = [lang for lang, i in self._info.items() if i["script"] in _HAN_LIKE]
            if context in candidates:  # Han alone cannot tell ja from zh; the document can
                return context, round(0.9 * purity, 4)
        else:
            candidates = [lang for lang, i in self._info.items() if i["script"] == script]
        if not candidates:  # no configured language writes it: no label beats a wrong one
            return "und", 0.0
        if len(candidates) == 1:
            return candidates[0], round(0.99 * purity, 4)
        scores = self._scores(text, script, candidates, context)
        best = max(candidates, key=lambda lang: (scores[lang], lang))
        top = max(scores.values())
        share = math.exp(scores[best] - top) / sum(math.exp(s - top) for s in scores.values())
        return best, round(share * purity, 4)

    def _scores(
        self, text: str, script: str, candidates: list[str], context: str | None
    ) -> dict[str, float]:
        letters = {c for c in text.lower() if c.isalpha()}
        # A Han character carries about as much as a short word: count it as three letters.
        n_letters = sum(map(str.isalpha, text))
        if _MAYBE_HAN.search(text):
            n_letters += sum(2 for c in text if c.isalpha() and script_of(c) == "han")
        ngram_weight = 1.0  # lingua is built for short texts; langdetect is not
        if self.backend == "langdetect":
            ngram_weight = min(1.0, n_letters / _LANGDETECT_FULL_WEIGHT_AT)
        # Only words in the text's own script go to the word lists ("Бему (Behm)": not Behm).
        in_script = _HAN_LIKE if script == "han" else {script}
        words = [w for w in _WORD_RE.findall(text) if script_of(w[0]) in in_script][:_MAX_WORDS]
        scores = {}
        for lang in candidates:
            info = self._info[lang]
            score = math.log(info.get("prior", 1.0))
            alphabet = info.get("alphabet")
            if alphabet:
                own_script = {c for c in letters if script_of(c) == info["script"]}
                score -= _ALPHABET_PENALTY * len(own_script - set(alphabet))
            if self._marks[lang] and not letters & self._marks[lang]:
                # Absent marks weigh by how often the language writes them: often in uk (і),
                # rarely in German (ä, ö, ß), so a German title without umlauts stays German.
                rate = info.get("mark_rate", _MISSING_MARK_PENALTY)
                score -= min(rate * n_letters, 3.0)
            if lang == context:
                # The shorter the text, the less it says for itself and the more the document
                # around it does ("Sankeishinbun." in an English citation is English metadata).
                score += _CONTEXT_BONUS * (1 + 3 * max(0.0, 1 - n_letters / _CONTEXT_FADES_AT))
            score += self._lexicon_evidence(lang, words)
            scores[lang] = score
        # The n-gram term moves a language by at most weight × -log(floor). When the other
        # evidence already leads by more than that, it cannot change the answer: skip it (it is
        # most of the cost on long segments). The confidence then comes from that evidence.
        ranked = sorted(scores.values(), reverse=True)
        if ranked[0] - ranked[1] > ngram_weight * -math.log(_NGRAM_FLOOR):
            return scores
        ngram = self._ngram_probabilities(text, candidates)
        if ngram is not None:
            for lang in candidates:
                scores[lang] += ngram_weight * math.log(max(ngram.get(lang, 0.0), _NGRAM_FLOOR))
        return scores

    def _lexicon_evidence(self, lang: str, words: list[str]) -> float:
        lexicons = [lex for lex in map(_lexicon, self._info[lang].get("lexicon", ())) if lex]
        if not lexicons or not words:
            return 0.0
        evidence = 0.0
        for word in words:
            lower = word.lower()
            verdicts = [lex.verdict(lower) for lex in lexicons]
            verdict = 1 if 1 in verdicts else min(verdicts)  # known to any list is known
            if verdict < 0 and word != lower:
                verdict = 0  # a capitalised word may be a name: no dictionary has them all
            evidence += verdict * _WORD_WEIGHT
        return max(-_LEXICON_CAP, min(_LEXICON_CAP, evidence))

    def _ngram_probabilities(self, text: str, candidates: list[str]) -> dict[str, float] | None:
        """Probability per candidate from the n-gram backend; None when it has no opinion."""
        if self.backend == "lingua":
            return self._lingua(text, candidates)
        return self._langdetect(text, candidates)

    def _lingua(self, text: str, candidates: list[str]) -> dict[str, float] | None:
        detector, known = _lingua_detector(self.languages)
        values = {
            v.language.iso_code_639_1.name.lower(): v.value
            for v in detector.compute_language_confidence_values(text)
        }
        total = sum(values.get(lang, 0.0) for lang in candidates)
        if not total:
            return None
        # Renormalised over the candidates; a language lingua lacks gets a neutral share.
        return {
            lang: values.get(lang, 0.0) / total if lang in known else 0.1 for lang in candidates
        }

    def _langdetect(self, text: str, candidates: list[str]) -> dict[str, float] | None:
        # Only the candidates' profiles: langdetect's cost grows with the number of languages.
        profiles = tuple(
            dict.fromkeys(p for lang in candidates for p in _profiles(self._info[lang]))
        )
        if not profiles:
            return None
        detector = _langdetect_factory(profiles).create()
        detector.seed = self.seed  # langdetect reseeds its own Random with this on every call
        detector.append(text)
        found = _langdetect_probabilities(detector)
        if found is None:  # no known n-gram in the text
            return None
        probs = {lang: 0.0 for lang in candidates}
        for item in found:
            for lang in candidates:
                if item.lang in self._info[lang]["langdetect"]:
                    probs[lang] += item.prob
                elif item.lang in self._info[lang].get("proxy", ()):
                    probs[lang] += _PROXY_SHARE * item.prob  # a neighbour's profile: weaker
        return probs


# langdetect 1.0.9's Detector.get_probabilities, step for step (same n-grams, same random
# draws, same floating-point operations in the same order, so the same probabilities), without
# its per-character and per-draw method calls: it was most of the time language
# identification takes. tests/test_langid.py holds it to the original.
def _langdetect_probabilities(detector) -> list | None:
    """The detector's sorted probabilities, or None when the text has no known n-gram."""
    detector.cleaning_text()
    ngrams = _langdetect_ngrams(detector.text, detector.word_lang_prob_map)
    if not ngrams:
        return None
    n_langs, n_trial = len(detector.langlist), detector.n_trial
    probs_of = detector.word_lang_prob_map
    rng = detector.random
    rng.seed(detector.seed)
    choice, gauss = rng.choice, rng.gauss
    langprob = [0.0] * n_langs
    for _ in range(n_trial):
        prob = detector._init_probability()
        weight = (detector.alpha + gauss(0.0, 1.0) * detector.ALPHA_WIDTH) / detector.BASE_FREQ
        i = 0
        while True:
            row = probs_of[choice(ngrams)]  # one probability per language, as `prob`
            prob = [p * (weight + q) for p, q in zip(prob, row, strict=False)]
            if i % 5 == 0:
                total = sum(prob)
                prob = [p / total for p in prob]
                if max(prob) > detector.CONV_THRESHOLD or i >= detector.ITERATION_LIMIT:
                    break
            i += 1
        for j in range(n_langs):
            langprob[j] += prob[j] / n_trial
    return detector._sort_probability(langprob)


def _langdetect_ngrams(text: str, known) -> list[str]:
    """Detector._extract_ngrams with NGram.add_char inlined."""
    out = []
    grams, capital = " ", False
    for ch in text:
        ch = _langdetect_char(ch)
        last = grams[-1]
        if last == " ":
            grams, capital = " ", False
            if ch == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        for n in (1, 2, 3):
            if len(grams) < n:
                break
            gram = grams[-n:]
            if gram != " " and gram in known:
                out.append(gram)
    return out


@functools.lru_cache(maxsize=65536)
def _langdetect_char(ch: str) -> str:
    from langdetect.utils.ngram import NGram

    return NGram.normalize(ch)


class _Lexicon:
    """A word list. verdict: +1 known, -1 unknown to a (nearly) complete list, 0 no opinion."""

    def __init__(self, knows, complete: bool):
        self.knows = knows
        self.complete = complete

    def verdict(self, word: str) -> int:
        if self.knows(word):
            return 1
        return -1 if self.complete else 0


class _UnidicLexicon:
    """Han-only words against unidic: a character it lacks (simplified 们, 贤) speaks against
    Japanese; a dictionary word of two or more kanji (衆議, 外務) speaks for it."""

    def verdict(self, word: str) -> int:
        han = [char for char in word if script_of(char) == "han"]
        if not han or not all(map(_unidic_char, han)):
            return -1 if han else 0
        nodes = _unidic_tagger()(word)
        in_words = sum(len(n.surface) for n in nodes if len(n.surface) > 1 and not n.is_unk)
        return 1 if 2 * in_words >= len(word) else 0


@functools.cache
def _lexicon(source: str) -> _Lexicon | _UnidicLexicon | None:
    """Load a word list named in languages.json; None when its package is not installed."""
    kind, _, arg = source.partition(":")
    try:
        if kind == "spacy-stop-words":
            return _Lexicon(_spacy_stop_words(arg).__contains__, complete=False)
        if kind == "pymorphy3":
            from powtext.resources import morph_analyzer

            return _Lexicon(morph_analyzer(arg).word_is_known, complete=True)
        if kind == "unidic":
            return _UnidicLexicon()
        if kind == "spacy-model-lemmas":
            return _spacy_lemma_lexicon(arg)
    except Exception:  # a missing optional package or dictionary only weakens the evidence
        return None
    return None


def _spacy_stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop-word list for `lang`, read from its own file: importing spacy.lang.fr would
    also load French tokenizer exceptions, seconds of start-up for a word list."""
    spec = importlib.util.find_spec("spacy.lang")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / lang / "stop_words.py"
    namespace: dict = {}
    exec(compile(path.read_text("utf-8"), str(path), "exec"), namespace)
    return frozenset(namespace.get("STOP_WORDS", ()))


def _lexicon_package(source: str) -> str:
    """The distribution a word list comes from (for the component's description)."""
    kind, _, arg = source.partition(":")
    return {
        "spacy-stop-words": "spacy",
        "pymorphy3": f"pymorphy3-dicts-{arg}",
        "unidic": "unidic-lite",
    }.get(kind, arg)


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
    rules = {tuple(rule) for pos in lookups.get_table("lemma_rules").values() for rule in pos}

    @functools.lru_cache(maxsize=1 << 16)  # running text repeats its words; the rules loop
    def knows(word: str) -> bool:
        if word in lemmas:
            return True
        return any(
            word.endswith(old) and word[: len(word) - len(old)] + new in lemmas
            for old, new in rules
        )

    return _Lexicon(knows, complete=True)


@functools.lru_cache(maxsize=65536)
def _unidic_char(char: str) -> bool:
    return not any(node.is_unk for node in _unidic_tagger()(char))


def _unidic_tagger():
    from powtext.resources import unidic_tagger

    return unidic_tagger()


def _profiles(info: dict) -> list[str]:
    return [*info["langdetect"], *info.get("proxy", ())]

"""Throughput of the whole pipeline beside the bare models it wraps, on the same text.

    python bench/bench_pipeline.py [--words 50000] [--repeat 3]

Two texts, each repeated as separate documents until it holds about --words words:
- mixed: the bundled article (English body, Japanese and Russian references);
- English: the article's English-only paragraphs and references (the ≥ 0.8× target).
Each is run through the whole pipeline, then the bare models get exactly the segments the
pipeline gave them (citation markers blanked, as the pipeline sees them): the English spaCy
model as shipped (nlp.pipe, all its components: the target's reference) and as powtext runs it
(without the parser, whose analysis powtext does not keep), Natasha (Segmenter + NewsNERTagger,
the objects powtext's Russian recognizer holds), fugashi tagging, spaCy's Russian tokenizer +
pymorphy3. "Words" are powtext's tokens of those segments, so every words/s figure divides the
same count. Times are the best of --repeat runs.
Also printed: start-up of `powtext run -j1` on the corpus (a fresh process), model load time in
this process, peak memory with all three languages loaded, how far dropping the parser
changes the English model's POS tags and entities on the English text, and the rate on one large
document (the article --large times over) against article-sized ones: work per word must not
grow with a document's length.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "japanese-pows-in-the-soviet-union.txt"
POWTEXT = Path(sys.executable).with_name("powtext")
# Lines of the article with no Cyrillic, kana or Han: the English paragraphs and references.
NON_ENGLISH = re.compile(r"[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff]")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def best_of(repeat: int, run) -> float:
    """The shortest of `repeat` timings of run(): the least disturbed by the rest of the machine."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def startup_seconds() -> float:
    """Wall time of `powtext run -j1` on the bundled corpus in a fresh process (best of 3)."""
    with tempfile.TemporaryDirectory() as tmp:
        args = [str(POWTEXT), "run", str(ROOT / "corpus"), "-j1", "--full", "-q",
                "-o", str(Path(tmp) / "out.jsonl")]
        return best_of(3, lambda: subprocess.run(args, check=True, cwd=tmp))


class Bench:
    def __init__(self, pipeline, text: str, words: int, repeat: int):
        from powtext.model import Document
        from powtext.stages import MASKED_TYPES, masked_text

        self.pipeline, self.text, self.repeat = pipeline, text, repeat
        probe = pipeline(Document(id="probe", text=text))
        self.per_doc = len(probe.tokens)
        self.copies = max(1, round(words / self.per_doc))
        self.n_segments = len(probe.segments)
        # Each language's segments as the pipeline saw them, and powtext's word count in them.
        probe.annotations = [a for a in probe.annotations if a.type in MASKED_TYPES]
        probe.scratch.clear()
        masked = masked_text(probe)
        self.segments: dict[str, list[str]] = {}
        self.words: dict[str, int] = {}
        for i, seg in enumerate(probe.segments):
            self.segments.setdefault(seg.lang, []).append(masked[seg.start:seg.end])
            n = sum(1 for t in probe.tokens if t.segment == i)
            self.words[seg.lang] = self.words.get(seg.lang, 0) + n

    def run_pipeline(self) -> tuple[int, float]:
        """The copies in the batches `powtext run` makes (by size), each batch in one call."""
        from powtext.model import Document
        from powtext.runner import DEFAULT_BATCH_CHARS, MAX_BATCH_DOCS

        per_batch = max(1, min(MAX_BATCH_DOCS, DEFAULT_BATCH_CHARS // max(len(self.text), 1)))

        def run():
            for first in range(0, self.copies, per_batch):
                self.pipeline.pipe([Document(id=f"copy-{n}", text=self.text)
                                    for n in range(first, min(first + per_batch, self.copies))])

        return self.per_doc * self.copies, best_of(self.repeat, run)

    def texts(self, lang: str) -> list[str]:
        return self.segments.get(lang, []) * self.copies

    def words_in(self, lang: str) -> int:
        return self.words.get(lang, 0) * self.copies

    def run_spacy_en(self, nlp) -> tuple[int, float]:
        texts = self.texts("en")
        return self.words_in("en"), best_of(self.repeat, lambda: list(nlp.pipe(texts)))

    def run_natasha(self) -> tuple[int, float]:
        from powtext.entities.russian import RussianRecognizer
        from powtext.resources import shared

        recognizer = shared("entities:ru", RussianRecognizer)
        texts = self.texts("ru")
        return self.words_in("ru"), best_of(
            self.repeat, lambda: [recognizer.natasha_spans(t) for t in texts])

    def run_fugashi(self) -> tuple[int, float]:
        from powtext.tokenize import japanese_nlp

        tagger = japanese_nlp().tokenizer.tagger
        texts = self.texts("ja")
        return self.words_in("ja"), best_of(self.repeat, lambda: [tagger(t) for t in texts])

    def run_russian_tokens(self) -> tuple[int, float]:
        from powtext.tokenize import russian_parse

        texts = self.texts("ru")
        return self.words_in("ru"), best_of(self.repeat, lambda: russian_parse(texts))


def parser_effect(shipped, run, texts: list[str]) -> tuple[float, float]:
    """Share of tokens whose POS, and of texts whose entities, are unchanged without the parser."""
    same_pos = tokens = same_ents = 0
    for a, b in zip(shipped.pipe(texts), run.pipe(texts), strict=True):
        tokens += len(a)
        same_pos += sum(x.pos_ == y.pos_ for x, y in zip(a, b, strict=True))
        same_ents += [(e.start, e.end, e.label_) for e in a.ents] == [
            (e.start, e.end, e.label_) for e in b.ents]
    return same_pos / max(tokens, 1), same_ents / max(len(texts), 1)


def row(name: str, words: int, seconds: float) -> str:
    rate = words / seconds if seconds else float("inf")
    return f"  {name:58} {words:>8,} {seconds:>8.2f} {rate:>11,.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up timing")
    parser.add_argument("--large", type=int, default=100,
                        help="copies of the article in the one large document")
    args = parser.parse_args()

    startup = None if args.no_startup else startup_seconds()

    import spacy

    import powtext
    from powtext.model import Document
    from powtext.pipeline import load_pipeline
    from powtext.resources import ENGLISH_UNUSED, english_model, english_model_name

    text = SEED.read_text("utf-8")
    english = "\n\n".join(
        line for line in text.splitlines() if line.strip() and not NON_ENGLISH.search(line)
    ) + "\n"
    started = time.perf_counter()
    pipeline = load_pipeline()
    pipeline(Document(id="warm-up", text=text))  # loads every model (all three languages) once
    load_s = time.perf_counter() - started
    nlp = english_model()
    with warnings.catch_warnings():  # W095, as in powtext.resources.english_model
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        shipped = spacy.load(english_model_name())
    model = f"{nlp.meta['lang']}_{nlp.meta['name']}"

    mixed = Bench(pipeline, text, args.words, args.repeat)
    eng = Bench(pipeline, english, args.words, args.repeat)
    figures = {
        "mixed": mixed.run_pipeline(), "en": eng.run_pipeline(),
        "mixed_spacy": mixed.run_spacy_en(shipped), "en_spacy": eng.run_spacy_en(shipped),
        "en_spacy_run": eng.run_spacy_en(nlp),
        "natasha": mixed.run_natasha(), "fugashi": mixed.run_fugashi(),
        "ru_tokens": mixed.run_russian_tokens(),
    }

    def rate(key: str) -> float:
        words, seconds = figures[key]
        return words / seconds

    bare_keys = ("mixed_spacy", "natasha", "fugashi", "ru_tokens")
    bare_w = sum(figures[k][0] for k in bare_keys if k != "ru_tokens")
    bare_s = sum(figures[k][1] for k in bare_keys)

    print(f"powtext {powtext.__version__}, python {sys.version.split()[0]}, "
          f"best of {args.repeat} runs")
    print(f"mixed text: {mixed.copies} copies of the corpus article, {figures['mixed'][0]:,} "
          f"words ({mixed.per_doc} per document, {mixed.n_segments} segments: "
          + ", ".join(f"{lang} {n}" for lang, n in sorted(mixed.words.items())) + " words)")
    print(f"English text: {eng.copies} copies of the article's English lines, "
          f"{figures['en'][0]:,} words ({eng.per_doc} per document, {eng.n_segments} segments)")
    print(f"English model as shipped: {', '.join(shipped.pipe_names)}; as powtext runs it: "
          f"{', '.join(nlp.pipe_names)} (not run: {', '.join(ENGLISH_UNUSED)})")
    print()
    print(f"  {'component':58} {'words':>8} {'seconds':>8} {'words/s':>11}")
    print("mixed text (en + ja + ru)")
    print(row("powtext default pipeline (all stages)", *figures["mixed"]))
    print(row(f"bare spaCy {model} (nlp.pipe, English segments)",
              *figures["mixed_spacy"]))
    print(row("bare Natasha NewsNERTagger (Russian segments)", *figures["natasha"]))
    print(row("bare fugashi + unidic-lite tagging (Japanese segments)", *figures["fugashi"]))
    print(row("bare spaCy ru tokenizer + pymorphy3 (Russian segments)", *figures["ru_tokens"]))
    print(row("bare models together (en spaCy, Natasha, fugashi, ru tokens)", bare_w, bare_s))
    print("English text")
    print(row("powtext default pipeline (all stages)", *figures["en"]))
    print(row(f"bare spaCy {model} as shipped (same segments)", *figures["en_spacy"]))
    print(row(f"bare spaCy {model} as powtext runs it (no parser)", *figures["en_spacy_run"]))
    print()
    en_ratio = rate("en") / rate("en_spacy")
    print(f"ratio powtext / bare spaCy English model, English text: {en_ratio:.2f}  "
          f"(target >= 0.80: {'met' if en_ratio >= 0.8 else 'NOT met'})")
    print(f"ratio powtext / bare spaCy English model as powtext runs it, English text: "
          f"{rate('en') / rate('en_spacy_run'):.2f}")
    print(f"ratio powtext / bare spaCy English model, mixed text:   "
          f"{rate('mixed') / rate('mixed_spacy'):.2f}")
    print(f"ratio powtext / bare models together, mixed text:       "
          f"{rate('mixed') / (bare_w / bare_s):.2f}")
    big = Document(id="large", text=text * args.large)
    started = time.perf_counter()
    big = pipeline(big)
    large_s = time.perf_counter() - started
    print(f"one large document (the article x{args.large}, {len(big.tokens):,} words, "
          f"{len(big.annotations):,} annotations): {len(big.tokens) / large_s:,.0f} words/s, "
          f"{len(big.tokens) / large_s / rate('mixed'):.2f}x the rate on article-sized documents")
    pos, ents = parser_effect(shipped, nlp, eng.texts("en")[:len(eng.segments.get("en", []))])
    print(f"without the parser: POS tags the same on {pos:.1%} of tokens, entities the same on "
          f"{ents:.1%} of segments (English text)")
    if startup is not None:
        print(f"start-up, `powtext run -j1` on the corpus (fresh process): {startup:.2f} s  "
              f"(target < 3 s)")
    print(f"model load + first document, in this process: {load_s:.2f} s")
    print(f"peak memory (max RSS), all three languages loaded: {peak_mb():,.0f} MB  "
          f"(target < 1 GB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

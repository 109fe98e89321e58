"""Throughput of the whole pipeline beside the bare models it wraps, on the same text.

    python bench/bench_pipeline.py [--words 50000]

The bundled article is repeated (as separate documents) until it holds about --words tokens.
Prints words per second for powtext and for the bare tokenizers/models on the same segments,
the ratios between them, model load time, and the process's peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "japanese-pows-in-the-soviet-union.txt"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    args = parser.parse_args()

    import powtext
    from powtext.model import Document
    from powtext.pipeline import load_pipeline
    from powtext.stages import MASKED_TYPES, masked_text

    text = SEED.read_text("utf-8")
    started = time.perf_counter()
    pipeline = load_pipeline()
    warm = pipeline(Document(id="warm-up", text=text))  # loads every model once
    load_s = time.perf_counter() - started
    per_doc = len(warm.tokens)
    copies = max(1, round(args.words / per_doc))

    started = time.perf_counter()
    for n in range(copies):
        pipeline(Document(id=f"copy-{n}", text=text))
    pipe_s = time.perf_counter() - started
    words = per_doc * copies

    # The bare components on exactly the segments the pipeline gave them.
    doc = pipeline(Document(id="probe", text=text))
    doc.annotations = [a for a in doc.annotations if a.type in MASKED_TYPES]
    masked = masked_text(doc)
    by_lang: dict[str, list[str]] = {}
    for seg in doc.segments:
        by_lang.setdefault(seg.lang, []).append(masked[seg.start:seg.end])
    from powtext.resources import english_model
    from powtext.tokenize import japanese_nlp, russian_parse

    bare = {}
    en_texts = by_lang.get("en", []) * copies
    nlp = english_model()
    t = time.perf_counter()
    en_words = sum(len(d) for d in nlp.pipe(en_texts))
    bare["spaCy en_core_web_sm (all components)"] = (en_words, time.perf_counter() - t)
    ja_texts = by_lang.get("ja", []) * copies
    tagger = japanese_nlp().tokenizer.tagger
    t = time.perf_counter()
    ja_words = sum(len(tagger(s)) for s in ja_texts)
    bare["fugashi + unidic-lite (tagging)"] = (ja_words, time.perf_counter() - t)
    ru_texts = by_lang.get("ru", []) * copies
    t = time.perf_counter()
    ru_words = sum(len(d) for d in russian_parse(ru_texts))
    bare["spaCy ru tokenizer + pymorphy3"] = (ru_words, time.perf_counter() - t)
    bare_total_s = sum(s for _, s in bare.values())
    bare_total_w = sum(w for w, _ in bare.values())

    rate = words / pipe_s
    print(f"powtext {powtext.__version__}, python {sys.version.split()[0]}")
    print(f"text: {copies} copies of the corpus article, {words:,} words "
          f"({per_doc} per document, {len(doc.segments)} segments)")
    print(f"model load + first document: {load_s:.2f} s")
    print()
    print(f"{'component':42} {'words':>8} {'seconds':>8} {'words/s':>10}")
    print(f"{'powtext default pipeline (all stages)':42} {words:>8,} {pipe_s:>8.2f} {rate:>10,.0f}")
    for name, (w, s) in bare.items():
        print(f"{name:42} {w:>8,} {s:>8.2f} {w / s:>10,.0f}")
    print(f"{'bare components together':42} {bare_total_w:>8,} {bare_total_s:>8.2f} "
          f"{bare_total_w / bare_total_s:>10,.0f}")
    print()
    print(f"ratio powtext / bare components (words/s): {rate / (bare_total_w / bare_total_s):.2f}")
    en_rate = bare["spaCy en_core_web_sm (all components)"]
    print(f"ratio powtext / bare spaCy English model: {rate / (en_rate[0] / en_rate[1]):.2f}")
    print(f"peak memory (max RSS): {peak_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

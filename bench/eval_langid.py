"""Accuracy of powtext.langid on the shared dev set, beside seeded langdetect alone and lingua.

Usage: python bench/eval_langid.py [--languages en,ja,...] [--backend lingua] [--confusion]
                                   [--determinism] [--dump FILE] [--errors LANG]
Reads <project root>/../shared/eval/dev/lingua_langid_{word,pair,sentence}.jsonl; exits 0 with a
message when that folder is absent. Accuracy for a language is the share of texts whose gold is
that language that were labelled with it (recall); precision is printed beside it, since a detector
that says "en" for everything Latin would get perfect recall.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("powtext") is None:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from powtext.langid import DEFAULT_LANGUAGES, LanguageIdentifier  # noqa: E402

EVAL_DIR = ROOT.parent / "shared" / "eval" / "dev"
CLASSES = ("word", "pair", "sentence")
TARGETS = ("en", "ja", "ru")


def load() -> list[dict]:
    records = []
    for length_class in CLASSES:
        path = EVAL_DIR / f"lingua_langid_{length_class}.jsonl"
        with path.open(encoding="utf-8") as f:
            records.extend(json.loads(line) for line in f if line.strip())
    return records


def langdetect_alone():
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def run(text: str) -> str:
        try:
            return detect(text).split("-")[0]
        except LangDetectException:
            return "und"

    return run


def lingua_alone(languages: tuple[str, ...]):
    try:
        from lingua import IsoCode639_1, LanguageDetectorBuilder
    except ImportError:
        return None
    codes = [getattr(IsoCode639_1, lang.upper()) for lang in languages]
    detector = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()

    def run(text: str) -> str:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else "und"

    return run


def report(name: str, records: list[dict], predicted: list[str], confusion: bool) -> None:
    gold_langs = sorted({r["lang"] for r in records}, key=lambda x: (x not in TARGETS, x))
    print(f"\n== {name}")
    print(f"{'lang':6}" + "".join(f"{c:>10}" for c in CLASSES) + f"{'all':>10}{'precision':>11}")
    for lang in gold_langs:
        cells = []
        for length_class in (*CLASSES, None):
            pairs = [
                p == lang
                for r, p in zip(records, predicted, strict=True)
                if r["lang"] == lang and length_class in (None, r["length_class"])
            ]
            cells.append(f"{100 * sum(pairs) / len(pairs):9.1f}%" if pairs else f"{'-':>10}")
        said = [r["lang"] == lang for r, p in zip(records, predicted, strict=True) if p == lang]
        precision = f"{100 * sum(said) / len(said):10.1f}%" if said else f"{'-':>11}"
        print(f"{lang:6}" + "".join(cells) + precision)
    overall = sum(r["lang"] == p for r, p in zip(records, predicted, strict=True)) / len(records)
    print(f"overall accuracy (all {len(gold_langs)} languages): {100 * overall:.1f}%")
    if confusion:
        pairs = list(zip(records, predicted, strict=True))
        for lang in TARGETS:
            wrong = Counter(p for r, p in pairs if r["lang"] == lang and p != lang)
            into = Counter(r["lang"] for r, p in pairs if p == lang != r["lang"])
            print(
                f"  {lang}: missed as {dict(wrong.most_common(6))}; "
                f"wrongly claimed from {dict(into.most_common(6))}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default=",".join(DEFAULT_LANGUAGES))
    parser.add_argument("--backend", default="langdetect", help="backend of powtext's own run")
    parser.add_argument("--confusion", action="store_true", help="what the targets are mixed with")
    parser.add_argument("--determinism", action="store_true", help="rerun in reverse order")
    parser.add_argument("--dump", metavar="FILE", help="write (label, confidence) per text")
    parser.add_argument("--errors", metavar="LANG", help="print misclassified texts of LANG")
    args = parser.parse_args()
    if not EVAL_DIR.is_dir():
        print(f"no evaluation data at {EVAL_DIR}; nothing to measure")
        return 0
    records = load()
    languages = tuple(args.languages.split(","))
    texts = [r["text"] for r in records]

    start = time.perf_counter()
    ident = LanguageIdentifier(languages, seed=0, backend=args.backend)
    ours = [ident.identify(t)[0] for t in texts]
    elapsed = time.perf_counter() - start
    title = f"powtext ({ident.component}; {len(languages)} languages)"
    report(title, records, ours, args.confusion)
    print(f"speed, cold: {len(texts) / elapsed:.0f} texts/s ({elapsed:.2f} s incl. loading)")
    if args.errors:
        for r, p in zip(records, ours, strict=True):
            if r["lang"] == args.errors and p != r["lang"]:
                print(f"  {r['length_class']:8} -> {p}: {r['text'][:100]}")
    start = time.perf_counter()
    again = [ident.identify(t) for t in texts]
    warm = time.perf_counter() - start
    print(f"speed, warm: {len(texts) / warm:.0f} texts/s")
    if args.determinism:  # a fresh identifier, the texts in reverse order: the same answers
        fresh = LanguageIdentifier(languages, seed=0, backend=args.backend)
        reverse = [fresh.identify(t) for t in reversed(texts)][::-1]
        same = sum(a == b for a, b in zip(again, reverse, strict=True))
        print(f"determinism: {same}/{len(texts)} (label, confidence) identical in reverse order")
    if args.dump:  # compare two processes' dumps with cmp
        with open(args.dump, "w", encoding="utf-8") as f:
            for lang, confidence in again:
                f.write(f"{lang}\t{confidence}\n")

    run = langdetect_alone()
    report(
        "langdetect 1.0.9 alone (seed 0, all 55 profiles)",
        records,
        [run(t) for t in texts],
        args.confusion,
    )
    run = lingua_alone(languages)
    if run is None:
        print("\n(lingua not installed: skipped)")
    else:
        report(
            f"lingua alone ({len(languages)} languages)",
            records,
            [run(t) for t in texts],
            args.confusion,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

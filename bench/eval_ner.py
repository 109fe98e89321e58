"""Exact-span NER evaluation of powtext's recognizers beside the plain models.

Reads ../shared/eval/dev/ner_{en_wikigold,ja_stockmark,ru_factrueval}.jsonl (or --data DIR),
maps every source's labels and ours to PER / LOC / ORG, and prints precision, recall and F1 per
language and label. Exits 0 without output figures when the data folder is absent.
`en-wnut17` (social-media posts, far from encyclopedic text) is a check that the English rules,
developed on wikigold, do not make an unfamiliar domain worse than the plain model.

Label mapping (gold → scored): CoNLL PER/LOC/ORG (MISC not scored); stockmark 人名→PER,
地名→LOC, 法人名/政治的組織名/その他の組織名→ORG (施設名, 製品名, イベント名 not scored);
factRuEval Person→PER, Location→LOC, LocOrg→LOC, Org→ORG; WNUT-17 person→PER, location→LOC,
corporation/group→ORG. Predictions: PERSON→PER, GPE/LOC→LOC, ORG→ORG; FAC, NORP, EVENT, ...
are not scored (a wrong-label prediction on a scored span counts).

Usage: python bench/eval_ner.py [--data DIR] [--lang en,ja,ru,en-wnut17] [--limit N] [--ginza]
                                [--errors N]

--errors N prints, for powtext's last system, up to N false negatives and N false positives per
label (each with the gold or predicted spans it overlaps) to study classes of errors.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FILES = {"en": "ner_en_wikigold.jsonl", "ja": "ner_ja_stockmark.jsonl",
         "ru": "ner_ru_factrueval.jsonl", "en-wnut17": "ner_en_wnut17.jsonl"}
GOLD = {
    "PER": "PER", "LOC": "LOC", "ORG": "ORG",
    "人名": "PER", "地名": "LOC", "法人名": "ORG", "政治的組織名": "ORG", "その他の組織名": "ORG",
    "Person": "PER", "Location": "LOC", "LocOrg": "LOC", "Org": "ORG",
    "person": "PER", "location": "LOC", "corporation": "ORG", "group": "ORG",
}
OURS = {"PERSON": "PER", "PER": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
OURS_BY_LANG: dict[str, dict[str, str]] = {}  # per-source overrides (none: FAC→LOC did not help)
LABELS = ("PER", "LOC", "ORG")


def load(path: Path, limit: int | None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def gold_spans(row: dict) -> set[tuple[int, int, str]]:
    out = set()
    for ent in row["entities"]:
        label = GOLD.get(ent["label"])
        if label:
            out.add((ent["start"], ent["end"], label))
    return out


def to_spans(items, lang: str = "") -> set[tuple[int, int, str]]:
    out = set()
    mapping = OURS_BY_LANG.get(lang, OURS)
    for start, end, label in items:
        mapped = mapping.get(label)
        if mapped:
            out.add((start, end, mapped))
    return out


class Score:
    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()

    def add(self, gold: set, pred: set) -> None:
        for span in pred & gold:
            self.tp[span[2]] += 1
        for span in pred - gold:
            self.fp[span[2]] += 1
        for span in gold - pred:
            self.fn[span[2]] += 1

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        pick = (lambda c: c[label]) if label else (lambda c: sum(c.values()))
        tp, fp, fn = pick(self.tp), pick(self.fp), pick(self.fn)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def dir_size(path: Path) -> float:
    """Size on disk of a package directory, in MB."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def package_dir(module: str) -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def systems(lang: str, use_ginza: bool):
    """(name, callable text → [(start, end, label)], load seconds, size MB) for one language."""
    out = []
    if lang == "en":
        from powtext.entities.english import entities_from_spacy
        from powtext.entities.names import given_names
        from powtext.resources import (
            ENGLISH_MEDIUM,
            ENGLISH_SMALL,
            english_model,
            english_model_meta,
            english_model_name,
            installed,
        )

        names = "with" if given_names() else "without"
        # every installed size of model, the one "auto" takes last
        for size_name, family in (("sm", ENGLISH_SMALL), ("md", ENGLISH_MEDIUM)):
            if not any(installed(m) for m in family):
                continue
            module = english_model_name(among=family)
            t = time.perf_counter()
            nlp = english_model(module)
            load_s = time.perf_counter() - t
            meta = english_model_meta(module)
            name = f"{module} ({meta['name']} {meta['version']})" if meta.get(
                "name") not in (None, module) else module
            size = dir_size(package_dir(module)) if package_dir(module) else 0.0
            out.append((f"plain {name}", lambda s, nlp=nlp: [
                (e.start_char, e.end_char, e.label_) for e in nlp(s).ents], load_s, size))
            out.append((f"powtext on {size_name} ({names} the given-name list)",
                        lambda s, nlp=nlp: [(a.start, a.end, a.label)
                                            for a in entities_from_spacy(nlp(s))], 0.0, 0.0))
    elif lang == "ru":
        from powtext.entities.russian import RussianRecognizer

        t = time.perf_counter()
        rec = RussianRecognizer()
        load_s = time.perf_counter() - t
        size = dir_size(package_dir("natasha")) + dir_size(package_dir("slovnet"))
        out.append((f"plain natasha {rec.version}", rec.natasha_spans, load_s, size))
        out.append(("powtext", lambda s: [(a.start, a.end, a.label) for a in rec(s)], 0.0, 0.0))
    elif lang == "ja":
        from powtext.entities.japanese import entities_from_tokens
        from powtext.tokenize import japanese_tokens

        t = time.perf_counter()
        japanese_tokens("日本")
        load_s = time.perf_counter() - t
        size = dir_size(package_dir("unidic_lite")) if package_dir("unidic_lite") else 0.0
        out.append(("powtext (fugashi+unidic-lite)",
                    lambda s: [(a.start, a.end, a.label)
                               for a in entities_from_tokens(s, japanese_tokens(s))],
                    load_s, size))
        if use_ginza:
            ginza = _ginza()
            if ginza is not None:
                out.insert(0, ginza)
                from powtext.entities.japanese import japanese_recognizer

                t = time.perf_counter()
                rec = japanese_recognizer("ginza")
                load_g = time.perf_counter() - t
                out.append((f"powtext ({rec.name})",
                            lambda s: [(a.start, a.end, a.label)
                                       for a in rec(s, japanese_tokens(s))], load_g, 0.0))
    return out


def _ginza():
    """Plain GiNZA (ja_ginza), if installed: its ENE-derived labels mapped to ours."""
    import importlib.util

    if importlib.util.find_spec("ja_ginza") is None:
        print("  (GiNZA not installed: skipped)")
        return None
    import spacy

    t = time.perf_counter()
    nlp = spacy.load("ja_ginza")
    load_s = time.perf_counter() - t
    size = dir_size(package_dir("ja_ginza")) + dir_size(package_dir("sudachidict_core") or ROOT)

    from powtext.entities.japanese import GINZA_LABELS

    def run(s: str):
        return [(e.start_char, e.end_char, GINZA_LABELS.get(e.label_, e.label_))
                for e in nlp(s).ents]

    return ("plain GiNZA ja_ginza", run, load_s, size)


def print_errors(rows: list[dict], preds: list[set], limit: int) -> None:
    """False negatives and positives per label, with what overlaps them on the other side."""
    for label in LABELS:
        for kind in ("FN", "FP"):
            shown = 0
            print(f"  --- {kind} {label}")
            for row, pred in zip(rows, preds, strict=True):
                gold = gold_spans(row)
                text = row["text"]
                miss = (gold - pred) if kind == "FN" else (pred - gold)
                other = pred if kind == "FN" else gold
                for s, e, lab in sorted(miss):
                    if lab != label or shown >= limit:
                        continue
                    shown += 1
                    near = [f"{text[a:b]}/{lb}" for a, b, lb in sorted(other)
                            if a < e and s < b]
                    ctx = text[max(0, s - 15):s] + "[" + text[s:e] + "]" + text[e:e + 15]
                    print(f"    {text[s:e]!r:<28} vs {' '.join(near) or '-':<28} "
                          f"{ctx.replace(chr(10), ' ')}")


def evaluate(lang: str, rows: list[dict], use_ginza: bool,
             errors: int = 0) -> dict[str, float]:
    results = {}
    preds: list[set] = []
    for name, run, load_s, size in systems(lang, use_ginza):
        score = Score()
        preds = []
        t = time.perf_counter()
        for row in rows:
            preds.append(to_spans(run(row["text"]), lang))
            score.add(gold_spans(row), preds[-1])
        elapsed = time.perf_counter() - t
        extra = f"  load {load_s:.2f}s, {size:.0f} MB" if load_s or size else ""
        print(f"  {name:<34} {len(rows) / elapsed:7.0f} sent/s{extra}")
        for label in (*LABELS, None):
            p, r, f = score.prf(label)
            n = score.tp[label] + score.fn[label] if label else sum(score.tp.values()) + sum(
                score.fn.values())
            print(f"    {label or 'ALL':<4} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {n})")
        results[name] = score.prf()[2]
    if errors:
        print_errors(rows, preds, errors)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--lang", default="en,ja,ru,en-wnut17")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--ginza", action="store_true", help="also run GiNZA if installed")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print N false negatives and positives per label (last system)")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"no evaluation data at {args.data}: nothing to measure")
        return 0
    summary = {}
    for lang in args.lang.split(","):
        path = args.data / FILES[lang]
        if not path.exists():
            print(f"{lang}: {path.name} missing, skipped")
            continue
        rows = load(path, args.limit)
        print(f"{lang}: {path.name}, {len(rows)} sentences")
        summary[lang] = evaluate(lang.split("-")[0], rows, args.ginza, args.errors)
    print("\nF1 (exact span, PER/LOC/ORG):")
    for lang, res in summary.items():
        print(f"  {lang}: " + ", ".join(f"{k} {v:.3f}" for k, v in res.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

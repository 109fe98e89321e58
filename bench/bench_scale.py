"""Scale figures measured side by side, each in a fresh `powtext run` process:

    python bench/bench_scale.py [--docs 5000]

- start-up: `powtext run` on the bundled corpus (one document), wall time and peak memory;
- 1 job vs 2 jobs on the same generated corpus: words/s and the speed-up (each worker process
  pays the model start-up of about 2 s once, so a corpus of a few seconds' work understates the
  speed-up that a real corpus gets: 5,000 documents are about half a minute on one core);
- the rerun of an unchanged corpus against the first run (incremental reuse);
- Dask LocalCluster with 2 workers, when dask.distributed is installed;
- memory against input size: a large generated JSONL (--memory-mb) through a light pipeline
  (segmentation only), beside one a tenth of its size: peak memory should not grow with it.

The generated corpus is every segment of the bundled article as its own document, with the
years and numbers varied so documents differ, repeated until --docs documents.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "japanese-pows-in-the-soviet-union.txt"
POWTEXT = [sys.executable, "-m", "powtext.cli"]


def make_corpus(folder: Path, n_docs: int) -> int:
    """Write n_docs JSONL records built from the article's paragraphs and references."""
    text = SEED.read_text("utf-8")
    blocks = [b.strip() for b in re.split(r"\n\s*\n|\n(?=\s*\d+\. \^)", text) if b.strip()]
    chars = 0
    with (folder / "docs.jsonl").open("w", encoding="utf-8") as out:
        for i in range(n_docs):
            shift = i

            def year(m: re.Match, shift: int = shift) -> str:
                return str(1900 + (int(m.group(2)) + shift) % 120)

            varied = re.sub(r"\b(19|20)(\d\d)\b", year, blocks[i % len(blocks)])
            note = f"Note {i}: written in {1900 + i % 120}."
            record = {"id": f"doc{i:06d}", "text": f"{varied}\n\n{note}"}
            chars += len(record["text"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return chars


def timed_run(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB (the largest of the process and the workers it waited
    for), and its stderr."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(POWTEXT + args, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if proc.returncode not in (0, 1):
        sys.exit(f"powtext failed ({proc.returncode}): {stderr[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, stderr


def words_in(summary: str) -> int:
    m = re.search(r"(\d+) words annotated", summary)
    return int(m.group(1)) if m else 0


def memory_check(work: Path, megabytes: int, env: dict[str, str]) -> None:
    """Peak memory of a run on `megabytes` of JSONL and on a tenth of it (segmentation only)."""
    pipe = work / "light.toml"
    pipe.write_text('[pipeline]\nname = "light"\nstages = ["segment"]\n', "utf-8")
    paragraph = SEED.read_text("utf-8")
    print()
    for size in (megabytes // 10, megabytes):
        folder = work / f"mem{size}"
        folder.mkdir()
        written = 0
        with (folder / "big.jsonl").open("w", encoding="utf-8") as out:
            n = 0
            while written < size * 2**20:
                line = json.dumps({"id": f"m{n:08d}", "text": paragraph}, ensure_ascii=False)
                out.write(line + "\n")
                written += len(line.encode("utf-8")) + 1
                n += 1
        seconds, peak, _ = timed_run(
            ["run", str(folder), "-o", str(work / f"mem{size}.jsonl"), "-j", "1", "-q",
             "--pipeline", str(pipe)], env)
        print(f"memory: {size} MB of JSONL ({n:,} documents), segmentation only: "
              f"peak {peak:,.0f} MB in {seconds:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--memory-mb", type=int, default=200,
                        help="size of the generated input for the memory check (0: skip)")
    args = parser.parse_args()
    env = dict(os.environ)
    work = Path(tempfile.mkdtemp(prefix="powtext-bench-"))
    try:
        rows = []
        seed_out = str(work / "seed.jsonl")
        seconds, peak, _ = timed_run(["run", str(ROOT / "corpus"), "-o", seed_out, "-j", "1"], env)
        rows.append(("start-up: run on the bundled corpus (1 doc, 1 job)", seconds, None, peak))
        (work / "in").mkdir()
        chars = make_corpus(work / "in", args.docs)
        print(f"generated corpus: {args.docs} documents, {chars:,} characters")
        out1 = work / "one.jsonl"
        s1, peak1, err1 = timed_run(["run", str(work / "in"), "-o", str(out1), "-j", "1"], env)
        words = words_in(err1)
        rows.append(("first run, 1 job", s1, words / s1, peak1))
        out2 = work / "two.jsonl"
        s2, peak2, _ = timed_run(["run", str(work / "in"), "-o", str(out2), "-j", "2"], env)
        rows.append(("first run, 2 jobs", s2, words / s2, peak2))
        s3, peak3, err3 = timed_run(["run", str(work / "in"), "-o", str(out1), "-j", "1"], env)
        rows.append(("rerun, unchanged corpus (1 job)", s3, None, peak3))
        dask_s = None
        try:
            import distributed  # noqa: F401

            out4 = work / "dask.jsonl"
            dask_s, peak4, _ = timed_run(
                ["run", str(work / "in"), "-o", str(out4), "--engine", "dask", "-j", "2"], env)
            rows.append(("first run, Dask LocalCluster, 2 workers", dask_s, words / dask_s, peak4))
        except ImportError:
            pass

        print(f"{'measure':52} {'seconds':>8} {'words/s':>9} {'peak MB':>8}")
        for name, sec, rate, mem in rows:
            print(f"{name:52} {sec:>8.2f} {rate or 0:>9,.0f} {mem:>8,.0f}")
        print()
        same = out1.read_bytes() == out2.read_bytes()
        print(f"speed-up 2 jobs / 1 job: {s1 / s2:.2f}x (target >= 1.7x on 2 cores)")
        print(f"rerun / first run: {100 * s3 / s1:.1f}% of the time (target < 5%); "
              f"{err3.strip().splitlines()[-1] if err3.strip() else ''}")
        print(f"output identical across 1 and 2 jobs: {same}")
        if dask_s is not None:
            same_dask = out1.read_bytes() == (work / "dask.jsonl").read_bytes()
            print(f"output identical with Dask: {same_dask}")
        print(f"start-up (one-document run, process start to exit): {rows[0][1]:.2f} s "
              "(target < 3 s)")
        if args.memory_mb:
            memory_check(work, args.memory_mb, env)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The same bytes whatever runs the work: one process, N processes, a Dask cluster."""

from __future__ import annotations

import json
import os
import signal
import threading
import time

import pytest

from powtext.runner import run

from .conftest import SEED


@pytest.fixture(scope="module")
def many_docs(tmp_path_factory):
    root = tmp_path_factory.mktemp("many")
    text = SEED.read_text("utf-8")
    for i in range(12):
        (root / f"doc{i:02d}.txt").write_text(text.replace("1946", str(1900 + i)), "utf-8")
    return root


@pytest.fixture(scope="module")
def reference(many_docs, tmp_path_factory):
    out = tmp_path_factory.mktemp("ref") / "one-job.jsonl"
    summary = run([str(many_docs)], out, jobs=1)
    assert summary.annotated == 12
    return out.read_bytes()


def test_two_processes_give_identical_bytes(many_docs, reference, tmp_path):
    out = tmp_path / "two-jobs.jsonl"
    summary = run([str(many_docs)], out, jobs=2, batch_chars=1)
    assert (summary.annotated, summary.failed) == (12, 0)
    _assert_same_lines(out.read_bytes(), reference)


def test_dask_local_cluster_gives_identical_bytes(many_docs, reference, tmp_path):
    pytest.importorskip("distributed")
    out = tmp_path / "dask.jsonl"
    summary = run([str(many_docs)], out, jobs=2, engine="dask", batch_chars=1)
    assert (summary.annotated, summary.failed) == (12, 0)
    _assert_same_lines(out.read_bytes(), reference)


def test_dask_worker_killed_mid_run_loses_nothing(many_docs, reference, tmp_path):
    distributed = pytest.importorskip("distributed")
    out = tmp_path / "dask-kill.jsonl"
    checkpoint = out.with_name(out.name + ".checkpoint")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
        host="127.0.0.1",
    )
    client = distributed.Client(cluster)
    try:
        outcome = {}
        worker = threading.Thread(target=lambda: outcome.setdefault("summary", run(
            [str(many_docs)], out, engine="dask", scheduler=cluster.scheduler_address,
            batch_chars=1,
        )))
        worker.start()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if checkpoint.exists() and checkpoint.read_bytes().count(b"\n") >= 1:
                break
            time.sleep(0.05)
        pids = client.run(os.getpid)
        victim = sorted(pids)[0]
        os.kill(pids[victim], signal.SIGKILL)
        worker.join(timeout=300)
        assert not worker.is_alive()
    finally:
        client.close()
        cluster.close()
    summary = outcome["summary"]
    assert (summary.annotated, summary.failed) == (12, 0)
    _assert_same_lines(out.read_bytes(), reference)


def _assert_same_lines(got: bytes, expected: bytes) -> None:
    """Equal bytes; on a difference, name the document and the first field that differs."""
    import json

    for line, ref in zip(got.splitlines(), expected.splitlines(), strict=True):
        if line != ref:
            a, b = json.loads(line), json.loads(ref)
            field = next(k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k))
            x, y = a.get(field), b.get(field)
            if isinstance(x, list) and isinstance(y, list):
                x, y = next(((p, q) for p, q in zip(x, y, strict=False) if p != q),
                            (len(x), len(y)))
            raise AssertionError(f"{a['id']}: {field}: {x} != {y}")
    assert got == expected


def test_batch_size_does_not_change_the_output(tmp_path):
    """Documents parsed together (one nlp.pipe call per language) get what they get alone."""
    lines = [line for line in SEED.read_text("utf-8").splitlines() if line.strip()]
    src = tmp_path / "paragraphs.jsonl"
    src.write_text("".join(json.dumps({"id": f"p{i:03d}", "text": line}, ensure_ascii=False)
                           + "\n" for i, line in enumerate(lines)), "utf-8")
    alone, together = tmp_path / "alone.jsonl", tmp_path / "together.jsonl"
    assert run([str(src)], alone, jobs=1, batch_chars=1).annotated == len(lines)
    assert run([str(src)], together, jobs=1, batch_chars=10**6).annotated == len(lines)
    assert alone.read_bytes() == together.read_bytes()

"""Faults: a run killed at any moment leaves the previous output intact and valid, and the next
run completes with every document exactly once; nothing opens a network connection."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import SEED

ROOT = Path(__file__).resolve().parent.parent


def _powtext(*args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "powtext.cli", *map(str, args)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("faults")
    text = SEED.read_text("utf-8")
    with (root / "docs.jsonl").open("w", encoding="utf-8") as out:
        for i in range(24):
            out.write(json.dumps({"id": f"d{i:02d}", "text": text.replace("1946", str(1900 + i))},
                                 ensure_ascii=False) + "\n")
    return root


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text("utf-8").splitlines()]


def test_killed_at_random_moments(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    first = _powtext("run", corpus, "-o", out, "-j1", "-q")
    assert first.wait(timeout=600) == 0, first.stderr.read()
    reference = out.read_bytes()
    # Every document changes, so every later run has all of them to annotate again.
    changed = corpus / "docs.jsonl"
    changed.write_text(changed.read_text("utf-8").replace("Maizuru", "Nakhodka"), "utf-8")
    rng = random.Random(1945)
    kills = 0
    for _ in range(4):
        proc = _powtext("run", corpus, "-o", out, "-j1", "-q")
        time.sleep(rng.uniform(0.5, 8.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
        if out.read_bytes() != reference:  # a run finished: the new output must be complete
            reference = out.read_bytes()
        assert subprocess.run([sys.executable, "-m", "powtext.cli", "validate", out, "-q"],
                              check=False).returncode == 0
    assert kills >= 1
    final = _powtext("run", corpus, "-o", out, "-j1")
    assert final.wait(timeout=600) == 0
    summary = final.stderr.read().decode()
    assert _ids(out) == [f"d{i:02d}" for i in range(24)]  # every document exactly once
    lines = out.read_text("utf-8").splitlines()
    assert all("Nakhodka" in json.loads(line)["text"] for line in lines)
    assert "0 failed" in summary
    assert not out.with_name(out.name + ".checkpoint").exists()
    fresh = tmp_path / "fresh.jsonl"
    clean = _powtext("run", corpus, "-o", fresh, "-j1", "-q")
    assert clean.wait(timeout=600) == 0
    assert out.read_bytes() == fresh.read_bytes()  # resumed work equals work done in one go


NO_NETWORK = """
import socket, sys
def refuse(*args, **kwargs):
    raise RuntimeError("network access attempted: %r" % (args,))
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from powtext.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_whole_pipeline_runs_with_sockets_blocked(tmp_path):
    out = tmp_path / "o.jsonl"
    proc = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, "run", str(ROOT / "corpus"), "-o", str(out), "-j1"],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert "network access attempted" not in proc.stderr
    record = json.loads(out.read_text("utf-8"))
    assert {a["type"] for a in record["annotations"]} >= {"entity", "date", "number", "identifier"}

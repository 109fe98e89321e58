"""Where documents are annotated: this process, N worker processes, or a Dask cluster.

Every engine takes batches of tasks and yields one `Result` per document, in any order (the
writer sorts). Workers rebuild the pipeline from its TOML text once and keep their models for
the whole run.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import get_context
from typing import TYPE_CHECKING

from powtext.pipeline import Pipeline, load_pipeline_text
from powtext.resources import shared

if TYPE_CHECKING:
    from powtext.runner import Task

ENGINES = ("local", "dask")
_BLAS_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass
class Result:
    id: str
    origin: str
    fingerprint: str
    line: str | None = None
    words: int = 0
    error: str | None = None


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to rebuild the pipeline: its TOML text and where it came from."""

    text: str
    source: str
    doc_timeout: float | None = None

    def build(self) -> Pipeline:
        key = "pipeline:" + hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        return shared(key, lambda: load_pipeline_text(self.text, self.source))


class DocumentTimeout(Exception):
    """A document took longer than its time budget."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in this thread after `seconds`.

    Uses SIGALRM, so it works in the main thread of a process (the CLI, worker processes);
    in other threads (Dask's worker threads) the budget is not enforced.
    """
    usable = (
        seconds and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise DocumentTimeout(f"took longer than the time budget of {seconds:g} s (--doc-timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def iter_annotate(
    pipeline: Pipeline, tasks: Iterable[Task], doc_timeout: float | None = None
) -> Iterator[Result]:
    """Annotate the tasks together; if that fails, each alone, so that one document's failure
    (or time-out) becomes its own Result and the others still get theirs.

    The batch as a whole gets one document's time budget: batches are small (DEFAULT_BATCH_CHARS),
    so only a document that would time out on its own makes a batch run that long."""
    from powtext.runner import annotate_records

    tasks = list(tasks)
    if len(tasks) > 1:
        try:
            with time_budget(doc_timeout):
                done = annotate_records(pipeline, [(t.record, t.fingerprint) for t in tasks])
        except Exception:  # retried one by one below, where each error is reported
            pass
        else:
            for task, (line, words) in zip(tasks, done, strict=True):
                yield Result(task.record.id, task.record.origin, task.fingerprint, line, words)
            return
    for task in tasks:
        record = task.record
        try:
            with time_budget(doc_timeout):
                line, words = annotate_records(pipeline, [(record, task.fingerprint)])[0]
        except DocumentTimeout as err:
            yield Result(record.id, record.origin, task.fingerprint, error=str(err))
            continue
        except Exception as err:  # one document's failure must not end the batch
            yield Result(record.id, record.origin, task.fingerprint,
                         error=f"annotation failed: {type(err).__name__}: {err}")
            continue
        yield Result(record.id, record.origin, task.fingerprint, line, words)


def annotate_batch(spec: PipelineSpec, tasks: list[Task]) -> list[Result]:
    """Run in a worker process: the whole batch's results travel back at once."""
    return list(iter_annotate(spec.build(), tasks, spec.doc_timeout))


class InProcess:
    """jobs=1: annotate here, one batch at a time."""

    def __init__(self, pipeline: Pipeline, doc_timeout: float | None = None):
        self.pipeline = pipeline
        self.doc_timeout = doc_timeout

    def map(self, batches: Iterable[list[Task]]) -> Iterator[Result]:
        for batch in batches:
            # each result as soon as it is done, so an interruption keeps what is finished
            yield from iter_annotate(self.pipeline, batch, self.doc_timeout)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class ProcessPool:
    """jobs=N: N worker processes, at most 2N batches in flight so memory stays bounded.

    A worker that dies (killed, out of memory, a crash in native code) breaks the pool: the
    pool is rebuilt and the batches it held are retried one document at a time, so only a
    document that kills its worker again is reported as failed.
    """

    def __init__(self, spec: PipelineSpec, jobs: int):
        self.spec = spec
        self.jobs = jobs
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        # N workers each with their own BLAS thread pool would fight over N cores: one thread
        # each (unless the user chose otherwise); the children read this when they start.
        for name in _BLAS_THREAD_VARIABLES:
            os.environ.setdefault(name, "1")
        # spawn, not fork: forking a process that holds BLAS threads can deadlock.
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=get_context("spawn"))

    def map(self, batches: Iterable[list[Task]]) -> Iterator[Result]:
        in_flight: dict[Future, list[Task]] = {}
        retry: list[list[Task]] = []

        def submit(batch: list[Task]) -> None:
            in_flight[self.pool.submit(annotate_batch, self.spec, batch)] = batch

        def collect() -> Iterator[Result]:
            done, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                batch = in_flight.pop(future)
                try:
                    yield from future.result()
                except BrokenProcessPool:
                    broken = True
                    if len(batch) > 1:
                        retry.extend([task] for task in batch)
                    else:
                        task = batch[0]
                        yield Result(task.record.id, task.record.origin, task.fingerprint,
                                     error="the worker process died while annotating it")
            if broken:
                retry.extend(in_flight.values())
                in_flight.clear()
                self.pool.shutdown(wait=True, cancel_futures=True)
                self.pool = self._new_pool()

        for batch in batches:
            submit(batch)
            while len(in_flight) >= 2 * self.jobs:
                yield from collect()
            while retry and len(in_flight) < 2 * self.jobs:
                submit(retry.pop(0))
        while in_flight or retry:
            while retry and len(in_flight) < 2 * self.jobs:
                submit(retry.pop(0))
            yield from collect()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskCluster:
    """Batches as Dask tasks (retried on failure; a lost worker's tasks are rerun elsewhere)."""

    RETRIES = 3

    def __init__(self, spec: PipelineSpec, jobs: int, scheduler: str | None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise RuntimeError(
                "the dask engine needs dask.distributed: pip install 'powtext[dask]'"
            ) from None
        self.spec = spec
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True,
                dashboard_address=None, host="127.0.0.1",
            )
            self.client = Client(self.cluster)
        self.window = 2 * max(1, len(self.client.scheduler_info().get("workers", {})) or jobs)

    def map(self, batches: Iterable[list[Task]]) -> Iterator[Result]:
        from distributed import as_completed

        pending = as_completed()
        in_flight = 0
        for batch in batches:
            pending.add(self.client.submit(
                annotate_batch, self.spec, batch, retries=self.RETRIES, pure=False
            ))
            in_flight += 1
            if in_flight >= self.window:
                yield from next(pending).result()
                in_flight -= 1
        for future in pending:
            yield from future.result()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def make_engine(
    name: str,
    pipeline: Pipeline,
    jobs: int = 1,
    scheduler: str | None = None,
    doc_timeout: float | None = None,
):
    """The engine called `name` ("local" or "dask"), running `pipeline`."""
    spec = PipelineSpec(pipeline.text, pipeline.source, doc_timeout)
    if name == "dask":
        return DaskCluster(spec, max(1, jobs), scheduler)
    if name != "local":
        raise ValueError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
    if jobs <= 1:
        return InProcess(pipeline, doc_timeout)
    return ProcessPool(spec, jobs)

"""Annotating a batch: read, reuse what is unchanged, annotate the rest, write the file once.

The unit of work is one document through the pipeline. Around it:
- reuse: a document whose fingerprint (its input and the pipeline's) matches a line of the
  previous output, or of the checkpoint an interrupted run left, is carried over byte for byte;
- engines: the rest goes, in batches balanced by size, to this process, to N worker processes,
  or to a Dask cluster (see `engines.py`); every worker loads its models once;
- checkpoint: each finished document is appended to `OUTPUT.checkpoint` at once, so an
  interrupted run loses nothing; the next run picks it up;
- output: lines are assembled in id order and written atomically, so the bytes do not depend on
  how the work was split, and a crash never leaves a half-written file.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from powtext.checkpoint import Checkpoint, LineStore, index_output
from powtext.engines import make_engine
from powtext.inputs import InputError, InputRecord, ReadOptions, read_inputs
from powtext.model import Document
from powtext.output import dumps, write_atomic
from powtext.pipeline import Pipeline, load_pipeline

# About a second of work: small enough to spread a corpus over every worker, large enough that
# shipping a batch costs little beside annotating it.
DEFAULT_BATCH_CHARS = 20_000
MAX_BATCH_DOCS = 64
DEFAULT_DOC_TIMEOUT = 600.0  # seconds one document may take before it is reported as failed


@dataclass
class Summary:
    annotated: int = 0
    reused: int = 0
    failures: list[str] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0
    output: str | None = None

    @property
    def failed(self) -> int:
        return len(self.failures)

    def __str__(self) -> str:
        rate = self.words / self.seconds if self.seconds else 0.0
        where = f" → {self.output}" if self.output else " (nothing written)"
        return (
            f"{self.annotated} annotated, {self.reused} reused, {self.failed} failed; "
            f"{self.words} words annotated in {self.seconds:.1f} s ({rate:,.0f} words/s){where}"
        )


def document_from(record: InputRecord) -> Document:
    return Document(
        id=record.id, text=record.text, declared_lang=record.lang,
        source=dict(record.source), meta=record.meta,
    )


def fingerprint(record: InputRecord, pipeline_fingerprint: str) -> str:
    """Changes whenever anything that shapes this document's output line changes."""
    payload = dumps({
        "id": record.id, "text_sha256": _text_sha256(record.text), "lang": record.lang,
        "meta": record.meta, "source": record.source, "pipeline": pipeline_fingerprint,
    })
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def annotate_records(
    pipeline: Pipeline, items: list[tuple[InputRecord, str]]
) -> list[tuple[str, int]]:
    """Documents (with their fingerprints) → their output lines and word counts, in one
    `pipeline.pipe` call."""
    docs = []
    for record, _ in items:
        doc = document_from(record)
        doc.source["text_sha256"] = _text_sha256(record.text)
        docs.append(doc)
    out = []
    for doc, (_, doc_fingerprint) in zip(pipeline.pipe(docs), items, strict=True):
        data = doc.to_json()
        data["fingerprint"] = doc_fingerprint
        out.append((dumps(data), len(doc.tokens)))
    return out


@dataclass
class Task:
    """A document to annotate, as it travels to a worker."""

    record: InputRecord
    fingerprint: str

    @property
    def size(self) -> int:
        return len(self.record.text)


def batches(tasks: Iterator[Task], max_chars: int) -> Iterator[list[Task]]:
    """Group tasks into batches of about `max_chars`; a large document travels alone."""
    batch: list[Task] = []
    size = 0
    for task in tasks:
        if task.size >= max_chars:
            yield [task]
            continue
        if batch and (size + task.size > max_chars or len(batch) >= MAX_BATCH_DOCS):
            yield batch
            batch, size = [], 0
        batch.append(task)
        size += task.size
    if batch:
        yield batch


def run(
    inputs: list[str],
    output: str | Path,
    pipeline: Pipeline | str | Path | None = None,
    on_error: Callable[[str], None] = lambda message: None,
    progress: bool = False,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    full: bool = False,
    batch_chars: int = DEFAULT_BATCH_CHARS,
    read_options: ReadOptions = ReadOptions(),  # noqa: B008 - frozen, so safe as a default
    doc_timeout: float | None = DEFAULT_DOC_TIMEOUT,
) -> Summary:
    """Annotate `inputs` into `output`, sorted by id. Failures are reported, never raised.

    Unchanged documents are reused from the previous output unless `full`. The output is
    replaced atomically, and only when there is at least one document to write.
    """
    if not isinstance(pipeline, Pipeline):
        pipeline = load_pipeline(pipeline)
    output = Path(output)
    summary = Summary()
    started = time.perf_counter()
    pipeline_fp = pipeline.fingerprint()
    previous = {} if full else index_output(output)
    bar = _progress_bar() if progress else None

    with Checkpoint(output, fresh=full) as checkpoint:
        store = LineStore()
        if output.is_file() and previous:
            store.add_file("previous", output)
        store.add_file("checkpoint", checkpoint.path)
        origins: dict[str, str] = {}

        def fail(message: str) -> None:
            summary.failures.append(message)
            on_error(message)

        def pending() -> Iterator[Task]:
            exclude = frozenset({output.resolve()})
            for item in read_inputs(inputs, exclude=exclude, options=read_options):
                if isinstance(item, InputError):
                    fail(str(item))
                    continue
                if item.id in origins:
                    fail(f"{item.origin}: duplicate document id {item.id!r} "
                         f"(already read from {origins[item.id]})")
                    continue
                origins[item.id] = item.origin
                doc_fp = fingerprint(item, pipeline_fp)
                old = previous.get(item.id)
                if old is not None and old.fingerprint == doc_fp:
                    store.keep(item.id, "previous", old)
                    summary.reused += 1
                    continue
                saved = checkpoint.entries.get(item.id)
                if saved is not None and saved.fingerprint == doc_fp:
                    store.keep(item.id, "checkpoint", saved)
                    summary.reused += 1
                    continue
                yield Task(item, doc_fp)

        with make_engine(
            engine, pipeline, jobs=jobs, scheduler=scheduler, doc_timeout=doc_timeout
        ) as workers:
            for result in workers.map(batches(pending(), batch_chars)):
                if result.error is not None:
                    old = previous.get(result.id)
                    if old is not None:
                        store.keep(result.id, "previous", old)
                        fail(f"{result.origin}: {result.error} (kept its previous annotation)")
                    else:
                        fail(f"{result.origin}: {result.error}")
                    continue
                entry = checkpoint.append(result.id, result.fingerprint, result.line)
                store.keep(result.id, "checkpoint", entry)
                summary.annotated += 1
                summary.words += result.words
                if bar is not None:
                    bar.update(1)
                    elapsed = time.perf_counter() - started
                    bar.set_postfix_str(f"{summary.words / elapsed:,.0f} words/s", refresh=False)
        if bar is not None:
            bar.close()
        if store.ids():
            checkpoint.flush()
            write_atomic(output, store.lines_in_order())
            summary.output = str(output)
            checkpoint.finish()
    summary.seconds = time.perf_counter() - started
    return summary


def _progress_bar():
    from tqdm import tqdm

    return tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True, leave=False)


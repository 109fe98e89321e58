"""Annotating a batch: read inputs, run the pipeline on each document, write the file once."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from powtext.inputs import InputError, InputRecord, read_inputs
from powtext.model import Document
from powtext.output import dumps, write_atomic
from powtext.pipeline import Pipeline, load_pipeline


@dataclass
class Summary:
    annotated: int = 0
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
            f"{self.annotated} annotated, {self.failed} failed, {self.words} words "
            f"in {self.seconds:.1f} s ({rate:,.0f} words/s){where}"
        )


def document_from(record: InputRecord) -> Document:
    return Document(
        id=record.id, text=record.text, declared_lang=record.lang,
        source=record.source, meta=record.meta,
    )


def annotate_records(
    inputs: list[str],
    pipeline: Pipeline,
    on_error: Callable[[str], None],
    progress: bool = False,
) -> tuple[dict[str, str], Summary]:
    """Annotated documents by id (as JSON lines) and the batch summary."""
    summary = Summary()
    started = time.perf_counter()
    lines: dict[str, str] = {}
    origins: dict[str, str] = {}
    bar = _progress_bar() if progress else None
    for item in read_inputs(inputs):
        if isinstance(item, InputError):
            _fail(summary, str(item), on_error)
            continue
        if item.id in origins:
            _fail(summary, f"{item.origin}: duplicate document id {item.id!r} "
                           f"(already read from {origins[item.id]})", on_error)
            continue
        origins[item.id] = item.origin
        try:
            doc = pipeline(document_from(item))
        except Exception as err:  # one document's failure must not end the batch
            _fail(summary, f"{item.origin}: annotation failed: {type(err).__name__}: {err}",
                  on_error)
            continue
        lines[doc.id] = dumps(doc.to_json())
        summary.annotated += 1
        words = len(doc.tokens)
        summary.words += words
        if bar is not None:
            bar.update(1)
            elapsed = time.perf_counter() - started
            bar.set_postfix_str(f"{summary.words / elapsed:,.0f} words/s", refresh=False)
    if bar is not None:
        bar.close()
    summary.seconds = time.perf_counter() - started
    return lines, summary


def _fail(summary: Summary, message: str, on_error: Callable[[str], None]) -> None:
    summary.failures.append(message)
    on_error(message)


def _progress_bar():
    from tqdm import tqdm

    return tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True, leave=False)


def run(
    inputs: list[str],
    output: str | Path,
    pipeline: Pipeline | str | Path | None = None,
    on_error: Callable[[str], None] = lambda message: None,
    progress: bool = False,
) -> Summary:
    """Annotate `inputs` into `output` (sorted by id). Failures are reported, never raised.

    The output is replaced atomically, and only when at least one document was annotated, so a
    run where everything failed leaves the previous file as it was.
    """
    if not isinstance(pipeline, Pipeline):
        pipeline = load_pipeline(pipeline)
    lines, summary = annotate_records(inputs, pipeline, on_error, progress)
    if lines:
        write_atomic(output, (lines[doc_id] for doc_id in sorted(lines)))
        summary.output = str(output)
    return summary

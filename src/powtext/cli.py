"""The `powtext` command: a thin shell over the library."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence

from powtext import __version__

DEFAULT_INPUT = "corpus"
DEFAULT_OUTPUT = "out/annotations.jsonl"

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2

# Modules that add further commands: each has `register(subparsers)`, whose parsers set `func`.
COMMAND_MODULES: tuple[str, ...] = ("powtext.commands",)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cmd_run(args: argparse.Namespace) -> int:
    from powtext.checkpoint import OutputBusy
    from powtext.engines import default_jobs
    from powtext.inputs import ReadOptions
    from powtext.pipeline import PipelineError, load_pipeline
    from powtext.runner import run

    inputs = args.inputs or [DEFAULT_INPUT]
    try:
        pipeline = load_pipeline(args.pipeline)
    except PipelineError as err:
        _say(f"powtext: {err}")
        return EXIT_USAGE
    if args.verbose:
        _say(f"pipeline {pipeline.name} from {pipeline.source}: "
             + ", ".join(stage.name for stage in pipeline.stages))
    progress = not args.quiet and sys.stderr.isatty()
    jobs = args.jobs if args.jobs is not None else default_jobs()
    if jobs < 1 or args.max_doc_mb <= 0 or args.doc_timeout < 0:
        _say("powtext: --jobs must be at least 1, --max-doc-mb and --doc-timeout positive")
        return EXIT_USAGE
    options = ReadOptions(encoding=args.encoding, max_bytes=int(args.max_doc_mb * 2**20))
    try:
        summary = run(
            inputs, args.output, pipeline, on_error=lambda m: _say(f"error: {m}"),
            progress=progress, jobs=jobs, engine=args.engine, scheduler=args.scheduler,
            full=args.full, read_options=options, doc_timeout=args.doc_timeout or None,
        )
    except OutputBusy as err:
        _say(f"powtext: {err}")
        return EXIT_USAGE
    if not args.quiet or summary.failed:
        _say(f"powtext: {summary}")
    if summary.failed:
        return EXIT_FAILURES
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from powtext.validate import validate_file

    problems = 0
    for problem in validate_file(args.file):
        problems += 1
        print(problem)
    if problems:
        _say(f"powtext: {args.file}: {problems} problem(s)")
        return EXIT_FAILURES
    if not args.quiet:
        _say(f"powtext: {args.file}: valid")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from powtext.validate import schema

    print(json.dumps(schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from powtext.corpus import CorpusError, add_documents

    try:
        added = add_documents(args.paths, args.corpus, lang=args.lang, doc_id=args.id)
    except CorpusError as err:
        _say(f"powtext: {err}; nothing was added")
        return EXIT_FAILURES
    for item in added:
        if not args.quiet:
            _say(f"added {item.id} → {item.path}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="powtext",
        description="Multilingual stand-off annotation: segments, languages, tokens, numbers, "
                    "dates and entities, written as one validated JSONL file.",
    )
    parser.add_argument("--version", action="version", version=f"powtext {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="show tracebacks for unexpected errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="annotate documents into an annotation file")
    run.add_argument("inputs", nargs="*", metavar="INPUT",
                     help="directories (recursive), .txt files, .jsonl files of "
                          '{"id","text","lang"?,"meta"?} records, or - for JSONL on stdin '
                          f"(default: ./{DEFAULT_INPUT})")
    run.add_argument("-o", "--output", default=DEFAULT_OUTPUT,
                     help=f"annotation file to write (default: {DEFAULT_OUTPUT})")
    run.add_argument("-p", "--pipeline", default=None,
                     help="pipeline definition (default: ./pipelines/default.toml, else the "
                          "packaged one)")
    run.add_argument("-j", "--jobs", type=int, default=None,
                     help="worker processes (default: the number of cores)")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local processes, or a Dask cluster (pip install 'powtext[dask]')")
    run.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="Dask scheduler address (default with --engine dask: a local cluster "
                          "of --jobs workers)")
    run.add_argument("--full", action="store_true",
                     help="annotate every document again instead of reusing unchanged ones")
    run.add_argument("--encoding", default="utf-8",
                     help="input encoding: utf-8 (default; a UTF-8 or UTF-16 BOM is always "
                          "honoured), auto (detect legacy encodings such as Windows-1251 or "
                          "Shift_JIS), or a codec name such as cp1251")
    run.add_argument("--max-doc-mb", type=float, default=20.0, metavar="MB",
                     help="documents larger than this fail with a message (default: 20)")
    run.add_argument("--doc-timeout", type=float, default=600.0, metavar="SECONDS",
                     help="time budget per document, 0 for none (default: 600)")
    noise = run.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    noise.add_argument("-v", "--verbose", action="store_true", help="say what runs")
    run.set_defaults(func=cmd_run)

    validate = sub.add_parser("validate", help="check an annotation file against the schema "
                                               "and its own text")
    validate.add_argument("file")
    validate.add_argument("-q", "--quiet", action="store_true")
    validate.set_defaults(func=cmd_validate)

    add = sub.add_parser("add", help="copy documents into a corpus folder and its manifest")
    add.add_argument("paths", nargs="+", metavar="PATH", help=".txt or .jsonl files")
    add.add_argument("--corpus", default=DEFAULT_INPUT, help=f"(default: ./{DEFAULT_INPUT})")
    add.add_argument("--lang", default=None, help="declared language of the documents (ISO 639-1)")
    add.add_argument("--id", default=None, help="the document's id (one .txt file only)")
    add.add_argument("-q", "--quiet", action="store_true")
    add.set_defaults(func=cmd_add)

    schema = sub.add_parser("schema", help="print the JSON Schema of the annotation file")
    schema.set_defaults(func=cmd_schema)
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _say("powtext: interrupted; the previous output file is unchanged")
        return 130
    except Exception as err:
        if args.debug:
            raise
        _say(f"powtext: {type(err).__name__}: {err} (run with --debug for a traceback)")
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())

"""The commands that read an annotation file: show, stats, html, export."""

from __future__ import annotations

import argparse
import json
import os
import sys

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _selected(args: argparse.Namespace):
    from powtext.views.common import read_documents, select, split_list

    docs = read_documents(args.file)
    return select(docs, args.file, ids=split_list(getattr(args, "id", None)),
                  types=split_list(getattr(args, "type", None)),
                  langs=split_list(getattr(args, "lang", None)))


def _guarded(run):
    """Turn a bad file, id or output path into one line on stderr and exit status 1."""
    def command(args: argparse.Namespace) -> int:
        from powtext.views.common import InputProblem

        try:
            return run(args)
        except InputProblem as err:
            _say(f"powtext {args.command}: {err}")
            return EXIT_FAILURES
        except BrokenPipeError:  # `powtext show … | head`: the reader has all it wanted
            # keep the interpreter's final flush from failing on the closed pipe
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
        except OSError as err:
            _say(f"powtext {args.command}: {err.filename or ''}: {err.strerror or err}")
            return EXIT_FAILURES
    return command


@_guarded
def cmd_show(args: argparse.Namespace) -> int:
    from powtext.views.show import show

    show(_selected(args), colour=args.color, pager=args.pager, columns=args.width)
    return EXIT_OK


@_guarded
def cmd_stats(args: argparse.Namespace) -> int:
    from powtext.views import stats

    result = stats.compute(_selected(args), top=args.top)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        print(stats.render(result), end="")
    return EXIT_OK


@_guarded
def cmd_html(args: argparse.Namespace) -> int:
    from powtext.output import write_atomic
    from powtext.views.html import report

    page = report(_selected(args), source=args.file)
    write_atomic(args.output, [page])
    if not args.quiet:
        _say(f"powtext html: wrote {args.output}")
    return EXIT_OK


@_guarded
def cmd_export(args: argparse.Namespace) -> int:
    from powtext.exporters import export

    summary = export(args.format, _selected(args), args.output)
    if not args.quiet:
        _say(f"powtext export: {summary}")
    return EXIT_OK


def _selection(parser: argparse.ArgumentParser, langs: bool = True) -> None:
    parser.add_argument("file", help="an annotation file (the output of `powtext run`)")
    parser.add_argument("--id", action="append", metavar="ID",
                        help="only these documents (repeat or separate with commas)")
    parser.add_argument("--type", action="append", metavar="TYPES",
                        help="only these annotation types, e.g. date,entity")
    if langs:
        parser.add_argument("--lang", action="append", metavar="LANGS",
                            help="only segments and annotations in these languages, e.g. ja,ru")


def register(sub: argparse._SubParsersAction) -> None:
    from powtext.exporters import FORMATS

    show = sub.add_parser("show", help="print documents with their annotations highlighted")
    _selection(show)
    show.add_argument("--color", action=argparse.BooleanOptionalAction, default=None,
                      help="colour (default: only on a terminal, and not when NO_COLOR is set)")
    show.add_argument("--pager", action=argparse.BooleanOptionalAction, default=None,
                      help="page long output with $PAGER or less (default: on a terminal)")
    show.add_argument("--width", type=int, default=None,
                      help="wrap at this many columns (default: the terminal's width)")
    show.set_defaults(func=cmd_show)

    stats = sub.add_parser("stats", help="tables of counts, entities by identity, date coverage")
    _selection(stats)
    stats.add_argument("--top", type=int, default=20, help="entities to list (default: 20)")
    stats.add_argument("--json", action="store_true", help="the same numbers as JSON")
    stats.set_defaults(func=cmd_stats)

    html = sub.add_parser("html", help="write one self-contained HTML report")
    _selection(html)
    html.add_argument("-o", "--output", default="report.html",
                      help="HTML file to write (default: report.html)")
    html.add_argument("-q", "--quiet", action="store_true")
    html.set_defaults(func=cmd_html)

    export = sub.add_parser("export", help="convert annotations for other tools")
    _selection(export)
    export.add_argument("-f", "--format", required=True, choices=sorted(FORMATS),
                        help="brat (a folder), conllu, webanno (JSON-LD), spacy (DocBin), csv")
    export.add_argument("-o", "--output", required=True,
                        help="file to write (a folder for brat)")
    export.add_argument("-q", "--quiet", action="store_true")
    export.set_defaults(func=cmd_export)

"""A pipeline: named stages assembled from a TOML file, run in order on a document."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from powtext import __version__
from powtext.data import tomllib
from powtext.model import Document
from powtext.output import dumps
from powtext.registry import Stage, get_stage_factory

DEFAULT_PIPELINE = "default"


class PipelineError(ValueError):
    """A pipeline file that cannot be used: names the file and what is wrong."""


@dataclass
class Pipeline:
    name: str
    stages: list[Stage]
    text: str  # the TOML it was built from: workers rebuild the pipeline from it
    source: str
    _description: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def config_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Document]) -> list[Document]:
        """Annotate several documents; the same result as one by one, only faster.

        A stage with a `pipe` method gets them all at once (the tokenizer hands every segment of
        a language to one `nlp.pipe` call, as spaCy is fastest when it sees many texts)."""
        for doc in docs:
            doc.pipeline = self.describe()
        for stage in self.stages:
            many = getattr(stage, "pipe", None)
            docs = many(docs) if many is not None else [stage(doc) for doc in docs]
        for doc in docs:
            doc.scratch.clear()
            number_annotations(doc)
        return docs

    def describe(self) -> dict[str, Any]:
        """What ran: the pipeline, powtext's version, each component with its library and model."""
        if self._description is None:
            self._description = {
                "name": self.name,
                "powtext": __version__,
                "config_sha256": self.config_sha256,
                "components": [stage.describe() for stage in self.stages],
            }
        return self._description

    def fingerprint(self) -> str:
        """Changes whenever powtext's code or data, a stage, a library, a model or the pipeline
        file changes (the code hash catches edits to an installed checkout between releases)."""
        payload = dumps({"pipeline": self.describe(), "code": code_sha256()})
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@cache
def code_sha256() -> str:
    """A hash of powtext's own source and data files."""
    root = resources.files("powtext")
    digest = hashlib.sha256()
    for path in sorted(Path(str(root)).rglob("*")):
        if path.is_file() and path.suffix in (".py", ".toml", ".json", ".tsv", ".txt", ".html",
                                              ".js", ".css"):
            digest.update(path.relative_to(str(root)).as_posix().encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()


def number_annotations(doc: Document) -> None:
    """Annotations in text order, with ids a1, a2, ... (after every stage, plugins' included)."""
    doc.annotations.sort(key=lambda a: (a.start, -(a.end - a.start), a.type, a.label or ""))
    width = len(str(len(doc.annotations)))
    for n, ann in enumerate(doc.annotations, 1):
        ann.id = f"a{n:0{width}d}"


def _default_text() -> tuple[str, str]:
    local = Path("pipelines") / f"{DEFAULT_PIPELINE}.toml"
    if local.is_file():
        return local.read_text("utf-8"), str(local)
    packaged = resources.files("powtext.pipelines").joinpath(f"{DEFAULT_PIPELINE}.toml")
    return packaged.read_text("utf-8"), f"powtext:pipelines/{DEFAULT_PIPELINE}.toml"


def load_pipeline(path: str | Path | None = None) -> Pipeline:
    """The pipeline `path` describes (default: ./pipelines/default.toml, else the packaged one)."""
    if path is None:
        text, source = _default_text()
    else:
        source = str(path)
        try:
            text = Path(path).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise PipelineError(f"{source}: cannot read pipeline file: {err}") from None
    return load_pipeline_text(text, source)


def load_pipeline_text(text: str, source: str = "<text>") -> Pipeline:
    """The pipeline described by TOML `text` (`source` names it in messages)."""
    try:
        config = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise PipelineError(f"{source}: not valid TOML: {err}") from None
    spec = config.get("pipeline")
    if not isinstance(spec, dict) or not isinstance(spec.get("stages"), list):
        raise PipelineError(f"{source}: needs a [pipeline] table with a list of `stages`")
    options = config.get("stages", {})
    stages = []
    for name in spec["stages"]:
        try:
            factory = get_stage_factory(name)
        except KeyError as err:
            raise PipelineError(f"{source}: {err.args[0]}") from None
        try:
            stages.append(factory(**options.get(name, {})))
        except TypeError as err:
            raise PipelineError(f"{source}: bad options for stage {name!r}: {err}") from None
    return Pipeline(name=spec.get("name", Path(source).stem), stages=stages, text=text,
                    source=source)

"""A pipeline: named stages assembled from a TOML file, run in order on a document."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from powtext import __version__
from powtext.data import tomllib
from powtext.model import Document
from powtext.registry import Stage, get_stage_factory

DEFAULT_PIPELINE = "default"


class PipelineError(ValueError):
    """A pipeline file that cannot be used: names the file and what is wrong."""


@dataclass
class Pipeline:
    name: str
    stages: list[Stage]
    config_sha256: str
    source: str
    _description: dict[str, Any] | None = field(default=None, repr=False)

    def __call__(self, doc: Document) -> Document:
        doc.pipeline = self.describe()
        for stage in self.stages:
            doc = stage(doc)
        doc.scratch.clear()
        return doc

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
        except OSError as err:
            raise PipelineError(f"{source}: cannot read pipeline file: {err.strerror}") from None
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
    return Pipeline(
        name=spec.get("name", Path(source).stem),
        stages=stages,
        config_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        source=source,
    )

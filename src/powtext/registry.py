"""Stages and languages by name, from Python entry points.

The built-in stages are registered through the same entry-point group (`powtext.stages`) that a
third-party package uses, so a plugin's stage is named in a pipeline file exactly like ours.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points
from typing import Any, Protocol

from powtext.model import Document

STAGE_GROUP = "powtext.stages"


class Stage(Protocol):
    name: str
    version: str

    def __call__(self, doc: Document) -> Document: ...

    def describe(self) -> dict[str, Any]: ...


@cache
def _entry_points(group: str) -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=group)}


def stage_names() -> list[str]:
    return sorted(_entry_points(STAGE_GROUP))


def get_stage_factory(name: str):
    eps = _entry_points(STAGE_GROUP)
    if name not in eps:
        known = ", ".join(stage_names()) or "none"
        raise KeyError(f"unknown stage {name!r} (registered: {known})")
    return eps[name].load()

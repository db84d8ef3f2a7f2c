"""The one place that finds packaged files (icons, ...), the same way in a wheel or a bundle."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def resource_path(relative: str) -> Path:
    """A real file path for a packaged resource such as ``icons/mentee-desktop.svg``."""
    with as_file(files("mentee_desktop.resources").joinpath(relative)) as path:
        return Path(path)


def app_icon_path() -> Path:
    return resource_path("icons/mentee-desktop.svg")

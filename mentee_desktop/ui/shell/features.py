"""The guard every feature installer passes: a feature goes onto a window once.

Installing one twice would add its menu items, shortcuts and tabs twice (two Ctrl+F actions
make neither work), so a second installation is refused loudly.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow


class FeatureInstalledTwiceError(RuntimeError):
    """A feature installer ran a second time on the same window (a programming mistake)."""


def claim(window: QMainWindow, feature: str) -> None:
    """Note that ``feature`` is being installed on ``window``; raise if it already is."""
    installed: set[str] = window.__dict__.setdefault("_installed_features", set())
    if feature in installed:
        raise FeatureInstalledTwiceError(f"the {feature} feature is already on this window")
    installed.add(feature)


def installed(window: QMainWindow) -> set[str]:
    return set(window.__dict__.get("_installed_features", ()))

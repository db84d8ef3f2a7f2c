"""Application-wide event filters (click once, Ctrl+Enter accepts) installed once, however
many windows ask for them."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

Filter = TypeVar("Filter", bound=QObject)


def install_on_app(app: QApplication, kind: type[Filter]) -> Filter:
    """The one filter of ``kind`` on the application; created and installed the first time."""
    existing = app.findChild(kind)
    if existing is not None:
        return existing
    installed = kind(app)
    app.installEventFilter(installed)
    return installed

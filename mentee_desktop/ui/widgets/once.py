"""Every button acts once per click: a double click or a held key never acts twice.

One event filter on the application swallows, for any button, a double click (and a third
press within the double-click interval, by the events' own time stamps, as Qt itself measures
double clicks) and the repeats of a held key; and for every menu item and shortcut, the
repeats of its held key. The first activation has then already run and shown its new state;
the second would have acted on that new state (asked → answered, or deleted the next item),
which nobody meant.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication

_PRESS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)


class ClickOnce(QObject):
    """Installed once on the application (``app_filter.install_on_app``)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._last: QObject | None = None
        self._stamp = 0
        self._repeating = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _PRESS and isinstance(watched, QAbstractButton):
            if kind == QEvent.Type.MouseButtonDblClick:
                return True
            stamp = event.timestamp()
            quick = stamp - self._stamp < QApplication.doubleClickInterval()
            if watched is self._last and quick:
                return True
            self._last, self._stamp = watched, stamp
        elif kind in _KEYS and isinstance(event, QKeyEvent):
            # a shortcut is offered to the focus widget first: remember whether the key repeats
            self._repeating = event.isAutoRepeat()
            if kind == QEvent.Type.KeyPress and not self._repeating:
                self._last = None  # typing in between: the next click is a click of its own
            if self._repeating and isinstance(watched, QAbstractButton):
                return True
        elif kind == QEvent.Type.Shortcut and isinstance(watched, (QAction, QShortcut)):
            return self._repeating
        return False

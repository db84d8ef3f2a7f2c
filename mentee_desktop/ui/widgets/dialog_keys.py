"""Ctrl+Enter accepts a dialog from anywhere in it, also from a field that takes several lines.

In a multi-line field Enter starts a new line, so without this a keyboard user would have to
Tab to the OK button; a one-line field ignores Ctrl+Enter. One key that always accepts is
easier to learn. The OK (accept) button is pressed, so the dialog's own checks still run.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def accept_button(dialog: QDialog) -> QAbstractButton | None:
    """The dialog's button with the accept role (OK, Add, Save …), if it has one."""
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                return button
    return None


class CtrlEnterAccepts(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or Qt.Key(event.key()) not in _ENTER
            or not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            or not isinstance(watched, QWidget)
        ):
            return False
        dialog = watched.window()
        if not isinstance(dialog, QDialog):
            return False
        button = accept_button(dialog)
        if button is None:  # no OK to press (a message box's Yes/No): only a text field's
            if not _in_text_field(watched):  # Ctrl+Enter closes it, as it always did
                return False
            dialog.accept()
        elif button.isEnabled():
            button.click()
        return True


def _in_text_field(widget: QWidget | None) -> bool:
    while widget is not None and not isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget = widget.parentWidget()
    return widget is not None

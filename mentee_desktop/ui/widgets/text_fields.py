"""Plain-text editor fields and the autosave that stores what is typed without a Save button.

The fields never interpret rich text: HTML, Markdown, emoji, right-to-left scripts and very
long pastes are kept exactly as typed. An :class:`Autosaver` stores the edits after a short
pause or when a field loses focus; when the store refuses a write the edit stays pending (and
the text stays in its field) until the next attempt succeeds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QTextOption
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

#: how long typing may pause before the edit is stored
AUTOSAVE_DELAY_MS = 700
#: QLineEdit cuts text at 32,767 characters by default; ours keep whatever was pasted
LINE_MAX_CHARS = 2_147_483_647
#: a run of this many characters without a space or break makes word wrapping very slow
_LONG_RUN = re.compile(r"\S{2000,}")


def first_line(text: str, limit: int = 200) -> str:
    """The first non-empty line of a text, shortened for a list or a label."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


def one_line(text: str) -> str:
    """A text with its line breaks and runs of spaces folded into single spaces."""
    return " ".join(text.split())


def first_clause(text: str, limit: int = 60) -> str:
    """A short title from an answer: its first sentence, cut at its first clause when long.

    "Break the work into smaller pieces, and demo every Friday so we see progress." gives
    "Break the work into smaller pieces"; a short sentence stays whole.
    """
    text = one_line(text)
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    clause = re.split(r"\s*[,;:–—]\s*|\s+-\s+", sentence, maxsplit=1)[0]
    return shorten(clause, limit)


def shorten(text: str, limit: int = 80) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def writing_direction(text: str) -> Qt.LayoutDirection:
    """Right to left when the first letter with a direction is Arabic, Hebrew, … (like
    HTML's ``dir="auto"``)."""
    for char in text[:2000]:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def fit_wrapping(editor: QPlainTextEdit, text: str, *, keep_anywhere: bool = False) -> None:
    """Wrap anywhere when a huge unbroken run would make word wrapping take minutes.

    Decided before the text goes in, because laying it out is what takes long.
    """
    if _LONG_RUN.search(text):
        editor.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
    elif not keep_anywhere:
        editor.setWordWrapMode(QTextOption.WrapMode.WordWrap)


class PlainTextField(QPlainTextEdit):
    """A multi-line plain-text field: Tab moves on, and ``focus_left`` fires on leaving it.

    A text that starts in a right-to-left script is laid out right to left.
    """

    focus_left = Signal()

    def __init__(self, accessible_name: str, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._follow_writing_direction)

    def _follow_writing_direction(self) -> None:
        direction = writing_direction(self.document().firstBlock().text())
        option = self.document().defaultTextOption()
        if option.textDirection() != direction:
            option.setTextDirection(direction)
            right = direction == Qt.LayoutDirection.RightToLeft
            option.setAlignment(
                Qt.AlignmentFlag.AlignAbsolute
                | (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
            )
            self.document().setDefaultTextOption(option)

    def text(self) -> str:
        """The text as typed: paragraph breaks become ``\\n``; no-break spaces are kept."""
        return self.document().toRawText().replace("\u2029", "\n")

    def set_text(self, text: str) -> None:
        self._prepare_wrapping(text)
        self.setPlainText(text)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self._prepare_wrapping(source.text(), keep_anywhere=True)
        super().insertFromMimeData(source)

    def _prepare_wrapping(self, text: str, *, keep_anywhere: bool = False) -> None:
        fit_wrapping(self, text, keep_anywhere=keep_anywhere)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


class LineField(QLineEdit):
    """A one-line plain-text field without QLineEdit's 32,767 character limit."""

    focus_left = Signal()

    def __init__(self, accessible_name: str, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(LINE_MAX_CHARS)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)

    def set_text(self, text: str) -> None:
        self.setText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


TextField = PlainTextField | LineField


class Autosaver(QObject):
    """Stores edits of some fields after a pause or when one of them loses focus.

    ``save`` stores the pending edit and returns True, or returns False when the store
    refused it; the edit then stays pending and is tried again on the next change, focus
    change or :meth:`flush`. Each field's text as last loaded or saved is remembered, so
    only fields the user really changed are written back (an untouched field keeps its
    stored text exactly, whatever a Qt widget would make of it).
    """

    def __init__(
        self, save: Callable[[], bool], parent: QObject | None = None, *, delay_ms: int = 0
    ):
        super().__init__(parent)
        self._save = save
        self._fields: dict[str, TextField] = {}
        self._baseline: dict[str, str] = {}
        self._loading = False
        self.pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms or AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def watch(self, name: str, field: TextField) -> None:
        self._fields[name] = field
        field.textChanged.connect(self.touch)
        field.focus_left.connect(self.flush)

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill the fields from a record without it counting as an edit."""
        self.timer.stop()
        self._loading = True
        try:
            yield
        finally:
            self._loading = False
            self.pending = False
            self.remember_saved()

    def touch(self) -> None:
        """Something changed: store it after the pause."""
        if self._loading:
            return
        self.pending = True
        self.timer.start()

    def flush(self) -> bool:
        """Store a pending edit now; False when the store refused it."""
        self.timer.stop()
        if not self.pending or self._loading:
            return True
        if not self._save():
            return False
        self.pending = False
        return True

    def discard(self) -> None:
        """Forget the pending edit (its record is gone)."""
        self.timer.stop()
        self.pending = False

    def changed_texts(self) -> dict[str, str]:
        """The fields whose text differs from what was last loaded or saved."""
        texts = {name: field.text() for name, field in self._fields.items()}
        return {name: text for name, text in texts.items() if text != self._baseline.get(name)}

    def remember_saved(self) -> None:
        """The fields' current texts are now what the store holds."""
        self._baseline = {name: field.text() for name, field in self._fields.items()}


def hide_when_edited(message: QWidget, form: QWidget) -> None:
    """Hide a validation message as soon as any field of ``form`` changes.

    The message says what was wrong when OK was pressed; once the user edits, it no longer
    describes the form, and a red line that stays after the fix reads as a new error.
    """
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox

    for field in form.findChildren(QWidget):
        if isinstance(field, (QLineEdit, QPlainTextEdit)):
            field.textChanged.connect(message.hide)
        elif isinstance(field, QComboBox):
            field.currentTextChanged.connect(message.hide)
        elif isinstance(field, QAbstractSpinBox):
            field.editingFinished.connect(message.hide)
            if hasattr(field, "dateChanged"):
                field.dateChanged.connect(message.hide)
            elif hasattr(field, "valueChanged"):
                field.valueChanged.connect(message.hide)
        elif isinstance(field, QAbstractButton) and field.isCheckable():
            field.toggled.connect(message.hide)

"""The side panel of suggested questions: pick a purpose, click a question, it is on the agenda.

The mentee's own suggestions are kept here too (add below the list, remove with Delete or the
context menu, undo with Ctrl+Z). Suggestions already on the agenda are shown ticked.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.agenda.words import is_right_to_left
from mentee_desktop.data import suggested_questions
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.data.suggested_questions import PURPOSES, TRANSLATION_CONTEXT, Suggestion
from mentee_desktop.ui.prepare.agenda_model import summary
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.widgets.text_fields import LineField

SuggestionRole = Qt.ItemDataRole.UserRole + 1


def purpose_label(purpose: str) -> str:
    return {
        "career": QCoreApplication.translate("SuggestionPanel", "Career direction"),
        "skills": QCoreApplication.translate("SuggestionPanel", "Skills"),
        "feedback": QCoreApplication.translate("SuggestionPanel", "Specific feedback"),
        "offer": QCoreApplication.translate("SuggestionPanel", "What I can offer"),
        "mentoring": QCoreApplication.translate("SuggestionPanel", "How our mentoring is going"),
    }[purpose]


class SuggestionList(QListWidget):
    """A list where Enter or Space picks the current suggestion and Delete removes one's own."""

    picked = Signal(QListWidgetItem)
    remove_requested = Signal(QListWidgetItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if item is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.picked.emit(item)
            return
        if item is not None and event.key() == Qt.Key.Key_Delete:
            self.remove_requested.emit(item)
            return
        super().keyPressEvent(event)


class SuggestionPanel(QWidget):
    #: the mentee chose a suggestion to put on the agenda
    suggestion_chosen = Signal(object)

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self._on_agenda: set[str] = set()
        title = QLabel(self.tr("Suggested questions"))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        self.purpose_combo = QComboBox()
        self.purpose_combo.setAccessibleName(self.tr("What the suggestions are for"))
        for purpose in PURPOSES:
            self.purpose_combo.addItem(purpose_label(purpose), purpose)
        self.hint = QLabel(self.tr("Click one to add it to your agenda."))
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.list = SuggestionList()
        self.list.setAccessibleName(self.tr("Suggestions"))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setMouseTracking(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # a pointing hand over the suggestions (a click adds one), an arrow over the scroll
        # bars; set on the list, not its viewport: PySide has no type for the viewport's
        # private class and would make Python types for all of QtWidgets to find one
        self.list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.list.verticalScrollBar().setCursor(Qt.CursorShape.ArrowCursor)
        self.list.horizontalScrollBar().setCursor(Qt.CursorShape.ArrowCursor)
        self.own_edit = LineField(self.tr("Your own suggestion"), self.tr("Your own suggestion…"))
        self.keep_button = QPushButton(self.tr("Keep"))
        self.keep_button.setAccessibleName(self.tr("Keep my own suggestion for later meetings"))
        self.keep_button.setToolTip(self.tr("Keep it under this purpose for later meetings"))

        own = QHBoxLayout()
        own.addWidget(self.own_edit, 1)
        own.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 4)
        layout.addWidget(title)
        layout.addWidget(self.purpose_combo)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(own)
        QWidget.setTabOrder(self.purpose_combo, self.list)
        QWidget.setTabOrder(self.list, self.own_edit)
        QWidget.setTabOrder(self.own_edit, self.keep_button)
        self._connect_callbacks()
        self.reload()

    def _connect_callbacks(self) -> None:
        self.purpose_combo.currentIndexChanged.connect(self.reload)
        self.list.itemClicked.connect(self.pick)
        self.list.picked.connect(self.pick)
        self.list.remove_requested.connect(self.remove)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.own_edit.returnPressed.connect(self.keep_own)
        self.keep_button.clicked.connect(self.keep_own)

    # ----- state
    def purpose(self) -> str:
        return self.purpose_combo.currentData()

    def set_purpose(self, purpose: str) -> None:
        self.purpose_combo.setCurrentIndex(PURPOSES.index(purpose))

    def set_on_agenda(self, texts: set[str]) -> None:
        """Tick the suggestions whose text is already on the agenda."""
        self._on_agenda = set(texts)
        for row in range(self.list.count()):
            self._style(self.list.item(row))

    def reload(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for stored in self.services.read(suggested_questions.for_purpose, self.purpose()):
            suggestion = stored
            if not stored.is_custom:  # built-in texts are shown (and added) in the user's language
                text = QCoreApplication.translate(TRANSLATION_CONTEXT, stored.text)
                suggestion = replace(stored, text=text)
            item = QListWidgetItem()
            item.setData(SuggestionRole, suggestion)
            self._style(item)
            self.list.addItem(item)
        if self.list.count() and current >= 0:
            self.list.setCurrentRow(min(current, self.list.count() - 1))

    def _style(self, item: QListWidgetItem) -> None:
        suggestion: Suggestion = item.data(SuggestionRole)
        on_agenda = suggestion.text in self._on_agenda
        font = QFont(self.list.font())
        font.setItalic(suggestion.is_custom)
        item.setFont(font)
        item.setText(("✓ " if on_agenda else "") + summary(suggestion.text, 400))
        if is_right_to_left(suggestion.text):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setForeground(self.palette().placeholderText() if on_agenda else self.palette().text())
        tips = []
        if suggestion.is_custom:
            tips.append(self.tr("Your own suggestion (Delete removes it)."))
        tips.append(
            self.tr("Already on this meeting's agenda.")
            if on_agenda
            else self.tr("Click to add it to the agenda.")
        )
        item.setToolTip("\n".join(tips))

    def suggestion_at(self, row: int) -> Suggestion | None:
        item = self.list.item(row)
        return None if item is None else item.data(SuggestionRole)

    # ----- actions
    def pick(self, item: QListWidgetItem) -> None:
        suggestion: Suggestion = item.data(SuggestionRole)
        if suggestion is not None and suggestion.text not in self._on_agenda:
            self.suggestion_chosen.emit(suggestion)

    def keep_own(self) -> Suggestion | None:
        """Store the text in the line as the mentee's own suggestion for this purpose."""
        text = self.own_edit.text()
        if not text.strip():
            return None
        kept = self.services.call(
            RecordKind.CUSTOM_QUESTION,
            suggested_questions.add_custom,
            self.purpose(),
            text,
            now=self.services.now(),
        )
        if kept is not None:
            self.own_edit.clear()
            self.reload()
            self.list.setCurrentRow(self.list.count() - 1)
        return kept

    def remove(self, item: QListWidgetItem) -> None:
        suggestion: Suggestion = item.data(SuggestionRole)
        if suggestion is None or not suggestion.is_custom:
            return
        removed = self.services.call(
            RecordKind.CUSTOM_QUESTION, suggested_questions.delete_custom, suggestion.id
        )
        if removed is None:
            return
        self.reload()
        self.services.offer_undo(
            self.tr("Removed your suggestion “{0}”").format(summary(removed.text, 60)),
            lambda: self._restore(removed),
        )

    def _restore(self, suggestion: Suggestion) -> None:
        self.services.call(
            RecordKind.CUSTOM_QUESTION, suggested_questions.restore_custom, suggestion
        )
        self.reload()

    def _context_menu(self, position) -> None:
        item = self.list.itemAt(position)
        if item is None:
            return
        suggestion: Suggestion = item.data(SuggestionRole)
        menu = QMenu(self)
        add = menu.addAction(self.tr("Add to the agenda"))
        add.setEnabled(suggestion.text not in self._on_agenda)
        add.triggered.connect(lambda: self.pick(item))
        if suggestion.is_custom:
            remove = menu.addAction(self.tr("Remove from my suggestions"))
            remove.triggered.connect(lambda: self.remove(item))
        menu.exec(self.list.viewport().mapToGlobal(position))

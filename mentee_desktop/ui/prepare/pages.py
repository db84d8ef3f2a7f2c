"""Parts of the Prepare tab: its header, the no-meeting page, and what to prepare (hints)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data.agenda_items import KINDS
from mentee_desktop.ui.prepare.words import kind_heading, kind_hint


def add_label(kind: str) -> str:
    """The words on a button that starts a new item of this kind."""
    return {
        "question": QCoreApplication.translate("PrepareTab", "Add a question"),
        "topic": QCoreApplication.translate("PrepareTab", "Add a topic"),
        "update": QCoreApplication.translate("PrepareTab", "Add an update"),
        "share": QCoreApplication.translate("PrepareTab", "Add something to share"),
        "feedback": QCoreApplication.translate("PrepareTab", "Ask for feedback"),
    }[kind]


def _title_font(label: QLabel, scale: float) -> QFont:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


class PrepareHeader(QWidget):
    """Above the agenda: how prepared the meeting is, and the buttons that add to it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.readiness_label = QLabel()
        self.readiness_label.setTextFormat(Qt.TextFormat.PlainText)
        self.readiness_label.setAccessibleName(self.tr("How prepared this meeting is"))
        self.readiness_label.setFont(_title_font(self.readiness_label, 1.1))
        # a plain button (a screen reader can press it; a split button only offers its menu)
        # and beside it the menu of the other kinds
        self.add_button = QPushButton()
        self.kinds_button = QToolButton()
        self.kinds_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kinds_button.setText(self.tr("More…"))
        self.kinds_button.setAccessibleName(self.tr("Add another kind of item"))
        self.kinds_button.setToolTip(self.tr("A topic, an update, something to share, feedback"))
        self.add_menu = QMenu(self.kinds_button)
        for kind in KINDS:
            self.add_menu.addAction(add_label(kind)).setData(kind)
        self.kinds_button.setMenu(self.add_menu)
        self.promises_button = QPushButton(self.tr("Add my open promises"))
        self.promises_button.setAccessibleName(self.tr("Add my open promises as updates"))
        self.promises_button.setToolTip(
            self.tr("Bring in your open action items, and what was left open last time")
        )
        self.suggestions_button = QPushButton(self.tr("Suggestions"))
        self.suggestions_button.setCheckable(True)
        self.suggestions_button.setChecked(True)
        self.suggestions_button.setAccessibleName(self.tr("Show suggested questions"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.readiness_label, 1)
        layout.addWidget(self.add_button)
        layout.addSpacing(-6)
        layout.addWidget(self.kinds_button)
        layout.addWidget(self.promises_button)
        layout.addWidget(self.suggestions_button)
        self.show_add_kind("question")

    def show_add_kind(self, kind: str) -> None:
        """The main add button adds an item of this kind."""
        self.add_button.setText(add_label(kind))
        self.add_button.setAccessibleName(add_label(kind))
        self.add_button.setToolTip(self.tr("{0} (Ctrl+N)").format(add_label(kind)))


class NoMeetingPage(QWidget):
    """Shown when no meeting is selected: how to get started."""

    new_meeting_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setFont(_title_font(self.message, 1.2))
        self.button = QPushButton(self.tr("New meeting…"))
        self.button.setAccessibleName(self.tr("Plan a new meeting"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.button.clicked.connect(self.new_meeting_clicked)
        self.show_for(has_mentor=True)

    def show_for(self, *, has_mentor: bool) -> None:
        self.message.setText(
            self.tr("Plan a meeting with New meeting… to start preparing")
            if has_mentor
            else self.tr(
                "Choose a mentor, then plan a meeting with New meeting… to start preparing"
            )
        )
        self.button.setEnabled(has_mentor)


class PrepareHintPage(QWidget):
    """Beside the agenda when no item is selected: what makes a good item of each kind."""

    add_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._kind = "question"
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setFont(_title_font(self.title, 1.15))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.button.clicked.connect(lambda: self.add_clicked.emit(self._kind))
        self.show_hint(None, agenda_empty=True)

    def show_hint(self, kind: str | None, *, agenda_empty: bool) -> None:
        """A kind's advice when its heading is selected, else the general advice."""
        self._kind = kind or "question"
        if kind is not None:
            self.title.setText(kind_heading(kind))
            self.text.setText(kind_hint(kind))
        elif agenda_empty:
            self.title.setText(self.tr("What will you bring to this meeting?"))
            self.text.setText(
                self.tr(
                    "A few specific questions, an update on what you promised, and something "
                    "you can share with your mentor make a meeting worth both your time.\n\n"
                    "Press Ctrl+N to write a question, or click one of the suggestions."
                )
            )
        else:
            self.title.setText(self.tr("Your agenda"))
            self.text.setText(
                self.tr(
                    "Select an item to edit it. Alt+Up and Alt+Down change the order; "
                    "tick an item when it has been discussed."
                )
            )
        self.button.setText(add_label(self._kind))
        self.button.setAccessibleName(add_label(self._kind))

"""The first start: a short welcome instead of empty tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    add_mentor_clicked = Signal()
    sample_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Mentee Desktop"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Make every mentoring meeting count: prepare your questions and what you can "
                "share, listen and write it in your own words, ask for specific feedback, and "
                "keep your promises. The best mentoring goes both ways."
            )
        )
        text.setWordWrap(True)
        private = QLabel(self.tr("Everything stays on this computer."))
        private.setEnabled(False)
        self.add_button = QPushButton(self.tr("Add my first mentor"))
        self.add_button.setDefault(True)
        self.add_button.setAccessibleName(self.tr("Add my first mentor"))
        self.sample_button = QPushButton(self.tr("Explore with sample data"))
        self.sample_button.setAccessibleName(self.tr("Explore with sample data"))

        card = QWidget()
        card.setMaximumWidth(560)
        card_layout = QVBoxLayout(card)
        card_layout.setSpacing(12)
        card_layout.addWidget(title)
        card_layout.addWidget(text)
        card_layout.addWidget(private)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        card_layout.addSpacing(8)
        card_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.add_button.clicked.connect(self.add_mentor_clicked)
        self.sample_button.clicked.connect(self.sample_clicked)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

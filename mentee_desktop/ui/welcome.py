"""The first start: a short welcome instead of empty tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


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
                "keep your promises. The best mentoring goes both ways.\n\n"
                "Everything stays on this computer."
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        self.add_button = QPushButton(self.tr("Add my first mentor"))
        self.add_button.setDefault(True)
        self.add_button.setAccessibleName(self.tr("Add my first mentor"))
        self.sample_button = QPushButton(self.tr("Explore with sample data"))
        self.sample_button.setAccessibleName(self.tr("Explore with sample data"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, text, self.add_button, self.sample_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.add_button.clicked.connect(self.add_mentor_clicked)
        self.sample_button.clicked.connect(self.sample_clicked)

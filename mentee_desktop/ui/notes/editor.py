"""The editor of one listening note: what I heard beside my paraphrase, then what follows."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from mentee_desktop.data.listening_notes import ListeningNote
from mentee_desktop.ui.widgets.record_editor import RecordEditor
from mentee_desktop.ui.widgets.text_fields import Autosaver, LineField, PlainTextField, shorten


def field_label(text: str, buddy: QWidget) -> QLabel:
    """A bold label above a field; its mnemonic focuses the field."""
    label = QLabel(text)
    label.setBuddy(buddy)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def links_text(links: list[str]) -> str:
    """ "→ action item: …" for the action items made from a record."""
    if not links:
        return ""
    if len(links) == 1:
        return QCoreApplication.translate("RecordLinks", "→ action item: {0}").format(
            shorten(links[0], 90)
        )
    return QCoreApplication.translate("RecordLinks", "→ {0} action items: {1}").format(
        len(links), "; ".join(shorten(title, 40) for title in links)
    )


class NoteEditor(RecordEditor):
    def __init__(self, autosaver: Autosaver, parent: QWidget | None = None):
        super().__init__(autosaver, parent)
        self.heard = PlainTextField(
            self.tr("What I heard"),
            self.tr("Their words, as close as you remember them"),
        )
        self.in_my_words = PlainTextField(
            self.tr("In my words (my paraphrase)"),
            self.tr("Say it back in your own words. Would they agree that's what they meant?"),
        )
        self.follow_up = PlainTextField(
            self.tr("Follow-up question it raises"),
            self.tr("What would you ask next to understand it better?"),
        )
        self.insight = PlainTextField(
            self.tr("Insight to act on"),
            self.tr("The one thing you will do differently because of it"),
        )
        self.tags = LineField(
            self.tr("Tags, comma separated"), self.tr("e.g. career, communication")
        )
        self.make_action_button = QPushButton(self.tr("Make action item…"))
        self.make_action_button.setAccessibleName(self.tr("Make an action item from this insight"))
        self.make_action_button.setToolTip(
            self.tr("Turn the insight into an action item linked to this note")
        )
        self.links_label = QLabel()
        self.links_label.setTextFormat(Qt.TextFormat.PlainText)
        self.links_label.setAccessibleName(self.tr("Action items made from this note"))
        self.links_label.setWordWrap(True)

        for field in (self.heard, self.in_my_words):
            field.setMinimumHeight(110)
        for field in (self.follow_up, self.insight):
            field.setMinimumHeight(80)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 4, 4, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.addWidget(field_label(self.tr("What I hea&rd"), self.heard), 0, 0)
        grid.addWidget(field_label(self.tr("In my &words"), self.in_my_words), 0, 1)
        grid.addWidget(self.heard, 1, 0)
        grid.addWidget(self.in_my_words, 1, 1)
        grid.addWidget(field_label(self.tr("F&ollow-up question it raises"), self.follow_up), 2, 0)
        grid.addWidget(field_label(self.tr("I&nsight to act on"), self.insight), 2, 1)
        grid.addWidget(self.follow_up, 3, 0)
        grid.addWidget(self.insight, 3, 1)
        grid.addWidget(field_label(self.tr("T&ags (comma separated)"), self.tags), 4, 0, 1, 2)
        grid.addWidget(self.tags, 5, 0, 1, 2)
        action_row = QHBoxLayout()
        action_row.addWidget(self.make_action_button)
        action_row.addSpacing(8)
        action_row.addWidget(self.links_label, 1)
        grid.addLayout(action_row, 6, 0, 1, 2)
        for row, stretch in ((1, 3), (3, 2)):
            grid.setRowStretch(row, stretch)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        # spacing above the second pair of fields and the tags
        grid.setRowMinimumHeight(2, 28)
        grid.setRowMinimumHeight(4, 28)

        for name in ("heard", "in_my_words", "follow_up", "insight", "tags"):
            autosaver.watch(name, getattr(self, name))

    def fields(self) -> dict[str, PlainTextField | LineField]:
        return {
            "heard": self.heard,
            "in_my_words": self.in_my_words,
            "follow_up": self.follow_up,
            "insight": self.insight,
            "tags": self.tags,
        }

    def show_record(self, record: ListeningNote, links: list[str]) -> None:
        for name, field in self.fields().items():
            field.set_text(getattr(record, name))
        self.show_links(links)

    def clear(self) -> None:
        for field in self.fields().values():
            field.set_text("")
        self.show_links([])

    def record_with_edits(self, record: ListeningNote) -> ListeningNote:
        return replace(record, **self.autosaver.changed_texts())

    def show_links(self, links: list[str]) -> None:
        self.links_label.setText(links_text(links))

    def first_field(self) -> QWidget:
        return self.heard

    def focus_chain(self) -> list[QWidget]:
        return [*self.fields().values(), self.make_action_button]

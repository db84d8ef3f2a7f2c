"""The editor of one feedback request: the question, my own view first, the answer, and after.

Its labels follow the direction: when I ask, my own observation comes before my mentor's
answer; when my mentor asks me, I note my thoughts before giving my answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from mentee_desktop.data.feedback import STATUS_DATES, STATUSES, FeedbackRequest
from mentee_desktop.ui.notes.editor import field_label, links_text
from mentee_desktop.ui.widgets import dates
from mentee_desktop.ui.widgets.record_editor import RecordEditor
from mentee_desktop.ui.widgets.text_fields import Autosaver, PlainTextField

TEXT_FIELDS = ("question", "my_observation", "answer", "what_i_did")


def _t(text: str) -> str:
    return QCoreApplication.translate("FeedbackEditor", text)


def direction_label(direction: str) -> str:
    return (
        QCoreApplication.translate("FeedbackEditor", "I ask my mentor")
        if direction == "i_ask"
        else QCoreApplication.translate("FeedbackEditor", "My mentor asks me")
    )


def status_label(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("FeedbackEditor", "Draft"),
        "asked": QCoreApplication.translate("FeedbackEditor", "Asked"),
        "answered": QCoreApplication.translate("FeedbackEditor", "Answered"),
        "acted_on": QCoreApplication.translate("FeedbackEditor", "Acted on"),
    }[status]


def short_date(moment: datetime, zone: tzinfo) -> str:
    day = moment.astimezone(zone).date()
    return dates.short_date(day)


def status_dates(request: FeedbackRequest, zone: tzinfo) -> str:
    """ "Created 2 Nov 2026 · Asked 3 Nov 2026 · …" up to the current status."""
    parts = []
    if request.created_at is not None:
        parts.append(
            QCoreApplication.translate("FeedbackEditor", "Created {0}").format(
                short_date(request.created_at, zone)
            )
        )
    for status in STATUSES[1 : STATUSES.index(request.status) + 1]:
        moment = getattr(request, STATUS_DATES[status])
        if moment is not None:
            parts.append(f"{status_label(status)} {short_date(moment, zone)}")
    return " · ".join(parts)


#: per direction: (label, placeholder) of each text field, translated where they are shown
FIELD_WORDING = {
    "i_ask": {
        "question": (
            QT_TRANSLATE_NOOP("FeedbackEditor", "The specific &question"),
            QT_TRANSLATE_NOOP(
                "FeedbackEditor",
                "e.g. “In Tuesday's design review, did I leave enough room for others?”",
            ),
        ),
        "my_observation": (
            QT_TRANSLATE_NOOP("FeedbackEditor", "My own &observation first"),
            QT_TRANSLATE_NOOP(
                "FeedbackEditor", "Before you ask: how do you think it went, and why?"
            ),
        ),
        "answer": (
            QT_TRANSLATE_NOOP("FeedbackEditor", "My mentor's &answer"),
            QT_TRANSLATE_NOOP("FeedbackEditor", "What they said, in their words"),
        ),
        "what_i_did": (
            QT_TRANSLATE_NOOP("FeedbackEditor", "&What I did with it"),
            QT_TRANSLATE_NOOP("FeedbackEditor", "What you changed, tried or decided because of it"),
        ),
    },
    "mentor_asks": {
        "question": (
            QT_TRANSLATE_NOOP("FeedbackEditor", "What my mentor as&ks me"),
            QT_TRANSLATE_NOOP("FeedbackEditor", "Their question, in their words"),
        ),
        "my_observation": (
            QT_TRANSLATE_NOOP("FeedbackEditor", "My n&otes before answering"),
            QT_TRANSLATE_NOOP(
                "FeedbackEditor", "What did you notice? Concrete examples make feedback useful."
            ),
        ),
        "answer": (
            QT_TRANSLATE_NOOP("FeedbackEditor", "My &answer"),
            QT_TRANSLATE_NOOP("FeedbackEditor", "What you told them"),
        ),
        "what_i_did": (
            QT_TRANSLATE_NOOP("FeedbackEditor", "&What came of it"),
            QT_TRANSLATE_NOOP("FeedbackEditor", "Did it help them? Anything you agreed on?"),
        ),
    },
}


class FeedbackEditor(RecordEditor):
    #: the user picked another status
    status_chosen = Signal(str)

    def __init__(self, autosaver: Autosaver, zone: tzinfo, parent: QWidget | None = None):
        super().__init__(autosaver, parent)
        self.zone = zone
        #: the meetings to offer, given the one a request is linked to: [(id or None, label)]
        self.meeting_choices: Callable[[int | None], list[tuple[int | None, str]]] = lambda _: [
            (None, self.tr("No meeting"))
        ]
        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("Direction"))
        for value in ("i_ask", "mentor_asks"):
            self.direction.addItem(direction_label(value), value)
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Linked meeting"))
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.setMinimumContentsLength(24)
        self.meeting.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for value in STATUSES:
            self.status.addItem(status_label(value), value)
        self.next_step = QPushButton()
        self.dates = QLabel()
        self.dates.setTextFormat(Qt.TextFormat.PlainText)
        self.dates.setAccessibleName(self.tr("When each status was reached"))
        self.dates.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # drawn quieter
        self.fields: dict[str, PlainTextField] = {}
        self.labels: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            field = PlainTextField("")
            field.setMinimumHeight(70)
            self.fields[name] = field
            self.labels[name] = field_label("", field)
            autosaver.watch(name, field)
        self.make_action_button = QPushButton(self.tr("Turn into action item…"))
        self.make_action_button.setAccessibleName(self.tr("Turn the answer into an action item"))
        self.links_label = QLabel()
        self.links_label.setTextFormat(Qt.TextFormat.PlainText)
        self.links_label.setWordWrap(True)
        self.links_label.setAccessibleName(self.tr("Action items made from this request"))
        self._build_layout()
        self._set_wording("i_ask")
        self._connect_callbacks()

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 4, 4, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        header = QGridLayout()
        header.setHorizontalSpacing(8)
        header.setVerticalSpacing(6)
        for row, column, text, widget in (
            (0, 0, self.tr("&Direction"), self.direction),
            (0, 2, self.tr("&Linked meeting"), self.meeting),
            (1, 0, self.tr("&Status"), self.status),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            header.addWidget(label, row, column)
            header.addWidget(widget, row, column + 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.next_step)
        status_row.addSpacing(8)
        status_row.addWidget(self.dates, 1)
        header.addLayout(status_row, 1, 2, 1, 2)
        header.setColumnStretch(3, 1)
        header.setColumnMinimumWidth(1, 150)
        grid.addLayout(header, 0, 0, 2, 2)
        grid.setRowMinimumHeight(2, 10)
        grid.addWidget(self.labels["question"], 3, 0, 1, 2)
        grid.addWidget(self.fields["question"], 4, 0, 1, 2)
        grid.addWidget(self.labels["my_observation"], 5, 0)
        grid.addWidget(self.labels["answer"], 5, 1)
        grid.addWidget(self.fields["my_observation"], 6, 0)
        grid.addWidget(self.fields["answer"], 6, 1)
        grid.addWidget(self.labels["what_i_did"], 7, 0, 1, 2)
        grid.addWidget(self.fields["what_i_did"], 8, 0, 1, 2)
        action_row = QHBoxLayout()
        action_row.addWidget(self.make_action_button)
        action_row.addSpacing(8)
        action_row.addWidget(self.links_label, 1)
        grid.addLayout(action_row, 9, 0, 1, 2)
        for row, stretch in ((4, 1), (6, 3), (8, 1)):
            grid.setRowStretch(row, stretch)
        for row in (5, 7, 9):
            grid.setRowMinimumHeight(row, 28)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _connect_callbacks(self) -> None:
        self.direction.currentIndexChanged.connect(self._direction_changed)
        self.meeting.currentIndexChanged.connect(self._choice_changed)
        self.status.activated.connect(
            lambda index: self.status_chosen.emit(self.status.itemData(index))
        )
        self.next_step.clicked.connect(self._next_status)

    # ----- wording that follows the direction
    def _set_wording(self, direction: str) -> None:
        for name, (label, placeholder) in FIELD_WORDING[direction].items():
            self.labels[name].setText(_t(label))
            self.fields[name].setPlaceholderText(_t(placeholder))
            self.fields[name].setAccessibleName(_t(label).replace("&", ""))

    def _direction_changed(self) -> None:
        self._set_wording(self.direction.currentData())
        self._choice_changed()

    def _choice_changed(self) -> None:
        """Direction and meeting are stored at once (like leaving a field)."""
        self.autosaver.touch()
        self.autosaver.flush()

    def _next_status(self) -> None:
        current = self.status.currentData()
        index = STATUSES.index(current)
        if index + 1 < len(STATUSES):
            self.status_chosen.emit(STATUSES[index + 1])

    # ----- the RecordEditor contract
    def set_meeting_choices(self, choices: list[tuple[int | None, str]]) -> None:
        """The meetings a request can be linked to (id, label); keeps the current link."""
        current = self.meeting.currentData()
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for meeting_id, label in choices:
            self.meeting.addItem(label, meeting_id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(current)))
        self.meeting.blockSignals(False)

    def show_record(self, record: FeedbackRequest, links: list[str]) -> None:
        for widget in (self.direction, self.meeting):
            widget.blockSignals(True)
        self.direction.setCurrentIndex(max(0, self.direction.findData(record.direction)))
        self.set_meeting_choices(self.meeting_choices(record.meeting_id))
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(record.meeting_id)))
        for widget in (self.direction, self.meeting):
            widget.blockSignals(False)
        self._set_wording(record.direction)
        for name, field in self.fields.items():
            field.set_text(getattr(record, name))
        self.show_status(record)
        self.show_links(links)

    def clear(self) -> None:
        for field in self.fields.values():
            field.set_text("")
        self.show_links([])

    def show_status(self, record: FeedbackRequest) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(record.status)))
        self.dates.setText(status_dates(record, self.zone))
        index = STATUSES.index(record.status)
        if index + 1 < len(STATUSES):
            text = {
                "asked": self.tr("Mark as asked"),
                "answered": self.tr("Mark as answered"),
                "acted_on": self.tr("Mark as acted on"),
            }[STATUSES[index + 1]]
            self.next_step.setText(text)
            self.next_step.setAccessibleName(text)
            self.next_step.show()
        else:
            self.next_step.hide()

    def record_with_edits(self, record: FeedbackRequest) -> FeedbackRequest:
        return replace(
            record,
            **self.autosaver.changed_texts(),
            direction=self.direction.currentData(),
            meeting_id=self.meeting.currentData(),
        )

    def record_saved(self, record: FeedbackRequest) -> None:
        self.show_status(record)

    def show_links(self, links: list[str]) -> None:
        self.links_label.setText(links_text(links))

    def first_field(self) -> QWidget:
        return self.fields["question"]

    def focus_chain(self) -> list[QWidget]:
        return [
            self.direction,
            self.meeting,
            self.status,
            self.next_step,
            *self.fields.values(),
            self.make_action_button,
        ]

"""Recording a relationship check-in: three ratings from 1 to 5 and a few honest words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data.checkins import RATINGS, Checkin
from mentee_desktop.ui.relationship.goal_dialog import to_qdate
from mentee_desktop.ui.widgets.dates import DateField


def rating_questions() -> dict[str, tuple[str, str]]:
    """Each rating's name and the question it answers."""
    translate = QCoreApplication.translate
    return {
        "trust": (
            translate("Checkins", "Trust"),
            translate("Checkins", "Can we be open with each other and rely on each other?"),
        ),
        "communication": (
            translate("Checkins", "Communication"),
            translate("Checkins", "Do we understand each other, and is the rhythm right?"),
        ),
        "mutual_learning": (
            translate("Checkins", "Mutual learning"),
            translate("Checkins", "Are we both learning from this partnership?"),
        ),
    }


class RatingRow(QWidget):
    """Five radio buttons, 1 (poor) to 5 (excellent); arrow keys move between them."""

    def __init__(self, name: str, value: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        low = QLabel(self.tr("poor"))
        low.setEnabled(False)
        layout.addWidget(low)
        self.buttons: list[QRadioButton] = []
        for number in range(1, 6):
            button = QRadioButton(str(number))
            button.setAccessibleName(self.tr("{0}: {1} of 5").format(name, number))
            self.group.addButton(button, number)
            self.buttons.append(button)
            layout.addWidget(button)
        high = QLabel(self.tr("excellent"))
        high.setEnabled(False)
        layout.addWidget(high)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("{0} rating").format(name))
        self.set_value(value)

    def value(self) -> int:
        return self.group.checkedId() if self.group.checkedId() > 0 else 3

    def set_value(self, value: int) -> None:
        self.buttons[max(1, min(5, value)) - 1].setChecked(True)


class CheckinDialog(QDialog):
    """Date, trust, communication, mutual learning, what works, what to change."""

    def __init__(
        self,
        mentor_id: int,
        today: date,
        checkin: Checkin | None = None,
        mentor_name: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit check-in") if checkin else self.tr("Relationship check-in")
        )
        self._mentor_id = mentor_id
        self._original = checkin
        intro = QLabel(
            self.tr(
                "How is the partnership with {0} going? Rate each from 1 (poor) to 5 "
                "(excellent) and note a few words you can bring to your next meeting."
            ).format(mentor_name or self.tr("your mentor"))
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.held_on = DateField(to_qdate(checkin.held_on if checkin else today))
        self.held_on.setCalendarPopup(True)
        self.held_on.setAccessibleName(self.tr("Check-in date"))
        self.ratings: dict[str, RatingRow] = {}
        self.what_works = QPlainTextEdit(checkin.what_works if checkin else "")
        self.what_works.setPlaceholderText(self.tr("What works well between us?"))
        self.what_to_change = QPlainTextEdit(checkin.what_to_change if checkin else "")
        self.what_to_change.setPlaceholderText(self.tr("What would we do differently?"))
        for edit, name in [
            (self.what_works, self.tr("What works")),
            (self.what_to_change, self.tr("What to change")),
        ]:
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(72)
            edit.setAccessibleName(name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.held_on)
        for rating, (name, question) in rating_questions().items():
            row = RatingRow(name, getattr(checkin, rating) if checkin else 3)
            row.setToolTip(question)
            self.ratings[rating] = row
            hint = QLabel(question)
            hint.setEnabled(False)
            hint.setWordWrap(True)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(row)
            box.addWidget(hint)
            label = QLabel(f"<b>{name}</b>")
            form.addRow(label, box)
        form.addRow(self.tr("What &works"), self.what_works)
        form.addRow(self.tr("What to &change"), self.what_to_change)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def set_rating(self, rating: str, value: int) -> None:
        self.ratings[rating].set_value(value)

    def checkin(self) -> Checkin:
        """The check-in as entered (keeping the id of the one being edited)."""
        base = self._original
        return Checkin(
            id=base.id if base else None,
            mentor_id=base.mentor_id if base else self._mentor_id,
            held_on=self.held_on.date().toPython(),
            what_works=self.what_works.toPlainText().strip(),
            what_to_change=self.what_to_change.toPlainText().strip(),
            created_at=base.created_at if base else None,
            **{rating: self.ratings[rating].value() for rating in RATINGS},
        )

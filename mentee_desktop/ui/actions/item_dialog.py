"""Adding or editing one action item: what was promised, by whom, and by when."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QMimeData
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.ui.widgets.dates import DateField
from mentee_desktop.ui.widgets.form_problem import FormProblem
from mentee_desktop.ui.widgets.text_fields import fit_wrapping

#: QLineEdit cuts pasted text at 32,767 characters by default; we never drop what was typed
TITLE_MAX_CHARS = 2_000_000


#: a run this long without a space makes word wrapping quadratic in Qt (minutes for 1 MB)


class DetailsEdit(QPlainTextEdit):
    """A plain-text editor that stays responsive when a huge unbroken text is pasted.

    Qt's word wrap needs minutes to lay out a megabyte without spaces; such text is wrapped
    anywhere instead (decided before the text goes in, because laying out is what takes long).
    """

    def setPlainText(self, text: str) -> None:
        self._fit_wrapping(text, replace=True)
        super().setPlainText(text)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self._fit_wrapping(source.text(), replace=False)
        super().insertFromMimeData(source)

    def insertPlainText(self, text: str) -> None:
        self._fit_wrapping(text, replace=False)
        super().insertPlainText(text)

    def _fit_wrapping(self, text: str, *, replace: bool) -> None:
        fit_wrapping(self, text, keep_anywhere=not replace)


class ActionItemDialog(QDialog):
    """Title, details, owner, optional due date (and status when editing).

    ``save`` gets the item when OK is pressed and returns True once it is stored; when it
    fails (full disk, read-only file) the dialog stays open with everything the user typed.
    """

    def __init__(
        self,
        mentor_id: int,
        today: date,
        clock: Callable[[], datetime],
        *,
        item: ActionItem | None = None,
        meeting_id: int | None = None,
        source_text: str = "",
        save: Callable[[ActionItem], bool] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit action item") if item else self.tr("New action item"))
        self._original = item
        self._mentor_id = mentor_id
        self._meeting_id = meeting_id
        self._clock = clock
        self._save = save

        self.title = QLineEdit(item.title if item else "")
        self.title.setMaxLength(TITLE_MAX_CHARS)
        self.title.setPlaceholderText(self.tr("What was promised, e.g. “Send the draft to Amara”"))
        self.details = DetailsEdit()
        self.details.setPlainText(item.details if item else "")
        self.details.setPlaceholderText(self.tr("Details, links, the first small step…"))
        self.details.setTabChangesFocus(True)
        self.details.setMinimumHeight(70)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("Me"), "me")
        self.owner.addItem(self.tr("My mentor"), "mentor")
        self.owner.setCurrentIndex(max(0, self.owner.findData(item.owner if item else "me")))
        self.has_due = QCheckBox(self.tr("By"))
        self.due = DateField()
        due = item.due_on if item and item.due_on else today + timedelta(days=7)
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.has_due.setChecked(bool(item and item.due_on))
        self.due.setEnabled(self.has_due.isChecked())
        self.status = QComboBox()
        for value, label in [
            ("open", self.tr("Open")),
            ("done", self.tr("Done")),
            ("dropped", self.tr("Dropped")),
        ]:
            self.status.addItem(label, value)
        self.status.setCurrentIndex(max(0, self.status.findData(item.status if item else "open")))
        self.error = FormProblem()

        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("&What"), self.title)
        form.addRow(self.tr("&Details"), self.details)
        form.addRow(self.tr("Who &promised"), self.owner)
        form.addRow(self.tr("Due"), due_row)
        if item is not None:
            form.addRow(self.tr("&Status"), self.status)
        if source_text:
            source = QLabel(source_text)
            source.setAccessibleName(self.tr("Where this action item came from"))
            form.addRow(self.tr("Linked to"), source)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if item else self.tr("Add"))
        form.addRow(buttons)
        for widget, name in [
            (self.title, self.tr("Action item title")),
            (self.details, self.tr("Action item details")),
            (self.owner, self.tr("Who promised it")),
            (self.has_due, self.tr("Has a due date")),
            (self.due, self.tr("Due date")),
            (self.status, self.tr("Action item status")),
        ]:
            widget.setAccessibleName(name)
        self.resize(540, self.minimumSizeHint().height() + 60)
        self._connect_callbacks(buttons)
        self.error.hide_when_edited(self)

    def _connect_callbacks(self, buttons: QDialogButtonBox) -> None:
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.has_due.toggled.connect(self.due.setEnabled)

    def accept(self) -> None:
        if not self.action_item().title.strip():
            self.error.say(self.tr("Please say what was promised."), self.title)
            return
        if self._save is not None and not self._save(self.action_item()):
            self.error.say(self.tr("Not saved yet; your text is still here. Try again."))
            return
        super().accept()

    def action_item(self) -> ActionItem:
        """The item as entered; ticking "Done" here records now as its completion time."""
        status = self.status.currentData() if self._original else "open"
        base = self._original
        # text the user did not touch is kept exactly as stored (an editor would turn "\r\n"
        # into "\n" and the title loses its outer spaces)
        keep_title = base is not None and not self.title.isModified()
        keep_details = base is not None and not self.details.document().isModified()
        fields = {
            "title": base.title if keep_title else self.title.text().strip(),
            "details": base.details if keep_details else self.details.toPlainText(),
            "owner": self.owner.currentData(),
            "due_on": self.due.date().toPython() if self.has_due.isChecked() else None,
            "status": status,
        }
        if base is None:
            return ActionItem(mentor_id=self._mentor_id, meeting_id=self._meeting_id, **fields)
        if status != "done":
            fields["completed_at"] = None
        elif base.status != "done" or base.completed_at is None:
            fields["completed_at"] = self._clock()
        return replace(base, **fields)

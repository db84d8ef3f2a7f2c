"""The editor of one agenda item: its text, details, kind, who raised it, and whether discussed.

The editor holds the item as last stored plus what the mentee changed; it never writes. It
says ``edited`` while the mentee types (the tab saves after a pause) and ``committed`` when
an edit should be stored at once (focus left a text field, a choice was made). Text is plain
text everywhere: what is typed comes back exactly as typed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data.agenda_items import KINDS, AgendaItem
from mentee_desktop.ui.prepare.words import kind_name
from mentee_desktop.ui.widgets.text_fields import PlainTextField


def _text_label(kind: str) -> str:
    return {
        "question": QCoreApplication.translate("AgendaEditor", "Your question"),
        "topic": QCoreApplication.translate("AgendaEditor", "The topic"),
        "update": QCoreApplication.translate("AgendaEditor", "What you promised, and how it went"),
        "share": QCoreApplication.translate("AgendaEditor", "What you can share"),
        "feedback": QCoreApplication.translate("AgendaEditor", "What you want feedback on"),
    }[kind]


class AgendaEditor(QWidget):
    #: the mentee typed (save after a short pause)
    edited = Signal()
    #: an edit should be stored now (focus left a field, a choice changed)
    committed = Signal()
    delete_requested = Signal()
    #: the id of the action item an "update" comes from
    open_action_item_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._item: AgendaItem | None = None
        self._text_dirty = False
        self._details_dirty = False
        self._choice_dirty = False
        self._loading = False

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.origin_label = QLabel()
        self.origin_label.setTextFormat(Qt.TextFormat.PlainText)
        self.origin_label.setWordWrap(True)
        self.origin_label.setObjectName("originLabel")
        self.open_action_button = QPushButton(self.tr("Open the action item"))
        self.open_action_button.setAccessibleName(self.tr("Open the action item"))

        self.text_label = QLabel()
        self.text_edit = PlainTextField(
            self.tr("Agenda item text"), self.tr("Write it the way you would say it")
        )
        self.text_edit.setMinimumHeight(64)
        self.text_label.setBuddy(self.text_edit)
        self.details_label = QLabel()
        self.details_edit = PlainTextField(self.tr("Details"))
        self.details_label.setBuddy(self.details_edit)

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of agenda item"))
        for kind in KINDS:
            self.kind_combo.addItem(kind_name(kind), kind)
        self.raised_me = QRadioButton(self.tr("Me"))
        self.raised_me.setAccessibleName(self.tr("Raised by me"))
        self.raised_mentor = QRadioButton(self.tr("My mentor"))
        self.raised_mentor.setAccessibleName(self.tr("Raised by my mentor"))
        self.raised_group = QButtonGroup(self)
        self.raised_group.addButton(self.raised_me)
        self.raised_group.addButton(self.raised_mentor)
        self.discussed_check = QCheckBox(self.tr("&Discussed in the meeting"))
        self.discussed_check.setAccessibleName(self.tr("Discussed in the meeting"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete this agenda item"))
        self.delete_button.setToolTip(self.tr("Delete (you can undo with Ctrl+Z)"))
        self.saved_hint = QLabel(self.tr("Changes are saved as you type."))
        self.saved_hint.setEnabled(False)

        self._build_layout()
        self._connect_callbacks()
        self.show_item(None)

    def _build_layout(self) -> None:
        raised = QHBoxLayout()
        raised.setContentsMargins(0, 0, 0, 0)
        raised.addWidget(self.raised_me)
        raised.addWidget(self.raised_mentor)
        raised.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        kind_label = QLabel(self.tr("&Kind"))
        kind_label.setBuddy(self.kind_combo)
        form.addRow(kind_label, self.kind_combo)
        form.addRow(QLabel(self.tr("Raised by")), raised)
        form.addRow("", self.discussed_check)
        origin = QHBoxLayout()
        origin.addWidget(self.origin_label, 1)
        origin.addWidget(self.open_action_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_hint, 1)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addLayout(origin)
        layout.addSpacing(4)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text_edit, 2)
        layout.addWidget(self.details_label)
        layout.addWidget(self.details_edit, 3)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(bottom)
        for first, second in [
            (self.text_edit, self.details_edit),
            (self.details_edit, self.kind_combo),
            (self.kind_combo, self.raised_me),
            (self.raised_me, self.raised_mentor),
            (self.raised_mentor, self.discussed_check),
            (self.discussed_check, self.delete_button),
        ]:
            QWidget.setTabOrder(first, second)

    def _connect_callbacks(self) -> None:
        self.text_edit.textChanged.connect(self._text_changed)
        self.details_edit.textChanged.connect(self._details_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.raised_group.buttonToggled.connect(self._raised_changed)
        self.discussed_check.toggled.connect(self._choice_changed)
        self.delete_button.clicked.connect(self.delete_requested)
        self.open_action_button.clicked.connect(self._open_action_item)
        self.text_edit.focus_left.connect(self._focus_left)
        self.details_edit.focus_left.connect(self._focus_left)

    # ----- what the tab asks
    @property
    def item_id(self) -> int | None:
        return None if self._item is None else self._item.id

    @property
    def item(self) -> AgendaItem | None:
        """The item as last stored (or the draft), without the edits not yet saved."""
        return self._item

    def is_dirty(self) -> bool:
        if self._item is None:
            return False
        if self._item.id is None:
            return bool(self.text_edit.text().strip())
        return self._text_dirty or self._details_dirty or self._choice_dirty

    def current_item(self) -> AgendaItem | None:
        """The item with the mentee's edits applied."""
        if self._item is None:
            return None
        base = self._item
        if self.discussed_check.isChecked():
            status = "discussed"
        else:
            status = "open" if base.status == "discussed" else base.status
        return replace(
            base,
            text=self.text_edit.text() if self._text_dirty else base.text,
            details=self.details_edit.text() if self._details_dirty else base.details,
            kind=self.kind_combo.currentData() or base.kind,
            raised_by="mentor" if self.raised_mentor.isChecked() else "me",
            status=status,
        )

    def show_item(self, item: AgendaItem | None, origin: str = "") -> None:
        """Show an item (or a draft with id None); None empties and disables the editor."""
        self._item = item
        self._loading = True
        try:
            self.text_edit.set_text(item.text if item else "")
            self.details_edit.set_text(item.details if item else "")
            self._show_choices(item)
        finally:
            self._loading = False
        self._text_dirty = self._details_dirty = self._choice_dirty = False
        self.origin_label.setText(origin)
        self.origin_label.setVisible(bool(origin))
        self.open_action_button.setVisible(item is not None and item.action_item_id is not None)
        self.setEnabled(item is not None)

    def rebase(self, stored: AgendaItem) -> None:
        """Take the stored item as the new base, keeping edits that are not saved yet."""
        self._item = stored
        self._loading = True
        try:
            if not self._text_dirty and self.text_edit.text() != stored.text:
                self.text_edit.set_text(stored.text)
            if not self._details_dirty and self.details_edit.text() != stored.details:
                self.details_edit.set_text(stored.details)
            if not self._choice_dirty:
                self._show_choices(stored)
        finally:
            self._loading = False

    def mark_saved(self, stored: AgendaItem) -> None:
        """The edits reached the store as ``stored``."""
        self._item = stored
        self._text_dirty = self._details_dirty = self._choice_dirty = False

    def focus_text(self) -> None:
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)

    # ----- internals
    def _show_choices(self, item: AgendaItem | None) -> None:
        kind = item.kind if item else "question"
        self.kind_combo.setCurrentIndex(KINDS.index(kind))
        (self.raised_mentor if item and item.raised_by == "mentor" else self.raised_me).setChecked(
            True
        )
        self.discussed_check.setChecked(bool(item) and item.status == "discussed")
        self._show_kind_labels(kind)

    def _show_kind_labels(self, kind: str) -> None:
        self.heading.setText(kind_name(kind))
        self.text_label.setText(_text_label(kind))
        if kind == "feedback":
            self.details_label.setText(self.tr("My own observation"))
            self.details_edit.setPlaceholderText(
                self.tr("What do you think yourself? Write it before you hear your mentor.")
            )
            self.details_edit.setAccessibleName(self.tr("My own observation"))
        else:
            self.details_label.setText(self.tr("Details"))
            self.details_edit.setPlaceholderText(
                self.tr("Background, an example, what you tried so far (optional)")
            )
            self.details_edit.setAccessibleName(self.tr("Details"))

    def _text_changed(self) -> None:
        if not self._loading:
            self._text_dirty = True
            self.edited.emit()

    def _details_changed(self) -> None:
        if not self._loading:
            self._details_dirty = True
            self.edited.emit()

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        if kind:
            self._show_kind_labels(kind)
        self._choice_changed()

    def _raised_changed(self, _button, checked: bool) -> None:
        if checked:
            self._choice_changed()

    def _choice_changed(self, *_args) -> None:
        if not self._loading:
            self._choice_dirty = True
            self.committed.emit()

    def _open_action_item(self) -> None:
        if self._item is not None and self._item.action_item_id is not None:
            self.open_action_item_requested.emit(self._item.action_item_id)

    def _focus_left(self) -> None:
        if self.is_dirty():
            self.committed.emit()

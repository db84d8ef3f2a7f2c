"""The bar above the tabs: which mentor, which meeting, and the buttons to add or change them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from mentee_desktop.data import lifecycle, meetings, mentors
from mentee_desktop.ui.shell.meeting_combo import MeetingCombo
from mentee_desktop.ui.shell.meeting_list_model import MeetingListModel
from mentee_desktop.ui.shell.services import AppServices


class SelectorBar(QWidget):
    #: mentor id and meeting id (-1 for none)
    selection_changed = Signal(int, int)

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.mentor_combo = QComboBox()
        self.mentor_combo.setAccessibleName(self.tr("Mentor"))
        self.mentor_combo.setMinimumContentsLength(12)
        self.mentor_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mentor_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_mentor_button = QPushButton(self.tr("Add…"))
        self.add_mentor_button.setAccessibleName(self.tr("Add a mentor"))
        self.edit_mentor_button = QPushButton(self.tr("Edit…"))
        self.edit_mentor_button.setAccessibleName(self.tr("Edit this mentor"))
        # archiving is rare: it lives in a small menu beside Edit, with "Show archived"
        self.more_button = QToolButton()
        self.more_button.setText("⋯")
        self.more_button.setToolTip(self.tr("Archive this mentor, show archived mentors"))
        self.more_button.setAccessibleName(self.tr("More mentor actions"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more_menu = QMenu(self.more_button)
        self.archive_button = more_menu.addAction(self.tr("Archive"))
        self.show_archived = more_menu.addAction(self.tr("Show archived mentors"))
        self.show_archived.setCheckable(True)
        self.more_button.setMenu(more_menu)
        self.meeting_model = MeetingListModel(services.db, self)
        self.meeting_model.user_zone = services.zone
        self.meeting_combo = MeetingCombo()
        self.meeting_combo.setModel(self.meeting_model)
        self.meeting_combo.setMaxVisibleItems(16)  # upcoming and a good stretch of the past
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.meeting_combo.setMinimumContentsLength(18)
        self.meeting_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.new_meeting_button = QPushButton(self.tr("New meeting…"))
        self.new_meeting_button.setAccessibleName(self.tr("Plan a new meeting"))
        self.edit_meeting_button = QPushButton(self.tr("Edit…"))
        self.edit_meeting_button.setAccessibleName(self.tr("Edit this meeting"))

        mentor_label = QLabel(self.tr("&Mentor"))
        mentor_label.setBuddy(self.mentor_combo)
        meeting_label = QLabel(self.tr("Mee&ting"))
        meeting_label.setBuddy(self.meeting_combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(mentor_label)
        layout.addWidget(self.mentor_combo, 2)
        for widget in (self.add_mentor_button, self.edit_mentor_button, self.more_button):
            layout.addWidget(widget)
        layout.addSpacing(16)
        layout.addWidget(meeting_label)
        layout.addWidget(self.meeting_combo, 3)
        layout.addWidget(self.new_meeting_button)
        layout.addWidget(self.edit_meeting_button)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.mentor_combo.currentIndexChanged.connect(self._mentor_picked)
        self.meeting_combo.currentIndexChanged.connect(self._emit_selection)
        self.add_mentor_button.clicked.connect(self.add_mentor)
        self.edit_mentor_button.clicked.connect(self.edit_mentor)
        self.archive_button.triggered.connect(self.toggle_archived)
        self.show_archived.toggled.connect(lambda _: self.reload_mentors(self.mentor_id()))
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.edit_meeting_button.clicked.connect(self.edit_meeting)

    # ----- reading the selection
    def mentor_id(self) -> int | None:
        value = self.mentor_combo.currentData()
        return int(value) if value is not None else None

    def meeting_id(self) -> int | None:
        value = self.meeting_combo.currentData(MeetingListModel.MeetingIdRole)
        return int(value) if value is not None else None

    # ----- loading
    def reload_mentors(self, select_id: int | None = None, meeting_id: int | None = None) -> None:
        """List the mentors again and select one (the first by default) and its meeting."""
        include = self.show_archived.isChecked()
        people = self.services.read(mentors.list_all, include_archived=include)
        self.mentor_combo.blockSignals(True)
        self.mentor_combo.clear()
        for person in people:
            label = person.name + (self.tr(" (archived)") if person.archived else "")
            self.mentor_combo.addItem(label, person.id)
        index = self.mentor_combo.findData(select_id) if select_id is not None else 0
        self.mentor_combo.setCurrentIndex(max(0, index) if people else -1)
        self.mentor_combo.blockSignals(False)
        self._update_buttons()
        self.reload_meetings(meeting_id)

    def reload_meetings(self, select_id: int | None = None) -> None:
        """List the mentor's meetings again; show ``select_id``, or the one that matters now."""
        self.meeting_combo.blockSignals(True)
        now = self.services.now()
        self.meeting_model.load(self.mentor_id(), now)
        row = self.meeting_model.row_of(select_id) if select_id is not None else -1
        self.meeting_combo.setCurrentIndex(row if row >= 0 else self.meeting_model.default_row(now))
        self.meeting_combo.blockSignals(False)
        self._update_buttons()
        self._emit_selection()

    def select(self, mentor_id: int | None, meeting_id: int | None) -> None:
        """Show this mentor and meeting (archived mentors are shown when needed)."""
        if mentor_id is not None and self.mentor_combo.findData(mentor_id) < 0:
            self.show_archived.blockSignals(True)
            self.show_archived.setChecked(True)
            self.show_archived.blockSignals(False)
        self.reload_mentors(mentor_id, meeting_id)  # one selection change, not two

    def _mentor_picked(self) -> None:
        self.reload_meetings(None)

    def _emit_selection(self) -> None:
        self._update_buttons()
        mentor = self.mentor_id()
        meeting = self.meeting_id()
        self.selection_changed.emit(
            -1 if mentor is None else mentor, -1 if meeting is None else meeting
        )

    def _update_buttons(self) -> None:
        has_mentor = self.mentor_id() is not None
        for control in (self.edit_mentor_button, self.archive_button, self.new_meeting_button):
            control.setEnabled(has_mentor)
        self.meeting_combo.setEnabled(has_mentor)
        self.edit_meeting_button.setEnabled(self.meeting_id() is not None)
        if has_mentor:
            archived = self.services.read(mentors.get, self.mentor_id()).archived
            self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))

    # ----- actions
    def add_mentor(self) -> int | None:
        from mentee_desktop.ui.shell.mentor_meeting_dialogs import (
            MentorDialog,  # dialogs load when first used
        )

        dialog = MentorDialog(parent=self.window(), today=self.services.today())
        if not dialog.exec():
            return None
        added = self.services.call("mentor", mentors.add, dialog.mentor(), now=self.services.now())
        if added is not None:
            self.reload_mentors(added.id)
            return added.id
        return None

    def edit_mentor(self) -> None:
        mentor_id = self.mentor_id()
        if mentor_id is None:
            return
        from mentee_desktop.ui.shell.mentor_meeting_dialogs import MentorDialog

        dialog = MentorDialog(self.services.read(mentors.get, mentor_id), parent=self.window())
        if dialog.exec() and self.services.call("mentor", mentors.update, dialog.mentor()):
            self.reload_mentors(mentor_id)

    def toggle_archived(self) -> None:
        mentor_id = self.mentor_id()
        if mentor_id is None:
            return
        archived = self.services.read(mentors.get, mentor_id).archived
        if not archived:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self.window(),
                self.tr("Archive mentor"),
                self.tr(
                    "Archive this mentor? Their history is kept; tick “Show archived” to see it."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.services.call("mentor", mentors.set_archived, mentor_id, not archived)
        self.reload_mentors(mentor_id if archived or self.show_archived.isChecked() else None)

    def new_meeting(self) -> int | None:
        mentor_id = self.mentor_id()
        if mentor_id is None:
            return None
        from mentee_desktop.ui.shell.mentor_meeting_dialogs import MeetingDialog

        now = self.services.now()
        suggested = self.services.read(
            lifecycle.suggest_next, mentor_id, now, self.services.zone_name
        )
        dialog = MeetingDialog(
            mentor_id,
            self.services.zone_name,
            now,
            parent=self.window(),
            suggested=suggested,
            check=self._check_plan,
        )
        if not dialog.exec():
            return None
        return self.create_meeting(dialog.meeting())

    def _check_plan(self, meeting):
        return self.services.read(lifecycle.check_plan, meeting, self.services.now())

    def create_meeting(self, meeting) -> int | None:
        """Store a meeting with carry-over and say what was carried."""
        from mentee_desktop.data import agenda_items

        created = self.services.call("meeting", lifecycle.plan, meeting, now=self.services.now())
        if created is None:
            return None
        carried, updates = self.services.read(agenda_items.brought_in_counts, created.id)
        self.reload_meetings(created.id)
        window = self.window()
        if hasattr(window, "show_info"):
            if carried or updates:
                parts = []
                if carried:
                    text = self.tr("carried over %n open item(s) from last time", "", carried)
                    parts.append(text)
                if updates:
                    parts.append(self.tr("added %n update(s) on what you promised", "", updates))
                window.show_info(
                    self.tr("New meeting planned: {0}.").format(self.tr(" and ").join(parts))
                )
            else:
                window.show_info(self.tr("New meeting planned."))
        return created.id

    def edit_meeting(self) -> None:
        meeting_id = self.meeting_id()
        if meeting_id is None:
            return
        current = self.services.read(meetings.get, meeting_id)
        from mentee_desktop.ui.shell.mentor_meeting_dialogs import MeetingDialog

        dialog = MeetingDialog(
            current.mentor_id,
            self.services.zone_name,
            self.services.now(),
            current,
            parent=self.window(),
            check=self._check_plan,
        )
        edited = dialog.exec() and self.services.call(
            "meeting", lifecycle.edit, dialog.meeting(), now=self.services.now()
        )
        if edited:
            self.reload_meetings(meeting_id)

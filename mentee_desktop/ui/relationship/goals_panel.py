"""The goals panel of the Relationship tab: goals both partners set, and the dated progress
notes of the selected goal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from mentee_desktop.data import goals
from mentee_desktop.data.errors import RecordNotFoundError
from mentee_desktop.data.goals import GoalProgress
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.relationship.common import (
    DialogSlot,
    IdRole,
    RecordButtons,
    add_placeholder,
    day_text,
    fill_group,
    preview,
    record_tree,
    save_record,
    select_in_tree,
    selected_id,
)
from mentee_desktop.ui.relationship.goal_dialog import (
    GoalDialog,
    set_by_labels,
    status_labels,
    to_qdate,
)
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.widgets.dates import DateField


class GoalsPanel(QGroupBox):
    """Goals we set: the list, its commands, and the progress notes of the selected goal."""

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.mentor_id: int | None = None
        self.dialogs = DialogSlot()  # the goal dialog being shown
        self._build()
        self._connect_callbacks()

    def _build(self) -> None:
        self.setTitle(self.tr("Goals we set"))
        self.goal_tree = record_tree(
            self.tr("Goals"),
            [
                self.tr("Goal"),
                self.tr("Set by"),
                self.tr("Target"),
                self.tr("Status"),
                self.tr("Links"),
            ],
        )
        self.goal_tree.headerItem().setToolTip(4, self.tr("Linked agenda items, notes, actions"))
        self.goal_tree.setMinimumHeight(120)
        self.commands = RecordButtons(
            self.goal_tree,
            self.tr("New goal…"),
            (
                self.tr("Add a goal"),
                self.tr("Edit the selected goal"),
                self.tr("Delete the selected goal"),
            ),
        )
        self.new_goal_button = self.commands.new
        self.new_goal_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_goal_button = self.commands.edit
        self.delete_goal_button = self.commands.delete
        buttons = self.commands.row
        buttons.addStretch(1)

        self.progress_heading = QLabel()
        self.progress_heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.progress_heading.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.progress_heading.setFont(font)
        self.progress_list = QListWidget()
        self.progress_list.setAccessibleName(self.tr("Progress notes of the selected goal"))
        self.progress_list.setWordWrap(True)
        self.progress_list.setMinimumHeight(70)
        self.progress_date = DateField()
        self.progress_date.setAccessibleName(self.tr("Date of the progress note"))
        self.progress_text = QLineEdit()
        self.progress_text.setPlaceholderText(self.tr("What moved forward?"))
        self.progress_text.setAccessibleName(self.tr("Progress note"))
        self.add_progress_button = QPushButton(self.tr("Add note"))
        self.add_progress_button.setAccessibleName(self.tr("Add the progress note"))
        self.remove_progress_button = QPushButton(self.tr("Remove"))
        self.remove_progress_button.setAccessibleName(self.tr("Remove the selected progress note"))
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_date)
        progress_row.addWidget(self.progress_text, 1)
        progress_row.addWidget(self.add_progress_button)
        progress_row.addWidget(self.remove_progress_button)
        layout = fill_group(
            self,
            buttons,
            self.goal_tree,
            self.progress_heading,
            self.progress_list,
            progress_row,
        )
        layout.setStretchFactor(self.goal_tree, 3)
        layout.setStretchFactor(self.progress_list, 2)

    def _connect_callbacks(self) -> None:
        self.commands.connect(self.add_new, self.edit_goal, self.delete_goal, self._show_progress)
        self.add_progress_button.clicked.connect(self.add_progress)
        self.progress_text.returnPressed.connect(self.add_progress)
        self.progress_text.textChanged.connect(lambda _: self._update_buttons())
        self.progress_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.remove_progress_button.clicked.connect(self.remove_progress)

    # ----- reading
    def load(self, mentor_id: int) -> None:
        self.mentor_id = mentor_id
        self.progress_date.setDate(to_qdate(self.services.today()))
        selected = self.selected_goal_id()
        self.goal_tree.blockSignals(True)
        self.goal_tree.clear()
        who, statuses = set_by_labels(), status_labels()
        for goal in self.services.read(goals.list_for_mentor, mentor_id):
            counts = self.services.read(goals.linked_counts, goal.id)
            linked = sum(counts.values())
            item = QTreeWidgetItem(
                [
                    preview(goal.title),
                    who[goal.set_by],
                    day_text(goal.target_on),
                    statuses[goal.status],
                    str(linked) if linked else "",
                ]
            )
            item.setData(0, IdRole, goal.id)
            item.setToolTip(0, preview(goal.why) or preview(goal.title))
            item.setToolTip(
                4,
                self.tr("{0} agenda items, {1} listening notes, {2} action items").format(
                    counts["agenda_item"], counts["note"], counts["action_item"]
                ),
            )
            if goal.in_focus and goal.status == "active":
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                item.setToolTip(0, self.tr("In focus: on my agendas. ") + item.toolTip(0))
            if goal.status != "active":
                for column in range(5):
                    item.setForeground(
                        column, self.palette().brush(QPalette.ColorRole.PlaceholderText)
                    )
            self.goal_tree.addTopLevelItem(item)
        self.goal_tree.blockSignals(False)
        if not select_in_tree(self.goal_tree, selected) and self.goal_tree.topLevelItemCount():
            self.goal_tree.setCurrentItem(self.goal_tree.topLevelItem(0))
        self._show_progress()

    def _show_progress(self, select_id: int | None = None) -> None:
        goal_id = self.selected_goal_id()
        if select_id is None and self.progress_list.currentItem() is not None:
            select_id = self.progress_list.currentItem().data(IdRole)
        self.progress_list.clear()
        if goal_id is None:
            self.progress_heading.setText(self.tr("Progress: add a goal first"))
        else:
            title = self.goal_tree.currentItem().text(0)
            self.progress_heading.setText(self.tr("Progress on “{0}”").format(title[:80]))
            for entry in self.services.read(goals.list_progress, goal_id):
                item = QListWidgetItem(f"{day_text(entry.noted_on)} — {preview(entry.text)}")
                item.setData(IdRole, entry.id)
                item.setToolTip(entry.text[:2000])
                self.progress_list.addItem(item)
                if entry.id == select_id:
                    self.progress_list.setCurrentItem(item)
            add_placeholder(self.progress_list, self.tr("No progress noted yet."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_goal = self.commands.update()
        self.progress_text.setEnabled(has_goal)
        self.progress_date.setEnabled(has_goal)
        self.add_progress_button.setEnabled(has_goal and bool(self.progress_text.text().strip()))
        self.remove_progress_button.setEnabled(self.selected_progress_id() is not None)

    # ----- selection
    def selected_goal_id(self) -> int | None:
        return selected_id(self.goal_tree)

    def selected_progress_id(self) -> int | None:
        item = self.progress_list.currentItem()
        return item.data(IdRole) if item is not None else None

    def select_goal(self, goal_id: int) -> bool:
        return select_in_tree(self.goal_tree, goal_id)

    def select_progress(self, progress_id: int) -> bool:
        """Select a progress note and its goal."""
        try:
            entry = self.services.read(goals.get_progress, progress_id)
        except RecordNotFoundError:
            return False
        found = select_in_tree(self.goal_tree, entry.goal_id)
        self._show_progress(select_id=progress_id)
        return found and self.selected_progress_id() == progress_id

    # ----- commands
    def add_new(self) -> None:
        """A new goal for the mentor shown."""
        if self.mentor_id is None:
            return
        self.dialogs.open(
            GoalDialog(self.mentor_id, self.services.today(), parent=self), self._store
        )

    def edit_goal(self) -> None:
        goal_id = self.selected_goal_id()
        if goal_id is None:
            return
        goal = self.services.read(goals.get, goal_id)
        self.dialogs.open(
            GoalDialog(goal.mentor_id, self.services.today(), goal, parent=self), self._store
        )

    def _store(self, dialog: GoalDialog) -> None:
        save_record(
            self.services, RecordKind.GOAL, dialog.goal(), goals.add, goals.update, self.goal_tree
        )

    def delete_goal(self) -> None:
        goal_id = self.selected_goal_id()
        if goal_id is None:
            return
        deleted = self.services.call(RecordKind.GOAL, goals.delete_keeping_links, goal_id)
        if deleted is None:
            return
        self.services.offer_undo(
            self.tr("Deleted the goal “{0}”.").format(preview(deleted.goal.title)[:60]),
            lambda: self.services.call(RecordKind.GOAL, goals.restore_with_links, deleted),
        )

    def add_progress(self) -> None:
        goal_id = self.selected_goal_id()
        text = self.progress_text.text().strip()
        if goal_id is None or not text:
            return
        entry = GoalProgress(goal_id, text, self.progress_date.date().toPython())
        saved = self.services.call(
            RecordKind.GOAL, goals.add_progress, entry, now=self.services.now()
        )
        if saved is not None:
            self.progress_text.clear()
            self._show_progress(select_id=saved.id)

    def remove_progress(self) -> None:
        progress_id = self.selected_progress_id()
        if progress_id is None:
            return
        removed = self.services.call(RecordKind.GOAL, goals.remove_progress, progress_id)
        if removed is None:
            return
        self.services.offer_undo(
            self.tr("Removed a progress note of {0}.").format(day_text(removed.noted_on)),
            lambda: self.services.call(RecordKind.GOAL, goals.add_progress, removed),
        )

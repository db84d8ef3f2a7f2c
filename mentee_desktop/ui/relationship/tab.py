"""The Relationship tab: the partnership itself, for the selected mentor.

Goals both partners set (with dated progress), relationship check-ins with their trend, what I
shared and what I learned (mutual learning made visible), both partners' follow-through, and a
friendly prompt when a check-in is due.
"""

from __future__ import annotations

import html
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QFont, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data import (
    action_items,
    agenda_items,
    checkins,
    goals,
    listening_notes,
    mentors,
    settings,
)
from mentee_desktop.data.errors import RecordNotFoundError
from mentee_desktop.data.goals import GoalProgress
from mentee_desktop.ui.relationship.checkin_dialog import CheckinDialog
from mentee_desktop.ui.relationship.goal_dialog import (
    GoalDialog,
    set_by_labels,
    status_labels,
    to_qdate,
)
from mentee_desktop.ui.relationship.trend_chart import TrendChart
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.shell.tab_base import MentoringTab

CHECKIN_EVERY_KEY = "relationship.checkin_every"
#: store changes that can alter what this tab shows
RELEVANT_KINDS = {
    "goal",
    "checkin",
    "agenda_item",
    "note",
    "action_item",
    "meeting",
    "mentor",
    "settings",
}
IdRole = Qt.ItemDataRole.UserRole
PREVIEW_CHARS = 300


def _day(day: date | None) -> str:
    if not day:
        return ""
    day_format = QCoreApplication.translate("Dates", "d MMM yyyy", "Qt date format: 25 Nov 2026")
    return QLocale().toString(to_qdate(day), day_format)


def _preview(text: str) -> str:
    """One line of a possibly long text, for a list row."""
    line = " ".join(text[: PREVIEW_CHARS * 2].split())
    return line if len(line) <= PREVIEW_CHARS else line[: PREVIEW_CHARS - 1] + "…"


def _meeting_day(starts_at: datetime, zone_name: str) -> date:
    try:
        return starts_at.astimezone(ZoneInfo(zone_name)).date()
    except (ValueError, KeyError):
        return starts_at.date()


class _Banner(QFrame):
    """A frame whose wrapped text does not make the scroll area size the tab by its width.

    (A height-for-width child makes QScrollArea use the preferred height, which scrolls
    a tab that would fit.)
    """

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.width() > 0 and self.layout() is not None:
            hint.setHeight(self.layout().totalHeightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the text wraps differently: ask for a new height


class RelationshipTab(MentoringTab):
    title = QT_TRANSLATE_NOOP("MainWindow", "Relationship")

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.dialog: QDialog | None = None  # the goal or check-in dialog being shown
        self._mentor_name = ""
        self._stale = False  # the store changed while the tab was hidden
        self._build()
        self._connect_callbacks()
        self.reload()

    # ----- construction
    def _build(self) -> None:
        self.empty = QLabel(self.tr("Pick or add a mentor to see your relationship."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)

        self.banner = _Banner()
        self.banner.setObjectName("checkinBanner")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_button = QPushButton(self.tr("Record a check-in"))
        self.banner_button.setAccessibleName(self.tr("Record a relationship check-in now"))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 8, 8, 8)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()

        self.follow_through = QLabel()
        self.follow_through.setTextFormat(Qt.TextFormat.RichText)
        self.follow_through.setAccessibleName(self.tr("Follow-through of both partners"))
        self.follow_through.setToolTip(
            self.tr("Promises (action items) kept on time, kept late and still open.")
        )

        columns = QHBoxLayout()
        columns.addWidget(self._build_goals(), 11)
        columns.addWidget(self._build_checkins(), 10)
        gathered = QHBoxLayout()
        self.shared_list = self._gathered_list(self.tr("What I shared with my mentor"))
        self.learned_list = self._gathered_list(self.tr("What I learned"))
        self.shared_box = self._group(self.tr("What I shared with my mentor"), self.shared_list)
        self.learned_box = self._group(self.tr("What I learned"), self.learned_list)
        gathered.addWidget(self.shared_box)
        gathered.addWidget(self.learned_box)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.follow_through)
        layout.addLayout(columns, 3)
        layout.addLayout(gathered, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

    def _group(self, title: str, *widgets) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            if isinstance(widget, QWidget):
                layout.addWidget(widget)
            else:
                layout.addLayout(widget)
        return box

    def _gathered_list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.setWordWrap(True)
        widget.setMinimumHeight(90)
        widget.setAlternatingRowColors(True)
        return widget

    def _tree(self, name: str, headers: list[str], stretch: int = 0) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setAccessibleName(name)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setAllColumnsShowFocus(True)
        header = tree.header()
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode
            header.setSectionResizeMode(
                column, mode.Stretch if column == stretch else mode.ResizeToContents
            )
        return tree

    def _build_goals(self) -> QGroupBox:
        self.goal_tree = self._tree(
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
        self.new_goal_button = QPushButton(self.tr("New goal…"))
        self.new_goal_button.setAccessibleName(self.tr("Add a goal"))
        self.new_goal_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_goal_button = QPushButton(self.tr("Edit…"))
        self.edit_goal_button.setAccessibleName(self.tr("Edit the selected goal"))
        self.delete_goal_button = QPushButton(self.tr("Delete"))
        self.delete_goal_button.setAccessibleName(self.tr("Delete the selected goal"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_goal_button)
        buttons.addWidget(self.edit_goal_button)
        buttons.addWidget(self.delete_goal_button)
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
        self.progress_date = QDateEdit()
        self.progress_date.setCalendarPopup(True)
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
        box = self._group(
            self.tr("Goals we set"),
            buttons,
            self.goal_tree,
            self.progress_heading,
            self.progress_list,
            progress_row,
        )
        box.layout().setStretchFactor(self.goal_tree, 3)
        box.layout().setStretchFactor(self.progress_list, 2)
        return box

    def _build_checkins(self) -> QGroupBox:
        self.chart = TrendChart()
        self.checkin_tree = self._tree(
            self.tr("Check-ins"),
            [
                self.tr("Date"),
                self.tr("Trust"),
                self.tr("Comm."),
                self.tr("Learning"),
                self.tr("What works · what to change"),
            ],
            stretch=4,
        )
        self.checkin_tree.headerItem().setToolTip(2, self.tr("Communication"))
        self.checkin_tree.headerItem().setToolTip(3, self.tr("Mutual learning"))
        self.checkin_tree.setMinimumHeight(90)
        self.new_checkin_button = QPushButton(self.tr("Record a check-in…"))
        self.new_checkin_button.setAccessibleName(self.tr("Record a relationship check-in"))
        self.edit_checkin_button = QPushButton(self.tr("Edit…"))
        self.edit_checkin_button.setAccessibleName(self.tr("Edit the selected check-in"))
        self.delete_checkin_button = QPushButton(self.tr("Delete"))
        self.delete_checkin_button.setAccessibleName(self.tr("Delete the selected check-in"))
        self.every = QSpinBox()
        self.every.setRange(1, 52)
        self.every.setPrefix(self.tr("every "))
        self.every.setSuffix(self.tr(" meetings"))
        self.every.setAccessibleName(self.tr("Suggest a check-in every so many meetings"))
        self.every.setToolTip(self.tr("When to suggest the next check-in"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_checkin_button)
        buttons.addWidget(self.edit_checkin_button)
        buttons.addWidget(self.delete_checkin_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Suggest")))
        buttons.addWidget(self.every)
        box = self._group(self.tr("How we are doing"), buttons, self.chart, self.checkin_tree)
        box.layout().setStretchFactor(self.chart, 3)
        box.layout().setStretchFactor(self.checkin_tree, 2)
        return box

    def _connect_callbacks(self) -> None:
        self.services.store_changed.connect(self._store_changed)
        self.banner_button.clicked.connect(self.record_checkin)
        self.new_goal_button.clicked.connect(self.add_new)
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.delete_goal_button.clicked.connect(self.delete_goal)
        self.goal_tree.currentItemChanged.connect(lambda *_: self._show_progress())
        self.goal_tree.itemActivated.connect(lambda *_: self.edit_goal())
        self.add_progress_button.clicked.connect(self.add_progress)
        self.progress_text.returnPressed.connect(self.add_progress)
        self.progress_text.textChanged.connect(lambda _: self._update_buttons())
        self.progress_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.remove_progress_button.clicked.connect(self.remove_progress)
        self.new_checkin_button.clicked.connect(self.record_checkin)
        self.edit_checkin_button.clicked.connect(self.edit_checkin)
        self.delete_checkin_button.clicked.connect(self.delete_checkin)
        self.checkin_tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.checkin_tree.itemActivated.connect(lambda *_: self.edit_checkin())
        self.every.valueChanged.connect(self._every_changed)
        self.shared_list.itemActivated.connect(lambda item: self._open(item, "agenda_item"))
        self.learned_list.itemActivated.connect(lambda item: self._open(item, "note"))

    # ----- reading
    def _store_changed(self, kind: str) -> None:
        if kind in RELEVANT_KINDS:
            self._refresh()

    def set_context(self, mentor_id: int | None, meeting_id: int | None) -> None:
        self.mentor_id = mentor_id
        self.meeting_id = meeting_id
        self._refresh()

    def _refresh(self) -> None:
        """Reload now when shown, else when next shown: edits in other tabs stay cheap."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _ensure_fresh(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        if self.mentor_id is None:
            self.pages.setCurrentWidget(self.empty)
            return
        try:
            mentor = self.services.read(mentors.get, self.mentor_id)
        except RecordNotFoundError:  # the mentor was just deleted: show nothing, not fail
            self.pages.setCurrentWidget(self.empty)
            return
        self._mentor_name = mentor.name
        self.pages.setCurrentWidget(self.scroll)
        self.progress_date.setDate(to_qdate(self.services.today()))
        self._load_goals()
        self._load_checkins()
        self._load_gathered()
        self._load_follow_through()
        self._load_banner()
        self._update_buttons()

    def _first_name(self) -> str:
        words = self._mentor_name.split()
        return words[0] if words else self.tr("My mentor")

    def _load_goals(self) -> None:
        selected = self.selected_goal_id()
        self.goal_tree.blockSignals(True)
        self.goal_tree.clear()
        who, statuses = set_by_labels(), status_labels()
        for goal in self.services.read(goals.list_for_mentor, self.mentor_id):
            counts = self.services.read(goals.linked_counts, goal.id)
            linked = sum(counts.values())
            item = QTreeWidgetItem(
                [
                    _preview(goal.title),
                    who[goal.set_by],
                    _day(goal.target_on),
                    statuses[goal.status],
                    str(linked) if linked else "",
                ]
            )
            item.setData(0, IdRole, goal.id)
            item.setToolTip(0, _preview(goal.why) or _preview(goal.title))
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
        if (
            not self._select_in_tree(self.goal_tree, selected)
            and self.goal_tree.topLevelItemCount()
        ):
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
                item = QListWidgetItem(f"{_day(entry.noted_on)} — {_preview(entry.text)}")
                item.setData(IdRole, entry.id)
                item.setToolTip(entry.text[:2000])
                self.progress_list.addItem(item)
                if entry.id == select_id:
                    self.progress_list.setCurrentItem(item)
            if not self.progress_list.count():
                placeholder = QListWidgetItem(self.tr("No progress noted yet."))
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                self.progress_list.addItem(placeholder)
        self._update_buttons()

    def _load_checkins(self) -> None:
        selected = self.selected_checkin_id()
        rows = self.services.read(checkins.list_for_mentor, self.mentor_id)
        self.chart.set_checkins(rows)
        self.checkin_tree.blockSignals(True)
        self.checkin_tree.clear()
        for checkin in reversed(rows):  # newest first in the list
            words = " · ".join(t for t in (checkin.what_works, checkin.what_to_change) if t)
            item = QTreeWidgetItem(
                [
                    _day(checkin.held_on),
                    str(checkin.trust),
                    str(checkin.communication),
                    str(checkin.mutual_learning),
                    _preview(words),
                ]
            )
            item.setData(0, IdRole, checkin.id)
            for column in (1, 2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(
                4,
                self.tr("Works: {0}\nChange: {1}").format(
                    _preview(checkin.what_works), _preview(checkin.what_to_change)
                ),
            )
            self.checkin_tree.addTopLevelItem(item)
        self.checkin_tree.blockSignals(False)
        self._select_in_tree(self.checkin_tree, selected)

    def _load_gathered(self) -> None:
        today = self.services.today()
        self.shared_list.clear()
        for shared in self.services.read(agenda_items.shared_with_mentor, self.mentor_id):
            day = _meeting_day(shared.meeting_starts_at, shared.meeting_timezone)
            planned = (
                self.tr(" (planned)") if day > today or shared.meeting_status == "planned" else ""
            )
            self._gathered_item(
                self.shared_list, f"{_day(day)}{planned}", shared.item.text, shared.item.id
            )
        self._placeholder(
            self.shared_list,
            self.tr("Nothing yet. Add “something I can share” to a meeting's agenda."),
        )
        self.learned_list.clear()
        for learned in self.services.read(listening_notes.insights_for_mentor, self.mentor_id):
            day = _meeting_day(learned.meeting_starts_at, learned.meeting_timezone)
            self._gathered_item(self.learned_list, _day(day), learned.insight, learned.note_id)
        self._placeholder(
            self.learned_list,
            self.tr("Nothing yet. Insights from your listening notes gather here."),
        )

    def _gathered_item(self, widget: QListWidget, when: str, text: str, record_id: int) -> None:
        item = QListWidgetItem(f"{when} — {_preview(text)}")
        item.setData(IdRole, record_id)
        item.setToolTip(text[:2000])
        widget.addItem(item)

    def _placeholder(self, widget: QListWidget, text: str) -> None:
        if widget.count() == 0:
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)

    def _load_follow_through(self) -> None:
        parts = []
        for owner, name in [("me", self.tr("Me")), ("mentor", self._first_name())]:
            record = self.services.read(
                action_items.follow_through,
                self.services.today(),
                self.services.zone,
                mentor_id=self.mentor_id,
                owner=owner,
            )
            text = self.tr("done on time {0} · late {1} · open {2}").format(
                record.on_time, record.late, record.open
            )
            if record.overdue:
                text += self.tr(" ({0} overdue)").format(record.overdue)
            parts.append(f"<b>{html.escape(name)}:</b> {html.escape(text)}")
        heading = html.escape(self.tr("Follow-through"))
        self.follow_through.setText(
            f"<span style='font-weight:600'>{heading}</span>&nbsp;&nbsp;&nbsp;"
            + "&nbsp;&nbsp;&nbsp;&nbsp;".join(parts)
        )
        self.follow_through_plain = "   ".join(
            html.unescape(p.replace("<b>", "").replace("</b>", "")) for p in parts
        )

    def checkin_every(self) -> int:
        value = self.services.read(
            settings.get, CHECKIN_EVERY_KEY, checkins.DEFAULT_EVERY_N_MEETINGS
        )
        try:
            return max(1, int(value))
        except (TypeError, ValueError):
            return checkins.DEFAULT_EVERY_N_MEETINGS

    def _load_banner(self) -> None:
        every = self.checkin_every()
        self.every.blockSignals(True)
        self.every.setValue(every)
        self.every.setSuffix(self.tr(" meeting") if every == 1 else self.tr(" meetings"))
        self.every.blockSignals(False)
        if not self.services.read(checkins.checkin_due, self.mentor_id, every):
            self.banner.hide()
            return
        count = self.services.read(checkins.meetings_since_last_checkin, self.mentor_id)
        name = self._first_name()
        times = self.tr("once") if count == 1 else self.tr("{0} times").format(count)
        if self.services.read(checkins.list_for_mentor, self.mentor_id):
            text = self.tr(
                "You have met {0} {1} since your last relationship check-in. "
                "A few minutes on how the partnership is going helps you both."
            ).format(name, times)
        else:
            text = self.tr(
                "You have met {0} {1}. How is the partnership going? A short check-in on "
                "trust, communication and mutual learning helps you both."
            ).format(name, times)
        self.banner_text.setText(text)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        rgb = f"{colour.red()}, {colour.green()}, {colour.blue()}"
        self.banner.setStyleSheet(
            f"#checkinBanner {{ background: rgba({rgb}, 0.13); "
            f"border: 1px solid rgba({rgb}, 0.55); border-radius: 6px; }}"
        )
        self.banner.show()

    def _update_buttons(self) -> None:
        has_goal = self.selected_goal_id() is not None
        self.edit_goal_button.setEnabled(has_goal)
        self.delete_goal_button.setEnabled(has_goal)
        self.progress_text.setEnabled(has_goal)
        self.progress_date.setEnabled(has_goal)
        self.add_progress_button.setEnabled(has_goal and bool(self.progress_text.text().strip()))
        self.remove_progress_button.setEnabled(self.selected_progress_id() is not None)
        has_checkin = self.selected_checkin_id() is not None
        self.edit_checkin_button.setEnabled(has_checkin)
        self.delete_checkin_button.setEnabled(has_checkin)

    # ----- selection
    @staticmethod
    def _select_in_tree(tree: QTreeWidget, record_id: int | None) -> bool:
        if record_id is None:
            return False
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item.data(0, IdRole) == record_id:
                tree.setCurrentItem(item)
                tree.scrollToItem(item)
                return True
        return False

    def selected_goal_id(self) -> int | None:
        item = self.goal_tree.currentItem()
        return item.data(0, IdRole) if item is not None else None

    def selected_progress_id(self) -> int | None:
        item = self.progress_list.currentItem()
        return item.data(IdRole) if item is not None else None

    def selected_checkin_id(self) -> int | None:
        item = self.checkin_tree.currentItem()
        return item.data(0, IdRole) if item is not None else None

    def select_record(self, record_id: int) -> bool:
        """Select a goal (the window passes ids without their kind; see select_kind_record)."""
        return self.select_kind_record("goal", record_id)

    def select_kind_record(self, kind: str, record_id: int) -> bool:
        """Select a goal, a progress note (with its goal) or a check-in and show it."""
        self._ensure_fresh()
        if kind == "goal":
            found = self._select_in_tree(self.goal_tree, record_id)
            widget = self.goal_tree
        elif kind == "goal_progress":
            try:
                entry = self.services.read(goals.get_progress, record_id)
            except RecordNotFoundError:
                return False
            found = self._select_in_tree(self.goal_tree, entry.goal_id)
            self._show_progress(select_id=record_id)
            found = found and self.selected_progress_id() == record_id
            widget = self.progress_list
        elif kind == "checkin":
            found = self._select_in_tree(self.checkin_tree, record_id)
            widget = self.checkin_tree
        else:
            return False
        if found:
            self.scroll.ensureWidgetVisible(widget)
            widget.setFocus()
        return found

    # ----- goals
    def add_new(self) -> None:
        """Ctrl+N: a new goal."""
        self._ensure_fresh()
        if self.mentor_id is None:
            return
        self._open_dialog(GoalDialog(self.mentor_id, self.services.today(), parent=self))

    def edit_goal(self) -> None:
        goal_id = self.selected_goal_id()
        if goal_id is None:
            return
        goal = self.services.read(goals.get, goal_id)
        self._open_dialog(GoalDialog(goal.mentor_id, self.services.today(), goal, parent=self))

    def _open_dialog(self, dialog: QDialog) -> None:
        """Show a dialog window-modal without blocking; its answer is stored when accepted."""
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._dialog_accepted(dialog))
        dialog.finished.connect(lambda _: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _dialog_accepted(self, dialog: QDialog) -> None:
        if isinstance(dialog, GoalDialog):
            goal = dialog.goal()
            if goal.id is None:
                saved = self.services.call("goal", goals.add, goal, now=self.services.now())
            else:
                saved = self.services.call("goal", goals.update, goal)
            if saved is not None:
                self._select_in_tree(self.goal_tree, saved.id)
        elif isinstance(dialog, CheckinDialog):
            checkin = dialog.checkin()
            if checkin.id is None:
                saved = self.services.call(
                    "checkin", checkins.add, checkin, now=self.services.now()
                )
            else:
                saved = self.services.call("checkin", checkins.update, checkin)
            if saved is not None:
                self._select_in_tree(self.checkin_tree, saved.id)

    def delete_goal(self) -> None:
        goal_id = self.selected_goal_id()
        if goal_id is None:
            return
        deleted = self.services.call("goal", goals.delete_keeping_links, goal_id)
        if deleted is None:
            return
        self.services.offer_undo(
            self.tr("Deleted the goal “{0}”.").format(_preview(deleted.goal.title)[:60]),
            lambda: self.services.call("goal", goals.restore_with_links, deleted),
        )

    def add_progress(self) -> None:
        goal_id = self.selected_goal_id()
        text = self.progress_text.text().strip()
        if goal_id is None or not text:
            return
        entry = GoalProgress(goal_id, text, self.progress_date.date().toPython())
        saved = self.services.call("goal", goals.add_progress, entry, now=self.services.now())
        if saved is not None:
            self.progress_text.clear()
            self._show_progress(select_id=saved.id)

    def remove_progress(self) -> None:
        progress_id = self.selected_progress_id()
        if progress_id is None:
            return
        removed = self.services.call("goal", goals.remove_progress, progress_id)
        if removed is None:
            return
        self.services.offer_undo(
            self.tr("Removed a progress note of {0}.").format(_day(removed.noted_on)),
            lambda: self.services.call("goal", goals.add_progress, removed),
        )

    # ----- check-ins
    def record_checkin(self) -> None:
        self._ensure_fresh()
        if self.mentor_id is None:
            return
        self._open_dialog(
            CheckinDialog(
                self.mentor_id, self.services.today(), mentor_name=self._mentor_name, parent=self
            )
        )

    def edit_checkin(self) -> None:
        checkin_id = self.selected_checkin_id()
        if checkin_id is None:
            return
        checkin = self.services.read(checkins.get, checkin_id)
        self._open_dialog(
            CheckinDialog(
                checkin.mentor_id,
                self.services.today(),
                checkin,
                mentor_name=self._mentor_name,
                parent=self,
            )
        )

    def delete_checkin(self) -> None:
        checkin_id = self.selected_checkin_id()
        if checkin_id is None:
            return
        removed = self.services.call("checkin", checkins.delete, checkin_id)
        if removed is not None:
            self.services.offer_undo(
                self.tr("Deleted the check-in of {0}.").format(_day(removed.held_on)),
                lambda: self.services.call("checkin", checkins.restore, removed),
            )

    def _every_changed(self, value: int) -> None:
        self.services.call("settings", settings.put, CHECKIN_EVERY_KEY, value)

    # ----- gathered lists
    def _open(self, item: QListWidgetItem, kind: str) -> None:
        record_id = item.data(IdRole)
        if record_id is not None:
            self.services.open_record_requested.emit(kind, int(record_id))

"""The check-ins panel of the Relationship tab: how we are doing (trust, communication,
mutual learning) over time, and the friendly prompt when a check-in is due."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidgetItem,
    QWidget,
)

from mentee_desktop.data import checkins, settings
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.reminders.options import CHECKIN_EVERY as CHECKIN_EVERY_KEY
from mentee_desktop.ui.relationship.checkin_dialog import CheckinDialog
from mentee_desktop.ui.relationship.common import (
    DialogSlot,
    IdRole,
    RecordButtons,
    day_text,
    fill_group,
    preview,
    record_tree,
    save_record,
    select_in_tree,
    selected_id,
)
from mentee_desktop.ui.relationship.trend_chart import TrendChart
from mentee_desktop.ui.shell.services import AppServices


def checkin_every(services: AppServices) -> int:
    """How many meetings apart the mentee wants a check-in suggested."""
    value = services.read(settings.get, CHECKIN_EVERY_KEY, checkins.DEFAULT_EVERY_N_MEETINGS)
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return checkins.DEFAULT_EVERY_N_MEETINGS


class CheckinBanner(QFrame):
    """The prompt to record a check-in; its wrapped text does not make the scroll area size
    the tab by its width.

    (A height-for-width child makes QScrollArea use the preferred height, which scrolls
    a tab that would fit.)
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checkinBanner")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_button = QPushButton(self.tr("Record a check-in"))
        self.banner_button.setAccessibleName(self.tr("Record a relationship check-in now"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.banner_text, 1)
        layout.addWidget(self.banner_button)
        self.hide()

    def load(self, services: AppServices, mentor_id: int, first_name: str) -> None:
        """Show the prompt when a check-in is due, else hide."""
        if not services.read(checkins.checkin_due, mentor_id, checkin_every(services)):
            self.hide()
            return
        count = services.read(checkins.meetings_since_last_checkin, mentor_id)
        times = self.tr("once") if count == 1 else self.tr("{0} times").format(count)
        if services.read(checkins.list_for_mentor, mentor_id):
            text = self.tr(
                "You have met {0} {1} since your last relationship check-in. "
                "A few minutes on how the partnership is going helps you both."
            ).format(first_name, times)
        else:
            text = self.tr(
                "You have met {0} {1}. How is the partnership going? A short check-in on "
                "trust, communication and mutual learning helps you both."
            ).format(first_name, times)
        self.banner_text.setText(text)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        rgb = f"{colour.red()}, {colour.green()}, {colour.blue()}"
        self.setStyleSheet(
            f"#checkinBanner {{ background: rgba({rgb}, 0.13); "
            f"border: 1px solid rgba({rgb}, 0.55); border-radius: 6px; }}"
        )
        self.show()

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


class CheckinsPanel(QGroupBox):
    """How we are doing: the trend chart, the check-ins, and how often to suggest one."""

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.mentor_id: int | None = None
        self.mentor_name = ""
        self.dialogs = DialogSlot()  # the check-in dialog being shown
        self._build()
        self._connect_callbacks()

    def _build(self) -> None:
        self.setTitle(self.tr("How we are doing"))
        self.chart = TrendChart()
        self.checkin_tree = record_tree(
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
        self.commands = RecordButtons(
            self.checkin_tree,
            self.tr("Record a check-in…"),
            (
                self.tr("Record a relationship check-in"),
                self.tr("Edit the selected check-in"),
                self.tr("Delete the selected check-in"),
            ),
        )
        self.new_checkin_button = self.commands.new
        self.edit_checkin_button = self.commands.edit
        self.delete_checkin_button = self.commands.delete
        self.every = QSpinBox()
        self.every.setRange(1, 52)
        self.every.setPrefix(self.tr("every "))
        self.every.setSuffix(self.tr(" meetings"))
        self.every.setAccessibleName(self.tr("Suggest a check-in every so many meetings"))
        self.every.setToolTip(self.tr("When to suggest the next check-in"))
        buttons = self.commands.row
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Suggest")))
        buttons.addWidget(self.every)
        layout = fill_group(self, buttons, self.chart, self.checkin_tree)
        layout.setStretchFactor(self.chart, 3)
        layout.setStretchFactor(self.checkin_tree, 2)

    def _connect_callbacks(self) -> None:
        self.commands.connect(
            self.record_checkin, self.edit_checkin, self.delete_checkin, self.commands.update
        )
        self.every.valueChanged.connect(self._every_changed)

    def load(self, mentor_id: int, mentor_name: str) -> None:
        self.mentor_id, self.mentor_name = mentor_id, mentor_name
        selected = self.selected_checkin_id()
        rows = self.services.read(checkins.list_for_mentor, mentor_id)
        self.chart.set_checkins(rows)
        self.checkin_tree.blockSignals(True)
        self.checkin_tree.clear()
        for checkin in reversed(rows):  # newest first in the list
            words = " · ".join(t for t in (checkin.what_works, checkin.what_to_change) if t)
            item = QTreeWidgetItem(
                [
                    day_text(checkin.held_on),
                    str(checkin.trust),
                    str(checkin.communication),
                    str(checkin.mutual_learning),
                    preview(words),
                ]
            )
            item.setData(0, IdRole, checkin.id)
            for column in (1, 2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(
                4,
                self.tr("Works: {0}\nChange: {1}").format(
                    preview(checkin.what_works), preview(checkin.what_to_change)
                ),
            )
            self.checkin_tree.addTopLevelItem(item)
        self.checkin_tree.blockSignals(False)
        select_in_tree(self.checkin_tree, selected)
        every = checkin_every(self.services)
        self.every.blockSignals(True)
        self.every.setValue(every)
        self.every.setSuffix(self.tr(" meeting") if every == 1 else self.tr(" meetings"))
        self.every.blockSignals(False)
        self.commands.update()

    def selected_checkin_id(self) -> int | None:
        return selected_id(self.checkin_tree)

    def select_checkin(self, checkin_id: int) -> bool:
        return select_in_tree(self.checkin_tree, checkin_id)

    # ----- commands
    def record_checkin(self) -> None:
        if self.mentor_id is None:
            return
        self.dialogs.open(
            CheckinDialog(
                self.mentor_id, self.services.today(), mentor_name=self.mentor_name, parent=self
            ),
            self._store,
        )

    def edit_checkin(self) -> None:
        checkin_id = self.selected_checkin_id()
        if checkin_id is None:
            return
        checkin = self.services.read(checkins.get, checkin_id)
        self.dialogs.open(
            CheckinDialog(
                checkin.mentor_id,
                self.services.today(),
                checkin,
                mentor_name=self.mentor_name,
                parent=self,
            ),
            self._store,
        )

    def _store(self, dialog: CheckinDialog) -> None:
        save_record(
            self.services,
            RecordKind.CHECKIN,
            dialog.checkin(),
            checkins.add,
            checkins.update,
            self.checkin_tree,
        )

    def delete_checkin(self) -> None:
        checkin_id = self.selected_checkin_id()
        if checkin_id is None:
            return
        removed = self.services.call(RecordKind.CHECKIN, checkins.delete, checkin_id)
        if removed is not None:
            self.services.offer_undo(
                self.tr("Deleted the check-in of {0}.").format(day_text(removed.held_on)),
                lambda: self.services.call(RecordKind.CHECKIN, checkins.restore, removed),
            )

    def _every_changed(self, value: int) -> None:
        self.services.call(RecordKind.SETTINGS, settings.put, CHECKIN_EVERY_KEY, value)

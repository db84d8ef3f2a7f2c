"""What I shared with my mentor and what I learned: mutual learning made visible, gathered
from every meeting's agenda and listening notes. What I learned is a "Put to work" list: each
insight with whether I tried it (see put_to_work.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from mentee_desktop.data import agenda_items
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.relationship.common import (
    IdRole,
    add_placeholder,
    day_text,
    fill_group,
    meeting_day,
    preview,
    record_list,
)
from mentee_desktop.ui.relationship.put_to_work import PutToWorkPanel
from mentee_desktop.ui.shell.services import AppServices


class GatheredPanel(QWidget):
    """Two lists side by side; activating a row opens the agenda item or note it came from."""

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self._build()
        self._connect_callbacks()

    def _build(self) -> None:
        self.shared_list = record_list(self.tr("What I shared with my mentor"), 90)
        self.shared_box = QGroupBox(self.tr("What I shared with my mentor"))
        fill_group(self.shared_box, self.shared_list)
        self.put_to_work = PutToWorkPanel(self.services)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shared_box)
        layout.addWidget(self.put_to_work)

    def _connect_callbacks(self) -> None:
        self.shared_list.itemActivated.connect(
            lambda item: self._open(item, RecordKind.AGENDA_ITEM)
        )
        self.put_to_work.open_requested.connect(self.services.open_record_requested)

    def load(self, mentor_id: int) -> None:
        today = self.services.today()
        self.shared_list.clear()
        for shared in self.services.read(agenda_items.shared_with_mentor, mentor_id):
            day = meeting_day(shared.meeting_starts_at, shared.meeting_timezone)
            planned = (
                self.tr(" (planned)") if day > today or shared.meeting_status == "planned" else ""
            )
            self._add(
                self.shared_list, f"{day_text(day)}{planned}", shared.item.text, shared.item.id
            )
        add_placeholder(
            self.shared_list,
            self.tr("Nothing yet. Add “something I can share” to a meeting's agenda."),
        )
        self.put_to_work.load(mentor_id)

    @staticmethod
    def _add(widget: QListWidget, when: str, text: str, record_id: int) -> None:
        item = QListWidgetItem(f"{when} — {preview(text)}")
        item.setData(IdRole, record_id)
        item.setToolTip(text[:2000])
        widget.addItem(item)

    def _open(self, item: QListWidgetItem, kind: RecordKind) -> None:
        record_id = item.data(IdRole)
        if record_id is not None:
            self.services.open_record_requested.emit(kind, int(record_id))

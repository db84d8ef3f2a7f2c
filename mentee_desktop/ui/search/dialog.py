"""Ctrl+F: find any word ever written, as you type, and open it where it lives.

Results come ranked from the store's full-text index and are grouped by kind. Each shows a
snippet with the matched words in bold; user text is escaped before the markers become tags,
so HTML typed by the user is shown literally, never interpreted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data import checkins, goals, locate, meetings, mentors, search
from mentee_desktop.data.errors import RecordNotFoundError
from mentee_desktop.data.search import SearchHit
from mentee_desktop.ui.search.results import (
    ResultDelegate,
    ResultRow,
    SearchResultsModel,
    kind_heading,
)
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.widgets import dates

Index = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 150
RESULT_LIMIT = 60


class SearchDialog(QDialog):
    """A search field over everything; Enter or a click opens the record and closes this."""

    def __init__(
        self,
        services: AppServices,
        open_record: Callable[[str, int], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self._open_record = open_record
        self.setWindowTitle(self.tr("Search"))
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search everything you wrote…"))
        self.field.setAccessibleName(self.tr("Search text"))
        self.field.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.status = QLabel(self.tr("Type a word, or the start of one."))
        self.status.setEnabled(False)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setAccessibleName(self.tr("Search status"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.results.hide()
        self.resize(640, 480)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.field.textChanged.connect(lambda _: self.timer.start())
        self.timer.timeout.connect(self.run_search)
        self.field.returnPressed.connect(self.open_current)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.field.installEventFilter(self)

    # ----- searching
    def run_search(self) -> None:
        """Search for the field's text now (typing starts this after a short pause)."""
        self.timer.stop()
        text = self.field.text()
        hits = self.services.read(search.search, text, limit=RESULT_LIMIT) if text.strip() else []
        rows = self._rows(hits)
        self.model.set_rows(rows)
        if not text.strip():
            self._show_status(self.tr("Type a word, or the start of one."))
        elif not hits:
            self._show_status(self.tr("No matches"))
        else:
            self.status.hide()
            self.results.show()
            self.move_selection(1, from_row=-1)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        self.results.hide()

    def _rows(self, hits: list[SearchHit]) -> list[ResultRow]:
        contexts = self._contexts(hits)
        rows: list[ResultRow] = []
        for kind, group in search.grouped(hits).items():
            rows.append(ResultRow(kind, f"{kind_heading(kind)} ({len(group)})"))
            for hit in group:
                context = contexts.get((hit.kind, hit.record_id), "")
                rows.append(ResultRow(kind, hit=self._titled(hit), context=context))
        return rows

    def _titled(self, hit: SearchHit) -> SearchHit:
        """Give records without a title of their own (progress notes, check-ins) a telling one."""
        if hit.title.strip():
            return hit
        try:
            if hit.kind == "goal_progress":
                entry = self.services.read(goals.get_progress, hit.record_id)
                goal = self.services.read(goals.get, entry.goal_id)
                title = self.tr("Progress on “{0}”, {1}").format(
                    goal.title, dates.short_date(entry.noted_on)
                )
            elif hit.kind == "checkin":
                checkin = self.services.read(checkins.get, hit.record_id)
                title = self.tr("Check-in of {0}").format(dates.short_date(checkin.held_on))
            elif hit.kind == "meeting":
                title = self.tr("Meeting")
            else:
                return hit
        except RecordNotFoundError:
            return hit
        return replace(hit, title=title)

    def _contexts(self, hits: list[SearchHit]) -> dict[tuple[str, int], str]:
        """Whose record each hit is and, for meeting records, the meeting's date: read for
        all hits at once (a statement per kind, not three per hit)."""
        places = self.services.read(locate.locate_many, [(h.kind, h.record_id) for h in hits])
        if not places:
            return {}
        meeting_ids = [p.meeting_id for p in places.values() if p.meeting_id is not None]
        held = self.services.read(meetings.get_many, meeting_ids) if meeting_ids else {}
        names = {
            person.id: person.name
            for person in self.services.read(mentors.list_all, include_archived=True)
        }
        contexts: dict[tuple[str, int], str] = {}
        for key, where in places.items():
            parts = [names.get(where.mentor_id, "")] if key[0] != "mentor" else []
            meeting = held.get(where.meeting_id) if where.meeting_id is not None else None
            if meeting is not None:
                parts.append(dates.short_date(meeting.local_start.date()))
            contexts[key] = " · ".join(p for p in parts if p)
        return contexts

    # ----- moving and opening
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 8,
                Qt.Key.Key_PageUp: -8,
            }.get(event.key())
            if step is not None:
                if self.timer.isActive():
                    self.run_search()
                self.move_selection(step)
                return True
        return super().eventFilter(watched, event)

    def move_selection(self, step: int, *, from_row: int | None = None) -> None:
        """Select the next (or previous) hit, skipping the group headings."""
        rows = [r for r in range(self.model.rowCount()) if self._is_hit(r)]
        if not rows:
            return
        current = self.results.currentIndex().row() if from_row is None else from_row
        if step > 0:
            after = [r for r in rows if r > current]
            target = after[min(step, len(after)) - 1] if after else rows[-1]
        else:
            before = [r for r in rows if r < current]
            target = before[max(-len(before), step)] if before else rows[0]
        index = self.model.index(target)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)

    def _is_hit(self, row: int) -> bool:
        return not self.model.index(row).data(SearchResultsModel.IsHeadingRole)

    def current_hit(self) -> tuple[str, int] | None:
        index = self.results.currentIndex()
        if not index.isValid() or index.data(SearchResultsModel.IsHeadingRole):
            return None
        return index.data(SearchResultsModel.KindRole), index.data(SearchResultsModel.RecordIdRole)

    def open_current(self) -> None:
        """Enter: open the selected result (searching first if the pause has not passed)."""
        if self.timer.isActive():
            self.run_search()
        self._open_index(self.results.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid() or index.data(SearchResultsModel.IsHeadingRole):
            return
        kind = index.data(SearchResultsModel.KindRole)
        record_id = int(index.data(SearchResultsModel.RecordIdRole))
        self.accept()
        self._open_record(kind, record_id)

    def start(self) -> None:
        """Show the dialog with the last text selected, ready for new typing."""
        if self.field.text().strip():
            self.run_search()  # the store may have changed since the last search
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

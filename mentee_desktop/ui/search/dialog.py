"""Ctrl+F: find any word ever written, as you type, and open it where it lives.

Results come ranked from the store's full-text index and are grouped by kind. Each shows a
snippet with the matched words in bold; user text is escaped before the markers become tags,
so HTML typed by the user is shown literally, never interpreted.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data import checkins, goals, locate, meetings, mentors, search
from mentee_desktop.data.errors import RecordNotFoundError
from mentee_desktop.data.record_kind import RecordKindWords
from mentee_desktop.data.search import MATCH_END, MATCH_START, SearchHit
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.widgets import dates

Index = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 150
RESULT_LIMIT = 60


def kind_heading(kind: str) -> str:
    """A group heading in the mentee's words and language."""
    return RecordKindWords(QCoreApplication.translate).heading(kind)


def _day(day: date) -> str:
    return dates.short_date(day)


def snippet_html(snippet: str) -> str:
    """A snippet with matches in bold: the text is escaped first, then the markers replaced."""
    flat = " ".join(snippet.split())
    return html.escape(flat).replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


def matched_terms(snippet: str) -> set[str]:
    """The words the index marked as matches in a snippet."""
    pattern = re.escape(MATCH_START) + "(.*?)" + re.escape(MATCH_END)
    return {term for term in re.findall(pattern, snippet, flags=re.DOTALL) if term.strip()}


def mark_terms(text: str, terms: set[str]) -> str:
    """Escaped text with every whole-word occurrence of the terms in bold."""
    if not terms:
        return html.escape(text)
    words = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{words})(?!\w)")
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        parts.append(f"<b>{html.escape(match.group())}</b>")
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


@dataclass(frozen=True)
class ResultRow:
    """One row of the result list: a group heading (``hit`` is None) or a hit."""

    kind: str
    heading: str = ""
    hit: SearchHit | None = None
    context: str = ""  # the mentor (and date) the record belongs to


class SearchResultsModel(QAbstractListModel):
    """Headings and hits in one flat list; headings cannot be selected."""

    KindRole = Qt.ItemDataRole.UserRole + 1
    RecordIdRole = Qt.ItemDataRole.UserRole + 2
    HtmlRole = Qt.ItemDataRole.UserRole + 3
    IsHeadingRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ResultRow] = []
        #: each row's marked-up text, made once: laying out and painting ask for it often
        self._html: dict[int, str] = {}

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._html = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def hit_count(self) -> int:
        return sum(1 for row in self._rows if row.hit is not None)

    def headings(self) -> list[str]:
        return [row.heading for row in self._rows if row.hit is None]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].hit is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        hit = row.hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if hit is None:
                return row.heading
            parts = [hit.title.strip(), " ".join(hit.snippet_plain().split()), row.context]
            return " — ".join(p for p in parts if p)
        if role == self.KindRole:
            return row.kind
        if role == self.RecordIdRole:
            return hit.record_id if hit else None
        if role == self.IsHeadingRole:
            return hit is None
        if role == self.HtmlRole:
            text = self._html.get(index.row())
            if text is None:
                text = self._html[index.row()] = (
                    self._marked_up(row) if hit else html.escape(row.heading)
                )
            return text
        if role == Qt.ItemDataRole.ToolTipRole and hit is not None:
            return hit.snippet_plain()[:1000]
        return None

    @staticmethod
    def _marked_up(row: ResultRow) -> str:
        """The title, then the snippet with its matches in bold (all user text escaped).

        When the snippet comes from the title itself, the title line carries the highlights.
        """
        hit = row.hit
        title = " ".join(hit.title.split())
        snippet = snippet_html(hit.snippet)
        from_title = hit.snippet_plain().strip("… \n\t")
        if not title:
            lines = [snippet]
        elif from_title and from_title in title:  # the match is in the title: mark it there
            lines = [mark_terms(title[:300], matched_terms(hit.snippet))]
        else:
            lines = [html.escape(title[:300])]
            if snippet:
                lines.append(f"<span class='muted'>{snippet}</span>")
        if row.context:
            lines.append(f"<span class='context'>{html.escape(row.context)}</span>")
        return "<br>".join(lines)


class ResultDelegate(QStyledItemDelegate):
    """Paints a hit as rich text (title, snippet with bold matches) and a heading as a caption."""

    #: laid-out documents by content and look: sizeHint and paint ask for the same ones
    _CACHE_LIMIT = 400

    def __init__(self, parent=None):
        super().__init__(parent)
        self._documents: dict[tuple, QTextDocument] = {}
        self._sizes: dict[tuple, QSize] = {}

    def _key(self, option: QStyleOptionViewItem, index: QModelIndex) -> tuple:
        return (
            index.data(SearchResultsModel.HtmlRole) or "",
            max(50, option.rect.width() - 24),
            bool(option.state & QStyle.StateFlag.State_Selected),
            option.font.key(),
            option.palette.cacheKey(),
        )

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex, key: tuple | None = None
    ) -> QTextDocument:
        key = key or self._key(option, index)
        cached = self._documents.get(key)
        if cached is None:
            if len(self._documents) >= self._CACHE_LIMIT:
                self._documents.clear()
                self._sizes.clear()
            cached = self._documents[key] = self._layout(option, index, key[2])
        return cached

    def _layout(
        self, option: QStyleOptionViewItem, index: QModelIndex, selected: bool
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(2)
        document.setDefaultFont(option.font)
        roles = QPalette.ColorRole
        text = option.palette.color(roles.HighlightedText if selected else roles.Text)
        muted = option.palette.color(roles.HighlightedText if selected else roles.PlaceholderText)
        small = max(7.0, option.font.pointSizeF() * 0.9)
        document.setDefaultStyleSheet(
            f"body {{ color: {text.name()}; }} .muted {{ color: {muted.name()}; }} "
            f".context {{ color: {muted.name()}; font-size: {small:.1f}pt; }} "
            f"b {{ color: {text.name()}; }}"
        )
        document.setHtml(index.data(SearchResultsModel.HtmlRole) or "")
        document.setTextWidth(max(50, option.rect.width() - 24))
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        palette = option.palette
        painter.save()
        if index.data(SearchResultsModel.IsHeadingRole):
            font = option.font
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            rect = option.rect.adjusted(6, 6, -6, 0)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                index.data().upper(),
            )
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        painter.translate(option.rect.left() + 16, option.rect.top() + 3)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 16, option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # the size needs only the view's font, width and palette: the model sets no font or
        # colour of its own, so the item's other roles are not asked for here
        if index.data(SearchResultsModel.IsHeadingRole):
            return QSize(option.rect.width(), int(option.fontMetrics.height() * 1.8))
        key = self._key(option, index)
        size = self._sizes.get(key)
        if size is None:
            document = self._document(option, index, key)
            size = self._sizes[key] = QSize(
                int(document.idealWidth()), int(document.size().height()) + 6
            )
        return QSize(size)


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

        rows: list[ResultRow] = []
        names: dict[int, str] = {}
        for kind, group in search.grouped(hits).items():
            rows.append(ResultRow(kind, f"{kind_heading(kind)} ({len(group)})"))
            for hit in group:
                rows.append(
                    ResultRow(kind, hit=self._titled(hit), context=self._context(hit, names))
                )
        return rows

    def _titled(self, hit: SearchHit) -> SearchHit:
        """Give records without a title of their own (progress notes, check-ins) a telling one."""
        if hit.title.strip():
            return hit
        try:
            if hit.kind == "goal_progress":
                entry = self.services.read(goals.get_progress, hit.record_id)
                goal = self.services.read(goals.get, entry.goal_id)
                title = self.tr("Progress on “{0}”, {1}").format(goal.title, _day(entry.noted_on))
            elif hit.kind == "checkin":
                checkin = self.services.read(checkins.get, hit.record_id)
                title = self.tr("Check-in of {0}").format(_day(checkin.held_on))
            elif hit.kind == "meeting":
                title = self.tr("Meeting")
            else:
                return hit
        except RecordNotFoundError:
            return hit
        return replace(hit, title=title)

    def _context(self, hit: SearchHit, names: dict[int, str]) -> str:
        """Whose record it is and, for meeting records, the meeting's date."""
        where = self.services.read(locate.locate, hit.kind, hit.record_id)
        if where is None:
            return ""
        if where.mentor_id not in names:
            try:
                names[where.mentor_id] = self.services.read(mentors.get, where.mentor_id).name
            except RecordNotFoundError:
                names[where.mentor_id] = ""
        parts = [names[where.mentor_id]] if hit.kind != "mentor" else []
        if where.meeting_id is not None:
            try:
                meeting = self.services.read(meetings.get, where.meeting_id)
            except RecordNotFoundError:
                meeting = None
            if meeting is not None:
                parts.append(_day(meeting.local_start.date()))
        return " · ".join(p for p in parts if p)

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

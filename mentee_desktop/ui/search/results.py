"""The results of a search: one row per hit (or heading of a kind), the matched words in
bold, laid out once per width and kept, so that painting and sizing the list do not redo it.

User text is escaped before the match markers become tags, so HTML typed by the user is
shown literally, never interpreted.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mentee_desktop.data.record_kind import RecordKindWords
from mentee_desktop.data.search import MATCH_END, MATCH_START, SearchHit

Index = QModelIndex | QPersistentModelIndex


def kind_heading(kind: str) -> str:
    """A group heading in the mentee's words and language."""
    return RecordKindWords(QCoreApplication.translate).heading(kind)


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
    #: the ResultRow itself: a cheap key for what a row shows (its marked-up text is made
    #: from it and nothing else)
    RowRole = Qt.ItemDataRole.UserRole + 5

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
        if role == self.RowRole:
            return row
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
        self._look: tuple[QFont, QPalette, tuple] | None = None

    def _key(self, option: QStyleOptionViewItem, index: QModelIndex) -> tuple:
        """What a row's layout depends on: its content (the row, which alone makes its
        marked-up text), the width, selection, font and palette."""
        return (
            index.data(SearchResultsModel.RowRole),
            max(50, option.rect.width() - 24),
            bool(option.state & QStyle.StateFlag.State_Selected),
            self._look_key(option),
        )

    def _look_key(self, option: QStyleOptionViewItem) -> tuple:
        """The font and palette as a key, made again only when they change (making a font's
        key costs more than comparing it with the last one)."""
        look = self._look
        if look is None or look[0] != option.font or look[1] != option.palette:
            key = (option.font.key(), option.palette.cacheKey())
            look = self._look = (QFont(option.font), QPalette(option.palette), key)
        return look[2]

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

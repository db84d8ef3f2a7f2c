"""The agenda list: headings per kind, items with small badges ("carried over", "from mentor").

Items can be dragged within their kind; the model refuses drops into another kind.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from mentee_desktop.ui.prepare.agenda_model import AgendaModel

#: badge tones as hues; drawn translucent so they suit light and dark palettes
TONES = {
    "carried": QColor(230, 150, 20),
    "promise": QColor(40, 160, 90),
    "mentor": QColor(60, 120, 220),
    "neutral": QColor(128, 128, 128),
    "count": QColor(128, 128, 128),
}
HEADING_GAP = 10  # extra space above every heading but the first
BADGE_PAD = 6
BADGE_SPACING = 4


class BadgeDelegate(QStyledItemDelegate):
    """Paints the usual item, then its badges as rounded labels at the right edge.

    The room for the badges is asked of the style as an empty decoration on the right, so the
    style itself draws the row (selection across the whole width, the text elided before the
    badges): no Python here touches ``QStyle``, whose Python enums (some 700 names) would
    otherwise be made before the window's first paint, and only for this.
    """

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view
        self._metrics: tuple[str, QFontMetrics] | None = None
        self._measuring = False  # the row's height is the text's: no room asked for badges
        #: the badges of the row being painted, worked out once as the style asks for its room
        self._painting: tuple[list, list[int], int] | None = None

    def _badge_font(self, base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        font.setBold(False)
        return font

    def _badge_metrics(self, base: QFont) -> QFontMetrics:
        key = base.key()
        if self._metrics is None or self._metrics[0] != key:
            self._metrics = (key, QFontMetrics(self._badge_font(base)))
        return self._metrics[1]

    def _is_spaced_heading(self, index: QModelIndex) -> bool:
        return bool(index.data(AgendaModel.IsHeadingRole)) and index.row() > 0

    def _badge_widths(self, index: QModelIndex, base: QFont) -> tuple[list, list[int], int]:
        """The row's badges, their widths and the room they take with their spacing."""
        badges = index.data(AgendaModel.BadgesRole) or []
        if not badges:
            return badges, [], 0
        metrics = self._badge_metrics(base)
        widths = [metrics.horizontalAdvance(label) + 2 * BADGE_PAD for label, _ in badges]
        return badges, widths, sum(widths) + BADGE_SPACING * (len(widths) + 1)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        if self._measuring:
            return
        self._painting = self._badge_widths(index, option.font)
        reserved = self._painting[2]
        if reserved:  # an empty decoration as wide as the badges, right of the text
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            option.decorationPosition = QStyleOptionViewItem.Position.Right
            option.decorationSize = QSize(reserved - BADGE_SPACING, 1)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self._measuring = True
        try:
            size = super().sizeHint(option, index)
        finally:
            self._measuring = False
        size.setHeight(size.height() + 8 + (HEADING_GAP if self._is_spaced_heading(index) else 0))
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        if self._is_spaced_heading(index):
            opt.rect = opt.rect.adjusted(0, HEADING_GAP, 0, 0)
        self._painting = None
        super().paint(painter, opt, index)  # asks initStyleOption, which finds the badges
        badges, widths, reserved = self._painting or self._badge_widths(index, option.font)
        if not badges:
            return
        metrics = self._badge_metrics(option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._badge_font(option.font))
        height = metrics.height() + 2
        x = opt.rect.right() - reserved + BADGE_SPACING
        if opt.direction == Qt.LayoutDirection.RightToLeft:  # the style put the room left
            x = opt.rect.left() + BADGE_SPACING
        y = opt.rect.center().y() - height // 2 + 1
        selected = self.view.selectionModel().isSelected(index)
        text_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText
        )
        for (label, tone), width in zip(badges, widths, strict=True):
            rect = QRect(x, y, width, height)
            fill = QColor(TONES.get(tone, TONES["neutral"]))
            fill.setAlpha(70 if tone != "count" else 45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(opt.palette.color(text_role))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            x += width + BADGE_SPACING
        painter.restore()


class AgendaTreeView(QTreeView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setIndentation(16)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setItemDelegate(BadgeDelegate(self))
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self.open_headings)
        model.rowsInserted.connect(lambda *_: self.open_headings())
        self.open_headings()

    def open_headings(self) -> None:
        """Every kind's heading open (items have no children): one pass over the items,
        where ``expandAll`` looks at each item three times, asking the model in Python."""
        self.expandToDepth(0)

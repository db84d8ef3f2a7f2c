"""The agenda list: headings per kind, items with small badges ("carried over", "from mentor").

Items can be dragged within their kind; the model refuses drops into another kind.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
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
    """Paints the usual item, then its badges as rounded labels at the right edge."""

    def _badge_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        font.setBold(False)
        return font

    def _is_spaced_heading(self, index: QModelIndex) -> bool:
        return bool(index.data(AgendaModel.IsHeadingRole)) and index.row() > 0

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        size.setHeight(size.height() + 8 + (HEADING_GAP if self._is_spaced_heading(index) else 0))
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if self._is_spaced_heading(index):
            opt.rect = opt.rect.adjusted(0, HEADING_GAP, 0, 0)
        badges = index.data(AgendaModel.BadgesRole) or []
        metrics = QFontMetrics(self._badge_font(option))
        widths = [metrics.horizontalAdvance(label) + 2 * BADGE_PAD for label, _ in badges]
        reserved = sum(widths) + BADGE_SPACING * (len(widths) + 1) if widths else 0
        style = opt.widget.style() if opt.widget else QWidget().style()
        text_opt = QStyleOptionViewItem(opt)
        text_opt.rect = opt.rect.adjusted(0, 0, -reserved, 0)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_opt, painter, opt.widget)
        if not badges:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._badge_font(option))
        height = metrics.height() + 2
        x = opt.rect.right() - reserved + BADGE_SPACING
        y = opt.rect.center().y() - height // 2 + 1
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
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
        model.modelReset.connect(self.expandAll)
        model.rowsInserted.connect(lambda *_: self.expandAll())
        self.expandAll()

"""The agenda of one meeting as a two-level tree: a heading per kind, the items beneath it.

The model holds the AgendaItem values the tab read from the store; it never writes. A tick
in the "discussed" box and a drag and drop are reported as signals, the tab stores them and
loads the model again. One meeting's agenda is small, so it is read whole (no lazy loading).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from mentee_desktop.agenda.words import is_right_to_left
from mentee_desktop.data.agenda_items import KINDS, AgendaItem
from mentee_desktop.ui.prepare.words import kind_heading

Index = QModelIndex | QPersistentModelIndex
#: a row the tab keeps selected across reloads: ("item", id) or ("kind", kind)
Identity = tuple[str, Any]
MIME_TYPE = "application/x-mentee-desktop-agenda-item"
#: how much of an item's text the list shows (the editor shows all of it)
SHOWN_CHARS = 240
GROUP = 0  # internal id of a heading row; item rows carry their group's row + 1
#: computed once: flags() is asked thousands of times while painting
_GROUP_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
)
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsUserCheckable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows user text literally (Qt would render ``<b>`` in a tooltip as bold)."""
    import html  # asked for on hover, not for the first paint (PySide reads every new module)

    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def summary(text: str, limit: int = SHOWN_CHARS) -> str:
    """The first line of a text, shortened, for a one-line list entry."""
    first = text.strip().split("\n", 1)[0][:limit].strip()
    more = len(text.strip()) > len(first)
    return first + ("…" if more else "")


class AgendaModel(QAbstractItemModel):
    ItemIdRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    #: (label, tone) pairs drawn as badges beside an item (the open count beside a heading)
    BadgesRole = Qt.ItemDataRole.UserRole + 3
    IsHeadingRole = Qt.ItemDataRole.UserRole + 4

    #: item id and whether it is now discussed
    discussed_toggled = Signal(int, bool)
    #: item id and its new index among the items of its kind
    move_requested = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._groups: list[list[AgendaItem]] = [[] for _ in KINDS]
        self._done_promises: set[int] = set()
        self._answers: dict[int, str] = {}

    # ----- loading
    def load(
        self,
        items: list[AgendaItem],
        done_promises: set[int] | None = None,
        answers: dict[int, str] | None = None,
    ) -> None:
        """Show these items; ``done_promises`` are the updates whose promise is done,
        ``answers`` the answers to "feedback I want" items (by item id)."""
        self.beginResetModel()
        self._groups = [[i for i in items if i.kind == kind] for kind in KINDS]
        self._done_promises = set(done_promises or ())
        self._answers = dict(answers or {})
        self.endResetModel()

    def items(self) -> list[AgendaItem]:
        return [item for group in self._groups for item in group]

    def replace_item(self, item: AgendaItem) -> bool:
        """Show a changed item in place; False when it is not here under the same kind."""
        index = self.index_of(item.id)
        if not index.isValid() or self._groups[index.parent().row()][index.row()].kind != item.kind:
            return False
        self._groups[index.parent().row()][index.row()] = item
        self.dataChanged.emit(index, index)
        self.dataChanged.emit(index.parent(), index.parent())
        return True

    # ----- lookups
    def heading_index(self, kind: str) -> QModelIndex:
        return self.index(KINDS.index(kind), 0)

    def index_of(self, item_id: int | None) -> QModelIndex:
        for group_row, group in enumerate(self._groups):
            for row, item in enumerate(group):
                if item.id == item_id:
                    return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    def item_at(self, index: Index) -> AgendaItem | None:
        if not index.isValid() or index.internalId() == GROUP:
            return None
        group = self._groups[index.internalId() - 1]
        return group[index.row()] if 0 <= index.row() < len(group) else None

    def kind_at(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            return KINDS[index.row()]
        return KINDS[index.internalId() - 1]

    def identity_at(self, index: Index) -> Identity | None:
        """What a row shows, as something that survives a reload of the model."""
        item = self.item_at(index)
        if item is not None:
            return ("item", item.id)
        kind = self.kind_at(index)
        return ("kind", kind) if kind else None

    def index_for(self, identity: Identity | None) -> QModelIndex:
        if identity is None:
            return QModelIndex()
        what, value = identity
        return self.index_of(value) if what == "item" else self.heading_index(value)

    def neighbour_of(self, item: AgendaItem) -> Identity:
        """What to select after ``item`` is deleted: the next of its kind, else the one before."""
        index = self.index_of(item.id)
        for row in (index.row() + 1, index.row() - 1):
            neighbour = self.item_at(self.index(row, 0, index.parent()))
            if neighbour is not None and row >= 0:
                return ("item", neighbour.id)
        return ("kind", item.kind)

    # ----- structure
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, GROUP) if row < len(KINDS) else QModelIndex()
        if parent.internalId() != GROUP or row >= len(self._groups[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(KINDS)
        if parent.column() == 0 and parent.internalId() == GROUP:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _GROUP_FLAGS if index.internalId() == GROUP else _ITEM_FLAGS

    # ----- data
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            return self._heading_data(index.row(), role)
        item = self.item_at(index)
        return None if item is None else self._item_data(item, role)

    def _heading_data(self, row: int, role: int):
        kind = KINDS[row]
        group = self._groups[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return kind_heading(kind)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.tr("{0}: {1} open, {2} in all").format(
                kind_heading(kind), self._open(group), len(group)
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == self.BadgesRole:
            return [(str(self._open(group)), "count")] if group else []
        if role == self.KindRole:
            return kind
        if role == self.IsHeadingRole:
            return True
        return None

    @staticmethod
    def _open(group: list[AgendaItem]) -> int:
        return sum(1 for item in group if item.status != "discussed")

    def _badges(self, item: AgendaItem) -> list[tuple[str, str]]:
        """(label, tone) pairs; the tone picks the badge's colour."""
        badges = []
        if item.is_carried_over:
            badges.append((self.tr("carried over"), "carried"))
        if item.action_item_id is not None and item.id in self._done_promises:
            badges.append((self.tr("promise done"), "promise"))
        elif item.action_item_id is not None:
            badges.append((self.tr("promise"), "promise"))
        if item.raised_by == "mentor":
            badges.append((self.tr("from mentor"), "mentor"))
        if item.id in self._answers:
            badges.append((self.tr("answered"), "promise"))
        if item.status == "carried_over":
            badges.append((self.tr("moved to next meeting"), "neutral"))
        return badges

    def _item_data(self, item: AgendaItem, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return summary(item.text) or self.tr("(no text yet)")
        if role == Qt.ItemDataRole.TextAlignmentRole and is_right_to_left(item.text):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.CheckStateRole:
            discussed = item.status == "discussed"
            return Qt.CheckState.Checked if discussed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(item))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # the state a sighted user reads from the tick and the badges, in words
            state = [self.tr("discussed")] if item.status == "discussed" else []
            badges = [label for label, _ in self._badges(item)]
            return ", ".join([summary(item.text), *state, *badges])
        if role == Qt.ItemDataRole.ForegroundRole and item.status != "open":
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == self.BadgesRole:
            return self._badges(item)
        if role == self.ItemIdRole:
            return item.id
        if role == self.KindRole:
            return item.kind
        if role == self.IsHeadingRole:
            return False
        return None

    def _tooltip(self, item: AgendaItem) -> str:
        lines = [summary(item.text, 600)]
        if item.is_carried_over:
            lines.append(self.tr("Carried over: not discussed last time."))
        if item.action_item_id is not None and item.id in self._done_promises:
            lines.append(self.tr("Done: tell your mentor how it went."))
        elif item.action_item_id is not None:
            lines.append(self.tr("One of your open action items: say how it went."))
        if item.raised_by == "mentor":
            lines.append(self.tr("Raised by my mentor."))
        if item.id in self._answers:
            lines.append(self.tr("Answer: {0}").format(summary(self._answers[item.id], 600)))
        if item.status == "discussed":
            lines.append(self.tr("Discussed."))
        if item.status == "carried_over":
            lines.append(self.tr("Not discussed; carried over to the next meeting."))
        return "\n".join(lines)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index)
        if item is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.discussed_toggled.emit(item.id, checked)
        return True

    # ----- drag and drop within a kind
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = [str(item.id) for index in indexes if (item := self.item_at(index)) is not None]
        data.setData(MIME_TYPE, QByteArray(",".join(ids[:1]).encode()))
        return data

    def _dragged(self, data: QMimeData) -> AgendaItem | None:
        if data is None or not data.hasFormat(MIME_TYPE):
            return None
        raw = bytes(data.data(MIME_TYPE).data()).decode(errors="replace")
        if not raw.isdigit():
            return None
        index = self.index_of(int(raw))
        return self.item_at(index)

    def _drop_target(self, row: int, parent: Index) -> tuple[str | None, int, bool]:
        """The kind, the row among that kind's items, and whether the drop was onto an item."""
        if not parent.isValid():
            return None, -1, False
        if parent.internalId() == GROUP:
            group = self._groups[parent.row()]
            return KINDS[parent.row()], (len(group) if row < 0 else row), False
        return self.kind_at(parent), parent.row(), True

    def canDropMimeData(self, data, action, row: int, column: int, parent: Index) -> bool:
        item = self._dragged(data)
        kind, _, _ = self._drop_target(row, parent)
        return item is not None and kind == item.kind

    def dropMimeData(self, data, action, row: int, column: int, parent: Index) -> bool:
        item = self._dragged(data)
        kind, target, onto_item = self._drop_target(row, parent)
        if item is None or kind != item.kind or action == Qt.DropAction.IgnoreAction:
            return False
        current = self.index_of(item.id).row()
        if target > current and not onto_item:
            target -= 1  # dropped between rows: the item leaves its old place first
        if target != current:
            self.move_requested.emit(item.id, target)
        return True

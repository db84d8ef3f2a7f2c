"""Move an agenda item by hand to another planned meeting of the same mentor.

The agenda's context menu lists the mentor's other planned meetings; Ctrl+Shift+M opens the
same menu at the selected item. The store keeps the item's link to where it came from
(:func:`mentee_desktop.data.lifecycle.move_item`); a move between two planned meetings can be
undone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from mentee_desktop.data import lifecycle, meetings
from mentee_desktop.ui.shell.meeting_list_model import meeting_label

SHORTCUT = "Ctrl+Shift+M"


class MoveToMeeting(QObject):
    """Installed by the Prepare tab on itself; ``tab`` is that tab (not imported here, so the
    two modules do not import each other)."""

    def __init__(self, tab: Any):
        super().__init__(tab)
        self.tab = tab
        self.menu: QMenu | None = None
        tab.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), tab.tree)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        self.tab.tree.customContextMenuRequested.connect(self._menu_at)
        self.shortcut.activated.connect(self._menu_at_current)

    def menu_for(self, item_id: int) -> QMenu:
        """ "Move to meeting" with one entry per other planned meeting of the mentor."""
        services = self.tab.services
        item = self.tab.model.item_at(self.tab.model.index_of(item_id))
        here = services.read(meetings.get, item.meeting_id)
        menu = QMenu(self.tab.tree)
        menu.setAccessibleName(self.tr("Move to meeting"))
        header = menu.addAction(self.tr("Move to meeting"))
        header.setEnabled(False)
        targets = [
            m
            for m in services.read(meetings.list_all, mentor_id=here.mentor_id)
            if m.status == "planned" and m.id != here.id
        ]
        for meeting in targets:
            action = menu.addAction(meeting_label(meeting, user_zone=services.zone))
            action.setData(meeting.id)
            action.triggered.connect(
                lambda _checked=False, target=meeting.id: self.move(item_id, target)
            )
        if not targets:
            none = menu.addAction(self.tr("No other planned meeting with this mentor"))
            none.setEnabled(False)
        return menu

    def move(self, item_id: int, meeting_id: int) -> bool:
        """Move the item, show the agenda without it, and offer undo when that is possible."""
        tab = self.tab
        if not tab.flush():
            return False
        before = tab.model.item_at(tab.model.index_of(item_id))
        source = before.meeting_id if before is not None else None
        moved = tab._call(lifecycle.move_item, item_id, meeting_id, now=tab.services.now())
        if moved is None:
            return False
        tab.editor.show_item(None)
        tab.reload()
        target = tab.services.read(meetings.get, meeting_id)
        text = self.tr("Moved to the meeting on {0}.").format(meeting_label(target))
        if source is not None and moved.id == item_id:  # it moved itself: it can move back
            tab.services.offer_undo(
                text, lambda: tab._call(lifecycle.move_item, item_id, source) and tab.reload()
            )
        else:
            tab._inform(text)
        return True

    def _menu_at(self, position: QPoint) -> None:
        item = self.tab.model.item_at(self.tab.tree.indexAt(position))
        if item is None or item.id is None:
            return
        self.menu = self.menu_for(item.id)
        self.menu.popup(self.tab.tree.viewport().mapToGlobal(position))

    def _menu_at_current(self) -> None:
        index = self.tab.tree.currentIndex()
        if self.tab.model.item_at(index) is None:
            return
        self._menu_at(self.tab.tree.visualRect(index).center())

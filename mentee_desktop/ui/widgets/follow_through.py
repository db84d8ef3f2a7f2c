"""Both partners' follow-through: promises kept on time, kept late, still open.

One widget and one wording, shown by the Action items tab and the Relationship tab.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from mentee_desktop.data import action_items
from mentee_desktop.data.action_items import FollowThrough
from mentee_desktop.ui.shell.services import AppServices


def follow_through_text(record: FollowThrough) -> str:
    """ "Done on time 12 · late 3 · open 4 (1 overdue)" """
    text = QCoreApplication.translate("FollowThrough", "Done on time {0} · late {1} · open {2}")
    text = text.format(record.on_time, record.late, record.open)
    if record.overdue:
        text += QCoreApplication.translate("FollowThrough", " ({0} overdue)").format(record.overdue)
    return text


class FollowThroughPanel(QFrame):
    """Two rows, mine and my mentor's, each a caption and the record in words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("followThrough")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(self.tr("Promises (action items) kept on time, kept late and still open."))
        self.mine_caption = QLabel(self.tr("My follow-through"))
        self.mentor_caption = QLabel(self.tr("My mentor's follow-through"))
        self.mine_summary = QLabel()
        self.mentor_summary = QLabel()
        for caption in (self.mine_caption, self.mentor_caption):
            caption.setTextFormat(Qt.TextFormat.PlainText)  # a mentor's name is shown as typed
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
        for summary in (self.mine_summary, self.mentor_summary):
            summary.setTextFormat(Qt.TextFormat.PlainText)
            summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.mine_caption, 0, 0)
        grid.addWidget(self.mine_summary, 0, 1)
        grid.addWidget(self.mentor_caption, 1, 0)
        grid.addWidget(self.mentor_summary, 1, 1)
        grid.setColumnStretch(1, 1)
        self.set_mentor_name("")

    def set_mentor_name(self, first_name: str) -> None:
        """Name the mentor's row by the mentor's first name, or generically without one."""
        if first_name:
            caption = self.tr("{0}'s follow-through").format(first_name)
        else:
            caption = self.tr("My mentor's follow-through")
        self.mentor_caption.setText(caption)
        self.mine_summary.setAccessibleName(self.mine_caption.text())
        self.mentor_summary.setAccessibleName(caption)

    def load(self, services: AppServices, mentor_id: int) -> None:
        """Read both partners' records for one mentor from the store and show them."""
        records = services.read(
            action_items.follow_through_by_owner,
            services.today(),
            services.zone,
            mentor_id=mentor_id,
        )
        self.mine_summary.setText(follow_through_text(records["me"]))
        self.mentor_summary.setText(follow_through_text(records["mentor"]))

    def plain_text(self) -> str:
        """Both rows as one line ("caption: record · caption: record"), as a reader hears it."""
        return "   ".join(
            f"{caption.text()}: {summary.text()}"
            for caption, summary in (
                (self.mine_caption, self.mine_summary),
                (self.mentor_caption, self.mentor_summary),
            )
        )

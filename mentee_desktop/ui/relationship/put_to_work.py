""" "Put to work": what I heard from this mentor, and whether I have tried it yet.

Each insight shows its state. On the list one key press marks it: T trying, A applied, L let
go, N new again; the line below says what happened (or why it was let go) and Enter keeps it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data import insights
from mentee_desktop.data.insights import Insight
from mentee_desktop.ui.relationship.common import day_text
from mentee_desktop.ui.shell.services import AppServices

IdRole = Qt.ItemDataRole.UserRole
StateRole = Qt.ItemDataRole.UserRole + 1
#: the newest insights shown (older ones stay in the store and in search)
SHOWN = 200
PREVIEW_CHARS = 200
KEYS = {
    Qt.Key.Key_T: insights.TRYING,
    Qt.Key.Key_A: insights.APPLIED,
    Qt.Key.Key_L: insights.LET_GO,
    Qt.Key.Key_N: insights.NEW,
}


def state_label(state: str) -> str:
    """How a state reads on the list and to a screen reader."""
    return {
        insights.NEW: QCoreApplication.translate("PutToWork", "not tried yet"),
        insights.TRYING: QCoreApplication.translate("PutToWork", "trying"),
        insights.APPLIED: QCoreApplication.translate("PutToWork", "applied"),
        insights.LET_GO: QCoreApplication.translate("PutToWork", "let go"),
    }[state]


class _InsightList(QListWidget):
    """The list, with T / A / L / N marking the current insight."""

    mark_requested = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        state = KEYS.get(Qt.Key(event.key()))
        if state is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if not event.isAutoRepeat():  # a held key marks once
                self.mark_requested.emit(state)
            event.accept()
            return
        super().keyPressEvent(event)


class PutToWorkPanel(QGroupBox):
    """The review list of one mentor's insights, with one-key marking."""

    #: the listening note (or feedback request) behind the current insight should open
    open_requested = Signal(str, int)

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("PutToWork", "What I learned: put to work"), parent
        )
        self.services = services
        self.mentor_id: int | None = None
        self._insights: dict[int, Insight] = {}
        self.setObjectName("putToWorkPanel")
        self._build()
        self._connect_callbacks()

    def _build(self) -> None:
        tr = self.tr
        #: "Put to work: 1 of 3 insights" — the tab shows it beside the follow-through record
        self.summary = QLabel()
        self.summary.setObjectName("putToWorkSummary")
        self.insight_list = _InsightList()
        self.insight_list.setObjectName("putToWorkList")
        self.insight_list.setAccessibleName(tr("Insights to put to work"))
        self.insight_list.setAccessibleDescription(
            tr("T: trying, A: applied, L: let go, N: not tried yet. Enter opens the note.")
        )
        self.insight_list.setMinimumHeight(120)
        self.outcome = QLineEdit()
        self.outcome.setObjectName("putToWorkOutcome")
        self.outcome.setMaxLength(insights.OUTCOME_LIMIT)
        self.outcome.setPlaceholderText(
            tr("What happened when you tried it (or why you let it go)")
        )
        self.outcome.setAccessibleName(tr("What happened"))
        self.trying_button = QPushButton(tr("Trying"))
        self.applied_button = QPushButton(tr("Applied"))
        self.let_go_button = QPushButton(tr("Let go"))
        for button, name in [
            (self.trying_button, "putToWorkTrying"),
            (self.applied_button, "putToWorkApplied"),
            (self.let_go_button, "putToWorkLetGo"),
        ]:
            button.setObjectName(name)
            button.setAccessibleName(button.text())
        hint = QLabel(tr("On the list: T trying · A applied · L let go · N not tried yet"))
        hint.setForegroundRole(hint.foregroundRole())
        hint.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.outcome, 1)
        buttons.addWidget(self.trying_button)
        buttons.addWidget(self.applied_button)
        buttons.addWidget(self.let_go_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.insight_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)

    def _connect_callbacks(self) -> None:
        self.insight_list.mark_requested.connect(self._mark_from_list)
        self.insight_list.currentItemChanged.connect(lambda *_: self._show_current())
        self.insight_list.itemActivated.connect(lambda _item: self._open_current())
        self.trying_button.clicked.connect(lambda: self.mark(insights.TRYING))
        self.applied_button.clicked.connect(lambda: self.mark(insights.APPLIED))
        self.let_go_button.clicked.connect(lambda: self.mark(insights.LET_GO))
        self.outcome.returnPressed.connect(self._keep_words)

    # ----- reading
    def load(self, mentor_id: int | None, select_id: int | None = None) -> None:
        """Show one mentor's insights, keeping (or choosing) the current one."""
        current = select_id if select_id is not None else self.current_id()
        self.mentor_id = mentor_id
        self.insight_list.clear()
        self._insights = {}
        if mentor_id is None:
            self._update_controls()
            return
        found = self.services.read(insights.list_insights, mentor_id=mentor_id, limit=SHOWN)
        for insight in found:
            self._insights[insight.id] = insight
            item = QListWidgetItem(self._line(insight))
            item.setData(IdRole, insight.id)
            item.setData(StateRole, insight.state)
            tip = insight.text if not insight.outcome else f"{insight.text}\n\n{insight.outcome}"
            item.setToolTip(tip[:2000])
            self.insight_list.addItem(item)
            if insight.id == current:
                self.insight_list.setCurrentItem(item)
        if not found:
            empty = QListWidgetItem(
                self.tr("Nothing yet. Insights from your listening notes gather here.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.insight_list.addItem(empty)
        applied, total = self.services.read(insights.put_to_work_count, mentor_id)
        self.summary.setText(
            self.tr("Put to work: %n of {0} insights", "", applied).format(total) if total else ""
        )
        self._show_current()

    def _line(self, insight: Insight) -> str:
        when = day_text(insight.heard_at.astimezone(self.services.zone).date())
        text = " ".join(insight.text.split())
        if len(text) > PREVIEW_CHARS:
            text = text[: PREVIEW_CHARS - 1] + "…"
        return f"[{state_label(insight.state)}] {when} — {text}"

    def current_id(self) -> int | None:
        item = self.insight_list.currentItem()
        return item.data(IdRole) if item is not None else None

    def current(self) -> Insight | None:
        insight_id = self.current_id()
        return self._insights.get(insight_id) if insight_id is not None else None

    def select(self, insight_id: int) -> bool:
        for row in range(self.insight_list.count()):
            item = self.insight_list.item(row)
            if item.data(IdRole) == insight_id:
                self.insight_list.setCurrentItem(item)
                return True
        return False

    def _show_current(self) -> None:
        insight = self.current()
        self.outcome.setText(insight.outcome if insight else "")
        self._update_controls()

    def _update_controls(self) -> None:
        insight = self.current()
        for button, state in [
            (self.trying_button, insights.TRYING),
            (self.applied_button, insights.APPLIED),
            (self.let_go_button, insights.LET_GO),
        ]:
            button.setEnabled(insight is not None and insight.state != state)
        self.outcome.setEnabled(insight is not None)

    # ----- writing
    def _mark_from_list(self, state: str) -> None:
        if self.mark(state) and state in (insights.APPLIED, insights.LET_GO):
            self.outcome.setFocus()
            self.outcome.selectAll()

    def mark(self, state: str) -> bool:
        """Move the current insight to ``state`` with the words in the line below."""
        insight = self.current()
        if insight is None:
            return False
        words = self.outcome.text() if state in (insights.APPLIED, insights.LET_GO) else None
        done = self.services.call(
            "insight", insights.mark, insight.id, state, words, now=self.services.now()
        )
        if done is not None:
            self.load(self.mentor_id, insight.id)
        return done is not None

    def _keep_words(self) -> None:
        """Enter in the line: keep what happened, in the insight's present state (or as
        applied when it was not decided yet)."""
        insight = self.current()
        if insight is None:
            return
        state = insight.state if insight.state in insights.DECIDED_STATES else insights.APPLIED
        if self.mark(state):
            self.insight_list.setFocus()

    def _open_current(self) -> None:
        insight = self.current()
        if insight is not None:
            self.open_requested.emit(insight.source, insight.source_id)

"""The main window: mentor and meeting selectors, the tabs, menus, messages and undo.

It only wires things together; each tab lives in its own module and talks to the store
through :class:`AppServices`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentee_desktop.data import settings
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.fonts import add_bundled_fonts
from mentee_desktop.ui.shell.meeting_outcome_bar import MeetingOutcomeBar
from mentee_desktop.ui.shell.message_bar import MessageBar
from mentee_desktop.ui.shell.notices import NoticeStrip
from mentee_desktop.ui.shell.selector_bar import SelectorBar
from mentee_desktop.ui.shell.services import AppServices
from mentee_desktop.ui.shell.tab_base import MentoringTab
from mentee_desktop.ui.shell.tabs import (
    KIND_TO_TAB,
    STANDARD_TABS,
    TabFactory,
    TabsByKey,
    standard_tab,
)

if TYPE_CHECKING:
    from mentee_desktop.ui.shell.welcome import WelcomePage


class MainWindow(QMainWindow):
    #: once, right after the window was painted for the first time (work that can wait
    #: until the window shows, such as the first look at reminders, waits for this)
    first_painted = Signal()
    #: once every feature is installed (at build, or right after the first paint when the
    #: app defers the features the first paint does not show; see ``app.build_window``)
    features_ready = Signal()

    def __init__(self, services: AppServices, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Mentee Desktop"))
        self.setObjectName("mainWindow")
        self._quitting = False
        self._painted = False
        #: True once :attr:`features_ready` was emitted
        self.features_installed = False
        self._undo_stack: list[tuple[str, Callable[[], object]]] = []
        #: callables run when the window really closes (hooks for backups, tray, ...)
        self.close_hooks: list[Callable[[], None]] = []
        #: callables asked on close; when one returns True the window hides instead (tray)
        self.close_guards: list[Callable[[], bool]] = []

        self.selector = SelectorBar(services)
        self.message_bar = MessageBar()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_by_key = TabsByKey(self._build_tab)
        #: the empty pages standing in for tabs not built yet, and what builds them
        self._placeholders: dict[str, tuple[QWidget, TabFactory]] = {}
        self._splitter_states: dict[str, str] = {}
        #: tabs not in front when the mentor or meeting changed: told once they are shown,
        #: so a change of mentor reads one tab, not five
        self._behind: set[str] = set()
        #: the tab to show again at start (a tab a feature adds later may be the one)
        self._restored_tab = 0
        self._welcome: WelcomePage | None = None  # built when there is no mentor to show
        self.work_area = QWidget()
        work_layout = QVBoxLayout(self.work_area)
        work_layout.setContentsMargins(8, 8, 8, 8)
        work_layout.addWidget(self.selector)
        self.above_tabs = QVBoxLayout()  # room for bars other features add (reminders)
        work_layout.addLayout(self.above_tabs)
        self.outcome_bar = MeetingOutcomeBar(services)
        work_layout.addWidget(self.outcome_bar)
        work_layout.addWidget(self.tabs, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.work_area)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        #: one line kept free at the top for messages and reminders (they move nothing)
        self.notices = NoticeStrip()
        self.notices.float_over(self.message_bar)
        central_layout.insertWidget(0, self.notices)

        add_bundled_fonts()  # emoji and symbols where the system has no font for them
        self._create_tabs()
        self._create_menus()
        self._connect_callbacks()
        self.resize(1100, 720)
        self._restore_state()

    def install_app_filters(self) -> None:
        """Click once and Ctrl+Enter, after the first paint: no input comes before it, and
        PySide would wrap every event and object of the start (types, enums) for them."""
        from mentee_desktop.ui.widgets.app_filter import install_on_app
        from mentee_desktop.ui.widgets.dialog_keys import CtrlEnterAccepts
        from mentee_desktop.ui.widgets.once import ClickOnce

        install_on_app(QApplication.instance(), ClickOnce)
        install_on_app(QApplication.instance(), CtrlEnterAccepts)

    # ----- construction
    def _create_tabs(self) -> None:
        for key, title, module, name in STANDARD_TABS:
            self.add_tab(key, standard_tab(module, name), title)

    def add_tab(self, key: str, tab: MentoringTab | TabFactory, title: str = "") -> None:
        """Add a tab; Ctrl+<n> switches to it. It reads the store once it is shown.

        ``tab`` may be a factory (a tab class, or a function of the services) with the
        ``title`` (untranslated; a class's own title by default): the tab is then built when
        it is first shown or asked for from :attr:`tab_by_key`.
        """
        if isinstance(tab, MentoringTab):
            page, title = tab, tab.title
            self.tab_by_key.built[key] = tab
            tab.installEventFilter(self)
        else:
            page, title = QWidget(), title or tab.title
            self._placeholders[key] = (page, tab)
        self.tab_by_key.keys_in_order.append(key)
        self._behind.add(key)
        index = self.tabs.addTab(page, QCoreApplication.translate("MainWindow", title))
        self.tabs.setTabToolTip(index, self.tr("Ctrl+{0}").format(index + 1))
        if hasattr(self, "view_menu"):
            self._add_tab_action(index)
            if index == self._restored_tab:
                self.tabs.setCurrentIndex(index)
            self._bring_up_to_date(page)

    def _build_tab(self, key: str) -> MentoringTab:
        """Build a tab and put it in place of its empty page (called by :attr:`tab_by_key`)."""
        placeholder, factory = self._placeholders.pop(key)
        tab = factory(self.services)
        self.tab_by_key.built[key] = tab
        tab.installEventFilter(self)
        self._restore_splitters(tab)
        index = self.tabs.indexOf(placeholder)
        in_front = self.tabs.currentIndex() == index
        self.tabs.blockSignals(True)  # the tab in front stays the same one
        self.tabs.insertTab(index, tab, self.tabs.tabText(index))
        self.tabs.setTabToolTip(index, self.tabs.tabToolTip(index + 1))
        if in_front:
            self.tabs.setCurrentIndex(index)
        self.tabs.removeTab(index + 1)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        return tab

    def _key_of(self, page: QWidget | None) -> str | None:
        for key, tab in self.tab_by_key.built.items():
            if tab is page:
                return key
        return next((k for k, (p, _) in self._placeholders.items() if p is page), None)

    def _add_tab_action(self, index: int) -> None:
        action = QAction(self.tabs.tabText(index).replace("&", ""), self)
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda: self.tabs.setCurrentIndex(index))
        self.view_menu.addAction(action)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu: QMenu = bar.addMenu(self.tr("&File"))
        self.edit_menu: QMenu = bar.addMenu(self.tr("&Edit"))
        self.view_menu: QMenu = bar.addMenu(self.tr("&View"))
        self.help_menu: QMenu = bar.addMenu(self.tr("&Help"))

        self.new_meeting_action = self._action(
            self.tr("&New meeting…"), self.file_menu, "Ctrl+Shift+N"
        )
        self.new_meeting_action.triggered.connect(self.selector.new_meeting)
        self.add_mentor_action = self._action(self.tr("Add &mentor…"), self.file_menu)
        self.add_mentor_action.triggered.connect(self.selector.add_mentor)
        self.file_menu.addSeparator()
        self.file_export_separator = self.file_menu.addSeparator()
        self.quit_action = self._action(
            self.tr("&Quit"), self.file_menu, QKeySequence.StandardKey.Quit
        )
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.quit_application)

        self.new_item_action = self._action(
            self.tr("New &item"), self.edit_menu, QKeySequence.StandardKey.New
        )
        self.new_item_action.triggered.connect(self.add_new_in_current_tab)
        self.undo_action = self._action(
            self.tr("&Undo delete"), self.edit_menu, QKeySequence.StandardKey.Undo
        )
        self.undo_action.triggered.connect(self.undo_last_delete)
        self.undo_action.setEnabled(False)

        for index in range(self.tabs.count()):
            self._add_tab_action(index)

        about = self._action(self.tr("&About Mentee Desktop"), self.help_menu)
        about.triggered.connect(self.show_about)

    def _action(self, text: str, menu: QMenu, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        return action

    def _connect_callbacks(self) -> None:
        self.selector.selection_changed.connect(self._selection_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.services.error_reported.connect(self.message_bar.show_error)
        self.services.undo_offered.connect(self._remember_undo)
        self.services.open_record_requested.connect(self.open_record)
        self.services.store_changed.connect(self._store_changed)
        self.message_bar.undo_button.clicked.connect(self._after_bar_undo)
        self.outcome_bar.recorded.connect(self.selector.reload_meetings)

    # ----- selection
    def _selection_changed(self, mentor_id: int, meeting_id: int) -> None:
        self.outcome_bar.show_for(None if meeting_id < 0 else meeting_id)
        self._behind.update(self.tab_by_key)
        self._update_page()
        self._bring_up_to_date(self.tabs.currentWidget())

    def _tab_changed(self, index: int) -> None:
        key = self._key_of(self.tabs.widget(index))
        if key is not None:
            self._bring_up_to_date(self.tab_by_key[key])  # built now if it was not

    def _bring_up_to_date(self, page: QWidget | None) -> None:
        """Give a tab the selected mentor and meeting if it missed a change while behind."""
        key = self._key_of(page)
        tab = self.tab_by_key.built.get(key)
        if tab is not None and key in self._behind and tab.isVisibleTo(self):
            self._behind.discard(key)
            tab.set_context(self.current_mentor_id(), self.current_meeting_id())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tab about to be painted for the first time since a change reads it first."""
        if event.type() == QEvent.Type.Show:
            self._bring_up_to_date(watched)
        return super().eventFilter(watched, event)

    @property
    def welcome(self) -> WelcomePage:
        """The page shown instead of the tabs while there is no mentor (built when needed)."""
        if self._welcome is None:
            from mentee_desktop.ui.shell.welcome import WelcomePage

            self._welcome = WelcomePage()
            self._welcome.add_mentor_clicked.connect(self.selector.add_mentor)
            self._welcome.sample_clicked.connect(self.add_sample_data)
            self.pages.addWidget(self._welcome)
        return self._welcome

    def _update_page(self) -> None:
        from mentee_desktop.data import mentors

        has_any = bool(self.services.read(mentors.list_all, include_archived=True))
        self.pages.setCurrentWidget(self.work_area if has_any else self.welcome)

    def _store_changed(self, kind: str) -> None:
        if kind == RecordKind.MENTOR:
            self._update_page()

    def current_mentor_id(self) -> int | None:
        return self.selector.mentor_id()

    def current_meeting_id(self) -> int | None:
        return self.selector.meeting_id()

    def current_tab(self) -> MentoringTab:
        return self.tab_by_key[self._key_of(self.tabs.currentWidget())]

    # ----- commands
    def add_new_in_current_tab(self) -> None:
        self.current_tab().add_new()

    def add_sample_data(self) -> None:
        from mentee_desktop.data.sample import add_sample

        result = self.services.call(
            RecordKind.MENTOR,
            add_sample,
            now=self.services.now(),
            zone_name=self.services.zone_name,
        )
        if result is not None:
            self.selector.reload_mentors(result.mentor.id)

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record in its tab: select its mentor and meeting, then the record."""
        from mentee_desktop.data.locate import locate

        where = locate(self.services.db, kind, record_id)
        if where is None:
            self.message_bar.show_error(self.tr("That record no longer exists."))
            return
        if kind == RecordKind.MENTOR:
            self.selector.select(record_id, None)
        else:
            self.selector.select(where.mentor_id, where.meeting_id)
        tab = self.tab_by_key.get(KIND_TO_TAB.get(kind, "prepare"), self.tab_by_key["prepare"])
        self.tabs.setCurrentWidget(tab)
        if kind not in (RecordKind.MEETING, RecordKind.MENTOR):
            select_kind = getattr(tab, "select_kind_record", None)
            if select_kind is not None:
                select_kind(kind, record_id)
            else:
                tab.select_record(record_id)
        self.show()
        self.raise_()
        self.activateWindow()

    def show_info(self, text: str) -> None:
        self.message_bar.show_info(text)

    def _remember_undo(self, text: str, undo: Callable[[], object]) -> None:
        self._undo_stack.append((text, undo))
        self._undo_stack = self._undo_stack[-20:]
        self.undo_action.setEnabled(True)
        self.message_bar.offer_undo(text, self._pop_undo)

    def _pop_undo(self) -> None:
        if self._undo_stack:
            _, undo = self._undo_stack.pop()
            undo()
        self.undo_action.setEnabled(bool(self._undo_stack))
        for tab in self.tab_by_key.built.values():
            tab.reload()

    def _after_bar_undo(self) -> None:
        self.undo_action.setEnabled(bool(self._undo_stack))

    def undo_last_delete(self) -> None:
        self.message_bar.hide()
        self._pop_undo()

    def show_about(self) -> None:
        from mentee_desktop.ui.shell.about import show_about

        show_about(self, self.data_dir)

    # ----- state
    def _restore_state(self) -> None:
        geometry = self.services.read(settings.get, "window.geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        mentor_id = self.services.read(settings.get, "window.mentor")
        meeting_id = self.services.read(settings.get, "window.meeting")
        self._splitter_states = self.services.read(settings.get, "window.splitters", {}) or {}
        # the tab in front first (only it is built and reads), then the selection
        self._restored_tab = int(self.services.read(settings.get, "window.tab", 0) or 0)
        if self._restored_tab < self.tabs.count():  # else a tab a feature adds later
            self.tabs.setCurrentIndex(self._restored_tab)
            self._tab_changed(self._restored_tab)
        self.selector.select(mentor_id, meeting_id)
        self._update_page()

    def showEvent(self, event) -> None:
        self._tab_changed(self.tabs.currentIndex())  # the tab in front is built by now
        super().showEvent(event)

    @property
    def painted(self) -> bool:
        """True once the window has painted for the first time."""
        return self._painted

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)  # once this paint is done

    def _restore_splitters(self, tab: MentoringTab) -> None:
        for splitter in self._named_splitters([tab]):
            state = self._splitter_states.get(splitter.objectName())
            if state:
                splitter.restoreState(QByteArray.fromBase64(state.encode()))

    def _named_splitters(self, tabs: list[MentoringTab] | None = None) -> list[QSplitter]:
        """The splitters of the built tabs (or of ``tabs``) whose positions are remembered."""
        tabs = list(self.tab_by_key.built.values()) if tabs is None else tabs
        return [s for tab in tabs for s in tab.remembered_splitters() if s.objectName()]

    def save_state(self) -> None:
        for tab in self.tab_by_key.built.values():
            tab.flush()
        # tabs never shown keep the positions they had
        self._splitter_states.update(
            {
                s.objectName(): bytes(s.saveState().toBase64()).decode()
                for s in self._named_splitters()
            }
        )
        self.services.call(
            RecordKind.SETTINGS,
            settings.put_many,
            {
                "window.geometry": bytes(self.saveGeometry().toBase64()).decode(),
                "window.mentor": self.current_mentor_id(),
                "window.meeting": self.current_meeting_id(),
                "window.tab": self.tabs.currentIndex(),
                "window.splitters": self._splitter_states,
            },
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if not self._quitting and any(guard() for guard in self.close_guards):
            event.ignore()
            self.hide()
            return
        for hook in list(self.close_hooks):
            hook()
        event.accept()

    def quit_application(self) -> None:
        from PySide6.QtWidgets import QApplication

        self._quitting = True
        self.close()
        QApplication.quit()

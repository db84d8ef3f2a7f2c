"""The window's life from start to quit: one instance per data folder, then round after round
of (unlock a protected store,) open the store, show the window, and — when the window was
locked or the store was just protected — drop the window and its content, close the store
and go round again.

``app`` has the parts (the QApplication, the store opened for the window, the window itself);
this module runs them in order. A plain store goes round once.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mentee_desktop.app import (
    REPORT_FIRST_PAINT,
    _after_first_paint,
    _install_excepthook,
    build_window,
    create_application,
    drop_window,
    open_for_window,
    report_first_paint,
    setup_logging,
    show_problem,
)

if TYPE_CHECKING:
    from mentee_desktop.cli.context import Context

log = logging.getLogger("mentee_desktop")


def run_gui(context: Context, files: Sequence[str] = ()) -> int:
    """Open the window on the context's data folder; returns the exit code.

    A second launch on the same folder brings the first window to the front and exits 0;
    calendar ``files`` given to it are imported by that first window.
    """
    from mentee_desktop.paths import default_log_dir

    setup_logging(default_log_dir())
    _install_excepthook()
    load_data_layer()
    app = create_application()
    return run_on_folder(app, context.data_dir, files=files)


#: the modules without Qt that the window reads its first paint through (the store with
#: sqlite-utils, and what the selector and the Prepare tab read)
DATA_LAYER = (
    "mentee_desktop.data.store",
    "mentee_desktop.data.meetings",
    "mentee_desktop.data.mentors",
    "mentee_desktop.data.agenda_items",
    "mentee_desktop.data.settings",
    "mentee_desktop.data.suggested_questions",
    "mentee_desktop.data.lifecycle",
    "mentee_desktop.data.feedback",
    "mentee_desktop.data.record_kind",
    "mentee_desktop.agenda.words",
)


def load_data_layer() -> None:
    """Import the window's data layer before PySide6: PySide reads the source of every
    module imported after it (to see whether the module uses its ``__feature__`` switches),
    and sqlite-utils with click, pluggy and dateutil and our data modules are about 80 of
    them. Imported first, they are not read again; the first paint needs them all anyway."""
    for module in DATA_LAYER:
        __import__(module)


def run_on_folder(
    app,
    data_dir: Path,
    *,
    files: Sequence[str] = (),
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    monotonic: Callable[[], float] = time.monotonic,
    handle_signals: bool = True,
) -> int:
    """Become the folder's one instance, then run the windows until the user quits.

    ``clock`` and ``monotonic`` (the idle time's clock) are the window's; tests pass their
    own. ``handle_signals``: quit cleanly on SIGTERM/SIGINT (not inside a test runner).
    """
    from PySide6.QtCore import QCoreApplication

    from mentee_desktop.data.errors import StoreError
    from mentee_desktop.data.store import ensure_private_folder
    from mentee_desktop.ui.shell.single_instance import SingleInstance

    try:
        if not data_dir.exists():
            ensure_private_folder(data_dir)
    except StoreError as exc:
        show_problem(str(exc))
        return 1
    instance = SingleInstance(data_dir)
    if not instance.become_primary(listen=False):  # the lock decides; no QtNetwork yet
        if instance.ask_primary_to_show(files=[Path(f) for f in files]):
            print(f"Mentee Desktop is already open on {data_dir}; its window was brought forward.")
            return 0
        show_problem(
            QCoreApplication.translate(
                "App",
                "Another Mentee Desktop (or a restore) is using {0} and does not answer; "
                "try again in a moment.",
            ).format(data_dir)
        )
        return 1
    session = WindowSession(
        app,
        data_dir,
        instance,
        files=list(files),
        clock=clock,
        monotonic=monotonic,
        handle_signals=handle_signals,
    )
    try:
        return session.run()
    finally:
        instance.release()


class WindowSession:
    """The rounds of one start: unlock (when protected), open, window; again after a lock."""

    def __init__(
        self,
        app,
        data_dir: Path,
        instance,
        *,
        files: list[str],
        clock: Callable[[], datetime],
        monotonic: Callable[[], float],
        handle_signals: bool,
    ):
        self.app = app
        self.data_dir = data_dir
        self.instance = instance
        self.files = files
        self.clock = clock
        self.monotonic = monotonic
        self.handle_signals = handle_signals
        #: the main window now; None between two windows (while the unlock window shows)
        self.window = None
        self.lock_problem = instance.lock_problem
        instance.show_requested.connect(self.show_current)
        instance.files_received.connect(self.import_received)

    def show_current(self) -> None:
        if self.window is not None:
            bring_to_front(self.window)

    def import_received(self, paths) -> None:
        importer = getattr(self.window, "invitation_import", None)
        if importer is not None:  # features installed (right after the first paint)
            importer.import_paths(paths)

    def run(self) -> int:
        from zoneinfo import ZoneInfo

        from mentee_desktop.localzone import local_timezone_name

        if self.lock_problem:
            log.warning("opening read-only: %s", self.lock_problem)
        zone_name = local_timezone_name()
        key, first = None, True
        while True:  # one round per window: unlock, open, window; lock or protect, again
            if key is None and is_protected(self.data_dir):
                from mentee_desktop.ui.protection.start import key_file_problem, unlock_at_start

                problem = key_file_problem(self.data_dir)
                if problem is not None:  # no passphrase can help: say what is wrong
                    show_problem(problem)
                    return 1
                key = unlock_at_start(self.data_dir, clock=self.clock, allow_remembered=first)
                if key is None:
                    return 0
            db = open_for_window(
                self.data_dir,
                zone=ZoneInfo(zone_name),
                read_only=bool(self.lock_problem),
                key=key,
            )
            if db is None:
                return 1
            code, step = self.one_window(db, zone_name, key=key, first=first)
            first = False
            if step is None:
                return code
            from mentee_desktop.ui.protection.start import after_window_closed

            key = after_window_closed(self.data_dir, step, key)

    def one_window(self, db, zone_name: str, *, key, first: bool) -> tuple[int, tuple | None]:
        """Show the window over ``db`` until its loop ends; then drop it and close the store.
        Returns the exit code and what the window asked for as it closed (lock, protect)."""
        from PySide6.QtCore import QTimer

        from mentee_desktop.data.store import is_read_only
        from mentee_desktop.paths import database_path

        # a read-only notice or a window kept in the tray needs its features before it
        # shows; a window after a lock or protect always shows
        hidden = first and _starts_hidden_in_tray(db)
        window = build_window(
            db,
            self.data_dir,
            clock=self.clock,
            zone_name=zone_name,
            features_after_paint=not is_read_only(db) and not hidden,
            key=key,
            monotonic=self.monotonic,
        )
        self.window = window
        daily: list = []

        def with_features() -> None:
            reason = self.lock_problem or _why_read_only(self.data_dir)
            if reason and window.safety_actions.read_only:
                window.safety_actions.explain_read_only(reason)
            if first and self.files:
                QTimer.singleShot(
                    0, window, lambda: window.invitation_import.import_paths(self.files)
                )
            if first and not window.safety_actions.read_only:
                daily.append(window.safety_actions.start_daily_backup())
                _after_first_paint(window, lambda: _start_once(daily[0]))

        if window.features_installed:
            with_features()
        else:
            window.features_ready.connect(with_features)
        if first:
            _after_first_paint(window, self.instance.listen)
        writeback: list = []  # saves never pay for copying the log into the file

        def start_writeback() -> None:
            from mentee_desktop.data.log_writeback import for_store

            if not writeback:
                writeback.append(for_store(database_path(self.data_dir), key))
                writeback[0].start()

        if not is_read_only(db):
            _after_first_paint(window, start_writeback)
        if self.handle_signals:
            quit_on_termination(window)
        window.first_painted.connect(lambda: log.info("the window is shown"))
        if os.environ.get(REPORT_FIRST_PAINT) == "1":
            report_first_paint(window)
        if not getattr(window, "start_hidden", False) or not first:
            window.show()
        code = self.app.exec()
        for thread in daily:
            thread.wait()  # it may have started as the window closed: never cut it short
        for running in writeback:
            running.stop()  # before the store closes: that close removes the log
        step = getattr(getattr(window, "protection", None), "next_step", None)
        self.window = None
        drop_window(window)  # its content leaves memory, its timers stop, before the store
        db.close()
        settle(self.app)
        return code, step


def settle(app) -> None:
    """Run what the closed window left queued (Qt's own quit, when the last window went)
    in the application's loop. Handled anywhere else, that quit would make every nested
    loop that follows (a dialog's ``exec()`` between two windows) return at once."""
    from PySide6.QtCore import QTimer

    done = QTimer()
    done.setSingleShot(True)
    done.timeout.connect(lambda: app.exit(0))
    done.start(0)
    app.exec()
    done.stop()  # when the queued quit ended the loop first, this one must not follow


def _start_once(thread) -> None:
    if not (thread.isRunning() or thread.isFinished()):
        thread.start()


def _starts_hidden_in_tray(db) -> bool:
    """Whether the reminders keep the window hidden in the tray at start (then it never
    paints, and the features must be there before the event loop runs)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    if not QSystemTrayIcon.isSystemTrayAvailable():
        return False
    from mentee_desktop.reminders import load_options

    return load_options(db).start_hidden


def _why_read_only(data_dir: Path) -> str | None:
    """A full disk is worth naming: freeing space makes the notes editable again."""
    from PySide6.QtCore import QCoreApplication

    from mentee_desktop.data.folder import disk_is_full

    if disk_is_full(data_dir):
        return QCoreApplication.translate("App", "the disk holding {0} is full").format(data_dir)
    return None


def is_protected(data_dir: Path) -> bool:
    """Whether the store needs unlocking; the protection code loads only when a key slots
    file is there (a plain store's start-up never pays for it)."""
    from mentee_desktop.data.folder import has_key_slots

    if not has_key_slots(data_dir):
        return False
    from mentee_desktop.data.protection.folder import is_protected as needs_key

    return needs_key(data_dir)


def bring_to_front(window) -> None:
    from PySide6.QtCore import Qt

    window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()


def quit_on_termination(window) -> None:
    """Quit cleanly (state saved, backup at quit) on SIGTERM or SIGINT, e.g. at log-out.

    Python runs signal handlers only when it gets control, and Qt's event loop is C++: the
    signal writes a byte to a pipe that Qt watches, so the quit runs at once without any
    polling. (A pipe, not a socket pair: the socket module costs start-up time, and on the
    platforms the app runs on a pipe is what the wake-up needs.)
    """
    import signal

    from PySide6.QtCore import QSocketNotifier

    receiver, sender = os.pipe()
    for end in (receiver, sender):
        os.set_blocking(end, False)
    signal.set_wakeup_fd(sender)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: None)  # the wake-up byte does the work
    notifier = QSocketNotifier(receiver, QSocketNotifier.Type.Read, window)

    def terminate() -> None:
        try:
            os.read(receiver, 64)
        except BlockingIOError:
            return
        log.info("asked to quit by a signal")
        window.quit_application()

    def close_pipe() -> None:
        notifier.setEnabled(False)
        current = signal.set_wakeup_fd(-1)
        if current != sender:  # a later window's pipe: leave it in place
            signal.set_wakeup_fd(current)
        for end in (receiver, sender):
            os.close(end)

    notifier.activated.connect(terminate)
    window.destroyed.connect(close_pipe)
    window._termination = notifier  # kept alive with the window

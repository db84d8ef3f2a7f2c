"""Start the window: QApplication, logging, one instance per data folder, the store (with
recovery from a damaged file and the daily backup), the main window.

Known store problems (bad file, newer schema, read-only folder) become a plain dialog; bugs
go to the log with a traceback and the user sees a short apology, never the traceback.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mentee_desktop.cli.context import Context

log = logging.getLogger("mentee_desktop")

#: set to 1 to print "first-paint <time.perf_counter()> <resident KiB>" to stderr when the main
#: window has painted for the first time, then quit (bench/startup.py measures start-up with it)
REPORT_FIRST_PAINT = "MENTEE_DESKTOP_REPORT_FIRST_PAINT"


def setup_logging(log_dir: Path) -> Path | None:
    """Log to a rotating file in the platform's log folder; None if it cannot be written."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / "mentee-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        (log_dir / "mentee-desktop.log").chmod(0o600)  # it can name notes: keep it private
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_dir / "mentee-desktop.log"


def create_application(argv: list[str] | None = None):
    """The QApplication with names and icon set (reused when one exists, as in tests)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from mentee_desktop.desktop_entry import APP_ID
    from mentee_desktop.resource_files import app_icon_path

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Mentee Desktop")
    app.setOrganizationName("mentee-desktop")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    if not getattr(app, "_mentee_translated", False):
        from mentee_desktop.i18n import install_translators

        install_translators(app)
        app._mentee_translated = True
    return app


def build_window(db, data_dir: Path, *, clock: Callable[[], datetime], zone_name: str, key=None):
    """The main window over an open store (used by the app and by tests); ``key``: the
    protected store's key, for the features that write encrypted files."""
    from mentee_desktop.ui.shell.main_window import MainWindow
    from mentee_desktop.ui.shell.services import AppServices

    services = AppServices(db, clock=clock, zone_name=zone_name)
    services.store_key = key
    window = MainWindow(services, data_dir)
    services.setParent(window)
    for install in _feature_installers():
        install(window)
    return window


def _feature_installers() -> list[Callable]:
    """Features that add menus, tabs and bars to the window, in the order they appear."""
    from mentee_desktop.ui.export import actions as export_actions
    from mentee_desktop.ui.protection import install as protection_install
    from mentee_desktop.ui.relationship import install as relationship_install
    from mentee_desktop.ui.reminders import install as reminders_install
    from mentee_desktop.ui.safety import actions as safety_actions

    return [
        relationship_install.install,
        export_actions.install,
        safety_actions.install,
        reminders_install.install,
        protection_install.install,
    ]


def _start_after_first_paint(window, thread) -> None:
    """Start a background thread once the window has painted (so it does not compete with
    start-up), or a second after start when the window stays hidden in the tray."""
    from PySide6.QtCore import QTimer

    def start() -> None:
        if not (thread.isRunning() or thread.isFinished()):
            thread.start()

    window.first_painted.connect(start)
    QTimer.singleShot(1000, window, start)


def report_first_paint(window) -> None:
    """At the window's first paint, once the whole window is painted, report and quit.

    The line is ``first-paint <perf_counter seconds> <resident memory KiB>``;
    ``perf_counter`` is the system-wide monotonic clock, so the caller can subtract the
    moment it started the process.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    def report() -> None:
        stamp = time.perf_counter()
        print(f"first-paint {stamp:.6f} {resident_kib()}", file=sys.stderr, flush=True)
        window.quit_application()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, report)  # after this paint, children included
            return False

    window.installEventFilter(FirstPaint(window))


def resident_kib() -> int:
    """This process's resident memory now (KiB); the peak where /proc is missing."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError, AttributeError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak


def _install_excepthook() -> None:
    def hook(kind, value, trace):
        log.error("unexpected error", exc_info=(kind, value, trace))
        try:
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                QMessageBox.warning(
                    None,
                    "Mentee Desktop",
                    QCoreApplication.translate(
                        "App",
                        "Something went wrong. Your saved data is safe; "
                        "the details are in the log.",
                    ),
                )
        except Exception:
            pass

    sys.excepthook = hook


def show_problem(text: str) -> None:
    """A known problem at start, in a plain dialog (and in the log)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    log.warning("cannot start: %s", text)
    QMessageBox.critical(
        None,
        "Mentee Desktop",
        QCoreApplication.translate("App", "Mentee Desktop cannot open your data.\n\n{0}").format(
            text
        ),
    )


def open_for_window(data_dir: Path, *, zone: tzinfo, ask: Callable | None = None, key=None):
    """Open the store for the window, or None after telling the user why not.

    A file that cannot be read is not a dead end: ``ask`` (the recovery dialog) offers the
    newest good backup, or empty data; the damaged file is kept aside either way. A
    read-only file opens read-only.
    """
    from mentee_desktop.data.errors import NotADatabaseError, StoreError
    from mentee_desktop.data.store import open_store
    from mentee_desktop.data.timestamps import utc_now
    from mentee_desktop.paths import backup_dir, database_path

    for _attempt in range(3):
        try:
            return open_store(data_dir, allow_read_only=True, key=key)
        except NotADatabaseError as exc:
            if key is not None:  # never offer to replace a protected store
                show_problem(str(exc))
                return None
            # imported only for a damaged file: the dialog's module costs start-up time
            from mentee_desktop.data.backups import newest_good_backup, recover
            from mentee_desktop.ui.safety import recovery_dialog

            ask = ask or recovery_dialog.ask_how_to_recover
            path = database_path(data_dir)
            if not path.exists():
                show_problem(str(exc))
                return None
            backup = newest_good_backup(backup_dir(data_dir))
            choice = ask(getattr(exc, "reason", str(exc)), path, backup, zone)
            if choice == recovery_dialog.QUIT:
                return None
            chosen = backup if choice == recovery_dialog.RESTORE else None
            try:
                aside = recover(data_dir, chosen, now=utc_now(), lock_held=True)
            except StoreError as problem:
                show_problem(str(problem))
                return None
            log.warning("damaged database kept as %s; restored %s", aside, chosen)
        except StoreError as exc:
            show_problem(str(exc))
            return None
    return None


def drop_window(window) -> None:
    """Destroy a closed window now (not later), with every child, timer and editor."""
    import shiboken6

    window.hide()
    shiboken6.delete(window)


def bring_to_front(window) -> None:
    from PySide6.QtCore import Qt

    window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()


def quit_on_termination(window) -> None:
    """Quit cleanly (state saved, backup at quit) on SIGTERM or SIGINT, e.g. at log-out.

    Python runs signal handlers only when it gets control, and Qt's event loop is C++: the
    signal writes to a socket that Qt watches, so the quit runs at once without any polling.
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    signal.set_wakeup_fd(sender.fileno())
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: None)  # the wake-up byte does the work
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, window)

    def terminate() -> None:
        receiver.recv(64)
        log.info("asked to quit by a signal")
        window.quit_application()

    notifier.activated.connect(terminate)
    window._termination = (receiver, sender, notifier)  # keep them alive with the window


def run_gui(context: Context) -> int:
    """Open the window on the context's data folder; returns the exit code.

    A second launch on the same folder brings the first window to the front and exits 0.
    """
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QCoreApplication

    from mentee_desktop.data.errors import StoreError
    from mentee_desktop.data.protection.folder import is_protected
    from mentee_desktop.data.store import ensure_private_folder
    from mentee_desktop.localzone import local_timezone_name
    from mentee_desktop.paths import default_log_dir
    from mentee_desktop.ui.protection.start import after_window_closed, unlock_at_start
    from mentee_desktop.ui.shell.single_instance import SingleInstance

    setup_logging(default_log_dir())
    _install_excepthook()
    app = create_application()
    data_dir = context.data_dir
    zone_name = local_timezone_name()
    try:
        if not data_dir.exists():
            ensure_private_folder(data_dir)
    except StoreError as exc:
        show_problem(str(exc))
        return 1
    instance = SingleInstance(data_dir)
    if not instance.become_primary():
        if instance.ask_primary_to_show():
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
    current: dict = {}
    instance.show_requested.connect(lambda: bring_to_front(current["window"]))
    try:
        key, daily, first = None, None, True
        while True:
            if key is None and is_protected(data_dir):
                key = unlock_at_start(data_dir)
                if key is None:
                    return 0
            db = open_for_window(data_dir, zone=ZoneInfo(zone_name), key=key)
            if db is None:
                return 1
            window = build_window(
                db, data_dir, clock=lambda: datetime.now(UTC), zone_name=zone_name, key=key
            )
            current["window"] = window
            quit_on_termination(window)
            if os.environ.get(REPORT_FIRST_PAINT) == "1":
                report_first_paint(window)
            if not getattr(window, "start_hidden", False) or not first:
                window.show()
            if first and not window.safety_actions.read_only:
                daily = window.safety_actions.start_daily_backup()
                _start_after_first_paint(window, daily)
            first = False
            code = app.exec()
            if daily is not None:
                daily.wait()  # it may have started as the window closed: never cut it short
                daily = None  # it belongs to this window, which goes now
            step = window.protection.next_step
            drop_window(window)  # its content leaves memory, its timers stop, before the store
            db.close()
            if step is None:
                return code
            key = after_window_closed(data_dir, step, key)
    finally:
        instance.release()

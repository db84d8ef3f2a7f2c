"""The parts of the window's start: QApplication, logging, the store opened for the window
(with recovery from a damaged file), the main window and its features. ``app_session`` runs
them in order (one instance per data folder, unlocking and locking a protected store).

Known store problems (bad file, newer schema, read-only folder) become a plain dialog; bugs
go to the log with a traceback and the user sees a short apology, never the traceback.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

log = logging.getLogger("mentee_desktop")

#: set to 1 to print "first-paint <time.perf_counter()> <resident KiB>" to stderr when the main
#: window has painted for the first time, then quit (bench/startup.py measures start-up with it)
REPORT_FIRST_PAINT = "MENTEE_DESKTOP_REPORT_FIRST_PAINT"
#: time.perf_counter() when the QApplication was made (reported before the first-paint line)
_APPLICATION_CREATED = 0.0


#: the log is set aside when it has grown past this at start; the last few are kept
LOG_BYTES = 1_000_000
LOG_KEPT = 3


def setup_logging(log_dir: Path) -> Path | None:
    """Log to a file in the platform's log folder; None if it cannot be written.

    The log is rotated at start (``mentee-desktop.log.1`` … ``.3``), not line by line: a
    session writes a few lines, and ``logging.handlers`` would import socket and pickle
    before the first paint (about 6 ms)."""
    path = log_dir / "mentee-desktop.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        _rotate_when_full(path)
        handler = logging.FileHandler(path, encoding="utf-8")
        path.chmod(0o600)  # it can name notes: keep it private
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def _rotate_when_full(path: Path) -> None:
    """``path`` becomes ``path.1`` (and ``.1`` becomes ``.2`` …) once it is ``LOG_BYTES``."""
    try:
        if path.stat().st_size < LOG_BYTES:
            return
    except FileNotFoundError:
        return
    for number in range(LOG_KEPT - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))


def create_application(argv: list[str] | None = None):
    """The QApplication with names and icon set (reused when one exists, as in tests)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from mentee_desktop.desktop_entry import APP_ID
    from mentee_desktop.resource_files import app_icon_path

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    global _APPLICATION_CREATED
    _APPLICATION_CREATED = _APPLICATION_CREATED or time.perf_counter()
    app.setApplicationName("Mentee Desktop")
    app.setOrganizationName("mentee-desktop")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    if not getattr(app, "_mentee_translated", False):
        from mentee_desktop.i18n import install_translators

        install_translators(app)
        app._mentee_translated = True
    return app


def build_window(
    db,
    data_dir: Path,
    *,
    clock: Callable[[], datetime],
    zone_name: str,
    tray_available: bool | None = None,
    features_after_paint: bool = False,
    key=None,
    monotonic: Callable[[], float] = time.monotonic,
):
    """The main window over an open store (used by the app and by tests).

    ``tray_available`` overrides the desktop's answer to whether it has a system tray (tests).
    With ``features_after_paint`` the features the first paint does not show (export,
    invitations, data safety, reminders, protection: menu entries and bars that are empty at
    start; and the application-wide event filters, which have no input to see before) are
    installed right after the window's first paint, so their modules stay off the
    path to it; :func:`install_features_after_paint` says how to wait for them. ``key``: a
    protected store's key, for the features that write encrypted files. ``monotonic``: the
    clock the idle time is measured with (tests move it on).
    """
    from mentee_desktop.ui.shell.main_window import MainWindow
    from mentee_desktop.ui.shell.services import AppServices

    services = AppServices(db, clock=clock, zone_name=zone_name)
    services.store_key = key  # None for a plain store
    services.monotonic = monotonic
    window = MainWindow(services, data_dir)
    services.setParent(window)
    installers = _feature_installers()
    for install in installers[:FIRST_PAINT_FEATURES]:
        install(window)
    if features_after_paint:
        install_features_after_paint(window, tray_available=tray_available)
    else:
        _install_later_features(window, tray_available)
    return window


#: how many of :func:`_feature_installers` the first paint needs: the relationship tab
#: (its page may be the one restored in front) and Edit › Search… (Ctrl+F works at once);
#: both import nothing heavy until they are used
FIRST_PAINT_FEATURES = 2


def _feature_installers() -> list[Callable]:
    """Features that add menus, tabs and bars to the window, in the order they appear
    (reminders and then protection come last: reminders are installed with the tray's
    availability, and protection adds "Lock now" to the tray's menu). The first
    :data:`FIRST_PAINT_FEATURES` are cheap and installed before the first paint; the modules
    of the others are imported only when they are installed."""
    from mentee_desktop.ui.relationship import install as relationship_install
    from mentee_desktop.ui.search import install as search_install

    return [
        relationship_install.install,
        search_install.install,
        _installer_in("mentee_desktop.ui.export.actions"),
        _installer_in("mentee_desktop.ui.invitations.install"),
        _installer_in("mentee_desktop.ui.safety.actions"),
    ]


def _installer_in(module: str) -> Callable:
    """The ``install`` function of ``module``, which is imported only when it runs."""

    def install(window) -> None:
        # __import__, not importlib.import_module: -X importtime then lists the module
        __import__(module, fromlist=["install"]).install(window)

    install.__module__ = module  # names the feature, as the function itself would
    return install


def _install_later_features(window, tray_available: bool | None) -> None:
    from mentee_desktop.ui.reminders.install import install as install_reminders

    window.install_app_filters()
    for install in _feature_installers()[FIRST_PAINT_FEATURES:]:
        install(window)
    install_reminders(window, tray_available=tray_available)
    _installer_in("mentee_desktop.ui.protection.install")(window)
    window.features_installed = True
    window.features_ready.emit()


def install_features_after_paint(window, *, tray_available: bool | None = None) -> None:
    """Install the remaining features as soon as the window has painted for the first time
    (``window.features_ready`` is emitted then, ``window.features_installed`` is True).

    The event loop runs them before it handles any input, so the menus are complete and
    the shortcuts work by the time the user can reach them. A window that is not shown
    (started hidden in the tray) gets them at the first turn of the event loop.
    """
    from PySide6.QtCore import QTimer

    def install() -> None:
        if window.features_installed:
            return
        _install_later_features(window, tray_available)
        reminders = getattr(window, "reminders", None)
        if reminders is not None:  # the first look: the paint it waits for is over
            QTimer.singleShot(0, reminders.scheduler, reminders.scheduler.start)

    _after_first_paint(window, install)


def _after_first_paint(window, work: Callable[[], None]) -> None:
    """Run ``work`` once the window has painted (so it does not compete with start-up), at
    the first turn of the event loop when the window is not shown (kept in the tray), or a
    second after start at the latest. ``work`` must do nothing when run again."""
    from PySide6.QtCore import QTimer

    if window.painted:
        QTimer.singleShot(0, window, work)
        return
    window.first_painted.connect(work)
    QTimer.singleShot(0, window, lambda: None if window.isVisible() else work())
    QTimer.singleShot(1000, window, work)


def report_first_paint(window) -> None:
    """At the window's first paint, once the whole window is painted, report and quit.

    The line is ``first-paint <perf_counter seconds> <resident memory KiB>``;
    ``perf_counter`` is the system-wide monotonic clock, so the caller can subtract the
    moment it started the process. It follows ``application-created <perf_counter seconds>``,
    the moment the QApplication was made.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    def report() -> None:
        stamp = time.perf_counter()
        print(f"application-created {_APPLICATION_CREATED:.6f}", file=sys.stderr)
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


def open_for_window(
    data_dir: Path,
    *,
    zone: tzinfo,
    ask: Callable | None = None,
    read_only: bool = False,
    ask_about_set_aside: Callable | None = None,
    key=None,
):
    """Open the store for the window, or None after telling the user why not.

    Only a file that is really damaged leads to the recovery dialog (``ask``), which offers
    the newest good backup; a file that cannot be read *now* (full disk, permissions, a lock)
    or belongs to another program is explained and left alone. A store that cannot be
    written opens read-only; so does every store when the folder's lock could not be taken
    (``read_only``). A file kept aside earlier is mentioned at every start until the user
    restores it, opens its folder or dismisses it (``ask_about_set_aside``). A protected
    store opens through its ``key``; its problems are explained, never "recovered".
    """
    from mentee_desktop.data.errors import DamagedDatabaseError, StoreError
    from mentee_desktop.data.store import is_read_only, open_store

    recovered = False
    for _attempt in range(3):
        try:
            db = open_store(data_dir, allow_read_only=True, read_only=read_only, key=key)
        except DamagedDatabaseError as exc:
            if key is not None:  # never offer to replace a protected store
                show_problem(_damaged_protected_store(data_dir))
                return None
            if read_only:
                show_problem(str(exc))
                return None
            if not _recover_from_damage(data_dir, exc, zone, ask):
                return None
            recovered = True  # the dialog has just said where the file went
            continue
        except StoreError as exc:
            show_problem(str(exc))
            return None
        if not recovered and not is_read_only(db):
            _mention_set_aside(db, data_dir, zone, ask_about_set_aside)
        return db
    return None


def _damaged_protected_store(data_dir: Path) -> str:
    """What to say when a protected store's key opens its key file but not its database."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "App",
        "The protected file {0} is damaged: the key in its key file does not open it. Nothing "
        "was changed. To bring back the newest good backup, close Mentee Desktop and run "
        "“mentee-desktop recover” in a terminal; it asks for your passphrase.",
    ).format(data_dir / "mentee.db")


def _recover_from_damage(data_dir: Path, exc, zone: tzinfo, ask: Callable | None) -> bool:
    """Ask how to recover from a damaged ``mentee.db``; True when it was replaced (so the
    store can be opened again)."""
    # imported only for a damaged file: the dialog's module costs start-up time
    from mentee_desktop.data.backups import newest_good_backup, recover
    from mentee_desktop.data.errors import StoreError
    from mentee_desktop.data.timestamps import utc_now
    from mentee_desktop.paths import backup_dir, database_path
    from mentee_desktop.ui.safety import recovery_dialog

    ask = ask or recovery_dialog.ask_how_to_recover
    path = database_path(data_dir)
    if not path.exists():
        show_problem(str(exc))
        return False
    backup = newest_good_backup(backup_dir(data_dir))
    choice = ask(getattr(exc, "reason", str(exc)), path, backup, zone)
    if choice == recovery_dialog.QUIT:
        return False
    chosen = backup if choice == recovery_dialog.RESTORE else None
    try:
        aside = recover(data_dir, chosen, now=utc_now(), lock_held=True)
    except StoreError as problem:
        show_problem(str(problem))
        return False
    log.warning("damaged database kept as %s; restored %s", aside, chosen)
    return True


def _mention_set_aside(db, data_dir: Path, zone: tzinfo, ask: Callable | None) -> None:
    """Show each file kept aside (newest first) until the user has dealt with it."""
    from mentee_desktop.data.folder import set_aside_files
    from mentee_desktop.paths import database_path

    found = set_aside_files(database_path(data_dir))
    if not found:
        return
    from mentee_desktop.ui.safety import set_aside_dialog

    ask = ask or set_aside_dialog.ask_about_set_aside
    for aside in reversed(found):
        set_aside_dialog.act_on_choice(db, data_dir, aside, ask(aside, zone))


def drop_window(window) -> None:
    """Destroy a closed window now (not later), with every child, timer and editor."""
    import shiboken6

    window.hide()
    shiboken6.delete(window)

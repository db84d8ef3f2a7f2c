"""Start the window: QApplication, logging, the store, the main window.

Known store problems (bad file, newer schema, read-only folder) become a plain dialog; bugs
go to the log with a traceback and the user sees a short apology, never the traceback.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mentee_desktop.cli.context import Context

log = logging.getLogger("mentee_desktop")


def setup_logging(log_dir: Path) -> Path | None:
    """Log to a rotating file in the platform's log folder; None if it cannot be written."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / "mentee-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
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

    from mentee_desktop.resource_files import app_icon_path

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Mentee Desktop")
    app.setOrganizationName("mentee-desktop")
    app.setDesktopFileName("io.github.menteedesktop.MenteeDesktop")
    app.setWindowIcon(QIcon(str(app_icon_path())))
    return app


def build_window(db, data_dir: Path, *, clock: Callable[[], datetime], zone_name: str):
    """The main window over an open store (used by the app and by tests)."""
    from mentee_desktop.ui.main_window import MainWindow
    from mentee_desktop.ui.services import AppServices

    services = AppServices(db, clock=clock, zone_name=zone_name)
    window = MainWindow(services, data_dir)
    services.setParent(window)
    return window


def _install_excepthook() -> None:
    def hook(kind, value, trace):
        log.error("unexpected error", exc_info=(kind, value, trace))
        try:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                QMessageBox.warning(
                    None,
                    "Mentee Desktop",
                    "Something went wrong. Your saved data is safe; the details are in the log.",
                )
        except Exception:
            pass

    sys.excepthook = hook


def run_gui(context: Context) -> int:
    """Open the window on the context's data folder; returns the exit code."""
    from mentee_desktop.data.errors import StoreError
    from mentee_desktop.data.store import open_store
    from mentee_desktop.localzone import local_timezone_name
    from mentee_desktop.paths import default_log_dir

    setup_logging(default_log_dir())
    _install_excepthook()
    app = create_application()
    data_dir = context.data_dir
    try:
        db = open_store(data_dir)
    except StoreError as exc:
        from PySide6.QtWidgets import QMessageBox

        log.warning("cannot open the store: %s", exc)
        QMessageBox.critical(
            None, "Mentee Desktop", f"Mentee Desktop cannot open your data.\n\n{exc}"
        )
        return 1
    window = build_window(
        db, data_dir, clock=lambda: datetime.now(UTC), zone_name=local_timezone_name()
    )
    window.show()
    code = app.exec()
    db.close()
    return code

"""Start-up stays close to a bare Qt window: nothing the first paint does not show is imported
before it, yet the window that paints first is complete (the chosen meeting's agenda is in
it), and the features installed right after the paint are all there when the user can act."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject

from mentee_desktop.data import agenda_items
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.errors import transaction
from mentee_desktop.ui.shell import features
from tests.helpers import add_meeting, add_mentor

#: modules that must not load before the window's first paint, and why (a name ending in
#: "." forbids the package's modules but not the package itself)
NOT_BEFORE_FIRST_PAINT = {
    "mentee_desktop.agenda.pdf": "PDF export",
    "mentee_desktop.agenda.ics": "iCalendar export",
    "mentee_desktop.agenda.markdown": "Markdown export",
    "mentee_desktop.agenda.html": "export preview",
    "mentee_desktop.agenda.eml": "e-mail export",
    "mentee_desktop.agenda.files": "export files",
    "mentee_desktop.ui.export": "export and print",
    "PySide6.QtPrintSupport": "printing",
    "mentee_desktop.invitations.": "calendar invitations",  # the package's names may load
    "mentee_desktop.ui.invitations": "calendar invitations",
    "icalendar": "calendar invitations",
    "mentee_desktop.ui.search.dialog": "the search dialog",
    "mentee_desktop.ui.search.results": "the search results",
    "mentee_desktop.data.search": "search",
    "mentee_desktop.ui.relationship.tab": "a hidden tab (relationship)",
    "mentee_desktop.ui.relationship.trend_chart": "charts",
    "PySide6.QtCharts": "charts",
    "mentee_desktop.ui.notes": "a hidden tab (listening notes)",
    "mentee_desktop.ui.feedback": "a hidden tab (feedback)",
    "mentee_desktop.ui.actions": "a hidden tab (action items)",
    "mentee_desktop.ui.reminders": "reminders (the first look waits for the paint)",
    "mentee_desktop.ui.safety": "data-safety menu",
    "PySide6.QtNetwork": "the single-instance server (it listens after the paint)",
    "mentee_desktop.data.protection": "store protection",
    "cryptography": "store protection",
    "sqlcipher3": "store protection",
    "mentee_desktop.data.log_writeback": "the store's log write-back (it starts after the paint)",
    "logging.handlers": "a rotating log handler (socket, pickle); the log rotates at start",
    "socket": "sockets (a signal wakes the window through a pipe; QtNetwork waits for the paint)",
}


def forbidden(module: str) -> str | None:
    """Why ``module`` must wait for the first paint, or None when it may load before."""
    for name, why in NOT_BEFORE_FIRST_PAINT.items():
        if name.endswith(".") and module.startswith(name):
            return why
        if module == name or module.startswith(name + "."):
            return why
    return None


def imported_before_first_paint(stderr: str) -> list[str]:
    """The modules ``-X importtime`` reported before the ``first-paint`` line."""
    modules = []
    for line in stderr.splitlines():
        if line.startswith("first-paint "):
            return modules
        if line.startswith("import time:") and "self [us]" not in line:
            modules.append(line.rsplit("|", 1)[1].strip())
    raise AssertionError(f"the window never reported its first paint:\n{stderr[-2000:]}")


def test_nothing_the_first_paint_does_not_show_is_imported_before_it(cli, data_dir: Path):
    assert cli("--data-dir", str(data_dir), "sample-data").returncode == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MENTEE_DESKTOP_REPORT_FIRST_PAINT="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "mentee_desktop", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    modules = imported_before_first_paint(result.stderr)
    assert "mentee_desktop.ui.prepare.tab" in modules  # the tab in front is built for it
    early = [f"{module} ({forbidden(module)})" for module in modules if forbidden(module)]
    assert early == [], "imported before the first paint: " + ", ".join(early)
    # PySide reads the source of every module imported after it: the data layer comes first
    pyside = modules.index("PySide6")
    late = [m for m in modules[pyside:] if m.startswith(("sqlite_utils", "mentee_desktop.data"))]
    assert late == [], "imported after PySide6, so read by it again: " + ", ".join(late)


#: runs the app and, when it reports its first paint, prints the PySide types made by then
TYPES_AT_FIRST_PAINT = """
import sys
import PySide6.QtWidgets as widgets
import mentee_desktop.app as app
report = app.resident_kib
def at_first_paint():
    made = [name for name in ("QStyle", "QCommonStyle") if name in vars(widgets)]
    print("types-made " + " ".join(made), file=sys.stderr)
    return report()
app.resident_kib = at_first_paint
from mentee_desktop.cli import run
sys.exit(run(sys.argv[1:]))
"""


def test_the_first_paint_makes_no_python_style_types(cli, data_dir: Path):
    """PySide makes a class's Python enums with the class: QStyle's are some 700 names.
    The agenda's badges are painted without it (the sample's agenda has badges)."""
    assert cli("--data-dir", str(data_dir), "sample-data").returncode == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MENTEE_DESKTOP_REPORT_FIRST_PAINT="1")
    result = subprocess.run(
        [sys.executable, "-c", TYPES_AT_FIRST_PAINT, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("types-made")]
    assert line.split()[1:] == [], line


def test_the_budget_names_what_it_forbids():
    assert forbidden("mentee_desktop.ui.notes.tab") == "a hidden tab (listening notes)"
    assert forbidden("PySide6.QtNetwork") is not None
    assert forbidden("mentee_desktop.ui.notes_extra") is None  # a prefix of a name is not it
    assert forbidden("mentee_desktop.ui.prepare.tab") is None
    assert forbidden("mentee_desktop.invitations") is None  # CALENDAR_SUFFIXES, for the CLI
    assert forbidden("mentee_desktop.invitations.read") == "calendar invitations"


class PaintWatcher(QObject):
    """Records what the window holds at the moment of its first paint."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.seen: dict | None = None

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None:
            tab = self.window.tab_by_key.built.get("prepare")
            self.seen = {
                "features": features.installed(self.window),
                "tab": tab,
                "tab_in_front": self.window.tabs.currentWidget() is tab,
                "texts": [item.text for item in tab.model.items()] if tab else [],
                "agenda_visible": tab is not None and tab.tree.isVisibleTo(self.window),
                "meeting": self.window.current_meeting_id(),
            }
        return False


def test_the_first_paint_shows_the_chosen_meetings_agenda(qtbot, db, data_dir, now):
    from mentee_desktop.app import build_window

    mentor = add_mentor(db)
    add_meeting(db, mentor.id, now, days=-14, status="held")
    meeting = add_meeting(db, mentor.id, now, days=3)
    texts = ["How do I delegate?", "Roadmap review", "I read a book on feedback"]
    with transaction(db):
        for text in texts:
            agenda_items.add(db, AgendaItem(meeting_id=meeting.id, kind="question", text=text))
    window = build_window(
        db,
        data_dir,
        clock=lambda: now,
        zone_name="Europe/Berlin",
        tray_available=False,
        features_after_paint=True,  # as the app builds it
    )
    qtbot.addWidget(window)
    watcher = PaintWatcher(window)
    window.installEventFilter(watcher)
    assert not window.features_installed
    with qtbot.waitSignal(window.features_ready, timeout=10_000):
        window.show()
    seen = watcher.seen
    assert seen is not None
    assert seen["meeting"] == meeting.id
    assert seen["tab"] is not None and seen["tab_in_front"] and seen["agenda_visible"]
    assert seen["texts"] == texts
    assert seen["features"] == {"relationship", "search"}  # the rest came after the paint
    assert features.installed(window) == {
        "relationship",
        "search",
        "export",
        "invitations",
        "safety",
        "reminders",
        "protection",
    }
    window.close()


def test_deferred_features_give_the_same_menus_and_shortcuts(qtbot, db, data_dir, now):
    """Installed after the paint, the menus hold the same entries in the same order."""
    from mentee_desktop.app import build_window

    add_mentor(db)

    def menus(window) -> list[tuple[str, str]]:
        return [
            (action.text(), action.shortcut().toString())
            for menu in (window.file_menu, window.edit_menu, window.view_menu, window.help_menu)
            for action in menu.actions()
        ]

    at_once = build_window(db, data_dir, clock=lambda: now, zone_name="Europe/Berlin")
    qtbot.addWidget(at_once)
    later = build_window(
        db, data_dir, clock=lambda: now, zone_name="Europe/Berlin", features_after_paint=True
    )
    qtbot.addWidget(later)
    with qtbot.waitSignal(later.features_ready, timeout=10_000):
        later.show()
    assert menus(later) == menus(at_once)
    assert ("&Export agenda…", "Ctrl+E") in menus(later)
    at_once.close()
    later.close()

"""Screenshots of a meeting's life in the real window, on Xvfb with a window manager (openbox):

    python scripts/lifecycle_screenshots.py

Writes docs/screenshot-selector-past-meetings.png (the meeting selector, opened, for a mentor
with only past meetings) and docs/screenshot-meeting-dialog-two-zones.png (planning a meeting
with a mentor in Tokyo while the user is in Berlin).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def rerun_under_xvfb() -> int:
    if not shutil.which("xvfb-run"):
        print("needs an X display or xvfb-run (Debian package xvfb)", file=sys.stderr)
        return 1
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, *sys.argv]
    return subprocess.call(command, env=os.environ | {"SCREENSHOTS_UNDER_XVFB": "1"})


def take() -> list[Path]:
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from mentee_desktop.app import build_window, create_application
    from mentee_desktop.data import agenda_items, lifecycle, meetings, mentors
    from mentee_desktop.data.agenda_items import AgendaItem
    from mentee_desktop.data.meetings import Meeting
    from mentee_desktop.data.mentors import Mentor
    from mentee_desktop.data.store import open_store
    from mentee_desktop.ui.shell.mentor_meeting_dialogs import MeetingDialog

    app = create_application()

    def settle(ms: int = 500) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    data_dir = Path(tempfile.mkdtemp(prefix="mentee-lifecycle-shots-"))
    db = open_store(data_dir)
    grace = mentors.add(db, Mentor(name="Grace Hopper", role="Rear admiral"), now=NOW)
    for weeks, status in ((14, "held"), (10, "held"), (6, "cancelled"), (2, "held")):
        start = (NOW - timedelta(weeks=weeks)).replace(hour=14, minute=0)
        lifecycle.plan(db, Meeting(grace.id, start, "Europe/Berlin", status=status), now=NOW)
    kenji = mentors.add(
        db, Mentor(name="Kenji Sato", timezone="Asia/Tokyo", cadence_days=14), now=NOW
    )
    tokyo_start = datetime(2026, 11, 20, 0, 0, tzinfo=UTC)  # 09:00 in Tokyo
    held = lifecycle.plan(
        db,
        Meeting(kenji.id, tokyo_start, "Asia/Tokyo", 45, "https://meet.example.org/k", "held"),
        now=NOW,
    )
    agenda_items.add(db, AgendaItem(held.id, "question", "How do you plan a quarter?"), now=NOW)
    window = build_window(db, data_dir, clock=lambda: NOW, zone_name="Europe/Berlin")
    window.resize(1100, 640)
    window.move(10, 10)
    window.show()
    settle(900)
    # Grace's future meeting is deleted again so that she has only past meetings
    future = [m for m in meetings.list_all(db, mentor_id=grace.id) if m.starts_at > NOW]
    for meeting in future:
        lifecycle.delete(db, meeting.id, now=NOW)
    window.selector.select(grace.id, None)
    settle()
    window.selector.meeting_combo.showPopup()
    settle(700)
    written = []
    selector = ROOT / "docs" / "screenshot-selector-past-meetings.png"
    app.primaryScreen().grabWindow(0, 0, 0, 1120, 420).save(str(selector))
    written.append(selector)
    window.selector.meeting_combo.hidePopup()
    lifecycle.plan(db, Meeting(grace.id, datetime(2026, 12, 4, 0, 15, tzinfo=UTC), "UTC"))
    window.selector.select(kenji.id, None)
    settle()
    services = window.services
    suggested = lifecycle.suggest_next(db, kenji.id, NOW, "Europe/Berlin")
    dialog = MeetingDialog(
        kenji.id,
        "Europe/Berlin",
        NOW,
        parent=window,
        suggested=suggested,
        check=lambda m: services.read(lifecycle.check_plan, m, NOW),
    )
    dialog.show()
    settle(700)
    dialog_file = ROOT / "docs" / "screenshot-meeting-dialog-two-zones.png"
    dialog.grab().save(str(dialog_file))
    written.append(dialog_file)
    dialog.close()
    window.close()
    QApplication.processEvents()
    db.close()
    return written


def main() -> int:
    if not os.environ.get("DISPLAY"):
        return rerun_under_xvfb()
    manager = subprocess.Popen(["openbox"]) if shutil.which("openbox") else None
    try:
        for path in take():
            print(path.relative_to(ROOT))
    finally:
        if manager is not None:
            manager.terminate()
            manager.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())

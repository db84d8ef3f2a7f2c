"""Remake the screenshots in docs/: the real window on an X server (Xvfb), sample data.

    python scripts/screenshots.py            # starts itself under xvfb-run when no DISPLAY
    python scripts/screenshots.py --scale 2  # the same at 200 % scaling

Writes docs/screenshot.png (the Prepare tab) and docs/screenshot-<tab>.png for every tab,
each with a message showing in the line kept for messages and reminders, and
docs/tray-none-reminders-bar.png. Under Xvfb it runs openbox when installed, as a desktop has
a window manager.

Then, at 100 % only, the tray pictures with the same window: docs/tray-notification.png (the
"while you were away" message), docs/tray-menu.png (the tray menu open) and
docs/tray-closed-to-tray.png (the window closed, the app still in the tray). They need a tray
host: trayer (Debian package trayer) is started when the display has none; without one they
are left as they are.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rerun_under_xvfb() -> int:
    if not shutil.which("xvfb-run"):
        print("needs an X display or xvfb-run (Debian package xvfb)", file=sys.stderr)
        return 1
    command = ["xvfb-run", "-a", "-s", "-screen 0 2400x1600x24", sys.executable, *sys.argv]
    return subprocess.call(command, env=os.environ | {"SCREENSHOTS_UNDER_XVFB": "1"})


def take(out_dir: Path, suffix: str) -> list[Path]:
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from mentee_desktop.app import build_window, create_application
    from mentee_desktop.data.sample import add_sample
    from mentee_desktop.data.store import open_store

    app = create_application()  # noqa: F841 - kept alive while the window shows

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    data_dir = Path(tempfile.mkdtemp(prefix="mentee-shots-"))
    db = open_store(data_dir)
    now = datetime.now(UTC)
    add_sample(db, now=now, zone_name="Europe/Berlin")
    window = build_window(db, data_dir, clock=lambda: datetime.now(UTC), zone_name="Europe/Berlin")
    window.resize(1100, 720)
    window.move(20, 20)
    window.show()
    settle(800)
    written = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        window.show_info("Saved a copy of your notes 🙂")
        settle()
        key = list(window.tab_by_key)[index]
        path = out_dir / f"screenshot-{key}{suffix}.png"
        window.screen().grabWindow(window.winId()).save(str(path))
        written.append(path)
    window.tabs.setCurrentIndex(0)
    settle()
    window.show_info("Saved a copy of your notes 🙂")
    settle()
    main_shot = out_dir / f"screenshot{suffix}.png"
    window.screen().grabWindow(window.winId()).save(str(main_shot))
    written.append(main_shot)
    if not suffix:
        bar_shot = out_dir / "tray-none-reminders-bar.png"
        window.message_bar.hide()
        settle()
        window.screen().grabWindow(window.winId()).save(str(bar_shot))
        written.append(bar_shot)
    window.close()
    db.close()
    QApplication.processEvents()
    shutil.rmtree(data_dir, ignore_errors=True)
    if not suffix:
        written += take_tray(out_dir, settle)
    return written


def start_tray_host(settle) -> subprocess.Popen | bool:
    """Make sure the display has a system tray: True when it has one, the trayer process
    started for it when it had none, False when there is none to be had."""
    from PySide6.QtWidgets import QSystemTrayIcon

    if QSystemTrayIcon.isSystemTrayAvailable():
        return True
    if not shutil.which("trayer"):
        print("no system tray and no trayer: the tray pictures are left as they are")
        return False
    host = ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"]
    host += ["--height", "28", "--SetDockType", "true", "--transparent", "false"]
    started = subprocess.Popen(host, stderr=subprocess.DEVNULL)
    for _ in range(50):
        settle(100)
        if QSystemTrayIcon.isSystemTrayAvailable():
            return started
    started.terminate()
    print("trayer did not start: the tray pictures are left as they are")
    return False


def take_tray(out_dir: Path, settle) -> list[Path]:
    """The tray pictures: the window users get, with its tray icon, message and menu."""
    from PySide6.QtCore import QRect

    from mentee_desktop.app import build_window
    from mentee_desktop.data.sample import add_sample
    from mentee_desktop.data.store import open_store

    host = start_tray_host(settle)
    if host is False:
        return []
    data_dir = Path(tempfile.mkdtemp(prefix="mentee-shots-tray-"))
    db = open_store(data_dir)
    now = datetime.now(UTC)
    add_sample(db, now=now, zone_name="Europe/Berlin")
    window = build_window(
        db,
        data_dir,
        clock=lambda: datetime.now(UTC),
        zone_name="Europe/Berlin",
        tray_available=True,
    )
    screen = window.screen().geometry()
    # the window near the tray in the top right corner, as a user sees it beside the panel
    window.resize(1100, 720)
    window.move(screen.right() - 1100 - 160, 40)
    window.show()
    settle(1500)  # features, the tray icon, and the first look at what fell due
    tray = window.reminders.tray
    shot_area = QRect(screen.right() - 1400 + 1, 0, 1400, 800)

    def grab(name: str) -> Path:
        path = out_dir / name
        window.screen().grabWindow(0, *shot_area.getRect()).save(str(path))
        return path

    # the "while you were away" message, shown again now that the tray icon has its place
    tray.announce(window.reminders.scheduler.due, True)
    settle(800)
    written = [grab("tray-notification.png")]
    tray.icon.showMessage("", "", tray.icon.MessageIcon.NoIcon, 1)  # the message goes
    settle(600)
    tray.rebuild_menu()
    icon_at = tray.icon.geometry()
    tray.menu.popup(icon_at.bottomLeft() if icon_at.isValid() else screen.topRight())
    settle()
    written.append(grab("tray-menu.png"))
    tray.menu.hide()
    settle()
    window.close()  # the app stays in the tray and says so, once
    settle(800)
    written.append(grab("tray-closed-to-tray.png"))
    tray.icon.hide()
    window.reminders.scheduler.timer.stop()
    db.close()
    shutil.rmtree(data_dir, ignore_errors=True)
    if isinstance(host, subprocess.Popen):
        host.terminate()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("SCREENSHOTS_UNDER_XVFB"):
        return rerun_under_xvfb()
    if os.environ.get("SCREENSHOTS_UNDER_XVFB") and shutil.which("openbox"):
        subprocess.Popen(["openbox"], stderr=subprocess.DEVNULL)
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.scale == 1.0 else f"@{args.scale:g}x"
    for path in take(args.out, suffix):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

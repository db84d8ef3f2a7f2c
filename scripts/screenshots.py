"""Remake the screenshots in docs/: the real window on an X server (Xvfb), sample data.

    python scripts/screenshots.py            # starts itself under xvfb-run when no DISPLAY
    python scripts/screenshots.py --scale 2  # the same at 200 % scaling

Writes docs/screenshot.png (the Prepare tab) and docs/screenshot-<tab>.png for every tab,
each with a message and the reminders bar showing (no system tray under Xvfb), and
docs/tray-none-reminders-bar.png. Under Xvfb it runs openbox when installed, as a desktop has
a window manager.
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
        window.show_info("Saved a copy of your notes 🙂 — both bars float over the page")
        settle()
        key = list(window.tab_by_key)[index]
        path = out_dir / f"screenshot-{key}{suffix}.png"
        window.screen().grabWindow(window.winId()).save(str(path))
        written.append(path)
    window.tabs.setCurrentIndex(0)
    settle()
    window.show_info("Saved a copy of your notes 🙂 — both bars float over the page")
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

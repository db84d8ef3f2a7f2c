"""Run the real app on a private X display with the accessibility bus, and drive it.

Started by tests/test_atspi.py under ``dbus-run-session`` (so the bus is private):

    dbus-run-session -- python tests/atspi_session.py DATA_DIR

It starts Xvfb, openbox and the AT-SPI bus, then the app (this Python, Qt's xcb platform with
accessibility on), then ``tests/atspi_driver.py`` under the system Python (Debian's pyatspi
belongs to it). The driver's output (JSON) is printed; the exit code is the driver's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def start_display() -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            raise RuntimeError("Xvfb did not start")
        number += chunk
    os.close(read)
    return xvfb, ":" + number.decode().strip()


def main() -> int:
    data_dir = sys.argv[1]
    xvfb, display = start_display()
    env = os.environ | {
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "NO_AT_BRIDGE": "0",
        "LANG": "C.UTF-8",
        "LANGUAGE": "en",
    }
    env.pop("WAYLAND_DISPLAY", None)
    started: list[subprocess.Popen] = [xvfb]
    try:
        started.append(subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL))
        started.append(
            subprocess.Popen(
                ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                env=env,
                stderr=subprocess.DEVNULL,
            )
        )
        app = subprocess.Popen(
            [sys.executable, "-m", "mentee_desktop", "--data-dir", data_dir],
            env=env,
        )
        started.append(app)
        driver = subprocess.run(
            ["/usr/bin/python3", str(HERE / "atspi_driver.py"), *sys.argv[2:]],
            env=env,
            timeout=120,
        )
        if driver.returncode != 0:
            return driver.returncode
        try:
            app.wait(timeout=30)  # the driver quits the app from its File menu
        except subprocess.TimeoutExpired:
            print("the app did not quit", file=sys.stderr)
            return 3
        return driver.returncode or app.returncode
    finally:
        for process in reversed(started):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()


if __name__ == "__main__":
    sys.exit(main())

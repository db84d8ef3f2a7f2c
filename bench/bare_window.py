"""The floor for start-up: a bare PySide6 window with the app's five tabs, all empty.

Run by bench/startup.py. At the window's first paint it prints, like the app does with
MENTEE_DESKTOP_REPORT_FIRST_PAINT=1, ``first-paint <perf_counter seconds> <resident KiB>``
to stderr (after ``application-created <perf_counter seconds>``), then quits. It imports
nothing but PySide6 so that it measures Qt alone.

With ``--touch-qt`` it also reads one name of the ``Qt`` namespace after the QApplication is
made, as every real window does (alignments, keys, roles): PySide then creates the namespace's
Python enum classes, all at once. The difference to the plain bare window is that cost, which
is in any app's "QApplication to first paint" and not ours to remove.
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

CREATED = 0.0
TABS = ("Prepare", "Listening notes", "Feedback", "Action items", "Relationship")


def resident_kib() -> int:
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError, AttributeError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak


class FirstPaint(QObject):
    def __init__(self, window: QMainWindow, app: QApplication):
        super().__init__(window)
        self.window = window
        self.app = app

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.report)  # after this paint, children included
        return False

    def report(self) -> None:
        stamp = time.perf_counter()
        print(f"application-created {CREATED:.6f}", file=sys.stderr)
        print(f"first-paint {stamp:.6f} {resident_kib()}", file=sys.stderr, flush=True)
        self.app.quit()


def main() -> int:
    global CREATED
    app = QApplication(sys.argv)
    CREATED = time.perf_counter()
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    for title in TABS:
        tabs.addTab(QWidget(), title)
    window.setCentralWidget(tabs)
    if "--touch-qt" in sys.argv[1:]:
        from PySide6.QtCore import Qt

        window.setWindowFlag(Qt.WindowType.Window)
    window.resize(1100, 720)
    window.installEventFilter(FirstPaint(window, app))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

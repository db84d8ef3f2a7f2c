"""How much of the app's "QApplication to first paint" is PySide creating Python enum classes.

PySide6 makes the Python ``enum`` classes of a Qt class (and of the ``Qt`` namespace, about 90
at once) when Python first uses that class. This runs the app once in this process on the
given store, with ``enum.EnumType._create_`` timed (a measuring wrapper in this process only;
the app itself never changes PySide or enum), and prints the enum classes made from the
QApplication to the first paint, their time, and the lines of ours that caused the most.
The wrapper costs a little itself: compare the total with ``bench/startup.py``'s, not exactly.

    .venv/bin/python bench/enum_share.py [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import collections
import enum
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=HERE / "out" / "heavy")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MENTEE_DESKTOP_REPORT_FIRST_PAINT"] = "1"
    os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp()  # the app's log, not the user's
    sys.path.insert(0, str(ROOT))
    import mentee_desktop.app as app_module

    made: list[tuple[str, float, str]] = []
    span = {"painted": 0.0}
    create = enum.EnumType._create_
    depth = [0]

    def timed_create(cls, class_name, names, **options):
        depth[0] += 1
        started = time.perf_counter()
        try:
            return create(cls, class_name, names, **options)
        finally:
            depth[0] -= 1
            took = time.perf_counter() - started
            if depth[0] == 0 and app_module._APPLICATION_CREATED and not span["painted"]:
                made.append((options.get("qualname") or class_name, took, _our_line()))

    resident_kib = app_module.resident_kib

    def at_paint() -> int:
        span["painted"] = time.perf_counter()
        return resident_kib()

    enum.EnumType._create_ = timed_create
    app_module.resident_kib = at_paint
    from mentee_desktop.cli import run

    run(["--data-dir", str(args.data_dir)])
    total = span["painted"] - app_module._APPLICATION_CREATED
    spent = sum(took for _, took, _ in made)
    print(f"QApplication to first paint: {total * 1000:.0f} ms (with the timing wrapper)")
    print(f"PySide enum classes made in it: {len(made)}, {spent * 1000:.0f} ms")
    by_line: dict[str, list[float]] = collections.defaultdict(list)
    for _, took, line in made:
        by_line[line].append(took)
    for line, times in sorted(by_line.items(), key=lambda item: -sum(item[1]))[:12]:
        print(f"  {line:<44}{len(times):>5} classes{sum(times) * 1000:>7.1f} ms")
    return 0


def _our_line() -> str:
    """The innermost line of our package on the stack (what made PySide create the enum)."""
    for frame in reversed(traceback.extract_stack()[:-2]):
        if f"{os.sep}mentee_desktop{os.sep}" in frame.filename:
            return f"{frame.filename.rsplit('mentee_desktop', 1)[1][1:]}:{frame.lineno}"
    return "(PySide or Python)"


if __name__ == "__main__":
    sys.exit(main())

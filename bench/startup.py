"""Start-up: time to the first paint of the main window, and resident memory then.

Compares (a) the app on the heavy ten-year store with (b) a bare PySide6 window with the same
five empty tabs (bench/bare_window.py). Both run as new processes, alternating, the same way:
the clock starts just before the process is started and stops when the window reports its
first paint (the app does so with MENTEE_DESKTOP_REPORT_FIRST_PAINT=1, see app.py); memory
is the resident set size the process reports at that moment. One warm-up run of each is
discarded (it also lets Python cache compiled modules and the OS cache the files).

The breakdown runs two more processes in the same rounds: (c) Python alone and (d) Python
importing sqlite-utils, each reporting at once. Python = (c); PySide6 = (b) - (c);
sqlite-utils = (d) - (c); ours = (a) - (b) - sqlite-utils. It also prints, for (a) and (b),
the time from the QApplication being made to the first paint (the window being built); the
app imports sqlite-utils and its data layer before it makes the QApplication, so "ours" there
is (a) - (b). A fifth process, (e) the bare window that also reads a name of the ``Qt``
namespace, shows how much of ours is PySide creating that namespace's Python enums (about 90
classes, at its first use): every real window pays it, the bare window does not.

    bash packaging/setup.sh                      # a clean .venv, as a user installs it
    .venv/bin/python bench/startup.py [--runs 9] [--data-dir DIR] [--platform offscreen|xcb]

The heavy store is built in bench/out/heavy when the folder has none (about 20 s). Use the
interpreter of a real install: an environment with numpy makes sqlite-utils import it, which
adds about 100 ms to the app alone; the script warns when numpy is importable.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_STORE = HERE / "out" / "heavy"
TARGET = 1.7
RSS_TARGET = 1.4
#: a process that reports its "first paint" at once (Python start-up and what it imports)
REPORT_NOW = (
    "import os, sys, time\n"
    "stamp = time.perf_counter()\n"
    "pages = int(open('/proc/self/statm').read().split()[1])\n"
    "print(f'application-created {stamp:.6f}', file=sys.stderr)\n"
    "print(f'first-paint {stamp:.6f} {pages * os.sysconf(\"SC_PAGE_SIZE\") // 1024}',"
    " file=sys.stderr, flush=True)\n"
)


def ensure_store(data_dir: Path) -> None:
    if (data_dir / "mentee.db").exists():
        return
    print(f"building the heavy store in {data_dir} ...", flush=True)
    sys.path.insert(0, str(HERE))
    import make_store

    make_store.build(data_dir)


def describe(python: str) -> tuple[str, bool]:
    """The interpreter's Python and PySide6 versions, and whether numpy is importable."""
    code = (
        "import importlib.util, platform, PySide6;"
        "print(platform.python_version(), PySide6.__version__,"
        " importlib.util.find_spec('numpy') is not None)"
    )
    out = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True)
    version, pyside, numpy = out.stdout.split()
    return f"Python {version}, PySide6 {pyside}", numpy == "True"


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Milliseconds from starting the process to its first paint, MiB resident then, and
    milliseconds from its QApplication being made to the first paint."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    report = None
    created = None
    assert process.stderr is not None
    for line in process.stderr:
        if line.startswith("application-created "):
            created = float(line.split()[1])
        if line.startswith("first-paint "):
            report = line.split()
            break
    process.stderr.read()
    process.wait(timeout=120)
    if report is None:
        raise SystemExit(f"no first-paint report from {' '.join(command)}")
    painted = float(report[1])
    in_qt = (painted - created) * 1000 if created else 0.0
    return (painted - started) * 1000, int(report[2]) / 1024, in_qt


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each (at least 7)")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_STORE)
    parser.add_argument("--python", default=sys.executable, help="interpreter for both")
    parser.add_argument(
        "--platform",
        default="offscreen",
        choices=["offscreen", "xcb"],
        help="Qt platform; xcb needs a display (e.g. xvfb-run -a)",
    )
    args = parser.parse_args()
    runs = max(7, args.runs)
    ensure_store(args.data_dir)
    versions, has_numpy = describe(args.python)

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as state:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # cache compiled modules, as an install does
        env.update(
            QT_QPA_PLATFORM=args.platform,
            MENTEE_DESKTOP_REPORT_FIRST_PAINT="1",
            XDG_STATE_HOME=state,  # the app's log goes here, not into the user's folders
        )
        commands = {
            "app": [args.python, "-m", "mentee_desktop", "--data-dir", str(args.data_dir)],
            "bare": [args.python, str(HERE / "bare_window.py")],
            "bare+Qt": [args.python, str(HERE / "bare_window.py"), "--touch-qt"],
            "python": [args.python, "-c", REPORT_NOW],
            "sqlite-utils": [args.python, "-c", "import sqlite_utils\n" + REPORT_NOW],
        }
        for command in commands.values():
            run_once(command, env)
        samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                samples[name].append(run_once(command, env))

    size = (args.data_dir / "mentee.db").stat().st_size / 1e6
    print(f"Start-up to first paint, {runs} runs of each, alternating")
    print(f"interpreter: {args.python} ({versions}); QT_QPA_PLATFORM={args.platform}")
    load = os.getloadavg()
    print(
        f"machine: {os.cpu_count()} CPUs; load (1 min) {load_before:.2f} before the runs, "
        f"{load[0]:.2f} after (5 min {load[1]:.2f})"
    )
    print(f"store: {args.data_dir} ({size:.0f} MB)")
    if has_numpy:
        print(
            "WARNING: numpy is importable here and sqlite-utils imports it (about 100 ms more "
            "for the app). Measure in a clean install: bash packaging/setup.sh, then "
            ".venv/bin/python bench/startup.py"
        )
    medians = {
        name: tuple(statistics.median(run[i] for run in runs_) for i in range(3))
        for name, runs_ in samples.items()
    }
    (app_ms, app_mib, app_qt), (bare_ms, bare_mib, bare_qt) = medians["app"], medians["bare"]
    print(f"{'median':<32}{'time ms':>10}{'RSS MiB':>10}{'QApp→paint':>12}")
    print(f"{'(a) the app on the heavy store':<32}{app_ms:>10.0f}{app_mib:>10.1f}{app_qt:>12.0f}")
    print(f"{'(b) bare window with 5 tabs':<32}{bare_ms:>10.0f}{bare_mib:>10.1f}{bare_qt:>12.0f}")
    ratios = f"{app_ms / bare_ms:>10.2f}{app_mib / bare_mib:>10.2f}"
    print(f"{f'ratio a/b (target <= {TARGET}, {RSS_TARGET})':<32}{ratios}")
    python_ms, python_mib, _ = medians["python"]
    sqlite_ms, sqlite_mib, _ = medians["sqlite-utils"]
    sqlite_share, sqlite_share_mib = sqlite_ms - python_ms, sqlite_mib - python_mib
    print("breakdown of (a), from the medians of (b), (c) Python alone, (d) + sqlite-utils:")
    for label, ms, mib in (
        ("Python (c)", python_ms, python_mib),
        ("PySide6 and the bare window (b-c)", bare_ms - python_ms, bare_mib - python_mib),
        ("sqlite-utils import (d-c)", sqlite_share, sqlite_share_mib),
        (
            "ours (a-b-sqlite-utils)",
            app_ms - bare_ms - sqlite_share,
            app_mib - bare_mib - sqlite_share_mib,
        ),
    ):
        print(f"  {label:<34}{ms:>8.0f} ms{mib:>8.1f} MiB")
    floor = bare_ms + sqlite_share
    print(f"  floor (b + sqlite-utils) {floor:.0f} ms = {floor / bare_ms:.2f}x bare")
    qt_ms, _, qt_qt = medians["bare+Qt"]
    print(
        f"QApplication to paint: (a) {app_qt:.0f} ms, (b) {bare_qt:.0f} ms; "
        f"ours there (a-b) {app_qt - bare_qt:.0f} ms (target <= 40)"
    )
    print(
        f"  of which PySide's enums of the Qt namespace ((e) bare window + Qt, minus (b)): "
        f"{qt_qt - bare_qt:.0f} ms ((e) from start to paint {qt_ms:.0f} ms)"
    )
    for name, values in samples.items():
        print(f"{name} runs, ms: " + ", ".join(f"{t:.0f}" for t, _, _ in values))
    return 0


if __name__ == "__main__":
    sys.exit(main())

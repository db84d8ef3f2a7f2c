"""Start-up: time to the first paint of the main window, and resident memory then.

Compares (a) the app on the heavy ten-year store with (b) a bare PySide6 window with the same
five empty tabs (bench/bare_window.py). Both run as new processes, alternating, the same way:
the clock starts just before the process is started and stops when the window reports its
first paint (the app does so with MENTEE_DESKTOP_REPORT_FIRST_PAINT=1, see app.py); memory
is the resident set size the process reports at that moment. One warm-up run of each is
discarded (it also lets Python cache compiled modules and the OS cache the files).

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
TARGET = 1.5


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


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Milliseconds from starting the process to its first paint, and MiB resident then."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    report = None
    assert process.stderr is not None
    for line in process.stderr:
        if line.startswith("first-paint "):
            report = line.split()
            break
    process.stderr.read()
    process.wait(timeout=120)
    if report is None:
        raise SystemExit(f"no first-paint report from {' '.join(command)}")
    return (float(report[1]) - started) * 1000, int(report[2]) / 1024


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

    with tempfile.TemporaryDirectory() as state:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # cache compiled modules, as an install does
        env.update(
            QT_QPA_PLATFORM=args.platform,
            MENTEE_DESKTOP_REPORT_FIRST_PAINT="1",
            XDG_STATE_HOME=state,  # the app's log goes here, not into the user's folders
        )
        app = [args.python, "-m", "mentee_desktop", "--data-dir", str(args.data_dir)]
        bare = [args.python, str(HERE / "bare_window.py")]
        run_once(app, env)
        run_once(bare, env)
        samples: dict[str, list[tuple[float, float]]] = {"app": [], "bare": []}
        for _ in range(runs):
            samples["app"].append(run_once(app, env))
            samples["bare"].append(run_once(bare, env))

    size = (args.data_dir / "mentee.db").stat().st_size / 1e6
    print(f"Start-up to first paint, {runs} runs of each, alternating")
    print(f"interpreter: {args.python} ({versions}); QT_QPA_PLATFORM={args.platform}")
    print(f"machine: {os.cpu_count()} CPUs; store: {args.data_dir} ({size:.0f} MB)")
    if has_numpy:
        print(
            "WARNING: numpy is importable here and sqlite-utils imports it (about 100 ms more "
            "for the app). Measure in a clean install: bash packaging/setup.sh, then "
            ".venv/bin/python bench/startup.py"
        )
    medians = {
        name: (statistics.median(t for t, _ in runs_), statistics.median(m for _, m in runs_))
        for name, runs_ in samples.items()
    }
    (app_ms, app_mib), (bare_ms, bare_mib) = medians["app"], medians["bare"]
    print(f"{'median':<32}{'time ms':>10}{'RSS MiB':>10}")
    print(f"{'(a) the app on the heavy store':<32}{app_ms:>10.0f}{app_mib:>10.1f}")
    print(f"{'(b) bare window with 5 tabs':<32}{bare_ms:>10.0f}{bare_mib:>10.1f}")
    ratios = f"{app_ms / bare_ms:>10.2f}{app_mib / bare_mib:>10.2f}"
    print(f"{'ratio a/b (target <= 1.5)':<32}{ratios}")
    for name, values in samples.items():
        print(f"{name} runs, ms: " + ", ".join(f"{t:.0f}" for t, _ in values))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Installing like a real application: metadata files, the launcher entry, the wheel, the bundle.

The wheel and bundle tests build the real artefacts (marked slow) and run them the way a user
would: from a fresh virtual environment, and as a PyInstaller one-folder bundle under Xvfb.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from mentee_desktop import __version__, desktop_entry
from mentee_desktop.cli.context import CommandError
from mentee_desktop.cli.desktop_commands import check_platform

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "resources"
APP_ID = desktop_entry.APP_ID
DESKTOP_FILE = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
SCREENSHOT_BASE = "https://raw.githubusercontent.com/menteedesktop/mentee-desktop/main/"


def pyproject() -> dict:
    with open(REPO / "pyproject.toml", "rb") as file:
        return tomllib.load(file)


def desktop_keys(text: str) -> dict[str, str]:
    """The [Desktop Entry] group as a dict (enough for our single-group files)."""
    keys = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys[key.strip()] = value.strip()
    return keys


def exec_argv(value: str) -> list[str]:
    """Read an Exec value back into arguments, as the Desktop Entry Specification says."""
    string_escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    unescaped, chars = "", iter(value)
    for char in chars:
        unescaped += string_escapes[next(chars)] if char == "\\" else char
    arguments: list[str] = []
    current, quoted, started = "", False, False
    chars = iter(unescaped)
    for char in chars:
        if quoted and char == "\\":
            current += next(chars)
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started:
                arguments.append(current)
            current, started = "", False
        else:
            current, started = current + char, True
    assert not quoted, f"unbalanced quotes in {value!r}"
    if started:
        arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments]


def icon_theme_finds(data_home: Path) -> bool:
    """Ask Qt's freedesktop icon lookup, searching where a Linux desktop searches."""
    data_dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    paths = [str(data_home / "icons")] + [f"{d}/icons" for d in data_dirs.split(":") if d]
    lookup = (
        "from PySide6.QtGui import QGuiApplication, QIcon\n"
        "app = QGuiApplication([])\n"
        f"QIcon.setThemeSearchPaths({paths!r})\n"
        "QIcon.setThemeName('hicolor')\n"
        f"icon = QIcon.fromTheme({APP_ID!r})\n"
        f"print(QIcon.hasThemeIcon({APP_ID!r}) and not icon.pixmap(48, 48).isNull())\n"
    )
    found = run([sys.executable, "-c", lookup], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert found.returncode == 0, found.stderr
    return found.stdout.strip() == "True"


def validate_desktop_file(path: Path) -> None:
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def source_files(folder: Path) -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def run(args: list, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("timeout", 300)
    return subprocess.run([str(arg) for arg in args], capture_output=True, text=True, **kwargs)


# --- the files in resources/ ---------------------------------------------------------------


def test_desktop_file_is_valid():
    validate_desktop_file(DESKTOP_FILE)


def test_metainfo_is_valid():
    result = run(["appstreamcli", "validate", "--no-net", "--explain", METAINFO])
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert problems == [], result.stdout


def test_ids_names_and_licence_agree_everywhere():
    keys = desktop_keys(DESKTOP_FILE.read_text(encoding="utf-8"))
    root = ET.parse(METAINFO).getroot()
    project = pyproject()["project"]
    assert keys["Icon"] == APP_ID
    assert keys["TryExec"] == "mentee-desktop"
    assert keys["Exec"] == "mentee-desktop %f"  # a calendar file opened with the app
    assert keys["MimeType"] == "text/calendar;"
    assert "mentee-desktop" in project["scripts"]
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == "mentee-desktop"
    assert root.findtext("name") == keys["Name"]
    assert root.findtext("project_license") == project["license"] == "GPL-3.0-or-later"
    assert root.findtext("url[@type='homepage']") == project["urls"]["Homepage"]


def test_window_announces_the_desktop_file_id(qapp):
    from mentee_desktop.app import create_application

    assert create_application().desktopFileName() == APP_ID


def test_metainfo_newest_release_is_this_version():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == __version__


def test_screenshots_are_files_in_docs():
    images = [image.text for image in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        assert url.startswith(SCREENSHOT_BASE + "docs/"), url
        relative = url.removeprefix(SCREENSHOT_BASE)
        assert (REPO / relative).is_file(), f"{relative} is referenced by the metainfo"


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(pyproject()["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "mentee_desktop").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    missing = sorted(on_disk - listed)
    assert not missing, f"add {missing} to [tool.setuptools] packages in pyproject.toml"
    assert listed == on_disk | {"mentee_desktop.resources"}


# --- the desktop entry, as pure functions ----------------------------------------------------


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["/opt/venv/bin/mentee-desktop"], "/opt/venv/bin/mentee-desktop"),
        (["/home/a b/bin/mentee-desktop"], '"/home/a b/bin/mentee-desktop"'),
        (["/opt/100%/mentee-desktop"], "/opt/100%%/mentee-desktop"),
        (["/opt/$HOME/x"], '"/opt/\\\\$HOME/x"'),
        (['/opt/say "hi"/x'], '"/opt/say \\\\"hi\\\\"/x"'),
        (["/opt/back\\slash/x"], '"/opt/back\\\\\\\\slash/x"'),
        (["/usr/bin/python3", "-m", "mentee_desktop"], "/usr/bin/python3 -m mentee_desktop"),
    ],
)
def test_exec_value_quotes_and_escapes_as_the_spec_says(command, expected):
    value = desktop_entry.exec_value(command)
    assert value == expected
    assert exec_argv(value) == command


@pytest.mark.parametrize(
    "folder",
    ["plain", "with space", "100% sure", "it's $HOME", 'say "hi"', "back\\slash", "Ünï 中文 مرحبا"],
)
def test_entries_for_awkward_install_paths_pass_the_validator(tmp_path: Path, folder: str):
    program = f"/home/mentee/{folder}/bin/mentee-desktop"
    template = DESKTOP_FILE.read_text(encoding="utf-8")
    entry = tmp_path / DESKTOP_FILE.name
    entry.write_text(desktop_entry.desktop_entry_text(template, [program]), encoding="utf-8")
    validate_desktop_file(entry)
    keys = desktop_keys(entry.read_text(encoding="utf-8"))
    assert exec_argv(keys["Exec"]) == [program, "%f"]  # %f: the calendar file to open
    assert keys["TryExec"].replace("\\\\", "\\") == program


def test_a_path_with_a_newline_is_refused():
    with pytest.raises(ValueError, match="cannot start"):
        desktop_entry.desktop_entry_text("[Desktop Entry]\nExec=x\n", ["/tmp/a\nb/mentee-desktop"])


def test_launch_command_prefers_bundle_then_script_then_interpreter(tmp_path: Path):
    scripts = tmp_path / "bin"
    scripts.mkdir()
    python = str(tmp_path / "python3")
    main_py = str(tmp_path / "mentee_desktop" / "__main__.py")

    def command(**overrides) -> list[str]:
        arguments = {"argv0": main_py, "executable": python, "frozen": False}
        arguments.update(overrides)
        return desktop_entry.launch_command(script_dirs=[scripts], **arguments)

    assert command() == [python, "-m", "mentee_desktop"]
    script = scripts / "mentee-desktop"
    script.write_text("#!/bin/sh\n")
    assert command() == [python, "-m", "mentee_desktop"], "a script that cannot run is skipped"
    script.chmod(0o755)
    assert command() == [str(script)]
    started_from = tmp_path / "pipx" / "mentee-desktop"
    started_from.parent.mkdir()
    started_from.write_text("#!/bin/sh\n")
    assert command(argv0=str(started_from)) == [str(started_from)]
    assert command(frozen=True, executable="/opt/bundle/mentee-desktop") == [
        "/opt/bundle/mentee-desktop"
    ]


def test_data_home_follows_xdg_and_ignores_a_relative_value(tmp_path: Path):
    home = tmp_path / "home"
    assert desktop_entry.data_home({"XDG_DATA_HOME": "/x/share"}, home) == Path("/x/share")
    assert desktop_entry.data_home({"XDG_DATA_HOME": "rel/share"}, home) == home / ".local/share"
    assert desktop_entry.data_home({}, home) == home / ".local/share"


@pytest.mark.parametrize("platform", ["win32", "darwin", "cygwin"])
def test_other_platforms_get_a_clear_message(platform: str):
    with pytest.raises(CommandError, match="mentee-desktop-gui"):
        check_platform(platform)
    check_platform("linux")


# --- the sub-command, as a user runs it ------------------------------------------------------


def test_install_then_remove_desktop_entry(cli, tmp_path: Path):
    share = tmp_path / "my share"
    env = {"XDG_DATA_HOME": str(share)}
    entry = share / "applications" / DESKTOP_FILE.name
    icon = share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"

    installed = cli("install-desktop-entry", env=env)
    assert installed.returncode == 0, installed.stderr
    assert str(entry) in installed.stdout
    validate_desktop_file(entry)
    keys = desktop_keys(entry.read_text(encoding="utf-8"))
    template = desktop_keys(DESKTOP_FILE.read_text(encoding="utf-8"))
    assert {k: v for k, v in keys.items() if k not in ("Exec", "TryExec")} == {
        k: v for k, v in template.items() if k not in ("Exec", "TryExec")
    }
    *program, field_code = exec_argv(keys["Exec"])
    assert field_code == "%f"
    assert Path(program[0]).is_absolute()
    assert os.access(program[0], os.X_OK)
    assert keys["TryExec"] == program[0]
    started = run([*program, "--version"])
    assert started.stdout.strip() == f"mentee-desktop {__version__}", started.stderr
    assert icon.read_bytes() == (RESOURCES / "icons/mentee-desktop.svg").read_bytes()

    assert icon_theme_finds(share)

    removed = cli("install-desktop-entry", "--remove", env=env)
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()
    assert not icon.exists()
    assert icon.parent.is_dir(), "shared folders stay"
    assert not icon_theme_finds(share)
    again = cli("install-desktop-entry", "--remove", env=env)
    assert again.returncode == 0
    assert "nothing removed" in again.stdout


def test_install_replaces_an_entry_from_an_older_installation(cli, tmp_path: Path):
    env = {"XDG_DATA_HOME": str(tmp_path)}
    entry = tmp_path / "applications" / DESKTOP_FILE.name
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nName=Old\nExec=/gone/mentee-desktop\n")
    assert cli("install-desktop-entry", env=env).returncode == 0
    keys = desktop_keys(entry.read_text(encoding="utf-8"))
    assert keys["Name"] == "Mentee Desktop"
    assert "/gone/" not in keys["Exec"]
    assert [p.name for p in entry.parent.iterdir()] == [entry.name], "no partial file left"


def test_install_into_a_read_only_folder_is_a_clear_error(cli, readonly_dir: Path):
    result = cli("install-desktop-entry", env={"XDG_DATA_HOME": str(readonly_dir)})
    assert result.returncode == 1
    assert result.stderr.startswith("mentee-desktop: error: cannot change the application launcher")
    assert "Traceback" not in result.stderr


def assert_agenda_exports(program: Path, data: Path, folder: Path, env: dict, formats) -> None:
    """The next meeting's agenda exports in each format, with the sample mentor's name in it."""
    for kind in formats:
        target = folder / f"agenda.{kind}"
        export = ["export-agenda", "--meeting", "next", "--format", kind, "--output", target]
        exported = run([program, "--data-dir", data, *export], env=env, cwd=folder)
        assert exported.returncode == 0, exported.stderr
        if kind == "pdf":
            assert target.read_bytes().startswith(b"%PDF-")
            text = run(["pdftotext", target, "-"]).stdout
        else:
            text = target.read_text(encoding="utf-8")
        assert "Amara Okafor" in " ".join(text.split()), f"{kind}: {text[:300]!r}"
        if kind == "ics":
            assert text.startswith("BEGIN:VCALENDAR")


# --- the wheel -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the checkout (as packaging/build-bundle.sh does)."""
    out = tmp_path_factory.mktemp("wheel")
    skip = shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
    )
    source = shutil.copytree(REPO, out / "source", ignore=skip)
    built = run([sys.executable, "-m", "pip", "wheel", source, "--no-deps", "-q", "-w", out])
    assert built.returncode == 0, built.stderr
    (path,) = out.glob("mentee_desktop-*.whl")
    return path


@pytest.mark.slow
def test_wheel_holds_every_module_and_resource_and_nothing_else(wheel: Path):
    names = {name for name in zipfile.ZipFile(wheel).namelist() if ".dist-info/" not in name}
    expected = {f"mentee_desktop/{name}" for name in source_files(REPO / "mentee_desktop")}
    expected |= {f"mentee_desktop/resources/{name}" for name in source_files(RESOURCES)}
    assert sorted(expected - names) == [], "missing from the wheel"
    assert sorted(names - expected) == [], "in the wheel but not in the checkout"


@pytest.mark.slow
def test_wheel_metadata_is_complete(wheel: Path):
    archive = zipfile.ZipFile(wheel)
    info = f"mentee_desktop-{__version__}.dist-info"
    metadata = archive.read(f"{info}/METADATA").decode()
    entry_points = archive.read(f"{info}/entry_points.txt").decode()
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert "Summary: A private desktop companion" in metadata
    assert "Project-URL: Homepage, https://github.com/menteedesktop/mentee-desktop" in metadata
    for requirement in pyproject()["project"]["dependencies"]:
        name = requirement.split(">")[0].split(";")[0].strip()
        assert f"Requires-Dist: {name}" in metadata
    assert "mentee-desktop = mentee_desktop.__main__:main" in entry_points
    assert "[gui_scripts]\nmentee-desktop-gui = mentee_desktop.__main__:main" in entry_points


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed.

    The dependencies (PySide6 is large) are borrowed from this environment through a .pth file
    instead of being downloaded again; .pth files inside those folders are not run, so an
    editable install of the project there stays invisible.
    """
    folder = tmp_path_factory.mktemp("venv") / "env"
    created = run([sys.executable, "-m", "venv", "--without-pip", folder])
    assert created.returncode == 0, created.stderr
    python = folder / "bin" / "python"
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"])
    borrowed = [
        p for p in [*site.getsitepackages(), site.getusersitepackages()] if Path(p).is_dir()
    ]
    Path(purelib.stdout.strip(), "borrowed-dependencies.pth").write_text("\n".join(borrowed) + "\n")
    installed = run(
        [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel]
    )
    assert installed.returncode == 0, installed.stderr
    return folder


@pytest.mark.slow
def test_installed_wheel_runs_from_its_own_environment(venv: Path, tmp_path: Path):
    program = venv / "bin" / "mentee-desktop"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    assert run([program, "--version"], cwd=tmp_path, env=env).stdout.strip() == (
        f"mentee-desktop {__version__}"
    )
    data = tmp_path / "data"
    sample = run([program, "--data-dir", data, "sample-data"], cwd=tmp_path, env=env)
    assert sample.returncode == 0, sample.stderr
    assert "Added the sample mentor" in sample.stdout
    listed = run([program, "--data-dir", data, "meetings"], cwd=tmp_path, env=env)
    assert listed.stdout.count("Amara Okafor (sample)") == 3
    assert_agenda_exports(program, data, tmp_path, env, formats=("pdf",))

    where = (
        "import mentee_desktop, importlib.metadata as md\n"
        "from mentee_desktop.resource_files import app_icon_path\n"
        "from PySide6.QtGui import QGuiApplication, QIcon\n"
        "app = QGuiApplication([])\n"
        "print(mentee_desktop.__file__)\n"
        "print(app_icon_path())\n"
        "print(md.distribution('mentee-desktop').locate_file(''))\n"
        "print(QIcon(str(app_icon_path())).pixmap(64, 64).isNull())\n"
    )
    found = run([venv / "bin" / "python", "-c", where], cwd=tmp_path, env=env)
    assert found.returncode == 0, found.stderr
    module, icon, dist_root, pixmap_null = found.stdout.split("\n")[:4]
    assert Path(module).is_relative_to(venv), module
    assert Path(icon).is_relative_to(venv), icon
    assert Path(icon).read_bytes() == (RESOURCES / "icons/mentee-desktop.svg").read_bytes()
    assert Path(dist_root).is_relative_to(venv), dist_root
    assert pixmap_null == "False", "the packaged SVG icon does not draw"

    share = tmp_path / "share"
    entry = run([program, "install-desktop-entry"], env={**env, "XDG_DATA_HOME": str(share)})
    assert entry.returncode == 0, entry.stderr
    keys = desktop_keys((share / "applications" / DESKTOP_FILE.name).read_text(encoding="utf-8"))
    assert exec_argv(keys["Exec"]) == [str(program), "%f"]


# --- the PyInstaller bundle ------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    built = run(
        ["bash", REPO / "packaging/build-bundle.sh", "--dist", work / "dist", "--work", work],
        env={**os.environ, "PYTHON": sys.executable},
        timeout=900,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    program = work / "dist" / "mentee-desktop" / "mentee-desktop"
    assert program.is_file()
    return program


def bundle_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}
    env["XDG_STATE_HOME"] = str(tmp_path / "state")  # the log lands here
    for name in ("PYTHONPATH", "PYTHONHOME"):
        env.pop(name, None)
    return env


@pytest.mark.slow
def test_bundle_runs_every_command_headless(bundle: Path, tmp_path: Path):
    env = bundle_env(tmp_path)
    assert run([bundle, "--version"], env=env, cwd=tmp_path).stdout.strip() == (
        f"mentee-desktop {__version__}"
    )
    from_source = run([sys.executable, "-m", "mentee_desktop", "--help"], cwd=REPO)
    from_bundle = run([bundle, "--help"], env=env, cwd=tmp_path)
    assert from_bundle.stdout == from_source.stdout, "the bundle lacks a command module"
    data = tmp_path / "data"
    sample = run([bundle, "--data-dir", data, "sample-data"], env=env, cwd=tmp_path)
    assert sample.returncode == 0, sample.stderr
    checked = run([bundle, "--data-dir", data, "check"], env=env, cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert_agenda_exports(bundle, data, tmp_path, env, formats=("pdf", "ics", "md"))


@pytest.mark.slow
def test_bundle_renders_the_windows_pdf_in_its_own_executable(bundle: Path, tmp_path: Path):
    """The window's PDF export starts the bundle's executable with --pdf-child (no ``-m`` in a
    bundle): it reads the document as JSON and writes the PDF."""
    from mentee_desktop.agenda.pdf import PdfDocument

    document = PdfDocument("<p>Rendered by the bundle ☕</p>", "Agenda", "Footer line", "A4")
    child = subprocess.run(
        [str(bundle), "--pdf-child"],
        input=document.to_json().encode("utf-8"),
        capture_output=True,
        env=bundle_env(tmp_path),
        cwd=tmp_path,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr.decode()
    (tmp_path / "child.pdf").write_bytes(child.stdout)
    text = run(["pdftotext", tmp_path / "child.pdf", "-"]).stdout
    assert "Rendered by the bundle" in text and "Footer line" in text


@pytest.mark.slow
def test_bundle_holds_the_resources(bundle: Path):
    packaged = bundle.parent / "_internal" / "mentee_desktop" / "resources"
    expected = {name for name in source_files(RESOURCES) if not name.endswith(".py")}
    # and the emoji font from Debian's fonts-symbola, with its licence (see the spec)
    expected |= {"fonts/Symbola_hint.ttf", "fonts/licences/fonts-symbola/copyright"}
    assert source_files(packaged) == expected


WINDOW_PROBE = """
"$1" --data-dir "$2" &
pid=$!
timeout 60 xdotool search --sync --onlyvisible --pid "$pid" >/dev/null || exit 3
sleep 2  # the window is up; give start-up work queued behind it time to fail
kill -0 "$pid" || exit 4
for window in $(xdotool search --onlyvisible --pid "$pid"); do
    size=$(xdotool getwindowgeometry --shell "$window" | awk -F= '/WIDTH|HEIGHT/ {print $2}')
    echo "$(xdotool getwindowname "$window")|$(echo $size)"
done
kill "$pid"
wait "$pid" || true
"""


@pytest.mark.slow
def test_bundle_window_starts(bundle: Path, tmp_path: Path):
    assert shutil.which("xvfb-run") and shutil.which("xdotool"), "packaging/debian-test.txt"
    env = bundle_env(tmp_path)
    env.pop("QT_QPA_PLATFORM")
    xvfb = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24"]
    probe = run(
        [*xvfb, "bash", "-c", WINDOW_PROBE, "probe", bundle, tmp_path / "data"],
        env=env,
        timeout=120,
    )
    assert probe.returncode == 0, probe.stdout + probe.stderr  # 3: no window, 4: it exited
    windows = [line.split("|") for line in probe.stdout.splitlines()]
    main_windows = [
        title
        for title, size in windows
        if title == "Mentee Desktop" and [int(n) >= 500 for n in size.split()] == [True, True]
    ]
    assert main_windows, f"no main window, only {windows}"
    assert "Traceback" not in probe.stderr
    log = tmp_path / "state" / "mentee-desktop" / "log" / "mentee-desktop.log"
    assert "ERROR" not in (log.read_text(encoding="utf-8") if log.exists() else "")
    assert (tmp_path / "data" / "mentee.db").is_file()

"""Put Mentee Desktop into the user's application launcher, and take it out again.

A pip install leaves only a script on disk. Desktop environments list the programs whose desktop
entries lie in ``$XDG_DATA_HOME/applications`` and draw their icons from the hicolor theme, so
this module writes the packaged entry there, with an absolute ``Exec`` to the program that is
running now, and the app icon under ``icons/hicolor/scalable/apps``. No Qt, no database.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

APP_ID = "io.github.menteedesktop.MenteeDesktop"
DESKTOP_FILE_NAME = f"{APP_ID}.desktop"
ICON_RESOURCE = "icons/mentee-desktop.svg"
SCRIPT_NAME = "mentee-desktop"
MARKER = "# Written by `mentee-desktop install-desktop-entry`; `--remove` takes it out again."

# Characters that force an Exec argument into double quotes (Desktop Entry Specification 1.4).
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these four need a backslash.
_ESCAPED_IN_QUOTES = set('"`$\\')


@dataclass(frozen=True)
class LauncherFiles:
    """Where the desktop entry and its icon go for one user."""

    entry: Path
    icon: Path

    @property
    def all(self) -> tuple[Path, Path]:
        return (self.entry, self.icon)


def data_home(environ: Mapping[str, str], home: Path) -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share`` (a relative value is ignored, per the spec)."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return home / ".local" / "share"


def launcher_files(data_home: Path) -> LauncherFiles:
    return LauncherFiles(
        entry=data_home / "applications" / DESKTOP_FILE_NAME,
        icon=data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    )


def launch_command(
    *, argv0: str, executable: str, frozen: bool, script_dirs: Sequence[Path]
) -> list[str]:
    """The absolute command a launcher should run to start the program that is running now.

    A bundle is its own executable; a pip install has a ``mentee-desktop`` script (the one we
    were started from, else the one in the interpreter's scripts folder); failing both, the
    interpreter runs the package, which works wherever this code could be imported.
    """
    if frozen:
        return [str(Path(executable).absolute())]
    started_as = Path(argv0)
    if started_as.name == SCRIPT_NAME and started_as.is_file():
        return [str(started_as.absolute())]
    for folder in script_dirs:
        script = folder / SCRIPT_NAME
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script)]
    return [str(Path(executable).absolute()), "-m", "mentee_desktop"]


def current_launch_command() -> list[str]:
    """:func:`launch_command` for this process."""
    import sysconfig  # not at the top: the window imports APP_ID before its first paint

    folders = [sysconfig.get_path("scripts")]
    user_scheme = f"{os.name}_user"
    if user_scheme in sysconfig.get_scheme_names():
        folders.append(sysconfig.get_path("scripts", scheme=user_scheme))
    return launch_command(
        argv0=sys.argv[0] if sys.argv else "",
        executable=sys.executable,
        frozen=bool(getattr(sys, "frozen", False)),
        script_dirs=[Path(folder) for folder in folders if folder],
    )


def _string_value(text: str) -> str:
    """Escape text for a desktop entry string value (control characters are refused earlier)."""
    return text.replace("\\", "\\\\")


def _refuse_control_characters(argument: str) -> None:
    if any(ord(char) < 32 or ord(char) == 127 for char in argument):
        raise ValueError(f"a launcher cannot start a program from the path {argument!r}")


def _exec_argument(argument: str) -> str:
    _refuse_control_characters(argument)
    argument = argument.replace("%", "%%")
    if not any(char in _RESERVED for char in argument):
        return argument
    quoted = "".join("\\" + char if char in _ESCAPED_IN_QUOTES else char for char in argument)
    return f'"{quoted}"'


def exec_value(command: Sequence[str]) -> str:
    """The ``Exec=`` value for a command: quoted per argument, then escaped as a string."""
    return _string_value(" ".join(_exec_argument(argument) for argument in command))


def desktop_entry_text(template: str, command: Sequence[str]) -> str:
    """The packaged entry with ``Exec`` and ``TryExec`` pointing at the given command."""
    lines = [MARKER]
    group = ""
    for line in template.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            group = stripped
        elif group == "[Desktop Entry]" and stripped.startswith("Exec="):
            field_codes = [word for word in stripped.split()[1:] if word.startswith("%")]
            line = " ".join([f"Exec={exec_value(command)}", *field_codes])
        elif group == "[Desktop Entry]" and stripped.startswith("TryExec="):
            _refuse_control_characters(command[0])
            line = f"TryExec={_string_value(command[0])}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _write_atomically(path: Path, content: bytes) -> None:
    """Write beside the target, then rename, so a launcher never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(content)
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


def _refresh_icon_theme(files: LauncherFiles) -> None:
    """Touch the hicolor folder so an icon cache that predates this change counts as stale."""
    hicolor = files.icon.parents[2]
    if hicolor.is_dir():
        os.utime(hicolor)


def install(data_home: Path, command: Sequence[str]) -> LauncherFiles:
    """Write the desktop entry and the icon; returns where they went."""
    from mentee_desktop.resource_files import resource_path

    files = launcher_files(data_home)
    template = resource_path(DESKTOP_FILE_NAME).read_text(encoding="utf-8")
    entry = desktop_entry_text(template, command)
    _write_atomically(files.icon, resource_path(ICON_RESOURCE).read_bytes())
    _write_atomically(files.entry, entry.encode("utf-8"))
    _refresh_icon_theme(files)
    return files


def remove(data_home: Path) -> list[Path]:
    """Delete the desktop entry and the icon; returns the files that were there."""
    files = launcher_files(data_home)
    removed = []
    for path in files.all:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    _refresh_icon_theme(files)
    return removed

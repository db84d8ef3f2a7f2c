"""Start at login on Linux desktops: an XDG autostart entry in ``$XDG_CONFIG_HOME/autostart``.

Its ``Exec`` is written by :mod:`mentee_desktop.desktop_entry`, like the launcher's entry.

The folder comes from the environment passed in, so tests and users with a custom
``XDG_CONFIG_HOME`` get the entry where their desktop looks for it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from mentee_desktop.desktop_entry import (
    APP_ID,
    DESKTOP_FILE_NAME,
    current_launch_command,
    exec_value,
)

ENTRY_NAME = DESKTOP_FILE_NAME


def autostart_dir(environ: Mapping[str, str]) -> Path:
    config = environ.get("XDG_CONFIG_HOME", "").strip()
    if config and Path(config).is_absolute():
        return Path(config) / "autostart"
    return Path(environ.get("HOME", str(Path.home()))) / ".config" / "autostart"


def autostart_path(environ: Mapping[str, str]) -> Path:
    return autostart_dir(environ) / ENTRY_NAME


def entry_text(command: Sequence[str], data_dir: Path | None = None) -> str:
    """The entry starting ``command``; ``data_dir`` is added when it is not the default."""
    if data_dir is not None:
        command = [*command, "--data-dir", str(data_dir)]
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Mentee Desktop\n"
        "Comment=Reminders to prepare, follow through and keep in touch with your mentors\n"
        f"Exec={exec_value(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_autostart(
    enabled: bool,
    environ: Mapping[str, str],
    data_dir: Path | None = None,
    *,
    command: Sequence[str] | None = None,
) -> Path:
    """Write or remove the entry; returns its path. Raises OSError when it cannot be written.

    The entry starts ``command``, by default the program that is running now, resolved to an
    absolute path as ``install-desktop-entry`` does (a ``.venv`` or a bundle is not on the
    login session's PATH).
    """
    path = autostart_path(environ)
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        launch = list(command) if command is not None else current_launch_command()
        temporary.write_text(entry_text(launch, data_dir), encoding="utf-8")
        temporary.replace(path)
    else:
        path.unlink(missing_ok=True)
    return path


def autostart_enabled(environ: Mapping[str, str]) -> bool:
    return autostart_path(environ).is_file()

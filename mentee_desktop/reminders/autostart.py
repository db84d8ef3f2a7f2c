"""Start at login on Linux desktops: an XDG autostart entry in ``$XDG_CONFIG_HOME/autostart``.

The folder comes from the environment passed in, so tests and users with a custom
``XDG_CONFIG_HOME`` get the entry where their desktop looks for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

ENTRY_NAME = "io.github.menteedesktop.MenteeDesktop.desktop"
COMMAND = "mentee-desktop"
#: characters that make an Exec argument need quotes
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def autostart_dir(environ: Mapping[str, str]) -> Path:
    config = environ.get("XDG_CONFIG_HOME", "").strip()
    if config and Path(config).is_absolute():
        return Path(config) / "autostart"
    return Path(environ.get("HOME", str(Path.home()))) / ".config" / "autostart"


def autostart_path(environ: Mapping[str, str]) -> Path:
    return autostart_dir(environ) / ENTRY_NAME


def exec_arg(text: str) -> str:
    """One argument for an Exec key, quoted and escaped as the Desktop Entry spec asks."""
    if text and not any(c in _RESERVED for c in text):
        argument = text
    else:
        inner = "".join("\\" + c if c in '"`$\\' else c for c in text)
        argument = f'"{inner}"'
    argument = argument.replace("%", "%%")
    return argument.replace("\\", "\\\\").replace("\n", "\\n")  # string-value escapes


def entry_text(data_dir: Path | None = None) -> str:
    """The desktop entry; ``data_dir`` is added when it is not the default folder."""
    command = COMMAND
    if data_dir is not None:
        command += " --data-dir " + exec_arg(str(data_dir))
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Mentee Desktop\n"
        "Comment=Reminders to prepare, follow through and keep in touch with your mentors\n"
        f"Exec={command}\n"
        "Icon=io.github.menteedesktop.MenteeDesktop\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_autostart(enabled: bool, environ: Mapping[str, str], data_dir: Path | None = None) -> Path:
    """Write or remove the entry; returns its path. Raises OSError when it cannot be written."""
    path = autostart_path(environ)
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(entry_text(data_dir), encoding="utf-8")
        temporary.replace(path)
    else:
        path.unlink(missing_ok=True)
    return path


def autostart_enabled(environ: Mapping[str, str]) -> bool:
    return autostart_path(environ).is_file()

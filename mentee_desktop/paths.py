"""The one place that decides where Mentee Desktop keeps its files.

The data folder comes from ``--data-dir``, else ``MENTEE_DESKTOP_DATA_DIR``, else the platform's
user data folder. Nothing here runs at import time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from mentee_desktop import APP_NAME

DATA_DIR_ENV = "MENTEE_DESKTOP_DATA_DIR"
DATABASE_NAME = "mentee.db"
BACKUP_FOLDER = "backups"


def default_data_dir() -> Path:
    """The platform's per-user data folder (e.g. ``~/.local/share/mentee-desktop``)."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_log_dir() -> Path:
    """The platform's per-user log folder."""
    import platformdirs

    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def resolve_data_dir(option: str | os.PathLike | None, environ: Mapping[str, str]) -> Path:
    """Pick the data folder: the explicit option wins, then the environment, then the default."""
    if option:
        return Path(option).expanduser().absolute()
    from_env = environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser().absolute()
    return default_data_dir()


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER

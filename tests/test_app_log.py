"""The app's log: private, appended to, set aside at start once it is full, the last few kept."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from mentee_desktop import app


@pytest.fixture
def root_logger():
    """The root logger's handlers as they were, after the test's handler is closed."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def drop_last_handler(root: logging.Logger) -> None:
    handler = root.handlers[-1]
    root.removeHandler(handler)
    handler.close()


def log_line(text: str) -> None:
    logging.getLogger("mentee_desktop").warning(text)
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_the_log_is_private_and_appended_to(tmp_path, root_logger):
    folder = tmp_path / "log"
    path = app.setup_logging(folder)
    assert path == folder / "mentee-desktop.log"
    log_line("first start")
    drop_last_handler(root_logger)
    app.setup_logging(folder)
    log_line("second start")
    text = path.read_text(encoding="utf-8")
    assert text.index("first start") < text.index("second start")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_full_log_is_set_aside_at_start_and_only_the_last_few_are_kept(
    tmp_path, root_logger, monkeypatch
):
    monkeypatch.setattr(app, "LOG_BYTES", 100)
    folder = tmp_path / "log"
    folder.mkdir()
    path = folder / "mentee-desktop.log"
    for start in range(1, 6):  # five starts, each finding a full log
        path.write_text(f"start {start}\n" + "x" * 100, encoding="utf-8")
        assert app.setup_logging(folder) == path
        drop_last_handler(root_logger)
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == [
        "mentee-desktop.log",
        "mentee-desktop.log.1",
        "mentee-desktop.log.2",
        "mentee-desktop.log.3",
    ]
    assert path.read_text(encoding="utf-8") == ""  # a new log for this start
    firsts = [(folder / f"mentee-desktop.log.{n}").read_text().split("\n")[0] for n in (1, 2, 3)]
    assert firsts == ["start 5", "start 4", "start 3"]


def test_a_log_that_has_room_is_not_set_aside(tmp_path, root_logger):
    folder = tmp_path / "log"
    folder.mkdir()
    (folder / "mentee-desktop.log").write_text("yesterday\n", encoding="utf-8")
    app.setup_logging(folder)
    log_line("today")
    assert not Path(f"{folder / 'mentee-desktop.log'}.1").exists()
    assert "yesterday" in (folder / "mentee-desktop.log").read_text(encoding="utf-8")


def test_a_log_folder_that_cannot_be_made_means_no_log_and_no_error(tmp_path, root_logger):
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    handlers = len(root_logger.handlers)
    assert app.setup_logging(blocker / "log") is None
    assert len(root_logger.handlers) == handlers

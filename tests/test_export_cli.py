"""export-agenda and export-recap as a user runs them: real subprocesses, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
from markdown_it import MarkdownIt

from tests.test_cli import assert_clear_error


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory) -> Path:
    from tests.conftest import run_cli

    folder = tmp_path_factory.mktemp("export") / "data"
    assert run_cli("--data-dir", str(folder), "sample-data").returncode == 0
    return folder


def test_agenda_in_every_format(sample_dir: Path, tmp_path: Path):
    # as from a terminal with no display: the PDF still renders (offscreen, chosen by the app)
    hidden = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "MENTEE_DESKTOP_DATA_DIR")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    for name in ("agenda.md", "agenda.pdf", "agenda.ics"):
        result = subprocess.run(
            [
                *(sys.executable, "-m", "mentee_desktop", "--data-dir", str(sample_dir)),
                *("export-agenda", "--meeting", "next", "--output", str(tmp_path / name)),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        assert result.stdout == f"Wrote {tmp_path / name}\n"
    markdown = (tmp_path / "agenda.md").read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").parse(markdown)
    assert tokens[0].type == "heading_open"
    assert "How did you decide when to stop coding and start managing?" in markdown
    assert (tmp_path / "agenda.pdf").read_bytes().startswith(b"%PDF-")
    pages = subprocess.run(
        ["pdfinfo", str(tmp_path / "agenda.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "Pages:" in pages
    event = icalendar.Calendar.from_ical((tmp_path / "agenda.ics").read_bytes()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Mentoring with Amara Okafor (sample)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.ics", "agenda.md", "agenda.pdf"]


def test_stdout_and_explicit_format(cli, sample_dir: Path):
    markdown = cli(
        "--data-dir", str(sample_dir), "export-agenda", "--meeting", "next", "--output", "-"
    )
    assert markdown.returncode == 0
    assert markdown.stdout.startswith("# Agenda: mentoring with Amara Okafor (sample)\n")
    calendar = cli(
        "--data-dir",
        str(sample_dir),
        "export-agenda",
        "--meeting",
        "next",
        "--format",
        "ics",
        "--output",
        "-",
    )
    assert calendar.stdout.startswith("BEGIN:VCALENDAR")
    again = cli(
        "--data-dir",
        str(sample_dir),
        "export-agenda",
        "--meeting",
        "next",
        "--format",
        "ics",
        "--output",
        "-",
    )
    uid = [line for line in calendar.stdout.splitlines() if line.startswith("UID:")]
    assert uid and uid == [line for line in again.stdout.splitlines() if line.startswith("UID:")]


def test_recap_of_the_last_held_meeting(cli, sample_dir: Path, tmp_path: Path):
    target = tmp_path / "recap.md"
    result = cli(
        "--data-dir", str(sample_dir), "export-recap", "--meeting", "last", "--output", str(target)
    )
    assert result.returncode == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert "Decline the scope, not the person: propose a smaller yes." in text
    assert "## Next meeting" in text


def test_clear_errors(cli, sample_dir: Path, tmp_path: Path, readonly_dir: Path):
    base = ["--data-dir", str(sample_dir)]
    assert_clear_error(
        cli(*base, "export-agenda", "--meeting", "999", "--output", str(tmp_path / "a.md")),
        "no meeting with id 999",
    )
    assert_clear_error(
        cli(
            *base,
            "export-agenda",
            "--meeting",
            "next",
            "--output",
            str(tmp_path / "missing" / "a.md"),
        ),
        "does not exist",
    )
    assert_clear_error(
        cli(*base, "export-agenda", "--meeting", "next", "--output", str(readonly_dir / "a.pdf")),
        "cannot write",
    )
    assert_clear_error(
        cli(*base, "export-agenda", "--meeting", "next", "--format", "pdf", "--output", "-"),
        "PDF",
    )
    assert_clear_error(
        cli(*base, "export-agenda", "--meeting", "next", "--output", str(tmp_path / "a.txt")),
        "--format",
    )
    assert_clear_error(
        cli(*base, "export-recap", "--meeting", "last", "--output", str(tmp_path / "r.ics")),
        "cannot be exported as ics",
    )
    assert list(readonly_dir.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir()] == ["readonly"]  # nothing half-written
    usage = cli(*base, "export-agenda", "--meeting", "soon", "--output", "-")
    assert usage.returncode == 2 and "meeting id or 'next'" in usage.stderr


def test_no_upcoming_meeting_on_an_empty_store(cli, data_dir: Path):
    assert_clear_error(
        cli("--data-dir", str(data_dir), "export-agenda", "--meeting", "next", "--output", "-"),
        "no upcoming meeting",
    )
    assert_clear_error(
        cli("--data-dir", str(data_dir), "export-recap", "--meeting", "last", "--output", "-"),
        "no meeting has been held",
    )


def test_renderers_do_not_load_qt():
    """Markdown and calendar exports stay light: Qt is loaded only for PDF and printing."""
    code = (
        "import sys, mentee_desktop.agenda.build, mentee_desktop.agenda.markdown, "
        "mentee_desktop.agenda.ics, mentee_desktop.agenda.text, mentee_desktop.agenda.html, "
        "mentee_desktop.agenda.pdf, mentee_desktop.cli.export_commands; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'icalendar'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr

"""The window's PDF export renders in a child process: the window keeps turning meanwhile,
the file is written only when the PDF is complete, and when the child fails the PDF is made
in the window as before (with a warning in the log)."""

from __future__ import annotations

import ast
import logging
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from mentee_desktop import pdf_child
from mentee_desktop.agenda import pdf
from mentee_desktop.agenda.build import build_agenda, find_last_held_meeting, find_next_meeting
from mentee_desktop.agenda.model import Agenda, Entry, Promise
from mentee_desktop.data import settings
from mentee_desktop.data.sample import add_sample
from mentee_desktop.ui.export import pdf_job
from mentee_desktop.ui.export.actions import LAST_FOLDER_KEY, LAST_FORMAT_KEY
from mentee_desktop.ui.export.pdf_job import PdfJob
from tests.test_export_pdf import ARABIC, CHINESE, HEBREW, LONG, meeting, pdf_info, pdf_text

FIXED = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
REPO = Path(__file__).resolve().parent.parent
JOB_LOG = "mentee_desktop.ui.export.pdf_job"


@pytest.fixture
def window(sample_window):
    return sample_window


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def export(window, path: Path, kind: str = "agenda") -> bool:
    return window.export_actions.write_export(kind, window.current_meeting_id(), str(path), "md")


def test_the_window_keeps_turning_while_the_child_renders(qtbot, window, db, tmp_path: Path):
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    target = tmp_path / "agenda.pdf"
    assert export(window, target) is True
    job = window.export_actions.pdf_job
    assert job is not None and not target.exists()  # returned before the PDF was made
    ticks_at_return = len(ticks)
    qtbot.waitUntil(target.exists, timeout=30_000)
    timer.stop()
    assert len(ticks) - ticks_at_return >= 3, "the event loop turned while the child worked"
    assert job.made_by == "child"
    assert "How did you decide when to stop coding" in text_of(target)
    assert settings.get(db, LAST_FOLDER_KEY) == str(tmp_path)
    assert settings.get(db, LAST_FORMAT_KEY) == "pdf"
    assert "Agenda saved to" in window.message_bar.label.text()
    assert window.export_actions.pdf_job is None


def test_a_recap_as_pdf(qtbot, window, db, tmp_path: Path):
    window.selector.select(window.current_mentor_id(), find_last_held_meeting(db, FIXED))
    target = tmp_path / "recap.pdf"
    assert export(window, target, "recap") is True
    qtbot.waitUntil(target.exists, timeout=30_000)
    assert "Recap" in text_of(target)
    assert "Recap saved to" in window.message_bar.label.text()


@pytest.mark.parametrize(
    "command, why",
    [
        (["/nonexistent/mentee-pdf-child"], "could not start"),
        ([sys.executable, "-c", "import sys; sys.stderr.write('boom'); sys.exit(3)"], "boom"),
        ([sys.executable, "-c", "import os; os.abort()"], "crashed"),
        ([sys.executable, "-c", "print('not a PDF')"], "not a PDF"),
    ],
    ids=["cannot-start", "exit-code", "crash", "not-a-pdf"],
)
def test_when_the_child_fails_the_window_renders_the_pdf(
    qtbot, window, tmp_path: Path, caplog, command, why
):
    window.export_actions.pdf_child_command = command
    target = tmp_path / "agenda.pdf"
    with caplog.at_level(logging.WARNING, logger=JOB_LOG):
        export(window, target)
        qtbot.waitUntil(target.exists, timeout=30_000)
    assert "How did you decide when to stop coding" in text_of(target)
    warnings = [r.getMessage() for r in caplog.records if r.name == JOB_LOG]
    assert any("rendering the PDF in the window instead" in w and why in w for w in warnings)
    assert "Agenda saved to" in window.message_bar.label.text()


def test_a_child_that_takes_too_long_is_stopped(qtbot, qapp, caplog):
    document = pdf.agenda_document(Agenda(meeting=meeting()), page_size="A4")
    job = PdfJob(document, command=[sys.executable, "-c", "import time; time.sleep(30)"])
    job.timer.setInterval(300)
    got: list[bytes] = []
    job.rendered.connect(got.append)
    with caplog.at_level(logging.WARNING, logger=JOB_LOG):
        job.start()
        qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got[0].startswith(b"%PDF-") and job.made_by == "window"
    assert any("longer than 0.3 s" in r.getMessage() for r in caplog.records)
    assert job.process.state() == job.process.ProcessState.NotRunning


def test_a_failure_in_the_window_too_is_a_message(qtbot, window, tmp_path: Path):
    def broken(document):
        raise OSError("cannot start painting the document")

    window.export_actions.pdf_child_command = ["/nonexistent/mentee-pdf-child"]
    target = tmp_path / "agenda.pdf"
    original = pdf.render_document
    try:
        pdf.render_document = broken
        export(window, target)
        qtbot.waitUntil(lambda: window.export_actions.pdf_job is None, timeout=30_000)
    finally:
        pdf.render_document = original
    assert window.message_bar.property("error") is True
    assert window.message_bar.label.text() == "Not exported: cannot start painting the document"
    assert not target.exists()


def test_a_read_only_folder_is_the_same_message_and_nothing_is_left(
    qtbot, window, readonly_dir: Path
):
    assert export(window, readonly_dir / "agenda.pdf") is True
    qtbot.waitUntil(lambda: window.export_actions.pdf_job is None, timeout=30_000)
    assert window.message_bar.property("error") is True
    assert window.message_bar.label.text().startswith("Not exported: cannot write")
    assert list(readonly_dir.iterdir()) == []


def test_a_second_pdf_export_while_one_runs_is_refused(qtbot, window, tmp_path: Path):
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    assert export(window, first) is True
    assert export(window, second) is False
    assert "still being made" in window.message_bar.label.text()
    qtbot.waitUntil(first.exists, timeout=30_000)
    assert export(window, second) is True  # once the first is written
    qtbot.waitUntil(second.exists, timeout=30_000)
    assert export(window, tmp_path / "meanwhile.md") is True  # Markdown never waits


def test_closing_the_window_finishes_the_export(qtbot, window, tmp_path: Path):
    target = tmp_path / "agenda.pdf"
    assert export(window, target) is True
    window.close()  # no tray in the tests: the window closes for good
    assert target.read_bytes().startswith(b"%PDF-")
    assert window.export_actions.pdf_job is None


def rich_document() -> pdf.PdfDocument:
    agenda = Agenda(
        meeting=meeting(),
        updates=[Promise("Send the draft", "me", done=True)],
        questions=[Entry(f"Question {n}: how do you plan a week?") for n in range(1, 30)]
        + [Entry(ARABIC), Entry(CHINESE)],
        topics=[Entry(HEBREW), Entry(LONG), Entry("Coffee ☕ first")],
    )
    return pdf.agenda_document(agenda, page_size="A4")


def run_child(command: list[str], document_json: bytes) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(command, input=document_json, capture_output=True, env=env, timeout=60)


def test_the_child_and_the_window_make_the_same_document(qapp, tmp_path: Path):
    document = rich_document()
    child = run_child(
        [sys.executable, "-m", "mentee_desktop.pdf_child"], document.to_json().encode()
    )
    assert child.returncode == 0, child.stderr
    (tmp_path / "child.pdf").write_bytes(child.stdout)
    (tmp_path / "window.pdf").write_bytes(pdf.render_document(document))
    texts = [pdf_text(tmp_path / f"{name}.pdf") for name in ("child", "window")]
    assert texts[0] == texts[1] and ARABIC.split()[0] in texts[0]
    pages = [pdf_info(tmp_path / f"{name}.pdf")["Pages"].strip() for name in ("child", "window")]
    assert pages[0] == pages[1] and int(pages[0]) > 1
    fonts = [
        subprocess.run(["pdffonts", str(tmp_path / f"{n}.pdf")], capture_output=True, text=True)
        for n in ("child", "window")
    ]
    names = [
        sorted(line.split()[0].split("+")[-1] for line in f.stdout.splitlines()[2:]) for f in fonts
    ]
    assert names[0] == names[1]


def test_the_same_document_as_the_command_line(qapp, db, tmp_path: Path):
    """The window's document (from the child) and the in-process one of the same agenda."""
    add_sample(db, now=FIXED, zone_name="Europe/Berlin")
    agenda = build_agenda(db, find_next_meeting(db, FIXED), now=FIXED)
    (tmp_path / "cli.pdf").write_bytes(pdf.render_agenda(agenda, page_size="A4"))
    document = pdf.agenda_document(agenda, page_size="A4")
    child = run_child(
        [sys.executable, "-m", "mentee_desktop.pdf_child"], document.to_json().encode()
    )
    (tmp_path / "child.pdf").write_bytes(child.stdout)
    assert pdf_text(tmp_path / "child.pdf") == pdf_text(tmp_path / "cli.pdf")


def test_the_bundle_starts_the_child_through_its_own_executable(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert pdf_job.child_command() == [sys.executable, "--pdf-child"]
    monkeypatch.delattr(sys, "frozen")
    assert pdf_job.child_command() == [sys.executable, "-m", "mentee_desktop.pdf_child"]
    # the bundle's entry point (run here as a script) recognises the hidden argument
    launcher = REPO / "packaging" / "pyinstaller" / "launcher.py"
    document = pdf.PdfDocument("<p>Hello from the bundle</p>", "T", "footer", "Letter")
    child = run_child(
        [sys.executable, str(launcher), pdf_child.BUNDLE_ARGUMENT], document.to_json().encode()
    )
    assert child.returncode == 0, child.stderr
    (tmp_path / "bundle.pdf").write_bytes(child.stdout)
    assert "Hello from the bundle" in text_of(tmp_path / "bundle.pdf")
    assert "letter" in pdf_info(tmp_path / "bundle.pdf")["Page size"]


def test_the_bundle_spec_holds_the_child():
    """The spec makes every module of the package a hidden import (the child is started by
    name, so PyInstaller's analysis alone would not be enough): run its own function."""
    spec = REPO / "packaging" / "pyinstaller" / "mentee-desktop.spec"
    tree = ast.parse(spec.read_text(encoding="utf-8"))
    (function,) = [n for n in tree.body if getattr(n, "name", "") == "every_module"]
    scope: dict = {"Path": Path}
    exec(compile(ast.Module([function], []), str(spec), "exec"), scope)
    modules = scope["every_module"](REPO / "mentee_desktop")
    assert {"mentee_desktop.pdf_child", "mentee_desktop.ui.export.pdf_job"} <= set(modules)


def test_the_child_refuses_what_is_not_a_document():
    for bad in (
        b"",
        b"{",
        b'{"html": "x"}',
        b'{"html":"","title":"","footer":"","page_size":"A3"}',
    ):
        child = run_child([sys.executable, "-m", "mentee_desktop.pdf_child"], bad)
        assert child.returncode == 2 and child.stdout == b""
        assert child.stderr.decode().startswith("mentee-desktop pdf: not a document:")
        assert len(child.stderr.decode().strip().splitlines()) == 1


def test_a_pdf_that_takes_a_while_says_it_is_being_made(qtbot, window, tmp_path: Path):
    """A slow machine or a long agenda: after half a second the message line says so; the
    saved message replaces it when the file is written."""
    slow = "import sys, time; sys.stdin.buffer.read(); time.sleep(1.5); sys.exit(3)"
    window.export_actions.pdf_child_command = [sys.executable, "-c", slow]
    target = tmp_path / "agenda.pdf"
    assert export(window, target) is True
    qtbot.waitUntil(lambda: window.message_bar.label.text() == "Making the PDF…", timeout=5000)
    assert not target.exists()
    qtbot.waitUntil(target.exists, timeout=30_000)
    assert "Agenda saved to" in window.message_bar.label.text()

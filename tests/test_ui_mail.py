"""E-mail agenda / recap from the window: a private draft opened by the desktop, or a mailto:
fallback that names the file to attach; "Copy agenda for chat"."""

from __future__ import annotations

import email
import email.policy
import stat
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtGui import QGuiApplication

from mentee_desktop.agenda.build import find_last_held_meeting, find_next_meeting
from mentee_desktop.data.sample import add_sample

FIXED = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture
def window(qtbot, db, data_dir):
    from mentee_desktop.app import build_window

    result = add_sample(db, now=FIXED, zone_name="Europe/Berlin")
    window = build_window(db, data_dir, clock=lambda: FIXED, zone_name="Europe/Berlin")
    qtbot.addWidget(window)
    window.selector.select(result.mentor.id, find_next_meeting(db, FIXED))
    window.show()
    return window


class Desktop:
    """Stands in for the desktop's URL handlers: records what was opened, answers as told."""

    def __init__(self, handles_files: bool, handles_mailto: bool = True) -> None:
        self.opened: list[str] = []
        self.handles = {"file": handles_files, "mailto": handles_mailto}

    def __call__(self, url) -> bool:
        self.opened.append(url.toString())
        return self.handles.get(url.scheme(), False)


def test_email_agenda_opens_a_private_draft_addressed_to_the_mentor(qtbot, window, data_dir):
    action = window.export_actions.email_agenda_action
    assert action.text() == "E-mai&l agenda to Amara Okafor (sample)…"
    desktop = Desktop(handles_files=True)
    window.export_actions.mail.open_url = desktop
    action.trigger()
    job = window.export_actions.pdf_job
    assert job is not None and desktop.opened == []  # the PDF is made in a child process
    qtbot.waitUntil(lambda: bool(desktop.opened), timeout=30_000)
    assert job.made_by == "child"
    (opened,) = desktop.opened
    draft = data_dir / "drafts" / opened.rsplit("/", 1)[1]
    assert opened.startswith("file://") and draft.suffix == ".eml"
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600
    assert stat.S_IMODE(draft.parent.stat().st_mode) == 0o700
    message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == "amara.okafor@example.org"
    assert message["Subject"] == "Agenda for our meeting on Sat 28 Nov"
    assert message["X-Unsent"] == "1"
    types = [part.get_content_type() for part in message.iter_attachments()]
    assert types == ["application/pdf", "text/calendar"]
    assert "draft is open" in window.message_bar.label.text()


def test_without_a_mail_program_for_drafts_a_mailto_link_names_the_file(
    qtbot, window, data_dir, db
):
    window.selector.select(window.current_mentor_id(), find_last_held_meeting(db, FIXED))
    desktop = Desktop(handles_files=False)
    window.export_actions.mail.open_url = desktop
    window.export_actions.email_recap_action.trigger()
    qtbot.waitUntil(lambda: len(desktop.opened) == 2, timeout=30_000)
    file_url, mail_url = desktop.opened
    parts = urlsplit(mail_url)
    assert parts.scheme == "mailto" and parts.path == "amara.okafor@example.org"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Recap of our meeting on Wed 11 Nov"]
    assert "Recap" in query["body"][0]
    pdf = data_dir / "drafts" / file_url.rsplit("/", 1)[1].replace(".eml", ".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = window.message_bar.label.text()
    assert "Attach" in text and str(pdf) in text


def test_an_email_while_a_pdf_is_being_made_is_refused(qtbot, window, tmp_path):
    desktop = Desktop(handles_files=True)
    window.export_actions.mail.open_url = desktop
    target = tmp_path / "agenda.pdf"
    assert window.export_actions.write_export(
        "agenda", window.current_meeting_id(), str(target), "pdf"
    )
    window.export_actions.email_agenda_action.trigger()
    assert "still being made" in window.message_bar.label.text()
    qtbot.waitUntil(target.exists, timeout=30_000)
    assert desktop.opened == []
    window.export_actions.email_agenda_action.trigger()  # once the export is written
    qtbot.waitUntil(lambda: bool(desktop.opened), timeout=30_000)


def test_copy_for_chat_puts_a_short_agenda_on_the_clipboard(window):
    window.export_actions.copy_chat_action.trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Agenda for our meeting on Sat 28 Nov:"
    assert 2 <= len(lines) <= 14
    assert all(line.startswith(("• ", "… and")) for line in lines[1:])

"""import-ics and the e-mail drafts (export-agenda/export-recap --format eml) as users run them."""

from __future__ import annotations

import email
import email.policy
import shutil
import stat
import subprocess
from pathlib import Path

import icalendar
import pytest

from tests.test_cli import assert_clear_error

FOLDER = Path(__file__).parent / "fixtures" / "invitations"
BERLIN = {"TZ": "Europe/Berlin"}


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory) -> Path:
    from tests.conftest import run_cli

    folder = tmp_path_factory.mktemp("mail") / "data"
    assert run_cli("--data-dir", str(folder), "sample-data").returncode == 0
    return folder


def test_import_ics_names_the_mentor_or_asks_for_one(cli, data_dir: Path):
    assert cli("--data-dir", str(data_dir), "sample-data").returncode == 0
    google = str(FOLDER / "google-meet.ics")
    result = cli("--data-dir", str(data_dir), "import-ics", google, env=BERLIN)
    assert_clear_error(result, "amara@example.net")
    assert "--mentor" in result.stderr
    result = cli(
        *("--data-dir", str(data_dir), "import-ics", google, "--mentor", "amara"), env=BERLIN
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1 meeting added."
    again = cli(
        *("--data-dir", str(data_dir), "import-ics", "-", "--mentor", "amara"),
        env=BERLIN,
        input=(FOLDER / "google-meet.ics").read_text(),
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Nothing changed")
    listing = cli("--data-dir", str(data_dir), "meetings", "--json")
    assert listing.stdout.count("2027-02-11T15:30+00:00") == 1  # 16:30 in Berlin, once


def test_import_ics_refuses_bad_files_in_one_line(cli, data_dir: Path, tmp_path: Path):
    assert cli("--data-dir", str(data_dir), "sample-data").returncode == 0
    not_calendar = tmp_path / "notes.ics"
    not_calendar.write_text("hello")
    for path, words in [
        (not_calendar, "not a calendar file"),
        (FOLDER / "only-allday.ics", "all-day"),
        (tmp_path / "missing.ics", "does not exist"),
        (FOLDER, "is a folder"),
    ]:
        result = cli("--data-dir", str(data_dir), "import-ics", str(path), "--mentor", "amara")
        assert_clear_error(result, words)
    google = str(FOLDER / "google-meet.ics")
    result = cli("--data-dir", str(data_dir), "import-ics", google, "--mentor", "nobody")
    assert_clear_error(result, "no mentor is called")


def _parsed(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "attached.pdf"
    pdf.write_bytes(data)
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_agenda_as_an_email_draft(cli, sample_dir: Path, tmp_path: Path):
    target = tmp_path / "agenda.eml"
    result = cli(
        *("--data-dir", str(sample_dir), "export-agenda", "--meeting", "next"),
        *("--output", str(target)),
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    message = _parsed(target)
    assert message["To"].addresses[0].addr_spec == "amara.okafor@example.org"
    assert message["Subject"].startswith("Agenda for our meeting on ")
    assert message["X-Unsent"] == "1"
    body = message.get_body(("plain",)).get_content()
    attachments = {part.get_content_type(): part for part in message.iter_attachments()}
    assert set(attachments) == {"application/pdf", "text/calendar"}
    pdf_text = _pdf_text(attachments["application/pdf"].get_payload(decode=True), tmp_path)
    calendar = icalendar.Calendar.from_ical(attachments["text/calendar"].get_payload(decode=True))
    (event,) = calendar.walk("VEVENT")
    assert "Amara" in str(event["SUMMARY"])
    # the body, the PDF and the calendar event carry the same agenda
    first_question = next(line for line in body.splitlines() if line.startswith("- "))[2:]
    assert first_question[:30] in " ".join(pdf_text.split())
    assert attachments["application/pdf"].get_filename().endswith(".pdf")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_recap_as_an_email_draft(cli, sample_dir: Path, tmp_path: Path):
    target = tmp_path / "recap"
    result = cli(
        *("--data-dir", str(sample_dir), "export-recap", "--meeting", "last"),
        *("--format", "eml", "--output", str(target)),
    )
    assert result.returncode == 0, result.stderr
    message = _parsed(target)
    assert message["Subject"].startswith("Recap of our meeting on ")
    assert message["X-Unsent"] == "1"
    attachments = [part.get_content_type() for part in message.iter_attachments()]
    assert attachments == ["application/pdf"]
    pdf = next(message.iter_attachments()).get_payload(decode=True)
    assert "Recap" in _pdf_text(pdf, tmp_path)
    result = cli(
        *("--data-dir", str(sample_dir), "export-recap", "--meeting", "last"),
        *("--format", "eml", "--output", "-"),
    )
    assert_clear_error(result, "EML is not written to the terminal")

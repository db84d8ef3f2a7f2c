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


def test_import_ics_extend_on_a_later_day_adds_the_series_next_meetings(cli, data_dir: Path):
    """The real command line, started on later days with faketime: a kept series grows."""
    assert shutil.which("faketime"), "faketime is missing (packaging/debian-test.txt)"
    series = str(FOLDER / "outlook-series-no-end.ics")

    def on(day: str, *args: str):
        return cli(*args, env=BERLIN, at=f"{day} 12:00:00")

    assert cli("--data-dir", str(data_dir), "sample-data").returncode == 0
    first = on("2027-02-01", "--data-dir", str(data_dir), "import-ics", series, "--mentor", "amara")
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "24 meetings added."
    before = cli("--data-dir", str(data_dir), "meetings", "--json", env=BERLIN).stdout
    assert "2027-08-03T10:00+02:00" in before and "2027-08-10" not in before
    later = on("2027-05-10", "--data-dir", str(data_dir), "import-ics", "--extend")
    assert later.returncode == 0, later.stderr
    assert (
        later.stdout.strip() == "14 more meetings from the series “Mentoring: Jörg / Mentee” added."
    )
    listing = cli("--data-dir", str(data_dir), "meetings", "--json", env=BERLIN).stdout
    for start in ("2027-08-10T10:00+02:00", "2027-10-26T10:00+02:00", "2027-11-09T10:00+01:00"):
        assert listing.count(start) == 1, start
    assert listing.count("2027-11-03T10:00+01:00") == 1  # the moved occurrence
    assert "2027-11-02T" not in listing and "2027-07-13T" not in listing
    assert "2027-11-16T" not in listing  # beyond the horizon
    again = on("2027-05-10", "--data-dir", str(data_dir), "import-ics", "--extend")
    assert again.stdout.startswith("Nothing to add")
    assert cli("--data-dir", str(data_dir), "meetings", "--json", env=BERLIN).stdout == listing


def test_import_ics_wants_a_file_or_extend(cli, data_dir: Path):
    assert cli("--data-dir", str(data_dir), "sample-data").returncode == 0
    assert_clear_error(cli("--data-dir", str(data_dir), "import-ics"), "--extend")
    both = cli("--data-dir", str(data_dir), "import-ics", "x.ics", "--extend")
    assert_clear_error(both, "no FILE")

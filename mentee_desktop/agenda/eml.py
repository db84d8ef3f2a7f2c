"""An agenda or recap as an e-mail draft (RFC 5322 ``.eml``) for the mentee's own mail program.

The message is addressed to the mentor, carries the text in its body, the PDF attached (and
the calendar event for an agenda), and is marked ``X-Unsent: 1`` so Outlook, Thunderbird and
Apple Mail open it as a draft to review and send. "Copy for chat" is the short version.
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses, make_msgid

from mentee_desktop.agenda import text, words
from mentee_desktop.agenda.model import Agenda, MeetingInfo, Recap


def mentor_address(name: str, contact: str) -> str:
    """ "Name <address>" from a mentor's contact field; "" when it holds no e-mail address."""
    for real_name, address in getaddresses([contact.replace(";", ",")]):
        if "@" in address and " " not in address:
            try:
                return str(Address(display_name=real_name or name, addr_spec=address))
            except (ValueError, IndexError):
                continue
    return ""


def address_for_meeting(db, meeting_id: int) -> str:
    """The address of the mentor of a meeting, for the To header ("" when none is known)."""
    from mentee_desktop.data import meetings, mentors

    mentor = mentors.get(db, meetings.get(db, meeting_id).mentor_id)
    return mentor_address(mentor.name, mentor.contact)


def _day(meeting: MeetingInfo) -> str:
    """``Tue 9 Feb`` in the meeting's zone."""
    start = meeting.starts_at
    return f"{words.WEEKDAYS[start.weekday()][:3]} {start.day} {words.MONTHS[start.month - 1][:3]}"


def agenda_subject(agenda: Agenda) -> str:
    return f"Agenda for our meeting on {_day(agenda.meeting)}"


def recap_subject(recap: Recap) -> str:
    return f"Recap of our meeting on {_day(recap.meeting)}"


def _message(subject: str, to: str, body: str, now: datetime) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    if to:
        message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="mentee-desktop.invalid")
    message["X-Unsent"] = "1"
    message["X-Mozilla-Draft-Info"] = "internal/draft; vcard=0; receipt=0"
    message.set_content(body, charset="utf-8")
    return message


def _attach(message: EmailMessage, data: bytes, kind: str, name: str) -> None:
    maintype, subtype = kind.split("/", 1)
    params = {"method": "PUBLISH"} if subtype == "calendar" else {}
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name, params=params)


def agenda_message(
    agenda: Agenda, *, to: str, pdf: bytes, ics: bytes | None, now: datetime
) -> bytes:
    """The draft for "E-mail agenda to <mentor>": text body, PDF and calendar event."""
    from mentee_desktop.agenda.files import suggested_name

    day = agenda.meeting.starts_at.date()
    mentor = agenda.meeting.mentor_name
    body = "Hello,\n\nhere is what I would like to talk about.\n\n" + text.render_agenda(agenda)
    message = _message(agenda_subject(agenda), to, body, now)
    _attach(message, pdf, "application/pdf", suggested_name("agenda", mentor, day, ".pdf"))
    if ics is not None:
        _attach(message, ics, "text/calendar", suggested_name("agenda", mentor, day, ".ics"))
    return message.as_bytes()


def recap_message(recap: Recap, *, to: str, pdf: bytes, now: datetime) -> bytes:
    """The draft for "E-mail recap": text body and the PDF."""
    from mentee_desktop.agenda.files import suggested_name

    day = recap.meeting.starts_at.date()
    body = "Hello,\n\nthank you for our meeting. My notes:\n\n" + text.render_recap(recap)
    message = _message(recap_subject(recap), to, body, now)
    name = suggested_name("recap", recap.meeting.mentor_name, day, ".pdf")
    _attach(message, pdf, "application/pdf", name)
    return message.as_bytes()


def mailto_link(to: str, subject: str, body: str, *, limit: int = 1800) -> str:
    """A ``mailto:`` link for when nothing opens ``.eml`` files (the body cut to stay short
    enough for mail programs and command lines)."""
    from urllib.parse import quote

    address = getaddresses([to])[0][1] if to else ""
    if len(body) > limit:
        body = body[:limit].rsplit("\n", 1)[0] + "\n…"
    return f"mailto:{quote(address, safe='@')}?subject={quote(subject)}&body={quote(body)}"


def chat_text(agenda: Agenda, *, limit: int = 12) -> str:
    """A few plain lines for a chat message: the day, then the questions and topics."""
    lines = [agenda_subject(agenda) + ":"]
    entries = agenda.questions + agenda.topics + agenda.feedback_wanted + agenda.shares
    entries = [words.one_line(entry.text) for entry in entries]
    entries += [f"Update: {words.one_line(p.title)}" for p in agenda.updates]
    lines += [f"• {entry}" for entry in entries[:limit] if entry]
    if len(entries) > limit:
        lines.append(f"… and {len(entries) - limit} more")
    return "\n".join(lines)

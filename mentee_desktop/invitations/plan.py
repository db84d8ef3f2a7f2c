"""What an invitation would change: per event, a new meeting, a move, a cancellation, or
nothing. The plan only reads the store; :mod:`~mentee_desktop.invitations.apply` makes it so.

An event is linked to a meeting by its UID and RECURRENCE-ID. An updated series that no longer
holds an occurrence (an EXDATE added) cancels that occurrence's meeting. An event older than
what was imported (a lower SEQUENCE) changes nothing. An event this app exported itself is
recognised by its UID and stays with its meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from mentee_desktop.data import calendar_links, mentors
from mentee_desktop.data.calendar_links import CalendarLink, LinkedMeeting
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.invitations.read import CalendarEvent, Invitation

NEW, UPDATE, CANCEL, UNCHANGED = "new", "update", "cancel", "unchanged"
#: the same meeting, only the calendar's bookkeeping (SEQUENCE, RECURRENCE-ID) changed
RELINK = "relink"
_EMAIL = re.compile(r"[^\s<>,;:\"']+@[^\s<>,;:\"']+")


class NoMentorError(Exception):
    """No mentor matches the invitation's people, and none was chosen."""


@dataclass(frozen=True)
class PlannedChange:
    """One line of the preview: what happens to one meeting."""

    kind: str  # NEW, UPDATE, CANCEL or UNCHANGED
    title: str
    starts_at: datetime  # UTC, the new time (the old one for a cancellation)
    timezone: str
    organizer: str
    mentor_id: int
    event: CalendarEvent | None  # None when a series no longer holds the occurrence
    meeting: Meeting | None = None  # the meeting it changes (None for NEW)
    sequence: int = 0  # the invitation's SEQUENCE (for an occurrence the series dropped)

    @property
    def changes_something(self) -> bool:
        return self.kind != UNCHANGED


@dataclass(frozen=True)
class SeriesUpdate:
    """A recurring series in the file: kept (its text) so later occurrences can be added, or
    forgotten (``calendar_text`` is "") when the file cancels the whole series."""

    uid: str
    calendar_text: str
    sequence: int
    planned_until: datetime | None  # the import compares occurrences up to this moment


@dataclass(frozen=True)
class ImportPlan:
    changes: list[PlannedChange]
    skipped: list[str] = field(default_factory=list)
    series: list[SeriesUpdate] = field(default_factory=list)

    @property
    def actionable(self) -> list[int]:
        """Indexes of the changes that would do something (ticked by default)."""
        return [i for i, change in enumerate(self.changes) if change.changes_something]

    def count(self, kind: str) -> int:
        return sum(1 for change in self.changes if change.kind == kind)


def emails_in(text: str) -> set[str]:
    return {found.lower() for found in _EMAIL.findall(text or "")}


def _mentor_emails(db: Database) -> dict[str, int]:
    by_email: dict[str, int] = {}
    for mentor in mentors.list_all(db, include_archived=True):
        for email in emails_in(mentor.contact):
            by_email.setdefault(email, mentor.id)
    return by_email


def match_mentor(
    db: Database, event: CalendarEvent, by_email: dict[str, int] | None = None
) -> int | None:
    """The mentor whose contact holds the organizer's e-mail (else an attendee's)."""
    by_email = _mentor_emails(db) if by_email is None else by_email
    for person in event.people:
        if person.email in by_email:
            return by_email[person.email]
    return None


def _own_export(db: Database, uid: str) -> int | None:
    """The meeting id of an event this database exported (see agenda.ics.event_uid)."""
    if not uid.endswith("@mentee-desktop"):
        return None
    from mentee_desktop.agenda.ics import UID_NAMESPACE_KEY, event_uid
    from mentee_desktop.data import settings

    namespace = settings.get(db, UID_NAMESPACE_KEY)
    if not isinstance(namespace, str) or not namespace:
        return None
    for meeting_id in calendar_links.meeting_ids(db):
        if event_uid(namespace, meeting_id) == uid:
            return meeting_id
    return None


def _same(meeting: Meeting, event: CalendarEvent) -> bool:
    return (
        meeting.starts_at == event.starts_at
        and meeting.duration_minutes == event.duration_minutes
        and meeting.place == event.place
        and meeting.timezone == event.timezone
        and meeting.status != "cancelled"
    )


def _organizer(event: CalendarEvent | None) -> str:
    return event.organizer.label() if event and event.organizer else ""


def _local_day(recurrence_id: str, zone: str) -> date | None:
    try:
        return datetime.fromisoformat(recurrence_id).astimezone(ZoneInfo(zone)).date()
    except (ValueError, KeyError):
        return None


def _match_stored(db: Database, events: list[CalendarEvent]) -> dict[int, LinkedMeeting]:
    """For each event (by index), the linked meeting it updates.

    First by UID and RECURRENCE-ID; then, for an occurrence of a series whose time changed
    (calendars rewrite every RECURRENCE-ID when the series moves), by the occurrence's
    original day among the series' meetings nothing else claimed.
    """
    found: dict[int, LinkedMeeting] = {}
    stored: dict[str, list[LinkedMeeting]] = {}
    claimed: set[int] = set()
    for index, event in enumerate(events):
        if event.whole_series:
            continue
        series = stored.setdefault(event.uid, calendar_links.series(db, event.uid))
        for linked in series:
            if linked.link.recurrence_id == event.recurrence_id:
                found[index] = linked
                claimed.add(linked.meeting.id)
    for index, event in enumerate(events):
        if index in found or not event.recurrence_id or event.whole_series:
            continue
        day = _local_day(event.recurrence_id, event.timezone)
        for linked in stored.get(event.uid, []):
            if linked.meeting.id in claimed or not linked.link.recurrence_id:
                continue
            if _local_day(linked.link.recurrence_id, event.timezone) == day:
                found[index] = linked
                claimed.add(linked.meeting.id)
                break
    return found


def make_plan(
    db: Database, invitation: Invitation, *, now: datetime, mentor_id: int | None = None
) -> ImportPlan:
    """Compare the invitation with the store. ``mentor_id`` is used for events no mentor's
    contact matches; without it such events raise :class:`NoMentorError`."""
    from mentee_desktop.data import meetings

    changes: list[PlannedChange] = []
    mentor_of_uid: dict[str, int] = {}
    by_email = _mentor_emails(db)
    for event in invitation.events:
        found = match_mentor(db, event, by_email) if event.uid not in mentor_of_uid else None
        if found is not None:
            mentor_of_uid[event.uid] = found
    stored = _match_stored(db, invitation.events)
    kept: set[int] = {linked.meeting.id for linked in stored.values()}
    for index, event in enumerate(invitation.events):
        if event.whole_series:
            changes += _cancel_series(db, event, now)
            continue
        linked = stored.get(index)
        meeting = linked.meeting if linked else None
        if linked is None and (own := _own_export(db, event.uid)) is not None:
            meeting = meetings.get(db, own)
        if meeting is None:
            if event.cancelled:
                continue  # a cancellation of something never imported: nothing to do
            chosen = mentor_of_uid.get(event.uid, mentor_id)
            if chosen is None:
                raise NoMentorError(_organizer(event) or event.title)
            changes.append(_change(NEW, event, chosen, None))
        elif linked is not None and event.sequence < linked.link.sequence:
            changes.append(_change(UNCHANGED, event, meeting.mentor_id, meeting))
        elif event.cancelled:
            kind = UNCHANGED if meeting.status == "cancelled" else CANCEL
            changes.append(_change(kind, event, meeting.mentor_id, meeting))
        else:
            if not _same(meeting, event):
                kind = UPDATE
            elif linked is not None and linked.link != _link_of(event):
                kind = RELINK
            else:
                kind = UNCHANGED
            changes.append(_change(kind, event, meeting.mentor_id, meeting))
    end = invitation.horizon_end
    start = invitation.horizon_start
    series_sequence: dict[str, int] = {}
    for event in invitation.events:
        series_sequence[event.uid] = max(series_sequence.get(event.uid, 0), event.sequence)
    if invitation.method != "CANCEL":
        for uid in invitation.series_masters:
            for linked in calendar_links.series(db, uid):
                meeting = linked.meeting
                if (
                    meeting.id not in kept
                    and meeting.status == "planned"
                    and meeting.starts_at > now
                    and (start is None or meeting.starts_at > start)
                    and (end is None or meeting.starts_at <= end)
                ):
                    changes.append(_gone(meeting, series_sequence.get(uid, 0)))
    changes.sort(key=lambda change: (change.starts_at, change.kind))
    return ImportPlan(changes, list(invitation.skipped), _series_updates(invitation))


def _series_updates(invitation: Invitation) -> list[SeriesUpdate]:
    sequence: dict[str, int] = {}
    for event in invitation.events:
        sequence[event.uid] = max(sequence.get(event.uid, 0), event.sequence)
    updates = [
        SeriesUpdate(uid, text, sequence.get(uid, 0), invitation.horizon_end)
        for uid, text in sorted(invitation.series_texts.items())
    ]
    ended = sorted({event.uid for event in invitation.events if event.whole_series})
    updates += [SeriesUpdate(uid, "", sequence.get(uid, 0), None) for uid in ended]
    return updates


def _link_of(event: CalendarEvent) -> CalendarLink:
    return CalendarLink(event.uid, event.recurrence_id, event.sequence)


def _gone(meeting: Meeting, sequence: int) -> PlannedChange:
    """An occurrence the updated series no longer holds (an EXDATE, a shorter series)."""
    return PlannedChange(
        CANCEL,
        "",
        meeting.starts_at,
        meeting.timezone,
        "",
        meeting.mentor_id,
        None,
        meeting,
        sequence,
    )


def _cancel_series(db: Database, event: CalendarEvent, now: datetime) -> list[PlannedChange]:
    found = []
    for linked in calendar_links.series(db, event.uid):
        meeting = linked.meeting
        if meeting.status == "planned" and meeting.starts_at > now:
            found.append(_change(CANCEL, event, meeting.mentor_id, meeting, meeting.starts_at))
    return found


def _change(
    kind: str,
    event: CalendarEvent,
    mentor_id: int,
    meeting: Meeting | None,
    starts_at: datetime | None = None,
) -> PlannedChange:
    when = starts_at or (meeting.starts_at if kind == CANCEL and meeting else event.starts_at)
    return PlannedChange(
        kind=kind,
        title=event.title,
        starts_at=when,
        timezone=event.timezone if meeting is None else meeting.timezone,
        organizer=_organizer(event),
        mentor_id=mentor_id,
        event=event,
        meeting=meeting,
    )

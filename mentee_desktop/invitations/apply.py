"""Make an import plan so, in one transaction, and undo it as one step.

What an import touches is noted first: the meetings it changes (their rows and calendar links)
and where each open agenda item of the mentors involved sits, so that Undo puts everything
back, whatever the meeting lifecycle did to the items on the way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlite_utils import Database

from mentee_desktop.data import calendar_links, calendar_series, meetings
from mentee_desktop.data.calendar_links import CalendarLink, ItemPlaces
from mentee_desktop.data.calendar_series import KeptSeries
from mentee_desktop.data.errors import transaction
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.invitations import lifecycle
from mentee_desktop.invitations.plan import (
    CANCEL,
    NEW,
    RELINK,
    UPDATE,
    ImportPlan,
    PlannedChange,
    SeriesUpdate,
)


@dataclass(frozen=True)
class ImportUndo:
    added: list[int]
    before: list[tuple[Meeting, CalendarLink | None]]  # changed meetings as they were
    items: ItemPlaces
    #: kept series the import wrote or forgot, as they were (None: not kept before)
    series: list[tuple[str, KeptSeries | None]] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    added: list[Meeting] = field(default_factory=list)
    moved: list[Meeting] = field(default_factory=list)
    cancelled: list[Meeting] = field(default_factory=list)
    undo: ImportUndo | None = None

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.moved or self.cancelled)


def _link(change: PlannedChange) -> CalendarLink | None:
    event = change.event
    if event is None or event.whole_series:
        return None
    return CalendarLink(event.uid, event.recurrence_id, event.sequence)


def _newer(db: Database, change: PlannedChange) -> CalendarLink | None:
    """The stored link with the SEQUENCE of the series that dropped this occurrence, so an
    older copy of the invitation does not bring it back."""
    link = calendar_links.link_of(db, change.meeting.id)
    if link is None or change.sequence <= link.sequence:
        return link
    return replace(link, sequence=change.sequence)


def apply_plan(
    db: Database, plan: ImportPlan, *, now: datetime, chosen: Iterable[int] | None = None
) -> ImportResult:
    """Apply the changes at the ``chosen`` indexes (default: all that change something)."""
    picked = [plan.changes[i] for i in (plan.actionable if chosen is None else chosen)]
    picked = [change for change in picked if change.changes_something]
    if not picked and not _series_writes(db, plan, picked, now):
        return ImportResult()
    added: list[Meeting] = []
    moved: list[Meeting] = []
    cancelled: list[Meeting] = []
    with transaction(db):
        items = calendar_links.item_places(db, {change.mentor_id for change in picked})
        before = []
        first_new: set[int] = set()
        for change in sorted(picked, key=lambda c: c.starts_at):
            if change.meeting is not None:
                old = meetings.get(db, change.meeting.id)
                before.append((old, calendar_links.link_of(db, old.id)))
            if change.kind == NEW:
                added.append(
                    _add(db, change, now=now, carry_over=change.mentor_id not in first_new)
                )
                first_new.add(change.mentor_id)
            elif change.kind == UPDATE:
                moved.append(_move(db, change))
            elif change.kind == RELINK:
                calendar_links.set_link(db, change.meeting.id, _link(change))
            elif change.kind == CANCEL:
                lifecycle.cancel_meeting(db, change.meeting)
                link = _link(change) or _newer(db, change)
                if link is not None:
                    calendar_links.set_link(db, change.meeting.id, link)
                cancelled.append(meetings.get(db, change.meeting.id))
        series_before = _keep_series(db, plan, picked, now)
        undo = ImportUndo([m.id for m in added], before, items, series_before)
    return ImportResult(added, moved, cancelled, undo)


def _series_mentor(db: Database, uid: str, picked: list[PlannedChange]) -> int | None:
    for change in picked:
        if change.event is not None and change.event.uid == uid and change.mentor_id > 0:
            return change.mentor_id
    linked = calendar_links.series(db, uid)
    return linked[0].meeting.mentor_id if linked else None


def _series_writes(
    db: Database, plan: ImportPlan, picked: list[PlannedChange], now: datetime
) -> list[tuple[SeriesUpdate, KeptSeries | None, KeptSeries | None]]:
    """Per series of the file: the update, the kept row before, the row after (None: gone).

    A new series is kept once one of its meetings exists; an updated invitation replaces the
    kept text (an older SEQUENCE does not); a cancelled series is forgotten unless the user
    left out all of its cancellations."""
    writes = []
    for update in plan.series:
        stored = calendar_series.get(db, update.uid)
        if not update.calendar_text:
            chose = [c for c in picked if c.event is not None and c.event.uid == update.uid]
            offered = [c for c in plan.changes if c.event is not None and c.event.uid == update.uid]
            if stored is not None and (chose or not offered):
                writes.append((update, stored, None))
            continue
        if stored is not None and update.sequence < stored.sequence:
            continue
        mentor_id = stored.mentor_id if stored else _series_mentor(db, update.uid, picked)
        if mentor_id is None or update.planned_until is None:
            continue
        until = update.planned_until
        same = stored is not None and (stored.calendar_text, stored.sequence) == (
            update.calendar_text,
            update.sequence,
        )
        if same and stored.extended_until >= until:
            continue  # the same invitation again: nothing to keep anew
        kept = KeptSeries(update.uid, mentor_id, update.calendar_text, update.sequence, now, until)
        writes.append((update, stored, kept))
    return writes


def _keep_series(
    db: Database, plan: ImportPlan, picked: list[PlannedChange], now: datetime
) -> list[tuple[str, KeptSeries | None]]:
    """Write what :func:`_series_writes` decided; returns the rows as they were, for undo."""
    before = []
    for update, stored, kept in _series_writes(db, plan, picked, now):
        if kept is None:
            calendar_series.forget(db, update.uid)
        else:
            calendar_series.save(db, kept)
        before.append((update.uid, stored))
    return before


def _add(db: Database, change: PlannedChange, *, now: datetime, carry_over: bool) -> Meeting:
    event = change.event
    meeting = Meeting(
        mentor_id=change.mentor_id,
        starts_at=event.starts_at,
        timezone=event.timezone,
        duration_minutes=event.duration_minutes,
        place=event.place,
    )
    new_id = lifecycle.add_meeting(db, meeting, now=now, carry_over=carry_over)
    calendar_links.set_link(db, new_id, _link(change))
    return meetings.get(db, new_id)


def _move(db: Database, change: PlannedChange) -> Meeting:
    event = change.event
    current = meetings.get(db, change.meeting.id)
    status = "planned" if current.status == "cancelled" else current.status
    lifecycle.move_meeting(
        db,
        replace(
            current,
            starts_at=event.starts_at,
            timezone=event.timezone,
            duration_minutes=event.duration_minutes,
            place=event.place,
            status=status,
        ),
    )
    calendar_links.set_link(db, current.id, _link(change))
    return meetings.get(db, current.id)


def undo_import(db: Database, undo: ImportUndo) -> None:
    """Put back what one import changed: changed meetings return, items go back where they
    were (before the new meetings go, so no item moved into one is lost), new meetings go."""
    with transaction(db):
        for old, link in reversed(undo.before):
            meetings.update(db, old)
            calendar_links.set_link(db, old.id, link)
        calendar_links.restore_item_places(db, undo.items)
        for meeting_id in undo.added:
            meetings.delete(db, meeting_id)
        for uid, kept in undo.series:
            if kept is None:
                calendar_series.forget(db, uid)
            else:
                calendar_series.save(db, kept)

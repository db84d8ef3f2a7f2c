"""Later occurrences of a kept series become meetings as time passes.

An import plans a series up to the horizon (six months by default) and keeps the series'
calendar text. :func:`extend_series` reads each kept series again for the occurrences between
where it was planned until and the new horizon, and makes them meetings through the same plan
and apply as an import: UIDs and RECURRENCE-IDs link them, nothing is added twice, the meeting
lifecycle applies. Running it twice changes nothing. No Qt; the store, clock and zone come in.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlite_utils import Database

from mentee_desktop.data import calendar_series
from mentee_desktop.data.errors import transaction
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.invitations import source
from mentee_desktop.invitations.apply import ImportResult, apply_plan
from mentee_desktop.invitations.plan import NEW, make_plan
from mentee_desktop.invitations.read import LOOK_BACK, InvitationError, read_invitation

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SeriesExtended:
    """What one series gained (and, from an updated text, moved or cancelled)."""

    uid: str
    title: str
    mentor_id: int
    result: ImportResult

    @property
    def added(self) -> list[Meeting]:
        return self.result.added


def extend_series(
    db: Database, now: datetime, user_zone: str, *, horizon_days: int | None = None
) -> list[SeriesExtended]:
    """Plan every kept series up to ``now`` + the horizon; returns the series that changed.

    Each series is its own transaction: its new meetings and its new ``extended_until`` land
    together or not at all. A kept text that no longer reads is logged and left alone."""
    days = source.horizon_days(db) if horizon_days is None else horizon_days
    until = now + timedelta(days=days)
    changed = []
    for kept in calendar_series.due(db, until):
        since = max(kept.extended_until, now - LOOK_BACK)
        try:
            invitation = read_invitation(
                kept.calendar_text.encode("utf-8"),
                now=now,
                user_zone=user_zone,
                horizon_days=days,
                since=since,
            )
        except InvitationError as exc:
            log.warning("the kept series %s cannot be read again: %s", kept.uid, exc)
            continue
        invitation = replace(invitation, series_texts={})  # the kept text stays as it is
        plan = make_plan(db, invitation, now=now, mentor_id=kept.mentor_id)
        plan = replace(
            plan,
            changes=[
                replace(change, mentor_id=kept.mentor_id) if change.kind == NEW else change
                for change in plan.changes
            ],
        )
        with transaction(db):
            result = apply_plan(db, plan, now=now)
            calendar_series.set_extended_until(db, kept.uid, until)
        if result.changed_anything:
            title = next((e.title for e in invitation.events if e.title), "")
            changed.append(SeriesExtended(kept.uid, title, kept.mentor_id, result))
    return changed

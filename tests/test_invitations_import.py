"""Invitations as Google, Outlook/Exchange, Apple Calendar, Teams and Zoom send them: each
imported and checked field by field, imported again (nothing changes), then updated."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from mentee_desktop.data import calendar_links, lifecycle, meetings
from mentee_desktop.invitations import links, zones
from mentee_desktop.invitations.apply import apply_plan, undo_import
from mentee_desktop.invitations.plan import (
    CANCEL,
    NEW,
    UNCHANGED,
    UPDATE,
    NoMentorError,
    make_plan,
)
from mentee_desktop.invitations.read import InvitationError, read_invitation
from tests.helpers import add_mentor

FOLDER = Path(__file__).parent / "fixtures" / "invitations"
NOW = datetime(2027, 2, 1, 8, 0, tzinfo=UTC)
HOME = "Europe/London"
TEAMS = (
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA4ZTk2OGIt%40thread.v2/0"
    "?context=%7b%22Tid%22%3a%2272f988bf%22%7d"
)
OUTLOOK_UID = (
    "040000008200E00074C5B7101A82E0080000000030A2C2F3C56BDB01000000000000000010000000"
    "C3D35B2D17A9F04C8E1C0A0B84A6D6C2"
)


def import_file(db, name: str, *, now: datetime = NOW, mentor_id: int | None = None):
    invitation = read_invitation((FOLDER / name).read_bytes(), now=now, user_zone=HOME)
    plan = make_plan(db, invitation, now=now, mentor_id=mentor_id)
    return plan, apply_plan(db, plan, now=now)


def rows(db) -> list[tuple]:
    return [
        tuple(row)
        for row in db.execute(
            "SELECT id, mentor_id, starts_at, timezone, duration_minutes, place, status, "
            "calendar_uid, calendar_recurrence_id, calendar_sequence FROM meetings ORDER BY id"
        )
    ]


def local(meeting) -> datetime:
    return meeting.local_start.replace(tzinfo=None)


@pytest.fixture
def joerg(db):
    return add_mentor(db, "Jörg Müller", contact="Jörg Müller <joerg.mueller@example.com>")


def test_outlook_series_with_windows_zone_exception_and_moved_occurrence(db, joerg):
    plan, result = import_file(db, "outlook-series.ics")
    assert {change.kind for change in plan.changes} == {NEW}
    imported = meetings.list_all(db, mentor_id=joerg.id)
    # Tuesdays 9 Feb .. 29 Jun 2027 are 21; 16 Feb is excluded, 23 Feb moved to Thu 25 Feb
    assert len(imported) == 20 == len(result.added)
    days = [m.local_start.date() for m in imported]
    assert date(2027, 2, 16) not in days and date(2027, 2, 23) not in days
    assert days[:3] == [date(2027, 2, 9), date(2027, 2, 25), date(2027, 3, 2)]
    assert days[-1] == date(2027, 6, 29)
    first, moved = imported[0], imported[1]
    assert first.starts_at == datetime(2027, 2, 9, 9, 0, tzinfo=UTC)  # 10:00 CET
    assert first.timezone == "Europe/Berlin"
    assert first.duration_minutes == 45
    assert first.place == TEAMS  # "Microsoft Teams Meeting" gives way to the join link
    assert first.status == "planned"
    assert local(moved) == datetime(2027, 2, 25, 11, 0)
    # the summer occurrences keep 10:00 on the wall clock across the change to CEST
    assert all(local(m).time().hour == 10 for m in imported if m.id != moved.id)
    april = next(m for m in imported if m.local_start.date() == date(2027, 4, 6))
    assert april.starts_at == datetime(2027, 4, 6, 8, 0, tzinfo=UTC)
    link = calendar_links.link_of(db, moved.id)
    assert link.uid == OUTLOOK_UID
    assert link.recurrence_id == "2027-02-23T09:00:00+00:00"  # the original start, in UTC


def test_importing_the_same_file_again_changes_nothing(db, joerg):
    import_file(db, "outlook-series.ics")
    before = rows(db)
    plan, result = import_file(db, "outlook-series.ics")
    assert {change.kind for change in plan.changes} == {UNCHANGED}
    assert not result.changed_anything
    assert rows(db) == before


def test_an_updated_series_moves_its_meetings_and_cancels_a_removed_occurrence(db, joerg):
    import_file(db, "outlook-series.ics")
    count = len(rows(db))
    plan, result = import_file(db, "outlook-series-updated.ics")
    assert plan.count(NEW) == 0
    assert len(rows(db)) == count  # the same meetings, moved: nothing doubled
    by_day = {m.local_start.date(): m for m in meetings.list_all(db, mentor_id=joerg.id)}
    assert local(by_day[date(2027, 2, 9)]) == datetime(2027, 2, 9, 14, 0)
    assert local(by_day[date(2027, 6, 29)]) == datetime(2027, 6, 29, 14, 0)
    assert local(by_day[date(2027, 2, 25)]) == datetime(2027, 2, 25, 11, 0)  # still moved
    assert by_day[date(2027, 3, 2)].status == "cancelled"  # the new EXDATE
    assert [m.local_start.date() for m in result.cancelled] == [date(2027, 3, 2)]
    assert len(result.moved) == 18  # every other occurrence, now at 14:00
    # a cancellation of one occurrence (METHOD:CANCEL with RECURRENCE-ID)
    plan, result = import_file(db, "outlook-cancel-occurrence.ics")
    assert [c.kind for c in plan.changes] == [CANCEL]
    march_9 = meetings.get(db, result.cancelled[0].id)
    assert local(march_9) == datetime(2027, 3, 9, 14, 0) and march_9.status == "cancelled"
    assert import_file(db, "outlook-cancel-occurrence.ics")[0].count(UNCHANGED) == 1


def test_an_older_copy_does_not_undo_a_newer_one(db, joerg):
    import_file(db, "outlook-series.ics")
    import_file(db, "outlook-series-updated.ics")
    before = rows(db)
    plan, _result = import_file(db, "outlook-series.ics")  # SEQUENCE 0/1 < 2
    assert plan.count(UPDATE) == 0
    assert rows(db) == before


def test_google_invitation_with_meet_link(db):
    amara = add_mentor(db, "Amara Okafor", contact="amara@example.net")
    _plan, result = import_file(db, "google-meet.ics")
    (meeting,) = result.added
    assert meeting.mentor_id == amara.id
    assert local(meeting) == datetime(2027, 2, 11, 16, 30)
    assert meeting.timezone == "Europe/Berlin"
    assert meeting.duration_minutes == 45
    assert meeting.place == "https://meet.google.com/abc-defg-hij"
    assert calendar_links.link_of(db, meeting.id).uid == "5k1q9v0c2m1k3s7hgd3o0r8bb4@google.com"


def test_apple_series_in_new_york_keeps_its_local_time_across_dst(db):
    sam = add_mentor(db, "Sam Lee", contact="sam@example.com")
    _plan, result = import_file(db, "apple-new-york-series.ics")
    got = [(local(m), m.starts_at.hour) for m in meetings.list_all(db, mentor_id=sam.id)]
    # COUNT=4 weekly from Tue 2 Mar plus an RDATE on Sun 4 Apr; New York changes to EDT
    # on 14 Mar, so 09:00 local is 14:00 UTC before and 13:00 UTC after
    assert got == [
        (datetime(2027, 3, 2, 9, 0), 14),
        (datetime(2027, 3, 9, 9, 0), 14),
        (datetime(2027, 3, 16, 9, 0), 13),
        (datetime(2027, 3, 23, 9, 0), 13),
        (datetime(2027, 4, 4, 9, 0), 13),
    ]
    assert {m.timezone for m in result.added} == {"America/New_York"}
    assert result.added[0].place == "Blue Bottle Coffee 450 W 15th St, New York, NY 10011"
    assert result.added[0].duration_minutes == 30


def test_zoom_invitation_in_utc_takes_the_users_zone_and_the_zoom_link(db):
    priya = add_mentor(db, "Priya Raman", contact="Priya <PRIYA@example.com>")
    _plan, result = import_file(db, "zoom-utc.ics")
    (meeting,) = result.added
    assert meeting.mentor_id == priya.id  # e-mail compared without regard to case
    assert meeting.starts_at == datetime(2027, 2, 15, 15, 0, tzinfo=UTC)
    assert meeting.timezone == HOME
    assert meeting.place.startswith("https://us02web.zoom.us/j/87654321987?pwd=")
    assert meeting.duration_minutes == 60


def test_floating_time_is_read_on_the_users_clock_and_all_day_events_are_left_out(db):
    smith = add_mentor(db, "J. Smith", contact="jsmith@example.com")
    plan, result = import_file(db, "rfc5545-floating-and-allday.ics")
    (meeting,) = result.added
    assert meeting.mentor_id == smith.id
    assert meeting.starts_at == datetime(1998, 1, 18, 7, 30, tzinfo=UTC)  # London, winter
    assert meeting.timezone == HOME
    assert meeting.place == "Conference Room - F123, Bldg. 002"
    assert len(plan.skipped) == 1 and "all-day" in plan.skipped[0]


def test_a_file_of_all_day_events_is_refused_with_a_reason(db):
    with pytest.raises(InvitationError, match="all-day event"):
        read_invitation((FOLDER / "only-allday.ics").read_bytes(), now=NOW, user_zone=HOME)


def test_rfc6047_request_then_cancel(db):
    mentor = add_mentor(db, "A", contact="a@example.com")
    _plan, result = import_file(db, "rfc6047-request.ics")
    assert [m.mentor_id for m in result.added] == [mentor.id]
    plan, result = import_file(db, "rfc6047-cancel.ics")
    assert [c.kind for c in plan.changes] == [CANCEL]
    assert meetings.get(db, result.cancelled[0].id).status == "cancelled"
    assert not import_file(db, "rfc6047-cancel.ics")[1].changed_anything


def test_no_matching_mentor_needs_a_choice(db):
    add_mentor(db, "Someone else", contact="else@example.com")
    chosen = add_mentor(db, "Chosen")
    invitation = read_invitation((FOLDER / "google-meet.ics").read_bytes(), now=NOW, user_zone=HOME)
    with pytest.raises(NoMentorError, match=r"amara@example\.net"):
        make_plan(db, invitation, now=NOW)
    plan = make_plan(db, invitation, now=NOW, mentor_id=chosen.id)
    assert [c.mentor_id for c in plan.changes] == [chosen.id]
    assert rows(db) == []  # planning writes nothing


def test_a_series_without_end_stops_at_the_horizon(db, joerg):
    data = (FOLDER / "endless-series.ics").read_bytes()
    for days in (30, 183):
        invitation = read_invitation(data, now=NOW, user_zone=HOME, horizon_days=days)
        starts = [event.starts_at for event in invitation.events]
        assert max(starts) <= NOW + timedelta(days=days)
        assert min(starts) >= NOW - timedelta(days=1)
        assert days - 1 <= len(starts) <= days + 2  # one a day


def test_expansion_and_size_are_bounded():
    text = (FOLDER / "endless-series.ics").read_text().replace("FREQ=DAILY", "FREQ=MINUTELY")
    with pytest.raises(InvitationError, match="more often than once a day"):
        read_invitation(text.encode(), now=NOW, user_zone=HOME)
    daily = (FOLDER / "endless-series.ics").read_text()
    with pytest.raises(InvitationError, match="more than 400"):
        read_invitation(daily.encode(), now=NOW, user_zone=HOME, horizon_days=500)
    huge = b"BEGIN:VCALENDAR\r\n" + b"X-FILL:" + b"x" * 3_000_000 + b"\r\nEND:VCALENDAR\r\n"
    with pytest.raises(InvitationError, match="too large"):
        read_invitation(huge, now=NOW, user_zone=HOME)
    with pytest.raises(InvitationError, match="not a calendar"):
        read_invitation(b"%PDF-1.7 hello", now=NOW, user_zone=HOME)
    with pytest.raises(InvitationError, match="no event"):
        read_invitation(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", now=NOW, user_zone=HOME)


def test_undo_puts_back_meetings_and_carried_items(db, joerg):
    from mentee_desktop.data import agenda_items
    from mentee_desktop.data.agenda_items import AgendaItem

    past = lifecycle.plan(db, meetings.Meeting(joerg.id, NOW - timedelta(days=7)))
    lifecycle.set_status(db, past.id, "held")
    item = agenda_items.add(db, AgendaItem(meeting_id=past.id, kind="question", text="Q?"))
    _plan, result = import_file(db, "outlook-series.ics")
    first = result.added[0]
    carried = agenda_items.list_for_meeting(db, first.id)
    assert [i.text for i in carried if i.carried_from_id == item.id] == ["Q?"]
    assert all(not agenda_items.list_for_meeting(db, m.id) for m in result.added[1:])
    undo_import(db, result.undo)
    assert [m.id for m in meetings.list_all(db)] == [past.id]
    assert agenda_items.get(db, item.id).status == "open"
    # undoing a move puts the old time back
    import_file(db, "outlook-series.ics")
    before = rows(db)
    _plan, result = import_file(db, "outlook-series-updated.ics")
    assert rows(db) != before
    undo_import(db, result.undo)
    assert rows(db) == before


def test_a_failure_halfway_imports_nothing(db, joerg, monkeypatch):
    from mentee_desktop.invitations import lifecycle as adapter

    import_file(db, "outlook-series.ics")
    before = rows(db)
    calls = []

    def broken_move(database, meeting):
        calls.append(meeting.id)
        if len(calls) == 5:
            raise RuntimeError("simulated crash in the middle")
        meetings.update(database, meeting)

    monkeypatch.setattr(adapter, "move_meeting", broken_move)
    with pytest.raises(RuntimeError):
        import_file(db, "outlook-series-updated.ics")
    assert rows(db) == before


def test_our_own_exported_event_round_trips_to_the_same_meeting(db, joerg):
    from mentee_desktop.agenda import build, ics

    meeting = lifecycle.plan(
        db,
        meetings.Meeting(
            joerg.id, datetime(2027, 3, 3, 15, 0, tzinfo=UTC), "Europe/Berlin", 50, "Room 4"
        ),
    )
    agenda = build.build_agenda(db, meeting.id, now=NOW)
    data = ics.render_agenda(agenda, options=ics.calendar_options(db), now=NOW)
    before = rows(db)
    invitation = read_invitation(data, now=NOW, user_zone=HOME)
    plan = make_plan(db, invitation, now=NOW)
    assert [(c.kind, c.meeting.id) for c in plan.changes] == [(UNCHANGED, meeting.id)]
    assert not apply_plan(db, plan, now=NOW).changed_anything
    assert rows(db) == before


@pytest.mark.parametrize(
    ("tzid", "expected"),
    [
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("Eastern Standard Time", "America/New_York"),
        ("GMT Standard Time", "Europe/London"),
        ("Europe/Berlin", "Europe/Berlin"),
        ("/mozilla.org/20070129_1/Europe/Paris", "Europe/Paris"),
        ("Customized Time Zone", None),
        ("", None),
    ],
)
def test_zone_names_as_calendars_write_them(tzid, expected):
    assert zones.iana_name(tzid) == expected


def test_video_links_in_the_usual_places():
    teams = "Join: <https://teams.microsoft.com/l/meetup-join/abc>, or call"
    assert links.video_link("", "Microsoft Teams Meeting", teams) == (
        "https://teams.microsoft.com/l/meetup-join/abc"
    )
    zoom = "https://example.zoom.us/j/123?pwd=x"
    assert links.video_link("https://example.org/agenda", "", f"See {zoom}.") == zoom
    assert links.video_link("https://example.org/agenda", "", "") == "https://example.org/agenda"
    assert links.place_for("Room 4", "https://meet.google.com/a-b-c") == (
        "Room 4 · https://meet.google.com/a-b-c"
    )
    assert links.place_for("Zoom", zoom) == zoom
    assert links.place_for("Room 4", "") == "Room 4"

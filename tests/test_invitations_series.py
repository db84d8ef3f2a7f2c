"""A recurring series keeps arriving as time passes: every imported series is kept, and
``extend_series`` plans its occurrences up to now + the horizon, week after week."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mentee_desktop.data import calendar_series, meetings, mentors, settings
from mentee_desktop.data.json_io import import_file, write_export
from mentee_desktop.data.store import open_store
from mentee_desktop.invitations.apply import apply_plan, undo_import
from mentee_desktop.invitations.plan import make_plan
from mentee_desktop.invitations.read import read_invitation
from mentee_desktop.invitations.series import extend_series
from mentee_desktop.invitations.source import HORIZON_KEY
from tests.helpers import add_mentor

FOLDER = Path(__file__).parent / "fixtures" / "invitations"
BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2027, 2, 1, 12, 0, tzinfo=UTC)  # a Monday, eight days before the first one
SIX_MONTHS = timedelta(days=183)
NO_END_UID = (
    "040000008200E00074C5B7101A82E0080000000030A2C2F3C56BDB01000000000000000010000000"
    "C3D35B2D17A9F04C8E1C0A0B84A6D6C3"
)
OUTLOOK_UID = NO_END_UID[:-1] + "2"


@pytest.fixture
def joerg(db):
    return add_mentor(db, "Jörg Müller", contact="Jörg Müller <joerg.mueller@example.com>")


def import_text(db, data: bytes, now: datetime):
    invitation = read_invitation(data, now=now, user_zone="Europe/Berlin", horizon_days=_days(db))
    plan = make_plan(db, invitation, now=now)
    return apply_plan(db, plan, now=now)


def import_file_at(db, name: str, now: datetime = START):
    return import_text(db, (FOLDER / name).read_bytes(), now)


def _days(db) -> int:
    from mentee_desktop.invitations.source import horizon_days

    return horizon_days(db)


def expected_starts(first_import: datetime, now: datetime) -> list[datetime]:
    """Tuesdays at 10:00 on Berlin's wall clock from 9 Feb 2027, as the no-end fixture says:
    16 Feb and 13 Jul left out, 23 Feb moved to Thu 25 Feb 11:00, 2 Nov to Wed 3 Nov 10:00."""
    left_out = {date(2027, 2, 16), date(2027, 7, 13)}
    moved = {
        date(2027, 2, 23): datetime(2027, 2, 25, 11, 0, tzinfo=BERLIN),
        date(2027, 11, 2): datetime(2027, 11, 3, 10, 0, tzinfo=BERLIN),
    }
    starts = []
    day = date(2027, 2, 9)
    while day <= (now + SIX_MONTHS).date() + timedelta(days=7):
        if day not in left_out:
            start = moved.get(day) or datetime(day.year, day.month, day.day, 10, tzinfo=BERLIN)
            start = start.astimezone(UTC)
            if first_import - timedelta(days=1) <= start <= now + SIX_MONTHS:
                starts.append(start)
        day += timedelta(weeks=1)
    return sorted(starts)


def series_rows(db, uid: str = NO_END_UID) -> list[tuple]:
    return db.execute(
        "SELECT id, starts_at, timezone, status, calendar_recurrence_id, calendar_sequence "
        "FROM meetings WHERE calendar_uid = ? ORDER BY starts_at",
        [uid],
    ).fetchall()


def test_a_year_of_weeks_keeps_exactly_the_occurrences_up_to_the_horizon(db, joerg):
    result = import_file_at(db, "outlook-series-no-end.ics")
    assert len(result.added) == len(expected_starts(START, START)) == 24
    now = START
    steps = [1, 2, 3] * 9  # 54 weeks: across both changes of Berlin's clock, and into 2028
    added_over_time = 0
    for weeks in steps:
        now += timedelta(weeks=weeks)
        extended = extend_series(db, now, "Europe/Berlin")
        added_over_time += sum(len(one.added) for one in extended)
        found = meetings.list_all(db, mentor_id=joerg.id)
        assert [m.starts_at for m in found] == expected_starts(START, now), now
        recurrence_ids = [row[4] for row in series_rows(db)]
        assert len(recurrence_ids) == len(set(recurrence_ids)) == len(found)
        assert {m.status for m in found} == {"planned"}
        before = series_rows(db)
        assert extend_series(db, now, "Europe/Berlin") == []  # twice changes nothing
        assert series_rows(db) == before
        kept = calendar_series.get(db, NO_END_UID)
        assert kept.extended_until == now + SIX_MONTHS
    assert added_over_time == len(found) - 24 > 40
    # every occurrence but the two moved ones starts at 10:00 in Berlin, summer or winter
    local = [m.starts_at.astimezone(BERLIN) for m in found]
    assert {(t.hour, t.minute) for t in local if t.weekday() == 1} == {(10, 0)}
    assert {t.utcoffset() for t in local} == {timedelta(hours=1), timedelta(hours=2)}
    assert datetime(2027, 11, 3, 10, tzinfo=BERLIN) in local
    assert datetime(2027, 11, 2, 10, tzinfo=BERLIN) not in local
    assert datetime(2027, 7, 13, 10, tzinfo=BERLIN) not in local
    assert {m.timezone for m in found} == {"Europe/Berlin"}


def test_the_horizon_setting_decides_how_far_ahead(db, joerg):
    settings.put(db, HORIZON_KEY, 2)
    import_file_at(db, "outlook-series-no-end.ics")
    last = meetings.list_all(db, mentor_id=joerg.id)[-1]
    assert last.starts_at <= START + timedelta(days=61) < last.starts_at + timedelta(weeks=1)
    extended = extend_series(db, START + timedelta(weeks=4), "Europe/Berlin")
    assert [len(one.added) for one in extended] == [4]
    assert extended[0].title == "Mentoring: Jörg / Mentee"
    assert extended[0].mentor_id == joerg.id


def test_a_series_that_ended_adds_nothing_more(db, joerg):
    import_file_at(db, "outlook-series.ics")  # weekly until 29 Jun 2027
    count = len(meetings.list_all(db, mentor_id=joerg.id))
    assert extend_series(db, START + timedelta(days=300), "Europe/Berlin") == []
    assert len(meetings.list_all(db, mentor_id=joerg.id)) == count == 20


def test_extension_follows_the_meeting_lifecycle(db, joerg):
    """Items waiting for a next meeting move into the first one the extension plans."""
    from mentee_desktop.data import agenda_items, lifecycle
    from mentee_desktop.data.agenda_items import AgendaItem

    settings.put(db, HORIZON_KEY, 1)
    import_file_at(db, "outlook-series-no-end.ics")
    planned = meetings.list_all(db, mentor_id=joerg.id)
    assert len(planned) == 3  # 9, 25 Feb and 2 Mar
    item = agenda_items.add(db, AgendaItem(meeting_id=planned[-1].id, kind="topic", text="CV"))
    for meeting in planned:
        lifecycle.cancel(db, meeting.id)  # nothing planned is left: the item waits
    extended = extend_series(db, datetime(2027, 2, 10, 12, tzinfo=UTC), "Europe/Berlin")
    first_new = extended[0].added[0]
    assert first_new.local_start.date() == date(2027, 3, 9)
    brought = agenda_items.list_for_meeting(db, first_new.id)
    assert [(i.text, i.carried_from_id) for i in brought] == [("CV", item.id)]


def test_an_updated_invitation_replaces_the_kept_series_and_an_older_one_does_not(db, joerg):
    import_file_at(db, "outlook-series.ics")
    kept = calendar_series.get(db, OUTLOOK_UID)
    assert kept.mentor_id == joerg.id and kept.sequence == 1
    assert kept.extended_until == START + SIX_MONTHS
    assert "BEGIN:VTIMEZONE" in kept.calendar_text and kept.calendar_text.count("BEGIN:VEVENT") == 2
    import_file_at(db, "outlook-series-updated.ics")
    kept = calendar_series.get(db, OUTLOOK_UID)
    assert kept.sequence == 2 and "20270209T140000" in kept.calendar_text
    import_file_at(db, "outlook-series.ics")
    assert calendar_series.get(db, OUTLOOK_UID) == kept
    # the kept text reads back to the same occurrences the import made
    again = read_invitation(
        kept.calendar_text.encode(), now=START, user_zone="Europe/Berlin", horizon_days=183
    )
    planned = [
        datetime.fromisoformat(row[1])
        for row in series_rows(db, OUTLOOK_UID)
        if row[3] == "planned"
    ]
    assert sorted(e.starts_at for e in again.events) == planned


def test_a_cancelled_series_is_forgotten_and_undo_brings_it_back(db, joerg):
    import_file_at(db, "outlook-series-no-end.ics")
    kept = calendar_series.get(db, NO_END_UID)
    text = (
        (FOLDER / "outlook-series-no-end.ics")
        .read_text()
        .replace("METHOD:REQUEST", "METHOD:CANCEL")
    )
    result = import_text(db, text.encode(), START + timedelta(days=1))
    assert len(result.cancelled) == 24
    assert calendar_series.get(db, NO_END_UID) is None
    assert extend_series(db, START + timedelta(weeks=10), "Europe/Berlin") == []
    undo_import(db, result.undo)
    assert calendar_series.get(db, NO_END_UID) == kept


def test_undo_of_an_import_forgets_the_series_it_kept(db, joerg):
    result = import_file_at(db, "outlook-series-no-end.ics")
    undo_import(db, result.undo)
    assert calendar_series.list_all(db) == []
    assert meetings.list_all(db, mentor_id=joerg.id) == []


def test_a_series_goes_with_its_mentor(db, joerg):
    import_file_at(db, "outlook-series-no-end.ics")
    mentors.delete(db, joerg.id)
    assert calendar_series.list_all(db) == []
    assert extend_series(db, START + timedelta(weeks=10), "Europe/Berlin") == []
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0


def test_a_kept_text_that_no_longer_reads_is_left_alone(db, joerg):
    import_file_at(db, "outlook-series-no-end.ics")
    db.execute("UPDATE calendar_series SET calendar_text = 'BEGIN:VCALENDAR\nbroken'")
    before = series_rows(db)
    assert extend_series(db, START + timedelta(weeks=10), "Europe/Berlin") == []
    assert series_rows(db) == before


def test_the_json_export_carries_kept_series(db, joerg, tmp_path: Path):
    import_file_at(db, "outlook-series-no-end.ics")
    kept = calendar_series.get(db, NO_END_UID)
    exported = write_export(db, tmp_path / "all.json", now=START)
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert [row["uid"] for row in document["tables"]["calendar_series"]] == [NO_END_UID]
    import_file(exported, tmp_path / "elsewhere")
    other = open_store(tmp_path / "elsewhere")
    try:
        assert calendar_series.get(other, NO_END_UID) == kept
        later = extend_series(other, START + timedelta(weeks=3), "Europe/Berlin")
        assert [len(one.added) for one in later] == [3]
    finally:
        other.close()


def test_an_earlier_file_with_wrong_zone_rules_does_not_move_later_meetings(db, joerg):
    """A calendar file whose VTIMEZONE of "W. Europe Standard Time" is wrong (no summer time,
    as a damaged or hand-made file may have) must not change how a later, correct file's
    times are read in the same session: a named zone is read with the real zone's rules."""
    good = (FOLDER / "outlook-series-no-end.ics").read_text(encoding="utf-8")
    start = good.index("BEGIN:VTIMEZONE")
    end = good.index("END:VTIMEZONE") + len("END:VTIMEZONE")
    wrong_rules = (
        "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\nBEGIN:STANDARD\r\n"
        "DTSTART:16010101T000000\r\nTZOFFSETFROM:+0500\r\nTZOFFSETTO:+0500\r\n"
        "END:STANDARD\r\nEND:VTIMEZONE"
    )
    wrong = good[:start] + wrong_rules + good[end:]
    read_invitation(wrong.encode(), now=START, user_zone="Europe/Berlin", horizon_days=30)

    result = import_file_at(db, "outlook-series-no-end.ics")
    assert len(result.added) == 24
    found = meetings.list_all(db, mentor_id=joerg.id)
    assert [m.starts_at for m in found] == expected_starts(START, START)
    assert {m.local_start.hour for m in found if m.local_start.date() != date(2027, 2, 25)} == {10}

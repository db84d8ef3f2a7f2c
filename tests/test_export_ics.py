"""The iCalendar export, parsed back with icalendar."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import icalendar
from hypothesis import given
from hypothesis import settings as settings_
from hypothesis import strategies as st
from icalendar.parser import Contentline

from mentee_desktop.agenda import ics
from mentee_desktop.agenda.build import build_agenda
from mentee_desktop.data import agenda_items, settings
from mentee_desktop.data.agenda_items import AgendaItem
from tests.helpers import add_meeting, add_mentor


def export(db, meeting_id: int, now) -> icalendar.Calendar:
    agenda = build_agenda(db, meeting_id, now=now)
    return icalendar.Calendar.from_ical(
        ics.render_agenda(agenda, options=ics.calendar_options(db), now=now)
    )


def test_event_timezone_alarm_and_description(db, now):
    mentor = add_mentor(db, name="Zhang Wei 张伟")
    meeting = add_meeting(
        db,
        mentor.id,
        now,
        days=2,
        timezone="America/Sao_Paulo",
        duration_minutes=50,
        place="https://meet.example.org/abc",
    )
    agenda_items.add(
        db, AgendaItem(meeting.id, "question", "How, if at all; <b>safely</b>?"), now=now
    )
    calendar = export(db, meeting.id, now)
    (event,) = calendar.walk("VEVENT")
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "America/Sao_Paulo"
    start = event.decoded("DTSTART")
    assert start == meeting.starts_at
    assert event["DTSTART"].params["TZID"] == "America/Sao_Paulo"
    assert event.decoded("DTEND") - start == timedelta(minutes=50)
    assert str(event["SUMMARY"]) == "Mentoring with Zhang Wei 张伟"
    assert str(event["LOCATION"]) == "https://meet.example.org/abc"
    assert str(event["URL"]) == "https://meet.example.org/abc"
    description = str(event["DESCRIPTION"])
    assert "QUESTIONS\n1. How, if at all; <b>safely</b>?" in description
    assert event.decoded("DTSTAMP") == now
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-60)
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert "Prepare" in str(alarm["DESCRIPTION"])


def test_second_export_keeps_the_uid_and_raises_the_sequence(db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=2, timezone="Europe/Berlin")
    other = add_meeting(db, mentor.id, now, days=9, timezone="Europe/Berlin")
    first = export(db, meeting.id, now).walk("VEVENT")[0]
    namespace = settings.get(db, ics.UID_NAMESPACE_KEY)
    second = export(db, meeting.id, now + timedelta(hours=1)).walk("VEVENT")[0]
    assert settings.get(db, ics.UID_NAMESPACE_KEY) == namespace  # created once
    assert str(first["UID"]) == str(second["UID"])
    assert int(second["SEQUENCE"]) > int(first["SEQUENCE"])
    assert str(export(db, other.id, now).walk("VEVENT")[0]["UID"]) != str(first["UID"])


def test_uid_differs_between_databases(db, now, tmp_path):
    from mentee_desktop.data.store import open_store

    other_db = open_store(tmp_path / "other")
    try:
        uids = []
        for database in (db, other_db):
            mentor = add_mentor(database)
            meeting = add_meeting(database, mentor.id, now, days=1)
            uids.append(str(export(database, meeting.id, now).walk("VEVENT")[0]["UID"]))
        assert uids[0] != uids[1]
    finally:
        other_db.close()


def test_alarm_minutes_setting(db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=1, place="Café Lumen")
    settings.put(db, ics.ALARM_MINUTES_KEY, 15)
    event = export(db, meeting.id, now).walk("VEVENT")[0]
    assert event.walk("VALARM")[0].decoded("TRIGGER") == timedelta(minutes=-15)
    assert "URL" not in event
    assert str(event["LOCATION"]) == "Café Lumen"
    settings.put(db, ics.ALARM_MINUTES_KEY, "nonsense")
    event = export(db, meeting.id, now).walk("VEVENT")[0]
    assert event.walk("VALARM")[0].decoded("TRIGGER") == timedelta(minutes=-60)


def test_time_is_the_meetings_own_wall_clock(db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now, days=1, timezone="Asia/Kolkata")
    event = export(db, meeting.id, now).walk("VEVENT")[0]
    local = meeting.starts_at.astimezone(ZoneInfo("Asia/Kolkata"))
    assert event["DTSTART"].to_ical().decode() == local.strftime("%Y%m%dT%H%M%S")


# the folding is ours (icalendar folds a character at a time): it must give icalendar's bytes
_FOLDED_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("\\^;,:abc xyz"),
        st.sampled_from("é€😀שלום你好"),
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"),
    ),
    min_size=60,
    max_size=400,
)


@settings_(max_examples=300, deadline=None)
@given(_FOLDED_TEXT)
def test_folding_gives_icalendars_bytes(line: str):
    assert ics.fold(line) == Contentline(line).to_ical()


def test_a_long_agenda_is_folded_as_icalendar_folds_it(db, now):
    mentor = add_mentor(db, name="Noa שלום")
    meeting = add_meeting(db, mentor.id, now, days=1)
    for number in range(120):  # escapes and wide characters at every fold position
        text = "\\" * (number % 3) + "a;b,c\\d^e 😀 שלום 你好 " * (1 + number % 5) + "x" * number
        agenda_items.add(db, AgendaItem(meeting.id, "question", text), now=now)
    agenda = build_agenda(db, meeting.id, now=now)
    options = ics.calendar_options(db)
    ours = ics.render_agenda(agenda, options=options, now=now)
    calendar = icalendar.Calendar.from_ical(ours)
    assert calendar.to_ical() == ours  # icalendar writes the same file from what it read
    assert all(len(line) <= 75 for line in ours.split(b"\r\n"))
    (event,) = calendar.walk("VEVENT")
    assert "a;b,c\\d^e 😀 שלום 你好" in str(event["DESCRIPTION"])

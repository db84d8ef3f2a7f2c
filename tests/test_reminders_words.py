"""Reminders worded for the window: the same English as the command line without a translation,
German (with German dates) under the German catalogue, user text kept literally."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from mentee_desktop.data import action_items, feedback, meetings
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.feedback import FeedbackRequest
from mentee_desktop.data.meetings import Meeting
from mentee_desktop.reminders import ReminderOptions, due_reminders
from mentee_desktop.reminders.model import Reminder
from mentee_desktop.reminders.options import QuietHours
from mentee_desktop.resource_files import resource_path
from mentee_desktop.ui.reminders.words import words
from tests.helpers import add_mentor

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
OPTIONS = ReminderOptions(quiet_hours=QuietHours(enabled=False))


@pytest.fixture
def every_kind(db) -> list[Reminder]:
    """One reminder of every kind (and both wordings of several), as the rules make them."""
    grace = add_mentor(db, "Grace <b>&</b> Co", cadence_days=60)
    meetings.insert(
        db, Meeting(mentor_id=grace.id, starts_at=NOW - timedelta(days=2), status="held")
    )
    meetings.insert(
        db,
        Meeting(
            mentor_id=grace.id,
            starts_at=datetime(2026, 11, 25, 4, 40, tzinfo=NEW_YORK),
            timezone="America/New_York",
            place="Café <i>Zimt</i>",
        ),
    )  # starts in ten minutes: "meeting soon", in another zone
    ada = add_mentor(db, "Ada", cadence_days=60)
    meetings.insert(db, Meeting(mentor_id=ada.id, starts_at=NOW - timedelta(days=1), status="held"))
    meetings.insert(
        db, Meeting(mentor_id=ada.id, starts_at=NOW + timedelta(hours=5), timezone="Europe/Berlin")
    )  # to prepare, with an empty agenda
    for title, due_on in (
        ("Send the <b>draft</b>", date(2025, 12, 30)),
        ("Read", date(2026, 11, 25)),
    ):
        action_items.add(db, ActionItem(mentor_id=grace.id, title=title, due_on=due_on))
    action_items.add(db, ActionItem(mentor_id=ada.id, title="Call back", due_on=date(2026, 11, 25)))
    for question, direction, days_ago in (
        ("How can I help you more?", "mentor_asks", 9),
        ("Was my demo clear?", "i_ask", 8),
    ):
        request = feedback.add(
            db, FeedbackRequest(mentor_id=ada.id, question=question, direction=direction)
        )
        feedback.set_status(db, request.id, "asked", now=NOW - timedelta(days=days_ago))
    lin = add_mentor(db, "Lin", cadence_days=14)
    meetings.insert(
        db, Meeting(mentor_id=lin.id, starts_at=NOW - timedelta(days=20), status="held")
    )
    add_mentor(db, "New", cadence_days=7, started_on=date(2026, 11, 1))
    sam = add_mentor(db, "Sam", cadence_days=60)
    for days in (50, 40, 30, 20):
        meetings.insert(
            db, Meeting(mentor_id=sam.id, starts_at=NOW - timedelta(days=days), status="held")
        )
    meetings.insert(
        db,
        Meeting(mentor_id=sam.id, starts_at=NOW - timedelta(days=10), timezone="Asia/Tokyo"),
    )  # nobody said whether it took place
    found = due_reminders(db, NOW, BERLIN, OPTIONS)
    assert {r.kind for r in found} == {
        "meeting_unconfirmed",
        "meeting_soon",
        "prepare",
        "action_due",
        "feedback_waiting",
        "keep_in_touch",
        "relationship_checkin",
    }
    return found


@pytest.fixture
def german(qapp):
    """The German catalogue and locale, for this test only."""
    translator = QTranslator()
    assert translator.load(str(resource_path("translations") / "mentee_desktop_de.qm"))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def test_without_a_translation_the_window_says_what_the_command_line_says(every_kind):
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        for reminder in every_kind:
            assert words(reminder) == (reminder.title, reminder.text)
    finally:
        QLocale.setDefault(before)


def test_german_words_and_dates_for_every_kind(every_kind, german):
    shown = {words(r)[0]: words(r)[1] for r in every_kind}
    assert shown == {
        "Treffen mit Grace <b>&</b> Co um 04:40": (
            "Mi., 25. Nov., 04:40 America/New_York (10:40 bei dir) · Café <i>Zimt</i>"
        ),
        "Bereite dein Treffen mit Ada vor": (
            "Mi., 25. Nov., 15:30. Die Agenda ist leer: Füge eine Frage, ein Update oder "
            "etwas zum Teilen hinzu."
        ),
        "2 Aufgaben für Grace <b>&</b> Co sind heute fällig oder überfällig": (
            "Deine Zusagen an Grace <b>&</b> Co; die älteste, „Send the <b>draft</b>“, war am "
            "Di., 30. Dez. 2025 fällig."
        ),
        "Heute fällig: Call back": "Deine Zusage an Ada, fällig am Mi., 25. Nov.",
        "Ada wartet auf dein Feedback": "Gefragt am Mo., 16. Nov.: „How can I help you more?“",
        "Noch keine Antwort von Ada": (
            "Du hast vor 8 Tagen gefragt: „Was my demo clear?“. Vielleicht freundlich nachhaken?"
        ),
        "Melde dich bei Lin": (
            "Zuletzt getroffen am Do., 5. Nov.; normalerweise trefft ihr euch alle 14 Tage. "
            "Ein kurzes Hallo hält den Kontakt lebendig."
        ),
        "Melde dich bei New": (
            "Seit So., 1. Nov. noch kein Treffen; normalerweise trefft ihr euch alle 7 Tage. "
            "Ein kurzes Hallo hält den Kontakt lebendig."
        ),
        "Hat dein Treffen mit Sam stattgefunden?": (
            "So., 15. Nov., 18:30 Asia/Tokyo (10:30 bei dir). Markiere es als stattgefunden "
            "oder abgesagt; bis dahin zählt es nicht als stattgefunden."
        ),
        "Wie läuft es mit Sam?": (
            "Bisher 4 Treffen: Zeit für einen Beziehungs-Check-in "
            "(Vertrauen, Kommunikation, was wir beide lernen)."
        ),
    }


def test_a_reminder_without_facts_keeps_its_own_words():
    bare = Reminder("k", "action_due", "action_item", 1, "Title", "Text", NOW)
    assert words(bare) == ("Title", "Text")

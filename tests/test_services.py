"""services.call: a known store error is a message; anything else is a bug with a traceback."""

from __future__ import annotations

import logging

import pytest

from mentee_desktop.data.errors import DiskFullError
from mentee_desktop.data.record_kind import RecordKind
from mentee_desktop.ui.shell.services import AppServices


@pytest.fixture
def services(qapp, db, now):
    return AppServices(db, clock=lambda: now, zone_name="Europe/Berlin")


def _messages(services) -> list[str]:
    shown: list[str] = []
    services.error_reported.connect(shown.append)
    return shown


def test_a_known_store_error_becomes_a_message_without_a_traceback(services, caplog):
    shown = _messages(services)
    changed: list[str] = []
    services.store_changed.connect(changed.append)

    def full(db):
        raise DiskFullError("the disk is full; the change was not saved")

    with caplog.at_level(logging.WARNING):
        assert services.call(RecordKind.NOTE, full) is None
    assert shown == ["Not saved: the disk is full; the change was not saved"]
    assert changed == []
    assert all(record.exc_info is None for record in caplog.records)


def test_a_bug_is_logged_with_its_traceback_and_shown_as_an_apology(services, caplog):
    shown = _messages(services)

    def buggy(db):
        raise ValueError("an internal slip")

    with caplog.at_level(logging.ERROR):
        assert services.call(RecordKind.NOTE, buggy) is None
    assert shown == ["Sorry, something went wrong and this was not saved."]
    assert "an internal slip" not in shown[0]
    logged = [record for record in caplog.records if record.exc_info]
    assert logged and logged[0].exc_info[0] is ValueError


def test_sqlite_failures_with_a_plain_meaning_arrive_as_store_errors(services, db):
    shown = _messages(services)
    db.execute("PRAGMA query_only = ON")
    assert services.call(RecordKind.SETTINGS, lambda d: d.execute("CREATE TABLE x (y)")) is None
    assert shown and shown[0].startswith("Not saved:") and "read-only" in shown[0]

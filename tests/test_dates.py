"""One date style: every date the window shows is made by ``ui/widgets/dates.py``."""

from __future__ import annotations

import ast
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from mentee_desktop.data import action_items
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.ui.widgets import dates
from tests.helpers import add_meeting, add_mentor

UI = Path(__file__).resolve().parent.parent / "mentee_desktop" / "ui"
ALLOWED = UI / "widgets" / "dates.py"
#: calls that turn a date or time into text (QLocale/QDate/QDateTime.toString, Python's own)
DATE_TO_TEXT = {
    "toString",
    "strftime",
    "isoformat",
    "dateFormat",
    "timeFormat",
    "dateTimeFormat",
    "setDisplayFormat",
}


def date_formatting_in(path: Path) -> list[str]:
    """Places in one module that format a date themselves, as "file:line what"."""
    found = []
    name = path.relative_to(UI.parent)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in DATE_TO_TEXT
        ):
            found.append(f"{name}:{node.lineno} .{node.func.attr}()")
        elif isinstance(node, ast.Attribute) and node.attr == "FormatType":
            found.append(f"{name}:{node.lineno} QLocale.FormatType")
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            spec = ast.unparse(node.format_spec)
            if "%" in spec:
                found.append(f"{name}:{node.lineno} f-string date format {spec}")
    return found


def test_no_module_in_ui_formats_a_date_but_dates_py():
    offenders = [
        place
        for path in sorted(UI.rglob("*.py"))
        if path != ALLOWED
        for place in date_formatting_in(path)
    ]
    assert offenders == []


def test_the_check_finds_a_date_formatted_by_hand(tmp_path):
    module = UI / "sample_for_the_check.py"
    try:
        module.write_text(
            "def show(day, locale, moment):\n"
            "    a = locale.toString(day, 'd MMM')\n"
            "    b = f'{moment:%H:%M}'\n"
            "    return a, b, moment.strftime('%d'), QLocale.FormatType.LongFormat\n",
            encoding="utf-8",
        )
        found = date_formatting_in(module)
    finally:
        module.unlink()
    assert len(found) == 4


@pytest.mark.parametrize(
    ("locale", "short", "weekday", "no_year"),
    [
        ("en_GB", "25 Nov 2026", "Wed 25 Nov 2026", "25 Nov"),
        ("de_DE", "25. Nov. 2026", "Mi., 25. Nov. 2026", "25. Nov."),
        ("en_US", "Nov 25, 2026", "Wed Nov 25, 2026", "Nov 25"),
    ],
)
def test_the_short_forms_follow_the_locale(locale, short, weekday, no_year):
    day, where = date(2026, 11, 25), QLocale(locale)
    assert dates.short_date(day, where) == short
    assert dates.short_date(day, where, weekday=True) == weekday
    assert dates.short_date(day, where, year=False) == no_year


def test_a_date_with_its_time_and_in_a_file_name():
    moment = datetime(2026, 11, 25, 15, 5)
    assert dates.date_and_clock(moment, QLocale("en_GB")) == "Wed 25 Nov 2026, 15:05"
    assert dates.date_and_clock(moment, QLocale("en_US")) == "Wed Nov 25, 2026, 3:05\u202fPM"
    assert dates.clock(time(9, 0), QLocale("de_DE")) == "09:00"
    assert dates.file_date(date(2027, 1, 4)) == "2027-01-04"


def test_the_window_shows_its_dates_in_the_one_style(qtbot, db, now, make_window):
    mentor = add_mentor(db)
    past = add_meeting(db, mentor.id, now - timedelta(days=9))  # not yet said whether held
    action_items.add(
        db,
        ActionItem(mentor_id=mentor.id, title="Send slides", due_on=date(2027, 1, 4)),
    )
    window = make_window()
    qtbot.waitExposed(window)
    # the meeting selector: the short date with weekday, and the clock (in the mentor's zone)
    shown = window.selector.meeting_combo.currentText()
    assert shown.startswith("Mon 16 Nov 2026, 09:30 (UTC)")
    assert shown.startswith(dates.date_and_clock(past.local_start))
    # the question whether it took place: the long date
    assert window.outcome_bar.isVisible()
    assert "Monday, 16 November 2026" in window.outcome_bar.label.text()
    # the action items table: the short date
    tab = window.tab_by_key["actions"]
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    texts = [tab.model.index(0, column).data() for column in range(tab.model.columnCount())]
    assert "4 Jan 2027" in texts

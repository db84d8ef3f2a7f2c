"""The Action items table model and the store functions behind it: pages, order, positions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt

from mentee_desktop.data import action_item_table, action_items, lifecycle
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.sample import add_sample
from mentee_desktop.ui.actions.model import (
    PAGE,
    SORT_KEYS,
    ActionItemsModel,
    Column,
    Query,
    medium_date_format,
    shorten,
)
from mentee_desktop.ui.shell.services import AppServices
from tests.helpers import add_meeting, add_mentor

ZONE = "Europe/Berlin"
TODAY = date(2026, 11, 25)


@pytest.fixture
def services(qapp, db, now):
    return AppServices(db, clock=lambda: now, zone_name=ZONE)


def _mixed_items(mentor_id: int, meeting_ids: list[int], count: int) -> list[ActionItem]:
    """Items with many ties (same titles, dues, owners), some without due date or source."""
    return [
        ActionItem(
            mentor_id=mentor_id,
            title=f"Promise {n % 7}",
            owner="me" if n % 3 else "mentor",
            due_on=None if n % 5 == 0 else TODAY + timedelta(days=n % 11 - 5),
            status=("open", "open", "done", "dropped")[n % 4],
            completed_at=datetime(2026, 11, 20, 12, tzinfo=UTC) if n % 4 == 2 else None,
            meeting_id=meeting_ids[n % len(meeting_ids)] if n % 2 else None,
        )
        for n in range(count)
    ]


@pytest.fixture
def mentor_with_items(db, now):
    mentor = add_mentor(db)
    meetings = [add_meeting(db, mentor.id, now, days=-7 * k).id for k in range(3)]
    action_items.add_many(db, _mixed_items(mentor.id, meetings, 450), now=now)
    return mentor


# ----- store functions


@pytest.mark.parametrize("sort", sorted(set(SORT_KEYS.values())))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_read_after_each_other_give_the_whole_list_once(
    db, mentor_with_items, sort, descending
):
    whole = action_item_table.list_page(
        db, mentor_id=mentor_with_items.id, sort=sort, descending=descending
    )
    paged, after = [], None
    while page := action_item_table.list_page(
        db,
        mentor_id=mentor_with_items.id,
        sort=sort,
        descending=descending,
        limit=37,
        after=after,
    ):
        paged.extend(page)
        after = page[-1].page_key
    assert [x.item.id for x in paged] == [x.item.id for x in whole]
    assert len(whole) == 450
    last = whole[-1].item.id
    assert (
        action_item_table.position_in_page_order(
            db, last, mentor_id=mentor_with_items.id, sort=sort, descending=descending
        )
        == 449
    )


def test_list_page_sorts_by_source_meeting_and_reports_its_start(db, now):
    mentor = add_mentor(db)
    old = add_meeting(db, mentor.id, now, days=-30)
    new = add_meeting(db, mentor.id, now, days=-2)
    for title, meeting in [("later", new), ("none", None), ("earlier", old)]:
        action_items.add(
            db,
            ActionItem(
                mentor_id=mentor.id, title=title, meeting_id=meeting.id if meeting else None
            ),
        )
    listed = action_item_table.list_page(db, mentor_id=mentor.id, sort="source")
    assert [x.item.title for x in listed] == ["earlier", "later", "none"]
    assert listed[0].source_meeting_at == old.starts_at
    assert listed[2].source_meeting_at is None


def test_position_of_a_filtered_out_item_is_none(db, now):
    mentor = add_mentor(db)
    done = action_items.add(db, ActionItem(mentor_id=mentor.id, title="done", status="done"))
    assert action_item_table.position_in_page_order(db, done.id, mentor_id=mentor.id) == 0
    assert (
        action_item_table.position_in_page_order(db, done.id, mentor_id=mentor.id, status="open")
        is None
    )


def test_delete_many_and_restore_many_give_back_the_same_items(db, now):
    mentor = add_mentor(db)
    meeting = add_meeting(db, mentor.id, now)
    kept = action_items.add(db, ActionItem(mentor_id=mentor.id, title="kept"), now=now)
    items = [
        action_items.add(
            db,
            ActionItem(
                mentor_id=mentor.id,
                title=f"gone {n} 🙏🏽",
                details="مرحبا",
                owner="mentor",
                due_on=TODAY,
                meeting_id=meeting.id,
            ),
            now=now,
        )
        for n in range(3)
    ]
    deleted = action_item_table.delete_many(db, [i.id for i in items] + [99999])
    assert deleted == items
    assert [x.id for x in action_items.list_items(db, mentor_id=mentor.id)] == [kept.id]
    action_item_table.restore_many(db, deleted)
    restored = [action_items.get(db, i.id) for i in items]
    assert restored == items
    assert [r.created_at for r in restored] == [i.created_at for i in items]


# ----- pure helpers


def test_query_turns_filters_into_store_arguments():
    assert Query(mentor_id=3).store_filters(TODAY) == {"mentor_id": 3, "status": "open"}
    assert Query(mentor_id=3, show="overdue", owner="mentor").store_filters(TODAY) == {
        "mentor_id": 3,
        "overdue_on": TODAY,
        "owner": "mentor",
    }
    assert Query(mentor_id=3, show="all", owner="everyone").store_filters(TODAY) == {"mentor_id": 3}
    assert Query(show="done", owner="me").store_filters(TODAY) == {
        "mentor_id": None,
        "status": "done",
        "owner": "me",
    }


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_US", "Nov 25, 2026"),
        ("en_GB", "25 Nov 2026"),
        ("de_DE", "25. Nov. 2026"),
        ("ja_JP", "2026年11月25日"),
        ("ar_EG", None),
    ],
)
def test_medium_date_drops_the_weekday_and_keeps_the_locale_order(locale, expected):
    qlocale = QLocale(locale)
    text = qlocale.toString(TODAY, medium_date_format(qlocale))
    weekday = qlocale.dayName(TODAY.isoweekday())
    assert weekday not in text
    assert "2026" in text or "٢٠٢٦" in text
    if expected is not None:
        assert text == expected


def test_shorten_keeps_one_line_and_marks_what_it_cut():
    assert shorten("line one\nline two") == "line one line two"
    assert shorten("x" * 1_000_000, 300) == "x" * 300 + "…"
    assert shorten("<b>bold</b>") == "<b>bold</b>"


# ----- the model


def _ids(model: ActionItemsModel) -> list[int]:
    return [
        model.index(row, 0).data(ActionItemsModel.ItemIdRole) for row in range(model.rowCount())
    ]


def test_model_passes_the_model_tester_with_data_sorted_and_filtered(
    qtmodeltester, services, db, now, mentor_with_items
):
    add_sample(db, now=now, zone_name=ZONE)
    model = ActionItemsModel(services)
    model.set_query(mentor_id=mentor_with_items.id, show="all")
    assert model.rowCount() == PAGE
    qtmodeltester.check(model)
    orders = [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder]
    for column in Column:
        model.sort(column, orders[column % 2])
        assert model.query.sort == SORT_KEYS[column]
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    for show, owner in [("open", "me"), ("overdue", "mentor"), ("done", "everyone")]:
        model.set_query(show=show, owner=owner)
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_model_loads_a_page_at_a_time_and_finds_a_far_item_in_one_step(
    services, db, mentor_with_items
):
    model = ActionItemsModel(services)
    model.set_query(mentor_id=mentor_with_items.id, show="all", sort="title")
    assert (model.rowCount(), model.total, model.mentor_total) == (PAGE, 450, 450)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    last = action_item_table.list_page(db, mentor_id=mentor_with_items.id, sort="title")[-1].item
    assert model.row_of(last.id) == 449
    assert model.item_at(449) == last
    assert not model.canFetchMore(QModelIndex())
    assert len(set(_ids(model))) == 450


def test_ticking_on_an_early_page_never_skips_or_repeats_an_item_later(
    services, db, mentor_with_items
):
    model = ActionItemsModel(services)
    model.set_query(mentor_id=mentor_with_items.id, show="open", sort="status")
    open_total = model.total
    for row in range(0, PAGE, 20):
        model.setData(model.index(row, Column.DONE), 2, Qt.ItemDataRole.CheckStateRole)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    ids = _ids(model)
    assert len(ids) == len(set(ids)) == open_total

    model.set_query(show="all")
    for row in range(1, PAGE, 20):
        model.setData(
            model.index(row, Column.DONE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
        )
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    ids = _ids(model)
    assert len(ids) == len(set(ids)) == 450


def test_model_shows_due_status_and_source_in_words(services, db, now):
    result = add_sample(db, now=now, zone_name=ZONE)
    model = ActionItemsModel(services)
    model.set_query(mentor_id=result.mentor.id, show="all", sort="title")
    rows = {
        model.index(row, Column.TITLE).data(): {
            column: model.index(row, column).data() for column in Column
        }
        | {
            "overdue": model.index(row, 0).data(ActionItemsModel.OverdueRole),
            "check": model.index(row, Column.DONE).data(Qt.ItemDataRole.CheckStateRole),
            "source": model.index(row, 0).data(ActionItemsModel.SourceRole),
        }
        for row in range(model.rowCount())
    }
    locale = QLocale()
    fmt = medium_date_format(locale)
    overdue = rows["Send the article on staff-level influence"]
    assert overdue["overdue"] is True
    assert overdue[Column.DUE] == locale.toString(TODAY - timedelta(days=7), fmt) + " · overdue"
    assert overdue[Column.OWNER] == "Mentor"
    assert overdue[Column.STATUS] == "Open"
    assert overdue["source"][0] == "meeting"
    assert overdue[Column.SOURCE].startswith("Meeting ")
    late = rows["Introduce me to the platform team lead"]
    assert late["check"] == Qt.CheckState.Checked
    assert late[Column.STATUS].endswith("(late)")
    assert late["overdue"] is False
    from_note = rows["Write a design note on our retry policy"]
    assert from_note["source"][0] == "note"
    assert from_note[Column.SOURCE].startswith("Note, ")
    assert not from_note[Column.STATUS].endswith("(late)")


def test_ticking_a_dropped_item_makes_it_done_and_unticking_it_changes_nothing(services, db, now):
    mentor = add_mentor(db)
    dropped = action_items.add(db, ActionItem(mentor_id=mentor.id, title="x", status="dropped"))
    model = ActionItemsModel(services)
    model.set_query(mentor_id=mentor.id, show="all")
    box = model.index(0, Column.DONE)
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(box, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert action_items.get(db, dropped.id).status == "dropped"
    assert model.setData(box, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert action_items.get(db, dropped.id).completed_at == now
    assert not model.setData(model.index(0, Column.TITLE), "new title", Qt.ItemDataRole.EditRole)
    assert action_items.get(db, dropped.id).title == "x"


def test_undoing_a_delete_restores_the_agenda_update_and_goal_links(db, now):
    from mentee_desktop.data import agenda_items, goals, meetings, mentors

    mentor = mentors.add(db, mentors.Mentor(name="Ada"))
    promise = action_items.add(db, ActionItem(mentor_id=mentor.id, title="Send the slides"))
    meeting = lifecycle.plan(db, meetings.Meeting(mentor.id, now, "UTC"))
    goal = goals.add(db, goals.Goal(mentor_id=mentor.id, title="Speak at a conference"))
    goals.link(db, goal.id, "action_item", promise.id)
    (update,) = agenda_items.list_for_meeting(db, meeting.id)
    assert update.action_item_id == promise.id

    deleted = action_item_table.delete_many(db, [promise.id])
    assert agenda_items.get(db, update.id).action_item_id is None
    action_item_table.restore_many(db, deleted)

    assert agenda_items.get(db, update.id).action_item_id == promise.id
    assert goals.linked_counts(db, goal.id)["action_item"] == 1
    assert lifecycle.bring_in(db, meeting.id).total == 0  # no second copy of the promise

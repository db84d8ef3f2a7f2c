"""The Action items table model and the store functions behind it: order, blocks of rows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt

from mentee_desktop.data import action_item_table, action_items, lifecycle, meetings
from mentee_desktop.data.action_items import ActionItem
from mentee_desktop.data.sample import add_sample
from mentee_desktop.ui.actions.model import (
    BLOCK,
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


def _mixed_items(mentor_id: int, meeting_ids: list[int | None], count: int) -> list[ActionItem]:
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


def _python_order(items: list[ActionItem], starts: dict[int, datetime], query: Query) -> list[int]:
    """The ids the table should list, filtered and sorted in plain Python (ties by id)."""
    kept = [
        item
        for item in items
        if item.mentor_id == query.mentor_id
        and (query.owner == "everyone" or item.owner == query.owner)
        and (
            query.show == "all"
            or (query.show in ("open", "done") and item.status == query.show)
            or (query.show == "overdue" and item.is_overdue(TODAY))
        )
    ]
    no_meeting = datetime.max.replace(tzinfo=UTC)
    keys = {
        "title": lambda item: item.title.lower(),
        "owner": lambda item: item.owner,
        "due_on": lambda item: item.due_on or date(9999, 12, 31),
        "status": lambda item: item.status,
        "source": lambda item: starts.get(item.meeting_id, no_meeting),
    }
    ordered = sorted(
        kept, key=lambda item: (keys[query.sort](item), item.id), reverse=query.descending
    )
    return [item.id for item in ordered]


@pytest.mark.parametrize("sort", sorted(set(SORT_KEYS.values())))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    ("show", "owner"), [("all", "everyone"), ("open", "me"), ("done", "mentor"), ("overdue", "me")]
)
def test_list_order_filters_and_sorts_as_plain_python_does(
    db, now, mentor_with_items, sort, descending, show, owner
):
    other = add_mentor(db, "Another mentor")
    action_items.add_many(db, _mixed_items(other.id, [None], 40), now=now)
    items = action_items.list_items(db)  # every mentor's: the filter must leave others out
    starts = {meeting.id: meeting.starts_at for meeting in meetings.list_all(db)}
    query = Query(
        mentor_id=mentor_with_items.id, show=show, owner=owner, sort=sort, descending=descending
    )
    order = action_item_table.list_order(
        db, **query.store_filters(TODAY), sort=sort, descending=descending
    )
    assert order == _python_order(items, starts, query)
    assert order  # every combination here matches some items


def test_read_listed_keeps_the_order_asked_and_gives_the_source_meetings_start(db, now):
    mentor = add_mentor(db)
    old = add_meeting(db, mentor.id, now, days=-30)
    new = add_meeting(db, mentor.id, now, days=-2)
    added = {
        title: action_items.add(
            db,
            ActionItem(
                mentor_id=mentor.id, title=title, meeting_id=meeting.id if meeting else None
            ),
        )
        for title, meeting in [("later", new), ("none", None), ("earlier", old)]
    }
    order = action_item_table.list_order(db, mentor_id=mentor.id, sort="source")
    assert order == [added["earlier"].id, added["later"].id, added["none"].id]
    gone = action_items.add(db, ActionItem(mentor_id=mentor.id, title="gone"))
    action_items.delete(db, gone.id)
    listed = action_item_table.read_listed(db, [order[1], gone.id, order[0], order[2]])
    assert [x.item.title if x else None for x in listed] == ["later", None, "earlier", "none"]
    assert listed[0].source_meeting_at == new.starts_at
    assert listed[3].source_meeting_at is None
    assert action_item_table.read_listed(db, []) == []


def test_an_item_the_filters_leave_out_is_not_in_the_order(db, now):
    mentor = add_mentor(db)
    done = action_items.add(db, ActionItem(mentor_id=mentor.id, title="done", status="done"))
    assert action_item_table.list_order(db, mentor_id=mentor.id) == [done.id]
    assert action_item_table.list_order(db, mentor_id=mentor.id, status="open") == []


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
    assert model.rowCount() == 450
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


def test_model_knows_every_row_at_once_and_reads_only_the_block_asked_for(
    services, db, mentor_with_items, rows_read
):
    model = ActionItemsModel(services)
    model.set_query(mentor_id=mentor_with_items.id, show="all", sort="title")
    assert (model.rowCount(), model.total, model.mentor_total) == (450, 450, 450)
    assert not model.canFetchMore(QModelIndex())
    assert rows_read == []  # nothing shown yet, nothing read
    last = action_items.get(
        db, action_item_table.list_order(db, mentor_id=mentor_with_items.id, sort="title")[-1]
    )
    assert model.row_of(last.id) == 449
    assert rows_read == []  # the row is known without reading the rows before it
    assert model.item_at(449) == last
    assert model.index(449, Column.TITLE).data() == last.title
    assert rows_read == [450 - 449 // BLOCK * BLOCK]  # the last block only, read once
    assert model.row_of(999_999) == -1 and model.item_at(450) is None


def test_a_ticked_item_stays_in_its_row_until_the_list_is_read_again(
    services, db, mentor_with_items
):
    model = ActionItemsModel(services)
    model.set_query(mentor_id=mentor_with_items.id, show="open", sort="status")
    before = _ids(model)
    open_total = model.total
    ticked = list(range(0, len(before), 20))
    for row in ticked:
        assert model.setData(model.index(row, Column.DONE), 2, Qt.ItemDataRole.CheckStateRole)
    assert _ids(model) == before
    for row in ticked:
        assert model.index(row, Column.DONE).data(Qt.ItemDataRole.CheckStateRole) == (
            Qt.CheckState.Checked
        )
        assert model.row_of(before[row]) == row
    model.reload()  # open items only: the ticked ones are gone, the rest keep their order
    assert _ids(model) == [item_id for row, item_id in enumerate(before) if row not in ticked]
    assert model.total == open_total - len(ticked)

    model.set_query(show="all")
    everything = _ids(model)
    for row in range(1, 450, 20):
        model.setData(
            model.index(row, Column.DONE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
        )
    assert _ids(model) == everything
    assert len(set(everything)) == 450


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

"""JSON export and import: every record, documented, round-trips exactly; a bad file imports
nothing and names the first bad record.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentee_desktop.data import agenda_items, listening_notes, mentors, search
from mentee_desktop.data.agenda_items import AgendaItem
from mentee_desktop.data.json_io import (
    FORMAT_VERSION,
    ImportRefusedError,
    columns,
    data_tables,
    import_file,
    write_export,
)
from mentee_desktop.data.listening_notes import ListeningNote
from mentee_desktop.data.sample import add_sample
from mentee_desktop.data.store import open_store
from tests.helpers import add_meeting, add_mentor

DOCS = Path(__file__).parent.parent / "docs" / "json-format.md"
FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def everything(db) -> dict[str, list]:
    """Every row of every data table, in a comparable form."""
    return {
        table: db.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
        for table in data_tables(db)
    }


@pytest.fixture
def sample_db(db, now):
    add_sample(db, now=now, zone_name="Europe/Berlin")
    return db


def exported(db, folder: Path) -> Path:
    return write_export(db, folder / "export.json", now=NOW)


def assert_nothing_imported(folder: Path) -> None:
    """No database (and no half-built one) in the folder."""
    left = [p.name for p in folder.iterdir()] if folder.exists() else []
    assert not [name for name in left if name.startswith(("mentee.db", ".mentee.db"))], left


# ----- export --------------------------------------------------------------------------


def test_the_export_holds_every_record_with_a_format_version(sample_db, tmp_path: Path):
    path = exported(sample_db, tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "mentee-desktop-export"
    assert document["format_version"] == FORMAT_VERSION
    assert document["schema_version"] == sample_db.execute("PRAGMA user_version").fetchone()[0]
    assert document["exported_at"] == "2026-11-25T09:30:00+00:00"
    assert set(document["tables"]) == set(data_tables(sample_db))
    assert "search_index" not in document["tables"]
    for table, records in document["tables"].items():
        count = sample_db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        assert len(records) == count, table
    assert path.stat().st_mode & 0o077 == 0  # confidential notes stay private


def test_export_and_import_on_the_command_line_give_the_same_data(cli, tmp_path: Path):
    first, second = tmp_path / "first", tmp_path / "second"
    assert cli("--data-dir", str(first), "sample-data").returncode == 0
    out = tmp_path / "all.json"
    result = cli("--data-dir", str(first), "export-json", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    result = cli("--data-dir", str(second), "import-json", str(out))
    assert result.returncode == 0, result.stderr
    assert "Imported" in result.stdout
    a, b = open_store(first), open_store(second)
    try:
        assert everything(a) == everything(b)
        assert [h.kind for h in search.search(b, "Amara")] == [
            h.kind for h in search.search(a, "Amara")
        ]
        assert b.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        a.close()
        b.close()


def test_export_to_standard_output(cli, data_dir: Path):
    cli("--data-dir", str(data_dir), "sample-data")
    result = cli("--data-dir", str(data_dir), "export-json", "-o", "-")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["tables"]["mentors"][0]["name"] == "Amara Okafor (sample)"


unicode_text = st.text(max_size=200)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=unicode_text.filter(lambda t: t.strip() != ""), text=unicode_text, heard=unicode_text)
def test_any_unicode_text_round_trips(name: str, text: str, heard: str):
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        db = open_store(folder / "from")
        mentor = add_mentor(db, name, role=text, contact=heard)
        meeting = add_meeting(db, mentor.id, NOW, place=text, summary=heard)
        if text.strip():
            agenda_items.add(db, AgendaItem(meeting_id=meeting.id, kind="question", text=text))
        listening_notes.add(
            db, ListeningNote(meeting_id=meeting.id, heard=heard, in_my_words=text, tags=name)
        )
        path = write_export(db, folder / "x.json", now=NOW)
        import_file(path, folder / "to")
        copy = open_store(folder / "to")
        try:
            assert everything(copy) == everything(db)
            assert mentors.get(copy, mentor.id).name == name
        finally:
            copy.close()
            db.close()


def test_an_export_from_an_older_schema_imports_and_is_upgraded(tmp_path: Path):
    old = tmp_path / "v1.db"
    shutil.copy(FIXTURES / "schema-v1.db", old)
    from sqlite_utils import Database

    v1 = Database(sqlite3.connect(old), execute_plugins=False)
    assert v1.execute("PRAGMA user_version").fetchone()[0] == 1
    path = exported(v1, tmp_path)
    assert json.loads(path.read_text())["schema_version"] == 1
    import_file(path, tmp_path / "new")
    db = open_store(tmp_path / "new")
    try:
        for table in data_tables(v1):
            assert (
                db.execute(f'SELECT count(*) FROM "{table}"').fetchone()
                == v1.execute(f'SELECT count(*) FROM "{table}"').fetchone()
            )
        assert search.search(db, "Amara")  # the newer index was built over the old records
    finally:
        db.close()
        v1.close()


# ----- refusing a bad file ---------------------------------------------------------------


def edit(path: Path, change) -> Path:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def second_meeting(doc: dict) -> dict:
    return doc["tables"]["meetings"][1]


BAD_EDITS = {
    "status not allowed": (
        lambda d: second_meeting(d).update(status="maybe"),
        r"record 2 of “meetings” \(id 2\) was refused: CHECK constraint failed",
    ),
    "missing mentor": (
        lambda d: second_meeting(d).update(mentor_id=999),
        r"record 2 of “meetings” \(id 2\) refers to a “mentors” record that is not there",
    ),
    "unreadable start": (
        lambda d: second_meeting(d).update(starts_at="next Tuesday"),
        r"record 2 of “meetings” \(id 2\): “starts_at” is not a valid date",
    ),
    "unknown zone": (
        lambda d: second_meeting(d).update(timezone="Mars/Olympus_Mons"),
        r"record 2 of “meetings” \(id 2\): “timezone” is not a valid time zone",
    ),
    "text as number": (
        lambda d: second_meeting(d).update(duration_minutes="sixty"),
        r"record 2 of “meetings” \(id 2\): “duration_minutes” must be a whole number",
    ),
    "unknown field": (
        lambda d: second_meeting(d).update(mood="great"),
        r"record 2 of “meetings” \(id 2\) has an unknown field “mood”",
    ),
    "missing field": (
        lambda d: second_meeting(d).pop("starts_at"),
        r"record 2 of “meetings” \(id 2\) lacks the field “starts_at”",
    ),
    "duplicate id": (
        lambda d: d["tables"]["meetings"].append(dict(second_meeting(d))),
        r"record 4 of “meetings” \(id 2\) was refused: UNIQUE constraint failed",
    ),
    "record not an object": (
        lambda d: d["tables"]["agenda_items"].insert(0, "just text"),
        r"record 1 of “agenda_items” is not a JSON object",
    ),
    "unknown table": (
        lambda d: d["tables"].update(horoscopes=[]),
        r"unknown table “horoscopes”",
    ),
    "newer format": (
        lambda d: d.update(format_version=FORMAT_VERSION + 1),
        r"newer version of Mentee Desktop \(format 2",
    ),
    "newer schema": (
        lambda d: d.update(schema_version=99),
        r"newer version of Mentee Desktop \(schema 99",
    ),
    "not an export": (lambda d: d.pop("format"), r"is not a Mentee Desktop export"),
}


@pytest.mark.parametrize("case", BAD_EDITS, ids=list(BAD_EDITS))
def test_an_edited_file_is_refused_naming_the_first_bad_record(
    sample_db, tmp_path: Path, case: str
):
    change, message = BAD_EDITS[case]
    path = edit(exported(sample_db, tmp_path), change)
    target = tmp_path / "target"
    with pytest.raises(ImportRefusedError, match=message):
        import_file(path, target)
    assert_nothing_imported(target)


@pytest.mark.parametrize("cut", [0.0, 0.1, 0.5, 0.999])
def test_a_truncated_file_is_refused_naming_where_it_breaks(sample_db, tmp_path: Path, cut: float):
    path = exported(sample_db, tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * cut)])
    target = tmp_path / "target"
    with pytest.raises(ImportRefusedError, match=r"not valid JSON at line \d+, column \d+") as e:
        import_file(path, target)
    assert "cut short" in str(e.value)
    if cut > 0:
        assert re.search(r"(in|after) record \d+ of “\w+”", str(e.value))
    assert not target.exists()


def test_a_truncated_file_is_refused_on_the_command_line(cli, sample_db, tmp_path: Path):
    path = exported(sample_db, tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    target = tmp_path / "target"
    target.mkdir()
    result = cli("--data-dir", str(target), "import-json", str(path))
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert re.match(r"mentee-desktop: error: .* is not valid JSON at line \d+, column \d+", line)
    assert "cut short" in line and "nothing was imported" in line
    assert "Traceback" not in result.stderr
    assert list(target.iterdir()) == []


def test_a_bad_record_on_the_command_line_leaves_a_new_folder_absent(cli, sample_db, tmp_path):
    path = edit(exported(sample_db, tmp_path), lambda d: second_meeting(d).update(status="?"))
    target = tmp_path / "never-made"
    result = cli("--data-dir", str(target), "import-json", str(path))
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert "record 2 of “meetings” (id 2)" in line
    assert not target.exists()


def test_import_refuses_a_folder_that_holds_notes(sample_db, data_dir: Path, tmp_path: Path):
    path = exported(sample_db, tmp_path)
    before = (data_dir / "mentee.db").read_bytes()
    with pytest.raises(ImportRefusedError, match="already holds notes"):
        import_file(path, data_dir)
    assert (data_dir / "mentee.db").read_bytes() == before


def test_import_into_a_folder_with_an_empty_store_replaces_it(sample_db, tmp_path: Path):
    path = exported(sample_db, tmp_path)
    empty = tmp_path / "empty"
    open_store(empty).close()
    counts = import_file(path, empty)
    assert counts["mentors"] == 1
    db = open_store(empty)
    try:
        assert everything(db) == everything(sample_db)
    finally:
        db.close()


def test_import_refuses_while_the_app_runs_on_the_folder(sample_db, tmp_path: Path):
    from mentee_desktop.data.store import lock_data_folder

    path = exported(sample_db, tmp_path)
    target = tmp_path / "busy"
    target.mkdir()
    held = lock_data_folder(target)
    try:
        with pytest.raises(ImportRefusedError.__mro__[1], match="running on"):
            import_file(path, target)
    finally:
        held.release()
    assert_nothing_imported(target)


# ----- documentation ---------------------------------------------------------------------


def test_the_documentation_lists_every_table_and_field(db):
    text = DOCS.read_text(encoding="utf-8")
    assert f"format_version` is {FORMAT_VERSION}" in text
    for table in data_tables(db):
        assert f"### `{table}`" in text, f"docs/json-format.md does not describe {table}"
        section = text.split(f"### `{table}`", 1)[1].split("\n### ", 1)[0]
        for column in columns(db, table):
            assert f"`{column.name}`" in section, f"{table}.{column.name} is not documented"


# ----- from the window ----------------------------------------------------------------------


@pytest.fixture
def window(make_window, sample_db):
    return make_window(database=sample_db)


def test_export_all_data_from_the_file_menu(qtbot, window, tmp_path: Path):
    from PySide6.QtCore import Qt

    chosen = tmp_path / "my notes.json"
    actions = window.safety_actions
    actions.export_action.trigger()
    first = actions.export_dialog
    assert first.plain.isChecked()  # a plain store: plain JSON unless asked to encrypt
    qtbot.mouseClick(first.next_button, Qt.MouseButton.LeftButton)
    chooser = actions.file_dialog
    assert chooser.selectedFiles()[0].endswith("mentee-desktop-2026-11-25.json")
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile(chosen.name)
    chooser.accept()
    document = json.loads(chosen.read_text(encoding="utf-8"))
    assert document["tables"]["mentors"][0]["name"] == "Amara Okafor (sample)"
    assert "Exported all your data" in window.message_bar.label.text()


def test_a_failed_export_from_the_window_says_why(qtbot, window, tmp_path: Path):
    assert not window.safety_actions.export_to(tmp_path / "no-such-folder" / "x.json")
    assert window.message_bar.property("error") is True
    assert "Not exported" in window.message_bar.label.text()
    assert not (tmp_path / "no-such-folder").exists()

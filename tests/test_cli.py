"""The command line as a user or script runs it: real subprocesses, real files."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from mentee_desktop import __version__
from mentee_desktop.data import schema


def assert_clear_error(result, text: str = "") -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mentee-desktop: error: ")
    assert "Traceback" not in result.stderr
    assert text in lines[0]


def test_version(cli):
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"mentee-desktop {__version__}"


def test_sample_data_once_then_listed(cli, data_dir: Path):
    first = cli("--data-dir", str(data_dir), "sample-data")
    assert first.returncode == 0, first.stderr
    assert "Added the sample mentor" in first.stdout
    second = cli("--data-dir", str(data_dir), "sample-data")
    assert second.returncode == 0
    assert "already there" in second.stdout
    listed = json.loads(cli("--data-dir", str(data_dir), "meetings", "--json").stdout)
    assert len(listed) == 3
    assert {row["status"] for row in listed} == {"held", "planned"}
    assert set(listed[0]) == {"id", "mentor", "start", "status"}
    conn = sqlite3.connect(data_dir / "mentee.db")
    carried = conn.execute(
        "SELECT count(*) FROM agenda_items WHERE carried_from_id IS NOT NULL"
    ).fetchone()[0]
    feedback_directions = {r[0] for r in conn.execute("SELECT direction FROM feedback_requests")}
    late = conn.execute(
        "SELECT count(*) FROM action_items WHERE date(completed_at) > due_on"
    ).fetchone()[0]
    conn.close()
    assert carried >= 1
    assert feedback_directions == {"i_ask", "mentor_asks"}
    assert late >= 1


def test_meetings_text_and_mentor_filter(cli, data_dir: Path):
    cli("--data-dir", str(data_dir), "sample-data")
    text = cli("--data-dir", str(data_dir), "meetings", "--mentor", "amara")
    assert text.returncode == 0
    assert text.stdout.count("Amara Okafor (sample)") == 3
    assert_clear_error(
        cli("--data-dir", str(data_dir), "meetings", "--mentor", "Nobody"), "no mentor named"
    )


def test_meetings_on_an_empty_store(cli, data_dir: Path):
    result = cli("--data-dir", str(data_dir), "meetings", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == []


def test_environment_variable_and_option_precedence(cli, tmp_path: Path):
    from_env, from_option = tmp_path / "env", tmp_path / "option"
    cli("sample-data", env={"MENTEE_DESKTOP_DATA_DIR": str(from_env)})
    assert (from_env / "mentee.db").exists()
    cli("--data-dir", str(from_option), "check", env={"MENTEE_DESKTOP_DATA_DIR": str(from_env)})
    assert (from_option / "mentee.db").exists()


def test_default_data_folder_follows_the_platform(cli, private_home: Path):
    result = cli("check", env={"XDG_DATA_HOME": str(private_home / "data")})
    assert result.returncode == 0, result.stderr
    assert (private_home / "data" / "mentee-desktop" / "mentee.db").exists()


def test_check_reports_version_and_health(cli, data_dir: Path):
    cli("--data-dir", str(data_dir), "sample-data")
    result = cli("--data-dir", str(data_dir), "check")
    assert result.returncode == 0
    assert f"schema version: {schema.SCHEMA_VERSION}" in result.stdout
    assert "integrity: ok" in result.stdout


def test_check_fails_on_broken_foreign_keys(cli, data_dir: Path):
    cli("--data-dir", str(data_dir), "sample-data")
    conn = sqlite3.connect(data_dir / "mentee.db")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE meetings SET mentor_id = 999 WHERE id = 1")
    conn.commit()
    conn.close()
    result = cli("--data-dir", str(data_dir), "check")
    assert result.returncode == 1
    assert "foreign keys: FAILED" in result.stdout


@pytest.mark.parametrize("kind", ["random", "zero", "truncated"])
def test_bad_database_is_a_one_line_error_for_every_command(cli, data_dir: Path, kind: str):
    from tests.test_store_open import digest, write_bad_file

    path = data_dir / "mentee.db"
    write_bad_file(path, kind)
    before = digest(path)
    for command in (["check"], ["meetings"], ["sample-data"]):
        assert_clear_error(cli("--data-dir", str(data_dir), *command))
    assert digest(path) == before


def test_newer_database_is_named_as_such(cli, data_dir: Path):
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / "mentee.db")
    conn.execute("CREATE TABLE x (y)")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")  # a newer store of ours
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    assert_clear_error(cli("--data-dir", str(data_dir), "meetings"), "newer version")


def test_unwritable_data_folder_is_a_clear_error(cli, readonly_dir: Path):
    assert_clear_error(cli("--data-dir", str(readonly_dir / "data"), "sample-data"))


def test_usage_errors_exit_2(cli):
    result = cli("meetings", "--no-such-flag")
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert cli("no-such-command").returncode == 2


def test_console_script_is_installed():
    import shutil

    script = shutil.which("mentee-desktop")
    assert script is not None and os.access(script, os.X_OK)

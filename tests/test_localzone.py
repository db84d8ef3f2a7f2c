"""The user's zone as an IANA name: TZ first, then /etc/timezone, then /etc/localtime."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from mentee_desktop.localzone import local_timezone_name


def test_tz_wins_and_may_start_with_a_colon(tmp_path: Path):
    (tmp_path / "timezone").write_text("Asia/Tokyo\n", encoding="utf-8")
    assert local_timezone_name({"TZ": ":Europe/Berlin"}, tmp_path) == "Europe/Berlin"
    assert local_timezone_name({"TZ": "America/New_York"}, tmp_path) == "America/New_York"


def test_an_unknown_tz_falls_back_to_etc_timezone(tmp_path: Path):
    (tmp_path / "timezone").write_text("  Asia/Tokyo\n", encoding="utf-8")
    assert local_timezone_name({"TZ": "Not/AZone"}, tmp_path) == "Asia/Tokyo"
    assert local_timezone_name({"TZ": "../../etc/passwd"}, tmp_path) == "Asia/Tokyo"
    assert local_timezone_name({}, tmp_path) == "Asia/Tokyo"


def test_the_localtime_link_names_the_zone(tmp_path: Path):
    (tmp_path / "timezone").write_text("nonsense\n", encoding="utf-8")
    (tmp_path / "localtime").symlink_to("/usr/share/zoneinfo/America/Sao_Paulo")
    assert local_timezone_name({}, tmp_path) == "America/Sao_Paulo"


def test_with_nothing_to_go_by_the_answer_is_still_a_zone(tmp_path: Path):
    (tmp_path / "localtime").symlink_to(tmp_path / "nowhere")
    name = local_timezone_name({"TZ": ""}, tmp_path)
    assert ZoneInfo(name) is not None  # the system's (through Qt) or UTC, never a bad name

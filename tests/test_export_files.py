"""Atomic export writes: the whole new file or the old one, never half of either."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from mentee_desktop.agenda import files
from mentee_desktop.agenda.files import ExportError, format_from_path, write_atomically


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_and_replaces(tmp_path: Path):
    target = tmp_path / "agenda.md"
    write_atomically(target, b"first")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # private, like the notes themselves
    target.chmod(0o644)
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # the user's choice is kept
    assert leftovers(tmp_path) == []


def test_missing_folder(tmp_path: Path):
    with pytest.raises(ExportError, match="does not exist"):
        write_atomically(tmp_path / "nope" / "agenda.md", b"x")


def test_target_is_a_folder(tmp_path: Path):
    with pytest.raises(ExportError, match="is a folder"):
        write_atomically(tmp_path, b"x")


def test_read_only_folder(readonly_dir: Path):
    with pytest.raises(ExportError, match=r"cannot write .*(read-only|permission denied)"):
        write_atomically(readonly_dir / "agenda.pdf", b"x")
    assert list(readonly_dir.iterdir()) == []


def test_failed_rename_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch):
    target = tmp_path / "agenda.md"
    target.write_bytes(b"old")

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="permission denied"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_full_disk_leaves_the_old_file(small_disk: Path):
    target = small_disk / "agenda.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ExportError, match="the disk is full"):
        write_atomically(target, b"x" * 4_000_000)
    assert target.read_bytes() == b"old"
    assert leftovers(small_disk) == []


def test_format_from_extension_and_suggested_name():
    assert format_from_path("a/b/Agenda.MD") == "md"
    assert format_from_path("x.pdf") == "pdf"
    assert format_from_path("x.ics") == "ics"
    assert format_from_path("x.txt") is None
    assert files.suggested_name("agenda", "Zoë O'Brien (sample)", date(2026, 11, 28), ".md") == (
        "agenda-2026-11-28-zoe-o-brien-sample.md"
    )
    assert files.suggested_name("recap", "张伟", date(2026, 1, 2), ".pdf") == "recap-2026-01-02.pdf"

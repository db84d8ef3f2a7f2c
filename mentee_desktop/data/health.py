"""Health checks on the whole database, for ``mentee-desktop check`` and after restores."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from mentee_desktop.data.schema import schema_version


@dataclass(frozen=True)
class HealthReport:
    schema_version: int
    integrity_problems: list[str]
    foreign_key_problems: list[str]

    @property
    def integrity_ok(self) -> bool:
        return not self.integrity_problems

    @property
    def healthy(self) -> bool:
        return self.integrity_ok and not self.foreign_key_problems


def run_checks(db: Database) -> HealthReport:
    """SQLite's integrity check plus the foreign-key check."""
    integrity = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [] if integrity == ["ok"] else integrity
    foreign = [
        f"{table} row {rowid} points to a missing {parent}"
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall()
    ]
    return HealthReport(schema_version(db), problems, foreign)

"""Health checks on the whole database, for ``mentee-desktop check`` and after restores."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from mentee_desktop.data.identity import missing_from_schema, table_shape
from mentee_desktop.data.schema import schema_version


@dataclass(frozen=True)
class HealthReport:
    schema_version: int
    integrity_problems: list[str]
    foreign_key_problems: list[str]
    #: tables or columns this schema version should have but the file lacks
    schema_problems: list[str] = field(default_factory=list)

    @property
    def integrity_ok(self) -> bool:
        return not self.integrity_problems and not self.schema_problems

    @property
    def healthy(self) -> bool:
        return self.integrity_ok and not self.foreign_key_problems


def run_checks(db: Database) -> HealthReport:
    """SQLite's integrity check, the foreign-key check, and whether every table and column
    of the file's schema version is there (a file with our version number and none of our
    tables is not healthy)."""
    integrity = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [] if integrity == ["ok"] else integrity
    foreign = [
        f"{table} row {rowid} points to a missing {parent}"
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall()
    ]
    version = schema_version(db)
    missing = missing_from_schema(table_shape(db.conn), version)
    return HealthReport(version, problems, foreign, [f"{missing} is missing"] if missing else [])

"""Saving an edited record's row by id, the same way for every record kind."""

from __future__ import annotations

from sqlite_utils import Database

from mentee_desktop.data.errors import RecordNotFoundError


def update_by_id(db: Database, table: str, record_id: int, row: dict, what: str) -> None:
    """Set every column of ``row`` on the record ``record_id`` of ``table``.

    Runs inside the caller's transaction, since saving one record may change others with it.
    A record deleted meanwhile is a known error (``what`` names it), never a silent no-op.
    """
    cursor = db.execute(
        f"UPDATE {table} SET " + ", ".join(f"{name} = :{name}" for name in row) + " WHERE id = :id",
        row | {"id": record_id},
    )
    if cursor.rowcount == 0:
        raise RecordNotFoundError(f"{what} {record_id} does not exist")

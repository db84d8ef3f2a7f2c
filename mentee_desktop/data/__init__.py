"""The store: SQLite through sqlite-utils, plain dataclasses in and out. No Qt here."""

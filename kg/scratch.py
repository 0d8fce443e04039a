"""Private temporary SQLite databases, for what a run must remember of all it has
read (the ids, the entities) without holding it in memory: SQLite keeps a small
page cache and writes the rest to a file that is deleted when it is closed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

__all__ = ["EntityTally", "scratch"]


def scratch(schema: str) -> sqlite3.Connection:
    """A new private temporary database with the tables of `schema`, inside one
    transaction that is never committed: the database dies with its connection."""
    db = sqlite3.connect("", isolation_level=None)  # "": SQLite's private temporary file
    db.execute("PRAGMA journal_mode = OFF")
    db.executescript(schema)
    db.execute("BEGIN")
    return db


class EntityTally:
    """The distinct entities a run met, by class (the first class met wins)."""

    def __init__(self) -> None:
        self._db = scratch("CREATE TABLE met (key TEXT PRIMARY KEY, cls TEXT) WITHOUT ROWID;")

    def add(self, entities: Iterable[tuple[str, str]]) -> None:
        """Count these (key, class) pairs; a key met before counts once."""
        self._db.executemany("INSERT OR IGNORE INTO met VALUES (?, ?)", entities)

    def counts(self) -> dict[str, int]:
        rows = self._db.execute("SELECT cls, COUNT(*) FROM met GROUP BY cls ORDER BY cls")
        return {str(cls): int(n) for cls, n in rows}

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> EntityTally:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

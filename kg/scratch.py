"""Private temporary SQLite databases, for what a run must remember of all it has
read (the ids, the entities) without holding it in memory: SQLite keeps a small
page cache and writes the rest to a file that is deleted when it is closed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any, Self

from kg.errors import KazkgError

__all__ = ["EntityTally", "Scratch"]


class Scratch:
    """A new private temporary database with the tables of `schema`, inside one
    transaction that is never committed: the database dies with its connection.
    A full or unwritable temporary folder is a `KazkgError`, not a traceback."""

    def __init__(self, schema: str) -> None:
        try:
            self._db = sqlite3.connect("", isolation_level=None)  # "": a private temp file
            self._db.execute("PRAGMA journal_mode = OFF")
            self._db.executescript(schema)
            self._db.execute("BEGIN")
        except sqlite3.Error as exc:
            raise _failed(exc) from exc

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise _failed(exc) from exc

    def executemany(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
        try:
            self._db.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise _failed(exc) from exc

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _failed(exc: sqlite3.Error) -> KazkgError:
    return KazkgError(
        f"cannot use the run's temporary file (in $TMPDIR, else /var/tmp or /tmp): {exc}"
    )


class EntityTally(Scratch):
    """The distinct entities a run met, by class (the first class met wins)."""

    def __init__(self) -> None:
        super().__init__("CREATE TABLE met (key TEXT PRIMARY KEY, cls TEXT) WITHOUT ROWID;")

    def add(self, entities: Iterable[tuple[str, str]]) -> None:
        """Count these (key, class) pairs; a key met before counts once."""
        self.executemany("INSERT OR IGNORE INTO met VALUES (?, ?)", entities)

    def counts(self) -> dict[str, int]:
        rows = self.execute("SELECT cls, COUNT(*) FROM met GROUP BY cls ORDER BY cls")
        return {str(cls): int(n) for cls, n in rows}

"""Exceptions raised by kazkg.

KazkgError                 base class; the CLI prints its message as `Error: ...`
├── InputError             an input file cannot be read (names file, line and brief)
├── QueryError             a SPARQL query is malformed or its parameters are wrong
├── StoreError             the store cannot be opened, read or written
└── ModelError             the NER model is missing or cannot be trained
"""

from __future__ import annotations

__all__ = ["InputError", "KazkgError", "ModelError", "QueryError", "StoreError"]


class KazkgError(Exception):
    """Base class of every error kazkg reports to a user."""


class InputError(KazkgError):
    def __init__(self, message: str, *, path: str = "", line: int = 0, brief: str = "") -> None:
        where = path + (f":{line}" if line else "")
        who = f" (brief {brief})" if brief else ""
        super().__init__(f"{where}{who}: {message}" if where else message + who)
        self.path, self.line, self.brief = path, line, brief


class QueryError(KazkgError):
    pass


class StoreError(KazkgError):
    pass


class ModelError(KazkgError):
    pass

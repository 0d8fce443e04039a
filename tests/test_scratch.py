"""The scratch databases a run keeps what it read in."""

from __future__ import annotations

import pytest

from kg.errors import KazkgError
from kg.inputs import SeenIds
from kg.model import Brief
from kg.scratch import EntityTally, Scratch


def test_seen_ids_tell_the_first_brief_of_an_id() -> None:
    with SeenIds() as seen:
        assert seen.add(Brief(id="a", text="x", line=3), "one.txt") is None
        assert seen.add(Brief(id="a", text="x", line=9), "two.txt") == ("one.txt", 3, True)
        assert seen.add(Brief(id="a", text="y", line=10), "two.txt") == ("one.txt", 3, False)
        assert "a" in seen and "b" not in seen


def test_an_entity_counts_once_with_its_first_class() -> None:
    with EntityTally() as tally:
        tally.add([("k1", "Person"), ("k2", "City")])
        tally.add([("k1", "Organization"), ("k3", "City")])
        assert tally.counts() == {"City": 2, "Person": 1}


def test_a_failing_scratch_file_is_an_error_not_a_traceback() -> None:
    with pytest.raises(KazkgError, match="temporary file"):
        Scratch("CREATE TABLE")
    db = Scratch("CREATE TABLE t (x);")
    db.close()
    with pytest.raises(KazkgError, match="temporary file"):
        db.execute("SELECT * FROM t")

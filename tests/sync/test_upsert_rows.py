"""The multi-row upsert the mirror writes pages with: chunking at SQLite's placeholder limit must
not change the result, and a repeated id must end with its later row, as executemany would."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine

from storeapp.sync.pull_checks import upsert_rows


@pytest.fixture
def conn(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'cache.sqlite'}")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TABLE product (id INTEGER PRIMARY KEY, name TEXT, qty REAL)"
        )
        yield connection
    engine.dispose()


def _rows(conn):
    return conn.exec_driver_sql("SELECT id, name, qty FROM product ORDER BY id").fetchall()


@pytest.mark.parametrize("limit", [3, 7, 999])
def test_chunked_upsert_matches_row_by_row(conn, limit: int):
    # A small placeholder limit forces many chunks (3 columns → 1 or 2 rows per statement).
    conn.connection.driver_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
    upsert_rows(conn, "product", ["id", "name", "qty"], [(i, f"p{i}", float(i)) for i in range(50)])
    values = [(i, f"new{i}", -1.0) for i in range(40, 60)] + [(41, "later wins", 2.0)]
    upsert_rows(conn, "product", ["id", "name", "qty"], values)

    expected = {i: (i, f"p{i}", float(i)) for i in range(40)}
    expected.update({i: (i, f"new{i}", -1.0) for i in range(40, 60)})
    expected[41] = (41, "later wins", 2.0)
    assert _rows(conn) == [expected[i] for i in sorted(expected)]


def test_nothing_to_write_is_a_no_op(conn):
    upsert_rows(conn, "product", ["id", "name", "qty"], [])
    assert _rows(conn) == []

"""The test suite's PostgreSQL server: without durability for the tests, with it when asked (the benchmarks)."""

from __future__ import annotations

import psycopg
from postgres_server import PostgresServer, require_binaries

SETTINGS = ("fsync", "synchronous_commit", "full_page_writes")


def settings(url: str) -> tuple[str, ...]:
    with psycopg.connect(url, autocommit=True) as conn:
        return tuple(str(conn.execute(f"SHOW {name}").fetchone()[0]) for name in SETTINGS)  # type: ignore[index]


def test_the_tests_server_runs_without_durability(postgres_server: PostgresServer) -> None:
    assert settings(postgres_server.new_schema()) == ("off", "off", "off")


def test_a_durable_server_syncs_its_commits() -> None:
    server = PostgresServer(require_binaries(), durable=True)
    try:
        server.start()
        assert settings(server.new_schema()) == ("on", "on", "on")
    finally:
        server.stop()

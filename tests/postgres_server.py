"""A real PostgreSQL server for the tests: one per session, in a temporary directory, reachable
only through a unix socket in that directory, stopped and removed at the end.

The distribution's server binaries are used (Debian's ``postgresql`` package puts them in
``/usr/lib/postgresql/<version>/bin``; ``.ci/run`` installs it on a clean machine). ``initdb``
refuses to run as root, so as root the server runs as the ``postgres`` system user, in a
directory it owns; as anyone else, as that user. Durability is off (``fsync=off``) unless asked
for (``durable=True``, the benchmarks): the tests check behaviour, and a server that dies with
the session needs none.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg
import pytest

SERVER_USER = "postgres"
DATABASE = "loyaltykit"
_schemas = itertools.count(1)


def server_binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, the newest version first; None if none."""
    on_path = shutil.which("pg_ctl")
    folders = [os.path.dirname(on_path)] if on_path else []
    folders += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda f: int(f.split("/")[-2]), reverse=True)
    for folder in folders:
        if os.access(os.path.join(folder, "initdb"), os.X_OK) and os.access(os.path.join(folder, "pg_ctl"), os.X_OK):
            return Path(folder)
    return None


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def require_binaries() -> Path:
    """The server binaries' folder. Without them the PostgreSQL tests skip, except in CI
    (``$CI`` set), where they fail: there they must run."""
    binaries = server_binaries()
    if binaries is None:
        reason = "no PostgreSQL server binaries (pg_ctl, initdb): install the postgresql package"
        if in_ci():
            pytest.fail(f"{reason}; CI must run the PostgreSQL tests (.ci/run installs it)")
        pytest.skip(reason)
    return binaries


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """``start()``, then ``url(schema)`` per test, then ``stop()``."""

    def __init__(self, binaries: Path, *, durable: bool = False) -> None:
        self.binaries = binaries
        self.durable = durable  # fsync and synchronous commits, as in production (the benchmarks)
        self.port = _free_port()  # names the socket file; the server listens on no TCP port
        self.root = Path(tempfile.mkdtemp(prefix="lk-pg-"))  # short: a socket path has a length limit
        self._as_server_user: list[str] = []
        if os.geteuid() == 0:
            account = pwd.getpwnam(SERVER_USER)
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self._as_server_user = ["runuser", "-u", SERVER_USER, "--"]

    def _run(self, program: str, *arguments: str) -> None:
        command = [*self._as_server_user, str(self.binaries / program), *arguments]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.root, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> None:
        data = str(self.root / "data")
        self._run("initdb", "-D", data, "-U", SERVER_USER, "--auth=trust", "-E", "UTF8", "--no-sync")
        durability = "" if self.durable else " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=''{durability}"
            " -c max_connections=60 -c shared_buffers=16MB"
        )
        self._run("pg_ctl", "-D", data, "-l", str(self.root / "server.log"), "-o", options, "-w", "-t", "60", "start")
        with psycopg.connect(self._conninfo("postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {DATABASE}")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def _conninfo(self, database: str) -> str:
        return f"postgresql://{SERVER_USER}@/{database}?host={self.root}&port={self.port}"

    def new_schema(self) -> str:
        """A fresh, empty schema; the URL of a journal in it (its ``search_path``)."""
        schema = f"test_{os.getpid()}_{next(_schemas)}"
        with psycopg.connect(self._conninfo(DATABASE), autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        return f"{self._conninfo(DATABASE)}&options=-csearch_path%3D{schema}"

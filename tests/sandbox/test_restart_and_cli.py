"""State survives a restart on the same --db file; the CLI prints what it accepts."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from loyaltykit.sandbox import SandboxConfig, start_in_thread
from loyaltykit.sandbox.__main__ import build_parser

from .conftest import CREDENTIALS, HTTP

ANA = "ana@example.com"
AUTH = (CREDENTIALS.bonifiq_api_token, CREDENTIALS.bonifiq_api_key)


def _points(base_url: str) -> int:
    return int(HTTP.get(f"{base_url}/v1/pvt/Customer/{ANA}/points", auth=AUTH).json()["PointsBalance"])


def test_state_survives_an_in_process_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.db")
    with start_in_thread(SandboxConfig(db=db, credentials=CREDENTIALS)) as first:
        redeem = {"CustomerId": ANA, "OriginalKey": "RESTART-1", "RedeemOrigin": 5}
        code = HTTP.post(f"{first.bonifiq_base_url}/POS/rewards/1/redeem", json=redeem, auth=AUTH).json()
        assert _points(first.base_url) == 1400
    with start_in_thread(SandboxConfig(db=db, credentials=CREDENTIALS)) as second:
        assert _points(second.base_url) == 1400  # not re-seeded over the kept state
        replay = HTTP.post(f"{second.bonifiq_base_url}/POS/rewards/1/redeem", json=redeem, auth=AUTH).json()
        assert replay == code


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_cli(port: int, db: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BONIFIQ_", "GAMEBALL_"))}
    command = [
        sys.executable,
        "-m",
        "loyaltykit.sandbox",
        "--port",
        str(port),
        "--db",
        str(db),
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            if HTTP.get(f"http://127.0.0.1:{port}/_sandbox/health").status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise AssertionError(f"the CLI did not start: {process.communicate()}")


def _stop(process: subprocess.Popen[str]) -> str:
    process.send_signal(signal.SIGINT)
    out, _ = process.communicate(timeout=15)
    return out


def test_cli_prints_credentials_and_keeps_state_across_restarts(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    port = _free_port()
    process = _start_cli(port, db)
    base = f"http://127.0.0.1:{port}"
    try:
        change = {"Points": 5, "OperationType": 0, "Reason": "cli", "ChangeKey": "CLI-1"}
        assert HTTP.post(f"{base}/v1/pvt/Customer/{ANA}/points", json=change, auth=AUTH).status_code == 200
    finally:
        out = _stop(process)
    assert f"{base}/v1/pvt" in out and f"{base}/api/v4.0/integrations" in out
    for value in CREDENTIALS.as_dict().values():
        assert value in out
    process = _start_cli(port, db)
    try:
        assert _points(base) == 1505
    finally:
        _stop(process)


def test_cli_defaults() -> None:
    args = build_parser().parse_args(["--port", "8080"])
    assert (args.host, args.db, args.seed) == ("127.0.0.1", ":memory:", "demo")


def test_an_older_database_file_gains_the_new_columns(tmp_path: Path) -> None:
    import sqlite3

    from loyaltykit.sandbox._store import Store

    db = str(tmp_path / "old.db")
    with start_in_thread(SandboxConfig(db=db, credentials=CREDENTIALS)):
        pass
    with sqlite3.connect(db) as conn:  # a file written before customers.otp_required existed
        conn.execute("ALTER TABLE customers DROP COLUMN otp_required")
    store = Store(db)
    try:
        with store.transaction() as tx:
            ana = tx.find_customer("gameball", ANA)
            assert ana is not None and ana.otp_required is False and ana.points == 1500
    finally:
        store.close()

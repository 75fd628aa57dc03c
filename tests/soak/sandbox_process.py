"""The sandbox as a separate process (``python -m loyaltykit.sandbox --db FILE --port P``).

The long soak runs its sales against it: the sandbox gets a core of its own instead of sharing the
soak's interpreter lock, and it can be killed with SIGKILL and restarted on the same ``--db`` in
the middle of a run, as a real service dies.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

import httpx

from loyaltykit.sandbox import Credentials

# The sandbox's own credentials are the defaults: one from the environment would be a secret.
_CREDENTIAL_VARIABLES = tuple(Credentials().shown())
STARTUP_SECONDS = 30.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SandboxProcess:
    """Start, SIGKILL and restart a sandbox process on one port and one database file."""

    def __init__(self, db: str | None = None, port: int | None = None) -> None:
        self._tmp = None if db else tempfile.TemporaryDirectory(prefix="loyaltykit-soak-")
        self.db = db or str(Path(self._tmp.name if self._tmp else ".") / "sandbox.db")
        self.port = port or free_port()
        self.credentials = Credentials()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.admin_url = self.base_url + "/_sandbox"
        self.restarts = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._log = Path(self.db).with_suffix(".log")

    def start(self) -> SandboxProcess:
        env = {name: value for name, value in os.environ.items() if name not in _CREDENTIAL_VARIABLES}
        command = [sys.executable, "-m", "loyaltykit.sandbox", "--db", self.db, "--port", str(self.port)]
        with self._log.open("ab") as log:
            self._process = subprocess.Popen(
                [*command, "--log-level", "warning"], stdout=log, stderr=subprocess.STDOUT, env=env
            )
        self._wait_until_up()
        return self

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        with httpx.Client(timeout=1, verify=False) as probe:  # plain HTTP: no CA bundle to load
            while time.monotonic() < deadline:
                if self._process is not None and self._process.poll() is not None:
                    raise RuntimeError(f"the sandbox exited with {self._process.returncode}; see {self._log}")
                with contextlib.suppress(httpx.TransportError):
                    if probe.get(self.admin_url + "/health").status_code == 200:
                        return
                time.sleep(0.05)
        raise RuntimeError(f"the sandbox did not answer within {STARTUP_SECONDS} s; see {self._log}")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush beyond what SQLite already committed."""
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGKILL)
            self._process.wait()

    def restart(self) -> None:
        """Killed with SIGKILL and started again on the same port and database file."""
        self.kill()
        self.restarts += 1
        self.start()

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        if self._tmp is not None:
            self._tmp.cleanup()

    def __enter__(self) -> SandboxProcess:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

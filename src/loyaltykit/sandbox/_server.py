"""Serving the app: ``run`` (blocking, for the CLI) and ``start_in_thread`` (tests, plugins)."""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from dataclasses import dataclass, field
from types import TracebackType

import uvicorn

from ._app import SandboxApp, create_app
from ._config import Credentials, SandboxConfig
from ._routing import GAMEBALL_V40, GAMEBALL_V41
from ._runtime import Runtime


@dataclass
class RunningSandbox:
    """A sandbox served on a loopback port in a background thread."""

    base_url: str
    credentials: Credentials
    app: SandboxApp
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    @property
    def bonifiq_base_url(self) -> str:
        return self.base_url + "/v1/pvt"

    @property
    def gameball_base_url(self) -> str:
        return self.base_url + GAMEBALL_V40

    @property
    def gameball_v41_base_url(self) -> str:
        return self.base_url + GAMEBALL_V41

    @property
    def admin_url(self) -> str:
        return self.base_url + "/_sandbox"

    @property
    def runtime(self) -> Runtime:
        runtime: Runtime = self.app.state.runtime
        return runtime

    def stop(self, timeout: float = 10) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)
        self.runtime.webhooks.close()
        self.runtime.store.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()


def _uvicorn_config(app: SandboxApp, host: str, port: int, log_level: str) -> uvicorn.Config:
    # No lifespan, no access log, no proxy headers (nothing reads the client's address);
    # http="auto" uses httptools when installed (the `sandbox` extra has it; faster than h11).
    # Fault cuts: both protocols close the socket when the app leaves a response unfinished
    # (uvicorn 0.54 source); the tests exercise httptools.
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        lifespan="off",
        access_log=False,
        proxy_headers=False,
        http="auto",
    )


def _serving_on(config: SandboxConfig, host: str) -> SandboxConfig:
    """The configuration with the host it is served on among the admin API's host names."""
    name = host.strip("[]").lower()
    return (
        config if name in config.admin_hosts else dataclasses.replace(config, admin_hosts=(*config.admin_hosts, name))
    )


def start_in_thread(
    config: SandboxConfig | None = None, *, host: str = "127.0.0.1", port: int = 0, timeout: float = 10
) -> RunningSandbox:
    """Start the sandbox on ``host``:``port`` (0 = a free port) and return once it accepts calls.

    Usable as a context manager: ``with start_in_thread() as sandbox: ...``.
    """
    config = _serving_on(config or SandboxConfig(), host)
    app = create_app(config)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio turns TCP_NODELAY on only for sockets that say TCP, and
    # without it every small response waits for the client's delayed ACK (~40 ms, Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound_port = sock.getsockname()[1]
    server = uvicorn.Server(_uvicorn_config(app, host, bound_port, "warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="loyaltykit-sandbox", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            app.state.runtime.store.close()
            raise RuntimeError("the sandbox did not start")
        time.sleep(0.01)
    url_host = f"[{host}]" if ":" in host else host
    return RunningSandbox(f"http://{url_host}:{bound_port}", config.credentials, app, server, thread)


def run(
    config: SandboxConfig | None = None, *, host: str = "127.0.0.1", port: int = 8080, log_level: str = "info"
) -> None:
    """Serve in the foreground until interrupted (Ctrl-C)."""
    app = create_app(_serving_on(config or SandboxConfig(), host))
    try:
        uvicorn.Server(_uvicorn_config(app, host, port, log_level)).run()
    finally:
        app.state.runtime.webhooks.close()
        app.state.runtime.store.close()


__all__ = ["RunningSandbox", "run", "start_in_thread"]

"""Who may call the admin API: the developer's own tools, never a web page.

The admin API has no credentials (it resets state, injects faults, shows OTPs), so it answers
only when the request names this sandbox (``Host``: a loopback name, the host it was started
on, or one the configuration allows) - a DNS-rebinding page sends its own name - and no foreign
web page sent it (``Origin``, which browsers add to cross-origin requests). A body must be
declared JSON: the ``text/plain`` or form bodies a page may post without a preflight are refused.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Collection, Mapping
from urllib.parse import urlsplit


def hostname(host: str) -> str:
    """The name of a ``Host`` header value (``name:port``, ``[v6]:port``), lower-case."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def is_loopback(name: str) -> bool:
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def refusal(headers: Mapping[str, str], allowed: Collection[str]) -> tuple[int, str] | None:
    """(status, reason) when the request must not reach the admin API, else None."""

    def known(name: str) -> bool:
        return is_loopback(name) or name in allowed

    if not known(hostname(headers.get("host", ""))):
        return 403, "Host is not this sandbox: the admin API answers to loopback names and its configured hosts"
    origin = headers.get("origin")
    if origin is not None:
        parts = urlsplit(origin.strip().lower())
        if parts.scheme not in ("http", "https") or not known(parts.hostname or ""):
            return 403, "cross-origin requests are refused: the admin API is not for web pages"
    return None


def is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))

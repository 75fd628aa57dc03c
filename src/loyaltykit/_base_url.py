"""The base URL a client sends to: the host, or the API's root as the vendors' guides write it.

BonifiQ's POS guide writes its base URL with ``/v1/pvt`` and Gameball's pages write paths from
``/api/v4.0/integrations``, while the generated paths start with those roots: a root at the end
of the base URL is taken off, so either form reaches the same paths. What cannot be an API's
base URL is refused when the client is built, naming the argument or its environment variable.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

import httpx

from ._env import setting
from ._validation import InvalidSettingError, text_rule

RootCheck = Callable[[str, str], str]
"""``(field, path)`` -> the path without the vendor's API root; raises for another API's root."""


def resolve_base_url(value: object, variable: str, default: str, without_root: RootCheck) -> str:
    """``value``, else ``$variable``, else ``default``: ``scheme://host[:port][/path]``, no trailing slash."""
    field = "base_url" if value is not None else f"${variable}"
    if value is not None and not isinstance(value, str):
        raise InvalidSettingError(field, f"must be a string, got {type(value).__name__}")
    if value is not None and not value.strip():
        raise InvalidSettingError(field, "must not be empty")  # an empty variable means the default
    url = setting(value, variable, default) or default
    # The URL itself is never shown: it may carry credentials or a tenant's name.
    if (rule := text_rule(url, controls=False)) is not None:
        raise InvalidSettingError(field, rule)
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. a bracketed host that is no IPv6 address
        raise InvalidSettingError(field, "must be a valid URL") from None
    if parts.scheme.lower() not in ("http", "https") or not url[len(parts.scheme) :].startswith("://"):
        raise InvalidSettingError(field, "must be an absolute http:// or https:// URL")
    if any(character.isspace() or not character.isprintable() for character in url):
        raise InvalidSettingError(field, "must not contain whitespace or control characters")
    if "@" in parts.netloc:
        raise InvalidSettingError(field, "must not carry credentials (pass them as the client's arguments)")
    if not parts.hostname:
        raise InvalidSettingError(field, "must have a host")
    try:
        parts.port  # noqa: B018  # urlsplit checks the port only when it is read
    except ValueError:
        raise InvalidSettingError(field, "must have a port between 0 and 65535") from None
    if "?" in url:
        raise InvalidSettingError(field, "must not have a query (?...)")
    if "#" in url:
        raise InvalidSettingError(field, "must not have a fragment (#...)")
    path = without_root(field, parts.path.rstrip("/")).rstrip("/")
    base_url = f"{parts.scheme.lower()}://{parts.netloc}{path}"
    try:
        httpx.URL(base_url).host  # noqa: B018  # what httpx would refuse on every request (an invalid IDNA host...)
    except (httpx.InvalidURL, UnicodeError):
        raise InvalidSettingError(field, "must be a valid URL") from None
    return base_url

"""``RawResponse``: read-only once made, and a pickled copy is whole and read-only too."""

from __future__ import annotations

import pickle

import httpx
import pytest

from loyaltykit._response import RawResponse


def _raw() -> RawResponse:
    request = httpx.Request("GET", "https://api.example/v1/pvt/Customer/c1/points")
    response = httpx.Response(404, json={"ErrorMessage": "no such customer"}, request=request)
    return RawResponse.from_httpx(response, attempts=2)


def test_its_fields_cannot_be_set_or_deleted() -> None:
    raw = _raw()
    with pytest.raises(AttributeError, match="read-only"):
        raw.status_code = 200  # type: ignore[misc]
    with pytest.raises(AttributeError, match="read-only"):
        del raw.content  # type: ignore[misc]
    assert raw.status_code == 404


def test_it_pickles_with_every_field_and_stays_read_only() -> None:
    raw = _raw()
    copy = pickle.loads(pickle.dumps(raw))
    assert (copy.status_code, copy.content, copy.method, copy.attempts) == (404, raw.content, "GET", 2)
    assert copy.headers == raw.headers
    assert copy.json() == {"ErrorMessage": "no such customer"}
    with pytest.raises(AttributeError):
        copy.attempts = 3  # type: ignore[misc]

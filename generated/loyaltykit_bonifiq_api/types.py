"""Contains some shared types for properties"""

import json
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

if TYPE_CHECKING:
    import httpx

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        # loyaltykit: what help() and IDEs show as a request model parameter's default.
        return "UNSET"


UNSET: Unset = Unset()

# loyaltykit: what a model's repr masks, rendered from loyaltykit's redaction rules
# (src/loyaltykit/_redaction.py) when this package is generated: e-mails, CPF/CNPJ and phone
# numbers in any text, and whole values of personal fields (by name).
REDACTED = "[redacted]"
_PERSONAL_DATA = re.compile(
    "(?P<email>[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9.-]+\\.[A-Za-z]{2,})|(?P<document>(?<![\\w.])(?:\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}|\\d{2}\\.\\d{3}\\.\\d{3}(?:/|%2F)\\d{4}-\\d{2}|\\d{14}|\\d{11})(?!\\w))|(?P<phone>(?<![\\w.])(?:\\+\\d{1,3}[\\s-]?)?\\(?\\d{2,3}\\)?[\\s-]?\\d{4,5}[\\s-]?\\d{4}(?!\\w)|(?<![\\w.])\\+\\d{10,15}(?!\\w)|(?<![\\w.])\\+\\d{1,3}(?:[\\s-]\\d{2,4}){2,4}(?![\\w.]))"
)
_PERSONAL_FIELD_NAME = re.compile("(?i)e-?mail|phone|mobile|cpf|cnpj|document|birth|(first|last|full|display)_?name")


def _redacted(value: Any, personal: bool) -> Any:
    if personal and value is not None:
        return REDACTED
    if isinstance(value, str):
        return _PERSONAL_DATA.sub(REDACTED, value)
    if isinstance(value, Mapping):
        return {key: _redacted(item, bool(_PERSONAL_FIELD_NAME.search(str(key)))) for key, item in value.items()}
    if isinstance(value, list):
        return [_redacted(item, personal) for item in value]
    return value


def model_repr(model: Any, fields: tuple[str, ...], personal: frozenset[str]) -> str:
    """loyaltykit: a generated model's repr: fields left UNSET are not shown, personal data is masked.

    Nested models mask themselves (their own ``__repr__``), inside lists and dicts too.
    """
    shown = [
        f"{name}={_redacted(value, name in personal)!r}"
        for name in fields
        if not isinstance(value := getattr(model, name), Unset)
    ]
    extra = getattr(model, "additional_properties", None)
    if extra:
        shown.append(f"additional_properties={_redacted(extra, False)!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define(repr=False)
class OperationRequest(Generic[T]):
    """loyaltykit: one operation's request as data, built by its module's ``request(...)``.

    Everything the facade needs to send the request with its own client and read the answer:
    the operation's name (the spec's operationId), method, URL with the path parameters
    encoded, query parameters, header parameters, JSON body (None when there is none),
    the parser of its documented success answers, and whether repeating it is safe (a GET).
    No operation sends a JSON ``null``, so None can mean "no body".
    """

    operation: str
    method: str
    url: str
    params: dict[str, Any]
    headers: dict[str, str]
    json: Any
    parse: Callable[["httpx.Response"], T]
    retry_safe: bool

    def __repr__(self) -> str:
        # The URL, parameters and body can carry customer data; the name identifies the request.
        return f"<OperationRequest {self.operation} {self.method}>"


class UndocumentedStatus(ValueError):
    """loyaltykit: a status the spec does not document for the operation; never parsed by guesswork."""

    def __init__(self, operation: str, status_code: int) -> None:
        super().__init__(f"HTTP {status_code} is not a documented response of {operation}")
        self.operation = operation
        self.status_code = status_code


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "OperationRequest",
    "RequestFiles",
    "UndocumentedStatus",
    "Unset",
    "json_exact",
    "to_decimal",
]


def to_decimal(value: object) -> Decimal:
    """A JSON number as an exact Decimal (loyaltykit: money never passes through float).

    Generated parsers decode JSON with ``parse_float=Decimal`` (see ``json_exact``), so values
    arrive as Decimal or int. A float (from a caller that decoded JSON itself) goes through its
    shortest repr; a numeric string, which some vendor examples send, is read as written.
    """
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    try:
        result = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except ArithmeticError:
        raise ValueError(f"not a number: {value!r}") from None
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


# Built once: ``json.loads`` with an option builds a new decoder on every call.
_DECODER = json.JSONDecoder(parse_float=Decimal)
_scan_once: Any = _DECODER.scan_once  # type: ignore[attr-defined]  # set by JSONDecoder.__init__
_JSON_WHITESPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace, as json.decoder matches it


def json_exact(response: "httpx.Response") -> Any:
    """Decode a JSON body with every non-integer number as an exact Decimal (loyaltykit).

    The usual answer (UTF-8 starting with its object or array: no BOM, and no NUL after the
    first byte, so not UTF-16/32) is scanned directly, without the layers of
    ``JSONDecoder.decode`` around the scanner, which cost as much as the scan; anything else is
    read by ``json.loads``. Both give the same values and errors.
    """
    content = response.content
    if content[:1] in (b"{", b"[") and content[1:2] not in (b"", b"\x00"):
        text = content.decode("utf-8", "surrogatepass")
        try:
            value, end = _scan_once(text, 0)
        except StopIteration as exc:
            raise json.JSONDecodeError("Expecting value", text, exc.value) from None
        if end != len(text) and _JSON_WHITESPACE.fullmatch(text, end) is None:
            raise json.JSONDecodeError("Extra data", text, end)
        return value
    return json.loads(content, parse_float=Decimal)

"""Dates and times (日期与时间): how officeflow accepts and returns them.

Every time is in Asia/Shanghai. Functions that take a date accept ``datetime.date``,
``pendulum.Date`` and aware datetimes (``pendulum.DateTime`` or a standard ``datetime`` with a
zone), whose local date in Asia/Shanghai is used; they return ``pendulum.Date``. Strings, ``None``
and naive datetimes are refused: a naive datetime has no zone, so its local date is unknown.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import pendulum

from officeflow.errors import InvalidType

SHANGHAI = pendulum.timezone("Asia/Shanghai")

_DATE_TYPES = (pendulum.Date, _dt.date)
_ALLOWED_DATES = "datetime.date, pendulum.Date or an aware datetime (read in Asia/Shanghai)"
_ALLOWED_TIMES = "an aware datetime (pendulum.DateTime or datetime with tzinfo)"


def ordinal(value: Any, field: str = "date") -> int:
    """The proleptic Gregorian ordinal of ``value``'s date in Asia/Shanghai (fast path first)."""
    kind = type(value)
    if kind in _DATE_TYPES or (kind is pendulum.DateTime and value.tzinfo is SHANGHAI):
        return value.toordinal()  # type: ignore[no-any-return]
    return int(to_date(value, field).toordinal())


def to_date(value: Any, field: str = "date") -> pendulum.Date:
    """``value`` as a ``pendulum.Date``; datetimes give their local date in Asia/Shanghai."""
    if isinstance(value, _dt.datetime):
        return to_datetime(value, field).date()
    if isinstance(value, pendulum.Date):
        return value
    if isinstance(value, _dt.date):
        return pendulum.Date(value.year, value.month, value.day)
    raise InvalidType(field, value, _ALLOWED_DATES, _string_hint(value))


def to_datetime(value: Any, field: str = "at") -> pendulum.DateTime:
    """``value`` as an aware ``pendulum.DateTime`` in Asia/Shanghai; naive datetimes are refused."""
    if type(value) is pendulum.DateTime and value.tzinfo is SHANGHAI:
        return value
    if not isinstance(value, _dt.datetime):
        raise InvalidType(field, value, _ALLOWED_TIMES, _string_hint(value))
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidType(
            field,
            value,
            _ALLOWED_TIMES,
            "A naive datetime has no time zone; use pendulum.datetime(..., tz='Asia/Shanghai').",
        )
    try:
        return pendulum.instance(value).in_timezone(SHANGHAI)
    except OverflowError:
        from officeflow.errors import InvalidValue

        raise InvalidValue(field, value, "a time representable in Asia/Shanghai") from None


def parse_date(text: str, field: str = "date") -> pendulum.Date:
    """An ISO ``YYYY-MM-DD`` string as a date (for reading serialised data)."""
    from officeflow.errors import InvalidValue

    try:
        return pendulum.Date.fromisoformat(text)
    except (TypeError, ValueError):
        raise InvalidValue(field, text, "an ISO date YYYY-MM-DD") from None


def parse_datetime(text: str, field: str = "at") -> pendulum.DateTime:
    """An ISO datetime string with offset as an aware datetime in Asia/Shanghai."""
    from officeflow.errors import InvalidValue

    try:
        parsed = _dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise InvalidValue(field, text, "an ISO datetime with offset, e.g. 2026-10-09T09:30+08:00") from None
    if parsed.tzinfo is None:
        raise InvalidValue(field, text, "an ISO datetime with an offset such as +08:00")
    return to_datetime(parsed, field)


def _string_hint(value: Any) -> str:
    if isinstance(value, str):
        return "Parse strings first, e.g. pendulum.Date.fromisoformat('2026-10-08')."
    return ""

"""Payload fields (事项要素): what an event or an opening records, validated and serialisable.

Each :class:`Field` has a kind from the table :data:`KINDS`: how a value is checked, how it is
written to JSON and read back.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import pendulum

from officeflow.dates import parse_date, to_date
from officeflow.errors import InvalidType, InvalidValue


@attrs.frozen(slots=True)
class Kind:
    """How one kind of field value is checked and serialised."""

    allowed: str
    check: Callable[[Any, str], Any]
    dump: Callable[[Any], Any] = lambda value: value
    load: Callable[[Any, str], Any] = lambda value, _field: value


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(field, value, "a non-empty str")
    return value


def _texts(value: Any, field: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple | frozenset | set):
        raise InvalidType(field, value, "a list or tuple of non-empty str")
    items = tuple(value)
    for item in items:
        _text(item, f"{field}[]")
    if len(set(items)) != len(items):
        raise InvalidValue(field, value, "distinct entries")
    return items


def _count(value: Any, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidType(field, value, "an int")
    if value < 0:
        raise InvalidValue(field, value, "an int ≥ 0")
    return value


def _flag(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidType(field, value, "True or False")
    return value


def _iso(day: pendulum.Date) -> str:
    return day.isoformat()


KINDS: Mapping[str, Kind] = {
    "text": Kind("a non-empty str", _text),
    "texts": Kind("a list of distinct non-empty str", _texts, list, _texts),
    "date": Kind("a date", to_date, _iso, parse_date),
    "int": Kind("an int ≥ 0", _count),
    "bool": Kind("True or False", _flag),
    "choice": Kind("one of the listed choices", _text),
}


@attrs.frozen(slots=True)
class Field:
    """A named value an event records: ``Field("organ", label="有权处理机关")``.

    ``choices`` restrict a ``choice`` field; ``choices_from`` names a case-data key whose values
    are the sensible choices (used by guards and by the Hypothesis strategies). A ``date`` field
    records something that has happened, so it may not be after the event's own date — unless
    ``future`` is set (a scheduled hearing, an expiry, a time granted).
    """

    name: str
    kind: str = "text"
    label: str = ""
    required: bool = True
    choices: tuple[str, ...] = ()
    choices_from: str | None = None
    future: bool = False

    def __attrs_post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InvalidValue(f"Field {self.name!r}.kind", self.kind, ", ".join(KINDS))
        if self.kind == "choice" and not self.choices:
            raise InvalidValue(f"Field {self.name!r}.choices", self.choices, "a non-empty tuple")

    def check(self, value: Any, where: str | tuple[str, ...]) -> Any:
        if self.kind == "text" and type(value) is str and value.strip():  # the common case, fast
            return value
        field = f"{_joined(where)}.{self.name}"
        checked = KINDS[self.kind].check(value, field)
        items = checked if self.kind == "texts" else (checked,)
        if self.choices and any(item not in self.choices for item in items):
            raise InvalidValue(field, value, ("each " if self.kind == "texts" else "") + "one of "
                               + ", ".join(self.choices))
        return checked

    def dump(self, value: Any) -> Any:
        return KINDS[self.kind].dump(value)

    def load(self, value: Any, where: str) -> Any:
        return KINDS[self.kind].load(value, f"{where}.{self.name}")


def check_payload(fields: tuple[Field, ...], payload: Mapping[str, Any], place: str | tuple[str, ...],
                  today: pendulum.Date, names: frozenset[str] | None = None) -> dict[str, Any]:
    """Validate ``payload`` against ``fields`` (whose names are ``names``, if known): unknown
    names, missing required values, wrong kinds and dates after the event's own date are refused.
    ``place`` names where, for messages (parts joined with dots only when one is needed)."""
    values: dict[str, Any] = {}
    known = names if names is not None else frozenset(f.name for f in fields)
    if not known.issuperset(payload):
        unknown = sorted(set(payload) - known)
        raise InvalidValue(f"{_joined(place)}: payload field", unknown[0],
                           "one of " + (", ".join(known) or "no fields (this event records none)"))
    for field in fields:
        if payload.get(field.name) is None:
            if field.required:
                raise InvalidValue(f"{_joined(place)}.{field.name}", None,
                                   f"{KINDS[field.kind].allowed} ({field.label or 'required'})")
            continue
        value = field.check(payload[field.name], place)
        if isinstance(value, _dt.date) and value > today and not field.future:
            raise InvalidValue(f"{_joined(place)}.{field.name}", value,
                               f"a date on or before the event's date {today} (record facts that happened)")
        values[field.name] = value
    return values


def _joined(place: str | tuple[str, ...]) -> str:
    return place if isinstance(place, str) else ".".join(place)


def dump_payload(fields: tuple[Field, ...], values: Mapping[str, Any]) -> dict[str, Any]:
    by_name = {f.name: f for f in fields}
    return {name: by_name[name].dump(value) for name, value in values.items()}


def load_payload(fields: tuple[Field, ...], data: Mapping[str, Any], where: str) -> dict[str, Any]:
    by_name = {f.name: f for f in fields}
    unknown = sorted(set(data) - set(by_name))
    if unknown:
        raise InvalidValue(f"{where}: payload field", unknown[0], "one of " + ", ".join(by_name))
    return {name: by_name[name].load(value, where) for name, value in data.items()}

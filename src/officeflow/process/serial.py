"""Serialising cases (案卷数据): plain JSON-compatible data, read back only by full replay.

``case_from_dict`` opens the case and applies every recorded event again; it then compares the
replayed state, owner, data and clocks with what was recorded. Unknown events, times out of
order, a recorded state or clock the replay does not reproduce, missing fields — all raise
:class:`~officeflow.InvalidCaseData`. Nothing is ever loaded half-way.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from officeflow.actors import Actor
from officeflow.calendar import WorkCalendar
from officeflow.dates import parse_datetime
from officeflow.errors import InvalidCaseData, OfficeflowError
from officeflow.process.fields import Field, dump_payload, load_payload

if TYPE_CHECKING:
    from officeflow.process.case import Case
    from officeflow.process.kernel import Process

FORMAT = 1


def _fields_of(process: Process, event: str) -> tuple[Field, ...]:
    return process.opening.fields if event == process.opening.name else process.event(event).fields


def _data_fields(process: Process) -> tuple[Field, ...]:
    fields = {f.name: f for f in process.opening.fields}
    for event in process.events:
        fields.update({f.name: f for f in event.fields})
    return tuple(fields.values())


def case_to_dict(case: Case) -> dict[str, Any]:
    process = case.process
    return {
        "format": FORMAT,
        "process": process.name,
        "id": case.id,
        "state": case.state,
        "owner": case.owner,
        "data": _dump_data(process, case.data),
        "clocks": {rule: clock.to_dict() for rule, clock in case.clocks.items()},
        "history": [{"event": e.event, "at": e.at.isoformat(), "by": e.by.to_dict(),
                     "payload": dump_payload(_fields_of(process, e.event), e.payload)}
                    for e in case.history],
    }


def _dump_data(process: Process, data: Mapping[str, Any]) -> dict[str, Any]:
    fields = {f.name: f for f in _data_fields(process)}
    return {k: fields[k].dump(v) if k in fields else _plain(v) for k, v in data.items()}


def _plain(value: Any) -> Any:
    """Data an ``effect`` computed, as JSON gives it back: tuples and sets as lists (sets
    sorted), mappings as dicts, dates as ISO text."""
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, frozenset | set):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def case_from_dict(process: Process, data: Mapping[str, Any], calendar: WorkCalendar | None) -> Case:
    try:
        case = _replay(process, data, calendar)
        recorded = {k: data[k] for k in ("state", "owner", "data", "clocks")}
    except InvalidCaseData:
        raise
    except (OfficeflowError, KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise InvalidCaseData(f"case data rejected: {type(exc).__name__}: {exc}") from exc
    replayed = case.to_dict()
    for key, value in recorded.items():
        if replayed[key] != value:
            raise InvalidCaseData(f"case {case.id!r}: recorded {key} {value!r} is not what its history "
                                  f"replays to ({replayed[key]!r})")
    return case


def _replay(process: Process, data: Mapping[str, Any], calendar: WorkCalendar | None) -> Case:
    if not isinstance(data, Mapping):
        raise InvalidCaseData(f"case data must be a mapping, not {type(data).__name__}")
    if data.get("format") != FORMAT or data.get("process") != process.name:
        raise InvalidCaseData(f"case data is for process {data.get('process')!r} format "
                              f"{data.get('format')!r}; expected {process.name!r} format {FORMAT}")
    history = data["history"]
    if not isinstance(history, list) or not history:
        raise InvalidCaseData("case data: history must be a non-empty list")
    first = history[0]
    if first["event"] != process.opening.name:
        raise InvalidCaseData(f"case data: the first event must be {process.opening.name!r}")
    case = process.open(  # io-ok: opens a case, not a file
        data["id"], at=parse_datetime(first["at"], "history[0].at"), by=Actor.from_dict(first["by"]),
        calendar=calendar, **load_payload(process.opening.fields, first["payload"], "history[0].payload"))
    for index, entry in enumerate(history[1:], start=1):
        where = f"history[{index}]"
        payload = load_payload(process.event(entry["event"]).fields, entry["payload"], f"{where}.payload")
        case = case.apply(entry["event"], at=parse_datetime(entry["at"], f"{where}.at"),
                          by=Actor.from_dict(entry["by"]), **payload)
    return case

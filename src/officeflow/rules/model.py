"""What a time limit is (期限): amount, unit, trigger, extension, excluded time, and its source."""

from __future__ import annotations

import datetime as _dt
import enum
from typing import TYPE_CHECKING, Any

import attrs
import pendulum

from officeflow.citation import Citation
from officeflow.errors import InvalidType, InvalidValue
from officeflow.rules import counting

if TYPE_CHECKING:
    from officeflow.calendar import WorkCalendar


class Unit(enum.Enum):
    """How a period is counted (``calendar.md``, "Counting a period")."""

    WORKING_DAYS = ("wd", "工作日", "working days")
    NATURAL_DAYS = ("d", "日", "days")
    MONTHS = ("m", "月", "months")

    def __init__(self, code: str, chinese: str, english: str) -> None:
        self.code, self.chinese, self.english = code, chinese, english

    def __repr__(self) -> str:
        return f"Unit.{self.name}"

    @classmethod
    def from_code(cls, code: str) -> Unit:
        for unit in cls:
            if code in (unit.code, unit.name):
                return unit
        raise InvalidValue("unit", code, "one of " + ", ".join(u.code for u in cls))


class Direction(enum.Enum):
    """A period runs forward from its trigger, or is counted back from an event (至少…前)."""

    FORWARD = "forward"
    BACKWARD = "counted back"


@attrs.frozen(slots=True)
class Extension:
    """How a limit may be extended (延长): by ``amount`` (in the limit's unit) or, with ``total``,
    up to that total counted from the same start; approved by ``approver`` (a role code, e.g.
    ``organ_head``), at most ``times`` times, before the original deadline passes."""

    approver: str
    approver_label: str
    amount: int | None = None
    total: int | None = None
    times: int = 1
    inform: str = ""

    def extra(self, base: int) -> int:
        """The most the limit may grow, given its base amount."""
        if self.amount is not None:
            return self.amount
        return (self.total or base) - base


@attrs.frozen(slots=True)
class TimeLimit:
    """One entry of the rules catalogue (期限规则).

    ``amount`` is ``None`` for limits set per case (``supervision.item``): give one with
    :meth:`with_amount`. ``stop_reasons`` are the kinds of excluded time the rule allows;
    ``restartable`` says whether the clock restarts (disclosure after a corrected request);
    ``on_lapse`` what the law says happens when the period runs out.
    """

    id: str
    title: str
    amount: int | None
    unit: Unit
    trigger: str
    source: Citation
    statutory: bool = True
    extension: Extension | None = None
    stop_reasons: frozenset[str] = frozenset()
    restartable: bool = False
    direction: Direction = Direction.FORWARD
    on_lapse: str = ""

    # -- counting ------------------------------------------------------------------------------

    def due(self, start: _dt.date, *, calendar: WorkCalendar | None = None) -> pendulum.Date:
        """The deadline of a period triggered on ``start`` (start day not counted).

        Working days skip rest days; natural days and months roll forward off rest days; months
        clamp to the month's end (民法典 art. 202).
        """
        if self.direction is not Direction.FORWARD or self.amount is None:
            self._check_forward()
        return counting.forward(self.unit.code, self.amount, start, calendar)  # type: ignore[arg-type]

    def _check_forward(self) -> None:
        if self.direction is not Direction.FORWARD:
            raise InvalidValue("rule", self.id, "a forward period for due()",
                               "This rule is counted back: use latest_to_act(event_date).")
        self._amount()

    def latest_to_act(self, event: _dt.date, *, calendar: WorkCalendar | None = None) -> pendulum.Date:
        """For a counted-back rule (e.g. hearing notice at least 7 working days before the
        hearing): the latest date to act, rolled *back* to a working day."""
        if self.direction is not Direction.BACKWARD:
            raise InvalidValue("rule", self.id, "a counted-back rule for latest_to_act()",
                               "This period runs forward: use due(start).")
        return counting.backward(self.unit.code, self._amount(), event, calendar)

    def due_many(self, starts: Any, *, calendar: WorkCalendar | None = None) -> Any:
        """``due`` over a numpy ``datetime64[D]`` array of start dates (needs ``numpy``)."""
        self._check_forward()
        return counting.forward_many(self.unit.code, self._amount(), starts, calendar)

    # -- variants ------------------------------------------------------------------------------

    def with_amount(self, amount: int, unit: Unit | None = None) -> TimeLimit:
        """A copy with a per-case amount (and unit), e.g. a supervision item's 10 working days."""
        _check_amount(amount, "amount")
        return attrs.evolve(self, amount=amount, unit=unit or self.unit)

    def _amount(self) -> int:
        if self.amount is None:
            raise InvalidValue(f"{self.id}.amount", None, "a number of days or months",
                               "This limit is set per case: use rule.with_amount(n).")
        return self.amount

    def __str__(self) -> str:
        amount = "set per case" if self.amount is None else f"{self.amount} {self.unit.english}"
        link = "," if self.direction is Direction.BACKWARD else " from"
        return f"{self.id}: {amount}{link} {self.trigger} — {self.source}"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "amount": self.amount, "unit": self.unit.code,
                "trigger": self.trigger, "statutory": self.statutory,
                "source": self.source.to_dict(), "direction": self.direction.value,
                "stop_reasons": sorted(self.stop_reasons), "restartable": self.restartable,
                "extension": attrs.asdict(self.extension) if self.extension else None,
                "on_lapse": self.on_lapse}


def _check_amount(amount: object, field: str) -> None:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise InvalidType(field, amount, "an int ≥ 0")
    if amount < 0:
        raise InvalidValue(field, amount, "an int ≥ 0")

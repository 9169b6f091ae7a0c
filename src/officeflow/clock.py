"""Deadline clocks (计时): a time limit running on a case, counted exactly as the law counts.

A :class:`Clock` is immutable: every operation — :meth:`~Clock.stop`, :meth:`~Clock.resume`,
:meth:`~Clock.extend`, :meth:`~Clock.restart`, :meth:`~Clock.finish` — returns a new clock with
one more event. The due date, stops and extensions are derived from the events, so a clock
serialised as its events and read back is the same clock.

Excluded time (中止计时): ``stop(on=s)`` then ``resume(on=r)`` excludes the days after ``s`` up
to and including ``r``. Extension (延长): adds to the limit in the rule's unit, counted from the
same start, approved before the deadline passes, never beyond the rule's maximum.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import attrs
import pendulum

from officeflow._display import html_table, text_table
from officeflow.calendar import WorkCalendar
from officeflow.calendar.kinds import DayKind
from officeflow.calendar.views import Step
from officeflow.dates import parse_date, to_date
from officeflow.errors import ClockRefused, InvalidCaseData, InvalidType, InvalidValue, OfficeflowError
from officeflow.reminders import DEFAULT_LADDER, Ladder, Reminder, Rung
from officeflow.rules import counting
from officeflow.rules.model import TimeLimit, Unit
from officeflow.rules.registry import DEFAULT, Registry


class ClockStatus(enum.Enum):
    """Where a clock stands on a given day (黄牌 due soon, 红牌 overdue)."""

    ON_TRACK = ("on_track", "正常")
    DUE_SOON = ("due_soon", "临期")
    OVERDUE = ("overdue", "超期")
    STOPPED = ("stopped", "中止计时")
    MET = ("met", "按期办结")
    MET_LATE = ("met_late", "超期办结")

    def __init__(self, code: str, chinese: str) -> None:
        self.code, self.chinese = code, chinese

    def __repr__(self) -> str:
        return f"ClockStatus.{self.name}"


@attrs.frozen(slots=True)
class ClockEvent:
    """One thing that happened to a clock: ``kind`` is start, stop, resume, extend, restart or
    finish; ``by`` is who approved an extension; ``amount`` the extension granted."""

    kind: str
    on: pendulum.Date
    reason: str = ""
    by: str = ""
    amount: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "on": self.on.isoformat()}
        if self.reason:
            data["reason"] = self.reason
        if self.by:
            data["by"] = self.by
        if self.amount is not None:
            data["amount"] = self.amount
        return data


@functools.lru_cache(maxsize=1 << 16)
def _plain_event(kind: str, on: pendulum.Date) -> ClockEvent:
    """A start, resume, restart or finish event. These carry only a kind and a day, and are
    immutable, so equal ones are shared between clocks (a pure memo: fewer objects per case)."""
    return ClockEvent(kind, on)


@attrs.frozen(slots=True)
class Stop:
    """Excluded time: the days after ``stopped_on`` up to and including ``resumed_on``."""

    stopped_on: pendulum.Date
    resumed_on: pendulum.Date | None
    reason: str


class _Derived(NamedTuple):
    """What the events say so far: the effective start, stops, extensions and finish."""

    started_on: pendulum.Date
    stops: tuple[Stop, ...]
    extensions: tuple[ClockEvent, ...]
    finished_on: pendulum.Date | None

    @property
    def stopped(self) -> bool:
        return bool(self.stops) and self.stops[-1].resumed_on is None


def _derive(events: tuple[ClockEvent, ...]) -> _Derived:
    state = _Derived(events[0].on, (), (), None)
    for event in events[1:]:
        state = _APPLY[event.kind](state, event)
    return state


def _close_stop(state: _Derived, on: pendulum.Date) -> tuple[Stop, ...]:
    last = state.stops[-1]
    return (*state.stops[:-1], Stop(last.stopped_on, on, last.reason))


def _stop(s: _Derived, e: ClockEvent) -> _Derived:
    return _Derived(s.started_on, (*s.stops, Stop(e.on, None, e.reason)), s.extensions, s.finished_on)


def _resume(s: _Derived, e: ClockEvent) -> _Derived:
    return _Derived(s.started_on, _close_stop(s, e.on), s.extensions, s.finished_on)


def _extend(s: _Derived, e: ClockEvent) -> _Derived:
    return _Derived(s.started_on, s.stops, (*s.extensions, e), s.finished_on)


def _restart(s: _Derived, e: ClockEvent) -> _Derived:
    return _Derived(e.on, (), (), None)


def _finish(s: _Derived, e: ClockEvent) -> _Derived:
    return _Derived(s.started_on, _close_stop(s, e.on) if s.stopped else s.stops, s.extensions, e.on)


_APPLY: Mapping[str, Callable[[_Derived, ClockEvent], _Derived]] = {
    "stop": _stop, "resume": _resume, "extend": _extend, "restart": _restart, "finish": _finish,
}
"""How each kind of event changes what the clock has derived so far."""


@attrs.frozen(slots=True, repr=False)
class Clock:
    """A time limit running from a trigger date. Build one with :meth:`Clock.start`."""

    rule: TimeLimit
    events: tuple[ClockEvent, ...]
    calendar: WorkCalendar
    warning: int = 3
    ladder: Ladder = DEFAULT_LADDER
    _due: pendulum.Date | None = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_due", _due_of(self.rule, _derive(self.events), self.calendar))

    @classmethod
    def _begin(cls, rule: TimeLimit, day: pendulum.Date, calendar: WorkCalendar) -> Clock:
        """The kernel's fast start: ``rule`` is a forward catalogue rule (checked when the process
        was declared) and ``day`` a date; counting validates its coverage."""
        due = counting.forward(rule.unit.code, rule._amount(), day, calendar)
        return cls._assemble(rule, (_plain_event("start", day),), calendar, 3, DEFAULT_LADDER, due)

    @classmethod
    def _assemble(cls, rule: TimeLimit, events: tuple[ClockEvent, ...], calendar: WorkCalendar,
                  warning: int, ladder: Ladder, due: pendulum.Date | None) -> Clock:
        """A clock whose due date is already known (the fast path of every operation)."""
        clock = object.__new__(cls)
        setattr_ = object.__setattr__
        setattr_(clock, "rule", rule)
        setattr_(clock, "events", events)
        setattr_(clock, "calendar", calendar)
        setattr_(clock, "warning", warning)
        setattr_(clock, "ladder", ladder)
        setattr_(clock, "_due", due)
        return clock

    # -- starting --------------------------------------------------------------------------------

    @classmethod
    def start(cls, limit: TimeLimit | str, on: _dt.date, calendar: WorkCalendar | None = None, *,
              warning: int = 3, ladder: Ladder = DEFAULT_LADDER,
              registry: Registry | None = None) -> Clock:
        """Start ``limit`` (a :class:`TimeLimit` or a rule id) on ``on``, the trigger day."""
        rule = (registry or DEFAULT).get(limit) if isinstance(limit, str) else limit
        if not isinstance(rule, TimeLimit):
            raise InvalidType("limit", limit, "a TimeLimit or a rule id such as 'licensing.decision'")
        if rule.direction is not rule.direction.FORWARD:
            raise InvalidValue("limit", rule.id, "a forward period",
                               "Counted-back rules give a latest date: use rule.latest_to_act().")
        rule._amount()
        if type(warning) is not int or warning < 0:
            raise InvalidValue("warning", warning, "an int ≥ 0 (working days)")
        if ladder is not DEFAULT_LADDER:
            _check_ladder(ladder)
            ladder = tuple(ladder)
        cal = counting.default_calendar(calendar)
        day = to_date(on, "on")
        cal.is_workday(day)  # coverage
        due = counting.forward(rule.unit.code, rule._amount(), day, cal)
        return cls._assemble(rule, (_plain_event("start", day),), cal, warning, ladder, due)

    # -- the derived facts -------------------------------------------------------------------------

    @property
    def due(self) -> pendulum.Date | None:
        """The deadline (by the end of that day); ``None`` while the clock is stopped."""
        return self._due

    @property
    def started_on(self) -> pendulum.Date:
        """The trigger day the period counts from (the last restart, if any)."""
        return next(e.on for e in reversed(self.events) if e.kind in ("start", "restart"))

    @property
    def stops(self) -> tuple[Stop, ...]:
        """Excluded time since the (last) start."""
        return _derive(self.events).stops

    @property
    def stopped(self) -> bool:
        """True while the clock is stopped (its due date is then unknown)."""
        return self._due is None

    @property
    def finished_on(self) -> pendulum.Date | None:
        last = self.events[-1]
        return last.on if last.kind == "finish" else None

    @property
    def extensions(self) -> tuple[ClockEvent, ...]:
        """The extensions granted since the (last) start."""
        return _derive(self.events).extensions

    @property
    def extended_by(self) -> int:
        return sum(e.amount or 0 for e in self.extensions)

    @property
    def last_event_on(self) -> pendulum.Date:
        return self.events[-1].on

    def limit_amount(self) -> int:
        """The limit in the rule's unit, extensions included."""
        return self.rule._amount() + self.extended_by

    # -- operations (each returns a new clock) -----------------------------------------------------

    def stop(self, on: _dt.date, reason: str) -> Clock:
        """Stop counting (excluded time) for one of the reasons the rule allows."""
        day = self._check_on(on)
        if self.stopped:
            raise ClockRefused(f"{self.rule.id}: already stopped on {self.stops[-1].stopped_on}; "
                               "resume before stopping again (stops never overlap)")
        allowed = sorted(self.rule.stop_reasons)
        if reason not in self.rule.stop_reasons:
            raise ClockRefused(f"{self.rule.id}: reason={reason!r} is not excluded time under "
                               f"{self.rule.source}; allowed: {', '.join(allowed) or 'none'}")
        self._check_not_overdue(day, "stop")
        return self._with(ClockEvent("stop", day, reason))

    def resume(self, on: _dt.date) -> Clock:
        """Resume counting; the days after the stop up to and including ``on`` are excluded."""
        day = self._check_on(on)
        if not self.stopped:
            raise ClockRefused(f"{self.rule.id}: resume on {day} without a stop; the clock is running")
        return self._with(_plain_event("resume", day))

    def extend(self, on: _dt.date, approved_by: str, reason: str, amount: int | None = None) -> Clock:
        """Extend the limit by ``amount`` (default: all the rule allows), in the rule's unit."""
        day = self._check_on(on)
        extension = self.rule.extension
        if extension is None:
            raise ClockRefused(f"{self.rule.id}: the rule allows no extension ({self.rule.source})")
        state = _derive(self.events)
        if len(state.extensions) >= extension.times:
            raise ClockRefused(f"{self.rule.id}: already extended {extension.times} time(s), the most "
                               f"the rule allows ({self.rule.source})")
        for field, text in (("approved_by", approved_by), ("reason", reason)):
            if not isinstance(text, str) or not text.strip():
                raise InvalidValue(field, text, "a non-empty str")
        self._check_not_overdue(day, "extend")
        granted = self._extension_amount(amount, sum(e.amount or 0 for e in state.extensions))
        event = ClockEvent("extend", day, reason, approved_by, granted)
        due = _due_of(self.rule, _extend(state, event), self.calendar)
        return Clock._assemble(self.rule, (*self.events, event), self.calendar, self.warning,
                               self.ladder, due)

    def restart(self, on: _dt.date) -> Clock:
        """Restart the period from ``on`` (e.g. disclosure: receipt of the corrected request)."""
        day = self._check_on(on)
        if not self.rule.restartable:
            raise ClockRefused(f"{self.rule.id}: this clock does not restart ({self.rule.source})")
        return self._with(_plain_event("restart", day))

    def finish(self, on: _dt.date) -> Clock:
        """The act was done on ``on``: the clock is met (on or before due) or met late."""
        return self._with(_plain_event("finish", self._check_on(on)))

    # -- questions about a day ---------------------------------------------------------------------

    def as_of(self, on: _dt.date) -> Clock:
        """The clock as it stood at the end of ``on`` (events after it ignored)."""
        day = to_date(on, "on")
        if day < self.events[0].on:
            raise InvalidValue("on", day, f"a date on or after the clock's start {self.events[0].on}")
        kept = tuple(e for e in self.events if e.on <= day)
        return self if len(kept) == len(self.events) else attrs.evolve(self, events=kept)

    def status(self, on: _dt.date) -> ClockStatus:
        """Where the clock stands at the end of ``on``: a pure function of (clock, on)."""
        day = self.calendar.date_of(on, "on")  # a date outside coverage raises
        view = self.as_of(day)
        if view.finished_on is not None:
            assert view.due is not None
            return ClockStatus.MET if view.finished_on <= view.due else ClockStatus.MET_LATE
        if view.due is None:
            return ClockStatus.STOPPED
        if day > view.due:
            return ClockStatus.OVERDUE
        left = self.calendar.workdays_between(day, view.due)
        return ClockStatus.DUE_SOON if left <= self.warning else ClockStatus.ON_TRACK

    def elapsed(self, on: _dt.date) -> int:
        """Units of the limit counted by the end of ``on`` (excluded time not counted)."""
        view, day = self.as_of(on), to_date(on, "on")
        start = view.started_on
        if self.rule.unit is Unit.MONTHS:
            return max(0, _whole_months(start, day))
        count = self._units_between(start, day)
        for stop in view.stops:
            end = min(stop.resumed_on or day, day)
            if end > stop.stopped_on:
                count -= self._units_between(stop.stopped_on, end)
        return count

    def remaining(self, on: _dt.date) -> int:
        """Units from ``on`` to the due date (negative when overdue); while stopped, the units the
        limit has left."""
        view, day = self.as_of(on), to_date(on, "on")
        if view.due is None:
            return view.limit_amount() - self.elapsed(day)
        if self.rule.unit is Unit.MONTHS:
            return _whole_months(day, view.due)
        return self._units_between(day, view.due)

    def reminders(self) -> tuple[Reminder, ...]:
        """The reminder ladder (催办) as dates, each on a working day after the start."""
        if self.due is None:
            return ()
        out = []
        for rung in self.ladder:
            move = self.calendar.add_workdays if rung.offset >= 0 else self.calendar.subtract_workdays
            try:
                day = move(self.due, abs(rung.offset))
            except OfficeflowError:
                continue  # outside the calendar's coverage: no reminder can be dated
            if day > self.started_on:
                out.append(Reminder(day, rung.to, rung.label, rung.offset))
        return tuple(out)

    def explain(self) -> ClockExplanation:
        """How the due date was reached: each day counted, skipped or excluded, and extensions."""
        return _explain(self)

    # -- serialisation -----------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible data: the rule id, its amount and unit, the events and the derived due date."""
        return {"rule": self.rule.id, "amount": self.rule.amount, "unit": self.rule.unit.code,
                "warning": self.warning,
                "ladder": [[r.offset, r.to, r.label] for r in self.ladder],
                "events": [e.to_dict() for e in self.events],
                "due": self.due.isoformat() if self.due else None}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, registry: Registry | None = None,
                  calendar: WorkCalendar | None = None, rule: TimeLimit | None = None) -> Clock:
        """Replay serialised clock data; anything inconsistent raises :class:`InvalidCaseData`."""
        try:
            clock = _replay(cls, data, registry, calendar, rule)
        except InvalidCaseData:
            raise
        except (OfficeflowError, KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise InvalidCaseData(f"clock data rejected: {exc}") from exc
        recorded = data.get("due")
        if recorded != (clock.due.isoformat() if clock.due else None):
            raise InvalidCaseData(f"clock {clock.rule.id}: recorded due {recorded!r} is not what the "
                                  f"events give ({clock.due})")
        return clock

    # -- representation ----------------------------------------------------------------------------

    def __repr__(self) -> str:
        state = "stopped" if self.stopped else f"due {self.due}"
        if self.finished_on:
            state += f", finished {self.finished_on}"
        return f"<Clock {self.rule.id} from {self.started_on}: {state}>"

    def _repr_html_(self) -> str:
        return self.explain()._repr_html_()

    # -- internals -----------------------------------------------------------------------------------

    def _with(self, event: ClockEvent) -> Clock:
        events = (*self.events, event)
        due: pendulum.Date | None
        if event.kind == "finish" and self._due is not None:  # finishing never moves the due date
            due = self._due
        else:
            due = _due_of(self.rule, _APPLY[event.kind](_derive(self.events), event), self.calendar)
        return Clock._assemble(self.rule, events, self.calendar, self.warning, self.ladder, due)

    def _check_on(self, on: _dt.date) -> pendulum.Date:
        day = self.calendar.date_of(on, "on")  # validates the type and the coverage
        last = self.events[-1]
        if last.kind == "finish":
            raise ClockRefused(f"{self.rule.id}: the clock finished on {last.on}")
        if day < last.on:
            raise ClockRefused(f"{self.rule.id}: on={day} is earlier than the clock's last event "
                               f"({last.kind} on {last.on}); events are in order")
        return day

    def _check_not_overdue(self, day: pendulum.Date, what: str) -> None:
        if self.due is not None and day > self.due:
            raise ClockRefused(f"{self.rule.id}: cannot {what} on {day}: the deadline {self.due} "
                               "has passed")

    def _extension_amount(self, amount: int | None, already: int) -> int:
        extension = self.rule.extension
        assert extension is not None
        most = None if extension.amount is None and extension.total is None else (
            extension.extra(self.rule._amount()) - already)
        if amount is None:
            if most is None:
                raise InvalidValue("amount", None, "a number of " + self.rule.unit.english,
                                   "This rule sets no standard extension; give amount=.")
            return most
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise InvalidType("amount", amount, f"an int number of {self.rule.unit.english}")
        if amount <= 0 or (most is not None and amount > most):
            limit = f"1 to {most}" if most is not None else "≥ 1"
            raise InvalidValue("amount", amount, f"{limit} {self.rule.unit.english} "
                               f"({self.rule.id}, {self.rule.source})")
        return amount

    def _units_between(self, a: _dt.date, b: _dt.date) -> int:
        if self.rule.unit is Unit.WORKING_DAYS:
            return self.calendar.workdays_between(a, b)
        return (to_date(b) - to_date(a)).days


def _whole_months(a: _dt.date, b: _dt.date) -> int:
    """Whole months from ``a`` to ``b`` counted as art. 202 counts them: the largest m with
    ``add_months(a, m) <= b`` (so −1 as soon as ``b`` is before ``a``)."""
    months = (b.year - a.year) * 12 + b.month - a.month
    return months - 1 if counting.add_months(a, months) > b else months


def _due_of(rule: TimeLimit, state: _Derived, calendar: WorkCalendar) -> pendulum.Date | None:
    if state.stopped:
        return None
    if not state.stops and not state.extensions:
        return counting.forward(rule.unit.code, rule._amount(), state.started_on, calendar)
    amount = rule._amount() + sum(e.amount or 0 for e in state.extensions)
    stops = [(s.stopped_on, s.resumed_on) for s in state.stops if s.resumed_on is not None]
    return counting.forward(rule.unit.code, amount, state.started_on, calendar, stops)


def _check_ladder(ladder: Any) -> None:
    if not isinstance(ladder, tuple | list) or not all(isinstance(r, Rung) for r in ladder):
        raise InvalidType("ladder", ladder, "a tuple of officeflow.reminders.Rung")


def _replay(cls: type[Clock], data: Mapping[str, Any], registry: Registry | None,
            calendar: WorkCalendar | None, rule: TimeLimit | None) -> Clock:
    events = list(data["events"])
    first = events[0]
    if first["kind"] != "start":
        raise InvalidCaseData(f"clock data: the first event must be 'start', not {first['kind']!r}")
    ladder = tuple(Rung(int(o), str(t), str(lbl)) for o, t, lbl in data.get("ladder", DEFAULT_LADDER_DATA))
    if rule is None:
        rule = (registry or DEFAULT).get(data["rule"])
        if rule.amount is None and data.get("amount") is not None:  # a per-case limit, as recorded
            rule = rule.with_amount(data["amount"], Unit.from_code(data.get("unit", rule.unit.code)))
    clock = cls.start(rule, parse_date(first["on"], "events[0].on"), calendar,
                      warning=data.get("warning", 3), ladder=ladder, registry=registry)
    if clock.rule.id != data["rule"]:
        raise InvalidCaseData(f"clock data: rule {data['rule']!r} is not {clock.rule.id!r}")
    limit = (data.get("amount", clock.rule.amount), data.get("unit", clock.rule.unit.code))
    if limit != (clock.rule.amount, clock.rule.unit.code):
        raise InvalidCaseData(f"clock data: {clock.rule.id} recorded as {limit[0]} {limit[1]}, but the rule "
                              f"here is {clock.rule.amount} {clock.rule.unit.code}; pass rule= with the "
                              "limit the clock ran under (e.g. rule.with_amount(n))")
    for index, event in enumerate(events[1:], start=1):
        on = parse_date(event["on"], f"events[{index}].on")
        clock = _REPLAY[event["kind"]](clock, on, event)
    return clock


DEFAULT_LADDER_DATA = [[r.offset, r.to, r.label] for r in DEFAULT_LADDER]

_REPLAY: Mapping[str, Callable[[Clock, pendulum.Date, Mapping[str, Any]], Clock]] = {
    "stop": lambda c, on, e: c.stop(on, e["reason"]),
    "resume": lambda c, on, e: c.resume(on),
    "extend": lambda c, on, e: c.extend(on, e["by"], e["reason"], e["amount"]),
    "restart": lambda c, on, e: c.restart(on),
    "finish": lambda c, on, e: c.finish(on),
}


@attrs.frozen(slots=True)
class ClockExplanation:
    """The reasoning behind a clock's due date, for people and for Jupyter."""

    clock: Clock
    lines: tuple[str, ...]
    steps: tuple[Step, ...]

    def _rows(self) -> list[tuple[str, str, str, str]]:
        return [(str(s.date), s.date.format("ddd"), str(s.count) if s.counted else "—", s.why)
                for s in self.steps]

    def __str__(self) -> str:
        return "\n".join(self.lines) + "\n" + text_table(("date", "day", "count", "why"), self._rows())

    def _repr_html_(self) -> str:
        styles = ["" if s.counted else "color:#a33" for s in self.steps]
        head = "".join(f"<li>{line}</li>" for line in self.lines)
        table = html_table(("date", "day", "count", "why"), self._rows(), row_styles=styles)
        return f"<div><ul>{head}</ul>{table}</div>"


def _explain(clock: Clock) -> ClockExplanation:
    rule = clock.rule
    lines = [f"{rule.id} ({rule.title}): {rule.amount} {rule.unit.english} from {rule.trigger} — "
             f"{rule.source}",
             f"start {clock.started_on} (the trigger day is not counted)"]
    lines += [f"extended by {e.amount} {rule.unit.english} on {e.on}, approved by {e.by}: {e.reason}"
              for e in clock.extensions]
    lines += [f"excluded time: after {s.stopped_on} to {s.resumed_on or '(still stopped)'} ({s.reason})"
              for s in clock.stops]
    lines.append(f"due {clock.due}" if clock.due else "due: none while the clock is stopped")
    if rule.unit is Unit.MONTHS:
        end = counting.add_months(clock.started_on, clock.limit_amount())
        lines.append(f"{clock.started_on} + {clock.limit_amount()} months = {end} (民法典 art. 202: "
                     "the same day-number, or the month's last day); rolled forward off rest days")
        return ClockExplanation(clock, tuple(lines), ())
    return ClockExplanation(clock, tuple(lines), tuple(_day_steps(clock)))


def _day_steps(clock: Clock) -> list[Step]:
    cal, total = clock.calendar, clock.limit_amount()
    last = clock.due or clock.stops[-1].stopped_on
    steps: list[Step] = []
    count, day = 0, clock.started_on.add(days=1)
    while day <= last:
        info = cal.day_kind(day)
        stop = next((s for s in clock.stops if s.stopped_on < day <= (s.resumed_on or last)), None)
        if stop is not None and count < total:
            steps.append(Step(day, False, count, info.kind, f"excluded: clock stopped ({stop.reason})"))
        elif count < total and (info.works or clock.rule.unit is Unit.NATURAL_DAYS):
            count += 1
            steps.append(Step(day, True, count, info.kind, f"counted {count}/{total}: {info.kind.english}"))
        else:
            about = f" ({info.holiday})" if info.holiday else ""
            why = f"skipped: {info.kind.english}{about}"
            if count >= total:
                why = ("due: the first working day after the period ended on a rest day" if info.works
                       else f"rolled forward (the period ended on a rest day): {info.kind.english}{about}")
            steps.append(Step(day, False, count, info.kind, why))
        day = day.add(days=1)
    return steps


__all__ = ["Clock", "ClockEvent", "ClockExplanation", "ClockStatus", "DayKind", "Stop"]

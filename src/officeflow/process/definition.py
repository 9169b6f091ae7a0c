"""The parts a process is declared from (流程要素): states, events, routes, guards and clock actions.

A process reads like the regulation it models::

    Event("accept", "受理", roles={"petition_officer"}, source="registered", dest="in_handling",
          clocks=(finishes("petition.intake"), starts("petition.handling")))

Guards return a *reason* when they refuse, so a refusal always says why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs
import pendulum

from officeflow.actors import Actor
from officeflow.errors import InvalidValue
from officeflow.process.fields import Field

if TYPE_CHECKING:
    from officeflow.process.case import Case


def _names(value: str | Iterable[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _roles(value: str | Iterable[str]) -> frozenset[str]:
    return frozenset(_names(value))


@attrs.frozen(slots=True)
class State:
    """A state of a case: code name, Chinese label, and whether the case ends there."""

    name: str
    label: str
    final: bool = False
    description: str = ""


class Context(NamedTuple):
    """What a guard, a route condition or an effect sees: the case before the event, the event,
    when (``at``; ``on`` its local date) and by whom, the validated payload and (after the
    effect) the new case data."""

    case: Case
    event: Event
    at: pendulum.DateTime
    on: pendulum.Date
    by: Actor
    payload: Mapping[str, Any]
    data: Mapping[str, Any]

    def date(self, field: str | Callable[[Context], Any] | None) -> pendulum.Date:
        """The day an action applies to: the payload date ``field`` if given, the date a callable
        computes from this context (e.g. art. 31's receipt date by channel), else the event's own
        date."""
        if callable(field):
            value = field(self)
            return self.case.calendar.date_of(value, "date") if value is not None else self.on
        value = self.payload.get(field) if field else None
        return value if isinstance(value, pendulum.Date) else self.on


Check = Callable[[Context], "str | None"]
"""A guard's check: ``None`` to allow, or the reason for refusing."""


@attrs.frozen(slots=True)
class Guard:
    """A named condition on an event; ``check`` returns the reason when it refuses."""

    name: str
    check: Check


@attrs.frozen(slots=True)
class Route:
    """One way an event moves a case: from ``source`` states to ``dest`` (``None`` = stay),
    taken if ``when`` holds (routes are tried in order; the first that holds is taken)."""

    source: tuple[str, ...] = attrs.field(converter=_names)
    dest: str | None
    when: Callable[[Context], bool] | None = None
    when_label: str = ""


DateSource = str | Callable[[Context], Any] | None
"""Where an action's day comes from: a payload date field, a function of the context, or
``None`` for the event's own date."""


@attrs.frozen(slots=True)
class ClockAction:
    """What an event does to a clock (rule id ``rule``): start, stop, resume, extend, restart or
    finish. ``on`` gives the day (see :data:`DateSource`; default: the event's date); ``reason``
    names the payload field holding a stop's reason, or ``because`` gives it outright (a hearing
    request stops the decision clock ``because="hearing"``); ``when``, if given, is a condition on the
    context (e.g. a joint application starts ``licensing.decision_joint`` instead).
    ``finish`` ends the clock if it runs."""

    kind: str
    rule: str
    on: DateSource = None
    reason: str = "reason"
    when: Callable[[Context], bool] | None = None
    because: str = ""

    def __attrs_post_init__(self) -> None:
        if self.kind not in ("start", "stop", "resume", "extend", "restart", "finish"):
            raise InvalidValue("ClockAction.kind", self.kind,
                               "start, stop, resume, extend, restart or finish")


Condition = Callable[[Context], bool] | None


def starts(rule: str, on: DateSource = None, when: Condition = None) -> ClockAction:
    """Start ``rule``'s clock on the event's date (or the day ``on`` gives)."""
    return ClockAction("start", rule, on, when=when)


def finishes(rule: str, on: DateSource = None, when: Condition = None) -> ClockAction:
    """Finish ``rule``'s clock if it is running (the act is done)."""
    return ClockAction("finish", rule, on, when=when)


def stops(rule: str, reason: str = "reason", on: DateSource = None, when: Condition = None,
          because: str = "") -> ClockAction:
    """Stop ``rule``'s clock (excluded time) for the payload field ``reason`` (or ``because``)."""
    return ClockAction("stop", rule, on, reason, when, because)


def resumes(rule: str, on: DateSource = None, when: Condition = None) -> ClockAction:
    """Resume ``rule``'s stopped clock."""
    return ClockAction("resume", rule, on, when=when)


def extends(rule: str, when: Condition = None) -> ClockAction:
    """Extend ``rule``'s clock: approved by the acting person, payload ``reason`` and optional
    ``amount``."""
    return ClockAction("extend", rule, when=when)


def restarts(rule: str, on: DateSource = None, when: Condition = None) -> ClockAction:
    """Restart ``rule``'s clock from the day ``on`` gives."""
    return ClockAction("restart", rule, on, when=when)


ALL_RUNNING = "*"
"""Rule id meaning every running clock (for ``finishes(ALL_RUNNING)`` on withdrawal)."""


@attrs.frozen(slots=True)
class Event:
    """Something that happens to a case, who may do it, and what it changes.

    ``source``/``dest`` declare a single route; ``routes`` several (tried in order). ``records``
    copies payload fields into the case data; ``effect`` computes further data changes.
    ``owner_only`` requires the case's owner (首问负责制); ``hands_over`` names the payload field
    holding the new owner.
    """

    name: str
    label: str
    roles: frozenset[str] = attrs.field(converter=_roles)
    source: tuple[str, ...] = attrs.field(default=(), converter=_names)
    dest: str | None = None
    routes: tuple[Route, ...] = ()
    fields: tuple[Field, ...] = ()
    guards: tuple[Guard, ...] = ()
    clocks: tuple[ClockAction, ...] = ()
    records: tuple[str, ...] = ()
    effect: Callable[[Context], Mapping[str, Any]] | None = None
    owner_only: bool = False
    hands_over: str | None = None
    description: str = ""

    @property
    def all_routes(self) -> tuple[Route, ...]:
        """The declared routes, the ``source``/``dest`` shorthand first."""
        return ((Route(self.source, self.dest),) if self.source else ()) + self.routes

    @property
    def internal(self) -> bool:
        """True if the event never changes the state (an internal event such as extend)."""
        return all(route.dest is None for route in self.all_routes)


@attrs.frozen(slots=True)
class Opening:
    """How a case begins (e.g. 登记 registration): its first state, roles, fields and clocks."""

    name: str
    label: str
    state: str
    roles: frozenset[str] = attrs.field(converter=_roles)
    fields: tuple[Field, ...] = ()
    clocks: tuple[ClockAction, ...] = ()
    guards: tuple[Guard, ...] = ()

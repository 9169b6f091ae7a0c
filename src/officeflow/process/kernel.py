"""The process kernel (流程内核): a process declared once, run on immutable cases.

:class:`Process` holds the declaration, checks it statically, builds one shared
``transitions.Machine`` and compiles its transition table. :meth:`Process.open` starts a case;
``case.apply`` asks the process to move it: check the actor's role, that the state allows the
event, the payload, the guards; then choose the route, update data and clocks, and append the
history entry — returning a new case, or raising with the reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import pendulum

from officeflow.actors import Actor
from officeflow.calendar import WorkCalendar
from officeflow.citation import Citation
from officeflow.clock import Clock
from officeflow.dates import to_datetime
from officeflow.errors import AccessDenied, EventRefused, InvalidType, InvalidValue, OfficeflowError
from officeflow.process import engine
from officeflow.process.case import Case, HistoryEntry
from officeflow.process.checks import check_definition
from officeflow.process.definition import ALL_RUNNING, ClockAction, Context, Event, Guard, Opening, State
from officeflow.process.diagram import Diagram, to_dot, to_mermaid
from officeflow.process.fields import check_payload
from officeflow.rules import DEFAULT, Registry
from officeflow.rules.counting import default_calendar

_NOTHING: dict[str, Any] = {}
"""The shared empty payload / data (never mutated: cases and entries are rebuilt, not edited)."""


class Process:
    """A declared process: states, the opening, events; one per regulation, shared by all cases."""

    __slots__ = ("_allowed", "_events", "_labels", "_names", "_states", "_table", "description", "events",
                 "label", "machine", "name", "opening", "registry", "source", "states")

    def __init__(self, name: str, label: str, *, states: Iterable[State], opening: Opening,
                 events: Iterable[Event], registry: Registry = DEFAULT, source: Citation | None = None,
                 description: str = "") -> None:
        self.name, self.label, self.description, self.source = name, label, description, source
        self.states: tuple[State, ...] = tuple(states)
        self.events: tuple[Event, ...] = tuple(events)
        self.opening, self.registry = opening, registry
        check_definition(name, self.states, opening, self.events, registry)
        self._states = {s.name: s for s in self.states}
        self._events = {e.name: e for e in self.events}
        self._labels = {e.name: e.label for e in self.events} | {opening.name: opening.label}
        self._names = {e.name: frozenset(f.name for f in e.fields) for e in self.events}
        self.machine = engine.build_machine(self.states, self.events, opening.state)
        self._table = engine.compile_table(self.machine)
        self._allowed = {s.name: tuple(e.name for e in self.events if (s.name, e.name) in self._table)
                         for s in self.states}

    # -- the declaration -------------------------------------------------------------------------

    def state(self, name: str) -> State:
        try:
            return self._states[name]
        except (KeyError, TypeError):
            from officeflow.errors import UnknownName

            raise UnknownName("state", name, self._states, f"states of {self.name}") from None

    def event(self, name: str) -> Event:
        try:
            return self._events[name]
        except (KeyError, TypeError):
            from officeflow.errors import UnknownName

            raise UnknownName("event", name, self._events, f"events of {self.name}") from None

    def event_label(self, name: str) -> str:
        return self._labels.get(name, name)

    def roles_for(self, event: str) -> frozenset[str]:
        """The roles allowed to do ``event`` (or the opening)."""
        return self.opening.roles if event == self.opening.name else self.event(event).roles

    def allowed(self, state: str, actor: Actor | None = None, owner: str | None = None) -> tuple[str, ...]:
        """Events ``state`` allows; given an ``actor``, only those their roles allow (and, for
        events reserved to the case's ``owner``, only if they are the owner)."""
        names = self._allowed[state]
        if actor is None:
            return names
        _check_actor(actor)
        return tuple(n for n in names if actor.has_any(self._events[n].roles)
                     and (owner is None or not self._events[n].owner_only or actor.name == owner))

    # -- cases -----------------------------------------------------------------------------------

    def open(  # io-ok: opens a case, not a file
        self, case_id: str, *, at: Any, by: Actor, calendar: WorkCalendar | None = None, **data: Any
    ) -> Case:
        """Open a case (e.g. register a petition) ``at`` an aware datetime ``by`` an actor."""
        if not isinstance(case_id, str) or not case_id.strip():
            raise InvalidValue("case_id", case_id, "a non-empty str")
        when = to_datetime(at, "at")
        _check_actor(by)
        opening = self.opening
        if not by.has_any(opening.roles):
            raise AccessDenied(str(by), f"{opening.name} ({opening.label}) a {self.name} case",
                               f"needs one of the roles {sorted(opening.roles)}")
        values = check_payload(opening.fields, data, f"{self.name}.{opening.name}", when.date())
        cal = default_calendar(calendar)
        seed = Case(self, case_id, opening.state, by.name, _NOTHING, _NOTHING, (), cal)
        today = _local_date(cal, when)
        ctx = Context(seed, _OPENING_EVENT, when, today, by, values, MappingProxyType(values))
        for guard in opening.guards:
            reason = _ask(guard, ctx)
            if reason:
                raise InvalidValue(f"{self.name}.{opening.name}", case_id, "a complete opening",
                                   f"{guard.name}: {reason}")
        try:
            clocks = _run_clocks(opening.clocks, {}, ctx, self.registry, cal)
        except OfficeflowError as exc:
            raise InvalidValue(f"{self.name}.{opening.name}", case_id, "dates within the calendar",
                               str(exc)) from exc
        recorded = values or _NOTHING
        entry = HistoryEntry(opening.name, when, by, recorded)
        return Case(self, case_id, opening.state, by.name, recorded, clocks, (entry,), cal)

    def _apply(self, case: Case, name: str, at: Any, by: Actor, payload: Mapping[str, Any]) -> Case:
        event = self._events.get(name) if isinstance(name, str) else None
        if event is None:
            raise EventRefused(case.id, case.state, str(name), _unknown(name, self._events),
                               self._allowed[case.state])
        when = _check_time(case, at, name)
        _check_actor(by)
        if by.roles.isdisjoint(event.roles):
            raise AccessDenied(str(by), f"{name} ({event.label}) on case {case.id!r}",
                               f"needs one of the roles {sorted(event.roles)}; "
                               f"has {sorted(by.roles) or 'none'}")
        if (case.state, name) not in self._table:
            label = self._states[case.state].label
            raise EventRefused(case.id, case.state, name, f"{name!r} is not allowed in state "
                               f"{case.state!r} ({label})", self._allowed[case.state])
        return self._move(case, event, when, by, payload)

    def _move(self, case: Case, event: Event, when: pendulum.DateTime, by: Actor,
              payload: Mapping[str, Any]) -> Case:
        def refuse(reason: str) -> EventRefused:
            return EventRefused(case.id, case.state, event.name, reason, self._allowed[case.state])

        if event.owner_only and by.name != case.owner:
            raise refuse(f"first-contact responsibility (首问负责制): {case.owner} owns this case until "
                         "a recorded handover")
        today = _local_date(case.calendar, when)
        values = check_payload(event.fields, payload, (case.id, event.name), today,
                               self._names[event.name]) if payload or event.fields else {}
        ctx = Context(case, event, when, today, by, values, case.data)
        for guard in event.guards:
            reason = _ask(guard, ctx)
            if reason:
                raise refuse(f"{guard.name}: {reason}")
        data = _new_data(case, event, ctx)
        if data is not case._data:
            ctx = Context(case, event, when, today, by, values, MappingProxyType(data))
        route = engine.route_compiled(self._table, case.state, event.name, ctx)
        if route is None:
            raise refuse("no route's condition holds: " + ", ".join(
                c.route.when_label or "?" for c in self._table[(case.state, event.name)]))
        try:
            clocks = _run_clocks(event.clocks, dict(case._clocks), ctx, self.registry, case.calendar) \
                if event.clocks else case._clocks
        except OfficeflowError as exc:
            raise refuse(str(exc)) from exc
        owner = values[event.hands_over] if event.hands_over else case.owner
        entry = HistoryEntry(event.name, when, by, values or _NOTHING)
        return Case(self, case.id, route.dest or case.state, owner, data,
                    clocks, (*case.history, entry), case.calendar)

    # -- serialisation and diagrams ----------------------------------------------------------------

    def from_dict(self, data: Mapping[str, Any], *, calendar: WorkCalendar | None = None) -> Case:
        """Replay serialised case data; anything inconsistent raises ``InvalidCaseData``."""
        from officeflow.process.serial import case_from_dict

        return case_from_dict(self, data, calendar)

    def to_mermaid(self, lang: str = "en", current: str | None = None) -> str:
        """A Mermaid ``stateDiagram-v2`` (``lang="en"`` code names, ``"zh"`` Chinese labels)."""
        return to_mermaid(self, lang, current)

    def to_dot(self, lang: str = "en", current: str | None = None) -> str:
        """Graphviz DOT source for the process."""
        return to_dot(self, lang, current)

    def diagram(self, lang: str = "zh", current: str | None = None) -> Diagram:
        return Diagram(self.label, self.to_mermaid(lang, current), self.to_dot(lang, current))

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return self.diagram()._repr_mimebundle_(include, exclude)

    def __repr__(self) -> str:
        return f"<Process {self.name} ({self.label}): {len(self.states)} states, {len(self.events)} events>"


_OPENING_EVENT = Event("open", "open", roles="*", source="*")


def _local_date(calendar: WorkCalendar, when: pendulum.DateTime) -> pendulum.Date:
    """The event's local date, as the calendar's shared date object when covered."""
    try:
        return calendar.date_of(when)
    except OfficeflowError:
        return when.date()


def _unknown(name: object, events: Mapping[str, Event]) -> str:
    import difflib

    close = difflib.get_close_matches(str(name), list(events), n=3)
    hint = f" (did you mean {', '.join(map(repr, close))})" if close else ""
    return f"{name!r} is not an event of this process{hint}"


def _ask(guard: Guard, ctx: Context) -> str | None:
    """A guard's reason to refuse; a guard that cannot decide (e.g. a date it must count from lies
    outside the calendar) refuses with the error's message."""
    try:
        return guard.check(ctx)
    except OfficeflowError as error:
        return str(error)


def _check_actor(by: object) -> None:
    if not isinstance(by, Actor):
        raise InvalidType("by", by, "an officeflow.Actor")


def _check_time(case: Case, at: Any, event: str) -> pendulum.DateTime:
    when = to_datetime(at, "at")
    last = case.history[-1].at
    if when < last:
        raise EventRefused(case.id, case.state, event, f"at={when.isoformat()} is earlier than the "
                           f"last event ({case.history[-1].event} at {last.isoformat()}); history only "
                           "moves forward", case.allowed_events())
    return when


def _new_data(case: Case, event: Event, ctx: Context) -> dict[str, Any]:
    if not event.records and event.effect is None:
        return case._data
    changes = {name: ctx.payload[name] for name in event.records if name in ctx.payload}
    if event.effect is not None:
        changes.update(event.effect(ctx))
    if not changes:
        return case._data
    return {**case._data, **changes}


def _run_clocks(actions: Iterable[ClockAction], clocks: dict[str, Clock], ctx: Context,
                registry: Registry, calendar: WorkCalendar) -> dict[str, Clock]:
    for action in actions:
        if action.when is not None and not action.when(ctx):
            continue
        on = ctx.on if action.on is None else ctx.date(action.on)
        kind = action.kind
        if kind == "start":
            clocks[action.rule] = Clock._begin(registry.get(action.rule), on, calendar)
        elif kind == "finish" and action.rule == ALL_RUNNING:
            for rule in [r for r, clock in clocks.items() if clock.finished_on is None]:
                clocks[rule] = clocks[rule].finish(on)
        elif kind == "finish":
            clock = clocks.get(action.rule)
            if clock is not None and clock.finished_on is None:
                clocks[action.rule] = clock.finish(on)
        else:
            clocks[action.rule] = _CLOCK_OPS[action.kind](_running(clocks, action.rule), on, ctx, action)
    return clocks


def _running(clocks: Mapping[str, Clock], rule: str) -> Clock:
    clock = clocks.get(rule)
    if clock is None:
        raise InvalidValue("clock", rule, "a clock this case has started: " + (", ".join(clocks) or "none"))
    return clock


_CLOCK_OPS = {
    "stop": lambda c, on, ctx, a: c.stop(on, a.because or ctx.payload[a.reason]),
    "resume": lambda c, on, ctx, a: c.resume(on),
    "extend": lambda c, on, ctx, a: c.extend(on, ctx.by.name, ctx.payload["reason"],
                                             ctx.payload.get("amount")),
    "restart": lambda c, on, ctx, a: c.restart(on),
}

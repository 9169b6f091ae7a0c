"""The engine (流转引擎): one ``transitions.Machine`` per process definition, shared by all cases.

The Machine is built once from the declaration. For speed, the kernel runs a transition table
compiled *from that Machine* (its events, sources, destinations and conditions); a differential
property test shows the compiled path and ``transitions`` itself agree on random event
sequences. :func:`route_with_machine` runs an event through the Machine on a lightweight carrier,
never registering a model per case.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

import attrs
from transitions import Machine, MachineError

from officeflow.process.definition import Context, Event, Route, State


@attrs.frozen(slots=True)
class CompiledRoute:
    """A route as the kernel runs it: destination (``None`` = stay) and its condition."""

    dest: str | None
    route: Route


class _RouteCondition:
    """The condition ``transitions`` calls; it wraps one declared route."""

    __slots__ = ("route",)

    def __init__(self, route: Route) -> None:
        self.route = route

    def __call__(self, event_data: Any) -> bool:
        when = self.route.when
        return True if when is None else bool(when(event_data.kwargs["ctx"]))


class _Carrier:
    """A stand-in model holding only a state, so no case is ever added to the Machine."""

    __slots__ = ("state",)

    def __init__(self, state: str) -> None:
        self.state = state


def build_machine(states: Iterable[State], events: Iterable[Event], initial: str) -> Machine:
    machine = Machine(model=None, states=[s.name for s in states], initial=initial,
                      auto_transitions=False, send_event=True, ignore_invalid_triggers=False)
    for event in events:
        for route in event.all_routes:
            machine.add_transition(event.name, list(route.source), route.dest,
                                   conditions=[_RouteCondition(route)])
    return machine


def compile_table(machine: Machine) -> Mapping[tuple[str, str], tuple[CompiledRoute, ...]]:
    """(state, event) → the routes to try in order, read from the Machine."""
    table: dict[tuple[str, str], tuple[CompiledRoute, ...]] = {}
    for name, event in machine.events.items():
        for source, transitions in event.transitions.items():
            table[(source, name)] = tuple(
                CompiledRoute(t.dest, cast(_RouteCondition, t.conditions[0].func).route) for t in transitions)
    return table


def route_compiled(table: Mapping[tuple[str, str], tuple[CompiledRoute, ...]], state: str,
                   event: str, ctx: Context) -> CompiledRoute | None:
    for compiled in table.get((state, event), ()):
        when = compiled.route.when
        if when is None or when(ctx):
            return compiled
    return None


def route_with_machine(machine: Machine, state: str, event: str, ctx: Context) -> str | None:
    """The state ``transitions`` reaches for ``event`` from ``state`` (``None`` if no route's
    condition holds); raises ``LookupError`` if the Machine does not allow the event there."""
    carrier = _Carrier(state)
    try:
        moved = machine.events[event].trigger(carrier, ctx=ctx)
    except MachineError as exc:
        raise LookupError(str(exc)) from None
    return carrier.state if moved else None

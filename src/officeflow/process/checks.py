"""Static checks of a process definition (流程自检), run once when it is declared.

Every state reachable from the opening; every non-final state has an exit; final states have
none; every event has roles and at least one route between declared states; every clock an
event touches exists in the rules registry and is started somewhere before it is stopped,
resumed, extended or restarted.
"""

from __future__ import annotations

from collections.abc import Sequence

from officeflow.errors import OfficeflowError
from officeflow.process.definition import ALL_RUNNING, Event, Opening, State
from officeflow.rules import Registry


class ProcessDefinitionError(OfficeflowError, ValueError):
    """A process declaration that breaks one of the static checks."""


def check_definition(name: str, states: Sequence[State], opening: Opening,
                     events: Sequence[Event], registry: Registry) -> None:
    problems = [*_check_names(states, events), *_check_routes(states, opening, events),
                *_check_reachability(states, opening, events), *_check_clocks(opening, events, registry)]
    if problems:
        raise ProcessDefinitionError(f"process {name!r} is not well defined:\n  - " + "\n  - ".join(problems))


def _duplicates(names: Sequence[str]) -> list[str]:
    return sorted({n for n in names if names.count(n) > 1})


def _check_names(states: Sequence[State], events: Sequence[Event]) -> list[str]:
    problems = [f"state {n!r} declared twice" for n in _duplicates([s.name for s in states])]
    problems += [f"event {n!r} declared twice" for n in _duplicates([e.name for e in events])]
    problems += [f"event {e.name!r} has no roles" for e in events if not e.roles]
    problems += [f"event {e.name!r} has no route" for e in events if not e.all_routes]
    return problems


def _check_routes(states: Sequence[State], opening: Opening, events: Sequence[Event]) -> list[str]:
    known = {s.name for s in states}
    final = {s.name for s in states if s.final}
    problems = [] if opening.state in known else [f"opening state {opening.state!r} is not declared"]
    if not opening.roles:
        problems.append("the opening has no roles")
    for event in events:
        for route in event.all_routes:
            for state in (*route.source, *([route.dest] if route.dest else [])):
                if state not in known:
                    problems.append(f"event {event.name!r} names unknown state {state!r}")
            problems += [f"event {event.name!r} leaves final state {s!r}" for s in route.source if s in final]
    return problems


def _edges(events: Sequence[Event]) -> list[tuple[str, str]]:
    return [(source, route.dest) for event in events for route in event.all_routes
            for source in route.source if route.dest is not None]


def _check_reachability(states: Sequence[State], opening: Opening, events: Sequence[Event]) -> list[str]:
    edges = _edges(events)
    reached, frontier = {opening.state}, [opening.state]
    while frontier:
        here = frontier.pop()
        for source, dest in edges:
            if source == here and dest not in reached:
                reached.add(dest)
                frontier.append(dest)
    problems = [f"state {s.name!r} is unreachable from {opening.state!r}" for s in states
                if s.name not in reached]
    exits = {source for source, dest in edges if dest != source}
    problems += [f"non-final state {s.name!r} has no exit" for s in states
                 if not s.final and s.name not in exits]
    return problems


def _check_clocks(opening: Opening, events: Sequence[Event], registry: Registry) -> list[str]:
    started = {a.rule for a in opening.clocks if a.kind == "start"}
    started |= {a.rule for e in events for a in e.clocks if a.kind == "start"}
    problems = []
    for owner, actions in (("opening", opening.clocks), *((f"event {e.name!r}", e.clocks) for e in events)):
        for action in actions:
            if action.rule == ALL_RUNNING:
                continue
            if action.rule not in registry:
                problems.append(f"{owner} touches clock {action.rule!r}, not in the rules registry")
            elif action.kind not in ("start", "finish") and action.rule not in started:
                problems.append(f"{owner} {action.kind}s clock {action.rule!r}, which nothing starts")
    return problems

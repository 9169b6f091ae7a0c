"""Hypothesis strategies for officeflow's values (测试数据生成), shipped for users' property tests.

Importable only when Hypothesis is installed (``pip install 'officeflow[test]'``); officeflow
itself never needs it. With officeflow installed, ``st.from_type(Actor)`` (and ``WorkCalendar``,
``TimeLimit``, ``Clock``) work in any suite through Hypothesis' entry point.

* :func:`actors`, :func:`dates`, :func:`datetimes`, :func:`calendars`, :func:`time_limits`,
  :func:`clocks` — values.
* :func:`cases` — cases of a process in any reachable state, built by valid event sequences.
* :func:`state_machine` — a ready ``RuleBasedStateMachine`` for a process, checking the kernel's
  invariants after every step.
* :func:`tampered` and :func:`tamper_outcome` — serialised cases with one thing changed, and the
  check that such data is refused or harmless, never loaded half-way.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import re
from collections.abc import Callable
from typing import Any

try:
    from hypothesis import reject
    from hypothesis import strategies as st
    from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
except ImportError:  # pragma: no cover - exercised only without hypothesis
    from officeflow.errors import MissingDependency

    raise MissingDependency("officeflow.strategies", "hypothesis", "test") from None

import pendulum

from officeflow.actors import Actor
from officeflow.calendar import WorkCalendar, adjustments, china
from officeflow.clock import Clock
from officeflow.dates import SHANGHAI
from officeflow.errors import AccessDenied, EventRefused, InvalidCaseData, InvalidValue, OfficeflowError
from officeflow.process import Case, Event, Field, Process
from officeflow.rules import DEFAULT, Registry, TimeLimit
from officeflow.rules.model import Direction
from officeflow.security import Classification

Draw = Callable[..., Any]
"""A draw function: Hypothesis' ``draw`` in a composite, or a ``DataObject.draw``."""

NAMES = ("王芳", "李明", "张伟", "刘洋", "陈静", "赵磊")
UNITS = ("办公室", "信访办", "法规处", "综合处", "督查室")
_TEXT = st.text(alphabet="办理意见情况复杂已处理同意abc 123", min_size=1, max_size=12).filter(str.strip)
_REFUSALS = (EventRefused, AccessDenied, InvalidValue)


def actors(roles: Any = None, names: Any = None) -> st.SearchStrategy[Actor]:
    """Actors; ``roles`` a set every actor has (default: a random set of sample roles)."""
    role_sets = st.just(frozenset(roles)) if roles is not None else st.frozensets(
        st.sampled_from(("petition_officer", "organ_head", "review_officer", "recheck_officer",
                         "office_reviewer", "signer")), max_size=3)
    return st.builds(Actor, names if names is not None else st.sampled_from(NAMES),
                     st.sampled_from(UNITS), role_sets, st.sampled_from(list(Classification)))


def dates(calendar: WorkCalendar | None = None, *,
          margin_days: int = 400) -> st.SearchStrategy[pendulum.Date]:
    """Dates inside the calendar's coverage, leaving ``margin_days`` before its end so periods
    started on them still end inside it."""
    cal = calendar or china()
    first, last = cal.coverage.first, cal.coverage.last.subtract(days=margin_days)
    return st.dates(_dt.date(first.year, first.month, first.day),
                    _dt.date(last.year, last.month, last.day)).map(cal.date_of)


def datetimes(calendar: WorkCalendar | None = None, *,
              margin_days: int = 400) -> st.SearchStrategy[pendulum.DateTime]:
    """Aware datetimes in Asia/Shanghai whose dates lie inside the coverage (see :func:`dates`)."""
    return st.builds(lambda d, minutes: pendulum.datetime(d.year, d.month, d.day, tz=SHANGHAI).add(
        minutes=minutes), dates(calendar, margin_days=margin_days), st.integers(8 * 60, 18 * 60))


def calendars() -> st.SearchStrategy[WorkCalendar]:
    """The national calendar, or it with an agency's closure days stacked on top."""
    closure = st.lists(dates(margin_days=0), min_size=1, max_size=5, unique=True).map(
        lambda days: china().with_layers(adjustments("agency closure", rest=days, holiday="机关闭馆")))
    return st.one_of(st.just(china()), closure)


def time_limits(registry: Registry = DEFAULT) -> st.SearchStrategy[TimeLimit]:
    """Forward limits from the registry (those set per case get an amount of 1–30)."""
    forward = [r for r in registry.all() if r.direction is Direction.FORWARD]
    fixed = [r for r in forward if r.amount is not None]
    per_case = [r for r in forward if r.amount is None]
    options = [st.sampled_from(fixed)]
    if per_case:
        options.append(st.builds(lambda r, n: r.with_amount(n), st.sampled_from(per_case),
                                 st.integers(1, 30)))
    return st.one_of(options)


@st.composite
def clocks(draw: st.DrawFn, limits: st.SearchStrategy[TimeLimit] | None = None,
           calendar: WorkCalendar | None = None, max_steps: int = 5) -> Clock:
    """Clocks built by random valid operations: stop/resume, extend, restart, finish."""
    rule = draw(limits or time_limits())
    clock = Clock.start(rule, draw(dates(calendar)), calendar)
    for _ in range(draw(st.integers(0, max_steps))):
        step = draw(st.sampled_from(_CLOCK_STEPS))
        on = clock.last_event_on.add(days=draw(st.integers(0, 20)))
        try:
            clock = step(clock, on, draw)
        except OfficeflowError:
            continue
    return clock


_CLOCK_STEPS: tuple[Callable[[Clock, pendulum.Date, st.DrawFn], Clock], ...] = (
    lambda c, on, draw: c.stop(on, draw(st.sampled_from(sorted(c.rule.stop_reasons) or ["none"]))),
    lambda c, on, draw: c.resume(on),
    lambda c, on, draw: c.extend(on, draw(st.sampled_from(NAMES)), "情况复杂",
                                 draw(st.none() | st.integers(1, 30))),
    lambda c, on, draw: c.restart(on),
    lambda c, on, draw: c.finish(on),
)


# -- payloads, cases and state machines ---------------------------------------------------------

def _field_value(draw: Draw, field: Field, case: Case | None, today: pendulum.Date) -> Any:
    if field.choices_from and case is not None and case.data.get(field.choices_from):
        return draw(st.sampled_from(list(case.data[field.choices_from])))
    if field.kind == "date" and field.future:
        return today.add(days=draw(st.integers(0, 60)))
    if field.kind == "date":
        earliest = case.last_at.date() if case is not None else today.subtract(days=5)
        span = max(0, (today - earliest).days)
        return today.subtract(days=draw(st.integers(0, span)))
    if field.kind == "choice":
        return draw(st.sampled_from(field.choices))
    if field.kind == "texts" and field.choices:
        return draw(st.lists(st.sampled_from(field.choices), min_size=1, unique=True))
    if field.name.endswith("unit") and field.kind == "text":
        return draw(st.sampled_from(UNITS))
    if field.name in ("to", "requested_by") or field.name.endswith("_by"):
        return draw(st.sampled_from(NAMES))
    return draw(_KIND_STRATEGIES[field.kind])


_KIND_STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "text": _TEXT,
    "texts": st.lists(st.sampled_from(UNITS), min_size=1, max_size=3, unique=True),
    "int": st.integers(1, 40),
    "bool": st.booleans(),
}


def payloads(draw: Draw, fields: tuple[Field, ...], case: Case | None,
             today: pendulum.Date) -> dict[str, Any]:
    """A payload for ``fields``: required ones always, optional ones sometimes."""
    return {f.name: _field_value(draw, f, case, today) for f in fields
            if f.required or draw(st.booleans())}


def _actor_for(draw: Draw, case: Case, event: Event) -> Actor:
    """Someone with the event's roles: often the owner, often from a unit the case names."""
    named_units = [v for v in case.data.values() if isinstance(v, str) and v in UNITS]
    unit = draw(st.sampled_from(named_units + list(UNITS)))
    if event.owner_only or draw(st.integers(0, 3)) == 0:
        return Actor(case.owner, unit, event.roles)
    return Actor(draw(st.sampled_from(NAMES)), unit, event.roles)


def _open(draw: Draw, process: Process, calendar: WorkCalendar | None) -> Case:
    at = draw(datetimes(calendar, margin_days=500)).add(days=5)  # opening dates go up to 5 days back
    by = draw(actors(roles=process.opening.roles))
    data = payloads(draw, process.opening.fields, None, at.date())
    try:
        return process.open(  # io-ok: opens a case, not a file
            f"{process.name}-{draw(st.integers(1, 9999)):04d}", at=at, by=by, calendar=calendar, **data)
    except _REFUSALS:
        reject()  # an opening its guards refuse (e.g. a receipt date missing for the channel)


def _step(draw: Draw, case: Case, name: str) -> Case:
    """Try one event with a drawn actor, time and payload; refusals return the case unchanged."""
    event = case.process.event(name)
    at = case.last_at.add(hours=draw(st.integers(0, 24 * 20)))
    payload = payloads(draw, event.fields, case, at.date())
    try:
        return case.apply(name, at=at, by=_actor_for(draw, case, event), **payload)
    except _REFUSALS:
        return case


def _moving(process: Process, allowed: tuple[str, ...]) -> list[str]:
    """Allowed events, those that move the case to a non-final state weighted six times, so
    random walks reach the deep states as well as the early exits."""
    onward = [name for name in allowed for route in process.event(name).all_routes
              if route.dest is not None and not process.state(route.dest).final]
    return [*allowed, *onward * 5]


@st.composite
def cases(draw: st.DrawFn, process: Process, *, max_events: int = 16,
          calendar: WorkCalendar | None = None) -> Case:
    """Cases of ``process`` in any reachable state, built by valid event sequences with
    increasing times (refused attempts are skipped)."""
    case = _open(draw, process, calendar)
    for _ in range(draw(st.integers(0, max_events))):
        allowed = case.allowed_events()
        if not allowed or draw(st.integers(0, 11)) == 0:  # sometimes stop early, in any state
            break
        case = _step(draw, case, draw(st.sampled_from(_moving(process, allowed))))
    return case


class CaseMachine(RuleBasedStateMachine):
    """Base of :func:`state_machine`: one case driven by the process's events."""

    process: Process
    calendar: WorkCalendar | None = None

    def __init__(self) -> None:
        super().__init__()
        self.case: Case | None = None

    @initialize(data=st.data())
    def open_case(self, data: st.DataObject) -> None:
        self.case = _open(data.draw, self.process, self.calendar)

    def _try(self, name: str, data: st.DataObject) -> None:
        case = self.case
        assert case is not None
        before = case.to_dict()
        event = case.process.event(name)
        at = case.last_at.add(hours=data.draw(st.integers(0, 24 * 20), label="hours later"))
        payload = payloads(data.draw, event.fields, case, at.date())
        by = _actor_for(data.draw, case, event)
        try:
            new = case.apply(name, at=at, by=by, **payload)
        except _REFUSALS:
            assert case.to_dict() == before, "a refused event changed the case"
            return
        assert len(new.history) == len(case.history) + 1
        assert new.history[: len(case.history)] == case.history, "history is append-only"
        assert case.to_dict() == before, "apply changed the original case"
        self.case = new

    @rule()
    def look(self) -> None:
        """Reading the case changes nothing (and keeps a rule available once the case is final)."""
        if self.case is not None:
            before = self.case.to_dict()
            self.case.allowed_events()
            self.case.diagram()
            assert self.case.to_dict() == before

    @rule(data=st.data())
    def refused_event(self, data: st.DataObject) -> None:
        """An event the state does not allow is refused and changes nothing."""
        assert self.case is not None
        others = [e.name for e in self.process.events if e.name not in self.case.allowed_events()]
        if not others:
            return
        name = data.draw(st.sampled_from(others))
        before = self.case.to_dict()
        tester = Actor("测试", "办公室", self.process.roles_for(name))
        try:
            self.case.apply(name, at=self.case.last_at, by=tester)
        except EventRefused as refusal:
            refused = (refusal.event, refusal.state)
        else:
            raise AssertionError(f"{name} was accepted in state {self.case.state}")
        assert refused == (name, self.case.state)
        assert self.case.to_dict() == before

    @invariant()
    def history_replays(self) -> None:
        """Serialised and replayed, the case is the same case."""
        if self.case is not None:
            assert self.process.from_dict(self.case.to_dict(), calendar=self.case.calendar) == self.case

    @invariant()
    def clocks_consistent(self) -> None:
        """Every clock is what its own events give, and due is None exactly while stopped."""
        if self.case is None:
            return
        for rule_id, clock in self.case.clocks.items():
            assert clock.rule.id == rule_id
            assert (clock.due is None) == clock.stopped
            assert Clock.from_dict(clock.to_dict(), calendar=clock.calendar,
                                   registry=self.process.registry) == clock

    @invariant()
    def history_in_order(self) -> None:
        """History times never go backwards and the state is a declared state."""
        if self.case is None:
            return
        times = [entry.at for entry in self.case.history]
        assert times == sorted(times)
        self.process.state(self.case.state)


def state_machine(process: Process, *, calendar: WorkCalendar | None = None) -> type[CaseMachine]:
    """A ``RuleBasedStateMachine`` whose rules are ``process``'s events (each guarded by a
    precondition that the state allows it) and whose invariants are the kernel's.

    >>> TestPetition = state_machine(petition.PROCESS).TestCase  # doctest: +SKIP
    """
    namespace: dict[str, Any] = {"process": process, "calendar": calendar}
    for event in process.events:
        namespace[f"event_{event.name}"] = _event_rule(event.name)
    return type(f"{process.name.title()}Machine", (CaseMachine,), namespace)


def _event_rule(name: str) -> Any:
    def step(self: CaseMachine, data: st.DataObject) -> None:
        self._try(name, data)

    step.__name__ = f"event_{name}"
    allowed = precondition(lambda self: self.case is not None and name in self.case.allowed_events())
    return allowed(rule(data=st.data())(step))


# -- tampering (security.md: tampered serialised data is always rejected) -----------------------

def _nodes(node: Any, path: tuple[Any, ...] = ()) -> Any:
    """Every (path, value) under a JSON-like ``node``."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        yield (*path, key), value
        yield from _nodes(value, (*path, key))


def _near_miss(value: Any) -> st.SearchStrategy[Any]:
    """A date a few days off or a time minutes off; nothing for other values."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return st.integers(-3, 3).filter(bool).map(
            lambda n: pendulum.Date.fromisoformat(value).add(days=n).isoformat())
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT.*", value):
        moment = _dt.datetime.fromisoformat(value)
        return st.integers(-3000, 3000).filter(bool).map(
            lambda n: (moment + _dt.timedelta(minutes=n)).isoformat())
    return st.nothing()


@st.composite
def tampered(draw: st.DrawFn, case: Case) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """``case.to_dict()`` with one thing changed — replaced (by a near miss, another leaf of the
    same data, or junk), deleted, or an item inserted — and the path of what changed."""
    original = json.loads(json.dumps(case.to_dict()))
    nodes = list(_nodes(original))
    path, value = draw(st.sampled_from(nodes), label="path")
    leaves = sorted({json.dumps(v, sort_keys=True) for _, v in nodes if not isinstance(v, dict | list)})
    junk: st.SearchStrategy[Any] = st.one_of(_near_miss(value), st.sampled_from(leaves).map(json.loads),
                     st.sampled_from([None, 0, 1, -1, 1.5, "", "x", True, [], {}]))
    changed = copy.deepcopy(original)
    parent = changed
    for key in path[:-1]:
        parent = parent[key]
    action = draw(st.sampled_from(["replace", "delete", "insert"]), label="action")
    if action == "delete":
        del parent[path[-1]]
    elif action == "insert" and isinstance(parent[path[-1]], list) and parent[path[-1]]:
        target = parent[path[-1]]
        target.insert(draw(st.integers(0, len(target))), copy.deepcopy(draw(st.sampled_from(target))))
    elif action == "insert" and isinstance(parent[path[-1]], dict):
        parent[path[-1]]["extra"] = draw(junk)
    else:
        parent[path[-1]] = draw(junk, label="new value")
    return path, changed


def tamper_outcome(case: Case, path: tuple[Any, ...], changed: dict[str, Any]) -> str:
    """Load tampered data and check the kernel's promise; returns what happened.

    ``"rejected"`` (InvalidCaseData) or ``"immaterial"`` (an equal case) for any change. The
    recorded state, owner, data and clocks are derived from the history, so a change there never
    loads as a different case. The history (and the id) is the record itself: a change there that
    replays consistently loads exactly as written (``"history rewritten"``) — never half-way. An
    integrity seal over the history is outside the library's pure domain.
    """
    try:
        loaded = case.process.from_dict(changed, calendar=case.calendar)
    except InvalidCaseData:
        return "rejected"
    if loaded == case:
        return "immaterial"
    assert path[0] in ("history", "id"), f"tampered {path} loaded as a different case"
    replayed = loaded.to_dict()
    for key in ("id", "state", "owner", "data", "clocks"):
        assert replayed[key] == changed[key], f"{key} is not what the data says"
    def moments(history: list[dict[str, Any]]) -> list[tuple[str, _dt.datetime]]:
        return [(e["event"], _dt.datetime.fromisoformat(e["at"])) for e in history]

    assert moments(replayed["history"]) == moments(changed["history"])
    return "history rewritten"


def register_type_strategies() -> None:
    """Make ``st.from_type`` work for Actor, WorkCalendar, TimeLimit and Clock."""
    st.register_type_strategy(Actor, actors())
    st.register_type_strategy(WorkCalendar, calendars())
    st.register_type_strategy(TimeLimit, time_limits())
    st.register_type_strategy(Clock, clocks())


__all__ = ["CaseMachine", "actors", "calendars", "cases", "clocks", "dates", "datetimes", "payloads",
           "register_type_strategies", "state_machine", "tamper_outcome", "tampered", "time_limits"]

"""The process kernel (``officeflow.process``) in isolation, on small processes declared here.

* ``COUNTERSIGN`` — parallel countersign (会签, processes.md §1): every listed unit concurs, in any
  order, once; the last concurrence sends the draft on (a route whose condition reads the data an
  ``effect`` has just computed); one objection returns it with the reason ``records``-ed; the
  drafter owns the draft (``owner_only``) until a recorded handover (``hands_over``).
* ``LICENCE`` — a decision clock stopped, resumed, extended and finished by events, and routes
  chosen by a payload field (grant / deny; "defer" matches no route).
* ``FIRST_WINS`` / ``SECOND_WINS`` — the same two routes in the two orders: the first that holds
  is taken.

Then: the static checks at declaration, case immutability, refusals and their messages, payload
and time validation, serialisation and tampering, diagrams, the one shared ``transitions``
Machine, and the differential test between the compiled table and ``transitions`` itself.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
from types import MappingProxyType
from typing import Any

import attrs
import hypothesis
import pendulum
import pytest
import transitions
from hypothesis import given, settings
from hypothesis import strategies as st

import officeflow
from officeflow import AccessDenied, EventRefused, InvalidCaseData, InvalidType, InvalidValue, OfficeflowError
from officeflow.actors import Actor
from officeflow.process import (
    ALL_RUNNING,
    Case,
    ClockAction,
    Context,
    Event,
    Field,
    Guard,
    HistoryEntry,
    Opening,
    Process,
    ProcessDefinitionError,
    Route,
    State,
    differs,
    engine,
    extends,
    finishes,
    kernel,
    resumes,
    starts,
    stops,
)
from officeflow.process.fields import check_payload
from officeflow.processes import petition
from officeflow.rules import DEFAULT, LICENSING_STOPS, Registry
from officeflow.rules.model import TimeLimit, Unit
from officeflow.strategies import UNITS, actors, cases, payloads, tamper_outcome, tampered

D = pendulum.Date
T0 = pendulum.datetime(2026, 3, 2, 9, tz="Asia/Shanghai")  # Monday 2 March 2026


def at(days: float = 0, hours: float = 0) -> pendulum.DateTime:
    return T0.add(days=int(days), hours=int(hours))


# -- toy process 1: parallel countersign (会签) ---------------------------------------------------

DRAFTER = "drafter"
UNIT = "countersign_unit"


def _answered(ctx: Context) -> tuple[str, ...]:
    return tuple(ctx.case.data.get("concurred", ()))


def _listed_unit(ctx: Context) -> str | None:
    units = ctx.case.data["units"]
    if ctx.by.unit not in units:
        return f"{ctx.by.unit} is not a listed countersigning unit ({', '.join(units)})"
    return None


def _answers_once(ctx: Context) -> str | None:
    if ctx.by.unit in _answered(ctx):
        return f"{ctx.by.unit} has already answered"
    return None


def _concur(ctx: Context) -> dict[str, Any]:
    return {"concurred": (*_answered(ctx), ctx.by.unit)}


def _all_concurred(ctx: Context) -> bool:
    return set(ctx.data["units"]) <= set(ctx.data.get("concurred", ()))


LISTED = (Guard("listed unit", _listed_unit), Guard("answers once", _answers_once))
OPEN_DRAFT = ("drafting", "countersigning", "returned")

COUNTERSIGN = Process(
    "countersign", "会签",
    states=(
        State("drafting", "起草中"),
        State("countersigning", "会签中"),
        State("returned", "已退回"),
        State("approved", "会签完成", final=True),
        State("withdrawn", "已撤回", final=True),
    ),
    opening=Opening("draft", "起草", "drafting", roles=DRAFTER,
                    fields=(Field("title", label="标题"), Field("units", "texts", "会签单位")),
                    clocks=(starts("document.normal"),)),
    events=(
        Event("submit", "送会签", DRAFTER, "drafting", "countersigning", owner_only=True),
        Event("concur", "会签同意", UNIT, guards=LISTED, effect=_concur,
              fields=(Field("opinion", label="会签意见", required=False),),
              routes=(Route("countersigning", "approved", when=_all_concurred,
                            when_label="all units concurred"),
                      Route("countersigning", None))),
        Event("object", "会签不同意", UNIT, "countersigning", "returned", guards=LISTED,
              fields=(Field("reason", label="不同意理由"),), records=("reason",)),
        Event("revise", "修改后重新送会签", DRAFTER, "returned", "countersigning", owner_only=True,
              effect=lambda ctx: {"concurred": ()}),
        Event("handover", "移交", DRAFTER, OPEN_DRAFT, None, owner_only=True,
              fields=(Field("to", label="接手人"),), hands_over="to"),
        Event("withdraw", "撤回", DRAFTER, OPEN_DRAFT, "withdrawn", clocks=(finishes(ALL_RUNNING),)),
    ),
)

WANG = Actor("王芳", "办公室", {DRAFTER})
LI = Actor("李明", "办公室", {DRAFTER})
LEGAL = Actor("张伟", "法规处", {UNIT})
GENERAL = Actor("刘洋", "综合处", {UNIT})
SUPERVISION = Actor("陈静", "督查室", {UNIT})
OUTSIDER = Actor("赵磊", "信访办", {UNIT})
THREE_UNITS = ("法规处", "综合处", "督查室")


def draft(units: tuple[str, ...] = THREE_UNITS, by: Actor = WANG) -> Case:
    return COUNTERSIGN.open("FW-2026-001", at=at(), by=by, title="关于加强值班工作的通知", units=units)


def in_countersign(units: tuple[str, ...] = THREE_UNITS) -> Case:
    return draft(units).apply("submit", at=at(hours=1), by=WANG)


# -- toy process 2: a decision clock with stops, an extension and payload-chosen routes ------------

CLERK, HEAD = "clerk", "organ_head"
LICENCE = Process(
    "licence", "许可",
    states=(
        State("in_review", "审查中"),
        State("suspended", "中止审查"),
        State("granted", "准予许可", final=True),
        State("denied", "不予许可", final=True),
    ),
    opening=Opening("accept", "受理", "in_review", roles=CLERK, clocks=(starts("licensing.decision"),)),
    events=(
        Event("suspend", "中止", CLERK, "in_review", "suspended",
              fields=(Field("reason", "choice", "中止事由", choices=tuple(sorted(LICENSING_STOPS))),),
              clocks=(stops("licensing.decision"),)),
        Event("resume", "恢复", CLERK, "suspended", "in_review", clocks=(resumes("licensing.decision"),)),
        Event("extend", "延长", HEAD, "in_review", None,
              fields=(Field("reason", label="理由"), Field("requested_by", label="申请人"),
                      Field("amount", "int", "延长工作日", required=False)),
              guards=(differs("requested_by", "approve"),), clocks=(extends("licensing.decision"),)),
        Event("decide", "决定", CLERK,
              fields=(Field("outcome", "choice", "结论", choices=("grant", "deny", "defer")),),
              routes=(Route("in_review", "granted", when=lambda ctx: ctx.payload["outcome"] == "grant",
                            when_label="outcome is grant"),
                      Route("in_review", "denied", when=lambda ctx: ctx.payload["outcome"] == "deny",
                            when_label="outcome is deny")),
              clocks=(finishes("licensing.decision"),)),
    ),
)
CLERK_ZHOU = Actor("周敏", "审批科", {CLERK})
HEAD_SUN = Actor("孙强", "局领导", {HEAD})


def licence() -> Case:
    """行政许可法 art. 42: accepted Monday 2026-09-21, decision due Monday 2026-10-26."""
    return LICENCE.open("XK-1", at=pendulum.datetime(2026, 9, 21, 10, tz="Asia/Shanghai"), by=CLERK_ZHOU)


# -- toy processes 3 and 4: route order -----------------------------------------------------------


def _ordered(name: str, first: str, second: str) -> Process:
    return Process(
        name, "路由顺序",
        states=(State("start", "开始"), State("a", "甲", final=True), State("b", "乙", final=True)),
        opening=Opening("open", "开始", "start", roles=CLERK),
        events=(Event("go", "流转", CLERK,
                      routes=(Route("start", first, when=lambda ctx: True, when_label="always"),
                              Route("start", second))),),
    )


FIRST_WINS = _ordered("first_wins", "a", "b")
SECOND_WINS = _ordered("second_wins", "b", "a")

PROCESSES = (COUNTERSIGN, LICENCE, FIRST_WINS, petition.PROCESS)


def snapshot(case: Case) -> str:
    return json.dumps(case.to_dict(), ensure_ascii=False, sort_keys=True)


# -- declaring a process ------------------------------------------------------------------------


def test_actor_is_part_of_the_public_api():
    assert officeflow.Actor is Actor
    assert Actor("王芳", "办公室").roles == frozenset()
    assert Actor("王芳", "办公室", "drafter").roles == {"drafter"}
    assert Actor("王芳", "办公室", clearance="秘密").clearance.code == "secret"
    with pytest.raises(InvalidValue, match=r"Actor\.name"):
        Actor(" ", "办公室")
    assert Actor.from_dict(WANG.to_dict()) == WANG


def test_a_declared_process_lists_its_states_events_and_roles():
    assert tuple(s.name for s in COUNTERSIGN.states) == (
        "drafting", "countersigning", "returned", "approved", "withdrawn")
    assert tuple(e.name for e in COUNTERSIGN.events) == (
        "submit", "concur", "object", "revise", "handover", "withdraw")
    assert COUNTERSIGN.roles_for("concur") == frozenset({UNIT})
    assert COUNTERSIGN.roles_for("draft") == frozenset({DRAFTER})  # the opening
    with pytest.raises(officeflow.UnknownName, match=r"did you mean 'concur'"):
        COUNTERSIGN.roles_for("concurr")
    assert COUNTERSIGN.event("concur").internal is False
    assert COUNTERSIGN.event("handover").internal is True
    assert COUNTERSIGN.state("approved").final
    assert repr(COUNTERSIGN) == "<Process countersign (会签): 5 states, 6 events>"


def test_event_shorthand_source_dest_is_one_route_tried_first():
    event = Event("e", "事", "r", ("x", "y"), "z", routes=(Route("w", None),))
    assert event.all_routes == (Route(("x", "y"), "z"), Route(("w",), None))
    assert Route("x", "y").source == ("x",)
    assert event.roles == frozenset({"r"})


def test_clock_actions_and_fields_reject_unknown_kinds():
    with pytest.raises(InvalidValue, match=r"ClockAction.kind.*start, stop, resume, extend"):
        ClockAction("pause", "licensing.decision")
    with pytest.raises(InvalidValue, match=r"Field 'x'.kind"):
        Field("x", "colour")
    with pytest.raises(InvalidValue, match=r"Field 'x'.choices"):
        Field("x", "choice")
    assert stops("licensing.decision", reason="why") == ClockAction("stop", "licensing.decision", None, "why")
    assert extends("petition.handling").kind == "extend"


# -- static checks at declaration ---------------------------------------------------------------

BASE_STATES = (State("open", "办理中"), State("done", "办结", final=True))
BASE_OPENING = Opening("start", "开始", "open", roles=CLERK)
BASE_EVENTS = (Event("finish", "办结", CLERK, "open", "done"),)


def declare(states=BASE_STATES, opening=BASE_OPENING, events=BASE_EVENTS, registry=DEFAULT) -> Process:
    return Process("probe", "探针", states=states, opening=opening, events=events, registry=registry)


def test_the_base_probe_is_well_defined():
    assert declare().allowed("open") == ("finish",)


@pytest.mark.parametrize(("states", "opening", "events", "problem"), [
    pytest.param((*BASE_STATES, State("limbo", "悬置")), BASE_OPENING,
                 (*BASE_EVENTS, Event("leave", "离开", CLERK, "limbo", "done")),
                 "state 'limbo' is unreachable from 'open'", id="unreachable state"),
    pytest.param((*BASE_STATES, State("stuck", "搁置")), BASE_OPENING,
                 (*BASE_EVENTS, Event("park", "搁置", CLERK, "open", "stuck"),
                  Event("note", "备注", CLERK, "stuck", None)),
                 "non-final state 'stuck' has no exit", id="non-final state without exit"),
    pytest.param(BASE_STATES, BASE_OPENING, (Event("finish", "办结", (), "open", "done"),),
                 "event 'finish' has no roles", id="event without roles"),
    pytest.param(BASE_STATES, Opening("start", "开始", "open", roles=()), BASE_EVENTS,
                 "the opening has no roles", id="opening without roles"),
    pytest.param(BASE_STATES, BASE_OPENING,
                 (*BASE_EVENTS, Event("reopen", "重新办理", CLERK, "done", "open")),
                 "event 'reopen' leaves final state 'done'", id="event leaving a final state"),
    pytest.param(BASE_STATES, BASE_OPENING, (Event("finish", "办结", CLERK, "open", "closed"),),
                 "event 'finish' names unknown state 'closed'", id="unknown destination"),
    pytest.param(BASE_STATES, BASE_OPENING,
                 (*BASE_EVENTS, Event("skip", "跳过", CLERK, routes=(Route(("open", "nowhere"), "done"),))),
                 "event 'skip' names unknown state 'nowhere'", id="unknown source in a route"),
    pytest.param(BASE_STATES, Opening("start", "开始", "limbo", roles=CLERK), BASE_EVENTS,
                 "opening state 'limbo' is not declared", id="unknown opening state"),
    pytest.param(BASE_STATES, Opening("start", "开始", "open", roles=CLERK,
                                      clocks=(starts("petition.intak"),)), BASE_EVENTS,
                 "opening touches clock 'petition.intak', not in the rules registry", id="unknown clock"),
    pytest.param(BASE_STATES, BASE_OPENING,
                 (Event("finish", "办结", CLERK, "open", "done", clocks=(stops("licensing.decision"),)),),
                 "event 'finish' stops clock 'licensing.decision', which nothing starts",
                 id="clock stopped but never started"),
    pytest.param(BASE_STATES, BASE_OPENING,
                 (Event("finish", "办结", CLERK, "open", "done", clocks=(extends("petition.handling"),)),),
                 "event 'finish' extends clock 'petition.handling', which nothing starts",
                 id="clock extended but never started"),
    pytest.param((*BASE_STATES, State("open", "重复")), BASE_OPENING, BASE_EVENTS,
                 "state 'open' declared twice", id="duplicate state"),
    pytest.param(BASE_STATES, BASE_OPENING, (*BASE_EVENTS, Event("finish", "再办结", CLERK, "open", "done")),
                 "event 'finish' declared twice", id="duplicate event"),
    pytest.param(BASE_STATES, BASE_OPENING, (*BASE_EVENTS, Event("noop", "空", CLERK)),
                 "event 'noop' has no route", id="event without route"),
])
def test_static_checks_refuse_a_bad_declaration(states, opening, events, problem):
    with pytest.raises(ProcessDefinitionError) as caught:
        declare(states, opening, events)
    message = str(caught.value)
    assert message.startswith("process 'probe' is not well defined:")
    assert f"  - {problem}" in message
    assert isinstance(caught.value, OfficeflowError)
    assert isinstance(caught.value, ValueError)


def test_static_checks_report_every_problem_at_once():
    with pytest.raises(ProcessDefinitionError) as caught:
        declare((*BASE_STATES, State("limbo", "悬置")), BASE_OPENING,
                (Event("finish", "办结", (), "open", "done"), Event("reopen", "重办", CLERK, "done", "open")))
    message = str(caught.value)
    for problem in ("event 'finish' has no roles", "event 'reopen' leaves final state 'done'",
                    "state 'limbo' is unreachable", "non-final state 'limbo' has no exit"):
        assert problem in message


def test_clocks_are_checked_against_the_process_registry():
    agency = TimeLimit("agency.reply", "本机关答复", 5, Unit.WORKING_DAYS, "receipt",
                       DEFAULT.get("document.normal").source)
    registry = Registry([agency])
    opening = Opening("start", "开始", "open", roles=CLERK, clocks=(starts("agency.reply"),))
    probe = declare(opening=opening, registry=registry)
    case = probe.open("P-1", at=at(), by=Actor("周敏", "审批科", {CLERK}))
    assert case.clock("agency.reply").due == D(2026, 3, 9)  # 5 working days after Monday 2 March
    with pytest.raises(ProcessDefinitionError, match=r"'agency.reply', not in the rules registry"):
        declare(opening=opening)  # the default registry has no such rule
    normal = Opening("start", "开始", "open", roles=CLERK, clocks=(starts("document.normal"),))
    with pytest.raises(ProcessDefinitionError, match=r"'document.normal', not in the rules registry"):
        declare(opening=normal, registry=registry)


def test_finishing_every_running_clock_needs_no_registered_rule():
    events = (Event("finish", "办结", CLERK, "open", "done", clocks=(finishes(ALL_RUNNING),)),)
    assert declare(events=events).event("finish").clocks == (ClockAction("finish", "*"),)


# -- opening a case -----------------------------------------------------------------------------


def test_open_records_the_opening_and_starts_its_clocks():
    case = draft()
    assert (case.id, case.state, case.owner) == ("FW-2026-001", "drafting", "王芳")
    assert case.state_label == "起草中"
    assert dict(case.data) == {"title": "关于加强值班工作的通知", "units": THREE_UNITS}
    assert case.history == (HistoryEntry("draft", at(), WANG, case.data),)
    assert case.clock("document.normal").due == D(2026, 3, 11)  # 7 working days after Monday 2 March
    assert case.final is False
    assert case.last_at == at()
    assert case.process is COUNTERSIGN
    assert repr(case) == "<Case countersign:FW-2026-001 drafting (起草中), owner 王芳, 1 events>"


def test_open_validates_id_time_actor_role_and_payload():
    with pytest.raises(InvalidValue, match=r"case_id"):
        COUNTERSIGN.open(" ", at=at(), by=WANG, title="t", units=["法规处"])
    with pytest.raises(InvalidType, match=r"naive datetime has no time zone"):
        COUNTERSIGN.open("X", at=dt.datetime(2026, 3, 2, 9), by=WANG, title="t", units=["法规处"])
    with pytest.raises(InvalidType, match=r"by: got str"):
        COUNTERSIGN.open("X", at=at(), by="王芳", title="t", units=["法规处"])
    with pytest.raises(AccessDenied, match=r"needs one of the roles \['drafter'\]"):
        COUNTERSIGN.open("X", at=at(), by=LEGAL, title="t", units=["法规处"])
    with pytest.raises(InvalidValue, match=r"countersign.draft.units: got None"):
        COUNTERSIGN.open("X", at=at(), by=WANG, title="t")
    with pytest.raises(InvalidValue, match=r"units: .*distinct entries"):
        COUNTERSIGN.open("X", at=at(), by=WANG, title="t", units=["法规处", "法规处"])
    with pytest.raises(InvalidValue, match=r"payload field: got 'urgency'"):
        COUNTERSIGN.open("X", at=at(), by=WANG, title="t", units=["法规处"], urgency="特急")


def test_open_outside_the_calendar_is_refused_with_the_coverage():
    with pytest.raises(InvalidValue, match=r"dates within the calendar.*outside the calendar's coverage"):
        LICENCE.open("XK-2030", at=pendulum.datetime(2030, 1, 2, tz="Asia/Shanghai"), by=CLERK_ZHOU)


# -- parallel countersign: routes, effect, guards ---------------------------------------------------


@pytest.mark.parametrize("order", list(itertools.permutations((LEGAL, GENERAL, SUPERVISION))))
def test_countersign_units_answer_in_any_order_and_the_last_concurrence_sends_it_on(order):
    case = in_countersign()
    for index, unit in enumerate(order):
        assert case.state == "countersigning"
        case = case.apply("concur", at=at(days=1 + index), by=unit)
    assert case.state == "approved"
    assert case.data["concurred"] == tuple(unit.unit for unit in order)
    assert case.final
    assert case.allowed_events() == ()
    assert [entry.event for entry in case.history] == ["draft", "submit", "concur", "concur", "concur"]


def test_one_unit_alone_does_not_complete_a_three_unit_countersign():
    case = in_countersign().apply("concur", at=at(days=1), by=LEGAL, opinion="同意")
    assert case.state == "countersigning"
    assert case.history[-1].payload == {"opinion": "同意"}
    assert "opinion" not in case.data  # only ``records`` fields and the effect change the data


def test_countersign_guards_refuse_with_their_reason():
    case = in_countersign(("法规处", "综合处"))
    with pytest.raises(EventRefused) as outsider:
        case.apply("concur", at=at(days=1), by=OUTSIDER)
    assert outsider.value.reason == "listed unit: 信访办 is not a listed countersigning unit (法规处, 综合处)"
    once = case.apply("concur", at=at(days=1), by=LEGAL)
    with pytest.raises(EventRefused, match=r"answers once: 法规处 has already answered"):
        once.apply("concur", at=at(days=2), by=Actor("另一人", "法规处", {UNIT}))
    with pytest.raises(EventRefused, match=r"answers once: 法规处 has already answered"):
        once.apply("object", at=at(days=2), by=LEGAL, reason="不同意")


def test_one_objection_returns_the_draft_with_the_reason_recorded():
    case = in_countersign().apply("concur", at=at(days=1), by=LEGAL)
    returned = case.apply("object", at=at(days=2), by=GENERAL, reason="与现行规定不一致")
    assert returned.state == "returned"
    assert returned.data["reason"] == "与现行规定不一致"  # ``records``
    again = returned.apply("revise", at=at(days=3), by=WANG)
    assert (again.state, again.data["concurred"]) == ("countersigning", ())  # the effect resets it
    for day, unit in enumerate((GENERAL, SUPERVISION, LEGAL), start=4):
        again = again.apply("concur", at=at(days=day), by=unit)
    assert again.state == "approved"


def test_routes_are_tried_in_order_and_the_first_that_holds_is_taken():
    first = FIRST_WINS.open("R-1", at=at(), by=CLERK_ZHOU).apply("go", at=at(), by=CLERK_ZHOU)
    second = SECOND_WINS.open("R-2", at=at(), by=CLERK_ZHOU).apply("go", at=at(), by=CLERK_ZHOU)
    assert (first.state, second.state) == ("a", "b")


def test_when_no_route_condition_holds_the_event_is_refused_naming_the_conditions():
    case = licence()
    with pytest.raises(EventRefused) as caught:
        case.apply("decide", at=case.last_at.add(days=3), by=CLERK_ZHOU, outcome="defer")
    assert caught.value.reason == "no route's condition holds: outcome is grant, outcome is deny"
    assert case.apply("decide", at=case.last_at.add(days=3), by=CLERK_ZHOU, outcome="deny").state == "denied"


def test_context_date_reads_a_payload_date_or_the_event_date():
    case = draft()
    ctx = Context(case, COUNTERSIGN.event("submit"), at(), D(2026, 3, 2), WANG,
                  {"received_on": D(2026, 2, 27), "note": "x"}, case.data)
    assert ctx.date("received_on") == D(2026, 2, 27)
    assert ctx.date("note") == D(2026, 3, 2)  # not a date: the event's date
    assert ctx.date(None) == D(2026, 3, 2)


# -- first-contact ownership: owner_only and hands_over ---------------------------------------------


def test_owner_only_events_need_the_owner_until_a_recorded_handover():
    case = draft()
    with pytest.raises(EventRefused, match=r"首问负责制.*王芳 owns this case until a recorded handover"):
        case.apply("submit", at=at(hours=1), by=LI)
    with pytest.raises(EventRefused, match=r"王芳 owns this case"):
        case.apply("handover", at=at(hours=1), by=LI, to="李明")  # only the owner hands over
    handed = case.apply("handover", at=at(hours=1), by=WANG, to="李明")
    assert (handed.owner, handed.state) == ("李明", "drafting")
    assert handed.history[-1].payload == {"to": "李明"}
    with pytest.raises(EventRefused, match=r"李明 owns this case"):
        handed.apply("submit", at=at(hours=2), by=WANG)
    assert handed.apply("submit", at=at(hours=2), by=LI).state == "countersigning"
    assert case.owner == "王芳"  # the original is untouched


def test_events_without_owner_only_are_open_to_anyone_with_the_role():
    case = draft().apply("handover", at=at(hours=1), by=WANG, to="李明")
    assert case.apply("withdraw", at=at(hours=2), by=WANG).state == "withdrawn"


# -- clock actions ----------------------------------------------------------------------------------


def test_clock_stop_resume_extend_and_finish_through_events():
    case = licence()
    assert case.clock("licensing.decision").due == D(2026, 10, 26)
    suspended = case.apply("suspend", at=pendulum.datetime(2026, 9, 28, 9, tz="Asia/Shanghai"),
                           by=CLERK_ZHOU, reason="expert_review")
    assert suspended.clock("licensing.decision").due is None  # stopped
    assert suspended.clock("licensing.decision").stops[0].reason == "expert_review"
    resumed = suspended.apply("resume", at=pendulum.datetime(2026, 10, 12, 9, tz="Asia/Shanghai"),
                              by=CLERK_ZHOU)
    # excluded: after 9/28 up to and including 10/12 — 6 working days (9/29, 9/30, 10/8, 10/9,
    # 10/10 make-up Saturday, 10/12); 10/26 moves 6 working days on to 11/3
    assert resumed.clock("licensing.decision").due == D(2026, 11, 3)
    extended = resumed.apply("extend", at=pendulum.datetime(2026, 10, 20, 9, tz="Asia/Shanghai"),
                             by=HEAD_SUN, reason="情况复杂", requested_by="周敏")
    clock = extended.clock("licensing.decision")
    assert (clock.extended_by, clock.events[-1].by) == (10, "孙强")  # +10 wd, approved by the actor
    assert clock.due == D(2026, 11, 17)
    decided = extended.apply("decide", at=pendulum.datetime(2026, 11, 2, 9, tz="Asia/Shanghai"),
                             by=CLERK_ZHOU, outcome="grant")
    assert decided.state == "granted"
    assert decided.clock("licensing.decision").finished_on == D(2026, 11, 2)


def test_a_clock_refusal_becomes_an_event_refusal_and_changes_nothing():
    case = licence().apply("extend", at=pendulum.datetime(2026, 9, 30, tz="Asia/Shanghai"),
                           by=HEAD_SUN, reason="情况复杂", requested_by="周敏")
    before = snapshot(case)
    with pytest.raises(EventRefused, match=r"already extended 1 time"):
        case.apply("extend", at=case.last_at.add(days=1), by=HEAD_SUN, reason="再延", requested_by="周敏")
    with pytest.raises(EventRefused, match=r"amount: got 40; allowed: 1 to 10 working days"):
        licence().apply("extend", at=case.last_at, by=HEAD_SUN, reason="r", requested_by="周敏", amount=40)
    assert snapshot(case) == before


def test_no_one_approves_their_own_extension():
    with pytest.raises(EventRefused) as caught:
        licence().apply("extend", at=pendulum.datetime(2026, 9, 30, tz="Asia/Shanghai"), by=HEAD_SUN,
                        reason="情况复杂", requested_by="孙强")
    assert caught.value.reason == ("not self (requested_by): 孙强 cannot approve their own request "
                                   "(requested_by='孙强')")


def test_withdrawing_finishes_every_running_clock():
    case = draft().apply("withdraw", at=at(days=2), by=WANG)
    assert case.clock("document.normal").finished_on == D(2026, 3, 4)


def test_case_clock_with_an_unknown_rule_lists_the_clocks():
    with pytest.raises(officeflow.UnknownName, match=r"document.normal"):
        draft().clock("document.norm")
    with pytest.raises(officeflow.UnknownName):
        draft().clock(["document.normal"])


# -- immutability and refusals ----------------------------------------------------------------------


def test_apply_returns_a_new_case_and_leaves_the_original_unchanged():
    case = draft()
    before = snapshot(case)
    moved = case.apply("submit", at=at(hours=1), by=WANG)
    assert moved is not case
    assert (case.state, moved.state) == ("drafting", "countersigning")
    assert (len(case.history), len(moved.history)) == (1, 2)
    assert moved.history[:1] == case.history  # append-only
    assert snapshot(case) == before
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        case.state = "approved"
    with pytest.raises(TypeError):
        case.data["title"] = "改"  # read-only mapping
    with pytest.raises(TypeError):
        moved.clocks["document.normal"] = None


def test_an_event_not_allowed_now_is_refused_naming_case_state_event_reason_and_allowed_events():
    case = draft()
    before = snapshot(case)
    with pytest.raises(EventRefused) as caught:
        case.apply("concur", at=at(hours=1), by=LEGAL)
    refusal = caught.value
    assert (refusal.case_id, refusal.state, refusal.event) == ("FW-2026-001", "drafting", "concur")
    assert refusal.reason == "'concur' is not allowed in state 'drafting' (起草中)"
    assert refusal.allowed == ("submit", "handover", "withdraw")
    assert str(refusal) == ("case 'FW-2026-001' in state 'drafting': event 'concur' refused: 'concur' is "
                            "not allowed in state 'drafting' (起草中). Events allowed now: submit, "
                            "handover, withdraw.")
    assert isinstance(refusal, OfficeflowError)
    assert snapshot(case) == before


def test_a_final_case_allows_nothing_and_says_so():
    case = draft().apply("withdraw", at=at(days=1), by=WANG)
    with pytest.raises(EventRefused, match=r"Events allowed now: none \(the case is final\)"):
        case.apply("submit", at=at(days=2), by=WANG)


def test_an_actor_without_the_role_is_denied_naming_the_role():
    case = draft()
    before = snapshot(case)
    with pytest.raises(AccessDenied) as caught:
        case.apply("submit", at=at(hours=1), by=LEGAL)
    assert str(caught.value) == ("张伟 (法规处) may not submit (送会签) on case 'FW-2026-001': needs one of "
                                 "the roles ['drafter']; has ['countersign_unit'].")
    assert isinstance(caught.value, OfficeflowError)
    assert isinstance(caught.value, PermissionError)
    assert snapshot(case) == before


def test_unknown_event_names_are_refused_with_close_matches():
    case = in_countersign()
    with pytest.raises(EventRefused, match=r"'concurr' is not an event of this .*did you mean 'concur'"):
        case.apply("concurr", at=at(days=1), by=LEGAL)
    with pytest.raises(EventRefused, match=r"'zzz' is not an event of this process.*now: concur, object"):
        case.apply("zzz", at=at(days=1), by=LEGAL)
    with pytest.raises(EventRefused, match=r"'draft' is not an event"):
        case.apply("draft", at=at(days=1), by=WANG)  # the opening is not an event
    for junk in (None, 3, ["concur"], ("concur",), {"concur": 1}):
        with pytest.raises(EventRefused, match=r"is not an event of this process"):
            case.apply(junk, at=at(days=1), by=LEGAL)


def test_at_must_be_an_aware_datetime():
    case = draft()
    with pytest.raises(InvalidType, match=r"naive datetime has no time zone"):
        case.apply("submit", at=dt.datetime(2026, 3, 3, 9), by=WANG)
    with pytest.raises(InvalidType, match=r"Parse strings first"):
        case.apply("submit", at="2026-03-03T09:00+08:00", by=WANG)
    with pytest.raises(InvalidType, match=r"at: got Date"):
        case.apply("submit", at=D(2026, 3, 3), by=WANG)
    with pytest.raises(InvalidValue, match=r"representable in Asia/Shanghai"):
        case.apply("submit", at=dt.datetime(9999, 12, 31, 23, tzinfo=dt.timezone(dt.timedelta(hours=-12))),
                   by=WANG)
    utc = case.apply("submit", at=dt.datetime(2026, 3, 2, 17, tzinfo=dt.timezone.utc), by=WANG)
    assert utc.last_at == pendulum.datetime(2026, 3, 3, 1, tz="Asia/Shanghai")  # read in Shanghai
    assert utc.last_at.timezone_name == "Asia/Shanghai"


def test_at_may_not_be_earlier_than_the_last_event_but_may_equal_it():
    case = draft()
    with pytest.raises(EventRefused) as caught:
        case.apply("submit", at=at().subtract(minutes=1), by=WANG)
    assert caught.value.event == "submit"
    assert "earlier than the last event (draft at 2026-03-02T09:00:00+08:00); history only moves forward" \
        in str(caught.value)
    assert case.apply("submit", at=at(), by=WANG).last_at == at()


def test_by_must_be_an_actor():
    for junk in ("王芳", None, {"name": "王芳", "unit": "办公室"}):
        with pytest.raises(InvalidType, match=r"by: got .*allowed: an officeflow.Actor"):
            draft().apply("submit", at=at(hours=1), by=junk)


def test_payload_fields_are_validated_by_name():
    case = in_countersign()
    with pytest.raises(InvalidValue, match=r"^FW-2026-001\.concur: payload field: got 'comment'; "
                                           r"allowed: one of opinion\.$"):
        case.apply("concur", at=at(days=1), by=LEGAL, comment="同意")
    with pytest.raises(InvalidValue, match=r"object.reason: got None; allowed: a non-empty str \(不同意"):
        case.apply("object", at=at(days=1), by=LEGAL)
    with pytest.raises(InvalidValue, match=r"object.reason: got ''"):
        case.apply("object", at=at(days=1), by=LEGAL, reason="")
    with pytest.raises(InvalidValue, match=r"submit: payload field: got 'note'.*this event records none"):
        draft().apply("submit", at=at(hours=1), by=WANG, note="x")
    lic = licence()
    with pytest.raises(InvalidValue, match=r"suspend.reason: got 'lunch'; allowed: one of appraisal, auc"):
        lic.apply("suspend", at=lic.last_at, by=CLERK_ZHOU, reason="lunch")
    with pytest.raises(InvalidType, match=r"extend.amount: got bool"):
        lic.apply("extend", at=lic.last_at, by=HEAD_SUN, reason="r", requested_by="周敏", amount=True)


def test_payload_dates_after_the_event_date_are_refused():
    event = Event("note", "记", CLERK, "open", None, fields=(Field("received_on", "date", "收到日期"),))
    probe = declare(events=(*BASE_EVENTS, event))
    case = probe.open("P-1", at=at(), by=CLERK_ZHOU)
    with pytest.raises(InvalidValue, match=r"note.received_on: got Date.2026, 3, 3.*on or before the event's "
                                           "date 2026-03-02"):
        case.apply("note", at=at(), by=CLERK_ZHOU, received_on=D(2026, 3, 3))
    with pytest.raises(InvalidType, match=r"note.received_on: got str"):
        case.apply("note", at=at(), by=CLERK_ZHOU, received_on="2026-03-01")
    noted = case.apply("note", at=at(), by=CLERK_ZHOU, received_on=dt.date(2026, 3, 2))
    assert noted.history[-1].payload["received_on"] == D(2026, 3, 2)


def test_allowed_events_for_an_actor_filter_by_role():
    case = in_countersign()
    assert case.allowed_events() == ("concur", "object", "handover", "withdraw")
    assert case.allowed_events(LEGAL) == ("concur", "object")
    assert case.allowed_events(WANG) == ("handover", "withdraw")
    assert case.allowed_events(Actor("旁人", "办公室")) == ()
    with pytest.raises(InvalidType, match=r"by: got str"):
        case.allowed_events("王芳")


# -- no foreign exceptions escape ------------------------------------------------------------------

FIELD_NAMES = sorted({f.name for p in PROCESSES for e in (*p.events, p.opening) for f in e.fields})
JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 10**6), st.floats(allow_nan=True), st.text(max_size=6),
    st.binary(max_size=3), st.dates(), st.datetimes(),
    st.datetimes(timezones=st.just(dt.timezone(dt.timedelta(hours=8)))),
    st.lists(st.text(max_size=4), max_size=3), st.tuples(st.integers()),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.sampled_from(["grant", "deny", "letter", "litigation", "expert_review", "王芳", "法规处"]),
)


@st.composite
def junk_call(draw: st.DrawFn) -> tuple[Case, Any, Any, Any, dict[str, Any]]:
    process = draw(st.sampled_from(PROCESSES))
    case = draw(cases(process, max_events=6))
    names = [e.name for e in process.events]
    name = draw(st.one_of(st.sampled_from([*names, process.opening.name]), st.text(max_size=8),
                          st.sampled_from([None, 0, ["accept"], ("concur",), b"accept"])))
    when = draw(st.one_of(
        st.integers(-48, 24 * 400).map(lambda h: case.last_at.add(hours=h)),
        st.datetimes(timezones=st.just(dt.timezone.utc)), st.datetimes(), st.text(max_size=5),
        st.none(), st.dates()))
    by = draw(st.one_of(actors(), st.builds(Actor, st.just(case.owner), st.sampled_from(UNITS),
                                            st.frozensets(st.sampled_from(sorted(
                                                {r for e in process.events for r in e.roles})))),
                        st.none(), st.text(max_size=3)))
    keys = st.one_of(st.sampled_from(FIELD_NAMES), st.text(min_size=1, max_size=5)).filter(
        lambda k: k not in ("at", "by", "event", "self"))
    payload = draw(st.dictionaries(keys, JUNK, max_size=4))
    return case, name, when, by, payload


@settings(max_examples=300, deadline=None)
@given(junk_call())
def test_junk_events_times_actors_and_payloads_raise_only_officeflow_errors(call):
    case, name, when, by, payload = call
    before = snapshot(case)
    try:
        moved = case.apply(name, at=when, by=by, **payload)
    except OfficeflowError:
        pass  # KeyError, AttributeError, TypeError, transitions.MachineError… would fail the test
    else:
        assert moved.history[:-1] == case.history
        assert case.process.from_dict(moved.to_dict()) == moved
    assert snapshot(case) == before


# -- serialisation and replay -----------------------------------------------------------------------


def approved_case() -> Case:
    case = in_countersign(("法规处", "综合处")).apply("concur", at=at(days=1), by=LEGAL, opinion="同意")
    case = case.apply("handover", at=at(days=1, hours=2), by=WANG, to="李明")
    return case.apply("concur", at=at(days=2), by=GENERAL)


def test_to_dict_is_json_data_and_from_dict_rebuilds_an_equal_case():
    case = approved_case()
    data = case.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert (data["state"], data["owner"]) == ("approved", "李明")
    assert data["data"] == {"title": "关于加强值班工作的通知", "units": ["法规处", "综合处"],
                            "concurred": ["法规处", "综合处"]}
    assert data["history"][2] == {"event": "concur", "at": "2026-03-03T09:00:00+08:00",
                                  "by": {"name": "张伟", "unit": "法规处", "roles": ["countersign_unit"],
                                         "clearance": "unclassified"},
                                  "payload": {"opinion": "同意"}}
    rebuilt = COUNTERSIGN.from_dict(json.loads(json.dumps(data, ensure_ascii=False)))
    assert rebuilt == case
    assert rebuilt.to_dict() == data
    assert rebuilt.history[-1].at.timezone_name == "Asia/Shanghai"


@settings(deadline=None)
@given(st.sampled_from(PROCESSES).flatmap(cases))
def test_every_generated_case_round_trips_through_json(case):
    data = json.loads(json.dumps(case.to_dict()))
    assert case.process.from_dict(data) == case


def _tampered(original: dict[str, Any], change) -> dict[str, Any]:
    data = copy.deepcopy(original)
    change(data)
    return data


def _set(path: tuple[Any, ...], value: Any):
    def change(data):
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return change


def _delete(path: tuple[Any, ...]):
    def change(data):
        node = data
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return change


@pytest.mark.parametrize(("change", "message"), [
    pytest.param(_set(("history", 2, "event"), "concurr"), "'concurr' is not known; did you mean 'concur'",
                 id="unknown event"),
    pytest.param(_set(("history", 2, "at"), "2026-03-02T08:00:00+08:00"), "earlier than the last event",
                 id="out-of-order times"),
    pytest.param(_set(("state",), "countersigning"),
                 "recorded state 'countersigning' is not what its history replays to ('approved')",
                 id="recorded state"),
    pytest.param(_set(("owner",), "王芳"), "recorded owner '王芳' is not what its history replays to",
                 id="recorded owner"),
    pytest.param(_set(("data", "concurred"), ["法规处"]), "recorded data", id="recorded data"),
    pytest.param(_set(("data", "title"), "另一个标题"), "recorded data", id="recorded opening data"),
    pytest.param(_set(("clocks", "document.normal", "due"), "2026-03-12"), "recorded clocks",
                 id="recorded clock due"),
    pytest.param(_set(("clocks", "document.normal", "events", 0, "on"), "2026-03-03"), "recorded clocks",
                 id="recorded clock event"),
    pytest.param(_delete(("clocks", "document.normal")), "recorded clocks {} is not", id="missing clock"),
    pytest.param(_delete(("history", 4)), "recorded state 'approved' is not what its history replays to "
                 "('countersigning')", id="dropped event"),
    pytest.param(_delete(("state",)), "KeyError: 'state'", id="missing state"),
    pytest.param(_delete(("history",)), "KeyError: 'history'", id="missing history"),
    pytest.param(_delete(("history", 1, "by")), "KeyError: 'by'", id="missing actor"),
    pytest.param(_delete(("history", 3, "payload", "to")), "handover.to: got None", id="missing payload"),
    pytest.param(_set(("history", 1, "by", "roles"), ["countersign_unit"]), "may not submit",
                 id="actor without the role"),
    pytest.param(_set(("history", 2, "payload", "opinion"), 7), "concur.opinion: got 7", id="bad payload"),
    pytest.param(_set(("history", 2, "payload", "mood"), "good"), "payload field: got 'mood'",
                 id="unknown payload field"),
    pytest.param(_set(("history",), []), "history must be a non-empty list", id="empty history"),
    pytest.param(_set(("history", 0, "event"), "submit"), "the first event must be 'draft'",
                 id="first event not the opening"),
    pytest.param(_set(("process",), "petition"), "is for process 'petition' format 1; expected "
                 "'countersign'", id="wrong process"),
    pytest.param(_set(("format",), 2), "format 2", id="wrong format"),
    pytest.param(_set(("history", 1, "at"), "2026-03-02 10:00"), "an ISO datetime with an offset",
                 id="time without offset"),
])
def test_tampered_case_data_is_rejected(change, message):
    original = approved_case().to_dict()
    with pytest.raises(InvalidCaseData) as caught:
        COUNTERSIGN.from_dict(_tampered(original, change))
    assert message in str(caught.value)


@pytest.mark.parametrize("junk", [None, [], "case", 3, ("a", "b")])
def test_non_mapping_case_data_is_rejected(junk):
    with pytest.raises(InvalidCaseData, match=r"case data must be a mapping"):
        COUNTERSIGN.from_dict(junk)


@settings(max_examples=300, deadline=None)
@given(case=st.sampled_from((COUNTERSIGN, LICENCE, petition.PROCESS)).flatmap(cases), data=st.data())
def test_one_random_tamper_is_rejected_or_changes_nothing(case, data):
    """The recorded state, owner, data and clocks are derived from the history: change one and the
    data is refused, or the change was immaterial (an equal case). The history itself is the
    record: a change there is refused or loads exactly as written — never half-way."""
    path, changed = data.draw(tampered(case))
    hypothesis.event(tamper_outcome(case, path, changed))


def test_mermaid_text_is_deterministic_in_english():
    text = COUNTERSIGN.to_mermaid()
    assert text == COUNTERSIGN.to_mermaid("en")
    assert text.splitlines() == [
        "stateDiagram-v2",
        '    state "drafting" as drafting',
        '    state "countersigning" as countersigning',
        '    state "returned" as returned',
        '    state "approved" as approved',
        '    state "withdrawn" as withdrawn',
        "    [*] --> drafting: draft",
        "    drafting --> countersigning: submit",
        "    countersigning --> approved: concur [all units concurred]",
        "    countersigning --> countersigning: concur",
        "    countersigning --> returned: object",
        "    returned --> countersigning: revise",
        "    drafting --> drafting: handover",
        "    countersigning --> countersigning: handover",
        "    returned --> returned: handover",
        "    drafting --> withdrawn: withdraw",
        "    countersigning --> withdrawn: withdraw",
        "    returned --> withdrawn: withdraw",
        "    approved --> [*]",
        "    withdrawn --> [*]",
    ]


def test_mermaid_in_chinese_uses_the_labels():
    text = COUNTERSIGN.to_mermaid("zh")
    assert text.startswith("stateDiagram-v2\n")
    assert '    state "会签中" as countersigning' in text
    assert "    [*] --> drafting: 起草" in text
    assert "    countersigning --> approved: 会签同意 [all units concurred]" in text
    assert "classDef" not in text


def test_a_case_diagram_highlights_its_current_state():
    case = in_countersign()
    diagram = case.diagram("en")
    assert diagram.mermaid.endswith("    classDef current fill:#ffe08a,stroke:#b8860b,stroke-width:3px\n"
                                    "    class countersigning current")
    assert diagram.mermaid == COUNTERSIGN.to_mermaid("en", current="countersigning")
    assert case.diagram().mermaid == COUNTERSIGN.to_mermaid("zh", current="countersigning")
    highlighted = '"countersigning" [label="会签中", style="rounded,filled", fillcolor="#ffe08a"];'
    assert highlighted in case.diagram().dot
    assert str(diagram) == diagram.mermaid
    with pytest.raises(officeflow.UnknownName, match=r"states of countersign"):
        COUNTERSIGN.to_mermaid(current="nowhere")


def test_diagram_mimebundle_for_jupyter():
    bundle = in_countersign().diagram()._repr_mimebundle_()
    assert set(bundle) == {"text/vnd.mermaid", "text/markdown", "text/plain"}
    assert bundle["text/vnd.mermaid"].startswith("stateDiagram-v2")
    assert bundle["text/markdown"] == f"```mermaid\n{bundle['text/vnd.mermaid']}\n```"
    assert bundle["text/plain"] == bundle["text/vnd.mermaid"]
    process_bundle = COUNTERSIGN._repr_mimebundle_()
    assert process_bundle["text/vnd.mermaid"] == COUNTERSIGN.to_mermaid("zh")
    assert COUNTERSIGN.diagram().title == "会签"


def test_dot_source_is_text():
    dot = COUNTERSIGN.to_dot()
    assert dot == COUNTERSIGN.to_dot()
    assert dot.startswith('digraph "countersign" {\n    rankdir=LR;')
    assert dot.endswith("}")
    assert '    "approved" [label="approved", peripheries=2];' in dot
    assert '    "__start__" -> "drafting" [label="draft"];' in dot
    assert '    "countersigning" -> "approved" [label="concur [all units concurred]"];' in dot
    assert '[label="会签同意 [all units concurred]"]' in COUNTERSIGN.to_dot("zh")
    assert "fillcolor" not in dot


@pytest.mark.parametrize("call", [COUNTERSIGN.to_mermaid, COUNTERSIGN.to_dot, COUNTERSIGN.diagram,
                                  lambda lang: in_countersign().diagram(lang)])
def test_a_bad_language_is_refused(call):
    with pytest.raises(InvalidValue, match=r"lang: got 'fr'; allowed: 'en' \(code names\) or 'zh'"):
        call("fr")


def test_case_html_shows_the_history_and_clocks_escaped():
    html = draft().apply("handover", at=at(hours=1), by=WANG, to="<李明>")._repr_html_()
    assert "<caption>会签 FW-2026-001: 起草中 (drafting)</caption>" in html
    assert "<td>移交</td>" in html
    assert "to=&lt;李明&gt;" in html
    assert "<td>document.normal</td><td>2026-03-11</td>" in html


# -- the engine: one shared transitions Machine ------------------------------------------------------


def test_one_machine_per_process_with_no_models_even_after_many_cases():
    for process in PROCESSES:
        assert isinstance(process.machine, transitions.Machine)
        assert process.machine.models == []
        assert set(process.machine.states) == {s.name for s in process.states}
        assert set(process.machine.events) == {e.name for e in process.events}
    machine = COUNTERSIGN.machine
    for n in range(300):
        case = COUNTERSIGN.open(f"FW-{n}", at=at(), by=WANG, title="t", units=["法规处"])
        case = case.apply("submit", at=at(hours=1), by=WANG).apply("concur", at=at(days=1), by=LEGAL)
        assert case.state == "approved"
        assert case.process.machine is machine
    ctx = Context(case, COUNTERSIGN.event("concur"), at(), D(2026, 3, 2), LEGAL, {}, case.data)
    assert engine.route_with_machine(machine, "countersigning", "concur", ctx) == "approved"
    assert COUNTERSIGN.machine is machine
    assert machine.models == []


def test_the_compiled_table_is_read_from_the_machine():
    table = COUNTERSIGN._table
    assert set(table) == {(source, name) for name, event in COUNTERSIGN.machine.events.items()
                          for source in event.transitions}
    concur = table[("countersigning", "concur")]
    assert [c.dest for c in concur] == ["approved", None]
    assert concur[0].route.when_label == "all units concurred"
    assert ("drafting", "concur") not in table


def test_route_with_machine_raises_lookup_error_where_the_event_is_not_allowed():
    case = draft()
    ctx = Context(case, COUNTERSIGN.event("concur"), at(), D(2026, 3, 2), LEGAL, {}, case.data)
    with pytest.raises(LookupError, match=r"concur"):
        engine.route_with_machine(COUNTERSIGN.machine, "drafting", "concur", ctx)
    assert engine.route_compiled(COUNTERSIGN._table, "drafting", "concur", ctx) is None
    defer = Context(licence(), LICENCE.event("decide"), at(), D(2026, 3, 2), CLERK_ZHOU,
                    {"outcome": "defer"}, {})
    assert engine.route_with_machine(LICENCE.machine, "in_review", "decide", defer) is None
    assert engine.route_compiled(LICENCE._table, "in_review", "decide", defer) is None


def kernel_context(case: Case, name: str, when: pendulum.DateTime, by: Actor,
                   payload: dict[str, Any]) -> Context:
    """The Context exactly as ``kernel._move`` builds it: validated payload, then the new data."""
    event = case.process.event(name)
    on = kernel._local_date(case.calendar, when)
    values = check_payload(event.fields, payload, name, on)
    ctx = Context(case, event, when, on, by, values, case.data)
    return ctx._replace(data=MappingProxyType(kernel._new_data(case, event, ctx)))


def both_routes(process: Process, state: str, name: str, ctx: Context) -> tuple[object, object]:
    """(compiled, transitions): the state each reaches — None if no route holds, "refused" if the
    event has no entry for the state."""
    compiled = engine.route_compiled(process._table, state, name, ctx)
    in_table = (state, name) in process._table
    table_says = "refused" if not in_table else None if compiled is None else compiled.dest or state
    try:
        machine_says: object = engine.route_with_machine(process.machine, state, name, ctx)
    except LookupError:
        machine_says = "refused"
    return table_says, machine_says


@st.composite
def payload_for(draw: st.DrawFn, case: Case, event: Event, today: pendulum.Date) -> dict[str, Any]:
    return payloads(draw, event.fields, case, today)


@settings(max_examples=300, deadline=None)
@given(process=st.sampled_from((COUNTERSIGN, LICENCE, FIRST_WINS, SECOND_WINS, petition.PROCESS)),
       data=st.data())
def test_differential_compiled_table_and_transitions_agree_in_every_state(process, data):
    """Any declared state (reachable by the case or not), any event, a context whose data and
    payload make the route conditions go either way."""
    case = data.draw(cases(process, max_events=4), label="case")
    state = data.draw(st.sampled_from([s.name for s in process.states]), label="state")
    event = data.draw(st.sampled_from(process.events), label="event")
    when = case.last_at.add(hours=data.draw(st.integers(0, 48)))
    payload = data.draw(payload_for(case, event, when.date()), label="payload")
    units = st.lists(st.sampled_from(UNITS), unique=True, max_size=4)
    case_data = {**case.data, "units": data.draw(units, label="units"),
                 "concurred": data.draw(units, label="concurred")}
    ctx = Context(case, event, when, when.date(), data.draw(actors(roles=event.roles)),
                  check_payload(event.fields, payload, event.name, when.date()), case_data)
    table_says, machine_says = both_routes(process, state, event.name, ctx)
    assert table_says == machine_says
    assert process.machine.models == []


@settings(max_examples=200, deadline=None)
@given(process=st.sampled_from((COUNTERSIGN, LICENCE, FIRST_WINS, petition.PROCESS)), data=st.data())
def test_differential_along_random_event_sequences_the_kernel_goes_where_transitions_goes(process, data):
    case = data.draw(cases(process, max_events=0), label="opened")
    names = [e.name for e in process.events]
    for _ in range(data.draw(st.integers(1, 15), label="steps")):
        allowed = case.allowed_events()
        anything = st.sampled_from(names)  # mostly allowed events, so the walk goes deep
        name = data.draw(st.sampled_from(allowed) | st.sampled_from(allowed) | anything if allowed
                         else anything, label="event")
        event = process.event(name)
        when = case.last_at.add(hours=data.draw(st.integers(0, 24 * 12), label="hours"))
        listed = list(case.data.get("units", UNITS))
        unit = data.draw(st.sampled_from(UNITS) | st.sampled_from(listed), label="unit")
        by = Actor(case.owner, unit, event.roles)
        payload = data.draw(payload_for(case, event, when.date()), label="payload")
        ctx = kernel_context(case, name, when, by, payload)
        table_says, machine_says = both_routes(process, case.state, name, ctx)
        assert table_says == machine_says
        if machine_says == "refused":
            with pytest.raises(EventRefused, match=f"'{name}' is not allowed in state '{case.state}'"):
                case.apply(name, at=when, by=by, **payload)
            continue
        try:
            moved = case.apply(name, at=when, by=by, **payload)
        except (EventRefused, InvalidValue):  # a guard, a clock, or no route's condition holds
            continue
        assert moved.state == machine_says
        hypothesis.event(f"reached {moved.state}")
        case = moved
    assert process.machine.models == []


# -- the user documentation runs --------------------------------------------------------------------




def test_a_guard_that_cannot_decide_refuses_with_its_error_instead_of_leaking_it():
    """A guard raising an OfficeflowError (e.g. counting from a date outside the calendar) turns
    into a refusal naming the guard; the case is unchanged."""
    from officeflow import CalendarCoverageError
    from officeflow.calendar import china as national
    from officeflow.process import Event, Guard, Opening, Process, State

    def count_from_2030(ctx):
        national().add_workdays(pendulum.Date(2030, 1, 2), 1)

    toy = Process("toy_guard", "测试", states=(State("a", "甲"), State("b", "乙", final=True)),
                  opening=Opening("open", "开", "a", roles="clerk"),
                  events=(Event("go", "走", "clerk", "a", "b",
                                guards=(Guard("counts from 2030", count_from_2030),)),))
    clerk = Actor("王芳", "办公室", {"clerk"})
    case = toy.open("T-1", at=pendulum.datetime(2026, 3, 2, 9, tz="Asia/Shanghai"), by=clerk)
    with pytest.raises(EventRefused) as refusal:
        case.apply("go", at=pendulum.datetime(2026, 3, 3, 9, tz="Asia/Shanghai"), by=clerk)
    assert refusal.value.reason.startswith(
        "counts from 2030: d: 2030-01-02 is outside the calendar's coverage")
    assert not isinstance(refusal.value, CalendarCoverageError)
    assert case.state == "a"
    assert len(case.history) == 1

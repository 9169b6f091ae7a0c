"""Deputy suggestions and CPPCC proposals (建议提案办理, ``officeflow.processes.suggestion``).

代表法 art. 51 (as amended 2025-03-11): a deputy's suggestion is answered within 3 months of
assignment (交办), or within 6 months for wide-ranging or difficult matters; the CPPCC proposal
work rules (2018) are followed in practice with the same numbers (``proposal.reply`` is marked not
statutory). Months are counted as 民法典 art. 202 counts them — the same day-number in the final
month, or that month's last day — and a deadline on a rest day moves to the next working day:

* assigned Tuesday 2025-07-08 → 2025-10-08, the last day of the National Day holiday → Thursday
  2025-10-09; extended to 6 months → Thursday 2026-01-08;
* assigned Sunday 2025-11-30 → February 2026 has no 30th → 2026-02-28, a make-up working Saturday
  (2026 notice) → stays; extended → 2026-05-30, a Saturday → Monday 2026-06-01;
* assigned Saturday 2026-01-31 → April has no 31st → Thursday 2026-04-30; extended → Friday
  2026-07-31.

Only the lead unit's staff (actor.unit == lead_unit) begin, contact the author and reply; the reply
needs the contact first (变"文来文往"为"人来人往"). The author's evaluation closes the matter, or —
dissatisfied — sends it back to handling with its own deadline, an agency default
(``suggestion.rehandling`` / ``proposal.rehandling``, 3 months).

Then the Hypothesis runs: the state machine, round trip, tampering, and the clock property — for
every generated case the clocks' due dates are the ones counted here from the history.
"""

from __future__ import annotations

import calendar as stdcal
import collections
import copy
import datetime as _dt
import json
import re
from typing import Any

import hypothesis
import pendulum
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from officeflow import AccessDenied, ClockStatus, EventRefused, InvalidCaseData, InvalidValue
from officeflow.actors import Actor
from officeflow.calendar import WorkCalendar
from officeflow.process import Case
from officeflow.processes import suggestion
from officeflow.rules import DEFAULT
from officeflow.strategies import cases, state_machine, tamper_outcome, tampered

P = suggestion.PROCESS
D = pendulum.Date

OFFICE = Actor("孙科员", "市人大常委会代表工作室", {suggestion.OFFICE})
LEAD = Actor("钱科长", "市交通运输局", {suggestion.LEAD_UNIT})
CO = Actor("周科员", "市财政局", {suggestion.LEAD_UNIT})  # a co-unit's staff: the role, not the unit
BODY = Actor("郑主任", "市人大常委会办公厅", {suggestion.ASSIGNING_BODY})


def at(year: int, month: int, day: int, hour: int = 10) -> pendulum.DateTime:
    return pendulum.datetime(year, month, day, hour, tz="Asia/Shanghai")


def registered(kind: str = "suggestion", when: pendulum.DateTime | None = None) -> Case:
    return P.open("JY-0001", at=when or at(2025, 7, 7), by=OFFICE, kind=kind, author="刘代表",
                  title="关于优化城区公交线路的建议")


def assigned(kind: str = "suggestion", when: pendulum.DateTime | None = None) -> Case:
    when = when or at(2025, 7, 8)
    return registered(kind, when.subtract(days=1)).apply(
        "assign", at=when, by=OFFICE, lead_unit="市交通运输局", co_units=["市财政局", "市公安局交通管理局"])


def in_handling(kind: str = "suggestion") -> Case:
    return assigned(kind).apply("begin", at=at(2025, 7, 10), by=LEAD)


def consulted(kind: str = "suggestion", when: pendulum.DateTime | None = None) -> Case:
    return in_handling(kind).apply("consult", at=when or at(2025, 9, 15), by=LEAD, method="visit",
                                   contacted_on=(when or at(2025, 9, 15)).date().subtract(days=3),
                                   notes="走访代表，听取对线路调整方案的意见")


def replied(kind: str = "suggestion", when: pendulum.DateTime | None = None,
            consulted_at: pendulum.DateTime | None = None) -> Case:
    return consulted(kind, consulted_at).apply("reply", at=when or at(2025, 9, 29), by=LEAD,
                                               answer="已调整3条线路，其余纳入明年计划")


def extend(case: Case, when: pendulum.DateTime, by: Actor = BODY, **changes: Any) -> Case:
    payload = {"reason": "涉及多个部门，处理难度大", "requested_by": "钱科长"} | changes
    return case.apply("extend", at=when, by=by, **payload)


def snapshot(case: Case) -> str:
    return json.dumps(case.to_dict(), ensure_ascii=False, sort_keys=True)


# -- the declaration -----------------------------------------------------------------------------


def test_states_events_labels_and_roles():
    assert [(s.name, s.label, s.final) for s in P.states] == [
        ("received", "已收到", False), ("assigned", "已交办", False), ("in_handling", "办理中", False),
        ("consulted", "已沟通", False), ("replied", "已答复", False), ("evaluated", "已评价", False),
        ("closed", "已办结", True)]
    assert [(e.name, e.label, set(e.roles)) for e in P.events] == [
        ("assign", "交办", {"suggestion_office"}), ("begin", "签收办理", {"lead_unit"}),
        ("consult", "与代表委员沟通", {"lead_unit"}), ("reply", "答复", {"lead_unit"}),
        ("extend", "延长办理期限", {"assigning_body"}), ("evaluate", "代表委员评价", {"suggestion_office"}),
        ("close", "办结", {"suggestion_office"})]
    assert (P.opening.name, P.opening.label, P.opening.state) == ("register", "登记", "received")
    assert str(P.source) == "全国人民代表大会和地方各级人民代表大会代表法 art. 51 (as amended 2025-03-11)"
    assert suggestion.SATISFACTION == ("satisfied", "basically_satisfied", "dissatisfied")


def test_daibiaofa_art_51_and_the_cppcc_rules_in_the_catalogue():
    reply, proposal = DEFAULT.get("suggestion.reply"), DEFAULT.get("proposal.reply")
    assert (reply.amount, reply.unit.code, reply.source.article, reply.statutory) == (3, "m", "art. 51", True)
    assert reply.source.version == "as amended 2025-03-11"
    assert (proposal.amount, proposal.unit.code, proposal.statutory) == (3, "m", False)
    assert proposal.source.title == "政协全国委员会提案工作条例"
    assert "practice" in proposal.source.note
    for rule in (reply, proposal):
        extension = rule.extension
        assert (extension.approver, extension.total, extension.times) == ("assigning_body", 6, 1)
    for rule_id in ("suggestion.rehandling", "proposal.rehandling"):
        rehandling = DEFAULT.get(rule_id)
        assert (rehandling.amount, rehandling.unit.code, rehandling.statutory) == (3, "m", False)
        assert "agency default" in rehandling.source.note
        assert rehandling.extension is None


# -- registration and assignment ---------------------------------------------------------------------


def test_registration_records_the_kind_and_starts_no_clock():
    case = registered()
    assert (case.state, case.owner) == ("received", "孙科员")
    assert dict(case.data) == {"kind": "suggestion", "author": "刘代表",
                               "title": "关于优化城区公交线路的建议"}
    assert dict(case.clocks) == {}
    assert case.allowed_events() == ("assign",)
    with pytest.raises(InvalidValue, match=r"suggestion.register.kind: got 'motion'; allowed: one of "
                                           r"suggestion, proposal"):
        P.open("JY-2", at=at(2025, 7, 7), by=OFFICE, kind="motion", author="刘代表", title="t")
    with pytest.raises(AccessDenied, match=r"needs one of the roles \['suggestion_office'\]"):
        P.open("JY-2", at=at(2025, 7, 7), by=LEAD, kind="suggestion", author="刘代表", title="t")


def test_assignment_names_the_lead_unit_and_the_co_units():
    case = assigned()
    assert case.state == "assigned"
    assert case.data["lead_unit"] == "市交通运输局"
    assert case.data["co_units"] == ("市财政局", "市公安局交通管理局")
    assert case.allowed_events() == ("begin", "extend")
    with pytest.raises(InvalidValue, match=r"assign.lead_unit: got None"):
        registered().apply("assign", at=at(2025, 7, 8), by=OFFICE)
    alone = registered().apply("assign", at=at(2025, 7, 8), by=OFFICE, lead_unit="市交通运输局")
    assert "co_units" not in alone.data


ASSIGNMENTS = [
    # 7/8 + 3 months = 10/8, inside the 1–8 October 2025 holiday → Thursday 10/9;
    # + 6 months = Thursday 2026-01-08 (1–3 January are off, 1/8 works)
    pytest.param(at(2025, 7, 8), D(2025, 10, 9), D(2026, 1, 8), id="2025-07-08-national-day"),
    # 11/30 + 3 months: February 2026 has no 30th → 2/28, a make-up working Saturday → stays;
    # + 6 months = 2026-05-30, a Saturday → Monday 6/1
    pytest.param(at(2025, 11, 30), D(2026, 2, 28), D(2026, 6, 1), id="2025-11-30-month-end-make-up-saturday"),
    # 1/31 + 3 months: April has no 31st → Thursday 4/30; + 6 months = Friday 7/31
    pytest.param(at(2026, 1, 31), D(2026, 4, 30), D(2026, 7, 31), id="2026-01-31-month-end"),
]


@pytest.mark.parametrize("kind", suggestion.KINDS)
@pytest.mark.parametrize(("when", "due", "extended_due"), ASSIGNMENTS)
def test_daibiaofa_art_51_assignment_starts_the_3_month_reply_clock_of_its_kind(kind, when, due,
                                                                                extended_due):
    case = assigned(kind, when)
    assert set(case.clocks) == {f"{kind}.reply"}  # a suggestion never runs proposal.reply, and conversely
    reply = case.clock(f"{kind}.reply")
    assert (reply.started_on, reply.due) == (when.date(), due)
    assert reply.rule.statutory is (kind == "suggestion")
    longer = extend(case, when.add(days=20)).clock(f"{kind}.reply")
    assert (longer.due, longer.extended_by) == (extended_due, 3)


def test_daibiaofa_art_51_a_make_up_working_saturday_can_be_the_last_day():
    reply = assigned("suggestion", at(2025, 11, 30)).clock("suggestion.reply")
    assert reply.due.isoweekday() == 6  # Saturday 2026-02-28, a working day by the 2026 notice
    assert reply.calendar.is_workday(reply.due)
    assert reply.status(D(2026, 2, 28)) is ClockStatus.DUE_SOON
    assert reply.status(D(2026, 3, 2)) is ClockStatus.OVERDUE


# -- the lead unit, and contact before the reply ------------------------------------------------------


def test_only_the_lead_units_staff_begin_consult_and_reply():
    case = assigned()
    before = snapshot(case)
    with pytest.raises(EventRefused) as caught:
        case.apply("begin", at=at(2025, 7, 10), by=CO)
    assert caught.value.reason == ("lead unit (主办): only the lead unit 市交通运输局 handles and replies; "
                                   "周科员 is in 市财政局")
    assert snapshot(case) == before
    with pytest.raises(AccessDenied, match=r"needs one of the roles \['lead_unit'\]"):
        case.apply("begin", at=at(2025, 7, 10), by=OFFICE)
    handling = case.apply("begin", at=at(2025, 7, 10), by=LEAD)
    assert handling.state == "in_handling"
    with pytest.raises(EventRefused, match=r"only the lead unit 市交通运输局 handles and replies"):
        handling.apply("consult", at=at(2025, 9, 15), by=CO, method="phone")
    with pytest.raises(EventRefused, match=r"only the lead unit 市交通运输局 handles and replies"):
        consulted().apply("reply", at=at(2025, 9, 29), by=CO, answer="已办理")
    same_unit = Actor("冯科员", "市交通运输局", {suggestion.LEAD_UNIT})  # anyone on the lead unit's staff
    assert consulted().apply("reply", at=at(2025, 9, 29), by=same_unit, answer="已办理").state == "replied"


def test_the_author_is_contacted_before_the_reply():
    case = in_handling()
    before = snapshot(case)
    with pytest.raises(EventRefused) as caught:
        case.apply("reply", at=at(2025, 9, 29), by=LEAD, answer="已办理")
    assert caught.value.reason == "'reply' is not allowed in state 'in_handling' (办理中)"
    assert caught.value.allowed == ("consult", "extend")
    assert snapshot(case) == before
    with pytest.raises(InvalidValue, match=r"consult.method: got 'letter'; allowed: one of visit, meeting, "
                                           r"phone, survey, online"):
        case.apply("consult", at=at(2025, 9, 15), by=LEAD, method="letter")
    contacted = consulted()
    assert contacted.state == "consulted"
    assert contacted.data["method"] == "visit"
    assert contacted.history[-1].payload["contacted_on"] == D(2025, 9, 12)
    assert contacted.allowed_events() == ("reply", "extend")


def test_daibiaofa_art_51_the_reply_finishes_the_reply_clock():
    case = replied()
    assert (case.state, case.data["answer"]) == ("replied", "已调整3条线路，其余纳入明年计划")
    reply = case.clock("suggestion.reply")
    assert reply.finished_on == D(2025, 9, 29)
    assert reply.status(D(2025, 9, 29)) is ClockStatus.MET  # due 10/9
    assert case.allowed_events() == ("evaluate",)
    late = consulted().apply("reply", at=at(2025, 10, 10), by=LEAD, answer="已办理")
    assert late.clock("suggestion.reply").status(D(2025, 10, 10)) is ClockStatus.MET_LATE


# -- extension to 6 months ----------------------------------------------------------------------------


def test_daibiaofa_art_51_the_assigning_body_extends_once_to_6_months():
    for case in (assigned(), in_handling(), consulted()):
        longer = extend(case, at(2025, 9, 30))
        assert longer.state == case.state  # an internal event
        reply = longer.clock("suggestion.reply")
        assert (reply.due, reply.extended_by) == (D(2026, 1, 8), 3)
        assert (reply.events[-1].by, reply.events[-1].reason) == ("郑主任", "涉及多个部门，处理难度大")
    once = extend(in_handling(), at(2025, 9, 30))
    with pytest.raises(EventRefused) as caught:
        extend(once, at(2025, 10, 20))
    assert caught.value.reason.startswith("suggestion.reply: already extended 1 time(s), the most the rule "
                                          "allows")


def test_daibiaofa_art_51_the_extend_event_admits_exactly_the_approver_the_catalogue_names():
    approvers = {DEFAULT.get(f"{kind}.reply").extension.approver for kind in suggestion.KINDS}
    assert approvers == {"assigning_body"}
    assert P.roles_for("extend") == approvers


def test_daibiaofa_art_51_no_one_approves_their_own_extension_and_the_lead_unit_cannot_extend():
    with pytest.raises(EventRefused) as caught:
        extend(in_handling(), at(2025, 9, 30), requested_by="郑主任")
    assert caught.value.reason == ("not self (requested_by): 郑主任 cannot approve their own request "
                                   "(requested_by='郑主任')")
    with pytest.raises(AccessDenied) as denied:
        extend(in_handling(), at(2025, 9, 30), by=LEAD)
    assert "needs one of the roles ['assigning_body']" in str(denied.value)
    with pytest.raises(InvalidValue, match=r"extend.reason: got None"):
        extend(in_handling(), at(2025, 9, 30), reason=None)


def test_daibiaofa_art_51_the_extension_comes_before_the_deadline_and_before_the_reply():
    with pytest.raises(EventRefused) as caught:
        extend(in_handling(), at(2025, 10, 10))
    assert caught.value.reason == ("suggestion.reply: cannot extend on 2025-10-10: the deadline 2025-10-09 "
                                   "has passed")
    assert extend(in_handling(), at(2025, 10, 9, 17)).clock("suggestion.reply").due == D(2026, 1, 8)
    with pytest.raises(EventRefused, match=r"'extend' is not allowed in state 'replied'"):
        extend(replied(), at(2025, 9, 30))


# -- evaluation, closing and re-handling ----------------------------------------------------------------


@pytest.mark.parametrize("satisfaction", ["satisfied", "basically_satisfied"])
def test_a_satisfied_author_ends_the_matter(satisfaction):
    case = replied().apply("evaluate", at=at(2025, 10, 20), by=OFFICE, satisfaction=satisfaction)
    assert (case.state, case.data["satisfaction"]) == ("evaluated", satisfaction)
    assert set(case.clocks) == {"suggestion.reply"}
    assert case.allowed_events() == ("close",)
    closed = case.apply("close", at=at(2025, 10, 21), by=OFFICE)
    assert (closed.state, closed.final, closed.allowed_events()) == ("closed", True, ())
    assert [e.event for e in closed.history] == [
        "register", "assign", "begin", "consult", "reply", "evaluate", "close"]


def test_evaluation_is_recorded_by_the_office_with_one_of_three_grades():
    with pytest.raises(InvalidValue, match=r"evaluate.satisfaction: got 'neutral'; allowed: one of "
                                           r"satisfied, basically_satisfied, dissatisfied"):
        replied().apply("evaluate", at=at(2025, 10, 20), by=OFFICE, satisfaction="neutral")
    with pytest.raises(AccessDenied, match=r"needs one of the roles \['suggestion_office'\]"):
        replied().apply("evaluate", at=at(2025, 10, 20), by=LEAD, satisfaction="satisfied")
    with pytest.raises(EventRefused, match=r"'close' is not allowed in state 'replied'"):
        replied().apply("close", at=at(2025, 10, 20), by=OFFICE)


def proposal_replied_2026() -> Case:
    case = assigned("proposal", at(2026, 1, 31)).apply("begin", at=at(2026, 2, 2), by=LEAD)
    case = case.apply("consult", at=at(2026, 3, 10), by=LEAD, method="meeting")
    return case.apply("reply", at=at(2026, 4, 20), by=LEAD, answer="已列入年度计划")


REHANDLINGS = [
    # a suggestion answered 8/20, the deputy dissatisfied on Friday 2025-08-29: + 3 months = 11/29,
    # a Saturday → Monday 2025-12-01
    pytest.param("suggestion", lambda: replied(when=at(2025, 8, 20), consulted_at=at(2025, 8, 15)),
                 at(2025, 8, 29), D(2025, 12, 1), id="suggestion-2025-08-29"),
    # a proposal, the member dissatisfied on Friday 2026-07-03: + 3 months = 10/3, inside the 1–7
    # October 2026 holiday → Thursday 2026-10-08
    pytest.param("proposal", proposal_replied_2026, at(2026, 7, 3), D(2026, 10, 8), id="proposal-2026-07-03"),
]


@pytest.mark.parametrize(("kind", "path", "when", "due"), REHANDLINGS)
def test_dissatisfaction_sends_the_matter_back_with_its_own_agency_default_deadline(kind, path, when, due):
    case = path().apply("evaluate", at=when, by=OFFICE, satisfaction="dissatisfied")
    assert (case.state, case.data["satisfaction"]) == ("in_handling", "dissatisfied")
    assert set(case.clocks) == {f"{kind}.reply", f"{kind}.rehandling"}
    rehandling = case.clock(f"{kind}.rehandling")
    assert (rehandling.started_on, rehandling.due) == (when.date(), due)
    assert rehandling.rule.statutory is False  # an agency default, not a statutory number
    assert "agency default" in rehandling.rule.source.note
    assert case.clock(f"{kind}.reply").finished_on is not None  # the first reply stays on record


def dissatisfied_2026() -> Case:
    return proposal_replied_2026().apply("evaluate", at=at(2026, 7, 3), by=OFFICE,
                                         satisfaction="dissatisfied")


def test_after_dissatisfaction_the_flow_repeats_contact_first():
    case = dissatisfied_2026()
    with pytest.raises(EventRefused, match=r"'reply' is not allowed in state 'in_handling'"):
        case.apply("reply", at=at(2026, 8, 1), by=LEAD, answer="再次答复")
    with pytest.raises(EventRefused, match=r"'begin' is not allowed in state 'in_handling'"):
        case.apply("begin", at=at(2026, 8, 1), by=LEAD)
    with pytest.raises(EventRefused, match=r"only the lead unit 市交通运输局"):
        case.apply("consult", at=at(2026, 8, 10), by=CO, method="visit")
    case = case.apply("consult", at=at(2026, 8, 10), by=LEAD, method="visit")
    case = case.apply("reply", at=at(2026, 9, 30), by=LEAD, answer="已协调资金，年内实施")
    rehandling = case.clock("proposal.rehandling")
    assert rehandling.finished_on == D(2026, 9, 30)
    assert rehandling.status(D(2026, 9, 30)) is ClockStatus.MET
    case = case.apply("evaluate", at=at(2026, 10, 12), by=OFFICE, satisfaction="basically_satisfied")
    closed = case.apply("close", at=at(2026, 10, 13), by=OFFICE)
    assert closed.state == "closed"
    assert all(clock.finished_on is not None for clock in closed.clocks.values())
    assert [e.event for e in closed.history] == [
        "register", "assign", "begin", "consult", "reply", "evaluate", "consult", "reply", "evaluate",
        "close"]


def test_a_second_dissatisfaction_starts_a_fresh_rehandling_deadline():
    case = dissatisfied_2026()
    case = case.apply("consult", at=at(2026, 7, 10), by=LEAD, method="phone")
    case = case.apply("reply", at=at(2026, 7, 20), by=LEAD, answer="再次答复")
    case = case.apply("evaluate", at=at(2026, 7, 31), by=OFFICE, satisfaction="dissatisfied")
    rehandling = case.clock("proposal.rehandling")
    # from Friday 7/31: + 3 months = Saturday 10/31 → Monday 2026-11-02
    assert (rehandling.started_on, rehandling.due) == (D(2026, 7, 31), D(2026, 11, 2))
    assert rehandling.finished_on is None


def test_the_rehandling_deadline_is_not_extended():
    """The extension of art. 51 is for the reply limit; once replied, that clock is finished."""
    case = replied().apply("evaluate", at=at(2025, 10, 20), by=OFFICE, satisfaction="dissatisfied")
    with pytest.raises(EventRefused) as caught:
        extend(case, at(2025, 10, 21))
    assert caught.value.reason == "suggestion.reply: the clock finished on 2025-09-29"


# -- diagrams ----------------------------------------------------------------------------------------

MERMAID_EN = """stateDiagram-v2
    state "received" as received
    state "assigned" as assigned
    state "in_handling" as in_handling
    state "consulted" as consulted
    state "replied" as replied
    state "evaluated" as evaluated
    state "closed" as closed
    [*] --> received: register
    received --> assigned: assign
    assigned --> in_handling: begin
    in_handling --> consulted: consult
    consulted --> replied: reply
    assigned --> assigned: extend
    in_handling --> in_handling: extend
    consulted --> consulted: extend
    replied --> in_handling: evaluate [dissatisfied]
    replied --> evaluated: evaluate [satisfied or basically satisfied]
    evaluated --> closed: close
    closed --> [*]"""


def test_the_english_diagram_is_exactly_the_declaration():
    assert P.to_mermaid() == MERMAID_EN
    assert P.to_mermaid("en") == MERMAID_EN


def test_the_chinese_diagram_shows_the_labels():
    text = P.to_mermaid("zh")
    expected = MERMAID_EN
    for name, label in [(s.name, s.label) for s in P.states]:
        expected = expected.replace(f'state "{name}" as', f'state "{label}" as')
    for english, chinese in (("register", "登记"), ("assign", "交办"), ("begin", "签收办理"),
                             ("consult", "与代表委员沟通"), ("reply", "答复"), ("extend", "延长办理期限"),
                             ("evaluate", "代表委员评价"), ("close", "办结")):
        expected = re.sub(rf": {english}\b", f": {chinese}", expected)
    assert text == expected
    assert "    replied --> in_handling: 代表委员评价 [dissatisfied]" in text
    assert replied().diagram().mermaid.endswith("    class replied current")
    dot = P.to_dot("zh")
    assert '"closed" [label="已办结", peripheries=2];' in dot
    assert '"replied" -> "in_handling" [label="代表委员评价 [dissatisfied]"];' in dot


# -- Hypothesis: the state machine, round trip and tampering -----------------------------------------

HEALTH = [HealthCheck.too_slow, HealthCheck.filter_too_much]
TestSuggestionMachine = state_machine(P).TestCase
TestSuggestionMachine.settings = settings(max_examples=100, stateful_step_count=25, deadline=None,
                                          suppress_health_check=HEALTH)


def test_the_state_machine_run_keeps_its_size_whatever_the_profile():
    assert TestSuggestionMachine.settings.max_examples == 100
    assert TestSuggestionMachine.settings.stateful_step_count == 25
    rules = {name for name in dir(state_machine(P)) if name.startswith("event_")}
    assert rules == {f"event_{e.name}" for e in P.events}


@settings(max_examples=150, deadline=None, suppress_health_check=HEALTH)
@given(case=cases(P), data=st.data())
def test_one_random_tamper_is_rejected_or_changes_nothing(case, data):
    """Change one thing in a valid dict: a derived part is refused unless immaterial; a change to
    the history is refused, immaterial, or loads exactly as written — never half-way."""
    path, changed = data.draw(tampered(case))
    hypothesis.event(tamper_outcome(case, path, changed))


def test_tampering_with_a_derived_part_or_the_actor_is_rejected():
    data = json.loads(json.dumps(extend(consulted(), at(2025, 9, 30)).to_dict()))
    for path, value, message in (
            (("clocks", "suggestion.reply", "due"), "2025-10-09", "recorded clocks"),
            (("clocks", "suggestion.reply", "events", 1, "amount"), 2, "recorded clocks"),
            (("data", "lead_unit"), "市财政局", "recorded data"),
            (("data", "kind"), "proposal", "recorded data"),
            (("history", 0, "payload", "kind"), "proposal", "recorded data"),
            (("history", 3, "by", "unit"), "市财政局", "only the lead unit 市交通运输局 handles and replies"),
            (("history", 4, "by", "name"), "钱科长", "钱科长 cannot approve their own request")):
        tampered = copy.deepcopy(data)
        node = tampered
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        with pytest.raises(InvalidCaseData, match=re.escape(message)):
            P.from_dict(tampered)


# -- the property: each clock is its rule counted from its effective start ----------------------------


def _day(entry: Any) -> _dt.date:
    moment = entry.at.in_timezone("Asia/Shanghai")
    return _dt.date(moment.year, moment.month, moment.day)


def months_later(day: _dt.date, months: int) -> _dt.date:
    """民法典 art. 202: the same day-number ``months`` later, or that month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return _dt.date(year, month, min(day.day, stdcal.monthrange(year, month)[1]))


def counted_due(cal: WorkCalendar, start: _dt.date, months: int) -> _dt.date:
    """``months`` after ``start``, then forward one day at a time to a working day."""
    day = months_later(start, months)
    while not cal.is_workday(day):
        day += _dt.timedelta(days=1)
    return day


def handling_facts(case: Case) -> dict[str, Any]:
    """Read from the history alone: the kind, the assignment day, the extensions granted, the last
    'dissatisfied' evaluation, the first reply and the reply after the last dissatisfaction."""
    facts: dict[str, Any] = {"kind": case.history[0].payload["kind"], "assigned_on": None, "extensions": 0,
                             "extra_months": 0, "dissatisfied_on": None, "first_reply": None,
                             "rehandled_reply": None}
    for entry in case.history:
        day = _day(entry)
        if entry.event == "assign":
            facts["assigned_on"] = day
        elif entry.event == "extend":
            facts["extensions"] += 1
            facts["extra_months"] += entry.payload.get("amount", 3)  # up to 6 months in all
        elif entry.event == "evaluate" and entry.payload["satisfaction"] == "dissatisfied":
            facts["dissatisfied_on"], facts["rehandled_reply"] = day, None
        elif entry.event == "reply":
            facts["first_reply"] = facts["first_reply"] or day
            if facts["dissatisfied_on"] is not None:
                facts["rehandled_reply"] = day
    return facts


def depth(case: Case, facts: dict[str, Any]) -> float:
    """How far a generated case went: events, plus extension, re-handling and a second reply (for
    Hypothesis' targeting, which then favours the long walks these properties are about)."""
    return float(len(case.history) + 5 * facts["extensions"] + 5 * (facts["dissatisfied_on"] is not None)
                 + 5 * (facts["rehandled_reply"] is not None))


@settings(max_examples=200, deadline=None, suppress_health_check=HEALTH)
@given(cases(P, max_events=25))
def test_every_clock_due_is_the_rule_counted_from_its_effective_start(case):
    cal, facts = case.calendar, handling_facts(case)
    kind, assigned_on = facts["kind"], facts["assigned_on"]
    expected = set()
    if assigned_on is not None:
        expected.add(f"{kind}.reply")
    if facts["dissatisfied_on"] is not None:
        expected.add(f"{kind}.rehandling")
    assert set(case.clocks) == expected  # never the other kind's clocks
    assert facts["extensions"] <= 1
    if assigned_on is not None:
        reply = case.clock(f"{kind}.reply")
        assert not reply.stopped
        months = 3 + facts["extra_months"]
        assert months <= 6
        assert (reply.started_on, reply.due) == (assigned_on, counted_due(cal, assigned_on, months))
        assert reply.finished_on == facts["first_reply"]
        hypothesis.event(f"reply clock, {months} months")
    if facts["dissatisfied_on"] is not None:
        rehandling = case.clock(f"{kind}.rehandling")
        start = facts["dissatisfied_on"]
        assert (rehandling.started_on, rehandling.due) == (start, counted_due(cal, start, 3))
        assert rehandling.finished_on == facts["rehandled_reply"]
        hypothesis.event("re-handling clock")
    hypothesis.target(depth(case, facts), label="depth")


@settings(max_examples=120, deadline=None, suppress_health_check=HEALTH)
@given(cases(P, max_events=25))
def test_whatever_the_sequence_only_the_lead_unit_acts_and_every_reply_follows_a_contact(case):
    hypothesis.target(depth(case, handling_facts(case)), label="depth")
    lead_unit = case.data.get("lead_unit")
    contacted = False
    for entry in case.history:
        if entry.event in ("begin", "consult", "reply"):
            assert entry.by.unit == lead_unit
        if entry.event == "consult":
            contacted = True
        elif entry.event == "reply":
            assert contacted, "a reply without a contact since the matter was (re)opened"
            contacted = False
        elif entry.event == "evaluate":
            contacted = False


def test_generated_cases_exercise_every_state_extension_and_rehandling():
    """The properties above are not vacuous: the generated cases reach every state, and include an
    extended reply clock, a re-handling clock and a reply after re-handling."""
    seen: collections.Counter[str] = collections.Counter()

    # Generation only, derandomised: targeting would make the census depend on what ran before.
    @settings(max_examples=600, deadline=None, derandomize=True, database=None,
              phases=[Phase.generate], suppress_health_check=HEALTH)
    @given(cases(P, max_events=25))
    def collect(case):
        facts = handling_facts(case)
        seen[case.state] += 1
        seen[facts["kind"]] += 1
        seen["extended"] += facts["extensions"]
        seen["rehandling"] += facts["dissatisfied_on"] is not None
        seen["rehandled reply"] += facts["rehandled_reply"] is not None

    collect()
    assert {s.name for s in P.states} <= set(seen), seen
    assert all(seen[kind] > 0 for kind in ("suggestion", "proposal", "extended", "rehandling",
                                           "rehandled reply")), seen


def test_the_independent_count_agrees_with_the_worked_examples():
    cal = registered().calendar
    assert months_later(_dt.date(2025, 11, 30), 3) == _dt.date(2026, 2, 28)
    assert months_later(_dt.date(2024, 11, 30), 3) == _dt.date(2025, 2, 28)
    assert months_later(_dt.date(2023, 11, 30), 3) == _dt.date(2024, 2, 29)  # leap year
    assert months_later(_dt.date(2025, 10, 31), 3) == _dt.date(2026, 1, 31)
    assert counted_due(cal, _dt.date(2025, 7, 8), 3) == _dt.date(2025, 10, 9)
    assert counted_due(cal, _dt.date(2025, 11, 30), 3) == _dt.date(2026, 2, 28)
    assert counted_due(cal, _dt.date(2026, 1, 31), 3) == _dt.date(2026, 4, 30)
    assert counted_due(cal, _dt.date(2025, 11, 30), 6) == _dt.date(2026, 6, 1)


def test_the_lead_unit_is_not_also_a_co_unit():
    with pytest.raises(EventRefused, match=r"lead and co-units: the lead unit 市交通运输局 cannot also be "
                                           r"a co-unit"):
        registered().apply("assign", at=at(2025, 7, 8), by=OFFICE, lead_unit="市交通运输局",
                           co_units=["市财政局", "市交通运输局"])


def test_art_51_an_extension_may_be_shorter_than_up_to_six_months():
    # Assigned 8 July 2025: due 8 October (a National Day rest day → Thursday 9 October);
    # +1 month → 8 November, a Saturday → Monday 10 November.
    longer = extend(in_handling(), at(2025, 8, 1), amount=1)
    assert longer.clock("suggestion.reply").due == D(2025, 11, 10)
    with pytest.raises(EventRefused, match=r"amount: got 4; allowed: 1 to 3 months"):
        extend(in_handling(), at(2025, 8, 1), amount=4)

"""The petition process (信访, ``officeflow.processes.petition``) as the 信访工作条例 (2022) sets it out.

Worked scenarios, each test named after the article it applies. One petition runs through 2026:

* received by letter on Saturday 1 August, registered Monday 3 August by 王芳 — intake due
  Sunday 16 August → Monday 17 August (arts. 22–23, 15 days);
* accepted Tuesday 4 August — handling due 3 October, inside the National Day holiday
  (1–7 October), so Thursday 8 October (art. 34, 60 days); extended once by the organ's head to
  Monday 2 November (+30 days);
* answered, the petitioner receiving it on Monday 24 August — review requests until Wednesday
  23 September (art. 35, 30 days);
* review request received 23 September — review due Friday 23 October; review opinion received
  Thursday 15 October — recheck requests until 14 November, a Saturday, so Monday 16 November
  (art. 36); recheck request received 16 November — recheck due Wednesday 16 December; after the
  recheck the matter is closed for good.

Then the Hypothesis runs the issue asks for: the process's state machine (200 examples) and the
JSON round trip of generated cases (500 examples), plus the strategies shipped for users.
"""

from __future__ import annotations

import collections
import json
import subprocess
import sys

import pendulum
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from officeflow import AccessDenied, Clock, ClockStatus, EventRefused, InvalidValue
from officeflow.actors import Actor
from officeflow.calendar import WorkCalendar, china
from officeflow.process import Case
from officeflow.processes import petition
from officeflow.rules import DEFAULT, TimeLimit
from officeflow.strategies import NAMES, UNITS, actors, calendars, cases, dates, datetimes, state_machine

P = petition.PROCESS
D = pendulum.Date

OFFICER = Actor("王芳", "区信访局", {petition.PETITION_OFFICER})
COLLEAGUE = Actor("李明", "区信访局", {petition.PETITION_OFFICER})
HEAD = Actor("孙强", "区信访局", {petition.ORGAN_HEAD})
REVIEWER = Actor("陈静", "市信访局", {petition.REVIEW_OFFICER})
RECHECKER = Actor("赵磊", "省信访局", {petition.RECHECK_OFFICER})


def on(month: int, day: int, hour: int = 9) -> pendulum.DateTime:
    return pendulum.datetime(2026, month, day, hour, tz="Asia/Shanghai")


def registered(**changes) -> Case:
    data = {"channel": "letter", "petitioner": "张三", "matter": "征地补偿款未按期发放",
            "organ": "某区人民政府", "place": "某街道", "received_on": D(2026, 8, 1)} | changes
    return P.open("XF-2026-0803", at=on(8, 3), by=OFFICER, **data)


def accepted() -> Case:
    return registered().apply("accept", at=on(8, 4), by=OFFICER)


def answered() -> Case:
    return accepted().apply("answer", at=on(8, 27), by=OFFICER, opinion="责成街道于九月底前发放",
                            delivered_on=D(2026, 8, 24))


def in_review() -> Case:
    return answered().apply("request_review", at=on(9, 24), by=OFFICER, received_on=D(2026, 9, 23))


def reviewed() -> Case:
    return in_review().apply("review", at=on(10, 16), by=REVIEWER, opinion="维持原处理意见",
                             delivered_on=D(2026, 10, 15))


def in_recheck() -> Case:
    return reviewed().apply("request_recheck", at=on(11, 16, 15), by=OFFICER, received_on=D(2026, 11, 16))


def closed() -> Case:
    return in_recheck().apply("recheck", at=on(12, 10), by=RECHECKER, opinion="维持复查意见")


def snapshot(case: Case) -> str:
    return json.dumps(case.to_dict(), ensure_ascii=False, sort_keys=True)


# -- the declaration -------------------------------------------------------------------------------


def test_states_events_and_labels_are_those_of_the_regulation():
    assert [(s.name, s.label, s.final) for s in P.states] == [
        ("registered", "已登记", False), ("in_handling", "办理中", False), ("forwarded", "已转送", True),
        ("not_accepted", "不予受理", True), ("answered", "已答复", False), ("in_review", "复查中", False),
        ("reviewed", "已复查", False), ("in_recheck", "复核中", False), ("closed", "已办结", True),
        ("withdrawn", "已撤回", True)]
    assert [(e.name, e.label) for e in P.events] == [
        ("accept", "受理"), ("forward", "转送"), ("refuse", "不予受理"),
        ("object_jurisdiction", "提出管辖异议"), ("extend", "延长办理期限"),
        ("answer", "出具处理意见"), ("request_review", "请求复查"), ("review", "复查"),
        ("request_recheck", "请求复核"), ("recheck_hearing", "复核听证"),
        ("recheck_hearing_held", "听证结束"), ("recheck", "复核"), ("close", "办结"),
        ("withdraw", "撤回"), ("handover", "移交")]
    assert (P.opening.name, P.opening.label, P.opening.state) == ("register", "登记", "registered")
    assert P.roles_for("register") == {"petition_officer"}
    assert P.roles_for("extend") == {"organ_head"}
    assert P.roles_for("review") == {"review_officer"}
    assert P.roles_for("recheck") == {"recheck_officer"}
    assert str(P.source) == "信访工作条例 (2022, in force 2022-05-01)"


def test_the_diagram_shows_the_chinese_labels():
    text = P.to_mermaid("zh")
    assert text.startswith("stateDiagram-v2\n")
    for line in ('    state "已登记" as registered', "    [*] --> registered: 登记",
                 "    registered --> not_accepted: 不予受理", "    in_recheck --> closed: 复核",
                 "    in_handling --> in_handling: 延长办理期限", "    closed --> [*]"):
        assert line in text
    assert reviewed().diagram().mermaid.endswith("class reviewed current")


# -- arts. 22–23: registration and the intake decision ------------------------------------------------


def test_art_22_23_registration_starts_the_intake_clock_from_receipt():
    case = registered()
    assert (case.state, case.owner) == ("registered", "王芳")
    assert case.data["received_on"] == D(2026, 8, 1)
    assert case.data["channel"] == "letter"
    intake = case.clock("petition.intake")
    assert intake.started_on == D(2026, 8, 1)  # receipt, not registration (8/3)
    assert intake.due == D(2026, 8, 17)  # 8/1 + 15 = Sunday 8/16 → Monday 8/17
    assert set(case.clocks) == {"petition.intake"}
    assert case.allowed_events() == ("accept", "forward", "refuse", "object_jurisdiction", "withdraw",
                                     "handover")


def test_art_22_23_without_a_receipt_date_the_intake_runs_from_registration():
    case = registered(received_on=None)
    assert "received_on" not in case.data
    assert case.clock("petition.intake").started_on == D(2026, 8, 3)
    assert case.clock("petition.intake").due == D(2026, 8, 18)


def test_art_22_23_registration_records_the_channel_and_the_parties():
    with pytest.raises(InvalidValue, match=r"register.channel: got 'fax'; allowed: one of letter, visit"):
        registered(channel="fax")
    with pytest.raises(InvalidValue, match=r"petition.register.petitioner: got None"):
        registered(petitioner=None)
    with pytest.raises(InvalidValue, match=r"received_on: got Date.2026, 8, 4.*on or before the event's"):
        registered(received_on=D(2026, 8, 4))
    with pytest.raises(AccessDenied, match=r"needs one of the roles \['petition_officer'\]"):
        P.open("XF-1", at=on(8, 3), by=HEAD, channel="visit", petitioner="张三", matter="m", organ="o")


def test_art_22_23_accepting_finishes_the_intake_and_starts_handling():
    case = accepted()
    assert case.state == "in_handling"
    assert case.clock("petition.intake").finished_on == D(2026, 8, 4)
    assert case.clock("petition.intake").status(D(2026, 8, 4)) is ClockStatus.MET
    assert case.clock("petition.handling").started_on == D(2026, 8, 4)


def test_art_22_23_a_late_intake_decision_is_met_late():
    case = registered().apply("accept", at=on(8, 18), by=OFFICER)
    assert case.clock("petition.intake").status(D(2026, 8, 18)) is ClockStatus.MET_LATE


def test_art_22_23_forwarding_names_the_competent_organ():
    case = registered()
    with pytest.raises(InvalidValue, match=r"forward.to_organ: got None; allowed: a non-empty str \(有权"):
        case.apply("forward", at=on(8, 5), by=OFFICER)
    forwarded = case.apply("forward", at=on(8, 5), by=OFFICER, to_organ="某市自然资源局")
    assert forwarded.state == "forwarded"
    assert forwarded.data["to_organ"] == "某市自然资源局"
    assert forwarded.history[-1].payload == {"to_organ": "某市自然资源局"}
    assert forwarded.clock("petition.intake").finished_on == D(2026, 8, 5)
    assert forwarded.final
    assert forwarded.allowed_events() == ()


def test_art_22_23_refusal_needs_the_reason_and_the_legal_channel():
    case = registered()
    with pytest.raises(InvalidValue, match=r"refuse.reason: got None; allowed: a non-empty str \(理由\)"):
        case.apply("refuse", at=on(8, 5), by=OFFICER, legal_channel="litigation")
    with pytest.raises(InvalidValue, match=r"refuse.legal_channel: got None.*应当通过的法定途径"):
        case.apply("refuse", at=on(8, 5), by=OFFICER, reason="属于民事纠纷")
    with pytest.raises(InvalidValue, match=r"refuse.legal_channel: got 'mediation'; allowed: one of "
                                           r"litigation, arbitration, reconsideration, other_statutory"):
        case.apply("refuse", at=on(8, 5), by=OFFICER, reason="属于民事纠纷", legal_channel="mediation")
    refused = case.apply("refuse", at=on(8, 5), by=OFFICER, reason="已进入诉讼程序",
                         legal_channel="litigation")
    assert refused.state == "not_accepted"
    assert refused.data["legal_channel"] == "litigation"
    assert refused.history[-1].payload == {"reason": "已进入诉讼程序", "legal_channel": "litigation"}
    assert refused.clock("petition.intake").finished_on == D(2026, 8, 5)
    assert refused.final


# -- art. 34: handling and its one extension ----------------------------------------------------------


def test_art_34_handling_is_60_days_rolled_past_national_day():
    handling = accepted().clock("petition.handling")
    assert D(2026, 8, 4).add(days=60) == D(2026, 10, 3)  # inside the 1–7 October holiday
    assert handling.due == D(2026, 10, 8)
    assert handling.rule.source.article == "art. 34"


def test_art_34_one_extension_by_the_organ_head_adds_30_days():
    case = accepted().apply("extend", at=on(9, 28), by=HEAD, reason="涉及多个部门，情况复杂",
                            requested_by="王芳")
    assert case.state == "in_handling"
    handling = case.clock("petition.handling")
    assert handling.due == D(2026, 11, 2)  # 8/4 + 90 days
    assert handling.extended_by == 30
    assert (handling.events[-1].by, handling.events[-1].reason) == ("孙强", "涉及多个部门，情况复杂")
    with pytest.raises(EventRefused, match=r"petition.handling: already extended 1 time\(s\), the most the "
                                           r"rule allows \(信访工作条例 art. 34"):
        case.apply("extend", at=on(10, 20), by=HEAD, reason="仍需核实", requested_by="王芳")


def test_art_34_an_extension_asked_for_after_the_deadline_is_refused():
    with pytest.raises(EventRefused, match=r"cannot extend on 2026-10-09: the deadline 2026-10-08 has pas"):
        accepted().apply("extend", at=on(10, 9), by=HEAD, reason="情况复杂", requested_by="王芳")


def test_art_34_no_one_approves_their_own_extension():
    case = accepted()
    before = snapshot(case)
    with pytest.raises(EventRefused) as caught:
        case.apply("extend", at=on(9, 28), by=HEAD, reason="情况复杂", requested_by="孙强")
    assert caught.value.reason == ("not self (requested_by): 孙强 cannot approve their own request "
                                   "(requested_by='孙强')")
    assert snapshot(case) == before


def test_art_34_only_an_organ_head_may_extend():
    with pytest.raises(AccessDenied) as caught:
        accepted().apply("extend", at=on(9, 28), by=OFFICER, reason="情况复杂", requested_by="李明")
    assert "needs one of the roles ['organ_head']" in str(caught.value)
    assert "王芳 (区信访局) may not extend (延长办理期限)" in str(caught.value)
    assert accepted().allowed_events(OFFICER) == ("answer", "withdraw", "handover")
    assert accepted().allowed_events(HEAD) == ("extend",)


def test_art_34_the_answer_finishes_handling_and_opens_the_review_window_from_delivery():
    case = answered()
    assert case.state == "answered"
    assert case.clock("petition.handling").finished_on == D(2026, 8, 27)
    window = case.clock("petition.review_request")
    assert window.started_on == D(2026, 8, 24)  # the petitioner's receipt, not the answer (8/27)
    assert window.due == D(2026, 9, 23)


def test_art_34_the_answer_without_a_delivery_date_opens_the_window_on_the_day():
    case = accepted().apply("answer", at=on(8, 27), by=OFFICER, opinion="已处理")
    assert case.clock("petition.review_request").started_on == D(2026, 8, 27)
    assert case.clock("petition.review_request").due == D(2026, 9, 28)  # 9/26 is a rest day (Mid-Autumn)


# -- art. 35: review (复查) -------------------------------------------------------------------------


def test_art_35_a_review_request_inside_30_days_is_accepted():
    case = in_review()
    assert case.state == "in_review"
    assert case.clock("petition.review_request").finished_on == D(2026, 9, 23)
    review = case.clock("petition.review")
    assert (review.started_on, review.due) == (D(2026, 9, 23), D(2026, 10, 23))


def test_art_35_a_late_review_request_is_refused_citing_the_end_of_the_window():
    case = answered()
    before = snapshot(case)
    with pytest.raises(EventRefused) as caught:
        case.apply("request_review", at=on(9, 24), by=OFFICER, received_on=D(2026, 9, 24))
    refusal = caught.value
    assert (refusal.state, refusal.event) == ("answered", "request_review")
    assert refusal.reason == ("within petition.review_request: the window petition.review_request "
                              "(信访工作条例 art. 35 (2022, in force 2022-05-01)) ended on 2026-09-23; "
                              "this was received on 2026-09-24")
    assert "Events allowed now: request_review, close, withdraw, handover." in str(refusal)
    with pytest.raises(EventRefused, match=r"ended on 2026-09-23; this was received on 2026-09-25"):
        case.apply("request_review", at=on(9, 25), by=OFFICER)  # received the day it is recorded
    assert snapshot(case) == before


def test_art_35_only_a_review_officer_decides_the_review():
    with pytest.raises(AccessDenied, match=r"needs one of the roles \['review_officer'\]"):
        in_review().apply("review", at=on(10, 16), by=OFFICER, opinion="维持")
    case = reviewed()
    assert case.state == "reviewed"
    assert case.clock("petition.review").finished_on == D(2026, 10, 16)
    window = case.clock("petition.recheck_request")
    assert (window.started_on, window.due) == (D(2026, 10, 15), D(2026, 11, 16))  # 11/14 is a Saturday


# -- art. 36: re-examination (复核), after which the matter is final ------------------------------------


def test_art_36_a_recheck_request_inside_30_days_is_accepted():
    case = in_recheck()
    assert case.state == "in_recheck"
    assert case.clock("petition.recheck_request").finished_on == D(2026, 11, 16)
    recheck = case.clock("petition.recheck")
    assert (recheck.started_on, recheck.due) == (D(2026, 11, 16), D(2026, 12, 16))
    with pytest.raises(AccessDenied, match=r"needs one of the roles \['recheck_officer'\]"):
        case.apply("recheck", at=on(12, 10), by=REVIEWER, opinion="维持")


def test_art_36_a_late_recheck_request_is_refused_citing_the_end_of_the_window():
    with pytest.raises(EventRefused) as caught:
        reviewed().apply("request_recheck", at=on(11, 17), by=OFFICER, received_on=D(2026, 11, 17))
    assert caught.value.reason == ("within petition.recheck_request: the window petition.recheck_request "
                                   "(信访工作条例 art. 36 (2022, in force 2022-05-01)) ended on 2026-11-16; "
                                   "this was received on 2026-11-17")


def test_art_36_after_the_recheck_the_matter_is_final():
    case = closed()
    assert case.state == "closed"
    assert case.final
    assert case.allowed_events() == ()
    assert all(clock.finished_on is not None for clock in case.clocks.values())
    assert case.clock("petition.recheck").status(D(2026, 12, 10)) is ClockStatus.MET
    assert [entry.event for entry in case.history] == [
        "register", "accept", "answer", "request_review", "review", "request_recheck", "recheck"]
    for name, by in (("request_review", OFFICER), ("request_recheck", OFFICER), ("recheck", RECHECKER),
                     ("withdraw", OFFICER), ("handover", OFFICER)):
        with pytest.raises(EventRefused, match=r"Events allowed now: none \(the case is final\)"):
            case.apply(name, at=on(12, 11), by=by)


def test_art_35_36_the_petitioner_may_stop_after_the_answer_or_the_review():
    after_answer = answered().apply("close", at=on(9, 24), by=OFFICER, reason="信访人表示满意")
    assert after_answer.state == "closed"
    assert after_answer.clock("petition.review_request").finished_on == D(2026, 9, 24)
    after_review = reviewed().apply("close", at=on(11, 17), by=OFFICER)
    assert after_review.state == "closed"
    assert after_review.clock("petition.recheck_request").finished_on == D(2026, 11, 17)


# -- withdrawal ---------------------------------------------------------------------------------------

PATHS = {"registered": registered, "in_handling": accepted, "answered": answered, "in_review": in_review,
         "reviewed": reviewed, "in_recheck": in_recheck}


def test_the_paths_reach_every_open_state():
    assert set(PATHS) == set(petition.OPEN_STATES)
    assert all(PATHS[state]().state == state for state in PATHS)


@pytest.mark.parametrize("state", petition.OPEN_STATES)
def test_withdrawal_from_each_open_state_finishes_every_running_clock(state):
    case = PATHS[state]()
    running = {rule for rule, clock in case.clocks.items() if clock.finished_on is None}
    assert running  # there is always a clock to finish
    withdrawn = case.apply("withdraw", at=on(12, 11), by=OFFICER, reason="信访人撤回")
    assert withdrawn.state == "withdrawn"
    assert withdrawn.final
    assert all(clock.finished_on is not None for clock in withdrawn.clocks.values())
    assert {rule for rule in running if withdrawn.clock(rule).finished_on == D(2026, 12, 11)} == running
    assert withdrawn.clocks.keys() == case.clocks.keys()


# -- first-contact responsibility (首问负责制) ------------------------------------------------------


def test_first_contact_the_registering_officer_owns_the_case_until_a_handover():
    case = registered()
    for name, payload in (("accept", {}), ("forward", {"to_organ": "某局"}),
                          ("refuse", {"reason": "r", "legal_channel": "litigation"})):
        with pytest.raises(EventRefused, match=r"首问负责制.*王芳 owns this case until a recorded handover"):
            case.apply(name, at=on(8, 4), by=COLLEAGUE, **payload)
    with pytest.raises(EventRefused, match=r"王芳 owns this case"):
        case.apply("handover", at=on(8, 4), by=COLLEAGUE, to="李明")
    handed = case.apply("handover", at=on(8, 4), by=OFFICER, to="李明")
    assert (handed.owner, handed.state) == ("李明", "registered")
    assert handed.history[-1].payload == {"to": "李明"}
    accepted_by_li = handed.apply("accept", at=on(8, 5), by=COLLEAGUE)
    with pytest.raises(EventRefused, match=r"李明 owns this case"):
        accepted_by_li.apply("answer", at=on(8, 27), by=OFFICER, opinion="已处理")
    answered_by_li = accepted_by_li.apply("answer", at=on(8, 27), by=COLLEAGUE, opinion="已处理")
    assert answered_by_li.owner == "李明"
    assert P.from_dict(json.loads(json.dumps(answered_by_li.to_dict()))).owner == "李明"


def test_first_contact_requests_and_withdrawal_need_not_come_from_the_owner():
    case = answered().apply("request_review", at=on(9, 23), by=COLLEAGUE)
    assert case.state == "in_review"
    assert case.apply("withdraw", at=on(9, 30), by=COLLEAGUE).state == "withdrawn"


# -- Hypothesis: the state machine and the round trip (required by the issue) -----------------------

TestPetitionMachine = state_machine(P).TestCase
TestPetitionMachine.settings = settings(max_examples=200, stateful_step_count=20, deadline=None,
                                        suppress_health_check=[HealthCheck.too_slow,
                                                               HealthCheck.filter_too_much])


def test_the_state_machine_run_keeps_its_size_whatever_the_profile():
    assert TestPetitionMachine.settings.max_examples == 200
    assert TestPetitionMachine.settings.stateful_step_count == 20


def test_generated_cases_reach_every_state():
    seen: collections.Counter[str] = collections.Counter()

    @settings(max_examples=500, deadline=None, derandomize=True, database=None, phases=[Phase.generate])
    @given(cases(P))
    def collect(case):
        seen[case.state] += 1
        times = [entry.at for entry in case.history]
        assert times == sorted(times)

    collect()
    assert set(seen) == {s.name for s in P.states}, seen


# -- strategies shipped for users -------------------------------------------------------------------


@given(st.from_type(Actor), st.from_type(WorkCalendar), st.from_type(TimeLimit), st.from_type(Clock))
def test_from_type_gives_officeflow_values(actor, calendar, limit, clock):
    assert isinstance(actor, Actor)
    assert actor.name in NAMES
    assert actor.unit in UNITS
    assert isinstance(calendar, WorkCalendar)
    assert calendar.coverage == china().coverage
    assert isinstance(limit, TimeLimit)
    assert limit.id in DEFAULT
    assert isinstance(clock, Clock)
    assert Clock.from_dict(clock.to_dict(), calendar=clock.calendar, rule=clock.rule) == clock


def test_from_type_works_through_the_hypothesis_entry_point_in_a_fresh_interpreter():
    script = """
import sys, warnings
import officeflow, officeflow.processes.petition
assert "hypothesis" not in sys.modules, "officeflow imported hypothesis"
from hypothesis import strategies as st
assert "officeflow.strategies" in sys.modules, "the entry point did not run"
from officeflow import Clock
from officeflow.actors import Actor
from officeflow.calendar import WorkCalendar
from officeflow.rules import TimeLimit
warnings.simplefilter("ignore")
print(",".join(type(st.from_type(t).example()).__name__ for t in (Actor, WorkCalendar, TimeLimit, Clock)))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Actor,WorkCalendar,TimeLimit,Clock"


@given(dates(), dates(margin_days=0), datetimes())
def test_dates_stay_inside_the_calendar_coverage(day, any_day, moment):
    coverage = china().coverage
    assert coverage.first <= day <= coverage.last.subtract(days=400)
    assert coverage.first <= any_day <= coverage.last
    china().is_workday(day)  # raises outside coverage
    assert moment.timezone_name == "Asia/Shanghai"
    assert coverage.first <= moment.date() <= coverage.last.subtract(days=400)


@given(calendars(), st.data())
def test_dates_follow_a_given_calendar(calendar, data):
    day = data.draw(dates(calendar, margin_days=30))
    assert calendar.coverage.first <= day <= calendar.coverage.last.subtract(days=30)
    calendar.is_workday(day)


@given(actors(roles={"organ_head"}))
def test_actors_with_given_roles(actor):
    assert actor.roles == {"organ_head"}
    assert actor.has_any({"organ_head", "x"})


@given(cases(P, max_events=0))
def test_cases_with_no_events_are_fresh_registrations(case):
    assert case.state == "registered"
    assert len(case.history) == 1
    before = snapshot(case)
    with pytest.raises(EventRefused, match="'recheck' is not allowed in state 'registered'"):
        case.apply("recheck", at=case.last_at, by=RECHECKER, opinion="x")
    assert snapshot(case) == before


# -- art. 23: objecting to a forwarded matter; art. 36: hearing time in a recheck -----------------


def test_art_23_a_forwarded_matter_may_be_objected_to_within_5_working_days():
    forwarded = registered(forwarded_from="市信访局")
    clock = forwarded.clock("petition.jurisdiction_objection")
    # Received Sat 1 August: working days 3, 4, 5, 6, 7 August → due Fri 7 August.
    assert clock.started_on == D(2026, 8, 1)
    assert clock.due == D(2026, 8, 7)
    back = forwarded.apply("object_jurisdiction", at=on(8, 6), by=OFFICER, reason="不属于本机关职权范围")
    assert back.state == "forwarded"
    assert back.data["reason"] == "不属于本机关职权范围"
    assert back.clock("petition.jurisdiction_objection").status(D(2026, 8, 6)) is ClockStatus.MET
    with pytest.raises(EventRefused, match=r"petition\.jurisdiction_objection .* ended on 2026-08-07"):
        forwarded.apply("object_jurisdiction", at=on(8, 10), by=OFFICER, reason="晚了")
    with pytest.raises(EventRefused, match=r"no petition\.jurisdiction_objection clock has started"):
        registered().apply("object_jurisdiction", at=on(8, 4), by=OFFICER, reason="不是转来的")


def test_art_23_accepting_a_forwarded_matter_ends_the_objection_window():
    accepted_here = registered(forwarded_from="市信访局").apply("accept", at=on(8, 4), by=OFFICER)
    assert accepted_here.clock("petition.jurisdiction_objection").finished_on == D(2026, 8, 4)


def test_art_36_hearing_time_is_not_counted_in_the_recheck_limit():
    case = in_recheck()
    # Recheck request received Mon 16 November: 30 days end Wed 16 December.
    assert case.clock("petition.recheck").due == D(2026, 12, 16)
    heard = case.apply("recheck_hearing", at=on(11, 20), by=RECHECKER)
    assert heard.clock("petition.recheck").due is None
    assert heard.clock("petition.recheck").status(D(2026, 11, 25)) is ClockStatus.STOPPED
    held = heard.apply("recheck_hearing_held", at=on(11, 30), by=RECHECKER)
    # 21–30 November (10 days) are excluded: 16 Dec + 10 = Sat 26 Dec → Mon 28 December.
    assert held.clock("petition.recheck").due == D(2026, 12, 28)
    with pytest.raises(EventRefused, match=r"resume .* without a stop"):
        held.apply("recheck_hearing_held", at=on(12, 1), by=RECHECKER)


def test_first_contact_allowed_events_show_owner_events_only_to_the_owner():
    case = registered()
    assert case.allowed_events(OFFICER) == ("accept", "forward", "refuse", "object_jurisdiction",
                                            "withdraw", "handover")
    assert case.allowed_events(COLLEAGUE) == ("withdraw",)
    handed = case.apply("handover", at=on(8, 3, 10), by=OFFICER, to="李明")
    assert "accept" in handed.allowed_events(COLLEAGUE)
    assert "accept" not in handed.allowed_events(OFFICER)

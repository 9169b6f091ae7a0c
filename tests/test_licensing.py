"""Administrative licensing (行政许可, ``officeflow.processes.licensing``) as the 行政许可法 sets it out.

Worked scenarios, each test named after the article it applies, all around National Day 2026.
The calendar facts they rest on (国务院办公厅 notice for 2026):

* Friday 25 September is the Mid-Autumn holiday (26–27 September a weekend);
* 1–7 October are rest days (National Day); Sunday 20 September and Saturday 10 October are
  make-up working days (调休上班).

One licence runs through them (the hand counts are in the comments of each test):

* materials received Monday 14 September — the supplement notice is due within 5 working days:
  15, 16, 17, 18 (Tue–Fri), Saturday 19 rests, Sunday 20 works → Sunday 20 September (art. 32);
* one supplement notice on 16 September, resubmitted 18 September, accepted Monday 21 September —
  the decision is due within 20 working days: 22, 23, 24 | 28, 29, 30 | 8, 9, 10 | 12–16 | 19–23 |
  26 → Monday 26 October (art. 42);
* expert review from Thursday 24 September to Friday 9 October is not counted (art. 45): 3 working
  days were counted (22, 23, 24), 17 remain from 9 October: 10 | 12–16 | 19–23 | 26–30 | 2 November
  → Monday 2 November;
* extended once by the organ's head on 12 October (+10 working days): 27 remain from 9 October,
  → 2 November (17), 3–6 (21), 9–13 (26), 16 (27) → Monday 16 November (art. 42);
* granted Friday 13 November — the certificate is due within 10 working days: 16–20, 23–27 →
  Friday 27 November (art. 44); issued 20 November.

Then the Hypothesis runs the issue's Proof asks for: the state machine, the JSON round trip and
tampering, and the key property — whatever the event sequence, every clock's due date is the
one computed here, independently, from the case's history with a plain day-by-day count. The
property runs over ``strategies.cases`` and over ``busy_cases`` (events hours apart, hearings
favoured), and a derandomized census checks that the generated cases really contain what the
property is about (deemed acceptance, several stops, hearings, extensions…).
"""

from __future__ import annotations

import collections
import copy
import json
import pathlib
import re
from typing import Any

import hypothesis
import pendulum
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from officeflow import AccessDenied, ClockStatus, EventRefused, InvalidCaseData, InvalidType, InvalidValue
from officeflow.actors import Actor
from officeflow.calendar import WorkCalendar, china
from officeflow.process import Case
from officeflow.processes import licensing
from officeflow.rules import DEFAULT, LICENSING_STOPS, Unit
from officeflow.strategies import NAMES, cases, payloads, state_machine, tamper_outcome, tampered

P = licensing.PROCESS
D = pendulum.Date
SHANGHAI = "Asia/Shanghai"

OFFICER = Actor("陈窗口", "政务服务中心", {licensing.LICENSING_OFFICER})
DECIDER = Actor("周处长", "审批处", {licensing.DECIDER})
HEAD = Actor("李局长", "局领导", {licensing.ORGAN_HEAD})
HEARING = Actor("赵主持", "法制科", {licensing.HEARING_OFFICER})
MAYOR = Actor("吴副市长", "市人民政府", {licensing.GOVERNMENT_HEAD})

DECISION, JOINT = "licensing.decision", "licensing.decision_joint"
MISSING = ["场所平面图", "设备布局和工艺流程", "从业人员健康证明"]


def at(month: int, day: int, hour: int = 9) -> pendulum.DateTime:
    return pendulum.datetime(2026, month, day, hour, tz=SHANGHAI)


def received(**changes: Any) -> Case:
    data = {"applicant": "某食品有限公司", "matter": "食品经营许可"} | changes
    return P.open("XK-2026-0914", at=at(9, 14), by=OFFICER, **data)


def notified() -> Case:
    return received().apply("request_supplement", at=at(9, 16), by=OFFICER, missing=MISSING)


def accepted() -> Case:
    return notified().apply("resubmit", at=at(9, 18), by=OFFICER, resubmitted_on=D(2026, 9, 18)).apply(
        "accept", at=at(9, 21), by=OFFICER)


def in_expert_review() -> Case:
    return accepted().apply("suspend", at=at(9, 24), by=OFFICER, reason="expert_review", expected_days=15)


def resumed() -> Case:
    return in_expert_review().apply("resume", at=at(10, 9), by=OFFICER)


def extended() -> Case:
    return resumed().apply("extend", at=at(10, 12), by=HEAD, reason="专家意见分歧，需补充核查",
                           requested_by="陈窗口", applicant_told_on=D(2026, 10, 12))


def granted() -> Case:
    return extended().apply("grant", at=at(11, 13), by=DECIDER, scope="预包装食品销售")


def issued() -> Case:
    return granted().apply("issue_certificate", at=at(11, 20), by=OFFICER, certificate_no="JY13301020260001")


def snapshot(case: Case) -> str:
    return json.dumps(case.to_dict(), ensure_ascii=False, sort_keys=True)


def refusal(case: Case, event: str, when: pendulum.DateTime, by: Actor, **payload: Any) -> EventRefused:
    """The refusal ``event`` meets; the case is left exactly as it was."""
    before = snapshot(case)
    with pytest.raises(EventRefused) as caught:
        case.apply(event, at=when, by=by, **payload)
    assert (caught.value.state, caught.value.event) == (case.state, event)
    assert snapshot(case) == before
    return caught.value


# -- the declaration ----------------------------------------------------------------------------------


def test_states_events_roles_and_labels_are_those_of_the_law():
    assert [(s.name, s.label, s.final) for s in P.states] == [
        ("submitted", "已提交", False), ("awaiting_supplement", "待补正", False),
        ("in_review", "审查中", False), ("suspended", "中止（听证、检验、专家评审等）", False),
        ("granted", "准予许可", False), ("denied", "不予许可", True), ("certificate_issued", "已发证", False),
        ("not_accepted", "不予受理", True), ("withdrawn", "已撤回", True),
        ("renewal_pending", "延续审查中", False), ("renewal_refused", "不予延续", True)]
    assert {e.name: e.label for e in P.events} == {
        "request_supplement": "一次性告知补正", "resubmit": "补正材料", "accept": "受理",
        "refuse": "不予受理", "suspend": "中止计时", "resume": "恢复计时", "extend": "延长审查期限",
        "grant": "准予许可", "deny": "不予许可", "issue_certificate": "颁发送达许可证件",
        "withdraw": "撤回申请",
        "notify_hearing_right": "告知听证权利", "request_hearing": "申请听证",
        "schedule_hearing": "通知听证", "hold_hearing": "举行听证", "apply_renewal": "申请延续",
        "renew": "准予延续", "refuse_renewal": "不予延续", "deem_renewed": "视为准予延续"}
    assert (P.opening.name, P.opening.label, P.opening.state) == ("submit", "收到申请材料", "submitted")
    roles = {name: P.roles_for(name) for name in ("submit", *(e.name for e in P.events))}
    assert {name for name, r in roles.items() if r == {"licensing_decider"}} == {
        "grant", "deny", "renew", "refuse_renewal"}
    assert {name for name, r in roles.items() if r == {"organ_head", "government_head"}} == {"extend"}
    assert {name for name, r in roles.items() if r == {"hearing_officer"}} == {
        "schedule_hearing", "hold_hearing"}
    assert all(r == {"licensing_officer"} for name, r in roles.items() if name not in {
        "grant", "deny", "renew", "refuse_renewal", "extend", "schedule_hearing", "hold_hearing"})
    assert str(P.source) == "中华人民共和国行政许可法 (as amended 2019-04-23)"


def test_art_82_every_clock_the_process_runs_counts_working_days():
    """Art. 82: the organ's licensing limits are working days, statutory holidays excluded; only the
    applicant's renewal limit (art. 50, "30日前") is in days, counted back from expiry."""
    started = {action.rule for event in (P.opening, *P.events) for action in event.clocks
               if action.kind == "start"}
    assert started == {"licensing.supplement_notice", DECISION, JOINT, "licensing.certificate",
                       "licensing.hearing_request", "licensing.hearing_hold"}
    assert {DEFAULT.get(rule).unit for rule in started} == {Unit.WORKING_DAYS}
    assert (DEFAULT.get("licensing.hearing_notice").unit, DEFAULT.get("licensing.renewal_apply").unit) == (
        Unit.WORKING_DAYS, Unit.NATURAL_DAYS)
    # 5 working days from Monday 14 September skip Saturday 19 and end on Sunday 20, a make-up working day
    assert received().clock("licensing.supplement_notice").due == D(2026, 9, 20)
    # 10 working days from Monday 28 September: 29, 30 | 1–7 October rest | 8, 9, 10 (Sat, works) |
    # 12–16 → Friday 16 October, where 10 natural days would have ended on Thursday 8 October
    assert DEFAULT.get("licensing.certificate").due(D(2026, 9, 28)) == D(2026, 10, 16)


# -- art. 32: the supplement notice, once, in time — or deemed acceptance ---------------------------


def test_art_32_receipt_starts_the_5_working_day_supplement_limit():
    case = received()
    assert (case.state, case.owner) == ("submitted", "陈窗口")
    notice = case.clock("licensing.supplement_notice")
    # 15, 16, 17, 18 (Tue–Fri) = 4; Sat 19 rests; Sun 20 is the make-up working day before National Day = 5
    assert (notice.started_on, notice.due) == (D(2026, 9, 14), D(2026, 9, 20))
    assert set(case.clocks) == {"licensing.supplement_notice"}
    assert case.allowed_events() == ("request_supplement", "accept", "refuse", "withdraw")


def test_art_32_the_limit_runs_from_the_day_the_materials_were_received():
    case = P.open("XK-2026-0916", at=at(9, 16), by=OFFICER, applicant="某公司", matter="食品经营许可",
                  received_on=D(2026, 9, 14))
    assert case.clock("licensing.supplement_notice").started_on == D(2026, 9, 14)
    assert case.clock("licensing.supplement_notice").due == D(2026, 9, 20)
    with pytest.raises(InvalidValue, match=r"received_on: got Date.2026, 9, 17.*on or before the event's"):
        P.open("XK-2026-0916", at=at(9, 16), by=OFFICER, applicant="某公司", matter="m",
               received_on=D(2026, 9, 17))


def test_art_32_one_notice_lists_everything_missing():
    case = notified()
    assert case.state == "awaiting_supplement"
    assert case.data["missing"] == tuple(MISSING)
    assert case.data["supplement_requested"] is True
    assert case.history[-1].payload == {"missing": tuple(MISSING)}
    notice = case.clock("licensing.supplement_notice")
    assert notice.finished_on == D(2026, 9, 16)
    assert notice.status(D(2026, 9, 16)) is ClockStatus.MET
    with pytest.raises(InvalidValue, match=r"request_supplement.missing: got None"):
        received().apply("request_supplement", at=at(9, 16), by=OFFICER)
    with pytest.raises(InvalidValue, match=r"missing: got \['场所平面图', '场所平面图'\]; allowed: distinct"):
        received().apply("request_supplement", at=at(9, 16), by=OFFICER, missing=["场所平面图", "场所平面图"])


def test_art_32_a_second_supplement_notice_is_refused():
    again = notified().apply("resubmit", at=at(9, 18), by=OFFICER)
    assert again.state == "submitted"
    refused = refusal(again, "request_supplement", at(9, 18), OFFICER, missing=["营业执照副本"])
    assert refused.reason == ("one notice: a supplement notice was already given; art. 32 requires "
                              "everything missing to be listed at once")


def test_art_32_a_notice_on_the_last_day_is_in_time():
    case = received().apply("request_supplement", at=at(9, 20, 17), by=OFFICER, missing=MISSING)
    assert case.state == "awaiting_supplement"
    assert case.clock("licensing.supplement_notice").status(D(2026, 9, 20)) is ClockStatus.MET


def test_art_32_a_notice_after_the_limit_is_refused_citing_deemed_acceptance():
    refused = refusal(received(), "request_supplement", at(9, 21), OFFICER, missing=MISSING)
    assert refused.reason == (
        "in time: the limit for a supplement notice or refusal ended on 2026-09-20 (行政许可法 art. 32): "
        "the application is deemed accepted as of its receipt on 2026-09-14; accept it and decide")
    assert "Events allowed now: request_supplement, accept, refuse, withdraw." in str(refused)


def test_art_32_a_refusal_to_accept_after_the_limit_is_refused_too():
    refused = refusal(received(), "refuse", at(9, 22), OFFICER, reason="不属于本机关职权范围")
    assert refused.reason.startswith("in time: the limit for a supplement notice or refusal ended on "
                                     "2026-09-20 (行政许可法 art. 32)")


def test_art_32_a_refusal_in_time_ends_the_application():
    case = received().apply("refuse", at=at(9, 18), by=OFFICER, reason="申请事项依法不需要取得行政许可")
    assert (case.state, case.final) == ("not_accepted", True)
    assert case.data["reason"] == "申请事项依法不需要取得行政许可"
    assert case.clock("licensing.supplement_notice").status(D(2026, 9, 18)) is ClockStatus.MET
    assert case.allowed_events() == ()


def test_art_32_accepting_after_the_limit_runs_the_decision_from_receipt():
    case = received().apply("accept", at=at(9, 22), by=OFFICER)
    assert case.state == "in_review"
    assert case.data["deemed_accepted"] is True
    decision = case.clock(DECISION)
    # deemed accepted on Monday 14 September (receipt): 15–18 | 20 (Sun, works) | 21–24 | 28–30 |
    # 8, 9, 10 (Sat, works) | 12–16 → the 20th working day is Friday 16 October
    assert (decision.started_on, decision.due) == (D(2026, 9, 14), D(2026, 10, 16))
    assert case.clock("licensing.supplement_notice").status(D(2026, 9, 22)) is ClockStatus.MET_LATE


def test_art_32_accepting_on_the_last_day_runs_the_decision_from_acceptance():
    case = received().apply("accept", at=at(9, 20), by=OFFICER)  # Sunday 20 September is a working day
    assert case.data["deemed_accepted"] is False
    # 21–24 | 28–30 | 8, 9, 10 | 12–16 | 19–23 → Friday 23 October
    assert (case.clock(DECISION).started_on, case.clock(DECISION).due) == (D(2026, 9, 20), D(2026, 10, 23))


def test_art_32_after_a_notice_in_time_acceptance_counts_from_its_own_day():
    case = accepted()
    assert case.data["deemed_accepted"] is False
    assert case.data["resubmitted_on"] == D(2026, 9, 18)
    assert case.clock(DECISION).started_on == D(2026, 9, 21)


# -- art. 42: the decision limit, joint handling and the one extension ------------------------------


def test_art_42_the_decision_is_due_20_working_days_after_acceptance():
    case = accepted()
    assert set(case.clocks) == {"licensing.supplement_notice", DECISION}
    decision = case.clock(DECISION)
    # 22, 23, 24 | 25 Mid-Autumn | 28, 29, 30 | 1–7 October rest | 8, 9, 10 | 12–16 | 19–23 | 26
    # → Monday 26 October
    assert (decision.started_on, decision.due) == (D(2026, 9, 21), D(2026, 10, 26))
    assert decision.rule.source.article == "arts. 42, 45"
    assert decision.status(D(2026, 9, 30)) is ClockStatus.ON_TRACK
    assert decision.status(D(2026, 10, 21)) is ClockStatus.DUE_SOON  # 3 working days left
    assert decision.status(D(2026, 10, 27)) is ClockStatus.OVERDUE


def test_art_42_joint_handling_runs_the_45_working_day_limit():
    case = received(joint=True).apply("accept", at=at(9, 15), by=OFFICER)
    assert case.data["joint"] is True
    assert DECISION not in case.clocks
    joint = case.clock(JOINT)
    # 16–18 (3) | 20 (4) | 21–24 (8) | 28–30 (11) | 8–10 (14) | 12–16 (19) | 19–23 (24) | 26–30 (29) |
    # 2–6 Nov (34) | 9–13 (39) | 16–20 (44) | 23 (45) → Monday 23 November
    assert (joint.started_on, joint.due) == (D(2026, 9, 15), D(2026, 11, 23))
    assert joint.rule.source.article == "art. 42 ¶2"
    # +15: 24–27 (49) | 30 Nov–4 Dec (54) | 7–11 (59) | 14 (60) → Monday 14 December
    longer = case.apply("extend", at=at(11, 20), by=MAYOR, reason="涉及三个部门联合审查",
                        requested_by="陈窗口", applicant_told_on=D(2026, 11, 20))
    assert longer.clock(JOINT).due == D(2026, 12, 14)
    assert longer.clock(JOINT).extended_by == 15


def test_art_42_joint_handling_is_an_opening_fact_not_a_later_choice():
    single = received(joint=False).apply("accept", at=at(9, 15), by=OFFICER)
    # 16–18 (3) | 20 (4) | 21–24 (8) | 28–30 (11) | 8–10 (14) | 12–16 (19) | 19 (20) → Monday 19 October
    assert (set(single.clocks), single.clock(DECISION).due) == ({"licensing.supplement_notice", DECISION},
                                                                D(2026, 10, 19))
    with pytest.raises(InvalidType, match=r"licensing.submit.joint: got str 'yes'; allowed: True or False"):
        received(joint="yes")


def test_art_42_one_extension_by_the_organ_head_adds_10_working_days():
    case = extended()
    decision = case.clock(DECISION)
    assert case.state == "in_review"
    # see the module docstring: 27 working days remain from 9 October → Monday 16 November
    assert decision.due == D(2026, 11, 16)
    assert decision.extended_by == 10
    extension = decision.extensions[0]
    assert (extension.on, extension.by, extension.reason) == (
        D(2026, 10, 12), "李局长", "专家意见分歧，需补充核查")
    assert case.history[-1].payload == {"reason": "专家意见分歧，需补充核查", "requested_by": "陈窗口",
                                        "applicant_told_on": D(2026, 10, 12)}


def test_art_42_the_applicant_must_be_told_of_the_extension():
    with pytest.raises(InvalidValue,
                       match=r"extend.applicant_told_on: got None; allowed: a date \(告知申请人之日\)"):
        resumed().apply("extend", at=at(10, 12), by=HEAD, reason="情况复杂", requested_by="陈窗口")


def test_art_42_a_second_extension_is_refused():
    refused = refusal(extended(), "extend", at(11, 2), HEAD, reason="仍需核查", requested_by="陈窗口",
                      applicant_told_on=D(2026, 11, 2))
    assert refused.reason == ("licensing.decision: already extended 1 time(s), the most the rule allows "
                              "(中华人民共和国行政许可法 arts. 42, 45 (as amended 2019-04-23))")


def test_art_42_no_one_approves_their_own_extension():
    refused = refusal(resumed(), "extend", at(10, 12), HEAD, reason="情况复杂", requested_by="李局长",
                      applicant_told_on=D(2026, 10, 12))
    assert refused.reason == ("not self (requested_by): 李局长 cannot approve their own request "
                              "(requested_by='李局长')")


def test_art_42_only_the_organ_head_extends():
    for someone in (OFFICER, DECIDER, HEARING):
        with pytest.raises(AccessDenied, match=r"may not extend \(延长审查期限\).*needs one of the roles "
                                               r"\['government_head', 'organ_head'\]"):
            resumed().apply("extend", at=at(10, 12), by=someone, reason="情况复杂", requested_by="王芳",
                            applicant_told_on=D(2026, 10, 12))
    assert resumed().allowed_events(HEAD) == ("extend",)
    # The head of the government approves joint decisions only (art. 42 ¶2), not an organ's own.
    refused = refusal(resumed(), "extend", at(10, 12), MAYOR, reason="情况复杂", requested_by="王芳",
                      applicant_told_on=D(2026, 10, 12))
    assert refused.reason.startswith(
        "approver of licensing.decision, licensing.decision_joint: "
        "licensing.decision is extended only with the approval of 本行政机关负责人")


def test_art_42_an_extension_after_the_deadline_is_refused():
    refused = refusal(accepted(), "extend", at(10, 27), HEAD, reason="情况复杂", requested_by="陈窗口",
                      applicant_told_on=D(2026, 10, 27))
    assert refused.reason == ("licensing.decision: cannot extend on 2026-10-27: the deadline 2026-10-26 "
                              "has passed")
    # on the last day it is still in time
    assert accepted().apply("extend", at=at(10, 26), by=HEAD, reason="情况复杂", requested_by="陈窗口",
                            applicant_told_on=D(2026, 10, 26)).clock(DECISION).due == D(2026, 11, 9)


def test_art_42_a_joint_extension_is_approved_by_the_head_of_the_government():
    assert DEFAULT.get(JOINT).extension.approver == "government_head"
    assert DEFAULT.get(DECISION).extension.approver == "organ_head"
    assert "government_head" in P.roles_for("extend")
    joint = received(joint=True).apply("accept", at=at(9, 15), by=OFFICER)
    refused = refusal(joint, "extend", at(11, 20), HEAD, reason="涉及三个部门联合审查",
                      requested_by="陈窗口", applicant_told_on=D(2026, 11, 20))
    assert ("licensing.decision_joint is extended only with the approval of 本级人民政府负责人"
            in refused.reason)


# -- art. 45: excluded time ---------------------------------------------------------------------------


def test_art_45_the_excluded_reasons_are_the_law_s_list():
    # 听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审
    law = {"hearing", "tender", "auction", "testing", "inspection", "quarantine", "appraisal",
           "expert_review"}
    assert law == LICENSING_STOPS
    assert P.event("suspend").fields[0].choices == tuple(sorted(LICENSING_STOPS))


@pytest.mark.parametrize("reason", sorted(LICENSING_STOPS))
def test_art_45_each_excluded_step_stops_the_clock_and_records_the_expected_time(reason):
    case = accepted().apply("suspend", at=at(9, 24), by=OFFICER, reason=reason, expected_days=15)
    assert case.state == "suspended"
    assert case.data["expected_days"] == 15
    decision = case.clock(DECISION)
    assert (decision.due, decision.stopped) == (None, True)
    assert decision.stops[-1].stopped_on == D(2026, 9, 24)
    assert decision.stops[-1].reason == reason
    for day in (D(2026, 9, 24), D(2026, 10, 26), D(2026, 12, 31)):
        assert decision.status(day) is ClockStatus.STOPPED
    # resumed on 9 October: 22, 23, 24 counted; 17 left from 9 October → Monday 2 November
    assert case.apply("resume", at=at(10, 9), by=OFFICER).clock(DECISION).due == D(2026, 11, 2)


def test_art_45_a_reason_outside_the_law_is_refused():
    before = snapshot(accepted())
    for reason in ("supplement", "holiday", "consultation", "Expert_review"):
        with pytest.raises(InvalidValue, match=r"suspend.reason: got .*; allowed: one of appraisal, "
                           r"auction, expert_review, hearing, inspection, quarantine, tender, testing"):
            accepted().apply("suspend", at=at(9, 24), by=OFFICER, reason=reason, expected_days=15)
    with pytest.raises(InvalidValue, match=r"suspend.expected_days: got None"):
        accepted().apply("suspend", at=at(9, 24), by=OFFICER, reason="testing")
    assert snapshot(accepted()) == before


def test_art_45_resume_restarts_the_count_the_day_after():
    case = resumed()
    assert case.state == "in_review"
    decision = case.clock(DECISION)
    stop = decision.stops[0]
    assert (stop.stopped_on, stop.resumed_on, stop.reason) == (
        D(2026, 9, 24), D(2026, 10, 9), "expert_review")
    assert decision.due == D(2026, 11, 2)
    assert decision.elapsed(D(2026, 10, 9)) == 3  # 22, 23, 24 September; the rest was excluded
    assert decision.remaining(D(2026, 10, 9)) == 17


def test_art_45_the_clock_cannot_be_stopped_after_its_deadline():
    refused = refusal(accepted(), "suspend", at(10, 27), OFFICER, reason="testing", expected_days=5)
    assert refused.reason == ("licensing.decision: cannot stop on 2026-10-27: the deadline 2026-10-26 "
                              "has passed")


def test_art_45_an_extension_during_excluded_time_still_counts_once():
    case = in_expert_review().apply("extend", at=at(9, 30), by=HEAD, reason="情况复杂", requested_by="陈窗口",
                                    applicant_told_on=D(2026, 9, 30))
    assert case.state == "suspended"
    assert case.clock(DECISION).due is None
    assert case.apply("resume", at=at(10, 9), by=OFFICER).clock(DECISION).due == D(2026, 11, 16)


# -- art. 38: denial with reasons and the applicant's remedies -----------------------------------------


def test_art_38_a_denial_names_both_reconsideration_and_litigation():
    case = resumed()
    told = "rights told: the applicant must be told of the right to {} (art. 38)"
    refused = refusal(case, "deny", at(10, 20), DECIDER, reasons="不符合选址要求",
                      remedies=["reconsideration"])
    assert refused.reason == told.format("litigation")
    refused = refusal(case, "deny", at(10, 20), DECIDER, reasons="不符合选址要求", remedies=["litigation"])
    assert refused.reason == told.format("reconsideration")
    with pytest.raises(InvalidValue, match=r"deny.remedies: got None"):
        case.apply("deny", at=at(10, 20), by=DECIDER, reasons="不符合选址要求")
    with pytest.raises(InvalidValue, match=r"deny.remedies: got \['petition'\]; allowed: each one of "
                                           r"reconsideration, litigation"):
        case.apply("deny", at=at(10, 20), by=DECIDER, reasons="不符合选址要求", remedies=["petition"])
    with pytest.raises(InvalidValue, match=r"deny.reasons: got None"):
        case.apply("deny", at=at(10, 20), by=DECIDER, remedies=list(licensing.REMEDIES))


def test_art_38_a_denial_with_reasons_and_rights_ends_the_application():
    case = resumed().apply("deny", at=at(10, 20), by=DECIDER, reasons="不符合选址要求",
                           remedies=["litigation", "reconsideration"])
    assert (case.state, case.final) == ("denied", True)
    assert case.data["reasons"] == "不符合选址要求"
    assert case.history[-1].payload["remedies"] == ("litigation", "reconsideration")
    assert case.clock(DECISION).finished_on == D(2026, 10, 20)
    assert case.clock(DECISION).status(D(2026, 10, 20)) is ClockStatus.MET
    assert "licensing.certificate" not in case.clocks


def test_art_38_only_a_decider_grants_or_denies():
    with pytest.raises(AccessDenied, match=r"needs one of the roles \['licensing_decider'\]"):
        resumed().apply("grant", at=at(10, 20), by=OFFICER)
    with pytest.raises(AccessDenied, match=r"needs one of the roles \['licensing_decider'\]"):
        resumed().apply("deny", at=at(10, 20), by=HEAD, reasons="r", remedies=list(licensing.REMEDIES))


# -- art. 44: the certificate ---------------------------------------------------------------------------


def test_art_44_a_grant_finishes_the_decision_and_starts_the_certificate_limit():
    case = granted()
    assert case.state == "granted"
    assert case.data["scope"] == "预包装食品销售"
    assert case.clock(DECISION).status(D(2026, 11, 13)) is ClockStatus.MET  # due 16 November
    certificate = case.clock("licensing.certificate")
    # 16–20, 23–27 → Friday 27 November
    assert (certificate.started_on, certificate.due) == (D(2026, 11, 13), D(2026, 11, 27))
    assert case.allowed_events() == ("issue_certificate",)


def test_art_44_issuing_the_certificate_finishes_its_clock():
    case = issued()
    assert case.state == "certificate_issued"
    assert case.data["certificate_no"] == "JY13301020260001"
    assert case.clock("licensing.certificate").finished_on == D(2026, 11, 20)
    assert case.clock("licensing.certificate").status(D(2026, 11, 20)) is ClockStatus.MET
    assert all(clock.finished_on is not None for clock in case.clocks.values())
    assert [entry.event for entry in case.history] == [
        "submit", "request_supplement", "resubmit", "accept", "suspend", "resume", "extend", "grant",
        "issue_certificate"]
    late = granted().apply("issue_certificate", at=at(11, 30), by=OFFICER, certificate_no="JY2")
    assert late.clock("licensing.certificate").status(D(2026, 11, 30)) is ClockStatus.MET_LATE


def test_art_44_a_grant_during_excluded_time_is_refused():
    refused = refusal(in_expert_review(), "grant", at(10, 9), DECIDER)
    assert refused.reason == "'grant' is not allowed in state 'suspended' (中止（听证、检验、专家评审等）)"


# -- arts. 46–48: hearings ------------------------------------------------------------------------------


def hearing_notified() -> Case:
    return accepted().apply("notify_hearing_right", at=at(9, 22), by=OFFICER, matter="涉及相邻居民重大利益")


def hearing_requested() -> Case:
    return hearing_notified().apply("request_hearing", at=at(9, 29), by=OFFICER)


def hearing_scheduled() -> Case:
    return hearing_requested().apply("schedule_hearing", at=at(10, 14), by=HEARING,
                                     hearing_on=D(2026, 10, 23))


def test_art_46_47_notice_of_the_hearing_right_opens_a_5_working_day_window():
    case = hearing_notified()
    assert case.state == "in_review"
    window = case.clock("licensing.hearing_request")
    # 23, 24 | 25 Mid-Autumn, 26–27 weekend | 28, 29, 30 → Wednesday 30 September
    assert (window.started_on, window.due) == (D(2026, 9, 22), D(2026, 9, 30))
    assert case.clock(DECISION).due == D(2026, 10, 26)  # notifying does not stop the decision clock


def test_art_47_a_request_after_the_window_is_refused():
    refused = refusal(hearing_notified(), "request_hearing", at(10, 8), OFFICER)
    assert refused.reason == ("within licensing.hearing_request: the window licensing.hearing_request "
                              "(中华人民共和国行政许可法 art. 47 (as amended 2019-04-23) — the law's unit is "
                              "ambiguous; default working days, configurable) ended on 2026-09-30; "
                              "this was received on 2026-10-08")
    refused = refusal(accepted(), "request_hearing", at(9, 22), OFFICER)
    assert refused.reason == ("within licensing.hearing_request: no licensing.hearing_request clock has "
                              "started on this case")


def test_art_47_a_request_stops_the_decision_clock_and_starts_the_20_day_hold_limit():
    case = hearing_requested()
    assert case.state == "suspended"
    assert case.data["hearing_requested"] is True
    assert case.clock("licensing.hearing_request").status(D(2026, 9, 29)) is ClockStatus.MET
    decision = case.clock(DECISION)
    assert decision.stopped
    assert (decision.stops[-1].stopped_on, decision.stops[-1].reason) == (D(2026, 9, 29), "hearing")
    hold = case.clock("licensing.hearing_hold")
    # 30 | 8, 9, 10 | 12–16 | 19–23 | 26–30 | 2 November → the 20th working day is Monday 2 November
    assert (hold.started_on, hold.due) == (D(2026, 9, 29), D(2026, 11, 2))


def test_art_48_the_hearing_is_notified_at_least_7_working_days_before():
    case = hearing_requested()
    # 7 working days before Friday 23 October: 22, 21, 20, 19 | 16, 15, 14 → notify by Wednesday 14 October
    assert DEFAULT.get("licensing.hearing_notice").latest_to_act(D(2026, 10, 23)) == D(2026, 10, 14)
    refused = refusal(case, "schedule_hearing", at(10, 15), HEARING, hearing_on=D(2026, 10, 23))
    assert refused.reason == ("notice in time: the hearing on 2026-10-23 must be notified at least 7 working "
                              "days before, by 2026-10-14 (行政许可法 art. 48)")
    scheduled = hearing_scheduled()
    assert (scheduled.state, scheduled.data["hearing_on"]) == ("suspended", D(2026, 10, 23))
    # counted back over National Day: 7 working days before Monday 12 October are 10 (Sat, works), 9, 8 |
    # 1–7 rest | 30, 29, 28 | 25 Mid-Autumn | 24 → Thursday 24 September
    assert DEFAULT.get("licensing.hearing_notice").latest_to_act(D(2026, 10, 12)) == D(2026, 9, 24)


def test_art_47_the_hearing_must_fall_within_20_working_days_of_the_request():
    refused = refusal(hearing_requested(), "schedule_hearing", at(10, 14), HEARING,
                      hearing_on=D(2026, 11, 3))
    assert refused.reason == ("notice in time: the hearing must be held by 2026-11-02, within 20 working "
                              "days of the request (art. 47)")
    last_day = hearing_requested().apply("schedule_hearing", at=at(10, 14), by=HEARING,
                                         hearing_on=D(2026, 11, 2))
    assert last_day.data["hearing_on"] == D(2026, 11, 2)


def test_art_47_a_hearing_date_beyond_the_calendar_is_refused_not_guessed():
    refused = refusal(hearing_requested(), "schedule_hearing", at(10, 14), HEARING,
                      hearing_on=D(2027, 1, 8))
    assert refused.reason.startswith("notice in time: d: 2027-01-08 is outside the calendar's coverage")


def test_art_46_48_the_hearing_is_held_on_its_day_and_then_the_decision_clock_resumes():
    case = hearing_scheduled()
    refused = refusal(case, "hold_hearing", at(10, 22), HEARING, transcript="听证笔录")
    assert refused.reason == "scheduled: the hearing is scheduled for 2026-10-23"
    refused = refusal(hearing_requested(), "hold_hearing", at(10, 23), HEARING, transcript="听证笔录")
    assert refused.reason == "scheduled: no hearing has been requested and scheduled"
    with pytest.raises(AccessDenied, match=r"needs one of the roles \['hearing_officer'\]"):
        case.apply("hold_hearing", at=at(10, 23), by=OFFICER, transcript="听证笔录")
    held = case.apply("hold_hearing", at=at(10, 23, 15), by=HEARING, transcript="听证笔录（附件）")
    assert held.state == "in_review"
    assert held.clock("licensing.hearing_hold").status(D(2026, 10, 23)) is ClockStatus.MET
    decision = held.clock(DECISION)
    assert decision.stops[-1].resumed_on == D(2026, 10, 23)
    # counted 22, 23, 24, 28, 29 = 5 before the request; 15 left after 23 October:
    # 26–30 | 2–6 | 9–13 November → Friday 13 November
    assert decision.due == D(2026, 11, 13)
    assert held.allowed_events(DECIDER) == ("grant", "deny")


# -- art. 50: renewal -----------------------------------------------------------------------------------


def licence_in_force() -> Case:
    """A licence issued in the spring, valid until Saturday 31 October 2026."""
    case = P.open("XK-2026-0302", at=at(3, 2), by=OFFICER, applicant="某餐饮店", matter="临时食品经营许可")
    case = case.apply("accept", at=at(3, 2), by=OFFICER)
    case = case.apply("grant", at=at(3, 20), by=DECIDER)
    return case.apply("issue_certificate", at=at(3, 25), by=OFFICER, certificate_no="JY-TMP-0001",
                      expires_on=D(2026, 10, 31))


def renewal_applied() -> Case:
    return licence_in_force().apply("apply_renewal", at=at(9, 30, 16), by=OFFICER, expires_on=D(2026, 10, 31))


def test_art_50_renewal_is_applied_for_at_least_30_days_before_expiry():
    case = licence_in_force()
    assert case.data["expires_on"] == D(2026, 10, 31)
    # 31 October − 30 days = Thursday 1 October, National Day; rolled back off the rest days
    # → Wednesday 30 September
    assert DEFAULT.get("licensing.renewal_apply").latest_to_act(D(2026, 10, 31)) == D(2026, 9, 30)
    for late in (at(10, 1), at(10, 8)):
        refused = refusal(case, "apply_renewal", late, OFFICER, expires_on=D(2026, 10, 31))
        assert refused.reason == ("in time: a renewal must be applied for at least 30 days before expiry on "
                                  "2026-10-31, by 2026-09-30 (art. 50)")
    applied = renewal_applied()
    assert (applied.state, applied.data["expires_on"]) == ("renewal_pending", D(2026, 10, 31))
    assert applied.allowed_events() == ("renew", "refuse_renewal", "deem_renewed")


def test_art_50_a_renewal_beyond_the_calendar_is_refused_not_guessed():
    refused = refusal(licence_in_force(), "apply_renewal", at(9, 30), OFFICER, expires_on=D(2027, 3, 31))
    assert refused.reason == "in time: the certificate records its expiry as 2026-10-31, not 2027-03-31"
    undated = P.open("XK-2026-0303", at=at(3, 2), by=OFFICER, applicant="某餐饮店", matter="临时食品经营许可")
    undated = undated.apply("accept", at=at(3, 2), by=OFFICER).apply("grant", at=at(3, 20), by=DECIDER)
    undated = undated.apply("issue_certificate", at=at(3, 25), by=OFFICER, certificate_no="JY-TMP-0002")
    refused = refusal(undated, "apply_renewal", at(9, 30), OFFICER, expires_on=D(2027, 3, 31))
    assert refused.reason.startswith("in time: d: 2027-03-01 is outside the calendar's coverage")
    refused = refusal(undated, "apply_renewal", at(9, 30), OFFICER)
    assert refused.reason == "in time: the licence's expiry is not known: give expires_on"


def test_art_50_a_renewal_decided_before_expiry():
    renewed = renewal_applied().apply("renew", at=at(10, 20), by=DECIDER, expires_on=D(2031, 10, 31))
    assert (renewed.state, renewed.data["expires_on"]) == ("certificate_issued", D(2031, 10, 31))
    refused = renewal_applied().apply("refuse_renewal", at=at(10, 30), by=DECIDER, reasons="经营场所已拆除")
    assert (refused.state, refused.final, refused.data["reasons"]) == (
        "renewal_refused", True, "经营场所已拆除")
    # on the expiry day itself the licence is still in force and may be refused
    assert renewal_applied().apply("refuse_renewal", at=at(10, 31), by=DECIDER, reasons="r").state == (
        "renewal_refused")


def test_art_50_no_refusal_after_expiry_the_renewal_is_deemed_granted():
    refused = refusal(renewal_applied(), "refuse_renewal", at(11, 2), DECIDER, reasons="经营场所已拆除")
    assert refused.reason == ("before expiry: the licence expired on 2026-10-31 with no decision: the "
                              "renewal is deemed granted (行政许可法 art. 50); record it with deem_renewed")


def test_art_50_deemed_renewal_only_after_expiry():
    case = renewal_applied()
    for early in (at(10, 30), at(10, 31, 23)):
        refused = refusal(case, "deem_renewed", early, OFFICER)
        assert refused.reason == "after expiry: the licence runs until 2026-10-31; decide the renewal instead"
    deemed = case.apply("deem_renewed", at=at(11, 1), by=OFFICER)
    assert (deemed.state, deemed.data["deemed_renewed"]) == ("certificate_issued", True)


# -- withdrawal -----------------------------------------------------------------------------------------

PATHS = {"submitted": received, "awaiting_supplement": notified, "in_review": accepted,
         "suspended": in_expert_review}


def test_the_paths_reach_every_open_state():
    assert set(PATHS) == set(licensing.OPEN_STATES)
    assert all(PATHS[state]().state == state for state in PATHS)


@pytest.mark.parametrize("state", licensing.OPEN_STATES)
def test_withdrawal_from_each_open_state_finishes_every_running_clock(state):
    case = PATHS[state]()
    withdrawn = case.apply("withdraw", at=at(10, 12), by=OFFICER, reason="申请人撤回")
    assert (withdrawn.state, withdrawn.final) == ("withdrawn", True)
    assert withdrawn.clocks.keys() == case.clocks.keys()
    for rule, clock in withdrawn.clocks.items():
        was = case.clock(rule)
        assert clock.finished_on == (was.finished_on or D(2026, 10, 12))
        assert clock.due is not None
    if state == "suspended":  # the expert review ends with the withdrawal: 24 Sept – 12 Oct excluded
        assert withdrawn.clock(DECISION).stops[-1].resumed_on == D(2026, 10, 12)
        # 3 counted; 17 from 12 October: 13–16 | 19–23 | 26–30 | 2–4 November → Wednesday 4 November
        assert withdrawn.clock(DECISION).due == D(2026, 11, 4)


# -- serialisation and diagrams -------------------------------------------------------------------------


@pytest.mark.parametrize("path", [received, notified, accepted, in_expert_review, extended, issued,
                                  hearing_scheduled, renewal_applied])
def test_worked_cases_round_trip_through_json(path):
    case = path()
    text = json.dumps(case.to_dict(), ensure_ascii=False)
    again = P.from_dict(json.loads(text))
    assert again == case
    assert json.dumps(again.to_dict(), ensure_ascii=False) == text


def test_the_mermaid_diagram_is_deterministic_in_both_languages():
    en, zh = P.to_mermaid("en"), P.to_mermaid("zh")
    assert en == P.to_mermaid() == P.to_mermaid("en")
    assert zh == P.diagram("zh").mermaid == P.diagram().mermaid
    assert en.startswith("stateDiagram-v2\n")
    assert zh.startswith("stateDiagram-v2\n")
    for line in ('    state "submitted" as submitted', "    [*] --> submitted: submit",
                 "    submitted --> awaiting_supplement: request_supplement",
                 "    in_review --> suspended: request_hearing", "    suspended --> in_review: hold_hearing",
                 "    renewal_pending --> certificate_issued: deem_renewed", "    denied --> [*]"):
        assert line in en.splitlines()
    for line in ('    state "中止（听证、检验、专家评审等）" as suspended',
                 "    [*] --> submitted: 收到申请材料",
                 "    submitted --> awaiting_supplement: 一次性告知补正", "    submitted --> in_review: 受理",
                 "    in_review --> in_review: 延长审查期限", "    suspended --> suspended: 延长审查期限",
                 "    granted --> certificate_issued: 颁发送达许可证件",
                 "    renewal_pending --> certificate_issued: 视为准予延续", "    renewal_refused --> [*]"):
        assert line in zh.splitlines()
    assert len(en.splitlines()) == len(zh.splitlines()) == 1 + 11 + 1 + 23 + 4
    assert [re.sub(r'state "[^"]*"', "state", line).split(":")[0] for line in en.splitlines()] == [
        re.sub(r'state "[^"]*"', "state", line).split(":")[0] for line in zh.splitlines()]
    assert issued().diagram().mermaid.endswith("    class certificate_issued current")
    dot = P.to_dot("zh")
    assert dot == P.to_dot("zh")
    assert dot.startswith('digraph "licensing" {')
    assert '    "denied" [label="不予许可", peripheries=2];' in dot.splitlines()


# -- the documentation ----------------------------------------------------------------------------------

DOC = pathlib.Path(__file__).resolve().parent.parent / "docs" / "licensing.md"


def test_docs_licensing_md_tables_are_the_process():
    """The page's state and event tables name every state and event with its label and role."""
    text = DOC.read_text(encoding="utf-8")
    states = re.findall(r"^\| `(\w+)` \| ([^|]+?) \| (yes)? ?\|$", text, flags=re.MULTILINE)
    assert sorted((name, label, bool(final)) for name, label, final in states) == sorted(
        (s.name, s.label, s.final) for s in P.states)
    events = re.findall(r"^\| `(\w+)`(?: \(opening\))? \| ([^|]+?) \| ([a-z]+_[a-z_]+(?:, [a-z_]+)*) \|",
                        text, flags=re.MULTILINE)
    documented = {(name, label, frozenset(roles.split(", "))) for name, label, roles in events}
    assert len(documented) == len(events)
    assert documented == {(P.opening.name, P.opening.label, P.opening.roles)} | {
        (e.name, e.label, e.roles) for e in P.events}


# -- Hypothesis: the state machine, the round trip and tampering ------------------------------------

TestLicensingMachine = state_machine(P).TestCase
TestLicensingMachine.settings = settings(max_examples=100, stateful_step_count=25, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])


def test_the_state_machine_run_keeps_its_size_whatever_the_profile():
    machine_settings = TestLicensingMachine.settings
    assert (machine_settings.max_examples, machine_settings.stateful_step_count) == (100, 25)


@settings(max_examples=300, deadline=None)
@given(cases(P), st.data())
def test_one_random_tamper_is_rejected_or_loads_exactly_as_written(case, data):
    """Change one thing in valid case data: it is refused (InvalidCaseData), or it was immaterial
    (an equal case). The recorded state, owner, data and clocks are derived from the history, so
    a change there can never load as a different case; the history itself is the record — a
    change there that replays consistently loads exactly as written, never half-way."""
    path, changed = data.draw(tampered(case))
    hypothesis.event(tamper_outcome(case, path, changed))


def test_a_tampered_recorded_clock_or_state_is_rejected():
    original = json.loads(json.dumps(extended().to_dict()))
    for change, message in (
        (lambda d: d["clocks"][DECISION].update(due="2026-11-13"), "recorded clocks"),
        (lambda d: d["clocks"][DECISION]["events"][-1].update(amount=15), "recorded clocks"),
        (lambda d: d["clocks"][DECISION]["events"][1].update(reason="holiday"), "recorded clocks"),
        (lambda d: d["data"].update(deemed_accepted=True), "recorded data"),
        (lambda d: d.update(state="granted"), "recorded state 'granted'"),
        (lambda d: d["history"][1]["payload"].update(missing=["营业执照"]), "recorded data"),
        (lambda d: d["history"][-1]["payload"].update(requested_by="李局长"),
         "cannot approve their own request"),
        (lambda d: d["history"].pop(4), "'resume' is not allowed in state 'in_review'"),
        (lambda d: d["history"][1].update(at="2026-09-22T09:00:00+08:00"), "ended on 2026-09-20"),
    ):
        tampered = copy.deepcopy(original)
        change(tampered)
        with pytest.raises(InvalidCaseData, match=re.escape(message)):
            P.from_dict(tampered)


# -- the key property: every clock's due is the law's, computed independently -------------------------


def _local_day(entry: Any) -> pendulum.Date:
    return entry.at.in_timezone(SHANGHAI).date()


def _nth_working_day(calendar: WorkCalendar, start: pendulum.Date, amount: int,
                     stops: list[tuple[pendulum.Date, pendulum.Date]] = ()) -> pendulum.Date:
    """The law's count, day by day (calendar.md, "Counting a period"): the start day is not
    counted; a day counts if it is a working day and not excluded — a stop (s, r) excludes the days
    after s up to and including r; the deadline is the day the count reaches ``amount``. Only the
    calendar's yes/no per day is used, none of officeflow's counting."""
    day, count = start, 0
    while count < amount:
        day = day.add(days=1)
        if any(stopped < day <= resumed for stopped, resumed in stops):
            continue
        if calendar.is_workday(day):
            count += 1
    return day


def expected_dues(case: Case) -> dict[str, pendulum.Date | None]:
    """Each clock's due date as the 行政许可法 gives it, read from the case's history alone: which
    clocks run, their effective start (receipt when acceptance is deemed, art. 32), the excluded
    time (suspensions and hearings, art. 45, closed by resume, the hearing or withdrawal) and the
    granted extension (art. 42: +10, or +15 for joint handling). ``None`` while stopped."""
    calendar, opening = case.calendar, case.history[0]
    receipt = opening.payload.get("received_on", _local_day(opening))
    joint = bool(opening.payload.get("joint"))
    decision = JOINT if joint else DECISION
    clocks: dict[str, dict[str, Any]] = {}

    def start(rule: str, on: pendulum.Date, amount: int) -> None:
        clocks[rule] = {"start": on, "amount": amount, "stops": [], "extra": 0}

    start("licensing.supplement_notice", receipt, 5)
    notice_due = _nth_working_day(calendar, receipt, 5)
    notice_given = False
    for entry in case.history[1:]:
        on = _local_day(entry)
        if entry.event == "request_supplement":
            notice_given = True
        elif entry.event == "accept":
            deemed = not notice_given and on > notice_due
            start(decision, receipt if deemed else on, 45 if joint else 20)
        elif entry.event in ("suspend", "request_hearing"):
            clocks[decision]["stops"].append([on, None])
        elif entry.event in ("resume", "hold_hearing"):
            clocks[decision]["stops"][-1][1] = on
        elif entry.event == "withdraw":
            for clock in clocks.values():
                if clock["stops"] and clock["stops"][-1][1] is None:
                    clock["stops"][-1][1] = on
        elif entry.event == "extend":
            clocks[decision]["extra"] += entry.payload.get("amount", 15 if joint else 10)
        if entry.event == "request_hearing":
            start("licensing.hearing_hold", on, 20)
        elif entry.event == "notify_hearing_right":
            start("licensing.hearing_request", on, 5)
        elif entry.event == "grant":
            start("licensing.certificate", on, 10)
    return {rule: None if clock["stops"] and clock["stops"][-1][1] is None else
            _nth_working_day(calendar, clock["start"], clock["amount"] + clock["extra"],
                             [tuple(stop) for stop in clock["stops"]])
            for rule, clock in clocks.items()}


def test_the_independent_count_gives_the_hand_counted_dates():
    """The model is itself checked against the dates counted by hand above."""
    assert expected_dues(received()) == {"licensing.supplement_notice": D(2026, 9, 20)}
    assert expected_dues(received().apply("accept", at=at(9, 22), by=OFFICER))[DECISION] == D(2026, 10, 16)
    assert expected_dues(in_expert_review())[DECISION] is None
    assert expected_dues(resumed())[DECISION] == D(2026, 11, 2)
    assert expected_dues(granted()) == {"licensing.supplement_notice": D(2026, 9, 20),
                                        DECISION: D(2026, 11, 16), "licensing.certificate": D(2026, 11, 27)}
    held = hearing_scheduled().apply("hold_hearing", at=at(10, 23), by=HEARING, transcript="笔录")
    assert expected_dues(held) == {"licensing.supplement_notice": D(2026, 9, 20), DECISION: D(2026, 11, 13),
                                   "licensing.hearing_request": D(2026, 9, 30),
                                   "licensing.hearing_hold": D(2026, 11, 2)}
    # a stop on the due day itself comes after the count reached the limit: the due does not move
    last_day = accepted().apply("suspend", at=at(10, 26), by=OFFICER, reason="testing", expected_days=3)
    last_day = last_day.apply("resume", at=at(11, 2), by=OFFICER)
    assert expected_dues(last_day)[DECISION] == last_day.clock(DECISION).due == D(2026, 10, 26)
    # a stop begun on a rest day excludes from the day after it: 3 counted, stop (26 Sept, 9 Oct]
    rest_day = accepted().apply("suspend", at=at(9, 26), by=OFFICER, reason="testing", expected_days=3)
    rest_day = rest_day.apply("resume", at=at(10, 9), by=OFFICER)
    assert expected_dues(rest_day)[DECISION] == rest_day.clock(DECISION).due == D(2026, 11, 2)


_WEIGHT = {"withdraw": 1, "refuse": 1, "deny": 1, "grant": 2, "notify_hearing_right": 6, "request_hearing": 8,
           "schedule_hearing": 8, "hold_hearing": 8}
"""How often each allowed event is tried, relative to the others (4): endings rarely, hearings often."""


@st.composite
def busy_cases(draw: st.DrawFn) -> Case:
    """Licence cases driven hard: events hours or a few days apart, so that hearings are requested
    inside their window, scheduled in time and held, clocks stop and resume several times, and
    extensions come before the deadline — the paths ``strategies.cases`` reaches only rarely."""
    case = draw(cases(P, max_events=0))
    for _ in range(draw(st.integers(0, 24))):
        allowed = case.allowed_events()
        if not allowed:
            break
        name = draw(st.sampled_from([name for name in allowed for _ in range(_WEIGHT.get(name, 4))]))
        event = P.event(name)
        when = case.last_at.add(hours=draw(st.sampled_from((0, 2, 20, 26, 70, 24 * 8, 24 * 15))))
        payload = payloads(draw, event.fields, case, when.date())
        by = Actor(draw(st.sampled_from(NAMES)), "审批局", event.roles)
        try:
            case = case.apply(name, at=when, by=by, **payload)
        except (EventRefused, AccessDenied, InvalidValue):
            continue
    return case


def check_dues(case: Case) -> None:
    """The issue's property for one case: every clock's due is the law's (None while stopped)."""
    expected = expected_dues(case)
    assert set(case.clocks) == set(expected)
    for rule, clock in case.clocks.items():
        if clock.stopped:
            assert expected[rule] is None
            continue
        assert clock.due == expected[rule], (rule, clock.events)
    if case.data.get("deemed_accepted"):
        decision = case.clock(JOINT if case.data.get("joint") else DECISION)
        assert decision.started_on == case.clock("licensing.supplement_notice").started_on


@settings(max_examples=300, deadline=None)
@given(cases(P, max_events=16))
def test_every_clock_s_due_is_the_law_s_whatever_the_events(case):
    """The issue's property: effective start + limit + excluded working days + granted extension."""
    check_dues(case)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(busy_cases())
def test_every_clock_s_due_is_the_law_s_through_hearings_and_repeated_stops(case):
    check_dues(case)


def _features(strategy: st.SearchStrategy[Case], examples: int) -> collections.Counter[str]:
    seen: collections.Counter[str] = collections.Counter()

    @settings(max_examples=examples, deadline=None, derandomize=True, database=None, phases=[Phase.generate],
              suppress_health_check=[HealthCheck.too_slow])
    @given(strategy)
    def collect(case):
        for rule, clock in case.clocks.items():
            seen[rule] += 1
            seen["closed stop"] += any(stop.resumed_on for stop in clock.stops)
            seen["two closed stops"] += sum(1 for stop in clock.stops if stop.resumed_on) >= 2
            seen["hearing stop"] += any(stop.reason == "hearing" and stop.resumed_on for stop in clock.stops)
            seen["extended"] += bool(clock.extensions)
            seen["stopped"] += clock.stopped
        seen["deemed"] += bool(case.data.get("deemed_accepted"))
        seen["accepted in time"] += case.data.get("deemed_accepted") is False

    collect()
    return seen


def test_the_generated_cases_exercise_what_the_property_claims():
    """The properties are not vacuous: between them the generated cases include deemed acceptance,
    joint handling, closed stops (several on one clock, and hearings), extensions, clocks still
    stopped, hearing windows and hold limits, and certificates."""
    common = _features(cases(P, max_events=16), 300)
    for feature in ("deemed", "accepted in time", DECISION, JOINT, "closed stop", "licensing.certificate"):
        assert common[feature] >= 5, (feature, common)
    busy = _features(busy_cases(), 600)
    for feature in ("deemed", "accepted in time", DECISION, JOINT, "closed stop", "two closed stops",
                    "hearing stop", "extended", "stopped", "licensing.certificate",
                    "licensing.hearing_request", "licensing.hearing_hold"):
        assert busy[feature] >= 5, (feature, busy)


def test_a_different_calendar_moves_the_due_date_by_the_same_rule():
    """An agency closure (机关闭馆) on a working day counts as a rest day for every limit."""
    from officeflow.calendar import adjustments

    closed = china().with_layers(adjustments("agency closure", rest=[D(2026, 10, 26)], holiday="机关闭馆"))
    case = P.open("XK-2026-0921", at=at(9, 21), by=OFFICER, calendar=closed, applicant="某公司",
                  matter="食品经营许可").apply("accept", at=at(9, 21), by=OFFICER)
    assert case.clock(DECISION).due == D(2026, 10, 27) == expected_dues(case)[DECISION]

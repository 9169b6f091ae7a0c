"""Disclosure on request (依申请公开, ``officeflow.processes.disclosure``) under the 政府信息公开条例 (2019).

Worked scenarios around National Day, each test named after the article it applies. Working days
are counted by hand from the two notices (``spec/time-limits.md``):

* 2025 — 1–8 October off; Sunday 28 September and Saturday 11 October are make-up working days.
  Working days after Friday 26 September: 9/28 (1), 9/29 (2), 9/30 (3), 10/9 (4), 10/10 (5),
  10/11 (6), 10/13 (7) … 10/30 (20).
* 2026 — 25–27 September (Mid-Autumn) and 1–7 October off; Saturday 10 October is a make-up working
  day. Working days after Thursday 24 September: 9/28 (1), 9/29 (2), 9/30 (3), 10/8 (4), 10/9 (5),
  10/10 (6), 10/12 (7) … 10/29 (20).

The reply limit is 20 working days from receipt (art. 33), the receipt date depending on the
channel (art. 31); one correction notice within 7 working days (art. 30), after which the reply
period runs from the corrected request; third-party consultation is excluded time and the third
party has 15 working days (arts. 32, 33 ¶2); one extension of 20 working days approved by the head
of the disclosure unit (art. 33); the answer says what was decided (art. 36).

Then the Hypothesis runs the issue asks for: the state machine, the JSON round trip, tampering,
and the clock property — for every generated case, the reply clock's due date is the one counted
here, day by day, from its effective start, its excluded days and its extension.
"""

from __future__ import annotations

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
from officeflow.processes import disclosure
from officeflow.rules import DEFAULT
from officeflow.strategies import cases, state_machine, tamper_outcome, tampered

P = disclosure.PROCESS
D = pendulum.Date

OFFICER = Actor("吴专员", "政府信息公开办", {disclosure.DISCLOSURE_OFFICER})
HEAD = Actor("郑处长", "政府信息公开办", {disclosure.DISCLOSURE_HEAD})
REQUEST = {"requester": "王五", "description": "2025年度部门预算执行情况"}


def at(year: int, month: int, day: int, hour: int = 10) -> pendulum.DateTime:
    return pendulum.datetime(year, month, day, hour, tz="Asia/Shanghai")


def received(channel: str = "in_person", when: pendulum.DateTime | None = None, **dates: Any) -> Case:
    return P.open("GK-0001", at=when or at(2025, 9, 26), by=OFFICER, channel=channel, **REQUEST, **dates)


def snapshot(case: Case) -> str:
    return json.dumps(case.to_dict(), ensure_ascii=False, sort_keys=True)


# The two running examples.
# 2025: handed in on Friday 26 September → reply due 30 October, correction notice due 13 October.
# 2026: online, confirmed Thursday 24 September → reply due 29 October, correction notice due 12 October.


def handed_in_2025() -> Case:
    return received()


def online_2026() -> Case:
    return received("online", at(2026, 9, 24), confirmed_on=D(2026, 9, 24))


def awaiting_correction() -> Case:
    return online_2026().apply("request_correction", at=at(2026, 9, 28), by=OFFICER,
                               items=["所需信息的名称不明确", "未写明文号"], correction_due=D(2026, 10, 16))


def corrected() -> Case:
    return awaiting_correction().apply("correct", at=at(2026, 10, 10), by=OFFICER,
                                       corrected_on=D(2026, 10, 9))


def consulting() -> Case:
    return handed_in_2025().apply("consult_third_party", at=at(2025, 10, 10), by=OFFICER,
                                  third_party="某建设公司", delivered_on=D(2025, 10, 9))


def extend(case: Case, when: pendulum.DateTime, by: Actor = HEAD, **changes: Any) -> Case:
    payload = {"reason": "申请公开的信息数量大，需逐页审查", "requested_by": "吴专员",
               "requester_told_on": when.date()} | changes
    return case.apply("extend", at=when, by=by, **payload)


# -- the declaration -----------------------------------------------------------------------------


def test_states_events_labels_and_roles_are_those_of_the_regulations():
    assert [(s.name, s.label, s.final) for s in P.states] == [
        ("received", "已收到", False), ("awaiting_correction", "待补正", False),
        ("in_processing", "办理中", False), ("consulting", "征求第三方意见", False),
        ("answered", "已答复", False), ("closed", "已办结", True), ("withdrawn", "已撤回", True)]
    assert [(e.name, e.label) for e in P.events] == [
        ("request_correction", "一次性告知补正"), ("correct", "补正"), ("treat_as_withdrawn", "视为放弃申请"),
        ("consult_third_party", "征求第三方意见"), ("third_party_replied", "第三方答复"),
        ("third_party_silent", "第三方逾期未答复"), ("extend", "延长答复期限"), ("answer", "答复"),
        ("close", "办结"), ("withdraw", "撤回申请")]
    assert (P.opening.name, P.opening.label, P.opening.state) == ("receive", "收到申请", "received")
    assert {e.name: set(e.roles) for e in P.events} == {
        e.name: {"disclosure_head" if e.name == "extend" else "disclosure_officer"} for e in P.events}
    assert P.roles_for("receive") == {"disclosure_officer"}
    assert str(P.source) == "中华人民共和国政府信息公开条例 (2019 revision, in force 2019-05-15)"
    assert disclosure.OUTCOMES == ("disclosed", "partly_disclosed", "refused", "not_held", "not_ours")


def test_the_clocks_are_the_catalogue_limits_of_the_regulations():
    case = handed_in_2025()
    reply, notice = case.clock("disclosure.reply"), case.clock("disclosure.correction_notice")
    assert (reply.rule.amount, reply.rule.unit.code, reply.rule.source.article) == (20, "wd", "art. 33")
    assert (notice.rule.amount, notice.rule.unit.code, notice.rule.source.article) == (7, "wd", "art. 30")
    third = consulting().clock("disclosure.third_party")
    assert (third.rule.amount, third.rule.unit.code, third.rule.source.article) == (15, "wd", "arts. 32, 34")
    assert [reply.rule.statutory, notice.rule.statutory, third.rule.statutory] == [True, True, True]


# -- art. 31: the date of receipt by channel --------------------------------------------------------

CHANNEL_CASES = [
    # in person, nothing recorded: received the day it is registered, Friday 2025-09-26 → the
    # 20th working day is 10/30, the 7th 10/13 (see the module docstring).
    pytest.param("in_person", {}, at(2025, 9, 26), D(2025, 9, 26), D(2025, 10, 30), D(2025, 10, 13),
                 id="in_person-the-day-recorded"),
    # handed in on Friday 9/26, registered on the make-up Sunday 9/28: the day handed in counts.
    pytest.param("in_person", {"handed_in_on": D(2025, 9, 26)}, at(2025, 9, 28), D(2025, 9, 26),
                 D(2025, 10, 30), D(2025, 10, 13), id="in_person-handed_in_on"),
    # in person, only the other channels' dates recorded: they do not count; the day recorded does.
    pytest.param("in_person", {"confirmed_on": D(2025, 9, 24), "signed_on": D(2025, 9, 25)},
                 at(2025, 9, 26), D(2025, 9, 26), D(2025, 10, 30), D(2025, 10, 13),
                 id="in_person-other-dates-ignored"),
    # registered post signed for on Tuesday 2025-09-30, the last day before the holiday; registered
    # on 10/9. After 9/30: 10/9 (1), 10/10 (2), 10/11 (3, make-up Saturday), 10/13 (4) … 10/16 (7);
    # 10/17 (8), 10/20–24 (9–13), 10/27–31 (14–18), 11/3 (19), 11/4 (20).
    pytest.param("registered_post", {"signed_on": D(2025, 9, 30)}, at(2025, 10, 9), D(2025, 9, 30),
                 D(2025, 11, 4), D(2025, 10, 16), id="registered_post-signed_on"),
    # ordinary post, receipt confirmed with the requester on Monday 2025-09-29. After 9/29:
    # 9/30 (1), 10/9 (2), 10/10 (3), 10/11 (4), 10/13 (5), 10/14 (6), 10/15 (7); … 10/31 (19), 11/3 (20).
    pytest.param("ordinary_post", {"confirmed_on": D(2025, 9, 29)}, at(2025, 9, 29, 16), D(2025, 9, 29),
                 D(2025, 11, 3), D(2025, 10, 15), id="ordinary_post-confirmed_on"),
    # online, confirmed Thursday 2026-09-24 (before Mid-Autumn and National Day): 10/29 and 10/12.
    pytest.param("online", {"confirmed_on": D(2026, 9, 24)}, at(2026, 9, 24), D(2026, 9, 24),
                 D(2026, 10, 29), D(2026, 10, 12), id="online-confirmed_on"),
    # fax, confirmed Wednesday 2026-09-30, registered 10/8. After 9/30: 10/8 (1), 10/9 (2), 10/10 (3,
    # make-up Saturday), 10/12–15 (4–7); 10/16 (8), 10/19–23 (9–13), 10/26–30 (14–18), 11/2 (19), 11/3 (20).
    pytest.param("fax", {"confirmed_on": D(2026, 9, 30)}, at(2026, 10, 8), D(2026, 9, 30),
                 D(2026, 11, 3), D(2026, 10, 15), id="fax-confirmed_on"),
]


@pytest.mark.parametrize(("channel", "dates", "when", "receipt", "reply_due", "notice_due"), CHANNEL_CASES)
def test_art_31_33_the_receipt_date_follows_the_channel_and_starts_both_clocks(
        channel, dates, when, receipt, reply_due, notice_due):
    case = received(channel, when, **dates)
    assert (case.state, case.owner, case.data["channel"]) == ("received", "吴专员", channel)
    assert set(case.clocks) == {"disclosure.reply", "disclosure.correction_notice"}
    reply, notice = case.clock("disclosure.reply"), case.clock("disclosure.correction_notice")
    assert (reply.started_on, reply.due) == (receipt, reply_due)
    assert (notice.started_on, notice.due) == (receipt, notice_due)
    assert reply.status(when.date()) is ClockStatus.ON_TRACK
    assert case.allowed_events() == ("request_correction", "consult_third_party", "extend", "answer",
                                     "withdraw")


@pytest.mark.parametrize(("channel", "given", "needed"), [
    ("registered_post", {}, "signed_on"),
    ("registered_post", {"confirmed_on": D(2026, 9, 24), "handed_in_on": D(2026, 9, 24)}, "signed_on"),
    ("ordinary_post", {"signed_on": D(2026, 9, 24)}, "confirmed_on"),
    ("online", {}, "confirmed_on"),
    ("online", {"handed_in_on": D(2026, 9, 24)}, "confirmed_on"),
    ("fax", {"signed_on": D(2026, 9, 24)}, "confirmed_on"),
])
def test_art_31_post_online_and_fax_need_the_date_that_makes_them_received(channel, given, needed):
    with pytest.raises(InvalidValue) as caught:
        received(channel, at(2026, 9, 24), **given)
    assert str(caught.value) == ("disclosure.receive: got 'GK-0001'; allowed: a complete opening. "
                                 f"receipt date (art. 31): a request by {channel} is received on its "
                                 f"{needed} (art. 31); record it")


@pytest.mark.parametrize("channel", ["email", "phone", "wechat", "IN_PERSON", "", 3])
def test_art_31_any_other_channel_is_refused(channel):
    with pytest.raises(InvalidValue, match=r"disclosure.receive.channel: got .*; allowed: (one of in_person, "
                                           r"registered_post, ordinary_post, online, fax|a non-empty str)"):
        received(channel, at(2026, 9, 24), confirmed_on=D(2026, 9, 24))


def test_art_31_a_receipt_date_after_registration_is_refused_and_only_the_officer_registers():
    with pytest.raises(InvalidValue, match=r"signed_on: got Date.2026, 9, 25.*on or before the event's date"):
        received("registered_post", at(2026, 9, 24), signed_on=D(2026, 9, 25))
    with pytest.raises(InvalidValue, match=r"disclosure.receive.requester: got None"):
        P.open("GK-1", at=at(2026, 9, 24), by=OFFICER, channel="in_person", description="x")
    with pytest.raises(AccessDenied, match=r"may not receive \(收到申请\) a disclosure case: needs one "
                                           r"of the roles \['disclosure_officer'\]"):
        P.open("GK-1", at=at(2026, 9, 24), by=HEAD, channel="in_person", **REQUEST)


# -- art. 30: one correction notice, and the restart ----------------------------------------------


def test_art_30_one_correction_notice_within_7_working_days():
    case = awaiting_correction()
    assert case.state == "awaiting_correction"
    assert case.data["items"] == ("所需信息的名称不明确", "未写明文号")
    assert case.data["correction_due"] == D(2026, 10, 16)
    assert case.data["correction_requested"] is True
    notice = case.clock("disclosure.correction_notice")
    assert notice.finished_on == D(2026, 9, 28)
    assert notice.status(D(2026, 9, 28)) is ClockStatus.MET  # due 10/12
    assert case.clock("disclosure.reply").finished_on is None  # runs until the correction restarts it
    assert case.allowed_events() == ("correct", "treat_as_withdrawn", "withdraw")


def test_art_30_a_correction_notice_after_7_working_days_is_recorded_as_late():
    # due Monday 2026-10-12 (the 7th working day after 9/24); sent Tuesday 10/13
    case = online_2026().apply("request_correction", at=at(2026, 10, 13), by=OFFICER, items=["名称不明确"],
                               correction_due=D(2026, 10, 30))
    assert case.clock("disclosure.correction_notice").status(D(2026, 10, 13)) is ClockStatus.MET_LATE


def test_art_30_a_second_correction_notice_is_refused():
    for case in (awaiting_correction(), corrected()):
        before = snapshot(case)
        with pytest.raises(EventRefused) as caught:
            case.apply("request_correction", at=at(2026, 10, 12), by=OFFICER, items=["另一项"],
                       correction_due=D(2026, 10, 30))
        assert caught.value.reason == (f"'request_correction' is not allowed in state {case.state!r} "
                                       f"({case.state_label})")
        assert snapshot(case) == before


def test_art_30_the_notice_lists_the_items_and_the_time_granted():
    with pytest.raises(InvalidValue, match=r"request_correction.items: got None"):
        online_2026().apply("request_correction", at=at(2026, 9, 28), by=OFFICER,
                            correction_due=D(2026, 10, 16))
    with pytest.raises(InvalidValue, match=r"request_correction.correction_due: got None"):
        online_2026().apply("request_correction", at=at(2026, 9, 28), by=OFFICER, items=["名称不明确"])


def test_art_30_correct_restarts_the_reply_clock_from_the_corrected_request():
    case = corrected()
    assert case.state == "in_processing"
    reply = case.clock("disclosure.reply")
    # corrected request received Friday 2026-10-09, recorded on the make-up Saturday 10/10. After
    # 10/9: 10/10 (1), 10/12–16 (2–6), 10/19–23 (7–11), 10/26–30 (12–16), 11/2–5 (17–20).
    assert (reply.started_on, reply.due) == (D(2026, 10, 9), D(2026, 11, 5))
    assert [e.kind for e in reply.events] == ["start", "restart"]
    assert (reply.stops, reply.extended_by) == ((), 0)
    assert case.history[-1].payload == {"corrected_on": D(2026, 10, 9)}


def test_art_30_the_restarted_period_is_a_fresh_20_working_days():
    """An extension recorded before the correction belonged to the old period (art. 30: the reply
    period is counted from the receipt of the corrected request)."""
    early = extend(online_2026(), at(2026, 9, 28, 9), requester_told_on=D(2026, 9, 28))
    assert early.clock("disclosure.reply").due == D(2026, 11, 26)
    case = early.apply("request_correction", at=at(2026, 9, 28), by=OFFICER, items=["名称不明确"],
                       correction_due=D(2026, 10, 16))
    case = case.apply("correct", at=at(2026, 10, 10), by=OFFICER, corrected_on=D(2026, 10, 9))
    reply = case.clock("disclosure.reply")
    assert (reply.started_on, reply.due, reply.extended_by) == (D(2026, 10, 9), D(2026, 11, 5), 0)


def test_art_30_without_a_corrected_on_date_the_reply_runs_from_the_day_recorded():
    case = awaiting_correction().apply("correct", at=at(2026, 10, 12), by=OFFICER)
    # after Monday 10/12: 10/13–16 (1–4), 10/19–23 (5–9), 10/26–30 (10–14), 11/2–6 (15–19), 11/9 (20)
    assert (case.clock("disclosure.reply").started_on, case.clock("disclosure.reply").due) == (
        D(2026, 10, 12), D(2026, 11, 9))


def test_art_30_not_corrected_in_the_time_granted_the_request_may_be_treated_as_withdrawn():
    case = awaiting_correction()
    before = snapshot(case)
    with pytest.raises(EventRefused) as caught:
        case.apply("treat_as_withdrawn", at=at(2026, 10, 16, 17), by=OFFICER)
    assert caught.value.reason == ("time granted has passed: the requester has until 2026-10-16 to correct "
                                   "the request")
    assert snapshot(case) == before
    lapsed = case.apply("treat_as_withdrawn", at=at(2026, 10, 17), by=OFFICER)
    assert (lapsed.state, lapsed.final) == ("withdrawn", True)
    assert lapsed.clock("disclosure.reply").finished_on == D(2026, 10, 17)
    assert all(clock.finished_on is not None for clock in lapsed.clocks.values())
    for case in (online_2026(), corrected()):
        with pytest.raises(EventRefused, match=r"'treat_as_withdrawn' is not allowed in state"):
            case.apply("treat_as_withdrawn", at=at(2026, 11, 30), by=OFFICER)


def test_art_30_answering_or_consulting_closes_the_correction_window():
    """Once the request is answered or sent out for consultation no correction notice can follow:
    the notice clock is finished then, so a closed request never shows it running or overdue."""
    answered = online_2026().apply("answer", at=at(2026, 9, 30), by=OFFICER, outcome="disclosed")
    closed = answered.apply("close", at=at(2026, 10, 8), by=OFFICER)
    notice = closed.clock("disclosure.correction_notice")
    assert notice.finished_on == D(2026, 9, 30)
    assert notice.status(D(2026, 12, 31)) is ClockStatus.MET
    assert all(clock.finished_on is not None for clock in closed.clocks.values())
    sent_out = online_2026().apply("consult_third_party", at=at(2026, 9, 29), by=OFFICER,
                                   third_party="某公司")
    assert sent_out.clock("disclosure.correction_notice").finished_on == D(2026, 9, 29)


# -- arts. 32, 33 ¶2: third-party consultation is excluded time --------------------------------------


def test_art_33_consulting_a_third_party_stops_the_reply_clock_and_starts_its_15_days():
    case = consulting()
    assert case.state == "consulting"
    assert case.data["third_party"] == "某建设公司"
    reply = case.clock("disclosure.reply")
    assert (reply.stopped, reply.due) == (True, None)
    assert reply.status(D(2025, 10, 31)) is ClockStatus.STOPPED  # not overdue on the original due date +1
    assert [(s.stopped_on, s.resumed_on, s.reason) for s in reply.stops] == [
        (D(2025, 10, 10), None, "third_party_consultation")]
    third = case.clock("disclosure.third_party")
    # from the third party's receipt on Thursday 2025-10-09: 10/10 (1), 10/11 (2, make-up Saturday),
    # 10/13–17 (3–7), 10/20–24 (8–12), 10/27 (13), 10/28 (14), 10/29 (15)
    assert (third.started_on, third.due) == (D(2025, 10, 9), D(2025, 10, 29))
    assert case.allowed_events() == ("third_party_replied", "third_party_silent", "extend", "withdraw")


def test_art_33_without_a_delivery_date_the_third_party_runs_from_the_day_recorded():
    case = handed_in_2025().apply("consult_third_party", at=at(2025, 9, 29), by=OFFICER, third_party="某机关")
    # after Monday 9/29: 9/30 (1), 10/9 (2), 10/10 (3), 10/11 (4), 10/13–17 (5–9), 10/20–24 (10–14),
    # 10/27 (15)
    assert case.clock("disclosure.third_party").due == D(2025, 10, 27)


def test_art_33_the_third_partys_reply_resumes_the_reply_clock_after_the_excluded_days():
    case = consulting().apply("third_party_replied", at=at(2025, 10, 20), by=OFFICER, opinion="objects")
    assert (case.state, case.data["opinion"]) == ("in_processing", "objects")
    reply = case.clock("disclosure.reply")
    # counted by the stop on 10/10: 9/28, 9/29, 9/30, 10/9, 10/10 = 5. Excluded: 10/11–10/20 (working
    # days 10/11, 10/13–17, 10/20 = 7). The other 15 after 10/20: 10/21–24 (1–4), 10/27–31 (5–9),
    # 11/3–7 (10–14), 11/10 (15). Equally: the original 10/30 plus 7 working days.
    assert reply.due == D(2025, 11, 10)
    assert [(s.stopped_on, s.resumed_on) for s in reply.stops] == [(D(2025, 10, 10), D(2025, 10, 20))]
    third = case.clock("disclosure.third_party")
    assert third.finished_on == D(2025, 10, 20)
    assert third.status(D(2025, 10, 20)) is ClockStatus.MET


def test_art_32_silence_lets_the_organ_decide_only_after_the_15_working_days():
    case = consulting()
    before = snapshot(case)
    with pytest.raises(EventRefused) as caught:
        case.apply("third_party_silent", at=at(2025, 10, 29, 17), by=OFFICER)
    assert caught.value.reason == ("silence: the third party has until 2025-10-29 to give its opinion "
                                   "(art. 32)")
    assert snapshot(case) == before
    silent = case.apply("third_party_silent", at=at(2025, 10, 30), by=OFFICER)
    assert silent.state == "in_processing"
    assert silent.clock("disclosure.third_party").finished_on == D(2025, 10, 30)
    # excluded 10/11–10/30: 1 + 5 + 5 + 4 = 15 working days; 5 counted before, 15 left after 10/30:
    # 10/31 (1), 11/3–7 (2–6), 11/10–14 (7–11), 11/17–20 (12–15)
    assert silent.clock("disclosure.reply").due == D(2025, 11, 20)


def test_art_33_a_second_consultation_adds_a_second_stop():
    case = consulting().apply("third_party_replied", at=at(2025, 10, 20), by=OFFICER, opinion="objects")
    case = case.apply("consult_third_party", at=at(2025, 10, 27), by=OFFICER, third_party="某区规划局")
    assert case.clock("disclosure.third_party").started_on == D(2025, 10, 27)  # a fresh 15 days
    case = case.apply("third_party_replied", at=at(2025, 11, 3), by=OFFICER, opinion="consents")
    reply = case.clock("disclosure.reply")
    # 11/10 (after the first stop) plus the working days of 10/28–11/3 (10/28–31, 11/3 = 5):
    # 11/11 (1), 11/12 (2), 11/13 (3), 11/14 (4), 11/17 (5)
    assert reply.due == D(2025, 11, 17)
    assert len(reply.stops) == 2


def test_art_33_consultation_is_refused_after_the_reply_deadline_and_no_answer_while_consulting():
    with pytest.raises(EventRefused) as caught:
        handed_in_2025().apply("consult_third_party", at=at(2025, 10, 31), by=OFFICER, third_party="某公司")
    assert caught.value.reason == ("disclosure.reply: cannot stop on 2025-10-31: the deadline 2025-10-30 "
                                   "has passed")
    with pytest.raises(EventRefused, match=r"'answer' is not allowed in state 'consulting' "
                                           r"\(征求第三方意见\)"):
        consulting().apply("answer", at=at(2025, 10, 20), by=OFFICER, outcome="disclosed")
    with pytest.raises(InvalidValue, match=r"third_party_replied.opinion: got 'maybe'; allowed: one of "
                                           r"consents, objects"):
        consulting().apply("third_party_replied", at=at(2025, 10, 20), by=OFFICER, opinion="maybe")


# -- art. 33: one extension of 20 working days ------------------------------------------------------


def in_person_2026() -> Case:
    return received("in_person", at(2026, 9, 24))  # reply due 2026-10-29


def test_art_33_one_extension_of_20_working_days_approved_by_the_head_of_the_disclosure_unit():
    case = extend(in_person_2026(), at(2026, 10, 20))
    assert case.state == "received"  # an internal event
    reply = case.clock("disclosure.reply")
    # 10/29 plus 20: 10/30 (1), 11/2–6 (2–6), 11/9–13 (7–11), 11/16–20 (12–16), 11/23–26 (17–20)
    assert reply.due == D(2026, 11, 26)
    assert reply.extended_by == 20
    event = reply.events[-1]
    assert (event.kind, event.on, event.by, event.amount) == ("extend", D(2026, 10, 20), "郑处长", 20)
    assert case.history[-1].payload["requester_told_on"] == D(2026, 10, 20)
    assert case.history[-1].by == HEAD


def test_art_33_the_extend_event_admits_exactly_the_approver_the_catalogue_names():
    extension = DEFAULT.get("disclosure.reply").extension
    assert (extension.approver, extension.amount, extension.times) == ("disclosure_head", 20, 1)
    assert P.roles_for("extend") == {extension.approver}


def test_art_33_a_second_extension_is_refused():
    case = extend(in_person_2026(), at(2026, 10, 20))
    before = snapshot(case)
    with pytest.raises(EventRefused) as caught:
        extend(case, at(2026, 11, 20))
    assert caught.value.reason.startswith("disclosure.reply: already extended 1 time(s), the most the rule "
                                          "allows (中华人民共和国政府信息公开条例 art. 33")
    assert snapshot(case) == before


def test_art_33_no_one_approves_their_own_extension_and_an_officer_cannot_extend():
    with pytest.raises(EventRefused) as caught:
        extend(in_person_2026(), at(2026, 10, 20), requested_by="郑处长")
    assert caught.value.reason == ("not self (requested_by): 郑处长 cannot approve their own request "
                                   "(requested_by='郑处长')")
    with pytest.raises(AccessDenied) as denied:
        extend(in_person_2026(), at(2026, 10, 20), by=OFFICER, requested_by="李明")
    assert str(denied.value) == ("吴专员 (政府信息公开办) may not extend (延长答复期限) on case 'GK-0001': "
                                 "needs one of the roles ['disclosure_head']; has ['disclosure_officer'].")
    assert in_person_2026().allowed_events(HEAD) == ("extend",)


def test_art_33_the_requester_is_told_and_the_extension_comes_before_the_deadline():
    with pytest.raises(InvalidValue, match=r"extend.requester_told_on: got None"):
        extend(in_person_2026(), at(2026, 10, 20), requester_told_on=None)
    with pytest.raises(InvalidValue, match=r"extend.reason: got None"):
        extend(in_person_2026(), at(2026, 10, 20), reason=None)
    with pytest.raises(EventRefused) as caught:
        extend(in_person_2026(), at(2026, 10, 30))
    assert caught.value.reason == ("disclosure.reply: cannot extend on 2026-10-30: the deadline 2026-10-29 "
                                   "has passed")
    on_the_day = extend(in_person_2026(), at(2026, 10, 29, 17))
    assert on_the_day.clock("disclosure.reply").due == D(2026, 11, 26)


def test_art_33_an_extension_during_consultation_adds_to_the_excluded_time():
    case = extend(consulting(), at(2025, 10, 15), requester_told_on=D(2025, 10, 15))
    assert case.clock("disclosure.reply").due is None  # still stopped
    case = case.apply("third_party_replied", at=at(2025, 10, 20), by=OFFICER, opinion="consents")
    # 11/10 (after the stop) plus 20: 11/11–14 (1–4), 11/17–21 (5–9), 11/24–28 (10–14), 12/1–5 (15–19), 12/8
    assert case.clock("disclosure.reply").due == D(2025, 12, 8)


# -- art. 36: the answer -----------------------------------------------------------------------------

OUTCOME_PAYLOADS = [
    ("disclosed", {}),
    ("partly_disclosed", {"legal_ground": "政府信息公开条例第三十七条"}),
    ("refused", {"legal_ground": "政府信息公开条例第十四条"}),
    ("not_held", {}),
    ("not_ours", {"organ": "某市自然资源局"}),
]


@pytest.mark.parametrize(("outcome", "extra"), OUTCOME_PAYLOADS)
def test_art_36_each_outcome_is_recorded_and_finishes_the_reply_clock(outcome, extra):
    case = handed_in_2025().apply("answer", at=at(2025, 10, 30, 17), by=OFFICER, outcome=outcome, **extra)
    assert case.state == "answered"
    assert case.data["outcome"] == outcome
    assert {k: case.data[k] for k in extra} == extra
    assert not {"legal_ground", "organ"} - set(extra) & set(case.data)
    reply = case.clock("disclosure.reply")
    assert reply.finished_on == D(2025, 10, 30)
    assert reply.status(D(2025, 10, 30)) is ClockStatus.MET  # on the due date itself
    assert case.allowed_events() == ("close",)


def test_art_36_an_answer_after_the_deadline_is_met_late():
    case = handed_in_2025().apply("answer", at=at(2025, 10, 31), by=OFFICER, outcome="not_held")
    assert case.clock("disclosure.reply").status(D(2025, 10, 31)) is ClockStatus.MET_LATE


@pytest.mark.parametrize("outcome", ["refused", "partly_disclosed"])
def test_art_36_a_refusal_or_partial_disclosure_must_give_its_legal_ground(outcome):
    case = handed_in_2025()
    with pytest.raises(EventRefused) as caught:
        case.apply("answer", at=at(2025, 10, 20), by=OFFICER, outcome=outcome, organ="某局")
    assert caught.value.reason == (f"outcome complete: an answer '{outcome}' must give its legal ground "
                                   "(legal_ground)")


def test_art_36_not_ours_must_name_the_organ_and_the_outcome_is_one_of_five():
    case = handed_in_2025()
    with pytest.raises(EventRefused) as caught:
        case.apply("answer", at=at(2025, 10, 20), by=OFFICER, outcome="not_ours", legal_ground="第三十六条")
    assert caught.value.reason == ("outcome complete: an answer 'not_ours' must name the organ responsible "
                                   "(organ)")
    with pytest.raises(InvalidValue, match=r"answer.outcome: got 'ignored'; allowed: one of disclosed, "
                                           r"partly_disclosed, refused, not_held, not_ours"):
        case.apply("answer", at=at(2025, 10, 20), by=OFFICER, outcome="ignored")
    with pytest.raises(AccessDenied, match=r"needs one of the roles \['disclosure_officer'\]"):
        case.apply("answer", at=at(2025, 10, 20), by=HEAD, outcome="disclosed")


def test_close_after_the_answer_is_final():
    case = corrected().apply("answer", at=at(2026, 11, 2), by=OFFICER, outcome="partly_disclosed",
                             legal_ground="第十五条")
    closed = case.apply("close", at=at(2026, 11, 3), by=OFFICER)
    assert (closed.state, closed.final, closed.allowed_events()) == ("closed", True, ())
    assert all(clock.finished_on is not None for clock in closed.clocks.values())
    assert [entry.event for entry in closed.history] == [
        "receive", "request_correction", "correct", "answer", "close"]
    with pytest.raises(EventRefused, match=r"'close' is not allowed in state 'in_processing'"):
        corrected().apply("close", at=at(2026, 11, 3), by=OFFICER)


# -- withdrawal --------------------------------------------------------------------------------------

PATHS = {"received": handed_in_2025, "awaiting_correction": awaiting_correction,
         "in_processing": corrected, "consulting": consulting}


def test_the_paths_reach_every_open_state():
    assert set(PATHS) == set(disclosure.OPEN_STATES)
    assert all(PATHS[state]().state == state for state in PATHS)


@pytest.mark.parametrize("state", disclosure.OPEN_STATES)
def test_withdrawal_from_each_open_state_finishes_every_running_clock(state):
    case = PATHS[state]()
    running = {rule for rule, clock in case.clocks.items() if clock.finished_on is None}
    assert "disclosure.reply" in running
    withdrawn = case.apply("withdraw", at=at(2026, 11, 16), by=OFFICER, reason="申请人撤回")
    assert (withdrawn.state, withdrawn.final) == ("withdrawn", True)
    assert {rule for rule in running if withdrawn.clock(rule).finished_on == D(2026, 11, 16)} == running
    assert all(clock.finished_on is not None and clock.due is not None for clock in withdrawn.clocks.values())


def test_withdrawal_while_consulting_closes_the_stop_on_that_day():
    withdrawn = consulting().apply("withdraw", at=at(2025, 10, 20), by=OFFICER)
    reply = withdrawn.clock("disclosure.reply")
    assert [(s.stopped_on, s.resumed_on) for s in reply.stops] == [(D(2025, 10, 10), D(2025, 10, 20))]
    assert reply.due == D(2025, 11, 10)  # as if resumed on 10/20
    with pytest.raises(EventRefused, match=r"'withdraw' is not allowed in state 'answered'"):
        handed_in_2025().apply("answer", at=at(2025, 10, 9), by=OFFICER, outcome="not_held").apply(
            "withdraw", at=at(2025, 10, 10), by=OFFICER)


# -- diagrams ----------------------------------------------------------------------------------------

MERMAID_EN = """stateDiagram-v2
    state "received" as received
    state "awaiting_correction" as awaiting_correction
    state "in_processing" as in_processing
    state "consulting" as consulting
    state "answered" as answered
    state "closed" as closed
    state "withdrawn" as withdrawn
    [*] --> received: receive
    received --> awaiting_correction: request_correction
    awaiting_correction --> in_processing: correct
    awaiting_correction --> withdrawn: treat_as_withdrawn
    received --> consulting: consult_third_party
    in_processing --> consulting: consult_third_party
    consulting --> in_processing: third_party_replied
    consulting --> in_processing: third_party_silent
    received --> received: extend
    in_processing --> in_processing: extend
    consulting --> consulting: extend
    received --> answered: answer
    in_processing --> answered: answer
    answered --> closed: close
    received --> withdrawn: withdraw
    awaiting_correction --> withdrawn: withdraw
    in_processing --> withdrawn: withdraw
    consulting --> withdrawn: withdraw
    closed --> [*]
    withdrawn --> [*]"""


def test_the_english_diagram_is_exactly_the_declaration():
    assert P.to_mermaid() == MERMAID_EN
    assert P.to_mermaid("en") == MERMAID_EN


def test_the_chinese_diagram_shows_the_labels():
    text = P.to_mermaid("zh")
    assert text.splitlines()[0] == "stateDiagram-v2"
    for line in ('    state "待补正" as awaiting_correction', '    state "征求第三方意见" as consulting',
                 "    [*] --> received: 收到申请", "    received --> awaiting_correction: 一次性告知补正",
                 "    awaiting_correction --> withdrawn: 视为放弃申请",
                 "    consulting --> in_processing: 第三方逾期未答复",
                 "    consulting --> consulting: 延长答复期限", "    answered --> closed: 办结"):
        assert line in text
    assert len(text.splitlines()) == len(MERMAID_EN.splitlines())
    assert consulting().diagram().mermaid.endswith("    class consulting current")
    dot = P.to_dot("zh")
    assert dot.startswith('digraph "disclosure" {')
    assert '"withdrawn" [label="已撤回", peripheries=2];' in dot
    assert '"consulting" -> "in_processing" [label="第三方答复"];' in dot


# -- Hypothesis: the state machine, round trip and tampering -----------------------------------------

HEALTH = [HealthCheck.too_slow, HealthCheck.filter_too_much]
TestDisclosureMachine = state_machine(P).TestCase
TestDisclosureMachine.settings = settings(max_examples=100, stateful_step_count=25, deadline=None,
                                          suppress_health_check=HEALTH)


def test_the_state_machine_run_keeps_its_size_whatever_the_profile():
    assert TestDisclosureMachine.settings.max_examples == 100
    assert TestDisclosureMachine.settings.stateful_step_count == 25


@settings(max_examples=150, deadline=None, suppress_health_check=HEALTH)
@given(case=cases(P), data=st.data())
def test_one_random_tamper_is_rejected_or_changes_nothing(case, data):
    """Change one thing in a valid dict: a derived part (state, owner, data, clocks, format, process)
    is refused unless the change is immaterial (an equal case). The history is the record: a change
    there is refused, immaterial, or loads exactly as written — never half-way."""
    path, changed = data.draw(tampered(case))
    hypothesis.event(tamper_outcome(case, path, changed))


def test_tampering_with_a_derived_part_is_rejected():
    data = json.loads(json.dumps(consulting().apply(
        "third_party_replied", at=at(2025, 10, 20), by=OFFICER, opinion="objects").to_dict()))
    for path, value, message in (
            (("clocks", "disclosure.reply", "due"), "2025-10-30", "recorded clocks"),
            (("clocks", "disclosure.reply", "events", 1, "on"), "2025-10-11", "recorded clocks"),
            (("data", "channel"), "fax", "recorded data"),
            (("state",), "consulting", "recorded state 'consulting'"),
            (("history", 0, "payload", "channel"), "online", "a request by online is received on its "
                                                            "confirmed_on")):
        tampered = copy.deepcopy(data)
        node = tampered
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        with pytest.raises(InvalidCaseData, match=re.escape(message)):
            P.from_dict(tampered)


# -- the property: the reply clock is the rule counted from its effective start ------------------------

RECEIPT = {"in_person": "handed_in_on", "registered_post": "signed_on", "ordinary_post": "confirmed_on",
           "online": "confirmed_on", "fax": "confirmed_on"}
"""Art. 31, written out again here: the recorded date that is the date of receipt, by channel."""


def _day(entry: Any) -> _dt.date:
    moment = entry.at.in_timezone("Asia/Shanghai")
    return _dt.date(moment.year, moment.month, moment.day)


def _plain(day: _dt.date) -> _dt.date:
    return _dt.date(day.year, day.month, day.day)


Stops = list[tuple[_dt.date, _dt.date]]


def counted_due(cal: WorkCalendar, start: _dt.date, n: int, stops: Stops) -> _dt.date:
    """The n-th working day after ``start``, walking one day at a time; the days after each
    ``stopped_on`` up to and including its ``resumed_on`` are not counted."""
    excluded = set()
    for stopped, resumed in stops:
        day = stopped + _dt.timedelta(days=1)
        while day <= resumed:
            excluded.add(day)
            day += _dt.timedelta(days=1)
    day, counted = start, 0
    while counted < n:
        day += _dt.timedelta(days=1)
        if day not in excluded and cal.is_workday(day):
            counted += 1
    return day


def reply_facts(case: Case) -> tuple[_dt.date, list[tuple[_dt.date, _dt.date]], _dt.date | None, int]:
    """Read from the history alone: the reply period's effective start (receipt by channel, or the
    last corrected request), its closed stops, an open stop, and the working days of extension
    granted since that start."""
    start: _dt.date | None = None
    stops: list[tuple[_dt.date, _dt.date]] = []
    stopped_on: _dt.date | None = None
    extension = 0
    for entry in case.history:
        day, payload = _day(entry), entry.payload
        if entry.event == "receive":
            start = _plain(payload.get(RECEIPT[payload["channel"]]) or day)
        elif entry.event == "correct":  # art. 30: the period runs afresh from the corrected request
            start, stops, extension = _plain(payload.get("corrected_on") or day), [], 0
        elif entry.event == "consult_third_party":
            stopped_on = day
        elif entry.event in ("third_party_replied", "third_party_silent", "withdraw") and stopped_on:
            stops.append((stopped_on, day))
            stopped_on = None
        elif entry.event == "extend":
            extension += payload.get("amount", 20)
    assert start is not None
    return start, stops, stopped_on, extension


def third_party_start(case: Case) -> _dt.date | None:
    """The third party's receipt of the latest consultation (delivered_on, else the day recorded)."""
    starts = [_plain(e.payload.get("delivered_on") or _day(e)) for e in case.history
              if e.event == "consult_third_party"]
    return starts[-1] if starts else None


@settings(max_examples=300, deadline=None, suppress_health_check=HEALTH)
@given(cases(P, max_events=14))
def test_every_clock_due_is_the_rule_counted_from_its_effective_start(case):
    cal = case.calendar
    start, stops, open_stop, extension = reply_facts(case)
    reply = case.clock("disclosure.reply")
    assert reply.started_on == start
    assert reply.stopped == (open_stop is not None) == (case.state == "consulting")
    assert 0 <= extension <= 20
    assert (reply.finished_on is not None) == (case.state in ("answered", "closed", "withdrawn"))
    if not reply.stopped:
        assert reply.due == counted_due(cal, start, 20 + extension, stops)
        hypothesis.event(f"reply: {min(len(stops), 2)}+ stop(s), extension {extension}")
        hypothesis.target(float(len(stops) + bool(extension)), label="excluded time and extension")
    opening = case.history[0]
    receipt = _plain(opening.payload.get(RECEIPT[opening.payload["channel"]]) or _day(opening))
    notice = case.clock("disclosure.correction_notice")
    assert (notice.started_on, notice.due) == (receipt, counted_due(cal, receipt, 7, []))
    third = third_party_start(case)
    assert ("disclosure.third_party" in case.clocks) == (third is not None)
    if third is not None:
        clock = case.clock("disclosure.third_party")
        assert (clock.started_on, clock.due) == (third, counted_due(cal, third, 15, []))


def test_generated_cases_exercise_every_state_and_every_kind_of_reply_clock():
    """The property above is not vacuous: the generated cases reach every state and include reply
    clocks with excluded time, an extension, a restart, and excluded time with an extension."""
    seen: collections.Counter[str] = collections.Counter()

    @settings(max_examples=400, deadline=None, derandomize=True, database=None, phases=[Phase.generate],
              suppress_health_check=HEALTH)
    @given(cases(P, max_events=14))
    def collect(case):
        seen[case.state] += 1
        _, stops, open_stop, extension = reply_facts(case)
        restarted = any(e.event == "correct" for e in case.history)
        if not open_stop:
            seen["stop"] += bool(stops)
            seen["extension"] += bool(extension)
            seen["restart"] += restarted
            seen["stop+extension"] += bool(stops and extension)

    collect()
    assert {s.name for s in P.states} <= set(seen), seen
    assert all(seen[kind] > 0 for kind in ("stop", "extension", "restart", "stop+extension")), seen


def test_the_independent_count_agrees_with_the_worked_examples():
    """The test's own counting, checked on the hand-worked dates above."""
    cal = handed_in_2025().calendar
    assert counted_due(cal, _dt.date(2025, 9, 26), 20, []) == _dt.date(2025, 10, 30)
    stop = (_dt.date(2025, 10, 10), _dt.date(2025, 10, 20))
    assert counted_due(cal, _dt.date(2025, 9, 26), 20, [stop]) == _dt.date(2025, 11, 10)
    assert counted_due(cal, _dt.date(2026, 9, 24), 40, []) == _dt.date(2026, 11, 26)


def test_art_30_the_time_granted_and_the_corrected_request_follow_the_notice():
    with pytest.raises(EventRefused, match=r"time granted: the time granted to correct \(2026-09-25\) "
                                           r"is before the notice \(2026-09-28\)"):
        online_2026().apply("request_correction", at=at(2026, 9, 28), by=OFFICER, items=["文号"],
                            correction_due=D(2026, 9, 25))
    with pytest.raises(EventRefused, match=r"after the notice: the corrected request \(2026-09-27\) "
                                           r"cannot come before the notice \(2026-09-28\)"):
        awaiting_correction().apply("correct", at=at(2026, 10, 10), by=OFFICER, corrected_on=D(2026, 9, 27))
    assert awaiting_correction().data["correction_noticed_on"] == D(2026, 9, 28)


def test_art_33_an_extension_may_be_shorter_than_20_working_days():
    case = handed_in_2025()
    # Reply due Thu 30 October 2025; +5 working days: 31 Oct, 3–6 Nov → Thursday 6 November.
    shorter = extend(case, at(2025, 10, 20), amount=5)
    assert shorter.clock("disclosure.reply").due == D(2025, 11, 6)
    with pytest.raises(EventRefused, match=r"amount: got 21; allowed: 1 to 20 working days"):
        extend(case, at(2025, 10, 20), amount=21)

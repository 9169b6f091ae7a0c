"""Deadline clocks (``officeflow.Clock``): starting, excluded time, extension, restart, finishing,
status, reminders, explanations, validation and serialisation — with worked examples around the
2025 and 2026 holidays, each named after the article it applies.

Expected dates are worked out by hand from the State Council notices. 2026: off 9/25–27
(Mid-Autumn) and 10/1–7 (National Day), make-up working days Sun 9/20 and Sat 10/10.
"""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pendulum
import pytest

import officeflow
from officeflow import Clock, ClockStatus, rules
from officeflow.calendar import adjustments, china
from officeflow.reminders import DEFAULT_LADDER, Reminder, Rung
from officeflow.rules import DEFAULT, LICENSING_STOPS

D = pendulum.Date
CAL = china()


ACCEPTED = D(2026, 9, 21)


def decision(on: D = ACCEPTED, **kwargs) -> Clock:
    """行政许可法 art. 42: 20 working days; accepted Monday 2026-09-21 → due Monday 2026-10-26."""
    return Clock.start("licensing.decision", on=on, **kwargs)


# -- starting ------------------------------------------------------------------------------------


def test_start_with_a_rule_id_or_a_time_limit():
    by_id = Clock.start("licensing.decision", on=D(2026, 9, 21))
    by_rule = Clock.start(rules.get("licensing.decision"), on=D(2026, 9, 21))
    assert by_id == by_rule
    assert by_id.rule is rules.get("licensing.decision")
    assert by_id.due == D(2026, 10, 26)
    assert by_id.started_on == D(2026, 9, 21)
    assert by_id.events == (officeflow.ClockEvent("start", D(2026, 9, 21)),)
    assert by_id.calendar is CAL
    assert (by_id.warning, by_id.ladder) == (3, DEFAULT_LADDER)
    assert repr(by_id) == "<Clock licensing.decision from 2026-09-21: due 2026-10-26>"


def test_start_accepts_dates_and_aware_datetimes_read_in_shanghai():
    assert decision(on=dt.date(2026, 9, 21)).started_on == D(2026, 9, 21)
    evening_utc = pendulum.datetime(2026, 9, 20, 17, 30, tz="UTC")  # 01:30 on 9/21 in Shanghai
    assert decision(on=evening_utc).started_on == D(2026, 9, 21)
    assert decision(on=evening_utc).due == D(2026, 10, 26)


def test_start_with_another_calendar():
    closed = CAL.with_layers(adjustments("our closure", rest=D(2026, 10, 26)))
    clock = decision(calendar=closed)
    assert clock.calendar is closed
    assert clock.due == D(2026, 10, 27)


def test_start_refuses_counted_back_and_unset_rules_and_non_rules():
    with pytest.raises(officeflow.InvalidValue) as caught:
        Clock.start("licensing.hearing_notice", on=D(2026, 9, 21))
    assert str(caught.value) == ("limit: got 'licensing.hearing_notice'; allowed: a forward period. "
                                 "Counted-back rules give a latest date: use rule.latest_to_act().")
    with pytest.raises(officeflow.InvalidValue, match=r"supervision\.item\.amount: got None"):
        Clock.start("supervision.item", on=D(2026, 9, 21))
    with pytest.raises(officeflow.InvalidType, match=r"limit: got int 42; allowed: a TimeLimit or a rule id"):
        Clock.start(42, on=D(2026, 9, 21))  # type: ignore[arg-type]
    with pytest.raises(officeflow.UnknownName, match=r"did you mean 'licensing\.decision'"):
        Clock.start("licensing.decison", on=D(2026, 9, 21))


def test_clocks_are_immutable_every_operation_returns_a_new_clock():
    clock = decision()
    stopped = clock.stop(on=D(2026, 10, 9), reason="expert_review")
    assert stopped is not clock
    assert clock.events == (officeflow.ClockEvent("start", D(2026, 9, 21)),)
    assert clock.due == D(2026, 10, 26)
    assert stopped.due is None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        clock.events = ()  # type: ignore[misc]


# -- excluded time (stop / resume) -----------------------------------------------------------------


def test_licensing_law_art45_stop_and_resume_exclude_the_days_after_the_stop_to_the_resume():
    """行政许可法 art. 45: expert review time is not counted; excluded = (stopped_on, resumed_on]."""
    stopped = decision().stop(on=D(2026, 10, 9), reason="expert_review")
    assert stopped.due is None
    assert stopped.stopped
    resumed = stopped.resume(on=D(2026, 10, 16))
    # excluded working days: Sat 10/10 (make-up) and 10/12–10/16 = 6 → 10/26 + 6 wd = 11/3.
    assert resumed.due == D(2026, 11, 3)
    assert not resumed.stopped
    stop = resumed.stops[0]
    assert (stop.stopped_on, stop.resumed_on, stop.reason) == (D(2026, 10, 9), D(2026, 10, 16),
                                                               "expert_review")


def test_the_stop_day_itself_counts_and_the_resume_day_does_not():
    # Stop Friday 2026-03-06, resume Monday 3/9: only Monday 3/9 is excluded.
    start = D(2026, 3, 2)
    base = decision(on=start)
    assert base.due == D(2026, 3, 30)
    one = base.stop(on=D(2026, 3, 6), reason="hearing").resume(on=D(2026, 3, 9))
    assert one.due == D(2026, 3, 31)
    # Stopping and resuming on the same day excludes nothing.
    none = base.stop(on=D(2026, 3, 9), reason="hearing").resume(on=D(2026, 3, 9))
    assert none.due == D(2026, 3, 30)
    # Stopping on the trigger day excludes from the next day on.
    first = base.stop(on=start, reason="hearing").resume(on=D(2026, 3, 3))
    assert first.due == D(2026, 3, 31)


def test_several_stops_add_up():
    clock = (decision(on=D(2026, 3, 2))
             .stop(on=D(2026, 3, 6), reason="testing").resume(on=D(2026, 3, 10))  # 3/9, 3/10
             .stop(on=D(2026, 3, 12), reason="appraisal").resume(on=D(2026, 3, 13)))  # 3/13
    assert clock.due == CAL.add_workdays(D(2026, 3, 30), 3) == D(2026, 4, 2)
    assert len(clock.stops) == 2


def test_a_stop_on_the_due_date_excludes_nothing_that_counts():
    clock = decision().stop(on=D(2026, 10, 26), reason="hearing").resume(on=D(2026, 10, 30))
    assert clock.due == D(2026, 10, 26)


def test_stops_never_overlap():
    stopped = decision().stop(on=D(2026, 9, 24), reason="hearing")
    with pytest.raises(officeflow.ClockRefused) as caught:
        stopped.stop(on=D(2026, 9, 28), reason="testing")
    assert str(caught.value) == ("licensing.decision: already stopped on 2026-09-24; resume before "
                                 "stopping again (stops never overlap)")


def test_resume_without_a_stop_is_refused():
    with pytest.raises(officeflow.ClockRefused) as caught:
        decision().resume(on=D(2026, 9, 22))
    assert str(caught.value) == ("licensing.decision: resume on 2026-09-22 without a stop; "
                                 "the clock is running")


@pytest.mark.parametrize("reason", sorted(LICENSING_STOPS))
def test_licensing_law_art45_reasons_allowed(reason):
    """行政许可法 art. 45: 听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审."""
    for rule_id in ("licensing.decision", "licensing.decision_joint", "licensing.lower_review"):
        clock = Clock.start(rule_id, on=D(2026, 9, 21)).stop(on=D(2026, 9, 22), reason=reason)
        assert clock.stops[0].reason == reason


def test_licensing_law_art45_other_reasons_refused_with_the_allowed_list():
    with pytest.raises(officeflow.ClockRefused) as caught:
        decision().stop(on=D(2026, 9, 22), reason="supplementing_materials")
    message = str(caught.value)
    assert message.startswith("licensing.decision: reason='supplementing_materials' is not excluded "
                              "time under 中华人民共和国行政许可法 arts. 42, 45")
    assert message.endswith("allowed: appraisal, auction, expert_review, hearing, inspection, "
                            "quarantine, tender, testing")
    with pytest.raises(officeflow.ClockRefused, match=r"allowed: appraisal"):
        decision().stop(on=D(2026, 9, 22), reason="third_party_consultation")


def test_disclosure_regs_art33_only_third_party_consultation_stops_the_reply_clock():
    """政府信息公开条例 art. 33 ¶2: time consulting third parties is not counted."""
    clock = Clock.start("disclosure.reply", on=D(2026, 9, 21))
    assert clock.due == D(2026, 10, 26)
    consulted = clock.stop(on=D(2026, 9, 22), reason="third_party_consultation").resume(on=D(2026, 9, 24))
    assert consulted.due == D(2026, 10, 28)  # 9/23 and 9/24 excluded
    with pytest.raises(officeflow.ClockRefused, match=r"allowed: third_party_consultation$"):
        clock.stop(on=D(2026, 9, 22), reason="hearing")


def test_petition_regs_art34_the_handling_clock_never_stops():
    """信访工作条例 art. 34: no excluded time for petition handling."""
    clock = Clock.start("petition.handling", on=D(2026, 8, 3))
    for reason in ("hearing", "expert_review", "third_party_consultation"):
        with pytest.raises(officeflow.ClockRefused) as caught:
            clock.stop(on=D(2026, 8, 4), reason=reason)
        assert str(caught.value).endswith("allowed: none")
        assert "信访工作条例 art. 34" in str(caught.value)


def test_a_stop_after_the_deadline_is_refused():
    with pytest.raises(officeflow.ClockRefused) as caught:
        decision().stop(on=D(2026, 10, 27), reason="hearing")
    assert str(caught.value) == ("licensing.decision: cannot stop on 2026-10-27: the deadline "
                                 "2026-10-26 has passed")


# -- extension -------------------------------------------------------------------------------------


def test_licensing_law_art42_extension_adds_10_working_days_approved_by_the_organ_head():
    """行政许可法 art. 42: +10 working days, approved by 本行政机关负责人, once."""
    extended = decision().extend(on=D(2026, 10, 20), approved_by="organ head", reason="complex")
    assert extended.due == D(2026, 11, 9)
    assert extended.extended_by == 10
    assert extended.limit_amount() == 30
    event = extended.events[-1]
    assert (event.kind, event.on, event.by, event.reason, event.amount) == (
        "extend", D(2026, 10, 20), "organ head", "complex", 10)


def test_an_extension_may_be_less_than_the_rule_allows():
    extended = decision().extend(on=D(2026, 10, 20), approved_by="organ head", reason="r", amount=5)
    assert extended.due == D(2026, 11, 2)
    assert extended.extended_by == 5


def test_an_extension_is_allowed_on_the_due_date_and_refused_after_it():
    assert decision().extend(on=D(2026, 10, 26), approved_by="head", reason="r").due == D(2026, 11, 9)
    with pytest.raises(officeflow.ClockRefused) as caught:
        decision().extend(on=D(2026, 10, 27), approved_by="head", reason="r")
    assert str(caught.value) == ("licensing.decision: cannot extend on 2026-10-27: the deadline "
                                 "2026-10-26 has passed")


def test_an_extension_beyond_the_maximum_is_refused():
    with pytest.raises(officeflow.InvalidValue) as caught:
        decision().extend(on=D(2026, 10, 20), approved_by="head", reason="r", amount=11)
    assert str(caught.value).startswith("amount: got 11; allowed: 1 to 10 working days "
                                        "(licensing.decision, 中华人民共和国行政许可法 arts. 42, 45")


def test_a_second_extension_is_refused():
    once = decision().extend(on=D(2026, 10, 1), approved_by="head", reason="r", amount=4)
    with pytest.raises(officeflow.ClockRefused) as caught:
        once.extend(on=D(2026, 10, 8), approved_by="head", reason="r", amount=4)
    assert str(caught.value).startswith("licensing.decision: already extended 1 time(s), the most the "
                                        "rule allows")


@pytest.mark.parametrize(("approved_by", "reason", "field"),
                         [("", "r", "approved_by"), ("   ", "r", "approved_by"), (None, "r", "approved_by"),
                          ("head", "", "reason")])
def test_an_extension_needs_an_approver_and_a_reason(approved_by, reason, field):
    with pytest.raises(officeflow.InvalidValue) as caught:
        decision().extend(on=D(2026, 10, 20), approved_by=approved_by, reason=reason)
    value = approved_by if field == "approved_by" else reason
    assert str(caught.value) == f"{field}: got {value!r}; allowed: a non-empty str."
    assert caught.value.field == field


@pytest.mark.parametrize(("amount", "error", "text"), [
    (0, officeflow.InvalidValue, "amount: got 0; allowed: 1 to 10 working days"),
    (-3, officeflow.InvalidValue, "amount: got -3; allowed: 1 to 10 working days"),
    (True, officeflow.InvalidType, "amount: got bool True; allowed: an int number of working days"),
    (2.5, officeflow.InvalidType, "amount: got float 2.5; allowed: an int number of working days"),
])
def test_an_extension_amount_must_be_a_positive_int(amount, error, text):
    with pytest.raises(error) as caught:
        decision().extend(on=D(2026, 10, 20), approved_by="head", reason="r", amount=amount)
    assert str(caught.value).startswith(text)
    assert isinstance(caught.value, officeflow.OfficeflowError)


def test_licensing_law_art44_certificate_delivery_cannot_be_extended():
    with pytest.raises(officeflow.ClockRefused) as caught:
        Clock.start("licensing.certificate", on=D(2026, 9, 30)).extend(
            on=D(2026, 10, 8), approved_by="head", reason="r")
    assert str(caught.value) == ("licensing.certificate: the rule allows no extension "
                                 "(中华人民共和国行政许可法 art. 44 (as amended 2019-04-23))")


def test_petition_regs_art34_extension_of_30_days_rolls_off_a_sunday():
    """信访工作条例 art. 34: 60 days + 30 with the organ head's approval; 2026-11-01 is a Sunday."""
    clock = Clock.start("petition.handling", on=D(2026, 8, 3))
    assert clock.due == D(2026, 10, 8)
    assert clock.extend(on=D(2026, 9, 30), approved_by="organ head", reason="r").due == D(2026, 11, 2)


def test_deputies_law_art51_suggestion_reply_extends_to_at_most_6_months_from_assignment():
    """代表法 art. 51: 3 months, up to 6 months from assignment for difficult matters."""
    clock = Clock.start("suggestion.reply", on=D(2025, 11, 28))
    assert clock.due == D(2026, 2, 28)
    assert clock.extend(on=D(2026, 1, 5), approved_by="交办机关", reason="r").due == D(2026, 5, 28)
    assert clock.extend(on=D(2026, 1, 5), approved_by="交办机关", reason="r", amount=2).due == D(2026, 4, 28)
    with pytest.raises(officeflow.InvalidValue, match=r"amount: got 4; allowed: 1 to 3 months"):
        clock.extend(on=D(2026, 1, 5), approved_by="交办机关", reason="r", amount=4)


def test_supervision_item_extension_needs_an_amount():
    item = Clock.start(rules.get("supervision.item").with_amount(10), on=D(2026, 9, 18))
    assert item.due == D(2026, 10, 9)
    with pytest.raises(officeflow.InvalidValue, match=r"This rule sets no standard extension; give amount="):
        item.extend(on=D(2026, 9, 21), approved_by="督查室", reason="r")
    assert item.extend(on=D(2026, 9, 21), approved_by="督查室", reason="r", amount=2).due == D(2026, 10, 12)


# -- restart ----------------------------------------------------------------------------------------


def test_disclosure_regs_art30_restart_from_the_corrected_request():
    """政府信息公开条例 art. 30: the reply clock restarts from receipt of the corrected request."""
    clock = Clock.start("disclosure.reply", on=D(2026, 3, 2))
    assert clock.due == D(2026, 3, 30)
    extended = clock.extend(on=D(2026, 3, 5), approved_by="公开工作机构负责人", reason="r")
    restarted = extended.stop(on=D(2026, 3, 6), reason="third_party_consultation").restart(on=D(2026, 3, 10))
    assert restarted.started_on == D(2026, 3, 10)
    assert restarted.due == D(2026, 4, 8)  # 20 wd from 3/10, Qingming 4/4–4/6 skipped
    assert restarted.stops == ()
    assert restarted.extended_by == 0
    assert restarted.events[0].on == D(2026, 3, 2)


@pytest.mark.parametrize("rule_id", ["licensing.decision", "petition.handling", "disclosure.reply_2008"])
def test_other_clocks_do_not_restart(rule_id):
    clock = Clock.start(rule_id, on=D(2026, 3, 2))
    with pytest.raises(officeflow.ClockRefused, match=rf"^{rule_id}: this clock does not restart \("):
        clock.restart(on=D(2026, 3, 3))


# -- finishing and status ----------------------------------------------------------------------------


def test_finish_on_or_before_due_is_met_and_after_it_met_late():
    assert decision().finish(on=D(2026, 10, 26)).status(D(2026, 12, 1)) is ClockStatus.MET
    assert decision().finish(on=D(2026, 10, 8)).status(D(2026, 10, 8)) is ClockStatus.MET
    late = decision().finish(on=D(2026, 10, 27))
    assert late.status(D(2026, 10, 27)) is ClockStatus.MET_LATE
    assert late.finished_on == D(2026, 10, 27)
    assert repr(late) == "<Clock licensing.decision from 2026-09-21: due 2026-10-26, finished 2026-10-27>"
    # before the finish date, the clock was simply running
    assert late.status(D(2026, 10, 26)) is ClockStatus.DUE_SOON


def test_a_finished_clock_takes_no_more_events():
    done = decision().finish(on=D(2026, 10, 9))
    for operation in (lambda c: c.stop(on=D(2026, 10, 12), reason="hearing"),
                      lambda c: c.finish(on=D(2026, 10, 12)),
                      lambda c: c.extend(on=D(2026, 10, 12), approved_by="h", reason="r")):
        with pytest.raises(officeflow.ClockRefused, match=r"the clock finished on 2026-10-09$"):
            operation(done)


def test_finishing_while_stopped_closes_the_stop():
    done = decision().stop(on=D(2026, 10, 9), reason="expert_review").finish(on=D(2026, 10, 16))
    assert done.stops[0].resumed_on == D(2026, 10, 16)
    assert done.due == D(2026, 11, 3)
    assert done.status(D(2026, 10, 16)) is ClockStatus.MET


@pytest.mark.parametrize(("on", "status"), [
    (D(2026, 9, 21), ClockStatus.ON_TRACK),
    (D(2026, 10, 20), ClockStatus.ON_TRACK),   # 4 working days left: 10/21, 22, 23, 26
    (D(2026, 10, 21), ClockStatus.DUE_SOON),   # 3 left
    (D(2026, 10, 24), ClockStatus.DUE_SOON),   # a Saturday: 1 left
    (D(2026, 10, 26), ClockStatus.DUE_SOON),   # the due date: 0 left
    (D(2026, 10, 27), ClockStatus.OVERDUE),
    (D(2026, 12, 31), ClockStatus.OVERDUE),
])
def test_status_on_chosen_dates(on, status):
    assert decision().status(on) is status


def test_status_warning_window_is_configurable():
    assert decision(warning=5).status(D(2026, 10, 19)) is ClockStatus.DUE_SOON  # 5 left
    assert decision(warning=5).status(D(2026, 10, 16)) is ClockStatus.ON_TRACK  # 6 left
    assert decision(warning=0).status(D(2026, 10, 23)) is ClockStatus.ON_TRACK
    assert decision(warning=0).status(D(2026, 10, 26)) is ClockStatus.DUE_SOON
    # the warning window counts working days: National Day is not in it
    assert decision(on=D(2026, 9, 7)).due == D(2026, 10, 10)
    assert decision(on=D(2026, 9, 7)).status(D(2026, 9, 29)) is ClockStatus.ON_TRACK  # 9/30, 10/8, 9, 10
    assert decision(on=D(2026, 9, 7)).status(D(2026, 9, 30)) is ClockStatus.DUE_SOON


@pytest.mark.parametrize("bad", [-1, True, 2.5, "3"])
def test_status_warning_must_be_a_non_negative_int(bad):
    with pytest.raises(officeflow.InvalidValue, match=r"^warning: got .*allowed: an int ≥ 0 \(working"):
        decision(warning=bad)


def test_status_while_stopped_and_after_resuming():
    clock = decision().stop(on=D(2026, 10, 9), reason="expert_review").resume(on=D(2026, 10, 16))
    assert clock.status(D(2026, 10, 8)) is ClockStatus.ON_TRACK
    assert clock.status(D(2026, 10, 9)) is ClockStatus.STOPPED
    assert clock.status(D(2026, 10, 15)) is ClockStatus.STOPPED
    assert clock.status(D(2026, 10, 16)) is ClockStatus.ON_TRACK
    assert clock.status(D(2026, 10, 27)) is ClockStatus.ON_TRACK  # the stop moved due to 11/3
    assert clock.status(D(2026, 11, 4)) is ClockStatus.OVERDUE
    assert ClockStatus.STOPPED.chinese == "中止计时"
    assert ClockStatus.OVERDUE.code == "overdue"


def test_status_and_as_of_refuse_a_date_before_the_start():
    with pytest.raises(officeflow.InvalidValue) as caught:
        decision().status(D(2026, 9, 20))
    assert str(caught.value) == ("on: got Date(2026, 9, 20); allowed: a date on or after the clock's "
                                 "start 2026-09-21.")


def test_as_of_gives_the_clock_as_it_stood_that_day():
    clock = (decision().stop(on=D(2026, 10, 9), reason="expert_review").resume(on=D(2026, 10, 16))
             .extend(on=D(2026, 10, 20), approved_by="organ head", reason="r").finish(on=D(2026, 11, 16)))
    assert [e.kind for e in clock.as_of(D(2026, 10, 12)).events] == ["start", "stop"]
    assert clock.as_of(D(2026, 10, 12)).due is None
    assert clock.as_of(D(2026, 10, 19)).due == D(2026, 11, 3)
    assert clock.as_of(D(2026, 10, 20)).due == D(2026, 11, 17)
    assert clock.as_of(D(2026, 9, 21)) == decision()
    assert clock.as_of(D(2026, 11, 16)) is clock
    assert clock.as_of(D(2026, 11, 15)).finished_on is None


def test_elapsed_and_remaining_in_working_days():
    clock = decision().stop(on=D(2026, 10, 9), reason="expert_review").resume(on=D(2026, 10, 16))
    assert (clock.elapsed(D(2026, 9, 21)), clock.remaining(D(2026, 9, 21))) == (0, 20)
    assert (clock.elapsed(D(2026, 10, 9)), clock.remaining(D(2026, 10, 9))) == (8, 12)
    assert (clock.elapsed(D(2026, 10, 13)), clock.remaining(D(2026, 10, 13))) == (8, 12)  # stopped
    assert (clock.elapsed(D(2026, 10, 19)), clock.remaining(D(2026, 10, 19))) == (9, 11)
    assert (clock.elapsed(D(2026, 11, 3)), clock.remaining(D(2026, 11, 3))) == (20, 0)
    assert clock.remaining(D(2026, 11, 5)) == -2


def test_elapsed_and_remaining_in_days_and_months():
    petition = Clock.start("petition.handling", on=D(2026, 8, 3))
    assert petition.elapsed(D(2026, 10, 2)) == 60
    assert petition.remaining(D(2026, 10, 2)) == 6  # to the rolled due date 10/8
    assert petition.remaining(D(2026, 10, 9)) == -1
    suggestion = Clock.start("suggestion.reply", on=D(2025, 11, 28))
    assert (suggestion.elapsed(D(2026, 1, 28)), suggestion.remaining(D(2026, 1, 28))) == (2, 1)
    assert suggestion.elapsed(D(2026, 2, 28)) == 3


# -- reminders --------------------------------------------------------------------------------------


def test_default_reminder_ladder_3_and_1_working_days_before_and_1_after():
    assert decision().reminders() == (
        Reminder(D(2026, 10, 21), "handler", "承办人", -3),
        Reminder(D(2026, 10, 23), "leader in charge", "分管领导", -1),
        Reminder(D(2026, 10, 27), "supervision office", "督查室", 1),
    )


def test_reminders_skip_the_national_day_week_and_land_on_working_days():
    # 普通件 7 wd from Mon 2026-09-28 → due Tue 10/13 (Sat 10/10 worked).
    clock = Clock.start("document.normal", on=D(2026, 9, 28))
    assert clock.due == D(2026, 10, 13)
    assert [r.on for r in clock.reminders()] == [D(2026, 10, 9), D(2026, 10, 12), D(2026, 10, 14)]
    petition = Clock.start("petition.handling", on=D(2026, 8, 3))
    assert [r.on for r in petition.reminders()] == [D(2026, 9, 28), D(2026, 9, 30), D(2026, 10, 9)]
    assert all(CAL.is_workday(r.on) for r in clock.reminders() + petition.reminders())


def test_reminder_ladder_is_configurable():
    ladder = (Rung(-5, "handler", "承办人"), Rung(0, "leader", "分管领导"), Rung(2, "督查室"))
    clock = decision(ladder=ladder)
    assert [(r.on, r.to, r.offset) for r in clock.reminders()] == [
        (D(2026, 10, 19), "handler", -5), (D(2026, 10, 26), "leader", 0), (D(2026, 10, 28), "督查室", 2)]
    assert str(clock.reminders()[0]) == "2026-10-19: remind handler (承办人) — 5 working day(s) before due"
    assert str(clock.reminders()[1]).endswith("— on the due date")
    assert str(clock.reminders()[2]).endswith("— 2 working day(s) after due")


def test_reminders_only_after_the_start_and_inside_coverage_and_none_while_stopped():
    urgent = Clock.start("document.extra_urgent", on=D(2026, 3, 2))  # due 3/3
    assert [(r.on, r.offset) for r in urgent.reminders()] == [(D(2026, 3, 4), 1)]
    year_end = Clock.start("document.normal", on=D(2026, 12, 22))  # due 12/31; 1/4/2027 not covered
    assert year_end.due == D(2026, 12, 31)
    assert [(r.on, r.offset) for r in year_end.reminders()] == [(D(2026, 12, 28), -3), (D(2026, 12, 30), -1)]
    assert decision().stop(on=D(2026, 9, 22), reason="hearing").reminders() == ()


@pytest.mark.parametrize("bad", [1.5, True, "1"])
def test_rung_offset_must_be_an_int(bad):
    with pytest.raises(officeflow.InvalidType, match=r"^offset: got .*allowed: an int number of working"):
        Rung(bad, "handler")


def test_ladder_must_be_rungs():
    with pytest.raises(officeflow.InvalidType, match=r"^ladder: got list \[-3, -1\]; allowed: a tuple of "
                       r"officeflow\.reminders\.Rung"):
        decision(ladder=[-3, -1])


# -- explain ---------------------------------------------------------------------------------------


def worked_example() -> Clock:
    """Issue 3's tour: 行政许可法 art. 42 decision from 2026-09-21, expert review 10/9–10/16 (art. 45),
    +10 working days approved by the organ head on 10/20."""
    return (decision().stop(on=D(2026, 10, 9), reason="expert_review").resume(on=D(2026, 10, 16))
            .extend(on=D(2026, 10, 20), approved_by="organ head", reason="complex technical review"))


def test_explain_lists_start_extension_excluded_time_and_due():
    text = worked_example().explain()
    lines = text.lines
    assert lines[0] == ("licensing.decision (许可决定): 20 working days from acceptance of the application — "
                        "中华人民共和国行政许可法 arts. 42, 45 (as amended 2019-04-23)")
    assert lines[1] == "start 2026-09-21 (the trigger day is not counted)"
    assert ("extended by 10 working days on 2026-10-20, approved by organ head: complex technical review"
            in lines)
    assert "excluded time: after 2026-10-09 to 2026-10-16 (expert_review)" in lines
    assert lines[-1] == "due 2026-11-17"


def test_explain_steps_count_skip_and_exclude_each_day():
    steps = {s.date: s for s in worked_example().explain().steps}
    counted = [s for s in steps.values() if s.counted]
    assert len(counted) == 30
    assert counted[-1].date == D(2026, 11, 17)
    assert steps[D(2026, 9, 22)].why == "counted 1/30: workday"
    assert steps[D(2026, 10, 1)].why == "skipped: statutory holiday (国庆节)"
    assert steps[D(2026, 10, 5)].why == "skipped: arranged rest day (国庆节)"
    assert steps[D(2026, 10, 10)].why == "excluded: clock stopped (expert_review)"
    assert steps[D(2026, 10, 19)].why == "counted 9/30: workday"
    assert not steps[D(2026, 10, 10)].counted
    assert max(steps) == D(2026, 11, 17)
    # without the stop, the make-up Saturday counts
    plain = {s.date: s for s in decision().explain().steps}
    assert plain[D(2026, 10, 10)].why == "counted 9/20: make-up workday"


def test_explain_text_and_html():
    explanation = worked_example().explain()
    text = str(explanation)
    assert "date        day  count  why" in text
    assert "2026-10-01  Thu  —      skipped: statutory holiday (国庆节)" in text
    html = worked_example()._repr_html_()
    assert html == explanation._repr_html_()
    assert html.startswith("<div><ul><li>licensing.decision (许可决定)")
    assert '<tr style="color:#a33"><td>2026-10-10</td><td>Sat</td><td>—</td>' in html
    assert "<tr><td>2026-09-22</td><td>Tue</td><td>1</td><td>counted 1/30: workday</td></tr>" in html


def test_explain_natural_days_roll_and_months_arithmetic():
    petition = {s.date: s for s in Clock.start("petition.handling", on=D(2026, 8, 3)).explain().steps}
    assert petition[D(2026, 10, 2)].why == "counted 60/60: statutory holiday"
    assert petition[D(2026, 10, 3)].why.startswith("rolled forward (the period ended on a rest day)")
    assert max(petition) == D(2026, 10, 8)
    assert petition[D(2026, 10, 8)].why == "due: the first working day after the period ended on a rest day"
    months = Clock.start("suggestion.reply", on=D(2025, 8, 31)).explain()
    assert months.steps == ()
    assert months.lines[-1].startswith("2025-08-31 + 3 months = 2025-11-30 (民法典 art. 202")
    assert "due 2025-12-01" in months.lines


def test_explain_while_stopped():
    lines = decision().stop(on=D(2026, 10, 9), reason="expert_review").explain().lines
    assert lines[-1] == "due: none while the clock is stopped"
    assert "excluded time: after 2026-10-09 to (still stopped) (expert_review)" in lines


# -- validation --------------------------------------------------------------------------------------


def test_a_stop_before_the_start_is_refused():
    with pytest.raises(officeflow.ClockRefused) as caught:
        decision().stop(on=D(2026, 9, 20), reason="hearing")
    assert str(caught.value) == ("licensing.decision: on=2026-09-20 is earlier than the clock's last "
                                 "event (start on 2026-09-21); events are in order")


def test_an_on_earlier_than_the_last_event_is_refused():
    stopped = decision().stop(on=D(2026, 10, 9), reason="expert_review")
    with pytest.raises(officeflow.ClockRefused) as caught:
        stopped.resume(on=D(2026, 10, 8))
    assert str(caught.value) == ("licensing.decision: on=2026-10-08 is earlier than the clock's last "
                                 "event (stop on 2026-10-09); events are in order")


@pytest.mark.parametrize(("bad", "shown"), [
    ("2026-10-09", "got str '2026-10-09'"),
    (None, "got NoneType None"),
    (dt.datetime(2026, 10, 9, 9, 30), "got datetime datetime.datetime(2026, 10, 9, 9, 30)"),
])
def test_dates_must_be_dates_or_aware_datetimes(bad, shown):
    operations = [
        lambda: Clock.start("licensing.decision", on=bad),
        lambda: decision().stop(on=bad, reason="hearing"),
        lambda: decision().stop(on=D(2026, 10, 8), reason="hearing").resume(on=bad),
        lambda: decision().extend(on=bad, approved_by="h", reason="r"),
        lambda: decision().finish(on=bad),
        lambda: decision().status(bad),
        lambda: decision().as_of(bad),
        lambda: decision().elapsed(bad),
    ]
    for operation in operations:
        with pytest.raises(officeflow.InvalidType) as caught:
            operation()
        assert str(caught.value).startswith(f"on: {shown}; allowed:")
        assert isinstance(caught.value, officeflow.OfficeflowError)
    if isinstance(bad, dt.datetime):
        assert "A naive datetime has no time zone" in str(caught.value)


def test_dates_outside_calendar_coverage():
    with pytest.raises(officeflow.CalendarCoverageError, match=r"2027-01-04 is outside the calendar's"):
        Clock.start("licensing.decision", on=D(2027, 1, 4))
    with pytest.raises(officeflow.CalendarCoverageError, match=r"2026-12-20 is outside .* after 2026-12-31"):
        Clock.start("licensing.decision", on=D(2026, 12, 20))
    with pytest.raises(officeflow.CalendarCoverageError, match=r"2003-12-31 is outside"):
        Clock.start("petition.handling", on=D(2003, 12, 31))
    clock = Clock.start("document.normal", on=D(2026, 12, 22))
    with pytest.raises(officeflow.CalendarCoverageError, match=r"No official arrangement for 2027"):
        clock.finish(on=D(2027, 1, 5))
    with pytest.raises(officeflow.CalendarCoverageError):
        clock.elapsed(D(2027, 1, 5))
    # a stop that would push the due date out of coverage
    late = Clock.start("licensing.decision", on=D(2026, 11, 2)).stop(on=D(2026, 11, 3), reason="hearing")
    with pytest.raises(officeflow.CalendarCoverageError):
        late.resume(on=D(2026, 12, 28))


# -- worked examples from issue 3 ------------------------------------------------------------------


def test_licensing_law_art42_45_44_decision_with_expert_review_and_certificate_national_day_2026():
    """行政许可法 arts. 42, 45, 44: accepted Mon 2026-09-07 → 20 wd end on make-up Sat 10/10; expert
    review 9/24–9/30 excludes 9/28, 9/29, 9/30 → due 10/14; granted 9/30 → certificate by 10/20."""
    clock = decision(on=D(2026, 9, 7))
    assert clock.due == D(2026, 10, 10)
    stopped = clock.stop(on=D(2026, 9, 24), reason="expert_review")
    assert stopped.status(D(2026, 9, 28)) is ClockStatus.STOPPED
    resumed = stopped.resume(on=D(2026, 9, 30))
    assert resumed.due == D(2026, 10, 14)
    assert resumed.status(D(2026, 10, 9)) is ClockStatus.ON_TRACK  # 10/10, 10/12, 10/13, 10/14 left
    assert resumed.status(D(2026, 10, 10)) is ClockStatus.DUE_SOON  # the make-up Saturday
    granted = resumed.finish(on=D(2026, 9, 30))
    assert granted.status(D(2026, 9, 30)) is ClockStatus.MET
    certificate = Clock.start("licensing.certificate", on=granted.finished_on)
    assert certificate.due == D(2026, 10, 20)
    assert [r.on for r in certificate.reminders()] == [D(2026, 10, 15), D(2026, 10, 19), D(2026, 10, 21)]
    with pytest.raises(officeflow.ClockRefused, match=r"allows no extension"):
        certificate.extend(on=D(2026, 10, 8), approved_by="organ head", reason="r")


def test_licensing_law_art42_45_decision_with_expert_review_and_organ_head_extension_2026():
    """行政许可法 arts. 42, 45: accepted 2026-09-21 → due 10/26; expert review after 10/9 to 10/16
    (6 wd) → 11/3; +10 wd approved by the organ head on 10/20 → 11/17; granted 11/16 → MET;
    certificate (art. 44) 10 wd → 11/30."""
    clock = worked_example()
    assert clock.due == D(2026, 11, 17)
    assert clock.status(D(2026, 11, 11)) is ClockStatus.ON_TRACK
    assert clock.status(D(2026, 11, 12)) is ClockStatus.DUE_SOON
    assert clock.status(D(2026, 11, 18)) is ClockStatus.OVERDUE
    assert [r.on for r in clock.reminders()] == [D(2026, 11, 12), D(2026, 11, 16), D(2026, 11, 18)]
    with pytest.raises(officeflow.ClockRefused, match=r"already extended 1 time"):
        clock.extend(on=D(2026, 11, 2), approved_by="organ head", reason="again")
    granted = clock.finish(on=D(2026, 11, 16))
    assert granted.status(D(2026, 11, 20)) is ClockStatus.MET
    assert Clock.start("licensing.certificate", on=granted.finished_on).due == D(2026, 11, 30)


def test_petition_regs_art34_civil_code_art203_60_days_from_2026_08_03_end_on_10_08():
    clock = Clock.start("petition.handling", on=D(2026, 8, 3))
    assert clock.due == D(2026, 10, 8)
    assert clock.status(D(2026, 10, 2)) is ClockStatus.DUE_SOON
    assert clock.status(D(2026, 9, 25)) is ClockStatus.ON_TRACK  # 9/28, 29, 30, 10/8


def test_disclosure_regs_art33_reply_national_day_2025():
    """政府信息公开条例 art. 33: received Fri 2025-09-26; Sun 9/28 and Sat 10/11 worked; 10/1–8 off."""
    clock = Clock.start("disclosure.reply", on=D(2025, 9, 26))
    assert clock.due == D(2025, 10, 30)
    extended = clock.extend(on=D(2025, 10, 30), approved_by="公开工作机构负责人", reason="r")
    assert extended.due == D(2025, 11, 27)


# -- serialisation -----------------------------------------------------------------------------------


def _clocks() -> list[Clock]:
    item = rules.get("supervision.item").with_amount(10)
    return [
        decision(),
        decision().stop(on=D(2026, 10, 9), reason="expert_review"),
        worked_example(),
        worked_example().finish(on=D(2026, 11, 18)),
        Clock.start("disclosure.reply", on=D(2026, 3, 2)).extend(
            on=D(2026, 3, 5), approved_by="h", reason="r", amount=3).restart(on=D(2026, 3, 10)),
        Clock.start("suggestion.reply", on=D(2025, 11, 28), warning=10,
                    ladder=(Rung(-10, "handler", "承办人"), Rung(5, "督查室"))),
        Clock.start(item, on=D(2026, 9, 18)).extend(on=D(2026, 9, 21), approved_by="a", reason="b", amount=2),
    ]


@pytest.mark.parametrize("index", range(7))
def test_to_dict_from_dict_round_trip_through_json(index):
    clock = _clocks()[index]
    data = json.loads(json.dumps(clock.to_dict(), ensure_ascii=False))
    rule = clock.rule if clock.rule.id == "supervision.item" else None
    again = Clock.from_dict(data, rule=rule)
    assert again == clock
    assert again.due == clock.due
    assert again.to_dict() == data


def test_to_dict_shape():
    data = worked_example().to_dict()
    assert data == {
        "rule": "licensing.decision", "amount": 20, "unit": "wd", "warning": 3,
        "ladder": [[-3, "handler", "承办人"], [-1, "leader in charge", "分管领导"],
                   [1, "supervision office", "督查室"]],
        "events": [{"kind": "start", "on": "2026-09-21"},
                   {"kind": "stop", "on": "2026-10-09", "reason": "expert_review"},
                   {"kind": "resume", "on": "2026-10-16"},
                   {"kind": "extend", "on": "2026-10-20", "reason": "complex technical review",
                    "by": "organ head", "amount": 10}],
        "due": "2026-11-17",
    }


def test_from_dict_with_an_agency_registry():
    mine = DEFAULT.with_limits(rules.get("supervision.item").with_amount(10), replace=True)
    clock = Clock.start("supervision.item", on=D(2026, 9, 18), registry=mine)
    assert Clock.from_dict(clock.to_dict(), registry=mine) == clock
    # A limit set per case is case data: its recorded amount rebuilds the rule without the registry.
    again = Clock.from_dict(clock.to_dict())
    assert again == clock
    assert again.rule.amount == 10
    assert again.due == clock.due


def test_from_dict_refuses_a_per_case_amount_the_rule_here_does_not_have():
    # 61 days from 2026-01-06 end on Sun 3/8 and 60 on Sat 3/7: both due Mon 3/9, so only the
    # recorded amount tells them apart.
    longer = Clock.start(rules.get("petition.handling").with_amount(61), on=D(2026, 1, 6))
    assert longer.due == Clock.start("petition.handling", on=D(2026, 1, 6)).due == D(2026, 3, 9)
    with pytest.raises(officeflow.InvalidCaseData) as caught:
        Clock.from_dict(longer.to_dict())
    assert "petition.handling recorded as 61 d, but the rule here is 60 d" in str(caught.value)
    assert Clock.from_dict(longer.to_dict(), rule=longer.rule) == longer


def _tampered(change) -> dict:
    data = json.loads(json.dumps(worked_example().to_dict()))
    change(data)
    return data


TAMPERING = [
    pytest.param(lambda d: d.update(due="2026-11-16"), r"recorded due '2026-11-16' is not what the events "
                 r"give \(2026-11-17\)", id="changed-due"),
    pytest.param(lambda d: d.update(due=None), r"recorded due None", id="due-removed"),
    pytest.param(lambda d: d["events"].__setitem__(slice(1, 3), d["events"][2:0:-1]),
                 r"resume on 2026-10-16 without a stop", id="reordered-events"),
    pytest.param(lambda d: d["events"][1].update(on="2026-09-20"), r"earlier than the clock's last event",
                 id="event-before-start"),
    pytest.param(lambda d: d["events"][2].update(kind="pause"), r"clock data rejected: 'pause'",
                 id="unknown-event-kind"),
    pytest.param(lambda d: d["events"][0].update(kind="stop"), r"the first event must be 'start'",
                 id="first-event-not-start"),
    pytest.param(lambda d: d.update(rule="licensing.decison"), r"did you mean 'licensing\.decision'",
                 id="unknown-rule"),
    pytest.param(lambda d: d.update(rule="licensing.certificate"),
                 r"licensing\.certificate recorded as 20 wd, but the rule here is 10 wd", id="other-rule"),
    pytest.param(lambda d: d.update(rule="disclosure.reply"), r"reason='expert_review' is not excluded",
                 id="other-rule-same-amount"),
    pytest.param(lambda d: d.pop("events"), r"clock data rejected: 'events'", id="missing-events"),
    pytest.param(lambda d: d.pop("rule"), r"clock data rejected: 'rule'", id="missing-rule"),
    pytest.param(lambda d: d["events"][1].pop("reason"), r"clock data rejected: 'reason'",
                 id="missing-stop-reason"),
    pytest.param(lambda d: d["events"][3].pop("on"), r"clock data rejected: 'on'", id="missing-event-date"),
    pytest.param(lambda d: d["events"].clear(), r"clock data rejected", id="no-events"),
    pytest.param(lambda d: d["events"][1].update(reason="holiday"), r"reason='holiday' is not excluded",
                 id="stop-reason-not-allowed"),
    pytest.param(lambda d: d["events"][3].update(amount=15), r"amount: got 15; allowed: 1 to 10",
                 id="extension-beyond-maximum"),
    pytest.param(lambda d: d["events"][3].update(by=""), r"approved_by: got ''", id="extension-unapproved"),
    pytest.param(lambda d: d["events"][2].update(on="16/10/2026"), r"an ISO date YYYY-MM-DD",
                 id="bad-date"),
    pytest.param(lambda d: d.update(amount=25), r"recorded as 25 wd, but the rule here is 20 wd",
                 id="changed-amount"),
    pytest.param(lambda d: d.update(warning="3"), r"warning: got '3'", id="bad-warning"),
    pytest.param(lambda d: d.update(ladder=[[-3, "handler"]]), r"clock data rejected", id="bad-ladder"),
]


@pytest.mark.parametrize(("change", "message"), TAMPERING)
def test_from_dict_rejects_tampered_data(change, message):
    with pytest.raises(officeflow.InvalidCaseData, match=message) as caught:
        Clock.from_dict(_tampered(change))
    assert isinstance(caught.value, officeflow.OfficeflowError)


def test_untampered_data_is_accepted():
    assert Clock.from_dict(_tampered(lambda d: None)) == worked_example()

"""Properties of time limits and deadline clocks, checked by Hypothesis over 2004–2026.

Each test's docstring names the invariant. Expected values are computed independently of the
clock, from the calendar's own primitives (``add_workdays``, ``workdays_between``, ``is_workday``).
Start dates leave room at the end of coverage (2026-12-31) for the longest period drawn.
"""

from __future__ import annotations

import datetime as dt
import json

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

from officeflow import Clock, ClockStatus, rules
from officeflow.calendar import china
from officeflow.rules import TimeLimit, Unit

CAL = china()
FIRST = dt.date(2004, 1, 1)
LAST_START = dt.date(2026, 3, 31)  # + 6 months + stops and restarts of at most ~4 months: covered

FORWARD = [r for r in rules.all() if r.direction.value == "forward" and r.amount is not None]
UNITS = [Unit.WORKING_DAYS, Unit.NATURAL_DAYS, Unit.MONTHS]
MAX_AMOUNT = {Unit.WORKING_DAYS: 60, Unit.NATURAL_DAYS: 90, Unit.MONTHS: 6}

starts = st.dates(min_value=FIRST, max_value=LAST_START)
catalogue_rules = st.sampled_from(FORWARD)


@st.composite
def any_rule(draw: st.DrawFn) -> TimeLimit:
    """A catalogue rule, or one with a drawn amount in any unit."""
    rule = draw(catalogue_rules)
    if draw(st.booleans()):
        unit = draw(st.sampled_from(UNITS))
        rule = rule.with_amount(draw(st.integers(1, MAX_AMOUNT[unit])), unit)
    return rule


def _plain(day: dt.date) -> dt.date:
    """``day`` as a plain ``datetime.date`` (Hypothesis wants both bounds of one type)."""
    return dt.date(day.year, day.month, day.day)


def _between(first: dt.date, last: dt.date) -> st.SearchStrategy[dt.date]:
    return st.dates(_plain(first), _plain(last))


def _stoppable(unit: Unit) -> TimeLimit:
    """A rule of ``unit`` that allows a stop (an agency rule for months: none in the catalogue)."""
    if unit is Unit.WORKING_DAYS:
        return rules.get("licensing.decision")
    if unit is Unit.NATURAL_DAYS:
        return rules.get("petition.recheck")  # 信访工作条例 art. 36: hearing time excluded
    months = rules.get("suggestion.reply")
    return attrs.evolve(months, id="agency.months", stop_reasons=frozenset({"hearing"}))


# -- counting -------------------------------------------------------------------------------------


@given(rule=any_rule(), start=starts)
def test_due_never_falls_on_a_rest_day(rule, start):
    """Invariant: for every forward rule of every unit, due(start) is a working day after start
    (民法典 art. 203: a period ending on a rest day ends on the next working day)."""
    due = rule.due(start)
    assert CAL.is_workday(due)
    assert due > start


@given(rule=catalogue_rules, start=starts, a=st.integers(1, 45), k=st.integers(0, 45))
def test_longer_limits_never_give_earlier_dues(rule, start, a, k):
    """Invariant: with_amount(a + k).due(start) >= with_amount(a).due(start), k >= 0; strictly
    later for working days when k > 0."""
    unit = rule.unit
    if unit is Unit.MONTHS:
        a, k = 1 + a % 3, k % 4
    shorter, longer = rule.with_amount(a).due(start), rule.with_amount(a + k).due(start)
    assert longer >= shorter
    if unit is Unit.WORKING_DAYS and k > 0:
        assert CAL.workdays_between(shorter, longer) == k


@given(amount=st.integers(1, 45), start=starts, length=st.integers(0, 40), data=st.data())
def test_a_stop_shifts_a_working_day_due_by_exactly_the_working_days_it_excludes(amount, start, length, data):
    """Invariant (行政许可法 art. 45): a stop (s, r] that begins on or before the due date moves a
    working-day due to add_workdays(old_due, workdays_between(s, r)); it never moves it earlier."""
    clock = Clock.start(rules.get("licensing.decision").with_amount(amount), on=start)
    old_due = clock.due
    s = data.draw(_between(start, old_due), label="stopped on")
    r = s + dt.timedelta(days=length)
    new_due = clock.stop(on=s, reason="hearing").resume(on=r).due
    expected = old_due if s >= old_due else CAL.add_workdays(old_due, CAL.workdays_between(s, r))
    assert new_due == expected
    assert new_due >= old_due
    # the counting is the same whichever working-day rule runs
    assert new_due == Clock.start(rules.get("disclosure.reply").with_amount(amount), on=start).stop(
        on=s, reason="third_party_consultation").resume(on=r).due


@given(unit=st.sampled_from(UNITS), start=starts, length=st.integers(0, 60), data=st.data())
def test_a_stop_never_makes_the_due_earlier(unit, start, length, data):
    """Invariant: for rules of every unit, stopping and resuming never moves the due date earlier,
    and a stop of zero length changes nothing."""
    rule = _stoppable(unit)
    amount = data.draw(st.integers(1, MAX_AMOUNT[unit] // 2), label="amount")
    clock = Clock.start(rule.with_amount(amount), on=start)
    s = data.draw(_between(start, clock.due), label="stopped on")
    resumed = clock.stop(on=s, reason="hearing").resume(on=s + dt.timedelta(days=length))
    assert resumed.due >= clock.due
    assert CAL.is_workday(resumed.due)
    if length == 0:
        assert resumed.due == clock.due


@given(rule_id=st.sampled_from(["licensing.decision", "licensing.decision_joint", "disclosure.reply",
                                "petition.handling", "reconsideration.decision", "suggestion.reply"]),
       start=starts, data=st.data())
def test_an_extension_by_k_equals_a_rule_of_amount_plus_k(rule_id, start, data):
    """Invariant: extend(amount=k) gives the due of the same rule with amount + k from the same
    start — with or without an earlier stop."""
    rule = rules.get(rule_id)
    most = rule.extension.extra(rule.amount)
    k = data.draw(st.integers(1, most), label="k")
    clock = Clock.start(rule, on=start)
    on = data.draw(_between(start, clock.due), label="extended on")
    extended = clock.extend(on=on, approved_by="organ head", reason="complex", amount=k)
    assert extended.due == rule.with_amount(rule.amount + k).due(start)
    if rule.stop_reasons:
        reason = sorted(rule.stop_reasons)[0]
        s = data.draw(_between(start, clock.due), label="stopped on")
        r = s + dt.timedelta(days=data.draw(st.integers(0, 30), label="stop length"))
        stopped = clock.stop(on=s, reason=reason).resume(on=r)
        e = max(r, on)
        assume(e <= stopped.due)
        both = stopped.extend(on=e, approved_by="organ head", reason="complex", amount=k)
        longer = Clock.start(rule.with_amount(rule.amount + k), on=start)
        same = longer.stop(on=s, reason=reason).resume(on=r)
        assert both.due == same.due


# -- random clocks built by valid operation sequences -----------------------------------------------

CLOCK_RULES = ["licensing.decision", "disclosure.reply", "petition.handling", "petition.recheck",
               "suggestion.reply", "document.normal", "licensing.certificate"]


@st.composite
def clocks(draw: st.DrawFn, rule_ids: list[str] = CLOCK_RULES) -> Clock:
    """A clock after 0–6 valid operations (stop, resume, extend, restart, finish), each dated 0–15
    days after the previous event; stops and extensions only while the deadline has not passed."""
    rule = rules.get(draw(st.sampled_from(rule_ids)))
    warning = draw(st.integers(0, 5))
    clock = Clock.start(rule, on=draw(starts), warning=warning)
    for _ in range(draw(st.integers(0, 6))):
        if clock.finished_on is not None:
            break
        on = clock.last_event_on + dt.timedelta(days=draw(st.integers(0, 15)))
        running = clock.due is not None and on <= clock.due
        options = ["finish"]
        if clock.stopped:
            options.append("resume")
        elif rule.stop_reasons and running:
            options.append("stop")
        if rule.extension and running and clock.extended_by == 0:
            options.append("extend")
        if rule.restartable:
            options.append("restart")
        operation = draw(st.sampled_from(options))
        if operation == "stop":
            clock = clock.stop(on=on, reason=draw(st.sampled_from(sorted(rule.stop_reasons))))
        elif operation == "resume":
            clock = clock.resume(on=on)
        elif operation == "extend":
            most = rule.extension.extra(rule.amount)
            amount = draw(st.integers(1, most))
            clock = clock.extend(on=on, approved_by="负责人", reason="复杂", amount=amount)
        elif operation == "restart":
            clock = clock.restart(on=on)
        else:
            clock = clock.finish(on=on)
    return clock


def _days_to_ask(clock: Clock) -> st.SearchStrategy[dt.date]:
    return _between(clock.events[0].on, clock.last_event_on + dt.timedelta(days=60))


@given(clock=clocks(), data=st.data())
def test_status_is_a_pure_function_of_clock_and_day(clock, data):
    """Invariant: status(on) depends only on (clock, on): asking twice, asking a clock rebuilt from
    the same events, and asking clock.as_of(on) all give the same answer."""
    on = data.draw(_days_to_ask(clock), label="on")
    first = clock.status(on)
    assert clock.status(on) is first
    assert clock.as_of(on).status(on) is first
    rebuilt = Clock(clock.rule, clock.events, clock.calendar, clock.warning, clock.ladder)
    assert rebuilt == clock
    assert rebuilt.status(on) is first
    view = clock.as_of(on)
    if view.finished_on is not None:
        assert first in (ClockStatus.MET, ClockStatus.MET_LATE)
    elif view.stopped:
        assert first is ClockStatus.STOPPED
    elif on > view.due:
        assert first is ClockStatus.OVERDUE
    else:
        left = CAL.workdays_between(on, view.due)
        assert first is (ClockStatus.DUE_SOON if left <= clock.warning else ClockStatus.ON_TRACK)


@given(clock=clocks())
def test_to_dict_from_dict_round_trip(clock):
    """Invariant: Clock.from_dict(json(clock.to_dict())) == clock, with the same due date and
    the same data again."""
    data = json.loads(json.dumps(clock.to_dict(), ensure_ascii=False))
    again = Clock.from_dict(data)
    assert again == clock
    assert again.due == clock.due
    assert again.to_dict() == data


@given(clock=clocks())
def test_due_and_reminders_land_on_working_days(clock):
    """Invariant: a clock's due date (when it has one) and every reminder are working days after
    the start; reminders keep the ladder's order."""
    if clock.due is None:
        assert clock.reminders() == ()
        return
    assert CAL.is_workday(clock.due)
    reminders = clock.reminders()
    assert all(CAL.is_workday(r.on) and r.on > clock.started_on for r in reminders)
    assert [r.on for r in reminders] == sorted(r.on for r in reminders)


WORKING_DAY_RULES = [i for i in CLOCK_RULES if rules.get(i).unit is Unit.WORKING_DAYS]


@given(clock=clocks(WORKING_DAY_RULES), data=st.data())
def test_elapsed_plus_remaining_is_the_limit_for_working_days(clock, data):
    """Invariant: for a working-day clock on any day from its start to its due date,
    elapsed(on) + remaining(on) == the limit in force that day (extensions included)."""
    view_due = clock.due
    assume(view_due is not None)
    on = data.draw(_between(clock.started_on, view_due), label="on")
    view = clock.as_of(on)
    assert clock.elapsed(on) + clock.remaining(on) == view.limit_amount()

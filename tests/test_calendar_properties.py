"""Properties of the working-day calendar, checked by Hypothesis over the whole coverage.

Dates are drawn inside coverage, leaving room at the end so that adding up to ``MAX_N`` working
days (about two calendar months, a Spring Festival or National Day week included) stays covered.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from officeflow.calendar import AMENDMENTS, NOTICES, DayKind, WorkCalendar, adjustments, china

CAL = china()
FIRST = dt.date(2004, 1, 1)
LAST = dt.date(2026, 12, 31)
MAX_N = 40
LAST_START = dt.date(2026, 10, 15)  # + 40 working days stays before 2026-12-31
FIRST_BACK = dt.date(2004, 3, 15)  # - 40 working days stays after 2004-01-01

dates = st.dates(min_value=FIRST, max_value=LAST_START)
any_dates = st.dates(min_value=FIRST, max_value=LAST)
counts = st.integers(min_value=0, max_value=MAX_N)
positive = st.integers(min_value=1, max_value=MAX_N)


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


@given(dates, counts)
def test_workdays_between_inverts_add_workdays(d: dt.date, n: int) -> None:
    """workdays_between(d, add_workdays(d, n)) == n."""
    assert CAL.workdays_between(d, CAL.add_workdays(d, n)) == n


@given(dates, counts, counts)
def test_add_workdays_is_monotone_in_n(d: dt.date, a: int, b: int) -> None:
    """n1 < n2 implies add_workdays(d, n1) < add_workdays(d, n2); equal n, equal result."""
    lo, hi = sorted((a, b))
    if lo == hi:
        assert CAL.add_workdays(d, lo) == CAL.add_workdays(d, hi)
    else:
        assert CAL.add_workdays(d, lo) < CAL.add_workdays(d, hi)


@given(dates, dates, counts)
def test_add_workdays_is_monotone_in_d(d1: dt.date, d2: dt.date, n: int) -> None:
    """d1 <= d2 implies add_workdays(d1, n) <= add_workdays(d2, n)."""
    lo, hi = sorted((d1, d2))
    assert CAL.add_workdays(lo, n) <= CAL.add_workdays(hi, n)


@given(dates, positive)
def test_result_is_a_working_day_after_d(d: dt.date, n: int) -> None:
    """For n >= 1, add_workdays(d, n) is a working day strictly after d, and exactly n working days
    lie in (d, result] (brute-force count)."""
    result = CAL.add_workdays(d, n)
    assert result > d
    assert CAL.is_workday(result)
    assert sum(CAL.is_workday(day) for day in _days(d + dt.timedelta(days=1), result)) == n


@given(dates, st.integers(0, MAX_N // 2), st.integers(0, MAX_N // 2))
def test_add_workdays_is_additive(d: dt.date, a: int, b: int) -> None:
    """add_workdays(d, a + b) == add_workdays(add_workdays(d, a), b)."""
    assert CAL.add_workdays(d, a + b) == CAL.add_workdays(CAL.add_workdays(d, a), b)


@given(dates, counts)
def test_subtract_workdays_inverts_add_workdays_on_working_days(d: dt.date, n: int) -> None:
    """For a working day w, subtract_workdays(add_workdays(w, n), n) == w."""
    w = CAL.roll_forward(d)
    assert CAL.subtract_workdays(CAL.add_workdays(w, n), n) == w


@given(st.dates(min_value=FIRST_BACK, max_value=LAST), positive)
def test_add_workdays_after_subtract_workdays_rolls_forward(d: dt.date, n: int) -> None:
    """For any d and n >= 1, add_workdays(subtract_workdays(d, n), n) == roll_forward(d), and
    subtract_workdays(d, n) is a working day before d."""
    back = CAL.subtract_workdays(d, n)
    assert back < d
    assert CAL.is_workday(back)
    assert CAL.add_workdays(back, n) == CAL.roll_forward(d)


@given(st.dates(min_value=FIRST, max_value=dt.date(2026, 12, 20)))
def test_roll_forward_is_the_next_working_day(d: dt.date) -> None:
    """roll_forward(d) is a working day >= d with no working day in [d, roll_forward(d))."""
    r = CAL.roll_forward(d)
    assert r >= d
    assert CAL.is_workday(r)
    assert not any(CAL.is_workday(day) for day in _days(d, r - dt.timedelta(days=1)))
    assert (r == d) == CAL.is_workday(d)


@given(st.dates(min_value=dt.date(2004, 1, 2), max_value=LAST))
def test_roll_backward_is_the_previous_working_day(d: dt.date) -> None:
    """roll_backward(d) is a working day <= d with no working day in (roll_backward(d), d]."""
    r = CAL.roll_backward(d)
    assert r <= d
    assert CAL.is_workday(r)
    assert not any(CAL.is_workday(day) for day in _days(r + dt.timedelta(days=1), d))


@given(any_dates, any_dates)
def test_workdays_between_is_antisymmetric(a: dt.date, b: dt.date) -> None:
    """workdays_between(a, b) == -workdays_between(b, a), and 0 when a == b."""
    assert CAL.workdays_between(a, b) == -CAL.workdays_between(b, a)
    assert CAL.workdays_between(a, a) == 0


@given(any_dates, any_dates, any_dates)
def test_workdays_between_is_additive(a: dt.date, b: dt.date, c: dt.date) -> None:
    """workdays_between(a, b) + workdays_between(b, c) == workdays_between(a, c)."""
    assert CAL.workdays_between(a, b) + CAL.workdays_between(b, c) == CAL.workdays_between(a, c)


@given(any_dates, st.integers(min_value=-400, max_value=400))
def test_workdays_between_counts_working_days(a: dt.date, k: int) -> None:
    """workdays_between(a, b) is the number of working days in (a, b] (brute force), negated if
    b < a."""
    b = min(max(a + dt.timedelta(days=k), FIRST), LAST)
    lo, hi = sorted((a, b))
    count = sum(CAL.is_workday(day) for day in _days(lo + dt.timedelta(days=1), hi))
    assert CAL.workdays_between(a, b) == (count if a <= b else -count)


@given(any_dates)
def test_day_kind_is_consistent_with_the_weekday(d: dt.date) -> None:
    """day_kind(d).works == is_workday(d); make-up working days and weekends fall on Saturday or
    Sunday, ordinary working days and arranged rest days on Monday–Friday; only statutory holidays
    carry statutory names."""
    info = CAL.day_kind(d)
    assert info.works is CAL.is_workday(d)
    weekend = d.weekday() >= 5
    if info.kind in (DayKind.MAKEUP_WORKDAY, DayKind.WEEKEND):
        assert weekend
    if info.kind in (DayKind.WORKDAY, DayKind.ARRANGED_REST):
        assert not weekend
    assert bool(info.statutory) == (info.kind is DayKind.STATUTORY_HOLIDAY)
    assert CAL.decided_by(d).name == info.layer


@given(st.lists(st.tuples(dates, counts), min_size=1, max_size=50))
def test_batch_equals_scalar(pairs: list[tuple[dt.date, int]]) -> None:
    """add_workdays_many(dates, ns)[i] == add_workdays(dates[i], ns[i])."""
    days = np.array([day.isoformat() for day, _ in pairs], dtype="datetime64[D]")
    ns = np.array([n for _, n in pairs])
    got = CAL.add_workdays_many(days, ns)
    assert [str(x) for x in got] == [CAL.add_workdays(day, n).isoformat() for day, n in pairs]


# A small base calendar (2019–2021, with the 2019 and 2020 amendments) keeps building one calendar
# per example cheap; its layers include amendments, so user layers stack on overridden days too.
BASE = WorkCalendar(NOTICES[15:18] + AMENDMENTS[1:])
BASE_FIRST, BASE_LAST = dt.date(2019, 1, 1), dt.date(2021, 12, 31)


@given(st.dictionaries(st.dates(min_value=BASE_FIRST, max_value=BASE_LAST), st.booleans(),
                       min_size=1, max_size=30))
def test_layers_override_exactly_the_days_they_name(named: dict[dt.date, bool]) -> None:
    """A layer of days with works flags: every named day has the layer's value and is decided by
    the layer; every other day is unchanged (value, kind, holiday, deciding layer); the new
    overrides are exactly the named days an earlier layer had named."""
    assert (BASE.coverage.first, BASE.coverage.last) == (BASE_FIRST, BASE_LAST)
    layer = adjustments("prop-layer", rest=[d for d, w in named.items() if not w],
                        work=[d for d, w in named.items() if w], holiday="test")
    new = BASE.with_layers(layer)
    for day in _days(BASE_FIRST, BASE_LAST):
        if day in named:
            assert new.is_workday(day) is named[day]
            assert new.decided_by(day).name == "prop-layer"
            assert new.day_kind(day).holiday == "test"
        else:
            assert new.is_workday(day) is BASE.is_workday(day)
            assert new.day_kind(day) == BASE.day_kind(day)
    previously_named = {day for day in named if day in BASE.decided_by(day).named()}
    added = [o for o in new.overrides() if o not in BASE.overrides()]
    assert {o.date for o in added} == previously_named
    assert all(o.winner == "prop-layer" and o.works_after is named[o.date] for o in added)
    assert len(new.overrides()) == len(BASE.overrides()) + len(added)

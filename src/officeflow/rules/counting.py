"""Counting a period (期间的计算), 民法典 arts. 200–204 and the procedure laws.

* The trigger day is not counted; counting begins the next day.
* Working days (工作日): the deadline is the N-th working day after the start.
* Natural days (日): start + N days, rolled forward to a working day.
* Months (月): the same day-number N months later, or that month's last day; rolled forward.
* Excluded time: a stop ``(stopped_on, resumed_on)`` excludes the days after ``stopped_on`` up to
  and including ``resumed_on``.
* Counted back (至少…前): the N-th working day before the event, or event − N days rolled *back*.

One table row per unit; the functions take unit codes (``"wd"``, ``"d"``, ``"m"``).
"""

from __future__ import annotations

import calendar as _stdcal
import datetime as _dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import pendulum

from officeflow.calendar import china
from officeflow.dates import to_date

if TYPE_CHECKING:
    from officeflow.calendar import WorkCalendar

Stop = tuple[_dt.date, _dt.date]
"""(stopped_on, resumed_on)."""


def default_calendar(calendar: WorkCalendar | None) -> WorkCalendar:
    """``calendar``, or the national calendar :func:`officeflow.calendar.china`."""
    return calendar if calendar is not None else china()


def _working_days(cal: WorkCalendar, start: _dt.date, amount: int, stops: Sequence[Stop]) -> pendulum.Date:
    if not stops:
        return cal.add_workdays(start, amount)
    point, left = start, amount
    for stopped, resumed in stops:
        counted = cal.workdays_between(point, stopped)
        if counted >= left:
            break
        left -= counted
        point = resumed
    return cal.add_workdays(point, left)


def _natural_days(cal: WorkCalendar, start: _dt.date, amount: int, stops: Sequence[Stop]) -> pendulum.Date:
    if not stops:
        return cal.roll_forward_days(start, amount)
    point, left = to_date(start, "start"), amount
    for stopped, resumed in stops:
        counted = (to_date(stopped) - point).days
        if counted >= left:
            break
        left -= counted
        point = to_date(resumed)
    cal.is_workday(start)  # the start itself must be covered
    return cal.roll_forward(point.add(days=left))


def _months(cal: WorkCalendar, start: _dt.date, amount: int, stops: Sequence[Stop]) -> pendulum.Date:
    if not stops:
        return cal.roll_forward_months(start, amount)
    first = cal.date_of(start, "start")
    end = add_months(first, amount)
    for stopped, resumed in stops:
        if to_date(stopped) < end:
            end = end.add(days=(to_date(resumed) - to_date(stopped)).days)
    return cal.roll_forward(end)


def add_months(start: _dt.date, months: int) -> pendulum.Date:
    """The same day-number ``months`` later (or earlier, if negative), or the last day of that
    month when it has no such day (民法典 art. 202)."""
    year, month0 = divmod(start.year * 12 + start.month - 1 + months, 12)
    day = min(start.day, _stdcal.monthrange(year, month0 + 1)[1])
    return pendulum.Date(year, month0 + 1, day)


_FORWARD: dict[str, Callable[[WorkCalendar, _dt.date, int, Sequence[Stop]], pendulum.Date]] = {
    "wd": _working_days,
    "d": _natural_days,
    "m": _months,
}


def forward(unit: str, amount: int, start: _dt.date, calendar: WorkCalendar | None,
            stops: Sequence[Stop] = ()) -> pendulum.Date:
    """The deadline of ``amount`` ``unit`` from ``start``, skipping excluded time ``stops``."""
    return _FORWARD[unit](calendar if calendar is not None else china(), start, amount, stops)


def backward(unit: str, amount: int, event: _dt.date, calendar: WorkCalendar | None) -> pendulum.Date:
    """The latest date to act for a rule "at least ``amount`` ``unit`` before ``event``"."""
    cal = default_calendar(calendar)
    if unit == "wd":
        return cal.subtract_workdays(event, amount)
    day = to_date(event, "event")
    target = add_months(day, -amount) if unit == "m" else day.subtract(days=amount)
    return cal.roll_backward(target)


def forward_many(unit: str, amount: Any, starts: Any, calendar: WorkCalendar | None) -> Any:
    """``forward`` over a numpy ``datetime64[D]`` array (no stops); ``amount`` an int or an int
    array of the same shape."""
    return forward_mixed(((unit, amount),), 0, starts, calendar)


def forward_mixed(table: Sequence[tuple[str, Any]], codes: Any, starts: Any,
                  calendar: WorkCalendar | None) -> Any:
    """Due dates for many periods at once: item ``i`` runs ``table[codes[i]]`` — a (unit, amount)
    pair — from ``starts[i]``. One vectorised gather for every unit (see
    :func:`officeflow.calendar.batch.gather_workdays`); months first move each start to the end
    of its months (art. 202)."""
    from officeflow.calendar import batch

    np = batch.require_numpy("batch due dates")
    cal = default_calendar(calendar)
    array = np.asarray(starts, dtype="datetime64[D]")
    index = batch.positions(cal, array, "starts")
    codes = np.asarray(codes)

    def column(values: Sequence[Any]) -> Any:
        return np.asarray(values[0], dtype=np.int64) if len(values) == 1 else \
            np.take(np.asarray(values, dtype=np.int64), codes)

    after = column([1 if unit == "wd" else amount if unit == "d" else 0 for unit, amount in table])
    plus = column([np.asarray(amount) - 1 if unit == "wd" else 0 for unit, amount in table])
    if any(unit == "m" for unit, _ in table):  # months first: move each start to its month end
        months = column([amount if unit == "m" else 0 for unit, amount in table])
        if np.ndim(months) == 0:
            index = batch.month_end_positions(cal, index, months)
        else:  # only the items counted in months
            in_months = np.asarray([unit == "m" for unit, _ in table])
            rows = np.flatnonzero(np.take(in_months, codes))
            index = index.copy()
            index[rows] = batch.month_end_positions(cal, index[rows], months[rows])
    result = batch.gather_workdays(cal, index, after, plus)
    zero_rows = [row for row, (unit, amount) in enumerate(table) if unit == "wd" and np.any(
        np.asarray(amount) == 0)]
    if zero_rows:  # zero working days: the start itself, even on a rest day
        zero = (np.asarray(table[0][1]) == 0) if len(table) == 1 else \
            np.asarray([row in zero_rows for row in range(len(table))])[codes]
        result = np.where(zero, array, result)
    return result

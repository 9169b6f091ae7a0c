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
    end = add_months(to_date(start, "start"), amount)
    for stopped, resumed in stops:
        if to_date(stopped) < end:
            end = end.add(days=(to_date(resumed) - to_date(stopped)).days)
    cal.is_workday(start)
    return cal.roll_forward(end)


def add_months(start: pendulum.Date, months: int) -> pendulum.Date:
    """The same day-number ``months`` later, or the last day of that month (民法典 art. 202)."""
    return start.add(months=months)  # pendulum clamps to the month's end


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


def forward_many(unit: str, amount: int, starts: Any, calendar: WorkCalendar | None) -> Any:
    """``forward`` over a numpy ``datetime64[D]`` array (no stops)."""
    from officeflow.calendar.batch import require_numpy

    np = require_numpy("batch due dates")
    cal = default_calendar(calendar)
    if unit == "wd":
        return cal.add_workdays_many(starts, amount)
    array = np.asarray(starts, dtype="datetime64[D]")
    cal.is_workday_many(array)  # coverage of the starts
    if unit == "d":
        return cal.roll_forward_many(array + np.timedelta64(amount, "D"))
    months = array.astype("datetime64[M]")
    day = (array - months.astype("datetime64[D]")).astype(np.int64)
    target = months + np.timedelta64(amount, "M")
    length = ((target + np.timedelta64(1, "M")).astype("datetime64[D]")
              - target.astype("datetime64[D]")).astype(np.int64)
    end = target.astype("datetime64[D]") + np.minimum(day, length - 1).astype("timedelta64[D]")
    return cal.roll_forward_many(end)

"""China's official working-day calendar (工作日历).

>>> from officeflow.calendar import china
>>> cal = china()
>>> cal.add_workdays(pendulum.Date(2026, 9, 30), 1)   # National Day 2026: 1–7 October off
Date(2026, 10, 8)

:func:`china` gives the State Council's arrangements 2004–2026 as a :class:`WorkCalendar`. Add a
year's notice, an amendment, a regional arrangement or your agency's closure days with
:meth:`WorkCalendar.with_layers`, using :func:`year_notice` and :func:`adjustments`.
"""

from __future__ import annotations

import functools

import pendulum  # noqa: F401  (used in the doctest above)

from officeflow.calendar.kinds import DayKind, Holiday
from officeflow.calendar.law import HOLIDAY_LAWS, HolidayLaw, law_for
from officeflow.calendar.layers import DayRule, Layer, Run, adjustments, amendment, year_notice
from officeflow.calendar.notices import AMENDMENTS, NOTICES
from officeflow.calendar.views import MonthView, Step, Trace, YearView
from officeflow.calendar.workcalendar import Coverage, DayInfo, Override, WorkCalendar

__all__ = [
    "AMENDMENTS",
    "HOLIDAY_LAWS",
    "NOTICES",
    "Coverage",
    "DayInfo",
    "DayKind",
    "DayRule",
    "Holiday",
    "HolidayLaw",
    "Layer",
    "MonthView",
    "Override",
    "Run",
    "Step",
    "Trace",
    "WorkCalendar",
    "YearView",
    "adjustments",
    "amendment",
    "china",
    "law_for",
    "year_notice",
]


@functools.cache
def china() -> WorkCalendar:
    """The national calendar: every yearly notice 2004–2026, then the in-year amendments.

    The value is immutable, so the same one is returned each time.
    """
    return WorkCalendar(NOTICES + AMENDMENTS)

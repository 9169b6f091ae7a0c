"""The statutory holidays (法定节假日) of 全国年节及纪念日放假办法, version by version.

Which calendar days are statutory holidays is a legal rule applied to festival dates: a fixed
Gregorian day (元旦 1 January), or a day counted from a lunar festival (春节 from the first day of
the first lunar month; 除夕 is the day before it). The festival dates themselves are data in each
yearly notice (``notices.py``). Each version of the law is one row below.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping

import attrs

from officeflow.calendar.kinds import Holiday
from officeflow.citation import Citation

Fixed = tuple[int, int]
"""A fixed (month, day)."""
FromFestival = int
"""An offset in days from the holiday's festival date (-1 = 除夕 for the Spring Festival)."""


@attrs.frozen(slots=True)
class HolidayLaw:
    """One version of the national holiday law: which days are statutory holidays, from when."""

    citation: Citation
    first_year: int
    fixed: Mapping[Holiday, tuple[Fixed, ...]]
    from_festival: Mapping[Holiday, tuple[FromFestival, ...]]

    @property
    def days_per_year(self) -> int:
        return sum(map(len, self.fixed.values())) + sum(map(len, self.from_festival.values()))

    def statutory_days(
        self, year: int, festivals: Mapping[Holiday, _dt.date]
    ) -> dict[_dt.date, tuple[Holiday, ...]]:
        """Statutory holiday dates of ``year`` (with their holidays) given the festival dates."""
        days: dict[_dt.date, tuple[Holiday, ...]] = {}

        def mark(day: _dt.date, holiday: Holiday) -> None:
            days[day] = (*days.get(day, ()), holiday)

        for holiday, fixed_days in self.fixed.items():
            for month, dom in fixed_days:
                mark(_dt.date(year, month, dom), holiday)
        for holiday, offsets in self.from_festival.items():
            festival = festivals[holiday]
            for offset in offsets:
                mark(festival + _dt.timedelta(days=offset), holiday)
        return days


_NATIONAL_DAY = ((10, 1), (10, 2), (10, 3))

HOLIDAY_LAWS: tuple[HolidayLaw, ...] = (
    HolidayLaw(
        Citation("全国年节及纪念日放假办法", version="1999 revision", number="国务院令第270号",
                 issued=_dt.date(1999, 9, 18)),
        first_year=2000,
        fixed={Holiday.NEW_YEAR: ((1, 1),), Holiday.LABOUR_DAY: ((5, 1), (5, 2), (5, 3)),
               Holiday.NATIONAL_DAY: _NATIONAL_DAY},
        from_festival={Holiday.SPRING_FESTIVAL: (0, 1, 2)},
    ),
    HolidayLaw(
        Citation("全国年节及纪念日放假办法", version="2007 revision, in force 2008-01-01",
                 number="国务院令第513号", issued=_dt.date(2007, 12, 14)),
        first_year=2008,
        fixed={Holiday.NEW_YEAR: ((1, 1),), Holiday.LABOUR_DAY: ((5, 1),),
               Holiday.NATIONAL_DAY: _NATIONAL_DAY},
        from_festival={Holiday.SPRING_FESTIVAL: (-1, 0, 1), Holiday.QINGMING: (0,),
                       Holiday.DRAGON_BOAT: (0,), Holiday.MID_AUTUMN: (0,)},
    ),
    HolidayLaw(
        Citation("全国年节及纪念日放假办法", version="2013 revision, in force 2014-01-01",
                 number="国务院令第644号", issued=_dt.date(2013, 12, 11)),
        first_year=2014,
        fixed={Holiday.NEW_YEAR: ((1, 1),), Holiday.LABOUR_DAY: ((5, 1),),
               Holiday.NATIONAL_DAY: _NATIONAL_DAY},
        from_festival={Holiday.SPRING_FESTIVAL: (0, 1, 2), Holiday.QINGMING: (0,),
                       Holiday.DRAGON_BOAT: (0,), Holiday.MID_AUTUMN: (0,)},
    ),
    HolidayLaw(
        Citation("全国年节及纪念日放假办法", version="2024 revision, in force 2025-01-01",
                 number="国务院令第795号", issued=_dt.date(2024, 11, 10)),
        first_year=2025,
        fixed={Holiday.NEW_YEAR: ((1, 1),), Holiday.LABOUR_DAY: ((5, 1), (5, 2)),
               Holiday.NATIONAL_DAY: _NATIONAL_DAY},
        from_festival={Holiday.SPRING_FESTIVAL: (-1, 0, 1, 2), Holiday.QINGMING: (0,),
                       Holiday.DRAGON_BOAT: (0,), Holiday.MID_AUTUMN: (0,)},
    ),
)


def law_for(year: int) -> HolidayLaw | None:
    """The version of the holiday law in force in ``year`` (None before 2000)."""
    current = None
    for law in HOLIDAY_LAWS:
        if law.first_year <= year:
            current = law
    return current

"""Cross-check of the national calendar, every day 2004-01-01..2026-12-31, against two independent
public datasets: ``chinesecalendar`` (``chinese_calendar``) and ``holidays`` (``holidays.China``).

Where a dataset disagrees with us, the State Council notice decides, and the disagreement is recorded
below as data with the notice that settles it. Each test fails if any *other* disagreement appears
(a new discrepancy, or our data drifting) and also if a recorded one disappears (the dataset was
fixed upstream: then delete the entry).
"""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import holidays
import pytest

from officeflow.calendar import DayKind, china

FIRST = dt.date(2004, 1, 1)
LAST = dt.date(2026, 12, 31)
DAYS = tuple(FIRST + dt.timedelta(days=i) for i in range((LAST - FIRST).days + 1))

KNOWN_CHINESECALENDAR_ERRORS: dict[dt.date, tuple[bool, str]] = {
    # date: (our value = is_workday per the notice, the notice that decides)
    dt.date(2005, 12, 31): (
        True,
        "国办发明电〔2005〕35号 (2006 arrangement): Saturday 2005-12-31 worked for the New Year "
        "break; chinesecalendar marks it a rest day",
    ),
}
"""Days on which ``chinese_calendar.is_workday`` is wrong, with the notice that shows it."""

KNOWN_HOLIDAYS_ERRORS: dict[dt.date, tuple[bool, str]] = {}
"""Days on which ``holidays.China(...).is_working_day`` is wrong: none at the time of writing."""

NOT_STATUTORY_BUT_NAMED_BY_HOLIDAYS: dict[dt.date, str] = {
    # One-off rest days created by a State Council decision, not by 全国年节及纪念日放假办法: the law's
    # list of statutory holidays (法定节假日) does not include them, so they are arranged rest days
    # (or weekends) in our calendar, while the holidays package lists them as named holidays.
    dt.date(2015, 9, 3): "国发明电〔2015〕1号: 70th anniversary of victory (抗战胜利70周年纪念日), one-off",
    dt.date(2020, 1, 31): "国办发明电〔2020〕1号: Spring Festival extension (COVID-19), Friday",
    dt.date(2020, 2, 1): "国办发明电〔2020〕1号: Spring Festival extension (COVID-19), Saturday",
    dt.date(2020, 2, 2): "国办发明电〔2020〕1号: Spring Festival extension (COVID-19), Sunday",
}

# The holidays package's English names for the statutory holidays, mapped to ours (our DayInfo
# gives the Chinese names of 全国年节及纪念日放假办法).
HOLIDAYS_NAME_TO_OURS = {
    "New Year's Day": "元旦",
    "Chinese New Year's Eve": "春节",
    "Chinese New Year (Spring Festival)": "春节",
    "Tomb-Sweeping Day": "清明节",
    "Labor Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-Autumn Festival": "中秋节",
    "National Day": "国庆节",
}


@pytest.fixture(scope="module")
def ours() -> dict[dt.date, bool]:
    cal = china()
    return {day: cal.is_workday(day) for day in DAYS}


@pytest.fixture(scope="module")
def holidays_china() -> holidays.HolidayBase:
    return holidays.China(years=range(FIRST.year, LAST.year + 1))


def _named_holidays(calendar: holidays.HolidayBase) -> dict[dt.date, set[str]]:
    """The holidays package's named holidays: not 'Day off (substituted from …)' (a weekday off in
    exchange for a make-up working day) and not '(observed)' (a rest day in lieu)."""
    named: dict[dt.date, set[str]] = {}
    for day, names in calendar.items():
        for name in names.split("; "):
            if "substituted" in name or "(observed)" in name:
                continue
            named.setdefault(day, set()).add(name)
    return named


def test_the_calendar_covers_exactly_the_cross_checked_range() -> None:
    """The cross-check below is complete: it visits every covered day."""
    coverage = china().coverage
    assert (coverage.first, coverage.last) == (FIRST, LAST)
    assert len(DAYS) == 8401


def test_every_day_against_chinesecalendar(ours: dict[dt.date, bool]) -> None:
    """chinesecalendar agrees with us on every day 2004–2026 except its recorded errors."""
    disagreements = {day for day in DAYS if chinese_calendar.is_workday(day) != ours[day]}
    assert disagreements == set(KNOWN_CHINESECALENDAR_ERRORS), (
        "new or fixed disagreements with chinesecalendar: "
        f"{sorted(disagreements ^ set(KNOWN_CHINESECALENDAR_ERRORS))}"
    )
    for day, (works, _why) in KNOWN_CHINESECALENDAR_ERRORS.items():
        assert ours[day] is works


def test_chinesecalendar_error_2005_12_31_is_decided_by_the_2006_notice() -> None:
    """国办发明电〔2005〕35号 made Saturday 2005-12-31 a working day (调休上班) for New Year 2006."""
    info = china().day_kind(dt.date(2005, 12, 31))
    assert info.kind is DayKind.MAKEUP_WORKDAY
    assert info.layer == "notice-2006"
    assert info.source.number == "国办发明电〔2005〕35号"
    assert chinese_calendar.is_workday(dt.date(2005, 12, 31)) is False


def test_every_day_against_holidays(ours: dict[dt.date, bool], holidays_china: holidays.HolidayBase) -> None:
    """The holidays package agrees with us on every day 2004–2026 except its recorded errors."""
    disagreements = {day for day in DAYS if holidays_china.is_working_day(day) != ours[day]}
    assert disagreements == set(KNOWN_HOLIDAYS_ERRORS), (
        f"new or fixed disagreements with holidays: {sorted(disagreements ^ set(KNOWN_HOLIDAYS_ERRORS))}"
    )


def test_statutory_days_are_the_named_holidays_of_the_holidays_package(
    holidays_china: holidays.HolidayBase,
) -> None:
    """Our statutory holidays (全国年节及纪念日放假办法 applied to each notice's festival dates) are
    exactly the holidays package's named China holidays, less the one-off non-statutory days."""
    cal = china()
    statutory = {info.date: info.statutory for info in cal.days(FIRST, LAST) if info.statutory}
    named = _named_holidays(holidays_china)
    assert set(named) - set(statutory) == set(NOT_STATUTORY_BUT_NAMED_BY_HOLIDAYS)
    assert set(statutory) - set(named) == set()
    for day, names in statutory.items():
        assert set(names) == {HOLIDAYS_NAME_TO_OURS[name] for name in named[day]}, day


def test_one_off_days_are_rest_days_but_not_statutory() -> None:
    """2015-09-03 and the 2020 Spring Festival extension were days off, decided by their
    amendments, without being statutory holidays."""
    cal = china()
    for day, why in NOT_STATUTORY_BUT_NAMED_BY_HOLIDAYS.items():
        info = cal.day_kind(day)
        assert not info.works, why
        assert info.statutory == (), why
        assert info.kind is (DayKind.WEEKEND if day.weekday() >= 5 else DayKind.ARRANGED_REST), why
        assert info.layer.startswith("amendment-"), why
        assert info.source.number == why.split(":")[0]

"""Worked examples of the working-day calendar, each naming the notice or law it checks.

Notices (国务院办公厅关于 YYYY 年部分节假日安排的通知):
2024 国办发明电〔2023〕7号, 2025 国办发明电〔2024〕12号, 2026 国办发明电〔2025〕7号.
Law: 全国年节及纪念日放假办法 (1999 text; 2007, 2013 and 2024 revisions).
"""

from __future__ import annotations

import datetime as dt
import sys

import attrs
import numpy as np
import pendulum
import pytest

from officeflow import (
    CalendarCoverageError,
    CalendarDataError,
    InvalidType,
    InvalidValue,
    MissingDependency,
    OfficeflowError,
    UnknownName,
)
from officeflow.calendar import (
    AMENDMENTS,
    HOLIDAY_LAWS,
    NOTICES,
    DayKind,
    Holiday,
    Layer,
    Run,
    WorkCalendar,
    adjustments,
    china,
    law_for,
    year_notice,
)

WORK = DayKind.WORKDAY
WEEKEND = DayKind.WEEKEND
LEGAL = DayKind.STATUTORY_HOLIDAY
REST = DayKind.ARRANGED_REST
MAKEUP = DayKind.MAKEUP_WORKDAY

NOTICE_2024 = "国办发明电〔2023〕7号"
NOTICE_2025 = "国办发明电〔2024〕12号"
NOTICE_2026 = "国办发明电〔2025〕7号"


def d(text: str) -> pendulum.Date:
    return pendulum.Date.fromisoformat(text)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return china()


# -- the days around each holiday of 2024–2026 ----------------------------------------------------

# (date, kind, holiday named by the notice or None); the kind follows from the notice's rest and
# make-up days plus the statutory days the law in force derives from the festival dates.
DAYS_2024 = [  # 国办发明电〔2023〕7号; law: 2013 revision (11 days, no 除夕)
    ("2023-12-31", WEEKEND, None),
    ("2024-01-01", LEGAL, "元旦"),
    ("2024-01-02", WORK, None),
    ("2024-02-04", MAKEUP, "春节"),  # Sunday worked
    ("2024-02-08", WORK, None),
    ("2024-02-09", WORK, None),  # 除夕: the notice only *encourages* a day off; not statutory in 2024
    ("2024-02-10", LEGAL, "春节"),  # 正月初一, Saturday
    ("2024-02-11", LEGAL, "春节"),
    ("2024-02-12", LEGAL, "春节"),
    ("2024-02-13", REST, "春节"),
    ("2024-02-16", REST, "春节"),
    ("2024-02-17", WEEKEND, "春节"),
    ("2024-02-18", MAKEUP, "春节"),  # Sunday worked
    ("2024-02-19", WORK, None),
    ("2024-04-04", LEGAL, "清明节"),
    ("2024-04-05", REST, "清明节"),
    ("2024-04-06", WEEKEND, "清明节"),
    ("2024-04-07", MAKEUP, "清明节"),  # Sunday worked
    ("2024-04-28", MAKEUP, "劳动节"),  # Sunday worked
    ("2024-05-01", LEGAL, "劳动节"),
    ("2024-05-02", REST, "劳动节"),  # 2 May not statutory before 2025
    ("2024-05-03", REST, "劳动节"),
    ("2024-05-05", WEEKEND, "劳动节"),
    ("2024-05-06", WORK, None),
    ("2024-05-11", MAKEUP, "劳动节"),  # Saturday worked
    ("2024-06-08", WEEKEND, None),
    ("2024-06-10", LEGAL, "端午节"),
    ("2024-06-11", WORK, None),
    ("2024-09-14", MAKEUP, "中秋节"),  # Saturday worked
    ("2024-09-15", WEEKEND, "中秋节"),
    ("2024-09-16", REST, "中秋节"),
    ("2024-09-17", LEGAL, "中秋节"),
    ("2024-09-29", MAKEUP, "国庆节"),  # Sunday worked
    ("2024-10-01", LEGAL, "国庆节"),
    ("2024-10-03", LEGAL, "国庆节"),
    ("2024-10-04", REST, "国庆节"),
    ("2024-10-05", WEEKEND, "国庆节"),
    ("2024-10-07", REST, "国庆节"),
    ("2024-10-08", WORK, None),
    ("2024-10-12", MAKEUP, "国庆节"),  # Saturday worked
]

DAYS_2025 = [  # 国办发明电〔2024〕12号; law: 2024 revision (13 days: 除夕 and 2 May added)
    ("2025-01-01", LEGAL, "元旦"),
    ("2025-01-26", MAKEUP, "春节"),  # Sunday worked
    ("2025-01-27", WORK, None),
    ("2025-01-28", LEGAL, "春节"),  # 除夕, statutory from 2025
    ("2025-01-29", LEGAL, "春节"),  # 正月初一
    ("2025-01-31", LEGAL, "春节"),
    ("2025-02-01", WEEKEND, "春节"),
    ("2025-02-03", REST, "春节"),
    ("2025-02-04", REST, "春节"),
    ("2025-02-05", WORK, None),
    ("2025-02-08", MAKEUP, "春节"),  # Saturday worked
    ("2025-04-04", LEGAL, "清明节"),
    ("2025-04-06", WEEKEND, "清明节"),
    ("2025-04-07", WORK, None),
    ("2025-04-27", MAKEUP, "劳动节"),  # Sunday worked
    ("2025-05-01", LEGAL, "劳动节"),
    ("2025-05-02", LEGAL, "劳动节"),  # 2 May, statutory from 2025
    ("2025-05-03", WEEKEND, "劳动节"),
    ("2025-05-05", REST, "劳动节"),
    ("2025-05-06", WORK, None),
    ("2025-05-31", LEGAL, "端午节"),  # Saturday
    ("2025-06-01", WEEKEND, "端午节"),
    ("2025-06-02", REST, "端午节"),
    ("2025-06-03", WORK, None),
    ("2025-09-28", MAKEUP, "国庆节、中秋节"),  # Sunday worked
    ("2025-10-01", LEGAL, "国庆节、中秋节"),
    ("2025-10-04", WEEKEND, "国庆节、中秋节"),
    ("2025-10-06", LEGAL, "国庆节、中秋节"),  # Mid-Autumn falls inside the National Day run
    ("2025-10-08", REST, "国庆节、中秋节"),
    ("2025-10-09", WORK, None),
    ("2025-10-11", MAKEUP, "国庆节、中秋节"),  # Saturday worked
]

DAYS_2026 = [  # 国办发明电〔2025〕7号; law: 2024 revision
    ("2026-01-01", LEGAL, "元旦"),
    ("2026-01-02", REST, "元旦"),
    ("2026-01-03", WEEKEND, "元旦"),
    ("2026-01-04", MAKEUP, "元旦"),  # Sunday worked
    ("2026-01-05", WORK, None),
    ("2026-02-13", WORK, None),
    ("2026-02-14", MAKEUP, "春节"),  # Saturday worked
    ("2026-02-15", WEEKEND, "春节"),  # 腊月廿八, the run starts
    ("2026-02-16", LEGAL, "春节"),  # 除夕
    ("2026-02-17", LEGAL, "春节"),  # 正月初一
    ("2026-02-19", LEGAL, "春节"),
    ("2026-02-20", REST, "春节"),
    ("2026-02-22", WEEKEND, "春节"),
    ("2026-02-23", REST, "春节"),  # 正月初七, last day of the 9-day run
    ("2026-02-24", WORK, None),
    ("2026-02-28", MAKEUP, "春节"),  # Saturday worked
    ("2026-04-04", WEEKEND, "清明节"),
    ("2026-04-05", LEGAL, "清明节"),  # Sunday
    ("2026-04-06", REST, "清明节"),
    ("2026-05-01", LEGAL, "劳动节"),
    ("2026-05-02", LEGAL, "劳动节"),  # Saturday
    ("2026-05-04", REST, "劳动节"),
    ("2026-05-05", REST, "劳动节"),
    ("2026-05-09", MAKEUP, "劳动节"),  # Saturday worked
    ("2026-06-19", LEGAL, "端午节"),
    ("2026-06-21", WEEKEND, "端午节"),
    ("2026-06-22", WORK, None),
    ("2026-09-20", MAKEUP, "国庆节"),  # Sunday worked — listed under 国庆节 in the notice
    ("2026-09-25", LEGAL, "中秋节"),
    ("2026-09-26", WEEKEND, "中秋节"),
    ("2026-09-28", WORK, None),
    ("2026-10-01", LEGAL, "国庆节"),
    ("2026-10-02", LEGAL, "国庆节"),
    ("2026-10-03", LEGAL, "国庆节"),  # Saturday
    ("2026-10-04", WEEKEND, "国庆节"),
    ("2026-10-05", REST, "国庆节"),
    ("2026-10-07", REST, "国庆节"),
    ("2026-10-08", WORK, None),
    ("2026-10-10", MAKEUP, "国庆节"),  # Saturday worked
]


@pytest.mark.parametrize(
    ("day", "kind", "holiday", "number"),
    [(*row, NOTICE_2024) for row in DAYS_2024]
    + [(*row, NOTICE_2025) for row in DAYS_2025]
    + [(*row, NOTICE_2026) for row in DAYS_2026],
)
def test_days_around_the_holidays_of_2024_to_2026(
    cal: WorkCalendar, day: str, kind: DayKind, holiday: str | None, number: str
) -> None:
    """Each day's kind, holiday and deciding notice as published (2024–2026 notices)."""
    info = cal.day_kind(d(day))
    assert (info.kind, info.holiday) == (kind, holiday)
    assert info.works is kind.works is cal.is_workday(d(day))
    assert info.date == d(day)
    if day != "2023-12-31":
        assert info.layer == f"notice-{day[:4]}"
        assert info.source.number == number


def test_national_day_2026_rest_days_and_make_up_days(cal: WorkCalendar) -> None:
    """国办发明电〔2025〕7号 §7: 10月1日至7日放假调休，共7天; 9月20日（周日）、10月10日（周六）上班."""
    assert [cal.is_workday(d(f"2026-10-0{i}")) for i in range(1, 8)] == [False] * 7
    assert cal.is_workday(d("2026-09-20"))
    assert d("2026-09-20").day_of_week == pendulum.SUNDAY
    assert cal.is_workday(d("2026-10-10"))
    assert d("2026-10-10").day_of_week == pendulum.SATURDAY


def test_2025_spring_festival_eve_is_statutory_under_the_2024_revision(cal: WorkCalendar) -> None:
    """全国年节及纪念日放假办法 (2024 revision, 国务院令第795号) adds 除夕: 2025-01-28 is statutory."""
    info = cal.day_kind(d("2025-01-28"))
    assert info.statutory == ("春节",)
    assert law_for(2025).citation.number == "国务院令第795号"  # type: ignore[union-attr]


def test_2024_spring_festival_eve_is_an_ordinary_working_day(cal: WorkCalendar) -> None:
    """Under the 2013 revision 除夕 is not statutory, and 国办发明电〔2023〕7号 only *encourages*
    offices to let staff rest on 2024-02-09 (鼓励…安排职工在除夕休息): officially a working day."""
    info = cal.day_kind(d("2024-02-09"))
    assert (info.kind, info.statutory, info.holiday) == (WORK, (), None)
    assert law_for(2024).citation.version == "2013 revision, in force 2014-01-01"  # type: ignore[union-attr]


def test_statutory_names_when_two_holidays_share_a_day(cal: WorkCalendar) -> None:
    """2020-10-01 is both National Day and Mid-Autumn (国办发明电〔2019〕16号 festival dates)."""
    assert set(cal.day_kind(d("2020-10-01")).statutory) == {"国庆节", "中秋节"}
    assert cal.day_kind(d("2020-10-01")).holiday == "国庆节、中秋节"


def test_working_days_per_year_2025_and_2026(cal: WorkCalendar) -> None:
    """261 weekdays, less 18 (2025) / 19 (2026) weekdays off, plus 5 / 6 make-up days = 248 each."""
    assert cal.workdays_between(d("2024-12-31"), d("2025-12-31")) == 248
    assert cal.workdays_between(d("2025-12-31"), d("2026-12-31")) == 248


# -- amendments and the previous-December days of a notice ------------------------------------------


def test_2019_labour_day_amendment(cal: WorkCalendar) -> None:
    """国办发明电〔2019〕3号 stretched Labour Day 2019 to 1–4 May, with 28 April and 5 May worked."""
    assert [cal.is_workday(d(f"2019-05-0{i}")) for i in range(1, 7)] == [False] * 4 + [True, True]
    assert cal.day_kind(d("2019-05-02")).kind is REST
    assert cal.day_kind(d("2019-05-05")).kind is MAKEUP
    assert cal.decided_by(d("2019-05-02")).name == "amendment-2019-labour-day"
    assert cal.decided_by(d("2019-04-28")).name == "amendment-2019-labour-day"


def test_2020_spring_festival_extension(cal: WorkCalendar) -> None:
    """国办发明电〔2020〕1号 extended the 2020 Spring Festival to 2 February, cancelling the make-up
    Saturday 1 February of 国办发明电〔2019〕16号."""
    info = cal.day_kind(d("2020-02-01"))
    assert (info.kind, info.layer, info.source.number) == (
        WEEKEND, "amendment-2020-spring-festival", "国办发明电〔2020〕1号")
    assert cal.add_workdays(d("2020-01-23"), 1) == d("2020-02-03")
    assert cal.without_layer("amendment-2020-spring-festival").add_workdays(d("2020-01-23"), 1) == d(
        "2020-01-31")


def test_overrides_of_the_national_calendar(cal: WorkCalendar) -> None:
    """The amendments that re-decide days an earlier notice named are listed by overrides()."""
    got = {(o.date, o.winner, o.loser, o.works_before, o.works_after) for o in cal.overrides()}
    assert got == {
        (d("2019-05-01"), "amendment-2019-labour-day", "notice-2019", False, False),
        (d("2020-02-01"), "amendment-2020-spring-festival", "notice-2020", True, False),
    }


# -- counting: add_workdays, workdays_between, roll_*, subtract_workdays ----------------------------


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2026-09-30", 1, "2026-10-08"),  # National Day 2026: 1–7 October off
        ("2026-09-28", 5, "2026-10-10"),  # 9-29, 9-30, 10-8, 10-9, then Saturday 10-10 (worked)
        ("2026-09-28", 6, "2026-10-12"),
        ("2026-09-19", 1, "2026-09-20"),  # Saturday start, next working day is Sunday 9-20
        ("2026-10-03", 1, "2026-10-08"),  # start on a rest day: counting begins the next day
        ("2026-02-13", 1, "2026-02-14"),  # Friday → make-up Saturday
        ("2026-02-14", 1, "2026-02-24"),  # make-up Saturday → after the 9-day Spring Festival
        ("2026-09-30", 0, "2026-09-30"),  # n = 0 returns d
        ("2026-10-01", 0, "2026-10-01"),  # even on a rest day
        ("2026-12-30", 1, "2026-12-31"),
    ],
)
def test_add_workdays_examples(cal: WorkCalendar, start: str, n: int, expected: str) -> None:
    """The n-th working day after the start day (start not counted), 国办发明电〔2025〕7号."""
    result = cal.add_workdays(d(start), n)
    assert result == d(expected)
    assert type(result) is pendulum.Date


def test_workdays_between_counts_the_half_open_interval(cal: WorkCalendar) -> None:
    """Working days in (a, b]: 10-08, 10-09 and make-up Saturday 10-10 (国办发明电〔2025〕7号)."""
    assert cal.workdays_between(d("2026-09-30"), d("2026-10-10")) == 3
    assert cal.workdays_between(d("2026-10-10"), d("2026-09-30")) == -3
    assert cal.workdays_between(d("2026-10-01"), d("2026-10-07")) == 0
    assert cal.workdays_between(d("2026-09-29"), d("2026-09-30")) == 1
    assert cal.workdays_between(d("2026-09-30"), d("2026-09-30")) == 0


def test_roll_forward_and_backward(cal: WorkCalendar) -> None:
    """A working day stays; a rest day moves to the next / previous working day (2026 notice)."""
    assert cal.roll_forward(d("2026-10-01")) == d("2026-10-08")
    assert cal.roll_forward(d("2026-10-08")) == d("2026-10-08")
    assert cal.roll_forward(d("2026-09-19")) == d("2026-09-20")  # make-up Sunday
    assert cal.roll_backward(d("2026-10-07")) == d("2026-09-30")
    assert cal.roll_backward(d("2026-10-11")) == d("2026-10-10")  # back to make-up Saturday
    assert cal.roll_backward(d("2026-10-10")) == d("2026-10-10")
    assert type(cal.roll_forward(d("2026-10-01"))) is pendulum.Date


def test_subtract_workdays(cal: WorkCalendar) -> None:
    """Counting a period back: the n-th working day before d, d not counted (2026 notice)."""
    assert cal.subtract_workdays(d("2026-10-08"), 1) == d("2026-09-30")
    assert cal.subtract_workdays(d("2026-10-12"), 1) == d("2026-10-10")
    assert cal.subtract_workdays(d("2026-10-10"), 5) == d("2026-09-28")
    assert cal.subtract_workdays(d("2026-10-04"), 0) == d("2026-10-04")
    assert cal.subtract_workdays(d("2026-10-04"), 1) == d("2026-09-30")


def test_coverage(cal: WorkCalendar) -> None:
    """The national calendar covers the notices 2004–2026, whole years."""
    assert (cal.coverage.first, cal.coverage.last) == (d("2004-01-01"), d("2026-12-31"))
    assert cal.coverage.years == range(2004, 2027)
    assert d("2026-06-01") in cal.coverage
    assert d("2027-01-01") not in cal.coverage
    assert "2004–2026" in str(cal.coverage)


# -- coverage errors -------------------------------------------------------------------------------


def _assert_coverage_message(error: CalendarCoverageError, date: str, year: int) -> None:
    message = str(error)
    assert date in message
    assert "years 2004–2026" in message
    assert f"year_notice({year}, ...)" in message
    assert "docs/calendar.md" in message


@pytest.mark.parametrize(
    ("method", "args", "date", "year"),
    [
        ("is_workday", ("2027-01-04",), "2027-01-04", 2027),
        ("day_kind", ("2027-01-04",), "2027-01-04", 2027),
        ("is_workday", ("2003-12-31",), "2003-12-31", 2003),
        ("add_workdays", ("2003-12-31", 1), "2003-12-31", 2003),
        ("workdays_between", ("2026-12-01", "2027-01-04"), "2027-01-04", 2027),
        ("roll_forward", ("2027-01-04",), "2027-01-04", 2027),
    ],
)
def test_dates_outside_coverage_raise(
    cal: WorkCalendar, method: str, args: tuple[object, ...], date: str, year: int
) -> None:
    """No guessing outside the notices 2004–2026: the error names the date, the covered years and
    how to add a year."""
    values = [d(a) if isinstance(a, str) else a for a in args]
    with pytest.raises(CalendarCoverageError) as caught:
        getattr(cal, method)(*values)
    _assert_coverage_message(caught.value, date, year)
    assert isinstance(caught.value, OfficeflowError)
    assert isinstance(caught.value, LookupError)


def test_add_workdays_running_past_the_end_raises(cal: WorkCalendar) -> None:
    """2026-12-31 is the last covered day: the 2nd working day after 2026-12-30 is unknown."""
    assert cal.add_workdays(d("2026-12-30"), 1) == d("2026-12-31")
    with pytest.raises(CalendarCoverageError) as caught:
        cal.add_workdays(d("2026-12-30"), 2)
    _assert_coverage_message(caught.value, "2026-12-30", 2027)
    assert "It falls after 2026-12-31" in str(caught.value)


def test_subtract_workdays_running_before_the_start_raises(cal: WorkCalendar) -> None:
    """2004-01-02 is the first working day of coverage; nothing before it is known."""
    assert cal.subtract_workdays(d("2004-01-05"), 1) == d("2004-01-02")
    with pytest.raises(CalendarCoverageError, match="2004-01-05"):
        cal.subtract_workdays(d("2004-01-05"), 2)
    with pytest.raises(CalendarCoverageError):
        cal.roll_backward(d("2004-01-01"))


# -- input types -----------------------------------------------------------------------------------


def test_accepts_date_pendulum_date_and_aware_datetimes(cal: WorkCalendar) -> None:
    """datetime.date, pendulum.Date, pendulum.DateTime and aware datetimes, read in Asia/Shanghai."""
    assert cal.add_workdays(dt.date(2026, 9, 30), 1) == d("2026-10-08")
    assert cal.add_workdays(pendulum.Date(2026, 9, 30), 1) == d("2026-10-08")
    # 20:00 UTC on 30 September is 04:00 on 1 October in Shanghai: a holiday.
    evening_utc = pendulum.datetime(2026, 9, 30, 20, tz="UTC")
    assert cal.is_workday(evening_utc) is False
    assert cal.day_kind(evening_utc).date == d("2026-10-01")
    assert cal.add_workdays(evening_utc, 0) == d("2026-10-01")
    assert type(cal.add_workdays(evening_utc, 0)) is pendulum.Date
    stdlib_utc = dt.datetime(2026, 9, 30, 20, tzinfo=dt.timezone.utc)
    assert cal.is_workday(stdlib_utc) is False
    assert cal.add_workdays(stdlib_utc, 1) == d("2026-10-08")
    # 23:30 in Shanghai on 30 September is still 30 September.
    late = pendulum.datetime(2026, 9, 30, 23, 30, tz="Asia/Shanghai")
    assert cal.is_workday(late) is True
    assert cal.workdays_between(late, evening_utc) == 0


@pytest.mark.parametrize(
    ("value", "type_name"),
    [
        ("2026-10-01", "str"),
        (None, "NoneType"),
        (dt.datetime(2026, 10, 1, 9, 0), "datetime"),  # naive: zone unknown
        (20261001, "int"),
        (1.5, "float"),
    ],
)
def test_rejects_other_date_types(cal: WorkCalendar, value: object, type_name: str) -> None:
    """Strings, None, naive datetimes and numbers are refused with an error naming the type."""
    for call in (lambda: cal.is_workday(value), lambda: cal.add_workdays(value, 1),  # type: ignore[arg-type]
                 lambda: cal.workdays_between(d("2026-01-01"), value)):  # type: ignore[arg-type]
        with pytest.raises(InvalidType) as caught:
            call()
        assert f"got {type_name} " in str(caught.value)
        assert isinstance(caught.value, OfficeflowError)
        assert isinstance(caught.value, TypeError)


def test_naive_datetime_message_says_how_to_fix(cal: WorkCalendar) -> None:
    """A naive datetime has no zone; the message says to give one."""
    with pytest.raises(InvalidType, match="naive datetime has no time zone"):
        cal.is_workday(dt.datetime(2026, 10, 1, 9, 0))


@pytest.mark.parametrize(
    ("n", "error", "shown"),
    [
        (1.0, InvalidType, "got float 1.0"),
        (True, InvalidType, "got bool True"),
        (False, InvalidType, "got bool False"),
        ("1", InvalidType, "got str '1'"),
        (None, InvalidType, "got NoneType None"),
        (-1, InvalidValue, "got -1"),
    ],
)
def test_rejects_bad_counts(cal: WorkCalendar, n: object, error: type[OfficeflowError], shown: str) -> None:
    """n must be an int ≥ 0: floats, bools, strings, None and negatives are refused."""
    for method in (cal.add_workdays, cal.subtract_workdays, cal.explain):
        with pytest.raises(error) as caught:
            method(d("2026-09-30"), n)  # type: ignore[arg-type]
        assert shown in str(caught.value)
        assert str(caught.value).startswith("n: ")


def test_negative_count_message_points_to_subtract(cal: WorkCalendar) -> None:
    """Counting backwards has its own method."""
    with pytest.raises(InvalidValue, match="subtract_workdays"):
        cal.add_workdays(d("2026-09-30"), -1)


def test_numpy_integer_count_accepted(cal: WorkCalendar) -> None:
    """An integer-like count (numpy int64) counts like an int."""
    assert cal.add_workdays(d("2026-09-28"), np.int64(5)) == d("2026-10-10")  # type: ignore[arg-type]


# -- the holiday law and the notices as data --------------------------------------------------------


def test_holiday_law_days_per_year() -> None:
    """全国年节及纪念日放假办法: 10 days (1999 text, from 2000), 11 (2007 revision, from 2008;
    2013 revision, from 2014), 13 (2024 revision, from 2025)."""
    assert [(law.first_year, law.days_per_year) for law in HOLIDAY_LAWS] == [
        (2000, 10), (2008, 11), (2014, 11), (2025, 13)]
    assert [law.citation.number for law in HOLIDAY_LAWS] == [
        "国务院令第270号", "国务院令第513号", "国务院令第644号", "国务院令第795号"]
    assert law_for(1999) is None
    assert law_for(2007) is HOLIDAY_LAWS[0]
    assert law_for(2024) is HOLIDAY_LAWS[2]
    assert law_for(2026) is HOLIDAY_LAWS[3]


def test_2024_revision_statutory_days() -> None:
    """The 2024 revision: 除夕 to 初三 for Spring Festival (4 days), 1–2 May for Labour Day."""
    law = HOLIDAY_LAWS[3]
    days = law.statutory_days(2026, {Holiday.SPRING_FESTIVAL: dt.date(2026, 2, 17),
                                     Holiday.QINGMING: dt.date(2026, 4, 5),
                                     Holiday.DRAGON_BOAT: dt.date(2026, 6, 19),
                                     Holiday.MID_AUTUMN: dt.date(2026, 9, 25)})
    assert len(days) == 13
    assert [day for day, hs in days.items() if hs == (Holiday.SPRING_FESTIVAL,)] == [
        dt.date(2026, 2, 16), dt.date(2026, 2, 17), dt.date(2026, 2, 18), dt.date(2026, 2, 19)]
    assert days[dt.date(2026, 5, 2)] == (Holiday.LABOUR_DAY,)


def test_statutory_days_each_year_match_the_law_in_force(cal: WorkCalendar) -> None:
    """Every covered year has exactly the law's number of statutory holiday-days (a day shared by
    two holidays, e.g. 2009-10-03 and 2020-10-01, counts for both)."""
    for year in cal.coverage.years:
        days = cal.days(dt.date(year, 1, 1), dt.date(year, 12, 31))
        total = sum(len(info.statutory) for info in days)
        assert total == law_for(year).days_per_year, year  # type: ignore[union-attr]


def test_every_notice_is_cited() -> None:
    """One layer per yearly notice 2004–2026, each with its title and number and date of issue,
    or a recorded reason they are unknown (2004 and 2005)."""
    assert [layer.years for layer in NOTICES] == [(year,) for year in range(2004, 2027)]
    for layer in NOTICES:
        year = layer.years[0]
        assert layer.name == f"notice-{year}"
        assert layer.source.title == f"国务院办公厅关于{year}年部分节假日安排的通知"
        if year in (2004, 2005):
            assert layer.source.issued is None
            assert layer.source.number is None
            assert "not yet verified" in layer.source.note
        else:
            assert layer.source.issued is not None, year
            assert layer.source.issued.year == year - 1, year  # published the autumn before
            assert (layer.source.number or "").startswith("国办发明电〔"), year
            assert layer.source.note == ""


def test_every_amendment_is_cited() -> None:
    """Each in-year amendment has its title, number and date of issue, in its year."""
    assert [a.name for a in AMENDMENTS] == [
        "amendment-2015-victory-day", "amendment-2019-labour-day", "amendment-2020-spring-festival"]
    for layer in AMENDMENTS:
        assert layer.years == ()
        assert layer.source.title
        assert layer.source.number
        assert layer.source.issued is not None
        assert {day.year for day, _ in layer.days} == {layer.source.issued.year}


# -- layers: a 2027 notice, agency closures, regional arrangements ---------------------------------

# ILLUSTRATIVE ONLY — not the real 2027 arrangement (unpublished when this was written). The
# festival dates are real (春节 2027-02-06, 清明 04-05, 端午 06-09, 中秋 09-15); the runs and make-up
# days are invented but respect the 2024 revision of the law (every statutory day is a rest day,
# every make-up day is a Saturday or Sunday).
FESTIVALS_2027 = {Holiday.SPRING_FESTIVAL: "02-06", Holiday.QINGMING: "04-05",
                  Holiday.DRAGON_BOAT: "06-09", Holiday.MID_AUTUMN: "09-15"}


def notice_2027(**changes: object) -> Layer:
    runs = {
        "new_year": Run(Holiday.NEW_YEAR, "01-01..01-03"),
        "spring": Run(Holiday.SPRING_FESTIVAL, "02-05..02-12", work="01-31, 02-20"),
        "qingming": Run(Holiday.QINGMING, "04-03..04-05"),
        "labour": Run(Holiday.LABOUR_DAY, "05-01..05-05", work="04-25, 05-08"),
        "dragon": Run(Holiday.DRAGON_BOAT, "06-09"),
        "mid_autumn": Run(Holiday.MID_AUTUMN, "09-15"),
        "national": Run(Holiday.NATIONAL_DAY, "10-01..10-07", work="09-26, 10-09"),
    }
    festivals = changes.pop("festivals", FESTIVALS_2027)
    runs.update(changes)  # type: ignore[arg-type]
    return year_notice(2027, *runs.values(), festivals=festivals)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def cal_2027(cal: WorkCalendar) -> WorkCalendar:
    return cal.with_layers(notice_2027())


def test_adding_a_2027_notice_extends_coverage(cal: WorkCalendar, cal_2027: WorkCalendar) -> None:
    """A user adds the 2027 notice when published (illustrative data) and gets a new calendar."""
    assert cal_2027.coverage.last == d("2027-12-31")
    assert cal_2027.add_workdays(d("2026-12-31"), 1) == d("2027-01-04")
    assert cal_2027.is_workday(d("2027-02-20"))  # an invented make-up Saturday
    assert cal_2027.day_kind(d("2027-02-20")).kind is MAKEUP
    eve = cal_2027.day_kind(d("2027-02-05"))  # 除夕, statutory under the 2024 revision
    assert (eve.kind, eve.statutory, eve.layer) == (LEGAL, ("春节",), "notice-2027")
    assert eve.source.title == "国务院办公厅关于2027年部分节假日安排的通知"
    assert cal_2027.day_kind(d("2027-05-02")).statutory == ("劳动节",)
    assert cal_2027.is_workday(d("2027-03-01"))  # unnamed weekday: ordinary working day
    assert cal_2027.decided_by(d("2027-03-01")).name == "notice-2027"
    # the original is unchanged
    assert cal.coverage.last == d("2026-12-31")
    with pytest.raises(CalendarCoverageError):
        cal.is_workday(d("2027-01-04"))
    assert cal_2027.is_workday(d("2027-01-04"))


def test_with_layers_returns_a_new_value(cal: WorkCalendar) -> None:
    """Calendars are immutable values: with_layers leaves the original untouched."""
    closure = adjustments("agency-closure", rest="2026-12-28..2026-12-30", holiday="机关搬迁")
    before = cal.layers
    new = cal.with_layers(closure)
    assert new is not cal
    assert new != cal
    assert cal.layers == before
    assert len(new.layers) == len(before) + 1
    assert cal.is_workday(d("2026-12-29"))
    assert not new.is_workday(d("2026-12-29"))
    assert china() is cal  # the cached default is still the same value
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        cal.layers = ()  # type: ignore[misc]
    assert WorkCalendar(cal.layers) == cal


def test_agency_closure(cal: WorkCalendar) -> None:
    """An agency's own closure days (机关自行安排) are arranged rest days decided by its layer; the
    days it does not name are unchanged."""
    closure = adjustments("agency-closure", rest="2026-12-28..2026-12-30", holiday="机关搬迁",
                          source="办公室通知〔2026〕12号")
    new = cal.with_layers(closure)
    info = new.day_kind(d("2026-12-29"))
    assert (info.kind, info.holiday, info.layer, info.statutory) == (REST, "机关搬迁", "agency-closure", ())
    assert info.source.title == "办公室通知〔2026〕12号"
    assert new.workdays_between(d("2026-12-25"), d("2026-12-31")) == 1
    assert cal.workdays_between(d("2026-12-25"), d("2026-12-31")) == 4
    assert new.add_workdays(d("2026-12-25"), 1) == d("2026-12-31")
    assert new.decided_by(d("2026-12-31")).name == "notice-2026"
    assert new.overrides() == cal.overrides()  # it named no day an earlier layer had named


def test_regional_arrangement_makes_a_saturday_worked(cal: WorkCalendar) -> None:
    """A regional arrangement (illustrative) working Saturday 2026-10-17 and bridging Friday
    2026-10-09 with a rest day; it also cancels the national make-up Saturday 2026-10-10."""
    regional = adjustments("某省-2026", work="2026-10-17", rest="2026-10-09, 2026-10-10",
                           holiday="本省调休")
    new = cal.with_layers(regional)
    assert new.day_kind(d("2026-10-17")).kind is MAKEUP
    assert new.day_kind(d("2026-10-09")).kind is REST
    assert new.day_kind(d("2026-10-10")).kind is WEEKEND
    assert new.add_workdays(d("2026-09-30"), 1) == d("2026-10-08")
    assert new.add_workdays(d("2026-10-08"), 1) == d("2026-10-12")
    assert new.roll_forward(d("2026-10-17")) == d("2026-10-17")
    # later layer wins only for the days it names
    for day in ("2026-09-20", "2026-10-01", "2026-10-08", "2026-10-11"):
        assert new.day_kind(d(day)) == cal.day_kind(d(day)), day
    assert {o.date for o in new.overrides()} - {o.date for o in cal.overrides()} == {d("2026-10-10")}
    override = next(o for o in new.overrides() if o.date == d("2026-10-10"))
    assert (override.winner, override.loser, override.works_before, override.works_after) == (
        "某省-2026", "notice-2026", True, False)


def test_regional_statutory_holiday(cal: WorkCalendar) -> None:
    """A regional layer can mark a statutory holiday of its own (illustrative: 壮族三月三)."""
    regional = adjustments("广西-2026", rest="2026-04-20", holiday="壮族三月三", statutory=True)
    info = cal.with_layers(regional).day_kind(d("2026-04-20"))
    assert (info.kind, info.statutory, info.holiday) == (LEGAL, ("壮族三月三",), "壮族三月三")


def test_a_layer_working_a_statutory_day_removes_the_holiday(cal: WorkCalendar) -> None:
    """If a later layer makes a statutory day a working day, it is no longer a holiday."""
    duty = adjustments("duty-roster", work="2026-10-01")
    info = cal.with_layers(duty).day_kind(d("2026-10-01"))
    assert (info.kind, info.statutory, info.layer) == (WORK, (), "duty-roster")


def test_the_later_layer_wins_for_the_days_it_names_only(cal: WorkCalendar) -> None:
    """Two user layers naming overlapping days: the later one decides the shared day only."""
    a = adjustments("closure-a", rest="2026-12-28..2026-12-30")
    b = adjustments("exception-b", work="2026-12-29")
    ab = cal.with_layers(a, b)
    assert [ab.is_workday(d(f"2026-12-{x}")) for x in (28, 29, 30)] == [False, True, False]
    assert [ab.decided_by(d(f"2026-12-{x}")).name for x in (28, 29, 30)] == [
        "closure-a", "exception-b", "closure-a"]
    new = [o for o in ab.overrides() if o not in cal.overrides()]
    assert [(o.date, o.winner, o.loser) for o in new] == [(d("2026-12-29"), "exception-b", "closure-a")]
    ba = cal.with_layers(b, a)
    assert not ba.is_workday(d("2026-12-29"))
    assert ba.decided_by(d("2026-12-29")).name == "closure-a"


def test_without_layer_and_unknown_layer(cal: WorkCalendar) -> None:
    """Removing a layer by name; an unknown name is refused with close matches."""
    assert cal.without_layer("amendment-2019-labour-day").is_workday(d("2019-05-02"))
    with pytest.raises(UnknownName, match="amendment-2019-labour-day"):
        cal.without_layer("amendment-2019-labor-day")


def test_gap_year_is_refused(cal: WorkCalendar) -> None:
    """Adding 2028 without 2027 would leave 2027 unknown: CalendarDataError names the gap."""
    notice_2028 = year_notice(
        2028,
        Run(Holiday.NEW_YEAR, "01-01"),
        Run(Holiday.SPRING_FESTIVAL, "01-25..01-31"),
        Run(Holiday.QINGMING, "04-04"),
        Run(Holiday.LABOUR_DAY, "05-01..05-02"),
        Run(Holiday.DRAGON_BOAT, "05-28"),
        Run(Holiday.NATIONAL_DAY, "10-01..10-07"),
        festivals={Holiday.SPRING_FESTIVAL: "01-26", Holiday.QINGMING: "04-04",
                   Holiday.DRAGON_BOAT: "05-28", Holiday.MID_AUTUMN: "10-03"},
    )
    with pytest.raises(CalendarDataError, match=r"Years \[2027\] have no notice"):
        cal.with_layers(notice_2028)
    assert cal.with_layers(notice_2027(), notice_2028).coverage.last == d("2028-12-31")


def test_duplicate_layer_names_are_refused(cal: WorkCalendar) -> None:
    """Layer names identify layers (decided_by, overrides, without_layer): they must be distinct."""
    with pytest.raises(CalendarDataError, match="notice-2026"):
        cal.with_layers(adjustments("notice-2026", rest="2026-12-31"))
    with pytest.raises(CalendarDataError, match="mine"):
        cal.with_layers(adjustments("mine", rest="2026-12-30"), adjustments("mine", rest="2026-12-31"))


def test_year_notice_make_up_day_must_be_a_weekend_day() -> None:
    """A make-up working day (调休上班) on a weekday is a data error: weekdays are worked anyway."""
    with pytest.raises(CalendarDataError, match="2027-01-04") as caught:
        notice_2027(new_year=Run(Holiday.NEW_YEAR, "01-01..01-03", work="01-04"))
    assert "make-up working day" in str(caught.value)


def test_year_notice_statutory_days_must_be_rest_days() -> None:
    """Every statutory day the law derives from the festivals must be a rest day of the notice."""
    with pytest.raises(CalendarDataError, match="2027-02-08") as caught:  # 初二 left out
        notice_2027(spring=Run(Holiday.SPRING_FESTIVAL, "02-05..02-07"))
    assert "春节" in str(caught.value)
    with pytest.raises(CalendarDataError, match="2027-05-02"):  # 2 May made a make-up day
        notice_2027(labour=Run(Holiday.LABOUR_DAY, "05-01", work="05-02"))


def test_year_notice_needs_the_festival_dates() -> None:
    """The law needs every lunar festival's date to derive the statutory days."""
    festivals = {h: day for h, day in FESTIVALS_2027.items() if h is not Holiday.MID_AUTUMN}
    with pytest.raises(CalendarDataError, match="中秋节"):
        notice_2027(festivals=festivals)


def test_layer_day_specs_are_validated() -> None:
    """Bad day text or ranges are refused with errors naming the value."""
    with pytest.raises(InvalidValue, match="02-30"):
        adjustments("x", rest="2026-02-30")
    with pytest.raises(InvalidValue, match=r"2026-10-07\.\.2026-10-01"):
        adjustments("x", rest="2026-10-07..2026-10-01")
    with pytest.raises(CalendarDataError, match="2026-10-09"):
        adjustments("x", rest="2026-10-09", work="2026-10-09")
    with pytest.raises(InvalidValue):
        adjustments("", rest="2026-10-09")


# -- explain() and the views -----------------------------------------------------------------------


def test_explain_national_day_2026(cal: WorkCalendar) -> None:
    """The trace behind add_workdays(2026-09-28, 5): each day counted or skipped, and why."""
    trace = cal.explain(d("2026-09-28"), 5)
    assert (trace.start, trace.n, trace.result) == (d("2026-09-28"), 5, d("2026-10-10"))
    assert trace.result == cal.add_workdays(d("2026-09-28"), 5)
    assert [s.date for s in trace] == [d("2026-09-29").add(days=i) for i in range(12)]
    assert len(trace) == 12
    assert [s.count for s in trace if s.counted] == [1, 2, 3, 4, 5]
    assert sum(not s.counted for s in trace) == 7
    steps = {str(s.date): s for s in trace}
    assert steps["2026-10-01"].kind is LEGAL
    assert "skipped: statutory holiday (国庆节)" in steps["2026-10-01"].why
    assert "arranged rest day" in steps["2026-10-05"].why
    assert steps["2026-10-10"].kind is MAKEUP
    assert steps["2026-10-10"].why.startswith("counted 5/5: make-up working day (国庆节), notice-2026")
    assert "start day not counted" in str(trace)
    html = trace._repr_html_()
    for day in ("2026-09-29", "2026-10-01", "2026-10-10"):
        assert day in html
    assert html.count("color:#a33") == 7  # the skipped days are highlighted


def test_explain_zero_and_out_of_coverage(cal: WorkCalendar) -> None:
    """explain(d, 0) has no steps; explain checks coverage like add_workdays."""
    trace = cal.explain(d("2026-10-01"), 0)
    assert (trace.result, len(trace)) == (d("2026-10-01"), 0)
    with pytest.raises(CalendarCoverageError):
        cal.explain(d("2026-12-30"), 5)


def test_month_view_marks_make_up_and_statutory_days(cal: WorkCalendar) -> None:
    """February 2026 (国办发明电〔2025〕7号): 班 on 14 and 28 Feb, 法 on 16–19 Feb."""
    view = cal.month_view(2026, 2)
    text = str(view)
    for cell in ("14班", "28班", "16法", "17法", "18法", "19法", "20休", "23休"):
        assert cell in text
    assert " 13  " in text  # an ordinary working day has no mark
    html = view._repr_html_()
    assert html.count("<sup>班</sup>") == 2
    assert html.count("<sup>法</sup>") == 4
    assert "2026年2月" in html
    assert 'title="2026-02-14 Sat: make-up workday (春节) — notice-2026"' in html


def test_year_view_marks_every_make_up_and_statutory_day(cal: WorkCalendar) -> None:
    """2026 has 6 make-up working days and 13 statutory days (2024 revision)."""
    view = cal.year_view(2026)
    legend_lines = 12  # each month's legend names 班 and 法 once
    assert str(view).count("班") == 6 + legend_lines
    assert str(view).count("法") == 13 + legend_lines
    html = view._repr_html_()
    assert html.count("<sup>班</sup>") == 6
    assert html.count("<sup>法</sup>") == 13
    assert "2026年10月" in html


def test_views_validate_and_check_coverage(cal: WorkCalendar) -> None:
    """A month outside 1–12 is refused; a month outside coverage raises a coverage error."""
    with pytest.raises(InvalidValue, match="month"):
        cal.month_view(2026, 13)
    with pytest.raises(CalendarCoverageError):
        str(cal.month_view(2027, 1))


def test_calendar_repr(cal: WorkCalendar) -> None:
    """The calendar describes itself: coverage, layers and the size of its index."""
    assert repr(cal) == (
        "<WorkCalendar 2004-01-01 to 2026-12-31, years 2004–2026: 26 layers, 5745 working days>")
    html = cal._repr_html_()
    assert "国办发明电〔2025〕7号" in html
    assert "amendment-2020-spring-festival" in html


# -- batch -----------------------------------------------------------------------------------------


def _random_dates(rng: np.random.Generator, size: int, last: str = "2026-10-31") -> np.ndarray:
    first = np.datetime64("2004-01-01", "D").astype(np.int64)
    end = np.datetime64(last, "D").astype(np.int64)
    return rng.integers(first, end + 1, size=size).astype("datetime64[D]")


def _scalar(cal: WorkCalendar, dates: np.ndarray, counts: np.ndarray) -> np.ndarray:
    return np.array([np.datetime64(cal.add_workdays(day.item(), int(k)).isoformat(), "D")
                     for day, k in zip(dates, counts, strict=True)], dtype="datetime64[D]")


@pytest.mark.parametrize("n", [0, 1, 20, 40])
def test_add_workdays_many_int_n_equals_scalar(cal: WorkCalendar, n: int) -> None:
    """add_workdays_many(dates, n) == [add_workdays(d, n) for d in dates], n an int."""
    dates = _random_dates(np.random.default_rng(n), 3000)
    got = cal.add_workdays_many(dates, n)
    assert got.dtype == np.dtype("datetime64[D]")
    assert got.shape == dates.shape
    assert np.array_equal(got, _scalar(cal, dates, np.full(dates.shape, n)))


def test_add_workdays_many_array_n_equals_scalar(cal: WorkCalendar) -> None:
    """n an array of counts, zeros included."""
    rng = np.random.default_rng(2026)
    dates = _random_dates(rng, 5000)
    counts = rng.integers(0, 31, size=dates.shape)
    assert (counts == 0).any()
    got = cal.add_workdays_many(dates, counts)
    assert np.array_equal(got, _scalar(cal, dates, counts))
    for dtype in (np.int32, np.uint16, np.uint64):
        assert np.array_equal(cal.add_workdays_many(dates, counts.astype(dtype)), got)


def test_add_workdays_many_examples_and_inputs(cal: WorkCalendar) -> None:
    """National Day 2026 examples; a list of dates is converted; the input array is not modified."""
    dates = np.array(["2026-09-28", "2026-09-30", "2026-10-01"], dtype="datetime64[D]")
    expected = np.array(["2026-10-10", "2026-10-08", "2026-10-08"], dtype="datetime64[D]")
    assert np.array_equal(cal.add_workdays_many(dates, np.array([5, 1, 1])), expected)
    assert np.array_equal(cal.add_workdays_many(dates, 0), dates)
    assert cal.add_workdays_many(dates, 0) is not dates
    as_list = [dt.date(2026, 9, 28), dt.date(2026, 9, 30)]
    assert np.array_equal(cal.add_workdays_many(as_list, 5), np.array(["2026-10-10", "2026-10-13"],
                                                                       dtype="datetime64[D]"))
    assert np.array_equal(cal.add_workdays_many(dates.reshape(3, 1), 1).ravel(),
                          np.array(["2026-09-29", "2026-10-08", "2026-10-08"], dtype="datetime64[D]"))


def test_roll_forward_many_and_is_workday_many(cal: WorkCalendar) -> None:
    """The other batch questions equal their scalar forms elementwise."""
    dates = _random_dates(np.random.default_rng(7), 3000)
    rolled = cal.roll_forward_many(dates)
    assert [str(x) for x in rolled] == [cal.roll_forward(x.item()).isoformat() for x in dates]
    works = cal.is_workday_many(dates)
    assert works.dtype == np.bool_
    assert works.tolist() == [cal.is_workday(x.item()) for x in dates]


def test_add_workdays_many_coverage_errors(cal: WorkCalendar) -> None:
    """Outside coverage, NaT, or running past the end: CalendarCoverageError."""
    outside = np.array(["2026-10-01", "2027-01-04"], dtype="datetime64[D]")
    with pytest.raises(CalendarCoverageError, match=r"dates\[1\]: 2027-01-04"):
        cal.add_workdays_many(outside, 1)
    with pytest.raises(CalendarCoverageError, match="2003-12-31"):
        cal.add_workdays_many(np.array(["2003-12-31"], dtype="datetime64[D]"), 1)
    with pytest.raises(CalendarCoverageError):
        cal.add_workdays_many(np.array(["NaT"], dtype="datetime64[D]"), 1)
    near_end = np.array(["2026-10-01", "2026-12-30"], dtype="datetime64[D]")
    with pytest.raises(CalendarCoverageError, match="2026-12-30"):
        cal.add_workdays_many(near_end, 2)
    with pytest.raises(CalendarCoverageError, match="2026-12-30"):
        cal.add_workdays_many(near_end, np.array([1, 2]))
    with pytest.raises(CalendarCoverageError):
        cal.add_workdays_many(near_end, np.array([1, 2**64 - 1], dtype=np.uint64))
    assert np.array_equal(cal.add_workdays_many(near_end, np.array([1, 0])),
                          np.array(["2026-10-08", "2026-12-30"], dtype="datetime64[D]"))


@pytest.mark.parametrize(
    ("dates", "shown"),
    [
        (np.array(["2026-10-01T09:00"], dtype="datetime64[s]"), "datetime64[s]"),
        (np.array(["2026-10-01"], dtype="datetime64[ns]"), "datetime64[ns]"),
        (np.array([20261001]), "int64"),
        ("not dates", "str"),
    ],
)
def test_add_workdays_many_rejects_other_arrays(cal: WorkCalendar, dates: object, shown: str) -> None:
    """Only datetime64[D] (or a sequence convertible to it): the local date must be chosen first."""
    with pytest.raises(InvalidType, match=r"datetime64\[D\]") as caught:
        cal.add_workdays_many(dates, 1)
    assert shown in str(caught.value)


def test_add_workdays_many_rejects_bad_counts(cal: WorkCalendar) -> None:
    """Counts must be integers ≥ 0."""
    dates = np.array(["2026-10-01"], dtype="datetime64[D]")
    with pytest.raises(InvalidType):
        cal.add_workdays_many(dates, 1.0)
    with pytest.raises(InvalidType):
        cal.add_workdays_many(dates, np.array([True]))
    with pytest.raises(InvalidValue):
        cal.add_workdays_many(dates, np.array([-1]))


def test_batch_without_numpy_raises_missing_dependency(
    cal: WorkCalendar, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without numpy the batch API says how to install the extra."""
    dates = np.array(["2026-10-01"], dtype="datetime64[D]")
    monkeypatch.setitem(sys.modules, "numpy", None)
    for call in (lambda: cal.add_workdays_many(dates, 1), lambda: cal.roll_forward_many(dates),
                 lambda: cal.is_workday_many(dates)):
        with pytest.raises(MissingDependency) as caught:
            call()
        assert "pip install 'officeflow[numpy]'" in str(caught.value)
        assert isinstance(caught.value, ImportError)
        assert isinstance(caught.value, OfficeflowError)
    assert cal.add_workdays(d("2026-09-30"), 1) == d("2026-10-08")  # scalar API needs no numpy


# -- the user documentation ------------------------------------------------------------------------


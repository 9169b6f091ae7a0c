"""Calendar layers (放假安排的层): the yearly notice, its amendments, and users' own arrangements.

A :class:`Layer` names days and says whether each is worked. A *yearly notice* layer also covers
its year: every day of that year it does not name is an ordinary day (Monday–Friday worked,
Saturday and Sunday rest). A calendar stacks layers; for each day the **last layer that names it
decides**, and only the days a layer names are affected by it. Days of a year no layer covers are
outside coverage.

Dates in layer definitions may be ``datetime.date`` values, ``(first, last)`` pairs, or text:
``"10-01"`` (in the layer's year), ``"2025-12-31"``, ranges ``"10-01..10-07"`` and lists
``"04-05, 04-07"``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TypeAlias

import attrs

from officeflow.calendar.kinds import Holiday
from officeflow.calendar.law import law_for
from officeflow.citation import Citation
from officeflow.errors import CalendarDataError, InvalidType, InvalidValue

DaySpec: TypeAlias = str | _dt.date | tuple[_dt.date, _dt.date]
"""One or more days: text (``"10-01..10-07"``), a date, or a (first, last) pair of dates."""


@attrs.frozen(slots=True)
class DayRule:
    """What a layer says of one day: worked or not, for which holiday, and (for regional
    layers) whether it is a statutory holiday; ``statutory=None`` leaves that to the law."""

    works: bool
    holiday: str | None = None
    statutory: bool | None = None


@attrs.frozen(slots=True)
class Layer:
    """One source of working-day facts, with its citation.

    ``years`` are the years the layer covers completely (a State Council yearly notice covers
    one); ``festivals`` the festival dates of that year, from which the holiday law derives the
    statutory holidays; ``days`` the days it names explicitly, in date order.
    """

    name: str
    source: Citation
    days: tuple[tuple[_dt.date, DayRule], ...]
    years: tuple[int, ...] = ()
    festivals: tuple[tuple[Holiday, _dt.date], ...] = ()

    def __repr__(self) -> str:
        return f"<Layer {self.name!r}: {len(self.days)} named days, years {list(self.years)}>"

    def named(self) -> dict[_dt.date, DayRule]:
        return dict(self.days)


@attrs.frozen(slots=True)
class Run:
    """One holiday of a yearly notice: its rest days and the make-up working days (调休上班)."""

    holiday: Holiday | str
    rest: DaySpec | Sequence[DaySpec]
    work: DaySpec | Sequence[DaySpec] = ()

    @property
    def label(self) -> str:
        return self.holiday.chinese if isinstance(self.holiday, Holiday) else self.holiday


def year_notice(
    year: int,
    *runs: Run,
    festivals: Mapping[Holiday, DaySpec] | None = None,
    number: str | None = None,
    issued: DaySpec | None = None,
    title: str | None = None,
    url: str | None = None,
    name: str | None = None,
    note: str = "",
) -> Layer:
    """The layer for a State Council yearly arrangement (国务院办公厅关于 YYYY 年部分节假日安排的通知).

    Every make-up working day must be a Saturday or Sunday, and every statutory holiday of the law
    in force (computed from ``festivals``) must be a rest day of the notice; otherwise
    :class:`CalendarDataError` says which day contradicts which.
    """
    if not isinstance(year, int) or isinstance(year, bool):
        raise InvalidType("year", year, "an int such as 2027")
    title = title or f"国务院办公厅关于{year}年部分节假日安排的通知"
    source = Citation(title, number=number, issued=_one_day(issued, year, "issued") if issued else None,
                      url=url, note=note)
    fest = tuple(sorted(((h, _one_day(d, year, f"festivals[{h.name}]")) for h, d in
                         (festivals or {}).items()), key=lambda item: item[1]))
    days = _named_days(runs, year, f"notice {year}")
    for day, rule in days.items():
        if rule.works and day.weekday() < 5:
            raise CalendarDataError(f"notice {year}: make-up working day", day.isoformat(),
                                    "a Saturday or Sunday (a weekday is worked anyway)")
    _check_statutory(year, dict(fest), days)
    return Layer(name or f"notice-{year}", source, tuple(sorted(days.items())), (year,), fest)


def adjustments(
    name: str,
    *,
    rest: DaySpec | Sequence[DaySpec] = (),
    work: DaySpec | Sequence[DaySpec] = (),
    holiday: str | None = None,
    statutory: bool | None = None,
    source: Citation | str | None = None,
    year: int | None = None,
) -> Layer:
    """A layer naming only some days: an amendment notice, a regional arrangement, or an agency's
    own closure days (机关自行安排). ``year`` is the year for month-day text such as ``"05-04"``.

    >>> adjustments("agency closure", rest="2026-12-31", holiday="机关搬迁").name
    'agency closure'
    """
    if not isinstance(name, str) or not name:
        raise InvalidValue("name", name, "a non-empty str naming the layer")
    citation = source if isinstance(source, Citation) else Citation(source or name)
    days: dict[_dt.date, DayRule] = {}
    for spec, works in ((rest, False), (work, True)):
        for day in expand(spec, year, name):
            if day in days:
                raise CalendarDataError(f"{name}: day", day.isoformat(), "named once, as rest or work")
            days[day] = DayRule(works, holiday, statutory if not works else None)
    return Layer(name, citation, tuple(sorted(days.items())))


def amendment(year: int, *runs: Run, number: str | None, issued: str, title: str,
              name: str) -> Layer:
    """An in-year amendment of a yearly notice: names only the days it changes."""
    days = _named_days(runs, year, name)
    source = Citation(title, number=number, issued=_one_day(issued, year, "issued"))
    return Layer(name, source, tuple(sorted(days.items())))


def _named_days(runs: Iterable[Run], year: int, where: str) -> dict[_dt.date, DayRule]:
    days: dict[_dt.date, DayRule] = {}
    for run in runs:
        for spec, works in ((run.rest, False), (run.work, True)):
            for day in expand(spec, year, where):
                if day in days:
                    raise CalendarDataError(f"{where}: day", day.isoformat(), "named by one run only")
                days[day] = DayRule(works, run.label)
    return days


def _check_statutory(year: int, festivals: dict[Holiday, _dt.date],
                     days: Mapping[_dt.date, DayRule]) -> None:
    law = law_for(year)
    if law is None:
        return
    missing = sorted(h.chinese for h in law.from_festival if h not in festivals)
    if missing:
        raise CalendarDataError(f"notice {year}: festivals", sorted(h.name for h in festivals),
                                f"the festival dates {law.citation.version} needs: "
                                + ", ".join(missing))
    for day, holidays in law.statutory_days(year, festivals).items():
        rule = days.get(day)
        if rule is None or rule.works:
            names = "、".join(h.chinese for h in holidays)
            raise CalendarDataError(f"notice {year}: statutory holiday {names}", day.isoformat(),
                                    "a rest day of the notice (the law makes it a holiday)")


def expand(spec: DaySpec | Sequence[DaySpec], year: int | None, where: str) -> Iterator[_dt.date]:
    """Every date a day specification names, in order."""
    if isinstance(spec, str):
        for part in spec.split(","):
            if part.strip():
                yield from _expand_text(part.strip(), year, where)
    elif isinstance(spec, _dt.date):
        yield _plain(spec)
    elif (isinstance(spec, tuple) and len(spec) == 2
          and all(isinstance(x, _dt.date) for x in spec)):
        yield from _range(_plain(spec[0]), _plain(spec[1]), where)  # type: ignore[arg-type]
    elif isinstance(spec, Sequence):
        for item in spec:
            yield from expand(item, year, where)
    else:
        raise InvalidType(f"{where}: days", spec,
                          "text like '10-01..10-07', a date, a (first, last) pair, or a list of those")


def _expand_text(text: str, year: int | None, where: str) -> Iterator[_dt.date]:
    first, sep, last = text.partition("..")
    start = _one_day(first.strip(), year, where)
    if not sep:
        yield start
        return
    yield from _range(start, _one_day(last.strip(), year, where), where)


def _range(start: _dt.date, end: _dt.date, where: str) -> Iterator[_dt.date]:
    if end < start:
        raise InvalidValue(f"{where}: range", f"{start}..{end}", "a range whose end is not before its start")
    for offset in range((end - start).days + 1):
        yield start + _dt.timedelta(days=offset)


def _one_day(spec: DaySpec, year: int | None, where: str) -> _dt.date:
    if isinstance(spec, _dt.datetime):
        raise InvalidType(where, spec, "a date, not a datetime")
    if isinstance(spec, _dt.date):
        return _plain(spec)
    if not isinstance(spec, str):
        raise InvalidType(where, spec, "a date or text 'MM-DD' / 'YYYY-MM-DD'")
    parts = spec.split("-")
    try:
        if len(parts) == 3:
            return _dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2 and year is not None:
            return _dt.date(year, int(parts[0]), int(parts[1]))
    except ValueError:
        pass
    allowed = "'YYYY-MM-DD'" + (" or 'MM-DD'" if year is not None else " (give year= for 'MM-DD')")
    raise InvalidValue(where, spec, f"a real calendar date as {allowed}")


def _plain(day: _dt.date) -> _dt.date:
    return _dt.date(day.year, day.month, day.day)

"""Readable views of the calendar for people and for Jupyter: the counting trace behind
``add_workdays`` and month / year grids marking rest days and make-up working days (调休上班)."""

from __future__ import annotations

import calendar as _stdcal
import datetime as _dt
import html
from collections.abc import Iterator

import attrs
import pendulum

from officeflow._display import html_table, text_table
from officeflow.calendar.kinds import DayKind
from officeflow.calendar.workcalendar import DayInfo, WorkCalendar
from officeflow.dates import to_date
from officeflow.errors import InvalidValue


@attrs.frozen(slots=True)
class Step:
    """One day of a counting trace: counted as working day ``count``, or skipped."""

    date: pendulum.Date
    counted: bool
    count: int
    kind: DayKind
    why: str


@attrs.frozen(slots=True)
class Trace:
    """How ``add_workdays(start, n)`` reached ``result``, day by day."""

    start: pendulum.Date
    n: int
    result: pendulum.Date
    steps: tuple[Step, ...]

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def _rows(self) -> list[tuple[str, str, str, str]]:
        return [(str(s.date), s.date.format("ddd"), str(s.count) if s.counted else "—", s.why)
                for s in self.steps]

    def __str__(self) -> str:
        head = (f"{self.n} working days after {self.start} (start day not counted) "
                f"→ {self.result}")
        return head + "\n" + text_table(("date", "day", "count", "why"), self._rows())

    def _repr_html_(self) -> str:
        styles = ["" if s.counted else "color:#a33" for s in self.steps]
        caption = (f"{self.n} working days after {self.start} (start day not counted) → "
                   f"{self.result}")
        return html_table(("date", "day", "count", "why"), self._rows(), caption, styles)


def _why(info: DayInfo, counted: bool, count: int, n: int) -> str:
    about = f" ({info.holiday})" if info.holiday else ""
    if counted:
        if info.kind is DayKind.MAKEUP_WORKDAY:
            return f"counted {count}/{n}: make-up working day{about}, {info.layer}"
        return f"counted {count}/{n}: working day"
    return f"skipped: {info.kind.english}{about}, {info.layer}"


def explain(calendar: WorkCalendar, start: _dt.date, n: int) -> Trace:
    result = calendar.add_workdays(start, n)  # validates start, n and coverage
    first = to_date(start, "d")
    steps: list[Step] = []
    count = 0
    day = first.add(days=1)
    while count < n:
        info = calendar.day_kind(day)
        if info.works:
            count += 1
        steps.append(Step(day, info.works, count, info.kind, _why(info, info.works, count, n)))
        day = day.add(days=1)
    return Trace(first, n, result, tuple(steps))


_MARK = {
    DayKind.WORKDAY: ("", ""),
    DayKind.WEEKEND: ("休", "background:#f3f3f3;color:#888"),
    DayKind.STATUTORY_HOLIDAY: ("法", "background:#f8d7da;color:#842029;font-weight:bold"),
    DayKind.ARRANGED_REST: ("休", "background:#fde2c8;color:#8a4b08"),
    DayKind.MAKEUP_WORKDAY: ("班", "background:#cfe2ff;color:#084298;font-weight:bold"),
}


@attrs.frozen(slots=True)
class MonthView:
    """One month of the calendar: 法 statutory holiday, 休 rest day, 班 make-up working day."""

    calendar: WorkCalendar
    year: int
    month: int

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.month, int) or not 1 <= self.month <= 12:
            raise InvalidValue("month", self.month, "an int from 1 to 12")

    @property
    def days(self) -> tuple[DayInfo, ...]:
        last = _stdcal.monthrange(self.year, self.month)[1]
        return tuple(self.calendar.days(_dt.date(self.year, self.month, 1),
                                        _dt.date(self.year, self.month, last)))

    def _weeks(self) -> list[list[DayInfo | None]]:
        days = self.days
        cells: list[DayInfo | None] = [None] * days[0].date.weekday() + list(days)
        cells += [None] * (-len(cells) % 7)
        return [cells[i:i + 7] for i in range(0, len(cells), 7)]

    def __str__(self) -> str:
        lines = [f"{self.year}-{self.month:02d}".center(34), " Mo   Tu   We   Th   Fr   Sa   Su"]
        for week in self._weeks():
            cells = []
            for info in week:
                if info is None:
                    cells.append("    ")
                else:
                    mark = _MARK[info.kind][0] or "  "
                    cells.append(f"{info.date.day:2d}{mark}" if _MARK[info.kind][0]
                                 else f"{info.date.day:2d}  ")
            lines.append(" ".join(cells).rstrip())
        lines.append("法 statutory holiday  休 rest day  班 make-up working day")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        rows = []
        for week in self._weeks():
            tds = []
            for info in week:
                if info is None:
                    tds.append("<td></td>")
                    continue
                mark, style = _MARK[info.kind]
                title = html.escape(str(info))
                label = f"<sup>{mark}</sup>" if mark else ""
                tds.append(f'<td style="text-align:center;{style}" title="{title}">'
                           f"{info.date.day}{label}</td>")
            rows.append("<tr>" + "".join(tds) + "</tr>")
        head = "".join(f"<th>{d}</th>" for d in ("一", "二", "三", "四", "五", "六", "日"))
        return (f"<table><caption>{self.year}年{self.month}月</caption><thead><tr>{head}</tr>"
                f"</thead><tbody>{''.join(rows)}</tbody></table>")


@attrs.frozen(slots=True)
class YearView:
    """Twelve month views side by side."""

    calendar: WorkCalendar
    year: int

    @property
    def months(self) -> tuple[MonthView, ...]:
        return tuple(MonthView(self.calendar, self.year, m) for m in range(1, 13))

    def __str__(self) -> str:
        return "\n\n".join(map(str, self.months))

    def _repr_html_(self) -> str:
        cells = "".join(f'<div style="display:inline-block;vertical-align:top;margin:4px">'
                        f"{m._repr_html_()}</div>" for m in self.months)
        legend = ("<p>法 statutory holiday · 休 rest day · 班 make-up working day "
                  "(hover a day for its source)</p>")
        return f"<div><h4>{self.year}</h4>{cells}{legend}</div>"

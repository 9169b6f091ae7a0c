"""The working-day calendar (工作日历): an immutable value answering which days an office works.

A :class:`WorkCalendar` is built from layers (``layers.py``): the State Council's yearly notices,
their amendments and any arrangements a user adds. On construction it precomputes, once, a
cumulative count of working days over the covered range; afterwards every question —
``is_workday``, ``add_workdays``, ``workdays_between``, ``roll_forward`` — is index arithmetic,
O(1) in the length of the period.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import pendulum

from officeflow.calendar.kinds import DayKind, Holiday
from officeflow.calendar.law import law_for
from officeflow.calendar.layers import DayRule, Layer
from officeflow.citation import Citation
from officeflow.dates import ordinal, to_date
from officeflow.errors import CalendarCoverageError, CalendarDataError, InvalidType, InvalidValue

if TYPE_CHECKING:
    from officeflow.calendar.views import MonthView, Trace, YearView


@attrs.frozen(slots=True)
class Coverage:
    """The first and last dates a calendar has official data for (both included)."""

    first: pendulum.Date
    last: pendulum.Date

    @property
    def years(self) -> range:
        return range(self.first.year, self.last.year + 1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, _dt.date) and self.first <= to_date(day) <= self.last

    def __str__(self) -> str:
        return f"{self.first} to {self.last}, years {self.first.year}–{self.last.year}"


@attrs.frozen(slots=True)
class DayInfo:
    """Everything the calendar knows about one day, and who decided it."""

    date: pendulum.Date
    kind: DayKind
    holiday: str | None
    statutory: tuple[str, ...]
    layer: str
    source: Citation

    @property
    def works(self) -> bool:
        return self.kind.works

    def __str__(self) -> str:
        about = f" ({self.holiday})" if self.holiday else ""
        return f"{self.date} {self.date.format('ddd')}: {self.kind.english}{about} — {self.layer}"


@attrs.frozen(slots=True)
class Override:
    """A day named by two layers: ``winner`` (the later one) decides; ``loser`` is overridden."""

    date: pendulum.Date
    winner: str
    loser: str
    works_before: bool
    works_after: bool


def _as_layers(layers: Iterable[Layer]) -> tuple[Layer, ...]:
    return tuple(layers)


@attrs.frozen(slots=True, repr=False)
class WorkCalendar:
    """Which days an office works, from stacked layers; immutable, with O(1) queries.

    Build one with :func:`officeflow.calendar.china` and extend it with :meth:`with_layers`.
    """

    layers: tuple[Layer, ...] = attrs.field(converter=_as_layers)
    _first: int = attrs.field(init=False, eq=False)
    _size: int = attrs.field(init=False, eq=False)
    _works: bytes = attrs.field(init=False, eq=False)
    _cum: list[int] = attrs.field(init=False, eq=False)
    _workdays: list[int] = attrs.field(init=False, eq=False)
    _dates: list[pendulum.Date] = attrs.field(init=False, eq=False)
    _workday_dates: list[pendulum.Date] = attrs.field(init=False, eq=False)
    _decider: list[int] = attrs.field(init=False, eq=False)
    _rules: dict[int, DayRule] = attrs.field(init=False, eq=False)
    _statutory: dict[int, tuple[str, ...]] = attrs.field(init=False, eq=False)
    _overrides: tuple[Override, ...] = attrs.field(init=False, eq=False)
    _cache: dict[str, Any] = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        _build(self)

    # -- the questions -------------------------------------------------------------------------

    @property
    def coverage(self) -> Coverage:
        """First and last covered dates."""
        return Coverage(self._dates[0], self._dates[-1])

    def is_workday(self, d: _dt.date) -> bool:
        """True if ``d`` is a working day (工作日), make-up working days included."""
        return self._works[self._index(d, "d")] == 1

    def add_workdays(self, d: _dt.date, n: int) -> pendulum.Date:
        """The ``n``-th working day after ``d`` (``d`` itself not counted); ``n = 0`` gives ``d``."""
        i = self._index(d, "d")
        if type(n) is not int or n < 0:
            _check_count(n, "n")
        if n == 0:
            return self._dates[i]
        k = self._cum[i + 1] + n - 1
        if k >= len(self._workdays):
            raise self._past_end(d, n)
        return self._workday_dates[k]

    def subtract_workdays(self, d: _dt.date, n: int) -> pendulum.Date:
        """The ``n``-th working day before ``d`` (``d`` not counted): counting a period back."""
        i = self._index(d, "d")
        if type(n) is not int or n < 0:
            _check_count(n, "n")
        if n == 0:
            return self._dates[i]
        k = self._cum[i] - n
        if k < 0:
            raise CalendarCoverageError(
                "n", f"the {n}th working day before {self._dates[i]}", str(self.coverage),
                _ADD_HINT)
        return self._workday_dates[k]

    def workdays_between(self, a: _dt.date, b: _dt.date) -> int:
        """Working days in (a, b]; negative if ``b`` is before ``a``."""
        return self._cum[self._index(b, "b") + 1] - self._cum[self._index(a, "a") + 1]

    def roll_forward(self, d: _dt.date) -> pendulum.Date:
        """``d`` if it is a working day, else the next working day."""
        return self._rolled(self._index(d, "d"), d, 0, "working day on or after day")

    def date_of(self, d: _dt.date, field: str = "d") -> pendulum.Date:
        """``d``'s local date as the calendar's own shared ``pendulum.Date`` (no new object);
        a date outside coverage raises, naming ``field``."""
        return self._dates[self._index(d, field)]

    def roll_forward_days(self, d: _dt.date, days: int) -> pendulum.Date:
        """``roll_forward(d + days)``: the end of a period of natural days (日) from ``d``."""
        i = self._index(d, "d")
        if type(days) is not int:
            _check_count(days, "days")
        j = i + days
        if not 0 <= j < self._size:
            raise self._past_end(d, days, "natural day")
        return self._rolled(j, d, days, "working day on or after natural day")

    def roll_forward_months(self, d: _dt.date, months: int) -> pendulum.Date:
        """The end of a period of ``months`` months from ``d`` (月): the same day-number, or that
        month's last day (民法典 art. 202), rolled forward to a working day."""
        i = self._index(d, "d")
        if type(months) is not int:
            _check_count(months, "months")
        month_index, first_day = self._month_tables()
        target = month_index[i] + months
        if not 0 <= target < len(first_day) - 1:
            raise self._past_end(d, months, "month")
        day = min(self._dates[i].day, first_day[target + 1] - first_day[target])
        return self._rolled(first_day[target] + day - 1, d, months, "working day after month")

    def _rolled(self, j: int, d: Any, n: int, what: str) -> pendulum.Date:
        """The day at index ``j`` if worked, else the next working day (coverage checked)."""
        if self._works[j]:
            return self._dates[j]
        k = self._cum[j + 1]
        if k >= len(self._workdays):
            raise self._past_end(d, n, what)
        return self._workday_dates[k]

    def _month_tables(self) -> tuple[list[int], list[int]]:
        """Per day, its month's number in coverage; per month, the index of its first day (one
        extra entry closing the last month). Built once per calendar, on first use."""
        tables = self._cache.get("months")
        if tables is None:
            first_year = self._dates[0].year
            month_index = [(d.year - first_year) * 12 + d.month - 1 for d in self._dates]
            first_day = [i for i, d in enumerate(self._dates) if d.day == 1] + [self._size]
            tables = self._cache["months"] = (month_index, first_day)
        return tables

    def roll_backward(self, d: _dt.date) -> pendulum.Date:
        """``d`` if it is a working day, else the last working day before it."""
        i = self._index(d, "d")
        if self._works[i]:
            return self._dates[i]
        return self.subtract_workdays(d, 1)

    def day_kind(self, d: _dt.date) -> DayInfo:
        """What ``d`` is — workday, weekend, statutory holiday, arranged rest day or make-up
        workday — with the holiday's name and the layer (and notice) that decided it."""
        i = self._index(d, "d")
        o = self._first + i
        rule = self._rules.get(o)
        statutory = self._statutory.get(o, ())
        works = self._works[i] == 1
        kind = DayKind.of(works, (o - 1) % 7 >= 5, bool(statutory))
        layer = self.layers[self._decider[i]]
        holiday = rule.holiday if rule else ("、".join(statutory) if statutory and not works else None)
        return DayInfo(self._dates[i], kind, holiday, statutory, layer.name, layer.source)

    def decided_by(self, d: _dt.date) -> Layer:
        """The layer that decided ``d``: the last one naming it, else its year's notice."""
        return self.layers[self._decider[self._index(d, "d")]]

    def overrides(self) -> tuple[Override, ...]:
        """Every day a later layer names after an earlier one did, with both layers' names."""
        return self._overrides

    def days(self, first: _dt.date, last: _dt.date) -> Iterator[DayInfo]:
        """Every day from ``first`` to ``last`` (both included) as :class:`DayInfo`."""
        start, end = self._index(first, "first"), self._index(last, "last")
        for i in range(start, end + 1):
            yield self.day_kind(self._dates[i])

    # -- building new calendars ----------------------------------------------------------------

    def with_layers(self, *layers: Layer) -> WorkCalendar:
        """A new calendar with ``layers`` stacked on top (they win for the days they name)."""
        return WorkCalendar(self.layers + layers)

    def without_layer(self, name: str) -> WorkCalendar:
        """A new calendar without the layer called ``name``."""
        names = [layer.name for layer in self.layers]
        if name not in names:
            from officeflow.errors import UnknownName

            raise UnknownName("name", name, names, "layers")
        return WorkCalendar(tuple(layer for layer in self.layers if layer.name != name))

    # -- explanation and views -----------------------------------------------------------------

    def explain(self, d: _dt.date, n: int) -> Trace:
        """The day-by-day trace behind ``add_workdays(d, n)``: each day counted or skipped, and why."""
        from officeflow.calendar.views import explain

        return explain(self, d, n)

    def month_view(self, year: int, month: int) -> MonthView:
        """A month as a grid marking rest days and make-up working days (HTML in Jupyter)."""
        from officeflow.calendar.views import MonthView

        return MonthView(self, year, month)

    def year_view(self, year: int) -> YearView:
        """The twelve months of ``year`` (HTML in Jupyter)."""
        from officeflow.calendar.views import YearView

        return YearView(self, year)

    # -- batch ---------------------------------------------------------------------------------

    def add_workdays_many(self, dates: Any, n: Any) -> Any:
        """``add_workdays`` over a numpy ``datetime64[D]`` array; ``n`` an int or an int array.
        Needs the ``numpy`` extra."""
        from officeflow.calendar.batch import add_workdays_many

        return add_workdays_many(self, dates, n)

    def roll_forward_many(self, dates: Any) -> Any:
        """``roll_forward`` over a numpy ``datetime64[D]`` array. Needs the ``numpy`` extra."""
        from officeflow.calendar.batch import roll_forward_many

        return roll_forward_many(self, dates)

    def is_workday_many(self, dates: Any) -> Any:
        """``is_workday`` over a numpy ``datetime64[D]`` array, as a bool array."""
        from officeflow.calendar.batch import is_workday_many

        return is_workday_many(self, dates)

    # -- representation ------------------------------------------------------------------------

    def __repr__(self) -> str:
        return (f"<WorkCalendar {self.coverage}: {len(self.layers)} layers, "
                f"{len(self._workdays)} working days>")

    def _repr_html_(self) -> str:
        from officeflow._display import html_table

        rows = [(layer.name, str(layer.source), ", ".join(map(str, layer.years)) or "—",
                 len(layer.days)) for layer in self.layers]
        return html_table(("layer", "source", "covers years", "named days"), rows,
                          caption=f"WorkCalendar — coverage {self.coverage}")

    # -- internals -----------------------------------------------------------------------------

    def _index(self, d: Any, field: str) -> int:
        i = ordinal(d, field) - self._first
        if 0 <= i < self._size:
            return i
        raise CalendarCoverageError(field, to_date(d, field), str(self.coverage),
                                    _hint_for(to_date(d, field).year))

    def _past_end(self, d: Any, n: int, what: str = "working day") -> CalendarCoverageError:
        return CalendarCoverageError(
            "n", f"the {what} {n} after {to_date(d)}", str(self.coverage),
            f"It falls after {self.coverage.last}. " + _hint_for(self.coverage.last.year + 1))

    def _batch_arrays(self) -> dict[str, Any]:
        return self._cache


_ADD_HINT = ("officeflow never guesses a year: add the State Council notice for it with "
             "calendar.with_layers(year_notice(...)) — see docs/calendar.md.")


def _hint_for(year: int) -> str:
    return (f"No official arrangement for {year} is loaded; officeflow never guesses one. "
            f"When the State Council publishes it, add it with "
            f"calendar.with_layers(year_notice({year}, ...)) — see docs/calendar.md.")


def _check_count(n: Any, field: str) -> None:
    import operator

    if isinstance(n, bool) or not hasattr(n, "__index__"):
        raise InvalidType(field, n, "an int ≥ 0 (a number of working days)")
    if operator.index(n) < 0:
        raise InvalidValue(field, n, "an int ≥ 0; use subtract_workdays to count backwards")


def _build(cal: WorkCalendar) -> None:
    """Resolve every covered day once, then precompute the cumulative working-day index."""
    layers = cal.layers
    owner = _year_owners(layers)
    first = _dt.date(min(owner), 1, 1).toordinal()
    size = _dt.date(max(owner), 12, 31).toordinal() - first + 1
    decider = [owner[_dt.date.fromordinal(first + i).year] for i in range(size)]
    rules, overrides = _named_rules(layers, first, size, decider)
    works = bytes(
        (rules[first + i].works if first + i in rules else (first + i - 1) % 7 < 5) for i in range(size)
    )
    cum = [0, *itertools.accumulate(works)]
    workdays = [first + i for i in range(size) if works[i]]
    dates = [pendulum.Date.fromordinal(first + i) for i in range(size)]
    for name, value in (
        ("_first", first), ("_size", size), ("_works", works), ("_cum", cum), ("_workdays", workdays),
        ("_dates", dates), ("_workday_dates", [dates[o - first] for o in workdays]),
        ("_decider", decider), ("_rules", rules), ("_statutory", _statutory_days(layers, owner, rules)),
        ("_overrides", tuple(overrides)), ("_cache", {}),
    ):
        object.__setattr__(cal, name, value)


def _year_owners(layers: Sequence[Layer]) -> dict[int, int]:
    """For each covered year, the index of the last layer covering it; years must be contiguous."""
    for layer in layers:
        if not isinstance(layer, Layer):
            raise InvalidType("layers", layer, "Layer values (see officeflow.calendar.year_notice)")
    names = [layer.name for layer in layers]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise CalendarDataError("layers", duplicated, "layers with distinct names")
    owner = {year: index for index, layer in enumerate(layers) for year in layer.years}
    if not owner:
        raise CalendarDataError("layers", names, "at least one yearly notice (a layer with years)")
    gaps = sorted(set(range(min(owner), max(owner) + 1)) - set(owner))
    if gaps:
        raise CalendarDataError("layers", sorted(owner), "contiguous years",
                                f"Years {gaps} have no notice; add them first.")
    return owner


def _named_rules(
    layers: Sequence[Layer], first: int, size: int, decider: list[int]
) -> tuple[dict[int, DayRule], list[Override]]:
    """Apply the layers in order: the last layer naming a day decides it (``decider`` updated)."""
    rules: dict[int, DayRule] = {}
    overrides: list[Override] = []
    for index, layer in enumerate(layers):
        for day, rule in layer.days:
            o = day.toordinal()
            if not 0 <= o - first < size:
                continue
            previous = rules.get(o)
            if previous is not None:
                overrides.append(Override(pendulum.Date.fromordinal(o), layer.name,
                                          layers[decider[o - first]].name, previous.works, rule.works))
            rules[o] = rule
            decider[o - first] = index
    return rules, overrides


def _statutory_days(layers: Sequence[Layer], owner: dict[int, int],
                    rules: dict[int, DayRule]) -> dict[int, tuple[str, ...]]:
    """Statutory holidays: the law in force applied to each year's festival dates, then any
    regional layer's explicit statutory marks; a statutory day that a layer made a working day
    is not a holiday any more (the later layer decided)."""
    days: dict[int, tuple[str, ...]] = {}
    for year, index in owner.items():
        law = law_for(year)
        if law is None:
            continue
        festivals: dict[Holiday, _dt.date] = dict(layers[index].festivals)
        missing = [h.chinese for h in law.from_festival if h not in festivals]
        if missing:
            raise CalendarDataError(f"layer {layers[index].name!r}: festivals", sorted(
                h.name for h in festivals), "the festival dates the holiday law needs: "
                + ", ".join(missing), "Build yearly notices with year_notice(..., festivals=...).")
        for day, holidays in law.statutory_days(year, festivals).items():
            days[day.toordinal()] = tuple(h.chinese for h in holidays)
    for o, rule in rules.items():
        if rule.works or rule.statutory is False:
            days.pop(o, None)
        elif rule.statutory:
            days[o] = (*days.get(o, ()), rule.holiday or "statutory holiday")
    return days

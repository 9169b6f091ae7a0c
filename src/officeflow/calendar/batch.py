"""Batch calendar questions over numpy ``datetime64[D]`` arrays (needs the ``numpy`` extra).

The same cumulative working-day index as the scalar methods, used through numpy indexing, so a
whole caseload is answered in one vectorised step, make-up working days included.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from officeflow.errors import CalendarCoverageError, InvalidType, InvalidValue, MissingDependency

if TYPE_CHECKING:
    from officeflow.calendar.workcalendar import WorkCalendar

_UNIX_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


def require_numpy(feature: str) -> Any:
    try:
        import numpy
    except ImportError:  # pragma: no cover - exercised by the test that hides numpy
        raise MissingDependency(feature, "numpy", "numpy") from None
    return numpy


def _arrays(calendar: WorkCalendar) -> dict[str, Any]:
    np = require_numpy("batch calendar questions")
    cache = calendar._batch_arrays()
    if "cum" not in cache:
        cache["cum"] = np.asarray(calendar._cum, dtype=np.int64)
        cache["workdays"] = (np.asarray(calendar._workdays, dtype=np.int64)
                             - _UNIX_EPOCH_ORDINAL).astype("datetime64[D]")
        cache["works"] = np.frombuffer(calendar._works, dtype=np.uint8).astype(bool)
        dates = calendar._dates
        cache["month"] = np.array([(d.year - dates[0].year) * 12 + d.month - 1 for d in dates], np.int64)
        cache["dom"] = np.array([d.day for d in dates], np.int64)
        starts = np.flatnonzero(cache["dom"] == 1)
        cache["month_first"] = starts
        cache["month_len"] = np.diff(np.append(starts, len(dates)))
    return cache


def _positions(calendar: WorkCalendar, dates: Any, field: str) -> tuple[Any, Any]:
    """The array as datetime64[D] and each date's index in the calendar, coverage checked."""
    np = require_numpy("batch calendar questions")
    array = dates if isinstance(dates, np.ndarray) else _convert(np, dates, field)
    if array.dtype != np.dtype("datetime64[D]"):
        raise InvalidType(field, f"array of {array.dtype}", "a numpy datetime64[D] array",
                          "Convert with array.astype('datetime64[D]') after choosing the local date.")
    index = array.view(np.int64) + (_UNIX_EPOCH_ORDINAL - calendar._first)
    if index.size and int(index.min()) >= 0 and int(index.max()) < calendar._size:
        return array, index
    bad = (index < 0) | (index >= calendar._size)
    if bad.any():
        first_bad = array[np.argmax(bad)]
        raise CalendarCoverageError(f"{field}[{int(np.argmax(bad))}]", first_bad,
                                    str(calendar.coverage),
                                    "Every date must be covered (NaT is never covered).")
    return array, index


def _convert(np: Any, dates: Any, field: str) -> Any:
    try:
        return np.asarray(dates, dtype="datetime64[D]")
    except (TypeError, ValueError):
        raise InvalidType(field, dates, "a numpy datetime64[D] array or a sequence of dates") from None


def add_workdays_many(calendar: WorkCalendar, dates: Any, n: Any) -> Any:
    np = require_numpy("add_workdays_many")
    arrays = _arrays(calendar)
    array, index = _positions(calendar, dates, "dates")
    counts = np.asarray(n)
    if counts.dtype.kind not in "iu" or counts.dtype == np.bool_:
        raise InvalidType("n", n, "an int ≥ 0 or an integer array of them")
    if (counts < 0).any():
        raise InvalidValue("n", n, "counts ≥ 0")
    # As int64, capped just past the last working day: uint64 + int64 would give float indices,
    # and a count near 2**63 would overflow; either way such a count is past the end.
    counts = np.minimum(counts.astype(np.uint64), len(calendar._workdays) + 1).astype(np.int64)
    target = arrays["cum"][index + 1] + counts - 1
    too_far = target >= len(calendar._workdays)
    if too_far.any():
        where = int(np.argmax(too_far & np.broadcast_to(counts > 0, too_far.shape)))
        raise CalendarCoverageError("n", f"the working day after {array.flat[where]}",
                                    str(calendar.coverage), "It falls after the last covered date.")
    if counts.ndim == 0:
        return array.copy() if int(counts) == 0 else arrays["workdays"][target]
    result = arrays["workdays"][np.maximum(target, 0)]
    return np.where(counts == 0, array, result)


def roll_forward_many(calendar: WorkCalendar, dates: Any) -> Any:
    np = require_numpy("roll_forward_many")
    arrays = _arrays(calendar)
    array, index = _positions(calendar, dates, "dates")
    works = arrays["works"][index]
    target = arrays["cum"][index + 1]
    if (~works & (target >= len(calendar._workdays))).any():
        raise CalendarCoverageError("dates", "a rest day at the end of coverage",
                                    str(calendar.coverage), "The next working day is not covered.")
    nxt = arrays["workdays"][np.minimum(target, len(calendar._workdays) - 1)]
    return np.where(works, array, nxt)


def positions(calendar: WorkCalendar, dates: Any, field: str = "dates") -> Any:
    """Each date's index in the calendar (days since its first covered date), coverage checked."""
    return _positions(calendar, dates, field)[1]


def gather_workdays(calendar: WorkCalendar, index: Any, after: Any, plus: Any) -> Any:
    """``workdays[cum[index + after] + plus]`` as ``datetime64[D]``: the working day whose rank is
    the number of working days before day ``index + after``, plus ``plus``.

    The whole counting of periods is this one gather: ``roll_forward(i)`` is ``(0, 0)``; the
    n-th working day after ``i`` is ``(1, n - 1)``; the end of n natural days is ``(n, 0)``.
    """
    np = require_numpy("batch calendar questions")
    arrays = _arrays(calendar)
    where = index + after
    if where.size and (int(where.min()) < 0 or int(where.max()) > calendar._size):
        raise CalendarCoverageError("dates", "a period end", str(calendar.coverage),
                                    "It falls outside the covered dates.")
    rank = np.take(arrays["cum"], where)
    rank += plus
    if rank.size and int(rank.max()) >= len(calendar._workdays):
        raise CalendarCoverageError("dates", "a deadline", str(calendar.coverage),
                                    "It falls after the last covered working day.")
    return np.take(arrays["workdays"], rank)


def month_end_positions(calendar: WorkCalendar, index: Any, months: Any) -> Any:
    """Indexes of the days ``months`` after the days at ``index``: the same day-number, or the
    last day of the month when it has no such day (民法典 art. 202). Integer gathers only."""
    np = require_numpy("batch calendar questions")
    arrays = _arrays(calendar)
    target = np.take(arrays["month"], index) + months
    if target.size and (int(target.min()) < 0 or int(target.max()) >= len(arrays["month_first"])):
        raise CalendarCoverageError("dates", "a period of months", str(calendar.coverage),
                                    "It ends outside the covered dates.")
    day = np.minimum(np.take(arrays["dom"], index), np.take(arrays["month_len"], target))
    return np.take(arrays["month_first"], target) + day - 1


def is_workday_many(calendar: WorkCalendar, dates: Any) -> Any:
    arrays = _arrays(calendar)
    _, index = _positions(calendar, dates, "dates")
    return arrays["works"][index]

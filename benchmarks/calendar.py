"""Benchmark of the working-day calendar: ``python benchmarks/calendar.py`` (from the repo root).

Measured in one run, on the same random dates, with ``timeit`` (best of several repeats):

* scalar — ``china().add_workdays(d, 20)`` against ``holidays.China(...).get_nth_working_day(d, 20)``
  and ``chinese_calendar.find_workday(20, d)``; goal: at least 30× faster than ``holidays``;
* batch — ``add_workdays_many`` over 1,000,000 dates against ``numpy.busday_offset`` given an exact
  business-day calendar (weekmask ``1111111``, every rest day of 2004–2026 listed as a holiday,
  ``roll='backward'``); goal: at least as fast, with identical results. It also counts how many
  answers numpy's usual Mon–Fri weekmask gets wrong: it cannot express a make-up working day
  (调休上班) on a Saturday or Sunday.

Needs the test extra (numpy, holidays, chinesecalendar): ``pip install -e '.[test]'``.
This file is not a test module; pytest never collects it.
"""

from __future__ import annotations

import os
import sys

# Run as a script, this file's directory comes first on sys.path, and this file is called
# calendar.py: it would shadow the standard library's calendar module for everything imported
# below. Drop the directory before importing anything else.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import datetime as dt  # noqa: E402
import platform  # noqa: E402
import timeit  # noqa: E402
from collections.abc import Callable  # noqa: E402

import chinese_calendar  # noqa: E402
import holidays  # noqa: E402
import numpy as np  # noqa: E402

from officeflow.calendar import china  # noqa: E402

N_SCALAR = 3_000
N_BATCH = 1_000_000
STEP = 20
SEED = 20261001
FIRST = dt.date(2004, 1, 1)
LAST_START = dt.date(2026, 10, 31)  # + 20 working days stays inside coverage (to 2026-12-31)


def best_seconds(func: Callable[[], object], repeat: int, number: int = 1) -> float:
    """Best wall time of one call of ``func`` over ``repeat`` runs of ``number`` calls."""
    return min(timeit.repeat(func, repeat=repeat, number=number)) / number


def random_dates(rng: np.random.Generator, size: int) -> np.ndarray:
    lo = np.datetime64(FIRST, "D").astype(np.int64)
    hi = np.datetime64(LAST_START, "D").astype(np.int64)
    return rng.integers(lo, hi + 1, size=size).astype("datetime64[D]")


def row(name: str, value: str, ratio: str) -> str:
    return f"  {name:<68} {value:>11}  {ratio}"


def scalar_benchmark(rng: np.random.Generator) -> tuple[float, float, float]:
    cal = china()
    hol = holidays.China(years=range(2004, 2027))
    days = [d.item() for d in random_dates(rng, N_SCALAR)]

    ours = [cal.add_workdays(d, STEP) for d in days]
    theirs_h = [hol.get_nth_working_day(d, STEP) for d in days]
    theirs_c = [chinese_calendar.find_workday(STEP, d) for d in days]

    # holidays: same convention (start not counted); must agree on every date.
    wrong_h = sum(a != b for a, b in zip(ours, theirs_h, strict=True))
    # chinesecalendar: find_workday(n, d) first rolls d forward to a working day, then counts n,
    # i.e. add_workdays(roll_forward(d), n); compare on that question. Any difference comes from
    # its known error (2005-12-31 marked as a rest day).
    expected_c = [cal.add_workdays(cal.roll_forward(d), STEP) for d in days]
    wrong_c = [d for d, a, b in zip(days, expected_c, theirs_c, strict=True) if a != b]
    assert wrong_h == 0, f"holidays disagrees on {wrong_h} dates"
    assert all(dt.date(2005, 11, 1) <= d <= dt.date(2005, 12, 31) for d in wrong_c), wrong_c

    add = cal.add_workdays
    nth = hol.get_nth_working_day
    find = chinese_calendar.find_workday
    t_ours = best_seconds(lambda: [add(d, STEP) for d in days], repeat=7) / N_SCALAR
    t_hol = best_seconds(lambda: [nth(d, STEP) for d in days], repeat=3) / N_SCALAR
    t_cc = best_seconds(lambda: [find(STEP, d) for d in days], repeat=3) / N_SCALAR

    print(f"\nScalar: the {STEP}th working day after d, {N_SCALAR:,} random dates "
          f"{FIRST}..{LAST_START} (µs per call, best of repeats)")
    print(row("officeflow  china().add_workdays(d, 20)", f"{t_ours * 1e6:.3f} µs", "1×"))
    print(row("holidays    China(years=2004..2026).get_nth_working_day(d, 20)",
              f"{t_hol * 1e6:.2f} µs", f"officeflow {t_hol / t_ours:,.0f}× faster"))
    print(row("chinesecalendar  find_workday(20, d)", f"{t_cc * 1e6:.2f} µs",
              f"officeflow {t_cc / t_ours:,.0f}× faster"))
    print(f"  agreement: holidays {N_SCALAR - wrong_h:,}/{N_SCALAR:,}; chinesecalendar "
          f"{N_SCALAR - len(wrong_c):,}/{N_SCALAR:,} (differences only where its 2005-12-31 error "
          f"falls in the window: {len(wrong_c)})")
    goal = "met" if t_hol / t_ours >= 30 else "NOT met"
    print(f"  goal ≥30× faster than holidays: {goal}")
    return t_ours, t_hol, t_cc


def batch_benchmark(rng: np.random.Generator) -> tuple[float, float, float, int]:
    cal = china()
    dates = random_dates(rng, N_BATCH)
    covered = np.arange(np.datetime64(cal.coverage.first.isoformat(), "D"),
                        np.datetime64(cal.coverage.last.isoformat(), "D") + 1)
    rest = covered[~cal.is_workday_many(covered)]  # every rest day, weekends included
    exact = np.busdaycalendar(weekmask="1111111", holidays=rest)

    ours = cal.add_workdays_many(dates, STEP)  # also fills the calendar's numpy cache
    numpy_exact = np.busday_offset(dates, STEP, roll="backward", weekmask="1111111", holidays=rest)
    assert np.array_equal(ours, numpy_exact), "busday_offset with the exact calendar disagrees"
    assert np.array_equal(ours, np.busday_offset(dates, STEP, roll="backward", busdaycal=exact))

    # numpy's usual calendar: Mon–Fri weekmask and the weekday rest days as holidays. It cannot
    # make a Saturday or Sunday a working day, so windows with a make-up day come out wrong.
    weekday_rest = rest[np.is_busday(rest, weekmask="1111100")]
    monfri = np.busday_offset(dates, STEP, roll="backward", weekmask="1111100", holidays=weekday_rest)
    wrong = monfri != ours
    n_wrong = int(wrong.sum())

    t_ours = best_seconds(lambda: cal.add_workdays_many(dates, STEP), repeat=7)
    t_np = best_seconds(lambda: np.busday_offset(dates, STEP, roll="backward", weekmask="1111111",
                                                 holidays=rest), repeat=7)
    t_np_cal = best_seconds(lambda: np.busday_offset(dates, STEP, roll="backward", busdaycal=exact),
                            repeat=7)

    print(f"\nBatch: the {STEP}th working day after each of {N_BATCH:,} random dates "
          f"(ms per call, best of 7)")
    print(row("officeflow  add_workdays_many(dates, 20)", f"{t_ours * 1e3:.2f} ms", "1×"))
    print(row(f"numpy busday_offset(weekmask='1111111', holidays={len(rest):,} days)",
              f"{t_np * 1e3:.2f} ms", _ratio(t_np, t_ours)))
    print(row("numpy busday_offset(busdaycal=<same, prebuilt>)", f"{t_np_cal * 1e3:.2f} ms",
              _ratio(t_np_cal, t_ours)))
    print(f"  agreement with the exact business-day calendar: {N_BATCH:,}/{N_BATCH:,}")
    example = int(np.argmax(wrong)) if n_wrong else None
    print(f"  numpy Mon–Fri weekmask + holiday list: {n_wrong:,} of {N_BATCH:,} answers WRONG "
          f"({n_wrong / N_BATCH:.1%}) — make-up working days (调休上班) are not expressible")
    if example is not None:
        print(f"    e.g. d = {dates[example]}: officeflow {ours[example]}, "
              f"Mon–Fri busday_offset {monfri[example]}")
    goal = "met" if t_np_cal >= t_ours else "NOT met"
    print(f"  goal at least as fast as numpy.busday_offset (prebuilt calendar): {goal}")
    return t_ours, t_np, t_np_cal, n_wrong


def _ratio(theirs: float, ours: float) -> str:
    if theirs >= ours:
        return f"officeflow {theirs / ours:.1f}× faster"
    return f"officeflow {ours / theirs:.1f}× slower"


def main() -> None:
    print(f"officeflow calendar benchmark — Python {platform.python_version()}, numpy {np.__version__}, "
          f"holidays {holidays.__version__}, {platform.machine()}")
    rng = np.random.default_rng(SEED)
    t_ours, t_hol, t_cc = scalar_benchmark(rng)
    b_ours, b_np, b_np_cal, n_wrong = batch_benchmark(rng)
    print("\nSummary")
    print(f"  scalar: {t_ours * 1e6:.3f} µs/call; vs holidays {t_hol / t_ours:,.0f}×, "
          f"vs chinesecalendar {t_cc / t_ours:,.0f}×")
    print(f"  batch:  {b_ours * 1e9 / N_BATCH:.1f} ns/date; vs busday_offset {b_np / b_ours:.2f}× "
          f"(prebuilt calendar {b_np_cal / b_ours:.2f}×); Mon–Fri weekmask wrong on {n_wrong:,}")


if __name__ == "__main__":
    main()

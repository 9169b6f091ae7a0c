"""Benchmark of statutory due dates: ``python benchmarks/clocks.py`` (from the repo root).

Due dates for 1,000,000 (rule, start) pairs over a mix of catalogue rules — every forward rule
with a fixed amount: working days (wd), natural days (d) and months (m) — measured in one run,
on the same random starts (2004-01-01 … 2026-06-30), best of several repeats:

* scalar — a loop of ``rule.due(start)`` over the mix (and over each unit alone), against a bare
  ``china().add_workdays(d, 20)`` on the same starts; goal: scalar ``due`` within 3× of it. The
  scalar loops use ``N_SCALAR`` pairs and report the cost per item.
* batch — ``rules.due_many(ids, starts)`` on all 1,000,000 pairs, against the calendar's own
  ``add_workdays_many(starts, 20)`` on the same starts; goal: within 2× of it. Also shown: one
  rule's ``TimeLimit.due_many`` for each unit, the date arithmetic without grouping by rule id.

Every batch answer is checked against the scalar ``due`` on the scalar sample first.
Needs numpy (``pip install -e '.[test]'``). This file is not a test module; pytest never
collects it.
"""

from __future__ import annotations

import os
import sys

# Run as a script, this file's directory comes first on sys.path, and it holds calendar.py (the
# calendar benchmark), which would shadow the standard library's calendar module for everything
# imported below. Drop the directory before importing anything else.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import datetime as dt  # noqa: E402
import platform  # noqa: E402
import timeit  # noqa: E402
from collections.abc import Callable  # noqa: E402

import numpy as np  # noqa: E402

from officeflow import rules  # noqa: E402
from officeflow.calendar import china  # noqa: E402
from officeflow.rules import Direction, Unit  # noqa: E402

N_BATCH = 1_000_000
N_SCALAR = 200_000
REPEAT = 3
SEED = 20261008
FIRST = dt.date(2004, 1, 1)
LAST_START = dt.date(2026, 6, 30)  # + 90 days, 45 working days or 3 months stays covered
SCALAR_GOAL = 3.0
BATCH_GOAL = 2.0


def best_seconds(func: Callable[[], object], repeat: int = REPEAT) -> float:
    """Best wall time of one call of ``func`` over ``repeat`` runs."""
    return min(timeit.repeat(func, repeat=repeat, number=1))


def ns(seconds: float, items: int) -> str:
    return f"{seconds / items * 1e9:8.1f} ns/item"


def row(name: str, value: str, note: str = "") -> None:
    print(f"  {name:<62} {value}  {note}".rstrip())


def verdict(ratio: float, goal: float) -> str:
    return f"{ratio:5.2f}×  goal ≤ {goal:g}×: {'met' if ratio <= goal else 'NOT met'}"


def main() -> int:
    cal = china()
    rng = np.random.default_rng(SEED)
    mix = [r for r in rules.all() if r.direction is Direction.FORWARD and r.amount is not None]
    lo = np.datetime64(FIRST, "D").astype(np.int64)
    hi = np.datetime64(LAST_START, "D").astype(np.int64)
    starts = rng.integers(lo, hi + 1, size=N_BATCH).astype("datetime64[D]")
    which = rng.integers(0, len(mix), size=N_BATCH)
    ids = np.array([r.id for r in mix])[which]

    sample_rules = [mix[i] for i in which[:N_SCALAR]]
    sample_days = [d.item() for d in starts[:N_SCALAR]]  # datetime.date
    pairs = list(zip(sample_rules, sample_days, strict=True))

    # -- correctness first: batch == scalar on the sample ------------------------------------------
    scalar_answers = [rule.due(day) for rule, day in pairs]
    batch_answers = rules.due_many(ids, starts)
    expected = np.array([d.isoformat() for d in scalar_answers], dtype="datetime64[D]")
    if not np.array_equal(batch_answers[:N_SCALAR], expected):
        print("batch and scalar due dates differ", file=sys.stderr)
        return 1
    cal.add_workdays_many(starts[:10], 20)  # build the batch index once, outside the timings

    counts = {u: sum(r.unit is u for r in sample_rules) for u in Unit}
    print(f"officeflow due dates — Python {platform.python_version()}, numpy {np.__version__}, "
          f"{platform.machine()}")
    print(f"  mix: {len(mix)} catalogue rules; sample of {N_SCALAR:,}: "
          + ", ".join(f"{counts[u]:,} {u.code}" for u in Unit))

    # -- scalar ------------------------------------------------------------------------------------
    bare = best_seconds(lambda: [cal.add_workdays(d, 20) for d in sample_days])
    mixed = best_seconds(lambda: [rule.due(day) for rule, day in pairs])
    print(f"\nscalar ({N_SCALAR:,} items per loop)")
    row("china().add_workdays(d, 20)  [reference]", ns(bare, N_SCALAR))
    row("rule.due(start), mix of wd / d / m rules", ns(mixed, N_SCALAR), verdict(mixed / bare, SCALAR_GOAL))
    for unit, rule_id in ((Unit.WORKING_DAYS, "licensing.decision"), (Unit.NATURAL_DAYS, "petition.handling"),
                          (Unit.MONTHS, "suggestion.reply")):
        rule = rules.get(rule_id)
        one = best_seconds(lambda rule=rule: [rule.due(d) for d in sample_days])
        row(f"{rule_id}.due(start)  [{unit.code} only]", ns(one, N_SCALAR), verdict(one / bare, SCALAR_GOAL))

    # -- batch -------------------------------------------------------------------------------------
    reference = best_seconds(lambda: cal.add_workdays_many(starts, 20))
    per_item = rng.integers(1, 61, size=N_BATCH)
    reference_array = best_seconds(lambda: cal.add_workdays_many(starts, per_item))
    coded = rules.encode(ids)
    encoding = best_seconds(lambda: rules.encode(ids), repeat=1)
    batch = best_seconds(lambda: rules.due_many(coded, starts))
    by_ids = best_seconds(lambda: rules.due_many(ids, starts), repeat=1)
    print(f"\nbatch ({N_BATCH:,} items)")
    row("china().add_workdays_many(starts, 20)  [reference]", ns(reference, N_BATCH))
    row("china().add_workdays_many(starts, n per item)  [reference]", ns(reference_array, N_BATCH))
    row("rules.due_many(rules.encode(ids), starts), mix of wd / d / m", ns(batch, N_BATCH),
        verdict(batch / reference, BATCH_GOAL))
    row("  the same against the per-item-n reference", "", verdict(batch / reference_array, BATCH_GOAL))
    row("  rules.encode(ids), once per caseload (string ids → codes)", ns(encoding, N_BATCH))
    row("  rules.due_many(ids, starts), encoding included", ns(by_ids, N_BATCH))
    for unit, rule_id in ((Unit.WORKING_DAYS, "licensing.decision"), (Unit.NATURAL_DAYS, "petition.handling"),
                          (Unit.MONTHS, "suggestion.reply")):
        rule = rules.get(rule_id)
        one = best_seconds(lambda rule=rule: rule.due_many(starts))
        row(f"{rule_id}.due_many(starts)  [{unit.code} only]", ns(one, N_BATCH),
            verdict(one / reference, BATCH_GOAL))
    return 0


if __name__ == "__main__":
    sys.exit(main())

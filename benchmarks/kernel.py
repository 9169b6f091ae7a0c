"""Process kernel benchmark: open + 3 events per case, officeflow against its peers.

Run:  python3 benchmarks/kernel.py [n_cases]

Same petition process, same event sequence (register/open, accept, extend, answer), measured in
one run:

* officeflow — one shared ``transitions`` Machine per process (compiled table), immutable cases
  with history, payload validation and three statutory clocks;
* ``transitions`` — a Machine built per case (the usual way), state only;
* ``python-statemachine`` — a StateMachine instance per case, state only.

Prints µs per event (open counted as an event) and retained KiB per case (tracemalloc, cases kept
alive, garbage collector on), and the ratios. Goals (issue 4): ≤ 20 µs per event (stretch 5 µs),
≤ 4 KiB per case (stretch 1.5 KiB).
"""

from __future__ import annotations

import os
import sys

# benchmarks/calendar.py would shadow the standard library's calendar module: drop this folder.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import gc  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from collections.abc import Callable  # noqa: E402
from typing import Any  # noqa: E402

import pendulum  # noqa: E402

from officeflow.actors import Actor  # noqa: E402
from officeflow.processes import petition  # noqa: E402

OFFICER = Actor("王芳", "信访办", roles={"petition_officer"})
HEAD = Actor("李局长", "局领导", roles={"organ_head"})
T0 = pendulum.datetime(2026, 3, 2, 9, tz="Asia/Shanghai")
TIMES = [T0.add(days=i, hours=i) for i in range(4)]
EVENTS_PER_CASE = 4


def officeflow_case(i: int) -> Any:
    case = petition.PROCESS.open(f"XF-{i}", at=TIMES[0], by=OFFICER, channel="letter",
                                 petitioner="张三", matter="噪音扰民", organ="某区政府")
    case = case.apply("accept", at=TIMES[1], by=OFFICER)
    case = case.apply("extend", at=TIMES[2], by=HEAD, reason="情况复杂", requested_by="王芳")
    return case.apply("answer", at=TIMES[3], by=OFFICER, opinion="已处理")


def _transitions_spec() -> tuple[list[str], list[dict[str, Any]]]:
    states = [s.name for s in petition.PROCESS.states]
    moves = []
    for event in petition.PROCESS.events:
        for route in event.all_routes:
            moves.append({"trigger": event.name, "source": list(route.source), "dest": route.dest})
    return states, moves


def transitions_case_factory() -> Callable[[int], Any]:
    from transitions import Machine

    states, moves = _transitions_spec()

    class Petition:
        pass

    def make(i: int) -> Any:
        model = Petition()
        Machine(model=model, states=states, transitions=moves, initial="registered",
                auto_transitions=False)
        model.accept()
        model.extend()
        model.answer()
        return model

    return make


def statemachine_case_factory() -> Callable[[int], Any]:
    from statemachine import State, StateMachine

    class Petition(StateMachine):
        registered = State(initial=True)
        in_handling = State()
        answered = State()
        closed = State(final=True)
        accept = registered.to(in_handling)
        extend = in_handling.to.itself(internal=True)
        answer = in_handling.to(answered)
        close = answered.to(closed)

    def make(i: int) -> Any:
        machine = Petition()
        machine.send("accept")
        machine.send("extend")
        machine.send("answer")
        return machine

    return make


def measure(make: Callable[[int], Any], n: int) -> tuple[float, float]:
    """(µs per event, KiB retained per case) for n cases kept alive."""
    for i in range(min(200, n)):
        make(i)
    gc.collect()
    kept = []
    started = time.perf_counter()
    for i in range(n):
        kept.append(make(i))
    elapsed = time.perf_counter() - started
    del kept
    gc.collect()
    sample = max(1000, n // 20)
    tracemalloc.start()
    kept = [make(i) for i in range(sample)]
    retained, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    return elapsed / (n * EVENTS_PER_CASE) * 1e6, retained / sample / 1024


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rows = [("officeflow (shared Machine, history, clocks)", officeflow_case, n)]
    rows.append(("transitions, Machine per case", transitions_case_factory(), max(1000, n // 20)))
    rows.append(("python-statemachine, instance per case", statemachine_case_factory(), max(1000, n // 5)))
    results = []
    print(f"{'':46} {'cases':>8} {'µs/event':>10} {'KiB/case':>9}")
    for name, make, count in rows:
        per_event, kib = measure(make, count)
        results.append((name, per_event, kib))
        print(f"{name:46} {count:>8} {per_event:>10.1f} {kib:>9.2f}")
    ours = results[0]
    print("\nratios (peer ÷ officeflow; > 1 means officeflow is faster / smaller):")
    for name, per_event, kib in results[1:]:
        print(f"  {name:44} time {per_event / ours[1]:6.1f}×   memory {kib / ours[2]:6.1f}×")
    print(f"\ngoals: ≤ 20 µs/event (stretch 5): {ours[1]:.1f};  ≤ 4 KiB/case (stretch 1.5): {ours[2]:.2f}")


if __name__ == "__main__":
    main()

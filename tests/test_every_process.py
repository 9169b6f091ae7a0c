"""What every process and every page of the documentation promise, checked in one place.

* Each page in docs/ is a doctest: its examples run and print what the page says.
* Each process's Mermaid and DOT text is the same in a fresh interpreter, whatever the hash seed
  (diagrams are deterministic text, never ordered by a set).
* Each process's generated cases round-trip through JSON (500 examples for petitions, as issue 4
  asks), and its ready state machine has a rule per event and the kernel's invariants.
"""

from __future__ import annotations

import doctest
import json
import os
import pathlib
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings

from officeflow.processes import disclosure, licensing, petition, suggestion
from officeflow.strategies import cases, state_machine

DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs"
PROCESSES = {"petition": petition, "licensing": licensing, "disclosure": disclosure,
             "suggestion": suggestion}
ROUND_TRIPS = {"petition": 500, "licensing": 200, "disclosure": 150, "suggestion": 150}
"""Examples of the JSON round trip per process, whatever the Hypothesis profile."""


@pytest.mark.parametrize("page", sorted(DOCS.glob("*.md")), ids=lambda p: p.name)
def test_every_example_on_the_page_runs_and_prints_what_the_page_says(page: pathlib.Path) -> None:
    result = doctest.testfile(str(page), module_relative=False, verbose=False, report=True,
                              optionflags=doctest.ELLIPSIS)
    assert result.attempted > 5, f"{page.name} shows no runnable example"
    assert result.failed == 0


@pytest.mark.parametrize("name", sorted(PROCESSES))
def test_the_diagrams_are_the_same_text_in_a_fresh_interpreter(name: str) -> None:
    process = PROCESSES[name].PROCESS
    script = (f"import sys; from officeflow.processes import {name} as m; "
              "sys.stdout.write(m.PROCESS.to_mermaid('zh') + '\\n--\\n' + m.PROCESS.to_dot('en'))")
    texts = set()
    for seed in ("0", "1"):
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                timeout=120, check=True, env=os.environ | {"PYTHONHASHSEED": seed},
                                encoding="utf-8")
        texts.add(result.stdout)
    assert texts == {process.to_mermaid("zh") + "\n--\n" + process.to_dot("en")}


@pytest.mark.parametrize("name", sorted(PROCESSES))
def test_generated_cases_round_trip_through_json(name: str) -> None:
    process = PROCESSES[name].PROCESS

    @settings(max_examples=ROUND_TRIPS[name], deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(cases(process))
    def round_trip(case):
        text = json.dumps(case.to_dict(), ensure_ascii=False)
        again = process.from_dict(json.loads(text))
        assert again == case
        assert json.dumps(again.to_dict(), ensure_ascii=False) == text

    round_trip()


@pytest.mark.parametrize("name", sorted(PROCESSES))
def test_the_state_machine_has_a_rule_per_event_and_the_kernel_invariants(name: str) -> None:
    process = PROCESSES[name].PROCESS
    machine = state_machine(process)
    assert {n for n in dir(machine) if n.startswith("event_")} == {f"event_{e.name}" for e in process.events}
    assert {"history_replays", "clocks_consistent", "history_in_order", "refused_event"} <= set(dir(machine))

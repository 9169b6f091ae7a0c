"""What every page of the documentation and every process diagram promise, checked in one place.

* Each page in docs/ is a doctest: its examples run and print what the page says.
* Each process's Mermaid and DOT text is the same in a fresh interpreter, whatever the hash seed
  (diagrams are deterministic text, never ordered by a set).
"""

from __future__ import annotations

import doctest
import os
import pathlib
import subprocess
import sys

import pytest

from officeflow.processes import disclosure, licensing, petition, suggestion

DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs"
PROCESSES = {"petition": petition, "licensing": licensing, "disclosure": disclosure,
             "suggestion": suggestion}


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

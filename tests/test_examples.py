"""The examples run: the guided tour (the README's main job) and every notebook in examples/."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_tour_runs_and_prints_every_section(capsys: pytest.CaptureFixture[str]) -> None:
    """The tour is the README's main command: it must run and show each capability."""
    runpy.run_path(str(EXAMPLES / "tour.py"), run_name="__main__")
    out = capsys.readouterr().out
    for expected in ("工作日历", "2026-10-10 Sat: make-up workday", "法定期限", "due 2026-10-08",
                     "decision due 2026-10-26", "certificate due 2026-11-27", "STOPPED", "DUE_SOON",
                     "OVERDUE", "deemed accepted from receipt → decision due 2026-10-16", "信访",
                     "stateDiagram-v2", "Refused:", "equal = True", "reply due 2026-10-22",
                     "reply due 2026-04-30"):
        assert expected in out


@pytest.mark.parametrize("notebook", sorted(EXAMPLES.glob("*.ipynb")), ids=lambda p: p.name)
def test_notebook_executes(notebook: Path) -> None:
    """Every notebook runs top to bottom without error (its asserts are its checks)."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(notebook, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=180, kernel_name="python3",
                                     resources={"metadata": {"path": str(EXAMPLES)}})
    client.execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    rich = [o for o in outputs if o.get("output_type") == "execute_result"]
    assert rich, "a notebook shows at least one rich value"
    if "diagram(" in "".join(cell.source for cell in nb.cells):
        assert any("text/vnd.mermaid" in o.get("data", {}) for o in rich)


def test_readme_example_gives_the_values_its_comments_promise() -> None:
    """The 10-line example in the README runs and its commented results are true."""
    import pendulum

    from officeflow.clock import ClockStatus

    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    code = readme.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    clock = namespace["clock"]
    assert clock.due == pendulum.Date(2026, 10, 29)  # type: ignore[attr-defined]
    assert clock.status(pendulum.Date(2026, 10, 27)) is ClockStatus.DUE_SOON  # type: ignore[attr-defined]
    assert "Date(2026, 10, 8)" in code

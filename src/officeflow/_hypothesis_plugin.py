"""Hypothesis entry point (``[project.entry-points.hypothesis]``).

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, so ``st.from_type(Actor)``
and friends work in users' test suites. officeflow itself never imports Hypothesis: this module
is only loaded by Hypothesis.
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    """Register strategies for officeflow's value types with Hypothesis."""
    try:
        from officeflow.strategies import register_type_strategies
    except ImportError:  # pragma: no cover - strategies not yet available
        return
    register_type_strategies()

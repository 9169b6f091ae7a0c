"""Process diagrams (流程图): Mermaid ``stateDiagram-v2`` and Graphviz DOT, as deterministic text.

No Graphviz binary and no network are needed: Jupyter renders the Mermaid text through the
``text/vnd.mermaid`` or ``text/markdown`` representation; DOT source is there for those who
have Graphviz.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from officeflow.errors import InvalidValue

if TYPE_CHECKING:
    from officeflow.process.kernel import Process

LANGS = ("en", "zh")


@attrs.frozen(slots=True)
class Diagram:
    """A diagram with rich representations for Jupyter."""

    title: str
    mermaid: str
    dot: str

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/vnd.mermaid": self.mermaid,
                "text/markdown": f"```mermaid\n{self.mermaid}\n```",
                "text/plain": self.mermaid}

    def __str__(self) -> str:
        return self.mermaid


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise InvalidValue("lang", lang, "'en' (code names) or 'zh' (Chinese labels)")


def _edges(process: Process, lang: str) -> list[tuple[str, str, str]]:
    edges = []
    for event in process.events:
        label = event.name if lang == "en" else event.label
        for route in event.all_routes:
            condition = f" [{route.when_label}]" if route.when_label else ""
            for source in route.source:
                edges.append((source, route.dest or source, label + condition))
    return edges


def to_mermaid(process: Process, lang: str = "en", current: str | None = None) -> str:
    _check_lang(lang)
    lines = ["stateDiagram-v2"]
    for state in process.states:
        name = state.name if lang == "en" else state.label
        lines.append(f'    state "{name}" as {state.name}')
    opening = process.opening
    lines.append(f"    [*] --> {opening.state}: {opening.name if lang == 'en' else opening.label}")
    lines += [f"    {source} --> {dest}: {label}" for source, dest, label in _edges(process, lang)]
    lines += [f"    {state.name} --> [*]" for state in process.states if state.final]
    if current is not None:
        process.state(current)
        lines.append("    classDef current fill:#ffe08a,stroke:#b8860b,stroke-width:3px")
        lines.append(f"    class {current} current")
    return "\n".join(lines)


def to_dot(process: Process, lang: str = "en", current: str | None = None) -> str:
    _check_lang(lang)
    lines = [f'digraph "{process.name}" {{', "    rankdir=LR;", '    node [shape=box, style="rounded"];',
             '    "__start__" [shape=point];']
    for state in process.states:
        name = state.name if lang == "en" else state.label
        style = ', style="rounded,filled", fillcolor="#ffe08a"' if state.name == current else ""
        peripheries = ", peripheries=2" if state.final else ""
        lines.append(f'    "{state.name}" [label="{name}"{peripheries}{style}];')
    opening = process.opening
    lines.append(f'    "__start__" -> "{opening.state}" '
                 f'[label="{opening.name if lang == "en" else opening.label}"];')
    lines += [f'    "{s}" -> "{d}" [label="{label}"];' for s, d, label in _edges(process, lang)]
    lines.append("}")
    return "\n".join(lines)

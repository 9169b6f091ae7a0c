"""A registry of time limits (期限规则库): an immutable value, never global mutable state.

:data:`DEFAULT` holds the catalogue. An agency adds its own limits — a supervision item's
deadline, its own urgency defaults — with :meth:`Registry.with_limits`, getting a new registry.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from officeflow.errors import InvalidType, InvalidValue, UnknownName
from officeflow.rules.catalogue import CATALOGUE
from officeflow.rules.model import TimeLimit

if TYPE_CHECKING:
    from officeflow.calendar import WorkCalendar


def _freeze(limits: Iterable[TimeLimit]) -> Mapping[str, TimeLimit]:
    table: dict[str, TimeLimit] = {}
    for limit in limits:
        if not isinstance(limit, TimeLimit):
            raise InvalidType("limits", limit, "TimeLimit values")
        if limit.id in table:
            raise InvalidValue("limits", limit.id, "each id once")
        table[limit.id] = limit
    return MappingProxyType(table)


@attrs.frozen(slots=True)
class RuleCodes:
    """Rule ids encoded as integers: ``table[codes[i]]`` is the i-th pair's rule id."""

    table: tuple[str, ...]
    codes: Any = attrs.field(eq=False)


@attrs.frozen(slots=True)
class Registry:
    """Time limits by id."""

    limits: Mapping[str, TimeLimit] = attrs.field(converter=_freeze)

    def get(self, rule_id: str) -> TimeLimit:
        """The limit called ``rule_id``; an unknown id raises an error listing close matches."""
        try:
            return self.limits[rule_id]
        except (KeyError, TypeError):
            raise UnknownName("rule_id", rule_id, self.limits, "rule ids") from None

    def all(self) -> tuple[TimeLimit, ...]:
        return tuple(self.limits.values())

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self.limits

    def __iter__(self) -> Iterator[str]:
        return iter(self.limits)

    def __len__(self) -> int:
        return len(self.limits)

    def with_limits(self, *limits: TimeLimit, replace: bool = False) -> Registry:
        """A new registry with ``limits`` added. Replacing an existing id (e.g. an agency's own
        urgency defaults) must be asked for with ``replace=True``; it is never done quietly."""
        added = _freeze(limits)
        clashes = sorted(rule_id for rule_id in added if rule_id in self.limits)
        if clashes and not replace:
            raise InvalidValue("limits", clashes, "ids not already registered",
                               "Pass replace=True to replace them deliberately.")
        table = dict(self.limits)
        table.update(added)
        return Registry(table.values())

    def encode(self, rule_ids: Any) -> RuleCodes:
        """Rule ids as small integer codes (once per caseload), for fast :meth:`due_many`."""
        from officeflow.calendar.batch import require_numpy

        np = require_numpy("batch due dates")
        ids = np.asarray(rule_ids)
        seen: dict[str, int] = {}
        codes = np.fromiter((seen.setdefault(str(i), len(seen)) for i in ids.ravel().tolist()),
                            dtype=np.intp, count=ids.size)
        for rule_id in seen:
            self.get(rule_id)
        return RuleCodes(tuple(seen), codes.reshape(ids.shape))

    def due_many(self, rules: Any, starts: Any, *, calendar: WorkCalendar | None = None) -> Any:
        """Due dates for many (rule, start) pairs at once (needs ``numpy``).

        ``rules`` is a sequence or array of rule ids, or — faster for large caseloads — the
        :class:`RuleCodes` from :meth:`encode`; ``starts`` a ``datetime64[D]`` array of the same
        shape. Each unit (working days, days, months) is computed in one vectorised step.
        """
        from officeflow.calendar.batch import require_numpy
        from officeflow.rules import counting

        np = require_numpy("batch due dates")
        coded = rules if isinstance(rules, RuleCodes) else self.encode(rules)
        days = np.asarray(starts, dtype="datetime64[D]")
        if coded.codes.shape != days.shape:
            raise InvalidValue("rules", f"shape {coded.codes.shape}", f"the shape of starts {days.shape}")
        limits = [self.get(rule_id) for rule_id in coded.table]
        for limit in limits:
            limit._check_forward()
        table = [(limit.unit.code, limit.amount) for limit in limits]
        return counting.forward_mixed(table, coded.codes, days, calendar)

    def _repr_html_(self) -> str:
        from officeflow._display import html_table

        rows = [(r.id, r.title, "per case" if r.amount is None else f"{r.amount} {r.unit.code}",
                 r.trigger, "statutory" if r.statutory else "agency default", str(r.source))
                for r in self.limits.values()]
        return html_table(("id", "title", "limit", "trigger", "kind", "source"), rows)

    def __repr__(self) -> str:
        return f"<Registry of {len(self.limits)} time limits>"


DEFAULT = Registry(CATALOGUE)
"""The library's catalogue as a registry."""

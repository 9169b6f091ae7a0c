"""Confidentiality (保密): classification levels and who may see a classified item.

Levels are ordered: unclassified < 秘密 (secret) < 机密 (confidential) < 绝密 (top secret). To see a
classified item a person needs clearance at least its level **and** a place on its need-to-know
list (知悉范围) — both, always.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from typing import Any

from officeflow.errors import InvalidValue


class Classification(enum.Enum):
    """A confidentiality level (密级), or a person's clearance."""

    UNCLASSIFIED = (0, "unclassified", "非密")
    SECRET = (1, "secret", "秘密")
    CONFIDENTIAL = (2, "confidential", "机密")
    TOP_SECRET = (3, "top_secret", "绝密")

    def __init__(self, rank: int, code: str, chinese: str) -> None:
        self.rank, self.code, self.chinese = rank, code, chinese

    def __repr__(self) -> str:
        return f"Classification.{self.name}"

    def __ge__(self, other: Any) -> bool:
        if not isinstance(other, Classification):
            return NotImplemented
        return self.rank >= other.rank

    def __lt__(self, other: Any) -> bool:
        if not isinstance(other, Classification):
            return NotImplemented
        return self.rank < other.rank

    @classmethod
    def parse(cls, value: Classification | str) -> Classification:
        """A level from itself, its code (``"secret"``) or its Chinese name (``"秘密"``)."""
        if isinstance(value, Classification):
            return value
        for level in cls:
            if value in (level.code, level.chinese, level.name):
                return level
        raise InvalidValue("clearance", value, "one of " + ", ".join(
            f"{level.code} ({level.chinese})" for level in cls))


def may_see(clearance: Classification, name: str, level: Classification,
            need_to_know: Collection[str]) -> bool:
    """True iff a person cleared to ``clearance`` and called ``name`` may see an item of ``level``
    with the need-to-know list ``need_to_know`` (ignored for unclassified items)."""
    if level is Classification.UNCLASSIFIED:
        return True
    return clearance >= level and name in need_to_know

"""Who did something: the one type every layer passes for "who" (ops, the audit chain, the
counting and approval rules), built once from the signed-in person at the UI."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """An employee (Odoo hr.employee id and name, and whether they are a manager, which the
    approval rules ask) or the app itself (id None, e.g. the sync engine)."""

    id: int | None
    name: str
    is_manager: bool = False

    def same_person(self, other: Actor) -> bool:
        if self.id is not None and other.id is not None:
            return self.id == other.id
        return (
            self.id is None and other.id is None and self.name.casefold() == other.name.casefold()
        )

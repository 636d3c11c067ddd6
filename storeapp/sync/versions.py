"""Odoo versions storeapp supports, and the one place where 17 and 18 differ for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from odoorpc.tools import v as parse_version

from storeapp.sync.errors import UnsupportedServer

SUPPORTED_MAJORS = (17, 18)


@dataclass(frozen=True)
class OdooVersion:
    """The one place where Odoo 17 and 18 differ for storeapp (reference §2.4–2.7)."""

    text: str
    major: int

    @property
    def return_wizard_method(self) -> str:
        # 17: create_returns; 18: action_create_returns (create_returns is gone).
        return "create_returns" if self.major == 17 else "action_create_returns"

    @property
    def return_wizard_has_location(self) -> bool:
        # 17's wizard has a "Return Location"; 18 takes it from the return picking type.
        return self.major == 17

    @property
    def revalidating_done_raises(self) -> bool:
        # Re-validating a done picking: UserError in 17, a quiet True in 18.
        return self.major == 17

    @property
    def product_type_fields(self) -> list[str]:
        return ["type"] if self.major == 17 else ["type", "is_storable"]

    def is_storable(self, row: dict[str, Any]) -> bool:
        if self.major == 17:
            return row.get("type") == "product"
        return bool(row.get("is_storable"))


def check_version(text: str | None) -> OdooVersion:
    """Accept Odoo 17 and 18 (including "17.0-20240709", "18.0+e", "saas~17.4")."""
    if not text:
        raise UnsupportedServer(
            "The server did not say which Odoo version it runs, so it is probably not an Odoo "
            "server. Check the Odoo address in the settings."
        )
    try:
        major = parse_version(str(text))[0]
    except (ValueError, IndexError) as exc:
        raise UnsupportedServer(
            f"The server reports an unreadable version ({text!r}). Check the Odoo address."
        ) from exc
    if major not in SUPPORTED_MAJORS:
        raise UnsupportedServer(
            f"This server runs Odoo {text}; storeapp works with Odoo 17 and 18 only. Ask IT to "
            "connect this PC to a supported server or to install a storeapp release for it."
        )
    return OdooVersion(text=str(text), major=major)

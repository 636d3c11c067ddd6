"""Odoo versions storeapp supports, and the one place where 17, 18 and 19 differ for it.

Sources: the reference's §2 (17 and 18, from Odoo's source) and §8 (a real Odoo 19.0 server).
Handlers, the mirror and the setup screens ask an `OdooVersion`; none of them compares
version numbers itself. Which protocol the gateway speaks is the gateway's business
(`json2_default` only gives its default)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from odoorpc.tools import v as parse_version

from storeapp.core.text import msg
from storeapp.sync.errors import UnsupportedServer

SUPPORTED_MAJORS = (17, 18, 19)


@dataclass(frozen=True)
class OdooVersion:
    """The one place where Odoo 17, 18 and 19 differ for storeapp (reference §2.4–2.7, §8)."""

    text: str
    major: int

    @property
    def json2_default(self) -> bool:
        """19 deprecates /jsonrpc (a log warning per request, removal announced): speak
        JSON-2 from 19 on unless the PC's configuration says otherwise."""
        return self.major >= 19

    @property
    def return_wizard_method(self) -> str:
        # 17: create_returns; 18 and 19: action_create_returns (create_returns is gone).
        return "create_returns" if self.major == 17 else "action_create_returns"

    @property
    def return_wizard_has_location(self) -> bool:
        # 17's wizard has a "Return Location"; 18 takes it from the return picking type.
        return self.major == 17

    @property
    def revalidating_done_raises(self) -> bool:
        # Re-validating a done picking: UserError in 17, a quiet True in 18 and 19, so a
        # duplicate is found by storeapp's own markers, never by that error.
        return self.major == 17

    @property
    def stock_user_applies_counts(self) -> bool:
        """17 lets only Inventory / Administrator apply counts; 18 and 19 also Inventory / User."""
        return self.major >= 18

    @property
    def count_apply_group(self) -> str:
        """The group the device user needs to apply counts on this version."""
        if self.stock_user_applies_counts:
            return "stock.group_stock_user"
        return "stock.group_stock_manager"

    @property
    def user_groups_field(self) -> str:
        # 19 renamed res.users.groups_id to group_ids.
        return "group_ids" if self.major >= 19 else "groups_id"

    @property
    def has_product_packaging(self) -> bool:
        # 19 has no product.packaging: packagings became units of measure (product.uom).
        return self.major < 19

    @property
    def move_fields(self) -> tuple[str, ...]:
        """Version-dependent stock.move fields storeapp mirrors (19 has no stock.move.name)."""
        return () if self.major >= 19 else ("name",)

    @property
    def location_fields(self) -> tuple[str, ...]:
        """Version-dependent stock.location fields (19 dropped scrap_location)."""
        return () if self.major >= 19 else ("scrap_location",)

    def is_scrap_location(self, row: dict[str, Any]) -> bool:
        """17 and 18 flag scrap locations; 19 has no flag and scraps into its "inventory"
        usage locations (reference §8)."""
        if self.major >= 19:
            return row.get("usage") == "inventory"
        return bool(row.get("scrap_location"))

    @property
    def marker_field(self) -> str:
        """The stock.move field an op's marker is searched and read in, on every version:
        `inventory_name` lands in the move's `reference` in 17, 18 and 19, while 19 has no
        `stock.move.name` to search."""
        return "reference"

    @property
    def product_type_fields(self) -> list[str]:
        return ["type"] if self.major == 17 else ["type", "is_storable"]

    def is_storable(self, row: dict[str, Any]) -> bool:
        if self.major == 17:
            return row.get("type") == "product"
        return bool(row.get("is_storable"))


def check_version(text: str | None) -> OdooVersion:
    """Accept Odoo 17, 18 and 19 (including "17.0-20240709", "18.0+e", "saas~17.4",
    "19.0+e-20251227")."""
    if not text:
        raise UnsupportedServer(
            msg(
                "The server did not say which Odoo version it runs, so it is probably not an "
                "Odoo server. Check the Odoo address in the settings."
            )
        )
    try:
        major = parse_version(str(text))[0]
    except (ValueError, IndexError) as exc:
        raise UnsupportedServer(
            msg(
                "The server reports an unreadable version ({version}). Check the Odoo address.",
                version=repr(text),
            )
        ) from exc
    if major not in SUPPORTED_MAJORS:
        raise UnsupportedServer(
            msg(
                "This server runs Odoo {version}; storeapp works with Odoo 17, 18 and 19 only. "
                "Ask IT to connect this PC to a supported server or to install a storeapp "
                "release for it.",
                version=text,
            )
        )
    return OdooVersion(text=str(text), major=major)

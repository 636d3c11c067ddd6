"""Odoo 17, 18 and 19 as odoosim serves them: what each version's wire shows, renames and refuses.

The models are written once, as Odoo 17 has them. A personality says how another version differs
*on the wire*: fields it no longer has (asking for one fails the whole call with Odoo's
``ValueError``), models it renamed or removed, methods that are gone, and the behaviours models
ask about (``env.server.personality``): quiet re-validation, counts by Inventory / User, return
lines at 0, wizards that do nothing without their context. In-process calls (seeding, tests'
``sim.execute``) see the 17 models unchanged.

Sources: reference §2 (17 and 18 from Odoo's source) and §8 (what a real Odoo 19.0 server did).
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from odoosim.errors import UserError, attribute_error, value_error

# Fields 18 removed (reference §2.2, §2.5, §2.7).
_GONE_IN_18: dict[str, frozenset[str]] = {
    "stock.location": frozenset({"return_location"}),
    "stock.picking.type": frozenset({"default_location_return_id"}),
    "stock.return.picking": frozenset(
        {"location_id", "original_location_id", "parent_location_id", "move_dest_exists"}
    ),
    "product.product": frozenset({"detailed_type"}),
    "product.template": frozenset({"detailed_type"}),
}
# Fields 19 removed on top of 18's (reference §8).
_GONE_IN_19: dict[str, frozenset[str]] = {
    "stock.location": frozenset({"scrap_location"}),
    "stock.move": frozenset({"name", "group_id"}),
    "stock.picking": frozenset(
        {
            "picked",
            "move_ids_without_package",
            "move_line_ids_without_package",
            "immediate_transfer",
            "show_validate",
            "group_id",
        }
    ),
    "product.product": frozenset({"uom_po_id", "packaging_ids"}),
    "product.template": frozenset({"uom_po_id"}),
}
# Fields 18 and 19 have that the 17 models compute for them (hidden on 17).
_NEW_IN_18: dict[str, frozenset[str]] = {
    "product.product": frozenset({"is_storable"}),
    "product.template": frozenset({"is_storable"}),
    "stock.return.picking.line": frozenset({"move_quantity"}),
}
# Fields only the 19 personality shows (reference §8).
_NEW_IN_19: dict[str, frozenset[str]] = {
    "res.users.apikeys": frozenset({"expiration_date"}),
}


def _merge(*tables: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    merged: dict[str, frozenset[str]] = {}
    for table in tables:
        for model, names in table.items():
            merged[model] = merged.get(model, frozenset()) | names
    return merged


@dataclass(frozen=True)
class Personality:
    """One Odoo version as the wire shows it."""

    version: str
    major: int
    hidden_fields: Mapping[str, frozenset[str]] = field(default_factory=dict)
    hidden_models: frozenset[str] = frozenset()
    # wire model name -> the model odoosim implements it with
    model_aliases: Mapping[str, str] = field(default_factory=dict)
    # model -> {wire field name: model field name}
    field_renames: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    hidden_methods: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @property
    def version_info(self) -> dict[str, Any]:
        return {
            "server_version": self.version,
            "server_version_info": [self.major, 0, 0, "final", 0, ""],
            "server_serie": f"{self.major}.0",
            "protocol_version": 1,
        }

    # -- behaviours the models ask about ------------------------------------------------------
    @property
    def json2(self) -> bool:
        """19 serves ``POST /json/2/<model>/<method>`` with bearer API keys."""
        return self.major >= 19

    @property
    def jsonrpc_deprecated(self) -> bool:
        """19 logs a deprecation warning for every ``/jsonrpc`` request."""
        return self.major >= 19

    @property
    def quiet_revalidation(self) -> bool:
        """18 and 19 filter done pickings out of ``button_validate`` (17 raised UserError)."""
        return self.major >= 18

    @property
    def stock_user_applies_counts(self) -> bool:
        """18 dropped the "Only a stock manager" check of ``_apply_inventory``."""
        return self.major >= 18

    @property
    def return_lines_prefilled(self) -> bool:
        """17 pre-fills return lines with what was delivered; 18 and 19 leave them at 0."""
        return self.major == 17

    @property
    def wizards_need_context(self) -> bool:
        """19: ``dont_send_sms`` & co. return True and validate nothing without the context."""
        return self.major >= 19

    @property
    def api_keys_expire(self) -> bool:
        """19 keys carry an expiration date (the default duration is one day)."""
        return self.major >= 19

    # -- the wire gate ----------------------------------------------------------------------------
    def model_name(self, wire_name: str) -> str:
        """The model behind a wire model name; a model this version lacks does not exist."""
        if wire_name in self.hidden_models:
            raise UserError(f"Object {wire_name} doesn't exist")
        return self.model_aliases.get(wire_name, wire_name)

    def check_method(self, wire_model: str, method: str) -> None:
        if method in self.hidden_methods.get(wire_model, frozenset()):
            raise attribute_error(
                f"The method '{method}' does not exist on the model '{wire_model}'"
            )

    def inbound(self, registry, model: str, func, args: list, kwargs: dict) -> tuple[list, dict]:
        """Check and translate the field names a call carries (``fields``, ``domain``,
        ``vals``, ``vals_list``): a field this version lacks fails with Odoo's ValueError,
        a renamed one is mapped to the model's name."""
        if not self.hidden_fields.get(model) and not self.field_renames.get(model):
            return args, kwargs
        try:
            bound = inspect.signature(func).bind_partial(None, *args, **kwargs)
        except TypeError:
            return args, kwargs  # the server reports the bad call itself
        values = bound.arguments
        for key in ("fields", "fields_list", "allfields"):
            if isinstance(values.get(key), list):
                values[key] = [self._field(model, name, "read") for name in values[key]]
        if isinstance(values.get("domain"), list):
            values["domain"] = self._domain(registry, model, values["domain"])
        if isinstance(values.get("vals"), dict):
            values["vals"] = self._vals(model, values["vals"])
        if isinstance(values.get("vals_list"), dict):
            values["vals_list"] = self._vals(model, values["vals_list"])
        elif isinstance(values.get("vals_list"), list):
            values["vals_list"] = [
                self._vals(model, v) if isinstance(v, dict) else v for v in values["vals_list"]
            ]
        return list(bound.args[1:]), dict(bound.kwargs)

    def outbound(self, model: str, method: str, result: Any) -> Any:
        """Rows and field descriptions as this version shows them."""
        if method in ("read", "search_read") and isinstance(result, list):
            if not self._reshapes_rows(model):
                return result  # a version that shows this model's rows as they are stored
            return [self._row(model, row) if isinstance(row, dict) else row for row in result]
        if method == "fields_get" and isinstance(result, dict):
            return self._row(model, result)
        return result

    def _reshapes_rows(self, model: str) -> bool:
        """Whether `_row` changes anything in a row of `model` on this version (most rows
        pass unchanged: copying each would cost the emulator what Odoo does not spend)."""
        return bool(
            self.hidden_fields.get(model)
            or self.field_renames.get(model)
            or (self.major >= 18 and model in ("product.product", "product.template"))
        )

    def _wire_names(self, model: str) -> dict[str, str]:
        return {v: k for k, v in self.field_renames.get(model, {}).items()}

    def _row(self, model: str, row: dict) -> dict:
        hidden = self.hidden_fields.get(model, frozenset())
        renamed = self._wire_names(model)
        out = {}
        for key, value in row.items():
            if key in hidden:
                continue
            out[renamed.get(key, key)] = value
        storable_type = model in ("product.product", "product.template") and out.get("type")
        if self.major >= 18 and storable_type == "product":
            out["type"] = "consu"  # 18: storable goods are consu + is_storable
        return out

    def _field(self, model: str, name: Any, where: str) -> Any:
        if not isinstance(name, str):
            return name
        head, dot, rest = name.partition(".")
        if head in self.hidden_fields.get(model, frozenset()):
            raise value_error(f"Invalid field {head!r} on {model!r}")
        if head in self._wire_names(model):
            # the model's own name is the old one: a 19 client never sends it
            raise value_error(f"Invalid field {head!r} on {model!r}")
        head = self.field_renames.get(model, {}).get(head, head)
        return head + dot + rest

    def _domain(self, registry, model: str, domain: list) -> list:
        out = []
        for leaf in domain:
            if isinstance(leaf, list | tuple) and len(leaf) == 3 and isinstance(leaf[0], str):
                path = leaf[0]
                try:
                    translated = self._path(registry, model, path)
                except Exception:
                    raise value_error(
                        f"Invalid field {model}.{path.split('.')[0]} in condition "
                        f"({path!r}, {leaf[1]!r}, {leaf[2]!r})"
                    ) from None
                out.append([translated, leaf[1], leaf[2]])
            else:
                out.append(leaf)
        return out

    def _path(self, registry, model: str, path: str) -> str:
        parts = path.split(".")
        current = model
        translated = []
        for part in parts:
            name = self._field(current, part, "search")
            translated.append(name)
            cls = registry.get(current)
            fld = cls._fields.get(name) if cls is not None else None
            current = getattr(fld, "comodel", None) or ""
        return ".".join(translated)

    def _vals(self, model: str, vals: dict) -> dict:
        return {self._field(model, key, "write"): value for key, value in vals.items()}


PERSONALITIES: dict[str, Personality] = {
    "17.0": Personality(
        "17.0",
        17,
        hidden_fields=_merge(_NEW_IN_18, _NEW_IN_19),
        hidden_models=frozenset({"stock.package"}),
        hidden_methods={"stock.return.picking": frozenset({"action_create_returns"})},
    ),
    "18.0": Personality(
        "18.0",
        18,
        hidden_fields=_merge(_GONE_IN_18, _NEW_IN_19),
        hidden_models=frozenset({"stock.package"}),
        hidden_methods={"stock.return.picking": frozenset({"create_returns"})},
    ),
    "19.0": Personality(
        "19.0",
        19,
        hidden_fields=_merge(_GONE_IN_18, _GONE_IN_19),
        hidden_models=frozenset({"product.packaging", "stock.quant.package"}),
        model_aliases={"stock.package": "stock.quant.package"},
        field_renames={"res.users": {"group_ids": "groups_id"}},
        hidden_methods={"stock.return.picking": frozenset({"create_returns"})},
    ),
}


def personality(version: str | None) -> Personality:
    """The personality for ``"17.0"``, ``"18.0"`` or ``"19.0"`` (also ``17``, ``"19"``)."""
    text = str(version or "17.0")
    if "." not in text:
        text += ".0"
    try:
        return PERSONALITIES[text]
    except KeyError:
        raise ValueError(
            f"odoosim has no Odoo {version!r}; choose one of {', '.join(PERSONALITIES)}"
        ) from None

"""Operations: the one way a change reaches Odoo (docs/architecture.md, "Ops and the push").

Pure rules shared by the screens that make ops and the sync engine that pushes them:

- the op kinds and the aggregate each op touches (ops of one aggregate are pushed in order);
- payload schemas, versioned with "v", checked by `validate_payload` before an op is saved and
  again before it is sent (an op written by an older release must still make sense);
- the retry policy: exponential backoff with jitter;
- count arithmetic: a count applies the *difference* against the snapshot it was made on, so
  sales between the count and the push are not erased (the sentence stating all the numbers is
  `storeapp.core.count_review.explain`).
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from storeapp.core.quantities import (
    QTY_HARD_LIMIT,
    format_qty,
    qty_is_zero,
    round_qty,
)

PAYLOAD_VERSION = 1

PICKING_SET_PICKED = "picking.set_picked"
PICKING_VALIDATE = "picking.validate"
RETURN_CREATE = "return.create"
COUNT_APPLY = "count.apply"
MESSAGE_POST = "message.post"

OP_KINDS = (PICKING_SET_PICKED, PICKING_VALIDATE, RETURN_CREATE, COUNT_APPLY, MESSAGE_POST)

# What to do with the unpicked remainder of a short-picked order (store setting).
SHORT_PICK_BACKORDER = "backorder"
SHORT_PICK_CANCEL = "cancel"
SHORT_PICK_POLICIES = (SHORT_PICK_BACKORDER, SHORT_PICK_CANCEL)


class PayloadError(ValueError):
    """An op payload does not have the shape its kind needs. The message names the field."""


# --------------------------------------------------------------------------- aggregates


def picking_aggregate(picking_id: int) -> str:
    return f"picking:{int(picking_id)}"


def quant_aggregate(product_id: int, location_id: int, lot_id: int | None) -> str:
    return f"quant:{int(product_id)}/{int(location_id)}/{int(lot_id or 0)}"


def aggregate_for(kind: str, payload: Mapping[str, Any]) -> str:
    """The aggregate an op belongs to. Everything that touches one picking (picking, validating,
    returning it, notes on it) shares that picking's aggregate, so it is pushed in the order the
    store did it; counts are ordered per quant key."""
    if kind in (PICKING_SET_PICKED, PICKING_VALIDATE):
        return picking_aggregate(payload["picking_id"])
    if kind == RETURN_CREATE:
        return picking_aggregate(payload["delivery_id"])
    if kind == COUNT_APPLY:
        return quant_aggregate(payload["product_id"], payload["location_id"], payload.get("lot_id"))
    if kind == MESSAGE_POST:
        if payload["model"] == "stock.picking":
            return picking_aggregate(payload["res_id"])
        return f"{payload['model']}:{int(payload['res_id'])}"
    raise PayloadError(f"unknown op kind {kind!r}")


def op_marker(op_uuid: str) -> str:
    """The text that identifies an op's effect inside Odoo (move names, origins, notes)."""
    return f"[op:{op_uuid}]"


# --------------------------------------------------------------------------- payloads


def _require(payload: Mapping[str, Any], key: str, kind: str) -> Any:
    if key not in payload or payload[key] is None:
        raise PayloadError(f"{kind}: '{key}' is missing")
    return payload[key]


def _required_id(payload: Mapping[str, Any], key: str, kind: str) -> int:
    value = _id(payload, key, kind)
    assert value is not None  # not optional: `_id` raised instead
    return value


def _id(payload: Mapping[str, Any], key: str, kind: str, *, optional: bool = False) -> int | None:
    value = payload.get(key)
    if value in (None, False, 0) and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise PayloadError(f"{kind}: '{key}' must be a positive Odoo id, got {value!r}")
    return value


def _qty(value: Any, where: str, *, allow_zero: bool = True) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PayloadError(f"{where} must be a number, got {value!r}")
    if not math.isfinite(value) or abs(value) >= QTY_HARD_LIMIT:
        # The one quantity rule's bounds hold for every payload, whoever built it.
        raise PayloadError(f"{where} must be a plausible quantity, got {value!r}")
    qty = round_qty(value)
    if qty < 0 or (not allow_zero and qty_is_zero(qty)):
        raise PayloadError(f"{where} must be {'≥' if allow_zero else '>'} 0, got {value!r}")
    return qty


def _lots(lines: Any, where: str) -> list[dict[str, Any]]:
    if lines in (None, []):
        return []
    if not isinstance(lines, list):
        raise PayloadError(f"{where} must be a list")
    out = []
    for i, lot in enumerate(lines):
        if not isinstance(lot, Mapping):
            raise PayloadError(f"{where}[{i}] must be an object")
        lot_id = lot.get("lot_id")
        if not (isinstance(lot_id, int) and lot_id > 0) and not lot.get("lot_name"):
            raise PayloadError(f"{where}[{i}] needs a lot_id or a lot_name")
        out.append(
            {
                "lot_id": lot_id if isinstance(lot_id, int) and lot_id > 0 else None,
                "lot_name": lot.get("lot_name") or None,
                "quantity": _qty(lot.get("quantity"), f"{where}[{i}].quantity"),
            }
        )
    return out


def _validate_set_picked(p: Mapping[str, Any]) -> dict[str, Any]:
    kind = PICKING_SET_PICKED
    moves = _require(p, "moves", kind)
    if not isinstance(moves, list) or not moves:
        raise PayloadError(f"{kind}: 'moves' must be a non-empty list")
    clean = []
    seen: set[int] = set()
    for i, move in enumerate(moves):
        where = f"{kind}: moves[{i}]"
        if not isinstance(move, Mapping):
            raise PayloadError(f"{where} must be an object")
        move_id = _required_id(move, "move_id", where)
        if move_id in seen:
            raise PayloadError(f"{where}: move {move_id} appears twice")
        seen.add(move_id)
        qty = _qty(move.get("quantity"), f"{where}.quantity")
        lots = _lots(move.get("lots"), f"{where}.lots")
        if lots and not qty_is_zero(sum(lot["quantity"] for lot in lots) - qty):
            raise PayloadError(f"{where}: the lot quantities do not add up to {format_qty(qty)}")
        clean.append(
            {
                "move_id": move_id,
                "product_id": _id(move, "product_id", where),
                "quantity": qty,
                "lots": lots,
                "manual": bool(move.get("manual", False)),
                "short_quantity": round_qty(move.get("short_quantity") or 0.0),
                "short_reason": move.get("short_reason") or None,
            }
        )
    policy = p.get("short_policy") or None
    if policy is not None and policy not in SHORT_PICK_POLICIES:
        raise PayloadError(f"{kind}: 'short_policy' must be one of {SHORT_PICK_POLICIES}")
    return {
        "v": PAYLOAD_VERSION,
        "picking_id": _id(p, "picking_id", kind),
        "picking_name": str(p.get("picking_name") or ""),
        "short_policy": policy,
        "moves": clean,
    }


def _validate_validate(p: Mapping[str, Any]) -> dict[str, Any]:
    kind = PICKING_VALIDATE
    policy = p.get("short_policy") or None
    if policy is not None and policy not in SHORT_PICK_POLICIES:
        raise PayloadError(f"{kind}: 'short_policy' must be one of {SHORT_PICK_POLICIES}")
    return {
        "v": PAYLOAD_VERSION,
        "picking_id": _id(p, "picking_id", kind),
        "picking_name": str(p.get("picking_name") or ""),
        "short_policy": policy,
    }


def _validate_return(p: Mapping[str, Any]) -> dict[str, Any]:
    kind = RETURN_CREATE
    lines = _require(p, "lines", kind)
    if not isinstance(lines, list) or not lines:
        raise PayloadError(f"{kind}: 'lines' must be a non-empty list")
    clean = []
    for i, line in enumerate(lines):
        where = f"{kind}: lines[{i}]"
        if not isinstance(line, Mapping):
            raise PayloadError(f"{where} must be an object")
        clean.append(
            {
                "move_id": _id(line, "move_id", where),
                "product_id": _id(line, "product_id", where),
                "quantity": _qty(line.get("quantity"), f"{where}.quantity", allow_zero=False),
                "to_refund": bool(line.get("to_refund", True)),
                "lots": _lots(line.get("lots"), f"{where}.lots"),
            }
        )
    return {
        "v": PAYLOAD_VERSION,
        "delivery_id": _id(p, "delivery_id", kind),
        "delivery_name": str(p.get("delivery_name") or ""),
        "location_id": _id(p, "location_id", kind),
        "validate": bool(p.get("validate", True)),
        "reason": str(p.get("reason") or ""),
    } | {"lines": clean}


def _validate_count(p: Mapping[str, Any]) -> dict[str, Any]:
    kind = COUNT_APPLY
    return {
        "v": PAYLOAD_VERSION,
        "product_id": _id(p, "product_id", kind),
        "location_id": _id(p, "location_id", kind),
        "lot_id": _id(p, "lot_id", kind, optional=True),
        # A lot or serial found on the shelf that Odoo did not know yet (no lot_id).
        "lot_name": str(p.get("lot_name") or "") or None,
        "counted": _qty(p.get("counted"), f"{kind}: counted"),
        "snapshot_qty": round_qty(_require(p, "snapshot_qty", kind)),
        "product_name": str(p.get("product_name") or ""),
        "location_name": str(p.get("location_name") or ""),
        "counted_by": str(p.get("counted_by") or ""),
        "approved_by": str(p.get("approved_by") or ""),
        # When the line was counted (ISO): the sentence written to Odoo states it.
        "counted_at": str(p.get("counted_at") or ""),
        # Odoo's write_date of the cached quant the snapshot came from: an inventory move
        # done in Odoo after it is a count the snapshot did not see (a conflict).
        "snapshot_as_of": str(p.get("snapshot_as_of") or "") or None,
        # This PC's unsent counts of the same stock that the snapshot already includes.
        "snapshot_includes": [str(u) for u in p.get("snapshot_includes") or []],
    }


def _validate_message(p: Mapping[str, Any]) -> dict[str, Any]:
    kind = MESSAGE_POST
    model = _require(p, "model", kind)
    if not isinstance(model, str) or "." not in model:
        raise PayloadError(f"{kind}: 'model' must be an Odoo model name, got {model!r}")
    body = _require(p, "body", kind)
    if not isinstance(body, str) or not body.strip():
        raise PayloadError(f"{kind}: 'body' must be non-empty text")
    return {"v": PAYLOAD_VERSION, "model": model, "res_id": _id(p, "res_id", kind), "body": body}


_VALIDATORS = {
    PICKING_SET_PICKED: _validate_set_picked,
    PICKING_VALIDATE: _validate_validate,
    RETURN_CREATE: _validate_return,
    COUNT_APPLY: _validate_count,
    MESSAGE_POST: _validate_message,
}


def validate_payload(kind: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """Check a payload and return it normalised (ids as ints, quantities rounded, "v" set).

    Raises `PayloadError` naming the first problem. A payload with a newer "v" than this
    release knows is refused rather than guessed at."""
    validator = _VALIDATORS.get(kind)
    if validator is None:
        raise PayloadError(f"unknown op kind {kind!r}")
    if not isinstance(payload, Mapping):
        raise PayloadError(f"{kind}: the payload must be an object")
    version = payload.get("v", PAYLOAD_VERSION)
    if version != PAYLOAD_VERSION:
        raise PayloadError(
            f"{kind}: payload version {version!r} is not known to this release "
            f"(it reads version {PAYLOAD_VERSION}); update storeapp on this PC"
        )
    return validator(payload)


# --------------------------------------------------------------------------- retry policy


@dataclass(frozen=True)
class BackoffPolicy:
    """Exponential backoff with jitter for transient failures.

    The n-th retry waits `base * factor**(n-1)` seconds, capped, then spread by ±`jitter`
    (a fraction) so hundreds of stores coming back online at once do not retry in lockstep."""

    base: float = 5.0
    factor: float = 2.0
    cap: float = 600.0
    jitter: float = 0.3

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait before attempt number `attempt + 1` (attempt counts from 1)."""
        attempt = max(1, int(attempt))
        raw = min(self.cap, self.base * self.factor ** min(attempt - 1, 60))
        spread = raw * self.jitter
        low, high = raw - spread, raw + spread
        value = (rng or random).uniform(low, high)
        return max(0.0, min(value, self.cap * (1 + self.jitter)))


def jittered(interval: float, fraction: float = 0.2, rng: random.Random | None = None) -> float:
    """An interval spread by ±fraction, for schedules that many PCs run at once."""
    return max(0.0, (rng or random).uniform(interval * (1 - fraction), interval * (1 + fraction)))


# --------------------------------------------------------------------------- counts


@dataclass(frozen=True)
class CountAdjustment:
    """What a count asks Odoo to do, every number of it: the one count arithmetic of the app.
    `storeapp.core.count_review.explain` turns it into the one sentence people read."""

    counted: float
    snapshot_qty: float
    current_server_qty: float
    difference: float  # counted - snapshot: what the count found
    target: float  # the quantity Odoo is set to
    clamped: bool  # target would have been negative and was raised to 0


def adjusted_target(current_server_qty: float, counted: float, snapshot_qty: float) -> float:
    """`current_server_qty + (counted - snapshot_qty)`, never below zero.

    Why the difference: the count saw `snapshot_qty` in the system and `counted` on the shelf.
    Anything sold or received after that moved the server quantity; setting the server to
    `counted` would undo those moves. Applying only what the count found keeps them."""
    return count_adjustment(current_server_qty, counted, snapshot_qty).target


def count_adjustment(
    current_server_qty: float, counted: float, snapshot_qty: float
) -> CountAdjustment:
    """The adjustment `current_server_qty + (counted - snapshot_qty)`, raised to 0 when more
    left the shelf since the count than the count found (see `adjusted_target` for why)."""
    difference = round_qty(counted - snapshot_qty)
    target = round_qty(current_server_qty + difference)
    clamped = target < 0 and not qty_is_zero(target)
    if target < 0:
        target = 0.0
    return CountAdjustment(
        counted=round_qty(counted),
        snapshot_qty=round_qty(snapshot_qty),
        current_server_qty=round_qty(current_server_qty),
        difference=difference,
        target=target,
        clamped=clamped,
    )

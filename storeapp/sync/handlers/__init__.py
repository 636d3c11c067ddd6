"""Push handlers, one per op kind."""

from __future__ import annotations

from storeapp.core.ops import (
    COUNT_APPLY,
    MESSAGE_POST,
    PICKING_SET_PICKED,
    PICKING_VALIDATE,
    RETURN_CREATE,
)
from storeapp.sync.handlers.base import Attempt, Handler, Park, PushContext
from storeapp.sync.handlers.counts import CountApply
from storeapp.sync.handlers.messages import MessagePost
from storeapp.sync.handlers.picking import PickingSetPicked, PickingValidate
from storeapp.sync.handlers.returns import ReturnCreate

HANDLERS: dict[str, Handler] = {
    PICKING_SET_PICKED: PickingSetPicked(),
    PICKING_VALIDATE: PickingValidate(),
    RETURN_CREATE: ReturnCreate(),
    COUNT_APPLY: CountApply(),
    MESSAGE_POST: MessagePost(),
}

__all__ = ["HANDLERS", "Attempt", "Handler", "Park", "PushContext"]

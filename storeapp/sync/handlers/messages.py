"""message.post: a note in a record's chatter, carrying the op marker so it is posted once."""

from __future__ import annotations

from typing import Any

from storeapp.core.ops import op_marker
from storeapp.core.text import msg
from storeapp.sync.errors import GatewayError, odoo_reason
from storeapp.sync.handlers.base import Attempt, PushContext, Result, any_of, by_marker


class MessagePost:
    """A chatter note carrying the op marker."""

    kind = "message.post"

    def reconcile(self, ctx: PushContext, attempt: Attempt) -> Result | None:
        found = ctx.marked(self, attempt)
        return {"message_id": found[0]["id"], "already": True} if found else None

    def find_marked(
        self, ctx: PushContext, attempts: list[Attempt]
    ) -> dict[str, list[dict[str, Any]]]:
        """Notes carrying any of the ops' markers, in one search (the marker is unique, so the
        record it was posted on need not be in the domain)."""
        markers = {op_marker(a.op.uuid): a.op.uuid for a in attempts}
        rows = ctx.gateway.search_read(
            "mail.message",
            any_of([("body", "like", marker) for marker in markers]),
            ["body"],
            order="id asc",
        )
        return by_marker(rows, "body", markers)

    def apply(self, ctx: PushContext, attempt: Attempt) -> Result:
        p = attempt.payload
        body = f"{p['body']}\n{op_marker(attempt.op.uuid)}"
        message_id = ctx.gateway.execute(
            p["model"],
            "message_post",
            [p["res_id"]],
            body=body,
            message_type="comment",
            subtype_xmlid="mail.mt_note",
        )
        if isinstance(message_id, list):
            message_id = message_id[0] if message_id else None
        return {"message_id": message_id}

    def explain(self, attempt: Attempt, error: GatewayError) -> tuple[str, str]:
        p = attempt.payload
        return (
            msg(
                "Odoo refused the note on {model} #{record}: {odoo} The other changes of this "
                "record are sent all the same.",
                model=p["model"],
                record=p["res_id"],
                odoo=odoo_reason(error),
            ),
            msg(
                "The note is not essential: cancel it, or retry once Odoo is fixed. When Odoo "
                "asks for the sender's e-mail address, IT must give the device user an e-mail "
                "address in Odoo (see the IT guide)."
            ),
        )

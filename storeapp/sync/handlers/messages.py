"""message.post: a note in a record's chatter, carrying the op marker so it is posted once."""

from __future__ import annotations

from storeapp.core.ops import op_marker
from storeapp.sync.errors import GatewayError, odoo_reason
from storeapp.sync.handlers.base import Attempt, PushContext, Result


class MessagePost:
    """A chatter note carrying the op marker."""

    kind = "message.post"

    def reconcile(self, ctx: PushContext, attempt: Attempt) -> Result | None:
        if attempt.first:
            return None  # no request carrying this op's marker has been sent yet
        p = attempt.payload
        found = ctx.gateway.search(
            "mail.message",
            [
                ("model", "=", p["model"]),
                ("res_id", "=", p["res_id"]),
                ("body", "like", op_marker(attempt.op.uuid)),
            ],
            limit=1,
        )
        return {"message_id": found[0], "already": True} if found else None

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
            f"Odoo refused the note on {p['model']} #{p['res_id']}: {odoo_reason(error)} The "
            "other changes of this record are sent all the same.",
            "The note is not essential: cancel it, or retry once Odoo is fixed. When Odoo asks "
            "for the sender's e-mail address, IT must give the device user an e-mail address "
            "in Odoo (see the IT guide).",
        )

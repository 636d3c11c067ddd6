"""What storeapp needs of the device user's own record in Odoo, beyond its rights.

Odoo refuses a chatter note (`message_post`) whose author has no e-mail address ("Unable to send
message, please configure the sender's email address."), and IT usually creates the device user
without one. Test connection looks it up, and `storeapp doctor` through the same probe, so IT
hears it at setup, not from a parked note. Notes refused for it never hold back the stock
changes of the same order.
"""

from __future__ import annotations

from storeapp.core.text import msg, translatable
from storeapp.sync.gateway import OdooGateway

EMAIL_ADVICE = translatable(
    "In Odoo, open Settings → Users & Companies → Users, open that user and fill in its e-mail "
    "address (a store mailbox will do); then retry any parked note."
)


def missing_email(gateway: OdooGateway, uid: int) -> str | None:
    """In words, why notes will be refused when the device user `uid` has no e-mail address;
    None when it has one."""
    rows = gateway.read("res.users", [uid], ["login", "email"])
    if rows and rows[0].get("email"):
        return None
    login = rows[0]["login"] if rows else f"#{uid}"
    return msg(
        "The device user {login} has no e-mail address in Odoo, so Odoo refuses the notes "
        "storeapp writes on orders (stock changes are sent all the same).",
        login=login,
    )

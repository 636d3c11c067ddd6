"""What storeapp needs of the device user's own record in Odoo, beyond its rights.

Odoo refuses a chatter note (`message_post`) whose author has no e-mail address ("Unable to send
message, please configure the sender's email address."), and IT usually creates the device user
without one. Test connection and `storeapp doctor` look it up so IT hears it at setup, not from a
parked note. Notes refused for it never hold back the stock changes of the same order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from storeapp.sync.credentials import CredentialStore
from storeapp.sync.errors import GatewayError
from storeapp.sync.gateway import GatewaySettings, OdooGateway

EMAIL_ADVICE = (
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
    return (
        f"The device user {login} has no e-mail address in Odoo, so Odoo refuses the notes "
        "storeapp writes on orders (stock changes are sent all the same)."
    )


def doctor_check(ctx: Any) -> Iterator[Any]:
    """Doctor's line about the device user's e-mail address (needs Odoo and the stored key)."""
    from storeapp.diagnostics.doctor import Finding, Status

    if ctx.cfg is None or not ctx.cfg.odoo.url:
        return
    gateway = OdooGateway(GatewaySettings.from_config(ctx.cfg), CredentialStore())
    try:
        problem = missing_email(gateway, gateway.connect().uid)
    except GatewayError as exc:
        yield Finding(
            Status.WARN,
            "odoo",
            f"could not check the device user's e-mail address: {exc}",
            "Run doctor again when Odoo can be reached.",
        )
        return
    finally:
        gateway.close()
    if problem:
        yield Finding(Status.WARN, "odoo", problem, EMAIL_ADVICE)
    else:
        yield Finding(Status.OK, "odoo", "the device user has an e-mail address: notes can be sent")

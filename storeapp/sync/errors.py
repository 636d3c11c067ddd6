"""Typed errors of the Odoo gateway.

Everything that can go wrong talking to Odoo arrives as one of these, never as a raw urllib,
socket or odoorpc exception. Each says in plain words what happened and what to do (`str(e)`),
keeps the technical detail for the log (`detail`), and tells the push whether retrying can help
(`transient`).

The words are built with `msg(...)`: `e.message` keeps them as a `Message` (template and values),
which `str(e)` cannot, so the outbox can save an op's last error for a screen to show in its
reader's language; `str(e)` is the same English.
"""

from __future__ import annotations

from typing import TypedDict, Unpack


class ErrorDetails(TypedDict, total=False):
    """The keywords every GatewayError takes beyond its message (subclasses pass them on)."""

    detail: str | None
    odoo_name: str | None
    in_flight: bool


class GatewayError(Exception):
    """Base of every gateway failure."""

    transient = False

    def __init__(
        self,
        message: str,
        *,
        detail: str | None = None,
        odoo_name: str | None = None,
        in_flight: bool = False,
    ) -> None:
        super().__init__(message)
        # Exception keeps a plain str of it; this keeps the Message (template and values).
        self.message = message
        self.detail = detail or str(message)
        self.odoo_name = odoo_name
        # The request may have reached Odoo and still be running there (a timeout, a
        # connection cut before any answer, a proxy's 502/504): Odoo finishes it regardless,
        # so looking for its effect right away can miss an effect that is about to commit.
        self.in_flight = in_flight


# ---- transient: the request may succeed later; the outcome of a write may be unknown


class Offline(GatewayError):
    """Odoo cannot be reached (no network, DNS, refused, connection cut)."""

    transient = True


class Timeout(GatewayError):
    """Odoo did not answer in time. A write may or may not have been applied."""

    transient = True


class ServerError(GatewayError):
    """Odoo (or a proxy in front of it) failed: 5xx, database unavailable, busy (429)."""

    transient = True

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        **kw: Unpack[ErrorDetails],
    ) -> None:
        super().__init__(message, **kw)
        self.status = status
        # Seconds the server (or its proxy) asked to wait: its Retry-After header.
        self.retry_after = retry_after


class ProtocolError(GatewayError):
    """The answer was not a valid Odoo JSON-RPC answer (garbage, truncated, wrong shape)."""

    transient = True


# ---- permanent: retrying the same request will not help


class AuthFailed(GatewayError):
    """The device credential was refused (wrong, revoked or expired API key)."""


class AccessDenied(GatewayError):
    """The device user lacks the rights for this operation (Odoo AccessError)."""


class UserError(GatewayError):
    """Odoo refused for a business reason (cancelled order, nothing to return, ...)."""


class ValidationError(UserError):
    """Odoo refused because a constraint failed (duplicate barcode, lot, ...)."""


class NotFound(UserError):
    """The record was deleted in Odoo (MissingError)."""


class ProgramError(GatewayError):
    """Odoo answered with a Python error (unknown field or method): a version or programming
    mismatch between storeapp and this Odoo. Retrying does not help; IT must look."""


class UnsupportedServer(GatewayError):
    """The server is not an Odoo version storeapp supports, or not Odoo at all."""


# ---- configuration: this PC's settings are wrong; nothing changes until someone fixes them


class ConfigurationError(GatewayError):
    """This PC's configuration cannot work (wrong database name, an address that is not a web
    address, no key stored). Said once with the fix and not retried like a bad moment of Odoo:
    asking again cannot help until IT changes the configuration."""


class DatabaseNotFound(ConfigurationError):
    """Odoo has no database of the configured name."""


class BadAddress(ConfigurationError, UnsupportedServer):
    """`odoo.url` is not an http:// or https:// address."""


class TlsError(GatewayError):
    """The server's certificate could not be verified."""


class CredentialsMissing(ConfigurationError):
    """No device credential is stored, or the system keyring is unavailable."""


_ODOO_PREFIXES = ("Odoo refused: ", "Odoo says: ")


def odoo_reason(error: GatewayError) -> str:
    """The reason in Odoo's words, without our "Odoo refused: " prefix, for messages that
    already say "Odoo refused the change to …: " (it read "Odoo refused … Odoo refused:")."""
    text = str(error)
    for prefix in _ODOO_PREFIXES:
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text

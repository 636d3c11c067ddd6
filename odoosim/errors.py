"""Odoo's exception classes, named so that the wire shows Odoo's own class paths.

The JSON-RPC error envelope carries ``data.name`` = ``"<module>.<class>"`` of the raised
exception. Clients (storeapp included) match on that name, so each class below reports the
module path the real Odoo class lives in, not ``odoosim.errors``.
"""

from __future__ import annotations


class OdooError(Exception):
    """Base of every error odoosim serialises with an Odoo class path."""

    odoo_name = "odoo.exceptions.UserError"

    def __init__(self, message: str, *extra):
        super().__init__(message, *extra)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UserError(OdooError):
    """A business rule refused the call (``odoo.exceptions.UserError``)."""

    odoo_name = "odoo.exceptions.UserError"


class AccessError(UserError):
    """An ACL, field-group or private-method refusal."""

    odoo_name = "odoo.exceptions.AccessError"


class AccessDenied(UserError):
    """Bad credentials on an ``object`` call or a bad master password on ``db`` calls."""

    odoo_name = "odoo.exceptions.AccessDenied"

    def __init__(self, message: str = "Access Denied"):
        super().__init__(message)


class MissingError(UserError):
    """The record was deleted (``odoo.exceptions.MissingError``)."""

    odoo_name = "odoo.exceptions.MissingError"


class ValidationError(UserError):
    """A constraint was violated (``odoo.exceptions.ValidationError``)."""

    odoo_name = "odoo.exceptions.ValidationError"


class RedirectWarning(OdooError):
    """``odoo.exceptions.RedirectWarning``; arguments are (message, action, button, context)."""

    odoo_name = "odoo.exceptions.RedirectWarning"


class BuiltinError(OdooError):
    """A Python built-in error raised inside Odoo (``builtins.ValueError`` and friends)."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.odoo_name = f"builtins.{kind}"


class ServerError(OdooError):
    """An error whose class path is given at raise time (fault injection, psycopg2 errors)."""

    def __init__(self, odoo_name: str, message: str):
        super().__init__(message)
        self.odoo_name = odoo_name


def value_error(message: str) -> BuiltinError:
    return BuiltinError("ValueError", message)


def attribute_error(message: str) -> BuiltinError:
    return BuiltinError("AttributeError", message)


def type_error(message: str) -> BuiltinError:
    return BuiltinError("TypeError", message)


def error_from_name(odoo_name: str, message: str) -> OdooError:
    """Build the exception a fault or control request names, e.g. ``odoo.exceptions.UserError``."""
    for cls in (UserError, AccessError, AccessDenied, MissingError, ValidationError):
        if cls.odoo_name == odoo_name:
            return cls(message)
    if odoo_name.startswith("builtins."):
        return BuiltinError(odoo_name.split(".", 1)[1], message)
    return ServerError(odoo_name, message)

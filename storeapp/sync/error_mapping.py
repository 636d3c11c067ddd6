"""Typed gateway errors from what odoorpc, urllib, http.client and sockets raise.

Odoo errors are told apart by their exception class name (`RPCError.info['data']['name']`),
never by message text, which differs between builds (reference §7).
"""

from __future__ import annotations

import email.utils
import http.client
import socket
import ssl
import urllib.error
from datetime import UTC, datetime

import odoorpc.error

from storeapp.core.text import Message, msg
from storeapp.sync.errors import (
    AccessDenied,
    AuthFailed,
    DatabaseNotFound,
    GatewayError,
    NotFound,
    Offline,
    ProgramError,
    ProtocolError,
    ServerError,
    Timeout,
    TlsError,
    UnsupportedServer,
    UserError,
    ValidationError,
)
from storeapp.sync.json2 import Json2Error


def _plain(message: str) -> str:
    return (message or "").strip().split("\n\n")[0].strip()


def map_rpc_error(exc: odoorpc.error.RPCError, database: str | None = None) -> GatewayError:
    """Map an odoorpc RPCError by Odoo's exception class name (never by message text, which
    differs between builds). `database` is the configured database name: the one fact that
    tells a missing database from a database server that is down (below)."""
    info = exc.info if isinstance(getattr(exc, "info", None), dict) else None
    if info is None:
        # odoorpc's own "Wrong login ID or password" (common.login answered false).
        return AuthFailed(
            msg(
                "Odoo refused the key of this PC. It may have been revoked or mistyped: a manager "
                "or IT must enter a valid Odoo API key in Setup. Work keeps being saved meanwhile."
            ),
            detail=str(exc),
            odoo_name="login",
        )
    data = info.get("data") if isinstance(info.get("data"), dict) else {}
    name = str(data.get("name") or "")
    message = str(data.get("message") or info.get("message") or exc)
    if info.get("code") == 100:
        return AuthFailed(
            msg("Odoo ended the session of this PC. It will sign in again."),
            detail=f"{name}: {message}",
        )
    return map_odoo_error(name, message, database)


def map_json2_error(exc: Json2Error, database: str | None = None) -> GatewayError:
    """Map a JSON-2 error answer: Odoo's exception class name as for JSON-RPC, plus what only
    the HTTP status says (401: the key; werkzeug's 404/422: a call this Odoo does not have)."""
    detail = f"HTTP {exc.status} {exc.name}: {exc.message}"
    if exc.status == 401:
        return AuthFailed(
            msg(
                "Odoo refused the key of this PC (it may have expired or been revoked): IT must "
                "store a new Odoo API key with `storeapp provision --only credential` (or a "
                "manager in Setup). Work keeps being saved meanwhile."
            ),
            detail=detail,
            odoo_name=exc.name,
        )
    if exc.name.startswith("werkzeug.") and exc.status in (400, 404, 405, 422):
        return ProgramError(
            msg(
                "Odoo could not run a request from storeapp ({problem}). This usually means a "
                "storeapp/Odoo version mismatch; tell IT.",
                problem=exc.message,
            ),
            detail=detail,
            odoo_name=exc.name,
        )
    return map_odoo_error(exc.name, exc.message, database)


def map_odoo_error(name: str, message: str, database: str | None = None) -> GatewayError:
    """A typed error from Odoo's exception class name (the same on every transport);
    `database`: see `map_rpc_error`."""
    detail = f"{name}: {message}"
    plain = _plain(message)
    if name == "odoo.exceptions.AccessDenied":
        return AuthFailed(
            msg(
                "Odoo refused the key of this PC (Access Denied). It may have been revoked: a "
                "manager or IT must enter a valid Odoo API key in Setup. Work keeps being saved."
            ),
            detail=detail,
            odoo_name=name,
        )
    if name == "odoo.exceptions.AccessError":
        return AccessDenied(
            msg(
                "The Odoo user of this PC is not allowed to do this: {reason} Ask IT to give it "
                "the missing rights.",
                reason=plain,
            ),
            detail=detail,
            odoo_name=name,
        )
    if name == "odoo.exceptions.MissingError":
        return NotFound(msg("Odoo says: {reason}", reason=plain), detail=detail, odoo_name=name)
    if name == "odoo.exceptions.ValidationError":
        return ValidationError(_refused(plain), detail=detail, odoo_name=name)
    if name.startswith("odoo.exceptions."):
        return UserError(_refused(plain), detail=detail, odoo_name=name)
    if _names_missing_database(name, message, database):
        return DatabaseNotFound(
            msg(
                'Odoo has no database "{database}". Check the name with the Odoo administrator '
                "and correct odoo.database in this PC's configuration (storeapp provision --db "
                "NAME), then start storeapp again. Work keeps being saved on this PC meanwhile.",
                database=database,
            ),
            detail=detail,
            odoo_name=name,
        )
    if name.startswith(("psycopg2.", "psycopg.")) or "werkzeug" in name:
        # Database unavailable, serialization failure after Odoo's own retries, ...
        return ServerError(
            msg("Odoo's database had a problem with this request; storeapp will try again."),
            detail=detail,
            odoo_name=name,
        )
    return ProgramError(
        msg(
            "Odoo could not run a request from storeapp ({problem}). This usually means a "
            "storeapp/Odoo version mismatch; tell IT.",
            problem=f"{name or 'unknown error'}: {plain}",
        ),
        detail=detail,
        odoo_name=name,
    )


def _refused(reason: str) -> Message:
    """Odoo's refusal in its own words (`errors.odoo_reason` takes the prefix off again)."""
    return msg("Odoo refused: {reason}", reason=reason)


def _names_missing_database(name: str, message: str, database: str | None) -> bool:
    """A real Odoo 17 answers a login to an unknown database with `psycopg2.OperationalError`
    and PostgreSQL's connection message (`FATAL: database "x" does not exist`); a database
    server that is down or restarting answers the same class with a message that names a host,
    not our database. The wording is localised by PostgreSQL, the quoted name is not."""
    return (
        bool(database)
        and name.endswith("OperationalError")
        and name.startswith(("psycopg2.", "psycopg."))
        and f'"{database}"' in message
    )


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a `Retry-After` header asks to wait: a number of seconds or an HTTP date
    (RFC 9110 §10.2.3); None when absent or unreadable."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def map_exception(exc: BaseException, database: str | None = None) -> GatewayError:
    """Map any failure of a request to a typed gateway error (`database`: see
    `map_rpc_error`)."""
    if isinstance(exc, GatewayError):
        return exc
    if isinstance(exc, odoorpc.error.RPCError):
        return map_rpc_error(exc, database)
    if isinstance(exc, Json2Error):
        return map_json2_error(exc, database)
    if isinstance(exc, urllib.error.HTTPError):
        status = exc.code
        if status in (429, 502, 503, 504) or status >= 500:
            wait = retry_after(exc.headers.get("Retry-After") if exc.headers else None)
            return ServerError(
                _busy(status, wait),
                status=status,
                detail=f"HTTP {status} {exc.reason}",
                # 503/429 are refusals before any work; a proxy's 502/504/500 may hide a
                # request Odoo is still running.
                in_flight=status not in (429, 503),
                retry_after=wait,
            )
        if status == 404:
            return UnsupportedServer(
                msg(
                    "There is no Odoo JSON-RPC service at this address (HTTP 404). Check the "
                    "Odoo address in the settings."
                ),
                detail=f"HTTP 404 {exc.reason}",
            )
        return ProtocolError(
            msg(
                "The server answered HTTP {status} instead of Odoo's answer. A proxy may be in "
                "the way; tell IT if it keeps happening.",
                status=status,
            ),
            detail=f"HTTP {status} {exc.reason}",
        )
    if isinstance(exc, urllib.error.URLError):
        reason = exc.reason
        if isinstance(reason, BaseException):
            return map_exception(reason)
        return Offline(
            msg(
                "Odoo cannot be reached ({reason}). Work is saved on this PC and sent later.",
                reason=str(reason),
            ),
            detail=str(exc),
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return TlsError(_certificate_problem(exc), detail=str(exc))
    if isinstance(exc, TimeoutError | socket.timeout):
        return Timeout(
            msg("Odoo did not answer in time. storeapp will check what happened and try again."),
            detail=str(exc) or "timed out",
            in_flight=True,
        )
    if isinstance(exc, http.client.RemoteDisconnected):
        return Offline(
            msg(
                "The connection to Odoo was cut before it answered. storeapp will check what "
                "happened and try again."
            ),
            detail=repr(exc),
            in_flight=True,
        )
    if isinstance(exc, http.client.IncompleteRead | http.client.BadStatusLine):
        # Odoo had finished (it was answering): nothing is still running there.
        return ProtocolError(
            msg("Odoo's answer was cut off; storeapp will check what happened and try again."),
            detail=repr(exc),
        )
    if isinstance(exc, ConnectionRefusedError | socket.gaierror):
        return Offline(
            msg("Odoo cannot be reached. Work is saved on this PC and sent later."),
            detail=repr(exc),
        )
    if isinstance(exc, ConnectionError | OSError | http.client.HTTPException):
        # Cut after the request went out (reset, closed without an answer): Odoo may have it.
        return Offline(
            msg("The connection to Odoo failed. Work is saved on this PC and sent later."),
            detail=repr(exc),
            in_flight=isinstance(
                exc, http.client.RemoteDisconnected | ConnectionResetError | BrokenPipeError
            ),
        )
    if isinstance(exc, ValueError | KeyError | TypeError | AttributeError | UnicodeDecodeError):
        # odoorpc parses the body itself: garbage or a wrong shape ends up here.
        return ProtocolError(
            msg("Odoo answered something storeapp could not read; it will try again."),
            detail=repr(exc),
        )
    return ProtocolError(msg("Unexpected failure talking to Odoo."), detail=repr(exc))


def _busy(status: int, wait: float | None) -> Message:
    """A 429 or a 5xx in words, with when storeapp tries again: the server's Retry-After when
    it gave one (each language says "in 30 s" its own way, so it is a message of its own)."""
    later = msg("in {seconds} s", seconds=round(wait)) if wait else msg("soon")
    if status == 429:
        return msg(
            "Odoo asks this PC to send fewer requests (HTTP 429); work is saved and storeapp "
            "tries again {later}.",
            later=later,
        )
    return msg(
        "Odoo is busy or restarting (HTTP {status}); work is saved and storeapp tries again "
        "{later}.",
        status=status,
        later=later,
    )


def _certificate_problem(exc: ssl.SSLCertVerificationError) -> Message:
    """Words for a refused certificate that point at the fix: the advice for an expired
    certificate or a wrong address is not the advice for a company's own authority. Each is
    one whole sentence, so that a translation can order it as its language needs."""
    why = f"{getattr(exc, 'verify_message', '') or ''} {exc}".lower()
    if "expired" in why:
        return msg(
            "The Odoo server's certificate could not be verified, so storeapp sends nothing to "
            "it: it has expired. The Odoo administrator must renew the server's certificate; "
            "nothing on this PC needs to change."
        )
    if "not yet valid" in why:
        return msg(
            "The Odoo server's certificate could not be verified, so storeapp sends nothing to "
            "it: it is not valid yet. Check this PC's date and time, or ask the Odoo "
            "administrator about the certificate's start date."
        )
    if "hostname" in why or "ip address mismatch" in why:
        return msg(
            "The Odoo server's certificate could not be verified, so storeapp sends nothing to "
            "it: it was made for another host name than the one in odoo.url. IT must use the "
            "address the certificate names, or the Odoo administrator must fix the certificate."
        )
    return msg(
        "The Odoo server's certificate could not be verified, so storeapp sends nothing to it: "
        "no trusted authority signed it. If your company uses its own certificate authority, "
        "IT must set odoo.ca_bundle on this PC to that authority's certificate."
    )

"""The gateway's errors as messages: `str(e)` is the same English as before (logs, the CLI,
`--json`), while `e.message` keeps the template and its values for a screen to show in the
language of whoever reads it; `e.detail` stays technical, for the log."""

from __future__ import annotations

import http.client
import socket
import ssl
import urllib.error

import pytest

from storeapp.core.text import Message
from storeapp.sync import errors
from storeapp.sync.error_mapping import map_exception, map_odoo_error


def _as_message(error: errors.GatewayError) -> Message:
    """The error's message, checked to read as the English `str(error)` it always was."""
    message = error.message
    assert isinstance(message, Message), (type(error), str(error))
    assert str(error) == str(message)
    return message


@pytest.mark.parametrize("kind", ["drop_before", "http_502", "http_503", "http_429"])
def test_a_network_fault_over_http_is_a_message_with_its_values(sim, gateway, kind):
    gateway.connect()
    sim.faults.inject(kind, model="stock.picking", method="write", retry_after=7)
    with pytest.raises(errors.GatewayError) as info:
        gateway.write("stock.picking", [1], {"origin": "first try"})
    message = _as_message(info.value)
    if kind in ("http_502", "http_503"):
        assert message.values["status"] == int(kind[-3:])
    if kind in ("http_503", "http_429"):  # the server's Retry-After, as a message of its own
        later = message.values["later"]
        assert isinstance(later, Message) and later.values == {"seconds": 7}
        assert str(info.value).endswith("storeapp tries again in 7 s.")
    assert "Work" not in info.value.detail and "storeapp" not in info.value.detail  # technical


def test_odoo_down_and_odoos_refusals_are_messages(sim, gateway):
    gateway.connect()
    sim.faults.inject(
        "raise", model="stock.picking", method="write", error=("odoo.exceptions.UserError", "No.")
    )
    with pytest.raises(errors.UserError) as refused:
        gateway.write("stock.picking", [1], {"origin": "x"})
    message = _as_message(refused.value)
    assert message.template == "Odoo refused: {reason}" and message.values == {"reason": "No."}
    assert errors.odoo_reason(refused.value) == "No."  # Odoo's own words, without our prefix
    sim.down()
    try:
        with pytest.raises(errors.Offline) as down:
            gateway.search_count("stock.picking", [])
        assert _as_message(down.value).template.startswith("Odoo cannot be reached")
    finally:
        sim.up()


CERTIFICATE = ssl.SSLCertVerificationError(1, "certificate verify failed: certificate has expired")


@pytest.mark.parametrize(
    "failure",
    [
        urllib.error.URLError("[Errno -2] Name or service not known"),
        urllib.error.HTTPError("http://odoo", 404, "Not Found", {}, None),  # type: ignore[arg-type]
        urllib.error.HTTPError("http://odoo", 418, "Teapot", {}, None),  # type: ignore[arg-type]
        CERTIFICATE,
        TimeoutError(),
        http.client.RemoteDisconnected("closed"),
        http.client.IncompleteRead(b"{"),
        ConnectionRefusedError(111, "refused"),
        socket.gaierror(-2, "unknown host"),
        ConnectionResetError(104, "reset"),
        ValueError("garbage"),
        RuntimeError("anything else"),
    ],
    ids=repr,
)
def test_every_mapped_failure_is_a_message(failure):
    _as_message(map_exception(failure, "store"))


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("odoo.exceptions.AccessDenied", "Access Denied"),
        ("odoo.exceptions.AccessError", "Not allowed on stock.picking."),
        ("odoo.exceptions.MissingError", "Record does not exist."),
        ("odoo.exceptions.ValidationError", "Duplicate barcode."),
        ("psycopg2.OperationalError", 'FATAL:  database "store" does not exist'),
        ("psycopg2.errors.SerializationFailure", "could not serialize"),
        ("builtins.AttributeError", "no attribute 'x'"),
    ],
)
def test_every_odoo_error_is_a_message(name, text):
    _as_message(map_odoo_error(name, text, "store"))

"""`explain` words every typed sync error from its table, whatever wraps it."""

from __future__ import annotations

import ssl

import pytest

from storeapp.sync import errors as gateway_errors
from storeapp.ui.errors import GATEWAY_TITLES, explain

GATEWAY_CLASSES = sorted(
    (
        cls
        for cls in vars(gateway_errors).values()
        if isinstance(cls, type) and issubclass(cls, gateway_errors.GatewayError)
    ),
    key=lambda cls: cls.__name__,
)


@pytest.mark.parametrize("cls", GATEWAY_CLASSES, ids=lambda cls: cls.__name__)
def test_every_gateway_error_is_worded_from_the_table_or_as_unreachable(cls):
    explanation = explain(cls("Odoo's own words."), "Saving")
    if cls in (gateway_errors.Offline, gateway_errors.Timeout):
        assert explanation.title == "Odoo cannot be reached"
        return
    # Subclasses without their own row (DatabaseNotFound, BadAddress) fall back to the
    # generic "Odoo said no" and still show Odoo's words.
    title = GATEWAY_TITLES.get(cls.__name__, ("Odoo said no", ""))[0]
    assert explanation.title == title
    assert explanation.what == "Saving: Odoo's own words."


def test_the_first_known_cause_in_the_chain_decides():
    try:
        try:
            raise ssl.SSLCertVerificationError("certificate verify failed")
        except ssl.SSLError as inner:
            raise RuntimeError("request failed") from inner
    except RuntimeError as exc:
        explanation = explain(exc, "Testing the connection")
    assert explanation.title == "The secure connection was refused"

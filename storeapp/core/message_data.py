"""Messages kept in the journal (a count's reasons for a manager) as data, so the screen that
reads them back days later still shows them in the language of whoever reads them.

A saved message is `{"template": ..., "values": {...}}`; a value is kept with its kind
(`{"qty": 2.5}`, `{"amount": "12.50", "currency": "EUR"}`, a nested message, a listing), since
a plain JSON number would lose whether it was a quantity or money. Text saved before messages
were kept this way comes back as the English text it is.
"""

from __future__ import annotations

from typing import Any

from storeapp.core.quantities import Amount, Quantity, SignedQuantity
from storeapp.core.text import Counted, Listing, Message


def message_data(text: str) -> dict[str, Any] | str:
    """`text` as JSON-ready data: its template and typed values when it is a `Message`."""
    if not isinstance(text, Message):
        return str(text)
    if isinstance(text, Counted):  # both forms: the reader's language picks one
        return {"count": text.number, "forms": list(text.forms)}
    return {"template": text.template, "values": {k: _value(v) for k, v in text.values.items()}}


def message_from(data: object) -> str:
    """The message `message_data` saved (a plain text stays one)."""
    if isinstance(data, dict) and isinstance(forms := data.get("forms"), list) and len(forms) == 2:
        count = data.get("count")
        if isinstance(count, int | float) and not isinstance(count, bool):
            return Counted(count, str(forms[0]), str(forms[1]))
    if isinstance(data, dict) and isinstance(template := data.get("template"), str):
        saved = data.get("values")
        values = saved if isinstance(saved, dict) else {}
        try:
            return Message(template, **{k: _restore(v) for k, v in values.items()})
        except (KeyError, IndexError, ValueError):  # damaged data: show what can be shown
            return template
    return str(data)


def _value(value: object) -> object:
    if isinstance(value, Message):
        return {"message": message_data(value)}
    if isinstance(value, Listing):
        return {"listing": [message_data(p) for p in value], "separator": value.separator}
    if isinstance(value, Amount):
        return {"amount": format(value, ".2f"), "currency": value.currency}
    if isinstance(value, SignedQuantity):
        return {"signed_qty": float(value)}
    if isinstance(value, Quantity):
        return {"qty": float(value)}
    return value


def _restore(value: object) -> object:
    if not isinstance(value, dict):
        return value
    if "message" in value:
        return message_from(value["message"])
    if "listing" in value:
        return Listing((message_from(p) for p in value["listing"]), value.get("separator", "; "))
    if "amount" in value:
        return Amount(value["amount"], value.get("currency"))
    if "signed_qty" in value:
        return SignedQuantity(value["signed_qty"])
    if "qty" in value:
        return Quantity(value["qty"])
    return value

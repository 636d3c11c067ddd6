"""Words for people: counts ("1 item", "3 items", "1 try left" — never "1 items"), and names
compared as people type them (no case, no accents)."""

from __future__ import annotations

import unicodedata

from storeapp.core.quantities import format_qty
from storeapp.core.text import Message


def plural(count: float, singular: str, plural_form: str | None = None) -> Message:
    """`count` followed by the words in the number it needs: `singular` for exactly one,
    else `plural_form` (default `singular` + "s": "open order" -> "open orders"). Irregular
    ones are given: `plural(n, "try left", "tries left")`. Whole floats print bare (2.0 -> 2)."""
    number = int(count) if float(count).is_integer() else count
    words = singular if number == 1 else (plural_form or f"{singular}s")
    # A Message: "{n} days" is translated whole (the extractor collects both forms).
    return Message("{n} " + words.replace("{", "{{").replace("}", "}}"), n=number)


def plural_qty(quantity: float, singular: str, plural_form: str | None = None) -> str:
    """A stock quantity in words, written as quantities are everywhere ("1 item",
    "2.5 items")."""
    words = singular if quantity == 1 else (plural_form or f"{singular}s")
    return f"{format_qty(quantity)} {words}"


def fold(text: str) -> str:
    """`text` without case or accents ("Abholung im Geschäft" -> "abholung im geschaft"), and
    with runs of spaces made one, for comparing names as people type them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())

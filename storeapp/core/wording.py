"""Words for people: counts ("1 item", "3 items", "1 try left" — never "1 items"), and names
compared as people type them (no case, no accents)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from storeapp.core.quantities import Quantity, round_qty
from storeapp.core.text import Counted


# Languages whose singular is not "exactly one" (English's rule, also Dutch's and German's):
# French counts 0 and 1 (and 1.5) in the singular.
def _below_two(count: float) -> bool:
    return abs(count) < 2


def _exactly_one(count: float) -> bool:
    return count == 1


SINGULAR_RULES: dict[str, Callable[[float], bool]] = {"fr": _below_two}


def plural(count: float, singular: str, plural_form: str | None = None) -> Counted:
    """`count` followed by the words in the number it needs: `singular` for exactly one,
    else `plural_form` (default `singular` + "s": "open order" -> "open orders"). Irregular
    ones are given: `plural(n, "try left", "tries left")`. Whole floats print bare (2.0 -> 2).

    That is English's rule, for logs; a screen shown in another language picks the form by
    that language's rule (`singular`), so it keeps both."""
    number = int(count) if float(count).is_integer() else count
    # "{n} days" is translated whole (the extractor collects both forms).
    return Counted(number, _template(singular), _template(plural_form or f"{singular}s"))


def _template(words: str) -> str:
    return "{n} " + words.replace("{", "{{").replace("}", "}}")


def singular(language: str, count: float) -> bool:
    """Whether `language` ("fr", "nl", ...) says `count` things in the singular."""
    return SINGULAR_RULES.get(language, _exactly_one)(count)


def plural_qty(quantity: float, singular: str, plural_form: str | None = None) -> Counted:
    """A stock quantity in words, written as quantities are everywhere ("1 item",
    "2.5 items"): a count like `plural`'s, whose number is a `Quantity`, so a screen writes it
    with the language's decimal separator and picks the form by the language's rule (French:
    "1,5 article"), while logs read English."""
    return plural(Quantity(round_qty(quantity)), singular, plural_form)


def fold(text: str) -> str:
    """`text` without case or accents ("Abholung im Geschäft" -> "abholung im geschaft"), and
    with runs of spaces made one, for comparing names as people type them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())

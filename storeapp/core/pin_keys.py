"""What a key stands for in a PIN: the digits, whatever the keyboard layout.

A PIN is digits only. On a French or Belgian AZERTY keyboard the digits are on the top row
*with* Shift; without it the same keys type &é"'(-è_çà (§ and ! on the Belgian layout). An
associate typing a PIN there is typing digits in their head, so those characters read as the
digits printed on the keys. Anything else is refused at the key, before it can cost an attempt.
"""

from __future__ import annotations

import unicodedata

from storeapp.core.text import translatable

# Unshifted top row of the French (and Belgian) AZERTY layout -> the digit on the same key.
AZERTY_TOP_ROW = {
    "&": "1",
    "é": "2",
    '"': "3",
    "'": "4",
    "(": "5",
    "-": "6",
    "§": "6",
    "è": "7",
    "_": "8",
    "!": "8",
    "ç": "9",
    "à": "0",
}

PIN_DIGITS_ONLY = translatable(
    "A PIN is digits only. Type it with the number keys or the keypad on screen."
)


def pin_digit(text: str) -> str | None:
    """The ASCII digit a key's text stands for in a PIN, or None when it stands for none."""
    if len(text) != 1:
        return None
    if text in AZERTY_TOP_ROW:
        return AZERTY_TOP_ROW[text]
    if text.isdecimal():  # also full-width and other scripts' digits
        return str(unicodedata.decimal(text))
    return None


def pin_problem(pin: str) -> str | None:
    """Why `pin` cannot be a PIN (so checking it would only cost an attempt), or None."""
    if not pin or not (pin.isascii() and pin.isdigit()):
        return PIN_DIGITS_ONLY
    return None

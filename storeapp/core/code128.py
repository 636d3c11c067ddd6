"""Code 128 (ISO/IEC 15417), code set B: the order number on the bag label as a barcode.

Every scanner in a store reads Code 128 out of the box, and set B holds the characters of an
order name ("LYO/OUT/00011"). The symbol is: start B, one symbol per character (its ASCII code
minus 32), a check symbol (start value plus each symbol's value times its position, modulo
103), and the stop pattern. `modules` gives the result as dark/light module flags for a painter
to draw; the quiet zone (ten light modules on each side) is the painter's to leave.
"""

from __future__ import annotations

# Each symbol's 11 modules (the stop's 13) as bits, dark = 1, first module in the high bit.
_PATTERNS = (
    0x06CC, 0x066C, 0x0666, 0x0498, 0x048C, 0x044C, 0x04C8, 0x04C4,
    0x0464, 0x0648, 0x0644, 0x0624, 0x059C, 0x04DC, 0x04CE, 0x05CC,
    0x04EC, 0x04E6, 0x0672, 0x065C, 0x064E, 0x06E4, 0x0674, 0x076E,
    0x074C, 0x072C, 0x0726, 0x0764, 0x0734, 0x0732, 0x06D8, 0x06C6,
    0x0636, 0x0518, 0x0458, 0x0446, 0x0588, 0x0468, 0x0462, 0x0688,
    0x0628, 0x0622, 0x05B8, 0x058E, 0x046E, 0x05D8, 0x05C6, 0x0476,
    0x0776, 0x068E, 0x062E, 0x06E8, 0x06E2, 0x06EE, 0x0758, 0x0746,
    0x0716, 0x0768, 0x0762, 0x071A, 0x077A, 0x0642, 0x078A, 0x0530,
    0x050C, 0x04B0, 0x0486, 0x042C, 0x0426, 0x0590, 0x0584, 0x04D0,
    0x04C2, 0x0434, 0x0432, 0x0612, 0x0650, 0x07BA, 0x0614, 0x047A,
    0x053C, 0x04BC, 0x049E, 0x05E4, 0x04F4, 0x04F2, 0x07A4, 0x0794,
    0x0792, 0x06DE, 0x06F6, 0x07B6, 0x0578, 0x051E, 0x045E, 0x05E8,
    0x05E2, 0x07A8, 0x07A2, 0x05DE, 0x05EE, 0x075E, 0x07AE, 0x0684,
    0x0690, 0x069C, 0x18EB,
)  # fmt: skip
START_B = 104
STOP = 106
QUIET_ZONE = 10  # light modules each side, as the standard asks


class Code128Error(ValueError):
    """The text cannot be written in code set B (a character outside printable ASCII)."""


def symbols(text: str) -> list[int]:
    """Start B, the data, the check symbol and the stop, as symbol values."""
    bad = [ch for ch in text if not 32 <= ord(ch) <= 126]
    if bad or not text:
        raise Code128Error(
            f"Code 128 set B holds printable ASCII only; {text!r} cannot be a bag label code."
        )
    values = [START_B, *(ord(ch) - 32 for ch in text)]
    check = (values[0] + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103
    return [*values, check, STOP]


def modules(text: str) -> list[bool]:
    """The symbol as module flags, dark = True, without the quiet zones."""
    out: list[bool] = []
    for value in symbols(text):
        width = 13 if value == STOP else 11
        pattern = _PATTERNS[value]
        out += [bool(pattern >> (width - 1 - i) & 1) for i in range(width)]
    return out

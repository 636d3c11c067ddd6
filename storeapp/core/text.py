"""Text from people and scanners, shown back to them: shortened, never echoed in full.

A scanner left in a text field can send thousands of characters, and a message that repeats
them pushes every button of the page off-screen. What is echoed keeps its start and its end
(where order numbers and check digits differ) and drops the middle.
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")

ECHO_LIMIT = 40
ELLIPSIS = "…"


def echo(text: object, limit: int = ECHO_LIMIT) -> str:
    """`text` as a message may quote it: printable characters only, at most `limit` of them,
    elided in the middle."""
    raw = text if isinstance(text, str) else repr(text)
    clean = " ".join("".join(ch if ch.isprintable() else " " for ch in raw).split())
    if len(clean) <= limit:
        return clean
    head = (limit - 1) // 2 + (limit - 1) % 2
    tail = limit - 1 - head
    return clean[:head] + ELLIPSIS + (clean[-tail:] if tail else "")


def translatable(texts: T) -> T:
    """Marks English texts kept in a constant (a string, a tuple or list of strings, or a dict
    whose values are strings) for translation, and returns them unchanged.

    Core code has no Qt: it keeps English, and the screens show the text with
    `storeapp.ui.language.translated`. The translation tooling collects every literal given
    here (storeapp/devtools/translations.py), which it cannot do for `tr(variable)`."""
    return texts

"""Text from people and scanners, shown back to them: shortened, never echoed in full.

A scanner left in a text field can send thousands of characters, and a message that repeats
them pushes every button of the page off-screen. What is echoed keeps its start and its end
(where order numbers and check digits differ) and drops the middle.
"""

from __future__ import annotations

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

"""Removing secrets and customer contact data from text before it reaches a log file.

Covered: values of keys that name credentials (password, api_key, secret, token, pin, and
authorization headers) in dict/JSON text and in `key=value` / `key: value` text; values of
phone/mobile/email keys; e-mail addresses anywhere; phone numbers anywhere (international
"+..." numbers, and groups of digits separated by spaces, dots or dashes — 8 to 15 digits).
Product barcodes (one unbroken run of digits), dates, times, IP addresses and amounts stay.
Any secret this process handled as a `SecretText` (the device API key...) is removed wherever
it appears, whatever the words around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storeapp.core.secret import known_secrets

REDACTED = "[redacted]"

_SECRET_KEY = (
    r"[A-Za-z0-9_\-]*(?:password|passwd|pwd|api[_\-]?key|apikey|secret|token|authorization"
    r"|phone|mobile|e[_\-]?mail)[A-Za-z0-9_\-]*"
    r"|(?:[A-Za-z0-9]+_)*pin(?:_[A-Za-z0-9]+)*"
)
_QUOTED_VALUE = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""

# 'password': 'x'   "api_key": "x"   'pin': 1234   (dict reprs and JSON)
_QUOTED_KEY = re.compile(
    rf"(?P<head>(?P<q>['\"])(?:{_SECRET_KEY})(?P=q)\s*:\s*)"
    rf"(?P<value>{_QUOTED_VALUE}|[^,}}\]\s]+)",
    re.IGNORECASE,
)
# password=x   api_key: x   Authorization: Bearer x   (text, URLs, headers)
_BARE_KEY = re.compile(
    rf"(?P<head>(?<![A-Za-z0-9_])(?:{_SECRET_KEY})\s*[=:]\s*(?:(?:Bearer|Basic)\s+)?)"
    rf"(?P<value>{_QUOTED_VALUE}|[^\s,;&)}}\]]+)",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&*+/=?^_`{|}~\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_INTERNATIONAL_PHONE = re.compile(r"(?<![\w+])\+\d[\d\s().\-]{6,20}\d(?!\w)")
_GROUPED_DIGITS = re.compile(
    r"(?<![\w.:\-])"
    r"(?!\d{4}-\d{2}-\d{2})"  # an ISO date
    r"(?!\d{1,3}(?:\.\d{1,3}){3}(?![\d.]))"  # an IPv4 address
    r"\(?\d{2,4}\)?(?:[ .\-]\(?\d{2,4}\)?){2,5}"
    r"(?![\w:\-]|\.\d)"
)


def _digits_between(low: int, high: int) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        digits = sum(ch.isdigit() for ch in match.group(0))
        return REDACTED if low <= digits <= high else match.group(0)

    return replace


def redact(text: str) -> str:
    """`text` with secrets, e-mail addresses and phone numbers replaced by "[redacted]"."""
    if not text:
        return text
    for secret in known_secrets():
        if secret in text:
            text = text.replace(secret, REDACTED)
    text = _QUOTED_KEY.sub(lambda m: m.group("head") + f"'{REDACTED}'", text)
    text = _BARE_KEY.sub(lambda m: m.group("head") + REDACTED, text)
    text = _EMAIL.sub(REDACTED, text)
    text = _INTERNATIONAL_PHONE.sub(_digits_between(8, 15), text)
    text = _GROUPED_DIGITS.sub(_digits_between(8, 15), text)
    return text

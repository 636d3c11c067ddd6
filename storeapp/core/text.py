"""Text from people and scanners, shown back to them: shortened, never echoed in full.

A scanner left in a text field can send thousands of characters, and a message that repeats
them pushes every button of the page off-screen. What is echoed keeps its start and its end
(where order numbers and check digits differ) and drops the middle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Self, TypeVar

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


class Message(str):
    """A text for people built below the UI: reads as its English self everywhere (logs, the
    CLI, tests, code that compares it), and also keeps its English template (the text's id in
    the translation catalogue) and its values, so the screen can show it in the language of
    the person signed in (`storeapp.ui.language.translated`). Core stays free of Qt.

    A Message stays one only as long as it is passed on whole: `+` or an f-string makes plain
    English of it. Join translated texts at the UI instead."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Self:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = values
        return made

    def __reduce__(
        self,
    ) -> tuple[Callable[[str, dict[str, object]], Message], tuple[str, dict[str, object]]]:
        # pickling (process pools) keeps the template
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, object]) -> Message:
    return Message(template, **values)


class Counted(Message):
    """A count in words ("{n} days") that keeps both forms of its words: reads as English (one
    is singular, anything else plural), and a screen picks the form by the rule of the
    language it speaks (`storeapp.core.wording.singular`: French says "0 jour")."""

    number: float
    forms: tuple[str, str]  # the singular and the plural template

    def __new__(cls, number: float, singular: str, plural: str) -> Self:
        made = super().__new__(cls, singular if number == 1 else plural, n=number)
        made.number = number
        made.forms = (singular, plural)
        return made

    def in_form(self, singular: bool) -> Message:
        """The message with the form a language's rule asked for."""
        return Message(self.forms[0] if singular else self.forms[1], n=self.number)

    def __reduce__(self) -> tuple[type[Counted], tuple[float, str, str]]:  # type: ignore[override]
        return (Counted, (self.number, *self.forms))


class Wording(str):
    """A text the store wrote itself (a returns policy's reason labels and condition names),
    in one language or in several: reads as its default text, and a screen shows the variant
    of the language spoken there (`variants`, by language code "fr", "nl"...), the default
    when there is none. Not in any catalogue: the store translates its own words."""

    variants: dict[str, str]

    def __new__(cls, text: str, variants: Mapping[str, str] | None = None) -> Wording:
        made = super().__new__(cls, text)
        made.variants = dict(variants or {})
        return made

    def in_language(self, code: str) -> str:
        return self.variants.get(code, str(self))

    def __reduce__(self) -> tuple[type[Wording], tuple[str, dict[str, str]]]:
        return (Wording, (str(self), self.variants))


class Listing(tuple[str, ...]):
    """Several texts as one value of a message ("too many; archived"): reads as its parts joined
    by `separator`, and a screen translates each part before joining them."""

    separator: str

    def __new__(cls, parts: Iterable[str], separator: str = "; ") -> Listing:
        made = super().__new__(cls, tuple(parts))
        made.separator = separator
        return made

    def __str__(self) -> str:
        return self.separator.join(self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __reduce__(self) -> tuple[type[Listing], tuple[tuple[str, ...], str]]:
        return (Listing, (tuple(self), self.separator))


def msg(template: str, **values: object) -> Message:
    """`template` with `values` put in ("{product} is not on this order."), translatable: the
    translation tooling collects every literal template given here."""
    return Message(template, **values)


def said(error: BaseException) -> str:
    """What an exception says: the `Message` it was raised with, when it was one (so it can
    still be put into the reader's language), else its English text."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Message) else str(error)

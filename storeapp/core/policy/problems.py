"""What is wrong with a returns policy document: each `Problem` at its place, one `PolicyError`.

A document is checked whole, so the error carries every problem found, each naming where in the
file it is ("rules.window[2].days"), and says them as one message in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from storeapp.core.text import Listing, Message, msg


@dataclass(frozen=True)
class Problem:
    path: str
    message: str  # a `Message`: shown in the reader's language

    def __str__(self) -> str:
        return str(self.said())

    def said(self) -> str:
        """The problem with its place in the document, as a message to translate."""
        return (
            msg("{path}: {problem}", path=self.path, problem=self.message)
            if self.path
            else self.message
        )


class PolicyError(ValueError):
    """The document is not a valid policy. `problems` lists every one found."""

    SHOWN = 10  # problems named; the rest are counted

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(str(self.said()))

    def said(self) -> Message:
        """Every problem (the first ten) as one message: the screen shows it in the reader's
        language, logs and the CLI read its English."""
        shown = Listing(p.said() for p in self.problems[: self.SHOWN])
        extra = len(self.problems) - self.SHOWN
        more = msg(" (and {n} more)", n=extra) if extra > 0 else ""
        if self.source:
            return msg(
                "the returns policy {source} is not valid: {problems}{more}",
                source=self.source,
                problems=shown,
                more=more,
            )
        return msg("invalid returns policy: {problems}{more}", problems=shown, more=more)

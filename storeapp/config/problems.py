"""What is wrong with a configuration: each problem names where it is (the file or the
environment variable), the section and key, and what is wrong as a message, so the command
line and doctor can say it in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass

from storeapp.core.text import Listing, Message, msg


@dataclass(frozen=True)
class ConfigProblem:
    where: str  # the file, or "environment variable X" (a message)
    section: str | None
    key: str | None
    problem: str  # a message: the command line and doctor say it in the reader's language

    def said(self) -> Message:
        """The problem with where it is, as a message: the file, the section and the key keep
        their names; the words around them are translated."""
        if self.section and self.key:
            return msg(
                "{where}: [{section}] {key}: {problem}",
                where=self.where,
                section=self.section,
                key=self.key,
                problem=self.problem,
            )
        if self.section:
            return msg(
                "{where}: [{section}]: {problem}",
                where=self.where,
                section=self.section,
                problem=self.problem,
            )
        return msg("{where}: {problem}", where=self.where, problem=self.problem)

    def __str__(self) -> str:
        return str(self.said())


class ConfigError(Exception):
    """The configuration cannot be used. Lists every problem found, each naming the file (or
    environment variable), the key and what is wrong."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def said(self) -> Listing:
        """Every problem, one a line, each a message (`str()` of the error is the English)."""
        return Listing((p.said() for p in self.problems), separator="\n")

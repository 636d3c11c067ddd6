"""The kinds of option value (text, integer, true/false, choice, list, file path, time zone):
how each is read from the machine file's TOML and from an environment variable, and what is
wrong with a value that does not fit, said as a message the reader gets in their language."""

from __future__ import annotations

import os
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storeapp.core.text import Message, msg


class OptionType:
    """How one kind of value is read from TOML and from an environment variable. `parse`
    raises ValueError with the problem in words ("expected an integer, got 'lots'"), a
    message, so the command line and doctor can say it in the reader's language."""

    name = "text"

    def from_toml(self, value: Any) -> Any:
        raise NotImplementedError

    def from_env(self, text: str) -> Any:
        return self.from_toml(text)

    def describe(self) -> str:
        return self.name


def _got(value: Any) -> Message:
    shown = str(value).lower() if isinstance(value, bool) else repr(value)
    return msg("got {value}", value=shown)


class Text(OptionType):
    def from_toml(self, value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(msg("expected text in quotes, {got}", got=_got(value)))
        return value.strip()


@dataclass
class Integer(OptionType):
    minimum: int | None = None
    maximum: int | None = None
    name = "integer"

    def from_toml(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(msg("expected an integer, {got}", got=_got(value)))
        if self.minimum is not None and value < self.minimum:
            raise ValueError(
                msg("must be at least {minimum}, got {value}", minimum=self.minimum, value=value)
            )
        if self.maximum is not None and value > self.maximum:
            raise ValueError(
                msg("must be at most {maximum}, got {value}", maximum=self.maximum, value=value)
            )
        return value

    def from_env(self, text: str) -> int:
        try:
            number = int(text.strip())
        except ValueError:
            raise ValueError(msg("expected an integer, {got}", got=_got(text))) from None
        return self.from_toml(number)


class Boolean(OptionType):
    name = "true/false"
    _WORDS = {"1": True, "true": True, "yes": True, "on": True}
    _WORDS |= {"0": False, "false": False, "no": False, "off": False}

    def from_toml(self, value: Any) -> bool:
        if not isinstance(value, bool):
            raise ValueError(msg("expected true or false, {got}", got=_got(value)))
        return value

    def from_env(self, text: str) -> bool:
        try:
            return self._WORDS[text.strip().lower()]
        except KeyError:
            raise ValueError(msg("expected true or false, {got}", got=_got(text))) from None


@dataclass
class Choice(OptionType):
    choices: tuple[str, ...]
    aliases: Mapping[str, str] = field(default_factory=dict)
    name = "choice"

    def from_toml(self, value: Any) -> str:
        if isinstance(value, str):
            word = self.aliases.get(value.strip(), value.strip())
            if word in self.choices:
                return word
        raise ValueError(
            msg(
                "expected one of {choices}, {got}", choices=", ".join(self.choices), got=_got(value)
            )
        )

    def describe(self) -> str:
        return " | ".join(self.choices)


class TextList(OptionType):
    name = "list of text"

    def from_toml(self, value: Any) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(
                msg('expected a list of texts like ["a", "b"], {got}', got=_got(value))
            )
        return [v.strip() for v in value if v.strip()]

    def from_env(self, text: str) -> list[str]:
        return [part.strip() for part in text.split(",") if part.strip()]


class FilePath(OptionType):
    """An optional path to a file that must exist (checked when set)."""

    name = "file path"

    def from_toml(self, value: Any) -> Path | None:
        if not isinstance(value, str):
            raise ValueError(msg("expected a file path in quotes, {got}", got=_got(value)))
        if not value.strip():
            return None
        path = Path(os.path.expandvars(value.strip())).expanduser()
        if not path.is_file():
            raise ValueError(msg("no such file: {path}", path=str(path)))
        return path


class TimeZone(OptionType):
    """An IANA time zone name; empty means the computer's own zone."""

    name = "time zone"

    def from_toml(self, value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(
                msg('expected a time zone name like "Europe/Paris", {got}', got=_got(value))
            )
        name = value.strip()
        if name:
            try:
                zoneinfo.ZoneInfo(name)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                raise ValueError(
                    msg(
                        'unknown time zone {name} (use a name like "Europe/Paris")', name=repr(name)
                    )
                ) from None
        return name

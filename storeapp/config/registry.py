"""The registry of options: an `Option` (section, key, kind, default, help) and the `Section`
helpers that declare them, one line each, in declaration order (the order of the sample file
and of docs/it-guide.md's table)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from storeapp.config import kinds

ENV_PREFIX = "STOREAPP_"


@dataclass(frozen=True)
class Option:
    section: str
    key: str
    type: kinds.OptionType
    default: Any
    help: str

    @property
    def name(self) -> str:
        return f"{self.section}.{self.key}"

    @property
    def env_var(self) -> str:
        return f"{ENV_PREFIX}{self.section.upper()}_{self.key.upper()}"


class Section:
    """Declares the options of one `[section]` of the machine file."""

    def __init__(self, registry: Registry, name: str, help: str) -> None:
        self.registry = registry
        self.name = name
        self.help = help

    def add(self, key: str, option_type: kinds.OptionType, default: Any, help: str) -> None:
        self.registry.add(Option(self.name, key, option_type, default, help))

    def text(self, key: str, default: str, help: str) -> None:
        self.add(key, kinds.Text(), default, help)

    def integer(
        self,
        key: str,
        default: int,
        help: str,
        *,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> None:
        self.add(key, kinds.Integer(minimum, maximum), default, help)

    def boolean(self, key: str, default: bool, help: str) -> None:
        self.add(key, kinds.Boolean(), default, help)

    def choice(
        self,
        key: str,
        default: str,
        choices: tuple[str, ...],
        help: str,
        *,
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        self.add(key, kinds.Choice(choices, dict(aliases or {})), default, help)

    def text_list(self, key: str, default: list[str], help: str) -> None:
        self.add(key, kinds.TextList(), default, help)

    def file_path(self, key: str, help: str) -> None:
        self.add(key, kinds.FilePath(), None, help)

    def time_zone(self, key: str, default: str, help: str) -> None:
        self.add(key, kinds.TimeZone(), default, help)


class Registry:
    """All options, in declaration order."""

    def __init__(self) -> None:
        self.options: dict[tuple[str, str], Option] = {}
        self.sections: dict[str, Section] = {}

    def section(self, name: str, help: str) -> Section:
        assert "_" not in name, "section names have no underscore (env var names split there)"
        self.sections[name] = Section(self, name, help)
        return self.sections[name]

    def add(self, option: Option) -> None:
        assert (option.section, option.key) not in self.options, f"{option.name} declared twice"
        self.options[(option.section, option.key)] = option

    def __iter__(self) -> Iterator[Option]:
        return iter(self.options.values())

    def get(self, section: str, key: str) -> Option | None:
        return self.options.get((section, key))

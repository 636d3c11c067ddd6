"""A loaded configuration: `cfg.<section>.<key>`, with where each value came from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storeapp.config.options import OPTIONS
from storeapp.config.registry import Option


class SectionValues:
    """The values of one section: `cfg.sync.page_size`."""

    def __init__(self, name: str, values: dict[str, Any]) -> None:
        self._name = name
        self._values = values

    def __getattr__(self, key: str) -> Any:
        try:
            return self.__dict__["_values"][key]
        except KeyError:
            raise AttributeError(f"no option {self._name}.{key} is declared") from None

    def __repr__(self) -> str:
        return f"<{self._name} {self._values!r}>"


class Config:
    """Loaded configuration: `cfg.<section>.<key>`, `cfg.sources["section.key"]` (where each
    value came from), `cfg.machine_file` and `cfg.data_dir`."""

    def __init__(
        self,
        values: dict[tuple[str, str], Any],
        sources: dict[str, str],
        machine_file: Path,
        machine_file_found: bool,
        data_dir: Path,
        data_dir_source: str,
    ) -> None:
        self._sections: dict[str, SectionValues] = {}
        for (section, key), value in values.items():
            self._sections.setdefault(section, SectionValues(section, {}))._values[key] = value
        self.sources = sources
        self.machine_file = machine_file
        self.machine_file_found = machine_file_found
        self.data_dir = data_dir
        self.data_dir_source = data_dir_source

    def __getattr__(self, name: str) -> SectionValues:
        sections: dict[str, SectionValues] = self.__dict__.get("_sections", {})
        if name in sections:
            return sections[name]
        raise AttributeError(f"no configuration section {name!r}")

    def value(self, option: Option) -> Any:
        return getattr(getattr(self, option.section), option.key)

    def items(self) -> Iterator[tuple[Option, Any, str]]:
        """(option, value, source) for every declared option, for doctor and support."""
        for option in OPTIONS:
            yield option, self.value(option), self.sources[option.name]

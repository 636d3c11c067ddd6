"""Configuration: every option declared once, with type, default and help; values layered.

Layers, lowest first: the defaults declared below < the machine file written by IT or the
installer (TOML; `STOREAPP_CONFIG` names another path) < the environment
(`STOREAPP_<SECTION>_<KEY>`, for tests and support). Per-user UI state (window geometry, columns)
lives in QSettings and is not configuration. Secrets never live here: the device credential is
kept in the OS keyring.

To add an option, add one line to its section's block below; `load_config()` then accepts it in
the file and the environment, doctor shows it, and the meta-test checks its default.
"""

from __future__ import annotations

import difflib
import os
import sys
import tomllib
import zoneinfo
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from storeapp.core.text import Listing, Message, msg, said
from storeapp.core.textfiles import read_text

ENV_PREFIX = "STOREAPP_"
ENV_CONFIG = "STOREAPP_CONFIG"
ENV_DATA_DIR = "STOREAPP_DATA_DIR"
APP_DIR_NAME = "StoreApp"

# Keys that look like credentials: refused with advice instead of "unknown option".
SECRET_WORDS = ("password", "passwd", "api_key", "apikey", "secret", "token", "pin")


# --------------------------------------------------------------------------- option types


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


# --------------------------------------------------------------------------- the registry


@dataclass(frozen=True)
class Option:
    section: str
    key: str
    type: OptionType
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

    def add(self, key: str, option_type: OptionType, default: Any, help: str) -> None:
        self.registry.add(Option(self.name, key, option_type, default, help))

    def text(self, key: str, default: str, help: str) -> None:
        self.add(key, Text(), default, help)

    def integer(
        self,
        key: str,
        default: int,
        help: str,
        *,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> None:
        self.add(key, Integer(minimum, maximum), default, help)

    def boolean(self, key: str, default: bool, help: str) -> None:
        self.add(key, Boolean(), default, help)

    def choice(
        self,
        key: str,
        default: str,
        choices: tuple[str, ...],
        help: str,
        *,
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        self.add(key, Choice(choices, dict(aliases or {})), default, help)

    def text_list(self, key: str, default: list[str], help: str) -> None:
        self.add(key, TextList(), default, help)

    def file_path(self, key: str, help: str) -> None:
        self.add(key, FilePath(), None, help)

    def time_zone(self, key: str, default: str, help: str) -> None:
        self.add(key, TimeZone(), default, help)


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


OPTIONS = Registry()

odoo = OPTIONS.section("odoo", "How this PC reaches Odoo (the device credential is in the keyring)")
odoo.text("url", "", "Address of the Odoo server, e.g. https://erp.example.com")
odoo.text("database", "", "Name of the Odoo database")
odoo.text("login", "", "Login of the store's technical Odoo user (its API key is in the keyring)")
odoo.integer("timeout_seconds", 30, "Seconds to wait for Odoo to answer", minimum=1, maximum=600)
odoo.file_path("ca_bundle", "PEM file of a private certificate authority, if Odoo uses one")
odoo.boolean(
    "allow_http",
    False,
    "Accept an http:// address (the key then travels unencrypted: test networks only)",
)
odoo.choice(
    "transport",
    "auto",
    ("auto", "jsonrpc", "json2"),
    "Protocol to Odoo: auto (JSON-2 from Odoo 19 on, JSON-RPC before), or force one",
)

store = OPTIONS.section("store", "Which store this PC serves and how it works")
store.text("warehouse_code", "", "Short code of the store's warehouse in Odoo, e.g. PAR1")
store.time_zone("timezone", "", "Time zone of the store, e.g. Europe/Paris (empty: this PC's)")
store.choice(
    "language",
    "",
    ("", "en", "fr", "nl", "de", "pseudo"),
    "Language of the screens until a person picks theirs at sign-in (empty: this PC's; "
    "pseudo: accented, longer English to find untranslated and cut-off text)",
)
store.choice(
    "customer_language",
    "",
    ("", "en", "fr", "nl", "de"),
    "Language of what customers read: return receipts and reasons (empty: store.language)",
)
store.choice(
    "click_collect_mode",
    "carrier",
    ("carrier", "picking_type", "all_outgoing"),
    "How click-and-collect orders are recognised among the store's deliveries",
    aliases={"picking_types": "picking_type"},
)
store.text_list(
    "click_collect_carriers",
    [],
    "Carriers (names) that mean 'collect in store'; empty: found by type or name",
)
store.choice(
    "short_pick_policy",
    "backorder",
    ("backorder", "cancel"),
    "What happens to the rest of a short-picked line",
)
store.integer(
    "uncollected_after_days", 7, "Ready orders not collected after this many days", minimum=1
)
store.text_list(
    "handover_checklist",
    ["name", "order_number", "id_shown"],
    "Checks at handover: name, order_number, id_shown, pickup_code, or your own wording",
)
store.text("bag_label_printer", "", "Printer for bag labels (empty: PDF only)")
store.integer(
    "confirm_quantity_above",
    500,
    "A typed quantity above this needs a second 'yes' (pick, count, returns)",
    minimum=1,
    maximum=999_999,
)

sync = OPTIONS.section("sync", "Exchanging data with Odoo")
sync.integer("page_size", 2000, "Records fetched per request", minimum=50, maximum=20000)
sync.integer(
    "pull_connections",
    2,
    "Connections a first sync reads over at once "
    "(1: one model after another; 3: the products' templates on their own)",
    minimum=1,
    maximum=3,
)
sync.integer("interval_seconds", 60, "Seconds between two pulls from Odoo", minimum=5)
sync.integer("returns_history_days", 90, "Days of past sales kept for returns", minimum=1)
sync.integer("deletion_check_minutes", 15, "Minutes between checks for deleted records", minimum=1)
sync.integer(
    "slow_models_minutes",
    15,
    "Minutes between pulls of products, categories, locations, carriers and employees "
    "(a scanned barcode the PC does not know pulls products at once)",
    minimum=1,
)
sync.integer(
    "slow_models_max_minutes",
    120,
    "While those pulls find nothing new and the store is idle, their interval doubles up to "
    "this many minutes",
    minimum=1,
)
sync.integer(
    "idle_interval_max_seconds",
    240,
    "Once the store's orders and stock have not changed for 15 minutes, the wait between "
    "pulls doubles up to this many seconds",
    minimum=5,
)
sync.integer(
    "busy_interval_seconds",
    15,
    "Seconds between pulls while people are working orders on this PC",
    minimum=1,
)
sync.boolean(
    "change_probe",
    True,
    "Ask Odoo in one request whether orders, stock or customers changed before pulling them",
)

identity = OPTIONS.section("identity", "How employees sign in and who is a manager")
identity.choice(
    "mode",
    "local_enrollment",
    ("odoo_badges", "local_enrollment"),
    "Sign-in: odoo_badges (badges and PINs from Odoo, needs HR Officer) or local_enrollment",
)
identity.text("manager_tag", "Store Manager", "Employee tag that makes someone a manager")
identity.text_list("manager_job_titles", ["Store Manager"], "Job titles that make a manager")
identity.integer("auto_lock_minutes", 5, "Lock the screen after this many idle minutes", minimum=1)
identity.integer("max_pin_attempts", 5, "Wrong PINs before sign-in is locked", minimum=1)
identity.integer(
    "manager_pin_digits", 6, "Shortest PIN a manager may have (typed here or from Odoo)", minimum=6
)

returns = OPTIONS.section("returns", "Returns intake")
returns.file_path(
    "policy_file", "Returns policy (TOML) of this store; unset: the one from Odoo, else the sample"
)
returns.text("quarantine_location", "Quarantine", "Location (name or barcode) for opened/damaged")

counts = OPTIONS.section("counts", "Stock counts")
counts.boolean("blind", True, "Hide the system quantity while counting")
counts.text_list(
    "tolerances",
    ["* qty=2 percent=10"],
    "Recount when a difference exceeds: '<category or *> qty=N percent=N value=N'",
)
counts.text_list(
    "auto_approve",
    ["* qty=2 value=50"],
    "Apply without a manager up to: '<category or *> qty=N value=N' (beyond: manager)",
)
counts.integer("max_recounts", 1, "Recounts asked for before a manager decides", minimum=0)

webhooks = OPTIONS.section("webhooks", "Events sent to head office's tools (docs/integration.md)")
webhooks.text_list(
    "endpoints",
    [],
    "Receivers: '<name> url=<address> secret=env:<VARIABLE>|keyring:<entry> events=<types>|*'",
)
webhooks.integer(
    "degraded_after_minutes", 15, "Send sync.degraded when ops wait this long", minimum=1
)

files = OPTIONS.section("files", "Files storeapp keeps in the data folder")
files.integer(
    "pdf_retention_days",
    30,
    "Bag label and return receipt PDFs older than this are deleted at start",
    minimum=1,
    maximum=3650,
)


display = OPTIONS.section("display", "How the screens look on this PC")
display.integer(
    "font_scale_percent", 100, "Text size, in percent of the normal size", minimum=100, maximum=200
)
display.boolean("high_contrast", False, "Black on white with strong borders, for bright shops")

logging_ = OPTIONS.section("logging", "Log files in the data folder")
logging_.choice("level", "INFO", ("DEBUG", "INFO", "WARNING", "ERROR"), "Lowest level written")
logging_.integer("retention_files", 10, "Rotated log files kept", minimum=1, maximum=100)


# --------------------------------------------------------------------------- loading


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


def _environment_variable(name: str) -> Message:
    return msg("environment variable {name}", name=name)


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


def machine_file_path(env: Mapping[str, str], platform: str = sys.platform) -> Path:
    """Where IT puts the machine file on this OS, unless STOREAPP_CONFIG says otherwise."""
    if env.get(ENV_CONFIG):
        return Path(env[ENV_CONFIG]).expanduser()
    if platform == "win32":
        base = env.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / APP_DIR_NAME / "storeapp.toml"
    if platform == "darwin":
        return Path("/Library/Application Support") / APP_DIR_NAME / "storeapp.toml"
    return Path("/etc/storeapp/storeapp.toml")


def data_dir_path(env: Mapping[str, str]) -> tuple[Path, str]:
    """The data folder and where that choice came from."""
    if env.get(ENV_DATA_DIR):
        return Path(env[ENV_DATA_DIR]).expanduser(), f"environment {ENV_DATA_DIR}"
    # Local (not roaming) on Windows: SQLite files must not follow the user around the network.
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False), "default"


def _unknown_key_problem(section: str, key: str) -> Message:
    if any(word in key.lower() for word in SECRET_WORDS):
        return msg(
            "secrets do not belong in the configuration file; remove it and enter the "
            "credential in storeapp's setup dialog (it is kept in the OS keyring)"
        )
    known = [o.key for o in OPTIONS if o.section == section]
    close = difflib.get_close_matches(key, known, n=1)
    if close:
        return msg("unknown option (did you mean {key}?)", key=repr(close[0]))
    return msg("unknown option")


_NOT_UTF8 = msg(
    "not saved as UTF-8 text; save it again as UTF-8 (in Notepad: Save As, Encoding UTF-8; in "
    "PowerShell: -Encoding utf8)"
)


def _read_machine_file(path: Path, problems: list[ConfigProblem]) -> dict[tuple[str, str], Any]:
    where = str(path)
    try:
        document = tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as exc:
        problems.append(
            ConfigProblem(where, None, None, msg("not valid TOML: {error}", error=str(exc)))
        )
        return {}
    except UnicodeDecodeError:
        problems.append(ConfigProblem(where, None, None, _NOT_UTF8))
        return {}
    except OSError as exc:
        problems.append(
            ConfigProblem(where, None, None, msg("cannot be read: {why}", why=str(exc.strerror)))
        )
        return {}
    values: dict[tuple[str, str], Any] = {}
    for section, body in document.items():
        if section not in OPTIONS.sections:
            known = ", ".join(OPTIONS.sections)
            problems.append(
                ConfigProblem(
                    where, section, None, msg("unknown section (known: {known})", known=known)
                )
            )
            continue
        if not isinstance(body, dict):
            problems.append(ConfigProblem(where, section, None, msg("expected a [section] table")))
            continue
        for key, raw in body.items():
            option = OPTIONS.get(section, key)
            if option is None:
                problems.append(
                    ConfigProblem(where, section, key, _unknown_key_problem(section, key))
                )
                continue
            try:
                values[(section, key)] = option.type.from_toml(raw)
            except ValueError as exc:
                problems.append(ConfigProblem(where, section, key, said(exc)))
    return values


def _http_problems(
    values: Mapping[tuple[str, str], Any], sources: Mapping[str, str]
) -> list[ConfigProblem]:
    """An http:// Odoo address sends the device key in clear text: only with an explicit
    `odoo.allow_http = true` (a test server on a local network)."""
    url = str(values[("odoo", "url")] or "")
    if not url.lower().startswith("http://") or values[("odoo", "allow_http")]:
        return []
    source = sources["odoo.url"]
    where = (
        source.removeprefix("file ")
        if source.startswith("file ")
        else _environment_variable(source.removeprefix("environment "))
    )
    return [
        ConfigProblem(
            where,
            "odoo",
            "url",
            msg(
                "{url} is http://, so the device key would travel unencrypted; use the "
                "https:// address, or for a test server on a local network set "
                "odoo.allow_http = true",
                url=url,
            ),
        )
    ]


def load_config(env: Mapping[str, str] = os.environ, *, platform: str = sys.platform) -> Config:
    """Defaults < machine file < environment. Raises ConfigError listing every problem."""
    problems: list[ConfigProblem] = []
    values: dict[tuple[str, str], Any] = {}
    sources: dict[str, str] = {}
    for option in OPTIONS:
        values[(option.section, option.key)] = option.default
        sources[option.name] = "default"

    machine_file = machine_file_path(env, platform)
    found = machine_file.is_file()
    if found:
        for (section, key), value in _read_machine_file(machine_file, problems).items():
            values[(section, key)] = value
            sources[f"{section}.{key}"] = f"file {machine_file}"
    elif env.get(ENV_CONFIG):
        problems.append(
            ConfigProblem(
                f"{ENV_CONFIG}={env[ENV_CONFIG]}",
                None,
                None,
                msg("no such file; fix the variable or create the file"),
            )
        )

    for option in OPTIONS:
        text = env.get(option.env_var)
        if text is None:
            continue
        try:
            values[(option.section, option.key)] = option.type.from_env(text)
        except ValueError as exc:
            problems.append(
                ConfigProblem(
                    _environment_variable(option.env_var), option.section, option.key, said(exc)
                )
            )
            continue
        sources[option.name] = f"environment {option.env_var}"

    problems.extend(_http_problems(values, sources))
    if problems:
        raise ConfigError(problems)
    data_dir, data_source = data_dir_path(env)
    return Config(values, sources, machine_file, found, data_dir, data_source)


def describe_options(write: Callable[[str], None] = print) -> None:
    """A commented sample machine file with every option, its default and its help."""
    current = None
    for option in OPTIONS:
        if option.section != current:
            current = option.section
            write(f"\n# {OPTIONS.sections[current].help}\n[{current}]")
        default = option.default
        shown = "" if default is None else default
        literal = _toml_literal(shown)
        write(f"# {option.help} ({option.type.describe()})")
        write(f"# {option.key} = {literal}")


def _toml_literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_literal(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'

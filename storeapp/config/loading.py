"""Loading the configuration: the declared defaults < the machine file < the environment,
every value checked by its option's kind; all problems are gathered and raised together as a
`ConfigError`, so IT fixes the file in one go."""

from __future__ import annotations

import difflib
import os
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from storeapp.config.locations import ENV_CONFIG, data_dir_path, machine_file_path
from storeapp.config.options import OPTIONS
from storeapp.config.problems import ConfigError, ConfigProblem
from storeapp.config.values import Config
from storeapp.core.text import Message, msg, said
from storeapp.core.textfiles import read_text

# Keys that look like credentials: refused with advice instead of "unknown option".
SECRET_WORDS = ("password", "passwd", "api_key", "apikey", "secret", "token", "pin")


def _environment_variable(name: str) -> Message:
    return msg("environment variable {name}", name=name)


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

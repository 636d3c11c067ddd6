"""Configuration: every option declared once, with type, default and help; values layered.

Layers, lowest first: the declared defaults < the machine file written by IT or the installer
(TOML; `STOREAPP_CONFIG` names another path) < the environment (`STOREAPP_<SECTION>_<KEY>`, for
tests and support). Per-user UI state (window geometry, columns) lives in QSettings and is not
configuration. Secrets never live here: the device credential is kept in the OS keyring.

The package's modules, one job each: `kinds` (how a value of each kind is read and checked),
`registry` (an option and the helpers that declare one), `options` (every option, declared;
add one there), `locations` (where the machine file and the data folder are), `problems`
(what is wrong, said as messages), `values` (a loaded configuration), `loading` (defaults <
file < environment) and `sample` (the commented sample file). Import from `storeapp.config`:
the names below are its public interface.
"""

from storeapp.config.kinds import (
    Boolean,
    Choice,
    FilePath,
    Integer,
    OptionType,
    Text,
    TextList,
    TimeZone,
)
from storeapp.config.loading import SECRET_WORDS, load_config
from storeapp.config.locations import (
    APP_DIR_NAME,
    ENV_CONFIG,
    ENV_DATA_DIR,
    data_dir_path,
    machine_file_path,
)
from storeapp.config.options import (
    OPTIONS,
    counts,
    display,
    files,
    identity,
    logging_,
    odoo,
    returns,
    store,
    sync,
    webhooks,
)
from storeapp.config.problems import ConfigError, ConfigProblem
from storeapp.config.registry import ENV_PREFIX, Option, Registry, Section
from storeapp.config.sample import describe_options
from storeapp.config.values import Config, SectionValues

__all__ = [
    "APP_DIR_NAME",
    "ENV_CONFIG",
    "ENV_DATA_DIR",
    "ENV_PREFIX",
    "OPTIONS",
    "SECRET_WORDS",
    "Boolean",
    "Choice",
    "Config",
    "ConfigError",
    "ConfigProblem",
    "FilePath",
    "Integer",
    "Option",
    "OptionType",
    "Registry",
    "Section",
    "SectionValues",
    "Text",
    "TextList",
    "TimeZone",
    "counts",
    "data_dir_path",
    "describe_options",
    "display",
    "files",
    "identity",
    "load_config",
    "logging_",
    "machine_file_path",
    "odoo",
    "returns",
    "store",
    "sync",
    "webhooks",
]

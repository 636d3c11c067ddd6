"""Where configuration and data live on each OS: the machine file IT writes (or the one
`STOREAPP_CONFIG` names) and the per-user data folder (or the one `STOREAPP_DATA_DIR` names)."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

import platformdirs

ENV_CONFIG = "STOREAPP_CONFIG"
ENV_DATA_DIR = "STOREAPP_DATA_DIR"
APP_DIR_NAME = "StoreApp"


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

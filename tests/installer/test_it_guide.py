"""docs/it-guide.md and the /etc template shipped in the .deb are generated from
storeapp/config/options.py; these tests fail when either has drifted from the options the app declares."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

from storeapp.config import OPTIONS, load_config

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"installer_{name}", ROOT / "installer" / name)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


it_guide = _script("it_guide.py")
package = _script("package.py")


def test_the_options_table_in_the_it_guide_is_current():
    current = it_guide.GUIDE.read_text(encoding="utf-8")
    assert it_guide.render(current) == current, "run: python installer/it_guide.py"
    for option in OPTIONS:
        assert f"| `{option.key}` |" in current and f"`{option.env_var}`" in current


def test_the_it_guide_covers_what_it_must():
    guide = it_guide.GUIDE.read_text(encoding="utf-8")
    headings = set(re.findall(r"^## (.+)$", guide, re.MULTILINE))
    for needed in (
        "Requirements",
        "Install",
        "Machine configuration",
        "Provisioning",
        "The device user in Odoo",
        "Network and TLS",
        "storeapp doctor",
        "Logs and support bundle",
        "Upgrade and rollback",
        "Uninstall",
        "All options",
    ):
        assert needed in headings, needed
    # Every flag of `storeapp provision` is documented.
    for flag in ("--url", "--db", "--store", "--login", "--timezone", "--set", "--secret-env"):
        assert flag in guide
    assert "--only config" in guide and "--only credential" in guide and "--check" in guide


def test_the_etc_template_lists_every_option_with_its_default(tmp_path: Path):
    template = package.etc_template()
    # Copied as is to storeapp.toml on first install: only empty tables, accepted by the app.
    assert all(body == {} for body in tomllib.loads(template).values())
    as_is = tmp_path / "as-is.toml"
    as_is.write_text(template, encoding="utf-8")
    sources = load_config({"STOREAPP_CONFIG": str(as_is)}).sources
    assert set(sources.values()) == {"default"}
    # Uncommenting every option line gives a file the app accepts, equal to the defaults.
    enabled = re.sub(r"^# (\w+ = .*)$", r"\1", template, flags=re.MULTILINE)
    path = tmp_path / "storeapp.toml"
    path.write_text(enabled, encoding="utf-8")
    tables = tomllib.loads(enabled)
    cfg = load_config({"STOREAPP_CONFIG": str(path)})
    for option in OPTIONS:
        if option.default is None:  # optional file paths: shown as "" (unset)
            assert tables[option.section][option.key] == ""
            continue
        assert tables[option.section][option.key] == option.default, option.name
        assert cfg.sources[option.name].startswith("file "), option.name
        assert cfg.value(option) == option.default, option.name

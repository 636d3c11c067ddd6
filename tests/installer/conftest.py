"""Fixtures for the installer tests: the sync package's in-memory keyring and emulator."""

from tests.sync.conftest import memory_keyring, odoo_version, sim  # noqa: F401

"""odoosim: a protocol-faithful Odoo 17 emulator for storeapp's demo mode and sync tests.

``OdooSim(seed="demo").start()`` serves JSON-RPC on 127.0.0.1 that odoorpc cannot tell from
Odoo 17 for everything storeapp does. See docs/odoosim.md.
"""

from odoosim.ledger import LedgerEntry
from odoosim.sim import DeviceCredentials, Facts, OdooSim

__all__ = ["DeviceCredentials", "Facts", "LedgerEntry", "OdooSim"]

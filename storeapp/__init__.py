"""storeapp — back-office desktop app for store teams, backed by Odoo, offline-first."""

__version__ = "0.1.0"

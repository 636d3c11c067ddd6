"""Sync & outbox screen: what waits for Odoo, what needs a person, and the manager's actions."""

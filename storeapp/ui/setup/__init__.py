"""Device setup: where Odoo is, the device credential (keyring only), the store, identity mode."""

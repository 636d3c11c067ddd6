"""Deterministic seed data: the ``demo`` preset (a small believable retailer) and ``scale``."""

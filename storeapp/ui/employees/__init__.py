"""Managers' list of the people enrolled on this PC: deactivate, reset a PIN."""

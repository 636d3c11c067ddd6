"""Approval inbox: managers approve or reject stock adjustments and return exceptions."""

"""Counts screen: count tasks, blind counting with scans, recounts and the submission."""

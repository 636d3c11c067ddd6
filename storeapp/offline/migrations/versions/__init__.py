"""Revisions of the journal schema, oldest first. Each one must keep every op (a test proves it)."""

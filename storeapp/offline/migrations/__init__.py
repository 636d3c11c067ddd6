"""Alembic migrations of `journal.sqlite`, shipped as a package resource.

`script_location = storeapp.offline:migrations` lets Alembic find these files inside an
installed (or frozen) package rather than next to an alembic.ini. See storeapp/offline/migrate.py.
"""

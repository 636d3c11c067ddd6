"""Local storage: `journal.sqlite` (precious: the outbox, work in progress, approvals, audit) and
`cache.sqlite` (disposable mirror of Odoo), both SQLite through SQLAlchemy 2.

- db.py        engines with checked pragmas and BEGIN IMMEDIATE; network-path refusal
- store.py     write()/read() sessions and NotSaved
- journal.py   JournalStore: quick_check, backup + Alembic migration, safe mode
- cache.py     CacheStore: set aside and rebuilt when damaged or outdated
- outbox.py    Outbox: ops and their states, ready() for the push engine
- audit.py     the hash-chained audit log
- export.py    outbox export that also reads a damaged journal
"""

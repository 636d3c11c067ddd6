"""The environment a call runs in: database, user, context and superuser flag."""

from __future__ import annotations

from datetime import UTC, datetime

from odoosim.errors import MissingError

REGISTRY: dict[str, type] = {}


def utc_now_string() -> str:
    return datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


class Env:
    """Who is calling, with which context, against which database.

    ``env[model]`` gives an empty recordset of that model. ``su`` bypasses access rights the way
    Odoo's ``sudo()`` does; workflow code uses it for effects the caller may not do directly
    (e.g. a stock user's validation writing quants).
    """

    def __init__(self, server, uid: int, context: dict | None = None, su: bool = False):
        self.server = server
        self.db = server.db
        self.uid = uid
        self.context = dict(context or {})
        self.su = su
        self._groups: frozenset[str] | None = None

    def __getitem__(self, model: str):
        return REGISTRY[model](self, ())

    def __contains__(self, model: str) -> bool:
        return model in REGISTRY

    def __call__(self, uid=None, context=None, su=None) -> Env:
        env = Env(
            self.server,
            self.uid if uid is None else uid,
            self.context if context is None else context,
            self.su if su is None else su,
        )
        if uid is None:
            env._groups = self._groups
        return env

    @property
    def now(self) -> str:
        """The transaction's start time (UTC, microseconds), Odoo's ``cr.now()``."""
        tx = self.db.tx
        return tx.now if tx is not None else utc_now_string()

    @property
    def today(self) -> str:
        return self.now[:10]

    @property
    def user(self):
        return self["res.users"].browse([self.uid])

    @property
    def company(self):
        row = self.db.table("res.users").rows.get(self.uid) or {}
        return self["res.company"].browse([row.get("company_id") or 1])

    @property
    def groups(self) -> frozenset[str]:
        """XML ids of the user's groups, implied groups included."""
        if self._groups is None:
            self._groups = self.server.user_groups(self.uid)
        return self._groups

    def has_group(self, xmlid: str) -> bool:
        return xmlid in self.groups

    def ref(self, xmlid: str):
        model, rid = self.db.xmlids[xmlid]
        return self[model].browse([rid])

    def ref_id(self, xmlid: str) -> int:
        return self.db.xmlids[xmlid][1]

    def missing_error(self, model: str, ids, operation: str = "write") -> MissingError:
        return MissingError(
            f"Record does not exist or has been deleted.\n(Record: {model}{tuple(ids)!r}, "
            f"User: {self.uid})"
        )

    def ledger(self, kind: str, model: str, res_id: int, data: dict) -> None:
        """Queue a business effect; it reaches the ledger only if the transaction commits."""
        self.server.ledger_pending(kind, model, res_id, data)

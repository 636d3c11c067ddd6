"""The model base class: recordsets and the public ORM methods Odoo serves over RPC.

Models subclass :class:`Model` and declare fields as class attributes, exactly like Odoo. Public
methods (no leading underscore) are callable over RPC; those marked :func:`api_model` receive
``args`` as-is, the others take the record ids as their first argument. Internal helpers start
with ``_`` and are refused over RPC with Odoo's "Private methods" AccessError.
"""

from __future__ import annotations

import copy as copy_module

from odoosim.errors import AccessError, value_error
from odoosim.orm import security
from odoosim.orm.api import api_model
from odoosim.orm.env import REGISTRY
from odoosim.orm.fields import Datetime, Field, Integer, Many2one
from odoosim.orm.search import SearchMixin
from odoosim.orm.write import MAGIC_FIELDS, WriteMixin

# Recordset helpers that Odoo 18 lists as private; refusing them keeps RPC to real methods.
NOT_RPC = {
    "browse",
    "sudo",
    "with_context",
    "with_user",
    "ensure_one",
    "mapped",
    "filtered",
    "sorted",
    "ids",
    "id",
    "env",
    "new",
}


class Model(SearchMixin, WriteMixin):
    """Base of every emulated model; an instance is a recordset (``env`` + ordered ids)."""

    _name: str | None = None
    _description = ""
    _order = "id"
    _rec_name = "name"
    _parent_name = "parent_id"
    _log_access = True
    _abstract = True
    _fields: dict[str, Field] = {}
    # Reverse many2one map, filled by finalize(): comodel -> [(model, field, ondelete)].
    _referencing: dict[str, list] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("_abstract", False) or not cls._name:
            return
        fields: dict[str, Field] = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if isinstance(value, Field):
                    fields[name] = value
        fields["id"] = Integer("ID", readonly=True)
        if cls._log_access:
            fields.setdefault("create_date", Datetime("Created on", readonly=True))
            fields.setdefault("create_uid", Many2one("res.users", "Created by", readonly=True))
            fields.setdefault("write_date", Datetime("Last Updated on", readonly=True))
            fields.setdefault("write_uid", Many2one("res.users", "Last Updated by", readonly=True))
        fields.setdefault("display_name", Field("Display Name", compute="_compute_display_name"))
        bound = {}
        for name, field in fields.items():
            field = copy_module.copy(field)
            field.bind(cls._name, name)
            bound[name] = field
        bound["id"].store = True
        cls._fields = bound
        for name in ("display_name", *MAGIC_FIELDS):
            if name in bound and not isinstance(getattr(cls, name, None), Field):
                setattr(cls, name, bound[name])
        REGISTRY[cls._name] = cls

    # -- recordset basics -------------------------------------------------------------------------
    def __init__(self, env, ids=()):
        self.env = env
        self._ids = tuple(ids)

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    @property
    def id(self):
        return self._ids[0] if len(self._ids) == 1 else False

    def __len__(self):
        return len(self._ids)

    def __bool__(self):
        return bool(self._ids)

    def __iter__(self):
        for rid in self._ids:
            yield type(self)(self.env, (rid,))

    def __eq__(self, other):
        return isinstance(other, Model) and other._name == self._name and other._ids == self._ids

    def __hash__(self):
        return hash((self._name, self._ids))

    def __or__(self, other):
        return self.browse(list(dict.fromkeys(self._ids + other._ids)))

    def __sub__(self, other):
        drop = set(other._ids)
        return self.browse([rid for rid in self._ids if rid not in drop])

    def __repr__(self):
        return f"{self._name}{self._ids!r}"

    def browse(self, ids=()):
        if isinstance(ids, int):
            ids = [ids]
        return type(self)(self.env, ids or ())

    def sudo(self, flag=True):
        return type(self)(self.env(su=flag), self._ids)

    def with_context(self, *args, **kwargs):
        context = dict(args[0]) if args else dict(self.env.context)
        context.update(kwargs)
        return type(self)(self.env(context=context), self._ids)

    def with_user(self, uid):
        return type(self)(self.env(uid=uid, su=False), self._ids)

    def ensure_one(self):
        if len(self._ids) != 1:
            raise value_error(f"Expected singleton: {self!r}")
        return self

    def mapped(self, fname: str):
        field = self._fields[fname]
        values = self._values_for(field, list(self._ids))
        if field.type == "many2one":
            return self.env[field.comodel].browse(list(dict.fromkeys(v for v in values if v)))
        if field.type in ("one2many", "many2many"):
            ids = []
            for value in values:
                ids.extend(value)
            return self.env[field.comodel].browse(list(dict.fromkeys(ids)))
        return values

    def filtered(self, func):
        return self.browse([rec.id for rec in self if func(rec)])

    def exists(self):
        rows = self._table.rows
        return self.browse([rid for rid in self._ids if rid in rows])

    @property
    def _table(self):
        return self.env.db.table(self._name)

    def _row(self):
        return self._table.rows[self.ensure_one()._ids[0]]

    def _field_value(self, field):
        if not self._ids:
            if field.type in ("many2one", "one2many", "many2many"):
                return self.env[field.comodel]
            return field.empty()
        if len(self._ids) != 1:
            # Like Odoo, a relational field of several records is the union of their values.
            if field.type in ("many2one", "one2many", "many2many"):
                return self.mapped(field.name)
            raise value_error(f"Expected singleton: {self!r}")
        if self._ids[0] not in self._table.rows:
            raise self.env.missing_error(self._name, self._ids, "read")
        value = self._values_for(field, list(self._ids))[0]
        if field.type == "many2one":
            return self.env[field.comodel].browse([value] if value else [])
        if field.type in ("one2many", "many2many"):
            return self.env[field.comodel].browse(list(value))
        return value

    # -- values -------------------------------------------------------------------------------------
    def _values_for(self, field, ids: list[int]) -> list:
        """Stored-form values of ``field`` for existing ``ids`` (related/computed resolved)."""
        rows = self._table.rows
        name = field.name
        if name == "id":
            return list(ids)
        if field.store:
            null = field.null
            if field.type == "many2many":
                return [list(rows[rid].get(name) or ()) for rid in ids]
            return [rows[rid].get(name, null) for rid in ids]
        if field.type == "one2many":
            table = self.env.db.table(field.comodel)
            inverse = field.inverse_name
            return [sorted(table.ids_where(inverse, rid)) for rid in ids]
        if field.related:
            return self._related_values(field, ids)
        if field.compute:
            return list(getattr(self.browse(ids), field.compute)())
        return [field.null for _ in ids]

    def _related_values(self, field, ids):
        return self._resolve_related(field.related.split("."), ids)

    def _resolve_related(self, path, ids):
        if len(path) == 2:
            hop = self._fields[path[0]]
            if hop.store and hop.type == "many2one":
                comodel = self.env[hop.comodel]
                last = comodel._fields[path[1]]
                if last.store and last.type not in ("many2many", "one2many"):
                    # One stored hop to a stored value: two dict lookups per record.
                    rows = self._table.rows
                    targets = comodel._table.rows
                    name, null = last.name, last.null
                    result = []
                    for rid in ids:
                        key = rows[rid].get(hop.name)
                        target = targets.get(key) if key else None
                        result.append(target.get(name, null) if target is not None else null)
                    return result
        model = self
        keys = list(ids)
        for hop in path[:-1]:
            hop_field = model._fields[hop]
            rows = model._table.rows
            if hop_field.store:
                keys = [rows[k].get(hop) if k and k in rows else False for k in keys]
            else:
                present = [k for k in dict.fromkeys(keys) if k and k in rows]
                mapping = dict(zip(present, model._values_for(hop_field, present), strict=True))
                keys = [mapping.get(k, False) if k else False for k in keys]
            model = self.env[hop_field.comodel]
        last = model._fields[path[-1]]
        present = [k for k in dict.fromkeys(keys) if k and k in model._table.rows]
        values = dict(zip(present, model._values_for(last, present), strict=True))
        return [values.get(k, last.empty()) if k else last.empty() for k in keys]

    def _compute_display_name(self):
        rows = self._table.rows
        rec = self._rec_name
        return [rows[rid].get(rec) or f"{self._name},{rid}" for rid in self._ids]

    def _display_name_of(self, rid: int) -> str:
        return self.browse([rid])._compute_display_name()[0]

    def _display_names(self, ids) -> dict:
        ids = [i for i in dict.fromkeys(ids) if i and i in self._table.rows]
        return dict(zip(ids, self.browse(ids)._compute_display_name(), strict=True))

    # -- access rights --------------------------------------------------------------------------------
    def _check_access(self, operation: str) -> None:
        if not self.env.su:
            security.check_model_access(self.env, self._name, self._description, operation)

    def _check_field_groups(self, fnames, operation: str) -> None:
        if self.env.su:
            return
        denied = [
            name
            for name in fnames
            if self._fields[name].groups and not self._user_in_groups(self._fields[name].groups)
        ]
        if denied:
            raise AccessError(
                f'You do not have enough rights to access the fields "{",".join(denied)}" on '
                f"{self._description} ({self._name}). Please contact your system administrator."
                f"\n\n(Operation: {operation})"
            )

    def _user_in_groups(self, groups: str) -> bool:
        return self.env.su or any(self.env.has_group(g.strip()) for g in groups.split(","))

    @api_model
    def check_access_rights(self, operation, raise_exception=True):
        try:
            self._check_access(operation)
        except AccessError:
            if raise_exception:
                raise
            return False
        return True

    # -- fields_get / default_get -----------------------------------------------------------------------
    @api_model
    def fields_get(self, allfields=None, attributes=None):
        result = {}
        for name, field in self._fields.items():
            if allfields and name not in allfields:
                continue
            if field.groups and not self._user_in_groups(field.groups):
                continue
            desc = field.describe()
            if attributes:
                desc = {key: value for key, value in desc.items() if key in attributes}
            result[name] = desc
        return result

    @api_model
    def default_get(self, fields_list):
        result = {}
        context = self.env.context
        for name in fields_list:
            field = self._fields.get(name)
            if field is None:
                continue
            key = f"default_{name}"
            if key in context:
                result[name] = context[key]
            elif field.default is not None:
                value = field.default(self) if callable(field.default) else field.default
                if isinstance(value, Model):
                    value = value.id if field.type == "many2one" else value.ids
                result[name] = value
        return result

    # -- names ----------------------------------------------------------------------------------------
    def _name_search_rows(self, name, operator="ilike", limit=None, domain=None):
        domain = list(domain or [])
        if name:
            domain = [(self._rec_name_search_field(), operator, name)] + domain
        ids = self._search_ids(domain, 0, limit)
        names = self._display_names(ids)
        return [(rid, names.get(rid, "")) for rid in ids]

    def _rec_name_search_field(self) -> str:
        return self._rec_name if self._rec_name in self._fields else "display_name"

    @api_model
    def name_search(self, name="", args=None, operator="ilike", limit=100):
        self._check_access("read")
        return [list(pair) for pair in self._name_search_rows(name, operator, limit, args)]

    def name_get(self):
        self._check_access("read")
        names = self._display_names(self._ids)
        return [[rid, names[rid]] for rid in self._ids if rid in names]

    def action_archive(self):
        self._check_access("write")
        return self._write({"active": False})

    def action_unarchive(self):
        self._check_access("write")
        return self._write({"active": True})

    # -- read_group -----------------------------------------------------------------------------------
    @api_model
    def read_group(self, domain, fields, groupby, offset=0, limit=None, orderby=False, lazy=True):
        from odoosim.orm.grouping import read_group

        self._check_access("read")
        return read_group(self, domain, fields, groupby, offset, limit, orderby, lazy)


def finalize_registry() -> None:
    """Build the reverse many2one map used by unlink (called once all models are imported)."""
    referencing: dict[str, list] = {}
    for name, cls in REGISTRY.items():
        for fname, field in cls._fields.items():
            if field.type == "many2one" and field.store and fname not in MAGIC_FIELDS:
                referencing.setdefault(field.comodel, []).append((name, fname, field.ondelete))
    Model._referencing = referencing


def indexed_fields(cls) -> tuple[str, ...]:
    return tuple(
        name
        for name, field in cls._fields.items()
        if field.type == "many2one" and field.store and name not in ("create_uid", "write_uid")
    )

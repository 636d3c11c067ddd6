"""Typed fields: how a value is stored, served by ``read`` and described by ``fields_get``.

Stored values are plain Python data, kept JSON-friendly so that persistence and the wire need no
conversion: Char/Text/Html/Selection ``str | False``, Integer ``int``, Float ``float``,
Boolean ``bool``, Date ``"YYYY-MM-DD" | False``, Datetime ``"YYYY-MM-DD HH:MM:SS.ffffff" | False``
(naive UTC with microseconds, so string order is time order), Many2one ``int | False``,
Many2many ``list[int]``. One2many values are never stored: they are derived from the inverse
Many2one index.
"""

from __future__ import annotations

from datetime import date, datetime

from odoosim.errors import ValidationError, value_error

DATETIME_LEN = 26


def normalize_datetime(value) -> str | bool:
    """Turn a client datetime (str, date or datetime) into the stored 26-character form."""
    if value in (False, None, ""):
        return False
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d 00:00:00.000000")
    text = str(value).strip().replace("T", " ")
    if len(text) == 10:
        text += " 00:00:00"
    try:
        parsed = datetime.strptime(text[:19], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        raise value_error(
            f"time data {value!r} does not match format '%Y-%m-%d %H:%M:%S'"
        ) from None
    micro = text[20:26] if len(text) > 19 and text[19] == "." else ""
    return parsed.strftime("%Y-%m-%d %H:%M:%S.") + micro.ljust(6, "0")


def normalize_date(value) -> str | bool:
    if value in (False, None, ""):
        return False
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()[:10]
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        raise value_error(f"time data {value!r} does not match format '%Y-%m-%d'") from None
    return text


class Field:
    """A model field. ``store=False`` fields are computed on read (``compute`` names a batch
    method ``(self, rows) -> list``) or follow ``related`` (a dotted path of many2ones)."""

    type = "char"
    null: object = False
    aggregator: str | None = None

    def __init__(
        self,
        string=None,
        *,
        required=False,
        readonly=False,
        default=None,
        help=None,
        related=None,
        compute=None,
        store=None,
        groups=None,
        index=False,
        copy=True,
        context=None,
        domain=None,
        search=None,
        inverse=None,
        **extra,
    ):
        self.string = string
        self.required = required
        self.readonly = readonly
        self.default = default
        self.help = help
        self.related = related
        self.compute = compute
        self.store = store if store is not None else not (related or compute)
        self.groups = groups
        self.index = index
        self.copy = copy
        self.context = context or {}
        self.domain = domain or []
        self.search = search
        self.inverse = inverse
        self.extra = extra
        self.name = ""
        self.model_name = ""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, record, owner=None):
        # Attribute access on a record reads the field; on the class it gives the field itself.
        if record is None:
            return self
        return record._field_value(record._fields[self.name])

    def bind(self, model_name: str, name: str) -> None:
        self.name = name
        self.model_name = model_name
        if not self.string:
            label = (
                name[:-3] if name.endswith("_id") else name[:-4] if name.endswith("_ids") else name
            )
            self.string = label.replace("_", " ").title()

    # -- values -------------------------------------------------------------------------------
    def convert(self, value, env):
        """Validate and normalise a value written by a client."""
        if value is None:
            return self.null
        return value

    def to_read(self, value, env, load: str):
        return value

    def empty(self):
        return self.null

    def describe(self) -> dict:
        desc = {
            "type": self.type,
            "string": self.string,
            "required": bool(self.required),
            "readonly": bool(self.readonly),
            "store": bool(self.store),
            "searchable": bool(self.store or self.related or self.search),
            "sortable": bool(self.store),
            "manual": False,
            "depends": [self.related] if self.related else [],
            "company_dependent": False,
            "change_default": False,
            "exportable": True,
        }
        if self.help:
            desc["help"] = self.help
        if self.groups:
            desc["groups"] = self.groups
        if self.related:
            desc["related"] = self.related
        return desc


class Char(Field):
    """Single-line text; stored as ``str`` or ``False``."""

    type = "char"

    def __init__(self, string=None, *, size=None, translate=False, **kw):
        super().__init__(string, **kw)
        self.size = size
        self.translate = translate

    def convert(self, value, env):
        if value in (None, False, ""):
            return False
        return str(value)

    def describe(self):
        desc = super().describe()
        desc.update({"trim": True, "translate": self.translate})
        if self.size:
            desc["size"] = self.size
        return desc


class Text(Char):
    """Multi-line text."""

    type = "text"


class Html(Char):
    """Rich text; served as given (Odoo would sanitise it)."""

    type = "html"

    def describe(self):
        desc = super().describe()
        desc.update({"sanitize": True, "sanitize_tags": True, "sanitize_attributes": True})
        return desc


class Integer(Field):
    """Whole number; empty is ``0``."""

    type = "integer"
    null = 0
    aggregator = "sum"

    def convert(self, value, env):
        if value in (None, False):
            return 0
        try:
            return int(value)
        except (TypeError, ValueError):
            raise value_error(f"invalid literal for int() with base 10: {value!r}") from None


class Float(Field):
    """Decimal number; empty is ``0.0``."""

    type = "float"
    null = 0.0
    aggregator = "sum"

    def __init__(self, string=None, *, digits=None, **kw):
        super().__init__(string, **kw)
        self.digits = digits

    def convert(self, value, env):
        if value in (None, False):
            return 0.0
        try:
            return float(value)
        except (TypeError, ValueError):
            raise value_error(f"could not convert string to float: {value!r}") from None

    def describe(self):
        desc = super().describe()
        if self.digits:
            desc["digits"] = list(self.digits)
        desc["aggregator"] = "sum"
        return desc


class Monetary(Float):
    """Amount in the company currency."""

    type = "monetary"

    def describe(self):
        desc = super().describe()
        desc["currency_field"] = "currency_id"
        return desc


class Boolean(Field):
    """True/False; never empty."""

    type = "boolean"
    null = False

    def convert(self, value, env):
        return bool(value)


class Date(Field):
    """Calendar date, stored ``YYYY-MM-DD``."""

    type = "date"

    def convert(self, value, env):
        return normalize_date(value)


class Datetime(Field):
    """UTC timestamp with microseconds; served to the second, as Odoo does."""

    type = "datetime"

    def convert(self, value, env):
        return normalize_datetime(value)

    def to_read(self, value, env, load):
        return value[:19] if value else False


class Selection(Field):
    """One key out of a fixed list; unknown keys are refused like Odoo's ValueError."""

    type = "selection"

    def __init__(self, selection=(), string=None, **kw):
        super().__init__(string, **kw)
        self.selection = [list(pair) for pair in selection]
        self.keys = {key for key, _label in selection}

    def convert(self, value, env):
        if value in (None, False, ""):
            return False
        if value not in self.keys:
            raise value_error(f"Wrong value for {self.model_name}.{self.name}: {value!r}")
        return value

    def label(self, value) -> str:
        for key, label in self.selection:
            if key == value:
                return label
        return ""

    def describe(self):
        desc = super().describe()
        desc["selection"] = self.selection
        return desc


class Relational(Field):
    """Common part of the fields pointing at another model."""

    def __init__(self, comodel, string=None, **kw):
        super().__init__(string, **kw)
        self.comodel = comodel

    def describe(self):
        desc = super().describe()
        desc["relation"] = self.comodel
        desc["context"] = dict(self.context)
        desc["domain"] = list(self.domain)
        return desc


class Many2one(Relational):
    """Reference to one record, stored as its id; indexed for reverse lookups."""

    type = "many2one"

    def __init__(self, comodel, string=None, *, ondelete="set null", **kw):
        super().__init__(comodel, string, **kw)
        self.ondelete = ondelete

    def convert(self, value, env):
        if value in (None, False, 0):
            return False
        if isinstance(value, list | tuple):
            value = value[0] if value else False
            if not value:
                return False
        if isinstance(value, bool) or not isinstance(value, int):
            raise value_error(f"Wrong value for {self.model_name}.{self.name}: {value!r}")
        if value not in env.db.table(self.comodel).rows:
            raise ValidationError(
                "The operation cannot be completed: another model requires the record being "
                "deleted. If possible, archive it instead.\n\n"
                f"Model: {env[self.model_name]._description} ({self.model_name})\n"
                f"Constraint: {self.model_name.replace('.', '_')}_{self.name}_fkey\n"
            )
        return value

    def to_read(self, value, env, load):
        if not value:
            return False
        if load == "_classic_write":
            return value
        return [value, env[self.comodel]._display_name_of(value)]


class One2many(Relational):
    """Records of the comodel whose ``inverse_name`` points here; never stored."""

    type = "one2many"

    def __init__(self, comodel, inverse_name, string=None, **kw):
        kw.setdefault("store", False)
        super().__init__(comodel, string, **kw)
        self.inverse_name = inverse_name
        self.copy = kw.get("copy", False)
        self.null = []

    def empty(self):
        return []

    def describe(self):
        desc = super().describe()
        desc["relation_field"] = self.inverse_name
        desc["store"] = True
        desc["searchable"] = True
        return desc


class Many2many(Relational):
    """Set of ids of the comodel, stored as a list."""

    type = "many2many"

    def __init__(self, comodel, string=None, **kw):
        super().__init__(comodel, string, **kw)
        self.null = []

    def empty(self):
        return []

    def to_read(self, value, env, load):
        return list(value or ())


FIELD_TYPES = {
    cls.type: cls
    for cls in (
        Char,
        Text,
        Html,
        Integer,
        Float,
        Monetary,
        Boolean,
        Date,
        Datetime,
        Selection,
        Many2one,
        One2many,
        Many2many,
    )
}

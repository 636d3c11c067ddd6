"""A small Odoo-like ORM: typed fields, recordsets, domains, access rights, transactions."""

from odoosim.orm import fields
from odoosim.orm.api import api_model
from odoosim.orm.env import REGISTRY, Env
from odoosim.orm.model import Model

__all__ = ["REGISTRY", "Env", "Model", "api_model", "fields"]

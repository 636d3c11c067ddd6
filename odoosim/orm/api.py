"""Method decorators shared by the ORM modules."""

from __future__ import annotations


def api_model(method):
    """Mark a method as model-level: over RPC it gets ``args`` without a leading id list."""
    method._api_model = True
    return method

"""Returns policy: the document (TOML), the engine that decides, and the what-if replay."""

from storeapp.core.policy.describe import describe_policy
from storeapp.core.policy.document import PolicyHolder, PolicyUpdate, load_policy, parse_policy
from storeapp.core.policy.engine import evaluate
from storeapp.core.policy.facts import (
    Decision,
    Finding,
    LineDecision,
    PastReturn,
    ReturnLine,
    ReturnRequest,
    SaleFacts,
    SaleLineFacts,
)
from storeapp.core.policy.model import SCHEMA_VERSION, Destination, Level, Policy
from storeapp.core.policy.problems import PolicyError, Problem
from storeapp.core.policy.simulate import PastCase, SimulationReport, simulate

__all__ = [
    "SCHEMA_VERSION",
    "Decision",
    "describe_policy",
    "Destination",
    "Finding",
    "Level",
    "LineDecision",
    "PastCase",
    "PastReturn",
    "Policy",
    "PolicyError",
    "PolicyHolder",
    "PolicyUpdate",
    "Problem",
    "ReturnLine",
    "ReturnRequest",
    "SaleFacts",
    "SaleLineFacts",
    "SimulationReport",
    "evaluate",
    "load_policy",
    "parse_policy",
    "simulate",
]

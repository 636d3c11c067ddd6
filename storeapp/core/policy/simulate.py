"""What-if: replay past returns against a draft policy and report what would change.

Each past return is evaluated again under the draft, at the moment it happened and with the
connectivity it had. Its "before" is either the decision recorded at the time or, when a
baseline policy is given, that baseline's decision today: comparing two documents is the
cleaner question ("what does my edit change?"), the recorded decision the more honest one
("what would the store have done?").

The report counts, rule by rule, how many returns the rule held back (anything above allow)
before and after, and lists every return whose overall level changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from storeapp.core.policy.engine import evaluate
from storeapp.core.policy.facts import Decision, PastReturn, ReturnRequest, SaleFacts
from storeapp.core.policy.model import Level, Policy
from storeapp.core.text import msg
from storeapp.core.wording import plural


@dataclass(frozen=True)
class PastCase:
    """A return that happened: what was asked, what was known, and what was decided."""

    ref: str  # e.g. the return picking's name, for the report
    request: ReturnRequest
    sale: SaleFacts | None
    at: datetime
    online: bool = True
    history: tuple[PastReturn, ...] = ()
    recorded: Decision | None = None


@dataclass(frozen=True)
class CaseChange:
    ref: str
    before: Level
    after: Level
    reasons: tuple[str, ...]  # the findings behind the new level

    @property
    def stricter(self) -> bool:
        return self.after.rank > self.before.rank


@dataclass(frozen=True)
class RuleImpact:
    """How often a rule held a return back (level above allow), before and after."""

    rule: str
    before: int
    after: int
    stricter: tuple[str, ...] = ()  # refs where this rule's level went up
    looser: tuple[str, ...] = ()


@dataclass(frozen=True)
class SimulationReport:
    policy_version: str
    baseline: str  # "the recorded decisions" or "policy <version>" (a message)
    cases: int
    changes: tuple[CaseChange, ...]
    rules: tuple[RuleImpact, ...]
    levels_before: dict[str, int] = field(default_factory=dict)
    levels_after: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """The report as text lines for the command line: its sentences are messages (shown in
        the reader's language); the tables keep English column, level and rule names."""
        out: list[str] = [
            msg(
                "Policy {version} replayed on {cases}, compared with {baseline}.",
                version=self.policy_version,
                cases=plural(self.cases, "past return"),
                baseline=self.baseline,
            ),
            "",
            "Outcome          before   after",
        ]
        for level in Level:
            out.append(
                f"  {level:<14} {self.levels_before.get(level, 0):>6}  "
                f"{self.levels_after.get(level, 0):>6}"
            )
        out += ["", "Rule             held back before   after   stricter   looser"]
        for impact in self.rules:
            out.append(
                f"  {impact.rule:<14} {impact.before:>16}  {impact.after:>6}  "
                f"{len(impact.stricter):>9}  {len(impact.looser):>7}"
            )
        out.append("")
        if not self.changes:
            out.append(msg("No return would get a different outcome."))
        for change in self.changes:
            values = {"ref": change.ref, "before": str(change.before), "after": str(change.after)}
            if change.stricter:
                out.append(msg("{ref}: {before} -> {after} (stricter)", **values))
            else:
                out.append(msg("{ref}: {before} -> {after} (looser)", **values))
            out.extend(f"    {reason}" for reason in change.reasons)
        return out


def _rule_levels(decision: Decision) -> dict[str, Level]:
    levels: dict[str, Level] = {}
    for finding in decision.all_findings():
        current = levels.get(finding.rule, Level.ALLOW)
        levels[finding.rule] = Level.strictest([current, finding.level])
    return levels


def simulate(
    policy: Policy, past: Sequence[PastCase], baseline: Policy | None = None
) -> SimulationReport:
    """Replay `past` under `policy`; compare with `baseline` or with the recorded decisions."""
    changes: list[CaseChange] = []
    counts: dict[str, list[int]] = {}
    stricter: dict[str, list[str]] = {}
    looser: dict[str, list[str]] = {}
    before_levels: dict[str, int] = {}
    after_levels: dict[str, int] = {}
    for case in past:
        after = evaluate(policy, case.request, case.sale, case.history, case.at, case.online)
        if baseline is not None:
            before = evaluate(baseline, case.request, case.sale, case.history, case.at, case.online)
        elif case.recorded is not None:
            before = case.recorded
        else:
            raise ValueError(
                f"{case.ref}: no decision was recorded; give a baseline policy to compare with"
            )
        before_levels[before.level] = before_levels.get(before.level, 0) + 1
        after_levels[after.level] = after_levels.get(after.level, 0) + 1
        rules_before, rules_after = _rule_levels(before), _rule_levels(after)
        for rule in set(rules_before) | set(rules_after):
            lb = rules_before.get(rule, Level.ALLOW)
            la = rules_after.get(rule, Level.ALLOW)
            tally = counts.setdefault(rule, [0, 0])
            tally[0] += lb is not Level.ALLOW
            tally[1] += la is not Level.ALLOW
            if la.rank > lb.rank:
                stricter.setdefault(rule, []).append(case.ref)
            elif la.rank < lb.rank:
                looser.setdefault(rule, []).append(case.ref)
        if after.level is not before.level:
            reasons = tuple(
                line for line in after.trace() if not line.startswith(f"[{Level.ALLOW}]")
            )
            changes.append(CaseChange(case.ref, before.level, after.level, reasons))
    impacts = tuple(
        RuleImpact(
            rule,
            counts[rule][0],
            counts[rule][1],
            tuple(stricter.get(rule, ())),
            tuple(looser.get(rule, ())),
        )
        for rule in sorted(counts)
    )
    return SimulationReport(
        policy_version=policy.policy_version,
        baseline=(
            msg("policy {version}", version=baseline.policy_version)
            if baseline
            else msg("the recorded decisions")
        ),
        cases=len(past),
        changes=tuple(changes),
        rules=impacts,
        levels_before=before_levels,
        levels_after=after_levels,
    )

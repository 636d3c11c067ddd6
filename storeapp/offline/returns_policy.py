"""Where the returns policy in force comes from, and how the last valid one is kept.

Sources, first that applies: the machine file named by `returns.policy_file` (IT's choice
for a pilot store), else the last document accepted on this PC (kept in the journal, e.g.
one that came from Odoo), else the sample shipped with the app. Any document offered goes
through `PolicyHolder`: an invalid one is refused with every problem named, and the policy
already in force stays. The accepted text is kept in `journal_meta`, so a broken file put in
place later never leaves the store without a policy after a restart.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from storeapp.core.policy import Policy, PolicyHolder, PolicyUpdate
from storeapp.core.text import msg
from storeapp.core.textfiles import read_text
from storeapp.offline.journal_models import JournalMeta
from storeapp.offline.store import Writable

log = logging.getLogger(__name__)

META_TEXT = "returns_policy_text"
META_SOURCE = "returns_policy_source"
SAMPLE = (
    Path(__file__).resolve().parent.parent.parent / "resources" / "policy" / "sample-policy.toml"
)


@dataclass(frozen=True)
class PolicyLoad:
    """The policy in force after loading, where it came from, and what went wrong (messages,
    shown in the reader's language)."""

    policy: Policy | None
    source: str
    problems: tuple[str, ...] = ()


class PolicySource:
    """Loads the returns policy into a `PolicyHolder` and remembers the last valid text."""

    def __init__(
        self,
        journal: Writable,
        machine_file: Path | None = None,
        sample: Path | None = SAMPLE,
        holder: PolicyHolder | None = None,
    ) -> None:
        self.journal = journal
        self.machine_file = machine_file
        self.sample = sample
        self.holder = holder or PolicyHolder()
        self._seen: float | None = None  # modification time of the machine file last read

    @property
    def policy(self) -> Policy | None:
        return self.holder.policy

    def _kept(self) -> tuple[str, str] | None:
        with self.journal.read() as s:
            text = s.get(JournalMeta, META_TEXT)
            source = s.get(JournalMeta, META_SOURCE)
            return (text.value, source.value if source else "") if text else None

    def _keep(self, text: str, source: str) -> None:
        if getattr(self.journal, "read_only", False):
            return
        with self.journal.write() as s:
            s.merge(JournalMeta(key=META_TEXT, value=text))
            s.merge(JournalMeta(key=META_SOURCE, value=source))

    def offer(self, text: str, source: str) -> PolicyUpdate:
        """Offer a document (a file, or an Odoo attachment's content). Accepted: it is in
        force and kept; refused: the one in force stays and `update.message` says why."""
        update = self.holder.offer(text, source=source)
        if update.accepted and update.policy is not None:
            self._keep(text, source)
            log.info("returns policy %s in force (%s)", update.policy.policy_version, source)
        else:
            log.error("returns policy from %s refused: %s", source, update.error)
        return update

    def load(self) -> PolicyLoad:
        problems: list[str] = []
        # The policy that holds without the machine file comes first, so a refused file
        # leaves it in force and the refusal names it ("policy 2026.11-sample stays").
        source = self._fallback(problems)
        if self.machine_file is not None:
            try:
                self._seen = self.machine_file.stat().st_mtime
                text = read_text(self.machine_file)
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(
                    msg(
                        "The returns policy file {path} cannot be read ({error}). Ask IT to "
                        "check returns.policy_file in this PC's configuration.",
                        path=str(self.machine_file),
                        error=str(exc),
                    )
                )
            else:
                update = self.offer(text, str(self.machine_file))
                if update.accepted:
                    return PolicyLoad(update.policy, str(self.machine_file))
                problems.append(update.message)
        if self.holder.policy is None:
            problems.append(
                msg("No returns policy is in force, so returns cannot be checked. Tell IT.")
            )
        return PolicyLoad(self.holder.policy, source, tuple(problems))

    def _fallback(self, problems: list[str]) -> str:
        """Puts in force the last document accepted on this PC, else the sample; returns
        where it came from ("" when neither could be)."""
        kept = self._kept()
        if kept is not None and self.holder.offer(kept[0], source=kept[1]).accepted:
            return kept[1]
        if self.sample is not None and self.sample.is_file():
            update = self.holder.offer(self.sample.read_text(encoding="utf-8"), source="sample")
            if update.accepted:
                return "the sample policy"
            problems.append(update.message)
        return ""

    def reload_if_changed(self) -> PolicyLoad | None:
        """Read the machine file again when it changed since it was last read (IT fixed or
        replaced it): the new policy is in force without a restart, or the problems are
        reported and the policy in force stays. None when nothing changed."""
        if self.machine_file is None:
            return None
        try:
            mtime = self.machine_file.stat().st_mtime
        except OSError:
            mtime = None
        if mtime == self._seen:
            return None
        self._seen = mtime
        if mtime is None:
            return PolicyLoad(
                self.holder.policy,
                "",
                (
                    msg(
                        "The returns policy file {path} is gone; the policy in force stays. "
                        "Ask IT to put it back.",
                        path=str(self.machine_file),
                    ),
                ),
            )
        try:
            update = self.offer(read_text(self.machine_file), str(self.machine_file))
        except (OSError, UnicodeDecodeError) as exc:
            return PolicyLoad(
                self.holder.policy,
                "",
                (
                    msg(
                        "The returns policy file {path} cannot be read ({error}); the policy in "
                        "force stays. Ask IT to save it again as UTF-8.",
                        path=str(self.machine_file),
                        error=str(exc),
                    ),
                ),
            )
        problems = () if update.accepted else (update.message,)
        return PolicyLoad(self.holder.policy, str(self.machine_file), problems)

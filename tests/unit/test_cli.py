"""The command line: --version, doctor, outbox, config — run as IT would run them."""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

import storeapp
from storeapp import cli
from storeapp.diagnostics import doctor as doctor_module
from storeapp.offline import migrate
from storeapp.offline.journal import JOURNAL_FILE, JournalStore
from storeapp.offline.outbox import Actor, Outbox
from tests.offline.helpers import corrupt_middle

REPO = Path(storeapp.__file__).resolve().parent.parent
ANN = Actor(3, "Ann")


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this test process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        self.values.pop((service, username), None)


@pytest.fixture
def env(tmp_path: Path, monkeypatch):
    """A PC with its data folder in tmp_path, no machine file and a working keyring."""
    data = tmp_path / "data"
    monkeypatch.setenv("STOREAPP_DATA_DIR", str(data))
    monkeypatch.setenv("STOREAPP_CONFIG", "")
    for name in [
        n for n in __import__("os").environ if n.startswith("STOREAPP_") and n.count("_") > 1
    ]:
        if name not in ("STOREAPP_DATA_DIR",):
            monkeypatch.delenv(name, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield data
    keyring.set_keyring(previous)


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    return code, capsys.readouterr().out


def test_version_from_the_console(tmp_path: Path):
    done = subprocess.run(
        [sys.executable, "-m", "storeapp", "--version"], cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"storeapp {storeapp.__version__}"


def test_doctor_invalid_machine_file_exits_non_zero_naming_file_and_key(tmp_path: Path):
    machine = tmp_path / "storeapp.toml"
    machine.write_text('[sync]\npage_size = "lots"\n')
    env = {
        "PATH": "/usr/bin:/bin",
        "STOREAPP_CONFIG": str(machine),
        "STOREAPP_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "storeapp", "doctor"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    assert f"FAIL  config   {machine}: [sync] page_size: expected an integer, got 'lots'" in (
        done.stdout
    )
    assert "Correct the configuration" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_doctor_on_a_pc_not_set_up_yet(env: Path, capsys):
    """Healthy local state, but no Odoo account: a problem for a compliance check."""
    journal = JournalStore.open(env)
    outbox = Outbox(journal)
    outbox.enqueue("picking.validate", {}, "picking:1", ANN)
    stuck = outbox.enqueue("picking.validate", {}, "picking:2", ANN)
    outbox.mark_sending(stuck.uuid)
    outbox.park(stuck.uuid, "Odoo says the order is cancelled", "Cancel the op")
    journal.close()
    code, out = _run(capsys, "doctor")
    assert code == 1, out
    assert "FAIL  setup    odoo.url is empty: this PC is not set up" in out
    assert "storeapp provision --url" in out
    assert "OK    config   sync.page_size = 2000  [default]" in out
    assert f"OK    data     data folder {env} [environment STOREAPP_DATA_DIR], writable" in out
    assert f"schema {migrate.head_revision()} (current)" in out
    assert "WARN  outbox   outbox: 1 waiting for Odoo, 1 parked, 0 awaiting approval" in out
    assert "OK    audit    audit chain intact (4 entries)" in out
    assert "OK    keyring  keyring backend tests.unit.test_cli.MemoryKeyring" in out
    assert "identity.max_pin_attempts = 5" in out
    assert out.rstrip().endswith("4 problems, 1 warning.")


def test_doctor_fails_on_a_damaged_journal_and_leaves_it_alone(env: Path, capsys):
    journal = JournalStore.open(env)
    outbox = Outbox(journal)
    for i in range(150):
        outbox.enqueue("picking.validate", {"pad": "x" * 200}, f"picking:{i}", ANN)
    journal.close()
    path = env / JOURNAL_FILE
    corrupt_middle(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code, out = _run(capsys, "doctor", "--problems-only")
    assert code == 1
    assert "FAIL  journal" in out and "damaged" in out and "storeapp outbox export FILE" in out
    assert "OK " not in out
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_doctor_without_keyring_says_what_to_install(env: Path, capsys):
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    code, out = _run(capsys, "doctor", "--problems-only")
    assert code == 1
    assert "FAIL  keyring  no keyring backend: install/enable Secret Service" in out


def test_a_broken_extra_check_becomes_a_fail_line(env: Path, capsys, monkeypatch):
    def explodes(ctx):
        raise RuntimeError("probe crashed")

    def odoo_reachable(ctx):
        assert ctx.cfg is not None and ctx.data_dir == env
        yield doctor_module.Finding(doctor_module.Status.OK, "odoo", "reachable")

    monkeypatch.setattr(
        doctor_module, "CHECKS", [*doctor_module.CHECKS, "tests.unit.test_cli:_no_such_check"]
    )
    findings = doctor_module.run_checks(extra=[odoo_reachable, explodes])
    last = [(f.status.value, f.topic, f.text) for f in findings[-3:]]
    assert last[0][0] == "FAIL" and "_no_such_check" in last[0][2]
    assert last[1] == ("OK", "odoo", "reachable")
    assert (
        last[2][0] == "FAIL" and "explodes could not run: RuntimeError: probe crashed" in last[2][2]
    )


def test_outbox_summary_lists_states_and_parked_reasons(env: Path, capsys):
    journal = JournalStore.open(env)
    outbox = Outbox(journal)
    op = outbox.enqueue("count.apply", {}, "quant:1", ANN)
    outbox.mark_sending(op.uuid)
    outbox.park(op.uuid, "The location was archived in Odoo.", "Recount in another location.")
    outbox.enqueue("picking.validate", {}, "picking:1", ANN)
    for i in range(3):
        late = outbox.enqueue("picking.validate", {}, f"picking:{10 + i}", ANN)
        outbox.mark_sending(late.uuid)
        outbox.mark_failed(late.uuid, "Odoo did not answer", datetime(2030, 1, 1, tzinfo=UTC))
    journal.close()
    code, out = _run(capsys, "outbox", "--limit", "2")
    assert code == 0
    assert "parked            1" in out and "queued            1" in out
    assert "what happened: The location was archived in Odoo." in out
    assert "what to do:    Recount in another location." in out
    assert (
        "- picking.validate on picking:10: Odoo did not answer (attempt 1, next 2030-01-01" in out
    )
    assert "picking:12" not in out and "... and 1 more failed ops (--limit)." in out


def test_outbox_export_from_a_healthy_and_a_damaged_journal(env: Path, tmp_path: Path, capsys):
    code, out = _run(capsys, "outbox", "export", str(tmp_path / "none.jsonl"))
    assert code == 1 and "There is no journal" in out

    journal = JournalStore.open(env)
    outbox = Outbox(journal)
    uuids = [
        outbox.enqueue("picking.validate", {"pad": "y" * 1200}, f"picking:{i}", ANN).uuid
        for i in range(200)
    ]
    journal.close()
    target = tmp_path / "ops.jsonl"
    code, out = _run(capsys, "outbox", "export", str(target))
    assert (code, out.strip()) == (0, f"200 ops written to {target}.")
    assert [json.loads(line)["uuid"] for line in target.read_text().splitlines()] == uuids

    corrupt_middle(env / JOURNAL_FILE)
    code, out = _run(capsys, "outbox", "export", str(target))
    lines = target.read_text().splitlines()
    assert 0 < len(lines) < 200
    assert out.startswith(f"{len(lines)} ops written to {target}.")
    assert code == 1 and "could not be read" in out


def test_config_command_shows_values_and_a_loadable_sample(env: Path, capsys, tmp_path: Path):
    code, out = _run(capsys, "config")
    assert code == 0 and "sync.page_size = 2000  [default]" in out
    code, sample = _run(capsys, "config", "--sample")
    assert code == 0 and "[sync]" in sample and "# page_size = 2000" in sample


def test_every_subcommand_has_help_and_a_unique_name():
    names = [sub.name for sub in cli.SUBCOMMANDS]
    assert len(names) == len(set(names))
    assert all(sub.help for sub in cli.SUBCOMMANDS)
    parser = cli.build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert list(commands.choices) == names
    assert parser.parse_args([]).command is None  # no command: the window


def test_support_bundle_holds_diagnostics_but_no_secrets_or_payloads(
    env: Path, tmp_path: Path, capsys
):
    journal = JournalStore.open(env)
    outbox = Outbox(journal)
    op = outbox.enqueue(
        "return.create", {"customer": "Jane Buyer", "phone": "+33612345678"}, "sale:9", ANN
    )
    outbox.mark_sending(op.uuid)
    outbox.park(op.uuid, "Odoo refused: contact jane@example.com", "Check the sale")
    journal.close()
    logs = env / "logs"
    logs.mkdir()
    # A log line as an older, careless version might have written it.
    (logs / "storeapp.log").write_text("login password=hunter2 for jane@example.com\nstarted\n")
    target = tmp_path / "bundle.zip"
    code, out = _run(capsys, "support-bundle", str(target))
    assert code == 0 and out.startswith(f"Support bundle written to {target}")
    with zipfile.ZipFile(target) as bundle:
        names = set(bundle.namelist())
        text = "\n".join(bundle.read(n).decode() for n in names)
        shape = json.loads(bundle.read("outbox.json"))
    assert {"doctor.txt", "versions.json", "outbox.json", "logs/storeapp.log"} <= names
    assert "started" in text and "OK    journal" in text
    for secret in ("hunter2", "jane@example.com", "Jane Buyer", "612345678"):
        assert secret not in text
    assert shape["counts"]["parked"] == 1
    assert shape["unfinished"][0]["aggregate"] == "sale:9"
    assert "payload" not in shape["unfinished"][0]


def test_config_command_fails_on_an_invalid_policy_file(
    env: Path, capsys, tmp_path: Path, monkeypatch
):
    policy = tmp_path / "policy.toml"
    policy.write_text('schema_version = 1\npolicy_version = "x"\n[rules]\nwindw = 1\n')
    machine = tmp_path / "storeapp.toml"
    machine.write_text(f'[returns]\npolicy_file = "{policy}"\n')
    monkeypatch.setenv("STOREAPP_CONFIG", str(machine))
    code, out = _run(capsys, "config")
    assert code == 1, out
    assert f"{policy}" in out and "not valid" in out and "windw" in out


def test_employees_list_for_it_shows_people_but_never_pins(env: Path, capsys):
    from storeapp.core import identity
    from storeapp.offline.credentials_repo import CredentialsRepo

    journal = JournalStore.open(env)
    verifier = identity.make_pin_verifier("2468")
    CredentialsRepo(journal).enroll(
        employee_id=7,
        name="Lea Lead",
        role="manager",
        badge_hash="f" * 64,
        pin_verifier=verifier,
        enrolled_by_id=None,
    )
    journal.close()
    code, out = _run(capsys, "employees", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["name", "role", "badge", "sign-in", "enrolled", "by"]
    assert "Lea Lead" in lines[2] and "manager" in lines[2] and "IT (device key)" in lines[2]
    assert "scrypt" not in out and "f" * 64 not in out and verifier not in out


def test_doctor_speaks_the_system_language(tmp_path: Path):
    """LANG=fr_BE.UTF-8: doctor's findings, advice and summary in French (QtCore only, no
    window system); the status words stay for scripts; --json stays English for tools."""
    from storeapp.devtools import translations

    translations.release(regenerate_pseudo=False)  # the .qm files, as a build makes them
    base = {
        "PATH": "/usr/bin:/bin",
        "STOREAPP_CONFIG": "",
        "STOREAPP_DATA_DIR": str(tmp_path / "data"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }

    def doctor(*args: str, **env: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "storeapp", "doctor", *args],
            cwd=REPO,
            capture_output=True,
            text=True,
            env={**base, **env},
            timeout=120,
        )
        assert "Traceback" not in done.stderr, done.stderr
        return done.stdout

    french = doctor(LANG="fr_BE.UTF-8")
    assert "OK    journal  pas encore de journal\u00a0: il est créé au premier démarrage" in french
    assert "FAIL  keyring  pas de coffre à mots de passe\u00a0:" in french
    assert "FAIL  setup    odoo.url est vide : ce PC n'est pas configuré" in french
    assert french.rstrip().endswith("problèmes, 0 avertissement.")  # French: 0 is singular
    assert "Go libres" in french and "GB free" not in french
    # LC_ALL wins over LANG, as for every program; C and unknown languages read English.
    assert "no journal yet" in doctor(LANG="fr_BE.UTF-8", LC_ALL="C")
    assert "no journal yet" in doctor("--json", LANG="fr_BE.UTF-8")
    assert "geen journaal" in doctor(LANG="en_US.UTF-8", LC_MESSAGES="nl_BE.UTF-8")


def test_the_system_language_is_read_as_gettext_reads_it():
    from storeapp.cli_language import system_language

    assert system_language({"LANG": "fr_BE.UTF-8"}) == "fr"
    assert system_language({"LANG": "fr_BE.UTF-8", "LC_MESSAGES": "de_DE"}) == "de"
    assert system_language({"LANG": "nl_BE", "LC_ALL": "C.UTF-8"}) == "en"
    assert system_language({"LANG": "de_DE.UTF-8@euro"}) == "de"
    assert system_language({"LANG": "es_ES.UTF-8"}) == "en"


def _in_language(tmp_path: Path, *argv: str, **env: str) -> str:
    """`storeapp ARGV` in a fresh process with the given locale variables; its output."""
    from storeapp.devtools import translations

    translations.release(regenerate_pseudo=False)  # the .qm files, as a build makes them
    base = {
        "PATH": "/usr/bin:/bin",
        "STOREAPP_CONFIG": "",
        "STOREAPP_DATA_DIR": str(tmp_path / "data"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    done = subprocess.run(
        [sys.executable, "-m", "storeapp", *argv],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**base, **env},
        timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout + done.stderr


def test_outbox_speaks_the_system_language_and_keeps_state_names(tmp_path: Path):
    """LANG=fr_BE.UTF-8: `storeapp outbox` explains a parked op in French, the reason the
    push engine kept as a message included; state names stay English for scripts."""
    from storeapp.sync.handlers.base import Park
    from storeapp.sync.handlers.picking import park_if_cancelled

    journal = JournalStore.open(tmp_path / "data")
    outbox = Outbox(journal)
    op = outbox.enqueue("picking.validate", {}, "picking:12", ANN)
    with pytest.raises(Park) as parked:
        park_if_cancelled({"state": "cancel", "name": "LYO/OUT/00012", "write_date": None})
    outbox.park(op.uuid, parked.value.reason, parked.value.action)
    journal.close()

    french = _in_language(tmp_path, "outbox", LANG="fr_BE.UTF-8")
    assert "parked            1" in french
    assert "Mises en attente (un responsable doit les renvoyer ou les annuler)\u00a0:" in french
    assert (
        "ce qui s'est passé\u00a0: La commande LYO/OUT/00012 a été annulée dans Odoo à une heure "
        "inconnue." in french
    )
    assert "Remettez les articles en rayon, puis annulez cette modification." in french
    english = _in_language(tmp_path, "outbox", LANG="fr_BE.UTF-8", LC_ALL="C")
    assert "what happened: Order LYO/OUT/00012 was cancelled in Odoo at an unknown time." in (
        english
    )


def test_sync_speaks_the_system_language(tmp_path: Path):
    """LANG=fr_BE.UTF-8: `storeapp sync` on a PC that is not set up says so in French."""
    french = _in_language(tmp_path, "sync", "--once", LANG="fr_BE.UTF-8")
    assert french.startswith("Ce PC n'est pas encore configuré\u00a0: odoo.url et")
    english = _in_language(tmp_path, "sync", "--once", LANG="fr_BE.UTF-8", LC_ALL="C")
    assert english.startswith("This PC is not set up yet: odoo.url and")


def test_policy_check_speaks_the_system_language(tmp_path: Path):
    """LANG=fr_BE.UTF-8: `storeapp policy check` says in French whether the draft is valid
    and what it could not compare."""
    from storeapp.offline.returns_policy import SAMPLE

    french = _in_language(tmp_path, "policy", "check", str(SAMPLE), LANG="fr_BE.UTF-8")
    assert f"{SAMPLE} est une politique de retour valide." in french
    assert "Pas comparé aux catégories et emplacements d'Odoo" in french
    broken = tmp_path / "broken.toml"
    broken.write_bytes(b"\xff\xfe not text")
    french = _in_language(tmp_path, "policy", "check", str(broken), LANG="fr_BE.UTF-8")
    assert "n'est pas enregistré en texte UTF-8" in french


def test_provision_speaks_the_system_language(tmp_path: Path):
    """LANG=fr_BE.UTF-8 (or nl, de): `storeapp provision` lists every problem in the
    system's language, the flags and values as given; nothing is changed either way."""
    bad = ["provision", "--url", "erp.example.com", "--db", "", "--login", "dev", "--store"]
    bad += ["PAR1", "--set", "sync.api_key=x", "--only", "config"]
    french = _in_language(tmp_path, *bad, LANG="fr_BE.UTF-8")
    assert french.startswith("Rien n'a été modifié\u00a0:\n- --db est obligatoire"), french
    assert "'erp.example.com' n'est pas une adresse web" in french
    assert "--set sync.api_key\u00a0: les secrets ne sont jamais écrits" in french
    assert "n'est pas une adresse web" in french
    dutch = _in_language(tmp_path, *bad, LANG="nl_BE.UTF-8")
    assert dutch.startswith("Er is niets gewijzigd:\n- --db is verplicht"), dutch
    german = _in_language(tmp_path, *bad, LANG="de_DE.UTF-8")
    assert german.startswith("Es wurde nichts geändert:\n- --db ist erforderlich"), german
    english = _in_language(tmp_path, *bad, LANG="fr_BE.UTF-8", LC_ALL="C")
    assert english.startswith("Nothing was changed:\n- --db is required and cannot be empty")
    both = ["provision", "--url", "https://erp.example.com", "--db", "prod", "--login", "dev"]
    both += ["--store", "PAR1", "--only", "config", "--secret-env", "KEY"]
    french = _in_language(tmp_path, *both, LANG="fr_BE.UTF-8")
    assert french.startswith("--secret-env a été donné avec --only config"), french
    assert not (tmp_path / "data").exists()


def test_policy_rules_problems_and_simulate_speak_the_system_language(tmp_path: Path):
    """LANG=fr_BE.UTF-8: `policy check` describes the rules and lists a broken file's problems
    in French (the file's own words stay: levels, categories, labels); `policy simulate` too."""
    from storeapp.offline.returns_policy import SAMPLE

    french = _in_language(tmp_path, "policy", "check", str(SAMPLE), LANG="fr_BE.UTF-8")
    assert (
        "fenêtre\u00a0: toutes les ventes\u00a0: 30 jours, puis 7 de plus en needs_approval, "
        in french
    )
    assert "sans ticket\u00a0: needs_approval\u00a0; au-delà de 75.00 EUR\u00a0: deny" in french
    assert "3 retours ou plus en 30 jours\u00a0: needs_approval" in french
    assert "motifs\u00a0: changed_mind (Changed mind)" in french
    broken = tmp_path / "broken.toml"
    broken.write_text(
        'schema_version = 1\npolicy_version = "x"\nstore_timezone = "Mars/Olympus"\n'
        "[rules]\ncolour = 1\n[[rules.window]]\ndays = -3\n",
        encoding="utf-8",
    )
    french = _in_language(tmp_path, "policy", "check", str(broken), LANG="fr_BE.UTF-8")
    assert "- rules.window[1].days\u00a0: un entier positif est attendu, reçu -3" in french
    assert "- rules.colour\u00a0: clé inconnue (connues ici\u00a0: condition," in french
    dutch = _in_language(tmp_path, "policy", "check", str(broken), LANG="nl_BE.UTF-8")
    assert "'Mars/Olympus' is geen gekende tijdzone" in dutch
    german = _in_language(tmp_path, "policy", "check", str(broken), LANG="de_DE.UTF-8")
    assert "'Mars/Olympus' ist keine bekannte Zeitzone" in german
    french = _in_language(tmp_path, "policy", "simulate", str(SAMPLE), LANG="fr_BE.UTF-8")
    assert french.startswith("Il n'y a pas de retours à rejouer dans"), french
    french = _in_language(tmp_path, "policy", "simulate", str(SAMPLE), "--days", "0", LANG="fr")
    assert french.startswith("--days doit valoir 1 ou plus."), french


def test_doctor_lists_a_broken_policy_files_problems_in_the_system_language(tmp_path: Path):
    broken = tmp_path / "draft.toml"
    broken.write_text(
        'schema_version = 1\npolicy_version = "x"\nstore_timezone = "Europe/Brussels"\n'
        "[rules]\n[[rules.window]]\ndays = -3\n",
        encoding="utf-8",
    )
    machine = tmp_path / "storeapp.toml"
    machine.write_text(f'[returns]\npolicy_file = "{broken.as_posix()}"\n', encoding="utf-8")
    french = _in_language(tmp_path, "doctor", LANG="fr_BE.UTF-8", STOREAPP_CONFIG=str(machine))
    assert f"{broken}\u00a0: rules.window[1].days\u00a0: un entier positif est attendu" in french


def test_config_bundle_audit_employees_and_click_collect_speak_the_system_language(
    tmp_path: Path,
):
    """LANG=fr_BE.UTF-8: `config`, `support-bundle`, `audit`, `employees` and `click-collect`
    say what they found, or why they cannot, in French; option names, values and their
    sources stay as the machine file writes them."""
    french = _in_language(tmp_path, "config", LANG="fr_BE.UTF-8")
    assert "fichier machine\u00a0: " in french and "(absent)" in french
    assert f"dossier de données\u00a0:  {tmp_path / 'data'} [environment STOREAPP_DATA_DIR]" in (
        french
    )
    assert "sync.page_size = 2000  [default]" in french
    missing = tmp_path / "nowhere" / "bundle.zip"
    french = _in_language(tmp_path, "support-bundle", str(missing), LANG="fr_BE.UTF-8")
    assert f"Le dossier {missing.parent} n'existe pas." in french
    french = _in_language(tmp_path, "audit", "verify", LANG="fr_BE.UTF-8")
    assert "Il n'y a pas de journal à" in french
    german = _in_language(tmp_path, "audit", "verify", LANG="de_DE.UTF-8")
    assert "gibt es kein Journal" in german
    french = _in_language(tmp_path, "employees", "list", LANG="fr_BE.UTF-8")
    assert "personne n'est inscrit sur ce PC." in french
    french = _in_language(tmp_path, "click-collect", LANG="fr_BE.UTF-8")
    assert french.startswith("Pas encore de données locales dans"), french
    dutch = _in_language(tmp_path, "click-collect", LANG="nl_BE.UTF-8")
    assert dutch.startswith("Nog geen lokale gegevens in"), dutch
    JournalStore.open(tmp_path / "data").close()
    french = _in_language(tmp_path, "employees", "list", LANG="fr_BE.UTF-8")
    assert "Personne ne peut encore se connecter sur ce PC" in french
    english = _in_language(tmp_path, "employees", "list", LANG="fr_BE.UTF-8", LC_ALL="C")
    assert "Nobody can sign in on this PC yet" in english
    # An op changed outside storeapp: the verdict and the chain's own problem in French.
    journal = JournalStore.open(tmp_path / "data")
    Outbox(journal).enqueue("picking.validate", {}, "picking:12", ANN)
    journal.close()
    db = sqlite3.connect(tmp_path / "data" / JOURNAL_FILE)
    db.execute("UPDATE op SET aggregate = 'picking:13'")
    db.commit()
    db.close()
    french = _in_language(tmp_path, "audit", "verify", LANG="fr_BE.UTF-8")
    assert french.startswith(
        "Chaîne d'audit intacte (1 entrée), mais 1 op(s) diffèrent de la chaîne\u00a0:"
    ), french
    assert "\u00a0: son type, son objet, son contenu ou son auteur diffère de ce qui" in french
    assert "prévenez l'informatique." in french


def test_the_problems_found_in_a_configuration_value_are_in_the_system_language(
    tmp_path: Path,
):
    """A bad value in the machine file (`config`, doctor) or given to `provision` is said in
    the system's language, not as English inside a translated sentence."""
    machine = tmp_path / "storeapp.toml"
    machine.write_text(
        '[sync]\npage_size = "lots"\napi_token = "x"\n\n[colour]\nshade = 1\n', encoding="utf-8"
    )
    french = _in_language(tmp_path, "config", LANG="fr_BE.UTF-8", STOREAPP_CONFIG=str(machine))
    assert french.startswith("La configuration n'est pas valide\u00a0:\n"), french
    assert f"{machine}\u00a0: [sync] page_size\u00a0: nombre entier attendu, reçu 'lots'" in french
    assert "[sync] api_token\u00a0: les secrets n'ont pas leur place" in french
    assert "[colour]\u00a0: section inconnue (connues\u00a0: " in french
    dutch = _in_language(tmp_path, "doctor", LANG="nl_BE.UTF-8", STOREAPP_CONFIG=str(machine))
    assert "[sync] page_size: geheel getal verwacht, gekregen: 'lots'" in dutch
    german = _in_language(
        tmp_path, "config", LANG="de_DE.UTF-8", STOREAPP_SYNC_PAGE_SIZE="0", STOREAPP_CONFIG=""
    )
    assert (
        "Umgebungsvariable STOREAPP_SYNC_PAGE_SIZE: [sync] page_size: muss mindestens" in german
    ), german
    bad = ["provision", "--url", "https://erp.example.com", "--db", "prod", "--login", "dev"]
    bad += ["--store", "PAR1", "--set", "sync.page_size=lots", "--only", "config"]
    french = _in_language(tmp_path, *bad, LANG="fr_BE.UTF-8")
    assert "--set sync.page_size\u00a0: nombre entier attendu, reçu 'lots'" in french, french
    english = _in_language(tmp_path, *bad, LANG="fr_BE.UTF-8", LC_ALL="C")
    assert "--set sync.page_size: expected an integer, got 'lots'" in english
    assert not (tmp_path / "data").exists()


def test_the_window_says_an_invalid_configuration_in_the_system_language(tmp_path: Path):
    """Started with a machine file it cannot use, the app says why in the system's language
    (no person and no valid store language are known yet), the problem's place as written."""
    from storeapp.devtools import translations

    translations.release(regenerate_pseudo=False)
    machine_file = tmp_path / "storeapp.toml"
    machine_file.write_text('[sync]\npage_size = "lots"\n', encoding="utf-8")
    env = {
        "PATH": "/usr/bin:/bin",
        "STOREAPP_CONFIG": str(machine_file),
        "STOREAPP_DATA_DIR": str(tmp_path / "data"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }

    def start(**more: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "storeapp"],
            cwd=REPO,
            capture_output=True,
            text=True,
            env={**env, **more},
            timeout=120,
        )

    french = start(LANG="fr_FR.UTF-8")
    assert french.returncode == 2
    assert "Traceback" not in french.stderr, french.stderr
    assert "storeapp ne peut pas démarrer\u00a0: la configuration n'est pas valide." in (
        french.stderr
    )
    assert "[sync] page_size" in french.stderr and "lots" in french.stderr
    english = start(LANG="C")
    assert "storeapp cannot start: the configuration is invalid." in english.stderr

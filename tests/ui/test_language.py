"""Each person's language at sign-in: the whole window switches, without a restart.

The French and Dutch texts here are stand-ins made from the code's own catalogue ("FR: Sign in"),
so the test proves the mechanics (extraction, compiled catalogues, switching, remembering) and
does not depend on the translators' wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from storeapp.devtools import translations
from storeapp.ui.language import Languages, PersonLanguages, normalise, qlocale, translated
from tests.ui.shell_helpers import make_shell


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """fr and nl catalogues of every text of the code, compiled, in a folder of their own."""
    out = tmp_path_factory.mktemp("i18n")
    fresh = translations.extract()
    for code in ("fr", "nl"):
        tag = code.upper()
        ts = translations.generated(
            out / f"storeapp_{code}.ts",
            translations._copy(fresh),
            lambda text, tag=tag: f"{tag}: {text}",
            translations.LANGUAGES[code],
        )
        translations.compile_ts(ts, out / f"storeapp_{code}.qm")
    return out


@pytest.fixture
def languages(folder, tmp_path, qapp):
    langs = Languages(folder, "en", PersonLanguages(tmp_path / "languages.json"))
    yield langs
    langs.apply("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def sign_in(shell, qtbot, until, name: str, pin: str, language: str | None = None) -> None:
    view = shell.sign_in
    until(lambda: view.model.rowCount() == 2)
    row = next(r for r in range(view.model.rowCount()) if name in view.model.credential(r).name)
    view.choose(view.model.credential(row))
    if language is not None:
        view.language.setCurrentIndex(view.language.findData(language))
    qtbot.keyClicks(view.pin, pin)
    qtbot.keyClick(view.pin, Qt.Key.Key_Return)
    until(lambda: shell.session.employee is not None)


def visible_texts(shell) -> list[str]:
    return [w.text() for w in shell.window.findChildren(QLabel) if w.isVisible() and w.text()]


def nav_texts(shell) -> list[str]:
    return [shell.window.nav.item(i).text() for i in range(shell.window.nav.count())]


def test_a_dutch_speaker_after_a_french_one_switches_the_whole_window(
    qtbot, qloop, stores, executors, until, languages
):
    shell = make_shell(stores, executors, languages=languages)
    qtbot.addWidget(shell.window)
    shell.start()
    shell.window.resize(1366, 768)
    try:
        assert shell.sign_in.language.isVisible()
        sign_in(shell, qtbot, until, "Ana", "2468", "fr")
        assert languages.current == "fr"
        assert all(text.startswith("FR: ") for text in nav_texts(shell)), nav_texts(shell)
        assert QLocale().language() == QLocale.Language.French

        shell.session.sign_out("switch")
        sign_in(shell, qtbot, until, "Max", "1357", "nl")
        assert languages.current == "nl"
        names = nav_texts(shell)
        assert names and all(text.startswith("NL: ") for text in names), names
        assert not [t for t in visible_texts(shell) if t.startswith("FR: ")], visible_texts(shell)
        assert QLocale().language() == QLocale.Language.Dutch

        # Remembered per person: Ana's name brings French back to the chooser.
        shell.session.sign_out("switch")
        until(lambda: shell.sign_in.model.rowCount() == 2)
        ana = next(
            shell.sign_in.model.credential(r)
            for r in range(2)
            if "Ana" in shell.sign_in.model.credential(r).name
        )
        shell.sign_in.choose(ana)
        assert shell.sign_in.chosen_language() == "fr"
    finally:
        shell.stop()


def test_signing_out_returns_to_the_store_language(qtbot, qloop, stores, executors, until, folder):
    langs = Languages(folder, "nl", PersonLanguages(None))
    shell = make_shell(stores, executors, languages=langs)
    qtbot.addWidget(shell.window)
    shell.start()
    try:
        langs.apply(langs.store_default)
        sign_in(shell, qtbot, until, "Ana", "2468", "fr")
        assert langs.current == "fr"
        shell.session.sign_out("manual")
        assert langs.current == "nl"
        title = QCoreApplication.translate("SignInView", "Sign in")
        assert title == "NL: Sign in"
        assert shell.sign_in.sign_in_button.text() == title
    finally:
        langs.apply("en")
        shell.stop()


def test_language_codes_and_locales():
    assert normalise("nl_BE") == normalise("nl-BE") == "nl"
    assert normalise("pt_BR") == "" and normalise(None) == ""
    assert qlocale("fr", QLocale("nl_BE")).name() == "fr_BE"
    assert qlocale("de", QLocale("fr_FR")).name() == "de_DE"


def test_a_damaged_choices_file_costs_only_the_choices(tmp_path):
    path = tmp_path / "languages.json"
    path.write_text("{not json")
    people = PersonLanguages(path)
    assert people.get(11) == ""
    people.set(11, "nl")
    assert PersonLanguages(path).get(11) == "nl"


def test_every_text_of_the_code_gets_the_context_it_is_translated_with():
    """lupdate files a module-level tr() helper's texts under no context; the tooling must put
    them where QCoreApplication.translate looks them up at run time."""
    catalogue = translations.extract()
    assert "" not in catalogue
    assert "Not saved" in {source for source, _ in catalogue["ErrorPresenter"]}
    assert QApplication.instance() is not None


def test_a_message_from_core_reads_as_english_and_shows_in_the_persons_language(languages, qapp):
    import pickle

    from storeapp.core.text import msg
    from storeapp.ui.language import translated

    text = msg("{product} is not on this order.", product="Blue Mug")
    assert text == "Blue Mug is not on this order."  # logs, CLI and core tests read English
    assert pickle.loads(pickle.dumps(text)).template == text.template
    languages.apply("nl")
    assert translated(text) == "NL: Blue Mug is not on this order."
    # Kept constants and nested messages: each part in the person's language.
    nested = msg("Put it aside for {order}, or back on the shelf.", order="LYO/OUT/00002")
    assert translated(nested).startswith("NL: Put it aside for LYO/OUT/00002")
    assert translated("Blue Mug") == "Blue Mug"  # store data stays as it is


def test_the_extractor_collects_marked_constants_and_message_templates():
    texts = {source for source, _ in translations.extract()[translations.TEXTS]}
    assert "{product} is not on this order." in texts
    assert "{product}: {missing} short ({reason}); the rest will be cancelled." in texts
    assert "Needs a person" in texts  # outbox state labels
    assert "Reason / last error" in texts  # a table's columns


def test_the_receipt_is_in_the_customer_language_while_the_screen_stays_the_persons(
    languages, qapp
):
    from datetime import UTC, datetime
    from decimal import Decimal

    from storeapp.core.returns import ReceiptLine, ReturnReceipt
    from storeapp.ui.returns.receipt import receipt_html

    receipt = ReturnReceipt(
        reference="AB12CD34",
        store_name="Bruxelles Centre",
        at=datetime(2026, 12, 4, 16, 5, tzinfo=UTC),
        order_name="S00042",
        customer_name="Camille Leroy",
        lines=(ReceiptLine("Blue Mug", 1, "new", "stock", Decimal("9.90")),),
        total=Decimal("9.90"),
        currency="EUR",
        taken_by="Ana Associate",
    )
    languages.apply("nl")  # the associate reads Dutch
    with languages.speaking("fr"):  # the store's customers are served in French
        slip = receipt_html(receipt)
        assert QLocale().language() == QLocale.Language.French
    assert "FR: Total returned" in slip and "NL: " not in slip, slip
    assert QCoreApplication.translate("ReturnReceipt", "Total returned") == "NL: Total returned"
    assert QLocale().language() == QLocale.Language.Dutch


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("fr", "N° de série/lot\u00a0: SN-1, SN-2"),
        ("nl", "Serie/lot: SN-1, SN-2"),
        ("de", "Serie/Charge: SN-1, SN-2"),
    ],
)
def test_the_receipts_serial_line_has_the_languages_colon(shipped, code, line):
    """The serials of a returned line are one translated text ("Serial/lot: {serials}"), not a
    label joined to the values in code: French writes a no-break space before the colon."""
    from datetime import UTC, datetime
    from decimal import Decimal

    from storeapp.core.returns import ReceiptLine, ReturnReceipt
    from storeapp.ui.returns.receipt import receipt_html

    receipt = ReturnReceipt(
        reference="AB12CD34",
        store_name="Bruxelles Centre",
        at=datetime(2026, 12, 4, 16, 5, tzinfo=UTC),
        order_name="S00042",
        customer_name="Camille Leroy",
        lines=(
            ReceiptLine("Blue Mug", 2, "new", "stock", Decimal("9.90"), serials=("SN-1", "SN-2")),
        ),
        total=Decimal("9.90"),
        currency="EUR",
        taken_by="Ana Associate",
    )
    shipped.apply(code)
    assert line in receipt_html(receipt)


def test_no_translated_text_hides_inside_an_f_string():
    """lupdate does not read f-string expressions: a tr("...") there never reaches a .ts file."""
    import ast

    hidden = []
    for path in translations.sources():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and translations._name(inner.func) in (
                        "tr",
                        "translate",
                    ):
                        hidden.append(f"{path.name}:{inner.lineno}")
    assert not hidden, hidden


def test_rule_messages_from_core_show_in_the_persons_language_with_its_numbers(languages, qapp):
    """The quantity rule, the PIN rules and a count's explanation for the manager are messages
    from core: each shows translated, with quantities and money written the locale's way."""
    from datetime import UTC, datetime
    from decimal import Decimal

    from storeapp.core import identity
    from storeapp.core.count_review import ToleranceRule, explain
    from storeapp.core.quantities import UnitOfMeasure, check_quantity
    from storeapp.ui.language import money_text, qty_text, translated

    languages.apply("fr")
    check = check_quantity("2.555", UnitOfMeasure("kg", 0.01))
    assert (
        translated(check.problem) == "FR: This product is counted in kg to FR: 2 decimals at most."
    )
    assert translated(check.hint) == "FR: Round to 0,01 kg."
    assert translated(identity.pin_problem_for_role("1234", "manager")) == (
        "FR: A manager's PIN has 6 to 8 digits."
    )
    assert translated(identity.pin_problem("12a4")) == "FR: A PIN is made of digits only."
    sentence = translated(explain(2.5, datetime(2026, 12, 4, 15, 5, tzinfo=UTC), 4, 4, UTC))
    assert sentence.startswith("FR: FR: counted 2,5 at 15:05, system showed 4: FR: adjusting −1,5")
    worth = ToleranceRule(max_value=Decimal("20")).breaches(-12.5, 40, Decimal("3.10"))[0]
    assert translated(worth) == "FR: difference worth 38,75 is above 20,00"
    assert qty_text(-2.5, signed=True) == "−2,5" and money_text(Decimal("141.85"), "EUR") == (
        "141,85\xa0€"
    )
    languages.apply("en")
    assert translated(check.hint) == "Round to 0.01 kg."


def test_pick_refusals_show_in_the_persons_language(languages, qapp):
    """What the pick screen says when it refuses is built in core: translated, with the
    order's own quantities written the locale's way."""
    from datetime import UTC, datetime

    from storeapp.core.pick_lines import PickLine
    from storeapp.core.picking import PickSession, Refused
    from storeapp.ui.language import translated

    session = PickSession(4711, "WH/OUT/00042", [PickLine(11, 1, "Rope", 2.5, uom_rounding=0.1)])
    now = datetime(2026, 12, 4, 15, 5, tzinfo=UTC)
    refused = session.set_quantity(11, 4, now=now)
    assert isinstance(refused, Refused)
    languages.apply("nl")
    assert translated(refused.message) == "NL: Rope: the order asks for 2,5, 4 would be too many."
    assert translated(refused.action) == "NL: Enter at most 2,5."
    wrong = session.mark_short(11, "no_such_reason", now=now)
    assert translated(wrong.message).startswith("NL: “no_such_reason” is not one of")


def test_the_policys_own_words_follow_the_screen_and_the_customer_language(languages, qapp):
    """Reasons and conditions the store wrote per language: the associate reads them in theirs,
    the receipt in the store's customer language."""
    from datetime import UTC, datetime
    from decimal import Decimal

    from storeapp.core.returns import ReceiptLine, ReturnReceipt
    from storeapp.core.text import Wording
    from storeapp.ui.language import translated
    from storeapp.ui.returns.receipt import receipt_html

    as_new = Wording("As new", {"fr": "Comme neuf", "nl": "Als nieuw"})
    defective = Wording("Defective", {"fr": "Défectueux", "nl": "Defect"})
    receipt = ReturnReceipt(
        reference="AB12CD34",
        store_name="Bruxelles Centre",
        at=datetime(2026, 12, 4, 16, 5, tzinfo=UTC),
        order_name="S00042",
        customer_name="Camille Leroy",
        lines=(ReceiptLine("Blue Mug", 1, as_new, "stock", Decimal("9.90"), defective),),
        total=Decimal("9.90"),
        currency="EUR",
        taken_by="Ana Associate",
    )
    languages.apply("nl")
    assert translated(defective) == "Defect" and translated(as_new) == "Als nieuw"
    with languages.speaking("fr"):
        slip = receipt_html(receipt)
    assert "Comme neuf" in slip and "Défectueux" in slip and "Defect<" not in slip, slip
    assert "9,90\xa0€" in slip, slip
    languages.apply("de")
    assert translated(defective) == "Defective"  # no German text: the store's default


def test_severity_codes_are_not_texts_to_translate():
    """ "ok", "warn", "error", "muted" name a style, never words on screen: a translator who
    translated them would break the colours."""
    texts = {source for source, _ in translations.extract()[translations.TEXTS]}
    assert not texts & {"ok", "warn", "error", "muted", "info"}


def test_day_counts_read_right_in_german_for_one_and_many(tmp_path, qapp):
    """ "in 1 day" and "in 3 days" are two texts, so German can say "in 1 Tag" and
    "in 3 Tagen" (dative), with the shipped catalogue."""
    from storeapp.ui.dashboard.presenter import key_expiry_tile
    from storeapp.ui.statusbar import key_expiry

    translations.release(regenerate_pseudo=False)
    german = Languages(translations.TRANSLATIONS, "en", PersonLanguages(None))
    try:
        german.apply("de")
        assert key_expiry("Online", 1) == "Online — Odoo-Schlüssel läuft in 1 Tag ab (IT)"
        assert key_expiry("Online", 3) == "Online — Odoo-Schlüssel läuft in 3 Tagen ab (IT)"
        assert key_expiry_tile(1).value == "in 1 Tag" and key_expiry_tile(5).value == "in 5 Tagen"
        german.apply("fr")
        assert key_expiry_tile(1).value == "dans 1 jour"
    finally:
        german.apply("en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_a_park_explanation_from_the_journal_shows_in_the_persons_language(
    languages, qapp, tmp_path
):
    """A reason the push engine parked an op with is read back from the journal and shown on
    the Sync & outbox page in the reader's language, values and all; a reason saved as plain
    English before reasons were kept as messages is shown as it was written."""
    from storeapp.core import ops
    from storeapp.offline.journal import JournalStore
    from storeapp.offline.outbox import Outbox
    from storeapp.sync.handlers.base import Park
    from storeapp.sync.handlers.picking import park_if_cancelled
    from storeapp.ui.outbox.model import OutboxTableModel
    from tests.sync.helpers import enqueue, message_payload

    journal = JournalStore.open(tmp_path / "data")
    try:
        outbox = Outbox(journal)
        new, old = (enqueue(outbox, ops.MESSAGE_POST, message_payload(12, t)) for t in "ab")
        with pytest.raises(Park) as parked:
            park_if_cancelled({"state": "cancel", "name": "LYO/OUT/00012", "write_date": None})
        outbox.park(new.uuid, parked.value.reason, parked.value.action)
        outbox.park(old.uuid, "Order LYO/OUT/00013 was refused.", "Ask the manager.")
        model = OutboxTableModel()
        model.set_ops([outbox.get(new.uuid), outbox.get(old.uuid)])
        languages.apply("nl")
        assert model.data(model.index(0, 7)) == (
            "NL: Order LYO/OUT/00012 was cancelled in Odoo at NL: an unknown time."
        )
        assert model.data(model.index(1, 7)) == "Order LYO/OUT/00013 was refused."
        assert translated(outbox.get(new.uuid).park_action) == (
            "NL: Put the items back on the shelf; then cancel this change."
        )
    finally:
        journal.close()


def _failed_then_reopened(folder: Path) -> list:
    """Two failed ops read back after storeapp was closed and started again: one failed when
    Odoo was busy (the gateway's message, as the push engine saves it), one with a plain
    English error, as ops failed before errors were kept as messages have it."""
    import urllib.error
    from datetime import UTC, datetime
    from email.message import Message as Headers

    from storeapp.core import ops
    from storeapp.offline.journal import JournalStore
    from storeapp.offline.outbox import Outbox
    from storeapp.sync.error_mapping import map_exception
    from tests.sync.helpers import enqueue, message_payload

    headers = Headers()
    headers["Retry-After"] = "30"
    busy = map_exception(urllib.error.HTTPError("http://odoo", 503, "Busy", headers, None))
    due = datetime(2026, 12, 5, tzinfo=UTC)
    journal = JournalStore.open(folder)
    try:
        outbox = Outbox(journal)
        new, old = (enqueue(outbox, ops.MESSAGE_POST, message_payload(12, t)) for t in "ab")
        outbox.mark_failed(new.uuid, busy.message, due)
        outbox.mark_failed(old.uuid, "Odoo cannot be reached.", due)
    finally:
        journal.close()
    journal = JournalStore.open(folder)  # the next start of storeapp
    try:
        outbox = Outbox(journal)
        return [outbox.get(new.uuid), outbox.get(old.uuid)]
    finally:
        journal.close()


def test_a_failed_ops_last_error_shows_in_french_after_the_journal_is_reopened(
    languages, qapp, tmp_path
):
    """The Sync & outbox page shows the saved error in the reader's language, the nested "in
    30 s" included; an error saved as plain English is shown as it was written."""
    from storeapp.ui.outbox.model import OutboxTableModel

    model = OutboxTableModel()
    model.set_ops(_failed_then_reopened(tmp_path / "data"))
    languages.apply("fr")
    assert model.data(model.index(0, 7)) == (
        "FR: Odoo is busy or restarting (HTTP 503); work is saved and storeapp tries again "
        "FR: in 30 s."
    )
    assert model.data(model.index(1, 7)) == "Odoo cannot be reached."


def test_a_failed_ops_last_error_reads_in_the_shipped_french(qapp, tmp_path):
    """The same error in the French that ships."""
    from storeapp.ui.outbox.model import OutboxTableModel

    compiled = tmp_path / "qm"
    translations.release(compiled, regenerate_pseudo=False)
    model = OutboxTableModel()
    model.set_ops(_failed_then_reopened(tmp_path / "data"))
    french = Languages(compiled, "en", PersonLanguages(None))
    try:
        french.apply("fr")
        assert model.data(model.index(0, 7)) == (
            "Odoo est occupé ou redémarre (HTTP 503)\u00a0; le travail est enregistré et "
            "storeapp réessaie dans 30 s."
        )
    finally:
        french.apply("en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_a_count_takes_the_form_of_the_spoken_languages_rule(qapp, tmp_path):
    """French says "0 avertissement" (0 and 1 are singular there); Dutch and German, like
    English, use the singular for exactly one. The Message stays English by English's rule
    for logs; the form is chosen when it is shown, in the reader's language."""
    from storeapp.core.wording import plural

    compiled = tmp_path / "qm"
    translations.release(compiled, regenerate_pseudo=False)
    for ts in translations.TRANSLATIONS.glob("storeapp_*.ts"):
        (compiled / ts.name).write_bytes(ts.read_bytes())
    expected = {
        "fr": ("0 avertissement", "1 avertissement", "2 avertissements"),
        "nl": ("0 waarschuwingen", "1 waarschuwing", "2 waarschuwingen"),
        "de": ("0 Warnungen", "1 Warnung", "2 Warnungen"),
    }
    langs = Languages(compiled, "en", PersonLanguages(None))
    try:
        for code, forms in expected.items():
            langs.apply(code)
            shown = tuple(translated(plural(n, "warning")) for n in (0, 1, 2))
            assert shown == forms, code
    finally:
        langs.apply("en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert [str(plural(n, "warning")) for n in (0, 1, 2)] == [
        "0 warnings",
        "1 warning",
        "2 warnings",
    ]
    assert translated(plural(0, "try left", "tries left")) == "0 tries left"
    import pickle

    kept = pickle.loads(pickle.dumps(plural(0, "warning")))
    assert (kept, kept.forms) == ("0 warnings", ("{n} warning", "{n} warnings"))


@pytest.mark.parametrize(
    ("code", "forms"),
    [
        ("fr", ("0 article", "1 article", "1,5 article", "2 articles")),
        ("nl", ("0 artikelen", "1 artikel", "1,5 artikelen", "2 artikelen")),
        ("de", ("0 Artikel", "1 Artikel", "1,5 Artikel", "2 Artikel")),
    ],
)
def test_a_quantity_in_words_follows_the_languages_plural_rule(shipped, code, forms):
    """ "1,5 article": French counts quantities below 2 in the singular, Dutch and German
    only exactly one; the decimal separator is the language's. Logs keep English."""
    from storeapp.core.wording import plural_qty

    quantities = (0, 1, 1.5, 2.0)
    shipped.apply(code)
    assert tuple(translated(plural_qty(q, "item")) for q in quantities) == forms
    assert [str(plural_qty(q, "item")) for q in quantities] == [
        "0 items",
        "1 item",
        "1.5 items",
        "2 items",
    ]


def test_the_bag_label_is_printed_in_the_persons_language(shipped):
    """The bag label's lines under the customer's name come from core as messages."""
    from datetime import UTC, datetime

    from storeapp.core.click_collect import BagLabel

    label = BagLabel(
        order="BRU/OUT/00042",
        customer="Camille Leroy",
        sale_name="S00042",
        items=1.5,
        lines=1,
        ready_at=datetime(2026, 12, 4, 16, 5, tzinfo=UTC),
        picked_by="Rose Vincent",
        missing=("Blue Mug",),
    )
    assert label.detail_lines(UTC)[0] == "1.5 items on 1 line"  # English for logs
    shipped.apply("fr")
    rows = [translated(row) for row in label.detail_lines(UTC)]
    assert rows[0] == "1,5 article sur 1 ligne", rows
    assert rows[1].startswith("Prête le 04/12/2026 16:05"), rows
    assert rows[2] == "Manque\u00a0: Blue Mug", rows


def test_french_lists_put_a_no_break_space_before_the_semicolon(shipped):
    """A `Listing` ("too many; archived") is joined by the spoken language's rules: French
    writes a no-break space before the semicolon; Dutch and German join it as English does."""
    from storeapp.core.text import Listing, msg

    missing = msg("Missing: {items}", items=Listing(["Blue Mug", "Glass jar"]))
    shipped.apply("fr")
    assert translated(missing) == "Manque\u00a0: Blue Mug\u00a0; Glass jar"
    assert translated(msg("Missing: {items}", items=Listing(["a", "b"], ", "))) == (
        "Manque\u00a0: a, b"
    )
    shipped.apply("nl")
    assert translated(missing) == "Ontbreekt: Blue Mug; Glass jar"
    assert str(missing) == "Missing: Blue Mug; Glass jar"


def test_the_connection_tooltip_is_in_the_readers_language(qapp, tmp_path):
    """The status bar's connection tooltip says why in the reader's language: the gateway's
    error as a message (Odoo unreachable), the slow answer with its seconds written the
    language's way."""
    from storeapp.sync.connectivity import Connectivity
    from storeapp.sync.error_mapping import map_exception
    from storeapp.sync.events import EventBus
    from storeapp.ui.statusbar import ShellStatus, ShellStatusBar

    compiled = tmp_path / "qm"
    translations.release(compiled, regenerate_pseudo=False)
    connectivity = Connectivity(EventBus())
    bar = ShellStatusBar(lambda: ShellStatus(), lambda: None)
    french = Languages(compiled, "en", PersonLanguages(None))
    try:
        french.apply("fr")
        connectivity.report_failure(map_exception(ConnectionRefusedError(111, "refused")))
        bar.show_status(ShellStatus(connectivity="offline", detail=connectivity.reason))
        assert bar.labels["connectivity"].toolTip() == (
            "Odoo est injoignable. Le travail est enregistré sur ce PC et envoyé plus tard."
        )
        connectivity.report_success(latency=12.5)
        bar.show_status(ShellStatus(connectivity="degraded", detail=connectivity.reason))
        assert bar.labels["connectivity"].toolTip() == "Odoo répond lentement (12,5 s)"
    finally:
        french.apply("en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_test_connection_says_an_unreachable_odoo_in_the_readers_language(qapp, tmp_path):
    """Device setup's Test connection (and doctor's live check) keep the gateway's error as a
    message inside their finding, so French reads it whole in French."""
    import socket

    from storeapp.ui.setup import probe

    with socket.socket() as unused:  # a port nobody listens on
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    report = probe.probe(f"http://127.0.0.1:{port}", "store", "device", "key")
    (level, text), *_ = report.findings
    assert level == "error"
    compiled = tmp_path / "qm"
    translations.release(compiled, regenerate_pseudo=False)
    french = Languages(compiled, "en", PersonLanguages(None))
    try:
        french.apply("fr")
        shown = translated(text)
        assert "Odoo est injoignable" in shown, shown
        assert "cannot be reached" not in shown
    finally:
        french.apply("en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

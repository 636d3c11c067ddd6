<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ApprovalsPresenter</name>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="44" />
            <source>Only a manager can approve or reject adjustments. Ask a manager to sign in.</source>
            <translation>Nur ein Manager kann Korrekturen freigeben oder ablehnen. Bitten Sie einen Manager, sich anzumelden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="65" />
            <source>Write a note saying why it is rejected: the person who counted reads it.</source>
            <translation>Schreiben Sie eine Notiz, warum abgelehnt wird: Die Person, die gezählt hat, liest sie.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="74" />
            <source>{n} {verb}.</source>
            <translation>{n} {verb}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="82" />
            <source>Nothing was selected.</source>
            <translation>Es wurde nichts ausgewählt.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsView</name>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="42" />
            <source>Approvals</source>
            <translation>Freigaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="46" />
            <source>Stock adjustments above the store's limits and return exceptions wait here. Decisions are saved at once, also offline, and reach Odoo at the next sync. Nobody approves a count they took part in.</source>
            <translation>Bestandskorrekturen über den Grenzen der Filiale und Rückgabeausnahmen warten hier. Entscheidungen werden sofort gespeichert, auch offline, und erreichen Odoo bei der nächsten Synchronisierung. Niemand gibt eine Inventur frei, an der er beteiligt war.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="87" />
            <source>Note for the counter and for Odoo (required to reject)</source>
            <translation>Notiz für die zählende Person und für Odoo (zum Ablehnen erforderlich)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="89" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="90" />
            <source>Approve</source>
            <translation>Freigeben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="92" />
            <source>Reject</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="94" />
            <source>Select all</source>
            <translation>Alle auswählen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="136" />
            <source>Nothing selected</source>
            <translation>Nichts ausgewählt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="138" />
            <source>Choose one line to see its story, or several to decide them together.</source>
            <translation>Wählen Sie eine Zeile, um ihren Verlauf zu sehen, oder mehrere, um sie zusammen zu entscheiden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="143" />
            <source>{n} items selected</source>
            <translation>{n} Einträge ausgewählt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="144" />
            <source>Approve or reject them together with one note.</source>
            <translation>Geben Sie sie zusammen mit einer Notiz frei oder lehnen Sie sie ab.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="147" />
            <source>{n} of them you counted yourself: those stay for another manager.</source>
            <translation>{n} davon haben Sie selbst gezählt: Diese bleiben für einen anderen Manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="157" />
            <source>Why a manager: {reasons}.</source>
            <translation>Warum ein Manager: {reasons}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="160" />
            <source>{who} counted {qty}</source>
            <translation>{who} hat {qty} gezählt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="163" />
            <source>Count history: {steps}.</source>
            <translation>Verlauf der Inventur: {steps}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="165" />
            <source>You took part in this count: another manager must approve it.</source>
            <translation>Sie waren an dieser Inventur beteiligt: Ein anderer Manager muss sie freigeben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="176" />
            <source>Reading the approval inbox</source>
            <translation>Freigaben werden gelesen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="179" />
            <source>{n} waiting</source>
            <translation>{n} wartend</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="208" />
            <source>Saving the decision</source>
            <translation>Entscheidung wird gespeichert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="210" />
            <source>approved</source>
            <translation>freigegeben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="210" />
            <source>rejected</source>
            <translation>abgelehnt</translation>
        </message>
    </context>
    <context>
        <name>BagLabel</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/label.py" line="91" />
            <source>CLICK &amp; COLLECT</source>
            <translation>CLICK &amp; COLLECT</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/label.py" line="100" />
            <source>(no customer name)</source>
            <translation>(kein Kundenname)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/label.py" line="109" />
            <source>Keep on the pickup shelf until the customer collects it.</source>
            <translation>Im Abholregal lassen, bis der Kunde es abholt.</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/chart.py" line="46" />
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
    </context>
    <context>
        <name>ClickCollect</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="70" />
            <source>Needs attention</source>
            <translation>Braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="72" />
            <source>Picking: %1</source>
            <translation>Kommissionierung: %1</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="74" />
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="85" />
            <source>phone …%1</source>
            <translation>Tel. …%1</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="159" />
            <source>Short %1: %2</source>
            <translation>Fehlmenge %1: %2</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="165" />
            <source>Picked</source>
            <translation>Kommissioniert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="167" />
            <source>Scan the serial number</source>
            <translation>Seriennummer scannen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="169" />
            <source>Scan the lot</source>
            <translation>Charge scannen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="173" />
            <source>typed by hand</source>
            <translation>von Hand eingegeben</translation>
        </message>
    </context>
    <context>
        <name>ClickCollectView</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="258" />
            <source>Orders not loaded from Odoo yet: run the first sync.</source>
            <translation>Bestellungen noch nicht aus Odoo geladen: Führen Sie die erste Synchronisierung aus.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="263" />
            <source>Orders brought up to date from Odoo just now</source>
            <translation>Bestellungen gerade eben aus Odoo aktualisiert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="265" />
            <source>Orders brought up to date from Odoo %1 ago</source>
            <translation>Bestellungen vor %1 aus Odoo aktualisiert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="268" />
            <source>offline: picks and handovers are saved and sent later</source>
            <translation>offline: Kommissionierungen und Übergaben werden gespeichert und später gesendet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="295" />
            <source>Reading the click-and-collect orders</source>
            <translation>Click &amp; Collect-Bestellungen werden gelesen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="314" />
            <source>Saving the pick</source>
            <translation>Kommissionierung wird gespeichert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="338" />
            <source>No click-and-collect order %1 in this store's list. Check the number, or search by the customer's name.</source>
            <translation>Keine Click &amp; Collect-Bestellung %1 in der Liste dieser Filiale. Prüfen Sie die Nummer oder suchen Sie nach dem Namen des Kunden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="355" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="392" />
            <source>Opening the order</source>
            <translation>Bestellung wird geöffnet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="413" />
            <source>Marking the order ready</source>
            <translation>Bestellung wird bereitgestellt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="417" />
            <source>%1 is ready for pickup. Odoo gets the picked quantities and a note for the customer.</source>
            <translation>Bestellung %1 ist abholbereit. Odoo erhält die kommissionierten Mengen und eine Notiz für den Kunden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="443" />
            <source>Bag label sent to %1.</source>
            <translation>Tüten-Etikett an %1 gesendet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="444" />
            <source>Bag label saved as %1.</source>
            <translation>Tüten-Etikett als %1 gespeichert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="446" />
            <source>Printing the bag label</source>
            <translation>Tüten-Etikett wird gedruckt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="473" />
            <source>Recording the handover</source>
            <translation>Übergabe wird erfasst</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="481" />
            <source>%1 handed over. Odoo gets the validation when it is reachable.</source>
            <translation>Bestellung %1 übergeben. Odoo erhält die Bestätigung, sobald es erreichbar ist.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="499" />
            <source>Undoing the handover</source>
            <translation>Übergabe wird rückgängig gemacht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="515" />
            <source>Recording that the items went back</source>
            <translation>Rücklegung der Artikel wird erfasst</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="520" />
            <source>%1: items back on the shelf; the order is closed here.</source>
            <translation>%1: Artikel zurück im Regal; die Bestellung ist hier abgeschlossen.</translation>
        </message>
    </context>
    <context>
        <name>CountsModel</name>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="34" />
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="36" />
            <source>{n} days late</source>
            <translation>{n} Tage überfällig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="36" />
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="56" />
            <source>In progress, by {who}</source>
            <translation>In Arbeit, von {who}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="61" />
            <source>Counted by {who}, on its way to Odoo</source>
            <translation>Gezählt von {who}, unterwegs zu Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="64" />
            <source>Count requested in Odoo</source>
            <translation>Inventur in Odoo angefordert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="100" />
            <source>hidden</source>
            <translation>verborgen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="105" />
            <source>({n} recount)</source>
            <translation>(Nachzählungen: {n})</translation>
        </message>
    </context>
    <context>
        <name>CountsPresenter</name>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="74" />
            <source>Nobody is signed in. Sign in to count.</source>
            <translation>Niemand ist angemeldet. Melden Sie sich an, um zu zählen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="149" />
            <source>Count again</source>
            <translation>Erneut zählen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="151" />
            <source>Recount: scan it again</source>
            <translation>Nachzählung: erneut scannen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="153" />
            <source>Recounted</source>
            <translation>Nachgezählt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="155" />
            <source>Counted</source>
            <translation>Gezählt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="181" />
            <source>This location is no longer in the store's data.</source>
            <translation>Dieser Lagerplatz ist nicht mehr in den Daten der Filiale.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="182" />
            <source>Sync with Odoo, then choose another count.</source>
            <translation>Synchronisieren Sie mit Odoo und wählen Sie dann eine andere Inventur.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="193" />
            <source>Counting {product} at {location}.</source>
            <translation>Inventur von {product} auf {location}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="197" />
            <source>Counting {location}.</source>
            <translation>Inventur von {location}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="198" />
            <source>Scan each item on the shelf.</source>
            <translation>Scannen Sie jeden Artikel im Regal.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="214" />
            <source>{code} is neither a location nor a product of this store.</source>
            <translation>{code} ist weder ein Lagerplatz noch ein Produkt dieser Filiale.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="215" />
            <source>Scan the label on the shelf edge, or a product's barcode.</source>
            <translation>Scannen Sie das Etikett an der Regalkante oder den Barcode eines Produkts.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="222" />
            <source>This store has no {product} in stock anywhere, so there is nothing to count.</source>
            <translation>Diese Filiale hat nirgends {product} auf Lager, also gibt es nichts zu zählen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="224" />
            <source>To record stock found on a shelf, scan that shelf's label first.</source>
            <translation>Um Bestand zu erfassen, der in einem Regal gefunden wurde, scannen Sie zuerst das Etikett dieses Regals.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="234" />
            <source>It is also stocked in {others}: those counts wait in the task list.</source>
            <translation>Es liegt auch auf {others}: Diese Inventuren warten in der Aufgabenliste.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="259" />
            <source>Nothing was scanned.</source>
            <translation>Es wurde nichts gescannt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="259" />
            <source>Scan again.</source>
            <translation>Erneut scannen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="272" />
            <source>Already counting {location}.</source>
            <translation>{location} wird bereits gezählt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="276" />
            <source>{other} is another location: you are counting {here}.</source>
            <translation>{other} ist ein anderer Lagerplatz: Sie zählen {here}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="279" />
            <source>Submit or leave this count first, then scan the other shelf.</source>
            <translation>Schließen Sie diese Inventur zuerst ab oder verlassen Sie sie, dann scannen Sie das andere Regal.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="295" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="324" />
            <source>This count is only for {product}; {other} was not counted.</source>
            <translation>Diese Inventur gilt nur für {product}; {other} wurde nicht gezählt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="298" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="327" />
            <source>Count the other product with a count of this location.</source>
            <translation>Zählen Sie das andere Produkt mit einer Inventur dieses Lagerplatzes.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="318" />
            <source>Scan the shelf label first, then choose the product.</source>
            <translation>Scannen Sie zuerst das Regaletikett, dann wählen Sie das Produkt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="319" />
            <source>Scan the location you are counting.</source>
            <translation>Scannen Sie den Lagerplatz, den Sie zählen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="335" />
            <source>serial number</source>
            <translation>Seriennummer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="335" />
            <source>lot number</source>
            <translation>Chargennummer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="338" />
            <source>{product} is counted by {word}.</source>
            <translation>{product} wird nach {word} gezählt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="339" />
            <source>Scan or type the {word} printed on the item.</source>
            <translation>Scannen oder tippen Sie die {word}, die auf dem Artikel steht.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="417" />
            <source>{label}: {qty}</source>
            <translation>{label}: {qty}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="461" />
            <source>Choose a counted line first.</source>
            <translation>Wählen Sie zuerst eine gezählte Zeile.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="461" />
            <source>Scan the item.</source>
            <translation>Scannen Sie den Artikel.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="508" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="525" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="551" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="611" />
            <source>No count is open.</source>
            <translation>Keine Inventur ist offen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="508" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="525" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="551" />
            <source>Start a count first.</source>
            <translation>Starten Sie zuerst eine Inventur.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="517" />
            <source>Undone. {label}: {qty}</source>
            <translation>Rückgängig gemacht. {label}: {qty}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="539" />
            <source>Scan every {label} on the shelf again.</source>
            <translation>Scannen Sie jeden Artikel {label} im Regal erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="543" />
            <source>Recount of {label} started.</source>
            <translation>Nachzählung von {label} gestartet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="559" />
            <source>The recount of {lines} has not begun.</source>
            <translation>Die Nachzählung von {lines} hat noch nicht begonnen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="560" />
            <source>Scan those items again (or type 0 if none are left), then submit.</source>
            <translation>Scannen Sie diese Artikel erneut (oder tippen Sie 0, wenn keine mehr da sind) und schließen Sie dann ab.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="570" />
            <source>Count these again before submitting: {names}.</source>
            <translation>Zählen Sie diese vor dem Abschließen erneut: {names}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="571" />
            <source>Select a line and press Recount; another colleague catches more mistakes.</source>
            <translation>Wählen Sie eine Zeile und drücken Sie Nachzählen; eine andere Kollegin oder ein anderer Kollege findet mehr Fehler.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="580" />
            <source>Count of {location} submitted: {auto} adjustment(s) go to Odoo, {manager} wait for a manager.</source>
            <translation>Inventur von {location} abgeschlossen: {auto} Korrektur(en) gehen an Odoo, {manager} warten auf einen Manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="587" />
            <source>Scan the next shelf or choose a count.</source>
            <translation>Scannen Sie das nächste Regal oder wählen Sie eine Inventur.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="616" />
            <source>Count of {location} abandoned; nothing was sent to Odoo.</source>
            <translation>Inventur von {location} abgebrochen; es wurde nichts an Odoo gesendet.</translation>
        </message>
    </context>
    <context>
        <name>CountsView</name>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="87" />
            <source>Counts</source>
            <translation>Inventur</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="91" />
            <source>Scan a shelf label to count that location, or a product to count it wherever it is stocked. Odoo's count requests are listed below.</source>
            <translation>Scannen Sie ein Regaletikett, um diesen Lagerplatz zu zählen, oder ein Produkt, um es überall zu zählen, wo es liegt. Die Inventuranforderungen von Odoo stehen unten.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="99" />
            <source>Scan a shelf label or a product, then Enter</source>
            <translation>Regaletikett oder Produkt scannen, dann Enter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="100" />
            <source>Start a count</source>
            <translation>Inventur starten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="111" />
            <source>Open count</source>
            <translation>Inventur öffnen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="126" />
            <source>Counts are judged against this PC's copy of Odoo's stock. An older copy is safe: Odoo receives the difference found, not the figure.</source>
            <translation>Inventuren werden mit der Kopie des Odoo-Bestands auf diesem PC verglichen. Eine ältere Kopie ist kein Problem: Odoo erhält die gefundene Differenz, nicht die Zahl.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="150" />
            <source>Blind count: system quantities hidden</source>
            <translation>Blindzählung: Systemmengen verborgen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="163" />
            <source>Scan an item (or type its barcode, lot or serial number) and press Enter</source>
            <translation>Artikel scannen (oder Barcode, Charge oder Seriennummer tippen) und Enter drücken</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="164" />
            <source>Scan</source>
            <translation>Scannen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="178" />
            <source>Quantity counted</source>
            <translation>Gezählte Menge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="179" />
            <source>Set quantity</source>
            <translation>Menge setzen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="180" />
            <source>Replace the selected line's count by this quantity</source>
            <translation>Die Zählung der gewählten Zeile durch diese Menge ersetzen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="181" />
            <source>Undo last scan</source>
            <translation>Letzten Scan rückgängig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="183" />
            <source>Recount line</source>
            <translation>Zeile nachzählen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="184" />
            <source>Continue later</source>
            <translation>Später fortsetzen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="185" />
            <source>Abandon</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="187" />
            <source>Submit count</source>
            <translation>Inventur abschließen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="191" />
            <source>Quantity:</source>
            <translation>Menge:</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="235" />
            <source>The count settings of this PC are not valid, so the defaults apply: </source>
            <translation>Die Inventureinstellungen dieses PCs sind ungültig, daher gelten die Standardwerte: </translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="237" />
            <source>Ask IT to correct the [counts] section of the configuration file.</source>
            <translation>Bitten Sie die IT, den Abschnitt [counts] der Konfigurationsdatei zu korrigieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="251" />
            <source>Counting {what}</source>
            <translation>Inventur von {what}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="281" />
            <source>No stock figures from Odoo yet: sync first</source>
            <translation>Noch keine Bestandszahlen von Odoo: zuerst synchronisieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="284" />
            <source>Stock figures as of {age} ago</source>
            <translation>Bestandszahlen von vor {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="286" />
            <source>Stock figures up to date</source>
            <translation>Bestandszahlen aktuell</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="301" />
            <source>Reading the count tasks</source>
            <translation>Inventuraufgaben werden gelesen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="310" />
            <source>{open} count(s) in progress on this PC · {requests} requested by Odoo</source>
            <translation>{open} in Arbeit auf diesem PC · {requests} von Odoo angefordert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="344" />
            <source>Counting the product</source>
            <translation>Produkt wird gezählt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="350" />
            <source>Saving the scan</source>
            <translation>Scan wird gespeichert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="357" />
            <source>Opening the count</source>
            <translation>Inventur wird geöffnet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="367" />
            <location filename="../../storeapp/ui/counts/view.py" line="372" />
            <source>Saving the quantity</source>
            <translation>Menge wird gespeichert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="381" />
            <source>Check the quantity</source>
            <translation>Prüfen Sie die Menge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="390" />
            <source>Undoing the last scan</source>
            <translation>Letzter Scan wird rückgängig gemacht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="396" />
            <source>Starting a recount</source>
            <translation>Nachzählung wird gestartet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="400" />
            <source>Submitting the count</source>
            <translation>Inventur wird abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="417" />
            <source>Abandon this count?</source>
            <translation>Diese Inventur abbrechen?</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="419" />
            <source>The {n} counted line(s) of {location} will not be sent to Odoo. The count stays in the audit record.</source>
            <translation>Die {n} gezählte(n) Zeile(n) von {location} werden nicht an Odoo gesendet. Die Inventur bleibt im Prüfprotokoll.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="427" />
            <source>Abandoning the count</source>
            <translation>Inventur wird abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>DashboardPresenter</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="312" />
            <source>Picked</source>
            <translation>Kommissioniert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="154" />
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="38" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="38" />
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="38" />
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="47" />
            <source>{m} min</source>
            <translation>{m} Min.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="51" />
            <source>{h} h</source>
            <translation>{h} Std.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="52" />
            <source>{h} h {m:02d} min</source>
            <translation>{h} Std. {m:02d} Min.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="54" />
            <source>{d} d {h} h</source>
            <translation>{d} T. {h} Std.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="91" />
            <source>Short picks: {reason}</source>
            <translation>Fehlmengen beim Kommissionieren: {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="95" />
            <source>Return reason: {reason}</source>
            <translation>Rückgabegrund: {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="97" />
            <source>Orders released</source>
            <translation>Freigegebene Bestellungen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="98" />
            <source>Of these: picked</source>
            <translation>Davon: kommissioniert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="99" />
            <source>Of these: ready</source>
            <translation>Davon: bereit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="100" />
            <source>Of these: collected</source>
            <translation>Davon: abgeholt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="101" />
            <source>Order → ready, median</source>
            <translation>Bestellung → bereit, Median</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="102" />
            <source>Order → ready, p90</source>
            <translation>Bestellung → bereit, p90</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="103" />
            <source>Ready → collected, median</source>
            <translation>Bereit → abgeholt, Median</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="104" />
            <source>Ready → collected, p90</source>
            <translation>Bereit → abgeholt, p90</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="105" />
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="240" />
            <source>Overdue now</source>
            <translation>Jetzt überfällig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="106" />
            <source>Orders with a short pick</source>
            <translation>Bestellungen mit Fehlmenge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="107" />
            <source>Returns taken</source>
            <translation>Angenommene Rückgaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="108" />
            <source>Value returned</source>
            <translation>Zurückgenommener Wert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="109" />
            <source>Returns refused</source>
            <translation>Abgelehnte Rückgaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="110" />
            <source>Refusal rate</source>
            <translation>Ablehnungsquote</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="111" />
            <source>Manager override rate</source>
            <translation>Quote der Manager-Ausnahmen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="112" />
            <source>Return → confirmed in Odoo, median</source>
            <translation>Rückgabe → in Odoo bestätigt, Median</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="113" />
            <source>Lines counted</source>
            <translation>Gezählte Zeilen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="114" />
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="263" />
            <source>Counted exactly</source>
            <translation>Genau gezählt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="115" />
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="270" />
            <source>Counts within tolerance</source>
            <translation>Inventuren innerhalb der Toleranz</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="116" />
            <source>Adjustment value</source>
            <translation>Wert der Korrekturen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="117" />
            <source>Approvals waiting now</source>
            <translation>Jetzt wartende Freigaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="118" />
            <source>Oldest approval waiting</source>
            <translation>Älteste wartende Freigabe</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="119" />
            <source>Changes waiting for Odoo</source>
            <translation>Änderungen, die auf Odoo warten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="120" />
            <source>Oldest waiting change</source>
            <translation>Älteste wartende Änderung</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="121" />
            <source>Parked (need a person)</source>
            <translation>Geparkt (braucht eine Person)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="122" />
            <source>Sync failures</source>
            <translation>Synchronisierungsfehler</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="123" />
            <source>Webhook events waiting</source>
            <translation>Wartende Webhook-Ereignisse</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="124" />
            <source>Webhook events refused or given up</source>
            <translation>Abgelehnte oder aufgegebene Webhook-Ereignisse</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="156" />
            <source>in 1 day</source>
            <translation>in 1 Tag</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="158" />
            <source>in {n} days</source>
            <translation>in {n} Tagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="161" />
            <source>Odoo key expires</source>
            <translation>Odoo-Schlüssel läuft ab</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="163" />
            <source>IT stores a new key (storeapp provision)</source>
            <translation>Die IT hinterlegt einen neuen Schlüssel (storeapp provision)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="208" />
            <source>The dashboard is for managers. Ask a manager to sign in.</source>
            <translation>Das Dashboard ist für Manager. Bitten Sie einen Manager, sich anzumelden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="233" />
            <source>Orders ready</source>
            <translation>Bestellungen bereit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="235" />
            <source>of {r} released · {c} collected</source>
            <translation>von {r} freigegeben · {c} abgeholt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="242" />
            <source>past the promised time</source>
            <translation>über der zugesagten Zeit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="247" />
            <source>Order → ready</source>
            <translation>Bestellung → bereit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="249" />
            <source>median · p90 {p}</source>
            <translation>Median · p90 {p}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="254" />
            <source>Returns</source>
            <translation>Rückgaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="256" />
            <source>{v} · refused {r}</source>
            <translation>{v} · abgelehnt {r}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="265" />
            <source>{n} lines counted</source>
            <translation>{n} Zeilen gezählt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="272" />
            <source>no manager needed</source>
            <translation>kein Manager nötig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="279" />
            <source>Approvals waiting</source>
            <translation>Wartende Freigaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="281" />
            <source>oldest {age}</source>
            <translation>älteste {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="283" />
            <source>none waiting</source>
            <translation>keine wartend</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="288" />
            <source>Waiting for Odoo</source>
            <translation>Wartet auf Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="290" />
            <source>{p} parked · oldest {age}</source>
            <translation>{p} geparkt · älteste {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="311" />
            <source>Released</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="313" />
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="314" />
            <source>Collected</source>
            <translation>Abgeholt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="353" />
            <source>{age} ago</source>
            <translation>vor {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="355" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="358" />
            <source>Last sync: {model}</source>
            <translation>Letzte Synchronisierung: {model}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="366" />
            <source>Nothing to export yet: wait for the figures to load.</source>
            <translation>Noch nichts zu exportieren: Warten Sie, bis die Zahlen geladen sind.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="57" />
            <source>Store dashboard</source>
            <translation>Filial-Dashboard</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="61" />
            <source>How the store is doing, from the work recorded on this PC and the data last received from Odoo — also offline. Times are from order to ready and from ready to collected; p90 means 9 in 10 orders were faster.</source>
            <translation>Wie es der Filiale geht, nach der auf diesem PC erfassten Arbeit und den zuletzt von Odoo erhaltenen Daten — auch offline. Zeiten laufen von Bestellung bis bereit und von bereit bis abgeholt; p90 heißt, 9 von 10 Bestellungen waren schneller.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="84" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="85" />
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="100" />
            <source>No orders in this period</source>
            <translation>Keine Bestellungen in diesem Zeitraum</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="102" />
            <source>No short picks in this period</source>
            <translation>Keine Fehlmengen in diesem Zeitraum</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="104" />
            <source>No returns in this period</source>
            <translation>Keine Rückgaben in diesem Zeitraum</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="110" />
            <source>Orders</source>
            <translation>Bestellungen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="110" />
            <source>Click &amp; Collect orders</source>
            <translation>Click &amp; Collect-Bestellungen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="112" />
            <source>Short picks</source>
            <translation>Fehlmengen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="113" />
            <source>Short picks by reason (share of ready orders)</source>
            <translation>Fehlmengen nach Grund (Anteil der bereiten Bestellungen)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="116" />
            <source>Returns</source>
            <translation>Rückgaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="116" />
            <source>Top return reasons</source>
            <translation>Häufigste Rückgabegründe</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="194" />
            <source>{title}: {value} ({note})</source>
            <translation>{title}: {value} ({note})</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="231" />
            <source>Updated {time}</source>
            <translation>Aktualisiert {time}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="243" />
            <source>The dashboard figures could not be read.</source>
            <translation>Die Zahlen des Dashboards konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="252" />
            <source>Export the dashboard</source>
            <translation>Dashboard exportieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="259" />
            <source>The dashboard could not be exported.</source>
            <translation>Das Dashboard konnte nicht exportiert werden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="261" />
            <source>{n} measures exported to {path}</source>
            <translation>{n} Kennzahlen nach {path} exportiert</translation>
        </message>
    </context>
    <context>
        <name>EmployeeListModel</name>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="55" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="55" />
            <source>Associate</source>
            <translation>Mitarbeiter</translation>
        </message>
    </context>
    <context>
        <name>EmployeesDialog</name>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="43" />
            <location filename="../../storeapp/ui/employees/view.py" line="48" />
            <source>Employees on this PC</source>
            <translation>Mitarbeiter auf diesem PC</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="52" />
            <source>Deactivate someone who left, or reset a forgotten PIN: they choose a new one at their next sign-in. For a manager, another manager (or that manager) confirms with their PIN.</source>
            <translation>Deaktivieren Sie, wer gegangen ist, oder setzen Sie eine vergessene PIN zurück: Bei der nächsten Anmeldung wird eine neue gewählt. Bei einem Manager bestätigt ein anderer Manager (oder dieser selbst) mit seiner PIN.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="61" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="62" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="63" />
            <source>Badge</source>
            <translation>Ausweis</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="64" />
            <source>Sign-in</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="65" />
            <source>Enrolled by</source>
            <translation>Registriert von</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="73" />
            <source>Second manager</source>
            <translation>Zweiter Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="78" />
            <source>Confirming manager (for a manager)</source>
            <translation>Bestätigender Manager (für einen Manager)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="79" />
            <source>Their PIN</source>
            <translation>Dessen PIN</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="83" />
            <source>Reset PIN</source>
            <translation>PIN zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="84" />
            <source>Deactivate</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="85" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="109" />
            <source>Reading the employees on this PC</source>
            <translation>Mitarbeiter auf diesem PC werden gelesen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="113" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="113" />
            <source>Associate</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="117" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="143" />
            <source>Choose a person in the list first.</source>
            <translation>Wählen Sie zuerst eine Person in der Liste.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="153" />
            <source>Changing a sign-in</source>
            <translation>Anmeldung wird geändert</translation>
        </message>
    </context>
    <context>
        <name>Enroll</name>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="113" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>Die beiden PINs sind verschieden. Tippen Sie zweimal dieselbe PIN.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="116" />
            <location filename="../../storeapp/ui/enroll/presenter.py" line="127" />
            <source>A manager must be signed in to enroll someone.</source>
            <translation>Ein Manager muss angemeldet sein, um jemanden zu registrieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="119" />
            <source>Managers cannot enroll themselves. Ask another manager or IT.</source>
            <translation>Manager können sich nicht selbst registrieren. Fragen Sie einen anderen Manager oder die IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="130" />
            <source>Enroll a manager first; that manager then enrolls the others.</source>
            <translation>Registrieren Sie zuerst einen Manager; dieser registriert dann die anderen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="135" />
            <source>That is not this PC's device key. Only IT can enroll the first manager.</source>
            <translation>Das ist nicht der Geräteschlüssel dieses PCs. Nur die IT kann den ersten Manager registrieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="143" />
            <source>Badges need this PC's keyring, which is not available. Enroll with a PIN only.</source>
            <translation>Ausweise brauchen den Schlüsselbund dieses PCs, der nicht verfügbar ist. Registrieren Sie nur mit PIN.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="159" />
            <source>{name} can now sign in on this PC.</source>
            <translation>{name} kann sich jetzt auf diesem PC anmelden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="214" />
            <source>{name} is a manager: enrolling them again needs their current PIN, or a second manager's PIN.</source>
            <translation>{name} ist Manager: Eine erneute Registrierung braucht die aktuelle PIN oder die PIN eines zweiten Managers.</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="39" />
            <location filename="../../storeapp/ui/enroll/view.py" line="46" />
            <source>Enroll an employee</source>
            <translation>Mitarbeiter registrieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="46" />
            <source>Enroll the first manager</source>
            <translation>Ersten Manager registrieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="51" />
            <source>IT enrolls the store's first manager with this PC's device key; that manager then enrolls everyone else.</source>
            <translation>Die IT registriert den ersten Manager der Filiale mit dem Geräteschlüssel dieses PCs; dieser Manager registriert danach alle anderen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="56" />
            <source>The employee types their own PIN while {name} is present. Scanning a badge is optional: without one, they choose their name to sign in.</source>
            <translation>Der Mitarbeiter tippt die eigene PIN, während {name} dabei ist. Ein Ausweis ist optional: Ohne Ausweis wählt er zum Anmelden seinen Namen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="63" />
            <location filename="../../storeapp/ui/enroll/view.py" line="78" />
            <source>Employee</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="66" />
            <source>scan the badge (optional)</source>
            <translation>Ausweis scannen (optional)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="75" />
            <source>the API key entered in Device setup</source>
            <translation>der unter Geräteeinrichtung eingegebene API-Schlüssel</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="79" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="80" />
            <source>Badge</source>
            <translation>Ausweis</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="81" />
            <source>PIN (4–8 digits, managers 6–8)</source>
            <translation>PIN (4–8 Ziffern, Manager 6–8)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="82" />
            <source>PIN again</source>
            <translation>PIN wiederholen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="84" />
            <source>Device key (IT)</source>
            <translation>Geräteschlüssel (IT)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="86" />
            <source>Their current PIN</source>
            <translation>Aktuelle PIN</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="87" />
            <source>…or a second manager</source>
            <translation>…oder ein zweiter Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="88" />
            <source>Second manager's PIN</source>
            <translation>PIN des zweiten Managers</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="93" />
            <source>Enroll</source>
            <translation>Registrieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="95" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="118" />
            <source>Reading the store's employees</source>
            <translation>Mitarbeiter der Filiale werden gelesen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="128" />
            <source> — already enrolled</source>
            <translation> — bereits registriert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="133" />
            <source>No employees of this store are on this PC yet: run a sync with Odoo first.</source>
            <translation>Noch keine Mitarbeiter dieser Filiale auf diesem PC: Synchronisieren Sie zuerst mit Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="145" />
            <source>Second manager</source>
            <translation>Zweiter Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="158" />
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="170" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="170" />
            <source>Associate</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="200" />
            <source>Enrolling</source>
            <translation>Registrierung läuft</translation>
        </message>
    </context>
    <context>
        <name>ErrorPresenter</name>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="113" />
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="113" />
            <source>Nothing of this change was kept.</source>
            <translation>Von dieser Änderung wurde nichts übernommen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="122" />
            <source>Odoo said no</source>
            <translation>Odoo hat abgelehnt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="122" />
            <source>Read the reason above.</source>
            <translation>Lesen Sie den Grund oben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="126" />
            <location filename="../../storeapp/ui/errors.py" line="239" />
            <source>{doing}: {error}</source>
            <translation>{doing}: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="139" />
            <source>No safe place for the device password</source>
            <translation>Kein sicherer Ort für das Gerätepasswort</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="140" />
            <source>{doing}: this computer has no usable password store (keyring).</source>
            <translation>{doing}: Dieser Computer hat keinen nutzbaren Passwortspeicher (Schlüsselbund).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="142" />
            <source>On Windows and macOS this is built in. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet) for this user, then try again. storeapp never keeps the password in a file instead.</source>
            <translation>Unter Windows und macOS ist er eingebaut. Unter Linux installieren und entsperren Sie einen Secret-Service-Schlüsselbund (GNOME Keyring oder KWallet) für diesen Benutzer und versuchen es dann erneut. storeapp speichert das Passwort nie ersatzweise in einer Datei.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="154" />
            <source>The disk is full</source>
            <translation>Die Festplatte ist voll</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="155" />
            <source>{doing}: nothing could be saved because the disk is full.</source>
            <translation>{doing}: Es konnte nichts gespeichert werden, weil die Festplatte voll ist.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="157" />
            <source>Free some space on this computer (or ask IT), then try again. Work already saved is safe.</source>
            <translation>Schaffen Sie Platz auf diesem Computer (oder fragen Sie die IT) und versuchen Sie es dann erneut. Bereits gespeicherte Arbeit ist sicher.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="168" />
            <source>The store database is busy</source>
            <translation>Die Filialdatenbank ist belegt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="169" />
            <source>{doing}: another program is holding the store database.</source>
            <translation>{doing}: Ein anderes Programm belegt die Filialdatenbank.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="170" />
            <source>Close any other copy of storeapp or tool using its data folder, then retry.</source>
            <translation>Schließen Sie jede andere Kopie von storeapp oder jedes Werkzeug, das seinen Datenordner nutzt, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="175" />
            <source>The store database could not be written</source>
            <translation>In die Filialdatenbank konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="176" />
            <source>{doing}: the disk refused the write ({error}). This change was NOT saved.</source>
            <translation>{doing}: Die Festplatte hat das Schreiben verweigert ({error}). Diese Änderung wurde NICHT gespeichert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="180" />
            <source>Check the disk and free space, then try again. If it keeps happening, run 'storeapp doctor' and call IT.</source>
            <translation>Prüfen Sie die Festplatte und den freien Platz und versuchen Sie es erneut. Passiert es wieder, starten Sie „storeapp doctor“ und rufen Sie die IT an.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="192" />
            <source>The secure connection was refused</source>
            <translation>Die sichere Verbindung wurde abgelehnt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="193" />
            <source>{doing}: the Odoo server's certificate could not be verified.</source>
            <translation>{doing}: Das Zertifikat des Odoo-Servers konnte nicht geprüft werden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="195" />
            <source>Check the address starts with the right https:// name. If your company uses its own certificate authority, IT must add it in the machine file.</source>
            <translation>Prüfen Sie, ob die Adresse mit dem richtigen https://-Namen beginnt. Hat Ihr Unternehmen eine eigene Zertifizierungsstelle, muss die IT sie in der Maschinendatei eintragen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="213" />
            <source>Odoo cannot be reached</source>
            <translation>Odoo ist nicht erreichbar</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="214" />
            <source>{doing}: no answer from the Odoo server.</source>
            <translation>{doing}: Keine Antwort vom Odoo-Server.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="216" />
            <source>Check the network cable or Wi-Fi and the server address. The store keeps working offline; changes are sent when the connection is back.</source>
            <translation>Prüfen Sie Netzwerkkabel oder WLAN und die Serveradresse. Die Filiale arbeitet offline weiter; Änderungen werden gesendet, sobald die Verbindung zurück ist.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="231" />
            <source>That did not work</source>
            <translation>Das hat nicht geklappt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="238" />
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="240" />
            <source>Try again. If it happens again, copy the details and send them to IT.</source>
            <translation>Versuchen Sie es erneut. Passiert es wieder, kopieren Sie die Details und senden Sie sie an die IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="266" />
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="267" />
            <source>Show details</source>
            <translation>Details anzeigen</translation>
        </message>
        <message>
            <source>Odoo refused the device sign-in</source>
            <translation type="vanished">Odoo hat die Geräteanmeldung abgelehnt</translation>
        </message>
        <message>
            <source>{doing}: the device login or API key was not accepted.</source>
            <translation type="vanished">{doing}: Login oder API-Schlüssel des Geräts wurde nicht akzeptiert.</translation>
        </message>
        <message>
            <source>The API key may have been revoked or mistyped. A manager or IT can enter a new one in Device setup. Saved work waits in the outbox meanwhile.</source>
            <translation type="vanished">Der API-Schlüssel wurde vielleicht widerrufen oder falsch eingegeben. Ein Manager oder die IT kann unter Geräteeinrichtung einen neuen eingeben. Gespeicherte Arbeit wartet solange im Ausgang.</translation>
        </message>
        <message>
            <source>Not allowed in Odoo</source>
            <translation type="vanished">In Odoo nicht erlaubt</translation>
        </message>
        <message>
            <source>{doing}: the device user lacks a right in Odoo.
{error}</source>
            <translation type="vanished">{doing}: Dem Gerätebenutzer fehlt ein Recht in Odoo.
{error}</translation>
        </message>
        <message>
            <source>Ask the Odoo administrator to give the device user the right named above.</source>
            <translation type="vanished">Bitten Sie den Odoo-Administrator, dem Gerätebenutzer das oben genannte Recht zu geben.</translation>
        </message>
        <message>
            <source>Read Odoo's reason above; fix it in Odoo or ask a manager.</source>
            <translation type="vanished">Lesen Sie den Grund von Odoo oben; beheben Sie ihn in Odoo oder fragen Sie einen Manager.</translation>
        </message>
        <message>
            <source>The Odoo server had a problem</source>
            <translation type="vanished">Der Odoo-Server hatte ein Problem</translation>
        </message>
        <message>
            <source>{doing}: the server answered with an error.</source>
            <translation type="vanished">{doing}: Der Server hat mit einem Fehler geantwortet.</translation>
        </message>
        <message>
            <source>Try again in a few minutes. If it persists, send the details to IT.</source>
            <translation type="vanished">Versuchen Sie es in ein paar Minuten erneut. Bleibt der Fehler, senden Sie die Details an die IT.</translation>
        </message>
    </context>
    <context>
        <name>FirstSyncDialog</name>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="58" />
            <source>First sync with Odoo</source>
            <translation>Erste Synchronisierung mit Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="62" />
            <source>Getting the store's data from Odoo</source>
            <translation>Filialdaten von Odoo holen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="66" />
            <source>This happens once on a new PC. You can cancel: what is already here is kept and the next sync continues where this one stopped.</source>
            <translation>Das geschieht einmal auf einem neuen PC. Sie können abbrechen: Was schon da ist, bleibt erhalten, und die nächste Synchronisierung macht dort weiter, wo diese aufgehört hat.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="76" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="112" />
            <source>{done:,} of {total:,}</source>
            <translation>{done:,} von {total:,}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="114" />
            <source>{total:,} — done</source>
            <translation>{total:,} — fertig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="118" />
            <source>{n} of {m} kinds of data done</source>
            <translation>{n} von {m} Datenarten fertig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="126" />
            <source>Stopping…</source>
            <translation>Wird angehalten…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="127" />
            <source>Stopping after the current page; nothing is lost.</source>
            <translation>Hält nach der aktuellen Seite an; nichts geht verloren.</translation>
        </message>
    </context>
    <context>
        <name>HandoverPage</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="39" />
            <source>Hand the order over to the customer</source>
            <translation>Bestellung an den Kunden übergeben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="57" />
            <source>Before you hand it over</source>
            <translation>Vor der Übergabe</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="71" />
            <source>Note (optional), e.g. collected by a relative</source>
            <translation>Notiz (optional), z. B. von einem Angehörigen abgeholt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="75" />
            <source>This works offline too: Odoo gets the handover as soon as the connection is back.</source>
            <translation>Das geht auch offline: Odoo erhält die Übergabe, sobald die Verbindung zurück ist.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="82" />
            <source>Back to the list</source>
            <translation>Zurück zur Liste</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="84" />
            <source>Mark collected</source>
            <translation>Als abgeholt markieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="107" />
            <source>No customer name</source>
            <translation>Kein Kundenname</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="109" />
            <source>order %1</source>
            <translation>Bestellung %1</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="110" />
            <source>1 item</source>
            <translation>1 Artikel</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="110" />
            <source>%1 items</source>
            <translation>%1 Artikel</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="111" />
            <source>1 line</source>
            <translation>1 Zeile</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="111" />
            <source>%1 lines</source>
            <translation>%1 Zeilen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="113" />
            <source>%1 on %2</source>
            <translation>%1 am %2</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="121" />
            <source>Missing: %1.</source>
            <translation>Fehlt: %1.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="126" />
            <source>Waiting for 1 day.</source>
            <translation>Wartet seit 1 Tag.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="128" />
            <source>Waiting for %1 days.</source>
            <translation>Wartet seit %1 Tagen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="143" />
            <source>Tick every check first.</source>
            <translation>Haken Sie zuerst jede Prüfung ab.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="55" />
            <location filename="../../storeapp/ui/main_window.py" line="144" />
            <source>storeapp — {store}</source>
            <translation>storeapp — {store}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="67" />
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="71" />
            <source>storeapp</source>
            <translation>storeapp</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="79" />
            <source>Switch employee</source>
            <translation>Mitarbeiter wechseln</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="82" />
            <source>Lock the screen so someone else can sign in (Ctrl+L)</source>
            <translation>Bildschirm sperren, damit sich jemand anderes anmelden kann (Strg+L)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="92" />
            <source>Enroll employee</source>
            <translation>Mitarbeiter registrieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="94" />
            <source>Set a badge and PIN for an employee on this PC</source>
            <translation>Ausweis und PIN für einen Mitarbeiter auf diesem PC festlegen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="97" />
            <source>Employees</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="100" />
            <source>Who is enrolled on this PC: deactivate someone, reset a PIN</source>
            <translation>Wer auf diesem PC registriert ist: jemanden deaktivieren, eine PIN zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="103" />
            <source>Device setup</source>
            <translation>Geräteeinrichtung</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="105" />
            <source>Odoo address, device key and store of this PC</source>
            <translation>Odoo-Adresse, Geräteschlüssel und Filiale dieses PCs</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="217" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="217" />
            <source>Associate</source>
            <translation>Mitarbeiter</translation>
        </message>
    </context>
    <context>
        <name>MeasuresModel</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/model.py" line="38" />
            <source>Measure</source>
            <translation>Kennzahl</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="69" />
            <source>Waits for #{seq} {what} ({state})</source>
            <translation>Wartet auf Nr. {seq} {what} ({state})</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="88" />
            <source>Order {name}</source>
            <translation>Bestellung {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="91" />
            <source>Return of {name}</source>
            <translation>Rückgabe von {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="93" />
            <source>{product} at {location}</source>
            <translation>{product} auf {location}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="96" />
            <source> · lot {lot}</source>
            <translation> · Charge {lot}</translation>
        </message>
    </context>
    <context>
        <name>OutboxPresenter</name>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="106" />
            <source>Only a manager can retry or cancel a change. Ask a manager to sign in.</source>
            <translation>Nur ein Manager kann eine Änderung erneut senden oder stornieren. Bitten Sie einen Manager, sich anzumelden.</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="72" />
            <source>Sync &amp; outbox</source>
            <translation>Sync &amp; Ausgang</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="76" />
            <source>Every change made on this PC waits here until Odoo has it — exactly once, also after a crash or hours offline.</source>
            <translation>Jede Änderung auf diesem PC wartet hier, bis Odoo sie hat — genau einmal, auch nach einem Absturz oder Stunden offline.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="82" />
            <location filename="../../storeapp/ui/outbox/view.py" line="333" />
            <source>Sync now</source>
            <translation>Jetzt synchronisieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="106" />
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="107" />
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="137" />
            <source>Choose a line to see what happened</source>
            <translation>Wählen Sie eine Zeile, um zu sehen, was passiert ist</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="143" />
            <source>Send again</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="144" />
            <source>Cancel this change</source>
            <translation>Diese Änderung stornieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="180" />
            <source>Reading the outbox</source>
            <translation>Ausgang wird gelesen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="190" />
            <source>{state}: {n}</source>
            <translation>{state}: {n}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="226" />
            <location filename="../../storeapp/ui/outbox/view.py" line="230" />
            <source>No data synced from Odoo yet.</source>
            <translation>Noch keine Daten aus Odoo synchronisiert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="233" />
            <source>{n} kinds of data from Odoo, last refreshed {newest}.</source>
            <translation>{n} Datenarten aus Odoo, zuletzt aktualisiert {newest}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="237" />
            <source>Oldest: {model} at {when}.</source>
            <translation>Älteste: {model} am {when}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="241" />
            <source>Not synced yet: {list}.</source>
            <translation>Noch nicht synchronisiert: {list}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="255" />
            <source>Nothing needs attention</source>
            <translation>Nichts braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="257" />
            <source>When Odoo refuses a change, it stops here with the reason and what to do.</source>
            <translation>Wenn Odoo eine Änderung ablehnt, hält sie hier an, mit dem Grund und was zu tun ist.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="268" />
            <source>What happened: {text}</source>
            <translation>Was passiert ist: {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="270" />
            <source>What to do: {text}</source>
            <translation>Was zu tun ist: {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="272" />
            <source>Last error: {text}</source>
            <translation>Letzter Fehler: {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="275" />
            <source>Not sent yet: {text}.</source>
            <translation>Noch nicht gesendet: {text}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="277" />
            <source>Next try: {when}</source>
            <translation>Nächster Versuch: {when}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="279" />
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="279" />
            <source>{age} ago</source>
            <translation>vor {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="281" />
            <source>Made by {who} {when}. Tries so far: {n}.</source>
            <translation>Erstellt von {who} {when}. Bisherige Versuche: {n}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="282" />
            <source>the app</source>
            <translation>die App</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="289" />
            <source>A manager can send it again or cancel it.</source>
            <translation>Ein Manager kann sie erneut senden oder stornieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="306" />
            <source>Sending the change again</source>
            <translation>Änderung wird erneut gesendet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="319" />
            <source>Cancelling the change</source>
            <translation>Änderung wird storniert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="327" />
            <source>Syncing…</source>
            <translation>Synchronisiere…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="331" />
            <source>Syncing with Odoo</source>
            <translation>Synchronisierung mit Odoo</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="44" />
            <source>Manager approval</source>
            <translation>Freigabe durch Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="51" />
            <source>A manager must approve this return</source>
            <translation>Ein Manager muss diese Rückgabe freigeben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="56" />
            <location filename="../../storeapp/ui/returns/override.py" line="70" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="58" />
            <source>or scan the manager's badge</source>
            <translation>oder den Ausweis des Managers scannen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="64" />
            <source>Why the return is accepted (kept with the return)</source>
            <translation>Warum die Rückgabe angenommen wird (wird mit der Rückgabe gespeichert)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="72" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="73" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="76" />
            <source>Approve return</source>
            <translation>Rückgabe freigeben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="79" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="101" />
            <source>No other manager can sign in on this PC. Refuse the return or call a manager.</source>
            <translation>Kein anderer Manager kann sich auf diesem PC anmelden. Lehnen Sie die Rückgabe ab oder rufen Sie einen Manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="113" />
            <source>This badge is not known on this PC.</source>
            <translation>Dieser Ausweis ist auf diesem PC nicht bekannt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="117" />
            <source>{name} cannot approve this return.</source>
            <translation>{name} kann diese Rückgabe nicht freigeben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="126" />
            <source>Choose the manager who approves.</source>
            <translation>Wählen Sie den Manager, der freigibt.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Reading the store figures</source>
            <translation type="vanished">Filialzahlen werden gelesen</translation>
        </message>
    </context>
    <context>
        <name>PickPage</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="82" />
            <source>Scan a product — or type its barcode and press Enter (recorded as typed)</source>
            <translation>Produkt scannen — oder Barcode tippen und Enter drücken (als getippt erfasst)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="90" />
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="220" />
            <source>Scan the first product.</source>
            <translation>Scannen Sie das erste Produkt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="138" />
            <source>Select a line</source>
            <translation>Zeile wählen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="144" />
            <source>Lot or serial number</source>
            <translation>Chargen- oder Seriennummer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="146" />
            <source>Set quantity (typed)</source>
            <translation>Menge setzen (getippt)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="150" />
            <source>Note (needed for 'Other')</source>
            <translation>Notiz (nötig bei „Sonstiges“)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="151" />
            <source>Mark the rest short</source>
            <translation>Rest als Fehlmenge markieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="153" />
            <source>Found it: clear short</source>
            <translation>Gefunden: Fehlmenge aufheben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="155" />
            <source>Undo last</source>
            <translation>Letztes rückgängig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="163" />
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="164" />
            <source>Lot/serial</source>
            <translation>Charge/Serie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="166" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="167" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="173" />
            <source>Cannot find it?</source>
            <translation>Nicht zu finden?</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="185" />
            <source>Back to the list</source>
            <translation>Zurück zur Liste</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="187" />
            <source>Leave for someone else</source>
            <translation>Jemand anderem überlassen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="189" />
            <source>Ready for pickup</source>
            <translation>Abholbereit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="193" />
            <source>Print bag label again</source>
            <translation>Tüten-Etikett erneut drucken</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="251" />
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="253" />
            <source>%1 · picked by %2 · short picks: %3</source>
            <translation>%1 · kommissioniert von %2 · Fehlmengen: %3</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="254" />
            <source>no customer name</source>
            <translation>kein Kundenname</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="258" />
            <source>backorder</source>
            <translation>Rückstand</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="260" />
            <source>cancel the rest</source>
            <translation>Rest stornieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="265" />
            <source>%1 of %2 lines done</source>
            <translation>%1 von %2 Zeilen erledigt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="302" />
            <source>Not saved: %1 Your last scans are on screen; they are saved with the next one once this is fixed.</source>
            <translation>Nicht gespeichert: %1 Ihre letzten Scans stehen auf dem Bildschirm; sie werden mit dem nächsten gespeichert, sobald das behoben ist.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="321" />
            <source>%1 ordered · bin %2</source>
            <translation>%1 bestellt · Lagerplatz %2</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="344" />
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="377" />
            <source>Reading the barcode</source>
            <translation>Barcode wird gelesen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="359" />
            <source>Picking the product chosen</source>
            <translation>Gewähltes Produkt wird kommissioniert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="394" />
            <source>Setting the quantity</source>
            <translation>Menge wird gesetzt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="427" />
            <source>Saving the pick</source>
            <translation>Kommissionierung wird gespeichert</translation>
        </message>
    </context>
    <context>
        <name>ProductSearch</name>
        <message>
            <location filename="../../storeapp/ui/product_search.py" line="53" />
            <source>No barcode? Search: name, reference, barcode (Ctrl+F)</source>
            <translation>Kein Barcode? Suchen: Name, Referenz, Barcode (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/product_search.py" line="119" />
            <source>No product matches “{text}”.</source>
            <translation>Kein Produkt passt zu „{text}“.</translation>
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="59" />
            <source>Click &amp; Collect</source>
            <translation>Click &amp; Collect</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="87" />
            <source>Search: order number, customer name or last 4 digits of the phone — or scan the order</source>
            <translation>Suchen: Bestellnummer, Kundenname oder letzte 4 Ziffern der Telefonnummer — oder Bestellung scannen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="110" />
            <source>Take it over</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="113" />
            <source>Undo handover</source>
            <translation>Übergabe rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="116" />
            <source>Pick</source>
            <translation>Kommissionieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="119" />
            <source>Hand over</source>
            <translation>Übergeben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="120" />
            <source>Items put back</source>
            <translation>Artikel zurückgelegt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="121" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="146" />
            <source>All (%1)</source>
            <translation>Alle (%1)</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPage</name>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="43" />
            <source>Print receipt</source>
            <translation>Beleg drucken</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="44" />
            <source>Next return</source>
            <translation>Nächste Rückgabe</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="47" />
            <source>Undo this return</source>
            <translation>Diese Rückgabe rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="67" />
            <source>Return {ref} saved</source>
            <translation>Rückgabe {ref} gespeichert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="70" />
            <source>1 item back, {amount} to refund.</source>
            <translation>1 Artikel zurück, {amount} zu erstatten.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="72" />
            <source>{n} items back, {amount} to refund.</source>
            <translation>{n} Artikel zurück, {amount} zu erstatten.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="78" />
            <source>Odoo gets it by itself, as 1 return — follow it in Sync &amp; outbox.</source>
            <translation>Odoo erhält sie selbstständig, als 1 Rückgabe — verfolgen Sie sie unter Sync &amp; Ausgang.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="81" />
            <source>Odoo gets it by itself, as {n} returns — follow it in Sync &amp; outbox.</source>
            <translation>Odoo erhält sie selbstständig, als {n} Rückgaben — verfolgen Sie sie unter Sync &amp; Ausgang.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="86" />
            <source>Recorded on this PC; the back office books it in Odoo.</source>
            <translation>Auf diesem PC erfasst; das Backoffice bucht sie in Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="87" />
            <source>Give the customer the receipt.</source>
            <translation>Geben Sie dem Kunden den Beleg.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="90" />
            <source>A copy is kept as {name} in the data folder's receipts folder.</source>
            <translation>Eine Kopie wird als {name} im Ordner receipts des Datenordners aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="107" />
            <source>Receipt sent to the printer.</source>
            <translation>Beleg an den Drucker gesendet.</translation>
        </message>
    </context>
    <context>
        <name>ReturnReceipt</name>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="41" />
            <source>Serial/lot: {serials}</source>
            <translation>Serie/Charge: {serials}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="49" />
            <source>Sale {order}</source>
            <translation>Verkauf {order}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="51" />
            <source>No receipt</source>
            <translation>Kein Kassenbon</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="53" />
            <source>Taken by {name}</source>
            <translation>Angenommen von {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="55" />
            <source>Approved by {name}</source>
            <translation>Freigegeben von {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="59" />
            <source>RETURN</source>
            <translation>RÜCKGABE</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="59" />
            <source>Total returned</source>
            <translation>Summe zurückgegeben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="59" />
            <source>Returns policy</source>
            <translation>Rückgaberichtlinie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="105" />
            <source>This PC has no printer set up. The receipt was saved as a PDF instead.</source>
            <translation>Dieser PC hat keinen Drucker eingerichtet. Der Beleg wurde stattdessen als PDF gespeichert.</translation>
        </message>
        <message>
            <source>Serial/lot</source>
            <translation type="vanished">Serie/Charge</translation>
        </message>
    </context>
    <context>
        <name>ReturnsModel</name>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="37" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="38" />
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="39" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="40" />
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="63" />
            <source>not delivered</source>
            <translation>nicht geliefert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="140" />
            <source>{sold} ({given} handed over)</source>
            <translation>{sold} ({given} übergeben)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="159" />
            <source>scan needed</source>
            <translation>Scan nötig</translation>
        </message>
    </context>
    <context>
        <name>ReturnsPresenter</name>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="117" />
            <source>This return was already undone: nothing of it goes to Odoo.</source>
            <translation>Diese Rückgabe wurde bereits rückgängig gemacht: nichts davon geht an Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="120" />
            <source>Odoo already has this return, so it cannot be undone here. To reverse it, sell the items to the customer again at the till and tell the back office.</source>
            <translation>Odoo hat diese Rückgabe bereits, sie kann hier nicht rückgängig gemacht werden. Verkaufen Sie die Artikel dem Kunden an der Kasse erneut und informieren Sie das Backoffice.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="125" />
            <source>This return is waiting for a manager in Sync &amp; outbox: a manager can cancel it there.</source>
            <translation>Diese Rückgabe wartet in Sync &amp; Ausgang auf eine Führungskraft: Eine Führungskraft kann sie dort stornieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="128" />
            <source>This return may already have reached Odoo (a send got no answer). Wait for the next sync, then look at it in Sync &amp; outbox.</source>
            <translation>Diese Rückgabe hat Odoo vielleicht schon erreicht (ein Versand blieb ohne Antwort). Warten Sie die nächste Synchronisierung ab und sehen Sie dann in Sync &amp; Ausgang nach.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="201" />
            <source>Scan the receipt, or type an order number, a customer name or the last 4 digits of their phone.</source>
            <translation>Scannen Sie den Kassenbon oder tippen Sie eine Bestellnummer, einen Kundennamen oder die letzten 4 Ziffern der Telefonnummer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="210" />
            <source>This sale is no longer in this PC's data. Sync, then search again.</source>
            <translation>Dieser Verkauf ist nicht mehr in den Daten dieses PCs. Synchronisieren Sie und suchen Sie erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="253" />
            <source>No product has the code {code} in this store's data. Check the label, or sync and try again.</source>
            <translation>Kein Produkt hat den Code {code} in den Daten dieser Filiale. Prüfen Sie das Etikett oder synchronisieren Sie und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="287" />
            <source>A serial number is one item: return whole units.</source>
            <translation>Eine Seriennummer ist ein einzelner Artikel: Nehmen Sie nur ganze Stück zurück.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="323" />
            <source>{name} has serial numbers: scan the serial on the item.</source>
            <translation>{name} hat Seriennummern: Scannen Sie die Seriennummer auf dem Artikel.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="327" />
            <source>{name}: returning {n}.</source>
            <translation>{name}: {n} werden zurückgegeben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="333" />
            <source>{code} is the barcode of {name}, which is not on this sale. Check the item, or take it back as a return without a receipt.</source>
            <translation>{code} ist der Barcode von {name}, der nicht zu diesem Verkauf gehört. Prüfen Sie den Artikel oder nehmen Sie ihn als Rückgabe ohne Kassenbon zurück.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="343" />
            <source>{code} is not a product or a serial number of this sale. Check the item.</source>
            <translation>{code} ist kein Produkt und keine Seriennummer dieses Verkaufs. Prüfen Sie den Artikel.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="352" />
            <source>Scan or type the serial number printed on the item.</source>
            <translation>Scannen oder tippen Sie die Seriennummer, die auf dem Artikel steht.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="355" />
            <source>{name} has no serial or lot numbers.</source>
            <translation>{name} hat keine Serien- oder Chargennummern.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="358" />
            <source>Serial {s} is already on this return.</source>
            <translation>Seriennummer {s} ist bereits in dieser Rückgabe.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="368" />
            <source>{name}: serial {s} added.</source>
            <translation>{name}: Seriennummer {s} hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="407" />
            <source>{name} is not a manager: only a manager can approve this return.</source>
            <translation>{name} ist kein Manager: Nur ein Manager kann diese Rückgabe freigeben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="412" />
            <source>You took this return, so another manager must approve it.</source>
            <translation>Sie haben diese Rückgabe angenommen, daher muss ein anderer Manager sie freigeben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="414" />
            <source>Write a note saying why the return is approved.</source>
            <translation>Schreiben Sie eine Notiz, warum die Rückgabe freigegeben wird.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="425" />
            <location filename="../../storeapp/ui/returns/presenter.py" line="465" />
            <location filename="../../storeapp/ui/returns/presenter.py" line="517" />
            <source>Sign in first.</source>
            <translation>Melden Sie sich zuerst an.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="428" />
            <source>Choose what the customer brings back: set a quantity on a line.</source>
            <translation>Wählen Sie, was der Kunde zurückbringt: Geben Sie in einer Zeile eine Menge ein.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="431" />
            <source>The policy refuses this return: {why}</source>
            <translation>Die Rückgaberichtlinie lehnt diese Rückgabe ab: {why}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="435" />
            <source>This return needs a manager's approval first.</source>
            <translation>Diese Rückgabe braucht zuerst die Freigabe eines Managers.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="469" />
            <source>This return was recorded on this PC only (no receipt): the back office books it. Tell them it is cancelled.</source>
            <translation>Diese Rückgabe wurde nur auf diesem PC erfasst (ohne Kassenbon): Das Backoffice bucht sie. Sagen Sie dort, dass sie storniert ist.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="491" />
            <source>Return {reference} undone: it was not sent to Odoo and never will be. Give the customer back their items and take back the refund.</source>
            <translation>Rückgabe {reference} rückgängig gemacht: Sie wurde nicht an Odoo gesendet und wird es nie. Geben Sie dem Kunden die Artikel zurück und nehmen Sie die Erstattung zurück.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="511" />
            <source>This return cannot be prepared for Odoo: {why}.</source>
            <translation>Diese Rückgabe kann nicht für Odoo vorbereitet werden: {why}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="521" />
            <source>Choose what the customer brought back before recording a refusal.</source>
            <translation>Wählen Sie, was der Kunde zurückgebracht hat, bevor Sie eine Ablehnung erfassen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="560" />
            <source>No receipt: the back office books the goods and the refund in Odoo.</source>
            <translation>Kein Kassenbon: Das Backoffice bucht Ware und Erstattung in Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="562" />
            <source>Taken while offline: Odoo gets it when the connection is back.</source>
            <translation>Offline angenommen: Odoo erhält sie, sobald die Verbindung zurück ist.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="581" />
            <source>Can be returned</source>
            <translation>Kann zurückgenommen werden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="582" />
            <source>Can be returned — read the warnings</source>
            <translation>Kann zurückgenommen werden — Warnungen lesen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="583" />
            <source>Needs a manager's approval</source>
            <translation>Braucht die Freigabe eines Managers</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="584" />
            <source>Refused by the policy</source>
            <translation>Von der Rückgaberichtlinie abgelehnt</translation>
        </message>
    </context>
    <context>
        <name>ReturnsView</name>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="50" />
            <source>Confirm return</source>
            <translation>Bestätigen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="53" />
            <source>Manager approval…</source>
            <translation>Manager-Freigabe…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="54" />
            <source>Refuse and record</source>
            <translation>Ablehnen und erfassen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="56" />
            <source>Start over</source>
            <translation>Neu beginnen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="79" />
            <source>Nothing chosen yet</source>
            <translation>Noch nichts gewählt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="83" />
            <source>Set the quantity coming back on a line to see what the policy says.</source>
            <translation>Geben Sie in einer Zeile die zurückkommende Menge ein, um zu sehen, was die Richtlinie sagt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="90" />
            <source>Refund value: {amount}</source>
            <translation>Erstattung: {amount}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="95" />
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="95" />
            <source>offline rules</source>
            <translation>Offline-Regeln</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="97" />
            <source>Policy {version}, {state}</source>
            <translation>Richtlinie {version}, {state}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="109" />
            <source>line {n}: </source>
            <translation>Zeile {n}: </translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="83" />
            <source>Returns</source>
            <translation>Rückgaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="87" />
            <source>Scan the customer's receipt, choose what comes back, and the policy says what happens.</source>
            <translation>Kassenbon scannen, zurückkommende Artikel wählen — die Richtlinie sagt, was passiert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="110" />
            <source>Scan the receipt, or type an order number, customer name or last 4 phone digits</source>
            <translation>Kassenbon scannen oder Bestellnummer, Kundenname oder letzte 4 Ziffern der Telefonnummer tippen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="114" />
            <source>Find sale</source>
            <translation>Verkauf suchen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="116" />
            <source>No receipt…</source>
            <translation>Kein Kassenbon…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="170" />
            <source>Open sale</source>
            <translation>Verkauf öffnen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="173" />
            <source>Returns are checked against the returns policy, online and offline. A return without a receipt follows stricter rules and may need a manager.</source>
            <translation>Rückgaben werden gegen die Rückgaberichtlinie geprüft, online und offline. Eine Rückgabe ohne Kassenbon folgt strengeren Regeln und kann einen Manager brauchen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="183" />
            <source>&lt;h3&gt;Take a return in three steps&lt;/h3&gt;&lt;p&gt;&lt;b&gt;1.&lt;/b&gt; Scan the barcode on the customer's receipt — or type the order number, the customer's name or the last 4 digits of their phone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2.&lt;/b&gt; Set how many of each item come back, why, and in what condition. Scan the serial number of serial-tracked items.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3.&lt;/b&gt; Read the policy's decision beside the lines, then confirm — a manager approves on this PC when the policy asks for it.&lt;/p&gt;&lt;p&gt;No receipt? Use &lt;b&gt;No receipt…&lt;/b&gt; and scan each item.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Eine Rückgabe in drei Schritten&lt;/h3&gt;&lt;p&gt;&lt;b&gt;1.&lt;/b&gt; Scannen Sie den Barcode auf dem Kassenbon des Kunden — oder tippen Sie die Bestellnummer, den Namen des Kunden oder die letzten 4 Ziffern seiner Telefonnummer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2.&lt;/b&gt; Geben Sie an, wie viele von jedem Artikel zurückkommen, warum und in welchem Zustand. Scannen Sie die Seriennummer von Artikeln mit Seriennummer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3.&lt;/b&gt; Lesen Sie die Entscheidung der Richtlinie neben den Zeilen und bestätigen Sie — ein Manager gibt auf diesem PC frei, wenn die Richtlinie es verlangt.&lt;/p&gt;&lt;p&gt;Kein Kassenbon? Nutzen Sie &lt;b&gt;Kein Kassenbon…&lt;/b&gt; und scannen Sie jeden Artikel.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="254" />
            <source>Scan:</source>
            <translation>Scan:</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="303" />
            <source>No returns policy</source>
            <translation>Keine Rückgaberichtlinie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="307" />
            <source>Policy {version}</source>
            <translation>Richtlinie {version}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="313" />
            <source> · data of {when}</source>
            <translation> · {when}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="315" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="317" />
            <source>Offline: stricter rules</source>
            <translation>Offline: strengere Regeln</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="329" />
            <source>Returns policy {version} is now in force.</source>
            <translation>Rückgaberichtlinie {version} ist jetzt in Kraft.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="360" />
            <source>Sale {order} · {customer}</source>
            <translation>Verkauf {order} · {customer}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="361" />
            <source>no customer</source>
            <translation>kein Kunde</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="367" />
            <source>Bought {date}{channel}. Set the quantity coming back on each line; scan the serial number of serial-tracked items.</source>
            <translation>Gekauft am {date}{channel}. Geben Sie in jeder Zeile die zurückkommende Menge ein; scannen Sie die Seriennummer von Artikeln mit Seriennummer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="371" />
            <source>Scan a serial number or a product barcode</source>
            <translation>Seriennummer oder Produkt-Barcode scannen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="375" />
            <source>Return without a receipt</source>
            <translation>Rückgabe ohne Kassenbon</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="378" />
            <source>Scan each item. The price is the current shelf price; stricter rules apply and the back office books the goods and the refund in Odoo.</source>
            <translation>Scannen Sie jeden Artikel. Der Preis ist der aktuelle Regalpreis; es gelten strengere Regeln, und das Backoffice bucht Ware und Erstattung in Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="383" />
            <source>Scan the product's barcode or type its reference</source>
            <translation>Barcode des Produkts scannen oder seine Referenz tippen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="413" />
            <source>Finding the sale</source>
            <translation>Verkauf wird gesucht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="421" />
            <source>No sale matches “{text}” in this store's data of the last months. Check the receipt, or take the return without a receipt.</source>
            <translation>Kein Verkauf passt zu „{text}“ in den Daten der letzten Monate. Prüfen Sie den Kassenbon oder nehmen Sie die Rückgabe ohne Kassenbon an.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="430" />
            <source>{n} sales found: choose one.</source>
            <translation>{n} Verkäufe gefunden: Wählen Sie einen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="448" />
            <source>Opening the sale</source>
            <translation>Verkauf wird geöffnet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="453" />
            <source>Nothing of {order} can be returned any more: it was not handed over or is already back.</source>
            <translation>Von {order} kann nichts mehr zurückgegeben werden: Es wurde nicht übergeben oder ist schon zurück.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="464" />
            <source>No receipt: scan each item the customer brings back.</source>
            <translation>Kein Kassenbon: Scannen Sie jeden Artikel, den der Kunde zurückbringt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="478" />
            <source>{name} added.</source>
            <translation>{name} hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="482" />
            <source>Reading the scan</source>
            <translation>Scan wird gelesen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="510" />
            <source>Saving the return</source>
            <translation>Rückgabe wird gespeichert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="519" />
            <source>The return is saved, but its receipt could not be written: {why}</source>
            <translation>Die Rückgabe ist gespeichert, aber ihr Beleg konnte nicht geschrieben werden: {why}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="550" />
            <source>Undoing the return</source>
            <translation>Rückgabe wird rückgängig gemacht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="554" />
            <source>Return {ref} undone</source>
            <translation>Rückgabe {ref} rückgängig gemacht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="563" />
            <source>Recording the refusal</source>
            <translation>Ablehnung wird erfasst</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="571" />
            <source>Refusal recorded with its reasons (reference {ref}). Nothing goes to Odoo.</source>
            <translation>Ablehnung mit Gründen erfasst (Referenz {ref}). Nichts geht an Odoo.</translation>
        </message>
    </context>
    <context>
        <name>SafeModeWindow</name>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="34" />
            <source>storeapp — safe mode</source>
            <translation>storeapp — abgesicherter Modus</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="38" />
            <source>storeapp is in safe mode</source>
            <translation>storeapp ist im abgesicherten Modus</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="45" />
            <source>1. Export the outbox to a file below and give it to IT.
2. Do not delete or move the data folder.
3. IT restores the journal (a backup is kept before every upgrade) or sends the exported changes to Odoo.</source>
            <translation>1. Exportieren Sie den Ausgang unten in eine Datei und geben Sie sie der IT.
2. Löschen oder verschieben Sie den Datenordner nicht.
3. Die IT stellt das Journal wieder her (vor jedem Update wird eine Sicherung angelegt) oder sendet die exportierten Änderungen an Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="53" />
            <source>Technical detail: {d}</source>
            <translation>Technisches Detail: {d}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="58" />
            <source>Export the outbox…</source>
            <translation>Ausgang exportieren…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="60" />
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="61" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="85" />
            <source>Export the outbox</source>
            <translation>Ausgang exportieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="96" />
            <source>The export failed: {e}</source>
            <translation>Der Export ist fehlgeschlagen: {e}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="100" />
            <source>1 change</source>
            <translation>1 Änderung</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="102" />
            <source>{n} changes</source>
            <translation>{n} Änderungen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="105" />
            <source>Exported {count} to {path}.</source>
            <translation>{count} nach {path} exportiert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="108" />
            <source>Exported {count} to {path}. Some could not be read ({gaps}); tell IT.</source>
            <translation>{count} nach {path} exportiert. Einige konnten nicht gelesen werden ({gaps}); informieren Sie die IT.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="51" />
            <source>Device setup</source>
            <translation>Geräteeinrichtung</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="84" />
            <source>Connect this PC to Odoo</source>
            <translation>Diesen PC mit Odoo verbinden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="88" />
            <source>IT or a manager does this once per PC. The API key is kept only in this computer's password store (keyring), never in a file.</source>
            <translation>Die IT oder ein Manager macht das einmal pro PC. Der API-Schlüssel liegt nur im Passwortspeicher dieses Computers (Schlüsselbund), nie in einer Datei.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="107" />
            <source>List databases</source>
            <translation>Datenbanken auflisten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="112" />
            <source>the store's device user, e.g. store-042</source>
            <translation>der Gerätebenutzer der Filiale, z. B. store-042</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="115" />
            <source>API key (or password)</source>
            <translation>API-Schlüssel (oder Passwort)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="116" />
            <location filename="../../storeapp/ui/setup/view.py" line="258" />
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="120" />
            <source>Odoo address</source>
            <translation>Odoo-Adresse</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="121" />
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="122" />
            <source>Device login</source>
            <translation>Geräte-Login</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="123" />
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="125" />
            <source>Press Test connection to check the server and rights.</source>
            <translation>Drücken Sie Verbindung testen, um Server und Rechte zu prüfen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="129" />
            <source>Connection test result</source>
            <translation>Ergebnis des Verbindungstests</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="151" />
            <source>Store</source>
            <translation>Filiale</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="170" />
            <source>Store (warehouse)</source>
            <translation>Filiale (Lager)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="173" />
            <source>Which store is this PC in?</source>
            <translation>In welcher Filiale steht dieser PC?</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="178" />
            <source>How employees sign in</source>
            <translation>Wie sich Mitarbeiter anmelden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="190" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="193" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="202" />
            <source>Set by IT in the machine file</source>
            <translation>Von der IT in der Maschinendatei festgelegt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="227" />
            <source>Listing the databases</source>
            <translation>Datenbanken werden aufgelistet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="234" />
            <source>This server does not list its databases. Type the database name.</source>
            <translation>Dieser Server listet seine Datenbanken nicht auf. Tippen Sie den Namen der Datenbank.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="244" />
            <source>Testing…</source>
            <translation>Teste…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="245" />
            <source>Contacting Odoo…</source>
            <translation>Odoo wird kontaktiert…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="254" />
            <source>Testing the connection</source>
            <translation>Verbindung wird getestet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="325" />
            <source>Saving the device setup</source>
            <translation>Geräteeinrichtung wird gespeichert</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="171" />
            <source>Click &amp; Collect</source>
            <translation>Click &amp; Collect</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="174" />
            <source>Returns</source>
            <translation>Rückgaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="175" />
            <source>Counts</source>
            <translation>Inventur</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="177" />
            <source>Approvals</source>
            <translation>Freigaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="181" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="184" />
            <source>Sync &amp; outbox</source>
            <translation>Sync &amp; Ausgang</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="328" />
            <source>{product} has arrived from Odoo: scan {barcode} again.</source>
            <translation>{product} ist aus Odoo eingetroffen: Scannen Sie {barcode} erneut.</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="52" />
            <source>Too many wrong PINs. Try again in {n} seconds, or ask a manager.</source>
            <translation>Zu viele falsche PINs. Versuchen Sie es in {n} Sekunden erneut oder fragen Sie einen Manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="55" />
            <source>Too many wrong PINs. Try again in {n} minutes, or ask a manager.</source>
            <translation>Zu viele falsche PINs. Versuchen Sie es in {n} Minuten erneut oder fragen Sie einen Manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="131" />
            <source>This employee's sign-in record was changed outside storeapp, so it is not used. A manager must enroll them again; tell IT.</source>
            <translation>Der Anmeldedatensatz dieses Mitarbeiters wurde außerhalb von storeapp geändert und wird daher nicht verwendet. Ein Manager muss ihn neu registrieren; informieren Sie die IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="138" />
            <location filename="../../storeapp/ui/signin/presenter.py" line="190" />
            <source>This employee cannot sign in on this PC yet.</source>
            <translation>Dieser Mitarbeiter kann sich auf diesem PC noch nicht anmelden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="153" />
            <source>Welcome, {name}.</source>
            <translation>Willkommen, {name}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="164" />
            <source>Wrong PIN. 1 try left before a pause.</source>
            <translation>Falsche PIN. Noch 1 Versuch vor einer Pause.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="166" />
            <source>Wrong PIN. {n} tries left before a pause.</source>
            <translation>Falsche PIN. Noch {n} Versuche vor einer Pause.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="180" />
            <source>{name}, your PIN was reset. Type your new PIN again to confirm it.</source>
            <translation>{name}, Ihre PIN wurde zurückgesetzt. Tippen Sie Ihre neue PIN noch einmal zur Bestätigung.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="186" />
            <source>The two PINs differ. Type your new PIN, then the same again.</source>
            <translation>Die beiden PINs sind verschieden. Tippen Sie Ihre neue PIN und dann noch einmal dieselbe.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="193" />
            <source>Your new PIN is set. Welcome, {name}.</source>
            <translation>Ihre neue PIN ist gesetzt. Willkommen, {name}.</translation>
        </message>
    </context>
    <context>
        <name>SignInView</name>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="95" />
            <location filename="../../storeapp/ui/signin/view.py" line="182" />
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="136" />
            <source>Scan your badge, or choose your name</source>
            <translation>Ausweis scannen oder Namen wählen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="139" />
            <source>Type to find your name</source>
            <translation>Tippen, um Ihren Namen zu finden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="156" />
            <location filename="../../storeapp/ui/signin/view.py" line="356" />
            <source>No one chosen yet</source>
            <translation>Noch niemand gewählt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="161" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="167" />
            <location filename="../../storeapp/ui/signin/view.py" line="169" />
            <location filename="../../storeapp/ui/signin/view.py" line="213" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="188" />
            <source>Sign-in message</source>
            <translation>Anmeldemeldung</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="199" />
            <source>IT: enroll the first manager</source>
            <translation>IT: ersten Manager registrieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="209" />
            <source>Demo store — try these people</source>
            <translation>Demo — probieren Sie diese Personen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="213" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="213" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="213" />
            <source>Badge</source>
            <translation>Ausweis</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="226" />
            <source>Choose a name and type the PIN. Without a scanner, type a badge number in the search box and press Enter. Managers also see Approvals.</source>
            <translation>Wählen Sie einen Namen und tippen Sie die PIN. Ohne Scanner tippen Sie eine Ausweisnummer ins Suchfeld und drücken Enter. Manager sehen auch Freigaben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="244" />
            <source>Loading the employees</source>
            <translation>Mitarbeiter werden geladen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="254" />
            <source>Nobody can sign in on this PC yet. Employees appear after the first sync with Odoo (Odoo badges mode) or after a manager enrolls them.</source>
            <translation>Noch niemand kann sich auf diesem PC anmelden. Mitarbeiter erscheinen nach der ersten Synchronisierung mit Odoo (Modus Odoo-Ausweise) oder nachdem ein Manager sie registriert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="293" />
            <source>New PIN for {name} (a manager reset it)</source>
            <translation>Neue PIN für {name} (ein Manager hat sie zurückgesetzt)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="295" />
            <source>PIN for {name}</source>
            <translation>PIN für {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="318" />
            <source>Reading the badge</source>
            <translation>Ausweis wird gelesen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="322" />
            <source>This badge is not known on this PC. Choose your name instead.</source>
            <translation>Dieser Ausweis ist auf diesem PC nicht bekannt. Wählen Sie stattdessen Ihren Namen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="371" />
            <source>Checking the PIN</source>
            <translation>PIN wird geprüft</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="91" />
            <source>{h} h</source>
            <translation>{h} Std.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="79" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="70" />
            <source>{state} — Odoo key expires today (IT)</source>
            <translation>{state} — Odoo-Schlüssel läuft heute ab (IT)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="72" />
            <source>{state} — Odoo key expires in 1 day (IT)</source>
            <translation>{state} — Odoo-Schlüssel läuft in 1 Tag ab (IT)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="73" />
            <source>{state} — Odoo key expires in {n} days (IT)</source>
            <translation>{state} — Odoo-Schlüssel läuft in {n} Tagen ab (IT)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="82" />
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="85" />
            <source>{n} min</source>
            <translation>{n} Min.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="89" />
            <source>{h} h {m} min</source>
            <translation>{h} Std. {m} Min.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="94" />
            <source>1 day</source>
            <translation>1 Tag</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="94" />
            <source>{n} days</source>
            <translation>{n} Tagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="118" />
            <source>Outbox empty</source>
            <translation>Ausgang leer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="120" />
            <source>Outbox: {n} to send</source>
            <translation>Ausgang: {n} zu senden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="123" />
            <source>1 needs a person</source>
            <translation>1 zu klären</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="125" />
            <source>{p} need a person</source>
            <translation>{p} zu klären</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="128" />
            <source>Outbox: {n} to send, {parked}</source>
            <translation>Ausgang: {n} zu senden, {parked}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="130" />
            <source>Outbox: {parked}</source>
            <translation>Ausgang: {parked}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="134" />
            <source>Nothing waiting</source>
            <translation>Nichts wartet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="138" />
            <source>Oldest waiting: {age}</source>
            <translation>Ältestes: {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="142" />
            <source>Never synced</source>
            <translation>Nie synchronisiert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="146" />
            <source>Last sync {age} ago</source>
            <translation>Synchronisiert vor {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="148" />
            <source>Last sync just now</source>
            <translation>Gerade synchronisiert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="151" />
            <source>Nobody signed in</source>
            <translation>Niemand angemeldet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="205" />
            <source>Last successful sync with Odoo: {when}</source>
            <translation>Letzte erfolgreiche Synchronisierung mit Odoo: {when}</translation>
        </message>
    </context>
    <context>
        <name>StoreApp</name>
        <message>
            <location filename="../../storeapp/app.py" line="427" />
            <source>Device setup saved</source>
            <translation>Geräteeinrichtung gespeichert</translation>
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="429" />
            <source>Saved. A new API key is used at once. A different server, database or store takes effect when storeapp starts again; work saved meanwhile is kept.</source>
            <translation>Gespeichert. Ein neuer API-Schlüssel gilt sofort. Ein anderer Server, eine andere Datenbank oder Filiale gilt erst nach dem nächsten Start von storeapp; in der Zwischenzeit gespeicherte Arbeit bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="603" />
            <source>storeapp</source>
            <translation>storeapp</translation>
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="625" />
            <source>The first sync with Odoo did not finish: {error}
storeapp works with what arrived and keeps trying in the background.</source>
            <translation>Die erste Synchronisierung mit Odoo wurde nicht abgeschlossen: {error}
storeapp arbeitet mit dem, was angekommen ist, und versucht es im Hintergrund weiter.</translation>
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="630" />
            <source>First sync</source>
            <translation>Erste Synchronisierung</translation>
        </message>
    </context>
    <context>
        <name>StoreJobs</name>
        <message>
            <source>Returns</source>
            <translation type="vanished">Rückgaben</translation>
        </message>
        <message>
            <source>Ready to pick (stock reserved)</source>
            <translation type="vanished">Bereit zum Kommissionieren (Bestand reserviert)</translation>
        </message>
        <message>
            <source>Waiting for stock or not yet confirmed</source>
            <translation type="vanished">Wartet auf Bestand oder noch nicht bestätigt</translation>
        </message>
        <message>
            <source>Overdue (promised time passed)</source>
            <translation type="vanished">Überfällig (zugesagte Zeit überschritten)</translation>
        </message>
        <message>
            <source>Handed over or shipped today</source>
            <translation type="vanished">Heute übergeben oder versandt</translation>
        </message>
        <message>
            <source>Picks in progress on this PC</source>
            <translation type="vanished">Kommissionierungen in Arbeit auf diesem PC</translation>
        </message>
        <message>
            <source>Pick changes waiting to reach Odoo</source>
            <translation type="vanished">Kommissionierungsänderungen unterwegs zu Odoo</translation>
        </message>
        <message>
            <source>Figures come from this PC's copy of the store's Odoo orders and refresh after every sync. The scan-to-pick and handover screen is the next part of the app; until it arrives, pick these orders in Odoo.</source>
            <translation type="vanished">Die Zahlen stammen aus der Kopie der Odoo-Bestellungen der Filiale auf diesem PC und werden nach jeder Synchronisierung aktualisiert. Der Bildschirm zum Kommissionieren per Scan und zur Übergabe ist der nächste Teil der App; bis dahin kommissionieren Sie diese Bestellungen in Odoo.</translation>
        </message>
        <message>
            <source>Delivered orders on this PC that can be returned</source>
            <translation type="vanished">Gelieferte Bestellungen auf diesem PC, die zurückgegeben werden können</translation>
        </message>
        <message>
            <source>Returns already recorded in Odoo</source>
            <translation type="vanished">Bereits in Odoo erfasste Rückgaben</translation>
        </message>
        <message>
            <source>Return intakes in progress on this PC</source>
            <translation type="vanished">Rückgaben in Arbeit auf diesem PC</translation>
        </message>
        <message>
            <source>Returns waiting for a manager</source>
            <translation type="vanished">Rückgaben, die auf einen Manager warten</translation>
        </message>
        <message>
            <source>Returns waiting to reach Odoo</source>
            <translation type="vanished">Rückgaben unterwegs zu Odoo</translation>
        </message>
        <message>
            <source>Returns will be checked against the store's returns policy here, with the reason shown in plain words. That intake screen is the next part of the app; until then take returns in Odoo.</source>
            <translation type="vanished">Rückgaben werden hier gegen die Rückgaberichtlinie der Filiale geprüft, mit dem Grund in klaren Worten. Dieser Rückgabebildschirm ist der nächste Teil der App; bis dahin nehmen Sie Rückgaben in Odoo an.</translation>
        </message>
        <message>
            <source>Count requests due today or earlier</source>
            <translation type="vanished">Inventuranforderungen bis heute fällig</translation>
        </message>
        <message>
            <source>Count requests overdue</source>
            <translation type="vanished">Überfällige Inventuranforderungen</translation>
        </message>
        <message>
            <source>Counts in progress on this PC</source>
            <translation type="vanished">Inventuren in Arbeit auf diesem PC</translation>
        </message>
        <message>
            <source>Adjustments waiting for a manager</source>
            <translation type="vanished">Korrekturen, die auf einen Manager warten</translation>
        </message>
        <message>
            <source>Adjustments waiting to reach Odoo</source>
            <translation type="vanished">Korrekturen unterwegs zu Odoo</translation>
        </message>
        <message>
            <source>Products known on this PC</source>
            <translation type="vanished">Auf diesem PC bekannte Produkte</translation>
        </message>
        <message>
            <source>Blind counting by location or product, with recounts and manager approval, is the next part of the app. Count requests come from Odoo's scheduled count dates.</source>
            <translation type="vanished">Blindzählung nach Lagerplatz oder Produkt, mit Nachzählungen und Freigabe durch einen Manager, ist der nächste Teil der App. Inventuranforderungen kommen aus den geplanten Inventurterminen in Odoo.</translation>
        </message>
        <message>
            <source>none</source>
            <translation type="vanished">keine</translation>
        </message>
        <message>
            <source>Decisions waiting for a manager</source>
            <translation type="vanished">Entscheidungen, die auf einen Manager warten</translation>
        </message>
        <message>
            <source>Oldest waiting for</source>
            <translation type="vanished">Am längsten wartend seit</translation>
        </message>
        <message>
            <source>Waiting by kind: {kinds}. Managers will approve or reject stock adjustments and return exceptions here, one by one or in bulk, also offline; a manager never approves their own work.</source>
            <translation type="vanished">Wartend nach Art: {kinds}. Manager werden hier Bestandskorrekturen und Rückgabeausnahmen freigeben oder ablehnen, einzeln oder gesammelt, auch offline; ein Manager gibt nie seine eigene Arbeit frei.</translation>
        </message>
        <message>
            <source>Click &amp; Collect</source>
            <translation type="vanished">Click &amp; Collect</translation>
        </message>
        <message>
            <source>Orders customers collect in this store: pick, get ready, hand over.</source>
            <translation type="vanished">Bestellungen, die Kunden in dieser Filiale abholen: kommissionieren, bereitstellen, übergeben.</translation>
        </message>
        <message>
            <source>Take back goods under the store's returns policy.</source>
            <translation type="vanished">Ware nach der Rückgaberichtlinie der Filiale zurücknehmen.</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation type="vanished">Inventur</translation>
        </message>
        <message>
            <source>Count stock by location or product; differences go to a manager.</source>
            <translation type="vanished">Bestand nach Lagerplatz oder Produkt zählen; Abweichungen gehen an einen Manager.</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation type="vanished">Freigaben</translation>
        </message>
        <message>
            <source>Manager decisions on stock adjustments and return exceptions.</source>
            <translation type="vanished">Entscheidungen der Manager zu Bestandskorrekturen und Rückgabeausnahmen.</translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <location filename="../../storeapp/app.py" line="124" />
            <source>storeapp cannot start: the configuration is invalid.
{problems}</source>
            <translation>storeapp kann nicht starten: die Konfiguration ist ungültig.
{problems}</translation>
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="134" />
            <source>Ask IT to correct the file.</source>
            <translation>Bitten Sie die IT, die Datei zu korrigieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="122" />
            <location filename="../../storeapp/core/click_collect.py" line="196" />
            <location filename="../../storeapp/core/policy/engine.py" line="104" />
            <location filename="../../storeapp/core/policy/engine.py" line="102" />
            <location filename="../../storeapp/core/policy/engine.py" line="417" />
            <location filename="../../storeapp/core/policy/engine.py" line="429" />
            <location filename="../../storeapp/core/policy/engine.py" line="121" />
            <location filename="../../storeapp/offline/policy_cli.py" line="222" />
            <location filename="../../storeapp/offline/policy_cli.py" line="216" />
            <location filename="../../storeapp/sync/cli.py" line="55" />
            <source>{n} day</source>
            <translation>{n} Tag</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="122" />
            <location filename="../../storeapp/core/click_collect.py" line="196" />
            <location filename="../../storeapp/core/policy/engine.py" line="104" />
            <location filename="../../storeapp/core/policy/engine.py" line="102" />
            <location filename="../../storeapp/core/policy/engine.py" line="417" />
            <location filename="../../storeapp/core/policy/engine.py" line="429" />
            <location filename="../../storeapp/core/policy/engine.py" line="121" />
            <location filename="../../storeapp/offline/policy_cli.py" line="222" />
            <location filename="../../storeapp/offline/policy_cli.py" line="216" />
            <location filename="../../storeapp/sync/cli.py" line="55" />
            <source>{n} days</source>
            <translation>{n} Tage</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="300" />
            <source>data folder:  {path} [{source}]</source>
            <translation>Datenordner:  {path} [{source}]</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="323" />
            <source>The configuration is invalid: the returns policy (returns.policy_file) is not valid:</source>
            <translation>Die Konfiguration ist ungültig: die Rückgaberichtlinie (returns.policy_file) ist nicht gültig:</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="358" />
            <source>Support bundle written to {file} ({files}; checked for the device key and PIN material, with secrets and customer data redacted).</source>
            <translation>Supportpaket nach {file} geschrieben ({files}; auf Geräteschlüssel und PIN-Daten geprüft, Geheimnisse und Kundendaten geschwärzt).</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="392" />
            <source>There is no journal at {path} (set STOREAPP_DATA_DIR if it is elsewhere).</source>
            <translation>Unter {path} gibt es kein Journal (setzen Sie STOREAPP_DATA_DIR, wenn es woanders liegt).</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="419" />
            <source>{n} entry</source>
            <translation>{n} Eintrag</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="419" />
            <source>{n} entries</source>
            <translation>{n} Einträge</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="446" />
            <source>Someone or something changed the journal outside storeapp. Keep the file as it is, export a support bundle (storeapp support-bundle FILE) and tell IT.</source>
            <translation>Jemand oder etwas hat das Journal außerhalb von storeapp geändert. Lassen Sie die Datei, wie sie ist, exportieren Sie ein Supportpaket (storeapp support-bundle FILE) und informieren Sie die IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="119" />
            <location filename="../../storeapp/sync/cli.py" line="52" />
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="121" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} Std. {minutes} Min.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="149" />
            <source>{n} op</source>
            <translation>{n} Op</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="149" />
            <source>{n} ops</source>
            <translation>{n} Ops</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="232" />
            <source>- {kind} on {aggregate} (op {uuid}), by {actor}</source>
            <translation>- {kind} zu {aggregate} (Op {uuid}), von {actor}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="421" />
            <source>Audit chain intact: {entries}, keyed and each linked to the one before; every op matches what the chain recorded.</source>
            <translation>Prüfkette intakt: {entries}, jeder signiert und mit dem vorigen verknüpft; jede Op entspricht dem, was die Kette festgehalten hat.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="429" />
            <source>{n} entry before it is intact</source>
            <translation>{n} Eintrag davor ist intakt</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="429" />
            <source>{n} entries before it are intact</source>
            <translation>{n} Einträge davor sind intakt</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="430" />
            <source>Audit chain BROKEN at entry {seq}: {problem}. {intact}.</source>
            <translation>Prüfkette bei Eintrag {seq} UNTERBROCHEN: {problem}. {intact}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="438" />
            <source>Audit chain intact ({entries}), but {problem}:</source>
            <translation>Prüfkette intakt ({entries}), aber {problem}:</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="508" />
            <source>There is no journal at {path}: nobody is enrolled on this PC.</source>
            <translation>Unter {path} gibt es kein Journal: niemand ist auf diesem PC registriert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="362" />
            <source>{n} file</source>
            <translation>{n} Datei</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="362" />
            <source>{n} files</source>
            <translation>{n} Dateien</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="467" />
            <source>The keyring did not take the new key ({error}); nothing was changed.</source>
            <translation>Der Passwortspeicher hat den neuen Schlüssel nicht angenommen ({error}); es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="476" />
            <source>New audit integrity key {key} in use; older entries still verify.</source>
            <translation>Neuer Prüfschlüssel {key} in Gebrauch; ältere Einträge lassen sich weiterhin prüfen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="150" />
            <source>{ops} written to {file}.</source>
            <translation>{ops} in {file} geschrieben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="175" />
            <source>The journal {path} is damaged ({problem}).</source>
            <translation>Das Journal {path} ist beschädigt ({problem}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="177" />
            <source>Export what can be read: storeapp outbox export FILE — then contact IT.</source>
            <translation>Exportieren Sie, was lesbar ist: storeapp outbox export DATEI — und wenden Sie sich dann an die IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="187" />
            <source>oldest op waiting for Odoo: {age}</source>
            <translation>älteste Op, die auf Odoo wartet: {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="202" />
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="297" />
            <source>machine file: {path} (found)</source>
            <translation>Maschinendatei: {path} (gefunden)</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="299" />
            <source>machine file: {path} (absent)</source>
            <translation>Maschinendatei: {path} (fehlt)</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="351" />
            <location filename="../../storeapp/cli.py" line="146" />
            <source>The folder {folder} does not exist.</source>
            <translation>Der Ordner {folder} existiert nicht.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="521" />
            <source>Nobody can sign in on this PC yet: IT enrolls the first manager in the app.</source>
            <translation>Noch kann sich niemand an diesem PC anmelden: die IT registriert den ersten Manager in der App.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="154" />
            <source>Ops {low} to {high} could not be read: the journal is damaged there.</source>
            <translation>Die Ops {low} bis {high} konnten nicht gelesen werden: Das Journal ist dort beschädigt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="164" />
            <source>The journal could not be read completely: {problem}</source>
            <translation>Das Journal konnte nicht vollständig gelesen werden: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="206" />
            <source>- {kind} on {aggregate}: {error} (attempt {attempt}, next {due})</source>
            <translation>- {kind} zu {aggregate}: {error} (Versuch {attempt}, nächster {due})</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="293" />
            <location filename="../../storeapp/cli.py" line="568" />
            <location filename="../../storeapp/offline/policy_cli.py" line="174" />
            <source>The configuration is invalid:
{problem}</source>
            <translation>Die Konfiguration ist ungültig:
{problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="190" />
            <source>Parked (a manager must retry or cancel these):</source>
            <translation>Geparkt (ein Manager muss sie erneut senden oder stornieren):</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="193" />
            <source>what happened: {text}</source>
            <translation>was passiert ist: {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="194" />
            <source>what to do:    {text}</source>
            <translation>was zu tun ist: {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="197" />
            <source>Waiting to retry:</source>
            <translation>Warten auf einen neuen Versuch:</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="220" />
            <source>... and {n} more {state} ops (--limit).</source>
            <translation>... und {n} weitere Op(s) {state} (--limit).</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="36" />
            <source>got {value}</source>
            <translation>erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="102" />
            <source>expected one of {choices}, {got}</source>
            <translation>erwartet: eines von {choices}, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="42" />
            <source>expected text in quotes, {got}</source>
            <translation>Text in Anführungszeichen erwartet, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="54" />
            <location filename="../../storeapp/config/kinds.py" line="69" />
            <source>expected an integer, {got}</source>
            <translation>ganze Zahl erwartet, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="57" />
            <source>must be at least {minimum}, got {value}</source>
            <translation>muss mindestens {minimum} sein, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="61" />
            <source>must be at most {maximum}, got {value}</source>
            <translation>darf höchstens {maximum} sein, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="80" />
            <location filename="../../storeapp/config/kinds.py" line="87" />
            <source>expected true or false, {got}</source>
            <translation>true oder false erwartet, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="117" />
            <source>expected a list of texts like ["a", "b"], {got}</source>
            <translation>Liste von Texten erwartet, etwa ["a", "b"], {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="132" />
            <source>expected a file path in quotes, {got}</source>
            <translation>Dateipfad in Anführungszeichen erwartet, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="137" />
            <source>no such file: {path}</source>
            <translation>Datei nicht gefunden: {path}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="149" />
            <source>expected a time zone name like "Europe/Paris", {got}</source>
            <translation>Name einer Zeitzone erwartet, etwa "Europe/Paris", {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="157" />
            <source>unknown time zone {name} (use a name like "Europe/Paris")</source>
            <translation>unbekannte Zeitzone {name} (verwenden Sie einen Namen wie "Europe/Paris")</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="43" />
            <source>not saved as UTF-8 text; save it again as UTF-8 (in Notepad: Save As, Encoding UTF-8; in PowerShell: -Encoding utf8)</source>
            <translation>nicht als UTF-8-Text gespeichert; speichern Sie sie erneut als UTF-8 (im Editor: Speichern unter, Codierung UTF-8; in PowerShell: -Encoding utf8)</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="27" />
            <source>environment variable {name}</source>
            <translation>Umgebungsvariable {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="40" />
            <source>unknown option</source>
            <translation>unbekannte Option</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="32" />
            <source>secrets do not belong in the configuration file; remove it and enter the credential in storeapp's setup dialog (it is kept in the OS keyring)</source>
            <translation>Geheimnisse gehören nicht in die Konfigurationsdatei; entfernen Sie den Eintrag und geben Sie die Zugangsdaten in der Einrichtung von storeapp ein (sie liegen im Passwortspeicher des Systems)</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="39" />
            <source>unknown option (did you mean {key}?)</source>
            <translation>unbekannte Option (meinten Sie {key}?)</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="112" />
            <source>{url} is http://, so the device key would travel unencrypted; use the https:// address, or for a test server on a local network set odoo.allow_http = true</source>
            <translation>{url} ist http://, der Geräteschlüssel würde also unverschlüsselt übertragen; verwenden Sie die https://-Adresse, oder setzen Sie für einen Testserver im lokalen Netz odoo.allow_http = true</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="55" />
            <location filename="../../storeapp/core/policy/document.py" line="139" />
            <source>not valid TOML: {error}</source>
            <translation>kein gültiges TOML: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="63" />
            <source>cannot be read: {why}</source>
            <translation>kann nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="72" />
            <source>unknown section (known: {known})</source>
            <translation>unbekannter Abschnitt (bekannt: {known})</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="77" />
            <source>expected a [section] table</source>
            <translation>eine [Abschnitt]-Tabelle erwartet</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="143" />
            <source>no such file; fix the variable or create the file</source>
            <translation>Datei nicht gefunden; korrigieren Sie die Variable oder legen Sie die Datei an</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/problems.py" line="37" />
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/problems.py" line="23" />
            <source>{where}: [{section}] {key}: {problem}</source>
            <translation>{where}: [{section}] {key}: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/problems.py" line="31" />
            <source>{where}: [{section}]: {problem}</source>
            <translation>{where}: [{section}]: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/cc_carriers.py" line="85" />
            <source>delivery type {type}</source>
            <translation>Lieferart {type}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/cc_carriers.py" line="89" />
            <source>name has '{word}'</source>
            <translation>Name enthält „{word}“</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/cc_carriers.py" line="102" />
            <source>named in store.click_collect_carriers</source>
            <translation>in store.click_collect_carriers genannt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Mon</source>
            <translation>Mo</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Tue</source>
            <translation>Di</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Thu</source>
            <translation>Do</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Sat</source>
            <translation>Sa</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Sun</source>
            <translation>So</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="290" />
            <source>The customer's name matches the order</source>
            <translation>Der Name des Kunden passt zur Bestellung</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="290" />
            <source>The order number or pickup code matches</source>
            <translation>Die Bestellnummer oder der Abholcode passt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="290" />
            <source>The customer showed a photo ID</source>
            <translation>Der Kunde hat einen Lichtbildausweis gezeigt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="290" />
            <source>The customer gave the pickup code from their e-mail</source>
            <translation>Der Kunde hat den Abholcode aus der E-Mail genannt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="143" />
            <source>{weekday} {date}</source>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="341" />
            <source>{items} on {lines}</source>
            <translation>{items} auf {lines}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="346" />
            <source>Ready {when} · picked by {who}</source>
            <translation>Bereit am {when} · kommissioniert von {who}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="171" />
            <location filename="../../storeapp/sync/handlers/base.py" line="130" />
            <location filename="../../storeapp/sync/handlers/counts.py" line="76" />
            <location filename="../../storeapp/sync/handlers/counts.py" line="97" />
            <source>an unknown time</source>
            <translation>unbekannter Zeit</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="353" />
            <source>Promised {when}</source>
            <translation>Zugesagt für {when}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="355" />
            <source>Missing: {items}</source>
            <translation>Fehlt: {items}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="175" />
            <location filename="../../storeapp/sync/handlers/picking.py" line="55" />
            <source>Order {order} was cancelled in Odoo at {time}.</source>
            <translation>Bestellung {order} wurde in Odoo um {time} storniert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="178" />
            <source>Put the items back on the shelf, then mark the order as put back.</source>
            <translation>Legen Sie die Artikel ins Regal zurück und markieren Sie die Bestellung dann als zurückgelegt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="204" />
            <source>Ready with missing items: {items}.</source>
            <translation>Bereit mit fehlenden Artikeln: {items}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="205" />
            <source>Tell the customer what is missing before handing over.</source>
            <translation>Sagen Sie dem Kunden vor der Übergabe, was fehlt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="343" />
            <location filename="../../storeapp/offline/click_collect_cli.py" line="80" />
            <source>{n} item</source>
            <translation>{n} Artikel</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="343" />
            <location filename="../../storeapp/offline/click_collect_cli.py" line="80" />
            <source>{n} items</source>
            <translation>{n} Artikel</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="344" />
            <source>{n} line</source>
            <translation>{n} Zeile</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="344" />
            <source>{n} lines</source>
            <translation>{n} Zeilen</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="196" />
            <source>Not collected after {days}.</source>
            <translation>Nach {days} nicht abgeholt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="197" />
            <source>Call the customer, or return the items to stock.</source>
            <translation>Rufen Sie den Kunden an oder buchen Sie die Artikel zurück in den Bestand.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="34" />
            <source>the product is archived in Odoo</source>
            <translation>das Produkt ist in Odoo archiviert</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="207" />
            <source>{seen}: {outcome}</source>
            <translation>{seen}: {outcome}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="226" />
            <source>adjusting {change} from {current} to {target}</source>
            <translation>Korrektur {change} von {current} auf {target}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="190" />
            <source>counted {counted} at {time}, system showed {snapshot}</source>
            <translation>{counted} gezählt um {time}, System zeigte {snapshot}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="197" />
            <source>counted {counted}, system showed {snapshot}</source>
            <translation>{counted} gezählt, System zeigte {snapshot}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="204" />
            <source>{seen}, {n} sold since</source>
            <translation>{seen}, {n} seitdem verkauft</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="214" />
            <source>no adjustment, stays at {qty}</source>
            <translation>keine Korrektur, bleibt bei {qty}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="218" />
            <source>adjusting {change} from {current} to {target} (the count's {difference} would have gone below 0, so the quantity is set to 0)</source>
            <translation>Korrektur {change} von {current} auf {target} (die gezählte Differenz von {difference} ginge unter 0, daher wird die Menge auf 0 gesetzt)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="206" />
            <source>{seen}, {n} received since</source>
            <translation>{seen}, {n} seitdem eingegangen</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="89" />
            <source>difference {qty} is above {limit} units</source>
            <translation>Differenz von {qty} liegt über {limit} Stück</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="97" />
            <source>the system expected none here</source>
            <translation>das System erwartete hier keine</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="111" />
            <source>difference worth {value} is above {limit}</source>
            <translation>Differenz im Wert von {value} liegt über {limit}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="101" />
            <source>difference {percent}% is above {limit}%</source>
            <translation>Differenz von {percent} % liegt über {limit} %</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="49" />
            <source>cost unknown (not read from Odoo yet): approval needed</source>
            <translation>Kosten unbekannt (noch nicht aus Odoo gelesen): Freigabe nötig</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="281" />
            <source>{name} was counting this line: your count starts over as a recount of your own ({qty} so far). Count the whole line.</source>
            <translation>{name} hat diese Zeile gezählt: Ihre Zählung beginnt neu als eigene Nachzählung (bisher {qty}). Die ganze Zeile zählen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="440" />
            <source>{names} already counted this line; a recount by someone else catches more mistakes.</source>
            <translation>{names} hat diese Zeile schon gezählt; eine Nachzählung durch jemand anderen findet mehr Fehler.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="161" />
            <source>The count of {location} was already submitted.</source>
            <translation>Die Inventur von {location} wurde bereits abgeschickt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="162" />
            <source>Start a new count of this location to count it again.</source>
            <translation>Eine neue Inventur dieses Lagerplatzes starten, um ihn erneut zu zählen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="187" />
            <source>{product} is tracked by lot: each lot is counted separately.</source>
            <translation>{product} wird nach Charge verfolgt: jede Charge wird einzeln gezählt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="191" />
            <source>Scan the lot on the item (or its GS1 label), or type it.</source>
            <translation>Die Charge am Artikel (oder sein GS1-Etikett) scannen oder tippen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="237" />
            <source>A counted quantity cannot be below 0.</source>
            <translation>Eine gezählte Menge kann nicht unter 0 liegen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="238" />
            <location filename="../../storeapp/core/quantities.py" line="224" />
            <source>Type 0 or more.</source>
            <translation>0 oder mehr tippen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="250" />
            <source>Serial {serial} is already counted.</source>
            <translation>Seriennummer {serial} ist bereits gezählt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="251" />
            <location filename="../../storeapp/core/picking.py" line="276" />
            <source>Scan the serial number of another unit.</source>
            <translation>Die Seriennummer einer anderen Einheit scannen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="258" />
            <source>Serial {serial} is a single unit: it is counted as 1 (or 0 if missing).</source>
            <translation>Seriennummer {serial} ist eine einzelne Einheit: sie zählt als 1 (oder 0, wenn sie fehlt).</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="262" />
            <source>Type 1 or 0.</source>
            <translation>1 oder 0 tippen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="404" />
            <source>{line}: recount needed ({why})</source>
            <translation>{line}: Nachzählung nötig ({why})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="430" />
            <source>That line is not in this count.</source>
            <translation>Diese Zeile gehört nicht zu dieser Inventur.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="431" />
            <location filename="../../storeapp/core/picking.py" line="504" />
            <source>Reload it.</source>
            <translation>Neu laden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="468" />
            <source>Some lines must be counted again before the count can be submitted: {lines}</source>
            <translation>Einige Zeilen müssen nachgezählt werden, bevor die Inventur abgeschickt werden kann: {lines}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="472" />
            <source>Recount those lines, ideally by another associate.</source>
            <translation>Diese Zeilen nachzählen, am besten durch einen anderen Mitarbeiter.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="477" />
            <source>Nothing was counted at {location}.</source>
            <translation>In {location} wurde nichts gezählt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="478" />
            <source>Scan the products on the shelf, or type 0 for an empty one.</source>
            <translation>Die Produkte im Regal scannen oder 0 für ein leeres tippen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="178" />
            <source>{product} is tracked by serial number: each serial number is counted separately.</source>
            <translation>{product} wird nach Seriennummer verfolgt: jede Seriennummer wird einzeln gezählt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="183" />
            <source>Scan the serial number on the item (or its GS1 label), or type it.</source>
            <translation>Die Seriennummer am Artikel (oder sein GS1-Etikett) scannen oder tippen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="408" />
            <source>{line}: still off after recount ({why})</source>
            <translation>{line}: nach Nachzählung weiter abweichend ({why})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="414" />
            <source>{line}: within tolerance</source>
            <translation>{line}: innerhalb der Toleranz</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="490" />
            <source>lot {lot} is new to Odoo and will be created</source>
            <translation>Charge {lot} ist neu für Odoo und wird angelegt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="502" />
            <source>no auto-approve limit applies</source>
            <translation>keine Grenze für automatische Freigabe gilt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="506" />
            <source>difference {qty} is above the auto-approve limit of {limit}</source>
            <translation>Differenz von {qty} liegt über der Grenze für automatische Freigabe von {limit}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="514" />
            <source>value {value} is above the auto-approve limit of {limit}</source>
            <translation>Wert von {value} liegt über der Grenze für automatische Freigabe von {limit}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/identity.py" line="72" />
            <source>A PIN is made of digits only.</source>
            <translation>Eine PIN besteht nur aus Ziffern.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/identity.py" line="78" />
            <source>A PIN has {low} to {high} digits.</source>
            <translation>Eine PIN hat {low} bis {high} Ziffern.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/identity.py" line="80" />
            <source>A PIN of one repeated digit is too easy to guess.</source>
            <translation>Eine PIN aus einer wiederholten Ziffer ist zu leicht zu erraten.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/identity.py" line="75" />
            <source>A manager's PIN has {low} to {high} digits.</source>
            <translation>Die PIN eines Managers hat {low} bis {high} Ziffern.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="41" />
            <source>Not found on the shelf</source>
            <translation>Nicht im Regal gefunden</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="42" />
            <location filename="../../storeapp/core/policy/model.py" line="23" />
            <source>Damaged</source>
            <translation>Beschädigt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="43" />
            <source>Not enough in stock</source>
            <translation>Nicht genug auf Lager</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="44" />
            <source>Expired or past sell-by date</source>
            <translation>Abgelaufen oder über dem Verkaufsdatum</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="45" />
            <source>Wrong item on the shelf</source>
            <translation>Falscher Artikel im Regal</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="46" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="91" />
            <source>Serial {lot} of {product} is not in stock at {where} (as of the last update from Odoo).</source>
            <translation>Seriennummer {lot} von {product} ist in {where} nicht auf Lager (Stand der letzten Aktualisierung aus Odoo).</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="96" />
            <source>Check the serial on the item and pick a unit from this store's shelves; if this one really is here, ask a manager to correct the stock in Odoo.</source>
            <translation>Seriennummer am Artikel prüfen und eine Einheit aus den Regalen dieser Filiale nehmen; ist diese wirklich hier, einen Manager bitten, den Bestand in Odoo zu korrigieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="101" />
            <source>Lot {lot} of {product} is not in stock at {where} (as of the last update from Odoo).</source>
            <translation>Charge {lot} von {product} ist in {where} nicht auf Lager (Stand der letzten Aktualisierung aus Odoo).</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="105" />
            <source>Check the lot on the item and pick a unit from this store's shelves; if this one really is here, ask a manager to correct the stock in Odoo.</source>
            <translation>Charge am Artikel prüfen und eine Einheit aus den Regalen dieser Filiale nehmen; ist diese wirklich hier, einen Manager bitten, den Bestand in Odoo zu korrigieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="534" />
            <source>{product}: {missing} short ({reason}); the rest will be kept on a backorder.</source>
            <translation>{product}: {missing} Fehlmenge ({reason}); der Rest bleibt als Rückstand offen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="534" />
            <source>{product}: {missing} short ({reason}); the rest will be cancelled.</source>
            <translation>{product}: {missing} Fehlmenge ({reason}); der Rest wird storniert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="161" />
            <source>{qty} × {product} ({reason})</source>
            <translation>{qty} × {product} ({reason})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="183" />
            <source>{name} has been picking this order for {age} (last scan {idle} ago). Nothing has happened for a while: you can take it over.</source>
            <translation>{name} kommissioniert diese Bestellung seit {age} (letzter Scan vor {idle}). Seit einer Weile ist nichts passiert: Sie können sie übernehmen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="189" />
            <source>{name} has been picking this order for {age} (last scan {idle} ago). Check with {name} before you take it over.</source>
            <translation>{name} kommissioniert diese Bestellung seit {age} (letzter Scan vor {idle}). Vor der Übernahme mit {name} sprechen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="219" />
            <source>{order} is already marked ready.</source>
            <translation>{order} ist bereits als fertig markiert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="220" />
            <source>Reopen the order to change what was picked.</source>
            <translation>Die Bestellung wieder öffnen, um das Kommissionierte zu ändern.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="251" />
            <source>{product} is tracked by lot: the lot is needed.</source>
            <translation>{product} wird nach Charge verfolgt: die Charge ist nötig.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="252" />
            <source>Scan the lot barcode on the item (or its GS1 label), or type the lot.</source>
            <translation>Den Chargen-Barcode am Artikel (oder sein GS1-Etikett) scannen oder die Charge tippen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="258" />
            <source>Serial number {lot} of {product} is not in this store's data.</source>
            <translation>Seriennummer {lot} von {product} ist nicht in den Daten dieser Filiale.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="261" />
            <source>Check the serial number on the item; if it is right, wait for the next update from Odoo or ask a manager.</source>
            <translation>Seriennummer am Artikel prüfen; stimmt sie, auf die nächste Aktualisierung aus Odoo warten oder einen Manager fragen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="266" />
            <source>Lot {lot} of {product} is not in this store's data.</source>
            <translation>Charge {lot} von {product} ist nicht in den Daten dieser Filiale.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="267" />
            <source>Check the lot on the item; if it is right, wait for the next update from Odoo or ask a manager.</source>
            <translation>Charge am Artikel prüfen; stimmt sie, auf die nächste Aktualisierung aus Odoo warten oder einen Manager fragen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="275" />
            <source>Serial {lot} already picked on this order.</source>
            <translation>Seriennummer {lot} ist in dieser Bestellung bereits kommissioniert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="332" />
            <source>{product} is not on this order.</source>
            <translation>{product} gehört nicht zu dieser Bestellung.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="333" />
            <source>Put it back and check the product name and bin on the list.</source>
            <translation>Legen Sie es zurück und prüfen Sie Produktname und Lagerplatz auf der Liste.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="345" />
            <source>{product}: {problem}</source>
            <translation>{product}: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="346" />
            <source>Scan the item's own barcode, or type the quantity.</source>
            <translation>Den eigenen Barcode des Artikels scannen oder die Menge tippen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="352" />
            <source>{product} is tracked by serial number: one scan is one unit, but this barcode counts {qty}.</source>
            <translation>{product} wird nach Seriennummer verfolgt: ein Scan ist eine Einheit, aber dieser Barcode zählt {qty}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="358" />
            <source>Scan the serial number of each unit.</source>
            <translation>Die Seriennummer jeder Einheit scannen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="368" />
            <source>{product}: already {picked} of {demand} picked.</source>
            <translation>{product}: bereits {picked} von {demand} kommissioniert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="394" />
            <source>Put the extra back. If a pack was scanned, scan the single items instead.</source>
            <translation>Das Zuviel zurücklegen. Wurde eine Packung gescannt, stattdessen die einzelnen Artikel scannen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="460" />
            <source>{product}: the order asks for {demand}, {total} would be too many.</source>
            <translation>{product}: die Bestellung verlangt {demand}, {total} wären zu viele.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="466" />
            <source>Enter at most {qty}.</source>
            <translation>Höchstens {qty} eingeben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="503" />
            <source>That line is not on this order.</source>
            <translation>Diese Zeile gehört nicht zu dieser Bestellung.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="510" />
            <source>“{code}” is not one of the store's short-pick reasons.</source>
            <translation>„{code}“ ist keiner der Fehlmengen-Gründe dieser Filiale.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="511" />
            <source>Choose one of: {reasons}.</source>
            <translation>Einen davon wählen: {reasons}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="520" />
            <source>The reason “{reason}” needs a short note.</source>
            <translation>Der Grund „{reason}“ braucht eine kurze Notiz.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="521" />
            <source>Say in a few words why the item cannot be picked.</source>
            <translation>In wenigen Worten sagen, warum der Artikel nicht kommissioniert werden kann.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="527" />
            <source>{product} is fully picked; nothing is missing.</source>
            <translation>{product} ist vollständig kommissioniert; nichts fehlt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="528" />
            <source>Undo a scan first if too many were picked.</source>
            <translation>Zuerst einen Scan rückgängig machen, wenn zu viel kommissioniert wurde.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="569" />
            <source>There is nothing to undo.</source>
            <translation>Es gibt nichts rückgängig zu machen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="570" />
            <source>Carry on picking.</source>
            <translation>Weiter kommissionieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="239" />
            <source>{product} is tracked by serial number: the serial number is needed.</source>
            <translation>{product} wird nach Seriennummer verfolgt: die Seriennummer ist nötig.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="243" />
            <source>Scan the serial number barcode on the item (or its GS1 label), or type the serial number.</source>
            <translation>Den Seriennummer-Barcode am Artikel (oder sein GS1-Etikett) scannen oder die Seriennummer tippen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="323" />
            <source>{product} is not on this order: it belongs to {order}.</source>
            <translation>{product} gehört nicht zu dieser Bestellung, sondern zu {order}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="328" />
            <source>Put it aside for {order}, or back on the shelf.</source>
            <translation>Legen Sie es für {order} beiseite oder zurück ins Regal.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="381" />
            <source>{product}: this scan counts {qty} but only {more} more is needed.</source>
            <translation>{product}: dieser Scan zählt {qty}, aber nur {more} wird noch gebraucht.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="386" />
            <source>{product}: this scan counts {qty} but only {more} more are needed.</source>
            <translation>{product}: dieser Scan zählt {qty}, aber nur {more} werden noch gebraucht.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="442" />
            <source>A serial number is a single unit of {product}.</source>
            <translation>Eine Seriennummer ist eine einzelne Einheit von {product}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="445" />
            <source>Enter each serial number with quantity 1.</source>
            <translation>Jede Seriennummer mit Menge 1 eingeben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="433" />
            <source>A lot is needed.</source>
            <translation>Eine Charge ist nötig.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="434" />
            <source>Type the lot.</source>
            <translation>Die Charge tippen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pin_keys.py" line="31" />
            <source>A PIN is digits only. Type it with the number keys or the keypad on screen.</source>
            <translation>Eine PIN besteht nur aus Ziffern. Tippen Sie sie mit den Zifferntasten oder dem Tastenfeld auf dem Bildschirm.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="33" />
            <source>Returns policy {version} (schema {schema}), days counted in {timezone}.</source>
            <translation>Rückgaberichtlinie {version} (Schema {schema}), Tage gezählt in der Zeitzone {timezone}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="87" />
            <source>serial/lot not sold: {mismatch}; not verifiable: {unknown}</source>
            <translation>Seriennummer/Charge nicht verkauft: {mismatch}; nicht prüfbar: {unknown}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="20" />
            <source>channel {channel}</source>
            <translation>Kanal {channel}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="43" />
            <source>all sales</source>
            <translation>alle Verkäufe</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="67" />
            <source>final sale: {categories}: {level}</source>
            <translation>Endverkauf: {categories}: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="76" />
            <source>no receipt: {level}; above {amount}: {above_level}</source>
            <translation>ohne Kassenbon: {level}; über {amount}: {above_level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="84" />
            <location filename="../../storeapp/core/policy/describe.py" line="137" />
            <source>no receipt: {level}</source>
            <translation>ohne Kassenbon: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="94" />
            <source>line value</source>
            <translation>Wert einer Zeile</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="94" />
            <source>total value</source>
            <translation>Gesamtwert</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="96" />
            <source>{scope} above {amount}: {level}</source>
            <translation>{scope} über {amount}: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="106" />
            <source>{returns} or more returns in {days} days: {level}</source>
            <translation>{returns} oder mehr Rückgaben in {days} Tagen: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="115" />
            <source>condition {condition} ({where}): to {destination}, {level}</source>
            <translation>Zustand {condition} ({where}): nach {destination}, {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="125" />
            <source>offline: {rules}</source>
            <translation>offline: {rules}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="128" />
            <source>reasons: {reasons}</source>
            <translation>Gründe: {reasons}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="140" />
            <source>line above {amount}: {level}</source>
            <translation>Zeile über {amount}: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="148" />
            <source>total above {amount}: {level}</source>
            <translation>Summe über {amount}: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="156" />
            <source>returns elsewhere unknown: {level}</source>
            <translation>Rückgaben anderswo unbekannt: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="46" />
            <source>window: {where}: {days} days, then {grace} more at {grace_level}, then {level}</source>
            <translation>Frist: {where}: {days} Tage, dann {grace} weitere mit {grace_level}, dann {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="58" />
            <source>window: {where}: {days} days, then {level}</source>
            <translation>Frist: {where}: {days} Tage, dann {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="118" />
            <source>all products</source>
            <translation>alle Produkte</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="164" />
            <source>{error}. The new document was refused and {kept}. Fix the file and load it again.</source>
            <translation>{error}. Das neue Dokument wurde abgelehnt und {kept}. Korrigieren Sie die Datei und laden Sie sie erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="99" />
            <location filename="../../storeapp/core/policy/reader.py" line="109" />
            <location filename="../../storeapp/core/policy/reader.py" line="69" />
            <location filename="../../storeapp/core/policy/reader.py" line="132" />
            <source>is missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="156" />
            <source>Returns policy {version} is now in force.</source>
            <translation>Rückgaberichtlinie {version} ist jetzt in Kraft.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="160" />
            <source>policy {version} stays in force</source>
            <translation>Richtlinie {version} bleibt in Kraft</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="162" />
            <source>no returns policy is in force, so returns cannot be checked</source>
            <translation>keine Rückgaberichtlinie ist in Kraft, daher können Rückgaben nicht geprüft werden</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="84" />
            <source>this app reads schema version {version}, the document says {value}</source>
            <translation>diese App liest Schemaversion {version}, das Dokument nennt {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="87" />
            <location filename="../../storeapp/sync/cli.py" line="249" />
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="43" />
            <source>stock</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="43" />
            <source>quarantine</source>
            <translation>Quarantäne</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="43" />
            <source>scrap</source>
            <translation>Ausschuss</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="104" />
            <source>window is {days}</source>
            <translation>Frist: {days}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="140" />
            <source>sold {sold}</source>
            <translation>verkauft: {sold}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="192" />
            <source>serial</source>
            <translation>Seriennummer</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="192" />
            <source>lot</source>
            <translation>Charge</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="100" />
            <source>bought today</source>
            <translation>heute gekauft</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="102" />
            <source>bought {days} ago</source>
            <translation>Kauf ist {days} her</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="142" />
            <source>sold {sold}, handed over {delivered}</source>
            <translation>verkauft: {sold}, übergeben: {delivered}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="148" />
            <source>{detail}, already returned {returned}</source>
            <translation>{detail}, bereits zurückgegeben: {returned}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="308" />
            <source>{condition}: goes to {destination}</source>
            <translation>{condition}: Ziel {destination}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="379" />
            <source>no receipt: the purchase date, price and quantity cannot be checked</source>
            <translation>kein Kassenbon: Kaufdatum, Preis und Menge können nicht geprüft werden</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="522" />
            <source>nothing to return: add at least one line</source>
            <translation>nichts zurückzugeben: Fügen Sie mindestens eine Zeile hinzu</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="109" />
            <location filename="../../storeapp/core/policy/engine.py" line="130" />
            <source>{bought}; {window}</source>
            <translation>{bought}; {window}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="157" />
            <source> (all lines together)</source>
            <translation> (alle Zeilen zusammen)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="162" />
            <source>returning {asked}{together} but only {returnable} can still be returned on {order_name} ({detail})</source>
            <translation>{asked}{together} zurück, aber auf {order_name} können nur noch {returnable} zurückgegeben werden ({detail})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="177" />
            <source>{returnable} can still be returned ({detail})</source>
            <translation>{returnable} können noch zurückgegeben werden ({detail})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="230" />
            <source>the {word}s sold on {order_name} are not known here, so {join} cannot be checked</source>
            <translation>die auf {order_name} verkauften {word}n sind hier nicht bekannt, daher kann {join} nicht geprüft werden</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="245" />
            <source>{word} {join} was not sold on {order_name}</source>
            <translation>{word} {join} wurde nicht auf {order_name} verkauft</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="258" />
            <source>{word} {join} matches the sale</source>
            <translation>{word} {join} passt zum Verkauf</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="280" />
            <source>reason {reason_code} is not one of the policy's reasons ({join})</source>
            <translation>Grund {reason_code} ist keiner der Gründe der Richtlinie ({join})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="296" />
            <source>condition {condition} is not in the policy (known: {known})</source>
            <translation>Zustand {condition} steht nicht in der Richtlinie (bekannt: {known})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="337" />
            <source>offline: line value {value} is above the offline limit of {line_value_above}</source>
            <translation>offline: Zeilenwert {value} liegt über der Offline-Grenze von {line_value_above}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="366" />
            <source>offline: return total {total} is above the offline limit of {total_value_above}</source>
            <translation>offline: Rückgabesumme {total} liegt über der Offline-Grenze von {total_value_above}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="386" />
            <source>no receipt: total {total} is above the no-receipt limit of {no_receipt_max_value}</source>
            <translation>kein Kassenbon: Summe {total} liegt über der Grenze ohne Kassenbon von {no_receipt_max_value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="398" />
            <source>offline: returns without a receipt are restricted until the connection is back</source>
            <translation>offline: Rückgaben ohne Kassenbon sind eingeschränkt, bis die Verbindung zurück ist</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="414" />
            <source>this customer made {count} in the last {days} (limit {returns})</source>
            <translation>dieser Kunde hatte {count} (Zeitraum {days}, Grenze {returns})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="426" />
            <source>{count} by this customer in the last {days}</source>
            <translation>{count} dieses Kunden (Zeitraum {days})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="440" />
            <source>offline: returns of this sale made at other stores since the last update are not known here</source>
            <translation>offline: Rückgaben dieses Verkaufs in anderen Filialen seit der letzten Aktualisierung sind hier nicht bekannt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="477" />
            <source>the quantity must be more than 0</source>
            <translation>die Menge muss größer als 0 sein</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="117" />
            <source>{bought}; {window}, plus {grace_days} of grace</source>
            <translation>{bought}; {window}, plus {grace_days} Kulanz</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="199" />
            <source>the same serial was scanned twice</source>
            <translation>dieselbe Seriennummer wurde zweimal gescannt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="208" />
            <source>{quantity} serial-tracked items need {quantity} serial numbers, {scanned} scanned</source>
            <translation>{quantity} Artikel mit Seriennummer brauchen {quantity} Seriennummern, {scanned} gescannt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="221" />
            <source>the lot was not scanned</source>
            <translation>die Charge wurde nicht gescannt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="269" />
            <source>{category} is a final-sale category</source>
            <translation>{category} ist eine Kategorie ohne Rücknahme</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="324" />
            <source>line value {value} is above {above}</source>
            <translation>Zeilenwert {value} liegt über {above}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="354" />
            <source>return total {total} is above {above}</source>
            <translation>Rückgabesumme {total} liegt über {above}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="416" />
            <location filename="../../storeapp/offline/policy_cli.py" line="220" />
            <location filename="../../storeapp/offline/policy_cli.py" line="221" />
            <source>{n} return</source>
            <translation>{n} Rückgabe</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="416" />
            <location filename="../../storeapp/offline/policy_cli.py" line="220" />
            <location filename="../../storeapp/offline/policy_cli.py" line="221" />
            <source>{n} returns</source>
            <translation>{n} Rückgaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="428" />
            <source>{n} earlier return</source>
            <translation>{n} frühere Rückgabe</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="428" />
            <source>{n} earlier returns</source>
            <translation>{n} frühere Rückgaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="484" />
            <source>this item is not on {order_name}</source>
            <translation>dieser Artikel steht nicht auf {order_name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="492" />
            <source>the scanned product is not the one sold on that line of {order_name}</source>
            <translation>das gescannte Produkt ist nicht das, das in dieser Zeile von {order_name} verkauft wurde</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/model.py" line="23" />
            <source>Resellable</source>
            <translation>Wiederverkäuflich</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/model.py" line="23" />
            <source>Opened</source>
            <translation>Geöffnet</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/model.py" line="23" />
            <source>Defective</source>
            <translation>Defekt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/names.py" line="39" />
            <source>category "{name}" ({where}) is not in Odoo; closest in Odoo: {closest}</source>
            <translation>Kategorie "{name}" ({where}) ist nicht in Odoo; am ähnlichsten in Odoo: {closest}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/names.py" line="39" />
            <source>location "{name}" ({where}) is not in Odoo; closest in Odoo: {closest}</source>
            <translation>Lagerort "{name}" ({where}) ist nicht in Odoo; am ähnlichsten in Odoo: {closest}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/names.py" line="45" />
            <source>category "{name}" ({where}) is not in Odoo; Odoo has no category with a similar name</source>
            <translation>Kategorie "{name}" ({where}) ist nicht in Odoo; Odoo hat keine Kategorie mit ähnlichem Namen</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/names.py" line="45" />
            <source>location "{name}" ({where}) is not in Odoo; Odoo has no location with a similar name</source>
            <translation>Lagerort "{name}" ({where}) ist nicht in Odoo; Odoo hat keinen Lagerort mit ähnlichem Namen</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="45" />
            <source>at least one [[rules.window]] is needed (use channel = "*")</source>
            <translation>mindestens ein [[rules.window]] ist nötig (verwenden Sie channel = "*")</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="79" />
            <source>a [[rules.condition]] for "resellable" is needed</source>
            <translation>eine [[rules.condition]] für "resellable" ist nötig</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="91" />
            <source>at least a [[rules.condition]] for "resellable" is needed</source>
            <translation>mindestens eine [[rules.condition]] für "resellable" ist nötig</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="192" />
            <source>expected a version label such as "2026.11", got {value}</source>
            <translation>eine Versionsangabe wie "2026.11" erwartet, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="49" />
            <source>one [[rules.window]] must apply to every sale (channel = "*", categories = ["*"]) so no return goes unchecked</source>
            <translation>ein [[rules.window]] muss für jeden Verkauf gelten (channel = "*", categories = ["*"]), damit keine Rückgabe ungeprüft bleibt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="84" />
            <source>condition "{name}" needs one rule with categories = ["*"] so every product has a destination</source>
            <translation>Zustand "{name}" braucht eine Regel mit categories = ["*"], damit jedes Produkt ein Ziel hat</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="148" />
            <source>expected "line" or "total", got {value}</source>
            <translation>"line" oder "total" erwartet, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="209" />
            <source>{timezone} is not a known time zone (e.g. Europe/Brussels)</source>
            <translation>{timezone} ist keine bekannte Zeitzone (z. B. Europe/Brussels)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="73" />
            <source>expected stock, quarantine or scrap, got {value}</source>
            <translation>stock, quarantine oder scrap erwartet, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/problems.py" line="54" />
            <source>invalid returns policy: {problems}{more}</source>
            <translation>ungültige Rückgaberichtlinie: {problems}{more}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/problems.py" line="25" />
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="184" />
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/problems.py" line="46" />
            <source> (and {n} more)</source>
            <translation> (und {n} weitere)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/problems.py" line="48" />
            <source>the returns policy {source} is not valid: {problems}{more}</source>
            <translation>die Rückgaberichtlinie {source} ist nicht gültig: {problems}{more}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="26" />
            <source>expected an amount such as 150.00, got {value}</source>
            <translation>ein Betrag wie 150.00 erwartet, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="37" />
            <source>a table</source>
            <translation>eine Tabelle</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="39" />
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="72" />
            <location filename="../../storeapp/core/policy/reader.py" line="94" />
            <source>expected text, got {value}</source>
            <translation>Text erwartet, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="118" />
            <source>expected a whole number of 0 or more, got {value}</source>
            <translation>eine ganze Zahl ab 0 erwartet, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="122" />
            <source>expected a positive integer, got {value}</source>
            <translation>eine positive ganze Zahl erwartet, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="145" />
            <source>expected an amount of 0 or more, got {value}</source>
            <translation>ein Betrag ab 0 erwartet, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="183" />
            <source>expected a list of category paths, got {value}</source>
            <translation>eine Liste von Kategoriepfaden erwartet, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="193" />
            <source>expected a table, got {value}</source>
            <translation>eine Tabelle erwartet, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="206" />
            <source>expected [[{table}]] tables, got {value}</source>
            <translation>[[{table}]]-Tabellen erwartet, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="90" />
            <source>unknown language {code} (known: {known})</source>
            <translation>unbekannte Sprache {code} (bekannt: {known})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="101" />
            <source>expected text, or one text per language, got an empty table</source>
            <translation>Text oder ein Text pro Sprache erwartet, erhalten: eine leere Tabelle</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="154" />
            <source>is missing (one of allow, warn, needs_approval, deny)</source>
            <translation>fehlt (einer von allow, warn, needs_approval, deny)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="161" />
            <source>expected one of allow, warn, needs_approval, deny, got {value}</source>
            <translation>einer von allow, warn, needs_approval, deny erwartet, erhalten: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="172" />
            <source>is missing (a list of category paths)</source>
            <translation>fehlt (eine Liste von Kategoriepfaden)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="222" />
            <source>unknown key (known here: {known})</source>
            <translation>unbekannter Schlüssel (hier bekannt: {known})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="76" />
            <source>Policy {version} replayed on {cases}, compared with {baseline}.</source>
            <translation>Richtlinie {version} auf {cases} angewendet, verglichen mit {baseline}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="98" />
            <source>No return would get a different outcome.</source>
            <translation>Keine Rückgabe hätte ein anderes Ergebnis.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="168" />
            <source>policy {version}</source>
            <translation>Richtlinie {version}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="170" />
            <source>the recorded decisions</source>
            <translation>den damals getroffenen Entscheidungen</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="79" />
            <source>{n} past return</source>
            <translation>{n} frühere Rückgabe</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="79" />
            <source>{n} past returns</source>
            <translation>{n} frühere Rückgaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="102" />
            <source>{ref}: {before} -&gt; {after} (stricter)</source>
            <translation>{ref}: {before} -&gt; {after} (strenger)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="104" />
            <source>{ref}: {before} -&gt; {after} (looser)</source>
            <translation>{ref}: {before} -&gt; {after} (lockerer)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="253" />
            <source>This product is counted in {unit} to {decimals} at most.</source>
            <translation>Dieses Produkt wird in {unit} gezählt, mit höchstens {decimals}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="265" />
            <source>Round to {step} {unit}.</source>
            <translation>Auf {step} {unit} runden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="252" />
            <source>This product is counted in {unit}: whole numbers only.</source>
            <translation>Dieses Produkt wird in {unit} gezählt: nur ganze Zahlen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="264" />
            <source>Type a whole number.</source>
            <translation>Eine ganze Zahl tippen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="224" />
            <source>A quantity cannot be negative.</source>
            <translation>Eine Menge kann nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="228" />
            <source>“{text}” is not a quantity.</source>
            <translation>„{text}“ ist keine Menge.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="236" />
            <source>{text} {unit} cannot be right.</source>
            <translation>{text} {unit} kann nicht stimmen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="237" />
            <source>Check the number: a barcode may have gone into the quantity.</source>
            <translation>Zahl prüfen: vielleicht ist ein Barcode in die Menge geraten.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="245" />
            <source>{qty} {unit}: is that right?</source>
            <translation>{qty} {unit}: stimmt das?</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="256" />
            <source>{n} decimal</source>
            <translation>{n} Nachkommastelle</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="258" />
            <source>{n} decimals</source>
            <translation>{n} Nachkommastellen</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="229" />
            <source>Type a number such as 3 or 2.5.</source>
            <translation>Eine Zahl wie 3 oder 2,5 tippen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="231" />
            <source>Type a number such as 3.</source>
            <translation>Eine Zahl wie 3 tippen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="222" />
            <source>{line}: start with a name for the endpoint, e.g. 'n8n url=…'</source>
            <translation>{line}: beginnen Sie mit einem Namen für den Endpunkt, z. B. 'n8n url=…'</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="235" />
            <source>{name}: url= must be an http(s) address, got {url}</source>
            <translation>{name}: url= muss eine http(s)-Adresse sein, erhalten: {url}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="240" />
            <source>{name}: secret= must name where the secret is kept (env:VARIABLE or keyring:ENTRY); the secret itself never goes in the configuration file</source>
            <translation>{name}: secret= muss angeben, wo das Geheimnis liegt (env:VARIABLE oder keyring:ENTRY); das Geheimnis selbst gehört nie in die Konfigurationsdatei</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="271" />
            <source>endpoint name(s) used twice: {names}</source>
            <translation>Endpunktname(n) doppelt verwendet: {names}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="229" />
            <source>{name}: {word} is not url=…, secret=… or events=…</source>
            <translation>{name}: {word} ist nicht url=…, secret=… oder events=…</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="254" />
            <source>{name}: unknown event type(s) {unknown}; known: {known}</source>
            <translation>{name}: unbekannte(r) Ereignistyp(en) {unknown}; bekannt: {known}</translation>
        </message>
        <message>
            <location filename="../../storeapp/demo.py" line="31" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/demo.py" line="31" />
            <source>Associate</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="225" />
            <source>a secret this program handled</source>
            <translation>ein Geheimnis, das dieses Programm verarbeitet hat</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="244" />
            <location filename="../../storeapp/diagnostics/bundle.py" line="245" />
            <source>a PIN verifier</source>
            <translation>einen PIN-Prüfwert</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="252" />
            <source>the device API key</source>
            <translation>den API-Schlüssel des Geräts</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="257" />
            <source>the journal key</source>
            <translation>den Schlüssel des Journals</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="258" />
            <source>the PIN pepper</source>
            <translation>den PIN-Pepper</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="272" />
            <source>The support bundle was not written: {file} contains {what}. Nothing left this PC. Tell IT: a log file holds something it must not.</source>
            <translation>Das Supportpaket wurde nicht geschrieben: {file} enthält {what}. Nichts hat diesen PC verlassen. Informieren Sie die IT: eine Protokolldatei enthält etwas, das nicht hineingehört.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="371" />
            <source>Windows Credential Manager should always be there: check the user profile.</source>
            <translation>Die Windows-Anmeldeinformationsverwaltung sollte immer da sein: das Benutzerprofil prüfen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="371" />
            <source>Unlock the login keychain (Keychain Access), then try again.</source>
            <translation>Den Anmeldeschlüsselbund entsperren (Schlüsselbundverwaltung) und erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="377" />
            <source>install/enable Secret Service (gnome-keyring or KWallet) for this user's desktop session, or ask IT</source>
            <translation>Secret Service (gnome-keyring oder KWallet) für die Sitzung dieses Benutzers installieren bzw. aktivieren oder die IT fragen</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="166" />
            <source>{gb} GB free on the data folder's disk</source>
            <translation>{gb} GB frei auf dem Laufwerk des Datenordners</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="493" />
            <source>{problems}, {warnings}.</source>
            <translation>{problems}, {warnings}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="267" />
            <source>outbox: {waiting} waiting for Odoo, {parked} parked, {approval} awaiting approval</source>
            <translation>Ausgang: {waiting} warten auf Odoo, {parked} geparkt, {approval} warten auf Freigabe</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="153" />
            <source>data folder {path} [{source}], writable, local disk</source>
            <translation>Datenordner {path} [{source}], beschreibbar, lokales Laufwerk</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="344" />
            <source>{path}: intact, schema {version}</source>
            <translation>{path}: intakt, Schema {version}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="362" />
            <source>{count} row(s) from Odoo could not be stored and were set aside: {rows}</source>
            <translation>{count} Zeile(n) aus Odoo konnten nicht gespeichert werden und wurden beiseitegelegt: {rows}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="367" />
            <source>Fix these records in Odoo (the reason says which field); the next sync stores them.</source>
            <translation>Diese Datensätze in Odoo korrigieren (der Grund nennt das Feld); die nächste Synchronisierung speichert sie.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="495" />
            <source>{n} problem</source>
            <translation>{n} Problem</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="495" />
            <source>{n} problems</source>
            <translation>{n} Probleme</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="496" />
            <source>{n} warning</source>
            <translation>{n} Warnung</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="496" />
            <source>{n} warnings</source>
            <translation>{n} Warnungen</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="95" />
            <source>machine file {path}</source>
            <translation>Maschinendatei {path}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="100" />
            <source>no machine file at {path}: built-in defaults in use</source>
            <translation>keine Maschinendatei unter {path}: eingebaute Standardwerte in Gebrauch</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="126" />
            <source>data folder {path} [{source}] will be created at first start</source>
            <translation>Datenordner {path} [{source}] wird beim ersten Start angelegt</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="168" />
            <source>Free disk space now: saving work may fail.</source>
            <translation>Jetzt Speicherplatz freigeben: das Speichern der Arbeit kann fehlschlagen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="208" />
            <source>no journal yet: it is created at first start</source>
            <translation>noch kein Journal: es wird beim ersten Start angelegt</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="289" />
            <source>audit chain broken at entry {seq}: {problem}</source>
            <translation>Prüfkette bei Eintrag {seq} unterbrochen: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="295" />
            <source>audit chain intact, but {problem} (storeapp audit verify lists them)</source>
            <translation>Prüfkette intakt, aber {problem} (storeapp audit verify listet sie auf)</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="318" />
            <source>no local copy of Odoo data yet: first sync fills it</source>
            <translation>noch keine lokale Kopie der Odoo-Daten: die erste Synchronisierung füllt sie</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="332" />
            <source>{path}: schema {version}, this storeapp uses {current}</source>
            <translation>{path}: Schema {version}, diese storeapp verwendet {current}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="338" />
            <source>Nothing to do: it is rebuilt from Odoo at next start (needs a connection).</source>
            <translation>Nichts zu tun: er wird beim nächsten Start aus Odoo neu aufgebaut (Verbindung nötig).</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="357" />
            <source>every row received from Odoo was stored</source>
            <translation>jede aus Odoo empfangene Zeile wurde gespeichert</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="405" />
            <source>no keyring backend: {advice}</source>
            <translation>kein Passwortspeicher: {advice}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="406" />
            <source>The Odoo key of this PC can only be kept in a system keyring, never in a file.</source>
            <translation>Der Odoo-Schlüssel dieses PCs kann nur in einem Passwortspeicher des Systems liegen, nie in einer Datei.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="140" />
            <source>data folder {path} cannot be written ({why})</source>
            <translation>Datenordner {path} ist nicht beschreibbar ({why})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="145" />
            <source>Give this Windows/Linux user write access to the folder, or set STOREAPP_DATA_DIR.</source>
            <translation>Diesem Windows/Linux-Benutzer Schreibrechte auf den Ordner geben oder STOREAPP_DATA_DIR setzen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="170" />
            <source>Free some disk space soon.</source>
            <translation>Bald etwas Speicherplatz freigeben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="211" />
            <source>{path} is damaged ({problem}); storeapp will open it in safe mode</source>
            <translation>{path} ist beschädigt ({problem}); storeapp öffnet es im abgesicherten Modus</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="212" />
            <source>Export the outbox (storeapp outbox export FILE) and contact IT. Do not delete it.</source>
            <translation>Den Ausgang exportieren (storeapp outbox export DATEI) und die IT kontaktieren. Nicht löschen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="225" />
            <source>{path} cannot be read: {error}</source>
            <translation>{path} kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="226" />
            <source>Contact IT.</source>
            <translation>Die IT kontaktieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="236" />
            <source>{path}: intact, schema {rev} (current)</source>
            <translation>{path}: intakt, Schema {rev} (aktuell)</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="278" />
            <source>A manager should resolve parked ops (Sync &amp; outbox).</source>
            <translation>Ein Manager sollte die geparkten Vorgänge klären (Sync &amp; Ausgang).</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="285" />
            <source>audit chain intact ({n} entries)</source>
            <translation>Prüfkette intakt ({n} Einträge)</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="304" />
            <source>The journal was changed outside storeapp. Keep the file and contact IT.</source>
            <translation>Das Journal wurde außerhalb von storeapp geändert. Die Datei behalten und die IT kontaktieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="321" />
            <source>{path} is damaged ({problem})</source>
            <translation>{path} ist beschädigt ({problem})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="322" />
            <source>Nothing to do: it is set aside and rebuilt from Odoo at next start.</source>
            <translation>Nichts zu tun: er wird beiseitegelegt und beim nächsten Start aus Odoo neu aufgebaut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="395" />
            <source>keyring cannot start: {error}</source>
            <translation>Passwortspeicher startet nicht: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="396" />
            <source>Ask IT.</source>
            <translation>Die IT fragen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="412" />
            <source>keyring backend {name} keeps secrets in a plain file</source>
            <translation>Passwortspeicher {name} legt Geheimnisse in einer einfachen Datei ab</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="413" />
            <source>Remove keyrings.alt and {advice}.</source>
            <translation>keyrings.alt entfernen und {advice}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="416" />
            <source>keyring backend {name}</source>
            <translation>Passwortspeicher {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="90" />
            <source>Correct the configuration (IT), then run storeapp doctor again.</source>
            <translation>Die Konfiguration korrigieren (IT), dann storeapp doctor erneut ausführen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="242" />
            <source>{path}: intact, schema {rev}; it will be upgraded to {head} at next start</source>
            <translation>{path}: intakt, Schema {rev}; beim nächsten Start wird es auf {head} aktualisiert</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="248" />
            <source>Nothing to do: a backup copy is made before the upgrade.</source>
            <translation>Nichts zu tun: vor dem Upgrade wird eine Sicherungskopie angelegt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="254" />
            <source>{path}: schema {rev} is from a newer storeapp (this one knows {head})</source>
            <translation>{path}: Schema {rev} stammt von einer neueren storeapp (diese kennt {head})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="260" />
            <source>Install the newer storeapp version again.</source>
            <translation>Die neuere storeapp-Version erneut installieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="461" />
            <source>the check {name} could not run: {error}</source>
            <translation>die Prüfung {name} konnte nicht laufen: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="466" />
            <source>Report this line to IT.</source>
            <translation>Diese Zeile der IT melden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="23" />
            <source>IT: storeapp provision --url https://... --db DATABASE --store CODE --login LOGIN (see the IT guide, Provisioning), or Device setup at the app's first start.</source>
            <translation>IT: storeapp provision --url https://... --db DATENBANK --store CODE --login LOGIN (siehe IT-Leitfaden, Provisioning) oder Geräteeinrichtung beim ersten Start der App.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="117" />
            <source>{url}, database {database}, login {login}</source>
            <translation>{url}, Datenbank {database}, Login {login}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="170" />
            <source>Correct the file (storeapp policy check {path} lists every problem).</source>
            <translation>Die Datei korrigieren (storeapp policy check {path} listet jedes Problem auf).</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="235" />
            <source>a device key for {login} is stored in the keyring</source>
            <translation>ein Geräteschlüssel für {login} liegt im Passwortspeicher</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="127" />
            <source>odoo.url {url} is not a web address</source>
            <translation>odoo.url {url} ist keine Webadresse</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="128" />
            <source>Give the Odoo server's https:// address, e.g. https://erp.example.com.</source>
            <translation>Die https://-Adresse des Odoo-Servers angeben, z. B. https://erp.example.com.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="167" />
            <source>returns.policy_file not set: the policy from Odoo, else the sample</source>
            <translation>returns.policy_file nicht gesetzt: die Richtlinie aus Odoo, sonst das Beispiel</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="190" />
            <source>returns policy {version} from {path}</source>
            <translation>Rückgaberichtlinie {version} aus {path}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="217" />
            <source>no Odoo key is stored for {login} ({database} on {url}) in this user's keyring; Odoo is not checked</source>
            <translation>für {login} ({database} auf {url}) liegt kein Odoo-Schlüssel im Passwortspeicher dieses Benutzers; Odoo wird nicht geprüft</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="224" />
            <source>As this PC's user (not root or Administrator): {command}</source>
            <translation>Als Benutzer dieses PCs (nicht root oder Administrator): {command}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="265" />
            <source>identity.mode = odoo_badges needs the Employees / Officer right for the device user, which it does not have: nobody could sign in</source>
            <translation>identity.mode = odoo_badges braucht das Recht Mitarbeiter / Sachbearbeiter für den Gerätebenutzer, das er nicht hat: niemand könnte sich anmelden</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="269" />
            <source>Give it that right in Odoo, or set identity.mode = local_enrollment.</source>
            <translation>Geben Sie ihm dieses Recht in Odoo, oder setzen Sie identity.mode = local_enrollment.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="278" />
            <source>warehouse {code} ({name})</source>
            <translation>Lager {code} ({name})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="286" />
            <source>Odoo has no warehouse with the code {code} (it has: {codes})</source>
            <translation>Odoo hat kein Lager mit dem Code {code} (vorhanden: {codes})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="291" />
            <source>Correct store.warehouse_code (storeapp provision --store CODE).</source>
            <translation>Korrigieren Sie store.warehouse_code (storeapp provision --store CODE).</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="105" />
            <source>{option} is empty: this PC is not set up</source>
            <translation>{option} ist leer: dieser PC ist nicht eingerichtet</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="131" />
            <source>https address {where}</source>
            <translation>https-Adresse {where}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="179" />
            <source>{path} cannot be read as UTF-8 text: {error}</source>
            <translation>{path} kann nicht als UTF-8-Text gelesen werden: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="210" />
            <source>the device key cannot be read: {error}</source>
            <translation>der Geräteschlüssel kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="136" />
            <source>http:// address {where}, allowed by odoo.allow_http: the device key and the store's data travel in clear text</source>
            <translation>http://-Adresse {where}, erlaubt durch odoo.allow_http: Geräteschlüssel und Filialdaten gehen unverschlüsselt übers Netz</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="141" />
            <source>Use the https:// address outside a test network.</source>
            <translation>Außerhalb eines Testnetzes die https://-Adresse verwenden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="147" />
            <source>http:// address {where}: the device key would travel unencrypted</source>
            <translation>http://-Adresse {where}: der Geräteschlüssel ginge unverschlüsselt übers Netz</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="148" />
            <source>Use the https:// address; for a test server on a local network only, set odoo.allow_http = true.</source>
            <translation>Die https://-Adresse verwenden; nur für einen Testserver im lokalen Netz odoo.allow_http = true setzen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="128" />
            <source>{n} unit</source>
            <translation>{n} Stück</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="128" />
            <source>{n} units</source>
            <translation>{n} Stück</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="130" />
            <source>return of {units} from a delivery</source>
            <translation>Rückgabe von {units} aus einer Lieferung</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="132" />
            <source>return of {units} from {delivery}</source>
            <translation>Rückgabe von {units} aus {delivery}</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="133" />
            <source>{told}: {reason}</source>
            <translation>{told}: {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="99" />
            <source>(details cannot be read)</source>
            <translation>(Details nicht lesbar)</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="110" />
            <source>This saved change is damaged and cannot be shown ({error}). Reject it, and do the work again if it is still needed.</source>
            <translation>Diese gespeicherte Änderung ist beschädigt und kann nicht angezeigt werden ({error}). Ablehnen und die Arbeit wiederholen, falls sie noch nötig ist.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="338" />
            <source>{op}: no decision by employee {employee} is recorded for it</source>
            <translation>{op}: keine Entscheidung von Mitarbeiter {employee} ist dafür festgehalten</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="302" />
            <source>{op}: no audit entry records it (inserted outside storeapp)</source>
            <translation>{op}: kein Prüfeintrag hält sie fest (außerhalb von storeapp eingefügt)</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="306" />
            <source>{op}: its kind, place, content or author differs from what was recorded</source>
            <translation>{op}: Art, Ort, Inhalt oder Urheber weichen vom Festgehaltenen ab</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="310" />
            <source>{op}: recorded as {state} (approver {approver}) in entry {seq}, but the journal says {now} (approver {now_approver}): edited outside storeapp</source>
            <translation>{op}: als {state} (Genehmiger {approver}) in Eintrag {seq} festgehalten, aber das Journal sagt {now} (Genehmiger {now_approver}): außerhalb von storeapp bearbeitet</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="332" />
            <source>{op}: it says it was approved by the person who made it</source>
            <translation>{op}: laut Journal von der Person genehmigt, die sie angelegt hat</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="475" />
            <source>entry {seq} was made with key {key}, which this PC does not have: the journal was copied from another PC (or this PC's keyring entry was lost)</source>
            <translation>Eintrag {seq} wurde mit dem Schlüssel {key} erstellt, den dieser PC nicht hat: das Journal wurde von einem anderen PC kopiert (oder der Eintrag im Passwortspeicher dieses PCs ging verloren)</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="482" />
            <source>entry {seq} was changed or forged</source>
            <translation>Eintrag {seq} wurde geändert oder gefälscht</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="329" />
            <source>{op}: it needed an approval and none is recorded</source>
            <translation>{op}: sie brauchte eine Genehmigung und keine ist festgehalten</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="379" />
            <source>op {uuid} is not in the journal</source>
            <translation>Op {uuid} ist nicht im Journal</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="468" />
            <source>entry {seq} is not keyed although earlier ones are: written outside storeapp</source>
            <translation>Eintrag {seq} ist nicht signiert, frühere aber schon: außerhalb von storeapp geschrieben</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="472" />
            <source>entry {seq} was changed</source>
            <translation>Eintrag {seq} wurde geändert</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="486" />
            <source>entries 1..{last} are not keyed and were never sealed</source>
            <translation>Einträge 1..{last} sind nicht signiert und wurden nie versiegelt</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="497" />
            <source>entry {seq} is missing</source>
            <translation>Eintrag {seq} fehlt</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="535" />
            <source>the newest entry does not match the head</source>
            <translation>der neueste Eintrag passt nicht zum Kettenkopf</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="537" />
            <source>every entry is missing</source>
            <translation>alle Einträge fehlen</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="392" />
            <source>audit entry {seq} about op {uuid} does not verify (forged or edited)</source>
            <translation>Prüfeintrag {seq} zu Op {uuid} lässt sich nicht bestätigen (gefälscht oder bearbeitet)</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="435" />
            <source>no entry is keyed although this PC holds the journal's key: the chain was rewritten outside storeapp</source>
            <translation>kein Eintrag ist signiert, obwohl dieser PC den Schlüssel des Journals hat: die Kette wurde außerhalb von storeapp neu geschrieben</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="450" />
            <source>{count} op(s) differ from the chain</source>
            <translation>{count} Op(s) weichen von der Kette ab</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="505" />
            <source>entry {seq} does not follow the one before it</source>
            <translation>Eintrag {seq} schließt nicht an den vorigen an</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="533" />
            <source>entries {first}..{last} are missing</source>
            <translation>Einträge {first}..{last} fehlen</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="32" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>Exceptions</source>
            <translation>Ausnahmen</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="33" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>To pick</source>
            <translation>Zu kommissionieren</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="34" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>Picking</source>
            <translation>In Kommissionierung</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="35" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="36" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>Collected today</source>
            <translation>Heute abgeholt</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="59" />
            <source>Order list brought up to date from Odoo {hours} h ago.</source>
            <translation>Bestellliste vor {hours} h aus Odoo aktualisiert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="53" />
            <source>Order list never brought up to date from Odoo.</source>
            <translation>Bestellliste noch nie aus Odoo aktualisiert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="56" />
            <source>Order list brought up to date from Odoo just now.</source>
            <translation>Bestellliste soeben aus Odoo aktualisiert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="58" />
            <source>Order list brought up to date from Odoo {minutes} min ago.</source>
            <translation>Bestellliste vor {minutes} Min. aus Odoo aktualisiert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="91" />
            <source>No local data in {folder} yet: open storeapp once and let it sync with Odoo (or set STOREAPP_DATA_DIR if the data is elsewhere).</source>
            <translation>Noch keine lokalen Daten in {folder}: öffnen Sie storeapp einmal und lassen Sie es mit Odoo synchronisieren (oder setzen Sie STOREAPP_DATA_DIR, wenn die Daten woanders liegen).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="76" />
            <source>OVERDUE</source>
            <translation>ÜBERFÄLLIG</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="109" />
            <source>No click-and-collect order matches.</source>
            <translation>Keine Click &amp; Collect-Bestellung passt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="140" />
            <source>Warning: {names} in it not in Odoo (as last synced); a rule about a name Odoo lacks never applies:</source>
            <translation>Warnung: {names} darin nicht in Odoo (Stand der letzten Synchronisierung); eine Regel zu einem Namen, den Odoo nicht kennt, greift nie:</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="218" />
            <source>{here} taken on this PC and {odoo} done in Odoo in the last {days}.</source>
            <translation>{here} an diesem PC und {odoo} in Odoo (Zeitraum: {days}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="179" />
            <source>There are no returns to replay in {folder}: this PC has not synced with Odoo yet (set STOREAPP_DATA_DIR if the data folder is elsewhere).</source>
            <translation>In {folder} gibt es keine Rückgaben zum Durchspielen: Dieser PC hat noch nicht mit Odoo synchronisiert (setzen Sie STOREAPP_DATA_DIR, wenn der Datenordner woanders liegt).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="188" />
            <source>The local copy of Odoo data in {folder} was made by another version of storeapp. Open storeapp once (it rebuilds it), then run this again.</source>
            <translation>Die lokale Kopie der Odoo-Daten in {folder} stammt von einer anderen Version von storeapp. Öffnen Sie storeapp einmal (es baut sie neu auf) und führen Sie dies dann erneut aus.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="110" />
            <source>{file} is a valid returns policy.</source>
            <translation>{file} ist eine gültige Rückgaberichtlinie.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="127" />
            <source>Not compared with Odoo's categories and locations: there is no synced copy of Odoo data in {folder} (sync first, or set STOREAPP_DATA_DIR).</source>
            <translation>Nicht mit den Kategorien und Lagerorten von Odoo verglichen: In {folder} gibt es keine synchronisierte Kopie der Odoo-Daten (zuerst synchronisieren oder STOREAPP_DATA_DIR setzen).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="143" />
            <source>{n} name</source>
            <translation>{n} Name</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="143" />
            <source>{n} names</source>
            <translation>{n} Namen</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="123" />
            <source>Not compared with Odoo's names: the configuration of this PC is invalid.</source>
            <translation>Nicht mit den Namen in Odoo verglichen: Die Konfiguration dieses PCs ist ungültig.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="138" />
            <source>Every category and location it names is in Odoo (as last synced).</source>
            <translation>Jede Kategorie und jeder Lagerort, die sie nennt, ist in Odoo vorhanden (Stand der letzten Synchronisierung).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="163" />
            <source>--days must be 1 or more.</source>
            <translation>--days muss 1 oder mehr sein.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="216" />
            <source>No returns in the last {days} to replay.</source>
            <translation>Keine Rückgaben zum Durchspielen (Zeitraum: {days}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="226" />
            <source>Returns done in Odoo: condition read back from where the goods went.</source>
            <translation>Rückgaben in Odoo: Zustand abgeleitet aus dem Ort, an den die Ware ging.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="59" />
            <source>{file} cannot be read: {problem}.</source>
            <translation>{file} kann nicht gelesen werden: {problem}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="70" />
            <source>{file} is not saved as UTF-8 text; save it again as UTF-8 and check again.</source>
            <translation>{file} ist nicht als UTF-8-Text gespeichert; speichern Sie die Datei erneut als UTF-8 und prüfen Sie erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="82" />
            <source>{file} is not a valid returns policy. Fix these and check again:</source>
            <translation>{file} ist keine gültige Rückgaberichtlinie. Beheben Sie diese Punkte und prüfen Sie erneut:</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/returns_policy.py" line="111" />
            <source>No returns policy is in force, so returns cannot be checked. Tell IT.</source>
            <translation>Keine Rückgaberichtlinie ist in Kraft, daher können Rückgaben nicht geprüft werden. Informieren Sie die IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/returns_policy.py" line="146" />
            <source>The returns policy file {path} is gone; the policy in force stays. Ask IT to put it back.</source>
            <translation>Die Datei der Rückgaberichtlinie {path} ist verschwunden; die geltende Richtlinie bleibt. Bitten Sie die IT, sie wiederherzustellen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/returns_policy.py" line="97" />
            <source>The returns policy file {path} cannot be read ({error}). Ask IT to check returns.policy_file in this PC's configuration.</source>
            <translation>Die Datei der Rückgaberichtlinie {path} kann nicht gelesen werden ({error}). Bitten Sie die IT, returns.policy_file in der Konfiguration dieses PCs zu prüfen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/returns_policy.py" line="160" />
            <source>The returns policy file {path} cannot be read ({error}); the policy in force stays. Ask IT to save it again as UTF-8.</source>
            <translation>Die Datei der Rückgaberichtlinie {path} kann nicht gelesen werden ({error}); die geltende Richtlinie bleibt. Bitten Sie die IT, sie erneut als UTF-8 zu speichern.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="103" />
            <location filename="../../storeapp/ui/setup/probe.py" line="297" />
            <source>named by IT</source>
            <translation>von der IT benannt</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="103" />
            <location filename="../../storeapp/ui/setup/probe.py" line="297" />
            <source>recognised by type or name</source>
            <translation>an Art oder Name erkannt</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="105" />
            <location filename="../../storeapp/ui/setup/probe.py" line="303" />
            <source>{n} open order</source>
            <translation>{n} offene Bestellung</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="105" />
            <location filename="../../storeapp/ui/setup/probe.py" line="303" />
            <source>{n} open orders</source>
            <translation>{n} offene Bestellungen</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="106" />
            <source>click-and-collect carrier ({how}): {carrier} ({reason}), {count} in this store</source>
            <translation>Click &amp; Collect-Versandart ({how}): {carrier} ({reason}), {count} in dieser Filiale</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="86" />
            <source>store.click_collect_carriers names '{name}', which Odoo does not have</source>
            <translation>store.click_collect_carriers nennt '{name}', das Odoo nicht hat</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="61" />
            <source>click-and-collect orders are recognised by mode {mode}, not by carrier</source>
            <translation>Click &amp; Collect-Bestellungen werden über den Modus {mode} erkannt, nicht über die Versandart</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="79" />
            <source>no delivery methods synced yet: run a sync, then doctor again</source>
            <translation>noch keine Versandarten synchronisiert: synchronisieren Sie, dann erneut doctor</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="95" />
            <source>no delivery method counts as click-and-collect (Odoo has: {known}), so no orders are found</source>
            <translation>keine Versandart zählt als Click &amp; Collect (Odoo hat: {known}), also werden keine Bestellungen gefunden</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="194" />
            <source>returns policy {version}: {problem}</source>
            <translation>Rückgaberichtlinie {version}: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="199" />
            <source>Correct the name in the policy (storeapp policy check FILE) or in the machine file: a rule about a name Odoo lacks never applies.</source>
            <translation>Korrigieren Sie den Namen in der Richtlinie (storeapp policy check FILE) oder in der Maschinendatei: eine Regel zu einem Namen, den Odoo nicht hat, greift nie.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="208" />
            <source>returns policy {version}: every category and location it names is in Odoo</source>
            <translation>Rückgaberichtlinie {version}: jede genannte Kategorie und jeder genannte Lagerort ist in Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="179" />
            <source>IT: name the store's click-and-collect carriers in store.click_collect_carriers (docs/it-guide.md), then sync.</source>
            <translation>IT: nennen Sie die Click &amp; Collect-Versandarten der Filiale in store.click_collect_carriers (docs/it-guide.md), dann synchronisieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="184" />
            <source>{flag}: {problem}</source>
            <translation>{flag}: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="113" />
            <source>{url} is not a web address; give it as https://erp.example.com (with https://)</source>
            <translation>{url} ist keine Webadresse; geben Sie sie als https://erp.example.com an (mit https://)</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="120" />
            <source>{url} points inside Odoo; give only the server's address, e.g. {server}</source>
            <translation>{url} zeigt in Odoo hinein; geben Sie nur die Adresse des Servers an, z. B. {server}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="139" />
            <source>--url: {url} is http://, so the device key would travel unencrypted; use the https:// address, or for a test server on a local network add --set odoo.allow_http=true</source>
            <translation>--url: {url} ist http://, der Geräteschlüssel würde also unverschlüsselt übertragen; verwenden Sie die https://-Adresse, oder fügen Sie für einen Testserver im lokalen Netz --set odoo.allow_http=true hinzu</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="155" />
            <source>--set {given}: write it as section.key=value, e.g. sync.page_size=500</source>
            <translation>--set {given}: schreiben Sie es als Abschnitt.Schlüssel=Wert, z. B. sync.page_size=500</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="162" />
            <source>--set {name}: secrets are never written to the machine file; the device key goes to the keyring (--secret-env VAR or standard input)</source>
            <translation>--set {name}: Geheimnisse werden nie in die Maschinendatei geschrieben; der Geräteschlüssel kommt in den Passwortspeicher (--secret-env VAR oder die Standardeingabe)</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="171" />
            <source>--set {name}: no such option (storeapp config --sample lists them all)</source>
            <translation>--set {name}: diese Option gibt es nicht (storeapp config --sample listet alle auf)</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="223" />
            <source>Nothing was changed:
- {problems}</source>
            <translation>Es wurde nichts geändert:
- {problems}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="256" />
            <source>No API key was given for {login}: pipe it on standard input or name an environment variable with --secret-env (nothing was changed).</source>
            <translation>Für {login} wurde kein API-Schlüssel angegeben: Übergeben Sie ihn über die Standardeingabe oder nennen Sie eine Umgebungsvariable mit --secret-env (es wurde nichts geändert).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="265" />
            <source>Standard input held several lines; give only the API key (nothing was changed).</source>
            <translation>Die Standardeingabe enthielt mehrere Zeilen; geben Sie nur den API-Schlüssel an (es wurde nichts geändert).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="445" />
            <source>API key of {login} stored in the keyring for {database} on {url}.</source>
            <translation>API-Schlüssel von {login} im Passwortspeicher für {database} auf {url} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="476" />
            <source>Machine file written: {path}.</source>
            <translation>Maschinendatei geschrieben: {path}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="592" />
            <source>Check the PC with: storeapp doctor</source>
            <translation>Prüfen Sie den PC mit: storeapp doctor</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="193" />
            <source>--{flag} is required and cannot be empty</source>
            <translation>--{flag} ist erforderlich und darf nicht leer sein</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="216" />
            <source>--set {name}: already given by its own flag</source>
            <translation>--set {name}: bereits mit einem eigenen Parameter angegeben</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="240" />
            <source>The environment variable {variable} is not set or empty: set it to the Odoo API key of {login} before running provision (nothing was changed).</source>
            <translation>Die Umgebungsvariable {variable} ist nicht gesetzt oder leer: Setzen Sie sie auf den Odoo-API-Schlüssel von {login}, bevor Sie provision ausführen (es wurde nichts geändert).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="298" />
            <source>The machine file {path} cannot be read ({problem}). Fix or remove it, then run provision again (nothing was changed).</source>
            <translation>Die Maschinendatei {path} kann nicht gelesen werden ({problem}). Korrigieren oder entfernen Sie sie und führen Sie provision erneut aus (es wurde nichts geändert).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="361" />
            <source>No permission to write {path}. The machine file is shared by every user of this PC: run provision as root (sudo) or from an elevated Administrator prompt, or write only the key with --only credential.</source>
            <translation>Keine Berechtigung, {path} zu schreiben. Die Maschinendatei gilt für alle Benutzer dieses PCs: Führen Sie provision als root (sudo) oder in einer Eingabeaufforderung als Administrator aus, oder schreiben Sie mit --only credential nur den Schlüssel.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="371" />
            <source>The machine file {path} could not be written: {problem}. Check the disk and the folder, then run provision again.</source>
            <translation>Die Maschinendatei {path} konnte nicht geschrieben werden: {problem}. Prüfen Sie den Datenträger und den Ordner und führen Sie provision erneut aus.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="454" />
            <source>Note: this ran as root, so the key is in root's keyring. StoreApp reads the keyring of the user it runs as: store the key again as that user with --only credential.</source>
            <translation>Hinweis: Dies lief als root, der Schlüssel liegt also im Passwortspeicher von root. StoreApp liest den Speicher des Benutzers, unter dem es läuft: Speichern Sie den Schlüssel als dieser Benutzer erneut mit --only credential.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="480" />
            <source>Warning: {url} is not encrypted (odoo.allow_http = true): the device key and the store's data cross the network in clear text. Use it on a test network only.</source>
            <translation>Warnung: {url} ist nicht verschlüsselt (odoo.allow_http = true): Der Geräteschlüssel und die Daten des Geschäfts gehen im Klartext über das Netz. Nur in einem Testnetz verwenden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="399" />
            <source>The machine file would not be valid, so nothing was changed:
- {problems}</source>
            <translation>Die Maschinendatei wäre nicht gültig, daher wurde nichts geändert:
- {problems}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="442" />
            <source>The key was not stored: {problem}</source>
            <translation>Der Schlüssel wurde nicht gespeichert: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="464" />
            <source>The key of the previous account {login} on {url} was removed from the keyring.</source>
            <translation>Der Schlüssel des vorherigen Kontos {login} auf {url} wurde aus dem Passwortspeicher entfernt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="580" />
            <source>--secret-env was given with --only config: the key is not stored by a config-only run. Drop one of them (nothing was changed).</source>
            <translation>--secret-env wurde mit --only config angegeben: Ein Lauf nur für die Konfiguration speichert den Schlüssel nicht. Lassen Sie eines von beiden weg (es wurde nichts geändert).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="393" />
            <source>{problem} ({option})</source>
            <translation>{problem} ({option})</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="252" />
            <source>Outbox: {waiting} waiting, {parked} parked, oldest {age}</source>
            <translation>Ausgang: {waiting} wartend, {parked} geparkt, älteste {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="50" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="54" />
            <source>{hours} h</source>
            <translation>{hours} Std.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="105" />
            <source>This PC is not set up yet: odoo.url and store.warehouse_code are empty. Run storeapp and use Device setup, or ask IT for the machine configuration file.</source>
            <translation>Dieser PC ist noch nicht eingerichtet: odoo.url und store.warehouse_code sind leer. Starten Sie storeapp und nutzen Sie die Geräteeinrichtung, oder fragen Sie die IT nach der Konfigurationsdatei des Rechners.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="249" />
            <source>Deleted in Odoo: {records}</source>
            <translation>In Odoo gelöscht: {records}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="225" />
            <source>Pushed to Odoo: {done} done, {parked} parked, {failed} to retry ({rpcs} requests, {seconds} s)</source>
            <translation>An Odoo gesendet: {done} erledigt, {parked} geparkt, {failed} erneut zu versuchen ({rpcs} Anfragen, {seconds} s)</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="218" />
            <source>Connection: {state}</source>
            <translation>Verbindung: {state}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="220" />
            <source>Stopped: {error}</source>
            <translation>Angehalten: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="116" />
            <source>This PC's configuration cannot work: {problem}</source>
            <translation>Die Konfiguration dieses PCs kann nicht funktionieren: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="222" />
            <source>Nothing sent: {why}.</source>
            <translation>Nichts gesendet: {why}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="236" />
            <source>  parked: {reason}</source>
            <translation>  geparkt: {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/connectivity.py" line="76" />
            <source>not connected yet</source>
            <translation>noch nicht verbunden</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/connectivity.py" line="101" />
            <source>Odoo answers slowly ({seconds} s)</source>
            <translation>Odoo antwortet langsam ({seconds} s)</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/connectivity.py" line="104" />
            <source>connected</source>
            <translation>verbunden</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/credentials.py" line="24" />
            <source>This computer has no system keyring, so the Odoo key of this PC cannot be kept safely. On Windows and macOS this is built in; on Linux install and start a Secret Service (for example GNOME Keyring), then enter the key again in the setup dialog.</source>
            <translation>Dieser Computer hat keinen Passwortspeicher (Schlüsselbund), daher kann der Odoo-Schlüssel dieses PCs nicht sicher aufbewahrt werden. Unter Windows und macOS ist er eingebaut; unter Linux installieren und starten Sie einen Secret Service (zum Beispiel GNOME Keyring) und geben den Schlüssel dann in der Geräteeinrichtung erneut ein.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/credentials.py" line="64" />
            <source>The system keyring could not be read. Unlock it (sign out and in again), then retry; if it keeps failing, ask IT.</source>
            <translation>Der Passwortspeicher des Systems konnte nicht gelesen werden. Entsperren Sie ihn (ab- und wieder anmelden) und versuchen Sie es erneut; wenn es weiter fehlschlägt, fragen Sie die IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/credentials.py" line="83" />
            <source>The key could not be saved in the system keyring. Unlock the keyring and try again; if it keeps failing, ask IT.</source>
            <translation>Der Schlüssel konnte nicht im Passwortspeicher des Systems gespeichert werden. Entsperren Sie den Passwortspeicher und versuchen Sie es erneut; wenn es weiter fehlschlägt, fragen Sie die IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/device_user.py" line="15" />
            <source>In Odoo, open Settings → Users &amp; Companies → Users, open that user and fill in its e-mail address (a store mailbox will do); then retry any parked note.</source>
            <translation>Öffnen Sie in Odoo Einstellungen → Benutzer &amp; Unternehmen → Benutzer, öffnen Sie diesen Benutzer und tragen Sie seine E-Mail-Adresse ein (ein Postfach der Filiale genügt); senden Sie dann jede geparkte Notiz erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/device_user.py" line="28" />
            <source>The device user {login} has no e-mail address in Odoo, so Odoo refuses the notes storeapp writes on orders (stock changes are sent all the same).</source>
            <translation>Der Gerätebenutzer {login} hat keine E-Mail-Adresse in Odoo, daher lehnt Odoo die Notizen ab, die storeapp an Bestellungen schreibt (Bestandsänderungen werden trotzdem gesendet).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="156" />
            <source>Odoo refused: {reason}</source>
            <translation>Odoo hat abgelehnt: {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="294" />
            <source>Odoo is busy or restarting (HTTP {status}); work is saved and storeapp tries again {later}.</source>
            <translation>Odoo ist ausgelastet oder startet neu (HTTP {status}); die Arbeit ist gespeichert und storeapp versucht es {later} erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="325" />
            <source>The Odoo server's certificate could not be verified, so storeapp sends nothing to it: no trusted authority signed it. If your company uses its own certificate authority, IT must set odoo.ca_bundle on this PC to that authority's certificate.</source>
            <translation>Das Zertifikat des Odoo-Servers konnte nicht geprüft werden, daher sendet storeapp nichts an ihn: Keine vertrauenswürdige Stelle hat es signiert. Wenn Ihr Unternehmen eine eigene Zertifizierungsstelle hat, muss die IT odoo.ca_bundle auf diesem PC auf das Zertifikat dieser Stelle setzen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="144" />
            <location filename="../../storeapp/sync/error_mapping.py" line="84" />
            <source>Odoo could not run a request from storeapp ({problem}). This usually means a storeapp/Odoo version mismatch; tell IT.</source>
            <translation>Odoo konnte eine Anfrage von storeapp nicht ausführen ({problem}). Meist passen dann die Versionen von storeapp und Odoo nicht zusammen; informieren Sie die IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="281" />
            <source>Unexpected failure talking to Odoo.</source>
            <translation>Unerwarteter Fehler bei der Verbindung mit Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="287" />
            <source>in {seconds} s</source>
            <translation>in {seconds} s</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="287" />
            <source>soon</source>
            <translation>bald</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="289" />
            <source>Odoo asks this PC to send fewer requests (HTTP 429); work is saved and storeapp tries again {later}.</source>
            <translation>Odoo bittet diesen PC, weniger Anfragen zu senden (HTTP 429); die Arbeit ist gespeichert und storeapp versucht es {later} erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="308" />
            <source>The Odoo server's certificate could not be verified, so storeapp sends nothing to it: it has expired. The Odoo administrator must renew the server's certificate; nothing on this PC needs to change.</source>
            <translation>Das Zertifikat des Odoo-Servers konnte nicht geprüft werden, daher sendet storeapp nichts an ihn: Es ist abgelaufen. Der Odoo-Administrator muss das Zertifikat des Servers erneuern; an diesem PC muss sich nichts ändern.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="314" />
            <source>The Odoo server's certificate could not be verified, so storeapp sends nothing to it: it is not valid yet. Check this PC's date and time, or ask the Odoo administrator about the certificate's start date.</source>
            <translation>Das Zertifikat des Odoo-Servers konnte nicht geprüft werden, daher sendet storeapp nichts an ihn: Es ist noch nicht gültig. Prüfen Sie Datum und Uhrzeit dieses PCs oder fragen Sie den Odoo-Administrator nach dem Beginn der Gültigkeit des Zertifikats.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="320" />
            <source>The Odoo server's certificate could not be verified, so storeapp sends nothing to it: it was made for another host name than the one in odoo.url. IT must use the address the certificate names, or the Odoo administrator must fix the certificate.</source>
            <translation>Das Zertifikat des Odoo-Servers konnte nicht geprüft werden, daher sendet storeapp nichts an ihn: Es wurde für einen anderen Hostnamen ausgestellt als den in odoo.url. Die IT muss die Adresse verwenden, die das Zertifikat nennt, oder der Odoo-Administrator muss das Zertifikat korrigieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="50" />
            <source>Odoo refused the key of this PC. It may have been revoked or mistyped: a manager or IT must enter a valid Odoo API key in Setup. Work keeps being saved meanwhile.</source>
            <translation>Odoo hat den Schlüssel dieses PCs abgelehnt. Er wurde vielleicht widerrufen oder falsch eingegeben: Ein Manager oder die IT muss in der Geräteeinrichtung einen gültigen Odoo-API-Schlüssel eingeben. Die Arbeit wird so lange weiter gespeichert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="62" />
            <source>Odoo ended the session of this PC. It will sign in again.</source>
            <translation>Odoo hat die Sitzung dieses PCs beendet. Er meldet sich erneut an.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="74" />
            <source>Odoo refused the key of this PC (it may have expired or been revoked): IT must store a new Odoo API key with `storeapp provision --only credential` (or a manager in Setup). Work keeps being saved meanwhile.</source>
            <translation>Odoo hat den Schlüssel dieses PCs abgelehnt (er ist vielleicht abgelaufen oder wurde widerrufen): Die IT muss mit `storeapp provision --only credential` einen neuen Odoo-API-Schlüssel speichern (oder ein Manager in der Geräteeinrichtung). Die Arbeit wird so lange weiter gespeichert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="102" />
            <source>Odoo refused the key of this PC (Access Denied). It may have been revoked: a manager or IT must enter a valid Odoo API key in Setup. Work keeps being saved.</source>
            <translation>Odoo hat den Schlüssel dieses PCs abgelehnt (Access Denied). Er wurde vielleicht widerrufen: Ein Manager oder die IT muss in der Geräteeinrichtung einen gültigen Odoo-API-Schlüssel eingeben. Die Arbeit wird weiter gespeichert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="111" />
            <source>The Odoo user of this PC is not allowed to do this: {reason} Ask IT to give it the missing rights.</source>
            <translation>Der Odoo-Benutzer dieses PCs darf das nicht: {reason} Bitten Sie die IT, ihm die fehlenden Rechte zu geben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="120" />
            <source>Odoo says: {reason}</source>
            <translation>Odoo meldet: {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="127" />
            <source>Odoo has no database "{database}". Check the name with the Odoo administrator and correct odoo.database in this PC's configuration (storeapp provision --db NAME), then start storeapp again. Work keeps being saved on this PC meanwhile.</source>
            <translation>Odoo hat keine Datenbank „{database}“. Prüfen Sie den Namen mit dem Odoo-Administrator und korrigieren Sie odoo.database in der Konfiguration dieses PCs (storeapp provision --db NAME), dann starten Sie storeapp neu. Die Arbeit wird so lange weiter auf diesem PC gespeichert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="139" />
            <source>Odoo's database had a problem with this request; storeapp will try again.</source>
            <translation>Die Datenbank von Odoo hatte ein Problem mit dieser Anfrage; storeapp versucht es erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="220" />
            <source>The server answered HTTP {status} instead of Odoo's answer. A proxy may be in the way; tell IT if it keeps happening.</source>
            <translation>Der Server hat HTTP {status} statt der Antwort von Odoo geantwortet. Vielleicht steht ein Proxy dazwischen; informieren Sie die IT, wenn es wieder vorkommt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="232" />
            <source>Odoo cannot be reached ({reason}). Work is saved on this PC and sent later.</source>
            <translation>Odoo ist nicht erreichbar ({reason}). Die Arbeit ist auf diesem PC gespeichert und wird später gesendet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="242" />
            <source>Odoo did not answer in time. storeapp will check what happened and try again.</source>
            <translation>Odoo hat nicht rechtzeitig geantwortet. storeapp prüft, was geschehen ist, und versucht es erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="248" />
            <source>The connection to Odoo was cut before it answered. storeapp will check what happened and try again.</source>
            <translation>Die Verbindung zu Odoo wurde vor seiner Antwort unterbrochen. storeapp prüft, was geschehen ist, und versucht es erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="258" />
            <source>Odoo's answer was cut off; storeapp will check what happened and try again.</source>
            <translation>Die Antwort von Odoo wurde abgeschnitten; storeapp prüft, was geschehen ist, und versucht es erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="263" />
            <source>Odoo cannot be reached. Work is saved on this PC and sent later.</source>
            <translation>Odoo ist nicht erreichbar. Die Arbeit ist auf diesem PC gespeichert und wird später gesendet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="269" />
            <source>The connection to Odoo failed. Work is saved on this PC and sent later.</source>
            <translation>Die Verbindung zu Odoo ist fehlgeschlagen. Die Arbeit ist auf diesem PC gespeichert und wird später gesendet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="278" />
            <location filename="../../storeapp/sync/json2.py" line="123" />
            <source>Odoo answered something storeapp could not read; it will try again.</source>
            <translation>Odoo hat etwas geantwortet, das storeapp nicht lesen konnte; es versucht es erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="213" />
            <source>There is no Odoo JSON-RPC service at this address (HTTP 404). Check the Odoo address in the settings.</source>
            <translation>Unter dieser Adresse gibt es keinen Odoo-JSON-RPC-Dienst (HTTP 404). Prüfen Sie die Odoo-Adresse in den Einstellungen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="180" />
            <source>The Odoo address {address} is not a web address (https://, or http:// on a test network). Correct odoo.url in this PC's configuration (storeapp provision --url ADDRESS) or in Device setup.</source>
            <translation>Die Odoo-Adresse {address} ist keine Webadresse (https:// oder http:// in einem Testnetz). Korrigieren Sie odoo.url in der Konfiguration dieses PCs (storeapp provision --url ADDRESS) oder in der Geräteeinrichtung.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="238" />
            <source>No Odoo key is stored on this PC for user {login}. IT stores it as this PC's user with storeapp provision --only credential, or a manager enters it in Setup; work keeps being saved meanwhile.</source>
            <translation>Auf diesem PC ist kein Odoo-Schlüssel für den Benutzer {login} gespeichert. Die IT speichert ihn als Benutzer dieses PCs mit storeapp provision --only credential, oder ein Manager gibt ihn in der Geräteeinrichtung ein; die Arbeit wird so lange weiter gespeichert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="309" />
            <source>Odoo answered context_get with {answer}.</source>
            <translation>Odoo hat auf context_get mit {answer} geantwortet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="458" />
            <source>Odoo answered a search on {model} with something else than ids.</source>
            <translation>Odoo hat auf eine Suche in {model} mit etwas anderem als IDs geantwortet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="469" />
            <source>Odoo answered a count on {model} with {answer}.</source>
            <translation>Odoo hat auf eine Zählung in {model} mit {answer} geantwortet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="496" />
            <source>Odoo answered a create on {model} with {answer}.</source>
            <translation>Odoo hat auf ein Anlegen in {model} mit {answer} geantwortet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="508" />
            <source>Odoo answered fields_get on {model} with {answer}.</source>
            <translation>Odoo hat auf fields_get für {model} mit {answer} geantwortet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="529" />
            <source>Odoo answered a read of {model} with something else than rows.</source>
            <translation>Odoo hat auf ein Lesen von {model} mit etwas anderem als Zeilen geantwortet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/base.py" line="144" />
            <source>Odoo answered {answer} where an action or True was expected.</source>
            <translation>Odoo hat {answer} geantwortet, wo eine Aktion oder True erwartet wurde.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="37" />
            <source>{product} in {location}</source>
            <translation>{product} in {location}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="77" />
            <source>{said} at {time}, a change of {change}</source>
            <translation>{said} um {time}, eine Änderung um {change}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="68" />
            <source>counted by {person}</source>
            <translation>gezählt von {person}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="70" />
            <source>adjusted in Odoo ('{name}')</source>
            <translation>in Odoo korrigiert („{name}“)</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="201" />
            <source>{counted} by {person} here</source>
            <translation>{counted} von {person} hier</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="200" />
            <source>someone</source>
            <translation>jemandem</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="203" />
            <source>{counted} by {person} here at {time}</source>
            <translation>{counted} von {person} hier um {time}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="210" />
            <source>{what} was counted twice: {other}, and {mine}; Odoo now shows {now}. Applying this count as well would change the stock twice.</source>
            <translation>{what} wurde zweimal gezählt: {other}, und {mine}; Odoo zeigt jetzt {now}. Auch diese Zählung anzuwenden, würde den Bestand doppelt ändern.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="218" />
            <source>Recount the shelf with the manager; if Odoo's figure is right, cancel this change, otherwise cancel it and submit the new count.</source>
            <translation>Zählen Sie das Regal mit dem Manager nach; stimmt die Zahl in Odoo, stornieren Sie diese Änderung, sonst stornieren Sie sie und reichen die neue Zählung ein.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="310" />
            <source>{what}: the stock kept moving in Odoo while the count was applied ({tries} tries).</source>
            <translation>{what}: Der Bestand hat sich in Odoo weiter bewegt, während die Zählung angewendet wurde ({tries} Versuche).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="316" />
            <source>Retry this change in a quiet moment.</source>
            <translation>Versuchen Sie diese Änderung in einem ruhigen Moment erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="327" />
            <source>Odoo refused the count of {what} (counted {counted}): {odoo}</source>
            <translation>Odoo hat die Zählung von {what} abgelehnt ({counted} gezählt): {odoo}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="333" />
            <source>If Odoo says only a stock manager may apply counts, ask IT to give the Odoo user of this PC the Inventory Administrator right, then retry; otherwise cancel the change.</source>
            <translation>Sagt Odoo, dass nur ein Lagerverwalter Zählungen anwenden darf, bitten Sie die IT, dem Odoo-Benutzer dieses PCs das Recht Lager-Administrator zu geben, und versuchen Sie es erneut; sonst stornieren Sie die Änderung.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="299" />
            <source>{what}: Odoo asked a question storeapp cannot answer ({wizard}).</source>
            <translation>{what}: Odoo hat eine Frage gestellt, die storeapp nicht beantworten kann ({wizard}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="304" />
            <source>Apply this count in Odoo (Inventory &gt; Physical Inventory), then cancel this change.</source>
            <translation>Wenden Sie diese Zählung in Odoo an (Lager &gt; Inventur) und stornieren Sie dann diese Änderung.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="323" />
            <source>{what}: the product or location was deleted in Odoo.</source>
            <translation>{what}: Das Produkt oder der Lagerort wurde in Odoo gelöscht.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="324" />
            <source>Tell the manager; cancel this count.</source>
            <translation>Informieren Sie den Manager; stornieren Sie diese Zählung.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="288" />
            <source>{what}: Odoo wants a lot/serial number for this product before it accepts the count.</source>
            <translation>{what}: Odoo verlangt eine Los-/Seriennummer für dieses Produkt, bevor es die Zählung annimmt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="293" />
            <source>Count this product again scanning its lot or serial numbers; cancel this change.</source>
            <translation>Zählen Sie dieses Produkt erneut und scannen Sie dabei die Los- oder Seriennummern; stornieren Sie diese Änderung.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/messages.py" line="54" />
            <source>Odoo refused the note on {model} #{record}: {odoo} The other changes of this record are sent all the same.</source>
            <translation>Odoo hat die Notiz zu {model} #{record} abgelehnt: {odoo} Die anderen Änderungen dieses Datensatzes werden trotzdem gesendet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/messages.py" line="61" />
            <source>The note is not essential: cancel it, or retry once Odoo is fixed. When Odoo asks for the sender's e-mail address, IT must give the device user an e-mail address in Odoo (see the IT guide).</source>
            <translation>Die Notiz ist nicht unbedingt nötig: Stornieren Sie sie oder versuchen Sie es erneut, sobald Odoo behoben ist. Verlangt Odoo die E-Mail-Adresse des Absenders, muss die IT dem Gerätebenutzer in Odoo eine E-Mail-Adresse geben (siehe IT-Leitfaden).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="71" />
            <source>Odoo refused the change to order {order}: {odoo}</source>
            <translation>Odoo hat die Änderung an Bestellung {order} abgelehnt: {odoo}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="76" />
            <source>Check the order in Odoo; when it is fixed, retry this change, or cancel it.</source>
            <translation>Prüfen Sie die Bestellung in Odoo; wenn sie korrigiert ist, versuchen Sie diese Änderung erneut oder stornieren Sie sie.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="154" />
            <source>{product} {lot} is not in stock at {location} in Odoo (Odoo has {have} of it there, {picked} picked), so Odoo cannot take it from a shelf of this store.</source>
            <translation>{product} {lot} ist in Odoo nicht auf Lager in {location} (Odoo hat dort {have} davon, {picked} kommissioniert), daher kann Odoo es nicht aus einem Regal dieser Filiale nehmen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="163" />
            <source>Check the item's label: if it is another serial or lot, pick the order again with that one and cancel this change; otherwise ask the manager to correct the stock in Odoo, then retry.</source>
            <translation>Prüfen Sie das Etikett des Artikels: Ist es eine andere Serien- oder Losnummer, kommissionieren Sie die Bestellung erneut damit und stornieren Sie diese Änderung; sonst bitten Sie den Manager, den Bestand in Odoo zu korrigieren, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="46" />
            <source>Order {order} no longer exists in Odoo (it was deleted).</source>
            <translation>Bestellung {order} existiert in Odoo nicht mehr (sie wurde gelöscht).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="47" />
            <source>Put the items back on the shelf and tell the manager; cancel this change.</source>
            <translation>Legen Sie die Artikel ins Regal zurück und informieren Sie den Manager; stornieren Sie diese Änderung.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="60" />
            <source>Put the items back on the shelf; then cancel this change.</source>
            <translation>Legen Sie die Artikel ins Regal zurück und stornieren Sie dann diese Änderung.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="67" />
            <location filename="../../storeapp/sync/handlers/returns.py" line="342" />
            <source>Order {order} was deleted in Odoo.</source>
            <translation>Bestellung {order} wurde in Odoo gelöscht.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="68" />
            <source>Put the items back on the shelf and cancel this change.</source>
            <translation>Legen Sie die Artikel ins Regal zurück und stornieren Sie diese Änderung.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="304" />
            <source>Order {order} was deleted in Odoo while it was being validated.</source>
            <translation>Bestellung {order} wurde in Odoo gelöscht, während sie bestätigt wurde.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="305" />
            <source>Tell the manager.</source>
            <translation>Informieren Sie den Manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="310" />
            <source>Odoo did not validate order {order} (it is '{state}'; Odoo asked for: {wizard}).</source>
            <translation>Odoo hat Bestellung {order} nicht bestätigt (sie ist „{state}“; Odoo fragte nach: {wizard}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="316" />
            <source>Validate the order in Odoo, then retry this change (it will see it is done).</source>
            <translation>Bestätigen Sie die Bestellung in Odoo und versuchen Sie diese Änderung dann erneut (sie erkennt, dass sie erledigt ist).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="238" />
            <source>The lines of order {order} were changed in Odoo since it was picked.</source>
            <translation>Die Zeilen der Bestellung {order} wurden in Odoo geändert, seit sie kommissioniert wurde.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="242" />
            <source>Open the order again, pick it again, and cancel this change.</source>
            <translation>Öffnen Sie die Bestellung erneut, kommissionieren Sie sie neu und stornieren Sie diese Änderung.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="254" />
            <source>Order {order} was already validated in Odoo at {time} with other quantities than picked here.</source>
            <translation>Bestellung {order} wurde bereits um {time} in Odoo bestätigt, mit anderen Mengen als hier kommissioniert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="260" />
            <source>Check the order in Odoo with the manager, then cancel this change.</source>
            <translation>Prüfen Sie die Bestellung in Odoo mit dem Manager und stornieren Sie dann diese Änderung.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="224" />
            <source>Odoo's return wizard for order {order} left out some lines: {reasons}. No return was made in Odoo.</source>
            <translation>Der Rückgabe-Assistent von Odoo hat bei Bestellung {order} Zeilen ausgelassen: {reasons}. In Odoo wurde keine Rückgabe angelegt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="231" />
            <source>Odoo's return wizard for order {order} offered no lines at all: {reasons}. No return was made in Odoo.</source>
            <translation>Der Rückgabe-Assistent von Odoo hat für Bestellung {order} gar keine Zeilen angeboten: {reasons}. In Odoo wurde keine Rückgabe angelegt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="239" />
            <source>Open the order in Odoo with the manager and try its Return button; if Odoo offers the items there, retry this change, otherwise cancel it.</source>
            <translation>Öffnen Sie die Bestellung in Odoo mit dem Manager und probieren Sie deren Schaltfläche Rückgabe; bietet Odoo die Artikel dort an, versuchen Sie diese Änderung erneut, sonst stornieren Sie sie.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="346" />
            <source>Odoo refused the return of order {order}: {odoo}</source>
            <translation>Odoo hat die Rückgabe der Bestellung {order} abgelehnt: {odoo}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="351" />
            <source>Check the order in Odoo with the manager; retry this return when fixed, or cancel it.</source>
            <translation>Prüfen Sie die Bestellung in Odoo mit dem Manager; versuchen Sie diese Rückgabe nach der Korrektur erneut oder stornieren Sie sie.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="125" />
            <source>Order {order} is not delivered in Odoo ('{state}'), so it cannot be returned.</source>
            <translation>Bestellung {order} ist in Odoo nicht geliefert („{state}“) und kann daher nicht zurückgegeben werden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="130" />
            <source>Check the order in Odoo with the manager; cancel this change if it was never handed over.</source>
            <translation>Prüfen Sie die Bestellung in Odoo mit dem Manager; stornieren Sie diese Änderung, wenn sie nie übergeben wurde.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="166" />
            <source>Odoo's return wizard answered {answer} instead of the new return.</source>
            <translation>Der Rückgabe-Assistent von Odoo hat {answer} statt der neuen Rückgabe geantwortet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="198" />
            <source>line #{line}</source>
            <translation>Zeile #{line}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="343" />
            <source>Tell the manager; cancel this return.</source>
            <translation>Informieren Sie den Manager; stornieren Sie diese Rückgabe.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="196" />
            <source>line #{line} no longer exists in the order</source>
            <translation>Zeile #{line} gibt es in der Bestellung nicht mehr</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="201" />
            <source>{product} is '{state}' in Odoo, not delivered</source>
            <translation>{product} ist in Odoo „{state}“, nicht geliefert</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="293" />
            <source>Order {order}: this return asks for {wanted} × {product}, but Odoo says only {left} can still be returned ({returned} already returned, maybe at another till or store while this PC was offline).</source>
            <translation>Bestellung {order}: Diese Rückgabe verlangt {wanted} × {product}, aber laut Odoo können nur noch {left} zurückgegeben werden ({returned} bereits zurückgegeben, vielleicht an einer anderen Kasse oder Filiale, während dieser PC offline war).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="303" />
            <source>Check the order's returns in Odoo with the manager, then cancel this return and take back only what is left, refunding the customer accordingly.</source>
            <translation>Prüfen Sie die Rückgaben der Bestellung in Odoo mit dem Manager, stornieren Sie dann diese Rückgabe und nehmen Sie nur das Verbleibende zurück, mit entsprechender Erstattung an den Kunden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="209" />
            <source>{product}: {returned} of {delivered} already returned</source>
            <translation>{product}: {returned} von {delivered} bereits zurückgegeben</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="218" />
            <source>{product} was delivered and nothing of it was returned yet</source>
            <translation>{product} wurde geliefert und noch nichts davon zurückgegeben</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="277" />
            <source>Order {order}: this return asks for {wanted} × {product}, but Odoo shows only {delivered} delivered on that line ('{state}') and nothing returned.</source>
            <translation>Bestellung {order}: Diese Rückgabe verlangt {wanted} × {product}, aber Odoo zeigt auf dieser Zeile nur {delivered} geliefert („{state}“) und nichts zurückgegeben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="287" />
            <source>Check the order in Odoo with the manager, then cancel this return and take back only what Odoo shows as delivered.</source>
            <translation>Prüfen Sie die Bestellung in Odoo mit dem Manager, stornieren Sie dann diese Rückgabe und nehmen Sie nur zurück, was Odoo als geliefert zeigt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/json2.py" line="76" />
            <source>storeapp called {method} with {count} positional arguments; the JSON-2 transport needs their names (storeapp.sync.json2).</source>
            <translation>storeapp hat {method} mit {count} Positionsargumenten aufgerufen; der JSON-2-Transport braucht ihre Namen (storeapp.sync.json2).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/json2.py" line="69" />
            <source>storeapp called {method} without record ids.</source>
            <translation>storeapp hat {method} ohne Datensatz-IDs aufgerufen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="28" />
            <source>Have an Odoo administrator make a new API key for the device user (administrators may make one that does not expire), then store it on this PC with `{command}` (docs/it-guide.md) or in Setup.</source>
            <translation>Einen Odoo-Administrator einen neuen API-Schlüssel für den Gerätebenutzer anlegen lassen (Administratoren können einen ohne Ablauf anlegen) und ihn auf diesem PC mit `{command}` (docs/it-guide.md) oder in der Geräteeinrichtung speichern.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="102" />
            <source>Odoo {major}: applying counts needs Inventory / Administrator; badge and PIN sign-in from Odoo needs Employees / Officer.</source>
            <translation>Odoo {major}: Inventuren anwenden braucht Lager / Administrator; die Anmeldung mit Ausweis und PIN aus Odoo braucht Mitarbeiter / Sachbearbeiter.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="68" />
            <source>The device user's API key expires on {when} ({days}).</source>
            <translation>Der API-Schlüssel des Gerätebenutzers läuft am {when} ab ({days}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="97" />
            <source>Odoo {major}: Inventory / User may apply counts; badge and PIN sign-in from Odoo needs Employees / Officer.</source>
            <translation>Odoo {major}: Lager / Benutzer darf Inventuren anwenden; die Anmeldung mit Ausweis und PIN aus Odoo braucht Mitarbeiter / Sachbearbeiter.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="59" />
            <source>This Odoo's API keys do not expire.</source>
            <translation>Die API-Schlüssel dieses Odoo laufen nicht ab.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="61" />
            <source>The device user's API key does not expire.</source>
            <translation>Der API-Schlüssel des Gerätebenutzers läuft nicht ab.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="65" />
            <source>The device user's API key expired on {when}: Odoo refuses this PC.</source>
            <translation>Der API-Schlüssel des Gerätebenutzers ist am {when} abgelaufen: Odoo weist diesen PC ab.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="71" />
            <source>in 1 day</source>
            <translation>in 1 Tag</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="71" />
            <source>in {n} days</source>
            <translation>in {n} Tagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/pull.py" line="188" />
            <source>Odoo has no warehouse with the short name {code}, or the Odoo user of this PC cannot see it. Check store.warehouse_code in this PC's settings.</source>
            <translation>Odoo hat kein Lager mit dem Kurznamen {code}, oder der Odoo-Benutzer dieses PCs kann es nicht sehen. Prüfen Sie store.warehouse_code in den Einstellungen dieses PCs.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="322" />
            <source>This change is not sent: the journal's audit trail does not prove it as it is now ({problem}).</source>
            <translation>Diese Änderung wird nicht gesendet: Der Prüfpfad des Journals belegt sie nicht so, wie sie jetzt ist ({problem}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="327" />
            <source>Do not retry it. Cancel it, redo the work if it is needed, and ask IT to run `storeapp audit verify` on this PC.</source>
            <translation>Versuchen Sie sie nicht erneut. Stornieren Sie sie, erledigen Sie die Arbeit bei Bedarf neu und bitten Sie die IT, `storeapp audit verify` auf diesem PC auszuführen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="241" />
            <source>This version of storeapp does not know how to send '{kind}' changes.</source>
            <translation>Diese Version von storeapp kann keine „{kind}“-Änderungen senden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="245" />
            <source>Update storeapp on this PC, then retry this change.</source>
            <translation>Aktualisieren Sie storeapp auf diesem PC und versuchen Sie diese Änderung dann erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="262" />
            <source>This change says it was approved by {approver} who made it; a change must be approved by another manager.</source>
            <translation>Diese Änderung gibt an, von {approver} genehmigt worden zu sein, der sie selbst gemacht hat; eine Änderung muss von einem anderen Manager genehmigt werden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="267" />
            <source>Cancel it and have the work approved by a different manager.</source>
            <translation>Stornieren Sie sie und lassen Sie die Arbeit von einem anderen Manager genehmigen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="275" />
            <source>storeapp stopped while sending this change; waiting for Odoo to finish before checking whether it arrived</source>
            <translation>storeapp wurde beim Senden dieser Änderung beendet; warten, bis Odoo fertig ist, bevor geprüft wird, ob sie angekommen ist</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="252" />
            <source>This saved change cannot be sent as it is: {problem}.</source>
            <translation>Diese gespeicherte Änderung kann so nicht gesendet werden: {problem}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="253" />
            <source>Cancel it and do the work again; tell IT if it happens again.</source>
            <translation>Stornieren Sie sie und erledigen Sie die Arbeit neu; informieren Sie die IT, wenn es wieder passiert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="301" />
            <source>storeapp hit an unexpected problem sending this change ({error}).</source>
            <translation>storeapp ist beim Senden dieser Änderung auf ein unerwartetes Problem gestoßen ({error}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="305" />
            <source>Retry it; if it fails again, export a support bundle and tell IT.</source>
            <translation>Versuchen Sie sie erneut; schlägt sie wieder fehl, exportieren Sie ein Support-Paket und informieren Sie die IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="265" />
            <source>the person</source>
            <translation>der Person</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/versions.py" line="111" />
            <source>The server did not say which Odoo version it runs, so it is probably not an Odoo server. Check the Odoo address in the settings.</source>
            <translation>Der Server hat nicht gesagt, welche Odoo-Version er betreibt, also ist er wahrscheinlich kein Odoo-Server. Prüfen Sie die Odoo-Adresse in den Einstellungen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/versions.py" line="127" />
            <source>This server runs Odoo {version}; storeapp works with Odoo 17, 18 and 19 only. Ask IT to connect this PC to a supported server or to install a storeapp release for it.</source>
            <translation>Dieser Server betreibt Odoo {version}; storeapp funktioniert nur mit Odoo 17, 18 und 19. Bitten Sie die IT, diesen PC mit einem unterstützten Server zu verbinden oder eine passende storeapp-Version zu installieren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/versions.py" line="120" />
            <source>The server reports an unreadable version ({version}). Check the Odoo address.</source>
            <translation>Der Server meldet eine unlesbare Version ({version}). Prüfen Sie die Odoo-Adresse.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="312" />
            <source>{name} -&gt; {url} ({events})</source>
            <translation>{name} -&gt; {url} ({events})</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="299" />
            <source>no endpoints configured: no events are sent</source>
            <translation>keine Endpunkte konfiguriert: es werden keine Ereignisse gesendet</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="316" />
            <source>{n} event type</source>
            <translation>{n} Ereignistyp</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="316" />
            <source>{n} event types</source>
            <translation>{n} Ereignistypen</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="307" />
            <source>endpoints cannot be read: {problem}</source>
            <translation>die Endpunkte können nicht gelesen werden: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="308" />
            <source>Correct [webhooks] endpoints in the machine file (docs/integration.md).</source>
            <translation>Korrigieren Sie [webhooks] endpoints in der Maschinendatei (docs/integration.md).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="323" />
            <source>{endpoint}, secret found ({secret})</source>
            <translation>{endpoint}, Geheimnis gefunden ({secret})</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="329" />
            <source>{endpoint}: its secret ({secret}) is not set; events wait in the queue</source>
            <translation>{endpoint}: sein Geheimnis ({secret}) ist nicht gesetzt; Ereignisse warten in der Warteschlange</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="334" />
            <source>Set that environment variable for storeapp, or the keyring entry '{service}' / '{name}'.</source>
            <translation>Setzen Sie diese Umgebungsvariable für storeapp oder den Eintrag '{service}' / '{name}' im Passwortspeicher.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/counts/model.py" line="44" />
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="134" />
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/counts/model.py" line="44" />
            <source>Location</source>
            <translation>Lagerplatz</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <source>Counted</source>
            <translation>Gezählt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Counted by</source>
            <translation>Gezählt von</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Recounts</source>
            <translation>Nachzählungen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="36" />
            <source>Count</source>
            <translation>Inventur</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="36" />
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Return</source>
            <translation>Rückgabe</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <location filename="../../storeapp/ui/returns/model.py" line="46" />
            <source>Order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <location filename="../../storeapp/ui/returns/model.py" line="46" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <source>Promised</source>
            <translation>Zugesagt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <source>Items</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="134" />
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="134" />
            <source>Bin</source>
            <translation>Lagerplatz</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="134" />
            <source>Ordered</source>
            <translation>Bestellt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="134" />
            <source>Picked</source>
            <translation>Kommissioniert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="44" />
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Products</source>
            <translation>Produkte</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="44" />
            <source>Due / started</source>
            <translation>Fällig / begonnen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="129" />
            <source>Click &amp;&amp; Collect</source>
            <translation>Click &amp;&amp; Collect</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="129" />
            <source>Returns</source>
            <translation>Rückgaben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="129" />
            <source>Counts</source>
            <translation>Inventur</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="129" />
            <source>Technical</source>
            <translation>Technik</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Odoo refused the device sign-in</source>
            <translation>Odoo hat die Geräteanmeldung abgelehnt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>A manager or IT can enter a new API key in Device setup. Saved work waits in the outbox.</source>
            <translation>Ein Manager oder die IT kann unter Geräteeinrichtung einen neuen API-Schlüssel eingeben. Gespeicherte Arbeit wartet im Ausgang.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Not allowed in Odoo</source>
            <translation>In Odoo nicht erlaubt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Ask the Odoo administrator to give the device user the right named above.</source>
            <translation>Bitten Sie den Odoo-Administrator, dem Gerätebenutzer das oben genannte Recht zu geben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Odoo said no</source>
            <translation>Odoo hat abgelehnt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Fix the cause named above in Odoo, or ask a manager.</source>
            <translation>Beheben Sie die oben genannte Ursache in Odoo oder fragen Sie einen Manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Deleted in Odoo</source>
            <translation>In Odoo gelöscht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Refresh the screen; the record no longer exists in Odoo.</source>
            <translation>Aktualisieren Sie den Bildschirm; der Datensatz existiert in Odoo nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>The Odoo server had a problem</source>
            <translation>Der Odoo-Server hatte ein Problem</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Try again in a few minutes.</source>
            <translation>Versuchen Sie es in ein paar Minuten erneut.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Odoo answered nonsense</source>
            <translation>Odoo hat unverständlich geantwortet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Try again; if it repeats, send the details to IT.</source>
            <translation>Versuchen Sie es erneut; wiederholt es sich, senden Sie die Details an die IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>storeapp and this Odoo do not match</source>
            <translation>storeapp und dieses Odoo passen nicht zusammen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Send the details to IT: this Odoo lacks something storeapp expects.</source>
            <translation>Senden Sie die Details an die IT: Diesem Odoo fehlt etwas, das storeapp erwartet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Not a supported Odoo</source>
            <translation>Kein unterstütztes Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Check the address; storeapp needs Odoo 17.</source>
            <translation>Prüfen Sie die Adresse; storeapp braucht Odoo 17.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>The secure connection was refused</source>
            <translation>Die sichere Verbindung wurde abgelehnt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Check the https:// address. A company certificate authority must be set by IT.</source>
            <translation>Prüfen Sie die https://-Adresse. Eine Zertifizierungsstelle des Unternehmens muss die IT einrichten.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>No device credential</source>
            <translation>Keine Gerätezugangsdaten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Open Device setup and enter the device login and API key.</source>
            <translation>Öffnen Sie die Geräteeinrichtung und geben Sie Geräte-Login und API-Schlüssel ein.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Store</source>
            <translation>Filiale</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Locations</source>
            <translation>Lagerplätze</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Operation types</source>
            <translation>Vorgangsarten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Product categories</source>
            <translation>Produktkategorien</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Packagings</source>
            <translation>Verpackungen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Lots and serial numbers</source>
            <translation>Chargen und Seriennummern</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Stock on hand</source>
            <translation>Lagerbestand</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Delivery methods</source>
            <translation>Versandarten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Sales orders</source>
            <translation>Verkaufsaufträge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Sales order lines</source>
            <translation>Verkaufsauftragszeilen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Transfers</source>
            <translation>Transfers</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Transfer lines</source>
            <translation>Transferzeilen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Transfer details</source>
            <translation>Transferdetails</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Employees</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Needs a manager</source>
            <translation>Braucht einen Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Waiting to send</source>
            <translation>Wartet auf Versand</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Sending</source>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>In Odoo</source>
            <translation>In Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Will retry</source>
            <translation>Neuer Versuch folgt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Needs a person</source>
            <translation>Braucht eine Person</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Picked quantities</source>
            <translation>Kommissionierte Mengen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Order handed over</source>
            <translation>Bestellung übergeben</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Stock adjustment</source>
            <translation>Bestandskorrektur</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Note in Odoo</source>
            <translation>Notiz in Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>#</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Applies to</source>
            <translation>Betrifft</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Made</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Tries</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Reason / last error</source>
            <translation>Grund / letzter Fehler</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Needs attention</source>
            <translation>Braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Not yet in Odoo</source>
            <translation>Noch nicht in Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Sent to Odoo</source>
            <translation>An Odoo gesendet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Rejected or cancelled</source>
            <translation>Abgelehnt oder storniert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="46" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="46" />
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="46" />
            <source>Deliveries</source>
            <translation>Lieferungen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Sold</source>
            <translation>Verkauft</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Returned</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Can return</source>
            <translation>Möglich</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Condition</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Serial / lot</source>
            <translation>Serie / Charge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Decision</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/screen.py" line="42" />
            <source>The returns policy could not be loaded: {error}</source>
            <translation>Die Rückgaberichtlinie konnte nicht geladen werden: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="392" />
            <source>Odoo badges</source>
            <translation>Odoo-Ausweise</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="392" />
            <source>Employees sign in with the badge and PIN set in Odoo. The device user needs the Employees / Officer right; this PC keeps only a scrambled check of each PIN and badge.</source>
            <translation>Mitarbeiter melden sich mit Ausweis und PIN aus Odoo an. Der Gerätebenutzer braucht das Recht Mitarbeiter / Sachbearbeiter; dieser PC speichert von jeder PIN und jedem Ausweis nur einen verschlüsselten Prüfwert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="392" />
            <source>Local enrollment</source>
            <translation>Lokale Registrierung</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="392" />
            <source>Least privilege: Odoo shares only names and jobs. Each employee sets a badge and PIN on this PC once, with a signed-in manager present.</source>
            <translation>Geringste Rechte: Odoo teilt nur Namen und Tätigkeiten. Jeder Mitarbeiter legt einmal Ausweis und PIN auf diesem PC fest, im Beisein eines angemeldeten Managers.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="308" />
            <source>Click-and-collect delivery methods ({how}): {taken}.</source>
            <translation>Click &amp; Collect-Versandarten ({how}): {taken}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="140" />
            <source>Fill in the Odoo address, database, device login and API key.</source>
            <translation>Füllen Sie Odoo-Adresse, Datenbank, Geräte-Login und API-Schlüssel aus.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="182" />
            <source>Connected to Odoo {version} as {login}.</source>
            <translation>Verbunden mit Odoo {version} als {login}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="236" />
            <source>{expiry} {advice}</source>
            <translation>{expiry} {advice}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="252" />
            <source>{problem} {advice}</source>
            <translation>{problem} {advice}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="257" />
            <source>The device user has an e-mail address, so notes on orders reach Odoo.</source>
            <translation>Der Gerätebenutzer hat eine E-Mail-Adresse, also erreichen Notizen an Bestellungen Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="282" />
            <source>store.click_collect_carriers names '{name}', which is not a delivery method in this Odoo: correct the name (IT).</source>
            <translation>store.click_collect_carriers nennt „{name}“, das keine Versandart in diesem Odoo ist: Korrigieren Sie den Namen (IT).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="290" />
            <source>No delivery method looks like click-and-collect (by type, or a name with collect, pickup, retrait, afhalen, abholung, ophalen…), so no orders will be found. IT can name the carriers in store.click_collect_carriers, or set store.click_collect_mode.</source>
            <translation>Keine Versandart sieht nach Click &amp; Collect aus (nach Art oder einem Namen mit collect, pickup, retrait, afhalen, abholung, ophalen…), daher werden keine Bestellungen gefunden. Die IT kann die Versanddienstleister in store.click_collect_carriers nennen oder store.click_collect_mode setzen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="299" />
            <source>{carrier} ({reason}): {orders}</source>
            <translation>{carrier} ({reason}): {orders}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="320" />
            <source>The Inventory app is not installed in this Odoo database. Ask the Odoo administrator to install it (Apps → Inventory).</source>
            <translation>Die App Lager ist in dieser Odoo-Datenbank nicht installiert. Bitten Sie den Odoo-Administrator, sie zu installieren (Apps → Lager).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="370" />
            <source>The Employees app is not installed, so nobody can sign in. Ask the Odoo administrator to install it (Apps → Employees).</source>
            <translation>Die App Mitarbeiter ist nicht installiert, daher kann sich niemand anmelden. Bitten Sie den Odoo-Administrator, sie zu installieren (Apps → Mitarbeiter).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="228" />
            <source>Could not check when the API key expires ({error}).</source>
            <translation>Konnte nicht prüfen, wann der API-Schlüssel abläuft ({error}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="246" />
            <source>Could not check the device user's e-mail address ({exc}).</source>
            <translation>Die E-Mail-Adresse des Gerätebenutzers konnte nicht geprüft werden ({exc}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="273" />
            <source>Could not read Odoo's delivery methods, so click-and-collect orders cannot be recognised by carrier. Ask IT to set store.click_collect_mode.</source>
            <translation>Die Versandarten von Odoo konnten nicht gelesen werden, daher können Click &amp; Collect-Bestellungen nicht am Versanddienstleister erkannt werden. Bitten Sie die IT, store.click_collect_mode zu setzen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="327" />
            <source>The device user may pick, validate and return (Inventory / User).</source>
            <translation>Der Gerätebenutzer darf kommissionieren, bestätigen und zurücknehmen (Lager / Benutzer).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="332" />
            <source>The device user cannot work with transfers. Ask the Odoo administrator to give it the Inventory / User right.</source>
            <translation>Der Gerätebenutzer kann nicht mit Transfers arbeiten. Bitten Sie den Odoo-Administrator, ihm das Recht Lager / Benutzer zu geben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="347" />
            <source>It may apply stock counts (Inventory / Administrator, needed in 17).</source>
            <translation>Er darf Inventuren buchen (Lager / Administrator, nötig in 17).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="378" />
            <source>It may read badges and PINs (Employees / Officer): 'Odoo badges' sign-in is possible.</source>
            <translation>Er darf Ausweise und PINs lesen (Mitarbeiter / Sachbearbeiter): Anmeldung mit „Odoo-Ausweise“ ist möglich.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="385" />
            <source>It cannot read badges and PINs (no Employees / Officer right): employees will be enrolled on this PC with a manager present ('Local enrollment').</source>
            <translation>Er kann Ausweise und PINs nicht lesen (kein Recht Mitarbeiter / Sachbearbeiter): Mitarbeiter werden auf diesem PC im Beisein eines Managers registriert („Lokale Registrierung“).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="157" />
            <source>No Odoo server answered at {url} ({exc}). Check the address, the port and this PC's network connection.</source>
            <translation>Kein Odoo-Server hat unter {url} geantwortet ({exc}). Prüfen Sie Adresse, Port und die Netzwerkverbindung dieses PCs.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="167" />
            <source>Odoo refused the device login or API key (mistyped, revoked or expired). Check both; an API key is made in Odoo under Preferences → Account Security → New API Key, and IT stores a new one with `storeapp provision --only credential`.</source>
            <translation>Odoo hat Geräte-Login oder API-Schlüssel abgelehnt (falsch eingegeben, widerrufen oder abgelaufen). Prüfen Sie beides; einen API-Schlüssel erstellen Sie in Odoo unter Einstellungen → Kontosicherheit → Neuer API-Schlüssel, und die IT hinterlegt den neuen mit `storeapp provision --only credential`.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="210" />
            <source>This Odoo has no warehouse: a store must be a warehouse.</source>
            <translation>Dieses Odoo hat kein Lager: Eine Filiale muss ein Lager sein.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="354" />
            <source>Could not check whether it may apply stock counts (Odoo 17 needs Inventory / Administrator). If it lacks that right, counts wait in the outbox until given.</source>
            <translation>Konnte nicht prüfen, ob er Inventuren buchen darf (Odoo 17 verlangt Lager / Administrator). Fehlt das Recht, warten Inventuren im Ausgang, bis es erteilt ist.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="362" />
            <source>It cannot apply stock counts: Odoo 17 requires Inventory / Administrator for that. Counts will wait in the outbox until the right is given.</source>
            <translation>Er kann keine Inventuren buchen: Odoo 17 verlangt dafür Lager / Administrator. Inventuren warten im Ausgang, bis das Recht erteilt ist.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Connection slow or failing</source>
            <translation>Verbindung langsam oder gestört</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Offline — working from this PC</source>
            <translation>Offline — Arbeit auf diesem PC</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Odoo refused the device login</source>
            <translation>Odoo hat die Geräteanmeldung abgelehnt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Setup problem: Odoo cannot be used as configured</source>
            <translation>Einrichtungsproblem: Odoo kann so, wie es eingerichtet ist, nicht genutzt werden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Checking connection…</source>
            <translation>Verbindung wird geprüft…</translation>
        </message>
        <message>
            <source>{fails} problem(s), {warns} warning(s).</source>
            <translation type="vanished">{fails} Problem(e), {warns} Warnung(en).</translation>
        </message>
        <message>
            <source>ok</source>
            <translation type="vanished">ok</translation>
        </message>
        <message>
            <source>warn</source>
            <translation type="vanished">warn</translation>
        </message>
        <message>
            <source>error</source>
            <translation type="vanished">error</translation>
        </message>
        <message>
            <source>muted</source>
            <translation type="vanished">muted</translation>
        </message>
        <message>
            <source>Odoo refused the device login or API key. Check both; an API key is made in Odoo under Preferences → Account Security → New API Key.</source>
            <translation type="vanished">Odoo hat Geräte-Login oder API-Schlüssel abgelehnt. Prüfen Sie beides; einen API-Schlüssel erstellen Sie in Odoo unter Einstellungen → Kontosicherheit → Neuer API-Schlüssel.</translation>
        </message>
    </context>
</TS>

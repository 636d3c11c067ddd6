<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
    <context>
        <name>ApprovalsPresenter</name>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="44" />
            <source>Only a manager can approve or reject adjustments. Ask a manager to sign in.</source>
            <translation>Alleen een manager kan correcties goedkeuren of afwijzen. Vraag een manager om zich aan te melden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="65" />
            <source>Write a note saying why it is rejected: the person who counted reads it.</source>
            <translation>Schrijf een notitie waarom het afgewezen wordt: wie geteld heeft, leest ze.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="74" />
            <source>{n} {verb}.</source>
            <translation>{n} {verb}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="82" />
            <source>Nothing was selected.</source>
            <translation>Er werd niets geselecteerd.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsView</name>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="42" />
            <source>Approvals</source>
            <translation>Goedkeuringen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="46" />
            <source>Stock adjustments above the store's limits and return exceptions wait here. Decisions are saved at once, also offline, and reach Odoo at the next sync. Nobody approves a count they took part in.</source>
            <translation>Voorraadcorrecties boven de limieten van de winkel en retouruitzonderingen wachten hier. Beslissingen worden meteen opgeslagen, ook offline, en bereiken Odoo bij de volgende synchronisatie. Niemand keurt een telling goed waaraan hij meewerkte.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="87" />
            <source>Note for the counter and for Odoo (required to reject)</source>
            <translation>Notitie voor wie telde en voor Odoo (verplicht om af te wijzen)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="89" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="90" />
            <source>Approve</source>
            <translation>Goedkeuren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="92" />
            <source>Reject</source>
            <translation>Afwijzen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="94" />
            <source>Select all</source>
            <translation>Alles selecteren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="136" />
            <source>Nothing selected</source>
            <translation>Niets geselecteerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="138" />
            <source>Choose one line to see its story, or several to decide them together.</source>
            <translation>Kies één lijn om het verloop te zien, of meerdere om ze samen te beslissen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="143" />
            <source>{n} items selected</source>
            <translation>{n} items geselecteerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="144" />
            <source>Approve or reject them together with one note.</source>
            <translation>Keur ze samen goed of wijs ze samen af met één notitie.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="147" />
            <source>{n} of them you counted yourself: those stay for another manager.</source>
            <translation>{n} ervan hebt u zelf geteld: die blijven voor een andere manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="157" />
            <source>Why a manager: {reasons}.</source>
            <translation>Waarom een manager: {reasons}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="160" />
            <source>{who} counted {qty}</source>
            <translation>{who} telde {qty}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="163" />
            <source>Count history: {steps}.</source>
            <translation>Verloop van de telling: {steps}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="165" />
            <source>You took part in this count: another manager must approve it.</source>
            <translation>U werkte mee aan deze telling: een andere manager moet ze goedkeuren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="176" />
            <source>Reading the approval inbox</source>
            <translation>De goedkeuringen worden gelezen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="179" />
            <source>{n} waiting</source>
            <translation>{n} wachtend</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="208" />
            <source>Saving the decision</source>
            <translation>De beslissing wordt opgeslagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="210" />
            <source>approved</source>
            <translation>goedgekeurd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="210" />
            <source>rejected</source>
            <translation>afgewezen</translation>
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
            <translation>(geen klantnaam)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/label.py" line="109" />
            <source>Keep on the pickup shelf until the customer collects it.</source>
            <translation>Bewaren in het afhaalrek tot de klant het komt afhalen.</translation>
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
            <translation>Vraagt aandacht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="72" />
            <source>Picking: %1</source>
            <translation>Picken: %1</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="74" />
            <source>Overdue</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="85" />
            <source>phone …%1</source>
            <translation>tel. …%1</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="159" />
            <source>Short %1: %2</source>
            <translation>Tekort %1: %2</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="165" />
            <source>Picked</source>
            <translation>Gepickt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="167" />
            <source>Scan the serial number</source>
            <translation>Scan het serienummer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="169" />
            <source>Scan the lot</source>
            <translation>Scan het lot</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="173" />
            <source>typed by hand</source>
            <translation>met de hand getypt</translation>
        </message>
    </context>
    <context>
        <name>ClickCollectView</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="258" />
            <source>Orders not loaded from Odoo yet: run the first sync.</source>
            <translation>Orders nog niet geladen uit Odoo: voer de eerste synchronisatie uit.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="263" />
            <source>Orders brought up to date from Odoo just now</source>
            <translation>Orders zonet bijgewerkt vanuit Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="265" />
            <source>Orders brought up to date from Odoo %1 ago</source>
            <translation>Orders %1 geleden bijgewerkt vanuit Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="268" />
            <source>offline: picks and handovers are saved and sent later</source>
            <translation>offline: picks en overhandigingen worden opgeslagen en later verstuurd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="295" />
            <source>Reading the click-and-collect orders</source>
            <translation>De Click &amp; Collect-orders worden gelezen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="314" />
            <source>Saving the pick</source>
            <translation>De pick wordt opgeslagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="338" />
            <source>No click-and-collect order %1 in this store's list. Check the number, or search by the customer's name.</source>
            <translation>Geen Click &amp; Collect-order %1 in de lijst van deze winkel. Controleer het nummer, of zoek op de naam van de klant.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="355" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="392" />
            <source>Opening the order</source>
            <translation>Het order wordt geopend</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="413" />
            <source>Marking the order ready</source>
            <translation>Het order wordt klaargezet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="417" />
            <source>%1 is ready for pickup. Odoo gets the picked quantities and a note for the customer.</source>
            <translation>Order %1 is klaar om af te halen. Odoo krijgt de gepickte aantallen en een notitie voor de klant.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="443" />
            <source>Bag label sent to %1.</source>
            <translation>Zaklabel verstuurd naar %1.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="444" />
            <source>Bag label saved as %1.</source>
            <translation>Zaklabel opgeslagen als %1.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="446" />
            <source>Printing the bag label</source>
            <translation>Het zaklabel wordt afgedrukt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="473" />
            <source>Recording the handover</source>
            <translation>De overhandiging wordt geregistreerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="481" />
            <source>%1 handed over. Odoo gets the validation when it is reachable.</source>
            <translation>Order %1 meegegeven. Odoo krijgt de validatie zodra het bereikbaar is.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="499" />
            <source>Undoing the handover</source>
            <translation>De overhandiging wordt ongedaan gemaakt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="515" />
            <source>Recording that the items went back</source>
            <translation>Er wordt geregistreerd dat de artikelen terug zijn gelegd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="520" />
            <source>%1: items back on the shelf; the order is closed here.</source>
            <translation>%1: artikelen terug in het rek; het order is hier afgesloten.</translation>
        </message>
    </context>
    <context>
        <name>CountsModel</name>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="34" />
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="36" />
            <source>{n} days late</source>
            <translation>{n} dagen te laat</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="36" />
            <source>yesterday</source>
            <translation>gisteren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="56" />
            <source>In progress, by {who}</source>
            <translation>Bezig, door {who}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="61" />
            <source>Counted by {who}, on its way to Odoo</source>
            <translation>Geteld door {who}, onderweg naar Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="64" />
            <source>Count requested in Odoo</source>
            <translation>Telling gevraagd in Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="100" />
            <source>hidden</source>
            <translation>verborgen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="105" />
            <source>({n} recount)</source>
            <translation>(hertellingen: {n})</translation>
        </message>
    </context>
    <context>
        <name>CountsPresenter</name>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="74" />
            <source>Nobody is signed in. Sign in to count.</source>
            <translation>Niemand is aangemeld. Meld u aan om te tellen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="149" />
            <source>Count again</source>
            <translation>Opnieuw tellen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="151" />
            <source>Recount: scan it again</source>
            <translation>Hertelling: scan het opnieuw</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="153" />
            <source>Recounted</source>
            <translation>Herteld</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="155" />
            <source>Counted</source>
            <translation>Geteld</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="181" />
            <source>This location is no longer in the store's data.</source>
            <translation>Deze locatie staat niet meer in de gegevens van de winkel.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="182" />
            <source>Sync with Odoo, then choose another count.</source>
            <translation>Synchroniseer met Odoo en kies dan een andere telling.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="193" />
            <source>Counting {product} at {location}.</source>
            <translation>Telling van {product} op {location}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="197" />
            <source>Counting {location}.</source>
            <translation>Telling van {location}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="198" />
            <source>Scan each item on the shelf.</source>
            <translation>Scan elk artikel in het rek.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="214" />
            <source>{code} is neither a location nor a product of this store.</source>
            <translation>{code} is geen locatie en geen product van deze winkel.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="215" />
            <source>Scan the label on the shelf edge, or a product's barcode.</source>
            <translation>Scan het label op de rand van het rek, of de barcode van een product.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="222" />
            <source>This store has no {product} in stock anywhere, so there is nothing to count.</source>
            <translation>Deze winkel heeft nergens {product} in voorraad, dus er valt niets te tellen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="224" />
            <source>To record stock found on a shelf, scan that shelf's label first.</source>
            <translation>Om voorraad te registreren die u in een rek vindt, scant u eerst het label van dat rek.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="234" />
            <source>It is also stocked in {others}: those counts wait in the task list.</source>
            <translation>Het ligt ook op {others}: die tellingen wachten in de takenlijst.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="259" />
            <source>Nothing was scanned.</source>
            <translation>Er werd niets gescand.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="259" />
            <source>Scan again.</source>
            <translation>Scan opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="272" />
            <source>Already counting {location}.</source>
            <translation>{location} wordt al geteld.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="276" />
            <source>{other} is another location: you are counting {here}.</source>
            <translation>{other} is een andere locatie: u telt {here}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="279" />
            <source>Submit or leave this count first, then scan the other shelf.</source>
            <translation>Dien deze telling eerst in of verlaat ze, en scan dan het andere rek.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="295" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="324" />
            <source>This count is only for {product}; {other} was not counted.</source>
            <translation>Deze telling is alleen voor {product}; {other} werd niet geteld.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="298" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="327" />
            <source>Count the other product with a count of this location.</source>
            <translation>Tel het andere product met een telling van deze locatie.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="318" />
            <source>Scan the shelf label first, then choose the product.</source>
            <translation>Scan eerst het label van het rek en kies dan het product.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="319" />
            <source>Scan the location you are counting.</source>
            <translation>Scan de locatie die u telt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="335" />
            <source>serial number</source>
            <translation>serienummer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="335" />
            <source>lot number</source>
            <translation>lotnummer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="338" />
            <source>{product} is counted by {word}.</source>
            <translation>{product} wordt geteld per {word}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="339" />
            <source>Scan or type the {word} printed on the item.</source>
            <translation>Scan of typ het {word} dat op het artikel staat.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="417" />
            <source>{label}: {qty}</source>
            <translation>{label}: {qty}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="461" />
            <source>Choose a counted line first.</source>
            <translation>Kies eerst een getelde lijn.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="461" />
            <source>Scan the item.</source>
            <translation>Scan het artikel.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="508" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="525" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="551" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="611" />
            <source>No count is open.</source>
            <translation>Er is geen telling open.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="508" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="525" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="551" />
            <source>Start a count first.</source>
            <translation>Start eerst een telling.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="517" />
            <source>Undone. {label}: {qty}</source>
            <translation>Ongedaan gemaakt. {label}: {qty}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="539" />
            <source>Scan every {label} on the shelf again.</source>
            <translation>Scan elk artikel {label} in het rek opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="543" />
            <source>Recount of {label} started.</source>
            <translation>Hertelling van {label} gestart.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="559" />
            <source>The recount of {lines} has not begun.</source>
            <translation>De hertelling van {lines} is nog niet begonnen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="560" />
            <source>Scan those items again (or type 0 if none are left), then submit.</source>
            <translation>Scan die artikelen opnieuw (of typ 0 als er geen meer zijn) en dien dan in.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="570" />
            <source>Count these again before submitting: {names}.</source>
            <translation>Tel deze opnieuw voor u indient: {names}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="571" />
            <source>Select a line and press Recount; another colleague catches more mistakes.</source>
            <translation>Selecteer een lijn en druk op Hertellen; een andere collega vindt meer fouten.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="580" />
            <source>Count of {location} submitted: {auto} adjustment(s) go to Odoo, {manager} wait for a manager.</source>
            <translation>Telling van {location} ingediend: {auto} correctie(s) gaan naar Odoo, {manager} wachten op een manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="587" />
            <source>Scan the next shelf or choose a count.</source>
            <translation>Scan het volgende rek of kies een telling.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="616" />
            <source>Count of {location} abandoned; nothing was sent to Odoo.</source>
            <translation>Telling van {location} stopgezet; er werd niets naar Odoo gestuurd.</translation>
        </message>
    </context>
    <context>
        <name>CountsView</name>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="87" />
            <source>Counts</source>
            <translation>Tellingen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="91" />
            <source>Scan a shelf label to count that location, or a product to count it wherever it is stocked. Odoo's count requests are listed below.</source>
            <translation>Scan een reklabel om die locatie te tellen, of een product om het overal te tellen waar het ligt. De tellingen die Odoo vraagt, staan hieronder.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="99" />
            <source>Scan a shelf label or a product, then Enter</source>
            <translation>Scan een reklabel of een product en druk op Enter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="100" />
            <source>Start a count</source>
            <translation>Een telling starten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="111" />
            <source>Open count</source>
            <translation>Telling openen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="126" />
            <source>Counts are judged against this PC's copy of Odoo's stock. An older copy is safe: Odoo receives the difference found, not the figure.</source>
            <translation>Tellingen worden vergeleken met de kopie van de Odoo-voorraad op deze pc. Een oudere kopie is geen probleem: Odoo krijgt het gevonden verschil, niet het getal.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="150" />
            <source>Blind count: system quantities hidden</source>
            <translation>Blinde telling: voorraad verborgen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="163" />
            <source>Scan an item (or type its barcode, lot or serial number) and press Enter</source>
            <translation>Scan een artikel (of typ de barcode, het lot- of serienummer) en druk op Enter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="164" />
            <source>Scan</source>
            <translation>Scannen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="178" />
            <source>Quantity counted</source>
            <translation>Getelde hoeveelheid</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="179" />
            <source>Set quantity</source>
            <translation>Hoeveelheid instellen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="180" />
            <source>Replace the selected line's count by this quantity</source>
            <translation>De telling van de geselecteerde lijn vervangen door deze hoeveelheid</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="181" />
            <source>Undo last scan</source>
            <translation>Laatste scan ongedaan maken</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="183" />
            <source>Recount line</source>
            <translation>Lijn hertellen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="184" />
            <source>Continue later</source>
            <translation>Later verdergaan</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="185" />
            <source>Abandon</source>
            <translation>Stopzetten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="187" />
            <source>Submit count</source>
            <translation>Telling indienen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="191" />
            <source>Quantity:</source>
            <translation>Hoeveelheid:</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="235" />
            <source>The count settings of this PC are not valid, so the defaults apply: </source>
            <translation>De telinstellingen van deze pc zijn niet geldig, dus gelden de standaardwaarden: </translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="237" />
            <source>Ask IT to correct the [counts] section of the configuration file.</source>
            <translation>Vraag IT om de sectie [counts] van het configuratiebestand te verbeteren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="251" />
            <source>Counting {what}</source>
            <translation>Telling van {what}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="281" />
            <source>No stock figures from Odoo yet: sync first</source>
            <translation>Nog geen voorraadcijfers van Odoo: synchroniseer eerst</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="284" />
            <source>Stock figures as of {age} ago</source>
            <translation>Voorraadcijfers van {age} geleden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="286" />
            <source>Stock figures up to date</source>
            <translation>Voorraadcijfers up-to-date</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="301" />
            <source>Reading the count tasks</source>
            <translation>De teltaken worden gelezen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="310" />
            <source>{open} count(s) in progress on this PC · {requests} requested by Odoo</source>
            <translation>{open} telling(en) bezig op deze pc · {requests} gevraagd door Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="344" />
            <source>Counting the product</source>
            <translation>Het product wordt geteld</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="350" />
            <source>Saving the scan</source>
            <translation>De scan wordt opgeslagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="357" />
            <source>Opening the count</source>
            <translation>De telling wordt geopend</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="367" />
            <location filename="../../storeapp/ui/counts/view.py" line="372" />
            <source>Saving the quantity</source>
            <translation>De hoeveelheid wordt opgeslagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="381" />
            <source>Check the quantity</source>
            <translation>Controleer de hoeveelheid</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="390" />
            <source>Undoing the last scan</source>
            <translation>De laatste scan wordt ongedaan gemaakt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="396" />
            <source>Starting a recount</source>
            <translation>Er wordt een hertelling gestart</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="400" />
            <source>Submitting the count</source>
            <translation>De telling wordt ingediend</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="417" />
            <source>Abandon this count?</source>
            <translation>Deze telling stopzetten?</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="419" />
            <source>The {n} counted line(s) of {location} will not be sent to Odoo. The count stays in the audit record.</source>
            <translation>De {n} getelde lijn(en) van {location} worden niet naar Odoo gestuurd. De telling blijft in het auditlogboek.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="427" />
            <source>Abandoning the count</source>
            <translation>De telling wordt stopgezet</translation>
        </message>
    </context>
    <context>
        <name>DashboardPresenter</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="312" />
            <source>Picked</source>
            <translation>Gepickt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="154" />
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="38" />
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="38" />
            <source>Last 7 days</source>
            <translation>Laatste 7 dagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="38" />
            <source>Last 30 days</source>
            <translation>Laatste 30 dagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="47" />
            <source>{m} min</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="51" />
            <source>{h} h</source>
            <translation>{h} u</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="52" />
            <source>{h} h {m:02d} min</source>
            <translation>{h} u {m:02d} min</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="54" />
            <source>{d} d {h} h</source>
            <translation>{d} d {h} u</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="91" />
            <source>Short picks: {reason}</source>
            <translation>Tekorten bij het picken: {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="95" />
            <source>Return reason: {reason}</source>
            <translation>Retourreden: {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="97" />
            <source>Orders released</source>
            <translation>Vrijgegeven orders</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="98" />
            <source>Of these: picked</source>
            <translation>Waarvan: gepickt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="99" />
            <source>Of these: ready</source>
            <translation>Waarvan: klaar</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="100" />
            <source>Of these: collected</source>
            <translation>Waarvan: afgehaald</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="101" />
            <source>Order → ready, median</source>
            <translation>Order → klaar, mediaan</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="102" />
            <source>Order → ready, p90</source>
            <translation>Order → klaar, p90</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="103" />
            <source>Ready → collected, median</source>
            <translation>Klaar → afgehaald, mediaan</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="104" />
            <source>Ready → collected, p90</source>
            <translation>Klaar → afgehaald, p90</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="105" />
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="240" />
            <source>Overdue now</source>
            <translation>Nu te laat</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="106" />
            <source>Orders with a short pick</source>
            <translation>Orders met een tekort</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="107" />
            <source>Returns taken</source>
            <translation>Aangenomen retours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="108" />
            <source>Value returned</source>
            <translation>Teruggenomen waarde</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="109" />
            <source>Returns refused</source>
            <translation>Geweigerde retours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="110" />
            <source>Refusal rate</source>
            <translation>Weigeringsgraad</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="111" />
            <source>Manager override rate</source>
            <translation>Graad van afwijking door manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="112" />
            <source>Return → confirmed in Odoo, median</source>
            <translation>Retour → bevestigd in Odoo, mediaan</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="113" />
            <source>Lines counted</source>
            <translation>Getelde lijnen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="114" />
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="263" />
            <source>Counted exactly</source>
            <translation>Precies geteld</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="115" />
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="270" />
            <source>Counts within tolerance</source>
            <translation>Tellingen binnen de tolerantie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="116" />
            <source>Adjustment value</source>
            <translation>Waarde van de correcties</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="117" />
            <source>Approvals waiting now</source>
            <translation>Goedkeuringen die nu wachten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="118" />
            <source>Oldest approval waiting</source>
            <translation>Oudste wachtende goedkeuring</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="119" />
            <source>Changes waiting for Odoo</source>
            <translation>Wijzigingen die op Odoo wachten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="120" />
            <source>Oldest waiting change</source>
            <translation>Oudste wachtende wijziging</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="121" />
            <source>Parked (need a person)</source>
            <translation>Geparkeerd (iemand nodig)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="122" />
            <source>Sync failures</source>
            <translation>Mislukte synchronisaties</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="123" />
            <source>Webhook events waiting</source>
            <translation>Wachtende webhookgebeurtenissen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="124" />
            <source>Webhook events refused or given up</source>
            <translation>Geweigerde of opgegeven webhookgebeurtenissen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="156" />
            <source>in 1 day</source>
            <translation>over 1 dag</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="158" />
            <source>in {n} days</source>
            <translation>over {n} dagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="161" />
            <source>Odoo key expires</source>
            <translation>Odoo-sleutel vervalt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="163" />
            <source>IT stores a new key (storeapp provision)</source>
            <translation>IT slaat een nieuwe sleutel op (storeapp provision)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="208" />
            <source>The dashboard is for managers. Ask a manager to sign in.</source>
            <translation>Het dashboard is voor managers. Vraag een manager om zich aan te melden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="233" />
            <source>Orders ready</source>
            <translation>Orders klaar</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="235" />
            <source>of {r} released · {c} collected</source>
            <translation>van {r} vrijgegeven · {c} afgehaald</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="242" />
            <source>past the promised time</source>
            <translation>later dan beloofd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="247" />
            <source>Order → ready</source>
            <translation>Order → klaar</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="249" />
            <source>median · p90 {p}</source>
            <translation>mediaan · p90 {p}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="254" />
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="256" />
            <source>{v} · refused {r}</source>
            <translation>{v} · geweigerd {r}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="265" />
            <source>{n} lines counted</source>
            <translation>{n} lijnen geteld</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="272" />
            <source>no manager needed</source>
            <translation>geen manager nodig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="279" />
            <source>Approvals waiting</source>
            <translation>Wachtende goedkeuringen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="281" />
            <source>oldest {age}</source>
            <translation>oudste {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="283" />
            <source>none waiting</source>
            <translation>niets in wachtrij</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="288" />
            <source>Waiting for Odoo</source>
            <translation>Wacht op Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="290" />
            <source>{p} parked · oldest {age}</source>
            <translation>{p} geparkeerd · oudste {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="311" />
            <source>Released</source>
            <translation>Vrijgegeven</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="313" />
            <source>Ready</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="314" />
            <source>Collected</source>
            <translation>Afgehaald</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="353" />
            <source>{age} ago</source>
            <translation>{age} geleden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="355" />
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="358" />
            <source>Last sync: {model}</source>
            <translation>Laatste synchronisatie: {model}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="366" />
            <source>Nothing to export yet: wait for the figures to load.</source>
            <translation>Nog niets te exporteren: wacht tot de cijfers geladen zijn.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="57" />
            <source>Store dashboard</source>
            <translation>Winkeldashboard</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="61" />
            <source>How the store is doing, from the work recorded on this PC and the data last received from Odoo — also offline. Times are from order to ready and from ready to collected; p90 means 9 in 10 orders were faster.</source>
            <translation>Hoe de winkel het doet, volgens het werk op deze pc en de laatste gegevens van Odoo — ook offline. Tijden lopen van order tot klaar en van klaar tot afgehaald; p90 betekent dat 9 op 10 orders sneller waren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="84" />
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="85" />
            <source>Export CSV…</source>
            <translation>CSV exporteren…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="100" />
            <source>No orders in this period</source>
            <translation>Geen orders in deze periode</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="102" />
            <source>No short picks in this period</source>
            <translation>Geen tekorten in deze periode</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="104" />
            <source>No returns in this period</source>
            <translation>Geen retours in deze periode</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="110" />
            <source>Orders</source>
            <translation>Bestellingen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="110" />
            <source>Click &amp; Collect orders</source>
            <translation>Click &amp; Collect-orders</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="112" />
            <source>Short picks</source>
            <translation>Tekorten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="113" />
            <source>Short picks by reason (share of ready orders)</source>
            <translation>Tekorten per reden (aandeel van de klare orders)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="116" />
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="116" />
            <source>Top return reasons</source>
            <translation>Belangrijkste retourredenen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="194" />
            <source>{title}: {value} ({note})</source>
            <translation>{title}: {value} ({note})</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="231" />
            <source>Updated {time}</source>
            <translation>Bijgewerkt {time}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="243" />
            <source>The dashboard figures could not be read.</source>
            <translation>De cijfers van het dashboard konden niet gelezen worden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="252" />
            <source>Export the dashboard</source>
            <translation>Het dashboard exporteren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="259" />
            <source>The dashboard could not be exported.</source>
            <translation>Het dashboard kon niet geëxporteerd worden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="261" />
            <source>{n} measures exported to {path}</source>
            <translation>{n} metingen geëxporteerd naar {path}</translation>
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
            <translation>Medewerker</translation>
        </message>
    </context>
    <context>
        <name>EmployeesDialog</name>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="43" />
            <location filename="../../storeapp/ui/employees/view.py" line="48" />
            <source>Employees on this PC</source>
            <translation>Medewerkers op deze pc</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="52" />
            <source>Deactivate someone who left, or reset a forgotten PIN: they choose a new one at their next sign-in. For a manager, another manager (or that manager) confirms with their PIN.</source>
            <translation>Deactiveer iemand die vertrokken is, of reset een vergeten pincode: bij de volgende aanmelding kiest die persoon een nieuwe. Voor een manager bevestigt een andere manager (of die manager zelf) met de eigen pincode.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="61" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="62" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="63" />
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="64" />
            <source>Sign-in</source>
            <translation>Aanmelding</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="65" />
            <source>Enrolled by</source>
            <translation>Geregistreerd door</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="73" />
            <source>Second manager</source>
            <translation>Tweede manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="78" />
            <source>Confirming manager (for a manager)</source>
            <translation>Bevestigende manager (voor een manager)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="79" />
            <source>Their PIN</source>
            <translation>Diens pincode</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="83" />
            <source>Reset PIN</source>
            <translation>Pincode resetten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="84" />
            <source>Deactivate</source>
            <translation>Deactiveren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="85" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="109" />
            <source>Reading the employees on this PC</source>
            <translation>De medewerkers op deze pc worden gelezen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="113" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="113" />
            <source>Associate</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="117" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="143" />
            <source>Choose a person in the list first.</source>
            <translation>Kies eerst een persoon in de lijst.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="153" />
            <source>Changing a sign-in</source>
            <translation>Een aanmelding wordt gewijzigd</translation>
        </message>
    </context>
    <context>
        <name>Enroll</name>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="113" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>De twee pincodes verschillen. Typ twee keer dezelfde pincode.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="116" />
            <location filename="../../storeapp/ui/enroll/presenter.py" line="127" />
            <source>A manager must be signed in to enroll someone.</source>
            <translation>Er moet een manager aangemeld zijn om iemand te registreren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="119" />
            <source>Managers cannot enroll themselves. Ask another manager or IT.</source>
            <translation>Managers kunnen zichzelf niet registreren. Vraag het aan een andere manager of aan IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="130" />
            <source>Enroll a manager first; that manager then enrolls the others.</source>
            <translation>Registreer eerst een manager; die manager registreert dan de anderen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="135" />
            <source>That is not this PC's device key. Only IT can enroll the first manager.</source>
            <translation>Dat is niet de toestelsleutel van deze pc. Alleen IT kan de eerste manager registreren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="143" />
            <source>Badges need this PC's keyring, which is not available. Enroll with a PIN only.</source>
            <translation>Badges hebben de keyring van deze pc nodig, en die is niet beschikbaar. Registreer alleen met een pincode.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="159" />
            <source>{name} can now sign in on this PC.</source>
            <translation>{name} kan zich nu aanmelden op deze pc.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="214" />
            <source>{name} is a manager: enrolling them again needs their current PIN, or a second manager's PIN.</source>
            <translation>{name} is manager: opnieuw registreren vraagt de huidige pincode of de pincode van een tweede manager.</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="39" />
            <location filename="../../storeapp/ui/enroll/view.py" line="46" />
            <source>Enroll an employee</source>
            <translation>Een medewerker registreren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="46" />
            <source>Enroll the first manager</source>
            <translation>De eerste manager registreren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="51" />
            <source>IT enrolls the store's first manager with this PC's device key; that manager then enrolls everyone else.</source>
            <translation>IT registreert de eerste manager van de winkel met de toestelsleutel van deze pc; die manager registreert daarna alle anderen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="56" />
            <source>The employee types their own PIN while {name} is present. Scanning a badge is optional: without one, they choose their name to sign in.</source>
            <translation>De medewerker typt zelf de pincode terwijl {name} erbij is. Een badge scannen is optioneel: zonder badge kiest hij of zij de eigen naam om zich aan te melden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="63" />
            <location filename="../../storeapp/ui/enroll/view.py" line="78" />
            <source>Employee</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="66" />
            <source>scan the badge (optional)</source>
            <translation>scan de badge (optioneel)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="75" />
            <source>the API key entered in Device setup</source>
            <translation>de API-sleutel die in Toestelinstelling werd ingegeven</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="79" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="80" />
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="81" />
            <source>PIN (4–8 digits, managers 6–8)</source>
            <translation>Pincode (4–8 cijfers, managers 6–8)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="82" />
            <source>PIN again</source>
            <translation>Pincode opnieuw</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="84" />
            <source>Device key (IT)</source>
            <translation>Toestelsleutel (IT)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="86" />
            <source>Their current PIN</source>
            <translation>Huidige pincode</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="87" />
            <source>…or a second manager</source>
            <translation>…of een tweede manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="88" />
            <source>Second manager's PIN</source>
            <translation>Pincode van de tweede manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="93" />
            <source>Enroll</source>
            <translation>Registreren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="95" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="118" />
            <source>Reading the store's employees</source>
            <translation>De medewerkers van de winkel worden gelezen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="128" />
            <source> — already enrolled</source>
            <translation> — al geregistreerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="133" />
            <source>No employees of this store are on this PC yet: run a sync with Odoo first.</source>
            <translation>Er staan nog geen medewerkers van deze winkel op deze pc: synchroniseer eerst met Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="145" />
            <source>Second manager</source>
            <translation>Tweede manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="158" />
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="170" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="170" />
            <source>Associate</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="200" />
            <source>Enrolling</source>
            <translation>Registreren</translation>
        </message>
    </context>
    <context>
        <name>ErrorPresenter</name>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="113" />
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="113" />
            <source>Nothing of this change was kept.</source>
            <translation>Niets van deze wijziging is bewaard.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="122" />
            <source>Odoo said no</source>
            <translation>Odoo weigerde</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="122" />
            <source>Read the reason above.</source>
            <translation>Lees de reden hierboven.</translation>
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
            <translation>Geen veilige plaats voor het wachtwoord van het toestel</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="140" />
            <source>{doing}: this computer has no usable password store (keyring).</source>
            <translation>{doing}: deze computer heeft geen bruikbare wachtwoordkluis (keyring).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="142" />
            <source>On Windows and macOS this is built in. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet) for this user, then try again. storeapp never keeps the password in a file instead.</source>
            <translation>Op Windows en macOS is die ingebouwd. Installeer op Linux een Secret Service-keyring (GNOME Keyring of KWallet) voor deze gebruiker, ontgrendel hem en probeer opnieuw. storeapp bewaart het wachtwoord nooit in een bestand in de plaats.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="154" />
            <source>The disk is full</source>
            <translation>De schijf is vol</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="155" />
            <source>{doing}: nothing could be saved because the disk is full.</source>
            <translation>{doing}: er kon niets worden opgeslagen, want de schijf is vol.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="157" />
            <source>Free some space on this computer (or ask IT), then try again. Work already saved is safe.</source>
            <translation>Maak ruimte vrij op deze computer (of vraag het aan IT) en probeer opnieuw. Werk dat al opgeslagen is, is veilig.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="168" />
            <source>The store database is busy</source>
            <translation>De winkeldatabank is bezet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="169" />
            <source>{doing}: another program is holding the store database.</source>
            <translation>{doing}: een ander programma houdt de winkeldatabank vast.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="170" />
            <source>Close any other copy of storeapp or tool using its data folder, then retry.</source>
            <translation>Sluit elke andere kopie van storeapp of elk hulpmiddel dat de gegevensmap gebruikt en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="175" />
            <source>The store database could not be written</source>
            <translation>Er kon niet naar de winkeldatabank worden geschreven</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="176" />
            <source>{doing}: the disk refused the write ({error}). This change was NOT saved.</source>
            <translation>{doing}: de schijf weigerde het schrijven ({error}). Deze wijziging is NIET opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="180" />
            <source>Check the disk and free space, then try again. If it keeps happening, run 'storeapp doctor' and call IT.</source>
            <translation>Controleer de schijf en de vrije ruimte en probeer opnieuw. Gebeurt het opnieuw, start dan 'storeapp doctor' en bel IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="192" />
            <source>The secure connection was refused</source>
            <translation>De beveiligde verbinding werd geweigerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="193" />
            <source>{doing}: the Odoo server's certificate could not be verified.</source>
            <translation>{doing}: het certificaat van de Odoo-server kon niet worden gecontroleerd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="195" />
            <source>Check the address starts with the right https:// name. If your company uses its own certificate authority, IT must add it in the machine file.</source>
            <translation>Controleer of het adres begint met de juiste https://-naam. Heeft uw bedrijf een eigen certificaatautoriteit, dan moet IT die toevoegen in het machinebestand.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="213" />
            <source>Odoo cannot be reached</source>
            <translation>Odoo is niet bereikbaar</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="214" />
            <source>{doing}: no answer from the Odoo server.</source>
            <translation>{doing}: geen antwoord van de Odoo-server.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="216" />
            <source>Check the network cable or Wi-Fi and the server address. The store keeps working offline; changes are sent when the connection is back.</source>
            <translation>Controleer de netwerkkabel of de wifi en het serveradres. De winkel werkt offline verder; wijzigingen worden verstuurd zodra de verbinding terug is.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="231" />
            <source>That did not work</source>
            <translation>Dat is niet gelukt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="238" />
            <source>Something went wrong</source>
            <translation>Er ging iets mis</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="240" />
            <source>Try again. If it happens again, copy the details and send them to IT.</source>
            <translation>Probeer opnieuw. Gebeurt het weer, kopieer dan de details en stuur ze naar IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="266" />
            <source>Copy details</source>
            <translation>Details kopiëren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="267" />
            <source>Show details</source>
            <translation>Details tonen</translation>
        </message>
        <message>
            <source>Odoo refused the device sign-in</source>
            <translation type="vanished">Odoo weigerde de aanmelding van het toestel</translation>
        </message>
        <message>
            <source>{doing}: the device login or API key was not accepted.</source>
            <translation type="vanished">{doing}: de login of de API-sleutel van het toestel werd niet aanvaard.</translation>
        </message>
        <message>
            <source>The API key may have been revoked or mistyped. A manager or IT can enter a new one in Device setup. Saved work waits in the outbox meanwhile.</source>
            <translation type="vanished">De API-sleutel is misschien ingetrokken of verkeerd getypt. Een manager of IT kan een nieuwe ingeven in Toestelinstelling. Opgeslagen werk wacht intussen in de verzendwachtrij.</translation>
        </message>
        <message>
            <source>Not allowed in Odoo</source>
            <translation type="vanished">Niet toegestaan in Odoo</translation>
        </message>
        <message>
            <source>{doing}: the device user lacks a right in Odoo.
{error}</source>
            <translation type="vanished">{doing}: de toestelgebruiker mist een recht in Odoo.
{error}</translation>
        </message>
        <message>
            <source>Ask the Odoo administrator to give the device user the right named above.</source>
            <translation type="vanished">Vraag de Odoo-beheerder om de toestelgebruiker het recht hierboven te geven.</translation>
        </message>
        <message>
            <source>Read Odoo's reason above; fix it in Odoo or ask a manager.</source>
            <translation type="vanished">Lees de reden van Odoo hierboven; los het op in Odoo of vraag het aan een manager.</translation>
        </message>
        <message>
            <source>The Odoo server had a problem</source>
            <translation type="vanished">De Odoo-server had een probleem</translation>
        </message>
        <message>
            <source>{doing}: the server answered with an error.</source>
            <translation type="vanished">{doing}: de server antwoordde met een fout.</translation>
        </message>
        <message>
            <source>Try again in a few minutes. If it persists, send the details to IT.</source>
            <translation type="vanished">Probeer het over een paar minuten opnieuw. Blijft het duren, stuur de details dan naar IT.</translation>
        </message>
    </context>
    <context>
        <name>FirstSyncDialog</name>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="58" />
            <source>First sync with Odoo</source>
            <translation>Eerste synchronisatie met Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="62" />
            <source>Getting the store's data from Odoo</source>
            <translation>Winkelgegevens ophalen uit Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="66" />
            <source>This happens once on a new PC. You can cancel: what is already here is kept and the next sync continues where this one stopped.</source>
            <translation>Dit gebeurt één keer op een nieuwe pc. U kunt annuleren: wat er al is, blijft bewaard en de volgende synchronisatie gaat verder waar deze stopte.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="76" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="112" />
            <source>{done:,} of {total:,}</source>
            <translation>{done:,} van {total:,}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="114" />
            <source>{total:,} — done</source>
            <translation>{total:,} — klaar</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="118" />
            <source>{n} of {m} kinds of data done</source>
            <translation>{n} van {m} soorten gegevens klaar</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="126" />
            <source>Stopping…</source>
            <translation>Bezig met stoppen…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="127" />
            <source>Stopping after the current page; nothing is lost.</source>
            <translation>Stopt na de huidige pagina; er gaat niets verloren.</translation>
        </message>
    </context>
    <context>
        <name>HandoverPage</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="39" />
            <source>Hand the order over to the customer</source>
            <translation>Het order aan de klant meegeven</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="57" />
            <source>Before you hand it over</source>
            <translation>Voor u het meegeeft</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="71" />
            <source>Note (optional), e.g. collected by a relative</source>
            <translation>Notitie (optioneel), bv. afgehaald door een familielid</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="75" />
            <source>This works offline too: Odoo gets the handover as soon as the connection is back.</source>
            <translation>Dit werkt ook offline: Odoo krijgt de overhandiging zodra de verbinding terug is.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="82" />
            <source>Back to the list</source>
            <translation>Terug naar de lijst</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="84" />
            <source>Mark collected</source>
            <translation>Als afgehaald markeren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="107" />
            <source>No customer name</source>
            <translation>Geen klantnaam</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="109" />
            <source>order %1</source>
            <translation>order %1</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="110" />
            <source>1 item</source>
            <translation>1 artikel</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="110" />
            <source>%1 items</source>
            <translation>%1 artikelen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="111" />
            <source>1 line</source>
            <translation>1 lijn</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="111" />
            <source>%1 lines</source>
            <translation>%1 lijnen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="113" />
            <source>%1 on %2</source>
            <translation>%1 op %2</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="121" />
            <source>Missing: %1.</source>
            <translation>Ontbreekt: %1.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="126" />
            <source>Waiting for 1 day.</source>
            <translation>Wacht al 1 dag.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="128" />
            <source>Waiting for %1 days.</source>
            <translation>Wacht al %1 dagen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="143" />
            <source>Tick every check first.</source>
            <translation>Vink eerst elke controle aan.</translation>
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
            <translation>Navigatie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="71" />
            <source>storeapp</source>
            <translation>storeapp</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="79" />
            <source>Switch employee</source>
            <translation>Medewerker wisselen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="82" />
            <source>Lock the screen so someone else can sign in (Ctrl+L)</source>
            <translation>Het scherm vergrendelen zodat iemand anders zich kan aanmelden (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="92" />
            <source>Enroll employee</source>
            <translation>Medewerker registreren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="94" />
            <source>Set a badge and PIN for an employee on this PC</source>
            <translation>Een badge en pincode instellen voor een medewerker op deze pc</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="97" />
            <source>Employees</source>
            <translation>Medewerkers</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="100" />
            <source>Who is enrolled on this PC: deactivate someone, reset a PIN</source>
            <translation>Wie op deze pc geregistreerd is: iemand deactiveren, een pincode resetten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="103" />
            <source>Device setup</source>
            <translation>Toestelinstelling</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="105" />
            <source>Odoo address, device key and store of this PC</source>
            <translation>Odoo-adres, toestelsleutel en winkel van deze pc</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="217" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="217" />
            <source>Associate</source>
            <translation>Medewerker</translation>
        </message>
    </context>
    <context>
        <name>MeasuresModel</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/model.py" line="38" />
            <source>Measure</source>
            <translation>Meting</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="69" />
            <source>Waits for #{seq} {what} ({state})</source>
            <translation>Wacht op #{seq} {what} ({state})</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="88" />
            <source>Order {name}</source>
            <translation>Order {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="91" />
            <source>Return of {name}</source>
            <translation>Retour van {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="93" />
            <source>{product} at {location}</source>
            <translation>{product} op {location}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="96" />
            <source> · lot {lot}</source>
            <translation> · lot {lot}</translation>
        </message>
    </context>
    <context>
        <name>OutboxPresenter</name>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="106" />
            <source>Only a manager can retry or cancel a change. Ask a manager to sign in.</source>
            <translation>Alleen een manager kan een wijziging opnieuw versturen of annuleren. Vraag een manager om zich aan te melden.</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="72" />
            <source>Sync &amp; outbox</source>
            <translation>Sync &amp; wachtrij</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="76" />
            <source>Every change made on this PC waits here until Odoo has it — exactly once, also after a crash or hours offline.</source>
            <translation>Elke wijziging op deze pc wacht hier tot Odoo ze heeft — precies één keer, ook na een crash of uren offline.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="82" />
            <location filename="../../storeapp/ui/outbox/view.py" line="333" />
            <source>Sync now</source>
            <translation>Nu synchroniseren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="106" />
            <source>Show</source>
            <translation>Tonen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="107" />
            <source>Show:</source>
            <translation>Tonen:</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="137" />
            <source>Choose a line to see what happened</source>
            <translation>Kies een lijn om te zien wat er gebeurde</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="143" />
            <source>Send again</source>
            <translation>Opnieuw versturen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="144" />
            <source>Cancel this change</source>
            <translation>Deze wijziging annuleren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="180" />
            <source>Reading the outbox</source>
            <translation>De verzendwachtrij wordt gelezen</translation>
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
            <translation>Nog geen gegevens gesynchroniseerd uit Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="233" />
            <source>{n} kinds of data from Odoo, last refreshed {newest}.</source>
            <translation>{n} soorten gegevens uit Odoo, laatst vernieuwd {newest}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="237" />
            <source>Oldest: {model} at {when}.</source>
            <translation>Oudste: {model} op {when}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="241" />
            <source>Not synced yet: {list}.</source>
            <translation>Nog niet gesynchroniseerd: {list}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="255" />
            <source>Nothing needs attention</source>
            <translation>Niets vraagt aandacht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="257" />
            <source>When Odoo refuses a change, it stops here with the reason and what to do.</source>
            <translation>Als Odoo een wijziging weigert, stopt ze hier met de reden en wat u moet doen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="268" />
            <source>What happened: {text}</source>
            <translation>Wat er gebeurde: {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="270" />
            <source>What to do: {text}</source>
            <translation>Wat te doen: {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="272" />
            <source>Last error: {text}</source>
            <translation>Laatste fout: {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="275" />
            <source>Not sent yet: {text}.</source>
            <translation>Nog niet verstuurd: {text}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="277" />
            <source>Next try: {when}</source>
            <translation>Volgende poging: {when}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="279" />
            <source>just now</source>
            <translation>zonet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="279" />
            <source>{age} ago</source>
            <translation>{age} geleden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="281" />
            <source>Made by {who} {when}. Tries so far: {n}.</source>
            <translation>Gemaakt door {who} {when}. Pogingen tot nu: {n}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="282" />
            <source>the app</source>
            <translation>de app</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="289" />
            <source>A manager can send it again or cancel it.</source>
            <translation>Een manager kan ze opnieuw versturen of annuleren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="306" />
            <source>Sending the change again</source>
            <translation>De wijziging wordt opnieuw verstuurd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="319" />
            <source>Cancelling the change</source>
            <translation>De wijziging wordt geannuleerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="327" />
            <source>Syncing…</source>
            <translation>Bezig met synchroniseren…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="331" />
            <source>Syncing with Odoo</source>
            <translation>Synchroniseren met Odoo</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="44" />
            <source>Manager approval</source>
            <translation>Goedkeuring door een manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="51" />
            <source>A manager must approve this return</source>
            <translation>Een manager moet deze retour goedkeuren</translation>
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
            <translation>of scan de badge van de manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="64" />
            <source>Why the return is accepted (kept with the return)</source>
            <translation>Waarom de retour aanvaard wordt (bewaard bij de retour)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="72" />
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="73" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="76" />
            <source>Approve return</source>
            <translation>Retour goedkeuren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="79" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="101" />
            <source>No other manager can sign in on this PC. Refuse the return or call a manager.</source>
            <translation>Geen andere manager kan zich aanmelden op deze pc. Weiger de retour of bel een manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="113" />
            <source>This badge is not known on this PC.</source>
            <translation>Deze badge is niet gekend op deze pc.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="117" />
            <source>{name} cannot approve this return.</source>
            <translation>{name} kan deze retour niet goedkeuren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="126" />
            <source>Choose the manager who approves.</source>
            <translation>Kies de manager die goedkeurt.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Reading the store figures</source>
            <translation type="vanished">De winkelcijfers worden gelezen</translation>
        </message>
    </context>
    <context>
        <name>PickPage</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="82" />
            <source>Scan a product — or type its barcode and press Enter (recorded as typed)</source>
            <translation>Scan een product — of typ de barcode en druk op Enter (geregistreerd als getypt)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="90" />
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="220" />
            <source>Scan the first product.</source>
            <translation>Scan het eerste product.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="138" />
            <source>Select a line</source>
            <translation>Selecteer een lijn</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="144" />
            <source>Lot or serial number</source>
            <translation>Lot- of serienummer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="146" />
            <source>Set quantity (typed)</source>
            <translation>Hoeveelheid instellen (getypt)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="150" />
            <source>Note (needed for 'Other')</source>
            <translation>Notitie (nodig bij 'Andere')</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="151" />
            <source>Mark the rest short</source>
            <translation>De rest als tekort markeren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="153" />
            <source>Found it: clear short</source>
            <translation>Gevonden: tekort wissen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="155" />
            <source>Undo last</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="163" />
            <source>Quantity</source>
            <translation>Hoeveelheid</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="164" />
            <source>Lot/serial</source>
            <translation>Lot/serie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="166" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="167" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="173" />
            <source>Cannot find it?</source>
            <translation>Niet te vinden?</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="185" />
            <source>Back to the list</source>
            <translation>Terug naar de lijst</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="187" />
            <source>Leave for someone else</source>
            <translation>Aan iemand anders overlaten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="189" />
            <source>Ready for pickup</source>
            <translation>Klaar om af te halen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="193" />
            <source>Print bag label again</source>
            <translation>Zaklabel opnieuw afdrukken</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="251" />
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="253" />
            <source>%1 · picked by %2 · short picks: %3</source>
            <translation>%1 · gepickt door %2 · tekorten: %3</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="254" />
            <source>no customer name</source>
            <translation>geen klantnaam</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="258" />
            <source>backorder</source>
            <translation>nalevering</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="260" />
            <source>cancel the rest</source>
            <translation>de rest annuleren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="265" />
            <source>%1 of %2 lines done</source>
            <translation>%1 van %2 lijnen klaar</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="302" />
            <source>Not saved: %1 Your last scans are on screen; they are saved with the next one once this is fixed.</source>
            <translation>Niet opgeslagen: %1 Uw laatste scans staan op het scherm; ze worden met de volgende opgeslagen zodra dit opgelost is.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="321" />
            <source>%1 ordered · bin %2</source>
            <translation>%1 besteld · locatie %2</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="344" />
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="377" />
            <source>Reading the barcode</source>
            <translation>De barcode wordt gelezen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="359" />
            <source>Picking the product chosen</source>
            <translation>Het gekozen product wordt gepickt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="394" />
            <source>Setting the quantity</source>
            <translation>De hoeveelheid wordt ingesteld</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="427" />
            <source>Saving the pick</source>
            <translation>De pick wordt opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>ProductSearch</name>
        <message>
            <location filename="../../storeapp/ui/product_search.py" line="53" />
            <source>No barcode? Search: name, reference, barcode (Ctrl+F)</source>
            <translation>Geen barcode? Zoek: naam, referentie, barcode (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/product_search.py" line="119" />
            <source>No product matches “{text}”.</source>
            <translation>Geen product komt overeen met “{text}”.</translation>
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
            <translation>Zoek: ordernummer, klantnaam of laatste 4 cijfers van de telefoon — of scan het order</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="110" />
            <source>Take it over</source>
            <translation>Overnemen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="113" />
            <source>Undo handover</source>
            <translation>Overhandiging ongedaan maken</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="116" />
            <source>Pick</source>
            <translation>Picken</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="119" />
            <source>Hand over</source>
            <translation>Meegeven</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="120" />
            <source>Items put back</source>
            <translation>Artikelen teruggelegd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="121" />
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
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
            <translation>Ticket afdrukken</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="44" />
            <source>Next return</source>
            <translation>Volgende retour</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="47" />
            <source>Undo this return</source>
            <translation>Deze retour ongedaan maken</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="67" />
            <source>Return {ref} saved</source>
            <translation>Retour {ref} opgeslagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="70" />
            <source>1 item back, {amount} to refund.</source>
            <translation>1 artikel terug, {amount} terug te betalen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="72" />
            <source>{n} items back, {amount} to refund.</source>
            <translation>{n} artikelen terug, {amount} terug te betalen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="78" />
            <source>Odoo gets it by itself, as 1 return — follow it in Sync &amp; outbox.</source>
            <translation>Odoo krijgt het vanzelf, als 1 retour — volg het in Sync &amp; wachtrij.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="81" />
            <source>Odoo gets it by itself, as {n} returns — follow it in Sync &amp; outbox.</source>
            <translation>Odoo krijgt het vanzelf, als {n} retours — volg het in Sync &amp; wachtrij.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="86" />
            <source>Recorded on this PC; the back office books it in Odoo.</source>
            <translation>Geregistreerd op deze pc; de backoffice boekt het in Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="87" />
            <source>Give the customer the receipt.</source>
            <translation>Geef de klant het ticket.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="90" />
            <source>A copy is kept as {name} in the data folder's receipts folder.</source>
            <translation>Een kopie wordt bewaard als {name} in de map receipts van de gegevensmap.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="107" />
            <source>Receipt sent to the printer.</source>
            <translation>Ticket naar de printer gestuurd.</translation>
        </message>
    </context>
    <context>
        <name>ReturnReceipt</name>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="41" />
            <source>Serial/lot: {serials}</source>
            <translation>Serie/lot: {serials}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="49" />
            <source>Sale {order}</source>
            <translation>Verkoop {order}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="51" />
            <source>No receipt</source>
            <translation>Geen kassaticket</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="53" />
            <source>Taken by {name}</source>
            <translation>Aangenomen door {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="55" />
            <source>Approved by {name}</source>
            <translation>Goedgekeurd door {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="59" />
            <source>RETURN</source>
            <translation>RETOUR</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="59" />
            <source>Total returned</source>
            <translation>Totaal teruggebracht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="59" />
            <source>Returns policy</source>
            <translation>Retourbeleid</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="105" />
            <source>This PC has no printer set up. The receipt was saved as a PDF instead.</source>
            <translation>Deze pc heeft geen printer ingesteld. Het ticket werd in de plaats als pdf opgeslagen.</translation>
        </message>
        <message>
            <source>Serial/lot</source>
            <translation type="vanished">Serie/lot</translation>
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
            <translation>Waarschuwing</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="39" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="40" />
            <source>Refused</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="63" />
            <source>not delivered</source>
            <translation>niet geleverd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="140" />
            <source>{sold} ({given} handed over)</source>
            <translation>{sold} ({given} meegegeven)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="159" />
            <source>scan needed</source>
            <translation>scan nodig</translation>
        </message>
    </context>
    <context>
        <name>ReturnsPresenter</name>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="117" />
            <source>This return was already undone: nothing of it goes to Odoo.</source>
            <translation>Deze retour werd al ongedaan gemaakt: er gaat niets van naar Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="120" />
            <source>Odoo already has this return, so it cannot be undone here. To reverse it, sell the items to the customer again at the till and tell the back office.</source>
            <translation>Odoo heeft deze retour al, dus ze kan hier niet ongedaan gemaakt worden. Verkoop de artikelen opnieuw aan de klant aan de kassa en verwittig de backoffice.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="125" />
            <source>This return is waiting for a manager in Sync &amp; outbox: a manager can cancel it there.</source>
            <translation>Deze retour wacht op een manager in Sync &amp; wachtrij: een manager kan ze daar annuleren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="128" />
            <source>This return may already have reached Odoo (a send got no answer). Wait for the next sync, then look at it in Sync &amp; outbox.</source>
            <translation>Deze retour is misschien al in Odoo aangekomen (een verzending kreeg geen antwoord). Wacht op de volgende sync en bekijk ze dan in Sync &amp; wachtrij.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="201" />
            <source>Scan the receipt, or type an order number, a customer name or the last 4 digits of their phone.</source>
            <translation>Scan het kassaticket, of typ een ordernummer, een klantnaam of de laatste 4 cijfers van het telefoonnummer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="210" />
            <source>This sale is no longer in this PC's data. Sync, then search again.</source>
            <translation>Deze verkoop staat niet meer in de gegevens van deze pc. Synchroniseer en zoek opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="253" />
            <source>No product has the code {code} in this store's data. Check the label, or sync and try again.</source>
            <translation>Geen enkel product heeft de code {code} in de gegevens van deze winkel. Controleer het label, of synchroniseer en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="287" />
            <source>A serial number is one item: return whole units.</source>
            <translation>Een serienummer is één artikel: neem hele stuks terug.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="323" />
            <source>{name} has serial numbers: scan the serial on the item.</source>
            <translation>{name} heeft serienummers: scan het serienummer op het artikel.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="327" />
            <source>{name}: returning {n}.</source>
            <translation>{name}: {n} terug.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="333" />
            <source>{code} is the barcode of {name}, which is not on this sale. Check the item, or take it back as a return without a receipt.</source>
            <translation>{code} is de barcode van {name}, dat niet op deze verkoop staat. Controleer het artikel, of neem het terug als retour zonder kassaticket.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="343" />
            <source>{code} is not a product or a serial number of this sale. Check the item.</source>
            <translation>{code} is geen product of serienummer van deze verkoop. Controleer het artikel.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="352" />
            <source>Scan or type the serial number printed on the item.</source>
            <translation>Scan of typ het serienummer dat op het artikel staat.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="355" />
            <source>{name} has no serial or lot numbers.</source>
            <translation>{name} heeft geen serie- of lotnummers.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="358" />
            <source>Serial {s} is already on this return.</source>
            <translation>Serienummer {s} staat al op deze retour.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="368" />
            <source>{name}: serial {s} added.</source>
            <translation>{name}: serienummer {s} toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="407" />
            <source>{name} is not a manager: only a manager can approve this return.</source>
            <translation>{name} is geen manager: alleen een manager kan deze retour goedkeuren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="412" />
            <source>You took this return, so another manager must approve it.</source>
            <translation>U hebt deze retour aangenomen, dus een andere manager moet hem goedkeuren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="414" />
            <source>Write a note saying why the return is approved.</source>
            <translation>Schrijf een notitie waarom de retour goedgekeurd wordt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="425" />
            <location filename="../../storeapp/ui/returns/presenter.py" line="465" />
            <location filename="../../storeapp/ui/returns/presenter.py" line="517" />
            <source>Sign in first.</source>
            <translation>Meld u eerst aan.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="428" />
            <source>Choose what the customer brings back: set a quantity on a line.</source>
            <translation>Kies wat de klant terugbrengt: vul een aantal in op een lijn.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="431" />
            <source>The policy refuses this return: {why}</source>
            <translation>Het retourbeleid weigert deze retour: {why}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="435" />
            <source>This return needs a manager's approval first.</source>
            <translation>Deze retour moet eerst door een manager goedgekeurd worden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="469" />
            <source>This return was recorded on this PC only (no receipt): the back office books it. Tell them it is cancelled.</source>
            <translation>Deze retour werd enkel op deze pc geregistreerd (geen kassaticket): de backoffice boekt ze. Verwittig hen dat ze geannuleerd is.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="491" />
            <source>Return {reference} undone: it was not sent to Odoo and never will be. Give the customer back their items and take back the refund.</source>
            <translation>Retour {reference} ongedaan gemaakt: ze werd niet naar Odoo verstuurd en zal dat nooit worden. Geef de klant de artikelen terug en neem de terugbetaling terug.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="511" />
            <source>This return cannot be prepared for Odoo: {why}.</source>
            <translation>Deze retour kan niet voor Odoo worden klaargemaakt: {why}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="521" />
            <source>Choose what the customer brought back before recording a refusal.</source>
            <translation>Kies wat de klant terugbracht voor u een weigering registreert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="560" />
            <source>No receipt: the back office books the goods and the refund in Odoo.</source>
            <translation>Geen kassaticket: de backoffice boekt de goederen en de terugbetaling in Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="562" />
            <source>Taken while offline: Odoo gets it when the connection is back.</source>
            <translation>Offline aangenomen: Odoo krijgt het zodra de verbinding terug is.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="581" />
            <source>Can be returned</source>
            <translation>Kan teruggenomen worden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="582" />
            <source>Can be returned — read the warnings</source>
            <translation>Kan teruggenomen worden — lees de waarschuwingen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="583" />
            <source>Needs a manager's approval</source>
            <translation>Goedkeuring van een manager nodig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="584" />
            <source>Refused by the policy</source>
            <translation>Geweigerd door het retourbeleid</translation>
        </message>
    </context>
    <context>
        <name>ReturnsView</name>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="50" />
            <source>Confirm return</source>
            <translation>Bevestigen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="53" />
            <source>Manager approval…</source>
            <translation>Goedkeuring manager…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="54" />
            <source>Refuse and record</source>
            <translation>Weigeren en registreren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="56" />
            <source>Start over</source>
            <translation>Opnieuw beginnen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="79" />
            <source>Nothing chosen yet</source>
            <translation>Nog niets gekozen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="83" />
            <source>Set the quantity coming back on a line to see what the policy says.</source>
            <translation>Vul op een lijn het aantal in dat terugkomt om te zien wat het beleid zegt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="90" />
            <source>Refund value: {amount}</source>
            <translation>Terug te betalen: {amount}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="95" />
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="95" />
            <source>offline rules</source>
            <translation>offline regels</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="97" />
            <source>Policy {version}, {state}</source>
            <translation>Beleid {version}, {state}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="109" />
            <source>line {n}: </source>
            <translation>lijn {n}: </translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="83" />
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="87" />
            <source>Scan the customer's receipt, choose what comes back, and the policy says what happens.</source>
            <translation>Scan het kassaticket van de klant, kies wat terugkomt, en het retourbeleid zegt wat er gebeurt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="110" />
            <source>Scan the receipt, or type an order number, customer name or last 4 phone digits</source>
            <translation>Scan het kassaticket, of typ een ordernummer, klantnaam of de laatste 4 cijfers van de telefoon</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="114" />
            <source>Find sale</source>
            <translation>Verkoop zoeken</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="116" />
            <source>No receipt…</source>
            <translation>Geen kassaticket…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="170" />
            <source>Open sale</source>
            <translation>Verkoop openen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="173" />
            <source>Returns are checked against the returns policy, online and offline. A return without a receipt follows stricter rules and may need a manager.</source>
            <translation>Retours worden getoetst aan het retourbeleid, online en offline. Een retour zonder kassaticket volgt strengere regels en kan een manager nodig hebben.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="183" />
            <source>&lt;h3&gt;Take a return in three steps&lt;/h3&gt;&lt;p&gt;&lt;b&gt;1.&lt;/b&gt; Scan the barcode on the customer's receipt — or type the order number, the customer's name or the last 4 digits of their phone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2.&lt;/b&gt; Set how many of each item come back, why, and in what condition. Scan the serial number of serial-tracked items.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3.&lt;/b&gt; Read the policy's decision beside the lines, then confirm — a manager approves on this PC when the policy asks for it.&lt;/p&gt;&lt;p&gt;No receipt? Use &lt;b&gt;No receipt…&lt;/b&gt; and scan each item.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Een retour in drie stappen&lt;/h3&gt;&lt;p&gt;&lt;b&gt;1.&lt;/b&gt; Scan de barcode op het kassaticket van de klant — of typ het ordernummer, de naam van de klant of de laatste 4 cijfers van het telefoonnummer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2.&lt;/b&gt; Geef aan hoeveel van elk artikel terugkomt, waarom en in welke staat. Scan het serienummer van artikelen met serienummer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3.&lt;/b&gt; Lees de beslissing van het retourbeleid naast de lijnen en bevestig — een manager keurt op deze pc goed als het beleid dat vraagt.&lt;/p&gt;&lt;p&gt;Geen kassaticket? Gebruik &lt;b&gt;Geen kassaticket…&lt;/b&gt; en scan elk artikel.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="254" />
            <source>Scan:</source>
            <translation>Scan:</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="303" />
            <source>No returns policy</source>
            <translation>Geen retourbeleid</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="307" />
            <source>Policy {version}</source>
            <translation>Beleid {version}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="313" />
            <source> · data of {when}</source>
            <translation> · stand {when}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="315" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="317" />
            <source>Offline: stricter rules</source>
            <translation>Offline: strengere regels</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="329" />
            <source>Returns policy {version} is now in force.</source>
            <translation>Retourbeleid {version} is nu van kracht.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="360" />
            <source>Sale {order} · {customer}</source>
            <translation>Verkoop {order} · {customer}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="361" />
            <source>no customer</source>
            <translation>geen klant</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="367" />
            <source>Bought {date}{channel}. Set the quantity coming back on each line; scan the serial number of serial-tracked items.</source>
            <translation>Gekocht op {date}{channel}. Vul op elke lijn het aantal in dat terugkomt; scan het serienummer van artikelen met serienummer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="371" />
            <source>Scan a serial number or a product barcode</source>
            <translation>Scan een serienummer of de barcode van een product</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="375" />
            <source>Return without a receipt</source>
            <translation>Retour zonder kassaticket</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="378" />
            <source>Scan each item. The price is the current shelf price; stricter rules apply and the back office books the goods and the refund in Odoo.</source>
            <translation>Scan elk artikel. De prijs is de huidige rekprijs; er gelden strengere regels en de backoffice boekt de goederen en de terugbetaling in Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="383" />
            <source>Scan the product's barcode or type its reference</source>
            <translation>Scan de barcode van het product of typ de referentie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="413" />
            <source>Finding the sale</source>
            <translation>De verkoop wordt gezocht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="421" />
            <source>No sale matches “{text}” in this store's data of the last months. Check the receipt, or take the return without a receipt.</source>
            <translation>Geen verkoop komt overeen met “{text}” in de gegevens van de voorbije maanden. Controleer het kassaticket, of neem de retour aan zonder kassaticket.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="430" />
            <source>{n} sales found: choose one.</source>
            <translation>{n} verkopen gevonden: kies er één.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="448" />
            <source>Opening the sale</source>
            <translation>De verkoop wordt geopend</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="453" />
            <source>Nothing of {order} can be returned any more: it was not handed over or is already back.</source>
            <translation>Niets van {order} kan nog teruggenomen worden: het werd niet meegegeven of is al terug.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="464" />
            <source>No receipt: scan each item the customer brings back.</source>
            <translation>Geen kassaticket: scan elk artikel dat de klant terugbrengt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="478" />
            <source>{name} added.</source>
            <translation>{name} toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="482" />
            <source>Reading the scan</source>
            <translation>De scan wordt gelezen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="510" />
            <source>Saving the return</source>
            <translation>De retour wordt opgeslagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="519" />
            <source>The return is saved, but its receipt could not be written: {why}</source>
            <translation>De retour is opgeslagen, maar het ticket kon niet geschreven worden: {why}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="550" />
            <source>Undoing the return</source>
            <translation>De retour wordt ongedaan gemaakt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="554" />
            <source>Return {ref} undone</source>
            <translation>Retour {ref} ongedaan gemaakt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="563" />
            <source>Recording the refusal</source>
            <translation>De weigering wordt geregistreerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="571" />
            <source>Refusal recorded with its reasons (reference {ref}). Nothing goes to Odoo.</source>
            <translation>Weigering geregistreerd met de redenen (referentie {ref}). Er gaat niets naar Odoo.</translation>
        </message>
    </context>
    <context>
        <name>SafeModeWindow</name>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="34" />
            <source>storeapp — safe mode</source>
            <translation>storeapp — veilige modus</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="38" />
            <source>storeapp is in safe mode</source>
            <translation>storeapp staat in veilige modus</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="45" />
            <source>1. Export the outbox to a file below and give it to IT.
2. Do not delete or move the data folder.
3. IT restores the journal (a backup is kept before every upgrade) or sends the exported changes to Odoo.</source>
            <translation>1. Exporteer hieronder de verzendwachtrij naar een bestand en geef het aan IT.
2. Verwijder of verplaats de gegevensmap niet.
3. IT herstelt het journaal (voor elke update wordt een back-up gemaakt) of stuurt de geëxporteerde wijzigingen naar Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="53" />
            <source>Technical detail: {d}</source>
            <translation>Technisch detail: {d}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="58" />
            <source>Export the outbox…</source>
            <translation>De verzendwachtrij exporteren…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="60" />
            <source>Copy details</source>
            <translation>Details kopiëren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="61" />
            <source>Quit</source>
            <translation>Afsluiten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="85" />
            <source>Export the outbox</source>
            <translation>De verzendwachtrij exporteren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="96" />
            <source>The export failed: {e}</source>
            <translation>Het exporteren mislukte: {e}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="100" />
            <source>1 change</source>
            <translation>1 wijziging</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="102" />
            <source>{n} changes</source>
            <translation>{n} wijzigingen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="105" />
            <source>Exported {count} to {path}.</source>
            <translation>{count} geëxporteerd naar {path}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="108" />
            <source>Exported {count} to {path}. Some could not be read ({gaps}); tell IT.</source>
            <translation>{count} geëxporteerd naar {path}. Sommige konden niet gelezen worden ({gaps}); verwittig IT.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="51" />
            <source>Device setup</source>
            <translation>Toestelinstelling</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="84" />
            <source>Connect this PC to Odoo</source>
            <translation>Deze pc met Odoo verbinden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="88" />
            <source>IT or a manager does this once per PC. The API key is kept only in this computer's password store (keyring), never in a file.</source>
            <translation>IT of een manager doet dit één keer per pc. De API-sleutel wordt alleen in de wachtwoordkluis van deze computer (keyring) bewaard, nooit in een bestand.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="107" />
            <source>List databases</source>
            <translation>Databanken tonen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="112" />
            <source>the store's device user, e.g. store-042</source>
            <translation>de toestelgebruiker van de winkel, bv. store-042</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="115" />
            <source>API key (or password)</source>
            <translation>API-sleutel (of wachtwoord)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="116" />
            <location filename="../../storeapp/ui/setup/view.py" line="258" />
            <source>Test connection</source>
            <translation>Verbinding testen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="120" />
            <source>Odoo address</source>
            <translation>Odoo-adres</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="121" />
            <source>Database</source>
            <translation>Databank</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="122" />
            <source>Device login</source>
            <translation>Toestellogin</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="123" />
            <source>API key</source>
            <translation>API-sleutel</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="125" />
            <source>Press Test connection to check the server and rights.</source>
            <translation>Druk op Verbinding testen om de server en de rechten te controleren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="129" />
            <source>Connection test result</source>
            <translation>Resultaat van de verbindingstest</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="151" />
            <source>Store</source>
            <translation>Winkel</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="170" />
            <source>Store (warehouse)</source>
            <translation>Winkel (magazijn)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="173" />
            <source>Which store is this PC in?</source>
            <translation>In welke winkel staat deze pc?</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="178" />
            <source>How employees sign in</source>
            <translation>Hoe medewerkers zich aanmelden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="190" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="193" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="202" />
            <source>Set by IT in the machine file</source>
            <translation>Ingesteld door IT in het machinebestand</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="227" />
            <source>Listing the databases</source>
            <translation>De databanken worden opgehaald</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="234" />
            <source>This server does not list its databases. Type the database name.</source>
            <translation>Deze server toont zijn databanken niet. Typ de naam van de databank.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="244" />
            <source>Testing…</source>
            <translation>Bezig met testen…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="245" />
            <source>Contacting Odoo…</source>
            <translation>Odoo wordt gecontacteerd…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="254" />
            <source>Testing the connection</source>
            <translation>De verbinding wordt getest</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="325" />
            <source>Saving the device setup</source>
            <translation>De toestelinstelling wordt opgeslagen</translation>
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
            <translation>Retours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="175" />
            <source>Counts</source>
            <translation>Tellingen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="177" />
            <source>Approvals</source>
            <translation>Goedkeuringen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="181" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="184" />
            <source>Sync &amp; outbox</source>
            <translation>Sync &amp; wachtrij</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="328" />
            <source>{product} has arrived from Odoo: scan {barcode} again.</source>
            <translation>{product} is uit Odoo binnengekomen: scan {barcode} opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="52" />
            <source>Too many wrong PINs. Try again in {n} seconds, or ask a manager.</source>
            <translation>Te veel verkeerde pincodes. Probeer opnieuw over {n} seconden, of vraag het aan een manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="55" />
            <source>Too many wrong PINs. Try again in {n} minutes, or ask a manager.</source>
            <translation>Te veel verkeerde pincodes. Probeer opnieuw over {n} minuten, of vraag het aan een manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="131" />
            <source>This employee's sign-in record was changed outside storeapp, so it is not used. A manager must enroll them again; tell IT.</source>
            <translation>De aanmeldgegevens van deze medewerker werden buiten storeapp gewijzigd en worden dus niet gebruikt. Een manager moet hem of haar opnieuw registreren; verwittig IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="138" />
            <location filename="../../storeapp/ui/signin/presenter.py" line="190" />
            <source>This employee cannot sign in on this PC yet.</source>
            <translation>Deze medewerker kan zich nog niet aanmelden op deze pc.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="153" />
            <source>Welcome, {name}.</source>
            <translation>Welkom, {name}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="164" />
            <source>Wrong PIN. 1 try left before a pause.</source>
            <translation>Verkeerde pincode. Nog 1 poging voor een pauze.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="166" />
            <source>Wrong PIN. {n} tries left before a pause.</source>
            <translation>Verkeerde pincode. Nog {n} pogingen voor een pauze.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="180" />
            <source>{name}, your PIN was reset. Type your new PIN again to confirm it.</source>
            <translation>{name}, uw pincode werd gereset. Typ uw nieuwe pincode nog eens om ze te bevestigen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="186" />
            <source>The two PINs differ. Type your new PIN, then the same again.</source>
            <translation>De twee pincodes verschillen. Typ uw nieuwe pincode en daarna nog eens dezelfde.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="193" />
            <source>Your new PIN is set. Welcome, {name}.</source>
            <translation>Uw nieuwe pincode is ingesteld. Welkom, {name}.</translation>
        </message>
    </context>
    <context>
        <name>SignInView</name>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="95" />
            <location filename="../../storeapp/ui/signin/view.py" line="182" />
            <source>Sign in</source>
            <translation>Aanmelden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="136" />
            <source>Scan your badge, or choose your name</source>
            <translation>Scan uw badge of kies uw naam</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="139" />
            <source>Type to find your name</source>
            <translation>Typ om uw naam te vinden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="156" />
            <location filename="../../storeapp/ui/signin/view.py" line="356" />
            <source>No one chosen yet</source>
            <translation>Nog niemand gekozen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="161" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="167" />
            <location filename="../../storeapp/ui/signin/view.py" line="169" />
            <location filename="../../storeapp/ui/signin/view.py" line="213" />
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="188" />
            <source>Sign-in message</source>
            <translation>Aanmeldbericht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="199" />
            <source>IT: enroll the first manager</source>
            <translation>IT: de eerste manager registreren</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="209" />
            <source>Demo store — try these people</source>
            <translation>Demowinkel — probeer deze mensen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="213" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="213" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="213" />
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="226" />
            <source>Choose a name and type the PIN. Without a scanner, type a badge number in the search box and press Enter. Managers also see Approvals.</source>
            <translation>Kies een naam en typ de pincode. Zonder scanner typt u een badgenummer in het zoekvak en drukt u op Enter. Managers zien ook Goedkeuringen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="244" />
            <source>Loading the employees</source>
            <translation>De medewerkers worden geladen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="254" />
            <source>Nobody can sign in on this PC yet. Employees appear after the first sync with Odoo (Odoo badges mode) or after a manager enrolls them.</source>
            <translation>Nog niemand kan zich aanmelden op deze pc. Medewerkers verschijnen na de eerste synchronisatie met Odoo (modus Odoo-badges) of nadat een manager hen registreert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="293" />
            <source>New PIN for {name} (a manager reset it)</source>
            <translation>Nieuwe pincode voor {name} (een manager heeft ze gereset)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="295" />
            <source>PIN for {name}</source>
            <translation>Pincode voor {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="318" />
            <source>Reading the badge</source>
            <translation>De badge wordt gelezen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="322" />
            <source>This badge is not known on this PC. Choose your name instead.</source>
            <translation>Deze badge is niet gekend op deze pc. Kies in de plaats uw naam.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="371" />
            <source>Checking the PIN</source>
            <translation>De pincode wordt gecontroleerd</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="91" />
            <source>{h} h</source>
            <translation>{h} u</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="79" />
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="70" />
            <source>{state} — Odoo key expires today (IT)</source>
            <translation>{state} — Odoo-sleutel vervalt vandaag (IT)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="72" />
            <source>{state} — Odoo key expires in 1 day (IT)</source>
            <translation>{state} — Odoo-sleutel vervalt over 1 dag (IT)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="73" />
            <source>{state} — Odoo key expires in {n} days (IT)</source>
            <translation>{state} — Odoo-sleutel vervalt over {n} dagen (IT)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="82" />
            <source>just now</source>
            <translation>zonet</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="85" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="89" />
            <source>{h} h {m} min</source>
            <translation>{h} u {m} min</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="94" />
            <source>1 day</source>
            <translation>1 dag</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="94" />
            <source>{n} days</source>
            <translation>{n} dagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="118" />
            <source>Outbox empty</source>
            <translation>Verzendwachtrij leeg</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="120" />
            <source>Outbox: {n} to send</source>
            <translation>Verzendwachtrij: {n} te versturen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="123" />
            <source>1 needs a person</source>
            <translation>1 heeft iemand nodig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="125" />
            <source>{p} need a person</source>
            <translation>{p} hebben iemand nodig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="128" />
            <source>Outbox: {n} to send, {parked}</source>
            <translation>Verzendwachtrij: {n} te versturen, {parked}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="130" />
            <source>Outbox: {parked}</source>
            <translation>Verzendwachtrij: {parked}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="134" />
            <source>Nothing waiting</source>
            <translation>Niets in wachtrij</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="138" />
            <source>Oldest waiting: {age}</source>
            <translation>Oudste wacht: {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="142" />
            <source>Never synced</source>
            <translation>Nooit gesynchroniseerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="146" />
            <source>Last sync {age} ago</source>
            <translation>Laatste synchronisatie {age} geleden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="148" />
            <source>Last sync just now</source>
            <translation>Zonet gesynchroniseerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="151" />
            <source>Nobody signed in</source>
            <translation>Niemand aangemeld</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="205" />
            <source>Last successful sync with Odoo: {when}</source>
            <translation>Laatste geslaagde synchronisatie met Odoo: {when}</translation>
        </message>
    </context>
    <context>
        <name>StoreApp</name>
        <message>
            <location filename="../../storeapp/app.py" line="427" />
            <source>Device setup saved</source>
            <translation>Toestelinstelling opgeslagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="429" />
            <source>Saved. A new API key is used at once. A different server, database or store takes effect when storeapp starts again; work saved meanwhile is kept.</source>
            <translation>Opgeslagen. Een nieuwe API-sleutel wordt meteen gebruikt. Een andere server, databank of winkel geldt pas als storeapp opnieuw start; werk dat intussen opgeslagen is, blijft bewaard.</translation>
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
            <translation>De eerste synchronisatie met Odoo werd niet voltooid: {error}
storeapp werkt met wat er aangekomen is en blijft het op de achtergrond proberen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="630" />
            <source>First sync</source>
            <translation>Eerste synchronisatie</translation>
        </message>
    </context>
    <context>
        <name>StoreJobs</name>
        <message>
            <source>Returns</source>
            <translation type="vanished">Retours</translation>
        </message>
        <message>
            <source>Ready to pick (stock reserved)</source>
            <translation type="vanished">Klaar om te picken (voorraad gereserveerd)</translation>
        </message>
        <message>
            <source>Waiting for stock or not yet confirmed</source>
            <translation type="vanished">Wacht op voorraad of nog niet bevestigd</translation>
        </message>
        <message>
            <source>Overdue (promised time passed)</source>
            <translation type="vanished">Te laat (beloofde tijd voorbij)</translation>
        </message>
        <message>
            <source>Handed over or shipped today</source>
            <translation type="vanished">Vandaag meegegeven of verzonden</translation>
        </message>
        <message>
            <source>Picks in progress on this PC</source>
            <translation type="vanished">Picks bezig op deze pc</translation>
        </message>
        <message>
            <source>Pick changes waiting to reach Odoo</source>
            <translation type="vanished">Pickwijzigingen onderweg naar Odoo</translation>
        </message>
        <message>
            <source>Figures come from this PC's copy of the store's Odoo orders and refresh after every sync. The scan-to-pick and handover screen is the next part of the app; until it arrives, pick these orders in Odoo.</source>
            <translation type="vanished">De cijfers komen uit de kopie op deze pc van de Odoo-orders van de winkel en worden na elke synchronisatie bijgewerkt. Het scherm om te picken met de scanner en mee te geven is het volgende deel van de app; pick deze orders tot dan in Odoo.</translation>
        </message>
        <message>
            <source>Delivered orders on this PC that can be returned</source>
            <translation type="vanished">Geleverde orders op deze pc die teruggebracht kunnen worden</translation>
        </message>
        <message>
            <source>Returns already recorded in Odoo</source>
            <translation type="vanished">Retours die al in Odoo geregistreerd zijn</translation>
        </message>
        <message>
            <source>Return intakes in progress on this PC</source>
            <translation type="vanished">Retours bezig op deze pc</translation>
        </message>
        <message>
            <source>Returns waiting for a manager</source>
            <translation type="vanished">Retours die op een manager wachten</translation>
        </message>
        <message>
            <source>Returns waiting to reach Odoo</source>
            <translation type="vanished">Retours onderweg naar Odoo</translation>
        </message>
        <message>
            <source>Returns will be checked against the store's returns policy here, with the reason shown in plain words. That intake screen is the next part of the app; until then take returns in Odoo.</source>
            <translation type="vanished">Retours worden hier getoetst aan het retourbeleid van de winkel, met de reden in gewone woorden. Dat retourscherm is het volgende deel van de app; neem retours tot dan aan in Odoo.</translation>
        </message>
        <message>
            <source>Count requests due today or earlier</source>
            <translation type="vanished">Tellingen gevraagd voor vandaag of vroeger</translation>
        </message>
        <message>
            <source>Count requests overdue</source>
            <translation type="vanished">Gevraagde tellingen te laat</translation>
        </message>
        <message>
            <source>Counts in progress on this PC</source>
            <translation type="vanished">Tellingen bezig op deze pc</translation>
        </message>
        <message>
            <source>Adjustments waiting for a manager</source>
            <translation type="vanished">Correcties die op een manager wachten</translation>
        </message>
        <message>
            <source>Adjustments waiting to reach Odoo</source>
            <translation type="vanished">Correcties onderweg naar Odoo</translation>
        </message>
        <message>
            <source>Products known on this PC</source>
            <translation type="vanished">Producten gekend op deze pc</translation>
        </message>
        <message>
            <source>Blind counting by location or product, with recounts and manager approval, is the next part of the app. Count requests come from Odoo's scheduled count dates.</source>
            <translation type="vanished">Blind tellen per locatie of product, met hertellingen en goedkeuring door een manager, is het volgende deel van de app. Tellingen worden gevraagd via de geplande teldata in Odoo.</translation>
        </message>
        <message>
            <source>none</source>
            <translation type="vanished">geen</translation>
        </message>
        <message>
            <source>Decisions waiting for a manager</source>
            <translation type="vanished">Beslissingen die op een manager wachten</translation>
        </message>
        <message>
            <source>Oldest waiting for</source>
            <translation type="vanished">Wacht het langst sinds</translation>
        </message>
        <message>
            <source>Waiting by kind: {kinds}. Managers will approve or reject stock adjustments and return exceptions here, one by one or in bulk, also offline; a manager never approves their own work.</source>
            <translation type="vanished">Wachtend per soort: {kinds}. Managers zullen hier voorraadcorrecties en retouruitzonderingen goedkeuren of afwijzen, één voor één of samen, ook offline; een manager keurt nooit zijn eigen werk goed.</translation>
        </message>
        <message>
            <source>Click &amp; Collect</source>
            <translation type="vanished">Click &amp; Collect</translation>
        </message>
        <message>
            <source>Orders customers collect in this store: pick, get ready, hand over.</source>
            <translation type="vanished">Orders die klanten in deze winkel afhalen: picken, klaarzetten, meegeven.</translation>
        </message>
        <message>
            <source>Take back goods under the store's returns policy.</source>
            <translation type="vanished">Goederen terugnemen volgens het retourbeleid van de winkel.</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation type="vanished">Tellingen</translation>
        </message>
        <message>
            <source>Count stock by location or product; differences go to a manager.</source>
            <translation type="vanished">Voorraad tellen per locatie of product; verschillen gaan naar een manager.</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation type="vanished">Goedkeuringen</translation>
        </message>
        <message>
            <source>Manager decisions on stock adjustments and return exceptions.</source>
            <translation type="vanished">Beslissingen van managers over voorraadcorrecties en retouruitzonderingen.</translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <location filename="../../storeapp/app.py" line="124" />
            <source>storeapp cannot start: the configuration is invalid.
{problems}</source>
            <translation>storeapp kan niet starten: de configuratie is ongeldig.
{problems}</translation>
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="134" />
            <source>Ask IT to correct the file.</source>
            <translation>Vraag IT om het bestand te corrigeren.</translation>
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
            <translation>{n} dag</translation>
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
            <translation>{n} dagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="300" />
            <source>data folder:  {path} [{source}]</source>
            <translation>gegevensmap:  {path} [{source}]</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="323" />
            <source>The configuration is invalid: the returns policy (returns.policy_file) is not valid:</source>
            <translation>De configuratie is ongeldig: het retourbeleid (returns.policy_file) is niet geldig:</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="358" />
            <source>Support bundle written to {file} ({files}; checked for the device key and PIN material, with secrets and customer data redacted).</source>
            <translation>Ondersteuningspakket geschreven naar {file} ({files}; gecontroleerd op de toestelsleutel en pincodegegevens, geheimen en klantgegevens weggelaten).</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="392" />
            <source>There is no journal at {path} (set STOREAPP_DATA_DIR if it is elsewhere).</source>
            <translation>Er is geen journaal in {path} (stel STOREAPP_DATA_DIR in als het ergens anders staat).</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="419" />
            <source>{n} entry</source>
            <translation>{n} item</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="419" />
            <source>{n} entries</source>
            <translation>{n} items</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="446" />
            <source>Someone or something changed the journal outside storeapp. Keep the file as it is, export a support bundle (storeapp support-bundle FILE) and tell IT.</source>
            <translation>Iemand of iets heeft het journaal buiten storeapp gewijzigd. Laat het bestand zoals het is, exporteer een ondersteuningspakket (storeapp support-bundle FILE) en meld het aan IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="119" />
            <location filename="../../storeapp/sync/cli.py" line="52" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="121" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} u {minutes} min</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="149" />
            <source>{n} op</source>
            <translation>{n} op</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="149" />
            <source>{n} ops</source>
            <translation>{n} ops</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="232" />
            <source>- {kind} on {aggregate} (op {uuid}), by {actor}</source>
            <translation>- {kind} op {aggregate} (op {uuid}), door {actor}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="421" />
            <source>Audit chain intact: {entries}, keyed and each linked to the one before; every op matches what the chain recorded.</source>
            <translation>Auditketen intact: {entries}, gesleuteld en elk gekoppeld aan het vorige; elke op komt overeen met wat de keten vastlegde.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="429" />
            <source>{n} entry before it is intact</source>
            <translation>{n} item ervoor is intact</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="429" />
            <source>{n} entries before it are intact</source>
            <translation>{n} items ervoor zijn intact</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="430" />
            <source>Audit chain BROKEN at entry {seq}: {problem}. {intact}.</source>
            <translation>Auditketen VERBROKEN bij item {seq}: {problem}. {intact}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="438" />
            <source>Audit chain intact ({entries}), but {problem}:</source>
            <translation>Auditketen intact ({entries}), maar {problem}:</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="508" />
            <source>There is no journal at {path}: nobody is enrolled on this PC.</source>
            <translation>Er is geen journaal in {path}: niemand is op deze pc geregistreerd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="362" />
            <source>{n} file</source>
            <translation>{n} bestand</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="362" />
            <source>{n} files</source>
            <translation>{n} bestanden</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="467" />
            <source>The keyring did not take the new key ({error}); nothing was changed.</source>
            <translation>De wachtwoordkluis heeft de nieuwe sleutel niet aangenomen ({error}); er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="476" />
            <source>New audit integrity key {key} in use; older entries still verify.</source>
            <translation>Nieuwe auditintegriteitssleutel {key} in gebruik; oudere items blijven controleerbaar.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="150" />
            <source>{ops} written to {file}.</source>
            <translation>{ops} geschreven naar {file}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="175" />
            <source>The journal {path} is damaged ({problem}).</source>
            <translation>Het journaal {path} is beschadigd ({problem}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="177" />
            <source>Export what can be read: storeapp outbox export FILE — then contact IT.</source>
            <translation>Exporteer wat leesbaar is: storeapp outbox export BESTAND — en neem dan contact op met IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="187" />
            <source>oldest op waiting for Odoo: {age}</source>
            <translation>oudste op die op Odoo wacht: {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="202" />
            <source>now</source>
            <translation>nu</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="297" />
            <source>machine file: {path} (found)</source>
            <translation>machinebestand: {path} (gevonden)</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="299" />
            <source>machine file: {path} (absent)</source>
            <translation>machinebestand: {path} (ontbreekt)</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="351" />
            <location filename="../../storeapp/cli.py" line="146" />
            <source>The folder {folder} does not exist.</source>
            <translation>De map {folder} bestaat niet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="521" />
            <source>Nobody can sign in on this PC yet: IT enrolls the first manager in the app.</source>
            <translation>Nog niemand kan zich op deze pc aanmelden: IT registreert de eerste manager in de app.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="154" />
            <source>Ops {low} to {high} could not be read: the journal is damaged there.</source>
            <translation>Ops {low} tot {high} konden niet gelezen worden: het journaal is daar beschadigd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="164" />
            <source>The journal could not be read completely: {problem}</source>
            <translation>Het journaal kon niet volledig gelezen worden: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="206" />
            <source>- {kind} on {aggregate}: {error} (attempt {attempt}, next {due})</source>
            <translation>- {kind} op {aggregate}: {error} (poging {attempt}, volgende {due})</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="293" />
            <location filename="../../storeapp/cli.py" line="568" />
            <location filename="../../storeapp/offline/policy_cli.py" line="174" />
            <source>The configuration is invalid:
{problem}</source>
            <translation>De configuratie is ongeldig:
{problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="190" />
            <source>Parked (a manager must retry or cancel these):</source>
            <translation>Geparkeerd (een manager moet ze opnieuw proberen of annuleren):</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="193" />
            <source>what happened: {text}</source>
            <translation>wat er gebeurde: {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="194" />
            <source>what to do:    {text}</source>
            <translation>wat te doen:   {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="197" />
            <source>Waiting to retry:</source>
            <translation>Wacht op een nieuwe poging:</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="220" />
            <source>... and {n} more {state} ops (--limit).</source>
            <translation>... en nog {n} op(s) {state} (--limit).</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="36" />
            <source>got {value}</source>
            <translation>gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="102" />
            <source>expected one of {choices}, {got}</source>
            <translation>verwacht: een van {choices}, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="42" />
            <source>expected text in quotes, {got}</source>
            <translation>tekst tussen aanhalingstekens verwacht, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="54" />
            <location filename="../../storeapp/config/kinds.py" line="69" />
            <source>expected an integer, {got}</source>
            <translation>geheel getal verwacht, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="57" />
            <source>must be at least {minimum}, got {value}</source>
            <translation>moet minstens {minimum} zijn, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="61" />
            <source>must be at most {maximum}, got {value}</source>
            <translation>mag hoogstens {maximum} zijn, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="80" />
            <location filename="../../storeapp/config/kinds.py" line="87" />
            <source>expected true or false, {got}</source>
            <translation>true of false verwacht, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="117" />
            <source>expected a list of texts like ["a", "b"], {got}</source>
            <translation>lijst van teksten verwacht, zoals ["a", "b"], {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="132" />
            <source>expected a file path in quotes, {got}</source>
            <translation>bestandspad tussen aanhalingstekens verwacht, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="137" />
            <source>no such file: {path}</source>
            <translation>bestand bestaat niet: {path}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="149" />
            <source>expected a time zone name like "Europe/Paris", {got}</source>
            <translation>naam van een tijdzone verwacht, zoals "Europe/Paris", {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="157" />
            <source>unknown time zone {name} (use a name like "Europe/Paris")</source>
            <translation>onbekende tijdzone {name} (gebruik een naam zoals "Europe/Paris")</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="43" />
            <source>not saved as UTF-8 text; save it again as UTF-8 (in Notepad: Save As, Encoding UTF-8; in PowerShell: -Encoding utf8)</source>
            <translation>niet als UTF-8-tekst opgeslagen; sla het opnieuw op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8; in PowerShell: -Encoding utf8)</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="27" />
            <source>environment variable {name}</source>
            <translation>omgevingsvariabele {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="40" />
            <source>unknown option</source>
            <translation>onbekende optie</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="32" />
            <source>secrets do not belong in the configuration file; remove it and enter the credential in storeapp's setup dialog (it is kept in the OS keyring)</source>
            <translation>geheimen horen niet in het configuratiebestand; verwijder het en voer de aanmeldgegevens in bij de instelling van storeapp (ze worden in de wachtwoordkluis van het systeem bewaard)</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="39" />
            <source>unknown option (did you mean {key}?)</source>
            <translation>onbekende optie (bedoelde u {key}?)</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="112" />
            <source>{url} is http://, so the device key would travel unencrypted; use the https:// address, or for a test server on a local network set odoo.allow_http = true</source>
            <translation>{url} is http://, dus de toestelsleutel zou onversleuteld over het netwerk gaan; gebruik het https://-adres, of zet voor een testserver op een lokaal netwerk odoo.allow_http = true</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="55" />
            <location filename="../../storeapp/core/policy/document.py" line="139" />
            <source>not valid TOML: {error}</source>
            <translation>geen geldige TOML: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="63" />
            <source>cannot be read: {why}</source>
            <translation>kan niet gelezen worden: {why}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="72" />
            <source>unknown section (known: {known})</source>
            <translation>onbekende sectie (bekend: {known})</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="77" />
            <source>expected a [section] table</source>
            <translation>een [sectie]-tabel verwacht</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="143" />
            <source>no such file; fix the variable or create the file</source>
            <translation>bestand bestaat niet; corrigeer de variabele of maak het bestand aan</translation>
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
            <translation>leveringstype {type}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/cc_carriers.py" line="89" />
            <source>name has '{word}'</source>
            <translation>naam bevat '{word}'</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/cc_carriers.py" line="102" />
            <source>named in store.click_collect_carriers</source>
            <translation>genoemd in store.click_collect_carriers</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Mon</source>
            <translation>ma</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Tue</source>
            <translation>di</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Wed</source>
            <translation>wo</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Thu</source>
            <translation>do</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Fri</source>
            <translation>vr</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Sat</source>
            <translation>za</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Sun</source>
            <translation>zo</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="290" />
            <source>The customer's name matches the order</source>
            <translation>De naam van de klant komt overeen met het order</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="290" />
            <source>The order number or pickup code matches</source>
            <translation>Het ordernummer of de afhaalcode komt overeen</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="290" />
            <source>The customer showed a photo ID</source>
            <translation>De klant toonde een identiteitsbewijs met foto</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="290" />
            <source>The customer gave the pickup code from their e-mail</source>
            <translation>De klant gaf de afhaalcode uit de e-mail</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="143" />
            <source>{weekday} {date}</source>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="341" />
            <source>{items} on {lines}</source>
            <translation>{items} op {lines}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="346" />
            <source>Ready {when} · picked by {who}</source>
            <translation>Klaar op {when} · gepickt door {who}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="171" />
            <location filename="../../storeapp/sync/handlers/base.py" line="130" />
            <location filename="../../storeapp/sync/handlers/counts.py" line="76" />
            <location filename="../../storeapp/sync/handlers/counts.py" line="97" />
            <source>an unknown time</source>
            <translation>een onbekend tijdstip</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="353" />
            <source>Promised {when}</source>
            <translation>Beloofd voor {when}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="355" />
            <source>Missing: {items}</source>
            <translation>Ontbreekt: {items}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="175" />
            <location filename="../../storeapp/sync/handlers/picking.py" line="55" />
            <source>Order {order} was cancelled in Odoo at {time}.</source>
            <translation>Order {order} is in Odoo geannuleerd om {time}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="178" />
            <source>Put the items back on the shelf, then mark the order as put back.</source>
            <translation>Leg de artikelen terug in het rek en markeer de order daarna als teruggelegd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="204" />
            <source>Ready with missing items: {items}.</source>
            <translation>Klaar met ontbrekende artikelen: {items}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="205" />
            <source>Tell the customer what is missing before handing over.</source>
            <translation>Vertel de klant wat er ontbreekt voordat u de order overhandigt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="343" />
            <location filename="../../storeapp/offline/click_collect_cli.py" line="80" />
            <source>{n} item</source>
            <translation>{n} artikel</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="343" />
            <location filename="../../storeapp/offline/click_collect_cli.py" line="80" />
            <source>{n} items</source>
            <translation>{n} artikelen</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="344" />
            <source>{n} line</source>
            <translation>{n} lijn</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="344" />
            <source>{n} lines</source>
            <translation>{n} lijnen</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="196" />
            <source>Not collected after {days}.</source>
            <translation>Niet afgehaald na {days}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="197" />
            <source>Call the customer, or return the items to stock.</source>
            <translation>Bel de klant, of zet de artikelen terug in de voorraad.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="34" />
            <source>the product is archived in Odoo</source>
            <translation>het product is gearchiveerd in Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="207" />
            <source>{seen}: {outcome}</source>
            <translation>{seen}: {outcome}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="226" />
            <source>adjusting {change} from {current} to {target}</source>
            <translation>correctie {change} van {current} naar {target}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="190" />
            <source>counted {counted} at {time}, system showed {snapshot}</source>
            <translation>{counted} geteld om {time}, systeem toonde {snapshot}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="197" />
            <source>counted {counted}, system showed {snapshot}</source>
            <translation>{counted} geteld, systeem toonde {snapshot}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="204" />
            <source>{seen}, {n} sold since</source>
            <translation>{seen}, {n} verkocht sindsdien</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="214" />
            <source>no adjustment, stays at {qty}</source>
            <translation>geen correctie, blijft op {qty}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="218" />
            <source>adjusting {change} from {current} to {target} (the count's {difference} would have gone below 0, so the quantity is set to 0)</source>
            <translation>correctie {change} van {current} naar {target} (het getelde verschil van {difference} zou onder 0 gaan, dus wordt het aantal op 0 gezet)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="206" />
            <source>{seen}, {n} received since</source>
            <translation>{seen}, {n} ontvangen sindsdien</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="89" />
            <source>difference {qty} is above {limit} units</source>
            <translation>verschil van {qty} ligt boven {limit} stuks</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="97" />
            <source>the system expected none here</source>
            <translation>het systeem verwachtte er hier geen</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="111" />
            <source>difference worth {value} is above {limit}</source>
            <translation>verschil ter waarde van {value} ligt boven {limit}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="101" />
            <source>difference {percent}% is above {limit}%</source>
            <translation>verschil van {percent}% ligt boven {limit}%</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="49" />
            <source>cost unknown (not read from Odoo yet): approval needed</source>
            <translation>kostprijs onbekend (nog niet uit Odoo gelezen): goedkeuring nodig</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="281" />
            <source>{name} was counting this line: your count starts over as a recount of your own ({qty} so far). Count the whole line.</source>
            <translation>{name} was deze lijn aan het tellen: jouw telling begint opnieuw als eigen hertelling ({qty} tot nu toe). Tel de hele lijn.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="440" />
            <source>{names} already counted this line; a recount by someone else catches more mistakes.</source>
            <translation>{names} telde deze lijn al; een hertelling door iemand anders vangt meer fouten op.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="161" />
            <source>The count of {location} was already submitted.</source>
            <translation>De telling van {location} is al ingediend.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="162" />
            <source>Start a new count of this location to count it again.</source>
            <translation>Start een nieuwe telling van deze locatie om ze opnieuw te tellen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="187" />
            <source>{product} is tracked by lot: each lot is counted separately.</source>
            <translation>{product} wordt per lot opgevolgd: elk lot wordt apart geteld.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="191" />
            <source>Scan the lot on the item (or its GS1 label), or type it.</source>
            <translation>Scan het lot op het artikel (of het GS1-label), of typ het.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="237" />
            <source>A counted quantity cannot be below 0.</source>
            <translation>Een geteld aantal kan niet onder 0 liggen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="238" />
            <location filename="../../storeapp/core/quantities.py" line="224" />
            <source>Type 0 or more.</source>
            <translation>Typ 0 of meer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="250" />
            <source>Serial {serial} is already counted.</source>
            <translation>Serienummer {serial} is al geteld.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="251" />
            <location filename="../../storeapp/core/picking.py" line="276" />
            <source>Scan the serial number of another unit.</source>
            <translation>Scan het serienummer van een ander exemplaar.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="258" />
            <source>Serial {serial} is a single unit: it is counted as 1 (or 0 if missing).</source>
            <translation>Serienummer {serial} is één exemplaar: het telt als 1 (of 0 als het ontbreekt).</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="262" />
            <source>Type 1 or 0.</source>
            <translation>Typ 1 of 0.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="404" />
            <source>{line}: recount needed ({why})</source>
            <translation>{line}: hertelling nodig ({why})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="430" />
            <source>That line is not in this count.</source>
            <translation>Die lijn hoort niet bij deze telling.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="431" />
            <location filename="../../storeapp/core/picking.py" line="504" />
            <source>Reload it.</source>
            <translation>Laad opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="468" />
            <source>Some lines must be counted again before the count can be submitted: {lines}</source>
            <translation>Sommige lijnen moeten opnieuw geteld worden voor de telling ingediend kan worden: {lines}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="472" />
            <source>Recount those lines, ideally by another associate.</source>
            <translation>Tel die lijnen opnieuw, liefst door een andere medewerker.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="477" />
            <source>Nothing was counted at {location}.</source>
            <translation>Er is niets geteld in {location}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="478" />
            <source>Scan the products on the shelf, or type 0 for an empty one.</source>
            <translation>Scan de producten in het rek, of typ 0 voor een leeg rek.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="178" />
            <source>{product} is tracked by serial number: each serial number is counted separately.</source>
            <translation>{product} wordt per serienummer opgevolgd: elk serienummer wordt apart geteld.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="183" />
            <source>Scan the serial number on the item (or its GS1 label), or type it.</source>
            <translation>Scan het serienummer op het artikel (of het GS1-label), of typ het.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="408" />
            <source>{line}: still off after recount ({why})</source>
            <translation>{line}: nog steeds verschil na hertelling ({why})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="414" />
            <source>{line}: within tolerance</source>
            <translation>{line}: binnen de tolerantie</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="490" />
            <source>lot {lot} is new to Odoo and will be created</source>
            <translation>lot {lot} is nieuw voor Odoo en wordt aangemaakt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="502" />
            <source>no auto-approve limit applies</source>
            <translation>geen grens voor automatische goedkeuring van toepassing</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="506" />
            <source>difference {qty} is above the auto-approve limit of {limit}</source>
            <translation>verschil van {qty} ligt boven de grens voor automatische goedkeuring van {limit}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="514" />
            <source>value {value} is above the auto-approve limit of {limit}</source>
            <translation>waarde van {value} ligt boven de grens voor automatische goedkeuring van {limit}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/identity.py" line="72" />
            <source>A PIN is made of digits only.</source>
            <translation>Een pincode bestaat alleen uit cijfers.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/identity.py" line="78" />
            <source>A PIN has {low} to {high} digits.</source>
            <translation>Een pincode heeft {low} tot {high} cijfers.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/identity.py" line="80" />
            <source>A PIN of one repeated digit is too easy to guess.</source>
            <translation>Een pincode van één herhaald cijfer is te makkelijk te raden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/identity.py" line="75" />
            <source>A manager's PIN has {low} to {high} digits.</source>
            <translation>De pincode van een manager heeft {low} tot {high} cijfers.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="41" />
            <source>Not found on the shelf</source>
            <translation>Niet gevonden in het rek</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="42" />
            <location filename="../../storeapp/core/policy/model.py" line="23" />
            <source>Damaged</source>
            <translation>Beschadigd</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="43" />
            <source>Not enough in stock</source>
            <translation>Niet genoeg voorraad</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="44" />
            <source>Expired or past sell-by date</source>
            <translation>Vervallen of over de verkoopdatum</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="45" />
            <source>Wrong item on the shelf</source>
            <translation>Verkeerd artikel in het rek</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="46" />
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="91" />
            <source>Serial {lot} of {product} is not in stock at {where} (as of the last update from Odoo).</source>
            <translation>Serienummer {lot} van {product} is niet op voorraad in {where} (volgens de laatste update uit Odoo).</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="96" />
            <source>Check the serial on the item and pick a unit from this store's shelves; if this one really is here, ask a manager to correct the stock in Odoo.</source>
            <translation>Controleer het serienummer op het artikel en neem een exemplaar uit de rekken van deze winkel; ligt dit er echt, vraag dan een manager de voorraad in Odoo te corrigeren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="101" />
            <source>Lot {lot} of {product} is not in stock at {where} (as of the last update from Odoo).</source>
            <translation>Lot {lot} van {product} is niet op voorraad in {where} (volgens de laatste update uit Odoo).</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="105" />
            <source>Check the lot on the item and pick a unit from this store's shelves; if this one really is here, ask a manager to correct the stock in Odoo.</source>
            <translation>Controleer het lot op het artikel en neem een exemplaar uit de rekken van deze winkel; ligt dit er echt, vraag dan een manager de voorraad in Odoo te corrigeren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="534" />
            <source>{product}: {missing} short ({reason}); the rest will be kept on a backorder.</source>
            <translation>{product}: {missing} tekort ({reason}); de rest wordt in nalevering gehouden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="534" />
            <source>{product}: {missing} short ({reason}); the rest will be cancelled.</source>
            <translation>{product}: {missing} tekort ({reason}); de rest wordt geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="161" />
            <source>{qty} × {product} ({reason})</source>
            <translation>{qty} × {product} ({reason})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="183" />
            <source>{name} has been picking this order for {age} (last scan {idle} ago). Nothing has happened for a while: you can take it over.</source>
            <translation>{name} pickt dit order al {age} (laatste scan {idle} geleden). Er is al even niets gebeurd: je kunt het overnemen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="189" />
            <source>{name} has been picking this order for {age} (last scan {idle} ago). Check with {name} before you take it over.</source>
            <translation>{name} pickt dit order al {age} (laatste scan {idle} geleden). Overleg met {name} voor je het overneemt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="219" />
            <source>{order} is already marked ready.</source>
            <translation>{order} is al als klaar gemarkeerd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="220" />
            <source>Reopen the order to change what was picked.</source>
            <translation>Open het order opnieuw om te wijzigen wat gepickt is.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="251" />
            <source>{product} is tracked by lot: the lot is needed.</source>
            <translation>{product} wordt per lot opgevolgd: het lot is nodig.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="252" />
            <source>Scan the lot barcode on the item (or its GS1 label), or type the lot.</source>
            <translation>Scan de barcode van het lot op het artikel (of het GS1-label), of typ het lot.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="258" />
            <source>Serial number {lot} of {product} is not in this store's data.</source>
            <translation>Serienummer {lot} van {product} staat niet in de gegevens van deze winkel.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="261" />
            <source>Check the serial number on the item; if it is right, wait for the next update from Odoo or ask a manager.</source>
            <translation>Controleer het serienummer op het artikel; klopt het, wacht dan op de volgende update uit Odoo of vraag het aan een manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="266" />
            <source>Lot {lot} of {product} is not in this store's data.</source>
            <translation>Lot {lot} van {product} staat niet in de gegevens van deze winkel.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="267" />
            <source>Check the lot on the item; if it is right, wait for the next update from Odoo or ask a manager.</source>
            <translation>Controleer het lot op het artikel; klopt het, wacht dan op de volgende update uit Odoo of vraag het aan een manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="275" />
            <source>Serial {lot} already picked on this order.</source>
            <translation>Serienummer {lot} is al gepickt voor dit order.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="332" />
            <source>{product} is not on this order.</source>
            <translation>{product} staat niet op dit order.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="333" />
            <source>Put it back and check the product name and bin on the list.</source>
            <translation>Leg het terug en controleer de productnaam en de locatie op de lijst.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="345" />
            <source>{product}: {problem}</source>
            <translation>{product}: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="346" />
            <source>Scan the item's own barcode, or type the quantity.</source>
            <translation>Scan de eigen barcode van het artikel, of typ het aantal.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="352" />
            <source>{product} is tracked by serial number: one scan is one unit, but this barcode counts {qty}.</source>
            <translation>{product} wordt per serienummer opgevolgd: één scan is één exemplaar, maar deze barcode telt {qty}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="358" />
            <source>Scan the serial number of each unit.</source>
            <translation>Scan het serienummer van elk exemplaar.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="368" />
            <source>{product}: already {picked} of {demand} picked.</source>
            <translation>{product}: al {picked} van {demand} gepickt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="394" />
            <source>Put the extra back. If a pack was scanned, scan the single items instead.</source>
            <translation>Leg het teveel terug. Werd een pak gescand, scan dan de losse artikelen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="460" />
            <source>{product}: the order asks for {demand}, {total} would be too many.</source>
            <translation>{product}: het order vraagt {demand}, {total} zou te veel zijn.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="466" />
            <source>Enter at most {qty}.</source>
            <translation>Geef hoogstens {qty} in.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="503" />
            <source>That line is not on this order.</source>
            <translation>Die lijn staat niet op dit order.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="510" />
            <source>“{code}” is not one of the store's short-pick reasons.</source>
            <translation>“{code}” is geen van de redenen voor een tekort van deze winkel.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="511" />
            <source>Choose one of: {reasons}.</source>
            <translation>Kies een van: {reasons}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="520" />
            <source>The reason “{reason}” needs a short note.</source>
            <translation>De reden “{reason}” vraagt een korte notitie.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="521" />
            <source>Say in a few words why the item cannot be picked.</source>
            <translation>Zeg in een paar woorden waarom het artikel niet gepickt kan worden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="527" />
            <source>{product} is fully picked; nothing is missing.</source>
            <translation>{product} is volledig gepickt; er ontbreekt niets.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="528" />
            <source>Undo a scan first if too many were picked.</source>
            <translation>Maak eerst een scan ongedaan als er te veel gepickt is.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="569" />
            <source>There is nothing to undo.</source>
            <translation>Er is niets om ongedaan te maken.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="570" />
            <source>Carry on picking.</source>
            <translation>Ga verder met picken.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="239" />
            <source>{product} is tracked by serial number: the serial number is needed.</source>
            <translation>{product} wordt per serienummer opgevolgd: het serienummer is nodig.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="243" />
            <source>Scan the serial number barcode on the item (or its GS1 label), or type the serial number.</source>
            <translation>Scan de barcode van het serienummer op het artikel (of het GS1-label), of typ het serienummer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="323" />
            <source>{product} is not on this order: it belongs to {order}.</source>
            <translation>{product} staat niet op dit order: het hoort bij {order}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="328" />
            <source>Put it aside for {order}, or back on the shelf.</source>
            <translation>Leg het apart voor {order}, of terug in het rek.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="381" />
            <source>{product}: this scan counts {qty} but only {more} more is needed.</source>
            <translation>{product}: deze scan telt {qty} maar er is er nog maar {more} nodig.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="386" />
            <source>{product}: this scan counts {qty} but only {more} more are needed.</source>
            <translation>{product}: deze scan telt {qty} maar er zijn er nog maar {more} nodig.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="442" />
            <source>A serial number is a single unit of {product}.</source>
            <translation>Een serienummer is één exemplaar van {product}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="445" />
            <source>Enter each serial number with quantity 1.</source>
            <translation>Geef elk serienummer in met aantal 1.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="433" />
            <source>A lot is needed.</source>
            <translation>Een lot is nodig.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="434" />
            <source>Type the lot.</source>
            <translation>Typ het lot.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pin_keys.py" line="31" />
            <source>A PIN is digits only. Type it with the number keys or the keypad on screen.</source>
            <translation>Een pincode bestaat alleen uit cijfers. Typ hem met de cijfertoetsen of het toetsenblok op het scherm.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="33" />
            <source>Returns policy {version} (schema {schema}), days counted in {timezone}.</source>
            <translation>Retourbeleid {version} (schema {schema}), dagen geteld in de tijdzone {timezone}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="87" />
            <source>serial/lot not sold: {mismatch}; not verifiable: {unknown}</source>
            <translation>serienummer/lot niet verkocht: {mismatch}; niet na te gaan: {unknown}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="20" />
            <source>channel {channel}</source>
            <translation>kanaal {channel}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="43" />
            <source>all sales</source>
            <translation>alle verkopen</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="67" />
            <source>final sale: {categories}: {level}</source>
            <translation>definitieve verkoop: {categories}: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="76" />
            <source>no receipt: {level}; above {amount}: {above_level}</source>
            <translation>zonder kassaticket: {level}; boven {amount}: {above_level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="84" />
            <location filename="../../storeapp/core/policy/describe.py" line="137" />
            <source>no receipt: {level}</source>
            <translation>zonder kassaticket: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="94" />
            <source>line value</source>
            <translation>waarde van een lijn</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="94" />
            <source>total value</source>
            <translation>totale waarde</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="96" />
            <source>{scope} above {amount}: {level}</source>
            <translation>{scope} boven {amount}: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="106" />
            <source>{returns} or more returns in {days} days: {level}</source>
            <translation>{returns} of meer retours in {days} dagen: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="115" />
            <source>condition {condition} ({where}): to {destination}, {level}</source>
            <translation>staat {condition} ({where}): naar {destination}, {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="125" />
            <source>offline: {rules}</source>
            <translation>offline: {rules}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="128" />
            <source>reasons: {reasons}</source>
            <translation>redenen: {reasons}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="140" />
            <source>line above {amount}: {level}</source>
            <translation>lijn boven {amount}: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="148" />
            <source>total above {amount}: {level}</source>
            <translation>totaal boven {amount}: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="156" />
            <source>returns elsewhere unknown: {level}</source>
            <translation>retours elders niet gekend: {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="46" />
            <source>window: {where}: {days} days, then {grace} more at {grace_level}, then {level}</source>
            <translation>termijn: {where}: {days} dagen, dan nog {grace} met {grace_level}, dan {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="58" />
            <source>window: {where}: {days} days, then {level}</source>
            <translation>termijn: {where}: {days} dagen, dan {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="118" />
            <source>all products</source>
            <translation>alle producten</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="164" />
            <source>{error}. The new document was refused and {kept}. Fix the file and load it again.</source>
            <translation>{error}. Het nieuwe document is geweigerd en {kept}. Verbeter het bestand en laad het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="99" />
            <location filename="../../storeapp/core/policy/reader.py" line="109" />
            <location filename="../../storeapp/core/policy/reader.py" line="69" />
            <location filename="../../storeapp/core/policy/reader.py" line="132" />
            <source>is missing</source>
            <translation>ontbreekt</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="156" />
            <source>Returns policy {version} is now in force.</source>
            <translation>Retourbeleid {version} is nu van kracht.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="160" />
            <source>policy {version} stays in force</source>
            <translation>beleid {version} blijft van kracht</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="162" />
            <source>no returns policy is in force, so returns cannot be checked</source>
            <translation>er is geen retourbeleid van kracht, dus retouren kunnen niet gecontroleerd worden</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="84" />
            <source>this app reads schema version {version}, the document says {value}</source>
            <translation>deze app leest schemaversie {version}, het document vermeldt {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="87" />
            <location filename="../../storeapp/sync/cli.py" line="249" />
            <source>nothing</source>
            <translation>niets</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="43" />
            <source>stock</source>
            <translation>voorraad</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="43" />
            <source>quarantine</source>
            <translation>quarantaine</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="43" />
            <source>scrap</source>
            <translation>afval</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="104" />
            <source>window is {days}</source>
            <translation>termijn is {days}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="140" />
            <source>sold {sold}</source>
            <translation>verkocht: {sold}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="192" />
            <source>serial</source>
            <translation>serienummer</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="192" />
            <source>lot</source>
            <translation>lot</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="100" />
            <source>bought today</source>
            <translation>vandaag gekocht</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="102" />
            <source>bought {days} ago</source>
            <translation>{days} geleden gekocht</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="142" />
            <source>sold {sold}, handed over {delivered}</source>
            <translation>verkocht: {sold}, meegegeven: {delivered}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="148" />
            <source>{detail}, already returned {returned}</source>
            <translation>{detail}, al teruggebracht: {returned}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="308" />
            <source>{condition}: goes to {destination}</source>
            <translation>{condition}: bestemming {destination}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="379" />
            <source>no receipt: the purchase date, price and quantity cannot be checked</source>
            <translation>geen kassaticket: aankoopdatum, prijs en aantal kunnen niet gecontroleerd worden</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="522" />
            <source>nothing to return: add at least one line</source>
            <translation>niets om terug te nemen: voeg minstens één lijn toe</translation>
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
            <translation> (alle lijnen samen)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="162" />
            <source>returning {asked}{together} but only {returnable} can still be returned on {order_name} ({detail})</source>
            <translation>{asked}{together} terug, maar op {order_name} kunnen er nog maar {returnable} teruggenomen worden ({detail})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="177" />
            <source>{returnable} can still be returned ({detail})</source>
            <translation>er kunnen nog {returnable} teruggenomen worden ({detail})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="230" />
            <source>the {word}s sold on {order_name} are not known here, so {join} cannot be checked</source>
            <translation>welke {word}s op {order_name} verkocht zijn, is hier niet gekend, dus {join} kan niet gecontroleerd worden</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="245" />
            <source>{word} {join} was not sold on {order_name}</source>
            <translation>{word} {join} werd niet verkocht op {order_name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="258" />
            <source>{word} {join} matches the sale</source>
            <translation>{word} {join} komt overeen met de verkoop</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="280" />
            <source>reason {reason_code} is not one of the policy's reasons ({join})</source>
            <translation>reden {reason_code} is geen reden van het beleid ({join})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="296" />
            <source>condition {condition} is not in the policy (known: {known})</source>
            <translation>staat {condition} staat niet in het beleid (gekend: {known})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="337" />
            <source>offline: line value {value} is above the offline limit of {line_value_above}</source>
            <translation>offline: lijnwaarde {value} is hoger dan de offlinelimiet van {line_value_above}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="366" />
            <source>offline: return total {total} is above the offline limit of {total_value_above}</source>
            <translation>offline: retourtotaal {total} is hoger dan de offlinelimiet van {total_value_above}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="386" />
            <source>no receipt: total {total} is above the no-receipt limit of {no_receipt_max_value}</source>
            <translation>geen kassaticket: totaal {total} is hoger dan de limiet zonder kassaticket van {no_receipt_max_value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="398" />
            <source>offline: returns without a receipt are restricted until the connection is back</source>
            <translation>offline: retours zonder kassaticket zijn beperkt tot de verbinding terug is</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="414" />
            <source>this customer made {count} in the last {days} (limit {returns})</source>
            <translation>deze klant deed {count} in de laatste {days} (limiet {returns})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="426" />
            <source>{count} by this customer in the last {days}</source>
            <translation>{count} door deze klant in de laatste {days}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="440" />
            <source>offline: returns of this sale made at other stores since the last update are not known here</source>
            <translation>offline: retours van deze verkoop in andere winkels sinds de laatste update zijn hier niet gekend</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="477" />
            <source>the quantity must be more than 0</source>
            <translation>het aantal moet groter zijn dan 0</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="117" />
            <source>{bought}; {window}, plus {grace_days} of grace</source>
            <translation>{bought}; {window}, plus {grace_days} speling</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="199" />
            <source>the same serial was scanned twice</source>
            <translation>hetzelfde serienummer werd twee keer gescand</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="208" />
            <source>{quantity} serial-tracked items need {quantity} serial numbers, {scanned} scanned</source>
            <translation>{quantity} artikelen met serienummer vragen {quantity} serienummers, {scanned} gescand</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="221" />
            <source>the lot was not scanned</source>
            <translation>het lot werd niet gescand</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="269" />
            <source>{category} is a final-sale category</source>
            <translation>{category} is een categorie zonder terugname</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="324" />
            <source>line value {value} is above {above}</source>
            <translation>lijnwaarde {value} is hoger dan {above}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="354" />
            <source>return total {total} is above {above}</source>
            <translation>retourtotaal {total} is hoger dan {above}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="416" />
            <location filename="../../storeapp/offline/policy_cli.py" line="220" />
            <location filename="../../storeapp/offline/policy_cli.py" line="221" />
            <source>{n} return</source>
            <translation>{n} retour</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="416" />
            <location filename="../../storeapp/offline/policy_cli.py" line="220" />
            <location filename="../../storeapp/offline/policy_cli.py" line="221" />
            <source>{n} returns</source>
            <translation>{n} retours</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="428" />
            <source>{n} earlier return</source>
            <translation>{n} eerdere retour</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="428" />
            <source>{n} earlier returns</source>
            <translation>{n} eerdere retours</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="484" />
            <source>this item is not on {order_name}</source>
            <translation>dit artikel staat niet op {order_name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="492" />
            <source>the scanned product is not the one sold on that line of {order_name}</source>
            <translation>het gescande product is niet het product dat op die lijn van {order_name} verkocht werd</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/model.py" line="23" />
            <source>Resellable</source>
            <translation>Verkoopbaar</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/model.py" line="23" />
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/model.py" line="23" />
            <source>Defective</source>
            <translation>Defect</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/names.py" line="39" />
            <source>category "{name}" ({where}) is not in Odoo; closest in Odoo: {closest}</source>
            <translation>categorie "{name}" ({where}) staat niet in Odoo; het dichtst in de buurt in Odoo: {closest}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/names.py" line="39" />
            <source>location "{name}" ({where}) is not in Odoo; closest in Odoo: {closest}</source>
            <translation>locatie "{name}" ({where}) staat niet in Odoo; het dichtst in de buurt in Odoo: {closest}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/names.py" line="45" />
            <source>category "{name}" ({where}) is not in Odoo; Odoo has no category with a similar name</source>
            <translation>categorie "{name}" ({where}) staat niet in Odoo; Odoo heeft geen categorie met een gelijkaardige naam</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/names.py" line="45" />
            <source>location "{name}" ({where}) is not in Odoo; Odoo has no location with a similar name</source>
            <translation>locatie "{name}" ({where}) staat niet in Odoo; Odoo heeft geen locatie met een gelijkaardige naam</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="45" />
            <source>at least one [[rules.window]] is needed (use channel = "*")</source>
            <translation>er is minstens één [[rules.window]] nodig (gebruik channel = "*")</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="79" />
            <source>a [[rules.condition]] for "resellable" is needed</source>
            <translation>een [[rules.condition]] voor "resellable" is nodig</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="91" />
            <source>at least a [[rules.condition]] for "resellable" is needed</source>
            <translation>er is minstens een [[rules.condition]] voor "resellable" nodig</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="192" />
            <source>expected a version label such as "2026.11", got {value}</source>
            <translation>een versielabel zoals "2026.11" verwacht, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="49" />
            <source>one [[rules.window]] must apply to every sale (channel = "*", categories = ["*"]) so no return goes unchecked</source>
            <translation>één [[rules.window]] moet voor elke verkoop gelden (channel = "*", categories = ["*"]) zodat geen enkel retour ongecontroleerd blijft</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="84" />
            <source>condition "{name}" needs one rule with categories = ["*"] so every product has a destination</source>
            <translation>staat "{name}" heeft een regel met categories = ["*"] nodig zodat elk product een bestemming heeft</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="148" />
            <source>expected "line" or "total", got {value}</source>
            <translation>"line" of "total" verwacht, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="209" />
            <source>{timezone} is not a known time zone (e.g. Europe/Brussels)</source>
            <translation>{timezone} is geen gekende tijdzone (bv. Europe/Brussels)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="73" />
            <source>expected stock, quarantine or scrap, got {value}</source>
            <translation>stock, quarantine of scrap verwacht, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/problems.py" line="54" />
            <source>invalid returns policy: {problems}{more}</source>
            <translation>ongeldig retourbeleid: {problems}{more}</translation>
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
            <translation> (en nog {n})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/problems.py" line="48" />
            <source>the returns policy {source} is not valid: {problems}{more}</source>
            <translation>het retourbeleid {source} is niet geldig: {problems}{more}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="26" />
            <source>expected an amount such as 150.00, got {value}</source>
            <translation>een bedrag zoals 150.00 verwacht, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="37" />
            <source>a table</source>
            <translation>een tabel</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="39" />
            <source>a list</source>
            <translation>een lijst</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="72" />
            <location filename="../../storeapp/core/policy/reader.py" line="94" />
            <source>expected text, got {value}</source>
            <translation>tekst verwacht, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="118" />
            <source>expected a whole number of 0 or more, got {value}</source>
            <translation>een geheel getal van 0 of meer verwacht, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="122" />
            <source>expected a positive integer, got {value}</source>
            <translation>een positief geheel getal verwacht, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="145" />
            <source>expected an amount of 0 or more, got {value}</source>
            <translation>een bedrag van 0 of meer verwacht, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="183" />
            <source>expected a list of category paths, got {value}</source>
            <translation>een lijst van categoriepaden verwacht, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="193" />
            <source>expected a table, got {value}</source>
            <translation>een tabel verwacht, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="206" />
            <source>expected [[{table}]] tables, got {value}</source>
            <translation>[[{table}]]-tabellen verwacht, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="90" />
            <source>unknown language {code} (known: {known})</source>
            <translation>onbekende taal {code} (gekend: {known})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="101" />
            <source>expected text, or one text per language, got an empty table</source>
            <translation>tekst, of één tekst per taal, verwacht, gekregen: een lege tabel</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="154" />
            <source>is missing (one of allow, warn, needs_approval, deny)</source>
            <translation>ontbreekt (een van allow, warn, needs_approval, deny)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="161" />
            <source>expected one of allow, warn, needs_approval, deny, got {value}</source>
            <translation>een van allow, warn, needs_approval, deny verwacht, gekregen: {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="172" />
            <source>is missing (a list of category paths)</source>
            <translation>ontbreekt (een lijst van categoriepaden)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="222" />
            <source>unknown key (known here: {known})</source>
            <translation>onbekende sleutel (hier gekend: {known})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="76" />
            <source>Policy {version} replayed on {cases}, compared with {baseline}.</source>
            <translation>Beleid {version} opnieuw toegepast op {cases}, vergeleken met {baseline}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="98" />
            <source>No return would get a different outcome.</source>
            <translation>Geen enkel retour zou anders uitvallen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="168" />
            <source>policy {version}</source>
            <translation>beleid {version}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="170" />
            <source>the recorded decisions</source>
            <translation>de vastgelegde beslissingen</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="79" />
            <source>{n} past return</source>
            <translation>{n} eerder retour</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="79" />
            <source>{n} past returns</source>
            <translation>{n} eerdere retours</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="102" />
            <source>{ref}: {before} -&gt; {after} (stricter)</source>
            <translation>{ref}: {before} -&gt; {after} (strenger)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="104" />
            <source>{ref}: {before} -&gt; {after} (looser)</source>
            <translation>{ref}: {before} -&gt; {after} (soepeler)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="253" />
            <source>This product is counted in {unit} to {decimals} at most.</source>
            <translation>Dit product wordt geteld in {unit}, tot op hoogstens {decimals}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="265" />
            <source>Round to {step} {unit}.</source>
            <translation>Rond af op {step} {unit}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="252" />
            <source>This product is counted in {unit}: whole numbers only.</source>
            <translation>Dit product wordt geteld in {unit}: alleen hele getallen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="264" />
            <source>Type a whole number.</source>
            <translation>Typ een heel getal.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="224" />
            <source>A quantity cannot be negative.</source>
            <translation>Een aantal kan niet negatief zijn.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="228" />
            <source>“{text}” is not a quantity.</source>
            <translation>“{text}” is geen aantal.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="236" />
            <source>{text} {unit} cannot be right.</source>
            <translation>{text} {unit} kan niet kloppen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="237" />
            <source>Check the number: a barcode may have gone into the quantity.</source>
            <translation>Controleer het getal: misschien is een barcode in het aantal terechtgekomen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="245" />
            <source>{qty} {unit}: is that right?</source>
            <translation>{qty} {unit}: klopt dat?</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="256" />
            <source>{n} decimal</source>
            <translation>{n} decimaal</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="258" />
            <source>{n} decimals</source>
            <translation>{n} decimalen</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="229" />
            <source>Type a number such as 3 or 2.5.</source>
            <translation>Typ een getal zoals 3 of 2,5.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="231" />
            <source>Type a number such as 3.</source>
            <translation>Typ een getal zoals 3.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="222" />
            <source>{line}: start with a name for the endpoint, e.g. 'n8n url=…'</source>
            <translation>{line}: begin met een naam voor het eindpunt, bv. 'n8n url=…'</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="235" />
            <source>{name}: url= must be an http(s) address, got {url}</source>
            <translation>{name}: url= moet een http(s)-adres zijn, gekregen: {url}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="240" />
            <source>{name}: secret= must name where the secret is kept (env:VARIABLE or keyring:ENTRY); the secret itself never goes in the configuration file</source>
            <translation>{name}: secret= moet zeggen waar het geheim bewaard wordt (env:VARIABLE of keyring:ENTRY); het geheim zelf komt nooit in het configuratiebestand</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="271" />
            <source>endpoint name(s) used twice: {names}</source>
            <translation>eindpuntnaam/-namen twee keer gebruikt: {names}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="229" />
            <source>{name}: {word} is not url=…, secret=… or events=…</source>
            <translation>{name}: {word} is geen url=…, secret=… of events=…</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="254" />
            <source>{name}: unknown event type(s) {unknown}; known: {known}</source>
            <translation>{name}: onbekende gebeurtenistype(s) {unknown}; bekend: {known}</translation>
        </message>
        <message>
            <location filename="../../storeapp/demo.py" line="31" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location filename="../../storeapp/demo.py" line="31" />
            <source>Associate</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="225" />
            <source>a secret this program handled</source>
            <translation>een geheim dat dit programma verwerkte</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="244" />
            <location filename="../../storeapp/diagnostics/bundle.py" line="245" />
            <source>a PIN verifier</source>
            <translation>een pincodeverificatie</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="252" />
            <source>the device API key</source>
            <translation>de API-sleutel van het toestel</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="257" />
            <source>the journal key</source>
            <translation>de sleutel van het journaal</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="258" />
            <source>the PIN pepper</source>
            <translation>de pincode-pepper</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="272" />
            <source>The support bundle was not written: {file} contains {what}. Nothing left this PC. Tell IT: a log file holds something it must not.</source>
            <translation>Het ondersteuningspakket is niet geschreven: {file} bevat {what}. Er heeft niets deze pc verlaten. Meld het aan IT: een logbestand bevat iets wat er niet in mag.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="371" />
            <source>Windows Credential Manager should always be there: check the user profile.</source>
            <translation>Windows Referentiebeheer hoort er altijd te zijn: controleer het gebruikersprofiel.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="371" />
            <source>Unlock the login keychain (Keychain Access), then try again.</source>
            <translation>Ontgrendel de inlogsleutelhanger (Sleutelhangertoegang) en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="377" />
            <source>install/enable Secret Service (gnome-keyring or KWallet) for this user's desktop session, or ask IT</source>
            <translation>installeer of activeer Secret Service (gnome-keyring of KWallet) voor de sessie van deze gebruiker, of vraag het aan IT</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="166" />
            <source>{gb} GB free on the data folder's disk</source>
            <translation>{gb} GB vrij op de schijf van de gegevensmap</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="493" />
            <source>{problems}, {warnings}.</source>
            <translation>{problems}, {warnings}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="267" />
            <source>outbox: {waiting} waiting for Odoo, {parked} parked, {approval} awaiting approval</source>
            <translation>verzendwachtrij: {waiting} wachtend op Odoo, {parked} geparkeerd, {approval} wachtend op goedkeuring</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="153" />
            <source>data folder {path} [{source}], writable, local disk</source>
            <translation>gegevensmap {path} [{source}], beschrijfbaar, lokale schijf</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="344" />
            <source>{path}: intact, schema {version}</source>
            <translation>{path}: intact, schema {version}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="362" />
            <source>{count} row(s) from Odoo could not be stored and were set aside: {rows}</source>
            <translation>{count} rij(en) uit Odoo konden niet opgeslagen worden en zijn opzijgezet: {rows}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="367" />
            <source>Fix these records in Odoo (the reason says which field); the next sync stores them.</source>
            <translation>Verbeter deze records in Odoo (de reden zegt welk veld); de volgende synchronisatie slaat ze op.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="495" />
            <source>{n} problem</source>
            <translation>{n} probleem</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="495" />
            <source>{n} problems</source>
            <translation>{n} problemen</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="496" />
            <source>{n} warning</source>
            <translation>{n} waarschuwing</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="496" />
            <source>{n} warnings</source>
            <translation>{n} waarschuwingen</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="95" />
            <source>machine file {path}</source>
            <translation>machinebestand {path}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="100" />
            <source>no machine file at {path}: built-in defaults in use</source>
            <translation>geen machinebestand op {path}: ingebouwde standaardwaarden in gebruik</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="126" />
            <source>data folder {path} [{source}] will be created at first start</source>
            <translation>gegevensmap {path} [{source}] wordt bij de eerste start aangemaakt</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="168" />
            <source>Free disk space now: saving work may fail.</source>
            <translation>Maak nu schijfruimte vrij: werk opslaan kan mislukken.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="208" />
            <source>no journal yet: it is created at first start</source>
            <translation>nog geen journaal: het wordt bij de eerste start aangemaakt</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="289" />
            <source>audit chain broken at entry {seq}: {problem}</source>
            <translation>auditketen verbroken bij item {seq}: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="295" />
            <source>audit chain intact, but {problem} (storeapp audit verify lists them)</source>
            <translation>auditketen intact, maar {problem} (storeapp audit verify somt ze op)</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="318" />
            <source>no local copy of Odoo data yet: first sync fills it</source>
            <translation>nog geen lokale kopie van de Odoo-gegevens: de eerste synchronisatie vult ze</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="332" />
            <source>{path}: schema {version}, this storeapp uses {current}</source>
            <translation>{path}: schema {version}, deze storeapp gebruikt {current}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="338" />
            <source>Nothing to do: it is rebuilt from Odoo at next start (needs a connection).</source>
            <translation>Niets te doen: ze wordt bij de volgende start opnieuw opgebouwd uit Odoo (verbinding nodig).</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="357" />
            <source>every row received from Odoo was stored</source>
            <translation>elke rij uit Odoo is opgeslagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="405" />
            <source>no keyring backend: {advice}</source>
            <translation>geen wachtwoordkluis: {advice}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="406" />
            <source>The Odoo key of this PC can only be kept in a system keyring, never in a file.</source>
            <translation>De Odoo-sleutel van deze pc kan alleen in een wachtwoordkluis van het systeem bewaard worden, nooit in een bestand.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="140" />
            <source>data folder {path} cannot be written ({why})</source>
            <translation>gegevensmap {path} is niet beschrijfbaar ({why})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="145" />
            <source>Give this Windows/Linux user write access to the folder, or set STOREAPP_DATA_DIR.</source>
            <translation>Geef deze Windows/Linux-gebruiker schrijfrechten op de map, of stel STOREAPP_DATA_DIR in.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="170" />
            <source>Free some disk space soon.</source>
            <translation>Maak binnenkort wat schijfruimte vrij.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="211" />
            <source>{path} is damaged ({problem}); storeapp will open it in safe mode</source>
            <translation>{path} is beschadigd ({problem}); storeapp opent het in veilige modus</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="212" />
            <source>Export the outbox (storeapp outbox export FILE) and contact IT. Do not delete it.</source>
            <translation>Exporteer de verzendwachtrij (storeapp outbox export BESTAND) en neem contact op met IT. Verwijder het niet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="225" />
            <source>{path} cannot be read: {error}</source>
            <translation>{path} kan niet gelezen worden: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="226" />
            <source>Contact IT.</source>
            <translation>Neem contact op met IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="236" />
            <source>{path}: intact, schema {rev} (current)</source>
            <translation>{path}: intact, schema {rev} (actueel)</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="278" />
            <source>A manager should resolve parked ops (Sync &amp; outbox).</source>
            <translation>Een manager moet de geparkeerde bewerkingen afhandelen (Sync &amp; wachtrij).</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="285" />
            <source>audit chain intact ({n} entries)</source>
            <translation>auditketen intact ({n} items)</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="304" />
            <source>The journal was changed outside storeapp. Keep the file and contact IT.</source>
            <translation>Het journaal werd buiten storeapp gewijzigd. Bewaar het bestand en neem contact op met IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="321" />
            <source>{path} is damaged ({problem})</source>
            <translation>{path} is beschadigd ({problem})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="322" />
            <source>Nothing to do: it is set aside and rebuilt from Odoo at next start.</source>
            <translation>Niets te doen: ze wordt opzijgezet en bij de volgende start opnieuw opgebouwd uit Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="395" />
            <source>keyring cannot start: {error}</source>
            <translation>wachtwoordkluis start niet: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="396" />
            <source>Ask IT.</source>
            <translation>Vraag het aan IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="412" />
            <source>keyring backend {name} keeps secrets in a plain file</source>
            <translation>wachtwoordkluis {name} bewaart geheimen in een gewoon bestand</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="413" />
            <source>Remove keyrings.alt and {advice}.</source>
            <translation>Verwijder keyrings.alt en {advice}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="416" />
            <source>keyring backend {name}</source>
            <translation>wachtwoordkluis {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="90" />
            <source>Correct the configuration (IT), then run storeapp doctor again.</source>
            <translation>Verbeter de configuratie (IT) en voer daarna storeapp doctor opnieuw uit.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="242" />
            <source>{path}: intact, schema {rev}; it will be upgraded to {head} at next start</source>
            <translation>{path}: intact, schema {rev}; het wordt bij de volgende start bijgewerkt naar {head}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="248" />
            <source>Nothing to do: a backup copy is made before the upgrade.</source>
            <translation>Niets te doen: vóór de upgrade wordt een reservekopie gemaakt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="254" />
            <source>{path}: schema {rev} is from a newer storeapp (this one knows {head})</source>
            <translation>{path}: schema {rev} komt van een nieuwere storeapp (deze kent {head})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="260" />
            <source>Install the newer storeapp version again.</source>
            <translation>Installeer de nieuwere versie van storeapp opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="461" />
            <source>the check {name} could not run: {error}</source>
            <translation>de controle {name} kon niet lopen: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="466" />
            <source>Report this line to IT.</source>
            <translation>Meld deze regel aan IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="23" />
            <source>IT: storeapp provision --url https://... --db DATABASE --store CODE --login LOGIN (see the IT guide, Provisioning), or Device setup at the app's first start.</source>
            <translation>IT: storeapp provision --url https://... --db DATABASE --store CODE --login LOGIN (zie de IT-gids, Provisioning), of Toestelinstelling bij de eerste start van de app.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="117" />
            <source>{url}, database {database}, login {login}</source>
            <translation>{url}, database {database}, login {login}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="170" />
            <source>Correct the file (storeapp policy check {path} lists every problem).</source>
            <translation>Verbeter het bestand (storeapp policy check {path} somt elk probleem op).</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="235" />
            <source>a device key for {login} is stored in the keyring</source>
            <translation>er is een toestelsleutel voor {login} bewaard in de wachtwoordkluis</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="127" />
            <source>odoo.url {url} is not a web address</source>
            <translation>odoo.url {url} is geen webadres</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="128" />
            <source>Give the Odoo server's https:// address, e.g. https://erp.example.com.</source>
            <translation>Geef het https://-adres van de Odoo-server, bv. https://erp.example.com.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="167" />
            <source>returns.policy_file not set: the policy from Odoo, else the sample</source>
            <translation>returns.policy_file niet ingesteld: het beleid uit Odoo, anders het voorbeeld</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="190" />
            <source>returns policy {version} from {path}</source>
            <translation>retourbeleid {version} uit {path}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="217" />
            <source>no Odoo key is stored for {login} ({database} on {url}) in this user's keyring; Odoo is not checked</source>
            <translation>er is geen Odoo-sleutel bewaard voor {login} ({database} op {url}) in de wachtwoordkluis van deze gebruiker; Odoo wordt niet gecontroleerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="224" />
            <source>As this PC's user (not root or Administrator): {command}</source>
            <translation>Als gebruiker van deze pc (niet root of Administrator): {command}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="265" />
            <source>identity.mode = odoo_badges needs the Employees / Officer right for the device user, which it does not have: nobody could sign in</source>
            <translation>identity.mode = odoo_badges vraagt het recht Werknemers / Functionaris voor de toestelgebruiker, die het niet heeft: niemand zou zich kunnen aanmelden</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="269" />
            <source>Give it that right in Odoo, or set identity.mode = local_enrollment.</source>
            <translation>Geef het dat recht in Odoo, of zet identity.mode = local_enrollment.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="278" />
            <source>warehouse {code} ({name})</source>
            <translation>magazijn {code} ({name})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="286" />
            <source>Odoo has no warehouse with the code {code} (it has: {codes})</source>
            <translation>Odoo heeft geen magazijn met de code {code} (het heeft: {codes})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="291" />
            <source>Correct store.warehouse_code (storeapp provision --store CODE).</source>
            <translation>Corrigeer store.warehouse_code (storeapp provision --store CODE).</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="105" />
            <source>{option} is empty: this PC is not set up</source>
            <translation>{option} is leeg: deze pc is niet ingesteld</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="131" />
            <source>https address {where}</source>
            <translation>https-adres {where}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="179" />
            <source>{path} cannot be read as UTF-8 text: {error}</source>
            <translation>{path} kan niet als UTF-8-tekst gelezen worden: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="210" />
            <source>the device key cannot be read: {error}</source>
            <translation>de toestelsleutel kan niet gelezen worden: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="136" />
            <source>http:// address {where}, allowed by odoo.allow_http: the device key and the store's data travel in clear text</source>
            <translation>http://-adres {where}, toegestaan door odoo.allow_http: de toestelsleutel en de winkelgegevens gaan onversleuteld over het net</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="141" />
            <source>Use the https:// address outside a test network.</source>
            <translation>Gebruik het https://-adres buiten een testnetwerk.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="147" />
            <source>http:// address {where}: the device key would travel unencrypted</source>
            <translation>http://-adres {where}: de toestelsleutel zou onversleuteld verstuurd worden</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="148" />
            <source>Use the https:// address; for a test server on a local network only, set odoo.allow_http = true.</source>
            <translation>Gebruik het https://-adres; alleen voor een testserver op een lokaal netwerk: zet odoo.allow_http = true.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="128" />
            <source>{n} unit</source>
            <translation>{n} stuk</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="128" />
            <source>{n} units</source>
            <translation>{n} stuks</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="130" />
            <source>return of {units} from a delivery</source>
            <translation>retour van {units} uit een levering</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="132" />
            <source>return of {units} from {delivery}</source>
            <translation>retour van {units} uit {delivery}</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="133" />
            <source>{told}: {reason}</source>
            <translation>{told}: {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="99" />
            <source>(details cannot be read)</source>
            <translation>(details onleesbaar)</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="110" />
            <source>This saved change is damaged and cannot be shown ({error}). Reject it, and do the work again if it is still needed.</source>
            <translation>Deze opgeslagen wijziging is beschadigd en kan niet getoond worden ({error}). Wijs ze af en doe het werk opnieuw als het nog nodig is.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="338" />
            <source>{op}: no decision by employee {employee} is recorded for it</source>
            <translation>{op}: er is geen beslissing van medewerker {employee} voor vastgelegd</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="302" />
            <source>{op}: no audit entry records it (inserted outside storeapp)</source>
            <translation>{op}: geen audititem legt het vast (buiten storeapp ingevoegd)</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="306" />
            <source>{op}: its kind, place, content or author differs from what was recorded</source>
            <translation>{op}: de soort, plaats, inhoud of auteur verschilt van wat werd vastgelegd</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="310" />
            <source>{op}: recorded as {state} (approver {approver}) in entry {seq}, but the journal says {now} (approver {now_approver}): edited outside storeapp</source>
            <translation>{op}: vastgelegd als {state} (goedkeurder {approver}) in item {seq}, maar het journaal zegt {now} (goedkeurder {now_approver}): buiten storeapp bewerkt</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="332" />
            <source>{op}: it says it was approved by the person who made it</source>
            <translation>{op}: volgens het journaal goedgekeurd door wie het maakte</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="475" />
            <source>entry {seq} was made with key {key}, which this PC does not have: the journal was copied from another PC (or this PC's keyring entry was lost)</source>
            <translation>item {seq} is gemaakt met sleutel {key}, die deze pc niet heeft: het journaal is van een andere pc gekopieerd (of de vermelding in de wachtwoordkluis van deze pc is verloren)</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="482" />
            <source>entry {seq} was changed or forged</source>
            <translation>item {seq} is gewijzigd of vervalst</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="329" />
            <source>{op}: it needed an approval and none is recorded</source>
            <translation>{op}: er was een goedkeuring nodig en er is er geen vastgelegd</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="379" />
            <source>op {uuid} is not in the journal</source>
            <translation>op {uuid} staat niet in het journaal</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="468" />
            <source>entry {seq} is not keyed although earlier ones are: written outside storeapp</source>
            <translation>item {seq} is niet gesleuteld terwijl eerdere dat wel zijn: buiten storeapp geschreven</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="472" />
            <source>entry {seq} was changed</source>
            <translation>item {seq} is gewijzigd</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="486" />
            <source>entries 1..{last} are not keyed and were never sealed</source>
            <translation>items 1..{last} zijn niet gesleuteld en nooit verzegeld</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="497" />
            <source>entry {seq} is missing</source>
            <translation>item {seq} ontbreekt</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="535" />
            <source>the newest entry does not match the head</source>
            <translation>het nieuwste item komt niet overeen met de kop</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="537" />
            <source>every entry is missing</source>
            <translation>alle items ontbreken</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="392" />
            <source>audit entry {seq} about op {uuid} does not verify (forged or edited)</source>
            <translation>audititem {seq} over op {uuid} klopt niet (vervalst of bewerkt)</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="435" />
            <source>no entry is keyed although this PC holds the journal's key: the chain was rewritten outside storeapp</source>
            <translation>geen enkel item is gesleuteld terwijl deze pc de sleutel van het journaal heeft: de keten is buiten storeapp herschreven</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="450" />
            <source>{count} op(s) differ from the chain</source>
            <translation>{count} op(s) wijken af van de keten</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="505" />
            <source>entry {seq} does not follow the one before it</source>
            <translation>item {seq} sluit niet aan op het vorige</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="533" />
            <source>entries {first}..{last} are missing</source>
            <translation>items {first}..{last} ontbreken</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="32" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>Exceptions</source>
            <translation>Uitzonderingen</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="33" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>To pick</source>
            <translation>Te picken</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="34" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>Picking</source>
            <translation>Wordt gepickt</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="35" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>Ready</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="36" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>Collected today</source>
            <translation>Vandaag afgehaald</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="59" />
            <source>Order list brought up to date from Odoo {hours} h ago.</source>
            <translation>Orderlijst {hours} u geleden bijgewerkt vanuit Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="53" />
            <source>Order list never brought up to date from Odoo.</source>
            <translation>Orderlijst nog nooit bijgewerkt vanuit Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="56" />
            <source>Order list brought up to date from Odoo just now.</source>
            <translation>Orderlijst zonet bijgewerkt vanuit Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="58" />
            <source>Order list brought up to date from Odoo {minutes} min ago.</source>
            <translation>Orderlijst {minutes} min geleden bijgewerkt vanuit Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="91" />
            <source>No local data in {folder} yet: open storeapp once and let it sync with Odoo (or set STOREAPP_DATA_DIR if the data is elsewhere).</source>
            <translation>Nog geen lokale gegevens in {folder}: open storeapp een keer en laat het synchroniseren met Odoo (of stel STOREAPP_DATA_DIR in als de gegevens ergens anders staan).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="76" />
            <source>OVERDUE</source>
            <translation>TE LAAT</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="109" />
            <source>No click-and-collect order matches.</source>
            <translation>Geen enkele Click &amp; Collect-order komt overeen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="140" />
            <source>Warning: {names} in it not in Odoo (as last synced); a rule about a name Odoo lacks never applies:</source>
            <translation>Let op: {names} erin niet in Odoo (bij de laatste synchronisatie); een regel over een naam die Odoo niet kent, geldt nooit:</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="218" />
            <source>{here} taken on this PC and {odoo} done in Odoo in the last {days}.</source>
            <translation>{here} op deze pc en {odoo} in Odoo, in de laatste {days}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="179" />
            <source>There are no returns to replay in {folder}: this PC has not synced with Odoo yet (set STOREAPP_DATA_DIR if the data folder is elsewhere).</source>
            <translation>Er zijn geen retours om opnieuw toe te passen in {folder}: deze pc heeft nog niet met Odoo gesynchroniseerd (stel STOREAPP_DATA_DIR in als de gegevensmap elders staat).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="188" />
            <source>The local copy of Odoo data in {folder} was made by another version of storeapp. Open storeapp once (it rebuilds it), then run this again.</source>
            <translation>De lokale kopie van de Odoo-gegevens in {folder} is gemaakt door een andere versie van storeapp. Open storeapp één keer (het bouwt ze opnieuw op) en voer dit dan opnieuw uit.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="110" />
            <source>{file} is a valid returns policy.</source>
            <translation>{file} is een geldig retourbeleid.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="127" />
            <source>Not compared with Odoo's categories and locations: there is no synced copy of Odoo data in {folder} (sync first, or set STOREAPP_DATA_DIR).</source>
            <translation>Niet vergeleken met de categorieën en locaties van Odoo: er is geen gesynchroniseerde kopie van de Odoo-gegevens in {folder} (synchroniseer eerst, of stel STOREAPP_DATA_DIR in).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="143" />
            <source>{n} name</source>
            <translation>{n} naam</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="143" />
            <source>{n} names</source>
            <translation>{n} namen</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="123" />
            <source>Not compared with Odoo's names: the configuration of this PC is invalid.</source>
            <translation>Niet vergeleken met de namen in Odoo: de configuratie van deze pc is ongeldig.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="138" />
            <source>Every category and location it names is in Odoo (as last synced).</source>
            <translation>Elke categorie en locatie die ze noemt, bestaat in Odoo (bij de laatste synchronisatie).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="163" />
            <source>--days must be 1 or more.</source>
            <translation>--days moet 1 of meer zijn.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="216" />
            <source>No returns in the last {days} to replay.</source>
            <translation>Geen retours om opnieuw toe te passen in de laatste {days}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="226" />
            <source>Returns done in Odoo: condition read back from where the goods went.</source>
            <translation>Retours gedaan in Odoo: staat afgeleid uit waar de goederen naartoe gingen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="59" />
            <source>{file} cannot be read: {problem}.</source>
            <translation>{file} kan niet gelezen worden: {problem}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="70" />
            <source>{file} is not saved as UTF-8 text; save it again as UTF-8 and check again.</source>
            <translation>{file} is niet als UTF-8-tekst opgeslagen; sla het opnieuw op als UTF-8 en controleer opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="82" />
            <source>{file} is not a valid returns policy. Fix these and check again:</source>
            <translation>{file} is geen geldig retourbeleid. Verbeter deze punten en controleer opnieuw:</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/returns_policy.py" line="111" />
            <source>No returns policy is in force, so returns cannot be checked. Tell IT.</source>
            <translation>Er is geen retourbeleid van kracht, dus retouren kunnen niet gecontroleerd worden. Meld het aan IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/returns_policy.py" line="146" />
            <source>The returns policy file {path} is gone; the policy in force stays. Ask IT to put it back.</source>
            <translation>Het retourbeleidsbestand {path} is verdwenen; het geldende beleid blijft. Vraag IT om het terug te zetten.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/returns_policy.py" line="97" />
            <source>The returns policy file {path} cannot be read ({error}). Ask IT to check returns.policy_file in this PC's configuration.</source>
            <translation>Het retourbeleidsbestand {path} kan niet gelezen worden ({error}). Vraag IT om returns.policy_file in de configuratie van deze pc na te kijken.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/returns_policy.py" line="160" />
            <source>The returns policy file {path} cannot be read ({error}); the policy in force stays. Ask IT to save it again as UTF-8.</source>
            <translation>Het retourbeleidsbestand {path} kan niet gelezen worden ({error}); het geldende beleid blijft. Vraag IT om het opnieuw als UTF-8 op te slaan.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="103" />
            <location filename="../../storeapp/ui/setup/probe.py" line="297" />
            <source>named by IT</source>
            <translation>door IT benoemd</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="103" />
            <location filename="../../storeapp/ui/setup/probe.py" line="297" />
            <source>recognised by type or name</source>
            <translation>herkend aan soort of naam</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="105" />
            <location filename="../../storeapp/ui/setup/probe.py" line="303" />
            <source>{n} open order</source>
            <translation>{n} open order</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="105" />
            <location filename="../../storeapp/ui/setup/probe.py" line="303" />
            <source>{n} open orders</source>
            <translation>{n} open orders</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="106" />
            <source>click-and-collect carrier ({how}): {carrier} ({reason}), {count} in this store</source>
            <translation>Click &amp; Collect-verzendmethode ({how}): {carrier} ({reason}), {count} in deze winkel</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="86" />
            <source>store.click_collect_carriers names '{name}', which Odoo does not have</source>
            <translation>store.click_collect_carriers noemt '{name}', dat Odoo niet heeft</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="61" />
            <source>click-and-collect orders are recognised by mode {mode}, not by carrier</source>
            <translation>Click &amp; Collect-orders worden herkend via modus {mode}, niet via de verzendmethode</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="79" />
            <source>no delivery methods synced yet: run a sync, then doctor again</source>
            <translation>nog geen verzendmethoden gesynchroniseerd: start een synchronisatie en daarna opnieuw doctor</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="95" />
            <source>no delivery method counts as click-and-collect (Odoo has: {known}), so no orders are found</source>
            <translation>geen enkele verzendmethode telt als Click &amp; Collect (Odoo heeft: {known}), dus er worden geen orders gevonden</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="194" />
            <source>returns policy {version}: {problem}</source>
            <translation>retourbeleid {version}: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="199" />
            <source>Correct the name in the policy (storeapp policy check FILE) or in the machine file: a rule about a name Odoo lacks never applies.</source>
            <translation>Corrigeer de naam in het beleid (storeapp policy check FILE) of in het machinebestand: een regel over een naam die Odoo niet heeft, geldt nooit.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="208" />
            <source>returns policy {version}: every category and location it names is in Odoo</source>
            <translation>retourbeleid {version}: elke categorie en locatie die het noemt, staat in Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="179" />
            <source>IT: name the store's click-and-collect carriers in store.click_collect_carriers (docs/it-guide.md), then sync.</source>
            <translation>IT: noem de Click &amp; Collect-verzendmethoden van de winkel in store.click_collect_carriers (docs/it-guide.md) en synchroniseer daarna.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="184" />
            <source>{flag}: {problem}</source>
            <translation>{flag}: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="113" />
            <source>{url} is not a web address; give it as https://erp.example.com (with https://)</source>
            <translation>{url} is geen webadres; geef het op als https://erp.example.com (met https://)</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="120" />
            <source>{url} points inside Odoo; give only the server's address, e.g. {server}</source>
            <translation>{url} wijst naar een pagina in Odoo; geef alleen het adres van de server, bv. {server}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="139" />
            <source>--url: {url} is http://, so the device key would travel unencrypted; use the https:// address, or for a test server on a local network add --set odoo.allow_http=true</source>
            <translation>--url: {url} is http://, dus de sleutel van het toestel zou onversleuteld over het netwerk gaan; gebruik het https://-adres, of voeg voor een testserver op een lokaal netwerk --set odoo.allow_http=true toe</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="155" />
            <source>--set {given}: write it as section.key=value, e.g. sync.page_size=500</source>
            <translation>--set {given}: schrijf het als sectie.sleutel=waarde, bv. sync.page_size=500</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="162" />
            <source>--set {name}: secrets are never written to the machine file; the device key goes to the keyring (--secret-env VAR or standard input)</source>
            <translation>--set {name}: geheimen worden nooit in het machinebestand geschreven; de sleutel van het toestel gaat naar de wachtwoordkluis (--secret-env VAR of de standaardinvoer)</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="171" />
            <source>--set {name}: no such option (storeapp config --sample lists them all)</source>
            <translation>--set {name}: deze optie bestaat niet (storeapp config --sample toont ze allemaal)</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="223" />
            <source>Nothing was changed:
- {problems}</source>
            <translation>Er is niets gewijzigd:
- {problems}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="256" />
            <source>No API key was given for {login}: pipe it on standard input or name an environment variable with --secret-env (nothing was changed).</source>
            <translation>Er is geen API-sleutel opgegeven voor {login}: geef hem via de standaardinvoer of noem een omgevingsvariabele met --secret-env (er is niets gewijzigd).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="265" />
            <source>Standard input held several lines; give only the API key (nothing was changed).</source>
            <translation>De standaardinvoer bevatte meerdere regels; geef alleen de API-sleutel (er is niets gewijzigd).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="445" />
            <source>API key of {login} stored in the keyring for {database} on {url}.</source>
            <translation>API-sleutel van {login} bewaard in de wachtwoordkluis voor {database} op {url}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="476" />
            <source>Machine file written: {path}.</source>
            <translation>Machinebestand geschreven: {path}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="592" />
            <source>Check the PC with: storeapp doctor</source>
            <translation>Controleer de pc met: storeapp doctor</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="193" />
            <source>--{flag} is required and cannot be empty</source>
            <translation>--{flag} is verplicht en mag niet leeg zijn</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="216" />
            <source>--set {name}: already given by its own flag</source>
            <translation>--set {name}: al opgegeven met een eigen parameter</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="240" />
            <source>The environment variable {variable} is not set or empty: set it to the Odoo API key of {login} before running provision (nothing was changed).</source>
            <translation>De omgevingsvariabele {variable} is niet ingesteld of leeg: zet er de Odoo-API-sleutel van {login} in voordat u provision uitvoert (er is niets gewijzigd).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="298" />
            <source>The machine file {path} cannot be read ({problem}). Fix or remove it, then run provision again (nothing was changed).</source>
            <translation>Het machinebestand {path} kan niet gelezen worden ({problem}). Herstel of verwijder het en voer provision opnieuw uit (er is niets gewijzigd).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="361" />
            <source>No permission to write {path}. The machine file is shared by every user of this PC: run provision as root (sudo) or from an elevated Administrator prompt, or write only the key with --only credential.</source>
            <translation>Geen toestemming om {path} te schrijven. Het machinebestand wordt gedeeld door alle gebruikers van deze pc: voer provision uit als root (sudo) of vanuit een opdrachtprompt als Administrator, of schrijf alleen de sleutel met --only credential.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="371" />
            <source>The machine file {path} could not be written: {problem}. Check the disk and the folder, then run provision again.</source>
            <translation>Het machinebestand {path} kon niet geschreven worden: {problem}. Controleer de schijf en de map en voer provision opnieuw uit.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="454" />
            <source>Note: this ran as root, so the key is in root's keyring. StoreApp reads the keyring of the user it runs as: store the key again as that user with --only credential.</source>
            <translation>Let op: dit liep als root, dus de sleutel staat in de wachtwoordkluis van root. StoreApp leest de kluis van de gebruiker waaronder het draait: bewaar de sleutel opnieuw als die gebruiker met --only credential.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="480" />
            <source>Warning: {url} is not encrypted (odoo.allow_http = true): the device key and the store's data cross the network in clear text. Use it on a test network only.</source>
            <translation>Let op: {url} is niet versleuteld (odoo.allow_http = true): de sleutel van het toestel en de gegevens van de winkel gaan onversleuteld over het netwerk. Gebruik het alleen op een testnetwerk.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="399" />
            <source>The machine file would not be valid, so nothing was changed:
- {problems}</source>
            <translation>Het machinebestand zou niet geldig zijn, dus er is niets gewijzigd:
- {problems}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="442" />
            <source>The key was not stored: {problem}</source>
            <translation>De sleutel is niet bewaard: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="464" />
            <source>The key of the previous account {login} on {url} was removed from the keyring.</source>
            <translation>De sleutel van het vorige account {login} op {url} is uit de wachtwoordkluis verwijderd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="580" />
            <source>--secret-env was given with --only config: the key is not stored by a config-only run. Drop one of them (nothing was changed).</source>
            <translation>--secret-env werd opgegeven met --only config: een uitvoering die alleen de configuratie schrijft, bewaart de sleutel niet. Laat een van beide weg (er is niets gewijzigd).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="393" />
            <source>{problem} ({option})</source>
            <translation>{problem} ({option})</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="252" />
            <source>Outbox: {waiting} waiting, {parked} parked, oldest {age}</source>
            <translation>Wachtrij: {waiting} wachtend, {parked} geparkeerd, oudste {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="50" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="54" />
            <source>{hours} h</source>
            <translation>{hours} u</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="105" />
            <source>This PC is not set up yet: odoo.url and store.warehouse_code are empty. Run storeapp and use Device setup, or ask IT for the machine configuration file.</source>
            <translation>Deze pc is nog niet ingesteld: odoo.url en store.warehouse_code zijn leeg. Start storeapp en gebruik Toestelinstelling, of vraag IT om het configuratiebestand van de machine.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="249" />
            <source>Deleted in Odoo: {records}</source>
            <translation>Verwijderd in Odoo: {records}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="225" />
            <source>Pushed to Odoo: {done} done, {parked} parked, {failed} to retry ({rpcs} requests, {seconds} s)</source>
            <translation>Naar Odoo verzonden: {done} gedaan, {parked} geparkeerd, {failed} opnieuw te proberen ({rpcs} verzoeken, {seconds} s)</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="218" />
            <source>Connection: {state}</source>
            <translation>Verbinding: {state}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="220" />
            <source>Stopped: {error}</source>
            <translation>Gestopt: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="116" />
            <source>This PC's configuration cannot work: {problem}</source>
            <translation>De configuratie van deze pc kan niet werken: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="222" />
            <source>Nothing sent: {why}.</source>
            <translation>Niets verzonden: {why}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="236" />
            <source>  parked: {reason}</source>
            <translation>  geparkeerd: {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/connectivity.py" line="76" />
            <source>not connected yet</source>
            <translation>nog niet verbonden</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/connectivity.py" line="101" />
            <source>Odoo answers slowly ({seconds} s)</source>
            <translation>Odoo antwoordt traag ({seconds} s)</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/connectivity.py" line="104" />
            <source>connected</source>
            <translation>verbonden</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/credentials.py" line="24" />
            <source>This computer has no system keyring, so the Odoo key of this PC cannot be kept safely. On Windows and macOS this is built in; on Linux install and start a Secret Service (for example GNOME Keyring), then enter the key again in the setup dialog.</source>
            <translation>Deze computer heeft geen wachtwoordkluis (keyring), dus de Odoo-sleutel van deze pc kan niet veilig bewaard worden. Op Windows en macOS is die ingebouwd; installeer en start op Linux een Secret Service (bijvoorbeeld GNOME Keyring) en geef de sleutel daarna opnieuw in bij Toestelinstelling.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/credentials.py" line="64" />
            <source>The system keyring could not be read. Unlock it (sign out and in again), then retry; if it keeps failing, ask IT.</source>
            <translation>De wachtwoordkluis van het systeem kon niet gelezen worden. Ontgrendel ze (meld af en opnieuw aan) en probeer opnieuw; blijft het mislukken, verwittig dan IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/credentials.py" line="83" />
            <source>The key could not be saved in the system keyring. Unlock the keyring and try again; if it keeps failing, ask IT.</source>
            <translation>De sleutel kon niet bewaard worden in de wachtwoordkluis van het systeem. Ontgrendel de kluis en probeer opnieuw; blijft het mislukken, verwittig dan IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/device_user.py" line="15" />
            <source>In Odoo, open Settings → Users &amp; Companies → Users, open that user and fill in its e-mail address (a store mailbox will do); then retry any parked note.</source>
            <translation>Open in Odoo Instellingen → Gebruikers &amp; bedrijven → Gebruikers, open die gebruiker en vul het e-mailadres in (een mailbox van de winkel volstaat); verstuur daarna elke geparkeerde notitie opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/device_user.py" line="28" />
            <source>The device user {login} has no e-mail address in Odoo, so Odoo refuses the notes storeapp writes on orders (stock changes are sent all the same).</source>
            <translation>De toestelgebruiker {login} heeft geen e-mailadres in Odoo, dus weigert Odoo de notities die storeapp op orders schrijft (voorraadwijzigingen worden wel verstuurd).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="156" />
            <source>Odoo refused: {reason}</source>
            <translation>Odoo weigerde: {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="294" />
            <source>Odoo is busy or restarting (HTTP {status}); work is saved and storeapp tries again {later}.</source>
            <translation>Odoo is bezet of start opnieuw op (HTTP {status}); het werk is bewaard en storeapp probeert opnieuw {later}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="325" />
            <source>The Odoo server's certificate could not be verified, so storeapp sends nothing to it: no trusted authority signed it. If your company uses its own certificate authority, IT must set odoo.ca_bundle on this PC to that authority's certificate.</source>
            <translation>Het certificaat van de Odoo-server kon niet geverifieerd worden, dus storeapp stuurt er niets naartoe: geen vertrouwde instantie heeft het ondertekend. Gebruikt uw bedrijf een eigen certificaatautoriteit, dan moet IT odoo.ca_bundle op deze pc instellen op het certificaat van die autoriteit.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="144" />
            <location filename="../../storeapp/sync/error_mapping.py" line="84" />
            <source>Odoo could not run a request from storeapp ({problem}). This usually means a storeapp/Odoo version mismatch; tell IT.</source>
            <translation>Odoo kon een aanvraag van storeapp niet uitvoeren ({problem}). Meestal passen de versies van storeapp en Odoo dan niet bij elkaar; verwittig IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="281" />
            <source>Unexpected failure talking to Odoo.</source>
            <translation>Onverwachte fout in de verbinding met Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="287" />
            <source>in {seconds} s</source>
            <translation>over {seconds} s</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="287" />
            <source>soon</source>
            <translation>binnenkort</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="289" />
            <source>Odoo asks this PC to send fewer requests (HTTP 429); work is saved and storeapp tries again {later}.</source>
            <translation>Odoo vraagt deze pc minder aanvragen te sturen (HTTP 429); het werk is bewaard en storeapp probeert opnieuw {later}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="308" />
            <source>The Odoo server's certificate could not be verified, so storeapp sends nothing to it: it has expired. The Odoo administrator must renew the server's certificate; nothing on this PC needs to change.</source>
            <translation>Het certificaat van de Odoo-server kon niet geverifieerd worden, dus storeapp stuurt er niets naartoe: het is vervallen. De Odoo-beheerder moet het certificaat van de server vernieuwen; op deze pc hoeft niets te veranderen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="314" />
            <source>The Odoo server's certificate could not be verified, so storeapp sends nothing to it: it is not valid yet. Check this PC's date and time, or ask the Odoo administrator about the certificate's start date.</source>
            <translation>Het certificaat van de Odoo-server kon niet geverifieerd worden, dus storeapp stuurt er niets naartoe: het is nog niet geldig. Controleer de datum en het uur van deze pc, of vraag de Odoo-beheerder naar de begindatum van het certificaat.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="320" />
            <source>The Odoo server's certificate could not be verified, so storeapp sends nothing to it: it was made for another host name than the one in odoo.url. IT must use the address the certificate names, or the Odoo administrator must fix the certificate.</source>
            <translation>Het certificaat van de Odoo-server kon niet geverifieerd worden, dus storeapp stuurt er niets naartoe: het werd gemaakt voor een andere hostnaam dan die in odoo.url. IT moet het adres gebruiken dat het certificaat noemt, of de Odoo-beheerder moet het certificaat rechtzetten.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="50" />
            <source>Odoo refused the key of this PC. It may have been revoked or mistyped: a manager or IT must enter a valid Odoo API key in Setup. Work keeps being saved meanwhile.</source>
            <translation>Odoo weigerde de sleutel van deze pc. Misschien werd ze ingetrokken of verkeerd getypt: een manager of IT moet een geldige Odoo-API-sleutel ingeven in Toestelinstelling. Het werk wordt intussen verder bewaard.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="62" />
            <source>Odoo ended the session of this PC. It will sign in again.</source>
            <translation>Odoo heeft de sessie van deze pc beëindigd. Hij meldt zich opnieuw aan.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="74" />
            <source>Odoo refused the key of this PC (it may have expired or been revoked): IT must store a new Odoo API key with `storeapp provision --only credential` (or a manager in Setup). Work keeps being saved meanwhile.</source>
            <translation>Odoo weigerde de sleutel van deze pc (misschien is ze vervallen of ingetrokken): IT moet een nieuwe Odoo-API-sleutel bewaren met `storeapp provision --only credential` (of een manager in Toestelinstelling). Het werk wordt intussen verder bewaard.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="102" />
            <source>Odoo refused the key of this PC (Access Denied). It may have been revoked: a manager or IT must enter a valid Odoo API key in Setup. Work keeps being saved.</source>
            <translation>Odoo weigerde de sleutel van deze pc (Access Denied). Misschien werd ze ingetrokken: een manager of IT moet een geldige Odoo-API-sleutel ingeven in Toestelinstelling. Het werk wordt verder bewaard.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="111" />
            <source>The Odoo user of this PC is not allowed to do this: {reason} Ask IT to give it the missing rights.</source>
            <translation>De Odoo-gebruiker van deze pc mag dit niet doen: {reason} Vraag IT om hem de ontbrekende rechten te geven.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="120" />
            <source>Odoo says: {reason}</source>
            <translation>Odoo meldt: {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="127" />
            <source>Odoo has no database "{database}". Check the name with the Odoo administrator and correct odoo.database in this PC's configuration (storeapp provision --db NAME), then start storeapp again. Work keeps being saved on this PC meanwhile.</source>
            <translation>Odoo heeft geen databank "{database}". Controleer de naam met de Odoo-beheerder en verbeter odoo.database in de configuratie van deze pc (storeapp provision --db NAME), en start storeapp daarna opnieuw. Het werk wordt intussen verder bewaard op deze pc.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="139" />
            <source>Odoo's database had a problem with this request; storeapp will try again.</source>
            <translation>De databank van Odoo had een probleem met deze aanvraag; storeapp probeert opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="220" />
            <source>The server answered HTTP {status} instead of Odoo's answer. A proxy may be in the way; tell IT if it keeps happening.</source>
            <translation>De server antwoordde HTTP {status} in plaats van het antwoord van Odoo. Misschien zit er een proxy tussen; verwittig IT als het blijft gebeuren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="232" />
            <source>Odoo cannot be reached ({reason}). Work is saved on this PC and sent later.</source>
            <translation>Odoo is niet bereikbaar ({reason}). Het werk is bewaard op deze pc en wordt later verzonden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="242" />
            <source>Odoo did not answer in time. storeapp will check what happened and try again.</source>
            <translation>Odoo antwoordde niet op tijd. storeapp gaat na wat er gebeurd is en probeert opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="248" />
            <source>The connection to Odoo was cut before it answered. storeapp will check what happened and try again.</source>
            <translation>De verbinding met Odoo werd verbroken voor het antwoordde. storeapp gaat na wat er gebeurd is en probeert opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="258" />
            <source>Odoo's answer was cut off; storeapp will check what happened and try again.</source>
            <translation>Het antwoord van Odoo werd afgebroken; storeapp gaat na wat er gebeurd is en probeert opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="263" />
            <source>Odoo cannot be reached. Work is saved on this PC and sent later.</source>
            <translation>Odoo is niet bereikbaar. Het werk is bewaard op deze pc en wordt later verzonden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="269" />
            <source>The connection to Odoo failed. Work is saved on this PC and sent later.</source>
            <translation>De verbinding met Odoo is mislukt. Het werk is bewaard op deze pc en wordt later verzonden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="278" />
            <location filename="../../storeapp/sync/json2.py" line="123" />
            <source>Odoo answered something storeapp could not read; it will try again.</source>
            <translation>Odoo antwoordde iets wat storeapp niet kon lezen; het probeert opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="213" />
            <source>There is no Odoo JSON-RPC service at this address (HTTP 404). Check the Odoo address in the settings.</source>
            <translation>Op dit adres is er geen Odoo-JSON-RPC-dienst (HTTP 404). Controleer het Odoo-adres in de instellingen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="180" />
            <source>The Odoo address {address} is not a web address (https://, or http:// on a test network). Correct odoo.url in this PC's configuration (storeapp provision --url ADDRESS) or in Device setup.</source>
            <translation>Het Odoo-adres {address} is geen webadres (https://, of http:// op een testnetwerk). Verbeter odoo.url in de configuratie van deze pc (storeapp provision --url ADDRESS) of in Toestelinstelling.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="238" />
            <source>No Odoo key is stored on this PC for user {login}. IT stores it as this PC's user with storeapp provision --only credential, or a manager enters it in Setup; work keeps being saved meanwhile.</source>
            <translation>Op deze pc is geen Odoo-sleutel bewaard voor gebruiker {login}. IT bewaart ze als gebruiker van deze pc met storeapp provision --only credential, of een manager geeft ze in bij Toestelinstelling; het werk wordt intussen verder bewaard.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="309" />
            <source>Odoo answered context_get with {answer}.</source>
            <translation>Odoo antwoordde op context_get met {answer}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="458" />
            <source>Odoo answered a search on {model} with something else than ids.</source>
            <translation>Odoo antwoordde op een zoekopdracht in {model} met iets anders dan id's.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="469" />
            <source>Odoo answered a count on {model} with {answer}.</source>
            <translation>Odoo antwoordde op een telling in {model} met {answer}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="496" />
            <source>Odoo answered a create on {model} with {answer}.</source>
            <translation>Odoo antwoordde op een aanmaak in {model} met {answer}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="508" />
            <source>Odoo answered fields_get on {model} with {answer}.</source>
            <translation>Odoo antwoordde op fields_get van {model} met {answer}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="529" />
            <source>Odoo answered a read of {model} with something else than rows.</source>
            <translation>Odoo antwoordde op het lezen van {model} met iets anders dan rijen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/base.py" line="144" />
            <source>Odoo answered {answer} where an action or True was expected.</source>
            <translation>Odoo antwoordde {answer} waar een actie of True verwacht werd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="37" />
            <source>{product} in {location}</source>
            <translation>{product} in {location}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="77" />
            <source>{said} at {time}, a change of {change}</source>
            <translation>{said} om {time}, een verschil van {change}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="68" />
            <source>counted by {person}</source>
            <translation>geteld door {person}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="70" />
            <source>adjusted in Odoo ('{name}')</source>
            <translation>aangepast in Odoo ('{name}')</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="201" />
            <source>{counted} by {person} here</source>
            <translation>{counted} door {person} hier</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="200" />
            <source>someone</source>
            <translation>iemand</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="203" />
            <source>{counted} by {person} here at {time}</source>
            <translation>{counted} door {person} hier om {time}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="210" />
            <source>{what} was counted twice: {other}, and {mine}; Odoo now shows {now}. Applying this count as well would change the stock twice.</source>
            <translation>{what} is twee keer geteld: {other}, en {mine}; Odoo toont nu {now}. Ook deze telling toepassen zou de voorraad twee keer wijzigen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="218" />
            <source>Recount the shelf with the manager; if Odoo's figure is right, cancel this change, otherwise cancel it and submit the new count.</source>
            <translation>Tel het rek opnieuw met de manager; klopt het cijfer van Odoo, annuleer dan deze wijziging, anders annuleert u ze en dient u de nieuwe telling in.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="310" />
            <source>{what}: the stock kept moving in Odoo while the count was applied ({tries} tries).</source>
            <translation>{what}: de voorraad bleef in Odoo bewegen terwijl de telling werd toegepast ({tries} pogingen).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="316" />
            <source>Retry this change in a quiet moment.</source>
            <translation>Probeer deze wijziging opnieuw op een rustig moment.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="327" />
            <source>Odoo refused the count of {what} (counted {counted}): {odoo}</source>
            <translation>Odoo weigerde de telling van {what} ({counted} geteld): {odoo}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="333" />
            <source>If Odoo says only a stock manager may apply counts, ask IT to give the Odoo user of this PC the Inventory Administrator right, then retry; otherwise cancel the change.</source>
            <translation>Zegt Odoo dat alleen een voorraadbeheerder tellingen mag toepassen, vraag IT dan de Odoo-gebruiker van deze pc het recht Voorraadbeheerder te geven en probeer opnieuw; annuleer anders de wijziging.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="299" />
            <source>{what}: Odoo asked a question storeapp cannot answer ({wizard}).</source>
            <translation>{what}: Odoo stelde een vraag die storeapp niet kan beantwoorden ({wizard}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="304" />
            <source>Apply this count in Odoo (Inventory &gt; Physical Inventory), then cancel this change.</source>
            <translation>Pas deze telling toe in Odoo (Voorraad &gt; Fysieke voorraad) en annuleer daarna deze wijziging.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="323" />
            <source>{what}: the product or location was deleted in Odoo.</source>
            <translation>{what}: het product of de locatie is in Odoo verwijderd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="324" />
            <source>Tell the manager; cancel this count.</source>
            <translation>Laat het de manager weten; annuleer deze telling.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="288" />
            <source>{what}: Odoo wants a lot/serial number for this product before it accepts the count.</source>
            <translation>{what}: Odoo wil een lot-/serienummer voor dit product voordat het de telling aanvaardt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="293" />
            <source>Count this product again scanning its lot or serial numbers; cancel this change.</source>
            <translation>Tel dit product opnieuw en scan daarbij de lot- of serienummers; annuleer deze wijziging.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/messages.py" line="54" />
            <source>Odoo refused the note on {model} #{record}: {odoo} The other changes of this record are sent all the same.</source>
            <translation>Odoo weigerde de notitie op {model} #{record}: {odoo} De andere wijzigingen van dit record worden toch verzonden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/messages.py" line="61" />
            <source>The note is not essential: cancel it, or retry once Odoo is fixed. When Odoo asks for the sender's e-mail address, IT must give the device user an e-mail address in Odoo (see the IT guide).</source>
            <translation>De notitie is niet onmisbaar: annuleer ze, of probeer opnieuw zodra Odoo in orde is. Vraagt Odoo het e-mailadres van de afzender, dan moet IT de apparaatgebruiker in Odoo een e-mailadres geven (zie de IT-gids).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="71" />
            <source>Odoo refused the change to order {order}: {odoo}</source>
            <translation>Odoo weigerde de wijziging van order {order}: {odoo}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="76" />
            <source>Check the order in Odoo; when it is fixed, retry this change, or cancel it.</source>
            <translation>Controleer de order in Odoo; probeer deze wijziging opnieuw zodra dat in orde is, of annuleer ze.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="154" />
            <source>{product} {lot} is not in stock at {location} in Odoo (Odoo has {have} of it there, {picked} picked), so Odoo cannot take it from a shelf of this store.</source>
            <translation>{product} {lot} is in Odoo niet op voorraad in {location} (Odoo heeft er daar {have} van, {picked} gepickt), dus Odoo kan het niet uit een rek van deze winkel nemen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="163" />
            <source>Check the item's label: if it is another serial or lot, pick the order again with that one and cancel this change; otherwise ask the manager to correct the stock in Odoo, then retry.</source>
            <translation>Controleer het etiket van het artikel: is het een ander serie- of lotnummer, pick de order dan opnieuw met dat nummer en annuleer deze wijziging; vraag anders de manager de voorraad in Odoo te corrigeren en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="46" />
            <source>Order {order} no longer exists in Odoo (it was deleted).</source>
            <translation>Order {order} bestaat niet meer in Odoo (ze is verwijderd).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="47" />
            <source>Put the items back on the shelf and tell the manager; cancel this change.</source>
            <translation>Leg de artikelen terug in het rek en laat het de manager weten; annuleer deze wijziging.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="60" />
            <source>Put the items back on the shelf; then cancel this change.</source>
            <translation>Leg de artikelen terug in het rek en annuleer daarna deze wijziging.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="67" />
            <location filename="../../storeapp/sync/handlers/returns.py" line="342" />
            <source>Order {order} was deleted in Odoo.</source>
            <translation>Order {order} is in Odoo verwijderd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="68" />
            <source>Put the items back on the shelf and cancel this change.</source>
            <translation>Leg de artikelen terug in het rek en annuleer deze wijziging.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="304" />
            <source>Order {order} was deleted in Odoo while it was being validated.</source>
            <translation>Order {order} is in Odoo verwijderd terwijl ze werd gevalideerd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="305" />
            <source>Tell the manager.</source>
            <translation>Laat het de manager weten.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="310" />
            <source>Odoo did not validate order {order} (it is '{state}'; Odoo asked for: {wizard}).</source>
            <translation>Odoo heeft order {order} niet gevalideerd (ze is '{state}'; Odoo vroeg: {wizard}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="316" />
            <source>Validate the order in Odoo, then retry this change (it will see it is done).</source>
            <translation>Valideer de order in Odoo en probeer deze wijziging daarna opnieuw (ze ziet dan dat het gedaan is).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="238" />
            <source>The lines of order {order} were changed in Odoo since it was picked.</source>
            <translation>De regels van order {order} zijn in Odoo gewijzigd sinds ze gepickt is.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="242" />
            <source>Open the order again, pick it again, and cancel this change.</source>
            <translation>Open de order opnieuw, pick ze opnieuw en annuleer deze wijziging.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="254" />
            <source>Order {order} was already validated in Odoo at {time} with other quantities than picked here.</source>
            <translation>Order {order} is al om {time} in Odoo gevalideerd met andere aantallen dan hier gepickt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="260" />
            <source>Check the order in Odoo with the manager, then cancel this change.</source>
            <translation>Controleer de order in Odoo met de manager en annuleer daarna deze wijziging.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="224" />
            <source>Odoo's return wizard for order {order} left out some lines: {reasons}. No return was made in Odoo.</source>
            <translation>De retourwizard van Odoo voor order {order} liet regels weg: {reasons}. Er is geen retour gemaakt in Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="231" />
            <source>Odoo's return wizard for order {order} offered no lines at all: {reasons}. No return was made in Odoo.</source>
            <translation>De retourwizard van Odoo voor order {order} bood helemaal geen regels aan: {reasons}. Er is geen retour gemaakt in Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="239" />
            <source>Open the order in Odoo with the manager and try its Return button; if Odoo offers the items there, retry this change, otherwise cancel it.</source>
            <translation>Open de order in Odoo met de manager en probeer de knop Retour; biedt Odoo de artikelen daar aan, probeer deze wijziging dan opnieuw, annuleer ze anders.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="346" />
            <source>Odoo refused the return of order {order}: {odoo}</source>
            <translation>Odoo weigerde de retour van order {order}: {odoo}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="351" />
            <source>Check the order in Odoo with the manager; retry this return when fixed, or cancel it.</source>
            <translation>Controleer de order in Odoo met de manager; probeer deze retour opnieuw als het in orde is, of annuleer hem.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="125" />
            <source>Order {order} is not delivered in Odoo ('{state}'), so it cannot be returned.</source>
            <translation>Order {order} is in Odoo niet geleverd ('{state}'), dus ze kan niet geretourneerd worden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="130" />
            <source>Check the order in Odoo with the manager; cancel this change if it was never handed over.</source>
            <translation>Controleer de order in Odoo met de manager; annuleer deze wijziging als ze nooit overhandigd is.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="166" />
            <source>Odoo's return wizard answered {answer} instead of the new return.</source>
            <translation>De retourwizard van Odoo antwoordde {answer} in plaats van de nieuwe retour.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="198" />
            <source>line #{line}</source>
            <translation>regel #{line}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="343" />
            <source>Tell the manager; cancel this return.</source>
            <translation>Laat het de manager weten; annuleer deze retour.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="196" />
            <source>line #{line} no longer exists in the order</source>
            <translation>regel #{line} bestaat niet meer in de order</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="201" />
            <source>{product} is '{state}' in Odoo, not delivered</source>
            <translation>{product} is '{state}' in Odoo, niet geleverd</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="293" />
            <source>Order {order}: this return asks for {wanted} × {product}, but Odoo says only {left} can still be returned ({returned} already returned, maybe at another till or store while this PC was offline).</source>
            <translation>Order {order}: deze retour vraagt {wanted} × {product}, maar volgens Odoo kan nog maar {left} geretourneerd worden ({returned} al geretourneerd, misschien aan een andere kassa of in een andere winkel terwijl deze pc offline was).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="303" />
            <source>Check the order's returns in Odoo with the manager, then cancel this return and take back only what is left, refunding the customer accordingly.</source>
            <translation>Controleer de retouren van de order in Odoo met de manager, annuleer daarna deze retour en neem alleen terug wat overblijft, met een terugbetaling aan de klant die daarbij past.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="209" />
            <source>{product}: {returned} of {delivered} already returned</source>
            <translation>{product}: {returned} van {delivered} al geretourneerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="218" />
            <source>{product} was delivered and nothing of it was returned yet</source>
            <translation>{product} is geleverd en er is nog niets van geretourneerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="277" />
            <source>Order {order}: this return asks for {wanted} × {product}, but Odoo shows only {delivered} delivered on that line ('{state}') and nothing returned.</source>
            <translation>Order {order}: deze retour vraagt {wanted} × {product}, maar Odoo toont maar {delivered} geleverd op die regel ('{state}') en niets geretourneerd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="287" />
            <source>Check the order in Odoo with the manager, then cancel this return and take back only what Odoo shows as delivered.</source>
            <translation>Controleer de order in Odoo met de manager, annuleer daarna deze retour en neem alleen terug wat Odoo als geleverd toont.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/json2.py" line="76" />
            <source>storeapp called {method} with {count} positional arguments; the JSON-2 transport needs their names (storeapp.sync.json2).</source>
            <translation>storeapp riep {method} aan met {count} positionele argumenten; het JSON-2-transport heeft hun namen nodig (storeapp.sync.json2).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/json2.py" line="69" />
            <source>storeapp called {method} without record ids.</source>
            <translation>storeapp riep {method} aan zonder record-id's.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="28" />
            <source>Have an Odoo administrator make a new API key for the device user (administrators may make one that does not expire), then store it on this PC with `{command}` (docs/it-guide.md) or in Setup.</source>
            <translation>Laat een Odoo-beheerder een nieuwe API-sleutel maken voor de toestelgebruiker (beheerders kunnen er een maken die niet vervalt) en bewaar ze op deze pc met `{command}` (docs/it-guide.md) of in Toestelinstelling.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="102" />
            <source>Odoo {major}: applying counts needs Inventory / Administrator; badge and PIN sign-in from Odoo needs Employees / Officer.</source>
            <translation>Odoo {major}: tellingen toepassen vraagt Voorraad / Beheerder; aanmelden met badge en pincode uit Odoo vraagt Werknemers / Functionaris.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="68" />
            <source>The device user's API key expires on {when} ({days}).</source>
            <translation>De API-sleutel van de toestelgebruiker vervalt op {when} ({days}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="97" />
            <source>Odoo {major}: Inventory / User may apply counts; badge and PIN sign-in from Odoo needs Employees / Officer.</source>
            <translation>Odoo {major}: Voorraad / Gebruiker mag tellingen toepassen; aanmelden met badge en pincode uit Odoo vraagt Werknemers / Functionaris.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="59" />
            <source>This Odoo's API keys do not expire.</source>
            <translation>De API-sleutels van deze Odoo vervallen niet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="61" />
            <source>The device user's API key does not expire.</source>
            <translation>De API-sleutel van de toestelgebruiker vervalt niet.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="65" />
            <source>The device user's API key expired on {when}: Odoo refuses this PC.</source>
            <translation>De API-sleutel van de toestelgebruiker is vervallen op {when}: Odoo weigert deze pc.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="71" />
            <source>in 1 day</source>
            <translation>over 1 dag</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="71" />
            <source>in {n} days</source>
            <translation>over {n} dagen</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/pull.py" line="188" />
            <source>Odoo has no warehouse with the short name {code}, or the Odoo user of this PC cannot see it. Check store.warehouse_code in this PC's settings.</source>
            <translation>Odoo heeft geen magazijn met de korte naam {code}, of de Odoo-gebruiker van deze pc kan het niet zien. Controleer store.warehouse_code in de instellingen van deze pc.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="322" />
            <source>This change is not sent: the journal's audit trail does not prove it as it is now ({problem}).</source>
            <translation>Deze wijziging wordt niet verzonden: het audittrail van het journaal bewijst ze niet zoals ze nu is ({problem}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="327" />
            <source>Do not retry it. Cancel it, redo the work if it is needed, and ask IT to run `storeapp audit verify` on this PC.</source>
            <translation>Probeer ze niet opnieuw. Annuleer ze, doe het werk opnieuw als dat nodig is en vraag IT om `storeapp audit verify` op deze pc uit te voeren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="241" />
            <source>This version of storeapp does not know how to send '{kind}' changes.</source>
            <translation>Deze versie van storeapp kan geen '{kind}'-wijzigingen verzenden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="245" />
            <source>Update storeapp on this PC, then retry this change.</source>
            <translation>Werk storeapp op deze pc bij en probeer deze wijziging daarna opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="262" />
            <source>This change says it was approved by {approver} who made it; a change must be approved by another manager.</source>
            <translation>Deze wijziging zegt dat ze is goedgekeurd door {approver}, die ze zelf maakte; een wijziging moet door een andere manager worden goedgekeurd.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="267" />
            <source>Cancel it and have the work approved by a different manager.</source>
            <translation>Annuleer ze en laat het werk goedkeuren door een andere manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="275" />
            <source>storeapp stopped while sending this change; waiting for Odoo to finish before checking whether it arrived</source>
            <translation>storeapp stopte tijdens het verzenden van deze wijziging; wachten tot Odoo klaar is voor we nagaan of ze aangekomen is</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="252" />
            <source>This saved change cannot be sent as it is: {problem}.</source>
            <translation>Deze opgeslagen wijziging kan niet verzonden worden zoals ze is: {problem}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="253" />
            <source>Cancel it and do the work again; tell IT if it happens again.</source>
            <translation>Annuleer ze en doe het werk opnieuw; laat het IT weten als het nog eens gebeurt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="301" />
            <source>storeapp hit an unexpected problem sending this change ({error}).</source>
            <translation>storeapp stootte op een onverwacht probleem bij het verzenden van deze wijziging ({error}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="305" />
            <source>Retry it; if it fails again, export a support bundle and tell IT.</source>
            <translation>Probeer ze opnieuw; mislukt ze weer, exporteer dan een ondersteuningspakket en laat het IT weten.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="265" />
            <source>the person</source>
            <translation>de persoon</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/versions.py" line="111" />
            <source>The server did not say which Odoo version it runs, so it is probably not an Odoo server. Check the Odoo address in the settings.</source>
            <translation>De server zei niet welke Odoo-versie hij draait, dus het is waarschijnlijk geen Odoo-server. Controleer het Odoo-adres in de instellingen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/versions.py" line="127" />
            <source>This server runs Odoo {version}; storeapp works with Odoo 17, 18 and 19 only. Ask IT to connect this PC to a supported server or to install a storeapp release for it.</source>
            <translation>Deze server draait Odoo {version}; storeapp werkt alleen met Odoo 17, 18 en 19. Vraag IT om deze pc met een ondersteunde server te verbinden of er een storeapp-versie voor te installeren.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/versions.py" line="120" />
            <source>The server reports an unreadable version ({version}). Check the Odoo address.</source>
            <translation>De server meldt een onleesbare versie ({version}). Controleer het Odoo-adres.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="312" />
            <source>{name} -&gt; {url} ({events})</source>
            <translation>{name} -&gt; {url} ({events})</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="299" />
            <source>no endpoints configured: no events are sent</source>
            <translation>geen eindpunten ingesteld: er worden geen gebeurtenissen verstuurd</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="316" />
            <source>{n} event type</source>
            <translation>{n} gebeurtenistype</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="316" />
            <source>{n} event types</source>
            <translation>{n} gebeurtenistypes</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="307" />
            <source>endpoints cannot be read: {problem}</source>
            <translation>de eindpunten kunnen niet gelezen worden: {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="308" />
            <source>Correct [webhooks] endpoints in the machine file (docs/integration.md).</source>
            <translation>Corrigeer [webhooks] endpoints in het machinebestand (docs/integration.md).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="323" />
            <source>{endpoint}, secret found ({secret})</source>
            <translation>{endpoint}, geheim gevonden ({secret})</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="329" />
            <source>{endpoint}: its secret ({secret}) is not set; events wait in the queue</source>
            <translation>{endpoint}: het geheim ({secret}) is niet ingesteld; gebeurtenissen wachten in de wachtrij</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="334" />
            <source>Set that environment variable for storeapp, or the keyring entry '{service}' / '{name}'.</source>
            <translation>Stel die omgevingsvariabele in voor storeapp, of de vermelding '{service}' / '{name}' in de wachtwoordkluis.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/counts/model.py" line="44" />
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="134" />
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/counts/model.py" line="44" />
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <source>Expected</source>
            <translation>Verwacht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <source>Counted</source>
            <translation>Geteld</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Difference</source>
            <translation>Verschil</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Counted by</source>
            <translation>Geteld door</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Recounts</source>
            <translation>Hertellingen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Waiting</source>
            <translation>Wacht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="36" />
            <source>Count</source>
            <translation>Telling</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="36" />
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Return</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <location filename="../../storeapp/ui/returns/model.py" line="46" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <location filename="../../storeapp/ui/returns/model.py" line="46" />
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <source>Promised</source>
            <translation>Beloofd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <source>Items</source>
            <translation>Artikelen</translation>
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
            <translation>Locatie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="134" />
            <source>Ordered</source>
            <translation>Besteld</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="134" />
            <source>Picked</source>
            <translation>Gepickt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="44" />
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Products</source>
            <translation>Producten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="44" />
            <source>Due / started</source>
            <translation>Vervalt / gestart</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>By</source>
            <translation>Door</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="129" />
            <source>Click &amp;&amp; Collect</source>
            <translation>Click &amp;&amp; Collect</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="129" />
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="129" />
            <source>Counts</source>
            <translation>Tellingen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="129" />
            <source>Technical</source>
            <translation>Technisch</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Odoo refused the device sign-in</source>
            <translation>Odoo weigerde de aanmelding van het toestel</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>A manager or IT can enter a new API key in Device setup. Saved work waits in the outbox.</source>
            <translation>Een manager of IT kan een nieuwe API-sleutel ingeven in Toestelinstelling. Opgeslagen werk wacht in de verzendwachtrij.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Not allowed in Odoo</source>
            <translation>Niet toegestaan in Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Ask the Odoo administrator to give the device user the right named above.</source>
            <translation>Vraag de Odoo-beheerder om de toestelgebruiker het recht hierboven te geven.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Odoo said no</source>
            <translation>Odoo weigerde</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Fix the cause named above in Odoo, or ask a manager.</source>
            <translation>Los de oorzaak hierboven op in Odoo, of vraag het aan een manager.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Deleted in Odoo</source>
            <translation>Verwijderd in Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Refresh the screen; the record no longer exists in Odoo.</source>
            <translation>Vernieuw het scherm; het record bestaat niet meer in Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>The Odoo server had a problem</source>
            <translation>De Odoo-server had een probleem</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Try again in a few minutes.</source>
            <translation>Probeer het over een paar minuten opnieuw.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Odoo answered nonsense</source>
            <translation>Odoo gaf een onbegrijpelijk antwoord</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Try again; if it repeats, send the details to IT.</source>
            <translation>Probeer opnieuw; gebeurt het weer, stuur de details dan naar IT.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>storeapp and this Odoo do not match</source>
            <translation>storeapp en deze Odoo passen niet bij elkaar</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Send the details to IT: this Odoo lacks something storeapp expects.</source>
            <translation>Stuur de details naar IT: deze Odoo mist iets wat storeapp verwacht.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Not a supported Odoo</source>
            <translation>Geen ondersteunde Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Check the address; storeapp needs Odoo 17.</source>
            <translation>Controleer het adres; storeapp heeft Odoo 17 nodig.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>The secure connection was refused</source>
            <translation>De beveiligde verbinding werd geweigerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Check the https:// address. A company certificate authority must be set by IT.</source>
            <translation>Controleer het https://-adres. Een certificaatautoriteit van het bedrijf moet door IT ingesteld worden.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>No device credential</source>
            <translation>Geen toestelgegevens</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Open Device setup and enter the device login and API key.</source>
            <translation>Open Toestelinstelling en geef de toestellogin en de API-sleutel in.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Company</source>
            <translation>Bedrijf</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Store</source>
            <translation>Winkel</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Locations</source>
            <translation>Locaties</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Operation types</source>
            <translation>Bewerkingssoorten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Product categories</source>
            <translation>Productcategorieën</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Packagings</source>
            <translation>Verpakkingen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Lots and serial numbers</source>
            <translation>Lots en serienummers</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Stock on hand</source>
            <translation>Voorraad</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Customers</source>
            <translation>Klanten</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Delivery methods</source>
            <translation>Verzendmethoden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Sales orders</source>
            <translation>Verkooporders</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Sales order lines</source>
            <translation>Verkooporderlijnen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Transfers</source>
            <translation>Verplaatsingen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Transfer lines</source>
            <translation>Verplaatsingslijnen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Transfer details</source>
            <translation>Verplaatsingsdetails</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Employees</source>
            <translation>Medewerkers</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Needs a manager</source>
            <translation>Manager nodig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Rejected</source>
            <translation>Afgewezen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Waiting to send</source>
            <translation>Wacht op verzending</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Sending</source>
            <translation>Wordt verstuurd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>In Odoo</source>
            <translation>In Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Will retry</source>
            <translation>Nieuwe poging volgt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Needs a person</source>
            <translation>Iemand nodig</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Picked quantities</source>
            <translation>Gepickte aantallen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Order handed over</source>
            <translation>Order meegegeven</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Stock adjustment</source>
            <translation>Voorraadcorrectie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Note in Odoo</source>
            <translation>Notitie in Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Applies to</source>
            <translation>Geldt voor</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Made</source>
            <translation>Gemaakt</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Tries</source>
            <translation>Pogingen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Reason / last error</source>
            <translation>Reden / laatste fout</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Needs attention</source>
            <translation>Vraagt aandacht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Not yet in Odoo</source>
            <translation>Nog niet in Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Sent to Odoo</source>
            <translation>Verstuurd naar Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Rejected or cancelled</source>
            <translation>Afgewezen of geannuleerd</translation>
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
            <translation>Totaal</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="46" />
            <source>Deliveries</source>
            <translation>Leveringen</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Sold</source>
            <translation>Verkocht</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Returned</source>
            <translation>Al terug</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Can return</source>
            <translation>Kan terug</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Condition</source>
            <translation>Staat</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Serial / lot</source>
            <translation>Serie / lot</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Decision</source>
            <translation>Besluit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/screen.py" line="42" />
            <source>The returns policy could not be loaded: {error}</source>
            <translation>Het retourbeleid kon niet geladen worden: {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="392" />
            <source>Odoo badges</source>
            <translation>Odoo-badges</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="392" />
            <source>Employees sign in with the badge and PIN set in Odoo. The device user needs the Employees / Officer right; this PC keeps only a scrambled check of each PIN and badge.</source>
            <translation>Medewerkers melden zich aan met de badge en pincode uit Odoo. De toestelgebruiker heeft het recht Werknemers / Functionaris nodig; deze pc bewaart alleen een versleutelde controle van elke pincode en badge.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="392" />
            <source>Local enrollment</source>
            <translation>Lokale registratie</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="392" />
            <source>Least privilege: Odoo shares only names and jobs. Each employee sets a badge and PIN on this PC once, with a signed-in manager present.</source>
            <translation>Minimale rechten: Odoo deelt alleen namen en functies. Elke medewerker stelt één keer een badge en pincode in op deze pc, terwijl een aangemelde manager erbij is.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="308" />
            <source>Click-and-collect delivery methods ({how}): {taken}.</source>
            <translation>Click &amp; Collect-verzendmethoden ({how}): {taken}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="140" />
            <source>Fill in the Odoo address, database, device login and API key.</source>
            <translation>Vul het Odoo-adres, de databank, de toestellogin en de API-sleutel in.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="182" />
            <source>Connected to Odoo {version} as {login}.</source>
            <translation>Verbonden met Odoo {version} als {login}.</translation>
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
            <translation>De toestelgebruiker heeft een e-mailadres, dus notities op orders bereiken Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="282" />
            <source>store.click_collect_carriers names '{name}', which is not a delivery method in this Odoo: correct the name (IT).</source>
            <translation>store.click_collect_carriers noemt '{name}', maar dat is geen verzendmethode in deze Odoo: verbeter de naam (IT).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="290" />
            <source>No delivery method looks like click-and-collect (by type, or a name with collect, pickup, retrait, afhalen, abholung, ophalen…), so no orders will be found. IT can name the carriers in store.click_collect_carriers, or set store.click_collect_mode.</source>
            <translation>Geen enkele verzendmethode lijkt op Click &amp; Collect (op soort, of een naam met collect, pickup, retrait, afhalen, abholung, ophalen…), dus er worden geen orders gevonden. IT kan de vervoerders noemen in store.click_collect_carriers, of store.click_collect_mode instellen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="299" />
            <source>{carrier} ({reason}): {orders}</source>
            <translation>{carrier} ({reason}): {orders}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="320" />
            <source>The Inventory app is not installed in this Odoo database. Ask the Odoo administrator to install it (Apps → Inventory).</source>
            <translation>De app Voorraad is niet geïnstalleerd in deze Odoo-databank. Vraag de Odoo-beheerder om ze te installeren (Apps → Voorraad).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="370" />
            <source>The Employees app is not installed, so nobody can sign in. Ask the Odoo administrator to install it (Apps → Employees).</source>
            <translation>De app Werknemers is niet geïnstalleerd, dus niemand kan zich aanmelden. Vraag de Odoo-beheerder om ze te installeren (Apps → Werknemers).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="228" />
            <source>Could not check when the API key expires ({error}).</source>
            <translation>Kon niet nagaan wanneer de API-sleutel vervalt ({error}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="246" />
            <source>Could not check the device user's e-mail address ({exc}).</source>
            <translation>Het e-mailadres van de toestelgebruiker kon niet gecontroleerd worden ({exc}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="273" />
            <source>Could not read Odoo's delivery methods, so click-and-collect orders cannot be recognised by carrier. Ask IT to set store.click_collect_mode.</source>
            <translation>De verzendmethoden van Odoo konden niet gelezen worden, dus Click &amp; Collect-orders kunnen niet herkend worden aan de vervoerder. Vraag IT om store.click_collect_mode in te stellen.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="327" />
            <source>The device user may pick, validate and return (Inventory / User).</source>
            <translation>De toestelgebruiker mag picken, valideren en terugnemen (Voorraad / Gebruiker).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="332" />
            <source>The device user cannot work with transfers. Ask the Odoo administrator to give it the Inventory / User right.</source>
            <translation>De toestelgebruiker kan niet met verplaatsingen werken. Vraag de Odoo-beheerder om het recht Voorraad / Gebruiker te geven.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="347" />
            <source>It may apply stock counts (Inventory / Administrator, needed in 17).</source>
            <translation>Hij mag tellingen toepassen (Voorraad / Beheerder, nodig in 17).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="378" />
            <source>It may read badges and PINs (Employees / Officer): 'Odoo badges' sign-in is possible.</source>
            <translation>Hij mag badges en pincodes lezen (Werknemers / Functionaris): aanmelden met 'Odoo-badges' is mogelijk.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="385" />
            <source>It cannot read badges and PINs (no Employees / Officer right): employees will be enrolled on this PC with a manager present ('Local enrollment').</source>
            <translation>Hij kan geen badges en pincodes lezen (geen recht Werknemers / Functionaris): medewerkers worden op deze pc geregistreerd terwijl een manager erbij is ('Lokale registratie').</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="157" />
            <source>No Odoo server answered at {url} ({exc}). Check the address, the port and this PC's network connection.</source>
            <translation>Geen Odoo-server antwoordde op {url} ({exc}). Controleer het adres, de poort en de netwerkverbinding van deze pc.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="167" />
            <source>Odoo refused the device login or API key (mistyped, revoked or expired). Check both; an API key is made in Odoo under Preferences → Account Security → New API Key, and IT stores a new one with `storeapp provision --only credential`.</source>
            <translation>Odoo weigerde de toestellogin of de API-sleutel (verkeerd getypt, ingetrokken of vervallen). Controleer beide; een API-sleutel maakt u in Odoo via Voorkeuren → Accountbeveiliging → Nieuwe API-sleutel, en IT slaat de nieuwe op met `storeapp provision --only credential`.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="210" />
            <source>This Odoo has no warehouse: a store must be a warehouse.</source>
            <translation>Deze Odoo heeft geen magazijn: een winkel moet een magazijn zijn.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="354" />
            <source>Could not check whether it may apply stock counts (Odoo 17 needs Inventory / Administrator). If it lacks that right, counts wait in the outbox until given.</source>
            <translation>Kon niet controleren of hij tellingen mag toepassen (Odoo 17 vraagt Voorraad / Beheerder). Zonder dat recht wachten tellingen in de verzendwachtrij tot het gegeven wordt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="362" />
            <source>It cannot apply stock counts: Odoo 17 requires Inventory / Administrator for that. Counts will wait in the outbox until the right is given.</source>
            <translation>Hij kan geen tellingen toepassen: Odoo 17 vraagt daarvoor Voorraad / Beheerder. Tellingen wachten in de verzendwachtrij tot het recht gegeven wordt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Connection slow or failing</source>
            <translation>Verbinding traag of onderbroken</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Offline — working from this PC</source>
            <translation>Offline — werkt vanaf deze pc</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Odoo refused the device login</source>
            <translation>Odoo weigerde de aanmelding van het toestel</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Setup problem: Odoo cannot be used as configured</source>
            <translation>Instellingsprobleem: Odoo kan niet gebruikt worden zoals ingesteld</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Checking connection…</source>
            <translation>Verbinding wordt gecontroleerd…</translation>
        </message>
        <message>
            <source>{fails} problem(s), {warns} warning(s).</source>
            <translation type="vanished">{fails} probleem/problemen, {warns} waarschuwing(en).</translation>
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
            <translation type="vanished">Odoo weigerde de toestellogin of de API-sleutel. Controleer beide; een API-sleutel maakt u in Odoo via Voorkeuren → Accountbeveiliging → Nieuwe API-sleutel.</translation>
        </message>
    </context>
</TS>

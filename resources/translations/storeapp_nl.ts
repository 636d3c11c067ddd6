<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
    <context>
        <name>ApprovalsPresenter</name>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="42" />
            <source>Only a manager can approve or reject adjustments. Ask a manager to sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="63" />
            <source>Write a note saying why it is rejected: the person who counted reads it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="72" />
            <source>{n} {verb}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="80" />
            <source>Nothing was selected.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApprovalsView</name>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="44" />
            <source>Approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="48" />
            <source>Stock adjustments above the store's limits and return exceptions wait here. Decisions are saved at once, also offline, and reach Odoo at the next sync. Nobody approves a count they took part in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="89" />
            <source>Note for the counter and for Odoo (required to reject)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="91" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="92" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="94" />
            <source>Reject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="96" />
            <source>Select all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="142" />
            <source>Nothing selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="144" />
            <source>Choose one line to see its story, or several to decide them together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="149" />
            <source>{n} items selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="150" />
            <source>Approve or reject them together with one note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="153" />
            <source>{n} of them you counted yourself: those stay for another manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="162" />
            <source>Why a manager: {reasons}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="166" />
            <source>{who} counted {qty}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="169" />
            <source>Count history: {steps}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="171" />
            <source>You took part in this count: another manager must approve it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="182" />
            <source>Reading the approval inbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="185" />
            <source>{n} waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="216" />
            <source>Saving the decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="218" />
            <source>approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="218" />
            <source>rejected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BagLabel</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/label.py" line="90" />
            <source>CLICK &amp; COLLECT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/label.py" line="99" />
            <source>(no customer name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/label.py" line="108" />
            <source>Keep on the pickup shelf until the customer collects it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClickCollect</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="99" />
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="101" />
            <source>Picking: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="103" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="113" />
            <source>phone …%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="208" />
            <source>Short %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="214" />
            <source>Picked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="216" />
            <source>Scan the serial number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="218" />
            <source>Scan the lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="222" />
            <source>typed by hand</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClickCollectView</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="258" />
            <source>Orders not loaded from Odoo yet: run the first sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="263" />
            <source>Orders brought up to date from Odoo just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="265" />
            <source>Orders brought up to date from Odoo %1 ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="268" />
            <source>offline: picks and handovers are saved and sent later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="295" />
            <source>Reading the click-and-collect orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="312" />
            <source>Saving the pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="336" />
            <source>No click-and-collect order %1 in this store's list. Check the number, or search by the customer's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="353" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="390" />
            <source>Opening the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="411" />
            <source>Marking the order ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="415" />
            <source>%1 is ready for pickup. Odoo gets the picked quantities and a note for the customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="441" />
            <source>Bag label sent to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="442" />
            <source>Bag label saved as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="444" />
            <source>Printing the bag label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="471" />
            <source>Recording the handover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="479" />
            <source>%1 handed over. Odoo gets the validation when it is reachable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="493" />
            <source>Recording that the items went back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="498" />
            <source>%1: items back on the shelf; the order is closed here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CountsModel</name>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="82" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="84" />
            <source>{n} days late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="84" />
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="103" />
            <source>In progress, by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="108" />
            <source>Counted by {who}, on its way to Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="111" />
            <source>Count requested in Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="146" />
            <source>hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="151" />
            <source>({n} recount)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CountsPresenter</name>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="71" />
            <source>Nobody is signed in. Sign in to count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="128" />
            <source>Count again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="130" />
            <source>Recount: scan it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="132" />
            <source>Recounted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="134" />
            <source>Counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="160" />
            <source>This location is no longer in the store's data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="161" />
            <source>Sync with Odoo, then choose another count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="172" />
            <source>Counting {product} at {location}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="176" />
            <source>Counting {location}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="177" />
            <source>Scan each item on the shelf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="193" />
            <source>{code} is neither a location nor a product of this store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="194" />
            <source>Scan the label on the shelf edge, or a product's barcode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="201" />
            <source>This store has no {product} in stock anywhere, so there is nothing to count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="203" />
            <source>To record stock found on a shelf, scan that shelf's label first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="213" />
            <source>It is also stocked in {others}: those counts wait in the task list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="225" />
            <source>Nothing was scanned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="225" />
            <source>Scan again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="239" />
            <source>Already counting {location}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="243" />
            <source>{other} is another location: you are counting {here}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="246" />
            <source>Submit or leave this count first, then scan the other shelf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="257" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="286" />
            <source>This count is only for {product}; {other} was not counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="260" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="289" />
            <source>Count the other product with a count of this location.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="280" />
            <source>Scan the shelf label first, then choose the product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="281" />
            <source>Scan the location you are counting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="296" />
            <source>serial number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="296" />
            <source>lot number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="299" />
            <source>{product} is counted by {word}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="300" />
            <source>Scan or type the {word} printed on the item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="364" />
            <source>{label}: {qty}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="405" />
            <source>Choose a counted line first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="405" />
            <source>Scan the item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="450" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="470" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="495" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="554" />
            <source>No count is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="450" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="470" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="495" />
            <source>Start a count first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="458" />
            <source>Undone. {label}: {qty}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="482" />
            <source>Scan every {label} on the shelf again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="486" />
            <source>Recount of {label} started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="508" />
            <source>The recount of {lines} has not begun.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="509" />
            <source>Scan those items again (or type 0 if none are left), then submit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="519" />
            <source>Count these again before submitting: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="520" />
            <source>Select a line and press Recount; another colleague catches more mistakes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="538" />
            <source>Count of {location} submitted: {auto} adjustment(s) go to Odoo, {manager} wait for a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="541" />
            <source>Scan the next shelf or choose a count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="559" />
            <source>Count of {location} abandoned; nothing was sent to Odoo.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CountsView</name>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="88" />
            <source>Counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="92" />
            <source>Scan a shelf label to count that location, or a product to count it wherever it is stocked. Odoo's count requests are listed below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="100" />
            <source>Scan a shelf label or a product, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="101" />
            <source>Start a count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="111" />
            <source>Open count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="126" />
            <source>Counts are judged against this PC's copy of Odoo's stock. An older copy is safe: Odoo receives the difference found, not the figure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="150" />
            <source>Blind count: system quantities hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="164" />
            <source>Scan an item (or type its barcode, lot or serial number) and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="166" />
            <source>Scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="178" />
            <source>Quantity counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="179" />
            <source>Set quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="180" />
            <source>Replace the selected line's count by this quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="181" />
            <source>Undo last scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="183" />
            <source>Recount line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="184" />
            <source>Continue later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="185" />
            <source>Abandon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="187" />
            <source>Submit count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="191" />
            <source>Quantity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="235" />
            <source>The count settings of this PC are not valid, so the defaults apply: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="237" />
            <source>Ask IT to correct the [counts] section of the configuration file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="263" />
            <source>Counting {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="293" />
            <source>No stock figures from Odoo yet: sync first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="296" />
            <source>Stock figures as of {age} ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="298" />
            <source>Stock figures up to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="315" />
            <source>Reading the count tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="324" />
            <source>{open} count(s) in progress on this PC · {requests} requested by Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="370" />
            <source>Counting the product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="376" />
            <source>Saving the scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="383" />
            <source>Opening the count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="393" />
            <location filename="../../storeapp/ui/counts/view.py" line="398" />
            <source>Saving the quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="407" />
            <source>Check the quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="416" />
            <source>Undoing the last scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="422" />
            <source>Starting a recount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="426" />
            <source>Submitting the count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="443" />
            <source>Abandon this count?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="445" />
            <source>The {n} counted line(s) of {location} will not be sent to Odoo. The count stays in the audit record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="453" />
            <source>Abandoning the count</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPresenter</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="283" />
            <source>Picked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="38" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="38" />
            <source>Last 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="38" />
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="47" />
            <source>{m} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="51" />
            <source>{h} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="52" />
            <source>{h} h {m:02d} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="54" />
            <source>{d} d {h} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="91" />
            <source>Short picks: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="93" />
            <source>Return reason: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="95" />
            <source>Orders released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="96" />
            <source>Of these: picked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="97" />
            <source>Of these: ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="98" />
            <source>Of these: collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="99" />
            <source>Order → ready, median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="100" />
            <source>Order → ready, p90</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="101" />
            <source>Ready → collected, median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="102" />
            <source>Ready → collected, p90</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="103" />
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="217" />
            <source>Overdue now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="104" />
            <source>Orders with a short pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="105" />
            <source>Returns taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="106" />
            <source>Value returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="107" />
            <source>Returns refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="108" />
            <source>Refusal rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="109" />
            <source>Manager override rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="110" />
            <source>Return → confirmed in Odoo, median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="111" />
            <source>Lines counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="112" />
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="240" />
            <source>Counted exactly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="113" />
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="247" />
            <source>Counts within tolerance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="114" />
            <source>Adjustment value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="115" />
            <source>Approvals waiting now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="116" />
            <source>Oldest approval waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="117" />
            <source>Changes waiting for Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="118" />
            <source>Oldest waiting change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="119" />
            <source>Parked (need a person)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="120" />
            <source>Sync failures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="121" />
            <source>Webhook events waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="122" />
            <source>Webhook events refused or given up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="186" />
            <source>The dashboard is for managers. Ask a manager to sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="210" />
            <source>Orders ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="212" />
            <source>of {r} released · {c} collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="219" />
            <source>past the promised time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="224" />
            <source>Order → ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="226" />
            <source>median · p90 {p}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="231" />
            <source>Returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="233" />
            <source>{v} · refused {r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="242" />
            <source>{n} lines counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="249" />
            <source>no manager needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="256" />
            <source>Approvals waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="258" />
            <source>oldest {age}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="260" />
            <source>none waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="265" />
            <source>Waiting for Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="267" />
            <source>{p} parked · oldest {age}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="282" />
            <source>Released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="284" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="285" />
            <source>Collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="322" />
            <source>{age} ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="324" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="327" />
            <source>Last sync: {model}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="335" />
            <source>Nothing to export yet: wait for the figures to load.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="58" />
            <source>Store dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="62" />
            <source>How the store is doing, from the work recorded on this PC and the data last received from Odoo — also offline. Times are from order to ready and from ready to collected; p90 means 9 in 10 orders were faster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="86" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="87" />
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="102" />
            <source>No orders in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="104" />
            <source>No short picks in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="106" />
            <source>No returns in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="110" />
            <source>Click &amp; Collect orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="111" />
            <source>Short picks by reason (share of ready orders)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="112" />
            <source>Top return reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="215" />
            <source>Updated {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="227" />
            <source>The dashboard figures could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="236" />
            <source>Export the dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="243" />
            <source>The dashboard could not be exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="245" />
            <source>{n} measures exported to {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmployeeListModel</name>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="54" />
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="54" />
            <source>Associate</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmployeesDialog</name>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="42" />
            <location filename="../../storeapp/ui/employees/view.py" line="47" />
            <source>Employees on this PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="51" />
            <source>Deactivate someone who left, or reset a forgotten PIN: they choose a new one at their next sign-in. For a manager, another manager (or that manager) confirms with their PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="60" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="61" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="62" />
            <source>Badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="63" />
            <source>Sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="64" />
            <source>Enrolled by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="72" />
            <source>Second manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="77" />
            <source>Confirming manager (for a manager)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="78" />
            <source>Their PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="82" />
            <source>Reset PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="83" />
            <source>Deactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="84" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="108" />
            <source>Reading the employees on this PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="112" />
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="112" />
            <source>Associate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="116" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="141" />
            <source>Choose a person in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="150" />
            <source>Changing a sign-in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Enroll</name>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="117" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="120" />
            <location filename="../../storeapp/ui/enroll/presenter.py" line="131" />
            <source>A manager must be signed in to enroll someone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="123" />
            <source>Managers cannot enroll themselves. Ask another manager or IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="134" />
            <source>Enroll a manager first; that manager then enrolls the others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="139" />
            <source>That is not this PC's device key. Only IT can enroll the first manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="147" />
            <source>Badges need this PC's keyring, which is not available. Enroll with a PIN only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="163" />
            <source>{name} can now sign in on this PC.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="218" />
            <source>{name} is a manager: enrolling them again needs their current PIN, or a second manager's PIN.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="38" />
            <location filename="../../storeapp/ui/enroll/view.py" line="45" />
            <source>Enroll an employee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="45" />
            <source>Enroll the first manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="50" />
            <source>IT enrolls the store's first manager with this PC's device key; that manager then enrolls everyone else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="55" />
            <source>The employee types their own PIN while {name} is present. Scanning a badge is optional: without one, they choose their name to sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="62" />
            <location filename="../../storeapp/ui/enroll/view.py" line="77" />
            <source>Employee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="65" />
            <source>scan the badge (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="74" />
            <source>the API key entered in Device setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="78" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="79" />
            <source>Badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="80" />
            <source>PIN (4–8 digits, managers 6–8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="81" />
            <source>PIN again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="83" />
            <source>Device key (IT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="85" />
            <source>Their current PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="86" />
            <source>…or a second manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="87" />
            <source>Second manager's PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="92" />
            <source>Enroll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="94" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="117" />
            <source>Reading the store's employees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="127" />
            <source> — already enrolled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="132" />
            <source>No employees of this store are on this PC yet: run a sync with Odoo first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="144" />
            <source>Second manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="157" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="169" />
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="169" />
            <source>Associate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="199" />
            <source>Enrolling</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorPresenter</name>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="107" />
            <source>That did not work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="114" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="114" />
            <source>Nothing of this change was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="120" />
            <location filename="../../storeapp/ui/errors.py" line="215" />
            <source>Odoo said no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="120" />
            <source>Read the reason above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="124" />
            <location filename="../../storeapp/ui/errors.py" line="216" />
            <location filename="../../storeapp/ui/errors.py" line="229" />
            <source>{doing}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="130" />
            <source>No safe place for the device password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="131" />
            <source>{doing}: this computer has no usable password store (keyring).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="135" />
            <source>On Windows and macOS this is built in. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet) for this user, then try again. storeapp never keeps the password in a file instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="143" />
            <source>The disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="144" />
            <source>{doing}: nothing could be saved because the disk is full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="146" />
            <source>Free some space on this computer (or ask IT), then try again. Work already saved is safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="153" />
            <source>The store database is busy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="154" />
            <source>{doing}: another program is holding the store database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="155" />
            <source>Close any other copy of storeapp or tool using its data folder, then retry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="160" />
            <source>The store database could not be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="162" />
            <source>{doing}: the disk refused the write ({error}). This change was NOT saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="165" />
            <source>Check the disk and free space, then try again. If it keeps happening, run 'storeapp doctor' and call IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="172" />
            <source>The secure connection was refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="173" />
            <source>{doing}: the Odoo server's certificate could not be verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="177" />
            <source>Check the address starts with the right https:// name. If your company uses its own certificate authority, IT must add it in the machine file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="184" />
            <source>Odoo refused the device sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="185" />
            <source>{doing}: the device login or API key was not accepted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="187" />
            <source>The API key may have been revoked or mistyped. A manager or IT can enter a new one in Device setup. Saved work waits in the outbox meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="194" />
            <source>Not allowed in Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="195" />
            <source>{doing}: the device user lacks a right in Odoo.
{error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="198" />
            <source>Ask the Odoo administrator to give the device user the right named above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="205" />
            <source>Odoo cannot be reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="206" />
            <source>{doing}: no answer from the Odoo server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="208" />
            <source>Check the network cable or Wi-Fi and the server address. The store keeps working offline; changes are sent when the connection is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="217" />
            <source>Read Odoo's reason above; fix it in Odoo or ask a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="222" />
            <source>The Odoo server had a problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="223" />
            <source>{doing}: the server answered with an error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="224" />
            <source>Try again in a few minutes. If it persists, send the details to IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="228" />
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="230" />
            <source>Try again. If it happens again, copy the details and send them to IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="256" />
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="257" />
            <source>Show details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstSyncDialog</name>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="58" />
            <source>First sync with Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="62" />
            <source>Getting the store's data from Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="66" />
            <source>This happens once on a new PC. You can cancel: what is already here is kept and the next sync continues where this one stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="76" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="112" />
            <source>{done:,} of {total:,}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="114" />
            <source>{total:,} — done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="118" />
            <source>{n} of {m} kinds of data done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="126" />
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="127" />
            <source>Stopping after the current page; nothing is lost.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoverPage</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="39" />
            <source>Hand the order over to the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="57" />
            <source>Before you hand it over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="71" />
            <source>Note (optional), e.g. collected by a relative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="75" />
            <source>This works offline too: Odoo gets the handover as soon as the connection is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="82" />
            <source>Back to the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="84" />
            <source>Mark collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="107" />
            <source>No customer name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="109" />
            <source>order %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="110" />
            <source>1 item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="110" />
            <source>%1 items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="111" />
            <source>1 line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="111" />
            <source>%1 lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="113" />
            <source>%1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="120" />
            <source>Missing: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="123" />
            <source>Waiting for %1 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="138" />
            <source>Tick every check first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="55" />
            <location filename="../../storeapp/ui/main_window.py" line="144" />
            <source>storeapp — {store}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="67" />
            <source>Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="71" />
            <source>storeapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="79" />
            <source>Switch employee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="82" />
            <source>Lock the screen so someone else can sign in (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="92" />
            <source>Enroll employee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="94" />
            <source>Set a badge and PIN for an employee on this PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="97" />
            <source>Employees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="100" />
            <source>Who is enrolled on this PC: deactivate someone, reset a PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="103" />
            <source>Device setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="105" />
            <source>Odoo address, device key and store of this PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="225" />
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="225" />
            <source>Associate</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeasuresModel</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/model.py" line="51" />
            <source>Measure</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="68" />
            <source>Waits for #{seq} {what} ({state})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="87" />
            <source>Order {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="90" />
            <source>Return of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="92" />
            <source>{product} at {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="95" />
            <source> · lot {lot}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxPresenter</name>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="104" />
            <source>Only a manager can retry or cancel a change. Ask a manager to sign in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="69" />
            <source>Sync &amp; outbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="73" />
            <source>Every change made on this PC waits here until Odoo has it — exactly once, also after a crash or hours offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="79" />
            <location filename="../../storeapp/ui/outbox/view.py" line="304" />
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="103" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="104" />
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="132" />
            <source>Choose a line to see what happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="137" />
            <source>Send again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="138" />
            <source>Cancel this change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="174" />
            <source>Reading the outbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="197" />
            <location filename="../../storeapp/ui/outbox/view.py" line="201" />
            <source>No data synced from Odoo yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="204" />
            <source>{n} kinds of data from Odoo, last refreshed {newest}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="208" />
            <source>Oldest: {model} at {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="212" />
            <source>Not synced yet: {list}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="226" />
            <source>Nothing needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="228" />
            <source>When Odoo refuses a change, it stops here with the reason and what to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="239" />
            <source>What happened: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="241" />
            <source>What to do: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="243" />
            <source>Last error: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="246" />
            <source>Not sent yet: {text}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="248" />
            <source>Next try: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="250" />
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="250" />
            <source>{age} ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="252" />
            <source>Made by {who} {when}. Tries so far: {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="253" />
            <source>the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="260" />
            <source>A manager can send it again or cancel it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="277" />
            <source>Sending the change again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="290" />
            <source>Cancelling the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="298" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="302" />
            <source>Syncing with Odoo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="43" />
            <source>Manager approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="50" />
            <source>A manager must approve this return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="55" />
            <location filename="../../storeapp/ui/returns/override.py" line="69" />
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="57" />
            <source>or scan the manager's badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="63" />
            <source>Why the return is accepted (kept with the return)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="71" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="72" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="75" />
            <source>Approve return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="100" />
            <source>No other manager can sign in on this PC. Refuse the return or call a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="115" />
            <source>This badge is not known on this PC.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="119" />
            <source>{name} cannot approve this return.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="128" />
            <source>Choose the manager who approves.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../storeapp/ui/pages/overview.py" line="114" />
            <source>Reading the store figures</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickPage</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="76" />
            <source>Scan a product — or type its barcode and press Enter (recorded as typed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="84" />
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="209" />
            <source>Scan the first product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="109" />
            <source>Select a line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="115" />
            <source>Lot or serial number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="116" />
            <source>Set quantity (typed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="120" />
            <source>Note (needed for 'Other')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="121" />
            <source>Mark the rest short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="123" />
            <source>Found it: clear short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="125" />
            <source>Undo last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="133" />
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="134" />
            <source>Lot/serial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="136" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="137" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="143" />
            <source>Cannot find it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="152" />
            <source>Back to the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="154" />
            <source>Leave for someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="156" />
            <source>Ready for pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="160" />
            <source>Print bag label again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="240" />
            <source>nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="242" />
            <source>%1 · picked by %2 · short picks: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="243" />
            <source>no customer name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="247" />
            <source>backorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="249" />
            <source>cancel the rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="254" />
            <source>%1 of %2 lines done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="299" />
            <source>Not saved: %1 Your last scans are on screen; they are saved with the next one once this is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="318" />
            <source>%1 ordered · bin %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="341" />
            <source>Reading the barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="356" />
            <source>Picking the product chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="378" />
            <source>Setting the quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="411" />
            <source>Saving the pick</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductSearch</name>
        <message>
            <location filename="../../storeapp/ui/product_search.py" line="52" />
            <source>No barcode? Search: name, reference, barcode (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/product_search.py" line="111" />
            <source>No product matches “{text}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="58" />
            <source>Click &amp; Collect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="86" />
            <source>Search: order number, customer name or last 4 digits of the phone — or scan the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="109" />
            <source>Take it over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="112" />
            <source>Pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="115" />
            <source>Hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="116" />
            <source>Items put back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="117" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="146" />
            <source>All (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceiptPage</name>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="43" />
            <source>Print receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="44" />
            <source>Next return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="64" />
            <source>Return {ref} saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="67" />
            <source>1 item back, {amount} to refund.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="69" />
            <source>{n} items back, {amount} to refund.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="75" />
            <source>Odoo gets it by itself, as 1 return — follow it in Sync &amp; outbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="78" />
            <source>Odoo gets it by itself, as {n} returns — follow it in Sync &amp; outbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="83" />
            <source>Recorded on this PC; the back office books it in Odoo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="84" />
            <source>Give the customer the receipt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="87" />
            <source>A copy is kept as {name} in the data folder's receipts folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="104" />
            <source>Receipt sent to the printer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReturnReceipt</name>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="41" />
            <source>Serial/lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="49" />
            <source>Sale {order}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="51" />
            <source>No receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="53" />
            <source>Taken by {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="55" />
            <source>Approved by {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="59" />
            <source>RETURN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="59" />
            <source>Total returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="59" />
            <source>Returns policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="105" />
            <source>This PC has no printer set up. The receipt was saved as a PDF instead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReturnsModel</name>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="47" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="48" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="49" />
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="50" />
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="96" />
            <source>not delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="187" />
            <source>{sold} ({given} handed over)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="207" />
            <source>scan needed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReturnsPresenter</name>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="162" />
            <source>Scan the receipt, or type an order number, a customer name or the last 4 digits of their phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="171" />
            <source>This sale is no longer in this PC's data. Sync, then search again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="214" />
            <source>No product has the code {code} in this store's data. Check the label, or sync and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="248" />
            <source>A serial number is one item: return whole units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="275" />
            <source>{name} has serial numbers: scan the serial on the item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="279" />
            <source>{name}: returning {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="288" />
            <source>{code} is not a product or a serial number of this sale. Check the item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="297" />
            <source>Scan or type the serial number printed on the item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="300" />
            <source>{name} has no serial or lot numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="303" />
            <source>Serial {s} is already on this return.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="313" />
            <source>{name}: serial {s} added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="356" />
            <source>{name} is not a manager: only a manager can approve this return.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="361" />
            <source>You took this return, so another manager must approve it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="363" />
            <source>Write a note saying why the return is approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="374" />
            <location filename="../../storeapp/ui/returns/presenter.py" line="432" />
            <source>Sign in first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="377" />
            <source>Choose what the customer brings back: set a quantity on a line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="380" />
            <source>The policy refuses this return: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="384" />
            <source>This return needs a manager's approval first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="426" />
            <source>This return cannot be prepared for Odoo: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="436" />
            <source>Choose what the customer brought back before recording a refusal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="475" />
            <source>No receipt: the back office books the goods and the refund in Odoo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="477" />
            <source>Taken while offline: Odoo gets it when the connection is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="496" />
            <source>Can be returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="497" />
            <source>Can be returned — read the warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="498" />
            <source>Needs a manager's approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="499" />
            <source>Refused by the policy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReturnsView</name>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="87" />
            <source>Returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="91" />
            <source>Scan the customer's receipt, choose what comes back, and the policy says what happens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="112" />
            <source>Scan the receipt, or type an order number, customer name or last 4 phone digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="116" />
            <source>Find sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="118" />
            <source>No receipt…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="171" />
            <source>Open sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="174" />
            <source>Returns are checked against the returns policy, online and offline. A return without a receipt follows stricter rules and may need a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="184" />
            <source>&lt;h3&gt;Take a return in three steps&lt;/h3&gt;&lt;p&gt;&lt;b&gt;1.&lt;/b&gt; Scan the barcode on the customer's receipt — or type the order number, the customer's name or the last 4 digits of their phone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2.&lt;/b&gt; Set how many of each item come back, why, and in what condition. Scan the serial number of serial-tracked items.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3.&lt;/b&gt; Read the policy's decision beside the lines, then confirm — a manager approves on this PC when the policy asks for it.&lt;/p&gt;&lt;p&gt;No receipt? Use &lt;b&gt;No receipt…&lt;/b&gt; and scan each item.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="248" />
            <source>Scan:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="277" />
            <source>Confirm return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="280" />
            <source>Manager approval…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="281" />
            <source>Refuse and record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="283" />
            <source>Start over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="329" />
            <source>No returns policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="333" />
            <source>Policy {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="339" />
            <source> · data of {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="341" />
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="343" />
            <source>Offline: stricter rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="355" />
            <source>Returns policy {version} is now in force.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="386" />
            <source>Sale {order} · {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="387" />
            <source>no customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="393" />
            <source>Bought {date}{channel}. Set the quantity coming back on each line; scan the serial number of serial-tracked items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="397" />
            <source>Scan a serial number or a product barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="401" />
            <source>Return without a receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="404" />
            <source>Scan each item. The price is the current shelf price; stricter rules apply and the back office books the goods and the refund in Odoo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="409" />
            <source>Scan the product's barcode or type its reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="420" />
            <source>Nothing chosen yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="424" />
            <source>Set the quantity coming back on a line to see what the policy says.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="433" />
            <source>Refund value: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="441" />
            <source>line {n}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="450" />
            <source>online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="450" />
            <source>offline rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="452" />
            <source>Policy {version}, {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="474" />
            <source>Finding the sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="482" />
            <source>No sale matches “{text}” in this store's data of the last months. Check the receipt, or take the return without a receipt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="491" />
            <source>{n} sales found: choose one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="509" />
            <source>Opening the sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="514" />
            <source>Nothing of {order} can be returned any more: it was not handed over or is already back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="525" />
            <source>No receipt: scan each item the customer brings back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="539" />
            <source>{name} added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="543" />
            <source>Reading the scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="571" />
            <source>Saving the return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="580" />
            <source>The return is saved, but its receipt could not be written: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="608" />
            <source>Recording the refusal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="616" />
            <source>Refusal recorded with its reasons (reference {ref}). Nothing goes to Odoo.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafeModeWindow</name>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="33" />
            <source>storeapp — safe mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="37" />
            <source>storeapp is in safe mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="44" />
            <source>1. Export the outbox to a file below and give it to IT.
2. Do not delete or move the data folder.
3. IT restores the journal (a backup is kept before every upgrade) or sends the exported changes to Odoo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="52" />
            <source>Technical detail: {d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="57" />
            <source>Export the outbox…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="59" />
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="60" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="84" />
            <source>Export the outbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="95" />
            <source>The export failed: {e}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="99" />
            <source>1 change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="101" />
            <source>{n} changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="104" />
            <source>Exported {count} to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="107" />
            <source>Exported {count} to {path}. Some could not be read ({gaps}); tell IT.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="51" />
            <source>Device setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="58" />
            <source>Connect this PC to Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="62" />
            <source>IT or a manager does this once per PC. The API key is kept only in this computer's password store (keyring), never in a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="81" />
            <source>List databases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="86" />
            <source>the store's device user, e.g. store-042</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="89" />
            <source>API key (or password)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="90" />
            <location filename="../../storeapp/ui/setup/view.py" line="244" />
            <source>Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="94" />
            <source>Odoo address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="95" />
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="96" />
            <source>Device login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="97" />
            <source>API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="99" />
            <source>Press Test connection to check the server and rights.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="103" />
            <source>Connection test result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="107" />
            <source>Store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="126" />
            <source>Store (warehouse)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="127" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="130" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="152" />
            <source>Which store is this PC in?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="157" />
            <source>How employees sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="188" />
            <source>Set by IT in the machine file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="213" />
            <source>Listing the databases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="220" />
            <source>This server does not list its databases. Type the database name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="230" />
            <source>Testing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="231" />
            <source>Contacting Odoo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="240" />
            <source>Testing the connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="311" />
            <source>Saving the device setup</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="154" />
            <source>Click &amp; Collect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="155" />
            <source>Returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="156" />
            <source>Counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="157" />
            <source>Approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="173" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="186" />
            <source>Sync &amp; outbox</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="50" />
            <source>Too many wrong PINs. Try again in {n} seconds, or ask a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="53" />
            <source>Too many wrong PINs. Try again in {n} minutes, or ask a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="128" />
            <source>This employee's sign-in record was changed outside storeapp, so it is not used. A manager must enroll them again; tell IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="135" />
            <location filename="../../storeapp/ui/signin/presenter.py" line="187" />
            <source>This employee cannot sign in on this PC yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="150" />
            <source>Welcome, {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="161" />
            <source>Wrong PIN. 1 try left before a pause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="163" />
            <source>Wrong PIN. {n} tries left before a pause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="177" />
            <source>{name}, your PIN was reset. Type your new PIN again to confirm it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="183" />
            <source>The two PINs differ. Type your new PIN, then the same again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="190" />
            <source>Your new PIN is set. Welcome, {name}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInView</name>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="94" />
            <location filename="../../storeapp/ui/signin/view.py" line="147" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="103" />
            <source>Scan your badge, or choose your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="106" />
            <source>Type to find your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="121" />
            <location filename="../../storeapp/ui/signin/view.py" line="346" />
            <source>No one chosen yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="126" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="132" />
            <location filename="../../storeapp/ui/signin/view.py" line="134" />
            <location filename="../../storeapp/ui/signin/view.py" line="181" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="153" />
            <source>Sign-in message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="164" />
            <source>IT: enroll the first manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="177" />
            <source>Demo store — try these people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="181" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="181" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="181" />
            <source>Badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="194" />
            <source>Choose a name and type the PIN. Without a scanner, type a badge number in the search box and press Enter. Managers also see Approvals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="233" />
            <source>Loading the employees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="243" />
            <source>Nobody can sign in on this PC yet. Employees appear after the first sync with Odoo (Odoo badges mode) or after a manager enrolls them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="282" />
            <source>New PIN for {name} (a manager reset it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="284" />
            <source>PIN for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="307" />
            <source>Reading the badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="311" />
            <source>This badge is not known on this PC. Choose your name instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="361" />
            <source>Checking the PIN</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="68" />
            <source>{h} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="56" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="59" />
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="62" />
            <source>{n} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="66" />
            <source>{h} h {m} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="71" />
            <source>1 day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="71" />
            <source>{n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="89" />
            <source>Outbox empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="91" />
            <source>Outbox: {n} to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="94" />
            <source>1 needs a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="96" />
            <source>{p} need a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="99" />
            <source>Outbox: {n} to send, {parked}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="101" />
            <source>Outbox: {parked}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="105" />
            <source>Nothing waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="109" />
            <source>Oldest waiting: {age}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="113" />
            <source>Never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="117" />
            <source>Last sync {age} ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="119" />
            <source>Last sync just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="122" />
            <source>Nobody signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="178" />
            <source>Last successful sync with Odoo: {when}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StoreApp</name>
        <message>
            <location filename="../../storeapp/app.py" line="362" />
            <source>Device setup saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="364" />
            <source>Saved. A new API key is used at once. A different server, database or store takes effect when storeapp starts again; work saved meanwhile is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="545" />
            <source>storeapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="567" />
            <source>The first sync with Odoo did not finish: {error}
storeapp works with what arrived and keeps trying in the background.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="572" />
            <source>First sync</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StoreJobs</name>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="158" />
            <source>Returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="31" />
            <source>Ready to pick (stock reserved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="33" />
            <source>Waiting for stock or not yet confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="34" />
            <source>Overdue (promised time passed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="35" />
            <source>Handed over or shipped today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="36" />
            <source>Picks in progress on this PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="39" />
            <source>Pick changes waiting to reach Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="44" />
            <source>Figures come from this PC's copy of the store's Odoo orders and refresh after every sync. The scan-to-pick and handover screen is the next part of the app; until it arrives, pick these orders in Odoo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="56" />
            <source>Delivered orders on this PC that can be returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="59" />
            <source>Returns already recorded in Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="60" />
            <source>Return intakes in progress on this PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="62" />
            <source>Returns waiting for a manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="66" />
            <source>Returns waiting to reach Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="71" />
            <source>Returns will be checked against the store's returns policy here, with the reason shown in plain words. That intake screen is the next part of the app; until then take returns in Odoo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="81" />
            <source>Count requests due today or earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="84" />
            <source>Count requests overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="87" />
            <source>Counts in progress on this PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="90" />
            <source>Adjustments waiting for a manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="95" />
            <source>Adjustments waiting to reach Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="98" />
            <source>Products known on this PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="101" />
            <source>Blind counting by location or product, with recounts and manager approval, is the next part of the app. Count requests come from Odoo's scheduled count dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="109" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="112" />
            <source>Decisions waiting for a manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="113" />
            <source>Oldest waiting for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="116" />
            <source>Waiting by kind: {kinds}. Managers will approve or reject stock adjustments and return exceptions here, one by one or in bulk, also offline; a manager never approves their own work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="152" />
            <source>Click &amp; Collect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="153" />
            <source>Orders customers collect in this store: pick, get ready, hand over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="159" />
            <source>Take back goods under the store's returns policy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="164" />
            <source>Counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="165" />
            <source>Count stock by location or product; differences go to a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="170" />
            <source>Approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/pages/store_jobs.py" line="171" />
            <source>Manager decisions on stock adjustments and return exceptions.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="281" />
            <source>The customer's name matches the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="281" />
            <source>The order number or pickup code matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="281" />
            <source>The customer showed a photo ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="281" />
            <source>The customer gave the pickup code from their e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="331" />
            <source>{n} line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="331" />
            <source>{n} lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="467" />
            <source>{product}: {missing} short ({reason}); the rest will be kept on a backorder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="467" />
            <source>{product}: {missing} short ({reason}); the rest will be cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="295" />
            <source>{product} is not on this order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="296" />
            <source>Put it back and check the product name and bin on the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="286" />
            <source>{product} is not on this order: it belongs to {order}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="291" />
            <source>Put it aside for {order}, or back on the shelf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/pin_keys.py" line="31" />
            <source>A PIN is digits only. Type it with the number keys or the keypad on screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="43" />
            <source>stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="43" />
            <source>quarantine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="43" />
            <source>scrap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="102" />
            <source>window is {days}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="138" />
            <source>sold {sold}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="190" />
            <source>serial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="190" />
            <source>lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="98" />
            <source>bought today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="100" />
            <source>bought {days} ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="140" />
            <source>sold {sold}, handed over {delivered}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="146" />
            <source>{detail}, already returned {returned}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="306" />
            <source>{condition}: goes to {destination}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="377" />
            <source>no receipt: the purchase date, price and quantity cannot be checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="520" />
            <source>nothing to return: add at least one line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="102" />
            <location filename="../../storeapp/core/policy/engine.py" line="100" />
            <location filename="../../storeapp/core/policy/engine.py" line="415" />
            <location filename="../../storeapp/core/policy/engine.py" line="427" />
            <location filename="../../storeapp/core/policy/engine.py" line="119" />
            <source>{n} day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="102" />
            <location filename="../../storeapp/core/policy/engine.py" line="100" />
            <location filename="../../storeapp/core/policy/engine.py" line="415" />
            <location filename="../../storeapp/core/policy/engine.py" line="427" />
            <location filename="../../storeapp/core/policy/engine.py" line="119" />
            <source>{n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="107" />
            <location filename="../../storeapp/core/policy/engine.py" line="128" />
            <source>{bought}; {window}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="155" />
            <source> (all lines together)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="160" />
            <source>returning {asked}{together} but only {returnable} can still be returned on {order_name} ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="175" />
            <source>{returnable} can still be returned ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="228" />
            <source>the {word}s sold on {order_name} are not known here, so {join} cannot be checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="243" />
            <source>{word} {join} was not sold on {order_name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="256" />
            <source>{word} {join} matches the sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="278" />
            <source>reason {reason_code} is not one of the policy's reasons ({join})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="294" />
            <source>condition {condition} is not in the policy (known: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="335" />
            <source>offline: line value {value} is above the offline limit of {line_value_above}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="364" />
            <source>offline: return total {total} is above the offline limit of {total_value_above}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="384" />
            <source>no receipt: total {total} is above the no-receipt limit of {no_receipt_max_value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="396" />
            <source>offline: returns without a receipt are restricted until the connection is back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="412" />
            <source>this customer made {count} in the last {days} (limit {returns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="424" />
            <source>{count} by this customer in the last {days}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="438" />
            <source>offline: returns of this sale made at other stores since the last update are not known here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="475" />
            <source>the quantity must be more than 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="115" />
            <source>{bought}; {window}, plus {grace_days} of grace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="197" />
            <source>the same serial was scanned twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="206" />
            <source>{quantity} serial-tracked items need {quantity} serial numbers, {scanned} scanned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="219" />
            <source>the lot was not scanned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="267" />
            <source>{category} is a final-sale category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="322" />
            <source>line value {value} is above {above}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="352" />
            <source>return total {total} is above {above}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="414" />
            <source>{n} return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="414" />
            <source>{n} returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="426" />
            <source>{n} earlier return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="426" />
            <source>{n} earlier returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="482" />
            <source>this item is not on {order_name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="490" />
            <source>the scanned product is not the one sold on that line of {order_name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/demo.py" line="31" />
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/demo.py" line="31" />
            <source>Associate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="99" />
            <source>{n} name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="99" />
            <source>{n} names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="90" />
            <location filename="../../storeapp/ui/setup/probe.py" line="266" />
            <source>{n} open order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="90" />
            <location filename="../../storeapp/ui/setup/probe.py" line="266" />
            <source>{n} open orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/sync/device_user.py" line="15" />
            <source>In Odoo, open Settings → Users &amp; Companies → Users, open that user and fill in its e-mail address (a store mailbox will do); then retry any parked note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/sync/device_user.py" line="28" />
            <source>The device user {login} has no e-mail address in Odoo, so Odoo refuses the notes storeapp writes on orders (stock changes are sent all the same).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="23" />
            <location filename="../../storeapp/ui/counts/model.py" line="91" />
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="23" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="161" />
            <location filename="../../storeapp/ui/counts/model.py" line="133" />
            <location filename="../../storeapp/ui/returns/model.py" line="116" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="23" />
            <location filename="../../storeapp/ui/counts/model.py" line="91" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="23" />
            <location filename="../../storeapp/ui/counts/model.py" line="133" />
            <source>Expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="23" />
            <location filename="../../storeapp/ui/counts/model.py" line="133" />
            <source>Counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="23" />
            <source>Difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="23" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="23" />
            <source>Counted by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="23" />
            <source>Recounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="23" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="37" />
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="37" />
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <location filename="../../storeapp/ui/returns/model.py" line="116" />
            <source>Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="38" />
            <source>To pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="38" />
            <source>Picking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="38" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="38" />
            <source>Collected today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="38" />
            <source>Exceptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="56" />
            <location filename="../../storeapp/ui/returns/model.py" line="55" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="56" />
            <location filename="../../storeapp/ui/returns/model.py" line="55" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="56" />
            <source>Promised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="56" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="56" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="161" />
            <location filename="../../storeapp/ui/counts/model.py" line="133" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="56" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="161" />
            <source>Bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="161" />
            <source>Ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="161" />
            <source>Picked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="91" />
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="91" />
            <source>Due / started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="133" />
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="127" />
            <source>Click &amp;&amp; Collect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="127" />
            <source>Returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="127" />
            <source>Counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="127" />
            <source>Technical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Odoo refused the device sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>A manager or IT can enter a new API key in Device setup. Saved work waits in the outbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Not allowed in Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Ask the Odoo administrator to give the device user the right named above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Odoo said no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Fix the cause named above in Odoo, or ask a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Deleted in Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Refresh the screen; the record no longer exists in Odoo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>The Odoo server had a problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Try again in a few minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Odoo answered nonsense</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Try again; if it repeats, send the details to IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>storeapp and this Odoo do not match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Send the details to IT: this Odoo lacks something storeapp expects.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Not a supported Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Check the address; storeapp needs Odoo 17.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>The secure connection was refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Check the https:// address. A company certificate authority must be set by IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>No device credential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Open Device setup and enter the device login and API key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Operation types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Product categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Packagings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Lots and serial numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Stock on hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Delivery methods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Sales orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Sales order lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Transfers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Transfer lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Transfer details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Employees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Needs a manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Waiting to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>In Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Will retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Needs a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Picked quantities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Order handed over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Stock adjustment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Note in Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Applies to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Tries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Reason / last error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="24" />
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="24" />
            <source>Not yet in Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="24" />
            <source>Sent to Odoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="24" />
            <source>Rejected or cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="24" />
            <source>Everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="55" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="55" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="55" />
            <source>Deliveries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="116" />
            <source>Sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="116" />
            <source>Returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="116" />
            <source>Can return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="116" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="116" />
            <source>Condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="116" />
            <source>Serial / lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="116" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="346" />
            <source>Odoo badges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="346" />
            <source>Employees sign in with the badge and PIN set in Odoo. The device user needs the Employees / Officer right; this PC keeps only a scrambled check of each PIN and badge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="346" />
            <source>Local enrollment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="346" />
            <source>Least privilege: Odoo shares only names and jobs. Each employee sets a badge and PIN on this PC once, with a signed-in manager present.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="264" />
            <source>named by IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="264" />
            <source>recognised by type or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="270" />
            <source>Click-and-collect delivery methods ({how}): {taken}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="128" />
            <source>Fill in the Odoo address, database, device login and API key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="169" />
            <source>Connected to Odoo {version} as {login}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="219" />
            <source>{problem} {advice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="224" />
            <source>The device user has an e-mail address, so notes on orders reach Odoo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="249" />
            <source>store.click_collect_carriers names '{name}', which is not a delivery method in this Odoo: correct the name (IT).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="257" />
            <source>No delivery method looks like click-and-collect (by type, or a name with collect, pickup, retrait, afhalen, abholung, ophalen…), so no orders will be found. IT can name the carriers in store.click_collect_carriers, or set store.click_collect_mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="280" />
            <source>The Inventory app is not installed in this Odoo database. Ask the Odoo administrator to install it (Apps → Inventory).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="324" />
            <source>The Employees app is not installed, so nobody can sign in. Ask the Odoo administrator to install it (Apps → Employees).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="213" />
            <source>Could not check the device user's e-mail address ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="240" />
            <source>Could not read Odoo's delivery methods, so click-and-collect orders cannot be recognised by carrier. Ask IT to set store.click_collect_mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="287" />
            <source>The device user may pick, validate and return (Inventory / User).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="292" />
            <source>The device user cannot work with transfers. Ask the Odoo administrator to give it the Inventory / User right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="301" />
            <source>It may apply stock counts (Inventory / Administrator, needed in 17).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="332" />
            <source>It may read badges and PINs (Employees / Officer): 'Odoo badges' sign-in is possible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="339" />
            <source>It cannot read badges and PINs (no Employees / Officer right): employees will be enrolled on this PC with a manager present ('Local enrollment').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="146" />
            <source>No Odoo server answered at {url} ({exc}). Check the address, the port and this PC's network connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="156" />
            <source>Odoo refused the device login or API key. Check both; an API key is made in Odoo under Preferences → Account Security → New API Key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="195" />
            <source>This Odoo has no warehouse: a store must be a warehouse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="308" />
            <source>Could not check whether it may apply stock counts (Odoo 17 needs Inventory / Administrator). If it lacks that right, counts wait in the outbox until given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="316" />
            <source>It cannot apply stock counts: Odoo 17 requires Inventory / Administrator for that. Counts will wait in the outbox until the right is given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="41" />
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="41" />
            <source>ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="41" />
            <source>Connection slow or failing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="41" />
            <source>warn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="41" />
            <source>Offline — working from this PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="41" />
            <location filename="../../storeapp/ui/statusbar.py" line="41" />
            <location filename="../../storeapp/ui/statusbar.py" line="41" />
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="41" />
            <source>Odoo refused the device login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="41" />
            <source>Setup problem: Odoo cannot be used as configured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="41" />
            <source>Checking connection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="41" />
            <source>muted</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

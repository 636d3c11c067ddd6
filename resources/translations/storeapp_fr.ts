<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ApprovalsPresenter</name>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="44" />
            <source>Only a manager can approve or reject adjustments. Ask a manager to sign in.</source>
            <translation>Seul un responsable peut approuver ou rejeter des ajustements. Demandez à un responsable de se connecter.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="65" />
            <source>Write a note saying why it is rejected: the person who counted reads it.</source>
            <translation>Écrivez une note expliquant le rejet : la personne qui a compté la lira.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="74" />
            <source>{n} {verb}.</source>
            <translation>{n} {verb}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/presenter.py" line="82" />
            <source>Nothing was selected.</source>
            <translation>Rien n'a été sélectionné.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsView</name>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="42" />
            <source>Approvals</source>
            <translation>Approbations</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="46" />
            <source>Stock adjustments above the store's limits and return exceptions wait here. Decisions are saved at once, also offline, and reach Odoo at the next sync. Nobody approves a count they took part in.</source>
            <translation>Les ajustements de stock au-delà des limites du magasin et les exceptions de retour attendent ici. Les décisions sont enregistrées tout de suite, même hors ligne, et arrivent dans Odoo à la synchronisation suivante. Personne n'approuve un inventaire auquel il a participé.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="87" />
            <source>Note for the counter and for Odoo (required to reject)</source>
            <translation>Note pour la personne qui a compté et pour Odoo (obligatoire pour rejeter)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="89" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="90" />
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="92" />
            <source>Reject</source>
            <translation>Rejeter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="94" />
            <source>Select all</source>
            <translation>Tout sélectionner</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="136" />
            <source>Nothing selected</source>
            <translation>Rien de sélectionné</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="138" />
            <source>Choose one line to see its story, or several to decide them together.</source>
            <translation>Choisissez une ligne pour voir son historique, ou plusieurs pour décider ensemble.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="143" />
            <source>{n} items selected</source>
            <translation>{n} éléments sélectionnés</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="144" />
            <source>Approve or reject them together with one note.</source>
            <translation>Approuvez-les ou rejetez-les ensemble avec une seule note.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="147" />
            <source>{n} of them you counted yourself: those stay for another manager.</source>
            <translation>Vous en avez compté {n} vous-même : ceux-là restent pour un autre responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="157" />
            <source>Why a manager: {reasons}.</source>
            <translation>Pourquoi un responsable : {reasons}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="160" />
            <source>{who} counted {qty}</source>
            <translation>{who} a compté {qty}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="163" />
            <source>Count history: {steps}.</source>
            <translation>Historique de l'inventaire : {steps}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="165" />
            <source>You took part in this count: another manager must approve it.</source>
            <translation>Vous avez participé à cet inventaire : un autre responsable doit l'approuver.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="176" />
            <source>Reading the approval inbox</source>
            <translation>Lecture des approbations en attente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="179" />
            <source>{n} waiting</source>
            <translation>{n} en attente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="208" />
            <source>Saving the decision</source>
            <translation>Enregistrement de la décision</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="210" />
            <source>approved</source>
            <translation>approuvé(s)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/view.py" line="210" />
            <source>rejected</source>
            <translation>rejeté(s)</translation>
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
            <translation>(pas de nom de client)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/label.py" line="109" />
            <source>Keep on the pickup shelf until the customer collects it.</source>
            <translation>Garder sur l'étagère de retrait jusqu'à ce que le client vienne le chercher.</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/chart.py" line="46" />
            <source>{label}: {value}</source>
            <translation>{label} : {value}</translation>
        </message>
    </context>
    <context>
        <name>ClickCollect</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="70" />
            <source>Needs attention</source>
            <translation>À traiter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="72" />
            <source>Picking: %1</source>
            <translation>Préparation : %1</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="74" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="85" />
            <source>phone …%1</source>
            <translation>tél. …%1</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="159" />
            <source>Short %1: %2</source>
            <translation>Manquant %1 : %2</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="165" />
            <source>Picked</source>
            <translation>Préparé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="167" />
            <source>Scan the serial number</source>
            <translation>Scannez le numéro de série</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="169" />
            <source>Scan the lot</source>
            <translation>Scannez le lot</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="173" />
            <source>typed by hand</source>
            <translation>saisi à la main</translation>
        </message>
    </context>
    <context>
        <name>ClickCollectView</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="258" />
            <source>Orders not loaded from Odoo yet: run the first sync.</source>
            <translation>Commandes pas encore chargées depuis Odoo : lancez la première synchronisation.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="263" />
            <source>Orders brought up to date from Odoo just now</source>
            <translation>Commandes mises à jour depuis Odoo à l'instant</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="265" />
            <source>Orders brought up to date from Odoo %1 ago</source>
            <translation>Commandes mises à jour depuis Odoo il y a %1</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="268" />
            <source>offline: picks and handovers are saved and sent later</source>
            <translation>hors ligne : les préparations et remises sont enregistrées et envoyées plus tard</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="295" />
            <source>Reading the click-and-collect orders</source>
            <translation>Lecture des commandes Click &amp; Collect</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="314" />
            <source>Saving the pick</source>
            <translation>Enregistrement de la préparation</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="338" />
            <source>No click-and-collect order %1 in this store's list. Check the number, or search by the customer's name.</source>
            <translation>Aucune commande Click &amp; Collect %1 dans la liste de ce magasin. Vérifiez le numéro, ou cherchez par le nom du client.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="355" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="392" />
            <source>Opening the order</source>
            <translation>Ouverture de la commande</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="413" />
            <source>Marking the order ready</source>
            <translation>Mise à disposition de la commande</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="417" />
            <source>%1 is ready for pickup. Odoo gets the picked quantities and a note for the customer.</source>
            <translation>La commande %1 est prête pour le retrait. Odoo reçoit les quantités préparées et une note pour le client.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="443" />
            <source>Bag label sent to %1.</source>
            <translation>Étiquette de sac envoyée à %1.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="444" />
            <source>Bag label saved as %1.</source>
            <translation>Étiquette de sac enregistrée sous %1.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="446" />
            <source>Printing the bag label</source>
            <translation>Impression de l'étiquette de sac</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="473" />
            <source>Recording the handover</source>
            <translation>Enregistrement de la remise</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="481" />
            <source>%1 handed over. Odoo gets the validation when it is reachable.</source>
            <translation>Commande %1 remise. Odoo reçoit la validation dès qu'il est joignable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="499" />
            <source>Undoing the handover</source>
            <translation>Annulation de la remise</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="515" />
            <source>Recording that the items went back</source>
            <translation>Enregistrement du retour des articles en rayon</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="520" />
            <source>%1: items back on the shelf; the order is closed here.</source>
            <translation>%1 : articles remis en rayon ; la commande est clôturée ici.</translation>
        </message>
    </context>
    <context>
        <name>CountsModel</name>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="34" />
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="36" />
            <source>{n} days late</source>
            <translation>{n} jours de retard</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="36" />
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="56" />
            <source>In progress, by {who}</source>
            <translation>En cours, par {who}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="61" />
            <source>Counted by {who}, on its way to Odoo</source>
            <translation>Compté par {who}, en route vers Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="64" />
            <source>Count requested in Odoo</source>
            <translation>Inventaire demandé dans Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="100" />
            <source>hidden</source>
            <translation>masqué</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="105" />
            <source>({n} recount)</source>
            <translation>(recomptages : {n})</translation>
        </message>
    </context>
    <context>
        <name>CountsPresenter</name>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="74" />
            <source>Nobody is signed in. Sign in to count.</source>
            <translation>Personne n'est connecté. Connectez-vous pour compter.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="149" />
            <source>Count again</source>
            <translation>Compter à nouveau</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="151" />
            <source>Recount: scan it again</source>
            <translation>Recomptage : scannez-le à nouveau</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="153" />
            <source>Recounted</source>
            <translation>Recompté</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="155" />
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="181" />
            <source>This location is no longer in the store's data.</source>
            <translation>Cet emplacement ne figure plus dans les données du magasin.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="182" />
            <source>Sync with Odoo, then choose another count.</source>
            <translation>Synchronisez avec Odoo, puis choisissez un autre inventaire.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="193" />
            <source>Counting {product} at {location}.</source>
            <translation>Inventaire de {product} à {location}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="197" />
            <source>Counting {location}.</source>
            <translation>Inventaire de {location}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="198" />
            <source>Scan each item on the shelf.</source>
            <translation>Scannez chaque article du rayon.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="214" />
            <source>{code} is neither a location nor a product of this store.</source>
            <translation>{code} n'est ni un emplacement ni un produit de ce magasin.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="215" />
            <source>Scan the label on the shelf edge, or a product's barcode.</source>
            <translation>Scannez l'étiquette du bord de rayon, ou le code-barres d'un produit.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="222" />
            <source>This store has no {product} in stock anywhere, so there is nothing to count.</source>
            <translation>Ce magasin n'a {product} en stock nulle part : il n'y a rien à compter.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="224" />
            <source>To record stock found on a shelf, scan that shelf's label first.</source>
            <translation>Pour enregistrer du stock trouvé dans un rayon, scannez d'abord l'étiquette de ce rayon.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="234" />
            <source>It is also stocked in {others}: those counts wait in the task list.</source>
            <translation>Il est aussi stocké à {others} : ces inventaires attendent dans la liste des tâches.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="259" />
            <source>Nothing was scanned.</source>
            <translation>Rien n'a été scanné.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="259" />
            <source>Scan again.</source>
            <translation>Scannez à nouveau.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="272" />
            <source>Already counting {location}.</source>
            <translation>Inventaire de {location} déjà en cours.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="276" />
            <source>{other} is another location: you are counting {here}.</source>
            <translation>{other} est un autre emplacement : vous comptez {here}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="279" />
            <source>Submit or leave this count first, then scan the other shelf.</source>
            <translation>Validez ou quittez d'abord cet inventaire, puis scannez l'autre rayon.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="295" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="324" />
            <source>This count is only for {product}; {other} was not counted.</source>
            <translation>Cet inventaire ne porte que sur {product} ; {other} n'a pas été compté.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="298" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="327" />
            <source>Count the other product with a count of this location.</source>
            <translation>Comptez l'autre produit avec un inventaire de cet emplacement.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="318" />
            <source>Scan the shelf label first, then choose the product.</source>
            <translation>Scannez d'abord l'étiquette du rayon, puis choisissez le produit.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="319" />
            <source>Scan the location you are counting.</source>
            <translation>Scannez l'emplacement que vous comptez.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="335" />
            <source>serial number</source>
            <translation>numéro de série</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="335" />
            <source>lot number</source>
            <translation>numéro de lot</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="338" />
            <source>{product} is counted by {word}.</source>
            <translation>{product} se compte par {word}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="339" />
            <source>Scan or type the {word} printed on the item.</source>
            <translation>Scannez ou saisissez le {word} imprimé sur l'article.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="417" />
            <source>{label}: {qty}</source>
            <translation>{label} : {qty}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="461" />
            <source>Choose a counted line first.</source>
            <translation>Choisissez d'abord une ligne comptée.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="461" />
            <source>Scan the item.</source>
            <translation>Scannez l'article.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="508" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="525" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="551" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="611" />
            <source>No count is open.</source>
            <translation>Aucun inventaire n'est ouvert.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="508" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="525" />
            <location filename="../../storeapp/ui/counts/presenter.py" line="551" />
            <source>Start a count first.</source>
            <translation>Commencez d'abord un inventaire.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="517" />
            <source>Undone. {label}: {qty}</source>
            <translation>Annulé. {label} : {qty}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="539" />
            <source>Scan every {label} on the shelf again.</source>
            <translation>Scannez à nouveau chaque article {label} du rayon.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="543" />
            <source>Recount of {label} started.</source>
            <translation>Recomptage de {label} commencé.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="559" />
            <source>The recount of {lines} has not begun.</source>
            <translation>Le recomptage de {lines} n'a pas commencé.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="560" />
            <source>Scan those items again (or type 0 if none are left), then submit.</source>
            <translation>Scannez ces articles à nouveau (ou saisissez 0 s'il n'en reste aucun), puis validez.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="570" />
            <source>Count these again before submitting: {names}.</source>
            <translation>Recomptez ceux-ci avant de valider : {names}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="571" />
            <source>Select a line and press Recount; another colleague catches more mistakes.</source>
            <translation>Sélectionnez une ligne et appuyez sur Recompter ; un autre collègue repère plus d'erreurs.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="580" />
            <source>Count of {location} submitted: {auto} adjustment(s) go to Odoo, {manager} wait for a manager.</source>
            <translation>Inventaire de {location} validé : {auto} ajustement(s) partent vers Odoo, {manager} attendent un responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="587" />
            <source>Scan the next shelf or choose a count.</source>
            <translation>Scannez le rayon suivant ou choisissez un inventaire.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/presenter.py" line="616" />
            <source>Count of {location} abandoned; nothing was sent to Odoo.</source>
            <translation>Inventaire de {location} abandonné ; rien n'a été envoyé à Odoo.</translation>
        </message>
    </context>
    <context>
        <name>CountsView</name>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="87" />
            <source>Counts</source>
            <translation>Inventaires</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="91" />
            <source>Scan a shelf label to count that location, or a product to count it wherever it is stocked. Odoo's count requests are listed below.</source>
            <translation>Scannez une étiquette de rayon pour compter cet emplacement, ou un produit pour le compter partout où il est stocké. Les demandes d'inventaire d'Odoo sont listées ci-dessous.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="99" />
            <source>Scan a shelf label or a product, then Enter</source>
            <translation>Scannez une étiquette de rayon ou un produit, puis Entrée</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="100" />
            <source>Start a count</source>
            <translation>Commencer un inventaire</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="111" />
            <source>Open count</source>
            <translation>Ouvrir l'inventaire</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="126" />
            <source>Counts are judged against this PC's copy of Odoo's stock. An older copy is safe: Odoo receives the difference found, not the figure.</source>
            <translation>Les inventaires sont comparés à la copie du stock Odoo de ce PC. Une copie plus ancienne ne pose pas de problème : Odoo reçoit l'écart constaté, pas le chiffre.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="150" />
            <source>Blind count: system quantities hidden</source>
            <translation>Inventaire à l'aveugle : stock masqué</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="163" />
            <source>Scan an item (or type its barcode, lot or serial number) and press Enter</source>
            <translation>Scannez un article (ou saisissez son code-barres, son lot ou son numéro de série) et appuyez sur Entrée</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="164" />
            <source>Scan</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="178" />
            <source>Quantity counted</source>
            <translation>Quantité comptée</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="179" />
            <source>Set quantity</source>
            <translation>Fixer la quantité</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="180" />
            <source>Replace the selected line's count by this quantity</source>
            <translation>Remplacer le comptage de la ligne sélectionnée par cette quantité</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="181" />
            <source>Undo last scan</source>
            <translation>Annuler le dernier scan</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="183" />
            <source>Recount line</source>
            <translation>Recompter la ligne</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="184" />
            <source>Continue later</source>
            <translation>Continuer plus tard</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="185" />
            <source>Abandon</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="187" />
            <source>Submit count</source>
            <translation>Valider l'inventaire</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="191" />
            <source>Quantity:</source>
            <translation>Quantité :</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="235" />
            <source>The count settings of this PC are not valid, so the defaults apply: </source>
            <translation>Les réglages d'inventaire de ce PC ne sont pas valides ; les valeurs par défaut s'appliquent : </translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="237" />
            <source>Ask IT to correct the [counts] section of the configuration file.</source>
            <translation>Demandez à l'informatique de corriger la section [counts] du fichier de configuration.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="251" />
            <source>Counting {what}</source>
            <translation>Inventaire de {what}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="281" />
            <source>No stock figures from Odoo yet: sync first</source>
            <translation>Pas encore de chiffres de stock d'Odoo : synchronisez d'abord</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="284" />
            <source>Stock figures as of {age} ago</source>
            <translation>Chiffres de stock d'il y a {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="286" />
            <source>Stock figures up to date</source>
            <translation>Chiffres de stock à jour</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="301" />
            <source>Reading the count tasks</source>
            <translation>Lecture des tâches d'inventaire</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="310" />
            <source>{open} count(s) in progress on this PC · {requests} requested by Odoo</source>
            <translation>{open} en cours sur ce PC · {requests} demandé(s) par Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="344" />
            <source>Counting the product</source>
            <translation>Inventaire du produit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="350" />
            <source>Saving the scan</source>
            <translation>Enregistrement du scan</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="357" />
            <source>Opening the count</source>
            <translation>Ouverture de l'inventaire</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="367" />
            <location filename="../../storeapp/ui/counts/view.py" line="372" />
            <source>Saving the quantity</source>
            <translation>Enregistrement de la quantité</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="381" />
            <source>Check the quantity</source>
            <translation>Vérifiez la quantité</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="390" />
            <source>Undoing the last scan</source>
            <translation>Annulation du dernier scan</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="396" />
            <source>Starting a recount</source>
            <translation>Début d'un recomptage</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="400" />
            <source>Submitting the count</source>
            <translation>Validation de l'inventaire</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="417" />
            <source>Abandon this count?</source>
            <translation>Abandonner cet inventaire ?</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="419" />
            <source>The {n} counted line(s) of {location} will not be sent to Odoo. The count stays in the audit record.</source>
            <translation>Les {n} ligne(s) comptée(s) de {location} ne seront pas envoyées à Odoo. L'inventaire reste dans le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/view.py" line="427" />
            <source>Abandoning the count</source>
            <translation>Abandon de l'inventaire</translation>
        </message>
    </context>
    <context>
        <name>DashboardPresenter</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="312" />
            <source>Picked</source>
            <translation>Préparé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="154" />
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="38" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="38" />
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="38" />
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="47" />
            <source>{m} min</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="51" />
            <source>{h} h</source>
            <translation>{h} h</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="52" />
            <source>{h} h {m:02d} min</source>
            <translation>{h} h {m:02d} min</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="54" />
            <source>{d} d {h} h</source>
            <translation>{d} j {h} h</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="91" />
            <source>Short picks: {reason}</source>
            <translation>Manquants à la préparation : {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="95" />
            <source>Return reason: {reason}</source>
            <translation>Motif de retour : {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="97" />
            <source>Orders released</source>
            <translation>Commandes lancées</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="98" />
            <source>Of these: picked</source>
            <translation>Dont : préparées</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="99" />
            <source>Of these: ready</source>
            <translation>Dont : prêtes</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="100" />
            <source>Of these: collected</source>
            <translation>Dont : retirées</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="101" />
            <source>Order → ready, median</source>
            <translation>Commande → prête, médiane</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="102" />
            <source>Order → ready, p90</source>
            <translation>Commande → prête, p90</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="103" />
            <source>Ready → collected, median</source>
            <translation>Prête → retirée, médiane</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="104" />
            <source>Ready → collected, p90</source>
            <translation>Prête → retirée, p90</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="105" />
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="240" />
            <source>Overdue now</source>
            <translation>En retard maintenant</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="106" />
            <source>Orders with a short pick</source>
            <translation>Commandes avec un manquant</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="107" />
            <source>Returns taken</source>
            <translation>Retours pris</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="108" />
            <source>Value returned</source>
            <translation>Valeur retournée</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="109" />
            <source>Returns refused</source>
            <translation>Retours refusés</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="110" />
            <source>Refusal rate</source>
            <translation>Taux de refus</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="111" />
            <source>Manager override rate</source>
            <translation>Taux de dérogation par un responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="112" />
            <source>Return → confirmed in Odoo, median</source>
            <translation>Retour → confirmé dans Odoo, médiane</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="113" />
            <source>Lines counted</source>
            <translation>Lignes comptées</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="114" />
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="263" />
            <source>Counted exactly</source>
            <translation>Comptées exactement</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="115" />
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="270" />
            <source>Counts within tolerance</source>
            <translation>Inventaires dans la tolérance</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="116" />
            <source>Adjustment value</source>
            <translation>Valeur des ajustements</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="117" />
            <source>Approvals waiting now</source>
            <translation>Approbations en attente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="118" />
            <source>Oldest approval waiting</source>
            <translation>Plus ancienne approbation en attente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="119" />
            <source>Changes waiting for Odoo</source>
            <translation>Modifications en attente d'Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="120" />
            <source>Oldest waiting change</source>
            <translation>Plus ancienne modification en attente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="121" />
            <source>Parked (need a person)</source>
            <translation>Bloquées (une personne doit agir)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="122" />
            <source>Sync failures</source>
            <translation>Échecs de synchronisation</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="123" />
            <source>Webhook events waiting</source>
            <translation>Événements webhook en attente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="124" />
            <source>Webhook events refused or given up</source>
            <translation>Événements webhook refusés ou abandonnés</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="156" />
            <source>in 1 day</source>
            <translation>dans 1 jour</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="158" />
            <source>in {n} days</source>
            <translation>dans {n} jours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="161" />
            <source>Odoo key expires</source>
            <translation>Expiration de la clé Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="163" />
            <source>IT stores a new key (storeapp provision)</source>
            <translation>L'informatique enregistre une nouvelle clé (storeapp provision)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="208" />
            <source>The dashboard is for managers. Ask a manager to sign in.</source>
            <translation>Le tableau de bord est réservé aux responsables. Demandez à un responsable de se connecter.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="233" />
            <source>Orders ready</source>
            <translation>Commandes prêtes</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="235" />
            <source>of {r} released · {c} collected</source>
            <translation>sur {r} lancées · {c} retirées</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="242" />
            <source>past the promised time</source>
            <translation>délai promis dépassé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="247" />
            <source>Order → ready</source>
            <translation>Commande → prête</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="249" />
            <source>median · p90 {p}</source>
            <translation>médiane · p90 {p}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="254" />
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="256" />
            <source>{v} · refused {r}</source>
            <translation>{v} · refusés {r}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="265" />
            <source>{n} lines counted</source>
            <translation>{n} lignes comptées</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="272" />
            <source>no manager needed</source>
            <translation>sans responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="279" />
            <source>Approvals waiting</source>
            <translation>Approbations en attente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="281" />
            <source>oldest {age}</source>
            <translation>la plus ancienne : {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="283" />
            <source>none waiting</source>
            <translation>aucune en attente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="288" />
            <source>Waiting for Odoo</source>
            <translation>En attente d'Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="290" />
            <source>{p} parked · oldest {age}</source>
            <translation>{p} bloquées · la plus ancienne : {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="311" />
            <source>Released</source>
            <translation>Lancées</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="313" />
            <source>Ready</source>
            <translation>Prêtes</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="314" />
            <source>Collected</source>
            <translation>Retirées</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="353" />
            <source>{age} ago</source>
            <translation>il y a {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="355" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="358" />
            <source>Last sync: {model}</source>
            <translation>Dernière synchro : {model}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="366" />
            <source>Nothing to export yet: wait for the figures to load.</source>
            <translation>Rien à exporter pour l'instant : attendez le chargement des chiffres.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="57" />
            <source>Store dashboard</source>
            <translation>Tableau de bord du magasin</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="61" />
            <source>How the store is doing, from the work recorded on this PC and the data last received from Odoo — also offline. Times are from order to ready and from ready to collected; p90 means 9 in 10 orders were faster.</source>
            <translation>La marche du magasin, d'après le travail enregistré sur ce PC et les dernières données reçues d'Odoo — même hors ligne. Les délais vont de la commande à la mise à disposition et de la mise à disposition au retrait ; p90 signifie que 9 commandes sur 10 ont été plus rapides.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="84" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="85" />
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="100" />
            <source>No orders in this period</source>
            <translation>Aucune commande sur cette période</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="102" />
            <source>No short picks in this period</source>
            <translation>Aucun manquant sur cette période</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="104" />
            <source>No returns in this period</source>
            <translation>Aucun retour sur cette période</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="110" />
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="110" />
            <source>Click &amp; Collect orders</source>
            <translation>Commandes Click &amp; Collect</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="112" />
            <source>Short picks</source>
            <translation>Manquants</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="113" />
            <source>Short picks by reason (share of ready orders)</source>
            <translation>Manquants par motif (part des commandes prêtes)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="116" />
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="116" />
            <source>Top return reasons</source>
            <translation>Principaux motifs de retour</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="194" />
            <source>{title}: {value} ({note})</source>
            <translation>{title} : {value} ({note})</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="231" />
            <source>Updated {time}</source>
            <translation>Mis à jour {time}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="243" />
            <source>The dashboard figures could not be read.</source>
            <translation>Les chiffres du tableau de bord n'ont pas pu être lus.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="252" />
            <source>Export the dashboard</source>
            <translation>Exporter le tableau de bord</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="259" />
            <source>The dashboard could not be exported.</source>
            <translation>Le tableau de bord n'a pas pu être exporté.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/view.py" line="261" />
            <source>{n} measures exported to {path}</source>
            <translation>{n} indicateurs exportés vers {path}</translation>
        </message>
    </context>
    <context>
        <name>EmployeeListModel</name>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="55" />
            <source>Manager</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="55" />
            <source>Associate</source>
            <translation>Collaborateur</translation>
        </message>
    </context>
    <context>
        <name>EmployeesDialog</name>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="43" />
            <location filename="../../storeapp/ui/employees/view.py" line="48" />
            <source>Employees on this PC</source>
            <translation>Employés sur ce PC</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="52" />
            <source>Deactivate someone who left, or reset a forgotten PIN: they choose a new one at their next sign-in. For a manager, another manager (or that manager) confirms with their PIN.</source>
            <translation>Désactivez une personne partie, ou réinitialisez un PIN oublié : elle en choisit un nouveau à sa prochaine connexion. Pour un responsable, un autre responsable (ou ce responsable) confirme avec son PIN.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="61" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="62" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="63" />
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="64" />
            <source>Sign-in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="65" />
            <source>Enrolled by</source>
            <translation>Inscrit par</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="73" />
            <source>Second manager</source>
            <translation>Deuxième responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="78" />
            <source>Confirming manager (for a manager)</source>
            <translation>Responsable qui confirme (pour un responsable)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="79" />
            <source>Their PIN</source>
            <translation>Son PIN</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="83" />
            <source>Reset PIN</source>
            <translation>Réinitialiser le PIN</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="84" />
            <source>Deactivate</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="85" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="109" />
            <source>Reading the employees on this PC</source>
            <translation>Lecture des employés de ce PC</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="113" />
            <source>Manager</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="113" />
            <source>Associate</source>
            <translation>Collaborateur</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="117" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="143" />
            <source>Choose a person in the list first.</source>
            <translation>Choisissez d'abord une personne dans la liste.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/employees/view.py" line="153" />
            <source>Changing a sign-in</source>
            <translation>Modification d'une connexion</translation>
        </message>
    </context>
    <context>
        <name>Enroll</name>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="113" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>Les deux PIN diffèrent. Saisissez deux fois le même PIN.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="116" />
            <location filename="../../storeapp/ui/enroll/presenter.py" line="127" />
            <source>A manager must be signed in to enroll someone.</source>
            <translation>Un responsable doit être connecté pour inscrire quelqu'un.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="119" />
            <source>Managers cannot enroll themselves. Ask another manager or IT.</source>
            <translation>Un responsable ne peut pas s'inscrire lui-même. Demandez à un autre responsable ou à l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="130" />
            <source>Enroll a manager first; that manager then enrolls the others.</source>
            <translation>Inscrivez d'abord un responsable ; ce responsable inscrit ensuite les autres.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="135" />
            <source>That is not this PC's device key. Only IT can enroll the first manager.</source>
            <translation>Ce n'est pas la clé d'appareil de ce PC. Seule l'informatique peut inscrire le premier responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="143" />
            <source>Badges need this PC's keyring, which is not available. Enroll with a PIN only.</source>
            <translation>Les badges demandent le trousseau de ce PC, qui n'est pas disponible. Inscrivez avec un PIN seulement.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="159" />
            <source>{name} can now sign in on this PC.</source>
            <translation>{name} peut maintenant se connecter sur ce PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/presenter.py" line="214" />
            <source>{name} is a manager: enrolling them again needs their current PIN, or a second manager's PIN.</source>
            <translation>{name} est responsable : l'inscrire à nouveau demande son PIN actuel, ou le PIN d'un deuxième responsable.</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="39" />
            <location filename="../../storeapp/ui/enroll/view.py" line="46" />
            <source>Enroll an employee</source>
            <translation>Inscrire un employé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="46" />
            <source>Enroll the first manager</source>
            <translation>Inscrire le premier responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="51" />
            <source>IT enrolls the store's first manager with this PC's device key; that manager then enrolls everyone else.</source>
            <translation>L'informatique inscrit le premier responsable du magasin avec la clé d'appareil de ce PC ; ce responsable inscrit ensuite tous les autres.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="56" />
            <source>The employee types their own PIN while {name} is present. Scanning a badge is optional: without one, they choose their name to sign in.</source>
            <translation>L'employé saisit lui-même son PIN en présence de {name}. Le badge est facultatif : sans badge, il choisit son nom pour se connecter.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="63" />
            <location filename="../../storeapp/ui/enroll/view.py" line="78" />
            <source>Employee</source>
            <translation>Employé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="66" />
            <source>scan the badge (optional)</source>
            <translation>scannez le badge (facultatif)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="75" />
            <source>the API key entered in Device setup</source>
            <translation>la clé API saisie dans Réglages du PC</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="79" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="80" />
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="81" />
            <source>PIN (4–8 digits, managers 6–8)</source>
            <translation>PIN (4 à 8 chiffres, responsables 6 à 8)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="82" />
            <source>PIN again</source>
            <translation>PIN à nouveau</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="84" />
            <source>Device key (IT)</source>
            <translation>Clé d'appareil (informatique)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="86" />
            <source>Their current PIN</source>
            <translation>Son PIN actuel</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="87" />
            <source>…or a second manager</source>
            <translation>…ou un deuxième responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="88" />
            <source>Second manager's PIN</source>
            <translation>PIN du deuxième responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="93" />
            <source>Enroll</source>
            <translation>Inscrire</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="95" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="118" />
            <source>Reading the store's employees</source>
            <translation>Lecture des employés du magasin</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="128" />
            <source> — already enrolled</source>
            <translation> — déjà inscrit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="133" />
            <source>No employees of this store are on this PC yet: run a sync with Odoo first.</source>
            <translation>Aucun employé de ce magasin n'est encore sur ce PC : lancez d'abord une synchronisation avec Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="145" />
            <source>Second manager</source>
            <translation>Deuxième responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="158" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="170" />
            <source>Manager</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="170" />
            <source>Associate</source>
            <translation>Collaborateur</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/enroll/view.py" line="200" />
            <source>Enrolling</source>
            <translation>Inscription</translation>
        </message>
    </context>
    <context>
        <name>ErrorPresenter</name>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="113" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="113" />
            <source>Nothing of this change was kept.</source>
            <translation>Rien de cette modification n'a été conservé.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="122" />
            <source>Odoo said no</source>
            <translation>Odoo a refusé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="122" />
            <source>Read the reason above.</source>
            <translation>Lisez la raison ci-dessus.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="126" />
            <location filename="../../storeapp/ui/errors.py" line="239" />
            <source>{doing}: {error}</source>
            <translation>{doing} : {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="139" />
            <source>No safe place for the device password</source>
            <translation>Aucun endroit sûr pour le mot de passe de l'appareil</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="140" />
            <source>{doing}: this computer has no usable password store (keyring).</source>
            <translation>{doing} : cet ordinateur n'a pas de coffre à mots de passe utilisable (keyring).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="142" />
            <source>On Windows and macOS this is built in. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet) for this user, then try again. storeapp never keeps the password in a file instead.</source>
            <translation>Sous Windows et macOS, il est intégré. Sous Linux, installez et déverrouillez un trousseau Secret Service (GNOME Keyring ou KWallet) pour cet utilisateur, puis réessayez. storeapp ne garde jamais le mot de passe dans un fichier à la place.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="154" />
            <source>The disk is full</source>
            <translation>Le disque est plein</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="155" />
            <source>{doing}: nothing could be saved because the disk is full.</source>
            <translation>{doing} : rien n'a pu être enregistré, car le disque est plein.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="157" />
            <source>Free some space on this computer (or ask IT), then try again. Work already saved is safe.</source>
            <translation>Libérez de l'espace sur cet ordinateur (ou demandez à l'informatique), puis réessayez. Le travail déjà enregistré est en sécurité.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="168" />
            <source>The store database is busy</source>
            <translation>La base du magasin est occupée</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="169" />
            <source>{doing}: another program is holding the store database.</source>
            <translation>{doing} : un autre programme utilise la base du magasin.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="170" />
            <source>Close any other copy of storeapp or tool using its data folder, then retry.</source>
            <translation>Fermez toute autre copie de storeapp ou tout outil utilisant son dossier de données, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="175" />
            <source>The store database could not be written</source>
            <translation>Impossible d'écrire dans la base du magasin</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="176" />
            <source>{doing}: the disk refused the write ({error}). This change was NOT saved.</source>
            <translation>{doing} : le disque a refusé l'écriture ({error}). Cette modification n'a PAS été enregistrée.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="180" />
            <source>Check the disk and free space, then try again. If it keeps happening, run 'storeapp doctor' and call IT.</source>
            <translation>Vérifiez le disque et l'espace libre, puis réessayez. Si cela se reproduit, lancez « storeapp doctor » et appelez l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="192" />
            <source>The secure connection was refused</source>
            <translation>La connexion sécurisée a été refusée</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="193" />
            <source>{doing}: the Odoo server's certificate could not be verified.</source>
            <translation>{doing} : le certificat du serveur Odoo n'a pas pu être vérifié.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="195" />
            <source>Check the address starts with the right https:// name. If your company uses its own certificate authority, IT must add it in the machine file.</source>
            <translation>Vérifiez que l'adresse commence par le bon nom en https://. Si votre entreprise a sa propre autorité de certification, l'informatique doit l'ajouter dans le fichier de la machine.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="213" />
            <source>Odoo cannot be reached</source>
            <translation>Odoo est injoignable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="214" />
            <source>{doing}: no answer from the Odoo server.</source>
            <translation>{doing} : pas de réponse du serveur Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="216" />
            <source>Check the network cable or Wi-Fi and the server address. The store keeps working offline; changes are sent when the connection is back.</source>
            <translation>Vérifiez le câble réseau ou le Wi-Fi et l'adresse du serveur. Le magasin continue à travailler hors ligne ; les modifications partent quand la connexion revient.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="231" />
            <source>That did not work</source>
            <translation>Cela n'a pas fonctionné</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="238" />
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="240" />
            <source>Try again. If it happens again, copy the details and send them to IT.</source>
            <translation>Réessayez. Si cela se reproduit, copiez les détails et envoyez-les à l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="266" />
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="267" />
            <source>Show details</source>
            <translation>Afficher les détails</translation>
        </message>
        <message>
            <source>Odoo refused the device sign-in</source>
            <translation type="vanished">Odoo a refusé la connexion de l'appareil</translation>
        </message>
        <message>
            <source>{doing}: the device login or API key was not accepted.</source>
            <translation type="vanished">{doing} : l'identifiant ou la clé API de l'appareil n'a pas été accepté.</translation>
        </message>
        <message>
            <source>The API key may have been revoked or mistyped. A manager or IT can enter a new one in Device setup. Saved work waits in the outbox meanwhile.</source>
            <translation type="vanished">La clé API a peut-être été révoquée ou mal saisie. Un responsable ou l'informatique peut en saisir une nouvelle dans Réglages du PC. En attendant, le travail enregistré attend dans la file d'envoi.</translation>
        </message>
        <message>
            <source>Not allowed in Odoo</source>
            <translation type="vanished">Non autorisé dans Odoo</translation>
        </message>
        <message>
            <source>{doing}: the device user lacks a right in Odoo.
{error}</source>
            <translation type="vanished">{doing} : l'utilisateur de l'appareil n'a pas un droit dans Odoo.
{error}</translation>
        </message>
        <message>
            <source>Ask the Odoo administrator to give the device user the right named above.</source>
            <translation type="vanished">Demandez à l'administrateur Odoo de donner à l'utilisateur de l'appareil le droit indiqué ci-dessus.</translation>
        </message>
        <message>
            <source>Read Odoo's reason above; fix it in Odoo or ask a manager.</source>
            <translation type="vanished">Lisez la raison donnée par Odoo ci-dessus ; corrigez-la dans Odoo ou demandez à un responsable.</translation>
        </message>
        <message>
            <source>The Odoo server had a problem</source>
            <translation type="vanished">Le serveur Odoo a eu un problème</translation>
        </message>
        <message>
            <source>{doing}: the server answered with an error.</source>
            <translation type="vanished">{doing} : le serveur a répondu par une erreur.</translation>
        </message>
        <message>
            <source>Try again in a few minutes. If it persists, send the details to IT.</source>
            <translation type="vanished">Réessayez dans quelques minutes. Si cela persiste, envoyez les détails à l'informatique.</translation>
        </message>
    </context>
    <context>
        <name>FirstSyncDialog</name>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="58" />
            <source>First sync with Odoo</source>
            <translation>Première synchronisation avec Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="62" />
            <source>Getting the store's data from Odoo</source>
            <translation>Réception des données du magasin</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="66" />
            <source>This happens once on a new PC. You can cancel: what is already here is kept and the next sync continues where this one stopped.</source>
            <translation>Cela n'arrive qu'une fois sur un nouveau PC. Vous pouvez annuler : ce qui est déjà là est conservé et la prochaine synchronisation reprend là où celle-ci s'est arrêtée.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="76" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="112" />
            <source>{done:,} of {total:,}</source>
            <translation>{done:,} sur {total:,}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="114" />
            <source>{total:,} — done</source>
            <translation>{total:,} — terminé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="118" />
            <source>{n} of {m} kinds of data done</source>
            <translation>{n} types de données sur {m} terminés</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="126" />
            <source>Stopping…</source>
            <translation>Arrêt…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="127" />
            <source>Stopping after the current page; nothing is lost.</source>
            <translation>Arrêt après la page en cours ; rien n'est perdu.</translation>
        </message>
    </context>
    <context>
        <name>HandoverPage</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="39" />
            <source>Hand the order over to the customer</source>
            <translation>Remettre la commande au client</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="57" />
            <source>Before you hand it over</source>
            <translation>Avant de la remettre</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="71" />
            <source>Note (optional), e.g. collected by a relative</source>
            <translation>Note (facultative), p. ex. retirée par un proche</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="75" />
            <source>This works offline too: Odoo gets the handover as soon as the connection is back.</source>
            <translation>Cela fonctionne aussi hors ligne : Odoo reçoit la remise dès que la connexion revient.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="82" />
            <source>Back to the list</source>
            <translation>Retour à la liste</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="84" />
            <source>Mark collected</source>
            <translation>Marquer comme retirée</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="107" />
            <source>No customer name</source>
            <translation>Pas de nom de client</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="109" />
            <source>order %1</source>
            <translation>commande %1</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="110" />
            <source>1 item</source>
            <translation>1 article</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="110" />
            <source>%1 items</source>
            <translation>%1 articles</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="111" />
            <source>1 line</source>
            <translation>1 ligne</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="111" />
            <source>%1 lines</source>
            <translation>%1 lignes</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="113" />
            <source>%1 on %2</source>
            <translation>%1 le %2</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="121" />
            <source>Missing: %1.</source>
            <translation>Manque : %1.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="126" />
            <source>Waiting for 1 day.</source>
            <translation>En attente depuis 1 jour.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="128" />
            <source>Waiting for %1 days.</source>
            <translation>En attente depuis %1 jours.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/handover_view.py" line="143" />
            <source>Tick every check first.</source>
            <translation>Cochez d'abord chaque vérification.</translation>
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
            <translation>Changer d'employé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="82" />
            <source>Lock the screen so someone else can sign in (Ctrl+L)</source>
            <translation>Verrouiller l'écran pour qu'une autre personne se connecte (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="92" />
            <source>Enroll employee</source>
            <translation>Inscrire un employé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="94" />
            <source>Set a badge and PIN for an employee on this PC</source>
            <translation>Définir un badge et un PIN pour un employé sur ce PC</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="97" />
            <source>Employees</source>
            <translation>Employés</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="100" />
            <source>Who is enrolled on this PC: deactivate someone, reset a PIN</source>
            <translation>Qui est inscrit sur ce PC : désactiver quelqu'un, réinitialiser un PIN</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="103" />
            <source>Device setup</source>
            <translation>Réglages du PC</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="105" />
            <source>Odoo address, device key and store of this PC</source>
            <translation>Adresse Odoo, clé d'appareil et magasin de ce PC</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="217" />
            <source>Manager</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/main_window.py" line="217" />
            <source>Associate</source>
            <translation>Collaborateur</translation>
        </message>
    </context>
    <context>
        <name>MeasuresModel</name>
        <message>
            <location filename="../../storeapp/ui/dashboard/model.py" line="38" />
            <source>Measure</source>
            <translation>Indicateur</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="69" />
            <source>Waits for #{seq} {what} ({state})</source>
            <translation>Attend le n° {seq} {what} ({state})</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="88" />
            <source>Order {name}</source>
            <translation>Commande {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="91" />
            <source>Return of {name}</source>
            <translation>Retour de {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="93" />
            <source>{product} at {location}</source>
            <translation>{product} à {location}</translation>
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
            <translation>Seul un responsable peut renvoyer ou annuler une modification. Demandez à un responsable de se connecter.</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="72" />
            <source>Sync &amp; outbox</source>
            <translation>Synchro et envois</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="76" />
            <source>Every change made on this PC waits here until Odoo has it — exactly once, also after a crash or hours offline.</source>
            <translation>Chaque modification faite sur ce PC attend ici jusqu'à ce qu'Odoo l'ait reçue — une seule fois, même après un plantage ou des heures hors ligne.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="82" />
            <location filename="../../storeapp/ui/outbox/view.py" line="333" />
            <source>Sync now</source>
            <translation>Synchroniser</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="106" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="107" />
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="137" />
            <source>Choose a line to see what happened</source>
            <translation>Choisissez une ligne pour voir ce qui s'est passé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="143" />
            <source>Send again</source>
            <translation>Renvoyer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="144" />
            <source>Cancel this change</source>
            <translation>Annuler cette modification</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="180" />
            <source>Reading the outbox</source>
            <translation>Lecture de la file d'envoi</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="190" />
            <source>{state}: {n}</source>
            <translation>{state} : {n}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="226" />
            <location filename="../../storeapp/ui/outbox/view.py" line="230" />
            <source>No data synced from Odoo yet.</source>
            <translation>Aucune donnée encore synchronisée depuis Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="233" />
            <source>{n} kinds of data from Odoo, last refreshed {newest}.</source>
            <translation>{n} types de données d'Odoo, dernière mise à jour {newest}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="237" />
            <source>Oldest: {model} at {when}.</source>
            <translation>Plus ancien : {model} le {when}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="241" />
            <source>Not synced yet: {list}.</source>
            <translation>Pas encore synchronisé : {list}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="255" />
            <source>Nothing needs attention</source>
            <translation>Rien à traiter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="257" />
            <source>When Odoo refuses a change, it stops here with the reason and what to do.</source>
            <translation>Quand Odoo refuse une modification, elle s'arrête ici avec la raison et ce qu'il faut faire.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="268" />
            <source>What happened: {text}</source>
            <translation>Ce qui s'est passé : {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="270" />
            <source>What to do: {text}</source>
            <translation>Que faire : {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="272" />
            <source>Last error: {text}</source>
            <translation>Dernière erreur : {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="275" />
            <source>Not sent yet: {text}.</source>
            <translation>Pas encore envoyé : {text}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="277" />
            <source>Next try: {when}</source>
            <translation>Prochain essai : {when}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="279" />
            <source>just now</source>
            <translation>à l'instant</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="279" />
            <source>{age} ago</source>
            <translation>il y a {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="281" />
            <source>Made by {who} {when}. Tries so far: {n}.</source>
            <translation>Faite par {who} {when}. Essais jusqu'ici : {n}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="282" />
            <source>the app</source>
            <translation>l'application</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="289" />
            <source>A manager can send it again or cancel it.</source>
            <translation>Un responsable peut la renvoyer ou l'annuler.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="306" />
            <source>Sending the change again</source>
            <translation>Renvoi de la modification</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="319" />
            <source>Cancelling the change</source>
            <translation>Annulation de la modification</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="327" />
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/view.py" line="331" />
            <source>Syncing with Odoo</source>
            <translation>Synchronisation avec Odoo</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="44" />
            <source>Manager approval</source>
            <translation>Approbation d'un responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="51" />
            <source>A manager must approve this return</source>
            <translation>Un responsable doit approuver ce retour</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="56" />
            <location filename="../../storeapp/ui/returns/override.py" line="70" />
            <source>Manager</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="58" />
            <source>or scan the manager's badge</source>
            <translation>ou scannez le badge du responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="64" />
            <source>Why the return is accepted (kept with the return)</source>
            <translation>Pourquoi le retour est accepté (conservé avec le retour)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="72" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="73" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="76" />
            <source>Approve return</source>
            <translation>Approuver le retour</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="79" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="101" />
            <source>No other manager can sign in on this PC. Refuse the return or call a manager.</source>
            <translation>Aucun autre responsable ne peut se connecter sur ce PC. Refusez le retour ou appelez un responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="113" />
            <source>This badge is not known on this PC.</source>
            <translation>Ce badge n'est pas connu sur ce PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="117" />
            <source>{name} cannot approve this return.</source>
            <translation>{name} ne peut pas approuver ce retour.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/override.py" line="126" />
            <source>Choose the manager who approves.</source>
            <translation>Choisissez le responsable qui approuve.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Reading the store figures</source>
            <translation type="vanished">Lecture des chiffres du magasin</translation>
        </message>
    </context>
    <context>
        <name>PickPage</name>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="82" />
            <source>Scan a product — or type its barcode and press Enter (recorded as typed)</source>
            <translation>Scannez un produit — ou saisissez son code-barres et appuyez sur Entrée (enregistré comme saisi)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="90" />
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="220" />
            <source>Scan the first product.</source>
            <translation>Scannez le premier produit.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="138" />
            <source>Select a line</source>
            <translation>Sélectionnez une ligne</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="144" />
            <source>Lot or serial number</source>
            <translation>Numéro de lot ou de série</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="146" />
            <source>Set quantity (typed)</source>
            <translation>Fixer la quantité (saisie)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="150" />
            <source>Note (needed for 'Other')</source>
            <translation>Note (requise pour « Autre »)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="151" />
            <source>Mark the rest short</source>
            <translation>Marquer le reste manquant</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="153" />
            <source>Found it: clear short</source>
            <translation>Trouvé : annuler le manquant</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="155" />
            <source>Undo last</source>
            <translation>Annuler le dernier</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="163" />
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="164" />
            <source>Lot/serial</source>
            <translation>Lot/série</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="166" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="167" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="173" />
            <source>Cannot find it?</source>
            <translation>Introuvable ?</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="185" />
            <source>Back to the list</source>
            <translation>Retour à la liste</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="187" />
            <source>Leave for someone else</source>
            <translation>Laisser à quelqu'un d'autre</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="189" />
            <source>Ready for pickup</source>
            <translation>Prête pour le retrait</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="193" />
            <source>Print bag label again</source>
            <translation>Réimprimer l'étiquette de sac</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="251" />
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="253" />
            <source>%1 · picked by %2 · short picks: %3</source>
            <translation>%1 · préparée par %2 · manquants : %3</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="254" />
            <source>no customer name</source>
            <translation>pas de nom de client</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="258" />
            <source>backorder</source>
            <translation>reliquat</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="260" />
            <source>cancel the rest</source>
            <translation>annuler le reste</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="265" />
            <source>%1 of %2 lines done</source>
            <translation>Lignes faites : %1 sur %2</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="302" />
            <source>Not saved: %1 Your last scans are on screen; they are saved with the next one once this is fixed.</source>
            <translation>Non enregistré : %1 Vos derniers scans sont à l'écran ; ils seront enregistrés avec le suivant une fois le problème réglé.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="321" />
            <source>%1 ordered · bin %2</source>
            <translation>%1 commandé(s) · emplacement %2</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="344" />
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="377" />
            <source>Reading the barcode</source>
            <translation>Lecture du code-barres</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="359" />
            <source>Picking the product chosen</source>
            <translation>Préparation du produit choisi</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="394" />
            <source>Setting the quantity</source>
            <translation>Réglage de la quantité</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/pick_view.py" line="427" />
            <source>Saving the pick</source>
            <translation>Enregistrement de la préparation</translation>
        </message>
    </context>
    <context>
        <name>ProductSearch</name>
        <message>
            <location filename="../../storeapp/ui/product_search.py" line="53" />
            <source>No barcode? Search: name, reference, barcode (Ctrl+F)</source>
            <translation>Pas de code-barres ? Cherchez : nom, référence, code-barres (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/product_search.py" line="119" />
            <source>No product matches “{text}”.</source>
            <translation>Aucun produit ne correspond à « {text} ».</translation>
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
            <translation>Cherchez : numéro de commande, nom du client ou 4 derniers chiffres du téléphone — ou scannez la commande</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="110" />
            <source>Take it over</source>
            <translation>La reprendre</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="113" />
            <source>Undo handover</source>
            <translation>Annuler la remise</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="116" />
            <source>Pick</source>
            <translation>Préparer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="119" />
            <source>Hand over</source>
            <translation>Remettre</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="120" />
            <source>Items put back</source>
            <translation>Articles remis en rayon</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="121" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/view.py" line="146" />
            <source>All (%1)</source>
            <translation>Toutes (%1)</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPage</name>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="43" />
            <source>Print receipt</source>
            <translation>Imprimer le ticket</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="44" />
            <source>Next return</source>
            <translation>Retour suivant</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="47" />
            <source>Undo this return</source>
            <translation>Annuler ce retour</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="67" />
            <source>Return {ref} saved</source>
            <translation>Retour {ref} enregistré</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="70" />
            <source>1 item back, {amount} to refund.</source>
            <translation>1 article repris, {amount} à rembourser.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="72" />
            <source>{n} items back, {amount} to refund.</source>
            <translation>{n} articles repris, {amount} à rembourser.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="78" />
            <source>Odoo gets it by itself, as 1 return — follow it in Sync &amp; outbox.</source>
            <translation>Odoo le reçoit tout seul, en 1 retour — suivez-le dans Synchro et envois.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="81" />
            <source>Odoo gets it by itself, as {n} returns — follow it in Sync &amp; outbox.</source>
            <translation>Odoo le reçoit tout seul, en {n} retours — suivez-le dans Synchro et envois.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="86" />
            <source>Recorded on this PC; the back office books it in Odoo.</source>
            <translation>Enregistré sur ce PC ; le back-office l'enregistre dans Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="87" />
            <source>Give the customer the receipt.</source>
            <translation>Remettez le ticket au client.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="90" />
            <source>A copy is kept as {name} in the data folder's receipts folder.</source>
            <translation>Une copie est conservée sous le nom {name} dans le dossier receipts du dossier de données.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt_page.py" line="107" />
            <source>Receipt sent to the printer.</source>
            <translation>Ticket envoyé à l'imprimante.</translation>
        </message>
    </context>
    <context>
        <name>ReturnReceipt</name>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="41" />
            <source>Serial/lot: {serials}</source>
            <translation>N° de série/lot : {serials}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="49" />
            <source>Sale {order}</source>
            <translation>Vente {order}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="51" />
            <source>No receipt</source>
            <translation>Sans ticket</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="53" />
            <source>Taken by {name}</source>
            <translation>Pris en charge par {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="55" />
            <source>Approved by {name}</source>
            <translation>Approuvé par {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="59" />
            <source>RETURN</source>
            <translation>RETOUR</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="59" />
            <source>Total returned</source>
            <translation>Total retourné</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="59" />
            <source>Returns policy</source>
            <translation>Politique de retour</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/receipt.py" line="105" />
            <source>This PC has no printer set up. The receipt was saved as a PDF instead.</source>
            <translation>Ce PC n'a pas d'imprimante configurée. Le ticket a été enregistré en PDF à la place.</translation>
        </message>
        <message>
            <source>Serial/lot</source>
            <translation type="vanished">N° de série/lot</translation>
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
            <translation>Avertissement</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="39" />
            <source>Manager</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="40" />
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="63" />
            <source>not delivered</source>
            <translation>non livré</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="140" />
            <source>{sold} ({given} handed over)</source>
            <translation>{sold} ({given} remis)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="159" />
            <source>scan needed</source>
            <translation>scan requis</translation>
        </message>
    </context>
    <context>
        <name>ReturnsPresenter</name>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="117" />
            <source>This return was already undone: nothing of it goes to Odoo.</source>
            <translation>Ce retour a déjà été annulé : rien n'en sera envoyé à Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="120" />
            <source>Odoo already has this return, so it cannot be undone here. To reverse it, sell the items to the customer again at the till and tell the back office.</source>
            <translation>Odoo a déjà ce retour, il ne peut donc pas être annulé ici. Pour l'annuler, revendez les articles au client à la caisse et prévenez le back-office.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="125" />
            <source>This return is waiting for a manager in Sync &amp; outbox: a manager can cancel it there.</source>
            <translation>Ce retour attend un responsable dans Synchro et envois : un responsable peut l'annuler là.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="128" />
            <source>This return may already have reached Odoo (a send got no answer). Wait for the next sync, then look at it in Sync &amp; outbox.</source>
            <translation>Ce retour est peut-être déjà arrivé dans Odoo (un envoi est resté sans réponse). Attendez la prochaine synchro, puis regardez-le dans Synchro et envois.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="201" />
            <source>Scan the receipt, or type an order number, a customer name or the last 4 digits of their phone.</source>
            <translation>Scannez le ticket, ou saisissez un numéro de commande, un nom de client ou les 4 derniers chiffres de son téléphone.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="210" />
            <source>This sale is no longer in this PC's data. Sync, then search again.</source>
            <translation>Cette vente ne figure plus dans les données de ce PC. Synchronisez, puis cherchez à nouveau.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="253" />
            <source>No product has the code {code} in this store's data. Check the label, or sync and try again.</source>
            <translation>Aucun produit n'a le code {code} dans les données de ce magasin. Vérifiez l'étiquette, ou synchronisez et réessayez.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="287" />
            <source>A serial number is one item: return whole units.</source>
            <translation>Un numéro de série correspond à un seul article : retournez des unités entières.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="323" />
            <source>{name} has serial numbers: scan the serial on the item.</source>
            <translation>{name} a des numéros de série : scannez le numéro de série sur l'article.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="327" />
            <source>{name}: returning {n}.</source>
            <translation>{name} : retour de {n}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="333" />
            <source>{code} is the barcode of {name}, which is not on this sale. Check the item, or take it back as a return without a receipt.</source>
            <translation>{code} est le code-barres de {name}, qui n'est pas sur cette vente. Vérifiez l'article, ou reprenez-le comme retour sans ticket.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="343" />
            <source>{code} is not a product or a serial number of this sale. Check the item.</source>
            <translation>{code} n'est ni un produit ni un numéro de série de cette vente. Vérifiez l'article.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="352" />
            <source>Scan or type the serial number printed on the item.</source>
            <translation>Scannez ou saisissez le numéro de série imprimé sur l'article.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="355" />
            <source>{name} has no serial or lot numbers.</source>
            <translation>{name} n'a ni numéro de série ni numéro de lot.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="358" />
            <source>Serial {s} is already on this return.</source>
            <translation>Le numéro de série {s} est déjà sur ce retour.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="368" />
            <source>{name}: serial {s} added.</source>
            <translation>{name} : numéro de série {s} ajouté.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="407" />
            <source>{name} is not a manager: only a manager can approve this return.</source>
            <translation>{name} n'est pas responsable : seul un responsable peut approuver ce retour.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="412" />
            <source>You took this return, so another manager must approve it.</source>
            <translation>Vous avez pris ce retour en charge : un autre responsable doit l'approuver.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="414" />
            <source>Write a note saying why the return is approved.</source>
            <translation>Écrivez une note expliquant pourquoi le retour est approuvé.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="425" />
            <location filename="../../storeapp/ui/returns/presenter.py" line="465" />
            <location filename="../../storeapp/ui/returns/presenter.py" line="517" />
            <source>Sign in first.</source>
            <translation>Connectez-vous d'abord.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="428" />
            <source>Choose what the customer brings back: set a quantity on a line.</source>
            <translation>Choisissez ce que le client rapporte : indiquez une quantité sur une ligne.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="431" />
            <source>The policy refuses this return: {why}</source>
            <translation>La politique de retour refuse ce retour : {why}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="435" />
            <source>This return needs a manager's approval first.</source>
            <translation>Ce retour doit d'abord être approuvé par un responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="469" />
            <source>This return was recorded on this PC only (no receipt): the back office books it. Tell them it is cancelled.</source>
            <translation>Ce retour n'a été enregistré que sur ce PC (sans ticket) : le back-office l'enregistre. Prévenez-le qu'il est annulé.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="491" />
            <source>Return {reference} undone: it was not sent to Odoo and never will be. Give the customer back their items and take back the refund.</source>
            <translation>Retour {reference} annulé : il n'a pas été envoyé à Odoo et ne le sera jamais. Rendez les articles au client et reprenez le remboursement.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="511" />
            <source>This return cannot be prepared for Odoo: {why}.</source>
            <translation>Ce retour ne peut pas être préparé pour Odoo : {why}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="521" />
            <source>Choose what the customer brought back before recording a refusal.</source>
            <translation>Choisissez ce que le client a rapporté avant d'enregistrer un refus.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="560" />
            <source>No receipt: the back office books the goods and the refund in Odoo.</source>
            <translation>Sans ticket : le back-office enregistre la marchandise et le remboursement dans Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="562" />
            <source>Taken while offline: Odoo gets it when the connection is back.</source>
            <translation>Pris hors ligne : Odoo le reçoit quand la connexion revient.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="581" />
            <source>Can be returned</source>
            <translation>Peut être retourné</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="582" />
            <source>Can be returned — read the warnings</source>
            <translation>Peut être retourné — lisez les avertissements</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="583" />
            <source>Needs a manager's approval</source>
            <translation>Demande l'approbation d'un responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/presenter.py" line="584" />
            <source>Refused by the policy</source>
            <translation>Refusé par la politique de retour</translation>
        </message>
    </context>
    <context>
        <name>ReturnsView</name>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="50" />
            <source>Confirm return</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="53" />
            <source>Manager approval…</source>
            <translation>Appel au responsable…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="54" />
            <source>Refuse and record</source>
            <translation>Refuser et enregistrer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="56" />
            <source>Start over</source>
            <translation>Recommencer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="79" />
            <source>Nothing chosen yet</source>
            <translation>Rien de choisi pour l'instant</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="83" />
            <source>Set the quantity coming back on a line to see what the policy says.</source>
            <translation>Indiquez la quantité qui revient sur une ligne pour voir ce que dit la politique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="90" />
            <source>Refund value: {amount}</source>
            <translation>Remboursement : {amount}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="95" />
            <source>online</source>
            <translation>en ligne</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="95" />
            <source>offline rules</source>
            <translation>règles hors ligne</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="97" />
            <source>Policy {version}, {state}</source>
            <translation>Politique {version}, {state}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/decision_panel.py" line="109" />
            <source>line {n}: </source>
            <translation>ligne {n} : </translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="83" />
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="87" />
            <source>Scan the customer's receipt, choose what comes back, and the policy says what happens.</source>
            <translation>Scannez le ticket du client, choisissez ce qui revient, et la politique de retour dit ce qui se passe.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="110" />
            <source>Scan the receipt, or type an order number, customer name or last 4 phone digits</source>
            <translation>Scannez le ticket, ou saisissez un numéro de commande, un nom de client ou les 4 derniers chiffres du téléphone</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="114" />
            <source>Find sale</source>
            <translation>Trouver la vente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="116" />
            <source>No receipt…</source>
            <translation>Sans ticket…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="170" />
            <source>Open sale</source>
            <translation>Ouvrir la vente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="173" />
            <source>Returns are checked against the returns policy, online and offline. A return without a receipt follows stricter rules and may need a manager.</source>
            <translation>Les retours sont vérifiés selon la politique de retour, en ligne comme hors ligne. Un retour sans ticket suit des règles plus strictes et peut demander un responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="183" />
            <source>&lt;h3&gt;Take a return in three steps&lt;/h3&gt;&lt;p&gt;&lt;b&gt;1.&lt;/b&gt; Scan the barcode on the customer's receipt — or type the order number, the customer's name or the last 4 digits of their phone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2.&lt;/b&gt; Set how many of each item come back, why, and in what condition. Scan the serial number of serial-tracked items.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3.&lt;/b&gt; Read the policy's decision beside the lines, then confirm — a manager approves on this PC when the policy asks for it.&lt;/p&gt;&lt;p&gt;No receipt? Use &lt;b&gt;No receipt…&lt;/b&gt; and scan each item.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Prendre un retour en trois étapes&lt;/h3&gt;&lt;p&gt;&lt;b&gt;1.&lt;/b&gt; Scannez le code-barres du ticket du client — ou saisissez le numéro de commande, le nom du client ou les 4 derniers chiffres de son téléphone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2.&lt;/b&gt; Indiquez combien de chaque article reviennent, pourquoi et dans quel état. Scannez le numéro de série des articles suivis par numéro de série.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3.&lt;/b&gt; Lisez la décision de la politique à côté des lignes, puis confirmez — un responsable approuve sur ce PC quand la politique le demande.&lt;/p&gt;&lt;p&gt;Pas de ticket ? Utilisez &lt;b&gt;Sans ticket…&lt;/b&gt; et scannez chaque article.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="254" />
            <source>Scan:</source>
            <translation>Scan :</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="303" />
            <source>No returns policy</source>
            <translation>Pas de politique de retour</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="307" />
            <source>Policy {version}</source>
            <translation>Politique {version}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="313" />
            <source> · data of {when}</source>
            <translation> · {when}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="315" />
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="317" />
            <source>Offline: stricter rules</source>
            <translation>Hors ligne : règles plus strictes</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="329" />
            <source>Returns policy {version} is now in force.</source>
            <translation>La politique de retour {version} est maintenant en vigueur.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="360" />
            <source>Sale {order} · {customer}</source>
            <translation>Vente {order} · {customer}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="361" />
            <source>no customer</source>
            <translation>pas de client</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="367" />
            <source>Bought {date}{channel}. Set the quantity coming back on each line; scan the serial number of serial-tracked items.</source>
            <translation>Acheté le {date}{channel}. Indiquez la quantité qui revient sur chaque ligne ; scannez le numéro de série des articles suivis par numéro de série.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="371" />
            <source>Scan a serial number or a product barcode</source>
            <translation>Scannez un numéro de série ou le code-barres d'un produit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="375" />
            <source>Return without a receipt</source>
            <translation>Retour sans ticket</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="378" />
            <source>Scan each item. The price is the current shelf price; stricter rules apply and the back office books the goods and the refund in Odoo.</source>
            <translation>Scannez chaque article. Le prix est le prix actuel en rayon ; des règles plus strictes s'appliquent et le back-office enregistre la marchandise et le remboursement dans Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="383" />
            <source>Scan the product's barcode or type its reference</source>
            <translation>Scannez le code-barres du produit ou saisissez sa référence</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="413" />
            <source>Finding the sale</source>
            <translation>Recherche de la vente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="421" />
            <source>No sale matches “{text}” in this store's data of the last months. Check the receipt, or take the return without a receipt.</source>
            <translation>Aucune vente ne correspond à « {text} » dans les données de ces derniers mois. Vérifiez le ticket, ou prenez le retour sans ticket.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="430" />
            <source>{n} sales found: choose one.</source>
            <translation>{n} ventes trouvées : choisissez-en une.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="448" />
            <source>Opening the sale</source>
            <translation>Ouverture de la vente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="453" />
            <source>Nothing of {order} can be returned any more: it was not handed over or is already back.</source>
            <translation>Plus rien de {order} ne peut être retourné : la commande n'a pas été remise ou est déjà revenue.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="464" />
            <source>No receipt: scan each item the customer brings back.</source>
            <translation>Sans ticket : scannez chaque article que le client rapporte.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="478" />
            <source>{name} added.</source>
            <translation>{name} ajouté.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="482" />
            <source>Reading the scan</source>
            <translation>Lecture du scan</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="510" />
            <source>Saving the return</source>
            <translation>Enregistrement du retour</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="519" />
            <source>The return is saved, but its receipt could not be written: {why}</source>
            <translation>Le retour est enregistré, mais son ticket n'a pas pu être écrit : {why}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="550" />
            <source>Undoing the return</source>
            <translation>Annulation du retour</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="554" />
            <source>Return {ref} undone</source>
            <translation>Retour {ref} annulé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="563" />
            <source>Recording the refusal</source>
            <translation>Enregistrement du refus</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/view.py" line="571" />
            <source>Refusal recorded with its reasons (reference {ref}). Nothing goes to Odoo.</source>
            <translation>Refus enregistré avec ses raisons (référence {ref}). Rien ne part vers Odoo.</translation>
        </message>
    </context>
    <context>
        <name>SafeModeWindow</name>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="34" />
            <source>storeapp — safe mode</source>
            <translation>storeapp — mode sans échec</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="38" />
            <source>storeapp is in safe mode</source>
            <translation>storeapp est en mode sans échec</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="45" />
            <source>1. Export the outbox to a file below and give it to IT.
2. Do not delete or move the data folder.
3. IT restores the journal (a backup is kept before every upgrade) or sends the exported changes to Odoo.</source>
            <translation>1. Exportez la file d'envoi dans un fichier ci-dessous et remettez-le à l'informatique.
2. Ne supprimez pas et ne déplacez pas le dossier de données.
3. L'informatique restaure le journal (une sauvegarde est faite avant chaque mise à jour) ou envoie les modifications exportées à Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="53" />
            <source>Technical detail: {d}</source>
            <translation>Détail technique : {d}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="58" />
            <source>Export the outbox…</source>
            <translation>Exporter la file d'envoi…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="60" />
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="61" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="85" />
            <source>Export the outbox</source>
            <translation>Exporter la file d'envoi</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="96" />
            <source>The export failed: {e}</source>
            <translation>L'export a échoué : {e}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="100" />
            <source>1 change</source>
            <translation>1 modification</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="102" />
            <source>{n} changes</source>
            <translation>{n} modifications</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="105" />
            <source>Exported {count} to {path}.</source>
            <translation>{count} exporté(es) vers {path}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/safe_mode.py" line="108" />
            <source>Exported {count} to {path}. Some could not be read ({gaps}); tell IT.</source>
            <translation>{count} exporté(es) vers {path}. Certaines n'ont pas pu être lues ({gaps}) ; prévenez l'informatique.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="51" />
            <source>Device setup</source>
            <translation>Réglages du PC</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="84" />
            <source>Connect this PC to Odoo</source>
            <translation>Connecter ce PC à Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="88" />
            <source>IT or a manager does this once per PC. The API key is kept only in this computer's password store (keyring), never in a file.</source>
            <translation>L'informatique ou un responsable le fait une fois par PC. La clé API est gardée uniquement dans le coffre à mots de passe de cet ordinateur (keyring), jamais dans un fichier.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="107" />
            <source>List databases</source>
            <translation>Lister les bases</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="112" />
            <source>the store's device user, e.g. store-042</source>
            <translation>l'utilisateur appareil du magasin, p. ex. store-042</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="115" />
            <source>API key (or password)</source>
            <translation>Clé API (ou mot de passe)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="116" />
            <location filename="../../storeapp/ui/setup/view.py" line="258" />
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="120" />
            <source>Odoo address</source>
            <translation>Adresse Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="121" />
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="122" />
            <source>Device login</source>
            <translation>Identifiant de l'appareil</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="123" />
            <source>API key</source>
            <translation>Clé API</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="125" />
            <source>Press Test connection to check the server and rights.</source>
            <translation>Appuyez sur Tester la connexion pour vérifier le serveur et les droits.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="129" />
            <source>Connection test result</source>
            <translation>Résultat du test de connexion</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="151" />
            <source>Store</source>
            <translation>Magasin</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="170" />
            <source>Store (warehouse)</source>
            <translation>Magasin (entrepôt)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="173" />
            <source>Which store is this PC in?</source>
            <translation>Dans quel magasin se trouve ce PC ?</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="178" />
            <source>How employees sign in</source>
            <translation>Comment les employés se connectent</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="190" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="193" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="202" />
            <source>Set by IT in the machine file</source>
            <translation>Défini par l'informatique dans le fichier de la machine</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="227" />
            <source>Listing the databases</source>
            <translation>Liste des bases de données</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="234" />
            <source>This server does not list its databases. Type the database name.</source>
            <translation>Ce serveur ne liste pas ses bases de données. Saisissez le nom de la base.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="244" />
            <source>Testing…</source>
            <translation>Test…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="245" />
            <source>Contacting Odoo…</source>
            <translation>Contact avec Odoo…</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="254" />
            <source>Testing the connection</source>
            <translation>Test de la connexion</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/view.py" line="325" />
            <source>Saving the device setup</source>
            <translation>Enregistrement des réglages du PC</translation>
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
            <translation>Inventaires</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="177" />
            <source>Approvals</source>
            <translation>Approbations</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="181" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="184" />
            <source>Sync &amp; outbox</source>
            <translation>Synchro et envois</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/shell.py" line="328" />
            <source>{product} has arrived from Odoo: scan {barcode} again.</source>
            <translation>{product} est arrivé d'Odoo : scannez à nouveau {barcode}.</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="52" />
            <source>Too many wrong PINs. Try again in {n} seconds, or ask a manager.</source>
            <translation>Trop de PIN erronés. Réessayez dans {n} secondes, ou demandez à un responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="55" />
            <source>Too many wrong PINs. Try again in {n} minutes, or ask a manager.</source>
            <translation>Trop de PIN erronés. Réessayez dans {n} minutes, ou demandez à un responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="131" />
            <source>This employee's sign-in record was changed outside storeapp, so it is not used. A manager must enroll them again; tell IT.</source>
            <translation>La fiche de connexion de cet employé a été modifiée en dehors de storeapp ; elle n'est donc pas utilisée. Un responsable doit l'inscrire à nouveau ; prévenez l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="138" />
            <location filename="../../storeapp/ui/signin/presenter.py" line="190" />
            <source>This employee cannot sign in on this PC yet.</source>
            <translation>Cet employé ne peut pas encore se connecter sur ce PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="153" />
            <source>Welcome, {name}.</source>
            <translation>Bienvenue, {name}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="164" />
            <source>Wrong PIN. 1 try left before a pause.</source>
            <translation>PIN erroné. Encore 1 essai avant une pause.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="166" />
            <source>Wrong PIN. {n} tries left before a pause.</source>
            <translation>PIN erroné. Encore {n} essais avant une pause.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="180" />
            <source>{name}, your PIN was reset. Type your new PIN again to confirm it.</source>
            <translation>{name}, votre PIN a été réinitialisé. Tapez à nouveau votre nouveau PIN pour le confirmer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="186" />
            <source>The two PINs differ. Type your new PIN, then the same again.</source>
            <translation>Les deux PIN diffèrent. Tapez votre nouveau PIN, puis le même à nouveau.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/presenter.py" line="193" />
            <source>Your new PIN is set. Welcome, {name}.</source>
            <translation>Votre nouveau PIN est enregistré. Bienvenue, {name}.</translation>
        </message>
    </context>
    <context>
        <name>SignInView</name>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="95" />
            <location filename="../../storeapp/ui/signin/view.py" line="182" />
            <source>Sign in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="136" />
            <source>Scan your badge, or choose your name</source>
            <translation>Scannez le badge ou choisissez un nom</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="139" />
            <source>Type to find your name</source>
            <translation>Tapez pour trouver votre nom</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="156" />
            <location filename="../../storeapp/ui/signin/view.py" line="356" />
            <source>No one chosen yet</source>
            <translation>Personne n'est encore choisi</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="161" />
            <source>Language</source>
            <translation>Langue</translation>
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
            <translation>Message de connexion</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="199" />
            <source>IT: enroll the first manager</source>
            <translation>Informatique : inscrire le premier responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="209" />
            <source>Demo store — try these people</source>
            <translation>Démo — essayez ces personnes</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="213" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="213" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="213" />
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="226" />
            <source>Choose a name and type the PIN. Without a scanner, type a badge number in the search box and press Enter. Managers also see Approvals.</source>
            <translation>Choisissez un nom et saisissez le PIN. Sans lecteur, tapez un numéro de badge dans la zone de recherche et appuyez sur Entrée. Les responsables voient aussi Approbations.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="244" />
            <source>Loading the employees</source>
            <translation>Chargement des employés</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="254" />
            <source>Nobody can sign in on this PC yet. Employees appear after the first sync with Odoo (Odoo badges mode) or after a manager enrolls them.</source>
            <translation>Personne ne peut encore se connecter sur ce PC. Les employés apparaissent après la première synchronisation avec Odoo (mode badges Odoo) ou après qu'un responsable les a inscrits.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="293" />
            <source>New PIN for {name} (a manager reset it)</source>
            <translation>Nouveau PIN pour {name} (un responsable l'a réinitialisé)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="295" />
            <source>PIN for {name}</source>
            <translation>PIN de {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="318" />
            <source>Reading the badge</source>
            <translation>Lecture du badge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="322" />
            <source>This badge is not known on this PC. Choose your name instead.</source>
            <translation>Ce badge n'est pas connu sur ce PC. Choisissez plutôt votre nom.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/signin/view.py" line="371" />
            <source>Checking the PIN</source>
            <translation>Vérification du PIN</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="91" />
            <source>{h} h</source>
            <translation>{h} h</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="79" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="70" />
            <source>{state} — Odoo key expires today (IT)</source>
            <translation>{state} — la clé Odoo expire aujourd'hui (informatique)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="72" />
            <source>{state} — Odoo key expires in 1 day (IT)</source>
            <translation>{state} — la clé Odoo expire dans 1 jour (informatique)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="73" />
            <source>{state} — Odoo key expires in {n} days (IT)</source>
            <translation>{state} — la clé Odoo expire dans {n} jours (informatique)</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="82" />
            <source>just now</source>
            <translation>à l'instant</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="85" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="89" />
            <source>{h} h {m} min</source>
            <translation>{h} h {m} min</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="94" />
            <source>1 day</source>
            <translation>1 jour</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="94" />
            <source>{n} days</source>
            <translation>{n} jours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="118" />
            <source>Outbox empty</source>
            <translation>Aucun envoi en attente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="120" />
            <source>Outbox: {n} to send</source>
            <translation>Envois : {n} en attente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="123" />
            <source>1 needs a person</source>
            <translation>1 à traiter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="125" />
            <source>{p} need a person</source>
            <translation>{p} à traiter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="128" />
            <source>Outbox: {n} to send, {parked}</source>
            <translation>Envois : {n} en attente, {parked}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="130" />
            <source>Outbox: {parked}</source>
            <translation>Envois : {parked}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="134" />
            <source>Nothing waiting</source>
            <translation>Rien en attente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="138" />
            <source>Oldest waiting: {age}</source>
            <translation>Plus ancien : {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="142" />
            <source>Never synced</source>
            <translation>Jamais synchronisé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="146" />
            <source>Last sync {age} ago</source>
            <translation>Synchro il y a {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="148" />
            <source>Last sync just now</source>
            <translation>Synchro à l'instant</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="151" />
            <source>Nobody signed in</source>
            <translation>Personne n'est connecté</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="205" />
            <source>Last successful sync with Odoo: {when}</source>
            <translation>Dernière synchronisation réussie avec Odoo : {when}</translation>
        </message>
    </context>
    <context>
        <name>StoreApp</name>
        <message>
            <location filename="../../storeapp/app.py" line="427" />
            <source>Device setup saved</source>
            <translation>Réglages du PC enregistrés</translation>
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="429" />
            <source>Saved. A new API key is used at once. A different server, database or store takes effect when storeapp starts again; work saved meanwhile is kept.</source>
            <translation>Enregistré. Une nouvelle clé API est utilisée tout de suite. Un autre serveur, une autre base ou un autre magasin prend effet au prochain démarrage de storeapp ; le travail enregistré entre-temps est conservé.</translation>
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
            <translation>La première synchronisation avec Odoo ne s'est pas terminée : {error}
storeapp travaille avec ce qui est arrivé et continue d'essayer en arrière-plan.</translation>
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="630" />
            <source>First sync</source>
            <translation>Première synchronisation</translation>
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
            <translation type="vanished">Prêtes à préparer (stock réservé)</translation>
        </message>
        <message>
            <source>Waiting for stock or not yet confirmed</source>
            <translation type="vanished">En attente de stock ou pas encore confirmées</translation>
        </message>
        <message>
            <source>Overdue (promised time passed)</source>
            <translation type="vanished">En retard (délai promis dépassé)</translation>
        </message>
        <message>
            <source>Handed over or shipped today</source>
            <translation type="vanished">Remises ou expédiées aujourd'hui</translation>
        </message>
        <message>
            <source>Picks in progress on this PC</source>
            <translation type="vanished">Préparations en cours sur ce PC</translation>
        </message>
        <message>
            <source>Pick changes waiting to reach Odoo</source>
            <translation type="vanished">Modifications de préparation en route vers Odoo</translation>
        </message>
        <message>
            <source>Figures come from this PC's copy of the store's Odoo orders and refresh after every sync. The scan-to-pick and handover screen is the next part of the app; until it arrives, pick these orders in Odoo.</source>
            <translation type="vanished">Les chiffres viennent de la copie, sur ce PC, des commandes Odoo du magasin et se mettent à jour après chaque synchronisation. L'écran de préparation par scan et de remise est la prochaine partie de l'application ; en attendant, préparez ces commandes dans Odoo.</translation>
        </message>
        <message>
            <source>Delivered orders on this PC that can be returned</source>
            <translation type="vanished">Commandes livrées sur ce PC pouvant être retournées</translation>
        </message>
        <message>
            <source>Returns already recorded in Odoo</source>
            <translation type="vanished">Retours déjà enregistrés dans Odoo</translation>
        </message>
        <message>
            <source>Return intakes in progress on this PC</source>
            <translation type="vanished">Retours en cours sur ce PC</translation>
        </message>
        <message>
            <source>Returns waiting for a manager</source>
            <translation type="vanished">Retours en attente d'un responsable</translation>
        </message>
        <message>
            <source>Returns waiting to reach Odoo</source>
            <translation type="vanished">Retours en route vers Odoo</translation>
        </message>
        <message>
            <source>Returns will be checked against the store's returns policy here, with the reason shown in plain words. That intake screen is the next part of the app; until then take returns in Odoo.</source>
            <translation type="vanished">Les retours seront vérifiés ici selon la politique de retour du magasin, avec la raison expliquée simplement. Cet écran de retour est la prochaine partie de l'application ; en attendant, prenez les retours dans Odoo.</translation>
        </message>
        <message>
            <source>Count requests due today or earlier</source>
            <translation type="vanished">Inventaires demandés pour aujourd'hui ou avant</translation>
        </message>
        <message>
            <source>Count requests overdue</source>
            <translation type="vanished">Inventaires demandés en retard</translation>
        </message>
        <message>
            <source>Counts in progress on this PC</source>
            <translation type="vanished">Inventaires en cours sur ce PC</translation>
        </message>
        <message>
            <source>Adjustments waiting for a manager</source>
            <translation type="vanished">Ajustements en attente d'un responsable</translation>
        </message>
        <message>
            <source>Adjustments waiting to reach Odoo</source>
            <translation type="vanished">Ajustements en route vers Odoo</translation>
        </message>
        <message>
            <source>Products known on this PC</source>
            <translation type="vanished">Produits connus sur ce PC</translation>
        </message>
        <message>
            <source>Blind counting by location or product, with recounts and manager approval, is the next part of the app. Count requests come from Odoo's scheduled count dates.</source>
            <translation type="vanished">L'inventaire à l'aveugle par emplacement ou par produit, avec recomptages et approbation d'un responsable, est la prochaine partie de l'application. Les demandes d'inventaire viennent des dates d'inventaire planifiées dans Odoo.</translation>
        </message>
        <message>
            <source>none</source>
            <translation type="vanished">aucun</translation>
        </message>
        <message>
            <source>Decisions waiting for a manager</source>
            <translation type="vanished">Décisions en attente d'un responsable</translation>
        </message>
        <message>
            <source>Oldest waiting for</source>
            <translation type="vanished">Plus ancienne attente</translation>
        </message>
        <message>
            <source>Waiting by kind: {kinds}. Managers will approve or reject stock adjustments and return exceptions here, one by one or in bulk, also offline; a manager never approves their own work.</source>
            <translation type="vanished">En attente par type : {kinds}. Les responsables approuveront ou rejetteront ici les ajustements de stock et les exceptions de retour, une à une ou en lot, même hors ligne ; un responsable n'approuve jamais son propre travail.</translation>
        </message>
        <message>
            <source>Click &amp; Collect</source>
            <translation type="vanished">Click &amp; Collect</translation>
        </message>
        <message>
            <source>Orders customers collect in this store: pick, get ready, hand over.</source>
            <translation type="vanished">Commandes que les clients retirent dans ce magasin : préparer, mettre à disposition, remettre.</translation>
        </message>
        <message>
            <source>Take back goods under the store's returns policy.</source>
            <translation type="vanished">Reprendre la marchandise selon la politique de retour du magasin.</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation type="vanished">Inventaires</translation>
        </message>
        <message>
            <source>Count stock by location or product; differences go to a manager.</source>
            <translation type="vanished">Compter le stock par emplacement ou par produit ; les écarts vont à un responsable.</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation type="vanished">Approbations</translation>
        </message>
        <message>
            <source>Manager decisions on stock adjustments and return exceptions.</source>
            <translation type="vanished">Décisions des responsables sur les ajustements de stock et les exceptions de retour.</translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <location filename="../../storeapp/app.py" line="124" />
            <source>storeapp cannot start: the configuration is invalid.
{problems}</source>
            <translation>storeapp ne peut pas démarrer : la configuration n'est pas valide.
{problems}</translation>
        </message>
        <message>
            <location filename="../../storeapp/app.py" line="134" />
            <source>Ask IT to correct the file.</source>
            <translation>Demandez à l'informatique de corriger le fichier.</translation>
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
            <translation>{n} jour</translation>
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
            <translation>{n} jours</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="300" />
            <source>data folder:  {path} [{source}]</source>
            <translation>dossier de données :  {path} [{source}]</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="323" />
            <source>The configuration is invalid: the returns policy (returns.policy_file) is not valid:</source>
            <translation>La configuration n'est pas valide : la politique de retour (returns.policy_file) n'est pas valide :</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="358" />
            <source>Support bundle written to {file} ({files}; checked for the device key and PIN material, with secrets and customer data redacted).</source>
            <translation>Dossier d'assistance écrit dans {file} ({files} ; vérifié pour la clé d'appareil et les données de PIN, secrets et données clients masqués).</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="392" />
            <source>There is no journal at {path} (set STOREAPP_DATA_DIR if it is elsewhere).</source>
            <translation>Il n'y a pas de journal à {path} (définissez STOREAPP_DATA_DIR s'il est ailleurs).</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="419" />
            <source>{n} entry</source>
            <translation>{n} entrée</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="419" />
            <source>{n} entries</source>
            <translation>{n} entrées</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="446" />
            <source>Someone or something changed the journal outside storeapp. Keep the file as it is, export a support bundle (storeapp support-bundle FILE) and tell IT.</source>
            <translation>Quelqu'un ou quelque chose a modifié le journal en dehors de storeapp. Gardez le fichier tel quel, exportez un dossier d'assistance (storeapp support-bundle FILE) et prévenez l'informatique.</translation>
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
            <translation>{hours} h {minutes} min</translation>
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
            <translation>- {kind} sur {aggregate} (op {uuid}), par {actor}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="421" />
            <source>Audit chain intact: {entries}, keyed and each linked to the one before; every op matches what the chain recorded.</source>
            <translation>Chaîne d'audit intacte : {entries}, chacune signée et liée à la précédente ; chaque op correspond à ce que la chaîne a enregistré.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="429" />
            <source>{n} entry before it is intact</source>
            <translation>{n} entrée avant elle est intacte</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="429" />
            <source>{n} entries before it are intact</source>
            <translation>{n} entrées avant elle sont intactes</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="430" />
            <source>Audit chain BROKEN at entry {seq}: {problem}. {intact}.</source>
            <translation>Chaîne d'audit ROMPUE à l'entrée {seq} : {problem}. {intact}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="438" />
            <source>Audit chain intact ({entries}), but {problem}:</source>
            <translation>Chaîne d'audit intacte ({entries}), mais {problem} :</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="508" />
            <source>There is no journal at {path}: nobody is enrolled on this PC.</source>
            <translation>Il n'y a pas de journal à {path} : personne n'est inscrit sur ce PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="362" />
            <source>{n} file</source>
            <translation>{n} fichier</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="362" />
            <source>{n} files</source>
            <translation>{n} fichiers</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="467" />
            <source>The keyring did not take the new key ({error}); nothing was changed.</source>
            <translation>Le coffre à mots de passe n'a pas accepté la nouvelle clé ({error}) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="476" />
            <source>New audit integrity key {key} in use; older entries still verify.</source>
            <translation>Nouvelle clé d'intégrité d'audit {key} en service ; les entrées plus anciennes se vérifient toujours.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="150" />
            <source>{ops} written to {file}.</source>
            <translation>{ops} écrite(s) dans {file}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="175" />
            <source>The journal {path} is damaged ({problem}).</source>
            <translation>Le journal {path} est endommagé ({problem}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="177" />
            <source>Export what can be read: storeapp outbox export FILE — then contact IT.</source>
            <translation>Exportez ce qui peut être lu : storeapp outbox export FICHIER — puis contactez l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="187" />
            <source>oldest op waiting for Odoo: {age}</source>
            <translation>plus ancienne op en attente d'Odoo : {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="202" />
            <source>now</source>
            <translation>maintenant</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="297" />
            <source>machine file: {path} (found)</source>
            <translation>fichier machine : {path} (trouvé)</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="299" />
            <source>machine file: {path} (absent)</source>
            <translation>fichier machine : {path} (absent)</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="351" />
            <location filename="../../storeapp/cli.py" line="146" />
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="521" />
            <source>Nobody can sign in on this PC yet: IT enrolls the first manager in the app.</source>
            <translation>Personne ne peut encore se connecter sur ce PC : l'informatique inscrit le premier responsable dans l'application.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="154" />
            <source>Ops {low} to {high} could not be read: the journal is damaged there.</source>
            <translation>Les ops {low} à {high} n'ont pas pu être lues : le journal est endommagé à cet endroit.</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="164" />
            <source>The journal could not be read completely: {problem}</source>
            <translation>Le journal n'a pas pu être lu entièrement : {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="206" />
            <source>- {kind} on {aggregate}: {error} (attempt {attempt}, next {due})</source>
            <translation>- {kind} sur {aggregate} : {error} (tentative {attempt}, prochaine {due})</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="293" />
            <location filename="../../storeapp/cli.py" line="568" />
            <location filename="../../storeapp/offline/policy_cli.py" line="174" />
            <source>The configuration is invalid:
{problem}</source>
            <translation>La configuration n'est pas valide :
{problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="190" />
            <source>Parked (a manager must retry or cancel these):</source>
            <translation>Mises en attente (un responsable doit les renvoyer ou les annuler) :</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="193" />
            <source>what happened: {text}</source>
            <translation>ce qui s'est passé : {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="194" />
            <source>what to do:    {text}</source>
            <translation>que faire :     {text}</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="197" />
            <source>Waiting to retry:</source>
            <translation>En attente d'un nouvel essai :</translation>
        </message>
        <message>
            <location filename="../../storeapp/cli.py" line="220" />
            <source>... and {n} more {state} ops (--limit).</source>
            <translation>... et {n} op(s) {state} de plus (--limit).</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="36" />
            <source>got {value}</source>
            <translation>reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="102" />
            <source>expected one of {choices}, {got}</source>
            <translation>attendu : l'un de {choices}, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="42" />
            <source>expected text in quotes, {got}</source>
            <translation>texte entre guillemets attendu, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="54" />
            <location filename="../../storeapp/config/kinds.py" line="69" />
            <source>expected an integer, {got}</source>
            <translation>nombre entier attendu, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="57" />
            <source>must be at least {minimum}, got {value}</source>
            <translation>doit valoir au moins {minimum}, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="61" />
            <source>must be at most {maximum}, got {value}</source>
            <translation>doit valoir au plus {maximum}, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="80" />
            <location filename="../../storeapp/config/kinds.py" line="87" />
            <source>expected true or false, {got}</source>
            <translation>true ou false attendu, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="117" />
            <source>expected a list of texts like ["a", "b"], {got}</source>
            <translation>liste de textes attendue, comme ["a", "b"], {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="132" />
            <source>expected a file path in quotes, {got}</source>
            <translation>chemin de fichier entre guillemets attendu, {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="137" />
            <source>no such file: {path}</source>
            <translation>fichier introuvable : {path}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="149" />
            <source>expected a time zone name like "Europe/Paris", {got}</source>
            <translation>nom de fuseau horaire attendu, comme "Europe/Paris", {got}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/kinds.py" line="157" />
            <source>unknown time zone {name} (use a name like "Europe/Paris")</source>
            <translation>fuseau horaire inconnu {name} (utilisez un nom comme "Europe/Paris")</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="43" />
            <source>not saved as UTF-8 text; save it again as UTF-8 (in Notepad: Save As, Encoding UTF-8; in PowerShell: -Encoding utf8)</source>
            <translation>pas enregistré en texte UTF-8 ; enregistrez-le à nouveau en UTF-8 (dans le Bloc-notes : Enregistrer sous, Codage UTF-8 ; dans PowerShell : -Encoding utf8)</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="27" />
            <source>environment variable {name}</source>
            <translation>variable d'environnement {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="40" />
            <source>unknown option</source>
            <translation>option inconnue</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="32" />
            <source>secrets do not belong in the configuration file; remove it and enter the credential in storeapp's setup dialog (it is kept in the OS keyring)</source>
            <translation>les secrets n'ont pas leur place dans le fichier de configuration ; retirez-le et saisissez l'identifiant dans la configuration de storeapp (il est gardé dans le coffre à mots de passe du système)</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="39" />
            <source>unknown option (did you mean {key}?)</source>
            <translation>option inconnue (vouliez-vous dire {key} ?)</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="112" />
            <source>{url} is http://, so the device key would travel unencrypted; use the https:// address, or for a test server on a local network set odoo.allow_http = true</source>
            <translation>{url} est en http://, la clé de l'appareil circulerait donc sans chiffrement ; utilisez l'adresse https://, ou pour un serveur de test sur un réseau local mettez odoo.allow_http = true</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="55" />
            <location filename="../../storeapp/core/policy/document.py" line="139" />
            <source>not valid TOML: {error}</source>
            <translation>TOML non valide : {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="63" />
            <source>cannot be read: {why}</source>
            <translation>illisible : {why}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="72" />
            <source>unknown section (known: {known})</source>
            <translation>section inconnue (connues : {known})</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="77" />
            <source>expected a [section] table</source>
            <translation>une table [section] est attendue</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/loading.py" line="143" />
            <source>no such file; fix the variable or create the file</source>
            <translation>fichier introuvable ; corrigez la variable ou créez le fichier</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/problems.py" line="37" />
            <source>{where}: {problem}</source>
            <translation>{where} : {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/problems.py" line="23" />
            <source>{where}: [{section}] {key}: {problem}</source>
            <translation>{where} : [{section}] {key} : {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/config/problems.py" line="31" />
            <source>{where}: [{section}]: {problem}</source>
            <translation>{where} : [{section}] : {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/cc_carriers.py" line="85" />
            <source>delivery type {type}</source>
            <translation>type de livraison {type}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/cc_carriers.py" line="89" />
            <source>name has '{word}'</source>
            <translation>le nom contient « {word} »</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/cc_carriers.py" line="102" />
            <source>named in store.click_collect_carriers</source>
            <translation>cité dans store.click_collect_carriers</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Mon</source>
            <translation>lun.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Tue</source>
            <translation>mar.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Wed</source>
            <translation>mer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Thu</source>
            <translation>jeu.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Fri</source>
            <translation>ven.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Sat</source>
            <translation>sam.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="132" />
            <source>Sun</source>
            <translation>dim.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="290" />
            <source>The customer's name matches the order</source>
            <translation>Le nom du client correspond à la commande</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="290" />
            <source>The order number or pickup code matches</source>
            <translation>Le numéro de commande ou le code de retrait correspond</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="290" />
            <source>The customer showed a photo ID</source>
            <translation>Le client a montré une pièce d'identité avec photo</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="290" />
            <source>The customer gave the pickup code from their e-mail</source>
            <translation>Le client a donné le code de retrait reçu par e-mail</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="143" />
            <source>{weekday} {date}</source>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="341" />
            <source>{items} on {lines}</source>
            <translation>{items} sur {lines}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="346" />
            <source>Ready {when} · picked by {who}</source>
            <translation>Prête le {when} · préparée par {who}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="171" />
            <location filename="../../storeapp/sync/handlers/base.py" line="130" />
            <location filename="../../storeapp/sync/handlers/counts.py" line="76" />
            <location filename="../../storeapp/sync/handlers/counts.py" line="97" />
            <source>an unknown time</source>
            <translation>une heure inconnue</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="353" />
            <source>Promised {when}</source>
            <translation>Promise pour le {when}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="355" />
            <source>Missing: {items}</source>
            <translation>Manque : {items}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="175" />
            <location filename="../../storeapp/sync/handlers/picking.py" line="55" />
            <source>Order {order} was cancelled in Odoo at {time}.</source>
            <translation>La commande {order} a été annulée dans Odoo à {time}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="178" />
            <source>Put the items back on the shelf, then mark the order as put back.</source>
            <translation>Remettez les articles en rayon, puis marquez la commande comme remise en rayon.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="204" />
            <source>Ready with missing items: {items}.</source>
            <translation>Prête avec des articles manquants : {items}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="205" />
            <source>Tell the customer what is missing before handing over.</source>
            <translation>Dites au client ce qui manque avant de lui remettre la commande.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="343" />
            <location filename="../../storeapp/offline/click_collect_cli.py" line="80" />
            <source>{n} item</source>
            <translation>{n} article</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="343" />
            <location filename="../../storeapp/offline/click_collect_cli.py" line="80" />
            <source>{n} items</source>
            <translation>{n} articles</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="344" />
            <source>{n} line</source>
            <translation>{n} ligne</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="344" />
            <source>{n} lines</source>
            <translation>{n} lignes</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="196" />
            <source>Not collected after {days}.</source>
            <translation>Non retirée après {days}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/click_collect.py" line="197" />
            <source>Call the customer, or return the items to stock.</source>
            <translation>Appelez le client, ou remettez les articles en stock.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="34" />
            <source>the product is archived in Odoo</source>
            <translation>le produit est archivé dans Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="207" />
            <source>{seen}: {outcome}</source>
            <translation>{seen} : {outcome}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="226" />
            <source>adjusting {change} from {current} to {target}</source>
            <translation>ajustement de {change}, de {current} à {target}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="190" />
            <source>counted {counted} at {time}, system showed {snapshot}</source>
            <translation>compté {counted} à {time}, le système indiquait {snapshot}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="197" />
            <source>counted {counted}, system showed {snapshot}</source>
            <translation>compté {counted}, le système indiquait {snapshot}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="204" />
            <source>{seen}, {n} sold since</source>
            <translation>{seen}, {n} vendus depuis</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="214" />
            <source>no adjustment, stays at {qty}</source>
            <translation>pas d'ajustement, reste à {qty}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="218" />
            <source>adjusting {change} from {current} to {target} (the count's {difference} would have gone below 0, so the quantity is set to 0)</source>
            <translation>ajustement de {change}, de {current} à {target} (l'écart compté de {difference} serait passé sous 0 : la quantité est mise à 0)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="206" />
            <source>{seen}, {n} received since</source>
            <translation>{seen}, {n} reçus depuis</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="89" />
            <source>difference {qty} is above {limit} units</source>
            <translation>écart de {qty} au-delà de {limit} unités</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="97" />
            <source>the system expected none here</source>
            <translation>le système n'en attendait aucun ici</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="111" />
            <source>difference worth {value} is above {limit}</source>
            <translation>écart d'une valeur de {value}, au-delà de {limit}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/count_review.py" line="101" />
            <source>difference {percent}% is above {limit}%</source>
            <translation>écart de {percent} % au-delà de {limit} %</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="49" />
            <source>cost unknown (not read from Odoo yet): approval needed</source>
            <translation>coût inconnu (pas encore lu dans Odoo) : approbation nécessaire</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="281" />
            <source>{name} was counting this line: your count starts over as a recount of your own ({qty} so far). Count the whole line.</source>
            <translation>{name} comptait cette ligne : votre comptage repart comme un recomptage à vous ({qty} jusqu'ici). Comptez toute la ligne.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="440" />
            <source>{names} already counted this line; a recount by someone else catches more mistakes.</source>
            <translation>{names} a déjà compté cette ligne ; un recomptage par quelqu'un d'autre détecte plus d'erreurs.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="161" />
            <source>The count of {location} was already submitted.</source>
            <translation>L'inventaire de {location} a déjà été envoyé.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="162" />
            <source>Start a new count of this location to count it again.</source>
            <translation>Lancez un nouvel inventaire de cet emplacement pour le recompter.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="187" />
            <source>{product} is tracked by lot: each lot is counted separately.</source>
            <translation>{product} est suivi par lot : chaque lot se compte à part.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="191" />
            <source>Scan the lot on the item (or its GS1 label), or type it.</source>
            <translation>Scannez le lot sur l'article (ou son étiquette GS1), ou saisissez-le.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="237" />
            <source>A counted quantity cannot be below 0.</source>
            <translation>Une quantité comptée ne peut pas être inférieure à 0.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="238" />
            <location filename="../../storeapp/core/quantities.py" line="224" />
            <source>Type 0 or more.</source>
            <translation>Saisissez 0 ou plus.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="250" />
            <source>Serial {serial} is already counted.</source>
            <translation>Le numéro de série {serial} est déjà compté.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="251" />
            <location filename="../../storeapp/core/picking.py" line="276" />
            <source>Scan the serial number of another unit.</source>
            <translation>Scannez le numéro de série d'une autre unité.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="258" />
            <source>Serial {serial} is a single unit: it is counted as 1 (or 0 if missing).</source>
            <translation>Le numéro de série {serial} est une seule unité : il compte pour 1 (ou 0 s'il manque).</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="262" />
            <source>Type 1 or 0.</source>
            <translation>Saisissez 1 ou 0.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="404" />
            <source>{line}: recount needed ({why})</source>
            <translation>{line} : recomptage nécessaire ({why})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="430" />
            <source>That line is not in this count.</source>
            <translation>Cette ligne ne fait pas partie de cet inventaire.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="431" />
            <location filename="../../storeapp/core/picking.py" line="504" />
            <source>Reload it.</source>
            <translation>Rechargez-la.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="468" />
            <source>Some lines must be counted again before the count can be submitted: {lines}</source>
            <translation>Certaines lignes doivent être recomptées avant d'envoyer l'inventaire : {lines}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="472" />
            <source>Recount those lines, ideally by another associate.</source>
            <translation>Recomptez ces lignes, idéalement par un autre collaborateur.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="477" />
            <source>Nothing was counted at {location}.</source>
            <translation>Rien n'a été compté à {location}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="478" />
            <source>Scan the products on the shelf, or type 0 for an empty one.</source>
            <translation>Scannez les produits du rayon, ou saisissez 0 pour un rayon vide.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="178" />
            <source>{product} is tracked by serial number: each serial number is counted separately.</source>
            <translation>{product} est suivi par numéro de série : chaque numéro se compte à part.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="183" />
            <source>Scan the serial number on the item (or its GS1 label), or type it.</source>
            <translation>Scannez le numéro de série sur l'article (ou son étiquette GS1), ou saisissez-le.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="408" />
            <source>{line}: still off after recount ({why})</source>
            <translation>{line} : toujours un écart après recomptage ({why})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="414" />
            <source>{line}: within tolerance</source>
            <translation>{line} : dans la tolérance</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="490" />
            <source>lot {lot} is new to Odoo and will be created</source>
            <translation>le lot {lot} est inconnu d'Odoo et sera créé</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="502" />
            <source>no auto-approve limit applies</source>
            <translation>aucune limite d'approbation automatique ne s'applique</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="506" />
            <source>difference {qty} is above the auto-approve limit of {limit}</source>
            <translation>écart de {qty} au-delà de la limite d'approbation automatique de {limit}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/counting.py" line="514" />
            <source>value {value} is above the auto-approve limit of {limit}</source>
            <translation>valeur de {value} au-delà de la limite d'approbation automatique de {limit}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/identity.py" line="72" />
            <source>A PIN is made of digits only.</source>
            <translation>Un PIN ne contient que des chiffres.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/identity.py" line="78" />
            <source>A PIN has {low} to {high} digits.</source>
            <translation>Un PIN a de {low} à {high} chiffres.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/identity.py" line="80" />
            <source>A PIN of one repeated digit is too easy to guess.</source>
            <translation>Un PIN fait d'un seul chiffre répété est trop facile à deviner.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/identity.py" line="75" />
            <source>A manager's PIN has {low} to {high} digits.</source>
            <translation>Le PIN d'un responsable a de {low} à {high} chiffres.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="41" />
            <source>Not found on the shelf</source>
            <translation>Introuvable en rayon</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="42" />
            <location filename="../../storeapp/core/policy/model.py" line="23" />
            <source>Damaged</source>
            <translation>Abîmé</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="43" />
            <source>Not enough in stock</source>
            <translation>Stock insuffisant</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="44" />
            <source>Expired or past sell-by date</source>
            <translation>Périmé ou date limite dépassée</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="45" />
            <source>Wrong item on the shelf</source>
            <translation>Mauvais article en rayon</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pick_lines.py" line="46" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="91" />
            <source>Serial {lot} of {product} is not in stock at {where} (as of the last update from Odoo).</source>
            <translation>Le numéro de série {lot} de {product} n'est pas en stock à {where} (selon la dernière mise à jour depuis Odoo).</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="96" />
            <source>Check the serial on the item and pick a unit from this store's shelves; if this one really is here, ask a manager to correct the stock in Odoo.</source>
            <translation>Vérifiez le numéro de série sur l'article et prenez une unité dans les rayons du magasin ; si celle-ci est bien ici, demandez à un responsable de corriger le stock dans Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="101" />
            <source>Lot {lot} of {product} is not in stock at {where} (as of the last update from Odoo).</source>
            <translation>Le lot {lot} de {product} n'est pas en stock à {where} (selon la dernière mise à jour depuis Odoo).</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="105" />
            <source>Check the lot on the item and pick a unit from this store's shelves; if this one really is here, ask a manager to correct the stock in Odoo.</source>
            <translation>Vérifiez le lot sur l'article et prenez une unité dans les rayons du magasin ; si celle-ci est bien ici, demandez à un responsable de corriger le stock dans Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="534" />
            <source>{product}: {missing} short ({reason}); the rest will be kept on a backorder.</source>
            <translation>{product} : {missing} manquant(s) ({reason}) ; le reste sera gardé en reliquat.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="534" />
            <source>{product}: {missing} short ({reason}); the rest will be cancelled.</source>
            <translation>{product} : {missing} manquant(s) ({reason}) ; le reste sera annulé.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="161" />
            <source>{qty} × {product} ({reason})</source>
            <translation>{qty} × {product} ({reason})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="183" />
            <source>{name} has been picking this order for {age} (last scan {idle} ago). Nothing has happened for a while: you can take it over.</source>
            <translation>{name} prépare cette commande depuis {age} (dernier scan il y a {idle}). Rien ne s'est passé depuis un moment : vous pouvez la reprendre.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="189" />
            <source>{name} has been picking this order for {age} (last scan {idle} ago). Check with {name} before you take it over.</source>
            <translation>{name} prépare cette commande depuis {age} (dernier scan il y a {idle}). Voyez avec {name} avant de la reprendre.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="219" />
            <source>{order} is already marked ready.</source>
            <translation>{order} est déjà marquée prête.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="220" />
            <source>Reopen the order to change what was picked.</source>
            <translation>Rouvrez la commande pour modifier ce qui a été préparé.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="251" />
            <source>{product} is tracked by lot: the lot is needed.</source>
            <translation>{product} est suivi par lot : le lot est nécessaire.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="252" />
            <source>Scan the lot barcode on the item (or its GS1 label), or type the lot.</source>
            <translation>Scannez le code-barres du lot sur l'article (ou son étiquette GS1), ou saisissez le lot.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="258" />
            <source>Serial number {lot} of {product} is not in this store's data.</source>
            <translation>Le numéro de série {lot} de {product} n'est pas dans les données du magasin.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="261" />
            <source>Check the serial number on the item; if it is right, wait for the next update from Odoo or ask a manager.</source>
            <translation>Vérifiez le numéro de série sur l'article ; s'il est juste, attendez la prochaine mise à jour depuis Odoo ou demandez à un responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="266" />
            <source>Lot {lot} of {product} is not in this store's data.</source>
            <translation>Le lot {lot} de {product} n'est pas dans les données du magasin.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="267" />
            <source>Check the lot on the item; if it is right, wait for the next update from Odoo or ask a manager.</source>
            <translation>Vérifiez le lot sur l'article ; s'il est juste, attendez la prochaine mise à jour depuis Odoo ou demandez à un responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="275" />
            <source>Serial {lot} already picked on this order.</source>
            <translation>Le numéro de série {lot} est déjà préparé sur cette commande.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="332" />
            <source>{product} is not on this order.</source>
            <translation>{product} ne fait pas partie de cette commande.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="333" />
            <source>Put it back and check the product name and bin on the list.</source>
            <translation>Remettez-le en place et vérifiez le nom du produit et l'emplacement sur la liste.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="345" />
            <source>{product}: {problem}</source>
            <translation>{product} : {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="346" />
            <source>Scan the item's own barcode, or type the quantity.</source>
            <translation>Scannez le code-barres de l'article lui-même, ou saisissez la quantité.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="352" />
            <source>{product} is tracked by serial number: one scan is one unit, but this barcode counts {qty}.</source>
            <translation>{product} est suivi par numéro de série : un scan vaut une unité, mais ce code-barres en compte {qty}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="358" />
            <source>Scan the serial number of each unit.</source>
            <translation>Scannez le numéro de série de chaque unité.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="368" />
            <source>{product}: already {picked} of {demand} picked.</source>
            <translation>{product} : déjà {picked} sur {demand} préparés.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="394" />
            <source>Put the extra back. If a pack was scanned, scan the single items instead.</source>
            <translation>Remettez le surplus en place. Si un lot groupé a été scanné, scannez plutôt les articles un par un.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="460" />
            <source>{product}: the order asks for {demand}, {total} would be too many.</source>
            <translation>{product} : la commande en demande {demand}, {total} serait trop.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="466" />
            <source>Enter at most {qty}.</source>
            <translation>Saisissez au plus {qty}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="503" />
            <source>That line is not on this order.</source>
            <translation>Cette ligne ne fait pas partie de cette commande.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="510" />
            <source>“{code}” is not one of the store's short-pick reasons.</source>
            <translation>« {code} » n'est pas un des motifs de manquant du magasin.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="511" />
            <source>Choose one of: {reasons}.</source>
            <translation>Choisissez parmi : {reasons}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="520" />
            <source>The reason “{reason}” needs a short note.</source>
            <translation>Le motif « {reason} » demande une courte note.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="521" />
            <source>Say in a few words why the item cannot be picked.</source>
            <translation>Dites en quelques mots pourquoi l'article ne peut pas être préparé.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="527" />
            <source>{product} is fully picked; nothing is missing.</source>
            <translation>{product} est entièrement préparé ; rien ne manque.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="528" />
            <source>Undo a scan first if too many were picked.</source>
            <translation>Annulez d'abord un scan si trop d'articles ont été préparés.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="569" />
            <source>There is nothing to undo.</source>
            <translation>Il n'y a rien à annuler.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="570" />
            <source>Carry on picking.</source>
            <translation>Continuez la préparation.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="239" />
            <source>{product} is tracked by serial number: the serial number is needed.</source>
            <translation>{product} est suivi par numéro de série : le numéro de série est nécessaire.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="243" />
            <source>Scan the serial number barcode on the item (or its GS1 label), or type the serial number.</source>
            <translation>Scannez le code-barres du numéro de série sur l'article (ou son étiquette GS1), ou saisissez le numéro de série.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="323" />
            <source>{product} is not on this order: it belongs to {order}.</source>
            <translation>{product} ne fait pas partie de cette commande : il appartient à {order}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="328" />
            <source>Put it aside for {order}, or back on the shelf.</source>
            <translation>Mettez-le de côté pour {order}, ou remettez-le en rayon.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="381" />
            <source>{product}: this scan counts {qty} but only {more} more is needed.</source>
            <translation>{product} : ce scan en compte {qty} mais il n'en faut plus que {more}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="386" />
            <source>{product}: this scan counts {qty} but only {more} more are needed.</source>
            <translation>{product} : ce scan en compte {qty} mais il n'en faut plus que {more}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="442" />
            <source>A serial number is a single unit of {product}.</source>
            <translation>Un numéro de série correspond à une seule unité de {product}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="445" />
            <source>Enter each serial number with quantity 1.</source>
            <translation>Saisissez chaque numéro de série avec la quantité 1.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="433" />
            <source>A lot is needed.</source>
            <translation>Un lot est nécessaire.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/picking.py" line="434" />
            <source>Type the lot.</source>
            <translation>Saisissez le lot.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/pin_keys.py" line="31" />
            <source>A PIN is digits only. Type it with the number keys or the keypad on screen.</source>
            <translation>Un PIN ne contient que des chiffres. Tapez-le avec les touches numériques ou le clavier à l'écran.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="33" />
            <source>Returns policy {version} (schema {schema}), days counted in {timezone}.</source>
            <translation>Politique de retour {version} (schéma {schema}), jours comptés dans le fuseau {timezone}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="87" />
            <source>serial/lot not sold: {mismatch}; not verifiable: {unknown}</source>
            <translation>numéro de série/lot non vendu : {mismatch} ; invérifiable : {unknown}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="20" />
            <source>channel {channel}</source>
            <translation>canal {channel}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="43" />
            <source>all sales</source>
            <translation>toutes les ventes</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="67" />
            <source>final sale: {categories}: {level}</source>
            <translation>vente finale : {categories} : {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="76" />
            <source>no receipt: {level}; above {amount}: {above_level}</source>
            <translation>sans ticket : {level} ; au-delà de {amount} : {above_level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="84" />
            <location filename="../../storeapp/core/policy/describe.py" line="137" />
            <source>no receipt: {level}</source>
            <translation>sans ticket : {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="94" />
            <source>line value</source>
            <translation>valeur d'une ligne</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="94" />
            <source>total value</source>
            <translation>valeur totale</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="96" />
            <source>{scope} above {amount}: {level}</source>
            <translation>{scope} au-delà de {amount} : {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="106" />
            <source>{returns} or more returns in {days} days: {level}</source>
            <translation>{returns} retours ou plus en {days} jours : {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="115" />
            <source>condition {condition} ({where}): to {destination}, {level}</source>
            <translation>état {condition} ({where}) : vers {destination}, {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="125" />
            <source>offline: {rules}</source>
            <translation>hors ligne : {rules}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="128" />
            <source>reasons: {reasons}</source>
            <translation>motifs : {reasons}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="140" />
            <source>line above {amount}: {level}</source>
            <translation>ligne au-delà de {amount} : {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="148" />
            <source>total above {amount}: {level}</source>
            <translation>total au-delà de {amount} : {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="156" />
            <source>returns elsewhere unknown: {level}</source>
            <translation>retours ailleurs inconnus : {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="46" />
            <source>window: {where}: {days} days, then {grace} more at {grace_level}, then {level}</source>
            <translation>fenêtre : {where} : {days} jours, puis {grace} de plus en {grace_level}, puis {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="58" />
            <source>window: {where}: {days} days, then {level}</source>
            <translation>fenêtre : {where} : {days} jours, puis {level}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/describe.py" line="118" />
            <source>all products</source>
            <translation>tous les produits</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="164" />
            <source>{error}. The new document was refused and {kept}. Fix the file and load it again.</source>
            <translation>{error}. Le nouveau document a été refusé et {kept}. Corrigez le fichier et chargez-le à nouveau.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="99" />
            <location filename="../../storeapp/core/policy/reader.py" line="109" />
            <location filename="../../storeapp/core/policy/reader.py" line="69" />
            <location filename="../../storeapp/core/policy/reader.py" line="132" />
            <source>is missing</source>
            <translation>manque</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="156" />
            <source>Returns policy {version} is now in force.</source>
            <translation>La politique de retour {version} est maintenant en vigueur.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="160" />
            <source>policy {version} stays in force</source>
            <translation>la politique {version} reste en vigueur</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="162" />
            <source>no returns policy is in force, so returns cannot be checked</source>
            <translation>aucune politique de retour n'est en vigueur : les retours ne peuvent pas être vérifiés</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="84" />
            <source>this app reads schema version {version}, the document says {value}</source>
            <translation>cette application lit la version de schéma {version}, le document indique {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/document.py" line="87" />
            <location filename="../../storeapp/sync/cli.py" line="249" />
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="43" />
            <source>stock</source>
            <translation>stock</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="43" />
            <source>quarantine</source>
            <translation>quarantaine</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="43" />
            <source>scrap</source>
            <translation>rebut</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="104" />
            <source>window is {days}</source>
            <translation>délai de {days}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="140" />
            <source>sold {sold}</source>
            <translation>vendus : {sold}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="192" />
            <source>serial</source>
            <translation>n° de série</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="192" />
            <source>lot</source>
            <translation>lot</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="100" />
            <source>bought today</source>
            <translation>acheté aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="102" />
            <source>bought {days} ago</source>
            <translation>acheté il y a {days}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="142" />
            <source>sold {sold}, handed over {delivered}</source>
            <translation>vendus : {sold}, remis : {delivered}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="148" />
            <source>{detail}, already returned {returned}</source>
            <translation>{detail}, déjà retournés : {returned}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="308" />
            <source>{condition}: goes to {destination}</source>
            <translation>{condition} : destination {destination}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="379" />
            <source>no receipt: the purchase date, price and quantity cannot be checked</source>
            <translation>sans ticket : la date d'achat, le prix et la quantité ne peuvent pas être vérifiés</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="522" />
            <source>nothing to return: add at least one line</source>
            <translation>rien à retourner : ajoutez au moins une ligne</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="109" />
            <location filename="../../storeapp/core/policy/engine.py" line="130" />
            <source>{bought}; {window}</source>
            <translation>{bought} ; {window}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="157" />
            <source> (all lines together)</source>
            <translation> (toutes lignes confondues)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="162" />
            <source>returning {asked}{together} but only {returnable} can still be returned on {order_name} ({detail})</source>
            <translation>retour de {asked}{together}, mais seulement {returnable} peuvent encore être retournés sur {order_name} ({detail})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="177" />
            <source>{returnable} can still be returned ({detail})</source>
            <translation>{returnable} peuvent encore être retournés ({detail})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="230" />
            <source>the {word}s sold on {order_name} are not known here, so {join} cannot be checked</source>
            <translation>ce qui a été vendu sur {order_name} ({word}) n'est pas connu ici : impossible de vérifier {join}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="245" />
            <source>{word} {join} was not sold on {order_name}</source>
            <translation>{word} {join} n'a pas été vendu sur {order_name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="258" />
            <source>{word} {join} matches the sale</source>
            <translation>{word} {join} correspond à la vente</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="280" />
            <source>reason {reason_code} is not one of the policy's reasons ({join})</source>
            <translation>le motif {reason_code} ne fait pas partie des motifs de la politique ({join})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="296" />
            <source>condition {condition} is not in the policy (known: {known})</source>
            <translation>l'état {condition} ne figure pas dans la politique (connus : {known})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="337" />
            <source>offline: line value {value} is above the offline limit of {line_value_above}</source>
            <translation>hors ligne : la valeur de ligne {value} dépasse la limite hors ligne de {line_value_above}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="366" />
            <source>offline: return total {total} is above the offline limit of {total_value_above}</source>
            <translation>hors ligne : le total du retour {total} dépasse la limite hors ligne de {total_value_above}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="386" />
            <source>no receipt: total {total} is above the no-receipt limit of {no_receipt_max_value}</source>
            <translation>sans ticket : le total {total} dépasse la limite sans ticket de {no_receipt_max_value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="398" />
            <source>offline: returns without a receipt are restricted until the connection is back</source>
            <translation>hors ligne : les retours sans ticket sont limités jusqu'au retour de la connexion</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="414" />
            <source>this customer made {count} in the last {days} (limit {returns})</source>
            <translation>ce client a fait {count} sur les {days} écoulés (limite {returns})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="426" />
            <source>{count} by this customer in the last {days}</source>
            <translation>{count} de ce client sur les {days} écoulés</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="440" />
            <source>offline: returns of this sale made at other stores since the last update are not known here</source>
            <translation>hors ligne : les retours de cette vente faits dans d'autres magasins depuis la dernière mise à jour ne sont pas connus ici</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="477" />
            <source>the quantity must be more than 0</source>
            <translation>la quantité doit être supérieure à 0</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="117" />
            <source>{bought}; {window}, plus {grace_days} of grace</source>
            <translation>{bought} ; {window}, plus {grace_days} de tolérance</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="199" />
            <source>the same serial was scanned twice</source>
            <translation>le même numéro de série a été scanné deux fois</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="208" />
            <source>{quantity} serial-tracked items need {quantity} serial numbers, {scanned} scanned</source>
            <translation>{quantity} articles suivis par numéro de série demandent {quantity} numéros de série, {scanned} scannés</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="221" />
            <source>the lot was not scanned</source>
            <translation>le lot n'a pas été scanné</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="269" />
            <source>{category} is a final-sale category</source>
            <translation>{category} est une catégorie vendue sans reprise</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="324" />
            <source>line value {value} is above {above}</source>
            <translation>la valeur de ligne {value} dépasse {above}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="354" />
            <source>return total {total} is above {above}</source>
            <translation>le total du retour {total} dépasse {above}</translation>
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
            <translation>{n} retour antérieur</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="428" />
            <source>{n} earlier returns</source>
            <translation>{n} retours antérieurs</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="484" />
            <source>this item is not on {order_name}</source>
            <translation>cet article ne figure pas sur {order_name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/engine.py" line="492" />
            <source>the scanned product is not the one sold on that line of {order_name}</source>
            <translation>le produit scanné n'est pas celui vendu sur cette ligne de {order_name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/model.py" line="23" />
            <source>Resellable</source>
            <translation>Revendable</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/model.py" line="23" />
            <source>Opened</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/model.py" line="23" />
            <source>Defective</source>
            <translation>Défectueux</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/names.py" line="39" />
            <source>category "{name}" ({where}) is not in Odoo; closest in Odoo: {closest}</source>
            <translation>la catégorie "{name}" ({where}) n'est pas dans Odoo ; les plus proches dans Odoo : {closest}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/names.py" line="39" />
            <source>location "{name}" ({where}) is not in Odoo; closest in Odoo: {closest}</source>
            <translation>l'emplacement "{name}" ({where}) n'est pas dans Odoo ; les plus proches dans Odoo : {closest}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/names.py" line="45" />
            <source>category "{name}" ({where}) is not in Odoo; Odoo has no category with a similar name</source>
            <translation>la catégorie "{name}" ({where}) n'est pas dans Odoo ; Odoo n'a aucune catégorie au nom proche</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/names.py" line="45" />
            <source>location "{name}" ({where}) is not in Odoo; Odoo has no location with a similar name</source>
            <translation>l'emplacement "{name}" ({where}) n'est pas dans Odoo ; Odoo n'a aucun emplacement au nom proche</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="45" />
            <source>at least one [[rules.window]] is needed (use channel = "*")</source>
            <translation>au moins une [[rules.window]] est nécessaire (utilisez channel = "*")</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="79" />
            <source>a [[rules.condition]] for "resellable" is needed</source>
            <translation>une [[rules.condition]] pour "resellable" est nécessaire</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="91" />
            <source>at least a [[rules.condition]] for "resellable" is needed</source>
            <translation>au moins une [[rules.condition]] pour "resellable" est nécessaire</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="192" />
            <source>expected a version label such as "2026.11", got {value}</source>
            <translation>un libellé de version comme "2026.11" est attendu, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="49" />
            <source>one [[rules.window]] must apply to every sale (channel = "*", categories = ["*"]) so no return goes unchecked</source>
            <translation>une [[rules.window]] doit s'appliquer à toutes les ventes (channel = "*", categories = ["*"]) pour qu'aucun retour ne passe sans contrôle</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="84" />
            <source>condition "{name}" needs one rule with categories = ["*"] so every product has a destination</source>
            <translation>l'état "{name}" demande une règle avec categories = ["*"] pour que chaque produit ait une destination</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="148" />
            <source>expected "line" or "total", got {value}</source>
            <translation>"line" ou "total" est attendu, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="209" />
            <source>{timezone} is not a known time zone (e.g. Europe/Brussels)</source>
            <translation>{timezone} n'est pas un fuseau horaire connu (p. ex. Europe/Brussels)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/parts.py" line="73" />
            <source>expected stock, quarantine or scrap, got {value}</source>
            <translation>stock, quarantine ou scrap est attendu, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/problems.py" line="54" />
            <source>invalid returns policy: {problems}{more}</source>
            <translation>politique de retour non valide : {problems}{more}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/problems.py" line="25" />
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="184" />
            <source>{path}: {problem}</source>
            <translation>{path} : {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/problems.py" line="46" />
            <source> (and {n} more)</source>
            <translation> (et {n} de plus)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/problems.py" line="48" />
            <source>the returns policy {source} is not valid: {problems}{more}</source>
            <translation>la politique de retour {source} n'est pas valide : {problems}{more}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="26" />
            <source>expected an amount such as 150.00, got {value}</source>
            <translation>un montant comme 150.00 est attendu, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="37" />
            <source>a table</source>
            <translation>une table</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="39" />
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="72" />
            <location filename="../../storeapp/core/policy/reader.py" line="94" />
            <source>expected text, got {value}</source>
            <translation>un texte est attendu, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="118" />
            <source>expected a whole number of 0 or more, got {value}</source>
            <translation>un nombre entier de 0 ou plus est attendu, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="122" />
            <source>expected a positive integer, got {value}</source>
            <translation>un entier positif est attendu, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="145" />
            <source>expected an amount of 0 or more, got {value}</source>
            <translation>un montant de 0 ou plus est attendu, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="183" />
            <source>expected a list of category paths, got {value}</source>
            <translation>une liste de chemins de catégories est attendue, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="193" />
            <source>expected a table, got {value}</source>
            <translation>une table est attendue, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="206" />
            <source>expected [[{table}]] tables, got {value}</source>
            <translation>des tables [[{table}]] sont attendues, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="90" />
            <source>unknown language {code} (known: {known})</source>
            <translation>langue inconnue {code} (connues : {known})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="101" />
            <source>expected text, or one text per language, got an empty table</source>
            <translation>un texte, ou un texte par langue, est attendu, reçu une table vide</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="154" />
            <source>is missing (one of allow, warn, needs_approval, deny)</source>
            <translation>manque (l'un de allow, warn, needs_approval, deny)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="161" />
            <source>expected one of allow, warn, needs_approval, deny, got {value}</source>
            <translation>l'un de allow, warn, needs_approval, deny est attendu, reçu {value}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="172" />
            <source>is missing (a list of category paths)</source>
            <translation>manque (une liste de chemins de catégories)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/reader.py" line="222" />
            <source>unknown key (known here: {known})</source>
            <translation>clé inconnue (connues ici : {known})</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="76" />
            <source>Policy {version} replayed on {cases}, compared with {baseline}.</source>
            <translation>Politique {version} rejouée sur {cases}, comparée avec {baseline}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="98" />
            <source>No return would get a different outcome.</source>
            <translation>Aucun retour n'aurait une autre issue.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="168" />
            <source>policy {version}</source>
            <translation>la politique {version}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="170" />
            <source>the recorded decisions</source>
            <translation>les décisions enregistrées</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="79" />
            <source>{n} past return</source>
            <translation>{n} retour passé</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="79" />
            <source>{n} past returns</source>
            <translation>{n} retours passés</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="102" />
            <source>{ref}: {before} -&gt; {after} (stricter)</source>
            <translation>{ref} : {before} -&gt; {after} (plus strict)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/policy/simulate.py" line="104" />
            <source>{ref}: {before} -&gt; {after} (looser)</source>
            <translation>{ref} : {before} -&gt; {after} (plus souple)</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="253" />
            <source>This product is counted in {unit} to {decimals} at most.</source>
            <translation>Ce produit se compte en {unit}, à {decimals} au plus.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="265" />
            <source>Round to {step} {unit}.</source>
            <translation>Arrondissez à {step} {unit}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="252" />
            <source>This product is counted in {unit}: whole numbers only.</source>
            <translation>Ce produit se compte en {unit} : nombres entiers uniquement.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="264" />
            <source>Type a whole number.</source>
            <translation>Saisissez un nombre entier.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="224" />
            <source>A quantity cannot be negative.</source>
            <translation>Une quantité ne peut pas être négative.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="228" />
            <source>“{text}” is not a quantity.</source>
            <translation>« {text} » n'est pas une quantité.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="236" />
            <source>{text} {unit} cannot be right.</source>
            <translation>{text} {unit} ne peut pas être juste.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="237" />
            <source>Check the number: a barcode may have gone into the quantity.</source>
            <translation>Vérifiez le nombre : un code-barres a peut-être été saisi comme quantité.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="245" />
            <source>{qty} {unit}: is that right?</source>
            <translation>{qty} {unit} : est-ce exact ?</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="256" />
            <source>{n} decimal</source>
            <translation>{n} décimale</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="258" />
            <source>{n} decimals</source>
            <translation>{n} décimales</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="229" />
            <source>Type a number such as 3 or 2.5.</source>
            <translation>Saisissez un nombre comme 3 ou 2,5.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/quantities.py" line="231" />
            <source>Type a number such as 3.</source>
            <translation>Saisissez un nombre comme 3.</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="222" />
            <source>{line}: start with a name for the endpoint, e.g. 'n8n url=…'</source>
            <translation>{line} : commencez par un nom pour le point de terminaison, par ex. 'n8n url=…'</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="235" />
            <source>{name}: url= must be an http(s) address, got {url}</source>
            <translation>{name} : url= doit être une adresse http(s), reçu {url}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="240" />
            <source>{name}: secret= must name where the secret is kept (env:VARIABLE or keyring:ENTRY); the secret itself never goes in the configuration file</source>
            <translation>{name} : secret= doit dire où le secret est gardé (env:VARIABLE ou keyring:ENTRY) ; le secret lui-même ne va jamais dans le fichier de configuration</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="271" />
            <source>endpoint name(s) used twice: {names}</source>
            <translation>nom(s) de point de terminaison utilisé(s) deux fois : {names}</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="229" />
            <source>{name}: {word} is not url=…, secret=… or events=…</source>
            <translation>{name} : {word} n'est pas url=…, secret=… ou events=…</translation>
        </message>
        <message>
            <location filename="../../storeapp/core/webhooks.py" line="254" />
            <source>{name}: unknown event type(s) {unknown}; known: {known}</source>
            <translation>{name} : type(s) d'événement inconnu(s) {unknown} ; connus : {known}</translation>
        </message>
        <message>
            <location filename="../../storeapp/demo.py" line="31" />
            <source>Manager</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/demo.py" line="31" />
            <source>Associate</source>
            <translation>Collaborateur</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="225" />
            <source>a secret this program handled</source>
            <translation>un secret manipulé par ce programme</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="244" />
            <location filename="../../storeapp/diagnostics/bundle.py" line="245" />
            <source>a PIN verifier</source>
            <translation>un vérificateur de PIN</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="252" />
            <source>the device API key</source>
            <translation>la clé d'API de l'appareil</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="257" />
            <source>the journal key</source>
            <translation>la clé du journal</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="258" />
            <source>the PIN pepper</source>
            <translation>le poivre des PIN</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/bundle.py" line="272" />
            <source>The support bundle was not written: {file} contains {what}. Nothing left this PC. Tell IT: a log file holds something it must not.</source>
            <translation>Le dossier d'assistance n'a pas été écrit : {file} contient {what}. Rien n'a quitté ce PC. Prévenez l'informatique : un fichier journal contient ce qu'il ne doit pas.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="371" />
            <source>Windows Credential Manager should always be there: check the user profile.</source>
            <translation>Le Gestionnaire d'identification Windows devrait toujours être là : vérifiez le profil utilisateur.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="371" />
            <source>Unlock the login keychain (Keychain Access), then try again.</source>
            <translation>Déverrouillez le trousseau de session (Trousseaux d'accès), puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="377" />
            <source>install/enable Secret Service (gnome-keyring or KWallet) for this user's desktop session, or ask IT</source>
            <translation>installez ou activez Secret Service (gnome-keyring ou KWallet) pour la session de cet utilisateur, ou demandez à l'informatique</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="166" />
            <source>{gb} GB free on the data folder's disk</source>
            <translation>{gb} Go libres sur le disque du dossier de données</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="493" />
            <source>{problems}, {warnings}.</source>
            <translation>{problems}, {warnings}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="267" />
            <source>outbox: {waiting} waiting for Odoo, {parked} parked, {approval} awaiting approval</source>
            <translation>file d'envoi : {waiting} en attente d'Odoo, {parked} bloquées, {approval} en attente d'approbation</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="153" />
            <source>data folder {path} [{source}], writable, local disk</source>
            <translation>dossier de données {path} [{source}], accessible en écriture, disque local</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="344" />
            <source>{path}: intact, schema {version}</source>
            <translation>{path} : intact, schéma {version}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="362" />
            <source>{count} row(s) from Odoo could not be stored and were set aside: {rows}</source>
            <translation>{count} ligne(s) d'Odoo n'ont pas pu être enregistrées et ont été mises de côté : {rows}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="367" />
            <source>Fix these records in Odoo (the reason says which field); the next sync stores them.</source>
            <translation>Corrigez ces fiches dans Odoo (le motif indique le champ) ; la prochaine synchro les enregistre.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="495" />
            <source>{n} problem</source>
            <translation>{n} problème</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="495" />
            <source>{n} problems</source>
            <translation>{n} problèmes</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="496" />
            <source>{n} warning</source>
            <translation>{n} avertissement</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="496" />
            <source>{n} warnings</source>
            <translation>{n} avertissements</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="95" />
            <source>machine file {path}</source>
            <translation>fichier machine {path}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="100" />
            <source>no machine file at {path}: built-in defaults in use</source>
            <translation>pas de fichier machine à {path} : valeurs par défaut utilisées</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="126" />
            <source>data folder {path} [{source}] will be created at first start</source>
            <translation>le dossier de données {path} [{source}] sera créé au premier démarrage</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="168" />
            <source>Free disk space now: saving work may fail.</source>
            <translation>Libérez de l'espace disque maintenant : l'enregistrement du travail peut échouer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="208" />
            <source>no journal yet: it is created at first start</source>
            <translation>pas encore de journal : il est créé au premier démarrage</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="289" />
            <source>audit chain broken at entry {seq}: {problem}</source>
            <translation>chaîne d'audit rompue à l'entrée {seq} : {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="295" />
            <source>audit chain intact, but {problem} (storeapp audit verify lists them)</source>
            <translation>chaîne d'audit intacte, mais {problem} (storeapp audit verify les liste)</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="318" />
            <source>no local copy of Odoo data yet: first sync fills it</source>
            <translation>pas encore de copie locale des données Odoo : la première synchro la remplit</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="332" />
            <source>{path}: schema {version}, this storeapp uses {current}</source>
            <translation>{path} : schéma {version}, ce storeapp utilise {current}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="338" />
            <source>Nothing to do: it is rebuilt from Odoo at next start (needs a connection).</source>
            <translation>Rien à faire : elle est reconstruite depuis Odoo au prochain démarrage (connexion nécessaire).</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="357" />
            <source>every row received from Odoo was stored</source>
            <translation>chaque ligne reçue d'Odoo a été enregistrée</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="405" />
            <source>no keyring backend: {advice}</source>
            <translation>pas de coffre à mots de passe : {advice}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="406" />
            <source>The Odoo key of this PC can only be kept in a system keyring, never in a file.</source>
            <translation>La clé Odoo de ce PC ne peut être gardée que dans un coffre à mots de passe du système, jamais dans un fichier.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="140" />
            <source>data folder {path} cannot be written ({why})</source>
            <translation>impossible d'écrire dans le dossier de données {path} ({why})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="145" />
            <source>Give this Windows/Linux user write access to the folder, or set STOREAPP_DATA_DIR.</source>
            <translation>Donnez à cet utilisateur Windows/Linux le droit d'écrire dans le dossier, ou définissez STOREAPP_DATA_DIR.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="170" />
            <source>Free some disk space soon.</source>
            <translation>Libérez bientôt de l'espace disque.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="211" />
            <source>{path} is damaged ({problem}); storeapp will open it in safe mode</source>
            <translation>{path} est endommagé ({problem}) ; storeapp l'ouvrira en mode sans échec</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="212" />
            <source>Export the outbox (storeapp outbox export FILE) and contact IT. Do not delete it.</source>
            <translation>Exportez la file d'envoi (storeapp outbox export FICHIER) et contactez l'informatique. Ne le supprimez pas.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="225" />
            <source>{path} cannot be read: {error}</source>
            <translation>{path} est illisible : {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="226" />
            <source>Contact IT.</source>
            <translation>Contactez l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="236" />
            <source>{path}: intact, schema {rev} (current)</source>
            <translation>{path} : intact, schéma {rev} (actuel)</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="278" />
            <source>A manager should resolve parked ops (Sync &amp; outbox).</source>
            <translation>Un responsable doit traiter les opérations bloquées (Synchro et envois).</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="285" />
            <source>audit chain intact ({n} entries)</source>
            <translation>chaîne d'audit intacte ({n} entrées)</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="304" />
            <source>The journal was changed outside storeapp. Keep the file and contact IT.</source>
            <translation>Le journal a été modifié en dehors de storeapp. Gardez le fichier et contactez l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="321" />
            <source>{path} is damaged ({problem})</source>
            <translation>{path} est endommagé ({problem})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="322" />
            <source>Nothing to do: it is set aside and rebuilt from Odoo at next start.</source>
            <translation>Rien à faire : elle est mise de côté et reconstruite depuis Odoo au prochain démarrage.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="395" />
            <source>keyring cannot start: {error}</source>
            <translation>le coffre à mots de passe ne démarre pas : {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="396" />
            <source>Ask IT.</source>
            <translation>Demandez à l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="412" />
            <source>keyring backend {name} keeps secrets in a plain file</source>
            <translation>le coffre à mots de passe {name} garde les secrets dans un simple fichier</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="413" />
            <source>Remove keyrings.alt and {advice}.</source>
            <translation>Retirez keyrings.alt et {advice}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="416" />
            <source>keyring backend {name}</source>
            <translation>coffre à mots de passe {name}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="90" />
            <source>Correct the configuration (IT), then run storeapp doctor again.</source>
            <translation>Corrigez la configuration (informatique), puis relancez storeapp doctor.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="242" />
            <source>{path}: intact, schema {rev}; it will be upgraded to {head} at next start</source>
            <translation>{path} : intact, schéma {rev} ; il passera à {head} au prochain démarrage</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="248" />
            <source>Nothing to do: a backup copy is made before the upgrade.</source>
            <translation>Rien à faire : une copie de sauvegarde est faite avant la mise à niveau.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="254" />
            <source>{path}: schema {rev} is from a newer storeapp (this one knows {head})</source>
            <translation>{path} : le schéma {rev} vient d'un storeapp plus récent (celui-ci connaît {head})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="260" />
            <source>Install the newer storeapp version again.</source>
            <translation>Réinstallez la version plus récente de storeapp.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="461" />
            <source>the check {name} could not run: {error}</source>
            <translation>la vérification {name} n'a pas pu s'exécuter : {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/doctor.py" line="466" />
            <source>Report this line to IT.</source>
            <translation>Signalez cette ligne à l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="23" />
            <source>IT: storeapp provision --url https://... --db DATABASE --store CODE --login LOGIN (see the IT guide, Provisioning), or Device setup at the app's first start.</source>
            <translation>Informatique : storeapp provision --url https://... --db BASE --store CODE --login IDENTIFIANT (voir le guide informatique, Provisioning), ou Réglages du PC au premier démarrage de l'application.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="117" />
            <source>{url}, database {database}, login {login}</source>
            <translation>{url}, base {database}, identifiant {login}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="170" />
            <source>Correct the file (storeapp policy check {path} lists every problem).</source>
            <translation>Corrigez le fichier (storeapp policy check {path} liste chaque problème).</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="235" />
            <source>a device key for {login} is stored in the keyring</source>
            <translation>une clé d'appareil pour {login} est gardée dans le coffre à mots de passe</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="127" />
            <source>odoo.url {url} is not a web address</source>
            <translation>odoo.url {url} n'est pas une adresse web</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="128" />
            <source>Give the Odoo server's https:// address, e.g. https://erp.example.com.</source>
            <translation>Indiquez l'adresse https:// du serveur Odoo, par ex. https://erp.example.com.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="167" />
            <source>returns.policy_file not set: the policy from Odoo, else the sample</source>
            <translation>returns.policy_file non défini : la politique d'Odoo, sinon l'exemple</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="190" />
            <source>returns policy {version} from {path}</source>
            <translation>politique de retour {version} de {path}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="217" />
            <source>no Odoo key is stored for {login} ({database} on {url}) in this user's keyring; Odoo is not checked</source>
            <translation>aucune clé Odoo n'est gardée pour {login} ({database} sur {url}) dans le coffre à mots de passe de cet utilisateur ; Odoo n'est pas vérifié</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="224" />
            <source>As this PC's user (not root or Administrator): {command}</source>
            <translation>En tant qu'utilisateur de ce PC (pas root ni Administrateur) : {command}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="265" />
            <source>identity.mode = odoo_badges needs the Employees / Officer right for the device user, which it does not have: nobody could sign in</source>
            <translation>identity.mode = odoo_badges demande le droit Employés / Responsable pour l'utilisateur de l'appareil, qui ne l'a pas : personne ne pourrait se connecter</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="269" />
            <source>Give it that right in Odoo, or set identity.mode = local_enrollment.</source>
            <translation>Donnez-lui ce droit dans Odoo, ou mettez identity.mode = local_enrollment.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="278" />
            <source>warehouse {code} ({name})</source>
            <translation>entrepôt {code} ({name})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="286" />
            <source>Odoo has no warehouse with the code {code} (it has: {codes})</source>
            <translation>Odoo n'a aucun entrepôt avec le code {code} (il a : {codes})</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="291" />
            <source>Correct store.warehouse_code (storeapp provision --store CODE).</source>
            <translation>Corrigez store.warehouse_code (storeapp provision --store CODE).</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="105" />
            <source>{option} is empty: this PC is not set up</source>
            <translation>{option} est vide : ce PC n'est pas configuré</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="131" />
            <source>https address {where}</source>
            <translation>adresse https {where}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="179" />
            <source>{path} cannot be read as UTF-8 text: {error}</source>
            <translation>{path} ne se lit pas comme du texte UTF-8 : {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="210" />
            <source>the device key cannot be read: {error}</source>
            <translation>la clé de l'appareil est illisible : {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="136" />
            <source>http:// address {where}, allowed by odoo.allow_http: the device key and the store's data travel in clear text</source>
            <translation>adresse http:// {where}, permise par odoo.allow_http : la clé de l'appareil et les données du magasin circulent en clair</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="141" />
            <source>Use the https:// address outside a test network.</source>
            <translation>Utilisez l'adresse https:// en dehors d'un réseau de test.</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="147" />
            <source>http:// address {where}: the device key would travel unencrypted</source>
            <translation>adresse http:// {where} : la clé de l'appareil circulerait sans chiffrement</translation>
        </message>
        <message>
            <location filename="../../storeapp/diagnostics/odoo_checks.py" line="148" />
            <source>Use the https:// address; for a test server on a local network only, set odoo.allow_http = true.</source>
            <translation>Utilisez l'adresse https:// ; uniquement pour un serveur de test sur un réseau local, mettez odoo.allow_http = true.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="128" />
            <source>{n} unit</source>
            <translation>{n} unité</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="128" />
            <source>{n} units</source>
            <translation>{n} unités</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="130" />
            <source>return of {units} from a delivery</source>
            <translation>retour de {units} d'une livraison</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="132" />
            <source>return of {units} from {delivery}</source>
            <translation>retour de {units} de {delivery}</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="133" />
            <source>{told}: {reason}</source>
            <translation>{told} : {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="99" />
            <source>(details cannot be read)</source>
            <translation>(détails illisibles)</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/approvals_repo.py" line="110" />
            <source>This saved change is damaged and cannot be shown ({error}). Reject it, and do the work again if it is still needed.</source>
            <translation>Cette modification enregistrée est endommagée et ne peut pas être affichée ({error}). Rejetez-la et refaites le travail s'il est encore nécessaire.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="338" />
            <source>{op}: no decision by employee {employee} is recorded for it</source>
            <translation>{op} : aucune décision de l'employé {employee} n'est enregistrée pour elle</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="302" />
            <source>{op}: no audit entry records it (inserted outside storeapp)</source>
            <translation>{op} : aucune entrée d'audit ne l'enregistre (insérée en dehors de storeapp)</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="306" />
            <source>{op}: its kind, place, content or author differs from what was recorded</source>
            <translation>{op} : son type, son objet, son contenu ou son auteur diffère de ce qui a été enregistré</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="310" />
            <source>{op}: recorded as {state} (approver {approver}) in entry {seq}, but the journal says {now} (approver {now_approver}): edited outside storeapp</source>
            <translation>{op} : enregistrée comme {state} (approbateur {approver}) à l'entrée {seq}, mais le journal indique {now} (approbateur {now_approver}) : modifiée en dehors de storeapp</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="332" />
            <source>{op}: it says it was approved by the person who made it</source>
            <translation>{op} : elle se dit approuvée par la personne qui l'a faite</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="475" />
            <source>entry {seq} was made with key {key}, which this PC does not have: the journal was copied from another PC (or this PC's keyring entry was lost)</source>
            <translation>l'entrée {seq} a été faite avec la clé {key}, que ce PC n'a pas : le journal a été copié d'un autre PC (ou l'entrée du coffre à mots de passe de ce PC a été perdue)</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="482" />
            <source>entry {seq} was changed or forged</source>
            <translation>l'entrée {seq} a été modifiée ou falsifiée</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="329" />
            <source>{op}: it needed an approval and none is recorded</source>
            <translation>{op} : elle demandait une approbation et aucune n'est enregistrée</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="379" />
            <source>op {uuid} is not in the journal</source>
            <translation>l'op {uuid} n'est pas dans le journal</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="468" />
            <source>entry {seq} is not keyed although earlier ones are: written outside storeapp</source>
            <translation>l'entrée {seq} n'est pas signée alors que les précédentes le sont : écrite en dehors de storeapp</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="472" />
            <source>entry {seq} was changed</source>
            <translation>l'entrée {seq} a été modifiée</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="486" />
            <source>entries 1..{last} are not keyed and were never sealed</source>
            <translation>les entrées 1..{last} ne sont pas signées et n'ont jamais été scellées</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="497" />
            <source>entry {seq} is missing</source>
            <translation>l'entrée {seq} manque</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="535" />
            <source>the newest entry does not match the head</source>
            <translation>l'entrée la plus récente ne correspond pas à la tête de chaîne</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="537" />
            <source>every entry is missing</source>
            <translation>toutes les entrées manquent</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="392" />
            <source>audit entry {seq} about op {uuid} does not verify (forged or edited)</source>
            <translation>l'entrée d'audit {seq} sur l'op {uuid} ne se vérifie pas (falsifiée ou modifiée)</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="435" />
            <source>no entry is keyed although this PC holds the journal's key: the chain was rewritten outside storeapp</source>
            <translation>aucune entrée n'est signée alors que ce PC détient la clé du journal : la chaîne a été réécrite en dehors de storeapp</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="450" />
            <source>{count} op(s) differ from the chain</source>
            <translation>{count} op(s) diffèrent de la chaîne</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="505" />
            <source>entry {seq} does not follow the one before it</source>
            <translation>l'entrée {seq} ne suit pas la précédente</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/audit.py" line="533" />
            <source>entries {first}..{last} are missing</source>
            <translation>les entrées {first}..{last} manquent</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="32" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>Exceptions</source>
            <translation>Exceptions</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="33" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>To pick</source>
            <translation>À préparer</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="34" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>Picking</source>
            <translation>En préparation</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="35" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>Ready</source>
            <translation>Prêtes</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="36" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="31" />
            <source>Collected today</source>
            <translation>Retirées aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="59" />
            <source>Order list brought up to date from Odoo {hours} h ago.</source>
            <translation>Liste des commandes mise à jour depuis Odoo il y a {hours} h.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="53" />
            <source>Order list never brought up to date from Odoo.</source>
            <translation>Liste des commandes jamais mise à jour depuis Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="56" />
            <source>Order list brought up to date from Odoo just now.</source>
            <translation>Liste des commandes mise à jour depuis Odoo à l'instant.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="58" />
            <source>Order list brought up to date from Odoo {minutes} min ago.</source>
            <translation>Liste des commandes mise à jour depuis Odoo il y a {minutes} min.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="91" />
            <source>No local data in {folder} yet: open storeapp once and let it sync with Odoo (or set STOREAPP_DATA_DIR if the data is elsewhere).</source>
            <translation>Pas encore de données locales dans {folder} : ouvrez storeapp une fois et laissez-le se synchroniser avec Odoo (ou définissez STOREAPP_DATA_DIR si les données sont ailleurs).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="76" />
            <source>OVERDUE</source>
            <translation>EN RETARD</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/click_collect_cli.py" line="109" />
            <source>No click-and-collect order matches.</source>
            <translation>Aucune commande Click &amp; Collect ne correspond.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="140" />
            <source>Warning: {names} in it not in Odoo (as last synced); a rule about a name Odoo lacks never applies:</source>
            <translation>Attention : {names} absent(s) d'Odoo (à la dernière synchronisation) ; une règle sur un nom qu'Odoo n'a pas ne s'applique jamais :</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="218" />
            <source>{here} taken on this PC and {odoo} done in Odoo in the last {days}.</source>
            <translation>{here} pris sur ce PC et {odoo} dans Odoo, sur les {days} écoulés.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="179" />
            <source>There are no returns to replay in {folder}: this PC has not synced with Odoo yet (set STOREAPP_DATA_DIR if the data folder is elsewhere).</source>
            <translation>Il n'y a pas de retours à rejouer dans {folder} : ce PC ne s'est pas encore synchronisé avec Odoo (définissez STOREAPP_DATA_DIR si le dossier de données est ailleurs).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="188" />
            <source>The local copy of Odoo data in {folder} was made by another version of storeapp. Open storeapp once (it rebuilds it), then run this again.</source>
            <translation>La copie locale des données Odoo dans {folder} a été faite par une autre version de storeapp. Ouvrez storeapp une fois (il la reconstruit), puis relancez ceci.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="110" />
            <source>{file} is a valid returns policy.</source>
            <translation>{file} est une politique de retour valide.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="127" />
            <source>Not compared with Odoo's categories and locations: there is no synced copy of Odoo data in {folder} (sync first, or set STOREAPP_DATA_DIR).</source>
            <translation>Pas comparé aux catégories et emplacements d'Odoo : il n'y a pas de copie synchronisée des données d'Odoo dans {folder} (synchronisez d'abord, ou définissez STOREAPP_DATA_DIR).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="143" />
            <source>{n} name</source>
            <translation>{n} nom</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="143" />
            <source>{n} names</source>
            <translation>{n} noms</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="123" />
            <source>Not compared with Odoo's names: the configuration of this PC is invalid.</source>
            <translation>Pas comparé aux noms d'Odoo : la configuration de ce PC n'est pas valide.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="138" />
            <source>Every category and location it names is in Odoo (as last synced).</source>
            <translation>Chaque catégorie et emplacement qu'elle nomme existe dans Odoo (à la dernière synchronisation).</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="163" />
            <source>--days must be 1 or more.</source>
            <translation>--days doit valoir 1 ou plus.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="216" />
            <source>No returns in the last {days} to replay.</source>
            <translation>Aucun retour à rejouer sur les {days} écoulés.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="226" />
            <source>Returns done in Odoo: condition read back from where the goods went.</source>
            <translation>Retours faits dans Odoo : état déduit de l'endroit où la marchandise est allée.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="59" />
            <source>{file} cannot be read: {problem}.</source>
            <translation>{file} ne peut pas être lu : {problem}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="70" />
            <source>{file} is not saved as UTF-8 text; save it again as UTF-8 and check again.</source>
            <translation>{file} n'est pas enregistré en texte UTF-8 ; enregistrez-le à nouveau en UTF-8 et vérifiez à nouveau.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/policy_cli.py" line="82" />
            <source>{file} is not a valid returns policy. Fix these and check again:</source>
            <translation>{file} n'est pas une politique de retour valide. Corrigez ces points et vérifiez à nouveau :</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/returns_policy.py" line="111" />
            <source>No returns policy is in force, so returns cannot be checked. Tell IT.</source>
            <translation>Aucune politique de retour n'est en vigueur : les retours ne peuvent pas être vérifiés. Prévenez l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/returns_policy.py" line="146" />
            <source>The returns policy file {path} is gone; the policy in force stays. Ask IT to put it back.</source>
            <translation>Le fichier de politique de retour {path} a disparu ; la politique en vigueur reste. Demandez à l'informatique de le remettre.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/returns_policy.py" line="97" />
            <source>The returns policy file {path} cannot be read ({error}). Ask IT to check returns.policy_file in this PC's configuration.</source>
            <translation>Le fichier de politique de retour {path} est illisible ({error}). Demandez à l'informatique de vérifier returns.policy_file dans la configuration de ce PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/returns_policy.py" line="160" />
            <source>The returns policy file {path} cannot be read ({error}); the policy in force stays. Ask IT to save it again as UTF-8.</source>
            <translation>Le fichier de politique de retour {path} est illisible ({error}) ; la politique en vigueur reste. Demandez à l'informatique de l'enregistrer à nouveau en UTF-8.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="103" />
            <location filename="../../storeapp/ui/setup/probe.py" line="297" />
            <source>named by IT</source>
            <translation>désignés par l'informatique</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="103" />
            <location filename="../../storeapp/ui/setup/probe.py" line="297" />
            <source>recognised by type or name</source>
            <translation>reconnus par type ou par nom</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="105" />
            <location filename="../../storeapp/ui/setup/probe.py" line="303" />
            <source>{n} open order</source>
            <translation>{n} commande ouverte</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="105" />
            <location filename="../../storeapp/ui/setup/probe.py" line="303" />
            <source>{n} open orders</source>
            <translation>{n} commandes ouvertes</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="106" />
            <source>click-and-collect carrier ({how}): {carrier} ({reason}), {count} in this store</source>
            <translation>mode de livraison Click &amp; Collect ({how}) : {carrier} ({reason}), {count} dans ce magasin</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="86" />
            <source>store.click_collect_carriers names '{name}', which Odoo does not have</source>
            <translation>store.click_collect_carriers nomme '{name}', qu'Odoo n'a pas</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="61" />
            <source>click-and-collect orders are recognised by mode {mode}, not by carrier</source>
            <translation>les commandes Click &amp; Collect sont reconnues par le mode {mode}, pas par le mode de livraison</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="79" />
            <source>no delivery methods synced yet: run a sync, then doctor again</source>
            <translation>aucun mode de livraison synchronisé pour l'instant : lancez une synchronisation, puis doctor à nouveau</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="95" />
            <source>no delivery method counts as click-and-collect (Odoo has: {known}), so no orders are found</source>
            <translation>aucun mode de livraison ne compte comme Click &amp; Collect (Odoo a : {known}), donc aucune commande n'est trouvée</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="194" />
            <source>returns policy {version}: {problem}</source>
            <translation>politique de retour {version} : {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="199" />
            <source>Correct the name in the policy (storeapp policy check FILE) or in the machine file: a rule about a name Odoo lacks never applies.</source>
            <translation>Corrigez le nom dans la politique (storeapp policy check FILE) ou dans le fichier machine : une règle sur un nom absent d'Odoo ne s'applique jamais.</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="208" />
            <source>returns policy {version}: every category and location it names is in Odoo</source>
            <translation>politique de retour {version} : chaque catégorie et emplacement qu'elle nomme est dans Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/offline/store_checks.py" line="179" />
            <source>IT: name the store's click-and-collect carriers in store.click_collect_carriers (docs/it-guide.md), then sync.</source>
            <translation>Informatique : nommez les modes de livraison Click &amp; Collect du magasin dans store.click_collect_carriers (docs/it-guide.md), puis synchronisez.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="184" />
            <source>{flag}: {problem}</source>
            <translation>{flag} : {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="113" />
            <source>{url} is not a web address; give it as https://erp.example.com (with https://)</source>
            <translation>{url} n'est pas une adresse web ; donnez-la sous la forme https://erp.example.com (avec https://)</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="120" />
            <source>{url} points inside Odoo; give only the server's address, e.g. {server}</source>
            <translation>{url} pointe à l'intérieur d'Odoo ; donnez seulement l'adresse du serveur, p. ex. {server}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="139" />
            <source>--url: {url} is http://, so the device key would travel unencrypted; use the https:// address, or for a test server on a local network add --set odoo.allow_http=true</source>
            <translation>--url : {url} est en http://, la clé de l'appareil circulerait donc sans chiffrement ; utilisez l'adresse https://, ou pour un serveur de test sur un réseau local ajoutez --set odoo.allow_http=true</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="155" />
            <source>--set {given}: write it as section.key=value, e.g. sync.page_size=500</source>
            <translation>--set {given} : écrivez-le sous la forme section.clé=valeur, p. ex. sync.page_size=500</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="162" />
            <source>--set {name}: secrets are never written to the machine file; the device key goes to the keyring (--secret-env VAR or standard input)</source>
            <translation>--set {name} : les secrets ne sont jamais écrits dans le fichier machine ; la clé de l'appareil va dans le coffre à mots de passe (--secret-env VAR ou l'entrée standard)</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="171" />
            <source>--set {name}: no such option (storeapp config --sample lists them all)</source>
            <translation>--set {name} : cette option n'existe pas (storeapp config --sample les liste toutes)</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="223" />
            <source>Nothing was changed:
- {problems}</source>
            <translation>Rien n'a été modifié :
- {problems}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="256" />
            <source>No API key was given for {login}: pipe it on standard input or name an environment variable with --secret-env (nothing was changed).</source>
            <translation>Aucune clé API n'a été donnée pour {login} : passez-la sur l'entrée standard ou nommez une variable d'environnement avec --secret-env (rien n'a été modifié).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="265" />
            <source>Standard input held several lines; give only the API key (nothing was changed).</source>
            <translation>L'entrée standard contenait plusieurs lignes ; donnez seulement la clé API (rien n'a été modifié).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="445" />
            <source>API key of {login} stored in the keyring for {database} on {url}.</source>
            <translation>Clé API de {login} enregistrée dans le coffre à mots de passe pour {database} sur {url}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="476" />
            <source>Machine file written: {path}.</source>
            <translation>Fichier machine écrit : {path}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="592" />
            <source>Check the PC with: storeapp doctor</source>
            <translation>Vérifiez le PC avec : storeapp doctor</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="193" />
            <source>--{flag} is required and cannot be empty</source>
            <translation>--{flag} est obligatoire et ne peut pas être vide</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="216" />
            <source>--set {name}: already given by its own flag</source>
            <translation>--set {name} : déjà donné par son propre paramètre</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="240" />
            <source>The environment variable {variable} is not set or empty: set it to the Odoo API key of {login} before running provision (nothing was changed).</source>
            <translation>La variable d'environnement {variable} n'est pas définie ou est vide : donnez-lui la clé API Odoo de {login} avant de lancer provision (rien n'a été modifié).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="298" />
            <source>The machine file {path} cannot be read ({problem}). Fix or remove it, then run provision again (nothing was changed).</source>
            <translation>Le fichier machine {path} ne peut pas être lu ({problem}). Corrigez-le ou supprimez-le, puis relancez provision (rien n'a été modifié).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="361" />
            <source>No permission to write {path}. The machine file is shared by every user of this PC: run provision as root (sudo) or from an elevated Administrator prompt, or write only the key with --only credential.</source>
            <translation>Pas le droit d'écrire {path}. Le fichier machine est commun à tous les utilisateurs de ce PC : lancez provision en root (sudo) ou depuis une invite Administrateur, ou écrivez seulement la clé avec --only credential.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="371" />
            <source>The machine file {path} could not be written: {problem}. Check the disk and the folder, then run provision again.</source>
            <translation>Le fichier machine {path} n'a pas pu être écrit : {problem}. Vérifiez le disque et le dossier, puis relancez provision.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="454" />
            <source>Note: this ran as root, so the key is in root's keyring. StoreApp reads the keyring of the user it runs as: store the key again as that user with --only credential.</source>
            <translation>Remarque : ceci a tourné en root, la clé est donc dans le coffre à mots de passe de root. StoreApp lit celui de l'utilisateur sous lequel il tourne : enregistrez à nouveau la clé en tant que cet utilisateur avec --only credential.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="480" />
            <source>Warning: {url} is not encrypted (odoo.allow_http = true): the device key and the store's data cross the network in clear text. Use it on a test network only.</source>
            <translation>Attention : {url} n'est pas chiffré (odoo.allow_http = true) : la clé de l'appareil et les données du magasin circulent en clair sur le réseau. À utiliser sur un réseau de test uniquement.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="399" />
            <source>The machine file would not be valid, so nothing was changed:
- {problems}</source>
            <translation>Le fichier machine ne serait pas valide, rien n'a donc été modifié :
- {problems}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="442" />
            <source>The key was not stored: {problem}</source>
            <translation>La clé n'a pas été enregistrée : {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="464" />
            <source>The key of the previous account {login} on {url} was removed from the keyring.</source>
            <translation>La clé du compte précédent {login} sur {url} a été retirée du coffre à mots de passe.</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="580" />
            <source>--secret-env was given with --only config: the key is not stored by a config-only run. Drop one of them (nothing was changed).</source>
            <translation>--secret-env a été donné avec --only config : une exécution limitée à la configuration n'enregistre pas la clé. Retirez l'un des deux (rien n'a été modifié).</translation>
        </message>
        <message>
            <location filename="../../storeapp/provision.py" line="393" />
            <source>{problem} ({option})</source>
            <translation>{problem} ({option})</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="252" />
            <source>Outbox: {waiting} waiting, {parked} parked, oldest {age}</source>
            <translation>Envois : {waiting} à envoyer, {parked} mis en attente, le plus ancien depuis {age}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="50" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="54" />
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="105" />
            <source>This PC is not set up yet: odoo.url and store.warehouse_code are empty. Run storeapp and use Device setup, or ask IT for the machine configuration file.</source>
            <translation>Ce PC n'est pas encore configuré : odoo.url et store.warehouse_code sont vides. Lancez storeapp et utilisez Réglages du PC, ou demandez à l'informatique le fichier de configuration de la machine.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="249" />
            <source>Deleted in Odoo: {records}</source>
            <translation>Supprimé dans Odoo : {records}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="225" />
            <source>Pushed to Odoo: {done} done, {parked} parked, {failed} to retry ({rpcs} requests, {seconds} s)</source>
            <translation>Envoyé à Odoo : {done} faites, {parked} mises en attente, {failed} à réessayer ({rpcs} requêtes, {seconds} s)</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="218" />
            <source>Connection: {state}</source>
            <translation>Connexion : {state}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="220" />
            <source>Stopped: {error}</source>
            <translation>Arrêté : {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="116" />
            <source>This PC's configuration cannot work: {problem}</source>
            <translation>La configuration de ce PC ne peut pas fonctionner : {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="222" />
            <source>Nothing sent: {why}.</source>
            <translation>Rien n'a été envoyé : {why}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/cli.py" line="236" />
            <source>  parked: {reason}</source>
            <translation>  en attente : {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/connectivity.py" line="76" />
            <source>not connected yet</source>
            <translation>pas encore connecté</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/connectivity.py" line="101" />
            <source>Odoo answers slowly ({seconds} s)</source>
            <translation>Odoo répond lentement ({seconds} s)</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/connectivity.py" line="104" />
            <source>connected</source>
            <translation>connecté</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/credentials.py" line="24" />
            <source>This computer has no system keyring, so the Odoo key of this PC cannot be kept safely. On Windows and macOS this is built in; on Linux install and start a Secret Service (for example GNOME Keyring), then enter the key again in the setup dialog.</source>
            <translation>Cet ordinateur n'a pas de coffre à mots de passe système (keyring), la clé Odoo de ce PC ne peut donc pas être gardée en sécurité. Sous Windows et macOS, il est intégré ; sous Linux, installez et démarrez un Secret Service (par exemple GNOME Keyring), puis saisissez de nouveau la clé dans Réglages du PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/credentials.py" line="64" />
            <source>The system keyring could not be read. Unlock it (sign out and in again), then retry; if it keeps failing, ask IT.</source>
            <translation>Le coffre à mots de passe du système n'a pas pu être lu. Déverrouillez-le (déconnectez-vous puis reconnectez-vous), puis réessayez ; si l'échec persiste, demandez à l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/credentials.py" line="83" />
            <source>The key could not be saved in the system keyring. Unlock the keyring and try again; if it keeps failing, ask IT.</source>
            <translation>La clé n'a pas pu être enregistrée dans le coffre à mots de passe du système. Déverrouillez-le et réessayez ; si l'échec persiste, demandez à l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/device_user.py" line="15" />
            <source>In Odoo, open Settings → Users &amp; Companies → Users, open that user and fill in its e-mail address (a store mailbox will do); then retry any parked note.</source>
            <translation>Dans Odoo, ouvrez Paramètres → Utilisateurs et sociétés → Utilisateurs, ouvrez cet utilisateur et renseignez son adresse e-mail (une boîte du magasin suffit) ; puis renvoyez chaque note bloquée.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/device_user.py" line="28" />
            <source>The device user {login} has no e-mail address in Odoo, so Odoo refuses the notes storeapp writes on orders (stock changes are sent all the same).</source>
            <translation>L'utilisateur appareil {login} n'a pas d'adresse e-mail dans Odoo : Odoo refuse donc les notes que storeapp écrit sur les commandes (les mouvements de stock sont envoyés quand même).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="156" />
            <source>Odoo refused: {reason}</source>
            <translation>Odoo a refusé : {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="294" />
            <source>Odoo is busy or restarting (HTTP {status}); work is saved and storeapp tries again {later}.</source>
            <translation>Odoo est occupé ou redémarre (HTTP {status}) ; le travail est enregistré et storeapp réessaie {later}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="325" />
            <source>The Odoo server's certificate could not be verified, so storeapp sends nothing to it: no trusted authority signed it. If your company uses its own certificate authority, IT must set odoo.ca_bundle on this PC to that authority's certificate.</source>
            <translation>Le certificat du serveur Odoo n'a pas pu être vérifié, storeapp ne lui envoie donc rien : aucune autorité de confiance ne l'a signé. Si votre entreprise a sa propre autorité de certification, l'informatique doit indiquer le certificat de cette autorité dans odoo.ca_bundle sur ce PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="144" />
            <location filename="../../storeapp/sync/error_mapping.py" line="84" />
            <source>Odoo could not run a request from storeapp ({problem}). This usually means a storeapp/Odoo version mismatch; tell IT.</source>
            <translation>Odoo n'a pas pu exécuter une demande de storeapp ({problem}). Cela signifie en général que les versions de storeapp et d'Odoo ne correspondent pas ; prévenez l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="281" />
            <source>Unexpected failure talking to Odoo.</source>
            <translation>Échec inattendu de l'échange avec Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="287" />
            <source>in {seconds} s</source>
            <translation>dans {seconds} s</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="287" />
            <source>soon</source>
            <translation>bientôt</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="289" />
            <source>Odoo asks this PC to send fewer requests (HTTP 429); work is saved and storeapp tries again {later}.</source>
            <translation>Odoo demande à ce PC d'envoyer moins de demandes (HTTP 429) ; le travail est enregistré et storeapp réessaie {later}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="308" />
            <source>The Odoo server's certificate could not be verified, so storeapp sends nothing to it: it has expired. The Odoo administrator must renew the server's certificate; nothing on this PC needs to change.</source>
            <translation>Le certificat du serveur Odoo n'a pas pu être vérifié, storeapp ne lui envoie donc rien : il a expiré. L'administrateur Odoo doit renouveler le certificat du serveur ; rien ne doit changer sur ce PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="314" />
            <source>The Odoo server's certificate could not be verified, so storeapp sends nothing to it: it is not valid yet. Check this PC's date and time, or ask the Odoo administrator about the certificate's start date.</source>
            <translation>Le certificat du serveur Odoo n'a pas pu être vérifié, storeapp ne lui envoie donc rien : il n'est pas encore valable. Vérifiez la date et l'heure de ce PC, ou interrogez l'administrateur Odoo sur la date de début du certificat.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="320" />
            <source>The Odoo server's certificate could not be verified, so storeapp sends nothing to it: it was made for another host name than the one in odoo.url. IT must use the address the certificate names, or the Odoo administrator must fix the certificate.</source>
            <translation>Le certificat du serveur Odoo n'a pas pu être vérifié, storeapp ne lui envoie donc rien : il a été fait pour un autre nom d'hôte que celui de odoo.url. L'informatique doit utiliser l'adresse que nomme le certificat, ou l'administrateur Odoo doit corriger le certificat.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="50" />
            <source>Odoo refused the key of this PC. It may have been revoked or mistyped: a manager or IT must enter a valid Odoo API key in Setup. Work keeps being saved meanwhile.</source>
            <translation>Odoo a refusé la clé de ce PC. Elle a peut-être été révoquée ou mal saisie : un responsable ou l'informatique doit saisir une clé API Odoo valide dans Réglages du PC. Le travail continue d'être enregistré en attendant.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="62" />
            <source>Odoo ended the session of this PC. It will sign in again.</source>
            <translation>Odoo a mis fin à la session de ce PC. Il va se reconnecter.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="74" />
            <source>Odoo refused the key of this PC (it may have expired or been revoked): IT must store a new Odoo API key with `storeapp provision --only credential` (or a manager in Setup). Work keeps being saved meanwhile.</source>
            <translation>Odoo a refusé la clé de ce PC (elle a peut-être expiré ou été révoquée) : l'informatique doit enregistrer une nouvelle clé API Odoo avec `storeapp provision --only credential` (ou un responsable dans Réglages du PC). Le travail continue d'être enregistré en attendant.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="102" />
            <source>Odoo refused the key of this PC (Access Denied). It may have been revoked: a manager or IT must enter a valid Odoo API key in Setup. Work keeps being saved.</source>
            <translation>Odoo a refusé la clé de ce PC (Access Denied). Elle a peut-être été révoquée : un responsable ou l'informatique doit saisir une clé API Odoo valide dans Réglages du PC. Le travail continue d'être enregistré.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="111" />
            <source>The Odoo user of this PC is not allowed to do this: {reason} Ask IT to give it the missing rights.</source>
            <translation>L'utilisateur Odoo de ce PC n'a pas le droit de faire ceci : {reason} Demandez à l'informatique de lui donner les droits manquants.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="120" />
            <source>Odoo says: {reason}</source>
            <translation>Odoo indique : {reason}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="127" />
            <source>Odoo has no database "{database}". Check the name with the Odoo administrator and correct odoo.database in this PC's configuration (storeapp provision --db NAME), then start storeapp again. Work keeps being saved on this PC meanwhile.</source>
            <translation>Odoo n'a pas de base de données « {database} ». Vérifiez le nom avec l'administrateur Odoo et corrigez odoo.database dans la configuration de ce PC (storeapp provision --db NAME), puis relancez storeapp. Le travail continue d'être enregistré sur ce PC en attendant.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="139" />
            <source>Odoo's database had a problem with this request; storeapp will try again.</source>
            <translation>La base de données d'Odoo a eu un problème avec cette demande ; storeapp va réessayer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="220" />
            <source>The server answered HTTP {status} instead of Odoo's answer. A proxy may be in the way; tell IT if it keeps happening.</source>
            <translation>Le serveur a répondu HTTP {status} au lieu de la réponse d'Odoo. Un proxy est peut-être sur le chemin ; prévenez l'informatique si cela se répète.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="232" />
            <source>Odoo cannot be reached ({reason}). Work is saved on this PC and sent later.</source>
            <translation>Odoo est injoignable ({reason}). Le travail est enregistré sur ce PC et envoyé plus tard.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="242" />
            <source>Odoo did not answer in time. storeapp will check what happened and try again.</source>
            <translation>Odoo n'a pas répondu à temps. storeapp va vérifier ce qui s'est passé et réessayer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="248" />
            <source>The connection to Odoo was cut before it answered. storeapp will check what happened and try again.</source>
            <translation>La connexion à Odoo a été coupée avant sa réponse. storeapp va vérifier ce qui s'est passé et réessayer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="258" />
            <source>Odoo's answer was cut off; storeapp will check what happened and try again.</source>
            <translation>La réponse d'Odoo a été coupée ; storeapp va vérifier ce qui s'est passé et réessayer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="263" />
            <source>Odoo cannot be reached. Work is saved on this PC and sent later.</source>
            <translation>Odoo est injoignable. Le travail est enregistré sur ce PC et envoyé plus tard.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="269" />
            <source>The connection to Odoo failed. Work is saved on this PC and sent later.</source>
            <translation>La connexion à Odoo a échoué. Le travail est enregistré sur ce PC et envoyé plus tard.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="278" />
            <location filename="../../storeapp/sync/json2.py" line="123" />
            <source>Odoo answered something storeapp could not read; it will try again.</source>
            <translation>Odoo a répondu quelque chose que storeapp n'a pas pu lire ; il va réessayer.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/error_mapping.py" line="213" />
            <source>There is no Odoo JSON-RPC service at this address (HTTP 404). Check the Odoo address in the settings.</source>
            <translation>Il n'y a pas de service JSON-RPC Odoo à cette adresse (HTTP 404). Vérifiez l'adresse d'Odoo dans les réglages.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="180" />
            <source>The Odoo address {address} is not a web address (https://, or http:// on a test network). Correct odoo.url in this PC's configuration (storeapp provision --url ADDRESS) or in Device setup.</source>
            <translation>L'adresse Odoo {address} n'est pas une adresse web (https://, ou http:// sur un réseau de test). Corrigez odoo.url dans la configuration de ce PC (storeapp provision --url ADDRESS) ou dans Réglages du PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="238" />
            <source>No Odoo key is stored on this PC for user {login}. IT stores it as this PC's user with storeapp provision --only credential, or a manager enters it in Setup; work keeps being saved meanwhile.</source>
            <translation>Aucune clé Odoo n'est enregistrée sur ce PC pour l'utilisateur {login}. L'informatique l'enregistre en tant qu'utilisateur de ce PC avec storeapp provision --only credential, ou un responsable la saisit dans Réglages du PC ; le travail continue d'être enregistré en attendant.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="309" />
            <source>Odoo answered context_get with {answer}.</source>
            <translation>Odoo a répondu à context_get par {answer}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="458" />
            <source>Odoo answered a search on {model} with something else than ids.</source>
            <translation>Odoo a répondu à une recherche sur {model} par autre chose que des identifiants.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="469" />
            <source>Odoo answered a count on {model} with {answer}.</source>
            <translation>Odoo a répondu à un décompte sur {model} par {answer}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="496" />
            <source>Odoo answered a create on {model} with {answer}.</source>
            <translation>Odoo a répondu à une création dans {model} par {answer}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="508" />
            <source>Odoo answered fields_get on {model} with {answer}.</source>
            <translation>Odoo a répondu à fields_get sur {model} par {answer}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/gateway.py" line="529" />
            <source>Odoo answered a read of {model} with something else than rows.</source>
            <translation>Odoo a répondu à une lecture de {model} par autre chose que des lignes.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/base.py" line="144" />
            <source>Odoo answered {answer} where an action or True was expected.</source>
            <translation>Odoo a répondu {answer} là où une action ou True était attendu.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="37" />
            <source>{product} in {location}</source>
            <translation>{product} dans {location}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="77" />
            <source>{said} at {time}, a change of {change}</source>
            <translation>{said} à {time}, un écart de {change}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="68" />
            <source>counted by {person}</source>
            <translation>compté par {person}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="70" />
            <source>adjusted in Odoo ('{name}')</source>
            <translation>ajusté dans Odoo (« {name} »)</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="201" />
            <source>{counted} by {person} here</source>
            <translation>{counted} par {person} ici</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="200" />
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="203" />
            <source>{counted} by {person} here at {time}</source>
            <translation>{counted} par {person} ici à {time}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="210" />
            <source>{what} was counted twice: {other}, and {mine}; Odoo now shows {now}. Applying this count as well would change the stock twice.</source>
            <translation>{what} a été compté deux fois : {other}, et {mine} ; Odoo affiche maintenant {now}. Appliquer aussi ce comptage modifierait le stock deux fois.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="218" />
            <source>Recount the shelf with the manager; if Odoo's figure is right, cancel this change, otherwise cancel it and submit the new count.</source>
            <translation>Recomptez le rayon avec le responsable ; si le chiffre d'Odoo est juste, annulez cette modification, sinon annulez-la et envoyez le nouveau comptage.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="310" />
            <source>{what}: the stock kept moving in Odoo while the count was applied ({tries} tries).</source>
            <translation>{what} : le stock a continué de bouger dans Odoo pendant l'application du comptage ({tries} essais).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="316" />
            <source>Retry this change in a quiet moment.</source>
            <translation>Réessayez cette modification à un moment calme.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="327" />
            <source>Odoo refused the count of {what} (counted {counted}): {odoo}</source>
            <translation>Odoo a refusé le comptage de {what} ({counted} comptés) : {odoo}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="333" />
            <source>If Odoo says only a stock manager may apply counts, ask IT to give the Odoo user of this PC the Inventory Administrator right, then retry; otherwise cancel the change.</source>
            <translation>Si Odoo dit que seul un responsable de stock peut appliquer les comptages, demandez à l'informatique de donner à l'utilisateur Odoo de ce PC le droit Administrateur de l'inventaire, puis réessayez ; sinon annulez la modification.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="299" />
            <source>{what}: Odoo asked a question storeapp cannot answer ({wizard}).</source>
            <translation>{what} : Odoo a posé une question à laquelle storeapp ne sait pas répondre ({wizard}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="304" />
            <source>Apply this count in Odoo (Inventory &gt; Physical Inventory), then cancel this change.</source>
            <translation>Appliquez ce comptage dans Odoo (Inventaire &gt; Inventaire physique), puis annulez cette modification.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="323" />
            <source>{what}: the product or location was deleted in Odoo.</source>
            <translation>{what} : le produit ou l'emplacement a été supprimé dans Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="324" />
            <source>Tell the manager; cancel this count.</source>
            <translation>Prévenez le responsable ; annulez ce comptage.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="288" />
            <source>{what}: Odoo wants a lot/serial number for this product before it accepts the count.</source>
            <translation>{what} : Odoo demande un numéro de lot/série pour ce produit avant d'accepter le comptage.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/counts.py" line="293" />
            <source>Count this product again scanning its lot or serial numbers; cancel this change.</source>
            <translation>Recomptez ce produit en scannant ses numéros de lot ou de série ; annulez cette modification.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/messages.py" line="54" />
            <source>Odoo refused the note on {model} #{record}: {odoo} The other changes of this record are sent all the same.</source>
            <translation>Odoo a refusé la note sur {model} #{record} : {odoo} Les autres modifications de cet enregistrement sont envoyées malgré tout.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/messages.py" line="61" />
            <source>The note is not essential: cancel it, or retry once Odoo is fixed. When Odoo asks for the sender's e-mail address, IT must give the device user an e-mail address in Odoo (see the IT guide).</source>
            <translation>La note n'est pas indispensable : annulez-la, ou réessayez une fois Odoo corrigé. Quand Odoo demande l'adresse e-mail de l'expéditeur, l'informatique doit donner une adresse e-mail à l'utilisateur de l'appareil dans Odoo (voir le guide informatique).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="71" />
            <source>Odoo refused the change to order {order}: {odoo}</source>
            <translation>Odoo a refusé la modification de la commande {order} : {odoo}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="76" />
            <source>Check the order in Odoo; when it is fixed, retry this change, or cancel it.</source>
            <translation>Vérifiez la commande dans Odoo ; une fois corrigée, réessayez cette modification, ou annulez-la.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="154" />
            <source>{product} {lot} is not in stock at {location} in Odoo (Odoo has {have} of it there, {picked} picked), so Odoo cannot take it from a shelf of this store.</source>
            <translation>{product} {lot} n'est pas en stock à {location} dans Odoo (Odoo en a {have} à cet endroit, {picked} prélevé), donc Odoo ne peut pas le prendre dans un rayon de ce magasin.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="163" />
            <source>Check the item's label: if it is another serial or lot, pick the order again with that one and cancel this change; otherwise ask the manager to correct the stock in Odoo, then retry.</source>
            <translation>Vérifiez l'étiquette de l'article : si c'est un autre numéro de série ou de lot, préparez à nouveau la commande avec celui-ci et annulez cette modification ; sinon demandez au responsable de corriger le stock dans Odoo, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="46" />
            <source>Order {order} no longer exists in Odoo (it was deleted).</source>
            <translation>La commande {order} n'existe plus dans Odoo (elle a été supprimée).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="47" />
            <source>Put the items back on the shelf and tell the manager; cancel this change.</source>
            <translation>Remettez les articles en rayon et prévenez le responsable ; annulez cette modification.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="60" />
            <source>Put the items back on the shelf; then cancel this change.</source>
            <translation>Remettez les articles en rayon, puis annulez cette modification.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="67" />
            <location filename="../../storeapp/sync/handlers/returns.py" line="342" />
            <source>Order {order} was deleted in Odoo.</source>
            <translation>La commande {order} a été supprimée dans Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="68" />
            <source>Put the items back on the shelf and cancel this change.</source>
            <translation>Remettez les articles en rayon et annulez cette modification.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="304" />
            <source>Order {order} was deleted in Odoo while it was being validated.</source>
            <translation>La commande {order} a été supprimée dans Odoo pendant sa validation.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="305" />
            <source>Tell the manager.</source>
            <translation>Prévenez le responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="310" />
            <source>Odoo did not validate order {order} (it is '{state}'; Odoo asked for: {wizard}).</source>
            <translation>Odoo n'a pas validé la commande {order} (elle est « {state} » ; Odoo a demandé : {wizard}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="316" />
            <source>Validate the order in Odoo, then retry this change (it will see it is done).</source>
            <translation>Validez la commande dans Odoo, puis réessayez cette modification (elle verra qu'elle est faite).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="238" />
            <source>The lines of order {order} were changed in Odoo since it was picked.</source>
            <translation>Les lignes de la commande {order} ont été modifiées dans Odoo depuis sa préparation.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="242" />
            <source>Open the order again, pick it again, and cancel this change.</source>
            <translation>Rouvrez la commande, préparez-la à nouveau et annulez cette modification.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="254" />
            <source>Order {order} was already validated in Odoo at {time} with other quantities than picked here.</source>
            <translation>La commande {order} a déjà été validée dans Odoo à {time} avec d'autres quantités que celles préparées ici.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/picking.py" line="260" />
            <source>Check the order in Odoo with the manager, then cancel this change.</source>
            <translation>Vérifiez la commande dans Odoo avec le responsable, puis annulez cette modification.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="224" />
            <source>Odoo's return wizard for order {order} left out some lines: {reasons}. No return was made in Odoo.</source>
            <translation>L'assistant de retour d'Odoo pour la commande {order} a omis des lignes : {reasons}. Aucun retour n'a été créé dans Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="231" />
            <source>Odoo's return wizard for order {order} offered no lines at all: {reasons}. No return was made in Odoo.</source>
            <translation>L'assistant de retour d'Odoo pour la commande {order} n'a proposé aucune ligne : {reasons}. Aucun retour n'a été créé dans Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="239" />
            <source>Open the order in Odoo with the manager and try its Return button; if Odoo offers the items there, retry this change, otherwise cancel it.</source>
            <translation>Ouvrez la commande dans Odoo avec le responsable et essayez son bouton Retour ; si Odoo y propose les articles, réessayez cette modification, sinon annulez-la.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="346" />
            <source>Odoo refused the return of order {order}: {odoo}</source>
            <translation>Odoo a refusé le retour de la commande {order} : {odoo}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="351" />
            <source>Check the order in Odoo with the manager; retry this return when fixed, or cancel it.</source>
            <translation>Vérifiez la commande dans Odoo avec le responsable ; réessayez ce retour une fois corrigé, ou annulez-le.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="125" />
            <source>Order {order} is not delivered in Odoo ('{state}'), so it cannot be returned.</source>
            <translation>La commande {order} n'est pas livrée dans Odoo (« {state} »), elle ne peut donc pas être retournée.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="130" />
            <source>Check the order in Odoo with the manager; cancel this change if it was never handed over.</source>
            <translation>Vérifiez la commande dans Odoo avec le responsable ; annulez cette modification si elle n'a jamais été remise.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="166" />
            <source>Odoo's return wizard answered {answer} instead of the new return.</source>
            <translation>L'assistant de retour d'Odoo a répondu {answer} au lieu du nouveau retour.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="198" />
            <source>line #{line}</source>
            <translation>ligne n° {line}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="343" />
            <source>Tell the manager; cancel this return.</source>
            <translation>Prévenez le responsable ; annulez ce retour.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="196" />
            <source>line #{line} no longer exists in the order</source>
            <translation>la ligne n° {line} n'existe plus dans la commande</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="201" />
            <source>{product} is '{state}' in Odoo, not delivered</source>
            <translation>{product} est « {state} » dans Odoo, pas livré</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="293" />
            <source>Order {order}: this return asks for {wanted} × {product}, but Odoo says only {left} can still be returned ({returned} already returned, maybe at another till or store while this PC was offline).</source>
            <translation>Commande {order} : ce retour demande {wanted} × {product}, mais Odoo indique que seulement {left} peuvent encore être retournés ({returned} déjà retournés, peut-être à une autre caisse ou dans un autre magasin pendant que ce PC était hors ligne).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="303" />
            <source>Check the order's returns in Odoo with the manager, then cancel this return and take back only what is left, refunding the customer accordingly.</source>
            <translation>Vérifiez les retours de la commande dans Odoo avec le responsable, puis annulez ce retour et ne reprenez que ce qui reste, en remboursant le client en conséquence.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="209" />
            <source>{product}: {returned} of {delivered} already returned</source>
            <translation>{product} : {returned} sur {delivered} déjà retournés</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="218" />
            <source>{product} was delivered and nothing of it was returned yet</source>
            <translation>{product} a été livré et rien n'en a encore été retourné</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="277" />
            <source>Order {order}: this return asks for {wanted} × {product}, but Odoo shows only {delivered} delivered on that line ('{state}') and nothing returned.</source>
            <translation>Commande {order} : ce retour demande {wanted} × {product}, mais Odoo n'affiche que {delivered} livrés sur cette ligne (« {state} ») et rien de retourné.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/handlers/returns.py" line="287" />
            <source>Check the order in Odoo with the manager, then cancel this return and take back only what Odoo shows as delivered.</source>
            <translation>Vérifiez la commande dans Odoo avec le responsable, puis annulez ce retour et ne reprenez que ce qu'Odoo affiche comme livré.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/json2.py" line="76" />
            <source>storeapp called {method} with {count} positional arguments; the JSON-2 transport needs their names (storeapp.sync.json2).</source>
            <translation>storeapp a appelé {method} avec {count} arguments positionnels ; le transport JSON-2 a besoin de leurs noms (storeapp.sync.json2).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/json2.py" line="69" />
            <source>storeapp called {method} without record ids.</source>
            <translation>storeapp a appelé {method} sans identifiants d'enregistrements.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="28" />
            <source>Have an Odoo administrator make a new API key for the device user (administrators may make one that does not expire), then store it on this PC with `{command}` (docs/it-guide.md) or in Setup.</source>
            <translation>Faites créer par un administrateur Odoo une nouvelle clé API pour l'utilisateur de l'appareil (un administrateur peut en créer une qui n'expire pas), puis enregistrez-la sur ce PC avec `{command}` (docs/it-guide.md) ou dans Réglages du PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="102" />
            <source>Odoo {major}: applying counts needs Inventory / Administrator; badge and PIN sign-in from Odoo needs Employees / Officer.</source>
            <translation>Odoo {major} : appliquer les inventaires demande Inventaire / Administrateur ; la connexion par badge et PIN depuis Odoo demande Employés / Responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="68" />
            <source>The device user's API key expires on {when} ({days}).</source>
            <translation>La clé API de l'utilisateur de l'appareil expire le {when} ({days}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="97" />
            <source>Odoo {major}: Inventory / User may apply counts; badge and PIN sign-in from Odoo needs Employees / Officer.</source>
            <translation>Odoo {major} : Inventaire / Utilisateur peut appliquer les inventaires ; la connexion par badge et PIN depuis Odoo demande Employés / Responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="59" />
            <source>This Odoo's API keys do not expire.</source>
            <translation>Les clés API de cet Odoo n'expirent pas.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="61" />
            <source>The device user's API key does not expire.</source>
            <translation>La clé API de l'utilisateur de l'appareil n'expire pas.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="65" />
            <source>The device user's API key expired on {when}: Odoo refuses this PC.</source>
            <translation>La clé API de l'utilisateur de l'appareil a expiré le {when} : Odoo refuse ce PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="71" />
            <source>in 1 day</source>
            <translation>dans 1 jour</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/key_expiry.py" line="71" />
            <source>in {n} days</source>
            <translation>dans {n} jours</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/pull.py" line="188" />
            <source>Odoo has no warehouse with the short name {code}, or the Odoo user of this PC cannot see it. Check store.warehouse_code in this PC's settings.</source>
            <translation>Odoo n'a pas d'entrepôt avec le nom court {code}, ou l'utilisateur Odoo de ce PC ne peut pas le voir. Vérifiez store.warehouse_code dans les réglages de ce PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="322" />
            <source>This change is not sent: the journal's audit trail does not prove it as it is now ({problem}).</source>
            <translation>Cette modification n'est pas envoyée : la piste d'audit du journal ne la prouve pas telle qu'elle est maintenant ({problem}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="327" />
            <source>Do not retry it. Cancel it, redo the work if it is needed, and ask IT to run `storeapp audit verify` on this PC.</source>
            <translation>Ne la réessayez pas. Annulez-la, refaites le travail si nécessaire et demandez à l'informatique de lancer `storeapp audit verify` sur ce PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="241" />
            <source>This version of storeapp does not know how to send '{kind}' changes.</source>
            <translation>Cette version de storeapp ne sait pas envoyer les modifications « {kind} ».</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="245" />
            <source>Update storeapp on this PC, then retry this change.</source>
            <translation>Mettez à jour storeapp sur ce PC, puis réessayez cette modification.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="262" />
            <source>This change says it was approved by {approver} who made it; a change must be approved by another manager.</source>
            <translation>Cette modification indique qu'elle a été approuvée par {approver}, qui l'a faite ; une modification doit être approuvée par un autre responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="267" />
            <source>Cancel it and have the work approved by a different manager.</source>
            <translation>Annulez-la et faites approuver le travail par un autre responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="275" />
            <source>storeapp stopped while sending this change; waiting for Odoo to finish before checking whether it arrived</source>
            <translation>storeapp s'est arrêté pendant l'envoi de cette modification ; attente de la fin du traitement par Odoo avant de vérifier si elle est arrivée</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="252" />
            <source>This saved change cannot be sent as it is: {problem}.</source>
            <translation>Cette modification enregistrée ne peut pas être envoyée telle quelle : {problem}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="253" />
            <source>Cancel it and do the work again; tell IT if it happens again.</source>
            <translation>Annulez-la et refaites le travail ; prévenez l'informatique si cela se reproduit.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="301" />
            <source>storeapp hit an unexpected problem sending this change ({error}).</source>
            <translation>storeapp a rencontré un problème inattendu en envoyant cette modification ({error}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="305" />
            <source>Retry it; if it fails again, export a support bundle and tell IT.</source>
            <translation>Réessayez-la ; si elle échoue encore, exportez un dossier d'assistance et prévenez l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/push.py" line="265" />
            <source>the person</source>
            <translation>la personne</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/versions.py" line="111" />
            <source>The server did not say which Odoo version it runs, so it is probably not an Odoo server. Check the Odoo address in the settings.</source>
            <translation>Le serveur n'a pas indiqué quelle version d'Odoo il fait tourner, ce n'est donc probablement pas un serveur Odoo. Vérifiez l'adresse d'Odoo dans les réglages.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/versions.py" line="127" />
            <source>This server runs Odoo {version}; storeapp works with Odoo 17, 18 and 19 only. Ask IT to connect this PC to a supported server or to install a storeapp release for it.</source>
            <translation>Ce serveur fait tourner Odoo {version} ; storeapp ne fonctionne qu'avec Odoo 17, 18 et 19. Demandez à l'informatique de relier ce PC à un serveur pris en charge ou d'installer une version de storeapp faite pour celui-ci.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/versions.py" line="120" />
            <source>The server reports an unreadable version ({version}). Check the Odoo address.</source>
            <translation>Le serveur indique une version illisible ({version}). Vérifiez l'adresse d'Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="312" />
            <source>{name} -&gt; {url} ({events})</source>
            <translation>{name} -&gt; {url} ({events})</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="299" />
            <source>no endpoints configured: no events are sent</source>
            <translation>aucun point de terminaison configuré : aucun événement n'est envoyé</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="316" />
            <source>{n} event type</source>
            <translation>{n} type d'événement</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="316" />
            <source>{n} event types</source>
            <translation>{n} types d'événement</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="307" />
            <source>endpoints cannot be read: {problem}</source>
            <translation>les points de terminaison sont illisibles : {problem}</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="308" />
            <source>Correct [webhooks] endpoints in the machine file (docs/integration.md).</source>
            <translation>Corrigez [webhooks] endpoints dans le fichier machine (docs/integration.md).</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="323" />
            <source>{endpoint}, secret found ({secret})</source>
            <translation>{endpoint}, secret trouvé ({secret})</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="329" />
            <source>{endpoint}: its secret ({secret}) is not set; events wait in the queue</source>
            <translation>{endpoint} : son secret ({secret}) n'est pas défini ; les événements attendent dans la file</translation>
        </message>
        <message>
            <location filename="../../storeapp/sync/webhooks.py" line="334" />
            <source>Set that environment variable for storeapp, or the keyring entry '{service}' / '{name}'.</source>
            <translation>Définissez cette variable d'environnement pour storeapp, ou l'entrée '{service}' / '{name}' du coffre à mots de passe.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/counts/model.py" line="44" />
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="134" />
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/counts/model.py" line="44" />
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Difference</source>
            <translation>Écart</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Counted by</source>
            <translation>Compté par</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Recounts</source>
            <translation>Recomptages</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="22" />
            <source>Waiting</source>
            <translation>Attente</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/approvals/model.py" line="36" />
            <source>Count</source>
            <translation>Inventaire</translation>
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
            <translation>Commande</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <location filename="../../storeapp/ui/returns/model.py" line="46" />
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <source>Promised</source>
            <translation>Promis</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <source>Items</source>
            <translation>Articles</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <location filename="../../storeapp/ui/click_collect/model.py" line="134" />
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="51" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="134" />
            <source>Bin</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="134" />
            <source>Ordered</source>
            <translation>Commandé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/click_collect/model.py" line="134" />
            <source>Picked</source>
            <translation>Préparé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="44" />
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="44" />
            <source>Due / started</source>
            <translation>Échéance / début</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/counts/model.py" line="87" />
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>By</source>
            <translation>Par</translation>
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
            <translation>Inventaires</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/dashboard/presenter.py" line="129" />
            <source>Technical</source>
            <translation>Technique</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Odoo refused the device sign-in</source>
            <translation>Odoo a refusé la connexion de l'appareil</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>A manager or IT can enter a new API key in Device setup. Saved work waits in the outbox.</source>
            <translation>Un responsable ou l'informatique peut saisir une nouvelle clé API dans Réglages du PC. Le travail enregistré attend dans la file d'envoi.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Not allowed in Odoo</source>
            <translation>Non autorisé dans Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Ask the Odoo administrator to give the device user the right named above.</source>
            <translation>Demandez à l'administrateur Odoo de donner à l'utilisateur de l'appareil le droit indiqué ci-dessus.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Odoo said no</source>
            <translation>Odoo a refusé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Fix the cause named above in Odoo, or ask a manager.</source>
            <translation>Corrigez dans Odoo la cause indiquée ci-dessus, ou demandez à un responsable.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Deleted in Odoo</source>
            <translation>Supprimé dans Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Refresh the screen; the record no longer exists in Odoo.</source>
            <translation>Actualisez l'écran ; l'enregistrement n'existe plus dans Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>The Odoo server had a problem</source>
            <translation>Le serveur Odoo a eu un problème</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Try again in a few minutes.</source>
            <translation>Réessayez dans quelques minutes.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Odoo answered nonsense</source>
            <translation>Odoo a répondu n'importe quoi</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Try again; if it repeats, send the details to IT.</source>
            <translation>Réessayez ; si cela se répète, envoyez les détails à l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>storeapp and this Odoo do not match</source>
            <translation>storeapp et cet Odoo ne correspondent pas</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Send the details to IT: this Odoo lacks something storeapp expects.</source>
            <translation>Envoyez les détails à l'informatique : il manque à cet Odoo quelque chose qu'attend storeapp.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Not a supported Odoo</source>
            <translation>Odoo non pris en charge</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Check the address; storeapp needs Odoo 17.</source>
            <translation>Vérifiez l'adresse ; storeapp a besoin d'Odoo 17.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>The secure connection was refused</source>
            <translation>La connexion sécurisée a été refusée</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Check the https:// address. A company certificate authority must be set by IT.</source>
            <translation>Vérifiez l'adresse https://. Une autorité de certification d'entreprise doit être configurée par l'informatique.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>No device credential</source>
            <translation>Aucun identifiant d'appareil</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/errors.py" line="54" />
            <source>Open Device setup and enter the device login and API key.</source>
            <translation>Ouvrez Réglages du PC et saisissez l'identifiant et la clé API de l'appareil.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Company</source>
            <translation>Société</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Store</source>
            <translation>Magasin</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Locations</source>
            <translation>Emplacements</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Operation types</source>
            <translation>Types d'opération</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Product categories</source>
            <translation>Catégories de produits</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Packagings</source>
            <translation>Conditionnements</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Lots and serial numbers</source>
            <translation>Lots et numéros de série</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Stock on hand</source>
            <translation>Stock disponible</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Delivery methods</source>
            <translation>Modes de livraison</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Sales orders</source>
            <translation>Commandes client</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Sales order lines</source>
            <translation>Lignes de commande client</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Transfers</source>
            <translation>Transferts</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Transfer lines</source>
            <translation>Lignes de transfert</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Transfer details</source>
            <translation>Détails des transferts</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <location filename="../../storeapp/ui/first_sync.py" line="28" />
            <source>Employees</source>
            <translation>Employés</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Needs a manager</source>
            <translation>Demande un responsable</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Rejected</source>
            <translation>Rejeté</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Waiting to send</source>
            <translation>En attente d'envoi</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Sending</source>
            <translation>Envoi en cours</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>In Odoo</source>
            <translation>Dans Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Will retry</source>
            <translation>Nouvel essai prévu</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Needs a person</source>
            <translation>Demande une personne</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="26" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Picked quantities</source>
            <translation>Quantités préparées</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Order handed over</source>
            <translation>Commande remise</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Stock adjustment</source>
            <translation>Ajustement de stock</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="44" />
            <source>Note in Odoo</source>
            <translation>Note dans Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Applies to</source>
            <translation>Concerne</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Made</source>
            <translation>Faite</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Tries</source>
            <translation>Essais</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/model.py" line="53" />
            <source>Reason / last error</source>
            <translation>Motif / dernière erreur</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Needs attention</source>
            <translation>À traiter</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Not yet in Odoo</source>
            <translation>Pas encore dans Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Sent to Odoo</source>
            <translation>Envoyé à Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Rejected or cancelled</source>
            <translation>Rejeté ou annulé</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/outbox/presenter.py" line="25" />
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="46" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="46" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="46" />
            <source>Deliveries</source>
            <translation>Livraisons</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Sold</source>
            <translation>Vendu</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Returned</source>
            <translation>Rendu</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Can return</source>
            <translation>Reste</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Condition</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Serial / lot</source>
            <translation>N° de série / lot</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/model.py" line="83" />
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/returns/screen.py" line="42" />
            <source>The returns policy could not be loaded: {error}</source>
            <translation>La politique de retour n'a pas pu être chargée : {error}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="392" />
            <source>Odoo badges</source>
            <translation>Badges Odoo</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="392" />
            <source>Employees sign in with the badge and PIN set in Odoo. The device user needs the Employees / Officer right; this PC keeps only a scrambled check of each PIN and badge.</source>
            <translation>Les employés se connectent avec le badge et le PIN définis dans Odoo. L'utilisateur appareil a besoin du droit Employés / Responsable ; ce PC ne garde qu'une empreinte brouillée de chaque PIN et badge.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="392" />
            <source>Local enrollment</source>
            <translation>Inscription locale</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="392" />
            <source>Least privilege: Odoo shares only names and jobs. Each employee sets a badge and PIN on this PC once, with a signed-in manager present.</source>
            <translation>Moindre privilège : Odoo ne partage que les noms et les postes. Chaque employé définit une fois un badge et un PIN sur ce PC, en présence d'un responsable connecté.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="308" />
            <source>Click-and-collect delivery methods ({how}): {taken}.</source>
            <translation>Modes de livraison Click &amp; Collect ({how}) : {taken}.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="140" />
            <source>Fill in the Odoo address, database, device login and API key.</source>
            <translation>Renseignez l'adresse Odoo, la base de données, l'identifiant et la clé API de l'appareil.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="182" />
            <source>Connected to Odoo {version} as {login}.</source>
            <translation>Connecté à Odoo {version} en tant que {login}.</translation>
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
            <translation>L'utilisateur appareil a une adresse e-mail : les notes sur les commandes arrivent dans Odoo.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="282" />
            <source>store.click_collect_carriers names '{name}', which is not a delivery method in this Odoo: correct the name (IT).</source>
            <translation>store.click_collect_carriers nomme « {name} », qui n'est pas un mode de livraison de cet Odoo : corrigez le nom (informatique).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="290" />
            <source>No delivery method looks like click-and-collect (by type, or a name with collect, pickup, retrait, afhalen, abholung, ophalen…), so no orders will be found. IT can name the carriers in store.click_collect_carriers, or set store.click_collect_mode.</source>
            <translation>Aucun mode de livraison ne ressemble à du Click &amp; Collect (par type, ou par un nom contenant collect, pickup, retrait, afhalen, abholung, ophalen…) : aucune commande ne sera trouvée. L'informatique peut nommer les transporteurs dans store.click_collect_carriers, ou définir store.click_collect_mode.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="299" />
            <source>{carrier} ({reason}): {orders}</source>
            <translation>{carrier} ({reason}) : {orders}</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="320" />
            <source>The Inventory app is not installed in this Odoo database. Ask the Odoo administrator to install it (Apps → Inventory).</source>
            <translation>L'application Inventaire n'est pas installée dans cette base Odoo. Demandez à l'administrateur Odoo de l'installer (Applications → Inventaire).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="370" />
            <source>The Employees app is not installed, so nobody can sign in. Ask the Odoo administrator to install it (Apps → Employees).</source>
            <translation>L'application Employés n'est pas installée : personne ne peut se connecter. Demandez à l'administrateur Odoo de l'installer (Applications → Employés).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="228" />
            <source>Could not check when the API key expires ({error}).</source>
            <translation>Impossible de vérifier quand la clé API expire ({error}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="246" />
            <source>Could not check the device user's e-mail address ({exc}).</source>
            <translation>Impossible de vérifier l'adresse e-mail de l'utilisateur appareil ({exc}).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="273" />
            <source>Could not read Odoo's delivery methods, so click-and-collect orders cannot be recognised by carrier. Ask IT to set store.click_collect_mode.</source>
            <translation>Impossible de lire les modes de livraison d'Odoo : les commandes Click &amp; Collect ne peuvent pas être reconnues par transporteur. Demandez à l'informatique de définir store.click_collect_mode.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="327" />
            <source>The device user may pick, validate and return (Inventory / User).</source>
            <translation>L'utilisateur appareil peut préparer, valider et retourner (Inventaire / Utilisateur).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="332" />
            <source>The device user cannot work with transfers. Ask the Odoo administrator to give it the Inventory / User right.</source>
            <translation>L'utilisateur appareil ne peut pas travailler avec les transferts. Demandez à l'administrateur Odoo de lui donner le droit Inventaire / Utilisateur.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="347" />
            <source>It may apply stock counts (Inventory / Administrator, needed in 17).</source>
            <translation>Il peut appliquer les inventaires (Inventaire / Administrateur, requis en 17).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="378" />
            <source>It may read badges and PINs (Employees / Officer): 'Odoo badges' sign-in is possible.</source>
            <translation>Il peut lire les badges et les PIN (Employés / Responsable) : la connexion « Badges Odoo » est possible.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="385" />
            <source>It cannot read badges and PINs (no Employees / Officer right): employees will be enrolled on this PC with a manager present ('Local enrollment').</source>
            <translation>Il ne peut pas lire les badges et les PIN (pas de droit Employés / Responsable) : les employés seront inscrits sur ce PC en présence d'un responsable (« Inscription locale »).</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="157" />
            <source>No Odoo server answered at {url} ({exc}). Check the address, the port and this PC's network connection.</source>
            <translation>Aucun serveur Odoo n'a répondu à {url} ({exc}). Vérifiez l'adresse, le port et la connexion réseau de ce PC.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="167" />
            <source>Odoo refused the device login or API key (mistyped, revoked or expired). Check both; an API key is made in Odoo under Preferences → Account Security → New API Key, and IT stores a new one with `storeapp provision --only credential`.</source>
            <translation>Odoo a refusé l'identifiant ou la clé API de l'appareil (mal saisi, révoqué ou expiré). Vérifiez les deux ; une clé API se crée dans Odoo sous Préférences → Sécurité du compte → Nouvelle clé API, et l'informatique enregistre la nouvelle avec `storeapp provision --only credential`.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="210" />
            <source>This Odoo has no warehouse: a store must be a warehouse.</source>
            <translation>Cet Odoo n'a pas d'entrepôt : un magasin doit être un entrepôt.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="354" />
            <source>Could not check whether it may apply stock counts (Odoo 17 needs Inventory / Administrator). If it lacks that right, counts wait in the outbox until given.</source>
            <translation>Impossible de vérifier s'il peut appliquer les inventaires (Odoo 17 demande Inventaire / Administrateur). Sans ce droit, les inventaires attendent dans la file d'envoi jusqu'à ce qu'il soit donné.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/setup/probe.py" line="362" />
            <source>It cannot apply stock counts: Odoo 17 requires Inventory / Administrator for that. Counts will wait in the outbox until the right is given.</source>
            <translation>Il ne peut pas appliquer les inventaires : Odoo 17 demande pour cela Inventaire / Administrateur. Les inventaires attendront dans la file d'envoi jusqu'à ce que le droit soit donné.</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Connection slow or failing</source>
            <translation>Connexion lente ou défaillante</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Offline — working from this PC</source>
            <translation>Hors ligne — travail sur ce PC</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Odoo refused the device login</source>
            <translation>Odoo a refusé la connexion de l'appareil</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Setup problem: Odoo cannot be used as configured</source>
            <translation>Problème de configuration : Odoo ne peut pas être utilisé tel qu'il est configuré</translation>
        </message>
        <message>
            <location filename="../../storeapp/ui/statusbar.py" line="44" />
            <source>Checking connection…</source>
            <translation>Vérification de la connexion…</translation>
        </message>
        <message>
            <source>{fails} problem(s), {warns} warning(s).</source>
            <translation type="vanished">{fails} problème(s), {warns} avertissement(s).</translation>
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
            <translation type="vanished">Odoo a refusé l'identifiant ou la clé API de l'appareil. Vérifiez les deux ; une clé API se crée dans Odoo sous Préférences → Sécurité du compte → Nouvelle clé API.</translation>
        </message>
    </context>
</TS>

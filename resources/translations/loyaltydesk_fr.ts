<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About %s</source>
            <translation>À propos de %s</translation>
        </message>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;À propos</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>&amp;Licence</source>
            <translation>&amp;Licence</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Remerciements</translation>
        </message>
        <message>
            <source>C&amp;redits</source>
            <translation>&amp;Remerciements</translation>
        </message>
        <message>
            <source>Copy &amp;Details</source>
            <translation>Copier les &amp;détails</translation>
        </message>
        <message>
            <source>Copy version and data folder</source>
            <translation>Copier la version et le dossier des données</translation>
        </message>
        <message>
            <source>LoyaltyDesk logo</source>
            <translation>Logo de LoyaltyDesk</translation>
        </message>
        <message>
            <source>Version %s</source>
            <translation>Version %s</translation>
        </message>
        <message>
            <source>Turn first sales into loyal, referring clients.</source>
            <translation>Faites de chaque première vente un client fidèle qui vous recommande.</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Dossier des données</translation>
        </message>
        <message>
            <source>&amp;Open Data Folder</source>
            <translation>&amp;Ouvrir le dossier des données</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Ouvrir le dossier des données</translation>
        </message>
        <message>
            <source>Free software under the %s licence</source>
            <translation>Logiciel libre sous licence %s</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Dossier des données :</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>Licence :</translation>
        </message>
        <message>
            <source>%(app)s is released under the %(licence)s licence; its full text is in the LICENSE file that comes with the source code.</source>
            <translation>%(app)s est publié sous licence %(licence)s ; son texte complet se trouve dans le fichier LICENSE fourni avec le code source.</translation>
        </message>
        <message>
            <source>%s is built on:</source>
            <translation>%s repose sur :</translation>
        </message>
        <message>
            <source>Qt and Qt for Python (PySide6) are used under the GNU Lesser General Public License, version 3; their source code is available from the Qt Project.</source>
            <translation>Qt et Qt for Python (PySide6) sont utilisés sous la licence publique générale limitée GNU, version 3 ; leur code source est disponible auprès du Qt Project.</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>%s: nothing to show yet.</source>
            <translation>%s : rien à afficher pour l’instant.</translation>
        </message>
        <message>
            <source>Nothing yet</source>
            <translation>Rien pour l’instant</translation>
        </message>
    </context>
    <context>
        <name>CustomerForm</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>C&amp;ompany</source>
            <translation>&amp;Entreprise</translation>
        </message>
        <message>
            <source>Em&amp;ail</source>
            <translation>Co&amp;urriel</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <source>&amp;Street</source>
            <translation>&amp;Rue</translation>
        </message>
        <message>
            <source>Posta&amp;l code</source>
            <translation>Code posta&amp;l</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>&amp;Ville</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>Pa&amp;ys</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>Site &amp;web</translation>
        </message>
        <message>
            <source>Owne&amp;r</source>
            <translation>Res&amp;ponsable</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Ta&amp;gs</source>
            <translation>Éti&amp;quettes</translation>
        </message>
        <message>
            <source>Referred &amp;by</source>
            <translation>Recommandé &amp;par</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Ideal gap between contacts, in days</source>
            <translation>Écart idéal entre deux contacts, en jours</translation>
        </message>
        <message>
            <source>Maximum gap between contacts, in days</source>
            <translation>Écart maximal entre deux contacts, en jours</translation>
        </message>
        <message>
            <source>&amp;Ideal gap</source>
            <translation>Écart &amp;idéal</translation>
        </message>
        <message>
            <source>Ma&amp;ximum gap</source>
            <translation>Écart ma&amp;ximal</translation>
        </message>
        <message>
            <source>default</source>
            <translation>par défaut</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>%s; “default” follows the tags and the stage</source>
            <translation>%s ; « par défaut » suit les étiquettes et l’étape</translation>
        </message>
    </context>
    <context>
        <name>CustomerHeader</name>
        <message>
            <source>Customer name</source>
            <translation>Nom du client</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Lifetime value and purchases</source>
            <translation>Valeur vie client et achats</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Prochaine étape</translation>
        </message>
        <message>
            <source>Plan…</source>
            <translation>Planifier…</translation>
        </message>
        <message>
            <source>Plan the next step</source>
            <translation>Planifier la prochaine étape</translation>
        </message>
        <message>
            <source>Keep-in-touch state</source>
            <translation>État du contact</translation>
        </message>
        <message>
            <source>Owner and tags</source>
            <translation>Responsable et étiquettes</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Birthday and anniversary</source>
            <translation>Anniversaire et date anniversaire</translation>
        </message>
        <message>
            <source>Log contact</source>
            <translation>Noter un contact</translation>
        </message>
        <message>
            <source>Record purchase</source>
            <translation>Enregistrer un achat</translation>
        </message>
        <message>
            <source>Plan next step</source>
            <translation>Planifier la prochaine étape</translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>Changer d’étape</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Nouveau client</translation>
        </message>
        <message>
            <source>Starts as %s, the first rung of the ladder</source>
            <translation>Commence comme %s, le premier échelon</translation>
        </message>
    </context>
    <context>
        <name>CustomerPage</name>
        <message>
            <source>The stage timeline shows here.</source>
            <translation>L’historique des étapes s’affiche ici.</translation>
        </message>
        <message>
            <source>Customer page sections</source>
            <translation>Sections de la fiche client</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Relances</translation>
        </message>
        <message>
            <source>Choose a customer in the list, or press Ctrl+N to add one.</source>
            <translation>Choisissez un client dans la liste, ou appuyez sur Ctrl+N pour en ajouter un.</translation>
        </message>
        <message>
            <source>Customer page</source>
            <translation>Fiche client</translation>
        </message>
        <message>
            <source>Edit (F2)</source>
            <translation>Modifier (F2)</translation>
        </message>
        <message>
            <source>Edit the details</source>
            <translation>Modifier les détails</translation>
        </message>
        <message>
            <source>Edit the details (F2, or double-click a field)</source>
            <translation>Modifier les détails (F2, ou double-clic sur un champ)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save the customer</source>
            <translation>Enregistrer le client</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Enregistrer (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel the changes</source>
            <translation>Annuler les modifications</translation>
        </message>
        <message>
            <source>Edit state</source>
            <translation>État de la modification</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save the changes to %s?</source>
            <translation>Enregistrer les modifications de %s ?</translation>
        </message>
    </context>
    <context>
        <name>CustomerPickerDialog</name>
        <message>
            <source>Referred by</source>
            <translation>Recommandé par</translation>
        </message>
        <message>
            <source>Name, company, city…</source>
            <translation>Nom, entreprise, ville…</translation>
        </message>
        <message>
            <source>Search the referrer</source>
            <translation>Rechercher qui a recommandé</translation>
        </message>
        <message>
            <source>Matching customers</source>
            <translation>Clients correspondants</translation>
        </message>
    </context>
    <context>
        <name>CustomerTable</name>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
    </context>
    <context>
        <name>Customers</name>
        <message>
            <source>call</source>
            <translation>appel</translation>
        </message>
        <message>
            <source>email</source>
            <translation>courriel</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>rendez-vous</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>visite</translation>
        </message>
        <message>
            <source>event</source>
            <translation>événement</translation>
        </message>
        <message>
            <source>message</source>
            <translation>message</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;New customer</source>
            <translation>&amp;Nouveau client</translation>
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation>&amp;Ouvrir le client</translation>
        </message>
        <message>
            <source>&amp;Move stage…</source>
            <translation>&amp;Changer d’étape…</translation>
        </message>
        <message>
            <source>Plan ne&amp;xt step</source>
            <translation>Planifier la &amp;prochaine étape</translation>
        </message>
        <message>
            <source>Move to &amp;Trash</source>
            <translation>Mettre à la &amp;corbeille</translation>
        </message>
        <message>
            <source>Tr&amp;ash…</source>
            <translation>Cor&amp;beille…</translation>
        </message>
        <message>
            <source>&amp;Find customers</source>
            <translation>Rec&amp;hercher des clients</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>&amp;Effacer les filtres</translation>
        </message>
        <message>
            <source>&amp;Losing touch</source>
            <translation>&amp;Contact qui se perd</translation>
        </message>
        <message>
            <source>&amp;No next step</source>
            <translation>&amp;Sans prochaine étape</translation>
        </message>
        <message>
            <source>Customer &amp;Page Beside the List</source>
            <translation>&amp;Fiche client à côté de la liste</translation>
        </message>
        <message>
            <source>Plan next steps</source>
            <translation>Planifier les prochaines étapes</translation>
        </message>
        <message>
            <source>the new customer</source>
            <translation>le nouveau client</translation>
        </message>
        <message>
            <source>Done %s</source>
            <translation>Faite %s</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Skipped %s</source>
            <translation>Sautée %s</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Sautée</translation>
        </message>
        <message>
            <source>Snoozed until %s</source>
            <translation>Reportée jusqu’au %s</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rouge</translation>
        </message>
        <message>
            <source>set for this customer</source>
            <translation>fixé pour ce client</translation>
        </message>
        <message>
            <source>from the tag “%s”</source>
            <translation>de l’étiquette « %s »</translation>
        </message>
        <message>
            <source>from the stage</source>
            <translation>de l’étape</translation>
        </message>
        <message>
            <source>Now ideally every {ideal} days, at most every {most} ({source}).</source>
            <translation>Désormais idéalement tous les {ideal} jours, au plus tous les {most} ({source}).</translation>
        </message>
        <message>
            <source>Red: %s, past the longest gap</source>
            <translation>Rouge : %s, au-delà de l’écart maximal</translation>
        </message>
        <message>
            <source>Amber: %s, past the ideal gap</source>
            <translation>Orange : %s, au-delà de l’écart idéal</translation>
        </message>
        <message>
            <source>In touch: %s; amber from %s</source>
            <translation>En contact : %s ; orange à partir du %s</translation>
        </message>
        <message>
            <source>No contact yet</source>
            <translation>Aucun contact pour l’instant</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>Sans prochaine étape</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation> (en retard)</translation>
        </message>
        <message>
            <source>{stage} · since {day}</source>
            <translation>{stage} · depuis le {day}</translation>
        </message>
        <message>
            <source>LTV (3 years) %s</source>
            <translation>Valeur vie client (3 ans) %s</translation>
        </message>
        <message>
            <source>Last contact: %s</source>
            <translation>Dernier contact : %s</translation>
        </message>
        <message>
            <source>Next step: %s</source>
            <translation>Prochaine étape : %s</translation>
        </message>
        <message>
            <source>Owner: %s</source>
            <translation>Responsable : %s</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sans responsable</translation>
        </message>
        <message>
            <source>Tags: %s</source>
            <translation>Étiquettes : %s</translation>
        </message>
        <message>
            <source>last score %d/10</source>
            <translation>dernière note %d/10</translation>
        </message>
        <message>
            <source>d MMMM</source>
            <translation>d MMMM</translation>
        </message>
        <message>
            <source>Birthday: %s</source>
            <translation>Anniversaire : %s</translation>
        </message>
        <message>
            <source>Anniversary: %s</source>
            <translation>Date anniversaire : %s</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy %s</source>
            <translation>Copier %s</translation>
        </message>
        <message>
            <source>Copy %s to the clipboard</source>
            <translation>Copier %s dans le presse-papiers</translation>
        </message>
        <message>
            <source>Customers losing touch</source>
            <translation>Clients dont le contact se perd</translation>
        </message>
        <message>
            <source>Customers with no next step</source>
            <translation>Clients sans prochaine étape</translation>
        </message>
        <message>
            <source>From the first purchase up, nothing planned: click to list them</source>
            <translation>Dès le premier achat, rien de prévu : cliquez pour les lister</translation>
        </message>
        <message>
            <source>{red} red · {amber} amber</source>
            <translation>{red} en rouge · {amber} en orange</translation>
        </message>
        <message>
            <source>Past the longest (red) or the ideal (amber) gap without contact: click to list them</source>
            <translation>Au-delà de l’écart maximal (rouge) ou idéal (orange) sans contact : cliquez pour les lister</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Prochaine relance</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Achats</translation>
        </message>
        <message>
            <source>LTV (3 years)</source>
            <translation>Valeur (3 ans)</translation>
        </message>
        <message>
            <source>Last score</source>
            <translation>Dernière note</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Garder le contact</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>%s (overdue)</source>
            <translation>%s (en retard)</translation>
        </message>
        <message>
            <source>Bought already, and nothing is planned: plan the next step</source>
            <translation>A déjà acheté, et rien n’est prévu : planifiez la prochaine étape</translation>
        </message>
        <message>
            <source>Past the longest gap without contact since %s</source>
            <translation>Au-delà de l’écart maximal sans contact depuis le %s</translation>
        </message>
        <message>
            <source>Past the ideal gap without contact since %s; red from %s</source>
            <translation>Au-delà de l’écart idéal sans contact depuis le %s ; rouge à partir du %s</translation>
        </message>
        <message>
            <source>In touch; amber from %s</source>
            <translation>En contact ; orange à partir du %s</translation>
        </message>
        <message>
            <source>Cannot undo or redo “%s”: %s</source>
            <translation>Impossible d’annuler ou de rétablir « %s » : %s</translation>
        </message>
        <message>
            <source>Undone: %s</source>
            <translation>Annulé : %s</translation>
        </message>
        <message>
            <source>Move to %s</source>
            <translation>Passer à %s</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>Modifier %s</translation>
        </message>
        <message>
            <source>Add %s</source>
            <translation>Ajouter %s</translation>
        </message>
        <message>
            <source>Delete {n} customer and all their history for good? This cannot be undone.</source>
            <translation>Supprimer définitivement {n} client et tout son historique ? C’est irréversible.</translation>
        </message>
        <message>
            <source>Delete {n} customers and all their history for good? This cannot be undone.</source>
            <translation>Supprimer définitivement {n} clients et tout leur historique ? C’est irréversible.</translation>
        </message>
        <message>
            <source>Done or skipped ({n})</source>
            <translation>Faites ou sautées ({n})</translation>
        </message>
        <message>
            <source>Move {n} customer to the trash</source>
            <translation>Mettre {n} client à la corbeille</translation>
        </message>
        <message>
            <source>Move {n} customers to the trash</source>
            <translation>Mettre {n} clients à la corbeille</translation>
        </message>
        <message>
            <source>Next step planned for {n} customer</source>
            <translation>Prochaine étape prévue pour {n} client</translation>
        </message>
        <message>
            <source>Next steps planned for {n} customers</source>
            <translation>Prochaines étapes prévues pour {n} clients</translation>
        </message>
        <message>
            <source>Only {n} chosen customer ✕</source>
            <translation>Seulement {n} client choisi ✕</translation>
        </message>
        <message>
            <source>Only {n} chosen customers ✕</source>
            <translation>Seulement {n} clients choisis ✕</translation>
        </message>
        <message>
            <source>Plan a next step for each of {n} customers?</source>
            <translation>Planifier une prochaine étape pour chacun des {n} clients ?</translation>
        </message>
        <message>
            <source>Plan a next step for {n} customer?</source>
            <translation>Planifier une prochaine étape pour {n} client ?</translation>
        </message>
        <message>
            <source>Planned ({n})</source>
            <translation>Prévues ({n})</translation>
        </message>
        <message>
            <source>Restore {n} customer</source>
            <translation>Restaurer {n} client</translation>
        </message>
        <message>
            <source>Restore {n} customers</source>
            <translation>Restaurer {n} clients</translation>
        </message>
        <message>
            <source>{n} customer</source>
            <translation>{n} client</translation>
        </message>
        <message>
            <source>{n} customer in the trash</source>
            <translation>{n} client dans la corbeille</translation>
        </message>
        <message>
            <source>{n} customer is in the trash: Edit &gt; Trash… brings it back.</source>
            <translation>{n} client est dans la corbeille : Édition &gt; Corbeille… le rétablit.</translation>
        </message>
        <message>
            <source>{n} customers</source>
            <translation>{n} clients</translation>
        </message>
        <message>
            <source>{n} customers are in the trash: Edit &gt; Trash… brings them back.</source>
            <translation>{n} clients sont dans la corbeille : Édition &gt; Corbeille… les rétablit.</translation>
        </message>
        <message>
            <source>{n} customers in the trash</source>
            <translation>{n} clients dans la corbeille</translation>
        </message>
        <message>
            <source>{n} day without contact</source>
            <translation>{n} jour sans contact</translation>
        </message>
        <message>
            <source>{n} days without contact</source>
            <translation>{n} jours sans contact</translation>
        </message>
        <message>
            <source>{n} follow-up planned</source>
            <translation>{n} relance prévue</translation>
        </message>
        <message>
            <source>{n} follow-ups planned</source>
            <translation>{n} relances prévues</translation>
        </message>
        <message>
            <source>{n} purchase</source>
            <translation>{n} achat</translation>
        </message>
        <message>
            <source>{n} purchases</source>
            <translation>{n} achats</translation>
        </message>
        <message>
            <source>{n} with no next step</source>
            <translation>{n} sans prochaine étape</translation>
        </message>
    </context>
    <context>
        <name>CustomersView</name>
        <message>
            <source>Customers view</source>
            <translation>Vue des clients</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>No customer matches “%1”.</source>
            <translation>Aucun client ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>No customer matches these filters.</source>
            <translation>Aucun client ne correspond à ces filtres.</translation>
        </message>
        <message>
            <source>Moved to the trash. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
            <translation>Mis à la corbeille. Édition &gt; Annuler (Ctrl+Z) le rétablit.</translation>
        </message>
        <message>
            <source>Saved. The current filters hide this customer.</source>
            <translation>Enregistré. Les filtres actuels masquent ce client.</translation>
        </message>
    </context>
    <context>
        <name>EditConflict</name>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>%1: now “%2”, yours “%3”</source>
            <translation>%1 : maintenant « %2 », le vôtre « %3 »</translation>
        </message>
        <message>
            <source>Changed Elsewhere</source>
            <translation>Modifié ailleurs</translation>
        </message>
        <message>
            <source>This customer was changed elsewhere (an import, another window) since you opened it. Your other changes are kept either way.</source>
            <translation>Ce client a été modifié ailleurs (un import, une autre fenêtre) depuis que vous l’avez ouvert. Vos autres modifications sont gardées dans tous les cas.</translation>
        </message>
        <message>
            <source>Keep Mine</source>
            <translation>Garder les miennes</translation>
        </message>
        <message>
            <source>Keep Theirs</source>
            <translation>Garder les autres</translation>
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <source>Follow-up for %1</source>
            <translation>Relance pour %1</translation>
        </message>
        <message>
            <source>Edit follow-up</source>
            <translation>Modifier la relance</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>C&amp;anal</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>&amp;Script</source>
            <translation>&amp;Script</translation>
        </message>
        <message>
            <source>Script</source>
            <translation>Script</translation>
        </message>
        <message>
            <source>%1 is now “%2”</source>
            <translation>%1 vaut maintenant « %2 »</translation>
        </message>
        <message>
            <source>Changed elsewhere since this form was opened:</source>
            <translation>Modifié ailleurs depuis l’ouverture de ce formulaire :</translation>
        </message>
        <message>
            <source>OK again keeps what you typed; Cancel keeps the above.</source>
            <translation>OK une seconde fois garde ce que vous avez saisi ; Annuler garde les valeurs ci-dessus.</translation>
        </message>
    </context>
    <context>
        <name>EncryptionDialog</name>
        <message>
            <source>Encryption</source>
            <translation>Chiffrement</translation>
        </message>
        <message>
            <source>&amp;Encrypt…</source>
            <translation>&amp;Chiffrer…</translation>
        </message>
        <message>
            <source>&amp;Change Passphrase…</source>
            <translation>Changer la &amp;phrase secrète…</translation>
        </message>
        <message>
            <source>&amp;Decrypt…</source>
            <translation>&amp;Déchiffrer…</translation>
        </message>
        <message>
            <source>Encrypt the data</source>
            <translation>Chiffrer les données</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>Decrypt the data</source>
            <translation>Déchiffrer les données</translation>
        </message>
        <message>
            <source>Encryption needs SQLCipher, which is not installed. Install LoyaltyDesk with its “encryption” extra to use it.</source>
            <translation>Le chiffrement demande SQLCipher, qui n’est pas installé. Installez LoyaltyDesk avec son option « encryption » pour l’utiliser.</translation>
        </message>
        <message>
            <source>Your data is encrypted. Without the passphrase, neither the database nor its backups can be read. If the passphrase is lost, so is the data.</source>
            <translation>Vos données sont chiffrées. Sans la phrase secrète, ni la base ni ses sauvegardes ne peuvent être lues. Si la phrase secrète est perdue, les données le sont aussi.</translation>
        </message>
        <message>
            <source>Your data is not encrypted: anyone who gets this computer's disk can read the database and its backups.</source>
            <translation>Vos données ne sont pas chiffrées : quiconque accède au disque de cet ordinateur peut lire la base et ses sauvegardes.</translation>
        </message>
        <message>
            <source>Choose a passphrase. It will be needed to open the data; nobody can recover it for you.</source>
            <translation>Choisissez une phrase secrète. Elle sera nécessaire pour ouvrir les données ; personne ne pourra la retrouver pour vous.</translation>
        </message>
        <message>
            <source>Choose the new passphrase.</source>
            <translation>Choisissez la nouvelle phrase secrète.</translation>
        </message>
        <message>
            <source>Decrypt</source>
            <translation>Déchiffrer</translation>
        </message>
        <message>
            <source>Store the database and its backups without encryption?</source>
            <translation>Enregistrer la base et ses sauvegardes sans chiffrement ?</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>Contact sheets, a page per customer (PDF)</source>
            <translation>Fiches de contact, une page par client (PDF)</translation>
        </message>
        <message>
            <source>Contact sheets, two customers to a page (PDF)</source>
            <translation>Fiches de contact, deux clients par page (PDF)</translation>
        </message>
        <message>
            <source>Route list by postal code and city (PDF)</source>
            <translation>Tournée par code postal et ville (PDF)</translation>
        </message>
        <message>
            <source>Route list by time of the visit (PDF)</source>
            <translation>Tournée par heure de visite (PDF)</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV)</source>
            <translation>Tableur (CSV)</translation>
        </message>
        <message>
            <source>Address book, vCard 3.0</source>
            <translation>Carnet d’adresses, vCard 3.0</translation>
        </message>
        <message>
            <source>Address book, vCard 4.0</source>
            <translation>Carnet d’adresses, vCard 4.0</translation>
        </message>
        <message>
            <source>Follow-ups as calendar to-dos (iCalendar)</source>
            <translation>Relances en tâches de calendrier (iCalendar)</translation>
        </message>
        <message>
            <source>Follow-ups as calendar events (iCalendar)</source>
            <translation>Relances en événements de calendrier (iCalendar)</translation>
        </message>
        <message>
            <source>Merge into the customer we have</source>
            <translation>Fusionner avec le client existant</translation>
        </message>
        <message>
            <source>Add as new</source>
            <translation>Ajouter comme nouveau</translation>
        </message>
        <message>
            <source>&amp;Merge selected</source>
            <translation>&amp;Fusionner la sélection</translation>
        </message>
        <message>
            <source>&amp;Add selected as new</source>
            <translation>&amp;Ajouter la sélection comme nouveaux</translation>
        </message>
        <message>
            <source>&amp;Leave selected out</source>
            <translation>&amp;Laisser la sélection de côté</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import the %n good contact(s), skip %1</source>
            <translation>
                <numerusform>&amp;Importer %n contact lisible, en sauter %1</numerusform>
                <numerusform>&amp;Importer les %n contacts lisibles, en sauter %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>Laisser de côté</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Provenance</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Phone sync is not set up (loyaltydesk dav connect URL --user U)</source>
            <translation>La synchronisation du téléphone n’est pas configurée (loyaltydesk dav connect URL --user U)</translation>
        </message>
        <message>
            <source>Contact sheets</source>
            <translation>Fiches de contact</translation>
        </message>
        <message>
            <source>the column mapping does not fit the file's columns</source>
            <translation>la correspondance des colonnes ne correspond pas aux colonnes du fichier</translation>
        </message>
        <message>
            <source>line {line}: no name, email or phone; left out</source>
            <translation>ligne {line} : ni nom, ni e-mail, ni téléphone ; laissée de côté</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>ligne {line}</translation>
        </message>
        <message>
            <source>this is a calendar saved as CSV (Subject, Start Date...), not contacts</source>
            <translation>c’est un agenda enregistré en CSV (Objet, Date de début...), pas des contacts</translation>
        </message>
        <message>
            <source>this is a table of invoices or amounts, not contacts; a purchase history imports as purchases (Holds: Purchases, or --format purchases-csv)</source>
            <translation>c’est un tableau de factures ou de montants, pas des contacts ; un historique d’achats s’importe comme achats (Contenu : Achats, ou --format purchases-csv)</translation>
        </message>
        <message>
            <source>no column holds a name, company, email or phone: this does not look like contacts; map the columns by hand if it is</source>
            <translation>aucune colonne ne contient de nom, d’entreprise, d’e-mail ou de téléphone : cela ne ressemble pas à des contacts ; si c’en est, associez les colonnes à la main</translation>
        </message>
        <message>
            <source>column {number}</source>
            <translation>colonne {number}</translation>
        </message>
        <message>
            <source>No column is recognised: choose what each column holds</source>
            <translation>Aucune colonne n’est reconnue : choisissez ce que contient chaque colonne</translation>
        </message>
        <message>
            <source>Columns left out unless you map them: {columns}</source>
            <translation>Colonnes laissées de côté si vous ne les associez pas : {columns}</translation>
        </message>
        <message>
            <source>no column is named {header}; the columns are: {columns}</source>
            <translation>aucune colonne ne s’appelle {header} ; les colonnes sont : {columns}</translation>
        </message>
        <message>
            <source>{name} is not a field; choose one of: {fields}</source>
            <translation>{name} n’est pas un champ ; choisissez parmi : {fields}</translation>
        </message>
        <message>
            <source>a field is longer than {size} KB (a whole document in one cell?); shorten it, or leave that column out</source>
            <translation>un champ dépasse {size} Ko (un document entier dans une cellule ?) ; raccourcissez-le, ou laissez cette colonne de côté</translation>
        </message>
        <message>
            <source>the CSV is damaged ({reason}); is a quote left open?</source>
            <translation>le CSV est endommagé ({reason}) ; un guillemet est-il resté ouvert ?</translation>
        </message>
        <message>
            <source>this line uses {other} where the rest of the file uses {separator}: the file mixes separators</source>
            <translation>cette ligne utilise {other} là où le reste du fichier utilise {separator} : le fichier mélange les séparateurs</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>line {line}: this row has {cells} cells but the header on line {header} has {width}: a separator too many, or a quote missing?</source>
            <translation>ligne {line} : cette ligne a {cells} cellules mais l’en-tête de la ligne {header} en a {width} : un séparateur de trop, ou un guillemet manquant ?</translation>
        </message>
        <message>
            <source>The server at {server} does not speak CalDAV ({reason})</source>
            <translation>Le serveur {server} ne parle pas CalDAV ({reason})</translation>
        </message>
        <message>
            <source>The server would not make a {name} calendar</source>
            <translation>Le serveur a refusé de créer un agenda {name}</translation>
        </message>
        <message>
            <source>The server would not make a {name} address book (HTTP {status})</source>
            <translation>Le serveur a refusé de créer un carnet d’adresses {name} (HTTP {status})</translation>
        </message>
        <message>
            <source>A phone sync is already running for this data folder</source>
            <translation>Une synchronisation du téléphone est déjà en cours pour ce dossier de données</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>ligne {line} : {problem}</translation>
        </message>
        <message>
            <source>{where}: no name or company; named after {name}</source>
            <translation>{where} : ni nom ni entreprise ; nommé d’après {name}</translation>
        </message>
        <message numerus="yes">
            <source>; and %n more</source>
            <translation>
                <numerusform>; et %n autre</numerusform>
                <numerusform>; et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is larger than 200 MB; is it the right file?</source>
            <translation>{file} dépasse 200 Mo ; est-ce le bon fichier ?</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} ne peut pas être lu : {reason}</translation>
        </message>
        <message>
            <source>this is a calendar (iCalendar); LoyaltyDesk exports follow-ups as calendars but imports contacts (vCard, CSV) and purchases (CSV)</source>
            <translation>c’est un agenda (iCalendar) ; LoyaltyDesk exporte les relances en agenda mais importe des contacts (vCard, CSV) et des achats (CSV)</translation>
        </message>
        <message>
            <source>no column is recognised (headers like Name, Email, Phone, Company); map the columns in File &gt; Import or with --map "Column=field"</source>
            <translation>aucune colonne n’est reconnue (des en-têtes comme Name, Email, Phone, Company) ; associez les colonnes dans Fichier &gt; Importer ou avec --map "Colonne=champ"</translation>
        </message>
        <message>
            <source>Reading cancelled: nothing was changed</source>
            <translation>Lecture annulée : rien n’a été modifié</translation>
        </message>
        <message numerus="yes">
            <source>the file holds %n NUL character(s), a sign of damage: they were removed</source>
            <translation>
                <numerusform>le fichier contient %n caractère NUL, signe de dommage : il a été retiré</numerusform>
                <numerusform>le fichier contient %n caractères NUL, signe de dommage : ils ont été retirés</numerusform>
            </translation>
        </message>
        <message>
            <source>only a CSV file has columns to map</source>
            <translation>seul un fichier CSV a des colonnes à associer</translation>
        </message>
        <message>
            <source>{bad} cannot be read ({lines})</source>
            <translation>{bad} illisible(s) ({lines})</translation>
        </message>
        <message>
            <source>no contact can be read ({lines})</source>
            <translation>aucun contact n’est lisible ({lines})</translation>
        </message>
        <message>
            <source>the amount {text} is not an amount of money</source>
            <translation>le montant {text} n’est pas une somme d’argent</translation>
        </message>
        <message>
            <source>the amount {text} is negative; a refund is not a purchase</source>
            <translation>le montant {text} est négatif ; un remboursement n’est pas un achat</translation>
        </message>
        <message>
            <source>a purchases file needs a date and an amount column (headers like Date, Email, Customer, Amount, Currency, Description)</source>
            <translation>un fichier d’achats a besoin d’une colonne de date et d’une colonne de montant (des en-têtes comme Date, Email, Client, Montant, Devise, Description)</translation>
        </message>
        <message>
            <source>a purchases file needs the customer's email or name in a column (Email or Customer)</source>
            <translation>un fichier d’achats a besoin de l’e-mail ou du nom du client dans une colonne (Email ou Client)</translation>
        </message>
        <message>
            <source>no customer email or name on this line</source>
            <translation>ni e-mail ni nom de client sur cette ligne</translation>
        </message>
        <message>
            <source>{code} is not a three-letter currency code</source>
            <translation>{code} n’est pas un code de devise à trois lettres</translation>
        </message>
        <message>
            <source>dates like 03/04/2026 were read day first (3 April 2026)</source>
            <translation>les dates comme 03/04/2026 ont été lues jour en premier (3 avril 2026)</translation>
        </message>
        <message>
            <source>the file cannot be read as {encoding}: {reason}</source>
            <translation>le fichier ne peut pas être lu en {encoding} : {reason}</translation>
        </message>
        <message>
            <source>the file starts as {encoding} but byte {byte} is not: it is damaged</source>
            <translation>le fichier commence en {encoding} mais l’octet {byte} ne l’est pas : il est endommagé</translation>
        </message>
        <message>
            <source>line {line} is not UTF-8 while the rest of the file is: correct it, or choose the file's encoding (--encoding, or Encoding in File &gt; Import) to read it all that way</source>
            <translation>la ligne {line} n’est pas en UTF-8 alors que le reste du fichier l’est : corrigez-la, ou choisissez l’encodage du fichier (--encoding, ou Encodage dans Fichier &gt; Importer) pour tout lire ainsi</translation>
        </message>
        <message>
            <source>lines {lines} are not UTF-8 while the rest of the file is: correct them, or choose the file's encoding (--encoding, or Encoding in File &gt; Import) to read it all that way</source>
            <translation>les lignes {lines} ne sont pas en UTF-8 alors que le reste du fichier l’est : corrigez-les, ou choisissez l’encodage du fichier (--encoding, ou Encodage dans Fichier &gt; Importer) pour tout lire ainsi</translation>
        </message>
        <message>
            <source>{card}: {text} looks like a spreadsheet formula, not a name</source>
            <translation>{card} : {text} ressemble à une formule de tableur, pas à un nom</translation>
        </message>
        <message>
            <source>{card}: some text declared no character set and was read by a guess; check accented letters</source>
            <translation>{card} : un texte ne déclarait aucun jeu de caractères et a été lu au jugé ; vérifiez les lettres accentuées</translation>
        </message>
        <message>
            <source>{card}: no name, email or phone; left out</source>
            <translation>{card} : ni nom, ni e-mail, ni téléphone ; laissée de côté</translation>
        </message>
        <message>
            <source>{card}, line {line}: {text} is not a vCard property (NAME:value); skipped, the rest of the card is kept</source>
            <translation>{card}, ligne {line} : {text} n’est pas une propriété vCard (NOM:valeur) ; ignorée, le reste de la fiche est gardé</translation>
        </message>
        <message>
            <source>{card} has no END:VCARD before the next card starts on line {line}</source>
            <translation>{card} n’a pas de END:VCARD avant que la fiche suivante commence à la ligne {line}</translation>
        </message>
        <message>
            <source>line {line}: END:VCARD without a card to end; skipped</source>
            <translation>ligne {line} : END:VCARD sans fiche à terminer ; ignorée</translation>
        </message>
        <message>
            <source>line {line}: {text} is outside any card (BEGIN:VCARD ... END:VCARD); skipped</source>
            <translation>ligne {line} : {text} est hors de toute fiche (BEGIN:VCARD ... END:VCARD) ; ignorée</translation>
        </message>
        <message>
            <source>{card} ends without END:VCARD: the file looks cut short</source>
            <translation>{card} se termine sans END:VCARD : le fichier semble tronqué</translation>
        </message>
        <message>
            <source>the file holds no vCard (BEGIN:VCARD ... END:VCARD); is it a contacts file?</source>
            <translation>le fichier ne contient aucune vCard (BEGIN:VCARD ... END:VCARD) ; est-ce un fichier de contacts ?</translation>
        </message>
        <message>
            <source>vCard version {version} cannot be written; choose 3.0 or 4.0</source>
            <translation>la version {version} de vCard ne peut pas être écrite ; choisissez 3.0 ou 4.0</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>Correspondance des colonnes</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Première valeur</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importer comme</translation>
        </message>
        <message>
            <source>Not placed: choose the field this column fills, or leave it out</source>
            <translation>Non placée : choisissez le champ que cette colonne remplit, ou laissez-la de côté</translation>
        </message>
        <message>
            <source>Import %1 as</source>
            <translation>Importer %1 comme</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Export as</source>
            <translation>Exporter en</translation>
        </message>
        <message>
            <source>Which customers</source>
            <translation>Quels clients</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>File to write</source>
            <translation>Fichier à écrire</translation>
        </message>
        <message>
            <source>C&amp;hoose...</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Choisir le fichier</translation>
        </message>
        <message>
            <source>&amp;Export:</source>
            <translation>&amp;Exporter :</translation>
        </message>
        <message>
            <source>&amp;Customers:</source>
            <translation>&amp;Clients :</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exporter vers</translation>
        </message>
        <message>
            <source>Choose a file to write.</source>
            <translation>Choisissez un fichier à écrire.</translation>
        </message>
        <message>
            <source>Exporting...</source>
            <translation>Export en cours…</translation>
        </message>
        <message>
            <source>No file was written: %1</source>
            <translation>Aucun fichier n’a été écrit : %1</translation>
        </message>
        <message>
            <source>Export cancelled: no file was written.</source>
            <translation>Export annulé : aucun fichier n’a été écrit.</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>Importer %1</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>Contenu du fichier</translation>
        </message>
        <message>
            <source>Guess from the file</source>
            <translation>Deviner d’après le fichier</translation>
        </message>
        <message>
            <source>Text encoding</source>
            <translation>Encodage du texte</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Doublons</translation>
        </message>
        <message>
            <source>Add customers that no line matches</source>
            <translation>Ajouter les clients qu’aucune ligne ne reconnaît</translation>
        </message>
        <message>
            <source>Import status</source>
            <translation>État de l’import</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <source>&amp;Holds:</source>
            <translation>&amp;Contient :</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Encodage :</translation>
        </message>
        <message>
            <source>&amp;Duplicates:</source>
            <translation>&amp;Doublons :</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>What will be imported</source>
            <translation>Ce qui sera importé</translation>
        </message>
        <message>
            <source>Notes about the file</source>
            <translation>Remarques sur le fichier</translation>
        </message>
        <message>
            <source>Contacts that cannot be read</source>
            <translation>Contacts illisibles</translation>
        </message>
        <message>
            <source>Reading %1...</source>
            <translation>Lecture de %1…</translation>
        </message>
        <message>
            <source>Reading cancelled: nothing was changed.</source>
            <translation>Lecture annulée : rien n’a été modifié.</translation>
        </message>
        <message>
            <source>This file cannot be imported: %1</source>
            <translation>Ce fichier ne peut pas être importé : %1</translation>
        </message>
        <message>
            <source>%1, read as %2.</source>
            <translation>%1, lu en %2.</translation>
        </message>
        <message>
            <source>%1 purchases; %2 name no customer we know.</source>
            <translation>%1 achats ; %2 ne désignent aucun client connu.</translation>
        </message>
        <message>
            <source>%1 to add, %2 duplicates to merge, %3 left out.</source>
            <translation>%1 à ajouter, %2 doublons à fusionner, %3 laissés de côté.</translation>
        </message>
        <message>
            <source>%1 cannot be read (listed below): import the others and skip them, or fix the file; nothing changes until you choose.</source>
            <translation>%1 illisibles (listés ci-dessous) : importez les autres en les sautant, ou corrigez le fichier ; rien ne change tant que vous n’avez pas choisi.</translation>
        </message>
        <message>
            <source>Importing %1...</source>
            <translation>Import de %1…</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Rien n’a été importé : %1</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was changed.</source>
            <translation>Import annulé : rien n’a été modifié.</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Export selected…</source>
            <translation>Exporter la sélection…</translation>
        </message>
        <message>
            <source>Contact sheets...</source>
            <translation>Fiches de contact…</translation>
        </message>
        <message>
            <source>Import contacts or purchases</source>
            <translation>Importer des contacts ou des achats</translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>Importé : %1</translation>
        </message>
        <message>
            <source>Selected customers</source>
            <translation>Clients sélectionnés</translation>
        </message>
        <message>
            <source>Customers in the list</source>
            <translation>Clients de la liste</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>Tous les clients</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>Exporté : %1</translation>
        </message>
        <message>
            <source>&amp;Open file</source>
            <translation>&amp;Ouvrir le fichier</translation>
        </message>
        <message>
            <source>an earlier row</source>
            <translation>une ligne précédente</translation>
        </message>
        <message>
            <source>Merge into %1 (%2)</source>
            <translation>Fusionner avec %1 (%2)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation>%1 (introuvable)</translation>
        </message>
        <message>
            <source> - already recorded</source>
            <translation> – déjà enregistré</translation>
        </message>
        <message>
            <source>Follow-ups due on %1</source>
            <translation>Relances à faire le %1</translation>
        </message>
        <message>
            <source>Follow-ups due today or overdue</source>
            <translation>Relances à faire aujourd’hui ou en retard</translation>
        </message>
        <message>
            <source>Follow-ups due %1 to %2</source>
            <translation>Relances à faire du %1 au %2</translation>
        </message>
        <message>
            <source>Stage: %1</source>
            <translation>Étape : %1</translation>
        </message>
        <message>
            <source>Sheets for the da&amp;y...</source>
            <translation>Fiches du &amp;jour…</translation>
        </message>
        <message>
            <source>Contact sheets and the route for the chosen day's follow-ups</source>
            <translation>Fiches de contact et tournée pour les relances du jour choisi</translation>
        </message>
        <message>
            <source>Sheets for the wee&amp;k...</source>
            <translation>Fiches de la se&amp;maine…</translation>
        </message>
        <message>
            <source>Contact sheets and the route for this week's follow-ups</source>
            <translation>Fiches de contact et tournée pour les relances de cette semaine</translation>
        </message>
        <message>
            <source>S&amp;heets for today...</source>
            <translation>Fic&amp;hes d’aujourd’hui…</translation>
        </message>
        <message>
            <source>Contact sheets and the route for today's follow-ups</source>
            <translation>Fiches de contact et tournée pour les relances d’aujourd’hui</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n fiche</numerusform>
                <numerusform>%n fiches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>Add to notes</source>
            <translation>Ajouter aux notes</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Anniversaire de mariage</translation>
        </message>
        <message>
            <source>Big5 (Chinese)</source>
            <translation>Big5 (chinois)</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Contact id (to recognise it again)</source>
            <translation>Identifiant du contact (pour le reconnaître)</translation>
        </message>
        <message>
            <source>Contacts (CSV)</source>
            <translation>Contacts (CSV)</translation>
        </message>
        <message>
            <source>Contacts (vCard)</source>
            <translation>Contacts (vCard)</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Day of birth</source>
            <translation>Jour de naissance</translation>
        </message>
        <message>
            <source>EUC-KR (Korean)</source>
            <translation>EUC-KR (coréen)</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>GB18030 (Chinese)</source>
            <translation>GB18030 (chinois)</translation>
        </message>
        <message>
            <source>ISO-8859-1</source>
            <translation>ISO-8859-1</translation>
        </message>
        <message>
            <source>Job title (into notes)</source>
            <translation>Fonction (dans les notes)</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Deuxième prénom</translation>
        </message>
        <message>
            <source>Month of birth</source>
            <translation>Mois de naissance</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>Purchases (CSV)</source>
            <translation>Achats (CSV)</translation>
        </message>
        <message>
            <source>Region (into notes)</source>
            <translation>Région (dans les notes)</translation>
        </message>
        <message>
            <source>Shift JIS (Japanese)</source>
            <translation>Shift JIS (japonais)</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>The collection {url} is gone from the server; choose another in Edit &gt; Phone sync...</source>
            <translation>La collection {url} n’existe plus sur le serveur ; choisissez-en une autre dans Édition &gt; Synchronisation du téléphone...</translation>
        </message>
        <message>
            <source>The server at {server} does not answer; the next sync goes on from here</source>
            <translation>Le serveur {server} ne répond pas ; la prochaine synchronisation reprendra d’ici</translation>
        </message>
        <message>
            <source>The server does not let {user} use {path}</source>
            <translation>Le serveur ne permet pas à {user} d’utiliser {path}</translation>
        </message>
        <message>
            <source>The server refused the user name or password</source>
            <translation>Le serveur a refusé le nom d’utilisateur ou le mot de passe</translation>
        </message>
        <message>
            <source>The server would not delete an entry (HTTP {status})</source>
            <translation>Le serveur a refusé de supprimer une entrée (HTTP {status})</translation>
        </message>
        <message>
            <source>The server would not read an entry (HTTP {status})</source>
            <translation>Le serveur a refusé de lire une entrée (HTTP {status})</translation>
        </message>
        <message>
            <source>The server would not save an entry (HTTP {status})</source>
            <translation>Le serveur a refusé d’enregistrer une entrée (HTTP {status})</translation>
        </message>
        <message>
            <source>UTF-16 BE</source>
            <translation>UTF-16 BE</translation>
        </message>
        <message>
            <source>UTF-16 LE</source>
            <translation>UTF-16 LE</translation>
        </message>
        <message>
            <source>UTF-32 BE</source>
            <translation>UTF-32 BE</translation>
        </message>
        <message>
            <source>UTF-32 LE</source>
            <translation>UTF-32 LE</translation>
        </message>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>UTF-8 (with BOM)</source>
            <translation>UTF-8 (avec BOM)</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Windows-1250 (Central European)</source>
            <translation>Windows-1250 (Europe centrale)</translation>
        </message>
        <message>
            <source>Windows-1251 (Cyrillic)</source>
            <translation>Windows-1251 (cyrillique)</translation>
        </message>
        <message>
            <source>Windows-1252 (Western)</source>
            <translation>Windows-1252 (Europe occidentale)</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Année de naissance</translation>
        </message>
        <message>
            <source>bars</source>
            <translation>des barres verticales</translation>
        </message>
        <message>
            <source>card {card} (line {line})</source>
            <translation>fiche {card} (ligne {line})</translation>
        </message>
        <message>
            <source>card {card} (line {line}, {name})</source>
            <translation>fiche {card} (ligne {line}, {name})</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>des virgules</translation>
        </message>
        <message>
            <source>line {line}: the anniversary {text} is not a day; kept in the notes</source>
            <translation>ligne {line} : l’anniversaire {text} n’est pas un jour ; gardé dans les notes</translation>
        </message>
        <message>
            <source>line {line}: the birthday {text} is not a day; kept in the notes</source>
            <translation>ligne {line} : la date de naissance {text} n’est pas un jour ; gardée dans les notes</translation>
        </message>
        <message>
            <source>line {line}: the company {text} looks like a spreadsheet formula, not a name</source>
            <translation>ligne {line} : l’entreprise {text} ressemble à une formule de tableur, pas à un nom</translation>
        </message>
        <message>
            <source>line {line}: the name {text} looks like a spreadsheet formula, not a name</source>
            <translation>ligne {line} : le nom {text} ressemble à une formule de tableur, pas à un nom</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>des points-virgules</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>des tabulations</translation>
        </message>
        <message>
            <source>the contract end {text} is not a date (use 2026-03-31 or 31/03/2026)</source>
            <translation>la fin de contrat {text} n’est pas une date (écrivez 2026-03-31 ou 31/03/2026)</translation>
        </message>
        <message>
            <source>the contract end {text} is not a real date</source>
            <translation>la fin de contrat {text} n’est pas une date qui existe</translation>
        </message>
        <message>
            <source>the date {text} is not a date (use 2026-03-31 or 31/03/2026)</source>
            <translation>la date {text} n’est pas une date (écrivez 2026-03-31 ou 31/03/2026)</translation>
        </message>
        <message>
            <source>the date {text} is not a real date</source>
            <translation>la date {text} n’est pas une date qui existe</translation>
        </message>
        <message>
            <source>{card}, line {line}: the anniversary {text} is not a day; kept in the notes</source>
            <translation>{card}, ligne {line} : l’anniversaire {text} n’est pas un jour ; gardé dans les notes</translation>
        </message>
        <message>
            <source>{card}, line {line}: the birthday {text} is not a day; kept in the notes</source>
            <translation>{card}, ligne {line} : la date de naissance {text} n’est pas un jour ; gardée dans les notes</translation>
        </message>
        <message>
            <source>{where}: {value} is not a valid email; kept in the notes</source>
            <translation>{where} : {value} n’est pas un e-mail valide ; gardé dans les notes</translation>
        </message>
        <message>
            <source>{where}: {value} is not a valid phone; kept in the notes</source>
            <translation>{where} : {value} n’est pas un numéro de téléphone valide ; gardé dans les notes</translation>
        </message>
    </context>
    <context>
        <name>FigureTable</name>
        <message>
            <source>No one here for this period.</source>
            <translation>Personne sur cette période.</translation>
        </message>
        <message>
            <source>Show in list</source>
            <translation>Afficher dans la liste</translation>
        </message>
        <message>
            <source>Show all: %s</source>
            <translation>Tout afficher : %s</translation>
        </message>
    </context>
    <context>
        <name>FigureTableModel</name>
        <message>
            <source>Enter or double-click: show these customers in the list</source>
            <translation>Entrée ou double-clic : afficher ces clients dans la liste</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search name, company, email, phone, city, tags, notes (Ctrl+F)</source>
            <translation>Rechercher nom, entreprise, courriel, téléphone, ville, étiquettes, notes (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>Rechercher des clients</translation>
        </message>
        <message>
            <source>Customers shown</source>
            <translation>Clients affichés</translation>
        </message>
        <message>
            <source>Show all, not only the chosen customers</source>
            <translation>Tout afficher, pas seulement les clients choisis</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>Toute étape</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Garder le contact</translation>
        </message>
        <message>
            <source>Any contact gap</source>
            <translation>Tout écart de contact</translation>
        </message>
        <message>
            <source>Losing touch (red or amber)</source>
            <translation>Contact perdu (rouge, orange)</translation>
        </message>
        <message>
            <source>Red: past the longest gap</source>
            <translation>Rouge : écart maximal passé</translation>
        </message>
        <message>
            <source>Amber: past the ideal gap</source>
            <translation>Orange : écart idéal passé</translation>
        </message>
        <message>
            <source>Follow-up overdue</source>
            <translation>Relance en retard</translation>
        </message>
        <message>
            <source>One purchase only</source>
            <translation>Un seul achat</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>Sans prochaine étape</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Toute étiquette</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Tout responsable</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>Toute ville</translation>
        </message>
        <message>
            <source>{shown} of {total} customers</source>
            <translation>{shown} clients sur {total}</translation>
        </message>
    </context>
    <context>
        <name>FollowUpForm</name>
        <message>
            <source>What to ask</source>
            <translation>Que demander</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPanel</name>
        <message>
            <source>Follow-ups of this customer</source>
            <translation>Relances de ce client</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Relance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Plan next step</source>
            <translation>Planifier la prochaine étape</translation>
        </message>
        <message>
            <source>Plan the next step</source>
            <translation>Planifier la prochaine étape</translation>
        </message>
        <message>
            <source>A keep-in-touch follow-up before the ideal gap runs out (Ctrl+Shift+N)</source>
            <translation>Une relance de contact avant la fin de l’écart idéal (Ctrl+Maj+N)</translation>
        </message>
        <message>
            <source>What the last action did</source>
            <translation>Ce qu’a fait la dernière action</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Actions sur la relance</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Rien de prévu</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semaine</numerusform>
                <numerusform>%n semaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>almost %n week(s)</source>
            <translation>
                <numerusform>presque %n semaine</numerusform>
                <numerusform>presque %n semaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over %n week(s)</source>
            <translation>
                <numerusform>plus de %n semaine</numerusform>
                <numerusform>plus de %n semaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mois</numerusform>
                <numerusform>%n mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>almost %n month(s)</source>
            <translation>
                <numerusform>presque %n mois</numerusform>
                <numerusform>presque %n mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over %n month(s)</source>
            <translation>
                <numerusform>plus de %n mois</numerusform>
                <numerusform>plus de %n mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n an</numerusform>
                <numerusform>%n ans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>almost %n year(s)</source>
            <translation>
                <numerusform>presque %n an</numerusform>
                <numerusform>presque %n ans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over %n year(s)</source>
            <translation>
                <numerusform>plus de %n an</numerusform>
                <numerusform>plus de %n ans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>less than a day</source>
            <translation>moins d’un jour</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd’hui</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message>
            <source>%1 ago</source>
            <translation>il y a %1</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>dans %1</translation>
        </message>
    </context>
    <context>
        <name>FunnelPage</name>
        <message>
            <source>Customers on each rung now</source>
            <translation>Clients sur chaque échelon aujourd’hui</translation>
        </message>
        <message>
            <source>Moved up to the next rung in the period</source>
            <translation>Passés à l’échelon suivant sur la période</translation>
        </message>
        <message>
            <source>Stage funnel</source>
            <translation>Entonnoir des étapes</translation>
        </message>
        <message>
            <source>Rung</source>
            <translation>Échelon</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Usual stay</source>
            <translation>Durée habituelle</translation>
        </message>
        <message>
            <source>Here so far</source>
            <translation>Présents
depuis</translation>
        </message>
        <message>
            <source>Longer than usual</source>
            <translation>Plus long
que d’habitude</translation>
        </message>
        <message>
            <source>On it in the period</source>
            <translation>Présents
sur la période</translation>
        </message>
        <message>
            <source>Moved up</source>
            <translation>Montés</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Conversion</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Share who moved up, %</source>
            <translation>Part des clients montés, %</translation>
        </message>
        <message>
            <source>%s: %s customers</source>
            <translation>%s : %s clients</translation>
        </message>
        <message>
            <source>%s to %s: %s (%s of %s moved up)</source>
            <translation>%s vers %s : %s (%s sur %s sont montés)</translation>
        </message>
    </context>
    <context>
        <name>IdleBackups</name>
        <message>
            <source>No automatic backup: %s</source>
            <translation>Pas de sauvegarde automatique : %s</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Période :</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Compute the figures again (F5)</source>
            <translation>Recalculer les chiffres (F5)</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <source>Val&amp;ue</source>
            <translation>Val&amp;eur</translation>
        </message>
        <message>
            <source>Second s&amp;ale</source>
            <translation>Seconde v&amp;ente</translation>
        </message>
        <message>
            <source>Fu&amp;nnel</source>
            <translation>E&amp;ntonnoir</translation>
        </message>
        <message>
            <source>Sa&amp;tisfaction</source>
            <translation>Sa&amp;tisfaction</translation>
        </message>
        <message>
            <source>At ris&amp;k</source>
            <translation>À ris&amp;que</translation>
        </message>
        <message>
            <source>Referra&amp;ls</source>
            <translation>Recomman&amp;dations</translation>
        </message>
        <message>
            <source>Insight sections</source>
            <translation>Sections des analyses</translation>
        </message>
        <message>
            <source>Lifetime value, 3 years</source>
            <translation>Valeur vie client, 3 ans</translation>
        </message>
        <message>
            <source>Bought again</source>
            <translation>Ont racheté</translation>
        </message>
        <message>
            <source>Median time to 2nd sale</source>
            <translation>Délai médian avant le 2e achat</translation>
        </message>
        <message>
            <source>Bought once, waiting</source>
            <translation>Un achat, en attente</translation>
        </message>
        <message>
            <source>NPS in the period</source>
            <translation>NPS sur la période</translation>
        </message>
        <message>
            <source>Red: losing touch</source>
            <translation>Rouge : contact perdu</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>Sans prochaine étape</translation>
        </message>
        <message>
            <source>Could not compute the figures: %s</source>
            <translation>Impossible de calculer les chiffres : %s</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Mise à jour…</translation>
        </message>
        <message>
            <source>As of %s</source>
            <translation>Au %s</translation>
        </message>
        <message>
            <source>%s since %s from %s customers</source>
            <translation>%s depuis le %s, de %s clients</translation>
        </message>
        <message>
            <source>%s of %s buyers</source>
            <translation>%s acheteurs sur %s</translation>
        </message>
        <message>
            <source>One purchase, no second order yet</source>
            <translation>Un achat, pas encore de seconde commande</translation>
        </message>
        <message>
            <source>From %s answers</source>
            <translation>Sur %s réponses</translation>
        </message>
        <message>
            <source>No customers behind this figure</source>
            <translation>Aucun client derrière ce chiffre</translation>
        </message>
    </context>
    <context>
        <name>LadderStrip</name>
        <message>
            <source>Stage ladder</source>
            <translation>Échelle des étapes</translation>
        </message>
        <message>
            <source>No customer</source>
            <translation>Aucun client</translation>
        </message>
        <message>
            <source>Now %s</source>
            <translation>Actuellement %s</translation>
        </message>
        <message>
            <source>%1 reached %2</source>
            <translation>%1 atteint le %2</translation>
        </message>
        <message>
            <source>Reached %s</source>
            <translation>Atteint le %s</translation>
        </message>
        <message>
            <source>Not reached yet</source>
            <translation>Pas encore atteint</translation>
        </message>
        <message>
            <source>not reached yet</source>
            <translation>pas encore atteinte</translation>
        </message>
        <message>
            <source>now</source>
            <translation>actuelle</translation>
        </message>
        <message>
            <source>reached %s</source>
            <translation>atteinte le %s</translation>
        </message>
    </context>
    <context>
        <name>LogInteractionDialog</name>
        <message>
            <source>Log interaction</source>
            <translation>Noter un échange</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Relance faite</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Quand :</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>&amp;Résumé :</translation>
        </message>
        <message>
            <source>What was it about?</source>
            <translation>De quoi s’agissait-il ?</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>&amp;Effort:</source>
            <translation>&amp;Effort :</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Completes:</source>
            <translation>Ter&amp;mine :</translation>
        </message>
        <message>
            <source>Log and mark done</source>
            <translation>Noter et marquer comme faite</translation>
        </message>
        <message>
            <source>Say in a few words what the contact was about</source>
            <translation>Dites en quelques mots de quoi parlait le contact</translation>
        </message>
        <message>
            <source>A contact that has not happened yet is a follow-up: choose a time from the past</source>
            <translation>Un contact qui n’a pas encore eu lieu est une relance : choisissez un moment passé</translation>
        </message>
        <message>
            <source>Contact logged with %s</source>
            <translation>Contact noté avec %s</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Views</source>
            <translation>Vues</translation>
        </message>
        <message>
            <source>Current view</source>
            <translation>Vue affichée</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <source>%s comes here.</source>
            <translation>%s s’affiche ici.</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d’outils principale</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Customer</source>
            <translation>&amp;Client</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>1 customer</source>
            <translation>1 client</translation>
        </message>
        <message>
            <source>%s customers</source>
            <translation>%s clients</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>Not backed up</source>
            <translation>Non sauvegardé</translation>
        </message>
        <message>
            <source>Backed up and checked: %1 (%2)</source>
            <translation>Sauvegardé et vérifié : %1 (%2)</translation>
        </message>
        <message>
            <source>Back Up to File</source>
            <translation>Sauvegarder dans un fichier</translation>
        </message>
        <message>
            <source>LoyaltyDesk backups (*.sqlite3.zst *.sqlite3)</source>
            <translation>Sauvegardes LoyaltyDesk (*.sqlite3.zst *.sqlite3)</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Non restauré</translation>
        </message>
        <message>
            <source>Restored. What it replaced is kept in %s</source>
            <translation>Restauré. Ce qui a été remplacé est gardé dans %s</translation>
        </message>
        <message>
            <source>&amp;About %s</source>
            <translation>&amp;À propos de %s</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>Ca&amp;dences…</source>
            <translation>Ca&amp;dences…</translation>
        </message>
        <message>
            <source>View, edit, add and switch off the cadences</source>
            <translation>Voir, modifier, ajouter et désactiver les cadences</translation>
        </message>
        <message>
            <source>Loading demo data…</source>
            <translation>Chargement des données de démonstration…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guide d’utilisation</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <source>P&amp;hone sync...</source>
            <translation>Synchronisation du &amp;téléphone…</translation>
        </message>
        <message>
            <source>S&amp;ync with Phone Now</source>
            <translation>S&amp;ynchroniser le téléphone maintenant</translation>
        </message>
        <message>
            <source>Phone sync needs LoyaltyDesk's phone extra (caldav)</source>
            <translation>La synchronisation du téléphone demande l’option « phone » de LoyaltyDesk (caldav)</translation>
        </message>
        <message>
            <source>Choose a customer first</source>
            <translation>Choisissez d’abord un client</translation>
        </message>
        <message>
            <source>Re&amp;minder settings…</source>
            <translation>Ré&amp;glages des rappels…</translation>
        </message>
        <message>
            <source>Check for &amp;due follow-ups now</source>
            <translation>C&amp;hercher les relances à faire maintenant</translation>
        </message>
        <message>
            <source>Follow-&amp;ups of this customer…</source>
            <translation>Relances de ce c&amp;lient…</translation>
        </message>
        <message>
            <source>&amp;Back Up Now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Back Up to &amp;File…</source>
            <translation>Sauvegarder dans un &amp;fichier…</translation>
        </message>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>E&amp;ncryption…</source>
            <translation>&amp;Chiffrement…</translation>
        </message>
        <message>
            <source>Read-only: changes cannot be saved</source>
            <translation>Lecture seule : les modifications ne peuvent pas être enregistrées</translation>
        </message>
        <message>
            <source>The data folder is read-only</source>
            <translation>Le dossier des données est en lecture seule</translation>
        </message>
        <message>
            <source>Backed up automatically to %s</source>
            <translation>Sauvegardé automatiquement dans %s</translation>
        </message>
        <message>
            <source>Finishing the work under way before closing…</source>
            <translation>Fin du travail en cours avant la fermeture…</translation>
        </message>
    </context>
    <context>
        <name>MoveStageDialog</name>
        <message>
            <source>Move to stage</source>
            <translation>Changer d’étape</translation>
        </message>
        <message>
            <source>&amp;Stage:</source>
            <translation>Ét&amp;ape :</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Pourquoi :</translation>
        </message>
        <message>
            <source>What happened that moves them</source>
            <translation>Ce qui s’est passé pour qu’il change d’étape</translation>
        </message>
        <message>
            <source>Say why the customer moves: it stays on their timeline</source>
            <translation>Dites pourquoi le client change d’étape : cela reste dans son historique</translation>
        </message>
        <message>
            <source>%1 moved to %2</source>
            <translation>%1 passé à %2</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>New Passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Phrase secrète à nouveau</translation>
        </message>
        <message>
            <source>&amp;Remember it in the system keyring</source>
            <translation>&amp;La garder dans le trousseau du système</translation>
        </message>
        <message>
            <source>Remember the passphrase in the system keyring</source>
            <translation>Garder la phrase secrète dans le trousseau du système</translation>
        </message>
        <message>
            <source>No system keyring is available</source>
            <translation>Aucun trousseau système n’est disponible</translation>
        </message>
        <message>
            <source>Problem with the passphrase</source>
            <translation>Problème avec la phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Encore :</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Tapez la phrase secrète.</translation>
        </message>
        <message>
            <source>A passphrase cannot hold a NUL character.</source>
            <translation>Une phrase secrète ne peut pas contenir de caractère NUL.</translation>
        </message>
        <message>
            <source>Use at least %d characters.</source>
            <translation>Utilisez au moins %d caractères.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>PhoneSyncDialog</name>
        <message>
            <source>Phone sync</source>
            <translation>Synchronisation du téléphone</translation>
        </message>
        <message>
            <source>https://dav.example.com or just the host name</source>
            <translation>https://dav.example.com ou simplement le nom d’hôte</translation>
        </message>
        <message>
            <source>kept in the system keyring</source>
            <translation>gardé dans le trousseau du système</translation>
        </message>
        <message>
            <source>&amp;Find calendars</source>
            <translation>Trou&amp;ver les calendriers</translation>
        </message>
        <message>
            <source>Follow-ups to the calendar</source>
            <translation>Relances vers le calendrier</translation>
        </message>
        <message>
            <source>as events (for phones that show no to-dos)</source>
            <translation>en événements (pour les téléphones qui n’affichent pas les tâches)</translation>
        </message>
        <message>
            <source>Customers to the address book</source>
            <translation>Clients vers le carnet d’adresses</translation>
        </message>
        <message>
            <source>only customers with an open follow-up</source>
            <translation>seulement les clients avec une relance ouverte</translation>
        </message>
        <message>
            <source>offer back phones and emails edited there</source>
            <translation>proposer en retour les numéros et courriels modifiés là-bas</translation>
        </message>
        <message>
            <source>What the phone changed</source>
            <translation>Ce que le téléphone a modifié</translation>
        </message>
        <message>
            <source>&amp;Accept the phone's value</source>
            <translation>&amp;Accepter la valeur du téléphone</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>&amp;Ignorer</translation>
        </message>
        <message>
            <source>Disco&amp;nnect</source>
            <translation>Décon&amp;necter</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>Ca&amp;lendar:</source>
            <translation>Ca&amp;lendrier :</translation>
        </message>
        <message>
            <source>Add&amp;ress book:</source>
            <translation>Carnet d’ad&amp;resses :</translation>
        </message>
        <message>
            <source>What to sync</source>
            <translation>Quoi synchroniser</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>É&amp;tiquette :</translation>
        </message>
        <message>
            <source>Sta&amp;ge:</source>
            <translation>Éta&amp;pe :</translation>
        </message>
        <message>
            <source>From the phone</source>
            <translation>Depuis le téléphone</translation>
        </message>
        <message>
            <source>any tag</source>
            <translation>toute étiquette</translation>
        </message>
        <message>
            <source>any stage</source>
            <translation>toute étape</translation>
        </message>
        <message>
            <source>a new LoyaltyDesk calendar</source>
            <translation>un nouveau calendrier LoyaltyDesk</translation>
        </message>
        <message>
            <source>a new LoyaltyDesk address book</source>
            <translation>un nouveau carnet d’adresses LoyaltyDesk</translation>
        </message>
        <message>
            <source>Asking the server...</source>
            <translation>Interrogation du serveur…</translation>
        </message>
        <message>
            <source>The server and the user are needed</source>
            <translation>Le serveur et l’utilisateur sont nécessaires</translation>
        </message>
        <message>
            <source>Connecting...</source>
            <translation>Connexion…</translation>
        </message>
        <message numerus="yes">
            <source>%n calendar(s)</source>
            <translation>
                <numerusform>%n calendrier</numerusform>
                <numerusform>%n calendriers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n address book(s)</source>
            <translation>
                <numerusform>%n carnet d’adresses</numerusform>
                <numerusform>%n carnets d’adresses</numerusform>
            </translation>
        </message>
        <message>
            <source>Found %1 and %2</source>
            <translation>Trouvé : %1 et %2</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <source>Pipeline board</source>
            <translation>Tableau du pipeline</translation>
        </message>
        <message>
            <source>Order cards by</source>
            <translation>Trier les cartes par</translation>
        </message>
        <message>
            <source>Move one rung &amp;up…</source>
            <translation>Monter d’un é&amp;chelon…</translation>
        </message>
        <message>
            <source>Move one rung &amp;down…</source>
            <translation>Descendre d’un é&amp;chelon…</translation>
        </message>
        <message>
            <source>&amp;Move to stage…</source>
            <translation>&amp;Changer d’étape…</translation>
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation>&amp;Ouvrir le client</translation>
        </message>
        <message>
            <source>&amp;Order cards by:</source>
            <translation>&amp;Trier les cartes par :</translation>
        </message>
        <message>
            <source>Stuck: too long on one rung · Amber, Red: past the ideal, the longest gap between contacts · No next step: nothing planned</source>
            <translation>Bloqué : trop longtemps sur un échelon · Orange, Rouge : au-delà de l’écart idéal, maximal entre deux contacts · Rien de prévu : aucune prochaine étape</translation>
        </message>
        <message>
            <source>Rungs of the ladder</source>
            <translation>Échelons de l’échelle</translation>
        </message>
        <message>
            <source>Show all on this rung in the list</source>
            <translation>Afficher tout cet échelon dans la liste</translation>
        </message>
        <message>
            <source>Contact sheets for this rung...</source>
            <translation>Fiches de contact de cet échelon…</translation>
        </message>
        <message>
            <source>Longest on the rung</source>
            <translation>Le plus longtemps sur l’échelon</translation>
        </message>
        <message>
            <source>Longest out of touch</source>
            <translation>Le plus longtemps sans contact</translation>
        </message>
        <message>
            <source>Newest on the rung</source>
            <translation>Arrivés le plus récemment</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Same as the system (%1)</source>
            <translation>Comme le système (%1)</translation>
        </message>
        <message>
            <source>LoyaltyDesk speaks the language chosen here from its next start. Dates, numbers and money follow that language in your country.</source>
            <translation>LoyaltyDesk parle la langue choisie ici dès son prochain démarrage. Les dates, les nombres et les montants suivent cette langue dans votre pays.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
    </context>
    <context>
        <name>QApplication</name>
        <message>
            <source>LoyaltyDesk is already open on this data folder, but does not answer. Close it, then try again.</source>
            <translation>LoyaltyDesk est déjà ouvert sur ce dossier de données, mais ne répond pas. Fermez-le, puis réessayez.</translation>
        </message>
        <message>
            <source>The data in %s is encrypted. Type its passphrase to open it.</source>
            <translation>Les données de %s sont chiffrées. Tapez leur phrase secrète pour les ouvrir.</translation>
        </message>
        <message>
            <source>That passphrase does not open the data.</source>
            <translation>Cette phrase secrète n’ouvre pas les données.</translation>
        </message>
        <message>
            <source>The disk is full, so LoyaltyDesk opens your data read-only: nothing can be changed until some space is freed. Close it, free some space, then open it again.</source>
            <translation>Le disque est plein, LoyaltyDesk ouvre donc vos données en lecture seule : rien ne peut être modifié tant que de la place n’est pas libérée. Fermez-le, libérez de la place, puis rouvrez-le.</translation>
        </message>
        <message>
            <source>The database file cannot be read: it is not a plain SQLite file and no passphrase opened it; as its backups are not encrypted, it may be damaged.</source>
            <translation>Le fichier de la base est illisible : ce n’est pas un fichier SQLite ordinaire et aucune phrase secrète ne l’a ouvert ; comme ses sauvegardes ne sont pas chiffrées, il est peut-être endommagé.</translation>
        </message>
        <message>
            <source>The start-up check stopped: %s</source>
            <translation>La vérification au démarrage s’est arrêtée : %s</translation>
        </message>
        <message>
            <source>Something went wrong: %s. The last change may not have been saved.</source>
            <translation>Un problème est survenu : %s. La dernière modification n’a peut-être pas été enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>Before an upgrade</source>
            <translation>Avant une mise à jour</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>Faite par vous</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Avant une restauration</translation>
        </message>
        <message>
            <source>Damaged copy, kept as it was</source>
            <translation>Copie endommagée, gardée telle quelle</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Not restored</source>
            <translation>Non restauré</translation>
        </message>
        <message>
            <source>Try Again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>QuickActions</name>
        <message>
            <source>&amp;Log interaction…</source>
            <translation>N&amp;oter un échange…</translation>
        </message>
        <message>
            <source>Record &amp;purchase…</source>
            <translation>Enregistrer un &amp;achat…</translation>
        </message>
        <message>
            <source>Schedule &amp;follow-up…</source>
            <translation>Planifier une &amp;relance…</translation>
        </message>
        <message>
            <source>Plan ne&amp;xt step</source>
            <translation>Planifier la &amp;prochaine étape</translation>
        </message>
        <message>
            <source>Record satisfaction &amp;survey…</source>
            <translation>Enregistrer une &amp;enquête de satisfaction…</translation>
        </message>
        <message>
            <source>Add &amp;referral…</source>
            <translation>Ajouter une reco&amp;mmandation…</translation>
        </message>
        <message>
            <source>Add &amp;testimonial…</source>
            <translation>Ajouter un &amp;témoignage…</translation>
        </message>
        <message>
            <source>&amp;Move to stage…</source>
            <translation>&amp;Changer d’étape…</translation>
        </message>
        <message>
            <source>Already planned: %1, %2</source>
            <translation>Déjà prévu : %1, %2</translation>
        </message>
        <message>
            <source>Next step planned: %1, %2</source>
            <translation>Prochaine étape prévue : %1, %2</translation>
        </message>
    </context>
    <context>
        <name>QuickDialog</name>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>What to ask</source>
            <translation>Que demander</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Completes follow-up</source>
            <translation>Termine la relance</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Ask for a referral</source>
            <translation>Demander une recommandation</translation>
        </message>
        <message>
            <source>Ask for a testimonial</source>
            <translation>Demander un témoignage</translation>
        </message>
        <message>
            <source>Ask for the next order</source>
            <translation>Demander la prochaine commande</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Case study</source>
            <translation>Étude de cas</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Contacté</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Garder le contact</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdu</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Online review</source>
            <translation>Avis en ligne</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Post-sale check</source>
            <translation>Suivi après-vente</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Reconquête</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Renouvellement</translation>
        </message>
        <message>
            <source>Satisfaction survey</source>
            <translation>Enquête de satisfaction</translation>
        </message>
        <message>
            <source>Social media post</source>
            <translation>Publication sur les réseaux sociaux</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Suggéré</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Testimonial</source>
            <translation>Témoignage</translation>
        </message>
        <message>
            <source>Value touch</source>
            <translation>Contact utile</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Vidéo</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Gagné</translation>
        </message>
    </context>
    <context>
        <name>RecordPurchaseDialog</name>
        <message>
            <source>Record purchase</source>
            <translation>Enregistrer un achat</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>e.g. 1 250,00</source>
            <translation>p. ex. 1 250,00</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Montant :</translation>
        </message>
        <message>
            <source>Amount and currency</source>
            <translation>Montant et devise</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Quoi :</translation>
        </message>
        <message>
            <source>What was bought</source>
            <translation>Ce qui a été acheté</translation>
        </message>
        <message>
            <source>&amp;Renewal:</source>
            <translation>&amp;Renouvellement :</translation>
        </message>
        <message>
            <source>This renews an earlier contract</source>
            <translation>Renouvelle un contrat précédent</translation>
        </message>
        <message>
            <source>Contract &amp;ends on</source>
            <translation>Le contrat &amp;se termine le</translation>
        </message>
        <message>
            <source>Has a contract end date</source>
            <translation>A une date de fin de contrat</translation>
        </message>
        <message>
            <source>Contract end date</source>
            <translation>Date de fin du contrat</translation>
        </message>
        <message>
            <source>Type the amount of the purchase</source>
            <translation>Tapez le montant de l’achat</translation>
        </message>
        <message>
            <source>%s is not an amount</source>
            <translation>%s n’est pas un montant</translation>
        </message>
        <message>
            <source>The currency is a three-letter code such as EUR</source>
            <translation>La devise est un code de trois lettres, comme EUR</translation>
        </message>
        <message>
            <source>Purchase recorded: %s</source>
            <translation>Achat enregistré : %s</translation>
        </message>
        <message>
            <source>now %s</source>
            <translation>désormais %s</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Your data has a problem</source>
            <translation>Vos données ont un problème</translation>
        </message>
        <message>
            <source>LoyaltyDesk found a problem in its database.</source>
            <translation>LoyaltyDesk a trouvé un problème dans sa base de données.</translation>
        </message>
        <message>
            <source>The newest good backup was taken %1 (%2). Restoring it keeps a copy of the current file in the backup folder.</source>
            <translation>La plus récente sauvegarde saine date du %1 (%2). La restaurer garde une copie du fichier actuel dans le dossier des sauvegardes.</translation>
        </message>
        <message>
            <source>No good backup was found in the data folder. You can choose a backup file from elsewhere.</source>
            <translation>Aucune sauvegarde saine n’a été trouvée dans le dossier des données. Vous pouvez choisir un fichier de sauvegarde ailleurs.</translation>
        </message>
        <message>
            <source>Restore Newest Backup</source>
            <translation>Restaurer la sauvegarde la plus récente</translation>
        </message>
        <message>
            <source>Choose a Backup…</source>
            <translation>Choisir une sauvegarde…</translation>
        </message>
        <message>
            <source>Continue Anyway</source>
            <translation>Continuer quand même</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Add referral</source>
            <translation>Ajouter une recommandation</translation>
        </message>
        <message>
            <source>&amp;Referred:</source>
            <translation>&amp;Recommandé :</translation>
        </message>
        <message>
            <source>A name, or start typing a customer's</source>
            <translation>Un nom, ou commencez à taper celui d’un client</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Re&amp;ward:</source>
            <translation>Ré&amp;compense :</translation>
        </message>
        <message>
            <source>How we thank them</source>
            <translation>Comment nous les remercions</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Say who was referred</source>
            <translation>Dites qui a été recommandé</translation>
        </message>
        <message>
            <source>Referral recorded: %s</source>
            <translation>Recommandation enregistrée : %s</translation>
        </message>
    </context>
    <context>
        <name>ReferralsPage</name>
        <message>
            <source>Referrals made in the period</source>
            <translation>Recommandations faites sur la période</translation>
        </message>
        <message>
            <source>Customers who referred</source>
            <translation>Clients qui ont recommandé</translation>
        </message>
        <message>
            <source>Revenue that came through them</source>
            <translation>Chiffre d’affaires venu par eux</translation>
        </message>
        <message>
            <source>Referrers, most revenue first</source>
            <translation>Prescripteurs, plus gros chiffre d’affaires d’abord</translation>
        </message>
        <message>
            <source>Referrer</source>
            <translation>Prescripteur</translation>
        </message>
        <message>
            <source>People referred</source>
            <translation>Personnes recommandées</translation>
        </message>
        <message>
            <source>Became customers</source>
            <translation>Devenues clientes</translation>
        </message>
        <message>
            <source>They bought since</source>
            <translation>Ont acheté depuis</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Recommandé</translation>
        </message>
        <message>
            <source>Bought since</source>
            <translation>Acheté depuis</translation>
        </message>
        <message>
            <source>%s of them became customers</source>
            <translation>%s d’entre eux sont devenus clients</translation>
        </message>
        <message>
            <source>Customers who sent someone your way</source>
            <translation>Clients qui vous ont envoyé quelqu’un</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Gagné</translation>
        </message>
        <message>
            <source>Whom they referred</source>
            <translation>Qui ils ont recommandé</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>What referred customers bought from the day they were referred</source>
            <translation>Ce que les clients recommandés ont acheté depuis le jour de leur recommandation</translation>
        </message>
        <message>
            <source>Whom %s referred</source>
            <translation>Qui %s a recommandé</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Suggéré</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Contacté</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdu</translation>
        </message>
        <message>
            <source>Referred by them</source>
            <translation>Recommandés par eux</translation>
        </message>
    </context>
    <context>
        <name>ReferrerPicker</name>
        <message>
            <source>Referred by</source>
            <translation>Recommandé par</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Choose who referred this customer</source>
            <translation>Choisir qui a recommandé ce client</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Clear the referrer</source>
            <translation>Effacer le prescripteur</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>A deleted customer</source>
            <translation>Un client supprimé</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsDialog</name>
        <message>
            <source>Reminder settings</source>
            <translation>Réglages des rappels</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Rappels</translation>
        </message>
        <message>
            <source>On time (within a minute)</source>
            <translation>À l’heure (dans la minute)</translation>
        </message>
        <message>
            <source>Within 5 minutes</source>
            <translation>Dans les 5 minutes</translation>
        </message>
        <message>
            <source>Within a quarter of an hour</source>
            <translation>Dans le quart d’heure</translation>
        </message>
        <message>
            <source>Within the hour</source>
            <translation>Dans l’heure</translation>
        </message>
        <message numerus="yes">
            <source>Within %n seconds</source>
            <translation>
                <numerusform>Dans les %n seconde</numerusform>
                <numerusform>Dans les %n secondes</numerusform>
            </translation>
        </message>
        <message>
            <source>How soon a due follow-up is shown</source>
            <translation>Dans quel délai une relance à faire s’affiche</translation>
        </message>
        <message>
            <source>&amp;Remind me</source>
            <translation>&amp;Me rappeler</translation>
        </message>
        <message>
            <source>&amp;Keep running in the tray when the window is closed</source>
            <translation>&amp;Rester actif dans la zone de notification quand la fenêtre est fermée</translation>
        </message>
        <message>
            <source>&amp;Start at login, so reminders come from the start</source>
            <translation>&amp;Démarrer à l’ouverture de session, pour avoir les rappels dès le début</translation>
        </message>
        <message>
            <source>This desktop has no tray: reminders show inside the window.</source>
            <translation>Ce bureau n’a pas de zone de notification : les rappels s’affichent dans la fenêtre.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from Backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Choose the backup to bring back. Your current data is backed up first, so a restore can itself be undone.</source>
            <translation>Choisissez la sauvegarde à rétablir. Vos données actuelles sont d’abord sauvegardées, une restauration peut donc elle-même être annulée.</translation>
        </message>
        <message>
            <source>There are no backups in the data folder yet.</source>
            <translation>Il n’y a pas encore de sauvegarde dans le dossier des données.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>Restore the chosen backup</source>
            <translation>Restaurer la sauvegarde choisie</translation>
        </message>
        <message>
            <source>&amp;Other File…</source>
            <translation>&amp;Autre fichier…</translation>
        </message>
        <message>
            <source>Restore a backup file from elsewhere</source>
            <translation>Restaurer un fichier de sauvegarde venu d’ailleurs</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Sauvegardes, la plus récente d’abord</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Prise le</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>taken %s</source>
            <translation>prise le %s</translation>
        </message>
        <message>
            <source>Restore a Backup File</source>
            <translation>Restaurer un fichier de sauvegarde</translation>
        </message>
        <message>
            <source>LoyaltyDesk backups (*.sqlite3.zst *.sqlite3);;All files (*)</source>
            <translation>Sauvegardes LoyaltyDesk (*.sqlite3.zst *.sqlite3);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Replace your current data with the backup %s?</source>
            <translation>Remplacer vos données actuelles par la sauvegarde %s ?</translation>
        </message>
        <message>
            <source>Your current data is backed up first; you can restore that copy to undo this.</source>
            <translation>Vos données actuelles sont d’abord sauvegardées ; vous pourrez restaurer cette copie pour revenir en arrière.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
    </context>
    <context>
        <name>RiskPage</name>
        <message>
            <source>Red: past the maximum gap</source>
            <translation>Rouge : au-delà de l’écart maximal</translation>
        </message>
        <message>
            <source>Amber: past the ideal gap</source>
            <translation>Orange : au-delà de l’écart idéal</translation>
        </message>
        <message>
            <source>No next step planned</source>
            <translation>Aucune prochaine étape prévue</translation>
        </message>
        <message>
            <source>Renewals in the next 90 days</source>
            <translation>Renouvellements dans les 90 prochains jours</translation>
        </message>
        <message>
            <source>High maintenance (12 months)</source>
            <translation>Très exigeants (12 mois)</translation>
        </message>
        <message>
            <source>Losing touch: red first, then amber</source>
            <translation>Contact qui se perd : rouges d’abord, puis orange</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Renewals with nothing planned</source>
            <translation>Renouvellements sans rien de prévu</translation>
        </message>
        <message>
            <source>Contract ends</source>
            <translation>Fin du contrat</translation>
        </message>
        <message>
            <source>High maintenance: little revenue per hour</source>
            <translation>Très exigeants : peu de chiffre d’affaires par heure</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Chiffre d’affaires</translation>
        </message>
        <message>
            <source>Per hour</source>
            <translation>Par heure</translation>
        </message>
        <message>
            <source>No contact for longer than their rhythm's maximum gap</source>
            <translation>Sans contact depuis plus longtemps que l’écart maximal de leur rythme</translation>
        </message>
        <message>
            <source>Past their ideal gap</source>
            <translation>Au-delà de leur écart idéal</translation>
        </message>
        <message>
            <source>From the first purchase up, nothing planned</source>
            <translation>Dès le premier achat, rien de prévu</translation>
        </message>
        <message>
            <source>%s with no follow-up planned before the contract ends</source>
            <translation>%s sans relance prévue avant la fin du contrat</translation>
        </message>
        <message>
            <source>At least 4 hours of logged effort that brought under 50.00 an hour</source>
            <translation>Au moins 4 heures d’effort noté pour moins de 50,00 de l’heure</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rouge</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Orange</translation>
        </message>
    </context>
    <context>
        <name>SatisfactionPage</name>
        <message>
            <source>NPS in the period</source>
            <translation>NPS sur la période</translation>
        </message>
        <message>
            <source>Promoters (9-10)</source>
            <translation>Promoteurs (9-10)</translation>
        </message>
        <message>
            <source>Passives (7-8)</source>
            <translation>Passifs (7-8)</translation>
        </message>
        <message>
            <source>Detractors (0-6)</source>
            <translation>Détracteurs (0-6)</translation>
        </message>
        <message>
            <source>NPS over time</source>
            <translation>NPS dans le temps</translation>
        </message>
        <message>
            <source>Latest answers to “what would make it 11/10?”</source>
            <translation>Dernières réponses à « qu’est-ce qui en ferait un 11/10 ? »</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Promoters not yet asked for a testimonial or referral</source>
            <translation>Promoteurs à qui l’on n’a pas encore demandé de témoignage ou de recommandation</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Detractors without an open follow-up</source>
            <translation>Détracteurs sans relance ouverte</translation>
        </message>
        <message>
            <source>%% promoters minus %% detractors, of %s answers</source>
            <translation>%% de promoteurs moins %% de détracteurs, sur %s réponses</translation>
        </message>
        <message>
            <source>Answers in the period</source>
            <translation>Réponses sur la période</translation>
        </message>
        <message>
            <source>NPS, from -100 to 100</source>
            <translation>NPS, de -100 à 100</translation>
        </message>
        <message>
            <source>Week of %s</source>
            <translation>Semaine du %s</translation>
        </message>
        <message>
            <source>%s: no answers</source>
            <translation>%s : aucune réponse</translation>
        </message>
        <message>
            <source>%s: NPS %s from %s answers</source>
            <translation>%s : NPS %s sur %s réponses</translation>
        </message>
    </context>
    <context>
        <name>ScheduleFollowUpDialog</name>
        <message>
            <source>Schedule follow-up</source>
            <translation>Planifier une relance</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Quoi :</translation>
        </message>
        <message>
            <source>Call back about the proposal</source>
            <translation>Rappeler au sujet de la proposition</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Échéance :</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>C&amp;anal :</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>&amp;Script:</source>
            <translation>&amp;Script :</translation>
        </message>
        <message>
            <source>Script</source>
            <translation>Script</translation>
        </message>
        <message>
            <source>What to say or do</source>
            <translation>Quoi dire ou faire</translation>
        </message>
        <message>
            <source>Give the follow-up a title</source>
            <translation>Donnez un titre à la relance</translation>
        </message>
        <message>
            <source>A follow-up is due from now on: choose a later time</source>
            <translation>Une relance est à faire à partir de maintenant : choisissez un moment plus tard</translation>
        </message>
        <message>
            <source>Follow-up scheduled for %s</source>
            <translation>Relance planifiée pour le %s</translation>
        </message>
    </context>
    <context>
        <name>SecondSalePage</name>
        <message>
            <source>Customers who bought</source>
            <translation>Clients qui ont acheté</translation>
        </message>
        <message>
            <source>Bought again (repeat rate)</source>
            <translation>Ont racheté (taux de réachat)</translation>
        </message>
        <message>
            <source>Median time from first to second purchase</source>
            <translation>Délai médian entre le premier et le second achat</translation>
        </message>
        <message>
            <source>Bought once, no second order yet</source>
            <translation>Un achat, pas encore de seconde commande</translation>
        </message>
        <message>
            <source>Bought once and waiting for the second order, oldest first</source>
            <translation>Un achat et en attente de la seconde commande, les plus anciens d’abord</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>First purchase</source>
            <translation>Premier achat</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente depuis</translation>
        </message>
        <message>
            <source>Customers with at least one purchase</source>
            <translation>Clients avec au moins un achat</translation>
        </message>
        <message>
            <source>%s of %s buyers bought a second time</source>
            <translation>%s acheteurs sur %s ont acheté une seconde fois</translation>
        </message>
        <message>
            <source>Half of the repeat buyers came back sooner than this</source>
            <translation>La moitié des clients revenus l’ont fait plus tôt que cela</translation>
        </message>
        <message>
            <source>Loyalty starts after the second sale</source>
            <translation>La fidélité commence après la seconde vente</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Find a shortcut</source>
            <translation>Trouver un raccourci</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>No shortcut matches “%1”.</source>
            <translation>Aucun raccourci ne correspond à « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>SkipDialog</name>
        <message>
            <source>Skip: %1 (%2)</source>
            <translation>Sauter : %1 (%2)</translation>
        </message>
        <message>
            <source>Skip follow-up</source>
            <translation>Sauter la relance</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>Why is it skipped?</source>
            <translation>Pourquoi la sauter ?</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Raison</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Suspect</source>
            <translation>Suspect</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>First purchase</source>
            <translation>Premier achat</translation>
        </message>
        <message>
            <source>Value confirmed</source>
            <translation>Valeur confirmée</translation>
        </message>
        <message>
            <source>Loyal</source>
            <translation>Fidèle</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message>
            <source>%s cards</source>
            <translation>%s cartes</translation>
        </message>
        <message>
            <source>No one on this rung. Drag a card here to move a customer to it.</source>
            <translation>Personne sur cet échelon. Glissez une carte ici pour y faire passer un client.</translation>
        </message>
        <message>
            <source>Show all on this rung in the list</source>
            <translation>Afficher tout cet échelon dans la liste</translation>
        </message>
        <message>
            <source>%s stuck</source>
            <translation>%s bloqués</translation>
        </message>
        <message>
            <source>Show all (%s)</source>
            <translation>Tout voir (%s)</translation>
        </message>
        <message>
            <source>Show all %s customers in the list</source>
            <translation>Afficher les %s clients dans la liste</translation>
        </message>
    </context>
    <context>
        <name>StageMeaning</name>
        <message>
            <source>Met, not yet interested</source>
            <translation>Rencontré, pas encore intéressé</translation>
        </message>
        <message>
            <source>Value communicated, starting to believe it</source>
            <translation>Valeur présentée, commence à y croire</translation>
        </message>
        <message>
            <source>Bought once: could still be a fluke</source>
            <translation>A acheté une fois : peut-être un hasard</translation>
        </message>
        <message>
            <source>Confirmed after the sale that the value was real</source>
            <translation>A confirmé après la vente que la valeur était réelle</translation>
        </message>
        <message>
            <source>Bought a second time: loyalty starts here</source>
            <translation>A acheté une seconde fois : la fidélité commence ici</translation>
        </message>
        <message>
            <source>Trusted, buys again without shopping around</source>
            <translation>Fait confiance, rachète sans comparer</translation>
        </message>
        <message>
            <source>Recommends you and is rewarded for it</source>
            <translation>Vous recommande et en est récompensé</translation>
        </message>
    </context>
    <context>
        <name>SurveyDialog</name>
        <message>
            <source>Record satisfaction survey</source>
            <translation>Enregistrer une enquête de satisfaction</translation>
        </message>
        <message>
            <source>What to ask</source>
            <translation>Que demander</translation>
        </message>
        <message>
            <source>&amp;Score (0-10):</source>
            <translation>&amp;Note (0-10) :</translation>
        </message>
        <message>
            <source>Score out of 10</source>
            <translation>Note sur 10</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>Choisir</translation>
        </message>
        <message>
            <source>&amp;11/10 would be:</source>
            <translation>&amp;11/10, ce serait :</translation>
        </message>
        <message>
            <source>What would make it 11 out of 10</source>
            <translation>Ce qui en ferait un 11 sur 10</translation>
        </message>
        <message>
            <source>In the customer's words</source>
            <translation>Avec les mots du client</translation>
        </message>
        <message>
            <source>C&amp;omment:</source>
            <translation>C&amp;ommentaire :</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>&amp;Completes:</source>
            <translation>&amp;Termine :</translation>
        </message>
        <message>
            <source>Choose a score from 0 to 10</source>
            <translation>Choisissez une note de 0 à 10</translation>
        </message>
        <message>
            <source>promoter</source>
            <translation>promoteur</translation>
        </message>
        <message>
            <source>detractor</source>
            <translation>détracteur</translation>
        </message>
        <message>
            <source>passive</source>
            <translation>passif</translation>
        </message>
        <message>
            <source>Survey recorded: %1/10, %2</source>
            <translation>Enquête enregistrée : %1/10, %2</translation>
        </message>
        <message>
            <source>now %s</source>
            <translation>désormais %s</translation>
        </message>
        <message>
            <source>Record and mark done</source>
            <translation>Enregistrer et marquer comme faite</translation>
        </message>
    </context>
    <context>
        <name>TagsEdit</name>
        <message>
            <source>Values and interests, separated by commas</source>
            <translation>Valeurs et centres d’intérêt, séparés par des virgules</translation>
        </message>
    </context>
    <context>
        <name>TestimonialDialog</name>
        <message>
            <source>Add testimonial</source>
            <translation>Ajouter un témoignage</translation>
        </message>
        <message>
            <source>&amp;Words:</source>
            <translation>&amp;Paroles :</translation>
        </message>
        <message>
            <source>Testimonial text</source>
            <translation>Texte du témoignage</translation>
        </message>
        <message>
            <source>What the customer said</source>
            <translation>Ce que le client a dit</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>&amp;Publishing:</source>
            <translation>P&amp;ublication :</translation>
        </message>
        <message>
            <source>They allow us to publish it</source>
            <translation>Ils nous autorisent à le publier</translation>
        </message>
        <message>
            <source>Permission to publish</source>
            <translation>Autorisation de publier</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Type the customer's words</source>
            <translation>Tapez les mots du client</translation>
        </message>
        <message>
            <source>Testimonial saved, may be published</source>
            <translation>Témoignage enregistré, publiable</translation>
        </message>
        <message>
            <source>Testimonial saved, not for publication</source>
            <translation>Témoignage enregistré, non publiable</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>1 day</source>
            <translation>1 jour</translation>
        </message>
        <message>
            <source>%s days</source>
            <translation>%s jours</translation>
        </message>
        <message>
            <source>%1 follow-ups replaced</source>
            <translation>%1 relances remplacées</translation>
        </message>
        <message>
            <source>when the sale of %1 started %2 again</source>
            <translation>quand la vente du %1 a relancé %2</translation>
        </message>
        <message>
            <source>when %1 started again</source>
            <translation>quand %1 a recommencé</translation>
        </message>
        <message>
            <source>when their cadence started again</source>
            <translation>quand leur cadence a recommencé</translation>
        </message>
        <message>
            <source>Enter or double-click shows them</source>
            <translation>Entrée ou double-clic pour les voir</translation>
        </message>
        <message>
            <source>1 follow-up scheduled</source>
            <translation>1 relance prévue</translation>
        </message>
        <message>
            <source>%s follow-ups scheduled</source>
            <translation>%s relances prévues</translation>
        </message>
        <message>
            <source>1 customer</source>
            <translation>1 client</translation>
        </message>
        <message>
            <source>%s customers</source>
            <translation>%s clients</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 entrée</translation>
        </message>
        <message>
            <source>%s entries</source>
            <translation>%s entrées</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Contacté</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Relance</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Relances</translation>
        </message>
        <message>
            <source>Ladder</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <source>Ladder moves</source>
            <translation>Changements d’étape</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdu</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Achat</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Achats</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Sautée</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Suggéré</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Enquête</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>Enquêtes</translation>
        </message>
        <message>
            <source>Testimonial</source>
            <translation>Témoignage</translation>
        </message>
        <message>
            <source>Testimonials</source>
            <translation>Témoignages</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Gagné</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Customer timeline</source>
            <translation>Historique du client</translation>
        </message>
        <message>
            <source>Current stage</source>
            <translation>Étape actuelle</translation>
        </message>
        <message>
            <source>Search the timeline</source>
            <translation>Rechercher dans l’historique</translation>
        </message>
        <message>
            <source>Timeline entries, newest first</source>
            <translation>Entrées de l’historique, les plus récentes d’abord</translation>
        </message>
        <message>
            <source>Show entries of kind</source>
            <translation>Afficher les entrées de type</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <source>No customer chosen</source>
            <translation>Aucun client choisi</translation>
        </message>
        <message>
            <source>Now %s</source>
            <translation>Actuellement %s</translation>
        </message>
        <message>
            <source>Now %1, since %2 (%3 on this rung)</source>
            <translation>Actuellement %1, depuis le %2 (%3 sur cet échelon)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>Overdue follow-ups</source>
            <translation>Relances en retard</translation>
        </message>
        <message>
            <source>Follow-ups due today</source>
            <translation>Relances à faire aujourd’hui</translation>
        </message>
        <message>
            <source>Customers losing touch</source>
            <translation>Clients dont le contact se perd</translation>
        </message>
        <message>
            <source>Customers with no next step</source>
            <translation>Clients sans prochaine étape</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>Rien en retard.</translation>
        </message>
        <message>
            <source>Nothing more is due today.</source>
            <translation>Rien d’autre à faire aujourd’hui.</translation>
        </message>
        <message>
            <source>Nobody is losing touch: every customer has been contacted within their ideal gap.</source>
            <translation>Personne ne perd le contact : chaque client a été contacté dans son écart idéal.</translation>
        </message>
        <message>
            <source>Every customer from the first purchase up has a next step planned.</source>
            <translation>Chaque client, dès le premier achat, a une prochaine étape prévue.</translation>
        </message>
        <message>
            <source>See what comes next in the calendar</source>
            <translation>Voir la suite dans le calendrier</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Actions sur la relance</translation>
        </message>
        <message>
            <source>&amp;Log contact…</source>
            <translation>&amp;Noter un contact…</translation>
        </message>
        <message>
            <source>Log a call, email or meeting</source>
            <translation>Noter un appel, un courriel ou un rendez-vous</translation>
        </message>
        <message>
            <source>&amp;Plan next step</source>
            <translation>&amp;Planifier la prochaine étape</translation>
        </message>
        <message>
            <source>Schedule a keep-in-touch follow-up</source>
            <translation>Planifier une relance pour garder le contact</translation>
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation>&amp;Ouvrir le client</translation>
        </message>
        <message>
            <source>Show the customer's page</source>
            <translation>Afficher la fiche du client</translation>
        </message>
        <message>
            <source>Customer actions</source>
            <translation>Actions sur le client</translation>
        </message>
        <message>
            <source>Next step for %1: %2 on %3</source>
            <translation>Prochaine étape pour %1 : %2 le %3</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Aujourd’hui, %1</translation>
        </message>
        <message>
            <source>%1 overdue · %2 due today · %3 red · %4 amber · %5 with no next step</source>
            <translation>%1 en retard · %2 à faire aujourd’hui · %3 en rouge · %4 en orange · %5 sans prochaine étape</translation>
        </message>
        <message>
            <source>Overd&amp;ue (%1)</source>
            <translation>En re&amp;tard (%1)</translation>
        </message>
        <message>
            <source>Due &amp;today (%1)</source>
            <translation>À faire au&amp;jourd’hui (%1)</translation>
        </message>
        <message>
            <source>&amp;Losing touch: red, then amber (%1)</source>
            <translation>&amp;Contact qui se perd : rouges, puis orange (%1)</translation>
        </message>
        <message>
            <source>No ne&amp;xt step planned (%1)</source>
            <translation>Sans pro&amp;chaine étape (%1)</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Trash</source>
            <translation>Corbeille</translation>
        </message>
        <message>
            <source>The trash is empty: deleted customers wait here until you empty it.</source>
            <translation>La corbeille est vide : les clients supprimés attendent ici jusqu’à ce que vous la vidiez.</translation>
        </message>
        <message>
            <source>Customers in the trash</source>
            <translation>Clients dans la corbeille</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Moved to the trash</source>
            <translation>Mis à la corbeille</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Restore the selected customers</source>
            <translation>Restaurer les clients sélectionnés</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>&amp;Vider la corbeille…</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Vider la corbeille</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>La corbeille est vide.</translation>
        </message>
        <message>
            <source>&amp;Delete for good</source>
            <translation>&amp;Supprimer définitivement</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <source>LoyaltyDesk user guide</source>
            <translation>Guide d’utilisation de LoyaltyDesk</translation>
        </message>
        <message>
            <source>Search the guide</source>
            <translation>Rechercher dans le guide</translation>
        </message>
        <message>
            <source>Guide pages</source>
            <translation>Pages du guide</translation>
        </message>
        <message>
            <source>No page mentions “%1”.</source>
            <translation>Aucune page ne mentionne « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>ValuePage</name>
        <message>
            <source>Revenue by month, last three years</source>
            <translation>Chiffre d’affaires par mois, trois dernières années</translation>
        </message>
        <message>
            <source>Lifetime value (3 years) by stage</source>
            <translation>Valeur vie client (3 ans) par étape</translation>
        </message>
        <message>
            <source>Lifetime value (3 years) by owner</source>
            <translation>Valeur vie client (3 ans) par responsable</translation>
        </message>
        <message>
            <source>Most valuable customers</source>
            <translation>Clients les plus précieux</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Valeur vie client</translation>
        </message>
        <message>
            <source>Revenue per month, %s</source>
            <translation>Chiffre d’affaires par mois, %s</translation>
        </message>
        <message>
            <source>Lifetime value, %s</source>
            <translation>Valeur vie client, %s</translation>
        </message>
        <message>
            <source>%s: %s from %s customers</source>
            <translation>%s : %s de %s clients</translation>
        </message>
        <message>
            <source>(no owner)</source>
            <translation>(sans responsable)</translation>
        </message>
    </context>
    <context>
        <name>WaitForWriter</name>
        <message>
            <source>Another LoyaltyDesk command (%1) is changing this data folder. LoyaltyDesk opens as soon as it is done.</source>
            <translation>Une autre commande LoyaltyDesk (%1) modifie ce dossier de données. LoyaltyDesk s’ouvre dès qu’elle a fini.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to LoyaltyDesk</source>
            <translation>Bienvenue dans LoyaltyDesk</translation>
        </message>
        <message>
            <source>Your book of business is empty. Loyalty starts after the second sale: add the customers you already have, and LoyaltyDesk reminds you when to get back to them.</source>
            <translation>Votre portefeuille est vide. La fidélité commence après la seconde vente : ajoutez les clients que vous avez déjà, et LoyaltyDesk vous rappelle quand revenir vers eux.</translation>
        </message>
        <message>
            <source>&amp;Add first customer</source>
            <translation>&amp;Ajouter un premier client</translation>
        </message>
        <message>
            <source>Type in a first customer (Ctrl+N)</source>
            <translation>Saisir un premier client (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Import contacts…</source>
            <translation>&amp;Importer des contacts…</translation>
        </message>
        <message>
            <source>From a vCard or CSV file: phone, Google Contacts, Outlook</source>
            <translation>Depuis un fichier vCard ou CSV : téléphone, Google Contacts, Outlook</translation>
        </message>
        <message>
            <source>Load &amp;demo data</source>
            <translation>Charger des &amp;données de démonstration</translation>
        </message>
        <message>
            <source>%d made-up customers with their history, to look around</source>
            <translation>%d clients fictifs avec leur historique, pour faire le tour</translation>
        </message>
    </context>
    <context>
        <name>WhenDialog</name>
        <message>
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Quand</translation>
        </message>
    </context>
    <context>
        <name>followups</name>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Relance</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message numerus="yes">
            <source>%n entr(ies)</source>
            <translation>
                <numerusform>%n entrée</numerusform>
                <numerusform>%n entrées</numerusform>
            </translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>In touch</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Not needed any more</source>
            <translation>Plus nécessaire</translation>
        </message>
        <message>
            <source>Covered in another contact</source>
            <translation>Traitée lors d’un autre contact</translation>
        </message>
        <message>
            <source>The customer asked not to be contacted</source>
            <translation>Le client a demandé à ne pas être contacté</translation>
        </message>
        <message>
            <source>Could not reach them</source>
            <translation>Impossible de le joindre</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Cadences</source>
            <translation>Cadences</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>&amp;New cadence</source>
            <translation>&amp;Nouvelle cadence</translation>
        </message>
        <message>
            <source>&amp;Cadences (tick to switch on)</source>
            <translation>&amp;Cadences (cochez pour activer)</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>A&amp;jouter une étape</translation>
        </message>
        <message>
            <source>&amp;Remove step</source>
            <translation>&amp;Retirer l’étape</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>M&amp;onter</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>De&amp;scendre</translation>
        </message>
        <message>
            <source>S&amp;teps</source>
            <translation>É&amp;tapes</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Ann&amp;uler les modifications</translation>
        </message>
        <message>
            <source>New cadence</source>
            <translation>Nouvelle cadence</translation>
        </message>
        <message>
            <source>“%1” is on: it plans follow-ups again</source>
            <translation>« %1 » est activée : elle planifie de nouveau des relances</translation>
        </message>
        <message>
            <source>“%1” is off: it plans no new follow-ups</source>
            <translation>« %1 » est désactivée : elle ne planifie plus de relances</translation>
        </message>
        <message>
            <source>Saved “%1”: follow-ups already planned stay as they are</source>
            <translation>« %1 » enregistrée : les relances déjà planifiées restent telles quelles</translation>
        </message>
        <message>
            <source>Back to the saved cadence</source>
            <translation>Revenir à la cadence enregistrée</translation>
        </message>
        <message>
            <source>Cadence name</source>
            <translation>Nom de la cadence</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Démarre</translation>
        </message>
        <message>
            <source>What the cadence is for</source>
            <translation>À quoi sert la cadence</translation>
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation>No&amp;m</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Démarre</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>&amp;But</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Décalage</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Step title</source>
            <translation>Titre de l’étape</translation>
        </message>
        <message>
            <source>What to ask</source>
            <translation>Que demander</translation>
        </message>
        <message>
            <source>&amp;Offset</source>
            <translation>Déca&amp;lage</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>C&amp;anal</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>T&amp;itre</translation>
        </message>
        <message>
            <source>&amp;Questions to ask</source>
            <translation>&amp;Questions à poser</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>Aujourd’hui, %1</translation>
        </message>
        <message>
            <source>%1 red, %2 amber</source>
            <translation>%1 en rouge, %2 en orange</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Rien de prévu</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>due</source>
            <translation>à faire</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>prévu</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fait</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>sauté</translation>
        </message>
        <message>
            <source>contact logged</source>
            <translation>contact noté</translation>
        </message>
        <message>
            <source>+%1 more ›</source>
            <translation>+%1 de plus ›</translation>
        </message>
        <message>
            <source>Turns red: %1 (past the longest gap)</source>
            <translation>Passe au rouge : %1 (au-delà de l’écart maximal)</translation>
        </message>
        <message>
            <source>Turns amber: %1 (past the ideal gap)</source>
            <translation>Passe à l’orange : %1 (au-delà de l’écart idéal)</translation>
        </message>
        <message>
            <source>and %1 more turning amber or red: show them</source>
            <translation>et %1 de plus passent à l’orange ou au rouge : les afficher</translation>
        </message>
        <message>
            <source>and %1 more: open the week to see them all</source>
            <translation>et %1 de plus : ouvrir la semaine pour tout voir</translation>
        </message>
        <message>
            <source>Drag onto another day to move it</source>
            <translation>Faites glisser sur un autre jour pour déplacer</translation>
        </message>
        <message>
            <source>Entries of the chosen day</source>
            <translation>Entrées du jour choisi</translation>
        </message>
        <message>
            <source>%1 turning red</source>
            <translation>%1 passent au rouge</translation>
        </message>
        <message>
            <source>%1 turning amber</source>
            <translation>%1 passent à l’orange</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>et %1 de plus</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>%1 en retard</translation>
        </message>
        <message>
            <source>Calendar days</source>
            <translation>Jours du calendrier</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <source>%1 red: customers passing their longest gap that day</source>
            <translation>%1 rouge : clients qui dépassent ce jour-là leur écart maximal</translation>
        </message>
        <message>
            <source>%1 amber: passing their ideal gap</source>
            <translation>%1 orange : qui dépassent leur écart idéal</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Précédent</translation>
        </message>
        <message>
            <source>The page before</source>
            <translation>La page précédente</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>Au&amp;jourd’hui</translation>
        </message>
        <message>
            <source>Back to today</source>
            <translation>Revenir à aujourd’hui</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Suivant ▶</translation>
        </message>
        <message>
            <source>The page after</source>
            <translation>La page suivante</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Mois</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>S&amp;emaine</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>Show the calendar by %1</source>
            <translation>Afficher le calendrier par %1</translation>
        </message>
        <message>
            <source>&amp;Contacts</source>
            <translation>&amp;Contacts</translation>
        </message>
        <message>
            <source>Show logged contacts</source>
            <translation>Afficher les contacts notés</translation>
        </message>
        <message>
            <source>Done and s&amp;kipped</source>
            <translation>Faites et sa&amp;utées</translation>
        </message>
        <message>
            <source>Show follow-ups already done or skipped</source>
            <translation>Afficher les relances déjà faites ou sautées</translation>
        </message>
        <message>
            <source>Calendar navigation</source>
            <translation>Navigation du calendrier</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Actions sur la relance</translation>
        </message>
        <message>
            <source>Drag a follow-up onto another day or hour to move it (in the week: Alt+arrows). Edit &gt; Undo puts it back.</source>
            <translation>Faites glisser une relance sur un autre jour ou une autre heure pour la déplacer (dans la semaine : Alt+flèches). Édition &gt; Annuler la remet en place.</translation>
        </message>
        <message>
            <source>Move “%1”</source>
            <translation>Déplacer « %1 »</translation>
        </message>
        <message>
            <source>Moved to %1</source>
            <translation>Déplacée au %1</translation>
        </message>
        <message>
            <source>(not a working day)</source>
            <translation>(jour non ouvré)</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Semaine du %1</translation>
        </message>
        <message>
            <source>Nothing on this day</source>
            <translation>Rien ce jour-là</translation>
        </message>
        <message>
            <source>Week, hour by hour</source>
            <translation>Semaine, heure par heure</translation>
        </message>
        <message>
            <source>Days of the week and who turns red or amber</source>
            <translation>Jours de la semaine et qui passe au rouge ou à l’orange</translation>
        </message>
        <message>
            <source>red</source>
            <translation>rouge</translation>
        </message>
        <message>
            <source>amber</source>
            <translation>orange</translation>
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation>&amp;Ouvrir le client</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rouge</translation>
        </message>
        <message>
            <source>&amp;Done…</source>
            <translation>&amp;Faite…</translation>
        </message>
        <message>
            <source>Mark done: log the contact, or take the survey score</source>
            <translation>Marquer comme faite : noter le contact, ou saisir la note de l’enquête</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <source>&amp;Pick a date…</source>
            <translation>&amp;Choisir une date…</translation>
        </message>
        <message>
            <source>S&amp;nooze</source>
            <translation>Re&amp;porter</translation>
        </message>
        <message>
            <source>Remind me again later</source>
            <translation>Me le rappeler plus tard</translation>
        </message>
        <message>
            <source>&amp;Reschedule…</source>
            <translation>Re&amp;planifier…</translation>
        </message>
        <message>
            <source>Move the follow-up to another date</source>
            <translation>Déplacer la relance à une autre date</translation>
        </message>
        <message>
            <source>S&amp;kip…</source>
            <translation>Sa&amp;uter…</translation>
        </message>
        <message>
            <source>Close the follow-up without doing it, saying why</source>
            <translation>Clore la relance sans la faire, en disant pourquoi</translation>
        </message>
        <message>
            <source>Show the customer's page</source>
            <translation>Afficher la fiche du client</translation>
        </message>
        <message>
            <source>Snoozed until %1</source>
            <translation>Reportée jusqu’au %1</translation>
        </message>
        <message>
            <source>Snooze until</source>
            <translation>Reporter jusqu’au</translation>
        </message>
        <message>
            <source>Reschedule</source>
            <translation>Replanifier</translation>
        </message>
        <message>
            <source>Follow-ups of %1</source>
            <translation>Relances de %1</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Relances</translation>
        </message>
        <message>
            <source>What happened to this follow-up</source>
            <translation>Ce qu’il est advenu de cette relance</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Dro&amp;p</source>
            <translation>&amp;Abandonner</translation>
        </message>
        <message>
            <source>&amp;Undo drop</source>
            <translation>Annuler l’a&amp;bandon</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>Dropped “%1”: undo with %2</source>
            <translation>« %1 » abandonnée : annulez avec %2</translation>
        </message>
        <message>
            <source>Brought back</source>
            <translation>Rétablie</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Hier</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Demain</translation>
        </message>
        <message>
            <source>%1 late</source>
            <translation>%1 de retard</translation>
        </message>
        <message>
            <source>fell due while LoyaltyDesk was closed</source>
            <translation>arrivées à échéance pendant que LoyaltyDesk était fermé</translation>
        </message>
        <message>
            <source>fell due while you were away</source>
            <translation>arrivées à échéance pendant votre absence</translation>
        </message>
        <message>
            <source>Follow-up due: %1</source>
            <translation>Relance à faire : %1</translation>
        </message>
        <message>
            <source>%1 follow-ups %2</source>
            <translation>%1 relances %2</translation>
        </message>
        <message>
            <source>%1 follow-ups are due</source>
            <translation>%1 relances sont à faire</translation>
        </message>
        <message>
            <source>%1 and %2 more</source>
            <translation>%1 et %2 de plus</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Rappel</translation>
        </message>
        <message>
            <source>Show &amp;Today</source>
            <translation>Afficher &amp;Aujourd’hui</translation>
        </message>
        <message>
            <source>Show today's follow-ups</source>
            <translation>Afficher les relances du jour</translation>
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation>&amp;Ignorer</translation>
        </message>
        <message>
            <source>%1 due</source>
            <translation>%1 à faire</translation>
        </message>
        <message>
            <source>Follow-ups due: %1</source>
            <translation>Relances à faire : %1</translation>
        </message>
        <message>
            <source>&amp;Open %1</source>
            <translation>&amp;Ouvrir %1</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>%1: %2 due</source>
            <translation>%1 : %2 à faire</translation>
        </message>
        <message>
            <source>Still running here, so reminders keep coming. Quit from this icon's menu.</source>
            <translation>Toujours actif ici, pour que les rappels continuent. Quittez depuis le menu de cette icône.</translation>
        </message>
        <message>
            <source>Value over the last three years</source>
            <translation>Valeur sur les trois dernières années</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) before</source>
            <translation>
                <numerusform>%n jour avant</numerusform>
                <numerusform>%n jours avant</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) before</source>
            <translation>
                <numerusform>%n mois avant</numerusform>
                <numerusform>%n mois avant</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) before</source>
            <translation>
                <numerusform>%n semaine avant</numerusform>
                <numerusform>%n semaines avant</numerusform>
            </translation>
        </message>
        <message>
            <source>After a score of 0 to 6</source>
            <translation>Après une note de 0 à 6</translation>
        </message>
        <message>
            <source>After a score of 9 or 10</source>
            <translation>Après une note de 9 ou 10</translation>
        </message>
        <message>
            <source>After every purchase</source>
            <translation>Après chaque achat</translation>
        </message>
        <message>
            <source>After the first purchase</source>
            <translation>Après le premier achat</translation>
        </message>
        <message>
            <source>Before a contract ends (negative offsets)</source>
            <translation>Avant la fin d’un contrat (décalages négatifs)</translation>
        </message>
        <message numerus="yes">
            <source>D+%n</source>
            <translation>
                <numerusform>J+%n</numerusform>
                <numerusform>J+%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>D+%n month(s)</source>
            <translation>
                <numerusform>J+%n mois</numerusform>
                <numerusform>J+%n mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>D+%n week(s)</source>
            <translation>
                <numerusform>J+%n semaine</numerusform>
                <numerusform>J+%n semaines</numerusform>
            </translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Supprimée</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Garder le contact</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Moved to</source>
            <translation>Déplacée à</translation>
        </message>
        <message>
            <source>On each birthday (negative offsets: days before)</source>
            <translation>À chaque anniversaire (décalages négatifs : jours avant)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Post-sale check</source>
            <translation>Suivi après-vente</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Reconquête</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Reminder raised</source>
            <translation>Rappel affiché</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Renouvellement</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Rétablie</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Planifiée</translation>
        </message>
        <message>
            <source>Second order</source>
            <translation>Seconde commande</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Sautée</translation>
        </message>
        <message>
            <source>Snoozed until</source>
            <translation>Reportée jusqu’à</translation>
        </message>
        <message>
            <source>Started by hand</source>
            <translation>Lancée à la main</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Enquête</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Testimonial</source>
            <translation>Témoignage</translation>
        </message>
        <message>
            <source>Touch</source>
            <translation>Prise de nouvelles</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semaines</translation>
        </message>
    </context>
    <context>
        <name>table</name>
        <message>
            <source>%s (overdue)</source>
            <translation>%s (en retard)</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>Sans prochaine étape</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>{text} is not an ISO date and time (like 2026-11-24T09:30)</source>
            <translation>{text} n’est pas une date et une heure ISO (comme 2026-11-24T09:30)</translation>
        </message>
        <message>
            <source>--customers must be at least 1</source>
            <translation>--customers doit valoir au moins 1</translation>
        </message>
        <message numerus="yes">
            <source>Built %n demo customer(s) in {folder} ({seconds} s)</source>
            <translation>
                <numerusform>%n client de démonstration créé dans {folder} ({seconds} s)</numerusform>
                <numerusform>%n clients de démonstration créés dans {folder} ({seconds} s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Closed %n follow-up(s) whose goal was already met</source>
            <translation>
                <numerusform>%n relance dont l’objectif était déjà atteint a été close</numerusform>
                <numerusform>%n relances dont l’objectif était déjà atteint ont été closes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found</source>
            <translation>
                <numerusform>%n problème trouvé</numerusform>
                <numerusform>%n problèmes trouvés</numerusform>
            </translation>
        </message>
        <message>
            <source>ok: schema {version}, integrity, foreign keys and search index are sound</source>
            <translation>ok : schéma {version}, intégrité, clés étrangères et index de recherche sont sains</translation>
        </message>
        <message>
            <source>The data file is damaged: nothing was changed; run 'loyaltydesk check', then 'loyaltydesk restore' with a backup</source>
            <translation>Le fichier de données est endommagé : rien n’a été modifié ; lancez « loyaltydesk check », puis « loyaltydesk restore » avec une sauvegarde</translation>
        </message>
        <message>
            <source>interrupted; nothing was changed by the unfinished step</source>
            <translation>interrompu ; l’étape inachevée n’a rien changé</translation>
        </message>
        <message>
            <source>Phone sync needs the caldav library: install LoyaltyDesk with its phone extra (pip install 'loyaltydesk[phone]')</source>
            <translation>La synchronisation avec le téléphone a besoin de la bibliothèque caldav : installez LoyaltyDesk avec son option phone (pip install 'loyaltydesk[phone]')</translation>
        </message>
        <message>
            <source>Password for {user} at {url}: </source>
            <translation>Mot de passe de {user} sur {url} : </translation>
        </message>
        <message>
            <source>Connected to {url} as {user}</source>
            <translation>Connecté à {url} en tant que {user}</translation>
        </message>
        <message>
            <source>follow-ups</source>
            <translation>relances</translation>
        </message>
        <message>
            <source>customers</source>
            <translation>clients</translation>
        </message>
        <message>
            <source>from the phone</source>
            <translation>depuis le téléphone</translation>
        </message>
        <message>
            <source>{what}	{done} of {total}</source>
            <translation>{what}	{done} sur {total}</translation>
        </message>
        <message>
            <source>Synced: {sent} sent, {received} received from the phone ({requests} requests)</source>
            <translation>Synchronisé : {sent} envoyés, {received} reçus du téléphone ({requests} requêtes)</translation>
        </message>
        <message>
            <source>Phone sync is not set up (loyaltydesk dav connect URL --user U)</source>
            <translation>La synchronisation avec le téléphone n’est pas configurée (loyaltydesk dav connect URL --user U)</translation>
        </message>
        <message>
            <source>{user} at {url}</source>
            <translation>{user} sur {url}</translation>
        </message>
        <message>
            <source>last sync	{when}</source>
            <translation>dernière synchronisation	{when}</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>last problem	{problem}</source>
            <translation>dernier problème	{problem}</translation>
        </message>
        <message>
            <source>on the phone	{followups}, {customers}</source>
            <translation>sur le téléphone	{followups}, {customers}</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n relance</numerusform>
                <numerusform>%n relances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message>
            <source>notice	{message}</source>
            <translation>avis	{message}</translation>
        </message>
        <message>
            <source>Phone sync was not set up</source>
            <translation>La synchronisation avec le téléphone n’était pas configurée</translation>
        </message>
        <message>
            <source>Disconnected from {url}; what is on the server stays there</source>
            <translation>Déconnecté de {url} ; ce qui est sur le serveur y reste</translation>
        </message>
        <message>
            <source>{file} is not a file</source>
            <translation>{file} n’est pas un fichier</translation>
        </message>
        <message>
            <source>note: {note}</source>
            <translation>remarque : {note}</translation>
        </message>
        <message>
            <source>skipped: {line}</source>
            <translation>ignoré : {line}</translation>
        </message>
        <message>
            <source>{file}: {problem}; nothing was imported</source>
            <translation>{file} : {problem} ; rien n’a été importé</translation>
        </message>
        <message>
            <source>Imported {file}: {summary}</source>
            <translation>{file} importé : {summary}</translation>
        </message>
        <message>
            <source>--map {pair}: write it as "Column=field", for example "Mobile=phone"</source>
            <translation>--map {pair} : écrivez-le « Colonne=champ », par exemple "Mobile=phone"</translation>
        </message>
        <message>
            <source>{file}: {bad} cannot be read ({lines}), and nothing else in it can be imported; nothing was imported</source>
            <translation>{file} : {bad} illisible(s) ({lines}), et rien d’autre n’y est importable ; rien n’a été importé</translation>
        </message>
        <message>
            <source>{file}: {bad} cannot be read ({lines}); run again with --skip-bad to import the {good} good contacts and skip {skip}; nothing was imported</source>
            <translation>{file} : {bad} illisible(s) ({lines}) ; relancez avec --skip-bad pour importer les {good} contacts corrects et en ignorer {skip} ; rien n’a été importé</translation>
        </message>
        <message numerus="yes">
            <source>Would record %n purchase(s)</source>
            <translation>
                <numerusform>Enregistrerait %n achat</numerusform>
                <numerusform>Enregistrerait %n achats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n line(s) name no known customer</source>
            <translation>
                <numerusform>; %n ligne ne nomme aucun client connu</numerusform>
                <numerusform>; %n lignes ne nomment aucun client connu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would add %n customer(s)</source>
            <translation>
                <numerusform>Ajouterait %n client</numerusform>
                <numerusform>Ajouterait %n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and merge %n into existing ones</source>
            <translation>
                <numerusform> et en fusionnerait %n avec un client existant</numerusform>
                <numerusform> et en fusionnerait %n avec des clients existants</numerusform>
            </translation>
        </message>
        <message>
            <source>{problem}; no file was written</source>
            <translation>{problem} ; aucun fichier n’a été écrit</translation>
        </message>
        <message>
            <source>Exported {result}</source>
            <translation>Exporté : {result}</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Phrase secrète : </translation>
        </message>
        <message>
            <source>The data is encrypted: set {variable} or run in a terminal to be asked</source>
            <translation>Les données sont chiffrées : définissez {variable} ou lancez la commande dans un terminal pour qu’elle la demande</translation>
        </message>
        <message>
            <source>--limit cannot be negative</source>
            <translation>--limit ne peut pas être négatif</translation>
        </message>
        <message>
            <source>Lifetime value (last {years} years, from {start})</source>
            <translation>Valeur vie client ({years} dernières années, depuis le {start})</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>customers who bought</source>
            <translation>clients qui ont acheté</translation>
        </message>
        <message>
            <source>owner {name}</source>
            <translation>responsable {name}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Second sale</source>
            <translation>Deuxième vente</translation>
        </message>
        <message>
            <source>repeat rate</source>
            <translation>taux de rachat</translation>
        </message>
        <message>
            <source>median time to the second purchase</source>
            <translation>délai médian jusqu’au deuxième achat</translation>
        </message>
        <message>
            <source>one purchase, no second order yet</source>
            <translation>un achat, pas encore de deuxième commande</translation>
        </message>
        <message>
            <source>Stage funnel (conversion over the period)</source>
            <translation>Entonnoir des étapes (conversion sur la période)</translation>
        </message>
        <message>
            <source>{now} now, usual stay {stay}, {longer} longer than usual</source>
            <translation>{now} actuellement, séjour habituel {stay}, {longer} plus longtemps que d’habitude</translation>
        </message>
        <message>
            <source>({part} of {whole})</source>
            <translation>({part} sur {whole})</translation>
        </message>
        <message>
            <source>Satisfaction (over the period)</source>
            <translation>Satisfaction (sur la période)</translation>
        </message>
        <message>
            <source>answers</source>
            <translation>réponses</translation>
        </message>
        <message>
            <source>{answers} ({promoters} promoters, {passives} passives, {detractors} detractors)</source>
            <translation>{answers} ({promoters} promoteurs, {passives} passifs, {detractors} détracteurs)</translation>
        </message>
        <message>
            <source>promoters not asked for a testimonial or referral</source>
            <translation>promoteurs à qui l’on n’a demandé ni témoignage ni recommandation</translation>
        </message>
        <message>
            <source>detractors without an open follow-up</source>
            <translation>détracteurs sans relance ouverte</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>À risque</translation>
        </message>
        <message>
            <source>red (past the maximum gap)</source>
            <translation>rouges (au-delà de l’écart maximal)</translation>
        </message>
        <message>
            <source>amber (past the ideal gap)</source>
            <translation>orange (au-delà de l’écart idéal)</translation>
        </message>
        <message>
            <source>no next step planned</source>
            <translation>sans prochaine étape prévue</translation>
        </message>
        <message>
            <source>renewals in the next 90 days</source>
            <translation>renouvellements dans les 90 prochains jours</translation>
        </message>
        <message>
            <source>... with nothing planned</source>
            <translation>... sans rien de prévu</translation>
        </message>
        <message>
            <source>high maintenance</source>
            <translation>très exigeants</translation>
        </message>
        <message>
            <source>Referrals (made in the period)</source>
            <translation>Recommandations (faites sur la période)</translation>
        </message>
        <message>
            <source>referrals</source>
            <translation>recommandations</translation>
        </message>
        <message>
            <source>{referrals} ({won} won) by {referrers} customers</source>
            <translation>{referrals} ({won} gagnées) par {referrers} clients</translation>
        </message>
        <message>
            <source>revenue through them</source>
            <translation>chiffre d’affaires qu’elles ont apporté</translation>
        </message>
        <message>
            <source>{count} referred, {revenue}</source>
            <translation>{count} recommandés, {revenue}</translation>
        </message>
        <message>
            <source>LoyaltyDesk report as of {when}: {customers} customers; period {period} ({start} to {end})</source>
            <translation>Rapport LoyaltyDesk au {when} : {customers} clients ; période {period} (du {start} au {end})</translation>
        </message>
        <message>
            <source>the beginning</source>
            <translation>début</translation>
        </message>
        <message>
            <source>Give the new passphrase in {variable}, or run in a terminal to be asked</source>
            <translation>Donnez la nouvelle phrase secrète dans {variable}, ou lancez la commande dans un terminal pour qu’elle la demande</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Nouvelle phrase secrète : </translation>
        </message>
        <message>
            <source>Same passphrase again: </source>
            <translation>La même phrase secrète, à nouveau : </translation>
        </message>
        <message>
            <source>The two passphrases differ; nothing was changed</source>
            <translation>Les deux phrases secrètes diffèrent ; rien n’a été changé</translation>
        </message>
        <message>
            <source>Backed up to {path} ({size}), checked</source>
            <translation>Sauvegardé dans {path} ({size}), vérifié</translation>
        </message>
        <message>
            <source>{file} does not exist</source>
            <translation>{file} n’existe pas</translation>
        </message>
        <message>
            <source>Restored {file}; the data it replaced is in {replaced}</source>
            <translation>{file} restauré ; les données qu’il a remplacées sont dans {replaced}</translation>
        </message>
        <message>
            <source>Restored {file}</source>
            <translation>{file} restauré</translation>
        </message>
        <message>
            <source>No LoyaltyDesk data in {folder}</source>
            <translation>Aucune donnée LoyaltyDesk dans {folder}</translation>
        </message>
        <message>
            <source>The data is already encrypted</source>
            <translation>Les données sont déjà chiffrées</translation>
        </message>
        <message>
            <source>There is no system keyring to keep the passphrase in; nothing was changed. Run without --remember: the passphrase is then asked at start, or given in {variable}</source>
            <translation>Aucun trousseau système où garder la phrase secrète ; rien n’a été changé. Lancez sans --remember : la phrase secrète est alors demandée au démarrage, ou donnée dans {variable}</translation>
        </message>
        <message>
            <source>; the passphrase is in the system keyring</source>
            <translation> ; la phrase secrète est dans le trousseau système</translation>
        </message>
        <message>
            <source>; the system keyring refused the passphrase: it will be asked at start</source>
            <translation> ; le trousseau système a refusé la phrase secrète : elle sera demandée au démarrage</translation>
        </message>
        <message numerus="yes">
            <source>Encrypted the database and %n backup(s)</source>
            <translation>
                <numerusform>Base de données et %n sauvegarde chiffrées</numerusform>
                <numerusform>Base de données et %n sauvegardes chiffrées</numerusform>
            </translation>
        </message>
        <message>
            <source>The data is not encrypted</source>
            <translation>Les données ne sont pas chiffrées</translation>
        </message>
        <message numerus="yes">
            <source>Decrypted the database and %n backup(s)</source>
            <translation>
                <numerusform>Base de données et %n sauvegarde déchiffrées</numerusform>
                <numerusform>Base de données et %n sauvegardes déchiffrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Created the team's book; sent %n record(s)</source>
            <translation>
                <numerusform>Fichier de l’équipe créé ; %n enregistrement envoyé</numerusform>
                <numerusform>Fichier de l’équipe créé ; %n enregistrements envoyés</numerusform>
            </translation>
        </message>
        <message>
            <source>Joined the team's book; received {received}, sent {sent}, conflicts {conflicts}</source>
            <translation>Fichier de l’équipe rejoint ; reçus {received}, envoyés {sent}, conflits {conflicts}</translation>
        </message>
        <message>
            <source>This book is no longer shared; every customer stays here</source>
            <translation>Ce fichier n’est plus partagé ; tous les clients restent ici</translation>
        </message>
        <message>
            <source>Not shared: a single-user book</source>
            <translation>Non partagé : un fichier à un seul utilisateur</translation>
        </message>
        <message>
            <source>Server: {url} (as {role})</source>
            <translation>Serveur : {url} (en tant que {role})</translation>
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation>Dernière synchronisation : {when}</translation>
        </message>
        <message>
            <source>Last sync: never</source>
            <translation>Dernière synchronisation : jamais</translation>
        </message>
        <message>
            <source>Changes waiting: {count}</source>
            <translation>Modifications en attente : {count}</translation>
        </message>
        <message>
            <source>Open conflicts: {count}</source>
            <translation>Conflits ouverts : {count}</translation>
        </message>
        <message>
            <source>sent {sent}, received {received}, conflicts {conflicts}</source>
            <translation>envoyés {sent}, reçus {received}, conflits {conflicts}</translation>
        </message>
        <message>
            <source>Conflict #{id}: the other value is kept, and sent at the next sync</source>
            <translation>Conflit n° {id} : l’autre valeur est gardée, et envoyée à la prochaine synchronisation</translation>
        </message>
        <message>
            <source>Conflict #{id} closed</source>
            <translation>Conflit n° {id} clos</translation>
        </message>
        <message>
            <source>No conflicts</source>
            <translation>Aucun conflit</translation>
        </message>
    </context>
    <context>
        <name>PhoneSync</name>
        <message>
            <source>follow-ups</source>
            <translation>relances</translation>
        </message>
        <message>
            <source>customers</source>
            <translation>clients</translation>
        </message>
        <message>
            <source>Phone sync</source>
            <translation>Synchronisation du téléphone</translation>
        </message>
        <message>
            <source>Phone: syncing...</source>
            <translation>Téléphone : synchronisation…</translation>
        </message>
        <message>
            <source>Phone: taking in its changes (%1 of %2)</source>
            <translation>Téléphone : prise en compte de ses changements (%1 sur %2)</translation>
        </message>
        <message>
            <source>Phone: sending %1 (%2 of %3)</source>
            <translation>Téléphone : envoi des %1 (%2 sur %3)</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Téléphone : %1</translation>
        </message>
        <message>
            <source>Phone: not synced yet</source>
            <translation>Téléphone : pas encore synchronisé</translation>
        </message>
        <message>
            <source>Phone: synced %1</source>
            <translation>Téléphone : synchronisé le %1</translation>
        </message>
        <message>
            <source>%1 - %2: moved on the phone to %3; LoyaltyDesk's version was kept</source>
            <translation>%1 - %2 : déplacée sur le téléphone au %3 ; la version de LoyaltyDesk a été gardée</translation>
        </message>
        <message>
            <source>%1 - %2: done on the phone; LoyaltyDesk's version was kept</source>
            <translation>%1 - %2 : faite sur le téléphone ; la version de LoyaltyDesk a été gardée</translation>
        </message>
        <message>
            <source>%1 - %2: deleted on the phone; LoyaltyDesk's version was kept</source>
            <translation>%1 - %2 : supprimée sur le téléphone ; la version de LoyaltyDesk a été gardée</translation>
        </message>
        <message>
            <source>%1: phone number changed on the phone to %2</source>
            <translation>%1 : numéro de téléphone changé sur le téléphone en %2</translation>
        </message>
        <message>
            <source>%1: email changed on the phone to %2</source>
            <translation>%1 : courriel changé sur le téléphone en %2</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <source>Phone sync is not set up (loyaltydesk dav connect URL --user U)</source>
            <translation>La synchronisation du téléphone n’est pas configurée (loyaltydesk dav connect URL --user U)</translation>
        </message>
        <message>
            <source>No LoyaltyDesk data in {folder}</source>
            <translation>Aucune donnée LoyaltyDesk dans {folder}</translation>
        </message>
        <message>
            <source>The data is already encrypted</source>
            <translation>Les données sont déjà chiffrées</translation>
        </message>
        <message>
            <source>The data is not encrypted</source>
            <translation>Les données ne sont pas chiffrées</translation>
        </message>
        <message>
            <source>{code} is not a three-letter currency code</source>
            <translation>{code} n’est pas un code de devise à trois lettres</translation>
        </message>
        <message>
            <source>Cannot make the folder {folder}: {reason}</source>
            <translation>Impossible de créer le dossier {folder} : {reason}</translation>
        </message>
        <message>
            <source>The copy failed its check ({problem}); nothing was kept</source>
            <translation>La copie a échoué à sa vérification ({problem}) ; rien n’a été gardé</translation>
        </message>
        <message>
            <source>Could not write {target}: {reason}</source>
            <translation>Impossible d’écrire {target} : {reason}</translation>
        </message>
        <message>
            <source>{problem}; nothing was written</source>
            <translation>{problem} ; rien n’a été écrit</translation>
        </message>
        <message>
            <source>A cadence needs a name</source>
            <translation>Une cadence a besoin d’un nom</translation>
        </message>
        <message>
            <source>A cadence needs at least one step</source>
            <translation>Une cadence a besoin d’au moins une étape</translation>
        </message>
        <message>
            <source>Every step needs a title</source>
            <translation>Chaque étape a besoin d’un titre</translation>
        </message>
        <message>
            <source>No customer with id {id}</source>
            <translation>Aucun client avec l’identifiant {id}</translation>
        </message>
        <message>
            <source>Each customer moves once, and must exist</source>
            <translation>Chaque client ne change d’étape qu’une fois, et doit exister</translation>
        </message>
        <message>
            <source>A customer cannot refer themselves</source>
            <translation>Un client ne peut pas se recommander lui-même</translation>
        </message>
        <message>
            <source>A keep-in-touch gap is at least one day</source>
            <translation>Un écart entre deux contacts est d’au moins un jour</translation>
        </message>
        <message>
            <source>The maximum gap cannot be shorter than the ideal gap</source>
            <translation>L’écart maximal ne peut pas être plus court que l’écart idéal</translation>
        </message>
        <message>
            <source>The demo needs at least one customer</source>
            <translation>La démonstration a besoin d’au moins un client</translation>
        </message>
        <message>
            <source>The demo is only built into an empty database</source>
            <translation>La démonstration ne se construit que dans une base de données vide</translation>
        </message>
        <message>
            <source>Cancelled: nothing was added</source>
            <translation>Annulé : rien n’a été ajouté</translation>
        </message>
        <message>
            <source>The database fails its check ({problem}); restore a backup first</source>
            <translation>La base de données échoue à sa vérification ({problem}) ; restaurez d’abord une sauvegarde</translation>
        </message>
        <message>
            <source>The database is in use by another program; close it and try again</source>
            <translation>La base de données est utilisée par un autre programme ; fermez-le et réessayez</translation>
        </message>
        <message>
            <source>The converted copy failed its check ({problem}); nothing was changed</source>
            <translation>La copie convertie a échoué à sa vérification ({problem}) ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>Could not write {folder}: {reason}; nothing was changed</source>
            <translation>Impossible d’écrire dans {folder} : {reason} ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>Could not convert {file}: {reason}; nothing was changed</source>
            <translation>Impossible de convertir {file} : {reason} ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>A satisfaction score is from 0 to 10</source>
            <translation>Une note de satisfaction va de 0 à 10</translation>
        </message>
        <message>
            <source>Say who was referred</source>
            <translation>Dites qui a été recommandé</translation>
        </message>
        <message>
            <source>A testimonial needs its words</source>
            <translation>Un témoignage a besoin de ses mots</translation>
        </message>
        <message>
            <source>{path} is a symbolic link; give the file's own name</source>
            <translation>{path} est un lien symbolique ; donnez le nom du fichier lui-même</translation>
        </message>
        <message>
            <source>{path} is in the data folder, beside the data itself; choose another folder</source>
            <translation>{path} est dans le dossier de données, à côté des données elles-mêmes ; choisissez un autre dossier</translation>
        </message>
        <message>
            <source>{path} cannot be checked: {reason}</source>
            <translation>{path} ne peut pas être vérifié : {reason}</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name</source>
            <translation>{path} est un dossier ; donnez un nom de fichier</translation>
        </message>
        <message>
            <source>{path} is not an ordinary file (a device or a pipe)</source>
            <translation>{path} n’est pas un fichier ordinaire (un périphérique ou un tube)</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>le dossier {folder} n’existe pas</translation>
        </message>
        <message>
            <source>No follow-up with id {id}</source>
            <translation>Aucune relance avec l’identifiant {id}</translation>
        </message>
        <message>
            <source>A follow-up needs a title</source>
            <translation>Une relance a besoin d’un titre</translation>
        </message>
        <message>
            <source>Say in a few words what the contact was about</source>
            <translation>Dites en quelques mots de quoi parlait le contact</translation>
        </message>
        <message>
            <source>Effort cannot be negative</source>
            <translation>L’effort ne peut pas être négatif</translation>
        </message>
        <message>
            <source>{url} is not a server address (like https://dav.example.com)</source>
            <translation>{url} n’est pas une adresse de serveur (comme https://dav.example.com)</translation>
        </message>
        <message>
            <source>The server address must start with https:// (plain http is only allowed for this computer)</source>
            <translation>L’adresse du serveur doit commencer par https:// (le simple http n’est permis que pour cet ordinateur)</translation>
        </message>
        <message>
            <source>No password for {user}: set {variable} or keep one in the system keyring (Edit &gt; Phone sync...)</source>
            <translation>Aucun mot de passe pour {user} : définissez {variable} ou gardez-en un dans le trousseau du système (Édition &gt; Synchronisation du téléphone...)</translation>
        </message>
        <message>
            <source>Only a phone number or email edited on the phone can be accepted</source>
            <translation>Seuls un numéro de téléphone ou un e-mail modifiés sur le téléphone peuvent être acceptés</translation>
        </message>
        <message>
            <source>{amount} is not an amount of money</source>
            <translation>{amount} n’est pas une somme d’argent</translation>
        </message>
        <message>
            <source>That amount is too large for a purchase</source>
            <translation>Ce montant est trop élevé pour un achat</translation>
        </message>
        <message>
            <source>A purchase amount cannot be negative</source>
            <translation>Le montant d’un achat ne peut pas être négatif</translation>
        </message>
        <message>
            <source>A contract cannot end before it was bought</source>
            <translation>Un contrat ne peut pas se terminer avant d’avoir été acheté</translation>
        </message>
        <message>
            <source>Check for reminders every {least} to {most} seconds</source>
            <translation>L’intervalle de vérification des rappels va de {least} à {most} secondes</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>Non restauré : {reason}</translation>
        </message>
        <message>
            <source>Not restored: {file} cannot be unpacked: {reason}</source>
            <translation>Non restauré : {file} ne peut pas être décompressé : {reason}</translation>
        </message>
        <message>
            <source>That is the database itself, not a backup of it</source>
            <translation>C’est la base de données elle-même, pas une sauvegarde</translation>
        </message>
        <message>
            <source>Not restored, the data is as it was: {reason}</source>
            <translation>Non restauré, les données sont restées telles quelles : {reason}</translation>
        </message>
        <message>
            <source>A tag's rhythm needs both an ideal and a maximum gap</source>
            <translation>Le rythme d’une étiquette a besoin d’un écart idéal et d’un écart maximal</translation>
        </message>
        <message>
            <source>No tag named {tag}</source>
            <translation>Aucune étiquette nommée {tag}</translation>
        </message>
        <message>
            <source>Cannot create the data folder {folder}: {reason}</source>
            <translation>Impossible de créer le dossier de données {folder} : {reason}</translation>
        </message>
        <message>
            <source>The data folder {folder} is not a folder</source>
            <translation>Le dossier de données {folder} n’est pas un dossier</translation>
        </message>
        <message>
            <source>Cannot create the database {path}: {reason}</source>
            <translation>Impossible de créer la base de données {path} : {reason}</translation>
        </message>
        <message>
            <source>The data folder {folder} is read-only and holds no data yet</source>
            <translation>Le dossier de données {folder} est en lecture seule et ne contient encore aucune donnée</translation>
        </message>
        <message>
            <source>The database {path} cannot be read: {reason}</source>
            <translation>La base de données {path} ne peut pas être lue : {reason}</translation>
        </message>
        <message>
            <source>The data needs an upgrade, but its folder is read-only</source>
            <translation>Les données ont besoin d’une mise à niveau, mais leur dossier est en lecture seule</translation>
        </message>
        <message>
            <source>Working as a team needs the team extra: pip install 'loyaltydesk[team]'</source>
            <translation>Travailler en équipe demande le module d’équipe : pip install 'loyaltydesk[team]'</translation>
        </message>
        <message>
            <source>{url} is not a PostgreSQL URL: {reason}</source>
            <translation>{url} n’est pas une URL PostgreSQL : {reason}</translation>
        </message>
        <message>
            <source>sslmode={mode} would send the book unencrypted; use sslmode=require or verify-full for a server on the network</source>
            <translation>sslmode={mode} enverrait le fichier sans chiffrement ; utilisez sslmode=require ou verify-full pour un serveur sur le réseau</translation>
        </message>
        <message>
            <source>The team server refused the password of {user}</source>
            <translation>Le serveur de l’équipe a refusé le mot de passe de {user}</translation>
        </message>
        <message>
            <source>The team server at {where} has no database {name}</source>
            <translation>Le serveur de l’équipe {where} n’a pas de base de données {name}</translation>
        </message>
        <message>
            <source>The team server at {where} knows no user {user}</source>
            <translation>Le serveur de l’équipe {where} ne connaît pas d’utilisateur {user}</translation>
        </message>
        <message>
            <source>The team server at {where} does not answer; working offline</source>
            <translation>Le serveur de l’équipe {where} ne répond pas ; travail hors ligne</translation>
        </message>
        <message>
            <source>This database already holds a team's book: join it instead</source>
            <translation>Cette base de données contient déjà le fichier d’une équipe : rejoignez-le plutôt</translation>
        </message>
        <message>
            <source>Some customers here are private to another user: share them again before making this book the team's</source>
            <translation>Certains clients ici sont privés pour un autre utilisateur : partagez-les de nouveau avant de faire de ce fichier celui de l’équipe</translation>
        </message>
        <message>
            <source>This database holds no team's book (run 'team create' first)</source>
            <translation>Cette base de données ne contient aucun fichier d’équipe (lancez d’abord 'team create')</translation>
        </message>
        <message>
            <source>{user} is not in this team: ask whoever set up the team's book to add them to its group</source>
            <translation>{user} ne fait pas partie de cette équipe : demandez à qui a créé le fichier de l’équipe de l’ajouter à son groupe</translation>
        </message>
        <message>
            <source>The team's book was upgraded by a newer LoyaltyDesk (server schema {version}); update LoyaltyDesk before syncing</source>
            <translation>Le fichier de l’équipe a été mis à niveau par un LoyaltyDesk plus récent (schéma du serveur {version}) ; mettez LoyaltyDesk à jour avant de synchroniser</translation>
        </message>
        <message>
            <source>The team server stopped answering; what was already received is kept, and the next sync completes the rest</source>
            <translation>Le serveur de l’équipe a cessé de répondre ; ce qui a déjà été reçu est gardé, et la prochaine synchronisation complète le reste</translation>
        </message>
        <message>
            <source>{user} may not write to this team's book: {reason}</source>
            <translation>{user} n’a pas le droit d’écrire dans le fichier de cette équipe : {reason}</translation>
        </message>
        <message>
            <source>The team server stopped answering; nothing was sent, the next sync sends it</source>
            <translation>Le serveur de l’équipe a cessé de répondre ; rien n’a été envoyé, la prochaine synchronisation l’enverra</translation>
        </message>
        <message>
            <source>This book is already shared with a team ('team leave' first)</source>
            <translation>Ce fichier est déjà partagé avec une équipe (d’abord 'team leave')</translation>
        </message>
        <message numerus="yes">
            <source>This book already holds %n customer(s): join with --merge to add them to the team's book, or join from an empty data folder</source>
            <translation>
                <numerusform>Ce fichier contient déjà %n client : rejoignez avec --merge pour l’ajouter au fichier de l’équipe, ou rejoignez depuis un dossier de données vide</numerusform>
                <numerusform>Ce fichier contient déjà %n clients : rejoignez avec --merge pour les ajouter au fichier de l’équipe, ou rejoignez depuis un dossier de données vide</numerusform>
            </translation>
        </message>
        <message>
            <source>This book is not shared with a team</source>
            <translation>Ce fichier n’est pas partagé avec une équipe</translation>
        </message>
        <message>
            <source>This book is not shared with a team ('team create' or 'team join')</source>
            <translation>Ce fichier n’est pas partagé avec une équipe ('team create' ou 'team join')</translation>
        </message>
        <message>
            <source>Only a customer of a team's book can be kept private</source>
            <translation>Seul un client du fichier d’une équipe peut rester privé</translation>
        </message>
        <message>
            <source>No open conflict #{id}</source>
            <translation>Aucun conflit ouvert n° {id}</translation>
        </message>
        <message>
            <source>{field} cannot be set back by hand</source>
            <translation>{field} ne peut pas être rétabli à la main</translation>
        </message>
    </context>
    <context>
        <name>Pipeline</name>
        <message>
            <source>no next step planned</source>
            <translation>aucune prochaine étape prévue</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rouge</translation>
        </message>
        <message>
            <source>No next step</source>
            <translation>Rien de prévu</translation>
        </message>
        <message>
            <source>Stuck</source>
            <translation>Bloqué</translation>
        </message>
        <message>
            <source>%s here</source>
            <translation>depuis %s</translation>
        </message>
        <message>
            <source>lifetime value %s</source>
            <translation>valeur vie client %s</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 à l’étape %2</translation>
        </message>
        <message>
            <source>stuck: too long on this rung</source>
            <translation>bloqué : trop longtemps sur cet échelon</translation>
        </message>
        <message>
            <source>red: past the longest gap between contacts</source>
            <translation>rouge : au-delà de l’écart maximal entre deux contacts</translation>
        </message>
        <message>
            <source>amber: past the ideal gap between contacts</source>
            <translation>orange : au-delà de l’écart idéal entre deux contacts</translation>
        </message>
    </context>
    <context>
        <name>ContactSheet</name>
        <message>
            <source>Contact sheets</source>
            <translation>Fiches de contact</translation>
        </message>
        <message>
            <source>Route list</source>
            <translation>Tournée</translation>
        </message>
        <message>
            <source>Route for %1</source>
            <translation>Tournée du %1</translation>
        </message>
        <message>
            <source>Contact sheets for %1</source>
            <translation>Fiches de contact du %1</translation>
        </message>
        <message>
            <source>Route for %1 to %2</source>
            <translation>Tournée du %1 au %2</translation>
        </message>
        <message>
            <source>Contact sheets for %1 to %2</source>
            <translation>Fiches de contact du %1 au %2</translation>
        </message>
        <message>
            <source>No customer matches.</source>
            <translation>Aucun client ne correspond.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (suite)</translation>
        </message>
        <message>
            <source>Talking points</source>
            <translation>Points à aborder</translation>
        </message>
        <message>
            <source>Nothing raised by the data</source>
            <translation>Rien de particulier dans les données</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Notes from the visit</source>
            <translation>Notes de la visite</translation>
        </message>
        <message>
            <source>No contact logged yet</source>
            <translation>Aucun contact noté pour l’instant</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 depuis %2</translation>
        </message>
        <message>
            <source>last on %1</source>
            <translation>dernier le %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 par %2</translation>
        </message>
        <message>
            <source>Lifetime value (3 years)</source>
            <translation>Valeur vie client (3 ans)</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Achats</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>%1/10 on %2</source>
            <translation>%1/10 le %2</translation>
        </message>
        <message>
            <source>What would make it 11/10</source>
            <translation>Ce qui en ferait un 11/10</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>not asked yet</source>
            <translation>pas encore demandé</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Bought once, on %1: ask for the second order</source>
            <translation>Un achat, le %1 : demandez la seconde commande</translation>
        </message>
        <message>
            <source>Contract ends on %1 (%2): prepare the renewal</source>
            <translation>Le contrat se termine le %1 (%2) : préparez le renouvellement</translation>
        </message>
        <message>
            <source>contract</source>
            <translation>contrat</translation>
        </message>
        <message>
            <source>Gave %1/10 on %2: ask for a testimonial or a referral</source>
            <translation>A donné %1/10 le %2 : demandez un témoignage ou une recommandation</translation>
        </message>
        <message>
            <source>ask what went wrong</source>
            <translation>demandez ce qui n’a pas été</translation>
        </message>
        <message>
            <source>Gave %1/10 on %2: close the open issue: %3</source>
            <translation>A donné %1/10 le %2 : réglez le problème en cours : %3</translation>
        </message>
        <message>
            <source>Referred %1 on %2: %3</source>
            <translation>A recommandé %1 le %2 : %3</translation>
        </message>
        <message>
            <source>Values and interests</source>
            <translation>Valeurs et centres d’intérêt</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Chargé de clientèle</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Recommandé par</translation>
        </message>
        <message>
            <source>Planned later</source>
            <translation>Prévu plus tard</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Relance</translation>
        </message>
        <message>
            <source>What to ask</source>
            <translation>Que demander</translation>
        </message>
        <message>
            <source>Recent purchases</source>
            <translation>Achats récents</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>No purchase yet</source>
            <translation>Aucun achat pour l’instant</translation>
        </message>
        <message>
            <source>Recent contacts</source>
            <translation>Contacts récents</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>Ce qui a été dit</translation>
        </message>
        <message>
            <source>No contact logged</source>
            <translation>Aucun contact noté</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 depuis le %2</translation>
        </message>
        <message>
            <source>#</source>
            <translation>n°</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>First purchase</source>
            <translation>Premier achat</translation>
        </message>
        <message>
            <source>In touch: last contact %1</source>
            <translation>En contact : dernier contact %1</translation>
        </message>
        <message>
            <source>Losing touch: last contact %1, past the ideal gap</source>
            <translation>Le contact se perd : dernier contact %1, au-delà de l’écart idéal</translation>
        </message>
        <message>
            <source>Loyal</source>
            <translation>Fidèle</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Out of touch: last contact %1, past the longest gap</source>
            <translation>Contact perdu : dernier contact %1, au-delà de l’écart maximal</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>Suspect</source>
            <translation>Suspect</translation>
        </message>
        <message>
            <source>Value confirmed</source>
            <translation>Valeur confirmée</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>What the visit is for</source>
            <translation>Objet de la visite</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>contacted</source>
            <translation>contacté</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>perdu</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>suggéré</translation>
        </message>
        <message>
            <source>won</source>
            <translation>gagné</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <source>line {line}: {problem}</source>
            <translation>ligne {line} : {problem}</translation>
        </message>
        <message>
            <source>Reading cancelled: nothing was changed</source>
            <translation>Lecture annulée : rien n’a été modifié</translation>
        </message>
        <message>
            <source>{where}: {problems}</source>
            <translation>{where} : {problems}</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was changed</source>
            <translation>Import annulé : rien n’a été modifié</translation>
        </message>
        <message numerus="yes">
            <source>line {line}: %n customers are called {name}; give their email to tell them apart</source>
            <translation>
                <numerusform>ligne {line} : %n client s’appelle {name} ; donnez son e-mail pour les distinguer</numerusform>
                <numerusform>ligne {line} : %n clients s’appellent {name} ; donnez leur e-mail pour les distinguer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (and %n more line(s))</source>
            <translation>
                <numerusform> (et %n autre ligne)</numerusform>
                <numerusform> (et %n autres lignes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n ajouté</numerusform>
                <numerusform>%n ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already recorded</source>
            <translation>
                <numerusform>%n déjà enregistré</numerusform>
                <numerusform>%n déjà enregistrés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already up to date</source>
            <translation>
                <numerusform>%n déjà à jour</numerusform>
                <numerusform>%n déjà à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) added</source>
            <translation>
                <numerusform>%n client ajouté</numerusform>
                <numerusform>%n clients ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) scheduled</source>
            <translation>
                <numerusform>%n relance planifiée</numerusform>
                <numerusform>%n relances planifiées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merged into existing customers</source>
            <translation>
                <numerusform>%n fusionné avec un client existant</numerusform>
                <numerusform>%n fusionnés avec des clients existants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n move(s) on the ladder</source>
            <translation>
                <numerusform>%n changement d’étape</numerusform>
                <numerusform>%n changements d’étape</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n purchase(s) recorded</source>
            <translation>
                <numerusform>%n achat enregistré</numerusform>
                <numerusform>%n achats enregistrés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n ignoré</numerusform>
                <numerusform>%n ignorés</numerusform>
            </translation>
        </message>
        <message>
            <source>line {line}: no customer with email {who}{more}; import the contacts first, or let the import add the customers it does not find</source>
            <translation>ligne {line} : aucun client avec l’e-mail {who}{more} ; importez d’abord les contacts, ou laissez l’import ajouter les clients qu’il ne trouve pas</translation>
        </message>
        <message>
            <source>line {line}: no customer with name {who}{more}; import the contacts first, or let the import add the customers it does not find</source>
            <translation>ligne {line} : aucun client nommé {who}{more} ; importez d’abord les contacts, ou laissez l’import ajouter les clients qu’il ne trouve pas</translation>
        </message>
    </context>
    <context>
        <name>TeamDialogs</name>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>Conflits de synchronisation</translation>
        </message>
        <message>
            <source>Join a Team's Book</source>
            <translation>Rejoindre le portefeuille d’une équipe</translation>
        </message>
        <message>
            <source>Create a Team's Book</source>
            <translation>Créer le portefeuille d’une équipe</translation>
        </message>
        <message>
            <source>Connect this laptop to the team's book on your PostgreSQL server. This book stays here as the working copy and syncs whenever the server answers.</source>
            <translation>Reliez cet ordinateur au portefeuille de l’équipe sur votre serveur PostgreSQL. Ce portefeuille reste ici comme copie de travail et se synchronise dès que le serveur répond.</translation>
        </message>
        <message>
            <source>Make an empty PostgreSQL database the team's book and upload this book into it. Each account manager then joins it from their own laptop.</source>
            <translation>Faites d’une base PostgreSQL vide le portefeuille de l’équipe et envoyez-y ce portefeuille. Chaque chargé de clientèle le rejoint ensuite depuis son propre ordinateur.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>empty: from the keyring, PGPASSWORD or ~/.pgpass</source>
            <translation>vide : depuis le trousseau, PGPASSWORD ou ~/.pgpass</translation>
        </message>
        <message>
            <source>&amp;Remember the password in the system keyring</source>
            <translation>&amp;Garder le mot de passe dans le trousseau du système</translation>
        </message>
        <message>
            <source>&amp;Add this book's customers to the team's book</source>
            <translation>&amp;Ajouter les clients de ce portefeuille à celui de l’équipe</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Join</source>
            <translation>&amp;Rejoindre</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Créer</translation>
        </message>
        <message>
            <source>Type the server's address, like the example.</source>
            <translation>Tapez l’adresse du serveur, comme dans l’exemple.</translation>
        </message>
        <message>
            <source>No system keyring here: the password is used this once; keep it in ~/.pgpass for the syncs to come.</source>
            <translation>Pas de trousseau système ici : le mot de passe sert cette fois seulement ; gardez-le dans ~/.pgpass pour les prochaines synchronisations.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connexion à %1…</translation>
        </message>
        <message>
            <source>Joined the team's book: %1 records received</source>
            <translation>Portefeuille de l’équipe rejoint : %1 enregistrements reçus</translation>
        </message>
        <message>
            <source>The team's book is ready: %1 records sent</source>
            <translation>Le portefeuille de l’équipe est prêt : %1 enregistrements envoyés</translation>
        </message>
        <message>
            <source>Sync Conflicts</source>
            <translation>Conflits de synchronisation</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Trouvé</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Gardé</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>Autre valeur</translation>
        </message>
        <message>
            <source>No conflicts: every laptop's edits merged.</source>
            <translation>Aucun conflit : les modifications de chaque ordinateur ont fusionné.</translation>
        </message>
        <message>
            <source>&amp;Keep the Other Value</source>
            <translation>&amp;Garder l’autre valeur</translation>
        </message>
        <message>
            <source>The value that lost becomes the one kept, and is sent at the next sync</source>
            <translation>La valeur qui a perdu devient celle gardée, et part à la prochaine synchronisation</translation>
        </message>
        <message>
            <source>Keep &amp;This One</source>
            <translation>Garder &amp;celle-ci</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Achat</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Relance</translation>
        </message>
    </context>
    <context>
        <name>Jobs</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <source>Team sync</source>
            <translation>Synchronisation de l’équipe</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>Conflits de synchronisation</translation>
        </message>
        <message>
            <source>Syncing with the team…</source>
            <translation>Synchronisation avec l’équipe…</translation>
        </message>
        <message numerus="yes">
            <source>Offline: %n change(s) waiting</source>
            <translation>
                <numerusform>Hors ligne : %n modification en attente</numerusform>
                <numerusform>Hors ligne : %n modifications en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Pas encore synchronisé</translation>
        </message>
        <message>
            <source>Synced %1</source>
            <translation>Synchronisé %1</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflit</numerusform>
                <numerusform>%n conflits</numerusform>
            </translation>
        </message>
        <message>
            <source>What two laptops changed differently: review them</source>
            <translation>Ce que deux ordinateurs ont modifié différemment : à revoir</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>à l’instant</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>il y a %n min</numerusform>
                <numerusform>il y a %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>il y a %n heure</numerusform>
                <numerusform>il y a %n heures</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Create Team's Book…</source>
            <translation>&amp;Créer le portefeuille de l’équipe…</translation>
        </message>
        <message>
            <source>&amp;Join Team's Book…</source>
            <translation>&amp;Rejoindre le portefeuille de l’équipe…</translation>
        </message>
        <message>
            <source>&amp;Sync Now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <source>&amp;Leave Team's Book…</source>
            <translation>&amp;Quitter le portefeuille de l’équipe…</translation>
        </message>
        <message>
            <source>Sync &amp;Conflicts…</source>
            <translation>Con&amp;flits de synchronisation…</translation>
        </message>
        <message>
            <source>&amp;Keep Private in the Team's Book</source>
            <translation>&amp;Garder privé dans le portefeuille de l’équipe</translation>
        </message>
        <message>
            <source>Only you see this customer: other laptops never receive it</source>
            <translation>Vous seul voyez ce client : les autres ordinateurs ne le reçoivent jamais</translation>
        </message>
        <message>
            <source>Leave the Team's Book</source>
            <translation>Quitter le portefeuille de l’équipe</translation>
        </message>
        <message>
            <source>This laptop stops syncing with the team's book. Every customer stays here, and the team's book stays on the server.</source>
            <translation>Cet ordinateur cesse de se synchroniser avec le portefeuille de l’équipe. Chaque client reste ici, et le portefeuille de l’équipe reste sur le serveur.</translation>
        </message>
        <message>
            <source>Choose a customer first</source>
            <translation>Choisissez d’abord un client</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>Éq&amp;uipe</translation>
        </message>
    </context>
    <context>
        <name>BuiltIn</name>
        <message>
            <source>A happy customer is asked for a testimonial, then for a referral.</source>
            <translation>Un client satisfait est sollicité pour un témoignage, puis pour une recommandation.</translation>
        </message>
        <message>
            <source>A low score gets a call quickly: listen, take notes, fix what can be fixed.</source>
            <translation>Une note basse appelle un coup de fil rapide : écouter, prendre des notes, réparer ce qui peut l’être.</translation>
        </message>
        <message>
            <source>A personal word on the customer's birthday: a classic loyalty gesture. Off until you turn it on.</source>
            <translation>Un mot personnel pour l’anniversaire du client : un geste de fidélisation classique. Désactivée tant que vous ne l’activez pas.</translation>
        </message>
        <message>
            <source>A short, personal message; no sales pitch today.</source>
            <translation>Un message court et personnel ; pas d’argumentaire commercial aujourd’hui.</translation>
        </message>
        <message>
            <source>A systematic satisfaction check right after every sale, before small hiccups grow.</source>
            <translation>Une vérification systématique de la satisfaction juste après chaque vente, avant que les petits accrocs ne grossissent.</translation>
        </message>
        <message>
            <source>Added as %1</source>
            <translation>Ajouté comme %1</translation>
        </message>
        <message>
            <source>Agree the next term on the value created, not on last year's contract.</source>
            <translation>Convenir de la prochaine période sur la valeur créée, pas sur le contrat de l’an dernier.</translation>
        </message>
        <message>
            <source>Ask for a rating out of 10 and what would make it 11 out of 10.</source>
            <translation>Demander une note sur 10 et ce qui en ferait un 11 sur 10.</translation>
        </message>
        <message>
            <source>Ask for a referral</source>
            <translation>Demander une recommandation</translation>
        </message>
        <message>
            <source>Ask for a testimonial or review</source>
            <translation>Demander un témoignage ou un avis</translation>
        </message>
        <message>
            <source>Ask for the second order</source>
            <translation>Demander la deuxième commande</translation>
        </message>
        <message>
            <source>Birthday wishes</source>
            <translation>Vœux d’anniversaire</translation>
        </message>
        <message>
            <source>Bring industry information or an idea that helps their strategy.</source>
            <translation>Apporter une information du secteur ou une idée qui sert sa stratégie.</translation>
        </message>
        <message>
            <source>Call back about the low score</source>
            <translation>Rappeler au sujet de la note basse</translation>
        </message>
        <message>
            <source>Check the delivery went well</source>
            <translation>Vérifier que la livraison s’est bien passée</translation>
        </message>
        <message>
            <source>Closed: %1 on %2</source>
            <translation>Close : %1 le %2</translation>
        </message>
        <message>
            <source>Contract ends %1</source>
            <translation>Fin du contrat le %1</translation>
        </message>
        <message>
            <source>Deleted on the phone</source>
            <translation>Supprimée sur le téléphone</translation>
        </message>
        <message>
            <source>Detractor recovery</source>
            <translation>Reconquête d’un détracteur</translation>
        </message>
        <message>
            <source>Did everything arrive as promised? Any hiccup we should deal with now?</source>
            <translation>Tout est-il arrivé comme promis ? Un accroc à régler dès maintenant ?</translation>
        </message>
        <message>
            <source>Done on the phone</source>
            <translation>Faite sur le téléphone</translation>
        </message>
        <message>
            <source>First purchase recorded</source>
            <translation>Premier achat enregistré</translation>
        </message>
        <message>
            <source>Further points of contact, because needs change: D+1 month, D+3 months, D+6 months.</source>
            <translation>D’autres points de contact, parce que les besoins changent : J+1 mois, J+3 mois, J+6 mois.</translation>
        </message>
        <message>
            <source>How are things going? Anything new we can help with?</source>
            <translation>Comment ça se passe ? Du nouveau pour lequel nous pouvons aider ?</translation>
        </message>
        <message>
            <source>How are things progressing? Is it delivering the value we talked about?</source>
            <translation>Comment les choses avancent-elles ? Cela apporte-t-il la valeur dont nous avions parlé ?</translation>
        </message>
        <message>
            <source>How satisfied are you, out of 10? If we could give you 11 out of 10, what would we have to do that we are not doing right now?</source>
            <translation>Quelle est votre satisfaction, sur 10 ? Pour mériter un 11 sur 10, que devrions-nous faire que nous ne faisons pas aujourd’hui ?</translation>
        </message>
        <message>
            <source>Imported from %1</source>
            <translation>Importé depuis %1</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Garder le contact</translation>
        </message>
        <message>
            <source>Listen first. What went wrong? What would it take to make it right?</source>
            <translation>D’abord écouter. Qu’est-ce qui n’a pas marché ? Que faudrait-il pour arranger les choses ?</translation>
        </message>
        <message>
            <source>Next step, keeping a %1-day rhythm</source>
            <translation>Prochaine étape, au rythme d’un contact tous les %1 jours</translation>
        </message>
        <message>
            <source>Now %1</source>
            <translation>Désormais %1</translation>
        </message>
        <message>
            <source>Now the value is confirmed, what would the next order look like? Offer a reason to come back: a refill, a complement, a volume step.</source>
            <translation>Maintenant que la valeur est confirmée, à quoi ressemblerait la prochaine commande ? Donner une raison de revenir : un réassort, un complément, un palier de volume.</translation>
        </message>
        <message>
            <source>One month on: results so far</source>
            <translation>Un mois après : les résultats à ce jour</translation>
        </message>
        <message>
            <source>One week on: how is it going?</source>
            <translation>Une semaine après : comment ça se passe ?</translation>
        </message>
        <message>
            <source>Post-sale check</source>
            <translation>Suivi après-vente</translation>
        </message>
        <message>
            <source>Promoter: testimonial and referral</source>
            <translation>Promoteur : témoignage et recommandation</translation>
        </message>
        <message>
            <source>Purchase: %1</source>
            <translation>Achat : %1</translation>
        </message>
        <message>
            <source>Referred %1</source>
            <translation>A recommandé %1</translation>
        </message>
        <message>
            <source>Renewal in 30 days: agree next term</source>
            <translation>Renouvellement dans 30 jours : convenir de la suite</translation>
        </message>
        <message>
            <source>Renewal in 60 days: bring an idea</source>
            <translation>Renouvellement dans 60 jours : apporter une idée</translation>
        </message>
        <message>
            <source>Renewal in 90 days: review value</source>
            <translation>Renouvellement dans 90 jours : faire le point sur la valeur</translation>
        </message>
        <message>
            <source>Renewal, worked ahead of time</source>
            <translation>Renouvellement, préparé à l’avance</translation>
        </message>
        <message>
            <source>Renewal: %1</source>
            <translation>Renouvellement : %1</translation>
        </message>
        <message>
            <source>Renewals are not passive income: touches with value 90, 60 and 30 days before the end.</source>
            <translation>Les renouvellements ne sont pas un revenu passif : des contacts utiles 90, 60 et 30 jours avant l’échéance.</translation>
        </message>
        <message>
            <source>Replaced by the same cadence started again</source>
            <translation>Remplacée par la même cadence relancée</translation>
        </message>
        <message>
            <source>Review results, what could be done differently, and what comes next.</source>
            <translation>Passer en revue les résultats, ce qui pourrait se faire autrement, et la suite.</translation>
        </message>
        <message>
            <source>Review the value delivered this term and the trigger events ahead of them.</source>
            <translation>Passer en revue la valeur apportée sur la période et les événements à venir pour le client.</translation>
        </message>
        <message>
            <source>Satisfaction %1/10</source>
            <translation>Satisfaction %1/10</translation>
        </message>
        <message>
            <source>Satisfaction %1/10 after the first purchase</source>
            <translation>Satisfaction %1/10 après le premier achat</translation>
        </message>
        <message>
            <source>Satisfaction survey</source>
            <translation>Enquête de satisfaction</translation>
        </message>
        <message>
            <source>Satisfaction: what would make it 11/10?</source>
            <translation>Satisfaction : qu’est-ce qui en ferait un 11/10 ?</translation>
        </message>
        <message>
            <source>Scored %1/10</source>
            <translation>Note : %1/10</translation>
        </message>
        <message>
            <source>Second purchase: loyalty starts here</source>
            <translation>Deuxième achat : la fidélité commence ici</translation>
        </message>
        <message>
            <source>Send an insight or industry news that helps them; ask what has changed.</source>
            <translation>Envoyer une analyse ou une actualité du secteur qui l’aide ; demander ce qui a changé.</translation>
        </message>
        <message>
            <source>Six months on: review together</source>
            <translation>Six mois après : faire le point ensemble</translation>
        </message>
        <message>
            <source>Stay in touch after the sale</source>
            <translation>Garder le contact après la vente</translation>
        </message>
        <message>
            <source>The first sale can be a fluke; loyalty starts after the second one. Ask for it.</source>
            <translation>La première vente peut être un coup de chance ; la fidélité commence après la deuxième. Demandez-la.</translation>
        </message>
        <message>
            <source>Three months on: share something useful</source>
            <translation>Trois mois après : partager quelque chose d’utile</translation>
        </message>
        <message>
            <source>What are the results to date? What are the new needs?</source>
            <translation>Quels sont les résultats à ce jour ? Quels sont les nouveaux besoins ?</translation>
        </message>
        <message>
            <source>Who else do you know who would benefit the way you have?</source>
            <translation>Qui d’autre connaissez-vous qui en profiterait comme vous ?</translation>
        </message>
        <message>
            <source>Wish a happy birthday</source>
            <translation>Souhaiter un bon anniversaire</translation>
        </message>
        <message>
            <source>Would you share a few words about your experience? A review, a quote, a story.</source>
            <translation>Accepteriez-vous de partager quelques mots sur votre expérience ? Un avis, une citation, une histoire.</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <source>new purchase</source>
            <translation>nouvel achat</translation>
        </message>
        <message>
            <source>referral</source>
            <translation>recommandation</translation>
        </message>
        <message>
            <source>renewal</source>
            <translation>renouvellement</translation>
        </message>
        <message>
            <source>second purchase</source>
            <translation>deuxième achat</translation>
        </message>
        <message>
            <source>survey answered</source>
            <translation>enquête remplie</translation>
        </message>
        <message>
            <source>testimonial</source>
            <translation>témoignage</translation>
        </message>
    </context>
    <context>
        <name>ExportResult</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n fiche</numerusform>
                <numerusform>%n fiches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n chosen customer(s)</source>
            <translation>
                <numerusform>%n client choisi</numerusform>
                <numerusform>%n clients choisis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n relance</numerusform>
                <numerusform>%n relances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>Address book (vCard)</source>
            <translation>Carnet d’adresses (vCard)</translation>
        </message>
        <message>
            <source>Bought once</source>
            <translation>Un seul achat</translation>
        </message>
        <message>
            <source>City: %1</source>
            <translation>Ville : %1</translation>
        </message>
        <message>
            <source>Contact sheets (PDF)</source>
            <translation>Fiches de contact (PDF)</translation>
        </message>
        <message>
            <source>Follow-ups calendar (iCalendar)</source>
            <translation>Calendrier des relances (iCalendar)</translation>
        </message>
        <message>
            <source>Overdue follow-up</source>
            <translation>Suivi en retard</translation>
        </message>
        <message>
            <source>Owner: %1</source>
            <translation>Responsable : %1</translation>
        </message>
        <message>
            <source>Search: %1</source>
            <translation>Recherche : %1</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV)</source>
            <translation>Tableur (CSV)</translation>
        </message>
        <message>
            <source>Stage: %1</source>
            <translation>Étape : %1</translation>
        </message>
        <message>
            <source>Tag: %1</source>
            <translation>Étiquette : %1</translation>
        </message>
        <message>
            <source>{items} for {customers} written to {path}</source>
            <translation>{items} pour {customers} écrites dans {path}</translation>
        </message>
    </context>
    <context>
        <name>Periods</name>
        <message>
            <source>All time</source>
            <translation>Depuis le début</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>12 derniers mois</translation>
        </message>
        <message>
            <source>Last 3 years</source>
            <translation>3 dernières années</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>90 derniers jours</translation>
        </message>
    </context>
    <context>
        <name>StorageErrors</name>
        <message>
            <source>The data folder is read-only</source>
            <translation>Le dossier des données est en lecture seule</translation>
        </message>
        <message>
            <source>The database file cannot be opened</source>
            <translation>Le fichier de la base de données ne peut pas être ouvert</translation>
        </message>
        <message>
            <source>The database file cannot be read</source>
            <translation>Le fichier de la base de données ne peut pas être lu</translation>
        </message>
        <message>
            <source>The database file is damaged (restore a backup from the File menu)</source>
            <translation>Le fichier de la base de données est abîmé (restaurez une sauvegarde depuis le menu Fichier)</translation>
        </message>
        <message>
            <source>The database is busy in another program</source>
            <translation>La base de données est occupée par un autre programme</translation>
        </message>
        <message>
            <source>The disk could not be read or written</source>
            <translation>Le disque n’a pas pu être lu ou écrit</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Le disque est plein</translation>
        </message>
        <message>
            <source>{problem}: the change was not saved, and the data is as it was before it</source>
            <translation>{problem} : la modification n’a pas été enregistrée, et les données sont telles qu’avant</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;redits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy &amp;Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy version and data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LoyaltyDesk logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn first sales into loyal, referring clients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open Data Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free software under the %s licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%(app)s is released under the %(licence)s licence; its full text is in the LICENSE file that comes with the source code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s is built on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt and Qt for Python (PySide6) are used under the GNU Lesser General Public License, version 3; their source code is available from the Qt Project.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>%s: nothing to show yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerForm</name>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ompany</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Em&amp;ail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posta&amp;l code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owne&amp;r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ta&amp;gs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred &amp;by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ideal gap between contacts, in days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maximum gap between contacts, in days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ideal gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ma&amp;ximum gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s; “default” follows the tags and the stage</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerHeader</name>
        <message>
            <source>Customer name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifetime value and purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan the next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep-in-touch state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner and tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birthday and anniversary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts as %s, the first rung of the ladder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerPage</name>
        <message>
            <source>The stage timeline shows here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer page sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a customer in the list, or press Ctrl+N to add one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the details (F2, or double-click a field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the changes to %s?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerPickerDialog</name>
        <message>
            <source>Referred by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, company, city…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the referrer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matching customers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerTable</name>
        <message>
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Customers</name>
        <message>
            <source>call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move stage…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan ne&amp;xt step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to &amp;Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tr&amp;ash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Losing touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;No next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer &amp;Page Beside the List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan next steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the new customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snoozed until %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set for this customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from the tag “%s”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from the stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now ideally every {ideal} days, at most every {most} ({source}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Red: %s, past the longest gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amber: %s, past the ideal gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In touch: %s; amber from %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stage} · since {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LTV (3 years) %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last score %d/10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d MMMM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birthday: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anniversary: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy %s to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers losing touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers with no next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the first purchase up, nothing planned: click to list them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{red} red · {amber} amber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past the longest (red) or the ideal (amber) gap without contact: click to list them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LTV (3 years)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s (overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bought already, and nothing is planned: plan the next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past the longest gap without contact since %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past the ideal gap without contact since %s; red from %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In touch; amber from %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot undo or redo “%s”: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {n} customer and all their history for good? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {n} customers and all their history for good? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done or skipped ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move {n} customer to the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move {n} customers to the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step planned for {n} customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next steps planned for {n} customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only {n} chosen customer ✕</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only {n} chosen customers ✕</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan a next step for each of {n} customers?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan a next step for {n} customer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore {n} customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore {n} customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} customer in the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} customer is in the trash: Edit &gt; Trash… brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} customers are in the trash: Edit &gt; Trash… brings them back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} customers in the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} day without contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} days without contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} follow-up planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} follow-ups planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} with no next step</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomersView</name>
        <message>
            <source>Customers view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No customer matches “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No customer matches these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved to the trash. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved. The current filters hide this customer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditConflict</name>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: now “%2”, yours “%3”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed Elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This customer was changed elsewhere (an import, another window) since you opened it. Your other changes are kept either way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep Theirs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <source>Follow-up for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is now “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed elsewhere since this form was opened:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK again keeps what you typed; Cancel keeps the above.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EncryptionDialog</name>
        <message>
            <source>Encryption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Encrypt…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Change Passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Decrypt…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt the data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decrypt the data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encryption needs SQLCipher, which is not installed. Install LoyaltyDesk with its “encryption” extra to use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data is encrypted. Without the passphrase, neither the database nor its backups can be read. If the passphrase is lost, so is the data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data is not encrypted: anyone who gets this computer's disk can read the database and its backups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a passphrase. It will be needed to open the data; nobody can recover it for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the new passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decrypt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store the database and its backups without encryption?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>Contact sheets, a page per customer (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact sheets, two customers to a page (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Route list by postal code and city (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Route list by time of the visit (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheet (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address book, vCard 3.0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address book, vCard 4.0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups as calendar to-dos (iCalendar)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups as calendar events (iCalendar)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge into the customer we have</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add as new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merge selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add selected as new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leave selected out</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&amp;Import the %n good contact(s), skip %1</source>
            <translation>
                <numerusform>&amp;Import the %n good contact, skip %1</numerusform>
                <numerusform>&amp;Import the %n good contacts, skip %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone sync is not set up (loyaltydesk dav connect URL --user U)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the column mapping does not fit the file's columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: no name, email or phone; left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is a calendar saved as CSV (Subject, Start Date...), not contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is a table of invoices or amounts, not contacts; a purchase history imports as purchases (Holds: Purchases, or --format purchases-csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no column holds a name, company, email or phone: this does not look like contacts; map the columns by hand if it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>column {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No column is recognised: choose what each column holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns left out unless you map them: {columns}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no column is named {header}; the columns are: {columns}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a field; choose one of: {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a field is longer than {size} KB (a whole document in one cell?); shorten it, or leave that column out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the CSV is damaged ({reason}); is a quote left open?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this line uses {other} where the rest of the file uses {separator}: the file mixes separators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: this row has {cells} cells but the header on line {header} has {width}: a separator too many, or a quote missing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server at {server} does not speak CalDAV ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server would not make a {name} calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server would not make a {name} address book (HTTP {status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A phone sync is already running for this data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: no name or company; named after {name}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>; and %n more</source>
            <translation>
                <numerusform>; and %n more</numerusform>
                <numerusform>; and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is larger than 200 MB; is it the right file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this is a calendar (iCalendar); LoyaltyDesk exports follow-ups as calendars but imports contacts (vCard, CSV) and purchases (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no column is recognised (headers like Name, Email, Phone, Company); map the columns in File &gt; Import or with --map "Column=field"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading cancelled: nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>the file holds %n NUL character(s), a sign of damage: they were removed</source>
            <translation>
                <numerusform>the file holds %n NUL character, a sign of damage: they were removed</numerusform>
                <numerusform>the file holds %n NUL characters, a sign of damage: they were removed</numerusform>
            </translation>
        </message>
        <message>
            <source>only a CSV file has columns to map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{bad} cannot be read ({lines})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no contact can be read ({lines})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the amount {text} is not an amount of money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the amount {text} is negative; a refund is not a purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a purchases file needs a date and an amount column (headers like Date, Email, Customer, Amount, Currency, Description)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a purchases file needs the customer's email or name in a column (Email or Customer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no customer email or name on this line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} is not a three-letter currency code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dates like 03/04/2026 were read day first (3 April 2026)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file cannot be read as {encoding}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file starts as {encoding} but byte {byte} is not: it is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line} is not UTF-8 while the rest of the file is: correct it, or choose the file's encoding (--encoding, or Encoding in File &gt; Import) to read it all that way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lines {lines} are not UTF-8 while the rest of the file is: correct them, or choose the file's encoding (--encoding, or Encoding in File &gt; Import) to read it all that way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{card}: {text} looks like a spreadsheet formula, not a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{card}: some text declared no character set and was read by a guess; check accented letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{card}: no name, email or phone; left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{card}, line {line}: {text} is not a vCard property (NAME:value); skipped, the rest of the card is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{card} has no END:VCARD before the next card starts on line {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: END:VCARD without a card to end; skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: {text} is outside any card (BEGIN:VCARD ... END:VCARD); skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{card} ends without END:VCARD: the file looks cut short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file holds no vCard (BEGIN:VCARD ... END:VCARD); is it a contacts file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard version {version} cannot be written; choose 3.0 or 4.0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not placed: choose the field this column fills, or leave it out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import %1 as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Customers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file was written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled: no file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the file holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guess from the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text encoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add customers that no line matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Holds:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Duplicates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes about the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts that cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading %1...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading cancelled: nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file cannot be imported: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, read as %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 purchases; %2 name no customer we know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 to add, %2 duplicates to merge, %3 left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be read (listed below): import the others and skip them, or fix the file; nothing changes until you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing %1...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled: nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export selected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact sheets...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import contacts or purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers in the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an earlier row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge into %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (not found)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> - already recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups due on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups due today or overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups due %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheets for the da&amp;y...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact sheets and the route for the chosen day's follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheets for the wee&amp;k...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact sheets and the route for this week's follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;heets for today...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact sheets and the route for today's follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message>
            <source>Add to notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anniversary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Big5 (Chinese)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact id (to recognise it again)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts (vCard)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EUC-KR (Korean)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GB18030 (Chinese)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ISO-8859-1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job title (into notes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Middle name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postal code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchases (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region (into notes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift JIS (Japanese)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The collection {url} is gone from the server; choose another in Edit &gt; Phone sync...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server at {server} does not answer; the next sync goes on from here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server does not let {user} use {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the user name or password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server would not delete an entry (HTTP {status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server would not read an entry (HTTP {status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server would not save an entry (HTTP {status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 BE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 LE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-32 BE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-32 LE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-8 (with BOM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows-1250 (Central European)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows-1251 (Cyrillic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows-1252 (Western)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>card {card} (line {line})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>card {card} (line {line}, {name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: the anniversary {text} is not a day; kept in the notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: the birthday {text} is not a day; kept in the notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: the company {text} looks like a spreadsheet formula, not a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: the name {text} looks like a spreadsheet formula, not a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>semicolons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tabs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the contract end {text} is not a date (use 2026-03-31 or 31/03/2026)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the contract end {text} is not a real date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the date {text} is not a date (use 2026-03-31 or 31/03/2026)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the date {text} is not a real date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{card}, line {line}: the anniversary {text} is not a day; kept in the notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{card}, line {line}: the birthday {text} is not a day; kept in the notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: {value} is not a valid email; kept in the notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: {value} is not a valid phone; kept in the notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FigureTable</name>
        <message>
            <source>No one here for this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all: %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FigureTableModel</name>
        <message>
            <source>Enter or double-click: show these customers in the list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search name, company, email, phone, city, tags, notes (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all, not only the chosen customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any contact gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Losing touch (red or amber)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Red: past the longest gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amber: past the ideal gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One purchase only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All owners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown} of {total} customers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpForm</name>
        <message>
            <source>What to ask</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpsPanel</name>
        <message>
            <source>Follow-ups of this customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan the next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A keep-in-touch follow-up before the ideal gap runs out (Ctrl+Shift+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the last action did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing planned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>almost %n week(s)</source>
            <translation>
                <numerusform>almost %n week</numerusform>
                <numerusform>almost %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over %n week(s)</source>
            <translation>
                <numerusform>over %n week</numerusform>
                <numerusform>over %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>almost %n month(s)</source>
            <translation>
                <numerusform>almost %n month</numerusform>
                <numerusform>almost %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over %n month(s)</source>
            <translation>
                <numerusform>over %n month</numerusform>
                <numerusform>over %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>almost %n year(s)</source>
            <translation>
                <numerusform>almost %n year</numerusform>
                <numerusform>almost %n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over %n year(s)</source>
            <translation>
                <numerusform>over %n year</numerusform>
                <numerusform>over %n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>less than a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FunnelPage</name>
        <message>
            <source>Customers on each rung now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved up to the next rung in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage funnel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usual stay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Here so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer than usual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On it in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conversion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share who moved up, %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s: %s customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s to %s: %s (%s of %s moved up)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdleBackups</name>
        <message>
            <source>No automatic backup: %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compute the figures again (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Val&amp;ue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second s&amp;ale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fu&amp;nnel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;tisfaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At ris&amp;k</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referra&amp;ls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insight sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifetime value, 3 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bought again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median time to 2nd sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bought once, waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NPS in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Red: losing touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not compute the figures: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As of %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s since %s from %s customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s of %s buyers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One purchase, no second order yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From %s answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No customers behind this figure</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LadderStrip</name>
        <message>
            <source>Stage ladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 reached %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reached %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not reached yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not reached yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reached %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogInteractionDialog</name>
        <message>
            <source>Log interaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was it about?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Effort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Completes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log and mark done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say in a few words what the contact was about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A contact that has not happened yet is a follow-up: choose a time from the past</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact logged with %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s comes here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not backed up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up and checked: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back Up to File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LoyaltyDesk backups (*.sqlite3.zst *.sqlite3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored. What it replaced is kept in %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ca&amp;dences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View, edit, add and switch off the cadences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading demo data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;hone sync...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ync with Phone Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone sync needs LoyaltyDesk's phone extra (caldav)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a customer first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;minder settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check for &amp;due follow-ups now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-&amp;ups of this customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back Up Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back Up to &amp;File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;ncryption…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only: changes cannot be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up automatically to %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finishing the work under way before closing…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MoveStageDialog</name>
        <message>
            <source>Move to stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened that moves them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the customer moves: it stays on their timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 moved to %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>New Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remember it in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember the passphrase in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keyring is available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A passphrase cannot hold a NUL character.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at least %d characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhoneSyncDialog</name>
        <message>
            <source>Phone sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://dav.example.com or just the host name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find calendars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups to the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as events (for phones that show no to-dos)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers to the address book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only customers with an open follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>offer back phones and emails edited there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the phone changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Accept the phone's value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disco&amp;nnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ca&amp;lendar:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add&amp;ress book:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sta&amp;ge:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a new LoyaltyDesk calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a new LoyaltyDesk address book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking the server...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server and the user are needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting...</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n calendar(s)</source>
            <translation>
                <numerusform>%n calendar</numerusform>
                <numerusform>%n calendars</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n address book(s)</source>
            <translation>
                <numerusform>%n address book</numerusform>
                <numerusform>%n address books</numerusform>
            </translation>
        </message>
        <message>
            <source>Found %1 and %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <source>Pipeline board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order cards by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move one rung &amp;up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move one rung &amp;down…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move to stage…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Order cards by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stuck: too long on one rung · Amber, Red: past the ideal, the longest gap between contacts · No next step: nothing planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rungs of the ladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all on this rung in the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact sheets for this rung...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longest on the rung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longest out of touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newest on the rung</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as the system (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LoyaltyDesk speaks the language chosen here from its next start. Dates, numbers and money follow that language in your country.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QApplication</name>
        <message>
            <source>LoyaltyDesk is already open on this data folder, but does not answer. Close it, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data in %s is encrypted. Type its passphrase to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase does not open the data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full, so LoyaltyDesk opens your data read-only: nothing can be changed until some space is freed. Close it, free some space, then open it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file cannot be read: it is not a plain SQLite file and no passphrase opened it; as its backups are not encrypted, it may be damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The start-up check stopped: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong: %s. The last change may not have been saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>Before an upgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made by you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before a restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Damaged copy, kept as it was</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Not restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickActions</name>
        <message>
            <source>&amp;Log interaction…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record &amp;purchase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule &amp;follow-up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan ne&amp;xt step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record satisfaction &amp;survey…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;referral…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;testimonial…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move to stage…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already planned: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step planned: %1, %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickDialog</name>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completes follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for a referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for a testimonial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for the next order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post-sale check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social media post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimonial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordPurchaseDialog</name>
        <message>
            <source>Record purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 1 250,00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount and currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was bought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Renewal:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This renews an earlier contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract &amp;ends on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Has a contract end date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract end date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the amount of the purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s is not an amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The currency is a three-letter code such as EUR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase recorded: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Your data has a problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LoyaltyDesk found a problem in its database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest good backup was taken %1 (%2). Restoring it keeps a copy of the current file in the backup folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No good backup was found in the data folder. You can choose a backup file from elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore Newest Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a Backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue Anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Add referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Referred:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A name, or start typing a customer's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;ward:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How we thank them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who was referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral recorded: %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralsPage</name>
        <message>
            <source>Referrals made in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers who referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue that came through them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrers, most revenue first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Became customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They bought since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bought since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s of them became customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers who sent someone your way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whom they referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What referred customers bought from the day they were referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whom %s referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred by them</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferrerPicker</name>
        <message>
            <source>Referred by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who referred this customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the referrer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A deleted customer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderSettingsDialog</name>
        <message>
            <source>Reminder settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On time (within a minute)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Within 5 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Within a quarter of an hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Within the hour</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Within %n seconds</source>
            <translation>
                <numerusform>Within %n seconds</numerusform>
                <numerusform>Within %n seconds</numerusform>
            </translation>
        </message>
        <message>
            <source>How soon a due follow-up is shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remind me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep running in the tray when the window is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start at login, so reminders come from the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This desktop has no tray: reminders show inside the window.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the backup to bring back. Your current data is backed up first, so a restore can itself be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no backups in the data folder yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the chosen backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Other File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a backup file from elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>taken %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a Backup File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LoyaltyDesk backups (*.sqlite3.zst *.sqlite3);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace your current data with the backup %s?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your current data is backed up first; you can restore that copy to undo this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RiskPage</name>
        <message>
            <source>Red: past the maximum gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amber: past the ideal gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No next step planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewals in the next 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High maintenance (12 months)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Losing touch: red first, then amber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewals with nothing planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High maintenance: little revenue per hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact for longer than their rhythm's maximum gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past their ideal gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the first purchase up, nothing planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s with no follow-up planned before the contract ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least 4 hours of logged effort that brought under 50.00 an hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amber</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SatisfactionPage</name>
        <message>
            <source>NPS in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promoters (9-10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passives (7-8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detractors (0-6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NPS over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest answers to “what would make it 11/10?”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promoters not yet asked for a testimonial or referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detractors without an open follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%% promoters minus %% detractors, of %s answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NPS, from -100 to 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week of %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s: no answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s: NPS %s from %s answers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScheduleFollowUpDialog</name>
        <message>
            <source>Schedule follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call back about the proposal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Script:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to say or do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the follow-up a title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A follow-up is due from now on: choose a later time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up scheduled for %s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SecondSalePage</name>
        <message>
            <source>Customers who bought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bought again (repeat rate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median time from first to second purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bought once, no second order yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bought once and waiting for the second order, oldest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers with at least one purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s of %s buyers bought a second time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Half of the repeat buyers came back sooner than this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loyalty starts after the second sale</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a shortcut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No shortcut matches “%1”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SkipDialog</name>
        <message>
            <source>Skip: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is it skipped?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Suspect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prospect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loyal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message>
            <source>%s cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one on this rung. Drag a card here to move a customer to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all on this rung in the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s stuck</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all (%s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all %s customers in the list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageMeaning</name>
        <message>
            <source>Met, not yet interested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value communicated, starting to believe it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bought once: could still be a fluke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed after the sale that the value was real</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bought a second time: loyalty starts here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trusted, buys again without shopping around</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommends you and is rewarded for it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SurveyDialog</name>
        <message>
            <source>Record satisfaction survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Score (0-10):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score out of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;11/10 would be:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What would make it 11 out of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the customer's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;omment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Completes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a score from 0 to 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>promoter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>detractor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>passive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Survey recorded: %1/10, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record and mark done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagsEdit</name>
        <message>
            <source>Values and interests, separated by commas</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TestimonialDialog</name>
        <message>
            <source>Add testimonial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Words:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimonial text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the customer said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Publishing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They allow us to publish it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Permission to publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the customer's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimonial saved, may be published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimonial saved, not for publication</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>1 day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 follow-ups replaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>when the sale of %1 started %2 again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>when %1 started again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>when their cadence started again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter or double-click shows them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 follow-up scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s follow-ups scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ladder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ladder moves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Surveys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimonial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimonials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Customer timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline entries, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show entries of kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No customer chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now %1, since %2 (%3 on this rung)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>Overdue follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers losing touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers with no next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing more is due today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is losing touch: every customer has been contacted within their ideal gap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every customer from the first purchase up has a next step planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See what comes next in the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Log contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a call, email or meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Plan next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule a keep-in-touch follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the customer's page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step for %1: %2 on %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 overdue · %2 due today · %3 red · %4 amber · %5 with no next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overd&amp;ue (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due &amp;today (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Losing touch: red, then amber (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ne&amp;xt step planned (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The trash is empty: deleted customers wait here until you empty it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers in the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved to the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the selected customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete for good</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <source>LoyaltyDesk user guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guide pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No page mentions “%1”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ValuePage</name>
        <message>
            <source>Revenue by month, last three years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifetime value (3 years) by stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifetime value (3 years) by owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most valuable customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifetime value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revenue per month, %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifetime value, %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s: %s from %s customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no owner)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WaitForWriter</name>
        <message>
            <source>Another LoyaltyDesk command (%1) is changing this data folder. LoyaltyDesk opens as soon as it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to LoyaltyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your book of business is empty. Loyalty starts after the second sale: add the customers you already have, and LoyaltyDesk reminds you when to get back to them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add first customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type in a first customer (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import contacts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a vCard or CSV file: phone, Google Contacts, Outlook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load &amp;demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%d made-up customers with their history, to look around</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WhenDialog</name>
        <message>
            <source>Date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>followups</name>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entr(ies)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not needed any more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Covered in another contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer asked not to be contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not reach them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cadences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cadences (tick to switch on)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;teps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is on: it plans follow-ups again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is off: it plans no new follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved “%1”: follow-ups already planned stay as they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the saved cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cadence name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the cadence is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Offset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Questions to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 red, %2 amber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact logged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+%1 more ›</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turns red: %1 (past the longest gap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turns amber: %1 (past the ideal gap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and %1 more turning amber or red: show them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and %1 more: open the week to see them all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag onto another day to move it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries of the chosen day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 turning red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 turning amber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and %1 more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 red: customers passing their longest gap that day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 amber: passing their ideal gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the calendar by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show logged contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done and s&amp;kipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show follow-ups already done or skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag a follow-up onto another day or hour to move it (in the week: Alt+arrows). Edit &gt; Undo puts it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not a working day)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing on this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week, hour by hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days of the week and who turns red or amber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Done…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done: log the contact, or take the survey score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pick a date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;nooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind me again later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reschedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the follow-up to another date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;kip…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the follow-up without doing it, saying why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the customer's page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snoozed until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reschedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened to this follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dro&amp;p</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo drop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropped “%1”: undo with %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brought back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fell due while LoyaltyDesk was closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fell due while you were away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up due: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 follow-ups %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 follow-ups are due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 and %2 more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show today's follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups due: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still running here, so reminders keep coming. Quit from this icon's menu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value over the last three years</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s) before</source>
            <translation>
                <numerusform>%n day before</numerusform>
                <numerusform>%n days before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) before</source>
            <translation>
                <numerusform>%n month before</numerusform>
                <numerusform>%n months before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) before</source>
            <translation>
                <numerusform>%n week before</numerusform>
                <numerusform>%n weeks before</numerusform>
            </translation>
        </message>
        <message>
            <source>After a score of 0 to 6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After a score of 9 or 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After every purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the first purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before a contract ends (negative offsets)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>D+%n</source>
            <translation>
                <numerusform>D+%n</numerusform>
                <numerusform>D+%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>D+%n month(s)</source>
            <translation>
                <numerusform>D+%n month</numerusform>
                <numerusform>D+%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>D+%n week(s)</source>
            <translation>
                <numerusform>D+%n week</numerusform>
                <numerusform>D+%n weeks</numerusform>
            </translation>
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On each birthday (negative offsets: days before)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post-sale check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snoozed until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimonial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weeks</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>table</name>
        <message>
            <source>%s (overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>{text} is not an ISO date and time (like 2026-11-24T09:30)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--customers must be at least 1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Built %n demo customer(s) in {folder} ({seconds} s)</source>
            <translation>
                <numerusform>Built %n demo customer in {folder} ({seconds} s)</numerusform>
                <numerusform>Built %n demo customers in {folder} ({seconds} s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Closed %n follow-up(s) whose goal was already met</source>
            <translation>
                <numerusform>Closed %n follow-up whose goal was already met</numerusform>
                <numerusform>Closed %n follow-ups whose goal was already met</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found</source>
            <translation>
                <numerusform>%n problem found</numerusform>
                <numerusform>%n problems found</numerusform>
            </translation>
        </message>
        <message>
            <source>ok: schema {version}, integrity, foreign keys and search index are sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data file is damaged: nothing was changed; run 'loyaltydesk check', then 'loyaltydesk restore' with a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>interrupted; nothing was changed by the unfinished step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone sync needs the caldav library: install LoyaltyDesk with its phone extra (pip install 'loyaltydesk[phone]')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password for {user} at {url}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to {url} as {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from the phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}	{done} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced: {sent} sent, {received} received from the phone ({requests} requests)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone sync is not set up (loyaltydesk dav connect URL --user U)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user} at {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last sync	{when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last problem	{problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on the phone	{followups}, {customers}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n follow-up</numerusform>
                <numerusform>%n follow-ups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s)</source>
            <translation>
                <numerusform>%n customer</numerusform>
                <numerusform>%n customers</numerusform>
            </translation>
        </message>
        <message>
            <source>notice	{message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone sync was not set up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnected from {url}; what is on the server stays there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped: {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {problem}; nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {file}: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--map {pair}: write it as "Column=field", for example "Mobile=phone"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {bad} cannot be read ({lines}), and nothing else in it can be imported; nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {bad} cannot be read ({lines}); run again with --skip-bad to import the {good} good contacts and skip {skip}; nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Would record %n purchase(s)</source>
            <translation>
                <numerusform>Would record %n purchase</numerusform>
                <numerusform>Would record %n purchases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n line(s) name no known customer</source>
            <translation>
                <numerusform>; %n line name no known customer</numerusform>
                <numerusform>; %n lines name no known customer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would add %n customer(s)</source>
            <translation>
                <numerusform>Would add %n customer</numerusform>
                <numerusform>Would add %n customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and merge %n into existing ones</source>
            <translation>
                <numerusform> and merge %n into existing ones</numerusform>
                <numerusform> and merge %n into existing ones</numerusform>
            </translation>
        </message>
        <message>
            <source>{problem}; no file was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {result}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data is encrypted: set {variable} or run in a terminal to be asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--limit cannot be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifetime value (last {years} years, from {start})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>customers who bought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>owner {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repeat rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>median time to the second purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one purchase, no second order yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage funnel (conversion over the period)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{now} now, usual stay {stay}, {longer} longer than usual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>({part} of {whole})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction (over the period)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{answers} ({promoters} promoters, {passives} passives, {detractors} detractors)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>promoters not asked for a testimonial or referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>detractors without an open follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>red (past the maximum gap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amber (past the ideal gap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no next step planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>renewals in the next 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>... with nothing planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>high maintenance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals (made in the period)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{referrals} ({won} won) by {referrers} customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>revenue through them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} referred, {revenue}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LoyaltyDesk report as of {when}: {customers} customers; period {period} ({start} to {end})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the beginning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the new passphrase in {variable}, or run in a terminal to be asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same passphrase again: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases differ; nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up to {path} ({size}), checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored {file}; the data it replaced is in {replaced}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No LoyaltyDesk data in {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data is already encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no system keyring to keep the passphrase in; nothing was changed. Run without --remember: the passphrase is then asked at start, or given in {variable}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; the passphrase is in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; the system keyring refused the passphrase: it will be asked at start</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Encrypted the database and %n backup(s)</source>
            <translation>
                <numerusform>Encrypted the database and %n backup</numerusform>
                <numerusform>Encrypted the database and %n backups</numerusform>
            </translation>
        </message>
        <message>
            <source>The data is not encrypted</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Decrypted the database and %n backup(s)</source>
            <translation>
                <numerusform>Decrypted the database and %n backup</numerusform>
                <numerusform>Decrypted the database and %n backups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Created the team's book; sent %n record(s)</source>
            <translation>
                <numerusform>Created the team's book; sent %n record</numerusform>
                <numerusform>Created the team's book; sent %n records</numerusform>
            </translation>
        </message>
        <message>
            <source>Joined the team's book; received {received}, sent {sent}, conflicts {conflicts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This book is no longer shared; every customer stays here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not shared: a single-user book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server: {url} (as {role})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync: never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes waiting: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open conflicts: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sent {sent}, received {received}, conflicts {conflicts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict #{id}: the other value is kept, and sent at the next sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict #{id} closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conflicts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PhoneSync</name>
        <message>
            <source>follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone: syncing...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone: taking in its changes (%1 of %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone: sending %1 (%2 of %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone: not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone: synced %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 - %2: moved on the phone to %3; LoyaltyDesk's version was kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 - %2: done on the phone; LoyaltyDesk's version was kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 - %2: deleted on the phone; LoyaltyDesk's version was kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: phone number changed on the phone to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: email changed on the phone to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <source>Phone sync is not set up (loyaltydesk dav connect URL --user U)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No LoyaltyDesk data in {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data is already encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data is not encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} is not a three-letter currency code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot make the folder {folder}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy failed its check ({problem}); nothing was kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {target}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}; nothing was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cadence needs a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cadence needs at least one step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every step needs a title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No customer with id {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each customer moves once, and must exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A customer cannot refer themselves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A keep-in-touch gap is at least one day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The maximum gap cannot be shorter than the ideal gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo needs at least one customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo is only built into an empty database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: nothing was added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database fails its check ({problem}); restore a backup first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is in use by another program; close it and try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The converted copy failed its check ({problem}); nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {folder}: {reason}; nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not convert {file}: {reason}; nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A satisfaction score is from 0 to 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who was referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A testimonial needs its words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a symbolic link; give the file's own name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is in the data folder, beside the data itself; choose another folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} cannot be checked: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder; give a file name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not an ordinary file (a device or a pipe)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No follow-up with id {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A follow-up needs a title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say in a few words what the contact was about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Effort cannot be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{url} is not a server address (like https://dav.example.com)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server address must start with https:// (plain http is only allowed for this computer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No password for {user}: set {variable} or keep one in the system keyring (Edit &gt; Phone sync...)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a phone number or email edited on the phone can be accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} is not an amount of money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That amount is too large for a purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A purchase amount cannot be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A contract cannot end before it was bought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check for reminders every {least} to {most} seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not restored: {file} cannot be unpacked: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is the database itself, not a backup of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not restored, the data is as it was: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A tag's rhythm needs both an ideal and a maximum gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No tag named {tag}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the data folder {folder}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder {folder} is not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the database {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder {folder} is read-only and holds no data yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {path} cannot be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data needs an upgrade, but its folder is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working as a team needs the team extra: pip install 'loyaltydesk[team]'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{url} is not a PostgreSQL URL: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sslmode={mode} would send the book unencrypted; use sslmode=require or verify-full for a server on the network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team server refused the password of {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team server at {where} has no database {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team server at {where} knows no user {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team server at {where} does not answer; working offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database already holds a team's book: join it instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some customers here are private to another user: share them again before making this book the team's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database holds no team's book (run 'team create' first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user} is not in this team: ask whoever set up the team's book to add them to its group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team's book was upgraded by a newer LoyaltyDesk (server schema {version}); update LoyaltyDesk before syncing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team server stopped answering; what was already received is kept, and the next sync completes the rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user} may not write to this team's book: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team server stopped answering; nothing was sent, the next sync sends it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This book is already shared with a team ('team leave' first)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This book already holds %n customer(s): join with --merge to add them to the team's book, or join from an empty data folder</source>
            <translation>
                <numerusform>This book already holds %n customer: join with --merge to add them to the team's book, or join from an empty data folder</numerusform>
                <numerusform>This book already holds %n customers: join with --merge to add them to the team's book, or join from an empty data folder</numerusform>
            </translation>
        </message>
        <message>
            <source>This book is not shared with a team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This book is not shared with a team ('team create' or 'team join')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a customer of a team's book can be kept private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open conflict #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} cannot be set back by hand</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pipeline</name>
        <message>
            <source>no next step planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stuck</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%s here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lifetime value %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stuck: too long on this rung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>red: past the longest gap between contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amber: past the ideal gap between contacts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactSheet</name>
        <message>
            <source>Contact sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Route list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Route for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact sheets for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Route for %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact sheets for %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No customer matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Talking points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing raised by the data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes from the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact logged yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 for %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifetime value (3 years)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1/10 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What would make it 11/10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not asked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bought once, on %1: ask for the second order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract ends on %1 (%2): prepare the renewal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gave %1/10 on %2: ask for a testimonial or a referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ask what went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gave %1/10 on %2: close the open issue: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred %1 on %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Values and interests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No purchase yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact logged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 since %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In touch: last contact %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Losing touch: last contact %1, past the ideal gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loyal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of touch: last contact %1, past the longest gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prospect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the visit is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>won</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <source>line {line}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading cancelled: nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled: nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>line {line}: %n customers are called {name}; give their email to tell them apart</source>
            <translation>
                <numerusform>line {line}: %n customers are called {name}; give their email to tell them apart</numerusform>
                <numerusform>line {line}: %n customers are called {name}; give their email to tell them apart</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (and %n more line(s))</source>
            <translation>
                <numerusform> (and %n more line)</numerusform>
                <numerusform> (and %n more lines)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already recorded</source>
            <translation>
                <numerusform>%n already recorded</numerusform>
                <numerusform>%n already recorded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already up to date</source>
            <translation>
                <numerusform>%n already up to date</numerusform>
                <numerusform>%n already up to date</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) added</source>
            <translation>
                <numerusform>%n customer added</numerusform>
                <numerusform>%n customers added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) scheduled</source>
            <translation>
                <numerusform>%n follow-up scheduled</numerusform>
                <numerusform>%n follow-ups scheduled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merged into existing customers</source>
            <translation>
                <numerusform>%n merged into existing customers</numerusform>
                <numerusform>%n merged into existing customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n move(s) on the ladder</source>
            <translation>
                <numerusform>%n move on the ladder</numerusform>
                <numerusform>%n moves on the ladder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n purchase(s) recorded</source>
            <translation>
                <numerusform>%n purchase recorded</numerusform>
                <numerusform>%n purchases recorded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n skipped</numerusform>
                <numerusform>%n skipped</numerusform>
            </translation>
        </message>
        <message>
            <source>line {line}: no customer with email {who}{more}; import the contacts first, or let the import add the customers it does not find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}: no customer with name {who}{more}; import the contacts first, or let the import add the customers it does not find</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamDialogs</name>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join a Team's Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a Team's Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect this laptop to the team's book on your PostgreSQL server. This book stays here as the working copy and syncs whenever the server answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make an empty PostgreSQL database the team's book and upload this book into it. Each account manager then joins it from their own laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty: from the keyring, PGPASSWORD or ~/.pgpass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remember the password in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add this book's customers to the team's book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Join</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the server's address, like the example.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keyring here: the password is used this once; keep it in ~/.pgpass for the syncs to come.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined the team's book: %1 records received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team's book is ready: %1 records sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conflicts: every laptop's edits merged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep the Other Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The value that lost becomes the one kept, and is sent at the next sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep &amp;This One</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Jobs</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <source>Team sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing with the team…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Offline: %n change(s) waiting</source>
            <translation>
                <numerusform>Offline: %n change waiting</numerusform>
                <numerusform>Offline: %n changes waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
            </translation>
        </message>
        <message>
            <source>What two laptops changed differently: review them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Create Team's Book…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Join Team's Book…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sync Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Leave Team's Book…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync &amp;Conflicts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep Private in the Team's Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only you see this customer: other laptops never receive it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave the Team's Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop stops syncing with the team's book. Every customer stays here, and the team's book stays on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a customer first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BuiltIn</name>
        <message>
            <source>A happy customer is asked for a testimonial, then for a referral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A low score gets a call quickly: listen, take notes, fix what can be fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A personal word on the customer's birthday: a classic loyalty gesture. Off until you turn it on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short, personal message; no sales pitch today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A systematic satisfaction check right after every sale, before small hiccups grow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agree the next term on the value created, not on last year's contract.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for a rating out of 10 and what would make it 11 out of 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for a referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for a testimonial or review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for the second order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birthday wishes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring industry information or an idea that helps their strategy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call back about the low score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the delivery went well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed: %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract ends %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted on the phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detractor recovery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did everything arrive as promised? Any hiccup we should deal with now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done on the phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First purchase recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Further points of contact, because needs change: D+1 month, D+3 months, D+6 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How are things going? Anything new we can help with?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How are things progressing? Is it delivering the value we talked about?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How satisfied are you, out of 10? If we could give you 11 out of 10, what would we have to do that we are not doing right now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen first. What went wrong? What would it take to make it right?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step, keeping a %1-day rhythm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now the value is confirmed, what would the next order look like? Offer a reason to come back: a refill, a complement, a volume step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One month on: results so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One week on: how is it going?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post-sale check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promoter: testimonial and referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewal in 30 days: agree next term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewal in 60 days: bring an idea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewal in 90 days: review value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewal, worked ahead of time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewal: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renewals are not passive income: touches with value 90, 60 and 30 days before the end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replaced by the same cadence started again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review results, what could be done differently, and what comes next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review the value delivered this term and the trigger events ahead of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction %1/10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction %1/10 after the first purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfaction: what would make it 11/10?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scored %1/10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second purchase: loyalty starts here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send an insight or industry news that helps them; ask what has changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Six months on: review together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay in touch after the sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first sale can be a fluke; loyalty starts after the second one. Ask for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Three months on: share something useful</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What are the results to date? What are the new needs?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who else do you know who would benefit the way you have?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wish a happy birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Would you share a few words about your experience? A review, a quote, a story.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>renewal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>second purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>survey answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>testimonial</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportResult</name>
        <message numerus="yes">
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n chosen customer(s)</source>
            <translation>
                <numerusform>%n chosen customer</numerusform>
                <numerusform>%n chosen customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s)</source>
            <translation>
                <numerusform>%n customer</numerusform>
                <numerusform>%n customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n follow-up</numerusform>
                <numerusform>%n follow-ups</numerusform>
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
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message>
            <source>Address book (vCard)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bought once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact sheets (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups calendar (iCalendar)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheet (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{items} for {customers} written to {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Periods</name>
        <message>
            <source>All time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 3 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 90 days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StorageErrors</name>
        <message>
            <source>The data folder is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file is damaged (restore a backup from the File menu)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is busy in another program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk could not be read or written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}: the change was not saved, and the data is as it was before it</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

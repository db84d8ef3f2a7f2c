<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../mentee_desktop/ui/relationship/put_to_work.py" line="+90"/>
        <source>Insights to put to work</source>
        <extracomment>&quot;Put to work: 1 of 3 insights&quot; — the tab shows it beside the follow-through record</extracomment>
        <translation>Erkenntnisse zum Umsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T: trying, A: applied, L: let go, N: not tried yet. Enter opens the note.</source>
        <translation>T: probiere ich, A: umgesetzt, L: losgelassen, N: noch nicht ausprobiert. Eingabe öffnet die Notiz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened when you tried it (or why you let it go)</source>
        <translation>Was passiert ist, als du es ausprobiert hast (oder warum du es losgelassen hast)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying</source>
        <translation>Probiere ich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go</source>
        <translation>Losgelassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the list: T trying · A applied · L let go · N not tried yet</source>
        <translation>In der Liste: T probiere ich · A umgesetzt · L losgelassen · N noch nicht ausprobiert</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../mentee_desktop/ui/shell/about.py" line="+17"/>
        <source>About Mentee Desktop</source>
        <translation>Über Mentee Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Mentee Desktop {0}&lt;/h3&gt;&lt;p&gt;Prepare, listen, ask for feedback and follow through with your mentors.&lt;/p&gt;&lt;p&gt;Your data: &lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;With File › Protect with a passphrase…, your notes, backups and exports are encrypted: a lost or stolen laptop, a copied backup or export, or a synced or cloud folder shows nothing readable. It does not protect against harmful software running as you while your notes are unlocked. If you forget the passphrase and lose the recovery key, the notes are gone for good.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mentee Desktop {0}&lt;/h3&gt;&lt;p&gt;Vorbereiten, zuhören, um Feedback bitten und Zusagen einhalten – mit deinen Mentoren.&lt;/p&gt;&lt;p&gt;Deine Daten: &lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Mit Datei › Mit einer Passphrase schützen … werden deine Notizen, Sicherungen und Exporte verschlüsselt: Ein verlorener oder gestohlener Laptop, eine kopierte Sicherung oder ein Export oder ein synchronisierter oder Cloud-Ordner zeigt nichts Lesbares. Es schützt nicht vor schädlicher Software, die unter deinem Konto läuft, während deine Notizen entsperrt sind. Wenn du die Passphrase vergisst und den Wiederherstellungsschlüssel verlierst, sind die Notizen für immer verloren.&lt;/p&gt;&lt;p&gt;Lizenz: GNU GPL Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentee Desktop {0}&lt;/h3&gt;&lt;p&gt;Prepare, listen, ask for feedback and follow through with your mentors.&lt;/p&gt;&lt;p&gt;Your data: &lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Mentee Desktop {0}&lt;/h3&gt;&lt;p&gt;Vorbereiten, zuhören, um Feedback bitten und Zusagen einhalten – mit deinen Mentoren.&lt;/p&gt;&lt;p&gt;Deine Daten: &lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Lizenz: GNU GPL Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <location filename="../../mentee_desktop/ui/actions/filters.py" line="+28"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show open action items</source>
        <translation>Offene Aufgaben zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show overdue action items</source>
        <translation>Überfällige Aufgaben zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show done action items</source>
        <translation>Erledigte Aufgaben zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show all action items</source>
        <translation>Alle Aufgaben zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show everyone&apos;s action items</source>
        <translation>Die Aufgaben aller zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only my action items</source>
        <translation>Nur meine Aufgaben zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor&apos;s</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only my mentor&apos;s action items</source>
        <translation>Nur die Aufgaben meines Mentors zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promised by</source>
        <translation>Zugesagt von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of action items shown</source>
        <translation>Anzahl der gezeigten Aufgaben</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%Ln action items</source>
        <translation>
            <numerusform>%Ln Aufgabe</numerusform>
            <numerusform>%Ln Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>1 action item</source>
        <translation type="vanished">1 Aufgabe</translation>
    </message>
    <message>
        <source>{0} action items</source>
        <translation type="vanished">{0} Aufgaben</translation>
    </message>
</context>
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/actions/item_dialog.py" line="+79"/>
        <source>Edit action item</source>
        <extracomment>QLineEdit cuts pasted text at 32,767 characters by default; we never drop what was typed a run this long without a space makes word wrapping quadratic in Qt (minutes for 1 MB)</extracomment>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action item</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was promised, e.g. “Send the draft to Amara”</source>
        <translation>Was zugesagt wurde, z. B. „Den Entwurf an Amara schicken“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details, links, the first small step…</source>
        <translation>Details, Links, der erste kleine Schritt …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My mentor</source>
        <translation>Mein Mentor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Who promised</source>
        <translation type="vanished">Zugesagt &amp;von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who &amp;promised</source>
        <translation>Zugesagt &amp;von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where this action item came from</source>
        <translation>Woher diese Aufgabe stammt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action item title</source>
        <translation>Titel der Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item details</source>
        <translation>Details der Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who promised it</source>
        <translation>Wer es zugesagt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a due date</source>
        <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item status</source>
        <translation>Status der Aufgabe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please say what was promised.</source>
        <translation>Bitte gib an, was zugesagt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet; your text is still here. Try again.</source>
        <translation>Noch nicht gespeichert; dein Text ist noch da. Versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Make action item</source>
        <translation type="vanished">Aufgabe erstellen</translation>
    </message>
    <message>
        <source>What will you do? Start with a verb.</source>
        <translation type="vanished">Was wirst du tun? Beginne mit einem Verb.</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="vanished">Fällig am</translation>
    </message>
    <message>
        <source>Please give the action item a title.</source>
        <translation type="vanished">Bitte gib der Aufgabe einen Titel.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="vanished">&amp;Titel</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <location filename="../../mentee_desktop/ui/actions/model.py" line="+231"/>
        <location line="+63"/>
        <location line="+46"/>
        <source>Done</source>
        <extracomment>rows read from the store at a time (a table shows a few dozen; a taller one reads two) blocks kept once read; a block read longer ago is read again when it is shown again how much of a long title or details a cell or tooltip shows (the store keeps all of it) the roles and flags a cell is asked for while the table paints, looked up once: every visible cell is asked for many roles, most of which this model leaves to the view (kind, id) of the record the item came from, or None an item was ticked or unticked here (its id) the ids of the items shown, in the table&apos;s order, as read when last loaded</extracomment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+144"/>
        <source>Tick when it is done (Space)</source>
        <translation>Abhaken, wenn erledigt (Leertaste)</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>What was promised (Enter to edit)</source>
        <translation>Was zugesagt wurde (Eingabetaste zum Bearbeiten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who promised it: me or my mentor</source>
        <translation>Wer es zugesagt hat: ich oder mein Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it is due</source>
        <translation>Wann es fällig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, done (and when) or dropped</source>
        <translation>Offen, erledigt (und wann) oder verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it came from; double-click to open it</source>
        <translation>Woher es stammt; Doppelklick öffnet es</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} · overdue</source>
        <translation>{0} · zu spät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · today</source>
        <translation>{0} · heute</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done {0} (late)</source>
        <translation>Verspätet {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done {0}</source>
        <translation>Erledigt {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note, {0}</source>
        <translation>Notiz {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listening note</source>
        <translation>Gesprächsnotiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback, {0}</source>
        <translation>Feedback {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting {0}</source>
        <translation>Treffen {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overdue by 1 day</source>
        <translation>Seit 1 Tag überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue by {0} days</source>
        <translation>Seit {0} Tagen überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due tomorrow</source>
        <translation>Morgen fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in {0} days</source>
        <translation>In {0} Tagen fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Completed {0}, {1}</source>
        <translation>Erledigt am {0}, {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open where this came from</source>
        <translation>Doppelklick öffnet, woher dies stammt</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>My follow-through</source>
        <translation type="vanished">Meine Zusagen</translation>
    </message>
    <message>
        <source>My mentor&apos;s follow-through</source>
        <translation type="vanished">Zusagen meines Mentors</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Offen</translation>
    </message>
    <message>
        <source>Show open action items</source>
        <translation type="vanished">Offene Aufgaben zeigen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="vanished">Überfällig</translation>
    </message>
    <message>
        <source>Show overdue action items</source>
        <translation type="vanished">Überfällige Aufgaben zeigen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="vanished">Erledigt</translation>
    </message>
    <message>
        <source>Show done action items</source>
        <translation type="vanished">Erledigte Aufgaben zeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="vanished">Alle</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/ui/actions/tab.py" line="+219"/>
        <source>Show all action items</source>
        <translation>Alle Aufgaben zeigen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="vanished">Alle</translation>
    </message>
    <message>
        <source>Show everyone&apos;s action items</source>
        <translation type="vanished">Die Aufgaben aller zeigen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="vanished">Meine</translation>
    </message>
    <message>
        <source>Show only my action items</source>
        <translation type="vanished">Nur meine Aufgaben zeigen</translation>
    </message>
    <message>
        <source>Mentor&apos;s</source>
        <translation type="vanished">Mentor</translation>
    </message>
    <message>
        <source>Show only my mentor&apos;s action items</source>
        <translation type="vanished">Nur die Aufgaben meines Mentors zeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="vanished">Zeigen</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation type="vanished">Zugesagt von</translation>
    </message>
    <message>
        <source>Number of action items shown</source>
        <translation type="vanished">Anzahl der gezeigten Aufgaben</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="vanished">Aufgaben</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>&amp;New action item…</source>
        <translation>&amp;Neue Aufgabe …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a promise you or your mentor made (Ctrl+N)</source>
        <translation>Eine Zusage von dir oder deinem Mentor hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action item</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected action item (Enter)</source>
        <translation>Die ausgewählte Aufgabe bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected action item</source>
        <translation>Die ausgewählte Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected action items (Delete)</source>
        <translation>Die ausgewählten Aufgaben löschen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected action items</source>
        <translation>Die ausgewählten Aufgaben löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open source</source>
        <translation>&amp;Quelle öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the meeting, note or feedback it came from</source>
        <translation>Das Treffen, die Notiz oder das Feedback öffnen, aus dem sie stammt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open where this action item came from</source>
        <translation>Öffnen, woher diese Aufgabe stammt</translation>
    </message>
    <message>
        <source>Done on time {0} · late {1} · open {2}</source>
        <translation type="vanished">Pünktlich erledigt {0} · verspätet {1} · offen {2}</translation>
    </message>
    <message>
        <source> ({0} overdue)</source>
        <translation type="vanished"> ({0} überfällig)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Choose or add a mentor above to see the promises you and they make.</source>
        <translation>Wähle oben einen Mentor aus oder füge einen hinzu, um eure gegenseitigen Zusagen zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Promises you and your mentor make show up here: what you will try, send or read, and what your mentor offered to do. Keeping them builds trust.

Add one with Ctrl+N, or make one from a listening note or a feedback answer.</source>
        <translation>Hier erscheinen die Zusagen von dir und deinem Mentor: was du ausprobieren, schicken oder lesen willst und was dein Mentor angeboten hat. Wer Zusagen einhält, schafft Vertrauen.

Füge eine mit Strg+N hinzu oder erstelle eine aus einer Gesprächsnotiz oder einer Feedback-Antwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an action item…</source>
        <translation>Aufgabe hinzufügen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No action items match these filters.</source>
        <translation>Keine Aufgaben passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>1 action item</source>
        <translation type="vanished">1 Aufgabe</translation>
    </message>
    <message>
        <source>{0} action items</source>
        <translation type="vanished">{0} Aufgaben</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Meeting on {0}</source>
        <translation>Treffen am {0}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Deleted “{0}”.</source>
        <translation>„{0}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted {0} action items.</source>
        <translation>{0} Aufgaben gelöscht.</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <location filename="../../mentee_desktop/ui/actions/table.py" line="+23"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../mentee_desktop/ui/prepare/item_editor.py" line="+35"/>
        <source>Your question</source>
        <translation>Deine Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topic</source>
        <translation>Das Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you promised, and how it went</source>
        <translation>Was du zugesagt hast und wie es lief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can share</source>
        <translation>Was du teilen kannst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want feedback on</source>
        <translation>Wozu du Feedback möchtest</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+1"/>
        <source>Open the action item</source>
        <extracomment>the mentee typed (save after a short pause) an edit should be stored now (focus left a field, a choice changed) the id of the action item an &quot;update&quot; comes from</extracomment>
        <translation>Die Aufgabe öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda item text</source>
        <translation>Text des Agendapunkts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write it the way you would say it</source>
        <translation>Schreib es so, wie du es sagen würdest</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+173"/>
        <location line="+4"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Kind of agenda item</source>
        <translation>Art des Agendapunkts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by me</source>
        <translation>Von mir eingebracht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My mentor</source>
        <translation>Mein Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by my mentor</source>
        <translation>Von meinem Mentor eingebracht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discussed in the meeting</source>
        <translation>Im Treffen be&amp;sprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussed in the meeting</source>
        <translation>Im Treffen besprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this agenda item</source>
        <translation>Diesen Agendapunkt löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete (you can undo with Ctrl+Z)</source>
        <translation>Löschen (mit Strg+Z rückgängig zu machen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes are saved as you type.</source>
        <translation>Änderungen werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raised by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <location line="+130"/>
        <location line="+4"/>
        <source>My own observation</source>
        <translation>Meine eigene Beobachtung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What do you think yourself? Write it before you hear your mentor.</source>
        <translation>Was denkst du selbst? Schreib es auf, bevor du deinen Mentor hörst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Background, an example, what you tried so far (optional)</source>
        <translation>Hintergrund, ein Beispiel, was du schon versucht hast (optional)</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../mentee_desktop/ui/prepare/agenda_model.py" line="+202"/>
        <source>{0}: {1} open, {2} in all</source>
        <extracomment>a row the tab keeps selected across reloads: (&quot;item&quot;, id) or (&quot;kind&quot;, kind) how much of an item&apos;s text the list shows (the editor shows all of it) computed once: flags() is asked thousands of times while painting (label, tone) pairs drawn as badges beside an item (the open count beside a heading) item id and whether it is now discussed item id and its new index among the items of its kind</extracomment>
        <translation>{0}: {1} offen, {2} insgesamt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>carried over</source>
        <translation>übertragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promise done</source>
        <translation>Zusage erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from mentor</source>
        <translation>vom Mentor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved to next meeting</source>
        <translation>aufs nächste Treffen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no text yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>discussed</source>
        <translation>besprochen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Carried over: not discussed last time.</source>
        <translation>Übertragen: beim letzten Mal nicht besprochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: tell your mentor how it went.</source>
        <translation>Erledigt: Erzähl deinem Mentor, wie es gelaufen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of your open action items: say how it went.</source>
        <translation>Eine deiner offenen Aufgaben: erzähl, wie es lief.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised by my mentor.</source>
        <translation>Von meinem Mentor eingebracht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer: {0}</source>
        <translation>Antwort: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discussed.</source>
        <translation>Besprochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not discussed; carried over to the next meeting.</source>
        <translation>Nicht besprochen; aufs nächste Treffen übertragen.</translation>
    </message>
</context>
<context>
    <name>AgendaPreview</name>
    <message>
        <location filename="../../mentee_desktop/ui/export/actions.py" line="+383"/>
        <location line="+4"/>
        <source>Agenda preview</source>
        <translation>Agenda-Vorschau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the agenda as Markdown</source>
        <translation>Die Agenda als Markdown kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the agenda to a file</source>
        <translation>Die Agenda in eine Datei exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the agenda</source>
        <translation>Die Agenda drucken</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../mentee_desktop/app.py" line="+284"/>
        <source>Mentee Desktop cannot open your data.

{0}</source>
        <translation>Mentee Desktop kann deine Daten nicht öffnen.

{0}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The protected file {0} is damaged: the key in its key file does not open it. Nothing was changed. To bring back the newest good backup, close Mentee Desktop and run “mentee-desktop recover” in a terminal; it asks for your passphrase.</source>
        <translation>Die geschützte Datei {0} ist beschädigt: Der Schlüssel aus ihrer Schlüsseldatei öffnet sie nicht. Es wurde nichts verändert. Um die neueste gute Sicherung zurückzuholen, schließe Mentee Desktop und führe „mentee-desktop recover“ in einem Terminal aus; es fragt nach deiner Passphrase.</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/app_session.py" line="+315"/>
        <source>the disk holding {0} is full</source>
        <extracomment>the main window now; None between two windows (while the unlock window shows)</extracomment>
        <translation>der Datenträger mit {0} ist voll</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Another Mentee Desktop (or a restore) is using {0} and does not answer; try again in a moment.</source>
        <extracomment>the modules without Qt that the window reads its first paint through (the store with sqlite-utils, and what the selector and the Prepare tab read)</extracomment>
        <translation>Ein anderes Mentee Desktop (oder eine Wiederherstellung) verwendet {0} und antwortet nicht; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/app.py" line="-77"/>
        <source>Something went wrong. Your saved data is safe; the details are in the log.</source>
        <extracomment>set to 1 to print &quot;first-paint &lt;time.perf_counter()&gt; &lt;resident KiB&gt;&quot; to stderr when the main window has painted for the first time, then quit (bench/startup.py measures start-up with it) time.perf_counter() when the QApplication was made (reported before the first-paint line) the log is set aside when it has grown past this at start; the last few are kept how many of :func:`_feature_installers` the first paint needs: the relationship tab (its page may be the one restored in front) and Edit › Search… (Ctrl+F works at once); both import nothing heavy until they are used</extracomment>
        <translation>Etwas ist schiefgegangen. Deine gespeicherten Daten sind sicher; die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>AppServices</name>
    <message>
        <location filename="../../mentee_desktop/ui/shell/services.py" line="+74"/>
        <source>Not saved: {0}</source>
        <extracomment>the RecordKind that changed (a StrEnum: it arrives as its string) a message the window shows in its message bar text and a zero-argument callable that undoes the last deletion asks the window to show a record: kind and id</extracomment>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sorry, something went wrong and this was not saved.</source>
        <translation>Entschuldige, da ist etwas schiefgegangen – das wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/protection/passphrase_dialogs.py" line="+149"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Neue Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again:</source>
        <translation>Noch einmal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes stay as they are; only the passphrase that unlocks them changes. Your recovery key stays the same.</source>
        <translation>Deine Notizen bleiben, wie sie sind; nur die Passphrase, mit der du sie entsperrst, ändert sich. Dein Wiederherstellungsschlüssel bleibt derselbe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type your current passphrase first.</source>
        <translation>Gib zuerst deine jetzige Passphrase ein.</translation>
    </message>
    <message>
        <source>Use at least {0} characters; a few unusual words are best.</source>
        <translation type="vanished">Nimm mindestens {0} Zeichen; ein paar ungewöhnliche Wörter sind am besten.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation type="vanished">Die beiden neuen Passphrasen sind verschieden.</translation>
    </message>
</context>
<context>
    <name>CheckinBanner</name>
    <message>
        <location filename="../../mentee_desktop/ui/relationship/checkins_panel.py" line="+62"/>
        <source>Record a check-in</source>
        <translation>Check-in festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a relationship check-in now</source>
        <translation>Jetzt einen Beziehungs-Check-in festhalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} times</source>
        <translation>{0}-mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have met {0} {1} since your last relationship check-in. A few minutes on how the partnership is going helps you both.</source>
        <translation>Du hast dich seit eurem letzten Beziehungs-Check-in {1} mit {0} getroffen. Ein paar Minuten darüber, wie die Zusammenarbeit läuft, helfen euch beiden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have met {0} {1}. How is the partnership going? A short check-in on trust, communication and mutual learning helps you both.</source>
        <translation>Du hast dich {1} mit {0} getroffen. Wie läuft die Zusammenarbeit? Ein kurzer Check-in zu Vertrauen, Kommunikation und gegenseitigem Lernen hilft euch beiden.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/relationship/checkin_dialog.py" line="+90"/>
        <source>Edit check-in</source>
        <translation>Check-in bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship check-in</source>
        <translation>Beziehungs-Check-in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How is the partnership with {0} going? Rate each from 1 (poor) to 5 (excellent) and note a few words you can bring to your next meeting.</source>
        <translation>Wie läuft die Zusammenarbeit mit {0}? Bewerte jeden Punkt von 1 (schlecht) bis 5 (hervorragend) und notiere ein paar Worte, die du ins nächste Treffen mitnehmen kannst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your mentor</source>
        <translation>deinem Mentor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check-in date</source>
        <translation>Datum des Check-ins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What works well between us?</source>
        <translation>Was funktioniert gut zwischen uns?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What would we do differently?</source>
        <translation>Was würden wir anders machen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What works</source>
        <translation>Was gut läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to change</source>
        <translation>Was wir ändern wollen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What &amp;works</source>
        <translation>Was gut &amp;läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to &amp;change</source>
        <translation>Was wir ä&amp;ndern wollen</translation>
    </message>
</context>
<context>
    <name>Checkins</name>
    <message>
        <location line="-108"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can we be open with each other and rely on each other?</source>
        <translation>Können wir offen miteinander sein und uns aufeinander verlassen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do we understand each other, and is the rhythm right?</source>
        <translation>Verstehen wir uns, und stimmt der Rhythmus?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mutual learning</source>
        <translation>Voneinander lernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are we both learning from this partnership?</source>
        <translation>Lernen wir beide aus dieser Zusammenarbeit?</translation>
    </message>
</context>
<context>
    <name>CheckinsPanel</name>
    <message>
        <location filename="../../mentee_desktop/ui/relationship/checkins_panel.py" line="+40"/>
        <source>How we are doing</source>
        <translation>Wie es uns geht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comm.</source>
        <translation>Komm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What works · what to change</source>
        <translation>Was gut läuft · was wir ändern wollen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual learning</source>
        <translation>Voneinander lernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a check-in…</source>
        <translation>Neuer Check-in …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a relationship check-in</source>
        <translation>Einen Beziehungs-Check-in festhalten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="vanished">Bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected check-in</source>
        <translation>Den ausgewählten Check-in bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected check-in</source>
        <translation>Den ausgewählten Check-in löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source> meetings</source>
        <translation> Treffen</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Suggest a check-in every so many meetings</source>
        <translation>Abstand der Check-in-Vorschläge in Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When to suggest the next check-in</source>
        <translation>Wann der nächste Check-in vorgeschlagen wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggest</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Works: {0}
Change: {1}</source>
        <translation>Läuft gut: {0}
Ändern: {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> meeting</source>
        <translation> Treffen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Deleted the check-in of {0}.</source>
        <translation>Check-in vom {0} gelöscht.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format: 25 Nov 2026</comment>
        <translation type="vanished">d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>Qt date format: Wed 25 Nov</comment>
        <translation type="vanished">ddd, d. MMM</translation>
    </message>
    <message>
        <source>d MMM yy</source>
        <comment>Qt date format: 25 Nov 26</comment>
        <translation type="vanished">d. MMM yy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <comment>Qt date format: Thu 28 Nov 2026, 15:00</comment>
        <translation type="vanished">ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>Qt date format: Fri 25 Nov 2016</comment>
        <translation type="vanished">ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../mentee_desktop/ui/export/actions.py" line="-338"/>
        <source>&amp;Export agenda…</source>
        <extracomment>a PDF not written by then gets a word that it is being made (most take 0.2–0.4 s) the PDF export under way (rendered in a child process), else None the child&apos;s command line; None: the real child (tests point it elsewhere)</extracomment>
        <translation>Agenda &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;recap…</source>
        <translation type="vanished">&amp;Zusammenfassung exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy agenda as Markdown</source>
        <translation>Agenda als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view agenda…</source>
        <translation>Agenda-&amp;Vorschau …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print agenda…</source>
        <translation>Agenda &amp;drucken …</translation>
    </message>
    <message>
        <source>E-&amp;mail agenda…</source>
        <translation type="vanished">Agenda per E-&amp;Mail senden …</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Expor&amp;t recap…</source>
        <translation>&amp;Zusammenfassung exportieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mai&amp;l agenda…</source>
        <translation>Agenda per E-&amp;Mail senden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail rec&amp;ap…</source>
        <translation>Rückblick per E-Mail &amp;senden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy agenda for c&amp;hat</source>
        <translation>Agenda für den C&amp;hat kopieren</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a meeting first.</source>
        <translation>Wähle zuerst ein Treffen aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>That meeting no longer exists.</source>
        <translation>Dieses Treffen gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meeting has not taken place yet; choose a held meeting for a recap.</source>
        <translation>Dieses Treffen hat noch nicht stattgefunden; wähle für eine Zusammenfassung ein vergangenes Treffen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar event (*.ics)</source>
        <translation>Kalendertermin (*.ics)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export agenda</source>
        <translation>Agenda exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export recap</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+21"/>
        <source>Not exported: {0}</source>
        <translation>Nicht exportiert: {0}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Agenda saved to {0}</source>
        <translation>Agenda gespeichert unter {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recap saved to {0}</source>
        <translation>Zusammenfassung gespeichert unter {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A PDF is still being made; try again when it is saved.</source>
        <translation>Gerade wird noch ein PDF erstellt; versuch es noch einmal, sobald es gespeichert ist.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the PDF could not be made (the log has the details)</source>
        <translation>das PDF konnte nicht erstellt werden (die Einzelheiten stehen im Protokoll)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making the PDF…</source>
        <translation>Das PDF wird erstellt …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Agenda copied as Markdown; paste it into a message.</source>
        <translation>Agenda als Markdown kopiert; füge sie in eine Nachricht ein.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print agenda</source>
        <translation>Agenda drucken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The printer could not be used.</source>
        <translation>Der Drucker konnte nicht verwendet werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker geschickt.</numerusform>
            <numerusform>%n Seiten an den Drucker geschickt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent {0} page(s) to the printer.</source>
        <translation type="vanished">{0} Seite(n) an den Drucker geschickt.</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/safety/export_dialog.py" line="+26"/>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted with a passphrase (age format; “age -d” opens it)</source>
        <translation>Mit einer Passphrase verschlüsselt (age-Format; „age -d“ öffnet es)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain JSON: anyone who gets the file can read it</source>
        <translation>Unverschlüsseltes JSON: Wer die Datei bekommt, kann sie lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase for the export</source>
        <translation>Passphrase für den Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase for the export again</source>
        <translation>Passphrase für den Export noch einmal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your notes are protected, so the export is encrypted too. Choose a passphrase for it (it may differ from the one that unlocks your notes).</source>
        <translation>Deine Notizen sind geschützt, also wird auch der Export verschlüsselt. Wähle eine Passphrase dafür (sie darf sich von der unterscheiden, mit der du deine Notizen entsperrst).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How should the export be written?</source>
        <translation>Wie soll der Export geschrieben werden?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again:</source>
        <translation>Noch einmal:</translation>
    </message>
    <message>
        <source>Use at least {0} characters; a few unusual words are best.</source>
        <translation type="vanished">Nimm mindestens {0} Zeichen; ein paar ungewöhnliche Wörter sind am besten.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="vanished">Die beiden Passphrasen sind verschieden.</translation>
    </message>
</context>
<context>
    <name>FeedbackEditor</name>
    <message>
        <location filename="../../mentee_desktop/ui/feedback/editor.py" line="+40"/>
        <source>I ask my mentor</source>
        <translation>Ich frage meinen Mentor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My mentor asks me</source>
        <translation>Mein Mentor fragt mich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acted on</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Created {0}</source>
        <translation>Erstellt {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The specific &amp;question</source>
        <extracomment>per direction: (label, placeholder) of each text field, translated where they are shown</extracomment>
        <translation>Die konkrete &amp;Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “In Tuesday&apos;s design review, did I leave enough room for others?”</source>
        <translation>z. B. „Habe ich im Design-Review am Dienstag anderen genug Raum gelassen?“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My own &amp;observation first</source>
        <translation>Meine eigene Beobachtung &amp;zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before you ask: how do you think it went, and why?</source>
        <translation>Bevor du fragst: Wie ist es deiner Meinung nach gelaufen, und warum?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My mentor&apos;s &amp;answer</source>
        <translation>Die Antw&amp;ort meines Mentors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they said, in their words</source>
        <translation>Was er gesagt hat, in seinen Worten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What I did with it</source>
        <translation>&amp;Was ich daraus gemacht habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you changed, tried or decided because of it</source>
        <translation>Was du deshalb geändert, ausprobiert oder entschieden hast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What my mentor as&amp;ks me</source>
        <translation>Was mein Mentor mich &amp;fragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their question, in their words</source>
        <translation>Seine Frage, in seinen Worten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My n&amp;otes before answering</source>
        <translation>Meine Noti&amp;zen vor der Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did you notice? Concrete examples make feedback useful.</source>
        <translation>Was ist dir aufgefallen? Konkrete Beispiele machen Feedback wertvoll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My &amp;answer</source>
        <translation>Meine Antw&amp;ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you told them</source>
        <translation>Was du ihm gesagt hast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What came of it</source>
        <translation>&amp;Was daraus wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did it help them? Anything you agreed on?</source>
        <translation>Hat es ihm geholfen? Habt ihr etwas vereinbart?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No meeting</source>
        <extracomment>the user picked another status the meetings to offer, given the one a request is linked to: [(id or None, label)]</extracomment>
        <translation>Kein Treffen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked meeting</source>
        <translation>Verknüpftes Treffen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When each status was reached</source>
        <translation>Wann jeder Status erreicht wurde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Turn into action item…</source>
        <translation>Zur Aufgabe machen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the answer into an action item</source>
        <translation>Die Antwort zu einer Aufgabe machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action items made from this request</source>
        <translation>Aufgaben aus dieser Anfrage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Linked meeting</source>
        <translation>Verknüpftes Treffe&amp;n</translation>
    </message>
    <message>
        <source>Linked mee&amp;ting</source>
        <translation type="vanished">Verknüpftes Treffe&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Mark as asked</source>
        <translation>Als gefragt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as answered</source>
        <translation>Als beantwortet markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as acted on</source>
        <translation>Als umgesetzt markieren</translation>
    </message>
</context>
<context>
    <name>FeedbackListModel</name>
    <message>
        <location filename="../../mentee_desktop/ui/feedback/tab.py" line="+37"/>
        <source>(no question yet)</source>
        <extracomment>how many past meetings the &quot;Linked meeting&quot; list offers (besides upcoming ones)</extracomment>
        <translation>(noch keine Frage)</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <location line="+62"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show requests in this direction</source>
        <translation>Anfragen in dieser Richtung zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="vanished">Zei&amp;gen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Requests</source>
        <translation>Anf&amp;ragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+70"/>
        <source>Ask my mentor for feedback</source>
        <translation>Meinen Mentor um Feedback bitten</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Deleted the request “{0}”.</source>
        <translation>Anfrage „{0}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback requests with this mentor</source>
        <translation>Feedback-Anfragen mit diesem Mentor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My mentor asked me…</source>
        <translation>Mein Mentor hat mich gefragt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note a feedback request from my mentor</source>
        <translation>Eine Feedback-Anfrage meines Mentors notieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feedback goes both ways</source>
        <translation>Feedback geht in beide Richtungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask one specific question about one situation, and write your own observation first: what went well, what you would change. Then ask, note the answer and what you did with it. Your mentor can ask you for feedback too.</source>
        <translation>Stell eine konkrete Frage zu einer Situation und schreib zuerst deine eigene Beobachtung auf: was gut lief, was du ändern würdest. Dann frag, notiere die Antwort und was du daraus gemacht hast. Auch dein Mentor kann dich um Feedback bitten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No mentor selected</source>
        <translation>Kein Mentor ausgewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or pick a mentor above to exchange feedback with them.</source>
        <translation>Füge oben einen Mentor hinzu oder wähle einen aus, um mit ihm Feedback auszutauschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No requests in this direction yet. Pick another filter or add one.</source>
        <translation>Noch keine Anfragen in dieser Richtung. Wähle einen anderen Filter oder füge eine hinzu.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Turn this answer into something you will do. The action item stays linked to this request and appears in the Action items tab.</source>
        <translation>Mach aus dieser Antwort etwas, das du tun wirst. Die Aufgabe bleibt mit dieser Anfrage verknüpft und erscheint im Tab „Aufgaben“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No meeting</source>
        <translation>Kein Treffen</translation>
    </message>
</context>
<context>
    <name>FollowThrough</name>
    <message>
        <location filename="../../mentee_desktop/ui/widgets/follow_through.py" line="+18"/>
        <source>Done on time {0} · late {1} · open {2}</source>
        <translation>Pünktlich erledigt {0} · verspätet {1} · offen {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ({0} overdue)</source>
        <translation> ({0} überfällig)</translation>
    </message>
</context>
<context>
    <name>FollowThroughPanel</name>
    <message>
        <location line="+11"/>
        <source>Promises (action items) kept on time, kept late and still open.</source>
        <translation>Zusagen (Aufgaben), pünktlich eingehalten, verspätet eingehalten und noch offen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My follow-through</source>
        <translation>Meine Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>My mentor&apos;s follow-through</source>
        <translation>Zusagen meines Mentors</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{0}&apos;s follow-through</source>
        <translation>Zusagen von {0}</translation>
    </message>
</context>
<context>
    <name>FormProblem</name>
    <message>
        <location filename="../../mentee_desktop/ui/widgets/form_problem.py" line="+24"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>GatheredPanel</name>
    <message>
        <location filename="../../mentee_desktop/ui/relationship/gathered_panel.py" line="+34"/>
        <location line="+1"/>
        <source>What I shared with my mentor</source>
        <translation>Was ich mit meinem Mentor geteilt habe</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation type="vanished">Was ich gelernt habe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (planned)</source>
        <translation> (geplant)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing yet. Add “something I can share” to a meeting&apos;s agenda.</source>
        <translation>Noch nichts. Füge der Agenda eines Treffens „Etwas, das ich teilen kann“ hinzu.</translation>
    </message>
    <message>
        <source>Nothing yet. Insights from your listening notes gather here.</source>
        <translation type="vanished">Noch nichts. Hier sammeln sich die Erkenntnisse aus deinen Gesprächsnotizen.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/relationship/goal_dialog.py" line="+61"/>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What do you want to reach?</source>
        <translation>Was willst du erreichen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why does it matter, to you or to your mentor?</source>
        <translation>Warum ist es wichtig, für dich oder deinen Mentor?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In focus: show it on my meeting agendas</source>
        <translation>Im Fokus: auf meinen Agenden zeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goal title</source>
        <translation>Titel des Ziels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it matters</source>
        <translation>&amp;Warum es wichtig ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the goal matters</source>
        <translation>Warum das Ziel wichtig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set by</source>
        <translation>&amp;Gesetzt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who set the goal</source>
        <translation>Wer das Ziel gesetzt hat</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="vanished">&amp;Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal status</source>
        <translation>Status des Ziels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>St&amp;atus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal in focus</source>
        <translation>Ziel im Fokus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal has a target date</source>
        <translation>Ziel hat ein Zieldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal target date</source>
        <translation>Zieldatum des Ziels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Target date</source>
        <translation>Ziel&amp;datum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please give the goal a title.</source>
        <translation>Bitte gib dem Ziel einen Titel.</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location line="-98"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My mentor</source>
        <translation>Mein Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both of us</source>
        <translation>Wir beide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../mentee_desktop/ui/relationship/goals_panel.py" line="+59"/>
        <source>Goals we set</source>
        <translation>Unsere Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by</source>
        <translation>Gesetzt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked agenda items, notes, actions</source>
        <translation>Verknüpfte Agendapunkte, Notizen, Aufgaben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New goal…</source>
        <translation>Neues Ziel …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a goal</source>
        <translation>Ein Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="vanished">Bearbeiten …</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Edit the selected goal</source>
        <translation>Das ausgewählte Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected goal</source>
        <translation>Das ausgewählte Ziel löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress notes of the selected goal</source>
        <translation>Fortschrittsnotizen zum ausgewählten Ziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the progress note</source>
        <translation>Datum der Fortschrittsnotiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What moved forward?</source>
        <translation>Was ist vorangekommen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress note</source>
        <translation>Fortschrittsnotiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Notieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the progress note</source>
        <translation>Die Fortschrittsnotiz hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected progress note</source>
        <translation>Die ausgewählte Fortschrittsnotiz entfernen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0} agenda items, {1} listening notes, {2} action items</source>
        <translation>{0} Agendapunkte, {1} Gesprächsnotizen, {2} Aufgaben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In focus: on my agendas. </source>
        <translation>Im Fokus: auf meinen Agenden. </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Progress: add a goal first</source>
        <translation>Fortschritt: Füge zuerst ein Ziel hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress on “{0}”</source>
        <translation>Fortschritt bei „{0}“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No progress noted yet.</source>
        <translation>Noch kein Fortschritt notiert.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Deleted the goal “{0}”.</source>
        <translation>Ziel „{0}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Removed a progress note of {0}.</source>
        <translation>Fortschrittsnotiz vom {0} entfernt.</translation>
    </message>
</context>
<context>
    <name>InvitationImport</name>
    <message>
        <location filename="../../mentee_desktop/ui/invitations/install.py" line="+60"/>
        <source>&amp;Import invitation…</source>
        <translation>Einladung &amp;importieren …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import invitation</source>
        <translation>Einladung importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar invitations (*.ics *.ical)</source>
        <translation>Kalendereinladungen (*.ics *.ical)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+71"/>
        <source>Not imported: {0}</source>
        <translation>Nicht importiert: {0}</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Tick the meetings to import.</source>
        <translation>Hake die Treffen an, die du importieren willst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mentor&apos;s contact holds {0}. Choose the mentor, or add a new one.</source>
        <translation>Kein Mentor hat {0} als Kontakt. Wähle den Mentor aus oder lege einen neuen an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New mentor: {0}</source>
        <translation>Neuer Mentor: {0}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>InvitationPreview</name>
    <message>
        <location filename="../../mentee_desktop/ui/invitations/preview_dialog.py" line="+44"/>
        <source>Import invitation</source>
        <translation>Einladung importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events in the invitation</source>
        <translation>Termine in der Einladung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organizer</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many months ahead a series is planned</source>
        <translation>Wie viele Monate im Voraus eine Serie geplant wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mentor for these meetings</source>
        <translation>Mentor für diese Treffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mentor:</source>
        <translation>Mentor:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months to plan a series ahead:</source>
        <translation>Monate, für die eine Serie geplant wird:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <location filename="../../mentee_desktop/ui/invitations/words.py" line="+23"/>
        <source>1 meeting added</source>
        <translation>1 Treffen hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} meetings added</source>
        <translation>{0} Treffen hinzugefügt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 moved to {0}</source>
        <translation>1 verschoben auf {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} moved</source>
        <translation>{0} verschoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} cancelled</source>
        <translation>{0} abgesagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed: your meetings already match the invitation.</source>
        <translation>Nichts geändert: deine Treffen entsprechen schon der Einladung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 more meeting from the series “{0}” added</source>
        <translation>1 weiteres Treffen aus der Serie „{0}“ hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} more meetings from the series “{1}” added</source>
        <translation>{0} weitere Treffen aus der Serie „{1}“ hinzugefügt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>update</source>
        <translation>ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel</source>
        <translation>absagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>LockedTray</name>
    <message>
        <location filename="../../mentee_desktop/ui/protection/locked_tray.py" line="+29"/>
        <source>Unlock…</source>
        <translation>Entsperren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mentee Desktop — locked</source>
        <translation>Mentee Desktop – gesperrt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A mentoring reminder is due — unlock to see it</source>
        <translation>Eine Mentoring-Erinnerung ist fällig – entsperre, um sie zu sehen</translation>
    </message>
</context>
<context>
    <name>MailDrafts</name>
    <message>
        <source>E-&amp;mail agenda to {0}…</source>
        <extracomment>how a file or link is opened; the desktop&apos;s default handler</extracomment>
        <translation type="vanished">Agenda per E-&amp;Mail an {0} …</translation>
    </message>
    <message>
        <source>E-&amp;mail agenda…</source>
        <translation type="vanished">Agenda per E-&amp;Mail senden …</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/ui/export/mail.py" line="+42"/>
        <source>E-mai&amp;l agenda to {0}…</source>
        <extracomment>how a file or link is opened; the desktop&apos;s default handler</extracomment>
        <translation>Agenda per E-&amp;Mail an {0} …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mai&amp;l agenda…</source>
        <translation>Agenda per E-&amp;Mail senden …</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+21"/>
        <location line="+10"/>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The draft is open in your mail program ({0}).</source>
        <translation>Der Entwurf ist in deinem E-Mail-Programm geöffnet ({0}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing opens e-mail drafts here, so a new message was started. Attach {0} to it.</source>
        <translation>Hier öffnet nichts E-Mail-Entwürfe, darum wurde eine neue Nachricht begonnen. Hänge {0} an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No mail program could be opened. The draft is saved as {0}.</source>
        <translation>Kein E-Mail-Programm ließ sich öffnen. Der Entwurf ist als {0} gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A short agenda is on the clipboard; paste it into a chat.</source>
        <translation>Eine kurze Agenda ist in der Zwischenablage; füge sie in einen Chat ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mentee_desktop/ui/actions/tab.py" line="-371"/>
        <location filename="../../mentee_desktop/ui/shell/tabs.py" line="+35"/>
        <source>Action items</source>
        <extracomment>records whose changes alter the &quot;From&quot; column (it shows the source meeting&apos;s date)</extracomment>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/ui/feedback/tab.py" line="-174"/>
        <location filename="../../mentee_desktop/ui/shell/tabs.py" line="-1"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/ui/shell/main_window.py" line="+66"/>
        <source>Mentee Desktop</source>
        <extracomment>once, right after the window was painted for the first time (work that can wait until the window shows, such as the first look at reminders, waits for this) once every feature is installed (at build, or right after the first paint when the app defers the features the first paint does not show; see ``app.build_window``)</extracomment>
        <translation>Mentee Desktop</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Ctrl+{0}</source>
        <extracomment>True once :attr:`features_ready` was emitted callables run when the window really closes (hooks for backups, tray, ...) callables asked on close; when one returns True the window hides instead (tray) the empty pages standing in for tabs not built yet, and what builds them tabs not in front when the mentor or meeting changed: told once they are shown, so a change of mentor reads one tab, not five the tab to show again at start (a tab a feature adds later may be the one) one line kept free at the top for messages and reminders (they move nothing)</extracomment>
        <translation>Strg+{0}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Neues Treffen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;mentor…</source>
        <translation>&amp;Mentor hinzufügen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;item</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Mentee Desktop</source>
        <translation>&amp;Über Mentee Desktop</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>That record no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/ui/notes/tab.py" line="+72"/>
        <location filename="../../mentee_desktop/ui/shell/tabs.py" line="-1"/>
        <source>Listening notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/ui/prepare/tab.py" line="+52"/>
        <location filename="../../mentee_desktop/ui/shell/tabs.py" line="-1"/>
        <source>Prepare</source>
        <extracomment>changes made elsewhere that show on the agenda
----------
which tab shows which record kind builds a tab (a tab class will do) the tabs every window has, in order: key, title, and the module and class of the tab</extracomment>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/ui/relationship/install.py" line="+28"/>
        <location filename="../../mentee_desktop/ui/relationship/tab.py" line="+55"/>
        <source>Relationship</source>
        <extracomment>store changes that can alter what this tab shows</extracomment>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/ui/reminders/install.py" line="+60"/>
        <source>&amp;Reminders…</source>
        <extracomment>the first look at what is due happens at the latest this long after start what to undo when the feature is taken out again</extracomment>
        <translation>&amp;Erinnerungen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When and how Mentee Desktop reminds you</source>
        <translation>Wann und wie Mentee Desktop dich erinnert</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/shell/mentor_meeting_dialogs.py" line="+149"/>
        <source>Edit meeting</source>
        <translation>Treffen bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The time where you are</source>
        <translation>Die Uhrzeit bei dir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room, café or video link</source>
        <translation>Raum, Café oder Videolink</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warnings about this meeting</source>
        <translation>Hinweise zu diesem Treffen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What this meeting brings in</source>
        <translation>Was dieses Treffen mitbringt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting date</source>
        <translation>Datum des Treffens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting start time</source>
        <translation>Beginn des Treffens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time&amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting timezone</source>
        <translation>Zeitzone des Treffens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration</source>
        <translation>Dau&amp;er</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting duration in minutes</source>
        <translation>Dauer des Treffens in Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place or link</source>
        <translation>&amp;Ort oder Link</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting place or link</source>
        <translation>Ort oder Link des Treffens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting status</source>
        <translation>Status des Treffens</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown timezone</source>
        <translation>Unbekannte Zeitzone</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This date is in the past.</source>
        <translation>Dieses Datum liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It overlaps another meeting at {0} your time.</source>
        <translation>Es überschneidet sich mit einem anderen Treffen um {0} bei dir.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n open item(s) waiting from earlier meetings</source>
        <translation>
            <numerusform>%n offener Punkt aus früheren Treffen</numerusform>
            <numerusform>%n offene Punkte aus früheren Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n update(s) on what you promised</source>
        <translation>
            <numerusform>%n Update zu deinen Zusagen</numerusform>
            <numerusform>%n Updates zu deinen Zusagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will bring in {0}.</source>
        <translation>Es bringt {0} mit.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please type a time such as 16:00 or 4pm.</source>
        <translation>Bitte gib eine Uhrzeit ein, etwa 16:00 oder 16 Uhr.</translation>
    </message>
    <message>
        <source>Unknown timezone. Pick one from the list, e.g. Europe/Berlin.</source>
        <translation type="vanished">Unbekannte Zeitzone. Wähle eine aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../mentee_desktop/ui/shell/meeting_list_model.py" line="+48"/>
        <source>{0} your time</source>
        <extracomment>past meetings read at a time: two popups&apos; worth (it shows 16), so the first read is small</extracomment>
        <translation>{0} bei dir</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> · held</source>
        <translation> · stattgefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · cancelled</source>
        <translation> · abgesagt</translation>
    </message>
</context>
<context>
    <name>MeetingOutcomeBar</name>
    <message>
        <location filename="../../mentee_desktop/ui/shell/meeting_outcome_bar.py" line="+30"/>
        <source>Yes, it was held</source>
        <extracomment>the meeting whose status was recorded</extracomment>
        <translation>Ja, es hat stattgefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark this meeting as held</source>
        <translation>Dieses Treffen als stattgefunden markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was cancelled</source>
        <translation>Es wurde abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark this meeting as cancelled</source>
        <translation>Dieses Treffen als abgesagt markieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This meeting was on {0}. Did it take place?</source>
        <translation>Dieses Treffen war am {0}. Hat es stattgefunden?</translation>
    </message>
</context>
<context>
    <name>MentorDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/shell/mentor_meeting_dialogs.py" line="-198"/>
        <source>Edit mentor</source>
        <translation>Mentor bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a mentor</source>
        <translation>Mentor hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role and organisation</source>
        <translation>Rolle und Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail, phone or chat handle</source>
        <translation>E-Mail, Telefon oder Chat-Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own time zone</source>
        <translation>Meine eigene Zeitzone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How do they like to give guidance? (stories, questions, direct advice…)</source>
        <translation>Wie begleitet dein Mentor am liebsten? (Geschichten, Fragen, direkte Ratschläge …)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentor name</source>
        <translation>Name des Mentors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentor role and organisation</source>
        <translation>Rolle und Organisation des Mentors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentor contact</source>
        <translation>Kontakt des Mentors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring &amp;since</source>
        <translation>Mentoring &amp;seit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentoring since</source>
        <translation>Mentoring seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We meet &amp;every</source>
        <translation>Wir treffen uns &amp;alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting cadence in days</source>
        <translation>Abstand der Treffen in Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentor time zone</source>
        <translation>Zeitzone des Mentors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guidance style</source>
        <translation>&amp;Begleitstil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How they like to guide</source>
        <translation>Wie dein Mentor am liebsten begleitet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please enter the mentor&apos;s name.</source>
        <translation>Bitte gib den Namen des Mentors ein.</translation>
    </message>
    <message>
        <source>Unknown timezone. Pick one from the list, e.g. Europe/Berlin.</source>
        <translation type="vanished">Unbekannte Zeitzone. Wähle eine aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../mentee_desktop/ui/shell/message_bar.py" line="+16"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last deletion</source>
        <translation>Das letzte Löschen rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MoveToMeeting</name>
    <message>
        <location filename="../../mentee_desktop/ui/prepare/move_to_meeting.py" line="+46"/>
        <location line="+1"/>
        <source>Move to meeting</source>
        <translation>Zu Treffen verschieben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No other planned meeting with this mentor</source>
        <translation>Kein anderes geplantes Treffen mit diesem Mentor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Moved to the meeting on {0}.</source>
        <translation>Zum Treffen am {0} verschoben.</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../mentee_desktop/ui/widgets/new_passphrase.py" line="+15"/>
        <source>Use at least {0} characters; a few unusual words are best.</source>
        <extracomment>the shortest passphrase accepted in the window (a long one is better; the message says so)</extracomment>
        <translation>Nimm mindestens {0} Zeichen; ein paar ungewöhnliche Wörter sind am besten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen sind verschieden.</translation>
    </message>
</context>
<context>
    <name>NoMeetingPage</name>
    <message>
        <location filename="../../mentee_desktop/ui/prepare/pages.py" line="+97"/>
        <source>New meeting…</source>
        <translation>Neues Treffen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a new meeting</source>
        <translation>Ein neues Treffen planen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan a meeting with New meeting… to start preparing</source>
        <translation>Plane mit „Neues Treffen …“ ein Treffen, um mit der Vorbereitung zu beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a mentor, then plan a meeting with New meeting… to start preparing</source>
        <translation>Wähle einen Mentor und plane dann mit „Neues Treffen …“ ein Treffen, um mit der Vorbereitung zu beginnen</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../mentee_desktop/ui/notes/editor.py" line="+42"/>
        <source>What I heard</source>
        <translation>Was ich gehört habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their words, as close as you remember them</source>
        <translation>Die Worte deines Mentors, so genau du dich erinnerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In my words (my paraphrase)</source>
        <translation>In meinen Worten (meine Umschreibung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it back in your own words. Would they agree that&apos;s what they meant?</source>
        <translation>Gib es in deinen eigenen Worten wieder. Würde dein Mentor zustimmen, dass er das gemeint hat?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up question it raises</source>
        <translation>Rückfrage, die sich daraus ergibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you ask next to understand it better?</source>
        <translation>Was würdest du als Nächstes fragen, um es besser zu verstehen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insight to act on</source>
        <translation>Erkenntnis zum Umsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one thing you will do differently because of it</source>
        <translation>Das eine, was du deshalb anders machen wirst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, comma separated</source>
        <translation>Schlagwörter, durch Komma getrennt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. career, communication</source>
        <translation>z. B. Karriere, Kommunikation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make action item…</source>
        <translation>Aufgabe erstellen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make an action item from this insight</source>
        <translation>Aus dieser Erkenntnis eine Aufgabe erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn the insight into an action item linked to this note</source>
        <translation>Die Erkenntnis zu einer Aufgabe machen, die mit dieser Notiz verknüpft ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action items made from this note</source>
        <translation>Aufgaben aus dieser Notiz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What I hea&amp;rd</source>
        <translation>Was ich &amp;gehört habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In my &amp;words</source>
        <translation>In meinen &amp;Worten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ollow-up question it raises</source>
        <translation>&amp;Rückfrage, die sich daraus ergibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nsight to act on</source>
        <translation>&amp;Erkenntnis zum Umsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ags (comma separated)</source>
        <translation>&amp;Schlagwörter (durch Komma getrennt)</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <location filename="../../mentee_desktop/ui/notes/tab.py" line="-43"/>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Insight: {0}</source>
        <translation>Erkenntnis: {0}</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location line="+13"/>
        <source>Listening notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Deleted the note “{0}”.</source>
        <translation>Notiz „{0}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listening notes of this meeting</source>
        <translation>Gesprächsnotizen zu diesem Treffen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen well</source>
        <translation>Gut zuhören</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write what you heard, then say it in your own words: would your mentor agree that&apos;s what they meant? Note the follow-up question it raises and the one insight you will act on. An insight becomes an action item in one click.</source>
        <translation>Schreib auf, was du gehört hast, und gib es dann in deinen eigenen Worten wieder: Würde dein Mentor zustimmen, dass er das gemeint hat? Notiere die Rückfrage, die sich daraus ergibt, und die eine Erkenntnis, die du umsetzen wirst. Mit einem Klick wird aus einer Erkenntnis eine Aufgabe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No meeting selected</source>
        <translation>Kein Treffen ausgewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a meeting above (or plan a new one) to take listening notes during or right after it.</source>
        <translation>Wähle oben ein Treffen aus (oder plane ein neues), um während oder direkt danach Gesprächsnotizen zu machen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Turn this insight into something you will do. The action item stays linked to this note and appears in the Action items tab.</source>
        <translation>Mach aus dieser Erkenntnis etwas, das du tun wirst. Die Aufgabe bleibt mit dieser Notiz verknüpft und erscheint im Tab „Aufgaben“.</translation>
    </message>
</context>
<context>
    <name>PassphraseCheck</name>
    <message>
        <location filename="../../mentee_desktop/ui/protection/passphrase_dialogs.py" line="-122"/>
        <location line="+45"/>
        <source>Current passphrase</source>
        <translation>Jetzige Passphrase</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>I forgot it: use the recovery key instead</source>
        <translation>Vergessen: stattdessen den Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>Current passphrase:</source>
        <translation>Jetzige Passphrase:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Recovery key:</source>
        <translation>Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That passphrase is not right; nothing was changed.</source>
        <translation>Diese Passphrase stimmt nicht; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That recovery key is not right; nothing was changed.</source>
        <translation>Dieser Wiederherstellungsschlüssel stimmt nicht; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again in {0} s.</source>
        <translation>Versuch es in {0} s noch einmal.</translation>
    </message>
</context>
<context>
    <name>PrepareHeader</name>
    <message>
        <location filename="../../mentee_desktop/ui/prepare/pages.py" line="-67"/>
        <source>How prepared this meeting is</source>
        <translation>Wie gut dieses Treffen vorbereitet ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More…</source>
        <translation>Mehr …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another kind of item</source>
        <translation>Eine andere Art von Punkt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A topic, an update, something to share, feedback</source>
        <translation>Ein Thema, ein Update, etwas zum Teilen, Feedback</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add my open promises</source>
        <translation>Zusagen übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add my open promises as updates</source>
        <translation>Meine offenen Zusagen als Updates übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in your open action items, and what was left open last time</source>
        <translation>Deine offenen Aufgaben übernehmen und was beim letzten Mal offen blieb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show suggested questions</source>
        <translation>Vorgeschlagene Fragen zeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} (Ctrl+N)</source>
        <translation>{0} (Strg+N)</translation>
    </message>
</context>
<context>
    <name>PrepareHintPage</name>
    <message>
        <location line="+68"/>
        <source>What will you bring to this meeting?</source>
        <translation>Was bringst du in dieses Treffen mit?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few specific questions, an update on what you promised, and something you can share with your mentor make a meeting worth both your time.

Press Ctrl+N to write a question, or click one of the suggestions.</source>
        <translation>Ein paar konkrete Fragen, ein Update zu deinen Zusagen und etwas, das du mit deinem Mentor teilen kannst, machen ein Treffen für euch beide lohnend.

Drück Strg+N, um eine Frage zu schreiben, oder klick auf einen der Vorschläge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your agenda</source>
        <translation>Deine Agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an item to edit it. Alt+Up and Alt+Down change the order; tick an item when it has been discussed.</source>
        <translation>Wähle einen Punkt aus, um ihn zu bearbeiten. Alt+Pfeil hoch und Alt+Pfeil runter ändern die Reihenfolge; hake einen Punkt ab, wenn er besprochen wurde.</translation>
    </message>
</context>
<context>
    <name>PrepareTab</name>
    <message>
        <location line="-139"/>
        <source>Add a question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an update</source>
        <translation>Neues Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add something to share</source>
        <translation>Etwas teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for feedback</source>
        <translation>Um Feedback bitten</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/ui/prepare/words.py" line="+18"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates on what I promised</source>
        <translation>Updates zu meinen Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Something I can share</source>
        <translation>Etwas, das ich teilen kann</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Feedback I want</source>
        <translation>Feedback, das ich möchte</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update on what I promised</source>
        <translation>Update zu meiner Zusage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Questions you want your mentor&apos;s view on. Specific beats general: “How did you decide…” gets a better answer than “Any advice?”.</source>
        <translation>Fragen, zu denen du die Sicht deines Mentors hören willst. Konkret schlägt allgemein: „Wie hast du entschieden …“ bringt eine bessere Antwort als „Hast du einen Tipp?“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Things you want to talk through together, such as a decision or a plan.</source>
        <translation>Was ihr gemeinsam durchsprechen wollt, etwa eine Entscheidung oder einen Plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you promised last time and how it went. Keeping your word builds trust; “Add my open promises” brings your open action items in.</source>
        <translation>Was du beim letzten Mal zugesagt hast und wie es lief. Wer Wort hält, schafft Vertrauen; „Zusagen übernehmen“ holt deine offenen Aufgaben dazu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something your mentor may learn from you: an article, a tool, a view from your part of the organisation. Good mentoring goes both ways.</source>
        <translation>Etwas, das dein Mentor von dir lernen kann: ein Artikel, ein Werkzeug, ein Blick aus deinem Teil der Organisation. Gutes Mentoring geht in beide Richtungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A specific piece of work you want feedback on. Write your own observation first, so you can compare it with what you hear.</source>
        <translation>Eine konkrete Arbeit, zu der du Feedback möchtest. Schreib zuerst deine eigene Beobachtung auf, damit du sie mit dem vergleichen kannst, was du hörst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} questions</source>
        <translation>{0} Fragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 topic</source>
        <translation>1 Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} topics</source>
        <translation>{0} Themen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 update</source>
        <translation>1 Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} updates</source>
        <translation>{0} Updates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 thing to share</source>
        <translation>1 Sache zum Teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} things to share</source>
        <translation>{0} Sachen zum Teilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 feedback request</source>
        <translation>1 Feedback-Wunsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} feedback requests</source>
        <translation>{0} Feedback-Wünsche</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything on this agenda has been discussed.</source>
        <translation>Alles auf dieser Agenda wurde besprochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was on this agenda.</source>
        <translation>Auf dieser Agenda stand nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing prepared yet. One good question is a fine start.</source>
        <translation>Noch nichts vorbereitet. Eine gute Frage ist ein guter Anfang.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Carried over from the meeting on {0}, where it was not discussed.</source>
        <translation>Übertragen vom Treffen am {0}, wo es nicht besprochen wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carried over from an earlier meeting.</source>
        <translation>Aus einem früheren Treffen übertragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One of your open action items: say how it went.</source>
        <translation>Eine deiner offenen Aufgaben: erzähl, wie es lief.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not discussed here; it moved on to the next meeting.</source>
        <translation>Hier nicht besprochen; es wurde aufs nächste Treffen übertragen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing new: your open promises are already on this agenda.</source>
        <translation>Nichts Neues: Deine offenen Zusagen stehen schon auf dieser Agenda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 update on what you promised</source>
        <translation>1 Update zu deinen Zusagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} updates on what you promised</source>
        <translation>{0} Updates zu deinen Zusagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 open item from last time</source>
        <translation>1 offener Punkt vom letzten Mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} open items from last time</source>
        <translation>{0} offene Punkte vom letzten Mal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {0}.</source>
        <translation>Hinzugefügt: {0}.</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/ui/prepare/tab.py" line="+10"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Deleted “{0}”</source>
        <translation>„{0}“ gelöscht</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/protection/protect_dialog.py" line="+45"/>
        <source>Protect with a passphrase</source>
        <translation>Mit einer Passphrase schützen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypt my old backups too (recommended)</source>
        <translation>Auch meine alten Sicherungen verschlüsseln (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete my old backups</source>
        <translation>Meine alten Sicherungen löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my old backups unencrypted</source>
        <translation>Meine alten Sicherungen unverschlüsselt behalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again:</source>
        <translation>Noch einmal:</translation>
    </message>
    <message>
        <source>Use at least {0} characters; a few unusual words are best.</source>
        <translation type="vanished">Nimm mindestens {0} Zeichen; ein paar ungewöhnliche Wörter sind am besten.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="vanished">Die beiden Passphrasen sind verschieden.</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location line="-43"/>
        <source>&lt;p&gt;Your notes, your backups and your exports will be encrypted. Whoever finds a lost or stolen laptop, a copied backup or export, or your data in a synced or cloud folder reads nothing.&lt;/p&gt;&lt;p&gt;It does not protect against harmful software running as you while the notes are unlocked.&lt;/p&gt;&lt;p&gt;&lt;b&gt;If you forget your passphrase and also lose the recovery key you will be shown next, your notes are gone: nobody can get them back, not even us.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Deine Notizen, deine Sicherungen und deine Exporte werden verschlüsselt. Wer einen verlorenen oder gestohlenen Laptop, eine kopierte Sicherung oder einen Export oder deine Daten in einem synchronisierten oder Cloud-Ordner findet, kann nichts lesen.&lt;/p&gt;&lt;p&gt;Es schützt nicht vor schädlicher Software, die unter deinem Konto läuft, während die Notizen entsperrt sind.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wenn du deine Passphrase vergisst und auch den Wiederherstellungsschlüssel verlierst, der dir gleich angezeigt wird, sind deine Notizen verloren: Niemand kann sie zurückholen, auch wir nicht.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/ui/protection/start.py" line="+113"/>
        <source>Protection could not be removed; nothing was changed.

{0}</source>
        <translation>Der Schutz konnte nicht entfernt werden; nichts wurde geändert.

{0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your notes could not be protected; nothing was changed.

{0}</source>
        <translation>Deine Notizen konnten nicht geschützt werden; nichts wurde verändert.

{0}</translation>
    </message>
</context>
<context>
    <name>ProtectionFeature</name>
    <message>
        <source>&amp;Protect with a passphrase…</source>
        <extracomment>how often the idle time is looked at what the start path does once the window&apos;s loop ends: None, (LOCK,) or (PROTECT, passphrase, what to do with old backups)</extracomment>
        <translation type="vanished">Mit einer &amp;Passphrase schützen …</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="vanished">Jetzt &amp;sperren</translation>
    </message>
    <message>
        <location filename="../../mentee_desktop/ui/protection/install.py" line="+68"/>
        <source>Protect with a pa&amp;ssphrase…</source>
        <extracomment>how often the idle time is looked at the idle times offered in File › Lock when idle (minutes; 0 is &quot;Never&quot;) what the start path does once the window&apos;s loop ends: None, (LOCK,), (PROTECT, passphrase, what to do with old backups) or (UNPROTECT, key)</extracomment>
        <translation>Mit einer &amp;Passphrase schützen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loc&amp;k now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <source>Change pass&amp;phrase…</source>
        <translation type="vanished">Pass&amp;phrase ändern …</translation>
    </message>
    <message>
        <source>Remove pro&amp;tection…</source>
        <translation type="vanished">Schu&amp;tz entfernen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chan&amp;ge passphrase…</source>
        <translation>Pass&amp;phrase ändern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove protection…</source>
        <translation>Schu&amp;tz entfernen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock &amp;when idle</source>
        <translation>Sperren bei &amp;Untätigkeit</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After {0} minutes</source>
        <translation>Nach {0} Minuten</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your passphrase was changed; the recovery key stays the same.</source>
        <translation>Deine Passphrase wurde geändert; der Wiederherstellungsschlüssel bleibt derselbe.</translation>
    </message>
</context>
<context>
    <name>PutToWork</name>
    <message>
        <location filename="../../mentee_desktop/ui/relationship/put_to_work.py" line="-68"/>
        <source>not tried yet</source>
        <extracomment>the newest insights shown (older ones stay in the store and in search)</extracomment>
        <translation>noch nicht ausprobiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trying</source>
        <translation>probiere ich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied</source>
        <translation>umgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>let go</source>
        <translation>losgelassen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>What I learned: put to work</source>
        <extracomment>the listening note (or feedback request) behind the current insight should open</extracomment>
        <translation>Was ich gelernt habe: umsetzen</translation>
    </message>
    <message>
        <source>Put to work</source>
        <extracomment>the listening note (or feedback request) behind the current insight should open</extracomment>
        <translation type="vanished">Umsetzen</translation>
    </message>
</context>
<context>
    <name>PutToWorkPanel</name>
    <message>
        <location line="+83"/>
        <source>Nothing yet. Insights from your listening notes gather here.</source>
        <translation>Noch nichts. Hier sammeln sich die Erkenntnisse aus deinen Gesprächsnotizen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Put to work: %n of {0} insights</source>
        <translation>
            <numerusform>Umgesetzt: %n von {0} Erkenntnissen</numerusform>
            <numerusform>Umgesetzt: %n von {0} Erkenntnissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickActionItemDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/widgets/quick_action_dialog.py" line="+40"/>
        <location line="+22"/>
        <source>Make action item</source>
        <translation>Aufgabe erstellen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Action item title</source>
        <translation>Titel der Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What will you do? Start with a verb.</source>
        <translation>Was wirst du tun? Beginne mit einem Verb.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a due date</source>
        <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Please give the action item a title.</source>
        <translation>Bitte gib der Aufgabe einen Titel.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Action item added: “{0}”. Find it in the Action items tab.</source>
        <translation>Aufgabe hinzugefügt: „{0}“. Du findest sie im Tab „Aufgaben“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action item added: “{0}”, due {1}. Find it in the Action items tab.</source>
        <translation>Aufgabe hinzugefügt: „{0}“, fällig {1}. Du findest sie im Tab „Aufgaben“.</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <location filename="../../mentee_desktop/ui/relationship/checkin_dialog.py" line="+13"/>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: {1} of 5</source>
        <translation>{0}: {1} von 5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>excellent</source>
        <translation>hervorragend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} rating</source>
        <translation>Bewertung {0}</translation>
    </message>
</context>
<context>
    <name>RecordButtons</name>
    <message>
        <location filename="../../mentee_desktop/ui/relationship/common.py" line="+148"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>RecordKindWords</name>
    <message>
        <location filename="../../mentee_desktop/data/record_kind.py" line="+44"/>
        <source>Mentors</source>
        <translation>Mentoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda items</source>
        <translation>Agendapunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal progress</source>
        <translation>Fortschritt bei Zielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship check-ins</source>
        <translation>Beziehungs-Check-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights put to work</source>
        <translation>Umgesetzte Erkenntnisse</translation>
    </message>
</context>
<context>
    <name>RecordLinks</name>
    <message>
        <location filename="../../mentee_desktop/ui/notes/editor.py" line="-56"/>
        <source>→ action item: {0}</source>
        <translation>→ Aufgabe: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>→ {0} action items: {1}</source>
        <translation>→ {0} Aufgaben: {1}</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../mentee_desktop/ui/widgets/record_tab.py" line="+66"/>
        <source>Delete</source>
        <extracomment>the record kind passed to ``services.call`` (&quot;note&quot;, &quot;feedback&quot;) the open &quot;Make action item&quot; dialog, if any</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick an item on the left, or add a new one.</source>
        <translation>Wähle links einen Eintrag aus oder füge einen neuen hinzu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the selected item</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete (Del); undo with Ctrl+Z</source>
        <translation>Löschen (Entf); rückgängig mit Strg+Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>Action item added: “{0}”. Find it in the Action items tab.</source>
        <translation type="vanished">Aufgabe hinzugefügt: „{0}“. Du findest sie im Tab „Aufgaben“.</translation>
    </message>
    <message>
        <source>Action item added: “{0}”, due {1}. Find it in the Action items tab.</source>
        <translation type="vanished">Aufgabe hinzugefügt: „{0}“, fällig {1}. Du findest sie im Tab „Aufgaben“.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/safety/recovery_dialog.py" line="+49"/>
        <source>Your data file cannot be read</source>
        <translation>Deine Datendatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mentee Desktop cannot read your data file.</source>
        <translation>Mentee Desktop kann deine Datendatei nicht lesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What went wrong</source>
        <translation>Was schiefgegangen ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing will be deleted: the damaged file is kept beside it as “{0}.corrupt-&lt;date&gt;”, in {1}.</source>
        <translation>Nichts wird gelöscht: Die beschädigte Datei bleibt daneben als „{0}.corrupt-&lt;date&gt;“ erhalten, in {1}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The newest good backup is from {0}. Restore it?</source>
        <translation>Die neueste intakte Sicherung ist vom {0}. Wiederherstellen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the newest good backup</source>
        <translation>Die neueste intakte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No good backup was found. You can start with empty data (the damaged file is kept aside as said above), or quit and ask for help first.</source>
        <translation>Es wurde keine intakte Sicherung gefunden. Du kannst mit leeren Daten beginnen (die beschädigte Datei bleibt wie oben beschrieben erhalten) oder beenden und dir zuerst Hilfe holen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start with empty data</source>
        <translation>Mit &amp;leeren Daten beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with empty data</source>
        <translation>Mit leeren Daten beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit without changing anything</source>
        <translation>Beenden, ohne etwas zu ändern</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/protection/protect_dialog.py" line="+77"/>
        <source>Your recovery key</source>
        <translation>Dein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes are now protected. Write this recovery key down or print it, and keep it apart from this computer. It is shown only now. With it you can open your notes if you forget your passphrase.</source>
        <translation>Deine Notizen sind jetzt geschützt. Schreib diesen Wiederherstellungsschlüssel auf oder drucke ihn aus und bewahre ihn getrennt von diesem Computer auf. Er wird nur jetzt angezeigt. Mit ihm kannst du deine Notizen öffnen, wenn du deine Passphrase vergisst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To show that you kept it, type its last group of four:</source>
        <translation>Zeig, dass du ihn aufbewahrt hast: Tippe seine letzte Vierergruppe ein:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last group of the recovery key</source>
        <translation>Letzte Gruppe des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have kept it</source>
        <translation>Ich habe ihn aufbewahrt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These files still hold your notes unencrypted:
{0}</source>
        <translation>Diese Dateien enthalten deine Notizen noch unverschlüsselt:
{0}</translation>
    </message>
</context>
<context>
    <name>RelationshipTab</name>
    <message>
        <location filename="../../mentee_desktop/ui/relationship/tab.py" line="+12"/>
        <source>Pick or add a mentor to see your relationship.</source>
        <translation>Wähle einen Mentor aus oder füge einen hinzu, um eure Beziehung zu sehen.</translation>
    </message>
    <message>
        <source>Record a check-in</source>
        <translation type="vanished">Check-in festhalten</translation>
    </message>
    <message>
        <source>Record a relationship check-in now</source>
        <translation type="vanished">Jetzt einen Beziehungs-Check-in festhalten</translation>
    </message>
    <message>
        <source>Follow-through of both partners</source>
        <translation type="vanished">Zusagen beider Partner</translation>
    </message>
    <message>
        <source>Promises (action items) kept on time, kept late and still open.</source>
        <translation type="vanished">Zusagen (Aufgaben), pünktlich eingehalten, verspätet eingehalten und noch offen.</translation>
    </message>
    <message>
        <source>What I shared with my mentor</source>
        <translation type="vanished">Was ich mit meinem Mentor geteilt habe</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation type="vanished">Was ich gelernt habe</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="vanished">Ziele</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="vanished">Ziel</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="vanished">Gesetzt von</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="vanished">Zieldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="vanished">Verknüpft</translation>
    </message>
    <message>
        <source>Linked agenda items, notes, actions</source>
        <translation type="vanished">Verknüpfte Agendapunkte, Notizen, Aufgaben</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation type="vanished">Neues Ziel …</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation type="vanished">Ein Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="vanished">Strg+N</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="vanished">Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected goal</source>
        <translation type="vanished">Das ausgewählte Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Löschen</translation>
    </message>
    <message>
        <source>Delete the selected goal</source>
        <translation type="vanished">Das ausgewählte Ziel löschen</translation>
    </message>
    <message>
        <source>Progress notes of the selected goal</source>
        <translation type="vanished">Fortschrittsnotizen zum ausgewählten Ziel</translation>
    </message>
    <message>
        <source>Date of the progress note</source>
        <translation type="vanished">Datum der Fortschrittsnotiz</translation>
    </message>
    <message>
        <source>What moved forward?</source>
        <translation type="vanished">Was ist vorangekommen?</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation type="vanished">Fortschrittsnotiz</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="vanished">Notieren</translation>
    </message>
    <message>
        <source>Add the progress note</source>
        <translation type="vanished">Die Fortschrittsnotiz hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected progress note</source>
        <translation type="vanished">Die ausgewählte Fortschrittsnotiz entfernen</translation>
    </message>
    <message>
        <source>Goals we set</source>
        <translation type="vanished">Unsere Ziele</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="vanished">Check-ins</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Datum</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="vanished">Vertrauen</translation>
    </message>
    <message>
        <source>Comm.</source>
        <translation type="vanished">Komm.</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="vanished">Lernen</translation>
    </message>
    <message>
        <source>What works · what to change</source>
        <translation type="vanished">Was gut läuft · was wir ändern wollen</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="vanished">Kommunikation</translation>
    </message>
    <message>
        <source>Mutual learning</source>
        <translation type="vanished">Voneinander lernen</translation>
    </message>
    <message>
        <source>Record a check-in…</source>
        <translation type="vanished">Neuer Check-in …</translation>
    </message>
    <message>
        <source>Record a relationship check-in</source>
        <translation type="vanished">Einen Beziehungs-Check-in festhalten</translation>
    </message>
    <message>
        <source>Edit the selected check-in</source>
        <translation type="vanished">Den ausgewählten Check-in bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected check-in</source>
        <translation type="vanished">Den ausgewählten Check-in löschen</translation>
    </message>
    <message>
        <source>every </source>
        <translation type="vanished">alle </translation>
    </message>
    <message>
        <source> meetings</source>
        <translation type="vanished"> Treffen</translation>
    </message>
    <message>
        <source>Suggest a check-in every so many meetings</source>
        <translation type="vanished">Abstand der Check-in-Vorschläge in Treffen</translation>
    </message>
    <message>
        <source>When to suggest the next check-in</source>
        <translation type="vanished">Wann der nächste Check-in vorgeschlagen wird</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation type="vanished">Vorschlagen</translation>
    </message>
    <message>
        <source>How we are doing</source>
        <translation type="vanished">Wie es uns geht</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>My mentor</source>
        <translation>Mein Mentor</translation>
    </message>
    <message>
        <source>{0} agenda items, {1} listening notes, {2} action items</source>
        <translation type="vanished">{0} Agendapunkte, {1} Gesprächsnotizen, {2} Aufgaben</translation>
    </message>
    <message>
        <source>In focus: on my agendas. </source>
        <translation type="vanished">Im Fokus: auf meinen Agenden. </translation>
    </message>
    <message>
        <source>Progress: add a goal first</source>
        <translation type="vanished">Fortschritt: Füge zuerst ein Ziel hinzu</translation>
    </message>
    <message>
        <source>Progress on “{0}”</source>
        <translation type="vanished">Fortschritt bei „{0}“</translation>
    </message>
    <message>
        <source>No progress noted yet.</source>
        <translation type="vanished">Noch kein Fortschritt notiert.</translation>
    </message>
    <message>
        <source>Works: {0}
Change: {1}</source>
        <translation type="vanished">Läuft gut: {0}
Ändern: {1}</translation>
    </message>
    <message>
        <source> (planned)</source>
        <translation type="vanished"> (geplant)</translation>
    </message>
    <message>
        <source>Nothing yet. Add “something I can share” to a meeting&apos;s agenda.</source>
        <translation type="vanished">Noch nichts. Füge der Agenda eines Treffens „Etwas, das ich teilen kann“ hinzu.</translation>
    </message>
    <message>
        <source>Nothing yet. Insights from your listening notes gather here.</source>
        <translation type="vanished">Noch nichts. Hier sammeln sich die Erkenntnisse aus deinen Gesprächsnotizen.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="vanished">Ich</translation>
    </message>
    <message>
        <source>done on time {0} · late {1} · open {2}</source>
        <translation type="vanished">pünktlich erledigt {0} · verspätet {1} · offen {2}</translation>
    </message>
    <message>
        <source> ({0} overdue)</source>
        <translation type="vanished"> ({0} überfällig)</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation type="vanished">Zusagen</translation>
    </message>
    <message>
        <source> meeting</source>
        <translation type="vanished"> Treffen</translation>
    </message>
    <message>
        <source>once</source>
        <translation type="vanished">einmal</translation>
    </message>
    <message>
        <source>{0} times</source>
        <translation type="vanished">{0}-mal</translation>
    </message>
    <message>
        <source>You have met {0} {1} since your last relationship check-in. A few minutes on how the partnership is going helps you both.</source>
        <translation type="vanished">Du hast dich seit eurem letzten Beziehungs-Check-in {1} mit {0} getroffen. Ein paar Minuten darüber, wie die Zusammenarbeit läuft, helfen euch beiden.</translation>
    </message>
    <message>
        <source>You have met {0} {1}. How is the partnership going? A short check-in on trust, communication and mutual learning helps you both.</source>
        <translation type="vanished">Du hast dich {1} mit {0} getroffen. Wie läuft die Zusammenarbeit? Ein kurzer Check-in zu Vertrauen, Kommunikation und gegenseitigem Lernen hilft euch beiden.</translation>
    </message>
    <message>
        <source>Deleted the goal “{0}”.</source>
        <translation type="vanished">Ziel „{0}“ gelöscht.</translation>
    </message>
    <message>
        <source>Removed a progress note of {0}.</source>
        <translation type="vanished">Fortschrittsnotiz vom {0} entfernt.</translation>
    </message>
    <message>
        <source>Deleted the check-in of {0}.</source>
        <translation type="vanished">Check-in vom {0} gelöscht.</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location filename="../../mentee_desktop/ui/reminders/bar.py" line="+51"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open: {0}</source>
        <translation>Öffnen: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 h</source>
        <translation>1 Std. später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze for one hour: {0}</source>
        <translation>In einer Stunde erneut erinnern: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss for good: {0}</source>
        <translation>Endgültig verwerfen: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reminder</source>
        <translation>Erinnerung</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/reminders/settings_dialog.py" line="+57"/>
        <source>Reminder settings</source>
        <translation>Einstellungen für Erinnerungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A meeting starts soon</source>
        <translation>Ein Treffen beginnt bald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare for a meeting</source>
        <translation>Ein Treffen vorbereiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A past meeting: did it take place?</source>
        <translation>Ein vergangenes Treffen: Hat es stattgefunden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My action items due today or overdue</source>
        <translation>Meine Aufgaben, die heute fällig oder überfällig sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback still waiting for an answer</source>
        <translation>Feedback, das noch auf eine Antwort wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mentor I have not met for a while</source>
        <translation>Ein Mentor, den ich länger nicht getroffen habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A relationship check-in is due</source>
        <translation>Ein Beziehungs-Check-in ist fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An insight I have not put to work yet</source>
        <translation>Eine Erkenntnis, die ich noch nicht umgesetzt habe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me of</source>
        <translation>Erinnere mich an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> h before</source>
        <translation> Std. vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation reminder, hours before</source>
        <translation>Erinnerung zum Vorbereiten, Stunden vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting soon reminder, minutes before</source>
        <translation>Erinnerung an ein baldiges Treffen, Minuten vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unanswered feedback after days</source>
        <translation>Unbeantwortetes Feedback nach Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> meetings</source>
        <translation> Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship check-in every meetings</source>
        <translation>Beziehungs-Check-in: Abstand in Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notifications from</source>
        <translation>Keine Benachrichtigungen von</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Start hidden in the system tray</source>
        <translation>Versteckt im Infobereich starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop has no system tray; reminders show inside the window.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich; Erinnerungen erscheinen im Fenster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Mentee Desktop when I log in</source>
        <translation>Mentee Desktop bei der Anmeldung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start when I log in</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remind me to &amp;prepare</source>
        <translation>Ans &amp;Vorbereiten erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting &amp;starts soon</source>
        <translation>Treffen &amp;beginnt bald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Feedback unanswered after</source>
        <translation>&amp;Feedback unbeantwortet nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship &amp;check-in every</source>
        <translation>Beziehungs-&amp;Check-in alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>During quiet hours reminders are still listed, but never pop up.</source>
        <translation>Während der Ruhezeiten werden Erinnerungen weiter aufgelistet, springen aber nie auf.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Could not change the start at login setting: {0}</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <location filename="../../mentee_desktop/ui/reminders/tray.py" line="+94"/>
        <source>Mentee Desktop reminders</source>
        <extracomment>reminders listed in the menu; the rest are counted (&quot;3 more…&quot;) the last notification shown (title, text), for the window and for checks</extracomment>
        <translation>Erinnerungen von Mentee Desktop</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Mentee Desktop — 1 reminder</source>
        <translation>Mentee Desktop – 1 Erinnerung</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Mentee Desktop — %n reminders</source>
        <translation>
            <numerusform>Mentee Desktop – %n Erinnerung</numerusform>
            <numerusform>Mentee Desktop – %n Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentee Desktop — nothing due</source>
        <translation>Mentee Desktop – nichts fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n more…</source>
        <translation>
            <numerusform>%n weitere …</numerusform>
            <numerusform>%n weitere …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing due — well done</source>
        <translation>Nichts fällig – gut gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze all for 1 hour</source>
        <translation>Alle für 1 Stunde zurückstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder settings…</source>
        <translation>Einstellungen für Erinnerungen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Mentee Desktop</source>
        <translation>Mentee Desktop öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No meeting planned</source>
        <translation>Kein Treffen geplant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: {0} · {1}</source>
        <translation>Als Nächstes: {0} · {1}</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>While you were away</source>
        <translation>Während du weg warst</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminders</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Mentee Desktop is still running</source>
        <translation>Mentee Desktop läuft weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It keeps reminding you from the tray. To quit, use Quit in the tray menu or File ▸ Quit.</source>
        <translation>Es erinnert dich weiter aus dem Infobereich. Zum Beenden wähle „Beenden“ im Menü des Infobereichs oder Datei ▸ Beenden.</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <location filename="../../mentee_desktop/reminders/words.py" line="+71"/>
        <location line="+7"/>
        <source>{0} {1}</source>
        <comment>a day and a time of day</comment>
        <extracomment>(context, text, disambiguation, n) -&gt; the translation, as QCoreApplication.translate</extracomment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} {1} ({2} your time)</source>
        <comment>a meeting&apos;s day and time, its zone, my time</comment>
        <translation>{0} {1} ({2} bei dir)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepare for your meeting with {0}</source>
        <translation>Bereite dein Treffen mit {0} vor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}. The agenda is empty: add a question, an update or something to share.</source>
        <translation>{0}. Die Agenda ist leer: Füge eine Frage, ein Update oder etwas zum Teilen hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}. Only 1 open item on the agenda: add what you want to ask.</source>
        <translation>{0}. Nur 1 offener Punkt auf der Agenda: Ergänze, was du fragen willst.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{0}. Only %n open items on the agenda: add what you want to ask.</source>
        <translation>
            <numerusform>{0}. Nur %n offener Punkt auf der Agenda: Ergänze, was du fragen willst.</numerusform>
            <numerusform>{0}. Nur %n offene Punkte auf der Agenda: Ergänze, was du fragen willst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{0}. %n open items on the agenda: a last look?</source>
        <translation>
            <numerusform>{0}. %n offener Punkt auf der Agenda: noch ein letzter Blick?</numerusform>
            <numerusform>{0}. %n offene Punkte auf der Agenda: noch ein letzter Blick?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting with {0} at {1}</source>
        <translation>Treffen mit {0} um {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} · {1}</source>
        <comment>when · where</comment>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did your meeting with {0} take place?</source>
        <translation>Hat dein Treffen mit {0} stattgefunden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}. Mark it held or cancelled; until then nothing counts it as held.</source>
        <translation>{0}. Markiere es als stattgefunden oder abgesagt; bis dahin zählt es nicht als stattgefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue: {0}</source>
        <translation>Überfällig: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today: {0}</source>
        <translation>Heute fällig: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your promise to {0}, due {1}.</source>
        <translation>Deine Zusage an {0}, fällig am {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n action items for {0} are overdue</source>
        <translation>
            <numerusform>%n Aufgabe für {0} ist überfällig</numerusform>
            <numerusform>%n Aufgaben für {0} sind überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action items for {0} are due today</source>
        <translation>
            <numerusform>%n Aufgabe für {0} ist heute fällig</numerusform>
            <numerusform>%n Aufgaben für {0} sind heute fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action items for {0} are due today or overdue</source>
        <translation>
            <numerusform>%n Aufgabe für {0} ist heute fällig oder überfällig</numerusform>
            <numerusform>%n Aufgaben für {0} sind heute fällig oder überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your promises to {0}; the oldest, “{1}”, was due {2}.</source>
        <translation>Deine Zusagen an {0}; die älteste, „{1}“, war am {2} fällig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your promises to {0}, the first: “{1}”.</source>
        <translation>Deine Zusagen an {0}, als Erstes: „{1}“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is waiting for your feedback</source>
        <translation>{0} wartet auf dein Feedback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked on {0}: “{1}”</source>
        <translation>Gefragt am {0}: „{1}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet from {0}</source>
        <translation>Noch keine Antwort von {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You asked 1 day ago: “{0}”. A gentle follow-up?</source>
        <translation>Du hast vor 1 Tag gefragt: „{0}“. Vielleicht freundlich nachhaken?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You asked %n days ago: “{0}”. A gentle follow-up?</source>
        <translation>
            <numerusform>Du hast vor %n Tag gefragt: „{0}“. Vielleicht freundlich nachhaken?</numerusform>
            <numerusform>Du hast vor %n Tagen gefragt: „{0}“. Vielleicht freundlich nachhaken?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check in with {0}</source>
        <translation>Melde dich bei {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last met {0}</source>
        <translation>Zuletzt getroffen am {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting yet since {0}</source>
        <translation>Seit {0} noch kein Treffen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}; you usually meet every day. A short hello keeps the relationship warm.</source>
        <translation>{0}; normalerweise trefft ihr euch jeden Tag. Ein kurzes Hallo hält den Kontakt lebendig.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{0}; you usually meet every %n days. A short hello keeps the relationship warm.</source>
        <translation>
            <numerusform>{0}; normalerweise trefft ihr euch alle %n Tage. Ein kurzes Hallo hält den Kontakt lebendig.</numerusform>
            <numerusform>{0}; normalerweise trefft ihr euch alle %n Tage. Ein kurzes Hallo hält den Kontakt lebendig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How is it going with {0}?</source>
        <translation>Wie läuft es mit {0}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 meeting since your last check-in: time for a relationship check-in (trust, communication, what we both learn).</source>
        <translation>1 Treffen seit eurem letzten Check-in: Zeit für einen Beziehungs-Check-in (Vertrauen, Kommunikation, was wir beide lernen).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n meetings since your last check-in: time for a relationship check-in (trust, communication, what we both learn).</source>
        <translation>
            <numerusform>%n Treffen seit eurem letzten Check-in: Zeit für einen Beziehungs-Check-in (Vertrauen, Kommunikation, was wir beide lernen).</numerusform>
            <numerusform>%n Treffen seit eurem letzten Check-in: Zeit für einen Beziehungs-Check-in (Vertrauen, Kommunikation, was wir beide lernen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 meeting so far: time for a relationship check-in (trust, communication, what we both learn).</source>
        <translation>Bisher 1 Treffen: Zeit für einen Beziehungs-Check-in (Vertrauen, Kommunikation, was wir beide lernen).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n meetings so far: time for a relationship check-in (trust, communication, what we both learn).</source>
        <translation>
            <numerusform>Bisher %n Treffen: Zeit für einen Beziehungs-Check-in (Vertrauen, Kommunikation, was wir beide lernen).</numerusform>
            <numerusform>Bisher %n Treffen: Zeit für einen Beziehungs-Check-in (Vertrauen, Kommunikation, was wir beide lernen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put to work what {0} said</source>
        <translation>Setz um, was {0} gesagt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You heard: “{0}” — tried it yet?</source>
        <translation>Du hast gehört: „{0}“ – schon ausprobiert?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more from {0} waiting)</source>
        <translation>
            <numerusform>(%n weitere von {0} wartet)</numerusform>
            <numerusform>(%n weitere von {0} warten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersBar</name>
    <message>
        <location filename="../../mentee_desktop/ui/reminders/bar.py" line="+28"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Show all reminders or fewer</source>
        <translation type="vanished">Alle Erinnerungen oder weniger zeigen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show the reminders or fold them</source>
        <extracomment>folded: the first reminder&apos;s title beside the heading</extracomment>
        <translation>Erinnerungen anzeigen oder einklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze all for 1 hour</source>
        <translation>Alle für 1 Stunde zurückstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze all reminders for one hour</source>
        <translation>Alle Erinnerungen für eine Stunde zurückstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder settings</source>
        <translation>Einstellungen für Erinnerungen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>While you were away, 1 reminder fell due</source>
        <translation>Während du weg warst, wurde 1 Erinnerung fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>While you were away, %n reminders fell due</source>
        <translation>
            <numerusform>Während du weg warst, wurde %n Erinnerung fällig</numerusform>
            <numerusform>Während du weg warst, wurden %n Erinnerungen fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 reminder due</source>
        <translation>1 Erinnerung fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminders due</source>
        <translation>
            <numerusform>%n Erinnerung fällig</numerusform>
            <numerusform>%n Erinnerungen fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fold</source>
        <translation>Einklappen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation type="vanished">Weniger zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show all (%n more)</source>
        <translation type="vanished">
            <numerusform>Alle zeigen (%n weitere)</numerusform>
            <numerusform>Alle zeigen (%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveProtectionDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/protection/passphrase_dialogs.py" line="+60"/>
        <source>Remove protection</source>
        <translation>Schutz entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your notes and their backups will be decrypted and stored unencrypted: anyone who gets hold of this computer&apos;s files, a copied backup or a synced folder can read them. The window closes while this is done and opens again.</source>
        <translation>Deine Notizen und ihre Sicherungen werden entschlüsselt und unverschlüsselt gespeichert: Wer an die Dateien dieses Computers, eine kopierte Sicherung oder einen synchronisierten Ordner kommt, kann sie lesen. Das Fenster schließt sich dafür und öffnet sich dann wieder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type your current passphrase first.</source>
        <translation>Gib zuerst deine jetzige Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/safety/actions.py" line="+352"/>
        <source>Made by you</source>
        <extracomment>the backup made (None when none was due) and a problem (&quot;&quot; when none)</extracomment>
        <translation>Von dir erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic, daily</source>
        <translation>Automatisch, täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic, at quit</source>
        <translation>Automatisch, beim Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the backup to go back to. Your current data is backed up first, so you can return to it the same way.</source>
        <translation>Wähle die Sicherung, zu der du zurückkehren willst. Deine aktuellen Daten werden vorher gesichert, sodass du auf demselben Weg zu ihnen zurückkehren kannst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no backups yet. Use File › Back up now.</source>
        <translation>Es gibt noch keine Sicherungen. Verwende Datei › Jetzt sichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the chosen backup</source>
        <translation>Die gewählte Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location line="-338"/>
        <source>&amp;Back up now</source>
        <extracomment>record kinds the window&apos;s parts refresh on after a restore writes that are preferences (window size, last tab), not notes worth a backup at quit</extracomment>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport all data…</source>
        <translation>&amp;Alle Daten exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data &amp;folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backed up to {0}</source>
        <extracomment>a protected store&apos;s key (backups are encrypted with it; see ui/protection)</extracomment>
        <translation>Gesichert unter {0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The daily backup failed: {0}</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backup failed: {0}</source>
        <translation>Sicherung fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not restored: {0}</source>
        <translation>Nicht wiederhergestellt: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored the backup of {0}. Your data from before is kept in {1}.</source>
        <translation>Die Sicherung vom {0} wurde wiederhergestellt. Deine vorherigen Daten sind in {1} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypted exports (*.age)</source>
        <translation>Verschlüsselte Exporte (*.age)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not exported: {0}</source>
        <translation>Nicht exportiert: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported all your data, encrypted, to {0}</source>
        <translation>Alle deine Daten wurden verschlüsselt nach {0} exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported all your data to {0}</source>
        <translation>Alle deine Daten wurden nach {0} exportiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open the data folder {0}</source>
        <translation>Der Datenordner {0} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read-only: this data file cannot be changed, so edits are not saved. You can still read and export everything.</source>
        <translation>Schreibgeschützt: Diese Datendatei kann nicht geändert werden, daher werden Änderungen nicht gespeichert. Du kannst aber weiterhin alles lesen und exportieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read-only notice</source>
        <translation>Hinweis: schreibgeschützt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: {0}. Edits are not saved; you can still read and export everything.</source>
        <translation>Nur lesen: {0}. Änderungen werden nicht gespeichert; du kannst aber alles lesen und exportieren.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../mentee_desktop/ui/search/install.py" line="+20"/>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find anything you ever wrote</source>
        <translation>Alles finden, was du je geschrieben hast</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="vanished">Mentoren</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="vanished">Treffen</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="vanished">Agendapunkte</translation>
    </message>
    <message>
        <source>Listening notes</source>
        <translation type="vanished">Gesprächsnotizen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="vanished">Feedback</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="vanished">Aufgaben</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="vanished">Ziele</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation type="vanished">Fortschritt bei Zielen</translation>
    </message>
    <message>
        <source>Relationship check-ins</source>
        <translation type="vanished">Beziehungs-Check-ins</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/search/dialog.py" line="+59"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search everything you wrote…</source>
        <translation>Alles durchsuchen, was du geschrieben hast …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>Type a word, or the start of one.</source>
        <translation>Gib ein Wort oder dessen Anfang ein.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Progress on “{0}”, {1}</source>
        <translation>Fortschritt bei „{0}“, {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-in of {0}</source>
        <translation>Check-in vom {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
</context>
<context>
    <name>SelectorBar</name>
    <message>
        <location filename="../../mentee_desktop/ui/shell/selector_bar.py" line="+31"/>
        <source>Mentor</source>
        <extracomment>mentor id and meeting id (-1 for none)</extracomment>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add…</source>
        <translation>Neu …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a mentor</source>
        <translation>Einen Mentor hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Edit this mentor</source>
        <translation>Diesen Mentor bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archive this mentor, show archived mentors</source>
        <translation>Diesen Mentor archivieren, archivierte Mentoren zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More mentor actions</source>
        <translation>Weitere Aktionen für Mentoren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New meeting…</source>
        <translation>Neu …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a new meeting</source>
        <translation>Ein neues Treffen planen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mee&amp;ting</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message numerus="yes">
        <location line="+174"/>
        <source>carried over %n open item(s) from last time</source>
        <translation>
            <numerusform>%n offenen Punkt vom letzten Mal übertragen</numerusform>
            <numerusform>%n offene Punkte vom letzten Mal übertragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>added %n update(s) on what you promised</source>
        <translation>
            <numerusform>%n Update zu deinen Zusagen hinzugefügt</numerusform>
            <numerusform>%n Updates zu deinen Zusagen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New meeting planned: {0}.</source>
        <translation>Neues Treffen geplant: {0}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Show archived mentors</source>
        <translation>Archivierte Mentoren zeigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit this meeting</source>
        <translation>Dieses Treffen bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <source>M&amp;eeting</source>
        <translation type="vanished">&amp;Treffen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Restore</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Archive mentor</source>
        <translation>Mentor archivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive this mentor? Their history is kept; tick “Show archived” to see it.</source>
        <translation>Diesen Mentor archivieren? Der Verlauf bleibt erhalten; wähle „Archivierte Mentoren zeigen“, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>New meeting planned. Carried over {0} open item(s) from last time and added {1} update(s) on what you promised.</source>
        <translation type="vanished">Neues Treffen geplant. {0} offene(n) Punkt(e) vom letzten Mal übertragen und {1} Update(s) zu deinen Zusagen hinzugefügt.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New meeting planned.</source>
        <translation>Neues Treffen geplant.</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/safety/set_aside_dialog.py" line="+51"/>
        <source>A data file was kept aside</source>
        <translation>Eine Datendatei wurde beiseitegelegt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data file was kept aside as {0} (last changed {1}), in {2}. It is not used now and nothing in it was deleted.</source>
        <translation>Deine Datendatei wurde als {0} beiseitegelegt (zuletzt geändert {1}), in {2}. Sie wird gerade nicht benutzt, und nichts darin wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It can be read: you can put it back in place of the current data.</source>
        <translation>Sie ist lesbar: Du kannst sie anstelle der aktuellen Daten wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It cannot be read as a database; keep it for someone who can help.</source>
        <translation>Sie ist als Datenbank nicht lesbar; bewahre sie für jemanden auf, der helfen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore this file</source>
        <translation>Diese Datei &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open its folder</source>
        <translation>Ihren &amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Nicht mehr erwähnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not mention this file again</source>
        <translation>Diese Datei nicht mehr erwähnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>SuggestedQuestions</name>
    <message>
        <location filename="../../mentee_desktop/data/suggested_questions.py" line="+40"/>
        <source>Looking at my work this year, which direction do you see me growing in that I may not see myself?</source>
        <extracomment>the translation context the window uses for the built-in texts English names of the purposes (the window shows translated ones)</extracomment>
        <translation>Wenn du auf meine Arbeit in diesem Jahr schaust: In welche Richtung siehst du mich wachsen, die ich selbst vielleicht nicht sehe?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What would you need to see from me before you would trust me with a role one level up?</source>
        <translation>Was müsstest du von mir sehen, bevor du mir eine Rolle eine Stufe höher zutrauen würdest?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If I want a bigger role in three years, what should I start, stop and keep doing this quarter?</source>
        <translation>Wenn ich in drei Jahren eine größere Rolle will: Was sollte ich in diesem Quartal anfangen, lassen und beibehalten?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which decision in your own career would you make differently today, and why?</source>
        <translation>Welche Entscheidung in deiner eigenen Laufbahn würdest du heute anders treffen, und warum?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who should I get to know to understand where our field is heading?</source>
        <translation>Wen sollte ich kennenlernen, um zu verstehen, wohin sich unser Fachgebiet entwickelt?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which one skill, if I improved it, would change most how my work is received?</source>
        <translation>Welche eine Fähigkeit würde, wenn ich sie verbessere, am meisten verändern, wie meine Arbeit ankommt?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which of my strengths am I overusing, and where does it cost me?</source>
        <translation>Welche meiner Stärken setze ich zu stark ein, und wo kostet mich das etwas?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How did you learn to run a difficult conversation well? What did you practise?</source>
        <translation>Wie hast du gelernt, ein schwieriges Gespräch gut zu führen? Was hast du geübt?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could you walk me through how you would approach the problem I am stuck on right now?</source>
        <translation>Kannst du mir Schritt für Schritt zeigen, wie du das Problem angehen würdest, bei dem ich gerade feststecke?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What does excellent look like in this skill? Can you point me to someone who shows it?</source>
        <translation>Wie sieht Exzellenz bei dieser Fähigkeit aus? Kannst du mir jemanden nennen, der sie zeigt?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the last meeting you saw me in, what is one thing I did that helped and one thing that got in the way?</source>
        <translation>Im letzten Meeting, in dem du mich erlebt hast: Was habe ich getan, das geholfen hat, und was stand im Weg?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is how I judged my own work on this; where do you see it differently?</source>
        <translation>So habe ich meine eigene Arbeit daran eingeschätzt; wo siehst du es anders?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When I presented last time, at which point did I lose people&apos;s attention?</source>
        <translation>Als ich das letzte Mal präsentiert habe: An welcher Stelle habe ich die Aufmerksamkeit der Leute verloren?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What have you noticed about how I work that nobody has told me yet?</source>
        <translation>Was ist dir an meiner Arbeitsweise aufgefallen, das mir noch niemand gesagt hat?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you could give me one piece of feedback before my next review, what would it be?</source>
        <translation>Wenn du mir vor meinem nächsten Mitarbeitergespräch ein einziges Feedback geben könntest, welches wäre es?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something I learned recently that could be useful for your team</source>
        <translation>Etwas, das ich kürzlich gelernt habe und das deinem Team nützen könnte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tool or way of working that saves me time, with a five-minute demo</source>
        <translation>Ein Werkzeug oder eine Arbeitsweise, die mir Zeit spart, mit einer Fünf-Minuten-Demo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How people earlier in their careers see a change your organisation is making</source>
        <translation>Wie Menschen am Anfang ihrer Laufbahn eine Veränderung in deiner Organisation sehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A talk, article or book from this month and what I took from it</source>
        <translation>Ein Vortrag, Artikel oder Buch aus diesem Monat und was ich daraus mitgenommen habe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An introduction to someone in my network who works on something you care about</source>
        <translation>Eine Vorstellung bei jemandem aus meinem Netzwerk, der an etwas arbeitet, das dir wichtig ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Are our meetings giving you something too? What would make them more worthwhile for you?</source>
        <translation>Geben dir unsere Treffen auch etwas? Was würde sie für dich lohnender machen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Am I bringing the right things to our meetings, or would you rather we spent the time differently?</source>
        <translation>Bringe ich die richtigen Themen zu unseren Treffen mit, oder würdest du die Zeit lieber anders nutzen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which of our conversations so far was most useful, and why do you think that was?</source>
        <translation>Welches unserer bisherigen Gespräche war am nützlichsten, und woran lag das deiner Meinung nach?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Should we change how often or how long we meet?</source>
        <translation>Sollten wir ändern, wie oft oder wie lange wir uns treffen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Are we still working towards the goals we set at the start, or have they changed?</source>
        <translation>Arbeiten wir noch auf die Ziele hin, die wir uns am Anfang gesetzt haben, oder haben sie sich geändert?</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../mentee_desktop/ui/prepare/suggestions.py" line="+40"/>
        <source>Career direction</source>
        <translation>Berufliche Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific feedback</source>
        <translation>Konkretes Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I can offer</source>
        <translation>Was ich bieten kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How our mentoring is going</source>
        <translation>Wie unser Mentoring läuft</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Suggested questions</source>
        <extracomment>the mentee chose a suggestion to put on the agenda</extracomment>
        <translation>Vorgeschlagene Fragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the suggestions are for</source>
        <translation>Wofür die Vorschläge gedacht sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click one to add it to your agenda.</source>
        <translation>Klick auf einen, um ihn deiner Agenda hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your own suggestion</source>
        <translation>Dein eigener Vorschlag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own suggestion…</source>
        <translation>Dein eigener Vorschlag …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my own suggestion for later meetings</source>
        <translation>Meinen eigenen Vorschlag für spätere Treffen behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it under this purpose for later meetings</source>
        <translation>Unter diesem Zweck für spätere Treffen behalten</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Your own suggestion (Delete removes it).</source>
        <translation>Dein eigener Vorschlag (Entf entfernt ihn).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already on this meeting&apos;s agenda.</source>
        <translation>Steht schon auf der Agenda dieses Treffens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to add it to the agenda.</source>
        <translation>Klicken, um ihn der Agenda hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Removed your suggestion “{0}”</source>
        <translation>Dein Vorschlag „{0}“ wurde entfernt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add to the agenda</source>
        <translation>Zur Agenda hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from my suggestions</source>
        <translation>Aus meinen Vorschlägen entfernen</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../mentee_desktop/ui/widgets/dates.py" line="+121"/>
        <source>e.g. 16:00 or 4pm</source>
        <extracomment>languages whose short weekday goes without a comma (&quot;Wed 25 Nov&quot;), as the command line writes it; others keep their long form&apos;s (&quot;Mi., 25. Nov.&quot;)</extracomment>
        <translation>z. B. 16:00 oder 1600</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a time such as 16:00 or 4pm; Up and Down move it</source>
        <translation>Gib eine Uhrzeit wie 16:00 ein; Pfeil hoch und runter verschieben sie</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../mentee_desktop/ui/relationship/trend_chart.py" line="+62"/>
        <source>Check-in trend</source>
        <extracomment>per rating: colour on a light background, colour on a dark one, marker shape overlapping lines (same ratings) are drawn a little apart, so all three stay visible</extracomment>
        <translation>Verlauf der Check-ins</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual learning</source>
        <translation>Voneinander lernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No check-ins yet.</source>
        <translation>Noch keine Check-ins.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} check-ins. Latest: {1} {2}, {3} {4}, {5} {6} out of 5.</source>
        <translation>{0} Check-ins. Zuletzt: {1} {2}, {3} {4}, {5} {6} von 5.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No check-ins yet. Record one to see the trend.</source>
        <translation>Noch keine Check-ins. Halte einen fest, um den Verlauf zu sehen.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../mentee_desktop/ui/protection/unlock_dialog.py" line="+58"/>
        <source>Unlock Mentee Desktop</source>
        <extracomment>the delay after the first wrong try; it doubles up to MAX_DELAY_MS</extracomment>
        <translation>Mentee Desktop entsperren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your mentoring notes are protected. Type your passphrase.</source>
        <translation>Deine Mentoring-Notizen sind geschützt. Gib deine Passphrase ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Die Feststelltaste scheint aktiv zu sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>Auf diesem Computer merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens your notes at start without the passphrase while you are logged in. Anyone who can use your account can then read them.</source>
        <translation>Öffnet deine Notizen beim Start ohne Passphrase, solange du angemeldet bist. Wer dein Benutzerkonto benutzen kann, kann sie dann lesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use recovery key…</source>
        <translation>Wiederherstellungsschlüssel verwenden …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type your recovery key (eight groups of four letters and digits).</source>
        <translation>Gib deinen Wiederherstellungsschlüssel ein (acht Gruppen aus je vier Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That passphrase is not right. Try again in {0} s.</source>
        <translation>Diese Passphrase stimmt nicht. Versuch es in {0} s noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That recovery key is not right. Try again in {0} s.</source>
        <translation>Dieser Wiederherstellungsschlüssel stimmt nicht. Versuch es in {0} s noch einmal.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../mentee_desktop/ui/shell/welcome.py" line="+15"/>
        <source>Welcome to Mentee Desktop</source>
        <translation>Willkommen bei Mentee Desktop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make every mentoring meeting count: prepare your questions and what you can share, listen and write it in your own words, ask for specific feedback, and keep your promises. The best mentoring goes both ways.</source>
        <translation>Mach jedes Mentoring-Treffen wertvoll: Bereite deine Fragen vor und was du teilen kannst, hör zu und halte es in deinen eigenen Worten fest, bitte um konkretes Feedback und halte deine Zusagen ein. Das beste Mentoring geht in beide Richtungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything stays on this computer.</source>
        <translation>Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Add my first mentor</source>
        <translation>Meinen ersten Mentor hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Explore with sample data</source>
        <translation>Mit Beispieldaten ausprobieren</translation>
    </message>
</context>
<context>
    <name>ZoneField</name>
    <message>
        <location filename="../../mentee_desktop/ui/widgets/form_problem.py" line="+43"/>
        <source>Unknown timezone. Pick one from the list, e.g. Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone. Wähle eine aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>_ProvesItIsYou</name>
    <message>
        <source>Message</source>
        <translation type="obsolete">Meldung</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="obsolete">Wiederherstellungsschlüssel</translation>
    </message>
</context>
</TS>

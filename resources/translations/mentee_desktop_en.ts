<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionFilterBar</name>
    <message numerus="yes">
        <location filename="../../mentee_desktop/ui/actions/filters.py" line="+88"/>
        <source>%Ln action items</source>
        <translation>
            <numerusform>%Ln action item</numerusform>
            <numerusform>%Ln action items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <location filename="../../mentee_desktop/ui/export/actions.py" line="+374"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message numerus="yes">
        <location filename="../../mentee_desktop/ui/shell/mentor_meeting_dialogs.py" line="+246"/>
        <source>%n open item(s) waiting from earlier meetings</source>
        <translation>
            <numerusform>%n open item waiting from earlier meetings</numerusform>
            <numerusform>%n open items waiting from earlier meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n update(s) on what you promised</source>
        <translation>
            <numerusform>%n update on what you promised</numerusform>
            <numerusform>%n updates on what you promised</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PutToWorkPanel</name>
    <message numerus="yes">
        <location filename="../../mentee_desktop/ui/relationship/put_to_work.py" line="+163"/>
        <source>Put to work: %n of {0} insights</source>
        <translation>
            <numerusform>Put to work: %n of {0} insights</numerusform>
            <numerusform>Put to work: %n of {0} insights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message numerus="yes">
        <location filename="../../mentee_desktop/ui/reminders/tray.py" line="+130"/>
        <source>Mentee Desktop — %n reminders</source>
        <translation>
            <numerusform>Mentee Desktop — %n reminder</numerusform>
            <numerusform>Mentee Desktop — %n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n more…</source>
        <translation>
            <numerusform>%n more…</numerusform>
            <numerusform>%n more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n reminders</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message numerus="yes">
        <location filename="../../mentee_desktop/reminders/words.py" line="+96"/>
        <source>{0}. Only %n open items on the agenda: add what you want to ask.</source>
        <translation>
            <numerusform>{0}. Only %n open item on the agenda: add what you want to ask.</numerusform>
            <numerusform>{0}. Only %n open items on the agenda: add what you want to ask.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{0}. %n open items on the agenda: a last look?</source>
        <translation>
            <numerusform>{0}. %n open item on the agenda: a last look?</numerusform>
            <numerusform>{0}. %n open items on the agenda: a last look?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n action items for {0} are overdue</source>
        <translation>
            <numerusform>%n action item for {0} is overdue</numerusform>
            <numerusform>%n action items for {0} are overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action items for {0} are due today</source>
        <translation>
            <numerusform>%n action item for {0} is due today</numerusform>
            <numerusform>%n action items for {0} are due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action items for {0} are due today or overdue</source>
        <translation>
            <numerusform>%n action item for {0} is due today or overdue</numerusform>
            <numerusform>%n action items for {0} are due today or overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>You asked %n days ago: “{0}”. A gentle follow-up?</source>
        <translation>
            <numerusform>You asked %n day ago: “{0}”. A gentle follow-up?</numerusform>
            <numerusform>You asked %n days ago: “{0}”. A gentle follow-up?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{0}; you usually meet every %n days. A short hello keeps the relationship warm.</source>
        <translation>
            <numerusform>{0}; you usually meet every %n day. A short hello keeps the relationship warm.</numerusform>
            <numerusform>{0}; you usually meet every %n days. A short hello keeps the relationship warm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n meetings since your last check-in: time for a relationship check-in (trust, communication, what we both learn).</source>
        <translation>
            <numerusform>%n meeting since your last check-in: time for a relationship check-in (trust, communication, what we both learn).</numerusform>
            <numerusform>%n meetings since your last check-in: time for a relationship check-in (trust, communication, what we both learn).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n meetings so far: time for a relationship check-in (trust, communication, what we both learn).</source>
        <translation>
            <numerusform>%n meeting so far: time for a relationship check-in (trust, communication, what we both learn).</numerusform>
            <numerusform>%n meetings so far: time for a relationship check-in (trust, communication, what we both learn).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>(%n more from {0} waiting)</source>
        <translation>
            <numerusform>(%n more from {0} waiting)</numerusform>
            <numerusform>(%n more from {0} waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersBar</name>
    <message numerus="yes">
        <location filename="../../mentee_desktop/ui/reminders/bar.py" line="+159"/>
        <source>While you were away, %n reminders fell due</source>
        <translation>
            <numerusform>While you were away, %n reminder fell due</numerusform>
            <numerusform>While you were away, %n reminders fell due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n reminders due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all (%n more)</source>
        <translation type="vanished">
            <numerusform>Show all (%n more)</numerusform>
            <numerusform>Show all (%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectorBar</name>
    <message numerus="yes">
        <location filename="../../mentee_desktop/ui/shell/selector_bar.py" line="+244"/>
        <source>carried over %n open item(s) from last time</source>
        <translation>
            <numerusform>carried over %n open item from last time</numerusform>
            <numerusform>carried over %n open items from last time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>added %n update(s) on what you promised</source>
        <translation>
            <numerusform>added %n update on what you promised</numerusform>
            <numerusform>added %n updates on what you promised</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/airlock/main.cpp" line="59"/>
        <location filename="../app/airlock/main.cpp" line="73"/>
        <location filename="../app/airlock/main.cpp" line="80"/>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
</context>
<context>
    <name>airlock::ActivitySection</name>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="29"/>
        <source>No activity recorded</source>
        <translation>Keine Aktivität erfasst</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="34"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="34"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="34"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="34"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="34"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="35"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="35"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="47"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="72"/>
        <source>%1 (event #%2)</source>
        <translation>%1 (Ereignis #%2)</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="94"/>
        <source>Nothing this connector did or was refused is on record.</source>
        <translation>Für diesen Konnektor sind weder Aktionen noch Abweisungen erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="99"/>
        <source>1 recent event</source>
        <translation>Das letzte Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="100"/>
        <source>%1 recent events</source>
        <translation>Die letzten %1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="102"/>
        <source>no blocked attempts</source>
        <translation>keine blockierten Versuche</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="104"/>
        <source>1 blocked attempt, listed first</source>
        <translation>1 blockierter Versuch, zuerst aufgeführt</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="105"/>
        <source>%1 blocked attempts, listed first</source>
        <translation>%1 blockierte Versuche, zuerst aufgeführt</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="108"/>
        <source>1 event in the last 30 days</source>
        <translation>1 Ereignis in den letzten 30 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="109"/>
        <source>%1 events in the last 30 days</source>
        <translation>%1 Ereignisse in den letzten 30 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="110"/>
        <source>%1: %2. %3.</source>
        <translation>%1: %2. %3.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="355"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="357"/>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="359"/>
        <location filename="../ui/sections/sectiontext.cpp" line="400"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="361"/>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="363"/>
        <source>validation error</source>
        <translation>Validierungsfehler</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="365"/>
        <source>approval needed</source>
        <translation>Freigabe nötig</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="374"/>
        <source>trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="376"/>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="378"/>
        <source>search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="380"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="382"/>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="384"/>
        <source>send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="386"/>
        <source>trigger action</source>
        <translation>Aktion ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="388"/>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="390"/>
        <source>approval requested</source>
        <translation>Freigabe angefragt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="392"/>
        <source>approval decided</source>
        <translation>Freigabe entschieden</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="394"/>
        <source>approval expired</source>
        <translation>Freigabe abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="396"/>
        <source>approval withdrawn</source>
        <translation>Freigabe zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="398"/>
        <source>action executed</source>
        <translation>Aktion ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="402"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="404"/>
        <source>run started</source>
        <translation>Lauf gestartet</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="406"/>
        <source>run ended</source>
        <translation>Lauf beendet</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="408"/>
        <source>connector added</source>
        <translation>Konnektor hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="410"/>
        <source>connector changed</source>
        <translation>Konnektor geändert</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="412"/>
        <source>scope changed</source>
        <translation>Umfang geändert</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="414"/>
        <source>powers changed</source>
        <translation>Befugnisse geändert</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="416"/>
        <source>mode changed</source>
        <translation>Freigabemodus geändert</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="418"/>
        <source>connector paused</source>
        <translation>Konnektor pausiert</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="420"/>
        <source>connector resumed</source>
        <translation>Konnektor fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="422"/>
        <source>connector disconnected</source>
        <translation>Konnektor getrennt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="424"/>
        <source>connector reconnected</source>
        <translation>Konnektor wieder verbunden</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="426"/>
        <source>connector retired</source>
        <translation>Konnektor stillgelegt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="428"/>
        <source>review recorded</source>
        <translation>Prüfung erfasst</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="430"/>
        <source>tool discovered</source>
        <translation>Werkzeug entdeckt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="432"/>
        <source>tool changed</source>
        <translation>Werkzeug geändert</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="434"/>
        <source>tool reviewed</source>
        <translation>Werkzeug geprüft</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="436"/>
        <source>approval granted ahead</source>
        <translation>Vorabfreigabe erteilt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="438"/>
        <source>grant revoked</source>
        <translation>Vorabfreigabe widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="440"/>
        <source>role granted</source>
        <translation>Rolle vergeben</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="442"/>
        <source>role revoked</source>
        <translation>Rolle entzogen</translation>
    </message>
</context>
<context>
    <name>airlock::ApprovalCharts</name>
    <message numerus="yes">
        <location filename="../ui/approvalcharts.cpp" line="35"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvalcharts.cpp" line="37"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="39"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvalcharts.cpp" line="40"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="47"/>
        <source>0–1 min</source>
        <translation>0–1 min</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="47"/>
        <source>1–5 min</source>
        <translation>1–5 min</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="48"/>
        <source>5–15 min</source>
        <translation>5–15 min</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="48"/>
        <source>¼–1 h</source>
        <translation>¼–1 h</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="49"/>
        <source>1–4 h</source>
        <translation>1–4 h</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="49"/>
        <source>4 h +</source>
        <translation>4 h +</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="104"/>
        <source>How approval requests ended, last 30 days</source>
        <translation>Ausgang der Freigabeanfragen, letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="107"/>
        <location filename="../ui/approvalcharts.cpp" line="136"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="107"/>
        <location filename="../ui/approvalcharts.cpp" line="136"/>
        <location filename="../ui/approvalcharts.cpp" line="164"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="107"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="107"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="113"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="114"/>
        <location filename="../ui/approvalcharts.cpp" line="171"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="133"/>
        <source>Time to decision, last 30 days</source>
        <translation>Zeit bis zur Entscheidung, letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="141"/>
        <source>From request to decision</source>
        <translation>Von der Anfrage bis zur Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="142"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="160"/>
        <location filename="../ui/approvalcharts.cpp" line="259"/>
        <source>Approve rate per tool, last 90 days</source>
        <translation>Freigabequote je Werkzeug, letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="164"/>
        <source>Approved as asked</source>
        <translation>Wie angefragt freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="164"/>
        <source>Approved with edits</source>
        <translation>Mit Änderungen freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="165"/>
        <source>Expired undecided</source>
        <translation>Unentschieden abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="208"/>
        <source>Time to decision, last 30 days: no decisions</source>
        <translation>Zeit bis zur Entscheidung, letzte 30 Tage: keine Entscheidungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvalcharts.cpp" line="209"/>
        <source>Time to decision, last 30 days · median %1 over %n decision(s)</source>
        <translation>
            <numerusform>Zeit bis zur Entscheidung, letzte 30 Tage · Median %1 aus %n Entscheidung</numerusform>
            <numerusform>Zeit bis zur Entscheidung, letzte 30 Tage · Median %1 aus %n Entscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="226"/>
        <source>%1 (%2): no decisions</source>
        <translation>%1 (%2): keine Entscheidungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvalcharts.cpp" line="227"/>
        <source>%1 (%2): %3% of %n approved</source>
        <translation>
            <numerusform>%1 (%2): %3 % von %n freigegeben</numerusform>
            <numerusform>%1 (%2): %3 % von %n freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvalcharts.cpp" line="233"/>
        <source>%n with edits</source>
        <translation>
            <numerusform>%n mit Änderungen</numerusform>
            <numerusform>%n mit Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="235"/>
        <source>lighter mode?</source>
        <translation>Modus lockern?</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="237"/>
        <source>ambiguous</source>
        <translation>uneindeutig</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="258"/>
        <source>Approve rate per tool, last 90 days: no requests decided</source>
        <translation>Freigabequote je Werkzeug, letzte 90 Tage: keine Anfragen entschieden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvalcharts.cpp" line="261"/>
        <source>(%n more tool(s) with fewer requests not shown)</source>
        <translation>
            <numerusform>(%n weiteres Werkzeug mit weniger Anfragen nicht angezeigt)</numerusform>
            <numerusform>(%n weitere Werkzeuge mit weniger Anfragen nicht angezeigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airlock::ApproveForDialog</name>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="25"/>
        <source>Approve for…</source>
        <translation>Freigeben für…</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="29"/>
        <source>Approve %1 on %2 now, and let calls like it run without asking for a while. The grant is recorded, shown in the connector&apos;s Grants tab, and can be revoked there at any time.</source>
        <translation>%1 auf %2 jetzt freigeben und gleichartige Aufrufe eine Zeit lang ohne Nachfrage laufen lassen. Die Vorabfreigabe wird erfasst, im Reiter „Vorabfreigaben“ des Konnektors angezeigt und kann dort jederzeit widerrufen werden.</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="35"/>
        <source>In this run only (%1 on any target)</source>
        <translation>Nur in diesem Lauf (%1 auf jedem Ziel)</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="38"/>
        <source>%1 on targets matching, in any run:</source>
        <translation>%1 auf passenden Zielen, in jedem Lauf:</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="43"/>
        <source>&apos;*&apos; matches one path segment, &apos;**&apos; any number; it must cover %1</source>
        <translation>„*“ passt auf ein Pfadsegment, „**“ auf beliebig viele; das Muster muss %1 abdecken</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="46"/>
        <source>This request belongs to no run</source>
        <translation>Diese Anfrage gehört zu keinem Lauf</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="64"/>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="67"/>
        <source>Why (optional, recorded with the grant)</source>
        <translation>Warum (optional, wird mit der Vorabfreigabe erfasst)</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="68"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="75"/>
        <source>Approve and grant</source>
        <translation>Freigeben und Vorabfreigabe erteilen</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="103"/>
        <source>Cannot grant: %1</source>
        <translation>Vorabfreigabe nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="110"/>
        <source>%1 will run without asking in run %2 for %3.</source>
        <translation>%1 läuft in Lauf %2 für %3 ohne Nachfrage.</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="112"/>
        <source>%1 on targets matching %2 will run without asking, in any run, for %3.</source>
        <translation>%1 auf Zielen, die %2 entsprechen, läuft in jedem Lauf für %3 ohne Nachfrage.</translation>
    </message>
</context>
<context>
    <name>airlock::AuditEventModel</name>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="127"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="129"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="131"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="133"/>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="135"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="137"/>
        <source>Change and why</source>
        <translation>Änderung und Grund</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="148"/>
        <source>Run triggered</source>
        <translation>Lauf ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="150"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="152"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="154"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="156"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="158"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="160"/>
        <source>Action triggered</source>
        <translation>Aktion ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="162"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="164"/>
        <source>Approval requested</source>
        <translation>Freigabe angefragt</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="166"/>
        <source>Approval decided</source>
        <translation>Freigabe entschieden</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="168"/>
        <source>Approval expired</source>
        <translation>Freigabe abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="170"/>
        <source>Approval withdrawn</source>
        <translation>Freigabe zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="172"/>
        <source>Approved action ran</source>
        <translation>Freigegebene Aktion ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="174"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="176"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="178"/>
        <source>Run started</source>
        <translation>Lauf gestartet</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="180"/>
        <source>Run ended</source>
        <translation>Lauf beendet</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="182"/>
        <source>Connector added</source>
        <translation>Konnektor hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="184"/>
        <source>Connector changed</source>
        <translation>Konnektor geändert</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="186"/>
        <source>Scope changed</source>
        <translation>Umfang geändert</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="188"/>
        <source>Powers changed</source>
        <translation>Befugnisse geändert</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="190"/>
        <location filename="../ui/auditpage.cpp" line="66"/>
        <source>Permission mode changed</source>
        <translation>Freigabemodus geändert</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="192"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="194"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="196"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="198"/>
        <source>Reconnected</source>
        <translation>Wieder verbunden</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="200"/>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="202"/>
        <source>Review recorded</source>
        <translation>Prüfung erfasst</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="204"/>
        <source>Tool discovered</source>
        <translation>Werkzeug entdeckt</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="206"/>
        <source>Tool definition changed</source>
        <translation>Werkzeugdefinition geändert</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="208"/>
        <source>Tool reviewed</source>
        <translation>Werkzeug geprüft</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="210"/>
        <source>Approval granted ahead</source>
        <translation>Vorabfreigabe erteilt</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="212"/>
        <source>Grant revoked</source>
        <translation>Vorabfreigabe widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="214"/>
        <source>Role granted</source>
        <translation>Rolle vergeben</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="216"/>
        <source>Role revoked</source>
        <translation>Rolle entzogen</translation>
    </message>
</context>
<context>
    <name>airlock::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="83"/>
        <source>Only changes to this connector</source>
        <translation>Nur Änderungen an diesem Konnektor</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="89"/>
        <source>Who (identity)</source>
        <translation>Wer (Identität)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="90"/>
        <source>Only changes made by this identity</source>
        <translation>Nur Änderungen durch diese Identität</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="98"/>
        <source>Only this kind of change</source>
        <translation>Nur diese Art von Änderung</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="99"/>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="105"/>
        <source>Only changes made in this period</source>
        <translation>Nur Änderungen in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="106"/>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="107"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="108"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="109"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="110"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="111"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="115"/>
        <source>Search what changed and why</source>
        <translation>Suchen, was sich geändert hat und warum</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="140"/>
        <source>Load More</source>
        <translation>Mehr laden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="142"/>
        <source>Show the next %n older change(s)</source>
        <translation>
            <numerusform>%n weitere ältere Änderung anzeigen</numerusform>
            <numerusform>%n weitere ältere Änderungen anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="144"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="146"/>
        <source>Every change that matches the filters, not only those shown</source>
        <translation>Jede Änderung, die den Filtern entspricht, nicht nur die angezeigten</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="155"/>
        <source>Evidence chain</source>
        <translation>Nachweiskette</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="157"/>
        <source>Verification recomputes every event&apos;s hash from event #1 to the newest, checks that each one links to the one before it, and checks the log against every trusted checkpoint and this machine&apos;s witness. It runs in the background; after each change the console checks only the new events.</source>
        <translation>Die Prüfung berechnet den Hash jedes Ereignisses von Ereignis #1 bis zum neuesten neu, prüft, dass jedes auf das vorige verweist, und prüft das Protokoll gegen jeden vertrauenswürdigen Checkpoint und den Zeugen dieses Rechners. Sie läuft im Hintergrund; nach jeder Änderung prüft die Konsole nur die neuen Ereignisse.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="171"/>
        <source>Verify Evidence Chain</source>
        <translation>Nachweiskette prüfen</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="177"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="183"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="186"/>
        <source>Not yet checked.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="268"/>
        <source>All connectors</source>
        <translation>Alle Konnektoren</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="329"/>
        <source>Cannot read the governance record: %1</source>
        <translation>Das Governance-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="334"/>
        <source>No governance changes match these filters.</source>
        <translation>Keine Governance-Änderungen entsprechen diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="337"/>
        <source>The newest %n change(s); older ones follow with Load More.</source>
        <translation>
            <numerusform>Die %n neueste Änderung; ältere folgen mit „Mehr laden“.</numerusform>
            <numerusform>Die %n neuesten Änderungen; ältere folgen mit „Mehr laden“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="339"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="358"/>
        <source>Export Governance Record</source>
        <translation>Governance-Protokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="359"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="364"/>
        <location filename="../ui/auditpage.cpp" line="370"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="371"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="374"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="386"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="419"/>
        <source>%L1 of %L2 events</source>
        <translation>%L1 von %L2 Ereignissen</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="427"/>
        <source>Cancelled after %L1 of %L2 events: the chain is not checked.</source>
        <translation>Abgebrochen nach %L1 von %L2 Ereignissen: Die Kette ist nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="432"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="432"/>
        <source>Intact: %Ln event(s) checked</source>
        <translation>
            <numerusform>Intakt: %Ln Ereignis geprüft</numerusform>
            <numerusform>Intakt: %Ln Ereignisse geprüft</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="436"/>
        <source>Broken at #%1: %2</source>
        <translation>Unterbrochen bei #%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="444"/>
        <source>Cannot read the events around it: %1</source>
        <translation>Die Ereignisse in seiner Umgebung können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="454"/>
        <source>Cannot verify the evidence chain: %1</source>
        <translation>Die Nachweiskette kann nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>airlock::AuditReport</name>
    <message>
        <location filename="../ui/auditreport.cpp" line="89"/>
        <source>Connector audit report — %1</source>
        <translation>Konnektor-Auditbericht – %1</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="90"/>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="94"/>
        <source>The PDF writer could not start.</source>
        <translation>Die PDF-Ausgabe konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="112"/>
        <location filename="../ui/auditreporthtml.cpp" line="595"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="119"/>
        <source>The PDF writer could not add a page.</source>
        <translation>Die PDF-Ausgabe konnte keine Seite hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="131"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="135"/>
        <source>Airlock audit report · %1 · %2 · %3</source>
        <translation>Airlock-Auditbericht · %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="141"/>
        <source>The PDF writer could not finish.</source>
        <translation>Die PDF-Ausgabe konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="164"/>
        <location filename="../ui/auditreport.cpp" line="180"/>
        <source>Cannot write the audit report to %1: %2</source>
        <translation>Der Auditbericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="176"/>
        <source>Cannot make the audit report: %1</source>
        <translation>Der Auditbericht kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="196"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="198"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="200"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="202"/>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="212"/>
        <source>only important calls need a human: a send, a change not marked non-destructive, or a target that matches a trigger rule.</source>
        <translation>nur wichtige Aufrufe brauchen eine menschliche Freigabe: ein Senden, eine nicht als nicht-destruktiv markierte Änderung oder ein Ziel, das eine Auslöseregel trifft.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="242"/>
        <source>%1 fail, %2 warn</source>
        <translation>%1 nicht erfüllt, %2 mit Warnung</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="244"/>
        <source>%1 fail</source>
        <translation>%1 nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="246"/>
        <source>%1 warn</source>
        <translation>%1 mit Warnung</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="257"/>
        <location filename="../ui/auditreporthtml.cpp" line="715"/>
        <source>Connector audit report</source>
        <translation>Konnektor-Auditbericht</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="258"/>
        <source>Airlock — every connector: purpose, owner, scope, powers, identity, tools, activity, readiness and drift since review</source>
        <translation>Airlock – jeder Konnektor: Zweck, Verantwortliche, Umfang, Befugnisse, Identität, Werkzeuge, Aktivität, Einsatzbereitschaft und Abweichung seit der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="288"/>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="289"/>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="289"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="292"/>
        <source>Author</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="293"/>
        <location filename="../ui/auditreporthtml.cpp" line="318"/>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="294"/>
        <source>%1 in all: %2 active, %3 paused, %4 disconnected, %5 retired</source>
        <translation>%1 insgesamt: %2 aktiv, %3 pausiert, %4 getrennt, %5 stillgelegt</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="297"/>
        <location filename="../ui/auditreporthtml.cpp" line="327"/>
        <location filename="../ui/auditreporthtml.cpp" line="614"/>
        <source>Readiness</source>
        <translation>Einsatzbereitschaft</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="298"/>
        <source>%1 pass</source>
        <translation>%1 erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="299"/>
        <source>%1 with warnings</source>
        <translation>%1 mit Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="300"/>
        <source>%1 failing</source>
        <translation>%1 nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="301"/>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="302"/>
        <source>%1 overdue, %2 never reviewed</source>
        <translation>%1 überfällig, %2 nie geprüft</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="304"/>
        <location filename="../ui/auditreporthtml.cpp" line="526"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="305"/>
        <source>%1 recorded, %2 new or changed since review (blocked until reviewed)</source>
        <translation>%1 erfasst, %2 neu oder seit der Prüfung geändert (blockiert bis zur Prüfung)</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="309"/>
        <source>Pending approvals</source>
        <translation>Offene Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="310"/>
        <source>Blocked calls</source>
        <translation>Blockierte Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="310"/>
        <source>%1 in the last 7 days</source>
        <translation>%1 in den letzten 7 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="312"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="313"/>
        <source>Events on the chain: %1 (head #%2); verify it with &quot;airlockctl verify&quot; or the Audit screen</source>
        <translation>Ereignisse in der Kette: %1 (neuestes: #%2); prüfen Sie sie mit „airlockctl verify“ oder in der Ansicht „Audit“</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="320"/>
        <source>No connectors are recorded in this store.</source>
        <translation>In diesem Speicher sind keine Konnektoren erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="323"/>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="324"/>
        <location filename="../ui/auditreporthtml.cpp" line="382"/>
        <source>Target system</source>
        <translation>Zielsystem</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="325"/>
        <location filename="../ui/auditreporthtml.cpp" line="383"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="326"/>
        <source>Permission mode</source>
        <translation>Freigabemodus</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="328"/>
        <source>Next review</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="335"/>
        <source>(overdue)</source>
        <translation>(überfällig)</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="344"/>
        <source>Each connector follows on its own page, in this order. Verdicts, readiness and drift are computed by Airlock&apos;s policy code from the store as of the time above.</source>
        <translation>Jeder Konnektor folgt in dieser Reihenfolge auf einer eigenen Seite. Entscheidungen, Einsatzbereitschaft und Abweichungen berechnet der Richtliniencode von Airlock aus dem Speicher zum oben angegebenen Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="360"/>
        <source>Readiness:</source>
        <translation>Einsatzbereitschaft:</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="361"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="378"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="380"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="387"/>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="388"/>
        <source>Trust stage</source>
        <translation>Vertrauensstufe</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="389"/>
        <source>Disable path</source>
        <translation>Abschaltweg</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="391"/>
        <source>Rollback plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="397"/>
        <location filename="../ui/auditreporthtml.cpp" line="402"/>
        <source>Last review</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="398"/>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="402"/>
        <source>Never reviewed</source>
        <translation>Nie geprüft</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="406"/>
        <location filename="../ui/auditreporthtml.cpp" line="412"/>
        <source>Next review due</source>
        <translation>Nächste Prüfung fällig</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="407"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="409"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="416"/>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="417"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="422"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="425"/>
        <source>No scope rules are recorded, so nothing is in scope: every call with a target is refused.</source>
        <translation>Keine Umfangsregeln erfasst, daher liegt nichts im Umfang: Jeder Aufruf mit einem Ziel wird abgewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="427"/>
        <source>Rules are checked in order: the last matching rule decides; anything not included is out of scope.</source>
        <translation>Regeln werden der Reihe nach geprüft: Die letzte passende Regel entscheidet; alles nicht Eingeschlossene liegt außerhalb des Umfangs.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="429"/>
        <location filename="../ui/auditreporthtml.cpp" line="478"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="429"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="429"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="435"/>
        <source>include</source>
        <translation>einschließen</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="435"/>
        <source>exclude</source>
        <translation>ausschließen</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="443"/>
        <source>Powers and approval</source>
        <translation>Befugnisse und Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="444"/>
        <source>Permission mode:</source>
        <translation>Freigabemodus:</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="448"/>
        <source>Status: %1. Every call is refused now; the table shows what applies once it is active again.</source>
        <translation>Status: %1. Jeder Aufruf wird derzeit abgewiesen; die Tabelle zeigt, was gilt, sobald er wieder aktiv ist.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="453"/>
        <location filename="../ui/auditreporthtml.cpp" line="538"/>
        <source>Power</source>
        <translation>Befugnis</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="453"/>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="453"/>
        <source>Under this mode</source>
        <translation>In diesem Modus</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="453"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="461"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="466"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="478"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="478"/>
        <source>Target pattern</source>
        <translation>Zielmuster</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="489"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="493"/>
        <source>No identity warnings: it is owned, not shared, rotated on time and revocable.</source>
        <translation>Keine Identitätswarnungen: zugeordnet, nicht geteilt, rechtzeitig rotiert und widerrufbar.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="503"/>
        <source>1 identity warning</source>
        <translation>1 Identitätswarnung</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="504"/>
        <source>%1 identity warnings</source>
        <translation>%1 Identitätswarnungen</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="509"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="510"/>
        <source>Acts as</source>
        <translation>Handelt als</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="511"/>
        <source>On behalf of</source>
        <translation>Im Auftrag von</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="512"/>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="513"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="514"/>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="516"/>
        <source>Credential owner</source>
        <translation>Verantwortlich für Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="517"/>
        <source>Last rotation</source>
        <translation>Letzte Rotation</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="518"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="520"/>
        <source>How to revoke</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="528"/>
        <source>No tools recorded yet: the gateway records each tool the first time the server lists it.</source>
        <translation>Noch keine Werkzeuge erfasst: Das Gateway erfasst jedes Werkzeug, sobald der Server es zum ersten Mal auflistet.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="532"/>
        <source>Tools: %1, all reviewed.</source>
        <translation>Werkzeuge: %1, alle geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="533"/>
        <source>Tools: %1. New or changed since review, and so blocked until reviewed: %2.</source>
        <translation>Werkzeuge: %1. Neu oder seit der Prüfung geändert und daher bis zur Prüfung blockiert: %2.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="538"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="538"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="538"/>
        <source>Since review</source>
        <translation>Seit der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="550"/>
        <source>set by a lead; derived: %1</source>
        <translation>von der Leitung festgelegt; abgeleitet: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="552"/>
        <source>not granted: refused</source>
        <translation>nicht gewährt: abgewiesen</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="560"/>
        <source>first seen %1</source>
        <translation>erstmals gesehen: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="565"/>
        <source>definition %1 → %2</source>
        <translation>Definition %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="582"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="586"/>
        <source>Nothing this connector did or was refused is on record.</source>
        <translation>Für diesen Konnektor sind weder Aktionen noch Abweisungen erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="587"/>
        <source>The most recent events, blocked attempts first (%1 shown). Events in the last 30 days: %2. Blocked calls in the last 7 days: %3.</source>
        <translation>Die letzten Ereignisse, blockierte Versuche zuerst (%1 angezeigt). Ereignisse in den letzten 30 Tagen: %2. Blockierte Aufrufe in den letzten 7 Tagen: %3.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="592"/>
        <source>When, who</source>
        <translation>Wann, wer</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="593"/>
        <source>Event and result</source>
        <translation>Ereignis und Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="594"/>
        <source>Tool and target</source>
        <translation>Werkzeug und Ziel</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="616"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="616"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="616"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="628"/>
        <source>Drift since review</source>
        <translation>Abweichung seit der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="631"/>
        <source>Never reviewed: everything is unreviewed</source>
        <translation>Nie geprüft: nichts ist geprüft</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="632"/>
        <source>Its powers, scope, identity and tools have not been looked at by a reviewer. Recording a review snapshots them; drift is measured from then on.</source>
        <translation>Befugnisse, Umfang, Identität und Werkzeuge hat sich noch kein Prüfer und keine Prüferin angesehen. Eine erfasste Prüfung hält ihren Stand fest; ab dann wird die Abweichung gemessen.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="637"/>
        <source>Last review: %1 by %2.</source>
        <translation>Letzte Prüfung: %1 durch %2.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="641"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="645"/>
        <source>The review&apos;s snapshot cannot be read, so drift is unknown: %1</source>
        <translation>Der festgehaltene Stand der Prüfung kann nicht gelesen werden, daher ist die Abweichung unbekannt: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="651"/>
        <source>No changes since the review on %1.</source>
        <translation>Keine Änderungen seit der Prüfung am %1.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="653"/>
        <source>1 change since the review on %1.</source>
        <translation>1 Änderung seit der Prüfung am %1.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="654"/>
        <source>%1 changes since the review on %2.</source>
        <translation>%1 Änderungen seit der Prüfung am %2.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="665"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="665"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="665"/>
        <source>At review</source>
        <translation>Bei der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="665"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>airlock::ChangeDiffView</name>
    <message>
        <location filename="../ui/changediffview.cpp" line="51"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="52"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="85"/>
        <source>(nothing: this change creates it)</source>
        <translation>(nichts: diese Änderung legt es an)</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="87"/>
        <source>(nothing: this change deletes it)</source>
        <translation>(nichts: diese Änderung löscht es)</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="89"/>
        <source>Before and after are the same.</source>
        <translation>Vorher und nachher sind gleich.</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="90"/>
        <source>1 line differs</source>
        <translation>1 Zeile unterscheidet sich</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="91"/>
        <source>%1 lines differ</source>
        <translation>%1 Zeilen unterscheiden sich</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="94"/>
        <source>; changed: %1</source>
        <translation>; geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="96"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
</context>
<context>
    <name>airlock::CheckpointList</name>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="24"/>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>Root</source>
        <translation>Wurzel</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>Signer key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>Trusted here</source>
        <translation>Hier vertraut</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="40"/>
        <source>Not yet checked.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="67"/>
        <source>This machine&apos;s witness: the newest checkpoint it has seen of this store</source>
        <translation>Der Zeuge dieses Rechners: der neueste Checkpoint, den er von diesem Speicher gesehen hat</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="75"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="77"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="77"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="78"/>
        <source>Signed by this machine&apos;s key or one under trusted-keys/</source>
        <translation>Signiert mit dem Schlüssel dieses Rechners oder einem unter trusted-keys/</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="79"/>
        <source>This machine does not trust the key: put its public key under trusted-keys/ to check it</source>
        <translation>Dieser Rechner vertraut dem Schlüssel nicht: Legen Sie seinen öffentlichen Schlüssel unter trusted-keys/ ab, um ihn zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="84"/>
        <source>No checkpoint yet: `airlockctl checkpoint` signs one.</source>
        <translation>Noch kein Checkpoint: `airlockctl checkpoint` signiert einen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checkpointlist.cpp" line="86"/>
        <source>%n checkpoint(s).</source>
        <translation>
            <numerusform>%n Checkpoint.</numerusform>
            <numerusform>%n Checkpoints.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="96"/>
        <source>Cannot read the checkpoints: %1</source>
        <translation>Die Checkpoints können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>airlock::ConnectorDetail</name>
    <message>
        <location filename="../ui/connectordetail.cpp" line="33"/>
        <source>Select a connector to see what it may touch, what needs a human, which identity it acts as, and what evidence it left.</source>
        <translation>Wählen Sie einen Konnektor, um zu sehen, worauf er zugreifen darf, was eine menschliche Freigabe braucht, als welche Identität er handelt und welche Nachweise er hinterlassen hat.</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="66"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="67"/>
        <source>Refuse every call through this connector now (Ctrl+D)</source>
        <translation>Jeden Aufruf über diesen Konnektor sofort abweisen (Strg+D)</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="74"/>
        <source>Re&amp;connect…</source>
        <translation>&amp;Wieder verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="75"/>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausieren…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="76"/>
        <source>Res&amp;ume…</source>
        <translation>&amp;Fortsetzen…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="77"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="78"/>
        <source>Change the permission mode, powers or scope rules (Ctrl+E)</source>
        <translation>Freigabemodus, Befugnisse oder Umfangsregeln ändern (Strg+E)</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="80"/>
        <source>Record &amp;Review…</source>
        <translation>Prüfung &amp;erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="81"/>
        <source>Re&amp;tire…</source>
        <translation>&amp;Stilllegen…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="123"/>
        <source>%1 · %2 · owned by %3</source>
        <translation>%1 · %2 · verantwortlich: %3</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="125"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="159"/>
        <source>Your login &apos;%1&apos; has the role %2 on this shared store: this needs the lead role.</source>
        <translation>Ihre Anmeldung &apos;%1&apos; hat in diesem gemeinsamen Speicher die Rolle %2: dafür ist die Rolle Lead nötig.</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="149"/>
        <source>Your login &apos;%1&apos; has the role %2 on this shared store: pausing, resuming and disconnecting need the owner or lead role.</source>
        <translation>Ihre Anmeldung &apos;%1&apos; hat in diesem gemeinsamen Speicher die Rolle %2: Pausieren, Fortsetzen und Trennen erfordern die Rolle Owner oder Lead.</translation>
    </message>
</context>
<context>
    <name>airlock::ConnectorEditDialog</name>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="23"/>
        <source>Always ask — every call waits for a human</source>
        <translation>Immer fragen – jeder Aufruf wartet auf einen Menschen</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="24"/>
        <source>Any changes — everything but read and search waits</source>
        <translation>Bei Änderungen – alles außer Lesen und Suchen wartet</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="25"/>
        <source>Important actions — only calls that match a trigger wait</source>
        <translation>Wichtige Aktionen – nur Aufrufe, die einen Auslöser treffen, warten</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="26"/>
        <source>Never ask — earned autonomy, narrow and monitored</source>
        <translation>Nie fragen – verdiente Autonomie, eng begrenzt und überwacht</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="37"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="59"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="59"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="68"/>
        <source>Add include</source>
        <translation>Einschluss hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="71"/>
        <source>Add exclude</source>
        <translation>Ausschluss hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="74"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="81"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="83"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="92"/>
        <source>Why this change? (required, kept as evidence)</source>
        <translation>Warum diese Änderung? (erforderlich, wird als Nachweis gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="96"/>
        <source>Permission mode:</source>
        <translation>Freigabemodus:</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="97"/>
        <source>Powers granted:</source>
        <translation>Gewährte Befugnisse:</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="100"/>
        <source>Scope rules, in order (the last matching rule decides; anything not included is out of scope):</source>
        <translation>Umfangsregeln der Reihe nach (die letzte passende Regel entscheidet; alles nicht Eingeschlossene liegt außerhalb des Umfangs):</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="105"/>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="108"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="123"/>
        <source>include</source>
        <translation>einschließen</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="124"/>
        <source>exclude</source>
        <translation>ausschließen</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="184"/>
        <source>Nothing changed yet</source>
        <translation>Noch nichts geändert</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="184"/>
        <source>Give a reason first</source>
        <translation>Geben Sie zuerst eine Begründung an</translation>
    </message>
</context>
<context>
    <name>airlock::ConnectorTableModel</name>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="286"/>
        <source>Disconnect…</source>
        <translation>Trennen…</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="287"/>
        <source>Reconnect…</source>
        <translation>Wieder verbinden…</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="301"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="314"/>
        <source>%1 fail, %2 warn</source>
        <translation>%1 nicht erfüllt, %2 mit Warnung</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="315"/>
        <source>%1 fail</source>
        <translation>%1 nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="316"/>
        <source>%1 warn</source>
        <translation>%1 mit Warnung</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="316"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="318"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="172"/>
        <location filename="../core/inventory/connectortablemodel.cpp" line="322"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="21"/>
        <source>document source</source>
        <translation>Dokumentquelle</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="23"/>
        <source>business app</source>
        <translation>Geschäftsanwendung</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="25"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="27"/>
        <source>communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="29"/>
        <source>workflow tool</source>
        <translation>Workflow-Werkzeug</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="31"/>
        <source>device or facility</source>
        <translation>Gerät oder Anlage</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="40"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="42"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="44"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="46"/>
        <location filename="../core/inventory/connectortablemodel.cpp" line="67"/>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="55"/>
        <source>requested</source>
        <translation>beantragt</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="57"/>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="59"/>
        <source>limited</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="61"/>
        <source>monitored</source>
        <translation>überwacht</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="63"/>
        <source>reassess</source>
        <translation>neu zu bewerten</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="65"/>
        <source>reduced</source>
        <translation>reduziert</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="76"/>
        <source>observe</source>
        <translation>beobachten</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="78"/>
        <location filename="../core/inventory/connectortablemodel.cpp" line="97"/>
        <source>draft</source>
        <translation>entwerfen</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="80"/>
        <source>propose</source>
        <translation>vorschlagen</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="82"/>
        <source>act with approval</source>
        <translation>mit Freigabe handeln</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="84"/>
        <source>scoped autonomy</source>
        <translation>begrenzte Autonomie</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="93"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="95"/>
        <source>search</source>
        <translation>suchen</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="99"/>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="101"/>
        <source>send</source>
        <translation>senden</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="103"/>
        <source>trigger</source>
        <translation>auslösen</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="112"/>
        <source>always ask</source>
        <translation>immer fragen</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="114"/>
        <source>any changes</source>
        <translation>bei Änderungen</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="116"/>
        <source>important actions</source>
        <translation>wichtige Aktionen</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="118"/>
        <source>never ask</source>
        <translation>nie fragen</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="127"/>
        <source>Every call waits for a human.</source>
        <translation>Jeder Aufruf wartet auf einen Menschen.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="129"/>
        <source>Reads and searches run; every change waits for a human.</source>
        <translation>Lesen und Suchen laufen; jede Änderung wartet auf einen Menschen.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="131"/>
        <source>Only calls that match an approval trigger wait for a human.</source>
        <translation>Nur Aufrufe, die einen Freigabe-Auslöser treffen, warten auf einen Menschen.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="133"/>
        <source>Nothing waits for a human: earned autonomy, narrow and monitored.</source>
        <translation>Nichts wartet auf einen Menschen: verdiente Autonomie, eng begrenzt und überwacht.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="142"/>
        <source>service principal</source>
        <translation>Dienstprinzipal</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="144"/>
        <source>delegated user</source>
        <translation>delegierter Benutzer</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="146"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="148"/>
        <source>OAuth app</source>
        <translation>OAuth-App</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="150"/>
        <source>platform managed</source>
        <translation>plattformverwaltet</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="178"/>
        <source>no rules: nothing in scope</source>
        <translation>keine Regeln: nichts im Umfang</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="187"/>
        <source>+%1 −%2 rules</source>
        <translation>+%1 −%2 Regeln</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="336"/>
        <source>No purpose stated.</source>
        <translation>Kein Zweck angegeben.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="337"/>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="337"/>
        <location filename="../core/inventory/connectortablemodel.cpp" line="346"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/inventory/connectortablemodel.cpp" line="339"/>
        <source>%n approval request(s) pending</source>
        <translation>
            <numerusform>%n Freigabeanfrage offen</numerusform>
            <numerusform>%n Freigabeanfragen offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/inventory/connectortablemodel.cpp" line="341"/>
        <source>%n tool(s) new or changed since the last review</source>
        <translation>
            <numerusform>%n Werkzeug seit der letzten Prüfung neu oder geändert</numerusform>
            <numerusform>%n Werkzeuge seit der letzten Prüfung neu oder geändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="345"/>
        <source>%1
Kind: %2
Transport: %3</source>
        <translation>%1
Art: %2
Transport: %3</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="349"/>
        <source>%1
Lifecycle: %2
Trust: %3</source>
        <translation>%1
Lebenszyklus: %2
Vertrauen: %3</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="352"/>
        <source>Granted: %1
Highest: %2</source>
        <translation>Gewährt: %1
Höchste: %2</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="354"/>
        <source>No powers granted: every call is refused.</source>
        <translation>Keine Befugnisse gewährt: Jeder Aufruf wird abgewiesen.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="360"/>
        <source>no principal stated</source>
        <translation>kein Prinzipal angegeben</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="362"/>
        <source>On behalf of: %1</source>
        <translation>Im Auftrag von: %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="364"/>
        <source>Shared with other systems</source>
        <translation>Mit anderen Systemen geteilt</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="369"/>
        <source>No scope rules: nothing is in scope.</source>
        <translation>Keine Umfangsregeln: Nichts liegt im Umfang.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="372"/>
        <source>include %1</source>
        <translation>einschließen: %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="372"/>
        <source>exclude %1</source>
        <translation>ausschließen: %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="377"/>
        <source>Every checklist area passes</source>
        <translation>Alle Bereiche der Checkliste sind erfüllt</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="380"/>
        <source>Never reviewed</source>
        <translation>Nie geprüft</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="381"/>
        <source>Reviewed by %1 at %2</source>
        <translation>Geprüft von %1 am %2</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="382"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="386"/>
        <source>No next review set</source>
        <translation>Keine nächste Prüfung festgelegt</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="387"/>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="388"/>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="391"/>
        <source>Last evidence event at %1</source>
        <translation>Letztes Nachweisereignis am %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="392"/>
        <source>No evidence recorded</source>
        <translation>Keine Nachweise erfasst</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/inventory/connectortablemodel.cpp" line="394"/>
        <source>%n blocked attempt(s) in the last 7 days</source>
        <translation>
            <numerusform>%n blockierter Versuch in den letzten 7 Tagen</numerusform>
            <numerusform>%n blockierte Versuche in den letzten 7 Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="397"/>
        <source>Reconnect %1: a deliberate, recorded decision</source>
        <translation>%1 wieder verbinden: eine bewusste, erfasste Entscheidung</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="399"/>
        <source>Retired connectors stay disconnected</source>
        <translation>Stillgelegte Konnektoren bleiben getrennt</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="400"/>
        <source>Disconnect %1 now: every call through it is refused</source>
        <translation>%1 jetzt trennen: Jeder Aufruf darüber wird abgewiesen</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="447"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="449"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="451"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="453"/>
        <source>Powers</source>
        <translation>Befugnisse</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="455"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="457"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="459"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="461"/>
        <source>Readiness</source>
        <translation>Einsatzbereitschaft</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="463"/>
        <source>Last review</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="465"/>
        <source>Next review</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="467"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="469"/>
        <source>Blocked (7 d)</source>
        <translation>Blockiert (7 T)</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="471"/>
        <source>Kill switch</source>
        <translation>Notabschaltung</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="477"/>
        <source>Permission mode: when a human must approve a call</source>
        <translation>Freigabemodus: wann ein Mensch einen Aufruf freigeben muss</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="479"/>
        <source>Include and exclude rules, and the first included path</source>
        <translation>Ein- und Ausschlussregeln sowie der erste eingeschlossene Pfad</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="481"/>
        <source>When the next review is due</source>
        <translation>Wann die nächste Prüfung fällig ist</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="483"/>
        <source>The connector&apos;s newest evidence event</source>
        <translation>Das neueste Nachweisereignis des Konnektors</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="485"/>
        <source>Blocked attempts in the last 7 days</source>
        <translation>Blockierte Versuche in den letzten 7 Tagen</translation>
    </message>
</context>
<context>
    <name>airlock::ConnectorsPage</name>
    <message>
        <location filename="../ui/connectorspage.cpp" line="53"/>
        <source>Search connectors (Ctrl+F)</source>
        <translation>Konnektoren suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="63"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="72"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="75"/>
        <source>Export PDF report…</source>
        <translation>PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="134"/>
        <source>Disconnect %1…</source>
        <translation>%1 trennen…</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="137"/>
        <source>Record Review…</source>
        <translation>Prüfung erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="182"/>
        <source>Loading the inventory…</source>
        <translation>Inventar wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="192"/>
        <source>Cannot read the inventory: %1</source>
        <translation>Das Inventar kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectorspage.cpp" line="216"/>
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n Konnektor</numerusform>
            <numerusform>%n Konnektoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectorspage.cpp" line="217"/>
        <source>%n with drift</source>
        <translation>
            <numerusform>%n mit Abweichung</numerusform>
            <numerusform>%n mit Abweichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectorspage.cpp" line="218"/>
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n Prüfung überfällig</numerusform>
            <numerusform>%n Prüfungen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectorspage.cpp" line="219"/>
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n getrennt</numerusform>
            <numerusform>%n getrennt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="276"/>
        <location filename="../ui/connectorspage.cpp" line="284"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="294"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="295"/>
        <location filename="../ui/connectorspage.cpp" line="312"/>
        <source>Reason (required, kept as evidence):</source>
        <translation>Begründung (erforderlich, wird als Nachweis gespeichert):</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="295"/>
        <source>Reason (kept as evidence):</source>
        <translation>Begründung (wird als Nachweis gespeichert):</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="300"/>
        <source>A reason is required to %1 a connector.</source>
        <translation>Für „%1“ ist bei einem Konnektor eine Begründung erforderlich.</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="311"/>
        <source>Revoke grant on %1</source>
        <translation>Vorabfreigabe für %1 widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="317"/>
        <location filename="../ui/connectorspage.cpp" line="321"/>
        <source>Revoke grant</source>
        <translation>Vorabfreigabe widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="317"/>
        <source>A reason is required to revoke a grant.</source>
        <translation>Zum Widerrufen einer Vorabfreigabe ist eine Begründung erforderlich.</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="329"/>
        <source>Record review of %1</source>
        <translation>Prüfung von %1 erfassen</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="330"/>
        <source>What did you review? Recording snapshots the connector and marks its tools reviewed.</source>
        <translation>Was haben Sie geprüft? Beim Erfassen wird der Stand des Konnektors festgehalten, und seine Werkzeuge werden als geprüft markiert.</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="335"/>
        <source>Record review</source>
        <translation>Prüfung erfassen</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="343"/>
        <location filename="../ui/connectorspage.cpp" line="355"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="361"/>
        <source>Export connectors</source>
        <translation>Konnektoren exportieren</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="362"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="367"/>
        <location filename="../ui/connectorspage.cpp" line="372"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="372"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="377"/>
        <source>Export audit report</source>
        <translation>Auditbericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="379"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="383"/>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
</context>
<context>
    <name>airlock::DisconnectDialog</name>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="31"/>
        <source>Disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="34"/>
        <source>&lt;b&gt;Disconnect %1?&lt;/b&gt; Every call through it will be refused at once, by every console, gateway and script that uses this store. Reconnecting later is a separate, recorded decision.</source>
        <translation>&lt;b&gt;%1 trennen?&lt;/b&gt; Jeder Aufruf darüber wird sofort abgewiesen – von jeder Konsole, jedem Gateway und jedem Skript, die diesen Speicher nutzen. Ein späteres Wiederverbinden ist eine eigene, erfasste Entscheidung.</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="44"/>
        <source>%1 on %2 — requested by %3</source>
        <translation>%1 auf %2 – angefragt von %3</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="46"/>
        <source>No pending approval requests will be affected.</source>
        <translation>Keine offenen Freigabeanfragen sind betroffen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disconnectdialog.cpp" line="47"/>
        <source>%n pending approval request(s) will be withdrawn:</source>
        <translation>
            <numerusform>%n offene Freigabeanfrage wird zurückgezogen:</numerusform>
            <numerusform>%n offene Freigabeanfragen werden zurückgezogen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="54"/>
        <source>%1 (%2), started %3</source>
        <translation>%1 (%2), gestartet am %3</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="56"/>
        <source>No runs are in flight on it.</source>
        <translation>Derzeit laufen keine Läufe über ihn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disconnectdialog.cpp" line="57"/>
        <source>%n run(s) in flight will be refused their next call:</source>
        <translation>
            <numerusform>%n laufender Lauf wird beim nächsten Aufruf abgewiesen:</numerusform>
            <numerusform>%n laufende Läufe werden beim nächsten Aufruf abgewiesen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="65"/>
        <source>It has no recorded tools.</source>
        <translation>Für ihn sind keine Werkzeuge erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="66"/>
        <source>These tools stop working: %1</source>
        <translation>Diese Werkzeuge funktionieren dann nicht mehr: %1</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="70"/>
        <source>Reason (kept as evidence):</source>
        <translation>Begründung (wird als Nachweis gespeichert):</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="78"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
</context>
<context>
    <name>airlock::DriftSection</name>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="563"/>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="33"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="33"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="33"/>
        <source>At review</source>
        <translation>Bei der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="33"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="43"/>
        <source>Drift since review</source>
        <translation>Abweichung seit der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="54"/>
        <source>Never reviewed: everything is unreviewed</source>
        <translation>Nie geprüft: nichts ist geprüft</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="55"/>
        <source>Its powers, scope, identity and tools have not been looked at by a reviewer. Recording a review snapshots them; drift is measured from then on.</source>
        <translation>Befugnisse, Umfang, Identität und Werkzeuge hat sich noch kein Prüfer und keine Prüferin angesehen. Eine erfasste Prüfung hält ihren Stand fest; ab dann wird die Abweichung gemessen.</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="62"/>
        <source>Last review: %1 by %2.</source>
        <translation>Letzte Prüfung: %1 durch %2.</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="68"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="74"/>
        <source>The review&apos;s snapshot cannot be read, so drift is unknown: %1</source>
        <translation>Der festgehaltene Stand der Prüfung kann nicht gelesen werden, daher ist die Abweichung unbekannt: %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="81"/>
        <source>No changes since the review on %1.</source>
        <translation>Keine Änderungen seit der Prüfung am %1.</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="85"/>
        <source>1 change since the review on %1.</source>
        <translation>1 Änderung seit der Prüfung am %1.</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="86"/>
        <source>%1 changes since the review on %2.</source>
        <translation>%1 Änderungen seit der Prüfung am %2.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="531"/>
        <source>Power granted</source>
        <translation>Befugnis gewährt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="533"/>
        <source>Power removed</source>
        <translation>Befugnis entzogen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="535"/>
        <source>Scope widened</source>
        <translation>Umfang erweitert</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="537"/>
        <source>Scope narrowed</source>
        <translation>Umfang eingeschränkt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="539"/>
        <source>Scope rules reordered</source>
        <translation>Umfangsregeln umsortiert</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="541"/>
        <source>Permission mode relaxed</source>
        <translation>Freigabemodus gelockert</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="543"/>
        <source>Permission mode tightened</source>
        <translation>Freigabemodus verschärft</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="545"/>
        <source>Approval triggers changed</source>
        <translation>Freigabe-Auslöser geändert</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="547"/>
        <source>Identity changed</source>
        <translation>Identität geändert</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="549"/>
        <source>Tool added</source>
        <translation>Werkzeug hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="551"/>
        <source>Tool removed</source>
        <translation>Werkzeug entfernt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="553"/>
        <source>Tool definition changed</source>
        <translation>Werkzeugdefinition geändert</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="555"/>
        <source>Tool power changed</source>
        <translation>Befugnis des Werkzeugs geändert</translation>
    </message>
</context>
<context>
    <name>airlock::GrantsSection</name>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="33"/>
        <source>Covers</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="33"/>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="33"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="33"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="33"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="41"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="43"/>
        <source>End the selected grant now: calls it covered will ask a human again</source>
        <translation>Ausgewählte Vorabfreigabe sofort beenden: Aufrufe, die sie abdeckte, warten wieder auf einen Menschen</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="58"/>
        <source>Grants</source>
        <translation>Vorabfreigaben</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="89"/>
        <source>%1 in run %2 (targets %3)</source>
        <translation>%1 in Lauf %2 (Ziele %3)</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="90"/>
        <source>%1 on %2, any run</source>
        <translation>%1 auf %2, jeder Lauf</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="92"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="96"/>
        <source>revoked by %1 at %2: %3</source>
        <translation>widerrufen von %1 am %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="99"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="101"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="110"/>
        <source>No grants: every call this connector&apos;s mode holds waits for a human. &quot;Approve for…&quot; in the Inbox gives one.</source>
        <translation>Keine Vorabfreigaben: Jeder Aufruf, den der Modus dieses Konnektors anhält, wartet auf einen Menschen. „Freigeben für…“ im Eingang erteilt eine.</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="113"/>
        <source>%1 active, %2 ended. An active grant lets matching calls run without asking until it expires or is revoked.</source>
        <translation>%1 aktiv, %2 beendet. Eine aktive Vorabfreigabe lässt passende Aufrufe ohne Nachfrage laufen, bis sie abläuft oder widerrufen wird.</translation>
    </message>
</context>
<context>
    <name>airlock::IdentitySection</name>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="42"/>
        <source>Identity warnings</source>
        <translation>Identitätswarnungen</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="50"/>
        <source>No identity warnings: it is owned, not shared, rotated on time and revocable.</source>
        <translation>Keine Identitätswarnungen: zugeordnet, nicht geteilt, rechtzeitig rotiert und widerrufbar.</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="68"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="69"/>
        <source>Acts as:</source>
        <translation>Handelt als:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="70"/>
        <source>On behalf of:</source>
        <translation>Im Auftrag von:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="71"/>
        <source>Approved by:</source>
        <translation>Freigegeben von:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="72"/>
        <source>Permissions:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="73"/>
        <source>Shared:</source>
        <translation>Geteilt:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="74"/>
        <source>Credential owner:</source>
        <translation>Verantwortlich für Zugangsdaten:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="75"/>
        <source>Last rotation:</source>
        <translation>Letzte Rotation:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="76"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="77"/>
        <source>How to revoke:</source>
        <translation>Widerruf:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="83"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="106"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="208"/>
        <source>Yes: other systems use the same identity</source>
        <translation>Ja: Andere Systeme nutzen dieselbe Identität</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="209"/>
        <source>No: only this connector uses it</source>
        <translation>Nein: Nur dieser Konnektor nutzt sie</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="216"/>
        <location filename="../ui/sections/sectiontext.cpp" line="224"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="224"/>
        <source>%1 (expired %2)</source>
        <translation>%1 (abgelaufen, %2)</translation>
    </message>
</context>
<context>
    <name>airlock::InboxModel</name>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="32"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="34"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="36"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="37"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="60"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="79"/>
        <source>Requested %1</source>
        <translation>Angefragt: %1</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="82"/>
        <source>Expires %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="86"/>
        <source>%1 (you: someone else must decide)</source>
        <translation>%1 (Sie: jemand anderes muss entscheiden)</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="114"/>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="116"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="118"/>
        <source>Power</source>
        <translation>Befugnis</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="120"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="122"/>
        <source>Requester</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="124"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="126"/>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
</context>
<context>
    <name>airlock::InboxPage</name>
    <message>
        <location filename="../ui/inboxpage.cpp" line="100"/>
        <source>Loading the queue…</source>
        <translation>Warteschlange wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="127"/>
        <source>J/K or ↓/↑: next/previous request</source>
        <translation>J/K oder ↓/↑: nächste/vorherige Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="129"/>
        <source>J/K or ↓/↑ next/previous · O or Enter open the evidence · A approve · E edit · R reject · G approve for…</source>
        <translation>J/K, ↓/↑ wechseln · O/Enter Nachweise · A freigeben · E bearbeiten · R ablehnen · G freigeben für…</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="164"/>
        <source>Approve  [A]</source>
        <translation>Freigeben  [A]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="165"/>
        <location filename="../ui/inboxpage.cpp" line="549"/>
        <source>Let exactly these arguments run once (A)</source>
        <translation>Genau diese Argumente einmal laufen lassen (A)</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="167"/>
        <source>Edit and approve…  [E]</source>
        <translation>Bearbeiten und freigeben…  [E]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="168"/>
        <location filename="../ui/inboxpage.cpp" line="551"/>
        <source>Change the arguments, then approve what you wrote (E)</source>
        <translation>Argumente ändern, dann das Geschriebene freigeben (E)</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="169"/>
        <source>Reject…  [R]</source>
        <translation>Ablehnen…  [R]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="169"/>
        <location filename="../ui/inboxpage.cpp" line="552"/>
        <source>Refuse it, with a reason (R)</source>
        <translation>Mit Begründung ablehnen (R)</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="171"/>
        <source>Approve for…  [G]</source>
        <translation>Freigeben für…  [G]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="172"/>
        <location filename="../ui/inboxpage.cpp" line="554"/>
        <source>Approve, and let calls like it run without asking for a while (G)</source>
        <translation>Freigeben und gleichartige Aufrufe eine Zeit lang ohne Nachfrage laufen lassen (G)</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="180"/>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="183"/>
        <source>Why it must not run (required; the requester sees it)</source>
        <translation>Warum der Aufruf nicht laufen darf (Pflicht; wird dem Anfragenden angezeigt)</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="184"/>
        <source>Reject  [Enter]</source>
        <translation>Ablehnen  [Enter]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="186"/>
        <location filename="../ui/inboxpage.cpp" line="209"/>
        <source>Cancel  [Esc]</source>
        <translation>Abbrechen  [Esc]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="200"/>
        <source>Arguments to approve (JSON object):</source>
        <translation>Freizugebende Argumente (JSON-Objekt):</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="207"/>
        <source>Approve edited  [Ctrl+Enter]</source>
        <translation>Geändert freigeben  [Strg+Enter]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="284"/>
        <source>Cannot read the queue: %1</source>
        <translation>Die Warteschlange kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="329"/>
        <source>No requests are waiting. New ones appear here as soon as they are made.</source>
        <translation>Keine Anfragen warten. Neue erscheinen hier, sobald sie gestellt werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inboxpage.cpp" line="333"/>
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n Anfrage wartet</numerusform>
            <numerusform>%n Anfragen warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="334"/>
        <source>the next expires in %1</source>
        <translation>die nächste läuft in %1 ab</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="389"/>
        <source>Nothing to decide. Requests from agents and workflows appear here live.</source>
        <translation>Nichts zu entscheiden. Anfragen von Agenten und Workflows erscheinen hier sofort.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="415"/>
        <source>%1 on %2 expired at %3 undecided; it left the queue.</source>
        <translation>%1 auf %2 ist am %3 unentschieden abgelaufen und hat die Warteschlange verlassen.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="418"/>
        <source>%1 on %2 was withdrawn by %3 at %4: %5</source>
        <translation>%1 auf %2 wurde am %4 von %3 zurückgezogen: %5</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="433"/>
        <source>Cannot read this request: %1</source>
        <translation>Diese Anfrage kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="709"/>
        <source>You (%1) requested this one; someone else must decide it.</source>
        <translation>Sie (%1) haben diese Anfrage gestellt; jemand anderes muss sie entscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="561"/>
        <source>Your login &apos;%1&apos; has the role %2 on this shared store: deciding needs the reviewer or lead role (ask a lead to run &apos;airlockctl admin grant %1 reviewer&apos;).</source>
        <translation>Ihre Anmeldung &apos;%1&apos; hat in diesem gemeinsamen Speicher die Rolle %2: Entscheiden erfordert die Rolle Reviewer oder Lead (ein Lead kann &apos;airlockctl admin grant %1 reviewer&apos; ausführen).</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="421"/>
        <source>%1 on %2 was %3 by %4 at %5 elsewhere; it left the queue.</source>
        <translation>%1 auf %2 wurde anderswo entschieden: %3 von %4 am %5; die Anfrage hat den Eingang verlassen.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="425"/>
        <source>Nothing else was decided: the selection moved to the next request, which you have not chosen yet.</source>
        <translation>Sonst wurde nichts entschieden: Die Auswahl ist zur nächsten Anfrage gesprungen, die Sie noch nicht gewählt haben.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="479"/>
        <source>The request you had open left the queue and the selection moved by itself. Choose this one first (click it, or press J/K or Enter) to decide it.</source>
        <translation>Die Anfrage, die Sie offen hatten, hat den Eingang verlassen, und die Auswahl ist von selbst weitergesprungen. Wählen Sie diese Anfrage zuerst (anklicken oder J/K oder Enter drücken), um sie zu entscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="500"/>
        <source>Approving will not make it run: the policy now refuses this call (%1).</source>
        <translation>Eine Genehmigung führt den Aufruf nicht aus: Die Richtlinie lehnt ihn jetzt ab (%1).</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="607"/>
        <source>A rejection needs a reason: say why it must not run.</source>
        <translation>Eine Ablehnung braucht eine Begründung: Sagen Sie, warum der Aufruf nicht laufen darf.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="629"/>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="632"/>
        <source>Unchanged: approving records the original arguments as edited.</source>
        <translation>Unverändert: Beim Freigeben werden die ursprünglichen Argumente als bearbeitet erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="635"/>
        <source>Valid JSON; what you approve is recorded with its hash.</source>
        <translation>Gültiges JSON; was Sie freigeben, wird mit seinem Hash erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="689"/>
        <source>Approved %1 on %2 with edited arguments.</source>
        <translation>%1 auf %2 mit bearbeiteten Argumenten freigegeben.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="689"/>
        <source>Approved %1 on %2.</source>
        <translation>%1 auf %2 freigegeben.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="691"/>
        <source>Rejected %1 on %2: %3</source>
        <translation>%1 auf %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="693"/>
        <source>It will not run: the policy now refuses this call (%1).</source>
        <translation>Er wird nicht ausgeführt: Die Richtlinie lehnt diesen Aufruf jetzt ab (%1).</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="697"/>
        <source>Calls like it may run without asking for %1 (see the connector&apos;s Grants tab).</source>
        <translation>Gleichartige Aufrufe dürfen %1 lang ohne Nachfrage laufen (siehe Reiter „Vorabfreigaben“ des Konnektors).</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="721"/>
        <source>Already %1 by %2 at %3: your decision was not recorded.</source>
        <translation>Bereits entschieden (%1) von %2 am %3: Ihre Entscheidung wurde nicht erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="723"/>
        <source>Someone else decided it first: %1</source>
        <translation>Jemand anderes hat zuerst entschieden: %1</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="729"/>
        <source>Expired at %1: it can no longer be decided.</source>
        <translation>Am %1 abgelaufen: Die Anfrage kann nicht mehr entschieden werden.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="733"/>
        <source>Not recorded: %1</source>
        <translation>Nicht erfasst: %1</translation>
    </message>
</context>
<context>
    <name>airlock::InsightsPage</name>
    <message>
        <location filename="../ui/insightspage.cpp" line="54"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="56"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="58"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="60"/>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="69"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="71"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="73"/>
        <source>Draft</source>
        <translation>Entwerfen</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="75"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="77"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="79"/>
        <source>Trigger</source>
        <translation>Auslösen</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="81"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="89"/>
        <source>Pass</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="91"/>
        <source>Warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="93"/>
        <source>Fail</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/chartsupport.cpp" line="67"/>
        <source>d MMM</source>
        <comment>short date on chart axes</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="175"/>
        <source>No connectors in this store yet. Once connectors are added (for example with airlockctl connector apply), their status, powers, readiness, reviews and blocked attempts appear here.</source>
        <translation>Noch keine Konnektoren in diesem Speicher. Sobald Konnektoren hinzugefügt sind (zum Beispiel mit airlockctl connector apply), erscheinen hier ihr Status, ihre Befugnisse, ihre Einsatzbereitschaft, ihre Prüfungen und ihre blockierten Versuche.</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="220"/>
        <source>Connectors by status</source>
        <translation>Konnektoren nach Status</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="233"/>
        <location filename="../ui/insightspage.cpp" line="246"/>
        <location filename="../ui/insightspage.cpp" line="256"/>
        <location filename="../ui/insightspage.cpp" line="278"/>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="245"/>
        <source>Connectors by highest power</source>
        <translation>Konnektoren nach höchster Befugnis</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="255"/>
        <source>Risk rises ↑</source>
        <translation>Risiko steigt ↑</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="267"/>
        <source>Readiness</source>
        <translation>Einsatzbereitschaft</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="277"/>
        <source>Worst checklist result</source>
        <translation>Schlechtestes Ergebnis der Checkliste</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="290"/>
        <source>Reviews due in the next 90 days</source>
        <translation>In den nächsten 90 Tagen fällige Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="291"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="292"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="303"/>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="304"/>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="324"/>
        <location filename="../ui/insightspage.cpp" line="511"/>
        <source>Blocked attempts per connector, last 30 days</source>
        <translation>Blockierte Versuche je Konnektor, letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="333"/>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="334"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="364"/>
        <source>Cannot read the insights: %1</source>
        <translation>Die Einblicke können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightspage.cpp" line="387"/>
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n Konnektor</numerusform>
            <numerusform>%n Konnektoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightspage.cpp" line="388"/>
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n Prüfung überfällig</numerusform>
            <numerusform>%n Prüfungen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightspage.cpp" line="389"/>
        <source>%n blocked attempt(s) in the last 30 days</source>
        <translation>
            <numerusform>%n blockierter Versuch in den letzten 30 Tagen</numerusform>
            <numerusform>%n blockierte Versuche in den letzten 30 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightspage.cpp" line="390"/>
        <source>%n approval request(s) ended in the last 30 days</source>
        <translation>
            <numerusform>%n Freigabeanfrage in den letzten 30 Tagen abgeschlossen</numerusform>
            <numerusform>%n Freigabeanfragen in den letzten 30 Tagen abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="461"/>
        <source>(no connector)</source>
        <translation>(kein Konnektor)</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="476"/>
        <source>Other connectors</source>
        <translation>Weitere Konnektoren</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="510"/>
        <source>Blocked attempts per connector, last 30 days: none</source>
        <translation>Blockierte Versuche je Konnektor, letzte 30 Tage: keine</translation>
    </message>
</context>
<context>
    <name>airlock::LogStatus</name>
    <message>
        <location filename="../ui/logstatus.cpp" line="45"/>
        <source>checkpoint #%1</source>
        <translation>Checkpoint #%1</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="46"/>
        <source>this machine&apos;s witness (a checkpoint of %1 events seen %2)</source>
        <translation>der Zeuge dieses Rechners (ein Checkpoint über %1 Ereignisse, gesehen %2)</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="71"/>
        <source>witness</source>
        <translation>Zeuge</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="77"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="80"/>
        <location filename="../ui/logstatus.cpp" line="130"/>
        <source>%1 (this machine)</source>
        <translation>%1 (dieser Rechner)</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="87"/>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="89"/>
        <source>signature invalid</source>
        <translation>Signatur ungültig</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="91"/>
        <source>of another store</source>
        <translation>von einem anderen Speicher</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="93"/>
        <source>not checked: unknown key</source>
        <translation>nicht geprüft: unbekannter Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="95"/>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="96"/>
        <source>rewritten</source>
        <translation>umgeschrieben</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="97"/>
        <source>events missing</source>
        <translation>Ereignisse fehlen</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="100"/>
        <location filename="../ui/logstatus.cpp" line="141"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logstatus.cpp" line="109"/>
        <source>%n event(s) not yet vouched for by any checkpoint</source>
        <translation>
            <numerusform>%n Ereignis noch von keinem Checkpoint verbürgt</numerusform>
            <numerusform>%n Ereignisse noch von keinem Checkpoint verbürgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logstatus.cpp" line="113"/>
        <source>%n event(s) since %1, not yet vouched for</source>
        <translation>
            <numerusform>%n Ereignis seit %1, noch nicht verbürgt</numerusform>
            <numerusform>%n Ereignisse seit %1, noch nicht verbürgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="121"/>
        <source>No checkpoint yet</source>
        <translation>Noch kein Checkpoint</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="131"/>
        <source>Checkpoint #%1</source>
        <translation>Checkpoint #%1</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="131"/>
        <source>Witness</source>
        <translation>Zeuge</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="134"/>
        <source>%1 · %2 events · %3 · key %4</source>
        <translation>%1 · %2 Ereignisse · %3 · Schlüssel %4</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="135"/>
        <source>%1 · %2 events</source>
        <translation>%1 · %2 Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="138"/>
        <source>consistent</source>
        <translation>konsistent</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="139"/>
        <source>the store is behind it</source>
        <translation>der Speicher liegt dahinter zurück</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="140"/>
        <source>the store contradicts it</source>
        <translation>der Speicher widerspricht ihm</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="143"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logstatus.cpp" line="145"/>
        <source>%n event(s) since, not yet vouched for</source>
        <translation>
            <numerusform>%n Ereignis seither, noch nicht verbürgt</numerusform>
            <numerusform>%n Ereignisse seither, noch nicht verbürgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="153"/>
        <source>No trusted checkpoint vouches for this store&apos;s log yet. `airlockctl checkpoint` signs one with this machine&apos;s key; every Airlock process then remembers it as a witness.</source>
        <translation>Noch verbürgt kein vertrauenswürdiger Checkpoint das Protokoll dieses Speichers. `airlockctl checkpoint` signiert einen mit dem Schlüssel dieses Rechners; jeder Airlock-Prozess merkt ihn sich dann als Zeugen.</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="156"/>
        <source>Newest checkpoint: %1 events up to #%2
Merkle root %3
Signed %4 (UTC %5) by key %6</source>
        <translation>Neuester Checkpoint: %1 Ereignisse bis #%2
Merkle-Wurzel %3
Signiert %4 (UTC %5) mit Schlüssel %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logstatus.cpp" line="159"/>
        <source>The store has %n event(s).</source>
        <translation>
            <numerusform>Der Speicher hat %n Ereignis.</numerusform>
            <numerusform>Der Speicher hat %n Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="161"/>
        <source>This machine remembers it as its witness for this store.</source>
        <translation>Dieser Rechner merkt ihn sich als Zeugen für diesen Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="192"/>
        <source>The store has %1 events but %2 vouches for %3: events #%4–#%5 are missing.</source>
        <translation>Der Speicher hat %1 Ereignisse, aber %2 verbürgt %3: Die Ereignisse #%4–#%5 fehlen.</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="195"/>
        <source>The store&apos;s log forked: its first %1 events no longer match %2, yet a later checkpoint vouches for them. The log was rewritten and signed again; the original events are missing.</source>
        <translation>Das Protokoll des Speichers hat sich gegabelt: Seine ersten %1 Ereignisse stimmen nicht mehr mit %2 überein, doch ein späterer Checkpoint verbürgt sie. Das Protokoll wurde umgeschrieben und erneut signiert; die ursprünglichen Ereignisse fehlen.</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="199"/>
        <source>The store was rewritten: its first %1 events no longer match %2. Events up to #%1 were changed; the originals are missing.</source>
        <translation>Der Speicher wurde umgeschrieben: Seine ersten %1 Ereignisse stimmen nicht mehr mit %2 überein. Ereignisse bis #%1 wurden geändert; die Originale fehlen.</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="203"/>
        <source>The store was rewritten: event #%1 no longer has the hash it had when this window verified it. Events up to #%1 were changed.</source>
        <translation>Der Speicher wurde umgeschrieben: Ereignis #%1 hat nicht mehr den Hash, den es hatte, als dieses Fenster es prüfte. Ereignisse bis #%1 wurden geändert.</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="207"/>
        <source>This is not the store this machine saw at this address: it was replaced.</source>
        <translation>Dies ist nicht der Speicher, den dieser Rechner unter dieser Adresse gesehen hat: Er wurde ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="209"/>
        <source>Checkpoint %1 does not carry a valid signature: it was changed or forged after it was signed.</source>
        <translation>Checkpoint %1 trägt keine gültige Signatur: Er wurde nach dem Signieren geändert oder gefälscht.</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="212"/>
        <source>The evidence chain is broken at #%1.</source>
        <translation>Die Nachweiskette ist bei #%1 gebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="219"/>
        <source>Airlock checks again after every change; this banner stays until the store matches again.</source>
        <translation>Airlock prüft nach jeder Änderung erneut; dieser Hinweis bleibt, bis der Speicher wieder übereinstimmt.</translation>
    </message>
</context>
<context>
    <name>airlock::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <location filename="../ui/mainwindow.cpp" line="336"/>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>&amp;Open Store…</source>
        <translation>Speicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>&amp;About Airlock</source>
        <translation>Ü&amp;ber Airlock</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65"/>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65"/>
        <source>Agent actions waiting for a reviewer will be listed here, with the source evidence the agent read and exactly what will change.</source>
        <translation>Hier erscheinen Aktionen von Agenten, die auf eine Prüfung warten – mit den Quellen, die der Agent gelesen hat, und genau dem, was sich ändern wird.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>The connector inventory: purpose, owner, scope, powers, identity, permission mode, review state, drift and readiness, with a kill switch.</source>
        <translation>Das Konnektor-Inventar: Zweck, Verantwortliche, Umfang, Befugnisse, Identität, Freigabemodus, Prüfstand, Abweichungen und Einsatzbereitschaft – mit Notabschaltung.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>Every run reconstructed from its evidence: trigger, reads, outputs, approvals, actions, and where it stopped.</source>
        <translation>Jeder Lauf aus seinen Nachweisen rekonstruiert: Auslöser, Lesezugriffe, Ergebnisse, Freigaben, Aktionen und wo er anhielt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>The inventory and the approval flow at a glance.</source>
        <translation>Inventar und Freigaben auf einen Blick.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>Every governance change, and verification of the whole evidence chain.</source>
        <translation>Jede Governance-Änderung und die Prüfung der gesamten Nachweiskette.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Evidence chain: checking… %1%</source>
        <translation>Nachweiskette: wird geprüft… %1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>%n request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n Anfrage wartet auf eine Entscheidung</numerusform>
            <numerusform>%n Anfragen warten auf eine Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>A local file on this computer</source>
        <translation>Eine lokale Datei auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>A shared PostgreSQL server</source>
        <translation>Ein gemeinsamer PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>The name recorded on everything you do in this store</source>
        <translation>Der Name, der bei allem erfasst wird, was Sie in diesem Speicher tun</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>Your database login and its Airlock roles on this shared store; the database refuses anything these roles do not allow.</source>
        <translation>Ihre Datenbankanmeldung und ihre Airlock-Rollen in diesem gemeinsamen Speicher; die Datenbank verweigert alles, was diese Rollen nicht erlauben.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Reconnecting… (showing stale data)</source>
        <translation>Verbindung wird wiederhergestellt … (Daten veraltet)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>The store&apos;s server cannot be reached: %1
Airlock keeps trying and catches up when it is back.</source>
        <translation>Der Server des Speichers ist nicht erreichbar: %1
Airlock versucht es weiter und holt alles nach, sobald er wieder da ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>&lt;b&gt;The store&apos;s server cannot be reached (since %1).&lt;/b&gt; What you see was true then and may be out of date; decisions cannot be recorded until it is back. Airlock reconnects by itself and catches up.&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>&lt;b&gt;Der Server des Speichers ist nicht erreichbar (seit %1).&lt;/b&gt; Was Sie sehen, galt zu diesem Zeitpunkt und kann veraltet sein; Entscheidungen können erst wieder erfasst werden, wenn er zurück ist. Airlock verbindet sich selbst neu und holt alles nach.&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>Reconnected to the store: every screen is being brought up to date.</source>
        <translation>Wieder mit dem Speicher verbunden: Alle Ansichten werden aktualisiert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Changes by other programs appear as they happen</source>
        <translation>Änderungen anderer Programme erscheinen sofort</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Changes by other programs appear within a few seconds</source>
        <translation>Änderungen anderer Programme erscheinen nach wenigen Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>Store file gone: nothing can be recorded</source>
        <translation>Speicherdatei weg: nichts kann festgehalten werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>&lt;b&gt;The store file was deleted or replaced since this window opened it.&lt;/b&gt; What you see is what it held then; no decision or change can be recorded. Open the store again (File ▸ Open Store…) to see what is at that path now.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>&lt;b&gt;Die Speicherdatei wurde gelöscht oder ersetzt, seit dieses Fenster sie geöffnet hat.&lt;/b&gt; Sie sehen, was sie damals enthielt; keine Entscheidung und keine Änderung kann festgehalten werden. Öffnen Sie den Speicher erneut (Datei ▸ Speicher öffnen…), um zu sehen, was jetzt unter diesem Pfad liegt.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="300"/>
        <source>The server reports this session as encrypted (TLS).</source>
        <translation>Der Server meldet diese Sitzung als verschlüsselt (TLS).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>Encryption unknown</source>
        <translation>Verschlüsselung unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Warning: the server reports this session as NOT encrypted: passwords and evidence cross the network in clear. Use sslmode=verify-full in the store URL.</source>
        <translation>Warnung: Der Server meldet diese Sitzung als NICHT verschlüsselt: Passwörter und Nachweise gehen im Klartext durchs Netz. Verwenden Sie sslmode=verify-full in der Speicher-URL.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>Could not ask the server: %1</source>
        <translation>Der Server konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>%1 wants to %2 on %3 (%4).</source>
        <translation>%1 möchte %2 auf %3 ausführen (%4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>%1 wants to %2 on %3, and %n more.</source>
        <translation>
            <numerusform>%1 möchte %2 auf %3 ausführen; dazu %n weitere Anfrage.</numerusform>
            <numerusform>%1 möchte %2 auf %3 ausführen; dazu %n weitere Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="356"/>
        <source>Approval needed</source>
        <translation>Freigabe nötig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>&amp;Verify Evidence Chain</source>
        <translation>Nachweiskette &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>About Airlock</source>
        <translation>Über Airlock</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>Airlock %1 — a governance console for AI connectors.</source>
        <translation>Airlock %1 – eine Governance-Konsole für KI-Konnektoren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>Evidence chain: intact</source>
        <translation>Nachweiskette: intakt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>Evidence chain: broken at #%1</source>
        <translation>Nachweiskette: unterbrochen bei #%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>Evidence chain: events missing from #%1</source>
        <translation>Nachweiskette: Ereignisse fehlen ab #%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>Evidence chain: rewritten</source>
        <translation>Nachweiskette: umgeschrieben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="459"/>
        <source>Evidence chain: contradicts a checkpoint</source>
        <translation>Nachweiskette: widerspricht einem Checkpoint</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="460"/>
        <source>%n event(s) checked</source>
        <translation>
            <numerusform>%n Ereignis geprüft</numerusform>
            <numerusform>%n Ereignisse geprüft</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <location filename="../ui/mainwindow.cpp" line="482"/>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>Open Store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>The store is open, but its password was not saved: %1</source>
        <translation>Der Speicher ist geöffnet, aber sein Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <location filename="../ui/mainwindow.cpp" line="449"/>
        <source>Evidence chain: not yet checked</source>
        <translation>Nachweiskette: noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Not live</source>
        <translation>Nicht live</translation>
    </message>
</context>
<context>
    <name>airlock::OpenStoreDialog</name>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="28"/>
        <source>Open Evidence Store</source>
        <translation>Nachweisspeicher öffnen</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="31"/>
        <source>Local file (SQLite)</source>
        <translation>Lokale Datei (SQLite)</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="35"/>
        <source>/path/to/evidence.db</source>
        <translation>/pfad/zu/evidence.db</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="36"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="42"/>
        <source>Shared server (PostgreSQL)</source>
        <translation>Gemeinsamer Server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="50"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="54"/>
        <source>leave empty to use the saved one or PGPASSFILE / ~/.pgpass</source>
        <translation>leer lassen, um das gespeicherte oder PGPASSFILE / ~/.pgpass zu verwenden</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="59"/>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="61"/>
        <source>&amp;Forget Saved Password</source>
        <translation>Gespeichertes Passwort &amp;vergessen</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="115"/>
        <source>Recent stores:</source>
        <translation>Zuletzt geöffnet:</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="168"/>
        <source>Create a New Store?</source>
        <translation>Neuen Speicher anlegen?</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="169"/>
        <source>There is no evidence store at %1.

Create a new, empty store there? If you meant an existing store, check the path for a typo.</source>
        <translation>Unter %1 gibt es keinen Nachweisspeicher.

Dort einen neuen, leeren Speicher anlegen? Wenn Sie einen vorhandenen Speicher meinten, prüfen Sie den Pfad auf Tippfehler.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="174"/>
        <source>Create New Store</source>
        <translation>Neuen Speicher anlegen</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="176"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="230"/>
        <source>The saved password was forgotten.</source>
        <translation>Das gespeicherte Passwort wurde vergessen.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="237"/>
        <source>read from %1 (libpq&apos;s password file: PGPASSFILE, else ~/.pgpass)%2</source>
        <translation>aus %1 gelesen (die Passwortdatei von libpq: PGPASSFILE, sonst ~/.pgpass)%2</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="242"/>
        <source>The password in this URL is used for this session only and is never saved. To keep it in the system keychain instead, remove it from the URL and type it in the password field.</source>
        <translation>Das Passwort in dieser URL gilt nur für diese Sitzung und wird nie gespeichert. Um es stattdessen im System-Schlüsselbund aufzubewahren, entfernen Sie es aus der URL und geben Sie es im Passwortfeld ein.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="247"/>
        <source>The password typed here will be saved in the system keychain (%1) once the store opens with it; it is never written to Airlock&apos;s settings.</source>
        <translation>Das hier eingegebene Passwort wird im System-Schlüsselbund (%1) gespeichert, sobald sich der Speicher damit öffnen lässt; in die Einstellungen von Airlock wird es nie geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="249"/>
        <source>The password typed here is used for this session only and is never saved.</source>
        <translation>Das hier eingegebene Passwort gilt nur für diese Sitzung und wird nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="252"/>
        <location filename="../ui/openstoredialog.cpp" line="303"/>
        <source>Checking the system keychain…</source>
        <translation>System-Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="254"/>
        <source>The system keychain is not available here (%1): the password is not saved and will be %2.</source>
        <translation>Der System-Schlüsselbund ist hier nicht verfügbar (%1): Das Passwort wird nicht gespeichert und %2.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="259"/>
        <source>Password: saved in the system keychain (%1); it will be used.</source>
        <translation>Passwort: im System-Schlüsselbund (%1) gespeichert; es wird verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="261"/>
        <source>Password: not saved in the system keychain (%1) for this login; it will be %2. Type it above and tick “Remember” to save it.</source>
        <translation>Passwort: für diese Anmeldung nicht im System-Schlüsselbund (%1) gespeichert; es wird %2. Geben Sie es oben ein und wählen Sie „Merken“, um es zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="264"/>
        <source>The system keychain (%1) could not be read (%2): the password will be %3.</source>
        <translation>Der System-Schlüsselbund (%1) konnte nicht gelesen werden (%2): Das Passwort wird %3.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="270"/>
        <source>Looking in the system keychain (%1)…</source>
        <translation>Suche im System-Schlüsselbund (%1)…</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="280"/>
        <source>Choose a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="280"/>
        <source>Enter the server&apos;s URL.</source>
        <translation>Geben Sie die URL des Servers ein.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="239"/>
        <source>, which does not exist yet</source>
        <translation>, die es noch nicht gibt</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="285"/>
        <source>Not a server URL: a shared store is named postgresql://user@host:5432/database. For a file, choose Local file.</source>
        <translation>Keine Server-URL: Ein gemeinsamer Speicher heißt postgresql://benutzer@host:5432/datenbank. Für eine Datei wählen Sie „Lokale Datei“.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="301"/>
        <source>Saves the password in %1 once the store opens with it.</source>
        <translation>Speichert das Passwort in %1, sobald sich der Speicher damit öffnen lässt.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="302"/>
        <source>The system keychain is not available: %1</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="322"/>
        <source>Warning: sslmode=disable — the connection will not be encrypted.</source>
        <translation>Warnung: sslmode=disable – die Verbindung wird nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="324"/>
        <source>Warning: without sslmode=verify-full the connection may be unencrypted or reach an impostor server. Add ?sslmode=verify-full&amp;sslrootcert=/path/to/root.crt.</source>
        <translation>Warnung: Ohne sslmode=verify-full ist die Verbindung womöglich unverschlüsselt oder erreicht einen falschen Server. Ergänzen Sie ?sslmode=verify-full&amp;sslrootcert=/pfad/zu/root.crt.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="333"/>
        <source>Evidence store file</source>
        <translation>Datei des Nachweisspeichers</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="334"/>
        <source>Airlock stores (*.db);;All files (*)</source>
        <translation>Airlock-Speicher (*.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>airlock::OverviewSection</name>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="125"/>
        <source>request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="125"/>
        <source>review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="125"/>
        <source>limit</source>
        <translation>Begrenzung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="125"/>
        <source>monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="126"/>
        <source>maintain</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="126"/>
        <source>reassess</source>
        <translation>Neubewertung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="126"/>
        <source>reduce</source>
        <translation>Reduzierung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="126"/>
        <source>retire</source>
        <translation>Stilllegung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="152"/>
        <source>observe</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="152"/>
        <source>draft</source>
        <translation>Entwerfen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="152"/>
        <source>propose</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="152"/>
        <source>act with approval</source>
        <translation>Mit Freigabe handeln</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="153"/>
        <source>scoped autonomy</source>
        <translation>Begrenzte Autonomie</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="28"/>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="29"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="30"/>
        <source>Target system:</source>
        <translation>Zielsystem:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="31"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="32"/>
        <source>Lifecycle stage:</source>
        <translation>Lebenszyklusphase:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="33"/>
        <source>Trust stage:</source>
        <translation>Vertrauensstufe:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="34"/>
        <source>Disable path:</source>
        <translation>Abschaltweg:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="35"/>
        <source>Rollback plan:</source>
        <translation>Rückfallplan:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="36"/>
        <source>Freshness:</source>
        <translation>Aktualität:</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="90"/>
        <source>document source</source>
        <translation>Dokumentquelle</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="92"/>
        <source>business app</source>
        <translation>Geschäftsanwendung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="94"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="96"/>
        <source>communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="98"/>
        <source>workflow tool</source>
        <translation>Workflow-Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="100"/>
        <source>device or facility</source>
        <translation>Gerät oder Anlage</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="120"/>
        <source>%1 (current step)</source>
        <translation>%1 (aktueller Schritt)</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="209"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="229"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="119"/>
        <source>(target not recorded)</source>
        <translation>(Ziel nicht erfasst)</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="118"/>
        <source>%1 — %2, via %3</source>
        <translation>%1 – %2, über %3</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="75"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="77"/>
        <source>Paused — every call is refused until it is resumed</source>
        <translation>Pausiert – jeder Aufruf wird abgewiesen, bis er fortgesetzt wird</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="79"/>
        <source>Disconnected — every call is refused; reconnecting is a recorded decision</source>
        <translation>Getrennt – jeder Aufruf wird abgewiesen; Wiederverbinden ist eine erfasste Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="81"/>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="170"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="173"/>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="173"/>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="177"/>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="177"/>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="179"/>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="159"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="161"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="163"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="164"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="108"/>
        <source>MCP (stdio)</source>
        <translation>MCP (stdio)</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="110"/>
        <source>MCP (HTTP)</source>
        <translation>MCP (HTTP)</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="112"/>
        <source>MCP (SSE)</source>
        <translation>MCP (SSE)</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="190"/>
        <source>stale: never synced, limit %1</source>
        <translation>veraltet: nie synchronisiert, Grenze %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="191"/>
        <source>Never synced; no freshness limit recorded</source>
        <translation>Nie synchronisiert; keine Aktualitätsgrenze erfasst</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="198"/>
        <source>last sync %1; no freshness limit recorded</source>
        <translation>letzte Synchronisierung %1; keine Aktualitätsgrenze erfasst</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="200"/>
        <source>stale: last sync %1, limit %2</source>
        <translation>veraltet: letzte Synchronisierung %1, Grenze %2</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="202"/>
        <source>fresh: last sync %1, limit %2</source>
        <translation>aktuell: letzte Synchronisierung %1, Grenze %2</translation>
    </message>
</context>
<context>
    <name>airlock::PowersSection</name>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="21"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="22"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="23"/>
        <source>Draft</source>
        <translation>Entwerfen</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="24"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="25"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="26"/>
        <location filename="../ui/sections/powerssection.cpp" line="114"/>
        <source>Trigger</source>
        <translation>Auslösen</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="29"/>
        <source>Look at records, files and messages</source>
        <translation>Datensätze, Dateien und Nachrichten ansehen</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="30"/>
        <source>Query and list what is there</source>
        <translation>Vorhandenes abfragen und auflisten</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="31"/>
        <source>Prepare a change or message nobody sees yet</source>
        <translation>Eine Änderung oder Nachricht vorbereiten, die noch niemand sieht</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="32"/>
        <source>Change records in the target system</source>
        <translation>Datensätze im Zielsystem ändern</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="33"/>
        <source>Send something out (email, chat, webhook)</source>
        <translation>Etwas nach außen senden (E-Mail, Chat, Webhook)</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="34"/>
        <source>Start actions elsewhere (workflows, payments)</source>
        <translation>Aktionen anderswo starten (Workflows, Zahlungen)</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="232"/>
        <source>Always ask</source>
        <translation>Immer fragen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="234"/>
        <source>Any changes</source>
        <translation>Bei Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="236"/>
        <source>Important actions</source>
        <translation>Wichtige Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="238"/>
        <source>Never ask</source>
        <translation>Nie fragen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="247"/>
        <source>every call needs a human.</source>
        <translation>jeder Aufruf braucht eine menschliche Freigabe.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="249"/>
        <source>reads and searches run; every other call needs a human.</source>
        <translation>Lesen und Suchen laufen; jeder andere Aufruf braucht eine menschliche Freigabe.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="251"/>
        <source>only important calls need a human: a send, a change not marked non-destructive, or a target that matches a trigger rule below.</source>
        <translation>nur wichtige Aufrufe brauchen eine menschliche Freigabe: ein Senden, eine nicht als nicht-destruktiv markierte Änderung oder ein Ziel, das eine Auslöseregel unten trifft.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="254"/>
        <source>every granted, in-scope call runs without a human (earned autonomy: keep it narrow and monitored).</source>
        <translation>jeder gewährte Aufruf im Umfang läuft ohne Menschen (verdiente Autonomie: eng begrenzt und überwacht halten).</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="264"/>
        <source>External send</source>
        <translation>Externes Senden</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="266"/>
        <source>Destructive change</source>
        <translation>Destruktive Änderung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="268"/>
        <source>Privileged change</source>
        <translation>Privilegierte Änderung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="270"/>
        <source>Production write</source>
        <translation>Schreiben in Produktion</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="272"/>
        <source>Customer-visible edit</source>
        <translation>Für Kunden sichtbare Änderung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="274"/>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="276"/>
        <source>Access beyond normal scope</source>
        <translation>Zugriff über den normalen Umfang hinaus</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="36"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="37"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="38"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="39"/>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="84"/>
        <source>Powers and what a call with each gets</source>
        <translation>Befugnisse und wie ein Aufruf mit jeder behandelt wird</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="96"/>
        <source>Trigger rules</source>
        <translation>Auslöseregeln</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="107"/>
        <source>Powers and approval</source>
        <translation>Befugnisse und Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="113"/>
        <source>Power</source>
        <translation>Befugnis</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="113"/>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="113"/>
        <source>Under this mode</source>
        <translation>In diesem Modus</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="113"/>
        <source>What it covers</source>
        <translation>Was sie umfasst</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="114"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="114"/>
        <source>Target pattern</source>
        <translation>Zielmuster</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="117"/>
        <source>Permission mode: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>Freigabemodus: &lt;b&gt;%1&lt;/b&gt; – %2</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="122"/>
        <source>This connector is %1, so every call is refused now; the table shows what applies once it is active again.</source>
        <translation>Dieser Konnektor ist %1, daher wird jeder Aufruf derzeit abgewiesen; die Tabelle zeigt, was gilt, sobald er wieder aktiv ist.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="294"/>
        <source>Runs automatically</source>
        <translation>Läuft automatisch</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="289"/>
        <source>Runs automatically, except on targets of trigger rule %1</source>
        <translation>Läuft automatisch, außer bei Zielen der Auslöseregel %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="292"/>
        <source>Runs automatically, except on targets of trigger rules %1</source>
        <translation>Läuft automatisch, außer bei Zielen der Auslöseregeln %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="297"/>
        <source>Needs a human</source>
        <translation>Braucht menschliche Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="299"/>
        <source>Blocked: not granted</source>
        <translation>Blockiert: nicht gewährt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="299"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="152"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="152"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="307"/>
        <source>No trigger rules are recorded: under important actions, only sends and changes not marked non-destructive need a human.</source>
        <translation>Keine Auslöseregeln erfasst: Im Modus „Wichtige Aktionen“ brauchen nur Senden und nicht als nicht-destruktiv markierte Änderungen eine menschliche Freigabe.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="309"/>
        <source>Trigger rules: a call whose target matches one of these needs a human.</source>
        <translation>Auslöseregeln: Ein Aufruf, dessen Ziel eine davon trifft, braucht eine menschliche Freigabe.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="311"/>
        <source>Trigger rules (they decide only under important actions, not under the current mode):</source>
        <translation>Auslöseregeln (sie entscheiden nur im Modus „Wichtige Aktionen“, nicht im aktuellen Modus):</translation>
    </message>
</context>
<context>
    <name>airlock::ReadinessSection</name>
    <message>
        <location filename="../ui/sections/readinesssection.cpp" line="53"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/sections/readinesssection.cpp" line="53"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/sections/readinesssection.cpp" line="53"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/sections/readinesssection.cpp" line="63"/>
        <source>Readiness</source>
        <translation>Einsatzbereitschaft</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="514"/>
        <source>Ready: all %1 checks pass.</source>
        <translation>Bereit: alle %1 Prüfpunkte erfüllt.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="516"/>
        <source>Ready with warnings. To look at: %1.</source>
        <translation>Bereit mit Warnungen. Zu prüfen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="518"/>
        <source>Not ready. Fails: %1.</source>
        <translation>Nicht bereit. Nicht erfüllt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="520"/>
        <source>To look at: %1.</source>
        <translation>Zu prüfen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="451"/>
        <source>Pass</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="453"/>
        <source>Warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="455"/>
        <source>Fail</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="463"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="465"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="467"/>
        <source>Access level</source>
        <translation>Zugriffsebene</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="469"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="471"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="473"/>
        <source>Logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="475"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="477"/>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="484"/>
        <source>Why does this connector exist?</source>
        <translation>Wozu gibt es diesen Konnektor?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="486"/>
        <source>What sources, records, fields, tools, or actions are in scope?</source>
        <translation>Welche Quellen, Datensätze, Felder, Werkzeuge oder Aktionen liegen im Umfang?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="488"/>
        <source>Can the connector read, search, draft, write, send, or trigger?</source>
        <translation>Darf der Konnektor lesen, suchen, entwerfen, schreiben, senden oder auslösen?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="490"/>
        <source>Which account, key, service identity, or authorization does it use?</source>
        <translation>Welches Konto, welchen Schlüssel, welche Dienstidentität oder Autorisierung nutzt er?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="492"/>
        <source>Does the connector respect user and role boundaries?</source>
        <translation>Respektiert der Konnektor Benutzer- und Rollengrenzen?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="494"/>
        <source>What connector activity is recorded?</source>
        <translation>Welche Aktivität des Konnektors wird erfasst?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="496"/>
        <source>Which actions require human or policy approval?</source>
        <translation>Welche Aktionen erfordern eine Freigabe durch Menschen oder Richtlinien?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="498"/>
        <source>How can the connector be paused, revoked, reduced, or rolled back?</source>
        <translation>Wie lässt sich der Konnektor pausieren, widerrufen, einschränken oder zurücksetzen?</translation>
    </message>
</context>
<context>
    <name>airlock::RequestDetail</name>
    <message>
        <location filename="../ui/requestdetail.cpp" line="109"/>
        <source>Proposed action</source>
        <translation>Vorgeschlagene Aktion</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="114"/>
        <source>Exact arguments</source>
        <translation>Genaue Argumente</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="116"/>
        <source>What will change</source>
        <translation>Was sich ändern wird</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="121"/>
        <source>Why it needs approval</source>
        <translation>Warum eine Freigabe nötig ist</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="125"/>
        <location filename="../ui/requestdetail.cpp" line="377"/>
        <source>Source evidence</source>
        <translation>Quellnachweise</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="130"/>
        <source>Who is asking</source>
        <translation>Wer anfragt</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="136"/>
        <source>The run so far</source>
        <translation>Der Lauf bisher</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="139"/>
        <source>Open the run&apos;s full timeline</source>
        <translation>Vollständige Zeitleiste des Laufs öffnen</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="141"/>
        <source>Show this run on the Runs screen</source>
        <translation>Diesen Lauf in der Ansicht „Läufe“ zeigen</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="177"/>
        <source>Select a request to see what the agent read, what will change, and why it needs a human.</source>
        <translation>Wählen Sie eine Anfrage, um zu sehen, was der Agent gelesen hat, was sich ändern wird und warum ein Mensch entscheiden muss.</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="228"/>
        <source>Expired at %1: it can no longer be approved</source>
        <translation>Am %1 abgelaufen: Die Anfrage kann nicht mehr freigegeben werden</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="231"/>
        <source>Already %1 by %2 at %3</source>
        <translation>Bereits entschieden (%1) von %2 am %3</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="236"/>
        <source>Time left: %1 (expires %2)</source>
        <translation>Restzeit: %1 (läuft am %2 ab)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="249"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="250"/>
        <location filename="../ui/requestdetail.cpp" line="266"/>
        <source>(no target)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="251"/>
        <source>%1 · power: %2 · requested by %3, %4</source>
        <translation>%1 · Befugnis: %2 · angefragt von %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="264"/>
        <source>Tool:</source>
        <translation>Werkzeug:</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="265"/>
        <source>Power:</source>
        <translation>Befugnis:</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="266"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="270"/>
        <source>Arguments hash:</source>
        <translation>Hash der Argumente:</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="286"/>
        <source>What will change (cannot be shown: %1)</source>
        <translation>Was sich ändern wird (kann nicht angezeigt werden: %1)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="292"/>
        <source>Permission mode: %1 — %2</source>
        <translation>Freigabemodus: %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="294"/>
        <source>Rule that matched: %1</source>
        <translation>Zutreffende Regel: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="295"/>
        <source>(none recorded)</source>
        <translation>(keine erfasst)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="297"/>
        <source>Trigger: %1</source>
        <translation>Auslöser: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="299"/>
        <source>Policy rule: %1</source>
        <translation>Richtlinienregel: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="301"/>
        <source>Warning: the policy now refuses this call: %1</source>
        <translation>Warnung: Die Richtlinie weist diesen Aufruf inzwischen ab: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="303"/>
        <source>Note: the policy alone would now let this call run (%1); the workflow asked anyway.</source>
        <translation>Hinweis: Nach der Richtlinie allein dürfte dieser Aufruf jetzt laufen (%1); der Workflow hat trotzdem angefragt.</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="312"/>
        <source>Requested by %1 — that is you: someone else must decide it.</source>
        <translation>Angefragt von %1 – das sind Sie: Jemand anderes muss entscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="314"/>
        <source>Requested by %1</source>
        <translation>Angefragt von %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="316"/>
        <source>The run acts as: %1</source>
        <translation>Der Lauf handelt als: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="319"/>
        <source>Connector identity: %1 %2</source>
        <translation>Identität des Konnektors: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="321"/>
        <source>(no principal recorded)</source>
        <translation>(kein Prinzipal erfasst)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="323"/>
        <source>On behalf of: %1</source>
        <translation>Im Auftrag von: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="324"/>
        <source>nobody named</source>
        <translation>niemand angegeben</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="326"/>
        <source>Shared: other systems use the same identity</source>
        <translation>Geteilt: Andere Systeme nutzen dieselbe Identität</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="328"/>
        <source>The connector %1 no longer exists.</source>
        <translation>Den Konnektor %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="332"/>
        <source>In scope: %1</source>
        <translation>Im Umfang: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="335"/>
        <source>Out of scope: %1</source>
        <translation>Außerhalb des Umfangs: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="336"/>
        <source>no rule includes it</source>
        <translation>keine Regel schließt es ein</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="344"/>
        <source>This request belongs to no run.</source>
        <translation>Diese Anfrage gehört zu keinem Lauf.</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="348"/>
        <source>%1 · started by %2 %3 · %4</source>
        <translation>%1 · gestartet durch %2 %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="349"/>
        <source>(unnamed workflow)</source>
        <translation>(unbenannter Workflow)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="350"/>
        <source>(unknown trigger)</source>
        <translation>(unbekannter Auslöser)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requestdetail.cpp" line="353"/>
        <source>%n event(s) so far</source>
        <translation>
            <numerusform>%n Ereignis bisher</numerusform>
            <numerusform>%n Ereignisse bisher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requestdetail.cpp" line="356"/>
        <source>Run %1 is not on record; %n event(s) name it.</source>
        <translation>
            <numerusform>Lauf %1 ist nicht erfasst; %n Ereignis nennt ihn.</numerusform>
            <numerusform>Lauf %1 ist nicht erfasst; %n Ereignisse nennen ihn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="378"/>
        <source>Source evidence (%1 read, %2 stale)</source>
        <translation>Quellnachweise (%1 gelesen, %2 veraltet)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="381"/>
        <source>The agent named no evidence for this request: nothing shows what it read before asking.</source>
        <translation>Der Agent hat für diese Anfrage keine Nachweise genannt: Nichts zeigt, was er vor der Anfrage gelesen hat.</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="399"/>
        <source>#%1 · not in the store</source>
        <translation>#%1 · nicht im Speicher</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="405"/>
        <source>#%1 · %2 from %3 · %4</source>
        <translation>#%1 · %2 aus %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="407"/>
        <source>(no connector)</source>
        <translation>(kein Konnektor)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="414"/>
        <source>read %1 (%2); %3 states no freshness limit</source>
        <translation>gelesen am %1 (%2); %3 gibt keine Aktualitätsgrenze an</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="417"/>
        <source>STALE: read %1, but %2 had not synced for %3 (limit %4)</source>
        <translation>VERALTET: gelesen %1, aber %2 war seit %3 nicht synchronisiert (Grenze %4)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="422"/>
        <source>STALE: read %1 (%2), longer ago than %3&apos;s freshness limit of %4</source>
        <translation>VERALTET: gelesen am %1 (%2), länger her als die Aktualitätsgrenze von %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="426"/>
        <source>fresh: read %1 (%2), within the limit of %3</source>
        <translation>aktuell: gelesen am %1 (%2), innerhalb der Grenze von %3</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="446"/>
        <location filename="../ui/requestdetail.cpp" line="452"/>
        <source>Show all %1 lines</source>
        <translation>Alle %1 Zeilen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="452"/>
        <source>Show less</source>
        <translation>Weniger anzeigen</translation>
    </message>
</context>
<context>
    <name>airlock::RunListModel</name>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="138"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="140"/>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="142"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="144"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="146"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="148"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="157"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="159"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="161"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="163"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="194"/>
        <source>%1 in, %2 out</source>
        <translation>%1 Eingabe, %2 Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="216"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="232"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="234"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="236"/>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="238"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="240"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="242"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="244"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="246"/>
        <source>Flags</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>airlock::RunReport</name>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="54"/>
        <source>Run report: %1</source>
        <translation>Laufbericht: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="56"/>
        <source>Store %1 · generated %2 by %3</source>
        <translation>Speicher %1 · erstellt am %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="61"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="63"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="64"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="65"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="66"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="67"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="69"/>
        <source>Where and why it stopped</source>
        <translation>Wo und warum er anhielt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="71"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="72"/>
        <source>Waiting for people</source>
        <translation>Wartezeit auf Menschen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="73"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="74"/>
        <source>%1 in, %2 out</source>
        <translation>%1 Eingabe, %2 Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="75"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="78"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="85"/>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="85"/>
        <source>Tool and target</source>
        <translation>Werkzeug und Ziel</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="85"/>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="86"/>
        <source>Waited</source>
        <translation>Gewartet</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="86"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="86"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="91"/>
        <source>still waiting</source>
        <translation>wartet noch</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="93"/>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="101"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="101"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="101"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="102"/>
        <source>Connector, tool, target</source>
        <translation>Konnektor, Werkzeug, Ziel</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="102"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="102"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="114"/>
        <source>Stop point.</source>
        <translation>Haltepunkt.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="122"/>
        <source>Evidence chain</source>
        <translation>Nachweiskette</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="123"/>
        <source>Events #%1 to #%2. The first links to the hash %3 of the event before it; the last has the hash %4. Export the evidence bundle to check every event with sha256sum.</source>
        <translation>Ereignisse #%1 bis #%2. Das erste verweist auf den Hash %3 des vorangehenden Ereignisses; das letzte hat den Hash %4. Exportieren Sie das Nachweispaket, um jedes Ereignis mit sha256sum zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="142"/>
        <location filename="../ui/runs/runreport.cpp" line="167"/>
        <source>Cannot write the run report to %1: %2</source>
        <translation>Der Laufbericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="151"/>
        <source>Run report — %1</source>
        <translation>Laufbericht – %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="152"/>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="162"/>
        <source>The PDF writer produced nothing.</source>
        <translation>Die PDF-Ausgabe hat nichts erzeugt.</translation>
    </message>
</context>
<context>
    <name>airlock::RunStrip</name>
    <message>
        <location filename="../ui/runstrip.cpp" line="106"/>
        <source>#%1 · %2 · %3
%4</source>
        <translation>#%1 · %2 · %3
%4</translation>
    </message>
</context>
<context>
    <name>airlock::RunTimelinePage</name>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="65"/>
        <location filename="../ui/runs/runtimelinepage.cpp" line="82"/>
        <location filename="../ui/runs/runtimelinepage.cpp" line="421"/>
        <source>Export Evidence Bundle…</source>
        <translation>Nachweispaket exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="66"/>
        <location filename="../ui/runs/runtimelinepage.cpp" line="403"/>
        <location filename="../ui/runs/runtimelinepage.cpp" line="423"/>
        <source>Export Evidence Bundle</source>
        <translation>Nachweispaket exportieren</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="69"/>
        <source>← All Runs</source>
        <translation>← Alle Läufe</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="72"/>
        <source>Back to the runs list (Alt+←)</source>
        <translation>Zurück zur Liste der Läufe (Alt+←)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="85"/>
        <source>The run&apos;s events with their hashes and a manifest, checkable with sha256sum</source>
        <translation>Die Ereignisse des Laufs mit ihren Hashes und einem Manifest, prüfbar mit sha256sum</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="87"/>
        <source>Print Report…</source>
        <translation>Bericht drucken…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="90"/>
        <source>A printable PDF of this run: story, totals, approvals and every event</source>
        <translation>Ein druckbares PDF dieses Laufs: Ablauf, Summen, Freigaben und jedes Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="113"/>
        <source>|◀ First</source>
        <translation>|◀ Erstes</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="113"/>
        <source>The first event (Home)</source>
        <translation>Das erste Ereignis (Pos1)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="114"/>
        <source>◀ Previous</source>
        <translation>◀ Vorheriges</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="114"/>
        <source>The event before (←)</source>
        <translation>Das vorherige Ereignis (←)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="115"/>
        <source>Next ▶</source>
        <translation>Nächstes ▶</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="115"/>
        <source>The event after (→)</source>
        <translation>Das nächste Ereignis (→)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="116"/>
        <source>Last ▶|</source>
        <translation>Letztes ▶|</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="116"/>
        <source>The last event (End)</source>
        <translation>Das letzte Ereignis (Ende)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="117"/>
        <source>Go to Stop Point</source>
        <translation>Zum Haltepunkt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="117"/>
        <source>The event where the run stopped</source>
        <translation>Das Ereignis, bei dem der Lauf anhielt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="142"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="142"/>
        <source>Show the whole run (0)</source>
        <translation>Den ganzen Lauf zeigen (0)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="144"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="144"/>
        <source>Zoom in around the selected event (+ or wheel)</source>
        <translation>Um das ausgewählte Ereignis vergrößern (+ oder Mausrad)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="145"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="145"/>
        <source>Zoom out (− or wheel)</source>
        <translation>Verkleinern (− oder Mausrad)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="176"/>
        <source>This event has no payload.</source>
        <translation>Dieses Ereignis hat keine Nutzdaten.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="220"/>
        <source>Loading run %1…</source>
        <translation>Lauf %1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="251"/>
        <source>Cannot show run %1</source>
        <translation>Lauf %1 kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="279"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="282"/>
        <source>Run &lt;b&gt;%1&lt;/b&gt; · started %2 UTC by %3 · acting as %4 · model %5</source>
        <translation>Lauf &lt;b&gt;%1&lt;/b&gt; · gestartet am %2 UTC durch %3 · handelt als %4 · Modell %5</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="286"/>
        <source>unrecorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runtimelinepage.cpp" line="291"/>
        <source>&lt;b&gt;Duration&lt;/b&gt; %1 · &lt;b&gt;waiting for people&lt;/b&gt; %2 · &lt;b&gt;tokens&lt;/b&gt; %3 in / %4 out · &lt;b&gt;cost&lt;/b&gt; $%5 · %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Dauer&lt;/b&gt; %1 · &lt;b&gt;Wartezeit auf Menschen&lt;/b&gt; %2 · &lt;b&gt;Tokens&lt;/b&gt; %3 Eingabe / %4 Ausgabe · &lt;b&gt;Kosten&lt;/b&gt; %5 $ · %n Ereignis</numerusform>
            <numerusform>&lt;b&gt;Dauer&lt;/b&gt; %1 · &lt;b&gt;Wartezeit auf Menschen&lt;/b&gt; %2 · &lt;b&gt;Tokens&lt;/b&gt; %3 Eingabe / %4 Ausgabe · &lt;b&gt;Kosten&lt;/b&gt; %5 $ · %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="298"/>
        <source>%1 blocked, %2 failed</source>
        <translation>%1 blockiert, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="332"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="333"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="335"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="337"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="338"/>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="339"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="340"/>
        <source>Power</source>
        <translation>Befugnis</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="341"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="343"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="346"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="348"/>
        <source>Stop point</source>
        <translation>Haltepunkt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="351"/>
        <source>the run ended here</source>
        <translation>hier endete der Lauf</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="358"/>
        <source>Place in the evidence chain</source>
        <translation>Position in der Nachweiskette</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="359"/>
        <source>Sequence</source>
        <translation>Folgenummer</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="365"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="366"/>
        <source>Previous hash</source>
        <translation>Vorheriger Hash</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="368"/>
        <location filename="../ui/runs/runtimelinepage.cpp" line="371"/>
        <location filename="../ui/runs/runtimelinepage.cpp" line="374"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="368"/>
        <source>cannot check: %1</source>
        <translation>nicht prüfbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="372"/>
        <source>yes — its bytes hash to its hash, and it links to event #%1</source>
        <translation>ja – seine Bytes ergeben seinen Hash, und es verweist auf Ereignis #%1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="376"/>
        <source>NO — %1</source>
        <translation>NEIN – %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runtimelinepage.cpp" line="389"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="390"/>
        <source>Event %1 of %2 · #%3</source>
        <translation>Ereignis %1 von %2 · #%3</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="410"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="438"/>
        <location filename="../ui/runs/runtimelinepage.cpp" line="443"/>
        <source>Print Run Report</source>
        <translation>Laufbericht drucken</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="439"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>airlock::RunsPage</name>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="38"/>
        <source>Only runs with this status</source>
        <translation>Nur Läufe mit diesem Status</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="39"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="46"/>
        <source>Only runs of this workflow</source>
        <translation>Nur Läufe dieses Workflows</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="50"/>
        <source>Any workflow</source>
        <translation>Alle Workflows</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="54"/>
        <source>Only runs that touched this connector</source>
        <translation>Nur Läufe, die diesen Konnektor genutzt haben</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="57"/>
        <source>Any connector</source>
        <translation>Alle Konnektoren</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="61"/>
        <source>Only runs started in this period</source>
        <translation>Nur Läufe, die in diesem Zeitraum gestartet wurden</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="62"/>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="63"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="64"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="65"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="66"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="67"/>
        <source>Older than 30 days</source>
        <translation>Älter als 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="71"/>
        <source>Only runs where something went wrong</source>
        <translation>Nur Läufe, bei denen etwas schiefging</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="72"/>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="73"/>
        <source>Anything went wrong</source>
        <translation>Irgendetwas ging schief</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="74"/>
        <source>A call was blocked</source>
        <translation>Ein Aufruf wurde blockiert</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="75"/>
        <source>An approval was rejected</source>
        <translation>Eine Freigabe wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="76"/>
        <source>Something failed</source>
        <translation>Etwas ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="77"/>
        <source>It was stopped</source>
        <translation>Er wurde gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="124"/>
        <source>Open a run (double-click or Enter) to replay its timeline.</source>
        <translation>Öffnen Sie einen Lauf (Doppelklick oder Enter), um seine Zeitleiste nachzuvollziehen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="181"/>
        <source>Loading runs…</source>
        <translation>Läufe werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="258"/>
        <source>Cannot read the runs: %1</source>
        <translation>Die Läufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="263"/>
        <source>No runs match these filters.</source>
        <translation>Keine Läufe entsprechen diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runspage.cpp" line="265"/>
        <source>%n run(s) shown, newest first; more load as you scroll</source>
        <translation>
            <numerusform>%n Lauf angezeigt, neueste zuerst; weitere werden beim Blättern geladen</numerusform>
            <numerusform>%n Läufe angezeigt, neueste zuerst; weitere werden beim Blättern geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runspage.cpp" line="267"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airlock::ScopeSection</name>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="35"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="35"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="35"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="46"/>
        <source>Scope rules</source>
        <translation>Umfangsregeln</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="49"/>
        <source>&amp;Test a resource path:</source>
        <translation>&amp;Ressourcenpfad testen:</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="56"/>
        <source>a resource path, e.g. crm:accounts/segment=smb/4711</source>
        <translation>ein Ressourcenpfad, z. B. crm:accounts/segment=smb/4711</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="74"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="101"/>
        <source>No scope rules are recorded, so nothing is in scope: every call with a target is refused.</source>
        <translation>Keine Umfangsregeln erfasst, daher liegt nichts im Umfang: Jeder Aufruf mit einem Ziel wird abgewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="103"/>
        <source>Rules are checked in order: the last matching rule decides; anything not included is out of scope.</source>
        <translation>Regeln werden der Reihe nach geprüft: Die letzte passende Regel entscheidet; alles nicht Eingeschlossene liegt außerhalb des Umfangs.</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="113"/>
        <source>include</source>
        <translation>einschließen</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="113"/>
        <source>exclude</source>
        <translation>ausschließen</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="136"/>
        <source>Type a resource path above to see whether it is in scope and which rule decides.</source>
        <translation>Geben Sie oben einen Ressourcenpfad ein, um zu sehen, ob er im Umfang liegt und welche Regel entscheidet.</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="156"/>
        <source>Refused — %1</source>
        <translation>Abgelehnt — %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="158"/>
        <source>Out of scope — no rule includes it</source>
        <translation>Außerhalb des Umfangs – keine Regel schließt ihn ein</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="163"/>
        <source>In scope — included by rule %1 (%2)</source>
        <translation>Im Umfang – eingeschlossen durch Regel %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="164"/>
        <source>Out of scope — excluded by rule %1 (%2)</source>
        <translation>Außerhalb des Umfangs – ausgeschlossen durch Regel %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="167"/>
        <source>Judged as %1</source>
        <translation>Beurteilt als %1</translation>
    </message>
</context>
<context>
    <name>airlock::SectionText</name>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="13"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="15"/>
        <source>search</source>
        <translation>suchen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="17"/>
        <source>draft</source>
        <translation>entwerfen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="19"/>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="21"/>
        <source>send</source>
        <translation>senden</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="23"/>
        <source>trigger</source>
        <translation>auslösen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="32"/>
        <source>Service principal</source>
        <translation>Dienstprinzipal</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="34"/>
        <source>Delegated user</source>
        <translation>Delegierter Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="36"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="38"/>
        <source>OAuth app</source>
        <translation>OAuth-App</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="40"/>
        <source>Platform managed</source>
        <translation>Plattformverwaltet</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="47"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="65"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="67"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="67"/>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="68"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="68"/>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
</context>
<context>
    <name>airlock::StoreKeychain</name>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="123"/>
        <source>the system keychain</source>
        <translation>der System-Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="133"/>
        <location filename="../ui/credentials/storekeychain.cpp" line="136"/>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="151"/>
        <source>no keychain service is available</source>
        <translation>kein Schlüsselbunddienst verfügbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/credentials/storekeychain.cpp" line="261"/>
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="164"/>
        <location filename="../ui/credentials/storekeychain.cpp" line="194"/>
        <location filename="../ui/credentials/storekeychain.cpp" line="219"/>
        <source>only a PostgreSQL store has a password</source>
        <translation>nur ein PostgreSQL-Speicher hat ein Passwort</translation>
    </message>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="195"/>
        <source>an empty password is not saved</source>
        <translation>ein leeres Passwort wird nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="207"/>
        <source>the keychain did not save the password: %1</source>
        <translation>der Schlüsselbund hat das Passwort nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="230"/>
        <source>the keychain did not forget the password: %1</source>
        <translation>der Schlüsselbund hat das Passwort nicht vergessen: %1</translation>
    </message>
</context>
<context>
    <name>airlock::StoreOpener</name>
    <message>
        <location filename="../ui/credentials/storeopener.cpp" line="38"/>
        <source>none is saved in the system keychain</source>
        <translation>im System-Schlüsselbund ist keines gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/credentials/storeopener.cpp" line="39"/>
        <source>the system keychain is not available (%1)</source>
        <translation>der System-Schlüsselbund ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <location filename="../ui/credentials/storeopener.cpp" line="41"/>
        <source>%1

The server wants a password: %2, and libpq&apos;s password file (PGPASSFILE, else ~/.pgpass) has none for this login. Type it in File ▸ Open Store…, or add it to the password file.</source>
        <translation>%1

Der Server verlangt ein Passwort: %2, und die Passwortdatei von libpq (PGPASSFILE, sonst ~/.pgpass) enthält keines für diese Anmeldung. Geben Sie es unter Datei ▸ Speicher öffnen… ein oder tragen Sie es in die Passwortdatei ein.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/storeopener.cpp" line="50"/>
        <source>The server refused the password saved in the system keychain (%1) for %2. Forget it, or save the right one, in File ▸ Open Store…

The server said: %3</source>
        <translation>Der Server hat das im System-Schlüsselbund (%1) gespeicherte Passwort für %2 abgelehnt. Vergessen Sie es oder speichern Sie das richtige unter Datei ▸ Speicher öffnen…

Der Server meldete: %3</translation>
    </message>
    <message>
        <location filename="../ui/credentials/storeopener.cpp" line="55"/>
        <source>%1

(The password came from the system keychain (%2).)</source>
        <translation>%1

(Das Passwort stammt aus dem System-Schlüsselbund (%2).)</translation>
    </message>
</context>
<context>
    <name>airlock::TimelineView</name>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="90"/>
        <source>Wheel or +/− to zoom, drag to pan, 0 to fit; ←/→ step through the events</source>
        <translation>Mausrad oder +/− zum Zoomen, Ziehen zum Verschieben, 0 zum Einpassen; ←/→ gehen die Ereignisse durch</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="263"/>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="286"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="287"/>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="324"/>
        <source>since start</source>
        <translation>seit Start</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="349"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="351"/>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="415"/>
        <source>stopped here</source>
        <translation>hier gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="416"/>
        <source>blocked here</source>
        <translation>hier blockiert</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="417"/>
        <source>failed here</source>
        <translation>hier fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>airlock::ToolsSection</name>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="319"/>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="321"/>
        <source>destructive</source>
        <translation>destruktiv</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="321"/>
        <source>non-destructive</source>
        <translation>nicht destruktiv</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="323"/>
        <source>idempotent</source>
        <translation>idempotent</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="325"/>
        <source>open-world</source>
        <translation>offene Welt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="325"/>
        <source>closed-world</source>
        <translation>geschlossene Welt</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="38"/>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="52"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="52"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="52"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="52"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="53"/>
        <source>Derived power</source>
        <translation>Abgeleitete Befugnis</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="53"/>
        <source>Effective power</source>
        <translation>Wirksame Befugnis</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="60"/>
        <source>MCP annotations are untrusted hints from the tool server. A hint that is absent takes MCP&apos;s default: not read-only, destructive, not idempotent, open-world.</source>
        <translation>MCP-Annotationen sind nicht vertrauenswürdige Hinweise des Werkzeugservers. Fehlt ein Hinweis, gilt der MCP-Standardwert: nicht nur lesend, destruktiv, nicht idempotent, offene Welt.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="64"/>
        <source>The power derived from the tool&apos;s definition and annotations</source>
        <translation>Die aus Definition und Annotationen des Werkzeugs abgeleitete Befugnis</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="66"/>
        <source>The power the policy applies: the derived one, unless a lead set another</source>
        <translation>Die Befugnis, die die Richtlinie anwendet: die abgeleitete, sofern die Leitung keine andere festgelegt hat</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="73"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="332"/>
        <source>not annotated: treated as destructive and open-world</source>
        <translation>nicht annotiert: gilt als destruktiv und offene Welt</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="334"/>
        <source>no claims: treated as destructive and open-world</source>
        <translation>keine Angaben: gilt als destruktiv und offene Welt</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="93"/>
        <source>%1 (set by a lead)</source>
        <translation>%1 (von der Leitung festgelegt)</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="94"/>
        <source>A lead set this power; the annotations suggest %1.</source>
        <translation>Die Leitung hat diese Befugnis festgelegt; die Annotationen legen „%1“ nahe.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="99"/>
        <source>%1 (not granted)</source>
        <translation>%1 (nicht gewährt)</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="100"/>
        <source>The connector is not granted %1, so every call of this tool is refused.</source>
        <translation>Dem Konnektor ist „%1“ nicht gewährt, daher wird jeder Aufruf dieses Werkzeugs abgewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="342"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="109"/>
        <source>Its definition is the one that was reviewed.</source>
        <translation>Die Definition entspricht der geprüften.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="344"/>
        <source>New — blocked until reviewed</source>
        <translation>Neu – blockiert bis zur Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="112"/>
        <source>First seen %1. Every call is refused until a lead reviews it.</source>
        <translation>Erstmals gesehen: %1. Jeder Aufruf wird abgewiesen, bis die Leitung es prüft.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="346"/>
        <source>Changed since review — blocked</source>
        <translation>Seit der Prüfung geändert – blockiert</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="116"/>
        <source>Its definition changed since the last review (reviewed %1, now %2). Every call is refused until a lead reviews it again.</source>
        <translation>Die Definition hat sich seit der letzten Prüfung geändert (geprüft: %1, jetzt: %2). Jeder Aufruf wird abgewiesen, bis die Leitung es erneut prüft.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="136"/>
        <source>readOnlyHint: %1, destructiveHint: %2, idempotentHint: %3, openWorldHint: %4</source>
        <translation>readOnlyHint: %1, destructiveHint: %2, idempotentHint: %3, openWorldHint: %4</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="151"/>
        <source>No tools recorded yet: the gateway records each tool the first time the server lists it.</source>
        <translation>Noch keine Werkzeuge erfasst: Das Gateway erfasst jedes Werkzeug, sobald der Server es zum ersten Mal auflistet.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="156"/>
        <source>1 tool, reviewed.</source>
        <translation>1 Werkzeug, geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="157"/>
        <source>%1 tools, all reviewed.</source>
        <translation>%1 Werkzeuge, alle geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="160"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="162"/>
        <source>1 tool</source>
        <translation>1 Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="163"/>
        <source>%1 tools</source>
        <translation>%1 Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="164"/>
        <source>1 new or changed since review: blocked until reviewed.</source>
        <translation>1 neu oder seit der Prüfung geändert: blockiert bis zur Prüfung.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="165"/>
        <source>%1 new or changed since review: blocked until reviewed.</source>
        <translation>%1 neu oder seit der Prüfung geändert: blockiert bis zur Prüfung.</translation>
    </message>
</context>
</TS>

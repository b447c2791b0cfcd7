<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/airlock/main.cpp" line="54"/>
        <location filename="../app/airlock/main.cpp" line="65"/>
        <location filename="../app/airlock/main.cpp" line="72"/>
        <source>Airlock</source>
        <translation type="unfinished">Airlock</translation>
    </message>
</context>
<context>
    <name>airlock::ActivitySection</name>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="27"/>
        <source>No activity recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="32"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="32"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="32"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="32"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="32"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="33"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="33"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="45"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="70"/>
        <source>%1 (event #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="91"/>
        <source>Nothing this connector did or was refused is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="96"/>
        <source>1 recent event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="97"/>
        <source>%1 recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="99"/>
        <source>no blocked attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="101"/>
        <source>1 blocked attempt, listed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="102"/>
        <source>%1 blocked attempts, listed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="105"/>
        <source>1 event in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="106"/>
        <source>%1 events in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="107"/>
        <source>%1: %2. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="355"/>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="357"/>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="359"/>
        <location filename="../ui/sections/sectiontext.cpp" line="400"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="361"/>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="363"/>
        <source>validation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="365"/>
        <source>approval needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="374"/>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="376"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="378"/>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="380"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="382"/>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="384"/>
        <source>send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="386"/>
        <source>trigger action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="388"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="390"/>
        <source>approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="392"/>
        <source>approval decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="394"/>
        <source>approval expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="396"/>
        <source>approval withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="398"/>
        <source>action executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="402"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="404"/>
        <source>run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="406"/>
        <source>run ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="408"/>
        <source>connector added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="410"/>
        <source>connector changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="412"/>
        <source>scope changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="414"/>
        <source>powers changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="416"/>
        <source>mode changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="418"/>
        <source>connector paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="420"/>
        <source>connector resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="422"/>
        <source>connector disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="424"/>
        <source>connector reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="426"/>
        <source>connector retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="428"/>
        <source>review recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="430"/>
        <source>tool discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="432"/>
        <source>tool changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="434"/>
        <source>tool reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::AuditEventModel</name>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="124"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="126"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="128"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="130"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="132"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="134"/>
        <source>Change and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="145"/>
        <source>Run triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="147"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="149"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="151"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="153"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="155"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="157"/>
        <source>Action triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="159"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="161"/>
        <source>Approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="163"/>
        <source>Approval decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="165"/>
        <source>Approval expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="167"/>
        <source>Approval withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="169"/>
        <source>Approved action ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="171"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="173"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="175"/>
        <source>Run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="177"/>
        <source>Run ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="179"/>
        <source>Connector added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="181"/>
        <source>Connector changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="183"/>
        <source>Scope changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="185"/>
        <source>Powers changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="187"/>
        <location filename="../ui/auditpage.cpp" line="65"/>
        <source>Permission mode changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="189"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="191"/>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="193"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="195"/>
        <source>Reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="197"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="199"/>
        <source>Review recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="201"/>
        <source>Tool discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="203"/>
        <source>Tool definition changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="205"/>
        <source>Tool reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="82"/>
        <source>Only changes to this connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="88"/>
        <source>Who (identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="89"/>
        <source>Only changes made by this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="97"/>
        <source>Only this kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="98"/>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="104"/>
        <source>Only changes made in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="105"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="106"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="107"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="108"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="109"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="110"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="114"/>
        <source>Search what changed and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="139"/>
        <source>Load More</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="141"/>
        <source>Show the next %n older change(s)</source>
        <translation>
            <numerusform>Show the next %n older change</numerusform>
            <numerusform>Show the next %n older changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="143"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="145"/>
        <source>Every change that matches the filters, not only those shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="154"/>
        <source>Evidence chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="156"/>
        <source>Verification recomputes every event&apos;s hash from event #1 to the newest and checks that each one links to the one before it. It runs in the background; the console stays usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="167"/>
        <source>Verify Evidence Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="173"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="179"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="182"/>
        <source>Not yet checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="260"/>
        <source>All connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="321"/>
        <source>Cannot read the governance record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="326"/>
        <source>No governance changes match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="329"/>
        <source>The newest %n change(s); older ones follow with Load More.</source>
        <translation>
            <numerusform>The newest %n change; older ones follow with Load More.</numerusform>
            <numerusform>The newest %n changes; older ones follow with Load More.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="331"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="350"/>
        <source>Export Governance Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="351"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="356"/>
        <location filename="../ui/auditpage.cpp" line="362"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="363"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="366"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="378"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="406"/>
        <source>%L1 of %L2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="414"/>
        <source>Cancelled after %L1 of %L2 events: the chain is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="419"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="419"/>
        <source>Intact: %Ln event(s) checked</source>
        <translation>
            <numerusform>Intact: %Ln event checked</numerusform>
            <numerusform>Intact: %Ln events checked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="423"/>
        <source>Broken at #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="431"/>
        <source>Cannot read the events around it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="441"/>
        <source>Cannot verify the evidence chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::AuditReport</name>
    <message>
        <location filename="../ui/auditreport.cpp" line="89"/>
        <source>Connector audit report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="90"/>
        <source>Airlock</source>
        <translation type="unfinished">Airlock</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="94"/>
        <source>The PDF writer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="112"/>
        <location filename="../ui/auditreporthtml.cpp" line="595"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="119"/>
        <source>The PDF writer could not add a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="131"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="135"/>
        <source>Airlock audit report · %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="141"/>
        <source>The PDF writer could not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="164"/>
        <location filename="../ui/auditreport.cpp" line="180"/>
        <source>Cannot write the audit report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="176"/>
        <source>Cannot make the audit report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="196"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="198"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="200"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="202"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="212"/>
        <source>only important calls need a human: a send, a change not marked non-destructive, or a target that matches a trigger rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="242"/>
        <source>%1 fail, %2 warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="244"/>
        <source>%1 fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="246"/>
        <source>%1 warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="257"/>
        <location filename="../ui/auditreporthtml.cpp" line="715"/>
        <source>Connector audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="258"/>
        <source>Airlock — every connector: purpose, owner, scope, powers, identity, tools, activity, readiness and drift since review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="288"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="289"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="289"/>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="292"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="293"/>
        <location filename="../ui/auditreporthtml.cpp" line="318"/>
        <source>Connectors</source>
        <translation type="unfinished">Connectors</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="294"/>
        <source>%1 in all: %2 active, %3 paused, %4 disconnected, %5 retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="297"/>
        <location filename="../ui/auditreporthtml.cpp" line="327"/>
        <location filename="../ui/auditreporthtml.cpp" line="614"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="298"/>
        <source>%1 pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="299"/>
        <source>%1 with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="300"/>
        <source>%1 failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="301"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="302"/>
        <source>%1 overdue, %2 never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="304"/>
        <location filename="../ui/auditreporthtml.cpp" line="526"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="305"/>
        <source>%1 recorded, %2 new or changed since review (blocked until reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="309"/>
        <source>Pending approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="310"/>
        <source>Blocked calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="310"/>
        <source>%1 in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="312"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="313"/>
        <source>Events on the chain: %1 (head #%2); verify it with &quot;airlockctl verify&quot; or the Audit screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="320"/>
        <source>No connectors are recorded in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="323"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="324"/>
        <location filename="../ui/auditreporthtml.cpp" line="382"/>
        <source>Target system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="325"/>
        <location filename="../ui/auditreporthtml.cpp" line="383"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="326"/>
        <source>Permission mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="328"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="335"/>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="344"/>
        <source>Each connector follows on its own page, in this order. Verdicts, readiness and drift are computed by Airlock&apos;s policy code from the store as of the time above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="360"/>
        <source>Readiness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="361"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="378"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="380"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="387"/>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="388"/>
        <source>Trust stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="389"/>
        <source>Disable path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="391"/>
        <source>Rollback plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="397"/>
        <location filename="../ui/auditreporthtml.cpp" line="402"/>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="398"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="402"/>
        <source>Never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="406"/>
        <location filename="../ui/auditreporthtml.cpp" line="412"/>
        <source>Next review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="407"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="409"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="416"/>
        <source>Freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="417"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="422"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="425"/>
        <source>No scope rules are recorded, so nothing is in scope: every call with a target is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="427"/>
        <source>Rules are checked in order: the last matching rule decides; anything not included is out of scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="429"/>
        <location filename="../ui/auditreporthtml.cpp" line="478"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="429"/>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="429"/>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="435"/>
        <source>include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="435"/>
        <source>exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="443"/>
        <source>Powers and approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="444"/>
        <source>Permission mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="448"/>
        <source>Status: %1. Every call is refused now; the table shows what applies once it is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="453"/>
        <location filename="../ui/auditreporthtml.cpp" line="538"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="453"/>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="453"/>
        <source>Under this mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="453"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="461"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="466"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="478"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="478"/>
        <source>Target pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="489"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="493"/>
        <source>No identity warnings: it is owned, not shared, rotated on time and revocable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="503"/>
        <source>1 identity warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="504"/>
        <source>%1 identity warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="509"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="510"/>
        <source>Acts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="511"/>
        <source>On behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="512"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="513"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="514"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="516"/>
        <source>Credential owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="517"/>
        <source>Last rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="518"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="520"/>
        <source>How to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="528"/>
        <source>No tools recorded yet: the gateway records each tool the first time the server lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="532"/>
        <source>Tools: %1, all reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="533"/>
        <source>Tools: %1. New or changed since review, and so blocked until reviewed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="538"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="538"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="538"/>
        <source>Since review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="550"/>
        <source>set by a lead; derived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="552"/>
        <source>not granted: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="560"/>
        <source>first seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="565"/>
        <source>definition %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="582"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="586"/>
        <source>Nothing this connector did or was refused is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="587"/>
        <source>The most recent events, blocked attempts first (%1 shown). Events in the last 30 days: %2. Blocked calls in the last 7 days: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="592"/>
        <source>When, who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="593"/>
        <source>Event and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="594"/>
        <source>Tool and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="616"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="616"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="616"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="628"/>
        <source>Drift since review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="631"/>
        <source>Never reviewed: everything is unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="632"/>
        <source>Its powers, scope, identity and tools have not been looked at by a reviewer. Recording a review snapshots them; drift is measured from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="637"/>
        <source>Last review: %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="641"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="645"/>
        <source>The review&apos;s snapshot cannot be read, so drift is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="651"/>
        <source>No changes since the review on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="653"/>
        <source>1 change since the review on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="654"/>
        <source>%1 changes since the review on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="665"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="665"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="665"/>
        <source>At review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="665"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::ConnectorDetail</name>
    <message>
        <location filename="../ui/connectordetail.cpp" line="32"/>
        <source>Select a connector to see what it may touch, what needs a human, which identity it acts as, and what evidence it left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="65"/>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="66"/>
        <source>Refuse every call through this connector now (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="71"/>
        <source>Re&amp;connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="72"/>
        <source>&amp;Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="73"/>
        <source>Res&amp;ume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="74"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="75"/>
        <source>Change the permission mode, powers or scope rules (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="77"/>
        <source>Record &amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="78"/>
        <source>Re&amp;tire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="114"/>
        <source>%1 · %2 · owned by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="116"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::ConnectorEditDialog</name>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="23"/>
        <source>Always ask — every call waits for a human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="24"/>
        <source>Any changes — everything but read and search waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="25"/>
        <source>Important actions — only calls that match a trigger wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="26"/>
        <source>Never ask — earned autonomy, narrow and monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="37"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="59"/>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="59"/>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="68"/>
        <source>Add include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="71"/>
        <source>Add exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="74"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="81"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="83"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="92"/>
        <source>Why this change? (required, kept as evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="96"/>
        <source>Permission mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="97"/>
        <source>Powers granted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="100"/>
        <source>Scope rules, in order (the last matching rule decides; anything not included is out of scope):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="105"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="108"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="123"/>
        <source>include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="124"/>
        <source>exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="184"/>
        <source>Nothing changed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="184"/>
        <source>Give a reason first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::ConnectorTableModel</name>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="286"/>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="287"/>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="301"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="314"/>
        <source>%1 fail, %2 warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="315"/>
        <source>%1 fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="316"/>
        <source>%1 warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="316"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="318"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="172"/>
        <location filename="../core/inventory/connectortablemodel.cpp" line="322"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="21"/>
        <source>document source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="23"/>
        <source>business app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="25"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="27"/>
        <source>communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="29"/>
        <source>workflow tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="31"/>
        <source>device or facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="40"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="42"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="44"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="46"/>
        <location filename="../core/inventory/connectortablemodel.cpp" line="67"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="55"/>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="57"/>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="59"/>
        <source>limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="61"/>
        <source>monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="63"/>
        <source>reassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="65"/>
        <source>reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="76"/>
        <source>observe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="78"/>
        <location filename="../core/inventory/connectortablemodel.cpp" line="97"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="80"/>
        <source>propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="82"/>
        <source>act with approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="84"/>
        <source>scoped autonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="93"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="95"/>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="99"/>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="101"/>
        <source>send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="103"/>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="112"/>
        <source>always ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="114"/>
        <source>any changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="116"/>
        <source>important actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="118"/>
        <source>never ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="127"/>
        <source>Every call waits for a human.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="129"/>
        <source>Reads and searches run; every change waits for a human.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="131"/>
        <source>Only calls that match an approval trigger wait for a human.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="133"/>
        <source>Nothing waits for a human: earned autonomy, narrow and monitored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="142"/>
        <source>service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="144"/>
        <source>delegated user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="146"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="148"/>
        <source>OAuth app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="150"/>
        <source>platform managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="178"/>
        <source>no rules: nothing in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="187"/>
        <source>+%1 −%2 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="336"/>
        <source>No purpose stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="337"/>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="337"/>
        <location filename="../core/inventory/connectortablemodel.cpp" line="346"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/inventory/connectortablemodel.cpp" line="339"/>
        <source>%n approval request(s) pending</source>
        <translation>
            <numerusform>%n approval request pending</numerusform>
            <numerusform>%n approval requests pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/inventory/connectortablemodel.cpp" line="341"/>
        <source>%n tool(s) new or changed since the last review</source>
        <translation>
            <numerusform>%n tool new or changed since the last review</numerusform>
            <numerusform>%n tools new or changed since the last review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="345"/>
        <source>%1
Kind: %2
Transport: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="349"/>
        <source>%1
Lifecycle: %2
Trust: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="352"/>
        <source>Granted: %1
Highest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="354"/>
        <source>No powers granted: every call is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="360"/>
        <source>no principal stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="362"/>
        <source>On behalf of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="364"/>
        <source>Shared with other systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="369"/>
        <source>No scope rules: nothing is in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="372"/>
        <source>include %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="372"/>
        <source>exclude %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="377"/>
        <source>Every checklist area passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="380"/>
        <source>Never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="381"/>
        <source>Reviewed by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="382"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="386"/>
        <source>No next review set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="387"/>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="388"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="391"/>
        <source>Last evidence event at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="392"/>
        <source>No evidence recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/inventory/connectortablemodel.cpp" line="394"/>
        <source>%n blocked attempt(s) in the last 7 days</source>
        <translation>
            <numerusform>%n blocked attempt in the last 7 days</numerusform>
            <numerusform>%n blocked attempts in the last 7 days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="397"/>
        <source>Reconnect %1: a deliberate, recorded decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="399"/>
        <source>Retired connectors stay disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="400"/>
        <source>Disconnect %1 now: every call through it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="447"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="449"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="451"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="453"/>
        <source>Powers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="455"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="457"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="459"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="461"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="463"/>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="465"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="467"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="469"/>
        <source>Blocked (7 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="471"/>
        <source>Kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="477"/>
        <source>Permission mode: when a human must approve a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="479"/>
        <source>Include and exclude rules, and the first included path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="481"/>
        <source>When the next review is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="483"/>
        <source>The connector&apos;s newest evidence event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="485"/>
        <source>Blocked attempts in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::ConnectorsPage</name>
    <message>
        <location filename="../ui/connectorspage.cpp" line="50"/>
        <source>Search connectors (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="60"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="69"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="72"/>
        <source>Export PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="123"/>
        <source>Disconnect %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="124"/>
        <source>Record Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="162"/>
        <source>Loading the inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="172"/>
        <source>Cannot read the inventory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectorspage.cpp" line="196"/>
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n connector</numerusform>
            <numerusform>%n connectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectorspage.cpp" line="197"/>
        <source>%n with drift</source>
        <translation>
            <numerusform>%n with drift</numerusform>
            <numerusform>%n with drift</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectorspage.cpp" line="198"/>
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n review overdue</numerusform>
            <numerusform>%n reviews overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectorspage.cpp" line="199"/>
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n disconnected</numerusform>
            <numerusform>%n disconnected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="256"/>
        <location filename="../ui/connectorspage.cpp" line="264"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="274"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="275"/>
        <source>Reason (required, kept as evidence):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="275"/>
        <source>Reason (kept as evidence):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="280"/>
        <source>A reason is required to %1 a connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="292"/>
        <source>Record review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="293"/>
        <source>What did you review? Recording snapshots the connector and marks its tools reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="298"/>
        <source>Record review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="306"/>
        <location filename="../ui/connectorspage.cpp" line="318"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="324"/>
        <source>Export connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="325"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="330"/>
        <location filename="../ui/connectorspage.cpp" line="335"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="335"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="340"/>
        <source>Export audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="342"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="346"/>
        <source>Export PDF report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::DisconnectDialog</name>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="31"/>
        <source>Disconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="34"/>
        <source>&lt;b&gt;Disconnect %1?&lt;/b&gt; Every call through it will be refused at once, by every console, gateway and script that uses this store. Reconnecting later is a separate, recorded decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="44"/>
        <source>%1 on %2 — requested by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="46"/>
        <source>No pending approval requests will be affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disconnectdialog.cpp" line="47"/>
        <source>%n pending approval request(s) will be withdrawn:</source>
        <translation>
            <numerusform>%n pending approval request will be withdrawn:</numerusform>
            <numerusform>%n pending approval requests will be withdrawn:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="54"/>
        <source>%1 (%2), started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="56"/>
        <source>No runs are in flight on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/disconnectdialog.cpp" line="57"/>
        <source>%n run(s) in flight will be refused their next call:</source>
        <translation>
            <numerusform>%n run in flight will be refused its next call:</numerusform>
            <numerusform>%n runs in flight will be refused their next call:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="65"/>
        <source>It has no recorded tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="66"/>
        <source>These tools stop working: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="70"/>
        <source>Reason (kept as evidence):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="78"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::DriftSection</name>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="555"/>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="33"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="33"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="33"/>
        <source>At review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="33"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="43"/>
        <source>Drift since review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="54"/>
        <source>Never reviewed: everything is unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="55"/>
        <source>Its powers, scope, identity and tools have not been looked at by a reviewer. Recording a review snapshots them; drift is measured from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="62"/>
        <source>Last review: %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="68"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="74"/>
        <source>The review&apos;s snapshot cannot be read, so drift is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="81"/>
        <source>No changes since the review on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="85"/>
        <source>1 change since the review on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="86"/>
        <source>%1 changes since the review on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="523"/>
        <source>Power granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="525"/>
        <source>Power removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="527"/>
        <source>Scope widened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="529"/>
        <source>Scope narrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="531"/>
        <source>Scope rules reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="533"/>
        <source>Permission mode relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="535"/>
        <source>Permission mode tightened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="537"/>
        <source>Approval triggers changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="539"/>
        <source>Identity changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="541"/>
        <source>Tool added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="543"/>
        <source>Tool removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="545"/>
        <source>Tool definition changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="547"/>
        <source>Tool power changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::IdentitySection</name>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="42"/>
        <source>Identity warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="50"/>
        <source>No identity warnings: it is owned, not shared, rotated on time and revocable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="68"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="69"/>
        <source>Acts as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="70"/>
        <source>On behalf of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="71"/>
        <source>Approved by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="72"/>
        <source>Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="73"/>
        <source>Shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="74"/>
        <source>Credential owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="75"/>
        <source>Last rotation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="76"/>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="77"/>
        <source>How to revoke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="83"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="106"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="208"/>
        <source>Yes: other systems use the same identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="209"/>
        <source>No: only this connector uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="216"/>
        <location filename="../ui/sections/sectiontext.cpp" line="224"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="224"/>
        <source>%1 (expired %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::InsightsPage</name>
    <message>
        <location filename="../ui/insightspage.cpp" line="79"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="81"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="83"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="85"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="94"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="96"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="98"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="100"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="102"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="104"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="106"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="114"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="116"/>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="118"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="154"/>
        <source>d MMM</source>
        <comment>short date on chart axes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="242"/>
        <source>No connectors in this store yet. Once connectors are added (for example with airlockctl connector apply), their status, powers, readiness, reviews and blocked attempts appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="287"/>
        <source>Connectors by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="300"/>
        <location filename="../ui/insightspage.cpp" line="313"/>
        <location filename="../ui/insightspage.cpp" line="323"/>
        <location filename="../ui/insightspage.cpp" line="345"/>
        <source>Connectors</source>
        <translation type="unfinished">Connectors</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="312"/>
        <source>Connectors by highest power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="322"/>
        <source>Risk rises ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="334"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="344"/>
        <source>Worst checklist result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="357"/>
        <source>Reviews due in the next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="358"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="359"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="370"/>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="371"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="391"/>
        <location filename="../ui/insightspage.cpp" line="573"/>
        <source>Blocked attempts per connector, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="400"/>
        <source>Day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="401"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="431"/>
        <source>Cannot read the insights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightspage.cpp" line="451"/>
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n connector</numerusform>
            <numerusform>%n connectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightspage.cpp" line="452"/>
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n review overdue</numerusform>
            <numerusform>%n reviews overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightspage.cpp" line="453"/>
        <source>%n blocked attempt(s) in the last 30 days</source>
        <translation>
            <numerusform>%n blocked attempt in the last 30 days</numerusform>
            <numerusform>%n blocked attempts in the last 30 days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="523"/>
        <source>(no connector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="538"/>
        <source>Other connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="572"/>
        <source>Blocked attempts per connector, last 30 days: none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="36"/>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>&amp;Open Store…</source>
        <translation>&amp;Open Store…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>&amp;About Airlock</source>
        <translation>&amp;About Airlock</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <source>Agent actions waiting for a reviewer will be listed here, with the source evidence the agent read and exactly what will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>The connector inventory: purpose, owner, scope, powers, identity, permission mode, review state, drift and readiness, with a kill switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>Every run reconstructed from its evidence: trigger, reads, outputs, approvals, actions, and where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>The inventory and the approval flow at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>Every governance change, and verification of the whole evidence chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Evidence chain: checking… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>A local file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>A shared PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>Changes by other programs appear as they happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Changes by other programs appear within a few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>&amp;Verify Evidence Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>About Airlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Airlock %1 — a governance console for AI connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Evidence chain: intact</source>
        <translation>Evidence chain: intact</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>Evidence chain: broken at #%1</source>
        <translation>Evidence chain: broken at #%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>%n event(s) checked</source>
        <translation>
            <numerusform>%n event checked</numerusform>
            <numerusform>%n events checked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Open Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>Evidence chain: not yet checked</source>
        <translation>Evidence chain: not yet checked</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>Not live</source>
        <translation>Not live</translation>
    </message>
</context>
<context>
    <name>airlock::OpenStoreDialog</name>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="22"/>
        <source>Open Evidence Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="25"/>
        <source>Local file (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="29"/>
        <source>/path/to/evidence.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="30"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="36"/>
        <source>Shared server (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="42"/>
        <source>Passwords are never stored by Airlock: put them in ~/.pgpass (or PGPASSFILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="81"/>
        <source>Recent stores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="112"/>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="112"/>
        <source>Enter the server&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="121"/>
        <source>Evidence store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="122"/>
        <source>Airlock stores (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::OverviewSection</name>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="125"/>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="125"/>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="125"/>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="125"/>
        <source>monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="126"/>
        <source>maintain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="126"/>
        <source>reassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="126"/>
        <source>reduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="126"/>
        <source>retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="152"/>
        <source>observe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="152"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="152"/>
        <source>propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="152"/>
        <source>act with approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="153"/>
        <source>scoped autonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="28"/>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="29"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="30"/>
        <source>Target system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="31"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="32"/>
        <source>Lifecycle stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="33"/>
        <source>Trust stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="34"/>
        <source>Disable path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="35"/>
        <source>Rollback plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="36"/>
        <source>Freshness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="90"/>
        <source>document source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="92"/>
        <source>business app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="94"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="96"/>
        <source>communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="98"/>
        <source>workflow tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="100"/>
        <source>device or facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="120"/>
        <source>%1 (current step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="209"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="229"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="119"/>
        <source>(target not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="118"/>
        <source>%1 — %2, via %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="75"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="77"/>
        <source>Paused — every call is refused until it is resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="79"/>
        <source>Disconnected — every call is refused; reconnecting is a recorded decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="81"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="170"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="173"/>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="173"/>
        <source>%1 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="177"/>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="177"/>
        <source>%1 hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="179"/>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="159"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="161"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="163"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="164"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="108"/>
        <source>MCP (stdio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="110"/>
        <source>MCP (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="112"/>
        <source>MCP (SSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="190"/>
        <source>stale: never synced, limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="191"/>
        <source>Never synced; no freshness limit recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="198"/>
        <source>last sync %1; no freshness limit recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="200"/>
        <source>stale: last sync %1, limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="202"/>
        <source>fresh: last sync %1, limit %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::PowersSection</name>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="21"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="22"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="23"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="24"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="25"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="26"/>
        <location filename="../ui/sections/powerssection.cpp" line="114"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="29"/>
        <source>Look at records, files and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="30"/>
        <source>Query and list what is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="31"/>
        <source>Prepare a change or message nobody sees yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="32"/>
        <source>Change records in the target system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="33"/>
        <source>Send something out (email, chat, webhook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="34"/>
        <source>Start actions elsewhere (workflows, payments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="232"/>
        <source>Always ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="234"/>
        <source>Any changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="236"/>
        <source>Important actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="238"/>
        <source>Never ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="247"/>
        <source>every call needs a human.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="249"/>
        <source>reads and searches run; every other call needs a human.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="251"/>
        <source>only important calls need a human: a send, a change not marked non-destructive, or a target that matches a trigger rule below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="254"/>
        <source>every granted, in-scope call runs without a human (earned autonomy: keep it narrow and monitored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="264"/>
        <source>External send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="266"/>
        <source>Destructive change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="268"/>
        <source>Privileged change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="270"/>
        <source>Production write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="272"/>
        <source>Customer-visible edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="274"/>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="276"/>
        <source>Access beyond normal scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="36"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="37"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="38"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="39"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="84"/>
        <source>Powers and what a call with each gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="96"/>
        <source>Trigger rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="107"/>
        <source>Powers and approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="113"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="113"/>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="113"/>
        <source>Under this mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="113"/>
        <source>What it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="114"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="114"/>
        <source>Target pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="117"/>
        <source>Permission mode: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="122"/>
        <source>This connector is %1, so every call is refused now; the table shows what applies once it is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="294"/>
        <source>Runs automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="289"/>
        <source>Runs automatically, except on targets of trigger rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="292"/>
        <source>Runs automatically, except on targets of trigger rules %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="297"/>
        <source>Needs a human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="299"/>
        <source>Blocked: not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="299"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="152"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="152"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="307"/>
        <source>No trigger rules are recorded: under important actions, only sends and changes not marked non-destructive need a human.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="309"/>
        <source>Trigger rules: a call whose target matches one of these needs a human.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="311"/>
        <source>Trigger rules (they decide only under important actions, not under the current mode):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::ReadinessSection</name>
    <message>
        <location filename="../ui/sections/readinesssection.cpp" line="53"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/readinesssection.cpp" line="53"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/readinesssection.cpp" line="53"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/readinesssection.cpp" line="63"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="506"/>
        <source>Ready: all %1 checks pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="508"/>
        <source>Ready with warnings. To look at: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="510"/>
        <source>Not ready. Fails: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="512"/>
        <source>To look at: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="443"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="445"/>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="447"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="455"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="457"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="459"/>
        <source>Access level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="461"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="463"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="465"/>
        <source>Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="467"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="469"/>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="476"/>
        <source>Why does this connector exist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="478"/>
        <source>What sources, records, fields, tools, or actions are in scope?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="480"/>
        <source>Can the connector read, search, draft, write, send, or trigger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="482"/>
        <source>Which account, key, service identity, or authorization does it use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="484"/>
        <source>Does the connector respect user and role boundaries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="486"/>
        <source>What connector activity is recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="488"/>
        <source>Which actions require human or policy approval?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="490"/>
        <source>How can the connector be paused, revoked, reduced, or rolled back?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::ScopeSection</name>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="35"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="35"/>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="35"/>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="46"/>
        <source>Scope rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="49"/>
        <source>&amp;Test a resource path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="56"/>
        <source>a resource path, e.g. crm:accounts/segment=smb/4711</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="74"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="100"/>
        <source>No scope rules are recorded, so nothing is in scope: every call with a target is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="102"/>
        <source>Rules are checked in order: the last matching rule decides; anything not included is out of scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="112"/>
        <source>include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="112"/>
        <source>exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="135"/>
        <source>Type a resource path above to see whether it is in scope and which rule decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="148"/>
        <source>Out of scope — no rule includes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="153"/>
        <source>In scope — included by rule %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="154"/>
        <source>Out of scope — excluded by rule %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::SectionText</name>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="13"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="15"/>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="17"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="19"/>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="21"/>
        <source>send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="23"/>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="32"/>
        <source>Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="34"/>
        <source>Delegated user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="36"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="38"/>
        <source>OAuth app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="40"/>
        <source>Platform managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="47"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="65"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="67"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="67"/>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="68"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="68"/>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::ToolsSection</name>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="319"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="321"/>
        <source>destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="321"/>
        <source>non-destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="323"/>
        <source>idempotent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="325"/>
        <source>open-world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="325"/>
        <source>closed-world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="36"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="50"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="50"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="50"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="50"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="51"/>
        <source>Derived power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="51"/>
        <source>Effective power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="58"/>
        <source>MCP annotations are untrusted hints from the tool server. A hint that is absent takes MCP&apos;s default: not read-only, destructive, not idempotent, open-world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="62"/>
        <source>The power derived from the tool&apos;s definition and annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="64"/>
        <source>The power the policy applies: the derived one, unless a lead set another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="71"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="332"/>
        <source>not annotated: treated as destructive and open-world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="334"/>
        <source>no claims: treated as destructive and open-world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="91"/>
        <source>%1 (set by a lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="92"/>
        <source>A lead set this power; the annotations suggest %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="97"/>
        <source>%1 (not granted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="98"/>
        <source>The connector is not granted %1, so every call of this tool is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="342"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="107"/>
        <source>Its definition is the one that was reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="344"/>
        <source>New — blocked until reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="110"/>
        <source>First seen %1. Every call is refused until a lead reviews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="346"/>
        <source>Changed since review — blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="114"/>
        <source>Its definition changed since the last review (reviewed %1, now %2). Every call is refused until a lead reviews it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="132"/>
        <source>readOnlyHint: %1, destructiveHint: %2, idempotentHint: %3, openWorldHint: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="147"/>
        <source>No tools recorded yet: the gateway records each tool the first time the server lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="152"/>
        <source>1 tool, reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="153"/>
        <source>%1 tools, all reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="156"/>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="158"/>
        <source>1 tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="159"/>
        <source>%1 tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="160"/>
        <source>1 new or changed since review: blocked until reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="161"/>
        <source>%1 new or changed since review: blocked until reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

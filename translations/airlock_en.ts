<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
        <translation>No activity recorded</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="34"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="34"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="34"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="34"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="34"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="35"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="35"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="47"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="72"/>
        <source>%1 (event #%2)</source>
        <translation>%1 (event #%2)</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="94"/>
        <source>Nothing this connector did or was refused is on record.</source>
        <translation>Nothing this connector did or was refused is on record.</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="99"/>
        <source>1 recent event</source>
        <translation>1 recent event</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="100"/>
        <source>%1 recent events</source>
        <translation>%1 recent events</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="102"/>
        <source>no blocked attempts</source>
        <translation>no blocked attempts</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="104"/>
        <source>1 blocked attempt, listed first</source>
        <translation>1 blocked attempt, listed first</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="105"/>
        <source>%1 blocked attempts, listed first</source>
        <translation>%1 blocked attempts, listed first</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="108"/>
        <source>1 event in the last 30 days</source>
        <translation>1 event in the last 30 days</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="109"/>
        <source>%1 events in the last 30 days</source>
        <translation>%1 events in the last 30 days</translation>
    </message>
    <message>
        <location filename="../ui/sections/activitysection.cpp" line="110"/>
        <source>%1: %2. %3.</source>
        <translation>%1: %2. %3.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="355"/>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="357"/>
        <source>failure</source>
        <translation>failure</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="359"/>
        <location filename="../ui/sections/sectiontext.cpp" line="400"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="361"/>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="363"/>
        <source>validation error</source>
        <translation>validation error</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="365"/>
        <source>approval needed</source>
        <translation>approval needed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="374"/>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="376"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="378"/>
        <source>search</source>
        <translation>search</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="380"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="382"/>
        <source>write</source>
        <translation>write</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="384"/>
        <source>send</source>
        <translation>send</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="386"/>
        <source>trigger action</source>
        <translation>trigger action</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="388"/>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="390"/>
        <source>approval requested</source>
        <translation>approval requested</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="392"/>
        <source>approval decided</source>
        <translation>approval decided</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="394"/>
        <source>approval expired</source>
        <translation>approval expired</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="396"/>
        <source>approval withdrawn</source>
        <translation>approval withdrawn</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="398"/>
        <source>action executed</source>
        <translation>action executed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="402"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="404"/>
        <source>run started</source>
        <translation>run started</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="406"/>
        <source>run ended</source>
        <translation>run ended</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="408"/>
        <source>connector added</source>
        <translation>connector added</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="410"/>
        <source>connector changed</source>
        <translation>connector changed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="412"/>
        <source>scope changed</source>
        <translation>scope changed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="414"/>
        <source>powers changed</source>
        <translation>powers changed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="416"/>
        <source>mode changed</source>
        <translation>mode changed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="418"/>
        <source>connector paused</source>
        <translation>connector paused</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="420"/>
        <source>connector resumed</source>
        <translation>connector resumed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="422"/>
        <source>connector disconnected</source>
        <translation>connector disconnected</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="424"/>
        <source>connector reconnected</source>
        <translation>connector reconnected</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="426"/>
        <source>connector retired</source>
        <translation>connector retired</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="428"/>
        <source>review recorded</source>
        <translation>review recorded</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="430"/>
        <source>tool discovered</source>
        <translation>tool discovered</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="432"/>
        <source>tool changed</source>
        <translation>tool changed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="434"/>
        <source>tool reviewed</source>
        <translation>tool reviewed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="436"/>
        <source>approval granted ahead</source>
        <translation>approval granted ahead</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="438"/>
        <source>grant revoked</source>
        <translation>grant revoked</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="440"/>
        <source>role granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="442"/>
        <source>role revoked</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
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
        <translation>How approval requests ended, last 30 days</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="107"/>
        <location filename="../ui/approvalcharts.cpp" line="136"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="107"/>
        <location filename="../ui/approvalcharts.cpp" line="136"/>
        <location filename="../ui/approvalcharts.cpp" line="164"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="107"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="107"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="113"/>
        <source>Day (UTC)</source>
        <translation>Day (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="114"/>
        <location filename="../ui/approvalcharts.cpp" line="171"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="133"/>
        <source>Time to decision, last 30 days</source>
        <translation>Time to decision, last 30 days</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="141"/>
        <source>From request to decision</source>
        <translation>From request to decision</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="142"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="160"/>
        <location filename="../ui/approvalcharts.cpp" line="259"/>
        <source>Approve rate per tool, last 90 days</source>
        <translation>Approve rate per tool, last 90 days</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="164"/>
        <source>Approved as asked</source>
        <translation>Approved as asked</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="164"/>
        <source>Approved with edits</source>
        <translation>Approved with edits</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="165"/>
        <source>Expired undecided</source>
        <translation>Expired undecided</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="208"/>
        <source>Time to decision, last 30 days: no decisions</source>
        <translation>Time to decision, last 30 days: no decisions</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvalcharts.cpp" line="209"/>
        <source>Time to decision, last 30 days · median %1 over %n decision(s)</source>
        <translation>
            <numerusform>Time to decision, last 30 days · median %1 over %n decision</numerusform>
            <numerusform>Time to decision, last 30 days · median %1 over %n decisions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="226"/>
        <source>%1 (%2): no decisions</source>
        <translation>%1 (%2): no decisions</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvalcharts.cpp" line="227"/>
        <source>%1 (%2): %3% of %n approved</source>
        <translation>
            <numerusform>%1 (%2): %3% of %n approved</numerusform>
            <numerusform>%1 (%2): %3% of %n approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvalcharts.cpp" line="233"/>
        <source>%n with edits</source>
        <translation>
            <numerusform>%n with edits</numerusform>
            <numerusform>%n with edits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="235"/>
        <source>lighter mode?</source>
        <translation>lighter mode?</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="237"/>
        <source>ambiguous</source>
        <translation>ambiguous</translation>
    </message>
    <message>
        <location filename="../ui/approvalcharts.cpp" line="258"/>
        <source>Approve rate per tool, last 90 days: no requests decided</source>
        <translation>Approve rate per tool, last 90 days: no requests decided</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvalcharts.cpp" line="261"/>
        <source>(%n more tool(s) with fewer requests not shown)</source>
        <translation>
            <numerusform>(%n more tool with fewer requests not shown)</numerusform>
            <numerusform>(%n more tools with fewer requests not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airlock::ApproveForDialog</name>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="25"/>
        <source>Approve for…</source>
        <translation>Approve for…</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="29"/>
        <source>Approve %1 on %2 now, and let calls like it run without asking for a while. The grant is recorded, shown in the connector&apos;s Grants tab, and can be revoked there at any time.</source>
        <translation>Approve %1 on %2 now, and let calls like it run without asking for a while. The grant is recorded, shown in the connector&apos;s Grants tab, and can be revoked there at any time.</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="35"/>
        <source>In this run only (%1 on any target)</source>
        <translation>In this run only (%1 on any target)</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="38"/>
        <source>%1 on targets matching, in any run:</source>
        <translation>%1 on targets matching, in any run:</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="43"/>
        <source>&apos;*&apos; matches one path segment, &apos;**&apos; any number; it must cover %1</source>
        <translation>&apos;*&apos; matches one path segment, &apos;**&apos; any number; it must cover %1</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="46"/>
        <source>This request belongs to no run</source>
        <translation>This request belongs to no run</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="64"/>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="67"/>
        <source>Why (optional, recorded with the grant)</source>
        <translation>Why (optional, recorded with the grant)</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="68"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="75"/>
        <source>Approve and grant</source>
        <translation>Approve and grant</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="103"/>
        <source>Cannot grant: %1</source>
        <translation>Cannot grant: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="110"/>
        <source>%1 will run without asking in run %2 for %3.</source>
        <translation>%1 will run without asking in run %2 for %3.</translation>
    </message>
    <message>
        <location filename="../ui/approvefordialog.cpp" line="112"/>
        <source>%1 on targets matching %2 will run without asking, in any run, for %3.</source>
        <translation>%1 on targets matching %2 will run without asking, in any run, for %3.</translation>
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
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="131"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="133"/>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="135"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="137"/>
        <source>Change and why</source>
        <translation>Change and why</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="148"/>
        <source>Run triggered</source>
        <translation>Run triggered</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="150"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="152"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="154"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="156"/>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="158"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="160"/>
        <source>Action triggered</source>
        <translation>Action triggered</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="162"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="164"/>
        <source>Approval requested</source>
        <translation>Approval requested</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="166"/>
        <source>Approval decided</source>
        <translation>Approval decided</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="168"/>
        <source>Approval expired</source>
        <translation>Approval expired</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="170"/>
        <source>Approval withdrawn</source>
        <translation>Approval withdrawn</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="172"/>
        <source>Approved action ran</source>
        <translation>Approved action ran</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="174"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="176"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="178"/>
        <source>Run started</source>
        <translation>Run started</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="180"/>
        <source>Run ended</source>
        <translation>Run ended</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="182"/>
        <source>Connector added</source>
        <translation>Connector added</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="184"/>
        <source>Connector changed</source>
        <translation>Connector changed</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="186"/>
        <source>Scope changed</source>
        <translation>Scope changed</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="188"/>
        <source>Powers changed</source>
        <translation>Powers changed</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="190"/>
        <location filename="../ui/auditpage.cpp" line="66"/>
        <source>Permission mode changed</source>
        <translation>Permission mode changed</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="192"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="194"/>
        <source>Resumed</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="196"/>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="198"/>
        <source>Reconnected</source>
        <translation>Reconnected</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="200"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="202"/>
        <source>Review recorded</source>
        <translation>Review recorded</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="204"/>
        <source>Tool discovered</source>
        <translation>Tool discovered</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="206"/>
        <source>Tool definition changed</source>
        <translation>Tool definition changed</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="208"/>
        <source>Tool reviewed</source>
        <translation>Tool reviewed</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="210"/>
        <source>Approval granted ahead</source>
        <translation>Approval granted ahead</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="212"/>
        <source>Grant revoked</source>
        <translation>Grant revoked</translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="214"/>
        <source>Role granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditeventmodel.cpp" line="216"/>
        <source>Role revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="83"/>
        <source>Only changes to this connector</source>
        <translation>Only changes to this connector</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="89"/>
        <source>Who (identity)</source>
        <translation>Who (identity)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="90"/>
        <source>Only changes made by this identity</source>
        <translation>Only changes made by this identity</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="98"/>
        <source>Only this kind of change</source>
        <translation>Only this kind of change</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="99"/>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="105"/>
        <source>Only changes made in this period</source>
        <translation>Only changes made in this period</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="106"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="107"/>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="108"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="109"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="110"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="111"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="115"/>
        <source>Search what changed and why</source>
        <translation>Search what changed and why</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="140"/>
        <source>Load More</source>
        <translation>Load More</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="142"/>
        <source>Show the next %n older change(s)</source>
        <translation>
            <numerusform>Show the next %n older change</numerusform>
            <numerusform>Show the next %n older changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="144"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="146"/>
        <source>Every change that matches the filters, not only those shown</source>
        <translation>Every change that matches the filters, not only those shown</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="155"/>
        <source>Evidence chain</source>
        <translation>Evidence chain</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="157"/>
        <source>Verification recomputes every event&apos;s hash from event #1 to the newest, checks that each one links to the one before it, and checks the log against every trusted checkpoint and this machine&apos;s witness. It runs in the background; after each change the console checks only the new events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="171"/>
        <source>Verify Evidence Chain</source>
        <translation>Verify Evidence Chain</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="177"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="183"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="186"/>
        <source>Not yet checked.</source>
        <translation>Not yet checked.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="268"/>
        <source>All connectors</source>
        <translation>All connectors</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="329"/>
        <source>Cannot read the governance record: %1</source>
        <translation>Cannot read the governance record: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="334"/>
        <source>No governance changes match these filters.</source>
        <translation>No governance changes match these filters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="337"/>
        <source>The newest %n change(s); older ones follow with Load More.</source>
        <translation>
            <numerusform>The newest %n change; older ones follow with Load More.</numerusform>
            <numerusform>The newest %n changes; older ones follow with Load More.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="339"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="358"/>
        <source>Export Governance Record</source>
        <translation>Export Governance Record</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="359"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
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
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="374"/>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="386"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="419"/>
        <source>%L1 of %L2 events</source>
        <translation>%L1 of %L2 events</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="427"/>
        <source>Cancelled after %L1 of %L2 events: the chain is not checked.</source>
        <translation>Cancelled after %L1 of %L2 events: the chain is not checked.</translation>
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
            <numerusform>Intact: %Ln event checked</numerusform>
            <numerusform>Intact: %Ln events checked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="436"/>
        <source>Broken at #%1: %2</source>
        <translation>Broken at #%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="444"/>
        <source>Cannot read the events around it: %1</source>
        <translation>Cannot read the events around it: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="454"/>
        <source>Cannot verify the evidence chain: %1</source>
        <translation>Cannot verify the evidence chain: %1</translation>
    </message>
</context>
<context>
    <name>airlock::AuditReport</name>
    <message>
        <location filename="../ui/auditreport.cpp" line="89"/>
        <source>Connector audit report — %1</source>
        <translation>Connector audit report — %1</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="90"/>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="94"/>
        <source>The PDF writer could not start.</source>
        <translation>The PDF writer could not start.</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="112"/>
        <location filename="../ui/auditreporthtml.cpp" line="595"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="119"/>
        <source>The PDF writer could not add a page.</source>
        <translation>The PDF writer could not add a page.</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="131"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="135"/>
        <source>Airlock audit report · %1 · %2 · %3</source>
        <translation>Airlock audit report · %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="141"/>
        <source>The PDF writer could not finish.</source>
        <translation>The PDF writer could not finish.</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="164"/>
        <location filename="../ui/auditreport.cpp" line="180"/>
        <source>Cannot write the audit report to %1: %2</source>
        <translation>Cannot write the audit report to %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/auditreport.cpp" line="176"/>
        <source>Cannot make the audit report: %1</source>
        <translation>Cannot make the audit report: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="196"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="198"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="200"/>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="202"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="212"/>
        <source>only important calls need a human: a send, a change not marked non-destructive, or a target that matches a trigger rule.</source>
        <translation>only important calls need a human: a send, a change not marked non-destructive, or a target that matches a trigger rule.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="242"/>
        <source>%1 fail, %2 warn</source>
        <translation>%1 fail, %2 warn</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="244"/>
        <source>%1 fail</source>
        <translation>%1 fail</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="246"/>
        <source>%1 warn</source>
        <translation>%1 warn</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="257"/>
        <location filename="../ui/auditreporthtml.cpp" line="715"/>
        <source>Connector audit report</source>
        <translation>Connector audit report</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="258"/>
        <source>Airlock — every connector: purpose, owner, scope, powers, identity, tools, activity, readiness and drift since review</source>
        <translation>Airlock — every connector: purpose, owner, scope, powers, identity, tools, activity, readiness and drift since review</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="288"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="289"/>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="289"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="292"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="293"/>
        <location filename="../ui/auditreporthtml.cpp" line="318"/>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="294"/>
        <source>%1 in all: %2 active, %3 paused, %4 disconnected, %5 retired</source>
        <translation>%1 in all: %2 active, %3 paused, %4 disconnected, %5 retired</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="297"/>
        <location filename="../ui/auditreporthtml.cpp" line="327"/>
        <location filename="../ui/auditreporthtml.cpp" line="614"/>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="298"/>
        <source>%1 pass</source>
        <translation>%1 pass</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="299"/>
        <source>%1 with warnings</source>
        <translation>%1 with warnings</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="300"/>
        <source>%1 failing</source>
        <translation>%1 failing</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="301"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="302"/>
        <source>%1 overdue, %2 never reviewed</source>
        <translation>%1 overdue, %2 never reviewed</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="304"/>
        <location filename="../ui/auditreporthtml.cpp" line="526"/>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="305"/>
        <source>%1 recorded, %2 new or changed since review (blocked until reviewed)</source>
        <translation>%1 recorded, %2 new or changed since review (blocked until reviewed)</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="309"/>
        <source>Pending approvals</source>
        <translation>Pending approvals</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="310"/>
        <source>Blocked calls</source>
        <translation>Blocked calls</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="310"/>
        <source>%1 in the last 7 days</source>
        <translation>%1 in the last 7 days</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="312"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="313"/>
        <source>Events on the chain: %1 (head #%2); verify it with &quot;airlockctl verify&quot; or the Audit screen</source>
        <translation>Events on the chain: %1 (head #%2); verify it with &quot;airlockctl verify&quot; or the Audit screen</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="320"/>
        <source>No connectors are recorded in this store.</source>
        <translation>No connectors are recorded in this store.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="323"/>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="324"/>
        <location filename="../ui/auditreporthtml.cpp" line="382"/>
        <source>Target system</source>
        <translation>Target system</translation>
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
        <translation>Permission mode</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="328"/>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="335"/>
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="344"/>
        <source>Each connector follows on its own page, in this order. Verdicts, readiness and drift are computed by Airlock&apos;s policy code from the store as of the time above.</source>
        <translation>Each connector follows on its own page, in this order. Verdicts, readiness and drift are computed by Airlock&apos;s policy code from the store as of the time above.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="360"/>
        <source>Readiness:</source>
        <translation>Readiness:</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="361"/>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="378"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="380"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="387"/>
        <source>Lifecycle stage</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="388"/>
        <source>Trust stage</source>
        <translation>Trust stage</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="389"/>
        <source>Disable path</source>
        <translation>Disable path</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="391"/>
        <source>Rollback plan</source>
        <translation>Rollback plan</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="397"/>
        <location filename="../ui/auditreporthtml.cpp" line="402"/>
        <source>Last review</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="398"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="402"/>
        <source>Never reviewed</source>
        <translation>Never reviewed</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="406"/>
        <location filename="../ui/auditreporthtml.cpp" line="412"/>
        <source>Next review due</source>
        <translation>Next review due</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="407"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="409"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="416"/>
        <source>Freshness</source>
        <translation>Freshness</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="417"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="422"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="425"/>
        <source>No scope rules are recorded, so nothing is in scope: every call with a target is refused.</source>
        <translation>No scope rules are recorded, so nothing is in scope: every call with a target is refused.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="427"/>
        <source>Rules are checked in order: the last matching rule decides; anything not included is out of scope.</source>
        <translation>Rules are checked in order: the last matching rule decides; anything not included is out of scope.</translation>
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
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="429"/>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="435"/>
        <source>include</source>
        <translation>include</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="435"/>
        <source>exclude</source>
        <translation>exclude</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="443"/>
        <source>Powers and approval</source>
        <translation>Powers and approval</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="444"/>
        <source>Permission mode:</source>
        <translation>Permission mode:</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="448"/>
        <source>Status: %1. Every call is refused now; the table shows what applies once it is active again.</source>
        <translation>Status: %1. Every call is refused now; the table shows what applies once it is active again.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="453"/>
        <location filename="../ui/auditreporthtml.cpp" line="538"/>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="453"/>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="453"/>
        <source>Under this mode</source>
        <translation>Under this mode</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="453"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="461"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="466"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="478"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="478"/>
        <source>Target pattern</source>
        <translation>Target pattern</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="489"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="493"/>
        <source>No identity warnings: it is owned, not shared, rotated on time and revocable.</source>
        <translation>No identity warnings: it is owned, not shared, rotated on time and revocable.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="503"/>
        <source>1 identity warning</source>
        <translation>1 identity warning</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="504"/>
        <source>%1 identity warnings</source>
        <translation>%1 identity warnings</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="509"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="510"/>
        <source>Acts as</source>
        <translation>Acts as</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="511"/>
        <source>On behalf of</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="512"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="513"/>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="514"/>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="516"/>
        <source>Credential owner</source>
        <translation>Credential owner</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="517"/>
        <source>Last rotation</source>
        <translation>Last rotation</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="518"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="520"/>
        <source>How to revoke</source>
        <translation>How to revoke</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="528"/>
        <source>No tools recorded yet: the gateway records each tool the first time the server lists it.</source>
        <translation>No tools recorded yet: the gateway records each tool the first time the server lists it.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="532"/>
        <source>Tools: %1, all reviewed.</source>
        <translation>Tools: %1, all reviewed.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="533"/>
        <source>Tools: %1. New or changed since review, and so blocked until reviewed: %2.</source>
        <translation>Tools: %1. New or changed since review, and so blocked until reviewed: %2.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="538"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="538"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="538"/>
        <source>Since review</source>
        <translation>Since review</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="550"/>
        <source>set by a lead; derived: %1</source>
        <translation>set by a lead; derived: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="552"/>
        <source>not granted: refused</source>
        <translation>not granted: refused</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="560"/>
        <source>first seen %1</source>
        <translation>first seen %1</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="565"/>
        <source>definition %1 → %2</source>
        <translation>definition %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="582"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="586"/>
        <source>Nothing this connector did or was refused is on record.</source>
        <translation>Nothing this connector did or was refused is on record.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="587"/>
        <source>The most recent events, blocked attempts first (%1 shown). Events in the last 30 days: %2. Blocked calls in the last 7 days: %3.</source>
        <translation>The most recent events, blocked attempts first (%1 shown). Events in the last 30 days: %2. Blocked calls in the last 7 days: %3.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="592"/>
        <source>When, who</source>
        <translation>When, who</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="593"/>
        <source>Event and result</source>
        <translation>Event and result</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="594"/>
        <source>Tool and target</source>
        <translation>Tool and target</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="616"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="616"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="616"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="628"/>
        <source>Drift since review</source>
        <translation>Drift since review</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="631"/>
        <source>Never reviewed: everything is unreviewed</source>
        <translation>Never reviewed: everything is unreviewed</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="632"/>
        <source>Its powers, scope, identity and tools have not been looked at by a reviewer. Recording a review snapshots them; drift is measured from then on.</source>
        <translation>Its powers, scope, identity and tools have not been looked at by a reviewer. Recording a review snapshots them; drift is measured from then on.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="637"/>
        <source>Last review: %1 by %2.</source>
        <translation>Last review: %1 by %2.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="641"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="645"/>
        <source>The review&apos;s snapshot cannot be read, so drift is unknown: %1</source>
        <translation>The review&apos;s snapshot cannot be read, so drift is unknown: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="651"/>
        <source>No changes since the review on %1.</source>
        <translation>No changes since the review on %1.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="653"/>
        <source>1 change since the review on %1.</source>
        <translation>1 change since the review on %1.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="654"/>
        <source>%1 changes since the review on %2.</source>
        <translation>%1 changes since the review on %2.</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="665"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="665"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="665"/>
        <source>At review</source>
        <translation>At review</translation>
    </message>
    <message>
        <location filename="../ui/auditreporthtml.cpp" line="665"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
</context>
<context>
    <name>airlock::ChangeDiffView</name>
    <message>
        <location filename="../ui/changediffview.cpp" line="51"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="52"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="85"/>
        <source>(nothing: this change creates it)</source>
        <translation>(nothing: this change creates it)</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="87"/>
        <source>(nothing: this change deletes it)</source>
        <translation>(nothing: this change deletes it)</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="89"/>
        <source>Before and after are the same.</source>
        <translation>Before and after are the same.</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="90"/>
        <source>1 line differs</source>
        <translation>1 line differs</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="91"/>
        <source>%1 lines differ</source>
        <translation>%1 lines differ</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="94"/>
        <source>; changed: %1</source>
        <translation>; changed: %1</translation>
    </message>
    <message>
        <location filename="../ui/changediffview.cpp" line="96"/>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
</context>
<context>
    <name>airlock::CheckpointList</name>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="24"/>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>Events</source>
        <translation type="unfinished">Events</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>Signer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>Trusted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>Store</source>
        <translation type="unfinished">Store</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="30"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="40"/>
        <source>Not yet checked.</source>
        <translation type="unfinished">Not yet checked.</translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="67"/>
        <source>This machine&apos;s witness: the newest checkpoint it has seen of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="75"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="77"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="77"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="78"/>
        <source>Signed by this machine&apos;s key or one under trusted-keys/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="79"/>
        <source>This machine does not trust the key: put its public key under trusted-keys/ to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="84"/>
        <source>No checkpoint yet: `airlockctl checkpoint` signs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checkpointlist.cpp" line="86"/>
        <source>%n checkpoint(s).</source>
        <translation>
            <numerusform>%n checkpoint.</numerusform>
            <numerusform>%n checkpoints.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/checkpointlist.cpp" line="96"/>
        <source>Cannot read the checkpoints: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::ConnectorDetail</name>
    <message>
        <location filename="../ui/connectordetail.cpp" line="33"/>
        <source>Select a connector to see what it may touch, what needs a human, which identity it acts as, and what evidence it left.</source>
        <translation>Select a connector to see what it may touch, what needs a human, which identity it acts as, and what evidence it left.</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="66"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Disconnect…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="67"/>
        <source>Refuse every call through this connector now (Ctrl+D)</source>
        <translation>Refuse every call through this connector now (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="74"/>
        <source>Re&amp;connect…</source>
        <translation>Re&amp;connect…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="75"/>
        <source>&amp;Pause…</source>
        <translation>&amp;Pause…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="76"/>
        <source>Res&amp;ume…</source>
        <translation>Res&amp;ume…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="77"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="78"/>
        <source>Change the permission mode, powers or scope rules (Ctrl+E)</source>
        <translation>Change the permission mode, powers or scope rules (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="80"/>
        <source>Record &amp;Review…</source>
        <translation>Record &amp;Review…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="81"/>
        <source>Re&amp;tire…</source>
        <translation>Re&amp;tire…</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="123"/>
        <source>%1 · %2 · owned by %3</source>
        <translation>%1 · %2 · owned by %3</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="125"/>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="159"/>
        <source>Your login &apos;%1&apos; has the role %2 on this shared store: this needs the lead role.</source>
        <translation>Your login &apos;%1&apos; has the role %2 on this shared store: this needs the lead role.</translation>
    </message>
    <message>
        <location filename="../ui/connectordetail.cpp" line="149"/>
        <source>Your login &apos;%1&apos; has the role %2 on this shared store: pausing, resuming and disconnecting need the owner or lead role.</source>
        <translation>Your login &apos;%1&apos; has the role %2 on this shared store: pausing, resuming and disconnecting need the owner or lead role.</translation>
    </message>
</context>
<context>
    <name>airlock::ConnectorEditDialog</name>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="23"/>
        <source>Always ask — every call waits for a human</source>
        <translation>Always ask — every call waits for a human</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="24"/>
        <source>Any changes — everything but read and search waits</source>
        <translation>Any changes — everything but read and search waits</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="25"/>
        <source>Important actions — only calls that match a trigger wait</source>
        <translation>Important actions — only calls that match a trigger wait</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="26"/>
        <source>Never ask — earned autonomy, narrow and monitored</source>
        <translation>Never ask — earned autonomy, narrow and monitored</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="37"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="59"/>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="59"/>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="68"/>
        <source>Add include</source>
        <translation>Add include</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="71"/>
        <source>Add exclude</source>
        <translation>Add exclude</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="74"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="81"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="83"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="92"/>
        <source>Why this change? (required, kept as evidence)</source>
        <translation>Why this change? (required, kept as evidence)</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="96"/>
        <source>Permission mode:</source>
        <translation>Permission mode:</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="97"/>
        <source>Powers granted:</source>
        <translation>Powers granted:</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="100"/>
        <source>Scope rules, in order (the last matching rule decides; anything not included is out of scope):</source>
        <translation>Scope rules, in order (the last matching rule decides; anything not included is out of scope):</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="105"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="108"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="123"/>
        <source>include</source>
        <translation>include</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="124"/>
        <source>exclude</source>
        <translation>exclude</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="184"/>
        <source>Nothing changed yet</source>
        <translation>Nothing changed yet</translation>
    </message>
    <message>
        <location filename="../ui/connectoreditdialog.cpp" line="184"/>
        <source>Give a reason first</source>
        <translation>Give a reason first</translation>
    </message>
</context>
<context>
    <name>airlock::ConnectorTableModel</name>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="286"/>
        <source>Disconnect…</source>
        <translation>Disconnect…</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="287"/>
        <source>Reconnect…</source>
        <translation>Reconnect…</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="301"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="314"/>
        <source>%1 fail, %2 warn</source>
        <translation>%1 fail, %2 warn</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="315"/>
        <source>%1 fail</source>
        <translation>%1 fail</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="316"/>
        <source>%1 warn</source>
        <translation>%1 warn</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="316"/>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="318"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="172"/>
        <location filename="../core/inventory/connectortablemodel.cpp" line="322"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="21"/>
        <source>document source</source>
        <translation>document source</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="23"/>
        <source>business app</source>
        <translation>business app</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="25"/>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="27"/>
        <source>communication</source>
        <translation>communication</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="29"/>
        <source>workflow tool</source>
        <translation>workflow tool</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="31"/>
        <source>device or facility</source>
        <translation>device or facility</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="40"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="42"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="44"/>
        <source>disconnected</source>
        <translation>disconnected</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="46"/>
        <location filename="../core/inventory/connectortablemodel.cpp" line="67"/>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="55"/>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="57"/>
        <source>in review</source>
        <translation>in review</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="59"/>
        <source>limited</source>
        <translation>limited</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="61"/>
        <source>monitored</source>
        <translation>monitored</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="63"/>
        <source>reassess</source>
        <translation>reassess</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="65"/>
        <source>reduced</source>
        <translation>reduced</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="76"/>
        <source>observe</source>
        <translation>observe</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="78"/>
        <location filename="../core/inventory/connectortablemodel.cpp" line="97"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="80"/>
        <source>propose</source>
        <translation>propose</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="82"/>
        <source>act with approval</source>
        <translation>act with approval</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="84"/>
        <source>scoped autonomy</source>
        <translation>scoped autonomy</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="93"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="95"/>
        <source>search</source>
        <translation>search</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="99"/>
        <source>write</source>
        <translation>write</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="101"/>
        <source>send</source>
        <translation>send</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="103"/>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="112"/>
        <source>always ask</source>
        <translation>always ask</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="114"/>
        <source>any changes</source>
        <translation>any changes</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="116"/>
        <source>important actions</source>
        <translation>important actions</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="118"/>
        <source>never ask</source>
        <translation>never ask</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="127"/>
        <source>Every call waits for a human.</source>
        <translation>Every call waits for a human.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="129"/>
        <source>Reads and searches run; every change waits for a human.</source>
        <translation>Reads and searches run; every change waits for a human.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="131"/>
        <source>Only calls that match an approval trigger wait for a human.</source>
        <translation>Only calls that match an approval trigger wait for a human.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="133"/>
        <source>Nothing waits for a human: earned autonomy, narrow and monitored.</source>
        <translation>Nothing waits for a human: earned autonomy, narrow and monitored.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="142"/>
        <source>service principal</source>
        <translation>service principal</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="144"/>
        <source>delegated user</source>
        <translation>delegated user</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="146"/>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="148"/>
        <source>OAuth app</source>
        <translation>OAuth app</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="150"/>
        <source>platform managed</source>
        <translation>platform managed</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="178"/>
        <source>no rules: nothing in scope</source>
        <translation>no rules: nothing in scope</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="187"/>
        <source>+%1 −%2 rules</source>
        <translation>+%1 −%2 rules</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="336"/>
        <source>No purpose stated.</source>
        <translation>No purpose stated.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="337"/>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="337"/>
        <location filename="../core/inventory/connectortablemodel.cpp" line="346"/>
        <source>not stated</source>
        <translation>not stated</translation>
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
        <translation>%1
Kind: %2
Transport: %3</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="349"/>
        <source>%1
Lifecycle: %2
Trust: %3</source>
        <translation>%1
Lifecycle: %2
Trust: %3</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="352"/>
        <source>Granted: %1
Highest: %2</source>
        <translation>Granted: %1
Highest: %2</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="354"/>
        <source>No powers granted: every call is refused.</source>
        <translation>No powers granted: every call is refused.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="360"/>
        <source>no principal stated</source>
        <translation>no principal stated</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="362"/>
        <source>On behalf of: %1</source>
        <translation>On behalf of: %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="364"/>
        <source>Shared with other systems</source>
        <translation>Shared with other systems</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="369"/>
        <source>No scope rules: nothing is in scope.</source>
        <translation>No scope rules: nothing is in scope.</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="372"/>
        <source>include %1</source>
        <translation>include %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="372"/>
        <source>exclude %1</source>
        <translation>exclude %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="377"/>
        <source>Every checklist area passes</source>
        <translation>Every checklist area passes</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="380"/>
        <source>Never reviewed</source>
        <translation>Never reviewed</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="381"/>
        <source>Reviewed by %1 at %2</source>
        <translation>Reviewed by %1 at %2</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="382"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="386"/>
        <source>No next review set</source>
        <translation>No next review set</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="387"/>
        <source>Overdue since %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="388"/>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="391"/>
        <source>Last evidence event at %1</source>
        <translation>Last evidence event at %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="392"/>
        <source>No evidence recorded</source>
        <translation>No evidence recorded</translation>
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
        <translation>Reconnect %1: a deliberate, recorded decision</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="399"/>
        <source>Retired connectors stay disconnected</source>
        <translation>Retired connectors stay disconnected</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="400"/>
        <source>Disconnect %1 now: every call through it is refused</source>
        <translation>Disconnect %1 now: every call through it is refused</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="447"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="449"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="451"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="453"/>
        <source>Powers</source>
        <translation>Powers</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="455"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="457"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="459"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="461"/>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="463"/>
        <source>Last review</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="465"/>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="467"/>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="469"/>
        <source>Blocked (7 d)</source>
        <translation>Blocked (7 d)</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="471"/>
        <source>Kill switch</source>
        <translation>Kill switch</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="477"/>
        <source>Permission mode: when a human must approve a call</source>
        <translation>Permission mode: when a human must approve a call</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="479"/>
        <source>Include and exclude rules, and the first included path</source>
        <translation>Include and exclude rules, and the first included path</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="481"/>
        <source>When the next review is due</source>
        <translation>When the next review is due</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="483"/>
        <source>The connector&apos;s newest evidence event</source>
        <translation>The connector&apos;s newest evidence event</translation>
    </message>
    <message>
        <location filename="../core/inventory/connectortablemodel.cpp" line="485"/>
        <source>Blocked attempts in the last 7 days</source>
        <translation>Blocked attempts in the last 7 days</translation>
    </message>
</context>
<context>
    <name>airlock::ConnectorsPage</name>
    <message>
        <location filename="../ui/connectorspage.cpp" line="53"/>
        <source>Search connectors (Ctrl+F)</source>
        <translation>Search connectors (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="63"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="72"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="75"/>
        <source>Export PDF report…</source>
        <translation>Export PDF report…</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="134"/>
        <source>Disconnect %1…</source>
        <translation>Disconnect %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="137"/>
        <source>Record Review…</source>
        <translation>Record Review…</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="182"/>
        <source>Loading the inventory…</source>
        <translation>Loading the inventory…</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="192"/>
        <source>Cannot read the inventory: %1</source>
        <translation>Cannot read the inventory: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectorspage.cpp" line="216"/>
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n connector</numerusform>
            <numerusform>%n connectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectorspage.cpp" line="217"/>
        <source>%n with drift</source>
        <translation>
            <numerusform>%n with drift</numerusform>
            <numerusform>%n with drift</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectorspage.cpp" line="218"/>
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n review overdue</numerusform>
            <numerusform>%n reviews overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectorspage.cpp" line="219"/>
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n disconnected</numerusform>
            <numerusform>%n disconnected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="276"/>
        <location filename="../ui/connectorspage.cpp" line="284"/>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
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
        <translation>Reason (required, kept as evidence):</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="295"/>
        <source>Reason (kept as evidence):</source>
        <translation>Reason (kept as evidence):</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="300"/>
        <source>A reason is required to %1 a connector.</source>
        <translation>A reason is required to %1 a connector.</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="311"/>
        <source>Revoke grant on %1</source>
        <translation>Revoke grant on %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="317"/>
        <location filename="../ui/connectorspage.cpp" line="321"/>
        <source>Revoke grant</source>
        <translation>Revoke grant</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="317"/>
        <source>A reason is required to revoke a grant.</source>
        <translation>A reason is required to revoke a grant.</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="329"/>
        <source>Record review of %1</source>
        <translation>Record review of %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="330"/>
        <source>What did you review? Recording snapshots the connector and marks its tools reviewed.</source>
        <translation>What did you review? Recording snapshots the connector and marks its tools reviewed.</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="335"/>
        <source>Record review</source>
        <translation>Record review</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="343"/>
        <location filename="../ui/connectorspage.cpp" line="355"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="361"/>
        <source>Export connectors</source>
        <translation>Export connectors</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="362"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
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
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="377"/>
        <source>Export audit report</source>
        <translation>Export audit report</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="379"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/connectorspage.cpp" line="383"/>
        <source>Export PDF report</source>
        <translation>Export PDF report</translation>
    </message>
</context>
<context>
    <name>airlock::DisconnectDialog</name>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="31"/>
        <source>Disconnect %1</source>
        <translation>Disconnect %1</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="34"/>
        <source>&lt;b&gt;Disconnect %1?&lt;/b&gt; Every call through it will be refused at once, by every console, gateway and script that uses this store. Reconnecting later is a separate, recorded decision.</source>
        <translation>&lt;b&gt;Disconnect %1?&lt;/b&gt; Every call through it will be refused at once, by every console, gateway and script that uses this store. Reconnecting later is a separate, recorded decision.</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="44"/>
        <source>%1 on %2 — requested by %3</source>
        <translation>%1 on %2 — requested by %3</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="46"/>
        <source>No pending approval requests will be affected.</source>
        <translation>No pending approval requests will be affected.</translation>
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
        <translation>%1 (%2), started %3</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="56"/>
        <source>No runs are in flight on it.</source>
        <translation>No runs are in flight on it.</translation>
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
        <translation>It has no recorded tools.</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="66"/>
        <source>These tools stop working: %1</source>
        <translation>These tools stop working: %1</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="70"/>
        <source>Reason (kept as evidence):</source>
        <translation>Reason (kept as evidence):</translation>
    </message>
    <message>
        <location filename="../ui/disconnectdialog.cpp" line="78"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnect</translation>
    </message>
</context>
<context>
    <name>airlock::DriftSection</name>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="563"/>
        <source>not present</source>
        <translation>not present</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="33"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="33"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="33"/>
        <source>At review</source>
        <translation>At review</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="33"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="43"/>
        <source>Drift since review</source>
        <translation>Drift since review</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="54"/>
        <source>Never reviewed: everything is unreviewed</source>
        <translation>Never reviewed: everything is unreviewed</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="55"/>
        <source>Its powers, scope, identity and tools have not been looked at by a reviewer. Recording a review snapshots them; drift is measured from then on.</source>
        <translation>Its powers, scope, identity and tools have not been looked at by a reviewer. Recording a review snapshots them; drift is measured from then on.</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="62"/>
        <source>Last review: %1 by %2.</source>
        <translation>Last review: %1 by %2.</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="68"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="74"/>
        <source>The review&apos;s snapshot cannot be read, so drift is unknown: %1</source>
        <translation>The review&apos;s snapshot cannot be read, so drift is unknown: %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="81"/>
        <source>No changes since the review on %1.</source>
        <translation>No changes since the review on %1.</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="85"/>
        <source>1 change since the review on %1.</source>
        <translation>1 change since the review on %1.</translation>
    </message>
    <message>
        <location filename="../ui/sections/driftsection.cpp" line="86"/>
        <source>%1 changes since the review on %2.</source>
        <translation>%1 changes since the review on %2.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="531"/>
        <source>Power granted</source>
        <translation>Power granted</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="533"/>
        <source>Power removed</source>
        <translation>Power removed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="535"/>
        <source>Scope widened</source>
        <translation>Scope widened</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="537"/>
        <source>Scope narrowed</source>
        <translation>Scope narrowed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="539"/>
        <source>Scope rules reordered</source>
        <translation>Scope rules reordered</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="541"/>
        <source>Permission mode relaxed</source>
        <translation>Permission mode relaxed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="543"/>
        <source>Permission mode tightened</source>
        <translation>Permission mode tightened</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="545"/>
        <source>Approval triggers changed</source>
        <translation>Approval triggers changed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="547"/>
        <source>Identity changed</source>
        <translation>Identity changed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="549"/>
        <source>Tool added</source>
        <translation>Tool added</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="551"/>
        <source>Tool removed</source>
        <translation>Tool removed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="553"/>
        <source>Tool definition changed</source>
        <translation>Tool definition changed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="555"/>
        <source>Tool power changed</source>
        <translation>Tool power changed</translation>
    </message>
</context>
<context>
    <name>airlock::GrantsSection</name>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="33"/>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="33"/>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="33"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="33"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="33"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="41"/>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="43"/>
        <source>End the selected grant now: calls it covered will ask a human again</source>
        <translation>End the selected grant now: calls it covered will ask a human again</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="58"/>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="89"/>
        <source>%1 in run %2 (targets %3)</source>
        <translation>%1 in run %2 (targets %3)</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="90"/>
        <source>%1 on %2, any run</source>
        <translation>%1 on %2, any run</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="92"/>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="96"/>
        <source>revoked by %1 at %2: %3</source>
        <translation>revoked by %1 at %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="99"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="101"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="110"/>
        <source>No grants: every call this connector&apos;s mode holds waits for a human. &quot;Approve for…&quot; in the Inbox gives one.</source>
        <translation>No grants: every call this connector&apos;s mode holds waits for a human. &quot;Approve for…&quot; in the Inbox gives one.</translation>
    </message>
    <message>
        <location filename="../ui/sections/grantssection.cpp" line="113"/>
        <source>%1 active, %2 ended. An active grant lets matching calls run without asking until it expires or is revoked.</source>
        <translation>%1 active, %2 ended. An active grant lets matching calls run without asking until it expires or is revoked.</translation>
    </message>
</context>
<context>
    <name>airlock::IdentitySection</name>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="42"/>
        <source>Identity warnings</source>
        <translation>Identity warnings</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="50"/>
        <source>No identity warnings: it is owned, not shared, rotated on time and revocable.</source>
        <translation>No identity warnings: it is owned, not shared, rotated on time and revocable.</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="68"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="69"/>
        <source>Acts as:</source>
        <translation>Acts as:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="70"/>
        <source>On behalf of:</source>
        <translation>On behalf of:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="71"/>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="72"/>
        <source>Permissions:</source>
        <translation>Permissions:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="73"/>
        <source>Shared:</source>
        <translation>Shared:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="74"/>
        <source>Credential owner:</source>
        <translation>Credential owner:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="75"/>
        <source>Last rotation:</source>
        <translation>Last rotation:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="76"/>
        <source>Expires:</source>
        <translation>Expires:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="77"/>
        <source>How to revoke:</source>
        <translation>How to revoke:</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="83"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../ui/sections/identitysection.cpp" line="106"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="208"/>
        <source>Yes: other systems use the same identity</source>
        <translation>Yes: other systems use the same identity</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="209"/>
        <source>No: only this connector uses it</source>
        <translation>No: only this connector uses it</translation>
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
        <translation>%1 (expired %2)</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="60"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="79"/>
        <source>Requested %1</source>
        <translation>Requested %1</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="82"/>
        <source>Expires %1</source>
        <translation>Expires %1</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="86"/>
        <source>%1 (you: someone else must decide)</source>
        <translation>%1 (you: someone else must decide)</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="114"/>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="116"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="118"/>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="120"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="122"/>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="124"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxmodel.cpp" line="126"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>airlock::InboxPage</name>
    <message>
        <location filename="../ui/inboxpage.cpp" line="100"/>
        <source>Loading the queue…</source>
        <translation>Loading the queue…</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="127"/>
        <source>J/K or ↓/↑: next/previous request</source>
        <translation>J/K or ↓/↑: next/previous request</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="129"/>
        <source>J/K or ↓/↑ next/previous · O or Enter open the evidence · A approve · E edit · R reject · G approve for…</source>
        <translation>J/K or ↓/↑ next/previous · O or Enter open the evidence · A approve · E edit · R reject · G approve for…</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="164"/>
        <source>Approve  [A]</source>
        <translation>Approve  [A]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="165"/>
        <location filename="../ui/inboxpage.cpp" line="549"/>
        <source>Let exactly these arguments run once (A)</source>
        <translation>Let exactly these arguments run once (A)</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="167"/>
        <source>Edit and approve…  [E]</source>
        <translation>Edit and approve…  [E]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="168"/>
        <location filename="../ui/inboxpage.cpp" line="551"/>
        <source>Change the arguments, then approve what you wrote (E)</source>
        <translation>Change the arguments, then approve what you wrote (E)</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="169"/>
        <source>Reject…  [R]</source>
        <translation>Reject…  [R]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="169"/>
        <location filename="../ui/inboxpage.cpp" line="552"/>
        <source>Refuse it, with a reason (R)</source>
        <translation>Refuse it, with a reason (R)</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="171"/>
        <source>Approve for…  [G]</source>
        <translation>Approve for…  [G]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="172"/>
        <location filename="../ui/inboxpage.cpp" line="554"/>
        <source>Approve, and let calls like it run without asking for a while (G)</source>
        <translation>Approve, and let calls like it run without asking for a while (G)</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="180"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="183"/>
        <source>Why it must not run (required; the requester sees it)</source>
        <translation>Why it must not run (required; the requester sees it)</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="184"/>
        <source>Reject  [Enter]</source>
        <translation>Reject  [Enter]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="186"/>
        <location filename="../ui/inboxpage.cpp" line="209"/>
        <source>Cancel  [Esc]</source>
        <translation>Cancel  [Esc]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="200"/>
        <source>Arguments to approve (JSON object):</source>
        <translation>Arguments to approve (JSON object):</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="207"/>
        <source>Approve edited  [Ctrl+Enter]</source>
        <translation>Approve edited  [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="284"/>
        <source>Cannot read the queue: %1</source>
        <translation>Cannot read the queue: %1</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="329"/>
        <source>No requests are waiting. New ones appear here as soon as they are made.</source>
        <translation>No requests are waiting. New ones appear here as soon as they are made.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inboxpage.cpp" line="333"/>
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n request waiting</numerusform>
            <numerusform>%n requests waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="334"/>
        <source>the next expires in %1</source>
        <translation>the next expires in %1</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="389"/>
        <source>Nothing to decide. Requests from agents and workflows appear here live.</source>
        <translation>Nothing to decide. Requests from agents and workflows appear here live.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="415"/>
        <source>%1 on %2 expired at %3 undecided; it left the queue.</source>
        <translation>%1 on %2 expired at %3 undecided; it left the queue.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="418"/>
        <source>%1 on %2 was withdrawn by %3 at %4: %5</source>
        <translation>%1 on %2 was withdrawn by %3 at %4: %5</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="433"/>
        <source>Cannot read this request: %1</source>
        <translation>Cannot read this request: %1</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="709"/>
        <source>You (%1) requested this one; someone else must decide it.</source>
        <translation>You (%1) requested this one; someone else must decide it.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="561"/>
        <source>Your login &apos;%1&apos; has the role %2 on this shared store: deciding needs the reviewer or lead role (ask a lead to run &apos;airlockctl admin grant %1 reviewer&apos;).</source>
        <translation>Your login &apos;%1&apos; has the role %2 on this shared store: deciding needs the reviewer or lead role (ask a lead to run &apos;airlockctl admin grant %1 reviewer&apos;).</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="421"/>
        <source>%1 on %2 was %3 by %4 at %5 elsewhere; it left the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="425"/>
        <source>Nothing else was decided: the selection moved to the next request, which you have not chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="479"/>
        <source>The request you had open left the queue and the selection moved by itself. Choose this one first (click it, or press J/K or Enter) to decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="500"/>
        <source>Approving will not make it run: the policy now refuses this call (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="607"/>
        <source>A rejection needs a reason: say why it must not run.</source>
        <translation>A rejection needs a reason: say why it must not run.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="629"/>
        <source>Not valid: %1</source>
        <translation>Not valid: %1</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="632"/>
        <source>Unchanged: approving records the original arguments as edited.</source>
        <translation>Unchanged: approving records the original arguments as edited.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="635"/>
        <source>Valid JSON; what you approve is recorded with its hash.</source>
        <translation>Valid JSON; what you approve is recorded with its hash.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="689"/>
        <source>Approved %1 on %2 with edited arguments.</source>
        <translation>Approved %1 on %2 with edited arguments.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="689"/>
        <source>Approved %1 on %2.</source>
        <translation>Approved %1 on %2.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="691"/>
        <source>Rejected %1 on %2: %3</source>
        <translation>Rejected %1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="693"/>
        <source>It will not run: the policy now refuses this call (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="697"/>
        <source>Calls like it may run without asking for %1 (see the connector&apos;s Grants tab).</source>
        <translation>Calls like it may run without asking for %1 (see the connector&apos;s Grants tab).</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="721"/>
        <source>Already %1 by %2 at %3: your decision was not recorded.</source>
        <translation>Already %1 by %2 at %3: your decision was not recorded.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="723"/>
        <source>Someone else decided it first: %1</source>
        <translation>Someone else decided it first: %1</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="729"/>
        <source>Expired at %1: it can no longer be decided.</source>
        <translation>Expired at %1: it can no longer be decided.</translation>
    </message>
    <message>
        <location filename="../ui/inboxpage.cpp" line="733"/>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
</context>
<context>
    <name>airlock::InsightsPage</name>
    <message>
        <location filename="../ui/insightspage.cpp" line="54"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="56"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="58"/>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="60"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="69"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="71"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="73"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="75"/>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="77"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="79"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="81"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="89"/>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="91"/>
        <source>Warn</source>
        <translation>Warn</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="93"/>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../ui/chartsupport.cpp" line="67"/>
        <source>d MMM</source>
        <comment>short date on chart axes</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="175"/>
        <source>No connectors in this store yet. Once connectors are added (for example with airlockctl connector apply), their status, powers, readiness, reviews and blocked attempts appear here.</source>
        <translation>No connectors in this store yet. Once connectors are added (for example with airlockctl connector apply), their status, powers, readiness, reviews and blocked attempts appear here.</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="220"/>
        <source>Connectors by status</source>
        <translation>Connectors by status</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="233"/>
        <location filename="../ui/insightspage.cpp" line="246"/>
        <location filename="../ui/insightspage.cpp" line="256"/>
        <location filename="../ui/insightspage.cpp" line="278"/>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="245"/>
        <source>Connectors by highest power</source>
        <translation>Connectors by highest power</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="255"/>
        <source>Risk rises ↑</source>
        <translation>Risk rises ↑</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="267"/>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="277"/>
        <source>Worst checklist result</source>
        <translation>Worst checklist result</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="290"/>
        <source>Reviews due in the next 90 days</source>
        <translation>Reviews due in the next 90 days</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="291"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="292"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="303"/>
        <source>Week starting</source>
        <translation>Week starting</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="304"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="324"/>
        <location filename="../ui/insightspage.cpp" line="511"/>
        <source>Blocked attempts per connector, last 30 days</source>
        <translation>Blocked attempts per connector, last 30 days</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="333"/>
        <source>Day (UTC)</source>
        <translation>Day (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="334"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="364"/>
        <source>Cannot read the insights: %1</source>
        <translation>Cannot read the insights: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightspage.cpp" line="387"/>
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n connector</numerusform>
            <numerusform>%n connectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightspage.cpp" line="388"/>
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n review overdue</numerusform>
            <numerusform>%n reviews overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightspage.cpp" line="389"/>
        <source>%n blocked attempt(s) in the last 30 days</source>
        <translation>
            <numerusform>%n blocked attempt in the last 30 days</numerusform>
            <numerusform>%n blocked attempts in the last 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/insightspage.cpp" line="390"/>
        <source>%n approval request(s) ended in the last 30 days</source>
        <translation>
            <numerusform>%n approval request ended in the last 30 days</numerusform>
            <numerusform>%n approval requests ended in the last 30 days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="461"/>
        <source>(no connector)</source>
        <translation>(no connector)</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="476"/>
        <source>Other connectors</source>
        <translation>Other connectors</translation>
    </message>
    <message>
        <location filename="../ui/insightspage.cpp" line="510"/>
        <source>Blocked attempts per connector, last 30 days: none</source>
        <translation>Blocked attempts per connector, last 30 days: none</translation>
    </message>
</context>
<context>
    <name>airlock::LogStatus</name>
    <message>
        <location filename="../ui/logstatus.cpp" line="45"/>
        <source>checkpoint #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="46"/>
        <source>this machine&apos;s witness (a checkpoint of %1 events seen %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="71"/>
        <source>witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="77"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="80"/>
        <location filename="../ui/logstatus.cpp" line="130"/>
        <source>%1 (this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="87"/>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="89"/>
        <source>signature invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="91"/>
        <source>of another store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="93"/>
        <source>not checked: unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="95"/>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="96"/>
        <source>rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="97"/>
        <source>events missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="100"/>
        <location filename="../ui/logstatus.cpp" line="141"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logstatus.cpp" line="109"/>
        <source>%n event(s) not yet vouched for by any checkpoint</source>
        <translation>
            <numerusform>%n event not yet vouched for by any checkpoint</numerusform>
            <numerusform>%n events not yet vouched for by any checkpoint</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logstatus.cpp" line="113"/>
        <source>%n event(s) since %1, not yet vouched for</source>
        <translation>
            <numerusform>%n event since %1, not yet vouched for</numerusform>
            <numerusform>%n events since %1, not yet vouched for</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="121"/>
        <source>No checkpoint yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="131"/>
        <source>Checkpoint #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="131"/>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="134"/>
        <source>%1 · %2 events · %3 · key %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="135"/>
        <source>%1 · %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="138"/>
        <source>consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="139"/>
        <source>the store is behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="140"/>
        <source>the store contradicts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="143"/>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logstatus.cpp" line="145"/>
        <source>%n event(s) since, not yet vouched for</source>
        <translation>
            <numerusform>%n event since, not yet vouched for</numerusform>
            <numerusform>%n events since, not yet vouched for</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="153"/>
        <source>No trusted checkpoint vouches for this store&apos;s log yet. `airlockctl checkpoint` signs one with this machine&apos;s key; every Airlock process then remembers it as a witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="156"/>
        <source>Newest checkpoint: %1 events up to #%2
Merkle root %3
Signed %4 (UTC %5) by key %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logstatus.cpp" line="159"/>
        <source>The store has %n event(s).</source>
        <translation>
            <numerusform>The store has %n event.</numerusform>
            <numerusform>The store has %n events.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="161"/>
        <source>This machine remembers it as its witness for this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="192"/>
        <source>The store has %1 events but %2 vouches for %3: events #%4–#%5 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="195"/>
        <source>The store&apos;s log forked: its first %1 events no longer match %2, yet a later checkpoint vouches for them. The log was rewritten and signed again; the original events are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="199"/>
        <source>The store was rewritten: its first %1 events no longer match %2. Events up to #%1 were changed; the originals are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="203"/>
        <source>The store was rewritten: event #%1 no longer has the hash it had when this window verified it. Events up to #%1 were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="207"/>
        <source>This is not the store this machine saw at this address: it was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="209"/>
        <source>Checkpoint %1 does not carry a valid signature: it was changed or forged after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="212"/>
        <source>The evidence chain is broken at #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logstatus.cpp" line="219"/>
        <source>Airlock checks again after every change; this banner stays until the store matches again.</source>
        <translation type="unfinished"></translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>&amp;Open Store…</source>
        <translation>&amp;Open Store…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>&amp;About Airlock</source>
        <translation>&amp;About Airlock</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65"/>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65"/>
        <source>Agent actions waiting for a reviewer will be listed here, with the source evidence the agent read and exactly what will change.</source>
        <translation>Agent actions waiting for a reviewer will be listed here, with the source evidence the agent read and exactly what will change.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>The connector inventory: purpose, owner, scope, powers, identity, permission mode, review state, drift and readiness, with a kill switch.</source>
        <translation>The connector inventory: purpose, owner, scope, powers, identity, permission mode, review state, drift and readiness, with a kill switch.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>Every run reconstructed from its evidence: trigger, reads, outputs, approvals, actions, and where it stopped.</source>
        <translation>Every run reconstructed from its evidence: trigger, reads, outputs, approvals, actions, and where it stopped.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>The inventory and the approval flow at a glance.</source>
        <translation>The inventory and the approval flow at a glance.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>Every governance change, and verification of the whole evidence chain.</source>
        <translation>Every governance change, and verification of the whole evidence chain.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Evidence chain: checking… %1%</source>
        <translation>Evidence chain: checking… %1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>%n request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n request waiting for a decision</numerusform>
            <numerusform>%n requests waiting for a decision</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>A local file on this computer</source>
        <translation>A local file on this computer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>A shared PostgreSQL server</source>
        <translation>A shared PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>The name recorded on everything you do in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>Your database login and its Airlock roles on this shared store; the database refuses anything these roles do not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Reconnecting… (showing stale data)</source>
        <translation>Reconnecting… (showing stale data)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>The store&apos;s server cannot be reached: %1
Airlock keeps trying and catches up when it is back.</source>
        <translation>The store&apos;s server cannot be reached: %1
Airlock keeps trying and catches up when it is back.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>&lt;b&gt;The store&apos;s server cannot be reached (since %1).&lt;/b&gt; What you see was true then and may be out of date; decisions cannot be recorded until it is back. Airlock reconnects by itself and catches up.&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>Reconnected to the store: every screen is being brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Changes by other programs appear as they happen</source>
        <translation>Changes by other programs appear as they happen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Changes by other programs appear within a few seconds</source>
        <translation>Changes by other programs appear within a few seconds</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>Store file gone: nothing can be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>&lt;b&gt;The store file was deleted or replaced since this window opened it.&lt;/b&gt; What you see is what it held then; no decision or change can be recorded. Open the store again (File ▸ Open Store…) to see what is at that path now.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="300"/>
        <source>The server reports this session as encrypted (TLS).</source>
        <translation>The server reports this session as encrypted (TLS).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>Not encrypted</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>Encryption unknown</source>
        <translation>Encryption unknown</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Warning: the server reports this session as NOT encrypted: passwords and evidence cross the network in clear. Use sslmode=verify-full in the store URL.</source>
        <translation>Warning: the server reports this session as NOT encrypted: passwords and evidence cross the network in clear. Use sslmode=verify-full in the store URL.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>Could not ask the server: %1</source>
        <translation>Could not ask the server: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>%1 wants to %2 on %3 (%4).</source>
        <translation>%1 wants to %2 on %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>%1 wants to %2 on %3, and %n more.</source>
        <translation>
            <numerusform>%1 wants to %2 on %3, and %n more.</numerusform>
            <numerusform>%1 wants to %2 on %3, and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="356"/>
        <source>Approval needed</source>
        <translation>Approval needed</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>&amp;Verify Evidence Chain</source>
        <translation>&amp;Verify Evidence Chain</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>About Airlock</source>
        <translation>About Airlock</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>Airlock %1 — a governance console for AI connectors.</source>
        <translation>Airlock %1 — a governance console for AI connectors.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>Evidence chain: intact</source>
        <translation>Evidence chain: intact</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>Evidence chain: broken at #%1</source>
        <translation>Evidence chain: broken at #%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>Evidence chain: events missing from #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>Evidence chain: rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="459"/>
        <source>Evidence chain: contradicts a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="460"/>
        <source>%n event(s) checked</source>
        <translation>
            <numerusform>%n event checked</numerusform>
            <numerusform>%n events checked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <location filename="../ui/mainwindow.cpp" line="482"/>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>Open Store</source>
        <translation>Open Store</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>The store is open, but its password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <location filename="../ui/mainwindow.cpp" line="449"/>
        <source>Evidence chain: not yet checked</source>
        <translation>Evidence chain: not yet checked</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Not live</source>
        <translation>Not live</translation>
    </message>
</context>
<context>
    <name>airlock::OpenStoreDialog</name>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="28"/>
        <source>Open Evidence Store</source>
        <translation>Open Evidence Store</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="31"/>
        <source>Local file (SQLite)</source>
        <translation>Local file (SQLite)</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="35"/>
        <source>/path/to/evidence.db</source>
        <translation>/path/to/evidence.db</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="36"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="42"/>
        <source>Shared server (PostgreSQL)</source>
        <translation>Shared server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="50"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="54"/>
        <source>leave empty to use the saved one or PGPASSFILE / ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="59"/>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="61"/>
        <source>&amp;Forget Saved Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="115"/>
        <source>Recent stores:</source>
        <translation>Recent stores:</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="168"/>
        <source>Create a New Store?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="169"/>
        <source>There is no evidence store at %1.

Create a new, empty store there? If you meant an existing store, check the path for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="174"/>
        <source>Create New Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="176"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="230"/>
        <source>The saved password was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="237"/>
        <source>read from %1 (libpq&apos;s password file: PGPASSFILE, else ~/.pgpass)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="242"/>
        <source>The password in this URL is used for this session only and is never saved. To keep it in the system keychain instead, remove it from the URL and type it in the password field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="247"/>
        <source>The password typed here will be saved in the system keychain (%1) once the store opens with it; it is never written to Airlock&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="249"/>
        <source>The password typed here is used for this session only and is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="252"/>
        <location filename="../ui/openstoredialog.cpp" line="303"/>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="254"/>
        <source>The system keychain is not available here (%1): the password is not saved and will be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="259"/>
        <source>Password: saved in the system keychain (%1); it will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="261"/>
        <source>Password: not saved in the system keychain (%1) for this login; it will be %2. Type it above and tick “Remember” to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="264"/>
        <source>The system keychain (%1) could not be read (%2): the password will be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="270"/>
        <source>Looking in the system keychain (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="280"/>
        <source>Choose a file.</source>
        <translation>Choose a file.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="280"/>
        <source>Enter the server&apos;s URL.</source>
        <translation>Enter the server&apos;s URL.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="239"/>
        <source>, which does not exist yet</source>
        <translation>, which does not exist yet</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="285"/>
        <source>Not a server URL: a shared store is named postgresql://user@host:5432/database. For a file, choose Local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="301"/>
        <source>Saves the password in %1 once the store opens with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="302"/>
        <source>The system keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="322"/>
        <source>Warning: sslmode=disable — the connection will not be encrypted.</source>
        <translation>Warning: sslmode=disable — the connection will not be encrypted.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="324"/>
        <source>Warning: without sslmode=verify-full the connection may be unencrypted or reach an impostor server. Add ?sslmode=verify-full&amp;sslrootcert=/path/to/root.crt.</source>
        <translation>Warning: without sslmode=verify-full the connection may be unencrypted or reach an impostor server. Add ?sslmode=verify-full&amp;sslrootcert=/path/to/root.crt.</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="333"/>
        <source>Evidence store file</source>
        <translation>Evidence store file</translation>
    </message>
    <message>
        <location filename="../ui/openstoredialog.cpp" line="334"/>
        <source>Airlock stores (*.db);;All files (*)</source>
        <translation>Airlock stores (*.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>airlock::OverviewSection</name>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="125"/>
        <source>request</source>
        <translation>request</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="125"/>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="125"/>
        <source>limit</source>
        <translation>limit</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="125"/>
        <source>monitor</source>
        <translation>monitor</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="126"/>
        <source>maintain</source>
        <translation>maintain</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="126"/>
        <source>reassess</source>
        <translation>reassess</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="126"/>
        <source>reduce</source>
        <translation>reduce</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="126"/>
        <source>retire</source>
        <translation>retire</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="152"/>
        <source>observe</source>
        <translation>observe</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="152"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="152"/>
        <source>propose</source>
        <translation>propose</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="152"/>
        <source>act with approval</source>
        <translation>act with approval</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="153"/>
        <source>scoped autonomy</source>
        <translation>scoped autonomy</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="28"/>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="29"/>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="30"/>
        <source>Target system:</source>
        <translation>Target system:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="31"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="32"/>
        <source>Lifecycle stage:</source>
        <translation>Lifecycle stage:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="33"/>
        <source>Trust stage:</source>
        <translation>Trust stage:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="34"/>
        <source>Disable path:</source>
        <translation>Disable path:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="35"/>
        <source>Rollback plan:</source>
        <translation>Rollback plan:</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="36"/>
        <source>Freshness:</source>
        <translation>Freshness:</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="90"/>
        <source>document source</source>
        <translation>document source</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="92"/>
        <source>business app</source>
        <translation>business app</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="94"/>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="96"/>
        <source>communication</source>
        <translation>communication</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="98"/>
        <source>workflow tool</source>
        <translation>workflow tool</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="100"/>
        <source>device or facility</source>
        <translation>device or facility</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="120"/>
        <source>%1 (current step)</source>
        <translation>%1 (current step)</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="209"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../ui/sections/overviewsection.cpp" line="229"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="119"/>
        <source>(target not recorded)</source>
        <translation>(target not recorded)</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="118"/>
        <source>%1 — %2, via %3</source>
        <translation>%1 — %2, via %3</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="75"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="77"/>
        <source>Paused — every call is refused until it is resumed</source>
        <translation>Paused — every call is refused until it is resumed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="79"/>
        <source>Disconnected — every call is refused; reconnecting is a recorded decision</source>
        <translation>Disconnected — every call is refused; reconnecting is a recorded decision</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="81"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="170"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="173"/>
        <source>1 minute ago</source>
        <translation>1 minute ago</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="173"/>
        <source>%1 minutes ago</source>
        <translation>%1 minutes ago</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="177"/>
        <source>1 hour ago</source>
        <translation>1 hour ago</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="177"/>
        <source>%1 hours ago</source>
        <translation>%1 hours ago</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="179"/>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="159"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
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
        <translation>stale: never synced, limit %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="191"/>
        <source>Never synced; no freshness limit recorded</source>
        <translation>Never synced; no freshness limit recorded</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="198"/>
        <source>last sync %1; no freshness limit recorded</source>
        <translation>last sync %1; no freshness limit recorded</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="200"/>
        <source>stale: last sync %1, limit %2</source>
        <translation>stale: last sync %1, limit %2</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="202"/>
        <source>fresh: last sync %1, limit %2</source>
        <translation>fresh: last sync %1, limit %2</translation>
    </message>
</context>
<context>
    <name>airlock::PowersSection</name>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="21"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="22"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="23"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="24"/>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="25"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="26"/>
        <location filename="../ui/sections/powerssection.cpp" line="114"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="29"/>
        <source>Look at records, files and messages</source>
        <translation>Look at records, files and messages</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="30"/>
        <source>Query and list what is there</source>
        <translation>Query and list what is there</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="31"/>
        <source>Prepare a change or message nobody sees yet</source>
        <translation>Prepare a change or message nobody sees yet</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="32"/>
        <source>Change records in the target system</source>
        <translation>Change records in the target system</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="33"/>
        <source>Send something out (email, chat, webhook)</source>
        <translation>Send something out (email, chat, webhook)</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="34"/>
        <source>Start actions elsewhere (workflows, payments)</source>
        <translation>Start actions elsewhere (workflows, payments)</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="232"/>
        <source>Always ask</source>
        <translation>Always ask</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="234"/>
        <source>Any changes</source>
        <translation>Any changes</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="236"/>
        <source>Important actions</source>
        <translation>Important actions</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="238"/>
        <source>Never ask</source>
        <translation>Never ask</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="247"/>
        <source>every call needs a human.</source>
        <translation>every call needs a human.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="249"/>
        <source>reads and searches run; every other call needs a human.</source>
        <translation>reads and searches run; every other call needs a human.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="251"/>
        <source>only important calls need a human: a send, a change not marked non-destructive, or a target that matches a trigger rule below.</source>
        <translation>only important calls need a human: a send, a change not marked non-destructive, or a target that matches a trigger rule below.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="254"/>
        <source>every granted, in-scope call runs without a human (earned autonomy: keep it narrow and monitored).</source>
        <translation>every granted, in-scope call runs without a human (earned autonomy: keep it narrow and monitored).</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="264"/>
        <source>External send</source>
        <translation>External send</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="266"/>
        <source>Destructive change</source>
        <translation>Destructive change</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="268"/>
        <source>Privileged change</source>
        <translation>Privileged change</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="270"/>
        <source>Production write</source>
        <translation>Production write</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="272"/>
        <source>Customer-visible edit</source>
        <translation>Customer-visible edit</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="274"/>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="276"/>
        <source>Access beyond normal scope</source>
        <translation>Access beyond normal scope</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="36"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="37"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="38"/>
        <source>disconnected</source>
        <translation>disconnected</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="39"/>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="84"/>
        <source>Powers and what a call with each gets</source>
        <translation>Powers and what a call with each gets</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="96"/>
        <source>Trigger rules</source>
        <translation>Trigger rules</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="107"/>
        <source>Powers and approval</source>
        <translation>Powers and approval</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="113"/>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="113"/>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="113"/>
        <source>Under this mode</source>
        <translation>Under this mode</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="113"/>
        <source>What it covers</source>
        <translation>What it covers</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="114"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="114"/>
        <source>Target pattern</source>
        <translation>Target pattern</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="117"/>
        <source>Permission mode: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>Permission mode: &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="122"/>
        <source>This connector is %1, so every call is refused now; the table shows what applies once it is active again.</source>
        <translation>This connector is %1, so every call is refused now; the table shows what applies once it is active again.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="294"/>
        <source>Runs automatically</source>
        <translation>Runs automatically</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="289"/>
        <source>Runs automatically, except on targets of trigger rule %1</source>
        <translation>Runs automatically, except on targets of trigger rule %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="292"/>
        <source>Runs automatically, except on targets of trigger rules %1</source>
        <translation>Runs automatically, except on targets of trigger rules %1</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="297"/>
        <source>Needs a human</source>
        <translation>Needs a human</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="299"/>
        <source>Blocked: not granted</source>
        <translation>Blocked: not granted</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="299"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="152"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../ui/sections/powerssection.cpp" line="152"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="307"/>
        <source>No trigger rules are recorded: under important actions, only sends and changes not marked non-destructive need a human.</source>
        <translation>No trigger rules are recorded: under important actions, only sends and changes not marked non-destructive need a human.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="309"/>
        <source>Trigger rules: a call whose target matches one of these needs a human.</source>
        <translation>Trigger rules: a call whose target matches one of these needs a human.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="311"/>
        <source>Trigger rules (they decide only under important actions, not under the current mode):</source>
        <translation>Trigger rules (they decide only under important actions, not under the current mode):</translation>
    </message>
</context>
<context>
    <name>airlock::ReadinessSection</name>
    <message>
        <location filename="../ui/sections/readinesssection.cpp" line="53"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../ui/sections/readinesssection.cpp" line="53"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/sections/readinesssection.cpp" line="53"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/sections/readinesssection.cpp" line="63"/>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="514"/>
        <source>Ready: all %1 checks pass.</source>
        <translation>Ready: all %1 checks pass.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="516"/>
        <source>Ready with warnings. To look at: %1.</source>
        <translation>Ready with warnings. To look at: %1.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="518"/>
        <source>Not ready. Fails: %1.</source>
        <translation>Not ready. Fails: %1.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="520"/>
        <source>To look at: %1.</source>
        <translation>To look at: %1.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="451"/>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="453"/>
        <source>Warn</source>
        <translation>Warn</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="455"/>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="463"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="465"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="467"/>
        <source>Access level</source>
        <translation>Access level</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="469"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="471"/>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="473"/>
        <source>Logging</source>
        <translation>Logging</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="475"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="477"/>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="484"/>
        <source>Why does this connector exist?</source>
        <translation>Why does this connector exist?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="486"/>
        <source>What sources, records, fields, tools, or actions are in scope?</source>
        <translation>What sources, records, fields, tools, or actions are in scope?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="488"/>
        <source>Can the connector read, search, draft, write, send, or trigger?</source>
        <translation>Can the connector read, search, draft, write, send, or trigger?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="490"/>
        <source>Which account, key, service identity, or authorization does it use?</source>
        <translation>Which account, key, service identity, or authorization does it use?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="492"/>
        <source>Does the connector respect user and role boundaries?</source>
        <translation>Does the connector respect user and role boundaries?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="494"/>
        <source>What connector activity is recorded?</source>
        <translation>What connector activity is recorded?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="496"/>
        <source>Which actions require human or policy approval?</source>
        <translation>Which actions require human or policy approval?</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="498"/>
        <source>How can the connector be paused, revoked, reduced, or rolled back?</source>
        <translation>How can the connector be paused, revoked, reduced, or rolled back?</translation>
    </message>
</context>
<context>
    <name>airlock::RequestDetail</name>
    <message>
        <location filename="../ui/requestdetail.cpp" line="109"/>
        <source>Proposed action</source>
        <translation>Proposed action</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="114"/>
        <source>Exact arguments</source>
        <translation>Exact arguments</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="116"/>
        <source>What will change</source>
        <translation>What will change</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="121"/>
        <source>Why it needs approval</source>
        <translation>Why it needs approval</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="125"/>
        <location filename="../ui/requestdetail.cpp" line="377"/>
        <source>Source evidence</source>
        <translation>Source evidence</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="130"/>
        <source>Who is asking</source>
        <translation>Who is asking</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="136"/>
        <source>The run so far</source>
        <translation>The run so far</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="139"/>
        <source>Open the run&apos;s full timeline</source>
        <translation>Open the run&apos;s full timeline</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="141"/>
        <source>Show this run on the Runs screen</source>
        <translation>Show this run on the Runs screen</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="177"/>
        <source>Select a request to see what the agent read, what will change, and why it needs a human.</source>
        <translation>Select a request to see what the agent read, what will change, and why it needs a human.</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="228"/>
        <source>Expired at %1: it can no longer be approved</source>
        <translation>Expired at %1: it can no longer be approved</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="231"/>
        <source>Already %1 by %2 at %3</source>
        <translation>Already %1 by %2 at %3</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="236"/>
        <source>Time left: %1 (expires %2)</source>
        <translation>Time left: %1 (expires %2)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="249"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="250"/>
        <location filename="../ui/requestdetail.cpp" line="266"/>
        <source>(no target)</source>
        <translation>(no target)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="251"/>
        <source>%1 · power: %2 · requested by %3, %4</source>
        <translation>%1 · power: %2 · requested by %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="264"/>
        <source>Tool:</source>
        <translation>Tool:</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="265"/>
        <source>Power:</source>
        <translation>Power:</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="266"/>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="270"/>
        <source>Arguments hash:</source>
        <translation>Arguments hash:</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="286"/>
        <source>What will change (cannot be shown: %1)</source>
        <translation>What will change (cannot be shown: %1)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="292"/>
        <source>Permission mode: %1 — %2</source>
        <translation>Permission mode: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="294"/>
        <source>Rule that matched: %1</source>
        <translation>Rule that matched: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="295"/>
        <source>(none recorded)</source>
        <translation>(none recorded)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="297"/>
        <source>Trigger: %1</source>
        <translation>Trigger: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="299"/>
        <source>Policy rule: %1</source>
        <translation>Policy rule: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="301"/>
        <source>Warning: the policy now refuses this call: %1</source>
        <translation>Warning: the policy now refuses this call: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="303"/>
        <source>Note: the policy alone would now let this call run (%1); the workflow asked anyway.</source>
        <translation>Note: the policy alone would now let this call run (%1); the workflow asked anyway.</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="312"/>
        <source>Requested by %1 — that is you: someone else must decide it.</source>
        <translation>Requested by %1 — that is you: someone else must decide it.</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="314"/>
        <source>Requested by %1</source>
        <translation>Requested by %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="316"/>
        <source>The run acts as: %1</source>
        <translation>The run acts as: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="319"/>
        <source>Connector identity: %1 %2</source>
        <translation>Connector identity: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="321"/>
        <source>(no principal recorded)</source>
        <translation>(no principal recorded)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="323"/>
        <source>On behalf of: %1</source>
        <translation>On behalf of: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="324"/>
        <source>nobody named</source>
        <translation>nobody named</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="326"/>
        <source>Shared: other systems use the same identity</source>
        <translation>Shared: other systems use the same identity</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="328"/>
        <source>The connector %1 no longer exists.</source>
        <translation>The connector %1 no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="332"/>
        <source>In scope: %1</source>
        <translation>In scope: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="335"/>
        <source>Out of scope: %1</source>
        <translation>Out of scope: %1</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="336"/>
        <source>no rule includes it</source>
        <translation>no rule includes it</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="344"/>
        <source>This request belongs to no run.</source>
        <translation>This request belongs to no run.</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="348"/>
        <source>%1 · started by %2 %3 · %4</source>
        <translation>%1 · started by %2 %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="349"/>
        <source>(unnamed workflow)</source>
        <translation>(unnamed workflow)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="350"/>
        <source>(unknown trigger)</source>
        <translation>(unknown trigger)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requestdetail.cpp" line="353"/>
        <source>%n event(s) so far</source>
        <translation>
            <numerusform>%n event so far</numerusform>
            <numerusform>%n events so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requestdetail.cpp" line="356"/>
        <source>Run %1 is not on record; %n event(s) name it.</source>
        <translation>
            <numerusform>Run %1 is not on record; %n event names it.</numerusform>
            <numerusform>Run %1 is not on record; %n events name it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="378"/>
        <source>Source evidence (%1 read, %2 stale)</source>
        <translation>Source evidence (%1 read, %2 stale)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="381"/>
        <source>The agent named no evidence for this request: nothing shows what it read before asking.</source>
        <translation>The agent named no evidence for this request: nothing shows what it read before asking.</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="399"/>
        <source>#%1 · not in the store</source>
        <translation>#%1 · not in the store</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="405"/>
        <source>#%1 · %2 from %3 · %4</source>
        <translation>#%1 · %2 from %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="407"/>
        <source>(no connector)</source>
        <translation>(no connector)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="414"/>
        <source>read %1 (%2); %3 states no freshness limit</source>
        <translation>read %1 (%2); %3 states no freshness limit</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="417"/>
        <source>STALE: read %1, but %2 had not synced for %3 (limit %4)</source>
        <translation>STALE: read %1, but %2 had not synced for %3 (limit %4)</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="422"/>
        <source>STALE: read %1 (%2), longer ago than %3&apos;s freshness limit of %4</source>
        <translation>STALE: read %1 (%2), longer ago than %3&apos;s freshness limit of %4</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="426"/>
        <source>fresh: read %1 (%2), within the limit of %3</source>
        <translation>fresh: read %1 (%2), within the limit of %3</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="446"/>
        <location filename="../ui/requestdetail.cpp" line="452"/>
        <source>Show all %1 lines</source>
        <translation>Show all %1 lines</translation>
    </message>
    <message>
        <location filename="../ui/requestdetail.cpp" line="452"/>
        <source>Show less</source>
        <translation>Show less</translation>
    </message>
</context>
<context>
    <name>airlock::RunListModel</name>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="138"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="140"/>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="142"/>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="144"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="146"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="148"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="157"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="159"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="161"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="163"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="194"/>
        <source>%1 in, %2 out</source>
        <translation>%1 in, %2 out</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="216"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="232"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="234"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="236"/>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="238"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="240"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="242"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="244"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="246"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>airlock::RunReport</name>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="54"/>
        <source>Run report: %1</source>
        <translation>Run report: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="56"/>
        <source>Store %1 · generated %2 by %3</source>
        <translation>Store %1 · generated %2 by %3</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="61"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="63"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="64"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="65"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="66"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="67"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="69"/>
        <source>Where and why it stopped</source>
        <translation>Where and why it stopped</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="71"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="72"/>
        <source>Waiting for people</source>
        <translation>Waiting for people</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="73"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="74"/>
        <source>%1 in, %2 out</source>
        <translation>%1 in, %2 out</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="75"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="78"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="85"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="85"/>
        <source>Tool and target</source>
        <translation>Tool and target</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="85"/>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="86"/>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="86"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="86"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="91"/>
        <source>still waiting</source>
        <translation>still waiting</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="93"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="101"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="101"/>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="101"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="102"/>
        <source>Connector, tool, target</source>
        <translation>Connector, tool, target</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="102"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="102"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="114"/>
        <source>Stop point.</source>
        <translation>Stop point.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="122"/>
        <source>Evidence chain</source>
        <translation>Evidence chain</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="123"/>
        <source>Events #%1 to #%2. The first links to the hash %3 of the event before it; the last has the hash %4. Export the evidence bundle to check every event with sha256sum.</source>
        <translation>Events #%1 to #%2. The first links to the hash %3 of the event before it; the last has the hash %4. Export the evidence bundle to check every event with sha256sum.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="142"/>
        <location filename="../ui/runs/runreport.cpp" line="167"/>
        <source>Cannot write the run report to %1: %2</source>
        <translation>Cannot write the run report to %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="151"/>
        <source>Run report — %1</source>
        <translation>Run report — %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="152"/>
        <source>Airlock</source>
        <translation>Airlock</translation>
    </message>
    <message>
        <location filename="../ui/runs/runreport.cpp" line="162"/>
        <source>The PDF writer produced nothing.</source>
        <translation>The PDF writer produced nothing.</translation>
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
        <translation>Export Evidence Bundle…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="66"/>
        <location filename="../ui/runs/runtimelinepage.cpp" line="403"/>
        <location filename="../ui/runs/runtimelinepage.cpp" line="423"/>
        <source>Export Evidence Bundle</source>
        <translation>Export Evidence Bundle</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="69"/>
        <source>← All Runs</source>
        <translation>← All Runs</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="72"/>
        <source>Back to the runs list (Alt+←)</source>
        <translation>Back to the runs list (Alt+←)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="85"/>
        <source>The run&apos;s events with their hashes and a manifest, checkable with sha256sum</source>
        <translation>The run&apos;s events with their hashes and a manifest, checkable with sha256sum</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="87"/>
        <source>Print Report…</source>
        <translation>Print Report…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="90"/>
        <source>A printable PDF of this run: story, totals, approvals and every event</source>
        <translation>A printable PDF of this run: story, totals, approvals and every event</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="113"/>
        <source>|◀ First</source>
        <translation>|◀ First</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="113"/>
        <source>The first event (Home)</source>
        <translation>The first event (Home)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="114"/>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="114"/>
        <source>The event before (←)</source>
        <translation>The event before (←)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="115"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="115"/>
        <source>The event after (→)</source>
        <translation>The event after (→)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="116"/>
        <source>Last ▶|</source>
        <translation>Last ▶|</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="116"/>
        <source>The last event (End)</source>
        <translation>The last event (End)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="117"/>
        <source>Go to Stop Point</source>
        <translation>Go to Stop Point</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="117"/>
        <source>The event where the run stopped</source>
        <translation>The event where the run stopped</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="142"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="142"/>
        <source>Show the whole run (0)</source>
        <translation>Show the whole run (0)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="144"/>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="144"/>
        <source>Zoom in around the selected event (+ or wheel)</source>
        <translation>Zoom in around the selected event (+ or wheel)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="145"/>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="145"/>
        <source>Zoom out (− or wheel)</source>
        <translation>Zoom out (− or wheel)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="176"/>
        <source>This event has no payload.</source>
        <translation>This event has no payload.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="220"/>
        <source>Loading run %1…</source>
        <translation>Loading run %1…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="251"/>
        <source>Cannot show run %1</source>
        <translation>Cannot show run %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="279"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="282"/>
        <source>Run &lt;b&gt;%1&lt;/b&gt; · started %2 UTC by %3 · acting as %4 · model %5</source>
        <translation>Run &lt;b&gt;%1&lt;/b&gt; · started %2 UTC by %3 · acting as %4 · model %5</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="286"/>
        <source>unrecorded</source>
        <translation>unrecorded</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runtimelinepage.cpp" line="291"/>
        <source>&lt;b&gt;Duration&lt;/b&gt; %1 · &lt;b&gt;waiting for people&lt;/b&gt; %2 · &lt;b&gt;tokens&lt;/b&gt; %3 in / %4 out · &lt;b&gt;cost&lt;/b&gt; $%5 · %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Duration&lt;/b&gt; %1 · &lt;b&gt;waiting for people&lt;/b&gt; %2 · &lt;b&gt;tokens&lt;/b&gt; %3 in / %4 out · &lt;b&gt;cost&lt;/b&gt; $%5 · %n event</numerusform>
            <numerusform>&lt;b&gt;Duration&lt;/b&gt; %1 · &lt;b&gt;waiting for people&lt;/b&gt; %2 · &lt;b&gt;tokens&lt;/b&gt; %3 in / %4 out · &lt;b&gt;cost&lt;/b&gt; $%5 · %n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="298"/>
        <source>%1 blocked, %2 failed</source>
        <translation>%1 blocked, %2 failed</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="332"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="333"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="335"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="337"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="338"/>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="339"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="340"/>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="341"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="343"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="346"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="348"/>
        <source>Stop point</source>
        <translation>Stop point</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="351"/>
        <source>the run ended here</source>
        <translation>the run ended here</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="358"/>
        <source>Place in the evidence chain</source>
        <translation>Place in the evidence chain</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="359"/>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="365"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="366"/>
        <source>Previous hash</source>
        <translation>Previous hash</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="368"/>
        <location filename="../ui/runs/runtimelinepage.cpp" line="371"/>
        <location filename="../ui/runs/runtimelinepage.cpp" line="374"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="368"/>
        <source>cannot check: %1</source>
        <translation>cannot check: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="372"/>
        <source>yes — its bytes hash to its hash, and it links to event #%1</source>
        <translation>yes — its bytes hash to its hash, and it links to event #%1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="376"/>
        <source>NO — %1</source>
        <translation>NO — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runtimelinepage.cpp" line="389"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="390"/>
        <source>Event %1 of %2 · #%3</source>
        <translation>Event %1 of %2 · #%3</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="410"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtimelinepage.cpp" line="438"/>
        <location filename="../ui/runs/runtimelinepage.cpp" line="443"/>
        <source>Print Run Report</source>
        <translation>Print Run Report</translation>
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
        <translation>Only runs with this status</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="39"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="46"/>
        <source>Only runs of this workflow</source>
        <translation>Only runs of this workflow</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="50"/>
        <source>Any workflow</source>
        <translation>Any workflow</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="54"/>
        <source>Only runs that touched this connector</source>
        <translation>Only runs that touched this connector</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="57"/>
        <source>Any connector</source>
        <translation>Any connector</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="61"/>
        <source>Only runs started in this period</source>
        <translation>Only runs started in this period</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="62"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="63"/>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="64"/>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="65"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="66"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="67"/>
        <source>Older than 30 days</source>
        <translation>Older than 30 days</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="71"/>
        <source>Only runs where something went wrong</source>
        <translation>Only runs where something went wrong</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="72"/>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="73"/>
        <source>Anything went wrong</source>
        <translation>Anything went wrong</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="74"/>
        <source>A call was blocked</source>
        <translation>A call was blocked</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="75"/>
        <source>An approval was rejected</source>
        <translation>An approval was rejected</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="76"/>
        <source>Something failed</source>
        <translation>Something failed</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="77"/>
        <source>It was stopped</source>
        <translation>It was stopped</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="124"/>
        <source>Open a run (double-click or Enter) to replay its timeline.</source>
        <translation>Open a run (double-click or Enter) to replay its timeline.</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="181"/>
        <source>Loading runs…</source>
        <translation>Loading runs…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="258"/>
        <source>Cannot read the runs: %1</source>
        <translation>Cannot read the runs: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="263"/>
        <source>No runs match these filters.</source>
        <translation>No runs match these filters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runspage.cpp" line="265"/>
        <source>%n run(s) shown, newest first; more load as you scroll</source>
        <translation>
            <numerusform>%n run shown, newest first; more load as you scroll</numerusform>
            <numerusform>%n runs shown, newest first; more load as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runspage.cpp" line="267"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
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
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="35"/>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="46"/>
        <source>Scope rules</source>
        <translation>Scope rules</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="49"/>
        <source>&amp;Test a resource path:</source>
        <translation>&amp;Test a resource path:</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="56"/>
        <source>a resource path, e.g. crm:accounts/segment=smb/4711</source>
        <translation>a resource path, e.g. crm:accounts/segment=smb/4711</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="74"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="101"/>
        <source>No scope rules are recorded, so nothing is in scope: every call with a target is refused.</source>
        <translation>No scope rules are recorded, so nothing is in scope: every call with a target is refused.</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="103"/>
        <source>Rules are checked in order: the last matching rule decides; anything not included is out of scope.</source>
        <translation>Rules are checked in order: the last matching rule decides; anything not included is out of scope.</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="113"/>
        <source>include</source>
        <translation>include</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="113"/>
        <source>exclude</source>
        <translation>exclude</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="136"/>
        <source>Type a resource path above to see whether it is in scope and which rule decides.</source>
        <translation>Type a resource path above to see whether it is in scope and which rule decides.</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="156"/>
        <source>Refused — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="158"/>
        <source>Out of scope — no rule includes it</source>
        <translation>Out of scope — no rule includes it</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="163"/>
        <source>In scope — included by rule %1 (%2)</source>
        <translation>In scope — included by rule %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="164"/>
        <source>Out of scope — excluded by rule %1 (%2)</source>
        <translation>Out of scope — excluded by rule %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/sections/scopesection.cpp" line="167"/>
        <source>Judged as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::SectionText</name>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="13"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="15"/>
        <source>search</source>
        <translation>search</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="17"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="19"/>
        <source>write</source>
        <translation>write</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="21"/>
        <source>send</source>
        <translation>send</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="23"/>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="32"/>
        <source>Service principal</source>
        <translation>Service principal</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="34"/>
        <source>Delegated user</source>
        <translation>Delegated user</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="36"/>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="38"/>
        <source>OAuth app</source>
        <translation>OAuth app</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="40"/>
        <source>Platform managed</source>
        <translation>Platform managed</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="47"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="65"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="67"/>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="67"/>
        <source>in %1 days</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="68"/>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="68"/>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
</context>
<context>
    <name>airlock::StoreKeychain</name>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="123"/>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="133"/>
        <location filename="../ui/credentials/storekeychain.cpp" line="136"/>
        <source>Secret Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="151"/>
        <source>no keychain service is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/credentials/storekeychain.cpp" line="261"/>
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>the keychain did not answer within %n second</numerusform>
            <numerusform>the keychain did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="164"/>
        <location filename="../ui/credentials/storekeychain.cpp" line="194"/>
        <location filename="../ui/credentials/storekeychain.cpp" line="219"/>
        <source>only a PostgreSQL store has a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="195"/>
        <source>an empty password is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="207"/>
        <source>the keychain did not save the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/storekeychain.cpp" line="230"/>
        <source>the keychain did not forget the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::StoreOpener</name>
    <message>
        <location filename="../ui/credentials/storeopener.cpp" line="38"/>
        <source>none is saved in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/storeopener.cpp" line="39"/>
        <source>the system keychain is not available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/storeopener.cpp" line="41"/>
        <source>%1

The server wants a password: %2, and libpq&apos;s password file (PGPASSFILE, else ~/.pgpass) has none for this login. Type it in File ▸ Open Store…, or add it to the password file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/storeopener.cpp" line="50"/>
        <source>The server refused the password saved in the system keychain (%1) for %2. Forget it, or save the right one, in File ▸ Open Store…

The server said: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/storeopener.cpp" line="55"/>
        <source>%1

(The password came from the system keychain (%2).)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airlock::TimelineView</name>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="90"/>
        <source>Wheel or +/− to zoom, drag to pan, 0 to fit; ←/→ step through the events</source>
        <translation>Wheel or +/− to zoom, drag to pan, 0 to fit; ←/→ step through the events</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="263"/>
        <source>No run selected</source>
        <translation>No run selected</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="286"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="287"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="324"/>
        <source>since start</source>
        <translation>since start</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="349"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="351"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="415"/>
        <source>stopped here</source>
        <translation>stopped here</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="416"/>
        <source>blocked here</source>
        <translation>blocked here</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelineview.cpp" line="417"/>
        <source>failed here</source>
        <translation>failed here</translation>
    </message>
</context>
<context>
    <name>airlock::ToolsSection</name>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="319"/>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="321"/>
        <source>destructive</source>
        <translation>destructive</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="321"/>
        <source>non-destructive</source>
        <translation>non-destructive</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="323"/>
        <source>idempotent</source>
        <translation>idempotent</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="325"/>
        <source>open-world</source>
        <translation>open-world</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="325"/>
        <source>closed-world</source>
        <translation>closed-world</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="38"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="52"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="52"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="52"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="52"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="53"/>
        <source>Derived power</source>
        <translation>Derived power</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="53"/>
        <source>Effective power</source>
        <translation>Effective power</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="60"/>
        <source>MCP annotations are untrusted hints from the tool server. A hint that is absent takes MCP&apos;s default: not read-only, destructive, not idempotent, open-world.</source>
        <translation>MCP annotations are untrusted hints from the tool server. A hint that is absent takes MCP&apos;s default: not read-only, destructive, not idempotent, open-world.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="64"/>
        <source>The power derived from the tool&apos;s definition and annotations</source>
        <translation>The power derived from the tool&apos;s definition and annotations</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="66"/>
        <source>The power the policy applies: the derived one, unless a lead set another</source>
        <translation>The power the policy applies: the derived one, unless a lead set another</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="73"/>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="332"/>
        <source>not annotated: treated as destructive and open-world</source>
        <translation>not annotated: treated as destructive and open-world</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="334"/>
        <source>no claims: treated as destructive and open-world</source>
        <translation>no claims: treated as destructive and open-world</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="93"/>
        <source>%1 (set by a lead)</source>
        <translation>%1 (set by a lead)</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="94"/>
        <source>A lead set this power; the annotations suggest %1.</source>
        <translation>A lead set this power; the annotations suggest %1.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="99"/>
        <source>%1 (not granted)</source>
        <translation>%1 (not granted)</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="100"/>
        <source>The connector is not granted %1, so every call of this tool is refused.</source>
        <translation>The connector is not granted %1, so every call of this tool is refused.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="342"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="109"/>
        <source>Its definition is the one that was reviewed.</source>
        <translation>Its definition is the one that was reviewed.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="344"/>
        <source>New — blocked until reviewed</source>
        <translation>New — blocked until reviewed</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="112"/>
        <source>First seen %1. Every call is refused until a lead reviews it.</source>
        <translation>First seen %1. Every call is refused until a lead reviews it.</translation>
    </message>
    <message>
        <location filename="../ui/sections/sectiontext.cpp" line="346"/>
        <source>Changed since review — blocked</source>
        <translation>Changed since review — blocked</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="116"/>
        <source>Its definition changed since the last review (reviewed %1, now %2). Every call is refused until a lead reviews it again.</source>
        <translation>Its definition changed since the last review (reviewed %1, now %2). Every call is refused until a lead reviews it again.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="136"/>
        <source>readOnlyHint: %1, destructiveHint: %2, idempotentHint: %3, openWorldHint: %4</source>
        <translation>readOnlyHint: %1, destructiveHint: %2, idempotentHint: %3, openWorldHint: %4</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="151"/>
        <source>No tools recorded yet: the gateway records each tool the first time the server lists it.</source>
        <translation>No tools recorded yet: the gateway records each tool the first time the server lists it.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="156"/>
        <source>1 tool, reviewed.</source>
        <translation>1 tool, reviewed.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="157"/>
        <source>%1 tools, all reviewed.</source>
        <translation>%1 tools, all reviewed.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="160"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="162"/>
        <source>1 tool</source>
        <translation>1 tool</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="163"/>
        <source>%1 tools</source>
        <translation>%1 tools</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="164"/>
        <source>1 new or changed since review: blocked until reviewed.</source>
        <translation>1 new or changed since review: blocked until reviewed.</translation>
    </message>
    <message>
        <location filename="../ui/sections/toolssection.cpp" line="165"/>
        <source>%1 new or changed since review: blocked until reviewed.</source>
        <translation>%1 new or changed since review: blocked until reviewed.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
    <context>
        <name>QObject</name>
        <message>
            <location filename="../app/airlock/main.cpp" line="52" />
            <location filename="../app/airlock/main.cpp" line="63" />
            <location filename="../app/airlock/main.cpp" line="70" />
            <source>Airlock</source>
            <translation>Airlock</translation>
        </message>
    </context>
    <context>
        <name>airlock::MainWindow</name>
        <message>
            <location filename="../ui/mainwindow.cpp" line="33" />
            <location filename="../ui/mainwindow.cpp" line="129" />
            <source>Airlock</source>
            <translation>Airlock</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="137" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="138" />
            <source>&amp;Open Store…</source>
            <translation>Speicher ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="144" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="153" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="154" />
            <source>&amp;About Airlock</source>
            <translation>Ü&amp;ber Airlock</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="50" />
            <source>Inbox</source>
            <translation>Eingang</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="50" />
            <source>Agent actions waiting for a reviewer will be listed here, with the source evidence the agent read and exactly what will change.</source>
            <translation>Hier erscheinen Aktionen von Agenten, die auf eine Prüfung warten – mit den Quellen, die der Agent gelesen hat, und genau dem, was sich ändern wird.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="51" />
            <location filename="../ui/mainwindow.cpp" line="183" />
            <source>Connectors</source>
            <translation>Konnektoren</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="51" />
            <source>The connector inventory: purpose, owner, scope, powers, identity, permission mode, review state, drift and readiness, with a kill switch.</source>
            <translation>Das Konnektor-Inventar: Zweck, Verantwortliche, Umfang, Befugnisse, Identität, Freigabemodus, Prüfstand, Abweichungen und Einsatzbereitschaft – mit Notabschaltung.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="52" />
            <source>Runs</source>
            <translation>Läufe</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="52" />
            <source>Every run reconstructed from its evidence: trigger, reads, outputs, approvals, actions, and where it stopped.</source>
            <translation>Jeder Lauf aus seinen Nachweisen rekonstruiert: Auslöser, Lesezugriffe, Ergebnisse, Freigaben, Aktionen und wo er anhielt.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="53" />
            <source>Insights</source>
            <translation>Einblicke</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="53" />
            <source>The inventory and the approval flow at a glance.</source>
            <translation>Inventar und Freigaben auf einen Blick.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="54" />
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="54" />
            <source>Every governance change, and verification of the whole evidence chain.</source>
            <translation>Jede Governance-Änderung und die Prüfung der gesamten Nachweiskette.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="81" />
            <source>Evidence chain: checking… %1%</source>
            <translation>Nachweiskette: wird geprüft… %1 %</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="122" />
            <source>Store: %1</source>
            <translation>Speicher: %1</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="123" />
            <source>A local file on this computer</source>
            <translation>Eine lokale Datei auf diesem Computer</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="124" />
            <source>A shared PostgreSQL server</source>
            <translation>Ein gemeinsamer PostgreSQL-Server</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="126" />
            <source>Changes by other programs appear as they happen</source>
            <translation>Änderungen anderer Programme erscheinen sofort</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="127" />
            <source>Changes by other programs appear within a few seconds</source>
            <translation>Änderungen anderer Programme erscheinen nach wenigen Sekunden</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="141" />
            <source>&amp;Verify Evidence Chain</source>
            <translation>Nachweiskette &amp;prüfen</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="147" />
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="155" />
            <source>About Airlock</source>
            <translation>Über Airlock</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="156" />
            <source>Airlock %1 — a governance console for AI connectors.</source>
            <translation>Airlock %1 – eine Governance-Konsole für KI-Konnektoren.</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="198" />
            <source>Evidence chain: intact</source>
            <translation>Nachweiskette: intakt</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="200" />
            <source>Evidence chain: broken at #%1</source>
            <translation>Nachweiskette: unterbrochen bei #%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/mainwindow.cpp" line="201" />
            <source>%n event(s) checked</source>
            <translation>
                <numerusform>%n Ereignis geprüft</numerusform>
                <numerusform>%n Ereignisse geprüft</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="210" />
            <location filename="../ui/mainwindow.cpp" line="215" />
            <source>Open Store</source>
            <translation>Speicher öffnen</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="85" />
            <location filename="../ui/mainwindow.cpp" line="188" />
            <location filename="../ui/mainwindow.cpp" line="196" />
            <source>Evidence chain: not yet checked</source>
            <translation>Nachweiskette: noch nicht geprüft</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="128" />
            <source>Signed in as %1</source>
            <translation>Angemeldet als %1</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="125" />
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="125" />
            <source>Not live</source>
            <translation>Nicht live</translation>
        </message>
    </context>
    <context>
        <name>airlock::OpenStoreDialog</name>
        <message>
            <location filename="../ui/openstoredialog.cpp" line="22" />
            <source>Open Evidence Store</source>
            <translation>Nachweisspeicher öffnen</translation>
        </message>
        <message>
            <location filename="../ui/openstoredialog.cpp" line="25" />
            <source>Local file (SQLite)</source>
            <translation>Lokale Datei (SQLite)</translation>
        </message>
        <message>
            <location filename="../ui/openstoredialog.cpp" line="29" />
            <source>/path/to/evidence.db</source>
            <translation>/pfad/zu/evidence.db</translation>
        </message>
        <message>
            <location filename="../ui/openstoredialog.cpp" line="30" />
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../ui/openstoredialog.cpp" line="36" />
            <source>Shared server (PostgreSQL)</source>
            <translation>Gemeinsamer Server (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../ui/openstoredialog.cpp" line="42" />
            <source>Passwords are never stored by Airlock: put them in ~/.pgpass (or PGPASSFILE).</source>
            <translation>Airlock speichert keine Passwörter: Legen Sie sie in ~/.pgpass (oder PGPASSFILE) ab.</translation>
        </message>
        <message>
            <location filename="../ui/openstoredialog.cpp" line="81" />
            <source>Recent stores:</source>
            <translation>Zuletzt geöffnet:</translation>
        </message>
        <message>
            <location filename="../ui/openstoredialog.cpp" line="112" />
            <source>Choose a file.</source>
            <translation>Wählen Sie eine Datei.</translation>
        </message>
        <message>
            <location filename="../ui/openstoredialog.cpp" line="112" />
            <source>Enter the server's URL.</source>
            <translation>Geben Sie die URL des Servers ein.</translation>
        </message>
        <message>
            <location filename="../ui/openstoredialog.cpp" line="121" />
            <source>Evidence store file</source>
            <translation>Datei des Nachweisspeichers</translation>
        </message>
        <message>
            <location filename="../ui/openstoredialog.cpp" line="122" />
            <source>Airlock stores (*.db);;All files (*)</source>
            <translation>Airlock-Speicher (*.db);;Alle Dateien (*)</translation>
        </message>
    </context>
</TS>

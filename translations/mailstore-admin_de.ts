<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../ui/accountpage.ui" line="67"/>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="70"/>
        <source>Copy a plain-text summary of this account for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="94"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="108"/>
        <location filename="../ui/accountpage.ui" line="233"/>
        <location filename="../ui/accountpage.ui" line="240"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="122"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="136"/>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="188"/>
        <location filename="../ui/accountpage.ui" line="195"/>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="278"/>
        <location filename="../ui/accountpage.ui" line="285"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>AccountSummary</name>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="30"/>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="31"/>
        <source>Host: %1 (agent %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="32"/>
        <source>Maildir: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="33"/>
        <source>Checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="34"/>
        <source>Health: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="34"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="35"/>
        <source>%1 problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="36"/>
        <source>Size: %1 in %2 messages (%3 unread), %4 mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="41"/>
        <source>Last delivery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="42"/>
        <source>Mailboxes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="45"/>
        <source>  %1: %2 messages, %3 unread, %4, last delivery %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="53"/>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../src/app/appoptions.cpp" line="35"/>
        <source>Console for IMAP mailstore (Dovecot Maildir) hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="39"/>
        <source>Open the demo store (created on first use under the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="41"/>
        <source>Connect to a store: local:DIR for a mail root on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="43"/>
        <source>Account layout under the root, e.g. %d/%n/Maildir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="45"/>
        <source>State folder for the local agent&apos;s daemon (default: the agent&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="47"/>
        <source>Render a view offscreen into a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="49"/>
        <source>View for --screenshot: accounts or account:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="50"/>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="53"/>
        <source>Seconds --screenshot waits for the view&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="58"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="64"/>
        <source>--connect takes local:DIR (SSH and HTTPS come later), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="68"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="71"/>
        <source>Use either --demo or --connect, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="78"/>
        <source>--view takes accounts or account:NAME, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="81"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="86"/>
        <source>--timeout takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="88"/>
        <source>--screenshot needs a store: add --demo or --connect local:DIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../src/app/displayformat.cpp" line="32"/>
        <location filename="../src/app/displayformat.cpp" line="49"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../src/app/displayformat.cpp" line="38"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/displayformat.cpp" line="40"/>
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/displayformat.cpp" line="42"/>
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/displayformat.cpp" line="43"/>
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.ui" line="9"/>
        <source>Connection problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errorbanner.ui" line="60"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/errorbanner.ui" line="76"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/errorbanner.ui" line="97"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../src/app/errortext.cpp" line="26"/>
        <source>The connection to the agent was lost.</source>
        <translation>Die Verbindung zum Agenten ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="28"/>
        <source>The agent answered with data this console cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="30"/>
        <source>The agent did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="32"/>
        <source>Not connected to an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="35"/>
        <source>The mailbox %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="37"/>
        <source>The account %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="38"/>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="40"/>
        <source>The agent may not read %1 (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="42"/>
        <source>Reading the store failed (I/O error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="44"/>
        <source>Store data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="46"/>
        <source>The agent is still building its account catalog. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="48"/>
        <source>The request exceeds a limit of the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="51"/>
        <source>The agent refused a value of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="53"/>
        <source>The agent is too old for this feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="55"/>
        <source>The agent reported an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <location filename="../ui/hostpage.ui" line="52"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <location filename="../ui/hostpage.ui" line="60"/>
        <source>Filter accounts…</source>
        <translation>Konten filtern…</translation>
    </message>
    <message>
        <location filename="../ui/hostpage.ui" line="66"/>
        <source>Filter accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <location filename="../ui/hostpage.ui" line="79"/>
        <source>Only accounts with &amp;problems</source>
        <translation>Nur Konten mit &amp;Problemen</translation>
    </message>
    <message>
        <location filename="../ui/hostpage.ui" line="115"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="14"/>
        <source>Mailstore Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="38"/>
        <location filename="../ui/mainwindow.ui" line="54"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="87"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="108"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="116"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="127"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="152"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="155"/>
        <source>Connecting to remote hosts over SSH or HTTPS comes in a later version. For a store on this machine start with --connect local:DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="160"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="163"/>
        <source>Load the current view again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="166"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="171"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="174"/>
        <source>Back to the host&apos;s accounts (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="177"/>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="182"/>
        <source>&amp;Filter accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="185"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="190"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="193"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailstore::app::AccountPage</name>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="53"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="93"/>
        <source>Messages: could not load them. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="116"/>
        <source>on %1 · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="127"/>
        <location filename="../src/app/widgets/accountpage.cpp" line="194"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="133"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="134"/>
        <source>Could not load this account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="148"/>
        <source>on %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="165"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="169"/>
        <source>Mailboxes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="196"/>
        <source>Messages in %1 · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="198"/>
        <source>Messages in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="208"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="209"/>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="210"/>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="211"/>
        <source>Health: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailstore::app::AccountsModel</name>
    <message numerus="yes">
        <location filename="../src/app/models/accountsmodel.cpp" line="70"/>
        <source>%n problem(s) found by the last scan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="72"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="105"/>
        <source>This column cannot be sorted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="109"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="110"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="111"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="112"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="113"/>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="114"/>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="115"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>mailstore::app::AgentClient</name>
    <message>
        <location filename="../src/app/agentclient.cpp" line="76"/>
        <source>Starting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="91"/>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="110"/>
        <source>Not connected to an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="156"/>
        <source>The agent speaks API version %1; this console needs %2.x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="180"/>
        <source>The agent sent a message larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="194"/>
        <source>The agent sent something that is not a JSON-RPC message: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="206"/>
        <source>The agent sent something that is not a JSON-RPC response: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="221"/>
        <source>Agent reported an unattributed error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="279"/>
        <source>Connection lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="302"/>
        <source>The agent did not answer %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailstore::app::DemoCreator</name>
    <message>
        <location filename="../src/app/democreator.cpp" line="21"/>
        <source>The demo store could not be created: the agent program did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/democreator.cpp" line="64"/>
        <source>The demo store could not be created (the agent exited with code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/democreator.cpp" line="69"/>
        <source>The demo store was created but could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailstore::app::ErrorBanner</name>
    <message>
        <location filename="../src/app/widgets/errorbanner.cpp" line="18"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>mailstore::app::FindingsModel</name>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="73"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="74"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="75"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="76"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="84"/>
        <source>A folder cannot be read; its mail is invisible to the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="85"/>
        <source>A file or folder name is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="86"/>
        <source>A symbolic link points to something that does not exist.</source>
        <translation>Ein symbolischer Link zeigt ins Leere.</translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="87"/>
        <source>A symbolic link was not followed, for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="88"/>
        <source>A message file is empty (0 bytes).</source>
        <translation>Eine Nachrichtendatei ist leer (0 Byte).</translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="89"/>
        <source>A message is unusually large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="90"/>
        <source>A message in cur/ has no flags part (:2,) in its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="91"/>
        <source>A message file name does not follow the Maildir rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="92"/>
        <source>Something in a message folder is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="93"/>
        <source>A mailbox lacks its cur/ or new/ folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="94"/>
        <source>A mailbox name is not valid modified UTF-7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="95"/>
        <source>The size or date of a file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="98"/>
        <source>Unrecognised problem (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="104"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="106"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="107"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>mailstore::app::HostPage</name>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="25"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="87"/>
        <source>Could not load the accounts: %1 Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="137"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="152"/>
        <source>building the account catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="156"/>
        <source>Mail root %1, layout %2, agent %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="169"/>
        <source>%1 of %2 match</source>
        <translation>%1 von %2 passen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="146"/>
        <location filename="../src/app/widgets/hostpage.cpp" line="171"/>
        <source>1 account</source>
        <translation>1 Konto</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="146"/>
        <location filename="../src/app/widgets/hostpage.cpp" line="172"/>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="148"/>
        <source>⚠ %1 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="149"/>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="175"/>
        <source>Scanning the store: %1 of %2 accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="179"/>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
</context>
<context>
    <name>mailstore::app::MailboxesModel</name>
    <message>
        <location filename="../src/app/models/mailboxesmodel.cpp" line="107"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../src/app/models/mailboxesmodel.cpp" line="108"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/models/mailboxesmodel.cpp" line="109"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../src/app/models/mailboxesmodel.cpp" line="110"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/models/mailboxesmodel.cpp" line="111"/>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
</context>
<context>
    <name>mailstore::app::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="41"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="47"/>
        <location filename="../src/app/mainwindow.cpp" line="160"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="91"/>
        <location filename="../src/app/mainwindow.cpp" line="100"/>
        <source>%1 – Mailstore Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="99"/>
        <source>Mailstore Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="141"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="145"/>
        <location filename="../src/app/mainwindow.cpp" line="176"/>
        <source>Connected to %1 (local)</source>
        <translation>Verbunden mit %1 (lokal)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="146"/>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="150"/>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="153"/>
        <source>The connection to the agent for %1 was lost. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="154"/>
        <source>What you see below is what was loaded before. Press Reconnect to start the agent again; if it keeps failing, open the details and check the agent&apos;s messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="171"/>
        <source>Connected, but the host did not describe itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="227"/>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="227"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="227"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="228"/>
        <source>%1 — %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="229"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailstore::app::MessagesModel</name>
    <message>
        <location filename="../src/app/models/messagesmodel.cpp" line="65"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/messagesmodel.cpp" line="72"/>
        <source>From: %1
To: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/messagesmodel.cpp" line="84"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/messagesmodel.cpp" line="84"/>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/messagesmodel.cpp" line="113"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/app/models/messagesmodel.cpp" line="114"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../src/app/models/messagesmodel.cpp" line="115"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../src/app/models/messagesmodel.cpp" line="116"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>mailstore::app::ProcessTransport</name>
    <message>
        <location filename="../src/app/transport/processtransport.cpp" line="59"/>
        <source>local agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/transport/processtransport.cpp" line="72"/>
        <source>The agent process crashed or was killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/transport/processtransport.cpp" line="74"/>
        <source>The agent process exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/transport/processtransport.cpp" line="81"/>
        <source>The agent %1 could not be started: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/transport/processtransport.cpp" line="82"/>
        <source>The agent program %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailstore::app::Screenshotter</name>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="37"/>
        <source>Timed out after %1 s waiting for the %2 view to load (connection: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="47"/>
        <source>The connection to the agent was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="51"/>
        <source>The accounts could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="74"/>
        <source>The account %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="92"/>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="96"/>
        <source>Saved %1 (%2×%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="71"/>
        <source>Creating the demo store with sample mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="81"/>
        <source>Check that mailstore-agent is installed and that the data folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="91"/>
        <source>Not connected to any mailstore.

Start with --demo to explore a demo store, or with --connect local:DIR for a store on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

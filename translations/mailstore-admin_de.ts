<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../ui/accountpage.ui" line="77"/>
        <source>Verify the index of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="87"/>
        <source>Rebuild the index of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="94"/>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="97"/>
        <source>Copy a plain-text summary of this account for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="121"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="135"/>
        <location filename="../ui/accountpage.ui" line="260"/>
        <location filename="../ui/accountpage.ui" line="267"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="149"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="163"/>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="215"/>
        <location filename="../ui/accountpage.ui" line="222"/>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="305"/>
        <location filename="../ui/accountpage.ui" line="312"/>
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
        <source>View for --screenshot: accounts, account:NAME, scan (a host-wide index scan) or rebuild:NAME (the rebuild preview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="81"/>
        <source>--view takes accounts, account:NAME, scan or rebuild:NAME, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="52"/>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="55"/>
        <source>Seconds --screenshot waits for the view&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="60"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="66"/>
        <source>--connect takes local:DIR (SSH and HTTPS come later), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="70"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="73"/>
        <source>Use either --demo or --connect, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="85"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="90"/>
        <source>--timeout takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="92"/>
        <source>--screenshot needs a store: add --demo or --connect local:DIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../src/app/csvexport.cpp" line="60"/>
        <source>Could not write %1: %2</source>
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
        <location filename="../ui/mainwindow.ui" line="124"/>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="137"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="162"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="165"/>
        <source>Connecting to remote hosts over SSH or HTTPS comes in a later version. For a store on this machine start with --connect local:DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="170"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="173"/>
        <source>Load the current view again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="176"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="181"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="184"/>
        <source>Back to the host&apos;s accounts (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="187"/>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="192"/>
        <source>&amp;Filter accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="195"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="200"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="203"/>
        <source>Check the Dovecot index state of the selected accounts (Ctrl+Shift+V). Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="206"/>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="211"/>
        <source>Re&amp;build index…</source>
        <translation>Index neu &amp;aufbauen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="214"/>
        <source>Preview, then rebuild the Dovecot index of the selected accounts, keeping UIDs (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="217"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="222"/>
        <source>&amp;Scan all accounts…</source>
        <translation>Alle Konten &amp;scannen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="225"/>
        <source>Check the index state of every account of this host (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="228"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="233"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="236"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RebuildDialog</name>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="14"/>
        <source>Rebuild index</source>
        <translation>Index neu aufbauen</translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="40"/>
        <source>What the rebuild changes, per account and mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="50"/>
        <source>Account / mailbox</source>
        <translation>Konto / Postfach</translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="55"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="60"/>
        <source>UIDs kept</source>
        <translation>UIDs behalten</translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="65"/>
        <source>New UIDs</source>
        <translation>Neue UIDs</translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="70"/>
        <source>Entries dropped</source>
        <translation>Einträge entfernt</translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="75"/>
        <source>UIDVALIDITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="80"/>
        <source>dovecot-uidlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="85"/>
        <source>To quarantine</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="106"/>
        <source>Warning: new UIDVALIDITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="126"/>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="136"/>
        <source>&amp;Disconnect the user&apos;s IMAP sessions first (doveadm kick)</source>
        <translation>IMAP-Sitzungen des Benutzers zuerst &amp;trennen (doveadm kick)</translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="143"/>
        <source>Ask Dovecot to &amp;resync afterwards (doveadm force-resync)</source>
        <translation>Dovecot danach neu &amp;synchronisieren lassen (doveadm force-resync)</translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="155"/>
        <source>Rebuild progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <location filename="../ui/scanview.ui" line="11"/>
        <source>&amp;Start scan</source>
        <translation>Scan &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="14"/>
        <source>Start scanning all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="21"/>
        <source>&amp;Deep: also read every message and compare its size with its name (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="49"/>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="56"/>
        <source>Ca&amp;ncel scan</source>
        <translation>Scan a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="59"/>
        <source>Cancel the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="83"/>
        <source>Filter results (account, severity, code)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="89"/>
        <source>Filter scan results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="116"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="119"/>
        <source>Save the listed results as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="122"/>
        <source>Export the scan results as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="131"/>
        <source>Scan results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailstore::app::AccountPage</name>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="56"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="103"/>
        <source>Messages: could not load them. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="123"/>
        <source>Verifying the index…</source>
        <translation>Index wird geprüft…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="132"/>
        <source>Could not verify the index of this account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="141"/>
        <source>Index verified %1</source>
        <translation>Index geprüft %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="162"/>
        <source>on %1 · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="176"/>
        <location filename="../src/app/widgets/accountpage.cpp" line="270"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="182"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="183"/>
        <source>Could not load this account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="197"/>
        <source>on %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="253"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="208"/>
        <source>Mailboxes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="254"/>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="272"/>
        <source>Messages in %1 · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="274"/>
        <source>Messages in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="284"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="285"/>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="286"/>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="287"/>
        <source>Health: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailstore::app::AccountsModel</name>
    <message numerus="yes">
        <location filename="../src/app/models/accountsmodel.cpp" line="74"/>
        <source>%n problem(s) found by the last scan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="76"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/accountsmodel.cpp" line="67"/>
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="67"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="113"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="114"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="115"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="116"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="117"/>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="118"/>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="119"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
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
        <location filename="../src/app/models/findingsmodel.cpp" line="75"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="76"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="77"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="78"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="25"/>
        <source>A folder cannot be read; its mail is invisible to the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="26"/>
        <source>A file or folder name is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="27"/>
        <source>A symbolic link points to something that does not exist.</source>
        <translation>Ein symbolischer Link zeigt ins Leere.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="28"/>
        <source>A symbolic link was not followed, for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="29"/>
        <source>A message file is empty (0 bytes).</source>
        <translation>Eine Nachrichtendatei ist leer (0 Byte).</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="30"/>
        <source>A message is unusually large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="31"/>
        <source>A message in cur/ has no flags part (:2,) in its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="32"/>
        <source>A message file name does not follow the Maildir rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="33"/>
        <source>Something in a message folder is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="34"/>
        <source>A mailbox lacks its cur/ or new/ folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="35"/>
        <source>A mailbox name is not valid modified UTF-7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="36"/>
        <source>The size or date of a file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="39"/>
        <source>The mailbox has no dovecot-uidlist. Dovecot would number all messages afresh and clients would download them again. Rebuild writes one; its preview says which UIDs can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="40"/>
        <source>dovecot-uidlist cannot be read, by Dovecot either. Check the owner and permissions of the file, then verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="41"/>
        <source>The first line of dovecot-uidlist (UIDVALIDITY, next UID) is damaged. Dovecot would start the mailbox afresh and clients would download it again. Rebuild keeps the UIDVALIDITY where it can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="42"/>
        <source>A line of dovecot-uidlist cannot be read. Dovecot would renumber the messages after it, and clients would download them again. Rebuild keeps their UIDs.</source>
        <translation>Eine Zeile der dovecot-uidlist ist unlesbar. Dovecot würde die Nachrichten danach neu nummerieren, und Clients würden sie erneut herunterladen. Der Neuaufbau behält ihre UIDs.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="43"/>
        <source>Two messages share one UID in dovecot-uidlist, so clients may show the wrong message. Rebuild keeps the UID for the first and gives the other a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="44"/>
        <source>The UIDs in dovecot-uidlist are out of order. Dovecot would treat the file as broken and renumber the messages. Rebuild keeps their UIDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="45"/>
        <source>A message file is listed twice in dovecot-uidlist. Rebuild keeps one entry with its UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="46"/>
        <source>A UID in dovecot-uidlist is not below the next UID of its header, so new mail could get a UID already in use. Rebuild raises the next UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="47"/>
        <source>The next UID in dovecot-uidlist is not above the highest UID in use. Dovecot corrects this itself; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="48"/>
        <source>dovecot-uidlist lists a message whose file is gone. Clients do not notice; Rebuild drops the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="49"/>
        <source>A message in cur/ has no line in dovecot-uidlist; Dovecot would give it a new UID and clients would download it again. Rebuild gives it a UID above all used so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="50"/>
        <source>dovecot.index has handed out more UIDs than dovecot-uidlist knows, so Dovecot could reuse UIDs clients have seen. Rebuild raises the next UID above both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="51"/>
        <source>dovecot.index and dovecot-uidlist disagree about UIDVALIDITY. Dovecot would reset the mailbox and clients would download it again. Rebuild keeps the uidlist&apos;s UIDVALIDITY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="52"/>
        <source>dovecot.index is cut short. Dovecot rebuilds it slowly while the user waits. Rebuild moves it to quarantine so Dovecot makes a fresh one; UIDs stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="53"/>
        <source>dovecot.index has a format version Dovecot cannot use. Rebuild moves it to quarantine so Dovecot makes a fresh one; UIDs stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="54"/>
        <source>The header of dovecot.index is damaged. Rebuild moves it to quarantine so Dovecot makes a fresh one; UIDs stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="55"/>
        <source>Dovecot marked dovecot.index as corrupted. Rebuild moves it to quarantine so Dovecot makes a fresh one; UIDs stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="56"/>
        <source>dovecot.index was written by a machine with another byte order (after a migration?). Dovecot cannot use it. Rebuild moves it to quarantine; UIDs stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="57"/>
        <source>dovecot.index and its log or cache belong to different generations. Rebuild moves them to quarantine so Dovecot makes fresh ones; UIDs stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="58"/>
        <source>dovecot.index counts a different number of messages than the folder holds; clients may show wrong counts. Rebuild lets Dovecot count afresh; UIDs stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="59"/>
        <source>The transaction log dovecot.index.log is damaged; recent flag changes may be lost. Rebuild moves it to quarantine; UIDs stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="60"/>
        <source>The mailbox list index is damaged; clients may miss folders. Rebuild moves it to quarantine so Dovecot lists the folders afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="61"/>
        <source>An old file lies in tmp/, left by an interrupted delivery. Harmless; Dovecot removes such files after 36 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="62"/>
        <source>A message&apos;s size differs from the size in its file name (S= or W=); clients may fail to fetch it. Check whether the file was cut short; Rebuild does not change message files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="63"/>
        <source>A message file cannot be read, so the user cannot open it. Check its permissions and the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="91"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="93"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../src/app/models/findingsmodel.cpp" line="94"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>mailstore::app::HostPage</name>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="40"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="107"/>
        <source>Could not load the accounts: %1 Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="222"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="237"/>
        <source>building the account catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="241"/>
        <source>Mail root %1, layout %2, agent %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="254"/>
        <source>%1 of %2 match</source>
        <translation>%1 von %2 passen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="231"/>
        <location filename="../src/app/widgets/hostpage.cpp" line="256"/>
        <source>1 account</source>
        <translation>1 Konto</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="31"/>
        <source>Index &amp;health</source>
        <translation>Index-&amp;Zustand</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="34"/>
        <source>Account actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="195"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/hostpage.cpp" line="203"/>
        <source>&amp;Copy %n account name(s)</source>
        <translation>
            <numerusform>%n Kontoname &amp;kopieren</numerusform>
            <numerusform>%n Kontonamen &amp;kopieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="231"/>
        <location filename="../src/app/widgets/hostpage.cpp" line="257"/>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="233"/>
        <source>⚠ %1 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="234"/>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="260"/>
        <source>Scanning the store: %1 of %2 accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="264"/>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
</context>
<context>
    <name>mailstore::app::JobsDock</name>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="21"/>
        <location filename="../src/app/widgets/jobsdock.cpp" line="29"/>
        <location filename="../src/app/widgets/jobsdock.cpp" line="58"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="36"/>
        <source>No jobs yet. Long work (scanning all accounts, rebuilding indexes) runs here and goes on when the console closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="41"/>
        <source>&amp;Cancel job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="42"/>
        <source>Stop the selected job (Delete). Work already done stays done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="48"/>
        <source>Cancel the selected job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailstore::app::JobsModel</name>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="93"/>
        <source>Job %1, started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="95"/>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="116"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="117"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="118"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="119"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="120"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="159"/>
        <source>The job could not be cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="202"/>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="283"/>
        <source>Index check</source>
        <translation>Indexprüfung</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="285"/>
        <source>Index rebuild</source>
        <translation>Index-Neuaufbau</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="292"/>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="294"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="296"/>
        <location filename="../src/app/models/jobsmodel.cpp" line="356"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="298"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="300"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="307"/>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="309"/>
        <source>mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="311"/>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="321"/>
        <source>waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="321"/>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="322"/>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="337"/>
        <source>The job failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="340"/>
        <source>Cancelled after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodel.cpp" line="344"/>
        <source>%n account(s) checked</source>
        <translation>
            <numerusform>%n Konto geprüft</numerusform>
            <numerusform>%n Konten geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodel.cpp" line="346"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n mit Problemen</numerusform>
            <numerusform>%n mit Problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodel.cpp" line="353"/>
        <source>%n mailbox(es) rebuilt</source>
        <translation>
            <numerusform>%n Postfach neu aufgebaut</numerusform>
            <numerusform>%n Postfächer neu aufgebaut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodel.cpp" line="354"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
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
        <location filename="../src/app/mainwindow.cpp" line="47"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="53"/>
        <location filename="../src/app/mainwindow.cpp" line="251"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="101"/>
        <location filename="../src/app/mainwindow.cpp" line="109"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="103"/>
        <source>Show or hide the jobs of this host (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="109"/>
        <source>&amp;Jobs (%1 running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="181"/>
        <location filename="../src/app/mainwindow.cpp" line="190"/>
        <source>%1 – Mailstore Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="189"/>
        <source>Mailstore Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="231"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="235"/>
        <location filename="../src/app/mainwindow.cpp" line="267"/>
        <source>Connected to %1 (local)</source>
        <translation>Verbunden mit %1 (lokal)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="236"/>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="241"/>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="244"/>
        <source>The connection to the agent for %1 was lost. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="245"/>
        <source>What you see below is what was loaded before. Press Reconnect to start the agent again; if it keeps failing, open the details and check the agent&apos;s messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="262"/>
        <source>Connected, but the host did not describe itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="312"/>
        <source>&amp;Verify %n account(s)</source>
        <translation>
            <numerusform>%n Konto &amp;prüfen</numerusform>
            <numerusform>%n Konten &amp;prüfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="313"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="314"/>
        <source>Re&amp;build index of %n account(s)…</source>
        <translation>
            <numerusform>Index von %n Konto neu &amp;aufbauen…</numerusform>
            <numerusform>Index von %n Konten neu &amp;aufbauen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="315"/>
        <source>Re&amp;build index…</source>
        <translation>Index neu &amp;aufbauen…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="328"/>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="328"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="328"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="329"/>
        <source>%1 — %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="330"/>
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
    <name>mailstore::app::RebuildDialog</name>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="49"/>
        <source>Rebuild index of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="50"/>
        <source>Rebuild index of %n account(s)</source>
        <translation>
            <numerusform>Index von %n Konto neu aufbauen</numerusform>
            <numerusform>Index von %n Konten neu aufbauen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="52"/>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="265"/>
        <source>Rebuild</source>
        <translation>Neu aufbauen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="59"/>
        <source>Clients reconnect by themselves; this avoids a session holding the old index while it is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="61"/>
        <source>Dovecot then reads the new uidlist at once instead of at the user&apos;s next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="89"/>
        <source>Checking what a rebuild would change (a dry run: nothing changes yet)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="96"/>
        <source>The rebuild could not be planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="123"/>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="151"/>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="123"/>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="127"/>
        <source>UIDVALIDITY %1 stays; clients keep their copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="128"/>
        <source>New UIDVALIDITY %1: clients download this mailbox again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="129"/>
        <source>rewritten</source>
        <translation>neu geschrieben</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="129"/>
        <source>rewrite</source>
        <translation>neu schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="130"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="132"/>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="152"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="133"/>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="153"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="137"/>
        <source>Moved to quarantine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="138"/>
        <source>Goes to quarantine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="150"/>
        <source>%n NEW</source>
        <translation>
            <numerusform>%n NEU</numerusform>
            <numerusform>%n NEU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="154"/>
        <source>Quarantine folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="156"/>
        <source>Dovecot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="175"/>
        <source>Nothing to rebuild: the index state of %1 is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="177"/>
        <source>these accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="181"/>
        <source>Rebuilt %n mailbox(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="182"/>
        <source>Rebuilds %n mailbox(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="183"/>
        <source>Of %1 messages, %2 keep their UIDs and %3 get new ones (above every UID handed out so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="188"/>
        <source>%n uidlist entry(s) without a message file are dropped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="193"/>
        <source>a quarantine folder beside each account&apos;s Maildir</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="194"/>
        <source>%n index file(s) were moved to %1; nothing was deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="196"/>
        <source>%n index file(s) move to %1; nothing is deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="204"/>
        <source>%n mailbox(es) got a new dovecot-uidlist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="205"/>
        <source>%n mailbox(es) get a new dovecot-uidlist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="206"/>
        <source>Message files are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="218"/>
        <source>Some mailboxes of %1 have no usable UIDVALIDITY left and get a new one. Every IMAP client will download them again, and copies kept only in a client may show up twice. Type %2 to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="247"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="247"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="250"/>
        <source>What rebuilding the index of %1 changes, found by a dry run (nothing has changed yet). UIDs and UIDVALIDITY are kept wherever they can be, so IMAP clients do not notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="255"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="257"/>
        <source>The dry run found nothing to rebuild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="265"/>
        <source>Rebuild %n mailbox(es)</source>
        <translation>
            <numerusform>%n Postfach neu aufbauen</numerusform>
            <numerusform>%n Postfächer neu aufbauen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="290"/>
        <source>Starting the rebuild…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="297"/>
        <source>The rebuild did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="318"/>
        <source>Rebuilding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="329"/>
        <source>The rebuild is done. Verify the account to see its index state now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailstore::app::ScanResultsModel</name>
    <message>
        <location filename="../src/app/models/scanresultsmodel.cpp" line="42"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/scanresultsmodel.cpp" line="59"/>
        <source>%n finding(s) in all, info notes included</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/models/scanresultsmodel.cpp" line="95"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/app/models/scanresultsmodel.cpp" line="96"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../src/app/models/scanresultsmodel.cpp" line="97"/>
        <source>Worst severity</source>
        <translation>Schwerste Stufe</translation>
    </message>
    <message>
        <location filename="../src/app/models/scanresultsmodel.cpp" line="98"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
</context>
<context>
    <name>mailstore::app::ScanView</name>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="62"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="87"/>
        <source>Checks the Dovecot index state (uidlist, index, log, cache, tmp/) of every account. Nothing is changed. The scan runs on the host as a job and goes on if the console closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="111"/>
        <source>Starting a deep scan of all accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="112"/>
        <source>Starting a scan of all accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="120"/>
        <source>The scan could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/scanview.cpp" line="145"/>
        <source>Verifying %n selected account(s)…</source>
        <translation>
            <numerusform>%n ausgewähltes Konto wird geprüft…</numerusform>
            <numerusform>%n ausgewählte Konten werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/scanview.cpp" line="157"/>
        <source>Verified %n account(s)</source>
        <translation>
            <numerusform>%n Konto geprüft</numerusform>
            <numerusform>%n Konten geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/scanview.cpp" line="158"/>
        <source>%n with problems.</source>
        <translation>
            <numerusform>%n mit Problemen.</numerusform>
            <numerusform>%n mit Problemen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="174"/>
        <source>%1 could not be verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="195"/>
        <source>Scanning all accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="208"/>
        <source>The scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="210"/>
        <source>Scan of %1 finished %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="211"/>
        <source>all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="255"/>
        <source>No account has index problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="257"/>
        <source>%1 of %2 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/scanview.cpp" line="259"/>
        <source>%n account(s) listed</source>
        <translation>
            <numerusform>%n Konto gelistet</numerusform>
            <numerusform>%n Konten gelistet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="287"/>
        <source>Export scan results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="288"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="295"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailstore::app::Screenshotter</name>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="40"/>
        <source>Timed out after %1 s waiting for the %2 view to load (connection: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="50"/>
        <source>The connection to the agent was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="54"/>
        <source>The accounts could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="85"/>
        <source>The account %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="102"/>
        <source>The rebuild dialog could not open (not connected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="108"/>
        <source>The rebuild of %1 could not be planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="138"/>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="142"/>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../ui/accountpage.ui" line="77"/>
        <source>Verify the index of this account</source>
        <translation>Index dieses Kontos prüfen</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="87"/>
        <source>Rebuild the index of this account</source>
        <translation>Index dieses Kontos neu aufbauen</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="94"/>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/accountpage.ui" line="97"/>
        <source>Copy a plain-text summary of this account for a support ticket</source>
        <translation>Zusammenfassung dieses Kontos als Klartext für ein Support-Ticket kopieren</translation>
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
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="31"/>
        <source>Host: %1 (agent %2)</source>
        <translation>Host: %1 (Agent %2)</translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="32"/>
        <source>Maildir: %1</source>
        <translation>Maildir: %1</translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="33"/>
        <source>Checked: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="34"/>
        <source>Health: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="34"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="35"/>
        <source>%1 problem(s)</source>
        <translation>%1 Problem(e)</translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="36"/>
        <source>Size: %1 in %2 messages (%3 unread), %4 mailboxes</source>
        <translation>Größe: %1 in %2 Nachrichten (%3 ungelesen), %4 Postfächer</translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="41"/>
        <source>Last delivery: %1</source>
        <translation>Letzte Zustellung: %1</translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="42"/>
        <source>Mailboxes:</source>
        <translation>Postfächer:</translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="45"/>
        <source>  %1: %2 messages, %3 unread, %4, last delivery %5</source>
        <translation>  %1: %2 Nachrichten, %3 ungelesen, %4, letzte Zustellung %5</translation>
    </message>
    <message>
        <location filename="../src/app/accountsummary.cpp" line="53"/>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../src/app/appoptions.cpp" line="37"/>
        <source>Console for IMAP mailstore (Dovecot Maildir) hosts.</source>
        <translation>Konsole für IMAP-Mailspeicher-Hosts (Dovecot Maildir).</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="41"/>
        <source>Open the demo store (created on first use under the application data folder).</source>
        <translation>Demo-Mailspeicher öffnen (wird beim ersten Aufruf im Datenordner der Anwendung angelegt).</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="85"/>
        <source>Account layout under the root, e.g. %d/%n/Maildir.</source>
        <translation>Kontenlayout unterhalb des Stammverzeichnisses, z. B. %d/%n/Maildir.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="87"/>
        <source>State folder for the local agent&apos;s daemon (default: the agent&apos;s own).</source>
        <translation>Statusordner für den Daemon des lokalen Agenten (Standard: der des Agenten selbst).</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="89"/>
        <source>Render a view offscreen into a PNG file and exit.</source>
        <translation>Eine Ansicht ohne Bildschirm in eine PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="98"/>
        <source>Window size for --screenshot.</source>
        <translation>Fenstergröße für --screenshot.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="101"/>
        <source>Seconds --screenshot waits for the view&apos;s data.</source>
        <translation>Sekunden, die --screenshot auf die Daten der Ansicht wartet.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="107"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="43"/>
        <source>Connect to a store: local:DIR for a mail root on this machine, ssh://user@host[:port] for a host running mailstore-agent, https://host:port for an agent&apos;s HTTPS listener (http:// only on this machine).</source>
        <translation>Mit einem Mailspeicher verbinden: local:DIR für ein Mail-Stammverzeichnis auf diesem Rechner, ssh://user@host[:port] für einen Host mit mailstore-agent, https://host:port für den HTTPS-Listener eines Agenten (http:// nur auf diesem Rechner).</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="48"/>
        <source>Connect to URL (local:DIR, ssh://user@host[:port] or https://host:port), print the host&apos;s host.info as JSON and exit: 0 ok, 2 usage, 3 host key or certificate unknown or refused, 4 authentication failed (HTTPS: token refused), 5 connection or agent failure.</source>
        <translation>Mit URL verbinden (local:DIR, ssh://user@host[:port] oder https://host:port), host.info des Hosts als JSON ausgeben und beenden: 0 OK, 2 falscher Aufruf, 3 Host-Schlüssel oder Zertifikat unbekannt oder abgelehnt, 4 Authentifizierung fehlgeschlagen (HTTPS: Token abgelehnt), 5 Verbindungs- oder Agentenfehler.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="54"/>
        <source>SSH private key file.</source>
        <translation>Datei mit dem privaten SSH-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="56"/>
        <source>The console&apos;s known_hosts file (default: in the application data folder); ~/.ssh/known_hosts is read as well.</source>
        <translation>known_hosts-Datei der Konsole (Standard: im Datenordner der Anwendung); ~/.ssh/known_hosts wird ebenfalls gelesen.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="59"/>
        <source>Trust an unknown SSH host key or HTTPS certificate only if its fingerprint is this one (SHA256:…, as ssh-keygen -lf prints it; for a certificate: the base64 SHA-256 of its DER form), and pin it.</source>
        <translation>Einem unbekannten SSH-Host-Schlüssel oder HTTPS-Zertifikat nur vertrauen, wenn der Fingerabdruck genau dieser ist (SHA256:…, wie ssh-keygen -lf ihn ausgibt; bei einem Zertifikat: Base64 des SHA-256 der DER-Form), und ihn dann pinnen.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="64"/>
        <source>Command run on the SSH host (default: mailstore-agent --stdio).</source>
        <translation>Auf dem SSH-Host ausgeführter Befehl (Standard: mailstore-agent --stdio).</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="67"/>
        <source>Read the SSH password from the first line of this file.</source>
        <translation>SSH-Passwort aus der ersten Zeile dieser Datei lesen.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="69"/>
        <source>Read the HTTPS API token from the first line of this file (made on the host with mailstore-agent token add). Without it, --connect asks.</source>
        <translation>HTTPS-API-Token aus der ersten Zeile dieser Datei lesen (auf dem Host mit mailstore-agent token add erzeugt). Ohne diese Option fragt --connect nach.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="73"/>
        <source>PEM file with a private CA that signed the HTTPS agent&apos;s certificate; trusted in addition to the system CAs.</source>
        <translation>PEM-Datei mit einer privaten CA, die das Zertifikat des HTTPS-Agenten signiert hat; wird zusätzlich zu den System-CAs als vertrauenswürdig eingestuft.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="76"/>
        <source>The console&apos;s file of pinned HTTPS certificates (default: in the application data folder). A pinned host must show exactly that certificate.</source>
        <translation>Datei der Konsole mit gepinnten HTTPS-Zertifikaten (Standard: im Datenordner der Anwendung). Ein gepinnter Host muss genau dieses Zertifikat vorweisen.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="80"/>
        <source>Connect every host of a profile file (as File &gt; Export profiles writes it) for this run only, without saving them; with --screenshot, pictures of a whole fleet for runbooks.</source>
        <translation>Jeden Host einer Profildatei (wie Datei &gt; Profile exportieren sie schreibt) nur für diesen Lauf verbinden, ohne sie zu speichern; mit --screenshot Bilder einer ganzen Flotte für Runbooks.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="91"/>
        <source>View for --screenshot: accounts, account:NAME, scan (a host-wide index scan), rebuild:NAME (the rebuild preview), audit (the audit tab), lookup:TEXT (Ctrl+K with its matches), connect (the Connect dialog), backups (the Backups tab), restore:NAME (the restore preview), storage (the Storage tab, 24 h), fleet (the fleet overview) or backupfile:PATH (a backup archive, offline).</source>
        <translation>Ansicht für --screenshot: accounts, account:NAME, scan (Index-Prüfung des ganzen Hosts), rebuild:NAME (Vorschau der Neuerstellung), audit (Reiter Audit), lookup:TEXT (Ctrl+K mit Treffern), connect (Dialog Verbinden), backups (Reiter Sicherungen), restore:NAME (Vorschau der Wiederherstellung), storage (Reiter Speicher, 24 h), fleet (Flottenübersicht) oder backupfile:PATH (ein Sicherungsarchiv, offline).</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="120"/>
        <source>%1 takes local:DIR, ssh://user@host[:port] or https://host:port, not &quot;%2&quot;.</source>
        <translation>%1 erwartet local:DIR, ssh://user@host[:port] oder https://host:port, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="124"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="128"/>
        <source>Use either --connect or --check-connection, not both.</source>
        <translation>Entweder --connect oder --check-connection angeben, nicht beides.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="136"/>
        <source>The profile file %1 does not exist.</source>
        <translation>Die Profildatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="152"/>
        <source>--accept-fingerprint takes SHA256:… as ssh-keygen -lf prints it.</source>
        <translation>--accept-fingerprint erwartet SHA256:…, wie ssh-keygen -lf es ausgibt.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="156"/>
        <source>--identity, --known-hosts, --remote-command and --password-file need an ssh:// address.</source>
        <translation>--identity, --known-hosts, --remote-command und --password-file erfordern eine ssh://-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="159"/>
        <source>--token-file, --ca-file and --cert-pins need an https:// address.</source>
        <translation>--token-file, --ca-file und --cert-pins erfordern eine https://-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="162"/>
        <source>--accept-fingerprint needs an ssh:// or https:// address.</source>
        <translation>--accept-fingerprint erfordert eine ssh://- oder https://-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="166"/>
        <source>--check-connection and --screenshot with an https:// address need --token-file.</source>
        <translation>--check-connection und --screenshot mit einer https://-Adresse erfordern --token-file.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="169"/>
        <source>Use either --demo or --connect, not both.</source>
        <translation>Entweder --demo oder --connect angeben, nicht beides.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="182"/>
        <source>--view takes accounts, account:NAME, scan, rebuild:NAME, audit, lookup:TEXT, connect, backups, restore:NAME, storage, fleet or backupfile:PATH, not &quot;%1&quot;.</source>
        <translation>--view erwartet accounts, account:NAME, scan, rebuild:NAME, audit, lookup:TEXT, connect, backups, restore:NAME, storage, fleet oder backupfile:PATH, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="187"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1280x800.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="192"/>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <location filename="../src/app/appoptions.cpp" line="195"/>
        <source>--screenshot needs a store: add --demo, --fleet FILE, --connect local:DIR, --connect ssh://… or --connect https://…</source>
        <translation>--screenshot braucht einen Mailspeicher: --demo, --fleet DATEI, --connect local:VERZ, --connect ssh://… oder --connect https://… angeben</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <location filename="../src/app/backupfile.cpp" line="31"/>
        <source>A file of the backup is missing.</source>
        <translation>Eine Datei der Sicherung fehlt.</translation>
    </message>
    <message>
        <location filename="../src/app/backupfile.cpp" line="34"/>
        <source>The backup may not be read (permission denied).</source>
        <translation>Die Sicherung darf nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <location filename="../src/app/backupfile.cpp" line="37"/>
        <source>The backup is damaged.</source>
        <translation>Die Sicherung ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../src/app/backupfile.cpp" line="40"/>
        <source>No space left on the device.</source>
        <translation>Kein Platz mehr auf dem Datenträger.</translation>
    </message>
    <message>
        <location filename="../src/app/backupfile.cpp" line="43"/>
        <source>Reading the backup failed.</source>
        <translation>Das Lesen der Sicherung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/app/backupfile.cpp" line="68"/>
        <source>%1 is not a backup archive (expected &lt;id&gt;.tar.zst).</source>
        <translation>%1 ist kein Sicherungsarchiv (erwartet: &lt;id&gt;.tar.zst).</translation>
    </message>
    <message>
        <location filename="../src/app/backupfile.cpp" line="71"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/app/backupfile.cpp" line="77"/>
        <source>The manifest of backup %1 could not be read: %2</source>
        <translation>Das Manifest der Sicherung %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CertPins</name>
    <message>
        <location filename="../src/app/transport/certpins.cpp" line="73"/>
        <source>Cannot read the pinned certificates in %1: %2.</source>
        <translation>Die gepinnten Zertifikate in %1 können nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/certpins.cpp" line="110"/>
        <source>Cannot create the folder %1 for pinned certificates.</source>
        <translation>Der Ordner %1 für gepinnte Zertifikate kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/certpins.cpp" line="114"/>
        <source>Cannot save the pinned certificate in %1: %2.</source>
        <translation>Das gepinnte Zertifikat kann nicht in %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../src/app/fleet/connectionprofile.cpp" line="59"/>
        <source>%1: must be a string</source>
        <translation>%1: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/connectionprofile.cpp" line="86"/>
        <source>name: must not be empty</source>
        <translation>name: darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/connectionprofile.cpp" line="88"/>
        <source>group: must not be empty</source>
        <translation>group: darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/connectionprofile.cpp" line="96"/>
        <source>url: must start with local:, ssh:// or https:// (got &quot;%1&quot;)</source>
        <translation>url: muss mit local:, ssh:// oder https:// beginnen (erhalten: „%1“)</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/connectionprofile.cpp" line="99"/>
        <source>url: local: needs the mail root folder, e.g. local:/srv/mail</source>
        <translation>url: local: benötigt das Mail-Stammverzeichnis, z. B. local:/srv/mail</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/connectionprofile.cpp" line="105"/>
        <source>url: &quot;%1&quot; names no host</source>
        <translation>url: „%1“ nennt keinen Host</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/connectionprofile.cpp" line="107"/>
        <source>url: &quot;%1&quot; must not have a path</source>
        <translation>url: „%1“ darf keinen Pfad enthalten</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/connectionprofile.cpp" line="112"/>
        <source>remoteCommand: must be one line</source>
        <translation>remoteCommand: muss einzeilig sein</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/connectionprofile.cpp" line="130"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/connectionprofile.cpp" line="131"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/connectionprofile.cpp" line="132"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/connectionprofile.cpp" line="135"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/connectionprofile.cpp" line="157"/>
        <source>environment: &quot;%1&quot; is not one of production, staging, test, other</source>
        <translation>environment: „%1“ ist keiner der Werte production, staging, test, other</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../src/app/csvexport.cpp" line="60"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
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
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/displayformat.cpp" line="42"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/displayformat.cpp" line="43"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.ui" line="9"/>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
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
        <translation>Technische Details</translation>
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
        <translation>Der Agent hat mit Daten geantwortet, die diese Konsole nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="30"/>
        <source>The agent did not answer in time.</source>
        <translation>Der Agent hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="32"/>
        <source>Not connected to an agent.</source>
        <translation>Nicht mit einem Agenten verbunden.</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="35"/>
        <source>The mailbox %1 does not exist (any more).</source>
        <translation>Das Postfach %1 existiert nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="37"/>
        <source>The account %1 does not exist (any more).</source>
        <translation>Das Konto %1 existiert nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="38"/>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="40"/>
        <source>The agent may not read %1 (permission denied).</source>
        <translation>Der Agent darf %1 nicht lesen (Zugriff verweigert).</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="42"/>
        <source>Reading the store failed (I/O error).</source>
        <translation>Lesen des Mailspeichers fehlgeschlagen (E/A-Fehler).</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="44"/>
        <source>Store data is damaged.</source>
        <translation>Die Daten des Mailspeichers sind beschädigt.</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="46"/>
        <source>The agent is still building its account catalog. Try again shortly.</source>
        <translation>Der Agent baut noch seinen Kontenkatalog auf. Bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="48"/>
        <source>The request exceeds a limit of the agent.</source>
        <translation>Die Anfrage überschreitet ein Limit des Agenten.</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="50"/>
        <source>No space left on the device of %1. Free space there and run it again: what was done is kept.</source>
        <translation>Kein Platz mehr auf dem Datenträger von %1. Schaffen Sie dort Platz und starten Sie erneut: Bereits Erledigtes bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="54"/>
        <source>The typed account name does not match the account that would change.</source>
        <translation>Der eingegebene Kontoname passt nicht zu dem Konto, das geändert würde.</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="55"/>
        <location filename="../src/app/errortext.cpp" line="57"/>
        <source>The agent refused a value of the request.</source>
        <translation>Der Agent hat einen Wert der Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="59"/>
        <source>The agent is too old for this feature.</source>
        <translation>Der Agent ist für diese Funktion zu alt.</translation>
    </message>
    <message>
        <location filename="../src/app/errortext.cpp" line="61"/>
        <source>The agent reported an internal error.</source>
        <translation>Der Agent hat einen internen Fehler gemeldet.</translation>
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
        <translation>Konten</translation>
    </message>
</context>
<context>
    <name>HttpsTarget</name>
    <message>
        <location filename="../src/app/transport/httpstarget.cpp" line="45"/>
        <source>Not an HTTPS address: &quot;%1&quot; (expected https://host[:port]).</source>
        <translation>Keine HTTPS-Adresse: „%1“ (erwartet: https://host[:port]).</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstarget.cpp" line="49"/>
        <source>An HTTPS agent address has no user, path, query or fragment: &quot;%1&quot;. The token goes in --token-file.</source>
        <translation>Eine HTTPS-Agentenadresse enthält keinen Benutzer, Pfad, Query-String und kein Fragment: „%1“. Das Token gehört in --token-file.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstarget.cpp" line="58"/>
        <source>Invalid port in &quot;%1&quot;.</source>
        <translation>Ungültiger Port in „%1“.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstarget.cpp" line="62"/>
        <source>Plain http:// is allowed only for this machine (127.0.0.1, ::1, localhost), since the API token would travel unencrypted; use https://%1.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Rechner erlaubt (127.0.0.1, ::1, localhost), da das API-Token sonst unverschlüsselt übertragen würde; stattdessen https://%1 verwenden.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstarget.cpp" line="84"/>
        <source>Cannot read the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstarget.cpp" line="91"/>
        <source>The token file %1 does not start with a usable token (one line of printable characters without spaces).</source>
        <translation>Die Token-Datei %1 beginnt nicht mit einem brauchbaren Token (eine Zeile druckbarer Zeichen ohne Leerzeichen).</translation>
    </message>
</context>
<context>
    <name>HttpsTransport</name>
    <message>
        <location filename="../src/app/transport/httpsanswer.cpp" line="68"/>
        <source>The agent answered HTTP %1.</source>
        <translation>Der Agent hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpsanswer.cpp" line="69"/>
        <source>The agent answered HTTP %1: %2</source>
        <translation>Der Agent hat mit HTTP %1 geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="14"/>
        <source>Mailstore Admin</source>
        <translation>Mailstore Admin</translation>
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
        <translation>In Arbeit</translation>
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
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="137"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="162"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="165"/>
        <source>Connecting to remote hosts over SSH or HTTPS comes in a later version. For a store on this machine start with --connect local:DIR.</source>
        <translation>Verbindungen zu entfernten Hosts über SSH oder HTTPS folgen in einer späteren Version. Für einen Mailspeicher auf diesem Rechner mit --connect local:DIR starten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="170"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="173"/>
        <source>Load the current view again (F5)</source>
        <translation>Aktuelle Ansicht neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="176"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="181"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="184"/>
        <source>Back to the host&apos;s accounts (Alt+Left)</source>
        <translation>Zurück zu den Konten des Hosts (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="187"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="192"/>
        <source>&amp;Filter accounts</source>
        <translation>Konten &amp;filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="195"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="200"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="203"/>
        <source>Check the Dovecot index state of the selected accounts (Ctrl+Shift+V). Changes nothing.</source>
        <translation>Dovecot-Indexzustand der ausgewählten Konten prüfen (Ctrl+Shift+V). Ändert nichts.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="206"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="211"/>
        <source>Re&amp;build index…</source>
        <translation>Index neu &amp;aufbauen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="214"/>
        <source>Preview, then rebuild the Dovecot index of the selected accounts, keeping UIDs (Ctrl+Shift+R)</source>
        <translation>Dovecot-Index der ausgewählten Konten erst in der Vorschau zeigen, dann unter Beibehaltung der UIDs neu aufbauen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="217"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="222"/>
        <source>&amp;Scan all accounts…</source>
        <translation>Alle Konten &amp;scannen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="225"/>
        <source>Check the index state of every account of this host (Ctrl+Shift+S)</source>
        <translation>Indexzustand aller Konten dieses Hosts prüfen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="228"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="233"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="236"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../src/app/fleet/profilestore.cpp" line="128"/>
        <location filename="../src/app/fleet/profilestore.cpp" line="131"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/profilestore.cpp" line="139"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/profilestore.cpp" line="141"/>
        <source>%1 is not a profile file (larger than 4 MiB)</source>
        <translation>%1 ist keine Profildatei (größer als 4 MiB)</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/profilestore.cpp" line="145"/>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/profilestore.cpp" line="149"/>
        <source>%1 is not a Mailstore Admin profile file (no &quot;format&quot;: &quot;%2&quot;)</source>
        <translation>%1 ist keine Profildatei von Mailstore Admin (kein &quot;format&quot;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/profilestore.cpp" line="152"/>
        <source>%1 has profile format version %2; this version reads %3</source>
        <translation>%1 hat die Profilformat-Version %2; diese Version liest %3</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/profilestore.cpp" line="159"/>
        <source>profile %1: contains a secret; profile files must not carry passwords or tokens</source>
        <translation>Profil %1: enthält ein Geheimnis; Profildateien dürfen keine Passwörter oder Tokens enthalten</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/profilestore.cpp" line="163"/>
        <source>profile %1 (%2): %3</source>
        <translation>Profil %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ProfileTransport</name>
    <message>
        <location filename="../src/app/fleet/profiletransport.cpp" line="64"/>
        <source>%1: this kind of address is not supported</source>
        <translation>%1: Diese Art von Adresse wird nicht unterstützt</translation>
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
        <translation>Was der Neuaufbau ändert, je Konto und Postfach</translation>
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
        <translation>UIDVALIDITY</translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="80"/>
        <source>dovecot-uidlist</source>
        <translation>dovecot-uidlist</translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="85"/>
        <source>To quarantine</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="106"/>
        <source>Warning: new UIDVALIDITY</source>
        <translation>Warnung: neue UIDVALIDITY</translation>
    </message>
    <message>
        <location filename="../ui/rebuilddialog.ui" line="126"/>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
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
        <translation>Fortschritt des Neuaufbaus</translation>
    </message>
</context>
<context>
    <name>RemoteConnect</name>
    <message>
        <location filename="../src/app/remoteconnect.cpp" line="35"/>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/app/remoteconnect.cpp" line="36"/>
        <source>The host %1 is not known yet. Its %2 key has the fingerprint

%3

Trust it only if this matches the host&apos;s own fingerprint (ask its administrator, or run ssh-keygen -lf on the host).</source>
        <translation>Der Host %1 ist noch nicht bekannt. Sein %2-Schlüssel hat den Fingerabdruck

%3

Nur vertrauen, wenn dieser mit dem Fingerabdruck des Hosts selbst übereinstimmt (beim Administrator des Hosts erfragen oder ssh-keygen -lf auf dem Host ausführen).</translation>
    </message>
    <message>
        <location filename="../src/app/remoteconnect.cpp" line="42"/>
        <location filename="../src/app/remoteconnect.cpp" line="66"/>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <location filename="../src/app/remoteconnect.cpp" line="55"/>
        <source>Unknown certificate</source>
        <translation>Unbekanntes Zertifikat</translation>
    </message>
    <message>
        <location filename="../src/app/remoteconnect.cpp" line="56"/>
        <source>The agent at %1 shows a TLS certificate that no trusted authority signed and that is not pinned yet.

SHA-256 fingerprint: %2
Subject: %3
Issuer: %4
Valid until: %5

Trust it only if this matches the fingerprint the host&apos;s administrator gives you (on the host: openssl x509 -in CERT -outform der | openssl dgst -sha256 -binary | base64). It will be pinned: any other certificate from this host is refused from then on.</source>
        <translation>Der Agent unter %1 zeigt ein TLS-Zertifikat, das keine vertrauenswürdige Stelle signiert hat und das noch nicht gepinnt ist.

SHA-256-Fingerabdruck: %2
Inhaber: %3
Aussteller: %4
Gültig bis: %5

Nur vertrauen, wenn dies mit dem Fingerabdruck übereinstimmt, den der Administrator des Hosts nennt (auf dem Host: openssl x509 -in CERT -outform der | openssl dgst -sha256 -binary | base64). Das Zertifikat wird gepinnt: Jedes andere Zertifikat dieses Hosts wird danach abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/app/remoteconnect.cpp" line="125"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/remoteconnect.cpp" line="160"/>
        <source>--ca-file needs an https:// address.</source>
        <translation>--ca-file erfordert eine https://-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/app/remoteconnect.cpp" line="162"/>
        <source>The CA file %1 holds no PEM certificate (or cannot be read).</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat (oder ist nicht lesbar).</translation>
    </message>
    <message>
        <location filename="../src/app/remoteconnect.cpp" line="180"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../src/app/remoteconnect.cpp" line="181"/>
        <source>API token for the agent at %1 (made on the host with mailstore-agent token add):</source>
        <translation>API-Token für den Agenten unter %1 (auf dem Host mit mailstore-agent token add erzeugt):</translation>
    </message>
    <message>
        <location filename="../src/app/remoteconnect.cpp" line="191"/>
        <source>That is not a token (one word of printable characters).</source>
        <translation>Das ist kein Token (ein Wort aus druckbaren Zeichen).</translation>
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
        <translation>Scan aller Konten starten</translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="21"/>
        <source>&amp;Deep: also read every message and compare its size with its name (slower)</source>
        <translation>&amp;Gründlich: auch jede Nachricht lesen und ihre Größe mit ihrem Namen vergleichen (langsamer)</translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="49"/>
        <source>Scan progress</source>
        <translation>Scan-Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="56"/>
        <source>Ca&amp;ncel scan</source>
        <translation>Scan a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="59"/>
        <source>Cancel the scan</source>
        <translation>Scan abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="83"/>
        <source>Filter results (account, severity, code)…</source>
        <translation>Ergebnisse filtern (Konto, Schweregrad, Code)…</translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="89"/>
        <source>Filter scan results</source>
        <translation>Scan-Ergebnisse filtern</translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="116"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="119"/>
        <source>Save the listed results as a CSV file (Ctrl+E)</source>
        <translation>Aufgelistete Ergebnisse als CSV-Datei speichern (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="122"/>
        <source>Export the scan results as CSV</source>
        <translation>Scan-Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/scanview.ui" line="131"/>
        <source>Scan results</source>
        <translation>Scan-Ergebnisse</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../src/app/fleet/secretstore.cpp" line="28"/>
        <source>no keychain service is running</source>
        <translation>kein Schlüsselbund-Dienst läuft</translation>
    </message>
</context>
<context>
    <name>SshTarget</name>
    <message>
        <location filename="../src/app/transport/sshtarget.cpp" line="33"/>
        <source>Not an SSH address: &quot;%1&quot; (expected ssh://user@host[:port]).</source>
        <translation>Keine SSH-Adresse: „%1“ (erwartet: ssh://user@host[:port]).</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshtarget.cpp" line="36"/>
        <source>An SSH address has no path, query or password: &quot;%1&quot;.</source>
        <translation>Eine SSH-Adresse enthält keinen Pfad, Query-String und kein Passwort: „%1“.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshtarget.cpp" line="42"/>
        <source>Invalid port in &quot;%1&quot;.</source>
        <translation>Ungültiger Port in „%1“.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshtarget.cpp" line="47"/>
        <source>No user name in &quot;%1&quot;.</source>
        <translation>Kein Benutzername in „%1“.</translation>
    </message>
</context>
<context>
    <name>TableStyle</name>
    <message>
        <location filename="../src/app/widgets/tablestyle.cpp" line="52"/>
        <source>Copy as &amp;text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tablestyle.cpp" line="55"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tablestyle.cpp" line="57"/>
        <location filename="../src/app/widgets/tablestyle.cpp" line="65"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/tablestyle.cpp" line="58"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mailstore::app::AccountPage</name>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="57"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="104"/>
        <source>Messages: could not load them. %1</source>
        <translation>Nachrichten: konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="127"/>
        <source>Bac&amp;kups</source>
        <translation>Sic&amp;herungen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="128"/>
        <source>Back up or restore this account</source>
        <translation>Dieses Konto sichern oder wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="145"/>
        <source>Verifying the index…</source>
        <translation>Index wird geprüft…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="154"/>
        <source>Could not verify the index of this account: %1</source>
        <translation>Der Index dieses Kontos konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="163"/>
        <source>Index verified %1</source>
        <translation>Index geprüft %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="184"/>
        <source>on %1 · loading…</source>
        <translation>auf %1 · wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="198"/>
        <location filename="../src/app/widgets/accountpage.cpp" line="292"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="204"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="205"/>
        <source>Could not load this account: %1</source>
        <translation>Dieses Konto konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="219"/>
        <source>on %1 · %2</source>
        <translation>auf %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="275"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="230"/>
        <source>Mailboxes (%1)</source>
        <translation>Postfächer (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="276"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="294"/>
        <source>Messages in %1 · loading…</source>
        <translation>Nachrichten in %1 · wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="296"/>
        <source>Messages in %1 (%2)</source>
        <translation>Nachrichten in %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="306"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="307"/>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="308"/>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/accountpage.cpp" line="309"/>
        <source>Health: %1</source>
        <translation>Zustand: %1</translation>
    </message>
</context>
<context>
    <name>mailstore::app::AccountsModel</name>
    <message numerus="yes">
        <location filename="../src/app/models/accountsmodel.cpp" line="74"/>
        <source>%n problem(s) found by the last scan</source>
        <translation>
            <numerusform>%n Problem beim letzten Scan gefunden</numerusform>
            <numerusform>%n Probleme beim letzten Scan gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="76"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/accountsmodel.cpp" line="67"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/models/accountsmodel.cpp" line="67"/>
        <source>OK</source>
        <translation>OK</translation>
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
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>mailstore::app::AgentClient</name>
    <message>
        <location filename="../src/app/agentclient.cpp" line="76"/>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="91"/>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="110"/>
        <source>Not connected to an agent.</source>
        <translation>Nicht mit einem Agenten verbunden.</translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="156"/>
        <source>The agent speaks API version %1; this console needs %2.x.</source>
        <translation>Der Agent spricht API-Version %1; diese Konsole benötigt %2.x.</translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="180"/>
        <source>The agent sent a message larger than %1 MiB.</source>
        <translation>Der Agent hat eine Nachricht größer als %1 MiB gesendet.</translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="194"/>
        <source>The agent sent something that is not a JSON-RPC message: “%1”</source>
        <translation>Der Agent hat etwas gesendet, das keine JSON-RPC-Nachricht ist: „%1“</translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="206"/>
        <source>The agent sent something that is not a JSON-RPC response: “%1”</source>
        <translation>Der Agent hat etwas gesendet, das keine JSON-RPC-Antwort ist: „%1“</translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="221"/>
        <source>Agent reported an unattributed error: %1</source>
        <translation>Der Agent hat einen keiner Anfrage zuzuordnenden Fehler gemeldet: %1</translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="268"/>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <location filename="../src/app/agentclient.cpp" line="291"/>
        <source>The agent did not answer %1 within %2 s.</source>
        <translation>Der Agent hat auf %1 nicht innerhalb von %2 s geantwortet.</translation>
    </message>
</context>
<context>
    <name>mailstore::app::AlertsModel</name>
    <message>
        <location filename="../src/app/models/alertsmodel.cpp" line="101"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../src/app/models/alertsmodel.cpp" line="101"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/app/models/alertsmodel.cpp" line="122"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/app/models/alertsmodel.cpp" line="123"/>
        <source>Alert</source>
        <translation>Warnmeldung</translation>
    </message>
    <message>
        <location filename="../src/app/models/alertsmodel.cpp" line="124"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>mailstore::app::AuditModel</name>
    <message>
        <location filename="../src/app/models/auditmodel.cpp" line="113"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/models/auditmodel.cpp" line="120"/>
        <source>done</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <location filename="../src/app/models/auditmodel.cpp" line="121"/>
        <source>refused (forbidden)</source>
        <translation>abgelehnt (verboten)</translation>
    </message>
    <message>
        <location filename="../src/app/models/auditmodel.cpp" line="122"/>
        <source>failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/models/auditmodel.cpp" line="144"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/app/models/auditmodel.cpp" line="145"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../src/app/models/auditmodel.cpp" line="146"/>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../src/app/models/auditmodel.cpp" line="147"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../src/app/models/auditmodel.cpp" line="148"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../src/app/models/auditmodel.cpp" line="149"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>mailstore::app::AuditView</name>
    <message>
        <location filename="../src/app/widgets/auditview.cpp" line="26"/>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/auditview.cpp" line="49"/>
        <source>Loading the audit log…</source>
        <translation>Audit-Protokoll wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/auditview.cpp" line="53"/>
        <source>Nothing changed on this host yet: every call that changes something (rebuilds, cancelled jobs, stopping the agent) is listed here, allowed or refused.</source>
        <translation>Auf diesem Host wurde noch nichts geändert: Jeder ändernde Aufruf (Neuaufbauten, abgebrochene Aufträge, Stoppen des Agenten) wird hier aufgeführt, ob erlaubt oder abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/auditview.cpp" line="55"/>
        <source>%1 recorded changes, newest first. Refused calls are listed too.</source>
        <translation>%1 protokollierte Änderungen, neueste zuerst. Abgelehnte Aufrufe sind ebenfalls aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/auditview.cpp" line="59"/>
        <source>The audit log could not be loaded: %1</source>
        <translation>Das Audit-Protokoll konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>mailstore::app::BackupFileDialog</name>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="45"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="46"/>
        <source>&amp;Cancel verify</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="47"/>
        <source>&amp;Save message as .eml…</source>
        <translation>Nachricht als .eml &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="53"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="58"/>
        <source>Reading the manifest…</source>
        <translation>Manifest wird gelesen…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="64"/>
        <source>Filter messages…</source>
        <translation>Nachrichten filtern…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="65"/>
        <source>Filter messages</source>
        <translation>Nachrichten filtern</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="75"/>
        <source>Messages in the backup</source>
        <translation>Nachrichten in der Sicherung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="104"/>
        <source>Read every byte of the archive and check it against its manifest (Ctrl+Shift+V). Nothing is written.</source>
        <translation>Jedes Byte des Archivs lesen und mit seinem Manifest vergleichen (Ctrl+Shift+V). Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="106"/>
        <source>Stop waiting for the verify; nothing is written either way</source>
        <translation>Nicht länger auf die Prüfung warten; geschrieben wird so oder so nichts</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="108"/>
        <source>Save the selected message as it was delivered (Ctrl+S)</source>
        <translation>Die gewählte Nachricht so speichern, wie sie zugestellt wurde (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="111"/>
        <source>Verify progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="119"/>
        <source>Problems found by verify</source>
        <translation>Von der Prüfung gefundene Probleme</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="121"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="121"/>
        <source>Member</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="121"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="121"/>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="171"/>
        <source>Backup file %1</source>
        <translation>Sicherungsdatei %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="172"/>
        <source>Reading the manifest of %1…</source>
        <translation>Manifest von %1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="180"/>
        <source>Check that the .manifest file lies beside the archive, as the backup wrote it.</source>
        <translation>Prüfen Sie, ob die .manifest-Datei neben dem Archiv liegt, wie die Sicherung sie geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="192"/>
        <source>full backup</source>
        <translation>Vollsicherung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="193"/>
        <source>incremental backup on top of %1</source>
        <translation>inkrementelle Sicherung auf Basis von %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="194"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt;, %3, created %4.&lt;br&gt;%5 in %6; %7 stored in this archive (%8). Folder: %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von &lt;b&gt;%2&lt;/b&gt;, %3, erstellt %4.&lt;br&gt;%5 in %6; %7 in diesem Archiv gespeichert (%8). Ordner: %9</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="199"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="200"/>
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n Postfach</numerusform>
            <numerusform>%n Postfächern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="204"/>
        <source>Not verified in this window yet. Verify reads every byte (Ctrl+Shift+V).</source>
        <translation>In diesem Fenster noch nicht geprüft. Prüfen liest jedes Byte (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="241"/>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="258"/>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="289"/>
        <source>Verify cancelled. Nothing was changed.</source>
        <translation>Prüfung abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="275"/>
        <source>Verifying: %1 of %2 read (%3/s)…</source>
        <translation>Prüfung: %1 von %2 gelesen (%3/s)…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="293"/>
        <source>The archive could not be read: %1</source>
        <translation>Das Archiv konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="316"/>
        <source>Good: all %1 stored messages match their manifest entries (%2 read%3).</source>
        <translation>In Ordnung: alle %1 gespeicherten Nachrichten passen zu ihren Manifest-Einträgen (%2 gelesen%3).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="318"/>
        <source>, chain checked</source>
        <translation>, Kette geprüft</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="320"/>
        <source>Damaged: %n problem(s) found. Restore from another backup of this account; messages without a problem can still be saved.</source>
        <translation>
            <numerusform>Beschädigt: %n Problem gefunden. Stellen Sie aus einer anderen Sicherung dieses Kontos wieder her; Nachrichten ohne Problem lassen sich weiterhin speichern.</numerusform>
            <numerusform>Beschädigt: %n Probleme gefunden. Stellen Sie aus einer anderen Sicherung dieses Kontos wieder her; Nachrichten ohne Problem lassen sich weiterhin speichern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="335"/>
        <source>message-%1.eml</source>
        <translation>nachricht-%1.eml</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="338"/>
        <source>Save message as</source>
        <translation>Nachricht speichern unter</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="338"/>
        <source>E-mail (*.eml)</source>
        <translation>E-Mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="359"/>
        <source>The message could not be saved: %1</source>
        <translation>Die Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="363"/>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="369"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>mailstore::app::BackupTargetsModel</name>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="78"/>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="84"/>
        <source>Backups never verified or whose last verify failed</source>
        <translation>Sicherungen, die nie geprüft wurden oder deren letzte Prüfung fehlschlug</translation>
    </message>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="93"/>
        <source>%1 (not available)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="97"/>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="98"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="101"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="101"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="116"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="117"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="118"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="119"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="120"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="121"/>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="122"/>
        <source>Last verify</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <location filename="../src/app/models/backuptargetsmodel.cpp" line="123"/>
        <source>Need attention</source>
        <translation>Zu prüfen</translation>
    </message>
</context>
<context>
    <name>mailstore::app::BackupsModel</name>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="54"/>
        <source>good</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="56"/>
        <source>corrupt</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="57"/>
        <source>never verified</source>
        <translation>nie geprüft</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="101"/>
        <source>Builds on backup %1</source>
        <translation>Baut auf Sicherung %1 auf</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="103"/>
        <source>Last verified %1</source>
        <translation>Zuletzt geprüft %1</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="105"/>
        <source>%1 of messages, %2 archive</source>
        <translation>%1 Nachrichten, %2 Archiv</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="120"/>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="144"/>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="125"/>
        <location filename="../src/app/models/backupsmodel.cpp" line="127"/>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="144"/>
        <source>incremental on %1</source>
        <translation>inkrementell auf %1</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="133"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="149"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="150"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="151"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="152"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="153"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="154"/>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="155"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/models/backupsmodel.cpp" line="156"/>
        <source>Last verify</source>
        <translation>Letzte Prüfung</translation>
    </message>
</context>
<context>
    <name>mailstore::app::BackupsView</name>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="57"/>
        <source>&amp;Incremental</source>
        <translation>&amp;Inkrementell</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="60"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="61"/>
        <source>Back up the accounts of the selected backups, or those selected on the Accounts tab, to this target (Ctrl+B)</source>
        <translation>Die Konten der gewählten Sicherungen oder die im Reiter Konten gewählten in dieses Ziel sichern (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="63"/>
        <location filename="../src/app/widgets/backupsview.cpp" line="313"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="64"/>
        <source>Read the selected backups and check every message (Ctrl+Shift+B)</source>
        <translation>Die gewählten Sicherungen lesen und jede Nachricht prüfen (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="65"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="66"/>
        <source>Restore mail from the selected backup (Ctrl+R)</source>
        <translation>E-Mail aus der gewählten Sicherung wiederherstellen (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="70"/>
        <source>Store only messages that are new or changed since the account&apos;s last backup in this target</source>
        <translation>Nur Nachrichten speichern, die seit der letzten Sicherung des Kontos in diesem Ziel neu oder geändert sind</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="74"/>
        <location filename="../src/app/widgets/backupsview.cpp" line="144"/>
        <source>Backup targets</source>
        <translation>Sicherungsziele</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="92"/>
        <source>Backups in the selected target</source>
        <translation>Sicherungen im gewählten Ziel</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="124"/>
        <source>Filter by account…</source>
        <translation>Nach Konto filtern…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="125"/>
        <source>Filter backups by account</source>
        <translation>Sicherungen nach Konto filtern</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="134"/>
        <source>Backup actions</source>
        <translation>Sicherungsaktionen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="166"/>
        <source>The backup targets could not be loaded: %1 Press F5 to try again.</source>
        <translation>Die Sicherungsziele konnten nicht geladen werden: %1 Drücken Sie F5 für einen neuen Versuch.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="187"/>
        <source>The backups of %1 could not be loaded: %2</source>
        <translation>Die Sicherungen von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="198"/>
        <location filename="../src/app/widgets/backupsview.cpp" line="235"/>
        <location filename="../src/app/widgets/backupsview.cpp" line="269"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="236"/>
        <source>This host has no backup targets. Add backup_targets=NAME:/folder to the agent&apos;s config file, then press F5.</source>
        <translation>Dieser Host hat keine Sicherungsziele. Tragen Sie backup_targets=NAME:/ordner in die Konfigurationsdatei des Agenten ein und drücken Sie dann F5.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="269"/>
        <source>Backups in %1</source>
        <translation>Sicherungen in %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsview.cpp" line="272"/>
        <source>The target %1 is not available: %2</source>
        <translation>Das Ziel %1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="27"/>
        <source>Select backups here, or accounts on the Accounts tab, to back up.</source>
        <translation>Wählen Sie hier Sicherungen oder im Reiter Konten Konten, die gesichert werden sollen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="38"/>
        <source>Incremental backup of %n account(s)</source>
        <translation>
            <numerusform>Inkrementelle Sicherung von %n Konto</numerusform>
            <numerusform>Inkrementelle Sicherung von %n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="39"/>
        <source>Full backup of %n account(s)</source>
        <translation>
            <numerusform>Vollsicherung von %n Konto</numerusform>
            <numerusform>Vollsicherung von %n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="49"/>
        <source>Verify of %n backup(s)</source>
        <translation>
            <numerusform>Prüfung von %n Sicherung</numerusform>
            <numerusform>Prüfung von %n Sicherungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="54"/>
        <source>%1 (target %2): starting…</source>
        <translation>%1 (Ziel %2): wird gestartet…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="57"/>
        <source>%1 did not start: %2</source>
        <translation>%1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="63"/>
        <source>%1 started; follow it in the Jobs dock (Ctrl+J).</source>
        <translation>%1 gestartet; verfolgen Sie den Auftrag in der Auftragsleiste (Ctrl+J).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="76"/>
        <source>Select the backup to restore from.</source>
        <translation>Wählen Sie die Sicherung, aus der wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="84"/>
        <source>Restore started; follow it in the Jobs dock (Ctrl+J).</source>
        <translation>Wiederherstellung gestartet; verfolgen Sie sie in der Auftragsleiste (Ctrl+J).</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="111"/>
        <source>%1 cannot be backed up: this host has no backup target.</source>
        <translation>%1 kann nicht gesichert werden: dieser Host hat kein Sicherungsziel.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="123"/>
        <source>%1 cannot be restored: this host has no backup target.</source>
        <translation>%1 kann nicht wiederhergestellt werden: dieser Host hat kein Sicherungsziel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupsview.cpp" line="313"/>
        <source>&amp;Verify %n backup(s)</source>
        <translation>
            <numerusform>%n Sicherung &amp;prüfen</numerusform>
            <numerusform>%n Sicherungen &amp;prüfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::ConnectDialog</name>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="43"/>
        <source>mstore-1.example.net</source>
        <translation>mstore-1.example.net</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="45"/>
        <source>your login on the host</source>
        <translation>Benutzername auf dem Host</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="46"/>
        <source>/srv/mail</source>
        <translation>/srv/mail</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="47"/>
        <source>ssh-agent or ~/.ssh/id_ed25519 (optional)</source>
        <translation>ssh-agent oder ~/.ssh/id_ed25519 (optional)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="48"/>
        <source>mailstore-agent --stdio</source>
        <translation>mailstore-agent --stdio</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="49"/>
        <source>only if the host asks for one</source>
        <translation>nur, wenn der Host danach fragt</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="50"/>
        <source>from mailstore-agent token add</source>
        <translation>aus mailstore-agent token add</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="51"/>
        <source>system CAs, or a certificate pinned on first use</source>
        <translation>System-CAs oder ein bei der ersten Verbindung gepinntes Zertifikat</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="52"/>
        <source>shown in the fleet tree</source>
        <translation>wird in der Flotte angezeigt</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="55"/>
        <source>Remember the password or token in the system &amp;keychain</source>
        <translation>Passwort oder Token im System-Schlüssel&amp;bund speichern</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="56"/>
        <source>Connect when the console &amp;starts</source>
        <translation>Beim Start der Konsole auto&amp;matisch verbinden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="58"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="63"/>
        <source>Connect to a host</source>
        <translation>Mit einem Host verbinden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="66"/>
        <source>SSH (runs the agent on the host)</source>
        <translation>SSH (startet den Agenten auf dem Host)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="67"/>
        <source>HTTPS (mailstore-agent serve)</source>
        <translation>HTTPS (mailstore-agent serve)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="68"/>
        <source>Local folder on this machine</source>
        <translation>Lokaler Ordner auf diesem Rechner</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="71"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="77"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="77"/>
        <source>New hardware</source>
        <translation>Neue Hardware</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="77"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="77"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="83"/>
        <source>e.g. Production, New hardware, Backup</source>
        <translation>z. B. Produktion, Neue Hardware, Backup</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="96"/>
        <source>&amp;Connect over:</source>
        <translation>&amp;Verbinden über:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="97"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="98"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="99"/>
        <source>&amp;User:</source>
        <translation>Benut&amp;zer:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="100"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="101"/>
        <source>&amp;Key file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="102"/>
        <source>Remote co&amp;mmand:</source>
        <translation>Entfernter Be&amp;fehl:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="103"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="104"/>
        <source>&amp;Token:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="105"/>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A-Zertifikat:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="106"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="107"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="108"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="112"/>
        <source>&amp;Save and connect</source>
        <translation>&amp;Speichern und verbinden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="136"/>
        <source>production</source>
        <translation>produktion</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="138"/>
        <source>staging</source>
        <translation>staging</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="139"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="271"/>
        <location filename="../src/app/widgets/connectdialog.cpp" line="310"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="276"/>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="284"/>
        <source>✗ The test failed: %1</source>
        <translation>✗ Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/connectdialog.cpp" line="291"/>
        <source>✓ Connected to %1: agent %2, %n account(s), answered in %3 ms.</source>
        <translation>
            <numerusform>✓ Verbunden mit %1: Agent %2, %n Konto, Antwort in %3 ms.</numerusform>
            <numerusform>✓ Verbunden mit %1: Agent %2, %n Konten, Antwort in %3 ms.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectdialog.cpp" line="293"/>
        <source>✓ Connected to %1: agent %2, answered in %3 ms; it is still counting the accounts.</source>
        <translation>✓ Verbunden mit %1: Agent %2, Antwort in %3 ms; die Konten werden noch gezählt.</translation>
    </message>
</context>
<context>
    <name>mailstore::app::DemoCreator</name>
    <message>
        <location filename="../src/app/democreator.cpp" line="25"/>
        <source>The demo store could not be created: the agent program did not start.</source>
        <translation>Der Demo-Mailspeicher konnte nicht angelegt werden: Das Agentenprogramm ist nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../src/app/democreator.cpp" line="68"/>
        <source>The demo store could not be created (the agent exited with code %1).</source>
        <translation>Der Demo-Mailspeicher konnte nicht angelegt werden (der Agent wurde mit Code %1 beendet).</translation>
    </message>
    <message>
        <location filename="../src/app/democreator.cpp" line="73"/>
        <source>The demo store was created but could not be moved to %1.</source>
        <translation>Der Demo-Mailspeicher wurde angelegt, konnte aber nicht nach %1 verschoben werden.</translation>
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
        <translation>Ein Ordner ist nicht lesbar; seine Mails sind für den Benutzer unsichtbar.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="26"/>
        <source>A file or folder name is not valid UTF-8.</source>
        <translation>Ein Datei- oder Ordnername ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="27"/>
        <source>A symbolic link points to something that does not exist.</source>
        <translation>Ein symbolischer Link zeigt ins Leere.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="28"/>
        <source>A symbolic link was not followed, for safety.</source>
        <translation>Einem symbolischen Link wurde aus Sicherheitsgründen nicht gefolgt.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="29"/>
        <source>A message file is empty (0 bytes).</source>
        <translation>Eine Nachrichtendatei ist leer (0 Byte).</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="30"/>
        <source>A message is unusually large.</source>
        <translation>Eine Nachricht ist ungewöhnlich groß.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="31"/>
        <source>A message in cur/ has no flags part (:2,) in its name.</source>
        <translation>Eine Nachricht in cur/ hat keinen Flag-Teil (:2,) im Namen.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="32"/>
        <source>A message file name does not follow the Maildir rules.</source>
        <translation>Ein Nachrichtendateiname entspricht nicht den Maildir-Regeln.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="33"/>
        <source>Something in a message folder is not a regular file.</source>
        <translation>Ein Eintrag in einem Nachrichtenordner ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="34"/>
        <source>A mailbox lacks its cur/ or new/ folder.</source>
        <translation>Einem Postfach fehlt der Ordner cur/ oder new/.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="35"/>
        <source>A mailbox name is not valid modified UTF-7.</source>
        <translation>Ein Postfachname ist kein gültiges modifiziertes UTF-7.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="36"/>
        <source>The size or date of a file could not be read.</source>
        <translation>Größe oder Datum einer Datei konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="39"/>
        <source>The mailbox has no dovecot-uidlist. Dovecot would number all messages afresh and clients would download them again. Rebuild writes one; its preview says which UIDs can be kept.</source>
        <translation>Das Postfach hat keine dovecot-uidlist. Dovecot würde alle Nachrichten neu nummerieren, und Clients würden sie erneut herunterladen. Der Neuaufbau schreibt eine; seine Vorschau zeigt, welche UIDs erhalten bleiben können.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="40"/>
        <source>dovecot-uidlist cannot be read, by Dovecot either. Check the owner and permissions of the file, then verify again.</source>
        <translation>dovecot-uidlist ist nicht lesbar, auch nicht für Dovecot. Eigentümer und Berechtigungen der Datei kontrollieren, dann erneut prüfen.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="41"/>
        <source>The first line of dovecot-uidlist (UIDVALIDITY, next UID) is damaged. Dovecot would start the mailbox afresh and clients would download it again. Rebuild keeps the UIDVALIDITY where it can be recovered.</source>
        <translation>Die erste Zeile der dovecot-uidlist (UIDVALIDITY, nächste UID) ist beschädigt. Dovecot würde das Postfach neu beginnen, und Clients würden es erneut herunterladen. Der Neuaufbau behält die UIDVALIDITY, wo sie sich wiederherstellen lässt.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="42"/>
        <source>A line of dovecot-uidlist cannot be read. Dovecot would renumber the messages after it, and clients would download them again. Rebuild keeps their UIDs.</source>
        <translation>Eine Zeile der dovecot-uidlist ist unlesbar. Dovecot würde die Nachrichten danach neu nummerieren, und Clients würden sie erneut herunterladen. Der Neuaufbau behält ihre UIDs.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="43"/>
        <source>Two messages share one UID in dovecot-uidlist, so clients may show the wrong message. Rebuild keeps the UID for the first and gives the other a new one.</source>
        <translation>Zwei Nachrichten teilen sich in der dovecot-uidlist eine UID, daher zeigen Clients womöglich die falsche Nachricht. Der Neuaufbau behält die UID für die erste und gibt der anderen eine neue.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="44"/>
        <source>The UIDs in dovecot-uidlist are out of order. Dovecot would treat the file as broken and renumber the messages. Rebuild keeps their UIDs.</source>
        <translation>Die UIDs in der dovecot-uidlist sind nicht in aufsteigender Reihenfolge. Dovecot würde die Datei als defekt behandeln und die Nachrichten neu nummerieren. Der Neuaufbau behält ihre UIDs.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="45"/>
        <source>A message file is listed twice in dovecot-uidlist. Rebuild keeps one entry with its UID.</source>
        <translation>Eine Nachrichtendatei steht doppelt in der dovecot-uidlist. Der Neuaufbau behält einen Eintrag mit seiner UID.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="46"/>
        <source>A UID in dovecot-uidlist is not below the next UID of its header, so new mail could get a UID already in use. Rebuild raises the next UID.</source>
        <translation>Eine UID in der dovecot-uidlist liegt nicht unter der nächsten UID aus dem Dateikopf, sodass neue Mail eine bereits vergebene UID erhalten könnte. Der Neuaufbau erhöht die nächste UID.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="47"/>
        <source>The next UID in dovecot-uidlist is not above the highest UID in use. Dovecot corrects this itself; nothing to do.</source>
        <translation>Die nächste UID in der dovecot-uidlist liegt nicht über der höchsten vergebenen UID. Dovecot korrigiert das selbst; nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="48"/>
        <source>dovecot-uidlist lists a message whose file is gone. Clients do not notice; Rebuild drops the entry.</source>
        <translation>dovecot-uidlist führt eine Nachricht, deren Datei fehlt. Clients merken davon nichts; der Neuaufbau entfernt den Eintrag.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="49"/>
        <source>A message in cur/ has no line in dovecot-uidlist; Dovecot would give it a new UID and clients would download it again. Rebuild gives it a UID above all used so far.</source>
        <translation>Eine Nachricht in cur/ hat keine Zeile in der dovecot-uidlist; Dovecot würde ihr eine neue UID geben, und Clients würden sie erneut herunterladen. Der Neuaufbau gibt ihr eine UID oberhalb aller bisher vergebenen.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="50"/>
        <source>dovecot.index has handed out more UIDs than dovecot-uidlist knows, so Dovecot could reuse UIDs clients have seen. Rebuild raises the next UID above both.</source>
        <translation>dovecot.index hat mehr UIDs vergeben, als die dovecot-uidlist kennt, daher könnte Dovecot UIDs wiederverwenden, die Clients schon gesehen haben. Der Neuaufbau hebt die nächste UID über beide an.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="51"/>
        <source>dovecot.index and dovecot-uidlist disagree about UIDVALIDITY. Dovecot would reset the mailbox and clients would download it again. Rebuild keeps the uidlist&apos;s UIDVALIDITY.</source>
        <translation>dovecot.index und dovecot-uidlist haben unterschiedliche UIDVALIDITY. Dovecot würde das Postfach zurücksetzen, und Clients würden es erneut herunterladen. Der Neuaufbau behält die UIDVALIDITY der uidlist.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="52"/>
        <source>dovecot.index is cut short. Dovecot rebuilds it slowly while the user waits. Rebuild moves it to quarantine so Dovecot makes a fresh one; UIDs stay.</source>
        <translation>dovecot.index ist abgeschnitten. Dovecot baut ihn langsam neu auf, während der Benutzer wartet. Der Neuaufbau verschiebt ihn in die Quarantäne, damit Dovecot einen neuen anlegt; die UIDs bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="53"/>
        <source>dovecot.index has a format version Dovecot cannot use. Rebuild moves it to quarantine so Dovecot makes a fresh one; UIDs stay.</source>
        <translation>dovecot.index hat eine Formatversion, die Dovecot nicht verwenden kann. Der Neuaufbau verschiebt ihn in die Quarantäne, damit Dovecot einen neuen anlegt; die UIDs bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="54"/>
        <source>The header of dovecot.index is damaged. Rebuild moves it to quarantine so Dovecot makes a fresh one; UIDs stay.</source>
        <translation>Der Kopf von dovecot.index ist beschädigt. Der Neuaufbau verschiebt den Index in die Quarantäne, damit Dovecot einen neuen anlegt; die UIDs bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="55"/>
        <source>Dovecot marked dovecot.index as corrupted. Rebuild moves it to quarantine so Dovecot makes a fresh one; UIDs stay.</source>
        <translation>Dovecot hat dovecot.index als beschädigt markiert. Der Neuaufbau verschiebt ihn in die Quarantäne, damit Dovecot einen neuen anlegt; die UIDs bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="56"/>
        <source>dovecot.index was written by a machine with another byte order (after a migration?). Dovecot cannot use it. Rebuild moves it to quarantine; UIDs stay.</source>
        <translation>dovecot.index wurde von einem Rechner mit anderer Byte-Reihenfolge geschrieben (nach einer Migration?). Dovecot kann ihn nicht verwenden. Der Neuaufbau verschiebt ihn in die Quarantäne; die UIDs bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="57"/>
        <source>dovecot.index and its log or cache belong to different generations. Rebuild moves them to quarantine so Dovecot makes fresh ones; UIDs stay.</source>
        <translation>dovecot.index und sein Log oder Cache gehören zu verschiedenen Generationen. Der Neuaufbau verschiebt sie in die Quarantäne, damit Dovecot neue anlegt; die UIDs bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="58"/>
        <source>dovecot.index counts a different number of messages than the folder holds; clients may show wrong counts. Rebuild lets Dovecot count afresh; UIDs stay.</source>
        <translation>dovecot.index zählt eine andere Anzahl Nachrichten, als der Ordner enthält; Clients zeigen womöglich falsche Zahlen. Der Neuaufbau lässt Dovecot neu zählen; die UIDs bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="59"/>
        <source>The transaction log dovecot.index.log is damaged; recent flag changes may be lost. Rebuild moves it to quarantine; UIDs stay.</source>
        <translation>Das Transaktionslog dovecot.index.log ist beschädigt; kürzliche Flag-Änderungen gehen womöglich verloren. Der Neuaufbau verschiebt es in die Quarantäne; die UIDs bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="60"/>
        <source>The mailbox list index is damaged; clients may miss folders. Rebuild moves it to quarantine so Dovecot lists the folders afresh.</source>
        <translation>Der Postfachlisten-Index ist beschädigt; in Clients fehlen womöglich Ordner. Der Neuaufbau verschiebt ihn in die Quarantäne, damit Dovecot die Ordner neu auflistet.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="61"/>
        <source>An old file lies in tmp/, left by an interrupted delivery. Harmless; Dovecot removes such files after 36 hours.</source>
        <translation>In tmp/ liegt eine alte Datei von einer abgebrochenen Zustellung. Harmlos; Dovecot entfernt solche Dateien nach 36 Stunden.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="62"/>
        <source>A message&apos;s size differs from the size in its file name (S= or W=); clients may fail to fetch it. Check whether the file was cut short; Rebuild does not change message files.</source>
        <translation>Die Größe einer Nachricht weicht von der Größe im Dateinamen ab (S= oder W=); Clients können sie womöglich nicht abrufen. Prüfen, ob die Datei abgeschnitten wurde; der Neuaufbau ändert keine Nachrichtendateien.</translation>
    </message>
    <message>
        <location filename="../src/app/findingtext.cpp" line="63"/>
        <source>A message file cannot be read, so the user cannot open it. Check its permissions and the disk.</source>
        <translation>Eine Nachrichtendatei ist nicht lesbar, daher kann der Benutzer sie nicht öffnen. Berechtigungen der Datei und den Datenträger prüfen.</translation>
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
    <name>mailstore::app::FleetController</name>
    <message>
        <location filename="../src/app/fleetcontroller.cpp" line="47"/>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <location filename="../src/app/fleetcontroller.cpp" line="48"/>
        <source>Profile files (*.json);;All files (*)</source>
        <translation>Profildateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/fleetcontroller.cpp" line="55"/>
        <source>Export profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/fleetcontroller.cpp" line="56"/>
        <source>Profile files (*.json)</source>
        <translation>Profildateien (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/fleetcontroller.cpp" line="104"/>
        <location filename="../src/app/fleetcontroller.cpp" line="189"/>
        <source>The secret is saved in the system keychain.</source>
        <translation>Das Geheimnis ist im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/fleetcontroller.cpp" line="105"/>
        <source>No system keychain could take the secret (%1); it is kept for this session only and asked for next time.</source>
        <translation>Kein System-Schlüsselbund konnte das Geheimnis aufnehmen (%1); es wird nur für diese Sitzung behalten und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <location filename="../src/app/fleetcontroller.cpp" line="146"/>
        <source>Token for %1</source>
        <translation>Token für %1</translation>
    </message>
    <message>
        <location filename="../src/app/fleetcontroller.cpp" line="147"/>
        <source>The API token for %1 (%2). It is kept for this session only; edit the profile to save it in the keychain.</source>
        <translation>Das API-Token für %1 (%2). Es wird nur für diese Sitzung behalten; zum Speichern im Schlüsselbund das Profil bearbeiten.</translation>
    </message>
    <message>
        <location filename="../src/app/fleetcontroller.cpp" line="173"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../src/app/fleetcontroller.cpp" line="190"/>
        <source>No system keychain could take the secret (%1); it is kept for this session only.</source>
        <translation>Kein System-Schlüsselbund konnte das Geheimnis aufnehmen (%1); es wird nur für diese Sitzung behalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/fleetcontroller.cpp" line="201"/>
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>%n Profil aus %1 importiert.</numerusform>
            <numerusform>%n Profile aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/fleetcontroller.cpp" line="202"/>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/fleetcontroller.cpp" line="208"/>
        <source>Exported %n profile(s) to %1 (without passwords or tokens).</source>
        <translation>
            <numerusform>%n Profil nach %1 exportiert (ohne Passwörter oder Tokens).</numerusform>
            <numerusform>%n Profile nach %1 exportiert (ohne Passwörter oder Tokens).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::FleetOverview</name>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="96"/>
        <source>No host is connected. Use Connect… (Ctrl+N) to add one.</source>
        <translation>Kein Host verbunden. Mit Verbinden… (Ctrl+N) einen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="103"/>
        <source>Fleet overview</source>
        <translation>Flottenübersicht</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="117"/>
        <source>&lt;b&gt;Compare hosts:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hosts vergleichen:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="119"/>
        <source>fsync probe latency</source>
        <translation>Latenz der fsync-Probe</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="120"/>
        <source>I/O latency</source>
        <translation>E/A-Latenz</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="121"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="122"/>
        <source>Write throughput</source>
        <translation>Schreibdurchsatz</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="123"/>
        <source>Space used</source>
        <translation>Belegter Platz</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="124"/>
        <source>Metric to compare</source>
        <translation>Zu vergleichende Messgröße</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="125"/>
        <source>1 h</source>
        <translation>1 Std.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="126"/>
        <source>24 h</source>
        <translation>24 Std.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="127"/>
        <source>7 d</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="128"/>
        <source>30 d</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="130"/>
        <source>Range to compare</source>
        <translation>Zu vergleichender Zeitraum</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="137"/>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="137"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="138"/>
        <source>Export the compare chart as PNG</source>
        <translation>Den Vergleich als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="138"/>
        <source>Export the compared data as CSV</source>
        <translation>Die verglichenen Daten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="143"/>
        <source>Compare hosts</source>
        <translation>Hosts vergleichen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="145"/>
        <source>no samples in this range</source>
        <translation>keine Messwerte in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="259"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="260"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="261"/>
        <source>% busy</source>
        <translation>% ausgelastet</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="262"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="306"/>
        <source>fsync probe latency, last 24 h</source>
        <translation>Latenz der fsync-Probe, letzte 24 Std.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="311"/>
        <source>No storage metrics (agent API &lt; 1.6)</source>
        <translation>Keine Speichermesswerte (Agent-API &lt; 1.6)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/fleetoverview.cpp" line="318"/>
        <source>⛔ %n storage alert(s)</source>
        <translation>
            <numerusform>⛔ %n Speicherwarnung</numerusform>
            <numerusform>⛔ %n Speicherwarnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/fleetoverview.cpp" line="319"/>
        <source>⚠ %n storage alert(s)</source>
        <translation>
            <numerusform>⚠ %n Speicherwarnung</numerusform>
            <numerusform>⚠ %n Speicherwarnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="322"/>
        <source>✓ No storage alerts</source>
        <translation>✓ Keine Speicherwarnungen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="355"/>
        <source>Compare hosts · %1 · %2 · times in %3</source>
        <translation>Hosts vergleichen · %1 · %2 · Zeiten in %3</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="371"/>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="371"/>
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="372"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="372"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="374"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleetoverview.cpp" line="374"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>mailstore::app::FleetTree</name>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="68"/>
        <source>%1 — environment: %2</source>
        <translation>%1 — Umgebung: %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="119"/>
        <source>%1 — not connected (press Enter to connect)
%2</source>
        <translation>%1 — nicht verbunden (zum Verbinden Enter drücken)
%2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="121"/>
        <source>%1, not connected</source>
        <translation>%1, nicht verbunden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="155"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="157"/>
        <source>  ⚠ %1</source>
        <translation>  ⚠ %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="167"/>
        <source>  ⚠ storage</source>
        <translation>  ⚠ Speicher</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="171"/>
        <source>%1 — %2
%3
Environment: %4</source>
        <translation>%1 — %2
%3
Umgebung: %4</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="177"/>
        <source>Keep-alive round trip: %1 ms</source>
        <translation>Keep-alive-Umlaufzeit: %1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/fleettree.cpp" line="179"/>
        <source>%n account(s) with problems</source>
        <translation>
            <numerusform>%n Konto mit Problemen</numerusform>
            <numerusform>%n Konten mit Problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/fleettree.cpp" line="181"/>
        <source>%n critical storage alert(s)</source>
        <translation>
            <numerusform>%n kritische Speicherwarnung</numerusform>
            <numerusform>%n kritische Speicherwarnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/fleettree.cpp" line="182"/>
        <source>%n storage alert(s)</source>
        <translation>
            <numerusform>%n Speicherwarnung</numerusform>
            <numerusform>%n Speicherwarnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="185"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="222"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="223"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="225"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="228"/>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/fleettree.cpp" line="229"/>
        <source>&amp;Remove from fleet</source>
        <translation>Aus der Flotte &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>mailstore::app::HostConnection</name>
    <message>
        <location filename="../src/app/fleet/hostconnection.cpp" line="55"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/hostconnection.cpp" line="86"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/hostconnection.cpp" line="87"/>
        <source>connecting</source>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/hostconnection.cpp" line="88"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/hostconnection.cpp" line="89"/>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/hostconnection.cpp" line="90"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/hostconnection.cpp" line="167"/>
        <source>The host did not answer its keep-alive: %1</source>
        <translation>Der Host hat auf sein Keep-alive nicht geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/hostconnection.cpp" line="181"/>
        <source>The host answers slowly (%1 s for a keep-alive)</source>
        <translation>Der Host antwortet langsam (%1 s für ein Keep-alive)</translation>
    </message>
    <message>
        <location filename="../src/app/fleet/hostconnection.cpp" line="189"/>
        <source>No answer from the host for %1 s; the link may be failing</source>
        <translation>Seit %1 s keine Antwort vom Host; die Verbindung fällt womöglich aus</translation>
    </message>
</context>
<context>
    <name>mailstore::app::HostPage</name>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="78"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="142"/>
        <source>Could not load the accounts: %1 Press F5 to try again.</source>
        <translation>Die Konten konnten nicht geladen werden: %1 Mit F5 erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="293"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="308"/>
        <source>building the account catalog…</source>
        <translation>Kontenkatalog wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="322"/>
        <source>Mail root %1, layout %2, agent %3</source>
        <translation>Mail-Stammverzeichnis %1, Layout %2, Agent %3</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="335"/>
        <source>%1 of %2 match</source>
        <translation>%1 von %2 passen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="302"/>
        <location filename="../src/app/widgets/hostpage.cpp" line="337"/>
        <source>1 account</source>
        <translation>1 Konto</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="38"/>
        <source>Index &amp;health</source>
        <translation>Index-&amp;Zustand</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="39"/>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="40"/>
        <source>&amp;Storage</source>
        <translation>S&amp;peicher</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="41"/>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="72"/>
        <source>Account actions</source>
        <translation>Kontoaktionen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="251"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/hostpage.cpp" line="259"/>
        <source>&amp;Copy %n account name(s)</source>
        <translation>
            <numerusform>%n Kontoname &amp;kopieren</numerusform>
            <numerusform>%n Kontonamen &amp;kopieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="302"/>
        <location filename="../src/app/widgets/hostpage.cpp" line="338"/>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="304"/>
        <source>⚠ %1 with problems</source>
        <translation>⚠ %1 mit Problemen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="305"/>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="311"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/hostpage.cpp" line="316"/>
        <source>⚠ %n backup(s) never verified or failed verify.</source>
        <translation>
            <numerusform>⚠ %n Sicherung nie geprüft oder bei der Prüfung durchgefallen.</numerusform>
            <numerusform>⚠ %n Sicherungen nie geprüft oder bei der Prüfung durchgefallen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="317"/>
        <source>Show backups</source>
        <translation>Sicherungen anzeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/hostpage.cpp" line="318"/>
        <source>%n backup(s) never verified or failed verify</source>
        <translation>
            <numerusform>%n Sicherung nie geprüft oder bei der Prüfung durchgefallen</numerusform>
            <numerusform>%n Sicherungen nie geprüft oder bei der Prüfung durchgefallen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="341"/>
        <source>Scanning the store: %1 of %2 accounts…</source>
        <translation>Mailspeicher wird gescannt: %1 von %2 Konten…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/hostpage.cpp" line="345"/>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
</context>
<context>
    <name>mailstore::app::HttpsTransport</name>
    <message>
        <location filename="../src/app/transport/httpstransport.cpp" line="63"/>
        <source>%1 Without it the console cannot tell whether %2 is pinned, so it does not connect.</source>
        <translation>%1 Ohne diese Datei kann die Konsole nicht feststellen, ob %2 gepinnt ist, und verbindet sich daher nicht.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstransport.cpp" line="75"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstransport.cpp" line="188"/>
        <source>The TLS certificate of %1 has CHANGED: pinned is %2, the host now shows %3. Someone may be intercepting the connection, or the host got a new certificate. The API token was not sent. If the host&apos;s administrator confirms the new fingerprint, remove the line for %1 from %4 and connect again.</source>
        <translation>Das TLS-Zertifikat von %1 hat sich GEÄNDERT: Gepinnt ist %2, der Host zeigt jetzt %3. Möglicherweise wird die Verbindung abgefangen, oder der Host hat ein neues Zertifikat erhalten. Das API-Token wurde nicht gesendet. Wenn der Administrator des Hosts den neuen Fingerabdruck bestätigt, die Zeile für %1 aus %4 entfernen und erneut verbinden.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstransport.cpp" line="211"/>
        <source>The TLS certificate of %1 is not trusted (%2) and not pinned. Its fingerprint is %3 (subject %4, issued by %5, valid until %6). The API token was not sent. If the host&apos;s administrator confirms this fingerprint, connect again with --accept-fingerprint %3; if a private CA signed it, give that CA with --ca-file.</source>
        <translation>Das TLS-Zertifikat von %1 ist nicht vertrauenswürdig (%2) und nicht gepinnt. Sein Fingerabdruck ist %3 (Inhaber %4, ausgestellt von %5, gültig bis %6). Das API-Token wurde nicht gesendet. Wenn der Administrator des Hosts diesen Fingerabdruck bestätigt, mit --accept-fingerprint %3 erneut verbinden; wenn eine private CA es signiert hat, diese CA mit --ca-file angeben.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstransport.cpp" line="215"/>
        <source>no trusted CA signed it</source>
        <translation>keine vertrauenswürdige CA hat es signiert</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstransport.cpp" line="226"/>
        <source>The TLS certificate of %1 (%2) was not trusted. The API token was not sent.</source>
        <translation>Dem TLS-Zertifikat von %1 (%2) wurde nicht vertraut. Das API-Token wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstransport.cpp" line="248"/>
        <source>%1 answered HTTP %2 to /healthz; it does not look like a mailstore agent (check the port).</source>
        <translation>%1 hat auf /healthz mit HTTP %2 geantwortet; das sieht nicht nach einem Mailstore-Agenten aus (Port prüfen).</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstransport.cpp" line="254"/>
        <source>Cannot reach the agent at %1: %2</source>
        <translation>Der Agent unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstransport.cpp" line="264"/>
        <source>The connection to the agent at %1 was lost: %2</source>
        <translation>Die Verbindung zum Agenten unter %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstransport.cpp" line="269"/>
        <source>The agent at %1 refused the API token (HTTP 401): it is unknown, revoked or mistyped. The host&apos;s administrator makes one with: mailstore-agent token add --tokens FILE --role admin|support</source>
        <translation>Der Agent unter %1 hat das API-Token abgelehnt (HTTP 401): Es ist unbekannt, widerrufen oder falsch eingegeben. Der Administrator des Hosts erzeugt eines mit: mailstore-agent token add --tokens FILE --role admin|support</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstransport.cpp" line="276"/>
        <source>The agent at %1 is stopping.</source>
        <translation>Der Agent unter %1 wird beendet.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstransport.cpp" line="346"/>
        <source>HTTP agent at %1</source>
        <translation>HTTP-Agent unter %1</translation>
    </message>
    <message>
        <location filename="../src/app/transport/httpstransport.cpp" line="347"/>
        <source>HTTPS agent at %1</source>
        <translation>HTTPS-Agent unter %1</translation>
    </message>
</context>
<context>
    <name>mailstore::app::JobDetailDialog</name>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="25"/>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="26"/>
        <source>Job details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="32"/>
        <source>&amp;Log (newest last):</source>
        <translation>&amp;Protokoll (neueste zuletzt):</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="37"/>
        <source>Job log</source>
        <translation>Auftragsprotokoll</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="63"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="64"/>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="66"/>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="68"/>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="72"/>
        <source> (%1 of %2)</source>
        <translation> (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="74"/>
        <source>Progress: %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="76"/>
        <source>Now: %1</source>
        <translation>Gerade: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="78"/>
        <source>Rate: %1, time left: %2</source>
        <translation>Rate: %1, verbleibend: %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="80"/>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="82"/>
        <source>Resumes job %1</source>
        <translation>Setzt Auftrag %1 fort</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobdetaildialog.cpp" line="84"/>
        <source>Resumed as job %1</source>
        <translation>Fortgesetzt als Auftrag %1</translation>
    </message>
</context>
<context>
    <name>mailstore::app::JobsDock</name>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="22"/>
        <location filename="../src/app/widgets/jobsdock.cpp" line="32"/>
        <location filename="../src/app/widgets/jobsdock.cpp" line="76"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="39"/>
        <source>No jobs yet. Long work (scanning all accounts, rebuilding indexes) runs here and goes on when the console closes.</source>
        <translation>Noch keine Aufträge. Lange Arbeiten (Scan aller Konten, Neuaufbau von Indizes) laufen hier und gehen weiter, auch wenn die Konsole geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="44"/>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="45"/>
        <source>Show the selected job with its log (Enter or double click)</source>
        <translation>Den ausgewählten Auftrag mit seinem Protokoll zeigen (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="48"/>
        <source>Show the selected job&apos;s details and log</source>
        <translation>Details und Protokoll des ausgewählten Auftrags zeigen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="50"/>
        <source>&amp;Resume job</source>
        <translation>Auftrag &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="51"/>
        <source>Run the selected interrupted job again; a rebuild goes on with the accounts it had not finished.</source>
        <translation>Den ausgewählten unterbrochenen Auftrag erneut ausführen; ein Neuaufbau macht mit den Konten weiter, die er noch nicht beendet hatte.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="55"/>
        <source>Resume the selected job</source>
        <translation>Den ausgewählten Auftrag fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="58"/>
        <source>&amp;Cancel job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="59"/>
        <source>Stop the selected job (Delete). Work already done stays done.</source>
        <translation>Ausgewählten Auftrag stoppen (Delete). Bereits Erledigtes bleibt erledigt.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/jobsdock.cpp" line="65"/>
        <source>Cancel the selected job</source>
        <translation>Ausgewählten Auftrag abbrechen</translation>
    </message>
</context>
<context>
    <name>mailstore::app::JobsModel</name>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="101"/>
        <source>Job %1, started %2</source>
        <translation>Auftrag %1, gestartet %2</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="103"/>
        <source>Finished %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="124"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="125"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="126"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="127"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="128"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="129"/>
        <source>Time left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="130"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="169"/>
        <source>The job could not be cancelled: %1</source>
        <translation>Der Auftrag konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="181"/>
        <source>The job could not be resumed: %1</source>
        <translation>Der Auftrag konnte nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodel.cpp" line="234"/>
        <source>Job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="26"/>
        <source>Index check</source>
        <translation>Indexprüfung</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="28"/>
        <source>Index rebuild</source>
        <translation>Index-Neuaufbau</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="30"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="32"/>
        <source>Backup verify</source>
        <translation>Prüfung der Sicherung</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="34"/>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="41"/>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="43"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="45"/>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="136"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="47"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="49"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="51"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="58"/>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="60"/>
        <source>mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="62"/>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="75"/>
        <source>waiting for an I/O slot…</source>
        <translation>wartet auf einen E/A-Platz…</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="76"/>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="119"/>
        <source>%n backup(s) made</source>
        <translation>
            <numerusform>%n Sicherung erstellt</numerusform>
            <numerusform>%n Sicherungen erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="121"/>
        <source>%n account(s) failed</source>
        <translation>
            <numerusform>%n Konto fehlgeschlagen</numerusform>
            <numerusform>%n Konten fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="129"/>
        <source>%n backup(s) verified</source>
        <translation>
            <numerusform>%n Sicherung geprüft</numerusform>
            <numerusform>%n Sicherungen geprüft</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="130"/>
        <source>all good</source>
        <translation>alle in Ordnung</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="130"/>
        <source>%n damaged</source>
        <translation>
            <numerusform>%n beschädigt</numerusform>
            <numerusform>%n beschädigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="133"/>
        <source>%n message(s) restored</source>
        <translation>
            <numerusform>%n Nachricht wiederhergestellt</numerusform>
            <numerusform>%n Nachrichten wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="134"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n schon vorhanden</numerusform>
            <numerusform>%n schon vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="146"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="148"/>
        <source>%1 %2/s</source>
        <translation>%1 %2/s</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="157"/>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="164"/>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="167"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="170"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="171"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="73"/>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="78"/>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="93"/>
        <source>The job failed.</source>
        <translation>Der Auftrag ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="96"/>
        <source>Cancelled after %1.</source>
        <translation>Abgebrochen nach %1.</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="99"/>
        <source>The agent stopped during the job, after %1.</source>
        <translation>Der Agent wurde während des Auftrags beendet, nach %1.</translation>
    </message>
    <message>
        <location filename="../src/app/models/jobsmodeltext.cpp" line="100"/>
        <source>Interrupted; resumed as job %1.</source>
        <translation>Unterbrochen; fortgesetzt als Auftrag %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="105"/>
        <source>%n account(s) checked</source>
        <translation>
            <numerusform>%n Konto geprüft</numerusform>
            <numerusform>%n Konten geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="107"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n mit Problemen</numerusform>
            <numerusform>%n mit Problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="114"/>
        <source>%n mailbox(es) rebuilt</source>
        <translation>
            <numerusform>%n Postfach neu aufgebaut</numerusform>
            <numerusform>%n Postfächer neu aufgebaut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="115"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::LookupDialog</name>
    <message>
        <location filename="../src/app/widgets/lookupdialog.cpp" line="27"/>
        <source>Find account</source>
        <translation>Konto suchen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/lookupdialog.cpp" line="29"/>
        <source>Part of an account name, e.g. alice or @example.org</source>
        <translation>Teil eines Kontonamens, z. B. alice oder @example.org</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/lookupdialog.cpp" line="30"/>
        <source>Account name to find</source>
        <translation>Gesuchter Kontoname</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/lookupdialog.cpp" line="34"/>
        <source>Matching accounts</source>
        <translation>Passende Konten</translation>
    </message>
</context>
<context>
    <name>mailstore::app::LookupModel</name>
    <message>
        <location filename="../src/app/models/lookupmodel.cpp" line="42"/>
        <location filename="../src/app/models/lookupmodel.cpp" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/models/lookupmodel.cpp" line="85"/>
        <source>Type part of an account name; every connected host is searched at once.</source>
        <translation>Teil eines Kontonamens eingeben; alle verbundenen Hosts werden gleichzeitig durchsucht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/lookupmodel.cpp" line="87"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/lookupmodel.cpp" line="88"/>
        <source>%n host(s) answered</source>
        <translation>
            <numerusform>%n Host hat geantwortet</numerusform>
            <numerusform>%n Hosts haben geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/models/lookupmodel.cpp" line="90"/>
        <source>%1 still searching…</source>
        <translation>%1 sucht noch…</translation>
    </message>
    <message>
        <location filename="../src/app/models/lookupmodel.cpp" line="92"/>
        <source>not searched: %1</source>
        <translation>nicht durchsucht: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/lookupmodel.cpp" line="129"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/models/lookupmodel.cpp" line="129"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/app/models/lookupmodel.cpp" line="154"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/app/models/lookupmodel.cpp" line="155"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../src/app/models/lookupmodel.cpp" line="156"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/models/lookupmodel.cpp" line="157"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/models/lookupmodel.cpp" line="158"/>
        <source>Health</source>
        <translation>Zustand</translation>
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
        <location filename="../src/app/mainwindow.cpp" line="170"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="55"/>
        <location filename="../src/app/mainwindowhosts.cpp" line="202"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="96"/>
        <source>Connect to a host over SSH or HTTPS, or open a saved profile (Ctrl+N)</source>
        <translation>Mit einem Host über SSH oder HTTPS verbinden oder ein gespeichertes Profil öffnen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowbackups.cpp" line="19"/>
        <source>Open &amp;backup file…</source>
        <translation>&amp;Sicherungsdatei öffnen…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowbackups.cpp" line="22"/>
        <source>Look into a backup archive (.tar.zst) offline, verify it and save messages from it (Ctrl+O)</source>
        <translation>Ein Sicherungsarchiv (.tar.zst) offline ansehen, prüfen und Nachrichten daraus speichern (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="99"/>
        <source>&amp;Find account…</source>
        <translation>Konto &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="102"/>
        <source>Find an account on every connected host (Ctrl+K)</source>
        <translation>Ein Konto auf allen verbundenen Hosts suchen (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="105"/>
        <source>Fleet &amp;overview</source>
        <translation>Flotten&amp;übersicht</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="108"/>
        <source>Every host&apos;s storage, alerts and backups on one page (Ctrl+Shift+O)</source>
        <translation>Speicher, Warnungen und Sicherungen aller Hosts auf einer Seite (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="114"/>
        <source>&amp;Import profiles…</source>
        <translation>Profile &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="115"/>
        <source>Add the hosts of a profile file a colleague exported</source>
        <translation>Hosts aus einer Profildatei hinzufügen, die ein Kollege exportiert hat</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="117"/>
        <source>&amp;Export profiles…</source>
        <translation>Profile &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="118"/>
        <source>Save every profile to a file (never with passwords or tokens)</source>
        <translation>Alle Profile in eine Datei speichern (niemals mit Passwörtern oder Tokens)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="215"/>
        <source>Fleet overview – Mailstore Admin</source>
        <translation>Flottenübersicht – Mailstore Admin</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowbackups.cpp" line="29"/>
        <source>Back &amp;up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowbackups.cpp" line="32"/>
        <source>Back up this account to the host&apos;s backup target; only what changed since its last backup is stored (Ctrl+B)</source>
        <translation>Dieses Konto in das Sicherungsziel des Hosts sichern; gespeichert wird nur, was sich seit der letzten Sicherung geändert hat (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowbackups.cpp" line="38"/>
        <source>Res&amp;tore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowbackups.cpp" line="41"/>
        <source>Restore mail of this account from a backup (Ctrl+R)</source>
        <translation>E-Mail dieses Kontos aus einer Sicherung wiederherstellen (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="149"/>
        <location filename="../src/app/mainwindowhosts.cpp" line="79"/>
        <location filename="../src/app/mainwindowhosts.cpp" line="170"/>
        <source>&amp;Jobs</source>
        <translation>Auf&amp;träge</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="151"/>
        <source>Show or hide the jobs of the selected host (Ctrl+J)</source>
        <translation>Aufträge des ausgewählten Hosts ein- oder ausblenden (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="173"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="194"/>
        <source>%1 on %2 – Mailstore Admin</source>
        <translation>%1 auf %2 – Mailstore Admin</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowbackups.cpp" line="52"/>
        <source>Open backup file</source>
        <translation>Sicherungsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowbackups.cpp" line="53"/>
        <source>Backup archives (*.tar.zst)</source>
        <translation>Sicherungsarchive (*.tar.zst)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowhosts.cpp" line="79"/>
        <location filename="../src/app/mainwindowhosts.cpp" line="169"/>
        <source>&amp;Jobs (%1 running)</source>
        <translation>Auf&amp;träge (%1 laufend)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowhosts.cpp" line="121"/>
        <source>Not connected to any host. Use Connect… (Ctrl+N) to add one.</source>
        <translation>Mit keinem Host verbunden. Fügen Sie mit Verbinden… (Ctrl+N) einen hinzu.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowhosts.cpp" line="185"/>
        <source>The connection to %1 was lost. %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindowhosts.cpp" line="186"/>
        <source>What you see below is what was loaded before. The console tries again by itself (next try in %n s); press Reconnect to try now. Jobs on the host go on running.</source>
        <translation>
            <numerusform>Unten ist der zuvor geladene Stand zu sehen. Die Konsole versucht es selbst erneut (nächster Versuch in %n s); mit „Neu verbinden“ sofort versuchen. Aufträge auf dem Host laufen weiter.</numerusform>
            <numerusform>Unten ist der zuvor geladene Stand zu sehen. Die Konsole versucht es selbst erneut (nächster Versuch in %n s); mit „Neu verbinden“ sofort versuchen. Aufträge auf dem Host laufen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowhosts.cpp" line="189"/>
        <source>What you see below is what was loaded before. Press Reconnect to try again; if it keeps failing, open the details.</source>
        <translation>Unten ist der zuvor geladene Stand zu sehen. Mit „Neu verbinden“ erneut versuchen; wenn es weiterhin fehlschlägt, die Details öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowhosts.cpp" line="214"/>
        <source>Connected to %1 (%2)</source>
        <translation>Verbunden mit %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowhosts.cpp" line="217"/>
        <source>%1 is degraded: %2</source>
        <translation>%1 ist beeinträchtigt: %2</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowhosts.cpp" line="220"/>
        <source>Connection to %1 lost</source>
        <translation>Verbindung zu %1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowhosts.cpp" line="223"/>
        <source>Not connected to %1</source>
        <translation>Nicht mit %1 verbunden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowhosts.cpp" line="241"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowhosts.cpp" line="244"/>
        <source>Environment: %1, group %2</source>
        <translation>Umgebung: %1, Gruppe %2</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="209"/>
        <source>%1 – Mailstore Admin</source>
        <translation>%1 – Mailstore Admin</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="208"/>
        <source>Mailstore Admin</source>
        <translation>Mailstore Admin</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowhosts.cpp" line="211"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindowhosts.cpp" line="227"/>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="369"/>
        <source>&amp;Verify %n account(s)</source>
        <translation>
            <numerusform>%n Konto &amp;prüfen</numerusform>
            <numerusform>%n Konten &amp;prüfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="370"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="371"/>
        <source>Re&amp;build index of %n account(s)…</source>
        <translation>
            <numerusform>Index von %n Konto neu &amp;aufbauen…</numerusform>
            <numerusform>Index von %n Konten neu &amp;aufbauen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="372"/>
        <source>Re&amp;build index…</source>
        <translation>Index neu &amp;aufbauen…</translation>
    </message>
</context>
<context>
    <name>mailstore::app::ManifestModel</name>
    <message>
        <location filename="../src/app/models/manifestmodel.cpp" line="96"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../src/app/models/manifestmodel.cpp" line="99"/>
        <source>this archive</source>
        <translation>dieses Archiv</translation>
    </message>
    <message>
        <location filename="../src/app/models/manifestmodel.cpp" line="116"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../src/app/models/manifestmodel.cpp" line="117"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/app/models/manifestmodel.cpp" line="118"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../src/app/models/manifestmodel.cpp" line="119"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/models/manifestmodel.cpp" line="120"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../src/app/models/manifestmodel.cpp" line="121"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../src/app/models/manifestmodel.cpp" line="122"/>
        <source>Stored in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <location filename="../src/app/models/manifestmodel.cpp" line="123"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>mailstore::app::MessagesModel</name>
    <message>
        <location filename="../src/app/models/messagesmodel.cpp" line="65"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../src/app/models/messagesmodel.cpp" line="72"/>
        <source>From: %1
To: %2</source>
        <translation>Von: %1
An: %2</translation>
    </message>
    <message>
        <location filename="../src/app/models/messagesmodel.cpp" line="84"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../src/app/models/messagesmodel.cpp" line="84"/>
        <source>unread</source>
        <translation>ungelesen</translation>
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
    <name>mailstore::app::MetricsFleetModel</name>
    <message>
        <location filename="../src/app/models/metricsfleetmodel.cpp" line="88"/>
        <source>capacity not known yet</source>
        <translation>Kapazität noch unbekannt</translation>
    </message>
    <message>
        <location filename="../src/app/models/metricsfleetmodel.cpp" line="90"/>
        <source>%1 of %2 used (%3 %)</source>
        <translation>%1 von %2 belegt (%3 %)</translation>
    </message>
    <message>
        <location filename="../src/app/models/metricsfleetmodel.cpp" line="129"/>
        <source>fsync %1 ms</source>
        <translation>fsync %1 ms</translation>
    </message>
    <message>
        <location filename="../src/app/models/metricsfleetmodel.cpp" line="134"/>
        <source>Last backup %1 · last verify %2</source>
        <translation>Letzte Sicherung %1 · letzte Prüfung %2</translation>
    </message>
</context>
<context>
    <name>mailstore::app::MetricsModel</name>
    <message>
        <location filename="../src/app/models/metricsmodel.cpp" line="30"/>
        <source>This host&apos;s agent has no storage metrics (API &lt; 1.6). Update mailstore-agent on the host to see its storage charts.</source>
        <translation>Der Agent dieses Hosts liefert keine Speichermesswerte (API &lt; 1.6). Aktualisieren Sie mailstore-agent auf dem Host, um die Speicherdiagramme zu sehen.</translation>
    </message>
</context>
<context>
    <name>mailstore::app::ProcessTransport</name>
    <message>
        <location filename="../src/app/transport/processtransport.cpp" line="59"/>
        <source>local agent %1</source>
        <translation>lokaler Agent %1</translation>
    </message>
    <message>
        <location filename="../src/app/transport/processtransport.cpp" line="72"/>
        <source>The agent process crashed or was killed.</source>
        <translation>Der Agentenprozess ist abgestürzt oder wurde gewaltsam beendet.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/processtransport.cpp" line="74"/>
        <source>The agent process exited with code %1.</source>
        <translation>Der Agentenprozess wurde mit Code %1 beendet.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/processtransport.cpp" line="81"/>
        <source>The agent %1 could not be started: %2.</source>
        <translation>Der Agent %1 konnte nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/processtransport.cpp" line="82"/>
        <source>The agent program %1 was not found.</source>
        <translation>Das Agentenprogramm %1 wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>mailstore::app::RebuildDialog</name>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="49"/>
        <source>Rebuild index of %1</source>
        <translation>Index von %1 neu aufbauen</translation>
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
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="268"/>
        <source>Rebuild</source>
        <translation>Neu aufbauen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="59"/>
        <source>Clients reconnect by themselves; this avoids a session holding the old index while it is replaced.</source>
        <translation>Clients verbinden sich selbst neu; so hält keine Sitzung den alten Index fest, während er ersetzt wird.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="61"/>
        <source>Dovecot then reads the new uidlist at once instead of at the user&apos;s next login.</source>
        <translation>Dovecot liest die neue uidlist dann sofort statt erst bei der nächsten Anmeldung des Benutzers.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="89"/>
        <source>Checking what a rebuild would change (a dry run: nothing changes yet)…</source>
        <translation>Es wird geprüft, was ein Neuaufbau ändern würde (Probelauf: noch wird nichts geändert)…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="96"/>
        <source>The rebuild could not be planned.</source>
        <translation>Der Neuaufbau konnte nicht geplant werden.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="126"/>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="154"/>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="126"/>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="130"/>
        <source>UIDVALIDITY %1 stays; clients keep their copies.</source>
        <translation>UIDVALIDITY %1 bleibt; Clients behalten ihre Kopien.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="131"/>
        <source>New UIDVALIDITY %1: clients download this mailbox again.</source>
        <translation>Neue UIDVALIDITY %1: Clients laden dieses Postfach erneut herunter.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="132"/>
        <source>rewritten</source>
        <translation>neu geschrieben</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="132"/>
        <source>rewrite</source>
        <translation>neu schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="133"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="135"/>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="155"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="136"/>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="156"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="140"/>
        <source>Moved to quarantine: %1</source>
        <translation>In Quarantäne verschoben: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="141"/>
        <source>Goes to quarantine: %1</source>
        <translation>Kommt in Quarantäne: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="153"/>
        <source>%n NEW</source>
        <translation>
            <numerusform>%n NEU</numerusform>
            <numerusform>%n NEU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="157"/>
        <source>Quarantine folder: %1</source>
        <translation>Quarantäneordner: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="159"/>
        <source>Dovecot: %1</source>
        <translation>Dovecot: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="178"/>
        <source>Nothing to rebuild: the index state of %1 is healthy.</source>
        <translation>Nichts neu aufzubauen: Der Indexzustand von %1 ist gesund.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="180"/>
        <source>these accounts</source>
        <translation>diesen Konten</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="184"/>
        <source>Rebuilt %n mailbox(es).</source>
        <translation>
            <numerusform>%n Postfach neu aufgebaut.</numerusform>
            <numerusform>%n Postfächer neu aufgebaut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="185"/>
        <source>Rebuilds %n mailbox(es).</source>
        <translation>
            <numerusform>Baut %n Postfach neu auf.</numerusform>
            <numerusform>Baut %n Postfächer neu auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="186"/>
        <source>Of %1 messages, %2 keep their UIDs and %3 get new ones (above every UID handed out so far).</source>
        <translation>Von %1 Nachrichten behalten %2 ihre UIDs und %3 erhalten neue (oberhalb aller bisher vergebenen UIDs).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="191"/>
        <source>%n uidlist entry(s) without a message file are dropped.</source>
        <translation>
            <numerusform>%n uidlist-Eintrag ohne Nachrichtendatei wird entfernt.</numerusform>
            <numerusform>%n uidlist-Einträge ohne Nachrichtendatei werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="196"/>
        <source>a quarantine folder beside each account&apos;s Maildir</source>
        <translation>einen Quarantäneordner neben dem Maildir jedes Kontos</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="197"/>
        <source>%n index file(s) were moved to %1; nothing was deleted.</source>
        <translation>
            <numerusform>%n Indexdatei wurde in %1 verschoben; nichts wurde gelöscht.</numerusform>
            <numerusform>%n Indexdateien wurden in %1 verschoben; nichts wurde gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="199"/>
        <source>%n index file(s) move to %1; nothing is deleted.</source>
        <translation>
            <numerusform>%n Indexdatei wird in %1 verschoben; nichts wird gelöscht.</numerusform>
            <numerusform>%n Indexdateien werden in %1 verschoben; nichts wird gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="207"/>
        <source>%n mailbox(es) got a new dovecot-uidlist.</source>
        <translation>
            <numerusform>%n Postfach hat eine neue dovecot-uidlist erhalten.</numerusform>
            <numerusform>%n Postfächer haben eine neue dovecot-uidlist erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="208"/>
        <source>%n mailbox(es) get a new dovecot-uidlist.</source>
        <translation>
            <numerusform>%n Postfach erhält eine neue dovecot-uidlist.</numerusform>
            <numerusform>%n Postfächer erhalten eine neue dovecot-uidlist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="209"/>
        <source>Message files are not touched.</source>
        <translation>Nachrichtendateien bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="221"/>
        <source>Some mailboxes of %1 have no usable UIDVALIDITY left and get a new one. Every IMAP client will download them again, and copies kept only in a client may show up twice. Type %2 to confirm.</source>
        <translation>Einige Postfächer von %1 haben keine brauchbare UIDVALIDITY mehr und erhalten eine neue. Jeder IMAP-Client lädt sie erneut herunter, und Kopien, die nur in einem Client liegen, erscheinen womöglich doppelt. Zum Bestätigen %2 eingeben.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="250"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="250"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="253"/>
        <source>What rebuilding the index of %1 changes, found by a dry run (nothing has changed yet). UIDs and UIDVALIDITY are kept wherever they can be, so IMAP clients do not notice.</source>
        <translation>Was der Neuaufbau des Index von %1 ändert, ermittelt durch einen Probelauf (noch wurde nichts geändert). UIDs und UIDVALIDITY bleiben erhalten, wo immer es geht, sodass IMAP-Clients nichts bemerken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="258"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="260"/>
        <source>The dry run found nothing to rebuild.</source>
        <translation>Laut Probelauf ist nichts neu aufzubauen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="268"/>
        <source>Rebuild %n mailbox(es)</source>
        <translation>
            <numerusform>%n Postfach neu aufbauen</numerusform>
            <numerusform>%n Postfächer neu aufbauen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="293"/>
        <source>Starting the rebuild…</source>
        <translation>Neuaufbau wird gestartet…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="300"/>
        <source>The rebuild did not start: %1</source>
        <translation>Der Neuaufbau ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="321"/>
        <source>Rebuilding: %1</source>
        <translation>Neuaufbau läuft: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="332"/>
        <source>The rebuild is done. Verify the account to see its index state now.</source>
        <translation>Der Neuaufbau ist abgeschlossen. Das Konto prüfen, um seinen jetzigen Indexzustand zu sehen.</translation>
    </message>
</context>
<context>
    <name>mailstore::app::RestorePointPage</name>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="109"/>
        <source>From which point</source>
        <translation>Von welchem Stand</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="110"/>
        <source>The account&apos;s backups in this target, newest first. An incremental backup is restored together with the backups it builds on.</source>
        <translation>Die Sicherungen des Kontos in diesem Ziel, neueste zuerst. Eine inkrementelle Sicherung wird zusammen mit den Sicherungen wiederhergestellt, auf denen sie aufbaut.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="113"/>
        <source>Backups of the account</source>
        <translation>Sicherungen des Kontos</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="115"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="115"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="115"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="115"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="115"/>
        <source>Last verify</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="124"/>
        <source>Loading the backups…</source>
        <translation>Sicherungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="156"/>
        <source>%1 has no backups in %2.</source>
        <translation>%1 hat keine Sicherungen in %2.</translation>
    </message>
</context>
<context>
    <name>mailstore::app::RestorePreviewPage</name>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="43"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="44"/>
        <source>What the restore will write, as planned by the host. Nothing has changed yet.</source>
        <translation>Was die Wiederherstellung schreiben wird, wie der Host es geplant hat. Noch hat sich nichts geändert.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="48"/>
        <source>Planned restore per mailbox</source>
        <translation>Geplante Wiederherstellung je Postfach</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="50"/>
        <source>From mailbox</source>
        <translation>Aus Postfach</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="50"/>
        <source>Into mailbox</source>
        <translation>In Postfach</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="50"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="50"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="51"/>
        <source>Already there</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="59"/>
        <source>Type the account name to confirm</source>
        <translation>Zum Bestätigen den Kontonamen eingeben</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="82"/>
        <source>Planning the restore on the host…</source>
        <translation>Die Wiederherstellung wird auf dem Host geplant…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="90"/>
        <source>The restore could not be planned: %1</source>
        <translation>Die Wiederherstellung konnte nicht geplant werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="114"/>
        <source>%1 (exists)</source>
        <translation>%1 (vorhanden)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="115"/>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="129"/>
        <source>&lt;b&gt;%1 messages (%2)&lt;/b&gt; will be restored into &lt;b&gt;%3&lt;/b&gt;; %4 already there will be skipped.</source>
        <translation>&lt;b&gt;%1 Nachrichten (%2)&lt;/b&gt; werden in &lt;b&gt;%3&lt;/b&gt; wiederhergestellt; %4 schon vorhandene werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="137"/>
        <source>No archive needs to be read: everything selected is already there.</source>
        <translation>Kein Archiv muss gelesen werden: alles Gewählte ist schon vorhanden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="138"/>
        <source>Reads %n archive(s): %1</source>
        <translation>
            <numerusform>Liest %n Archiv: %1</numerusform>
            <numerusform>Liest %n Archive: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="141"/>
        <source>⚠ This restore writes into mailboxes that exist now and may be in use. Nothing there is overwritten; restored messages are added.</source>
        <translation>⚠ Diese Wiederherstellung schreibt in Postfächer, die jetzt existieren und in Gebrauch sein können. Dort wird nichts überschrieben; wiederhergestellte Nachrichten kommen hinzu.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="143"/>
        <source>To restore, type the account name &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Zum Wiederherstellen den Kontonamen &lt;b&gt;%1&lt;/b&gt; eingeben:</translation>
    </message>
</context>
<context>
    <name>mailstore::app::RestoreWhatPage</name>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="43"/>
        <source>Delivered &amp;from</source>
        <translation>Zugestellt &amp;ab</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="44"/>
        <source>Delivered &amp;through</source>
        <translation>Zugestellt &amp;bis einschließlich</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="48"/>
        <source>What to restore</source>
        <translation>Was wiederhergestellt wird</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="49"/>
        <source>One mailbox or all of them, optionally only mail delivered in a date range.</source>
        <translation>Ein Postfach oder alle, auf Wunsch nur in einem Zeitraum zugestellte E-Mail.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="52"/>
        <source>All mailboxes</source>
        <translation>Alle Postfächer</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="53"/>
        <source>Mailbox to restore</source>
        <translation>Wiederherzustellendes Postfach</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="62"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="63"/>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Postfach:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="66"/>
        <source>The date is the delivery time the backup recorded for each message.</source>
        <translation>Das Datum ist die Zustellzeit, die die Sicherung für jede Nachricht festgehalten hat.</translation>
    </message>
</context>
<context>
    <name>mailstore::app::RestoreWherePage</name>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="177"/>
        <source>Into a &amp;new folder of the account:</source>
        <translation>In einen &amp;neuen Ordner des Kontos:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="178"/>
        <source>Into &amp;another account:</source>
        <translation>In ein &amp;anderes Konto:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="179"/>
        <source>Restored %1</source>
        <translation>Wiederhergestellt %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="182"/>
        <source>Where to</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="183"/>
        <source>Restored messages are only added: nothing in the account is overwritten or removed.</source>
        <translation>Wiederhergestellte Nachrichten kommen nur hinzu: im Konto wird nichts überschrieben oder entfernt.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="184"/>
        <source>Name of the new folder</source>
        <translation>Name des neuen Ordners</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="185"/>
        <source>Account to restore into</source>
        <translation>Konto, in das wiederhergestellt wird</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="186"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="201"/>
        <source>Messages already there (same content) are skipped.</source>
        <translation>Schon vorhandene Nachrichten (gleicher Inhalt) werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizardpages.cpp" line="222"/>
        <source>Into the &amp;original account %1</source>
        <translation>In das &amp;ursprüngliche Konto %1</translation>
    </message>
</context>
<context>
    <name>mailstore::app::RestoreWizard</name>
    <message>
        <location filename="../src/app/widgets/restorewizard.cpp" line="29"/>
        <source>Restore %1 from %2</source>
        <translation>%1 aus %2 wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizard.cpp" line="38"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/restorewizard.cpp" line="148"/>
        <source>The restore did not start: %1</source>
        <translation>Die Wiederherstellung ist nicht gestartet: %1</translation>
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
        <translation>
            <numerusform>%n Befund insgesamt, Hinweise eingeschlossen</numerusform>
            <numerusform>%n Befunde insgesamt, Hinweise eingeschlossen</numerusform>
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
        <translation>Prüft den Dovecot-Indexzustand (uidlist, Index, Log, Cache, tmp/) aller Konten. Es wird nichts geändert. Der Scan läuft als Auftrag auf dem Host und läuft weiter, auch wenn die Konsole geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="111"/>
        <source>Starting a deep scan of all accounts…</source>
        <translation>Gründlicher Scan aller Konten wird gestartet…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="112"/>
        <source>Starting a scan of all accounts…</source>
        <translation>Scan aller Konten wird gestartet…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="120"/>
        <source>The scan could not start: %1</source>
        <translation>Der Scan konnte nicht starten: %1</translation>
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
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="195"/>
        <source>Scanning all accounts: %1</source>
        <translation>Alle Konten werden gescannt: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="208"/>
        <source>The scan failed: %1</source>
        <translation>Der Scan ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="210"/>
        <source>Scan of %1 finished %2: %3</source>
        <translation>Scan von %1 am %2 beendet: %3</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="211"/>
        <source>all accounts</source>
        <translation>allen Konten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="255"/>
        <source>No account has index problems.</source>
        <translation>Kein Konto hat Indexprobleme.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="257"/>
        <source>%1 of %2 accounts</source>
        <translation>%1 von %2 Konten</translation>
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
        <translation>Scan-Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="288"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/scanview.cpp" line="295"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>mailstore::app::Screenshotter</name>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="56"/>
        <source>Timed out after %1 s waiting for the %2 view to load (connection: %3).</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf das Laden der Ansicht %2 (Verbindung: %3).</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="66"/>
        <source>The connection to the agent was lost: %1</source>
        <translation>Die Verbindung zum Agenten ist abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="84"/>
        <source>The accounts could not be loaded: %1</source>
        <translation>Die Konten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="139"/>
        <source>The account %1 could not be loaded: %2</source>
        <translation>Das Konto %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="157"/>
        <source>The rebuild dialog could not open (not connected).</source>
        <translation>Der Dialog für den Neuaufbau konnte nicht geöffnet werden (nicht verbunden).</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="162"/>
        <source>The rebuild of %1 could not be planned.</source>
        <translation>Der Neuaufbau von %1 konnte nicht geplant werden.</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="173"/>
        <source>The audit log could not be loaded: %1</source>
        <translation>Das Audit-Protokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="192"/>
        <source>The Connect dialog did not open.</source>
        <translation>Der Verbinden-Dialog wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="225"/>
        <source>The host has no backups to show (is a backup target configured?).</source>
        <translation>Der Host hat keine Sicherungen zum Anzeigen (ist ein Sicherungsziel eingerichtet?).</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="237"/>
        <source>The restore wizard could not open.</source>
        <translation>Der Wiederherstellungsassistent konnte nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="242"/>
        <source>%1 has no backups in %2.</source>
        <translation>%1 hat keine Sicherungen in %2.</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="245"/>
        <source>The backups could not be listed: %1</source>
        <translation>Die Sicherungen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="247"/>
        <source>The restore could not be planned: %1</source>
        <translation>Die Wiederherstellung konnte nicht geplant werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="261"/>
        <source>The backup file could not be opened: %1</source>
        <translation>Die Sicherungsdatei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="309"/>
        <source>Could not write the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/app/screenshotter.cpp" line="313"/>
        <source>Saved %1 (%2×%3).</source>
        <translation>%1 gespeichert (%2×%3).</translation>
    </message>
</context>
<context>
    <name>mailstore::app::SshPrompter</name>
    <message>
        <location filename="../src/app/transport/sshprompter.cpp" line="249"/>
        <source>SSH key passphrase</source>
        <translation>Passphrase des SSH-Schlüssels</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshprompter.cpp" line="249"/>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshprompter.cpp" line="253"/>
        <source>The previous answer was not accepted. Try again.</source>
        <translation>Die vorige Antwort wurde nicht akzeptiert. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshprompter.cpp" line="258"/>
        <source>Passphrase for the key %1 (to log in as %2):</source>
        <translation>Passphrase für den Schlüssel %1 (zur Anmeldung als %2):</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshprompter.cpp" line="260"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshprompter.cpp" line="264"/>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshprompter.cpp" line="264"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshprompter.cpp" line="268"/>
        <location filename="../src/app/transport/sshprompter.cpp" line="318"/>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshprompter.cpp" line="284"/>
        <source>SSH login</source>
        <translation>SSH-Anmeldung</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshprompter.cpp" line="288"/>
        <source>The host %1 asks:</source>
        <translation>Der Host %1 fragt:</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshprompter.cpp" line="323"/>
        <source>Only a single password can be remembered; these answers may change with every login.</source>
        <translation>Nur ein einzelnes Passwort kann gespeichert werden; diese Antworten können sich bei jeder Anmeldung ändern.</translation>
    </message>
</context>
<context>
    <name>mailstore::app::SshTransport</name>
    <message>
        <location filename="../src/app/transport/sshtransport.cpp" line="83"/>
        <source>agent over SSH on %1</source>
        <translation>Agent über SSH auf %1</translation>
    </message>
</context>
<context>
    <name>mailstore::app::SshWorker</name>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="107"/>
        <source>libssh could not create a session.</source>
        <translation>libssh konnte keine Sitzung anlegen.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="157"/>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="167"/>
        <source>The host sent no usable key: %1</source>
        <translation>Der Host hat keinen brauchbaren Schlüssel gesendet: %1</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="182"/>
        <source>REFUSED: the host key of %1 has changed. Known key: %2. Key offered now: %3 %4. Someone may be intercepting the connection, or the host was reinstalled. Nothing was sent to the host (no authentication was attempted). If the change is expected, remove the old entry from %5 or ~/.ssh/known_hosts and connect again.</source>
        <translation>ABGELEHNT: Der Host-Schlüssel von %1 hat sich geändert. Bekannter Schlüssel: %2. Jetzt angebotener Schlüssel: %3 %4. Möglicherweise wird die Verbindung abgefangen, oder der Host wurde neu installiert. Es wurde nichts an den Host gesendet (keine Authentifizierung versucht). Wenn die Änderung erwartet ist, den alten Eintrag aus %5 oder ~/.ssh/known_hosts entfernen und erneut verbinden.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="187"/>
        <source>(unreadable)</source>
        <translation>(unlesbar)</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="192"/>
        <source>Cannot check the host key: %1</source>
        <translation>Der Host-Schlüssel kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="201"/>
        <source>The host key of %1 is %2 %3, not the fingerprint %4 you asked to accept. Nothing was sent to the host.</source>
        <translation>Der Host-Schlüssel von %1 ist %2 %3, nicht der zur Annahme angegebene Fingerabdruck %4. Es wurde nichts an den Host gesendet.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="215"/>
        <source>The host key of %1 is not known: %2 %3. It was not trusted, so nothing was sent to the host. Compare the fingerprint with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before trusting it.</source>
        <translation>Der Host-Schlüssel von %1 ist unbekannt: %2 %3. Ihm wurde nicht vertraut, daher wurde nichts an den Host gesendet. Vor dem Vertrauen den Fingerabdruck mit dem des Hosts selbst vergleichen (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="223"/>
        <source>Cannot record the host key in %1: %2</source>
        <translation>Der Host-Schlüssel kann nicht in %1 eingetragen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="263"/>
        <source>Cannot start the remote command on %1: %2</source>
        <translation>Der entfernte Befehl kann auf %1 nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="310"/>
        <location filename="../src/app/transport/sshworker.cpp" line="332"/>
        <source>The SSH connection to %1 was lost: %2</source>
        <translation>Die SSH-Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="367"/>
        <source> It said: %1</source>
        <translation> Meldung: %1</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="370"/>
        <source>mailstore-agent is not installed on the host or not in PATH (the remote command &quot;%1&quot; on %2 exited with code 127).%3</source>
        <translation>mailstore-agent ist auf dem Host nicht installiert oder nicht im PATH (der entfernte Befehl „%1“ auf %2 endete mit Code 127).%3</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="375"/>
        <source>The remote command &quot;%1&quot; on %2 is not executable (exit code 126).%3</source>
        <translation>Der entfernte Befehl „%1“ auf %2 ist nicht ausführbar (Exit-Code 126).%3</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="378"/>
        <source>The agent bridge on %1 ended without an exit status (killed or connection closed).%2</source>
        <translation>Die Agenten-Brücke auf %1 endete ohne Exit-Status (Prozess beendet oder Verbindung geschlossen).%2</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshworker.cpp" line="382"/>
        <source>The agent bridge on %1 exited with code %2.%3</source>
        <translation>Die Agenten-Brücke auf %1 endete mit Code %2.%3</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshauth.cpp" line="61"/>
        <source>Authentication on %1 broke off: %2</source>
        <translation>Die Authentifizierung auf %1 brach ab: %2</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshauth.cpp" line="78"/>
        <source>Authentication as %1 failed. The host offered: %2. Check the key (or ssh-agent), the user name and the password.</source>
        <translation>Authentifizierung als %1 fehlgeschlagen. Der Host bot an: %2. Schlüssel (oder ssh-agent), Benutzername und Passwort prüfen.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshauth.cpp" line="81"/>
        <source>no method</source>
        <translation>keine Methode</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshauth.cpp" line="86"/>
        <source>Authentication as %1 did not complete.</source>
        <translation>Die Authentifizierung als %1 wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshauth.cpp" line="94"/>
        <source>Authentication as %1 was cancelled: the question for a password, passphrase or answer was dismissed, so the connection was not made.</source>
        <translation>Die Authentifizierung als %1 wurde abgebrochen: Die Abfrage von Passwort, Passphrase oder Antwort wurde verworfen, daher kam keine Verbindung zustande.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshauth.cpp" line="116"/>
        <source>The key file %1 cannot be read.</source>
        <translation>Die Schlüsseldatei %1 ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../src/app/transport/sshauth.cpp" line="138"/>
        <source>The key file %1 is not a usable private key, or its passphrase is wrong or missing.</source>
        <translation>Die Schlüsseldatei %1 ist kein brauchbarer privater Schlüssel, oder die Passphrase ist falsch oder fehlt.</translation>
    </message>
</context>
<context>
    <name>mailstore::app::StorageView</name>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="23"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="24"/>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="25"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="26"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="27"/>
        <source>Space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="28"/>
        <source>Inodes</source>
        <translation>Inodes</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="37"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="38"/>
        <source>operations/s</source>
        <translation>Operationen/s</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="39"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="40"/>
        <source>% busy</source>
        <translation>% ausgelastet</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="41"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="42"/>
        <source>million inodes</source>
        <translation>Millionen Inodes</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="51"/>
        <source>I/O latency</source>
        <translation>E/A-Latenz</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="52"/>
        <source>fsync probe</source>
        <translation>fsync-Probe</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="53"/>
        <source>reads</source>
        <translation>Lesevorgänge</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="54"/>
        <source>writes</source>
        <translation>Schreibvorgänge</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="55"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="56"/>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="57"/>
        <source>agent read</source>
        <translation>Agent gelesen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="58"/>
        <source>agent written</source>
        <translation>Agent geschrieben</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="59"/>
        <source>busy</source>
        <translation>ausgelastet</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="60"/>
        <source>used</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="61"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="62"/>
        <source>inodes used</source>
        <translation>Inodes belegt</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="63"/>
        <source>inodes total</source>
        <translation>Inodes gesamt</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="53"/>
        <source>Storage alerts</source>
        <translation>Speicherwarnungen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="70"/>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="71"/>
        <source>15 min</source>
        <translation>15 Min.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="71"/>
        <source>1 h</source>
        <translation>1 Std.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="71"/>
        <source>24 h</source>
        <translation>24 Std.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="71"/>
        <source>7 d</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="71"/>
        <source>30 d</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="81"/>
        <source>Reset &amp;zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="82"/>
        <source>Zoom: drag a range or use the wheel; pan: right-drag or arrow keys</source>
        <translation>Zoomen: einen Bereich aufziehen oder das Mausrad drehen; verschieben: mit der rechten Maustaste ziehen oder Pfeiltasten</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="117"/>
        <source>Device %1, sampled every %2 s</source>
        <translation>Gerät %1, Messung alle %2 s</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="114"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="116"/>
        <source>⚠ The agent cannot record metrics: %1</source>
        <translation>⚠ Der Agent kann keine Messwerte aufzeichnen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="118"/>
        <source>Device %1, sampling off: the recorded history</source>
        <translation>Gerät %1, Messung aus: der aufgezeichnete Verlauf</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="135"/>
        <source>⚠ Could not load the metrics: %1</source>
        <translation>⚠ Die Messwerte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="78"/>
        <source>no samples in this range</source>
        <translation>keine Messwerte in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="85"/>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="86"/>
        <source>Export the %1 chart as PNG</source>
        <translation>Diagramm %1 als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="90"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="91"/>
        <source>Export the %1 chart&apos;s data as CSV</source>
        <translation>Daten des Diagramms %1 als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageview.cpp" line="291"/>
        <source>Alert threshold</source>
        <translation>Warnschwelle</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="116"/>
        <source>%1 · %2 · %3 · times in %4</source>
        <translation>%1 · %2 · %3 · Zeiten in %4</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="134"/>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="134"/>
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="135"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="135"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="139"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/storageviewcharts.cpp" line="139"/>
        <source>⚠ Could not write %1</source>
        <translation>⚠ %1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>mailstore::app::charts::TimeSeriesChart</name>
    <message>
        <location filename="../src/app/charts/timeserieschart.cpp" line="259"/>
        <source>%1 min–max</source>
        <translation>%1 Min.–Max.</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timeserieschart.cpp" line="280"/>
        <source>Alert threshold</source>
        <translation>Warnschwelle</translation>
    </message>
    <message>
        <location filename="../src/app/charts/timeserieschart.cpp" line="333"/>
        <source>%1: %2 %3 (min %4, max %5)</source>
        <translation>%1: %2 %3 (Min. %4, Max. %5)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="83"/>
        <source>No API token given.</source>
        <translation>Kein API-Token angegeben.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="93"/>
        <source>%1 lists no hosts.</source>
        <translation>%1 enthält keine Hosts.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="128"/>
        <source>Creating the demo store with sample mail…</source>
        <translation>Demo-Mailspeicher mit Beispielmails wird angelegt…</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="140"/>
        <source>Check that mailstore-agent is installed and that the data folder is writable.</source>
        <translation>Prüfen, ob mailstore-agent installiert und der Datenordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="150"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="157"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="161"/>
        <source>Not connected to any mailstore.

Use Connect… (Ctrl+N) to add a host over SSH or HTTPS, pick a saved host in the fleet tree, or start with --demo to explore a demo store.</source>
        <translation>Mit keinem Mailstore verbunden.

Fügen Sie mit Verbinden… (Ctrl+N) einen Host über SSH oder HTTPS hinzu, wählen Sie einen gespeicherten Host in der Flotte oder starten Sie mit --demo, um einen Demo-Speicher zu erkunden.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Display</name>
    <message numerus="yes">
        <location filename="../src/app/displayformat.cpp" line="40"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/displayformat.cpp" line="42"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/displayformat.cpp" line="43"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::AccountsModel</name>
    <message numerus="yes">
        <location filename="../src/app/models/accountsmodel.cpp" line="67"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/accountsmodel.cpp" line="74"/>
        <source>%n problem(s) found by the last scan</source>
        <translation>
            <numerusform>%n problem found by the last scan</numerusform>
            <numerusform>%n problems found by the last scan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::BackupFileDialog</name>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="199"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="200"/>
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n mailbox</numerusform>
            <numerusform>%n mailboxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupfiledialog.cpp" line="320"/>
        <source>Damaged: %n problem(s) found. Restore from another backup of this account; messages without a problem can still be saved.</source>
        <translation>
            <numerusform>Damaged: %n problem found. Restore from another backup of this account; messages without a problem can still be saved.</numerusform>
            <numerusform>Damaged: %n problems found. Restore from another backup of this account; messages without a problem can still be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::BackupsView</name>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="38"/>
        <source>Incremental backup of %n account(s)</source>
        <translation>
            <numerusform>Incremental backup of %n account</numerusform>
            <numerusform>Incremental backup of %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="39"/>
        <source>Full backup of %n account(s)</source>
        <translation>
            <numerusform>Full backup of %n account</numerusform>
            <numerusform>Full backup of %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupsviewactions.cpp" line="49"/>
        <source>Verify of %n backup(s)</source>
        <translation>
            <numerusform>Verify of %n backup</numerusform>
            <numerusform>Verify of %n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/backupsview.cpp" line="313"/>
        <source>&amp;Verify %n backup(s)</source>
        <translation>
            <numerusform>&amp;Verify %n backup</numerusform>
            <numerusform>&amp;Verify %n backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::ConnectDialog</name>
    <message numerus="yes">
        <location filename="../src/app/widgets/connectdialog.cpp" line="291"/>
        <source>✓ Connected to %1: agent %2, %n account(s), answered in %3 ms.</source>
        <translation>
            <numerusform>✓ Connected to %1: agent %2, %n account, answered in %3 ms.</numerusform>
            <numerusform>✓ Connected to %1: agent %2, %n accounts, answered in %3 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::FleetController</name>
    <message numerus="yes">
        <location filename="../src/app/fleetcontroller.cpp" line="201"/>
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>Imported %n profile from %1.</numerusform>
            <numerusform>Imported %n profiles from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/fleetcontroller.cpp" line="208"/>
        <source>Exported %n profile(s) to %1 (without passwords or tokens).</source>
        <translation>
            <numerusform>Exported %n profile to %1 (without passwords or tokens).</numerusform>
            <numerusform>Exported %n profiles to %1 (without passwords or tokens).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::FleetOverview</name>
    <message numerus="yes">
        <location filename="../src/app/widgets/fleetoverview.cpp" line="305"/>
        <source>⛔ %n storage alert(s)</source>
        <translation>
            <numerusform>⛔ %n storage alert</numerusform>
            <numerusform>⛔ %n storage alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/fleetoverview.cpp" line="306"/>
        <source>⚠ %n storage alert(s)</source>
        <translation>
            <numerusform>⚠ %n storage alert</numerusform>
            <numerusform>⚠ %n storage alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::FleetTree</name>
    <message numerus="yes">
        <location filename="../src/app/widgets/fleettree.cpp" line="179"/>
        <source>%n account(s) with problems</source>
        <translation>
            <numerusform>%n account with problems</numerusform>
            <numerusform>%n accounts with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/fleettree.cpp" line="181"/>
        <source>%n critical storage alert(s)</source>
        <translation>
            <numerusform>%n critical storage alert</numerusform>
            <numerusform>%n critical storage alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/fleettree.cpp" line="182"/>
        <source>%n storage alert(s)</source>
        <translation>
            <numerusform>%n storage alert</numerusform>
            <numerusform>%n storage alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::HostPage</name>
    <message numerus="yes">
        <location filename="../src/app/widgets/hostpage.cpp" line="259"/>
        <source>&amp;Copy %n account name(s)</source>
        <translation>
            <numerusform>&amp;Copy %n account name</numerusform>
            <numerusform>&amp;Copy %n account names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/hostpage.cpp" line="316"/>
        <source>⚠ %n backup(s) never verified or failed verify.</source>
        <translation>
            <numerusform>⚠ %n backup never verified or failed verify.</numerusform>
            <numerusform>⚠ %n backups never verified or failed verify.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/hostpage.cpp" line="318"/>
        <source>%n backup(s) never verified or failed verify</source>
        <translation>
            <numerusform>%n backup never verified or failed verify</numerusform>
            <numerusform>%n backups never verified or failed verify</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::JobsModel</name>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="105"/>
        <source>%n account(s) checked</source>
        <translation>
            <numerusform>%n account checked</numerusform>
            <numerusform>%n accounts checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="107"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="114"/>
        <source>%n mailbox(es) rebuilt</source>
        <translation>
            <numerusform>%n mailbox rebuilt</numerusform>
            <numerusform>%n mailboxes rebuilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="115"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="119"/>
        <source>%n backup(s) made</source>
        <translation>
            <numerusform>%n backup made</numerusform>
            <numerusform>%n backups made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="121"/>
        <source>%n account(s) failed</source>
        <translation>
            <numerusform>%n account failed</numerusform>
            <numerusform>%n accounts failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="129"/>
        <source>%n backup(s) verified</source>
        <translation>
            <numerusform>%n backup verified</numerusform>
            <numerusform>%n backups verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="130"/>
        <source>%n damaged</source>
        <translation>
            <numerusform>%n damaged</numerusform>
            <numerusform>%n damaged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="133"/>
        <source>%n message(s) restored</source>
        <translation>
            <numerusform>%n message restored</numerusform>
            <numerusform>%n messages restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="134"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="167"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/jobsmodeltext.cpp" line="171"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::LookupModel</name>
    <message numerus="yes">
        <location filename="../src/app/models/lookupmodel.cpp" line="87"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/lookupmodel.cpp" line="88"/>
        <source>%n host(s) answered</source>
        <translation>
            <numerusform>%n host answered</numerusform>
            <numerusform>%n hosts answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/models/lookupmodel.cpp" line="129"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="369"/>
        <source>&amp;Verify %n account(s)</source>
        <translation>
            <numerusform>&amp;Verify %n account</numerusform>
            <numerusform>&amp;Verify %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="371"/>
        <source>Re&amp;build index of %n account(s)…</source>
        <translation>
            <numerusform>Re&amp;build index of %n account…</numerusform>
            <numerusform>Re&amp;build index of %n accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindowhosts.cpp" line="186"/>
        <source>What you see below is what was loaded before. The console tries again by itself (next try in %n s); press Reconnect to try now. Jobs on the host go on running.</source>
        <translation>
            <numerusform>What you see below is what was loaded before. The console tries again by itself (next try in %n s); press Reconnect to try now. Jobs on the host go on running.</numerusform>
            <numerusform>What you see below is what was loaded before. The console tries again by itself (next try in %n s); press Reconnect to try now. Jobs on the host go on running.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::RebuildDialog</name>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="50"/>
        <source>Rebuild index of %n account(s)</source>
        <translation>
            <numerusform>Rebuild index of %n account</numerusform>
            <numerusform>Rebuild index of %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="136"/>
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="156"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="153"/>
        <source>%n NEW</source>
        <translation>
            <numerusform>%n NEW</numerusform>
            <numerusform>%n NEW</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="184"/>
        <source>Rebuilt %n mailbox(es).</source>
        <translation>
            <numerusform>Rebuilt %n mailbox.</numerusform>
            <numerusform>Rebuilt %n mailboxes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="185"/>
        <source>Rebuilds %n mailbox(es).</source>
        <translation>
            <numerusform>Rebuilds %n mailbox.</numerusform>
            <numerusform>Rebuilds %n mailboxes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="191"/>
        <source>%n uidlist entry(s) without a message file are dropped.</source>
        <translation>
            <numerusform>%n uidlist entry without a message file are dropped.</numerusform>
            <numerusform>%n uidlist entrys without a message file are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="197"/>
        <source>%n index file(s) were moved to %1; nothing was deleted.</source>
        <translation>
            <numerusform>%n index file were moved to %1; nothing was deleted.</numerusform>
            <numerusform>%n index files were moved to %1; nothing was deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="199"/>
        <source>%n index file(s) move to %1; nothing is deleted.</source>
        <translation>
            <numerusform>%n index file move to %1; nothing is deleted.</numerusform>
            <numerusform>%n index files move to %1; nothing is deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="207"/>
        <source>%n mailbox(es) got a new dovecot-uidlist.</source>
        <translation>
            <numerusform>%n mailbox got a new dovecot-uidlist.</numerusform>
            <numerusform>%n mailboxes got a new dovecot-uidlist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="208"/>
        <source>%n mailbox(es) get a new dovecot-uidlist.</source>
        <translation>
            <numerusform>%n mailbox get a new dovecot-uidlist.</numerusform>
            <numerusform>%n mailboxes get a new dovecot-uidlist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="258"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/rebuilddialog.cpp" line="268"/>
        <source>Rebuild %n mailbox(es)</source>
        <translation>
            <numerusform>Rebuild %n mailbox</numerusform>
            <numerusform>Rebuild %n mailboxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::RestorePreviewPage</name>
    <message numerus="yes">
        <location filename="../src/app/widgets/restorepreviewpage.cpp" line="138"/>
        <source>Reads %n archive(s): %1</source>
        <translation>
            <numerusform>Reads %n archive: %1</numerusform>
            <numerusform>Reads %n archives: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::ScanResultsModel</name>
    <message numerus="yes">
        <location filename="../src/app/models/scanresultsmodel.cpp" line="59"/>
        <source>%n finding(s) in all, info notes included</source>
        <translation>
            <numerusform>%n finding in all, info notes included</numerusform>
            <numerusform>%n findings in all, info notes included</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::ScanView</name>
    <message numerus="yes">
        <location filename="../src/app/widgets/scanview.cpp" line="145"/>
        <source>Verifying %n selected account(s)…</source>
        <translation>
            <numerusform>Verifying %n selected account…</numerusform>
            <numerusform>Verifying %n selected accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/scanview.cpp" line="157"/>
        <source>Verified %n account(s)</source>
        <translation>
            <numerusform>Verified %n account</numerusform>
            <numerusform>Verified %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/scanview.cpp" line="158"/>
        <source>%n with problems.</source>
        <translation>
            <numerusform>%n with problems.</numerusform>
            <numerusform>%n with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/widgets/scanview.cpp" line="259"/>
        <source>%n account(s) listed</source>
        <translation>
            <numerusform>%n account listed</numerusform>
            <numerusform>%n accounts listed</numerusform>
        </translation>
    </message>
</context>
</TS>

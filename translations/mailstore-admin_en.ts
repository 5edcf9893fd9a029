<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Display</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found by the last scan</source>
        <translation>
            <numerusform>%n problem found by the last scan</numerusform>
            <numerusform>%n problems found by the last scan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::HostPage</name>
    <message numerus="yes">
        <source>&amp;Copy %n account name(s)</source>
        <translation>
            <numerusform>&amp;Copy %n account name</numerusform>
            <numerusform>&amp;Copy %n account names</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::JobsModel</name>
    <message numerus="yes">
        <source>%n account(s) checked</source>
        <translation>
            <numerusform>%n account checked</numerusform>
            <numerusform>%n accounts checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) rebuilt</source>
        <translation>
            <numerusform>%n mailbox rebuilt</numerusform>
            <numerusform>%n mailboxes rebuilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::MainWindow</name>
    <message numerus="yes">
        <source>&amp;Verify %n account(s)</source>
        <translation>
            <numerusform>&amp;Verify %n account</numerusform>
            <numerusform>&amp;Verify %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;build index of %n account(s)…</source>
        <translation>
            <numerusform>Re&amp;build index of %n account…</numerusform>
            <numerusform>Re&amp;build index of %n accounts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::RebuildDialog</name>
    <message numerus="yes">
        <source>Rebuild index of %n account(s)</source>
        <translation>
            <numerusform>Rebuild index of %n account</numerusform>
            <numerusform>Rebuild index of %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NEW</source>
        <translation>
            <numerusform>%n NEW</numerusform>
            <numerusform>%n NEW</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt %n mailbox(es).</source>
        <translation>
            <numerusform>Rebuilt %n mailbox.</numerusform>
            <numerusform>Rebuilt %n mailboxes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuilds %n mailbox(es).</source>
        <translation>
            <numerusform>Rebuilds %n mailbox.</numerusform>
            <numerusform>Rebuilds %n mailboxes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uidlist entry(s) without a message file are dropped.</source>
        <translation>
            <numerusform>%n uidlist entry without a message file is dropped.</numerusform>
            <numerusform>%n uidlist entries without a message file are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n index file(s) were moved to %1; nothing was deleted.</source>
        <translation>
            <numerusform>%n index file was moved to %1; nothing was deleted.</numerusform>
            <numerusform>%n index files were moved to %1; nothing was deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n index file(s) move to %1; nothing is deleted.</source>
        <translation>
            <numerusform>%n index file moves to %1; nothing is deleted.</numerusform>
            <numerusform>%n index files move to %1; nothing is deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) got a new dovecot-uidlist.</source>
        <translation>
            <numerusform>%n mailbox got a new dovecot-uidlist.</numerusform>
            <numerusform>%n mailboxes got a new dovecot-uidlist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) get a new dovecot-uidlist.</source>
        <translation>
            <numerusform>%n mailbox gets a new dovecot-uidlist.</numerusform>
            <numerusform>%n mailboxes get a new dovecot-uidlist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuild %n mailbox(es)</source>
        <translation>
            <numerusform>Rebuild %n mailbox</numerusform>
            <numerusform>Rebuild %n mailboxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailstore::app::ScanResultsModel</name>
    <message numerus="yes">
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
        <source>Verifying %n selected account(s)…</source>
        <translation>
            <numerusform>Verifying %n selected account…</numerusform>
            <numerusform>Verifying %n selected accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified %n account(s)</source>
        <translation>
            <numerusform>Verified %n account</numerusform>
            <numerusform>Verified %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems.</source>
        <translation>
            <numerusform>%n with problems.</numerusform>
            <numerusform>%n with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) listed</source>
        <translation>
            <numerusform>%n account listed</numerusform>
            <numerusform>%n accounts listed</numerusform>
        </translation>
    </message>
</context>
</TS>

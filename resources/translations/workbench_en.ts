<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchiveSearchDialog</name>
    <message numerus="yes">
        <source>%n fact-check(s) found.</source>
        <translation>
            <numerusform>%n fact-check found.</numerusform>
            <numerusform>%n fact-checks found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message numerus="yes">
        <source>%n earlier fact-check(s) found.</source>
        <translation>
            <numerusform>%n earlier fact-check found.</numerusform>
            <numerusform>%n earlier fact-checks found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed claim(s) added to your archive.</source>
        <translation>
            <numerusform>%n reviewed claim added to your archive.</numerusform>
            <numerusform>%n reviewed claims added to your archive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>%n change(s) from {other} will be taken</source>
        <translation>
            <numerusform>%n change from {other} will be taken</numerusform>
            <numerusform>%n changes from {other} will be taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) need your choice.</source>
        <translation>
            <numerusform>; %n conflict needs your choice.</numerusform>
            <numerusform>; %n conflicts need your choice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message numerus="yes">
        <source>{reviewed} of %n claim(s) reviewed</source>
        <translation>
            <numerusform>{reviewed} of %n claim reviewed</numerusform>
            <numerusform>{reviewed} of %n claims reviewed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamLive</name>
    <message numerus="yes">
        <source>%n change(s) kept, to be sent when it is back.</source>
        <translation>
            <numerusform>%n change kept, to be sent when it is back.</numerusform>
            <numerusform>%n changes kept, to be sent when it is back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionDiffDialog</name>
    <message numerus="yes">
        <source>Version {number} → {number2}: %n change(s)</source>
        <translation>
            <numerusform>Version {number} → {number2}: %n change</numerusform>
            <numerusform>Version {number} → {number2}: %n changes</numerusform>
        </translation>
    </message>
</context>
</TS>

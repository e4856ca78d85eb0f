<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnchorState</name>
    <message>
        <source>Exact</source>
        <extracomment>... or this similar when an end of it lies in an edit (the end is placed approximately) ... ... and a passage found by searching (not by following the diff) this similar. The context (prefix/suffix) must agree at least this much for a quote found elsewhere. ... and this much for a quote the diff lost (its passage was deleted or moved away). Characters of old context that, found right beside a searched passage, fix its end. A quote this long (characters) found exactly once is itself strong evidence. Between two candidate places, the better context must lead by this much, or neither is taken. A fragment shorter than this cannot locate a changed quote on its own. Words and punctuation with the white space after them: few distinct tokens are common, which keeps difflib fast (a bare space token would match everywhere). Each state&apos;s name as a reviewer reads it (translated where shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveSearchDialog</name>
    <message>
        <source>Search the archive of fact-checks</source>
        <extracomment>The dialog lists more than the panel: the reviewer is looking on purpose.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim, in any wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not searched: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a claim to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fact-check(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The earlier fact-check was attached as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <source>Article text</source>
        <extracomment>The longest quote read out for the current claim (a whole paragraph would drown it). Comfortable reading: about this many characters a line. (QPlainTextEdit, chosen for its layout speed, ignores block line heights, so spacing comes from the font and margins.)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>No claim selected. Select words and press Ctrl+Enter to add a claim.</source>
        <extracomment>How near (pixels) to the current claim&apos;s first or last letter a press grabs that edge. What assistive technology hears about the article while no claim is current.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article title</source>
        <extracomment>UTF-16 positions where each page of a paged (PDF) document begins. The user&apos;s preference: a drag snaps to whole words (Alt inverts it). The UTF-16 selection last dragged exact: claimed exactly as it stands. While an edge of the current claim is dragged: the span&apos;s other (fixed) end.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current claim, {label}: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attach a file to the evidence</source>
        <extracomment>Kinds of file handed to the system viewer directly; everything else is only saved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the attached file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>Checked before: rated &apos;{rating}&apos; {by}</source>
        <extracomment>Quiet time after the last change before the archive is asked. How many matches the panel lists.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>&lt;b&gt;Checked before&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked before status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive of past fact-checks is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim to see earlier fact-checks of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier fact-check(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed claim(s) added to your archive.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier fact-check matches this claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be searched: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Select a claim in the list or a highlight in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim in your words (else the quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Claim editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;laimant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (not in this project&apos;s scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Show claims with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists only the claims with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists only the claims whose words, evidence or rating contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>The claims of this article with their status; choosing one opens it in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add claim</source>
        <extracomment>An evidence attachment as the store keeps it: file name and bytes (None: no file).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust claim span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Merge {other_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from {other} will be taken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) need your choice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the merge makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} for {field} of {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a side for every conflict first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dd MMM yyyy</source>
        <extracomment>How a report or the window writes a day, and a day with its time (Qt date patterns, translated: each language orders them its own way).</extracomment>
        <translation>dd. MMM yyyy</translation>
    </message>
    <message>
        <source>dd MMM yyyy, HH:mm</source>
        <translation>dd. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsDialog</name>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Label and accessible name of each editable field, in the order shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025-10-22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must be a web address (http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles of this project; choosing one shows it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyProjectPage</name>
    <message>
        <source>This project has no articles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start by bringing in the article to check: import its file, or paste its text. Then select the words of a claim and press Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Fact-check Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. Your edits so far are saved in the project file. The details are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit evidence</source>
        <extracomment>QDateEdit cannot be empty; its minimum date stands for &quot;no date recorded&quot; (shown as text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage that bears on the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the source was accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance of the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt from the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attac&amp;h file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a screenshot, PDF or saved page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file attached</source>
        <extracomment>The attached file as it will be saved: (name, bytes) new, (&quot;&quot;, None) removed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must be a web address (http:// or https://) or a mailto: link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least a title, a URL or an excerpt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stance: does the source support or refute the claim, or give context?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>The sources for the current claim, with stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evidence link in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attached file as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or save the file attached to the evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder: add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} exists and will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <extracomment>The formats whose report can be previewed in the dialog. The formats a person reads, which take the report options.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include {value} claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the full article text, claims highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List articles without claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export formats are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {parent} in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Article</source>
        <extracomment>Gestures that are not menu actions, so the menus cannot list them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag over words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects whole words (a drag may start mid-word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects exactly the characters dragged over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the current claim&apos;s first or last letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves that edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift + arrows, Ctrl + Shift + arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / Shift + Enter / Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match / previous / close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit / remove the selected evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse and text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <extracomment>How long a job runs before its progress dialog appears: quick jobs never flash one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you are sure the other program has stopped: their unsaved lock is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over only if the other program has really stopped (for example after a crash); otherwise your changes and theirs would overwrite each other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Review progress</source>
        <extracomment>Set while a team project is open (see ``ui/team_live.py``); True: handled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive was not updated: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive of past fact-checks is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <source>Earlier fact-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the verdict &apos;{rating}&apos; ({publisher}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file_name}” is protected by a password. Enter it to import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password did not open the file. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up reading a PDF after:</source>
        <extracomment>Each import limit: its setting, label, accessible name, allowed range and unit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory a PDF may use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF page limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on every change you make. Empty: your account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selection dragged in the article grows to the words it touches. Hold Alt while dragging to do the opposite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast: white text on black (or black on white), strong focus frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontrast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Importing files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <source>Line {number}: write a rating as &apos;Label = number&apos;, then &apos;: meaning&apos; if any.</source>
        <extracomment>&quot;Label = value&quot;, then optionally &quot;: meaning&quot;. The label is the shortest text before an &quot;= number&quot; that ends the line or is followed by the colon, so a label may hold &quot;=&quot; and a meaning may hold anything.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: &apos;{value}&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Projekteinstellungen</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk that publishes the fact-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One rating a line, best first: &apos;Label = number: what it means&apos;. The meanings are printed in every report&apos;s &quot;How we rate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best rating value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst rating value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Best value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;orst value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>The message through which a catalogue states its writing direction, as Qt&apos;s own do.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>True</source>
        <extracomment>Not part of equality: two scales with the same labels and values rate alike, whatever the wording (a report falls back to the default scale&apos;s meaning for a label it defines and the project leaves without one). A common seven-step scale (as used by AAP FactCheck); 7 is best, 1 worst. &quot;Misleading&quot; and &quot;Unproven&quot; sit in the middle: they say the claim is not simply true.</extracomment>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>The claim is accurate; nothing significant is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Größtenteils wahr</translation>
    </message>
    <message>
        <source>The claim is accurate but needs clarification or additional information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixture</source>
        <translation>Teils, teils</translation>
    </message>
    <message>
        <source>The claim has significant elements of both truth and falsity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Größtenteils falsch</translation>
    </message>
    <message>
        <source>The claim has an element of truth but ignores facts that would give a different impression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>The claim is inaccurate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Irreführend</translation>
    </message>
    <message>
        <source>The claim uses accurate facts in a way that gives a false impression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>Unbelegt</translation>
    </message>
    <message>
        <source>There is not enough evidence available to support or refute the claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Checked against the evidence listed: the claim holds.</source>
        <extracomment>The report&apos;s title when neither the project nor an article has one. The title the store gives an article imported without one: no title for a report. What each status means, stated in the report&apos;s scale section.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence listed contradicts the claim, in whole or in part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk could not confirm or refute the claim with the evidence available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet checked by the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 claims (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 claims reviewed (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact-check review</source>
        <translation>Faktencheck</translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we rate</source>
        <translation>Wie wir bewerten</translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Fact-check Workbench, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims are in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims have been marked in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdicts have been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Verdicts on claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reviewed what</source>
        <translation>Wer was geprüft hat</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact-check review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Start a word &amp;earlier</source>
        <extracomment>The Adjust span submenu: (step name in ReviewController.SPAN_STEPS, text, shortcut).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a word &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a word ea&amp;rlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a word la&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add claim (e&amp;xact selection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim exactly the selected characters, not whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust &amp;span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only; the details were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Select the words of a claim in the article first.</source>
        <extracomment>How each span-adjusting step moves which edge: (edge, word step) by name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add claim marked {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim cannot be made shorter or longer that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;{name}&apos; is not in this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project settings changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerWidget</name>
    <message>
        <source>The name recorded on your changes. Click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: {name}. Activate to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Fact-check projects (*.factcheck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has not been saved anywhere yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it to keep your claims, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{title}” from the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %n claim(s) and their evidence go with it. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a compact copy of this project to send to a colleague. They can review it and send it back, and you can merge their copy with File &gt; Merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include the imported files ({megabytes:.1f} MB): PDFs, web pages, documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact-check projects (*.factcheck)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>This project is open read-only; nothing can be merged into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to merge: this project already holds {name}&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged. {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {name}: %n change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %n conflict(s) settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Supports</source>
        <translation>Stützt</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
</context>
<context>
    <name>StartButtons</name>
    <message>
        <source>&amp;Import an article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF, a saved web page, a Word document or a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the article&apos;s text first, then press here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Nicht überprüfbar</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>Mark the claim {value} ({shortcut})</source>
        <extracomment>Workflow order: the three outcomes first, &quot;unreviewed&quot; (the way back) last.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamLive</name>
    <message>
        <source>Who is on this article</source>
        <extracomment>How often the window renews its lease and re-reads who else is on the article.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on this article: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a copy to work &amp;offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync with the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its team project: {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took a copy into {name}; open it to work offline, then Sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <extracomment>Longest file name proposed from a title, before &quot;.factcheck&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Something went wrong while {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>Open a document first: a new version is of one document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDiffDialog</name>
    <message>
        <source>What changed: {title}</source>
        <extracomment>How deleted and inserted passages are marked (readable in light and dark themes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version {number} → {number2}: %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsQueue</name>
    <message>
        <source>Claims to review after a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old and new quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep against the old version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach to the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing left to review.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}, score {anchor_score:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the claim&apos;s words in the article first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Mark the claims in an article, check them, keep the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The object names of the File, Edit, Claim and Help menus, in menu-bar order.</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Behauptung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import article…</source>
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <source>Import new &amp;version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What c&amp;hanged…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims to re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Merge a colleague&apos;s copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Undo your last change to the project (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change you undid (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find words in the article (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Rückwärts s&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject settings…</source>
        <translation>Pro&amp;jekteinstellungen…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Add claim</source>
        <translation>Behauptung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected words as a claim (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the current claim&apos;s status to {label} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next claim</source>
        <translation>&amp;Nächste Behauptung</translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation>&amp;Vorherige Behauptung</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>Behauptung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Search the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} {version}
Check the claims in an article, offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

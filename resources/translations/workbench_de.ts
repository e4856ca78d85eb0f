<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnchorState</name>
    <message>
        <source>Exact</source>
        <extracomment>Each state&apos;s name as a reviewer reads it (translated where shown).</extracomment>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>The archive was not updated: {err}</source>
        <translation>Das Archiv wurde nicht aktualisiert: {err}</translation>
    </message>
    <message>
        <source>The archive of past fact-checks is not available.</source>
        <translation>Das Archiv früherer Faktenchecks ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ArchiveSearchDialog</name>
    <message>
        <source>Search the archive of fact-checks</source>
        <extracomment>The dialog lists more than the panel: the reviewer is looking on purpose.</extracomment>
        <translation>Archiv der Faktenchecks durchsuchen</translation>
    </message>
    <message>
        <source>A claim, in any wording</source>
        <translation>Eine Behauptung, beliebig formuliert</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Archiv durchsuchen</translation>
    </message>
    <message>
        <source>Not searched: {reason}</source>
        <translation>Nicht gesucht: {reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Type a claim to search for.</source>
        <translation>Geben Sie eine Behauptung ein, nach der gesucht werden soll.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message numerus="yes">
        <source>%n fact-check(s) found.</source>
        <translation>
            <numerusform>%n Faktencheck gefunden.</numerusform>
            <numerusform>%n Faktenchecks gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earlier fact-check was attached as evidence.</source>
        <translation>Der frühere Faktencheck wurde als Beleg angehängt.</translation>
    </message>
</context>
<context>
    <name>ArchivedCopyViewer</name>
    <message>
        <source>Archived copy: {0}</source>
        <extracomment>Pages of a web archive listed in the details (the rest are counted).</extracomment>
        <translation>Archivkopie: {0}</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} Bytes</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Captured:</source>
        <translation>Erfasst:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Aufbewahrt:</translation>
    </message>
    <message>
        <source>Main page:</source>
        <translation>Hauptseite:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Digests:</source>
        <translation>Prüfsummen:</translation>
    </message>
    <message>
        <source>{0} declared digest(s) recomputed: all match</source>
        <translation>{0} angegebene Prüfsumme(n) neu berechnet: alle stimmen überein</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>(No text could be read.)</source>
        <translation>(Es konnte kein Text gelesen werden.)</translation>
    </message>
    <message>
        <source>Archived page text</source>
        <translation>Text der archivierten Seite</translation>
    </message>
    <message>
        <source>Archived picture</source>
        <translation>Archiviertes Bild</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <source>Article text</source>
        <extracomment>Comfortable reading: about this many characters a line. (QPlainTextEdit, chosen for its layout speed, ignores block line heights, so spacing comes from the font and margins.)</extracomment>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>p. {0}</source>
        <extracomment>UTF-16 positions where each page of a paged (PDF) document begins. The user&apos;s preference: a drag snaps to whole words (Alt inverts it). The UTF-16 selection last dragged exact: claimed exactly as it stands. While an edge of the current claim is dragged: the span&apos;s other (fixed) end.</extracomment>
        <translation>S. {0}</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>No claim selected. Select words and press Ctrl+Enter to add a claim.</source>
        <extracomment>How near (pixels) to the current claim&apos;s first or last letter a press grabs that edge. What assistive technology hears about the article while no claim is current.</extracomment>
        <translation>Keine Behauptung ausgewählt. Markieren Sie Wörter und drücken Sie Strg+Eingabe, um eine Behauptung hinzuzufügen.</translation>
    </message>
    <message>
        <source>Article title</source>
        <extracomment>The longest quote read out for the current claim (a whole paragraph would drown it).</extracomment>
        <translation>Artikeltitel</translation>
    </message>
    <message>
        <source>Current claim, {label}: “{quote}”</source>
        <translation>Aktuelle Behauptung, {label}: „{quote}“</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attach a file to the evidence</source>
        <extracomment>Kinds of file handed to the system viewer directly; everything else is only saved.</extracomment>
        <translation>Datei an den Beleg anhängen</translation>
    </message>
    <message>
        <source>Screenshots, PDFs and saved pages</source>
        <translation>Bildschirmfotos, PDFs und gespeicherte Seiten</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Save the attached file</source>
        <translation>Angehängte Datei speichern</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size} MB; attachments are limited to {limit} MB.</source>
        <translation>„{name}“ ist {size} MB groß; Anhänge sind auf {limit} MB begrenzt.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read: {reason}.</source>
        <translation>„{name}“ kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written: {reason}.</source>
        <translation>„{name}“ kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a picture or a PDF, so it is not opened from here: save it and open it yourself if you trust it.</source>
        <translation>„{name}“ ist weder ein Bild noch eine PDF-Datei und wird daher nicht von hier geöffnet: Speichern Sie die Datei und öffnen Sie sie selbst, wenn Sie ihr vertrauen.</translation>
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>Checked before: rated &apos;{rating}&apos; {by}</source>
        <extracomment>How many matches the panel lists.</extracomment>
        <translation>Bereits geprüft: bewertet mit „{rating}“ {by}</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>keine Bewertung</translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>&lt;b&gt;Checked before&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bereits geprüft&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checked before status</source>
        <translation>Status „Bereits geprüft“</translation>
    </message>
    <message>
        <source>The archive of past fact-checks is not available.</source>
        <translation>Das Archiv früherer Faktenchecks ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Select a claim to see earlier fact-checks of it.</source>
        <translation>Wählen Sie eine Behauptung, um frühere Faktenchecks dazu zu sehen.</translation>
    </message>
    <message>
        <source>Searching the archive…</source>
        <translation>Archiv wird durchsucht…</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier fact-check(s) found.</source>
        <translation>
            <numerusform>%n früherer Faktencheck gefunden.</numerusform>
            <numerusform>%n frühere Faktenchecks gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed claim(s) added to your archive.</source>
        <translation>
            <numerusform>%n geprüfte Behauptung zu Ihrem Archiv hinzugefügt.</numerusform>
            <numerusform>%n geprüfte Behauptungen zu Ihrem Archiv hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier fact-check matches this claim.</source>
        <translation>Kein früherer Faktencheck passt zu dieser Behauptung.</translation>
    </message>
    <message>
        <source>The archive could not be searched: {reason}</source>
        <translation>Das Archiv konnte nicht durchsucht werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Select a claim in the list or a highlight in the article.</source>
        <translation>Wählen Sie eine Behauptung in der Liste oder eine Markierung im Artikel.</translation>
    </message>
    <message>
        <source>The claim in your words (else the quote)</source>
        <translation>In eigenen Worten (sonst das Zitat)</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>Wer die Behauptung aufgestellt hat</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Claim editor</source>
        <translation>Behauptungseditor</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Zitat:</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>C&amp;laimant:</source>
        <translation>&amp;Urheber:</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Claim fields</source>
        <translation>Felder der Behauptung</translation>
    </message>
    <message>
        <source>(no rating)</source>
        <translation>(keine Bewertung)</translation>
    </message>
    <message>
        <source>{label} (not in this project&apos;s scale)</source>
        <translation>{label} (nicht in der Skala dieses Projekts)</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Show claims with status</source>
        <translation>Behauptungen mit Status anzeigen</translation>
    </message>
    <message>
        <source>Lists only the claims with this status</source>
        <translation>Listet nur die Behauptungen mit diesem Status auf</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Behauptungen durchsuchen</translation>
    </message>
    <message>
        <source>Lists only the claims whose words, evidence or rating contain this text</source>
        <translation>Listet nur die Behauptungen, deren Wortlaut, Belege oder Bewertung diesen Text enthalten</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>The claims of this article with their status; choosing one opens it in the editor</source>
        <translation>Die Behauptungen dieses Artikels mit ihrem Status; eine Auswahl öffnet sie im Editor</translation>
    </message>
    <message>
        <source>No matching claims</source>
        <translation>Keine passenden Behauptungen</translation>
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
        <translation>Behauptung hinzufügen</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Behauptung löschen</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Beleg bearbeiten</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>Projekteinstellungen ändern</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Dokument entfernen</translation>
    </message>
    <message>
        <source>Adjust claim span</source>
        <translation>Umfang der Behauptung anpassen</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>Dokumentdetails bearbeiten</translation>
    </message>
    <message>
        <source>Add archived copy</source>
        <translation>Archivkopie hinzufügen</translation>
    </message>
    <message>
        <source>Remove archived copy</source>
        <translation>Archivkopie entfernen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>The words of a delete/edit conflict, which core writes in English for the command line.</extracomment>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>edited its evidence</source>
        <translation>Belege bearbeitet</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Merge {other_name}</source>
        <translation>{other_name} zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from {other} will be taken</source>
        <translation>
            <numerusform>%n Änderung aus {other} wird übernommen</numerusform>
            <numerusform>%n Änderungen aus {other} werden übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) need your choice.</source>
        <translation>
            <numerusform>; %n Konflikt braucht Ihre Entscheidung.</numerusform>
            <numerusform>; %n Konflikte brauchen Ihre Entscheidung.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Changes the merge makes</source>
        <translation>Änderungen durch die Zusammenführung</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Alle &amp;meine behalten</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Alle &amp;fremden übernehmen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Fremde</translation>
    </message>
    <message>
        <source>{value} for {field} of {label}</source>
        <translation>{value} für {field} von {label}</translation>
    </message>
    <message>
        <source>Conflicting changes</source>
        <translation>Widersprüchliche Änderungen</translation>
    </message>
    <message>
        <source>Choose a side for every conflict first.</source>
        <translation>Wählen Sie zuerst für jeden Konflikt eine Seite.</translation>
    </message>
</context>
<context>
    <name>CopiesController</name>
    <message>
        <source>Reading {0}</source>
        <translation>{0} wird gelesen</translation>
    </message>
    <message>
        <source>Keep a large file?</source>
        <translation>Große Datei behalten?</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is {1}. Kept in the project, it makes the file that much larger for everyone it is sent to. Keep it anyway?</source>
        <translation>„{0}“ ist {1} groß. Im Projekt behalten, macht sie die Projektdatei für alle, denen sie geschickt wird, um so viel größer. Trotzdem behalten?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>reading &apos;{0}&apos;</source>
        <translation>„{0}“ gelesen wurde</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Archived copies</source>
        <translation>Archivkopien</translation>
    </message>
    <message>
        <source>Files kept with the selected evidence: web archives, pages, PDFs, pictures</source>
        <translation>Dateien, die mit dem ausgewählten Beleg aufbewahrt werden: Webarchive, Seiten, PDFs, Bilder</translation>
    </message>
    <message>
        <source>Add archived cop&amp;y…</source>
        <translation>Archivko&amp;pie hinzufügen…</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>An&amp;sehen</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Ko&amp;pie speichern…</translation>
    </message>
    <message>
        <source>Remove cop&amp;y</source>
        <translation>Ko&amp;pie entfernen</translation>
    </message>
    <message>
        <source>Add an archived copy to the evidence</source>
        <translation>Dem Beleg eine Archivkopie hinzufügen</translation>
    </message>
    <message>
        <source>View the archived copy</source>
        <translation>Archivkopie ansehen</translation>
    </message>
    <message>
        <source>Save the archived copy as a file</source>
        <translation>Archivkopie als Datei speichern</translation>
    </message>
    <message>
        <source>Remove the archived copy</source>
        <translation>Archivkopie entfernen</translation>
    </message>
    <message>
        <source>Archived copies of the selected evidence</source>
        <translation>Archivkopien des ausgewählten Belegs</translation>
    </message>
    <message>
        <source>Add an archived copy</source>
        <translation>Archivkopie hinzufügen</translation>
    </message>
    <message>
        <source>Web archives, pages, PDFs and pictures (*.wacz *.warc *.warc.gz *.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Webarchive, Seiten, PDFs und Bilder (*.wacz *.warc *.warc.gz *.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.gif *.webp);;Alle Dateien (*)</translation>
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
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Dokumenttitel</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Herausgeber:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Web address of the article</source>
        <translation>Webadresse des Artikels</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Dokumentdetails</translation>
    </message>
    <message>
        <source>e.g. 2025-10-22</source>
        <translation>z. B. 2025-10-22</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>The URL must be a web address (http:// or https://).</source>
        <translation>Die URL muss eine Webadresse sein (http:// oder https://).</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>{count} character(s)</source>
        <translation>{count} Zeichen</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source>Read by:</source>
        <translation>Gelesen mit:</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>The articles of this project; choosing one shows it</source>
        <translation>Die Artikel dieses Projekts; eine Auswahl zeigt ihn an</translation>
    </message>
</context>
<context>
    <name>EmptyProjectPage</name>
    <message>
        <source>This project has no articles yet</source>
        <translation>Dieses Projekt hat noch keine Artikel</translation>
    </message>
    <message>
        <source>Start by bringing in the article to check: import its file, or paste its text. Then select the words of a claim and press Ctrl+Enter.</source>
        <translation>Holen Sie zuerst den zu prüfenden Artikel herein: Importieren Sie die Datei oder fügen Sie den Text ein. Markieren Sie dann die Wörter einer Behauptung und drücken Sie Strg+Eingabe.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Fact-check Workbench</source>
        <translation>Fact-check Workbench</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. Your edits so far are saved in the project file. The details are in {path}.</source>
        <translation>Etwas ist schiefgegangen. Ihre bisherigen Änderungen sind in der Projektdatei gespeichert. Die Details stehen in {path}.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit evidence</source>
        <extracomment>QDateEdit cannot be empty; its minimum date stands for &quot;no date recorded&quot; (shown as text).</extracomment>
        <translation>Beleg bearbeiten</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The passage that bears on the claim</source>
        <translation>Die Passage, die die Behauptung betrifft</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Evidence title</source>
        <translation>Titel des Belegs</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL des Belegs</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Herausgeber:</translation>
    </message>
    <message>
        <source>Evidence publisher</source>
        <translation>Herausgeber des Belegs</translation>
    </message>
    <message>
        <source>&amp;Accessed:</source>
        <translation>&amp;Abgerufen:</translation>
    </message>
    <message>
        <source>Date the source was accessed</source>
        <translation>Datum, an dem die Quelle abgerufen wurde</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Haltung:</translation>
    </message>
    <message>
        <source>Stance of the evidence</source>
        <translation>Haltung des Belegs</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>Aus&amp;zug:</translation>
    </message>
    <message>
        <source>Excerpt from the source</source>
        <translation>Auszug aus der Quelle</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Note on the evidence</source>
        <translation>Notiz zum Beleg</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Angehängte Datei</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Accessed today</source>
        <translation>Heute abgerufen</translation>
    </message>
    <message>
        <source>Attac&amp;h file…</source>
        <translation>Datei &amp;anhängen…</translation>
    </message>
    <message>
        <source>Attach a screenshot, PDF or saved page</source>
        <translation>Bildschirmfoto, PDF oder gespeicherte Seite anhängen</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>Datei ent&amp;fernen</translation>
    </message>
    <message>
        <source>No file attached</source>
        <extracomment>The attached file as it will be saved: (name, bytes) new, (&quot;&quot;, None) removed.</extracomment>
        <translation>Keine Datei angehängt</translation>
    </message>
    <message>
        <source>The URL must be a web address (http:// or https://) or a mailto: link.</source>
        <translation>Die URL muss eine Webadresse (http:// oder https://) oder ein mailto:-Link sein.</translation>
    </message>
    <message>
        <source>Give at least a title, a URL or an excerpt.</source>
        <translation>Geben Sie mindestens einen Titel, eine URL oder einen Auszug an.</translation>
    </message>
    <message>
        <source>Choose a stance: does the source support or refute the claim, or give context?</source>
        <translation>Wählen Sie eine Haltung: Stützt oder widerlegt die Quelle die Behauptung, oder liefert sie Kontext?</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attached file: {name}</source>
        <translation>Angehängte Datei: {name}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>The evidence whose archived copies to show (its id, or None), after every change of selection or of the list.</extracomment>
        <translation>Belege</translation>
    </message>
    <message>
        <source>The sources for the current claim, with stance</source>
        <translation>Die Quellen zur aktuellen Behauptung, mit Haltung</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearb&amp;eiten…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>Link ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <extracomment>The selected evidence&apos;s archived copies (filled by the window&apos;s controller).</extracomment>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Beleg bearbeiten</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <source>Open evidence link in the browser</source>
        <translation>Link des Belegs im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open attached file</source>
        <translation>Angehängte Datei öffnen</translation>
    </message>
    <message>
        <source>Save attached file as…</source>
        <translation>Angehängte Datei speichern unter…</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Angehängte Datei</translation>
    </message>
    <message>
        <source>Open or save the file attached to the evidence</source>
        <translation>Die an den Beleg angehängte Datei öffnen oder speichern</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose where to save the export.</source>
        <extracomment>HTML only: write a zip of the report and the archived copies it cites.</extracomment>
        <translation>Wählen Sie, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder: add a file name.</source>
        <translation>{path} ist ein Ordner: Fügen Sie einen Dateinamen hinzu.</translation>
    </message>
    <message>
        <source>{name} exists and will be replaced.</source>
        <translation>{name} existiert und wird ersetzt.</translation>
    </message>
    <message>
        <source>Export report</source>
        <extracomment>The formats whose report can be previewed in the dialog. The formats a person reads, which take the report options.</extracomment>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Claims from:</source>
        <translation>Behauptungen aus:</translation>
    </message>
    <message>
        <source>With status:</source>
        <translation>Mit Status:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern in:</translation>
    </message>
    <message>
        <source>This document: {title}</source>
        <translation>Dieses Dokument: {title}</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Dieses Dokument</translation>
    </message>
    <message>
        <source>All documents ({count})</source>
        <translation>Alle Dokumente ({count})</translation>
    </message>
    <message>
        <source>Include {value} claims</source>
        <translation>Behauptungen mit Status „{value}“ einschließen</translation>
    </message>
    <message>
        <source>Add the full article text, claims highlighted</source>
        <translation>Den vollständigen Artikeltext mit markierten Behauptungen hinzufügen</translation>
    </message>
    <message>
        <source>List articles without claims</source>
        <translation>Artikel ohne Behauptungen auflisten</translation>
    </message>
    <message>
        <source>Put the archived copies beside the report (writes a .zip)</source>
        <translation>Archivkopien neben den Bericht legen (schreibt eine .zip-Datei)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>No export formats are available.</source>
        <translation>Es sind keine Exportformate verfügbar.</translation>
    </message>
    <message>
        <source>Tick at least one status.</source>
        <translation>Kreuzen Sie mindestens einen Status an.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <extracomment>A renderer: the snapshot and the report options in, the file&apos;s bytes out.</extracomment>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Markdown-Bericht</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Project as JSON</source>
        <translation>Projekt als JSON</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD</source>
        <translation>ClaimReview JSON-LD</translation>
    </message>
    <message>
        <source>Web Annotations (JSON-LD)</source>
        <translation>Web-Annotationen (JSON-LD)</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Last export</source>
        <translation>Letzter Export</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>{name} öffnen</translation>
    </message>
    <message>
        <source>Show {parent} in the file manager</source>
        <translation>{parent} im Dateimanager zeigen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Article</source>
        <extracomment>Gestures that are not menu actions, so the menus cannot list them.</extracomment>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Drag over words</source>
        <translation>Über Wörter ziehen</translation>
    </message>
    <message>
        <source>Selects whole words (a drag may start mid-word)</source>
        <translation>Wählt ganze Wörter aus (das Ziehen darf mitten im Wort beginnen)</translation>
    </message>
    <message>
        <source>Alt + drag</source>
        <translation>Alt + Ziehen</translation>
    </message>
    <message>
        <source>Selects exactly the characters dragged over</source>
        <translation>Wählt genau die überstrichenen Zeichen aus</translation>
    </message>
    <message>
        <source>Drag the current claim&apos;s first or last letter</source>
        <translation>Ersten oder letzten Buchstaben der aktuellen Behauptung ziehen</translation>
    </message>
    <message>
        <source>Moves that edge</source>
        <translation>Verschiebt diesen Rand</translation>
    </message>
    <message>
        <source>Shift + arrows, Ctrl + Shift + arrows</source>
        <translation>Umschalt + Pfeiltasten, Strg + Umschalt + Pfeiltasten</translation>
    </message>
    <message>
        <source>Select by keyboard</source>
        <translation>Mit der Tastatur auswählen</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <source>Enter / Shift + Enter / Escape</source>
        <translation>Eingabe / Umschalt + Eingabe / Esc</translation>
    </message>
    <message>
        <source>Next match / previous / close</source>
        <translation>Nächster Treffer / vorheriger / schließen</translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation>Belegliste</translation>
    </message>
    <message>
        <source>Enter / Delete</source>
        <translation>Eingabe / Entf</translation>
    </message>
    <message>
        <source>Edit / remove the selected evidence</source>
        <translation>Ausgewählten Beleg bearbeiten / entfernen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Bewirkt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Mouse and text</source>
        <translation>Maus und Text</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <extracomment>How long a job runs before its progress dialog appears: quick jobs never flash one.</extracomment>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <source>Score</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <source>File in use</source>
        <translation>Datei in Verwendung</translation>
    </message>
    <message>
        <source>Who holds the file</source>
        <translation>Wer die Datei geöffnet hat</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Only if you are sure the other program has stopped: their unsaved lock is removed.</source>
        <translation>Nur wenn Sie sicher sind, dass das andere Programm beendet ist: Seine Sperre wird entfernt.</translation>
    </message>
    <message>
        <source>Take over only if the other program has really stopped (for example after a crash); otherwise your changes and theirs would overwrite each other.</source>
        <translation>Übernehmen Sie nur, wenn das andere Programm wirklich beendet ist (zum Beispiel nach einem Absturz); sonst würden Ihre und dessen Änderungen einander überschreiben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Review progress</source>
        <extracomment>Set while a team project is open (see ``ui/team_live.py``); True: handled.</extracomment>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <source>{name} is open read-only: you can read and export it, but not change it.</source>
        <translation>{name} ist schreibgeschützt geöffnet: Sie können es lesen und exportieren, aber nicht ändern.</translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation>eine Änderung gespeichert wurde</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <source>Earlier fact-checks</source>
        <translation>Frühere Faktenchecks</translation>
    </message>
    <message>
        <source>&amp;Attach as evidence</source>
        <translation>Als Beleg &amp;anhängen</translation>
    </message>
    <message>
        <source>Cop&amp;y verdict</source>
        <translation>Urteil &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied the verdict &apos;{rating}&apos; ({publisher}).</source>
        <translation>Urteil „{rating}“ kopiert ({publisher}).</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>Archiv</translation>
    </message>
</context>
<context>
    <name>MergeSummary</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>+ version {number} of document {document} (their version {theirs}: both copies imported a different new text, so theirs now follows mine)</source>
        <translation>+ Version {number} von Dokument {document} (ihre Version {theirs}: beide Kopien haben einen anderen neuen Text importiert, daher folgt ihre jetzt auf meine)</translation>
    </message>
    <message>
        <source>+ version {number} of document {document}</source>
        <translation>+ Version {number} von Dokument {document}</translation>
    </message>
    <message>
        <source>~ document &apos;{name}&apos;: {fields}</source>
        <translation>~ Dokument „{name}“: {fields}</translation>
    </message>
    <message>
        <source>+ claim &apos;{quote}&apos; ({status})</source>
        <translation>+ Aussage „{quote}“ ({status})</translation>
    </message>
    <message>
        <source>~ claim &apos;{name}&apos;: {changes} ({by})</source>
        <translation>~ Aussage „{name}“: {changes} ({by})</translation>
    </message>
    <message>
        <source>- claim &apos;{name}&apos;</source>
        <translation>- Aussage „{name}“</translation>
    </message>
    <message>
        <source>+ evidence &apos;{title}&apos;</source>
        <translation>+ Beleg „{title}“</translation>
    </message>
    <message>
        <source>~ evidence &apos;{name}&apos;: {fields}</source>
        <translation>~ Beleg „{name}“: {fields}</translation>
    </message>
    <message>
        <source>~ evidence &apos;{name}&apos;: attached file</source>
        <translation>~ Beleg „{name}“: angehängte Datei</translation>
    </message>
    <message>
        <source>- evidence &apos;{name}&apos;</source>
        <translation>- Beleg „{name}“</translation>
    </message>
    <message>
        <source>+ archived copy &apos;{name}&apos; ({hash})</source>
        <translation>+ archivierte Kopie „{name}“ ({hash})</translation>
    </message>
    <message>
        <source>- archived copy &apos;{name}&apos;</source>
        <translation>- archivierte Kopie „{name}“</translation>
    </message>
    <message>
        <source>+ document &apos;{title}&apos;</source>
        <translation>+ Dokument „{title}“</translation>
    </message>
    <message>
        <source>= document matched by its text: {theirs} -&gt; {mine}</source>
        <translation>= Dokument anhand seines Textes zugeordnet: {theirs} -&gt; {mine}</translation>
    </message>
    <message>
        <source>! conflict on {entity} &apos;{label}&apos;, {field}: mine {mine} ({mine_by}) vs theirs {theirs} ({theirs_by})</source>
        <translation>! Konflikt bei {entity} „{label}“, {field}: meins {mine} ({mine_by}) gegen ihres {theirs} ({theirs_by})</translation>
    </message>
    <message>
        <source>~ version {old} of document &apos;{title}&apos; is now version {new}: the team server has another text under that number, and the server&apos;s versions keep their numbers</source>
        <extracomment>{old} and {new} are version numbers, {title} the document&apos;s title.</extracomment>
        <translation>~ Version {old} von Dokument „{title}“ ist jetzt Version {new}: Der Team-Server hat unter dieser Nummer einen anderen Text, und die Versionen des Servers behalten ihre Nummern</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password needed</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <source>“{file_name}” is protected by a password. Enter it to import the file.</source>
        <translation>„{file_name}“ ist passwortgeschützt. Geben Sie das Passwort ein, um die Datei zu importieren.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation>Passwort &amp;anzeigen</translation>
    </message>
    <message>
        <source>That password did not open the file. Try again.</source>
        <translation>Mit diesem Passwort ließ sich die Datei nicht öffnen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system setting</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Standardfarben</translation>
    </message>
    <message>
        <source>Give up reading a PDF after:</source>
        <extracomment>Each import limit: its setting, label, accessible name, allowed range and unit.</extracomment>
        <translation>PDF-Lesen abbrechen nach:</translation>
    </message>
    <message>
        <source>PDF time limit</source>
        <translation>Zeitlimit für PDFs</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Memory a PDF may use:</source>
        <translation>Speicher pro PDF:</translation>
    </message>
    <message>
        <source>PDF memory limit</source>
        <translation>Speicherlimit für PDFs</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest PDF:</source>
        <translation>Größte PDF-Datei:</translation>
    </message>
    <message>
        <source>PDF page limit</source>
        <translation>Seitenlimit für PDFs</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> Seiten</translation>
    </message>
    <message>
        <source>Largest file to import:</source>
        <translation>Größte zu importierende Datei:</translation>
    </message>
    <message>
        <source>Import size limit</source>
        <translation>Größenlimit für Importe</translation>
    </message>
    <message>
        <source>Ask before keeping an archived copy over:</source>
        <translation>Nachfragen, bevor eine Archivkopie behalten wird, ab:</translation>
    </message>
    <message>
        <source>Archived copy size to ask about</source>
        <translation>Größe einer Archivkopie, ab der nachgefragt wird</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Name des Prüfers</translation>
    </message>
    <message>
        <source>Recorded on every change you make. Empty: your account&apos;s name.</source>
        <translation>Wird bei jeder Ihrer Änderungen vermerkt. Leer: der Name Ihres Benutzerkontos.</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>Auswahl auf ganze &amp;Wörter erweitern</translation>
    </message>
    <message>
        <source>A selection dragged in the article grows to the words it touches. Hold Alt while dragging to do the opposite.</source>
        <translation>Eine im Artikel gezogene Auswahl wächst auf die berührten Wörter. Halten Sie beim Ziehen Alt gedrückt, um das Gegenteil zu bewirken.</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>High contrast: white text on black (or black on white), strong focus frames</source>
        <translation>Hoher Kontrast: weißer Text auf Schwarz (oder schwarz auf Weiß), kräftige Fokusrahmen</translation>
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
        <translation>Die Sprache des Fensters; sie ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Name des Prüfers:</translation>
    </message>
    <message>
        <source>C&amp;ontrast:</source>
        <translation>&amp;Kontrast:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Importing files</source>
        <translation>Dateien importieren</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation>Vorschau: {title}</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {strerror}.</source>
        <translation>„{name}“ kann nicht geöffnet werden: {strerror}.</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <source>Line {number}: write a rating as &apos;Label = number&apos;, then &apos;: meaning&apos; if any.</source>
        <extracomment>&quot;Label = value&quot;, then optionally &quot;: meaning&quot;. The label is the shortest text before an &quot;= number&quot; that ends the line or is followed by the colon, so a label may hold &quot;=&quot; and a meaning may hold anything.</extracomment>
        <translation>Zeile {number}: Schreiben Sie eine Bewertung als „Bezeichnung = Zahl“, dann ggf. „: Bedeutung“.</translation>
    </message>
    <message>
        <source>Line {number}: &apos;{value}&apos; is not a whole number.</source>
        <translation>Zeile {number}: „{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Projekteinstellungen</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Projekttitel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The desk that publishes the fact-checks</source>
        <translation>Die Redaktion, die die Faktenchecks veröffentlicht</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Webadresse der Organisation</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Bewertungsskala</translation>
    </message>
    <message>
        <source>One rating a line, best first: &apos;Label = number: what it means&apos;. The meanings are printed in every report&apos;s &quot;How we rate&quot;.</source>
        <translation>Eine Bewertung pro Zeile, die beste zuerst: „Bezeichnung = Zahl: Bedeutung“. Die Bedeutungen erscheinen in jedem Bericht unter „Wie wir bewerten“.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Sprache der Berichte</translation>
    </message>
    <message>
        <source>The language every report of this project is written in</source>
        <translation>Die Sprache, in der jeder Bericht dieses Projekts verfasst wird</translation>
    </message>
    <message>
        <source>Best rating value</source>
        <translation>Wert der besten Bewertung</translation>
    </message>
    <message>
        <source>Worst rating value</source>
        <translation>Wert der schlechtesten Bewertung</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>&amp;Rating scale:</source>
        <translation>&amp;Bewertungsskala:</translation>
    </message>
    <message>
        <source>&amp;Best value:</source>
        <translation>Bester &amp;Wert:</translation>
    </message>
    <message>
        <source>W&amp;orst value:</source>
        <translation>Schlechtester W&amp;ert:</translation>
    </message>
    <message>
        <source>Re&amp;ports in:</source>
        <translation>&amp;Berichte auf:</translation>
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
        <translation>Die Behauptung ist zutreffend; nichts Wesentliches fehlt.</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Größtenteils wahr</translation>
    </message>
    <message>
        <source>The claim is accurate but needs clarification or additional information.</source>
        <translation>Die Behauptung ist zutreffend, braucht aber eine Klarstellung oder zusätzliche Informationen.</translation>
    </message>
    <message>
        <source>Mixture</source>
        <translation>Teils wahr, teils falsch</translation>
    </message>
    <message>
        <source>The claim has significant elements of both truth and falsity.</source>
        <translation>Die Behauptung enthält wesentliche wahre und falsche Elemente.</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Größtenteils falsch</translation>
    </message>
    <message>
        <source>The claim has an element of truth but ignores facts that would give a different impression.</source>
        <translation>Die Behauptung enthält einen wahren Kern, blendet aber Fakten aus, die einen anderen Eindruck vermitteln würden.</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>The claim is inaccurate.</source>
        <translation>Die Behauptung ist unzutreffend.</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Irreführend</translation>
    </message>
    <message>
        <source>The claim uses accurate facts in a way that gives a false impression.</source>
        <translation>Die Behauptung nutzt zutreffende Fakten so, dass ein falscher Eindruck entsteht.</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>Unbelegt</translation>
    </message>
    <message>
        <source>There is not enough evidence available to support or refute the claim.</source>
        <translation>Es gibt nicht genug Belege, um die Behauptung zu stützen oder zu widerlegen.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Checked against the evidence listed: the claim holds.</source>
        <extracomment>The report&apos;s title when neither the project nor an article has one. The title the store gives an article imported without one: no title for a report. What each status means, stated in the report&apos;s scale section.</extracomment>
        <translation>Anhand der aufgeführten Belege geprüft: Die Behauptung trifft zu.</translation>
    </message>
    <message>
        <source>The evidence listed contradicts the claim, in whole or in part.</source>
        <translation>Die aufgeführten Belege widersprechen der Behauptung ganz oder teilweise.</translation>
    </message>
    <message>
        <source>The desk could not confirm or refute the claim with the evidence available.</source>
        <translation>Die Redaktion konnte die Behauptung mit den verfügbaren Belegen weder bestätigen noch widerlegen.</translation>
    </message>
    <message>
        <source>Not yet checked by the desk.</source>
        <translation>Von der Redaktion noch nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 of %2 claims (%3%)</source>
        <translation>%1 von %2 Behauptungen (%3 %)</translation>
    </message>
    <message>
        <source>%1 of %2 claims reviewed (%3%)</source>
        <translation>%1 von %2 Behauptungen geprüft (%3 %)</translation>
    </message>
    <message>
        <source>Archived copy:</source>
        <translation>Archivkopie:</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Articles reviewed</source>
        <translation>Geprüfte Artikel</translation>
    </message>
    <message>
        <source>Attached file:</source>
        <translation>Angehängte Datei:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
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
        <translation>Zitierte Belege</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Fact-check review</source>
        <translation>Faktencheck</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erstes</translation>
    </message>
    <message>
        <source>History chain head</source>
        <translation>Letztes Glied der Verlaufskette</translation>
    </message>
    <message>
        <source>How we rate</source>
        <translation>Wie wir bewerten</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Made with Fact-check Workbench, %1.</source>
        <translation>Erstellt mit Fact-check Workbench, %1.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>No claims are in this report.</source>
        <translation>Dieser Bericht enthält keine Behauptungen.</translation>
    </message>
    <message>
        <source>No claims have been marked in this article.</source>
        <translation>In diesem Artikel wurden keine Behauptungen markiert.</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>Keine Belege erfasst.</translation>
    </message>
    <message>
        <source>No verdicts have been recorded yet.</source>
        <translation>Es wurden noch keine Urteile erfasst.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>Geprüft:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
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
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>Verdicts on claims</source>
        <translation>Urteile zu Behauptungen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Who reviewed what</source>
        <translation>Wer was geprüft hat</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation>abgerufen am %1</translation>
    </message>
    <message>
        <source>by</source>
        <translation>von</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>changed by</source>
        <translation>geändert von</translation>
    </message>
    <message>
        <source>check with</source>
        <translation>prüfbar mit</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>Behauptung %1</translation>
    </message>
    <message>
        <source>claims %1</source>
        <translation>Behauptungen %1</translation>
    </message>
    <message>
        <source>fact-check review</source>
        <translation>Faktencheck</translation>
    </message>
    <message>
        <source>last</source>
        <translation>zuletzt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Checked against version {checked}; the passage is not in the current version {current}.</source>
        <translation>Geprüft anhand von Version {checked}; die Passage steht nicht mehr in der aktuellen Version {current}.</translation>
    </message>
    <message>
        <source>Checked against version {checked} (the current one).</source>
        <translation>Geprüft anhand von Version {checked} (der aktuellen).</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words and their context are unchanged in version {current}.</source>
        <translation>Geprüft anhand von Version {checked}; Wortlaut und Zusammenhang sind in Version {current} unverändert.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words are unchanged in version {current}; their place or context changed.</source>
        <translation>Geprüft anhand von Version {checked}; der Wortlaut ist in Version {current} unverändert, Stelle oder Zusammenhang haben sich geändert.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words changed in version {current}. Before, it read: “{before}”.</source>
        <translation>Geprüft anhand von Version {checked}; der Wortlaut hat sich in Version {current} geändert. Vorher hieß es: „{before}“.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words changed in version {current}.</source>
        <translation>Geprüft anhand von Version {checked}; der Wortlaut hat sich in Version {current} geändert.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; the text has changed since (now version {current}).</source>
        <translation>Geprüft anhand von Version {checked}; der Text hat sich seither geändert (jetzt Version {current}).</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Start a word &amp;earlier</source>
        <extracomment>The Adjust span submenu: (step name in ReviewController.SPAN_STEPS, text, shortcut).</extracomment>
        <translation>Ein Wort &amp;früher beginnen</translation>
    </message>
    <message>
        <source>Start a word &amp;later</source>
        <translation>Ein Wort &amp;später beginnen</translation>
    </message>
    <message>
        <source>End a word ea&amp;rlier</source>
        <translation>Ein Wort f&amp;rüher enden</translation>
    </message>
    <message>
        <source>End a word la&amp;ter</source>
        <translation>Ein Wort spä&amp;ter enden</translation>
    </message>
    <message>
        <source>Add claim (e&amp;xact selection)</source>
        <translation>Behauptung hinzufügen (e&amp;xakte Auswahl)</translation>
    </message>
    <message>
        <source>Claim exactly the selected characters, not whole words</source>
        <translation>Genau die ausgewählten Zeichen als Behauptung übernehmen, nicht ganze Wörter</translation>
    </message>
    <message>
        <source>Adjust &amp;span</source>
        <translation>&amp;Umfang anpassen</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>Dokument&amp;details…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Wählen Sie zuerst ein Dokument.</translation>
    </message>
    <message>
        <source>The project is open read-only; the details were not changed.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet; die Details wurden nicht geändert.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Select the words of a claim in the article first.</source>
        <extracomment>How each span-adjusting step moves which edge: (edge, word step) by name.</extracomment>
        <translation>Markieren Sie zuerst die Wörter einer Behauptung im Artikel.</translation>
    </message>
    <message>
        <source>Add claim marked {value}</source>
        <translation>Behauptung als „{value}“ hinzufügen</translation>
    </message>
    <message>
        <source>Select a claim first.</source>
        <translation>Wählen Sie zuerst eine Behauptung.</translation>
    </message>
    <message>
        <source>The claim cannot be made shorter or longer that way.</source>
        <translation>Die Behauptung lässt sich so nicht kürzen oder verlängern.</translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation>Als „{value}“ markieren</translation>
    </message>
    <message>
        <source>Edit {fields}</source>
        <translation>{fields} bearbeiten</translation>
    </message>
    <message>
        <source>The file &apos;{name}&apos; is not in this copy.</source>
        <translation>Die Datei „{name}“ ist nicht in dieser Kopie.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Project settings changed.</source>
        <translation>Projekteinstellungen geändert.</translation>
    </message>
    <message numerus="yes">
        <source>{reviewed} of %n claim(s) reviewed</source>
        <translation>
            <numerusform>{reviewed} von %n Behauptung geprüft</numerusform>
            <numerusform>{reviewed} von %n Behauptungen geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewerWidget</name>
    <message>
        <source>The name recorded on your changes. Click to change it.</source>
        <translation>Der Name, der bei Ihren Änderungen vermerkt wird. Zum Ändern klicken.</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Name des Prüfers</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>Prüfer: {name}</translation>
    </message>
    <message>
        <source>Reviewer: {name}. Activate to change.</source>
        <translation>Prüfer: {name}. Zum Ändern aktivieren.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Fact-check projects (*.factcheck)</source>
        <translation>Faktencheck-Projekte (*.factcheck)</translation>
    </message>
    <message>
        <source>Keep this project?</source>
        <translation>Dieses Projekt behalten?</translation>
    </message>
    <message>
        <source>This project has not been saved anywhere yet.</source>
        <translation>Dieses Projekt wurde noch nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Save it to keep your claims, or discard it.</source>
        <translation>Speichern Sie es, um Ihre Behauptungen zu behalten, oder verwerfen Sie es.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Remove document?</source>
        <translation>Dokument entfernen?</translation>
    </message>
    <message>
        <source>Remove “{title}” from the project?</source>
        <translation>„{title}“ aus dem Projekt entfernen?</translation>
    </message>
    <message>
        <source>Its {count} claim(s) and their evidence go with it. Edit &gt; Undo brings them back.</source>
        <translation>Seine {count} Behauptung(en) und deren Belege werden mit entfernt. Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a copy</source>
        <translation>Kopie weitergeben</translation>
    </message>
    <message>
        <source>Writes a compact copy of this project to send to a colleague. They can review it and send it back, and you can merge their copy with File &gt; Merge.</source>
        <translation>Schreibt eine kompakte Kopie dieses Projekts, die Sie einer Kollegin oder einem Kollegen schicken können. Diese können sie prüfen und zurückschicken, und Sie führen die Kopie mit Datei &gt; Zusammenführen zusammen.</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Kopieren nach</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Include the imported files ({megabytes} MB): PDFs, web pages, documents</source>
        <translation>Importierte Dateien &amp;einschließen ({megabytes} MB): PDFs, Webseiten, Dokumente</translation>
    </message>
    <message>
        <source>Include the &amp;archived copies of evidence ({0} MB): web archives, captures</source>
        <translation>&amp;Archivkopien der Belege einschließen ({0} MB): Webarchive, Seitenaufnahmen</translation>
    </message>
    <message>
        <source>Fact-check projects (*.factcheck)</source>
        <translation>Faktencheck-Projekte (*.factcheck)</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>This project is open read-only; nothing can be merged into it.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet; nichts kann hineingeführt werden.</translation>
    </message>
    <message>
        <source>reading &apos;{name}&apos;</source>
        <translation>„{name}“ gelesen wurde</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>{name} wird gelesen</translation>
    </message>
    <message>
        <source>Nothing to merge: this project already holds {name}&apos;s work.</source>
        <translation>Nichts zusammenzuführen: Dieses Projekt enthält die Arbeit aus {name} bereits.</translation>
    </message>
    <message>
        <source>Nothing was merged. {err}</source>
        <translation>Nichts wurde zusammengeführt. {err}</translation>
    </message>
    <message>
        <source>Merged {name}: {count} change(s)</source>
        <translation>{name} zusammengeführt: {count} Änderung(en)</translation>
    </message>
    <message>
        <source>, {count} conflict(s) settled.</source>
        <translation>, {count} Konflikt(e) gelöst.</translation>
    </message>
    <message>
        <source>Wrote {value}.</source>
        <translation>{value} geschrieben.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
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
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <source>A PDF, a saved web page, a Word document or a text file</source>
        <translation>Eine PDF-Datei, eine gespeicherte Webseite, ein Word-Dokument oder eine Textdatei</translation>
    </message>
    <message>
        <source>&amp;Paste article text</source>
        <translation>Artikeltext &amp;einfügen</translation>
    </message>
    <message>
        <source>Copy the article&apos;s text first, then press here</source>
        <translation>Kopieren Sie zuerst den Text des Artikels und klicken Sie dann hier</translation>
    </message>
    <message>
        <source>Open the &amp;sample article</source>
        <translation>&amp;Beispielartikel öffnen</translation>
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
        <translation>Bestritten</translation>
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
        <translation>Behauptung als „{value}“ markieren ({shortcut})</translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation>Als „{value}“ markieren</translation>
    </message>
</context>
<context>
    <name>TeamLive</name>
    <message>
        <source>Who is on this article</source>
        <extracomment>How often the window renews its lease and re-reads who else is on the article.</extracomment>
        <translation>Wer an diesem Artikel arbeitet</translation>
    </message>
    <message>
        <source>Also on this article: {value}</source>
        <translation>Ebenfalls an diesem Artikel: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept, to be sent when it is back.</source>
        <translation>
            <numerusform>%n Änderung aufbewahrt; sie wird gesendet, sobald er wieder erreichbar ist.</numerusform>
            <numerusform>%n Änderungen aufbewahrt; sie werden gesendet, sobald er wieder erreichbar ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Take a copy to work &amp;offline…</source>
        <translation>Kopie zum &amp;Offline-Arbeiten nehmen…</translation>
    </message>
    <message>
        <source>&amp;Sync with the team server</source>
        <translation>Mit dem Teamserver &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Its team project: {origin}</source>
        <translation>Sein Teamprojekt: {origin}</translation>
    </message>
    <message>
        <source>Took a copy into {name}; open it to work offline, then Sync.</source>
        <translation>Kopie nach {name} übernommen; öffnen Sie sie, um offline zu arbeiten, und synchronisieren Sie dann.</translation>
    </message>
    <message>
        <source>the team server</source>
        <translation>dem Teamserver</translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <extracomment>Longest file name proposed from a title, before &quot;.factcheck&quot;.</extracomment>
        <translation> (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Something went wrong while {what}.</source>
        <translation>Etwas ist schiefgegangen, während {what}.</translation>
    </message>
    <message>
        <source>importing &apos;{name}&apos;</source>
        <translation>„{name}“ importiert wurde</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} wird importiert</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>exportiert wurde</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>{name} wird exportiert</translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation>{0} wird exportiert</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify project</source>
        <translation>Projekt verifizieren</translation>
    </message>
    <message>
        <source>Intact: every stored hash and every link of the history chain still holds.</source>
        <translation>Intakt: Jeder gespeicherte Hashwert und jedes Glied der Verlaufskette sind weiterhin gültig.</translation>
    </message>
    <message>
        <source>Changed: {count} problem(s) found. Something was altered outside the program.</source>
        <translation>Verändert: {count} Problem(e) gefunden. Etwas wurde außerhalb des Programms geändert.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Ergebnis der Verifizierung</translation>
    </message>
    <message>
        <source>Checked: {checked}.
History chain head: {head}</source>
        <translation>Geprüft: {checked}.
Letztes Glied der Verlaufskette: {head}</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>verifying &apos;{name}&apos;</source>
        <translation>„{name}“ verifiziert wurde</translation>
    </message>
    <message>
        <source>Verifying {name}</source>
        <translation>{name} wird verifiziert</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>Open a document first: a new version is of one document.</source>
        <translation>Öffnen Sie zuerst ein Dokument: Eine neue Version gehört zu einem Dokument.</translation>
    </message>
</context>
<context>
    <name>VersionDiffDialog</name>
    <message>
        <source>What changed: {title}</source>
        <extracomment>How deleted and inserted passages are marked (readable in light and dark themes).</extracomment>
        <translation>Was sich geändert hat: {title}</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>Von Version</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>Bis Version</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Wählen Sie zwei verschiedene Versionen.</translation>
    </message>
    <message numerus="yes">
        <source>Version {number} → {number2}: %n change(s)</source>
        <translation>
            <numerusform>Version {number} → {number2}: %n Änderung</numerusform>
            <numerusform>Version {number} → {number2}: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>claim {number}</source>
        <translation>Behauptung {number}</translation>
    </message>
    <message>
        <source>claim {number} (version {version})</source>
        <translation>Behauptung {number} (Version {version})</translation>
    </message>
</context>
<context>
    <name>VersionsQueue</name>
    <message>
        <source>Claims to review after a new version</source>
        <translation>Nach einer neuen Version zu prüfende Behauptungen</translation>
    </message>
    <message>
        <source>Claims to review</source>
        <translation>Zu prüfende Behauptungen</translation>
    </message>
    <message>
        <source>Old and new quote</source>
        <translation>Altes und neues Zitat</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Keep against the old version</source>
        <translation>An der alten Version &amp;festhalten</translation>
    </message>
    <message>
        <source>A&amp;ttach to the selected text</source>
        <translation>Dem ausgewählten Text &amp;zuordnen</translation>
    </message>
    <message>
        <source>Accept carried-over claim</source>
        <translation>Übertragene Behauptung annehmen</translation>
    </message>
    <message>
        <source>Keep claim on the old version</source>
        <translation>Behauptung an der alten Version belassen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing left to review.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nichts mehr zu prüfen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not found in the new version</source>
        <translation>in der neuen Version nicht gefunden</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>{value}, score {anchor_score}</source>
        <translation>{value}, Übereinstimmung {anchor_score}</translation>
    </message>
    <message>
        <source>Select the claim&apos;s words in the article first.</source>
        <translation>Markieren Sie zuerst die Wörter der Behauptung im Artikel.</translation>
    </message>
    <message>
        <source>Attach claim to new text</source>
        <translation>Behauptung dem neuen Text zuordnen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Mark the claims in an article, check them, keep the evidence.</source>
        <translation>Behauptungen in einem Artikel markieren, prüfen, Belege festhalten.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
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
        <translation>&amp;Über {APP_NAME}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <extracomment>A menu entry: the attribute that will hold the action, what it calls, its shortcut. None is a separator. The object names of the File, Edit, Claim and Help menus, in menu-bar order. The words of every action built from a menu&apos;s entries, by the attribute that holds it.</extracomment>
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
        <translation>Neue &amp;Version importieren…</translation>
    </message>
    <message>
        <source>What c&amp;hanged…</source>
        <translation>Was sich &amp;geändert hat…</translation>
    </message>
    <message>
        <source>Claims to re&amp;view…</source>
        <translation>Zu &amp;prüfende Behauptungen…</translation>
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
        <translation>Kopie einer Kollegin/eines Kollegen &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>S&amp;hare a copy…</source>
        <translation>Kopie &amp;weitergeben…</translation>
    </message>
    <message>
        <source>&amp;Verify project…</source>
        <translation>Projekt ve&amp;rifizieren…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Undo your last change to the project (Ctrl+Z)</source>
        <translation>Ihre letzte Änderung am Projekt rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo the change you undid (Ctrl+Shift+Z)</source>
        <translation>Rückgängig gemachte Änderung wiederherstellen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find words in the article (Ctrl+F)</source>
        <translation>Wörter im Artikel suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation>Als neues Dokument &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Remove document…</source>
        <translation>Dokument &amp;entfernen…</translation>
    </message>
    <message>
        <source>Pro&amp;ject settings…</source>
        <translation>Pro&amp;jekteinstellungen…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Add claim</source>
        <translation>Behauptung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected words as a claim (Ctrl+Enter)</source>
        <translation>Die ausgewählten Wörter als Behauptung hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation>Als „{value}“ markieren</translation>
    </message>
    <message>
        <source>Set the current claim&apos;s status to {label} ({shortcut})</source>
        <translation>Status der aktuellen Behauptung auf „{label}“ setzen ({shortcut})</translation>
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
        <translation>Archiv &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Über {APP_NAME}</translation>
    </message>
    <message>
        <source>{APP_NAME} {version}
Check the claims in an article, offline.</source>
        <translation>{APP_NAME} {version}
Die Behauptungen eines Artikels prüfen, offline.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
</TS>

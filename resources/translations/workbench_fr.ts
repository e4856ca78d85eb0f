<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnchorState</name>
    <message>
        <source>Exact</source>
        <extracomment>Each state&apos;s name as a reviewer reads it (translated where shown).</extracomment>
        <translation>Exacte</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Orpheline</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>The archive was not updated: {err}</source>
        <translation>Les archives n&apos;ont pas été mises à jour : {err}</translation>
    </message>
    <message>
        <source>The archive of past fact-checks is not available.</source>
        <translation>Les archives des vérifications passées ne sont pas disponibles.</translation>
    </message>
</context>
<context>
    <name>ArchiveSearchDialog</name>
    <message>
        <source>Search the archive of fact-checks</source>
        <extracomment>The dialog lists more than the panel: the reviewer is looking on purpose.</extracomment>
        <translation>Rechercher dans les archives des vérifications</translation>
    </message>
    <message>
        <source>A claim, in any wording</source>
        <translation>Une affirmation, formulée librement</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Rechercher dans les archives</translation>
    </message>
    <message>
        <source>Not searched: {reason}</source>
        <translation>Recherche non effectuée : {reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>Type a claim to search for.</source>
        <translation>Saisissez une affirmation à rechercher.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message numerus="yes">
        <source>%n fact-check(s) found.</source>
        <translation>
            <numerusform>%n vérification trouvée.</numerusform>
            <numerusform>%n vérifications trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earlier fact-check was attached as evidence.</source>
        <translation>La vérification antérieure a été jointe comme preuve.</translation>
    </message>
</context>
<context>
    <name>ArchivedCopyViewer</name>
    <message>
        <source>Archived copy: {0}</source>
        <extracomment>Pages of a web archive listed in the details (the rest are counted).</extracomment>
        <translation>Copie archivée : {0}</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} octets</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Captured:</source>
        <translation>Capture :</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Conservée :</translation>
    </message>
    <message>
        <source>Main page:</source>
        <translation>Page principale :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Digests:</source>
        <translation>Empreintes :</translation>
    </message>
    <message>
        <source>{0} declared digest(s) recomputed: all match</source>
        <translation>{0} empreinte(s) déclarée(s) recalculée(s) : toutes concordent</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque :</translation>
    </message>
    <message>
        <source>(No text could be read.)</source>
        <translation>(Aucun texte n&apos;a pu être lu.)</translation>
    </message>
    <message>
        <source>Archived page text</source>
        <translation>Texte de la page archivée</translation>
    </message>
    <message>
        <source>Archived picture</source>
        <translation>Image archivée</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <source>Article text</source>
        <extracomment>Comfortable reading: about this many characters a line. (QPlainTextEdit, chosen for its layout speed, ignores block line heights, so spacing comes from the font and margins.)</extracomment>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <source>p. {0}</source>
        <extracomment>UTF-16 positions where each page of a paged (PDF) document begins. The user&apos;s preference: a drag snaps to whole words (Alt inverts it). The UTF-16 selection last dragged exact: claimed exactly as it stands. While an edge of the current claim is dragged: the span&apos;s other (fixed) end.</extracomment>
        <translation>p. {0}</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>No claim selected. Select words and press Ctrl+Enter to add a claim.</source>
        <extracomment>How near (pixels) to the current claim&apos;s first or last letter a press grabs that edge. What assistive technology hears about the article while no claim is current.</extracomment>
        <translation>Aucune affirmation sélectionnée. Sélectionnez des mots et appuyez sur Ctrl+Entrée pour ajouter une affirmation.</translation>
    </message>
    <message>
        <source>Article title</source>
        <extracomment>The longest quote read out for the current claim (a whole paragraph would drown it).</extracomment>
        <translation>Titre de l&apos;article</translation>
    </message>
    <message>
        <source>Current claim, {label}: “{quote}”</source>
        <translation>Affirmation en cours, {label} : « {quote} »</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attach a file to the evidence</source>
        <extracomment>Kinds of file handed to the system viewer directly; everything else is only saved.</extracomment>
        <translation>Joindre un fichier à la preuve</translation>
    </message>
    <message>
        <source>Screenshots, PDFs and saved pages</source>
        <translation>Captures d&apos;écran, PDF et pages enregistrées</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Save the attached file</source>
        <translation>Enregistrer le fichier joint</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size} MB; attachments are limited to {limit} MB.</source>
        <translation>« {name} » fait {size} Mo ; les pièces jointes sont limitées à {limit} Mo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read: {reason}.</source>
        <translation>Impossible de lire « {name} » : {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written: {reason}.</source>
        <translation>Impossible d&apos;écrire « {name} » : {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a picture or a PDF, so it is not opened from here: save it and open it yourself if you trust it.</source>
        <translation>« {name} » n&apos;est ni une image ni un PDF, il n&apos;est donc pas ouvert d&apos;ici : enregistrez-le et ouvrez-le vous-même si vous lui faites confiance.</translation>
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>Checked before: rated &apos;{rating}&apos; {by}</source>
        <extracomment>How many matches the panel lists.</extracomment>
        <translation>Déjà vérifiée : notée « {rating} » {by}</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>sans note</translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>&lt;b&gt;Checked before&lt;/b&gt;</source>
        <translation>&lt;b&gt;Déjà vérifiée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checked before status</source>
        <translation>État « Déjà vérifiée »</translation>
    </message>
    <message>
        <source>The archive of past fact-checks is not available.</source>
        <translation>Les archives des vérifications passées ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Select a claim to see earlier fact-checks of it.</source>
        <translation>Sélectionnez une affirmation pour en voir les vérifications antérieures.</translation>
    </message>
    <message>
        <source>Searching the archive…</source>
        <translation>Recherche dans les archives…</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier fact-check(s) found.</source>
        <translation>
            <numerusform>%n vérification antérieure trouvée.</numerusform>
            <numerusform>%n vérifications antérieures trouvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed claim(s) added to your archive.</source>
        <translation>
            <numerusform>%n affirmation vérifiée ajoutée à vos archives.</numerusform>
            <numerusform>%n affirmations vérifiées ajoutées à vos archives.</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier fact-check matches this claim.</source>
        <translation>Aucune vérification antérieure ne correspond à cette affirmation.</translation>
    </message>
    <message>
        <source>The archive could not be searched: {reason}</source>
        <translation>Impossible de rechercher dans les archives : {reason}</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Select a claim in the list or a highlight in the article.</source>
        <translation>Sélectionnez une affirmation dans la liste ou un surlignage dans l&apos;article.</translation>
    </message>
    <message>
        <source>The claim in your words (else the quote)</source>
        <translation>L&apos;affirmation dans vos mots (sinon la citation)</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>Auteur de l&apos;affirmation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Claim editor</source>
        <translation>Éditeur d&apos;affirmation</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Citation :</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>C&amp;laimant:</source>
        <translation>Au&amp;teur :</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur de l&apos;affirmation</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Claim fields</source>
        <translation>Champs de l&apos;affirmation</translation>
    </message>
    <message>
        <source>(no rating)</source>
        <translation>(sans note)</translation>
    </message>
    <message>
        <source>{label} (not in this project&apos;s scale)</source>
        <translation>{label} (absente de l&apos;échelle de ce projet)</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Show claims with status</source>
        <translation>Afficher les affirmations au statut</translation>
    </message>
    <message>
        <source>Lists only the claims with this status</source>
        <translation>N&apos;affiche que les affirmations ayant ce statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Rechercher des affirmations</translation>
    </message>
    <message>
        <source>Lists only the claims whose words, evidence or rating contain this text</source>
        <translation>N&apos;affiche que les affirmations dont le texte, les preuves ou la note contiennent ce texte</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>The claims of this article with their status; choosing one opens it in the editor</source>
        <translation>Les affirmations de cet article avec leur statut ; en choisir une l&apos;ouvre dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>No matching claims</source>
        <translation>Aucune affirmation correspondante</translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur de l&apos;affirmation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add claim</source>
        <translation>Ajouter une affirmation</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Supprimer l&apos;affirmation</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Modifier la preuve</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>Modifier les paramètres du projet</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Adjust claim span</source>
        <translation>Ajuster l&apos;étendue de l&apos;affirmation</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>Modifier les détails du document</translation>
    </message>
    <message>
        <source>Add archived copy</source>
        <translation>Ajouter une copie archivée</translation>
    </message>
    <message>
        <source>Remove archived copy</source>
        <translation>Retirer la copie archivée</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>The words of a delete/edit conflict, which core writes in English for the command line.</extracomment>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>edited its evidence</source>
        <translation>a modifié ses preuves</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Merge {other_name}</source>
        <translation>Fusionner {other_name}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from {other} will be taken</source>
        <translation>
            <numerusform>%n modification de {other} sera reprise</numerusform>
            <numerusform>%n modifications de {other} seront reprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) need your choice.</source>
        <translation>
            <numerusform>; %n conflit demande votre choix.</numerusform>
            <numerusform>; %n conflits demandent votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Changes the merge makes</source>
        <translation>Modifications apportées par la fusion</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Garder tous les &amp;miens</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Prendre tous les &amp;leurs</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mien</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Le leur</translation>
    </message>
    <message>
        <source>{value} for {field} of {label}</source>
        <translation>{value} pour {field} de {label}</translation>
    </message>
    <message>
        <source>Conflicting changes</source>
        <translation>Modifications en conflit</translation>
    </message>
    <message>
        <source>Choose a side for every conflict first.</source>
        <translation>Choisissez d&apos;abord un côté pour chaque conflit.</translation>
    </message>
</context>
<context>
    <name>CopiesController</name>
    <message>
        <source>Reading {0}</source>
        <translation>Lecture de {0}</translation>
    </message>
    <message>
        <source>Keep a large file?</source>
        <translation>Conserver un gros fichier ?</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is {1}. Kept in the project, it makes the file that much larger for everyone it is sent to. Keep it anyway?</source>
        <translation>« {0} » fait {1}. Conservé dans le projet, il alourdit d&apos;autant le fichier pour tous ceux à qui il est envoyé. Le conserver quand même ?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <source>reading &apos;{0}&apos;</source>
        <translation>la lecture de « {0} »</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Archived copies</source>
        <translation>Copies archivées</translation>
    </message>
    <message>
        <source>Files kept with the selected evidence: web archives, pages, PDFs, pictures</source>
        <translation>Fichiers conservés avec la preuve sélectionnée : archives web, pages, PDF, images</translation>
    </message>
    <message>
        <source>Add archived cop&amp;y…</source>
        <translation>Ajouter une co&amp;pie archivée…</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Voir</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Enregistrer une co&amp;pie…</translation>
    </message>
    <message>
        <source>Remove cop&amp;y</source>
        <translation>Retirer la co&amp;pie</translation>
    </message>
    <message>
        <source>Add an archived copy to the evidence</source>
        <translation>Ajouter une copie archivée à la preuve</translation>
    </message>
    <message>
        <source>View the archived copy</source>
        <translation>Voir la copie archivée</translation>
    </message>
    <message>
        <source>Save the archived copy as a file</source>
        <translation>Enregistrer la copie archivée dans un fichier</translation>
    </message>
    <message>
        <source>Remove the archived copy</source>
        <translation>Retirer la copie archivée</translation>
    </message>
    <message>
        <source>Archived copies of the selected evidence</source>
        <translation>Copies archivées de la preuve sélectionnée</translation>
    </message>
    <message>
        <source>Add an archived copy</source>
        <translation>Ajouter une copie archivée</translation>
    </message>
    <message>
        <source>Web archives, pages, PDFs and pictures (*.wacz *.warc *.warc.gz *.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Archives web, pages, PDF et images (*.wacz *.warc *.warc.gz *.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.gif *.webp);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dd MMM yyyy</source>
        <extracomment>How a report or the window writes a day, and a day with its time (Qt date patterns, translated: each language orders them its own way).</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>dd MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
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
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Titre du document</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>É&amp;diteur :</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Web address of the article</source>
        <translation>Adresse web de l&apos;article</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Détails du document</translation>
    </message>
    <message>
        <source>e.g. 2025-10-22</source>
        <translation>p. ex. 2025-10-22</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>The URL must be a web address (http:// or https://).</source>
        <translation>L&apos;URL doit être une adresse web (http:// ou https://).</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Longueur :</translation>
    </message>
    <message>
        <source>{count} character(s)</source>
        <translation>{count} caractères</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé :</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages :</translation>
    </message>
    <message>
        <source>Read by:</source>
        <translation>Lu par :</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The articles of this project; choosing one shows it</source>
        <translation>Les articles de ce projet ; en choisir un l&apos;affiche</translation>
    </message>
</context>
<context>
    <name>EmptyProjectPage</name>
    <message>
        <source>This project has no articles yet</source>
        <translation>Ce projet n&apos;a pas encore d&apos;article</translation>
    </message>
    <message>
        <source>Start by bringing in the article to check: import its file, or paste its text. Then select the words of a claim and press Ctrl+Enter.</source>
        <translation>Commencez par ajouter l&apos;article à vérifier : importez son fichier ou collez son texte. Sélectionnez ensuite les mots d&apos;une affirmation et appuyez sur Ctrl+Entrée.</translation>
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
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. Your edits so far are saved in the project file. The details are in {path}.</source>
        <translation>Un problème est survenu. Vos modifications jusqu&apos;ici sont enregistrées dans le fichier du projet. Les détails se trouvent dans {path}.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit evidence</source>
        <extracomment>QDateEdit cannot be empty; its minimum date stands for &quot;no date recorded&quot; (shown as text).</extracomment>
        <translation>Modifier la preuve</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The passage that bears on the claim</source>
        <translation>Le passage qui concerne l&apos;affirmation</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Evidence title</source>
        <translation>Titre de la preuve</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL de la preuve</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>É&amp;diteur :</translation>
    </message>
    <message>
        <source>Evidence publisher</source>
        <translation>Éditeur de la preuve</translation>
    </message>
    <message>
        <source>&amp;Accessed:</source>
        <translation>&amp;Consulté :</translation>
    </message>
    <message>
        <source>Date the source was accessed</source>
        <translation>Date de consultation de la source</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Position :</translation>
    </message>
    <message>
        <source>Stance of the evidence</source>
        <translation>Position de la preuve</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Extrait :</translation>
    </message>
    <message>
        <source>Excerpt from the source</source>
        <translation>Extrait de la source</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque :</translation>
    </message>
    <message>
        <source>Note on the evidence</source>
        <translation>Remarque sur la preuve</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Fichier joint</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Accessed today</source>
        <translation>Consulté aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Attac&amp;h file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a screenshot, PDF or saved page</source>
        <translation>Joindre une capture d&apos;écran, un PDF ou une page enregistrée</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>Re&amp;tirer le fichier</translation>
    </message>
    <message>
        <source>No file attached</source>
        <extracomment>The attached file as it will be saved: (name, bytes) new, (&quot;&quot;, None) removed.</extracomment>
        <translation>Aucun fichier joint</translation>
    </message>
    <message>
        <source>The URL must be a web address (http:// or https://) or a mailto: link.</source>
        <translation>L&apos;URL doit être une adresse web (http:// ou https://) ou un lien mailto:.</translation>
    </message>
    <message>
        <source>Give at least a title, a URL or an excerpt.</source>
        <translation>Indiquez au moins un titre, une URL ou un extrait.</translation>
    </message>
    <message>
        <source>Choose a stance: does the source support or refute the claim, or give context?</source>
        <translation>Choisissez une position : la source appuie-t-elle ou réfute-t-elle l&apos;affirmation, ou apporte-t-elle du contexte ?</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attached file: {name}</source>
        <translation>Fichier joint : {name}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>The evidence whose archived copies to show (its id, or None), after every change of selection or of the list.</extracomment>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>The sources for the current claim, with stance</source>
        <translation>Les sources de l&apos;affirmation en cours, avec leur position</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>&amp;Ouvrir le lien</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <extracomment>The selected evidence&apos;s archived copies (filled by the window&apos;s controller).</extracomment>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Modifier la preuve</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <source>Open evidence link in the browser</source>
        <translation>Ouvrir le lien de la preuve dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open attached file</source>
        <translation>Ouvrir le fichier joint</translation>
    </message>
    <message>
        <source>Save attached file as…</source>
        <translation>Enregistrer le fichier joint sous…</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Fichier joint</translation>
    </message>
    <message>
        <source>Open or save the file attached to the evidence</source>
        <translation>Ouvrir ou enregistrer le fichier joint à la preuve</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose where to save the export.</source>
        <extracomment>HTML only: write a zip of the report and the archived copies it cites.</extracomment>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder: add a file name.</source>
        <translation>{path} est un dossier : ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>{name} exists and will be replaced.</source>
        <translation>{name} existe et sera remplacé.</translation>
    </message>
    <message>
        <source>Export report</source>
        <extracomment>The formats whose report can be previewed in the dialog. The formats a person reads, which take the report options.</extracomment>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Fichier d&apos;export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Claims from:</source>
        <translation>Affirmations de :</translation>
    </message>
    <message>
        <source>With status:</source>
        <translation>Au statut :</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport :</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>This document: {title}</source>
        <translation>Ce document : {title}</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>All documents ({count})</source>
        <translation>Tous les documents ({count})</translation>
    </message>
    <message>
        <source>Include {value} claims</source>
        <translation>Inclure les affirmations au statut « {value} »</translation>
    </message>
    <message>
        <source>Add the full article text, claims highlighted</source>
        <translation>Ajouter le texte intégral de l&apos;article, affirmations surlignées</translation>
    </message>
    <message>
        <source>List articles without claims</source>
        <translation>Lister les articles sans affirmation</translation>
    </message>
    <message>
        <source>Put the archived copies beside the report (writes a .zip)</source>
        <translation>Placer les copies archivées à côté du rapport (écrit un .zip)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>No export formats are available.</source>
        <translation>Aucun format d&apos;export n&apos;est disponible.</translation>
    </message>
    <message>
        <source>Tick at least one status.</source>
        <translation>Cochez au moins un statut.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <extracomment>A renderer: the snapshot and the report options in, the file&apos;s bytes out.</extracomment>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Rapport Markdown</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Tableur CSV</translation>
    </message>
    <message>
        <source>Project as JSON</source>
        <translation>Projet en JSON</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD</source>
        <translation>ClaimReview JSON-LD</translation>
    </message>
    <message>
        <source>Web Annotations (JSON-LD)</source>
        <translation>Annotations web (JSON-LD)</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Last export</source>
        <translation>Dernier export</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
    <message>
        <source>Show {parent} in the file manager</source>
        <translation>Afficher {parent} dans le gestionnaire de fichiers</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Article</source>
        <extracomment>Gestures that are not menu actions, so the menus cannot list them.</extracomment>
        <translation>Article</translation>
    </message>
    <message>
        <source>Drag over words</source>
        <translation>Glisser sur des mots</translation>
    </message>
    <message>
        <source>Selects whole words (a drag may start mid-word)</source>
        <translation>Sélectionne des mots entiers (le glissement peut commencer au milieu d&apos;un mot)</translation>
    </message>
    <message>
        <source>Alt + drag</source>
        <translation>Alt + glisser</translation>
    </message>
    <message>
        <source>Selects exactly the characters dragged over</source>
        <translation>Sélectionne exactement les caractères parcourus</translation>
    </message>
    <message>
        <source>Drag the current claim&apos;s first or last letter</source>
        <translation>Glisser la première ou la dernière lettre de l&apos;affirmation en cours</translation>
    </message>
    <message>
        <source>Moves that edge</source>
        <translation>Déplace ce bord</translation>
    </message>
    <message>
        <source>Shift + arrows, Ctrl + Shift + arrows</source>
        <translation>Maj + flèches, Ctrl + Maj + flèches</translation>
    </message>
    <message>
        <source>Select by keyboard</source>
        <translation>Sélectionner au clavier</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barre de recherche</translation>
    </message>
    <message>
        <source>Enter / Shift + Enter / Escape</source>
        <translation>Entrée / Maj + Entrée / Échap</translation>
    </message>
    <message>
        <source>Next match / previous / close</source>
        <translation>Occurrence suivante / précédente / fermer</translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation>Liste des preuves</translation>
    </message>
    <message>
        <source>Enter / Delete</source>
        <translation>Entrée / Suppr</translation>
    </message>
    <message>
        <source>Edit / remove the selected evidence</source>
        <translation>Modifier / retirer la preuve sélectionnée</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Mouse and text</source>
        <translation>Souris et texte</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <extracomment>How long a job runs before its progress dialog appears: quick jobs never flash one.</extracomment>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capture</translation>
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
        <translation>Fichier en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Who holds the file</source>
        <translation>Qui détient le fichier</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Prendre la main</translation>
    </message>
    <message>
        <source>Only if you are sure the other program has stopped: their unsaved lock is removed.</source>
        <translation>Uniquement si vous êtes sûr que l&apos;autre programme s&apos;est arrêté : son verrou est supprimé.</translation>
    </message>
    <message>
        <source>Take over only if the other program has really stopped (for example after a crash); otherwise your changes and theirs would overwrite each other.</source>
        <translation>Ne prenez la main que si l&apos;autre programme s&apos;est vraiment arrêté (par exemple après un plantage) ; sinon vos modifications et les siennes s&apos;écraseraient mutuellement.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Review progress</source>
        <extracomment>Set while a team project is open (see ``ui/team_live.py``); True: handled.</extracomment>
        <translation>Avancement de la vérification</translation>
    </message>
    <message>
        <source>{name} is open read-only: you can read and export it, but not change it.</source>
        <translation>{name} est ouvert en lecture seule : vous pouvez le lire et l&apos;exporter, mais pas le modifier.</translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation>l&apos;enregistrement d&apos;une modification</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <source>Earlier fact-checks</source>
        <translation>Vérifications antérieures</translation>
    </message>
    <message>
        <source>&amp;Attach as evidence</source>
        <translation>&amp;Joindre comme preuve</translation>
    </message>
    <message>
        <source>Cop&amp;y verdict</source>
        <translation>Cop&amp;ier le verdict</translation>
    </message>
    <message>
        <source>Copied the verdict &apos;{rating}&apos; ({publisher}).</source>
        <translation>Verdict « {rating} » copié ({publisher}).</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archives</translation>
    </message>
</context>
<context>
    <name>MergeSummary</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>+ version {number} of document {document} (their version {theirs}: both copies imported a different new text, so theirs now follows mine)</source>
        <translation>+ version {number} du document {document} (leur version {theirs} : les deux copies ont importé un nouveau texte différent, la leur suit donc désormais la mienne)</translation>
    </message>
    <message>
        <source>+ version {number} of document {document}</source>
        <translation>+ version {number} du document {document}</translation>
    </message>
    <message>
        <source>~ document &apos;{name}&apos;: {fields}</source>
        <translation>~ document « {name} » : {fields}</translation>
    </message>
    <message>
        <source>+ claim &apos;{quote}&apos; ({status})</source>
        <translation>+ affirmation « {quote} » ({status})</translation>
    </message>
    <message>
        <source>~ claim &apos;{name}&apos;: {changes} ({by})</source>
        <translation>~ affirmation « {name} » : {changes} ({by})</translation>
    </message>
    <message>
        <source>- claim &apos;{name}&apos;</source>
        <translation>- affirmation « {name} »</translation>
    </message>
    <message>
        <source>+ evidence &apos;{title}&apos;</source>
        <translation>+ preuve « {title} »</translation>
    </message>
    <message>
        <source>~ evidence &apos;{name}&apos;: {fields}</source>
        <translation>~ preuve « {name} » : {fields}</translation>
    </message>
    <message>
        <source>~ evidence &apos;{name}&apos;: attached file</source>
        <translation>~ preuve « {name} » : fichier joint</translation>
    </message>
    <message>
        <source>- evidence &apos;{name}&apos;</source>
        <translation>- preuve « {name} »</translation>
    </message>
    <message>
        <source>+ archived copy &apos;{name}&apos; ({hash})</source>
        <translation>+ copie archivée « {name} » ({hash})</translation>
    </message>
    <message>
        <source>- archived copy &apos;{name}&apos;</source>
        <translation>- copie archivée « {name} »</translation>
    </message>
    <message>
        <source>+ document &apos;{title}&apos;</source>
        <translation>+ document « {title} »</translation>
    </message>
    <message>
        <source>= document matched by its text: {theirs} -&gt; {mine}</source>
        <translation>= document apparié par son texte : {theirs} -&gt; {mine}</translation>
    </message>
    <message>
        <source>! conflict on {entity} &apos;{label}&apos;, {field}: mine {mine} ({mine_by}) vs theirs {theirs} ({theirs_by})</source>
        <translation>! conflit sur {entity} « {label} », {field} : la mienne {mine} ({mine_by}) contre la leur {theirs} ({theirs_by})</translation>
    </message>
    <message>
        <source>~ version {old} of document &apos;{title}&apos; is now version {new}: the team server has another text under that number, and the server&apos;s versions keep their numbers</source>
        <extracomment>{old} and {new} are version numbers, {title} the document&apos;s title.</extracomment>
        <translation>~ la version {old} du document « {title} » est désormais la version {new} : le serveur d’équipe a un autre texte sous ce numéro, et les versions du serveur gardent leurs numéros</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password needed</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>“{file_name}” is protected by a password. Enter it to import the file.</source>
        <translation>« {file_name} » est protégé par un mot de passe. Saisissez-le pour importer le fichier.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation>&amp;Afficher le mot de passe</translation>
    </message>
    <message>
        <source>That password did not open the file. Try again.</source>
        <translation>Ce mot de passe n&apos;a pas ouvert le fichier. Réessayez.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Mot de passe incorrect</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system setting</source>
        <translation>Suivre le réglage du système</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Couleurs standard</translation>
    </message>
    <message>
        <source>Give up reading a PDF after:</source>
        <extracomment>Each import limit: its setting, label, accessible name, allowed range and unit.</extracomment>
        <translation>Abandonner la lecture d&apos;un PDF après :</translation>
    </message>
    <message>
        <source>PDF time limit</source>
        <translation>Délai maximal pour un PDF</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Memory a PDF may use:</source>
        <translation>Mémoire qu&apos;un PDF peut utiliser :</translation>
    </message>
    <message>
        <source>PDF memory limit</source>
        <translation>Limite de mémoire pour un PDF</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Largest PDF:</source>
        <translation>PDF le plus grand :</translation>
    </message>
    <message>
        <source>PDF page limit</source>
        <translation>Limite de pages pour un PDF</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> pages</translation>
    </message>
    <message>
        <source>Largest file to import:</source>
        <translation>Plus gros fichier à importer :</translation>
    </message>
    <message>
        <source>Import size limit</source>
        <translation>Taille maximale d&apos;import</translation>
    </message>
    <message>
        <source>Ask before keeping an archived copy over:</source>
        <translation>Demander avant de conserver une copie archivée de plus de :</translation>
    </message>
    <message>
        <source>Archived copy size to ask about</source>
        <translation>Taille de copie archivée à partir de laquelle demander</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Nom du vérificateur</translation>
    </message>
    <message>
        <source>Recorded on every change you make. Empty: your account&apos;s name.</source>
        <translation>Enregistré à chacune de vos modifications. Vide : le nom de votre compte.</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>&amp;Étendre les sélections aux mots entiers</translation>
    </message>
    <message>
        <source>A selection dragged in the article grows to the words it touches. Hold Alt while dragging to do the opposite.</source>
        <translation>Une sélection glissée dans l&apos;article s&apos;étend aux mots qu&apos;elle touche. Maintenez Alt en glissant pour faire l&apos;inverse.</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>High contrast: white text on black (or black on white), strong focus frames</source>
        <translation>Contraste élevé : texte blanc sur noir (ou noir sur blanc), cadres de focus marqués</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes at the next start.</source>
        <translation>La langue de la fenêtre ; elle change au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Nom du vérificateur :</translation>
    </message>
    <message>
        <source>C&amp;ontrast:</source>
        <translation>C&amp;ontraste :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Importing files</source>
        <translation>Import de fichiers</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation>Aperçu : {title}</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {strerror}.</source>
        <translation>Impossible d&apos;ouvrir « {name} » : {strerror}.</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <source>Line {number}: write a rating as &apos;Label = number&apos;, then &apos;: meaning&apos; if any.</source>
        <extracomment>&quot;Label = value&quot;, then optionally &quot;: meaning&quot;. The label is the shortest text before an &quot;= number&quot; that ends the line or is followed by the colon, so a label may hold &quot;=&quot; and a meaning may hold anything.</extracomment>
        <translation>Ligne {number} : écrivez une note sous la forme « Libellé = nombre », puis « : signification » le cas échéant.</translation>
    </message>
    <message>
        <source>Line {number}: &apos;{value}&apos; is not a whole number.</source>
        <translation>Ligne {number} : « {value} » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Paramètres du projet</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Titre du projet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The desk that publishes the fact-checks</source>
        <translation>La rédaction qui publie les vérifications</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Adresse web de l&apos;organisation</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Échelle de notation</translation>
    </message>
    <message>
        <source>One rating a line, best first: &apos;Label = number: what it means&apos;. The meanings are printed in every report&apos;s &quot;How we rate&quot;.</source>
        <translation>Une note par ligne, la meilleure d&apos;abord : « Libellé = nombre : signification ». Les significations figurent dans la section « Notre méthode de notation » de chaque rapport.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue des rapports</translation>
    </message>
    <message>
        <source>The language every report of this project is written in</source>
        <translation>La langue dans laquelle sont rédigés tous les rapports de ce projet</translation>
    </message>
    <message>
        <source>Best rating value</source>
        <translation>Valeur de la meilleure note</translation>
    </message>
    <message>
        <source>Worst rating value</source>
        <translation>Valeur de la pire note</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web :</translation>
    </message>
    <message>
        <source>&amp;Rating scale:</source>
        <translation>É&amp;chelle de notation :</translation>
    </message>
    <message>
        <source>&amp;Best value:</source>
        <translation>&amp;Meilleure valeur :</translation>
    </message>
    <message>
        <source>W&amp;orst value:</source>
        <translation>&amp;Pire valeur :</translation>
    </message>
    <message>
        <source>Re&amp;ports in:</source>
        <translation>&amp;Rapports en :</translation>
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
        <translation>Vrai</translation>
    </message>
    <message>
        <source>The claim is accurate; nothing significant is missing.</source>
        <translation>L&apos;affirmation est exacte ; rien d&apos;important ne manque.</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Plutôt vrai</translation>
    </message>
    <message>
        <source>The claim is accurate but needs clarification or additional information.</source>
        <translation>L&apos;affirmation est exacte mais demande une précision ou des informations supplémentaires.</translation>
    </message>
    <message>
        <source>Mixture</source>
        <translation>Mitigé</translation>
    </message>
    <message>
        <source>The claim has significant elements of both truth and falsity.</source>
        <translation>L&apos;affirmation comporte des éléments importants à la fois vrais et faux.</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Plutôt faux</translation>
    </message>
    <message>
        <source>The claim has an element of truth but ignores facts that would give a different impression.</source>
        <translation>L&apos;affirmation contient une part de vérité mais ignore des faits qui donneraient une autre impression.</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>The claim is inaccurate.</source>
        <translation>L&apos;affirmation est inexacte.</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Trompeur</translation>
    </message>
    <message>
        <source>The claim uses accurate facts in a way that gives a false impression.</source>
        <translation>L&apos;affirmation utilise des faits exacts de manière à donner une fausse impression.</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>Non prouvé</translation>
    </message>
    <message>
        <source>There is not enough evidence available to support or refute the claim.</source>
        <translation>Il n&apos;existe pas assez de preuves pour appuyer ou réfuter l&apos;affirmation.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Checked against the evidence listed: the claim holds.</source>
        <extracomment>The report&apos;s title when neither the project nor an article has one. The title the store gives an article imported without one: no title for a report. What each status means, stated in the report&apos;s scale section.</extracomment>
        <translation>Vérifiée au regard des preuves citées : l&apos;affirmation tient.</translation>
    </message>
    <message>
        <source>The evidence listed contradicts the claim, in whole or in part.</source>
        <translation>Les preuves citées contredisent l&apos;affirmation, en tout ou en partie.</translation>
    </message>
    <message>
        <source>The desk could not confirm or refute the claim with the evidence available.</source>
        <translation>La rédaction n&apos;a pu ni confirmer ni réfuter l&apos;affirmation avec les preuves disponibles.</translation>
    </message>
    <message>
        <source>Not yet checked by the desk.</source>
        <translation>Pas encore vérifiée par la rédaction.</translation>
    </message>
    <message>
        <source>%1 of %2 claims (%3%)</source>
        <translation>%1 affirmations sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 of %2 claims reviewed (%3%)</source>
        <translation>%1 affirmations vérifiées sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>Archived copy:</source>
        <translation>Copie archivée :</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Articles reviewed</source>
        <translation>Articles vérifiés</translation>
    </message>
    <message>
        <source>Attached file:</source>
        <translation>Fichier joint :</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur de l&apos;affirmation</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Preuves citées</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Fact-check review</source>
        <translation>Vérification des faits</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>History chain head</source>
        <translation>Dernier maillon de la chaîne de l&apos;historique</translation>
    </message>
    <message>
        <source>How we rate</source>
        <translation>Notre méthode de notation</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Made with Fact-check Workbench, %1.</source>
        <translation>Réalisé avec Fact-check Workbench, %1.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>No claims are in this report.</source>
        <translation>Ce rapport ne contient aucune affirmation.</translation>
    </message>
    <message>
        <source>No claims have been marked in this article.</source>
        <translation>Aucune affirmation n&apos;a été marquée dans cet article.</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>Aucune preuve enregistrée.</translation>
    </message>
    <message>
        <source>No verdicts have been recorded yet.</source>
        <translation>Aucun verdict n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>Vérifiées :</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Vérificateur</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Vérificateurs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Verdicts on claims</source>
        <translation>Verdicts sur les affirmations</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Who reviewed what</source>
        <translation>Qui a vérifié quoi</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation>consulté le %1</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>capturée</translation>
    </message>
    <message>
        <source>changed by</source>
        <translation>modifié par</translation>
    </message>
    <message>
        <source>check with</source>
        <translation>vérifiable avec</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>affirmation %1</translation>
    </message>
    <message>
        <source>claims %1</source>
        <translation>affirmations %1</translation>
    </message>
    <message>
        <source>fact-check review</source>
        <translation>vérification des faits</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernière fois</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Checked against version {checked}; the passage is not in the current version {current}.</source>
        <translation>Vérifiée sur la version {checked} ; le passage ne figure plus dans la version actuelle {current}.</translation>
    </message>
    <message>
        <source>Checked against version {checked} (the current one).</source>
        <translation>Vérifiée sur la version {checked} (la version actuelle).</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words and their context are unchanged in version {current}.</source>
        <translation>Vérifiée sur la version {checked} ; ses mots et leur contexte sont inchangés dans la version {current}.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words are unchanged in version {current}; their place or context changed.</source>
        <translation>Vérifiée sur la version {checked} ; ses mots sont inchangés dans la version {current}, mais leur place ou leur contexte a changé.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words changed in version {current}. Before, it read: “{before}”.</source>
        <translation>Vérifiée sur la version {checked} ; ses mots ont changé dans la version {current}. Avant, on lisait : « {before} ».</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words changed in version {current}.</source>
        <translation>Vérifiée sur la version {checked} ; ses mots ont changé dans la version {current}.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; the text has changed since (now version {current}).</source>
        <translation>Vérifiée sur la version {checked} ; le texte a changé depuis (version {current} à présent).</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Start a word &amp;earlier</source>
        <extracomment>The Adjust span submenu: (step name in ReviewController.SPAN_STEPS, text, shortcut).</extracomment>
        <translation>Commencer un mot plus &amp;tôt</translation>
    </message>
    <message>
        <source>Start a word &amp;later</source>
        <translation>Commencer un mot plus &amp;tard</translation>
    </message>
    <message>
        <source>End a word ea&amp;rlier</source>
        <translation>Finir un mot plus t&amp;ôt</translation>
    </message>
    <message>
        <source>End a word la&amp;ter</source>
        <translation>Finir un mot plus ta&amp;rd</translation>
    </message>
    <message>
        <source>Add claim (e&amp;xact selection)</source>
        <translation>Ajouter une affirmation (sélection e&amp;xacte)</translation>
    </message>
    <message>
        <source>Claim exactly the selected characters, not whole words</source>
        <translation>Prendre exactement les caractères sélectionnés, pas des mots entiers</translation>
    </message>
    <message>
        <source>Adjust &amp;span</source>
        <translation>Ajuster l&apos;é&amp;tendue</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>&amp;Détails du document…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Choisissez d&apos;abord un document.</translation>
    </message>
    <message>
        <source>The project is open read-only; the details were not changed.</source>
        <translation>Le projet est ouvert en lecture seule ; les détails n&apos;ont pas été modifiés.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Select the words of a claim in the article first.</source>
        <extracomment>How each span-adjusting step moves which edge: (edge, word step) by name.</extracomment>
        <translation>Sélectionnez d&apos;abord les mots d&apos;une affirmation dans l&apos;article.</translation>
    </message>
    <message>
        <source>Add claim marked {value}</source>
        <translation>Ajouter une affirmation marquée « {value} »</translation>
    </message>
    <message>
        <source>Select a claim first.</source>
        <translation>Sélectionnez d&apos;abord une affirmation.</translation>
    </message>
    <message>
        <source>The claim cannot be made shorter or longer that way.</source>
        <translation>L&apos;affirmation ne peut pas être raccourcie ou allongée ainsi.</translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation>Marquer « {value} »</translation>
    </message>
    <message>
        <source>Edit {fields}</source>
        <translation>Modifier {fields}</translation>
    </message>
    <message>
        <source>The file &apos;{name}&apos; is not in this copy.</source>
        <translation>Le fichier « {name} » n&apos;est pas dans cette copie.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>Project settings changed.</source>
        <translation>Paramètres du projet modifiés.</translation>
    </message>
    <message numerus="yes">
        <source>{reviewed} of %n claim(s) reviewed</source>
        <translation>
            <numerusform>{reviewed} affirmation vérifiée sur %n</numerusform>
            <numerusform>{reviewed} affirmations vérifiées sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewerWidget</name>
    <message>
        <source>The name recorded on your changes. Click to change it.</source>
        <translation>Le nom enregistré avec vos modifications. Cliquez pour le changer.</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Nom du vérificateur</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>Vérificateur : {name}</translation>
    </message>
    <message>
        <source>Reviewer: {name}. Activate to change.</source>
        <translation>Vérificateur : {name}. Activez pour changer.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Fact-check projects (*.factcheck)</source>
        <translation>Projets de vérification (*.factcheck)</translation>
    </message>
    <message>
        <source>Keep this project?</source>
        <translation>Conserver ce projet ?</translation>
    </message>
    <message>
        <source>This project has not been saved anywhere yet.</source>
        <translation>Ce projet n&apos;a encore été enregistré nulle part.</translation>
    </message>
    <message>
        <source>Save it to keep your claims, or discard it.</source>
        <translation>Enregistrez-le pour conserver vos affirmations, ou abandonnez-le.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Remove document?</source>
        <translation>Retirer le document ?</translation>
    </message>
    <message>
        <source>Remove “{title}” from the project?</source>
        <translation>Retirer « {title} » du projet ?</translation>
    </message>
    <message>
        <source>Its {count} claim(s) and their evidence go with it. Edit &gt; Undo brings them back.</source>
        <translation>Ses {count} affirmation(s) et leurs preuves partent avec lui. Édition &gt; Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a copy</source>
        <translation>Partager une copie</translation>
    </message>
    <message>
        <source>Writes a compact copy of this project to send to a colleague. They can review it and send it back, and you can merge their copy with File &gt; Merge.</source>
        <translation>Écrit une copie compacte de ce projet à envoyer à un collègue. Il peut la vérifier et vous la renvoyer, et vous pouvez fusionner sa copie avec Fichier &gt; Fusionner.</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copier vers</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Include the imported files ({megabytes} MB): PDFs, web pages, documents</source>
        <translation>&amp;Inclure les fichiers importés ({megabytes} Mo) : PDF, pages web, documents</translation>
    </message>
    <message>
        <source>Include the &amp;archived copies of evidence ({0} MB): web archives, captures</source>
        <translation>Inclure les copies &amp;archivées des preuves ({0} Mo) : archives web, captures</translation>
    </message>
    <message>
        <source>Fact-check projects (*.factcheck)</source>
        <translation>Projets de vérification (*.factcheck)</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>This project is open read-only; nothing can be merged into it.</source>
        <translation>Ce projet est ouvert en lecture seule ; rien ne peut y être fusionné.</translation>
    </message>
    <message>
        <source>reading &apos;{name}&apos;</source>
        <translation>la lecture de « {name} »</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Lecture de {name}</translation>
    </message>
    <message>
        <source>Nothing to merge: this project already holds {name}&apos;s work.</source>
        <translation>Rien à fusionner : ce projet contient déjà le travail de {name}.</translation>
    </message>
    <message>
        <source>Nothing was merged. {err}</source>
        <translation>Rien n&apos;a été fusionné. {err}</translation>
    </message>
    <message>
        <source>Merged {name}: {count} change(s)</source>
        <translation>{name} fusionné : {count} modification(s)</translation>
    </message>
    <message>
        <source>, {count} conflict(s) settled.</source>
        <translation>, {count} conflit(s) réglé(s).</translation>
    </message>
    <message>
        <source>Wrote {value}.</source>
        <translation>{value} écrit.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{0} KB</source>
        <translation>{0} Ko</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} Mo</translation>
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
        <translation>Appuie</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>Réfute</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
</context>
<context>
    <name>StartButtons</name>
    <message>
        <source>&amp;Import an article…</source>
        <translation>&amp;Importer un article…</translation>
    </message>
    <message>
        <source>A PDF, a saved web page, a Word document or a text file</source>
        <translation>Un PDF, une page web enregistrée, un document Word ou un fichier texte</translation>
    </message>
    <message>
        <source>&amp;Paste article text</source>
        <translation>&amp;Coller le texte de l&apos;article</translation>
    </message>
    <message>
        <source>Copy the article&apos;s text first, then press here</source>
        <translation>Copiez d&apos;abord le texte de l&apos;article, puis cliquez ici</translation>
    </message>
    <message>
        <source>Open the &amp;sample article</source>
        <translation>Ouvrir l&apos;article d&apos;&amp;exemple</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Unreviewed</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Invérifiable</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>Mark the claim {value} ({shortcut})</source>
        <extracomment>Workflow order: the three outcomes first, &quot;unreviewed&quot; (the way back) last.</extracomment>
        <translation>Marquer l&apos;affirmation « {value} » ({shortcut})</translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation>Marquer « {value} »</translation>
    </message>
</context>
<context>
    <name>TeamLive</name>
    <message>
        <source>Who is on this article</source>
        <extracomment>How often the window renews its lease and re-reads who else is on the article.</extracomment>
        <translation>Qui travaille sur cet article</translation>
    </message>
    <message>
        <source>Also on this article: {value}</source>
        <translation>Aussi sur cet article : {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept, to be sent when it is back.</source>
        <translation>
            <numerusform>%n modification conservée, envoyée à son retour.</numerusform>
            <numerusform>%n modifications conservées, envoyées à son retour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>Take a copy to work &amp;offline…</source>
        <translation>Prendre une copie pour travailler &amp;hors ligne…</translation>
    </message>
    <message>
        <source>&amp;Sync with the team server</source>
        <translation>&amp;Synchroniser avec le serveur de l&apos;équipe</translation>
    </message>
    <message>
        <source>Its team project: {origin}</source>
        <translation>Son projet d&apos;équipe : {origin}</translation>
    </message>
    <message>
        <source>Took a copy into {name}; open it to work offline, then Sync.</source>
        <translation>Copie prise dans {name} ; ouvrez-la pour travailler hors ligne, puis synchronisez.</translation>
    </message>
    <message>
        <source>the team server</source>
        <translation>le serveur de l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <extracomment>Longest file name proposed from a title, before &quot;.factcheck&quot;.</extracomment>
        <translation> (lecture seule)</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Something went wrong while {what}.</source>
        <translation>Un problème est survenu pendant {what}.</translation>
    </message>
    <message>
        <source>importing &apos;{name}&apos;</source>
        <translation>l&apos;import de « {name} »</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Import de {name}</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>l&apos;export</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>Export de {name}</translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation>Export de {0}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify project</source>
        <translation>Vérifier le projet</translation>
    </message>
    <message>
        <source>Intact: every stored hash and every link of the history chain still holds.</source>
        <translation>Intact : chaque empreinte enregistrée et chaque maillon de la chaîne de l&apos;historique sont toujours valides.</translation>
    </message>
    <message>
        <source>Changed: {count} problem(s) found. Something was altered outside the program.</source>
        <translation>Modifié : {count} problème(s) trouvé(s). Quelque chose a été modifié en dehors du programme.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Checked: {checked}.
History chain head: {head}</source>
        <translation>Contrôlé : {checked}.
Dernier maillon de la chaîne de l&apos;historique : {head}</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>verifying &apos;{name}&apos;</source>
        <translation>la vérification de « {name} »</translation>
    </message>
    <message>
        <source>Verifying {name}</source>
        <translation>Vérification de {name}</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>Open a document first: a new version is of one document.</source>
        <translation>Ouvrez d&apos;abord un document : une nouvelle version se rapporte à un document.</translation>
    </message>
</context>
<context>
    <name>VersionDiffDialog</name>
    <message>
        <source>What changed: {title}</source>
        <extracomment>How deleted and inserted passages are marked (readable in light and dark themes).</extracomment>
        <translation>Ce qui a changé : {title}</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>De la version</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>À la version</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Choisissez deux versions différentes.</translation>
    </message>
    <message numerus="yes">
        <source>Version {number} → {number2}: %n change(s)</source>
        <translation>
            <numerusform>Version {number} → {number2} : %n modification</numerusform>
            <numerusform>Version {number} → {number2} : %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>claim {number}</source>
        <translation>affirmation {number}</translation>
    </message>
    <message>
        <source>claim {number} (version {version})</source>
        <translation>affirmation {number} (version {version})</translation>
    </message>
</context>
<context>
    <name>VersionsQueue</name>
    <message>
        <source>Claims to review after a new version</source>
        <translation>Affirmations à revoir après une nouvelle version</translation>
    </message>
    <message>
        <source>Claims to review</source>
        <translation>Affirmations à revoir</translation>
    </message>
    <message>
        <source>Old and new quote</source>
        <translation>Ancienne et nouvelle citation</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Keep against the old version</source>
        <translation>&amp;Garder sur l&apos;ancienne version</translation>
    </message>
    <message>
        <source>A&amp;ttach to the selected text</source>
        <translation>&amp;Rattacher au texte sélectionné</translation>
    </message>
    <message>
        <source>Accept carried-over claim</source>
        <translation>Accepter l&apos;affirmation reportée</translation>
    </message>
    <message>
        <source>Keep claim on the old version</source>
        <translation>Garder l&apos;affirmation sur l&apos;ancienne version</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing left to review.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Plus rien à revoir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not found in the new version</source>
        <translation>introuvable dans la nouvelle version</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>{value}, score {anchor_score}</source>
        <translation>{value}, score {anchor_score}</translation>
    </message>
    <message>
        <source>Select the claim&apos;s words in the article first.</source>
        <translation>Sélectionnez d&apos;abord les mots de l&apos;affirmation dans l&apos;article.</translation>
    </message>
    <message>
        <source>Attach claim to new text</source>
        <translation>Rattacher l&apos;affirmation au nouveau texte</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Mark the claims in an article, check them, keep the evidence.</source>
        <translation>Repérez les affirmations d&apos;un article, vérifiez-les, gardez les preuves.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Affirmation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>À &amp;propos de {APP_NAME}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <extracomment>A menu entry: the attribute that will hold the action, what it calls, its shortcut. None is a separator. The object names of the File, Edit, Claim and Help menus, in menu-bar order. The words of every action built from a menu&apos;s entries, by the attribute that holds it.</extracomment>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import article…</source>
        <translation>&amp;Importer un article…</translation>
    </message>
    <message>
        <source>Import new &amp;version…</source>
        <translation>Importer une nouvelle &amp;version…</translation>
    </message>
    <message>
        <source>What c&amp;hanged…</source>
        <translation>Ce qui a &amp;changé…</translation>
    </message>
    <message>
        <source>Claims to re&amp;view…</source>
        <translation>Affirmations à re&amp;voir…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Merge a colleague&apos;s copy…</source>
        <translation>&amp;Fusionner la copie d&apos;un collègue…</translation>
    </message>
    <message>
        <source>S&amp;hare a copy…</source>
        <translation>&amp;Partager une copie…</translation>
    </message>
    <message>
        <source>&amp;Verify project…</source>
        <translation>Vérifier &amp;le projet…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Fermer le pro&amp;jet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Undo your last change to the project (Ctrl+Z)</source>
        <translation>Annuler votre dernière modification du projet (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo the change you undid (Ctrl+Shift+Z)</source>
        <translation>Rétablir la modification annulée (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find words in the article (Ctrl+F)</source>
        <translation>Rechercher des mots dans l&apos;article (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation>&amp;Coller comme nouveau document</translation>
    </message>
    <message>
        <source>&amp;Remove document…</source>
        <translation>&amp;Retirer le document…</translation>
    </message>
    <message>
        <source>Pro&amp;ject settings…</source>
        <translation>Paramètres du pro&amp;jet…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Add claim</source>
        <translation>&amp;Ajouter une affirmation</translation>
    </message>
    <message>
        <source>Add the selected words as a claim (Ctrl+Enter)</source>
        <translation>Ajouter les mots sélectionnés comme affirmation (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation>Marquer « {value} »</translation>
    </message>
    <message>
        <source>Set the current claim&apos;s status to {label} ({shortcut})</source>
        <translation>Mettre le statut de l&apos;affirmation en cours à « {label} » ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Next claim</source>
        <translation>Affirmation &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation>Affirmation &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>&amp;Supprimer l&apos;affirmation</translation>
    </message>
    <message>
        <source>&amp;Search the archive…</source>
        <translation>&amp;Rechercher dans les archives…</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>À propos de {APP_NAME}</translation>
    </message>
    <message>
        <source>{APP_NAME} {version}
Check the claims in an article, offline.</source>
        <translation>{APP_NAME} {version}
Vérifiez les affirmations d&apos;un article, hors ligne.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnchorState</name>
    <message>
        <source>Exact</source>
        <extracomment>Each state&apos;s name as a reviewer reads it (translated where shown).</extracomment>
        <translation>Exacta</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Desplazada</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Huérfana</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>The archive was not updated: {err}</source>
        <translation>El archivo no se actualizó: {err}</translation>
    </message>
    <message>
        <source>The archive of past fact-checks is not available.</source>
        <translation>El archivo de verificaciones anteriores no está disponible.</translation>
    </message>
</context>
<context>
    <name>ArchiveSearchDialog</name>
    <message>
        <source>Search the archive of fact-checks</source>
        <extracomment>The dialog lists more than the panel: the reviewer is looking on purpose.</extracomment>
        <translation>Buscar en el archivo de verificaciones</translation>
    </message>
    <message>
        <source>A claim, in any wording</source>
        <translation>Una afirmación, con cualquier redacción</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Buscar en el archivo</translation>
    </message>
    <message>
        <source>Not searched: {reason}</source>
        <translation>No se buscó: {reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Type a claim to search for.</source>
        <translation>Escriba una afirmación que buscar.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message numerus="yes">
        <source>%n fact-check(s) found.</source>
        <translation>
            <numerusform>%n verificación encontrada.</numerusform>
            <numerusform>%n verificaciones encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earlier fact-check was attached as evidence.</source>
        <translation>La verificación anterior se adjuntó como prueba.</translation>
    </message>
</context>
<context>
    <name>ArchivedCopyViewer</name>
    <message>
        <source>Archived copy: {0}</source>
        <extracomment>Pages of a web archive listed in the details (the rest are counted).</extracomment>
        <translation>Copia archivada: {0}</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Captured:</source>
        <translation>Captura:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Conservada:</translation>
    </message>
    <message>
        <source>Main page:</source>
        <translation>Página principal:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Digests:</source>
        <translation>Hashes:</translation>
    </message>
    <message>
        <source>{0} declared digest(s) recomputed: all match</source>
        <translation>{0} hash(es) declarado(s) recalculado(s): todos coinciden</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Páginas:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>(No text could be read.)</source>
        <translation>(No se pudo leer ningún texto.)</translation>
    </message>
    <message>
        <source>Archived page text</source>
        <translation>Texto de la página archivada</translation>
    </message>
    <message>
        <source>Archived picture</source>
        <translation>Imagen archivada</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <source>Article text</source>
        <extracomment>Comfortable reading: about this many characters a line. (QPlainTextEdit, chosen for its layout speed, ignores block line heights, so spacing comes from the font and margins.)</extracomment>
        <translation>Texto del artículo</translation>
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
        <translation>Ninguna afirmación seleccionada. Seleccione palabras y pulse Ctrl+Intro para añadir una afirmación.</translation>
    </message>
    <message>
        <source>Article title</source>
        <extracomment>The longest quote read out for the current claim (a whole paragraph would drown it).</extracomment>
        <translation>Título del artículo</translation>
    </message>
    <message>
        <source>Current claim, {label}: “{quote}”</source>
        <translation>Afirmación actual, {label}: «{quote}»</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attach a file to the evidence</source>
        <extracomment>Kinds of file handed to the system viewer directly; everything else is only saved.</extracomment>
        <translation>Adjuntar un archivo a la prueba</translation>
    </message>
    <message>
        <source>Screenshots, PDFs and saved pages</source>
        <translation>Capturas, PDF y páginas guardadas</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Save the attached file</source>
        <translation>Guardar el archivo adjunto</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size} MB; attachments are limited to {limit} MB.</source>
        <translation>«{name}» ocupa {size} MB; los adjuntos están limitados a {limit} MB.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read: {reason}.</source>
        <translation>No se puede leer «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written: {reason}.</source>
        <translation>No se puede escribir «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a picture or a PDF, so it is not opened from here: save it and open it yourself if you trust it.</source>
        <translation>«{name}» no es una imagen ni un PDF, así que no se abre desde aquí: guárdelo y ábralo usted mismo si confía en él.</translation>
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>Checked before: rated &apos;{rating}&apos; {by}</source>
        <extracomment>How many matches the panel lists.</extracomment>
        <translation>Verificada antes: calificada como «{rating}» {by}</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>sin calificación</translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>&lt;b&gt;Checked before&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verificada antes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checked before status</source>
        <translation>Estado de «Verificada antes»</translation>
    </message>
    <message>
        <source>The archive of past fact-checks is not available.</source>
        <translation>El archivo de verificaciones anteriores no está disponible.</translation>
    </message>
    <message>
        <source>Select a claim to see earlier fact-checks of it.</source>
        <translation>Seleccione una afirmación para ver sus verificaciones anteriores.</translation>
    </message>
    <message>
        <source>Searching the archive…</source>
        <translation>Buscando en el archivo…</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier fact-check(s) found.</source>
        <translation>
            <numerusform>%n verificación anterior encontrada.</numerusform>
            <numerusform>%n verificaciones anteriores encontradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed claim(s) added to your archive.</source>
        <translation>
            <numerusform>%n afirmación revisada añadida a su archivo.</numerusform>
            <numerusform>%n afirmaciones revisadas añadidas a su archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier fact-check matches this claim.</source>
        <translation>Ninguna verificación anterior coincide con esta afirmación.</translation>
    </message>
    <message>
        <source>The archive could not be searched: {reason}</source>
        <translation>No se pudo buscar en el archivo: {reason}</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Select a claim in the list or a highlight in the article.</source>
        <translation>Seleccione una afirmación de la lista o un resaltado del artículo.</translation>
    </message>
    <message>
        <source>The claim in your words (else the quote)</source>
        <translation>La afirmación en sus palabras (si no, la cita)</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>Quién hizo la afirmación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Claim editor</source>
        <translation>Editor de afirmaciones</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Cita:</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>C&amp;laimant:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor de la afirmación</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Calificación:</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Claim fields</source>
        <translation>Campos de la afirmación</translation>
    </message>
    <message>
        <source>(no rating)</source>
        <translation>(sin calificación)</translation>
    </message>
    <message>
        <source>{label} (not in this project&apos;s scale)</source>
        <translation>{label} (no está en la escala de este proyecto)</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Show claims with status</source>
        <translation>Mostrar afirmaciones con estado</translation>
    </message>
    <message>
        <source>Lists only the claims with this status</source>
        <translation>Muestra solo las afirmaciones con este estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Buscar afirmaciones</translation>
    </message>
    <message>
        <source>Lists only the claims whose words, evidence or rating contain this text</source>
        <translation>Muestra solo las afirmaciones cuyas palabras, pruebas o calificación contienen este texto</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>The claims of this article with their status; choosing one opens it in the editor</source>
        <translation>Las afirmaciones de este artículo con su estado; al elegir una se abre en el editor</translation>
    </message>
    <message>
        <source>No matching claims</source>
        <translation>Ninguna afirmación coincide</translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor de la afirmación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add claim</source>
        <translation>Añadir afirmación</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Eliminar afirmación</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Añadir prueba</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Editar prueba</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar prueba</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>Cambiar la configuración del proyecto</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Quitar documento</translation>
    </message>
    <message>
        <source>Adjust claim span</source>
        <translation>Ajustar el alcance de la afirmación</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>Editar los detalles del documento</translation>
    </message>
    <message>
        <source>Add archived copy</source>
        <translation>Añadir copia archivada</translation>
    </message>
    <message>
        <source>Remove archived copy</source>
        <translation>Quitar copia archivada</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>The words of a delete/edit conflict, which core writes in English for the command line.</extracomment>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>edited its evidence</source>
        <translation>editó sus pruebas</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Merge {other_name}</source>
        <translation>Combinar {other_name}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from {other} will be taken</source>
        <translation>
            <numerusform>Se tomará %n cambio de {other}</numerusform>
            <numerusform>Se tomarán %n cambios de {other}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) need your choice.</source>
        <translation>
            <numerusform>; %n conflicto necesita su decisión.</numerusform>
            <numerusform>; %n conflictos necesitan su decisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <source>Changes the merge makes</source>
        <translation>Cambios que hace la combinación</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Conservar todos los &amp;míos</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Tomar todos los &amp;suyos</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mío</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Suyo</translation>
    </message>
    <message>
        <source>{value} for {field} of {label}</source>
        <translation>{value} para {field} de {label}</translation>
    </message>
    <message>
        <source>Conflicting changes</source>
        <translation>Cambios en conflicto</translation>
    </message>
    <message>
        <source>Choose a side for every conflict first.</source>
        <translation>Elija primero un lado para cada conflicto.</translation>
    </message>
</context>
<context>
    <name>CopiesController</name>
    <message>
        <source>Reading {0}</source>
        <translation>Leyendo {0}</translation>
    </message>
    <message>
        <source>Keep a large file?</source>
        <translation>¿Conservar un archivo grande?</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is {1}. Kept in the project, it makes the file that much larger for everyone it is sent to. Keep it anyway?</source>
        <translation>«{0}» ocupa {1}. Si se conserva en el proyecto, el archivo crece otro tanto para todos a quienes se envíe. ¿Conservarlo de todos modos?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>reading &apos;{0}&apos;</source>
        <translation>se leía «{0}»</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Se guardó {0}.</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Archived copies</source>
        <translation>Copias archivadas</translation>
    </message>
    <message>
        <source>Files kept with the selected evidence: web archives, pages, PDFs, pictures</source>
        <translation>Archivos conservados con la prueba seleccionada: archivos web, páginas, PDF, imágenes</translation>
    </message>
    <message>
        <source>Add archived cop&amp;y…</source>
        <translation>Añadir co&amp;pia archivada…</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Guardar una co&amp;pia…</translation>
    </message>
    <message>
        <source>Remove cop&amp;y</source>
        <translation>Quitar la co&amp;pia</translation>
    </message>
    <message>
        <source>Add an archived copy to the evidence</source>
        <translation>Añadir una copia archivada a la prueba</translation>
    </message>
    <message>
        <source>View the archived copy</source>
        <translation>Ver la copia archivada</translation>
    </message>
    <message>
        <source>Save the archived copy as a file</source>
        <translation>Guardar la copia archivada como archivo</translation>
    </message>
    <message>
        <source>Remove the archived copy</source>
        <translation>Quitar la copia archivada</translation>
    </message>
    <message>
        <source>Archived copies of the selected evidence</source>
        <translation>Copias archivadas de la prueba seleccionada</translation>
    </message>
    <message>
        <source>Add an archived copy</source>
        <translation>Añadir una copia archivada</translation>
    </message>
    <message>
        <source>Web archives, pages, PDFs and pictures (*.wacz *.warc *.warc.gz *.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Archivos web, páginas, PDF e imágenes (*.wacz *.warc *.warc.gz *.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.gif *.webp);;Todos los archivos (*)</translation>
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
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Título del documento</translation>
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
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Web address of the article</source>
        <translation>Dirección web del artículo</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Detalles del documento</translation>
    </message>
    <message>
        <source>e.g. 2025-10-22</source>
        <translation>p. ej., 2025-10-22</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>The URL must be a web address (http:// or https://).</source>
        <translation>La URL debe ser una dirección web (http:// o https://).</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Longitud:</translation>
    </message>
    <message>
        <source>{count} character(s)</source>
        <translation>{count} caracteres</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importado:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Páginas:</translation>
    </message>
    <message>
        <source>Read by:</source>
        <translation>Leído con:</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>The articles of this project; choosing one shows it</source>
        <translation>Los artículos de este proyecto; al elegir uno se muestra</translation>
    </message>
</context>
<context>
    <name>EmptyProjectPage</name>
    <message>
        <source>This project has no articles yet</source>
        <translation>Este proyecto aún no tiene artículos</translation>
    </message>
    <message>
        <source>Start by bringing in the article to check: import its file, or paste its text. Then select the words of a claim and press Ctrl+Enter.</source>
        <translation>Empiece por traer el artículo que quiere verificar: importe su archivo o pegue su texto. Luego seleccione las palabras de una afirmación y pulse Ctrl+Intro.</translation>
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
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Ocultar &amp;detalles</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. Your edits so far are saved in the project file. The details are in {path}.</source>
        <translation>Algo salió mal. Sus cambios hasta ahora están guardados en el archivo del proyecto. Los detalles están en {path}.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit evidence</source>
        <extracomment>QDateEdit cannot be empty; its minimum date stands for &quot;no date recorded&quot; (shown as text).</extracomment>
        <translation>Editar prueba</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Añadir prueba</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrada</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>The passage that bears on the claim</source>
        <translation>El pasaje relevante para la afirmación</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Evidence title</source>
        <translation>Título de la prueba</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL de la prueba</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>Evidence publisher</source>
        <translation>Medio de la prueba</translation>
    </message>
    <message>
        <source>&amp;Accessed:</source>
        <translation>&amp;Consultado:</translation>
    </message>
    <message>
        <source>Date the source was accessed</source>
        <translation>Fecha en que se consultó la fuente</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Postura:</translation>
    </message>
    <message>
        <source>Stance of the evidence</source>
        <translation>Postura de la prueba</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Extracto:</translation>
    </message>
    <message>
        <source>Excerpt from the source</source>
        <translation>Extracto de la fuente</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Note on the evidence</source>
        <translation>Nota sobre la prueba</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Accessed today</source>
        <translation>Consultado hoy</translation>
    </message>
    <message>
        <source>Attac&amp;h file…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <source>Attach a screenshot, PDF or saved page</source>
        <translation>Adjuntar una captura, un PDF o una página guardada</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>&amp;Quitar archivo</translation>
    </message>
    <message>
        <source>No file attached</source>
        <extracomment>The attached file as it will be saved: (name, bytes) new, (&quot;&quot;, None) removed.</extracomment>
        <translation>Ningún archivo adjunto</translation>
    </message>
    <message>
        <source>The URL must be a web address (http:// or https://) or a mailto: link.</source>
        <translation>La URL debe ser una dirección web (http:// o https://) o un enlace mailto:.</translation>
    </message>
    <message>
        <source>Give at least a title, a URL or an excerpt.</source>
        <translation>Indique al menos un título, una URL o un extracto.</translation>
    </message>
    <message>
        <source>Choose a stance: does the source support or refute the claim, or give context?</source>
        <translation>Elija una postura: ¿la fuente respalda o refuta la afirmación, o aporta contexto?</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attached file: {name}</source>
        <translation>Archivo adjunto: {name}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>The evidence whose archived copies to show (its id, or None), after every change of selection or of the list.</extracomment>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>The sources for the current claim, with stance</source>
        <translation>Las fuentes de la afirmación actual, con su postura</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>Abrir &amp;enlace</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <extracomment>The selected evidence&apos;s archived copies (filled by the window&apos;s controller).</extracomment>
        <translation>Añadir prueba</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Editar prueba</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar prueba</translation>
    </message>
    <message>
        <source>Open evidence link in the browser</source>
        <translation>Abrir el enlace de la prueba en el navegador</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open attached file</source>
        <translation>Abrir el archivo adjunto</translation>
    </message>
    <message>
        <source>Save attached file as…</source>
        <translation>Guardar el archivo adjunto como…</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>Open or save the file attached to the evidence</source>
        <translation>Abrir o guardar el archivo adjunto a la prueba</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose where to save the export.</source>
        <extracomment>HTML only: write a zip of the report and the archived copies it cites.</extracomment>
        <translation>Elija dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>{path} is a folder: add a file name.</source>
        <translation>{path} es una carpeta: añada un nombre de archivo.</translation>
    </message>
    <message>
        <source>{name} exists and will be replaced.</source>
        <translation>{name} ya existe y se reemplazará.</translation>
    </message>
    <message>
        <source>Export report</source>
        <extracomment>The formats whose report can be previewed in the dialog. The formats a person reads, which take the report options.</extracomment>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Claims from:</source>
        <translation>Afirmaciones de:</translation>
    </message>
    <message>
        <source>With status:</source>
        <translation>Con estado:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>This document: {title}</source>
        <translation>Este documento: {title}</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Este documento</translation>
    </message>
    <message>
        <source>All documents ({count})</source>
        <translation>Todos los documentos ({count})</translation>
    </message>
    <message>
        <source>Include {value} claims</source>
        <translation>Incluir afirmaciones con estado «{value}»</translation>
    </message>
    <message>
        <source>Add the full article text, claims highlighted</source>
        <translation>Añadir el texto completo del artículo, con las afirmaciones resaltadas</translation>
    </message>
    <message>
        <source>List articles without claims</source>
        <translation>Listar los artículos sin afirmaciones</translation>
    </message>
    <message>
        <source>Put the archived copies beside the report (writes a .zip)</source>
        <translation>Poner las copias archivadas junto al informe (genera un .zip)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>No export formats are available.</source>
        <translation>No hay formatos de exportación disponibles.</translation>
    </message>
    <message>
        <source>Tick at least one status.</source>
        <translation>Marque al menos un estado.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <extracomment>A renderer: the snapshot and the report options in, the file&apos;s bytes out.</extracomment>
        <translation>Informe HTML</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Informe Markdown</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Hoja de cálculo CSV</translation>
    </message>
    <message>
        <source>Project as JSON</source>
        <translation>Proyecto en JSON</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD</source>
        <translation>ClaimReview JSON-LD</translation>
    </message>
    <message>
        <source>Web Annotations (JSON-LD)</source>
        <translation>Anotaciones web (JSON-LD)</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Last export</source>
        <translation>Última exportación</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Se exportó {name}</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <source>Show {parent} in the file manager</source>
        <translation>Mostrar {parent} en el gestor de archivos</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Article</source>
        <extracomment>Gestures that are not menu actions, so the menus cannot list them.</extracomment>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Drag over words</source>
        <translation>Arrastrar sobre palabras</translation>
    </message>
    <message>
        <source>Selects whole words (a drag may start mid-word)</source>
        <translation>Selecciona palabras enteras (el arrastre puede empezar a mitad de palabra)</translation>
    </message>
    <message>
        <source>Alt + drag</source>
        <translation>Alt + arrastrar</translation>
    </message>
    <message>
        <source>Selects exactly the characters dragged over</source>
        <translation>Selecciona exactamente los caracteres arrastrados</translation>
    </message>
    <message>
        <source>Drag the current claim&apos;s first or last letter</source>
        <translation>Arrastrar la primera o la última letra de la afirmación actual</translation>
    </message>
    <message>
        <source>Moves that edge</source>
        <translation>Mueve ese extremo</translation>
    </message>
    <message>
        <source>Shift + arrows, Ctrl + Shift + arrows</source>
        <translation>Mayús + flechas, Ctrl + Mayús + flechas</translation>
    </message>
    <message>
        <source>Select by keyboard</source>
        <translation>Seleccionar con el teclado</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barra de búsqueda</translation>
    </message>
    <message>
        <source>Enter / Shift + Enter / Escape</source>
        <translation>Intro / Mayús + Intro / Esc</translation>
    </message>
    <message>
        <source>Next match / previous / close</source>
        <translation>Coincidencia siguiente / anterior / cerrar</translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation>Lista de pruebas</translation>
    </message>
    <message>
        <source>Enter / Delete</source>
        <translation>Intro / Supr</translation>
    </message>
    <message>
        <source>Edit / remove the selected evidence</source>
        <translation>Editar / quitar la prueba seleccionada</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Mouse and text</source>
        <translation>Ratón y texto</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <extracomment>How long a job runs before its progress dialog appears: quick jobs never flash one.</extracomment>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Captura</translation>
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
        <translation>Archivo en uso</translation>
    </message>
    <message>
        <source>Who holds the file</source>
        <translation>Quién tiene el archivo</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Abrir en modo de &amp;solo lectura</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Tomar el control</translation>
    </message>
    <message>
        <source>Only if you are sure the other program has stopped: their unsaved lock is removed.</source>
        <translation>Solo si está seguro de que el otro programa se ha detenido: se elimina su bloqueo.</translation>
    </message>
    <message>
        <source>Take over only if the other program has really stopped (for example after a crash); otherwise your changes and theirs would overwrite each other.</source>
        <translation>Tome el control solo si el otro programa se ha detenido de verdad (por ejemplo, tras un fallo); si no, sus cambios y los del otro se sobrescribirían.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Review progress</source>
        <extracomment>Set while a team project is open (see ``ui/team_live.py``); True: handled.</extracomment>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <source>{name} is open read-only: you can read and export it, but not change it.</source>
        <translation>{name} está abierto en modo de solo lectura: puede leerlo y exportarlo, pero no cambiarlo.</translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation>se guardaba un cambio</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <source>Earlier fact-checks</source>
        <translation>Verificaciones anteriores</translation>
    </message>
    <message>
        <source>&amp;Attach as evidence</source>
        <translation>&amp;Adjuntar como prueba</translation>
    </message>
    <message>
        <source>Cop&amp;y verdict</source>
        <translation>Cop&amp;iar veredicto</translation>
    </message>
    <message>
        <source>Copied the verdict &apos;{rating}&apos; ({publisher}).</source>
        <translation>Se copió el veredicto «{rating}» ({publisher}).</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archivo</translation>
    </message>
</context>
<context>
    <name>MergeSummary</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>+ version {number} of document {document} (their version {theirs}: both copies imported a different new text, so theirs now follows mine)</source>
        <translation>+ versión {number} del documento {document} (su versión {theirs}: ambas copias importaron un texto nuevo distinto, así que la suya sigue ahora a la mía)</translation>
    </message>
    <message>
        <source>+ version {number} of document {document}</source>
        <translation>+ versión {number} del documento {document}</translation>
    </message>
    <message>
        <source>~ document &apos;{name}&apos;: {fields}</source>
        <translation>~ documento «{name}»: {fields}</translation>
    </message>
    <message>
        <source>+ claim &apos;{quote}&apos; ({status})</source>
        <translation>+ afirmación «{quote}» ({status})</translation>
    </message>
    <message>
        <source>~ claim &apos;{name}&apos;: {changes} ({by})</source>
        <translation>~ afirmación «{name}»: {changes} ({by})</translation>
    </message>
    <message>
        <source>- claim &apos;{name}&apos;</source>
        <translation>- afirmación «{name}»</translation>
    </message>
    <message>
        <source>+ evidence &apos;{title}&apos;</source>
        <translation>+ prueba «{title}»</translation>
    </message>
    <message>
        <source>~ evidence &apos;{name}&apos;: {fields}</source>
        <translation>~ prueba «{name}»: {fields}</translation>
    </message>
    <message>
        <source>~ evidence &apos;{name}&apos;: attached file</source>
        <translation>~ prueba «{name}»: archivo adjunto</translation>
    </message>
    <message>
        <source>- evidence &apos;{name}&apos;</source>
        <translation>- prueba «{name}»</translation>
    </message>
    <message>
        <source>+ archived copy &apos;{name}&apos; ({hash})</source>
        <translation>+ copia archivada «{name}» ({hash})</translation>
    </message>
    <message>
        <source>- archived copy &apos;{name}&apos;</source>
        <translation>- copia archivada «{name}»</translation>
    </message>
    <message>
        <source>+ document &apos;{title}&apos;</source>
        <translation>+ documento «{title}»</translation>
    </message>
    <message>
        <source>= document matched by its text: {theirs} -&gt; {mine}</source>
        <translation>= documento emparejado por su texto: {theirs} -&gt; {mine}</translation>
    </message>
    <message>
        <source>! conflict on {entity} &apos;{label}&apos;, {field}: mine {mine} ({mine_by}) vs theirs {theirs} ({theirs_by})</source>
        <translation>! conflicto en {entity} «{label}», {field}: mío {mine} ({mine_by}) frente a suyo {theirs} ({theirs_by})</translation>
    </message>
    <message>
        <source>~ version {old} of document &apos;{title}&apos; is now version {new}: the team server has another text under that number, and the server&apos;s versions keep their numbers</source>
        <extracomment>{old} and {new} are version numbers, {title} the document&apos;s title.</extracomment>
        <translation>~ la versión {old} del documento «{title}» es ahora la versión {new}: el servidor del equipo tiene otro texto con ese número, y las versiones del servidor conservan sus números</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password needed</source>
        <translation>Se necesita contraseña</translation>
    </message>
    <message>
        <source>“{file_name}” is protected by a password. Enter it to import the file.</source>
        <translation>«{file_name}» está protegido con contraseña. Introdúzcala para importar el archivo.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation>&amp;Mostrar contraseña</translation>
    </message>
    <message>
        <source>That password did not open the file. Try again.</source>
        <translation>Esa contraseña no abrió el archivo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Contraseña incorrecta</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system setting</source>
        <translation>Seguir la configuración del sistema</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Colores estándar</translation>
    </message>
    <message>
        <source>Give up reading a PDF after:</source>
        <extracomment>Each import limit: its setting, label, accessible name, allowed range and unit.</extracomment>
        <translation>Dejar de leer un PDF tras:</translation>
    </message>
    <message>
        <source>PDF time limit</source>
        <translation>Límite de tiempo para PDF</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Memory a PDF may use:</source>
        <translation>Memoria que puede usar un PDF:</translation>
    </message>
    <message>
        <source>PDF memory limit</source>
        <translation>Límite de memoria para PDF</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest PDF:</source>
        <translation>PDF más grande:</translation>
    </message>
    <message>
        <source>PDF page limit</source>
        <translation>Límite de páginas para PDF</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> páginas</translation>
    </message>
    <message>
        <source>Largest file to import:</source>
        <translation>Archivo más grande que importar:</translation>
    </message>
    <message>
        <source>Import size limit</source>
        <translation>Límite de tamaño de importación</translation>
    </message>
    <message>
        <source>Ask before keeping an archived copy over:</source>
        <translation>Preguntar antes de conservar una copia archivada de más de:</translation>
    </message>
    <message>
        <source>Archived copy size to ask about</source>
        <translation>Tamaño de copia archivada a partir del cual preguntar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Nombre del revisor</translation>
    </message>
    <message>
        <source>Recorded on every change you make. Empty: your account&apos;s name.</source>
        <translation>Se registra en cada cambio que haga. Vacío: el nombre de su cuenta.</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>&amp;Ajustar las selecciones a palabras enteras</translation>
    </message>
    <message>
        <source>A selection dragged in the article grows to the words it touches. Hold Alt while dragging to do the opposite.</source>
        <translation>Una selección arrastrada en el artículo se amplía a las palabras que toca. Mantenga Alt al arrastrar para lo contrario.</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>High contrast: white text on black (or black on white), strong focus frames</source>
        <translation>Alto contraste: texto blanco sobre negro (o negro sobre blanco), marcos de foco marcados</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes at the next start.</source>
        <translation>El idioma de la ventana; cambia en el próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Nombre del revisor:</translation>
    </message>
    <message>
        <source>C&amp;ontrast:</source>
        <translation>C&amp;ontraste:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Importing files</source>
        <translation>Importación de archivos</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation>Vista previa: {title}</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {strerror}.</source>
        <translation>No se puede abrir «{name}»: {strerror}.</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <source>Line {number}: write a rating as &apos;Label = number&apos;, then &apos;: meaning&apos; if any.</source>
        <extracomment>&quot;Label = value&quot;, then optionally &quot;: meaning&quot;. The label is the shortest text before an &quot;= number&quot; that ends the line or is followed by the colon, so a label may hold &quot;=&quot; and a meaning may hold anything.</extracomment>
        <translation>Línea {number}: escriba una calificación como «Etiqueta = número» y luego «: significado» si lo hay.</translation>
    </message>
    <message>
        <source>Line {number}: &apos;{value}&apos; is not a whole number.</source>
        <translation>Línea {number}: «{value}» no es un número entero.</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Configuración del proyecto</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Título del proyecto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>The desk that publishes the fact-checks</source>
        <translation>La redacción que publica las verificaciones</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Dirección web de la organización</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Escala de calificación</translation>
    </message>
    <message>
        <source>One rating a line, best first: &apos;Label = number: what it means&apos;. The meanings are printed in every report&apos;s &quot;How we rate&quot;.</source>
        <translation>Una calificación por línea, la mejor primero: «Etiqueta = número: lo que significa». Los significados se imprimen en «Cómo calificamos» de cada informe.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma de los informes</translation>
    </message>
    <message>
        <source>The language every report of this project is written in</source>
        <translation>El idioma en que se redactan todos los informes de este proyecto</translation>
    </message>
    <message>
        <source>Best rating value</source>
        <translation>Valor de la mejor calificación</translation>
    </message>
    <message>
        <source>Worst rating value</source>
        <translation>Valor de la peor calificación</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Rating scale:</source>
        <translation>&amp;Escala de calificación:</translation>
    </message>
    <message>
        <source>&amp;Best value:</source>
        <translation>&amp;Mejor valor:</translation>
    </message>
    <message>
        <source>W&amp;orst value:</source>
        <translation>P&amp;eor valor:</translation>
    </message>
    <message>
        <source>Re&amp;ports in:</source>
        <translation>&amp;Informes en:</translation>
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
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>The claim is accurate; nothing significant is missing.</source>
        <translation>La afirmación es exacta; no falta nada significativo.</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Mayormente verdadero</translation>
    </message>
    <message>
        <source>The claim is accurate but needs clarification or additional information.</source>
        <translation>La afirmación es exacta, pero necesita aclaración o información adicional.</translation>
    </message>
    <message>
        <source>Mixture</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <source>The claim has significant elements of both truth and falsity.</source>
        <translation>La afirmación tiene elementos significativos tanto verdaderos como falsos.</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Mayormente falso</translation>
    </message>
    <message>
        <source>The claim has an element of truth but ignores facts that would give a different impression.</source>
        <translation>La afirmación tiene algo de verdad, pero ignora hechos que darían una impresión distinta.</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>The claim is inaccurate.</source>
        <translation>La afirmación es inexacta.</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Engañoso</translation>
    </message>
    <message>
        <source>The claim uses accurate facts in a way that gives a false impression.</source>
        <translation>La afirmación usa hechos exactos de forma que da una impresión falsa.</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>Sin pruebas</translation>
    </message>
    <message>
        <source>There is not enough evidence available to support or refute the claim.</source>
        <translation>No hay pruebas suficientes para respaldar o refutar la afirmación.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Checked against the evidence listed: the claim holds.</source>
        <extracomment>The report&apos;s title when neither the project nor an article has one. The title the store gives an article imported without one: no title for a report. What each status means, stated in the report&apos;s scale section.</extracomment>
        <translation>Contrastada con las pruebas enumeradas: la afirmación se sostiene.</translation>
    </message>
    <message>
        <source>The evidence listed contradicts the claim, in whole or in part.</source>
        <translation>Las pruebas enumeradas contradicen la afirmación, total o parcialmente.</translation>
    </message>
    <message>
        <source>The desk could not confirm or refute the claim with the evidence available.</source>
        <translation>La redacción no pudo confirmar ni refutar la afirmación con las pruebas disponibles.</translation>
    </message>
    <message>
        <source>Not yet checked by the desk.</source>
        <translation>La redacción aún no la ha verificado.</translation>
    </message>
    <message>
        <source>%1 of %2 claims (%3%)</source>
        <translation>%1 de %2 afirmaciones (%3 %)</translation>
    </message>
    <message>
        <source>%1 of %2 claims reviewed (%3%)</source>
        <translation>%1 de %2 afirmaciones revisadas (%3 %)</translation>
    </message>
    <message>
        <source>Archived copy:</source>
        <translation>Copia archivada:</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Articles reviewed</source>
        <translation>Artículos revisados</translation>
    </message>
    <message>
        <source>Attached file:</source>
        <translation>Archivo adjunto:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor de la afirmación</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Pruebas citadas</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Fact-check review</source>
        <translation>Verificación de datos</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>History chain head</source>
        <translation>Último eslabón de la cadena del historial</translation>
    </message>
    <message>
        <source>How we rate</source>
        <translation>Cómo calificamos</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Made with Fact-check Workbench, %1.</source>
        <translation>Hecho con Fact-check Workbench, %1.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>No claims are in this report.</source>
        <translation>Este informe no contiene afirmaciones.</translation>
    </message>
    <message>
        <source>No claims have been marked in this article.</source>
        <translation>No se ha marcado ninguna afirmación en este artículo.</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>No se registraron pruebas.</translation>
    </message>
    <message>
        <source>No verdicts have been recorded yet.</source>
        <translation>Aún no se ha registrado ningún veredicto.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Calificación:</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>Revisadas:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Veredictos</translation>
    </message>
    <message>
        <source>Verdicts on claims</source>
        <translation>Veredictos sobre afirmaciones</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Who reviewed what</source>
        <translation>Quién revisó qué</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation>consultado el %1</translation>
    </message>
    <message>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>capturada</translation>
    </message>
    <message>
        <source>changed by</source>
        <translation>modificado por</translation>
    </message>
    <message>
        <source>check with</source>
        <translation>verificable con</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>afirmación %1</translation>
    </message>
    <message>
        <source>claims %1</source>
        <translation>afirmaciones %1</translation>
    </message>
    <message>
        <source>fact-check review</source>
        <translation>verificación de datos</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Checked against version {checked}; the passage is not in the current version {current}.</source>
        <translation>Verificada en la versión {checked}; el pasaje ya no está en la versión actual {current}.</translation>
    </message>
    <message>
        <source>Checked against version {checked} (the current one).</source>
        <translation>Verificada en la versión {checked} (la actual).</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words and their context are unchanged in version {current}.</source>
        <translation>Verificada en la versión {checked}; sus palabras y su contexto no cambian en la versión {current}.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words are unchanged in version {current}; their place or context changed.</source>
        <translation>Verificada en la versión {checked}; sus palabras no cambian en la versión {current}, pero sí su lugar o su contexto.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words changed in version {current}. Before, it read: “{before}”.</source>
        <translation>Verificada en la versión {checked}; sus palabras cambiaron en la versión {current}. Antes decía: «{before}».</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words changed in version {current}.</source>
        <translation>Verificada en la versión {checked}; sus palabras cambiaron en la versión {current}.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; the text has changed since (now version {current}).</source>
        <translation>Verificada en la versión {checked}; el texto ha cambiado desde entonces (ahora versión {current}).</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Start a word &amp;earlier</source>
        <extracomment>The Adjust span submenu: (step name in ReviewController.SPAN_STEPS, text, shortcut).</extracomment>
        <translation>Empezar una palabra &amp;antes</translation>
    </message>
    <message>
        <source>Start a word &amp;later</source>
        <translation>Empezar una palabra &amp;después</translation>
    </message>
    <message>
        <source>End a word ea&amp;rlier</source>
        <translation>Terminar una palabra an&amp;tes</translation>
    </message>
    <message>
        <source>End a word la&amp;ter</source>
        <translation>Terminar una palabra despu&amp;és</translation>
    </message>
    <message>
        <source>Add claim (e&amp;xact selection)</source>
        <translation>Añadir afirmación (selección e&amp;xacta)</translation>
    </message>
    <message>
        <source>Claim exactly the selected characters, not whole words</source>
        <translation>Tomar como afirmación exactamente los caracteres seleccionados, no palabras enteras</translation>
    </message>
    <message>
        <source>Adjust &amp;span</source>
        <translation>Ajustar el &amp;alcance</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>&amp;Detalles del documento…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Elija primero un documento.</translation>
    </message>
    <message>
        <source>The project is open read-only; the details were not changed.</source>
        <translation>El proyecto está abierto en modo de solo lectura; los detalles no se cambiaron.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Select the words of a claim in the article first.</source>
        <extracomment>How each span-adjusting step moves which edge: (edge, word step) by name.</extracomment>
        <translation>Seleccione primero las palabras de una afirmación en el artículo.</translation>
    </message>
    <message>
        <source>Add claim marked {value}</source>
        <translation>Añadir afirmación marcada como «{value}»</translation>
    </message>
    <message>
        <source>Select a claim first.</source>
        <translation>Seleccione primero una afirmación.</translation>
    </message>
    <message>
        <source>The claim cannot be made shorter or longer that way.</source>
        <translation>La afirmación no se puede acortar ni alargar de esa manera.</translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation>Marcar como «{value}»</translation>
    </message>
    <message>
        <source>Edit {fields}</source>
        <translation>Editar {fields}</translation>
    </message>
    <message>
        <source>The file &apos;{name}&apos; is not in this copy.</source>
        <translation>El archivo «{name}» no está en esta copia.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se guardó {name}.</translation>
    </message>
    <message>
        <source>Project settings changed.</source>
        <translation>Se cambió la configuración del proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>{reviewed} of %n claim(s) reviewed</source>
        <translation>
            <numerusform>{reviewed} de %n afirmación revisadas</numerusform>
            <numerusform>{reviewed} de %n afirmaciones revisadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewerWidget</name>
    <message>
        <source>The name recorded on your changes. Click to change it.</source>
        <translation>El nombre que se registra en sus cambios. Haga clic para cambiarlo.</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Nombre del revisor</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>Revisor: {name}</translation>
    </message>
    <message>
        <source>Reviewer: {name}. Activate to change.</source>
        <translation>Revisor: {name}. Actívelo para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Fact-check projects (*.factcheck)</source>
        <translation>Proyectos de verificación (*.factcheck)</translation>
    </message>
    <message>
        <source>Keep this project?</source>
        <translation>¿Conservar este proyecto?</translation>
    </message>
    <message>
        <source>This project has not been saved anywhere yet.</source>
        <translation>Este proyecto aún no se ha guardado en ningún sitio.</translation>
    </message>
    <message>
        <source>Save it to keep your claims, or discard it.</source>
        <translation>Guárdelo para conservar sus afirmaciones o descártelo.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Remove document?</source>
        <translation>¿Quitar el documento?</translation>
    </message>
    <message>
        <source>Remove “{title}” from the project?</source>
        <translation>¿Quitar «{title}» del proyecto?</translation>
    </message>
    <message>
        <source>Its {count} claim(s) and their evidence go with it. Edit &gt; Undo brings them back.</source>
        <translation>Sus {count} afirmaciones y sus pruebas se van con él. Editar &gt; Deshacer las recupera.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a copy</source>
        <translation>Compartir una copia</translation>
    </message>
    <message>
        <source>Writes a compact copy of this project to send to a colleague. They can review it and send it back, and you can merge their copy with File &gt; Merge.</source>
        <translation>Escribe una copia compacta de este proyecto para enviarla a un colega. Puede revisarla y devolverla, y usted puede combinar su copia con Archivo &gt; Combinar.</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copiar a</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Include the imported files ({megabytes} MB): PDFs, web pages, documents</source>
        <translation>&amp;Incluir los archivos importados ({megabytes} MB): PDF, páginas web, documentos</translation>
    </message>
    <message>
        <source>Include the &amp;archived copies of evidence ({0} MB): web archives, captures</source>
        <translation>Incluir las copias &amp;archivadas de las pruebas ({0} MB): archivos web, capturas</translation>
    </message>
    <message>
        <source>Fact-check projects (*.factcheck)</source>
        <translation>Proyectos de verificación (*.factcheck)</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>This project is open read-only; nothing can be merged into it.</source>
        <translation>Este proyecto está abierto en modo de solo lectura; no se puede combinar nada en él.</translation>
    </message>
    <message>
        <source>reading &apos;{name}&apos;</source>
        <translation>se leía «{name}»</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Leyendo {name}</translation>
    </message>
    <message>
        <source>Nothing to merge: this project already holds {name}&apos;s work.</source>
        <translation>Nada que combinar: este proyecto ya contiene el trabajo de {name}.</translation>
    </message>
    <message>
        <source>Nothing was merged. {err}</source>
        <translation>No se combinó nada. {err}</translation>
    </message>
    <message>
        <source>Merged {name}: {count} change(s)</source>
        <translation>Se combinó {name}: {count} cambio(s)</translation>
    </message>
    <message>
        <source>, {count} conflict(s) settled.</source>
        <translation>, {count} conflicto(s) resuelto(s).</translation>
    </message>
    <message>
        <source>Wrote {value}.</source>
        <translation>Se escribió {value}.</translation>
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
        <translation>Respalda</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>Refuta</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
</context>
<context>
    <name>StartButtons</name>
    <message>
        <source>&amp;Import an article…</source>
        <translation>&amp;Importar un artículo…</translation>
    </message>
    <message>
        <source>A PDF, a saved web page, a Word document or a text file</source>
        <translation>Un PDF, una página web guardada, un documento de Word o un archivo de texto</translation>
    </message>
    <message>
        <source>&amp;Paste article text</source>
        <translation>&amp;Pegar el texto del artículo</translation>
    </message>
    <message>
        <source>Copy the article&apos;s text first, then press here</source>
        <translation>Copie primero el texto del artículo y luego pulse aquí</translation>
    </message>
    <message>
        <source>Open the &amp;sample article</source>
        <translation>Abrir el artículo de &amp;ejemplo</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Cuestionada</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>No verificable</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>Mark the claim {value} ({shortcut})</source>
        <extracomment>Workflow order: the three outcomes first, &quot;unreviewed&quot; (the way back) last.</extracomment>
        <translation>Marcar la afirmación como «{value}» ({shortcut})</translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation>Marcar como «{value}»</translation>
    </message>
</context>
<context>
    <name>TeamLive</name>
    <message>
        <source>Who is on this article</source>
        <extracomment>How often the window renews its lease and re-reads who else is on the article.</extracomment>
        <translation>Quién está en este artículo</translation>
    </message>
    <message>
        <source>Also on this article: {value}</source>
        <translation>También en este artículo: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept, to be sent when it is back.</source>
        <translation>
            <numerusform>%n cambio guardado, se enviará cuando vuelva.</numerusform>
            <numerusform>%n cambios guardados, se enviarán cuando vuelva.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>Take a copy to work &amp;offline…</source>
        <translation>Tomar una copia para trabajar sin &amp;conexión…</translation>
    </message>
    <message>
        <source>&amp;Sync with the team server</source>
        <translation>&amp;Sincronizar con el servidor del equipo</translation>
    </message>
    <message>
        <source>Its team project: {origin}</source>
        <translation>Su proyecto de equipo: {origin}</translation>
    </message>
    <message>
        <source>Took a copy into {name}; open it to work offline, then Sync.</source>
        <translation>Se tomó una copia en {name}; ábrala para trabajar sin conexión y luego sincronice.</translation>
    </message>
    <message>
        <source>the team server</source>
        <translation>el servidor del equipo</translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <extracomment>Longest file name proposed from a title, before &quot;.factcheck&quot;.</extracomment>
        <translation> (solo lectura)</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Something went wrong while {what}.</source>
        <translation>Algo salió mal mientras {what}.</translation>
    </message>
    <message>
        <source>importing &apos;{name}&apos;</source>
        <translation>se importaba «{name}»</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importando {name}</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>se exportaba</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>Exportando {name}</translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation>Exportando {0}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify project</source>
        <translation>Verificar el proyecto</translation>
    </message>
    <message>
        <source>Intact: every stored hash and every link of the history chain still holds.</source>
        <translation>Intacto: todos los hashes guardados y todos los eslabones de la cadena del historial siguen siendo válidos.</translation>
    </message>
    <message>
        <source>Changed: {count} problem(s) found. Something was altered outside the program.</source>
        <translation>Modificado: se encontraron {count} problema(s). Algo se alteró fuera del programa.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>Checked: {checked}.
History chain head: {head}</source>
        <translation>Comprobado: {checked}.
Último eslabón de la cadena del historial: {head}</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>verifying &apos;{name}&apos;</source>
        <translation>se verificaba «{name}»</translation>
    </message>
    <message>
        <source>Verifying {name}</source>
        <translation>Verificando {name}</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>Open a document first: a new version is of one document.</source>
        <translation>Abra primero un documento: una versión nueva pertenece a un documento.</translation>
    </message>
</context>
<context>
    <name>VersionDiffDialog</name>
    <message>
        <source>What changed: {title}</source>
        <extracomment>How deleted and inserted passages are marked (readable in light and dark themes).</extracomment>
        <translation>Qué cambió: {title}</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>De la versión</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>A la versión</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Elija dos versiones distintas.</translation>
    </message>
    <message numerus="yes">
        <source>Version {number} → {number2}: %n change(s)</source>
        <translation>
            <numerusform>Versión {number} → {number2}: %n cambio</numerusform>
            <numerusform>Versión {number} → {number2}: %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>claim {number}</source>
        <translation>afirmación {number}</translation>
    </message>
    <message>
        <source>claim {number} (version {version})</source>
        <translation>afirmación {number} (versión {version})</translation>
    </message>
</context>
<context>
    <name>VersionsQueue</name>
    <message>
        <source>Claims to review after a new version</source>
        <translation>Afirmaciones que revisar tras una nueva versión</translation>
    </message>
    <message>
        <source>Claims to review</source>
        <translation>Afirmaciones que revisar</translation>
    </message>
    <message>
        <source>Old and new quote</source>
        <translation>Cita antigua y nueva</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Keep against the old version</source>
        <translation>&amp;Mantener en la versión antigua</translation>
    </message>
    <message>
        <source>A&amp;ttach to the selected text</source>
        <translation>&amp;Vincular al texto seleccionado</translation>
    </message>
    <message>
        <source>Accept carried-over claim</source>
        <translation>Aceptar la afirmación trasladada</translation>
    </message>
    <message>
        <source>Keep claim on the old version</source>
        <translation>Mantener la afirmación en la versión antigua</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing left to review.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No queda nada que revisar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not found in the new version</source>
        <translation>no encontrada en la nueva versión</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>{value}, score {anchor_score}</source>
        <translation>{value}, puntuación {anchor_score}</translation>
    </message>
    <message>
        <source>Select the claim&apos;s words in the article first.</source>
        <translation>Seleccione primero las palabras de la afirmación en el artículo.</translation>
    </message>
    <message>
        <source>Attach claim to new text</source>
        <translation>Vincular la afirmación al texto nuevo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Mark the claims in an article, check them, keep the evidence.</source>
        <translation>Marque las afirmaciones de un artículo, verifíquelas y conserve las pruebas.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Proyecto nuevo</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>A&amp;firmación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;Acerca de {APP_NAME}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <extracomment>A menu entry: the attribute that will hold the action, what it calls, its shortcut. None is a separator. The object names of the File, Edit, Claim and Help menus, in menu-bar order. The words of every action built from a menu&apos;s entries, by the attribute that holds it.</extracomment>
        <translation>Proyecto &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import article…</source>
        <translation>&amp;Importar artículo…</translation>
    </message>
    <message>
        <source>Import new &amp;version…</source>
        <translation>Importar nueva &amp;versión…</translation>
    </message>
    <message>
        <source>What c&amp;hanged…</source>
        <translation>Qué &amp;cambió…</translation>
    </message>
    <message>
        <source>Claims to re&amp;view…</source>
        <translation>Afirmaciones que re&amp;visar…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Merge a colleague&apos;s copy…</source>
        <translation>&amp;Combinar la copia de un colega…</translation>
    </message>
    <message>
        <source>S&amp;hare a copy…</source>
        <translation>Co&amp;mpartir una copia…</translation>
    </message>
    <message>
        <source>&amp;Verify project…</source>
        <translation>Veri&amp;ficar el proyecto…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Undo your last change to the project (Ctrl+Z)</source>
        <translation>Deshacer su último cambio en el proyecto (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo the change you undid (Ctrl+Shift+Z)</source>
        <translation>Rehacer el cambio que deshizo (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find words in the article (Ctrl+F)</source>
        <translation>Buscar palabras en el artículo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation>&amp;Pegar como documento nuevo</translation>
    </message>
    <message>
        <source>&amp;Remove document…</source>
        <translation>&amp;Quitar documento…</translation>
    </message>
    <message>
        <source>Pro&amp;ject settings…</source>
        <translation>Configuración del pro&amp;yecto…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Add claim</source>
        <translation>&amp;Añadir afirmación</translation>
    </message>
    <message>
        <source>Add the selected words as a claim (Ctrl+Enter)</source>
        <translation>Añadir las palabras seleccionadas como afirmación (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation>Marcar como «{value}»</translation>
    </message>
    <message>
        <source>Set the current claim&apos;s status to {label} ({shortcut})</source>
        <translation>Poner el estado de la afirmación actual en «{label}» ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Next claim</source>
        <translation>Afirmación &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation>Afirmación &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>&amp;Eliminar afirmación</translation>
    </message>
    <message>
        <source>&amp;Search the archive…</source>
        <translation>&amp;Buscar en el archivo…</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Acerca de {APP_NAME}</translation>
    </message>
    <message>
        <source>{APP_NAME} {version}
Check the claims in an article, offline.</source>
        <translation>{APP_NAME} {version}
Verifique las afirmaciones de un artículo, sin conexión.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AnchorState</name>
    <message>
        <source>Exact</source>
        <extracomment>Each state&apos;s name as a reviewer reads it (translated where shown).</extracomment>
        <translation>Exata</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Deslocada</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterada</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Órfã</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>The archive was not updated: {err}</source>
        <translation>O arquivo não foi atualizado: {err}</translation>
    </message>
    <message>
        <source>The archive of past fact-checks is not available.</source>
        <translation>O arquivo de verificações anteriores não está disponível.</translation>
    </message>
</context>
<context>
    <name>ArchiveSearchDialog</name>
    <message>
        <source>Search the archive of fact-checks</source>
        <extracomment>The dialog lists more than the panel: the reviewer is looking on purpose.</extracomment>
        <translation>Pesquisar no arquivo de verificações</translation>
    </message>
    <message>
        <source>A claim, in any wording</source>
        <translation>Uma alegação, com qualquer formulação</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Pesquisar no arquivo</translation>
    </message>
    <message>
        <source>Not searched: {reason}</source>
        <translation>Não pesquisado: {reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>A pesquisar…</translation>
    </message>
    <message>
        <source>Type a claim to search for.</source>
        <translation>Escreva uma alegação a pesquisar.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nenhuma.</translation>
    </message>
    <message numerus="yes">
        <source>%n fact-check(s) found.</source>
        <translation>
            <numerusform>%n verificação encontrada.</numerusform>
            <numerusform>%n verificações encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earlier fact-check was attached as evidence.</source>
        <translation>A verificação anterior foi anexada como prova.</translation>
    </message>
</context>
<context>
    <name>ArchivedCopyViewer</name>
    <message>
        <source>Archived copy: {0}</source>
        <extracomment>Pages of a web archive listed in the details (the rest are counted).</extracomment>
        <translation>Cópia arquivada: {0}</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Ficheiro:</translation>
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
        <translation>Tamanho:</translation>
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
        <translation>desconhecido</translation>
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
        <translation>{0} hash(es) declarado(s) recalculado(s): todos coincidem</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… e mais {0}</translation>
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
        <translation>(Não foi possível ler nenhum texto.)</translation>
    </message>
    <message>
        <source>Archived page text</source>
        <translation>Texto da página arquivada</translation>
    </message>
    <message>
        <source>Archived picture</source>
        <translation>Imagem arquivada</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <source>Article text</source>
        <extracomment>Comfortable reading: about this many characters a line. (QPlainTextEdit, chosen for its layout speed, ignores block line heights, so spacing comes from the font and margins.)</extracomment>
        <translation>Texto do artigo</translation>
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
        <translation>Nenhuma alegação selecionada. Selecione palavras e prima Ctrl+Enter para adicionar uma alegação.</translation>
    </message>
    <message>
        <source>Article title</source>
        <extracomment>The longest quote read out for the current claim (a whole paragraph would drown it).</extracomment>
        <translation>Título do artigo</translation>
    </message>
    <message>
        <source>Current claim, {label}: “{quote}”</source>
        <translation>Alegação atual, {label}: «{quote}»</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attach a file to the evidence</source>
        <extracomment>Kinds of file handed to the system viewer directly; everything else is only saved.</extracomment>
        <translation>Anexar um ficheiro à prova</translation>
    </message>
    <message>
        <source>Screenshots, PDFs and saved pages</source>
        <translation>Capturas de ecrã, PDF e páginas guardadas</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os ficheiros</translation>
    </message>
    <message>
        <source>Save the attached file</source>
        <translation>Guardar o ficheiro anexado</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size} MB; attachments are limited to {limit} MB.</source>
        <translation>«{name}» tem {size} MB; os anexos estão limitados a {limit} MB.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read: {reason}.</source>
        <translation>Não é possível ler «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written: {reason}.</source>
        <translation>Não é possível escrever «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a picture or a PDF, so it is not opened from here: save it and open it yourself if you trust it.</source>
        <translation>«{name}» não é uma imagem nem um PDF, por isso não é aberto daqui: guarde-o e abra-o você mesmo se confiar nele.</translation>
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>Checked before: rated &apos;{rating}&apos; {by}</source>
        <extracomment>How many matches the panel lists.</extracomment>
        <translation>Verificada antes: classificada como «{rating}» {by}</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>sem classificação</translation>
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
        <translation>O arquivo de verificações anteriores não está disponível.</translation>
    </message>
    <message>
        <source>Select a claim to see earlier fact-checks of it.</source>
        <translation>Selecione uma alegação para ver as suas verificações anteriores.</translation>
    </message>
    <message>
        <source>Searching the archive…</source>
        <translation>A pesquisar no arquivo…</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier fact-check(s) found.</source>
        <translation>
            <numerusform>%n verificação anterior encontrada.</numerusform>
            <numerusform>%n verificações anteriores encontradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed claim(s) added to your archive.</source>
        <translation>
            <numerusform>%n alegação revista adicionada ao seu arquivo.</numerusform>
            <numerusform>%n alegações revistas adicionadas ao seu arquivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier fact-check matches this claim.</source>
        <translation>Nenhuma verificação anterior corresponde a esta alegação.</translation>
    </message>
    <message>
        <source>The archive could not be searched: {reason}</source>
        <translation>Não foi possível pesquisar no arquivo: {reason}</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Select a claim in the list or a highlight in the article.</source>
        <translation>Selecione uma alegação na lista ou um destaque no artigo.</translation>
    </message>
    <message>
        <source>The claim in your words (else the quote)</source>
        <translation>A alegação por palavras suas (senão, a citação)</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>Quem fez a alegação</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <source>Claim editor</source>
        <translation>Editor de alegações</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Citação:</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
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
        <translation>&amp;Resumo:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>C&amp;laimant:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor da alegação</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Classificação:</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Classificação</translation>
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
        <translation>Campos da alegação</translation>
    </message>
    <message>
        <source>(no rating)</source>
        <translation>(sem classificação)</translation>
    </message>
    <message>
        <source>{label} (not in this project&apos;s scale)</source>
        <translation>{label} (fora da escala deste projeto)</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Show claims with status</source>
        <translation>Mostrar alegações com o estado</translation>
    </message>
    <message>
        <source>Lists only the claims with this status</source>
        <translation>Lista apenas as alegações com este estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Pesquisar alegações</translation>
    </message>
    <message>
        <source>Lists only the claims whose words, evidence or rating contain this text</source>
        <translation>Lista apenas as alegações cujas palavras, provas ou classificação contêm este texto</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Alegações</translation>
    </message>
    <message>
        <source>The claims of this article with their status; choosing one opens it in the editor</source>
        <translation>As alegações deste artigo com o seu estado; escolher uma abre-a no editor</translation>
    </message>
    <message>
        <source>No matching claims</source>
        <translation>Nenhuma alegação corresponde</translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <source>Claim</source>
        <translation>Alegação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor da alegação</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add claim</source>
        <translation>Adicionar alegação</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Eliminar alegação</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Adicionar prova</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Editar prova</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Remover prova</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>Alterar as definições do projeto</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remover documento</translation>
    </message>
    <message>
        <source>Adjust claim span</source>
        <translation>Ajustar a extensão da alegação</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>Editar os detalhes do documento</translation>
    </message>
    <message>
        <source>Add archived copy</source>
        <translation>Adicionar cópia arquivada</translation>
    </message>
    <message>
        <source>Remove archived copy</source>
        <translation>Remover cópia arquivada</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>The words of a delete/edit conflict, which core writes in English for the command line.</extracomment>
        <translation>excluído</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>edited its evidence</source>
        <translation>editou as suas provas</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Merge {other_name}</source>
        <translation>Juntar {other_name}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from {other} will be taken</source>
        <translation>
            <numerusform>Será aceite %n alteração de {other}</numerusform>
            <numerusform>Serão aceites %n alterações de {other}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) need your choice.</source>
        <translation>
            <numerusform>; %n conflito precisa da sua escolha.</numerusform>
            <numerusform>; %n conflitos precisam da sua escolha.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Sem alterações.</translation>
    </message>
    <message>
        <source>Changes the merge makes</source>
        <translation>Alterações feitas pela junção</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Manter todas as &amp;minhas</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Aceitar todas as &amp;deles</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Juntar</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meu</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deles</translation>
    </message>
    <message>
        <source>{value} for {field} of {label}</source>
        <translation>{value} para {field} de {label}</translation>
    </message>
    <message>
        <source>Conflicting changes</source>
        <translation>Alterações em conflito</translation>
    </message>
    <message>
        <source>Choose a side for every conflict first.</source>
        <translation>Escolha primeiro um lado para cada conflito.</translation>
    </message>
</context>
<context>
    <name>CopiesController</name>
    <message>
        <source>Reading {0}</source>
        <translation>A ler {0}</translation>
    </message>
    <message>
        <source>Keep a large file?</source>
        <translation>Manter um ficheiro grande?</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is {1}. Kept in the project, it makes the file that much larger for everyone it is sent to. Keep it anyway?</source>
        <translation>«{0}» tem {1}. Mantido no projeto, torna o ficheiro outro tanto maior para todos a quem for enviado. Mantê-lo mesmo assim?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantê-lo</translation>
    </message>
    <message>
        <source>reading &apos;{0}&apos;</source>
        <translation>se lia «{0}»</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} guardado.</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Archived copies</source>
        <translation>Cópias arquivadas</translation>
    </message>
    <message>
        <source>Files kept with the selected evidence: web archives, pages, PDFs, pictures</source>
        <translation>Ficheiros mantidos com a prova selecionada: arquivos web, páginas, PDF, imagens</translation>
    </message>
    <message>
        <source>Add archived cop&amp;y…</source>
        <translation>Adicionar có&amp;pia arquivada…</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Guardar uma có&amp;pia…</translation>
    </message>
    <message>
        <source>Remove cop&amp;y</source>
        <translation>Remover a có&amp;pia</translation>
    </message>
    <message>
        <source>Add an archived copy to the evidence</source>
        <translation>Adicionar uma cópia arquivada à prova</translation>
    </message>
    <message>
        <source>View the archived copy</source>
        <translation>Ver a cópia arquivada</translation>
    </message>
    <message>
        <source>Save the archived copy as a file</source>
        <translation>Guardar a cópia arquivada como ficheiro</translation>
    </message>
    <message>
        <source>Remove the archived copy</source>
        <translation>Remover a cópia arquivada</translation>
    </message>
    <message>
        <source>Archived copies of the selected evidence</source>
        <translation>Cópias arquivadas da prova selecionada</translation>
    </message>
    <message>
        <source>Add an archived copy</source>
        <translation>Adicionar uma cópia arquivada</translation>
    </message>
    <message>
        <source>Web archives, pages, PDFs and pictures (*.wacz *.warc *.warc.gz *.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Arquivos web, páginas, PDF e imagens (*.wacz *.warc *.warc.gz *.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.gif *.webp);;Todos os ficheiros (*)</translation>
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
        <translation>Título do documento</translation>
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
        <translation>&amp;Editor:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Data de publicação</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Web address of the article</source>
        <translation>Endereço web do artigo</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Detalhes do documento</translation>
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
        <translation>O URL tem de ser um endereço web (http:// ou https://).</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Comprimento:</translation>
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
        <translation>Lido por:</translation>
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
        <translation>Os artigos deste projeto; escolher um mostra-o</translation>
    </message>
</context>
<context>
    <name>EmptyProjectPage</name>
    <message>
        <source>This project has no articles yet</source>
        <translation>Este projeto ainda não tem artigos</translation>
    </message>
    <message>
        <source>Start by bringing in the article to check: import its file, or paste its text. Then select the words of a claim and press Ctrl+Enter.</source>
        <translation>Comece por trazer o artigo a verificar: importe o ficheiro ou cole o texto. Depois selecione as palavras de uma alegação e prima Ctrl+Enter.</translation>
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
        <translation>Mensagem de erro</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalhes do erro</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalhes</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalhes</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Ocultar &amp;detalhes</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. Your edits so far are saved in the project file. The details are in {path}.</source>
        <translation>Algo correu mal. As suas alterações até agora estão guardadas no ficheiro do projeto. Os detalhes estão em {path}.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit evidence</source>
        <extracomment>QDateEdit cannot be empty; its minimum date stands for &quot;no date recorded&quot; (shown as text).</extracomment>
        <translation>Editar prova</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Adicionar prova</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registada</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>The passage that bears on the claim</source>
        <translation>A passagem relevante para a alegação</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Evidence title</source>
        <translation>Título da prova</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL da prova</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Editor:</translation>
    </message>
    <message>
        <source>Evidence publisher</source>
        <translation>Editor da prova</translation>
    </message>
    <message>
        <source>&amp;Accessed:</source>
        <translation>&amp;Consultado:</translation>
    </message>
    <message>
        <source>Date the source was accessed</source>
        <translation>Data em que a fonte foi consultada</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Posição:</translation>
    </message>
    <message>
        <source>Stance of the evidence</source>
        <translation>Posição da prova</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Excerto:</translation>
    </message>
    <message>
        <source>Excerpt from the source</source>
        <translation>Excerto da fonte</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Note on the evidence</source>
        <translation>Nota sobre a prova</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Ficheiro:</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Ficheiro anexado</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>Accessed today</source>
        <translation>Consultado hoje</translation>
    </message>
    <message>
        <source>Attac&amp;h file…</source>
        <translation>A&amp;nexar ficheiro…</translation>
    </message>
    <message>
        <source>Attach a screenshot, PDF or saved page</source>
        <translation>Anexar uma captura de ecrã, um PDF ou uma página guardada</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>Re&amp;mover ficheiro</translation>
    </message>
    <message>
        <source>No file attached</source>
        <extracomment>The attached file as it will be saved: (name, bytes) new, (&quot;&quot;, None) removed.</extracomment>
        <translation>Nenhum ficheiro anexado</translation>
    </message>
    <message>
        <source>The URL must be a web address (http:// or https://) or a mailto: link.</source>
        <translation>O URL tem de ser um endereço web (http:// ou https://) ou uma ligação mailto:.</translation>
    </message>
    <message>
        <source>Give at least a title, a URL or an excerpt.</source>
        <translation>Indique pelo menos um título, um URL ou um excerto.</translation>
    </message>
    <message>
        <source>Choose a stance: does the source support or refute the claim, or give context?</source>
        <translation>Escolha uma posição: a fonte apoia ou refuta a alegação, ou dá contexto?</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attached file: {name}</source>
        <translation>Ficheiro anexado: {name}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>The evidence whose archived copies to show (its id, or None), after every change of selection or of the list.</extracomment>
        <translation>Provas</translation>
    </message>
    <message>
        <source>The sources for the current claim, with stance</source>
        <translation>As fontes da alegação atual, com a posição</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>Abrir &amp;ligação</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <extracomment>The selected evidence&apos;s archived copies (filled by the window&apos;s controller).</extracomment>
        <translation>Adicionar prova</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Editar prova</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Remover prova</translation>
    </message>
    <message>
        <source>Open evidence link in the browser</source>
        <translation>Abrir a ligação da prova no navegador</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>Open attached file</source>
        <translation>Abrir o ficheiro anexado</translation>
    </message>
    <message>
        <source>Save attached file as…</source>
        <translation>Guardar o ficheiro anexado como…</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Ficheiro anexado</translation>
    </message>
    <message>
        <source>Open or save the file attached to the evidence</source>
        <translation>Abrir ou guardar o ficheiro anexado à prova</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose where to save the export.</source>
        <extracomment>HTML only: write a zip of the report and the archived copies it cites.</extracomment>
        <translation>Escolha onde guardar a exportação.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>A pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>{path} is a folder: add a file name.</source>
        <translation>{path} é uma pasta: acrescente um nome de ficheiro.</translation>
    </message>
    <message>
        <source>{name} exists and will be replaced.</source>
        <translation>{name} já existe e será substituído.</translation>
    </message>
    <message>
        <source>Export report</source>
        <extracomment>The formats whose report can be previewed in the dialog. The formats a person reads, which take the report options.</extracomment>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportação</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Ficheiro de exportação</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pré-&amp;visualizar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Claims from:</source>
        <translation>Alegações de:</translation>
    </message>
    <message>
        <source>With status:</source>
        <translation>Com o estado:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Relatório:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar em:</translation>
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
        <translation>Todos os documentos ({count})</translation>
    </message>
    <message>
        <source>Include {value} claims</source>
        <translation>Incluir alegações com o estado «{value}»</translation>
    </message>
    <message>
        <source>Add the full article text, claims highlighted</source>
        <translation>Acrescentar o texto completo do artigo, com as alegações destacadas</translation>
    </message>
    <message>
        <source>List articles without claims</source>
        <translation>Listar os artigos sem alegações</translation>
    </message>
    <message>
        <source>Put the archived copies beside the report (writes a .zip)</source>
        <translation>Colocar as cópias arquivadas junto ao relatório (escreve um .zip)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <source>No export formats are available.</source>
        <translation>Não há formatos de exportação disponíveis.</translation>
    </message>
    <message>
        <source>Tick at least one status.</source>
        <translation>Assinale pelo menos um estado.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <extracomment>A renderer: the snapshot and the report options in, the file&apos;s bytes out.</extracomment>
        <translation>Relatório HTML</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Relatório PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento Word</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Relatório Markdown</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Folha de cálculo CSV</translation>
    </message>
    <message>
        <source>Project as JSON</source>
        <translation>Projeto em JSON</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD</source>
        <translation>ClaimReview JSON-LD</translation>
    </message>
    <message>
        <source>Web Annotations (JSON-LD)</source>
        <translation>Anotações web (JSON-LD)</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Last export</source>
        <translation>Última exportação</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar na &amp;pasta</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportado</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <source>Show {parent} in the file manager</source>
        <translation>Mostrar {parent} no gestor de ficheiros</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Procurar no artigo</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Ocorrência anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Ocorrência seguinte (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fechar a barra de pesquisa (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Procurar:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sem ocorrências</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do utilizador</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Article</source>
        <extracomment>Gestures that are not menu actions, so the menus cannot list them.</extracomment>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>Drag over words</source>
        <translation>Arrastar sobre palavras</translation>
    </message>
    <message>
        <source>Selects whole words (a drag may start mid-word)</source>
        <translation>Seleciona palavras inteiras (o arrasto pode começar a meio de uma palavra)</translation>
    </message>
    <message>
        <source>Alt + drag</source>
        <translation>Alt + arrastar</translation>
    </message>
    <message>
        <source>Selects exactly the characters dragged over</source>
        <translation>Seleciona exatamente os caracteres arrastados</translation>
    </message>
    <message>
        <source>Drag the current claim&apos;s first or last letter</source>
        <translation>Arrastar a primeira ou a última letra da alegação atual</translation>
    </message>
    <message>
        <source>Moves that edge</source>
        <translation>Move esse limite</translation>
    </message>
    <message>
        <source>Shift + arrows, Ctrl + Shift + arrows</source>
        <translation>Shift + setas, Ctrl + Shift + setas</translation>
    </message>
    <message>
        <source>Select by keyboard</source>
        <translation>Selecionar com o teclado</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barra de pesquisa</translation>
    </message>
    <message>
        <source>Enter / Shift + Enter / Escape</source>
        <translation>Enter / Shift + Enter / Esc</translation>
    </message>
    <message>
        <source>Next match / previous / close</source>
        <translation>Ocorrência seguinte / anterior / fechar</translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation>Lista de provas</translation>
    </message>
    <message>
        <source>Enter / Delete</source>
        <translation>Enter / Delete</translation>
    </message>
    <message>
        <source>Edit / remove the selected evidence</source>
        <translation>Editar / remover a prova selecionada</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Mouse and text</source>
        <translation>Rato e texto</translation>
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
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Alegação</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
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
        <translation>Ficheiro em uso</translation>
    </message>
    <message>
        <source>Who holds the file</source>
        <translation>Quem tem o ficheiro</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Abrir só de &amp;leitura</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Assumir</translation>
    </message>
    <message>
        <source>Only if you are sure the other program has stopped: their unsaved lock is removed.</source>
        <translation>Só se tiver a certeza de que o outro programa parou: o bloqueio dele é removido.</translation>
    </message>
    <message>
        <source>Take over only if the other program has really stopped (for example after a crash); otherwise your changes and theirs would overwrite each other.</source>
        <translation>Assuma apenas se o outro programa parou mesmo (por exemplo, após uma falha); caso contrário, as suas alterações e as dele sobrepor-se-iam.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Review progress</source>
        <extracomment>Set while a team project is open (see ``ui/team_live.py``); True: handled.</extracomment>
        <translation>Progresso da revisão</translation>
    </message>
    <message>
        <source>{name} is open read-only: you can read and export it, but not change it.</source>
        <translation>{name} está aberto só de leitura: pode lê-lo e exportá-lo, mas não alterá-lo.</translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation>se guardava uma alteração</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <source>Earlier fact-checks</source>
        <translation>Verificações anteriores</translation>
    </message>
    <message>
        <source>&amp;Attach as evidence</source>
        <translation>&amp;Anexar como prova</translation>
    </message>
    <message>
        <source>Cop&amp;y verdict</source>
        <translation>Cop&amp;iar veredito</translation>
    </message>
    <message>
        <source>Copied the verdict &apos;{rating}&apos; ({publisher}).</source>
        <translation>Veredito «{rating}» copiado ({publisher}).</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>arquivo</translation>
    </message>
</context>
<context>
    <name>MergeSummary</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>+ version {number} of document {document} (their version {theirs}: both copies imported a different new text, so theirs now follows mine)</source>
        <translation>+ versão {number} do documento {document} (a versão deles {theirs}: ambas as cópias importaram um texto novo diferente, por isso a deles segue agora a minha)</translation>
    </message>
    <message>
        <source>+ version {number} of document {document}</source>
        <translation>+ versão {number} do documento {document}</translation>
    </message>
    <message>
        <source>~ document &apos;{name}&apos;: {fields}</source>
        <translation>~ documento «{name}»: {fields}</translation>
    </message>
    <message>
        <source>+ claim &apos;{quote}&apos; ({status})</source>
        <translation>+ afirmação «{quote}» ({status})</translation>
    </message>
    <message>
        <source>~ claim &apos;{name}&apos;: {changes} ({by})</source>
        <translation>~ afirmação «{name}»: {changes} ({by})</translation>
    </message>
    <message>
        <source>- claim &apos;{name}&apos;</source>
        <translation>- afirmação «{name}»</translation>
    </message>
    <message>
        <source>+ evidence &apos;{title}&apos;</source>
        <translation>+ prova «{title}»</translation>
    </message>
    <message>
        <source>~ evidence &apos;{name}&apos;: {fields}</source>
        <translation>~ prova «{name}»: {fields}</translation>
    </message>
    <message>
        <source>~ evidence &apos;{name}&apos;: attached file</source>
        <translation>~ prova «{name}»: ficheiro anexado</translation>
    </message>
    <message>
        <source>- evidence &apos;{name}&apos;</source>
        <translation>- prova «{name}»</translation>
    </message>
    <message>
        <source>+ archived copy &apos;{name}&apos; ({hash})</source>
        <translation>+ cópia arquivada «{name}» ({hash})</translation>
    </message>
    <message>
        <source>- archived copy &apos;{name}&apos;</source>
        <translation>- cópia arquivada «{name}»</translation>
    </message>
    <message>
        <source>+ document &apos;{title}&apos;</source>
        <translation>+ documento «{title}»</translation>
    </message>
    <message>
        <source>= document matched by its text: {theirs} -&gt; {mine}</source>
        <translation>= documento associado pelo seu texto: {theirs} -&gt; {mine}</translation>
    </message>
    <message>
        <source>! conflict on {entity} &apos;{label}&apos;, {field}: mine {mine} ({mine_by}) vs theirs {theirs} ({theirs_by})</source>
        <translation>! conflito em {entity} «{label}», {field}: a minha {mine} ({mine_by}) contra a deles {theirs} ({theirs_by})</translation>
    </message>
    <message>
        <source>~ version {old} of document &apos;{title}&apos; is now version {new}: the team server has another text under that number, and the server&apos;s versions keep their numbers</source>
        <extracomment>{old} and {new} are version numbers, {title} the document&apos;s title.</extracomment>
        <translation>~ a versão {old} do documento «{title}» é agora a versão {new}: o servidor da equipa tem outro texto com esse número, e as versões do servidor mantêm os seus números</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fechar mensagem</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password needed</source>
        <translation>Palavra-passe necessária</translation>
    </message>
    <message>
        <source>“{file_name}” is protected by a password. Enter it to import the file.</source>
        <translation>«{file_name}» está protegido por palavra-passe. Introduza-a para importar o ficheiro.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation>&amp;Mostrar palavra-passe</translation>
    </message>
    <message>
        <source>That password did not open the file. Try again.</source>
        <translation>Essa palavra-passe não abriu o ficheiro. Tente novamente.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Palavra-passe errada</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system setting</source>
        <translation>Seguir a definição do sistema</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Cores padrão</translation>
    </message>
    <message>
        <source>Give up reading a PDF after:</source>
        <extracomment>Each import limit: its setting, label, accessible name, allowed range and unit.</extracomment>
        <translation>Desistir de ler um PDF após:</translation>
    </message>
    <message>
        <source>PDF time limit</source>
        <translation>Limite de tempo para PDF</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Memory a PDF may use:</source>
        <translation>Memória que um PDF pode usar:</translation>
    </message>
    <message>
        <source>PDF memory limit</source>
        <translation>Limite de memória para PDF</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest PDF:</source>
        <translation>Maior PDF:</translation>
    </message>
    <message>
        <source>PDF page limit</source>
        <translation>Limite de páginas para PDF</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> páginas</translation>
    </message>
    <message>
        <source>Largest file to import:</source>
        <translation>Maior ficheiro a importar:</translation>
    </message>
    <message>
        <source>Import size limit</source>
        <translation>Limite de tamanho da importação</translation>
    </message>
    <message>
        <source>Ask before keeping an archived copy over:</source>
        <translation>Perguntar antes de manter uma cópia arquivada com mais de:</translation>
    </message>
    <message>
        <source>Archived copy size to ask about</source>
        <translation>Tamanho de cópia arquivada a partir do qual perguntar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Nome do revisor</translation>
    </message>
    <message>
        <source>Recorded on every change you make. Empty: your account&apos;s name.</source>
        <translation>Registado em cada alteração que fizer. Vazio: o nome da sua conta.</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>&amp;Ajustar as seleções a palavras inteiras</translation>
    </message>
    <message>
        <source>A selection dragged in the article grows to the words it touches. Hold Alt while dragging to do the opposite.</source>
        <translation>Uma seleção arrastada no artigo alarga-se às palavras que toca. Mantenha Alt ao arrastar para fazer o contrário.</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>High contrast: white text on black (or black on white), strong focus frames</source>
        <translation>Alto contraste: texto branco sobre preto (ou preto sobre branco), molduras de foco fortes</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinição do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes at the next start.</source>
        <translation>O idioma da janela; muda no próximo arranque.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Nome do revisor:</translation>
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
        <translation>Importação de ficheiros</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation>Pré-visualização: {title}</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Pré-visualização do relatório</translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {strerror}.</source>
        <translation>Não é possível abrir «{name}»: {strerror}.</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <source>Line {number}: write a rating as &apos;Label = number&apos;, then &apos;: meaning&apos; if any.</source>
        <extracomment>&quot;Label = value&quot;, then optionally &quot;: meaning&quot;. The label is the shortest text before an &quot;= number&quot; that ends the line or is followed by the colon, so a label may hold &quot;=&quot; and a meaning may hold anything.</extracomment>
        <translation>Linha {number}: escreva uma classificação como «Rótulo = número» e depois «: significado», se houver.</translation>
    </message>
    <message>
        <source>Line {number}: &apos;{value}&apos; is not a whole number.</source>
        <translation>Linha {number}: «{value}» não é um número inteiro.</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Definições do projeto</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Título do projeto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>The desk that publishes the fact-checks</source>
        <translation>A redação que publica as verificações</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Endereço web da organização</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Escala de classificação</translation>
    </message>
    <message>
        <source>One rating a line, best first: &apos;Label = number: what it means&apos;. The meanings are printed in every report&apos;s &quot;How we rate&quot;.</source>
        <translation>Uma classificação por linha, a melhor primeiro: «Rótulo = número: o que significa». Os significados aparecem em «Como classificamos» de cada relatório.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma dos relatórios</translation>
    </message>
    <message>
        <source>The language every report of this project is written in</source>
        <translation>O idioma em que são escritos todos os relatórios deste projeto</translation>
    </message>
    <message>
        <source>Best rating value</source>
        <translation>Valor da melhor classificação</translation>
    </message>
    <message>
        <source>Worst rating value</source>
        <translation>Valor da pior classificação</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Endereço &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Rating scale:</source>
        <translation>&amp;Escala de classificação:</translation>
    </message>
    <message>
        <source>&amp;Best value:</source>
        <translation>&amp;Melhor valor:</translation>
    </message>
    <message>
        <source>W&amp;orst value:</source>
        <translation>P&amp;ior valor:</translation>
    </message>
    <message>
        <source>Re&amp;ports in:</source>
        <translation>&amp;Relatórios em:</translation>
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
        <translation>Verdadeiro</translation>
    </message>
    <message>
        <source>The claim is accurate; nothing significant is missing.</source>
        <translation>A alegação é exata; não falta nada de significativo.</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Maioritariamente verdadeiro</translation>
    </message>
    <message>
        <source>The claim is accurate but needs clarification or additional information.</source>
        <translation>A alegação é exata, mas precisa de esclarecimento ou de informação adicional.</translation>
    </message>
    <message>
        <source>Mixture</source>
        <translation>Misto</translation>
    </message>
    <message>
        <source>The claim has significant elements of both truth and falsity.</source>
        <translation>A alegação tem elementos significativos tanto verdadeiros como falsos.</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Maioritariamente falso</translation>
    </message>
    <message>
        <source>The claim has an element of truth but ignores facts that would give a different impression.</source>
        <translation>A alegação tem um elemento de verdade, mas ignora factos que dariam uma impressão diferente.</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>The claim is inaccurate.</source>
        <translation>A alegação é inexata.</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Enganador</translation>
    </message>
    <message>
        <source>The claim uses accurate facts in a way that gives a false impression.</source>
        <translation>A alegação usa factos exatos de forma a dar uma impressão falsa.</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>Não comprovado</translation>
    </message>
    <message>
        <source>There is not enough evidence available to support or refute the claim.</source>
        <translation>Não há provas suficientes para apoiar ou refutar a alegação.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Checked against the evidence listed: the claim holds.</source>
        <extracomment>The report&apos;s title when neither the project nor an article has one. The title the store gives an article imported without one: no title for a report. What each status means, stated in the report&apos;s scale section.</extracomment>
        <translation>Verificada face às provas listadas: a alegação confirma-se.</translation>
    </message>
    <message>
        <source>The evidence listed contradicts the claim, in whole or in part.</source>
        <translation>As provas listadas contradizem a alegação, no todo ou em parte.</translation>
    </message>
    <message>
        <source>The desk could not confirm or refute the claim with the evidence available.</source>
        <translation>A redação não conseguiu confirmar nem refutar a alegação com as provas disponíveis.</translation>
    </message>
    <message>
        <source>Not yet checked by the desk.</source>
        <translation>Ainda não verificada pela redação.</translation>
    </message>
    <message>
        <source>%1 of %2 claims (%3%)</source>
        <translation>%1 de %2 alegações (%3%)</translation>
    </message>
    <message>
        <source>%1 of %2 claims reviewed (%3%)</source>
        <translation>%1 de %2 alegações revistas (%3%)</translation>
    </message>
    <message>
        <source>Archived copy:</source>
        <translation>Cópia arquivada:</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <source>Articles reviewed</source>
        <translation>Artigos revistos</translation>
    </message>
    <message>
        <source>Attached file:</source>
        <translation>Ficheiro anexado:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Alegação</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor da alegação</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Alegações</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Provas citadas</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Fact-check review</source>
        <translation>Verificação de factos</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primeiro</translation>
    </message>
    <message>
        <source>History chain head</source>
        <translation>Último elo da cadeia do histórico</translation>
    </message>
    <message>
        <source>How we rate</source>
        <translation>Como classificamos</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridade</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Made with Fact-check Workbench, %1.</source>
        <translation>Feito com o Fact-check Workbench, %1.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>No claims are in this report.</source>
        <translation>Este relatório não contém alegações.</translation>
    </message>
    <message>
        <source>No claims have been marked in this article.</source>
        <translation>Não foi marcada nenhuma alegação neste artigo.</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>Nenhuma prova registada.</translation>
    </message>
    <message>
        <source>No verdicts have been recorded yet.</source>
        <translation>Ainda não foi registado nenhum veredito.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sem classificação</translation>
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
        <translation>Editor</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Classificação:</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>Revistas:</translation>
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
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Vereditos</translation>
    </message>
    <message>
        <source>Verdicts on claims</source>
        <translation>Vereditos sobre alegações</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Who reviewed what</source>
        <translation>Quem reviu o quê</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation>consultado em %1</translation>
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
        <translation>alterado por</translation>
    </message>
    <message>
        <source>check with</source>
        <translation>verificável com</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>alegação %1</translation>
    </message>
    <message>
        <source>claims %1</source>
        <translation>alegações %1</translation>
    </message>
    <message>
        <source>fact-check review</source>
        <translation>verificação de factos</translation>
    </message>
    <message>
        <source>last</source>
        <translation>última vez</translation>
    </message>
    <message>
        <source>on</source>
        <translation>em</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Checked against version {checked}; the passage is not in the current version {current}.</source>
        <translation>Verificada na versão {checked}; o trecho já não está na versão atual {current}.</translation>
    </message>
    <message>
        <source>Checked against version {checked} (the current one).</source>
        <translation>Verificada na versão {checked} (a atual).</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words and their context are unchanged in version {current}.</source>
        <translation>Verificada na versão {checked}; as palavras e o contexto não mudaram na versão {current}.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words are unchanged in version {current}; their place or context changed.</source>
        <translation>Verificada na versão {checked}; as palavras não mudaram na versão {current}, mas o lugar ou o contexto mudou.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words changed in version {current}. Before, it read: “{before}”.</source>
        <translation>Verificada na versão {checked}; as palavras mudaram na versão {current}. Antes dizia: «{before}».</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words changed in version {current}.</source>
        <translation>Verificada na versão {checked}; as palavras mudaram na versão {current}.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; the text has changed since (now version {current}).</source>
        <translation>Verificada na versão {checked}; o texto mudou desde então (agora versão {current}).</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Start a word &amp;earlier</source>
        <extracomment>The Adjust span submenu: (step name in ReviewController.SPAN_STEPS, text, shortcut).</extracomment>
        <translation>Começar uma palavra &amp;antes</translation>
    </message>
    <message>
        <source>Start a word &amp;later</source>
        <translation>Começar uma palavra &amp;depois</translation>
    </message>
    <message>
        <source>End a word ea&amp;rlier</source>
        <translation>Terminar uma palavra an&amp;tes</translation>
    </message>
    <message>
        <source>End a word la&amp;ter</source>
        <translation>Terminar uma palavra de&amp;pois</translation>
    </message>
    <message>
        <source>Add claim (e&amp;xact selection)</source>
        <translation>Adicionar alegação (seleção e&amp;xata)</translation>
    </message>
    <message>
        <source>Claim exactly the selected characters, not whole words</source>
        <translation>Usar exatamente os caracteres selecionados, não palavras inteiras</translation>
    </message>
    <message>
        <source>Adjust &amp;span</source>
        <translation>Ajustar a e&amp;xtensão</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>&amp;Detalhes do documento…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Escolha primeiro um documento.</translation>
    </message>
    <message>
        <source>The project is open read-only; the details were not changed.</source>
        <translation>O projeto está aberto só de leitura; os detalhes não foram alterados.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Select the words of a claim in the article first.</source>
        <extracomment>How each span-adjusting step moves which edge: (edge, word step) by name.</extracomment>
        <translation>Selecione primeiro as palavras de uma alegação no artigo.</translation>
    </message>
    <message>
        <source>Add claim marked {value}</source>
        <translation>Adicionar alegação marcada como «{value}»</translation>
    </message>
    <message>
        <source>Select a claim first.</source>
        <translation>Selecione primeiro uma alegação.</translation>
    </message>
    <message>
        <source>The claim cannot be made shorter or longer that way.</source>
        <translation>A alegação não pode ser encurtada nem alongada dessa forma.</translation>
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
        <translation>O ficheiro «{name}» não está nesta cópia.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>Project settings changed.</source>
        <translation>Definições do projeto alteradas.</translation>
    </message>
    <message numerus="yes">
        <source>{reviewed} of %n claim(s) reviewed</source>
        <translation>
            <numerusform>{reviewed} de %n alegação revistas</numerusform>
            <numerusform>{reviewed} de %n alegações revistas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewerWidget</name>
    <message>
        <source>The name recorded on your changes. Click to change it.</source>
        <translation>O nome registado nas suas alterações. Clique para o mudar.</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Nome do revisor</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>Revisor: {name}</translation>
    </message>
    <message>
        <source>Reviewer: {name}. Activate to change.</source>
        <translation>Revisor: {name}. Ative para mudar.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Fact-check projects (*.factcheck)</source>
        <translation>Projetos de verificação (*.factcheck)</translation>
    </message>
    <message>
        <source>Keep this project?</source>
        <translation>Manter este projeto?</translation>
    </message>
    <message>
        <source>This project has not been saved anywhere yet.</source>
        <translation>Este projeto ainda não foi guardado em nenhum lado.</translation>
    </message>
    <message>
        <source>Save it to keep your claims, or discard it.</source>
        <translation>Guarde-o para manter as suas alegações ou descarte-o.</translation>
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
        <translation>Remover o documento?</translation>
    </message>
    <message>
        <source>Remove “{title}” from the project?</source>
        <translation>Remover «{title}» do projeto?</translation>
    </message>
    <message>
        <source>Its {count} claim(s) and their evidence go with it. Edit &gt; Undo brings them back.</source>
        <translation>As suas {count} alegação(ões) e respetivas provas saem com ele. Editar &gt; Anular repõe-nas.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Guardar projeto como</translation>
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
        <translation>Partilhar uma cópia</translation>
    </message>
    <message>
        <source>Writes a compact copy of this project to send to a colleague. They can review it and send it back, and you can merge their copy with File &gt; Merge.</source>
        <translation>Escreve uma cópia compacta deste projeto para enviar a um colega. Ele pode revê-la e devolvê-la, e pode juntar a cópia dele com Ficheiro &gt; Juntar.</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copiar para</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Include the imported files ({megabytes} MB): PDFs, web pages, documents</source>
        <translation>&amp;Incluir os ficheiros importados ({megabytes} MB): PDF, páginas web, documentos</translation>
    </message>
    <message>
        <source>Include the &amp;archived copies of evidence ({0} MB): web archives, captures</source>
        <translation>Incluir as cópias &amp;arquivadas das provas ({0} MB): arquivos web, capturas</translation>
    </message>
    <message>
        <source>Fact-check projects (*.factcheck)</source>
        <translation>Projetos de verificação (*.factcheck)</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>This project is open read-only; nothing can be merged into it.</source>
        <translation>Este projeto está aberto só de leitura; nada pode ser juntado a ele.</translation>
    </message>
    <message>
        <source>reading &apos;{name}&apos;</source>
        <translation>se lia «{name}»</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>A ler {name}</translation>
    </message>
    <message>
        <source>Nothing to merge: this project already holds {name}&apos;s work.</source>
        <translation>Nada a juntar: este projeto já contém o trabalho de {name}.</translation>
    </message>
    <message>
        <source>Nothing was merged. {err}</source>
        <translation>Nada foi juntado. {err}</translation>
    </message>
    <message>
        <source>Merged {name}: {count} change(s)</source>
        <translation>{name} juntado: {count} alteração(ões)</translation>
    </message>
    <message>
        <source>, {count} conflict(s) settled.</source>
        <translation>, {count} conflito(s) resolvido(s).</translation>
    </message>
    <message>
        <source>Wrote {value}.</source>
        <translation>{value} escrito.</translation>
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
        <translation>Apoia</translation>
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
        <translation>&amp;Importar um artigo…</translation>
    </message>
    <message>
        <source>A PDF, a saved web page, a Word document or a text file</source>
        <translation>Um PDF, uma página web guardada, um documento Word ou um ficheiro de texto</translation>
    </message>
    <message>
        <source>&amp;Paste article text</source>
        <translation>&amp;Colar o texto do artigo</translation>
    </message>
    <message>
        <source>Copy the article&apos;s text first, then press here</source>
        <translation>Copie primeiro o texto do artigo e depois clique aqui</translation>
    </message>
    <message>
        <source>Open the &amp;sample article</source>
        <translation>Abrir o artigo de &amp;exemplo</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Unreviewed</source>
        <translation>Não revista</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Não verificável</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>Mark the claim {value} ({shortcut})</source>
        <extracomment>Workflow order: the three outcomes first, &quot;unreviewed&quot; (the way back) last.</extracomment>
        <translation>Marcar a alegação como «{value}» ({shortcut})</translation>
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
        <translation>Quem está neste artigo</translation>
    </message>
    <message>
        <source>Also on this article: {value}</source>
        <translation>Também neste artigo: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept, to be sent when it is back.</source>
        <translation>
            <numerusform>%n alteração guardada, a enviar quando voltar.</numerusform>
            <numerusform>%n alterações guardadas, a enviar quando voltar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipa</translation>
    </message>
    <message>
        <source>Take a copy to work &amp;offline…</source>
        <translation>Tirar uma cópia para trabalhar &amp;offline…</translation>
    </message>
    <message>
        <source>&amp;Sync with the team server</source>
        <translation>&amp;Sincronizar com o servidor da equipa</translation>
    </message>
    <message>
        <source>Its team project: {origin}</source>
        <translation>O seu projeto de equipa: {origin}</translation>
    </message>
    <message>
        <source>Took a copy into {name}; open it to work offline, then Sync.</source>
        <translation>Cópia tirada para {name}; abra-a para trabalhar offline e depois sincronize.</translation>
    </message>
    <message>
        <source>the team server</source>
        <translation>o servidor da equipa</translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <extracomment>Longest file name proposed from a title, before &quot;.factcheck&quot;.</extracomment>
        <translation> (só de leitura)</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Something went wrong while {what}.</source>
        <translation>Algo correu mal enquanto {what}.</translation>
    </message>
    <message>
        <source>importing &apos;{name}&apos;</source>
        <translation>se importava «{name}»</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>A importar {name}</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>se exportava</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>A exportar {name}</translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation>A exportar {0}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify project</source>
        <translation>Verificar o projeto</translation>
    </message>
    <message>
        <source>Intact: every stored hash and every link of the history chain still holds.</source>
        <translation>Intacto: todos os hashes guardados e todos os elos da cadeia do histórico continuam válidos.</translation>
    </message>
    <message>
        <source>Changed: {count} problem(s) found. Something was altered outside the program.</source>
        <translation>Alterado: {count} problema(s) encontrado(s). Algo foi alterado fora do programa.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado da verificação</translation>
    </message>
    <message>
        <source>Checked: {checked}.
History chain head: {head}</source>
        <translation>Verificado: {checked}.
Último elo da cadeia do histórico: {head}</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <source>verifying &apos;{name}&apos;</source>
        <translation>se verificava «{name}»</translation>
    </message>
    <message>
        <source>Verifying {name}</source>
        <translation>A verificar {name}</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>Open a document first: a new version is of one document.</source>
        <translation>Abra primeiro um documento: uma nova versão pertence a um documento.</translation>
    </message>
</context>
<context>
    <name>VersionDiffDialog</name>
    <message>
        <source>What changed: {title}</source>
        <extracomment>How deleted and inserted passages are marked (readable in light and dark themes).</extracomment>
        <translation>O que mudou: {title}</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>Da versão</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>Para a versão</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>to</source>
        <translation>para</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Escolha duas versões diferentes.</translation>
    </message>
    <message numerus="yes">
        <source>Version {number} → {number2}: %n change(s)</source>
        <translation>
            <numerusform>Versão {number} → {number2}: %n alteração</numerusform>
            <numerusform>Versão {number} → {number2}: %n alterações</numerusform>
        </translation>
    </message>
    <message>
        <source>claim {number}</source>
        <translation>alegação {number}</translation>
    </message>
    <message>
        <source>claim {number} (version {version})</source>
        <translation>alegação {number} (versão {version})</translation>
    </message>
</context>
<context>
    <name>VersionsQueue</name>
    <message>
        <source>Claims to review after a new version</source>
        <translation>Alegações a rever após uma nova versão</translation>
    </message>
    <message>
        <source>Claims to review</source>
        <translation>Alegações a rever</translation>
    </message>
    <message>
        <source>Old and new quote</source>
        <translation>Citação antiga e nova</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>&amp;Keep against the old version</source>
        <translation>&amp;Manter na versão antiga</translation>
    </message>
    <message>
        <source>A&amp;ttach to the selected text</source>
        <translation>&amp;Associar ao texto selecionado</translation>
    </message>
    <message>
        <source>Accept carried-over claim</source>
        <translation>Aceitar a alegação transposta</translation>
    </message>
    <message>
        <source>Keep claim on the old version</source>
        <translation>Manter a alegação na versão antiga</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing left to review.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nada mais a rever.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not found in the new version</source>
        <translation>não encontrada na nova versão</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>{value}, score {anchor_score}</source>
        <translation>{value}, pontuação {anchor_score}</translation>
    </message>
    <message>
        <source>Select the claim&apos;s words in the article first.</source>
        <translation>Selecione primeiro as palavras da alegação no artigo.</translation>
    </message>
    <message>
        <source>Attach claim to new text</source>
        <translation>Associar a alegação ao novo texto</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Mark the claims in an article, check them, keep the evidence.</source>
        <translation>Marque as alegações de um artigo, verifique-as e guarde as provas.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Abrir projeto…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projetos recentes</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>A&amp;legação</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;Acerca do {APP_NAME}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <extracomment>A menu entry: the attribute that will hold the action, what it calls, its shortcut. None is a separator. The object names of the File, Edit, Claim and Help menus, in menu-bar order. The words of every action built from a menu&apos;s entries, by the attribute that holds it.</extracomment>
        <translation>&amp;Novo projeto</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Import article…</source>
        <translation>&amp;Importar artigo…</translation>
    </message>
    <message>
        <source>Import new &amp;version…</source>
        <translation>Importar nova &amp;versão…</translation>
    </message>
    <message>
        <source>What c&amp;hanged…</source>
        <translation>O que mu&amp;dou…</translation>
    </message>
    <message>
        <source>Claims to re&amp;view…</source>
        <translation>Alegações a re&amp;ver…</translation>
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
        <translation>&amp;Juntar a cópia de um colega…</translation>
    </message>
    <message>
        <source>S&amp;hare a copy…</source>
        <translation>Pa&amp;rtilhar uma cópia…</translation>
    </message>
    <message>
        <source>&amp;Verify project…</source>
        <translation>Verificar &amp;o projeto…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Fechar projeto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Undo your last change to the project (Ctrl+Z)</source>
        <translation>Anular a sua última alteração ao projeto (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo the change you undid (Ctrl+Shift+Z)</source>
        <translation>Refazer a alteração anulada (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Find words in the article (Ctrl+F)</source>
        <translation>Procurar palavras no artigo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Procurar &amp;seguinte</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Procurar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation>&amp;Colar como novo documento</translation>
    </message>
    <message>
        <source>&amp;Remove document…</source>
        <translation>&amp;Remover documento…</translation>
    </message>
    <message>
        <source>Pro&amp;ject settings…</source>
        <translation>Definições do pro&amp;jeto…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferências…</translation>
    </message>
    <message>
        <source>&amp;Add claim</source>
        <translation>&amp;Adicionar alegação</translation>
    </message>
    <message>
        <source>Add the selected words as a claim (Ctrl+Enter)</source>
        <translation>Adicionar as palavras selecionadas como alegação (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation>Marcar como «{value}»</translation>
    </message>
    <message>
        <source>Set the current claim&apos;s status to {label} ({shortcut})</source>
        <translation>Definir o estado da alegação atual como «{label}» ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Next claim</source>
        <translation>Alegação &amp;seguinte</translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation>Alegação &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>&amp;Eliminar alegação</translation>
    </message>
    <message>
        <source>&amp;Search the archive…</source>
        <translation>&amp;Pesquisar no arquivo…</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Acerca do {APP_NAME}</translation>
    </message>
    <message>
        <source>{APP_NAME} {version}
Check the claims in an article, offline.</source>
        <translation>{APP_NAME} {version}
Verifique as alegações de um artigo, offline.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AnchorState</name>
    <message>
        <source>Exact</source>
        <extracomment>Each state&apos;s name as a reviewer reads it (translated where shown).</extracomment>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>منقول</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>متغيِّر</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>يتيم</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>The archive was not updated: {err}</source>
        <translation>لم يُحدَّث الأرشيف: {err}</translation>
    </message>
    <message>
        <source>The archive of past fact-checks is not available.</source>
        <translation>أرشيف عمليات التحقق السابقة غير متاح.</translation>
    </message>
</context>
<context>
    <name>ArchiveSearchDialog</name>
    <message>
        <source>Search the archive of fact-checks</source>
        <extracomment>The dialog lists more than the panel: the reviewer is looking on purpose.</extracomment>
        <translation>البحث في أرشيف عمليات التحقق</translation>
    </message>
    <message>
        <source>A claim, in any wording</source>
        <translation>ادعاء، بأي صياغة</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>البحث في الأرشيف</translation>
    </message>
    <message>
        <source>Not searched: {reason}</source>
        <translation>لم يتم البحث: {reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Type a claim to search for.</source>
        <translation>اكتب ادعاءً للبحث عنه.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n fact-check(s) found.</source>
        <translation>
            <numerusform>لم يُعثر على أي تحقق (%n).</numerusform>
            <numerusform>عُثر على تحقق واحد (%n).</numerusform>
            <numerusform>عُثر على تحققين (%n).</numerusform>
            <numerusform>عُثر على %n عمليات تحقق.</numerusform>
            <numerusform>عُثر على %n عملية تحقق.</numerusform>
            <numerusform>عُثر على %n عملية تحقق.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earlier fact-check was attached as evidence.</source>
        <translation>أُرفق التحقق السابق كدليل.</translation>
    </message>
</context>
<context>
    <name>ArchivedCopyViewer</name>
    <message>
        <source>Archived copy: {0}</source>
        <extracomment>Pages of a web archive listed in the details (the rest are counted).</extracomment>
        <translation>نسخة مؤرشفة: {0}</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} بايت</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Captured:</source>
        <translation>تاريخ الالتقاط:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>احتُفظ بها:</translation>
    </message>
    <message>
        <source>Main page:</source>
        <translation>الصفحة الرئيسية:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Digests:</source>
        <translation>قيم التجزئة:</translation>
    </message>
    <message>
        <source>{0} declared digest(s) recomputed: all match</source>
        <translation>أُعيد حساب {0} من قيم التجزئة المعلنة: جميعها مطابقة</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… و{0} أخرى</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>الصفحات:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>(No text could be read.)</source>
        <translation>(تعذَّرت قراءة أي نص.)</translation>
    </message>
    <message>
        <source>Archived page text</source>
        <translation>نص الصفحة المؤرشفة</translation>
    </message>
    <message>
        <source>Archived picture</source>
        <translation>الصورة المؤرشفة</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <source>Article text</source>
        <extracomment>Comfortable reading: about this many characters a line. (QPlainTextEdit, chosen for its layout speed, ignores block line heights, so spacing comes from the font and margins.)</extracomment>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>p. {0}</source>
        <extracomment>UTF-16 positions where each page of a paged (PDF) document begins. The user&apos;s preference: a drag snaps to whole words (Alt inverts it). The UTF-16 selection last dragged exact: claimed exactly as it stands. While an edge of the current claim is dragged: the span&apos;s other (fixed) end.</extracomment>
        <translation>ص. {0}</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>No claim selected. Select words and press Ctrl+Enter to add a claim.</source>
        <extracomment>How near (pixels) to the current claim&apos;s first or last letter a press grabs that edge. What assistive technology hears about the article while no claim is current.</extracomment>
        <translation>لم يُحدَّد أي ادعاء. حدِّد كلمات واضغط Ctrl+Enter لإضافة ادعاء.</translation>
    </message>
    <message>
        <source>Article title</source>
        <extracomment>The longest quote read out for the current claim (a whole paragraph would drown it).</extracomment>
        <translation>عنوان المقال</translation>
    </message>
    <message>
        <source>Current claim, {label}: “{quote}”</source>
        <translation>الادعاء الحالي، {label}: «{quote}»</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attach a file to the evidence</source>
        <extracomment>Kinds of file handed to the system viewer directly; everything else is only saved.</extracomment>
        <translation>إرفاق ملف بالدليل</translation>
    </message>
    <message>
        <source>Screenshots, PDFs and saved pages</source>
        <translation>لقطات شاشة وملفات PDF وصفحات محفوظة</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <source>Save the attached file</source>
        <translation>حفظ الملف المرفق</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size} MB; attachments are limited to {limit} MB.</source>
        <translation>حجم «{name}» هو {size} م.ب؛ والحد الأقصى للمرفقات {limit} م.ب.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read: {reason}.</source>
        <translation>تعذَّرت قراءة «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be written: {reason}.</source>
        <translation>تعذَّرت كتابة «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a picture or a PDF, so it is not opened from here: save it and open it yourself if you trust it.</source>
        <translation>«{name}» ليس صورة ولا ملف PDF، لذا لا يُفتح من هنا: احفظه وافتحه بنفسك إن كنت تثق به.</translation>
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>Checked before: rated &apos;{rating}&apos; {by}</source>
        <extracomment>How many matches the panel lists.</extracomment>
        <translation>تم التحقق منه سابقًا: قُيِّم بـ«{rating}» {by}</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>بلا تقييم</translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>&lt;b&gt;Checked before&lt;/b&gt;</source>
        <translation>&lt;b&gt;تم التحقق منه سابقًا&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checked before status</source>
        <translation>حالة «تم التحقق منه سابقًا»</translation>
    </message>
    <message>
        <source>The archive of past fact-checks is not available.</source>
        <translation>أرشيف عمليات التحقق السابقة غير متاح.</translation>
    </message>
    <message>
        <source>Select a claim to see earlier fact-checks of it.</source>
        <translation>اختر ادعاءً لرؤية عمليات التحقق السابقة منه.</translation>
    </message>
    <message>
        <source>Searching the archive…</source>
        <translation>جارٍ البحث في الأرشيف…</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier fact-check(s) found.</source>
        <translation>
            <numerusform>لم يُعثر على أي تحقق سابق (%n).</numerusform>
            <numerusform>عُثر على تحقق سابق واحد (%n).</numerusform>
            <numerusform>عُثر على تحققين سابقين (%n).</numerusform>
            <numerusform>عُثر على %n عمليات تحقق سابقة.</numerusform>
            <numerusform>عُثر على %n عملية تحقق سابقة.</numerusform>
            <numerusform>عُثر على %n عملية تحقق سابقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed claim(s) added to your archive.</source>
        <translation>
            <numerusform>لم يُضف أي ادعاء إلى أرشيفك (%n).</numerusform>
            <numerusform>أُضيف ادعاء مُراجَع واحد إلى أرشيفك (%n).</numerusform>
            <numerusform>أُضيف ادعاءان مُراجَعان إلى أرشيفك (%n).</numerusform>
            <numerusform>أُضيفت %n ادعاءات مُراجَعة إلى أرشيفك.</numerusform>
            <numerusform>أُضيف %n ادعاءً مُراجَعًا إلى أرشيفك.</numerusform>
            <numerusform>أُضيف %n ادعاء مُراجَع إلى أرشيفك.</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier fact-check matches this claim.</source>
        <translation>لا يوجد تحقق سابق يطابق هذا الادعاء.</translation>
    </message>
    <message>
        <source>The archive could not be searched: {reason}</source>
        <translation>تعذَّر البحث في الأرشيف: {reason}</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Select a claim in the list or a highlight in the article.</source>
        <translation>اختر ادعاءً من القائمة أو تظليلًا في المقال.</translation>
    </message>
    <message>
        <source>The claim in your words (else the quote)</source>
        <translation>الادعاء بكلماتك (وإلا فالاقتباس)</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>صاحب الادعاء</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Claim editor</source>
        <translation>محرِّر الادعاء</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>الاقتباس:</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;الملخص:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>C&amp;laimant:</source>
        <translation>&amp;صاحب الادعاء:</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>القائل</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>الت&amp;قييم:</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Claim fields</source>
        <translation>حقول الادعاء</translation>
    </message>
    <message>
        <source>(no rating)</source>
        <translation>(بلا تقييم)</translation>
    </message>
    <message>
        <source>{label} (not in this project&apos;s scale)</source>
        <translation>{label} (ليس ضمن مقياس هذا المشروع)</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Show claims with status</source>
        <translation>عرض الادعاءات ذات الحالة</translation>
    </message>
    <message>
        <source>Lists only the claims with this status</source>
        <translation>يعرض فقط الادعاءات ذات هذه الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>البحث في الادعاءات</translation>
    </message>
    <message>
        <source>Lists only the claims whose words, evidence or rating contain this text</source>
        <translation>يعرض فقط الادعاءات التي تحتوي كلماتها أو أدلتها أو تقييمها على هذا النص</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>The claims of this article with their status; choosing one opens it in the editor</source>
        <translation>ادعاءات هذا المقال مع حالتها؛ اختيار أحدها يفتحه في المحرِّر</translation>
    </message>
    <message>
        <source>No matching claims</source>
        <translation>لا توجد ادعاءات مطابقة</translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>القائل</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add claim</source>
        <translation>إضافة ادعاء</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>حذف الادعاء</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>إضافة دليل</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>تحرير الدليل</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>إزالة الدليل</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>تغيير إعدادات المشروع</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>إزالة المستند</translation>
    </message>
    <message>
        <source>Adjust claim span</source>
        <translation>ضبط نطاق الادعاء</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>تحرير تفاصيل المستند</translation>
    </message>
    <message>
        <source>Add archived copy</source>
        <translation>إضافة نسخة مؤرشفة</translation>
    </message>
    <message>
        <source>Remove archived copy</source>
        <translation>إزالة النسخة المؤرشفة</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>The words of a delete/edit conflict, which core writes in English for the command line.</extracomment>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>edited its evidence</source>
        <translation>عُدِّلت أدلته</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Merge {other_name}</source>
        <translation>دمج {other_name}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from {other} will be taken</source>
        <translation>
            <numerusform>لن يُؤخذ أي تغيير (%n) من {other}</numerusform>
            <numerusform>سيُؤخذ تغيير واحد (%n) من {other}</numerusform>
            <numerusform>سيُؤخذ تغييران (%n) من {other}</numerusform>
            <numerusform>ستُؤخذ %n تغييرات من {other}</numerusform>
            <numerusform>سيُؤخذ %n تغييرًا من {other}</numerusform>
            <numerusform>سيُؤخذ %n تغيير من {other}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) need your choice.</source>
        <translation>
            <numerusform>؛ لا تعارضات (%n) تحتاج إلى اختيارك.</numerusform>
            <numerusform>؛ تعارض واحد (%n) يحتاج إلى اختيارك.</numerusform>
            <numerusform>؛ تعارضان (%n) يحتاجان إلى اختيارك.</numerusform>
            <numerusform>؛ %n تعارضات تحتاج إلى اختيارك.</numerusform>
            <numerusform>؛ %n تعارضًا تحتاج إلى اختيارك.</numerusform>
            <numerusform>؛ %n تعارض تحتاج إلى اختيارك.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>لا تغييرات.</translation>
    </message>
    <message>
        <source>Changes the merge makes</source>
        <translation>التغييرات التي يُجريها الدمج</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>الاحتفاظ بكل &amp;تغييراتي</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>أخذ كل &amp;تغييراتهم</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نسختهم</translation>
    </message>
    <message>
        <source>{value} for {field} of {label}</source>
        <translation>{value} لـ{field} في {label}</translation>
    </message>
    <message>
        <source>Conflicting changes</source>
        <translation>تغييرات متعارضة</translation>
    </message>
    <message>
        <source>Choose a side for every conflict first.</source>
        <translation>اختر أولًا جانبًا لكل تعارض.</translation>
    </message>
</context>
<context>
    <name>CopiesController</name>
    <message>
        <source>Reading {0}</source>
        <translation>جارٍ قراءة {0}</translation>
    </message>
    <message>
        <source>Keep a large file?</source>
        <translation>الاحتفاظ بملف كبير؟</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is {1}. Kept in the project, it makes the file that much larger for everyone it is sent to. Keep it anyway?</source>
        <translation>حجم «{0}» هو {1}. إن احتُفظ به في المشروع فسيكبر الملف بالقدر نفسه لدى كل من يُرسل إليه. هل تحتفظ به رغم ذلك؟</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الاحتفاظ به</translation>
    </message>
    <message>
        <source>reading &apos;{0}&apos;</source>
        <translation>قراءة «{0}»</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>تم حفظ {0}.</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Archived copies</source>
        <translation>النسخ المؤرشفة</translation>
    </message>
    <message>
        <source>Files kept with the selected evidence: web archives, pages, PDFs, pictures</source>
        <translation>ملفات محفوظة مع الدليل المحدَّد: أرشيفات ويب وصفحات وملفات PDF وصور</translation>
    </message>
    <message>
        <source>Add archived cop&amp;y…</source>
        <translation>إضافة نس&amp;خة مؤرشفة…</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>حفظ نس&amp;خة…</translation>
    </message>
    <message>
        <source>Remove cop&amp;y</source>
        <translation>إزالة النس&amp;خة</translation>
    </message>
    <message>
        <source>Add an archived copy to the evidence</source>
        <translation>إضافة نسخة مؤرشفة إلى الدليل</translation>
    </message>
    <message>
        <source>View the archived copy</source>
        <translation>عرض النسخة المؤرشفة</translation>
    </message>
    <message>
        <source>Save the archived copy as a file</source>
        <translation>حفظ النسخة المؤرشفة كملف</translation>
    </message>
    <message>
        <source>Remove the archived copy</source>
        <translation>إزالة النسخة المؤرشفة</translation>
    </message>
    <message>
        <source>Archived copies of the selected evidence</source>
        <translation>النسخ المؤرشفة للدليل المحدَّد</translation>
    </message>
    <message>
        <source>Add an archived copy</source>
        <translation>إضافة نسخة مؤرشفة</translation>
    </message>
    <message>
        <source>Web archives, pages, PDFs and pictures (*.wacz *.warc *.warc.gz *.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>أرشيفات ويب وصفحات وملفات PDF وصور (*.wacz *.warc *.warc.gz *.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.gif *.webp);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dd MMM yyyy</source>
        <extracomment>How a report or the window writes a day, and a day with its time (Qt date patterns, translated: each language orders them its own way).</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>dd MMM yyyy, HH:mm</source>
        <translation>d MMMM yyyy، HH:mm</translation>
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
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>عنوان المستند</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;الكاتب:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;الناشر:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;التاريخ:</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;الرابط:</translation>
    </message>
    <message>
        <source>Web address of the article</source>
        <translation>عنوان المقال على الويب</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>تفاصيل المستند</translation>
    </message>
    <message>
        <source>e.g. 2025-10-22</source>
        <translation>مثلًا 2025-10-22</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>The URL must be a web address (http:// or https://).</source>
        <translation>يجب أن يكون الرابط عنوان ويب (http:// أو https://).</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>الطول:</translation>
    </message>
    <message>
        <source>{count} character(s)</source>
        <translation>{count} حرفًا</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>تاريخ الاستيراد:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>الصفحات:</translation>
    </message>
    <message>
        <source>Read by:</source>
        <translation>قُرئ بواسطة:</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>The articles of this project; choosing one shows it</source>
        <translation>مقالات هذا المشروع؛ اختيار أحدها يعرضه</translation>
    </message>
</context>
<context>
    <name>EmptyProjectPage</name>
    <message>
        <source>This project has no articles yet</source>
        <translation>لا يحتوي هذا المشروع على مقالات بعد</translation>
    </message>
    <message>
        <source>Start by bringing in the article to check: import its file, or paste its text. Then select the words of a claim and press Ctrl+Enter.</source>
        <translation>ابدأ بإحضار المقال المراد التحقق منه: استورد ملفه أو الصق نصه. ثم حدِّد كلمات ادعاء واضغط Ctrl+Enter.</translation>
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
        <translation>رسالة الخطأ</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>تفاصيل الخطأ</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>إظهار &amp;التفاصيل</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>إخفاء &amp;التفاصيل</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. Your edits so far are saved in the project file. The details are in {path}.</source>
        <translation>حدث خطأ ما. تعديلاتك حتى الآن محفوظة في ملف المشروع. التفاصيل موجودة في {path}.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit evidence</source>
        <extracomment>QDateEdit cannot be empty; its minimum date stands for &quot;no date recorded&quot; (shown as text).</extracomment>
        <translation>تحرير الدليل</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>إضافة دليل</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>The passage that bears on the claim</source>
        <translation>المقطع المتعلق بالادعاء</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>Evidence title</source>
        <translation>عنوان الدليل</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;الرابط:</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>رابط الدليل</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;الناشر:</translation>
    </message>
    <message>
        <source>Evidence publisher</source>
        <translation>ناشر الدليل</translation>
    </message>
    <message>
        <source>&amp;Accessed:</source>
        <translation>&amp;تاريخ الاطلاع:</translation>
    </message>
    <message>
        <source>Date the source was accessed</source>
        <translation>تاريخ الاطلاع على المصدر</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;الموقف:</translation>
    </message>
    <message>
        <source>Stance of the evidence</source>
        <translation>موقف الدليل</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;مقتطف:</translation>
    </message>
    <message>
        <source>Excerpt from the source</source>
        <translation>مقتطف من المصدر</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>Note on the evidence</source>
        <translation>ملاحظة على الدليل</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>الملف المرفق</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>&amp;اليوم</translation>
    </message>
    <message>
        <source>Accessed today</source>
        <translation>تم الاطلاع اليوم</translation>
    </message>
    <message>
        <source>Attac&amp;h file…</source>
        <translation>إ&amp;رفاق ملف…</translation>
    </message>
    <message>
        <source>Attach a screenshot, PDF or saved page</source>
        <translation>إرفاق لقطة شاشة أو ملف PDF أو صفحة محفوظة</translation>
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation>إ&amp;زالة الملف</translation>
    </message>
    <message>
        <source>No file attached</source>
        <extracomment>The attached file as it will be saved: (name, bytes) new, (&quot;&quot;, None) removed.</extracomment>
        <translation>لا يوجد ملف مرفق</translation>
    </message>
    <message>
        <source>The URL must be a web address (http:// or https://) or a mailto: link.</source>
        <translation>يجب أن يكون الرابط عنوان ويب (http:// أو https://) أو رابط mailto:.</translation>
    </message>
    <message>
        <source>Give at least a title, a URL or an excerpt.</source>
        <translation>أدخل على الأقل عنوانًا أو رابطًا أو مقتطفًا.</translation>
    </message>
    <message>
        <source>Choose a stance: does the source support or refute the claim, or give context?</source>
        <translation>اختر موقفًا: هل يدعم المصدر الادعاء أم يدحضه أم يقدم سياقًا؟</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attached file: {name}</source>
        <translation>الملف المرفق: {name}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>The evidence whose archived copies to show (its id, or None), after every change of selection or of the list.</extracomment>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>The sources for the current claim, with stance</source>
        <translation>مصادر الادعاء الحالي مع موقف كلٍّ منها</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>&amp;فتح الرابط</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <extracomment>The selected evidence&apos;s archived copies (filled by the window&apos;s controller).</extracomment>
        <translation>إضافة دليل</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>تحرير الدليل</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>إزالة الدليل</translation>
    </message>
    <message>
        <source>Open evidence link in the browser</source>
        <translation>فتح رابط الدليل في المتصفح</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open attached file</source>
        <translation>فتح الملف المرفق</translation>
    </message>
    <message>
        <source>Save attached file as…</source>
        <translation>حفظ الملف المرفق باسم…</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>الملف المرفق</translation>
    </message>
    <message>
        <source>Open or save the file attached to the evidence</source>
        <translation>فتح الملف المرفق بالدليل أو حفظه</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose where to save the export.</source>
        <extracomment>HTML only: write a zip of the report and the archived copies it cites.</extracomment>
        <translation>اختر مكان حفظ التصدير.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>{path} is a folder: add a file name.</source>
        <translation>{path} مجلد: أضف اسم ملف.</translation>
    </message>
    <message>
        <source>{name} exists and will be replaced.</source>
        <translation>{name} موجود وسيُستبدل.</translation>
    </message>
    <message>
        <source>Export report</source>
        <extracomment>The formats whose report can be previewed in the dialog. The formats a person reads, which take the report options.</extracomment>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>صيغة التصدير</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>ملف التصدير</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;الصيغة:</translation>
    </message>
    <message>
        <source>Claims from:</source>
        <translation>الادعاءات من:</translation>
    </message>
    <message>
        <source>With status:</source>
        <translation>ذات الحالة:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>التقرير:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;الحفظ في:</translation>
    </message>
    <message>
        <source>This document: {title}</source>
        <translation>هذا المستند: {title}</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>هذا المستند</translation>
    </message>
    <message>
        <source>All documents ({count})</source>
        <translation>كل المستندات ({count})</translation>
    </message>
    <message>
        <source>Include {value} claims</source>
        <translation>تضمين الادعاءات ذات الحالة «{value}»</translation>
    </message>
    <message>
        <source>Add the full article text, claims highlighted</source>
        <translation>إضافة النص الكامل للمقال مع تظليل الادعاءات</translation>
    </message>
    <message>
        <source>List articles without claims</source>
        <translation>سرد المقالات الخالية من الادعاءات</translation>
    </message>
    <message>
        <source>Put the archived copies beside the report (writes a .zip)</source>
        <translation>وضع النسخ المؤرشفة بجانب التقرير (يُنشئ ملف .zip)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>No export formats are available.</source>
        <translation>لا تتوفر صيغ للتصدير.</translation>
    </message>
    <message>
        <source>Tick at least one status.</source>
        <translation>حدِّد حالة واحدة على الأقل.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>HTML report</source>
        <extracomment>A renderer: the snapshot and the report options in, the file&apos;s bytes out.</extracomment>
        <translation>تقرير HTML</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>تقرير Markdown</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>جدول بيانات CSV</translation>
    </message>
    <message>
        <source>Project as JSON</source>
        <translation>المشروع بصيغة JSON</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD</source>
        <translation>ClaimReview JSON-LD</translation>
    </message>
    <message>
        <source>Web Annotations (JSON-LD)</source>
        <translation>تعليقات توضيحية للويب (JSON-LD)</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Last export</source>
        <translation>آخر تصدير</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>إظهار في &amp;المجلد</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>تم تصدير {name}</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>فتح {name}</translation>
    </message>
    <message>
        <source>Show {parent} in the file manager</source>
        <translation>إظهار {parent} في مدير الملفات</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>البحث في المقال</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>التطابق السابق (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>التطابق التالي (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>إغلاق شريط البحث (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>لا تطابق</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Article</source>
        <extracomment>Gestures that are not menu actions, so the menus cannot list them.</extracomment>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Drag over words</source>
        <translation>السحب فوق الكلمات</translation>
    </message>
    <message>
        <source>Selects whole words (a drag may start mid-word)</source>
        <translation>يحدِّد كلمات كاملة (قد يبدأ السحب من منتصف كلمة)</translation>
    </message>
    <message>
        <source>Alt + drag</source>
        <translation>Alt + سحب</translation>
    </message>
    <message>
        <source>Selects exactly the characters dragged over</source>
        <translation>يحدِّد الأحرف المسحوب فوقها بالضبط</translation>
    </message>
    <message>
        <source>Drag the current claim&apos;s first or last letter</source>
        <translation>سحب الحرف الأول أو الأخير من الادعاء الحالي</translation>
    </message>
    <message>
        <source>Moves that edge</source>
        <translation>يحرِّك ذلك الطرف</translation>
    </message>
    <message>
        <source>Shift + arrows, Ctrl + Shift + arrows</source>
        <translation>Shift + الأسهم، Ctrl + Shift + الأسهم</translation>
    </message>
    <message>
        <source>Select by keyboard</source>
        <translation>التحديد بلوحة المفاتيح</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>شريط البحث</translation>
    </message>
    <message>
        <source>Enter / Shift + Enter / Escape</source>
        <translation>Enter / Shift + Enter / Esc</translation>
    </message>
    <message>
        <source>Next match / previous / close</source>
        <translation>التطابق التالي / السابق / إغلاق</translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation>قائمة الأدلة</translation>
    </message>
    <message>
        <source>Enter / Delete</source>
        <translation>Enter / Delete</translation>
    </message>
    <message>
        <source>Edit / remove the selected evidence</source>
        <translation>تحرير الدليل المحدَّد / إزالته</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Mouse and text</source>
        <translation>الفأرة والنص</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <extracomment>How long a job runs before its progress dialog appears: quick jobs never flash one.</extracomment>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>تاريخ الالتقاط</translation>
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
        <translation>الملف قيد الاستخدام</translation>
    </message>
    <message>
        <source>Who holds the file</source>
        <translation>من يحتجز الملف</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>فتح &amp;للقراءة فقط</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;الاستحواذ</translation>
    </message>
    <message>
        <source>Only if you are sure the other program has stopped: their unsaved lock is removed.</source>
        <translation>فقط إن كنت متأكدًا من توقف البرنامج الآخر: يُزال قفله.</translation>
    </message>
    <message>
        <source>Take over only if the other program has really stopped (for example after a crash); otherwise your changes and theirs would overwrite each other.</source>
        <translation>لا تستحوذ إلا إذا توقف البرنامج الآخر فعلًا (بعد تعطُّله مثلًا)؛ وإلا فستكتب تغييراتك وتغييراته بعضها فوق بعض.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Review progress</source>
        <extracomment>Set while a team project is open (see ``ui/team_live.py``); True: handled.</extracomment>
        <translation>تقدُّم المراجعة</translation>
    </message>
    <message>
        <source>{name} is open read-only: you can read and export it, but not change it.</source>
        <translation>{name} مفتوح للقراءة فقط: يمكنك قراءته وتصديره، لا تغييره.</translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation>حفظ تغيير</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <source>Earlier fact-checks</source>
        <translation>عمليات تحقق سابقة</translation>
    </message>
    <message>
        <source>&amp;Attach as evidence</source>
        <translation>إ&amp;رفاق كدليل</translation>
    </message>
    <message>
        <source>Cop&amp;y verdict</source>
        <translation>&amp;نسخ الحكم</translation>
    </message>
    <message>
        <source>Copied the verdict &apos;{rating}&apos; ({publisher}).</source>
        <translation>نُسخ الحكم «{rating}» ({publisher}).</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>الأرشيف</translation>
    </message>
</context>
<context>
    <name>MergeSummary</name>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>+ version {number} of document {document} (their version {theirs}: both copies imported a different new text, so theirs now follows mine)</source>
        <translation>+ الإصدار {number} من المستند {document} (إصدارهم {theirs}: استوردت النسختان نصًا جديدًا مختلفًا، لذا يأتي إصدارهم الآن بعد إصداري)</translation>
    </message>
    <message>
        <source>+ version {number} of document {document}</source>
        <translation>+ الإصدار {number} من المستند {document}</translation>
    </message>
    <message>
        <source>~ document &apos;{name}&apos;: {fields}</source>
        <translation>~ المستند «{name}»: {fields}</translation>
    </message>
    <message>
        <source>+ claim &apos;{quote}&apos; ({status})</source>
        <translation>+ الادعاء «{quote}» ({status})</translation>
    </message>
    <message>
        <source>~ claim &apos;{name}&apos;: {changes} ({by})</source>
        <translation>~ الادعاء «{name}»: {changes} ({by})</translation>
    </message>
    <message>
        <source>- claim &apos;{name}&apos;</source>
        <translation>- الادعاء «{name}»</translation>
    </message>
    <message>
        <source>+ evidence &apos;{title}&apos;</source>
        <translation>+ الدليل «{title}»</translation>
    </message>
    <message>
        <source>~ evidence &apos;{name}&apos;: {fields}</source>
        <translation>~ الدليل «{name}»: {fields}</translation>
    </message>
    <message>
        <source>~ evidence &apos;{name}&apos;: attached file</source>
        <translation>~ الدليل «{name}»: الملف المرفق</translation>
    </message>
    <message>
        <source>- evidence &apos;{name}&apos;</source>
        <translation>- الدليل «{name}»</translation>
    </message>
    <message>
        <source>+ archived copy &apos;{name}&apos; ({hash})</source>
        <translation>+ النسخة المؤرشفة «{name}» ({hash})</translation>
    </message>
    <message>
        <source>- archived copy &apos;{name}&apos;</source>
        <translation>- النسخة المؤرشفة «{name}»</translation>
    </message>
    <message>
        <source>+ document &apos;{title}&apos;</source>
        <translation>+ المستند «{title}»</translation>
    </message>
    <message>
        <source>= document matched by its text: {theirs} -&gt; {mine}</source>
        <translation>= مستند طوبق بنصه: {theirs} -&gt; {mine}</translation>
    </message>
    <message>
        <source>! conflict on {entity} &apos;{label}&apos;, {field}: mine {mine} ({mine_by}) vs theirs {theirs} ({theirs_by})</source>
        <translation>! تعارض في {entity} «{label}»، {field}: نسختي {mine} ({mine_by}) مقابل نسختهم {theirs} ({theirs_by})</translation>
    </message>
    <message>
        <source>~ version {old} of document &apos;{title}&apos; is now version {new}: the team server has another text under that number, and the server&apos;s versions keep their numbers</source>
        <extracomment>{old} and {new} are version numbers, {title} the document&apos;s title.</extracomment>
        <translation>~ الإصدار {old} من المستند «{title}» أصبح الآن الإصدار {new}: لدى خادم الفريق نص آخر بهذا الرقم، وتحتفظ إصدارات الخادم بأرقامها</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password needed</source>
        <translation>كلمة المرور مطلوبة</translation>
    </message>
    <message>
        <source>“{file_name}” is protected by a password. Enter it to import the file.</source>
        <translation>«{file_name}» محمي بكلمة مرور. أدخلها لاستيراد الملف.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation>&amp;إظهار كلمة المرور</translation>
    </message>
    <message>
        <source>That password did not open the file. Try again.</source>
        <translation>لم تفتح كلمة المرور هذه الملف. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>كلمة مرور خاطئة</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system setting</source>
        <translation>اتباع إعداد النظام</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>الألوان القياسية</translation>
    </message>
    <message>
        <source>Give up reading a PDF after:</source>
        <extracomment>Each import limit: its setting, label, accessible name, allowed range and unit.</extracomment>
        <translation>التوقف عن قراءة ملف PDF بعد:</translation>
    </message>
    <message>
        <source>PDF time limit</source>
        <translation>المهلة الزمنية لملف PDF</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Memory a PDF may use:</source>
        <translation>الذاكرة المسموح بها لملف PDF:</translation>
    </message>
    <message>
        <source>PDF memory limit</source>
        <translation>حد الذاكرة لملف PDF</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> م.ب</translation>
    </message>
    <message>
        <source>Largest PDF:</source>
        <translation>أكبر ملف PDF:</translation>
    </message>
    <message>
        <source>PDF page limit</source>
        <translation>حد الصفحات لملف PDF</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> صفحة</translation>
    </message>
    <message>
        <source>Largest file to import:</source>
        <translation>أكبر ملف يمكن استيراده:</translation>
    </message>
    <message>
        <source>Import size limit</source>
        <translation>حد حجم الاستيراد</translation>
    </message>
    <message>
        <source>Ask before keeping an archived copy over:</source>
        <translation>السؤال قبل الاحتفاظ بنسخة مؤرشفة أكبر من:</translation>
    </message>
    <message>
        <source>Archived copy size to ask about</source>
        <translation>حجم النسخة المؤرشفة الذي يُسأل عنده</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>اسم المراجِع</translation>
    </message>
    <message>
        <source>Recorded on every change you make. Empty: your account&apos;s name.</source>
        <translation>يُسجَّل مع كل تغيير تُجريه. إن تُرك فارغًا: اسم حسابك.</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>&amp;توسيع التحديد إلى كلمات كاملة</translation>
    </message>
    <message>
        <source>A selection dragged in the article grows to the words it touches. Hold Alt while dragging to do the opposite.</source>
        <translation>يتّسع التحديد المسحوب في المقال ليشمل الكلمات التي يلمسها. اضغط Alt أثناء السحب لعكس ذلك.</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>التباين</translation>
    </message>
    <message>
        <source>High contrast: white text on black (or black on white), strong focus frames</source>
        <translation>تباين عالٍ: نص أبيض على أسود (أو أسود على أبيض) وإطارات تركيز واضحة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>الافتراضي للنظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes at the next start.</source>
        <translation>لغة النافذة؛ تتغير عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;اسم المراجِع:</translation>
    </message>
    <message>
        <source>C&amp;ontrast:</source>
        <translation>&amp;التباين:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Importing files</source>
        <translation>استيراد الملفات</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation>معاينة: {title}</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>معاينة التقرير</translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>&apos;{name}&apos; cannot be opened: {strerror}.</source>
        <translation>تعذَّر فتح «{name}»: {strerror}.</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <source>Line {number}: write a rating as &apos;Label = number&apos;, then &apos;: meaning&apos; if any.</source>
        <extracomment>&quot;Label = value&quot;, then optionally &quot;: meaning&quot;. The label is the shortest text before an &quot;= number&quot; that ends the line or is followed by the colon, so a label may hold &quot;=&quot; and a meaning may hold anything.</extracomment>
        <translation>السطر {number}: اكتب التقييم بصيغة «التسمية = رقم» ثم «: المعنى» إن وُجد.</translation>
    </message>
    <message>
        <source>Line {number}: &apos;{value}&apos; is not a whole number.</source>
        <translation>السطر {number}: «{value}» ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>إعدادات المشروع</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>عنوان المشروع</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>The desk that publishes the fact-checks</source>
        <translation>القسم الذي ينشر عمليات التحقق</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>عنوان المؤسسة على الويب</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>مقياس التقييم</translation>
    </message>
    <message>
        <source>One rating a line, best first: &apos;Label = number: what it means&apos;. The meanings are printed in every report&apos;s &quot;How we rate&quot;.</source>
        <translation>تقييم واحد في كل سطر، الأفضل أولًا: «التسمية = رقم: معناها». تُطبع المعاني في قسم «كيف نقيِّم» من كل تقرير.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقارير</translation>
    </message>
    <message>
        <source>The language every report of this project is written in</source>
        <translation>اللغة التي تُكتب بها كل تقارير هذا المشروع</translation>
    </message>
    <message>
        <source>Best rating value</source>
        <translation>قيمة أفضل تقييم</translation>
    </message>
    <message>
        <source>Worst rating value</source>
        <translation>قيمة أسوأ تقييم</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>عنوان ال&amp;ويب:</translation>
    </message>
    <message>
        <source>&amp;Rating scale:</source>
        <translation>&amp;مقياس التقييم:</translation>
    </message>
    <message>
        <source>&amp;Best value:</source>
        <translation>أ&amp;فضل قيمة:</translation>
    </message>
    <message>
        <source>W&amp;orst value:</source>
        <translation>أ&amp;سوأ قيمة:</translation>
    </message>
    <message>
        <source>Re&amp;ports in:</source>
        <translation>ال&amp;تقارير بلغة:</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>The message through which a catalogue states its writing direction, as Qt&apos;s own do.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>True</source>
        <extracomment>Not part of equality: two scales with the same labels and values rate alike, whatever the wording (a report falls back to the default scale&apos;s meaning for a label it defines and the project leaves without one). A common seven-step scale (as used by AAP FactCheck); 7 is best, 1 worst. &quot;Misleading&quot; and &quot;Unproven&quot; sit in the middle: they say the claim is not simply true.</extracomment>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>The claim is accurate; nothing significant is missing.</source>
        <translation>الادعاء دقيق؛ ولا ينقصه شيء مهم.</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>صحيح في معظمه</translation>
    </message>
    <message>
        <source>The claim is accurate but needs clarification or additional information.</source>
        <translation>الادعاء دقيق لكنه يحتاج إلى توضيح أو معلومات إضافية.</translation>
    </message>
    <message>
        <source>Mixture</source>
        <translation>مزيج</translation>
    </message>
    <message>
        <source>The claim has significant elements of both truth and falsity.</source>
        <translation>يحتوي الادعاء على عناصر مهمة صحيحة وأخرى خاطئة.</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>خاطئ في معظمه</translation>
    </message>
    <message>
        <source>The claim has an element of truth but ignores facts that would give a different impression.</source>
        <translation>في الادعاء جانب من الحقيقة لكنه يتجاهل وقائع من شأنها أن تعطي انطباعًا مختلفًا.</translation>
    </message>
    <message>
        <source>False</source>
        <translation>خاطئ</translation>
    </message>
    <message>
        <source>The claim is inaccurate.</source>
        <translation>الادعاء غير دقيق.</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>مضلِّل</translation>
    </message>
    <message>
        <source>The claim uses accurate facts in a way that gives a false impression.</source>
        <translation>يستخدم الادعاء وقائع دقيقة بطريقة تعطي انطباعًا خاطئًا.</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>غير مُثبَت</translation>
    </message>
    <message>
        <source>There is not enough evidence available to support or refute the claim.</source>
        <translation>لا تتوفر أدلة كافية لدعم الادعاء أو دحضه.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Checked against the evidence listed: the claim holds.</source>
        <extracomment>The report&apos;s title when neither the project nor an article has one. The title the store gives an article imported without one: no title for a report. What each status means, stated in the report&apos;s scale section.</extracomment>
        <translation>تم التحقق منه مقابل الأدلة المذكورة: الادعاء صحيح.</translation>
    </message>
    <message>
        <source>The evidence listed contradicts the claim, in whole or in part.</source>
        <translation>تناقض الأدلة المذكورة الادعاء كليًا أو جزئيًا.</translation>
    </message>
    <message>
        <source>The desk could not confirm or refute the claim with the evidence available.</source>
        <translation>لم يتمكن القسم من تأكيد الادعاء أو دحضه بالأدلة المتاحة.</translation>
    </message>
    <message>
        <source>Not yet checked by the desk.</source>
        <translation>لم يتحقق منه القسم بعد.</translation>
    </message>
    <message>
        <source>%1 of %2 claims (%3%)</source>
        <translation>%1 من %2 ادعاء (%3٪)</translation>
    </message>
    <message>
        <source>%1 of %2 claims reviewed (%3%)</source>
        <translation>تمت مراجعة %1 من %2 ادعاء (%3٪)</translation>
    </message>
    <message>
        <source>Archived copy:</source>
        <translation>نسخة مؤرشفة:</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Articles reviewed</source>
        <translation>المقالات التي رُوجعت</translation>
    </message>
    <message>
        <source>Attached file:</source>
        <translation>الملف المرفق:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>القائل</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>الأدلة المستشهد بها</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>تاريخ التصدير</translation>
    </message>
    <message>
        <source>Fact-check review</source>
        <translation>مراجعة تدقيق الحقائق</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>History chain head</source>
        <translation>آخر حلقة في سلسلة السجل</translation>
    </message>
    <message>
        <source>How we rate</source>
        <translation>كيف نقيِّم</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>الأخير</translation>
    </message>
    <message>
        <source>Made with Fact-check Workbench, %1.</source>
        <translation>أُعدّ باستخدام Fact-check Workbench، %1.</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <source>No claims are in this report.</source>
        <translation>لا يحتوي هذا التقرير على ادعاءات.</translation>
    </message>
    <message>
        <source>No claims have been marked in this article.</source>
        <translation>لم يُحدَّد أي ادعاء في هذا المقال.</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>لم تُسجَّل أدلة.</translation>
    </message>
    <message>
        <source>No verdicts have been recorded yet.</source>
        <translation>لم تُسجَّل أي أحكام بعد.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>غير مقيَّم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>التقييم:</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>تمت مراجعته:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>المراجِعون</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>الأحكام</translation>
    </message>
    <message>
        <source>Verdicts on claims</source>
        <translation>الأحكام على الادعاءات</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Who reviewed what</source>
        <translation>من راجع ماذا</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation>اطُّلع عليه في %1</translation>
    </message>
    <message>
        <source>by</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>بايت</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>التُقطت</translation>
    </message>
    <message>
        <source>changed by</source>
        <translation>عدَّله</translation>
    </message>
    <message>
        <source>check with</source>
        <translation>يُتحقَّق منه بالأمر</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>الادعاء %1</translation>
    </message>
    <message>
        <source>claims %1</source>
        <translation>الادعاءات %1</translation>
    </message>
    <message>
        <source>fact-check review</source>
        <translation>مراجعة تدقيق الحقائق</translation>
    </message>
    <message>
        <source>last</source>
        <translation>آخر مرة</translation>
    </message>
    <message>
        <source>on</source>
        <translation>في</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Checked against version {checked}; the passage is not in the current version {current}.</source>
        <translation>رُوجعت على النسخة {checked}؛ المقطع غير موجود في النسخة الحالية {current}.</translation>
    </message>
    <message>
        <source>Checked against version {checked} (the current one).</source>
        <translation>رُوجعت على النسخة {checked} (النسخة الحالية).</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words and their context are unchanged in version {current}.</source>
        <translation>رُوجعت على النسخة {checked}؛ كلماتها وسياقها بلا تغيير في النسخة {current}.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words are unchanged in version {current}; their place or context changed.</source>
        <translation>رُوجعت على النسخة {checked}؛ كلماتها بلا تغيير في النسخة {current}، لكن موضعها أو سياقها تغيّر.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words changed in version {current}. Before, it read: “{before}”.</source>
        <translation>رُوجعت على النسخة {checked}؛ تغيّرت كلماتها في النسخة {current}. كان النص قبلها: «{before}».</translation>
    </message>
    <message>
        <source>Checked against version {checked}; its words changed in version {current}.</source>
        <translation>رُوجعت على النسخة {checked}؛ تغيّرت كلماتها في النسخة {current}.</translation>
    </message>
    <message>
        <source>Checked against version {checked}; the text has changed since (now version {current}).</source>
        <translation>رُوجعت على النسخة {checked}؛ تغيّر النص منذ ذلك الحين (النسخة الحالية {current}).</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Start a word &amp;earlier</source>
        <extracomment>The Adjust span submenu: (step name in ReviewController.SPAN_STEPS, text, shortcut).</extracomment>
        <translation>البدء قبل كلمة &amp;واحدة</translation>
    </message>
    <message>
        <source>Start a word &amp;later</source>
        <translation>البدء بعد كلمة &amp;واحدة</translation>
    </message>
    <message>
        <source>End a word ea&amp;rlier</source>
        <translation>الانتهاء قبل كلمة وا&amp;حدة</translation>
    </message>
    <message>
        <source>End a word la&amp;ter</source>
        <translation>الانتهاء بعد كلمة واح&amp;دة</translation>
    </message>
    <message>
        <source>Add claim (e&amp;xact selection)</source>
        <translation>إضافة ادعاء (تحديد د&amp;قيق)</translation>
    </message>
    <message>
        <source>Claim exactly the selected characters, not whole words</source>
        <translation>اعتماد الأحرف المحدَّدة بالضبط ادعاءً، لا كلمات كاملة</translation>
    </message>
    <message>
        <source>Adjust &amp;span</source>
        <translation>ضبط ال&amp;نطاق</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>&amp;تفاصيل المستند…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>اختر مستندًا أولًا.</translation>
    </message>
    <message>
        <source>The project is open read-only; the details were not changed.</source>
        <translation>المشروع مفتوح للقراءة فقط؛ لم تُغيَّر التفاصيل.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Select the words of a claim in the article first.</source>
        <extracomment>How each span-adjusting step moves which edge: (edge, word step) by name.</extracomment>
        <translation>حدِّد أولًا كلمات ادعاء في المقال.</translation>
    </message>
    <message>
        <source>Add claim marked {value}</source>
        <translation>إضافة ادعاء بحالة «{value}»</translation>
    </message>
    <message>
        <source>Select a claim first.</source>
        <translation>اختر ادعاءً أولًا.</translation>
    </message>
    <message>
        <source>The claim cannot be made shorter or longer that way.</source>
        <translation>لا يمكن تقصير الادعاء أو إطالته بهذه الطريقة.</translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation>وضع حالة «{value}»</translation>
    </message>
    <message>
        <source>Edit {fields}</source>
        <translation>تحرير {fields}</translation>
    </message>
    <message>
        <source>The file &apos;{name}&apos; is not in this copy.</source>
        <translation>الملف «{name}» غير موجود في هذه النسخة.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>تم حفظ {name}.</translation>
    </message>
    <message>
        <source>Project settings changed.</source>
        <translation>تم تغيير إعدادات المشروع.</translation>
    </message>
    <message numerus="yes">
        <source>{reviewed} of %n claim(s) reviewed</source>
        <translation>
            <numerusform>تمت مراجعة {reviewed} من %n ادعاء</numerusform>
            <numerusform>تمت مراجعة {reviewed} من ادعاء واحد (%n)</numerusform>
            <numerusform>تمت مراجعة {reviewed} من ادعاءين (%n)</numerusform>
            <numerusform>تمت مراجعة {reviewed} من %n ادعاءات</numerusform>
            <numerusform>تمت مراجعة {reviewed} من %n ادعاءً</numerusform>
            <numerusform>تمت مراجعة {reviewed} من %n ادعاء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewerWidget</name>
    <message>
        <source>The name recorded on your changes. Click to change it.</source>
        <translation>الاسم المسجَّل على تغييراتك. انقر لتغييره.</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>اسم المراجِع</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>المراجِع: {name}</translation>
    </message>
    <message>
        <source>Reviewer: {name}. Activate to change.</source>
        <translation>المراجِع: {name}. فعِّله لتغييره.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Fact-check projects (*.factcheck)</source>
        <translation>مشاريع تدقيق الحقائق (*.factcheck)</translation>
    </message>
    <message>
        <source>Keep this project?</source>
        <translation>هل تريد الاحتفاظ بهذا المشروع؟</translation>
    </message>
    <message>
        <source>This project has not been saved anywhere yet.</source>
        <translation>لم يُحفظ هذا المشروع في أي مكان بعد.</translation>
    </message>
    <message>
        <source>Save it to keep your claims, or discard it.</source>
        <translation>احفظه للاحتفاظ بادعاءاتك أو تخلَّص منه.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Remove document?</source>
        <translation>هل تريد إزالة المستند؟</translation>
    </message>
    <message>
        <source>Remove “{title}” from the project?</source>
        <translation>هل تريد إزالة «{title}» من المشروع؟</translation>
    </message>
    <message>
        <source>Its {count} claim(s) and their evidence go with it. Edit &gt; Undo brings them back.</source>
        <translation>ستُزال معه ادعاءاته ({count}) وأدلتها. يعيدها تحرير &gt; تراجع.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>حفظ المشروع باسم</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a copy</source>
        <translation>مشاركة نسخة</translation>
    </message>
    <message>
        <source>Writes a compact copy of this project to send to a colleague. They can review it and send it back, and you can merge their copy with File &gt; Merge.</source>
        <translation>يكتب نسخة مضغوطة من هذا المشروع لإرسالها إلى زميل. يمكنه مراجعتها وإعادتها، ويمكنك دمج نسخته عبر ملف &gt; دمج.</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>النسخ إلى</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Include the imported files ({megabytes} MB): PDFs, web pages, documents</source>
        <translation>&amp;تضمين الملفات المستوردة ({megabytes} م.ب): ملفات PDF وصفحات ويب ومستندات</translation>
    </message>
    <message>
        <source>Include the &amp;archived copies of evidence ({0} MB): web archives, captures</source>
        <translation>تضمين النسخ ال&amp;مؤرشفة للأدلة ({0} م.ب): أرشيفات ويب ولقطات</translation>
    </message>
    <message>
        <source>Fact-check projects (*.factcheck)</source>
        <translation>مشاريع تدقيق الحقائق (*.factcheck)</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>This project is open read-only; nothing can be merged into it.</source>
        <translation>هذا المشروع مفتوح للقراءة فقط؛ لا يمكن دمج أي شيء فيه.</translation>
    </message>
    <message>
        <source>reading &apos;{name}&apos;</source>
        <translation>قراءة «{name}»</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>جارٍ قراءة {name}</translation>
    </message>
    <message>
        <source>Nothing to merge: this project already holds {name}&apos;s work.</source>
        <translation>لا شيء للدمج: يحتوي هذا المشروع بالفعل على عمل {name}.</translation>
    </message>
    <message>
        <source>Nothing was merged. {err}</source>
        <translation>لم يُدمج أي شيء. {err}</translation>
    </message>
    <message>
        <source>Merged {name}: {count} change(s)</source>
        <translation>تم دمج {name}: {count} من التغييرات</translation>
    </message>
    <message>
        <source>, {count} conflict(s) settled.</source>
        <translation>، وحُلَّ {count} من التعارضات.</translation>
    </message>
    <message>
        <source>Wrote {value}.</source>
        <translation>تمت كتابة {value}.</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{0} KB</source>
        <translation>{0} ك.ب</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} م.ب</translation>
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
        <translation>يدعم</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>يدحض</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>سياق</translation>
    </message>
</context>
<context>
    <name>StartButtons</name>
    <message>
        <source>&amp;Import an article…</source>
        <translation>ا&amp;ستيراد مقال…</translation>
    </message>
    <message>
        <source>A PDF, a saved web page, a Word document or a text file</source>
        <translation>ملف PDF أو صفحة ويب محفوظة أو مستند Word أو ملف نصي</translation>
    </message>
    <message>
        <source>&amp;Paste article text</source>
        <translation>&amp;لصق نص المقال</translation>
    </message>
    <message>
        <source>Copy the article&apos;s text first, then press here</source>
        <translation>انسخ نص المقال أولًا ثم اضغط هنا</translation>
    </message>
    <message>
        <source>Open the &amp;sample article</source>
        <translation>فتح المقال ال&amp;تجريبي</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Unreviewed</source>
        <translation>لم تتم مراجعته</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>مُتحقَّق منه</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>مُتنازَع عليه</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>غير قابل للتحقق</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>Mark the claim {value} ({shortcut})</source>
        <extracomment>Workflow order: the three outcomes first, &quot;unreviewed&quot; (the way back) last.</extracomment>
        <translation>وضع حالة «{value}» للادعاء ({shortcut})</translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation>وضع حالة «{value}»</translation>
    </message>
</context>
<context>
    <name>TeamLive</name>
    <message>
        <source>Who is on this article</source>
        <extracomment>How often the window renews its lease and re-reads who else is on the article.</extracomment>
        <translation>من يعمل على هذا المقال</translation>
    </message>
    <message>
        <source>Also on this article: {value}</source>
        <translation>يعمل على هذا المقال أيضًا: {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept, to be sent when it is back.</source>
        <translation>
            <numerusform>لم يُحتفظ بأي تغيير (%n).</numerusform>
            <numerusform>احتُفظ بتغيير واحد (%n) وسيُرسل عند عودته.</numerusform>
            <numerusform>احتُفظ بتغييرين (%n) وسيُرسلان عند عودته.</numerusform>
            <numerusform>احتُفظ بـ%n تغييرات وستُرسل عند عودته.</numerusform>
            <numerusform>احتُفظ بـ%n تغييرًا وستُرسل عند عودته.</numerusform>
            <numerusform>احتُفظ بـ%n تغيير وستُرسل عند عودته.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>&amp;Team</source>
        <translation>ال&amp;فريق</translation>
    </message>
    <message>
        <source>Take a copy to work &amp;offline…</source>
        <translation>أخذ نسخة للعمل &amp;دون اتصال…</translation>
    </message>
    <message>
        <source>&amp;Sync with the team server</source>
        <translation>&amp;مزامنة مع خادم الفريق</translation>
    </message>
    <message>
        <source>Its team project: {origin}</source>
        <translation>مشروع الفريق الخاص به: {origin}</translation>
    </message>
    <message>
        <source>Took a copy into {name}; open it to work offline, then Sync.</source>
        <translation>أُخذت نسخة في {name}؛ افتحها للعمل دون اتصال ثم زامِن.</translation>
    </message>
    <message>
        <source>the team server</source>
        <translation>خادم الفريق</translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <extracomment>Longest file name proposed from a title, before &quot;.factcheck&quot;.</extracomment>
        <translation> (للقراءة فقط)</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Something went wrong while {what}.</source>
        <translation>حدث خطأ ما أثناء {what}.</translation>
    </message>
    <message>
        <source>importing &apos;{name}&apos;</source>
        <translation>استيراد «{name}»</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>جارٍ استيراد {name}</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>جارٍ تصدير {name}</translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation>جارٍ تصدير {0}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify project</source>
        <translation>التحقق من المشروع</translation>
    </message>
    <message>
        <source>Intact: every stored hash and every link of the history chain still holds.</source>
        <translation>سليم: كل قيم التجزئة المحفوظة وكل حلقات سلسلة السجل ما زالت صحيحة.</translation>
    </message>
    <message>
        <source>Changed: {count} problem(s) found. Something was altered outside the program.</source>
        <translation>متغيِّر: عُثر على {count} من المشكلات. عُدِّل شيء ما خارج البرنامج.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>نتيجة التحقق</translation>
    </message>
    <message>
        <source>Checked: {checked}.
History chain head: {head}</source>
        <translation>ما فُحص: {checked}.
آخر حلقة في سلسلة السجل: {head}</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيَّر</translation>
    </message>
    <message>
        <source>verifying &apos;{name}&apos;</source>
        <translation>التحقق من «{name}»</translation>
    </message>
    <message>
        <source>Verifying {name}</source>
        <translation>جارٍ التحقق من {name}</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>Open a document first: a new version is of one document.</source>
        <translation>افتح مستندًا أولًا: الإصدار الجديد يخص مستندًا واحدًا.</translation>
    </message>
</context>
<context>
    <name>VersionDiffDialog</name>
    <message>
        <source>What changed: {title}</source>
        <extracomment>How deleted and inserted passages are marked (readable in light and dark themes).</extracomment>
        <translation>ما الذي تغيَّر: {title}</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>من الإصدار</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>إلى الإصدار</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>اختر إصدارين مختلفين.</translation>
    </message>
    <message numerus="yes">
        <source>Version {number} → {number2}: %n change(s)</source>
        <translation>
            <numerusform>الإصدار {number} ← {number2}: لا تغييرات (%n)</numerusform>
            <numerusform>الإصدار {number} ← {number2}: تغيير واحد (%n)</numerusform>
            <numerusform>الإصدار {number} ← {number2}: تغييران (%n)</numerusform>
            <numerusform>الإصدار {number} ← {number2}: %n تغييرات</numerusform>
            <numerusform>الإصدار {number} ← {number2}: %n تغييرًا</numerusform>
            <numerusform>الإصدار {number} ← {number2}: %n تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>claim {number}</source>
        <translation>الادعاء {number}</translation>
    </message>
    <message>
        <source>claim {number} (version {version})</source>
        <translation>الادعاء {number} (النسخة {version})</translation>
    </message>
</context>
<context>
    <name>VersionsQueue</name>
    <message>
        <source>Claims to review after a new version</source>
        <translation>ادعاءات تجب مراجعتها بعد إصدار جديد</translation>
    </message>
    <message>
        <source>Claims to review</source>
        <translation>ادعاءات للمراجعة</translation>
    </message>
    <message>
        <source>Old and new quote</source>
        <translation>الاقتباس القديم والجديد</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>&amp;Keep against the old version</source>
        <translation>الإ&amp;بقاء على الإصدار القديم</translation>
    </message>
    <message>
        <source>A&amp;ttach to the selected text</source>
        <translation>&amp;ربط بالنص المحدَّد</translation>
    </message>
    <message>
        <source>Accept carried-over claim</source>
        <translation>قبول الادعاء المنقول</translation>
    </message>
    <message>
        <source>Keep claim on the old version</source>
        <translation>إبقاء الادعاء على الإصدار القديم</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing left to review.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لم يتبقَّ شيء للمراجعة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not found in the new version</source>
        <translation>غير موجود في الإصدار الجديد</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>{value}, score {anchor_score}</source>
        <translation>{value}، الدرجة {anchor_score}</translation>
    </message>
    <message>
        <source>Select the claim&apos;s words in the article first.</source>
        <translation>حدِّد أولًا كلمات الادعاء في المقال.</translation>
    </message>
    <message>
        <source>Attach claim to new text</source>
        <translation>ربط الادعاء بالنص الجديد</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Mark the claims in an article, check them, keep the evidence.</source>
        <translation>حدِّد الادعاءات في مقال، وتحقَّق منها، واحتفظ بالأدلة.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>فتح مشروع…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>المشاريع الأخيرة</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;ادعاء</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;حول {APP_NAME}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <extracomment>A menu entry: the attribute that will hold the action, what it calls, its shortcut. None is a separator. The object names of the File, Edit, Claim and Help menus, in menu-bar order. The words of every action built from a menu&apos;s entries, by the attribute that holds it.</extracomment>
        <translation>مشروع &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح مشروع &amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Import article…</source>
        <translation>ا&amp;ستيراد مقال…</translation>
    </message>
    <message>
        <source>Import new &amp;version…</source>
        <translation>استيراد إ&amp;صدار جديد…</translation>
    </message>
    <message>
        <source>What c&amp;hanged…</source>
        <translation>ما الذي ت&amp;غيَّر…</translation>
    </message>
    <message>
        <source>Claims to re&amp;view…</source>
        <translation>ادعاءات لل&amp;مراجعة…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>&amp;Merge a colleague&apos;s copy…</source>
        <translation>&amp;دمج نسخة زميل…</translation>
    </message>
    <message>
        <source>S&amp;hare a copy…</source>
        <translation>م&amp;شاركة نسخة…</translation>
    </message>
    <message>
        <source>&amp;Verify project…</source>
        <translation>ال&amp;تحقق من المشروع…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>إ&amp;غلاق المشروع</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Undo your last change to the project (Ctrl+Z)</source>
        <translation>التراجع عن آخر تغيير أجريته على المشروع (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo the change you undid (Ctrl+Shift+Z)</source>
        <translation>إعادة التغيير الذي تراجعت عنه (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Find words in the article (Ctrl+F)</source>
        <translation>البحث عن كلمات في المقال (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation>&amp;لصق كمستند جديد</translation>
    </message>
    <message>
        <source>&amp;Remove document…</source>
        <translation>إ&amp;زالة المستند…</translation>
    </message>
    <message>
        <source>Pro&amp;ject settings…</source>
        <translation>إعدادات ال&amp;مشروع…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Add claim</source>
        <translation>إ&amp;ضافة ادعاء</translation>
    </message>
    <message>
        <source>Add the selected words as a claim (Ctrl+Enter)</source>
        <translation>إضافة الكلمات المحدَّدة كادعاء (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Mark {value}</source>
        <translation>وضع حالة «{value}»</translation>
    </message>
    <message>
        <source>Set the current claim&apos;s status to {label} ({shortcut})</source>
        <translation>تعيين حالة الادعاء الحالي إلى «{label}» ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Next claim</source>
        <translation>الادعاء ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation>الادعاء ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>&amp;حذف الادعاء</translation>
    </message>
    <message>
        <source>&amp;Search the archive…</source>
        <translation>ال&amp;بحث في الأرشيف…</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>حول {APP_NAME}</translation>
    </message>
    <message>
        <source>{APP_NAME} {version}
Check the claims in an article, offline.</source>
        <translation>{APP_NAME} {version}
تحقَّق من الادعاءات في مقال، دون اتصال.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AuthorityPage</name>
    <message>
        <source>Requesting authority</source>
        <translation>السلطة الطالبة</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>الملفات التعريفية المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Use profile</source>
        <translation>&amp;استخدام الملف التعريفي</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>&amp;حفظ كملف تعريفي…</translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation>&amp;حذف الملف التعريفي</translation>
    </message>
    <message>
        <source>Requesting authority (18(15)(a))</source>
        <translation>السلطة الطالبة (‎18(15)(a)‎)</translation>
    </message>
    <message>
        <source>Requesting &amp;State:</source>
        <translation>&amp;الدولة الطالبة:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;الشخص المسؤول عن الاتصال:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;الهاتف:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>&amp;مرجعكم:</translation>
    </message>
    <message>
        <source>Letterhead logo:</source>
        <translation>شعار الترويسة:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;اختيار الشعار…</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>&amp;إزالة الشعار</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <source>Name of the si&amp;gnatory:</source>
        <translation>&amp;اسم الموقِّع:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;الوظيفة:</translation>
    </message>
    <message>
        <source>&amp;Place of signature:</source>
        <translation>&amp;مكان التوقيع:</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The requesting State is not given.</source>
        <translation>لم تُذكر الدولة الطالبة.</translation>
    </message>
    <message>
        <source>The requested State is not given.</source>
        <translation>لم تُذكر الدولة متلقية الطلب.</translation>
    </message>
    <message>
        <source>The output language &apos;%1&apos; is not one of the six official UN languages.</source>
        <translation>لغة الإخراج &apos;%1&apos; ليست إحدى اللغات الرسمية الست للأمم المتحدة.</translation>
    </message>
    <message>
        <source>The requesting authority is not identified.</source>
        <translation>لم تُحدَّد هوية السلطة الطالبة.</translation>
    </message>
    <message>
        <source>The subject matter and nature of the investigation, prosecution or proceeding are not described.</source>
        <translation>لم يُوصف موضوع التحقيق أو الملاحقة القضائية أو الإجراء القضائي وطبيعته.</translation>
    </message>
    <message>
        <source>The name of the authority conducting the investigation, prosecution or proceeding is missing.</source>
        <translation>اسم السلطة التي تتولى التحقيق أو الملاحقة القضائية أو الإجراء القضائي غير مذكور.</translation>
    </message>
    <message>
        <source>The functions of the authority conducting the proceeding are not described.</source>
        <translation>لم تُوصف وظائف السلطة التي تتولى الإجراءات.</translation>
    </message>
    <message>
        <source>No offence is described.</source>
        <translation>لم تُوصف أي جريمة.</translation>
    </message>
    <message>
        <source>A summary of the relevant facts is missing.</source>
        <translation>ملخص الوقائع ذات الصلة غير موجود.</translation>
    </message>
    <message>
        <source>No summary of facts is needed: the only assistance sought is service of judicial documents.</source>
        <translation>لا حاجة إلى ملخص للوقائع: المساعدة الوحيدة المطلوبة هي تبليغ مستندات قضائية.</translation>
    </message>
    <message>
        <source>No assistance is sought: add at least one measure.</source>
        <translation>لم تُطلب أي مساعدة: أضف تدبيراً واحداً على الأقل.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): the assistance sought is not described.</source>
        <translation>التدبير %1 (%2): لم تُوصف المساعدة المطلوبة.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): the purpose for which the evidence, information or action is sought is missing.</source>
        <translation>التدبير %1 (%2): الغرض من طلب الأدلة أو المعلومات أو الإجراء غير مذكور.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): &apos;%3&apos; is required.</source>
        <translation>التدبير %1 (%2): &apos;%3&apos; مطلوب.</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; is not a date (yyyy-mm-dd): &apos;%3&apos;.</source>
        <translation>التدبير %1: &apos;%2&apos; ليس تاريخاً (yyyy-mm-dd): &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; has the value &apos;%3&apos;, which is not one of: %4.</source>
        <translation>التدبير %1: قيمة &apos;%2&apos; هي &apos;%3&apos;، وهي ليست من بين: %4.</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; takes only one value.</source>
        <translation>التدبير %1: &apos;%2&apos; يقبل قيمة واحدة فقط.</translation>
    </message>
    <message>
        <source>Measure %1: the period ends (%2) before it starts (%3).</source>
        <translation>التدبير %1: تنتهي الفترة (%2) قبل أن تبدأ (%3).</translation>
    </message>
    <message>
        <source>Measure %1 refers to person &apos;%2&apos;, who is not in the request.</source>
        <translation>يشير التدبير %1 إلى الشخص &apos;%2&apos; غير الوارد في الطلب.</translation>
    </message>
    <message>
        <source>Measure %1 (%2) must name at least %3 person(s); it names %4.</source>
        <translation>يجب أن يسمّي التدبير %1 (%2) %3 شخص (أشخاص) على الأقل؛ وهو يسمّي %4.</translation>
    </message>
    <message>
        <source>%1 reports that &apos;%2&apos; is not available (%3). Alternative: %4.</source>
        <translation>تفيد %1 بأن &apos;%2&apos; غير متاح (%3). البديل: %4.</translation>
    </message>
    <message>
        <source>%1 reports that &apos;%2&apos; is available with limits (%3). Alternative: %4.</source>
        <translation>تفيد %1 بأن &apos;%2&apos; متاح ضمن حدود (%3). البديل: %4.</translation>
    </message>
    <message>
        <source>%1, &apos;%2&apos;: %3</source>
        <translation>‏%1، &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>Offence %1: maximum penalty %2 years, a serious crime under article 2(b).</source>
        <translation>الجريمة %1: العقوبة القصوى %2 سنوات، وهي جريمة خطيرة بمقتضى المادة 2(ب).</translation>
    </message>
    <message>
        <source>Offence %1: the maximum penalty is not given; the Convention covers serious crime (at least four years, article 2(b)) and the offences it establishes.</source>
        <translation>الجريمة %1: العقوبة القصوى غير مذكورة؛ تشمل الاتفاقية الجرائم الخطيرة (أربع سنوات على الأقل، المادة 2(ب)) والجرائم المقررة وفقاً لها.</translation>
    </message>
    <message>
        <source>Offence %1: a maximum penalty of %2 years is below four years and no Convention offence is named: outside article 2(b) unless another basis applies.</source>
        <translation>الجريمة %1: العقوبة القصوى البالغة %2 سنوات تقل عن أربع سنوات ولم تُذكر جريمة مقررة وفقاً للاتفاقية: خارج نطاق المادة 2(ب) ما لم ينطبق أساس آخر.</translation>
    </message>
    <message>
        <source>The transnational nature of the offence (article 3(2)) is not shown.</source>
        <translation>لم يُبيَّن الطابع عبر الوطني للجريمة (المادة ‎3(2)‎).</translation>
    </message>
    <message>
        <source>The offence is stated not to be transnational (article 3(2)): the Convention may not apply.</source>
        <translation>ذُكر أن الجريمة ليست ذات طابع عبر وطني (المادة ‎3(2)‎): قد لا تنطبق الاتفاقية.</translation>
    </message>
    <message>
        <source>The involvement of an organized criminal group (article 2(a)) is not shown.</source>
        <translation>لم تُبيَّن ضلوع جماعة إجرامية منظمة (المادة 2(أ)).</translation>
    </message>
    <message>
        <source>No organized criminal group is stated to be involved: the Convention may not apply (article 3(1)).</source>
        <translation>لم يُذكر ضلوع أي جماعة إجرامية منظمة: قد لا تنطبق الاتفاقية (المادة ‎3(1)‎).</translation>
    </message>
    <message>
        <source>Scope of the Convention shown: serious crime or Convention offence, transnational, organized criminal group (article 3).</source>
        <translation>تبيَّن انطباق نطاق الاتفاقية: جريمة خطيرة أو جريمة مقررة وفقاً للاتفاقية، ذات طابع عبر وطني، وضلوع جماعة إجرامية منظمة (المادة 3).</translation>
    </message>
    <message>
        <source>Nothing is recorded for the requested State &apos;%1&apos;: unknown — verify with its central authority.</source>
        <translation>لا يوجد أي سجل للدولة متلقية الطلب &apos;%1&apos;: غير معروف — يُرجى التحقق لدى سلطتها المركزية.</translation>
    </message>
    <message>
        <source>%1 is a party to the Convention (%2).</source>
        <translation>‏%1 طرف في الاتفاقية (%2).</translation>
    </message>
    <message>
        <source>Whether %1 is a party to the Convention is not recorded: unknown — verify (UN Treaty Collection, chapter XVIII-12).</source>
        <translation>لم يُسجَّل ما إذا كانت %1 طرفاً في الاتفاقية: غير معروف — يُرجى التحقق (مجموعة معاهدات الأمم المتحدة، الفصل XVIII-12).</translation>
    </message>
    <message>
        <source>%1 is recorded as &apos;%2&apos;, not as a party to the Convention: the Convention cannot be the legal basis.</source>
        <translation>‏%1 مسجلة بصفة &apos;%2&apos;، لا بصفة طرف في الاتفاقية: لا يمكن أن تكون الاتفاقية هي الأساس القانوني.</translation>
    </message>
    <message>
        <source>The legal basis is a treaty, but the treaty is not named.</source>
        <translation>الأساس القانوني معاهدة، لكن المعاهدة غير مسمّاة.</translation>
    </message>
    <message>
        <source>The treaty &apos;%1&apos; is not recorded between %2 and %3: verify that it is in force.</source>
        <translation>المعاهدة &apos;%1&apos; غير مسجلة بين %2 و%3: يُرجى التحقق من نفاذها.</translation>
    </message>
    <message>
        <source>The treaty &apos;%1&apos; is in force between %2 and %3: it governs the request; paragraphs 9 to 29 of article 18 apply only if the States agree to apply them instead (18(7)).</source>
        <translation>المعاهدة &apos;%1&apos; نافذة بين %2 و%3: فهي التي تحكم الطلب؛ ولا تنطبق الفقرات 9 إلى 29 من المادة 18 إلا إذا اتفقت الدولتان على تطبيقها بدلاً منها (‎18(7)‎).</translation>
    </message>
    <message>
        <source>No mutual legal assistance treaty between %1 and %2 is recorded: paragraphs 9 to 29 of article 18 apply (18(7)). Verify that no treaty binds the two States.</source>
        <translation>لا توجد معاهدة مسجلة بشأن المساعدة القانونية المتبادلة بين %1 و%2: تنطبق الفقرات 9 إلى 29 من المادة 18 (‎18(7)‎). يُرجى التحقق من عدم وجود معاهدة تُلزم الدولتين.</translation>
    </message>
    <message>
        <source>Whether a mutual legal assistance treaty binds %1 and %2 is unknown — verify (18(7)).</source>
        <translation>من غير المعروف ما إذا كانت معاهدة بشأن المساعدة القانونية المتبادلة تُلزم %1 و%2 — يُرجى التحقق (‎18(7)‎).</translation>
    </message>
    <message>
        <source>%1 does not require dual criminality. Notes: %2</source>
        <translation>لا تشترط %1 ازدواجية التجريم. ملاحظات: %2</translation>
    </message>
    <message>
        <source>%1 requires dual criminality for coercive measures only, and none is sought.</source>
        <translation>تشترط %1 ازدواجية التجريم للتدابير القسرية فقط، ولم يُطلب أي منها.</translation>
    </message>
    <message>
        <source>The dual-criminality policy of %1 is unknown — verify with the central authority.</source>
        <translation>سياسة %1 بشأن ازدواجية التجريم غير معروفة — يُرجى التحقق لدى السلطة المركزية.</translation>
    </message>
    <message>
        <source>Offence %1 has no ICCS code for its conduct: dual criminality cannot be checked.</source>
        <translation>لا يوجد رمز ICCS لسلوك الجريمة %1: لا يمكن التحقق من ازدواجية التجريم.</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): the conduct is an offence in %3: %4.</source>
        <translation>الجريمة %1 (ICCS %2): السلوك مُجرَّم في %3: %4.</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): the conduct is recorded as not an offence in %3; assistance may be refused (18(9)). Notes: %4</source>
        <translation>الجريمة %1 (ICCS %2): السلوك مسجل على أنه غير مُجرَّم في %3؛ يجوز رفض المساعدة (‎18(9)‎). ملاحظات: %4</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): whether the conduct is an offence in %3 is unknown — verify with the central authority.</source>
        <translation>الجريمة %1 (ICCS %2): من غير المعروف ما إذا كان السلوك مُجرَّماً في %3 — يُرجى التحقق لدى السلطة المركزية.</translation>
    </message>
    <message>
        <source>Add a dual-criminality note showing that the conduct is also an offence in %1.</source>
        <translation>أضف ملاحظة بشأن ازدواجية التجريم تبيّن أن السلوك مُجرَّم أيضاً في %1.</translation>
    </message>
    <message>
        <source>The legal basis is reciprocity, but no assurance of reciprocity is given.</source>
        <translation>الأساس القانوني هو المعاملة بالمثل، لكن لم يُقدَّم أي تعهد بالمعاملة بالمثل.</translation>
    </message>
    <message>
        <source>An assurance of reciprocity is given without its wording (reciprocity note).</source>
        <translation>قُدِّم تعهد بالمعاملة بالمثل دون نصه (ملاحظة المعاملة بالمثل).</translation>
    </message>
    <message>
        <source>The reciprocity policy of %1 is unknown — verify with the central authority; consider giving an assurance of reciprocity.</source>
        <translation>سياسة %1 بشأن المعاملة بالمثل غير معروفة — يُرجى التحقق لدى السلطة المركزية؛ ويُنظر في تقديم تعهد بالمعاملة بالمثل.</translation>
    </message>
    <message>
        <source>%1 does not require reciprocity. Notes: %2</source>
        <translation>لا تشترط %1 المعاملة بالمثل. ملاحظات: %2</translation>
    </message>
    <message>
        <source>%1 requires an assurance of reciprocity, and none is given. Notes: %2</source>
        <translation>تشترط %1 تعهداً بالمعاملة بالمثل، ولم يُقدَّم أي تعهد. ملاحظات: %2</translation>
    </message>
    <message>
        <source>An assurance of reciprocity is given, as %1 requires. Notes: %2</source>
        <translation>قُدِّم تعهد بالمعاملة بالمثل، كما تشترط %1. ملاحظات: %2</translation>
    </message>
    <message>
        <source>%1 requires reciprocity only absent a treaty, and a treaty applies. Notes: %2</source>
        <translation>تشترط %1 المعاملة بالمثل فقط في حال عدم وجود معاهدة، وثمة معاهدة منطبقة. ملاحظات: %2</translation>
    </message>
    <message>
        <source>The languages %1 accepts are not recorded: unknown — verify with the central authority. Notes: %2</source>
        <translation>اللغات التي تقبلها %1 غير مسجلة: غير معروف — يُرجى التحقق لدى السلطة المركزية. ملاحظات: %2</translation>
    </message>
    <message>
        <source>%1 accepts requests in &apos;%2&apos;. Conditions: %3</source>
        <translation>تقبل %1 الطلبات باللغة &apos;%2&apos;. الشروط: %3</translation>
    </message>
    <message>
        <source>%1 has not notified &apos;%2&apos; as such (notified: %3); its notification sets conditions: %4 — check that the request meets them.</source>
        <translation>لم تُخطر %1 بـ &apos;%2&apos; على هذا النحو (اللغات المُخطَر بها: %3)؛ ويحدد إخطارها شروطاً: %4 — تحقق من استيفاء الطلب لها.</translation>
    </message>
    <message>
        <source>%1 has not notified &apos;%2&apos; as an acceptable language (notified: %3).</source>
        <translation>لم تُخطر %1 بـ &apos;%2&apos; بوصفها لغة مقبولة (اللغات المُخطَر بها: %3).</translation>
    </message>
    <message>
        <source>INTERPOL may be used only in urgent circumstances; the request is not marked urgent.</source>
        <translation>لا يجوز استخدام الإنتربول إلا في الظروف العاجلة؛ والطلب غير معلَّم بأنه عاجل.</translation>
    </message>
    <message>
        <source>%1 does not accept requests through INTERPOL.</source>
        <translation>لا تقبل %1 الطلبات عن طريق الإنتربول.</translation>
    </message>
    <message>
        <source>Whether %1 agrees to receive urgent requests through INTERPOL is unknown — verify with the central authority.</source>
        <translation>من غير المعروف ما إذا كانت %1 توافق على تلقي الطلبات العاجلة عن طريق الإنتربول — يُرجى التحقق لدى السلطة المركزية.</translation>
    </message>
    <message>
        <source>%1 accepts urgent requests through INTERPOL.</source>
        <translation>تقبل %1 الطلبات العاجلة عن طريق الإنتربول.</translation>
    </message>
    <message>
        <source>%1 does not accept requests through diplomatic channels.</source>
        <translation>لا تقبل %1 الطلبات عن طريق القنوات الدبلوماسية.</translation>
    </message>
    <message>
        <source>Whether %1 accepts requests through diplomatic channels is not recorded — verify.</source>
        <translation>لم يُسجَّل ما إذا كانت %1 تقبل الطلبات عن طريق القنوات الدبلوماسية — يُرجى التحقق.</translation>
    </message>
    <message>
        <source>%1 accepts requests through diplomatic channels.</source>
        <translation>تقبل %1 الطلبات عن طريق القنوات الدبلوماسية.</translation>
    </message>
    <message>
        <source>%1 requires requests to be addressed through diplomatic channels.</source>
        <translation>تشترط %1 توجيه الطلبات عن طريق القنوات الدبلوماسية.</translation>
    </message>
    <message>
        <source>%1 does not accept requests sent directly to its central authority.</source>
        <translation>لا تقبل %1 الطلبات المرسلة مباشرة إلى سلطتها المركزية.</translation>
    </message>
    <message>
        <source>Central authority of %1: %2.</source>
        <translation>السلطة المركزية لـ %1: %2.</translation>
    </message>
    <message>
        <source>The central authority of %1 is not recorded: unknown — verify.</source>
        <translation>السلطة المركزية لـ %1 غير مسجلة: غير معروف — يُرجى التحقق.</translation>
    </message>
    <message>
        <source>A deadline (%1) is set without reasons; deadlines are taken into account only where reasons are given.</source>
        <translation>حُدِّد موعد نهائي (%1) دون ذكر الأسباب؛ ولا تُراعى المواعيد النهائية إلا إذا ذُكرت أسبابها.</translation>
    </message>
    <message>
        <source>The request is marked urgent without reasons.</source>
        <translation>الطلب معلَّم بأنه عاجل دون ذكر الأسباب.</translation>
    </message>
    <message>
        <source>The deadline %1 has passed.</source>
        <translation>انقضى الموعد النهائي %1.</translation>
    </message>
    <message>
        <source>Confidentiality is requested without reasons.</source>
        <translation>طُلبت السرية دون ذكر الأسباب.</translation>
    </message>
    <message>
        <source>Practice of %1 on confidentiality: %2</source>
        <translation>ممارسة %1 بشأن السرية: %2</translation>
    </message>
    <message>
        <source>State the use to be made of the information and evidence: they may not be used for other proceedings without the requested State&apos;s consent.</source>
        <translation>اذكر الاستخدام المزمع للمعلومات والأدلة: لا يجوز استخدامها في إجراءات أخرى دون موافقة الدولة متلقية الطلب.</translation>
    </message>
    <message>
        <source>Practice of %1 on the use of evidence: %2</source>
        <translation>ممارسة %1 بشأن استخدام الأدلة: %2</translation>
    </message>
    <message>
        <source>Person %1 has no name.</source>
        <translation>الشخص %1 بلا اسم.</translation>
    </message>
    <message>
        <source>Person %1: no address or known location is given.</source>
        <translation>الشخص %1: لم يُذكر أي عنوان أو مكان معروف.</translation>
    </message>
    <message>
        <source>Person %1: nationality not given (give it where known).</source>
        <translation>الشخص %1: الجنسية غير مذكورة (اذكرها إن كانت معروفة).</translation>
    </message>
    <message>
        <source>Person %1: &apos;%2&apos; is not an ISO 3166 alpha-3 code.</source>
        <translation>الشخص %1: &apos;%2&apos; ليس رمزاً من رموز ISO 3166 alpha-3.</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional control character (U+%2): the text can display differently from what it is (spoofing risk).</source>
        <translation>يحتوي %1 على حرف تحكم ثنائي الاتجاه (U+%2): قد يُعرض النص على نحو مختلف عن حقيقته (خطر التضليل).</translation>
    </message>
    <message>
        <source>%1 contains an invisible character (U+%2): two values that look the same can differ (spoofing risk).</source>
        <translation>يحتوي %1 على حرف غير مرئي (U+%2): قد تختلف قيمتان متطابقتان في المظهر (خطر التضليل).</translation>
    </message>
    <message>
        <source>%1 mixes Latin and %2 letters in one word (&apos;%3&apos;): look-alike letters are a spoofing risk.</source>
        <translation>يمزج %1 بين حروف لاتينية وحروف %2 في كلمة واحدة (&apos;%3&apos;): الحروف المتشابهة تنطوي على خطر التضليل.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a common-law standard with no equivalent in many systems: describe the facts that ground the suspicion instead.</source>
        <translation>&apos;%1&apos; معيار من معايير القانون العام (common law) لا مقابل له في كثير من النظم: صِف بدلاً من ذلك الوقائع التي يقوم عليها الاشتباه.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no equivalent in many systems: explain that it is a body of citizens that decides whether a person is charged, and what it needs.</source>
        <translation>&apos;%1&apos; لا مقابل له في كثير من النظم: وضّح أنه هيئة من المواطنين تقرر ما إذا كان الشخص سيُتَّهم، وما الذي تحتاج إليه.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a statute of one State: describe the conduct and cite the provision in full.</source>
        <translation>&apos;%1&apos; يشير إلى قانون خاص بدولة واحدة: صِف السلوك واذكر نص الحكم كاملاً.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is unknown in many systems: describe the agreement between prosecution and defendant in plain words.</source>
        <translation>&apos;%1&apos; غير معروف في كثير من النظم: صِف الاتفاق بين الادعاء والمتهم بعبارات بسيطة.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not translate: say which order, by whom, and what it compels.</source>
        <translation>&apos;%1&apos; لا يُترجَم: اذكر أي أمر، وممن صدر، وما الذي يُلزِم به.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (disclosure between the parties) is unknown in many systems: explain it in plain words.</source>
        <translation>&apos;%1&apos; (الإفصاح بين الأطراف) غير معروف في كثير من النظم: اشرحه بعبارات بسيطة.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a rule of evidence unknown in many systems: explain what the requested State&apos;s authorities must do or avoid.</source>
        <translation>&apos;%1&apos; قاعدة إثبات غير معروفة في كثير من النظم: اشرح ما يجب على سلطات الدولة متلقية الطلب فعله أو تجنبه.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a national rule: state the cautions to be given to the person in full.</source>
        <translation>&apos;%1&apos; يشير إلى قاعدة وطنية: اذكر كاملاً التنبيهات الواجب توجيهها إلى الشخص.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a standard of proof that translates unevenly: explain it in plain words.</source>
        <translation>&apos;%1&apos; معيار إثبات لا يُترجم بدقة متساوية: اشرحه بعبارات بسيطة.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: describe the handling and records needed for the evidence to be admissible.</source>
        <translation>&apos;%1&apos;: صِف طريقة التعامل مع الأدلة والسجلات اللازمة لكي تكون مقبولة.</translation>
    </message>
    <message>
        <source>%1: the text is in &apos;%2&apos; and has no translation into &apos;%3&apos;.</source>
        <translation>‏%1: النص باللغة &apos;%2&apos; وليست له ترجمة إلى &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>%1: the translation into &apos;%2&apos; was made from an earlier version of the text.</source>
        <translation>‏%1: أُعدَّت الترجمة إلى &apos;%2&apos; من نسخة سابقة من النص.</translation>
    </message>
    <message>
        <source>%1: the translation into &apos;%2&apos; is still a draft.</source>
        <translation>‏%1: الترجمة إلى &apos;%2&apos; لا تزال مسودة.</translation>
    </message>
    <message>
        <source>Offence %1 is an offence established under the Convention or its Protocols (%2).</source>
        <translation>الجريمة %1 جريمة مقررة وفقاً للاتفاقية أو بروتوكولاتها (%2).</translation>
    </message>
    <message>
        <source>The reciprocity policy of %1 is unknown — verify with the central authority; an assurance of reciprocity is given.</source>
        <translation>سياسة %1 بشأن المعاملة بالمثل غير معروفة — يُرجى التحقق لدى السلطة المركزية؛ وقد قُدِّم تعهد بالمعاملة بالمثل.</translation>
    </message>
    <message>
        <source>%1 does not accept every request sent electronically or signed electronically (transmission: %2; electronic signature: %3): send a signed paper original. Notes: %4</source>
        <translation>لا تقبل %1 كل الطلبات المرسلة أو الموقَّعة إلكترونياً (الإرسال: %2؛ التوقيع الإلكتروني: %3): أرسل أصلاً ورقياً موقَّعاً. ملاحظات: %4</translation>
    </message>
    <message>
        <source>%1 accepts requests transmitted and signed electronically. Notes: %2</source>
        <translation>تقبل %1 الطلبات المرسلة والموقَّعة إلكترونياً. ملاحظات: %2</translation>
    </message>
    <message>
        <source>Whether %1 accepts requests transmitted or signed electronically is not recorded — verify; a signed paper original may be needed.</source>
        <translation>لم يُسجَّل ما إذا كانت %1 تقبل الطلبات المرسلة أو الموقَّعة إلكترونياً — يُرجى التحقق؛ قد يلزم أصل ورقي موقَّع.</translation>
    </message>
    <message>
        <source>%1 has made a declaration bearing on article 18(7): %2</source>
        <translation>أصدرت %1 إعلانًا يتعلق بالمادة ‎18(7)‎: %2</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>عمليات التحقق</translation>
    </message>
    <message>
        <source>These findings compare the request with article 18 and with what the database knows about the requested State. Activate a finding (Enter or double-click) to go to its field.</source>
        <translation>تقارن هذه النتائج الطلبَ بالمادة 18 وبما تعرفه قاعدة البيانات عن الدولة متلقية الطلب. فعّل نتيجة (Enter أو نقر مزدوج) للانتقال إلى حقلها.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;إعادة التحقق</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Findings</source>
        <translation>النتائج</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <source>Summary of facts</source>
        <translation>ملخص الوقائع</translation>
    </message>
    <message>
        <source>Summarise the relevant facts (18(15)(c)): who did what, when and where, and how each person and each measure sought relates to the offences. A summary is not needed when only service of documents is requested.</source>
        <translation>لخّص الوقائع ذات الصلة (‎18(15)(c)‎): من فعل ماذا، ومتى، وأين، وصلة كل شخص وكل تدبير مطلوب بالجرائم. لا حاجة إلى ملخص إذا كان المطلوب تبليغ مستندات فقط.</translation>
    </message>
    <message>
        <source>&amp;Summary of facts:</source>
        <translation>&amp;ملخص الوقائع:</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>Unknown — verify with the central authority.</source>
        <translation>غير معروف — يُرجى التحقق لدى السلطة المركزية.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>تم التحقق في %1</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>لم يتم التحقق بعد</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>required</source>
        <translation>مشترط</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>غير مقبول</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the requested State to see what the database knows about its requirements.&lt;/p&gt;</source>
        <translation>&lt;p&gt;اختر الدولة متلقية الطلب لترى ما تعرفه قاعدة البيانات عن اشتراطاتها.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the requirements database has no record of this State.</source>
        <translation>لا يوجد في قاعدة بيانات الاشتراطات أي سجل لهذه الدولة.</translation>
    </message>
    <message>
        <source>UNTOC</source>
        <translation>اتفاقية الجريمة المنظمة</translation>
    </message>
    <message>
        <source>Central authority (18(13))</source>
        <translation>السلطة المركزية (‎18(13)‎)</translation>
    </message>
    <message>
        <source>Channels (18(13))</source>
        <translation>القنوات (‎18(13)‎)</translation>
    </message>
    <message>
        <source>central authority: %1; diplomatic: %2; INTERPOL: %3</source>
        <translation>السلطة المركزية: %1؛ القناة الدبلوماسية: %2؛ الإنتربول: %3</translation>
    </message>
    <message>
        <source>Languages (18(14))</source>
        <translation>اللغات (‎18(14)‎)</translation>
    </message>
    <message>
        <source>Electronic transmission / e-signature</source>
        <translation>الإرسال الإلكتروني / التوقيع الإلكتروني</translation>
    </message>
    <message>
        <source>transmission: %1; signature: %2</source>
        <translation>الإرسال: %1؛ التوقيع: %2</translation>
    </message>
    <message>
        <source>Dual criminality (18(9))</source>
        <translation>ازدواجية التجريم (‎18(9)‎)</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>المعاملة بالمثل</translation>
    </message>
    <message>
        <source>Use limitation and confidentiality (18(19), 18(20))</source>
        <translation>تقييد الاستخدام والسرية (‎18(19)‎، ‎18(20)‎)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <source>The requesting State undertakes not to transmit or use the information or evidence furnished for investigations, prosecutions or judicial proceedings other than those stated in this request without the prior consent of the requested State (article 18(19)).</source>
        <translation>تتعهد الدولة الطالبة بألا تحيل المعلومات أو الأدلة المقدمة أو تستخدمها في تحقيقات أو ملاحقات أو إجراءات قضائية غير تلك المذكورة في هذا الطلب، دون موافقة مسبقة من الدولة متلقية الطلب (المادة ‎18(19)‎).</translation>
    </message>
    <message>
        <source>The requesting State asks that the fact and substance of this request be kept confidential, except to the extent necessary to execute it (article 18(20)).</source>
        <translation>تطلب الدولة الطالبة الحفاظ على سرية وجود هذا الطلب ومضمونه، إلا بالقدر اللازم لتنفيذه (المادة ‎18(20)‎).</translation>
    </message>
    <message>
        <source>The conduct underlying the offence of %1 (ICCS %2) is also an offence in the requested State under %3.</source>
        <translation>السلوك الذي تقوم عليه جريمة %1 (ICCS %2) مُجرَّم أيضاً في الدولة متلقية الطلب بموجب %3.</translation>
    </message>
    <message>
        <source>The requesting State assures the requested State that it will comply with a future request of a similar nature from the requested State.</source>
        <translation>تؤكد الدولة الطالبة للدولة متلقية الطلب أنها ستستجيب لأي طلب مماثل يرد منها في المستقبل.</translation>
    </message>
    <message>
        <source>source dated %1</source>
        <translation>مصدر مؤرخ في %1</translation>
    </message>
    <message>
        <source>source undated</source>
        <translation>مصدر غير مؤرخ</translation>
    </message>
    <message numerus="yes">
        <source>— possibly outdated (older than %n year(s) or undated): verify</source>
        <translation>
            <numerusform>— ربما تكون غير محدّثة (أقدم من %n سنة أو غير مؤرخة): يُرجى التحقق</numerusform>
            <numerusform>— ربما تكون غير محدّثة (أقدم من سنة واحدة (%n) أو غير مؤرخة): يُرجى التحقق</numerusform>
            <numerusform>— ربما تكون غير محدّثة (أقدم من سنتين (%n) أو غير مؤرخة): يُرجى التحقق</numerusform>
            <numerusform>— ربما تكون غير محدّثة (أقدم من %n سنوات أو غير مؤرخة): يُرجى التحقق</numerusform>
            <numerusform>— ربما تكون غير محدّثة (أقدم من %n سنة أو غير مؤرخة): يُرجى التحقق</numerusform>
            <numerusform>— ربما تكون غير محدّثة (أقدم من %n سنة أو غير مؤرخة): يُرجى التحقق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>UNTOC article 18</source>
        <translation>المادة 18 من اتفاقية الجريمة المنظمة</translation>
    </message>
    <message>
        <source>Bilateral or multilateral treaty</source>
        <translation>معاهدة ثنائية أو متعددة الأطراف</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>المعاملة بالمثل</translation>
    </message>
    <message>
        <source>Central authority</source>
        <translation>السلطة المركزية</translation>
    </message>
    <message>
        <source>Diplomatic channel</source>
        <translation>القناة الدبلوماسية</translation>
    </message>
    <message>
        <source>INTERPOL (urgent, where agreed)</source>
        <translation>الإنتربول (في الحالات العاجلة، حيثما اتُّفق)</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>التحقيق</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <translation>الملاحقة القضائية</translation>
    </message>
    <message>
        <source>Judicial proceedings</source>
        <translation>الإجراءات القضائية</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>مشتبه فيه</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>متهم</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>ضحية</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>خبير</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>صاحب الحساب</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>شخص محتجز</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>مقدَّم للمراجعة</translation>
    </message>
    <message>
        <source>Returned to the drafter</source>
        <translation>أُعيد إلى المُحرِّر</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>موقَّع</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>مانعة</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Subscriber information</source>
        <translation>معلومات المشترك</translation>
    </message>
    <message>
        <source>Traffic data</source>
        <translation>بيانات الحركة</translation>
    </message>
    <message>
        <source>Content data</source>
        <translation>بيانات المحتوى</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>النسخ الأصلية</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>نسخ مصدَّقة</translation>
    </message>
</context>
<context>
    <name>MeasureSchema</name>
    <message>
        <source>Taking evidence or statements</source>
        <translation>الحصول على أدلة أو أقوال</translation>
    </message>
    <message>
        <source>Questions to be put</source>
        <translation>الأسئلة المراد طرحها</translation>
    </message>
    <message>
        <source>Oath, caution or procedure to follow</source>
        <translation>اليمين أو التنبيه أو الإجراء الواجب اتباعه</translation>
    </message>
    <message>
        <source>Place of the hearing</source>
        <translation>مكان الاستماع</translation>
    </message>
    <message>
        <source>Service of judicial documents</source>
        <translation>تبليغ المستندات القضائية</translation>
    </message>
    <message>
        <source>Documents to be served</source>
        <translation>المستندات المراد تبليغها</translation>
    </message>
    <message>
        <source>Address for service</source>
        <translation>عنوان التبليغ</translation>
    </message>
    <message>
        <source>Date the person is summoned to appear</source>
        <translation>تاريخ استدعاء الشخص للمثول</translation>
    </message>
    <message>
        <source>Proof of service required</source>
        <translation>إثبات التبليغ المطلوب</translation>
    </message>
    <message>
        <source>Search and seizure</source>
        <translation>التفتيش والحجز</translation>
    </message>
    <message>
        <source>Premises to be searched (address)</source>
        <translation>الأماكن المراد تفتيشها (العنوان)</translation>
    </message>
    <message>
        <source>Items to be seized</source>
        <translation>الأشياء المراد حجزها</translation>
    </message>
    <message>
        <source>Link between the premises and the offence</source>
        <translation>الصلة بين الأماكن والجريمة</translation>
    </message>
    <message>
        <source>Freezing of assets</source>
        <translation>تجميد الأصول</translation>
    </message>
    <message>
        <source>Assets to be frozen</source>
        <translation>الأصول المراد تجميدها</translation>
    </message>
    <message>
        <source>Institution holding the assets</source>
        <translation>المؤسسة التي تحوز الأصول</translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation>أرقام الحسابات</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Domestic freezing order (reference)</source>
        <translation>أمر التجميد المحلي (المرجع)</translation>
    </message>
    <message>
        <source>Examining objects and sites</source>
        <translation>فحص الأشياء والمواقع</translation>
    </message>
    <message>
        <source>Object or site to be examined</source>
        <translation>الشيء أو الموقع المراد فحصه</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Information, evidentiary items and expert evaluations</source>
        <translation>المعلومات والأدلة المادية وتقييمات الخبراء</translation>
    </message>
    <message>
        <source>Information or items sought</source>
        <translation>المعلومات أو الأشياء المطلوبة</translation>
    </message>
    <message>
        <source>Expert evaluation requested</source>
        <translation>تقييم الخبراء المطلوب</translation>
    </message>
    <message>
        <source>Bank and financial records</source>
        <translation>السجلات المصرفية والمالية</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>المؤسسة المالية</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>الفترة من</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>الفترة إلى</translation>
    </message>
    <message>
        <source>Types of documents</source>
        <translation>أنواع المستندات</translation>
    </message>
    <message>
        <source>Certification or authentication required</source>
        <translation>التصديق أو التوثيق المطلوب</translation>
    </message>
    <message>
        <source>Documents and records</source>
        <translation>المستندات والسجلات</translation>
    </message>
    <message>
        <source>Documents or records sought</source>
        <translation>المستندات أو السجلات المطلوبة</translation>
    </message>
    <message>
        <source>Who holds them</source>
        <translation>من يحوزها</translation>
    </message>
    <message>
        <source>Originals or certified copies</source>
        <translation>النسخ الأصلية أو النسخ المصدَّقة</translation>
    </message>
    <message>
        <source>Identifying or tracing proceeds, property or instrumentalities</source>
        <translation>كشف أو اقتفاء أثر العائدات أو الممتلكات أو الأدوات</translation>
    </message>
    <message>
        <source>Proceeds, property or instrumentalities</source>
        <translation>العائدات أو الممتلكات أو الأدوات</translation>
    </message>
    <message>
        <source>Known assets or accounts</source>
        <translation>الأصول أو الحسابات المعروفة</translation>
    </message>
    <message>
        <source>Voluntary appearance in the requesting State</source>
        <translation>المثول الطوعي في الدولة الطالبة</translation>
    </message>
    <message>
        <source>Date of appearance</source>
        <translation>تاريخ المثول</translation>
    </message>
    <message>
        <source>Expenses, travel and safe conduct (18(27))</source>
        <translation>النفقات والسفر والمرور الآمن (‎18(27)‎)</translation>
    </message>
    <message>
        <source>Other assistance</source>
        <translation>مساعدة أخرى</translation>
    </message>
    <message>
        <source>Assistance sought</source>
        <translation>المساعدة المطلوبة</translation>
    </message>
    <message>
        <source>Expedited preservation of stored computer data</source>
        <translation>التحفظ العاجل على البيانات الحاسوبية المخزنة</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>مقدم الخدمة</translation>
    </message>
    <message>
        <source>Accounts, addresses or other identifiers</source>
        <translation>الحسابات أو العناوين أو المعرِّفات الأخرى</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>فئات البيانات</translation>
    </message>
    <message>
        <source>Follow-up request for production (reference)</source>
        <translation>طلب المتابعة لتقديم البيانات (المرجع)</translation>
    </message>
    <message>
        <source>Access to stored computer data</source>
        <translation>الوصول إلى البيانات الحاسوبية المخزنة</translation>
    </message>
    <message>
        <source>Earlier preservation (reference)</source>
        <translation>التحفظ السابق (المرجع)</translation>
    </message>
    <message>
        <source>Real-time collection of traffic data</source>
        <translation>جمع بيانات الحركة في الوقت الحقيقي</translation>
    </message>
    <message>
        <source>Collection from</source>
        <translation>الجمع من</translation>
    </message>
    <message>
        <source>Collection to</source>
        <translation>الجمع إلى</translation>
    </message>
    <message>
        <source>Hearing by videoconference</source>
        <translation>الاستماع عن طريق التداول بالفيديو</translation>
    </message>
    <message>
        <source>Subject of the hearing and questions</source>
        <translation>موضوع الاستماع والأسئلة</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>التاريخ المقترح</translation>
    </message>
    <message>
        <source>Judicial authority conducting the hearing</source>
        <translation>السلطة القضائية التي تتولى الاستماع</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>جهة الاتصال التقنية</translation>
    </message>
    <message>
        <source>Interpretation needed (language)</source>
        <translation>الترجمة الشفوية المطلوبة (اللغة)</translation>
    </message>
    <message>
        <source>Temporary transfer of a detained person</source>
        <translation>النقل المؤقت لشخص محتجز</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>مكان الاحتجاز</translation>
    </message>
    <message>
        <source>The person consents (18(10)(a))</source>
        <translation>الشخص موافق (‎18(10)(a)‎)</translation>
    </message>
    <message>
        <source>Period of the transfer</source>
        <translation>فترة النقل</translation>
    </message>
    <message>
        <source>Custody and return arrangements (18(11))</source>
        <translation>ترتيبات الاحتجاز والإعادة (‎18(11)‎)</translation>
    </message>
    <message>
        <source>Controlled delivery</source>
        <translation>التسليم المراقَب</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>الشحنة</translation>
    </message>
    <message>
        <source>Expected route</source>
        <translation>المسار المتوقع</translation>
    </message>
    <message>
        <source>Expected dates</source>
        <translation>التواريخ المتوقعة</translation>
    </message>
    <message>
        <source>Joint investigation</source>
        <translation>التحقيق المشترك</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Composition of the team</source>
        <translation>تشكيل الفريق</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Transfer of criminal proceedings</source>
        <translation>نقل الإجراءات الجنائية</translation>
    </message>
    <message>
        <source>Reasons for the transfer</source>
        <translation>أسباب النقل</translation>
    </message>
    <message>
        <source>Contents of the case file transmitted</source>
        <translation>محتويات ملف القضية المُحال</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;إضافة تدبير</translation>
    </message>
    <message>
        <source>Re&amp;move measure</source>
        <translation>&amp;إزالة التدبير</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>التدبير</translation>
    </message>
    <message>
        <source>&amp;Persons concerned:</source>
        <translation>&amp;الأشخاص المعنيون:</translation>
    </message>
    <message>
        <source>&amp;Description of the assistance (18(15)(d)):</source>
        <translation>&amp;وصف المساعدة (‎18(15)(d)‎):</translation>
    </message>
    <message>
        <source>P&amp;urpose (18(15)(f)):</source>
        <translation>&amp;الغرض (‎18(15)(f)‎):</translation>
    </message>
    <message>
        <source>Particular p&amp;rocedures (18(17)):</source>
        <translation>&amp;الإجراءات الخاصة (‎18(17)‎):</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>MissingInfo</name>
    <message>
        <source>Requested State</source>
        <translation>الدولة متلقية الطلب</translation>
    </message>
    <message>
        <source>Title of the treaty</source>
        <translation>عنوان المعاهدة</translation>
    </message>
    <message>
        <source>Reasons for urgency</source>
        <translation>أسباب الاستعجال</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>الدولة الطالبة</translation>
    </message>
    <message>
        <source>Name of the requesting authority</source>
        <translation>اسم السلطة الطالبة</translation>
    </message>
    <message>
        <source>Address of the requesting authority</source>
        <translation>عنوان السلطة الطالبة</translation>
    </message>
    <message>
        <source>E-mail or telephone of the requesting authority</source>
        <translation>البريد الإلكتروني أو هاتف السلطة الطالبة</translation>
    </message>
    <message>
        <source>Subject matter and nature of the proceedings</source>
        <translation>موضوع الإجراءات وطبيعتها</translation>
    </message>
    <message>
        <source>Name of the authority conducting the proceedings</source>
        <translation>اسم السلطة التي تتولى الإجراءات</translation>
    </message>
    <message>
        <source>Functions of the authority conducting the proceedings</source>
        <translation>وظائف السلطة التي تتولى الإجراءات</translation>
    </message>
    <message>
        <source>Summary of the relevant facts</source>
        <translation>ملخص الوقائع ذات الصلة</translation>
    </message>
    <message>
        <source>At least one offence</source>
        <translation>جريمة واحدة على الأقل</translation>
    </message>
    <message>
        <source>Offence %1: name</source>
        <translation>الجريمة %1: الاسم</translation>
    </message>
    <message>
        <source>Offence %1: text of the legal provision</source>
        <translation>الجريمة %1: نص الحكم القانوني</translation>
    </message>
    <message>
        <source>Person %1: name</source>
        <translation>الشخص %1: الاسم</translation>
    </message>
    <message>
        <source>At least one measure (the assistance sought)</source>
        <translation>تدبير واحد على الأقل (المساعدة المطلوبة)</translation>
    </message>
    <message>
        <source>%1: description of the assistance sought</source>
        <translation>‏%1: وصف المساعدة المطلوبة</translation>
    </message>
    <message>
        <source>%1: purpose</source>
        <translation>‏%1: الغرض</translation>
    </message>
    <message>
        <source>%1: the person concerned</source>
        <translation>‏%1: الشخص المعني</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reasons for confidentiality</source>
        <translation>أسباب السرية</translation>
    </message>
    <message>
        <source>Name of the signatory</source>
        <translation>اسم الموقِّع</translation>
    </message>
    <message>
        <source>Function of the signatory</source>
        <translation>وظيفة الموقِّع</translation>
    </message>
    <message>
        <source>Language of the request</source>
        <translation>لغة الطلب</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — article %2</source>
        <translation>‏%1 — المادة %2</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>ناقص: %1</translation>
    </message>
    <message>
        <source>Person %1: the date of birth “%2” is not a date</source>
        <translation>الشخص %1: تاريخ الميلاد «%2» ليس تاريخًا صحيحًا</translation>
    </message>
    <message>
        <source>%1: %2 “%3” is not a date</source>
        <translation>%1: %2 «%3» ليس تاريخًا صحيحًا</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Conditions and notes</source>
        <translation>الشروط والملاحظات</translation>
    </message>
    <message>
        <source>Particular procedures (18(17)) are entered with each measure, on the Measures page.</source>
        <translation>تُدخَل الإجراءات الخاصة (‎18(17)‎) مع كل تدبير، في صفحة التدابير.</translation>
    </message>
    <message>
        <source>Confidentiality (18(20))</source>
        <translation>السرية (‎18(20)‎)</translation>
    </message>
    <message>
        <source>Ask the requested State to keep the request &amp;confidential</source>
        <translation>&amp;طلب الحفاظ على سرية الطلب من الدولة متلقية الطلب</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;الأسباب:</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>استخدام الاقتراح</translation>
    </message>
    <message>
        <source>Use limitation (18(19))</source>
        <translation>تقييد الاستخدام (‎18(19)‎)</translation>
    </message>
    <message>
        <source>&amp;Use limitation:</source>
        <translation>&amp;تقييد الاستخدام:</translation>
    </message>
    <message>
        <source>Use su&amp;ggestion</source>
        <translation>&amp;استخدام الاقتراح</translation>
    </message>
    <message>
        <source>Dual criminality (18(9))</source>
        <translation>ازدواجية التجريم (‎18(9)‎)</translation>
    </message>
    <message>
        <source>&amp;Dual criminality:</source>
        <translation>&amp;ازدواجية التجريم:</translation>
    </message>
    <message>
        <source>How the conduct is also an offence in the requested State, if it requires it</source>
        <translation>كيف يكون السلوك مُجرَّماً أيضاً في الدولة متلقية الطلب، إذا كانت تشترط ذلك</translation>
    </message>
    <message>
        <source>Use suggesti&amp;on</source>
        <translation>&amp;استخدام الاقتراح</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>المعاملة بالمثل</translation>
    </message>
    <message>
        <source>&amp;Reciprocity:</source>
        <translation>&amp;المعاملة بالمثل:</translation>
    </message>
    <message>
        <source>Use sugge&amp;stion</source>
        <translation>&amp;استخدام الاقتراح</translation>
    </message>
</context>
<context>
    <name>OffencesPage</name>
    <message>
        <source>Offences</source>
        <translation>الجرائم</translation>
    </message>
    <message>
        <source>&amp;Add offence</source>
        <translation>&amp;إضافة جريمة</translation>
    </message>
    <message>
        <source>Re&amp;move offence</source>
        <translation>&amp;إزالة الجريمة</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>الجريمة</translation>
    </message>
    <message>
        <source>&amp;Name of the offence:</source>
        <translation>&amp;اسم الجريمة:</translation>
    </message>
    <message>
        <source>&amp;Legal provision (text):</source>
        <translation>&amp;الحكم القانوني (النص):</translation>
    </message>
    <message>
        <source>The text of the provision, as in your law</source>
        <translation>نص الحكم كما ورد في قانونكم</translation>
    </message>
    <message>
        <source>Maximum &amp;penalty (years):</source>
        <translation>&amp;العقوبة القصوى (بالسنوات):</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Con&amp;vention article:</source>
        <translation>&amp;مادة الاتفاقية:</translation>
    </message>
    <message>
        <source>Con&amp;duct (ICCS):</source>
        <translation>&amp;السلوك (ICCS):</translation>
    </message>
    <message>
        <source>Remove selected cond&amp;uct</source>
        <translation>&amp;إزالة السلوك المحدد</translation>
    </message>
    <message>
        <source>Find c&amp;onduct:</source>
        <translation>&amp;البحث عن سلوك:</translation>
    </message>
    <message>
        <source>Search the International Classification of Crime for Statistical Purposes</source>
        <translation>البحث في التصنيف الدولي للجريمة للأغراض الإحصائية</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>النتائج المطابقة:</translation>
    </message>
    <message>
        <source>Add sele&amp;cted conduct</source>
        <translation>&amp;إضافة السلوك المحدد</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <source>Output</source>
        <translation>الإخراج</translation>
    </message>
    <message>
        <source>Output &amp;language:</source>
        <translation>&amp;لغة الإخراج:</translation>
    </message>
    <message>
        <source>&amp;Render PDF</source>
        <translation>&amp;إنشاء ملف PDF</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>&amp;توقيع…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;حفظ ملف PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport for translation…</source>
        <translation>ت&amp;صدير للترجمة…</translation>
    </message>
    <message>
        <source>I&amp;mport translation…</source>
        <translation>ا&amp;ستيراد ترجمة…</translation>
    </message>
    <message>
        <source>&amp;Translation of the free text into the output language:</source>
        <translation>&amp;ترجمة النص الحر إلى لغة الإخراج:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sen&amp;d…</source>
        <translation>&amp;إرسال…</translation>
    </message>
    <message>
        <source>Put the signed PDFs into an encrypted package for the requested central authority and record it as sent</source>
        <translation>وضع ملفات PDF الموقّعة في حزمة مشفّرة للسلطة المركزية المطلوب إليها وتسجيلها كمُرسلة</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;إضافة شخص</translation>
    </message>
    <message>
        <source>Re&amp;move person</source>
        <translation>&amp;إزالة الشخص</translation>
    </message>
    <message>
        <source>Person (18(15)(e))</source>
        <translation>الشخص (‎18(15)(e)‎)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;الصفة:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;اسم العائلة:</translation>
    </message>
    <message>
        <source>In Latin script, as in the identity document</source>
        <translation>بالحروف اللاتينية، كما في وثيقة الهوية</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;الأسماء الشخصية:</translation>
    </message>
    <message>
        <source>Names in &amp;other scripts:</source>
        <translation>&amp;الأسماء بنظم كتابة أخرى:</translation>
    </message>
    <message>
        <source>One per line: script code, colon, name — e.g. Arab: …</source>
        <translation>واحد في كل سطر: رمز نظام الكتابة، ثم نقطتان، ثم الاسم — مثلاً Arab: …</translation>
    </message>
    <message>
        <source>A&amp;liases:</source>
        <translation>&amp;الأسماء المستعارة:</translation>
    </message>
    <message>
        <source>Separated by semicolons</source>
        <translation>مفصولة بفواصل منقوطة</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>Place of &amp;birth:</source>
        <translation>&amp;مكان الميلاد:</translation>
    </message>
    <message>
        <source>&amp;Nationalities:</source>
        <translation>&amp;الجنسيات:</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 codes, separated by spaces</source>
        <translation>رموز ISO 3166 alpha-3، مفصولة بمسافات</translation>
    </message>
    <message>
        <source>Identity &amp;documents:</source>
        <translation>&amp;وثائق الهوية:</translation>
    </message>
    <message>
        <source>One per line: type; number; issuing State (ISO3); expiry (yyyy-mm-dd)</source>
        <translation>واحدة في كل سطر: النوع؛ الرقم؛ الدولة المُصدِرة (ISO3)؛ تاريخ الانتهاء (yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>Addr&amp;esses:</source>
        <translation>&amp;العناوين:</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>عنوان واحد في كل سطر</translation>
    </message>
    <message>
        <source>&amp;Known location:</source>
        <translation>&amp;المكان المعروف:</translation>
    </message>
    <message>
        <source>Where the person is believed to be</source>
        <translation>المكان الذي يُعتقد أن الشخص موجود فيه</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <source>Your &amp;name (comments and history):</source>
        <translation>&amp;اسمك (التعليقات والسجل):</translation>
    </message>
    <message>
        <source>&amp;Autosave every (seconds):</source>
        <translation>&amp;الحفظ التلقائي كل (ثانية):</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>&amp;الصفحة السابقة</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>&amp;الصفحة التالية</translation>
    </message>
</context>
<context>
    <name>ProceedingsPage</name>
    <message>
        <source>Proceedings</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Proceedings (18(15)(b))</source>
        <translation>الإجراءات (‎18(15)(b)‎)</translation>
    </message>
    <message>
        <source>&amp;Type of proceedings:</source>
        <translation>&amp;نوع الإجراءات:</translation>
    </message>
    <message>
        <source>&amp;Subject matter and nature:</source>
        <translation>&amp;الموضوع والطبيعة:</translation>
    </message>
    <message>
        <source>What the investigation, prosecution or proceedings are about</source>
        <translation>موضوع التحقيق أو الملاحقة القضائية أو الإجراءات</translation>
    </message>
    <message>
        <source>&amp;Conducting authority:</source>
        <translation>&amp;السلطة المختصة:</translation>
    </message>
    <message>
        <source>Name of the authority conducting them</source>
        <translation>اسم السلطة التي تتولاها</translation>
    </message>
    <message>
        <source>Its &amp;functions:</source>
        <translation>&amp;وظائفها:</translation>
    </message>
    <message>
        <source>What that authority does and its powers</source>
        <translation>ما تقوم به تلك السلطة وصلاحياتها</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>&amp;مرجع القضية:</translation>
    </message>
</context>
<context>
    <name>RequestHtml</name>
    <message>
        <source>(missing)</source>
        <translation>(ناقص)</translation>
    </message>
    <message>
        <source>Requested State, legal basis, channel, urgency</source>
        <translation>الدولة متلقية الطلب، الأساس القانوني، القناة، الاستعجال</translation>
    </message>
    <message>
        <source>Requesting authority and signatory</source>
        <translation>السلطة الطالبة والموقِّع</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Summary of facts</source>
        <translation>ملخص الوقائع</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>الجرائم</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <source>Conditions and notes</source>
        <translation>الشروط والملاحظات</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>الإخراج</translation>
    </message>
    <message>
        <source>Requested State</source>
        <translation>الدولة متلقية الطلب</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>yes, by %1</source>
        <translation>نعم، بحلول %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>الدولة الطالبة</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>السلطة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Subject matter and nature</source>
        <translation>الموضوع والطبيعة</translation>
    </message>
    <message>
        <source>Conducting authority</source>
        <translation>السلطة المختصة</translation>
    </message>
    <message>
        <source>Its functions</source>
        <translation>وظائفها</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>مرجع القضية</translation>
    </message>
    <message numerus="yes">
        <source>maximum penalty %n year(s)</source>
        <translation>
            <numerusform>العقوبة القصوى %n سنة</numerusform>
            <numerusform>العقوبة القصوى سنة واحدة (%n)</numerusform>
            <numerusform>العقوبة القصوى سنتان (%n)</numerusform>
            <numerusform>العقوبة القصوى %n سنوات</numerusform>
            <numerusform>العقوبة القصوى %n سنة</numerusform>
            <numerusform>العقوبة القصوى %n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>maximum penalty unknown</source>
        <translation>العقوبة القصوى غير معروفة</translation>
    </message>
    <message>
        <source>ICCS: %1</source>
        <translation>ICCS: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>السرية</translation>
    </message>
    <message>
        <source>requested: %1</source>
        <translation>مطلوبة: %1</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>غير مطلوبة</translation>
    </message>
    <message>
        <source>Use limitation</source>
        <translation>تقييد الاستخدام</translation>
    </message>
    <message>
        <source>Dual criminality</source>
        <translation>ازدواجية التجريم</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>المعاملة بالمثل</translation>
    </message>
    <message>
        <source>Output language: %1</source>
        <translation>لغة الإخراج: %1</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Co&amp;mment on this section:</source>
        <translation>&amp;تعليق على هذا القسم:</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>&amp;إضافة تعليق</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Co&amp;untersign PDF…</source>
        <translation>&amp;التوقيع المقابل على ملف PDF…</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;حفظ المراجعة</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;إغلاق</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Re&amp;turn to drafter…</source>
        <translation>&amp;إعادة إلى المحرر…</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>&amp;موافقة…</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <source>&amp;Identity file (PKCS#12):</source>
        <translation>&amp;ملف الهوية (PKCS#12):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;المكان:</translation>
    </message>
</context>
<context>
    <name>SignatureText</name>
    <message>
        <source>B-B — basic signature, without a timestamp</source>
        <translation>B-B — توقيع أساسي، بدون ختم زمني</translation>
    </message>
    <message>
        <source>B-T — with a trusted timestamp</source>
        <translation>B-T — مع ختم زمني موثوق</translation>
    </message>
    <message>
        <source>B-LT — with a timestamp and long-term validation data</source>
        <translation>B-LT — مع ختم زمني وبيانات تحقق طويلة الأمد</translation>
    </message>
    <message>
        <source>B-LTA — long-term validation data and a document timestamp</source>
        <translation>B-LTA — بيانات تحقق طويلة الأمد وختم زمني للمستند</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address is not a web address. Write it in full, for example https://tsa.example.org/tsr.</source>
        <translation>عنوان جهة الختم الزمني ليس عنوان ويب. اكتبه كاملاً، مثلاً https://tsa.example.org/tsr.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address must start with http:// or https:// (not %1:).</source>
        <translation>يجب أن يبدأ عنوان جهة الختم الزمني بـ http:// أو https:// (وليس %1:).</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address names no server. Write it in full, for example https://tsa.example.org/tsr.</source>
        <translation>عنوان جهة الختم الزمني لا يذكر أي خادم. اكتبه كاملاً، مثلاً https://tsa.example.org/tsr.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address is too long.</source>
        <translation>عنوان جهة الختم الزمني طويل جداً.</translation>
    </message>
    <message numerus="yes">
        <source>Valid: the document is unchanged since this signature, apart from %n later signature(s) and validation data.</source>
        <translation>
            <numerusform>صالح: لم يتغير المستند منذ هذا التوقيع، باستثناء بيانات التحقق و‏%n توقيع لاحق.</numerusform>
            <numerusform>صالح: لم يتغير المستند منذ هذا التوقيع، باستثناء بيانات التحقق وتوقيع لاحق واحد (%n).</numerusform>
            <numerusform>صالح: لم يتغير المستند منذ هذا التوقيع، باستثناء بيانات التحقق وتوقيعين لاحقين (%n).</numerusform>
            <numerusform>صالح: لم يتغير المستند منذ هذا التوقيع، باستثناء بيانات التحقق و‏%n توقيعات لاحقة.</numerusform>
            <numerusform>صالح: لم يتغير المستند منذ هذا التوقيع، باستثناء بيانات التحقق و‏%n توقيعاً لاحقاً.</numerusform>
            <numerusform>صالح: لم يتغير المستند منذ هذا التوقيع، باستثناء بيانات التحقق و‏%n توقيع لاحق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: the document is unchanged since it was signed.</source>
        <translation>صالح: لم يتغير المستند منذ توقيعه.</translation>
    </message>
    <message>
        <source>Not valid: the signed content or the signature value was altered.</source>
        <translation>غير صالح: تم تغيير المحتوى الموقَّع أو قيمة التوقيع.</translation>
    </message>
    <message>
        <source>Not valid: the signed version is intact, but the document was changed after signing: %1</source>
        <translation>غير صالح: النسخة الموقَّعة سليمة، لكن المستند تغيّر بعد التوقيع: %1</translation>
    </message>
    <message>
        <source>Not valid: the document is intact, but the signer is not trusted: %1</source>
        <translation>غير صالح: المستند سليم، لكن الموقِّع غير موثوق: %1</translation>
    </message>
    <message>
        <source>Not valid: this signature is not held by any signature field of the document.</source>
        <translation>غير صالح: لا يحمل أي حقل توقيع في المستند هذا التوقيع.</translation>
    </message>
    <message>
        <source>Not valid: the signer&apos;s certificate is missing or not meant for signing.</source>
        <translation>غير صالح: شهادة الموقِّع مفقودة أو غير مخصصة للتوقيع.</translation>
    </message>
    <message>
        <source>Not valid: the signer&apos;s certificate was not valid at the time the signature was checked (%1).</source>
        <translation>غير صالح: لم تكن شهادة الموقِّع صالحة في وقت فحص التوقيع (%1).</translation>
    </message>
    <message>
        <source>Not valid: the signature&apos;s timestamp does not verify.</source>
        <translation>غير صالح: الختم الزمني للتوقيع لا يجتاز التحقق.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>غير صالح: %1</translation>
    </message>
    <message>
        <source>Not valid: the document was refused because it is larger or more complex than verification allows.</source>
        <translation>غير صالح: رُفض المستند لأنه أكبر أو أعقد مما يسمح به التحقق.</translation>
    </message>
    <message>
        <source>Not valid: the document has no signature.</source>
        <translation>غير صالح: المستند لا يحمل أي توقيع.</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) are valid and trusted.</source>
        <translation>
            <numerusform>جميع التوقيعات (%n) صالحة وموثوقة.</numerusform>
            <numerusform>التوقيع الوحيد (%n) صالح وموثوق.</numerusform>
            <numerusform>التوقيعان (%n) صالحان وموثوقان.</numerusform>
            <numerusform>جميع التوقيعات الـ‏%n صالحة وموثوقة.</numerusform>
            <numerusform>جميع التوقيعات الـ‏%n صالحة وموثوقة.</numerusform>
            <numerusform>جميع التوقيعات الـ‏%n صالحة وموثوقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid: not every signature is valid and trusted, or the document has problems.</source>
        <translation>غير صالح: ليست كل التوقيعات صالحة وموثوقة، أو في المستند مشكلات.</translation>
    </message>
    <message>
        <source>Signature %1 by %2 — level %3</source>
        <translation>التوقيع %1 من %2 — المستوى %3</translation>
    </message>
    <message>
        <source>A signature with a timestamp needs a timestamp authority. Enter its address in Preferences, or sign at level B-B.</source>
        <translation>يحتاج التوقيع ذو الختم الزمني إلى جهة ختم زمني. أدخل عنوانها في التفضيلات، أو وقّع بالمستوى B-B.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address (%1) is not valid. Correct it in Preferences.</source>
        <translation>عنوان جهة الختم الزمني (%1) غير صالح. صحّحه في التفضيلات.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 cannot be reached. Check its address in Preferences and the network connection, or try again later. Nothing was signed.</source>
        <translation>تعذّر الوصول إلى جهة الختم الزمني %1. تحقّق من عنوانها في التفضيلات ومن الاتصال بالشبكة، أو أعد المحاولة لاحقاً. لم يُوقَّع أي شيء.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer in time. Try again later. Nothing was signed.</source>
        <translation>لم تُجب جهة الختم الزمني %1 في الوقت المحدد. أعد المحاولة لاحقاً. لم يُوقَّع أي شيء.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 refused to give a timestamp. Nothing was signed.</source>
        <translation>رفضت جهة الختم الزمني %1 إعطاء ختم زمني. لم يُوقَّع أي شيء.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer with a timestamp (is the address right?). Nothing was signed.</source>
        <translation>لم تُجب جهة الختم الزمني %1 بختم زمني (هل العنوان صحيح؟). لم يُوقَّع أي شيء.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 returned a timestamp that fails the checks, so it was not used. Nothing was signed.</source>
        <translation>أعادت جهة الختم الزمني %1 ختماً زمنياً لا يجتاز الفحوص، فلم يُستخدم. لم يُوقَّع أي شيء.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is revoked. Nothing was signed.</source>
        <translation>شهادة الموقِّع ملغاة. لم يُوقَّع أي شيء.</translation>
    </message>
    <message>
        <source>The smart card or token could not sign: %1</source>
        <translation>تعذّر على البطاقة الذكية أو الرمز المميز التوقيع: %1</translation>
    </message>
    <message>
        <source>The PDF could not be signed: %1</source>
        <translation>تعذّر توقيع ملف PDF: %1</translation>
    </message>
    <message>
        <source>Warning: the timestamp authority %1 could not be reached or failed, so the signature was made at level B-B, without a timestamp, as chosen in Preferences. It is not a %2 signature; sign again when the timestamp authority is available.</source>
        <translation>تحذير: تعذّر الوصول إلى جهة الختم الزمني %1 أو أخفقت، لذا جرى التوقيع بالمستوى B-B بدون ختم زمني، كما اخترت في التفضيلات. هذا ليس توقيعاً بالمستوى %2؛ وقّع مجدداً عندما تتوفر جهة الختم الزمني.</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>جارٍ التوقيع</translation>
    </message>
    <message>
        <source>Signing: asking the timestamp authority %1 for a timestamp. This can take a few seconds…</source>
        <translation>جارٍ التوقيع: طلب ختم زمني من جهة الختم الزمني %1. قد يستغرق ذلك بضع ثوانٍ…</translation>
    </message>
    <message>
        <source>Level B-LT needs the revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority. Add them in Preferences, or choose level B-T.</source>
        <translation>يحتاج المستوى B-LT إلى قوائم الإلغاء (ملفات CRL) الخاصة بجهة إصدار شهادتك وبجهة الختم الزمني. أضفها في التفضيلات، أو اختر المستوى B-T.</translation>
    </message>
    <message>
        <source>The revocation list %1 cannot be read.</source>
        <translation>تتعذّر قراءة قائمة الإلغاء %1.</translation>
    </message>
    <message>
        <source>The revocation list %1 is larger than 20 MB.</source>
        <translation>قائمة الإلغاء %1 أكبر من 20 ميغابايت.</translation>
    </message>
    <message>
        <source>A revocation list set in Preferences is not a valid CRL file. Nothing was signed.</source>
        <translation>إحدى قوائم الإلغاء المحددة في التفضيلات ليست ملف CRL صالحاً. لم يُوقَّع أي شيء.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>mlawriter — requests for mutual legal assistance (UNTOC article 18)</source>
        <translation>‏mlawriter — طلبات المساعدة القانونية المتبادلة (المادة 18 من اتفاقية الجريمة المنظمة)</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>&amp;New blank request</source>
        <translation>&amp;طلب جديد فارغ</translation>
    </message>
    <message>
        <source>&amp;From a sample:</source>
        <translation>&amp;من نموذج:</translation>
    </message>
    <message>
        <source>Start from &amp;sample</source>
        <translation>&amp;البدء من نموذج</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>&amp;فتح مسودة…</translation>
    </message>
    <message>
        <source>Open for re&amp;view…</source>
        <translation>&amp;فتح للمراجعة…</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>المسودات الأخيرة</translation>
    </message>
    <message>
        <source>Open re&amp;cent draft</source>
        <translation>&amp;فتح مسودة حديثة</translation>
    </message>
    <message>
        <source>Recovered drafts</source>
        <translation>المسودات المستعادة</translation>
    </message>
    <message>
        <source>Drafts recovered after the application stopped unexpectedly. Restore one to continue where you left off.</source>
        <translation>مسودات استُعيدت بعد توقف التطبيق بشكل غير متوقع. استعِد إحداها لمواصلة العمل من حيث توقفت.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation>&amp;فتح حزمة…</translation>
    </message>
    <message>
        <source>Decrypt and check a received request package</source>
        <translation>فك تشفير حزمة طلب واردة وفحصها</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>القضايا المتأخرة</translation>
    </message>
    <message>
        <source>Open the c&amp;ase in the register</source>
        <translation>&amp;فتح القضية في السجل</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Requested State</source>
        <translation>الدولة متلقية الطلب</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Name in any UN language, or ISO code</source>
        <translation>الاسم بأي لغة من لغات الأمم المتحدة، أو رمز ISO</translation>
    </message>
    <message>
        <source>What the database knows</source>
        <translation>ما تعرفه قاعدة البيانات</translation>
    </message>
    <message>
        <source>Legal basis and channel</source>
        <translation>الأساس القانوني والقناة</translation>
    </message>
    <message>
        <source>&amp;I write in:</source>
        <translation>&amp;أكتب باللغة:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;الأساس القانوني:</translation>
    </message>
    <message>
        <source>&amp;Treaty:</source>
        <translation>&amp;المعاهدة:</translation>
    </message>
    <message>
        <source>Title of the treaty</source>
        <translation>عنوان المعاهدة</translation>
    </message>
    <message>
        <source>Treaty &amp;article:</source>
        <translation>&amp;مادة المعاهدة:</translation>
    </message>
    <message>
        <source>We give an assurance of &amp;reciprocity</source>
        <translation>&amp;نقدّم تعهداً بالمعاملة بالمثل</translation>
    </message>
    <message>
        <source>Trans&amp;national (art. 3):</source>
        <translation>&amp;عبر وطني (المادة 3):</translation>
    </message>
    <message>
        <source>Organized criminal &amp;group (art. 2):</source>
        <translation>&amp;جماعة إجرامية منظمة (المادة 2):</translation>
    </message>
    <message>
        <source>Scope &amp;explanation:</source>
        <translation>&amp;شرح النطاق:</translation>
    </message>
    <message>
        <source>Why the offence falls within the Convention (art. 3)</source>
        <translation>لماذا تقع الجريمة ضمن نطاق الاتفاقية (المادة 3)</translation>
    </message>
    <message>
        <source>&amp;Channel (18(13)):</source>
        <translation>&amp;القناة (‎18(13)‎):</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>الاستعجال</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;عاجل</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;الموعد النهائي:</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>&amp;Reasons (18(24)):</source>
        <translation>&amp;الأسباب (‎18(24)‎):</translation>
    </message>
    <message>
        <source>Why the request is urgent and what happens if the deadline is missed</source>
        <translation>لماذا الطلب عاجل وما الذي يحدث إذا فات الموعد النهائي</translation>
    </message>
    <message>
        <source>States found</source>
        <translation>الدول التي عُثر عليها</translation>
    </message>
    <message>
        <source>Requirements of the requested State</source>
        <translation>اشتراطات الدولة متلقية الطلب</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The interface translations are provided for convenience and await review by a qualified translator.</source>
        <translation>ترجمات الواجهة مقدَّمة للتيسير وهي بانتظار مراجعتها من قِبل مترجم مؤهل.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Wizard</source>
        <translation>المعالج</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;السابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;التالي</translation>
    </message>
    <message>
        <source>Pages of the request</source>
        <translation>صفحات الطلب</translation>
    </message>
</context>
<context>
    <name>mla::gui::AuthorityPage</name>
    <message>
        <source>Remove logo</source>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>حفظ الملف التعريفي</translation>
    </message>
    <message>
        <source>Name of the profile:</source>
        <translation>اسم الملف التعريفي:</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>السلطة الطالبة</translation>
    </message>
    <message>
        <source>Use profile %1</source>
        <translation>استخدام الملف التعريفي %1</translation>
    </message>
    <message>
        <source>Set logo</source>
        <translation>تعيين الشعار</translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation>شعار الترويسة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>تعذرت قراءة الصورة.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
</context>
<context>
    <name>mla::gui::CaseDialog</name>
    <message>
        <source>Case %1</source>
        <translation>القضية %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>ال&amp;حدث:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>إ&amp;ضافة حدث…</translation>
    </message>
    <message>
        <source>%1 (%2), %3 → %4
Status: %5
Their reference: %6
Measures: %7
Next action: %8</source>
        <translation>%1 (%2)، %3 → %4
الحالة: %5
مرجعهم: %6
التدابير: %7
الإجراء التالي: %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>إضافة حدث</translation>
    </message>
    <message>
        <source>Add the event “%1” dated %2 to case %3? Events stay in the timeline and the audit log; they cannot be removed.</source>
        <translation>هل تريد إضافة الحدث «%1» بتاريخ %2 إلى القضية %3؟ تبقى الأحداث في التسلسل الزمني وسجل التدقيق ولا يمكن حذفها.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Added, with a remark: %1</source>
        <translation>أُضيف، مع ملاحظة: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>أُضيف.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>لم يُضَف: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;إرسال…</translation>
    </message>
    <message>
        <source>Send this case&apos;s request as an encrypted package and record it as sent</source>
        <translation>إرسال طلب هذه القضية في حزمة مشفّرة وتسجيله كمُرسل</translation>
    </message>
    <message>
        <source>channel: %1</source>
        <translation>القناة: %1</translation>
    </message>
    <message>
        <source>their reference: %1</source>
        <translation>مرجعهم: %1</translation>
    </message>
    <message>
        <source>ground 18(21)(%1)</source>
        <translation>السبب 18(21)(%1)</translation>
    </message>
    <message>
        <source>%1 %2 (SHA-256 %3…)</source>
        <translation>%1 %2 (SHA-256 %3…)</translation>
    </message>
</context>
<context>
    <name>mla::gui::CaseRecorder</name>
    <message>
        <source>submitted for review</source>
        <translation>أُرسل للمراجعة</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>أُعيد</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>اعتُمد</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>وُقّع</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>أُقرّ باستلامه</translation>
    </message>
    <message>
        <source>Not recorded in the case register: %1</source>
        <translation>لم يُسجَّل في سجل القضايا: %1</translation>
    </message>
    <message>
        <source>Case %1: “%2” was not recorded: %3</source>
        <translation>القضية %1: لم يُسجَّل «%2»: %3</translation>
    </message>
    <message>
        <source>Case %1: “%2” recorded in the case register.</source>
        <translation>القضية %1: سُجِّل «%2» في سجل القضايا.</translation>
    </message>
    <message>
        <source>This request is not in the case register, and it cannot be registered without a reference (requesting authority).</source>
        <translation>هذا الطلب غير مُدرج في سجل القضايا، ولا يمكن تسجيله دون مرجع (السلطة الطالبة).</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>سجل القضايا</translation>
    </message>
    <message>
        <source>This request is not in the case register yet. Register it as a new outgoing case %1? Its history becomes the case&apos;s timeline, and the next steps are recorded by themselves.</source>
        <translation>هذا الطلب غير مُدرج بعد في سجل القضايا. هل تسجّله قضيةً صادرة جديدة %1؟ يصبح سجلّه التاريخي التسلسل الزمني للقضية، وتُسجَّل الخطوات التالية تلقائيًا.</translation>
    </message>
    <message>
        <source>The request was not registered: %1</source>
        <translation>لم يُسجَّل الطلب: %1</translation>
    </message>
    <message>
        <source>Registered as case %1 (%2).</source>
        <translation>سُجِّل قضيةً برقم %1 (%2).</translation>
    </message>
    <message>
        <source>Not recorded in the case register: the draft has no reference.</source>
        <translation>لم يُسجَّل في سجل القضايا: ليس للمسودة مرجع.</translation>
    </message>
</context>
<context>
    <name>mla::gui::ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>عمليات التحقق</translation>
    </message>
</context>
<context>
    <name>mla::gui::ChecksPanel</name>
    <message>
        <source>Finding</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>%1 (field: %2)</source>
        <translation>‏%1 (الحقل: %2)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>لا توجد نتائج.</translation>
    </message>
    <message>
        <source>%1 blocking, %2 warnings, %3 for information.</source>
        <translation>‏%1 مانعة، %2 تحذيرات، %3 للعلم.</translation>
    </message>
    <message>
        <source>Open in the &amp;knowledge editor…</source>
        <translation>فتح في &amp;محرر المعارف…</translation>
    </message>
    <message>
        <source>Opens the knowledge editor at the record that would settle this finding</source>
        <translation>يفتح محرر المعارف عند السجل الذي يحسم هذه النتيجة</translation>
    </message>
    <message>
        <source>Findings that something is unknown say here which record would settle them.</source>
        <translation>النتائج التي تفيد بأن أمرًا ما غير معروف تبيّن هنا السجل الذي يحسمها.</translation>
    </message>
    <message>
        <source>To settle this, record the %1 record of %2 (with its source).</source>
        <translation>لحسم ذلك، سجّل سجل %1 الخاص بـ %2 (مع مصدره).</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>اسأل: %1</translation>
    </message>
</context>
<context>
    <name>mla::gui::DateField</name>
    <message>
        <source>%1: calendar</source>
        <translation>%1: التقويم</translation>
    </message>
    <message>
        <source>Type a date as %1, for example %2, or pick it in the calendar (Alt+Down).</source>
        <translation>اكتب التاريخ بالشكل %1، مثلًا %2، أو اختره من التقويم (Alt+سهم لأسفل).</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>«%1» ليس تاريخًا صحيحًا.</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>اختر التاريخ من التقويم (Alt+سهم لأسفل)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
</context>
<context>
    <name>mla::gui::DraftSession</name>
    <message>
        <source>“%1” is not a date; correct it before saving (nothing was saved)</source>
        <translation>«%1» ليس تاريخًا صحيحًا؛ صحّحه قبل الحفظ (لم يُحفظ شيء)</translation>
    </message>
</context>
<context>
    <name>mla::gui::FactAgeSetting</name>
    <message>
        <source>Facts of the requirements database whose source is older than this are marked as possibly outdated: in the wizard, the findings, the knowledge editor and the addressee of the request.</source>
        <translation>تُعلَّم وقائع قاعدة بيانات المتطلبات التي يكون مصدرها أقدم من ذلك بأنها ربما غير محدّثة: في المعالج والنتائج ومحرر المعارف والجهة المرسل إليها في الطلب.</translation>
    </message>
    <message>
        <source>Facts possibly &amp;outdated after (years):</source>
        <translation>تُعد الوقائع ربما &amp;غير محدّثة بعد (سنوات):</translation>
    </message>
</context>
<context>
    <name>mla::gui::FactsPage</name>
    <message>
        <source>Summary of facts</source>
        <translation>ملخص الوقائع</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>‏%n كلمة</numerusform>
            <numerusform>كلمة واحدة (%n)</numerusform>
            <numerusform>كلمتان (%n)</numerusform>
            <numerusform>‏%n كلمات</numerusform>
            <numerusform>‏%n كلمة</numerusform>
            <numerusform>‏%n كلمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mla::gui::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Cannot read the trust anchors %1: %2</source>
        <translation>تعذّرت قراءة شهادات الثقة %1: %2</translation>
    </message>
</context>
<context>
    <name>mla::gui::ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>معاينة الاستيراد</translation>
    </message>
    <message>
        <source>Signed by %1 at %2.</source>
        <translation>موقّع من %1 في %2.</translation>
    </message>
    <message>
        <source>UNSIGNED package: its origin cannot be checked.</source>
        <translation>حزمة غير موقّعة: لا يمكن التحقق من مصدرها.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 kept, %4 rejected. Nothing has been written yet.</source>
        <translation>أُضيف %1، وحُدّث %2، وأُبقي %3، ورُفض %4. لم يُكتب شيء بعد.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Reason or changes (old → new)</source>
        <translation>السبب أو التغييرات (القديم ← الجديد)</translation>
    </message>
    <message>
        <source>&amp;Import these changes</source>
        <translation>ا&amp;ستيراد هذه التغييرات</translation>
    </message>
    <message>
        <source>I accept an &amp;unsigned package whose origin cannot be checked</source>
        <translation>أقبل حزمة &amp;غير موقّعة لا يمكن التحقق من مصدرها</translation>
    </message>
</context>
<context>
    <name>mla::gui::ImportReceiptDialog</name>
    <message>
        <source>Receipts (*.mlapr)</source>
        <translation>إشعارات الاستلام (*.mlapr)</translation>
    </message>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>حزم الطلبات (*.mlap)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>الهويات (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>الشهادات (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;تحقّق</translation>
    </message>
    <message>
        <source>&amp;Record in draft…</source>
        <translation>ت&amp;سجيل في المسودة…</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>استيراد إشعار الاستلام</translation>
    </message>
    <message>
        <source>&amp;Receipt:</source>
        <translation>إ&amp;شعار الاستلام:</translation>
    </message>
    <message>
        <source>Package &amp;sent:</source>
        <translation>الحزمة الم&amp;رسلة:</translation>
    </message>
    <message>
        <source>Your &amp;identity (optional, to reopen the package):</source>
        <translation>&amp;هويتك (اختياري، لإعادة فتح الحزمة):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Additional &amp;trusted certificates:</source>
        <translation>شهادات &amp;موثوقة إضافية:</translation>
    </message>
    <message>
        <source>The receipt cannot be checked: %1</source>
        <translation>تعذّر التحقق من إشعار الاستلام: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>تعذّرت قراءة %1 أو أنه كبير جدًا</translation>
    </message>
    <message>
        <source>Acknowledged: %1 opened package %2 and every check passed.</source>
        <translation>تم تأكيد الاستلام: فتح %1 الحزمة %2 ونجحت جميع عمليات التحقق.</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>لم يُسجَّل أي شيء: %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: the draft&apos;s reference is not %1.</source>
        <translation>لم يُسجَّل أي شيء: مرجع المسودة ليس %1.</translation>
    </message>
    <message>
        <source>Recorded as acknowledged in %1.</source>
        <translation>سُجّل تأكيد الاستلام في %1.</translation>
    </message>
    <message>
        <source>Draft of the request</source>
        <translation>مسودة الطلب</translation>
    </message>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>المسودات (*.mlar)</translation>
    </message>
    <message>
        <source>Record &quot;acknowledged&quot; in the history of %1? (The previous file is kept as .bak.)</source>
        <translation>تسجيل «تم تأكيد الاستلام» في سجل %1؟ (يُحتفظ بالملف السابق بامتداد ‎.bak.)</translation>
    </message>
    <message>
        <source>Record in case re&amp;gister…</source>
        <translation>&amp;تسجيل في سجل القضايا…</translation>
    </message>
    <message>
        <source>Record “acknowledged” with their reference in case %1 of the case register?</source>
        <translation>تسجيل «أُقرّ باستلامه» مع مرجعهم في القضية %1 من سجل القضايا؟</translation>
    </message>
</context>
<context>
    <name>mla::gui::KnowledgeWindow</name>
    <message>
        <source>edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Knowledge of States</source>
        <translation>المعارف المتعلقة بالدول</translation>
    </message>
    <message>
        <source>Search a State: ISO code or name in any UN language</source>
        <translation>ابحث عن دولة: رمز ISO أو الاسم بأي لغة من لغات الأمم المتحدة</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>ال&amp;دولة:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>تاريخ المصدر</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>تحقق منه</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المنشأ</translation>
    </message>
    <message>
        <source>&amp;History of the selected record:</source>
        <translation>&amp;سجل التغييرات للسجل المحدد:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>ال&amp;حزمة</translation>
    </message>
    <message>
        <source>&amp;Export signed package…</source>
        <translation>&amp;تصدير حزمة موقّعة…</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <source>&amp;Trusted publishers…</source>
        <translation>الناشرون ال&amp;موثوقون…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ال&amp;مساعدة</translation>
    </message>
    <message>
        <source>About the &amp;knowledge editor</source>
        <translation>حول م&amp;حرر المعارف</translation>
    </message>
    <message>
        <source>Each record says what is known of a State, with its source. A section without a record is unknown: verify with the central authority. Every change needs a source; changes can be undone. Packages you export are signed with your identity; packages you import are checked against the publishers you trust, and shown before anything is written.</source>
        <translation>يبيّن كل سجل ما هو معروف عن الدولة مع مصدره. القسم الذي لا سجل له غير معروف: تحقق لدى السلطة المركزية. يتطلب كل تغيير مصدرًا، ويمكن التراجع عن التغييرات. الحزم التي تصدّرها تُوقَّع بهويتك؛ والحزم التي تستوردها يُتحقق منها مقابل الناشرين الذين تثق بهم وتُعرض قبل كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>%1 — %2 (M49 %3)</source>
        <translation>%1 — %2 (M49 %3)</translation>
    </message>
    <message>
        <source>unknown — nothing recorded; verify with the central authority</source>
        <translation>غير معروف — لا شيء مسجل؛ تحقق لدى السلطة المركزية</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(لا مصدر)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>غير مؤرخ</translation>
    </message>
    <message>
        <source> — possibly outdated</source>
        <translation> — ربما أصبح قديمًا</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>%1, signed by %2</source>
        <translation>%1، موقّع من %2</translation>
    </message>
    <message>
        <source>No change recorded in this installation.</source>
        <translation>لم يُسجَّل أي تغيير في هذا التثبيت.</translation>
    </message>
    <message>
        <source>nothing recorded to remove</source>
        <translation>لا شيء مسجل لحذفه</translation>
    </message>
    <message>
        <source>Record not saved</source>
        <translation>لم يُحفظ السجل</translation>
    </message>
    <message>
        <source>Remove the record?</source>
        <translation>حذف السجل؟</translation>
    </message>
    <message>
        <source>Remove the %1 record of %2? The section then reads unknown. You can undo this.</source>
        <translation>حذف السجل %1 للدولة %2؟ سيصبح القسم غير معروف. يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Record not removed</source>
        <translation>لم يُحذف السجل</translation>
    </message>
    <message>
        <source>Export signed package</source>
        <translation>تصدير حزمة موقّعة</translation>
    </message>
    <message>
        <source>Signed requirements package (*.mlreq)</source>
        <translation>حزمة متطلبات موقّعة (*.mlreq)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Signed package written: %1</source>
        <translation>كُتبت الحزمة الموقّعة: %1</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Requirements packages (*.mlreq *.xml);;All files (*)</source>
        <translation>حزم المتطلبات (*.mlreq *.xml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Unsigned package</source>
        <translation>حزمة غير موقّعة</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>رُفضت الحزمة</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <source>The database has no record of %1.</source>
        <translation>لا تحتوي قاعدة البيانات على أي سجل عن %1.</translation>
    </message>
    <message>
        <source>No %1 record of %2 yet: Record &gt; Add (Ctrl+N) records one with its source.</source>
        <translation>لا يوجد بعد سجل %1 الخاص بـ %2: استخدم السجل &gt; إضافة (Ctrl+N) لتسجيله مع مصدره.</translation>
    </message>
    <message>
        <source>Sign the requirements package with your identity. Those who trust your certificate will be able to import it.</source>
        <translation>وقّع حزمة المتطلبات بهويتك. سيتمكن من يثقون بشهادتك من استيرادها.</translation>
    </message>
    <message>
        <source>Requirements package</source>
        <translation>حزمة المتطلبات</translation>
    </message>
    <message>
        <source>Which records go into the package?</source>
        <translation>ما السجلات التي تدخل في الحزمة؟</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>%1 فقط</translation>
    </message>
    <message>
        <source>Every State</source>
        <translation>كل الدول</translation>
    </message>
    <message>
        <source>This package is not signed: nobody vouches for it and its origin cannot be checked. Show what it would change anyway?</source>
        <translation>هذه الحزمة غير موقّعة: لا أحد يضمنها ولا يمكن التحقق من مصدرها. هل تريد عرض ما ستغيره رغم ذلك؟</translation>
    </message>
    <message>
        <source>&amp;Show the unsigned package</source>
        <translation>&amp;عرض الحزمة غير الموقّعة</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>%1 records added, %2 updated.</source>
        <translation>أُضيفت سجلات: %1، وحُدّثت: %2.</translation>
    </message>
</context>
<context>
    <name>mla::gui::MainWindow</name>
    <message>
        <source>The sample could not be opened.</source>
        <translation>تعذر فتح النموذج.</translation>
    </message>
    <message>
        <source>The draft could not be opened.</source>
        <translation>تعذر فتح المسودة.</translation>
    </message>
    <message>
        <source>The recovered draft could not be read.</source>
        <translation>تعذرت قراءة المسودة المستعادة.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>فشل الحفظ التلقائي: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;طلب جديد</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>&amp;فتح مسودة…</translation>
    </message>
    <message>
        <source>Open for re&amp;view…</source>
        <translation>&amp;فتح للمراجعة…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>&amp;حفظ باسم…</translation>
    </message>
    <message>
        <source>&amp;Close draft</source>
        <translation>&amp;إغلاق المسودة</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;الصفحة التالية</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;الصفحة السابقة</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;عمليات التحقق</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;صفحة البداية</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>طلب بلا عنوان</translation>
    </message>
    <message>
        <source>%1[*] (review) — mlawriter</source>
        <translation>‏%1[*] (مراجعة) — mlawriter</translation>
    </message>
    <message>
        <source>%1[*] — mlawriter</source>
        <translation>%1[*] — mlawriter</translation>
    </message>
    <message>
        <source>from the sample %1</source>
        <translation>من النموذج %1</translation>
    </message>
    <message>
        <source>Recovered draft restored. Save it to keep it.</source>
        <translation>تمت استعادة المسودة المستردة. احفظها للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>تم الحفظ %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>المسودات (*.mlar)</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>تعذر حفظ المسودة.</translation>
    </message>
    <message>
        <source>Open a draft for review</source>
        <translation>فتح مسودة للمراجعة</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>فتح مسودة</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The draft has changes that are not saved. Save them?</source>
        <translation>في المسودة تغييرات غير محفوظة. هل تريد حفظها؟</translation>
    </message>
    <message>
        <source>mlawriter</source>
        <translation>mlawriter</translation>
    </message>
    <message>
        <source>This request is signed. If you edit it, the signed PDF no longer matches it: the request goes back to draft and must be signed again.</source>
        <translation>هذا الطلب موقَّع. إذا عدّلته فلن يطابقه ملف PDF الموقَّع: يعود الطلب إلى حالة المسودة ويجب توقيعه من جديد.</translation>
    </message>
    <message>
        <source>This request is approved. If you edit it, the approval no longer covers it: the request goes back to draft and needs a new review.</source>
        <translation>هذا الطلب تمت الموافقة عليه. إذا عدّلته فلن تشمله الموافقة: يعود الطلب إلى حالة المسودة ويحتاج إلى مراجعة جديدة.</translation>
    </message>
    <message>
        <source>Edit a signed or approved request</source>
        <translation>تعديل طلب موقَّع أو موافق عليه</translation>
    </message>
    <message>
        <source>Edit it?</source>
        <translation>هل تريد تعديله؟</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>&amp;إرسال للمراجعة</translation>
    </message>
    <message>
        <source>Send the draft to the reviewer; the case register records it</source>
        <translation>إرسال المسودة إلى المراجع؛ ويسجّل سجل القضايا ذلك</translation>
    </message>
    <message>
        <source>No draft is open for editing.</source>
        <translation>لا توجد مسودة مفتوحة للتحرير.</translation>
    </message>
    <message>
        <source>Only a draft or a returned request can be submitted; this one is “%1”.</source>
        <translation>لا يمكن إرسال إلا مسودة أو طلب مُعاد؛ وهذا الطلب «%1».</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>The received request is open read-only, with its checks.</source>
        <translation>الطلب الوارد مفتوح للقراءة فقط، مع فحوصه.</translation>
    </message>
    <message>
        <source>Save the draft first: the package carries the draft as saved.</source>
        <translation>احفظ المسودة أولًا: تحمل الحزمة المسودة كما حُفظت.</translation>
    </message>
</context>
<context>
    <name>mla::gui::MeasureDetailForm</name>
    <message>
        <source>One per line</source>
        <translation>واحد في كل سطر</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(غير مذكور)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>‏%1 (مطلوب):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>mla::gui::MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>إضافة تدبير</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>إزالة التدبير</translation>
    </message>
    <message numerus="yes">
        <source>%1 — article %2. Persons to name: at least %n.</source>
        <translation>
            <numerusform>‏%1 — المادة %2. الأشخاص الواجب ذكرهم: %n على الأقل.</numerusform>
            <numerusform>‏%1 — المادة %2. الأشخاص الواجب ذكرهم: %n على الأقل.</numerusform>
            <numerusform>‏%1 — المادة %2. الأشخاص الواجب ذكرهم: %n على الأقل.</numerusform>
            <numerusform>‏%1 — المادة %2. الأشخاص الواجب ذكرهم: %n على الأقل.</numerusform>
            <numerusform>‏%1 — المادة %2. الأشخاص الواجب ذكرهم: %n على الأقل.</numerusform>
            <numerusform>‏%1 — المادة %2. الأشخاص الواجب ذكرهم: %n على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a measure for each type of assistance you seek.</source>
        <translation>أضف تدبيراً لكل نوع من أنواع المساعدة التي تطلبها.</translation>
    </message>
</context>
<context>
    <name>mla::gui::NotesPage</name>
    <message>
        <source>Conditions and notes</source>
        <translation>الشروط والملاحظات</translation>
    </message>
    <message>
        <source>The database has no suggestion for this State — verify with its central authority.</source>
        <translation>لا تتضمن قاعدة البيانات أي اقتراح لهذه الدولة — يُرجى التحقق لدى سلطتها المركزية.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>المقترح: %1</translation>
    </message>
    <message>
        <source>(The database records: %1)</source>
        <translation>(المسجل في قاعدة البيانات: %1)</translation>
    </message>
</context>
<context>
    <name>mla::gui::OffencesPage</name>
    <message>
        <source>Offence %1</source>
        <translation>الجريمة %1</translation>
    </message>
    <message>
        <source>Remove conduct</source>
        <translation>إزالة السلوك</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>الجرائم</translation>
    </message>
    <message>
        <source>Add offence</source>
        <translation>إضافة جريمة</translation>
    </message>
    <message>
        <source>Remove offence</source>
        <translation>إزالة الجريمة</translation>
    </message>
    <message>
        <source>Add conduct</source>
        <translation>إضافة سلوك</translation>
    </message>
</context>
<context>
    <name>mla::gui::OpenPackageDialog</name>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>حزم الطلبات (*.mlap)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>الهويات (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>الشهادات (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;تحقّق</translation>
    </message>
    <message>
        <source>&amp;Extract…</source>
        <translation>ا&amp;ستخراج…</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>&amp;كتابة إشعار الاستلام…</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>فتح حزمة</translation>
    </message>
    <message>
        <source>Write receipt</source>
        <translation>كتابة إشعار الاستلام</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>ال&amp;حزمة:</translation>
    </message>
    <message>
        <source>Your &amp;identity (PKCS#12):</source>
        <translation>&amp;هويتك (PKCS#12):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Additional &amp;trusted certificates:</source>
        <translation>شهادات &amp;موثوقة إضافية:</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>م&amp;رجعك:</translation>
    </message>
    <message>
        <source>The package cannot be opened: %1</source>
        <translation>تعذّر فتح الحزمة: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>تعذّرت قراءة %1 أو أنه كبير جدًا</translation>
    </message>
    <message>
        <source>Every check passed: the package comes from %1 and nothing in it changed.</source>
        <translation>نجحت جميع عمليات التحقق: الحزمة واردة من %1 ولم يتغير فيها شيء.</translation>
    </message>
    <message>
        <source>REFUSED: checks failed. Nothing can be extracted. Failed: %1</source>
        <translation>مرفوض: فشلت عمليات تحقق. لا يمكن استخراج أي شيء. الفاشلة: %1</translation>
    </message>
    <message>
        <source>Extracted into %1.</source>
        <translation>تم الاستخراج في %1.</translation>
    </message>
    <message>
        <source>Nothing was extracted: %1</source>
        <translation>لم يُستخرج أي شيء: %1</translation>
    </message>
    <message>
        <source>No receipt was written: %1</source>
        <translation>لم يُكتب أي إشعار استلام: %1</translation>
    </message>
    <message>
        <source>Receipt written to %1. Send it back to the sender.</source>
        <translation>كُتب إشعار الاستلام في %1. أعِده إلى المرسل.</translation>
    </message>
    <message>
        <source>Folder to extract into</source>
        <translation>المجلد المراد الاستخراج فيه</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another folder.</source>
        <translation>%1 موجود بالفعل. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Some checks failed. The receipt will tell the sender which. Write it?</source>
        <translation>فشلت بعض عمليات التحقق. سيبيّن إشعار الاستلام للمرسل أيّها. هل تريد كتابته؟</translation>
    </message>
    <message>
        <source>Receipts (*.mlapr)</source>
        <translation>إشعارات الاستلام (*.mlapr)</translation>
    </message>
    <message>
        <source>Register as inco&amp;ming case…</source>
        <translation>&amp;تسجيل كقضية واردة…</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>لم يُسجَّل: %1</translation>
    </message>
    <message>
        <source>Registered as incoming case %1 from %2 (their reference %3).</source>
        <translation>سُجِّلت قضيةً واردة برقم %1 من %2 (مرجعهم %3).</translation>
    </message>
    <message>
        <source>Register as incoming case</source>
        <translation>تسجيل كقضية واردة</translation>
    </message>
    <message>
        <source>Our reference for this request from %1 (their reference %2):</source>
        <translation>مرجعنا لهذا الطلب الوارد من %1 (مرجعهم %2):</translation>
    </message>
    <message>
        <source>Open the request&apos;s draft now, read-only, with the checks?</source>
        <translation>هل تفتح مسودة الطلب الآن للقراءة فقط مع الفحوص؟</translation>
    </message>
</context>
<context>
    <name>mla::gui::OutputPage</name>
    <message>
        <source>Output</source>
        <translation>الإخراج</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the draft: %n page(s).</source>
        <translation>
            <numerusform>معاينة المسودة: %n صفحة.</numerusform>
            <numerusform>معاينة المسودة: صفحة واحدة (%n).</numerusform>
            <numerusform>معاينة المسودة: صفحتان (%n).</numerusform>
            <numerusform>معاينة المسودة: %n صفحات.</numerusform>
            <numerusform>معاينة المسودة: %n صفحة.</numerusform>
            <numerusform>معاينة المسودة: %n صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not translated into the output language: %1.</source>
        <translation>غير مترجم إلى لغة الإخراج: %1.</translation>
    </message>
    <message>
        <source>The fixed text in this language awaits review by a qualified legal translator.</source>
        <translation>النص الثابت بهذه اللغة بانتظار مراجعته من قِبل مترجم قانوني مؤهل.</translation>
    </message>
    <message numerus="yes">
        <source>The request cannot be signed: %n blocking finding(s) remain. See the checks page.</source>
        <translation>
            <numerusform>لا يمكن توقيع الطلب: لا تزال هناك %n نتيجة مانعة. انظر صفحة التحقق.</numerusform>
            <numerusform>لا يمكن توقيع الطلب: لا تزال هناك نتيجة مانعة واحدة (%n). انظر صفحة التحقق.</numerusform>
            <numerusform>لا يمكن توقيع الطلب: لا تزال هناك نتيجتان مانعتان (%n). انظر صفحة التحقق.</numerusform>
            <numerusform>لا يمكن توقيع الطلب: لا تزال هناك %n نتائج مانعة. انظر صفحة التحقق.</numerusform>
            <numerusform>لا يمكن توقيع الطلب: لا تزال هناك %n نتيجة مانعة. انظر صفحة التحقق.</numerusform>
            <numerusform>لا يمكن توقيع الطلب: لا تزال هناك %n نتيجة مانعة. انظر صفحة التحقق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <source>The request cannot be signed while blocking findings remain.</source>
        <translation>لا يمكن توقيع الطلب ما دامت هناك نتائج مانعة.</translation>
    </message>
    <message>
        <source>Sign the request in %1 as %2.</source>
        <translation>توقيع الطلب باللغة %1 بصفة %2.</translation>
    </message>
    <message>
        <source>Request for mutual legal assistance</source>
        <translation>طلب مساعدة قانونية متبادلة</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>حفظ ملف PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>تعذر حفظ ملف PDF: %1</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>غير مطلوبة</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>غير موجودة</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>قديمة</translation>
    </message>
    <message>
        <source>Draft translation</source>
        <translation>مسودة ترجمة</translation>
    </message>
    <message>
        <source>Translated, not reviewed</source>
        <translation>مترجمة، لم تُراجع</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>مُراجعة</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n field(s) for translation into %1 to %2.</source>
        <translation>
            <numerusform>لم يُصدَّر أي حقل (%n) للترجمة إلى %1 في %2.</numerusform>
            <numerusform>صُدِّر حقل واحد (%n) للترجمة إلى %1 في %2.</numerusform>
            <numerusform>صُدِّر حقلان (%n) للترجمة إلى %1 في %2.</numerusform>
            <numerusform>صُدِّرت %n حقول للترجمة إلى %1 في %2.</numerusform>
            <numerusform>صُدِّر %n حقلًا للترجمة إلى %1 في %2.</numerusform>
            <numerusform>صُدِّر %n حقل للترجمة إلى %1 في %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) not exported (empty or not in the source language).</source>
        <translation>
            <numerusform>لا حقول غير مُصدَّرة (%n).</numerusform>
            <numerusform>حقل واحد (%n) لم يُصدَّر (فارغ أو ليس بلغة المصدر).</numerusform>
            <numerusform>حقلان (%n) لم يُصدَّرا (فارغان أو ليسا بلغة المصدر).</numerusform>
            <numerusform>%n حقول لم تُصدَّر (فارغة أو ليست بلغة المصدر).</numerusform>
            <numerusform>%n حقلًا لم يُصدَّر (فارغة أو ليست بلغة المصدر).</numerusform>
            <numerusform>%n حقل لم يُصدَّر (فارغة أو ليست بلغة المصدر).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import translation</source>
        <translation>استيراد ترجمة</translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) into %1 applied from %2.</source>
        <translation>
            <numerusform>لم تُطبَّق أي ترجمة (%n) إلى %1 من %2.</numerusform>
            <numerusform>طُبِّقت ترجمة واحدة (%n) إلى %1 من %2.</numerusform>
            <numerusform>طُبِّقت ترجمتان (%n) إلى %1 من %2.</numerusform>
            <numerusform>طُبِّقت %n ترجمات إلى %1 من %2.</numerusform>
            <numerusform>طُبِّقت %n ترجمةً إلى %1 من %2.</numerusform>
            <numerusform>طُبِّقت %n ترجمة إلى %1 من %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) already in the draft.</source>
        <translation>
            <numerusform>لا وحدات (%n) موجودة بالفعل في المسودة.</numerusform>
            <numerusform>وحدة واحدة (%n) موجودة بالفعل في المسودة.</numerusform>
            <numerusform>وحدتان (%n) موجودتان بالفعل في المسودة.</numerusform>
            <numerusform>%n وحدات موجودة بالفعل في المسودة.</numerusform>
            <numerusform>%n وحدةً موجودة بالفعل في المسودة.</numerusform>
            <numerusform>%n وحدة موجودة بالفعل في المسودة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without a translation.</source>
        <translation>
            <numerusform>لا وحدات (%n) بلا ترجمة.</numerusform>
            <numerusform>وحدة واحدة (%n) بلا ترجمة.</numerusform>
            <numerusform>وحدتان (%n) بلا ترجمة.</numerusform>
            <numerusform>%n وحدات بلا ترجمة.</numerusform>
            <numerusform>%n وحدةً بلا ترجمة.</numerusform>
            <numerusform>%n وحدة بلا ترجمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) refused; the draft keeps those fields as they were.</source>
        <translation>
            <numerusform>لم تُرفض أي وحدة (%n).</numerusform>
            <numerusform>رُفضت وحدة واحدة (%n)؛ ويبقى ذلك الحقل في المسودة كما كان.</numerusform>
            <numerusform>رُفضت وحدتان (%n)؛ ويبقى هذان الحقلان في المسودة كما كانا.</numerusform>
            <numerusform>رُفضت %n وحدات؛ وتبقى تلك الحقول في المسودة كما كانت.</numerusform>
            <numerusform>رُفضت %n وحدةً؛ وتبقى تلك الحقول في المسودة كما كانت.</numerusform>
            <numerusform>رُفضت %n وحدة؛ وتبقى تلك الحقول في المسودة كما كانت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2, field %3: %4</source>
        <translation>السطر %1: %2، الحقل %3: %4</translation>
    </message>
    <message>
        <source>Export for translation</source>
        <translation>تصدير للترجمة</translation>
    </message>
    <message>
        <source>&amp;Target language:</source>
        <translation>اللغة &amp;الهدف:</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>اللغة الهدف</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>ملفات XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>The file %1 could not be written for translation:
%2</source>
        <translation>تعذّرت كتابة الملف %1 للترجمة:
%2</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>ملفات XLIFF (*.xlf *.xliff);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The translation in %1 could not be imported:
%2</source>
        <translation>تعذّر استيراد الترجمة الواردة في %1:
%2</translation>
    </message>
    <message>
        <source>The refused units are listed in the details.</source>
        <translation>الوحدات المرفوضة مدرجة في التفاصيل.</translation>
    </message>
    <message>
        <source>Sign the request</source>
        <translation>توقيع الطلب</translation>
    </message>
    <message>
        <source>Language of the request: %1</source>
        <translation>لغة الطلب: %1</translation>
    </message>
    <message>
        <source>No open warnings.</source>
        <translation>لا توجد تحذيرات مفتوحة.</translation>
    </message>
    <message numerus="yes">
        <source>%n open warning(s): %1</source>
        <translation>
            <numerusform>%n تحذير مفتوح: %1</numerusform>
            <numerusform>تحذير مفتوح واحد (%n): %1</numerusform>
            <numerusform>تحذيران مفتوحان (%n): %1</numerusform>
            <numerusform>%n تحذيرات مفتوحة: %1</numerusform>
            <numerusform>%n تحذيرًا مفتوحًا: %1</numerusform>
            <numerusform>%n تحذير مفتوح: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Still in the document: %1</source>
        <translation>ما زال في المستند: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) printed without a translation.</source>
        <translation>
            <numerusform>%n حقل مطبوع بلا ترجمة.</numerusform>
            <numerusform>حقل واحد (%n) مطبوع بلا ترجمة.</numerusform>
            <numerusform>حقلان (%n) مطبوعان بلا ترجمة.</numerusform>
            <numerusform>%n حقول مطبوعة بلا ترجمة.</numerusform>
            <numerusform>%n حقلًا مطبوعًا بلا ترجمة.</numerusform>
            <numerusform>%n حقل مطبوع بلا ترجمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document names %1 as signatory, but the certificate belongs to %2.</source>
        <translation>يذكر المستند %1 موقِّعًا، لكن الشهادة تخص %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Signatory and certificate holder: %1</source>
        <translation>الموقِّع وصاحب الشهادة: %1</translation>
    </message>
    <message>
        <source>Sign now?</source>
        <translation>هل تريد التوقيع الآن؟</translation>
    </message>
    <message>
        <source>Signed by %1 at level %2. Save the PDF to send it.</source>
        <translation>وقّعه %1 بالمستوى %2. احفظ ملف PDF لإرساله.</translation>
    </message>
    <message>
        <source>Signed without a timestamp</source>
        <translation>تم التوقيع بدون ختم زمني</translation>
    </message>
    <message>
        <source>Signature level: %1</source>
        <translation>مستوى التوقيع: %1</translation>
    </message>
</context>
<context>
    <name>mla::gui::PersonsPage</name>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Person %1 (%2)</source>
        <translation>الشخص %1 (%2)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>إزالة الشخص</translation>
    </message>
</context>
<context>
    <name>mla::gui::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>افتراضي النظام</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s web address (http:// or https://). It certifies the time of each signature at levels B-T and B-LT.</source>
        <translation>عنوان الويب لجهة الختم الزمني (http:// أو https://). تشهد على وقت كل توقيع في المستويين B-T وB-LT.</translation>
    </message>
    <message>
        <source>&amp;Timestamp authority:</source>
        <translation>جهة ال&amp;ختم الزمني:</translation>
    </message>
    <message>
        <source>Default signature le&amp;vel:</source>
        <translation>&amp;مستوى التوقيع الافتراضي:</translation>
    </message>
    <message>
        <source>If the timestamp authority cannot be reached, sign &amp;without a timestamp (B-B) and warn me</source>
        <translation>إذا تعذّر الوصول إلى جهة الختم الزمني، وقّع &amp;بدون ختم زمني (B-B) ونبّهني</translation>
    </message>
    <message>
        <source>Level %1 needs a timestamp authority: enter its address, or choose level B-B.</source>
        <translation>يحتاج المستوى %1 إلى جهة ختم زمني: أدخل عنوانها، أو اختر المستوى B-B.</translation>
    </message>
    <message>
        <source>The certificate revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority, stored in the PDF at level B-LT so that the signature can be checked years later. Separate several files with &quot;;&quot;.</source>
        <translation>قوائم إلغاء الشهادات (ملفات CRL) الخاصة بجهة إصدار شهادتك وبجهة الختم الزمني، تُحفظ في ملف PDF بالمستوى B-LT كي يمكن فحص التوقيع بعد سنوات. افصل بين الملفات المتعددة بالرمز &quot;;&quot;.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Revocation lists</source>
        <translation>قوائم الإلغاء</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der)</source>
        <translation>قوائم الإلغاء (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>&amp;Revocation lists for B-LT:</source>
        <translation>&amp;قوائم الإلغاء للمستوى B-LT:</translation>
    </message>
</context>
<context>
    <name>mla::gui::PreviewWidget</name>
    <message>
        <source>No preview yet.</source>
        <translation>لا توجد معاينة بعد.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>The PDF could not be read: %1</source>
        <translation>تعذرت قراءة ملف PDF: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>mla::gui::ProceedingsPage</name>
    <message>
        <source>Proceedings</source>
        <translation>الإجراءات</translation>
    </message>
</context>
<context>
    <name>mla::gui::PublishersDialog</name>
    <message>
        <source>Trusted publishers</source>
        <translation>الناشرون الموثوقون</translation>
    </message>
    <message>
        <source>Signed requirements packages are imported only from these publishers. Before adding one, compare its fingerprint with the publisher through another channel (a call, a letter).</source>
        <translation>لا تُستورد حزم المتطلبات الموقّعة إلا من هؤلاء الناشرين. قبل إضافة ناشر، قارن بصمته مع الناشر عبر قناة أخرى (مكالمة، رسالة).</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>بصمة SHA-256</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالحة حتى</translation>
    </message>
    <message>
        <source>No trusted publisher: every signed package is refused.</source>
        <translation>لا يوجد ناشر موثوق: تُرفض كل حزمة موقّعة.</translation>
    </message>
    <message>
        <source>&amp;Add a certificate…</source>
        <translation>&amp;إضافة شهادة…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Publisher&apos;s certificate</source>
        <translation>شهادة الناشر</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>الشهادات (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>لم تتم الإضافة</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>تتعذر قراءة الملف: %1</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>ليست شهادة</translation>
    </message>
    <message>
        <source>Trust this publisher?</source>
        <translation>الوثوق بهذا الناشر؟</translation>
    </message>
    <message>
        <source>Publisher: %1
Valid until: %2
SHA-256 fingerprint:
%3

Compare the fingerprint with the publisher through another channel. Packages signed with this certificate will be imported after a preview. Trust it?</source>
        <translation>الناشر: %1
صالحة حتى: %2
بصمة SHA-256:
%3

قارن البصمة مع الناشر عبر قناة أخرى. ستُستورد الحزم الموقّعة بهذه الشهادة بعد معاينة. هل تثق بها؟</translation>
    </message>
    <message>
        <source>&amp;Trust this publisher</source>
        <translation>&amp;الوثوق بهذا الناشر</translation>
    </message>
    <message>
        <source>Remove the publisher?</source>
        <translation>حذف الناشر؟</translation>
    </message>
    <message>
        <source>Stop trusting %1?
Packages it signed will be refused from now on; records already imported stay.</source>
        <translation>إيقاف الوثوق بـ %1؟
ستُرفض الحزم التي وقّعها من الآن فصاعدًا؛ وتبقى السجلات المستوردة سابقًا.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>لم يتم الحذف</translation>
    </message>
</context>
<context>
    <name>mla::gui::RecordDialog</name>
    <message>
        <source>Add a record</source>
        <translation>إضافة سجل</translation>
    </message>
    <message>
        <source>Edit a record</source>
        <translation>تعديل سجل</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;نوع السجل:</translation>
    </message>
    <message>
        <source>required: the document, notification, page or call this rests on</source>
        <translation>مطلوب: الوثيقة أو الإخطار أو الصفحة أو المكالمة التي يستند إليها</translation>
    </message>
    <message>
        <source>yyyy-mm-dd: the date the source speaks for</source>
        <translation>yyyy-mm-dd: التاريخ الذي يعبّر عنه المصدر</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>ال&amp;مصدر:</translation>
    </message>
    <message>
        <source>Source &amp;date:</source>
        <translation>&amp;تاريخ المصدر:</translation>
    </message>
    <message>
        <source>&amp;Verified on:</source>
        <translation>تم ال&amp;تحقق في:</translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation>تحقق &amp;منه:</translation>
    </message>
    <message>
        <source>unknown — verify</source>
        <translation>غير معروف — يُرجى التحقق</translation>
    </message>
    <message>
        <source>A source is required: say what this record rests on.</source>
        <translation>المصدر مطلوب: اذكر ما يستند إليه هذا السجل.</translation>
    </message>
    <message>
        <source>Dates are written yyyy-mm-dd: &apos;%1&apos;.</source>
        <translation>تُكتب التواريخ بالصيغة yyyy-mm-dd: &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>mla::gui::RecoveryDialog</name>
    <message>
        <source>Recovered drafts</source>
        <translation>المسودات المستعادة</translation>
    </message>
    <message>
        <source>mlawriter was not closed properly. These drafts were saved automatically and can be restored; restore one to continue where you stopped.</source>
        <translation>لم يُغلق mlawriter بشكل سليم. حُفظت هذه المسودات تلقائيًا ويمكن استعادتها؛ استعد إحداها لتتابع من حيث توقفت.</translation>
    </message>
    <message>
        <source>&amp;Recovered drafts:</source>
        <translation>المسودات الم&amp;ستعادة:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;تجاهل…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <source>Discard the recovered draft</source>
        <translation>تجاهل المسودة المستعادة</translation>
    </message>
    <message>
        <source>Discard this recovered draft? It cannot be restored afterwards.</source>
        <translation>هل تريد تجاهل هذه المسودة المستعادة؟ لن يمكن استعادتها بعد ذلك.</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>طلب بلا عنوان</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>لم تُحفظ قط</translation>
    </message>
    <message>
        <source>%1 — %2, saved %3</source>
        <translation>%1 — %2، حُفظت %3</translation>
    </message>
</context>
<context>
    <name>mla::gui::RegisterWindow</name>
    <message>
        <source>Case register</source>
        <translation>سجل القضايا</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;المرجع:</translation>
    </message>
    <message>
        <source>Search our or their reference</source>
        <translation>البحث في مرجعنا أو مرجعهم</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>مرجعنا</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>مرجعهم</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Other State</source>
        <translation>الدولة الأخرى</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>الإجراء التالي</translation>
    </message>
    <message>
        <source>The register cannot be opened: %1</source>
        <translation>تعذّر فتح السجل: %1</translation>
    </message>
    <message>
        <source>Case &amp;register…</source>
        <translation>&amp;سجل القضايا…</translation>
    </message>
    <message>
        <source>All cases (%1)</source>
        <translation>جميع القضايا (%1)</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>المفتوحة (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>المتأخرة (%1)</translation>
    </message>
    <message>
        <source>Due within 7 days (%1)</source>
        <translation>مستحقة خلال 7 أيام (%1)</translation>
    </message>
    <message>
        <source>No next action (%1)</source>
        <translation>بلا إجراء تالٍ (%1)</translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>تعذّرت قراءة السجل: %1</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>متأخر %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matching cases in %3</source>
        <translation>عرض %1 من أصل %2 قضية مطابقة في %3</translation>
    </message>
    <message>
        <source>Register a received &amp;PDF…</source>
        <translation>&amp;تسجيل ملف PDF وارد…</translation>
    </message>
    <message>
        <source>A signed request PDF that carries its draft becomes an incoming case</source>
        <translation>يصبح ملف PDF لطلب موقّع يحمل مسودته قضيةً واردة</translation>
    </message>
    <message>
        <source>Received signed PDF</source>
        <translation>ملف PDF موقّع وارد</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Our reference for the request in %1:</source>
        <translation>مرجعنا للطلب الوارد في %1:</translation>
    </message>
    <message>
        <source>Open the request&apos;s draft now, read-only, with the checks?</source>
        <translation>هل تفتح مسودة الطلب الآن للقراءة فقط مع الفحوص؟</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>لم يُسجَّل: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>تعذّرت قراءة %1 أو أنه كبير جدًا</translation>
    </message>
    <message>
        <source>Registered as incoming case %1 from %2 (their reference %3).</source>
        <translation>سُجِّلت قضيةً واردة برقم %1 من %2 (مرجعهم %3).</translation>
    </message>
</context>
<context>
    <name>mla::gui::ReviewView</name>
    <message>
        <source>The request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Comments — %1</source>
        <translation>التعليقات — %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>تمت معالجته</translation>
    </message>
    <message>
        <source>&lt;p&gt;No comments yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لا توجد تعليقات بعد.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — status: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — الحالة: %2</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>التعليق فارغ.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>إضافة تعليق</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>‏%n تعليق مفتوح</numerusform>
            <numerusform>تعليق مفتوح واحد (%n)</numerusform>
            <numerusform>تعليقان مفتوحان (%n)</numerusform>
            <numerusform>‏%n تعليقات مفتوحة</numerusform>
            <numerusform>‏%n تعليقاً مفتوحاً</numerusform>
            <numerusform>‏%n تعليق مفتوح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request cannot be approved while %n blocking finding(s) remain; return it to the drafter.</source>
        <translation>
            <numerusform>لا يمكن اعتماد الطلب ما دامت هناك %n نتيجة مانعة؛ أعِده إلى المُحرِّر.</numerusform>
            <numerusform>لا يمكن اعتماد الطلب ما دامت هناك نتيجة مانعة واحدة (%n)؛ أعِده إلى المُحرِّر.</numerusform>
            <numerusform>لا يمكن اعتماد الطلب ما دامت هناك نتيجتان مانعتان (%n)؛ أعِده إلى المُحرِّر.</numerusform>
            <numerusform>لا يمكن اعتماد الطلب ما دامت هناك %n نتائج مانعة؛ أعِده إلى المُحرِّر.</numerusform>
            <numerusform>لا يمكن اعتماد الطلب ما دامت هناك %n نتيجة مانعة؛ أعِده إلى المُحرِّر.</numerusform>
            <numerusform>لا يمكن اعتماد الطلب ما دامت هناك %n نتيجة مانعة؛ أعِده إلى المُحرِّر.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>‏%1 بواسطة %2</translation>
    </message>
    <message>
        <source>Signed request to countersign</source>
        <translation>الطلب الموقَّع المراد التوقيع عليه توقيعاً مقابلاً</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Countersign %1 on behalf of the central authority.</source>
        <translation>التوقيع المقابل على %1 نيابة عن السلطة المركزية.</translation>
    </message>
    <message>
        <source>Approved by the central authority</source>
        <translation>اعتمدته السلطة المركزية</translation>
    </message>
    <message>
        <source>Save countersigned PDF</source>
        <translation>حفظ ملف PDF الموقَّع توقيعاً مقابلاً</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>توقيع مقابل</translation>
    </message>
    <message>
        <source>The PDF could not be countersigned: %1</source>
        <translation>تعذر التوقيع المقابل على ملف PDF: %1</translation>
    </message>
    <message>
        <source>Return to the drafter</source>
        <translation>إعادة إلى المحرر</translation>
    </message>
    <message>
        <source>Return the request to the drafter with your comments? The drafter sees them on the pages they are about.</source>
        <translation>هل تريد إعادة الطلب إلى المحرر مع تعليقاتك؟ يرى المحرر كل تعليق في الصفحة التي يتعلق بها.</translation>
    </message>
    <message>
        <source>Approve the request</source>
        <translation>الموافقة على الطلب</translation>
    </message>
    <message>
        <source>Approve this version of the request? If it is edited afterwards, it goes back to draft and needs a new review.</source>
        <translation>هل توافق على هذه النسخة من الطلب؟ إذا عُدّل بعد ذلك يعود إلى حالة المسودة ويحتاج إلى مراجعة جديدة.</translation>
    </message>
    <message>
        <source>The PDF could not be checked: %1</source>
        <translation>تعذّر فحص ملف PDF: %1</translation>
    </message>
    <message>
        <source>The PDF is not signed; only a request signed by the drafter can be countersigned.</source>
        <translation>ملف PDF غير موقَّع؛ لا يمكن التوقيع المقابل إلا على طلب وقّعه المحرر.</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature does not verify (the file was changed or damaged): %1</source>
        <translation>توقيع ملف PDF لا يتحقق (عُدّل الملف أو تلف): %1</translation>
    </message>
    <message>
        <source>The PDF does not say which draft it was made from, so it cannot be shown to be the request under review. Ask the drafter to sign it again from this draft.</source>
        <translation>لا يذكر ملف PDF المسودة التي أُنشئ منها، فلا يمكن إثبات أنه الطلب قيد المراجعة. اطلب من المحرر توقيعه من جديد من هذه المسودة.</translation>
    </message>
    <message>
        <source>The PDF was made from another version of the draft than the one under review. Ask the drafter to sign the current version.</source>
        <translation>أُنشئ ملف PDF من نسخة من المسودة غير النسخة قيد المراجعة. اطلب من المحرر توقيع النسخة الحالية.</translation>
    </message>
    <message>
        <source>Open the draft under review first.</source>
        <translation>افتح المسودة قيد المراجعة أولًا.</translation>
    </message>
    <message>
        <source>Validation &amp;report…</source>
        <translation>&amp;تقرير التحقق…</translation>
    </message>
    <message>
        <source>Check the signatures of a signed PDF and save a validation report to file with it</source>
        <translation>فحص توقيعات ملف PDF موقَّع وحفظ تقرير تحقق لحفظه معه</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>تعذّرت قراءة ملف PDF.</translation>
    </message>
    <message>
        <source>The validation report could not be saved: %1</source>
        <translation>تعذّر حفظ تقرير التحقق: %1</translation>
    </message>
    <message>
        <source>Signed PDF to check</source>
        <translation>ملف PDF الموقَّع المراد فحصه</translation>
    </message>
    <message>
        <source>-validation-report</source>
        <translation>-تقرير-التحقق</translation>
    </message>
    <message>
        <source>Save the validation report</source>
        <translation>حفظ تقرير التحقق</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>تقرير التحقق</translation>
    </message>
    <message>
        <source>The validation report was saved as %1.</source>
        <translation>حُفظ تقرير التحقق باسم %1.</translation>
    </message>
    <message>
        <source>Countersigned without a timestamp</source>
        <translation>تم التوقيع المقابل بدون ختم زمني</translation>
    </message>
</context>
<context>
    <name>mla::gui::ScreenshotTour</name>
    <message>
        <source>Sign the request as the signatory.</source>
        <translation>وقِّع الطلب بصفتك الموقِّع.</translation>
    </message>
    <message>
        <source>Please state the period of the records for each account.</source>
        <translation>يُرجى ذكر فترة السجلات لكل حساب.</translation>
    </message>
</context>
<context>
    <name>mla::gui::SendPackageDialog</name>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>المسودات (*.mlar)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>الهويات (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Use AES-256-CBC (EnvelopedData) for recipients whose software needs it</source>
        <translation>استخدام AES-256-CBC (EnvelopedData) للمستلمين الذين تحتاج برامجهم إليه</translation>
    </message>
    <message>
        <source>&amp;Create package…</source>
        <translation>إ&amp;نشاء الحزمة…</translation>
    </message>
    <message>
        <source>Send request package</source>
        <translation>إرسال حزمة الطلب</translation>
    </message>
    <message>
        <source>&amp;Recipient certificates:</source>
        <translation>شهادات الم&amp;ستلمين:</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>الشهادات (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signed request &amp;PDFs:</source>
        <translation>ملفات &amp;PDF الموقّعة للطلب:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Draft (optional):</source>
        <translation>ال&amp;مسودة (اختياري):</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>ال&amp;مرفقات:</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Your &amp;identity (PKCS#12):</source>
        <translation>&amp;هويتك (PKCS#12):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>No package was written: %1</source>
        <translation>لم تُكتب أي حزمة: %1</translation>
    </message>
    <message>
        <source>add at least one recipient certificate and one signed PDF</source>
        <translation>أضف شهادة مستلم واحدة وملف PDF موقّعًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>تعذّرت قراءة %1 أو أنه كبير جدًا</translation>
    </message>
    <message>
        <source>Package %1 written to %2 (%3 files). Only the chosen recipients can open it.</source>
        <translation>كُتبت الحزمة %1 في %2 (%3 ملفات). لا يمكن فتحها إلا للمستلمين المختارين.</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>حزم الطلبات (*.mlap)</translation>
    </message>
    <message>
        <source>Record “sent” in the case re&amp;gister</source>
        <translation>&amp;تسجيل «أُرسل» في سجل القضايا</translation>
    </message>
    <message>
        <source>Central authority to central authority</source>
        <translation>من سلطة مركزية إلى سلطة مركزية</translation>
    </message>
    <message>
        <source>Diplomatic channels</source>
        <translation>القنوات الدبلوماسية</translation>
    </message>
    <message>
        <source>INTERPOL (urgent)</source>
        <translation>الإنتربول (عاجل)</translation>
    </message>
    <message>
        <source>C&amp;hannel (18(13)):</source>
        <translation>&amp;القناة (18(13)):</translation>
    </message>
</context>
<context>
    <name>mla::gui::SignDialog</name>
    <message>
        <source>Signing identity</source>
        <translation>هوية التوقيع</translation>
    </message>
    <message>
        <source>PKCS#12 identities (*.p12 *.pfx)</source>
        <translation>هويات PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>كلمة المرور خاطئة.</translation>
    </message>
    <message>
        <source>The identity file could not be read.</source>
        <translation>تعذرت قراءة ملف الهوية.</translation>
    </message>
    <message>
        <source>The certificate is not valid now.</source>
        <translation>الشهادة غير صالحة حالياً.</translation>
    </message>
    <message>
        <source>The identity cannot be used for signing: %1</source>
        <translation>لا يمكن استخدام الهوية للتوقيع: %1</translation>
    </message>
    <message>
        <source>Identity file (PKCS#12)</source>
        <translation>ملف الهوية (PKCS#12)</translation>
    </message>
    <message>
        <source>Smart card or token (PKCS#11)</source>
        <translation>بطاقة ذكية أو رمز أمان (PKCS#11)</translation>
    </message>
    <message>
        <source>&amp;Key on:</source>
        <translation>&amp;المفتاح على:</translation>
    </message>
    <message>
        <source>The PKCS#11 library of the card reader or token (p11-kit&apos;s proxy reaches every configured one)</source>
        <translation>مكتبة PKCS#11 الخاصة بقارئ البطاقات أو رمز الأمان (وكيل p11-kit يصل إلى جميع المكتبات المهيأة)</translation>
    </message>
    <message>
        <source>PKCS#11 &amp;module:</source>
        <translation>&amp;وحدة PKCS#11:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>ال&amp;شهادة:</translation>
    </message>
    <message>
        <source>The PKCS#11 module could not be loaded: %1</source>
        <translation>تعذّر تحميل وحدة PKCS#11: %1</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>المصادقة</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 certificate)</source>
        <translation>%1 — %2 (شهادة %3)</translation>
    </message>
    <message>
        <source>No smart card or token with a certificate fit for signing was found. Insert the card and choose Refresh.</source>
        <translation>لم يُعثر على بطاقة ذكية أو رمز أمان يحمل شهادة صالحة للتوقيع. أدخل البطاقة واختر تحديث.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;رمز PIN:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Enter the PIN on the reader&apos;s keypad</source>
        <translation>أدخل رمز PIN على لوحة مفاتيح القارئ</translation>
    </message>
    <message>
        <source>Choose a certificate on a smart card or token.</source>
        <translation>اختر شهادة على بطاقة ذكية أو رمز أمان.</translation>
    </message>
    <message>
        <source>The PIN is wrong. After too many wrong PINs the card locks it.</source>
        <translation>رمز PIN غير صحيح. بعد عدد كبير من المحاولات الخاطئة تقفله البطاقة.</translation>
    </message>
    <message>
        <source>The PIN of this card is locked. It must be unlocked with the PUK or by the card&apos;s issuer.</source>
        <translation>رمز PIN لهذه البطاقة مقفل. يجب فتحه برمز PUK أو من قِبل الجهة المصدرة للبطاقة.</translation>
    </message>
    <message>
        <source>The smart card or token is not present. Insert it and choose Refresh.</source>
        <translation>البطاقة الذكية أو رمز الأمان غير موجود. أدخله واختر تحديث.</translation>
    </message>
    <message>
        <source>The key on the card cannot be used for signing: %1</source>
        <translation>لا يمكن استخدام المفتاح الموجود على البطاقة للتوقيع: %1</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Signature &amp;level:</source>
        <translation>&amp;مستوى التوقيع:</translation>
    </message>
    <message>
        <source>Without a timestamp: the signing time is only what this computer&apos;s clock says.</source>
        <translation>بدون ختم زمني: وقت التوقيع هو فقط ما تقوله ساعة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No timestamp authority is set. Enter its address in Preferences, or choose level B-B.</source>
        <translation>لم تُحدَّد جهة ختم زمني. أدخل عنوانها في التفضيلات، أو اختر المستوى B-B.</translation>
    </message>
    <message>
        <source>Timestamp from %1. If it cannot be reached, the signature is made at B-B and you are warned.</source>
        <translation>الختم الزمني من %1. إذا تعذّر الوصول إليها، يجري التوقيع بالمستوى B-B وتُنبَّه إلى ذلك.</translation>
    </message>
    <message>
        <source>Timestamp from %1. If it cannot be reached, nothing is signed.</source>
        <translation>الختم الزمني من %1. إذا تعذّر الوصول إليها، لا يُوقَّع أي شيء.</translation>
    </message>
    <message>
        <source>Level %1 needs a timestamp authority. Enter its address in Preferences, or choose level B-B.</source>
        <translation>يحتاج المستوى %1 إلى جهة ختم زمني. أدخل عنوانها في التفضيلات، أو اختر المستوى B-B.</translation>
    </message>
</context>
<context>
    <name>mla::gui::StartPage</name>
    <message>
        <source>Untitled request</source>
        <translation>طلب بلا عنوان</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>لم تُحفظ قط</translation>
    </message>
    <message>
        <source>%1 (%2) — saved %3</source>
        <translation>‏%1 (%2) — حُفظت %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>متأخرة %n يوم</numerusform>
            <numerusform>متأخرة يومًا واحدًا (%n)</numerusform>
            <numerusform>متأخرة يومين (%n)</numerusform>
            <numerusform>متأخرة %n أيام</numerusform>
            <numerusform>متأخرة %n يومًا</numerusform>
            <numerusform>متأخرة %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>%1 (%2) — %3: %4</source>
        <translation>%1 (%2) — %3: %4</translation>
    </message>
</context>
<context>
    <name>mla::gui::StatePage</name>
    <message>
        <source>Requested State</source>
        <translation>الدولة متلقية الطلب</translation>
    </message>
    <message>
        <source>%1 (not in the database)</source>
        <translation>‏%1 (غير موجودة في قاعدة البيانات)</translation>
    </message>
    <message>
        <source>No State chosen yet.</source>
        <translation>لم تُختر أي دولة بعد.</translation>
    </message>
    <message>
        <source>Requested State: %1 (%2)</source>
        <translation>الدولة متلقية الطلب: %1 (%2)</translation>
    </message>
    <message>
        <source>Open in the &amp;knowledge editor…</source>
        <translation>فتح في &amp;محرر المعارف…</translation>
    </message>
    <message>
        <source>See, correct or complete what the database records of this State, with sources</source>
        <translation>عرض ما تسجله قاعدة البيانات عن هذه الدولة وتصحيحه أو استكماله، مع المصادر</translation>
    </message>
</context>
<context>
    <name>mla::gui::TransmitMenu</name>
    <message>
        <source>&amp;Transmission</source>
        <translation>الإ&amp;رسال</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>إ&amp;رسال…</translation>
    </message>
    <message>
        <source>Put signed request PDFs into an encrypted package for the requested central authority</source>
        <translation>وضع ملفات PDF الموقّعة للطلب في حزمة مشفّرة للسلطة المركزية المطلوب منها</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;فتح حزمة…</translation>
    </message>
    <message>
        <source>Decrypt and check a received package, then extract it into a new folder</source>
        <translation>فك تشفير حزمة مستلمة والتحقق منها ثم استخراجها في مجلد جديد</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>&amp;كتابة إشعار الاستلام…</translation>
    </message>
    <message>
        <source>Check a received package and write a signed receipt for the sender</source>
        <translation>التحقق من حزمة مستلمة وكتابة إشعار استلام موقّع للمرسل</translation>
    </message>
    <message>
        <source>&amp;Import receipt…</source>
        <translation>ا&amp;ستيراد إشعار الاستلام…</translation>
    </message>
    <message>
        <source>Check a receipt against the package sent and record the acknowledgement</source>
        <translation>التحقق من إشعار الاستلام مقابل الحزمة المرسلة وتسجيل الاستلام</translation>
    </message>
</context>
<context>
    <name>mla::gui::UserDialog</name>
    <message>
        <source>About you</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <source>Your name is recorded in the history of each request and with your review comments. You can change your name later in Preferences.</source>
        <translation>يُسجَّل اسمك في سجل كل طلب ومع تعليقاتك في المراجعة. يمكنك تغيير اسمك لاحقًا في التفضيلات.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>ال&amp;وظيفة:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>ال&amp;مكتب:</translation>
    </message>
    <message>
        <source>e.g. Anna Schmidt</source>
        <translation>مثلًا: آنا شميت</translation>
    </message>
    <message>
        <source>e.g. Public prosecutor</source>
        <translation>مثلًا: مدعٍ عام</translation>
    </message>
    <message>
        <source>e.g. Public Prosecutor&apos;s Office, Frankfurt am Main</source>
        <translation>مثلًا: النيابة العامة، فرانكفورت أم ماين</translation>
    </message>
</context>
<context>
    <name>mla::gui::Wizard</name>
    <message>
        <source>Pages of the request</source>
        <translation>صفحات الطلب</translation>
    </message>
    <message>
        <source>Nothing essential is missing on this page.</source>
        <translation>لا ينقص أي شيء أساسي في هذه الصفحة.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;التالي</translation>
    </message>
    <message>
        <source>Essential information missing on this page:</source>
        <translation>معلومات أساسية ناقصة في هذه الصفحة:</translation>
    </message>
    <message>
        <source>Press Next again to continue anyway. You can save an incomplete draft and complete it later.</source>
        <translation>اضغط «التالي» مرة أخرى للمتابعة رغم ذلك. يمكنك حفظ مسودة غير مكتملة وإكمالها لاحقاً.</translation>
    </message>
    <message>
        <source>Continue &amp;anyway</source>
        <translation>&amp;المتابعة رغم ذلك</translation>
    </message>
    <message>
        <source>The reviewer returned this request for changes.</source>
        <translation>أعاد المراجِع هذا الطلب لإجراء تغييرات.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comments on this page:</source>
        <translation>تعليقات المراجِع على هذه الصفحة:</translation>
    </message>
</context>
<context>
    <name>mla::gui::WizardPage</name>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuthorityPage</name>
    <message>
        <source>Requesting authority</source>
        <translation>请求机关</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>已保存的配置</translation>
    </message>
    <message>
        <source>&amp;Use profile</source>
        <translation>使用配置(&amp;U)</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>另存为配置(&amp;P)…</translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation>删除配置(&amp;L)</translation>
    </message>
    <message>
        <source>Requesting authority (18(15)(a))</source>
        <translation>请求机关（18(15)(a)）</translation>
    </message>
    <message>
        <source>Requesting &amp;State:</source>
        <translation>请求国(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>电话(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>贵方编号(&amp;R)：</translation>
    </message>
    <message>
        <source>Letterhead logo:</source>
        <translation>信头标志：</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>选择标志(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>移除标志(&amp;M)</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Name of the si&amp;gnatory:</source>
        <translation>签署人姓名(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>职务(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Place of signature:</source>
        <translation>签署地点(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The requesting State is not given.</source>
        <translation>未注明请求国。</translation>
    </message>
    <message>
        <source>The requested State is not given.</source>
        <translation>未注明被请求国。</translation>
    </message>
    <message>
        <source>The output language &apos;%1&apos; is not one of the six official UN languages.</source>
        <translation>输出语言“%1”不是联合国六种正式语文之一。</translation>
    </message>
    <message>
        <source>The requesting authority is not identified.</source>
        <translation>未载明请求机关的身份。</translation>
    </message>
    <message>
        <source>The subject matter and nature of the investigation, prosecution or proceeding are not described.</source>
        <translation>未说明侦查、起诉或诉讼的事由和性质。</translation>
    </message>
    <message>
        <source>The name of the authority conducting the investigation, prosecution or proceeding is missing.</source>
        <translation>缺少进行侦查、起诉或诉讼的机关名称。</translation>
    </message>
    <message>
        <source>The functions of the authority conducting the proceeding are not described.</source>
        <translation>未说明进行诉讼的机关的职能。</translation>
    </message>
    <message>
        <source>No offence is described.</source>
        <translation>未说明任何犯罪。</translation>
    </message>
    <message>
        <source>A summary of the relevant facts is missing.</source>
        <translation>缺少相关事实摘要。</translation>
    </message>
    <message>
        <source>No summary of facts is needed: the only assistance sought is service of judicial documents.</source>
        <translation>无需事实摘要：所请求的唯一协助是送达司法文书。</translation>
    </message>
    <message>
        <source>No assistance is sought: add at least one measure.</source>
        <translation>未请求任何协助：请至少添加一项措施。</translation>
    </message>
    <message>
        <source>Measure %1 (%2): the assistance sought is not described.</source>
        <translation>措施 %1（%2）：未说明所请求的协助。</translation>
    </message>
    <message>
        <source>Measure %1 (%2): the purpose for which the evidence, information or action is sought is missing.</source>
        <translation>措施 %1（%2）：缺少索取证据、资料或要求采取行动的目的。</translation>
    </message>
    <message>
        <source>Measure %1 (%2): &apos;%3&apos; is required.</source>
        <translation>措施 %1（%2）：“%3”为必填项。</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; is not a date (yyyy-mm-dd): &apos;%3&apos;.</source>
        <translation>措施 %1：“%2”不是日期（yyyy-mm-dd）：“%3”。</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; has the value &apos;%3&apos;, which is not one of: %4.</source>
        <translation>措施 %1：“%2”的值为“%3”，不在以下范围内：%4。</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; takes only one value.</source>
        <translation>措施 %1：“%2”只能取一个值。</translation>
    </message>
    <message>
        <source>Measure %1: the period ends (%2) before it starts (%3).</source>
        <translation>措施 %1：期间的结束日期（%2）早于开始日期（%3）。</translation>
    </message>
    <message>
        <source>Measure %1 refers to person &apos;%2&apos;, who is not in the request.</source>
        <translation>措施 %1 涉及的人员“%2”不在请求书中。</translation>
    </message>
    <message>
        <source>Measure %1 (%2) must name at least %3 person(s); it names %4.</source>
        <translation>措施 %1（%2）必须至少列明 %3 人；目前列明 %4 人。</translation>
    </message>
    <message>
        <source>%1 reports that &apos;%2&apos; is not available (%3). Alternative: %4.</source>
        <translation>%1 表示“%2”不可行（%3）。替代办法：%4。</translation>
    </message>
    <message>
        <source>%1 reports that &apos;%2&apos; is available with limits (%3). Alternative: %4.</source>
        <translation>%1 表示“%2”可在一定限制下提供（%3）。替代办法：%4。</translation>
    </message>
    <message>
        <source>%1, &apos;%2&apos;: %3</source>
        <translation>%1，“%2”：%3</translation>
    </message>
    <message>
        <source>Offence %1: maximum penalty %2 years, a serious crime under article 2(b).</source>
        <translation>犯罪 %1：最高刑罚为 %2 年，属于第二条(b)项所指的严重犯罪。</translation>
    </message>
    <message>
        <source>Offence %1: the maximum penalty is not given; the Convention covers serious crime (at least four years, article 2(b)) and the offences it establishes.</source>
        <translation>犯罪 %1：未注明最高刑罚；《公约》适用于严重犯罪（至少四年，第二条(b)项）及根据《公约》确立的犯罪。</translation>
    </message>
    <message>
        <source>Offence %1: a maximum penalty of %2 years is below four years and no Convention offence is named: outside article 2(b) unless another basis applies.</source>
        <translation>犯罪 %1：最高刑罚 %2 年低于四年，且未列明《公约》所涉犯罪：除非另有依据，否则不属于第二条(b)项范围。</translation>
    </message>
    <message>
        <source>The transnational nature of the offence (article 3(2)) is not shown.</source>
        <translation>未表明犯罪的跨国性质（第三条第2款）。</translation>
    </message>
    <message>
        <source>The offence is stated not to be transnational (article 3(2)): the Convention may not apply.</source>
        <translation>已说明该犯罪不具有跨国性质（第三条第2款）：《公约》可能不适用。</translation>
    </message>
    <message>
        <source>The involvement of an organized criminal group (article 2(a)) is not shown.</source>
        <translation>未表明有组织犯罪集团的参与（第二条(a)项）。</translation>
    </message>
    <message>
        <source>No organized criminal group is stated to be involved: the Convention may not apply (article 3(1)).</source>
        <translation>未说明有有组织犯罪集团参与：《公约》可能不适用（第三条第1款）。</translation>
    </message>
    <message>
        <source>Scope of the Convention shown: serious crime or Convention offence, transnational, organized criminal group (article 3).</source>
        <translation>已表明属于《公约》适用范围：严重犯罪或《公约》所涉犯罪、跨国性质、有组织犯罪集团（第三条）。</translation>
    </message>
    <message>
        <source>Nothing is recorded for the requested State &apos;%1&apos;: unknown — verify with its central authority.</source>
        <translation>被请求国“%1”无任何记录：情况不明——请向其中心当局核实。</translation>
    </message>
    <message>
        <source>%1 is a party to the Convention (%2).</source>
        <translation>%1 是《公约》缔约国（%2）。</translation>
    </message>
    <message>
        <source>Whether %1 is a party to the Convention is not recorded: unknown — verify (UN Treaty Collection, chapter XVIII-12).</source>
        <translation>未记录 %1 是否为《公约》缔约国：情况不明——请核实（联合国条约汇编，第十八章第12节）。</translation>
    </message>
    <message>
        <source>%1 is recorded as &apos;%2&apos;, not as a party to the Convention: the Convention cannot be the legal basis.</source>
        <translation>%1 的记录为“%2”，而非《公约》缔约国：《公约》不能作为法律依据。</translation>
    </message>
    <message>
        <source>The legal basis is a treaty, but the treaty is not named.</source>
        <translation>法律依据为条约，但未注明条约名称。</translation>
    </message>
    <message>
        <source>The treaty &apos;%1&apos; is not recorded between %2 and %3: verify that it is in force.</source>
        <translation>未记录 %2 与 %3 之间存在条约“%1”：请核实其是否有效。</translation>
    </message>
    <message>
        <source>The treaty &apos;%1&apos; is in force between %2 and %3: it governs the request; paragraphs 9 to 29 of article 18 apply only if the States agree to apply them instead (18(7)).</source>
        <translation>条约“%1”在 %2 与 %3 之间有效：该条约适用于本请求；仅在两国同意改为适用第十八条第9至29款时，方适用这些条款（18(7)）。</translation>
    </message>
    <message>
        <source>No mutual legal assistance treaty between %1 and %2 is recorded: paragraphs 9 to 29 of article 18 apply (18(7)). Verify that no treaty binds the two States.</source>
        <translation>未记录 %1 与 %2 之间的司法协助条约：适用第十八条第9至29款（18(7)）。请核实两国之间没有任何有约束力的条约。</translation>
    </message>
    <message>
        <source>Whether a mutual legal assistance treaty binds %1 and %2 is unknown — verify (18(7)).</source>
        <translation>不清楚 %1 与 %2 之间是否存在有约束力的司法协助条约——请核实（18(7)）。</translation>
    </message>
    <message>
        <source>%1 does not require dual criminality. Notes: %2</source>
        <translation>%1 不要求双重犯罪。说明：%2</translation>
    </message>
    <message>
        <source>%1 requires dual criminality for coercive measures only, and none is sought.</source>
        <translation>%1 仅对强制性措施要求双重犯罪，而本请求未要求强制性措施。</translation>
    </message>
    <message>
        <source>The dual-criminality policy of %1 is unknown — verify with the central authority.</source>
        <translation>%1 关于双重犯罪的政策不明——请向中心当局核实。</translation>
    </message>
    <message>
        <source>Offence %1 has no ICCS code for its conduct: dual criminality cannot be checked.</source>
        <translation>犯罪 %1 的行为没有 ICCS 代码：无法检查双重犯罪。</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): the conduct is an offence in %3: %4.</source>
        <translation>犯罪 %1（ICCS %2）：该行为在 %3 构成犯罪：%4。</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): the conduct is recorded as not an offence in %3; assistance may be refused (18(9)). Notes: %4</source>
        <translation>犯罪 %1（ICCS %2）：记录显示该行为在 %3 不构成犯罪；协助可能被拒绝（18(9)）。说明：%4</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): whether the conduct is an offence in %3 is unknown — verify with the central authority.</source>
        <translation>犯罪 %1（ICCS %2）：不清楚该行为在 %3 是否构成犯罪——请向中心当局核实。</translation>
    </message>
    <message>
        <source>Add a dual-criminality note showing that the conduct is also an offence in %1.</source>
        <translation>请添加双重犯罪说明，表明该行为在 %1 同样构成犯罪。</translation>
    </message>
    <message>
        <source>The legal basis is reciprocity, but no assurance of reciprocity is given.</source>
        <translation>法律依据为互惠，但未作出互惠保证。</translation>
    </message>
    <message>
        <source>An assurance of reciprocity is given without its wording (reciprocity note).</source>
        <translation>作出了互惠保证，但没有其措辞（互惠说明）。</translation>
    </message>
    <message>
        <source>The reciprocity policy of %1 is unknown — verify with the central authority; consider giving an assurance of reciprocity.</source>
        <translation>%1 关于互惠的政策不明——请向中心当局核实；可考虑作出互惠保证。</translation>
    </message>
    <message>
        <source>%1 does not require reciprocity. Notes: %2</source>
        <translation>%1 不要求互惠。说明：%2</translation>
    </message>
    <message>
        <source>%1 requires an assurance of reciprocity, and none is given. Notes: %2</source>
        <translation>%1 要求互惠保证，但未作出此种保证。说明：%2</translation>
    </message>
    <message>
        <source>An assurance of reciprocity is given, as %1 requires. Notes: %2</source>
        <translation>已按 %1 的要求作出互惠保证。说明：%2</translation>
    </message>
    <message>
        <source>%1 requires reciprocity only absent a treaty, and a treaty applies. Notes: %2</source>
        <translation>%1 仅在无条约时要求互惠，而本案适用条约。说明：%2</translation>
    </message>
    <message>
        <source>The languages %1 accepts are not recorded: unknown — verify with the central authority. Notes: %2</source>
        <translation>未记录 %1 接受的语文：情况不明——请向中心当局核实。说明：%2</translation>
    </message>
    <message>
        <source>%1 accepts requests in &apos;%2&apos;. Conditions: %3</source>
        <translation>%1 接受以“%2”提出的请求。条件：%3</translation>
    </message>
    <message>
        <source>%1 has not notified &apos;%2&apos; as such (notified: %3); its notification sets conditions: %4 — check that the request meets them.</source>
        <translation>%1 未就“%2”作出此类通知（已通知：%3）；其通知规定了条件：%4——请检查请求是否符合这些条件。</translation>
    </message>
    <message>
        <source>%1 has not notified &apos;%2&apos; as an acceptable language (notified: %3).</source>
        <translation>%1 未通知“%2”为可接受的语文（已通知：%3）。</translation>
    </message>
    <message>
        <source>INTERPOL may be used only in urgent circumstances; the request is not marked urgent.</source>
        <translation>只有在紧急情况下才可通过国际刑警组织转递；本请求未标为紧急。</translation>
    </message>
    <message>
        <source>%1 does not accept requests through INTERPOL.</source>
        <translation>%1 不接受通过国际刑警组织转递的请求。</translation>
    </message>
    <message>
        <source>Whether %1 agrees to receive urgent requests through INTERPOL is unknown — verify with the central authority.</source>
        <translation>不清楚 %1 是否同意通过国际刑警组织接收紧急请求——请向中心当局核实。</translation>
    </message>
    <message>
        <source>%1 accepts urgent requests through INTERPOL.</source>
        <translation>%1 接受通过国际刑警组织转递的紧急请求。</translation>
    </message>
    <message>
        <source>%1 does not accept requests through diplomatic channels.</source>
        <translation>%1 不接受通过外交渠道转递的请求。</translation>
    </message>
    <message>
        <source>Whether %1 accepts requests through diplomatic channels is not recorded — verify.</source>
        <translation>未记录 %1 是否接受通过外交渠道转递的请求——请核实。</translation>
    </message>
    <message>
        <source>%1 accepts requests through diplomatic channels.</source>
        <translation>%1 接受通过外交渠道转递的请求。</translation>
    </message>
    <message>
        <source>%1 requires requests to be addressed through diplomatic channels.</source>
        <translation>%1 要求通过外交渠道转递请求。</translation>
    </message>
    <message>
        <source>%1 does not accept requests sent directly to its central authority.</source>
        <translation>%1 不接受直接发给其中心当局的请求。</translation>
    </message>
    <message>
        <source>Central authority of %1: %2.</source>
        <translation>%1 的中心当局：%2。</translation>
    </message>
    <message>
        <source>The central authority of %1 is not recorded: unknown — verify.</source>
        <translation>未记录 %1 的中心当局：情况不明——请核实。</translation>
    </message>
    <message>
        <source>A deadline (%1) is set without reasons; deadlines are taken into account only where reasons are given.</source>
        <translation>设定了期限（%1）但未说明理由；只有在说明理由的情况下才会考虑期限。</translation>
    </message>
    <message>
        <source>The request is marked urgent without reasons.</source>
        <translation>请求被标为紧急，但未说明理由。</translation>
    </message>
    <message>
        <source>The deadline %1 has passed.</source>
        <translation>期限 %1 已过。</translation>
    </message>
    <message>
        <source>Confidentiality is requested without reasons.</source>
        <translation>请求保密，但未说明理由。</translation>
    </message>
    <message>
        <source>Practice of %1 on confidentiality: %2</source>
        <translation>%1 关于保密的做法：%2</translation>
    </message>
    <message>
        <source>State the use to be made of the information and evidence: they may not be used for other proceedings without the requested State&apos;s consent.</source>
        <translation>请说明资料和证据的用途：未经被请求国同意，不得将其用于其他诉讼。</translation>
    </message>
    <message>
        <source>Practice of %1 on the use of evidence: %2</source>
        <translation>%1 关于证据使用的做法：%2</translation>
    </message>
    <message>
        <source>Person %1 has no name.</source>
        <translation>人员 %1 没有姓名。</translation>
    </message>
    <message>
        <source>Person %1: no address or known location is given.</source>
        <translation>人员 %1：未提供地址或已知下落。</translation>
    </message>
    <message>
        <source>Person %1: nationality not given (give it where known).</source>
        <translation>人员 %1：未注明国籍（如已知，请注明）。</translation>
    </message>
    <message>
        <source>Person %1: &apos;%2&apos; is not an ISO 3166 alpha-3 code.</source>
        <translation>人员 %1：“%2”不是 ISO 3166 alpha-3 代码。</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional control character (U+%2): the text can display differently from what it is (spoofing risk).</source>
        <translation>%1 包含双向控制字符（U+%2）：文本的显示可能与实际内容不同（有伪装风险）。</translation>
    </message>
    <message>
        <source>%1 contains an invisible character (U+%2): two values that look the same can differ (spoofing risk).</source>
        <translation>%1 包含不可见字符（U+%2）：看起来相同的两个值可能并不相同（有伪装风险）。</translation>
    </message>
    <message>
        <source>%1 mixes Latin and %2 letters in one word (&apos;%3&apos;): look-alike letters are a spoofing risk.</source>
        <translation>%1 在一个词中混用了拉丁字母和 %2 字母（“%3”）：形似字母有伪装风险。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a common-law standard with no equivalent in many systems: describe the facts that ground the suspicion instead.</source>
        <translation>“%1”是普通法标准，在许多法律制度中没有对应概念：请改为说明构成怀疑依据的事实。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no equivalent in many systems: explain that it is a body of citizens that decides whether a person is charged, and what it needs.</source>
        <translation>“%1”在许多法律制度中没有对应概念：请说明这是由公民组成、决定是否对某人提起指控的机构，以及它需要什么。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a statute of one State: describe the conduct and cite the provision in full.</source>
        <translation>“%1”是某一国家的法规名称：请描述有关行为并完整引用该条文。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is unknown in many systems: describe the agreement between prosecution and defendant in plain words.</source>
        <translation>“%1”在许多法律制度中并不存在：请用浅显的语言说明控方与被告之间的协议。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not translate: say which order, by whom, and what it compels.</source>
        <translation>“%1”无法直译：请说明是何种命令、由谁发出以及强制要求做什么。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (disclosure between the parties) is unknown in many systems: explain it in plain words.</source>
        <translation>“%1”（当事方之间的披露）在许多法律制度中并不存在：请用浅显的语言加以解释。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a rule of evidence unknown in many systems: explain what the requested State&apos;s authorities must do or avoid.</source>
        <translation>“%1”是许多法律制度中并不存在的证据规则：请说明被请求国当局必须做什么或避免做什么。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a national rule: state the cautions to be given to the person in full.</source>
        <translation>“%1”是一国国内规则的名称：请完整列出须向当事人作出的告知。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a standard of proof that translates unevenly: explain it in plain words.</source>
        <translation>“%1”是一种证明标准，翻译后含义不一：请用浅显的语言加以解释。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: describe the handling and records needed for the evidence to be admissible.</source>
        <translation>“%1”：请说明为使证据可被采纳所需的处理方式和记录。</translation>
    </message>
    <message>
        <source>%1: the text is in &apos;%2&apos; and has no translation into &apos;%3&apos;.</source>
        <translation>%1：文本为“%2”，没有译成“%3”的译文。</translation>
    </message>
    <message>
        <source>%1: the translation into &apos;%2&apos; was made from an earlier version of the text.</source>
        <translation>%1：译成“%2”的译文是根据文本的早期版本翻译的。</translation>
    </message>
    <message>
        <source>%1: the translation into &apos;%2&apos; is still a draft.</source>
        <translation>%1：译成“%2”的译文仍为草稿。</translation>
    </message>
    <message>
        <source>Offence %1 is an offence established under the Convention or its Protocols (%2).</source>
        <translation>犯罪 %1 是根据《公约》或其议定书确立的犯罪（%2）。</translation>
    </message>
    <message>
        <source>The reciprocity policy of %1 is unknown — verify with the central authority; an assurance of reciprocity is given.</source>
        <translation>%1 关于互惠的政策不明——请向中心当局核实；已作出互惠保证。</translation>
    </message>
    <message>
        <source>%1 does not accept every request sent electronically or signed electronically (transmission: %2; electronic signature: %3): send a signed paper original. Notes: %4</source>
        <translation>%1 并不接受所有以电子方式发送或签名的请求（传送：%2；电子签名：%3）：请寄送经签署的纸质原件。说明：%4</translation>
    </message>
    <message>
        <source>%1 accepts requests transmitted and signed electronically. Notes: %2</source>
        <translation>%1 接受以电子方式传送和签名的请求。说明：%2</translation>
    </message>
    <message>
        <source>Whether %1 accepts requests transmitted or signed electronically is not recorded — verify; a signed paper original may be needed.</source>
        <translation>未记录 %1 是否接受以电子方式传送或签名的请求——请核实；可能需要经签署的纸质原件。</translation>
    </message>
    <message>
        <source>%1 has made a declaration bearing on article 18(7): %2</source>
        <translation>%1 作出了涉及第18条第7款（18(7)）的声明：%2</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>These findings compare the request with article 18 and with what the database knows about the requested State. Activate a finding (Enter or double-click) to go to its field.</source>
        <translation>这些检查结果将请求与第十八条以及数据库中有关被请求国的资料进行比较。激活某项结果（按 Enter 或双击）即可转到相应字段。</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <source>Summary of facts</source>
        <translation>事实摘要</translation>
    </message>
    <message>
        <source>Summarise the relevant facts (18(15)(c)): who did what, when and where, and how each person and each measure sought relates to the offences. A summary is not needed when only service of documents is requested.</source>
        <translation>概述相关事实（18(15)(c)）：何人于何时何地做了何事，以及每个人员和所请求的每项措施与犯罪有何关联。如仅请求送达文书，则无需摘要。</translation>
    </message>
    <message>
        <source>&amp;Summary of facts:</source>
        <translation>事实摘要(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>Unknown — verify with the central authority.</source>
        <translation>情况不明——请向中心当局核实。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>核实日期 %1</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>尚未核实</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>不接受</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the requested State to see what the database knows about its requirements.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择被请求国，即可查看数据库中有关其要求的资料。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the requirements database has no record of this State.</source>
        <translation>要求数据库中没有该国的记录。</translation>
    </message>
    <message>
        <source>UNTOC</source>
        <translation>《有组织犯罪公约》</translation>
    </message>
    <message>
        <source>Central authority (18(13))</source>
        <translation>中心当局（18(13)）</translation>
    </message>
    <message>
        <source>Channels (18(13))</source>
        <translation>渠道（18(13)）</translation>
    </message>
    <message>
        <source>central authority: %1; diplomatic: %2; INTERPOL: %3</source>
        <translation>中心当局：%1；外交渠道：%2；国际刑警组织：%3</translation>
    </message>
    <message>
        <source>Languages (18(14))</source>
        <translation>语文（18(14)）</translation>
    </message>
    <message>
        <source>Electronic transmission / e-signature</source>
        <translation>电子传送／电子签名</translation>
    </message>
    <message>
        <source>transmission: %1; signature: %2</source>
        <translation>传送：%1；签名：%2</translation>
    </message>
    <message>
        <source>Dual criminality (18(9))</source>
        <translation>双重犯罪（18(9)）</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>互惠</translation>
    </message>
    <message>
        <source>Use limitation and confidentiality (18(19), 18(20))</source>
        <translation>使用限制和保密（18(19)、18(20)）</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>The requesting State undertakes not to transmit or use the information or evidence furnished for investigations, prosecutions or judicial proceedings other than those stated in this request without the prior consent of the requested State (article 18(19)).</source>
        <translation>请求国承诺，未经被请求国事先同意，不将所提供的资料或证据转交或用于本请求所述以外的侦查、起诉或审判程序（第十八条第19款）。</translation>
    </message>
    <message>
        <source>The requesting State asks that the fact and substance of this request be kept confidential, except to the extent necessary to execute it (article 18(20)).</source>
        <translation>请求国要求对本请求及其内容保密，但为执行请求所必需的除外（第十八条第20款）。</translation>
    </message>
    <message>
        <source>The conduct underlying the offence of %1 (ICCS %2) is also an offence in the requested State under %3.</source>
        <translation>构成 %1 罪（ICCS %2）的行为在被请求国根据 %3 同样构成犯罪。</translation>
    </message>
    <message>
        <source>The requesting State assures the requested State that it will comply with a future request of a similar nature from the requested State.</source>
        <translation>请求国向被请求国保证，今后将满足被请求国提出的类似请求。</translation>
    </message>
    <message>
        <source>source dated %1</source>
        <translation>来源日期 %1</translation>
    </message>
    <message>
        <source>source undated</source>
        <translation>来源未注明日期</translation>
    </message>
    <message numerus="yes">
        <source>— possibly outdated (older than %n year(s) or undated): verify</source>
        <translation>
            <numerusform>— 可能已过时（超过 %n 年或未注明日期）：请核实</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>UNTOC article 18</source>
        <translation>《有组织犯罪公约》第十八条</translation>
    </message>
    <message>
        <source>Bilateral or multilateral treaty</source>
        <translation>双边或多边条约</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>互惠</translation>
    </message>
    <message>
        <source>Central authority</source>
        <translation>中心当局</translation>
    </message>
    <message>
        <source>Diplomatic channel</source>
        <translation>外交渠道</translation>
    </message>
    <message>
        <source>INTERPOL (urgent, where agreed)</source>
        <translation>国际刑警组织（紧急情况，经同意）</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>侦查</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <translation>起诉</translation>
    </message>
    <message>
        <source>Judicial proceedings</source>
        <translation>司法程序</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>犯罪嫌疑人</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>被告人</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>被害人</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>鉴定人</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>账户持有人</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>被羁押人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>已提交审核</translation>
    </message>
    <message>
        <source>Returned to the drafter</source>
        <translation>已退回起草人</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>阻断性</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Subscriber information</source>
        <translation>用户信息</translation>
    </message>
    <message>
        <source>Traffic data</source>
        <translation>流量数据</translation>
    </message>
    <message>
        <source>Content data</source>
        <translation>内容数据</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>经核证的副本</translation>
    </message>
</context>
<context>
    <name>MeasureSchema</name>
    <message>
        <source>Taking evidence or statements</source>
        <translation>获取证据或陈述</translation>
    </message>
    <message>
        <source>Questions to be put</source>
        <translation>拟提出的问题</translation>
    </message>
    <message>
        <source>Oath, caution or procedure to follow</source>
        <translation>宣誓、告知或须遵循的程序</translation>
    </message>
    <message>
        <source>Place of the hearing</source>
        <translation>听取陈述的地点</translation>
    </message>
    <message>
        <source>Service of judicial documents</source>
        <translation>送达司法文书</translation>
    </message>
    <message>
        <source>Documents to be served</source>
        <translation>须送达的文书</translation>
    </message>
    <message>
        <source>Address for service</source>
        <translation>送达地址</translation>
    </message>
    <message>
        <source>Date the person is summoned to appear</source>
        <translation>传唤当事人到场的日期</translation>
    </message>
    <message>
        <source>Proof of service required</source>
        <translation>所需的送达证明</translation>
    </message>
    <message>
        <source>Search and seizure</source>
        <translation>搜查和扣押</translation>
    </message>
    <message>
        <source>Premises to be searched (address)</source>
        <translation>须搜查的场所（地址）</translation>
    </message>
    <message>
        <source>Items to be seized</source>
        <translation>须扣押的物品</translation>
    </message>
    <message>
        <source>Link between the premises and the offence</source>
        <translation>场所与犯罪之间的关联</translation>
    </message>
    <message>
        <source>Freezing of assets</source>
        <translation>冻结资产</translation>
    </message>
    <message>
        <source>Assets to be frozen</source>
        <translation>须冻结的资产</translation>
    </message>
    <message>
        <source>Institution holding the assets</source>
        <translation>持有资产的机构</translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Domestic freezing order (reference)</source>
        <translation>国内冻结令（编号）</translation>
    </message>
    <message>
        <source>Examining objects and sites</source>
        <translation>检查物品和场所</translation>
    </message>
    <message>
        <source>Object or site to be examined</source>
        <translation>须检查的物品或场所</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Information, evidentiary items and expert evaluations</source>
        <translation>资料、证物和鉴定结论</translation>
    </message>
    <message>
        <source>Information or items sought</source>
        <translation>所请求的资料或物品</translation>
    </message>
    <message>
        <source>Expert evaluation requested</source>
        <translation>所请求的鉴定</translation>
    </message>
    <message>
        <source>Bank and financial records</source>
        <translation>银行和金融记录</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>金融机构</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期间自</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>期间至</translation>
    </message>
    <message>
        <source>Types of documents</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Certification or authentication required</source>
        <translation>所需的核证或认证</translation>
    </message>
    <message>
        <source>Documents and records</source>
        <translation>文件和记录</translation>
    </message>
    <message>
        <source>Documents or records sought</source>
        <translation>所请求的文件或记录</translation>
    </message>
    <message>
        <source>Who holds them</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Originals or certified copies</source>
        <translation>原件或经核证的副本</translation>
    </message>
    <message>
        <source>Identifying or tracing proceeds, property or instrumentalities</source>
        <translation>识别或追查犯罪所得、财产或工具</translation>
    </message>
    <message>
        <source>Proceeds, property or instrumentalities</source>
        <translation>犯罪所得、财产或工具</translation>
    </message>
    <message>
        <source>Known assets or accounts</source>
        <translation>已知资产或账户</translation>
    </message>
    <message>
        <source>Voluntary appearance in the requesting State</source>
        <translation>在请求国自愿出庭</translation>
    </message>
    <message>
        <source>Date of appearance</source>
        <translation>出庭日期</translation>
    </message>
    <message>
        <source>Expenses, travel and safe conduct (18(27))</source>
        <translation>费用、旅行和安全通行（18(27)）</translation>
    </message>
    <message>
        <source>Other assistance</source>
        <translation>其他协助</translation>
    </message>
    <message>
        <source>Assistance sought</source>
        <translation>所请求的协助</translation>
    </message>
    <message>
        <source>Expedited preservation of stored computer data</source>
        <translation>快速保全存储的计算机数据</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>服务提供商</translation>
    </message>
    <message>
        <source>Accounts, addresses or other identifiers</source>
        <translation>账户、地址或其他标识符</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <source>Follow-up request for production (reference)</source>
        <translation>后续调取请求（编号）</translation>
    </message>
    <message>
        <source>Access to stored computer data</source>
        <translation>获取存储的计算机数据</translation>
    </message>
    <message>
        <source>Earlier preservation (reference)</source>
        <translation>先前的保全（编号）</translation>
    </message>
    <message>
        <source>Real-time collection of traffic data</source>
        <translation>实时收集流量数据</translation>
    </message>
    <message>
        <source>Collection from</source>
        <translation>收集起始时间</translation>
    </message>
    <message>
        <source>Collection to</source>
        <translation>收集截止时间</translation>
    </message>
    <message>
        <source>Hearing by videoconference</source>
        <translation>通过视频会议听取证词</translation>
    </message>
    <message>
        <source>Subject of the hearing and questions</source>
        <translation>听取证词的事项和问题</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>拟议日期</translation>
    </message>
    <message>
        <source>Judicial authority conducting the hearing</source>
        <translation>主持听取证词的司法机关</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>技术联系人</translation>
    </message>
    <message>
        <source>Interpretation needed (language)</source>
        <translation>所需口译（语文）</translation>
    </message>
    <message>
        <source>Temporary transfer of a detained person</source>
        <translation>临时移交被羁押人</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>羁押地点</translation>
    </message>
    <message>
        <source>The person consents (18(10)(a))</source>
        <translation>当事人同意（18(10)(a)）</translation>
    </message>
    <message>
        <source>Period of the transfer</source>
        <translation>移交期间</translation>
    </message>
    <message>
        <source>Custody and return arrangements (18(11))</source>
        <translation>羁押和送还安排（18(11)）</translation>
    </message>
    <message>
        <source>Controlled delivery</source>
        <translation>控制下交付</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Expected route</source>
        <translation>预计路线</translation>
    </message>
    <message>
        <source>Expected dates</source>
        <translation>预计日期</translation>
    </message>
    <message>
        <source>Joint investigation</source>
        <translation>联合侦查</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Composition of the team</source>
        <translation>小组组成</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Transfer of criminal proceedings</source>
        <translation>移交刑事诉讼</translation>
    </message>
    <message>
        <source>Reasons for the transfer</source>
        <translation>移交理由</translation>
    </message>
    <message>
        <source>Contents of the case file transmitted</source>
        <translation>所移送案卷的内容</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>添加措施(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move measure</source>
        <translation>移除措施(&amp;M)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>&amp;Persons concerned:</source>
        <translation>有关人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Description of the assistance (18(15)(d)):</source>
        <translation>协助的说明（18(15)(d)）(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;urpose (18(15)(f)):</source>
        <translation>目的（18(15)(f)）(&amp;U)：</translation>
    </message>
    <message>
        <source>Particular p&amp;rocedures (18(17)):</source>
        <translation>特定程序（18(17)）(&amp;R)：</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>MissingInfo</name>
    <message>
        <source>Requested State</source>
        <translation>被请求国</translation>
    </message>
    <message>
        <source>Title of the treaty</source>
        <translation>条约名称</translation>
    </message>
    <message>
        <source>Reasons for urgency</source>
        <translation>紧急理由</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>请求国</translation>
    </message>
    <message>
        <source>Name of the requesting authority</source>
        <translation>请求机关名称</translation>
    </message>
    <message>
        <source>Address of the requesting authority</source>
        <translation>请求机关地址</translation>
    </message>
    <message>
        <source>E-mail or telephone of the requesting authority</source>
        <translation>请求机关的电子邮件或电话</translation>
    </message>
    <message>
        <source>Subject matter and nature of the proceedings</source>
        <translation>诉讼的事由和性质</translation>
    </message>
    <message>
        <source>Name of the authority conducting the proceedings</source>
        <translation>进行诉讼的机关名称</translation>
    </message>
    <message>
        <source>Functions of the authority conducting the proceedings</source>
        <translation>进行诉讼的机关的职能</translation>
    </message>
    <message>
        <source>Summary of the relevant facts</source>
        <translation>相关事实摘要</translation>
    </message>
    <message>
        <source>At least one offence</source>
        <translation>至少一项犯罪</translation>
    </message>
    <message>
        <source>Offence %1: name</source>
        <translation>犯罪 %1：名称</translation>
    </message>
    <message>
        <source>Offence %1: text of the legal provision</source>
        <translation>犯罪 %1：法律条文</translation>
    </message>
    <message>
        <source>Person %1: name</source>
        <translation>人员 %1：姓名</translation>
    </message>
    <message>
        <source>At least one measure (the assistance sought)</source>
        <translation>至少一项措施（所请求的协助）</translation>
    </message>
    <message>
        <source>%1: description of the assistance sought</source>
        <translation>%1：所请求协助的说明</translation>
    </message>
    <message>
        <source>%1: purpose</source>
        <translation>%1：目的</translation>
    </message>
    <message>
        <source>%1: the person concerned</source>
        <translation>%1：有关人员</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reasons for confidentiality</source>
        <translation>保密理由</translation>
    </message>
    <message>
        <source>Name of the signatory</source>
        <translation>签署人姓名</translation>
    </message>
    <message>
        <source>Function of the signatory</source>
        <translation>签署人职务</translation>
    </message>
    <message>
        <source>Language of the request</source>
        <translation>请求书语文</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <source>%1 — article %2</source>
        <translation>%1——第 %2 条</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>Person %1: the date of birth “%2” is not a date</source>
        <translation>人员 %1：出生日期“%2”不是有效日期</translation>
    </message>
    <message>
        <source>%1: %2 “%3” is not a date</source>
        <translation>%1：%2“%3”不是有效日期</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Conditions and notes</source>
        <translation>条件和说明</translation>
    </message>
    <message>
        <source>Particular procedures (18(17)) are entered with each measure, on the Measures page.</source>
        <translation>特定程序（18(17)）在“措施”页上随每项措施填写。</translation>
    </message>
    <message>
        <source>Confidentiality (18(20))</source>
        <translation>保密（18(20)）</translation>
    </message>
    <message>
        <source>Ask the requested State to keep the request &amp;confidential</source>
        <translation>要求被请求国对请求保密(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>采用建议</translation>
    </message>
    <message>
        <source>Use limitation (18(19))</source>
        <translation>使用限制（18(19)）</translation>
    </message>
    <message>
        <source>&amp;Use limitation:</source>
        <translation>使用限制(&amp;U)：</translation>
    </message>
    <message>
        <source>Use su&amp;ggestion</source>
        <translation>采用建议(&amp;G)</translation>
    </message>
    <message>
        <source>Dual criminality (18(9))</source>
        <translation>双重犯罪（18(9)）</translation>
    </message>
    <message>
        <source>&amp;Dual criminality:</source>
        <translation>双重犯罪(&amp;D)：</translation>
    </message>
    <message>
        <source>How the conduct is also an offence in the requested State, if it requires it</source>
        <translation>如被请求国有此要求，说明该行为在被请求国如何同样构成犯罪</translation>
    </message>
    <message>
        <source>Use suggesti&amp;on</source>
        <translation>采用建议(&amp;O)</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>互惠</translation>
    </message>
    <message>
        <source>&amp;Reciprocity:</source>
        <translation>互惠(&amp;R)：</translation>
    </message>
    <message>
        <source>Use sugge&amp;stion</source>
        <translation>采用建议(&amp;S)</translation>
    </message>
</context>
<context>
    <name>OffencesPage</name>
    <message>
        <source>Offences</source>
        <translation>犯罪</translation>
    </message>
    <message>
        <source>&amp;Add offence</source>
        <translation>添加犯罪(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move offence</source>
        <translation>移除犯罪(&amp;M)</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>犯罪</translation>
    </message>
    <message>
        <source>&amp;Name of the offence:</source>
        <translation>犯罪名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Legal provision (text):</source>
        <translation>法律条文（文本）(&amp;L)：</translation>
    </message>
    <message>
        <source>The text of the provision, as in your law</source>
        <translation>条文原文，与贵国法律一致</translation>
    </message>
    <message>
        <source>Maximum &amp;penalty (years):</source>
        <translation>最高刑罚（年）(&amp;P)：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Con&amp;vention article:</source>
        <translation>《公约》条款(&amp;V)：</translation>
    </message>
    <message>
        <source>Con&amp;duct (ICCS):</source>
        <translation>行为（ICCS）(&amp;D)：</translation>
    </message>
    <message>
        <source>Remove selected cond&amp;uct</source>
        <translation>移除所选行为(&amp;U)</translation>
    </message>
    <message>
        <source>Find c&amp;onduct:</source>
        <translation>查找行为(&amp;O)：</translation>
    </message>
    <message>
        <source>Search the International Classification of Crime for Statistical Purposes</source>
        <translation>搜索《国际犯罪分类（用于统计目的）》</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>匹配项：</translation>
    </message>
    <message>
        <source>Add sele&amp;cted conduct</source>
        <translation>添加所选行为(&amp;C)</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Output &amp;language:</source>
        <translation>输出语文(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Render PDF</source>
        <translation>生成 PDF(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>签署(&amp;I)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport for translation…</source>
        <translation>导出以供翻译(&amp;X)…</translation>
    </message>
    <message>
        <source>I&amp;mport translation…</source>
        <translation>导入译文(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Translation of the free text into the output language:</source>
        <translation>自由文本译为输出语言的情况(&amp;T)：</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sen&amp;d…</source>
        <translation>发送(&amp;D)…</translation>
    </message>
    <message>
        <source>Put the signed PDFs into an encrypted package for the requested central authority and record it as sent</source>
        <translation>将已签署的 PDF 放入发给被请求中央机关的加密包，并记录为已发送</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>添加人员(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move person</source>
        <translation>移除人员(&amp;M)</translation>
    </message>
    <message>
        <source>Person (18(15)(e))</source>
        <translation>人员（18(15)(e)）</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>身份(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <source>In Latin script, as in the identity document</source>
        <translation>以拉丁字母书写，与身份证件一致</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <source>Names in &amp;other scripts:</source>
        <translation>其他文字的姓名(&amp;O)：</translation>
    </message>
    <message>
        <source>One per line: script code, colon, name — e.g. Arab: …</source>
        <translation>每行一个：文字代码、冒号、姓名——例如 Arab: …</translation>
    </message>
    <message>
        <source>A&amp;liases:</source>
        <translation>别名(&amp;L)：</translation>
    </message>
    <message>
        <source>Separated by semicolons</source>
        <translation>以分号分隔</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>出生日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Place of &amp;birth:</source>
        <translation>出生地(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Nationalities:</source>
        <translation>国籍(&amp;N)：</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 codes, separated by spaces</source>
        <translation>ISO 3166 alpha-3 代码，以空格分隔</translation>
    </message>
    <message>
        <source>Identity &amp;documents:</source>
        <translation>身份证件(&amp;D)：</translation>
    </message>
    <message>
        <source>One per line: type; number; issuing State (ISO3); expiry (yyyy-mm-dd)</source>
        <translation>每行一个：类型；号码；签发国（ISO3）；有效期至（yyyy-mm-dd）</translation>
    </message>
    <message>
        <source>Addr&amp;esses:</source>
        <translation>地址(&amp;E)：</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>每行一个地址</translation>
    </message>
    <message>
        <source>&amp;Known location:</source>
        <translation>已知下落(&amp;K)：</translation>
    </message>
    <message>
        <source>Where the person is believed to be</source>
        <translation>认为当事人所在的地点</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语文(&amp;L)：</translation>
    </message>
    <message>
        <source>Your &amp;name (comments and history):</source>
        <translation>您的姓名（用于意见和历史记录）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Autosave every (seconds):</source>
        <translation>自动保存间隔（秒）(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>上一页(&amp;V)</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>下一页(&amp;X)</translation>
    </message>
</context>
<context>
    <name>ProceedingsPage</name>
    <message>
        <source>Proceedings</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <source>Proceedings (18(15)(b))</source>
        <translation>诉讼（18(15)(b)）</translation>
    </message>
    <message>
        <source>&amp;Type of proceedings:</source>
        <translation>诉讼类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Subject matter and nature:</source>
        <translation>事由和性质(&amp;S)：</translation>
    </message>
    <message>
        <source>What the investigation, prosecution or proceedings are about</source>
        <translation>侦查、起诉或诉讼所涉事项</translation>
    </message>
    <message>
        <source>&amp;Conducting authority:</source>
        <translation>主办机关(&amp;C)：</translation>
    </message>
    <message>
        <source>Name of the authority conducting them</source>
        <translation>主办机关名称</translation>
    </message>
    <message>
        <source>Its &amp;functions:</source>
        <translation>其职能(&amp;F)：</translation>
    </message>
    <message>
        <source>What that authority does and its powers</source>
        <translation>该机关的职责和权力</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>案件编号(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RequestHtml</name>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>Requested State, legal basis, channel, urgency</source>
        <translation>被请求国、法律依据、渠道、紧急程度</translation>
    </message>
    <message>
        <source>Requesting authority and signatory</source>
        <translation>请求机关和签署人</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <source>Summary of facts</source>
        <translation>事实摘要</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>犯罪</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Conditions and notes</source>
        <translation>条件和说明</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Requested State</source>
        <translation>被请求国</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>yes, by %1</source>
        <translation>是，须在 %1 前</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>请求国</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject matter and nature</source>
        <translation>事由和性质</translation>
    </message>
    <message>
        <source>Conducting authority</source>
        <translation>主办机关</translation>
    </message>
    <message>
        <source>Its functions</source>
        <translation>其职能</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>案件编号</translation>
    </message>
    <message numerus="yes">
        <source>maximum penalty %n year(s)</source>
        <translation>
            <numerusform>最高刑罚 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>maximum penalty unknown</source>
        <translation>最高刑罚不明</translation>
    </message>
    <message>
        <source>ICCS: %1</source>
        <translation>ICCS：%1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>requested: %1</source>
        <translation>已请求：%1</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>未请求</translation>
    </message>
    <message>
        <source>Use limitation</source>
        <translation>使用限制</translation>
    </message>
    <message>
        <source>Dual criminality</source>
        <translation>双重犯罪</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>互惠</translation>
    </message>
    <message>
        <source>Output language: %1</source>
        <translation>输出语文：%1</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Co&amp;mment on this section:</source>
        <translation>对本部分的意见(&amp;M)：</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>添加意见(&amp;C)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Co&amp;untersign PDF…</source>
        <translation>副署 PDF(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>保存审核(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>请求书</translation>
    </message>
    <message>
        <source>Re&amp;turn to drafter…</source>
        <translation>退回起草人(&amp;T)…</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>批准(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>&amp;Identity file (PKCS#12):</source>
        <translation>身份文件（PKCS#12）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>地点(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>SignatureText</name>
    <message>
        <source>B-B — basic signature, without a timestamp</source>
        <translation>B-B — 基本签名，无时间戳</translation>
    </message>
    <message>
        <source>B-T — with a trusted timestamp</source>
        <translation>B-T — 带可信时间戳</translation>
    </message>
    <message>
        <source>B-LT — with a timestamp and long-term validation data</source>
        <translation>B-LT — 带时间戳和长期验证数据</translation>
    </message>
    <message>
        <source>B-LTA — long-term validation data and a document timestamp</source>
        <translation>B-LTA — 长期验证数据和文档时间戳</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address is not a web address. Write it in full, for example https://tsa.example.org/tsr.</source>
        <translation>时间戳服务机构的地址不是网址。请写出完整地址，例如 https://tsa.example.org/tsr。</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address must start with http:// or https:// (not %1:).</source>
        <translation>时间戳服务机构的地址必须以 http:// 或 https:// 开头（而不是 %1:）。</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address names no server. Write it in full, for example https://tsa.example.org/tsr.</source>
        <translation>时间戳服务机构的地址没有指明服务器。请写出完整地址，例如 https://tsa.example.org/tsr。</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address is too long.</source>
        <translation>时间戳服务机构的地址过长。</translation>
    </message>
    <message numerus="yes">
        <source>Valid: the document is unchanged since this signature, apart from %n later signature(s) and validation data.</source>
        <translation>
            <numerusform>有效：自此签名以来文档未被更改，仅有 %n 个后续签名和验证数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: the document is unchanged since it was signed.</source>
        <translation>有效：文档自签名以来未被更改。</translation>
    </message>
    <message>
        <source>Not valid: the signed content or the signature value was altered.</source>
        <translation>无效：已签名的内容或签名值被篡改。</translation>
    </message>
    <message>
        <source>Not valid: the signed version is intact, but the document was changed after signing: %1</source>
        <translation>无效：已签名的版本完好，但文档在签名后被更改：%1</translation>
    </message>
    <message>
        <source>Not valid: the document is intact, but the signer is not trusted: %1</source>
        <translation>无效：文档完好，但签名人不受信任：%1</translation>
    </message>
    <message>
        <source>Not valid: this signature is not held by any signature field of the document.</source>
        <translation>无效：文档中没有任何签名域包含此签名。</translation>
    </message>
    <message>
        <source>Not valid: the signer&apos;s certificate is missing or not meant for signing.</source>
        <translation>无效：签名人的证书缺失或不用于签名。</translation>
    </message>
    <message>
        <source>Not valid: the signer&apos;s certificate was not valid at the time the signature was checked (%1).</source>
        <translation>无效：在检查签名的时间（%1），签名人的证书无效。</translation>
    </message>
    <message>
        <source>Not valid: the signature&apos;s timestamp does not verify.</source>
        <translation>无效：签名的时间戳未通过验证。</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>Not valid: the document was refused because it is larger or more complex than verification allows.</source>
        <translation>无效：文档被拒绝，因为其大小或复杂程度超出了验证的允许范围。</translation>
    </message>
    <message>
        <source>Not valid: the document has no signature.</source>
        <translation>无效：文档没有签名。</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) are valid and trusted.</source>
        <translation>
            <numerusform>全部 %n 个签名均有效且受信任。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid: not every signature is valid and trusted, or the document has problems.</source>
        <translation>无效：并非所有签名都有效且受信任，或文档存在问题。</translation>
    </message>
    <message>
        <source>Signature %1 by %2 — level %3</source>
        <translation>签名 %1，签名人 %2 — 级别 %3</translation>
    </message>
    <message>
        <source>A signature with a timestamp needs a timestamp authority. Enter its address in Preferences, or sign at level B-B.</source>
        <translation>带时间戳的签名需要时间戳服务机构。请在首选项中输入其地址，或以 B-B 级别签名。</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address (%1) is not valid. Correct it in Preferences.</source>
        <translation>时间戳服务机构的地址（%1）无效。请在首选项中更正。</translation>
    </message>
    <message>
        <source>The timestamp authority %1 cannot be reached. Check its address in Preferences and the network connection, or try again later. Nothing was signed.</source>
        <translation>无法连接时间戳服务机构 %1。请检查首选项中的地址和网络连接，或稍后再试。未签署任何内容。</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer in time. Try again later. Nothing was signed.</source>
        <translation>时间戳服务机构 %1 未及时响应。请稍后再试。未签署任何内容。</translation>
    </message>
    <message>
        <source>The timestamp authority %1 refused to give a timestamp. Nothing was signed.</source>
        <translation>时间戳服务机构 %1 拒绝提供时间戳。未签署任何内容。</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer with a timestamp (is the address right?). Nothing was signed.</source>
        <translation>时间戳服务机构 %1 未返回时间戳（地址是否正确？）。未签署任何内容。</translation>
    </message>
    <message>
        <source>The timestamp authority %1 returned a timestamp that fails the checks, so it was not used. Nothing was signed.</source>
        <translation>时间戳服务机构 %1 返回的时间戳未通过检查，因此未被使用。未签署任何内容。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is revoked. Nothing was signed.</source>
        <translation>签名人的证书已被吊销。未签署任何内容。</translation>
    </message>
    <message>
        <source>The smart card or token could not sign: %1</source>
        <translation>智能卡或令牌无法签名：%1</translation>
    </message>
    <message>
        <source>The PDF could not be signed: %1</source>
        <translation>无法签署该 PDF：%1</translation>
    </message>
    <message>
        <source>Warning: the timestamp authority %1 could not be reached or failed, so the signature was made at level B-B, without a timestamp, as chosen in Preferences. It is not a %2 signature; sign again when the timestamp authority is available.</source>
        <translation>警告：无法连接时间戳服务机构 %1 或其出错，因此已按首选项中的选择以 B-B 级别签名，没有时间戳。这不是 %2 签名；请在时间戳服务机构可用时重新签名。</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>正在签名</translation>
    </message>
    <message>
        <source>Signing: asking the timestamp authority %1 for a timestamp. This can take a few seconds…</source>
        <translation>正在签名：正在向时间戳服务机构 %1 请求时间戳。这可能需要几秒钟…</translation>
    </message>
    <message>
        <source>Level B-LT needs the revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority. Add them in Preferences, or choose level B-T.</source>
        <translation>B-LT 级别需要您的证书颁发者和时间戳服务机构的吊销列表（CRL 文件）。请在首选项中添加，或选择 B-T 级别。</translation>
    </message>
    <message>
        <source>The revocation list %1 cannot be read.</source>
        <translation>无法读取吊销列表 %1。</translation>
    </message>
    <message>
        <source>The revocation list %1 is larger than 20 MB.</source>
        <translation>吊销列表 %1 大于 20 MB。</translation>
    </message>
    <message>
        <source>A revocation list set in Preferences is not a valid CRL file. Nothing was signed.</source>
        <translation>首选项中设置的某个吊销列表不是有效的 CRL 文件。未签署任何内容。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>mlawriter — requests for mutual legal assistance (UNTOC article 18)</source>
        <translation>mlawriter——司法协助请求（《有组织犯罪公约》第十八条）</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新请求</translation>
    </message>
    <message>
        <source>&amp;New blank request</source>
        <translation>新建空白请求(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;From a sample:</source>
        <translation>从样本(&amp;F)：</translation>
    </message>
    <message>
        <source>Start from &amp;sample</source>
        <translation>从样本开始(&amp;S)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>打开草稿(&amp;O)…</translation>
    </message>
    <message>
        <source>Open for re&amp;view…</source>
        <translation>打开以审核(&amp;V)…</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>最近的草稿</translation>
    </message>
    <message>
        <source>Open re&amp;cent draft</source>
        <translation>打开最近的草稿(&amp;C)</translation>
    </message>
    <message>
        <source>Recovered drafts</source>
        <translation>已恢复的草稿</translation>
    </message>
    <message>
        <source>Drafts recovered after the application stopped unexpectedly. Restore one to continue where you left off.</source>
        <translation>应用程序意外停止后恢复的草稿。恢复其中之一即可从中断处继续。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation>打开包(&amp;P)…</translation>
    </message>
    <message>
        <source>Decrypt and check a received request package</source>
        <translation>解密并检查收到的请求包</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>逾期案件</translation>
    </message>
    <message>
        <source>Open the c&amp;ase in the register</source>
        <translation>在登记册中打开案件(&amp;A)</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Requested State</source>
        <translation>被请求国</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Name in any UN language, or ISO code</source>
        <translation>任一联合国语文的名称或 ISO 代码</translation>
    </message>
    <message>
        <source>What the database knows</source>
        <translation>数据库中的资料</translation>
    </message>
    <message>
        <source>Legal basis and channel</source>
        <translation>法律依据和渠道</translation>
    </message>
    <message>
        <source>&amp;I write in:</source>
        <translation>我使用的语文(&amp;I)：</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>法律依据(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Treaty:</source>
        <translation>条约(&amp;T)：</translation>
    </message>
    <message>
        <source>Title of the treaty</source>
        <translation>条约名称</translation>
    </message>
    <message>
        <source>Treaty &amp;article:</source>
        <translation>条约条款(&amp;A)：</translation>
    </message>
    <message>
        <source>We give an assurance of &amp;reciprocity</source>
        <translation>我方作出互惠保证(&amp;R)</translation>
    </message>
    <message>
        <source>Trans&amp;national (art. 3):</source>
        <translation>跨国性质（第三条）(&amp;N)：</translation>
    </message>
    <message>
        <source>Organized criminal &amp;group (art. 2):</source>
        <translation>有组织犯罪集团（第二条）(&amp;G)：</translation>
    </message>
    <message>
        <source>Scope &amp;explanation:</source>
        <translation>适用范围说明(&amp;E)：</translation>
    </message>
    <message>
        <source>Why the offence falls within the Convention (art. 3)</source>
        <translation>该犯罪为何属于《公约》适用范围（第三条）</translation>
    </message>
    <message>
        <source>&amp;Channel (18(13)):</source>
        <translation>渠道（18(13)）(&amp;C)：</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>紧急(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>期限(&amp;D)：</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>&amp;Reasons (18(24)):</source>
        <translation>理由（18(24)）(&amp;R)：</translation>
    </message>
    <message>
        <source>Why the request is urgent and what happens if the deadline is missed</source>
        <translation>请求为何紧急，以及错过期限会有何后果</translation>
    </message>
    <message>
        <source>States found</source>
        <translation>找到的国家</translation>
    </message>
    <message>
        <source>Requirements of the requested State</source>
        <translation>被请求国的要求</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The interface translations are provided for convenience and await review by a qualified translator.</source>
        <translation>界面译文仅为方便使用而提供，尚待合格译员审校。</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Wizard</source>
        <translation>向导</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Pages of the request</source>
        <translation>请求书各页</translation>
    </message>
</context>
<context>
    <name>mla::gui::AuthorityPage</name>
    <message>
        <source>Remove logo</source>
        <translation>移除标志</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Name of the profile:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>请求机关</translation>
    </message>
    <message>
        <source>Use profile %1</source>
        <translation>使用配置 %1</translation>
    </message>
    <message>
        <source>Set logo</source>
        <translation>设置标志</translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation>信头标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>无法读取该图像。</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
</context>
<context>
    <name>mla::gui::CaseDialog</name>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>事件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>添加事件(&amp;A)…</translation>
    </message>
    <message>
        <source>%1 (%2), %3 → %4
Status: %5
Their reference: %6
Measures: %7
Next action: %8</source>
        <translation>%1（%2），%3 → %4
状态：%5
对方编号：%6
措施：%7
下一步行动：%8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Add the event “%1” dated %2 to case %3? Events stay in the timeline and the audit log; they cannot be removed.</source>
        <translation>将日期为 %2 的事件“%1”添加到案件 %3？事件将保留在时间线和审计日志中，无法删除。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Added, with a remark: %1</source>
        <translation>已添加，附注：%1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>发送(&amp;S)…</translation>
    </message>
    <message>
        <source>Send this case&apos;s request as an encrypted package and record it as sent</source>
        <translation>将此案件的请求作为加密包发送，并记录为已发送</translation>
    </message>
    <message>
        <source>channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>their reference: %1</source>
        <translation>对方编号：%1</translation>
    </message>
    <message>
        <source>ground 18(21)(%1)</source>
        <translation>理由 18(21)(%1)</translation>
    </message>
    <message>
        <source>%1 %2 (SHA-256 %3…)</source>
        <translation>%1 %2（SHA-256 %3…）</translation>
    </message>
</context>
<context>
    <name>mla::gui::CaseRecorder</name>
    <message>
        <source>submitted for review</source>
        <translation>已提交审核</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认收到</translation>
    </message>
    <message>
        <source>Not recorded in the case register: %1</source>
        <translation>未记入案件登记册：%1</translation>
    </message>
    <message>
        <source>Case %1: “%2” was not recorded: %3</source>
        <translation>案件 %1：“%2”未记录：%3</translation>
    </message>
    <message>
        <source>Case %1: “%2” recorded in the case register.</source>
        <translation>案件 %1：“%2”已记入案件登记册。</translation>
    </message>
    <message>
        <source>This request is not in the case register, and it cannot be registered without a reference (requesting authority).</source>
        <translation>此请求不在案件登记册中，没有编号（请求机关）无法登记。</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>案件登记册</translation>
    </message>
    <message>
        <source>This request is not in the case register yet. Register it as a new outgoing case %1? Its history becomes the case&apos;s timeline, and the next steps are recorded by themselves.</source>
        <translation>此请求尚未列入案件登记册。是否将其登记为新的发出案件 %1？其历史记录将成为案件的时间线，后续步骤将自动记录。</translation>
    </message>
    <message>
        <source>The request was not registered: %1</source>
        <translation>请求未登记：%1</translation>
    </message>
    <message>
        <source>Registered as case %1 (%2).</source>
        <translation>已登记为案件 %1（%2）。</translation>
    </message>
    <message>
        <source>Not recorded in the case register: the draft has no reference.</source>
        <translation>未记入案件登记册：草稿没有编号。</translation>
    </message>
</context>
<context>
    <name>mla::gui::ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
</context>
<context>
    <name>mla::gui::ChecksPanel</name>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>%1 (field: %2)</source>
        <translation>%1（字段：%2）</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>没有检查结果。</translation>
    </message>
    <message>
        <source>%1 blocking, %2 warnings, %3 for information.</source>
        <translation>%1 项阻断性，%2 项警告，%3 项供参考。</translation>
    </message>
    <message>
        <source>Open in the &amp;knowledge editor…</source>
        <translation>在知识编辑器中打开(&amp;K)…</translation>
    </message>
    <message>
        <source>Opens the knowledge editor at the record that would settle this finding</source>
        <translation>在可解决此项检查结果的记录处打开知识编辑器</translation>
    </message>
    <message>
        <source>Findings that something is unknown say here which record would settle them.</source>
        <translation>对于“未知”类检查结果，此处说明哪条记录可以解决。</translation>
    </message>
    <message>
        <source>To settle this, record the %1 record of %2 (with its source).</source>
        <translation>如需解决，请录入 %2 的 %1 记录（附来源）。</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>询问：%1</translation>
    </message>
</context>
<context>
    <name>mla::gui::DateField</name>
    <message>
        <source>%1: calendar</source>
        <translation>%1：日历</translation>
    </message>
    <message>
        <source>Type a date as %1, for example %2, or pick it in the calendar (Alt+Down).</source>
        <translation>请按 %1 格式输入日期，例如 %2，或在日历中选择（Alt+向下键）。</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>在日历中选择日期（Alt+向下键）</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>mla::gui::DraftSession</name>
    <message>
        <source>“%1” is not a date; correct it before saving (nothing was saved)</source>
        <translation>“%1”不是有效日期；请先更正再保存（未保存任何内容）</translation>
    </message>
</context>
<context>
    <name>mla::gui::FactAgeSetting</name>
    <message>
        <source>Facts of the requirements database whose source is older than this are marked as possibly outdated: in the wizard, the findings, the knowledge editor and the addressee of the request.</source>
        <translation>来源早于此年限的要求数据库信息将被标记为可能已过时：在向导、检查结果、知识编辑器以及请求的收件机关中。</translation>
    </message>
    <message>
        <source>Facts possibly &amp;outdated after (years):</source>
        <translation>信息在以下年数后可能过时(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>mla::gui::FactsPage</name>
    <message>
        <source>Summary of facts</source>
        <translation>事实摘要</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mla::gui::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Cannot read the trust anchors %1: %2</source>
        <translation>无法读取信任锚 %1：%2</translation>
    </message>
</context>
<context>
    <name>mla::gui::ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <source>Signed by %1 at %2.</source>
        <translation>由 %1 于 %2 签名。</translation>
    </message>
    <message>
        <source>UNSIGNED package: its origin cannot be checked.</source>
        <translation>未签名的包：无法核验其来源。</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 kept, %4 rejected. Nothing has been written yet.</source>
        <translation>添加 %1 条，更新 %2 条，保留 %3 条，拒绝 %4 条。尚未写入任何内容。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Reason or changes (old → new)</source>
        <translation>原因或更改（旧 → 新）</translation>
    </message>
    <message>
        <source>&amp;Import these changes</source>
        <translation>导入这些更改(&amp;I)</translation>
    </message>
    <message>
        <source>I accept an &amp;unsigned package whose origin cannot be checked</source>
        <translation>我接受来源无法核验的未签名包(&amp;U)</translation>
    </message>
</context>
<context>
    <name>mla::gui::ImportReceiptDialog</name>
    <message>
        <source>Receipts (*.mlapr)</source>
        <translation>回执 (*.mlapr)</translation>
    </message>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>请求包 (*.mlap)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>身份 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Record in draft…</source>
        <translation>记入草稿(&amp;R)…</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>导入回执</translation>
    </message>
    <message>
        <source>&amp;Receipt:</source>
        <translation>回执(&amp;R)：</translation>
    </message>
    <message>
        <source>Package &amp;sent:</source>
        <translation>已发送的包(&amp;S)：</translation>
    </message>
    <message>
        <source>Your &amp;identity (optional, to reopen the package):</source>
        <translation>您的身份（可选，用于重新打开包）(&amp;I)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Additional &amp;trusted certificates:</source>
        <translation>其他受信任证书(&amp;T)：</translation>
    </message>
    <message>
        <source>The receipt cannot be checked: %1</source>
        <translation>无法检查该回执：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 无法读取或过大</translation>
    </message>
    <message>
        <source>Acknowledged: %1 opened package %2 and every check passed.</source>
        <translation>已确认收到：%1 打开了包 %2，所有检查均通过。</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>未记录任何内容：%1</translation>
    </message>
    <message>
        <source>Nothing was recorded: the draft&apos;s reference is not %1.</source>
        <translation>未记录任何内容：草稿的编号不是 %1。</translation>
    </message>
    <message>
        <source>Recorded as acknowledged in %1.</source>
        <translation>已在 %1 中记录为已确认收到。</translation>
    </message>
    <message>
        <source>Draft of the request</source>
        <translation>请求草稿</translation>
    </message>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>草稿 (*.mlar)</translation>
    </message>
    <message>
        <source>Record &quot;acknowledged&quot; in the history of %1? (The previous file is kept as .bak.)</source>
        <translation>在 %1 的历史中记录“已确认收到”？（原文件保留为 .bak。）</translation>
    </message>
    <message>
        <source>Record in case re&amp;gister…</source>
        <translation>记入案件登记册(&amp;G)…</translation>
    </message>
    <message>
        <source>Record “acknowledged” with their reference in case %1 of the case register?</source>
        <translation>在案件登记册的案件 %1 中记录“已确认收到”及对方编号？</translation>
    </message>
</context>
<context>
    <name>mla::gui::KnowledgeWindow</name>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Knowledge of States</source>
        <translation>各国信息</translation>
    </message>
    <message>
        <source>Search a State: ISO code or name in any UN language</source>
        <translation>搜索国家：ISO 代码或任一联合国语文的名称</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>国家(&amp;S)：</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>来源日期</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>核实人</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>&amp;History of the selected record:</source>
        <translation>所选记录的历史(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>包(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export signed package…</source>
        <translation>导出已签名的包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>导入包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Trusted publishers…</source>
        <translation>受信任的发布者(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About the &amp;knowledge editor</source>
        <translation>关于信息编辑器(&amp;K)</translation>
    </message>
    <message>
        <source>Each record says what is known of a State, with its source. A section without a record is unknown: verify with the central authority. Every change needs a source; changes can be undone. Packages you export are signed with your identity; packages you import are checked against the publishers you trust, and shown before anything is written.</source>
        <translation>每条记录说明关于一个国家的已知信息及其来源。没有记录的部分即为未知：请向中央机关核实。每项更改都需要来源；更改可以撤销。导出的包用您的身份签名；导入的包依据您信任的发布者进行核验，并在写入前显示。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>%1 — %2 (M49 %3)</source>
        <translation>%1 — %2（M49 %3）</translation>
    </message>
    <message>
        <source>unknown — nothing recorded; verify with the central authority</source>
        <translation>未知——无记录；请向中央机关核实</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source> — possibly outdated</source>
        <translation>——可能已过时</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1, signed by %2</source>
        <translation>%1，签名者：%2</translation>
    </message>
    <message>
        <source>No change recorded in this installation.</source>
        <translation>此安装中未记录任何更改。</translation>
    </message>
    <message>
        <source>nothing recorded to remove</source>
        <translation>没有可删除的记录</translation>
    </message>
    <message>
        <source>Record not saved</source>
        <translation>记录未保存</translation>
    </message>
    <message>
        <source>Remove the record?</source>
        <translation>删除该记录？</translation>
    </message>
    <message>
        <source>Remove the %1 record of %2? The section then reads unknown. You can undo this.</source>
        <translation>删除 %2 的 %1 记录？该部分将变为未知。您可以撤销此操作。</translation>
    </message>
    <message>
        <source>Record not removed</source>
        <translation>记录未删除</translation>
    </message>
    <message>
        <source>Export signed package</source>
        <translation>导出已签名的包</translation>
    </message>
    <message>
        <source>Signed requirements package (*.mlreq)</source>
        <translation>已签名的要求包 (*.mlreq)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Signed package written: %1</source>
        <translation>已写入签名包：%1</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>导入包</translation>
    </message>
    <message>
        <source>Requirements packages (*.mlreq *.xml);;All files (*)</source>
        <translation>要求包 (*.mlreq *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsigned package</source>
        <translation>未签名的包</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>包被拒绝</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>The database has no record of %1.</source>
        <translation>数据库中没有 %1 的记录。</translation>
    </message>
    <message>
        <source>No %1 record of %2 yet: Record &gt; Add (Ctrl+N) records one with its source.</source>
        <translation>%2 尚无 %1 记录：使用“记录 &gt; 添加”（Ctrl+N）录入并附来源。</translation>
    </message>
    <message>
        <source>Sign the requirements package with your identity. Those who trust your certificate will be able to import it.</source>
        <translation>请用您的身份签署该要求包。信任您证书的人将能够导入它。</translation>
    </message>
    <message>
        <source>Requirements package</source>
        <translation>要求包</translation>
    </message>
    <message>
        <source>Which records go into the package?</source>
        <translation>哪些记录放入包中？</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>Every State</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>This package is not signed: nobody vouches for it and its origin cannot be checked. Show what it would change anyway?</source>
        <translation>此包未签名：无人为其担保，也无法核实其来源。仍要显示它将更改的内容吗？</translation>
    </message>
    <message>
        <source>&amp;Show the unsigned package</source>
        <translation>显示未签名的包(&amp;S)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 records added, %2 updated.</source>
        <translation>已添加 %1 条记录，已更新 %2 条。</translation>
    </message>
</context>
<context>
    <name>mla::gui::MainWindow</name>
    <message>
        <source>The sample could not be opened.</source>
        <translation>无法打开样本。</translation>
    </message>
    <message>
        <source>The draft could not be opened.</source>
        <translation>无法打开草稿。</translation>
    </message>
    <message>
        <source>The recovered draft could not be read.</source>
        <translation>无法读取已恢复的草稿。</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>新建请求(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>打开草稿(&amp;O)…</translation>
    </message>
    <message>
        <source>Open for re&amp;view…</source>
        <translation>打开以审核(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close draft</source>
        <translation>关闭草稿(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>开始页(&amp;S)</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>未命名请求</translation>
    </message>
    <message>
        <source>%1[*] (review) — mlawriter</source>
        <translation>%1[*]（审核）— mlawriter</translation>
    </message>
    <message>
        <source>%1[*] — mlawriter</source>
        <translation>%1[*] — mlawriter</translation>
    </message>
    <message>
        <source>from the sample %1</source>
        <translation>基于样本 %1</translation>
    </message>
    <message>
        <source>Recovered draft restored. Save it to keep it.</source>
        <translation>已还原恢复的草稿。请保存以保留该草稿。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>草稿 (*.mlar)</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>无法保存草稿。</translation>
    </message>
    <message>
        <source>Open a draft for review</source>
        <translation>打开草稿以审核</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>打开草稿</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The draft has changes that are not saved. Save them?</source>
        <translation>草稿有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>mlawriter</source>
        <translation>mlawriter</translation>
    </message>
    <message>
        <source>This request is signed. If you edit it, the signed PDF no longer matches it: the request goes back to draft and must be signed again.</source>
        <translation>此请求已签署。如果编辑它，已签署的 PDF 将不再与之相符：请求将退回草稿状态，必须重新签署。</translation>
    </message>
    <message>
        <source>This request is approved. If you edit it, the approval no longer covers it: the request goes back to draft and needs a new review.</source>
        <translation>此请求已获批准。如果编辑它，批准将不再涵盖它：请求将退回草稿状态，需要重新审核。</translation>
    </message>
    <message>
        <source>Edit a signed or approved request</source>
        <translation>编辑已签署或已批准的请求</translation>
    </message>
    <message>
        <source>Edit it?</source>
        <translation>是否编辑？</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>提交审核(&amp;B)</translation>
    </message>
    <message>
        <source>Send the draft to the reviewer; the case register records it</source>
        <translation>将草稿交给审核人；案件登记册会记录此步骤</translation>
    </message>
    <message>
        <source>No draft is open for editing.</source>
        <translation>没有打开可编辑的草稿。</translation>
    </message>
    <message>
        <source>Only a draft or a returned request can be submitted; this one is “%1”.</source>
        <translation>只有草稿或已退回的请求可以提交；此请求为“%1”。</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>The received request is open read-only, with its checks.</source>
        <translation>收到的请求已以只读方式打开，并附检查结果。</translation>
    </message>
    <message>
        <source>Save the draft first: the package carries the draft as saved.</source>
        <translation>请先保存草稿：包中携带的是已保存的草稿。</translation>
    </message>
</context>
<context>
    <name>mla::gui::MeasureDetailForm</name>
    <message>
        <source>One per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1（必填）：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>mla::gui::MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>移除措施</translation>
    </message>
    <message numerus="yes">
        <source>%1 — article %2. Persons to name: at least %n.</source>
        <translation>
            <numerusform>%1——第 %2 条。须列明的人员：至少 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a measure for each type of assistance you seek.</source>
        <translation>请为所请求的每种协助添加一项措施。</translation>
    </message>
</context>
<context>
    <name>mla::gui::NotesPage</name>
    <message>
        <source>Conditions and notes</source>
        <translation>条件和说明</translation>
    </message>
    <message>
        <source>The database has no suggestion for this State — verify with its central authority.</source>
        <translation>数据库中没有针对该国的建议——请向其中心当局核实。</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>(The database records: %1)</source>
        <translation>（数据库记录：%1）</translation>
    </message>
</context>
<context>
    <name>mla::gui::OffencesPage</name>
    <message>
        <source>Offence %1</source>
        <translation>犯罪 %1</translation>
    </message>
    <message>
        <source>Remove conduct</source>
        <translation>移除行为</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>犯罪</translation>
    </message>
    <message>
        <source>Add offence</source>
        <translation>添加犯罪</translation>
    </message>
    <message>
        <source>Remove offence</source>
        <translation>移除犯罪</translation>
    </message>
    <message>
        <source>Add conduct</source>
        <translation>添加行为</translation>
    </message>
</context>
<context>
    <name>mla::gui::OpenPackageDialog</name>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>请求包 (*.mlap)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>身份 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Extract…</source>
        <translation>提取(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>写回执(&amp;W)…</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>打开包</translation>
    </message>
    <message>
        <source>Write receipt</source>
        <translation>写回执</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>包(&amp;P)：</translation>
    </message>
    <message>
        <source>Your &amp;identity (PKCS#12):</source>
        <translation>您的身份（PKCS#12）(&amp;I)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Additional &amp;trusted certificates:</source>
        <translation>其他受信任证书(&amp;T)：</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>您的编号(&amp;R)：</translation>
    </message>
    <message>
        <source>The package cannot be opened: %1</source>
        <translation>无法打开该包：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 无法读取或过大</translation>
    </message>
    <message>
        <source>Every check passed: the package comes from %1 and nothing in it changed.</source>
        <translation>所有检查均通过：该包来自 %1，内容未被更改。</translation>
    </message>
    <message>
        <source>REFUSED: checks failed. Nothing can be extracted. Failed: %1</source>
        <translation>已拒绝：检查未通过，无法提取任何内容。未通过：%1</translation>
    </message>
    <message>
        <source>Extracted into %1.</source>
        <translation>已提取到 %1。</translation>
    </message>
    <message>
        <source>Nothing was extracted: %1</source>
        <translation>未提取任何内容：%1</translation>
    </message>
    <message>
        <source>No receipt was written: %1</source>
        <translation>未写入任何回执：%1</translation>
    </message>
    <message>
        <source>Receipt written to %1. Send it back to the sender.</source>
        <translation>回执已写入 %1。请将其发回发送方。</translation>
    </message>
    <message>
        <source>Folder to extract into</source>
        <translation>提取到的文件夹</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another folder.</source>
        <translation>%1 已存在。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Some checks failed. The receipt will tell the sender which. Write it?</source>
        <translation>部分检查未通过。回执会告知发送方是哪些。仍要写入吗？</translation>
    </message>
    <message>
        <source>Receipts (*.mlapr)</source>
        <translation>回执 (*.mlapr)</translation>
    </message>
    <message>
        <source>Register as inco&amp;ming case…</source>
        <translation>登记为收到的案件(&amp;M)…</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>未登记：%1</translation>
    </message>
    <message>
        <source>Registered as incoming case %1 from %2 (their reference %3).</source>
        <translation>已登记为来自 %2 的收到案件 %1（对方编号 %3）。</translation>
    </message>
    <message>
        <source>Register as incoming case</source>
        <translation>登记为收到的案件</translation>
    </message>
    <message>
        <source>Our reference for this request from %1 (their reference %2):</source>
        <translation>我方对 %1 此请求的编号（对方编号 %2）：</translation>
    </message>
    <message>
        <source>Open the request&apos;s draft now, read-only, with the checks?</source>
        <translation>现在以只读方式打开请求草稿并运行检查？</translation>
    </message>
</context>
<context>
    <name>mla::gui::OutputPage</name>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the draft: %n page(s).</source>
        <translation>
            <numerusform>草稿预览：共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not translated into the output language: %1.</source>
        <translation>未译成输出语文：%1。</translation>
    </message>
    <message>
        <source>The fixed text in this language awaits review by a qualified legal translator.</source>
        <translation>该语文的固定文本尚待合格的法律译员审校。</translation>
    </message>
    <message numerus="yes">
        <source>The request cannot be signed: %n blocking finding(s) remain. See the checks page.</source>
        <translation>
            <numerusform>无法签署请求：仍有 %n 项阻断性检查结果。请参阅检查页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>The request cannot be signed while blocking findings remain.</source>
        <translation>存在阻断性检查结果时无法签署请求。</translation>
    </message>
    <message>
        <source>Sign the request in %1 as %2.</source>
        <translation>以 %2 身份签署 %1 请求书。</translation>
    </message>
    <message>
        <source>Request for mutual legal assistance</source>
        <translation>司法协助请求</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>无法保存 PDF：%1</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需翻译</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>Draft translation</source>
        <translation>译文草稿</translation>
    </message>
    <message>
        <source>Translated, not reviewed</source>
        <translation>已翻译，未审校</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审校</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n field(s) for translation into %1 to %2.</source>
        <translation>
            <numerusform>已将 %n 个字段导出到 %2，以供译为%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) not exported (empty or not in the source language).</source>
        <translation>
            <numerusform>%n 个字段未导出（为空或不是源语言）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import translation</source>
        <translation>导入译文</translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) into %1 applied from %2.</source>
        <translation>
            <numerusform>已从 %2 应用 %n 条%1译文。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) already in the draft.</source>
        <translation>
            <numerusform>%n 个单元已在草稿中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without a translation.</source>
        <translation>
            <numerusform>%n 个单元没有译文。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) refused; the draft keeps those fields as they were.</source>
        <translation>
            <numerusform>%n 个单元被拒绝；草稿中这些字段保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2, field %3: %4</source>
        <translation>第 %1 行：%2，字段 %3：%4</translation>
    </message>
    <message>
        <source>Export for translation</source>
        <translation>导出以供翻译</translation>
    </message>
    <message>
        <source>&amp;Target language:</source>
        <translation>目标语言(&amp;T)：</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>XLIFF 文件 (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>The file %1 could not be written for translation:
%2</source>
        <translation>无法写入供翻译的文件 %1：
%2</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>XLIFF 文件 (*.xlf *.xliff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The translation in %1 could not be imported:
%2</source>
        <translation>无法导入 %1 中的译文：
%2</translation>
    </message>
    <message>
        <source>The refused units are listed in the details.</source>
        <translation>被拒绝的单元列于详细信息中。</translation>
    </message>
    <message>
        <source>Sign the request</source>
        <translation>签署请求</translation>
    </message>
    <message>
        <source>Language of the request: %1</source>
        <translation>请求的语言：%1</translation>
    </message>
    <message>
        <source>No open warnings.</source>
        <translation>没有未处理的警告。</translation>
    </message>
    <message numerus="yes">
        <source>%n open warning(s): %1</source>
        <translation>
            <numerusform>%n 个未处理的警告：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Still in the document: %1</source>
        <translation>文件中仍有：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) printed without a translation.</source>
        <translation>
            <numerusform>%n 个字段未经翻译即打印。</numerusform>
        </translation>
    </message>
    <message>
        <source>The document names %1 as signatory, but the certificate belongs to %2.</source>
        <translation>文件中的签署人为 %1，但证书属于 %2。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Signatory and certificate holder: %1</source>
        <translation>签署人兼证书持有人：%1</translation>
    </message>
    <message>
        <source>Sign now?</source>
        <translation>现在签署？</translation>
    </message>
    <message>
        <source>Signed by %1 at level %2. Save the PDF to send it.</source>
        <translation>已由 %1 以 %2 级别签名。请保存 PDF 以便发送。</translation>
    </message>
    <message>
        <source>Signed without a timestamp</source>
        <translation>已签名，无时间戳</translation>
    </message>
    <message>
        <source>Signature level: %1</source>
        <translation>签名级别：%1</translation>
    </message>
</context>
<context>
    <name>mla::gui::PersonsPage</name>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Person %1 (%2)</source>
        <translation>人员 %1（%2）</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>移除人员</translation>
    </message>
</context>
<context>
    <name>mla::gui::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s web address (http:// or https://). It certifies the time of each signature at levels B-T and B-LT.</source>
        <translation>时间戳服务机构的网址（http:// 或 https://）。它在 B-T 和 B-LT 级别证明每个签名的时间。</translation>
    </message>
    <message>
        <source>&amp;Timestamp authority:</source>
        <translation>时间戳服务机构(&amp;T)：</translation>
    </message>
    <message>
        <source>Default signature le&amp;vel:</source>
        <translation>默认签名级别(&amp;V)：</translation>
    </message>
    <message>
        <source>If the timestamp authority cannot be reached, sign &amp;without a timestamp (B-B) and warn me</source>
        <translation>如果无法连接时间戳服务机构，则不带时间戳签名（B-B）并警告我(&amp;W)</translation>
    </message>
    <message>
        <source>Level %1 needs a timestamp authority: enter its address, or choose level B-B.</source>
        <translation>级别 %1 需要时间戳服务机构：请输入其地址，或选择 B-B 级别。</translation>
    </message>
    <message>
        <source>The certificate revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority, stored in the PDF at level B-LT so that the signature can be checked years later. Separate several files with &quot;;&quot;.</source>
        <translation>您的证书颁发者和时间戳服务机构的证书吊销列表（CRL 文件），在 B-LT 级别存入 PDF，以便多年后仍可检查签名。多个文件请用“;”分隔。</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <source>Revocation lists</source>
        <translation>吊销列表</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der)</source>
        <translation>吊销列表 (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>&amp;Revocation lists for B-LT:</source>
        <translation>B-LT 所用吊销列表(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>mla::gui::PreviewWidget</name>
    <message>
        <source>No preview yet.</source>
        <translation>尚无预览。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>The PDF could not be read: %1</source>
        <translation>无法读取 PDF：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>mla::gui::ProceedingsPage</name>
    <message>
        <source>Proceedings</source>
        <translation>诉讼</translation>
    </message>
</context>
<context>
    <name>mla::gui::PublishersDialog</name>
    <message>
        <source>Trusted publishers</source>
        <translation>受信任的发布者</translation>
    </message>
    <message>
        <source>Signed requirements packages are imported only from these publishers. Before adding one, compare its fingerprint with the publisher through another channel (a call, a letter).</source>
        <translation>仅从这些发布者导入已签名的要求包。添加发布者之前，请通过其他渠道（电话、信函）与其核对指纹。</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>No trusted publisher: every signed package is refused.</source>
        <translation>没有受信任的发布者：所有已签名的包都会被拒绝。</translation>
    </message>
    <message>
        <source>&amp;Add a certificate…</source>
        <translation>添加证书(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Publisher&apos;s certificate</source>
        <translation>发布者的证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>证书 (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>不是证书</translation>
    </message>
    <message>
        <source>Trust this publisher?</source>
        <translation>信任此发布者？</translation>
    </message>
    <message>
        <source>Publisher: %1
Valid until: %2
SHA-256 fingerprint:
%3

Compare the fingerprint with the publisher through another channel. Packages signed with this certificate will be imported after a preview. Trust it?</source>
        <translation>发布者：%1
有效期至：%2
SHA-256 指纹：
%3

请通过其他渠道与发布者核对指纹。使用此证书签名的包将在预览后导入。是否信任？</translation>
    </message>
    <message>
        <source>&amp;Trust this publisher</source>
        <translation>信任此发布者(&amp;T)</translation>
    </message>
    <message>
        <source>Remove the publisher?</source>
        <translation>删除该发布者？</translation>
    </message>
    <message>
        <source>Stop trusting %1?
Packages it signed will be refused from now on; records already imported stay.</source>
        <translation>不再信任 %1？
今后其签名的包将被拒绝；已导入的记录保留。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>mla::gui::RecordDialog</name>
    <message>
        <source>Add a record</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Edit a record</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>记录类型(&amp;K)：</translation>
    </message>
    <message>
        <source>required: the document, notification, page or call this rests on</source>
        <translation>必填：所依据的文件、通知、网页或电话</translation>
    </message>
    <message>
        <source>yyyy-mm-dd: the date the source speaks for</source>
        <translation>yyyy-mm-dd：来源所反映的日期</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Source &amp;date:</source>
        <translation>来源日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Verified on:</source>
        <translation>核实日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation>核实人(&amp;B)：</translation>
    </message>
    <message>
        <source>unknown — verify</source>
        <translation>未知——请核实</translation>
    </message>
    <message>
        <source>A source is required: say what this record rests on.</source>
        <translation>必须提供来源：请说明此记录的依据。</translation>
    </message>
    <message>
        <source>Dates are written yyyy-mm-dd: &apos;%1&apos;.</source>
        <translation>日期格式为 yyyy-mm-dd：“%1”。</translation>
    </message>
</context>
<context>
    <name>mla::gui::RecoveryDialog</name>
    <message>
        <source>Recovered drafts</source>
        <translation>已恢复的草稿</translation>
    </message>
    <message>
        <source>mlawriter was not closed properly. These drafts were saved automatically and can be restored; restore one to continue where you stopped.</source>
        <translation>mlawriter 未正常关闭。这些草稿已自动保存，可以恢复；恢复其中一份即可从中断处继续。</translation>
    </message>
    <message>
        <source>&amp;Recovered drafts:</source>
        <translation>已恢复的草稿(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>丢弃(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Discard the recovered draft</source>
        <translation>丢弃已恢复的草稿</translation>
    </message>
    <message>
        <source>Discard this recovered draft? It cannot be restored afterwards.</source>
        <translation>丢弃此已恢复的草稿？之后将无法恢复。</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>无标题请求</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <source>%1 — %2, saved %3</source>
        <translation>%1 — %2，保存于 %3</translation>
    </message>
</context>
<context>
    <name>mla::gui::RegisterWindow</name>
    <message>
        <source>Case register</source>
        <translation>案件登记簿</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>编号(&amp;R)：</translation>
    </message>
    <message>
        <source>Search our or their reference</source>
        <translation>搜索我方或对方编号</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>我方编号</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>对方编号</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Other State</source>
        <translation>对方国家</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>The register cannot be opened: %1</source>
        <translation>无法打开登记簿：%1</translation>
    </message>
    <message>
        <source>Case &amp;register…</source>
        <translation>案件登记簿(&amp;R)…</translation>
    </message>
    <message>
        <source>All cases (%1)</source>
        <translation>全部案件（%1）</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>未结（%1）</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>逾期（%1）</translation>
    </message>
    <message>
        <source>Due within 7 days (%1)</source>
        <translation>7天内到期（%1）</translation>
    </message>
    <message>
        <source>No next action (%1)</source>
        <translation>无下一步行动（%1）</translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>无法读取登记簿：%1</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matching cases in %3</source>
        <translation>显示 %3 中 %2 个匹配案件中的 %1 个</translation>
    </message>
    <message>
        <source>Register a received &amp;PDF…</source>
        <translation>登记收到的 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>A signed request PDF that carries its draft becomes an incoming case</source>
        <translation>载有草稿的已签署请求 PDF 将成为收到的案件</translation>
    </message>
    <message>
        <source>Received signed PDF</source>
        <translation>收到的已签署 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Our reference for the request in %1:</source>
        <translation>我方对 %1 中请求的编号：</translation>
    </message>
    <message>
        <source>Open the request&apos;s draft now, read-only, with the checks?</source>
        <translation>现在以只读方式打开请求草稿并运行检查？</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>未登记：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 无法读取或过大</translation>
    </message>
    <message>
        <source>Registered as incoming case %1 from %2 (their reference %3).</source>
        <translation>已登记为来自 %2 的收到案件 %1（对方编号 %3）。</translation>
    </message>
</context>
<context>
    <name>mla::gui::ReviewView</name>
    <message>
        <source>The request</source>
        <translation>请求书</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Comments — %1</source>
        <translation>意见——%1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>&lt;p&gt;No comments yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚无意见。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — status: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;——状态：%2</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>意见为空。</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加意见</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n 条未解决的意见</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request cannot be approved while %n blocking finding(s) remain; return it to the drafter.</source>
        <translation>
            <numerusform>仍有 %n 项阻断性检查结果，无法批准请求；请将其退回起草人。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>Signed request to countersign</source>
        <translation>待副署的已签署请求</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Countersign %1 on behalf of the central authority.</source>
        <translation>代表中心当局副署 %1。</translation>
    </message>
    <message>
        <source>Approved by the central authority</source>
        <translation>已由中心当局批准</translation>
    </message>
    <message>
        <source>Save countersigned PDF</source>
        <translation>保存已副署的 PDF</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>副署</translation>
    </message>
    <message>
        <source>The PDF could not be countersigned: %1</source>
        <translation>无法副署 PDF：%1</translation>
    </message>
    <message>
        <source>Return to the drafter</source>
        <translation>退回起草人</translation>
    </message>
    <message>
        <source>Return the request to the drafter with your comments? The drafter sees them on the pages they are about.</source>
        <translation>是否将请求连同您的意见退回起草人？起草人会在意见所涉及的页面上看到这些意见。</translation>
    </message>
    <message>
        <source>Approve the request</source>
        <translation>批准请求</translation>
    </message>
    <message>
        <source>Approve this version of the request? If it is edited afterwards, it goes back to draft and needs a new review.</source>
        <translation>是否批准此版本的请求？如果之后被编辑，它将退回草稿状态并需要重新审核。</translation>
    </message>
    <message>
        <source>The PDF could not be checked: %1</source>
        <translation>无法检查该 PDF：%1</translation>
    </message>
    <message>
        <source>The PDF is not signed; only a request signed by the drafter can be countersigned.</source>
        <translation>该 PDF 未签署；只有起草人已签署的请求才能会签。</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature does not verify (the file was changed or damaged): %1</source>
        <translation>该 PDF 的签名验证失败（文件已被更改或损坏）：%1</translation>
    </message>
    <message>
        <source>The PDF does not say which draft it was made from, so it cannot be shown to be the request under review. Ask the drafter to sign it again from this draft.</source>
        <translation>该 PDF 未注明其所依据的草稿，因此无法证明它就是正在审核的请求。请起草人根据此草稿重新签署。</translation>
    </message>
    <message>
        <source>The PDF was made from another version of the draft than the one under review. Ask the drafter to sign the current version.</source>
        <translation>该 PDF 依据的草稿版本与正在审核的版本不同。请起草人签署当前版本。</translation>
    </message>
    <message>
        <source>Open the draft under review first.</source>
        <translation>请先打开正在审核的草稿。</translation>
    </message>
    <message>
        <source>Validation &amp;report…</source>
        <translation>验证报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Check the signatures of a signed PDF and save a validation report to file with it</source>
        <translation>检查已签名 PDF 的签名，并保存一份验证报告与其一同归档</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>无法读取该 PDF。</translation>
    </message>
    <message>
        <source>The validation report could not be saved: %1</source>
        <translation>无法保存验证报告：%1</translation>
    </message>
    <message>
        <source>Signed PDF to check</source>
        <translation>要检查的已签名 PDF</translation>
    </message>
    <message>
        <source>-validation-report</source>
        <translation>-验证报告</translation>
    </message>
    <message>
        <source>Save the validation report</source>
        <translation>保存验证报告</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>验证报告</translation>
    </message>
    <message>
        <source>The validation report was saved as %1.</source>
        <translation>验证报告已保存为 %1。</translation>
    </message>
    <message>
        <source>Countersigned without a timestamp</source>
        <translation>已副署，无时间戳</translation>
    </message>
</context>
<context>
    <name>mla::gui::ScreenshotTour</name>
    <message>
        <source>Sign the request as the signatory.</source>
        <translation>以签署人身份签署请求。</translation>
    </message>
    <message>
        <source>Please state the period of the records for each account.</source>
        <translation>请注明每个账户所需记录的期间。</translation>
    </message>
</context>
<context>
    <name>mla::gui::SendPackageDialog</name>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>草稿 (*.mlar)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>身份 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Use AES-256-CBC (EnvelopedData) for recipients whose software needs it</source>
        <translation>为软件需要的收件人使用 AES-256-CBC（EnvelopedData）</translation>
    </message>
    <message>
        <source>&amp;Create package…</source>
        <translation>创建包(&amp;C)…</translation>
    </message>
    <message>
        <source>Send request package</source>
        <translation>发送请求包</translation>
    </message>
    <message>
        <source>&amp;Recipient certificates:</source>
        <translation>收件人证书(&amp;R)：</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signed request &amp;PDFs:</source>
        <translation>已签名的请求 PDF(&amp;P)：</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Draft (optional):</source>
        <translation>草稿（可选）(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>附件(&amp;A)：</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Your &amp;identity (PKCS#12):</source>
        <translation>您的身份（PKCS#12）(&amp;I)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>No package was written: %1</source>
        <translation>未写入任何包：%1</translation>
    </message>
    <message>
        <source>add at least one recipient certificate and one signed PDF</source>
        <translation>请至少添加一个收件人证书和一个已签名的 PDF</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 无法读取或过大</translation>
    </message>
    <message>
        <source>Package %1 written to %2 (%3 files). Only the chosen recipients can open it.</source>
        <translation>包 %1 已写入 %2（%3 个文件）。只有所选收件人能打开它。</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>保存包</translation>
    </message>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>请求包 (*.mlap)</translation>
    </message>
    <message>
        <source>Record “sent” in the case re&amp;gister</source>
        <translation>在案件登记册中记录“已发送”(&amp;G)</translation>
    </message>
    <message>
        <source>Central authority to central authority</source>
        <translation>中央机关之间</translation>
    </message>
    <message>
        <source>Diplomatic channels</source>
        <translation>外交途径</translation>
    </message>
    <message>
        <source>INTERPOL (urgent)</source>
        <translation>国际刑警组织（紧急）</translation>
    </message>
    <message>
        <source>C&amp;hannel (18(13)):</source>
        <translation>渠道（18(13)）(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>mla::gui::SignDialog</name>
    <message>
        <source>Signing identity</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <source>PKCS#12 identities (*.p12 *.pfx)</source>
        <translation>PKCS#12 身份 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>The identity file could not be read.</source>
        <translation>无法读取身份文件。</translation>
    </message>
    <message>
        <source>The certificate is not valid now.</source>
        <translation>该证书目前无效。</translation>
    </message>
    <message>
        <source>The identity cannot be used for signing: %1</source>
        <translation>该身份不能用于签名：%1</translation>
    </message>
    <message>
        <source>Identity file (PKCS#12)</source>
        <translation>身份文件 (PKCS#12)</translation>
    </message>
    <message>
        <source>Smart card or token (PKCS#11)</source>
        <translation>智能卡或令牌 (PKCS#11)</translation>
    </message>
    <message>
        <source>&amp;Key on:</source>
        <translation>密钥位置(&amp;K)：</translation>
    </message>
    <message>
        <source>The PKCS#11 library of the card reader or token (p11-kit&apos;s proxy reaches every configured one)</source>
        <translation>读卡器或令牌的 PKCS#11 库（p11-kit 代理可访问所有已配置的库）</translation>
    </message>
    <message>
        <source>PKCS#11 &amp;module:</source>
        <translation>PKCS#11 模块(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <source>The PKCS#11 module could not be loaded: %1</source>
        <translation>无法加载 PKCS#11 模块：%1</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 certificate)</source>
        <translation>%1 — %2（%3证书）</translation>
    </message>
    <message>
        <source>No smart card or token with a certificate fit for signing was found. Insert the card and choose Refresh.</source>
        <translation>未找到带有可用于签名的证书的智能卡或令牌。请插入卡片并选择“刷新”。</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the PIN on the reader&apos;s keypad</source>
        <translation>请在读卡器键盘上输入 PIN 码</translation>
    </message>
    <message>
        <source>Choose a certificate on a smart card or token.</source>
        <translation>请选择智能卡或令牌上的证书。</translation>
    </message>
    <message>
        <source>The PIN is wrong. After too many wrong PINs the card locks it.</source>
        <translation>PIN 码错误。错误次数过多后，卡片会锁定 PIN 码。</translation>
    </message>
    <message>
        <source>The PIN of this card is locked. It must be unlocked with the PUK or by the card&apos;s issuer.</source>
        <translation>此卡的 PIN 码已锁定，必须使用 PUK 码或由发卡机构解锁。</translation>
    </message>
    <message>
        <source>The smart card or token is not present. Insert it and choose Refresh.</source>
        <translation>智能卡或令牌不存在。请插入后选择“刷新”。</translation>
    </message>
    <message>
        <source>The key on the card cannot be used for signing: %1</source>
        <translation>卡上的密钥无法用于签名：%1</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Signature &amp;level:</source>
        <translation>签名级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Without a timestamp: the signing time is only what this computer&apos;s clock says.</source>
        <translation>无时间戳：签名时间仅为本计算机时钟所示的时间。</translation>
    </message>
    <message>
        <source>No timestamp authority is set. Enter its address in Preferences, or choose level B-B.</source>
        <translation>未设置时间戳服务机构。请在首选项中输入其地址，或选择 B-B 级别。</translation>
    </message>
    <message>
        <source>Timestamp from %1. If it cannot be reached, the signature is made at B-B and you are warned.</source>
        <translation>时间戳来自 %1。如果无法连接，将以 B-B 级别签名并警告您。</translation>
    </message>
    <message>
        <source>Timestamp from %1. If it cannot be reached, nothing is signed.</source>
        <translation>时间戳来自 %1。如果无法连接，则不签署任何内容。</translation>
    </message>
    <message>
        <source>Level %1 needs a timestamp authority. Enter its address in Preferences, or choose level B-B.</source>
        <translation>级别 %1 需要时间戳服务机构。请在首选项中输入其地址，或选择 B-B 级别。</translation>
    </message>
</context>
<context>
    <name>mla::gui::StartPage</name>
    <message>
        <source>Untitled request</source>
        <translation>未命名请求</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <source>%1 (%2) — saved %3</source>
        <translation>%1（%2）——保存于 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1（%2）— %3</translation>
    </message>
    <message>
        <source>%1 (%2) — %3: %4</source>
        <translation>%1（%2）— %3：%4</translation>
    </message>
</context>
<context>
    <name>mla::gui::StatePage</name>
    <message>
        <source>Requested State</source>
        <translation>被请求国</translation>
    </message>
    <message>
        <source>%1 (not in the database)</source>
        <translation>%1（不在数据库中）</translation>
    </message>
    <message>
        <source>No State chosen yet.</source>
        <translation>尚未选择国家。</translation>
    </message>
    <message>
        <source>Requested State: %1 (%2)</source>
        <translation>被请求国：%1（%2）</translation>
    </message>
    <message>
        <source>Open in the &amp;knowledge editor…</source>
        <translation>在知识编辑器中打开(&amp;K)…</translation>
    </message>
    <message>
        <source>See, correct or complete what the database records of this State, with sources</source>
        <translation>查看、更正或补充数据库中关于该国的记录（附来源）</translation>
    </message>
</context>
<context>
    <name>mla::gui::TransmitMenu</name>
    <message>
        <source>&amp;Transmission</source>
        <translation>传送(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>发送(&amp;S)…</translation>
    </message>
    <message>
        <source>Put signed request PDFs into an encrypted package for the requested central authority</source>
        <translation>将已签名的请求 PDF 放入发给被请求中央机关的加密包</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>打开包(&amp;O)…</translation>
    </message>
    <message>
        <source>Decrypt and check a received package, then extract it into a new folder</source>
        <translation>解密并检查收到的包，然后提取到新文件夹</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>写回执(&amp;W)…</translation>
    </message>
    <message>
        <source>Check a received package and write a signed receipt for the sender</source>
        <translation>检查收到的包并为发送方写一份签名回执</translation>
    </message>
    <message>
        <source>&amp;Import receipt…</source>
        <translation>导入回执(&amp;I)…</translation>
    </message>
    <message>
        <source>Check a receipt against the package sent and record the acknowledgement</source>
        <translation>根据已发送的包检查回执并记录确认</translation>
    </message>
</context>
<context>
    <name>mla::gui::UserDialog</name>
    <message>
        <source>About you</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <source>Your name is recorded in the history of each request and with your review comments. You can change your name later in Preferences.</source>
        <translation>您的姓名会记录在每个请求的历史记录中以及您的审核意见中。您以后可以在“首选项”中更改姓名。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>职务(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. Anna Schmidt</source>
        <translation>例如：Anna Schmidt</translation>
    </message>
    <message>
        <source>e.g. Public prosecutor</source>
        <translation>例如：检察官</translation>
    </message>
    <message>
        <source>e.g. Public Prosecutor&apos;s Office, Frankfurt am Main</source>
        <translation>例如：美因河畔法兰克福检察院</translation>
    </message>
</context>
<context>
    <name>mla::gui::Wizard</name>
    <message>
        <source>Pages of the request</source>
        <translation>请求书各页</translation>
    </message>
    <message>
        <source>Nothing essential is missing on this page.</source>
        <translation>本页没有缺少必要信息。</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Essential information missing on this page:</source>
        <translation>本页缺少的必要信息：</translation>
    </message>
    <message>
        <source>Press Next again to continue anyway. You can save an incomplete draft and complete it later.</source>
        <translation>再次按“下一步”即可继续。您可以保存不完整的草稿，稍后再补充完成。</translation>
    </message>
    <message>
        <source>Continue &amp;anyway</source>
        <translation>仍然继续(&amp;A)</translation>
    </message>
    <message>
        <source>The reviewer returned this request for changes.</source>
        <translation>审核人已退回本请求以作修改。</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comments on this page:</source>
        <translation>审核人对本页的意见：</translation>
    </message>
</context>
<context>
    <name>mla::gui::WizardPage</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
</TS>

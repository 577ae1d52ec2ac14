<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuthorityPage</name>
    <message>
        <source>Requesting authority</source>
        <translation>Requesting authority</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Saved profiles</translation>
    </message>
    <message>
        <source>&amp;Use profile</source>
        <translation>&amp;Use profile</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Save as &amp;profile…</translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation>De&amp;lete profile</translation>
    </message>
    <message>
        <source>Requesting authority (18(15)(a))</source>
        <translation>Requesting authority (18(15)(a))</translation>
    </message>
    <message>
        <source>Requesting &amp;State:</source>
        <translation>Requesting &amp;State:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>Your &amp;reference:</translation>
    </message>
    <message>
        <source>Letterhead logo:</source>
        <translation>Letterhead logo:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>Re&amp;move logo</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Name of the si&amp;gnatory:</source>
        <translation>Name of the si&amp;gnatory:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Function:</translation>
    </message>
    <message>
        <source>&amp;Place of signature:</source>
        <translation>&amp;Place of signature:</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The requesting State is not given.</source>
        <translation>The requesting State is not given.</translation>
    </message>
    <message>
        <source>The requested State is not given.</source>
        <translation>The requested State is not given.</translation>
    </message>
    <message>
        <source>The output language &apos;%1&apos; is not one of the six official UN languages.</source>
        <translation>The output language &apos;%1&apos; is not one of the six official UN languages.</translation>
    </message>
    <message>
        <source>The requesting authority is not identified.</source>
        <translation>The requesting authority is not identified.</translation>
    </message>
    <message>
        <source>The subject matter and nature of the investigation, prosecution or proceeding are not described.</source>
        <translation>The subject matter and nature of the investigation, prosecution or proceeding are not described.</translation>
    </message>
    <message>
        <source>The name of the authority conducting the investigation, prosecution or proceeding is missing.</source>
        <translation>The name of the authority conducting the investigation, prosecution or proceeding is missing.</translation>
    </message>
    <message>
        <source>The functions of the authority conducting the proceeding are not described.</source>
        <translation>The functions of the authority conducting the proceeding are not described.</translation>
    </message>
    <message>
        <source>No offence is described.</source>
        <translation>No offence is described.</translation>
    </message>
    <message>
        <source>A summary of the relevant facts is missing.</source>
        <translation>A summary of the relevant facts is missing.</translation>
    </message>
    <message>
        <source>No summary of facts is needed: the only assistance sought is service of judicial documents.</source>
        <translation>No summary of facts is needed: the only assistance sought is service of judicial documents.</translation>
    </message>
    <message>
        <source>No assistance is sought: add at least one measure.</source>
        <translation>No assistance is sought: add at least one measure.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): the assistance sought is not described.</source>
        <translation>Measure %1 (%2): the assistance sought is not described.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): the purpose for which the evidence, information or action is sought is missing.</source>
        <translation>Measure %1 (%2): the purpose for which the evidence, information or action is sought is missing.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): &apos;%3&apos; is required.</source>
        <translation>Measure %1 (%2): &apos;%3&apos; is required.</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; is not a date (yyyy-mm-dd): &apos;%3&apos;.</source>
        <translation>Measure %1: &apos;%2&apos; is not a date (yyyy-mm-dd): &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; has the value &apos;%3&apos;, which is not one of: %4.</source>
        <translation>Measure %1: &apos;%2&apos; has the value &apos;%3&apos;, which is not one of: %4.</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; takes only one value.</source>
        <translation>Measure %1: &apos;%2&apos; takes only one value.</translation>
    </message>
    <message>
        <source>Measure %1: the period ends (%2) before it starts (%3).</source>
        <translation>Measure %1: the period ends (%2) before it starts (%3).</translation>
    </message>
    <message>
        <source>Measure %1 refers to person &apos;%2&apos;, who is not in the request.</source>
        <translation>Measure %1 refers to person &apos;%2&apos;, who is not in the request.</translation>
    </message>
    <message>
        <source>Measure %1 (%2) must name at least %3 person(s); it names %4.</source>
        <translation>Measure %1 (%2) must name at least %3 person(s); it names %4.</translation>
    </message>
    <message>
        <source>%1 reports that &apos;%2&apos; is not available (%3). Alternative: %4.</source>
        <translation>%1 reports that &apos;%2&apos; is not available (%3). Alternative: %4.</translation>
    </message>
    <message>
        <source>%1 reports that &apos;%2&apos; is available with limits (%3). Alternative: %4.</source>
        <translation>%1 reports that &apos;%2&apos; is available with limits (%3). Alternative: %4.</translation>
    </message>
    <message>
        <source>%1, &apos;%2&apos;: %3</source>
        <translation>%1, &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>Offence %1: maximum penalty %2 years, a serious crime under article 2(b).</source>
        <translation>Offence %1: maximum penalty %2 years, a serious crime under article 2(b).</translation>
    </message>
    <message>
        <source>Offence %1: the maximum penalty is not given; the Convention covers serious crime (at least four years, article 2(b)) and the offences it establishes.</source>
        <translation>Offence %1: the maximum penalty is not given; the Convention covers serious crime (at least four years, article 2(b)) and the offences it establishes.</translation>
    </message>
    <message>
        <source>Offence %1: a maximum penalty of %2 years is below four years and no Convention offence is named: outside article 2(b) unless another basis applies.</source>
        <translation>Offence %1: a maximum penalty of %2 years is below four years and no Convention offence is named: outside article 2(b) unless another basis applies.</translation>
    </message>
    <message>
        <source>The transnational nature of the offence (article 3(2)) is not shown.</source>
        <translation>The transnational nature of the offence (article 3(2)) is not shown.</translation>
    </message>
    <message>
        <source>The offence is stated not to be transnational (article 3(2)): the Convention may not apply.</source>
        <translation>The offence is stated not to be transnational (article 3(2)): the Convention may not apply.</translation>
    </message>
    <message>
        <source>The involvement of an organized criminal group (article 2(a)) is not shown.</source>
        <translation>The involvement of an organized criminal group (article 2(a)) is not shown.</translation>
    </message>
    <message>
        <source>No organized criminal group is stated to be involved: the Convention may not apply (article 3(1)).</source>
        <translation>No organized criminal group is stated to be involved: the Convention may not apply (article 3(1)).</translation>
    </message>
    <message>
        <source>Scope of the Convention shown: serious crime or Convention offence, transnational, organized criminal group (article 3).</source>
        <translation>Scope of the Convention shown: serious crime or Convention offence, transnational, organized criminal group (article 3).</translation>
    </message>
    <message>
        <source>Nothing is recorded for the requested State &apos;%1&apos;: unknown — verify with its central authority.</source>
        <translation>Nothing is recorded for the requested State &apos;%1&apos;: unknown — verify with its central authority.</translation>
    </message>
    <message>
        <source>%1 is a party to the Convention (%2).</source>
        <translation>%1 is a party to the Convention (%2).</translation>
    </message>
    <message>
        <source>Whether %1 is a party to the Convention is not recorded: unknown — verify (UN Treaty Collection, chapter XVIII-12).</source>
        <translation>Whether %1 is a party to the Convention is not recorded: unknown — verify (UN Treaty Collection, chapter XVIII-12).</translation>
    </message>
    <message>
        <source>%1 is recorded as &apos;%2&apos;, not as a party to the Convention: the Convention cannot be the legal basis.</source>
        <translation>%1 is recorded as &apos;%2&apos;, not as a party to the Convention: the Convention cannot be the legal basis.</translation>
    </message>
    <message>
        <source>The legal basis is a treaty, but the treaty is not named.</source>
        <translation>The legal basis is a treaty, but the treaty is not named.</translation>
    </message>
    <message>
        <source>The treaty &apos;%1&apos; is not recorded between %2 and %3: verify that it is in force.</source>
        <translation>The treaty &apos;%1&apos; is not recorded between %2 and %3: verify that it is in force.</translation>
    </message>
    <message>
        <source>The treaty &apos;%1&apos; is in force between %2 and %3: it governs the request; paragraphs 9 to 29 of article 18 apply only if the States agree to apply them instead (18(7)).</source>
        <translation>The treaty &apos;%1&apos; is in force between %2 and %3: it governs the request; paragraphs 9 to 29 of article 18 apply only if the States agree to apply them instead (18(7)).</translation>
    </message>
    <message>
        <source>No mutual legal assistance treaty between %1 and %2 is recorded: paragraphs 9 to 29 of article 18 apply (18(7)). Verify that no treaty binds the two States.</source>
        <translation>No mutual legal assistance treaty between %1 and %2 is recorded: paragraphs 9 to 29 of article 18 apply (18(7)). Verify that no treaty binds the two States.</translation>
    </message>
    <message>
        <source>Whether a mutual legal assistance treaty binds %1 and %2 is unknown — verify (18(7)).</source>
        <translation>Whether a mutual legal assistance treaty binds %1 and %2 is unknown — verify (18(7)).</translation>
    </message>
    <message>
        <source>%1 does not require dual criminality. Notes: %2</source>
        <translation>%1 does not require dual criminality. Notes: %2</translation>
    </message>
    <message>
        <source>%1 requires dual criminality for coercive measures only, and none is sought.</source>
        <translation>%1 requires dual criminality for coercive measures only, and none is sought.</translation>
    </message>
    <message>
        <source>The dual-criminality policy of %1 is unknown — verify with the central authority.</source>
        <translation>The dual-criminality policy of %1 is unknown — verify with the central authority.</translation>
    </message>
    <message>
        <source>Offence %1 has no ICCS code for its conduct: dual criminality cannot be checked.</source>
        <translation>Offence %1 has no ICCS code for its conduct: dual criminality cannot be checked.</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): the conduct is an offence in %3: %4.</source>
        <translation>Offence %1 (ICCS %2): the conduct is an offence in %3: %4.</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): the conduct is recorded as not an offence in %3; assistance may be refused (18(9)). Notes: %4</source>
        <translation>Offence %1 (ICCS %2): the conduct is recorded as not an offence in %3; assistance may be refused (18(9)). Notes: %4</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): whether the conduct is an offence in %3 is unknown — verify with the central authority.</source>
        <translation>Offence %1 (ICCS %2): whether the conduct is an offence in %3 is unknown — verify with the central authority.</translation>
    </message>
    <message>
        <source>Add a dual-criminality note showing that the conduct is also an offence in %1.</source>
        <translation>Add a dual-criminality note showing that the conduct is also an offence in %1.</translation>
    </message>
    <message>
        <source>The legal basis is reciprocity, but no assurance of reciprocity is given.</source>
        <translation>The legal basis is reciprocity, but no assurance of reciprocity is given.</translation>
    </message>
    <message>
        <source>An assurance of reciprocity is given without its wording (reciprocity note).</source>
        <translation>An assurance of reciprocity is given without its wording (reciprocity note).</translation>
    </message>
    <message>
        <source>The reciprocity policy of %1 is unknown — verify with the central authority; consider giving an assurance of reciprocity.</source>
        <translation>The reciprocity policy of %1 is unknown — verify with the central authority; consider giving an assurance of reciprocity.</translation>
    </message>
    <message>
        <source>%1 does not require reciprocity. Notes: %2</source>
        <translation>%1 does not require reciprocity. Notes: %2</translation>
    </message>
    <message>
        <source>%1 requires an assurance of reciprocity, and none is given. Notes: %2</source>
        <translation>%1 requires an assurance of reciprocity, and none is given. Notes: %2</translation>
    </message>
    <message>
        <source>An assurance of reciprocity is given, as %1 requires. Notes: %2</source>
        <translation>An assurance of reciprocity is given, as %1 requires. Notes: %2</translation>
    </message>
    <message>
        <source>%1 requires reciprocity only absent a treaty, and a treaty applies. Notes: %2</source>
        <translation>%1 requires reciprocity only absent a treaty, and a treaty applies. Notes: %2</translation>
    </message>
    <message>
        <source>The languages %1 accepts are not recorded: unknown — verify with the central authority. Notes: %2</source>
        <translation>The languages %1 accepts are not recorded: unknown — verify with the central authority. Notes: %2</translation>
    </message>
    <message>
        <source>%1 accepts requests in &apos;%2&apos;. Conditions: %3</source>
        <translation>%1 accepts requests in &apos;%2&apos;. Conditions: %3</translation>
    </message>
    <message>
        <source>%1 has not notified &apos;%2&apos; as such (notified: %3); its notification sets conditions: %4 — check that the request meets them.</source>
        <translation>%1 has not notified &apos;%2&apos; as such (notified: %3); its notification sets conditions: %4 — check that the request meets them.</translation>
    </message>
    <message>
        <source>%1 has not notified &apos;%2&apos; as an acceptable language (notified: %3).</source>
        <translation>%1 has not notified &apos;%2&apos; as an acceptable language (notified: %3).</translation>
    </message>
    <message>
        <source>INTERPOL may be used only in urgent circumstances; the request is not marked urgent.</source>
        <translation>INTERPOL may be used only in urgent circumstances; the request is not marked urgent.</translation>
    </message>
    <message>
        <source>%1 does not accept requests through INTERPOL.</source>
        <translation>%1 does not accept requests through INTERPOL.</translation>
    </message>
    <message>
        <source>Whether %1 agrees to receive urgent requests through INTERPOL is unknown — verify with the central authority.</source>
        <translation>Whether %1 agrees to receive urgent requests through INTERPOL is unknown — verify with the central authority.</translation>
    </message>
    <message>
        <source>%1 accepts urgent requests through INTERPOL.</source>
        <translation>%1 accepts urgent requests through INTERPOL.</translation>
    </message>
    <message>
        <source>%1 does not accept requests through diplomatic channels.</source>
        <translation>%1 does not accept requests through diplomatic channels.</translation>
    </message>
    <message>
        <source>Whether %1 accepts requests through diplomatic channels is not recorded — verify.</source>
        <translation>Whether %1 accepts requests through diplomatic channels is not recorded — verify.</translation>
    </message>
    <message>
        <source>%1 accepts requests through diplomatic channels.</source>
        <translation>%1 accepts requests through diplomatic channels.</translation>
    </message>
    <message>
        <source>%1 requires requests to be addressed through diplomatic channels.</source>
        <translation>%1 requires requests to be addressed through diplomatic channels.</translation>
    </message>
    <message>
        <source>%1 does not accept requests sent directly to its central authority.</source>
        <translation>%1 does not accept requests sent directly to its central authority.</translation>
    </message>
    <message>
        <source>Central authority of %1: %2.</source>
        <translation>Central authority of %1: %2.</translation>
    </message>
    <message>
        <source>The central authority of %1 is not recorded: unknown — verify.</source>
        <translation>The central authority of %1 is not recorded: unknown — verify.</translation>
    </message>
    <message>
        <source>A deadline (%1) is set without reasons; deadlines are taken into account only where reasons are given.</source>
        <translation>A deadline (%1) is set without reasons; deadlines are taken into account only where reasons are given.</translation>
    </message>
    <message>
        <source>The request is marked urgent without reasons.</source>
        <translation>The request is marked urgent without reasons.</translation>
    </message>
    <message>
        <source>The deadline %1 has passed.</source>
        <translation>The deadline %1 has passed.</translation>
    </message>
    <message>
        <source>Confidentiality is requested without reasons.</source>
        <translation>Confidentiality is requested without reasons.</translation>
    </message>
    <message>
        <source>Practice of %1 on confidentiality: %2</source>
        <translation>Practice of %1 on confidentiality: %2</translation>
    </message>
    <message>
        <source>State the use to be made of the information and evidence: they may not be used for other proceedings without the requested State&apos;s consent.</source>
        <translation>State the use to be made of the information and evidence: they may not be used for other proceedings without the requested State&apos;s consent.</translation>
    </message>
    <message>
        <source>Practice of %1 on the use of evidence: %2</source>
        <translation>Practice of %1 on the use of evidence: %2</translation>
    </message>
    <message>
        <source>Person %1 has no name.</source>
        <translation>Person %1 has no name.</translation>
    </message>
    <message>
        <source>Person %1: no address or known location is given.</source>
        <translation>Person %1: no address or known location is given.</translation>
    </message>
    <message>
        <source>Person %1: nationality not given (give it where known).</source>
        <translation>Person %1: nationality not given (give it where known).</translation>
    </message>
    <message>
        <source>Person %1: &apos;%2&apos; is not an ISO 3166 alpha-3 code.</source>
        <translation>Person %1: &apos;%2&apos; is not an ISO 3166 alpha-3 code.</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional control character (U+%2): the text can display differently from what it is (spoofing risk).</source>
        <translation>%1 contains a bidirectional control character (U+%2): the text can display differently from what it is (spoofing risk).</translation>
    </message>
    <message>
        <source>%1 contains an invisible character (U+%2): two values that look the same can differ (spoofing risk).</source>
        <translation>%1 contains an invisible character (U+%2): two values that look the same can differ (spoofing risk).</translation>
    </message>
    <message>
        <source>%1 mixes Latin and %2 letters in one word (&apos;%3&apos;): look-alike letters are a spoofing risk.</source>
        <translation>%1 mixes Latin and %2 letters in one word (&apos;%3&apos;): look-alike letters are a spoofing risk.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a common-law standard with no equivalent in many systems: describe the facts that ground the suspicion instead.</source>
        <translation>&apos;%1&apos; is a common-law standard with no equivalent in many systems: describe the facts that ground the suspicion instead.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no equivalent in many systems: explain that it is a body of citizens that decides whether a person is charged, and what it needs.</source>
        <translation>&apos;%1&apos; has no equivalent in many systems: explain that it is a body of citizens that decides whether a person is charged, and what it needs.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a statute of one State: describe the conduct and cite the provision in full.</source>
        <translation>&apos;%1&apos; names a statute of one State: describe the conduct and cite the provision in full.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is unknown in many systems: describe the agreement between prosecution and defendant in plain words.</source>
        <translation>&apos;%1&apos; is unknown in many systems: describe the agreement between prosecution and defendant in plain words.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not translate: say which order, by whom, and what it compels.</source>
        <translation>&apos;%1&apos; does not translate: say which order, by whom, and what it compels.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (disclosure between the parties) is unknown in many systems: explain it in plain words.</source>
        <translation>&apos;%1&apos; (disclosure between the parties) is unknown in many systems: explain it in plain words.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a rule of evidence unknown in many systems: explain what the requested State&apos;s authorities must do or avoid.</source>
        <translation>&apos;%1&apos; is a rule of evidence unknown in many systems: explain what the requested State&apos;s authorities must do or avoid.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a national rule: state the cautions to be given to the person in full.</source>
        <translation>&apos;%1&apos; names a national rule: state the cautions to be given to the person in full.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a standard of proof that translates unevenly: explain it in plain words.</source>
        <translation>&apos;%1&apos; is a standard of proof that translates unevenly: explain it in plain words.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: describe the handling and records needed for the evidence to be admissible.</source>
        <translation>&apos;%1&apos;: describe the handling and records needed for the evidence to be admissible.</translation>
    </message>
    <message>
        <source>%1: the text is in &apos;%2&apos; and has no translation into &apos;%3&apos;.</source>
        <translation>%1: the text is in &apos;%2&apos; and has no translation into &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>%1: the translation into &apos;%2&apos; was made from an earlier version of the text.</source>
        <translation>%1: the translation into &apos;%2&apos; was made from an earlier version of the text.</translation>
    </message>
    <message>
        <source>%1: the translation into &apos;%2&apos; is still a draft.</source>
        <translation>%1: the translation into &apos;%2&apos; is still a draft.</translation>
    </message>
    <message>
        <source>Offence %1 is an offence established under the Convention or its Protocols (%2).</source>
        <translation>Offence %1 is an offence established under the Convention or its Protocols (%2).</translation>
    </message>
    <message>
        <source>The reciprocity policy of %1 is unknown — verify with the central authority; an assurance of reciprocity is given.</source>
        <translation>The reciprocity policy of %1 is unknown — verify with the central authority; an assurance of reciprocity is given.</translation>
    </message>
    <message>
        <source>%1 does not accept every request sent electronically or signed electronically (transmission: %2; electronic signature: %3): send a signed paper original. Notes: %4</source>
        <translation>%1 does not accept every request sent electronically or signed electronically (transmission: %2; electronic signature: %3): send a signed paper original. Notes: %4</translation>
    </message>
    <message>
        <source>%1 accepts requests transmitted and signed electronically. Notes: %2</source>
        <translation>%1 accepts requests transmitted and signed electronically. Notes: %2</translation>
    </message>
    <message>
        <source>Whether %1 accepts requests transmitted or signed electronically is not recorded — verify; a signed paper original may be needed.</source>
        <translation>Whether %1 accepts requests transmitted or signed electronically is not recorded — verify; a signed paper original may be needed.</translation>
    </message>
    <message>
        <source>%1 has made a declaration bearing on article 18(7): %2</source>
        <translation>%1 has made a declaration bearing on article 18(7): %2</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>These findings compare the request with article 18 and with what the database knows about the requested State. Activate a finding (Enter or double-click) to go to its field.</source>
        <translation>These findings compare the request with article 18 and with what the database knows about the requested State. Activate a finding (Enter or double-click) to go to its field.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Check again</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <source>Summary of facts</source>
        <translation>Summary of facts</translation>
    </message>
    <message>
        <source>Summarise the relevant facts (18(15)(c)): who did what, when and where, and how each person and each measure sought relates to the offences. A summary is not needed when only service of documents is requested.</source>
        <translation>Summarise the relevant facts (18(15)(c)): who did what, when and where, and how each person and each measure sought relates to the offences. A summary is not needed when only service of documents is requested.</translation>
    </message>
    <message>
        <source>&amp;Summary of facts:</source>
        <translation>&amp;Summary of facts:</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>Unknown — verify with the central authority.</source>
        <translation>Unknown — verify with the central authority.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>verified %1</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>not yet verified</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>not accepted</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the requested State to see what the database knows about its requirements.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose the requested State to see what the database knows about its requirements.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the requirements database has no record of this State.</source>
        <translation>the requirements database has no record of this State.</translation>
    </message>
    <message>
        <source>UNTOC</source>
        <translation>UNTOC</translation>
    </message>
    <message>
        <source>Central authority (18(13))</source>
        <translation>Central authority (18(13))</translation>
    </message>
    <message>
        <source>Channels (18(13))</source>
        <translation>Channels (18(13))</translation>
    </message>
    <message>
        <source>central authority: %1; diplomatic: %2; INTERPOL: %3</source>
        <translation>central authority: %1; diplomatic: %2; INTERPOL: %3</translation>
    </message>
    <message>
        <source>Languages (18(14))</source>
        <translation>Languages (18(14))</translation>
    </message>
    <message>
        <source>Electronic transmission / e-signature</source>
        <translation>Electronic transmission / e-signature</translation>
    </message>
    <message>
        <source>transmission: %1; signature: %2</source>
        <translation>transmission: %1; signature: %2</translation>
    </message>
    <message>
        <source>Dual criminality (18(9))</source>
        <translation>Dual criminality (18(9))</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Reciprocity</translation>
    </message>
    <message>
        <source>Use limitation and confidentiality (18(19), 18(20))</source>
        <translation>Use limitation and confidentiality (18(19), 18(20))</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>The requesting State undertakes not to transmit or use the information or evidence furnished for investigations, prosecutions or judicial proceedings other than those stated in this request without the prior consent of the requested State (article 18(19)).</source>
        <translation>The requesting State undertakes not to transmit or use the information or evidence furnished for investigations, prosecutions or judicial proceedings other than those stated in this request without the prior consent of the requested State (article 18(19)).</translation>
    </message>
    <message>
        <source>The requesting State asks that the fact and substance of this request be kept confidential, except to the extent necessary to execute it (article 18(20)).</source>
        <translation>The requesting State asks that the fact and substance of this request be kept confidential, except to the extent necessary to execute it (article 18(20)).</translation>
    </message>
    <message>
        <source>The conduct underlying the offence of %1 (ICCS %2) is also an offence in the requested State under %3.</source>
        <translation>The conduct underlying the offence of %1 (ICCS %2) is also an offence in the requested State under %3.</translation>
    </message>
    <message>
        <source>The requesting State assures the requested State that it will comply with a future request of a similar nature from the requested State.</source>
        <translation>The requesting State assures the requested State that it will comply with a future request of a similar nature from the requested State.</translation>
    </message>
    <message>
        <source>source dated %1</source>
        <translation>source dated %1</translation>
    </message>
    <message>
        <source>source undated</source>
        <translation>source undated</translation>
    </message>
    <message numerus="yes">
        <source>— possibly outdated (older than %n year(s) or undated): verify</source>
        <translation>
            <numerusform>— possibly outdated (older than %n year or undated): verify</numerusform>
            <numerusform>— possibly outdated (older than %n years or undated): verify</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>UNTOC article 18</source>
        <translation>UNTOC article 18</translation>
    </message>
    <message>
        <source>Bilateral or multilateral treaty</source>
        <translation>Bilateral or multilateral treaty</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Reciprocity</translation>
    </message>
    <message>
        <source>Central authority</source>
        <translation>Central authority</translation>
    </message>
    <message>
        <source>Diplomatic channel</source>
        <translation>Diplomatic channel</translation>
    </message>
    <message>
        <source>INTERPOL (urgent, where agreed)</source>
        <translation>INTERPOL (urgent, where agreed)</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <translation>Prosecution</translation>
    </message>
    <message>
        <source>Judicial proceedings</source>
        <translation>Judicial proceedings</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Accused</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>Detained person</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <source>Returned to the drafter</source>
        <translation>Returned to the drafter</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Subscriber information</source>
        <translation>Subscriber information</translation>
    </message>
    <message>
        <source>Traffic data</source>
        <translation>Traffic data</translation>
    </message>
    <message>
        <source>Content data</source>
        <translation>Content data</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originals</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Certified copies</translation>
    </message>
</context>
<context>
    <name>MeasureSchema</name>
    <message>
        <source>Taking evidence or statements</source>
        <translation>Taking evidence or statements</translation>
    </message>
    <message>
        <source>Questions to be put</source>
        <translation>Questions to be put</translation>
    </message>
    <message>
        <source>Oath, caution or procedure to follow</source>
        <translation>Oath, caution or procedure to follow</translation>
    </message>
    <message>
        <source>Place of the hearing</source>
        <translation>Place of the hearing</translation>
    </message>
    <message>
        <source>Service of judicial documents</source>
        <translation>Service of judicial documents</translation>
    </message>
    <message>
        <source>Documents to be served</source>
        <translation>Documents to be served</translation>
    </message>
    <message>
        <source>Address for service</source>
        <translation>Address for service</translation>
    </message>
    <message>
        <source>Date the person is summoned to appear</source>
        <translation>Date the person is summoned to appear</translation>
    </message>
    <message>
        <source>Proof of service required</source>
        <translation>Proof of service required</translation>
    </message>
    <message>
        <source>Search and seizure</source>
        <translation>Search and seizure</translation>
    </message>
    <message>
        <source>Premises to be searched (address)</source>
        <translation>Premises to be searched (address)</translation>
    </message>
    <message>
        <source>Items to be seized</source>
        <translation>Items to be seized</translation>
    </message>
    <message>
        <source>Link between the premises and the offence</source>
        <translation>Link between the premises and the offence</translation>
    </message>
    <message>
        <source>Freezing of assets</source>
        <translation>Freezing of assets</translation>
    </message>
    <message>
        <source>Assets to be frozen</source>
        <translation>Assets to be frozen</translation>
    </message>
    <message>
        <source>Institution holding the assets</source>
        <translation>Institution holding the assets</translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation>Account numbers</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Domestic freezing order (reference)</source>
        <translation>Domestic freezing order (reference)</translation>
    </message>
    <message>
        <source>Examining objects and sites</source>
        <translation>Examining objects and sites</translation>
    </message>
    <message>
        <source>Object or site to be examined</source>
        <translation>Object or site to be examined</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Information, evidentiary items and expert evaluations</source>
        <translation>Information, evidentiary items and expert evaluations</translation>
    </message>
    <message>
        <source>Information or items sought</source>
        <translation>Information or items sought</translation>
    </message>
    <message>
        <source>Expert evaluation requested</source>
        <translation>Expert evaluation requested</translation>
    </message>
    <message>
        <source>Bank and financial records</source>
        <translation>Bank and financial records</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>Financial institution</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Types of documents</source>
        <translation>Types of documents</translation>
    </message>
    <message>
        <source>Certification or authentication required</source>
        <translation>Certification or authentication required</translation>
    </message>
    <message>
        <source>Documents and records</source>
        <translation>Documents and records</translation>
    </message>
    <message>
        <source>Documents or records sought</source>
        <translation>Documents or records sought</translation>
    </message>
    <message>
        <source>Who holds them</source>
        <translation>Who holds them</translation>
    </message>
    <message>
        <source>Originals or certified copies</source>
        <translation>Originals or certified copies</translation>
    </message>
    <message>
        <source>Identifying or tracing proceeds, property or instrumentalities</source>
        <translation>Identifying or tracing proceeds, property or instrumentalities</translation>
    </message>
    <message>
        <source>Proceeds, property or instrumentalities</source>
        <translation>Proceeds, property or instrumentalities</translation>
    </message>
    <message>
        <source>Known assets or accounts</source>
        <translation>Known assets or accounts</translation>
    </message>
    <message>
        <source>Voluntary appearance in the requesting State</source>
        <translation>Voluntary appearance in the requesting State</translation>
    </message>
    <message>
        <source>Date of appearance</source>
        <translation>Date of appearance</translation>
    </message>
    <message>
        <source>Expenses, travel and safe conduct (18(27))</source>
        <translation>Expenses, travel and safe conduct (18(27))</translation>
    </message>
    <message>
        <source>Other assistance</source>
        <translation>Other assistance</translation>
    </message>
    <message>
        <source>Assistance sought</source>
        <translation>Assistance sought</translation>
    </message>
    <message>
        <source>Expedited preservation of stored computer data</source>
        <translation>Expedited preservation of stored computer data</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>Accounts, addresses or other identifiers</source>
        <translation>Accounts, addresses or other identifiers</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Data categories</translation>
    </message>
    <message>
        <source>Follow-up request for production (reference)</source>
        <translation>Follow-up request for production (reference)</translation>
    </message>
    <message>
        <source>Access to stored computer data</source>
        <translation>Access to stored computer data</translation>
    </message>
    <message>
        <source>Earlier preservation (reference)</source>
        <translation>Earlier preservation (reference)</translation>
    </message>
    <message>
        <source>Real-time collection of traffic data</source>
        <translation>Real-time collection of traffic data</translation>
    </message>
    <message>
        <source>Collection from</source>
        <translation>Collection from</translation>
    </message>
    <message>
        <source>Collection to</source>
        <translation>Collection to</translation>
    </message>
    <message>
        <source>Hearing by videoconference</source>
        <translation>Hearing by videoconference</translation>
    </message>
    <message>
        <source>Subject of the hearing and questions</source>
        <translation>Subject of the hearing and questions</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>Proposed date</translation>
    </message>
    <message>
        <source>Judicial authority conducting the hearing</source>
        <translation>Judicial authority conducting the hearing</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technical contact</translation>
    </message>
    <message>
        <source>Interpretation needed (language)</source>
        <translation>Interpretation needed (language)</translation>
    </message>
    <message>
        <source>Temporary transfer of a detained person</source>
        <translation>Temporary transfer of a detained person</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Place of detention</translation>
    </message>
    <message>
        <source>The person consents (18(10)(a))</source>
        <translation>The person consents (18(10)(a))</translation>
    </message>
    <message>
        <source>Period of the transfer</source>
        <translation>Period of the transfer</translation>
    </message>
    <message>
        <source>Custody and return arrangements (18(11))</source>
        <translation>Custody and return arrangements (18(11))</translation>
    </message>
    <message>
        <source>Controlled delivery</source>
        <translation>Controlled delivery</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>Consignment</translation>
    </message>
    <message>
        <source>Expected route</source>
        <translation>Expected route</translation>
    </message>
    <message>
        <source>Expected dates</source>
        <translation>Expected dates</translation>
    </message>
    <message>
        <source>Joint investigation</source>
        <translation>Joint investigation</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Composition of the team</source>
        <translation>Composition of the team</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Transfer of criminal proceedings</source>
        <translation>Transfer of criminal proceedings</translation>
    </message>
    <message>
        <source>Reasons for the transfer</source>
        <translation>Reasons for the transfer</translation>
    </message>
    <message>
        <source>Contents of the case file transmitted</source>
        <translation>Contents of the case file transmitted</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Add measure</translation>
    </message>
    <message>
        <source>Re&amp;move measure</source>
        <translation>Re&amp;move measure</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>&amp;Persons concerned:</source>
        <translation>&amp;Persons concerned:</translation>
    </message>
    <message>
        <source>&amp;Description of the assistance (18(15)(d)):</source>
        <translation>&amp;Description of the assistance (18(15)(d)):</translation>
    </message>
    <message>
        <source>P&amp;urpose (18(15)(f)):</source>
        <translation>P&amp;urpose (18(15)(f)):</translation>
    </message>
    <message>
        <source>Particular p&amp;rocedures (18(17)):</source>
        <translation>Particular p&amp;rocedures (18(17)):</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>MissingInfo</name>
    <message>
        <source>Requested State</source>
        <translation>Requested State</translation>
    </message>
    <message>
        <source>Title of the treaty</source>
        <translation>Title of the treaty</translation>
    </message>
    <message>
        <source>Reasons for urgency</source>
        <translation>Reasons for urgency</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>Requesting State</translation>
    </message>
    <message>
        <source>Name of the requesting authority</source>
        <translation>Name of the requesting authority</translation>
    </message>
    <message>
        <source>Address of the requesting authority</source>
        <translation>Address of the requesting authority</translation>
    </message>
    <message>
        <source>E-mail or telephone of the requesting authority</source>
        <translation>E-mail or telephone of the requesting authority</translation>
    </message>
    <message>
        <source>Subject matter and nature of the proceedings</source>
        <translation>Subject matter and nature of the proceedings</translation>
    </message>
    <message>
        <source>Name of the authority conducting the proceedings</source>
        <translation>Name of the authority conducting the proceedings</translation>
    </message>
    <message>
        <source>Functions of the authority conducting the proceedings</source>
        <translation>Functions of the authority conducting the proceedings</translation>
    </message>
    <message>
        <source>Summary of the relevant facts</source>
        <translation>Summary of the relevant facts</translation>
    </message>
    <message>
        <source>At least one offence</source>
        <translation>At least one offence</translation>
    </message>
    <message>
        <source>Offence %1: name</source>
        <translation>Offence %1: name</translation>
    </message>
    <message>
        <source>Offence %1: text of the legal provision</source>
        <translation>Offence %1: text of the legal provision</translation>
    </message>
    <message>
        <source>Person %1: name</source>
        <translation>Person %1: name</translation>
    </message>
    <message>
        <source>At least one measure (the assistance sought)</source>
        <translation>At least one measure (the assistance sought)</translation>
    </message>
    <message>
        <source>%1: description of the assistance sought</source>
        <translation>%1: description of the assistance sought</translation>
    </message>
    <message>
        <source>%1: purpose</source>
        <translation>%1: purpose</translation>
    </message>
    <message>
        <source>%1: the person concerned</source>
        <translation>%1: the person concerned</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reasons for confidentiality</source>
        <translation>Reasons for confidentiality</translation>
    </message>
    <message>
        <source>Name of the signatory</source>
        <translation>Name of the signatory</translation>
    </message>
    <message>
        <source>Function of the signatory</source>
        <translation>Function of the signatory</translation>
    </message>
    <message>
        <source>Language of the request</source>
        <translation>Language of the request</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — article %2</source>
        <translation>%1 — article %2</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Person %1: the date of birth “%2” is not a date</source>
        <translation>Person %1: the date of birth “%2” is not a date</translation>
    </message>
    <message>
        <source>%1: %2 “%3” is not a date</source>
        <translation>%1: %2 “%3” is not a date</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Conditions and notes</source>
        <translation>Conditions and notes</translation>
    </message>
    <message>
        <source>Particular procedures (18(17)) are entered with each measure, on the Measures page.</source>
        <translation>Particular procedures (18(17)) are entered with each measure, on the Measures page.</translation>
    </message>
    <message>
        <source>Confidentiality (18(20))</source>
        <translation>Confidentiality (18(20))</translation>
    </message>
    <message>
        <source>Ask the requested State to keep the request &amp;confidential</source>
        <translation>Ask the requested State to keep the request &amp;confidential</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Reasons:</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Use suggestion</translation>
    </message>
    <message>
        <source>Use limitation (18(19))</source>
        <translation>Use limitation (18(19))</translation>
    </message>
    <message>
        <source>&amp;Use limitation:</source>
        <translation>&amp;Use limitation:</translation>
    </message>
    <message>
        <source>Use su&amp;ggestion</source>
        <translation>Use su&amp;ggestion</translation>
    </message>
    <message>
        <source>Dual criminality (18(9))</source>
        <translation>Dual criminality (18(9))</translation>
    </message>
    <message>
        <source>&amp;Dual criminality:</source>
        <translation>&amp;Dual criminality:</translation>
    </message>
    <message>
        <source>How the conduct is also an offence in the requested State, if it requires it</source>
        <translation>How the conduct is also an offence in the requested State, if it requires it</translation>
    </message>
    <message>
        <source>Use suggesti&amp;on</source>
        <translation>Use suggesti&amp;on</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Reciprocity</translation>
    </message>
    <message>
        <source>&amp;Reciprocity:</source>
        <translation>&amp;Reciprocity:</translation>
    </message>
    <message>
        <source>Use sugge&amp;stion</source>
        <translation>Use sugge&amp;stion</translation>
    </message>
</context>
<context>
    <name>OffencesPage</name>
    <message>
        <source>Offences</source>
        <translation>Offences</translation>
    </message>
    <message>
        <source>&amp;Add offence</source>
        <translation>&amp;Add offence</translation>
    </message>
    <message>
        <source>Re&amp;move offence</source>
        <translation>Re&amp;move offence</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Offence</translation>
    </message>
    <message>
        <source>&amp;Name of the offence:</source>
        <translation>&amp;Name of the offence:</translation>
    </message>
    <message>
        <source>&amp;Legal provision (text):</source>
        <translation>&amp;Legal provision (text):</translation>
    </message>
    <message>
        <source>The text of the provision, as in your law</source>
        <translation>The text of the provision, as in your law</translation>
    </message>
    <message>
        <source>Maximum &amp;penalty (years):</source>
        <translation>Maximum &amp;penalty (years):</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Con&amp;vention article:</source>
        <translation>Con&amp;vention article:</translation>
    </message>
    <message>
        <source>Con&amp;duct (ICCS):</source>
        <translation>Con&amp;duct (ICCS):</translation>
    </message>
    <message>
        <source>Remove selected cond&amp;uct</source>
        <translation>Remove selected cond&amp;uct</translation>
    </message>
    <message>
        <source>Find c&amp;onduct:</source>
        <translation>Find c&amp;onduct:</translation>
    </message>
    <message>
        <source>Search the International Classification of Crime for Statistical Purposes</source>
        <translation>Search the International Classification of Crime for Statistical Purposes</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Matches:</translation>
    </message>
    <message>
        <source>Add sele&amp;cted conduct</source>
        <translation>Add sele&amp;cted conduct</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Output &amp;language:</source>
        <translation>Output &amp;language:</translation>
    </message>
    <message>
        <source>&amp;Render PDF</source>
        <translation>&amp;Render PDF</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>S&amp;ign…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport for translation…</source>
        <translation>E&amp;xport for translation…</translation>
    </message>
    <message>
        <source>I&amp;mport translation…</source>
        <translation>I&amp;mport translation…</translation>
    </message>
    <message>
        <source>&amp;Translation of the free text into the output language:</source>
        <translation>&amp;Translation of the free text into the output language:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sen&amp;d…</source>
        <translation>Sen&amp;d…</translation>
    </message>
    <message>
        <source>Put the signed PDFs into an encrypted package for the requested central authority and record it as sent</source>
        <translation>Put the signed PDFs into an encrypted package for the requested central authority and record it as sent</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <source>Re&amp;move person</source>
        <translation>Re&amp;move person</translation>
    </message>
    <message>
        <source>Person (18(15)(e))</source>
        <translation>Person (18(15)(e))</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>In Latin script, as in the identity document</source>
        <translation>In Latin script, as in the identity document</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <source>Names in &amp;other scripts:</source>
        <translation>Names in &amp;other scripts:</translation>
    </message>
    <message>
        <source>One per line: script code, colon, name — e.g. Arab: …</source>
        <translation>One per line: script code, colon, name — e.g. Arab: …</translation>
    </message>
    <message>
        <source>A&amp;liases:</source>
        <translation>A&amp;liases:</translation>
    </message>
    <message>
        <source>Separated by semicolons</source>
        <translation>Separated by semicolons</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>Place of &amp;birth:</source>
        <translation>Place of &amp;birth:</translation>
    </message>
    <message>
        <source>&amp;Nationalities:</source>
        <translation>&amp;Nationalities:</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 codes, separated by spaces</source>
        <translation>ISO 3166 alpha-3 codes, separated by spaces</translation>
    </message>
    <message>
        <source>Identity &amp;documents:</source>
        <translation>Identity &amp;documents:</translation>
    </message>
    <message>
        <source>One per line: type; number; issuing State (ISO3); expiry (yyyy-mm-dd)</source>
        <translation>One per line: type; number; issuing State (ISO3); expiry (yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>Addr&amp;esses:</source>
        <translation>Addr&amp;esses:</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>One address per line</translation>
    </message>
    <message>
        <source>&amp;Known location:</source>
        <translation>&amp;Known location:</translation>
    </message>
    <message>
        <source>Where the person is believed to be</source>
        <translation>Where the person is believed to be</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Your &amp;name (comments and history):</source>
        <translation>Your &amp;name (comments and history):</translation>
    </message>
    <message>
        <source>&amp;Autosave every (seconds):</source>
        <translation>&amp;Autosave every (seconds):</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>Pre&amp;vious page</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>Ne&amp;xt page</translation>
    </message>
</context>
<context>
    <name>ProceedingsPage</name>
    <message>
        <source>Proceedings</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Proceedings (18(15)(b))</source>
        <translation>Proceedings (18(15)(b))</translation>
    </message>
    <message>
        <source>&amp;Type of proceedings:</source>
        <translation>&amp;Type of proceedings:</translation>
    </message>
    <message>
        <source>&amp;Subject matter and nature:</source>
        <translation>&amp;Subject matter and nature:</translation>
    </message>
    <message>
        <source>What the investigation, prosecution or proceedings are about</source>
        <translation>What the investigation, prosecution or proceedings are about</translation>
    </message>
    <message>
        <source>&amp;Conducting authority:</source>
        <translation>&amp;Conducting authority:</translation>
    </message>
    <message>
        <source>Name of the authority conducting them</source>
        <translation>Name of the authority conducting them</translation>
    </message>
    <message>
        <source>Its &amp;functions:</source>
        <translation>Its &amp;functions:</translation>
    </message>
    <message>
        <source>What that authority does and its powers</source>
        <translation>What that authority does and its powers</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>Case &amp;reference:</translation>
    </message>
</context>
<context>
    <name>RequestHtml</name>
    <message>
        <source>(missing)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <source>Requested State, legal basis, channel, urgency</source>
        <translation>Requested State, legal basis, channel, urgency</translation>
    </message>
    <message>
        <source>Requesting authority and signatory</source>
        <translation>Requesting authority and signatory</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Summary of facts</source>
        <translation>Summary of facts</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Offences</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Conditions and notes</source>
        <translation>Conditions and notes</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Requested State</source>
        <translation>Requested State</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>yes, by %1</source>
        <translation>yes, by %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>Requesting State</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject matter and nature</source>
        <translation>Subject matter and nature</translation>
    </message>
    <message>
        <source>Conducting authority</source>
        <translation>Conducting authority</translation>
    </message>
    <message>
        <source>Its functions</source>
        <translation>Its functions</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message numerus="yes">
        <source>maximum penalty %n year(s)</source>
        <translation>
            <numerusform>maximum penalty %n year</numerusform>
            <numerusform>maximum penalty %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>maximum penalty unknown</source>
        <translation>maximum penalty unknown</translation>
    </message>
    <message>
        <source>ICCS: %1</source>
        <translation>ICCS: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>requested: %1</source>
        <translation>requested: %1</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>not requested</translation>
    </message>
    <message>
        <source>Use limitation</source>
        <translation>Use limitation</translation>
    </message>
    <message>
        <source>Dual criminality</source>
        <translation>Dual criminality</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Reciprocity</translation>
    </message>
    <message>
        <source>Output language: %1</source>
        <translation>Output language: %1</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Co&amp;mment on this section:</source>
        <translation>Co&amp;mment on this section:</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Add &amp;comment</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Co&amp;untersign PDF…</source>
        <translation>Co&amp;untersign PDF…</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Save review</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>The request</translation>
    </message>
    <message>
        <source>Re&amp;turn to drafter…</source>
        <translation>Re&amp;turn to drafter…</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>Appro&amp;ve…</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>&amp;Identity file (PKCS#12):</source>
        <translation>&amp;Identity file (PKCS#12):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>L&amp;ocation:</translation>
    </message>
</context>
<context>
    <name>SignatureText</name>
    <message>
        <source>B-B — basic signature, without a timestamp</source>
        <translation>B-B — basic signature, without a timestamp</translation>
    </message>
    <message>
        <source>B-T — with a trusted timestamp</source>
        <translation>B-T — with a trusted timestamp</translation>
    </message>
    <message>
        <source>B-LT — with a timestamp and long-term validation data</source>
        <translation>B-LT — with a timestamp and long-term validation data</translation>
    </message>
    <message>
        <source>B-LTA — long-term validation data and a document timestamp</source>
        <translation>B-LTA — long-term validation data and a document timestamp</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address is not a web address. Write it in full, for example https://tsa.example.org/tsr.</source>
        <translation>The timestamp authority&apos;s address is not a web address. Write it in full, for example https://tsa.example.org/tsr.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address must start with http:// or https:// (not %1:).</source>
        <translation>The timestamp authority&apos;s address must start with http:// or https:// (not %1:).</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address names no server. Write it in full, for example https://tsa.example.org/tsr.</source>
        <translation>The timestamp authority&apos;s address names no server. Write it in full, for example https://tsa.example.org/tsr.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address is too long.</source>
        <translation>The timestamp authority&apos;s address is too long.</translation>
    </message>
    <message numerus="yes">
        <source>Valid: the document is unchanged since this signature, apart from %n later signature(s) and validation data.</source>
        <translation>
            <numerusform>Valid: the document is unchanged since this signature, apart from %n later signature and validation data.</numerusform>
            <numerusform>Valid: the document is unchanged since this signature, apart from %n later signatures and validation data.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: the document is unchanged since it was signed.</source>
        <translation>Valid: the document is unchanged since it was signed.</translation>
    </message>
    <message>
        <source>Not valid: the signed content or the signature value was altered.</source>
        <translation>Not valid: the signed content or the signature value was altered.</translation>
    </message>
    <message>
        <source>Not valid: the signed version is intact, but the document was changed after signing: %1</source>
        <translation>Not valid: the signed version is intact, but the document was changed after signing: %1</translation>
    </message>
    <message>
        <source>Not valid: the document is intact, but the signer is not trusted: %1</source>
        <translation>Not valid: the document is intact, but the signer is not trusted: %1</translation>
    </message>
    <message>
        <source>Not valid: this signature is not held by any signature field of the document.</source>
        <translation>Not valid: this signature is not held by any signature field of the document.</translation>
    </message>
    <message>
        <source>Not valid: the signer&apos;s certificate is missing or not meant for signing.</source>
        <translation>Not valid: the signer&apos;s certificate is missing or not meant for signing.</translation>
    </message>
    <message>
        <source>Not valid: the signer&apos;s certificate was not valid at the time the signature was checked (%1).</source>
        <translation>Not valid: the signer&apos;s certificate was not valid at the time the signature was checked (%1).</translation>
    </message>
    <message>
        <source>Not valid: the signature&apos;s timestamp does not verify.</source>
        <translation>Not valid: the signature&apos;s timestamp does not verify.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Not valid: %1</translation>
    </message>
    <message>
        <source>Not valid: the document was refused because it is larger or more complex than verification allows.</source>
        <translation>Not valid: the document was refused because it is larger or more complex than verification allows.</translation>
    </message>
    <message>
        <source>Not valid: the document has no signature.</source>
        <translation>Not valid: the document has no signature.</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) are valid and trusted.</source>
        <translation>
            <numerusform>The %n signature is valid and trusted.</numerusform>
            <numerusform>All %n signatures are valid and trusted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid: not every signature is valid and trusted, or the document has problems.</source>
        <translation>Not valid: not every signature is valid and trusted, or the document has problems.</translation>
    </message>
    <message>
        <source>Signature %1 by %2 — level %3</source>
        <translation>Signature %1 by %2 — level %3</translation>
    </message>
    <message>
        <source>A signature with a timestamp needs a timestamp authority. Enter its address in Preferences, or sign at level B-B.</source>
        <translation>A signature with a timestamp needs a timestamp authority. Enter its address in Preferences, or sign at level B-B.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address (%1) is not valid. Correct it in Preferences.</source>
        <translation>The timestamp authority&apos;s address (%1) is not valid. Correct it in Preferences.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 cannot be reached. Check its address in Preferences and the network connection, or try again later. Nothing was signed.</source>
        <translation>The timestamp authority %1 cannot be reached. Check its address in Preferences and the network connection, or try again later. Nothing was signed.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer in time. Try again later. Nothing was signed.</source>
        <translation>The timestamp authority %1 did not answer in time. Try again later. Nothing was signed.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 refused to give a timestamp. Nothing was signed.</source>
        <translation>The timestamp authority %1 refused to give a timestamp. Nothing was signed.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer with a timestamp (is the address right?). Nothing was signed.</source>
        <translation>The timestamp authority %1 did not answer with a timestamp (is the address right?). Nothing was signed.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 returned a timestamp that fails the checks, so it was not used. Nothing was signed.</source>
        <translation>The timestamp authority %1 returned a timestamp that fails the checks, so it was not used. Nothing was signed.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is revoked. Nothing was signed.</source>
        <translation>The signer&apos;s certificate is revoked. Nothing was signed.</translation>
    </message>
    <message>
        <source>The smart card or token could not sign: %1</source>
        <translation>The smart card or token could not sign: %1</translation>
    </message>
    <message>
        <source>The PDF could not be signed: %1</source>
        <translation>The PDF could not be signed: %1</translation>
    </message>
    <message>
        <source>Warning: the timestamp authority %1 could not be reached or failed, so the signature was made at level B-B, without a timestamp, as chosen in Preferences. It is not a %2 signature; sign again when the timestamp authority is available.</source>
        <translation>Warning: the timestamp authority %1 could not be reached or failed, so the signature was made at level B-B, without a timestamp, as chosen in Preferences. It is not a %2 signature; sign again when the timestamp authority is available.</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Signing: asking the timestamp authority %1 for a timestamp. This can take a few seconds…</source>
        <translation>Signing: asking the timestamp authority %1 for a timestamp. This can take a few seconds…</translation>
    </message>
    <message>
        <source>Level B-LT needs the revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority. Add them in Preferences, or choose level B-T.</source>
        <translation>Level B-LT needs the revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority. Add them in Preferences, or choose level B-T.</translation>
    </message>
    <message>
        <source>The revocation list %1 cannot be read.</source>
        <translation>The revocation list %1 cannot be read.</translation>
    </message>
    <message>
        <source>The revocation list %1 is larger than 20 MB.</source>
        <translation>The revocation list %1 is larger than 20 MB.</translation>
    </message>
    <message>
        <source>A revocation list set in Preferences is not a valid CRL file. Nothing was signed.</source>
        <translation>A revocation list set in Preferences is not a valid CRL file. Nothing was signed.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>mlawriter — requests for mutual legal assistance (UNTOC article 18)</source>
        <translation>mlawriter — requests for mutual legal assistance (UNTOC article 18)</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>&amp;New blank request</source>
        <translation>&amp;New blank request</translation>
    </message>
    <message>
        <source>&amp;From a sample:</source>
        <translation>&amp;From a sample:</translation>
    </message>
    <message>
        <source>Start from &amp;sample</source>
        <translation>Start from &amp;sample</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>&amp;Open draft…</translation>
    </message>
    <message>
        <source>Open for re&amp;view…</source>
        <translation>Open for re&amp;view…</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Recent drafts</translation>
    </message>
    <message>
        <source>Open re&amp;cent draft</source>
        <translation>Open re&amp;cent draft</translation>
    </message>
    <message>
        <source>Recovered drafts</source>
        <translation>Recovered drafts</translation>
    </message>
    <message>
        <source>Drafts recovered after the application stopped unexpectedly. Restore one to continue where you left off.</source>
        <translation>Drafts recovered after the application stopped unexpectedly. Restore one to continue where you left off.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation>Open &amp;package…</translation>
    </message>
    <message>
        <source>Decrypt and check a received request package</source>
        <translation>Decrypt and check a received request package</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <source>Open the c&amp;ase in the register</source>
        <translation>Open the c&amp;ase in the register</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Requested State</source>
        <translation>Requested State</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name in any UN language, or ISO code</source>
        <translation>Name in any UN language, or ISO code</translation>
    </message>
    <message>
        <source>What the database knows</source>
        <translation>What the database knows</translation>
    </message>
    <message>
        <source>Legal basis and channel</source>
        <translation>Legal basis and channel</translation>
    </message>
    <message>
        <source>&amp;I write in:</source>
        <translation>&amp;I write in:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Legal &amp;basis:</translation>
    </message>
    <message>
        <source>&amp;Treaty:</source>
        <translation>&amp;Treaty:</translation>
    </message>
    <message>
        <source>Title of the treaty</source>
        <translation>Title of the treaty</translation>
    </message>
    <message>
        <source>Treaty &amp;article:</source>
        <translation>Treaty &amp;article:</translation>
    </message>
    <message>
        <source>We give an assurance of &amp;reciprocity</source>
        <translation>We give an assurance of &amp;reciprocity</translation>
    </message>
    <message>
        <source>Trans&amp;national (art. 3):</source>
        <translation>Trans&amp;national (art. 3):</translation>
    </message>
    <message>
        <source>Organized criminal &amp;group (art. 2):</source>
        <translation>Organized criminal &amp;group (art. 2):</translation>
    </message>
    <message>
        <source>Scope &amp;explanation:</source>
        <translation>Scope &amp;explanation:</translation>
    </message>
    <message>
        <source>Why the offence falls within the Convention (art. 3)</source>
        <translation>Why the offence falls within the Convention (art. 3)</translation>
    </message>
    <message>
        <source>&amp;Channel (18(13)):</source>
        <translation>&amp;Channel (18(13)):</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>&amp;Reasons (18(24)):</source>
        <translation>&amp;Reasons (18(24)):</translation>
    </message>
    <message>
        <source>Why the request is urgent and what happens if the deadline is missed</source>
        <translation>Why the request is urgent and what happens if the deadline is missed</translation>
    </message>
    <message>
        <source>States found</source>
        <translation>States found</translation>
    </message>
    <message>
        <source>Requirements of the requested State</source>
        <translation>Requirements of the requested State</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The interface translations are provided for convenience and await review by a qualified translator.</source>
        <translation>The interface translations are provided for convenience and await review by a qualified translator.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Wizard</source>
        <translation>Wizard</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Pages of the request</source>
        <translation>Pages of the request</translation>
    </message>
</context>
<context>
    <name>mla::gui::AuthorityPage</name>
    <message>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>Name of the profile:</source>
        <translation>Name of the profile:</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>Requesting authority</translation>
    </message>
    <message>
        <source>Use profile %1</source>
        <translation>Use profile %1</translation>
    </message>
    <message>
        <source>Set logo</source>
        <translation>Set logo</translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>The image could not be read.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
</context>
<context>
    <name>mla::gui::CaseDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>&amp;Add event…</translation>
    </message>
    <message>
        <source>%1 (%2), %3 → %4
Status: %5
Their reference: %6
Measures: %7
Next action: %8</source>
        <translation>%1 (%2), %3 → %4
Status: %5
Their reference: %6
Measures: %7
Next action: %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>Add the event “%1” dated %2 to case %3? Events stay in the timeline and the audit log; they cannot be removed.</source>
        <translation>Add the event “%1” dated %2 to case %3? Events stay in the timeline and the audit log; they cannot be removed.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Added, with a remark: %1</source>
        <translation>Added, with a remark: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Added.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Not added: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <source>Send this case&apos;s request as an encrypted package and record it as sent</source>
        <translation>Send this case&apos;s request as an encrypted package and record it as sent</translation>
    </message>
    <message>
        <source>channel: %1</source>
        <translation>channel: %1</translation>
    </message>
    <message>
        <source>their reference: %1</source>
        <translation>their reference: %1</translation>
    </message>
    <message>
        <source>ground 18(21)(%1)</source>
        <translation>ground 18(21)(%1)</translation>
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
        <translation>submitted for review</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>Not recorded in the case register: %1</source>
        <translation>Not recorded in the case register: %1</translation>
    </message>
    <message>
        <source>Case %1: “%2” was not recorded: %3</source>
        <translation>Case %1: “%2” was not recorded: %3</translation>
    </message>
    <message>
        <source>Case %1: “%2” recorded in the case register.</source>
        <translation>Case %1: “%2” recorded in the case register.</translation>
    </message>
    <message>
        <source>This request is not in the case register, and it cannot be registered without a reference (requesting authority).</source>
        <translation>This request is not in the case register, and it cannot be registered without a reference (requesting authority).</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>Case register</translation>
    </message>
    <message>
        <source>This request is not in the case register yet. Register it as a new outgoing case %1? Its history becomes the case&apos;s timeline, and the next steps are recorded by themselves.</source>
        <translation>This request is not in the case register yet. Register it as a new outgoing case %1? Its history becomes the case&apos;s timeline, and the next steps are recorded by themselves.</translation>
    </message>
    <message>
        <source>The request was not registered: %1</source>
        <translation>The request was not registered: %1</translation>
    </message>
    <message>
        <source>Registered as case %1 (%2).</source>
        <translation>Registered as case %1 (%2).</translation>
    </message>
    <message>
        <source>Not recorded in the case register: the draft has no reference.</source>
        <translation>Not recorded in the case register: the draft has no reference.</translation>
    </message>
</context>
<context>
    <name>mla::gui::ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
</context>
<context>
    <name>mla::gui::ChecksPanel</name>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>%1 (field: %2)</source>
        <translation>%1 (field: %2)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>%1 blocking, %2 warnings, %3 for information.</source>
        <translation>%1 blocking, %2 warnings, %3 for information.</translation>
    </message>
    <message>
        <source>Open in the &amp;knowledge editor…</source>
        <translation>Open in the &amp;knowledge editor…</translation>
    </message>
    <message>
        <source>Opens the knowledge editor at the record that would settle this finding</source>
        <translation>Opens the knowledge editor at the record that would settle this finding</translation>
    </message>
    <message>
        <source>Findings that something is unknown say here which record would settle them.</source>
        <translation>Findings that something is unknown say here which record would settle them.</translation>
    </message>
    <message>
        <source>To settle this, record the %1 record of %2 (with its source).</source>
        <translation>To settle this, record the %1 record of %2 (with its source).</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>Ask: %1</translation>
    </message>
</context>
<context>
    <name>mla::gui::DateField</name>
    <message>
        <source>%1: calendar</source>
        <translation>%1: calendar</translation>
    </message>
    <message>
        <source>Type a date as %1, for example %2, or pick it in the calendar (Alt+Down).</source>
        <translation>Type a date as %1, for example %2, or pick it in the calendar (Alt+Down).</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” is not a date.</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Pick the date in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>mla::gui::DraftSession</name>
    <message>
        <source>“%1” is not a date; correct it before saving (nothing was saved)</source>
        <translation>“%1” is not a date; correct it before saving (nothing was saved)</translation>
    </message>
</context>
<context>
    <name>mla::gui::FactAgeSetting</name>
    <message>
        <source>Facts of the requirements database whose source is older than this are marked as possibly outdated: in the wizard, the findings, the knowledge editor and the addressee of the request.</source>
        <translation>Facts of the requirements database whose source is older than this are marked as possibly outdated: in the wizard, the findings, the knowledge editor and the addressee of the request.</translation>
    </message>
    <message>
        <source>Facts possibly &amp;outdated after (years):</source>
        <translation>Facts possibly &amp;outdated after (years):</translation>
    </message>
</context>
<context>
    <name>mla::gui::FactsPage</name>
    <message>
        <source>Summary of facts</source>
        <translation>Summary of facts</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mla::gui::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Cannot read the trust anchors %1: %2</source>
        <translation>Cannot read the trust anchors %1: %2</translation>
    </message>
</context>
<context>
    <name>mla::gui::ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <source>Signed by %1 at %2.</source>
        <translation>Signed by %1 at %2.</translation>
    </message>
    <message>
        <source>UNSIGNED package: its origin cannot be checked.</source>
        <translation>UNSIGNED package: its origin cannot be checked.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 kept, %4 rejected. Nothing has been written yet.</source>
        <translation>%1 added, %2 updated, %3 kept, %4 rejected. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Reason or changes (old → new)</source>
        <translation>Reason or changes (old → new)</translation>
    </message>
    <message>
        <source>&amp;Import these changes</source>
        <translation>&amp;Import these changes</translation>
    </message>
    <message>
        <source>I accept an &amp;unsigned package whose origin cannot be checked</source>
        <translation>I accept an &amp;unsigned package whose origin cannot be checked</translation>
    </message>
</context>
<context>
    <name>mla::gui::ImportReceiptDialog</name>
    <message>
        <source>Receipts (*.mlapr)</source>
        <translation>Receipts (*.mlapr)</translation>
    </message>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>Request packages (*.mlap)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Identities (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Record in draft…</source>
        <translation>&amp;Record in draft…</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Import receipt</translation>
    </message>
    <message>
        <source>&amp;Receipt:</source>
        <translation>&amp;Receipt:</translation>
    </message>
    <message>
        <source>Package &amp;sent:</source>
        <translation>Package &amp;sent:</translation>
    </message>
    <message>
        <source>Your &amp;identity (optional, to reopen the package):</source>
        <translation>Your &amp;identity (optional, to reopen the package):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Additional &amp;trusted certificates:</source>
        <translation>Additional &amp;trusted certificates:</translation>
    </message>
    <message>
        <source>The receipt cannot be checked: %1</source>
        <translation>The receipt cannot be checked: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 cannot be read or is too large</translation>
    </message>
    <message>
        <source>Acknowledged: %1 opened package %2 and every check passed.</source>
        <translation>Acknowledged: %1 opened package %2 and every check passed.</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>REFUSED: %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>Nothing was recorded: %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: the draft&apos;s reference is not %1.</source>
        <translation>Nothing was recorded: the draft&apos;s reference is not %1.</translation>
    </message>
    <message>
        <source>Recorded as acknowledged in %1.</source>
        <translation>Recorded as acknowledged in %1.</translation>
    </message>
    <message>
        <source>Draft of the request</source>
        <translation>Draft of the request</translation>
    </message>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>Drafts (*.mlar)</translation>
    </message>
    <message>
        <source>Record &quot;acknowledged&quot; in the history of %1? (The previous file is kept as .bak.)</source>
        <translation>Record &quot;acknowledged&quot; in the history of %1? (The previous file is kept as .bak.)</translation>
    </message>
    <message>
        <source>Record in case re&amp;gister…</source>
        <translation>Record in case re&amp;gister…</translation>
    </message>
    <message>
        <source>Record “acknowledged” with their reference in case %1 of the case register?</source>
        <translation>Record “acknowledged” with their reference in case %1 of the case register?</translation>
    </message>
</context>
<context>
    <name>mla::gui::KnowledgeWindow</name>
    <message>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <source>Knowledge of States</source>
        <translation>Knowledge of States</translation>
    </message>
    <message>
        <source>Search a State: ISO code or name in any UN language</source>
        <translation>Search a State: ISO code or name in any UN language</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Source date</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>&amp;History of the selected record:</source>
        <translation>&amp;History of the selected record:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>&amp;Package</translation>
    </message>
    <message>
        <source>&amp;Export signed package…</source>
        <translation>&amp;Export signed package…</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>&amp;Import package…</translation>
    </message>
    <message>
        <source>&amp;Trusted publishers…</source>
        <translation>&amp;Trusted publishers…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About the &amp;knowledge editor</source>
        <translation>About the &amp;knowledge editor</translation>
    </message>
    <message>
        <source>Each record says what is known of a State, with its source. A section without a record is unknown: verify with the central authority. Every change needs a source; changes can be undone. Packages you export are signed with your identity; packages you import are checked against the publishers you trust, and shown before anything is written.</source>
        <translation>Each record says what is known of a State, with its source. A section without a record is unknown: verify with the central authority. Every change needs a source; changes can be undone. Packages you export are signed with your identity; packages you import are checked against the publishers you trust, and shown before anything is written.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>%1 — %2 (M49 %3)</source>
        <translation>%1 — %2 (M49 %3)</translation>
    </message>
    <message>
        <source>unknown — nothing recorded; verify with the central authority</source>
        <translation>unknown — nothing recorded; verify with the central authority</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(no source)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <source> — possibly outdated</source>
        <translation> — possibly outdated</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1, signed by %2</source>
        <translation>%1, signed by %2</translation>
    </message>
    <message>
        <source>No change recorded in this installation.</source>
        <translation>No change recorded in this installation.</translation>
    </message>
    <message>
        <source>nothing recorded to remove</source>
        <translation>nothing recorded to remove</translation>
    </message>
    <message>
        <source>Record not saved</source>
        <translation>Record not saved</translation>
    </message>
    <message>
        <source>Remove the record?</source>
        <translation>Remove the record?</translation>
    </message>
    <message>
        <source>Remove the %1 record of %2? The section then reads unknown. You can undo this.</source>
        <translation>Remove the %1 record of %2? The section then reads unknown. You can undo this.</translation>
    </message>
    <message>
        <source>Record not removed</source>
        <translation>Record not removed</translation>
    </message>
    <message>
        <source>Export signed package</source>
        <translation>Export signed package</translation>
    </message>
    <message>
        <source>Signed requirements package (*.mlreq)</source>
        <translation>Signed requirements package (*.mlreq)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Signed package written: %1</source>
        <translation>Signed package written: %1</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Import package</translation>
    </message>
    <message>
        <source>Requirements packages (*.mlreq *.xml);;All files (*)</source>
        <translation>Requirements packages (*.mlreq *.xml);;All files (*)</translation>
    </message>
    <message>
        <source>Unsigned package</source>
        <translation>Unsigned package</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Package refused</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>The database has no record of %1.</source>
        <translation>The database has no record of %1.</translation>
    </message>
    <message>
        <source>No %1 record of %2 yet: Record &gt; Add (Ctrl+N) records one with its source.</source>
        <translation>No %1 record of %2 yet: Record &gt; Add (Ctrl+N) records one with its source.</translation>
    </message>
    <message>
        <source>Sign the requirements package with your identity. Those who trust your certificate will be able to import it.</source>
        <translation>Sign the requirements package with your identity. Those who trust your certificate will be able to import it.</translation>
    </message>
    <message>
        <source>Requirements package</source>
        <translation>Requirements package</translation>
    </message>
    <message>
        <source>Which records go into the package?</source>
        <translation>Which records go into the package?</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Only %1</translation>
    </message>
    <message>
        <source>Every State</source>
        <translation>Every State</translation>
    </message>
    <message>
        <source>This package is not signed: nobody vouches for it and its origin cannot be checked. Show what it would change anyway?</source>
        <translation>This package is not signed: nobody vouches for it and its origin cannot be checked. Show what it would change anyway?</translation>
    </message>
    <message>
        <source>&amp;Show the unsigned package</source>
        <translation>&amp;Show the unsigned package</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 records added, %2 updated.</source>
        <translation>%1 records added, %2 updated.</translation>
    </message>
</context>
<context>
    <name>mla::gui::MainWindow</name>
    <message>
        <source>The sample could not be opened.</source>
        <translation>The sample could not be opened.</translation>
    </message>
    <message>
        <source>The draft could not be opened.</source>
        <translation>The draft could not be opened.</translation>
    </message>
    <message>
        <source>The recovered draft could not be read.</source>
        <translation>The recovered draft could not be read.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;New request</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>&amp;Open draft…</translation>
    </message>
    <message>
        <source>Open for re&amp;view…</source>
        <translation>Open for re&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Close draft</source>
        <translation>&amp;Close draft</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Checks</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Start page</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Untitled request</translation>
    </message>
    <message>
        <source>%1[*] (review) — mlawriter</source>
        <translation>%1[*] (review) — mlawriter</translation>
    </message>
    <message>
        <source>%1[*] — mlawriter</source>
        <translation>%1[*] — mlawriter</translation>
    </message>
    <message>
        <source>from the sample %1</source>
        <translation>from the sample %1</translation>
    </message>
    <message>
        <source>Recovered draft restored. Save it to keep it.</source>
        <translation>Recovered draft restored. Save it to keep it.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>Drafts (*.mlar)</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>The draft could not be saved.</translation>
    </message>
    <message>
        <source>Open a draft for review</source>
        <translation>Open a draft for review</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Open a draft</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The draft has changes that are not saved. Save them?</source>
        <translation>The draft has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>mlawriter</source>
        <translation>mlawriter</translation>
    </message>
    <message>
        <source>This request is signed. If you edit it, the signed PDF no longer matches it: the request goes back to draft and must be signed again.</source>
        <translation>This request is signed. If you edit it, the signed PDF no longer matches it: the request goes back to draft and must be signed again.</translation>
    </message>
    <message>
        <source>This request is approved. If you edit it, the approval no longer covers it: the request goes back to draft and needs a new review.</source>
        <translation>This request is approved. If you edit it, the approval no longer covers it: the request goes back to draft and needs a new review.</translation>
    </message>
    <message>
        <source>Edit a signed or approved request</source>
        <translation>Edit a signed or approved request</translation>
    </message>
    <message>
        <source>Edit it?</source>
        <translation>Edit it?</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>Su&amp;bmit for review</translation>
    </message>
    <message>
        <source>Send the draft to the reviewer; the case register records it</source>
        <translation>Send the draft to the reviewer; the case register records it</translation>
    </message>
    <message>
        <source>No draft is open for editing.</source>
        <translation>No draft is open for editing.</translation>
    </message>
    <message>
        <source>Only a draft or a returned request can be submitted; this one is “%1”.</source>
        <translation>Only a draft or a returned request can be submitted; this one is “%1”.</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>The received request is open read-only, with its checks.</source>
        <translation>The received request is open read-only, with its checks.</translation>
    </message>
    <message>
        <source>Save the draft first: the package carries the draft as saved.</source>
        <translation>Save the draft first: the package carries the draft as saved.</translation>
    </message>
</context>
<context>
    <name>mla::gui::MeasureDetailForm</name>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (required):</translation>
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
        <translation>Measures</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Remove measure</translation>
    </message>
    <message numerus="yes">
        <source>%1 — article %2. Persons to name: at least %n.</source>
        <translation>
            <numerusform>%1 — article %2. Persons to name: at least %n.</numerusform>
            <numerusform>%1 — article %2. Persons to name: at least %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a measure for each type of assistance you seek.</source>
        <translation>Add a measure for each type of assistance you seek.</translation>
    </message>
</context>
<context>
    <name>mla::gui::NotesPage</name>
    <message>
        <source>Conditions and notes</source>
        <translation>Conditions and notes</translation>
    </message>
    <message>
        <source>The database has no suggestion for this State — verify with its central authority.</source>
        <translation>The database has no suggestion for this State — verify with its central authority.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggested: %1</translation>
    </message>
    <message>
        <source>(The database records: %1)</source>
        <translation>(The database records: %1)</translation>
    </message>
</context>
<context>
    <name>mla::gui::OffencesPage</name>
    <message>
        <source>Offence %1</source>
        <translation>Offence %1</translation>
    </message>
    <message>
        <source>Remove conduct</source>
        <translation>Remove conduct</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Offences</translation>
    </message>
    <message>
        <source>Add offence</source>
        <translation>Add offence</translation>
    </message>
    <message>
        <source>Remove offence</source>
        <translation>Remove offence</translation>
    </message>
    <message>
        <source>Add conduct</source>
        <translation>Add conduct</translation>
    </message>
</context>
<context>
    <name>mla::gui::OpenPackageDialog</name>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>Request packages (*.mlap)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Identities (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Extract…</source>
        <translation>&amp;Extract…</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>&amp;Write receipt…</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Open package</translation>
    </message>
    <message>
        <source>Write receipt</source>
        <translation>Write receipt</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Package:</translation>
    </message>
    <message>
        <source>Your &amp;identity (PKCS#12):</source>
        <translation>Your &amp;identity (PKCS#12):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Additional &amp;trusted certificates:</source>
        <translation>Additional &amp;trusted certificates:</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>Your &amp;reference:</translation>
    </message>
    <message>
        <source>The package cannot be opened: %1</source>
        <translation>The package cannot be opened: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 cannot be read or is too large</translation>
    </message>
    <message>
        <source>Every check passed: the package comes from %1 and nothing in it changed.</source>
        <translation>Every check passed: the package comes from %1 and nothing in it changed.</translation>
    </message>
    <message>
        <source>REFUSED: checks failed. Nothing can be extracted. Failed: %1</source>
        <translation>REFUSED: checks failed. Nothing can be extracted. Failed: %1</translation>
    </message>
    <message>
        <source>Extracted into %1.</source>
        <translation>Extracted into %1.</translation>
    </message>
    <message>
        <source>Nothing was extracted: %1</source>
        <translation>Nothing was extracted: %1</translation>
    </message>
    <message>
        <source>No receipt was written: %1</source>
        <translation>No receipt was written: %1</translation>
    </message>
    <message>
        <source>Receipt written to %1. Send it back to the sender.</source>
        <translation>Receipt written to %1. Send it back to the sender.</translation>
    </message>
    <message>
        <source>Folder to extract into</source>
        <translation>Folder to extract into</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another folder.</source>
        <translation>%1 already exists. Choose another folder.</translation>
    </message>
    <message>
        <source>Some checks failed. The receipt will tell the sender which. Write it?</source>
        <translation>Some checks failed. The receipt will tell the sender which. Write it?</translation>
    </message>
    <message>
        <source>Receipts (*.mlapr)</source>
        <translation>Receipts (*.mlapr)</translation>
    </message>
    <message>
        <source>Register as inco&amp;ming case…</source>
        <translation>Register as inco&amp;ming case…</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>Not registered: %1</translation>
    </message>
    <message>
        <source>Registered as incoming case %1 from %2 (their reference %3).</source>
        <translation>Registered as incoming case %1 from %2 (their reference %3).</translation>
    </message>
    <message>
        <source>Register as incoming case</source>
        <translation>Register as incoming case</translation>
    </message>
    <message>
        <source>Our reference for this request from %1 (their reference %2):</source>
        <translation>Our reference for this request from %1 (their reference %2):</translation>
    </message>
    <message>
        <source>Open the request&apos;s draft now, read-only, with the checks?</source>
        <translation>Open the request&apos;s draft now, read-only, with the checks?</translation>
    </message>
</context>
<context>
    <name>mla::gui::OutputPage</name>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the draft: %n page(s).</source>
        <translation>
            <numerusform>Preview of the draft: %n page.</numerusform>
            <numerusform>Preview of the draft: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not translated into the output language: %1.</source>
        <translation>Not translated into the output language: %1.</translation>
    </message>
    <message>
        <source>The fixed text in this language awaits review by a qualified legal translator.</source>
        <translation>The fixed text in this language awaits review by a qualified legal translator.</translation>
    </message>
    <message numerus="yes">
        <source>The request cannot be signed: %n blocking finding(s) remain. See the checks page.</source>
        <translation>
            <numerusform>The request cannot be signed: %n blocking finding remains. See the checks page.</numerusform>
            <numerusform>The request cannot be signed: %n blocking findings remain. See the checks page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>The request cannot be signed while blocking findings remain.</source>
        <translation>The request cannot be signed while blocking findings remain.</translation>
    </message>
    <message>
        <source>Sign the request in %1 as %2.</source>
        <translation>Sign the request in %1 as %2.</translation>
    </message>
    <message>
        <source>Request for mutual legal assistance</source>
        <translation>Request for mutual legal assistance</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>The PDF could not be saved: %1</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Out of date</translation>
    </message>
    <message>
        <source>Draft translation</source>
        <translation>Draft translation</translation>
    </message>
    <message>
        <source>Translated, not reviewed</source>
        <translation>Translated, not reviewed</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n field(s) for translation into %1 to %2.</source>
        <translation>
            <numerusform>Exported %n field for translation into %1 to %2.</numerusform>
            <numerusform>Exported %n fields for translation into %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) not exported (empty or not in the source language).</source>
        <translation>
            <numerusform>%n field not exported (empty or not in the source language).</numerusform>
            <numerusform>%n fields not exported (empty or not in the source language).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import translation</source>
        <translation>Import translation</translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) into %1 applied from %2.</source>
        <translation>
            <numerusform>%n translation into %1 applied from %2.</numerusform>
            <numerusform>%n translations into %1 applied from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) already in the draft.</source>
        <translation>
            <numerusform>%n unit already in the draft.</numerusform>
            <numerusform>%n units already in the draft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without a translation.</source>
        <translation>
            <numerusform>%n unit without a translation.</numerusform>
            <numerusform>%n units without a translation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) refused; the draft keeps those fields as they were.</source>
        <translation>
            <numerusform>%n unit refused; the draft keeps that field as it was.</numerusform>
            <numerusform>%n units refused; the draft keeps those fields as they were.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2, field %3: %4</source>
        <translation>Line %1: %2, field %3: %4</translation>
    </message>
    <message>
        <source>Export for translation</source>
        <translation>Export for translation</translation>
    </message>
    <message>
        <source>&amp;Target language:</source>
        <translation>&amp;Target language:</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Target language</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>XLIFF files (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>The file %1 could not be written for translation:
%2</source>
        <translation>The file %1 could not be written for translation:
%2</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>XLIFF files (*.xlf *.xliff);;All files (*)</translation>
    </message>
    <message>
        <source>The translation in %1 could not be imported:
%2</source>
        <translation>The translation in %1 could not be imported:
%2</translation>
    </message>
    <message>
        <source>The refused units are listed in the details.</source>
        <translation>The refused units are listed in the details.</translation>
    </message>
    <message>
        <source>Sign the request</source>
        <translation>Sign the request</translation>
    </message>
    <message>
        <source>Language of the request: %1</source>
        <translation>Language of the request: %1</translation>
    </message>
    <message>
        <source>No open warnings.</source>
        <translation>No open warnings.</translation>
    </message>
    <message numerus="yes">
        <source>%n open warning(s): %1</source>
        <translation>
            <numerusform>%n open warning: %1</numerusform>
            <numerusform>%n open warnings: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Still in the document: %1</source>
        <translation>Still in the document: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) printed without a translation.</source>
        <translation>
            <numerusform>%n field printed without a translation.</numerusform>
            <numerusform>%n fields printed without a translation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document names %1 as signatory, but the certificate belongs to %2.</source>
        <translation>The document names %1 as signatory, but the certificate belongs to %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Signatory and certificate holder: %1</source>
        <translation>Signatory and certificate holder: %1</translation>
    </message>
    <message>
        <source>Sign now?</source>
        <translation>Sign now?</translation>
    </message>
    <message>
        <source>Signed by %1 at level %2. Save the PDF to send it.</source>
        <translation>Signed by %1 at level %2. Save the PDF to send it.</translation>
    </message>
    <message>
        <source>Signed without a timestamp</source>
        <translation>Signed without a timestamp</translation>
    </message>
    <message>
        <source>Signature level: %1</source>
        <translation>Signature level: %1</translation>
    </message>
</context>
<context>
    <name>mla::gui::PersonsPage</name>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Person %1 (%2)</source>
        <translation>Person %1 (%2)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
</context>
<context>
    <name>mla::gui::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s web address (http:// or https://). It certifies the time of each signature at levels B-T and B-LT.</source>
        <translation>The timestamp authority&apos;s web address (http:// or https://). It certifies the time of each signature at levels B-T and B-LT.</translation>
    </message>
    <message>
        <source>&amp;Timestamp authority:</source>
        <translation>&amp;Timestamp authority:</translation>
    </message>
    <message>
        <source>Default signature le&amp;vel:</source>
        <translation>Default signature le&amp;vel:</translation>
    </message>
    <message>
        <source>If the timestamp authority cannot be reached, sign &amp;without a timestamp (B-B) and warn me</source>
        <translation>If the timestamp authority cannot be reached, sign &amp;without a timestamp (B-B) and warn me</translation>
    </message>
    <message>
        <source>Level %1 needs a timestamp authority: enter its address, or choose level B-B.</source>
        <translation>Level %1 needs a timestamp authority: enter its address, or choose level B-B.</translation>
    </message>
    <message>
        <source>The certificate revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority, stored in the PDF at level B-LT so that the signature can be checked years later. Separate several files with &quot;;&quot;.</source>
        <translation>The certificate revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority, stored in the PDF at level B-LT so that the signature can be checked years later. Separate several files with &quot;;&quot;.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>Revocation lists</source>
        <translation>Revocation lists</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der)</source>
        <translation>Revocation lists (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>&amp;Revocation lists for B-LT:</source>
        <translation>&amp;Revocation lists for B-LT:</translation>
    </message>
</context>
<context>
    <name>mla::gui::PreviewWidget</name>
    <message>
        <source>No preview yet.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>The PDF could not be read: %1</source>
        <translation>The PDF could not be read: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>mla::gui::ProceedingsPage</name>
    <message>
        <source>Proceedings</source>
        <translation>Proceedings</translation>
    </message>
</context>
<context>
    <name>mla::gui::PublishersDialog</name>
    <message>
        <source>Trusted publishers</source>
        <translation>Trusted publishers</translation>
    </message>
    <message>
        <source>Signed requirements packages are imported only from these publishers. Before adding one, compare its fingerprint with the publisher through another channel (a call, a letter).</source>
        <translation>Signed requirements packages are imported only from these publishers. Before adding one, compare its fingerprint with the publisher through another channel (a call, a letter).</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>No trusted publisher: every signed package is refused.</source>
        <translation>No trusted publisher: every signed package is refused.</translation>
    </message>
    <message>
        <source>&amp;Add a certificate…</source>
        <translation>&amp;Add a certificate…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Publisher&apos;s certificate</source>
        <translation>Publisher&apos;s certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>Not a certificate</translation>
    </message>
    <message>
        <source>Trust this publisher?</source>
        <translation>Trust this publisher?</translation>
    </message>
    <message>
        <source>Publisher: %1
Valid until: %2
SHA-256 fingerprint:
%3

Compare the fingerprint with the publisher through another channel. Packages signed with this certificate will be imported after a preview. Trust it?</source>
        <translation>Publisher: %1
Valid until: %2
SHA-256 fingerprint:
%3

Compare the fingerprint with the publisher through another channel. Packages signed with this certificate will be imported after a preview. Trust it?</translation>
    </message>
    <message>
        <source>&amp;Trust this publisher</source>
        <translation>&amp;Trust this publisher</translation>
    </message>
    <message>
        <source>Remove the publisher?</source>
        <translation>Remove the publisher?</translation>
    </message>
    <message>
        <source>Stop trusting %1?
Packages it signed will be refused from now on; records already imported stay.</source>
        <translation>Stop trusting %1?
Packages it signed will be refused from now on; records already imported stay.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Not removed</translation>
    </message>
</context>
<context>
    <name>mla::gui::RecordDialog</name>
    <message>
        <source>Add a record</source>
        <translation>Add a record</translation>
    </message>
    <message>
        <source>Edit a record</source>
        <translation>Edit a record</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Kind of record:</translation>
    </message>
    <message>
        <source>required: the document, notification, page or call this rests on</source>
        <translation>required: the document, notification, page or call this rests on</translation>
    </message>
    <message>
        <source>yyyy-mm-dd: the date the source speaks for</source>
        <translation>yyyy-mm-dd: the date the source speaks for</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Source &amp;date:</source>
        <translation>Source &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Verified on:</source>
        <translation>&amp;Verified on:</translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation>Verified &amp;by:</translation>
    </message>
    <message>
        <source>unknown — verify</source>
        <translation>unknown — verify</translation>
    </message>
    <message>
        <source>A source is required: say what this record rests on.</source>
        <translation>A source is required: say what this record rests on.</translation>
    </message>
    <message>
        <source>Dates are written yyyy-mm-dd: &apos;%1&apos;.</source>
        <translation>Dates are written yyyy-mm-dd: &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>mla::gui::RecoveryDialog</name>
    <message>
        <source>Recovered drafts</source>
        <translation>Recovered drafts</translation>
    </message>
    <message>
        <source>mlawriter was not closed properly. These drafts were saved automatically and can be restored; restore one to continue where you stopped.</source>
        <translation>mlawriter was not closed properly. These drafts were saved automatically and can be restored; restore one to continue where you stopped.</translation>
    </message>
    <message>
        <source>&amp;Recovered drafts:</source>
        <translation>&amp;Recovered drafts:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Discard the recovered draft</source>
        <translation>Discard the recovered draft</translation>
    </message>
    <message>
        <source>Discard this recovered draft? It cannot be restored afterwards.</source>
        <translation>Discard this recovered draft? It cannot be restored afterwards.</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Untitled request</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>never saved</translation>
    </message>
    <message>
        <source>%1 — %2, saved %3</source>
        <translation>%1 — %2, saved %3</translation>
    </message>
</context>
<context>
    <name>mla::gui::RegisterWindow</name>
    <message>
        <source>Case register</source>
        <translation>Case register</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Search our or their reference</source>
        <translation>Search our or their reference</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Our reference</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Their reference</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Other State</source>
        <translation>Other State</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>The register cannot be opened: %1</source>
        <translation>The register cannot be opened: %1</translation>
    </message>
    <message>
        <source>Case &amp;register…</source>
        <translation>Case &amp;register…</translation>
    </message>
    <message>
        <source>All cases (%1)</source>
        <translation>All cases (%1)</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Open (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>Due within 7 days (%1)</source>
        <translation>Due within 7 days (%1)</translation>
    </message>
    <message>
        <source>No next action (%1)</source>
        <translation>No next action (%1)</translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>The register cannot be read: %1</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>OVERDUE %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matching cases in %3</source>
        <translation>Showing %1 of %2 matching cases in %3</translation>
    </message>
    <message>
        <source>Register a received &amp;PDF…</source>
        <translation>Register a received &amp;PDF…</translation>
    </message>
    <message>
        <source>A signed request PDF that carries its draft becomes an incoming case</source>
        <translation>A signed request PDF that carries its draft becomes an incoming case</translation>
    </message>
    <message>
        <source>Received signed PDF</source>
        <translation>Received signed PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Our reference for the request in %1:</source>
        <translation>Our reference for the request in %1:</translation>
    </message>
    <message>
        <source>Open the request&apos;s draft now, read-only, with the checks?</source>
        <translation>Open the request&apos;s draft now, read-only, with the checks?</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>Not registered: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 cannot be read or is too large</translation>
    </message>
    <message>
        <source>Registered as incoming case %1 from %2 (their reference %3).</source>
        <translation>Registered as incoming case %1 from %2 (their reference %3).</translation>
    </message>
</context>
<context>
    <name>mla::gui::ReviewView</name>
    <message>
        <source>The request</source>
        <translation>The request</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Comments — %1</source>
        <translation>Comments — %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>&lt;p&gt;No comments yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No comments yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — status: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — status: %2</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request cannot be approved while %n blocking finding(s) remain; return it to the drafter.</source>
        <translation>
            <numerusform>The request cannot be approved while %n blocking finding remains; return it to the drafter.</numerusform>
            <numerusform>The request cannot be approved while %n blocking findings remain; return it to the drafter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Signed request to countersign</source>
        <translation>Signed request to countersign</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Countersign %1 on behalf of the central authority.</source>
        <translation>Countersign %1 on behalf of the central authority.</translation>
    </message>
    <message>
        <source>Approved by the central authority</source>
        <translation>Approved by the central authority</translation>
    </message>
    <message>
        <source>Save countersigned PDF</source>
        <translation>Save countersigned PDF</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Countersign</translation>
    </message>
    <message>
        <source>The PDF could not be countersigned: %1</source>
        <translation>The PDF could not be countersigned: %1</translation>
    </message>
    <message>
        <source>Return to the drafter</source>
        <translation>Return to the drafter</translation>
    </message>
    <message>
        <source>Return the request to the drafter with your comments? The drafter sees them on the pages they are about.</source>
        <translation>Return the request to the drafter with your comments? The drafter sees them on the pages they are about.</translation>
    </message>
    <message>
        <source>Approve the request</source>
        <translation>Approve the request</translation>
    </message>
    <message>
        <source>Approve this version of the request? If it is edited afterwards, it goes back to draft and needs a new review.</source>
        <translation>Approve this version of the request? If it is edited afterwards, it goes back to draft and needs a new review.</translation>
    </message>
    <message>
        <source>The PDF could not be checked: %1</source>
        <translation>The PDF could not be checked: %1</translation>
    </message>
    <message>
        <source>The PDF is not signed; only a request signed by the drafter can be countersigned.</source>
        <translation>The PDF is not signed; only a request signed by the drafter can be countersigned.</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature does not verify (the file was changed or damaged): %1</source>
        <translation>The PDF&apos;s signature does not verify (the file was changed or damaged): %1</translation>
    </message>
    <message>
        <source>The PDF does not say which draft it was made from, so it cannot be shown to be the request under review. Ask the drafter to sign it again from this draft.</source>
        <translation>The PDF does not say which draft it was made from, so it cannot be shown to be the request under review. Ask the drafter to sign it again from this draft.</translation>
    </message>
    <message>
        <source>The PDF was made from another version of the draft than the one under review. Ask the drafter to sign the current version.</source>
        <translation>The PDF was made from another version of the draft than the one under review. Ask the drafter to sign the current version.</translation>
    </message>
    <message>
        <source>Open the draft under review first.</source>
        <translation>Open the draft under review first.</translation>
    </message>
    <message>
        <source>Validation &amp;report…</source>
        <translation>Validation &amp;report…</translation>
    </message>
    <message>
        <source>Check the signatures of a signed PDF and save a validation report to file with it</source>
        <translation>Check the signatures of a signed PDF and save a validation report to file with it</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>The PDF could not be read.</translation>
    </message>
    <message>
        <source>The validation report could not be saved: %1</source>
        <translation>The validation report could not be saved: %1</translation>
    </message>
    <message>
        <source>Signed PDF to check</source>
        <translation>Signed PDF to check</translation>
    </message>
    <message>
        <source>-validation-report</source>
        <translation>-validation-report</translation>
    </message>
    <message>
        <source>Save the validation report</source>
        <translation>Save the validation report</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>Validation report</translation>
    </message>
    <message>
        <source>The validation report was saved as %1.</source>
        <translation>The validation report was saved as %1.</translation>
    </message>
    <message>
        <source>Countersigned without a timestamp</source>
        <translation>Countersigned without a timestamp</translation>
    </message>
</context>
<context>
    <name>mla::gui::ScreenshotTour</name>
    <message>
        <source>Sign the request as the signatory.</source>
        <translation>Sign the request as the signatory.</translation>
    </message>
    <message>
        <source>Please state the period of the records for each account.</source>
        <translation>Please state the period of the records for each account.</translation>
    </message>
</context>
<context>
    <name>mla::gui::SendPackageDialog</name>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>Drafts (*.mlar)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Identities (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Use AES-256-CBC (EnvelopedData) for recipients whose software needs it</source>
        <translation>Use AES-256-CBC (EnvelopedData) for recipients whose software needs it</translation>
    </message>
    <message>
        <source>&amp;Create package…</source>
        <translation>&amp;Create package…</translation>
    </message>
    <message>
        <source>Send request package</source>
        <translation>Send request package</translation>
    </message>
    <message>
        <source>&amp;Recipient certificates:</source>
        <translation>&amp;Recipient certificates:</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signed request &amp;PDFs:</source>
        <translation>Signed request &amp;PDFs:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Draft (optional):</source>
        <translation>&amp;Draft (optional):</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Attachments:</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Your &amp;identity (PKCS#12):</source>
        <translation>Your &amp;identity (PKCS#12):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>No package was written: %1</source>
        <translation>No package was written: %1</translation>
    </message>
    <message>
        <source>add at least one recipient certificate and one signed PDF</source>
        <translation>add at least one recipient certificate and one signed PDF</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 cannot be read or is too large</translation>
    </message>
    <message>
        <source>Package %1 written to %2 (%3 files). Only the chosen recipients can open it.</source>
        <translation>Package %1 written to %2 (%3 files). Only the chosen recipients can open it.</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>Save package</translation>
    </message>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>Request packages (*.mlap)</translation>
    </message>
    <message>
        <source>Record “sent” in the case re&amp;gister</source>
        <translation>Record “sent” in the case re&amp;gister</translation>
    </message>
    <message>
        <source>Central authority to central authority</source>
        <translation>Central authority to central authority</translation>
    </message>
    <message>
        <source>Diplomatic channels</source>
        <translation>Diplomatic channels</translation>
    </message>
    <message>
        <source>INTERPOL (urgent)</source>
        <translation>INTERPOL (urgent)</translation>
    </message>
    <message>
        <source>C&amp;hannel (18(13)):</source>
        <translation>C&amp;hannel (18(13)):</translation>
    </message>
</context>
<context>
    <name>mla::gui::SignDialog</name>
    <message>
        <source>Signing identity</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <source>PKCS#12 identities (*.p12 *.pfx)</source>
        <translation>PKCS#12 identities (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>The password is wrong.</translation>
    </message>
    <message>
        <source>The identity file could not be read.</source>
        <translation>The identity file could not be read.</translation>
    </message>
    <message>
        <source>The certificate is not valid now.</source>
        <translation>The certificate is not valid now.</translation>
    </message>
    <message>
        <source>The identity cannot be used for signing: %1</source>
        <translation>The identity cannot be used for signing: %1</translation>
    </message>
    <message>
        <source>Identity file (PKCS#12)</source>
        <translation>Identity file (PKCS#12)</translation>
    </message>
    <message>
        <source>Smart card or token (PKCS#11)</source>
        <translation>Smart card or token (PKCS#11)</translation>
    </message>
    <message>
        <source>&amp;Key on:</source>
        <translation>&amp;Key on:</translation>
    </message>
    <message>
        <source>The PKCS#11 library of the card reader or token (p11-kit&apos;s proxy reaches every configured one)</source>
        <translation>The PKCS#11 library of the card reader or token (p11-kit&apos;s proxy reaches every configured one)</translation>
    </message>
    <message>
        <source>PKCS#11 &amp;module:</source>
        <translation>PKCS#11 &amp;module:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <source>The PKCS#11 module could not be loaded: %1</source>
        <translation>The PKCS#11 module could not be loaded: %1</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>signing</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>authentication</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 certificate)</source>
        <translation>%1 — %2 (%3 certificate)</translation>
    </message>
    <message>
        <source>No smart card or token with a certificate fit for signing was found. Insert the card and choose Refresh.</source>
        <translation>No smart card or token with a certificate fit for signing was found. Insert the card and choose Refresh.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Enter the PIN on the reader&apos;s keypad</source>
        <translation>Enter the PIN on the reader&apos;s keypad</translation>
    </message>
    <message>
        <source>Choose a certificate on a smart card or token.</source>
        <translation>Choose a certificate on a smart card or token.</translation>
    </message>
    <message>
        <source>The PIN is wrong. After too many wrong PINs the card locks it.</source>
        <translation>The PIN is wrong. After too many wrong PINs the card locks it.</translation>
    </message>
    <message>
        <source>The PIN of this card is locked. It must be unlocked with the PUK or by the card&apos;s issuer.</source>
        <translation>The PIN of this card is locked. It must be unlocked with the PUK or by the card&apos;s issuer.</translation>
    </message>
    <message>
        <source>The smart card or token is not present. Insert it and choose Refresh.</source>
        <translation>The smart card or token is not present. Insert it and choose Refresh.</translation>
    </message>
    <message>
        <source>The key on the card cannot be used for signing: %1</source>
        <translation>The key on the card cannot be used for signing: %1</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Signature &amp;level:</source>
        <translation>Signature &amp;level:</translation>
    </message>
    <message>
        <source>Without a timestamp: the signing time is only what this computer&apos;s clock says.</source>
        <translation>Without a timestamp: the signing time is only what this computer&apos;s clock says.</translation>
    </message>
    <message>
        <source>No timestamp authority is set. Enter its address in Preferences, or choose level B-B.</source>
        <translation>No timestamp authority is set. Enter its address in Preferences, or choose level B-B.</translation>
    </message>
    <message>
        <source>Timestamp from %1. If it cannot be reached, the signature is made at B-B and you are warned.</source>
        <translation>Timestamp from %1. If it cannot be reached, the signature is made at B-B and you are warned.</translation>
    </message>
    <message>
        <source>Timestamp from %1. If it cannot be reached, nothing is signed.</source>
        <translation>Timestamp from %1. If it cannot be reached, nothing is signed.</translation>
    </message>
    <message>
        <source>Level %1 needs a timestamp authority. Enter its address in Preferences, or choose level B-B.</source>
        <translation>Level %1 needs a timestamp authority. Enter its address in Preferences, or choose level B-B.</translation>
    </message>
</context>
<context>
    <name>mla::gui::StartPage</name>
    <message>
        <source>Untitled request</source>
        <translation>Untitled request</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>never saved</translation>
    </message>
    <message>
        <source>%1 (%2) — saved %3</source>
        <translation>%1 (%2) — saved %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
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
        <translation>Requested State</translation>
    </message>
    <message>
        <source>%1 (not in the database)</source>
        <translation>%1 (not in the database)</translation>
    </message>
    <message>
        <source>No State chosen yet.</source>
        <translation>No State chosen yet.</translation>
    </message>
    <message>
        <source>Requested State: %1 (%2)</source>
        <translation>Requested State: %1 (%2)</translation>
    </message>
    <message>
        <source>Open in the &amp;knowledge editor…</source>
        <translation>Open in the &amp;knowledge editor…</translation>
    </message>
    <message>
        <source>See, correct or complete what the database records of this State, with sources</source>
        <translation>See, correct or complete what the database records of this State, with sources</translation>
    </message>
</context>
<context>
    <name>mla::gui::TransmitMenu</name>
    <message>
        <source>&amp;Transmission</source>
        <translation>&amp;Transmission</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <source>Put signed request PDFs into an encrypted package for the requested central authority</source>
        <translation>Put signed request PDFs into an encrypted package for the requested central authority</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;Open package…</translation>
    </message>
    <message>
        <source>Decrypt and check a received package, then extract it into a new folder</source>
        <translation>Decrypt and check a received package, then extract it into a new folder</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>&amp;Write receipt…</translation>
    </message>
    <message>
        <source>Check a received package and write a signed receipt for the sender</source>
        <translation>Check a received package and write a signed receipt for the sender</translation>
    </message>
    <message>
        <source>&amp;Import receipt…</source>
        <translation>&amp;Import receipt…</translation>
    </message>
    <message>
        <source>Check a receipt against the package sent and record the acknowledgement</source>
        <translation>Check a receipt against the package sent and record the acknowledgement</translation>
    </message>
</context>
<context>
    <name>mla::gui::UserDialog</name>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Your name is recorded in the history of each request and with your review comments. You can change your name later in Preferences.</source>
        <translation>Your name is recorded in the history of each request and with your review comments. You can change your name later in Preferences.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Function:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>e.g. Anna Schmidt</source>
        <translation>e.g. Anna Schmidt</translation>
    </message>
    <message>
        <source>e.g. Public prosecutor</source>
        <translation>e.g. Public prosecutor</translation>
    </message>
    <message>
        <source>e.g. Public Prosecutor&apos;s Office, Frankfurt am Main</source>
        <translation>e.g. Public Prosecutor&apos;s Office, Frankfurt am Main</translation>
    </message>
</context>
<context>
    <name>mla::gui::Wizard</name>
    <message>
        <source>Pages of the request</source>
        <translation>Pages of the request</translation>
    </message>
    <message>
        <source>Nothing essential is missing on this page.</source>
        <translation>Nothing essential is missing on this page.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Essential information missing on this page:</source>
        <translation>Essential information missing on this page:</translation>
    </message>
    <message>
        <source>Press Next again to continue anyway. You can save an incomplete draft and complete it later.</source>
        <translation>Press Next again to continue anyway. You can save an incomplete draft and complete it later.</translation>
    </message>
    <message>
        <source>Continue &amp;anyway</source>
        <translation>Continue &amp;anyway</translation>
    </message>
    <message>
        <source>The reviewer returned this request for changes.</source>
        <translation>The reviewer returned this request for changes.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comments on this page:</source>
        <translation>Reviewer&apos;s comments on this page:</translation>
    </message>
</context>
<context>
    <name>mla::gui::WizardPage</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AuthorityPage</name>
    <message>
        <source>Requesting authority</source>
        <translation>Autoridad requirente</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Perfiles guardados</translation>
    </message>
    <message>
        <source>&amp;Use profile</source>
        <translation>&amp;Usar perfil</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Guardar como &amp;perfil…</translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation>&amp;Eliminar perfil</translation>
    </message>
    <message>
        <source>Requesting authority (18(15)(a))</source>
        <translation>Autoridad requirente (18(15)(a))</translation>
    </message>
    <message>
        <source>Requesting &amp;State:</source>
        <translation>&amp;Estado requirente:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>Persona de &amp;contacto:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>Su &amp;referencia:</translation>
    </message>
    <message>
        <source>Letterhead logo:</source>
        <translation>Logotipo del membrete:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>&amp;Quitar logotipo</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Name of the si&amp;gnatory:</source>
        <translation>Nombre del fir&amp;mante:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Place of signature:</source>
        <translation>&amp;Lugar de la firma:</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The requesting State is not given.</source>
        <translation>No se indica el Estado requirente.</translation>
    </message>
    <message>
        <source>The requested State is not given.</source>
        <translation>No se indica el Estado requerido.</translation>
    </message>
    <message>
        <source>The output language &apos;%1&apos; is not one of the six official UN languages.</source>
        <translation>El idioma de salida «%1» no es uno de los seis idiomas oficiales de las Naciones Unidas.</translation>
    </message>
    <message>
        <source>The requesting authority is not identified.</source>
        <translation>No se identifica a la autoridad requirente.</translation>
    </message>
    <message>
        <source>The subject matter and nature of the investigation, prosecution or proceeding are not described.</source>
        <translation>No se describen el objeto y la índole de la investigación, el proceso o las actuaciones.</translation>
    </message>
    <message>
        <source>The name of the authority conducting the investigation, prosecution or proceeding is missing.</source>
        <translation>Falta el nombre de la autoridad encargada de la investigación, el proceso o las actuaciones.</translation>
    </message>
    <message>
        <source>The functions of the authority conducting the proceeding are not described.</source>
        <translation>No se describen las funciones de la autoridad encargada de las actuaciones.</translation>
    </message>
    <message>
        <source>No offence is described.</source>
        <translation>No se describe ningún delito.</translation>
    </message>
    <message>
        <source>A summary of the relevant facts is missing.</source>
        <translation>Falta un resumen de los hechos pertinentes.</translation>
    </message>
    <message>
        <source>No summary of facts is needed: the only assistance sought is service of judicial documents.</source>
        <translation>No se necesita un resumen de los hechos: la única asistencia solicitada es la notificación de documentos judiciales.</translation>
    </message>
    <message>
        <source>No assistance is sought: add at least one measure.</source>
        <translation>No se solicita asistencia: añada al menos una medida.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): the assistance sought is not described.</source>
        <translation>Medida %1 (%2): no se describe la asistencia solicitada.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): the purpose for which the evidence, information or action is sought is missing.</source>
        <translation>Medida %1 (%2): falta la finalidad para la que se solicitan las pruebas, la información o las actuaciones.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): &apos;%3&apos; is required.</source>
        <translation>Medida %1 (%2): «%3» es obligatorio.</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; is not a date (yyyy-mm-dd): &apos;%3&apos;.</source>
        <translation>Medida %1: «%2» no es una fecha (aaaa-mm-dd): «%3».</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; has the value &apos;%3&apos;, which is not one of: %4.</source>
        <translation>Medida %1: «%2» tiene el valor «%3», que no es uno de los siguientes: %4.</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; takes only one value.</source>
        <translation>Medida %1: «%2» admite un solo valor.</translation>
    </message>
    <message>
        <source>Measure %1: the period ends (%2) before it starts (%3).</source>
        <translation>Medida %1: el período termina (%2) antes de empezar (%3).</translation>
    </message>
    <message>
        <source>Measure %1 refers to person &apos;%2&apos;, who is not in the request.</source>
        <translation>La medida %1 se refiere a la persona «%2», que no figura en la solicitud.</translation>
    </message>
    <message>
        <source>Measure %1 (%2) must name at least %3 person(s); it names %4.</source>
        <translation>La medida %1 (%2) debe nombrar al menos %3 persona(s); nombra %4.</translation>
    </message>
    <message>
        <source>%1 reports that &apos;%2&apos; is not available (%3). Alternative: %4.</source>
        <translation>%1 informa de que «%2» no está disponible (%3). Alternativa: %4.</translation>
    </message>
    <message>
        <source>%1 reports that &apos;%2&apos; is available with limits (%3). Alternative: %4.</source>
        <translation>%1 informa de que «%2» está disponible con limitaciones (%3). Alternativa: %4.</translation>
    </message>
    <message>
        <source>%1, &apos;%2&apos;: %3</source>
        <translation>%1, «%2»: %3</translation>
    </message>
    <message>
        <source>Offence %1: maximum penalty %2 years, a serious crime under article 2(b).</source>
        <translation>Delito %1: pena máxima de %2 años, delito grave en el sentido del artículo 2 b).</translation>
    </message>
    <message>
        <source>Offence %1: the maximum penalty is not given; the Convention covers serious crime (at least four years, article 2(b)) and the offences it establishes.</source>
        <translation>Delito %1: no se indica la pena máxima; la Convención abarca los delitos graves (al menos cuatro años, artículo 2 b)) y los delitos tipificados con arreglo a ella.</translation>
    </message>
    <message>
        <source>Offence %1: a maximum penalty of %2 years is below four years and no Convention offence is named: outside article 2(b) unless another basis applies.</source>
        <translation>Delito %1: una pena máxima de %2 años es inferior a cuatro años y no se menciona ningún delito de la Convención: queda fuera del artículo 2 b) salvo que exista otra base.</translation>
    </message>
    <message>
        <source>The transnational nature of the offence (article 3(2)) is not shown.</source>
        <translation>No se demuestra el carácter transnacional del delito (artículo 3, párrafo 2).</translation>
    </message>
    <message>
        <source>The offence is stated not to be transnational (article 3(2)): the Convention may not apply.</source>
        <translation>Se indica que el delito no es transnacional (artículo 3, párrafo 2): es posible que la Convención no sea aplicable.</translation>
    </message>
    <message>
        <source>The involvement of an organized criminal group (article 2(a)) is not shown.</source>
        <translation>No se demuestra la participación de un grupo delictivo organizado (artículo 2 a)).</translation>
    </message>
    <message>
        <source>No organized criminal group is stated to be involved: the Convention may not apply (article 3(1)).</source>
        <translation>No se indica la participación de ningún grupo delictivo organizado: es posible que la Convención no sea aplicable (artículo 3, párrafo 1).</translation>
    </message>
    <message>
        <source>Scope of the Convention shown: serious crime or Convention offence, transnational, organized criminal group (article 3).</source>
        <translation>Ámbito de aplicación de la Convención demostrado: delito grave o delito de la Convención, carácter transnacional, grupo delictivo organizado (artículo 3).</translation>
    </message>
    <message>
        <source>Nothing is recorded for the requested State &apos;%1&apos;: unknown — verify with its central authority.</source>
        <translation>No consta nada sobre el Estado requerido «%1»: se desconoce; verifíquelo con su autoridad central.</translation>
    </message>
    <message>
        <source>%1 is a party to the Convention (%2).</source>
        <translation>%1 es parte en la Convención (%2).</translation>
    </message>
    <message>
        <source>Whether %1 is a party to the Convention is not recorded: unknown — verify (UN Treaty Collection, chapter XVIII-12).</source>
        <translation>No consta si %1 es parte en la Convención: se desconoce; verifíquelo (Colección de Tratados de las Naciones Unidas, capítulo XVIII-12).</translation>
    </message>
    <message>
        <source>%1 is recorded as &apos;%2&apos;, not as a party to the Convention: the Convention cannot be the legal basis.</source>
        <translation>%1 consta como «%2», no como parte en la Convención: la Convención no puede ser la base jurídica.</translation>
    </message>
    <message>
        <source>The legal basis is a treaty, but the treaty is not named.</source>
        <translation>La base jurídica es un tratado, pero no se indica cuál.</translation>
    </message>
    <message>
        <source>The treaty &apos;%1&apos; is not recorded between %2 and %3: verify that it is in force.</source>
        <translation>El tratado «%1» no consta entre %2 y %3: verifique que esté en vigor.</translation>
    </message>
    <message>
        <source>The treaty &apos;%1&apos; is in force between %2 and %3: it governs the request; paragraphs 9 to 29 of article 18 apply only if the States agree to apply them instead (18(7)).</source>
        <translation>El tratado «%1» está en vigor entre %2 y %3: rige la solicitud; los párrafos 9 a 29 del artículo 18 solo se aplican si los Estados convienen en aplicarlos en su lugar (18(7)).</translation>
    </message>
    <message>
        <source>No mutual legal assistance treaty between %1 and %2 is recorded: paragraphs 9 to 29 of article 18 apply (18(7)). Verify that no treaty binds the two States.</source>
        <translation>No consta ningún tratado de asistencia judicial recíproca entre %1 y %2: se aplican los párrafos 9 a 29 del artículo 18 (18(7)). Verifique que ningún tratado vincule a ambos Estados.</translation>
    </message>
    <message>
        <source>Whether a mutual legal assistance treaty binds %1 and %2 is unknown — verify (18(7)).</source>
        <translation>Se desconoce si un tratado de asistencia judicial recíproca vincula a %1 y %2; verifíquelo (18(7)).</translation>
    </message>
    <message>
        <source>%1 does not require dual criminality. Notes: %2</source>
        <translation>%1 no exige la doble incriminación. Notas: %2</translation>
    </message>
    <message>
        <source>%1 requires dual criminality for coercive measures only, and none is sought.</source>
        <translation>%1 exige la doble incriminación solo para medidas coercitivas, y no se solicita ninguna.</translation>
    </message>
    <message>
        <source>The dual-criminality policy of %1 is unknown — verify with the central authority.</source>
        <translation>Se desconoce la política de %1 en materia de doble incriminación; verifíquela con la autoridad central.</translation>
    </message>
    <message>
        <source>Offence %1 has no ICCS code for its conduct: dual criminality cannot be checked.</source>
        <translation>El delito %1 no tiene código ICCS para su conducta: no se puede comprobar la doble incriminación.</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): the conduct is an offence in %3: %4.</source>
        <translation>Delito %1 (ICCS %2): la conducta es delito en %3: %4.</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): the conduct is recorded as not an offence in %3; assistance may be refused (18(9)). Notes: %4</source>
        <translation>Delito %1 (ICCS %2): consta que la conducta no es delito en %3; la asistencia puede denegarse (18(9)). Notas: %4</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): whether the conduct is an offence in %3 is unknown — verify with the central authority.</source>
        <translation>Delito %1 (ICCS %2): se desconoce si la conducta es delito en %3; verifíquelo con la autoridad central.</translation>
    </message>
    <message>
        <source>Add a dual-criminality note showing that the conduct is also an offence in %1.</source>
        <translation>Añada una nota sobre la doble incriminación que muestre que la conducta también es delito en %1.</translation>
    </message>
    <message>
        <source>The legal basis is reciprocity, but no assurance of reciprocity is given.</source>
        <translation>La base jurídica es la reciprocidad, pero no se da ninguna garantía de reciprocidad.</translation>
    </message>
    <message>
        <source>An assurance of reciprocity is given without its wording (reciprocity note).</source>
        <translation>Se da una garantía de reciprocidad sin su texto (nota de reciprocidad).</translation>
    </message>
    <message>
        <source>The reciprocity policy of %1 is unknown — verify with the central authority; consider giving an assurance of reciprocity.</source>
        <translation>Se desconoce la política de %1 en materia de reciprocidad; verifíquela con la autoridad central y considere dar una garantía de reciprocidad.</translation>
    </message>
    <message>
        <source>%1 does not require reciprocity. Notes: %2</source>
        <translation>%1 no exige reciprocidad. Notas: %2</translation>
    </message>
    <message>
        <source>%1 requires an assurance of reciprocity, and none is given. Notes: %2</source>
        <translation>%1 exige una garantía de reciprocidad y no se da ninguna. Notas: %2</translation>
    </message>
    <message>
        <source>An assurance of reciprocity is given, as %1 requires. Notes: %2</source>
        <translation>Se da una garantía de reciprocidad, como exige %1. Notas: %2</translation>
    </message>
    <message>
        <source>%1 requires reciprocity only absent a treaty, and a treaty applies. Notes: %2</source>
        <translation>%1 exige reciprocidad solo a falta de tratado, y se aplica un tratado. Notas: %2</translation>
    </message>
    <message>
        <source>The languages %1 accepts are not recorded: unknown — verify with the central authority. Notes: %2</source>
        <translation>No constan los idiomas que acepta %1: se desconocen; verifíquelos con la autoridad central. Notas: %2</translation>
    </message>
    <message>
        <source>%1 accepts requests in &apos;%2&apos;. Conditions: %3</source>
        <translation>%1 acepta solicitudes en «%2». Condiciones: %3</translation>
    </message>
    <message>
        <source>%1 has not notified &apos;%2&apos; as such (notified: %3); its notification sets conditions: %4 — check that the request meets them.</source>
        <translation>%1 no ha notificado «%2» como tal (notificados: %3); su notificación fija condiciones: %4; compruebe que la solicitud las cumpla.</translation>
    </message>
    <message>
        <source>%1 has not notified &apos;%2&apos; as an acceptable language (notified: %3).</source>
        <translation>%1 no ha notificado «%2» como idioma aceptable (notificados: %3).</translation>
    </message>
    <message>
        <source>INTERPOL may be used only in urgent circumstances; the request is not marked urgent.</source>
        <translation>INTERPOL solo puede utilizarse en casos urgentes; la solicitud no está marcada como urgente.</translation>
    </message>
    <message>
        <source>%1 does not accept requests through INTERPOL.</source>
        <translation>%1 no acepta solicitudes por conducto de INTERPOL.</translation>
    </message>
    <message>
        <source>Whether %1 agrees to receive urgent requests through INTERPOL is unknown — verify with the central authority.</source>
        <translation>Se desconoce si %1 acepta recibir solicitudes urgentes por conducto de INTERPOL; verifíquelo con la autoridad central.</translation>
    </message>
    <message>
        <source>%1 accepts urgent requests through INTERPOL.</source>
        <translation>%1 acepta solicitudes urgentes por conducto de INTERPOL.</translation>
    </message>
    <message>
        <source>%1 does not accept requests through diplomatic channels.</source>
        <translation>%1 no acepta solicitudes por vía diplomática.</translation>
    </message>
    <message>
        <source>Whether %1 accepts requests through diplomatic channels is not recorded — verify.</source>
        <translation>No consta si %1 acepta solicitudes por vía diplomática; verifíquelo.</translation>
    </message>
    <message>
        <source>%1 accepts requests through diplomatic channels.</source>
        <translation>%1 acepta solicitudes por vía diplomática.</translation>
    </message>
    <message>
        <source>%1 requires requests to be addressed through diplomatic channels.</source>
        <translation>%1 exige que las solicitudes se cursen por vía diplomática.</translation>
    </message>
    <message>
        <source>%1 does not accept requests sent directly to its central authority.</source>
        <translation>%1 no acepta solicitudes enviadas directamente a su autoridad central.</translation>
    </message>
    <message>
        <source>Central authority of %1: %2.</source>
        <translation>Autoridad central de %1: %2.</translation>
    </message>
    <message>
        <source>The central authority of %1 is not recorded: unknown — verify.</source>
        <translation>No consta la autoridad central de %1: se desconoce; verifíquelo.</translation>
    </message>
    <message>
        <source>A deadline (%1) is set without reasons; deadlines are taken into account only where reasons are given.</source>
        <translation>Se fija un plazo (%1) sin motivos; los plazos solo se tienen en cuenta si se indican los motivos.</translation>
    </message>
    <message>
        <source>The request is marked urgent without reasons.</source>
        <translation>La solicitud está marcada como urgente sin motivos.</translation>
    </message>
    <message>
        <source>The deadline %1 has passed.</source>
        <translation>El plazo %1 ha vencido.</translation>
    </message>
    <message>
        <source>Confidentiality is requested without reasons.</source>
        <translation>Se solicita confidencialidad sin motivos.</translation>
    </message>
    <message>
        <source>Practice of %1 on confidentiality: %2</source>
        <translation>Práctica de %1 en materia de confidencialidad: %2</translation>
    </message>
    <message>
        <source>State the use to be made of the information and evidence: they may not be used for other proceedings without the requested State&apos;s consent.</source>
        <translation>Indique el uso que se dará a la información y las pruebas: no pueden utilizarse en otras actuaciones sin el consentimiento del Estado requerido.</translation>
    </message>
    <message>
        <source>Practice of %1 on the use of evidence: %2</source>
        <translation>Práctica de %1 en materia de uso de las pruebas: %2</translation>
    </message>
    <message>
        <source>Person %1 has no name.</source>
        <translation>La persona %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>Person %1: no address or known location is given.</source>
        <translation>Persona %1: no se indica ninguna dirección ni ubicación conocida.</translation>
    </message>
    <message>
        <source>Person %1: nationality not given (give it where known).</source>
        <translation>Persona %1: no se indica la nacionalidad (indíquela si se conoce).</translation>
    </message>
    <message>
        <source>Person %1: &apos;%2&apos; is not an ISO 3166 alpha-3 code.</source>
        <translation>Persona %1: «%2» no es un código ISO 3166 alfa-3.</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional control character (U+%2): the text can display differently from what it is (spoofing risk).</source>
        <translation>%1 contiene un carácter de control bidireccional (U+%2): el texto puede mostrarse de forma distinta a como es (riesgo de suplantación).</translation>
    </message>
    <message>
        <source>%1 contains an invisible character (U+%2): two values that look the same can differ (spoofing risk).</source>
        <translation>%1 contiene un carácter invisible (U+%2): dos valores que parecen iguales pueden ser distintos (riesgo de suplantación).</translation>
    </message>
    <message>
        <source>%1 mixes Latin and %2 letters in one word (&apos;%3&apos;): look-alike letters are a spoofing risk.</source>
        <translation>%1 mezcla letras latinas y %2 en una misma palabra («%3»): las letras parecidas suponen un riesgo de suplantación.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a common-law standard with no equivalent in many systems: describe the facts that ground the suspicion instead.</source>
        <translation>«%1» es un criterio del common law sin equivalente en muchos sistemas: describa en su lugar los hechos en que se basa la sospecha.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no equivalent in many systems: explain that it is a body of citizens that decides whether a person is charged, and what it needs.</source>
        <translation>«%1» no tiene equivalente en muchos sistemas: explique que es un órgano de ciudadanos que decide si se acusa a una persona, y qué necesita.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a statute of one State: describe the conduct and cite the provision in full.</source>
        <translation>«%1» designa una ley de un solo Estado: describa la conducta y cite la disposición íntegramente.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is unknown in many systems: describe the agreement between prosecution and defendant in plain words.</source>
        <translation>«%1» es desconocido en muchos sistemas: describa con palabras sencillas el acuerdo entre la acusación y el acusado.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not translate: say which order, by whom, and what it compels.</source>
        <translation>«%1» no es traducible: indique de qué orden se trata, quién la dicta y qué obliga a hacer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (disclosure between the parties) is unknown in many systems: explain it in plain words.</source>
        <translation>«%1» (revelación entre las partes) es desconocido en muchos sistemas: explíquelo con palabras sencillas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a rule of evidence unknown in many systems: explain what the requested State&apos;s authorities must do or avoid.</source>
        <translation>«%1» es una norma probatoria desconocida en muchos sistemas: explique qué deben hacer o evitar las autoridades del Estado requerido.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a national rule: state the cautions to be given to the person in full.</source>
        <translation>«%1» designa una norma nacional: indique íntegramente las advertencias que deben hacerse a la persona.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a standard of proof that translates unevenly: explain it in plain words.</source>
        <translation>«%1» es un estándar probatorio que se traduce de forma desigual: explíquelo con palabras sencillas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: describe the handling and records needed for the evidence to be admissible.</source>
        <translation>«%1»: describa la manipulación y los registros necesarios para que la prueba sea admisible.</translation>
    </message>
    <message>
        <source>%1: the text is in &apos;%2&apos; and has no translation into &apos;%3&apos;.</source>
        <translation>%1: el texto está en «%2» y no tiene traducción al «%3».</translation>
    </message>
    <message>
        <source>%1: the translation into &apos;%2&apos; was made from an earlier version of the text.</source>
        <translation>%1: la traducción al «%2» se hizo a partir de una versión anterior del texto.</translation>
    </message>
    <message>
        <source>%1: the translation into &apos;%2&apos; is still a draft.</source>
        <translation>%1: la traducción al «%2» todavía es un borrador.</translation>
    </message>
    <message>
        <source>Offence %1 is an offence established under the Convention or its Protocols (%2).</source>
        <translation>El delito %1 es un delito tipificado con arreglo a la Convención o sus Protocolos (%2).</translation>
    </message>
    <message>
        <source>The reciprocity policy of %1 is unknown — verify with the central authority; an assurance of reciprocity is given.</source>
        <translation>Se desconoce la política de %1 en materia de reciprocidad; verifíquela con la autoridad central. Se da una garantía de reciprocidad.</translation>
    </message>
    <message>
        <source>%1 does not accept every request sent electronically or signed electronically (transmission: %2; electronic signature: %3): send a signed paper original. Notes: %4</source>
        <translation>%1 no acepta todas las solicitudes enviadas o firmadas electrónicamente (transmisión: %2; firma electrónica: %3): envíe un original en papel firmado. Notas: %4</translation>
    </message>
    <message>
        <source>%1 accepts requests transmitted and signed electronically. Notes: %2</source>
        <translation>%1 acepta solicitudes transmitidas y firmadas electrónicamente. Notas: %2</translation>
    </message>
    <message>
        <source>Whether %1 accepts requests transmitted or signed electronically is not recorded — verify; a signed paper original may be needed.</source>
        <translation>No consta si %1 acepta solicitudes transmitidas o firmadas electrónicamente; verifíquelo. Puede ser necesario un original en papel firmado.</translation>
    </message>
    <message>
        <source>%1 has made a declaration bearing on article 18(7): %2</source>
        <translation>%1 ha formulado una declaración relativa al artículo 18(7): %2</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>These findings compare the request with article 18 and with what the database knows about the requested State. Activate a finding (Enter or double-click) to go to its field.</source>
        <translation>Estas observaciones comparan la solicitud con el artículo 18 y con lo que la base de datos sabe del Estado requerido. Active una observación (Intro o doble clic) para ir a su campo.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <source>Summary of facts</source>
        <translation>Resumen de los hechos</translation>
    </message>
    <message>
        <source>Summarise the relevant facts (18(15)(c)): who did what, when and where, and how each person and each measure sought relates to the offences. A summary is not needed when only service of documents is requested.</source>
        <translation>Resuma los hechos pertinentes (18(15)(c)): quién hizo qué, cuándo y dónde, y cómo se relacionan con los delitos cada persona y cada medida solicitada. No se necesita resumen si solo se solicita la notificación de documentos.</translation>
    </message>
    <message>
        <source>&amp;Summary of facts:</source>
        <translation>&amp;Resumen de los hechos:</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>Unknown — verify with the central authority.</source>
        <translation>Se desconoce; verifíquelo con la autoridad central.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>verificado el %1</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>aún no verificado</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>required</source>
        <translation>exigida</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>no aceptada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the requested State to see what the database knows about its requirements.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija el Estado requerido para ver lo que la base de datos sabe de sus requisitos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the requirements database has no record of this State.</source>
        <translation>la base de datos de requisitos no tiene ningún registro de este Estado.</translation>
    </message>
    <message>
        <source>UNTOC</source>
        <translation>Convención contra la Delincuencia Organizada</translation>
    </message>
    <message>
        <source>Central authority (18(13))</source>
        <translation>Autoridad central (18(13))</translation>
    </message>
    <message>
        <source>Channels (18(13))</source>
        <translation>Vías (18(13))</translation>
    </message>
    <message>
        <source>central authority: %1; diplomatic: %2; INTERPOL: %3</source>
        <translation>autoridad central: %1; vía diplomática: %2; INTERPOL: %3</translation>
    </message>
    <message>
        <source>Languages (18(14))</source>
        <translation>Idiomas (18(14))</translation>
    </message>
    <message>
        <source>Electronic transmission / e-signature</source>
        <translation>Transmisión electrónica / firma electrónica</translation>
    </message>
    <message>
        <source>transmission: %1; signature: %2</source>
        <translation>transmisión: %1; firma: %2</translation>
    </message>
    <message>
        <source>Dual criminality (18(9))</source>
        <translation>Doble incriminación (18(9))</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Reciprocidad</translation>
    </message>
    <message>
        <source>Use limitation and confidentiality (18(19), 18(20))</source>
        <translation>Limitación del uso y confidencialidad (18(19), 18(20))</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>The requesting State undertakes not to transmit or use the information or evidence furnished for investigations, prosecutions or judicial proceedings other than those stated in this request without the prior consent of the requested State (article 18(19)).</source>
        <translation>El Estado requirente se compromete a no comunicar ni utilizar la información o las pruebas proporcionadas para investigaciones, procesos o actuaciones judiciales distintos de los indicados en la presente solicitud sin el previo consentimiento del Estado requerido (artículo 18, párrafo 19).</translation>
    </message>
    <message>
        <source>The requesting State asks that the fact and substance of this request be kept confidential, except to the extent necessary to execute it (article 18(20)).</source>
        <translation>El Estado requirente pide que se mantenga la reserva acerca de la existencia y el contenido de la presente solicitud, salvo en la medida necesaria para darle cumplimiento (artículo 18, párrafo 20).</translation>
    </message>
    <message>
        <source>The conduct underlying the offence of %1 (ICCS %2) is also an offence in the requested State under %3.</source>
        <translation>La conducta constitutiva del delito de %1 (ICCS %2) también es delito en el Estado requerido con arreglo a %3.</translation>
    </message>
    <message>
        <source>The requesting State assures the requested State that it will comply with a future request of a similar nature from the requested State.</source>
        <translation>El Estado requirente garantiza al Estado requerido que atenderá cualquier solicitud futura de naturaleza similar que este le presente.</translation>
    </message>
    <message>
        <source>source dated %1</source>
        <translation>fuente de fecha %1</translation>
    </message>
    <message>
        <source>source undated</source>
        <translation>fuente sin fecha</translation>
    </message>
    <message numerus="yes">
        <source>— possibly outdated (older than %n year(s) or undated): verify</source>
        <translation>
            <numerusform>— posiblemente desactualizado (más de %n año o sin fecha): verificar</numerusform>
            <numerusform>— posiblemente desactualizado (más de %n años o sin fecha): verificar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>UNTOC article 18</source>
        <translation>Artículo 18 de la Convención contra la Delincuencia Organizada</translation>
    </message>
    <message>
        <source>Bilateral or multilateral treaty</source>
        <translation>Tratado bilateral o multilateral</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Reciprocidad</translation>
    </message>
    <message>
        <source>Central authority</source>
        <translation>Autoridad central</translation>
    </message>
    <message>
        <source>Diplomatic channel</source>
        <translation>Vía diplomática</translation>
    </message>
    <message>
        <source>INTERPOL (urgent, where agreed)</source>
        <translation>INTERPOL (urgente, si se ha convenido)</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <translation>Enjuiciamiento</translation>
    </message>
    <message>
        <source>Judicial proceedings</source>
        <translation>Actuaciones judiciales</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Sospechoso</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Acusado</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Perito</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titular de la cuenta</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>Persona detenida</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Enviado para revisión</translation>
    </message>
    <message>
        <source>Returned to the drafter</source>
        <translation>Devuelto al redactor</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bloqueantes</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Subscriber information</source>
        <translation>Datos de los abonados</translation>
    </message>
    <message>
        <source>Traffic data</source>
        <translation>Datos de tráfico</translation>
    </message>
    <message>
        <source>Content data</source>
        <translation>Datos de contenido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originales</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Copias certificadas</translation>
    </message>
</context>
<context>
    <name>MeasureSchema</name>
    <message>
        <source>Taking evidence or statements</source>
        <translation>Recibir testimonios o tomar declaración</translation>
    </message>
    <message>
        <source>Questions to be put</source>
        <translation>Preguntas que deben formularse</translation>
    </message>
    <message>
        <source>Oath, caution or procedure to follow</source>
        <translation>Juramento, advertencia o procedimiento que debe seguirse</translation>
    </message>
    <message>
        <source>Place of the hearing</source>
        <translation>Lugar de la audiencia</translation>
    </message>
    <message>
        <source>Service of judicial documents</source>
        <translation>Notificación de documentos judiciales</translation>
    </message>
    <message>
        <source>Documents to be served</source>
        <translation>Documentos que deben notificarse</translation>
    </message>
    <message>
        <source>Address for service</source>
        <translation>Dirección para la notificación</translation>
    </message>
    <message>
        <source>Date the person is summoned to appear</source>
        <translation>Fecha en que se cita a la persona a comparecer</translation>
    </message>
    <message>
        <source>Proof of service required</source>
        <translation>Prueba de la notificación requerida</translation>
    </message>
    <message>
        <source>Search and seizure</source>
        <translation>Registro e incautación</translation>
    </message>
    <message>
        <source>Premises to be searched (address)</source>
        <translation>Lugar que debe registrarse (dirección)</translation>
    </message>
    <message>
        <source>Items to be seized</source>
        <translation>Objetos que deben incautarse</translation>
    </message>
    <message>
        <source>Link between the premises and the offence</source>
        <translation>Vínculo entre el lugar y el delito</translation>
    </message>
    <message>
        <source>Freezing of assets</source>
        <translation>Embargo preventivo de bienes</translation>
    </message>
    <message>
        <source>Assets to be frozen</source>
        <translation>Bienes que deben embargarse</translation>
    </message>
    <message>
        <source>Institution holding the assets</source>
        <translation>Institución que tiene los bienes</translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation>Números de cuenta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Domestic freezing order (reference)</source>
        <translation>Orden nacional de embargo (referencia)</translation>
    </message>
    <message>
        <source>Examining objects and sites</source>
        <translation>Examen de objetos y lugares</translation>
    </message>
    <message>
        <source>Object or site to be examined</source>
        <translation>Objeto o lugar que debe examinarse</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Information, evidentiary items and expert evaluations</source>
        <translation>Información, elementos de prueba y evaluaciones de peritos</translation>
    </message>
    <message>
        <source>Information or items sought</source>
        <translation>Información o elementos solicitados</translation>
    </message>
    <message>
        <source>Expert evaluation requested</source>
        <translation>Evaluación pericial solicitada</translation>
    </message>
    <message>
        <source>Bank and financial records</source>
        <translation>Documentación bancaria y financiera</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>Institución financiera</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Período desde</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Período hasta</translation>
    </message>
    <message>
        <source>Types of documents</source>
        <translation>Tipos de documentos</translation>
    </message>
    <message>
        <source>Certification or authentication required</source>
        <translation>Certificación o autenticación requerida</translation>
    </message>
    <message>
        <source>Documents and records</source>
        <translation>Documentos y expedientes</translation>
    </message>
    <message>
        <source>Documents or records sought</source>
        <translation>Documentos o expedientes solicitados</translation>
    </message>
    <message>
        <source>Who holds them</source>
        <translation>Quién los tiene</translation>
    </message>
    <message>
        <source>Originals or certified copies</source>
        <translation>Originales o copias certificadas</translation>
    </message>
    <message>
        <source>Identifying or tracing proceeds, property or instrumentalities</source>
        <translation>Identificación o localización del producto del delito, los bienes o los instrumentos</translation>
    </message>
    <message>
        <source>Proceeds, property or instrumentalities</source>
        <translation>Producto del delito, bienes o instrumentos</translation>
    </message>
    <message>
        <source>Known assets or accounts</source>
        <translation>Bienes o cuentas conocidos</translation>
    </message>
    <message>
        <source>Voluntary appearance in the requesting State</source>
        <translation>Comparecencia voluntaria en el Estado requirente</translation>
    </message>
    <message>
        <source>Date of appearance</source>
        <translation>Fecha de comparecencia</translation>
    </message>
    <message>
        <source>Expenses, travel and safe conduct (18(27))</source>
        <translation>Gastos, viaje y salvoconducto (18(27))</translation>
    </message>
    <message>
        <source>Other assistance</source>
        <translation>Otra asistencia</translation>
    </message>
    <message>
        <source>Assistance sought</source>
        <translation>Asistencia solicitada</translation>
    </message>
    <message>
        <source>Expedited preservation of stored computer data</source>
        <translation>Conservación rápida de datos informáticos almacenados</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Proveedor de servicios</translation>
    </message>
    <message>
        <source>Accounts, addresses or other identifiers</source>
        <translation>Cuentas, direcciones u otros identificadores</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Categorías de datos</translation>
    </message>
    <message>
        <source>Follow-up request for production (reference)</source>
        <translation>Solicitud posterior de presentación (referencia)</translation>
    </message>
    <message>
        <source>Access to stored computer data</source>
        <translation>Acceso a datos informáticos almacenados</translation>
    </message>
    <message>
        <source>Earlier preservation (reference)</source>
        <translation>Conservación anterior (referencia)</translation>
    </message>
    <message>
        <source>Real-time collection of traffic data</source>
        <translation>Obtención en tiempo real de datos de tráfico</translation>
    </message>
    <message>
        <source>Collection from</source>
        <translation>Obtención desde</translation>
    </message>
    <message>
        <source>Collection to</source>
        <translation>Obtención hasta</translation>
    </message>
    <message>
        <source>Hearing by videoconference</source>
        <translation>Audiencia por videoconferencia</translation>
    </message>
    <message>
        <source>Subject of the hearing and questions</source>
        <translation>Objeto de la audiencia y preguntas</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>Fecha propuesta</translation>
    </message>
    <message>
        <source>Judicial authority conducting the hearing</source>
        <translation>Autoridad judicial que dirige la audiencia</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <source>Interpretation needed (language)</source>
        <translation>Interpretación necesaria (idioma)</translation>
    </message>
    <message>
        <source>Temporary transfer of a detained person</source>
        <translation>Traslado temporal de una persona detenida</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Lugar de detención</translation>
    </message>
    <message>
        <source>The person consents (18(10)(a))</source>
        <translation>La persona da su consentimiento (18(10)(a))</translation>
    </message>
    <message>
        <source>Period of the transfer</source>
        <translation>Duración del traslado</translation>
    </message>
    <message>
        <source>Custody and return arrangements (18(11))</source>
        <translation>Disposiciones de custodia y devolución (18(11))</translation>
    </message>
    <message>
        <source>Controlled delivery</source>
        <translation>Entrega vigilada</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>Remesa</translation>
    </message>
    <message>
        <source>Expected route</source>
        <translation>Ruta prevista</translation>
    </message>
    <message>
        <source>Expected dates</source>
        <translation>Fechas previstas</translation>
    </message>
    <message>
        <source>Joint investigation</source>
        <translation>Investigación conjunta</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Composition of the team</source>
        <translation>Composición del equipo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Transfer of criminal proceedings</source>
        <translation>Remisión de actuaciones penales</translation>
    </message>
    <message>
        <source>Reasons for the transfer</source>
        <translation>Motivos de la remisión</translation>
    </message>
    <message>
        <source>Contents of the case file transmitted</source>
        <translation>Contenido del expediente remitido</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Añadir medida</translation>
    </message>
    <message>
        <source>Re&amp;move measure</source>
        <translation>&amp;Quitar medida</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>&amp;Persons concerned:</source>
        <translation>&amp;Personas afectadas:</translation>
    </message>
    <message>
        <source>&amp;Description of the assistance (18(15)(d)):</source>
        <translation>&amp;Descripción de la asistencia (18(15)(d)):</translation>
    </message>
    <message>
        <source>P&amp;urpose (18(15)(f)):</source>
        <translation>&amp;Finalidad (18(15)(f)):</translation>
    </message>
    <message>
        <source>Particular p&amp;rocedures (18(17)):</source>
        <translation>P&amp;rocedimientos particulares (18(17)):</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>MissingInfo</name>
    <message>
        <source>Requested State</source>
        <translation>Estado requerido</translation>
    </message>
    <message>
        <source>Title of the treaty</source>
        <translation>Título del tratado</translation>
    </message>
    <message>
        <source>Reasons for urgency</source>
        <translation>Motivos de la urgencia</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>Estado requirente</translation>
    </message>
    <message>
        <source>Name of the requesting authority</source>
        <translation>Nombre de la autoridad requirente</translation>
    </message>
    <message>
        <source>Address of the requesting authority</source>
        <translation>Dirección de la autoridad requirente</translation>
    </message>
    <message>
        <source>E-mail or telephone of the requesting authority</source>
        <translation>Correo electrónico o teléfono de la autoridad requirente</translation>
    </message>
    <message>
        <source>Subject matter and nature of the proceedings</source>
        <translation>Objeto e índole de las actuaciones</translation>
    </message>
    <message>
        <source>Name of the authority conducting the proceedings</source>
        <translation>Nombre de la autoridad encargada de las actuaciones</translation>
    </message>
    <message>
        <source>Functions of the authority conducting the proceedings</source>
        <translation>Funciones de la autoridad encargada de las actuaciones</translation>
    </message>
    <message>
        <source>Summary of the relevant facts</source>
        <translation>Resumen de los hechos pertinentes</translation>
    </message>
    <message>
        <source>At least one offence</source>
        <translation>Al menos un delito</translation>
    </message>
    <message>
        <source>Offence %1: name</source>
        <translation>Delito %1: nombre</translation>
    </message>
    <message>
        <source>Offence %1: text of the legal provision</source>
        <translation>Delito %1: texto de la disposición legal</translation>
    </message>
    <message>
        <source>Person %1: name</source>
        <translation>Persona %1: nombre</translation>
    </message>
    <message>
        <source>At least one measure (the assistance sought)</source>
        <translation>Al menos una medida (la asistencia solicitada)</translation>
    </message>
    <message>
        <source>%1: description of the assistance sought</source>
        <translation>%1: descripción de la asistencia solicitada</translation>
    </message>
    <message>
        <source>%1: purpose</source>
        <translation>%1: finalidad</translation>
    </message>
    <message>
        <source>%1: the person concerned</source>
        <translation>%1: la persona afectada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reasons for confidentiality</source>
        <translation>Motivos de la confidencialidad</translation>
    </message>
    <message>
        <source>Name of the signatory</source>
        <translation>Nombre del firmante</translation>
    </message>
    <message>
        <source>Function of the signatory</source>
        <translation>Cargo del firmante</translation>
    </message>
    <message>
        <source>Language of the request</source>
        <translation>Idioma de la solicitud</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — article %2</source>
        <translation>%1 — artículo %2</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>Person %1: the date of birth “%2” is not a date</source>
        <translation>Persona %1: la fecha de nacimiento «%2» no es una fecha</translation>
    </message>
    <message>
        <source>%1: %2 “%3” is not a date</source>
        <translation>%1: %2 «%3» no es una fecha</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Conditions and notes</source>
        <translation>Condiciones y notas</translation>
    </message>
    <message>
        <source>Particular procedures (18(17)) are entered with each measure, on the Measures page.</source>
        <translation>Los procedimientos particulares (18(17)) se indican con cada medida, en la página Medidas.</translation>
    </message>
    <message>
        <source>Confidentiality (18(20))</source>
        <translation>Confidencialidad (18(20))</translation>
    </message>
    <message>
        <source>Ask the requested State to keep the request &amp;confidential</source>
        <translation>Pedir al Estado requerido que mantenga la solicitud en &amp;reserva</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motivos:</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Usar sugerencia</translation>
    </message>
    <message>
        <source>Use limitation (18(19))</source>
        <translation>Limitación del uso (18(19))</translation>
    </message>
    <message>
        <source>&amp;Use limitation:</source>
        <translation>&amp;Limitación del uso:</translation>
    </message>
    <message>
        <source>Use su&amp;ggestion</source>
        <translation>Usar su&amp;gerencia</translation>
    </message>
    <message>
        <source>Dual criminality (18(9))</source>
        <translation>Doble incriminación (18(9))</translation>
    </message>
    <message>
        <source>&amp;Dual criminality:</source>
        <translation>&amp;Doble incriminación:</translation>
    </message>
    <message>
        <source>How the conduct is also an offence in the requested State, if it requires it</source>
        <translation>Por qué la conducta también es delito en el Estado requerido, si este lo exige</translation>
    </message>
    <message>
        <source>Use suggesti&amp;on</source>
        <translation>Usar sugeren&amp;cia</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Reciprocidad</translation>
    </message>
    <message>
        <source>&amp;Reciprocity:</source>
        <translation>&amp;Reciprocidad:</translation>
    </message>
    <message>
        <source>Use sugge&amp;stion</source>
        <translation>Usar suger&amp;encia</translation>
    </message>
</context>
<context>
    <name>OffencesPage</name>
    <message>
        <source>Offences</source>
        <translation>Delitos</translation>
    </message>
    <message>
        <source>&amp;Add offence</source>
        <translation>&amp;Añadir delito</translation>
    </message>
    <message>
        <source>Re&amp;move offence</source>
        <translation>&amp;Quitar delito</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Delito</translation>
    </message>
    <message>
        <source>&amp;Name of the offence:</source>
        <translation>&amp;Nombre del delito:</translation>
    </message>
    <message>
        <source>&amp;Legal provision (text):</source>
        <translation>&amp;Disposición legal (texto):</translation>
    </message>
    <message>
        <source>The text of the provision, as in your law</source>
        <translation>El texto de la disposición, tal como figura en su legislación</translation>
    </message>
    <message>
        <source>Maximum &amp;penalty (years):</source>
        <translation>&amp;Pena máxima (años):</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Con&amp;vention article:</source>
        <translation>Artículo de la Con&amp;vención:</translation>
    </message>
    <message>
        <source>Con&amp;duct (ICCS):</source>
        <translation>Con&amp;ducta (ICCS):</translation>
    </message>
    <message>
        <source>Remove selected cond&amp;uct</source>
        <translation>Quitar la cond&amp;ucta seleccionada</translation>
    </message>
    <message>
        <source>Find c&amp;onduct:</source>
        <translation>Buscar c&amp;onducta:</translation>
    </message>
    <message>
        <source>Search the International Classification of Crime for Statistical Purposes</source>
        <translation>Buscar en la Clasificación Internacional de Delitos con Fines Estadísticos</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Coincidencias:</translation>
    </message>
    <message>
        <source>Add sele&amp;cted conduct</source>
        <translation>Añadir la conducta sele&amp;ccionada</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Output &amp;language:</source>
        <translation>&amp;Idioma de salida:</translation>
    </message>
    <message>
        <source>&amp;Render PDF</source>
        <translation>&amp;Generar PDF</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>F&amp;irmar…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport for translation…</source>
        <translation>E&amp;xportar para traducción…</translation>
    </message>
    <message>
        <source>I&amp;mport translation…</source>
        <translation>I&amp;mportar traducción…</translation>
    </message>
    <message>
        <source>&amp;Translation of the free text into the output language:</source>
        <translation>&amp;Traducción del texto libre a la lengua de salida:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sen&amp;d…</source>
        <translation>En&amp;viar…</translation>
    </message>
    <message>
        <source>Put the signed PDFs into an encrypted package for the requested central authority and record it as sent</source>
        <translation>Poner los PDF firmados en un paquete cifrado para la autoridad central requerida y anotarlo como enviado</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Añadir persona</translation>
    </message>
    <message>
        <source>Re&amp;move person</source>
        <translation>&amp;Quitar persona</translation>
    </message>
    <message>
        <source>Person (18(15)(e))</source>
        <translation>Persona (18(15)(e))</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>In Latin script, as in the identity document</source>
        <translation>En caracteres latinos, como en el documento de identidad</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Nombre de pila:</translation>
    </message>
    <message>
        <source>Names in &amp;other scripts:</source>
        <translation>Nombres en &amp;otras escrituras:</translation>
    </message>
    <message>
        <source>One per line: script code, colon, name — e.g. Arab: …</source>
        <translation>Uno por línea: código de escritura, dos puntos, nombre — p. ej. Arab: …</translation>
    </message>
    <message>
        <source>A&amp;liases:</source>
        <translation>A&amp;lias:</translation>
    </message>
    <message>
        <source>Separated by semicolons</source>
        <translation>Separados por punto y coma</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Place of &amp;birth:</source>
        <translation>Lugar de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Nationalities:</source>
        <translation>N&amp;acionalidades:</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 codes, separated by spaces</source>
        <translation>Códigos ISO 3166 alfa-3, separados por espacios</translation>
    </message>
    <message>
        <source>Identity &amp;documents:</source>
        <translation>&amp;Documentos de identidad:</translation>
    </message>
    <message>
        <source>One per line: type; number; issuing State (ISO3); expiry (yyyy-mm-dd)</source>
        <translation>Uno por línea: tipo; número; Estado expedidor (ISO3); vencimiento (aaaa-mm-dd)</translation>
    </message>
    <message>
        <source>Addr&amp;esses:</source>
        <translation>Dir&amp;ecciones:</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>Una dirección por línea</translation>
    </message>
    <message>
        <source>&amp;Known location:</source>
        <translation>&amp;Ubicación conocida:</translation>
    </message>
    <message>
        <source>Where the person is believed to be</source>
        <translation>Dónde se cree que está la persona</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Your &amp;name (comments and history):</source>
        <translation>Su &amp;nombre (comentarios e historial):</translation>
    </message>
    <message>
        <source>&amp;Autosave every (seconds):</source>
        <translation>&amp;Guardado automático cada (segundos):</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
</context>
<context>
    <name>ProceedingsPage</name>
    <message>
        <source>Proceedings</source>
        <translation>Actuaciones</translation>
    </message>
    <message>
        <source>Proceedings (18(15)(b))</source>
        <translation>Actuaciones (18(15)(b))</translation>
    </message>
    <message>
        <source>&amp;Type of proceedings:</source>
        <translation>&amp;Tipo de actuaciones:</translation>
    </message>
    <message>
        <source>&amp;Subject matter and nature:</source>
        <translation>&amp;Objeto e índole:</translation>
    </message>
    <message>
        <source>What the investigation, prosecution or proceedings are about</source>
        <translation>De qué tratan la investigación, el proceso o las actuaciones</translation>
    </message>
    <message>
        <source>&amp;Conducting authority:</source>
        <translation>&amp;Autoridad encargada:</translation>
    </message>
    <message>
        <source>Name of the authority conducting them</source>
        <translation>Nombre de la autoridad que las dirige</translation>
    </message>
    <message>
        <source>Its &amp;functions:</source>
        <translation>Sus &amp;funciones:</translation>
    </message>
    <message>
        <source>What that authority does and its powers</source>
        <translation>Qué hace esa autoridad y cuáles son sus facultades</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>&amp;Referencia del caso:</translation>
    </message>
</context>
<context>
    <name>RequestHtml</name>
    <message>
        <source>(missing)</source>
        <translation>(falta)</translation>
    </message>
    <message>
        <source>Requested State, legal basis, channel, urgency</source>
        <translation>Estado requerido, base jurídica, vía, urgencia</translation>
    </message>
    <message>
        <source>Requesting authority and signatory</source>
        <translation>Autoridad requirente y firmante</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Actuaciones</translation>
    </message>
    <message>
        <source>Summary of facts</source>
        <translation>Resumen de los hechos</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Delitos</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Conditions and notes</source>
        <translation>Condiciones y notas</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Requested State</source>
        <translation>Estado requerido</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>yes, by %1</source>
        <translation>sí, antes del %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>Estado requirente</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject matter and nature</source>
        <translation>Objeto e índole</translation>
    </message>
    <message>
        <source>Conducting authority</source>
        <translation>Autoridad encargada</translation>
    </message>
    <message>
        <source>Its functions</source>
        <translation>Sus funciones</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Referencia del caso</translation>
    </message>
    <message numerus="yes">
        <source>maximum penalty %n year(s)</source>
        <translation>
            <numerusform>pena máxima de %n año</numerusform>
            <numerusform>pena máxima de %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>maximum penalty unknown</source>
        <translation>pena máxima desconocida</translation>
    </message>
    <message>
        <source>ICCS: %1</source>
        <translation>ICCS: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>requested: %1</source>
        <translation>solicitada: %1</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>no solicitada</translation>
    </message>
    <message>
        <source>Use limitation</source>
        <translation>Limitación del uso</translation>
    </message>
    <message>
        <source>Dual criminality</source>
        <translation>Doble incriminación</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Reciprocidad</translation>
    </message>
    <message>
        <source>Output language: %1</source>
        <translation>Idioma de salida: %1</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Co&amp;mment on this section:</source>
        <translation>Co&amp;mentario sobre esta sección:</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Añadir &amp;comentario</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Co&amp;untersign PDF…</source>
        <translation>Re&amp;frendar el PDF…</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Guardar revisión</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La solicitud</translation>
    </message>
    <message>
        <source>Re&amp;turn to drafter…</source>
        <translation>Devolver al &amp;redactor…</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>Apro&amp;bar…</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>&amp;Identity file (PKCS#12):</source>
        <translation>Archivo de &amp;identidad (PKCS#12):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Lugar:</translation>
    </message>
</context>
<context>
    <name>SignatureText</name>
    <message>
        <source>B-B — basic signature, without a timestamp</source>
        <translation>B-B — firma básica, sin sello de tiempo</translation>
    </message>
    <message>
        <source>B-T — with a trusted timestamp</source>
        <translation>B-T — con un sello de tiempo de confianza</translation>
    </message>
    <message>
        <source>B-LT — with a timestamp and long-term validation data</source>
        <translation>B-LT — con sello de tiempo y datos de validación a largo plazo</translation>
    </message>
    <message>
        <source>B-LTA — long-term validation data and a document timestamp</source>
        <translation>B-LTA — datos de validación a largo plazo y sello de tiempo del documento</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address is not a web address. Write it in full, for example https://tsa.example.org/tsr.</source>
        <translation>La dirección de la autoridad de sellado de tiempo no es una dirección web. Escríbala completa, por ejemplo https://tsa.example.org/tsr.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address must start with http:// or https:// (not %1:).</source>
        <translation>La dirección de la autoridad de sellado de tiempo debe empezar por http:// o https:// (no por %1:).</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address names no server. Write it in full, for example https://tsa.example.org/tsr.</source>
        <translation>La dirección de la autoridad de sellado de tiempo no indica ningún servidor. Escríbala completa, por ejemplo https://tsa.example.org/tsr.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address is too long.</source>
        <translation>La dirección de la autoridad de sellado de tiempo es demasiado larga.</translation>
    </message>
    <message numerus="yes">
        <source>Valid: the document is unchanged since this signature, apart from %n later signature(s) and validation data.</source>
        <translation>
            <numerusform>Válida: el documento no ha cambiado desde esta firma, salvo %n firma posterior y datos de validación.</numerusform>
            <numerusform>Válida: el documento no ha cambiado desde esta firma, salvo %n firmas posteriores y datos de validación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: the document is unchanged since it was signed.</source>
        <translation>Válida: el documento no ha cambiado desde que se firmó.</translation>
    </message>
    <message>
        <source>Not valid: the signed content or the signature value was altered.</source>
        <translation>No válida: se alteró el contenido firmado o el valor de la firma.</translation>
    </message>
    <message>
        <source>Not valid: the signed version is intact, but the document was changed after signing: %1</source>
        <translation>No válida: la versión firmada está intacta, pero el documento se modificó después de firmarse: %1</translation>
    </message>
    <message>
        <source>Not valid: the document is intact, but the signer is not trusted: %1</source>
        <translation>No válida: el documento está intacto, pero el firmante no es de confianza: %1</translation>
    </message>
    <message>
        <source>Not valid: this signature is not held by any signature field of the document.</source>
        <translation>No válida: ningún campo de firma del documento contiene esta firma.</translation>
    </message>
    <message>
        <source>Not valid: the signer&apos;s certificate is missing or not meant for signing.</source>
        <translation>No válida: falta el certificado del firmante o no está destinado a firmar.</translation>
    </message>
    <message>
        <source>Not valid: the signer&apos;s certificate was not valid at the time the signature was checked (%1).</source>
        <translation>No válida: el certificado del firmante no era válido en el momento en que se comprobó la firma (%1).</translation>
    </message>
    <message>
        <source>Not valid: the signature&apos;s timestamp does not verify.</source>
        <translation>No válida: el sello de tiempo de la firma no se verifica.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>No válida: %1</translation>
    </message>
    <message>
        <source>Not valid: the document was refused because it is larger or more complex than verification allows.</source>
        <translation>No válido: el documento se rechazó porque es más grande o más complejo de lo que admite la verificación.</translation>
    </message>
    <message>
        <source>Not valid: the document has no signature.</source>
        <translation>No válido: el documento no tiene ninguna firma.</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) are valid and trusted.</source>
        <translation>
            <numerusform>La firma (%n) es válida y de confianza.</numerusform>
            <numerusform>Las %n firmas son válidas y de confianza.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid: not every signature is valid and trusted, or the document has problems.</source>
        <translation>No válido: no todas las firmas son válidas y de confianza, o el documento tiene problemas.</translation>
    </message>
    <message>
        <source>Signature %1 by %2 — level %3</source>
        <translation>Firma %1 de %2 — nivel %3</translation>
    </message>
    <message>
        <source>A signature with a timestamp needs a timestamp authority. Enter its address in Preferences, or sign at level B-B.</source>
        <translation>Una firma con sello de tiempo necesita una autoridad de sellado de tiempo. Introduzca su dirección en Preferencias, o firme en el nivel B-B.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address (%1) is not valid. Correct it in Preferences.</source>
        <translation>La dirección de la autoridad de sellado de tiempo (%1) no es válida. Corríjala en Preferencias.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 cannot be reached. Check its address in Preferences and the network connection, or try again later. Nothing was signed.</source>
        <translation>No se puede contactar con la autoridad de sellado de tiempo %1. Compruebe su dirección en Preferencias y la conexión de red, o inténtelo más tarde. No se ha firmado nada.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer in time. Try again later. Nothing was signed.</source>
        <translation>La autoridad de sellado de tiempo %1 no respondió a tiempo. Inténtelo más tarde. No se ha firmado nada.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 refused to give a timestamp. Nothing was signed.</source>
        <translation>La autoridad de sellado de tiempo %1 se negó a emitir un sello de tiempo. No se ha firmado nada.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer with a timestamp (is the address right?). Nothing was signed.</source>
        <translation>La autoridad de sellado de tiempo %1 no respondió con un sello de tiempo (¿es correcta la dirección?). No se ha firmado nada.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 returned a timestamp that fails the checks, so it was not used. Nothing was signed.</source>
        <translation>La autoridad de sellado de tiempo %1 devolvió un sello de tiempo que no supera las comprobaciones, por lo que no se utilizó. No se ha firmado nada.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is revoked. Nothing was signed.</source>
        <translation>El certificado del firmante está revocado. No se ha firmado nada.</translation>
    </message>
    <message>
        <source>The smart card or token could not sign: %1</source>
        <translation>La tarjeta inteligente o el token no pudo firmar: %1</translation>
    </message>
    <message>
        <source>The PDF could not be signed: %1</source>
        <translation>No se pudo firmar el PDF: %1</translation>
    </message>
    <message>
        <source>Warning: the timestamp authority %1 could not be reached or failed, so the signature was made at level B-B, without a timestamp, as chosen in Preferences. It is not a %2 signature; sign again when the timestamp authority is available.</source>
        <translation>Atención: no se pudo contactar con la autoridad de sellado de tiempo %1 o falló, por lo que la firma se hizo en el nivel B-B, sin sello de tiempo, como se eligió en Preferencias. No es una firma %2; vuelva a firmar cuando la autoridad de sellado de tiempo esté disponible.</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Firmando</translation>
    </message>
    <message>
        <source>Signing: asking the timestamp authority %1 for a timestamp. This can take a few seconds…</source>
        <translation>Firmando: se pide un sello de tiempo a la autoridad de sellado de tiempo %1. Puede tardar unos segundos…</translation>
    </message>
    <message>
        <source>Level B-LT needs the revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority. Add them in Preferences, or choose level B-T.</source>
        <translation>El nivel B-LT necesita las listas de revocación (archivos CRL) del emisor de su certificado y de la autoridad de sellado de tiempo. Añádalas en Preferencias, o elija el nivel B-T.</translation>
    </message>
    <message>
        <source>The revocation list %1 cannot be read.</source>
        <translation>No se puede leer la lista de revocación %1.</translation>
    </message>
    <message>
        <source>The revocation list %1 is larger than 20 MB.</source>
        <translation>La lista de revocación %1 supera los 20 MB.</translation>
    </message>
    <message>
        <source>A revocation list set in Preferences is not a valid CRL file. Nothing was signed.</source>
        <translation>Una lista de revocación configurada en Preferencias no es un archivo CRL válido. No se ha firmado nada.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>mlawriter — requests for mutual legal assistance (UNTOC article 18)</source>
        <translation>mlawriter — solicitudes de asistencia judicial recíproca (artículo 18 de la Convención contra la Delincuencia Organizada)</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>&amp;New blank request</source>
        <translation>&amp;Nueva solicitud en blanco</translation>
    </message>
    <message>
        <source>&amp;From a sample:</source>
        <translation>&amp;A partir de un ejemplo:</translation>
    </message>
    <message>
        <source>Start from &amp;sample</source>
        <translation>Empezar con un &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>&amp;Abrir borrador…</translation>
    </message>
    <message>
        <source>Open for re&amp;view…</source>
        <translation>Abrir para re&amp;visión…</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Borradores recientes</translation>
    </message>
    <message>
        <source>Open re&amp;cent draft</source>
        <translation>Abrir borrador re&amp;ciente</translation>
    </message>
    <message>
        <source>Recovered drafts</source>
        <translation>Borradores recuperados</translation>
    </message>
    <message>
        <source>Drafts recovered after the application stopped unexpectedly. Restore one to continue where you left off.</source>
        <translation>Borradores recuperados tras un cierre inesperado de la aplicación. Restaure uno para continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation>Abrir &amp;paquete…</translation>
    </message>
    <message>
        <source>Decrypt and check a received request package</source>
        <translation>Descifrar y comprobar un paquete de solicitud recibido</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>Casos atrasados</translation>
    </message>
    <message>
        <source>Open the c&amp;ase in the register</source>
        <translation>Abrir el c&amp;aso en el registro</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Requested State</source>
        <translation>Estado requerido</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Name in any UN language, or ISO code</source>
        <translation>Nombre en cualquier idioma de las Naciones Unidas, o código ISO</translation>
    </message>
    <message>
        <source>What the database knows</source>
        <translation>Lo que sabe la base de datos</translation>
    </message>
    <message>
        <source>Legal basis and channel</source>
        <translation>Base jurídica y vía</translation>
    </message>
    <message>
        <source>&amp;I write in:</source>
        <translation>&amp;Escribo en:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Base jurídica:</translation>
    </message>
    <message>
        <source>&amp;Treaty:</source>
        <translation>&amp;Tratado:</translation>
    </message>
    <message>
        <source>Title of the treaty</source>
        <translation>Título del tratado</translation>
    </message>
    <message>
        <source>Treaty &amp;article:</source>
        <translation>&amp;Artículo del tratado:</translation>
    </message>
    <message>
        <source>We give an assurance of &amp;reciprocity</source>
        <translation>Damos una garantía de &amp;reciprocidad</translation>
    </message>
    <message>
        <source>Trans&amp;national (art. 3):</source>
        <translation>Trans&amp;nacional (art. 3):</translation>
    </message>
    <message>
        <source>Organized criminal &amp;group (art. 2):</source>
        <translation>&amp;Grupo delictivo organizado (art. 2):</translation>
    </message>
    <message>
        <source>Scope &amp;explanation:</source>
        <translation>&amp;Explicación del ámbito:</translation>
    </message>
    <message>
        <source>Why the offence falls within the Convention (art. 3)</source>
        <translation>Por qué el delito entra en el ámbito de la Convención (art. 3)</translation>
    </message>
    <message>
        <source>&amp;Channel (18(13)):</source>
        <translation>&amp;Vía (18(13)):</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgente</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>&amp;Reasons (18(24)):</source>
        <translation>&amp;Motivos (18(24)):</translation>
    </message>
    <message>
        <source>Why the request is urgent and what happens if the deadline is missed</source>
        <translation>Por qué la solicitud es urgente y qué ocurre si no se cumple el plazo</translation>
    </message>
    <message>
        <source>States found</source>
        <translation>Estados encontrados</translation>
    </message>
    <message>
        <source>Requirements of the requested State</source>
        <translation>Requisitos del Estado requerido</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The interface translations are provided for convenience and await review by a qualified translator.</source>
        <translation>Las traducciones de la interfaz se ofrecen por comodidad y están pendientes de revisión por un traductor cualificado.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Wizard</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Pages of the request</source>
        <translation>Páginas de la solicitud</translation>
    </message>
</context>
<context>
    <name>mla::gui::AuthorityPage</name>
    <message>
        <source>Remove logo</source>
        <translation>Quitar logotipo</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Name of the profile:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>Autoridad requirente</translation>
    </message>
    <message>
        <source>Use profile %1</source>
        <translation>Usar el perfil %1</translation>
    </message>
    <message>
        <source>Set logo</source>
        <translation>Establecer logotipo</translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation>Logotipo del membrete</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>No se pudo leer la imagen.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
</context>
<context>
    <name>mla::gui::CaseDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>&amp;Añadir evento…</translation>
    </message>
    <message>
        <source>%1 (%2), %3 → %4
Status: %5
Their reference: %6
Measures: %7
Next action: %8</source>
        <translation>%1 (%2), %3 → %4
Estado: %5
Su referencia: %6
Medidas: %7
Próxima acción: %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <source>Add the event “%1” dated %2 to case %3? Events stay in the timeline and the audit log; they cannot be removed.</source>
        <translation>¿Añadir el evento «%1» con fecha %2 al caso %3? Los eventos permanecen en la cronología y en el registro de auditoría; no se pueden eliminar.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Added, with a remark: %1</source>
        <translation>Añadido, con una observación: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Añadido.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No añadido: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>En&amp;viar…</translation>
    </message>
    <message>
        <source>Send this case&apos;s request as an encrypted package and record it as sent</source>
        <translation>Enviar la solicitud de este caso en un paquete cifrado y anotarla como enviada</translation>
    </message>
    <message>
        <source>channel: %1</source>
        <translation>vía: %1</translation>
    </message>
    <message>
        <source>their reference: %1</source>
        <translation>su referencia: %1</translation>
    </message>
    <message>
        <source>ground 18(21)(%1)</source>
        <translation>motivo 18(21)(%1)</translation>
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
        <translation>enviada a revisión</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devuelta</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acuse de recibo</translation>
    </message>
    <message>
        <source>Not recorded in the case register: %1</source>
        <translation>No se anotó en el registro de casos: %1</translation>
    </message>
    <message>
        <source>Case %1: “%2” was not recorded: %3</source>
        <translation>Caso %1: «%2» no se anotó: %3</translation>
    </message>
    <message>
        <source>Case %1: “%2” recorded in the case register.</source>
        <translation>Caso %1: «%2» anotado en el registro de casos.</translation>
    </message>
    <message>
        <source>This request is not in the case register, and it cannot be registered without a reference (requesting authority).</source>
        <translation>Esta solicitud no está en el registro de casos y no puede registrarse sin una referencia (autoridad requirente).</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>Registro de casos</translation>
    </message>
    <message>
        <source>This request is not in the case register yet. Register it as a new outgoing case %1? Its history becomes the case&apos;s timeline, and the next steps are recorded by themselves.</source>
        <translation>Esta solicitud aún no está en el registro de casos. ¿Registrarla como nuevo caso saliente %1? Su historial pasa a ser la cronología del caso y los pasos siguientes se anotan solos.</translation>
    </message>
    <message>
        <source>The request was not registered: %1</source>
        <translation>La solicitud no se registró: %1</translation>
    </message>
    <message>
        <source>Registered as case %1 (%2).</source>
        <translation>Registrada como caso %1 (%2).</translation>
    </message>
    <message>
        <source>Not recorded in the case register: the draft has no reference.</source>
        <translation>No se anotó en el registro de casos: el borrador no tiene referencia.</translation>
    </message>
</context>
<context>
    <name>mla::gui::ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
</context>
<context>
    <name>mla::gui::ChecksPanel</name>
    <message>
        <source>Finding</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>%1 (field: %2)</source>
        <translation>%1 (campo: %2)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No hay observaciones.</translation>
    </message>
    <message>
        <source>%1 blocking, %2 warnings, %3 for information.</source>
        <translation>%1 bloqueantes, %2 advertencias, %3 informativas.</translation>
    </message>
    <message>
        <source>Open in the &amp;knowledge editor…</source>
        <translation>Abrir en el editor de &amp;conocimientos…</translation>
    </message>
    <message>
        <source>Opens the knowledge editor at the record that would settle this finding</source>
        <translation>Abre el editor de conocimientos en el registro que resolvería esta observación</translation>
    </message>
    <message>
        <source>Findings that something is unknown say here which record would settle them.</source>
        <translation>Las observaciones de que algo se desconoce indican aquí qué registro las resolvería.</translation>
    </message>
    <message>
        <source>To settle this, record the %1 record of %2 (with its source).</source>
        <translation>Para resolverlo, registre el registro %1 de %2 (con su fuente).</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>Consultar a: %1</translation>
    </message>
</context>
<context>
    <name>mla::gui::DateField</name>
    <message>
        <source>%1: calendar</source>
        <translation>%1: calendario</translation>
    </message>
    <message>
        <source>Type a date as %1, for example %2, or pick it in the calendar (Alt+Down).</source>
        <translation>Escriba la fecha como %1, por ejemplo %2, o elíjala en el calendario (Alt+Abajo).</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>«%1» no es una fecha.</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>mla::gui::DraftSession</name>
    <message>
        <source>“%1” is not a date; correct it before saving (nothing was saved)</source>
        <translation>«%1» no es una fecha; corríjala antes de guardar (no se ha guardado nada)</translation>
    </message>
</context>
<context>
    <name>mla::gui::FactAgeSetting</name>
    <message>
        <source>Facts of the requirements database whose source is older than this are marked as possibly outdated: in the wizard, the findings, the knowledge editor and the addressee of the request.</source>
        <translation>Los datos de la base de requisitos cuya fuente sea más antigua se marcan como posiblemente desactualizados: en el asistente, las observaciones, el editor de conocimientos y el destinatario de la solicitud.</translation>
    </message>
    <message>
        <source>Facts possibly &amp;outdated after (years):</source>
        <translation>Datos posiblemente &amp;desactualizados tras (años):</translation>
    </message>
</context>
<context>
    <name>mla::gui::FactsPage</name>
    <message>
        <source>Summary of facts</source>
        <translation>Resumen de los hechos</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mla::gui::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Cannot read the trust anchors %1: %2</source>
        <translation>No se pueden leer los certificados de confianza %1: %2</translation>
    </message>
</context>
<context>
    <name>mla::gui::ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>Signed by %1 at %2.</source>
        <translation>Firmado por %1 el %2.</translation>
    </message>
    <message>
        <source>UNSIGNED package: its origin cannot be checked.</source>
        <translation>Paquete SIN FIRMAR: no se puede comprobar su origen.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 kept, %4 rejected. Nothing has been written yet.</source>
        <translation>%1 añadidos, %2 actualizados, %3 conservados, %4 rechazados. Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Reason or changes (old → new)</source>
        <translation>Motivo o cambios (anterior → nuevo)</translation>
    </message>
    <message>
        <source>&amp;Import these changes</source>
        <translation>&amp;Importar estos cambios</translation>
    </message>
    <message>
        <source>I accept an &amp;unsigned package whose origin cannot be checked</source>
        <translation>Acepto un paquete &amp;sin firmar cuyo origen no se puede comprobar</translation>
    </message>
</context>
<context>
    <name>mla::gui::ImportReceiptDialog</name>
    <message>
        <source>Receipts (*.mlapr)</source>
        <translation>Acuses de recibo (*.mlapr)</translation>
    </message>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>Paquetes de solicitud (*.mlap)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Identidades (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Record in draft…</source>
        <translation>&amp;Registrar en el borrador…</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Importar acuse de recibo</translation>
    </message>
    <message>
        <source>&amp;Receipt:</source>
        <translation>&amp;Acuse de recibo:</translation>
    </message>
    <message>
        <source>Package &amp;sent:</source>
        <translation>Paquete &amp;enviado:</translation>
    </message>
    <message>
        <source>Your &amp;identity (optional, to reopen the package):</source>
        <translation>Su &amp;identidad (opcional, para reabrir el paquete):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Additional &amp;trusted certificates:</source>
        <translation>Certificados de &amp;confianza adicionales:</translation>
    </message>
    <message>
        <source>The receipt cannot be checked: %1</source>
        <translation>El acuse de recibo no se puede comprobar: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 no se puede leer o es demasiado grande</translation>
    </message>
    <message>
        <source>Acknowledged: %1 opened package %2 and every check passed.</source>
        <translation>Recepción confirmada: %1 abrió el paquete %2 y todas las comprobaciones se superaron.</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>RECHAZADO: %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>No se registró nada: %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: the draft&apos;s reference is not %1.</source>
        <translation>No se registró nada: la referencia del borrador no es %1.</translation>
    </message>
    <message>
        <source>Recorded as acknowledged in %1.</source>
        <translation>Recepción confirmada registrada en %1.</translation>
    </message>
    <message>
        <source>Draft of the request</source>
        <translation>Borrador de la solicitud</translation>
    </message>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>Borradores (*.mlar)</translation>
    </message>
    <message>
        <source>Record &quot;acknowledged&quot; in the history of %1? (The previous file is kept as .bak.)</source>
        <translation>¿Registrar «recepción confirmada» en el historial de %1? (El archivo anterior se conserva como .bak.)</translation>
    </message>
    <message>
        <source>Record in case re&amp;gister…</source>
        <translation>Anotar en el re&amp;gistro de casos…</translation>
    </message>
    <message>
        <source>Record “acknowledged” with their reference in case %1 of the case register?</source>
        <translation>¿Anotar «acuse de recibo» con su referencia en el caso %1 del registro de casos?</translation>
    </message>
</context>
<context>
    <name>mla::gui::KnowledgeWindow</name>
    <message>
        <source>edit</source>
        <translation>modificar</translation>
    </message>
    <message>
        <source>add</source>
        <translation>añadir</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>Knowledge of States</source>
        <translation>Conocimiento de los Estados</translation>
    </message>
    <message>
        <source>Search a State: ISO code or name in any UN language</source>
        <translation>Buscar un Estado: código ISO o nombre en cualquier idioma de las Naciones Unidas</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Fecha de la fuente</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>&amp;History of the selected record:</source>
        <translation>&amp;Historial del registro seleccionado:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>&amp;Paquete</translation>
    </message>
    <message>
        <source>&amp;Export signed package…</source>
        <translation>&amp;Exportar un paquete firmado…</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>&amp;Importar un paquete…</translation>
    </message>
    <message>
        <source>&amp;Trusted publishers…</source>
        <translation>Editores de &amp;confianza…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>About the &amp;knowledge editor</source>
        <translation>Acerca del editor de &amp;conocimiento</translation>
    </message>
    <message>
        <source>Each record says what is known of a State, with its source. A section without a record is unknown: verify with the central authority. Every change needs a source; changes can be undone. Packages you export are signed with your identity; packages you import are checked against the publishers you trust, and shown before anything is written.</source>
        <translation>Cada registro indica lo que se sabe de un Estado, con su fuente. Una sección sin registro es desconocida: verifíquela con la autoridad central. Todo cambio requiere una fuente; los cambios pueden deshacerse. Los paquetes que exporta se firman con su identidad; los que importa se verifican frente a los editores en los que confía y se muestran antes de escribir nada.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>%1 — %2 (M49 %3)</source>
        <translation>%1 — %2 (M49 %3)</translation>
    </message>
    <message>
        <source>unknown — nothing recorded; verify with the central authority</source>
        <translation>desconocido: no hay nada registrado; verifíquelo con la autoridad central</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(sin fuente)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source> — possibly outdated</source>
        <translation> — posiblemente desactualizado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1, signed by %2</source>
        <translation>%1, firmado por %2</translation>
    </message>
    <message>
        <source>No change recorded in this installation.</source>
        <translation>No hay cambios registrados en esta instalación.</translation>
    </message>
    <message>
        <source>nothing recorded to remove</source>
        <translation>no hay nada registrado que eliminar</translation>
    </message>
    <message>
        <source>Record not saved</source>
        <translation>Registro no guardado</translation>
    </message>
    <message>
        <source>Remove the record?</source>
        <translation>¿Eliminar el registro?</translation>
    </message>
    <message>
        <source>Remove the %1 record of %2? The section then reads unknown. You can undo this.</source>
        <translation>¿Eliminar el registro %1 de %2? La sección pasará a ser desconocida. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Record not removed</source>
        <translation>Registro no eliminado</translation>
    </message>
    <message>
        <source>Export signed package</source>
        <translation>Exportar un paquete firmado</translation>
    </message>
    <message>
        <source>Signed requirements package (*.mlreq)</source>
        <translation>Paquete de requisitos firmado (*.mlreq)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Signed package written: %1</source>
        <translation>Paquete firmado escrito: %1</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>Requirements packages (*.mlreq *.xml);;All files (*)</source>
        <translation>Paquetes de requisitos (*.mlreq *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Unsigned package</source>
        <translation>Paquete sin firmar</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Paquete rechazado</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>The database has no record of %1.</source>
        <translation>La base de datos no tiene ningún registro de %1.</translation>
    </message>
    <message>
        <source>No %1 record of %2 yet: Record &gt; Add (Ctrl+N) records one with its source.</source>
        <translation>Aún no hay registro %1 de %2: Registro &gt; Añadir (Ctrl+N) lo registra con su fuente.</translation>
    </message>
    <message>
        <source>Sign the requirements package with your identity. Those who trust your certificate will be able to import it.</source>
        <translation>Firme el paquete de requisitos con su identidad. Quienes confíen en su certificado podrán importarlo.</translation>
    </message>
    <message>
        <source>Requirements package</source>
        <translation>Paquete de requisitos</translation>
    </message>
    <message>
        <source>Which records go into the package?</source>
        <translation>¿Qué registros van en el paquete?</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>Every State</source>
        <translation>Todos los Estados</translation>
    </message>
    <message>
        <source>This package is not signed: nobody vouches for it and its origin cannot be checked. Show what it would change anyway?</source>
        <translation>Este paquete no está firmado: nadie responde de él y no se puede comprobar su origen. ¿Mostrar de todos modos lo que cambiaría?</translation>
    </message>
    <message>
        <source>&amp;Show the unsigned package</source>
        <translation>&amp;Mostrar el paquete sin firmar</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>%1 records added, %2 updated.</source>
        <translation>Registros añadidos: %1; actualizados: %2.</translation>
    </message>
</context>
<context>
    <name>mla::gui::MainWindow</name>
    <message>
        <source>The sample could not be opened.</source>
        <translation>No se pudo abrir el ejemplo.</translation>
    </message>
    <message>
        <source>The draft could not be opened.</source>
        <translation>No se pudo abrir el borrador.</translation>
    </message>
    <message>
        <source>The recovered draft could not be read.</source>
        <translation>No se pudo leer el borrador recuperado.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Error en el guardado automático: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nueva solicitud</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>&amp;Abrir borrador…</translation>
    </message>
    <message>
        <source>Open for re&amp;view…</source>
        <translation>Abrir para re&amp;visión…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Close draft</source>
        <translation>&amp;Cerrar borrador</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Comprobaciones</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>Página de &amp;inicio</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Solicitud sin título</translation>
    </message>
    <message>
        <source>%1[*] (review) — mlawriter</source>
        <translation>%1[*] (revisión) — mlawriter</translation>
    </message>
    <message>
        <source>%1[*] — mlawriter</source>
        <translation>%1[*] — mlawriter</translation>
    </message>
    <message>
        <source>from the sample %1</source>
        <translation>a partir del ejemplo %1</translation>
    </message>
    <message>
        <source>Recovered draft restored. Save it to keep it.</source>
        <translation>Borrador recuperado restaurado. Guárdelo para conservarlo.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>Borradores (*.mlar)</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>No se pudo guardar el borrador.</translation>
    </message>
    <message>
        <source>Open a draft for review</source>
        <translation>Abrir un borrador para revisión</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Abrir un borrador</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The draft has changes that are not saved. Save them?</source>
        <translation>El borrador tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>mlawriter</source>
        <translation>mlawriter</translation>
    </message>
    <message>
        <source>This request is signed. If you edit it, the signed PDF no longer matches it: the request goes back to draft and must be signed again.</source>
        <translation>Esta solicitud está firmada. Si la modifica, el PDF firmado dejará de corresponderle: la solicitud vuelve a borrador y debe firmarse de nuevo.</translation>
    </message>
    <message>
        <source>This request is approved. If you edit it, the approval no longer covers it: the request goes back to draft and needs a new review.</source>
        <translation>Esta solicitud está aprobada. Si la modifica, la aprobación dejará de cubrirla: la solicitud vuelve a borrador y necesita una nueva revisión.</translation>
    </message>
    <message>
        <source>Edit a signed or approved request</source>
        <translation>Modificar una solicitud firmada o aprobada</translation>
    </message>
    <message>
        <source>Edit it?</source>
        <translation>¿Modificarla?</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>En&amp;viar a revisión</translation>
    </message>
    <message>
        <source>Send the draft to the reviewer; the case register records it</source>
        <translation>Enviar el borrador al revisor; el registro de casos lo anota</translation>
    </message>
    <message>
        <source>No draft is open for editing.</source>
        <translation>No hay ningún borrador abierto para editar.</translation>
    </message>
    <message>
        <source>Only a draft or a returned request can be submitted; this one is “%1”.</source>
        <translation>Solo se puede enviar un borrador o una solicitud devuelta; esta está «%1».</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>The received request is open read-only, with its checks.</source>
        <translation>La solicitud recibida está abierta en solo lectura, con sus comprobaciones.</translation>
    </message>
    <message>
        <source>Save the draft first: the package carries the draft as saved.</source>
        <translation>Guarde primero el borrador: el paquete lleva el borrador tal como se guardó.</translation>
    </message>
</context>
<context>
    <name>mla::gui::MeasureDetailForm</name>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatorio):</translation>
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
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Añadir medida</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Quitar medida</translation>
    </message>
    <message numerus="yes">
        <source>%1 — article %2. Persons to name: at least %n.</source>
        <translation>
            <numerusform>%1 — artículo %2. Personas que deben nombrarse: al menos %n.</numerusform>
            <numerusform>%1 — artículo %2. Personas que deben nombrarse: al menos %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a measure for each type of assistance you seek.</source>
        <translation>Añada una medida por cada tipo de asistencia que solicite.</translation>
    </message>
</context>
<context>
    <name>mla::gui::NotesPage</name>
    <message>
        <source>Conditions and notes</source>
        <translation>Condiciones y notas</translation>
    </message>
    <message>
        <source>The database has no suggestion for this State — verify with its central authority.</source>
        <translation>La base de datos no tiene ninguna sugerencia para este Estado; verifíquelo con su autoridad central.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message>
        <source>(The database records: %1)</source>
        <translation>(La base de datos indica: %1)</translation>
    </message>
</context>
<context>
    <name>mla::gui::OffencesPage</name>
    <message>
        <source>Offence %1</source>
        <translation>Delito %1</translation>
    </message>
    <message>
        <source>Remove conduct</source>
        <translation>Quitar conducta</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Delitos</translation>
    </message>
    <message>
        <source>Add offence</source>
        <translation>Añadir delito</translation>
    </message>
    <message>
        <source>Remove offence</source>
        <translation>Quitar delito</translation>
    </message>
    <message>
        <source>Add conduct</source>
        <translation>Añadir conducta</translation>
    </message>
</context>
<context>
    <name>mla::gui::OpenPackageDialog</name>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>Paquetes de solicitud (*.mlap)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Identidades (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Extract…</source>
        <translation>&amp;Extraer…</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>&amp;Emitir acuse de recibo…</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Abrir un paquete</translation>
    </message>
    <message>
        <source>Write receipt</source>
        <translation>Emitir acuse de recibo</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paquete:</translation>
    </message>
    <message>
        <source>Your &amp;identity (PKCS#12):</source>
        <translation>Su &amp;identidad (PKCS#12):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Additional &amp;trusted certificates:</source>
        <translation>Certificados de &amp;confianza adicionales:</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>Su &amp;referencia:</translation>
    </message>
    <message>
        <source>The package cannot be opened: %1</source>
        <translation>El paquete no se puede abrir: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 no se puede leer o es demasiado grande</translation>
    </message>
    <message>
        <source>Every check passed: the package comes from %1 and nothing in it changed.</source>
        <translation>Todas las comprobaciones se superaron: el paquete procede de %1 y nada en él ha cambiado.</translation>
    </message>
    <message>
        <source>REFUSED: checks failed. Nothing can be extracted. Failed: %1</source>
        <translation>RECHAZADO: fallaron comprobaciones. No se puede extraer nada. Fallos: %1</translation>
    </message>
    <message>
        <source>Extracted into %1.</source>
        <translation>Extraído en %1.</translation>
    </message>
    <message>
        <source>Nothing was extracted: %1</source>
        <translation>No se extrajo nada: %1</translation>
    </message>
    <message>
        <source>No receipt was written: %1</source>
        <translation>No se escribió ningún acuse de recibo: %1</translation>
    </message>
    <message>
        <source>Receipt written to %1. Send it back to the sender.</source>
        <translation>Acuse de recibo escrito en %1. Devuélvalo al remitente.</translation>
    </message>
    <message>
        <source>Folder to extract into</source>
        <translation>Carpeta donde extraer</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another folder.</source>
        <translation>%1 ya existe. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Some checks failed. The receipt will tell the sender which. Write it?</source>
        <translation>Algunas comprobaciones fallaron. El acuse de recibo indicará cuáles al remitente. ¿Escribirlo?</translation>
    </message>
    <message>
        <source>Receipts (*.mlapr)</source>
        <translation>Acuses de recibo (*.mlapr)</translation>
    </message>
    <message>
        <source>Register as inco&amp;ming case…</source>
        <translation>Registrar como caso en&amp;trante…</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>No registrado: %1</translation>
    </message>
    <message>
        <source>Registered as incoming case %1 from %2 (their reference %3).</source>
        <translation>Registrada como caso entrante %1 procedente de %2 (su referencia %3).</translation>
    </message>
    <message>
        <source>Register as incoming case</source>
        <translation>Registrar como caso entrante</translation>
    </message>
    <message>
        <source>Our reference for this request from %1 (their reference %2):</source>
        <translation>Nuestra referencia para esta solicitud de %1 (su referencia %2):</translation>
    </message>
    <message>
        <source>Open the request&apos;s draft now, read-only, with the checks?</source>
        <translation>¿Abrir ahora el borrador de la solicitud, en solo lectura, con las comprobaciones?</translation>
    </message>
</context>
<context>
    <name>mla::gui::OutputPage</name>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the draft: %n page(s).</source>
        <translation>
            <numerusform>Vista previa del borrador: %n página.</numerusform>
            <numerusform>Vista previa del borrador: %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not translated into the output language: %1.</source>
        <translation>Sin traducir al idioma de salida: %1.</translation>
    </message>
    <message>
        <source>The fixed text in this language awaits review by a qualified legal translator.</source>
        <translation>El texto fijo en este idioma está pendiente de revisión por un traductor jurídico cualificado.</translation>
    </message>
    <message numerus="yes">
        <source>The request cannot be signed: %n blocking finding(s) remain. See the checks page.</source>
        <translation>
            <numerusform>No se puede firmar la solicitud: queda %n observación bloqueante. Consulte la página de comprobaciones.</numerusform>
            <numerusform>No se puede firmar la solicitud: quedan %n observaciones bloqueantes. Consulte la página de comprobaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>The request cannot be signed while blocking findings remain.</source>
        <translation>No se puede firmar la solicitud mientras queden observaciones bloqueantes.</translation>
    </message>
    <message>
        <source>Sign the request in %1 as %2.</source>
        <translation>Firmar la solicitud en %1 como %2.</translation>
    </message>
    <message>
        <source>Request for mutual legal assistance</source>
        <translation>Solicitud de asistencia judicial recíproca</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>No se pudo guardar el PDF: %1</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No necesaria</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Desactualizada</translation>
    </message>
    <message>
        <source>Draft translation</source>
        <translation>Borrador de traducción</translation>
    </message>
    <message>
        <source>Translated, not reviewed</source>
        <translation>Traducida, sin revisar</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n field(s) for translation into %1 to %2.</source>
        <translation>
            <numerusform>%n campo exportado para traducción al %1 en %2.</numerusform>
            <numerusform>%n campos exportados para traducción al %1 en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) not exported (empty or not in the source language).</source>
        <translation>
            <numerusform>%n campo no exportado (vacío o no en la lengua de origen).</numerusform>
            <numerusform>%n campos no exportados (vacíos o no en la lengua de origen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import translation</source>
        <translation>Importar traducción</translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) into %1 applied from %2.</source>
        <translation>
            <numerusform>%n traducción al %1 aplicada desde %2.</numerusform>
            <numerusform>%n traducciones al %1 aplicadas desde %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) already in the draft.</source>
        <translation>
            <numerusform>%n unidad ya está en el borrador.</numerusform>
            <numerusform>%n unidades ya están en el borrador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without a translation.</source>
        <translation>
            <numerusform>%n unidad sin traducción.</numerusform>
            <numerusform>%n unidades sin traducción.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) refused; the draft keeps those fields as they were.</source>
        <translation>
            <numerusform>%n unidad rechazada; el borrador conserva ese campo como estaba.</numerusform>
            <numerusform>%n unidades rechazadas; el borrador conserva esos campos como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2, field %3: %4</source>
        <translation>Línea %1: %2, campo %3: %4</translation>
    </message>
    <message>
        <source>Export for translation</source>
        <translation>Exportar para traducción</translation>
    </message>
    <message>
        <source>&amp;Target language:</source>
        <translation>Lengua de &amp;destino:</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Lengua de destino</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Archivos XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>The file %1 could not be written for translation:
%2</source>
        <translation>No se pudo escribir el archivo %1 para traducción:
%2</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>Archivos XLIFF (*.xlf *.xliff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The translation in %1 could not be imported:
%2</source>
        <translation>No se pudo importar la traducción de %1:
%2</translation>
    </message>
    <message>
        <source>The refused units are listed in the details.</source>
        <translation>Las unidades rechazadas figuran en los detalles.</translation>
    </message>
    <message>
        <source>Sign the request</source>
        <translation>Firmar la solicitud</translation>
    </message>
    <message>
        <source>Language of the request: %1</source>
        <translation>Idioma de la solicitud: %1</translation>
    </message>
    <message>
        <source>No open warnings.</source>
        <translation>No hay advertencias pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n open warning(s): %1</source>
        <translation>
            <numerusform>%n advertencia pendiente: %1</numerusform>
            <numerusform>%n advertencias pendientes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Still in the document: %1</source>
        <translation>Aún en el documento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) printed without a translation.</source>
        <translation>
            <numerusform>%n campo impreso sin traducción.</numerusform>
            <numerusform>%n campos impresos sin traducción.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document names %1 as signatory, but the certificate belongs to %2.</source>
        <translation>El documento indica a %1 como firmante, pero el certificado pertenece a %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Signatory and certificate holder: %1</source>
        <translation>Firmante y titular del certificado: %1</translation>
    </message>
    <message>
        <source>Sign now?</source>
        <translation>¿Firmar ahora?</translation>
    </message>
    <message>
        <source>Signed by %1 at level %2. Save the PDF to send it.</source>
        <translation>Firmado por %1 en el nivel %2. Guarde el PDF para enviarlo.</translation>
    </message>
    <message>
        <source>Signed without a timestamp</source>
        <translation>Firmado sin sello de tiempo</translation>
    </message>
    <message>
        <source>Signature level: %1</source>
        <translation>Nivel de firma: %1</translation>
    </message>
</context>
<context>
    <name>mla::gui::PersonsPage</name>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Person %1 (%2)</source>
        <translation>Persona %1 (%2)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Quitar persona</translation>
    </message>
</context>
<context>
    <name>mla::gui::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s web address (http:// or https://). It certifies the time of each signature at levels B-T and B-LT.</source>
        <translation>La dirección web de la autoridad de sellado de tiempo (http:// o https://). Certifica la hora de cada firma en los niveles B-T y B-LT.</translation>
    </message>
    <message>
        <source>&amp;Timestamp authority:</source>
        <translation>Autoridad de sellado de &amp;tiempo:</translation>
    </message>
    <message>
        <source>Default signature le&amp;vel:</source>
        <translation>&amp;Nivel de firma predeterminado:</translation>
    </message>
    <message>
        <source>If the timestamp authority cannot be reached, sign &amp;without a timestamp (B-B) and warn me</source>
        <translation>Si no se puede contactar con la autoridad de sellado de tiempo, firmar &amp;sin sello de tiempo (B-B) y avisarme</translation>
    </message>
    <message>
        <source>Level %1 needs a timestamp authority: enter its address, or choose level B-B.</source>
        <translation>El nivel %1 necesita una autoridad de sellado de tiempo: introduzca su dirección, o elija el nivel B-B.</translation>
    </message>
    <message>
        <source>The certificate revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority, stored in the PDF at level B-LT so that the signature can be checked years later. Separate several files with &quot;;&quot;.</source>
        <translation>Las listas de revocación de certificados (archivos CRL) del emisor de su certificado y de la autoridad de sellado de tiempo, que se guardan en el PDF en el nivel B-LT para que la firma pueda comprobarse años después. Separe varios archivos con &quot;;&quot;.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Revocation lists</source>
        <translation>Listas de revocación</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der)</source>
        <translation>Listas de revocación (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>&amp;Revocation lists for B-LT:</source>
        <translation>&amp;Listas de revocación para B-LT:</translation>
    </message>
</context>
<context>
    <name>mla::gui::PreviewWidget</name>
    <message>
        <source>No preview yet.</source>
        <translation>Todavía no hay vista previa.</translation>
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
        <translation>No se pudo leer el PDF: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>mla::gui::ProceedingsPage</name>
    <message>
        <source>Proceedings</source>
        <translation>Actuaciones</translation>
    </message>
</context>
<context>
    <name>mla::gui::PublishersDialog</name>
    <message>
        <source>Trusted publishers</source>
        <translation>Editores de confianza</translation>
    </message>
    <message>
        <source>Signed requirements packages are imported only from these publishers. Before adding one, compare its fingerprint with the publisher through another channel (a call, a letter).</source>
        <translation>Los paquetes de requisitos firmados solo se importan de estos editores. Antes de añadir uno, compare su huella con el editor por otro canal (una llamada, una carta).</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>No trusted publisher: every signed package is refused.</source>
        <translation>Ningún editor de confianza: se rechaza todo paquete firmado.</translation>
    </message>
    <message>
        <source>&amp;Add a certificate…</source>
        <translation>&amp;Añadir un certificado…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Publisher&apos;s certificate</source>
        <translation>Certificado del editor</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>No añadido</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>No es un certificado</translation>
    </message>
    <message>
        <source>Trust this publisher?</source>
        <translation>¿Confiar en este editor?</translation>
    </message>
    <message>
        <source>Publisher: %1
Valid until: %2
SHA-256 fingerprint:
%3

Compare the fingerprint with the publisher through another channel. Packages signed with this certificate will be imported after a preview. Trust it?</source>
        <translation>Editor: %1
Válido hasta: %2
Huella SHA-256:
%3

Compare la huella con el editor por otro canal. Los paquetes firmados con este certificado se importarán tras una vista previa. ¿Confiar en él?</translation>
    </message>
    <message>
        <source>&amp;Trust this publisher</source>
        <translation>&amp;Confiar en este editor</translation>
    </message>
    <message>
        <source>Remove the publisher?</source>
        <translation>¿Eliminar el editor?</translation>
    </message>
    <message>
        <source>Stop trusting %1?
Packages it signed will be refused from now on; records already imported stay.</source>
        <translation>¿Dejar de confiar en %1?
Los paquetes que firme se rechazarán a partir de ahora; los registros ya importados se conservan.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No eliminado</translation>
    </message>
</context>
<context>
    <name>mla::gui::RecordDialog</name>
    <message>
        <source>Add a record</source>
        <translation>Añadir un registro</translation>
    </message>
    <message>
        <source>Edit a record</source>
        <translation>Modificar un registro</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Tipo de registro:</translation>
    </message>
    <message>
        <source>required: the document, notification, page or call this rests on</source>
        <translation>obligatorio: el documento, la notificación, la página o la llamada en que se basa</translation>
    </message>
    <message>
        <source>yyyy-mm-dd: the date the source speaks for</source>
        <translation>aaaa-mm-dd: la fecha a la que se refiere la fuente</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Source &amp;date:</source>
        <translation>Fecha de la fuente (&amp;d):</translation>
    </message>
    <message>
        <source>&amp;Verified on:</source>
        <translation>&amp;Verificado el:</translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation>Verificado &amp;por:</translation>
    </message>
    <message>
        <source>unknown — verify</source>
        <translation>desconocido: verificar</translation>
    </message>
    <message>
        <source>A source is required: say what this record rests on.</source>
        <translation>Se requiere una fuente: indique en qué se basa este registro.</translation>
    </message>
    <message>
        <source>Dates are written yyyy-mm-dd: &apos;%1&apos;.</source>
        <translation>Las fechas se escriben aaaa-mm-dd: «%1».</translation>
    </message>
</context>
<context>
    <name>mla::gui::RecoveryDialog</name>
    <message>
        <source>Recovered drafts</source>
        <translation>Borradores recuperados</translation>
    </message>
    <message>
        <source>mlawriter was not closed properly. These drafts were saved automatically and can be restored; restore one to continue where you stopped.</source>
        <translation>mlawriter no se cerró correctamente. Estos borradores se guardaron automáticamente y pueden restaurarse; restaure uno para continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>&amp;Recovered drafts:</source>
        <translation>Borradores &amp;recuperados:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Discard the recovered draft</source>
        <translation>Descartar el borrador recuperado</translation>
    </message>
    <message>
        <source>Discard this recovered draft? It cannot be restored afterwards.</source>
        <translation>¿Descartar este borrador recuperado? No podrá restaurarse después.</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Solicitud sin título</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nunca guardado</translation>
    </message>
    <message>
        <source>%1 — %2, saved %3</source>
        <translation>%1 — %2, guardado el %3</translation>
    </message>
</context>
<context>
    <name>mla::gui::RegisterWindow</name>
    <message>
        <source>Case register</source>
        <translation>Registro de casos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>Search our or their reference</source>
        <translation>Buscar nuestra referencia o la suya</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Nuestra referencia</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Su referencia</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Other State</source>
        <translation>Otro Estado</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>The register cannot be opened: %1</source>
        <translation>No se puede abrir el registro: %1</translation>
    </message>
    <message>
        <source>Case &amp;register…</source>
        <translation>&amp;Registro de casos…</translation>
    </message>
    <message>
        <source>All cases (%1)</source>
        <translation>Todos los casos (%1)</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Abiertos (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Vencidos (%1)</translation>
    </message>
    <message>
        <source>Due within 7 days (%1)</source>
        <translation>Vencen en 7 días (%1)</translation>
    </message>
    <message>
        <source>No next action (%1)</source>
        <translation>Sin próxima acción (%1)</translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>No se puede leer el registro: %1</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>VENCIDO %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matching cases in %3</source>
        <translation>Se muestran %1 de %2 casos coincidentes en %3</translation>
    </message>
    <message>
        <source>Register a received &amp;PDF…</source>
        <translation>Registrar un &amp;PDF recibido…</translation>
    </message>
    <message>
        <source>A signed request PDF that carries its draft becomes an incoming case</source>
        <translation>Un PDF de solicitud firmado que contiene su borrador pasa a ser un caso entrante</translation>
    </message>
    <message>
        <source>Received signed PDF</source>
        <translation>PDF firmado recibido</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Our reference for the request in %1:</source>
        <translation>Nuestra referencia para la solicitud contenida en %1:</translation>
    </message>
    <message>
        <source>Open the request&apos;s draft now, read-only, with the checks?</source>
        <translation>¿Abrir ahora el borrador de la solicitud, en solo lectura, con las comprobaciones?</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>No registrado: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 no se puede leer o es demasiado grande</translation>
    </message>
    <message>
        <source>Registered as incoming case %1 from %2 (their reference %3).</source>
        <translation>Registrada como caso entrante %1 procedente de %2 (su referencia %3).</translation>
    </message>
</context>
<context>
    <name>mla::gui::ReviewView</name>
    <message>
        <source>The request</source>
        <translation>La solicitud</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Comments — %1</source>
        <translation>Comentarios — %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>&lt;p&gt;No comments yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todavía no hay comentarios.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — status: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — estado: %2</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>El comentario está vacío.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Añadir comentario</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n comentario abierto</numerusform>
            <numerusform>%n comentarios abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request cannot be approved while %n blocking finding(s) remain; return it to the drafter.</source>
        <translation>
            <numerusform>No se puede aprobar la solicitud mientras quede %n observación bloqueante; devuélvala al redactor.</numerusform>
            <numerusform>No se puede aprobar la solicitud mientras queden %n observaciones bloqueantes; devuélvala al redactor.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Signed request to countersign</source>
        <translation>Solicitud firmada para refrendar</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Countersign %1 on behalf of the central authority.</source>
        <translation>Refrendar %1 en nombre de la autoridad central.</translation>
    </message>
    <message>
        <source>Approved by the central authority</source>
        <translation>Aprobado por la autoridad central</translation>
    </message>
    <message>
        <source>Save countersigned PDF</source>
        <translation>Guardar el PDF refrendado</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Refrendar</translation>
    </message>
    <message>
        <source>The PDF could not be countersigned: %1</source>
        <translation>No se pudo refrendar el PDF: %1</translation>
    </message>
    <message>
        <source>Return to the drafter</source>
        <translation>Devolver al redactor</translation>
    </message>
    <message>
        <source>Return the request to the drafter with your comments? The drafter sees them on the pages they are about.</source>
        <translation>¿Devolver la solicitud al redactor con sus comentarios? El redactor los verá en las páginas a las que se refieren.</translation>
    </message>
    <message>
        <source>Approve the request</source>
        <translation>Aprobar la solicitud</translation>
    </message>
    <message>
        <source>Approve this version of the request? If it is edited afterwards, it goes back to draft and needs a new review.</source>
        <translation>¿Aprobar esta versión de la solicitud? Si se modifica después, vuelve a borrador y necesita una nueva revisión.</translation>
    </message>
    <message>
        <source>The PDF could not be checked: %1</source>
        <translation>No se pudo comprobar el PDF: %1</translation>
    </message>
    <message>
        <source>The PDF is not signed; only a request signed by the drafter can be countersigned.</source>
        <translation>El PDF no está firmado; solo puede refrendarse una solicitud firmada por el redactor.</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature does not verify (the file was changed or damaged): %1</source>
        <translation>La firma del PDF no se verifica (el archivo se modificó o está dañado): %1</translation>
    </message>
    <message>
        <source>The PDF does not say which draft it was made from, so it cannot be shown to be the request under review. Ask the drafter to sign it again from this draft.</source>
        <translation>El PDF no indica de qué borrador se generó, por lo que no puede demostrarse que sea la solicitud en revisión. Pida al redactor que lo firme de nuevo a partir de este borrador.</translation>
    </message>
    <message>
        <source>The PDF was made from another version of the draft than the one under review. Ask the drafter to sign the current version.</source>
        <translation>El PDF se generó a partir de otra versión del borrador distinta de la que está en revisión. Pida al redactor que firme la versión actual.</translation>
    </message>
    <message>
        <source>Open the draft under review first.</source>
        <translation>Abra primero el borrador en revisión.</translation>
    </message>
    <message>
        <source>Validation &amp;report…</source>
        <translation>&amp;Informe de validación…</translation>
    </message>
    <message>
        <source>Check the signatures of a signed PDF and save a validation report to file with it</source>
        <translation>Comprobar las firmas de un PDF firmado y guardar un informe de validación para archivarlo con él</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>No se pudo leer el PDF.</translation>
    </message>
    <message>
        <source>The validation report could not be saved: %1</source>
        <translation>No se pudo guardar el informe de validación: %1</translation>
    </message>
    <message>
        <source>Signed PDF to check</source>
        <translation>PDF firmado que se va a comprobar</translation>
    </message>
    <message>
        <source>-validation-report</source>
        <translation>-informe-de-validacion</translation>
    </message>
    <message>
        <source>Save the validation report</source>
        <translation>Guardar el informe de validación</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>Informe de validación</translation>
    </message>
    <message>
        <source>The validation report was saved as %1.</source>
        <translation>El informe de validación se guardó como %1.</translation>
    </message>
    <message>
        <source>Countersigned without a timestamp</source>
        <translation>Refrendado sin sello de tiempo</translation>
    </message>
</context>
<context>
    <name>mla::gui::ScreenshotTour</name>
    <message>
        <source>Sign the request as the signatory.</source>
        <translation>Firme la solicitud como firmante.</translation>
    </message>
    <message>
        <source>Please state the period of the records for each account.</source>
        <translation>Indique el período de los registros de cada cuenta.</translation>
    </message>
</context>
<context>
    <name>mla::gui::SendPackageDialog</name>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>Borradores (*.mlar)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Identidades (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Use AES-256-CBC (EnvelopedData) for recipients whose software needs it</source>
        <translation>Usar AES-256-CBC (EnvelopedData) para destinatarios cuyo software lo necesite</translation>
    </message>
    <message>
        <source>&amp;Create package…</source>
        <translation>&amp;Crear el paquete…</translation>
    </message>
    <message>
        <source>Send request package</source>
        <translation>Enviar el paquete de la solicitud</translation>
    </message>
    <message>
        <source>&amp;Recipient certificates:</source>
        <translation>Certificados de los &amp;destinatarios:</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signed request &amp;PDFs:</source>
        <translation>&amp;PDF firmados de la solicitud:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Draft (optional):</source>
        <translation>&amp;Borrador (opcional):</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Anexos:</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Your &amp;identity (PKCS#12):</source>
        <translation>Su &amp;identidad (PKCS#12):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>No package was written: %1</source>
        <translation>No se escribió ningún paquete: %1</translation>
    </message>
    <message>
        <source>add at least one recipient certificate and one signed PDF</source>
        <translation>añada al menos un certificado de destinatario y un PDF firmado</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 no se puede leer o es demasiado grande</translation>
    </message>
    <message>
        <source>Package %1 written to %2 (%3 files). Only the chosen recipients can open it.</source>
        <translation>Paquete %1 escrito en %2 (%3 archivos). Solo los destinatarios elegidos pueden abrirlo.</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>Paquetes de solicitud (*.mlap)</translation>
    </message>
    <message>
        <source>Record “sent” in the case re&amp;gister</source>
        <translation>Anotar «enviada» en el re&amp;gistro de casos</translation>
    </message>
    <message>
        <source>Central authority to central authority</source>
        <translation>De autoridad central a autoridad central</translation>
    </message>
    <message>
        <source>Diplomatic channels</source>
        <translation>Vía diplomática</translation>
    </message>
    <message>
        <source>INTERPOL (urgent)</source>
        <translation>INTERPOL (urgente)</translation>
    </message>
    <message>
        <source>C&amp;hannel (18(13)):</source>
        <translation>&amp;Vía (18(13)):</translation>
    </message>
</context>
<context>
    <name>mla::gui::SignDialog</name>
    <message>
        <source>Signing identity</source>
        <translation>Identidad de firma</translation>
    </message>
    <message>
        <source>PKCS#12 identities (*.p12 *.pfx)</source>
        <translation>Identidades PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <source>The identity file could not be read.</source>
        <translation>No se pudo leer el archivo de identidad.</translation>
    </message>
    <message>
        <source>The certificate is not valid now.</source>
        <translation>El certificado no es válido en este momento.</translation>
    </message>
    <message>
        <source>The identity cannot be used for signing: %1</source>
        <translation>La identidad no puede usarse para firmar: %1</translation>
    </message>
    <message>
        <source>Identity file (PKCS#12)</source>
        <translation>Archivo de identidad (PKCS#12)</translation>
    </message>
    <message>
        <source>Smart card or token (PKCS#11)</source>
        <translation>Tarjeta inteligente o token (PKCS#11)</translation>
    </message>
    <message>
        <source>&amp;Key on:</source>
        <translation>&amp;Clave en:</translation>
    </message>
    <message>
        <source>The PKCS#11 library of the card reader or token (p11-kit&apos;s proxy reaches every configured one)</source>
        <translation>La biblioteca PKCS#11 del lector de tarjetas o del token (el proxy de p11-kit alcanza todas las configuradas)</translation>
    </message>
    <message>
        <source>PKCS#11 &amp;module:</source>
        <translation>&amp;Módulo PKCS#11:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>Cer&amp;tificado:</translation>
    </message>
    <message>
        <source>The PKCS#11 module could not be loaded: %1</source>
        <translation>No se pudo cargar el módulo PKCS#11: %1</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 certificate)</source>
        <translation>%1 — %2 (certificado de %3)</translation>
    </message>
    <message>
        <source>No smart card or token with a certificate fit for signing was found. Insert the card and choose Refresh.</source>
        <translation>No se encontró ninguna tarjeta inteligente ni token con un certificado apto para firmar. Inserte la tarjeta y elija Actualizar.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Enter the PIN on the reader&apos;s keypad</source>
        <translation>Introduzca el PIN en el teclado del lector</translation>
    </message>
    <message>
        <source>Choose a certificate on a smart card or token.</source>
        <translation>Elija un certificado de una tarjeta inteligente o un token.</translation>
    </message>
    <message>
        <source>The PIN is wrong. After too many wrong PINs the card locks it.</source>
        <translation>El PIN es incorrecto. Tras demasiados PIN erróneos, la tarjeta lo bloquea.</translation>
    </message>
    <message>
        <source>The PIN of this card is locked. It must be unlocked with the PUK or by the card&apos;s issuer.</source>
        <translation>El PIN de esta tarjeta está bloqueado. Debe desbloquearse con el PUK o por el emisor de la tarjeta.</translation>
    </message>
    <message>
        <source>The smart card or token is not present. Insert it and choose Refresh.</source>
        <translation>La tarjeta inteligente o el token no está presente. Insértelo y elija Actualizar.</translation>
    </message>
    <message>
        <source>The key on the card cannot be used for signing: %1</source>
        <translation>La clave de la tarjeta no puede usarse para firmar: %1</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Signature &amp;level:</source>
        <translation>&amp;Nivel de firma:</translation>
    </message>
    <message>
        <source>Without a timestamp: the signing time is only what this computer&apos;s clock says.</source>
        <translation>Sin sello de tiempo: la hora de la firma es solo la que indica el reloj de este ordenador.</translation>
    </message>
    <message>
        <source>No timestamp authority is set. Enter its address in Preferences, or choose level B-B.</source>
        <translation>No hay ninguna autoridad de sellado de tiempo configurada. Introduzca su dirección en Preferencias, o elija el nivel B-B.</translation>
    </message>
    <message>
        <source>Timestamp from %1. If it cannot be reached, the signature is made at B-B and you are warned.</source>
        <translation>Sello de tiempo de %1. Si no se puede contactar, la firma se hace en el nivel B-B y se le avisa.</translation>
    </message>
    <message>
        <source>Timestamp from %1. If it cannot be reached, nothing is signed.</source>
        <translation>Sello de tiempo de %1. Si no se puede contactar, no se firma nada.</translation>
    </message>
    <message>
        <source>Level %1 needs a timestamp authority. Enter its address in Preferences, or choose level B-B.</source>
        <translation>El nivel %1 necesita una autoridad de sellado de tiempo. Introduzca su dirección en Preferencias, o elija el nivel B-B.</translation>
    </message>
</context>
<context>
    <name>mla::gui::StartPage</name>
    <message>
        <source>Untitled request</source>
        <translation>Solicitud sin título</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nunca guardado</translation>
    </message>
    <message>
        <source>%1 (%2) — saved %3</source>
        <translation>%1 (%2) — guardado %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
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
        <translation>Estado requerido</translation>
    </message>
    <message>
        <source>%1 (not in the database)</source>
        <translation>%1 (no figura en la base de datos)</translation>
    </message>
    <message>
        <source>No State chosen yet.</source>
        <translation>Todavía no se ha elegido ningún Estado.</translation>
    </message>
    <message>
        <source>Requested State: %1 (%2)</source>
        <translation>Estado requerido: %1 (%2)</translation>
    </message>
    <message>
        <source>Open in the &amp;knowledge editor…</source>
        <translation>Abrir en el editor de &amp;conocimientos…</translation>
    </message>
    <message>
        <source>See, correct or complete what the database records of this State, with sources</source>
        <translation>Ver, corregir o completar lo que la base de datos registra sobre este Estado, con sus fuentes</translation>
    </message>
</context>
<context>
    <name>mla::gui::TransmitMenu</name>
    <message>
        <source>&amp;Transmission</source>
        <translation>&amp;Transmisión</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>Put signed request PDFs into an encrypted package for the requested central authority</source>
        <translation>Poner los PDF firmados de la solicitud en un paquete cifrado para la autoridad central requerida</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;Abrir un paquete…</translation>
    </message>
    <message>
        <source>Decrypt and check a received package, then extract it into a new folder</source>
        <translation>Descifrar y comprobar un paquete recibido y extraerlo en una carpeta nueva</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>&amp;Emitir acuse de recibo…</translation>
    </message>
    <message>
        <source>Check a received package and write a signed receipt for the sender</source>
        <translation>Comprobar un paquete recibido y emitir un acuse de recibo firmado para el remitente</translation>
    </message>
    <message>
        <source>&amp;Import receipt…</source>
        <translation>&amp;Importar acuse de recibo…</translation>
    </message>
    <message>
        <source>Check a receipt against the package sent and record the acknowledgement</source>
        <translation>Comprobar un acuse de recibo frente al paquete enviado y registrar la recepción</translation>
    </message>
</context>
<context>
    <name>mla::gui::UserDialog</name>
    <message>
        <source>About you</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Your name is recorded in the history of each request and with your review comments. You can change your name later in Preferences.</source>
        <translation>Su nombre se registra en el historial de cada solicitud y con sus comentarios de revisión. Podrá cambiar su nombre más adelante en Preferencias.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Oficina:</translation>
    </message>
    <message>
        <source>e.g. Anna Schmidt</source>
        <translation>p. ej., Anna Schmidt</translation>
    </message>
    <message>
        <source>e.g. Public prosecutor</source>
        <translation>p. ej., fiscal</translation>
    </message>
    <message>
        <source>e.g. Public Prosecutor&apos;s Office, Frankfurt am Main</source>
        <translation>p. ej., Fiscalía de Fráncfort del Meno</translation>
    </message>
</context>
<context>
    <name>mla::gui::Wizard</name>
    <message>
        <source>Pages of the request</source>
        <translation>Páginas de la solicitud</translation>
    </message>
    <message>
        <source>Nothing essential is missing on this page.</source>
        <translation>No falta nada esencial en esta página.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Essential information missing on this page:</source>
        <translation>Información esencial que falta en esta página:</translation>
    </message>
    <message>
        <source>Press Next again to continue anyway. You can save an incomplete draft and complete it later.</source>
        <translation>Pulse Siguiente otra vez para continuar de todos modos. Puede guardar un borrador incompleto y completarlo más tarde.</translation>
    </message>
    <message>
        <source>Continue &amp;anyway</source>
        <translation>Continuar de &amp;todos modos</translation>
    </message>
    <message>
        <source>The reviewer returned this request for changes.</source>
        <translation>El revisor devolvió esta solicitud para que se modifique.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comments on this page:</source>
        <translation>Comentarios del revisor sobre esta página:</translation>
    </message>
</context>
<context>
    <name>mla::gui::WizardPage</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
</TS>

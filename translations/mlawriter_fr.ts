<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AuthorityPage</name>
    <message>
        <source>Requesting authority</source>
        <translation>Autorité requérante</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>&amp;Use profile</source>
        <translation>&amp;Utiliser le profil</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Enregistrer comme &amp;profil…</translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>Requesting authority (18(15)(a))</source>
        <translation>Autorité requérante (18(15)(a))</translation>
    </message>
    <message>
        <source>Requesting &amp;State:</source>
        <translation>&amp;État requérant :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>Personne à &amp;contacter :</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>Votre &amp;référence :</translation>
    </message>
    <message>
        <source>Letterhead logo:</source>
        <translation>Logo de l&apos;en-tête :</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Choisir le &amp;logo…</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Name of the si&amp;gnatory:</source>
        <translation>Nom du si&amp;gnataire :</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Place of signature:</source>
        <translation>&amp;Lieu de signature :</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The requesting State is not given.</source>
        <translation>L&apos;État requérant n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>The requested State is not given.</source>
        <translation>L&apos;État requis n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>The output language &apos;%1&apos; is not one of the six official UN languages.</source>
        <translation>La langue de sortie « %1 » n&apos;est pas l&apos;une des six langues officielles de l&apos;ONU.</translation>
    </message>
    <message>
        <source>The requesting authority is not identified.</source>
        <translation>L&apos;autorité requérante n&apos;est pas identifiée.</translation>
    </message>
    <message>
        <source>The subject matter and nature of the investigation, prosecution or proceeding are not described.</source>
        <translation>L&apos;objet et la nature de l&apos;enquête, des poursuites ou de la procédure ne sont pas décrits.</translation>
    </message>
    <message>
        <source>The name of the authority conducting the investigation, prosecution or proceeding is missing.</source>
        <translation>Le nom de l&apos;autorité chargée de l&apos;enquête, des poursuites ou de la procédure manque.</translation>
    </message>
    <message>
        <source>The functions of the authority conducting the proceeding are not described.</source>
        <translation>Les fonctions de l&apos;autorité chargée de la procédure ne sont pas décrites.</translation>
    </message>
    <message>
        <source>No offence is described.</source>
        <translation>Aucune infraction n&apos;est décrite.</translation>
    </message>
    <message>
        <source>A summary of the relevant facts is missing.</source>
        <translation>Le résumé des faits pertinents manque.</translation>
    </message>
    <message>
        <source>No summary of facts is needed: the only assistance sought is service of judicial documents.</source>
        <translation>Aucun résumé des faits n&apos;est nécessaire : la seule aide demandée est la signification d&apos;actes judiciaires.</translation>
    </message>
    <message>
        <source>No assistance is sought: add at least one measure.</source>
        <translation>Aucune aide n&apos;est demandée : ajoutez au moins une mesure.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): the assistance sought is not described.</source>
        <translation>Mesure %1 (%2) : l&apos;aide demandée n&apos;est pas décrite.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): the purpose for which the evidence, information or action is sought is missing.</source>
        <translation>Mesure %1 (%2) : la fin pour laquelle les éléments de preuve, informations ou mesures sont demandés manque.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): &apos;%3&apos; is required.</source>
        <translation>Mesure %1 (%2) : « %3 » est obligatoire.</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; is not a date (yyyy-mm-dd): &apos;%3&apos;.</source>
        <translation>Mesure %1 : « %2 » n&apos;est pas une date (aaaa-mm-jj) : « %3 ».</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; has the value &apos;%3&apos;, which is not one of: %4.</source>
        <translation>Mesure %1 : « %2 » a la valeur « %3 », qui ne fait pas partie de : %4.</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; takes only one value.</source>
        <translation>Mesure %1 : « %2 » n&apos;accepte qu&apos;une seule valeur.</translation>
    </message>
    <message>
        <source>Measure %1: the period ends (%2) before it starts (%3).</source>
        <translation>Mesure %1 : la période se termine (%2) avant de commencer (%3).</translation>
    </message>
    <message>
        <source>Measure %1 refers to person &apos;%2&apos;, who is not in the request.</source>
        <translation>La mesure %1 renvoie à la personne « %2 », qui ne figure pas dans la demande.</translation>
    </message>
    <message>
        <source>Measure %1 (%2) must name at least %3 person(s); it names %4.</source>
        <translation>La mesure %1 (%2) doit désigner au moins %3 personne(s) ; elle en désigne %4.</translation>
    </message>
    <message>
        <source>%1 reports that &apos;%2&apos; is not available (%3). Alternative: %4.</source>
        <translation>%1 indique que « %2 » n&apos;est pas disponible (%3). Solution de remplacement : %4.</translation>
    </message>
    <message>
        <source>%1 reports that &apos;%2&apos; is available with limits (%3). Alternative: %4.</source>
        <translation>%1 indique que « %2 » est disponible avec des limites (%3). Solution de remplacement : %4.</translation>
    </message>
    <message>
        <source>%1, &apos;%2&apos;: %3</source>
        <translation>%1, « %2 » : %3</translation>
    </message>
    <message>
        <source>Offence %1: maximum penalty %2 years, a serious crime under article 2(b).</source>
        <translation>Infraction %1 : peine maximale de %2 ans, infraction grave au sens de l&apos;article 2 b).</translation>
    </message>
    <message>
        <source>Offence %1: the maximum penalty is not given; the Convention covers serious crime (at least four years, article 2(b)) and the offences it establishes.</source>
        <translation>Infraction %1 : la peine maximale n&apos;est pas indiquée ; la Convention s&apos;applique aux infractions graves (au moins quatre ans, article 2 b)) et aux infractions qu&apos;elle établit.</translation>
    </message>
    <message>
        <source>Offence %1: a maximum penalty of %2 years is below four years and no Convention offence is named: outside article 2(b) unless another basis applies.</source>
        <translation>Infraction %1 : une peine maximale de %2 ans est inférieure à quatre ans et aucune infraction établie par la Convention n&apos;est indiquée : hors du champ de l&apos;article 2 b), sauf autre fondement.</translation>
    </message>
    <message>
        <source>The transnational nature of the offence (article 3(2)) is not shown.</source>
        <translation>Le caractère transnational de l&apos;infraction (article 3, paragraphe 2) n&apos;est pas établi.</translation>
    </message>
    <message>
        <source>The offence is stated not to be transnational (article 3(2)): the Convention may not apply.</source>
        <translation>Il est indiqué que l&apos;infraction n&apos;est pas transnationale (article 3, paragraphe 2) : la Convention pourrait ne pas s&apos;appliquer.</translation>
    </message>
    <message>
        <source>The involvement of an organized criminal group (article 2(a)) is not shown.</source>
        <translation>L&apos;implication d&apos;un groupe criminel organisé (article 2 a)) n&apos;est pas établie.</translation>
    </message>
    <message>
        <source>No organized criminal group is stated to be involved: the Convention may not apply (article 3(1)).</source>
        <translation>Aucun groupe criminel organisé n&apos;est déclaré impliqué : la Convention pourrait ne pas s&apos;appliquer (article 3, paragraphe 1).</translation>
    </message>
    <message>
        <source>Scope of the Convention shown: serious crime or Convention offence, transnational, organized criminal group (article 3).</source>
        <translation>Champ d&apos;application de la Convention établi : infraction grave ou infraction établie par la Convention, caractère transnational, groupe criminel organisé (article 3).</translation>
    </message>
    <message>
        <source>Nothing is recorded for the requested State &apos;%1&apos;: unknown — verify with its central authority.</source>
        <translation>Rien n&apos;est enregistré pour l&apos;État requis « %1 » : inconnu — à vérifier auprès de son autorité centrale.</translation>
    </message>
    <message>
        <source>%1 is a party to the Convention (%2).</source>
        <translation>%1 est partie à la Convention (%2).</translation>
    </message>
    <message>
        <source>Whether %1 is a party to the Convention is not recorded: unknown — verify (UN Treaty Collection, chapter XVIII-12).</source>
        <translation>Il n&apos;est pas enregistré si %1 est partie à la Convention : inconnu — à vérifier (Collection des traités des Nations Unies, chapitre XVIII-12).</translation>
    </message>
    <message>
        <source>%1 is recorded as &apos;%2&apos;, not as a party to the Convention: the Convention cannot be the legal basis.</source>
        <translation>%1 est enregistré comme « %2 », et non comme partie à la Convention : la Convention ne peut pas servir de base juridique.</translation>
    </message>
    <message>
        <source>The legal basis is a treaty, but the treaty is not named.</source>
        <translation>La base juridique est un traité, mais le traité n&apos;est pas désigné.</translation>
    </message>
    <message>
        <source>The treaty &apos;%1&apos; is not recorded between %2 and %3: verify that it is in force.</source>
        <translation>Le traité « %1 » n&apos;est pas enregistré entre %2 et %3 : vérifiez qu&apos;il est en vigueur.</translation>
    </message>
    <message>
        <source>The treaty &apos;%1&apos; is in force between %2 and %3: it governs the request; paragraphs 9 to 29 of article 18 apply only if the States agree to apply them instead (18(7)).</source>
        <translation>Le traité « %1 » est en vigueur entre %2 et %3 : il régit la demande ; les paragraphes 9 à 29 de l&apos;article 18 ne s&apos;appliquent que si les États conviennent de les appliquer à sa place (18(7)).</translation>
    </message>
    <message>
        <source>No mutual legal assistance treaty between %1 and %2 is recorded: paragraphs 9 to 29 of article 18 apply (18(7)). Verify that no treaty binds the two States.</source>
        <translation>Aucun traité d&apos;entraide judiciaire entre %1 et %2 n&apos;est enregistré : les paragraphes 9 à 29 de l&apos;article 18 s&apos;appliquent (18(7)). Vérifiez qu&apos;aucun traité ne lie les deux États.</translation>
    </message>
    <message>
        <source>Whether a mutual legal assistance treaty binds %1 and %2 is unknown — verify (18(7)).</source>
        <translation>On ignore si un traité d&apos;entraide judiciaire lie %1 et %2 — à vérifier (18(7)).</translation>
    </message>
    <message>
        <source>%1 does not require dual criminality. Notes: %2</source>
        <translation>%1 n&apos;exige pas la double incrimination. Remarques : %2</translation>
    </message>
    <message>
        <source>%1 requires dual criminality for coercive measures only, and none is sought.</source>
        <translation>%1 n&apos;exige la double incrimination que pour les mesures coercitives, et aucune n&apos;est demandée.</translation>
    </message>
    <message>
        <source>The dual-criminality policy of %1 is unknown — verify with the central authority.</source>
        <translation>La politique de %1 en matière de double incrimination est inconnue — à vérifier auprès de l&apos;autorité centrale.</translation>
    </message>
    <message>
        <source>Offence %1 has no ICCS code for its conduct: dual criminality cannot be checked.</source>
        <translation>L&apos;infraction %1 n&apos;a pas de code ICCS pour son comportement : la double incrimination ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): the conduct is an offence in %3: %4.</source>
        <translation>Infraction %1 (ICCS %2) : le comportement constitue une infraction dans l&apos;État %3 : %4.</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): the conduct is recorded as not an offence in %3; assistance may be refused (18(9)). Notes: %4</source>
        <translation>Infraction %1 (ICCS %2) : le comportement est enregistré comme ne constituant pas une infraction dans l&apos;État %3 ; l&apos;entraide peut être refusée (18(9)). Remarques : %4</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): whether the conduct is an offence in %3 is unknown — verify with the central authority.</source>
        <translation>Infraction %1 (ICCS %2) : on ignore si le comportement constitue une infraction dans l&apos;État %3 — à vérifier auprès de l&apos;autorité centrale.</translation>
    </message>
    <message>
        <source>Add a dual-criminality note showing that the conduct is also an offence in %1.</source>
        <translation>Ajoutez une note sur la double incrimination montrant que le comportement constitue aussi une infraction dans l&apos;État %1.</translation>
    </message>
    <message>
        <source>The legal basis is reciprocity, but no assurance of reciprocity is given.</source>
        <translation>La base juridique est la réciprocité, mais aucune assurance de réciprocité n&apos;est donnée.</translation>
    </message>
    <message>
        <source>An assurance of reciprocity is given without its wording (reciprocity note).</source>
        <translation>Une assurance de réciprocité est donnée sans son texte (note de réciprocité).</translation>
    </message>
    <message>
        <source>The reciprocity policy of %1 is unknown — verify with the central authority; consider giving an assurance of reciprocity.</source>
        <translation>La politique de %1 en matière de réciprocité est inconnue — à vérifier auprès de l&apos;autorité centrale ; envisagez de donner une assurance de réciprocité.</translation>
    </message>
    <message>
        <source>%1 does not require reciprocity. Notes: %2</source>
        <translation>%1 n&apos;exige pas la réciprocité. Remarques : %2</translation>
    </message>
    <message>
        <source>%1 requires an assurance of reciprocity, and none is given. Notes: %2</source>
        <translation>%1 exige une assurance de réciprocité, et aucune n&apos;est donnée. Remarques : %2</translation>
    </message>
    <message>
        <source>An assurance of reciprocity is given, as %1 requires. Notes: %2</source>
        <translation>Une assurance de réciprocité est donnée, comme l&apos;exige %1. Remarques : %2</translation>
    </message>
    <message>
        <source>%1 requires reciprocity only absent a treaty, and a treaty applies. Notes: %2</source>
        <translation>%1 n&apos;exige la réciprocité qu&apos;en l&apos;absence de traité, et un traité s&apos;applique. Remarques : %2</translation>
    </message>
    <message>
        <source>The languages %1 accepts are not recorded: unknown — verify with the central authority. Notes: %2</source>
        <translation>Les langues acceptées par %1 ne sont pas enregistrées : inconnu — à vérifier auprès de l&apos;autorité centrale. Remarques : %2</translation>
    </message>
    <message>
        <source>%1 accepts requests in &apos;%2&apos;. Conditions: %3</source>
        <translation>%1 accepte les demandes en « %2 ». Conditions : %3</translation>
    </message>
    <message>
        <source>%1 has not notified &apos;%2&apos; as such (notified: %3); its notification sets conditions: %4 — check that the request meets them.</source>
        <translation>%1 n&apos;a pas notifié « %2 » en tant que tel (langues notifiées : %3) ; sa notification fixe des conditions : %4 — vérifiez que la demande les remplit.</translation>
    </message>
    <message>
        <source>%1 has not notified &apos;%2&apos; as an acceptable language (notified: %3).</source>
        <translation>%1 n&apos;a pas notifié « %2 » comme langue acceptable (langues notifiées : %3).</translation>
    </message>
    <message>
        <source>INTERPOL may be used only in urgent circumstances; the request is not marked urgent.</source>
        <translation>INTERPOL ne peut être utilisé qu&apos;en cas d&apos;urgence ; la demande n&apos;est pas marquée comme urgente.</translation>
    </message>
    <message>
        <source>%1 does not accept requests through INTERPOL.</source>
        <translation>%1 n&apos;accepte pas les demandes transmises par INTERPOL.</translation>
    </message>
    <message>
        <source>Whether %1 agrees to receive urgent requests through INTERPOL is unknown — verify with the central authority.</source>
        <translation>On ignore si %1 accepte de recevoir des demandes urgentes par INTERPOL — à vérifier auprès de l&apos;autorité centrale.</translation>
    </message>
    <message>
        <source>%1 accepts urgent requests through INTERPOL.</source>
        <translation>%1 accepte les demandes urgentes transmises par INTERPOL.</translation>
    </message>
    <message>
        <source>%1 does not accept requests through diplomatic channels.</source>
        <translation>%1 n&apos;accepte pas les demandes transmises par la voie diplomatique.</translation>
    </message>
    <message>
        <source>Whether %1 accepts requests through diplomatic channels is not recorded — verify.</source>
        <translation>Il n&apos;est pas enregistré si %1 accepte les demandes transmises par la voie diplomatique — à vérifier.</translation>
    </message>
    <message>
        <source>%1 accepts requests through diplomatic channels.</source>
        <translation>%1 accepte les demandes transmises par la voie diplomatique.</translation>
    </message>
    <message>
        <source>%1 requires requests to be addressed through diplomatic channels.</source>
        <translation>%1 exige que les demandes lui soient adressées par la voie diplomatique.</translation>
    </message>
    <message>
        <source>%1 does not accept requests sent directly to its central authority.</source>
        <translation>%1 n&apos;accepte pas les demandes adressées directement à son autorité centrale.</translation>
    </message>
    <message>
        <source>Central authority of %1: %2.</source>
        <translation>Autorité centrale de %1 : %2.</translation>
    </message>
    <message>
        <source>The central authority of %1 is not recorded: unknown — verify.</source>
        <translation>L&apos;autorité centrale de %1 n&apos;est pas enregistrée : inconnu — à vérifier.</translation>
    </message>
    <message>
        <source>A deadline (%1) is set without reasons; deadlines are taken into account only where reasons are given.</source>
        <translation>Un délai (%1) est fixé sans motifs ; les délais ne sont pris en compte que s&apos;ils sont motivés.</translation>
    </message>
    <message>
        <source>The request is marked urgent without reasons.</source>
        <translation>La demande est marquée comme urgente sans motifs.</translation>
    </message>
    <message>
        <source>The deadline %1 has passed.</source>
        <translation>Le délai du %1 est dépassé.</translation>
    </message>
    <message>
        <source>Confidentiality is requested without reasons.</source>
        <translation>La confidentialité est demandée sans motifs.</translation>
    </message>
    <message>
        <source>Practice of %1 on confidentiality: %2</source>
        <translation>Pratique de %1 en matière de confidentialité : %2</translation>
    </message>
    <message>
        <source>State the use to be made of the information and evidence: they may not be used for other proceedings without the requested State&apos;s consent.</source>
        <translation>Indiquez l&apos;usage qui sera fait des informations et des éléments de preuve : ils ne peuvent servir à d&apos;autres procédures sans le consentement de l&apos;État requis.</translation>
    </message>
    <message>
        <source>Practice of %1 on the use of evidence: %2</source>
        <translation>Pratique de %1 en matière d&apos;utilisation des preuves : %2</translation>
    </message>
    <message>
        <source>Person %1 has no name.</source>
        <translation>La personne %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Person %1: no address or known location is given.</source>
        <translation>Personne %1 : aucune adresse ni localisation connue n&apos;est indiquée.</translation>
    </message>
    <message>
        <source>Person %1: nationality not given (give it where known).</source>
        <translation>Personne %1 : nationalité non indiquée (indiquez-la si elle est connue).</translation>
    </message>
    <message>
        <source>Person %1: &apos;%2&apos; is not an ISO 3166 alpha-3 code.</source>
        <translation>Personne %1 : « %2 » n&apos;est pas un code ISO 3166 alpha-3.</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional control character (U+%2): the text can display differently from what it is (spoofing risk).</source>
        <translation>%1 contient un caractère de contrôle bidirectionnel (U+%2) : le texte peut s&apos;afficher autrement qu&apos;il n&apos;est (risque d&apos;usurpation).</translation>
    </message>
    <message>
        <source>%1 contains an invisible character (U+%2): two values that look the same can differ (spoofing risk).</source>
        <translation>%1 contient un caractère invisible (U+%2) : deux valeurs d&apos;apparence identique peuvent différer (risque d&apos;usurpation).</translation>
    </message>
    <message>
        <source>%1 mixes Latin and %2 letters in one word (&apos;%3&apos;): look-alike letters are a spoofing risk.</source>
        <translation>%1 mélange des lettres latines et %2 dans un même mot (« %3 ») : les lettres semblables présentent un risque d&apos;usurpation.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a common-law standard with no equivalent in many systems: describe the facts that ground the suspicion instead.</source>
        <translation>« %1 » est une notion de common law sans équivalent dans de nombreux systèmes : décrivez plutôt les faits qui fondent les soupçons.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no equivalent in many systems: explain that it is a body of citizens that decides whether a person is charged, and what it needs.</source>
        <translation>« %1 » n&apos;a pas d&apos;équivalent dans de nombreux systèmes : expliquez qu&apos;il s&apos;agit d&apos;un collège de citoyens qui décide de la mise en accusation d&apos;une personne, et ce dont il a besoin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a statute of one State: describe the conduct and cite the provision in full.</source>
        <translation>« %1 » désigne une loi d&apos;un seul État : décrivez le comportement et citez la disposition en entier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is unknown in many systems: describe the agreement between prosecution and defendant in plain words.</source>
        <translation>« %1 » est inconnu dans de nombreux systèmes : décrivez en termes simples l&apos;accord entre l&apos;accusation et la personne poursuivie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not translate: say which order, by whom, and what it compels.</source>
        <translation>« %1 » ne se traduit pas : précisez de quelle ordonnance il s&apos;agit, qui la rend et ce qu&apos;elle impose.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (disclosure between the parties) is unknown in many systems: explain it in plain words.</source>
        <translation>« %1 » (communication entre les parties) est inconnu dans de nombreux systèmes : expliquez-le en termes simples.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a rule of evidence unknown in many systems: explain what the requested State&apos;s authorities must do or avoid.</source>
        <translation>« %1 » est une règle de preuve inconnue dans de nombreux systèmes : expliquez ce que les autorités de l&apos;État requis doivent faire ou éviter.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a national rule: state the cautions to be given to the person in full.</source>
        <translation>« %1 » désigne une règle nationale : énoncez en entier les avertissements à donner à la personne.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a standard of proof that translates unevenly: explain it in plain words.</source>
        <translation>« %1 » est une norme de preuve qui se traduit mal : expliquez-la en termes simples.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: describe the handling and records needed for the evidence to be admissible.</source>
        <translation>« %1 » : décrivez les manipulations et les traces écrites nécessaires pour que la preuve soit recevable.</translation>
    </message>
    <message>
        <source>%1: the text is in &apos;%2&apos; and has no translation into &apos;%3&apos;.</source>
        <translation>%1 : le texte est en « %2 » et n&apos;a pas de traduction en « %3 ».</translation>
    </message>
    <message>
        <source>%1: the translation into &apos;%2&apos; was made from an earlier version of the text.</source>
        <translation>%1 : la traduction en « %2 » a été faite à partir d&apos;une version antérieure du texte.</translation>
    </message>
    <message>
        <source>%1: the translation into &apos;%2&apos; is still a draft.</source>
        <translation>%1 : la traduction en « %2 » est encore un brouillon.</translation>
    </message>
    <message>
        <source>Offence %1 is an offence established under the Convention or its Protocols (%2).</source>
        <translation>L&apos;infraction %1 est une infraction établie conformément à la Convention ou à ses Protocoles (%2).</translation>
    </message>
    <message>
        <source>The reciprocity policy of %1 is unknown — verify with the central authority; an assurance of reciprocity is given.</source>
        <translation>La politique de %1 en matière de réciprocité est inconnue — à vérifier auprès de l&apos;autorité centrale ; une assurance de réciprocité est donnée.</translation>
    </message>
    <message>
        <source>%1 does not accept every request sent electronically or signed electronically (transmission: %2; electronic signature: %3): send a signed paper original. Notes: %4</source>
        <translation>%1 n&apos;accepte pas toutes les demandes transmises ou signées électroniquement (transmission : %2 ; signature électronique : %3) : envoyez un original papier signé. Remarques : %4</translation>
    </message>
    <message>
        <source>%1 accepts requests transmitted and signed electronically. Notes: %2</source>
        <translation>%1 accepte les demandes transmises et signées électroniquement. Remarques : %2</translation>
    </message>
    <message>
        <source>Whether %1 accepts requests transmitted or signed electronically is not recorded — verify; a signed paper original may be needed.</source>
        <translation>Il n&apos;est pas enregistré si %1 accepte les demandes transmises ou signées électroniquement — à vérifier ; un original papier signé peut être nécessaire.</translation>
    </message>
    <message>
        <source>%1 has made a declaration bearing on article 18(7): %2</source>
        <translation>%1 a fait une déclaration portant sur l&apos;article 18(7) : %2</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>These findings compare the request with article 18 and with what the database knows about the requested State. Activate a finding (Enter or double-click) to go to its field.</source>
        <translation>Ces constats comparent la demande à l&apos;article 18 et à ce que la base de données sait de l&apos;État requis. Activez un constat (Entrée ou double-clic) pour aller à son champ.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <source>Summary of facts</source>
        <translation>Résumé des faits</translation>
    </message>
    <message>
        <source>Summarise the relevant facts (18(15)(c)): who did what, when and where, and how each person and each measure sought relates to the offences. A summary is not needed when only service of documents is requested.</source>
        <translation>Résumez les faits pertinents (18(15)(c)) : qui a fait quoi, quand et où, et le lien entre chaque personne, chaque mesure demandée et les infractions. Aucun résumé n&apos;est nécessaire si seule la signification d&apos;actes est demandée.</translation>
    </message>
    <message>
        <source>&amp;Summary of facts:</source>
        <translation>&amp;Résumé des faits :</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>Unknown — verify with the central authority.</source>
        <translation>Inconnu — à vérifier auprès de l&apos;autorité centrale.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>vérifié le %1</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>required</source>
        <translation>exigée</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>non acceptée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the requested State to see what the database knows about its requirements.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez l&apos;État requis pour voir ce que la base de données sait de ses exigences.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the requirements database has no record of this State.</source>
        <translation>la base de données des exigences n&apos;a aucune fiche pour cet État.</translation>
    </message>
    <message>
        <source>UNTOC</source>
        <translation>Convention contre la criminalité organisée</translation>
    </message>
    <message>
        <source>Central authority (18(13))</source>
        <translation>Autorité centrale (18(13))</translation>
    </message>
    <message>
        <source>Channels (18(13))</source>
        <translation>Voies de transmission (18(13))</translation>
    </message>
    <message>
        <source>central authority: %1; diplomatic: %2; INTERPOL: %3</source>
        <translation>autorité centrale : %1 ; voie diplomatique : %2 ; INTERPOL : %3</translation>
    </message>
    <message>
        <source>Languages (18(14))</source>
        <translation>Langues (18(14))</translation>
    </message>
    <message>
        <source>Electronic transmission / e-signature</source>
        <translation>Transmission électronique / signature électronique</translation>
    </message>
    <message>
        <source>transmission: %1; signature: %2</source>
        <translation>transmission : %1 ; signature : %2</translation>
    </message>
    <message>
        <source>Dual criminality (18(9))</source>
        <translation>Double incrimination (18(9))</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Réciprocité</translation>
    </message>
    <message>
        <source>Use limitation and confidentiality (18(19), 18(20))</source>
        <translation>Limitation de l&apos;utilisation et confidentialité (18(19), 18(20))</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>The requesting State undertakes not to transmit or use the information or evidence furnished for investigations, prosecutions or judicial proceedings other than those stated in this request without the prior consent of the requested State (article 18(19)).</source>
        <translation>L&apos;État requérant s&apos;engage à ne pas communiquer ni utiliser les informations ou les éléments de preuve fournis pour des enquêtes, poursuites ou procédures judiciaires autres que celles visées dans la présente demande sans le consentement préalable de l&apos;État requis (article 18, paragraphe 19).</translation>
    </message>
    <message>
        <source>The requesting State asks that the fact and substance of this request be kept confidential, except to the extent necessary to execute it (article 18(20)).</source>
        <translation>L&apos;État requérant demande que la demande et sa teneur restent confidentielles, sauf dans la mesure nécessaire pour y donner effet (article 18, paragraphe 20).</translation>
    </message>
    <message>
        <source>The conduct underlying the offence of %1 (ICCS %2) is also an offence in the requested State under %3.</source>
        <translation>Le comportement constitutif de l&apos;infraction de %1 (ICCS %2) constitue aussi une infraction dans l&apos;État requis en vertu de %3.</translation>
    </message>
    <message>
        <source>The requesting State assures the requested State that it will comply with a future request of a similar nature from the requested State.</source>
        <translation>L&apos;État requérant assure l&apos;État requis qu&apos;il donnera suite à toute demande de même nature que lui adresserait l&apos;État requis.</translation>
    </message>
    <message>
        <source>source dated %1</source>
        <translation>source datée du %1</translation>
    </message>
    <message>
        <source>source undated</source>
        <translation>source non datée</translation>
    </message>
    <message numerus="yes">
        <source>— possibly outdated (older than %n year(s) or undated): verify</source>
        <translation>
            <numerusform>— peut-être périmé (plus de %n an ou non daté) : à vérifier</numerusform>
            <numerusform>— peut-être périmé (plus de %n ans ou non daté) : à vérifier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>UNTOC article 18</source>
        <translation>Article 18 de la Convention contre la criminalité organisée</translation>
    </message>
    <message>
        <source>Bilateral or multilateral treaty</source>
        <translation>Traité bilatéral ou multilatéral</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Réciprocité</translation>
    </message>
    <message>
        <source>Central authority</source>
        <translation>Autorité centrale</translation>
    </message>
    <message>
        <source>Diplomatic channel</source>
        <translation>Voie diplomatique</translation>
    </message>
    <message>
        <source>INTERPOL (urgent, where agreed)</source>
        <translation>INTERPOL (urgence, si convenu)</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <translation>Poursuites</translation>
    </message>
    <message>
        <source>Judicial proceedings</source>
        <translation>Procédure judiciaire</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Accusé</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>Personne détenue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Soumis pour examen</translation>
    </message>
    <message>
        <source>Returned to the drafter</source>
        <translation>Renvoyé au rédacteur</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bloquants</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Subscriber information</source>
        <translation>Données relatives aux abonnés</translation>
    </message>
    <message>
        <source>Traffic data</source>
        <translation>Données relatives au trafic</translation>
    </message>
    <message>
        <source>Content data</source>
        <translation>Données relatives au contenu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originaux</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Copies certifiées conformes</translation>
    </message>
</context>
<context>
    <name>MeasureSchema</name>
    <message>
        <source>Taking evidence or statements</source>
        <translation>Recueil de témoignages ou de dépositions</translation>
    </message>
    <message>
        <source>Questions to be put</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <source>Oath, caution or procedure to follow</source>
        <translation>Serment, avertissement ou procédure à suivre</translation>
    </message>
    <message>
        <source>Place of the hearing</source>
        <translation>Lieu de l&apos;audition</translation>
    </message>
    <message>
        <source>Service of judicial documents</source>
        <translation>Signification d&apos;actes judiciaires</translation>
    </message>
    <message>
        <source>Documents to be served</source>
        <translation>Actes à signifier</translation>
    </message>
    <message>
        <source>Address for service</source>
        <translation>Adresse de signification</translation>
    </message>
    <message>
        <source>Date the person is summoned to appear</source>
        <translation>Date à laquelle la personne est citée à comparaître</translation>
    </message>
    <message>
        <source>Proof of service required</source>
        <translation>Preuve de signification requise</translation>
    </message>
    <message>
        <source>Search and seizure</source>
        <translation>Perquisition et saisie</translation>
    </message>
    <message>
        <source>Premises to be searched (address)</source>
        <translation>Lieux à perquisitionner (adresse)</translation>
    </message>
    <message>
        <source>Items to be seized</source>
        <translation>Objets à saisir</translation>
    </message>
    <message>
        <source>Link between the premises and the offence</source>
        <translation>Lien entre les lieux et l&apos;infraction</translation>
    </message>
    <message>
        <source>Freezing of assets</source>
        <translation>Gel d&apos;avoirs</translation>
    </message>
    <message>
        <source>Assets to be frozen</source>
        <translation>Avoirs à geler</translation>
    </message>
    <message>
        <source>Institution holding the assets</source>
        <translation>Établissement détenant les avoirs</translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation>Numéros de compte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Domestic freezing order (reference)</source>
        <translation>Ordonnance de gel nationale (référence)</translation>
    </message>
    <message>
        <source>Examining objects and sites</source>
        <translation>Examen d&apos;objets et visite de lieux</translation>
    </message>
    <message>
        <source>Object or site to be examined</source>
        <translation>Objet ou lieu à examiner</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Information, evidentiary items and expert evaluations</source>
        <translation>Informations, pièces à conviction et estimations d&apos;experts</translation>
    </message>
    <message>
        <source>Information or items sought</source>
        <translation>Informations ou pièces demandées</translation>
    </message>
    <message>
        <source>Expert evaluation requested</source>
        <translation>Estimation d&apos;expert demandée</translation>
    </message>
    <message>
        <source>Bank and financial records</source>
        <translation>Documents bancaires et financiers</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>Établissement financier</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Types of documents</source>
        <translation>Types de documents</translation>
    </message>
    <message>
        <source>Certification or authentication required</source>
        <translation>Certification ou authentification requise</translation>
    </message>
    <message>
        <source>Documents and records</source>
        <translation>Documents et dossiers</translation>
    </message>
    <message>
        <source>Documents or records sought</source>
        <translation>Documents ou dossiers demandés</translation>
    </message>
    <message>
        <source>Who holds them</source>
        <translation>Qui les détient</translation>
    </message>
    <message>
        <source>Originals or certified copies</source>
        <translation>Originaux ou copies certifiées conformes</translation>
    </message>
    <message>
        <source>Identifying or tracing proceeds, property or instrumentalities</source>
        <translation>Identification ou localisation des produits du crime, des biens ou des instruments</translation>
    </message>
    <message>
        <source>Proceeds, property or instrumentalities</source>
        <translation>Produits du crime, biens ou instruments</translation>
    </message>
    <message>
        <source>Known assets or accounts</source>
        <translation>Avoirs ou comptes connus</translation>
    </message>
    <message>
        <source>Voluntary appearance in the requesting State</source>
        <translation>Comparution volontaire dans l&apos;État requérant</translation>
    </message>
    <message>
        <source>Date of appearance</source>
        <translation>Date de comparution</translation>
    </message>
    <message>
        <source>Expenses, travel and safe conduct (18(27))</source>
        <translation>Frais, voyage et sauf-conduit (18(27))</translation>
    </message>
    <message>
        <source>Other assistance</source>
        <translation>Autre type d&apos;aide</translation>
    </message>
    <message>
        <source>Assistance sought</source>
        <translation>Aide demandée</translation>
    </message>
    <message>
        <source>Expedited preservation of stored computer data</source>
        <translation>Conservation rapide de données informatiques stockées</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Fournisseur de services</translation>
    </message>
    <message>
        <source>Accounts, addresses or other identifiers</source>
        <translation>Comptes, adresses ou autres identifiants</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Follow-up request for production (reference)</source>
        <translation>Demande ultérieure de production (référence)</translation>
    </message>
    <message>
        <source>Access to stored computer data</source>
        <translation>Accès à des données informatiques stockées</translation>
    </message>
    <message>
        <source>Earlier preservation (reference)</source>
        <translation>Conservation antérieure (référence)</translation>
    </message>
    <message>
        <source>Real-time collection of traffic data</source>
        <translation>Collecte en temps réel de données relatives au trafic</translation>
    </message>
    <message>
        <source>Collection from</source>
        <translation>Collecte du</translation>
    </message>
    <message>
        <source>Collection to</source>
        <translation>Collecte au</translation>
    </message>
    <message>
        <source>Hearing by videoconference</source>
        <translation>Audition par vidéoconférence</translation>
    </message>
    <message>
        <source>Subject of the hearing and questions</source>
        <translation>Objet de l&apos;audition et questions</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>Date proposée</translation>
    </message>
    <message>
        <source>Judicial authority conducting the hearing</source>
        <translation>Autorité judiciaire conduisant l&apos;audition</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contact technique</translation>
    </message>
    <message>
        <source>Interpretation needed (language)</source>
        <translation>Interprétation nécessaire (langue)</translation>
    </message>
    <message>
        <source>Temporary transfer of a detained person</source>
        <translation>Transfèrement temporaire d&apos;une personne détenue</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Lieu de détention</translation>
    </message>
    <message>
        <source>The person consents (18(10)(a))</source>
        <translation>La personne y consent (18(10)(a))</translation>
    </message>
    <message>
        <source>Period of the transfer</source>
        <translation>Durée du transfèrement</translation>
    </message>
    <message>
        <source>Custody and return arrangements (18(11))</source>
        <translation>Modalités de garde et de retour (18(11))</translation>
    </message>
    <message>
        <source>Controlled delivery</source>
        <translation>Livraison surveillée</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Expected route</source>
        <translation>Itinéraire prévu</translation>
    </message>
    <message>
        <source>Expected dates</source>
        <translation>Dates prévues</translation>
    </message>
    <message>
        <source>Joint investigation</source>
        <translation>Enquête conjointe</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Composition of the team</source>
        <translation>Composition de l&apos;équipe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Transfer of criminal proceedings</source>
        <translation>Transfert des procédures pénales</translation>
    </message>
    <message>
        <source>Reasons for the transfer</source>
        <translation>Motifs du transfert</translation>
    </message>
    <message>
        <source>Contents of the case file transmitted</source>
        <translation>Contenu du dossier transmis</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Ajouter une mesure</translation>
    </message>
    <message>
        <source>Re&amp;move measure</source>
        <translation>&amp;Retirer la mesure</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>&amp;Persons concerned:</source>
        <translation>&amp;Personnes concernées :</translation>
    </message>
    <message>
        <source>&amp;Description of the assistance (18(15)(d)):</source>
        <translation>&amp;Description de l&apos;aide (18(15)(d)) :</translation>
    </message>
    <message>
        <source>P&amp;urpose (18(15)(f)):</source>
        <translation>&amp;Fin (18(15)(f)) :</translation>
    </message>
    <message>
        <source>Particular p&amp;rocedures (18(17)):</source>
        <translation>P&amp;rocédures particulières (18(17)) :</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>MissingInfo</name>
    <message>
        <source>Requested State</source>
        <translation>État requis</translation>
    </message>
    <message>
        <source>Title of the treaty</source>
        <translation>Titre du traité</translation>
    </message>
    <message>
        <source>Reasons for urgency</source>
        <translation>Motifs de l&apos;urgence</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>État requérant</translation>
    </message>
    <message>
        <source>Name of the requesting authority</source>
        <translation>Nom de l&apos;autorité requérante</translation>
    </message>
    <message>
        <source>Address of the requesting authority</source>
        <translation>Adresse de l&apos;autorité requérante</translation>
    </message>
    <message>
        <source>E-mail or telephone of the requesting authority</source>
        <translation>Courriel ou téléphone de l&apos;autorité requérante</translation>
    </message>
    <message>
        <source>Subject matter and nature of the proceedings</source>
        <translation>Objet et nature de la procédure</translation>
    </message>
    <message>
        <source>Name of the authority conducting the proceedings</source>
        <translation>Nom de l&apos;autorité chargée de la procédure</translation>
    </message>
    <message>
        <source>Functions of the authority conducting the proceedings</source>
        <translation>Fonctions de l&apos;autorité chargée de la procédure</translation>
    </message>
    <message>
        <source>Summary of the relevant facts</source>
        <translation>Résumé des faits pertinents</translation>
    </message>
    <message>
        <source>At least one offence</source>
        <translation>Au moins une infraction</translation>
    </message>
    <message>
        <source>Offence %1: name</source>
        <translation>Infraction %1 : nom</translation>
    </message>
    <message>
        <source>Offence %1: text of the legal provision</source>
        <translation>Infraction %1 : texte de la disposition légale</translation>
    </message>
    <message>
        <source>Person %1: name</source>
        <translation>Personne %1 : nom</translation>
    </message>
    <message>
        <source>At least one measure (the assistance sought)</source>
        <translation>Au moins une mesure (l&apos;aide demandée)</translation>
    </message>
    <message>
        <source>%1: description of the assistance sought</source>
        <translation>%1 : description de l&apos;aide demandée</translation>
    </message>
    <message>
        <source>%1: purpose</source>
        <translation>%1 : fin</translation>
    </message>
    <message>
        <source>%1: the person concerned</source>
        <translation>%1 : la personne concernée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Reasons for confidentiality</source>
        <translation>Motifs de la confidentialité</translation>
    </message>
    <message>
        <source>Name of the signatory</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Function of the signatory</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <source>Language of the request</source>
        <translation>Langue de la demande</translation>
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
        <translation>Manquant : %1</translation>
    </message>
    <message>
        <source>Person %1: the date of birth “%2” is not a date</source>
        <translation>Personne %1 : la date de naissance « %2 » n’est pas une date</translation>
    </message>
    <message>
        <source>%1: %2 “%3” is not a date</source>
        <translation>%1 : %2 « %3 » n’est pas une date</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Conditions and notes</source>
        <translation>Conditions et remarques</translation>
    </message>
    <message>
        <source>Particular procedures (18(17)) are entered with each measure, on the Measures page.</source>
        <translation>Les procédures particulières (18(17)) sont saisies avec chaque mesure, à la page Mesures.</translation>
    </message>
    <message>
        <source>Confidentiality (18(20))</source>
        <translation>Confidentialité (18(20))</translation>
    </message>
    <message>
        <source>Ask the requested State to keep the request &amp;confidential</source>
        <translation>Demander à l&apos;État requis de garder la demande &amp;confidentielle</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motifs :</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Utiliser la suggestion</translation>
    </message>
    <message>
        <source>Use limitation (18(19))</source>
        <translation>Limitation de l&apos;utilisation (18(19))</translation>
    </message>
    <message>
        <source>&amp;Use limitation:</source>
        <translation>&amp;Limitation de l&apos;utilisation :</translation>
    </message>
    <message>
        <source>Use su&amp;ggestion</source>
        <translation>Utiliser la su&amp;ggestion</translation>
    </message>
    <message>
        <source>Dual criminality (18(9))</source>
        <translation>Double incrimination (18(9))</translation>
    </message>
    <message>
        <source>&amp;Dual criminality:</source>
        <translation>&amp;Double incrimination :</translation>
    </message>
    <message>
        <source>How the conduct is also an offence in the requested State, if it requires it</source>
        <translation>En quoi le comportement constitue aussi une infraction dans l&apos;État requis, s&apos;il l&apos;exige</translation>
    </message>
    <message>
        <source>Use suggesti&amp;on</source>
        <translation>Utiliser la suggesti&amp;on</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Réciprocité</translation>
    </message>
    <message>
        <source>&amp;Reciprocity:</source>
        <translation>&amp;Réciprocité :</translation>
    </message>
    <message>
        <source>Use sugge&amp;stion</source>
        <translation>Utiliser la sugge&amp;stion</translation>
    </message>
</context>
<context>
    <name>OffencesPage</name>
    <message>
        <source>Offences</source>
        <translation>Infractions</translation>
    </message>
    <message>
        <source>&amp;Add offence</source>
        <translation>&amp;Ajouter une infraction</translation>
    </message>
    <message>
        <source>Re&amp;move offence</source>
        <translation>&amp;Retirer l&apos;infraction</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <source>&amp;Name of the offence:</source>
        <translation>&amp;Nom de l&apos;infraction :</translation>
    </message>
    <message>
        <source>&amp;Legal provision (text):</source>
        <translation>&amp;Disposition légale (texte) :</translation>
    </message>
    <message>
        <source>The text of the provision, as in your law</source>
        <translation>Le texte de la disposition, tel qu&apos;il figure dans votre droit</translation>
    </message>
    <message>
        <source>Maximum &amp;penalty (years):</source>
        <translation>&amp;Peine maximale (années) :</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Con&amp;vention article:</source>
        <translation>Article de la Con&amp;vention :</translation>
    </message>
    <message>
        <source>Con&amp;duct (ICCS):</source>
        <translation>Compor&amp;tement (ICCS) :</translation>
    </message>
    <message>
        <source>Remove selected cond&amp;uct</source>
        <translation>Retirer le comportement sélectionn&amp;é</translation>
    </message>
    <message>
        <source>Find c&amp;onduct:</source>
        <translation>Rechercher un c&amp;omportement :</translation>
    </message>
    <message>
        <source>Search the International Classification of Crime for Statistical Purposes</source>
        <translation>Rechercher dans la Classification internationale des infractions à des fins statistiques</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Résultats :</translation>
    </message>
    <message>
        <source>Add sele&amp;cted conduct</source>
        <translation>Ajouter le comportement séle&amp;ctionné</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Output &amp;language:</source>
        <translation>&amp;Langue de sortie :</translation>
    </message>
    <message>
        <source>&amp;Render PDF</source>
        <translation>&amp;Générer le PDF</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>S&amp;igner…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer le &amp;PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport for translation…</source>
        <translation>E&amp;xporter pour traduction…</translation>
    </message>
    <message>
        <source>I&amp;mport translation…</source>
        <translation>I&amp;mporter une traduction…</translation>
    </message>
    <message>
        <source>&amp;Translation of the free text into the output language:</source>
        <translation>&amp;Traduction du texte libre dans la langue de sortie :</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sen&amp;d…</source>
        <translation>En&amp;voyer…</translation>
    </message>
    <message>
        <source>Put the signed PDFs into an encrypted package for the requested central authority and record it as sent</source>
        <translation>Mettre les PDF signés dans un paquet chiffré pour l’autorité centrale requise et l’enregistrer comme envoyé</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>Re&amp;move person</source>
        <translation>&amp;Retirer la personne</translation>
    </message>
    <message>
        <source>Person (18(15)(e))</source>
        <translation>Personne (18(15)(e))</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Qualité :</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
        <source>In Latin script, as in the identity document</source>
        <translation>En caractères latins, comme dans la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Prénoms :</translation>
    </message>
    <message>
        <source>Names in &amp;other scripts:</source>
        <translation>Noms dans d&apos;&amp;autres écritures :</translation>
    </message>
    <message>
        <source>One per line: script code, colon, name — e.g. Arab: …</source>
        <translation>Un par ligne : code d&apos;écriture, deux-points, nom — p. ex. Arab: …</translation>
    </message>
    <message>
        <source>A&amp;liases:</source>
        <translation>A&amp;lias :</translation>
    </message>
    <message>
        <source>Separated by semicolons</source>
        <translation>Séparés par des points-virgules</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
        <source>Place of &amp;birth:</source>
        <translation>Lieu de &amp;naissance :</translation>
    </message>
    <message>
        <source>&amp;Nationalities:</source>
        <translation>N&amp;ationalités :</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 codes, separated by spaces</source>
        <translation>Codes ISO 3166 alpha-3, séparés par des espaces</translation>
    </message>
    <message>
        <source>Identity &amp;documents:</source>
        <translation>Pièces d&apos;&amp;identité :</translation>
    </message>
    <message>
        <source>One per line: type; number; issuing State (ISO3); expiry (yyyy-mm-dd)</source>
        <translation>Une par ligne : type ; numéro ; État de délivrance (ISO3) ; expiration (aaaa-mm-jj)</translation>
    </message>
    <message>
        <source>Addr&amp;esses:</source>
        <translation>Adr&amp;esses :</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>Une adresse par ligne</translation>
    </message>
    <message>
        <source>&amp;Known location:</source>
        <translation>&amp;Localisation connue :</translation>
    </message>
    <message>
        <source>Where the person is believed to be</source>
        <translation>Lieu où la personne se trouverait</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Remar&amp;ques :</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface :</translation>
    </message>
    <message>
        <source>Your &amp;name (comments and history):</source>
        <translation>Votre &amp;nom (commentaires et historique) :</translation>
    </message>
    <message>
        <source>&amp;Autosave every (seconds):</source>
        <translation>&amp;Enregistrement automatique toutes les (secondes) :</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>Page &amp;suivante</translation>
    </message>
</context>
<context>
    <name>ProceedingsPage</name>
    <message>
        <source>Proceedings</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Proceedings (18(15)(b))</source>
        <translation>Procédure (18(15)(b))</translation>
    </message>
    <message>
        <source>&amp;Type of proceedings:</source>
        <translation>&amp;Type de procédure :</translation>
    </message>
    <message>
        <source>&amp;Subject matter and nature:</source>
        <translation>&amp;Objet et nature :</translation>
    </message>
    <message>
        <source>What the investigation, prosecution or proceedings are about</source>
        <translation>Ce sur quoi portent l&apos;enquête, les poursuites ou la procédure</translation>
    </message>
    <message>
        <source>&amp;Conducting authority:</source>
        <translation>&amp;Autorité chargée :</translation>
    </message>
    <message>
        <source>Name of the authority conducting them</source>
        <translation>Nom de l&apos;autorité qui en est chargée</translation>
    </message>
    <message>
        <source>Its &amp;functions:</source>
        <translation>Ses &amp;fonctions :</translation>
    </message>
    <message>
        <source>What that authority does and its powers</source>
        <translation>Ce que fait cette autorité et ses pouvoirs</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>&amp;Référence de l&apos;affaire :</translation>
    </message>
</context>
<context>
    <name>RequestHtml</name>
    <message>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>Requested State, legal basis, channel, urgency</source>
        <translation>État requis, base juridique, voie de transmission, urgence</translation>
    </message>
    <message>
        <source>Requesting authority and signatory</source>
        <translation>Autorité requérante et signataire</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Summary of facts</source>
        <translation>Résumé des faits</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Infractions</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Conditions and notes</source>
        <translation>Conditions et remarques</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Requested State</source>
        <translation>État requis</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Voie de transmission</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>yes, by %1</source>
        <translation>oui, d&apos;ici au %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>État requérant</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject matter and nature</source>
        <translation>Objet et nature</translation>
    </message>
    <message>
        <source>Conducting authority</source>
        <translation>Autorité chargée</translation>
    </message>
    <message>
        <source>Its functions</source>
        <translation>Ses fonctions</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Référence de l&apos;affaire</translation>
    </message>
    <message numerus="yes">
        <source>maximum penalty %n year(s)</source>
        <translation>
            <numerusform>peine maximale de %n an</numerusform>
            <numerusform>peine maximale de %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>maximum penalty unknown</source>
        <translation>peine maximale inconnue</translation>
    </message>
    <message>
        <source>ICCS: %1</source>
        <translation>ICCS : %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>requested: %1</source>
        <translation>demandée : %1</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>non demandée</translation>
    </message>
    <message>
        <source>Use limitation</source>
        <translation>Limitation de l&apos;utilisation</translation>
    </message>
    <message>
        <source>Dual criminality</source>
        <translation>Double incrimination</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Réciprocité</translation>
    </message>
    <message>
        <source>Output language: %1</source>
        <translation>Langue de sortie : %1</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Co&amp;mment on this section:</source>
        <translation>Co&amp;mmentaire sur cette section :</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Ajouter un &amp;commentaire</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Co&amp;untersign PDF…</source>
        <translation>Co&amp;ntresigner le PDF…</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Enregistrer l&apos;examen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <source>Re&amp;turn to drafter…</source>
        <translation>Renvoyer au &amp;rédacteur…</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>Appro&amp;uver…</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>&amp;Identity file (PKCS#12):</source>
        <translation>Fichier d&apos;&amp;identité (PKCS#12) :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Lieu :</translation>
    </message>
</context>
<context>
    <name>SignatureText</name>
    <message>
        <source>B-B — basic signature, without a timestamp</source>
        <translation>B-B — signature de base, sans horodatage</translation>
    </message>
    <message>
        <source>B-T — with a trusted timestamp</source>
        <translation>B-T — avec un horodatage de confiance</translation>
    </message>
    <message>
        <source>B-LT — with a timestamp and long-term validation data</source>
        <translation>B-LT — avec horodatage et données de validation à long terme</translation>
    </message>
    <message>
        <source>B-LTA — long-term validation data and a document timestamp</source>
        <translation>B-LTA — données de validation à long terme et horodatage du document</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address is not a web address. Write it in full, for example https://tsa.example.org/tsr.</source>
        <translation>L’adresse de l’autorité d’horodatage n’est pas une adresse web. Écrivez-la en entier, par exemple https://tsa.example.org/tsr.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address must start with http:// or https:// (not %1:).</source>
        <translation>L’adresse de l’autorité d’horodatage doit commencer par http:// ou https:// (et non %1:).</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address names no server. Write it in full, for example https://tsa.example.org/tsr.</source>
        <translation>L’adresse de l’autorité d’horodatage ne nomme aucun serveur. Écrivez-la en entier, par exemple https://tsa.example.org/tsr.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address is too long.</source>
        <translation>L’adresse de l’autorité d’horodatage est trop longue.</translation>
    </message>
    <message numerus="yes">
        <source>Valid: the document is unchanged since this signature, apart from %n later signature(s) and validation data.</source>
        <translation>
            <numerusform>Valide : le document n’a pas changé depuis cette signature, hormis %n signature ultérieure et des données de validation.</numerusform>
            <numerusform>Valide : le document n’a pas changé depuis cette signature, hormis %n signatures ultérieures et des données de validation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: the document is unchanged since it was signed.</source>
        <translation>Valide : le document n’a pas changé depuis sa signature.</translation>
    </message>
    <message>
        <source>Not valid: the signed content or the signature value was altered.</source>
        <translation>Non valide : le contenu signé ou la valeur de la signature a été modifié.</translation>
    </message>
    <message>
        <source>Not valid: the signed version is intact, but the document was changed after signing: %1</source>
        <translation>Non valide : la version signée est intacte, mais le document a été modifié après la signature : %1</translation>
    </message>
    <message>
        <source>Not valid: the document is intact, but the signer is not trusted: %1</source>
        <translation>Non valide : le document est intact, mais le signataire n’est pas de confiance : %1</translation>
    </message>
    <message>
        <source>Not valid: this signature is not held by any signature field of the document.</source>
        <translation>Non valide : aucun champ de signature du document ne contient cette signature.</translation>
    </message>
    <message>
        <source>Not valid: the signer&apos;s certificate is missing or not meant for signing.</source>
        <translation>Non valide : le certificat du signataire manque ou n’est pas destiné à la signature.</translation>
    </message>
    <message>
        <source>Not valid: the signer&apos;s certificate was not valid at the time the signature was checked (%1).</source>
        <translation>Non valide : le certificat du signataire n’était pas valide au moment où la signature a été vérifiée (%1).</translation>
    </message>
    <message>
        <source>Not valid: the signature&apos;s timestamp does not verify.</source>
        <translation>Non valide : l’horodatage de la signature ne se vérifie pas.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valide : %1</translation>
    </message>
    <message>
        <source>Not valid: the document was refused because it is larger or more complex than verification allows.</source>
        <translation>Non valide : le document a été refusé car il est plus grand ou plus complexe que ce que la vérification admet.</translation>
    </message>
    <message>
        <source>Not valid: the document has no signature.</source>
        <translation>Non valide : le document n’a aucune signature.</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) are valid and trusted.</source>
        <translation>
            <numerusform>La signature (%n) est valide et de confiance.</numerusform>
            <numerusform>Les %n signatures sont valides et de confiance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid: not every signature is valid and trusted, or the document has problems.</source>
        <translation>Non valide : toutes les signatures ne sont pas valides et de confiance, ou le document présente des problèmes.</translation>
    </message>
    <message>
        <source>Signature %1 by %2 — level %3</source>
        <translation>Signature %1 de %2 — niveau %3</translation>
    </message>
    <message>
        <source>A signature with a timestamp needs a timestamp authority. Enter its address in Preferences, or sign at level B-B.</source>
        <translation>Une signature horodatée nécessite une autorité d’horodatage. Saisissez son adresse dans les Préférences, ou signez au niveau B-B.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address (%1) is not valid. Correct it in Preferences.</source>
        <translation>L’adresse de l’autorité d’horodatage (%1) n’est pas valide. Corrigez-la dans les Préférences.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 cannot be reached. Check its address in Preferences and the network connection, or try again later. Nothing was signed.</source>
        <translation>L’autorité d’horodatage %1 est injoignable. Vérifiez son adresse dans les Préférences et la connexion réseau, ou réessayez plus tard. Rien n’a été signé.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer in time. Try again later. Nothing was signed.</source>
        <translation>L’autorité d’horodatage %1 n’a pas répondu à temps. Réessayez plus tard. Rien n’a été signé.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 refused to give a timestamp. Nothing was signed.</source>
        <translation>L’autorité d’horodatage %1 a refusé de délivrer un horodatage. Rien n’a été signé.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer with a timestamp (is the address right?). Nothing was signed.</source>
        <translation>L’autorité d’horodatage %1 n’a pas répondu par un horodatage (l’adresse est-elle correcte ?). Rien n’a été signé.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 returned a timestamp that fails the checks, so it was not used. Nothing was signed.</source>
        <translation>L’autorité d’horodatage %1 a renvoyé un horodatage qui échoue aux contrôles ; il n’a donc pas été utilisé. Rien n’a été signé.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is revoked. Nothing was signed.</source>
        <translation>Le certificat du signataire est révoqué. Rien n’a été signé.</translation>
    </message>
    <message>
        <source>The smart card or token could not sign: %1</source>
        <translation>La carte à puce ou le jeton n’a pas pu signer : %1</translation>
    </message>
    <message>
        <source>The PDF could not be signed: %1</source>
        <translation>Le PDF n’a pas pu être signé : %1</translation>
    </message>
    <message>
        <source>Warning: the timestamp authority %1 could not be reached or failed, so the signature was made at level B-B, without a timestamp, as chosen in Preferences. It is not a %2 signature; sign again when the timestamp authority is available.</source>
        <translation>Attention : l’autorité d’horodatage %1 était injoignable ou a échoué ; la signature a donc été faite au niveau B-B, sans horodatage, comme choisi dans les Préférences. Ce n’est pas une signature %2 ; signez à nouveau quand l’autorité d’horodatage sera disponible.</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature en cours</translation>
    </message>
    <message>
        <source>Signing: asking the timestamp authority %1 for a timestamp. This can take a few seconds…</source>
        <translation>Signature : demande d’un horodatage à l’autorité d’horodatage %1. Cela peut prendre quelques secondes…</translation>
    </message>
    <message>
        <source>Level B-LT needs the revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority. Add them in Preferences, or choose level B-T.</source>
        <translation>Le niveau B-LT nécessite les listes de révocation (fichiers CRL) de l’émetteur de votre certificat et de l’autorité d’horodatage. Ajoutez-les dans les Préférences, ou choisissez le niveau B-T.</translation>
    </message>
    <message>
        <source>The revocation list %1 cannot be read.</source>
        <translation>La liste de révocation %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The revocation list %1 is larger than 20 MB.</source>
        <translation>La liste de révocation %1 dépasse 20 Mo.</translation>
    </message>
    <message>
        <source>A revocation list set in Preferences is not a valid CRL file. Nothing was signed.</source>
        <translation>Une liste de révocation définie dans les Préférences n’est pas un fichier CRL valide. Rien n’a été signé.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>mlawriter — requests for mutual legal assistance (UNTOC article 18)</source>
        <translation>mlawriter — demandes d&apos;entraide judiciaire (article 18 de la Convention contre la criminalité organisée)</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;New blank request</source>
        <translation>&amp;Nouvelle demande vierge</translation>
    </message>
    <message>
        <source>&amp;From a sample:</source>
        <translation>&amp;À partir d&apos;un modèle :</translation>
    </message>
    <message>
        <source>Start from &amp;sample</source>
        <translation>Partir d&apos;un &amp;modèle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>&amp;Ouvrir un brouillon…</translation>
    </message>
    <message>
        <source>Open for re&amp;view…</source>
        <translation>Ouvrir pour e&amp;xamen…</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Brouillons récents</translation>
    </message>
    <message>
        <source>Open re&amp;cent draft</source>
        <translation>Ouvrir le brouillon ré&amp;cent</translation>
    </message>
    <message>
        <source>Recovered drafts</source>
        <translation>Brouillons récupérés</translation>
    </message>
    <message>
        <source>Drafts recovered after the application stopped unexpectedly. Restore one to continue where you left off.</source>
        <translation>Brouillons récupérés après un arrêt inattendu de l&apos;application. Restaurez-en un pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation>Ouvrir un &amp;paquet…</translation>
    </message>
    <message>
        <source>Decrypt and check a received request package</source>
        <translation>Déchiffrer et vérifier un paquet de demande reçu</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>Affaires en retard</translation>
    </message>
    <message>
        <source>Open the c&amp;ase in the register</source>
        <translation>Ouvrir l’&amp;affaire dans le registre</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Requested State</source>
        <translation>État requis</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Name in any UN language, or ISO code</source>
        <translation>Nom dans une langue de l&apos;ONU, ou code ISO</translation>
    </message>
    <message>
        <source>What the database knows</source>
        <translation>Ce que sait la base de données</translation>
    </message>
    <message>
        <source>Legal basis and channel</source>
        <translation>Base juridique et voie de transmission</translation>
    </message>
    <message>
        <source>&amp;I write in:</source>
        <translation>&amp;J&apos;écris en :</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Base juridique :</translation>
    </message>
    <message>
        <source>&amp;Treaty:</source>
        <translation>&amp;Traité :</translation>
    </message>
    <message>
        <source>Title of the treaty</source>
        <translation>Titre du traité</translation>
    </message>
    <message>
        <source>Treaty &amp;article:</source>
        <translation>&amp;Article du traité :</translation>
    </message>
    <message>
        <source>We give an assurance of &amp;reciprocity</source>
        <translation>Nous donnons une assurance de &amp;réciprocité</translation>
    </message>
    <message>
        <source>Trans&amp;national (art. 3):</source>
        <translation>Trans&amp;national (art. 3) :</translation>
    </message>
    <message>
        <source>Organized criminal &amp;group (art. 2):</source>
        <translation>&amp;Groupe criminel organisé (art. 2) :</translation>
    </message>
    <message>
        <source>Scope &amp;explanation:</source>
        <translation>&amp;Explication du champ d&apos;application :</translation>
    </message>
    <message>
        <source>Why the offence falls within the Convention (art. 3)</source>
        <translation>Pourquoi l&apos;infraction relève de la Convention (art. 3)</translation>
    </message>
    <message>
        <source>&amp;Channel (18(13)):</source>
        <translation>&amp;Voie de transmission (18(13)) :</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>&amp;Reasons (18(24)):</source>
        <translation>&amp;Motifs (18(24)) :</translation>
    </message>
    <message>
        <source>Why the request is urgent and what happens if the deadline is missed</source>
        <translation>Pourquoi la demande est urgente et ce qui se passera si le délai n&apos;est pas respecté</translation>
    </message>
    <message>
        <source>States found</source>
        <translation>États trouvés</translation>
    </message>
    <message>
        <source>Requirements of the requested State</source>
        <translation>Exigences de l&apos;État requis</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The interface translations are provided for convenience and await review by a qualified translator.</source>
        <translation>Les traductions de l&apos;interface sont fournies pour plus de commodité et attendent la révision d&apos;un traducteur qualifié.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Wizard</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Pages of the request</source>
        <translation>Pages de la demande</translation>
    </message>
</context>
<context>
    <name>mla::gui::AuthorityPage</name>
    <message>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Name of the profile:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>Autorité requérante</translation>
    </message>
    <message>
        <source>Use profile %1</source>
        <translation>Utiliser le profil %1</translation>
    </message>
    <message>
        <source>Set logo</source>
        <translation>Définir le logo</translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation>Logo de l&apos;en-tête</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>L&apos;image n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
</context>
<context>
    <name>mla::gui::CaseDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Affaire %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>&amp;Ajouter l’événement…</translation>
    </message>
    <message>
        <source>%1 (%2), %3 → %4
Status: %5
Their reference: %6
Measures: %7
Next action: %8</source>
        <translation>%1 (%2), %3 → %4
État : %5
Leur référence : %6
Mesures : %7
Prochaine action : %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Add the event “%1” dated %2 to case %3? Events stay in the timeline and the audit log; they cannot be removed.</source>
        <translation>Ajouter l’événement « %1 » daté du %2 à l’affaire %3 ? Les événements restent dans la chronologie et le journal d’audit ; ils ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Added, with a remark: %1</source>
        <translation>Ajouté, avec une remarque : %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Ajouté.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>En&amp;voyer…</translation>
    </message>
    <message>
        <source>Send this case&apos;s request as an encrypted package and record it as sent</source>
        <translation>Envoyer la demande de cette affaire dans un paquet chiffré et l’enregistrer comme envoyée</translation>
    </message>
    <message>
        <source>channel: %1</source>
        <translation>voie : %1</translation>
    </message>
    <message>
        <source>their reference: %1</source>
        <translation>leur référence : %1</translation>
    </message>
    <message>
        <source>ground 18(21)(%1)</source>
        <translation>motif 18(21)(%1)</translation>
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
        <translation>soumise pour relecture</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>renvoyée</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>réception accusée</translation>
    </message>
    <message>
        <source>Not recorded in the case register: %1</source>
        <translation>Non enregistré dans le registre des affaires : %1</translation>
    </message>
    <message>
        <source>Case %1: “%2” was not recorded: %3</source>
        <translation>Affaire %1 : « %2 » n’a pas été enregistré : %3</translation>
    </message>
    <message>
        <source>Case %1: “%2” recorded in the case register.</source>
        <translation>Affaire %1 : « %2 » enregistré dans le registre des affaires.</translation>
    </message>
    <message>
        <source>This request is not in the case register, and it cannot be registered without a reference (requesting authority).</source>
        <translation>Cette demande ne figure pas au registre des affaires et ne peut y être inscrite sans référence (autorité requérante).</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>Registre des affaires</translation>
    </message>
    <message>
        <source>This request is not in the case register yet. Register it as a new outgoing case %1? Its history becomes the case&apos;s timeline, and the next steps are recorded by themselves.</source>
        <translation>Cette demande ne figure pas encore au registre des affaires. L’inscrire comme nouvelle affaire sortante %1 ? Son historique devient la chronologie de l’affaire, et les étapes suivantes y sont enregistrées d’elles-mêmes.</translation>
    </message>
    <message>
        <source>The request was not registered: %1</source>
        <translation>La demande n’a pas été inscrite : %1</translation>
    </message>
    <message>
        <source>Registered as case %1 (%2).</source>
        <translation>Inscrite comme affaire %1 (%2).</translation>
    </message>
    <message>
        <source>Not recorded in the case register: the draft has no reference.</source>
        <translation>Non enregistré dans le registre des affaires : le projet n’a pas de référence.</translation>
    </message>
</context>
<context>
    <name>mla::gui::ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
</context>
<context>
    <name>mla::gui::ChecksPanel</name>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>%1 (field: %2)</source>
        <translation>%1 (champ : %2)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>%1 blocking, %2 warnings, %3 for information.</source>
        <translation>%1 bloquant(s), %2 avertissement(s), %3 pour information.</translation>
    </message>
    <message>
        <source>Open in the &amp;knowledge editor…</source>
        <translation>Ouvrir dans l&apos;éditeur des &amp;connaissances…</translation>
    </message>
    <message>
        <source>Opens the knowledge editor at the record that would settle this finding</source>
        <translation>Ouvre l&apos;éditeur des connaissances à l&apos;enregistrement qui réglerait ce constat</translation>
    </message>
    <message>
        <source>Findings that something is unknown say here which record would settle them.</source>
        <translation>Les constats indiquant qu&apos;une information est inconnue précisent ici quel enregistrement les réglerait.</translation>
    </message>
    <message>
        <source>To settle this, record the %1 record of %2 (with its source).</source>
        <translation>Pour le régler, enregistrez l&apos;enregistrement %1 de %2 (avec sa source).</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>À qui demander : %1</translation>
    </message>
</context>
<context>
    <name>mla::gui::DateField</name>
    <message>
        <source>%1: calendar</source>
        <translation>%1 : calendrier</translation>
    </message>
    <message>
        <source>Type a date as %1, for example %2, or pick it in the calendar (Alt+Down).</source>
        <translation>Saisissez une date sous la forme %1, par exemple %2, ou choisissez-la dans le calendrier (Alt+Bas).</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>« %1 » n’est pas une date.</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>mla::gui::DraftSession</name>
    <message>
        <source>“%1” is not a date; correct it before saving (nothing was saved)</source>
        <translation>« %1 » n’est pas une date ; corrigez-la avant d’enregistrer (rien n’a été enregistré)</translation>
    </message>
</context>
<context>
    <name>mla::gui::FactAgeSetting</name>
    <message>
        <source>Facts of the requirements database whose source is older than this are marked as possibly outdated: in the wizard, the findings, the knowledge editor and the addressee of the request.</source>
        <translation>Les informations de la base des exigences dont la source est plus ancienne sont signalées comme peut-être périmées : dans l&apos;assistant, les constats, l&apos;éditeur des connaissances et le destinataire de la demande.</translation>
    </message>
    <message>
        <source>Facts possibly &amp;outdated after (years):</source>
        <translation>Informations peut-être &amp;périmées après (années) :</translation>
    </message>
</context>
<context>
    <name>mla::gui::FactsPage</name>
    <message>
        <source>Summary of facts</source>
        <translation>Résumé des faits</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mla::gui::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Cannot read the trust anchors %1: %2</source>
        <translation>Impossible de lire les certificats de confiance %1 : %2</translation>
    </message>
</context>
<context>
    <name>mla::gui::ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>Aperçu de l&apos;importation</translation>
    </message>
    <message>
        <source>Signed by %1 at %2.</source>
        <translation>Signé par %1 le %2.</translation>
    </message>
    <message>
        <source>UNSIGNED package: its origin cannot be checked.</source>
        <translation>Paquet NON SIGNÉ : son origine ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 kept, %4 rejected. Nothing has been written yet.</source>
        <translation>%1 ajouté(s), %2 mis à jour, %3 conservé(s), %4 rejeté(s). Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Reason or changes (old → new)</source>
        <translation>Motif ou modifications (ancien → nouveau)</translation>
    </message>
    <message>
        <source>&amp;Import these changes</source>
        <translation>&amp;Importer ces modifications</translation>
    </message>
    <message>
        <source>I accept an &amp;unsigned package whose origin cannot be checked</source>
        <translation>J&apos;accepte un paquet &amp;non signé dont l&apos;origine ne peut pas être vérifiée</translation>
    </message>
</context>
<context>
    <name>mla::gui::ImportReceiptDialog</name>
    <message>
        <source>Receipts (*.mlapr)</source>
        <translation>Accusés de réception (*.mlapr)</translation>
    </message>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>Paquets de demande (*.mlap)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Identités (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Record in draft…</source>
        <translation>&amp;Consigner dans le projet…</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Importer un accusé de réception</translation>
    </message>
    <message>
        <source>&amp;Receipt:</source>
        <translation>&amp;Accusé de réception :</translation>
    </message>
    <message>
        <source>Package &amp;sent:</source>
        <translation>Paquet &amp;envoyé :</translation>
    </message>
    <message>
        <source>Your &amp;identity (optional, to reopen the package):</source>
        <translation>Votre &amp;identité (facultatif, pour rouvrir le paquet) :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Additional &amp;trusted certificates:</source>
        <translation>Certificats de &amp;confiance supplémentaires :</translation>
    </message>
    <message>
        <source>The receipt cannot be checked: %1</source>
        <translation>L&apos;accusé de réception ne peut pas être vérifié : %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 est illisible ou trop volumineux</translation>
    </message>
    <message>
        <source>Acknowledged: %1 opened package %2 and every check passed.</source>
        <translation>Réception confirmée : %1 a ouvert le paquet %2 et toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>REFUSÉ : %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>Rien n&apos;a été consigné : %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: the draft&apos;s reference is not %1.</source>
        <translation>Rien n&apos;a été consigné : la référence du projet n&apos;est pas %1.</translation>
    </message>
    <message>
        <source>Recorded as acknowledged in %1.</source>
        <translation>Réception confirmée consignée dans %1.</translation>
    </message>
    <message>
        <source>Draft of the request</source>
        <translation>Projet de la demande</translation>
    </message>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>Projets (*.mlar)</translation>
    </message>
    <message>
        <source>Record &quot;acknowledged&quot; in the history of %1? (The previous file is kept as .bak.)</source>
        <translation>Consigner « réception confirmée » dans l&apos;historique de %1 ? (Le fichier précédent est conservé en .bak.)</translation>
    </message>
    <message>
        <source>Record in case re&amp;gister…</source>
        <translation>Enregistrer dans le re&amp;gistre des affaires…</translation>
    </message>
    <message>
        <source>Record “acknowledged” with their reference in case %1 of the case register?</source>
        <translation>Enregistrer « réception accusée » avec leur référence dans l’affaire %1 du registre des affaires ?</translation>
    </message>
</context>
<context>
    <name>mla::gui::KnowledgeWindow</name>
    <message>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>Knowledge of States</source>
        <translation>Connaissances sur les États</translation>
    </message>
    <message>
        <source>Search a State: ISO code or name in any UN language</source>
        <translation>Rechercher un État : code ISO ou nom dans une langue de l&apos;ONU</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Date de la source</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>&amp;History of the selected record:</source>
        <translation>&amp;Historique de l&apos;enregistrement choisi :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrement</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>&amp;Paquet</translation>
    </message>
    <message>
        <source>&amp;Export signed package…</source>
        <translation>&amp;Exporter un paquet signé…</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>&amp;Trusted publishers…</source>
        <translation>Éditeurs de &amp;confiance…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About the &amp;knowledge editor</source>
        <translation>À propos de l&apos;éditeur de &amp;connaissances</translation>
    </message>
    <message>
        <source>Each record says what is known of a State, with its source. A section without a record is unknown: verify with the central authority. Every change needs a source; changes can be undone. Packages you export are signed with your identity; packages you import are checked against the publishers you trust, and shown before anything is written.</source>
        <translation>Chaque enregistrement indique ce que l&apos;on sait d&apos;un État, avec sa source. Une rubrique sans enregistrement est inconnue : vérifiez auprès de l&apos;autorité centrale. Toute modification exige une source ; les modifications peuvent être annulées. Les paquets que vous exportez sont signés avec votre identité ; ceux que vous importez sont vérifiés au regard des éditeurs auxquels vous faites confiance et présentés avant toute écriture.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>%1 — %2 (M49 %3)</source>
        <translation>%1 — %2 (M49 %3)</translation>
    </message>
    <message>
        <source>unknown — nothing recorded; verify with the central authority</source>
        <translation>inconnu — rien n&apos;est enregistré ; vérifiez auprès de l&apos;autorité centrale</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(aucune source)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non datée</translation>
    </message>
    <message>
        <source> — possibly outdated</source>
        <translation> — peut-être dépassé</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1, signed by %2</source>
        <translation>%1, signé par %2</translation>
    </message>
    <message>
        <source>No change recorded in this installation.</source>
        <translation>Aucune modification enregistrée dans cette installation.</translation>
    </message>
    <message>
        <source>nothing recorded to remove</source>
        <translation>rien d&apos;enregistré à supprimer</translation>
    </message>
    <message>
        <source>Record not saved</source>
        <translation>Enregistrement non sauvegardé</translation>
    </message>
    <message>
        <source>Remove the record?</source>
        <translation>Supprimer l&apos;enregistrement ?</translation>
    </message>
    <message>
        <source>Remove the %1 record of %2? The section then reads unknown. You can undo this.</source>
        <translation>Supprimer l&apos;enregistrement %1 de %2 ? La rubrique sera alors inconnue. Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Record not removed</source>
        <translation>Enregistrement non supprimé</translation>
    </message>
    <message>
        <source>Export signed package</source>
        <translation>Exporter un paquet signé</translation>
    </message>
    <message>
        <source>Signed requirements package (*.mlreq)</source>
        <translation>Paquet d&apos;exigences signé (*.mlreq)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Signed package written: %1</source>
        <translation>Paquet signé écrit : %1</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Requirements packages (*.mlreq *.xml);;All files (*)</source>
        <translation>Paquets d&apos;exigences (*.mlreq *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsigned package</source>
        <translation>Paquet non signé</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Paquet refusé</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>The database has no record of %1.</source>
        <translation>La base de données n&apos;a aucun enregistrement pour %1.</translation>
    </message>
    <message>
        <source>No %1 record of %2 yet: Record &gt; Add (Ctrl+N) records one with its source.</source>
        <translation>Pas encore d&apos;enregistrement %1 pour %2 : Enregistrement &gt; Ajouter (Ctrl+N) en crée un avec sa source.</translation>
    </message>
    <message>
        <source>Sign the requirements package with your identity. Those who trust your certificate will be able to import it.</source>
        <translation>Signez le paquet d&apos;exigences avec votre identité. Ceux qui font confiance à votre certificat pourront l&apos;importer.</translation>
    </message>
    <message>
        <source>Requirements package</source>
        <translation>Paquet d&apos;exigences</translation>
    </message>
    <message>
        <source>Which records go into the package?</source>
        <translation>Quels enregistrements mettre dans le paquet ?</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>Every State</source>
        <translation>Tous les États</translation>
    </message>
    <message>
        <source>This package is not signed: nobody vouches for it and its origin cannot be checked. Show what it would change anyway?</source>
        <translation>Ce paquet n&apos;est pas signé : personne n&apos;en répond et son origine ne peut être vérifiée. Afficher quand même ce qu&apos;il changerait ?</translation>
    </message>
    <message>
        <source>&amp;Show the unsigned package</source>
        <translation>&amp;Afficher le paquet non signé</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 records added, %2 updated.</source>
        <translation>Enregistrements ajoutés : %1 ; mis à jour : %2.</translation>
    </message>
</context>
<context>
    <name>mla::gui::MainWindow</name>
    <message>
        <source>The sample could not be opened.</source>
        <translation>Le modèle n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The draft could not be opened.</source>
        <translation>Le brouillon n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The recovered draft could not be read.</source>
        <translation>Le brouillon récupéré n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>&amp;Ouvrir un brouillon…</translation>
    </message>
    <message>
        <source>Open for re&amp;view…</source>
        <translation>Ouvrir pour e&amp;xamen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close draft</source>
        <translation>&amp;Fermer le brouillon</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Demande sans titre</translation>
    </message>
    <message>
        <source>%1[*] (review) — mlawriter</source>
        <translation>%1[*] (examen) — mlawriter</translation>
    </message>
    <message>
        <source>%1[*] — mlawriter</source>
        <translation>%1[*] — mlawriter</translation>
    </message>
    <message>
        <source>from the sample %1</source>
        <translation>à partir du modèle %1</translation>
    </message>
    <message>
        <source>Recovered draft restored. Save it to keep it.</source>
        <translation>Brouillon récupéré restauré. Enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>Brouillons (*.mlar)</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Open a draft for review</source>
        <translation>Ouvrir un brouillon pour examen</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The draft has changes that are not saved. Save them?</source>
        <translation>Le brouillon contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>mlawriter</source>
        <translation>mlawriter</translation>
    </message>
    <message>
        <source>This request is signed. If you edit it, the signed PDF no longer matches it: the request goes back to draft and must be signed again.</source>
        <translation>Cette demande est signée. Si vous la modifiez, le PDF signé ne lui correspond plus : la demande revient à l’état de brouillon et doit être signée à nouveau.</translation>
    </message>
    <message>
        <source>This request is approved. If you edit it, the approval no longer covers it: the request goes back to draft and needs a new review.</source>
        <translation>Cette demande est approuvée. Si vous la modifiez, l’approbation ne la couvre plus : la demande revient à l’état de brouillon et doit être revue à nouveau.</translation>
    </message>
    <message>
        <source>Edit a signed or approved request</source>
        <translation>Modifier une demande signée ou approuvée</translation>
    </message>
    <message>
        <source>Edit it?</source>
        <translation>La modifier ?</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>Soumettre pour re&amp;lecture</translation>
    </message>
    <message>
        <source>Send the draft to the reviewer; the case register records it</source>
        <translation>Transmettre le projet au relecteur ; le registre des affaires l’enregistre</translation>
    </message>
    <message>
        <source>No draft is open for editing.</source>
        <translation>Aucun projet n’est ouvert en modification.</translation>
    </message>
    <message>
        <source>Only a draft or a returned request can be submitted; this one is “%1”.</source>
        <translation>Seul un projet ou une demande renvoyée peut être soumis ; celle-ci est « %1 ».</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre pour relecture</translation>
    </message>
    <message>
        <source>The received request is open read-only, with its checks.</source>
        <translation>La demande reçue est ouverte en lecture seule, avec ses vérifications.</translation>
    </message>
    <message>
        <source>Save the draft first: the package carries the draft as saved.</source>
        <translation>Enregistrez d’abord le projet : le paquet contient le projet tel qu’enregistré.</translation>
    </message>
</context>
<context>
    <name>mla::gui::MeasureDetailForm</name>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire) :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
</context>
<context>
    <name>mla::gui::MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Retirer la mesure</translation>
    </message>
    <message numerus="yes">
        <source>%1 — article %2. Persons to name: at least %n.</source>
        <translation>
            <numerusform>%1 — article %2. Personnes à désigner : au moins %n.</numerusform>
            <numerusform>%1 — article %2. Personnes à désigner : au moins %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a measure for each type of assistance you seek.</source>
        <translation>Ajoutez une mesure pour chaque type d&apos;aide demandé.</translation>
    </message>
</context>
<context>
    <name>mla::gui::NotesPage</name>
    <message>
        <source>Conditions and notes</source>
        <translation>Conditions et remarques</translation>
    </message>
    <message>
        <source>The database has no suggestion for this State — verify with its central authority.</source>
        <translation>La base de données n&apos;a aucune suggestion pour cet État — à vérifier auprès de son autorité centrale.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggestion : %1</translation>
    </message>
    <message>
        <source>(The database records: %1)</source>
        <translation>(La base de données indique : %1)</translation>
    </message>
</context>
<context>
    <name>mla::gui::OffencesPage</name>
    <message>
        <source>Offence %1</source>
        <translation>Infraction %1</translation>
    </message>
    <message>
        <source>Remove conduct</source>
        <translation>Retirer le comportement</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Infractions</translation>
    </message>
    <message>
        <source>Add offence</source>
        <translation>Ajouter une infraction</translation>
    </message>
    <message>
        <source>Remove offence</source>
        <translation>Retirer l&apos;infraction</translation>
    </message>
    <message>
        <source>Add conduct</source>
        <translation>Ajouter un comportement</translation>
    </message>
</context>
<context>
    <name>mla::gui::OpenPackageDialog</name>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>Paquets de demande (*.mlap)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Identités (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Extract…</source>
        <translation>&amp;Extraire…</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>Établir l&apos;&amp;accusé de réception…</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <source>Write receipt</source>
        <translation>Établir l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paquet :</translation>
    </message>
    <message>
        <source>Your &amp;identity (PKCS#12):</source>
        <translation>Votre &amp;identité (PKCS#12) :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Additional &amp;trusted certificates:</source>
        <translation>Certificats de &amp;confiance supplémentaires :</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>Votre &amp;référence :</translation>
    </message>
    <message>
        <source>The package cannot be opened: %1</source>
        <translation>Le paquet ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 est illisible ou trop volumineux</translation>
    </message>
    <message>
        <source>Every check passed: the package comes from %1 and nothing in it changed.</source>
        <translation>Toutes les vérifications ont réussi : le paquet provient de %1 et rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>REFUSED: checks failed. Nothing can be extracted. Failed: %1</source>
        <translation>REFUSÉ : des vérifications ont échoué. Rien ne peut être extrait. Échecs : %1</translation>
    </message>
    <message>
        <source>Extracted into %1.</source>
        <translation>Extrait dans %1.</translation>
    </message>
    <message>
        <source>Nothing was extracted: %1</source>
        <translation>Rien n&apos;a été extrait : %1</translation>
    </message>
    <message>
        <source>No receipt was written: %1</source>
        <translation>Aucun accusé de réception n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>Receipt written to %1. Send it back to the sender.</source>
        <translation>Accusé de réception écrit dans %1. Renvoyez-le à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Folder to extract into</source>
        <translation>Dossier où extraire</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another folder.</source>
        <translation>%1 existe déjà. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Some checks failed. The receipt will tell the sender which. Write it?</source>
        <translation>Des vérifications ont échoué. L&apos;accusé de réception indiquera lesquelles à l&apos;expéditeur. L&apos;écrire ?</translation>
    </message>
    <message>
        <source>Receipts (*.mlapr)</source>
        <translation>Accusés de réception (*.mlapr)</translation>
    </message>
    <message>
        <source>Register as inco&amp;ming case…</source>
        <translation>Inscrire comme affaire en&amp;trante…</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>Non inscrit : %1</translation>
    </message>
    <message>
        <source>Registered as incoming case %1 from %2 (their reference %3).</source>
        <translation>Inscrite comme affaire entrante %1 venant de %2 (leur référence %3).</translation>
    </message>
    <message>
        <source>Register as incoming case</source>
        <translation>Inscrire comme affaire entrante</translation>
    </message>
    <message>
        <source>Our reference for this request from %1 (their reference %2):</source>
        <translation>Notre référence pour cette demande de %1 (leur référence %2) :</translation>
    </message>
    <message>
        <source>Open the request&apos;s draft now, read-only, with the checks?</source>
        <translation>Ouvrir maintenant le projet de la demande, en lecture seule, avec les vérifications ?</translation>
    </message>
</context>
<context>
    <name>mla::gui::OutputPage</name>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the draft: %n page(s).</source>
        <translation>
            <numerusform>Aperçu du brouillon : %n page.</numerusform>
            <numerusform>Aperçu du brouillon : %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not translated into the output language: %1.</source>
        <translation>Non traduit dans la langue de sortie : %1.</translation>
    </message>
    <message>
        <source>The fixed text in this language awaits review by a qualified legal translator.</source>
        <translation>Le texte fixe dans cette langue attend la révision d&apos;un traducteur juridique qualifié.</translation>
    </message>
    <message numerus="yes">
        <source>The request cannot be signed: %n blocking finding(s) remain. See the checks page.</source>
        <translation>
            <numerusform>La demande ne peut pas être signée : il reste %n constat bloquant. Voir la page des vérifications.</numerusform>
            <numerusform>La demande ne peut pas être signée : il reste %n constats bloquants. Voir la page des vérifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>The request cannot be signed while blocking findings remain.</source>
        <translation>La demande ne peut pas être signée tant qu&apos;il reste des constats bloquants.</translation>
    </message>
    <message>
        <source>Sign the request in %1 as %2.</source>
        <translation>Signer la demande en %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Request for mutual legal assistance</source>
        <translation>Demande d&apos;entraide judiciaire</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Le PDF n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Non nécessaire</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Périmée</translation>
    </message>
    <message>
        <source>Draft translation</source>
        <translation>Projet de traduction</translation>
    </message>
    <message>
        <source>Translated, not reviewed</source>
        <translation>Traduite, non révisée</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Révisée</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n field(s) for translation into %1 to %2.</source>
        <translation>
            <numerusform>%n champ exporté pour traduction en %1 dans %2.</numerusform>
            <numerusform>%n champs exportés pour traduction en %1 dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) not exported (empty or not in the source language).</source>
        <translation>
            <numerusform>%n champ non exporté (vide ou pas dans la langue source).</numerusform>
            <numerusform>%n champs non exportés (vides ou pas dans la langue source).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import translation</source>
        <translation>Importer une traduction</translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) into %1 applied from %2.</source>
        <translation>
            <numerusform>%n traduction en %1 appliquée depuis %2.</numerusform>
            <numerusform>%n traductions en %1 appliquées depuis %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) already in the draft.</source>
        <translation>
            <numerusform>%n unité déjà présente dans le projet.</numerusform>
            <numerusform>%n unités déjà présentes dans le projet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without a translation.</source>
        <translation>
            <numerusform>%n unité sans traduction.</numerusform>
            <numerusform>%n unités sans traduction.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) refused; the draft keeps those fields as they were.</source>
        <translation>
            <numerusform>%n unité refusée ; le projet garde ce champ tel quel.</numerusform>
            <numerusform>%n unités refusées ; le projet garde ces champs tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2, field %3: %4</source>
        <translation>Ligne %1 : %2, champ %3 : %4</translation>
    </message>
    <message>
        <source>Export for translation</source>
        <translation>Exporter pour traduction</translation>
    </message>
    <message>
        <source>&amp;Target language:</source>
        <translation>Langue &amp;cible :</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Langue cible</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Fichiers XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>The file %1 could not be written for translation:
%2</source>
        <translation>Le fichier %1 à traduire n’a pas pu être écrit :
%2</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>Fichiers XLIFF (*.xlf *.xliff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The translation in %1 could not be imported:
%2</source>
        <translation>La traduction contenue dans %1 n’a pas pu être importée :
%2</translation>
    </message>
    <message>
        <source>The refused units are listed in the details.</source>
        <translation>Les unités refusées sont énumérées dans les détails.</translation>
    </message>
    <message>
        <source>Sign the request</source>
        <translation>Signer la demande</translation>
    </message>
    <message>
        <source>Language of the request: %1</source>
        <translation>Langue de la demande : %1</translation>
    </message>
    <message>
        <source>No open warnings.</source>
        <translation>Aucun avertissement en suspens.</translation>
    </message>
    <message numerus="yes">
        <source>%n open warning(s): %1</source>
        <translation>
            <numerusform>%n avertissement en suspens : %1</numerusform>
            <numerusform>%n avertissements en suspens : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Still in the document: %1</source>
        <translation>Encore dans le document : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) printed without a translation.</source>
        <translation>
            <numerusform>%n champ imprimé sans traduction.</numerusform>
            <numerusform>%n champs imprimés sans traduction.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document names %1 as signatory, but the certificate belongs to %2.</source>
        <translation>Le document désigne %1 comme signataire, mais le certificat appartient à %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Signatory and certificate holder: %1</source>
        <translation>Signataire et titulaire du certificat : %1</translation>
    </message>
    <message>
        <source>Sign now?</source>
        <translation>Signer maintenant ?</translation>
    </message>
    <message>
        <source>Signed by %1 at level %2. Save the PDF to send it.</source>
        <translation>Signé par %1 au niveau %2. Enregistrez le PDF pour l’envoyer.</translation>
    </message>
    <message>
        <source>Signed without a timestamp</source>
        <translation>Signé sans horodatage</translation>
    </message>
    <message>
        <source>Signature level: %1</source>
        <translation>Niveau de signature : %1</translation>
    </message>
</context>
<context>
    <name>mla::gui::PersonsPage</name>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Person %1 (%2)</source>
        <translation>Personne %1 (%2)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Retirer la personne</translation>
    </message>
</context>
<context>
    <name>mla::gui::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s web address (http:// or https://). It certifies the time of each signature at levels B-T and B-LT.</source>
        <translation>L’adresse web de l’autorité d’horodatage (http:// ou https://). Elle atteste l’heure de chaque signature aux niveaux B-T et B-LT.</translation>
    </message>
    <message>
        <source>&amp;Timestamp authority:</source>
        <translation>Autorité d’&amp;horodatage :</translation>
    </message>
    <message>
        <source>Default signature le&amp;vel:</source>
        <translation>&amp;Niveau de signature par défaut :</translation>
    </message>
    <message>
        <source>If the timestamp authority cannot be reached, sign &amp;without a timestamp (B-B) and warn me</source>
        <translation>Si l’autorité d’horodatage est injoignable, signer &amp;sans horodatage (B-B) et m’avertir</translation>
    </message>
    <message>
        <source>Level %1 needs a timestamp authority: enter its address, or choose level B-B.</source>
        <translation>Le niveau %1 nécessite une autorité d’horodatage : saisissez son adresse, ou choisissez le niveau B-B.</translation>
    </message>
    <message>
        <source>The certificate revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority, stored in the PDF at level B-LT so that the signature can be checked years later. Separate several files with &quot;;&quot;.</source>
        <translation>Les listes de révocation de certificats (fichiers CRL) de l’émetteur de votre certificat et de l’autorité d’horodatage, enregistrées dans le PDF au niveau B-LT pour que la signature puisse être vérifiée des années plus tard. Séparez plusieurs fichiers par « ; ».</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Revocation lists</source>
        <translation>Listes de révocation</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der)</source>
        <translation>Listes de révocation (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>&amp;Revocation lists for B-LT:</source>
        <translation>&amp;Listes de révocation pour B-LT :</translation>
    </message>
</context>
<context>
    <name>mla::gui::PreviewWidget</name>
    <message>
        <source>No preview yet.</source>
        <translation>Pas encore d&apos;aperçu.</translation>
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
        <translation>Le PDF n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>mla::gui::ProceedingsPage</name>
    <message>
        <source>Proceedings</source>
        <translation>Procédure</translation>
    </message>
</context>
<context>
    <name>mla::gui::PublishersDialog</name>
    <message>
        <source>Trusted publishers</source>
        <translation>Éditeurs de confiance</translation>
    </message>
    <message>
        <source>Signed requirements packages are imported only from these publishers. Before adding one, compare its fingerprint with the publisher through another channel (a call, a letter).</source>
        <translation>Les paquets d&apos;exigences signés ne sont importés que de ces éditeurs. Avant d&apos;en ajouter un, comparez son empreinte avec l&apos;éditeur par un autre canal (un appel, une lettre).</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>No trusted publisher: every signed package is refused.</source>
        <translation>Aucun éditeur de confiance : tout paquet signé est refusé.</translation>
    </message>
    <message>
        <source>&amp;Add a certificate…</source>
        <translation>&amp;Ajouter un certificat…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Publisher&apos;s certificate</source>
        <translation>Certificat de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>Pas un certificat</translation>
    </message>
    <message>
        <source>Trust this publisher?</source>
        <translation>Faire confiance à cet éditeur ?</translation>
    </message>
    <message>
        <source>Publisher: %1
Valid until: %2
SHA-256 fingerprint:
%3

Compare the fingerprint with the publisher through another channel. Packages signed with this certificate will be imported after a preview. Trust it?</source>
        <translation>Éditeur : %1
Valide jusqu&apos;au : %2
Empreinte SHA-256 :
%3

Comparez l&apos;empreinte avec l&apos;éditeur par un autre canal. Les paquets signés avec ce certificat seront importés après un aperçu. Lui faire confiance ?</translation>
    </message>
    <message>
        <source>&amp;Trust this publisher</source>
        <translation>&amp;Faire confiance à cet éditeur</translation>
    </message>
    <message>
        <source>Remove the publisher?</source>
        <translation>Supprimer l&apos;éditeur ?</translation>
    </message>
    <message>
        <source>Stop trusting %1?
Packages it signed will be refused from now on; records already imported stay.</source>
        <translation>Ne plus faire confiance à %1 ?
Les paquets qu&apos;il a signés seront désormais refusés ; les enregistrements déjà importés restent.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>mla::gui::RecordDialog</name>
    <message>
        <source>Add a record</source>
        <translation>Ajouter un enregistrement</translation>
    </message>
    <message>
        <source>Edit a record</source>
        <translation>Modifier un enregistrement</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Type d&apos;enregistrement :</translation>
    </message>
    <message>
        <source>required: the document, notification, page or call this rests on</source>
        <translation>obligatoire : le document, la notification, la page ou l&apos;appel sur lequel il repose</translation>
    </message>
    <message>
        <source>yyyy-mm-dd: the date the source speaks for</source>
        <translation>aaaa-mm-jj : la date à laquelle se rapporte la source</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Source &amp;date:</source>
        <translation>&amp;Date de la source :</translation>
    </message>
    <message>
        <source>&amp;Verified on:</source>
        <translation>&amp;Vérifié le :</translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation>Vérifié &amp;par :</translation>
    </message>
    <message>
        <source>unknown — verify</source>
        <translation>inconnu — à vérifier</translation>
    </message>
    <message>
        <source>A source is required: say what this record rests on.</source>
        <translation>Une source est obligatoire : indiquez sur quoi repose cet enregistrement.</translation>
    </message>
    <message>
        <source>Dates are written yyyy-mm-dd: &apos;%1&apos;.</source>
        <translation>Les dates s&apos;écrivent aaaa-mm-jj : « %1 ».</translation>
    </message>
</context>
<context>
    <name>mla::gui::RecoveryDialog</name>
    <message>
        <source>Recovered drafts</source>
        <translation>Brouillons récupérés</translation>
    </message>
    <message>
        <source>mlawriter was not closed properly. These drafts were saved automatically and can be restored; restore one to continue where you stopped.</source>
        <translation>mlawriter n’a pas été fermé correctement. Ces brouillons ont été enregistrés automatiquement et peuvent être restaurés ; restaurez-en un pour reprendre là où vous vous étiez arrêté.</translation>
    </message>
    <message>
        <source>&amp;Recovered drafts:</source>
        <translation>Brouillons &amp;récupérés :</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Discard the recovered draft</source>
        <translation>Supprimer le brouillon récupéré</translation>
    </message>
    <message>
        <source>Discard this recovered draft? It cannot be restored afterwards.</source>
        <translation>Supprimer ce brouillon récupéré ? Il ne pourra plus être restauré.</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Demande sans titre</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <source>%1 — %2, saved %3</source>
        <translation>%1 — %2, enregistré le %3</translation>
    </message>
</context>
<context>
    <name>mla::gui::RegisterWindow</name>
    <message>
        <source>Case register</source>
        <translation>Registre des affaires</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Search our or their reference</source>
        <translation>Rechercher notre référence ou la leur</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Notre référence</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Leur référence</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Other State</source>
        <translation>Autre État</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>The register cannot be opened: %1</source>
        <translation>Le registre ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>Case &amp;register…</source>
        <translation>&amp;Registre des affaires…</translation>
    </message>
    <message>
        <source>All cases (%1)</source>
        <translation>Toutes les affaires (%1)</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>En cours (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <source>Due within 7 days (%1)</source>
        <translation>À traiter sous 7 jours (%1)</translation>
    </message>
    <message>
        <source>No next action (%1)</source>
        <translation>Sans prochaine action (%1)</translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>Le registre ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>EN RETARD %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matching cases in %3</source>
        <translation>%1 affaires affichées sur %2 correspondantes dans %3</translation>
    </message>
    <message>
        <source>Register a received &amp;PDF…</source>
        <translation>Inscrire un &amp;PDF reçu…</translation>
    </message>
    <message>
        <source>A signed request PDF that carries its draft becomes an incoming case</source>
        <translation>Un PDF de demande signé qui contient son projet devient une affaire entrante</translation>
    </message>
    <message>
        <source>Received signed PDF</source>
        <translation>PDF signé reçu</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Our reference for the request in %1:</source>
        <translation>Notre référence pour la demande contenue dans %1 :</translation>
    </message>
    <message>
        <source>Open the request&apos;s draft now, read-only, with the checks?</source>
        <translation>Ouvrir maintenant le projet de la demande, en lecture seule, avec les vérifications ?</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>Non inscrit : %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 est illisible ou trop volumineux</translation>
    </message>
    <message>
        <source>Registered as incoming case %1 from %2 (their reference %3).</source>
        <translation>Inscrite comme affaire entrante %1 venant de %2 (leur référence %3).</translation>
    </message>
</context>
<context>
    <name>mla::gui::ReviewView</name>
    <message>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Comments — %1</source>
        <translation>Commentaires — %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>&lt;p&gt;No comments yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pas encore de commentaires.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — status: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — statut : %2</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Le commentaire est vide.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n commentaire ouvert</numerusform>
            <numerusform>%n commentaires ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request cannot be approved while %n blocking finding(s) remain; return it to the drafter.</source>
        <translation>
            <numerusform>La demande ne peut pas être approuvée tant qu&apos;il reste %n constat bloquant ; renvoyez-la au rédacteur.</numerusform>
            <numerusform>La demande ne peut pas être approuvée tant qu&apos;il reste %n constats bloquants ; renvoyez-la au rédacteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Signed request to countersign</source>
        <translation>Demande signée à contresigner</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Countersign %1 on behalf of the central authority.</source>
        <translation>Contresigner %1 au nom de l&apos;autorité centrale.</translation>
    </message>
    <message>
        <source>Approved by the central authority</source>
        <translation>Approuvé par l&apos;autorité centrale</translation>
    </message>
    <message>
        <source>Save countersigned PDF</source>
        <translation>Enregistrer le PDF contresigné</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Contresigner</translation>
    </message>
    <message>
        <source>The PDF could not be countersigned: %1</source>
        <translation>Le PDF n&apos;a pas pu être contresigné : %1</translation>
    </message>
    <message>
        <source>Return to the drafter</source>
        <translation>Renvoyer au rédacteur</translation>
    </message>
    <message>
        <source>Return the request to the drafter with your comments? The drafter sees them on the pages they are about.</source>
        <translation>Renvoyer la demande au rédacteur avec vos commentaires ? Le rédacteur les voit sur les pages qu’ils concernent.</translation>
    </message>
    <message>
        <source>Approve the request</source>
        <translation>Approuver la demande</translation>
    </message>
    <message>
        <source>Approve this version of the request? If it is edited afterwards, it goes back to draft and needs a new review.</source>
        <translation>Approuver cette version de la demande ? Si elle est modifiée ensuite, elle revient à l’état de brouillon et doit être revue à nouveau.</translation>
    </message>
    <message>
        <source>The PDF could not be checked: %1</source>
        <translation>Le PDF n’a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>The PDF is not signed; only a request signed by the drafter can be countersigned.</source>
        <translation>Le PDF n’est pas signé ; seule une demande signée par le rédacteur peut être contresignée.</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature does not verify (the file was changed or damaged): %1</source>
        <translation>La signature du PDF ne se vérifie pas (le fichier a été modifié ou endommagé) : %1</translation>
    </message>
    <message>
        <source>The PDF does not say which draft it was made from, so it cannot be shown to be the request under review. Ask the drafter to sign it again from this draft.</source>
        <translation>Le PDF n’indique pas de quel brouillon il a été produit ; on ne peut donc pas établir qu’il s’agit de la demande en cours de révision. Demandez au rédacteur de le signer à nouveau à partir de ce brouillon.</translation>
    </message>
    <message>
        <source>The PDF was made from another version of the draft than the one under review. Ask the drafter to sign the current version.</source>
        <translation>Le PDF a été produit à partir d’une autre version du brouillon que celle en cours de révision. Demandez au rédacteur de signer la version actuelle.</translation>
    </message>
    <message>
        <source>Open the draft under review first.</source>
        <translation>Ouvrez d’abord le brouillon en cours de révision.</translation>
    </message>
    <message>
        <source>Validation &amp;report…</source>
        <translation>&amp;Rapport de validation…</translation>
    </message>
    <message>
        <source>Check the signatures of a signed PDF and save a validation report to file with it</source>
        <translation>Vérifier les signatures d’un PDF signé et enregistrer un rapport de validation à classer avec lui</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>Le PDF n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The validation report could not be saved: %1</source>
        <translation>Le rapport de validation n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Signed PDF to check</source>
        <translation>PDF signé à vérifier</translation>
    </message>
    <message>
        <source>-validation-report</source>
        <translation>-rapport-de-validation</translation>
    </message>
    <message>
        <source>Save the validation report</source>
        <translation>Enregistrer le rapport de validation</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <source>The validation report was saved as %1.</source>
        <translation>Le rapport de validation a été enregistré sous %1.</translation>
    </message>
    <message>
        <source>Countersigned without a timestamp</source>
        <translation>Contresigné sans horodatage</translation>
    </message>
</context>
<context>
    <name>mla::gui::ScreenshotTour</name>
    <message>
        <source>Sign the request as the signatory.</source>
        <translation>Signez la demande en tant que signataire.</translation>
    </message>
    <message>
        <source>Please state the period of the records for each account.</source>
        <translation>Veuillez préciser la période des relevés pour chaque compte.</translation>
    </message>
</context>
<context>
    <name>mla::gui::SendPackageDialog</name>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>Projets (*.mlar)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Identités (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Use AES-256-CBC (EnvelopedData) for recipients whose software needs it</source>
        <translation>Utiliser AES-256-CBC (EnvelopedData) pour les destinataires dont le logiciel l&apos;exige</translation>
    </message>
    <message>
        <source>&amp;Create package…</source>
        <translation>&amp;Créer le paquet…</translation>
    </message>
    <message>
        <source>Send request package</source>
        <translation>Envoyer le paquet de la demande</translation>
    </message>
    <message>
        <source>&amp;Recipient certificates:</source>
        <translation>Certificats des &amp;destinataires :</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signed request &amp;PDFs:</source>
        <translation>&amp;PDF signés de la demande :</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Draft (optional):</source>
        <translation>&amp;Projet (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Pièces jointes :</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Your &amp;identity (PKCS#12):</source>
        <translation>Votre &amp;identité (PKCS#12) :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>No package was written: %1</source>
        <translation>Aucun paquet n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>add at least one recipient certificate and one signed PDF</source>
        <translation>ajoutez au moins un certificat de destinataire et un PDF signé</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 est illisible ou trop volumineux</translation>
    </message>
    <message>
        <source>Package %1 written to %2 (%3 files). Only the chosen recipients can open it.</source>
        <translation>Paquet %1 écrit dans %2 (%3 fichiers). Seuls les destinataires choisis peuvent l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>Paquets de demande (*.mlap)</translation>
    </message>
    <message>
        <source>Record “sent” in the case re&amp;gister</source>
        <translation>Enregistrer « envoyée » dans le re&amp;gistre des affaires</translation>
    </message>
    <message>
        <source>Central authority to central authority</source>
        <translation>D’autorité centrale à autorité centrale</translation>
    </message>
    <message>
        <source>Diplomatic channels</source>
        <translation>Voie diplomatique</translation>
    </message>
    <message>
        <source>INTERPOL (urgent)</source>
        <translation>INTERPOL (urgence)</translation>
    </message>
    <message>
        <source>C&amp;hannel (18(13)):</source>
        <translation>&amp;Voie (18(13)) :</translation>
    </message>
</context>
<context>
    <name>mla::gui::SignDialog</name>
    <message>
        <source>Signing identity</source>
        <translation>Identité de signature</translation>
    </message>
    <message>
        <source>PKCS#12 identities (*.p12 *.pfx)</source>
        <translation>Identités PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The identity file could not be read.</source>
        <translation>Le fichier d&apos;identité n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The certificate is not valid now.</source>
        <translation>Le certificat n&apos;est pas valide actuellement.</translation>
    </message>
    <message>
        <source>The identity cannot be used for signing: %1</source>
        <translation>L&apos;identité ne peut pas servir à signer : %1</translation>
    </message>
    <message>
        <source>Identity file (PKCS#12)</source>
        <translation>Fichier d&apos;identité (PKCS#12)</translation>
    </message>
    <message>
        <source>Smart card or token (PKCS#11)</source>
        <translation>Carte à puce ou jeton (PKCS#11)</translation>
    </message>
    <message>
        <source>&amp;Key on:</source>
        <translation>&amp;Clé sur :</translation>
    </message>
    <message>
        <source>The PKCS#11 library of the card reader or token (p11-kit&apos;s proxy reaches every configured one)</source>
        <translation>La bibliothèque PKCS#11 du lecteur de cartes ou du jeton (le mandataire de p11-kit atteint toutes celles configurées)</translation>
    </message>
    <message>
        <source>PKCS#11 &amp;module:</source>
        <translation>&amp;Module PKCS#11 :</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>Cer&amp;tificat :</translation>
    </message>
    <message>
        <source>The PKCS#11 module could not be loaded: %1</source>
        <translation>Le module PKCS#11 n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>authentification</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 certificate)</source>
        <translation>%1 — %2 (certificat de %3)</translation>
    </message>
    <message>
        <source>No smart card or token with a certificate fit for signing was found. Insert the card and choose Refresh.</source>
        <translation>Aucune carte à puce ni aucun jeton portant un certificat apte à signer n&apos;a été trouvé. Insérez la carte et choisissez Actualiser.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Enter the PIN on the reader&apos;s keypad</source>
        <translation>Saisissez le code PIN sur le clavier du lecteur</translation>
    </message>
    <message>
        <source>Choose a certificate on a smart card or token.</source>
        <translation>Choisissez un certificat sur une carte à puce ou un jeton.</translation>
    </message>
    <message>
        <source>The PIN is wrong. After too many wrong PINs the card locks it.</source>
        <translation>Le code PIN est incorrect. Après trop de codes erronés, la carte le bloque.</translation>
    </message>
    <message>
        <source>The PIN of this card is locked. It must be unlocked with the PUK or by the card&apos;s issuer.</source>
        <translation>Le code PIN de cette carte est bloqué. Il doit être débloqué avec le code PUK ou par l&apos;émetteur de la carte.</translation>
    </message>
    <message>
        <source>The smart card or token is not present. Insert it and choose Refresh.</source>
        <translation>La carte à puce ou le jeton est absent. Insérez-le et choisissez Actualiser.</translation>
    </message>
    <message>
        <source>The key on the card cannot be used for signing: %1</source>
        <translation>La clé de la carte ne peut pas servir à signer : %1</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Signature &amp;level:</source>
        <translation>&amp;Niveau de signature :</translation>
    </message>
    <message>
        <source>Without a timestamp: the signing time is only what this computer&apos;s clock says.</source>
        <translation>Sans horodatage : l’heure de signature est seulement celle qu’indique l’horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>No timestamp authority is set. Enter its address in Preferences, or choose level B-B.</source>
        <translation>Aucune autorité d’horodatage n’est définie. Saisissez son adresse dans les Préférences, ou choisissez le niveau B-B.</translation>
    </message>
    <message>
        <source>Timestamp from %1. If it cannot be reached, the signature is made at B-B and you are warned.</source>
        <translation>Horodatage par %1. S’il est injoignable, la signature est faite au niveau B-B et vous êtes averti.</translation>
    </message>
    <message>
        <source>Timestamp from %1. If it cannot be reached, nothing is signed.</source>
        <translation>Horodatage par %1. S’il est injoignable, rien n’est signé.</translation>
    </message>
    <message>
        <source>Level %1 needs a timestamp authority. Enter its address in Preferences, or choose level B-B.</source>
        <translation>Le niveau %1 nécessite une autorité d’horodatage. Saisissez son adresse dans les Préférences, ou choisissez le niveau B-B.</translation>
    </message>
</context>
<context>
    <name>mla::gui::StartPage</name>
    <message>
        <source>Untitled request</source>
        <translation>Demande sans titre</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <source>%1 (%2) — saved %3</source>
        <translation>%1 (%2) — enregistré %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>%1 (%2) — %3: %4</source>
        <translation>%1 (%2) — %3 : %4</translation>
    </message>
</context>
<context>
    <name>mla::gui::StatePage</name>
    <message>
        <source>Requested State</source>
        <translation>État requis</translation>
    </message>
    <message>
        <source>%1 (not in the database)</source>
        <translation>%1 (absent de la base de données)</translation>
    </message>
    <message>
        <source>No State chosen yet.</source>
        <translation>Aucun État choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Requested State: %1 (%2)</source>
        <translation>État requis : %1 (%2)</translation>
    </message>
    <message>
        <source>Open in the &amp;knowledge editor…</source>
        <translation>Ouvrir dans l&apos;éditeur des &amp;connaissances…</translation>
    </message>
    <message>
        <source>See, correct or complete what the database records of this State, with sources</source>
        <translation>Voir, corriger ou compléter ce que la base de données enregistre sur cet État, avec les sources</translation>
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
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Put signed request PDFs into an encrypted package for the requested central authority</source>
        <translation>Placer les PDF signés de la demande dans un paquet chiffré destiné à l&apos;autorité centrale requise</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;Ouvrir un paquet…</translation>
    </message>
    <message>
        <source>Decrypt and check a received package, then extract it into a new folder</source>
        <translation>Déchiffrer et vérifier un paquet reçu, puis l&apos;extraire dans un nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>Établir l&apos;&amp;accusé de réception…</translation>
    </message>
    <message>
        <source>Check a received package and write a signed receipt for the sender</source>
        <translation>Vérifier un paquet reçu et établir un accusé de réception signé pour l&apos;expéditeur</translation>
    </message>
    <message>
        <source>&amp;Import receipt…</source>
        <translation>&amp;Importer un accusé de réception…</translation>
    </message>
    <message>
        <source>Check a receipt against the package sent and record the acknowledgement</source>
        <translation>Vérifier un accusé de réception au regard du paquet envoyé et consigner la réception</translation>
    </message>
</context>
<context>
    <name>mla::gui::UserDialog</name>
    <message>
        <source>About you</source>
        <translation>Vous concernant</translation>
    </message>
    <message>
        <source>Your name is recorded in the history of each request and with your review comments. You can change your name later in Preferences.</source>
        <translation>Votre nom est enregistré dans l’historique de chaque demande et avec vos commentaires de révision. Vous pourrez modifier votre nom plus tard dans les Préférences.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>e.g. Anna Schmidt</source>
        <translation>p. ex. Anna Schmidt</translation>
    </message>
    <message>
        <source>e.g. Public prosecutor</source>
        <translation>p. ex. procureur</translation>
    </message>
    <message>
        <source>e.g. Public Prosecutor&apos;s Office, Frankfurt am Main</source>
        <translation>p. ex. parquet de Francfort-sur-le-Main</translation>
    </message>
</context>
<context>
    <name>mla::gui::Wizard</name>
    <message>
        <source>Pages of the request</source>
        <translation>Pages de la demande</translation>
    </message>
    <message>
        <source>Nothing essential is missing on this page.</source>
        <translation>Rien d&apos;essentiel ne manque sur cette page.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Essential information missing on this page:</source>
        <translation>Informations essentielles manquantes sur cette page :</translation>
    </message>
    <message>
        <source>Press Next again to continue anyway. You can save an incomplete draft and complete it later.</source>
        <translation>Appuyez de nouveau sur Suivant pour continuer quand même. Vous pouvez enregistrer un brouillon incomplet et le compléter plus tard.</translation>
    </message>
    <message>
        <source>Continue &amp;anyway</source>
        <translation>Continuer &amp;quand même</translation>
    </message>
    <message>
        <source>The reviewer returned this request for changes.</source>
        <translation>Le réviseur a renvoyé cette demande pour modification.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comments on this page:</source>
        <translation>Commentaires du réviseur sur cette page :</translation>
    </message>
</context>
<context>
    <name>mla::gui::WizardPage</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
</TS>

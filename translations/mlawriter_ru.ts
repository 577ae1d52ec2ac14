<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AuthorityPage</name>
    <message>
        <source>Requesting authority</source>
        <translation>Запрашивающий орган</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Сохранённые профили</translation>
    </message>
    <message>
        <source>&amp;Use profile</source>
        <translation>&amp;Использовать профиль</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Сохранить как &amp;профиль…</translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation>&amp;Удалить профиль</translation>
    </message>
    <message>
        <source>Requesting authority (18(15)(a))</source>
        <translation>Запрашивающий орган (18(15)(a))</translation>
    </message>
    <message>
        <source>Requesting &amp;State:</source>
        <translation>Запрашивающее &amp;государство:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Контактное лицо:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>Ваш &amp;номер:</translation>
    </message>
    <message>
        <source>Letterhead logo:</source>
        <translation>Логотип бланка:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Выбрать &amp;логотип…</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>У&amp;брать логотип</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Name of the si&amp;gnatory:</source>
        <translation>Имя &amp;подписанта:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Place of signature:</source>
        <translation>&amp;Место подписания:</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The requesting State is not given.</source>
        <translation>Запрашивающее государство не указано.</translation>
    </message>
    <message>
        <source>The requested State is not given.</source>
        <translation>Запрашиваемое государство не указано.</translation>
    </message>
    <message>
        <source>The output language &apos;%1&apos; is not one of the six official UN languages.</source>
        <translation>Язык документа «%1» не является одним из шести официальных языков ООН.</translation>
    </message>
    <message>
        <source>The requesting authority is not identified.</source>
        <translation>Запрашивающий орган не указан.</translation>
    </message>
    <message>
        <source>The subject matter and nature of the investigation, prosecution or proceeding are not described.</source>
        <translation>Не описаны предмет и характер расследования, уголовного преследования или судебного разбирательства.</translation>
    </message>
    <message>
        <source>The name of the authority conducting the investigation, prosecution or proceeding is missing.</source>
        <translation>Не указано наименование органа, осуществляющего расследование, уголовное преследование или судебное разбирательство.</translation>
    </message>
    <message>
        <source>The functions of the authority conducting the proceeding are not described.</source>
        <translation>Не описаны функции органа, осуществляющего производство.</translation>
    </message>
    <message>
        <source>No offence is described.</source>
        <translation>Не описано ни одного преступления.</translation>
    </message>
    <message>
        <source>A summary of the relevant facts is missing.</source>
        <translation>Отсутствует краткое изложение соответствующих фактов.</translation>
    </message>
    <message>
        <source>No summary of facts is needed: the only assistance sought is service of judicial documents.</source>
        <translation>Краткое изложение фактов не требуется: запрашивается только вручение судебных документов.</translation>
    </message>
    <message>
        <source>No assistance is sought: add at least one measure.</source>
        <translation>Помощь не запрашивается: добавьте хотя бы одну меру.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): the assistance sought is not described.</source>
        <translation>Мера %1 (%2): запрашиваемая помощь не описана.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): the purpose for which the evidence, information or action is sought is missing.</source>
        <translation>Мера %1 (%2): не указана цель, для которой запрашиваются доказательства, информация или действия.</translation>
    </message>
    <message>
        <source>Measure %1 (%2): &apos;%3&apos; is required.</source>
        <translation>Мера %1 (%2): поле «%3» обязательно.</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; is not a date (yyyy-mm-dd): &apos;%3&apos;.</source>
        <translation>Мера %1: «%2» не является датой (гггг-мм-дд): «%3».</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; has the value &apos;%3&apos;, which is not one of: %4.</source>
        <translation>Мера %1: поле «%2» имеет значение «%3», не входящее в список: %4.</translation>
    </message>
    <message>
        <source>Measure %1: &apos;%2&apos; takes only one value.</source>
        <translation>Мера %1: поле «%2» допускает только одно значение.</translation>
    </message>
    <message>
        <source>Measure %1: the period ends (%2) before it starts (%3).</source>
        <translation>Мера %1: период заканчивается (%2) раньше, чем начинается (%3).</translation>
    </message>
    <message>
        <source>Measure %1 refers to person &apos;%2&apos;, who is not in the request.</source>
        <translation>Мера %1 ссылается на лицо «%2», которого нет в запросе.</translation>
    </message>
    <message>
        <source>Measure %1 (%2) must name at least %3 person(s); it names %4.</source>
        <translation>Мера %1 (%2) должна называть не менее %3 лиц(а); названо: %4.</translation>
    </message>
    <message>
        <source>%1 reports that &apos;%2&apos; is not available (%3). Alternative: %4.</source>
        <translation>%1 сообщает, что «%2» недоступно (%3). Альтернатива: %4.</translation>
    </message>
    <message>
        <source>%1 reports that &apos;%2&apos; is available with limits (%3). Alternative: %4.</source>
        <translation>%1 сообщает, что «%2» доступно с ограничениями (%3). Альтернатива: %4.</translation>
    </message>
    <message>
        <source>%1, &apos;%2&apos;: %3</source>
        <translation>%1, «%2»: %3</translation>
    </message>
    <message>
        <source>Offence %1: maximum penalty %2 years, a serious crime under article 2(b).</source>
        <translation>Преступление %1: максимальное наказание %2 лет, серьезное преступление по смыслу статьи 2(b).</translation>
    </message>
    <message>
        <source>Offence %1: the maximum penalty is not given; the Convention covers serious crime (at least four years, article 2(b)) and the offences it establishes.</source>
        <translation>Преступление %1: максимальное наказание не указано; Конвенция охватывает серьезные преступления (не менее четырех лет, статья 2(b)) и преступления, признанные таковыми в соответствии с ней.</translation>
    </message>
    <message>
        <source>Offence %1: a maximum penalty of %2 years is below four years and no Convention offence is named: outside article 2(b) unless another basis applies.</source>
        <translation>Преступление %1: максимальное наказание %2 лет меньше четырех лет, и преступление по Конвенции не названо: вне сферы статьи 2(b), если не применимо иное основание.</translation>
    </message>
    <message>
        <source>The transnational nature of the offence (article 3(2)) is not shown.</source>
        <translation>Транснациональный характер преступления (статья 3(2)) не показан.</translation>
    </message>
    <message>
        <source>The offence is stated not to be transnational (article 3(2)): the Convention may not apply.</source>
        <translation>Указано, что преступление не носит транснационального характера (статья 3(2)): Конвенция может быть неприменима.</translation>
    </message>
    <message>
        <source>The involvement of an organized criminal group (article 2(a)) is not shown.</source>
        <translation>Участие организованной преступной группы (статья 2(a)) не показано.</translation>
    </message>
    <message>
        <source>No organized criminal group is stated to be involved: the Convention may not apply (article 3(1)).</source>
        <translation>Участие организованной преступной группы не заявлено: Конвенция может быть неприменима (статья 3(1)).</translation>
    </message>
    <message>
        <source>Scope of the Convention shown: serious crime or Convention offence, transnational, organized criminal group (article 3).</source>
        <translation>Применимость Конвенции показана: серьезное преступление или преступление по Конвенции, транснациональный характер, организованная преступная группа (статья 3).</translation>
    </message>
    <message>
        <source>Nothing is recorded for the requested State &apos;%1&apos;: unknown — verify with its central authority.</source>
        <translation>О запрашиваемом государстве «%1» ничего не записано: неизвестно — уточните в его центральном органе.</translation>
    </message>
    <message>
        <source>%1 is a party to the Convention (%2).</source>
        <translation>%1 является участником Конвенции (%2).</translation>
    </message>
    <message>
        <source>Whether %1 is a party to the Convention is not recorded: unknown — verify (UN Treaty Collection, chapter XVIII-12).</source>
        <translation>Не записано, является ли %1 участником Конвенции: неизвестно — проверьте (Собрание договоров ООН, глава XVIII-12).</translation>
    </message>
    <message>
        <source>%1 is recorded as &apos;%2&apos;, not as a party to the Convention: the Convention cannot be the legal basis.</source>
        <translation>%1 записано как «%2», а не как участник Конвенции: Конвенция не может служить правовым основанием.</translation>
    </message>
    <message>
        <source>The legal basis is a treaty, but the treaty is not named.</source>
        <translation>Правовым основанием является договор, но договор не назван.</translation>
    </message>
    <message>
        <source>The treaty &apos;%1&apos; is not recorded between %2 and %3: verify that it is in force.</source>
        <translation>Договор «%1» между %2 и %3 не записан: проверьте, действует ли он.</translation>
    </message>
    <message>
        <source>The treaty &apos;%1&apos; is in force between %2 and %3: it governs the request; paragraphs 9 to 29 of article 18 apply only if the States agree to apply them instead (18(7)).</source>
        <translation>Договор «%1» действует между %2 и %3: он регулирует запрос; пункты 9–29 статьи 18 применяются, только если государства договорятся применять их вместо него (18(7)).</translation>
    </message>
    <message>
        <source>No mutual legal assistance treaty between %1 and %2 is recorded: paragraphs 9 to 29 of article 18 apply (18(7)). Verify that no treaty binds the two States.</source>
        <translation>Договор о взаимной правовой помощи между %1 и %2 не записан: применяются пункты 9–29 статьи 18 (18(7)). Убедитесь, что два государства не связаны договором.</translation>
    </message>
    <message>
        <source>Whether a mutual legal assistance treaty binds %1 and %2 is unknown — verify (18(7)).</source>
        <translation>Неизвестно, связаны ли %1 и %2 договором о взаимной правовой помощи, — проверьте (18(7)).</translation>
    </message>
    <message>
        <source>%1 does not require dual criminality. Notes: %2</source>
        <translation>%1 не требует обоюдного признания деяния преступлением. Примечания: %2</translation>
    </message>
    <message>
        <source>%1 requires dual criminality for coercive measures only, and none is sought.</source>
        <translation>%1 требует обоюдного признания деяния преступлением только для принудительных мер, а они не запрашиваются.</translation>
    </message>
    <message>
        <source>The dual-criminality policy of %1 is unknown — verify with the central authority.</source>
        <translation>Позиция государства %1 в отношении обоюдного признания деяния преступлением неизвестна — уточните в центральном органе.</translation>
    </message>
    <message>
        <source>Offence %1 has no ICCS code for its conduct: dual criminality cannot be checked.</source>
        <translation>Для деяния по преступлению %1 нет кода ICCS: обоюдное признание деяния преступлением проверить нельзя.</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): the conduct is an offence in %3: %4.</source>
        <translation>Преступление %1 (ICCS %2): деяние является преступлением в государстве %3: %4.</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): the conduct is recorded as not an offence in %3; assistance may be refused (18(9)). Notes: %4</source>
        <translation>Преступление %1 (ICCS %2): деяние записано как не являющееся преступлением в государстве %3; в помощи может быть отказано (18(9)). Примечания: %4</translation>
    </message>
    <message>
        <source>Offence %1 (ICCS %2): whether the conduct is an offence in %3 is unknown — verify with the central authority.</source>
        <translation>Преступление %1 (ICCS %2): неизвестно, является ли деяние преступлением в государстве %3, — уточните в центральном органе.</translation>
    </message>
    <message>
        <source>Add a dual-criminality note showing that the conduct is also an offence in %1.</source>
        <translation>Добавьте примечание об обоюдном признании деяния преступлением, показывающее, что деяние является преступлением и в государстве %1.</translation>
    </message>
    <message>
        <source>The legal basis is reciprocity, but no assurance of reciprocity is given.</source>
        <translation>Правовым основанием является взаимность, но заверение о взаимности не дано.</translation>
    </message>
    <message>
        <source>An assurance of reciprocity is given without its wording (reciprocity note).</source>
        <translation>Заверение о взаимности дано без его текста (примечание о взаимности).</translation>
    </message>
    <message>
        <source>The reciprocity policy of %1 is unknown — verify with the central authority; consider giving an assurance of reciprocity.</source>
        <translation>Позиция государства %1 в отношении взаимности неизвестна — уточните в центральном органе; рассмотрите возможность дать заверение о взаимности.</translation>
    </message>
    <message>
        <source>%1 does not require reciprocity. Notes: %2</source>
        <translation>%1 не требует взаимности. Примечания: %2</translation>
    </message>
    <message>
        <source>%1 requires an assurance of reciprocity, and none is given. Notes: %2</source>
        <translation>%1 требует заверения о взаимности, но оно не дано. Примечания: %2</translation>
    </message>
    <message>
        <source>An assurance of reciprocity is given, as %1 requires. Notes: %2</source>
        <translation>Заверение о взаимности дано, как того требует государство %1. Примечания: %2</translation>
    </message>
    <message>
        <source>%1 requires reciprocity only absent a treaty, and a treaty applies. Notes: %2</source>
        <translation>%1 требует взаимности только при отсутствии договора, а договор применяется. Примечания: %2</translation>
    </message>
    <message>
        <source>The languages %1 accepts are not recorded: unknown — verify with the central authority. Notes: %2</source>
        <translation>Языки, принимаемые государством %1, не записаны: неизвестно — уточните в центральном органе. Примечания: %2</translation>
    </message>
    <message>
        <source>%1 accepts requests in &apos;%2&apos;. Conditions: %3</source>
        <translation>%1 принимает запросы на языке «%2». Условия: %3</translation>
    </message>
    <message>
        <source>%1 has not notified &apos;%2&apos; as such (notified: %3); its notification sets conditions: %4 — check that the request meets them.</source>
        <translation>%1 не уведомило о языке «%2» как таковом (уведомлено: %3); его уведомление устанавливает условия: %4 — проверьте, соответствует ли им запрос.</translation>
    </message>
    <message>
        <source>%1 has not notified &apos;%2&apos; as an acceptable language (notified: %3).</source>
        <translation>%1 не уведомило о языке «%2» как приемлемом (уведомлено: %3).</translation>
    </message>
    <message>
        <source>INTERPOL may be used only in urgent circumstances; the request is not marked urgent.</source>
        <translation>Интерпол может использоваться только в срочных случаях; запрос не отмечен как срочный.</translation>
    </message>
    <message>
        <source>%1 does not accept requests through INTERPOL.</source>
        <translation>%1 не принимает запросы через Интерпол.</translation>
    </message>
    <message>
        <source>Whether %1 agrees to receive urgent requests through INTERPOL is unknown — verify with the central authority.</source>
        <translation>Неизвестно, согласно ли %1 получать срочные запросы через Интерпол, — уточните в центральном органе.</translation>
    </message>
    <message>
        <source>%1 accepts urgent requests through INTERPOL.</source>
        <translation>%1 принимает срочные запросы через Интерпол.</translation>
    </message>
    <message>
        <source>%1 does not accept requests through diplomatic channels.</source>
        <translation>%1 не принимает запросы по дипломатическим каналам.</translation>
    </message>
    <message>
        <source>Whether %1 accepts requests through diplomatic channels is not recorded — verify.</source>
        <translation>Не записано, принимает ли %1 запросы по дипломатическим каналам, — проверьте.</translation>
    </message>
    <message>
        <source>%1 accepts requests through diplomatic channels.</source>
        <translation>%1 принимает запросы по дипломатическим каналам.</translation>
    </message>
    <message>
        <source>%1 requires requests to be addressed through diplomatic channels.</source>
        <translation>%1 требует направлять запросы по дипломатическим каналам.</translation>
    </message>
    <message>
        <source>%1 does not accept requests sent directly to its central authority.</source>
        <translation>%1 не принимает запросы, направленные непосредственно в его центральный орган.</translation>
    </message>
    <message>
        <source>Central authority of %1: %2.</source>
        <translation>Центральный орган государства %1: %2.</translation>
    </message>
    <message>
        <source>The central authority of %1 is not recorded: unknown — verify.</source>
        <translation>Центральный орган государства %1 не записан: неизвестно — проверьте.</translation>
    </message>
    <message>
        <source>A deadline (%1) is set without reasons; deadlines are taken into account only where reasons are given.</source>
        <translation>Срок (%1) установлен без указания причин; сроки учитываются, только если указаны причины.</translation>
    </message>
    <message>
        <source>The request is marked urgent without reasons.</source>
        <translation>Запрос отмечен как срочный без указания причин.</translation>
    </message>
    <message>
        <source>The deadline %1 has passed.</source>
        <translation>Срок %1 истек.</translation>
    </message>
    <message>
        <source>Confidentiality is requested without reasons.</source>
        <translation>Конфиденциальность запрошена без указания причин.</translation>
    </message>
    <message>
        <source>Practice of %1 on confidentiality: %2</source>
        <translation>Практика государства %1 в отношении конфиденциальности: %2</translation>
    </message>
    <message>
        <source>State the use to be made of the information and evidence: they may not be used for other proceedings without the requested State&apos;s consent.</source>
        <translation>Укажите, как будут использоваться информация и доказательства: без согласия запрашиваемого государства их нельзя использовать в иных разбирательствах.</translation>
    </message>
    <message>
        <source>Practice of %1 on the use of evidence: %2</source>
        <translation>Практика государства %1 в отношении использования доказательств: %2</translation>
    </message>
    <message>
        <source>Person %1 has no name.</source>
        <translation>У лица %1 нет имени.</translation>
    </message>
    <message>
        <source>Person %1: no address or known location is given.</source>
        <translation>Лицо %1: не указан ни адрес, ни известное местонахождение.</translation>
    </message>
    <message>
        <source>Person %1: nationality not given (give it where known).</source>
        <translation>Лицо %1: гражданство не указано (укажите, если известно).</translation>
    </message>
    <message>
        <source>Person %1: &apos;%2&apos; is not an ISO 3166 alpha-3 code.</source>
        <translation>Лицо %1: «%2» не является кодом ISO 3166 alpha-3.</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional control character (U+%2): the text can display differently from what it is (spoofing risk).</source>
        <translation>%1 содержит управляющий символ направления текста (U+%2): текст может отображаться не так, как он записан (риск подмены).</translation>
    </message>
    <message>
        <source>%1 contains an invisible character (U+%2): two values that look the same can differ (spoofing risk).</source>
        <translation>%1 содержит невидимый символ (U+%2): два значения, выглядящие одинаково, могут различаться (риск подмены).</translation>
    </message>
    <message>
        <source>%1 mixes Latin and %2 letters in one word (&apos;%3&apos;): look-alike letters are a spoofing risk.</source>
        <translation>%1 смешивает латинские буквы и буквы письма %2 в одном слове («%3»): похожие буквы создают риск подмены.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a common-law standard with no equivalent in many systems: describe the facts that ground the suspicion instead.</source>
        <translation>«%1» — понятие общего права, не имеющее аналога во многих системах: вместо этого опишите факты, на которых основано подозрение.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no equivalent in many systems: explain that it is a body of citizens that decides whether a person is charged, and what it needs.</source>
        <translation>«%1» не имеет аналога во многих системах: поясните, что это коллегия граждан, решающая вопрос о предъявлении обвинения, и что ей требуется.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a statute of one State: describe the conduct and cite the provision in full.</source>
        <translation>«%1» — название закона одного государства: опишите деяние и приведите норму полностью.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is unknown in many systems: describe the agreement between prosecution and defendant in plain words.</source>
        <translation>«%1» неизвестно во многих системах: простыми словами опишите соглашение между обвинением и обвиняемым.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not translate: say which order, by whom, and what it compels.</source>
        <translation>«%1» не переводится: укажите, какое это постановление, кем оно выносится и к чему обязывает.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (disclosure between the parties) is unknown in many systems: explain it in plain words.</source>
        <translation>«%1» (раскрытие информации между сторонами) неизвестно во многих системах: объясните его простыми словами.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a rule of evidence unknown in many systems: explain what the requested State&apos;s authorities must do or avoid.</source>
        <translation>«%1» — правило доказывания, неизвестное во многих системах: объясните, что органы запрашиваемого государства должны сделать или чего избегать.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a national rule: state the cautions to be given to the person in full.</source>
        <translation>«%1» — название национальной нормы: полностью изложите разъяснения, которые необходимо сделать лицу.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a standard of proof that translates unevenly: explain it in plain words.</source>
        <translation>«%1» — стандарт доказывания, который переводится неоднозначно: объясните его простыми словами.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: describe the handling and records needed for the evidence to be admissible.</source>
        <translation>«%1»: опишите порядок обращения с доказательствами и записи, необходимые для их допустимости.</translation>
    </message>
    <message>
        <source>%1: the text is in &apos;%2&apos; and has no translation into &apos;%3&apos;.</source>
        <translation>%1: текст написан на языке «%2», перевода на «%3» нет.</translation>
    </message>
    <message>
        <source>%1: the translation into &apos;%2&apos; was made from an earlier version of the text.</source>
        <translation>%1: перевод на «%2» сделан с более ранней версии текста.</translation>
    </message>
    <message>
        <source>%1: the translation into &apos;%2&apos; is still a draft.</source>
        <translation>%1: перевод на «%2» пока является черновиком.</translation>
    </message>
    <message>
        <source>Offence %1 is an offence established under the Convention or its Protocols (%2).</source>
        <translation>Преступление %1 признано таковым в соответствии с Конвенцией или протоколами к ней (%2).</translation>
    </message>
    <message>
        <source>The reciprocity policy of %1 is unknown — verify with the central authority; an assurance of reciprocity is given.</source>
        <translation>Позиция государства %1 в отношении взаимности неизвестна — уточните в центральном органе; заверение о взаимности дано.</translation>
    </message>
    <message>
        <source>%1 does not accept every request sent electronically or signed electronically (transmission: %2; electronic signature: %3): send a signed paper original. Notes: %4</source>
        <translation>%1 принимает не все запросы, направленные или подписанные в электронной форме (передача: %2; электронная подпись: %3): направьте подписанный подлинник на бумаге. Примечания: %4</translation>
    </message>
    <message>
        <source>%1 accepts requests transmitted and signed electronically. Notes: %2</source>
        <translation>%1 принимает запросы, переданные и подписанные в электронной форме. Примечания: %2</translation>
    </message>
    <message>
        <source>Whether %1 accepts requests transmitted or signed electronically is not recorded — verify; a signed paper original may be needed.</source>
        <translation>Не записано, принимает ли %1 запросы, переданные или подписанные в электронной форме, — проверьте; может потребоваться подписанный подлинник на бумаге.</translation>
    </message>
    <message>
        <source>%1 has made a declaration bearing on article 18(7): %2</source>
        <translation>%1: сделано заявление, касающееся статьи 18(7): %2</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>These findings compare the request with article 18 and with what the database knows about the requested State. Activate a finding (Enter or double-click) to go to its field.</source>
        <translation>Эти замечания сопоставляют запрос со статьей 18 и со сведениями базы данных о запрашиваемом государстве. Активируйте замечание (Enter или двойной щелчок), чтобы перейти к его полю.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <source>Summary of facts</source>
        <translation>Изложение фактов</translation>
    </message>
    <message>
        <source>Summarise the relevant facts (18(15)(c)): who did what, when and where, and how each person and each measure sought relates to the offences. A summary is not needed when only service of documents is requested.</source>
        <translation>Кратко изложите соответствующие факты (18(15)(c)): кто, что, когда и где совершил и как каждое лицо и каждая запрашиваемая мера связаны с преступлениями. Изложение не требуется, если запрашивается только вручение документов.</translation>
    </message>
    <message>
        <source>&amp;Summary of facts:</source>
        <translation>&amp;Изложение фактов:</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>Unknown — verify with the central authority.</source>
        <translation>Неизвестно — уточните в центральном органе.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>проверено %1</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>еще не проверено</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принимается</translation>
    </message>
    <message>
        <source>required</source>
        <translation>требуется</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>не принимается</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the requested State to see what the database knows about its requirements.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите запрашиваемое государство, чтобы увидеть, что база данных знает о его требованиях.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the requirements database has no record of this State.</source>
        <translation>в базе данных требований нет записи об этом государстве.</translation>
    </message>
    <message>
        <source>UNTOC</source>
        <translation>Конвенция против организованной преступности</translation>
    </message>
    <message>
        <source>Central authority (18(13))</source>
        <translation>Центральный орган (18(13))</translation>
    </message>
    <message>
        <source>Channels (18(13))</source>
        <translation>Каналы (18(13))</translation>
    </message>
    <message>
        <source>central authority: %1; diplomatic: %2; INTERPOL: %3</source>
        <translation>центральный орган: %1; дипломатический канал: %2; Интерпол: %3</translation>
    </message>
    <message>
        <source>Languages (18(14))</source>
        <translation>Языки (18(14))</translation>
    </message>
    <message>
        <source>Electronic transmission / e-signature</source>
        <translation>Электронная передача / электронная подпись</translation>
    </message>
    <message>
        <source>transmission: %1; signature: %2</source>
        <translation>передача: %1; подпись: %2</translation>
    </message>
    <message>
        <source>Dual criminality (18(9))</source>
        <translation>Обоюдное признание деяния преступлением (18(9))</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Взаимность</translation>
    </message>
    <message>
        <source>Use limitation and confidentiality (18(19), 18(20))</source>
        <translation>Ограничение использования и конфиденциальность (18(19), 18(20))</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <source>The requesting State undertakes not to transmit or use the information or evidence furnished for investigations, prosecutions or judicial proceedings other than those stated in this request without the prior consent of the requested State (article 18(19)).</source>
        <translation>Запрашивающее государство обязуется не передавать и не использовать предоставленную информацию или доказательства для расследования, уголовного преследования или судебного разбирательства, иных, чем указанные в настоящем запросе, без предварительного согласия запрашиваемого государства (статья 18(19)).</translation>
    </message>
    <message>
        <source>The requesting State asks that the fact and substance of this request be kept confidential, except to the extent necessary to execute it (article 18(20)).</source>
        <translation>Запрашивающее государство просит сохранять конфиденциальность факта и существа настоящего запроса, за исключением того, что необходимо для его выполнения (статья 18(20)).</translation>
    </message>
    <message>
        <source>The conduct underlying the offence of %1 (ICCS %2) is also an offence in the requested State under %3.</source>
        <translation>Деяние, лежащее в основе преступления «%1» (ICCS %2), является преступлением и в запрашиваемом государстве согласно %3.</translation>
    </message>
    <message>
        <source>The requesting State assures the requested State that it will comply with a future request of a similar nature from the requested State.</source>
        <translation>Запрашивающее государство заверяет запрашиваемое государство, что выполнит в будущем аналогичный запрос запрашиваемого государства.</translation>
    </message>
    <message>
        <source>source dated %1</source>
        <translation>источник от %1</translation>
    </message>
    <message>
        <source>source undated</source>
        <translation>источник без даты</translation>
    </message>
    <message numerus="yes">
        <source>— possibly outdated (older than %n year(s) or undated): verify</source>
        <translation>
            <numerusform>— возможно, устарело (старше %n года или без даты): проверьте</numerusform>
            <numerusform>— возможно, устарело (старше %n лет или без даты): проверьте</numerusform>
            <numerusform>— возможно, устарело (старше %n лет или без даты): проверьте</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>UNTOC article 18</source>
        <translation>Статья 18 Конвенции против организованной преступности</translation>
    </message>
    <message>
        <source>Bilateral or multilateral treaty</source>
        <translation>Двусторонний или многосторонний договор</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Взаимность</translation>
    </message>
    <message>
        <source>Central authority</source>
        <translation>Центральный орган</translation>
    </message>
    <message>
        <source>Diplomatic channel</source>
        <translation>Дипломатический канал</translation>
    </message>
    <message>
        <source>INTERPOL (urgent, where agreed)</source>
        <translation>Интерпол (в срочных случаях, по договоренности)</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Расследование</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <translation>Уголовное преследование</translation>
    </message>
    <message>
        <source>Judicial proceedings</source>
        <translation>Судебное разбирательство</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Подозреваемый</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Обвиняемый</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Потерпевший</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Владелец счета</translation>
    </message>
    <message>
        <source>Detained person</source>
        <translation>Лицо, содержащееся под стражей</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Направлен на проверку</translation>
    </message>
    <message>
        <source>Returned to the drafter</source>
        <translation>Возвращен составителю</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утвержден</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Блокирующие</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Subscriber information</source>
        <translation>Сведения об абонентах</translation>
    </message>
    <message>
        <source>Traffic data</source>
        <translation>Данные о трафике</translation>
    </message>
    <message>
        <source>Content data</source>
        <translation>Данные о содержании</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Подлинники</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Заверенные копии</translation>
    </message>
</context>
<context>
    <name>MeasureSchema</name>
    <message>
        <source>Taking evidence or statements</source>
        <translation>Получение свидетельских показаний или заявлений</translation>
    </message>
    <message>
        <source>Questions to be put</source>
        <translation>Вопросы, которые необходимо задать</translation>
    </message>
    <message>
        <source>Oath, caution or procedure to follow</source>
        <translation>Присяга, разъяснение прав или порядок, которому необходимо следовать</translation>
    </message>
    <message>
        <source>Place of the hearing</source>
        <translation>Место допроса</translation>
    </message>
    <message>
        <source>Service of judicial documents</source>
        <translation>Вручение судебных документов</translation>
    </message>
    <message>
        <source>Documents to be served</source>
        <translation>Документы, подлежащие вручению</translation>
    </message>
    <message>
        <source>Address for service</source>
        <translation>Адрес для вручения</translation>
    </message>
    <message>
        <source>Date the person is summoned to appear</source>
        <translation>Дата, на которую лицо вызывается для явки</translation>
    </message>
    <message>
        <source>Proof of service required</source>
        <translation>Требуемое подтверждение вручения</translation>
    </message>
    <message>
        <source>Search and seizure</source>
        <translation>Обыск и выемка</translation>
    </message>
    <message>
        <source>Premises to be searched (address)</source>
        <translation>Помещения для обыска (адрес)</translation>
    </message>
    <message>
        <source>Items to be seized</source>
        <translation>Предметы, подлежащие изъятию</translation>
    </message>
    <message>
        <source>Link between the premises and the offence</source>
        <translation>Связь помещений с преступлением</translation>
    </message>
    <message>
        <source>Freezing of assets</source>
        <translation>Замораживание активов</translation>
    </message>
    <message>
        <source>Assets to be frozen</source>
        <translation>Активы, подлежащие замораживанию</translation>
    </message>
    <message>
        <source>Institution holding the assets</source>
        <translation>Учреждение, в котором находятся активы</translation>
    </message>
    <message>
        <source>Account numbers</source>
        <translation>Номера счетов</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Domestic freezing order (reference)</source>
        <translation>Внутреннее постановление о замораживании (номер)</translation>
    </message>
    <message>
        <source>Examining objects and sites</source>
        <translation>Осмотр предметов и мест</translation>
    </message>
    <message>
        <source>Object or site to be examined</source>
        <translation>Предмет или место для осмотра</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>Information, evidentiary items and expert evaluations</source>
        <translation>Информация, вещественные доказательства и оценки экспертов</translation>
    </message>
    <message>
        <source>Information or items sought</source>
        <translation>Запрашиваемая информация или предметы</translation>
    </message>
    <message>
        <source>Expert evaluation requested</source>
        <translation>Запрашиваемая экспертная оценка</translation>
    </message>
    <message>
        <source>Bank and financial records</source>
        <translation>Банковские и финансовые документы</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>Финансовое учреждение</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <source>Types of documents</source>
        <translation>Виды документов</translation>
    </message>
    <message>
        <source>Certification or authentication required</source>
        <translation>Требуемое заверение или удостоверение подлинности</translation>
    </message>
    <message>
        <source>Documents and records</source>
        <translation>Документы и материалы</translation>
    </message>
    <message>
        <source>Documents or records sought</source>
        <translation>Запрашиваемые документы или материалы</translation>
    </message>
    <message>
        <source>Who holds them</source>
        <translation>У кого они находятся</translation>
    </message>
    <message>
        <source>Originals or certified copies</source>
        <translation>Подлинники или заверенные копии</translation>
    </message>
    <message>
        <source>Identifying or tracing proceeds, property or instrumentalities</source>
        <translation>Выявление или отслеживание доходов, имущества или орудий</translation>
    </message>
    <message>
        <source>Proceeds, property or instrumentalities</source>
        <translation>Доходы, имущество или орудия</translation>
    </message>
    <message>
        <source>Known assets or accounts</source>
        <translation>Известные активы или счета</translation>
    </message>
    <message>
        <source>Voluntary appearance in the requesting State</source>
        <translation>Добровольная явка в запрашивающее государство</translation>
    </message>
    <message>
        <source>Date of appearance</source>
        <translation>Дата явки</translation>
    </message>
    <message>
        <source>Expenses, travel and safe conduct (18(27))</source>
        <translation>Расходы, проезд и охранная грамота (18(27))</translation>
    </message>
    <message>
        <source>Other assistance</source>
        <translation>Иная помощь</translation>
    </message>
    <message>
        <source>Assistance sought</source>
        <translation>Запрашиваемая помощь</translation>
    </message>
    <message>
        <source>Expedited preservation of stored computer data</source>
        <translation>Срочное обеспечение сохранности хранимых компьютерных данных</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Поставщик услуг</translation>
    </message>
    <message>
        <source>Accounts, addresses or other identifiers</source>
        <translation>Учетные записи, адреса или иные идентификаторы</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Категории данных</translation>
    </message>
    <message>
        <source>Follow-up request for production (reference)</source>
        <translation>Последующий запрос о предоставлении (номер)</translation>
    </message>
    <message>
        <source>Access to stored computer data</source>
        <translation>Доступ к хранимым компьютерным данным</translation>
    </message>
    <message>
        <source>Earlier preservation (reference)</source>
        <translation>Ранее обеспеченная сохранность (номер)</translation>
    </message>
    <message>
        <source>Real-time collection of traffic data</source>
        <translation>Сбор данных о трафике в режиме реального времени</translation>
    </message>
    <message>
        <source>Collection from</source>
        <translation>Сбор с</translation>
    </message>
    <message>
        <source>Collection to</source>
        <translation>Сбор по</translation>
    </message>
    <message>
        <source>Hearing by videoconference</source>
        <translation>Заслушивание с помощью видеосвязи</translation>
    </message>
    <message>
        <source>Subject of the hearing and questions</source>
        <translation>Предмет заслушивания и вопросы</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>Предлагаемая дата</translation>
    </message>
    <message>
        <source>Judicial authority conducting the hearing</source>
        <translation>Судебный орган, проводящий заслушивание</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Технический контакт</translation>
    </message>
    <message>
        <source>Interpretation needed (language)</source>
        <translation>Требуется устный перевод (язык)</translation>
    </message>
    <message>
        <source>Temporary transfer of a detained person</source>
        <translation>Временная передача лица, содержащегося под стражей</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Место содержания под стражей</translation>
    </message>
    <message>
        <source>The person consents (18(10)(a))</source>
        <translation>Лицо дает согласие (18(10)(a))</translation>
    </message>
    <message>
        <source>Period of the transfer</source>
        <translation>Срок передачи</translation>
    </message>
    <message>
        <source>Custody and return arrangements (18(11))</source>
        <translation>Условия содержания под стражей и возвращения (18(11))</translation>
    </message>
    <message>
        <source>Controlled delivery</source>
        <translation>Контролируемая поставка</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>Партия груза</translation>
    </message>
    <message>
        <source>Expected route</source>
        <translation>Предполагаемый маршрут</translation>
    </message>
    <message>
        <source>Expected dates</source>
        <translation>Предполагаемые даты</translation>
    </message>
    <message>
        <source>Joint investigation</source>
        <translation>Совместное расследование</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Composition of the team</source>
        <translation>Состав группы</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <source>Transfer of criminal proceedings</source>
        <translation>Передача уголовного судопроизводства</translation>
    </message>
    <message>
        <source>Reasons for the transfer</source>
        <translation>Основания для передачи</translation>
    </message>
    <message>
        <source>Contents of the case file transmitted</source>
        <translation>Содержание передаваемого дела</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Добавить меру</translation>
    </message>
    <message>
        <source>Re&amp;move measure</source>
        <translation>&amp;Удалить меру</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>&amp;Persons concerned:</source>
        <translation>&amp;Соответствующие лица:</translation>
    </message>
    <message>
        <source>&amp;Description of the assistance (18(15)(d)):</source>
        <translation>&amp;Описание помощи (18(15)(d)):</translation>
    </message>
    <message>
        <source>P&amp;urpose (18(15)(f)):</source>
        <translation>&amp;Цель (18(15)(f)):</translation>
    </message>
    <message>
        <source>Particular p&amp;rocedures (18(17)):</source>
        <translation>&amp;Особые процедуры (18(17)):</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>MissingInfo</name>
    <message>
        <source>Requested State</source>
        <translation>Запрашиваемое государство</translation>
    </message>
    <message>
        <source>Title of the treaty</source>
        <translation>Название договора</translation>
    </message>
    <message>
        <source>Reasons for urgency</source>
        <translation>Причины срочности</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>Запрашивающее государство</translation>
    </message>
    <message>
        <source>Name of the requesting authority</source>
        <translation>Наименование запрашивающего органа</translation>
    </message>
    <message>
        <source>Address of the requesting authority</source>
        <translation>Адрес запрашивающего органа</translation>
    </message>
    <message>
        <source>E-mail or telephone of the requesting authority</source>
        <translation>Эл. почта или телефон запрашивающего органа</translation>
    </message>
    <message>
        <source>Subject matter and nature of the proceedings</source>
        <translation>Предмет и характер производства</translation>
    </message>
    <message>
        <source>Name of the authority conducting the proceedings</source>
        <translation>Наименование органа, осуществляющего производство</translation>
    </message>
    <message>
        <source>Functions of the authority conducting the proceedings</source>
        <translation>Функции органа, осуществляющего производство</translation>
    </message>
    <message>
        <source>Summary of the relevant facts</source>
        <translation>Краткое изложение соответствующих фактов</translation>
    </message>
    <message>
        <source>At least one offence</source>
        <translation>Хотя бы одно преступление</translation>
    </message>
    <message>
        <source>Offence %1: name</source>
        <translation>Преступление %1: название</translation>
    </message>
    <message>
        <source>Offence %1: text of the legal provision</source>
        <translation>Преступление %1: текст правовой нормы</translation>
    </message>
    <message>
        <source>Person %1: name</source>
        <translation>Лицо %1: имя</translation>
    </message>
    <message>
        <source>At least one measure (the assistance sought)</source>
        <translation>Хотя бы одна мера (запрашиваемая помощь)</translation>
    </message>
    <message>
        <source>%1: description of the assistance sought</source>
        <translation>%1: описание запрашиваемой помощи</translation>
    </message>
    <message>
        <source>%1: purpose</source>
        <translation>%1: цель</translation>
    </message>
    <message>
        <source>%1: the person concerned</source>
        <translation>%1: соответствующее лицо</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reasons for confidentiality</source>
        <translation>Причины конфиденциальности</translation>
    </message>
    <message>
        <source>Name of the signatory</source>
        <translation>Имя подписанта</translation>
    </message>
    <message>
        <source>Function of the signatory</source>
        <translation>Должность подписанта</translation>
    </message>
    <message>
        <source>Language of the request</source>
        <translation>Язык запроса</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — article %2</source>
        <translation>%1 — статья %2</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Отсутствует: %1</translation>
    </message>
    <message>
        <source>Person %1: the date of birth “%2” is not a date</source>
        <translation>Лицо %1: дата рождения «%2» не является датой</translation>
    </message>
    <message>
        <source>%1: %2 “%3” is not a date</source>
        <translation>%1: %2 «%3» не является датой</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Conditions and notes</source>
        <translation>Условия и примечания</translation>
    </message>
    <message>
        <source>Particular procedures (18(17)) are entered with each measure, on the Measures page.</source>
        <translation>Особые процедуры (18(17)) вводятся для каждой меры на странице «Меры».</translation>
    </message>
    <message>
        <source>Confidentiality (18(20))</source>
        <translation>Конфиденциальность (18(20))</translation>
    </message>
    <message>
        <source>Ask the requested State to keep the request &amp;confidential</source>
        <translation>Просить запрашиваемое государство сохранять запрос в &amp;тайне</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Причины:</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Использовать предложение</translation>
    </message>
    <message>
        <source>Use limitation (18(19))</source>
        <translation>Ограничение использования (18(19))</translation>
    </message>
    <message>
        <source>&amp;Use limitation:</source>
        <translation>&amp;Ограничение использования:</translation>
    </message>
    <message>
        <source>Use su&amp;ggestion</source>
        <translation>Использовать &amp;предложение</translation>
    </message>
    <message>
        <source>Dual criminality (18(9))</source>
        <translation>Обоюдное признание деяния преступлением (18(9))</translation>
    </message>
    <message>
        <source>&amp;Dual criminality:</source>
        <translation>&amp;Обоюдное признание деяния преступлением:</translation>
    </message>
    <message>
        <source>How the conduct is also an offence in the requested State, if it requires it</source>
        <translation>Почему деяние является преступлением и в запрашиваемом государстве, если оно этого требует</translation>
    </message>
    <message>
        <source>Use suggesti&amp;on</source>
        <translation>Использовать пр&amp;едложение</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Взаимность</translation>
    </message>
    <message>
        <source>&amp;Reciprocity:</source>
        <translation>&amp;Взаимность:</translation>
    </message>
    <message>
        <source>Use sugge&amp;stion</source>
        <translation>Использовать предл&amp;ожение</translation>
    </message>
</context>
<context>
    <name>OffencesPage</name>
    <message>
        <source>Offences</source>
        <translation>Преступления</translation>
    </message>
    <message>
        <source>&amp;Add offence</source>
        <translation>&amp;Добавить преступление</translation>
    </message>
    <message>
        <source>Re&amp;move offence</source>
        <translation>&amp;Удалить преступление</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Преступление</translation>
    </message>
    <message>
        <source>&amp;Name of the offence:</source>
        <translation>&amp;Название преступления:</translation>
    </message>
    <message>
        <source>&amp;Legal provision (text):</source>
        <translation>&amp;Правовая норма (текст):</translation>
    </message>
    <message>
        <source>The text of the provision, as in your law</source>
        <translation>Текст нормы в том виде, в каком он содержится в вашем законе</translation>
    </message>
    <message>
        <source>Maximum &amp;penalty (years):</source>
        <translation>Максимальное &amp;наказание (лет):</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Con&amp;vention article:</source>
        <translation>Статья &amp;Конвенции:</translation>
    </message>
    <message>
        <source>Con&amp;duct (ICCS):</source>
        <translation>&amp;Деяние (ICCS):</translation>
    </message>
    <message>
        <source>Remove selected cond&amp;uct</source>
        <translation>Удалить выбранное д&amp;еяние</translation>
    </message>
    <message>
        <source>Find c&amp;onduct:</source>
        <translation>&amp;Найти деяние:</translation>
    </message>
    <message>
        <source>Search the International Classification of Crime for Statistical Purposes</source>
        <translation>Поиск в Международной классификации преступлений для статистических целей</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Совпадения:</translation>
    </message>
    <message>
        <source>Add sele&amp;cted conduct</source>
        <translation>Добавить в&amp;ыбранное деяние</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Output &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>&amp;Render PDF</source>
        <translation>&amp;Сформировать PDF</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>&amp;Подписать…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Сохранить &amp;PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport for translation…</source>
        <translation>Э&amp;кспорт для перевода…</translation>
    </message>
    <message>
        <source>I&amp;mport translation…</source>
        <translation>И&amp;мпорт перевода…</translation>
    </message>
    <message>
        <source>&amp;Translation of the free text into the output language:</source>
        <translation>&amp;Перевод свободного текста на язык документа:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Sen&amp;d…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <source>Put the signed PDFs into an encrypted package for the requested central authority and record it as sent</source>
        <translation>Поместить подписанные PDF в зашифрованный пакет для запрашиваемого центрального органа и записать его как отправленный</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Добавить лицо</translation>
    </message>
    <message>
        <source>Re&amp;move person</source>
        <translation>&amp;Удалить лицо</translation>
    </message>
    <message>
        <source>Person (18(15)(e))</source>
        <translation>Лицо (18(15)(e))</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>In Latin script, as in the identity document</source>
        <translation>Латиницей, как в документе, удостоверяющем личность</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Имена:</translation>
    </message>
    <message>
        <source>Names in &amp;other scripts:</source>
        <translation>Имена в &amp;других письменностях:</translation>
    </message>
    <message>
        <source>One per line: script code, colon, name — e.g. Arab: …</source>
        <translation>По одному в строке: код письменности, двоеточие, имя — например, Arab: …</translation>
    </message>
    <message>
        <source>A&amp;liases:</source>
        <translation>&amp;Псевдонимы:</translation>
    </message>
    <message>
        <source>Separated by semicolons</source>
        <translation>Через точку с запятой</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>Place of &amp;birth:</source>
        <translation>Место &amp;рождения:</translation>
    </message>
    <message>
        <source>&amp;Nationalities:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 codes, separated by spaces</source>
        <translation>Коды ISO 3166 alpha-3 через пробел</translation>
    </message>
    <message>
        <source>Identity &amp;documents:</source>
        <translation>&amp;Документы, удостоверяющие личность:</translation>
    </message>
    <message>
        <source>One per line: type; number; issuing State (ISO3); expiry (yyyy-mm-dd)</source>
        <translation>По одному в строке: вид; номер; государство выдачи (ISO3); срок действия (гггг-мм-дд)</translation>
    </message>
    <message>
        <source>Addr&amp;esses:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>По одному адресу в строке</translation>
    </message>
    <message>
        <source>&amp;Known location:</source>
        <translation>&amp;Известное местонахождение:</translation>
    </message>
    <message>
        <source>Where the person is believed to be</source>
        <translation>Где предположительно находится лицо</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Your &amp;name (comments and history):</source>
        <translation>Ваше &amp;имя (комментарии и история):</translation>
    </message>
    <message>
        <source>&amp;Autosave every (seconds):</source>
        <translation>&amp;Автосохранение каждые (секунд):</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>&amp;Предыдущая страница</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>&amp;Следующая страница</translation>
    </message>
</context>
<context>
    <name>ProceedingsPage</name>
    <message>
        <source>Proceedings</source>
        <translation>Производство</translation>
    </message>
    <message>
        <source>Proceedings (18(15)(b))</source>
        <translation>Производство (18(15)(b))</translation>
    </message>
    <message>
        <source>&amp;Type of proceedings:</source>
        <translation>&amp;Вид производства:</translation>
    </message>
    <message>
        <source>&amp;Subject matter and nature:</source>
        <translation>&amp;Предмет и характер:</translation>
    </message>
    <message>
        <source>What the investigation, prosecution or proceedings are about</source>
        <translation>Чего касается расследование, уголовное преследование или разбирательство</translation>
    </message>
    <message>
        <source>&amp;Conducting authority:</source>
        <translation>&amp;Орган, осуществляющий производство:</translation>
    </message>
    <message>
        <source>Name of the authority conducting them</source>
        <translation>Наименование органа, который его осуществляет</translation>
    </message>
    <message>
        <source>Its &amp;functions:</source>
        <translation>Его &amp;функции:</translation>
    </message>
    <message>
        <source>What that authority does and its powers</source>
        <translation>Чем занимается этот орган и каковы его полномочия</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>&amp;Номер дела:</translation>
    </message>
</context>
<context>
    <name>RequestHtml</name>
    <message>
        <source>(missing)</source>
        <translation>(отсутствует)</translation>
    </message>
    <message>
        <source>Requested State, legal basis, channel, urgency</source>
        <translation>Запрашиваемое государство, правовое основание, канал, срочность</translation>
    </message>
    <message>
        <source>Requesting authority and signatory</source>
        <translation>Запрашивающий орган и подписант</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Производство</translation>
    </message>
    <message>
        <source>Summary of facts</source>
        <translation>Изложение фактов</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Преступления</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <source>Conditions and notes</source>
        <translation>Условия и примечания</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Requested State</source>
        <translation>Запрашиваемое государство</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
    <message>
        <source>yes, by %1</source>
        <translation>да, до %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <translation>Запрашивающее государство</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Subject matter and nature</source>
        <translation>Предмет и характер</translation>
    </message>
    <message>
        <source>Conducting authority</source>
        <translation>Орган, осуществляющий производство</translation>
    </message>
    <message>
        <source>Its functions</source>
        <translation>Его функции</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Номер дела</translation>
    </message>
    <message numerus="yes">
        <source>maximum penalty %n year(s)</source>
        <translation>
            <numerusform>максимальное наказание %n год</numerusform>
            <numerusform>максимальное наказание %n года</numerusform>
            <numerusform>максимальное наказание %n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>maximum penalty unknown</source>
        <translation>максимальное наказание неизвестно</translation>
    </message>
    <message>
        <source>ICCS: %1</source>
        <translation>ICCS: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Процедуры</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>requested: %1</source>
        <translation>запрошена: %1</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>не запрошена</translation>
    </message>
    <message>
        <source>Use limitation</source>
        <translation>Ограничение использования</translation>
    </message>
    <message>
        <source>Dual criminality</source>
        <translation>Обоюдное признание деяния преступлением</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Взаимность</translation>
    </message>
    <message>
        <source>Output language: %1</source>
        <translation>Язык документа: %1</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Co&amp;mment on this section:</source>
        <translation>&amp;Комментарий к этому разделу:</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Добавить &amp;комментарий</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Co&amp;untersign PDF…</source>
        <translation>&amp;Скрепить PDF подписью…</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Сохранить проверку</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Re&amp;turn to drafter…</source>
        <translation>Вер&amp;нуть составителю…</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>Утвер&amp;дить…</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>&amp;Identity file (PKCS#12):</source>
        <translation>&amp;Файл удостоверения (PKCS#12):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Место:</translation>
    </message>
</context>
<context>
    <name>SignatureText</name>
    <message>
        <source>B-B — basic signature, without a timestamp</source>
        <translation>B-B — базовая подпись, без метки времени</translation>
    </message>
    <message>
        <source>B-T — with a trusted timestamp</source>
        <translation>B-T — с доверенной меткой времени</translation>
    </message>
    <message>
        <source>B-LT — with a timestamp and long-term validation data</source>
        <translation>B-LT — с меткой времени и данными для долгосрочной проверки</translation>
    </message>
    <message>
        <source>B-LTA — long-term validation data and a document timestamp</source>
        <translation>B-LTA — данные для долгосрочной проверки и метка времени документа</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address is not a web address. Write it in full, for example https://tsa.example.org/tsr.</source>
        <translation>Адрес службы меток времени не является веб-адресом. Укажите его полностью, например https://tsa.example.org/tsr.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address must start with http:// or https:// (not %1:).</source>
        <translation>Адрес службы меток времени должен начинаться с http:// или https:// (а не с %1:).</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address names no server. Write it in full, for example https://tsa.example.org/tsr.</source>
        <translation>В адресе службы меток времени не указан сервер. Укажите его полностью, например https://tsa.example.org/tsr.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address is too long.</source>
        <translation>Адрес службы меток времени слишком длинный.</translation>
    </message>
    <message numerus="yes">
        <source>Valid: the document is unchanged since this signature, apart from %n later signature(s) and validation data.</source>
        <translation>
            <numerusform>Действительна: документ не изменялся после этой подписи, кроме %n последующей подписи и данных проверки.</numerusform>
            <numerusform>Действительна: документ не изменялся после этой подписи, кроме %n последующих подписей и данных проверки.</numerusform>
            <numerusform>Действительна: документ не изменялся после этой подписи, кроме %n последующих подписей и данных проверки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: the document is unchanged since it was signed.</source>
        <translation>Действительна: документ не изменялся с момента подписания.</translation>
    </message>
    <message>
        <source>Not valid: the signed content or the signature value was altered.</source>
        <translation>Недействительна: подписанное содержимое или значение подписи были изменены.</translation>
    </message>
    <message>
        <source>Not valid: the signed version is intact, but the document was changed after signing: %1</source>
        <translation>Недействительна: подписанная версия не повреждена, но документ изменён после подписания: %1</translation>
    </message>
    <message>
        <source>Not valid: the document is intact, but the signer is not trusted: %1</source>
        <translation>Недействительна: документ не повреждён, но подписавшему нет доверия: %1</translation>
    </message>
    <message>
        <source>Not valid: this signature is not held by any signature field of the document.</source>
        <translation>Недействительна: эта подпись не находится ни в одном поле подписи документа.</translation>
    </message>
    <message>
        <source>Not valid: the signer&apos;s certificate is missing or not meant for signing.</source>
        <translation>Недействительна: сертификат подписавшего отсутствует или не предназначен для подписи.</translation>
    </message>
    <message>
        <source>Not valid: the signer&apos;s certificate was not valid at the time the signature was checked (%1).</source>
        <translation>Недействительна: сертификат подписавшего не был действителен на момент проверки подписи (%1).</translation>
    </message>
    <message>
        <source>Not valid: the signature&apos;s timestamp does not verify.</source>
        <translation>Недействительна: метка времени подписи не проходит проверку.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Недействительна: %1</translation>
    </message>
    <message>
        <source>Not valid: the document was refused because it is larger or more complex than verification allows.</source>
        <translation>Недействителен: документ отклонён, так как он больше или сложнее, чем допускает проверка.</translation>
    </message>
    <message>
        <source>Not valid: the document has no signature.</source>
        <translation>Недействителен: в документе нет подписи.</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) are valid and trusted.</source>
        <translation>
            <numerusform>Все подписи (%n) действительны и доверенные.</numerusform>
            <numerusform>Все %n подписи действительны и доверенные.</numerusform>
            <numerusform>Все %n подписей действительны и доверенные.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid: not every signature is valid and trusted, or the document has problems.</source>
        <translation>Недействителен: не все подписи действительны и доверенные, или в документе есть проблемы.</translation>
    </message>
    <message>
        <source>Signature %1 by %2 — level %3</source>
        <translation>Подпись %1, %2 — уровень %3</translation>
    </message>
    <message>
        <source>A signature with a timestamp needs a timestamp authority. Enter its address in Preferences, or sign at level B-B.</source>
        <translation>Для подписи с меткой времени нужна служба меток времени. Укажите её адрес в параметрах или подпишите на уровне B-B.</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s address (%1) is not valid. Correct it in Preferences.</source>
        <translation>Адрес службы меток времени (%1) недействителен. Исправьте его в параметрах.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 cannot be reached. Check its address in Preferences and the network connection, or try again later. Nothing was signed.</source>
        <translation>Служба меток времени %1 недоступна. Проверьте её адрес в параметрах и сетевое подключение или повторите попытку позже. Ничего не подписано.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer in time. Try again later. Nothing was signed.</source>
        <translation>Служба меток времени %1 не ответила вовремя. Повторите попытку позже. Ничего не подписано.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 refused to give a timestamp. Nothing was signed.</source>
        <translation>Служба меток времени %1 отказалась выдать метку времени. Ничего не подписано.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 did not answer with a timestamp (is the address right?). Nothing was signed.</source>
        <translation>Служба меток времени %1 не вернула метку времени (верен ли адрес?). Ничего не подписано.</translation>
    </message>
    <message>
        <source>The timestamp authority %1 returned a timestamp that fails the checks, so it was not used. Nothing was signed.</source>
        <translation>Служба меток времени %1 вернула метку времени, не прошедшую проверку, поэтому она не использована. Ничего не подписано.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is revoked. Nothing was signed.</source>
        <translation>Сертификат подписавшего отозван. Ничего не подписано.</translation>
    </message>
    <message>
        <source>The smart card or token could not sign: %1</source>
        <translation>Смарт-карта или токен не смогли подписать: %1</translation>
    </message>
    <message>
        <source>The PDF could not be signed: %1</source>
        <translation>Не удалось подписать PDF: %1</translation>
    </message>
    <message>
        <source>Warning: the timestamp authority %1 could not be reached or failed, so the signature was made at level B-B, without a timestamp, as chosen in Preferences. It is not a %2 signature; sign again when the timestamp authority is available.</source>
        <translation>Внимание: служба меток времени %1 недоступна или дала сбой, поэтому подпись сделана на уровне B-B, без метки времени, как выбрано в параметрах. Это не подпись уровня %2; подпишите снова, когда служба меток времени будет доступна.</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Подписание</translation>
    </message>
    <message>
        <source>Signing: asking the timestamp authority %1 for a timestamp. This can take a few seconds…</source>
        <translation>Подписание: запрос метки времени у службы меток времени %1. Это может занять несколько секунд…</translation>
    </message>
    <message>
        <source>Level B-LT needs the revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority. Add them in Preferences, or choose level B-T.</source>
        <translation>Для уровня B-LT нужны списки отзыва (файлы CRL) издателя вашего сертификата и службы меток времени. Добавьте их в параметрах или выберите уровень B-T.</translation>
    </message>
    <message>
        <source>The revocation list %1 cannot be read.</source>
        <translation>Не удаётся прочитать список отзыва %1.</translation>
    </message>
    <message>
        <source>The revocation list %1 is larger than 20 MB.</source>
        <translation>Список отзыва %1 больше 20 МБ.</translation>
    </message>
    <message>
        <source>A revocation list set in Preferences is not a valid CRL file. Nothing was signed.</source>
        <translation>Один из списков отзыва, заданных в параметрах, не является допустимым файлом CRL. Ничего не подписано.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>mlawriter — requests for mutual legal assistance (UNTOC article 18)</source>
        <translation>mlawriter — запросы о взаимной правовой помощи (статья 18 Конвенции против организованной преступности)</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Новый запрос</translation>
    </message>
    <message>
        <source>&amp;New blank request</source>
        <translation>&amp;Новый пустой запрос</translation>
    </message>
    <message>
        <source>&amp;From a sample:</source>
        <translation>&amp;Из образца:</translation>
    </message>
    <message>
        <source>Start from &amp;sample</source>
        <translation>Начать с &amp;образца</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>&amp;Открыть черновик…</translation>
    </message>
    <message>
        <source>Open for re&amp;view…</source>
        <translation>Открыть для &amp;проверки…</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Недавние черновики</translation>
    </message>
    <message>
        <source>Open re&amp;cent draft</source>
        <translation>Открыть &amp;недавний черновик</translation>
    </message>
    <message>
        <source>Recovered drafts</source>
        <translation>Восстановленные черновики</translation>
    </message>
    <message>
        <source>Drafts recovered after the application stopped unexpectedly. Restore one to continue where you left off.</source>
        <translation>Черновики, восстановленные после непредвиденной остановки приложения. Восстановите один из них, чтобы продолжить с того же места.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation>Открыть &amp;пакет…</translation>
    </message>
    <message>
        <source>Decrypt and check a received request package</source>
        <translation>Расшифровать и проверить полученный пакет запроса</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>Просроченные дела</translation>
    </message>
    <message>
        <source>Open the c&amp;ase in the register</source>
        <translation>Открыть &amp;дело в реестре</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Requested State</source>
        <translation>Запрашиваемое государство</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Name in any UN language, or ISO code</source>
        <translation>Название на любом языке ООН или код ISO</translation>
    </message>
    <message>
        <source>What the database knows</source>
        <translation>Что известно базе данных</translation>
    </message>
    <message>
        <source>Legal basis and channel</source>
        <translation>Правовое основание и канал</translation>
    </message>
    <message>
        <source>&amp;I write in:</source>
        <translation>&amp;Я пишу на:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Правовое &amp;основание:</translation>
    </message>
    <message>
        <source>&amp;Treaty:</source>
        <translation>&amp;Договор:</translation>
    </message>
    <message>
        <source>Title of the treaty</source>
        <translation>Название договора</translation>
    </message>
    <message>
        <source>Treaty &amp;article:</source>
        <translation>&amp;Статья договора:</translation>
    </message>
    <message>
        <source>We give an assurance of &amp;reciprocity</source>
        <translation>Мы даем заверение о &amp;взаимности</translation>
    </message>
    <message>
        <source>Trans&amp;national (art. 3):</source>
        <translation>&amp;Транснациональный характер (ст. 3):</translation>
    </message>
    <message>
        <source>Organized criminal &amp;group (art. 2):</source>
        <translation>Организованная преступная &amp;группа (ст. 2):</translation>
    </message>
    <message>
        <source>Scope &amp;explanation:</source>
        <translation>&amp;Обоснование применимости:</translation>
    </message>
    <message>
        <source>Why the offence falls within the Convention (art. 3)</source>
        <translation>Почему преступление подпадает под действие Конвенции (ст. 3)</translation>
    </message>
    <message>
        <source>&amp;Channel (18(13)):</source>
        <translation>&amp;Канал (18(13)):</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Срочно</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>гггг-мм-дд</translation>
    </message>
    <message>
        <source>&amp;Reasons (18(24)):</source>
        <translation>&amp;Причины (18(24)):</translation>
    </message>
    <message>
        <source>Why the request is urgent and what happens if the deadline is missed</source>
        <translation>Почему запрос срочный и что произойдет, если срок будет пропущен</translation>
    </message>
    <message>
        <source>States found</source>
        <translation>Найденные государства</translation>
    </message>
    <message>
        <source>Requirements of the requested State</source>
        <translation>Требования запрашиваемого государства</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The interface translations are provided for convenience and await review by a qualified translator.</source>
        <translation>Переводы интерфейса предоставлены для удобства и ожидают проверки квалифицированным переводчиком.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Wizard</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Pages of the request</source>
        <translation>Страницы запроса</translation>
    </message>
</context>
<context>
    <name>mla::gui::AuthorityPage</name>
    <message>
        <source>Remove logo</source>
        <translation>Убрать логотип</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Сохранить профиль</translation>
    </message>
    <message>
        <source>Name of the profile:</source>
        <translation>Название профиля:</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>Запрашивающий орган</translation>
    </message>
    <message>
        <source>Use profile %1</source>
        <translation>Использовать профиль %1</translation>
    </message>
    <message>
        <source>Set logo</source>
        <translation>Установить логотип</translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation>Логотип бланка</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>Не удалось прочитать изображение.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
</context>
<context>
    <name>mla::gui::CaseDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Событие:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>&amp;Добавить событие…</translation>
    </message>
    <message>
        <source>%1 (%2), %3 → %4
Status: %5
Their reference: %6
Measures: %7
Next action: %8</source>
        <translation>%1 (%2), %3 → %4
Состояние: %5
Их номер: %6
Меры: %7
Следующее действие: %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <source>Add the event “%1” dated %2 to case %3? Events stay in the timeline and the audit log; they cannot be removed.</source>
        <translation>Добавить событие «%1» от %2 к делу %3? События остаются в хронологии и журнале аудита; их нельзя удалить.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Added, with a remark: %1</source>
        <translation>Добавлено, с замечанием: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Добавлено.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Не добавлено: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <source>Send this case&apos;s request as an encrypted package and record it as sent</source>
        <translation>Отправить запрос этого дела зашифрованным пакетом и записать его как отправленный</translation>
    </message>
    <message>
        <source>channel: %1</source>
        <translation>канал: %1</translation>
    </message>
    <message>
        <source>their reference: %1</source>
        <translation>их номер: %1</translation>
    </message>
    <message>
        <source>ground 18(21)(%1)</source>
        <translation>основание 18(21)(%1)</translation>
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
        <translation>отправлен на проверку</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращён</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>получение подтверждено</translation>
    </message>
    <message>
        <source>Not recorded in the case register: %1</source>
        <translation>Не записано в реестр дел: %1</translation>
    </message>
    <message>
        <source>Case %1: “%2” was not recorded: %3</source>
        <translation>Дело %1: «%2» не записано: %3</translation>
    </message>
    <message>
        <source>Case %1: “%2” recorded in the case register.</source>
        <translation>Дело %1: «%2» записано в реестр дел.</translation>
    </message>
    <message>
        <source>This request is not in the case register, and it cannot be registered without a reference (requesting authority).</source>
        <translation>Этого запроса нет в реестре дел, и его нельзя зарегистрировать без номера (запрашивающий орган).</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>Реестр дел</translation>
    </message>
    <message>
        <source>This request is not in the case register yet. Register it as a new outgoing case %1? Its history becomes the case&apos;s timeline, and the next steps are recorded by themselves.</source>
        <translation>Этого запроса ещё нет в реестре дел. Зарегистрировать его как новое исходящее дело %1? Его история станет хронологией дела, а следующие шаги будут записываться сами.</translation>
    </message>
    <message>
        <source>The request was not registered: %1</source>
        <translation>Запрос не зарегистрирован: %1</translation>
    </message>
    <message>
        <source>Registered as case %1 (%2).</source>
        <translation>Зарегистрирован как дело %1 (%2).</translation>
    </message>
    <message>
        <source>Not recorded in the case register: the draft has no reference.</source>
        <translation>Не записано в реестр дел: у проекта нет номера.</translation>
    </message>
</context>
<context>
    <name>mla::gui::ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
</context>
<context>
    <name>mla::gui::ChecksPanel</name>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>%1 (field: %2)</source>
        <translation>%1 (поле: %2)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Замечаний нет.</translation>
    </message>
    <message>
        <source>%1 blocking, %2 warnings, %3 for information.</source>
        <translation>Блокирующих: %1, предупреждений: %2, для сведения: %3.</translation>
    </message>
    <message>
        <source>Open in the &amp;knowledge editor…</source>
        <translation>Открыть в &amp;редакторе сведений…</translation>
    </message>
    <message>
        <source>Opens the knowledge editor at the record that would settle this finding</source>
        <translation>Открывает редактор сведений на записи, которая разрешит это замечание</translation>
    </message>
    <message>
        <source>Findings that something is unknown say here which record would settle them.</source>
        <translation>Для замечаний о том, что что-то неизвестно, здесь указано, какая запись их разрешит.</translation>
    </message>
    <message>
        <source>To settle this, record the %1 record of %2 (with its source).</source>
        <translation>Чтобы разрешить это, внесите запись %1 для %2 (с источником).</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>Куда обратиться: %1</translation>
    </message>
</context>
<context>
    <name>mla::gui::DateField</name>
    <message>
        <source>%1: calendar</source>
        <translation>%1: календарь</translation>
    </message>
    <message>
        <source>Type a date as %1, for example %2, or pick it in the calendar (Alt+Down).</source>
        <translation>Введите дату в виде %1, например %2, или выберите её в календаре (Alt+Вниз).</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>«%1» не является датой.</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Выбрать дату в календаре (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
</context>
<context>
    <name>mla::gui::DraftSession</name>
    <message>
        <source>“%1” is not a date; correct it before saving (nothing was saved)</source>
        <translation>«%1» не является датой; исправьте её перед сохранением (ничего не сохранено)</translation>
    </message>
</context>
<context>
    <name>mla::gui::FactAgeSetting</name>
    <message>
        <source>Facts of the requirements database whose source is older than this are marked as possibly outdated: in the wizard, the findings, the knowledge editor and the addressee of the request.</source>
        <translation>Сведения базы требований, источник которых старше этого срока, помечаются как, возможно, устаревшие: в мастере, замечаниях, редакторе сведений и в адресате запроса.</translation>
    </message>
    <message>
        <source>Facts possibly &amp;outdated after (years):</source>
        <translation>Сведения, возможно, &amp;устарели через (лет):</translation>
    </message>
</context>
<context>
    <name>mla::gui::FactsPage</name>
    <message>
        <source>Summary of facts</source>
        <translation>Изложение фактов</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mla::gui::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Cannot read the trust anchors %1: %2</source>
        <translation>Не удаётся прочитать доверенные сертификаты %1: %2</translation>
    </message>
</context>
<context>
    <name>mla::gui::ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>Предварительный просмотр импорта</translation>
    </message>
    <message>
        <source>Signed by %1 at %2.</source>
        <translation>Подписано: %1, %2.</translation>
    </message>
    <message>
        <source>UNSIGNED package: its origin cannot be checked.</source>
        <translation>НЕПОДПИСАННЫЙ пакет: его происхождение проверить нельзя.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 kept, %4 rejected. Nothing has been written yet.</source>
        <translation>Добавлено: %1, обновлено: %2, сохранено: %3, отклонено: %4. Пока ничего не записано.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Reason or changes (old → new)</source>
        <translation>Причина или изменения (было → стало)</translation>
    </message>
    <message>
        <source>&amp;Import these changes</source>
        <translation>&amp;Импортировать эти изменения</translation>
    </message>
    <message>
        <source>I accept an &amp;unsigned package whose origin cannot be checked</source>
        <translation>Я принимаю &amp;неподписанный пакет, происхождение которого проверить нельзя</translation>
    </message>
</context>
<context>
    <name>mla::gui::ImportReceiptDialog</name>
    <message>
        <source>Receipts (*.mlapr)</source>
        <translation>Подтверждения получения (*.mlapr)</translation>
    </message>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>Пакеты запросов (*.mlap)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Удостоверения (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Сертификаты (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Record in draft…</source>
        <translation>&amp;Записать в черновик…</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Импорт подтверждения получения</translation>
    </message>
    <message>
        <source>&amp;Receipt:</source>
        <translation>&amp;Подтверждение получения:</translation>
    </message>
    <message>
        <source>Package &amp;sent:</source>
        <translation>&amp;Отправленный пакет:</translation>
    </message>
    <message>
        <source>Your &amp;identity (optional, to reopen the package):</source>
        <translation>Ваше &amp;удостоверение (необязательно, чтобы заново открыть пакет):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Additional &amp;trusted certificates:</source>
        <translation>Дополнительные &amp;доверенные сертификаты:</translation>
    </message>
    <message>
        <source>The receipt cannot be checked: %1</source>
        <translation>Подтверждение получения не удаётся проверить: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 не удаётся прочитать, или он слишком велик</translation>
    </message>
    <message>
        <source>Acknowledged: %1 opened package %2 and every check passed.</source>
        <translation>Получение подтверждено: %1 открыл пакет %2, все проверки пройдены.</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>ОТКЛОНЕНО: %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>Ничего не записано: %1</translation>
    </message>
    <message>
        <source>Nothing was recorded: the draft&apos;s reference is not %1.</source>
        <translation>Ничего не записано: номер черновика не %1.</translation>
    </message>
    <message>
        <source>Recorded as acknowledged in %1.</source>
        <translation>Подтверждение получения записано в %1.</translation>
    </message>
    <message>
        <source>Draft of the request</source>
        <translation>Черновик запроса</translation>
    </message>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>Черновики (*.mlar)</translation>
    </message>
    <message>
        <source>Record &quot;acknowledged&quot; in the history of %1? (The previous file is kept as .bak.)</source>
        <translation>Записать «получение подтверждено» в историю %1? (Прежний файл сохраняется как .bak.)</translation>
    </message>
    <message>
        <source>Record in case re&amp;gister…</source>
        <translation>Записать в &amp;реестр дел…</translation>
    </message>
    <message>
        <source>Record “acknowledged” with their reference in case %1 of the case register?</source>
        <translation>Записать «получение подтверждено» с их номером в дело %1 реестра дел?</translation>
    </message>
</context>
<context>
    <name>mla::gui::KnowledgeWindow</name>
    <message>
        <source>edit</source>
        <translation>изменить</translation>
    </message>
    <message>
        <source>add</source>
        <translation>добавить</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>удалить</translation>
    </message>
    <message>
        <source>Knowledge of States</source>
        <translation>Сведения о государствах</translation>
    </message>
    <message>
        <source>Search a State: ISO code or name in any UN language</source>
        <translation>Поиск государства: код ISO или название на любом языке ООН</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Государство:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Дата источника</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Кем проверено</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>&amp;History of the selected record:</source>
        <translation>&amp;История выбранной записи:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>&amp;Пакет</translation>
    </message>
    <message>
        <source>&amp;Export signed package…</source>
        <translation>&amp;Экспортировать подписанный пакет…</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>&amp;Импортировать пакет…</translation>
    </message>
    <message>
        <source>&amp;Trusted publishers…</source>
        <translation>&amp;Доверенные издатели…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>About the &amp;knowledge editor</source>
        <translation>О &amp;редакторе сведений</translation>
    </message>
    <message>
        <source>Each record says what is known of a State, with its source. A section without a record is unknown: verify with the central authority. Every change needs a source; changes can be undone. Packages you export are signed with your identity; packages you import are checked against the publishers you trust, and shown before anything is written.</source>
        <translation>Каждая запись сообщает, что известно о государстве, с указанием источника. Раздел без записи неизвестен: уточните у центрального органа. Любое изменение требует источника; изменения можно отменить. Экспортируемые пакеты подписываются вашей идентичностью; импортируемые проверяются по списку доверенных издателей и показываются до записи.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>%1 — %2 (M49 %3)</source>
        <translation>%1 — %2 (M49 %3)</translation>
    </message>
    <message>
        <source>unknown — nothing recorded; verify with the central authority</source>
        <translation>неизвестно — ничего не записано; уточните у центрального органа</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(нет источника)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source> — possibly outdated</source>
        <translation> — возможно, устарело</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1, signed by %2</source>
        <translation>%1, подписано: %2</translation>
    </message>
    <message>
        <source>No change recorded in this installation.</source>
        <translation>В этой установке изменений не записано.</translation>
    </message>
    <message>
        <source>nothing recorded to remove</source>
        <translation>нечего удалять: ничего не записано</translation>
    </message>
    <message>
        <source>Record not saved</source>
        <translation>Запись не сохранена</translation>
    </message>
    <message>
        <source>Remove the record?</source>
        <translation>Удалить запись?</translation>
    </message>
    <message>
        <source>Remove the %1 record of %2? The section then reads unknown. You can undo this.</source>
        <translation>Удалить запись «%1» для %2? Раздел станет неизвестным. Это можно отменить.</translation>
    </message>
    <message>
        <source>Record not removed</source>
        <translation>Запись не удалена</translation>
    </message>
    <message>
        <source>Export signed package</source>
        <translation>Экспорт подписанного пакета</translation>
    </message>
    <message>
        <source>Signed requirements package (*.mlreq)</source>
        <translation>Подписанный пакет требований (*.mlreq)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не выполнен</translation>
    </message>
    <message>
        <source>Signed package written: %1</source>
        <translation>Подписанный пакет записан: %1</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>Requirements packages (*.mlreq *.xml);;All files (*)</source>
        <translation>Пакеты требований (*.mlreq *.xml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Unsigned package</source>
        <translation>Неподписанный пакет</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Пакет отклонён</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не выполнен</translation>
    </message>
    <message>
        <source>The database has no record of %1.</source>
        <translation>В базе данных нет записи о %1.</translation>
    </message>
    <message>
        <source>No %1 record of %2 yet: Record &gt; Add (Ctrl+N) records one with its source.</source>
        <translation>Записи %1 для %2 пока нет: «Запись &gt; Добавить» (Ctrl+N) вносит её с источником.</translation>
    </message>
    <message>
        <source>Sign the requirements package with your identity. Those who trust your certificate will be able to import it.</source>
        <translation>Подпишите пакет требований своим удостоверением. Те, кто доверяет вашему сертификату, смогут его импортировать.</translation>
    </message>
    <message>
        <source>Requirements package</source>
        <translation>Пакет требований</translation>
    </message>
    <message>
        <source>Which records go into the package?</source>
        <translation>Какие записи включить в пакет?</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Только %1</translation>
    </message>
    <message>
        <source>Every State</source>
        <translation>Все государства</translation>
    </message>
    <message>
        <source>This package is not signed: nobody vouches for it and its origin cannot be checked. Show what it would change anyway?</source>
        <translation>Этот пакет не подписан: никто за него не ручается, и его происхождение нельзя проверить. Всё равно показать, что он изменит?</translation>
    </message>
    <message>
        <source>&amp;Show the unsigned package</source>
        <translation>&amp;Показать неподписанный пакет</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 records added, %2 updated.</source>
        <translation>Записей добавлено: %1, обновлено: %2.</translation>
    </message>
</context>
<context>
    <name>mla::gui::MainWindow</name>
    <message>
        <source>The sample could not be opened.</source>
        <translation>Не удалось открыть образец.</translation>
    </message>
    <message>
        <source>The draft could not be opened.</source>
        <translation>Не удалось открыть черновик.</translation>
    </message>
    <message>
        <source>The recovered draft could not be read.</source>
        <translation>Не удалось прочитать восстановленный черновик.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Сбой автосохранения: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Новый запрос</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>&amp;Открыть черновик…</translation>
    </message>
    <message>
        <source>Open for re&amp;view…</source>
        <translation>Открыть для &amp;проверки…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Close draft</source>
        <translation>&amp;Закрыть черновик</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Следующая страница</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Предыдущая страница</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>П&amp;роверки</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Начальная страница</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Запрос без названия</translation>
    </message>
    <message>
        <source>%1[*] (review) — mlawriter</source>
        <translation>%1[*] (проверка) — mlawriter</translation>
    </message>
    <message>
        <source>%1[*] — mlawriter</source>
        <translation>%1[*] — mlawriter</translation>
    </message>
    <message>
        <source>from the sample %1</source>
        <translation>из образца %1</translation>
    </message>
    <message>
        <source>Recovered draft restored. Save it to keep it.</source>
        <translation>Восстановленный черновик открыт. Сохраните его, чтобы не потерять.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>Черновики (*.mlar)</translation>
    </message>
    <message>
        <source>The draft could not be saved.</source>
        <translation>Не удалось сохранить черновик.</translation>
    </message>
    <message>
        <source>Open a draft for review</source>
        <translation>Открыть черновик для проверки</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Открыть черновик</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>The draft has changes that are not saved. Save them?</source>
        <translation>В черновике есть несохраненные изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>mlawriter</source>
        <translation>mlawriter</translation>
    </message>
    <message>
        <source>This request is signed. If you edit it, the signed PDF no longer matches it: the request goes back to draft and must be signed again.</source>
        <translation>Этот запрос подписан. Если его изменить, подписанный PDF перестанет ему соответствовать: запрос вернётся в черновик и его нужно будет подписать заново.</translation>
    </message>
    <message>
        <source>This request is approved. If you edit it, the approval no longer covers it: the request goes back to draft and needs a new review.</source>
        <translation>Этот запрос утверждён. Если его изменить, утверждение перестанет к нему относиться: запрос вернётся в черновик и потребует новой проверки.</translation>
    </message>
    <message>
        <source>Edit a signed or approved request</source>
        <translation>Изменение подписанного или утверждённого запроса</translation>
    </message>
    <message>
        <source>Edit it?</source>
        <translation>Изменить его?</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>Отправить на про&amp;верку</translation>
    </message>
    <message>
        <source>Send the draft to the reviewer; the case register records it</source>
        <translation>Передать проект проверяющему; реестр дел это записывает</translation>
    </message>
    <message>
        <source>No draft is open for editing.</source>
        <translation>Нет проекта, открытого для редактирования.</translation>
    </message>
    <message>
        <source>Only a draft or a returned request can be submitted; this one is “%1”.</source>
        <translation>Отправить можно только проект или возвращённый запрос; этот — «%1».</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Отправить на проверку</translation>
    </message>
    <message>
        <source>The received request is open read-only, with its checks.</source>
        <translation>Полученный запрос открыт только для чтения, с проверками.</translation>
    </message>
    <message>
        <source>Save the draft first: the package carries the draft as saved.</source>
        <translation>Сначала сохраните проект: пакет содержит проект в сохранённом виде.</translation>
    </message>
</context>
<context>
    <name>mla::gui::MeasureDetailForm</name>
    <message>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (обязательно):</translation>
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
        <translation>Меры</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Добавить меру</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Удалить меру</translation>
    </message>
    <message numerus="yes">
        <source>%1 — article %2. Persons to name: at least %n.</source>
        <translation>
            <numerusform>%1 — статья %2. Необходимо назвать не менее %n лица.</numerusform>
            <numerusform>%1 — статья %2. Необходимо назвать не менее %n лиц.</numerusform>
            <numerusform>%1 — статья %2. Необходимо назвать не менее %n лиц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a measure for each type of assistance you seek.</source>
        <translation>Добавьте меру для каждого вида запрашиваемой помощи.</translation>
    </message>
</context>
<context>
    <name>mla::gui::NotesPage</name>
    <message>
        <source>Conditions and notes</source>
        <translation>Условия и примечания</translation>
    </message>
    <message>
        <source>The database has no suggestion for this State — verify with its central authority.</source>
        <translation>В базе данных нет предложения для этого государства — уточните в его центральном органе.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Предлагается: %1</translation>
    </message>
    <message>
        <source>(The database records: %1)</source>
        <translation>(В базе данных записано: %1)</translation>
    </message>
</context>
<context>
    <name>mla::gui::OffencesPage</name>
    <message>
        <source>Offence %1</source>
        <translation>Преступление %1</translation>
    </message>
    <message>
        <source>Remove conduct</source>
        <translation>Удалить деяние</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Преступления</translation>
    </message>
    <message>
        <source>Add offence</source>
        <translation>Добавить преступление</translation>
    </message>
    <message>
        <source>Remove offence</source>
        <translation>Удалить преступление</translation>
    </message>
    <message>
        <source>Add conduct</source>
        <translation>Добавить деяние</translation>
    </message>
</context>
<context>
    <name>mla::gui::OpenPackageDialog</name>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>Пакеты запросов (*.mlap)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Удостоверения (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Сертификаты (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Extract…</source>
        <translation>&amp;Извлечь…</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>&amp;Составить подтверждение получения…</translation>
    </message>
    <message>
        <source>Open package</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <source>Write receipt</source>
        <translation>Составить подтверждение получения</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Пакет:</translation>
    </message>
    <message>
        <source>Your &amp;identity (PKCS#12):</source>
        <translation>Ваше &amp;удостоверение (PKCS#12):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Additional &amp;trusted certificates:</source>
        <translation>Дополнительные &amp;доверенные сертификаты:</translation>
    </message>
    <message>
        <source>Your &amp;reference:</source>
        <translation>Ваш &amp;номер:</translation>
    </message>
    <message>
        <source>The package cannot be opened: %1</source>
        <translation>Пакет не удаётся открыть: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 не удаётся прочитать, или он слишком велик</translation>
    </message>
    <message>
        <source>Every check passed: the package comes from %1 and nothing in it changed.</source>
        <translation>Все проверки пройдены: пакет получен от %1, и в нём ничего не изменено.</translation>
    </message>
    <message>
        <source>REFUSED: checks failed. Nothing can be extracted. Failed: %1</source>
        <translation>ОТКЛОНЕНО: проверки не пройдены. Извлечь ничего нельзя. Не пройдены: %1</translation>
    </message>
    <message>
        <source>Extracted into %1.</source>
        <translation>Извлечено в %1.</translation>
    </message>
    <message>
        <source>Nothing was extracted: %1</source>
        <translation>Ничего не извлечено: %1</translation>
    </message>
    <message>
        <source>No receipt was written: %1</source>
        <translation>Подтверждение получения не записано: %1</translation>
    </message>
    <message>
        <source>Receipt written to %1. Send it back to the sender.</source>
        <translation>Подтверждение получения записано в %1. Отправьте его отправителю.</translation>
    </message>
    <message>
        <source>Folder to extract into</source>
        <translation>Папка для извлечения</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another folder.</source>
        <translation>%1 уже существует. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Some checks failed. The receipt will tell the sender which. Write it?</source>
        <translation>Некоторые проверки не пройдены. Подтверждение сообщит отправителю, какие. Записать его?</translation>
    </message>
    <message>
        <source>Receipts (*.mlapr)</source>
        <translation>Подтверждения получения (*.mlapr)</translation>
    </message>
    <message>
        <source>Register as inco&amp;ming case…</source>
        <translation>Зарегистрировать как в&amp;ходящее дело…</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>Не зарегистрировано: %1</translation>
    </message>
    <message>
        <source>Registered as incoming case %1 from %2 (their reference %3).</source>
        <translation>Зарегистрировано как входящее дело %1 от %2 (их номер %3).</translation>
    </message>
    <message>
        <source>Register as incoming case</source>
        <translation>Зарегистрировать как входящее дело</translation>
    </message>
    <message>
        <source>Our reference for this request from %1 (their reference %2):</source>
        <translation>Наш номер для этого запроса от %1 (их номер %2):</translation>
    </message>
    <message>
        <source>Open the request&apos;s draft now, read-only, with the checks?</source>
        <translation>Открыть проект запроса сейчас, только для чтения, с проверками?</translation>
    </message>
</context>
<context>
    <name>mla::gui::OutputPage</name>
    <message>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the draft: %n page(s).</source>
        <translation>
            <numerusform>Предварительный просмотр черновика: %n страница.</numerusform>
            <numerusform>Предварительный просмотр черновика: %n страницы.</numerusform>
            <numerusform>Предварительный просмотр черновика: %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not translated into the output language: %1.</source>
        <translation>Не переведено на язык документа: %1.</translation>
    </message>
    <message>
        <source>The fixed text in this language awaits review by a qualified legal translator.</source>
        <translation>Постоянный текст на этом языке ожидает проверки квалифицированным юридическим переводчиком.</translation>
    </message>
    <message numerus="yes">
        <source>The request cannot be signed: %n blocking finding(s) remain. See the checks page.</source>
        <translation>
            <numerusform>Запрос нельзя подписать: осталось %n блокирующее замечание. См. страницу проверок.</numerusform>
            <numerusform>Запрос нельзя подписать: осталось %n блокирующих замечания. См. страницу проверок.</numerusform>
            <numerusform>Запрос нельзя подписать: осталось %n блокирующих замечаний. См. страницу проверок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>The request cannot be signed while blocking findings remain.</source>
        <translation>Запрос нельзя подписать, пока остаются блокирующие замечания.</translation>
    </message>
    <message>
        <source>Sign the request in %1 as %2.</source>
        <translation>Подписать запрос на языке %1 как %2.</translation>
    </message>
    <message>
        <source>Request for mutual legal assistance</source>
        <translation>Запрос о взаимной правовой помощи</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Не удалось сохранить PDF: %1</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не требуется</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Устарел</translation>
    </message>
    <message>
        <source>Draft translation</source>
        <translation>Черновик перевода</translation>
    </message>
    <message>
        <source>Translated, not reviewed</source>
        <translation>Переведено, не проверено</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Проверено</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n field(s) for translation into %1 to %2.</source>
        <translation>
            <numerusform>Для перевода на %1 экспортировано %n поле в %2.</numerusform>
            <numerusform>Для перевода на %1 экспортировано %n поля в %2.</numerusform>
            <numerusform>Для перевода на %1 экспортировано %n полей в %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) not exported (empty or not in the source language).</source>
        <translation>
            <numerusform>%n поле не экспортировано (пустое или не на исходном языке).</numerusform>
            <numerusform>%n поля не экспортировано (пустые или не на исходном языке).</numerusform>
            <numerusform>%n полей не экспортировано (пустые или не на исходном языке).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import translation</source>
        <translation>Импорт перевода</translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) into %1 applied from %2.</source>
        <translation>
            <numerusform>Применён %n перевод на %1 из %2.</numerusform>
            <numerusform>Применено %n перевода на %1 из %2.</numerusform>
            <numerusform>Применено %n переводов на %1 из %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) already in the draft.</source>
        <translation>
            <numerusform>%n единица уже есть в черновике.</numerusform>
            <numerusform>%n единицы уже есть в черновике.</numerusform>
            <numerusform>%n единиц уже есть в черновике.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without a translation.</source>
        <translation>
            <numerusform>%n единица без перевода.</numerusform>
            <numerusform>%n единицы без перевода.</numerusform>
            <numerusform>%n единиц без перевода.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) refused; the draft keeps those fields as they were.</source>
        <translation>
            <numerusform>Отклонена %n единица; в черновике это поле не изменено.</numerusform>
            <numerusform>Отклонено %n единицы; в черновике эти поля не изменены.</numerusform>
            <numerusform>Отклонено %n единиц; в черновике эти поля не изменены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2, field %3: %4</source>
        <translation>Строка %1: %2, поле %3: %4</translation>
    </message>
    <message>
        <source>Export for translation</source>
        <translation>Экспорт для перевода</translation>
    </message>
    <message>
        <source>&amp;Target language:</source>
        <translation>&amp;Язык перевода:</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Язык перевода</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Файлы XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>The file %1 could not be written for translation:
%2</source>
        <translation>Не удалось записать файл %1 для перевода:
%2</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>Файлы XLIFF (*.xlf *.xliff);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The translation in %1 could not be imported:
%2</source>
        <translation>Не удалось импортировать перевод из %1:
%2</translation>
    </message>
    <message>
        <source>The refused units are listed in the details.</source>
        <translation>Отклонённые единицы перечислены в подробностях.</translation>
    </message>
    <message>
        <source>Sign the request</source>
        <translation>Подписать запрос</translation>
    </message>
    <message>
        <source>Language of the request: %1</source>
        <translation>Язык запроса: %1</translation>
    </message>
    <message>
        <source>No open warnings.</source>
        <translation>Нет открытых предупреждений.</translation>
    </message>
    <message numerus="yes">
        <source>%n open warning(s): %1</source>
        <translation>
            <numerusform>%n открытое предупреждение: %1</numerusform>
            <numerusform>%n открытых предупреждения: %1</numerusform>
            <numerusform>%n открытых предупреждений: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Still in the document: %1</source>
        <translation>Всё ещё в документе: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) printed without a translation.</source>
        <translation>
            <numerusform>%n поле напечатано без перевода.</numerusform>
            <numerusform>%n поля напечатаны без перевода.</numerusform>
            <numerusform>%n полей напечатаны без перевода.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document names %1 as signatory, but the certificate belongs to %2.</source>
        <translation>В документе подписантом указан %1, но сертификат принадлежит %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Signatory and certificate holder: %1</source>
        <translation>Подписант и владелец сертификата: %1</translation>
    </message>
    <message>
        <source>Sign now?</source>
        <translation>Подписать сейчас?</translation>
    </message>
    <message>
        <source>Signed by %1 at level %2. Save the PDF to send it.</source>
        <translation>Подписано: %1, уровень %2. Сохраните PDF, чтобы отправить его.</translation>
    </message>
    <message>
        <source>Signed without a timestamp</source>
        <translation>Подписано без метки времени</translation>
    </message>
    <message>
        <source>Signature level: %1</source>
        <translation>Уровень подписи: %1</translation>
    </message>
</context>
<context>
    <name>mla::gui::PersonsPage</name>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Person %1 (%2)</source>
        <translation>Лицо %1 (%2)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Добавить лицо</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Удалить лицо</translation>
    </message>
</context>
<context>
    <name>mla::gui::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>The timestamp authority&apos;s web address (http:// or https://). It certifies the time of each signature at levels B-T and B-LT.</source>
        <translation>Веб-адрес службы меток времени (http:// или https://). Она удостоверяет время каждой подписи на уровнях B-T и B-LT.</translation>
    </message>
    <message>
        <source>&amp;Timestamp authority:</source>
        <translation>&amp;Служба меток времени:</translation>
    </message>
    <message>
        <source>Default signature le&amp;vel:</source>
        <translation>&amp;Уровень подписи по умолчанию:</translation>
    </message>
    <message>
        <source>If the timestamp authority cannot be reached, sign &amp;without a timestamp (B-B) and warn me</source>
        <translation>Если служба меток времени недоступна, подписывать &amp;без метки времени (B-B) и предупреждать меня</translation>
    </message>
    <message>
        <source>Level %1 needs a timestamp authority: enter its address, or choose level B-B.</source>
        <translation>Для уровня %1 нужна служба меток времени: укажите её адрес или выберите уровень B-B.</translation>
    </message>
    <message>
        <source>The certificate revocation lists (CRL files) of your certificate&apos;s issuer and of the timestamp authority, stored in the PDF at level B-LT so that the signature can be checked years later. Separate several files with &quot;;&quot;.</source>
        <translation>Списки отзыва сертификатов (файлы CRL) издателя вашего сертификата и службы меток времени; на уровне B-LT они сохраняются в PDF, чтобы подпись можно было проверить и через годы. Несколько файлов разделяйте знаком «;».</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Revocation lists</source>
        <translation>Списки отзыва</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der)</source>
        <translation>Списки отзыва (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>&amp;Revocation lists for B-LT:</source>
        <translation>&amp;Списки отзыва для B-LT:</translation>
    </message>
</context>
<context>
    <name>mla::gui::PreviewWidget</name>
    <message>
        <source>No preview yet.</source>
        <translation>Предварительного просмотра пока нет.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>The PDF could not be read: %1</source>
        <translation>Не удалось прочитать PDF: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>mla::gui::ProceedingsPage</name>
    <message>
        <source>Proceedings</source>
        <translation>Производство</translation>
    </message>
</context>
<context>
    <name>mla::gui::PublishersDialog</name>
    <message>
        <source>Trusted publishers</source>
        <translation>Доверенные издатели</translation>
    </message>
    <message>
        <source>Signed requirements packages are imported only from these publishers. Before adding one, compare its fingerprint with the publisher through another channel (a call, a letter).</source>
        <translation>Подписанные пакеты требований импортируются только от этих издателей. Прежде чем добавить издателя, сверьте с ним отпечаток по другому каналу (звонок, письмо).</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Отпечаток SHA-256</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>No trusted publisher: every signed package is refused.</source>
        <translation>Доверенных издателей нет: любой подписанный пакет отклоняется.</translation>
    </message>
    <message>
        <source>&amp;Add a certificate…</source>
        <translation>&amp;Добавить сертификат…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Publisher&apos;s certificate</source>
        <translation>Сертификат издателя</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Сертификаты (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Не добавлено</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>Это не сертификат</translation>
    </message>
    <message>
        <source>Trust this publisher?</source>
        <translation>Доверять этому издателю?</translation>
    </message>
    <message>
        <source>Publisher: %1
Valid until: %2
SHA-256 fingerprint:
%3

Compare the fingerprint with the publisher through another channel. Packages signed with this certificate will be imported after a preview. Trust it?</source>
        <translation>Издатель: %1
Действителен до: %2
Отпечаток SHA-256:
%3

Сверьте отпечаток с издателем по другому каналу. Пакеты, подписанные этим сертификатом, будут импортироваться после предварительного просмотра. Доверять ему?</translation>
    </message>
    <message>
        <source>&amp;Trust this publisher</source>
        <translation>&amp;Доверять этому издателю</translation>
    </message>
    <message>
        <source>Remove the publisher?</source>
        <translation>Удалить издателя?</translation>
    </message>
    <message>
        <source>Stop trusting %1?
Packages it signed will be refused from now on; records already imported stay.</source>
        <translation>Перестать доверять %1?
Подписанные им пакеты отныне будут отклоняться; уже импортированные записи сохранятся.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>mla::gui::RecordDialog</name>
    <message>
        <source>Add a record</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Edit a record</source>
        <translation>Изменить запись</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Вид записи:</translation>
    </message>
    <message>
        <source>required: the document, notification, page or call this rests on</source>
        <translation>обязательно: документ, уведомление, страница или звонок, на которых основана запись</translation>
    </message>
    <message>
        <source>yyyy-mm-dd: the date the source speaks for</source>
        <translation>гггг-мм-дд: дата, к которой относится источник</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>гггг-мм-дд</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Source &amp;date:</source>
        <translation>&amp;Дата источника:</translation>
    </message>
    <message>
        <source>&amp;Verified on:</source>
        <translation>&amp;Дата проверки:</translation>
    </message>
    <message>
        <source>Verified &amp;by:</source>
        <translation>&amp;Кем проверено:</translation>
    </message>
    <message>
        <source>unknown — verify</source>
        <translation>неизвестно — проверить</translation>
    </message>
    <message>
        <source>A source is required: say what this record rests on.</source>
        <translation>Нужен источник: укажите, на чём основана эта запись.</translation>
    </message>
    <message>
        <source>Dates are written yyyy-mm-dd: &apos;%1&apos;.</source>
        <translation>Даты пишутся в виде гггг-мм-дд: «%1».</translation>
    </message>
</context>
<context>
    <name>mla::gui::RecoveryDialog</name>
    <message>
        <source>Recovered drafts</source>
        <translation>Восстановленные черновики</translation>
    </message>
    <message>
        <source>mlawriter was not closed properly. These drafts were saved automatically and can be restored; restore one to continue where you stopped.</source>
        <translation>mlawriter был закрыт некорректно. Эти черновики сохранены автоматически и могут быть восстановлены; восстановите один, чтобы продолжить с того места, где вы остановились.</translation>
    </message>
    <message>
        <source>&amp;Recovered drafts:</source>
        <translation>&amp;Восстановленные черновики:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Вос&amp;становить</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Discard the recovered draft</source>
        <translation>Удалить восстановленный черновик</translation>
    </message>
    <message>
        <source>Discard this recovered draft? It cannot be restored afterwards.</source>
        <translation>Удалить этот восстановленный черновик? Восстановить его потом будет нельзя.</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Запрос без названия</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>ни разу не сохранён</translation>
    </message>
    <message>
        <source>%1 — %2, saved %3</source>
        <translation>%1 — %2, сохранён %3</translation>
    </message>
</context>
<context>
    <name>mla::gui::RegisterWindow</name>
    <message>
        <source>Case register</source>
        <translation>Реестр дел</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Search our or their reference</source>
        <translation>Поиск по нашему или их номеру</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Наш номер</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Их номер</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Other State</source>
        <translation>Другое государство</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Следующее действие</translation>
    </message>
    <message>
        <source>The register cannot be opened: %1</source>
        <translation>Не удаётся открыть реестр: %1</translation>
    </message>
    <message>
        <source>Case &amp;register…</source>
        <translation>&amp;Реестр дел…</translation>
    </message>
    <message>
        <source>All cases (%1)</source>
        <translation>Все дела (%1)</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Открытые (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Просроченные (%1)</translation>
    </message>
    <message>
        <source>Due within 7 days (%1)</source>
        <translation>Срок в течение 7 дней (%1)</translation>
    </message>
    <message>
        <source>No next action (%1)</source>
        <translation>Без следующего действия (%1)</translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>Не удаётся прочитать реестр: %1</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>ПРОСРОЧЕНО %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matching cases in %3</source>
        <translation>Показано %1 из %2 подходящих дел в %3</translation>
    </message>
    <message>
        <source>Register a received &amp;PDF…</source>
        <translation>Зарегистрировать полученный &amp;PDF…</translation>
    </message>
    <message>
        <source>A signed request PDF that carries its draft becomes an incoming case</source>
        <translation>Подписанный PDF запроса, содержащий свой проект, становится входящим делом</translation>
    </message>
    <message>
        <source>Received signed PDF</source>
        <translation>Полученный подписанный PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Our reference for the request in %1:</source>
        <translation>Наш номер для запроса в %1:</translation>
    </message>
    <message>
        <source>Open the request&apos;s draft now, read-only, with the checks?</source>
        <translation>Открыть проект запроса сейчас, только для чтения, с проверками?</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>Не зарегистрировано: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 не удаётся прочитать, или он слишком велик</translation>
    </message>
    <message>
        <source>Registered as incoming case %1 from %2 (their reference %3).</source>
        <translation>Зарегистрировано как входящее дело %1 от %2 (их номер %3).</translation>
    </message>
</context>
<context>
    <name>mla::gui::ReviewView</name>
    <message>
        <source>The request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Comments — %1</source>
        <translation>Комментарии — %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <source>&lt;p&gt;No comments yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Комментариев пока нет.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — status: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — статус: %2</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Комментарий пуст.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n открытый комментарий</numerusform>
            <numerusform>%n открытых комментария</numerusform>
            <numerusform>%n открытых комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request cannot be approved while %n blocking finding(s) remain; return it to the drafter.</source>
        <translation>
            <numerusform>Запрос нельзя утвердить, пока остается %n блокирующее замечание; верните его составителю.</numerusform>
            <numerusform>Запрос нельзя утвердить, пока остаются %n блокирующих замечания; верните его составителю.</numerusform>
            <numerusform>Запрос нельзя утвердить, пока остаются %n блокирующих замечаний; верните его составителю.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signed request to countersign</source>
        <translation>Подписанный запрос для скрепления подписью</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Countersign %1 on behalf of the central authority.</source>
        <translation>Скрепить подписью %1 от имени центрального органа.</translation>
    </message>
    <message>
        <source>Approved by the central authority</source>
        <translation>Утверждено центральным органом</translation>
    </message>
    <message>
        <source>Save countersigned PDF</source>
        <translation>Сохранить PDF, скрепленный подписью</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>Скрепить подписью</translation>
    </message>
    <message>
        <source>The PDF could not be countersigned: %1</source>
        <translation>Не удалось скрепить PDF подписью: %1</translation>
    </message>
    <message>
        <source>Return to the drafter</source>
        <translation>Вернуть составителю</translation>
    </message>
    <message>
        <source>Return the request to the drafter with your comments? The drafter sees them on the pages they are about.</source>
        <translation>Вернуть запрос составителю с вашими комментариями? Составитель увидит их на тех страницах, к которым они относятся.</translation>
    </message>
    <message>
        <source>Approve the request</source>
        <translation>Утвердить запрос</translation>
    </message>
    <message>
        <source>Approve this version of the request? If it is edited afterwards, it goes back to draft and needs a new review.</source>
        <translation>Утвердить эту версию запроса? Если его потом изменят, он вернётся в черновик и потребует новой проверки.</translation>
    </message>
    <message>
        <source>The PDF could not be checked: %1</source>
        <translation>Не удалось проверить PDF: %1</translation>
    </message>
    <message>
        <source>The PDF is not signed; only a request signed by the drafter can be countersigned.</source>
        <translation>PDF не подписан; контрассигновать можно только запрос, подписанный составителем.</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature does not verify (the file was changed or damaged): %1</source>
        <translation>Подпись PDF не проходит проверку (файл изменён или повреждён): %1</translation>
    </message>
    <message>
        <source>The PDF does not say which draft it was made from, so it cannot be shown to be the request under review. Ask the drafter to sign it again from this draft.</source>
        <translation>В PDF не указано, из какого черновика он создан, поэтому нельзя показать, что это проверяемый запрос. Попросите составителя подписать его заново из этого черновика.</translation>
    </message>
    <message>
        <source>The PDF was made from another version of the draft than the one under review. Ask the drafter to sign the current version.</source>
        <translation>PDF создан из другой версии черновика, чем проверяемая. Попросите составителя подписать текущую версию.</translation>
    </message>
    <message>
        <source>Open the draft under review first.</source>
        <translation>Сначала откройте проверяемый черновик.</translation>
    </message>
    <message>
        <source>Validation &amp;report…</source>
        <translation>&amp;Отчёт о проверке…</translation>
    </message>
    <message>
        <source>Check the signatures of a signed PDF and save a validation report to file with it</source>
        <translation>Проверить подписи подписанного PDF и сохранить отчёт о проверке, чтобы подшить его к документу</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>Не удалось прочитать PDF.</translation>
    </message>
    <message>
        <source>The validation report could not be saved: %1</source>
        <translation>Не удалось сохранить отчёт о проверке: %1</translation>
    </message>
    <message>
        <source>Signed PDF to check</source>
        <translation>Подписанный PDF для проверки</translation>
    </message>
    <message>
        <source>-validation-report</source>
        <translation>-отчёт-о-проверке</translation>
    </message>
    <message>
        <source>Save the validation report</source>
        <translation>Сохранить отчёт о проверке</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>Отчёт о проверке</translation>
    </message>
    <message>
        <source>The validation report was saved as %1.</source>
        <translation>Отчёт о проверке сохранён как %1.</translation>
    </message>
    <message>
        <source>Countersigned without a timestamp</source>
        <translation>Скреплено подписью без метки времени</translation>
    </message>
</context>
<context>
    <name>mla::gui::ScreenshotTour</name>
    <message>
        <source>Sign the request as the signatory.</source>
        <translation>Подпишите запрос как подписант.</translation>
    </message>
    <message>
        <source>Please state the period of the records for each account.</source>
        <translation>Укажите период, за который нужны документы по каждому счету.</translation>
    </message>
</context>
<context>
    <name>mla::gui::SendPackageDialog</name>
    <message>
        <source>Drafts (*.mlar)</source>
        <translation>Черновики (*.mlar)</translation>
    </message>
    <message>
        <source>Identities (*.p12 *.pfx)</source>
        <translation>Удостоверения (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Use AES-256-CBC (EnvelopedData) for recipients whose software needs it</source>
        <translation>Использовать AES-256-CBC (EnvelopedData) для получателей, чьё ПО этого требует</translation>
    </message>
    <message>
        <source>&amp;Create package…</source>
        <translation>&amp;Создать пакет…</translation>
    </message>
    <message>
        <source>Send request package</source>
        <translation>Отправка пакета запроса</translation>
    </message>
    <message>
        <source>&amp;Recipient certificates:</source>
        <translation>Сертификаты &amp;получателей:</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Сертификаты (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signed request &amp;PDFs:</source>
        <translation>Подписанные &amp;PDF запроса:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Draft (optional):</source>
        <translation>&amp;Черновик (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Приложения:</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Your &amp;identity (PKCS#12):</source>
        <translation>Ваше &amp;удостоверение (PKCS#12):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>No package was written: %1</source>
        <translation>Пакет не записан: %1</translation>
    </message>
    <message>
        <source>add at least one recipient certificate and one signed PDF</source>
        <translation>добавьте хотя бы один сертификат получателя и один подписанный PDF</translation>
    </message>
    <message>
        <source>%1 cannot be read or is too large</source>
        <translation>%1 не удаётся прочитать, или он слишком велик</translation>
    </message>
    <message>
        <source>Package %1 written to %2 (%3 files). Only the chosen recipients can open it.</source>
        <translation>Пакет %1 записан в %2 (файлов: %3). Открыть его могут только выбранные получатели.</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <source>Request packages (*.mlap)</source>
        <translation>Пакеты запросов (*.mlap)</translation>
    </message>
    <message>
        <source>Record “sent” in the case re&amp;gister</source>
        <translation>Записать «отправлен» в &amp;реестр дел</translation>
    </message>
    <message>
        <source>Central authority to central authority</source>
        <translation>От центрального органа центральному органу</translation>
    </message>
    <message>
        <source>Diplomatic channels</source>
        <translation>Дипломатические каналы</translation>
    </message>
    <message>
        <source>INTERPOL (urgent)</source>
        <translation>Интерпол (срочно)</translation>
    </message>
    <message>
        <source>C&amp;hannel (18(13)):</source>
        <translation>&amp;Канал (18(13)):</translation>
    </message>
</context>
<context>
    <name>mla::gui::SignDialog</name>
    <message>
        <source>Signing identity</source>
        <translation>Удостоверение для подписи</translation>
    </message>
    <message>
        <source>PKCS#12 identities (*.p12 *.pfx)</source>
        <translation>Удостоверения PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>The identity file could not be read.</source>
        <translation>Не удалось прочитать файл удостоверения.</translation>
    </message>
    <message>
        <source>The certificate is not valid now.</source>
        <translation>Сертификат в настоящее время недействителен.</translation>
    </message>
    <message>
        <source>The identity cannot be used for signing: %1</source>
        <translation>Удостоверение нельзя использовать для подписи: %1</translation>
    </message>
    <message>
        <source>Identity file (PKCS#12)</source>
        <translation>Файл удостоверения (PKCS#12)</translation>
    </message>
    <message>
        <source>Smart card or token (PKCS#11)</source>
        <translation>Смарт-карта или токен (PKCS#11)</translation>
    </message>
    <message>
        <source>&amp;Key on:</source>
        <translation>&amp;Ключ на:</translation>
    </message>
    <message>
        <source>The PKCS#11 library of the card reader or token (p11-kit&apos;s proxy reaches every configured one)</source>
        <translation>Библиотека PKCS#11 считывателя карт или токена (прокси p11-kit обращается ко всем настроенным)</translation>
    </message>
    <message>
        <source>PKCS#11 &amp;module:</source>
        <translation>&amp;Модуль PKCS#11:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Сертификат:</translation>
    </message>
    <message>
        <source>The PKCS#11 module could not be loaded: %1</source>
        <translation>Не удалось загрузить модуль PKCS#11: %1</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>подписи</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>аутентификации</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 certificate)</source>
        <translation>%1 — %2 (сертификат %3)</translation>
    </message>
    <message>
        <source>No smart card or token with a certificate fit for signing was found. Insert the card and choose Refresh.</source>
        <translation>Не найдено смарт-карты или токена с сертификатом, пригодным для подписи. Вставьте карту и нажмите «Обновить».</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-код:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Enter the PIN on the reader&apos;s keypad</source>
        <translation>Введите PIN-код на клавиатуре считывателя</translation>
    </message>
    <message>
        <source>Choose a certificate on a smart card or token.</source>
        <translation>Выберите сертификат на смарт-карте или токене.</translation>
    </message>
    <message>
        <source>The PIN is wrong. After too many wrong PINs the card locks it.</source>
        <translation>Неверный PIN-код. После слишком многих неверных попыток карта его блокирует.</translation>
    </message>
    <message>
        <source>The PIN of this card is locked. It must be unlocked with the PUK or by the card&apos;s issuer.</source>
        <translation>PIN-код этой карты заблокирован. Его нужно разблокировать PUK-кодом или у выпустившей карту организации.</translation>
    </message>
    <message>
        <source>The smart card or token is not present. Insert it and choose Refresh.</source>
        <translation>Смарт-карта или токен отсутствует. Вставьте её и нажмите «Обновить».</translation>
    </message>
    <message>
        <source>The key on the card cannot be used for signing: %1</source>
        <translation>Ключ на карте нельзя использовать для подписи: %1</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Signature &amp;level:</source>
        <translation>&amp;Уровень подписи:</translation>
    </message>
    <message>
        <source>Without a timestamp: the signing time is only what this computer&apos;s clock says.</source>
        <translation>Без метки времени: время подписания — лишь то, что показывают часы этого компьютера.</translation>
    </message>
    <message>
        <source>No timestamp authority is set. Enter its address in Preferences, or choose level B-B.</source>
        <translation>Служба меток времени не задана. Укажите её адрес в параметрах или выберите уровень B-B.</translation>
    </message>
    <message>
        <source>Timestamp from %1. If it cannot be reached, the signature is made at B-B and you are warned.</source>
        <translation>Метка времени от %1. Если служба недоступна, подпись делается на уровне B-B, и вы получите предупреждение.</translation>
    </message>
    <message>
        <source>Timestamp from %1. If it cannot be reached, nothing is signed.</source>
        <translation>Метка времени от %1. Если служба недоступна, ничего не подписывается.</translation>
    </message>
    <message>
        <source>Level %1 needs a timestamp authority. Enter its address in Preferences, or choose level B-B.</source>
        <translation>Для уровня %1 нужна служба меток времени. Укажите её адрес в параметрах или выберите уровень B-B.</translation>
    </message>
</context>
<context>
    <name>mla::gui::StartPage</name>
    <message>
        <source>Untitled request</source>
        <translation>Запрос без названия</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>не сохранялся</translation>
    </message>
    <message>
        <source>%1 (%2) — saved %3</source>
        <translation>%1 (%2) — сохранено %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
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
        <translation>Запрашиваемое государство</translation>
    </message>
    <message>
        <source>%1 (not in the database)</source>
        <translation>%1 (нет в базе данных)</translation>
    </message>
    <message>
        <source>No State chosen yet.</source>
        <translation>Государство еще не выбрано.</translation>
    </message>
    <message>
        <source>Requested State: %1 (%2)</source>
        <translation>Запрашиваемое государство: %1 (%2)</translation>
    </message>
    <message>
        <source>Open in the &amp;knowledge editor…</source>
        <translation>Открыть в &amp;редакторе сведений…</translation>
    </message>
    <message>
        <source>See, correct or complete what the database records of this State, with sources</source>
        <translation>Просмотреть, исправить или дополнить сведения базы данных об этом государстве, с источниками</translation>
    </message>
</context>
<context>
    <name>mla::gui::TransmitMenu</name>
    <message>
        <source>&amp;Transmission</source>
        <translation>&amp;Передача</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <source>Put signed request PDFs into an encrypted package for the requested central authority</source>
        <translation>Поместить подписанные PDF запроса в зашифрованный пакет для запрашиваемого центрального органа</translation>
    </message>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;Открыть пакет…</translation>
    </message>
    <message>
        <source>Decrypt and check a received package, then extract it into a new folder</source>
        <translation>Расшифровать и проверить полученный пакет, затем извлечь его в новую папку</translation>
    </message>
    <message>
        <source>&amp;Write receipt…</source>
        <translation>&amp;Составить подтверждение получения…</translation>
    </message>
    <message>
        <source>Check a received package and write a signed receipt for the sender</source>
        <translation>Проверить полученный пакет и составить подписанное подтверждение получения для отправителя</translation>
    </message>
    <message>
        <source>&amp;Import receipt…</source>
        <translation>&amp;Импортировать подтверждение получения…</translation>
    </message>
    <message>
        <source>Check a receipt against the package sent and record the acknowledgement</source>
        <translation>Проверить подтверждение получения по отправленному пакету и записать его</translation>
    </message>
</context>
<context>
    <name>mla::gui::UserDialog</name>
    <message>
        <source>About you</source>
        <translation>О вас</translation>
    </message>
    <message>
        <source>Your name is recorded in the history of each request and with your review comments. You can change your name later in Preferences.</source>
        <translation>Ваше имя записывается в историю каждого запроса и в ваши комментарии при проверке. Имя можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Ведомство:</translation>
    </message>
    <message>
        <source>e.g. Anna Schmidt</source>
        <translation>например, Анна Шмидт</translation>
    </message>
    <message>
        <source>e.g. Public prosecutor</source>
        <translation>например, прокурор</translation>
    </message>
    <message>
        <source>e.g. Public Prosecutor&apos;s Office, Frankfurt am Main</source>
        <translation>например, прокуратура Франкфурта-на-Майне</translation>
    </message>
</context>
<context>
    <name>mla::gui::Wizard</name>
    <message>
        <source>Pages of the request</source>
        <translation>Страницы запроса</translation>
    </message>
    <message>
        <source>Nothing essential is missing on this page.</source>
        <translation>На этой странице не хватает ничего существенного.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Essential information missing on this page:</source>
        <translation>На этой странице не хватает существенных сведений:</translation>
    </message>
    <message>
        <source>Press Next again to continue anyway. You can save an incomplete draft and complete it later.</source>
        <translation>Нажмите «Далее» еще раз, чтобы все равно продолжить. Незавершенный черновик можно сохранить и дополнить позже.</translation>
    </message>
    <message>
        <source>Continue &amp;anyway</source>
        <translation>&amp;Все равно продолжить</translation>
    </message>
    <message>
        <source>The reviewer returned this request for changes.</source>
        <translation>Проверяющий вернул этот запрос на доработку.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comments on this page:</source>
        <translation>Комментарии проверяющего к этой странице:</translation>
    </message>
</context>
<context>
    <name>mla::gui::WizardPage</name>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
</context>
</TS>

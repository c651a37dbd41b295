// The state bodies of the CSTO members, Uzbekistan and Azerbaijan that reports name: parliaments
// and their chambers, security services, interior and emergencies ministries, general staffs and
// border services, each with its country a place of its own; and the names that stay out because
// other states' bodies share them.
import * as assert from 'node:assert/strict';
import { bundledRecognizer } from './namesFound';

/** Each mention's text and entity, candidates included (without an entity), as the editor shows them. */
function found(text: string): [string, string | undefined][] {
  return bundledRecognizer().recognize(text).map((m) => [m.text, m.id]);
}

function idsFound(text: string): (string | undefined)[] {
  return found(text).map(([, id]) => id);
}

describe('state bodies of the region', () => {
  it('finds a security service by its state’s adjective and its acronym, the adjective in the name, where the acronym alone may be another state’s', () => {
    assert.deepEqual(found('The Armenian NSS, the Kyrgyz GKNB and the Tajik GKNB replied; the Russian FSB did not.'), [
      ['Armenian NSS', 'organization:armenia-national-security-service'],
      ['Kyrgyz GKNB', 'organization:kyrgyzstan-state-committee-for-national-security'],
      ['Tajik GKNB', 'organization:tajikistan-state-committee-for-national-security'],
      ['Russian FSB', 'organization:russia-fsb'],
    ]);
    // Another state's adjective names no body.
    assert.deepEqual(found('The Armenian GKNB replied.'), []);
  });

  it('finds Russia’s parliament and its chambers in three languages and in Russian cases', () => {
    assert.deepEqual(found('Законопроект внесли в Госдуму, затем его одобрил Совет Федерации; депутаты Государственной думы РФ спорили.'), [
      ['Госдуму', 'organization:russia-state-duma'],
      ['Совет Федерации', 'organization:russia-federation-council'],
      ['Государственной думы', 'organization:russia-state-duma'],
      ['РФ', 'place:russia'],
    ]);
    assert.deepEqual(found('The State Duma and the Federation Council of Russia met; la Duma di Stato ha votato.'), [
      ['State Duma', 'organization:russia-state-duma'],
      ['Federation Council', 'organization:russia-federation-council'],
      ['Russia', 'place:russia'],
      ['Duma di Stato', 'organization:russia-state-duma'],
    ]);
    assert.deepEqual(found('Члены Федерального собрания Российской Федерации.'), [
      ['Федерального собрания', 'organization:russia-federal-assembly'],
      ['Российской Федерации', 'place:russia'],
    ]);
    // A city's or a region's duma is not the State Duma.
    assert.ok(!idsFound('Московская городская дума заседала; the Moscow City Duma voted; областная дума приняла бюджет.').includes('organization:russia-state-duma'));
  });

  it('finds the other states’ parliaments and chambers, a Belarusian chamber down to its assembly and country', () => {
    assert.deepEqual(found('Депутаты Жогорку Кенеша, Маджлиси Оли, Олий Мажлиса и Милли Меджлиса встретились.'), [
      ['Жогорку Кенеша', 'organization:kyrgyzstan-jogorku-kenesh'],
      ['Маджлиси Оли', 'organization:tajikistan-majlisi-oli'],
      ['Олий Мажлиса', 'organization:uzbekistan-oliy-majlis'],
      ['Милли Меджлиса', 'organization:azerbaijan-milli-majlis'],
    ]);
    assert.deepEqual(found('Спикер Палаты представителей Национального собрания Республики Беларусь и делегаты Всебелорусского народного собрания.'), [
      ['Палаты представителей', 'organization:belarus-house-of-representatives'],
      ['Национального собрания', 'organization:belarus-national-assembly'],
      ['Республики Беларусь', 'place:belarus'],
      ['Всебелорусского народного собрания', 'organization:belarus-all-belarusian-peoples-assembly'],
    ]);
    // Another country's House of Representatives, and a council of a Russian republic, are not Belarus's.
    // Tatarstan's own State Council is a body the knowledge base does not know, not Russia's.
    assert.deepEqual(found('Палата представителей США проголосовала. Государственный совет Республики Татарстан заседал.'), [
      ['США', 'place:united-states'],
      ['Государственный совет', undefined],
      ['Республики Татарстан', 'place:tatarstan'],
    ]);
  });

  it('finds the security services, the acronym before its country, and not the Soviet KGB', () => {
    assert.deepEqual(found('КГБ Беларуси задержал блогера; Служба национальной безопасности Армении возбудила дело; сотрудники СГБ Узбекистана и Службы государственной безопасности Азербайджана.'), [
      ['КГБ', 'organization:belarus-kgb'],
      ['Беларуси', 'place:belarus'],
      ['Служба национальной безопасности', 'organization:armenia-national-security-service'],
      ['Армении', 'place:armenia'],
      ['СГБ', 'organization:uzbekistan-state-security-service'],
      ['Узбекистана', 'place:uzbekistan'],
      ['Службы государственной безопасности', 'organization:azerbaijan-state-security-service'],
      ['Азербайджана', 'place:azerbaijan'],
    ]);
    assert.deepEqual(found("The Belarusian KGB and Armenia's National Security Service replied; il KGB bielorusso ha risposto."), [
      ['Belarusian KGB', 'organization:belarus-kgb'],
      ['Armenia', 'place:armenia'],
      ['National Security Service', 'organization:armenia-national-security-service'],
      ['KGB bielorusso', 'organization:belarus-kgb'],
    ]);
    assert.deepEqual(found('Архивы КГБ СССР открыли. The KGB archives were opened. В СНБ США заявили.'), [
      ['СССР', 'place:soviet-union'],
      ['США', 'place:united-states'],
    ]);
  });

  it('takes the country’s demonym written after a body into its mention, where the knowledge base lists the name without it', () => {
    assert.deepEqual(found('Il Jogorku Kenesh kirghiso e il Majlisi Oli tagiko hanno votato; il Mazhilis kazako no.'), [
      ['Jogorku Kenesh kirghiso', 'organization:kyrgyzstan-jogorku-kenesh'],
      ['Majlisi Oli tagiko', 'organization:tajikistan-majlisi-oli'],
      ['Mazhilis kazako', 'organization:kazakhstan-mazhilis'],
    ]);
    // Another country's demonym, or one after an organization of no country, is no part of it.
    assert.deepEqual(found('Il Jogorku Kenesh kazako? La Csto russa, il Mazhilis tagiko.'), [
      ['Jogorku Kenesh', 'organization:kyrgyzstan-jogorku-kenesh'],
      ['Csto', 'organization:csto'],
      ['Mazhilis', 'organization:kazakhstan-mazhilis'],
    ]);
  });

  it('finds the security services by their Italian names, and the heads of the Duma, the Federation Council and the Belarusian KGB', () => {
    assert.deepEqual(
      found('Il Servizio federale per la sicurezza ha arrestato due uomini; il Comitato per la sicurezza nazionale kazako e il Comitato per la sicurezza dello Stato bielorusso tacciono.'),
      [
        ['Servizio federale per la sicurezza', 'organization:russia-fsb'],
        ['Comitato per la sicurezza nazionale kazako', 'organization:kazakhstan-national-security-committee'],
        ['Comitato per la sicurezza dello Stato bielorusso', 'organization:belarus-kgb'],
      ],
    );
    assert.deepEqual(found('Il Comitato nazionale antiterrorismo ha avviato l’operazione; the National Antiterrorism Committee said so.'), [
      ['Comitato nazionale antiterrorismo', 'organization:russia-national-antiterrorism-committee'],
      ['National Antiterrorism Committee', 'organization:russia-national-antiterrorism-committee'],
    ]);
    assert.deepEqual(found('Vyacheslav Volodin e Valentina Matvienko hanno ricevuto Ivan Tertel e Aleksandr Volfovich.'), [
      ['Vyacheslav Volodin', 'person:vyacheslav-volodin'],
      ['Valentina Matvienko', 'person:valentina-matviyenko'],
      ['Ivan Tertel', 'person:ivan-tertel'],
      ['Aleksandr Volfovich', 'person:alexander-volfovich'],
    ]);
  });

  it('finds the interior and emergencies ministries before their country, after its possessive, and with its adjective', () => {
    assert.deepEqual(found('Глава МВД Киргизии и сотрудники МЧС России прибыли.'), [
      ['МВД', 'organization:kyrgyzstan-interior-ministry'],
      ['Киргизии', 'place:kyrgyzstan'],
      ['МЧС', 'organization:russia-emergencies-ministry'],
      ['России', 'place:russia'],
    ]);
    assert.deepEqual(found("Russia's Emergencies Ministry and Kazakhstan's Interior Ministry said; il ministero dell'Interno tagiko ha detto."), [
      ['Russia', 'place:russia'],
      ['Emergencies Ministry', 'organization:russia-emergencies-ministry'],
      ['Kazakhstan', 'place:kazakhstan'],
      ['Interior Ministry', 'organization:kazakhstan-interior-ministry'],
      ["ministero dell'Interno tagiko", 'organization:tajikistan-interior-ministry'],
    ]);
    // The state under any of its names, whichever the knowledge base lists the body with.
    assert.deepEqual(found('Министерство по чрезвычайным ситуациям Беларуси и МЧС Республики Казахстан.'), [
      ['Министерство по чрезвычайным ситуациям', 'organization:belarus-emergencies-ministry'],
      ['Беларуси', 'place:belarus'],
      ['МЧС', 'organization:kazakhstan-emergencies-ministry'],
      ['Республики Казахстан', 'place:kazakhstan'],
    ]);
    // Or under its abbreviation, as the state's own press writes it; one that also names a
    // Russian region ("РК", "РТ", "РБ") is no state's.
    assert.deepEqual(found('Глава МВД КР прибыл; в МИД РА заявили; Министерство иностранных дел РА.'), [
      ['МВД', 'organization:kyrgyzstan-interior-ministry'],
      ['КР', 'place:kyrgyzstan'],
      ['МИД', 'organization:armenia-foreign-ministry'],
      ['РА', 'place:armenia'],
      ['Министерство иностранных дел', 'organization:armenia-foreign-ministry'],
      ['РА', 'place:armenia'],
    ]);
    assert.deepEqual(found('Глава РТ и МВД РБ.'), [['МВД', undefined]]);
    // Every state has one: without its country the ministry is none of them, a candidate body, in
    // Russian as in English.
    assert.deepEqual(found('МЧС сообщило о пожаре, МВД возбудило дело.'), [
      ['МЧС', undefined],
      ['МВД', undefined],
    ]);
    assert.deepEqual(found('The Emergencies Ministry said.'), [['Emergencies Ministry', undefined]]);
  });

  it('finds Rosgvardia in three languages, and not another country’s National Guard', () => {
    assert.deepEqual(found('Бойцы Росгвардии и Rosgvardia; la Guardia nazionale russa.'), [
      ['Росгвардии', 'organization:russia-national-guard'],
      ['Rosgvardia', 'organization:russia-national-guard'],
      ['Guardia nazionale russa', 'organization:russia-national-guard'],
    ]);
    assert.ok(!idsFound('The US National Guard and the National Guard of Ukraine were deployed.').includes('organization:russia-national-guard'));
  });

  it('finds the general staffs, and not Russia’s inside the Military Academy’s name', () => {
    assert.deepEqual(found('Генеральный штаб Вооруженных сил Республики Казахстан и начальник Генштаба Армении; the Kyrgyz General Staff said.'), [
      ['Генеральный штаб Вооруженных сил', 'organization:kazakhstan-general-staff'],
      ['Республики Казахстан', 'place:kazakhstan'],
      ['Генштаба', 'organization:armenia-general-staff'],
      ['Армении', 'place:armenia'],
      ['Kyrgyz General Staff', 'organization:kyrgyzstan-general-staff'],
    ]);
    assert.deepEqual(found('Начальник Генштаба России выступил.'), [
      ['Генштаба', 'organization:russia-general-staff'],
      ['России', 'place:russia'],
    ]);
    assert.deepEqual(found('Он окончил Военную академию Генерального штаба Вооруженных сил Российской Федерации.'), [
      ['Военную академию Генерального штаба Вооруженных сил', 'organization:russia-general-staff-military-academy'],
      ['Российской Федерации', 'place:russia'],
    ]);
    // The same words after "начальник" are the General Staff itself.
    assert.deepEqual(found('Начальник Генерального штаба Вооруженных сил Российской Федерации прибыл.').map(([, id]) => id), [
      'organization:russia-general-staff',
      'organization:russia-armed-forces',
      'place:russia',
    ]);
  });

  it('finds the border services, Kazakhstan’s beside the security committee it belongs to', () => {
    assert.deepEqual(found('Сотрудники Госпогранкомитета Белоруссии и Пограничной службы КНБ; the State Border Service of Azerbaijan said.'), [
      ['Госпогранкомитета', 'organization:belarus-state-border-committee'],
      ['Белоруссии', 'place:belarus'],
      ['Пограничной службы', 'organization:kazakhstan-knb-border-service'],
      ['КНБ', 'organization:kazakhstan-national-security-committee'],
      ['State Border Service', 'organization:azerbaijan-state-border-service'],
      ['Azerbaijan', 'place:azerbaijan'],
    ]);
  });

  it('finds the governments and ministries of Uzbekistan and Azerbaijan', () => {
    assert.deepEqual(found('Кабинет министров Республики Узбекистан и МИД Азербайджана; the Uzbek government and the Azerbaijani Defence Ministry said.'), [
      ['Кабинет министров', 'organization:uzbekistan-government'],
      ['Республики Узбекистан', 'place:uzbekistan'],
      ['МИД', 'organization:azerbaijan-foreign-ministry'],
      ['Азербайджана', 'place:azerbaijan'],
      ['Uzbek government', 'organization:uzbekistan-government'],
      ['Azerbaijani Defence Ministry', 'organization:azerbaijan-defence-ministry'],
    ]);
  });

  it('finds the border troops of Armenia and Tajikistan and Kyrgyzstan’s border service, down to the committee and country, in Russian cases', () => {
    assert.deepEqual(found('Пограничные войска СНБ Армении задержали нарушителя; сотрудники Пограничной службы ГКНБ Кыргызстана и Пограничных войск ГКНБ Таджикистана встретились.'), [
      ['Пограничные войска', 'organization:armenia-border-troops'],
      ['СНБ', 'organization:armenia-national-security-service'],
      ['Армении', 'place:armenia'],
      ['Пограничной службы', 'organization:kyrgyzstan-border-service'],
      ['ГКНБ', 'organization:kyrgyzstan-state-committee-for-national-security'],
      ['Кыргызстана', 'place:kyrgyzstan'],
      ['Пограничных войск', 'organization:tajikistan-border-troops'],
      ['ГКНБ', 'organization:tajikistan-state-committee-for-national-security'],
      ['Таджикистана', 'place:tajikistan'],
    ]);
    assert.deepEqual(found('The Tajik Border Troops said.'), [['Tajik Border Troops', 'organization:tajikistan-border-troops']]);
    assert.deepEqual(found("Tajikistan's Border Troops will receive the drones."), [
      ['Tajikistan', 'place:tajikistan'],
      ['Border Troops', 'organization:tajikistan-border-troops'],
    ]);
    // Another country's border troops are none of them.
    assert.deepEqual(found('Пограничные войска России усилили охрану.'), [['России', 'place:russia']]);
  });

  it('finds the chambers of Tajikistan’s and Uzbekistan’s parliaments beside their parliament', () => {
    assert.deepEqual(found('Депутаты Маджлиси намояндагон и члены Маджлиси милли Маджлиси Оли; спикер Законодательной палаты Олий Мажлиса и председатель Сената Олий Мажлиса Республики Узбекистан.'), [
      ['Маджлиси намояндагон', 'organization:tajikistan-majlisi-namoyandagon'],
      ['Маджлиси милли', 'organization:tajikistan-majlisi-milli'],
      ['Маджлиси Оли', 'organization:tajikistan-majlisi-oli'],
      ['Законодательной палаты', 'organization:uzbekistan-legislative-chamber'],
      ['Олий Мажлиса', 'organization:uzbekistan-oliy-majlis'],
      ['Сената', 'organization:uzbekistan-senate'],
      ['Олий Мажлиса', 'organization:uzbekistan-oliy-majlis'],
      ['Республики Узбекистан', 'place:uzbekistan'],
    ]);
    // A senate without Uzbekistan's name is none of them.
    assert.deepEqual(found('The Uzbek Senate agreed; Сенат США проголосовал.'), [
      ['Uzbek Senate', 'organization:uzbekistan-senate'],
      ['США', 'place:united-states'],
    ]);
  });

  it('finds the security councils of Uzbekistan and Azerbaijan and Azerbaijan’s General Staff', () => {
    assert.deepEqual(found('Совет безопасности Узбекистана и начальник Генштаба Азербайджана; Uzbekistan’s Security Council and the Azerbaijani General Staff met.'), [
      ['Совет безопасности', 'organization:uzbekistan-security-council'],
      ['Узбекистана', 'place:uzbekistan'],
      ['Генштаба', 'organization:azerbaijan-general-staff'],
      ['Азербайджана', 'place:azerbaijan'],
      ['Uzbekistan', 'place:uzbekistan'],
      ['Security Council', 'organization:uzbekistan-security-council'],
      ['Azerbaijani General Staff', 'organization:azerbaijan-general-staff'],
    ]);
  });
});

// Names a report on the CSTO beat uses that are short or belong to bodies around the CSTO: the
// Chinese leader by his surname alone, Kazakhstan's lower house, the CIS's and SCO's bodies, the
// CSTO's bodies in Italian and Russian, and the agencies and broadcasters that reports cite.
import * as assert from 'node:assert/strict';
import { namesFound as found } from './namesFound';

describe('names of the beat', () => {
  it('takes "Xi" and "Си" for Xi Jinping only written with a capital and a small letter', () => {
    assert.deepEqual(found('Xi told the summit; Си выступил.'), [
      ['Xi', 'person:xi-jinping'],
      ['Си', 'person:xi-jinping'],
    ]);
    assert.deepEqual(found('Il XI Congresso, nel XI secolo; the Greek letter xi.'), []);
  });

  it('finds Kazakhstan’s lower house under each transliteration, and in Russian cases', () => {
    assert.deepEqual(found('The Mazhilis, also spelt Majilis, voted; депутаты Мажилиса одобрили.'), [
      ['Mazhilis', 'organization:kazakhstan-mazhilis'],
      ['Majilis', 'organization:kazakhstan-mazhilis'],
      ['Мажилиса', 'organization:kazakhstan-mazhilis'],
    ]);
  });

  it('finds the CSTO’s bodies in Italian and Russian, and the CIS’s bodies beside the CIS', () => {
    assert.deepEqual(found('Lo Stato maggiore congiunto guida le Forze collettive di dispiegamento rapido.'), [
      ['Stato maggiore congiunto', 'organization:csto-joint-staff'],
      ['Forze collettive di dispiegamento rapido', 'organization:csto-collective-rapid-deployment-forces'],
    ]);
    assert.deepEqual(found('На заседании СМИД министры обсудили итоги Совета министров обороны.'), [
      ['СМИД', 'organization:csto-council-of-foreign-ministers'],
      ['Совета министров обороны', 'organization:csto-council-of-defence-ministers'],
    ]);
    assert.deepEqual(found('Исполком СНГ подготовил заседание Совета глав правительств СНГ.'), [
      ['Исполком', 'organization:cis-executive-committee'],
      ['СНГ', 'organization:cis'],
      ['Совета глав правительств', 'organization:cis-council-of-heads-of-government'],
      ['СНГ', 'organization:cis'],
    ]);
  });

  it('finds the agencies and broadcasters a report cites', () => {
    assert.deepEqual(found('Xinhua, France 24, Zvezda TV and Euroradio reported it; по данным РИА «Новости».'), [
      ['Xinhua', 'organization:xinhua'],
      ['France 24', 'organization:france-24'],
      ['Zvezda TV', 'organization:zvezda'],
      ['Euroradio', 'organization:euroradio'],
      ['РИА «Новости»', 'organization:ria-novosti'],
    ]);
  });

  it('finds the forces of Russia and Belarus, the Union Resolve exercise and its 2022 edition, in Russian cases too', () => {
    assert.deepEqual(found('Учения «Союзная решимость-2022» провели силы Региональной группировки войск (сил) и Восточного военного округа.'), [
      ['Союзная решимость-2022', 'event:union-resolve-2022'],
      ['Региональной группировки войск (сил)', 'organization:regional-grouping-of-forces'],
      ['Восточного военного округа', 'organization:russia-eastern-military-district'],
    ]);
    assert.deepEqual(found('The Regional Grouping of Forces drilled during Union Resolve 2022; a later Union Resolve-2024.'), [
      ['Regional Grouping of Forces', 'organization:regional-grouping-of-forces'],
      ['Union Resolve 2022', 'event:union-resolve-2022'],
      ['Union Resolve-2024', 'event:union-resolve-exercise'],
    ]);
    // Their words in other phrases: a union's resolve, a regional grouping, a city's eastern district.
    assert.deepEqual(found('The union resolve held; a regional grouping of parties; восточный округ города.'), []);
    // In Russian, without '(сил)', it is also the phrase for any grouping of troops.
    assert.deepEqual(found('Задача сил — развертывание региональной группировки войск.'), []);
  });

  it('finds the Taliban, the Aktobe region’s city, Nezavisimaya Gazeta, RIA and the Carnegie Endowment', () => {
    assert.deepEqual(found('The Taliban told RIA and the Carnegie Endowment; «Независимой газете» сообщили в Актобе.'), [
      ['Taliban', 'organization:taliban'],
      ['RIA', 'organization:ria-novosti'],
      ['Carnegie Endowment', 'organization:carnegie-endowment'],
      ['Независимой газете', 'organization:nezavisimaya-gazeta'],
      ['Актобе', 'place:aktobe'],
    ]);
    assert.deepEqual(found('Движение «Талибан» (запрещено в РФ) заявило…'), [
      ['Талибан', 'organization:taliban'],
      ['РФ', 'place:russia'],
    ]);
    // Their words in other phrases: a Galician ria, an independent press, a foundation's endowment.
    assert.deepEqual(found('A ria in Galicia; независимая пресса; the Carnegie family endowment.'), []);
  });

  it('finds Interfax by its site’s name in a dateline, and Uzbekistan’s ministries in each language', () => {
    assert.deepEqual(found('Москва. 15 февраля. INTERFAX.RU - Министерство обороны Узбекистана сообщило…'), [
      ['Москва', 'place:moscow'],
      ['INTERFAX.RU', 'organization:interfax'],
      ['Министерство обороны', 'organization:uzbekistan-defence-ministry'],
      ['Узбекистана', 'place:uzbekistan'],
    ]);
    assert.deepEqual(found('The Uzbek Defense Ministry and the Uzbek Foreign Ministry; il ministero della Difesa uzbeko.'), [
      ['Uzbek Defense Ministry', 'organization:uzbekistan-defence-ministry'],
      ['Uzbek Foreign Ministry', 'organization:uzbekistan-foreign-ministry'],
      ['ministero della Difesa uzbeko', 'organization:uzbekistan-defence-ministry'],
    ]);
    // The agency's name alone is still the agency; another site is no name.
    assert.deepEqual(found('INTERFAX reported; see example.ru.'), [['INTERFAX', 'organization:interfax']]);
  });
  it('finds the towns, regions and ranges of Central Asia, the Caucasus and Russia that reports name, in Russian cases', () => {
    assert.deepEqual(found('Беспорядки прошли в Таразе и Талдыкоргане; Алиев посетил Нахичевань, Гянджу и Шушу.'), [
      ['Таразе', 'place:taraz'],
      ['Талдыкоргане', 'place:taldykorgan'],
      ['Алиев', 'person:ilham-aliyev'],
      ['Нахичевань', 'place:nakhchivan'],
      ['Гянджу', 'place:ganja'],
      ['Шушу', 'place:shusha'],
    ]);
    assert.deepEqual(found('Учения на полигоне Чебаркуль в Челябинской области, форум в Кубинке, пограничники в Сурхандарьинской области.'), [
      ['Чебаркуль', 'place:chebarkul'],
      ['Челябинской области', 'place:chelyabinsk-region'],
      ['Кубинке', 'place:kubinka'],
      ['Сурхандарьинской области', 'place:surkhandarya-region'],
    ]);
    // Common words that share letters with them are none of them.
    assert.deepEqual(found('Он шушукался с кубинцами о тарахтящем моторе.'), []);
  });

  it('finds the FSB, the General Staff of Belarus, Belarus’s military industry body and Tajikistan’s security committee, the country a place of its own', () => {
    assert.deepEqual(found('По данным ФСБ России, начальник Генерального штаба Вооруженных сил Белоруссии встретился с представителями Государственного военно-промышленного комитета.'), [
      ['ФСБ', 'organization:russia-fsb'],
      ['России', 'place:russia'],
      ['Генерального штаба Вооруженных сил', 'organization:belarus-general-staff'],
      ['Белоруссии', 'place:belarus'],
      ['Государственного военно-промышленного комитета', 'organization:belarus-state-authority-for-military-industry'],
    ]);
    assert.deepEqual(found('Сотрудники Государственного комитета национальной безопасности Таджикистана и Генштаба Белоруссии.'), [
      ['Государственного комитета национальной безопасности', 'organization:tajikistan-state-committee-for-national-security'],
      ['Таджикистана', 'place:tajikistan'],
      ['Генштаба', 'organization:belarus-general-staff'],
      ['Белоруссии', 'place:belarus'],
    ]);
    // A committee for national security named without its country is not guessed to be one of them.
    assert.deepEqual(found('Государственный комитет национальной безопасности сообщил.'), []);
  });
  it('finds the regions of Kyrgyzstan and Tajikistan in Russian cases, and Interfax’s Kazakh agency as one name', () => {
    assert.deepEqual(found('Учения прошли в Ошской области, в Джалал-Абадской области, под Чуйской областью и в Согдийской области.'), [
      ['Ошской области', 'place:osh-region'],
      ['Джалал-Абадской области', 'place:jalal-abad-region'],
      ['Чуйской областью', 'place:chuy-region'],
      ['Согдийской области', 'place:sughd-region'],
    ]);
    assert.deepEqual(found('Как сообщает «Интерфакс-Казахстан», агентство Интерфакс в Казахстане…'), [
      ['Интерфакс-Казахстан', 'organization:interfax-kazakhstan'],
      ['Интерфакс', 'organization:interfax'],
      ['Казахстане', 'place:kazakhstan'],
    ]);
  });
  it('takes a two-letter place in a Russian dateline’s capitals, and no other name in capitals', () => {
    assert.deepEqual(found('ОШ, 10 сентября. /Kabar/. В Ош прибыли делегации.'), [
      ['ОШ', 'place:osh'],
      ['Kabar', 'organization:kabar'],
      ['Ош', 'place:osh'],
    ]);
    assert.deepEqual(found('Текст.\nОШ. 3 мая. INTERFAX.RU'), [
      ['ОШ', 'place:osh'],
      ['INTERFAX.RU', 'organization:interfax'],
    ]);
    // Capitals within a line, with no comma after them, or of a person's name, are none.
    assert.deepEqual(found('В ОШ, сказал он. ОШ - город.\nСИ, 5 мая.'), []);
  });
  it('reads the FSB’s Border Service as the service and the FSB beside it, the country a place of its own', () => {
    assert.deepEqual(found('По данным Пограничной службы ФСБ России, нарушителей задержали; Погранслужба ФСБ сообщила.'), [
      ['Пограничной службы', 'organization:russia-fsb-border-service'],
      ['ФСБ', 'organization:russia-fsb'],
      ['России', 'place:russia'],
      ['Погранслужба', 'organization:russia-fsb-border-service'],
      ['ФСБ', 'organization:russia-fsb'],
    ]);
    // Another country's border service is not the FSB's.
    assert.deepEqual(found('Пограничная служба Казахстана усилила охрану.'), [['Казахстана', 'place:kazakhstan']]);
  });
});

describe('regions, offices and institutions named around the beat', () => {
  it('takes "oblast di" as Italian writes it beside "regione di", and the autonomous regions’ long Italian names whole', () => {
    assert.deepEqual(found("Scontri nell'oblast di Sughd e nella regione di Batken; allerta nell'oblast di Belgorod e nell'oblast di Kaliningrad."), [
      ['oblast di Sughd', 'place:sughd-region'],
      ['regione di Batken', 'place:batken-region'],
      ['oblast di Belgorod', 'place:belgorod-region'],
      ['oblast di Kaliningrad', 'place:kaliningrad-region'],
    ]);
    assert.deepEqual(found('Dalla Regione autonoma del Gorno-Badakhshan alla Repubblica autonoma del Nakhchivan.'), [
      ['Regione autonoma del Gorno-Badakhshan', 'place:gorno-badakhshan'],
      ['Repubblica autonoma del Nakhchivan', 'place:nakhchivan'],
    ]);
  });

  it('finds Yerevan’s airport by its name proper, the generic words outside', () => {
    assert.deepEqual(found("Le guardie di frontiera russe hanno lasciato l'aeroporto di Zvartnots, a Erevan."), [
      ['Zvartnots', 'place:zvartnots-airport'],
      ['Erevan', 'place:yerevan'],
    ]);
  });

  it('finds the cities of the Russian border regions apart from their regions, and Dushanbe in a dateline spelt as Italian writes it', () => {
    assert.deepEqual(found('KURSK, 10 AGO - Evacuata Sudzha, nella regione di Kursk; allarme a Belgorod. DUSCIANBE, 3 MAR - Il vertice.'), [
      ['KURSK', 'place:kursk'],
      ['Sudzha', 'place:sudzha'],
      ['regione di Kursk', 'place:kursk-region'],
      ['Belgorod', 'place:belgorod'],
      ['DUSCIANBE', 'place:dushanbe'],
    ]);
  });

  it('takes a Belarusian or Kyrgyz region written after its centre’s name as the region, and the city alone as the city', () => {
    assert.deepEqual(found('Units moved from the Brest region to the Osh Region; poi nella regione di Minsk e nella regione di Jalal-Abad.'), [
      ['Brest region', 'place:brest-region'],
      ['Osh Region', 'place:osh-region'],
      ['regione di Minsk', 'place:minsk-region'],
      ['regione di Jalal-Abad', 'place:jalal-abad-region'],
    ]);
    assert.deepEqual(found('Brest and Osh are cities; talks in Minsk.'), [
      ['Brest', 'place:brest'],
      ['Osh', 'place:osh'],
      ['Minsk', 'place:minsk'],
    ]);
  });

  it('finds Kazakhstan’s former prime minister and security chief under each spelling and in Russian cases', () => {
    assert.deepEqual(found('The KNB chief Karim Massimov was detained; Masimov denied it. Бывшего главу КНБ Карима Масимова осудили.'), [
      ['KNB', 'organization:kazakhstan-national-security-committee'],
      ['Karim Massimov', 'person:karim-massimov'],
      ['Masimov', 'person:karim-massimov'],
      ['КНБ', 'organization:kazakhstan-national-security-committee'],
      ['Карима Масимова', 'person:karim-massimov'],
    ]);
  });

  it('finds the American and Italian foreign ministries and their heads, and the Russian military districts', () => {
    assert.deepEqual(found('The State Department said Antony Blinken would call; la Farnesina e Antonio Tajani tacciono.'), [
      ['State Department', 'organization:us-state-department'],
      ['Antony Blinken', 'person:antony-blinken'],
      ['Farnesina', 'organization:italy-foreign-ministry'],
      ['Antonio Tajani', 'person:antonio-tajani'],
    ]);
    assert.deepEqual(found('Units of the Southern Military District and the Central Military District; il Distretto militare occidentale.'), [
      ['Southern Military District', 'organization:russia-southern-military-district'],
      ['Central Military District', 'organization:russia-central-military-district'],
      ['Distretto militare occidentale', 'organization:russia-western-military-district'],
    ]);
  });

  it('finds think tanks, a bank, valleys, rivers, and routes that commentary names', () => {
    assert.deepEqual(found('Data from SIPRI and the International Institute for Strategic Studies; the Panj and the Fergana Valley.'), [
      ['SIPRI', 'organization:sipri'],
      ['International Institute for Strategic Studies', 'organization:iiss'],
      ['Panj', 'place:panj-river'],
      ['Fergana Valley', 'place:fergana-valley'],
    ]);
    assert.deepEqual(found("La Banca asiatica d'investimento per le infrastrutture e il Corridoio di mezzo."), [
      ["Banca asiatica d'investimento per le infrastrutture", 'organization:aiib'],
      ['Corridoio di mezzo', 'place:middle-corridor'],
    ]);
  });

  it('finds the think tanks that analyses and op-eds are signed from, Carnegie Europe whole rather than its last word a place', () => {
    assert.deepEqual(found('By a Research Fellow, RUSI. She is a senior fellow with Carnegie Europe; Europe is divided.'), [
      ['RUSI', 'organization:rusi'],
      ['Carnegie Europe', 'organization:carnegie-europe'],
      ['Europe', 'place:europe'],
    ]);
    assert.deepEqual(found("Secondo un'analisi dell'ISPI e di Chatham House, la Commissione europea tace."), [
      ['ISPI', 'organization:ispi'],
      ['Chatham House', 'organization:chatham-house'],
      ['Commissione europea', 'organization:european-commission'],
    ]);
  });

  it('finds the Zangezur corridor as a route in each language, in Russian cases too', () => {
    assert.deepEqual(found('Un accordo sul corridoio di Zangezur; the Zangezur corridor crosses Syunik; статус Зангезурского коридора.'), [
      ['corridoio di Zangezur', 'place:zangezur-corridor'],
      ['Zangezur corridor', 'place:zangezur-corridor'],
      ['Syunik', 'place:syunik'],
      ['Зангезурского коридора', 'place:zangezur-corridor'],
    ]);
  });

  it('finds the European Union’s diplomatic service by its names, beside the Union’s own', () => {
    assert.deepEqual(found("Has the EU's External Action Service replied? Il Servizio europeo per l'azione esterna (SEAE) tace."), [
      ['EU', 'organization:european-union'],
      ['External Action Service', 'organization:eeas'],
      ["Servizio europeo per l'azione esterna", 'organization:eeas'],
      ['SEAE', 'organization:eeas'],
    ]);
  });

  it('finds the Belarusian training grounds of joint drills by their names, the generic words outside', () => {
    assert.deepEqual(found('Troops stayed at the Obuz-Lesnovsky training ground, then at the Borisovsky range.'), [
      ['Obuz-Lesnovsky', 'place:obuz-lesnovsky-training-ground'],
      ['Borisovsky', 'place:borisovsky-training-ground'],
    ]);
    assert.deepEqual(found('Drills ran at the Brestsky and Obuz-Lesnovsky ranges; i reparti sono partiti dai poligoni Brestsky e Borisovsky.'), [
      ['Brestsky', 'place:brestsky-training-ground'],
      ['Obuz-Lesnovsky', 'place:obuz-lesnovsky-training-ground'],
      ['Brestsky', 'place:brestsky-training-ground'],
      ['Borisovsky', 'place:borisovsky-training-ground'],
    ]);
  });

  it('finds the heads of the Armenian and Azerbaijani border commissions, and the Kazakh Senate’s chairman', () => {
    assert.deepEqual(found('Deputy Prime Minister Mher Grigoryan met Shahin Mustafayev; Maulen Ashimbayev opened the session.'), [
      ['Mher Grigoryan', 'person:mher-grigoryan'],
      ['Shahin Mustafayev', 'person:shahin-mustafayev'],
      ['Maulen Ashimbayev', 'person:maulen-ashimbayev'],
    ]);
    // Another Grigoryan is not the deputy prime minister.
    assert.deepEqual(found('Armen Grigoryan chaired the Security Council meeting.').filter(([, id]) => id?.startsWith('person:')), [['Armen Grigoryan', 'person:armen-grigoryan']]);
  });

  it('takes a place’s or an event’s name of several words written in small letters for the words’ own phrase, not a body’s', () => {
    assert.deepEqual(found('A red square was drawn on the map; they met on Red Square; на Красной площади.'), [
      ['Red Square', 'place:red-square'],
      ['Красной площади', 'place:red-square'],
    ]);
    assert.deepEqual(found('the palace of independence of the nation; the Palace of Independence in Minsk'), [
      ['Palace of Independence', 'place:palace-of-independence'],
      ['Minsk', 'place:minsk'],
    ]);
    // News writes bodies in small letters: they stay names.
    assert.deepEqual(found('министерство обороны России; the collective security council met'), [
      ['министерство обороны', 'organization:russia-defence-ministry'],
      ['России', 'place:russia'],
      ['collective security council', 'organization:csto-collective-security-council'],
    ]);
  });

  it('finds the UN General Assembly in three languages and in Russian cases, the UN beside it', () => {
    assert.deepEqual(found('The UN General Assembly voted; l’Assemblea generale delle Nazioni Unite ha votato; на сессии Генеральной Ассамблеи ООН.'), [
      ['UN', 'organization:united-nations'],
      ['General Assembly', 'organization:un-general-assembly'],
      ['Assemblea generale', 'organization:un-general-assembly'],
      ['Nazioni Unite', 'organization:united-nations'],
      ['Генеральной Ассамблеи', 'organization:un-general-assembly'],
      ['ООН', 'organization:united-nations'],
    ]);
    // Another assembly is not the UN's.
    assert.deepEqual(found('The General Assembly of the club met.'), []);
  });

  it('finds the houses of the Italian Parliament, and the rapid reaction forces under another Italian word order', () => {
    assert.deepEqual(found('La Camera dei deputati e il Senato della Repubblica hanno votato.'), [
      ['Camera dei deputati', 'organization:italy-chamber-of-deputies'],
      ['Senato della Repubblica', 'organization:italy-senate'],
    ]);
    assert.deepEqual(found('Le Forze di reazione rapida collettiva sono arrivate da Ulyanovsk.'), [
      ['Forze di reazione rapida collettiva', 'organization:csto-collective-rapid-reaction-forces'],
      ['Ulyanovsk', 'place:ulyanovsk'],
    ]);
    // A room of a house is not the Chamber.
    assert.deepEqual(found('La camera dei bambini era vuota.'), []);
  });
});

describe('a body’s name in small letters before a noun of training', () => {
  it('reads "joint staff training" as a kind of drill, and the body’s name elsewhere, or with its capitals', () => {
    assert.deepEqual(found('A joint staff training and command staff exercises of the Collective Forces.'), [['Collective Forces', 'organization:csto-collective-forces']]);
    assert.deepEqual(found('Officers of the joint staff arrived; the Joint Staff training ended; the joint staff trainers left.'), [
      ['joint staff', 'organization:csto-joint-staff'],
      ['Joint Staff', 'organization:csto-joint-staff'],
      ['joint staff', 'organization:csto-joint-staff'],
    ]);
  });
});

describe('the general staffs of Russia and Belarus', () => {
  it('finds each general staff in English and Italian, apart from the armed forces it belongs to', () => {
    assert.deepEqual(found('Lo Stato maggiore delle Forze armate bielorusse ha precisato; the Russian General Staff agreed.'), [
      ['Stato maggiore delle Forze armate bielorusse', 'organization:belarus-general-staff'],
      ['Russian General Staff', 'organization:russia-general-staff'],
    ]);
    assert.deepEqual(found('Lo Stato maggiore delle Forze armate russe; the Belarusian General Staff.'), [
      ['Stato maggiore', 'organization:russia-general-staff'],
      ['Forze armate russe', 'organization:russia-armed-forces'],
      ['Belarusian General Staff', 'organization:belarus-general-staff'],
    ]);
    // The CSTO's joint staff keeps its own name.
    assert.deepEqual(found('Lo Stato maggiore congiunto si è riunito.'), [['Stato maggiore congiunto', 'organization:csto-joint-staff']]);
  });
});

describe('names of regional news', () => {
  it('finds the regions and towns regional news names in Kazakhstan, Kyrgyzstan, Armenia and Russia, in Russian cases', () => {
    assert.deepEqual(found('Сборы в Алматинской области и под Сарыагашем; жителей разместили в Исфане, в Чуйской долине тихо.'), [
      ['Алматинской области', 'place:almaty-region'],
      ['Сарыагашем', 'place:sarygash'],
      ['Исфане', 'place:isfana'],
      ['Чуйской долине', 'place:chuy-valley'],
    ]);
    assert.deepEqual(found('Колонна вышла из Пскова в Псковской области; в Республике Тыва и в Ширакской области прошли занятия.'), [
      ['Пскова', 'place:pskov'],
      ['Псковской области', 'place:pskov-region'],
      ['Республике Тыва', 'place:tuva'],
      ['Ширакской области', 'place:shirak'],
    ]);
  });

  it('finds the prosecutors general’s offices, the country a place of its own, and a Bishkek daily whole', () => {
    assert.deepEqual(found('Генеральная прокуратура Кыргызской Республики передала дело; Генпрокуратура России ответила «Вечернему Бишкеку».'), [
      ['Генеральная прокуратура', 'organization:kyrgyzstan-prosecutor-general'],
      ['Кыргызской Республики', 'place:kyrgyzstan'],
      ['Генпрокуратура', 'organization:russia-prosecutor-general'],
      ['России', 'place:russia'],
      ['Вечернему Бишкеку', 'organization:vecherny-bishkek'],
    ]);
  });

  it('finds the region’s news sites and channels by their names, a web address one too, and the rights groups and companies beside them', () => {
    assert.deepEqual(found('По данным 24.kg и Kaktus.media, Vlast.kz и «Азатутюн»; Rossiya 24, Belarus 1 and Sputnik Armenia aired it.'), [
      ['24.kg', 'organization:24-kg'],
      ['Kaktus.media', 'organization:kaktus-media'],
      ['Vlast.kz', 'organization:vlast-kz'],
      ['Азатутюн', 'organization:azatutyun'],
      ['Rossiya 24', 'organization:rossiya-24'],
      ['Belarus 1', 'organization:belarus-1'],
      ['Sputnik Armenia', 'organization:sputnik-armenia'],
    ]);
    assert.deepEqual(found("Amnesty International e Human Rights Watch; l'Eni a Karachaganak e Kashagan; Confindustria a Milano."), [
      ['Amnesty International', 'organization:amnesty-international'],
      ['Human Rights Watch', 'organization:human-rights-watch'],
      ['Eni', 'organization:eni'],
      ['Karachaganak', 'place:karachaganak-field'],
      ['Kashagan', 'place:kashagan-field'],
      ['Confindustria', 'organization:confindustria'],
      ['Milano', 'place:milan'],
    ]);
    // The parties elections bring into the news, in Russian cases too; "Республика" alone is a state's.
    assert.deepEqual(found('Депутат от «Единой России» и КПРФ; партия «Аманат»; il partito Contratto civile; Respublica won seats. Республика голосует.'), [
      ['Единой России', 'organization:united-russia'],
      ['КПРФ', 'organization:cprf'],
      ['Аманат', 'organization:amanat'],
      ['Contratto civile', 'organization:civil-contract'],
      ['Respublica', 'organization:respublica'],
    ]);
    assert.deepEqual(found("The People's Party of Kazakhstan; this stretch of the Hindu Kush."), [
      ["People's Party of Kazakhstan", 'organization:peoples-party-of-kazakhstan'],
      ['Hindu Kush', 'place:hindu-kush'],
    ]);
    // The energy companies and OPEC, in Russian cases too; not "CPC" or "КТК" alone.
    assert.deepEqual(found('Поставки «Транснефти» и Газпрома; КазМунайГаз, Казатомпром и Росатом. ExxonMobil, CNPC and the Caspian Pipeline Consortium (CPC); l’OPEC.'), [
      ['Транснефти', 'organization:transneft'],
      ['Газпрома', 'organization:gazprom'],
      ['КазМунайГаз', 'organization:kazmunaygas'],
      ['Казатомпром', 'organization:kazatomprom'],
      ['Росатом', 'organization:rosatom'],
      ['ExxonMobil', 'organization:exxonmobil'],
      ['CNPC', 'organization:cnpc'],
      ['Caspian Pipeline Consortium', 'organization:caspian-pipeline-consortium'],
      ['OPEC', 'organization:opec'],
    ]);
    assert.deepEqual(found('A margine della Comunità politica europea; на полях Европейского политического сообщества.'), [
      ['Comunità politica europea', 'organization:european-political-community'],
      ['Европейского политического сообщества', 'organization:european-political-community'],
    ]);
    // Cities of trade, energy and the Afghan border, Siberia, and the Tengiz field, in Russian cases too.
    assert.deepEqual(found('Da Novorossijsk a Kunduz e Hairatan; в Саратове, Астрахани и Сибири, на Тенгизе; Hiroshima; Rossija 1.'), [
      ['Novorossijsk', 'place:novorossiysk'],
      ['Kunduz', 'place:kunduz'],
      ['Hairatan', 'place:hairatan'],
      ['Саратове', 'place:saratov'],
      ['Астрахани', 'place:astrakhan'],
      ['Сибири', 'place:siberia'],
      ['Тенгизе', 'place:tengiz-field'],
      ['Hiroshima', 'place:hiroshima'],
      ['Rossija 1', 'organization:rossiya-1'],
    ]);
    assert.deepEqual(found('Наблюдатели БДИПЧ в Приднестровье, на левом берегу Днестра; the ODIHR in Navoi, at the Registan.'), [
      ['БДИПЧ', 'organization:odihr'],
      ['Приднестровье', 'place:transnistria'],
      ['Днестра', 'place:dniester'],
      ['ODIHR', 'organization:odihr'],
      ['Navoi', 'place:navoiy'],
      ['Registan', 'place:registan'],
    ]);
    // "Россия 24" is no alias: a date may follow the country ("Россия 24 февраля …").
    assert.deepEqual(found('Россия 24 февраля начала учения.'), [['Россия', 'place:russia']]);
  });
});

// Bodies the knowledge base does not know, found by their head noun, as organization candidates.
import * as assert from 'node:assert/strict';
import { bundledRecognizer, mentionsFound } from './namesFound';

const found = mentionsFound;

describe('bodies found by their head noun', () => {
  it('takes an English capitalised phrase ending with an institution noun, demonym included', () => {
    assert.deepEqual(found('Kyrgyzstan’s Health Ministry and the Turkmen Defence Ministry replied.'), [
      ['Kyrgyzstan', 'place:kyrgyzstan'],
      ['Health Ministry', 'candidate:organization'],
      ['Turkmen Defence Ministry', 'candidate:organization'],
    ]);
  });

  it('takes research centres, clubs, groups and military formations by their head, a formation with its number', () => {
    assert.deepEqual(found('Timur Sadykov of the Central Asian Policy Lab and the Valdai Discussion Club said the Wagner Group had left.'), [
      ['Timur Sadykov', 'candidate:person'],
      ['Central Asian Policy Lab', 'candidate:organization'],
      ['Valdai Discussion Club', 'candidate:organization'],
      ['Wagner Group', 'candidate:organization'],
    ]);
    assert.deepEqual(found('Russia sent a battalion of the 76th Air Assault Division and the 31st Brigade. The 3rd Council met.'), [
      ['Russia', 'place:russia'],
      ['76th Air Assault Division', 'candidate:organization'],
      ['31st Brigade', 'candidate:organization'],
    ]);
  });

  it('keeps a state or an organization beside the body apart, and the place after "of"', () => {
    assert.deepEqual(found('The CSTO Permanent Council met; so did the Constitutional Court of Armenia.'), [
      ['CSTO', 'organization:csto'],
      ['Permanent Council', 'candidate:organization'],
      ['Constitutional Court', 'candidate:organization'],
      ['Armenia', 'place:armenia'],
    ]);
  });

  it('takes a modifier that is a compound with a hyphen whole', () => {
    assert.deepEqual(found('A colonel of the South-Eastern Operational Command spoke; the Kazakh-Russian Intergovernmental Commission met.'), [
      ['South-Eastern Operational Command', 'candidate:organization'],
      ['Kazakh-Russian Intergovernmental Commission', 'candidate:organization'],
    ]);
    // A compound in small letters stays out.
    assert.deepEqual(found('The Russian-led Joint Operational Command met.'), [['Joint Operational Command', 'candidate:organization']]);
  });

  it('lets a city begin a school’s name, and the last of several heads end it', () => {
    assert.deepEqual(found('He is a graduate of the Tashkent Higher Combined Arms Command School.'), [['Tashkent Higher Combined Arms Command School', 'candidate:organization']]);
    assert.deepEqual(found('A statement by the Defence Ministry Press Service followed.'), [['Defence Ministry Press Service', 'candidate:organization']]);
  });

  it('follows "of the" through capitalised words to the name’s end', () => {
    assert.deepEqual(found('He studied at the Naval Academy of the Northern Fleet of Russia.'), [
      ['Naval Academy of the Northern Fleet', 'candidate:organization'],
      ['Russia', 'place:russia'],
    ]);
  });

  it('follows "and" between two groups of capitalised words after the link, not to a second body', () => {
    assert.deepEqual(found('Analysts of the Center for Strategic and International Studies and the Institute for War and Peace Reporting agree.'), [
      ['Center for Strategic and International Studies', 'candidate:organization'],
      ['Institute for War and Peace Reporting', 'candidate:organization'],
    ]);
    assert.deepEqual(found('Both the Naval Academy of the Northern Fleet and Foreign Ministry said so.'), [
      ['Naval Academy of the Northern Fleet', 'candidate:organization'],
      ['Foreign Ministry', 'candidate:organization'],
    ]);
  });

  it('takes a few bodies by their noun alone when written with a capital, and no other', () => {
    assert.deepEqual(found('Parliament approved it. The Ministry said the Council would meet. Government troops moved in.'), [['Parliament', 'candidate:organization']]);
  });

  it('reads Italian names that start with the head, a demonym at the end, never as a person', () => {
    assert.deepEqual(found('Il ministero della Giustizia kirghiso e il Partito Comunista Cinese hanno risposto.'), [
      ['ministero della Giustizia kirghiso', 'candidate:organization'],
      ['Partito Comunista Cinese', 'candidate:organization'],
    ]);
    assert.deepEqual(found('Il ministero ha risposto; il consiglio dei ministri si è riunito; il governo armeno tace.'), []);
  });

  it('reads the kind of affairs in small letters after "Affari" in an Italian ministry’s name', () => {
    assert.deepEqual(found('Lo ha detto il ministero degli Affari esteri; il ministero degli Affari interni tace.'), [
      ['ministero degli Affari esteri', 'candidate:organization'],
      ['ministero degli Affari interni', 'candidate:organization'],
    ]);
  });

  it('reads an Italian council or prosecutor’s office by its adjective in small letters: "Consiglio ministeriale", "Procura generale"', () => {
    assert.deepEqual(found('Lo ha approvato il Consiglio ministeriale, non il Comitato esecutivo; indaga la Procura generale.'), [
      ['Consiglio ministeriale', 'candidate:organization'],
      ['Comitato esecutivo', 'candidate:organization'],
      ['Procura generale', 'candidate:organization'],
    ]);
  });

  it('reads Italian centres, foundations and observatories, a known place inside a name that goes on past it', () => {
    assert.deepEqual(found("Lo dicono il Centro Studi Internazionali, la Fondazione per la Pace e l'Osservatorio Balcani Caucaso Transeuropa."), [
      ['Centro Studi Internazionali', 'candidate:organization'],
      ['Fondazione per la Pace', 'candidate:organization'],
      ['Osservatorio Balcani Caucaso Transeuropa', 'candidate:organization'],
    ]);
    // A place that ends the capitalised words is the body's place, apart.
    assert.deepEqual(found('Il Consiglio Nazionale Armenia ha votato; il centro di Mosca è chiuso.'), [
      ['Consiglio Nazionale', 'candidate:organization'],
      ['Armenia', 'place:armenia'],
      ['Mosca', 'place:moscow'],
    ]);
  });

  it('takes an adjective in small letters right after a capitalised Italian head, the place after "di" apart', () => {
    assert.deepEqual(found("Studia all'Università statale di Erevan; la Corte costituzionale ha deciso."), [
      ['Università statale', 'candidate:organization'],
      ['Erevan', 'place:yerevan'],
      ['Corte costituzionale', 'candidate:organization'],
    ]);
    assert.deepEqual(found("L'Accademia militare di Frunze e l'Università statale di Perugia."), [
      ['Accademia militare di Frunze', 'candidate:organization'],
      ['Università statale di Perugia', 'candidate:organization'],
    ]);
    // An observatory or a centre of studies named after what it studies, a place known or not, after "sul".
    assert.deepEqual(found("Lo dice l'Osservatorio sul Caspio; il Centro studi sul Caucaso e l'Istituto sul Mar Nero; l'Osservatorio sull’Europa orientale."), [
      ['Osservatorio sul Caspio', 'candidate:organization'],
      ['Centro studi sul Caucaso', 'candidate:organization'],
      ['Istituto sul Mar Nero', 'candidate:organization'],
      ['Osservatorio sull’Europa orientale', 'candidate:organization'],
    ]);
    // A party named by its adjective: "Partito repubblicano", "Partito comunista".
    assert.deepEqual(found('Il Partito repubblicano e il Partito comunista hanno votato contro.'), [
      ['Partito repubblicano', 'candidate:organization'],
      ['Partito comunista', 'candidate:organization'],
    ]);
    // Two such adjectives: "Commissione elettorale centrale".
    assert.deepEqual(found('Lo ha detto la Commissione elettorale centrale ieri.'), [['Commissione elettorale centrale', 'candidate:organization']]);
    // Not after a head in small letters, nor any adjective.
    assert.deepEqual(found("Il ministero statale ha risposto; l'Università bella."), []);
  });

  it('takes the adjective in small letters that agrees with a capitalised word after a link, as Italian writes what a ministry is for', () => {
    assert.deepEqual(found("Il Ministero dello Sviluppo economico e il Ministero dell'Ambiente e della Sicurezza energetica hanno risposto."), [
      ['Ministero dello Sviluppo economico', 'candidate:organization'],
      ["Ministero dell'Ambiente e della Sicurezza energetica", 'candidate:organization'],
    ]);
    assert.deepEqual(found('Il Ministero delle Risorse idriche del Tagikistan e il Dipartimento della Protezione civile.'), [
      ['Ministero delle Risorse idriche', 'candidate:organization'],
      ['Tagikistan', 'place:tajikistan'],
      ['Dipartimento della Protezione civile', 'candidate:organization'],
    ]);
    // Not an adjective of another ending or gender, nor a verb of that ending.
    assert.deepEqual(found('Il Ministero della Salute pubblica i dati; il Ministero della Difesa politico.'), [
      ['Ministero della Salute', 'candidate:organization'],
      ['Ministero della Difesa', 'candidate:organization'],
    ]);
  });

  it('reads Italian names written with only the head capitalised, and a few heads alone', () => {
    assert.deepEqual(found('Ieri il Consiglio di difesa ha votato; poi il Comitato per la ricostruzione e il Parlamento tagiko.'), [
      ['Consiglio di difesa', 'candidate:organization'],
      ['Comitato per la ricostruzione', 'candidate:organization'],
      ['Parlamento tagiko', 'candidate:organization'],
    ]);
    // Not at a sentence's start, nor before a name it describes, nor a head that is no body alone.
    assert.deepEqual(found('Consiglio di lettura. Lo riporta l’Agenzia di stampa Orizzonte. Il Consiglio si è riunito.'), []);    // After "per", any article; then an adjective of bodies, or "di" and a noun that ends the name.
    assert.deepEqual(found('Secondo il Centro per gli studi strategici di Dushanbe e il Comitato per le situazioni di emergenza, la Fondazione per i diritti umani e il Comitato per l’ambiente.'), [
      ['Centro per gli studi strategici', 'candidate:organization'],
      ['Dushanbe', 'place:dushanbe'],
      ['Comitato per le situazioni di emergenza', 'candidate:organization'],
      ['Fondazione per i diritti umani', 'candidate:organization'],
      ['Comitato per l’ambiente', 'candidate:organization'],
    ]);
    // After a name, "per" and its name in small letters; after a head's adjective, "di" and a noun.
    assert.deepEqual(found('Il Comitato di Stato per la sicurezza nazionale e le Forze collettive di pace dell’OTSC; il Comitato di Stato per la prima volta.'), [
      ['Comitato di Stato per la sicurezza nazionale', 'candidate:organization'],
      ['Forze collettive di pace', 'candidate:organization'],
      ['OTSC', 'organization:csto'],
      ['Comitato di Stato', 'candidate:organization'],
    ]);
    // An acronym right after a capitalised head, and a chamber of commerce.
    assert.deepEqual(found('Il forum organizzato dall’Agenzia ICE insieme alla Camera di commercio.'), [
      ['Agenzia ICE', 'candidate:organization'],
      ['Camera di commercio', 'candidate:organization'],
    ]);
    // "Centro studi" before its name, a known place too; where it is, after "di", is not its name.
    assert.deepEqual(found('Lo dice il Centro studi Eurasia di Padova; il Centro studi ha risposto.'), [
      ['Centro studi Eurasia', 'candidate:organization'],
      ['Padova', 'place:padua'],
    ]);
    // Two adjectives joined by "e", of the same ending.
    assert.deepEqual(found('Un ricercatore dell’Istituto per gli studi strategici e interregionali ha detto.'), [['Istituto per gli studi strategici e interregionali', 'candidate:organization']]);
    // A phrase of the sentence after "per" is none: "per la prima volta".
    assert.deepEqual(found('Ha detto che il Consiglio per la prima volta ha approvato il testo.'), []);
  });

  it('reads no name into a head followed by a day or a time ("il Consiglio di domani"), and still takes a small word that is none', () => {
    assert.deepEqual(found('Il vertice e il Consiglio di domani, poi il Comitato di giovedì e il Consiglio di dicembre.'), []);
    assert.deepEqual(found('Ieri il Consiglio di sicurezza e il Comitato di vigilanza hanno votato.'), [
      ['Consiglio di sicurezza', 'candidate:organization'],
      ['Comitato di vigilanza', 'candidate:organization'],
    ]);
  });

  it('keeps an academy named after the general staff whole, though the general staff is a name of its own', () => {
    assert.deepEqual(found('He graduated from the Naval Academy of the General Staff of the Armed Forces of Russia.'), [
      ['Naval Academy of the General Staff of the Armed Forces', 'candidate:organization'],
      ['Russia', 'place:russia'],
    ]);
    assert.deepEqual(found('He graduated from the Military Academy of the General Staff of the Armed Forces of Russia.'), [
      ['Military Academy of the General Staff of the Armed Forces', 'organization:russia-general-staff-military-academy'],
      ['Russia', 'place:russia'],
    ]);
  });

  it('takes a Russian body named by its capitalised adjective before a head in small letters, inside a sentence', () => {
    assert.deepEqual(found('Дело передано в Следственный комитет, жалобу рассмотрят в Бишкекском городском суде.'), [
      ['Следственный комитет', 'candidate:organization'],
      ['Бишкекском городском суде', 'candidate:organization'],
    ]);
    // The genitives after the head are part of the name; the country after it is a mention of its own.
    assert.deepEqual(found('Конкурс провело Национальное агентство по делам государственной службы, решение принял Конституционный суд Армении.'), [
      ['Национальное агентство по делам государственной службы', 'candidate:organization'],
      ['Конституционный суд', 'candidate:organization'],
      ['Армении', 'place:armenia'],
    ]);
    // A compound adjective of two parts is read by its last.
    assert.deepEqual(found('Эксперт Центра военно-политических исследований выступил.'), [['Центра военно-политических исследований', 'candidate:organization']]);
    // "при" and the body a body answers to end its name; the state after them is a place of its own.
    assert.deepEqual(found('Эксперт Центра стратегических исследований при Президенте Республики Таджикистан выступил.'), [
      ['Центра стратегических исследований при Президенте', 'candidate:organization'],
      ['Республики Таджикистан', 'place:tajikistan'],
    ]);
    // Universities, institutes and academies so named, the person after them apart.
    assert.deepEqual(found('Доцент Белорусского государственного университета Ольга Дубовик выступила в Казахском национальном университете.'), [
      ['Белорусского государственного университета', 'candidate:organization'],
      ['Ольга Дубовик', 'candidate:person'],
      ['Казахском национальном университете', 'candidate:organization'],
    ]);
    // District and city executive committees, a place the knowledge base knows by the adjective inside.
    assert.deepEqual(found('Председатель Борисовского райисполкома выступил; в Минском горисполкоме сообщили.'), [
      ['Борисовского райисполкома', 'candidate:organization'],
      ['Минском горисполкоме', 'candidate:organization'],
    ]);
    // A compound adjective whole: its first part is no person after the title.
    assert.deepEqual(found('Политолог Андрей Ветров из Санкт-Петербургского государственного университета считает так.'), [
      ['Андрей Ветров', 'candidate:person'],
      ['Санкт-Петербургского государственного университета', 'candidate:organization'],
    ]);
    // At the start of a sentence, in small letters, or with no adjective, the words are no name.
    assert.deepEqual(found('Новый комитет создан. Решение принял районный суд. Он обратился в суд, а затем в Комитет.'), []);
    // Parties, confederations, federations, associations and an opposition so named, and the
    // person after them, whose title is before the body ("президент Всемирной конфедерации … Билал Эрдоган").
    assert.deepEqual(found('Третьим стал кандидат Аграрной партии Агаджан Бекмурадов, бывший командир Объединенной таджикской оппозиции.'), [
      ['Аграрной партии', 'candidate:organization'],
      ['Агаджан Бекмурадов', 'candidate:person'],
      ['Объединенной таджикской оппозиции', 'candidate:organization'],
    ]);
    // At the start of a sentence, an adjective of a state's standing bodies with the state after the name says it is one.
    assert.deepEqual(found('Генеральная прокуратура Узбекистана настаивает на сроке. Верховный суд Киргизии отменил решение.'), [
      ['Генеральная прокуратура', 'candidate:organization'],
      ['Узбекистана', 'place:uzbekistan'],
      ['Верховный суд', 'candidate:organization'],
      ['Киргизии', 'place:kyrgyzstan'],
    ]);
    // Not another adjective (an ad hoc commission), nor one of those without the state after it.
    assert.deepEqual(found('Правительственную комиссию Казахстана возглавил вице-премьер. Верховный суд отменил решение.'), [['Казахстана', 'place:kazakhstan']]);
  });

  it('takes a Russian district, region or mountain range the knowledge base does not know, adjective and noun, as a place', () => {
    assert.deepEqual(found('Сборы прошли в Ляховичском районе Брестской области; аким Кадамжайского района выехал в Ак-Суйский район.'), [
      ['Ляховичском районе', 'candidate:place'],
      ['Брестской области', 'place:brest-region'],
      ['Кадамжайского района', 'candidate:place'],
      ['Ак-Суйский район', 'candidate:place'],
    ]);
    // A mountain range so named too.
    assert.deepEqual(found('Село лежит у подножия Туркестанского хребта.'), [['Туркестанского хребта', 'candidate:place']]);
    // Under one plural noun, each adjective of the list is a place of its own.
    assert.deepEqual(found('Посты усилены в Лоевском, Брагинском и Хойникском районах.'), [
      ['Лоевском', 'candidate:place'],
      ['Брагинском', 'candidate:place'],
      ['Хойникском районах', 'candidate:place'],
    ]);
    // The last of the list a district the knowledge base knows: the ones before it it does not know are places still.
    assert.deepEqual(found('Участки в Баткенском и Лейлекском районах; в Ноокатском, Кадамжайском и Лейлекском районах.'), [
      ['Баткенском', 'candidate:place'],
      ['Лейлекском районах', 'place:leilek-district'],
      ['Ноокатском', 'candidate:place'],
      ['Кадамжайском', 'candidate:place'],
      ['Лейлекском районах', 'place:leilek-district'],
    ]);
    // A noun without a capitalised adjective of that shape, or in the region's own name, is no new place.
    assert.deepEqual(found('В соседнем районе и в районе Бишкека тихо; Новый район построен; в Чуйской области тоже.'), [
      ['Бишкека', 'place:bishkek'],
      ['Чуйской области', 'place:chuy-region'],
    ]);
  });

  it('takes the name after a Russian settlement noun as a place, the noun left out', () => {
    assert.deepEqual(found('Пост выставили вблизи села Кулунду, жители кишлака Кок-Таш ушли в посёлок Ак-Сай, а в ауле Жанаарык тихо.'), [
      ['Кулунду', 'candidate:place'],
      ['Кок-Таш', 'candidate:place'],
      ['Ак-Сай', 'candidate:place'],
      ['Жанаарык', 'candidate:place'],
    ]);
    // A name the knowledge base knows stays its own; a noun before a word in small letters, or with its capital, names nothing new.
    assert.deepEqual(found('Жители села Исфара и села соседнего района вернулись. Село опустело.'), [['Исфара', 'place:isfara']]);
  });

  it('takes the name in quotes after a Russian residence or palace as a place, not the owner after one', () => {
    assert.deepEqual(found('Путин встречался с Алиевым в резиденции «Кохи Навруз», затем во дворце «Бочаров Ручей».'), [
      ['Путин', 'person:vladimir-putin'],
      ['Алиевым', 'person:ilham-aliyev'],
      ['Кохи Навруз', 'candidate:place'],
      ['Бочаров Ручей', 'candidate:place'],
    ]);
    assert.deepEqual(found('Гости прибыли в резиденцию Сидорова, в резиденцию «ночного клуба».'), []);
  });

  it('takes the name in quotes after a Russian border post’s noun as a place, a hyphened name whole', () => {
    assert.deepEqual(found('Он посетил погранзаставу «Шипад», Пункт пропуска «Кызыл-Бел» откроют, а КПП «Достук» закрыт.'), [
      ['Шипад', 'candidate:place'],
      ['Кызыл-Бел', 'candidate:place'],
      ['Достук', 'candidate:place'],
    ]);
    // "пропуска" names a post only after "пункт"; a name in small letters is none.
    assert.deepEqual(found('Без пропуска «Кызыл-Бел» не пройти; на заставе «старой» тихо.'), []);
  });

  it('takes the name of a training ground the knowledge base does not know as a place, the generic words left out', () => {
    assert.deepEqual(found('Drills at the Dolgo-Borsky training ground, then at the Gozhsky firing range.'), [
      ['Dolgo-Borsky', 'candidate:place'],
      ['Gozhsky', 'candidate:place'],
    ]);
    assert.deepEqual(found('Le manovre sul poligono di Borisov e sul poligono militare di Strugi Krasnye.'), [
      ['Borisov', 'candidate:place'],
      ['Strugi Krasnye', 'candidate:place'],
    ]);
    // A demonym, a body, a known place or a sentence's first words are no site's name; nor is a range without its kind.
    assert.deepEqual(found('The Kazakh training ground closed. Training ground staff left. A Wide range of Views. Il poligono è chiuso.'), []);
    assert.deepEqual(found('The Edelweiss training ground near Balykchy; il poligono di Harbmaidon.'), [
      ['Edelweiss', 'place:edelweiss-training-ground'],
      ['Balykchy', 'place:balykchy'],
      ['Harbmaidon', 'place:harbmaidon-training-ground'],
    ]);
  });

  it('takes the name of an air base the knowledge base does not know as a place, the generic words left out', () => {
    assert.deepEqual(found("Russia's Kant air base, the Manas Air Base and the Khanabad airbase; la base aerea di Kant."), [
      ['Russia', 'place:russia'],
      ['Kant', 'candidate:place'],
      ['Manas', 'candidate:place'],
      ['Khanabad', 'candidate:place'],
      ['Kant', 'candidate:place'],
    ]);
    assert.deepEqual(found('Российская авиабаза «Кант» находится в Киргизии, на авиабазе Кант.'), [
      ['Кант', 'candidate:place'],
      ['Киргизии', 'place:kyrgyzstan'],
      ['Кант', 'candidate:place'],
    ]);
    // So is a Russian training ground's, in any case; a place or a body after it is itself.
    assert.deepEqual(found('Учения прошли на полигоне Чорухдайрон и на полигоне под Минском.'), [
      ['Чорухдайрон', 'candidate:place'],
      ['Минском', 'place:minsk'],
    ]);
    // A base of no kind, or an Italian one without "aerea" or "navale", names no site.
    assert.deepEqual(found('The Army base, a military base, the Air Base; la base di Partenza.'), []);
  });

  it('takes a Russian ministry’s abbreviation alone as a body, as "the Foreign Ministry"; not several states’ ministries', () => {
    assert.deepEqual(found('Об этом сообщили в МИД. Минобороны и МЧС молчат, ГКНБ тоже.'), [
      ['МИД', 'candidate:organization'],
      ['Минобороны', 'candidate:organization'],
      ['МЧС', 'candidate:organization'],
      ['ГКНБ', 'candidate:organization'],
    ]);
    // A central election commission likewise; with its state, under any of the state's names, the
    // knowledge base's, and so is the one the article names alone.
    assert.deepEqual(found('Но ЦИК не реагировал.'), [['ЦИК', 'candidate:organization']]);
    assert.deepEqual(found('Но ЦИК не реагировал; ЦИК Киргизии и ЦИК КР.'), [
      ['ЦИК', 'organization:kyrgyzstan-central-election-commission'],
      ['ЦИК', 'organization:kyrgyzstan-central-election-commission'],
      ['Киргизии', 'place:kyrgyzstan'],
      ['ЦИК', 'organization:kyrgyzstan-central-election-commission'],
      ['КР', 'place:kyrgyzstan'],
    ]);
    // With its state after it, the knowledge base's body; several states' ministries, none.
    assert.deepEqual(found('В МИД России заявили, что встреча глав МИД и совещание МИД стран ОДКБ пройдут весной.'), [
      ['МИД', 'organization:russia-foreign-ministry'],
      ['России', 'place:russia'],
      ['ОДКБ', 'organization:csto'],
    ]);
  });

  it('takes a venue’s capitalised name by its head as a place: a cemetery, a stadium, a square, a theatre', () => {
    assert.deepEqual(found('He was buried at the Federal Military Memorial Cemetery; fans filled the Dynamo Stadium.'), [
      ['Federal Military Memorial Cemetery', 'candidate:place'],
      ['Dynamo Stadium', 'candidate:place'],
    ]);
    assert.deepEqual(found('A rally on Independence Square; Moscow’s Bolshoi Theatre.'), [
      ['Independence Square', 'candidate:place'],
      ['Moscow', 'place:moscow'],
      ['Bolshoi Theatre', 'candidate:place'],
    ]);
    // A street or a square named after a person the knowledge base knows is the place, not the person.
    assert.deepEqual(found('Protesters marched along Abai Avenue to Nazarbayev Street; Tokayev spoke.'), [
      ['Abai Avenue', 'candidate:place'],
      ['Nazarbayev Street', 'candidate:place'],
      ['Tokayev', 'person:kassym-jomart-tokayev'],
    ]);
    // The head alone names nothing.
    assert.deepEqual(found('The Palace said so, and the Stadium was closed.'), []);
  });

  it('takes a Russian or Italian square or street by its noun and its name as a place, the noun inside', () => {
    assert.deepEqual(found('Протестовали на площади Республики и на площади Ала-Тоо; la folla in Piazza della Repubblica.'), [
      ['площади Республики', 'candidate:place'],
      ['площади Ала-Тоо', 'candidate:place'],
      ['Piazza della Repubblica', 'candidate:place'],
    ]);
    // Named after a person the knowledge base knows: the street, not the person; the person elsewhere.
    assert.deepEqual(found('Шествие прошло по проспекту Абая и проспекту Назарбаева к 175-летию Абая.'), [
      ['проспекту Абая', 'candidate:place'],
      ['проспекту Назарбаева', 'candidate:place'],
      ['Абая', 'person:abai-kunanbayev'],
    ]);
    // Named by its adjective before the noun, and in English by the capitalised words before "Avenue" or "Street".
    assert.deepEqual(found('Брифинг на Смоленской площади; a rally on Abay Avenue and in Downing Street.'), [
      ['Смоленской площади', 'candidate:place'],
      ['Abay Avenue', 'candidate:place'],
      ['Downing Street', 'candidate:place'],
    ]);
    // A known place after the noun is the place's, and an adjective in an oblique case another name's.
    assert.deepEqual(found('На площади Москвы; площадь Ферганской долины; на Красной площади.'), [
      ['Москвы', 'place:moscow'],
      ['Ферганской долины', 'place:fergana-valley'],
      ['Красной площади', 'place:red-square'],
    ]);
    // An adjective that agrees with the noun after it, and a name of two words that do not decline.
    assert.deepEqual(found('Собрались на улице Советской, потом на улице Жибек Жолы; по улице Ленина Иван Петров шёл.'), [
      ['улице Советской', 'candidate:place'],
      ['улице Жибек Жолы', 'candidate:place'],
      ['улице Ленина', 'candidate:place'],
    ]);
  });

  it('takes the name after "-based" as a body, the places inside it included', () => {
    assert.deepEqual(found('An analyst with the Vilnius-based Belarus Security Monitor; the Bishkek-based think tank Central Asia Security Review.'), [
      ['Vilnius', 'place:vilnius'],
      ['Belarus Security Monitor', 'candidate:organization'],
      ['Bishkek', 'place:bishkek'],
      ['Central Asia Security Review', 'candidate:organization'],
    ]);
    // A head among the words: its own rule reads the name, past its links.
    assert.deepEqual(found('An analyst at the Tashkent-based Institute for Strategic and Regional Studies spoke.'), [
      ['Tashkent', 'place:tashkent'],
      ['Institute for Strategic and Regional Studies', 'candidate:organization'],
    ]);
    // Not a demonym, a known name, nor a known place alone.
    assert.deepEqual(found('The Moscow-based Russian diplomat; the Almaty-based Kazakhstan office.'), [
      ['Moscow', 'place:moscow'],
      ['Almaty', 'place:almaty'],
      ['Kazakhstan', 'place:kazakhstan'],
    ]);
  });

  it('takes the name of an airport the knowledge base does not know as a place, the generic words left out', () => {
    assert.deepEqual(found('He landed at Manas airport, then flew on from Vnukovo international airport.'), [
      ['Manas', 'candidate:place'],
      ['Vnukovo', 'candidate:place'],
    ]);
    assert.deepEqual(found("L'aereo è atterrato all'aeroporto di Manas e poi all'aeroporto internazionale di Fiumicino."), [
      ['Manas', 'candidate:place'],
      ['Fiumicino', 'candidate:place'],
    ]);
    assert.deepEqual(found('Делегация прибыла в аэропорт Манас; в аэропорту «Кант» её встретили.'), [
      ['Манас', 'candidate:place'],
      ['Кант', 'candidate:place'],
    ]);
    // A known place before "airport" is itself; "airport" alone, or with its capital, names nothing.
    assert.deepEqual(found('Moscow airport was closed. The airport reopened. Airport staff left.'), [['Moscow', 'place:moscow']]);
  });

  it('takes the name of a convention or exhibition centre the knowledge base does not know as a place, the generic words left out', () => {
    assert.deepEqual(found('The summit opened at the Meijiang convention centre; the forum at the Crocus exhibition center; drills at the Gorny training centre.'), [
      ['Meijiang', 'candidate:place'],
      ['Crocus', 'candidate:place'],
      ['Gorny', 'candidate:place'],
    ]);
    assert.deepEqual(found('Саммит прошёл в конгресс-центре «Мэйцзян».'), [['Мэйцзян', 'candidate:place']]);
    // A centre of no such kind, or a known place before it, names no venue; nor does "центр" alone.
    assert.deepEqual(found('The press centre opened; the Moscow convention centre; в центре «Сколково».'), [['Moscow', 'place:moscow']]);
    // "центр" in small letters heads no body's name either.
    assert.deepEqual(found('Организация сместила центр тяжести на юг; в центре внимания оказался бюджет.'), []);
  });

  it('takes the name in quotes after a newspaper’s, an agency’s, a channel’s, a party’s or a company’s noun as an organization, a place within it too', () => {
    assert.deepEqual(found('Как сообщает газета «Минский курьер», депутаты партии «Светлая Армения» и телеканал «Мир 24» это обсуждали.'), [
      ['Минский курьер', 'candidate:organization'],
      ['Светлая Армения', 'candidate:organization'],
      ['Мир 24', 'candidate:organization'],
    ]);
    // A known place that fills the quotes is the outlet's name; a dash may part the name's words.
    assert.deepEqual(found('Об этом сообщил портал «Центральная Азия»; Партия «Светлая Армения — За правду» против.'), [
      ['Центральная Азия', 'candidate:organization'],
      ['Светлая Армения — За правду', 'candidate:organization'],
    ]);
    assert.deepEqual(found('Il quotidiano «Voce dell’Asia» e il partito “Patto civico”; the newspaper "Kyiv Post" reported.'), [
      ['Voce dell’Asia', 'candidate:organization'],
      ['Patto civico', 'candidate:organization'],
      ['Kyiv Post', 'candidate:organization'],
    ]);
    // What the knowledge base knows as an organization or an event stays so; small letters, or no quotes, make no name.
    assert.deepEqual(found('Агентство «Кабар» сообщило, агентство «Интерфакс» показало учения «Взаимодействие-2025».'), [
      ['Кабар', 'organization:kabar'],
      ['Интерфакс', 'organization:interfax'],
      ['Взаимодействие-2025', 'event:csto-exercise-interaction'],
    ]);
    assert.deepEqual(found('Партия «за» выступила, газета Россия писала.'), [['Россия', 'place:russia']]);
    // After a state company's noun or a company's legal form, a known place's plant included.
    assert.deepEqual(found('Госкомпания «Барки Точик» и ОАО «Рогунская ГЭС» ответили; координатор сети «Ачык шайлоо» тоже.'), [
      ['Барки Точик', 'candidate:organization'],
      ['Рогунская ГЭС', 'candidate:organization'],
      ['Ачык шайлоо', 'candidate:organization'],
    ]);
  });

  it('takes the city a university is named after into its name, not after an adjective or a link', () => {
    assert.deepEqual(found("Studia all'Università di Bologna e insegna al Politecnico di Torino; suo fratello all'Università statale di Erevan."), [
      ['Università di Bologna', 'candidate:organization'],
      ['Politecnico di Torino', 'candidate:organization'],
      ['Università statale', 'candidate:organization'],
      ['Erevan', 'place:yerevan'],
    ]);
    assert.deepEqual(found('He studied at the University of Bologna and at the Institute of Oriental Studies in Moscow.'), [
      ['University of Bologna', 'candidate:organization'],
      ['Institute of Oriental Studies', 'candidate:organization'],
      ['Moscow', 'place:moscow'],
    ]);
  });

  it('takes the capitalised words before an English noun of a newspaper, an agency or a party in small letters as an organization, the noun left out', () => {
    assert.deepEqual(found('In an interview with the Ana Tili newspaper, a leader of the ruling Bright Path party spoke to the Khabar news agency.'), [
      ['Ana Tili', 'candidate:organization'],
      ['Bright Path', 'candidate:organization'],
      ['Khabar', 'candidate:organization'],
    ]);
    // A known place may end the name after a word that is not known.
    assert.deepEqual(found('Russia’s ruling Great Russia party won.'), [
      ['Russia', 'place:russia'],
      ['Great Russia', 'candidate:organization'],
    ]);
    // Not a word capitalised as it starts the sentence, an adjective, a demonym or what the knowledge base knows.
    assert.deepEqual(found('Opposition party leaders met the Communist party and the Kazakh news agency, the TASS news agency too.'), [['TASS', 'organization:tass']]);
    // A platform's channel is no outlet of its own.
    assert.deepEqual(found('He wrote on his Telegram channel and on the YouTube channel.'), []);
    // After "a" the noun is one of many: no name before it.
    assert.deepEqual(found('They held a Christmas party and a New Year party.'), []);
    assert.deepEqual(found('The Bright Path party won. Its Ana Tili newspaper wrote.'), [
      ['Bright Path', 'candidate:organization'],
      ['Ana Tili', 'candidate:organization'],
    ]);
  });

  it('takes the name of a news outlet right after its noun, a web address too, as an organization', () => {
    assert.deepEqual(found('He told the news website MountainNet and the Kyrgyz news site Dolina.media; secondo il sito Stepnoy.kz e il portale regionale Sisian Times.'), [
      ['MountainNet', 'candidate:organization'],
      ['Dolina.media', 'candidate:organization'],
      ['Stepnoy.kz', 'candidate:organization'],
      ['Sisian Times', 'candidate:organization'],
    ]);
    assert.deepEqual(found('Сообщает издание Tulpar.media, пишет портал 45.kg; il quotidiano governativo Armenia Vesti.'), [
      ['Tulpar.media', 'candidate:organization'],
      ['45.kg', 'candidate:organization'],
      ['Armenia Vesti', 'candidate:organization'],
    ]);
    // Not a site that is no news outlet's, nor a Russian name in Cyrillic without quotes.
    assert.deepEqual(found('At the test site Sary-Shagan; издание Горная Звезда пишет.'), []);
  });

  it('takes the name of an area the knowledge base does not know after "distretto di", "provincia di" or "regione di" as a place, the noun inside', () => {
    assert.deepEqual(found('Nel distretto di Maktaaral e nella provincia di Takhar; i distretti di Sardoba e Mirzaabad.'), [
      ['distretto di Maktaaral', 'candidate:place'],
      ['provincia di Takhar', 'candidate:place'],
      ['Sardoba', 'candidate:place'],
      ['Mirzaabad', 'candidate:place'],
    ]);
    // A known town's area as areaHeads.ts reads it; a known region is itself; small letters name none.
    assert.deepEqual(found('La provincia di Milano, la regione di Kursk, il distretto di polizia.'), [
      ['provincia di Milano', 'candidate:place'],
      ['regione di Kursk', 'place:kursk-region'],
    ]);
  });

  it('takes the name before water works or a power plant the knowledge base does not know as a place, the nouns left out; and the river after "реке"', () => {
    assert.deepEqual(found('The Tuyamuyun reservoir fell; the Sardoba dam broke; the Kropotkinskaya pumping station and the Ekibastuz power plant.'), [
      ['Tuyamuyun', 'candidate:place'],
      ['Sardoba', 'candidate:place'],
      ['Kropotkinskaya', 'candidate:place'],
      ['Ekibastuz', 'place:ekibastuz'],
    ]);
    // Not a part of a longer name, nor a plant of no kind.
    assert.deepEqual(found('A New Zealand power station, the nuclear power plant, the Bishkek plant.'), [['Bishkek', 'place:bishkek']]);
    assert.deepEqual(found('Уровень воды на реке Чу и в реке Вахш.'), [
      ['Чу', 'candidate:place'],
      ['Вахш', 'place:vakhsh'],
    ]);
  });

  it('takes the name of a village the knowledge base does not know after "village of" or "villaggio di" as a place', () => {
    assert.deepEqual(found('Shots were fired near the village of Kok-Tash; gli abitanti del villaggio di Ak-Sai sono fuggiti.'), [
      ['Kok-Tash', 'candidate:place'],
      ['Ak-Sai', 'candidate:place'],
    ]);
    // A known place keeps its entity; a demonym, small letters or another noun make no village's name.
    assert.deepEqual(found('In the village of Vorukh a village of Tajiks met; the village of the dead; the Village of Kok-Tash Road.'), [['Vorukh', 'place:vorukh']]);
    assert.deepEqual(found('The house of Kok-Tash, a villa di Ak-Sai.'), []);
  });

  it('takes the names after a town’s or a city’s noun, and each name listed after a plural noun, as places', () => {
    assert.deepEqual(found('In the town of Kaskelen and the city of Osh; nella città di Kaskelen; в городе Осиповичи.'), [
      ['Kaskelen', 'candidate:place'],
      ['Osh', 'place:osh'],
      ['Kaskelen', 'candidate:place'],
      ['Осиповичи', 'candidate:place'],
    ]);
    assert.deepEqual(found('Residents of the villages of Kirants and Voskepar left; из сёл Бешкент, Кок-Таш и Ак-Сай; nei villaggi di Kok-Tash e Ak-Sai.'), [
      ['Kirants', 'candidate:place'],
      ['Voskepar', 'candidate:place'],
      ['Бешкент', 'candidate:place'],
      ['Кок-Таш', 'candidate:place'],
      ['Ак-Сай', 'candidate:place'],
      ['Kok-Tash', 'candidate:place'],
      ['Ak-Sai', 'candidate:place'],
    ]);
    // A surname after the noun's word makes it a person's first name after a title: "староста села Арутюн Мкртчян"; a region's adjective does not.
    assert.deepEqual(found('В селе Кок-Таш Баткенской области выступил староста села Арутюн Мкртчян.'), [
      ['Кок-Таш', 'candidate:place'],
      ['Баткенской области', 'place:batken-region'],
      ['Арутюн Мкртчян', 'candidate:person'],
    ]);
    // After a singular noun, one village is named: what "and" joins after it is the sentence’s.
    assert.deepEqual(found('The village of Kok-Tash and Tigranashen were shelled.'), [['Kok-Tash', 'candidate:place']]);
  });

  it('takes a name with an edition’s year next to an exercise’s noun as a candidate event, the noun left out', () => {
    assert.deepEqual(found('Le esercitazioni congiunte della CSTO “Cooperazione-2024” e le manovre Granit-2022 sono finite.'), [
      ['CSTO', 'organization:csto'],
      ['Cooperazione-2024', 'candidate:event'],
      ['Granit-2022', 'candidate:event'],
    ]);
    assert.deepEqual(found('The Frontier-2024 drills followed the “Southern Shield 2024” exercise.'), [
      ['Frontier-2024', 'candidate:event'],
      ['Southern Shield 2024', 'candidate:event'],
    ]);
    // Named after a region the knowledge base knows, the edition is still the exercise's, in each language.
    assert.deepEqual(found('В учениях «Кавказ-2020» участвовали военные Армении.'), [
      ['Кавказ-2020', 'candidate:event'],
      ['Армении', 'place:armenia'],
    ]);
    assert.deepEqual(found('Учения Кавказ-2020 прошли на Кавказе.'), [
      ['Кавказ-2020', 'candidate:event'],
      ['Кавказе', 'place:caucasus'],
    ]);
    assert.deepEqual(found('Russia held the Kavkaz-2020 drills in the Caucasus.'), [
      ['Russia', 'place:russia'],
      ['Kavkaz-2020', 'candidate:event'],
      ['Caucasus', 'place:caucasus'],
    ]);
    assert.deepEqual(found('Le esercitazioni Kavkaz-2020 si sono svolte nel Caucaso.'), [
      ['Kavkaz-2020', 'candidate:event'],
      ['Caucaso', 'place:caucasus'],
    ]);
    assert.deepEqual(found('Учения «Рубикон-2024» начались.'), [['Рубикон-2024', 'candidate:event']]);
    // The singular and the other cases of the Russian nouns.
    assert.deepEqual(found('Учение «Сотрудничество-2023» прошло, на учениях «Гром-2023» и в ходе маневров «Щит-2023» тоже.'), [
      ['Сотрудничество-2023', 'candidate:event'],
      ['Гром-2023', 'candidate:event'],
      ['Щит-2023', 'candidate:event'],
    ]);
    // Every noun of an exercise in each language: the English singular and manoeuvres, the Russian singular's cases.
    assert.deepEqual(found('After the Frontier-2024 drill came the Granit-2024 maneuvers and the Steppe-2024 manoeuvres.'), [
      ['Frontier-2024', 'candidate:event'],
      ['Granit-2024', 'candidate:event'],
      ['Steppe-2024', 'candidate:event'],
    ]);
    assert.deepEqual(found('Военные участвовали в учении «Кавказ-2020». Маневрами «Щит-2024» руководил генерал.'), [
      ['Кавказ-2020', 'candidate:event'],
      ['Щит-2024', 'candidate:event'],
    ]);
    // A named operation is written the same way; Italian may put adjectives between the noun and the name.
    assert.deepEqual(found('Операция «Прокси-2023» и операция «Заслон-2023»; the CSTO operation Proxy-2024.'), [
      ['Прокси-2023', 'candidate:event'],
      ['Заслон-2023', 'candidate:event'],
      ['CSTO', 'organization:csto'],
      ['Proxy-2024', 'candidate:event'],
    ]);
    assert.deepEqual(found("L'operazione informatica Proxy-2023 e le esercitazioni congiunte Granit-2024."), [
      ['Proxy-2023', 'candidate:event'],
      ['Granit-2024', 'candidate:event'],
    ]);
    // One the knowledge base knows is its operation.
    assert.deepEqual(found('Антинаркотическая операция «Канал-2023».'), [['Канал-2023', 'event:csto-operation-kanal']]);
    assert.deepEqual(found('The operation began in Kazakhstan-2023 style; the operation was a success.'), [['Kazakhstan', 'place:kazakhstan']]);
    // A series the knowledge base knows keeps its entity; a year alone, or quotes without one, make no exercise.
    assert.deepEqual(found('The exercise Interaction-2023 ended.'), [['Interaction-2023', 'event:csto-exercise-interaction']]);
    assert.deepEqual(found('Exercises held in 2024. The exercise “Steppe Wind” began. The exercise, as in Tajikistan-2024 talks, ended.'), [['Tajikistan', 'place:tajikistan']]);
  });

  it('takes a known region with a year glued to it as a candidate exercise, with no noun near it; not a state so written', () => {
    assert.deepEqual(found('The ministry has named Kavkaz-2020; il Caucaso-2020 si terrà; Кавказ-2020 стал крупнейшим.'), [
      ['Kavkaz-2020', 'candidate:event'],
      ['Caucaso-2020', 'candidate:event'],
      ['Кавказ-2020', 'candidate:event'],
    ]);
    assert.deepEqual(found('The Kazakhstan-2050 strategy, the Caucasus-20201 code.'), [
      ['Kazakhstan', 'place:kazakhstan'],
      ['Caucasus', 'place:caucasus'],
    ]);
  });

  it('takes the name after "presidente del Consiglio" as the prime minister’s, not as the body’s', () => {
    assert.deepEqual(found('Lo ha detto la presidente del Consiglio Carla Ferretti a Baku.'), [
      ['Carla Ferretti', 'candidate:person'],
      ['Baku', 'place:baku'],
    ]);
    // Another office before "Consiglio", or a body's own name after it, is still a body.
    assert.deepEqual(found('Ha parlato il segretario del Consiglio Supremo di Difesa.'), [['Consiglio Supremo di Difesa', 'candidate:organization']]);
  });

  it('reads two titles joined by "e" as titles, neither a body nor a name', () => {
    assert.deepEqual(
      found('Il Vicepresidente del Consiglio e Ministro degli Affari Esteri e della Cooperazione Internazionale, Paola Rinaldi, ha ricevuto i colleghi.'),
      [['Paola Rinaldi', 'candidate:person']],
    );
    assert.deepEqual(found('Ne ha parlato il vicepresidente del Consiglio e ministro della Difesa Marco Galli a Erevan.'), [
      ['Marco Galli', 'candidate:person'],
      ['Erevan', 'place:yerevan'],
    ]);
    assert.deepEqual(found('Il Presidente del Consiglio e Ministro dell’Interno Carlo Verdi ha firmato.'), [['Carlo Verdi', 'candidate:person']]);
    // "e" before a body's further words, or before another body, still joins a name.
    assert.deepEqual(found('Lo ha deciso il Ministero dell’Ambiente e della Sicurezza Energetica.'), [['Ministero dell’Ambiente e della Sicurezza Energetica', 'candidate:organization']]);
    assert.deepEqual(found('Ne discute la Commissione Affari Esteri e Difesa del Senato.'), [['Commissione Affari Esteri e Difesa del Senato', 'candidate:organization']]);
    // After a party's name, "e" starts the next party of a list.
    assert.deepEqual(found('Hanno votato il Partito Democratico e Azione Civica.'), [['Partito Democratico', 'candidate:organization']]);
  });

  it('reads Russian names that start with a capitalised head and go on in small letters', () => {
    assert.deepEqual(found('Заседание Совета безопасности прошло в Ереване; Министерство по чрезвычайным ситуациям Киргизии сообщило.'), [
      ['Совета безопасности', 'candidate:organization'],
      ['Ереване', 'place:yerevan'],
      ['Министерство по чрезвычайным ситуациям', 'candidate:organization'],
      ['Киргизии', 'place:kyrgyzstan'],
    ]);
    assert.deepEqual(found('Совет заявил, что Совет безопасности страны соберется.'), [['Совет безопасности', 'candidate:organization']]);
    // A cabinet of ministers, as Turkmenistan, Uzbekistan and Kyrgyzstan call their governments.
    assert.deepEqual(found('Победил заместитель председателя Кабинета министров.'), [['Кабинета министров', 'candidate:organization']]);
    // Institutes and universities, after an adjective of their city too.
    assert.deepEqual(found('Политолог из ереванского Института кавказской политики учился в Университете дружбы народов.'), [
      ['Института кавказской политики', 'candidate:organization'],
      ['Университете дружбы народов', 'candidate:organization'],
    ]);
    // Research centres and funds, with genitives in -изма.
    assert.deepEqual(found('Эксперт Центра стратегических исследований и директор Фонда развития парламентаризма выступили. Центр города закрыт.'), [
      ['Центра стратегических исследований', 'candidate:organization'],
      ['Фонда развития парламентаризма', 'candidate:organization'],
    ]);
    // An adjective after the complements is the next phrase's: a name ends with a noun.
    assert.deepEqual(found('Глава Пограничной службы нового образца выступил.'), [['Пограничной службы', 'candidate:organization']]);
    // Genitives in -ния and -ства, and "дел", which is no verb.
    assert.deepEqual(found('Министерство иностранных дел Туркмении и Министерство сельского хозяйства Киргизии заявили.'), [
      ['Министерство иностранных дел', 'candidate:organization'],
      ['Туркмении', 'place:turkmenistan'],
      ['Министерство сельского хозяйства', 'candidate:organization'],
      ['Киргизии', 'place:kyrgyzstan'],
    ]);
    // A ministry's short name is its whole name, in any case, the country after it apart.
    assert.deepEqual(found('По данным Минздрава Киргизии и Минэнерго, Минфин Армении опроверг это.'), [
      ['Минздрава', 'candidate:organization'],
      ['Киргизии', 'place:kyrgyzstan'],
      ['Минэнерго', 'candidate:organization'],
      ['Минфин', 'candidate:organization'],
      ['Армении', 'place:armenia'],
    ]);
    // The general staff's likewise, with the armed forces it is of.
    assert.deepEqual(found('Делегацию возглавил начальник Генштаба Павел Муравейко; прибыл начальник Генштаба Вооруженных сил и глава Генштаба ВС.'), [
      ['Генштаба', 'candidate:organization'],
      ['Павел Муравейко', 'candidate:person'],
      ['Генштаба Вооруженных сил', 'candidate:organization'],
      ['Генштаба ВС', 'candidate:organization'],
    ]);
    // Genitive plurals in -ий and -ств are complements too; a verb after them still ends the name.
    assert.deepEqual(found('Министерство чрезвычайных ситуаций сообщило, что Департамент стратегических исследований и Ассамблея малых государств заседали.'), [
      ['Министерство чрезвычайных ситуаций', 'candidate:organization'],
      ['Департамент стратегических исследований', 'candidate:organization'],
      ['Ассамблея малых государств', 'candidate:organization'],
    ]);
  });

  it('reads what a Russian body does after "по", a noun of action in the dative and the words that complete it, to a verb or a preposition', () => {
    assert.deepEqual(found('Об этом сообщил Координационный совет руководителей компетентных органов по противодействию незаконному обороту наркотиков.'), [
      ['Координационный совет руководителей компетентных органов по противодействию незаконному обороту наркотиков', 'candidate:organization'],
    ]);
    assert.deepEqual(found('Сотрудники Службы по борьбе с экономическими преступлениями задержали чиновника.'), [['Службы по борьбе с экономическими преступлениями', 'candidate:organization']]);
    assert.deepEqual(found('Совет по борьбе с международным терроризмом и экстремизмом собрался.'), [['Совет по борьбе с международным терроризмом и экстремизмом', 'candidate:organization']]);
    // Genitive plurals with no ending; "при" and what follows are not the name's, nor is a word of time.
    assert.deepEqual(found('Комиссия по защите прав потребителей его оштрафовала, а Комитет по контролю за оборотом наркотиков при МВД и Совет по развитию туризма сегодня выступили.'), [
      ['Комиссия по защите прав потребителей', 'candidate:organization'],
      ['Комитет по контролю за оборотом наркотиков', 'candidate:organization'],
      ['МВД', 'candidate:organization'],
      ['Совет по развитию туризма', 'candidate:organization'],
    ]);
    // A preposition or an adjective at the end is the next phrase's.
    assert.deepEqual(found('Совет по развитию и туризм, Служба по борьбе с международным, и Агентство по противодействию коррупции Казахстана.'), [
      ['Совет по развитию', 'candidate:organization'],
      ['Служба по борьбе', 'candidate:organization'],
      ['Агентство по противодействию коррупции', 'candidate:organization'],
      ['Казахстана', 'place:kazakhstan'],
    ]);
  });

  it('takes a newspaper named after a place, and only after a place', () => {
    assert.deepEqual(found('The daily Kazakhstan Today and The Moscow Times reported it.'), [
      ['Kazakhstan Today', 'candidate:organization'],
      ['Moscow Times', 'candidate:organization'],
    ]);
    assert.deepEqual(found('Today Armenia voted. Prices in Russia today are up; the Daily Mail said nothing.'), [
      ['Armenia', 'place:armenia'],
      ['Russia', 'place:russia'],
    ]);
    assert.deepEqual(found('The Yerevan Observer and Kazakhstan News reported; the Russia News said nothing new.'), [
      ['Yerevan Observer', 'candidate:organization'],
      ['Kazakhstan News', 'candidate:organization'],
      ['Russia News', 'candidate:organization'],
    ]);
  });

  it('lets a region begin the name of a body, as a research centre is named after it, a region of two words whole', () => {
    assert.deepEqual(found('Analysts of the Caucasus Policy Lab said so.'), [['Caucasus Policy Lab', 'candidate:organization']]);
    assert.deepEqual(found('Experts at the Central Asia Institute said so.'), [['Central Asia Institute', 'candidate:organization']]);
    assert.deepEqual(found('Analysts in Central Asia said so.'), [['Central Asia', 'place:central-asia']]);
  });

  it('does not let a person candidate swallow a known place before the name', () => {
    assert.deepEqual(found('President of the Republic of Moldova Elena Munteanu arrived.'), [
      ['Republic of Moldova', 'place:moldova'],
      ['Elena Munteanu', 'candidate:person'],
    ]);
  });

  it('never lets a person’s name hold an institution’s head noun, even where no body is found', () => {
    const people = (text: string) => bundledRecognizer().recognize(text).filter((m) => m.type === 'candidate' && !m.guess).map((m) => m.text);
    assert.deepEqual(people('Il leader del Partito comunista cinese parlerà.'), []);
    assert.deepEqual(people('According to spokesman Court Ivanov, the hearing ended.'), []);
  });

  it('leaves a parliament named by its own word out of the name of the one who chairs it', () => {
    assert.deepEqual(found('Lo ha detto il presidente della Duma Ivan Sorokin, poi il presidente della Rada Petro Marchuk.'), [
      ['Ivan Sorokin', 'candidate:person'],
      ['Petro Marchuk', 'candidate:person'],
    ]);
  });

  it('goes on past the small word of a name in small letters with an adjective of bodies, or a link and a capitalised word', () => {
    assert.deepEqual(found('Lo ha reso noto il Comitato per la sicurezza dello Stato, poi il Comitato di difesa nazionale.'), [
      ['Comitato per la sicurezza dello Stato', 'candidate:organization'],
      ['Comitato di difesa nazionale', 'candidate:organization'],
    ]);
    // A known place after the link stays a mention of its own; another adjective is no part of the name.
    assert.deepEqual(found('Ne discute il Comitato per la ricostruzione della Cecenia, con il Consiglio di sicurezza nuovo.'), [
      ['Comitato per la ricostruzione', 'candidate:organization'],
      ['Cecenia', 'place:chechnya'],
      ['Consiglio di sicurezza', 'candidate:organization'],
    ]);
  });

  it('reads nothing into a headline in title case', () => {
    assert.deepEqual(found('Protesters Storm Ruling Party Offices As Unrest Spreads'), []);
    assert.deepEqual(found('Unrest Spreads As The Ministry Of Energy Of The Republic Of Kazakhstan And The Ruling Party Of The Region Of Mangystau Meet'), [
      ['Republic Of Kazakhstan', 'place:kazakhstan'],
      ['Mangystau', 'place:mangystau-region'],
    ]);
  });

  it('takes a line that is a body and its country and nothing else as the body: a letterhead, not a headline', () => {
    assert.deepEqual(found('Ministry of Energy of the Republic of Kazakhstan\n\nThe ministry replied.'), [
      ['Ministry of Energy', 'candidate:organization'],
      ['Republic of Kazakhstan', 'place:kazakhstan'],
    ]);
    assert.deepEqual(found('Statement\nAgency for Civil Service Affairs of Armenia\n'), [
      ['Agency for Civil Service Affairs', 'candidate:organization'],
      ['Armenia', 'place:armenia'],
    ]);
    // A headline says more than the name: its verb, or words after the country.
    assert.deepEqual(found('Ministry of Energy Denies Report\n'), []);
    assert.deepEqual(found('Ministry of Energy of Armenia Denies Report\n'), [['Armenia', 'place:armenia']]);
    assert.deepEqual(found('As Unrest Spreads, Ministry of Energy of Armenia\n'), [['Armenia', 'place:armenia']]);
  });

  it('takes a letterhead in capitals the same way, and the knowledge base’s body of that country when it has one', () => {
    assert.deepEqual(found('MINISTRY OF DEFENCE OF THE REPUBLIC OF BELARUS\nPRESS SERVICE\n'), [
      ['MINISTRY OF DEFENCE', 'organization:belarus-defence-ministry'],
      ['REPUBLIC OF BELARUS', 'place:belarus'],
    ]);
    assert.deepEqual(found('STATEMENT\nTHE MINISTRY OF ENERGY OF THE REPUBLIC OF KAZAKHSTAN\n'), [
      ['MINISTRY OF ENERGY', 'candidate:organization'],
      ['REPUBLIC OF KAZAKHSTAN', 'place:kazakhstan'],
    ]);
    // A headline in capitals says more; a head alone is no name; capitals inside a sentence's line are no letterhead.
    assert.deepEqual(found('MINISTRY OF DEFENCE ANNOUNCES DRILLS IN BELARUS\n'), [['BELARUS', 'place:belarus']]);
    assert.deepEqual(found('MINISTRY OF ENERGY OF ARMENIA DENIES REPORT\n'), [['ARMENIA', 'place:armenia']]);
    assert.deepEqual(found('THE COUNCIL OF ASIA\n'), [['ASIA', 'place:asia']]);
    assert.deepEqual(found('The stamp read MINISTRY OF ENERGY OF ARMENIA\n'), [['ARMENIA', 'place:armenia']]);
  });

  it('tells a sentence that a long name starts from a headline, by the words in small letters further on its line', () => {
    assert.deepEqual(found('The Ministry of Energy of the Republic of Kazakhstan and the Agency for Civil Service Affairs of the Republic of Kazakhstan announced the plan.'), [
      ['Ministry of Energy', 'candidate:organization'],
      ['Republic of Kazakhstan', 'place:kazakhstan'],
      ['Agency for Civil Service Affairs', 'candidate:organization'],
      ['Republic of Kazakhstan', 'place:kazakhstan'],
    ]);
  });

  it('leaves titles and ordinary sentences out', () => {
    assert.deepEqual(found('Foreign Minister Ararat Mirzoyan said the school and the ministry agreed.'), [['Ararat Mirzoyan', 'person:ararat-mirzoyan']]);
  });
});

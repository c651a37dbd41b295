// Russian reports name people, places and bodies in every case; the recognizer must find them in
// each, with the whole inflected word as the span, and not turn ordinary words into names.
import * as assert from 'node:assert/strict';
import { bundledKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity } from '../../src/core/knowledgeBase/schema';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { russianCaseForms, russianListForms } from '../../src/core/recognizer/russianForms';

const recognizer = new Recognizer(bundledKnowledgeBase());

function found(text: string): { text: string; id?: string }[] {
  return recognizer.entities(text).map((m) => ({ text: m.text, id: m.id }));
}

describe('Russian case forms of knowledge-base names', () => {
  it('finds places, people and bodies in the oblique cases, the whole word as the span', () => {
    const text =
      'Вчера в Бишкеке Садыр Жапаров встретился с Касым-Жомартом Токаевым, а министр обороны Белоруссии ' +
      'выступил на заседании Совета министров обороны ОДКБ. Делегация Российской Федерации прибыла из Москвы.';
    assert.deepEqual(found(text), [
      { text: 'Бишкеке', id: 'place:bishkek' },
      { text: 'Садыр Жапаров', id: 'person:sadyr-japarov' },
      { text: 'Касым-Жомартом Токаевым', id: 'person:kassym-jomart-tokayev' },
      { text: 'Белоруссии', id: 'place:belarus' },
      // A body and the organization it belongs to are two mentions (compoundNames.ts).
      { text: 'Совета министров обороны', id: 'organization:csto-council-of-defence-ministers' },
      { text: 'ОДКБ', id: 'organization:csto' },
      { text: 'Российской Федерации', id: 'place:russia' },
      { text: 'Москвы', id: 'place:moscow' },
    ]);
  });

  it('finds a person addressed by first name and patronymic alone, in every case, when the knowledge base has the full name', () => {
    assert.deepEqual(found('Касым-Жомарт Кемелевич отметил, что Владимира Владимировича ждут в Астане.'), [
      { text: 'Касым-Жомарт Кемелевич', id: 'person:kassym-jomart-tokayev' },
      { text: 'Владимира Владимировича', id: 'person:vladimir-putin' },
      { text: 'Астане', id: 'place:astana' },
    ]);
    assert.deepEqual(found('Встреча с Александром Григорьевичем прошла в Минске.'), [
      { text: 'Александром Григорьевичем', id: 'person:alexander-lukashenko' },
      { text: 'Минске', id: 'place:minsk' },
    ]);
    // A first name and a patronymic the knowledge base has for no one stay a name to be told.
    assert.ok(!recognizer.entities('Иван Петрович отметил, что встреча прошла.').some((m) => m.id !== undefined));
  });

  it('declines only the head of a body’s name, and a hyphenated first name in its last part', () => {
    assert.ok(russianCaseForms('Совет министров обороны ОДКБ', 'organization').includes('Совета министров обороны ОДКБ'));
    assert.ok(!russianCaseForms('Совет министров обороны ОДКБ', 'organization').some((f) => f.includes('министрам')));
    assert.ok(russianCaseForms('Касым-Жомарт Токаев', 'person').includes('Касым-Жомарта Токаева'));
    assert.ok(!russianCaseForms('Касым-Жомарт Токаев', 'person').some((f) => f.startsWith('Касыма')));
    assert.deepEqual(russianCaseForms('Душанбе', 'place'), []);
    assert.deepEqual(russianCaseForms('ОДКБ', 'organization'), []);
  });

  it('declines a neuter noun in -ие after its adjective as a noun, and a plural adjective in -ие as an adjective', () => {
    const assembly = russianCaseForms('Национальное собрание Армении', 'organization');
    assert.ok(assembly.includes('Национального собрания Армении'));
    assert.ok(assembly.includes('Национальным собранием Армении'));
    assert.ok(!assembly.some((f) => f.includes('собраних')));
    // After a plural adjective, a word in -ие is still a plural adjective: "миротворческих сил".
    assert.ok(russianCaseForms('Коллективные миротворческие силы ОДКБ', 'organization').includes('Коллективных миротворческих сил ОДКБ'));
    assert.deepEqual(found('Депутаты Национального собрания Армении встретились с членами Федерального собрания.').slice(0, 2), [
      { text: 'Национального собрания', id: 'organization:armenia-national-assembly' },
      { text: 'Армении', id: 'place:armenia' },
    ]);
  });

  it('declines a neuter noun in -е or -о in small letters inside a place’s name, and writes и for ы after к', () => {
    assert.deepEqual(russianCaseForms('Аральское море', 'place'), ['Аральского моря', 'Аральскому морю', 'Аральским морем', 'Аральском море']);
    assert.ok(russianCaseForms('Сергеевское водохранилище', 'place').includes('Сергеевского водохранилища'));
    assert.ok(russianCaseForms('Телецкое озеро', 'place').includes('Телецкого озера'));
    // A name of its own in -е or -о does not decline.
    assert.deepEqual(russianCaseForms('Душанбе', 'place'), []);
    assert.deepEqual(russianCaseForms('Мехико', 'place'), []);
    assert.deepEqual(found('Страны Каспийского моря и берега Черного моря; над Аральским морем.'), [
      { text: 'Каспийского моря', id: 'place:caspian-sea' },
      { text: 'Черного моря', id: 'place:black-sea' },
      { text: 'Аральским морем', id: 'place:aral-sea' },
    ]);
  });

  it('declines a feminine adjective after ж, ш, ч or щ in -ей, and in -ой where the ending may be stressed', () => {
    const school = russianCaseForms('Высшая школа экономики', 'organization');
    assert.ok(school.includes('Высшей школы экономики'));
    assert.ok(school.includes('Высшую школу экономики'));
    assert.ok(russianCaseForms('Большая Москва', 'place').includes('Большой Москвы'));
    assert.deepEqual(found('Эксперт из Высшей школы экономики.'), [{ text: 'Высшей школы экономики', id: 'organization:hse-university' }]);
  });

  it('declines a plural noun in -а after a plural adjective: troops’ names in every case', () => {
    const troops = russianCaseForms('Воздушно-десантные войска', 'organization');
    assert.ok(troops.includes('Воздушно-десантных войск'));
    assert.ok(troops.includes('Воздушно-десантными войсками'));
    assert.ok(troops.includes('Воздушно-десантных войсках'));
    assert.deepEqual(found('Командующий Воздушно-десантных войск прибыл.'), [
      { text: 'Воздушно-десантных войск', id: 'organization:russia-airborne-forces' },
    ]);
  });

  it('takes a one-word form in small letters for the ordinary word it is', () => {
    const kb = new KnowledgeBase([
      Entity.parse({ id: 'event:zapad', type: 'event', kind: 'exercise', name: 'Zapad', aliases: { ru: ['Запад'] } }),
    ]);
    const matcher = new Recognizer(kb);
    assert.deepEqual(
      matcher.entities('Ветер с запада усилился. Учения «Запада» не было.').map((m) => m.text),
      ['Запада'],
    );
  });

  it('leaves another entity its own name when a case form of one spells it', () => {
    const kb = new KnowledgeBase([
      Entity.parse({ id: 'person:ivan-petrov', type: 'person', name: 'Ivan Petrov', aliases: { ru: ['Петров'] } }),
      Entity.parse({ id: 'person:anna-petrova', type: 'person', name: 'Anna Petrova', aliases: { ru: ['Петрова'] } }),
    ]);
    const mentions = new Recognizer(kb).entities('Заявление Петрова прокомментировал Петров.');
    assert.deepEqual(
      mentions.map((m) => [m.id, m.alternatives]),
      [
        ['person:anna-petrova', undefined],
        ['person:ivan-petrov', undefined],
      ],
    );
  });
  it('finds a region whose head is a feminine noun in -ь in the accusative, which is its nominative', () => {
    assert.deepEqual(found('Колонна вошла в Чуйскую область, затем в Витебскую область и в Беларусь.'), [
      { text: 'Чуйскую область', id: 'place:chuy-region' },
      { text: 'Витебскую область', id: 'place:vitebsk-region' },
      { text: 'Беларусь', id: 'place:belarus' },
    ]);
    assert.ok(russianCaseForms('Чуйская область', 'place').includes('Чуйскую область'));
  });

  it('declines a Russian place name in -ёво as one in -ево, with ё or е as the text writes it', () => {
    assert.deepEqual(found('Переговоры прошли в Ново-Огарёве, гости выехали из Ново-Огарева.'), [
      { text: 'Ново-Огарёве', id: 'place:novo-ogaryovo' },
      { text: 'Ново-Огарева', id: 'place:novo-ogaryovo' },
    ]);
  });

  it('declines a noun in -ец without its е, as Russian does, but not a surname', () => {
    assert.deepEqual(found('Саммит прошел во Дворце Независимости, прием — в Константиновском дворце.'), [
      { text: 'Дворце Независимости', id: 'place:palace-of-independence' },
      { text: 'Константиновском дворце', id: 'place:konstantinovsky-palace' },
    ]);
    const surname = russianCaseForms('Андрей Кузнец', 'person');
    assert.ok(surname.includes('Андрея Кузнеца') && !surname.some((f) => f.includes('Кузнц')), surname.join(', '));
  });

  it('writes the instrumental of a name in -а after ж, ш, ч, щ or ц in -ей, as Russian spells it', () => {
    assert.deepEqual(found('Встреча с Бордюжей; с Николаем Николаевичем Бордюжей.'), [
      { text: 'Бордюжей', id: 'person:nikolai-bordyuzha' },
      { text: 'Николаем Николаевичем Бордюжей', id: 'person:nikolai-bordyuzha' },
    ]);
    assert.deepEqual(russianCaseForms('Бордюжа', 'person').includes('Бордюжей'), true);
    assert.deepEqual(russianCaseForms('Захарова', 'person').includes('Захаровей'), false);
  });

  it('declines a place name of two letters as a longer one', () => {
    assert.deepEqual(found('Из Оша в Оше, к Ошу и над Ошем; а оше и Оши — не город.'), [
      { text: 'Оша', id: 'place:osh' },
      { text: 'Оше', id: 'place:osh' },
      { text: 'Ошу', id: 'place:osh' },
      { text: 'Ошем', id: 'place:osh' },
    ]);
  });

  it('finds each region of a list under one plural head: the adjectives before it, and the last with the head', () => {
    assert.deepEqual(found('Ливни прошли в Ошской, Джалал-Абадской и Чуйской областях, а главы Иссык-Кульской, Таласской и Нарынской областей прибыли.'), [
      { text: 'Ошской', id: 'place:osh-region' },
      { text: 'Джалал-Абадской', id: 'place:jalal-abad-region' },
      { text: 'Чуйской областях', id: 'place:chuy-region' },
      { text: 'Иссык-Кульской', id: 'place:issyk-kul-region' },
      { text: 'Таласской', id: 'place:talas-region' },
      { text: 'Нарынской областей', id: 'place:naryn-region' },
    ]);
    assert.deepEqual(found('Делегация выехала в Гродненскую и Витебскую области; Баткенская и Жамбылская области соседствуют с горами.'), [
      { text: 'Гродненскую', id: 'place:grodno-region' },
      { text: 'Витебскую области', id: 'place:vitebsk-region' },
      { text: 'Баткенская', id: 'place:batken-region' },
      { text: 'Жамбылская области', id: 'place:zhambyl-region' },
    ]);
  });

  it('reads back over a list only while its words are regions’ adjectives with their capital', () => {
    // "Российской" names no region, and "ошской" in small letters is no name: the list stops there.
    assert.deepEqual(found('Гости из Российской и Чуйской областях; в ошской и Нарынской областях; Чуйской области.'), [
      { text: 'Чуйской областях', id: 'place:chuy-region' },
      { text: 'Нарынской областях', id: 'place:naryn-region' },
      { text: 'Чуйской области', id: 'place:chuy-region' },
    ]);
    // An adjective alone, with no plural head after the list, is no region.
    assert.deepEqual(found('Ошской и Чуйской дорогами ехали долго.'), []);
    assert.deepEqual(russianListForms('Ставропольский край')?.ends.slice(0, 3), ['Ставропольский края', 'Ставропольского краёв', 'Ставропольского краев']);
    assert.equal(russianListForms('Коллективные силы'), undefined);
    assert.equal(russianListForms('Бишкек'), undefined);
  });

  it('declines an ordinal written in figures at the head of a name as the adjective it stands for', () => {
    assert.deepEqual(found('Учения 201-й российской военной базы прошли у 102-й российской военной базы; на 201-ю военную базу прибыли.'), [
      { text: '201-й российской военной базы', id: 'organization:russia-201st-military-base' },
      { text: '102-й российской военной базы', id: 'organization:russia-102nd-military-base' },
      { text: '201-ю военную базу', id: 'organization:russia-201st-military-base' },
    ]);
    assert.ok(russianCaseForms('5-й армейский корпус', 'organization').includes('5-го армейского корпуса'));
    // A figure alone is no name, and a number that is not an ordinal does not decline.
    assert.deepEqual(russianCaseForms('201-я', 'organization'), []);
    assert.deepEqual(russianCaseForms('2024 год', 'organization'), []);
  });

  it('declines a plural place name in -ичи, and no other name in -и', () => {
    assert.deepEqual(russianCaseForms('Ляховичи', 'place'), ['Ляховичей', 'Ляховичам', 'Ляховичами', 'Ляховичах']);
    assert.deepEqual(russianCaseForms('Сочи', 'place'), []);
    assert.deepEqual(russianCaseForms('Раиси', 'person'), []);
  });

  it('finds each military district of a list under one plural head, as it does regions', () => {
    assert.deepEqual(found('Командующие Центрального и Южного военных округов прибыли; Южный и Центральный военные округа соседствуют.'), [
      { text: 'Центрального', id: 'organization:russia-central-military-district' },
      { text: 'Южного военных округов', id: 'organization:russia-southern-military-district' },
      { text: 'Южный', id: 'organization:russia-southern-military-district' },
      { text: 'Центральный военные округа', id: 'organization:russia-central-military-district' },
    ]);
    // The adjective alone, with no plural head after it, is no district.
    assert.deepEqual(found('Центрального и Южного направлений.'), []);
  });

  it('finds the towns, commands and parliament that regional news names', () => {
    assert.deepEqual(
      found('Сборы прошли в Барановичах, Лиде и Пинске, на полигоне «Обуз-Лесновский»; войска Западного оперативного командования и Ленинградского военного округа. Депутаты Жогорку Кенеша побывали в Конаеве, сообщает Tengrinews.'),
      [
        { text: 'Барановичах', id: 'place:baranovichi' },
        { text: 'Лиде', id: 'place:lida' },
        { text: 'Пинске', id: 'place:pinsk' },
        { text: 'Обуз-Лесновский', id: 'place:obuz-lesnovsky-training-ground' },
        { text: 'Западного оперативного командования', id: 'organization:belarus-western-operational-command' },
        { text: 'Ленинградского военного округа', id: 'organization:russia-leningrad-military-district' },
        { text: 'Жогорку Кенеша', id: 'organization:kyrgyzstan-jogorku-kenesh' },
        { text: 'Конаеве', id: 'place:konaev' },
        { text: 'Tengrinews', id: 'organization:tengrinews' },
      ],
    );
    assert.deepEqual(found('Подразделения из Кордая прибыли; занятия прошли в Дангаре.'), [
      { text: 'Кордая', id: 'place:kordai' },
      { text: 'Дангаре', id: 'place:danghara' },
    ]);
    // "Кенеш" alone, a council in any Kyrgyz town, is not the parliament.
    assert.deepEqual(found('Городской кенеш Оша и Кенеш собрались.'), [{ text: 'Оша', id: 'place:osh' }]);
  });

  it('finds a ministry by its short name before the country’s official name, and Russia’s General Staff', () => {
    assert.deepEqual(found('Информация МИД Республики Таджикистан; Минобороны Кыргызской Республики сообщило; Генштаб России ответил.'), [
      { text: 'МИД', id: 'organization:tajikistan-foreign-ministry' },
      { text: 'Республики Таджикистан', id: 'place:tajikistan' },
      { text: 'Минобороны', id: 'organization:kyrgyzstan-defence-ministry' },
      { text: 'Кыргызской Республики', id: 'place:kyrgyzstan' },
      { text: 'Генштаб', id: 'organization:russia-general-staff' },
      { text: 'России', id: 'place:russia' },
    ]);
    assert.deepEqual(
      found('Начальник Генерального штаба Вооруженных сил Российской Федерации прибыл.').map((m) => m.id),
      ['organization:russia-general-staff', 'organization:russia-armed-forces', 'place:russia'],
    );
    // "МИД" alone names no ministry: which country's, the article must say.
    assert.deepEqual(found('Здание МИД в центре.'), []);
  });

  it('takes a person’s first name left undeclined before the declined surname into the mention', () => {
    assert.deepEqual(found('С Никол Пашиняном встретились, а Садыр Жапарову передали письмо.'), [
      { text: 'Никол Пашиняном', id: 'person:nikol-pashinyan' },
      { text: 'Садыр Жапарову', id: 'person:sadyr-japarov' },
    ]);
    // A word that only ends as the first name does stays out; after another person's first name
    // the surname is someone else's (entityMatcher's anotherFirstNameBefore).
    assert.deepEqual(found('Премьер Пашиняном доволен; ХНикол Пашиняном.'), [
      { text: 'Пашиняном', id: 'person:nikol-pashinyan' },
      { text: 'Пашиняном', id: 'person:nikol-pashinyan' },
    ]);
    assert.deepEqual(found('Встреча с Садыром Пашиняном.'), []);
  });

  it('takes a person’s first name and patronymic, rare ones included, into the mention of the surname', () => {
    assert.deepEqual(found('Глава ведомства Сергей Кужугетович Шойгу поблагодарил Сергея Кужугетовича Шойгу и Эмомали Шариповича Рахмона.'), [
      { text: 'Сергей Кужугетович Шойгу', id: 'person:sergei-shoigu' },
      { text: 'Сергея Кужугетовича Шойгу', id: 'person:sergei-shoigu' },
      { text: 'Эмомали Шариповича Рахмона', id: 'person:emomali-rahmon' },
    ]);
    // The same in Latin letters, and a double first name written with a space for its hyphen.
    assert.deepEqual(found('Imangali Nurgalievich Tasmagambetov met Kassym Jomart Tokayev.'), [
      { text: 'Imangali Nurgalievich Tasmagambetov', id: 'person:imangali-tasmagambetov' },
      { text: 'Kassym Jomart Tokayev', id: 'person:kassym-jomart-tokayev' },
    ]);
    // Another first name, a word that is no patronymic, or one without its capital stays out.
    assert.deepEqual(found('Иван Кужугетович Шойгу; Сергей Большой Шойгу; Сергей кужугетович Шойгу.'), [
      { text: 'Шойгу', id: 'person:sergei-shoigu' },
      { text: 'Шойгу', id: 'person:sergei-shoigu' },
      { text: 'Шойгу', id: 'person:sergei-shoigu' },
    ]);
  });

  it('reads a word in -ском after "в", "на", "о" or "при" as the adjective it is there, not as a town in -ск', () => {
    assert.deepEqual(found('Прощание в Минском гарнизонном Доме офицеров; о Минском районе; на Солигорском руднике.'), []);
    assert.deepEqual(found('Учения прошли под Минском, рядом с Минском и перед Солигорском.'), [
      { text: 'Минском', id: 'place:minsk' },
      { text: 'Минском', id: 'place:minsk' },
      { text: 'Солигорском', id: 'place:soligorsk' },
    ]);
  });

  it('declines a place named by an adjective alone, and reads its "-ском" after "на" as that place', () => {
    assert.deepEqual(found('Стрельбы прошли на Борисовском полигоне, затем на Борисовском и Лепельском полигонах; с Лепельского полигона танки ушли к Борисовскому.'), [
      { text: 'Борисовском', id: 'place:borisovsky-training-ground' },
      { text: 'Борисовском', id: 'place:borisovsky-training-ground' },
      { text: 'Лепельском', id: 'place:lepel-training-ground' },
      { text: 'Лепельского', id: 'place:lepel-training-ground' },
      { text: 'Борисовскому', id: 'place:borisovsky-training-ground' },
    ]);
    // A town in -ск keeps its rule: after "на" its "-ском" is an adjective.
    assert.deepEqual(found('Совещание на Минском тракторном заводе; на борисовском полигоне.'), []);
  });
});

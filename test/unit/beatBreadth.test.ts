// What a reader of the beat names beside the CSTO and the bundled knowledge base now holds: the
// presidency as "the Kremlin", the CSTO's forces under their short forms in three languages, BRICS,
// continents, the regions of Russia and Ukraine, training grounds, exercises and exhibitions with an
// edition's year; and generic words that stay out.
import * as assert from 'node:assert/strict';
import { bundledRecognizer, namesFound as found } from './namesFound';

describe('breadth of the beat', () => {
  it('reads "the Kremlin" as the presidency, offering the place as the other reading', () => {
    const [kremlin] = bundledRecognizer().entities('The Kremlin said the talks would go on.');
    assert.equal(kremlin.id, 'organization:russia-presidential-administration');
    assert.deepEqual(kremlin.alternatives, ['place:moscow-kremlin']);
    assert.deepEqual(found('Il Cremlino ha risposto; в Кремле заявили.'), [
      ['Cremlino', 'organization:russia-presidential-administration'],
      ['Кремле', 'organization:russia-presidential-administration'],
    ]);
  });

  it('finds the CSTO’s forces and bodies under their short forms', () => {
    assert.deepEqual(found('The Collective Forces and the CRDF CAR drilled while the Secretariat watched.'), [
      ['Collective Forces', 'organization:csto-collective-forces'],
      ['CRDF CAR', 'organization:csto-collective-rapid-deployment-forces'],
      ['Secretariat', 'organization:csto-secretariat'],
    ]);
    assert.deepEqual(found('Le Forze di dispiegamento rapido collettivo sono arrivate; КСБР ЦАР прибыли.'), [
      ['Forze di dispiegamento rapido collettivo', 'organization:csto-collective-rapid-deployment-forces'],
      ['КСБР ЦАР', 'organization:csto-collective-rapid-deployment-forces'],
    ]);
  });

  it('finds the news agency REGNUM and the Russian name of Azattyk, which Russian writes alike for the Kazakh and the Kyrgyz service', () => {
    assert.deepEqual(found('МОСКВА, /Корр. ИА REGNUM/. По данным Азаттыка и Радио Азаттык, сообщает Регнум.'), [
      ['МОСКВА', 'place:moscow'],
      ['REGNUM', 'organization:regnum'],
      ['Азаттыка', 'organization:azattyk'],
      ['Радио Азаттык', 'organization:azattyk'],
      ['Регнум', 'organization:regnum'],
    ]);
    const [azattyk] = bundledRecognizer().entities('Корреспондент Азаттыка сообщил.');
    assert.deepEqual(azattyk.alternatives, ['organization:azattyq']);
    // Its Latin name as an acronym is written, never in small letters: "regnum" is also a Latin word.
    assert.deepEqual(found('Il regnum dei Franchi.'), []);
  });

  it('finds BRICS and the SCO’s English name in an Italian text', () => {
    assert.deepEqual(found('Il vertice dei Brics e la Shanghai Cooperation Organization; саммит БРИКС.'), [
      ['Brics', 'organization:brics'],
      ['Shanghai Cooperation Organization', 'organization:sco'],
      ['БРИКС', 'organization:brics'],
    ]);
  });

  it('finds continents, the regions the news names, and training grounds', () => {
    assert.deepEqual(found('Troops from Asia and Europe met near Chechnya and in the Kharkiv region, then at Matybulak.'), [
      ['Asia', 'place:asia'],
      ['Europe', 'place:europe'],
      ['Chechnya', 'place:chechnya'],
      ['Kharkiv region', 'place:kharkiv-region'],
      ['Matybulak', 'place:matybulak-training-ground'],
    ]);
    assert.deepEqual(found('Учения прошли в Ингушетии, в Черниговской области и на полигоне «Лосвидо».'), [
      ['Ингушетии', 'place:ingushetia'],
      ['Черниговской области', 'place:chernihiv-region'],
      ['Лосвидо', 'place:losvido-training-ground'],
    ]);
  });

  it('finds the provinces and towns of Armenia, Kazakhstan and Kyrgyzstan that regional news names, and France', () => {
    assert.deepEqual(found('Министр побывал в Сюникской области, в Капане и Иджеване, затем в Тавушской области и во Франции.'), [
      ['Сюникской области', 'place:syunik'],
      ['Капане', 'place:kapan'],
      ['Иджеване', 'place:ijevan'],
      ['Тавушской области', 'place:tavush'],
      ['Франции', 'place:france'],
    ]);
    assert.deepEqual(found('Курсанты из Усть-Каменогорска и Туркестанской области встретились в Джалал-Абаде; la Francia osserva.'), [
      ['Усть-Каменогорска', 'place:oskemen'],
      ['Туркестанской области', 'place:turkestan-region'],
      ['Джалал-Абаде', 'place:jalal-abad'],
      ['Francia', 'place:france'],
    ]);
  });

  it('finds the regional towns of Belarus, Kazakhstan, Kyrgyzstan, Tajikistan and Armenia in any case', () => {
    assert.deepEqual(found('В Бобруйске, Орше и Мозыре, в Атырау, Павлодаре и Костанае, в Нарыне, Токмоке и Кара-Балте, в Бохтаре и Пенджикенте, в Дилижане.'), [
      ['Бобруйске', 'place:bobruisk'],
      ['Орше', 'place:orsha'],
      ['Мозыре', 'place:mozyr'],
      ['Атырау', 'place:atyrau'],
      ['Павлодаре', 'place:pavlodar'],
      ['Костанае', 'place:kostanay'],
      ['Нарыне', 'place:naryn'],
      ['Токмоке', 'place:tokmok'],
      ['Кара-Балте', 'place:kara-balta'],
      ['Бохтаре', 'place:bokhtar'],
      ['Пенджикенте', 'place:panjakent'],
      ['Дилижане', 'place:dilijan'],
    ]);
    // The town is not its region: "Нарынской области" stays the region.
    assert.deepEqual(found('Из Уральска и Кызылорды — в Нарынскую область.'), [
      ['Уральска', 'place:uralsk'],
      ['Кызылорды', 'place:kyzylorda'],
      ['Нарынскую область', 'place:naryn-region'],
    ]);
  });

  it('finds the Union State’s Supreme State Council, in any case and beside the Union State', () => {
    assert.deepEqual(found('Заседание Высшего Государственного Совета Союзного государства пройдет в Минске; the Supreme State Council met.'), [
      ['Высшего Государственного Совета', 'organization:union-state-supreme-state-council'],
      ['Союзного государства', 'organization:union-state'],
      ['Минске', 'place:minsk'],
      ['Supreme State Council', 'organization:union-state-supreme-state-council'],
    ]);
  });

  it('reads a site named with a generic head as its name proper, and the name alone only in quotes after the head', () => {
    assert.deepEqual(found('Учения прошли на полигоне «Эдельвейс», форум — в парке «Патриот», затем в учебно-тренировочном центре «Эдельвейс».'), [
      ['Эдельвейс', 'place:edelweiss-training-ground'],
      ['Патриот', 'place:patriot-park'],
      ['Эдельвейс', 'place:edelweiss-training-ground'],
    ]);
    // Without quotes, the head in any case stays outside the name.
    assert.deepEqual(found('Роты прибыли на полигон Эдельвейс, а делегации — в парк Патриот и в парке Патриот остались.'), [
      ['Эдельвейс', 'place:edelweiss-training-ground'],
      ['Патриот', 'place:patriot-park'],
      ['Патриот', 'place:patriot-park'],
    ]);
    // In English the head comes after the name, in Italian before it; both stay outside.
    assert.deepEqual(found('Drills at the Edelweiss training centre, then at the “Edelweiss” training ground; al centro di addestramento Edelweiss.'), [
      ['Edelweiss', 'place:edelweiss-training-ground'],
      ['Edelweiss', 'place:edelweiss-training-ground'],
      ['Edelweiss', 'place:edelweiss-training-ground'],
    ]);
    assert.deepEqual(found('They stayed at the “Edelweiss” hotel; an Edelweiss grows on the slope.'), []);
    // The word alone, in quotes after something else, or in small letters, is no site.
    assert.deepEqual(found('Песня «Эдельвейс» звучала в торговом центре «Эдельвейс». Газета «Патриот» вышла; он патриот, а Эдельвейс — цветок.'), []);
  });

  it('reads a site’s name proper without quotes beside another head of its own kind', () => {
    // The knowledge base writes "training ground"; reports write "range" too, and Italian "poligono".
    assert.deepEqual(found('Drills at the Edelweiss training range near Balykchy; al poligono Edelweiss.'), [
      ['Edelweiss', 'place:edelweiss-training-ground'],
      ['Balykchy', 'place:balykchy'],
      ['Edelweiss', 'place:edelweiss-training-ground'],
    ]);
    // A head of another kind, or none, leaves the word alone.
    assert.deepEqual(found('Lunch at the Edelweiss Park, the Edelweiss training sessions, parco Edelweiss.'), []);
  });

  it('reads a site’s name proper in quotes only after a head of that site’s own kind', () => {
    // A park «Эдельвейс» is not the training ground, nor a training ground «Патриот» the park.
    assert.deepEqual(found('Занятие прошло в парке «Эдельвейс» под Алматы, затем на полигоне «Патриот» и в парке «Патриот».'), [
      ['Алматы', 'place:almaty'],
      ['Патриот', 'place:patriot-park'],
    ]);
    assert.deepEqual(found('Роты вернулись с полигона «Эдельвейс» в учебный центр «Эдельвейс».'), [
      ['Эдельвейс', 'place:edelweiss-training-ground'],
      ['Эдельвейс', 'place:edelweiss-training-ground'],
    ]);
  });

  it('reads exercises and exhibitions with an edition’s year, and their bare names only so', () => {
    assert.deepEqual(found('After Zapad-2021 came Army-2022 and MILEX-2023; учения «Запад-2025».'), [
      ['Zapad-2021', 'event:zapad-exercise'],
      ['Army-2022', 'event:army-forum'],
      ['MILEX-2023', 'event:milex-exhibition'],
      ['Запад-2025', 'event:zapad-2025'],
    ]);
    assert.deepEqual(found('The army moved west; армия пошла на запад.'), []);
    // The edition the knowledge base has, by its year in each language; a year it has none of is the series.
    assert.deepEqual(found("L'esercitazione Zapad-2025 è seguita a Zapad-2021."), [
      ['Zapad-2025', 'event:zapad-2025'],
      ['Zapad-2021', 'event:zapad-exercise'],
    ]);
  });

  it('reads the CSTO’s named operations as its exercises: with a year, in quotes or after "operation", not the word alone', () => {
    assert.deepEqual(found('The anti-drug operation "Kanal-2022" ended; Operation Kanal resumed; операция «Нелегал-2023»; l\'operazione antidroga Kanal.'), [
      ['Kanal-2022', 'event:csto-operation-kanal'],
      ['Kanal', 'event:csto-operation-kanal'],
      ['Нелегал-2023', 'event:csto-operation-nelegal'],
      ['Kanal', 'event:csto-operation-kanal'],
    ]);
    assert.deepEqual(found('Канал связи и телеканал; Канал открыт.'), []);
  });

  it('finds the Chairman of the Mazhilis by name, in Russian in any case', () => {
    assert.deepEqual(found('Председатель Мажилиса Ерлан Кошанов открыл сессию; с Кошановым согласились. Speaker Yerlan Koshanov agreed.'), [
      ['Мажилиса', 'organization:kazakhstan-mazhilis'],
      ['Ерлан Кошанов', 'person:yerlan-koshanov'],
      ['Кошановым', 'person:yerlan-koshanov'],
      ['Yerlan Koshanov', 'person:yerlan-koshanov'],
    ]);
  });

  it('reads the Russian strategic exercises Vostok and Tsentr and the airborne Slavic Brotherhood with a year or in quotes', () => {
    assert.deepEqual(found('Учения «Восток-2022», «Славянское братство-2024» и учение «Центр» прошли; Vostok-2018 was larger.'), [
      ['Восток-2022', 'event:vostok-exercise'],
      ['Славянское братство-2024', 'event:slavic-brotherhood-exercise'],
      ['Центр', 'event:tsentr-exercise'],
      ['Vostok-2018', 'event:vostok-exercise'],
    ]);
    // Their names alone are words: the east of a country, a city centre.
    assert.deepEqual(found('Восток страны и Центр города ждут; славянское братство крепко.'), []);
  });

  it('finds the places beyond the bloc that its news names: Brussels, Tianjin, Zhanaozen and the Mangystau region', () => {
    assert.deepEqual(found('From Brussels the envoy flew to Tianjin, then to Zhanaozen in the Mangistau Region.'), [
      ['Brussels', 'place:brussels'],
      ['Tianjin', 'place:tianjin'],
      ['Zhanaozen', 'place:zhanaozen'],
      ['Mangistau Region', 'place:mangystau-region'],
    ]);
    assert.deepEqual(found('Il ministro è tornato da Bruxelles; le proteste nella regione di Mangystau.'), [
      ['Bruxelles', 'place:brussels'],
      ['regione di Mangystau', 'place:mangystau-region'],
    ]);
    assert.deepEqual(found('Переговоры в Брюсселе и саммит в Тяньцзине; митинг в Жанаозене.'), [
      ['Брюсселе', 'place:brussels'],
      ['Тяньцзине', 'place:tianjin'],
      ['Жанаозене', 'place:zhanaozen'],
    ]);
  });

  it('finds the towns of the Tajik-Afghan border and of northern Kazakhstan', () => {
    assert.deepEqual(found('Posts near Ishkashim were reinforced; the base has units in Bokhtar, and drills are due near Kostanay.'), [
      ['Ishkashim', 'place:ishkashim'],
      ['Bokhtar', 'place:bokhtar'],
      ['Kostanay', 'place:kostanay'],
    ]);
    assert.deepEqual(found('Un’esercitazione nella regione di Kostanay; учения в Костанайской области, под Курган-Тюбе и у Ишкашима.'), [
      ['regione di Kostanay', 'place:kostanay-region'],
      ['Костанайской области', 'place:kostanay-region'],
      ['Курган-Тюбе', 'place:bokhtar'],
      ['Ишкашима', 'place:ishkashim'],
    ]);
  });

  it('finds the provinces and towns of Armenia’s borders and the towns of the Fergana Valley', () => {
    assert.deepEqual(found('Shelling near Sotk, in Syunik and Tavush, at Kapan and Meghri; in Gegharkunik Province too.'), [
      ['Sotk', 'place:sotk'],
      ['Syunik', 'place:syunik'],
      ['Tavush', 'place:tavush'],
      ['Kapan', 'place:kapan'],
      ['Meghri', 'place:meghri'],
      ['Gegharkunik Province', 'place:gegharkunik'],
    ]);
    assert.deepEqual(found('Scontri presso Isfara; truppe a Jalal-Abad e a Naryn; в Сюникской области и в Исфаре.'), [
      ['Isfara', 'place:isfara'],
      ['Jalal-Abad', 'place:jalal-abad'],
      ['Naryn', 'place:naryn'],
      ['Сюникской области', 'place:syunik'],
      ['Исфаре', 'place:isfara'],
    ]);
  });

  it('finds the OSCE’s and the Belarusian opposition’s cities, and the security services of Kazakhstan and Kyrgyzstan', () => {
    assert.deepEqual(found('The envoy flew from Vilnius to Vienna; the KNB and the GKNB of Kyrgyzstan were told.'), [
      ['Vilnius', 'place:vilnius'],
      ['Vienna', 'place:vienna'],
      ['KNB', 'organization:kazakhstan-national-security-committee'],
      ['GKNB', 'organization:kyrgyzstan-state-committee-for-national-security'],
      ['Kyrgyzstan', 'place:kyrgyzstan'],
    ]);
    assert.deepEqual(found('Заявление КНБ Казахстана и ГКНБ Киргизии; совещание в Вене.'), [
      ['КНБ', 'organization:kazakhstan-national-security-committee'],
      ['Казахстана', 'place:kazakhstan'],
      ['ГКНБ', 'organization:kyrgyzstan-state-committee-for-national-security'],
      ['Киргизии', 'place:kyrgyzstan'],
      ['Вене', 'place:vienna'],
    ]);
    // Tajikistan's service has the same acronym: alone it names neither.
    assert.deepEqual(found('Сотрудники ГКНБ задержали подозреваемого.'), []);
  });

  it('reads the Council of Foreign Ministers as the body of the organization named beside it, the SCO’s too', () => {
    assert.deepEqual(found('The SCO Council of Foreign Ministers met after the CIS Council of Foreign Ministers; СМИД ШОС заседал.'), [
      ['SCO', 'organization:sco'],
      ['Council of Foreign Ministers', 'organization:sco-council-of-foreign-ministers'],
      ['CIS', 'organization:cis'],
      ['Council of Foreign Ministers', 'organization:cis-council-of-foreign-ministers'],
      ['СМИД', 'organization:sco-council-of-foreign-ministers'],
      ['ШОС', 'organization:sco'],
    ]);
  });

  it('finds the Italian news agencies that credit reports from the region', () => {
    assert.deepEqual(found('ROMA, 3 ott. (askanews) - Lo riferisce anche Agenzia Nova.'), [
      ['ROMA', 'place:rome'],
      ['askanews', 'organization:askanews'],
      ['Agenzia Nova', 'organization:agenzia-nova'],
    ]);
    assert.deepEqual(found('Una nova esplose.'), []);
  });

  it('reads the CSTO’s exercises under the Italian names outlets give them, and the Union State by its Italian name', () => {
    assert.deepEqual(found('Si sono concluse «Interazione-2024» e Ricerca-2024; lo Stato dell\'Unione di Russia e Bielorussia ha applaudito.'), [
      ['Interazione-2024', 'event:csto-exercise-interaction'],
      ['Ricerca-2024', 'event:csto-exercise-search'],
      ["Stato dell'Unione di Russia e Bielorussia", 'organization:union-state'],
    ]);
    // The State of the Union speeches, in Brussels or Washington, are not the Union State.
    assert.deepEqual(found("Il discorso sullo stato dell'Unione; lo Stato dell'Unione di von der Leyen."), []);
    // Without a year or quotes they are ordinary words.
    assert.deepEqual(found("L'interazione tra i ministeri e la ricerca scientifica."), []);
  });

  it('leaves generic words out: the West as a notion, an Italian government in small letters', () => {
    assert.deepEqual(found("L'Occidente e il governo armeno hanno risposto."), []);
  });
});

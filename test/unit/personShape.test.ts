// People named without a title are candidates when something besides the capitals says so: a
// byline, a photo credit, a first name of the region, a verb of speech after a name of the region's
// shape. Headlines in title case, organizations and pairs of places are not.
import * as assert from 'node:assert/strict';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';

const recognizer = new Recognizer(bundledKnowledgeBase());

/** The people among the candidates: bodies found by their head noun are candidates too (institutions.test.ts). */
function candidates(text: string): string[] {
  return recognizer.recognize(text).filter((m) => m.type === 'candidate' && m.guess === undefined).map((m) => m.text);
}

/** The bodies among the candidates. */
function outlets(text: string): string[] {
  return recognizer.recognize(text).filter((m) => m.type === 'candidate' && m.guess === 'organization').map((m) => m.text);
}

describe('people named without a title', () => {
  it('takes the name of a byline and of a photo credit', () => {
    assert.deepEqual(candidates('By Laura Whitfield\nDUSHANBE, Oct 3 — Talks opened.'), ['Laura Whitfield']);
    // After the dateline's dash, ending its line.
    assert.deepEqual(candidates('ASTANA, March 20, 2023 — By Daniyar Kassymov\nTalks opened.\nEREVAN, 27 maggio 2024 — di Lusine Hakobyan\nIl testo.'), ['Daniyar Kassymov', 'Lusine Hakobyan']);
    // Two authors, and a name after "Автор:" or "Author:" on a line of its own; not any name after "and".
    assert.deepEqual(candidates('By Dana Kuspanova and Peter Halloran\nThe talks opened.'), ['Dana Kuspanova', 'Peter Halloran']);
    assert.deepEqual(candidates('MOSCOW, May 8, 2024 — By Anna Lebedeva and Ruslan Ismailov\nLeaders met.'), ['Anna Lebedeva', 'Ruslan Ismailov']);
    // With the outlet after it, which is a candidate body; after a Russian dateline's full stop too.
    const bylines = 'MINSK, November 22, 2023 — By Daria Novik, Steppe Dispatch\nText.\nАЛМАТЫ, 10 января 2022 года. Дина Сагиндыкова, «Степной вестник».\nТекст.';
    assert.deepEqual(candidates(bylines), ['Daria Novik', 'Дина Сагиндыкова']);
    assert.deepEqual(outlets(bylines), ['Steppe Dispatch', 'Степной вестник']);
    assert.deepEqual(outlets('By Laura Whitfield, staff reporter\nText.\nАЛМАТЫ, 10 января 2022 года. Дина Сагиндыкова, глава района, заявила.'), []);
    // Not when what follows "and" is no name ending the line.
    assert.deepEqual(candidates('MOSCOW, May 8, 2024 — By Anna Lebedeva and the others, the paper said.'), []);
    assert.deepEqual(candidates('Автор: Айнура Осмонова\nАвтор: Tom Wells\nThe army and Peter Halloran left.'), ['Айнура Осмонова', 'Tom Wells']);
    // Initials and any surname after "By" or "Di" opening the line; elsewhere a Latin surname needs the region's shape.
    assert.deepEqual(candidates('By I.T. Smith, Bishkek\nTalks opened.\nDi M. Rossi\nJ. Smith spoke; S. Ordabayev too.'), ['I.T. Smith', 'M. Rossi', 'S. Ordabayev']);
    assert.deepEqual(candidates('Soldiers at the range. Photo: Pavel Orlov / Defence Ministry'), ['Pavel Orlov']);
    assert.deepEqual(candidates('Troops on parade. / Tomas Berg, Northern Press'), ['Tomas Berg']);
    assert.deepEqual(candidates('A news conference in Yerevan. Photo: Karen Minasyan / AFP\nFoto: Lina Tormen/Epa'), ['Karen Minasyan', 'Lina Tormen']);
    assert.deepEqual(candidates('Il vertice (Foto di Filippo Attili / Ufficio stampa). A march. Photo by Hrant Khachatryan / PAN Photo'), ['Filippo Attili', 'Hrant Khachatryan']);
  });

  it('takes both names of a byline of two authors without "By", on a line of its own', () => {
    assert.deepEqual(candidates('Leaders meet in Minsk\nDilnoza Karimova and Peter Aldous | Eurasia News\nMINSK — The leaders met.'), ['Dilnoza Karimova', 'Peter Aldous']);
    assert.deepEqual(candidates('Il vertice di Minsk\nAnna Smith e Marco Bianchi\nI leader si sono incontrati.'), ['Anna Smith', 'Marco Bianchi']);
    // Neither name of a person's shape: no byline ("North Korea and South Korea"); nor two names inside a sentence.
    assert.deepEqual(candidates('Outlook\nNorth Korea and South Korea | Analysis\nThe talks went on with Tom Wells and Peter Aldous there.'), []);
  });

  it('takes the name of a byline of one author without "By": a name of the region’s shape opening a line, then only the outlet', () => {
    assert.deepEqual(candidates('Саммит в Бишкеке\nАйзада Кутуева, 24.kg\nБИШКЕК — Лидеры встретились.'), ['Айзада Кутуева']);
    assert.deepEqual(candidates('Armenia and the CSTO\nLilit Harutyunyan | Caucasus Desk\nYEREVAN — The talks went on.'), ['Lilit Harutyunyan']);
    // Not a name of another shape, nor one that a sentence goes on after.
    assert.deepEqual(candidates('Civil Contract, Yerevan\nZhanar Tulegenova, analysts and diplomats met.'), []);
  });

  it('takes the name after a noun of kinship, in three languages; not a body after one', () => {
    assert.deepEqual(candidates('Xi arrived in Astana with his wife Peng Liyuan on Tuesday.'), ['Peng Liyuan']);
    assert.deepEqual(candidates('Il presidente e la moglie Olena Zelenska sono arrivati a Roma.'), ['Olena Zelenska']);
    assert.deepEqual(candidates('Президент прибыл в Астану с супругой Лилией Фазыловой.'), ['Лилией Фазыловой']);
    // The kinship noun right before the name, in small letters; a body's name after one stays a body.
    assert.deepEqual(candidates('The wife of Peng Liyuan. Son Heung-min scored. His daughter Air Force Academy cadets marched.'), []);
  });

  it('keeps a surname’s particle in small letters inside the name of a byline or a credit', () => {
    assert.deepEqual(candidates('Opinion: The bloc’s credibility\nBy Thomas de Waal\n\nWhen the shelling began, Yerevan asked for help.'), ['Thomas de Waal']);
    assert.deepEqual(candidates('Troops on parade. Photo: Anna van der Berg / AFP'), ['Anna van der Berg']);
    // Other small words do not join capitalised words, and a particle alone is no cue.
    assert.deepEqual(candidates('By Thomas and Waal\nThe Tour de France passed; Tullio de Rossi smiled.'), []);
  });

  it('takes the name of an Italian byline and of a wire story’s closing credits', () => {
    assert.deepEqual(candidates('Intesa sul gas\ndi Ornella Bertelli\n\nASTANA – I ministri si sono riuniti.'), ['Ornella Bertelli']);
    assert.deepEqual(candidates('Talks end in Baku.\n(Reporting by Owen Sharp; additional reporting by Hanna Lind; Editing by Clare Mott)'), [
      'Owen Sharp',
      'Hanna Lind',
      'Clare Mott',
    ]);
    // "and" goes on with the same credit, not past its end.
    assert.deepEqual(candidates('(Reporting by Owen Sharp in Baku and Hanna Lind in Tbilisi; Editing by Clare Mott)'), ['Owen Sharp', 'Hanna Lind', 'Clare Mott']);
    assert.deepEqual(candidates('(Reporting by Owen Sharp); Hanna Lind and Clare Mott agreed.'), ['Owen Sharp']);
    // "di" inside a sentence, or a name that does not end its line, is no byline (a first name of no list: no cue); nor "by" without a credit's word.
    assert.deepEqual(candidates('La visita di Ornella Bertelli è stata rinviata.'), []);
    assert.deepEqual(candidates('Il dossier\ndi Ornella Bertelli e del ministero.'), []);
    // The byline's "Di" with its capital, the name ending its line; a line that says more, or "Di" inside a name, is none.
    assert.deepEqual(candidates('Intesa sul gas\nDi Ornella Bertelli\n\nASTANA – I ministri si sono riuniti.'), ['Ornella Bertelli']);
    assert.deepEqual(candidates('Di Ornella Bertelli si parla molto.\nDi Maio\n'), []);
    assert.deepEqual(candidates('The plan was drafted by Owen Sharp and approved.'), []);
  });

  it('takes the name of a Russian byline that opens with "Беседовала", "Записал" or "Подготовили"', () => {
    assert.deepEqual(candidates('— Когда начнется демаркация?\n— В начале года.\n\nБеседовала Айгерим Токтосунова\n'), ['Айгерим Токтосунова']);
    assert.deepEqual(candidates('Конец интервью.\nЗаписал Тилек Осмонов'), ['Тилек Осмонов']);
    // Inside a sentence, or a line that goes on past the name, it is no byline.
    assert.deepEqual(candidates('Вчера Беседовала Айгерим Токтосунова с министром.'), []);
    assert.deepEqual(candidates('Беседовала Айгерим Токтосунова в Бишкеке.\n'), []);
  });

  it('takes a Kyrgyz name with its patronymic particle "уулу" or "кызы", the particle in the name', () => {
    assert.deepEqual(candidates('Торага Жогорку Кенеша Нурланбек Тургунбек уулу открыл заседание. Позже Тургунбек уулу ответил журналистам.'), [
      'Нурланбек Тургунбек уулу',
      'Тургунбек уулу',
    ]);
    assert.deepEqual(candidates('В списке — Айпери Кубанычбек кызы, депутат.'), ['Айпери Кубанычбек кызы']);
    assert.deepEqual(candidates('Нурланбек Тургунбек уулу выступил первым.'), ['Нурланбек Тургунбек уулу']);
    // The particle glued to a longer word, or a known body before it, is no name.
    assert.deepEqual(candidates('Слово Тургунбек уулуга передали. Жогорку Кенеш уулу.'), []);
  });

  it('takes the name after a Russian title and the body it heads, whatever the first name, when the surname has the region’s shape', () => {
    const found = recognizer.recognize('Отставку принял председатель Комитета национальной безопасности Бекзат Жумабаев. Пресс-секретарь главы правительства Ануш Карапетян промолчала.');
    assert.deepEqual(found.filter((m) => m.type === 'candidate' && m.guess === undefined).map((m) => [m.text, m.role]), [
      ['Бекзат Жумабаев', 'председатель'],
      ['Ануш Карапетян', 'Пресс-секретарь'],
    ]);
    // Ranks and the roles of commentators introduce a name as titles do.
    const more = recognizer.recognize('По оценке аналитика Ерболата Кусаинова, учениями руководил генерал-майор Бахтиёр Рахимов.');
    assert.deepEqual(more.filter((m) => m.type === 'candidate').map((m) => [m.text, m.role]), [
      ['Ерболата Кусаинова', 'аналитика'],
      ['Бахтиёр Рахимов', 'генерал-майор'],
    ]);
    // With a surname of another shape, no name is read.
    assert.deepEqual(candidates('Встречу провел председатель Совета Коллективной Безопасности.'), []);
    assert.deepEqual(candidates('Заявление сделал глава Центральной Ассамблеи Лиссабон Гранд.'), []);
    // Without a title among the words before it, or with a title too far back (past a comma), the
    // name inside a sentence is read with no role.
    const untitled = recognizer.recognize('Отставку принял Комитет национальной безопасности Таласбек Жумабаев. Выступил председатель, затем Таласбек Жумабаев.').filter((m) => m.guess === undefined);
    assert.deepEqual(
      untitled.filter((m) => m.type === 'candidate').map((m) => [m.text, m.role]),
      [
        ['Таласбек Жумабаев', undefined],
        ['Таласбек Жумабаев', undefined],
      ],
    );
  });

  it('takes a first name of the region and the surname after it, in Russian in any case', () => {
    assert.deepEqual(candidates('Делегацию возглавил Андрей Волков; с Ириной Соколовой встретился посол.'), ['Андрей Волков', 'Ириной Соколовой']);
    assert.deepEqual(candidates('Secondo Dmitry Kravtsov la riunione è stata utile.'), ['Dmitry Kravtsov']);
    assert.deepEqual(candidates('Делегацию возглавил Андрей Петрович Волков.'), ['Андрей Петрович Волков']);
  });

  it('takes the first names of Central Asia and the Caucasus before a surname, and the verbs of telling after a name', () => {
    assert.deepEqual(candidates('Продлён арест бывшему сотруднику таможни Эрлану Бекову; защиту ведёт Айгуль Садыкова.'), ['Эрлану Бекову', 'Айгуль Садыкова']);
    assert.deepEqual(candidates('Вчера Азамат Токтогулов, заместитель командира, выехал на место.'), ['Азамат Токтогулов']);
    // A surname alone after a title is a name.
    assert.deepEqual(candidates('Полковник в отставке Ормонов рассказал, что Асылбек Ормонов пояснил всё.'), ['Ормонов', 'Асылбек Ормонов']);
  });

  it('takes a first name alone as an address: after a dialogue’s dash or a comma, before a comma, "!" or "?"', () => {
    assert.deepEqual(candidates('— Азамат, как прошёл первый этап?\n— Хорошо.\nСпасибо, Гульнара!'), ['Азамат', 'Гульнара']);
    // Another case, a word that is a first name as rarely as a common word or a town, or no mark around it, is no address.
    assert.deepEqual(candidates('— Азамата, как известно, нет.\n— Вера, надежда, любовь.\nГорода Улан-Батор, Дархан, Эрдэнэт.\nАзамат пришёл.'), []);
  });

  it('takes a name of the region’s shape before a verb of speech or ", who"', () => {
    assert.deepEqual(candidates('Bakyt Usenov said the border was calm.'), ['Bakyt Usenov']);
    assert.deepEqual(candidates('Ruslana Tkachenko, who chairs the panel, disagreed.'), ['Ruslana Tkachenko']);
    assert.deepEqual(candidates('Ieri Gagik Martirosyan ha dichiarato che la missione è finita.'), ['Gagik Martirosyan']);
  });

  it('takes a name of the region’s shape right after a verb of speech, as reports name the speaker after a quote', () => {
    assert.deepEqual(candidates('“We are ready,” said Zhanar Tulegenova, a senior fellow.'), ['Zhanar Tulegenova']);
    assert.deepEqual(candidates('— Мы готовы, — отметила Айзада Кутуева. È un rischio, spiega Lusine Petrosyan.'), ['Айзада Кутуева', 'Lusine Petrosyan']);
    // Not a name of another shape, nor one word after the verb, nor a verb that only ends another word.
    assert.deepEqual(candidates('It is a risk, said Human Rights Watch; said Tulegenova; he resaid Zhanar Tulegenova.'), []);
  });

  it('takes a Russian full name of the region’s shape inside a sentence, even with a first name the lists lack', () => {
    assert.deepEqual(candidates('В Хороге убит Мамадбокир Мамадбокиров, сообщили власти.'), ['Мамадбокир Мамадбокиров']);
    assert.deepEqual(candidates('Третье место занял кандидат Аграрной партии Агаджан Бекмурадов; требовали расследовать гибель Гульбиддина Зиёбекова.'), ['Агаджан Бекмурадов', 'Гульбиддина Зиёбекова']);
    // After a preposition of place the first word is a town's: "в Бескайнаре Токаев сменил акима" is Tokayev.
    assert.deepEqual(candidates('После погромов в Бескайнаре Иванов сменил акима; из Сортобе Петров уехал.'), []);
    assert.deepEqual(
      recognizer.recognize('После погромов в Бескайнаре Токаев сменил акима.').map((m) => [m.text, m.id]),
      [['Токаев', 'person:kassym-jomart-tokayev']],
    );
    // Not at a sentence's start, nor an adjective's form or a thing named after a person, nor in quotes or after "имени".
    assert.deepEqual(
      candidates('Мамадбокир Мамадбокиров погиб. Он командовал Объединенной Армиянов. Команда взяла Кубок Гагарина. Эксперт центра «Обу Заминов» и Дворец имени Жаксылыка Ушкемпирова.'),
      [],
    );
  });

  it('takes a full name of the region’s shape before "of" and a state or body the knowledge base knows', () => {
    assert.deepEqual(candidates('Taalaibek Ibrayev of Kyrgyzstan and Jurabek Mirzamakhmudov of Uzbekistan agreed; Aidar Bekov of the CSTO spoke.'), ['Taalaibek Ibrayev', 'Jurabek Mirzamakhmudov', 'Aidar Bekov']);
    // Not before a place the knowledge base does not know, nor a name of another shape.
    assert.deepEqual(candidates('Taalaibek Ibrayev of Narynbek spoke; Green Valley of Kyrgyzstan opened.'), []);
  });

  it('reads a Georgian surname in -ури as one of the region’s shape', () => {
    assert.deepEqual(candidates('По данным министра внутренних дел Вахтанга Гомелаури, все спокойно.'), ['Вахтанга Гомелаури']);
  });

  it('takes a first name that is also a word ("Роман") with any surname after a Russian title', () => {
    assert.deepEqual(candidates('Оргкомитет возглавлял первый вице-премьер Роман Скляр. Министр Роман Старовойт приехал.'), ['Роман Скляр', 'Роман Старовойт']);
    // Without the title it is the word: "a novel".
    assert.deepEqual(candidates('Вышел роман Толстого; Роман Скляр у нас.'), []);
  });

  it('reads no surname in a capitalised adjective after a title that opens a body’s name', () => {
    assert.deepEqual(candidates('Его наградил президент Всемирной конфедерации этноспорта. Он был командиром Объединенной таджикской оппозиции.'), []);
    // A surname of that ending after a title is still one, before a verb or a stop.
    assert.deepEqual(candidates('Слова министра Ивановой заявили все. Решение министра Ивановой.'), ['Ивановой', 'Ивановой']);
  });

  it('takes a name of any shape right after a verb of speech when who the speaker is follows it', () => {
    assert.deepEqual(candidates('“People wanted change,” said Bolormaa Enkhtuya, a shop owner. “Yes,” said Ganbold Tserendash of the Steppe Institute.'), ['Bolormaa Enkhtuya', 'Ganbold Tserendash']);
    assert.deepEqual(candidates('«Un passo», racconta Mariella Lunghi, direttrice della fiera.'), ['Mariella Lunghi']);
    // Or the speaker's age: "said Anna Smith, 71, a teacher", "racconta Mariella Lunghi, 58 anni".
    assert.deepEqual(candidates('“Yes,” said Anna Smith, 71, a teacher. «Tutto», racconta Mariella Lunghi, 58 anni, arrivata ieri.'), ['Anna Smith', 'Mariella Lunghi']);
    // Not without the apposition, nor after "according to", which as often names a body.
    assert.deepEqual(candidates('“Yes,” said Bolormaa Enkhtuya. According to Crisis Group, a think tank, it is calm.'), []);
  });

  it('takes a name of the region’s shape after "according to", "secondo" or "по словам"', () => {
    assert.deepEqual(candidates('According to Parviz Davlatov, of the centre, the drills matter. Secondo Bakyt Usenov, è utile.'), ['Parviz Davlatov', 'Bakyt Usenov']);
    assert.deepEqual(candidates('По словам Парвиза Давлатова, учения полезны.'), ['Парвиза Давлатова']);
    // Not a name of another shape.
    assert.deepEqual(candidates('According to Green Valley, it is calm. Secondo Nuova Europa, no.'), []);
  });

  it('takes the name after a Russian title and the body it heads, the title starting the sentence or not', () => {
    assert.deepEqual(candidates('Заместитель секретаря Совбеза Белоруссии Александр Мельник присутствовал.'), ['Александр Мельник']);
    assert.deepEqual(candidates('Депутат Госдумы Вячеслав Гордеев выступил.'), ['Вячеслав Гордеев']);
    assert.deepEqual(candidates('Вчера выступил председатель комитета Госдумы Вячеслав Гордеев.'), ['Вячеслав Гордеев']);
    assert.deepEqual(candidates('Встреча с министром Обороны Республики Андреем Волковым прошла.'), ['Андреем Волковым']);
    // The title, as written, is the candidate's role.
    const roles = recognizer.recognize('Вчера выступил депутат Госдумы Вячеслав Гордеев. Секретарь Совбеза Белоруссии Александр Мельник молчал.');
    assert.deepEqual(roles.filter((m) => m.type === 'candidate').map((m) => [m.text, m.role]), [['Вячеслав Гордеев', 'депутат'], ['Александр Мельник', 'Секретарь']]);
    // Without a title before it, a first name after other capitalised words is part of a longer name.
    assert.deepEqual(candidates('Вчера Фонд Развития Андрей Волков объявил конкурс.'), []);
    // A surname of the region's shape alone after the title and the body, but not opening a sentence.
    assert.deepEqual(candidates('Министр финансов Силуанов заявил, что министр обороны Иванов приедет.'), ['Силуанов', 'Иванов']);
    assert.deepEqual(candidates('Министр финансов заявил. Силуанов приедет.'), []);
    // After the title, the body and a name already recognized, the title opening the sentence or not.
    assert.deepEqual(candidates('Президент Туркменистана Иванов прибыл, а вчера министр обороны Туркменистана Петров уехал.'), ['Иванов', 'Петров']);
  });

  it('reads Kazakh capitals and small letters as it reads Russian ones', () => {
    // Қ, Ә, Ұ, Ө... lie past Я in Unicode: a name that starts with one, or has one second, is still capitalised.
    assert.deepEqual(candidates('Қайрат Әбдірахманов заявил, что переговоры прошли успешно.'), ['Қайрат Әбдірахманов']);
    assert.deepEqual(candidates('Делегацию возглавил Андрей Өтебаев.'), ['Андрей Өтебаев']);
    assert.deepEqual(candidates('Нұрлан Ұлықбеков сказал, что граница спокойна.'), ['Нұрлан Ұлықбеков']);
  });

  it('takes the Latin spellings of the region’s first names that English and Italian reports use', () => {
    assert.deepEqual(candidates("L'organizzazione è stata guidata da Nikolaj Gorbulja e poi da Jurij Hačaturov."), ['Nikolaj Gorbulja', 'Jurij Hačaturov']);
    assert.deepEqual(candidates('He met Mukhtar Tileuberdi, then Yerzhan Ashikbayev and Hrachya Sargsyan.'), ['Mukhtar Tileuberdi', 'Yerzhan Ashikbayev', 'Hrachya Sargsyan']);
    assert.deepEqual(candidates('Встретился с Канатом Нурлановым.'), ['Канатом Нурлановым']);
  });

  it('takes a surname after its initials, the initials in the name, with or without a title before it', () => {
    assert.deepEqual(candidates('До него пост занимали Н.Н. Горбуля, затем Н. Н. Горбуля и С. Ордабаев.'), ['Н.Н. Горбуля', 'Н. Н. Горбуля', 'С. Ордабаев']);
    assert.deepEqual(candidates('CSTO Deputy Secretary General S. Ordabayev said; il vicesegretario generale S.Zh. Ordabaev ha detto.'), ['S. Ordabayev', 'S.Zh. Ordabaev']);
    assert.deepEqual(candidates('Заместитель генерального секретаря ОДКБ С.Ж. Ордабаев заявил.'), ['С.Ж. Ордабаев']);
    // One initial before a word not shaped as the region's surnames, initials that are a place,
    // a capital ending a sentence, and a known person: no candidate.
    assert.deepEqual(candidates('J. Smith came. The U.S. Army and Plan B. Later, в США. Шойгу и В.В. Путин.'), []);
  });

  it('takes a first name that is also a word only before a surname of the region’s shape', () => {
    assert.deepEqual(candidates('Alla Duma si discute. Alla Pugacheva canta. La Marina Militare e Marina Petrova.'), ['Alla Pugacheva', 'Marina Petrova']);
    assert.deepEqual(candidates('Islam is a faith; Islam Karimov is known. Роза ветров, Роза Отунбаева.'), ['Роза Отунбаева']);
  });

  it('leaves the English possessive out of a name, after a title or not', () => {
    assert.deepEqual(candidates("Former president Heydar Aliyev's policies and Roza Otunbayeva’s term."), ['Heydar Aliyev', 'Roza Otunbayeva']);
  });

  it('leaves a known person’s surname after another first name to the candidates, and links it after the person’s own in any spelling or case', () => {
    assert.deepEqual(
      recognizer.recognize('He met Daniyar Ashimbaev, not Maulen Ashimbayev; с Данияром Ашимбаевым.').map((m) => [m.text, m.id ?? m.type]),
      [
        ['Daniyar Ashimbaev', 'candidate'],
        ['Maulen Ashimbayev', 'person:maulen-ashimbayev'],
        ['Данияром Ашимбаевым', 'candidate'],
      ],
    );
    assert.deepEqual(
      recognizer.recognize('Sergey Shoigu, Sergei Shoigu, с Александром Лукашенко, Kassym-Jomart Tokayev.').map((m) => m.id),
      ['person:sergei-shoigu', 'person:sergei-shoigu', 'person:alexander-lukashenko', 'person:kassym-jomart-tokayev'],
    );
    // A first name the lists lack, within a sentence, is someone else's too: a candidate. At a
    // sentence's start any word has its capital ("Ранее Тасмагамбетов"): the surname stays the person's.
    const people = (text: string) => recognizer.recognize(text).map((m) => [m.text, m.id ?? m.type]);
    assert.deepEqual(people('Shevardnadze and Vugar Aliyev met.'), [['Vugar Aliyev', 'candidate']]);
    assert.deepEqual(people('Форум открыла Лейла Алиева.'), [['Лейла Алиева', 'candidate']]);
    // A first name of the lists is one at a sentence's start too: the region's former leaders and
    // their families are no namesakes of the present ones, and people the knowledge base lacks are candidates.
    assert.deepEqual(people('Heydar Aliyev ruled for ten years. Mehriban Aliyeva spoke. Роза Отунбаева попросила помощи.'), [
      ['Heydar Aliyev', 'candidate'],
      ['Mehriban Aliyeva', 'candidate'],
      ['Роза Отунбаева', 'candidate'],
    ]);
    // Initials another first name starts with: someone else, a candidate with the initials.
    assert.deepEqual(people('А. Жапаров встретился с С. Жапаровым; A. Japarov, S. Japarov, В. Лукашенко, А.Г. Лукашенко.'), [
      ['А. Жапаров', 'candidate'],
      ['С. Жапаровым', 'person:sadyr-japarov'],
      ['A. Japarov', 'candidate'],
      ['S. Japarov', 'person:sadyr-japarov'],
      ['В. Лукашенко', 'candidate'],
      ['А.Г. Лукашенко', 'person:alexander-lukashenko'],
    ]);
    // The first names of the region's lists at a sentence's start too: Rasul, Alisher, Jamshid.
    assert.deepEqual(people('Rasul Aliyev spoke. Alisher Mirziyoyev spoke. Jamshid Rahmon spoke. Расул Алиев заявил.'), [
      ['Rasul Aliyev', 'candidate'],
      ['Alisher Mirziyoyev', 'candidate'],
      ['Jamshid Rahmon', 'candidate'],
      ['Расул Алиев', 'candidate'],
    ]);
    // Tajik surnames in -zoda are of the region's shape; a Russian title opening the sentence is the surname's title.
    assert.deepEqual(people('Министр внутренних дел Таджикистана Рамазон Рахимзода заявил.'), [
      ['Таджикистана', 'place:tajikistan'],
      ['Рамазон Рахимзода', 'candidate'],
    ]);
    assert.deepEqual(people('Министр Силуанов заявил.'), [['Силуанов', 'candidate']]);
    // Western analysts and reporters the reports quote, by their Italian or English first names.
    assert.deepEqual(people('Giovanni Rossi said the talks went well. Secondo Marco Bellini, il vertice è stato utile. Keith Kellogg arrived.'), [
      ['Giovanni Rossi', 'candidate'],
      ['Marco Bellini', 'candidate'],
      ['Keith Kellogg', 'candidate'],
    ]);
    // Two first names, or a particle with its capital, before the surname; and a byline of four words.
    assert.deepEqual(people('Maria Teresa Rossi ha detto che. Mario De Santis said. Un articolo di Maria Teresa De Santis sulla guerra.'), [
      ['Maria Teresa Rossi', 'candidate'],
      ['Mario De Santis', 'candidate'],
      ['Maria Teresa De Santis', 'candidate'],
    ]);
    assert.deepEqual(people('di Maria Teresa De Santis\nLa Santa Maria Novella.'), [['Maria Teresa De Santis', 'candidate']]);
    // A state's name in any case is no first name: "президент России Путин" is Putin.
    assert.deepEqual(people('Президент России Путин и премьер-министр Армении Пашинян прибыли.'), [
      ['России', 'place:russia'],
      ['Путин', 'person:vladimir-putin'],
      ['Армении', 'place:armenia'],
      ['Пашинян', 'person:nikol-pashinyan'],
    ]);
    assert.deepEqual(people('Ранее Алиев заявил, что приедет. Then Aliyev left.'), [
      ['Алиев', 'person:ilham-aliyev'],
      ['Aliyev', 'person:ilham-aliyev'],
    ]);
    // A first name one letter from the person's own is another name: Marina is not Maria; Marija,
    // Марией and Alexander (a spelling of Aleksandr of its own) are the person's.
    assert.deepEqual(
      recognizer.recognize('Marina Zakharova, Марина Захарова, Maria Zakharova, Marija Zacharova, с Марией Захаровой, Alexander Lukashenko.').map((m) => [m.text, m.id ?? m.type]),
      [
        ['Marina Zakharova', 'candidate'],
        ['Марина Захарова', 'candidate'],
        ['Maria Zakharova', 'person:maria-zakharova'],
        ['Marija Zacharova', 'person:maria-zakharova'],
        ['Марией Захаровой', 'person:maria-zakharova'],
        ['Alexander Lukashenko', 'person:alexander-lukashenko'],
      ],
    );
    // The first name in one system, the surname in another: ё as jo, ш as Italian sci; and a
    // spelling of the person's own first name that the lists lack.
    assert.deepEqual(
      recognizer.recognize('Pjotr Poroshenko ha parlato con Sciavkat Mirzijoev e Emomalii Rahmon.').map((m) => [m.text, m.id ?? m.type]),
      [
        ['Pjotr Poroshenko', 'person:petro-poroshenko'],
        ['Sciavkat Mirzijoev', 'person:shavkat-mirziyoyev'],
        ['Emomalii Rahmon', 'person:emomali-rahmon'],
      ],
    );
  });

  it('leaves out headlines in title case, organizations and places', () => {
    assert.deepEqual(candidates('Allies Agree New Security Pact In Minsk'), []);
    assert.deepEqual(candidates('Photo: Defence Ministry Press Service'), []);
    assert.deepEqual(candidates('Photo: Defence Ministry Press Service / Handout'), []);
    assert.deepEqual(candidates('Photo: Kazakh Army / Reuters'), []);
    assert.deepEqual(candidates('The Eurasian Development Bank said it would lend more. Foreign Ministry said nothing.'), []);
    assert.deepEqual(candidates('Troops moved from Central Asia, Russia and Western Europe.'), []);
    assert.deepEqual(candidates('Roman Catholic bishops and Santa Maria Novella were mentioned.'), []);
  });

  it('does not name a person the knowledge base knows, nor one a title already introduced', () => {
    assert.deepEqual(candidates('Vladimir Putin said the talks went well.'), []);
    const found = recognizer.recognize('General Sergei Kolesnikov said the drills ended.').filter((m) => m.type === 'candidate');
    assert.deepEqual(found.map((m) => [m.text, m.role]), [['Sergei Kolesnikov', 'General']]);
    const secretary = recognizer.recognize('The CIS Executive Secretary Kanat Abenov opened the session.').filter((m) => m.type === 'candidate');
    assert.deepEqual(secretary.map((m) => [m.text, m.role]), [['Kanat Abenov', 'Executive Secretary']]);
  });

  it('takes a commentator named after a role that starts the sentence, whatever the first name', () => {
    const found = recognizer.recognize('Политолог Азамат Турсунбаев ответил на вопросы. Генерал Бекзат Жумабаев промолчал.').filter((m) => m.type === 'candidate');
    assert.deepEqual(found.map((m) => [m.text, m.role]), [['Азамат Турсунбаев', 'Политолог'], ['Бекзат Жумабаев', 'Генерал']]);
    // A role word inside a sentence with a capital is no title, and a surname of another shape no name
    // (a first name of the lists would name the person by itself: these are not).
    assert.deepEqual(candidates('Отчет «Политолог Таласбек Турсунбаев» вышел. Политолог Таласбек Кулуке ответил.'), []);
  });

  it('takes a name written surname first, then the first name and the patronymic, as decrees and lists write it', () => {
    assert.deepEqual(candidates('1. Назначить Асанбекова Нурлана Токтогуловича заместителем министра.\n2. Освободить Маматова Эрмека Сапаровича от должности.'), [
      'Асанбекова Нурлана Токтогуловича',
      'Маматова Эрмека Сапаровича',
    ]);
    assert.deepEqual(candidates('В списке: Петров Иван Сергеевич, Кузьмина Анна Петровна.'), ['Петров Иван Сергеевич', 'Кузьмина Анна Петровна']);
    // Without a patronymic, or after other capitalised words, no name is read this way.
    assert.deepEqual(candidates('Назначить Асанбекова Нурлана заместителем. Фонд Развития Асанбекова Нурлана Токтогуловича открыт.'), []);
  });
});

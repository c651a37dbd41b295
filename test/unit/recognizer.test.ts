import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity } from '../../src/core/knowledgeBase/schema';
import type { Mention } from '../../src/core/recognizer/mention';
import { Recognizer } from '../../src/core/recognizer/recognizer';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const seed = (prefix: string) => readFileSync(join(SEEDS, `${prefix}${seedNames[prefix]}.txt`), 'utf8');
const seedNames: Record<string, string> = {
  '000': '_3208a376056ee470',
  '001': '_59ba21db933ddaec',
  '002': '_ef37a1a118df8b80',
  '003': '_4e930db99411c7ec',
  '004': '_7eca8a9e25d36329',
};

const recognizer = new Recognizer(bundledKnowledgeBase());

/**
 * Asserts that `quote`, found inside the unique `context` of the text, is recognized exactly there:
 * same start and end offsets, type and id. The offsets come from the text, not from the recognizer.
 */
function expectAt(text: string, mentions: Mention[], context: string, quote: string, type: string, id?: string) {
  const at = text.indexOf(context);
  assert.ok(at >= 0, `context not in text: ${context}`);
  assert.equal(text.indexOf(context, at + 1), -1, `context is not unique: ${context}`);
  const start = at + context.indexOf(quote);
  const end = start + quote.length;
  const found = mentions.find((m) => m.start === start && m.end === end);
  assert.ok(found, `"${quote}" at ${start}-${end} not recognized; nearby: ${JSON.stringify(mentions.filter((m) => m.end > start - 20 && m.start < end + 20).map((m) => m.text))}`);
  assert.equal(found.text, quote);
  assert.equal(found.type, type, `type of "${quote}"`);
  if (id) assert.equal(found.id, id, `id of "${quote}"`);
  return found;
}

function idsOf(mentions: Mention[]): Set<string> {
  return new Set(mentions.flatMap((m) => (m.id ? [m.id] : [])));
}

function expectIds(mentions: Mention[], expected: string[]) {
  const found = idsOf(mentions);
  const missing = expected.filter((id) => !found.has(id));
  assert.deepEqual(missing, [], 'entities a careful reader finds');
}

describe('recognizer on the seed articles', () => {
  it('000 (Italian, Bishkek 2025): leaders, places in Italian forms, the CSTO and its bodies, dates with the dateline year', () => {
    const text = seed('000');
    const m = recognizer.recognize(text);
    expectAt(text, m, 'Biškek (Kirghizistan) - 27 nov 2025', 'Biškek', 'place', 'place:bishkek');
    expectAt(text, m, 'Biškek (Kirghizistan) - 27 nov 2025', 'Kirghizistan', 'place', 'place:kyrgyzstan');
    assert.equal(expectAt(text, m, 'Biškek (Kirghizistan) - 27 nov 2025', '27 nov 2025', 'date').iso, '2025-11-27');
    expectAt(text, m, '(Prima Pagina News)', 'Prima Pagina News', 'organization', 'organization:prima-pagina-news');
    expectAt(text, m, "membri dell'Organizzazione del Trattato di sicurezza collettiva discuteranno", 'Organizzazione del Trattato di sicurezza collettiva', 'organization', 'organization:csto');
    expectAt(text, m, 'Il presidente russo Vladimir Putin mentre', 'Vladimir Putin', 'person', 'person:vladimir-putin');
    expectAt(text, m, 'Sadyr Japarov per il Kirghizistan', 'Sadyr Japarov', 'person', 'person:sadyr-japarov');
    expectAt(text, m, 'ed Emomali Rahmon del Tagikistan', 'Emomali Rahmon', 'person', 'person:emomali-rahmon');
    expectAt(text, m, 'a Bishkek si terranno', 'Bishkek', 'place', 'place:bishkek');
    expectAt(text, m, 'Poiché Mosca assumerà', 'Mosca', 'place', 'place:moscow');
    assert.equal(expectAt(text, m, 'dal 1° gennaio 2026', '1° gennaio 2026', 'date').iso, '2026-01-01');
    assert.equal(expectAt(text, m, 'Il 24 novembre Ushakov', '24 novembre', 'date').iso, '2025-11-24');
    expectAt(text, m, 'il pieno ritorno di Yerevan', 'Yerevan', 'place', 'place:yerevan');
    expectAt(text, m, 'Secondo Sagynbek Abdumutalip, capo', 'Sagynbek Abdumutalip', 'person', 'person:sagynbek-abdumutalip');
    assert.equal(expectAt(text, m, 'di Renato Narciso Giovedì 27 Novembre 2025', 'Giovedì 27 Novembre 2025', 'date').iso, '2025-11-27');
    expectIds(m, [
      'person:vladimir-putin', 'person:alexander-lukashenko', 'person:kassym-jomart-tokayev', 'person:sadyr-japarov',
      'person:emomali-rahmon', 'person:yuri-ushakov', 'person:sagynbek-abdumutalip', 'person:alen-simonyan',
      'person:mnatsakan-safaryan', 'person:nikol-pashinyan', 'person:ararat-mirzoyan', 'person:maria-zakharova',
      'person:renato-narciso', 'organization:csto', 'organization:csto-collective-security-council', 'organization:tass',
      'place:bishkek', 'place:kyrgyzstan', 'place:russia', 'place:belarus', 'place:kazakhstan', 'place:tajikistan',
      'place:armenia', 'place:moscow', 'place:yerevan', 'place:warsaw',
    ]);
  });

  it('001 (English, Yerevan 2022): dateline, transliterations Zhaparov and Rakhmon, Ilkham Aliyev', () => {
    const text = seed('001');
    const m = recognizer.recognize(text);
    expectAt(text, m, 'MOSCOW, November 23. /TASS/.', 'MOSCOW', 'place', 'place:moscow');
    expectAt(text, m, 'MOSCOW, November 23. /TASS/.', 'TASS', 'organization', 'organization:tass');
    assert.equal(expectAt(text, m, 'MOSCOW, November 23. /TASS/.', 'November 23', 'date').iso, '--11-23');
    expectAt(text, m, 'Russian President Vladimir Putin will visit', 'Vladimir Putin', 'person', 'person:vladimir-putin');
    expectAt(text, m, 'will visit Yerevan on Wednesday', 'Yerevan', 'place', 'place:yerevan');
    expectAt(text, m, 'known as the Collective Security Treaty Organization (CSTO)', 'Collective Security Treaty Organization', 'organization', 'organization:csto');
    expectAt(text, m, 'known as the Collective Security Treaty Organization (CSTO)', 'CSTO', 'organization', 'organization:csto');
    expectAt(text, m, 'session of the Collective Security Council, the main body', 'Collective Security Council', 'organization', 'organization:csto-collective-security-council');
    expectAt(text, m, 'Kyrgyz President Sadyr Zhaparov', 'Sadyr Zhaparov', 'person', 'person:sadyr-japarov');
    expectAt(text, m, 'Tajik President Emomali Rakhmon. The participation', 'Emomali Rakhmon', 'person', 'person:emomali-rahmon');
    expectAt(text, m, 'Azerbaijani President Ilkham Aliyev', 'Ilkham Aliyev', 'person', 'person:ilham-aliyev');
    expectAt(text, m, 'Secretary-General Stanislav Zas said', 'Stanislav Zas', 'person', 'person:stanislav-zas');
    assert.equal(expectAt(text, m, 'due on January 1, 2023.', 'January 1, 2023', 'date').iso, '2023-01-01');
    expectIds(m, [
      'person:vladimir-putin', 'person:nikol-pashinyan', 'person:alexander-lukashenko', 'person:sadyr-japarov',
      'person:emomali-rahmon', 'person:kassym-jomart-tokayev', 'person:dmitry-peskov', 'person:ilham-aliyev',
      'person:stanislav-zas', 'organization:csto', 'organization:tass', 'place:yerevan', 'place:moscow', 'place:armenia',
      'place:belarus', 'place:kyrgyzstan', 'place:tajikistan', 'place:azerbaijan', 'place:sochi', 'place:minsk',
      'place:afghanistan', 'place:central-asia',
    ]);
  });

  it('002 (Italian, exercise in Kyrgyzstan): the exercise by its Russian and Italian names, Erevan, a date range without a year', () => {
    const text = seed('002');
    const m = recognizer.recognize(text);
    expectAt(text, m, 'l’esercitazione militare “Nerushimoe bratstvo”', 'Nerushimoe bratstvo', 'event', 'event:csto-exercise-indestructible-brotherhood');
    expectAt(text, m, '(Fratellanza indistruttibile)', 'Fratellanza indistruttibile', 'event', 'event:csto-exercise-indestructible-brotherhood');
    expectAt(text, m, 'vicino alla città di Balykshi', 'Balykshi', 'place', 'place:balykchy');
    expectAt(text, m, 'e che Erevan sta ora', 'Erevan', 'place', 'place:yerevan');
    assert.equal(expectAt(text, m, 'riferito che dal 6 al 13 ottobre si terrà', '6 al 13 ottobre', 'date').iso, '--10-06/--10-13');
    expectAt(text, m, 'dall’Unione economica eurasiatica', 'Unione economica eurasiatica', 'organization', 'organization:eaeu');
    expectIds(m, ['organization:csto', 'place:kazakhstan', 'place:kyrgyzstan', 'place:belarus', 'place:russia', 'place:tajikistan', 'place:armenia', 'place:ukraine', 'place:moscow', 'place:bishkek', 'place:nagorno-karabakh', 'place:united-states', 'person:kassym-jomart-tokayev', 'person:nikol-pashinyan']);
  });

  it('003 (English, Minsk 2023): the dateline date, Colonel General Anatoly Sidorov, NATO', () => {
    const text = seed('003');
    const m = recognizer.recognize(text);
    assert.equal(expectAt(text, m, '\n23 November 2023\n', '23 November 2023', 'date').iso, '2023-11-23');
    expectAt(text, m, 'CSTO Leaders to Convene in Minsk without Pashinyan', 'Minsk', 'place', 'place:minsk');
    expectAt(text, m, 'CSTO Leaders to Convene in Minsk without Pashinyan', 'Pashinyan', 'person', 'person:nikol-pashinyan');
    expectAt(text, m, 'Colonel General Anatoly Sidorov, the CSTO Chief of Staff', 'Anatoly Sidorov', 'person', 'person:anatoly-sidorov');
    expectAt(text, m, "light of NATO's policy", 'NATO', 'organization', 'organization:nato');
    expectAt(text, m, "with Tajikistan's President Rahmon, who", 'Rahmon', 'person', 'person:emomali-rahmon');
    expectIds(m, ['person:vladimir-putin', 'person:kassym-jomart-tokayev', 'person:sadyr-japarov', 'person:emomali-rahmon', 'person:alexander-lukashenko', 'person:nikol-pashinyan', 'person:anatoly-sidorov', 'organization:csto', 'organization:nato', 'organization:tass', 'place:minsk', 'place:kazakhstan', 'place:kyrgyzstan', 'place:tajikistan', 'place:moscow', 'place:russia', 'place:belarus', 'place:armenia', 'place:azerbaijan', 'place:afghanistan']);
  });

  it('004 (Italian, Astana 2024): weekday dates, Astana, the SCO in two languages, bylines and photo credits', () => {
    const text = seed('004');
    const m = recognizer.recognize(text);
    assert.equal(expectAt(text, m, '\ndomenica 1 dicembre 2024\n', 'domenica 1 dicembre 2024', 'date').iso, '2024-12-01');
    assert.equal(expectAt(text, m, 'Kazakistan, 28 novembre 2024. ©', '28 novembre 2024', 'date').iso, '2024-11-28');
    assert.equal(expectAt(text, m, '\ngiovedì 4 luglio 2024\n', 'giovedì 4 luglio 2024', 'date').iso, '2024-07-04');
    expectAt(text, m, '© Sputnik / Gavriil Grigorov', 'Sputnik', 'organization', 'organization:sputnik');
    expectAt(text, m, '© Sputnik / Gavriil Grigorov', 'Gavriil Grigorov', 'person', 'person:gavriil-grigorov');
    expectAt(text, m, 'Di Farhad Ibragimov –', 'Farhad Ibragimov', 'person', 'person:farhad-ibragimov');
    expectAt(text, m, "dell'Organizzazione per la Cooperazione di Shanghai (SCO)", 'Organizzazione per la Cooperazione di Shanghai', 'organization', 'organization:sco');
    expectAt(text, m, 'presidente cinese Xi Jinping', 'Xi Jinping', 'person', 'person:xi-jinping');
    expectAt(text, m, 'a maggio a Pechino', 'Pechino', 'place', 'place:beijing');
    expectIds(m, ['person:vladimir-putin', 'person:kassym-jomart-tokayev', 'person:xi-jinping', 'person:farhad-ibragimov', 'person:renat-abdullin', 'organization:csto', 'organization:sco', 'organization:ria-novosti', 'organization:sputnik', 'place:astana', 'place:kazakhstan', 'place:belarus', 'place:kyrgyzstan', 'place:tajikistan', 'place:russia', 'place:ukraine', 'place:moscow', 'place:beijing']);
  });

  it('reports no names as candidates in the seeds: every person named there is known', () => {
    for (const prefix of Object.keys(seedNames)) {
      const candidates = recognizer.recognize(seed(prefix)).filter((m) => m.type === 'candidate');
      assert.deepEqual(candidates.map((c) => c.text), [], `seed ${prefix}`);
    }
  });

  it('returns sorted mentions that never overlap, each slicing to its own text', () => {
    for (const prefix of Object.keys(seedNames)) {
      const text = seed(prefix);
      const mentions = recognizer.recognize(text);
      mentions.forEach((m, i) => {
        assert.equal(text.slice(m.start, m.end), m.text);
        if (i > 0) assert.ok(mentions[i - 1].end <= m.start, `overlap at ${m.start} in ${prefix}`);
      });
    }
  });
});

describe('recognizer: folding, transliterations and languages', () => {
  const find = (text: string) => recognizer.recognize(text).map((m) => [m.text, m.id ?? m.type]);

  it('reads a Russian name written surname first, as official lists write it, as one mention', () => {
    assert.deepEqual(find('Присутствовали Путин Владимир Владимирович и Лукашенко Александр Григорьевич; Путин, Владимир Владимирович.'), [
      ['Путин Владимир Владимирович', 'person:vladimir-putin'],
      ['Лукашенко Александр Григорьевич', 'person:alexander-lukashenko'],
      ['Путин', 'person:vladimir-putin'],
      ['Владимир Владимирович', 'person:vladimir-putin'],
    ]);
  });

  it('matches Biškek, Bishkek and BISHKEK as one place', () => {
    assert.deepEqual(find('Biškek, Bishkek, BISHKEK e Бишкек.'), [
      ['Biškek', 'place:bishkek'],
      ['Bishkek', 'place:bishkek'],
      ['BISHKEK', 'place:bishkek'],
      ['Бишкек', 'place:bishkek'],
    ]);
  });

  it('resolves Italian, English and Russian forms to the same id', () => {
    const ids = (text: string) => recognizer.recognize(text).map((m) => m.id);
    assert.deepEqual(ids('Erevan / Yerevan'), ['place:yerevan', 'place:yerevan']);
    assert.deepEqual(ids('Mosca / Moscow'), ['place:moscow', 'place:moscow']);
    assert.deepEqual(ids("l'Organizzazione del Trattato di sicurezza collettiva, la Collective Security Treaty Organization, la CSTO e l'ОДКБ"), [
      'organization:csto', 'organization:csto', 'organization:csto', 'organization:csto',
    ]);
    assert.deepEqual(ids('Japarov, Zhaparov; Rahmon, Rakhmon'), ['person:sadyr-japarov', 'person:sadyr-japarov', 'person:emomali-rahmon', 'person:emomali-rahmon']);
    // The Western capitals and states wire copy names; a one-word Cyrillic place name only with its capital ("вена" is a vein).
    assert.deepEqual(ids('Talks in Geneva and London; a Ginevra e Londra; в Женеве, в Лондоне, в Вене, вена; the UK, Germany, ФРГ.'), [
      'place:geneva', 'place:london', 'place:geneva', 'place:london', 'place:geneva', 'place:london', 'place:vienna',
      'place:united-kingdom', 'place:germany', 'place:germany',
    ]);
    // The cosmodrome by its name with its noun, the town by its name alone.
    assert.deepEqual(ids('the Baikonur Cosmodrome; cosmodromo di Bajkonur; на космодроме Байконур, в Байконуре'), [
      'place:baikonur-cosmodrome', 'place:baikonur-cosmodrome', 'place:baikonur-cosmodrome', 'place:baikonur',
    ]);
    assert.deepEqual(ids('il Consiglio economico supremo eurasiatico, the Supreme Eurasian Economic Council, Высший Евразийский экономический совет'), [
      'organization:supreme-eurasian-economic-council', 'organization:supreme-eurasian-economic-council', 'organization:supreme-eurasian-economic-council',
    ]);
  });

  it('names a presidency after its seat, as the Kremlin, and a region around its city in three languages', () => {
    const found = recognizer.recognize('Akorda said so; пресс-служба Акорды and the Kremlin agreed.');
    assert.deepEqual(
      found.map((m) => [m.text, m.id, m.alternatives]),
      [
        ['Akorda', 'organization:kazakhstan-presidential-administration', ['place:akorda']],
        ['Акорды', 'organization:kazakhstan-presidential-administration', ['place:akorda']],
        ['Kremlin', 'organization:russia-presidential-administration', ['place:moscow-kremlin']],
      ],
    );
    assert.deepEqual(find('In the Moscow region, nella regione di Mosca, в Подмосковье и в Московской области.'), [
      ['Moscow region', 'place:moscow-oblast'],
      ['regione di Mosca', 'place:moscow-oblast'],
      ['Подмосковье', 'place:moscow-oblast'],
      ['Московской области', 'place:moscow-oblast'],
    ]);
  });

  it('matches whole words only, and acronyms only in capitals', () => {
    assert.deepEqual(find('Putinism and Yerevanskaya'), []);
    assert.deepEqual(find('un vertice e un accordo: UN'), [['UN', 'organization:united-nations']]);
  });

  it('prefers the longest alias: the council over the organization inside its name', () => {
    assert.deepEqual(find('the Collective Security Council met'), [['Collective Security Council', 'organization:csto-collective-security-council']]);
  });

  it('keeps UTF-16 offsets into the original text whatever folding did', () => {
    const text = '😀 Straße 𝕏 — BIŠKEK and Emomali  Rahmon';
    const mentions = recognizer.recognize(text);
    for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
    assert.deepEqual(mentions.map((m) => m.text), ['BIŠKEK', 'Emomali  Rahmon']);
  });
});

describe('recognizer: invisible characters', () => {
  const INVISIBLES = { 'soft hyphen': '\u00ad', 'zero-width space': '\u200b', 'zero-width non-joiner': '\u200c', 'zero-width joiner': '\u200d', 'word joiner': '\u2060', 'byte-order mark': '\ufeff' };

  for (const [what, invisible] of Object.entries(INVISIBLES)) {
    it(`reads a name, a date and a candidate through a ${what}`, () => {
      const text = `Il presidente Luka${invisible}shenko a Min${invisible}sk il 23 novem${invisible}bre 2022. President Ivan Pe${invisible}trov said.`;
      const mentions = recognizer.recognize(text);
      // Each mention covers the original text, the invisible character included.
      expectAt(text, mentions, `Luka${invisible}shenko a`, `Luka${invisible}shenko`, 'person', 'person:alexander-lukashenko');
      expectAt(text, mentions, `Min${invisible}sk`, `Min${invisible}sk`, 'place', 'place:minsk');
      assert.equal(expectAt(text, mentions, `il 23 novem${invisible}bre 2022`, `23 novem${invisible}bre 2022`, 'date').iso, '2022-11-23');
      assert.equal(expectAt(text, mentions, `Ivan Pe${invisible}trov said`, `Ivan Pe${invisible}trov`, 'candidate').role, 'President');
      assert.deepEqual(recognizer.entities(text).map((m) => m.text), [`Luka${invisible}shenko`, `Min${invisible}sk`]);
    });
  }

  it('ends a mention where the name ends, before an invisible character after it', () => {
    const text = 'Putin\u00ad and Lukashenko\u200b, on 23 November\u2060 2022\u00ad.';
    assert.deepEqual(recognizer.recognize(text).map((m) => m.text), ['Putin', 'Lukashenko', '23 November\u2060 2022']);
  });
});

describe('recognizer: candidates', () => {
  const candidates = (text: string) => recognizer.recognize(text).filter((m) => m.type === 'candidate').map((m) => [m.text, m.role]);

  it('finds names introduced by a title in English and Italian', () => {
    assert.deepEqual(candidates('President Mario Rossi arrived.'), [['Mario Rossi', 'President']]);
    assert.deepEqual(candidates('Prime Minister Jan Kowalski said.'), [['Jan Kowalski', 'Prime Minister']]);
    assert.deepEqual(candidates('Il ministro degli Esteri Giorgio Bianchi ha detto'), [['Giorgio Bianchi', 'ministro degli Esteri']]);
    assert.deepEqual(candidates('la portavoce del Ministero degli Esteri russo Anna Verdi ha affermato'), [['Anna Verdi', 'portavoce']]);
    assert.deepEqual(candidates('Colonel General Ivan Petrov inspected the troops'), [['Ivan Petrov', 'Colonel General']]);
    assert.deepEqual(candidates('il presidente della Bielorussia Luca Neri, e altri'), [['Luca Neri', 'presidente']]);
    // Envoys, advisers, governors, mayors, chiefs, commanders, directors; sindaci and vicepremier.
    assert.deepEqual(candidates('US envoy Keith Kellogg met Mayor John Brown and EU foreign policy chief Kaja Kallas.'), [
      ['Keith Kellogg', 'envoy'],
      ['John Brown', 'Mayor'],
      ['Kaja Kallas', 'foreign policy chief'],
    ]);
    assert.deepEqual(candidates('Il sindaco Mario Rossi e il vicepremier Aleksei Overchuk.'), [
      ['Mario Rossi', 'sindaco'],
      ['Aleksei Overchuk', 'vicepremier'],
    ]);
    // Particles inside the name, in small letters or with their capital.
    // A member of parliament as English writes one from Russian reports, and the deputy's offices.
    assert.deepEqual(candidates('Opposition deputy Ishkhan Saghatelyan spoke; he met deputy head Ivan Petrov and member of parliament Anna Petrova.'), [
      ['Ishkhan Saghatelyan', 'deputy'],
      ['Ivan Petrov', 'deputy head'],
      ['Anna Petrova', 'member of parliament'],
    ]);
    assert.deepEqual(candidates('Minister Pieter van der Berg met il giornalista Marco Di Lorenzo.'), [
      ['Pieter van der Berg', 'Minister'],
      ['Marco Di Lorenzo', 'giornalista'],
    ]);
    // A verb after the title makes the title the subject's: the name after it is someone else's,
    // found by its first name but with no role.
    assert.deepEqual(candidates('The president met John Smith. Leaders laid wreaths at the Tomb of the Unknown Soldier.'), [['John Smith', undefined]]);
    const roles = (text: string) => recognizer.recognize(text).filter((m) => m.type === 'candidate').map((m) => [m.text, m.role]);
    assert.deepEqual(roles('Il ministro ha incontrato Azamat Dzhumabekov. Министр встретился с Азаматом Джумабековым.'), [
      ['Azamat Dzhumabekov', undefined],
      ['Азаматом Джумабековым', undefined],
    ]);
    // So does a verb of saying: the name is what was said about, not the title's holder.
    assert.deepEqual(roles('The minister said that Sergei Orlov came. The minister said Anna Petrova would stay.'), [
      ['Sergei Orlov', undefined],
      ['Anna Petrova', undefined],
    ]);
  });

  it('finds members of parliament by their title, as parliamentary questions name them', () => {
    assert.deepEqual(candidates("Interrogazione presentata dall'onorevole Laura Conti al ministro."), [['Laura Conti', 'onorevole']]);
    assert.deepEqual(candidates('Il senatore Paolo Riva e la deputata Marta Sala hanno firmato.'), [
      ['Paolo Riva', 'senatore'],
      ['Marta Sala', 'deputata'],
    ]);
    assert.deepEqual(candidates('Opposition lawmaker Anna Brook asked the minister.'), [['Anna Brook', 'lawmaker']]);
    // Without a name after it, the title names no one.
    assert.deepEqual(candidates('I deputati e i senatori del Pd hanno chiesto chiarimenti; un deputato europeo ha risposto.'), []);
  });

  it('finds journalists by their role, as reports and their credits name them, and no body whose name starts with the plural', () => {
    assert.deepEqual(candidates('Associated Press writers Jim Heintz in Moscow contributed. Il nostro inviato Marco Rossi scrive; the journalist Anna Brook said.'), [
      ['Jim Heintz', 'writers'],
      ['Marco Rossi', 'inviato'],
      ['Anna Brook', 'journalist'],
    ]);
    // No person: the club is a body, found by its head.
    const bodies = recognizer.recognize('Journalists Without Borders and the Correspondents Club protested.').filter((m) => m.type === 'candidate');
    assert.deepEqual(bodies.map((m) => [m.text, m.role, m.guess]), [['Correspondents Club', undefined, 'organization']]);
    // "inviato" after an auxiliary is the verb "sent".
    assert.deepEqual(candidates('Il Cremlino ha inviato Caschi Blu; è stata inviata Squadra Alfa.'), []);
  });

  it("drops a city that begins a body's name, and keeps every name before and after it", () => {
    const text = 'Putin met Lukashenko in Minsk. Tokayev studied at the Baku Higher Command School, then flew to Moscow and Astana.';
    assert.deepEqual(
      recognizer.recognize(text).map((m) => [m.text, m.type]),
      [
        ['Putin', 'person'],
        ['Lukashenko', 'person'],
        ['Minsk', 'place'],
        ['Tokayev', 'person'],
        ['Baku Higher Command School', 'candidate'],
        ['Moscow', 'place'],
        ['Astana', 'place'],
      ],
    );
  });

  it('drops a state or a person that begins the name of an airline, an exchange, a railway or a university', () => {
    const text = 'Turkmenistan Airlines resumed flights; Putin spoke at Nazarbayev University in Astana; the Moscow Exchange fell.';
    assert.deepEqual(
      recognizer.recognize(text).map((m) => [m.text, m.id ?? m.guess]),
      [
        ['Turkmenistan Airlines', 'organization'],
        ['Putin', 'person:vladimir-putin'],
        ['Nazarbayev University', 'organization'],
        ['Astana', 'place:astana'],
        ['Moscow Exchange', 'organization'],
      ],
    );
    // A place that begins a Russian compound with a word in small letters is not the place: an
    // outlet, a river, a district; an English compound keeps it.
    assert.deepEqual(recognizer.recognize('Москва-река замерзла, сообщает агентство Вахш-инфо; the Russia-led bloc.').map((m) => [m.text, m.id ?? m.guess]), [['Russia', 'place:russia']]);
    // An airline the knowledge base knows is its own entity, by its name or its abbreviation.
    assert.deepEqual(recognizer.recognize('Azerbaijan Airlines, or AZAL, resumed flights.').map((m) => [m.text, m.id]), [
      ['Azerbaijan Airlines', 'organization:azal'],
      ['AZAL', 'organization:azal'],
    ]);
    // Other heads keep the state out: "Belarus" and its ministry are two names.
    assert.deepEqual(recognizer.recognize('Belarus Foreign Ministry said.').map((m) => m.text), ['Belarus', 'Foreign Ministry']);
  });

  it('finds a name followed by its role', () => {
    assert.deepEqual(candidates('Secondo Bakyt Usenov, capo del dipartimento di politica estera, il vertice'), [['Bakyt Usenov', 'capo del dipartimento']]);
    assert.deepEqual(candidates("Lo ha detto Giulia Ferri, ricercatrice esperta di Asia centrale."), [['Giulia Ferri', 'ricercatrice']]);
    assert.deepEqual(candidates('Marco Gallo, analista del centro studi, ha detto'), [['Marco Gallo', 'analista']]);
    // The word that starts the sentence is no part of the name when it is a preposition or the like.
    assert.deepEqual(candidates('Per Giulia Ferri, ricercatrice di Pavia, il patto regge.'), [['Giulia Ferri', 'ricercatrice']]);
    assert.deepEqual(candidates('After Ivan Tarasov, head of the department, left, the office closed.'), [['Ivan Tarasov', 'head']]);
    assert.deepEqual(candidates('Con Anna Verdi Bassi, portavoce del partito, ha parlato.'), [['Anna Verdi Bassi', 'portavoce']]);
    // The role is the title without its article, as before a name.
    assert.deepEqual(candidates('Lo ha detto Marco Bianchi, il portavoce del ministero.'), [['Marco Bianchi', 'portavoce']]);
    assert.deepEqual(candidates('Lo ha detto Marco Bianchi, un funzionario del ministero.'), [['Marco Bianchi', 'funzionario']]);
    assert.deepEqual(candidates('Akmal Rustamov, an analyst at the institute, said.'), [['Akmal Rustamov', 'analyst']]);
    assert.deepEqual(candidates('He met Marco Bianchi, the mayor of Trieste.'), [['Marco Bianchi', 'mayor']]);
    assert.deepEqual(candidates('Lo ha detto Giulia Ferri, un’esperta di Asia centrale.'), [['Giulia Ferri', 'esperta']]);
  });

  it('finds the people the news quotes by their role, before the name or in apposition', () => {
    assert.deepEqual(candidates('"It was a signal," said a Bishkek-based analyst, Ainura Tokova.'), [['Ainura Tokova', 'analyst']]);
    assert.deepEqual(candidates('Uzbek political scientist Rustam Kholov told reporters'), [['Rustam Kholov', 'political scientist']]);
    assert.deepEqual(candidates('Secondo il politologo Marat Nurov la missione è finita'), [['Marat Nurov', 'politologo']]);
    assert.deepEqual(candidates("l'esperta Irina Sokol ha spiegato"), [['Irina Sokol', 'esperta']]);
    // Where the person works stands between the role and the name: the name is after the comma.
    assert.deepEqual(candidates('A researcher at the Carnegie Endowment, Temur Rakhimov, disagreed.'), [['Temur Rakhimov', 'researcher']]);
    assert.deepEqual(candidates('An analyst with Eurasia Group said the CSTO would survive.'), []);
    assert.deepEqual(candidates("un'analista del centro studi Ispi Milano ha detto"), []);
    // A role with no name after it names no one.
    assert.deepEqual(candidates('Analysts said the CSTO would not act, and one expert called it a political signal.'), []);
    assert.deepEqual(candidates("Un ricercatore dell'università ha detto che gli analisti non sanno."), []);
  });

  it('finds the people named after the roles of clergy, founders, economists, activists, deputy speakers and village heads', () => {
    assert.deepEqual(candidates('Archbishop Bagrat Galstanyan led a march; founder Ales Bialiatski, a laureate, is in prison; l’economista Pavel Danilevich ha detto.'), [
      ['Bagrat Galstanyan', 'Archbishop'],
      ['Ales Bialiatski', 'founder'],
      ['Pavel Danilevich', 'economista'],
    ]);
    assert.deepEqual(candidates('Вице-спикер Ишхан Сагателян возразил, архиепископ Баграт Галстанян возглавил марш, а староста села Арутюн Мкртчян промолчал.'), [
      ['Ишхан Сагателян', 'Вице-спикер'],
      ['Баграт Галстанян', 'архиепископ'],
      ['Арутюн Мкртчян', 'староста'],
    ]);
    // … and the people reports ask in the street.
    assert.deepEqual(candidates('Pensioner Halina Sachuk, 71, said she voted; учительница Айгуль Маматова рассказала.'), [
      ['Halina Sachuk', 'Pensioner'],
      ['Айгуль Маматова', 'учительница'],
    ]);
    assert.deepEqual(candidates('For truck driver Aibek Toktogulov the queue was long; il camionista Ruslan Ismailov ha atteso; водитель Айбек Токтогулов ждал.'), [
      ['Aibek Toktogulov', 'truck driver'],
      ['Ruslan Ismailov', 'camionista'],
      ['Айбек Токтогулов', 'водитель'],
    ]);
    // … and officials below any title, before or after the name.
    assert.deepEqual(candidates('Сказал сотрудник МВД Кыргызстана Эрмек Бообеков. A guidarla è Markus Ritter, funzionario della polizia. Said border officer Ermek Boobekov.'), [
      ['Эрмек Бообеков', 'сотрудник'],
      ['Markus Ritter', 'funzionario'],
      ['Ermek Boobekov', 'officer'],
    ]);
    // … and the Russian ones with the body's name in quotes between: coordinators, editors, lawyers too.
    assert.deepEqual(candidates('Сказал аналитик центра «Обу Замин» Парвиз Назаров; координатор сети «Ачык шайлоо» Бермет Усенова и адвокат Иван Петров.').filter(([, role]) => role !== undefined), [
      ['Парвиз Назаров', 'аналитик'],
      ['Бермет Усенова', 'координатор'],
      ['Иван Петров', 'адвокат'],
    ]);
  });

  it('reads no area named after a title as a person, and the name after the area as the title’s', () => {
    assert.deepEqual(candidates('A letter went to the commander of the Siberian District. The envoy to the Siberian Federal District Anatoly Seryshev spoke.'), [
      ['Anatoly Seryshev', 'envoy'],
    ]);
  });

  it('does not read the verb after a title in a headline in title case as a name', () => {
    assert.deepEqual(candidates('Army Chief Of Staff Arrives In Tbilisi For Talks\n\nThe visit was announced on Monday.'), []);
    assert.deepEqual(candidates('SCO Foreign Ministers Meet In Qingdao\n\nThey met on Monday.'), []);
    // A surname of the region's shape ends a name there, and in a sentence any capitalised word may be one.
    assert.deepEqual(candidates('Defence Minister Mukhtarov Arrives In Tbilisi'), [['Mukhtarov', 'Defence Minister']]);
    assert.deepEqual(candidates('On Monday Chief of Staff Brown arrived in Tbilisi.'), [['Brown', 'Chief of Staff']]);
    // Nor two words after it ("Leaders Agree Statement"), unless a known first name opens them; nor a
    // verb before a known surname for another first name ("Putin Meets Lukashenko").
    assert.deepEqual(candidates('Leaders Agree Statement On Afghan Border\n\nThey met on Monday.'), []);
    assert.deepEqual(candidates('Kazakhstan Prepares To Host Bloc Leaders As Armenia Stays Away'), []);
    assert.deepEqual(candidates('President John Smith Visits Minsk'), [['John Smith', 'President']]);
    assert.deepEqual(
      recognizer.recognize('Putin Meets Lukashenko In Minsk\nTokayev Welcomes Japarov, Pledges Water Deal').filter((m) => m.type === 'person' || m.type === 'candidate').map((m) => m.text),
      ['Putin', 'Lukashenko', 'Tokayev', 'Japarov'],
    );
  });

  it('reads a demonym after a title and a comma as the nationality of the person named next, not as a name', () => {
    assert.deepEqual(candidates('The chairman, Tajik leader Emomali Rahmon, spoke; its secretary general, Kazakh diplomat Imangali Tasmagambetov, too.'), []);
    assert.deepEqual(candidates('The chairman, Kazakh officials said, was absent.'), []);
    assert.deepEqual(candidates('The spokesman, Armenian diplomat Ivan Petrosyan, spoke.'), [['Ivan Petrosyan', 'spokesman']]);
  });

  it('names the observer and partner states meetings list, and their capitals, in the three languages', () => {
    const text = 'Observers came from Serbia, Cuba, Laos, Qatar and Saudi Arabia. Наблюдатели из Сербии и Лаоса прибыли из Белграда. Delegazioni dall\'Avana e da Riad.';
    const mentions = recognizer.recognize(text);
    const places = mentions.filter((m) => m.type === 'place').map((m) => [m.text, m.id]);
    assert.deepEqual(places, [
      ['Serbia', 'place:serbia'],
      ['Cuba', 'place:cuba'],
      ['Laos', 'place:laos'],
      ['Qatar', 'place:qatar'],
      ['Saudi Arabia', 'place:saudi-arabia'],
      ['Сербии', 'place:serbia'],
      ['Лаоса', 'place:laos'],
      ['Белграда', 'place:belgrade'],
      ['Avana', 'place:havana'],
      ['Riad', 'place:riyadh'],
    ]);
  });

  it('names the councils of heads of government of the SCO and the EAEU, and the Union State’s council, in the three languages', () => {
    const bodies = (text: string) => recognizer.recognize(text).filter((m) => m.type === 'organization').map((m) => [m.text, m.id]);
    assert.deepEqual(bodies('Il Consiglio dei capi di governo della SCO e il Consiglio intergovernativo eurasiatico.'), [
      ['Consiglio dei capi di governo', 'organization:sco-heads-of-government-council'],
      ['SCO', 'organization:sco'],
      ['Consiglio intergovernativo eurasiatico', 'organization:eurasian-intergovernmental-council'],
    ]);
    assert.deepEqual(bodies('Совет глав правительств ШОС собрался.\nСовет глав правительств СНГ и заседание Высшего госсовета.'), [
      ['Совет глав правительств', 'organization:sco-heads-of-government-council'],
      ['ШОС', 'organization:sco'],
      ['Совет глав правительств', 'organization:cis-council-of-heads-of-government'],
      ['СНГ', 'organization:cis'],
      ['Высшего госсовета', 'organization:union-state-supreme-state-council'],
    ]);
  });

  it('names a defence ministry in Italian with its demonym agreeing with "ministero" or with "Difesa"', () => {
    const ministries = recognizer.recognize('Il ministero della Difesa russa e il ministero della Difesa bielorusso.').filter((m) => m.type === 'organization');
    assert.deepEqual(ministries.map((m) => m.id), ['organization:russia-defence-ministry', 'organization:belarus-defence-ministry']);
  });

  it('names the Union Shield exercises of Russia and Belarus, with an edition’s year or not', () => {
    const events = recognizer.recognize('Union Shield-2023 ended. Учения «Щит Союза» завершились. L\'esercitazione Scudo dell\'Unione 2023 si era svolta.').filter((m) => m.type === 'event');
    assert.deepEqual(events.map((m) => [m.text, m.id]), [
      ['Union Shield-2023', 'event:union-shield-exercise'],
      ['Щит Союза', 'event:union-shield-exercise'],
      ["esercitazione Scudo dell'Unione 2023", 'event:union-shield-exercise'],
    ]);
  });

  it('names the Taliban by their members in Italian and Russian', () => {
    const taliban = recognizer.recognize('I talebani hanno preso Kabul. Талибы захватили Кабул.').filter((m) => m.type === 'organization');
    assert.deepEqual(taliban.map((m) => [m.text, m.id]), [
      ['talebani', 'organization:taliban'],
      ['Талибы', 'organization:taliban'],
    ]);
  });

  it('does not report known people, or words that are not names', () => {
    assert.deepEqual(candidates('Russian President Vladimir Putin and il presidente della Repubblica di Armenia parlano.'), []);
    assert.deepEqual(candidates('The President said.'), []);
  });

  it('can be turned off', () => {
    assert.deepEqual(recognizer.recognize('President Mario Rossi', { candidates: false }), []);
  });
});

describe('recognizer: a workspace knowledge base', () => {
  it('recognizes a person added by the workspace', () => {
    const kb = bundledKnowledgeBase().withOverrides({ entities: [Entity.parse({ id: 'person:mario-rossi', type: 'person', name: 'Mario Rossi', aliases: { it: ['Rossi'] } })] });
    const found = new Recognizer(kb).recognize('Il presidente Mario Rossi e Rossi.');
    assert.deepEqual(found.map((m) => [m.text, m.id]), [['Mario Rossi', 'person:mario-rossi'], ['Rossi', 'person:mario-rossi']]);
  });

  it('marks an alias that names two entities as ambiguous', () => {
    const kb = new KnowledgeBase([
      Entity.parse({ id: 'person:anna-rossi', type: 'person', name: 'Anna Rossi', aliases: { it: ['Rossi'] } }),
      Entity.parse({ id: 'person:marco-rossi', type: 'person', name: 'Marco Rossi', aliases: { it: ['Rossi'] } }),
    ]);
    const [mention] = new Recognizer(kb).recognize('Rossi ha detto');
    assert.equal(mention.id, 'person:anna-rossi');
    assert.deepEqual(mention.alternatives, ['person:marco-rossi']);
  });
});

// Hard-wrapped articles: a line break that only wraps a paragraph is read as a space, so a name or
// a date split by it is found as in the same paragraph on one line; a headline, a list or a
// paragraph written on one line keeps its breaks.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { IncrementalRecognizer } from '../../src/core/recognizer/incremental';
import type { Mention } from '../../src/core/recognizer/mention';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { isHardWrapped, softWraps } from '../../src/core/recognizer/softWraps';

const recognizer = new Recognizer(bundledKnowledgeBase());

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const seeds = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(join(SEEDS, n), 'utf8'));

/** Each line of `text` wrapped at `width` columns as an editor wraps it: a word goes to the next line when it would not fit. */
function wrap(text: string, width: number, lineBreak = '\n'): string {
  return text
    .split('\n')
    .map((line) => {
      const lines: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current !== '' && current.length + 1 + word.length > width) {
          lines.push(current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      lines.push(current);
      return lines.join(lineBreak);
    })
    .join(lineBreak);
}

/** What a user sees of a mention, but its text. */
function reading(m: Mention): unknown {
  return { start: m.start, end: m.end, type: m.type, id: m.id, iso: m.iso, role: m.role, guess: m.guess, alternatives: m.alternatives };
}

const PARAGRAPHS = [
  'MOSCOW, November 20 - The leaders of the Commonwealth of Independent States will meet in Dushanbe on 26 November, Kremlin spokesman Dmitry Peskov told reporters, adding that Vladimir Putin would hold talks with Emomali Rahmon and Kassym-Jomart Tokayev on the sidelines of the Collective Security Treaty Organization summit.',
  "MOSCA, 20 novembre - I leader della Comunità degli Stati Indipendenti si riuniranno a Dušanbe il 26 novembre, ha detto il portavoce del Cremlino Dmitrij Peskov, aggiungendo che il presidente russo Vladimir Putin avrà colloqui con Emomali Rahmon e con il segretario generale dell'Organizzazione del Trattato di Sicurezza Collettiva.",
  'МОСКВА, 20 ноября. Лидеры Содружества Независимых Государств встретятся в Душанбе 26 ноября, сообщил пресс-секретарь президента России Дмитрий Песков, добавив, что Владимир Путин проведет переговоры с Эмомали Рахмоном на полях саммита Организации Договора о коллективной безопасности.',
];

describe('hard-wrapped articles', () => {
  it('finds in an article wrapped at any width from 40 to 100 columns what it finds in it unwrapped, in English, Italian and Russian', () => {
    const article = PARAGRAPHS.join('\n\n');
    const whole = recognizer.recognize(article, { articleDate: '2025-11-20' });
    assert.ok(whole.length >= 30, `${whole.length} mentions unwrapped`);
    for (let width = 40; width <= 100; width += 3) {
      const wrapped = wrap(article, width);
      assert.ok(isHardWrapped(wrapped), `wrapped at ${width}`);
      const found = recognizer.recognize(wrapped, { articleDate: '2025-11-20' });
      assert.deepEqual(found.map(reading), whole.map(reading), `wrapped at ${width}:\n${wrapped}`);
      // Each mention's text is the text as written, its line break included.
      for (const m of found) assert.equal(m.text, wrapped.slice(m.start, m.end));
    }
  });

  it('reads a name and a date split by a wrap, with Windows line breaks too', () => {
    // At 45 columns "26⏎November" is split, at 48 "Independent⏎States".
    for (const [width, lineBreak] of [[45, '\n'], [48, '\n'], [45, '\r\n'], [48, '\r\n']] as const) {
      const text = wrap(`The ministers of the Commonwealth of Independent States will gather in Minsk on 26 November to approve the budget.\n\n${PARAGRAPHS[0]}`, width, lineBreak);
      assert.ok(text.includes(`Independent${lineBreak}States`) || text.includes(`26${lineBreak}November`), text);
      const found = recognizer.recognize(text, { articleDate: '2025-11-20' });
      const cis = found.find((m) => m.id === 'organization:cis');
      assert.ok(cis, `the CIS in ${JSON.stringify(text)}`);
      assert.equal(cis.text, text.slice(cis.start, cis.end));
      assert.ok(found.some((m) => m.type === 'date' && m.iso === '2025-11-26'), 'the date');
    }
  });

  it('reads a wrap right after an abbreviation’s full stop, in a date or a name, as every width gives it', () => {
    const article = [
      "Il vertice si terrà ad Astana, la capitale del Kazakhstan, il 15 gen. 2025, ha annunciato il ministero degli Esteri kazako in una nota diffusa ieri sera.",
      'The leaders will then travel by train to the city of St. Petersburg for an informal meeting of the Commonwealth of Independent States.',
      'Саммит пройдет в Минске 28 нояб. 2025 года, сообщил пресс-секретарь президента России Дмитрий Песков журналистам в Кремле.',
    ].join('\n\n');
    const whole = recognizer.recognize(article, { articleDate: '2024-11-20' });
    for (const expected of ['15 gen. 2025', 'St. Petersburg', '28 нояб. 2025']) assert.ok(whole.some((m) => m.text === expected), expected);
    let splitAfterFullStop = 0;
    for (let width = 40; width <= 90; width++) {
      const wrapped = wrap(article, width);
      if (/(?:gen|St|нояб)\.\n/.test(wrapped)) splitAfterFullStop++;
      assert.deepEqual(recognizer.recognize(wrapped, { articleDate: '2024-11-20' }).map(reading), whole.map(reading), `wrapped at ${width}:\n${wrapped}`);
    }
    assert.ok(splitAfterFullStop >= 10, `${splitAfterFullStop} widths split after a full stop`);
  });

  it('reads a word hyphenated at a line’s end as typeset pages break it: whole in small letters, with its hyphen before a capital', () => {
    const article = [
      'When the heads of state of the Collective Security Treaty Organiz-',
      'ation gathered in Astana on 28 November 2024, the empty Armenian chair was',
      'the most visible item on the agenda, while Alexander Lukashen-',
      'ko recalled that President Kassym-',
      'Jomart Tokayev had hosted the Russia-',
      'led bloc before. Le riunioni di feb-',
      // A Windows line break after the hyphen.
      'braio 2024 e della Организа-\r',
      'ции Договора о коллективной безопасности sono state rinviate al',
      'prossimo anno, quando il segretario generale presenterà il suo piano.',
    ].join('\n');
    assert.ok(isHardWrapped(article));
    const found = recognizer.recognize(article, { articleDate: '2024-12-01' });
    const named = (text: string) => found.find((m) => m.text === text);
    assert.equal(named('Collective Security Treaty Organiz-\nation')?.id, 'organization:csto');
    assert.equal(named('Alexander Lukashen-\nko')?.id, 'person:alexander-lukashenko');
    assert.equal(named('Kassym-\nJomart Tokayev')?.id, 'person:kassym-jomart-tokayev');
    assert.equal(named('Russia')?.id, 'place:russia');
    assert.equal(named('feb-\nbraio 2024')?.iso, '2024-02');
    assert.equal(named('Организа-\r\nции Договора о коллективной безопасности')?.id, 'organization:csto');
    // Piece by piece as whole.
    assert.deepEqual(new IncrementalRecognizer(recognizer).recognize(article, { articleDate: '2024-12-01' }).mentions, found);
    // A wrap before a line that ends in a hyphenated word, however short that line (a page's last).
    const list = [
      'В работе сессии Совета коллективной безопасности приняли участие Президент',
      'Республики Беларусь Александр Григорьевич Лукашенко, Президент Кыргызской',
      'Республики Садыр Жапаров, Президент Рос-',
      'сийской Федерации Владимир Путин и Президент Республики Таджикистан',
      'Эмомали Рахмон, а также генеральный секретарь организации.',
    ].join('\n');
    const ids = recognizer.recognize(list).map((m) => m.id);
    assert.ok(ids.includes('place:kyrgyzstan') && ids.includes('place:russia'), JSON.stringify(ids));
  });

  it('takes for hard-wrapped an article whose lines go on at a wrap’s width, not a headline over a short line, a letterhead or paragraphs on one line each', () => {
    assert.ok(isHardWrapped(wrap(seeds[1], 72)));
    assert.ok(isHardWrapped(wrap(seeds[3], 60, '\r\n')));
    assert.ok(!isHardWrapped(seeds[1]));
    assert.ok(!isHardWrapped("MINSK, June 5, 2024. L'Armenia lascerà la Csto\nPashinyan ha parlato venerdì."));
    assert.ok(!isHardWrapped('MINISTRY OF DEFENCE OF THE REPUBLIC OF BELARUS\nPRESS SERVICE\n'));
    // One sentence to a line, each ending with its full stop, is not wrapped text.
    assert.ok(!isHardWrapped(PARAGRAPHS.map((p) => p.split(', ').join('.\n')).join('\n')));
  });

  it('keeps the breaks of a headline above a longer paragraph, of a short list and of paragraphs written on one line', () => {
    assert.equal(softWraps('Armenia Will Leave CSTO\nPashinyan spoke on Wednesday in Yerevan about relations with Moscow and with Minsk.\n'), undefined);
    assert.equal(softWraps('Participants\nIvan Petrov\nSergei Orlov\nAnna Smirnova\n'), undefined);
    assert.equal(softWraps(`${PARAGRAPHS[0]}\n${PARAGRAPHS[1]}\n`), undefined);
    // An item of a list or an indented line starts anew even in wrapped text.
    const list = 'The summit in Minsk approved the following documents on the common border:\n- a plan of joint exercises of the Collective Security Treaty Organization\n    The statement was read by the secretary general of the organization.\n';
    assert.equal(softWraps(list), undefined);
    // The candidates of a list of names stay one per line.
    const names = recognizer.recognize('Ambassador Ivan Petrov, deputy minister of the Republic\nSergei Orlov, adviser\n');
    assert.ok(!names.some((m) => m.text.includes('Republic') && m.text.includes('Sergei')), JSON.stringify(names.map((m) => m.text)));
  });

  it('joins a wrap only where the next line goes on too: not a byline under a long headline, a letterhead in capitals or a quoted line of mail; an indented quotation is joined', () => {
    const body = wrap(PARAGRAPHS[0], 72);
    const byline = recognizer.recognize(`Kazakhstan Prepares to Host Security Bloc Leaders as Armenia Stays Away\nDana Kuspanova\n${body}`);
    assert.ok(!byline.some((m) => m.text.includes('Away\nDana')), JSON.stringify(byline.map((m) => m.text)));
    assert.equal(softWraps(`Kazakhstan Prepares to Host Security Bloc Leaders as Armenia Stays Away\nDana Kuspanova\n${body}`)?.text.includes('Away Dana'), false);
    const letterhead = recognizer.recognize(`MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KAZAKHSTAN\nPRESS SERVICE\n\n${body}`);
    assert.ok(letterhead.some((m) => m.text === 'MINISTRY OF FOREIGN AFFAIRS' && m.id === 'organization:kazakhstan-foreign-ministry'), JSON.stringify(letterhead.map((m) => m.text)));
    // A quotation set in by four spaces, wrapped at any width.
    for (let width = 44; width <= 72; width += 4) {
      const quotation = wrap('"We will meet again in Moscow on 26 November," Lavrov said, "and the Commonwealth of Independent States will be there."', width - 4)
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n');
      const quoted = recognizer.recognize(`${body}\n${quotation}`, { articleDate: '2025-06-20' });
      const inQuotation = quoted.filter((m) => m.start > body.length);
      assert.ok(inQuotation.some((m) => m.type === 'date' && m.iso === '2025-11-26'), `${quotation}\n${JSON.stringify(inQuotation.map((m) => m.text))}`);
      assert.ok(inQuotation.some((m) => m.id === 'organization:cis'), quotation);
    }
    const mail = `${body}\n> Kremlin spokesman Dmitry Peskov said the Collective Security\n> Treaty Organization would meet.`;
    assert.ok(!(softWraps(mail)?.text ?? mail).includes('Security > Treaty'), 'a quoted line of mail is not joined');
  });

  it('recognizes a wrapped article piece by piece as it does whole, through edits that change its longest lines', function () {
    this.timeout(60_000);
    const text = wrap(`${seeds[0]}\n\n${seeds[2]}\n\n${seeds[4]}`, 72);
    const incremental = new IncrementalRecognizer(recognizer);
    assert.deepEqual(incremental.recognize(text).mentions, recognizer.recognize(text));
    let edited = text;
    for (const [at, inserted] of [[300, ' and the Commonwealth of Independent States'], [1500, 'x'], [2500, '\n'], [800, 'Minsk on 26 November ']] as const) {
      const start = edited.indexOf(' ', at);
      edited = edited.slice(0, start) + inserted + edited.slice(start);
      assert.deepEqual(incremental.recognize(edited, {}, { start, oldEnd: start, newEnd: start + inserted.length }).mentions, recognizer.recognize(edited), `after inserting ${JSON.stringify(inserted)}`);
    }
  });
});

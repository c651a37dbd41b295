import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { cutPoints } from '../../src/core/recognizer/cuts';
import { countLineBreaks, IncrementalRecognizer, type TextChange } from '../../src/core/recognizer/incremental';
import type { RecognizeOptions } from '../../src/core/recognizer/recognizer';
import { Recognizer } from '../../src/core/recognizer/recognizer';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const seeds = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(join(SEEDS, n), 'utf8'));

const recognizer = new Recognizer(bundledKnowledgeBase());

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % n;
  };
}

// What edits insert: plain letters and punctuation, and the pieces of text that could join two
// lines into one mention (a weekday before a date, a range's dash, a title's words, a comma).
const SNIPPETS = [
  'x', 'e', ' ', '.', ',', '-', '–', '°', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '1', '27', '2024', 'lunedì', 'Monday,',
  'giovedì\n', '27 novembre', 'November 23', 'dal 6 al 13 ottobre', '6-', '13 ottobre 2023', 'President', 'Prime\n', 'Minister',
  'il presidente', 'Vladimir Putin', 'Putin', 'Lavrov', 'Maria Zakharova', ', capo del dipartimento', 'CSTO', 'Biškek', ' (',
  ')', '"', '«', 'Sergei', 'Ivanov', 'Petrov', 'del', 'ambasciatore\n', '2025-11-27', '27.11.2025', 'mar', 'may', 'Mosca',
  // Invisible characters, which the recognizer reads through: a soft hyphen, a zero-width space, a word joiner.
  '\u00ad', '\u200b', '\u2060', '-\u00ad\n',
  // Web addresses and Markdown's marks, which the recognizer blanks; an abbreviation's full stop at a line's end.
  '**', '*', '_', '](', ')', 'https://kremlin.ru/', 'mil.ru', 'gen.\n', 'St.\n', 'Lukashen-\nko', 'Organiz-\n',
];

/** A random edit: the new text, and where it differs from the old one. */
function edit(text: string, next: (n: number) => number): { text: string; change: TextChange } {
  const start = next(text.length + 1);
  let removed = 0;
  let inserted = '';
  switch (next(4)) {
    case 0:
      // Delete a few characters, sometimes a line break among them.
      removed = 1 + next(12);
      break;
    case 1:
      // Replace a stretch with a snippet.
      removed = next(30);
      inserted = SNIPPETS[next(SNIPPETS.length)];
      break;
    default:
      inserted = SNIPPETS[next(SNIPPETS.length)];
  }
  removed = Math.min(removed, text.length - start);
  return { text: text.slice(0, start) + inserted + text.slice(start + removed), change: { start, oldEnd: start + removed, newEnd: start + inserted.length } };
}

/** Two changes one after the other as one: where the text after both differs from the text before. */
function merged(a: TextChange, b: TextChange): TextChange {
  const start = Math.min(a.start, b.start);
  const newEnd = Math.max(a.newEnd, b.oldEnd) + (b.newEnd - b.oldEnd);
  const delta = a.newEnd - a.oldEnd + (b.newEnd - b.oldEnd);
  return { start, oldEnd: newEnd - delta, newEnd };
}

function expectSameAsFull(incremental: IncrementalRecognizer, text: string, options: RecognizeOptions, what: string, change?: TextChange): void {
  const result = incremental.recognize(text, options, change);
  assert.deepStrictEqual(result.mentions, recognizer.recognize(text, options), what);
  // The pieces cover the text in order, each on the line it starts on.
  let offset = 0;
  for (const placed of result.pieces) {
    assert.equal(placed.start, offset, `${what}: piece start`);
    assert.equal(placed.piece.text, text.slice(placed.start, placed.start + placed.piece.text.length), `${what}: piece text`);
    assert.equal(placed.line, countLineBreaks(text.slice(0, placed.start)), `${what}: piece line`);
    offset += placed.piece.text.length;
  }
  assert.equal(offset, text.length, `${what}: pieces cover the text`);
}

describe('incremental recognition', () => {
  it('finds exactly what a full recognition finds, over random edits of the seed articles', function () {
    this.timeout(120_000);
    const next = random(20251127);
    for (let round = 0; round < 12; round++) {
      // An article of a few seeds, recognized once, then edited again and again.
      let text = '';
      for (let k = 0, count = 1 + next(3); k < count; k++) text += `${seeds[next(seeds.length)]}\n\n`;
      const options: RecognizeOptions = next(2) === 0 ? {} : { fallbackYear: 2020 + next(6) };
      const incremental = new IncrementalRecognizer(recognizer);
      expectSameAsFull(incremental, text, options, `round ${round}, before any edit`);
      for (let step = 0; step < 60; step++) {
        // Told where the text changed (after one edit or two), or not.
        let { text: edited, change } = edit(text, next);
        if (next(4) === 0) {
          const second = edit(edited, next);
          edited = second.text;
          change = merged(change, second.change);
        }
        text = edited;
        expectSameAsFull(incremental, text, options, `round ${round}, edit ${step}`, next(5) === 0 ? undefined : change);
      }
    }
  });

  it('follows a change of the dateline year and of the fallback year', () => {
    const incremental = new IncrementalRecognizer(recognizer);
    const text = `${seeds[0]}\n\n${seeds[1]}`;
    expectSameAsFull(incremental, text, {}, 'as written');
    const redated = text.replace('2025', '2019');
    assert.notEqual(redated, text);
    expectSameAsFull(incremental, redated, {}, 'another dateline year');
    const undated = `Senza data\n\n${seeds[1].slice(seeds[1].indexOf('\n\n'))}, il 3 marzo.\n`;
    expectSameAsFull(incremental, undated, {}, 'no dateline');
    expectSameAsFull(incremental, undated, { fallbackYear: 2021 }, 'a fallback year');
    expectSameAsFull(incremental, undated, { fallbackYear: 2021, candidates: false }, 'without candidates');
  });

  it('recognizes again only the piece an edit touched', () => {
    let recognized = 0;
    const counting = new Recognizer(bundledKnowledgeBase());
    const recognizeWithYear = counting.recognizeWithYear.bind(counting);
    counting.recognizeWithYear = (text, year, candidates) => {
      recognized += text.length;
      return recognizeWithYear(text, year, candidates);
    };
    const text = seeds.join('\n\n');
    const incremental = new IncrementalRecognizer(counting);
    const first = incremental.recognize(text);
    assert.ok(first.pieces.length > 20, `the seeds are cut into pieces (${first.pieces.length})`);
    const middle = text.indexOf(' ', text.length / 2);
    // Told where the text changed, or left to find it.
    for (const [told, letter] of [[false, 'x'], [true, 'y']] as const) {
      recognized = 0;
      const second = incremental.recognize(`${text.slice(0, middle)}${letter}${text.slice(middle)}`, {}, told ? { start: middle, oldEnd: middle, newEnd: middle + 1 } : undefined);
      assert.ok(recognized > 0 && recognized < 3000, `one piece recognized again (${recognized} characters)`);
      // Pieces before the edit stand where they stood: the same objects, with the same mentions.
      assert.equal(second.pieces[0], first.pieces[0]);
      // Those after it moved by one character, on the same lines.
      const last = second.pieces[second.pieces.length - 1];
      assert.equal(last.lineKey, first.pieces[first.pieces.length - 1].lineKey);
      recognized = 0;
      const undone = incremental.recognize(text, {}, told ? { start: middle, oldEnd: middle + 1, newEnd: middle } : undefined);
      assert.equal(recognized, 0, 'undoing the edit recognizes nothing');
      assert.deepStrictEqual(undone.mentions, first.mentions);
    }
  });

  it('cuts only after lines that no mention can continue', () => {
    const pieces = (text: string) => cutPoints(text).map(([start, end]) => text.slice(start, end));
    assert.deepEqual(pieces('One.\nTwo,\nthree\n\n(four)\r\nfive'), ['One.\n', 'Two,\nthree\n\n(four)\r\n', 'five']);
    assert.deepEqual(pieces('giovedì\n27 novembre.\n'), ['giovedì\n27 novembre.\n']);
    assert.deepEqual(pieces('6-\n13 ottobre.\n \nAltro'), ['6-\n13 ottobre.\n', ' \n', 'Altro']);
    assert.deepEqual(pieces('\n\nTesto'), ['\n', '\n', 'Testo']);
    // The full stop of an abbreviation or an initial may be a mention's, which goes on after it.
    assert.deepEqual(pieces('il 15 gen.\n2025. St.\nPetersburg, V.\nPutin.\nAltro'), ['il 15 gen.\n2025. St.\nPetersburg, V.\nPutin.\n', 'Altro']);
    assert.deepEqual(pieces('Esercitazioni.\nAltro. Gene.\nAltro'), ['Esercitazioni.\n', 'Altro. Gene.\n', 'Altro']);
    // An invisible character at the end of a line is not its last character: the dash is.
    assert.deepEqual(pieces('6-\u00ad\n13 ottobre.\u200b\nAltro'), ['6-\u00ad\n13 ottobre.\u200b\n', 'Altro']);
  });

  it('cuts again where an edit makes a word before a line’s full stop an abbreviation, or no longer one', () => {
    const incremental = new IncrementalRecognizer(recognizer);
    // Wrapped at 40 columns, as an editor wraps it.
    const wrapped = (word: string) =>
      `Il vertice si terrà ad Astana, la\ncapitale del Kazakhstan, il 15 ${word}.\n2025, ha annunciato il ministero degli\nEsteri kazako in una nota diffusa ieri\nsera, precisando che parteciperanno\ntutti i leader dei Paesi membri\ndell'organizzazione, compreso il\npresidente armeno Nikol Pashinyan.\n`;
    expectSameAsFull(incremental, wrapped('gen'), {}, 'gen.');
    const at = wrapped('gen').indexOf('gen.') + 3;
    expectSameAsFull(incremental, wrapped('gene'), {}, 'gene.', { start: at, oldEnd: at, newEnd: at + 1 });
    expectSameAsFull(incremental, wrapped('gen'), {}, 'gen. again', { start: at, oldEnd: at + 1, newEnd: at });
    assert.ok(recognizer.recognize(wrapped('gen')).some((m) => m.text === '15 gen.\n2025'));
  });

  it('reads through invisible characters at line ends as a full recognition does', () => {
    const text = 'Bishkek, 27 novembre 2025.\nLe esercitazioni dal 6-\u00ad\n13 ottobre, il Prime\u200b\nMinister Nikol Pashinyan.\n';
    const full = recognizer.recognize(text);
    assert.ok(full.some((m) => m.iso === '2025-10-06/2025-10-13'), JSON.stringify(full.map((m) => m.text)));
    expectSameAsFull(new IncrementalRecognizer(recognizer), text, {}, 'invisible characters before line breaks');
  });
});

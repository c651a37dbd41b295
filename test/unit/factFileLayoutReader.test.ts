// The reader of the writer's layout (layoutReader.ts) against the `yaml` path: on random fact files
// written by the writer (`newFactFileText`, then `applyFactFileEdits`), with strings of every kind
// an article gives and many it should not, it must give exactly the fact file the `yaml` path gives
// (key for key, in the same order), and it must read nearly all of them; on random mutations of
// those files (a character inserted, deleted or replaced, lines swapped or repeated, indentation
// changed) and on every hostile fixture it must give the same fact file or decline. A file with a
// problem is read by the `yaml` path, which says where it is.
// A failure names its seed: FACT_FILE_LAYOUT_SEED=<seed> replays it.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeFact } from '../../src/core/annotation/status';
import { mentionId } from '../../src/core/factFile/ids';
import { readFactFileAsWritten } from '../../src/core/factFile/layoutReader';
import type { ArticleMetadata, Fact, FactFile, FactFileMention, Rejection } from '../../src/core/factFile/schema';
import { applyFactFileEdits, type FactFileEdit, newFactFileText, parseFactFile } from '../../src/core/factFile/store';
import { type Choices, choices } from '../fuzz/editScripts';

const FIXTURES = join(__dirname, '../../../test/fixtures/hostile/fact-files');
const SEEDS = join(__dirname, '../../../seeds');
const FIRST_SEED = Number(process.env.FACT_FILE_LAYOUT_SEED ?? 0x1a70);

/** The `yaml` path's fact file, and the layout reader's (or undefined when it declines); the same when it reads. */
function compare(text: string, file = 'a.facts.yaml'): { reference: FactFile | undefined; fast: FactFile | undefined } {
  const reference = parseFactFile(text, file, { fastReader: false }).factFile;
  const fast = readFactFileAsWritten(text);
  if (fast !== undefined) {
    const context = `${file}: ${JSON.stringify(text.slice(0, 3000))}`;
    assert.ok(reference, `the layout reader read a file the yaml path refuses: ${context}`);
    assert.deepStrictEqual(fast, reference, context);
    assert.equal(JSON.stringify(fast), JSON.stringify(reference), `keys in another order: ${context}`);
  }
  return { reference, fast };
}

// Strings as articles give them, and strings YAML writes in every style it has.
const WORDS = ['Putin', 'Nikol Pashinyan', 'CSTO', 'Ереван', 'Лукашенко', 'Biškek', 'Tokayev’s', '23 November 2023', 'Il presidente kazako', '习近平', 'emoji 😀', 'é\u0301'];
const ODD = [
  '2022-11-23', '2022', 'no', 'yes', 'on', 'true', 'False', 'null', 'Null', '~', '0x1f', '0o17', '017', '1e3', '.5', '-.inf', '.NaN', '+1', '-1', '12:30', 'a: b', 'a #b', 'a#b', '#x', '- x', '-x', '? x', '?x', ':x', '[x]', '{x}', 'x, y',
  "it's", 'say "hi"', `it's "both"`, '&a', '*a', '!t', '|', '>', '%x', '@x', '`x', '<<', '__proto__', 'back\\slash', 'tab\there', ' lead', 'trail ', '\u00a0nbsp', '\u2028', '\u0085', '\ufeff', '...', '---', 'a\u0001b', '\u007f', 'x\r\ny',
];
const PIECES = [' ', '\n', '\n\n', '  ', '"', "'", '#', ': ', ':', '-', '\\', ',', '[', '{', '|', '>', '0', '1', '.', 'e'];

/** A piece of text around a mention: mostly words, spaces and line breaks, now and then anything. */
function text(r: Choices, short = false): string {
  let out = '';
  for (let k = r.int(short ? 3 : 6); k >= 0; k--) {
    const roll = r.int(10);
    out += roll < 5 ? r.pick(WORDS) : roll < 9 || r.chance(0.7) ? r.pick(PIECES) : r.pick(ODD);
  }
  return r.chance(0.05) ? r.pick(ODD) : out;
}

const ENTITIES = ['person:vladimir-putin', 'person:nikol-pashinyan', 'organization:csto', 'place:yerevan', 'place:minsk'];
const PEOPLE = ['person:vladimir-putin', 'person:nikol-pashinyan'];
const DATES = ['2022-11-23', '2023-11', '2024', '2023-10-06/2023-10-13', '--11-23'];

function newMention(r: Choices, start: number): FactFileMention {
  const quote = r.chance(0.7) ? r.pick(WORDS) : text(r, true) || 'x';
  const anchor = { quote, prefix: r.chance(0.9) ? text(r) : '', suffix: r.chance(0.9) ? text(r) : '', start, end: start + quote.length };
  const isDate = r.chance(0.2);
  const target = isDate ? r.pick(DATES) : r.pick(ENTITIES);
  const mention: FactFileMention = isDate ? { id: mentionId(`date:${target}`, start, quote), date: target, ...anchor } : { id: mentionId(target, start, quote), entity: target, ...anchor };
  if (r.chance(0.1)) mention.orphaned = r.chance(0.5);
  return mention;
}

function newFact(r: Choices, mentions: readonly FactFileMention[]): Fact {
  const evidence = Array.from({ length: 1 + r.int(3) }, () => r.pick(mentions).id);
  switch (r.int(3)) {
    case 0:
      return makeFact({ type: 'attendance', person: r.pick(PEOPLE), event: 'event:csto-summit-2022-yerevan', status: r.pick(['attended', 'expected', 'absent', 'uncertain'] as const) }, evidence);
    case 1:
      return makeFact({ type: 'summit', organization: 'organization:csto', city: 'place:yerevan', start: r.pick(DATES.slice(0, 3)), ...(r.chance(0.5) ? { event: 'event:csto-summit-2022-yerevan' } : {}), ...(r.chance(0.3) ? { end: '2022-11-24' } : {}) }, evidence);
    default:
      return makeFact({ type: 'role', person: r.pick(PEOPLE), role: r.chance(0.8) ? r.pick(['President', 'Prime Minister of Armenia']) : text(r, true) || 'x', ...(r.chance(0.5) ? { country: 'place:armenia' } : {}), ...(r.chance(0.2) ? { organization: 'organization:csto' } : {}) }, evidence);
  }
}

function newRejection(r: Choices, start: number): Rejection {
  const quote = r.pick(WORDS);
  const rejection: Rejection = { quote, prefix: r.chance(0.9) ? text(r) : '', suffix: text(r), start, end: start + quote.length };
  if (r.chance(0.5)) rejection.entity = r.pick(ENTITIES);
  return rejection;
}

/** A fact file as the writer writes it: a new one, then edits (adds, and now and then updates and removals). */
function writtenFactFile(r: Choices): string {
  const article: ArticleMetadata = { file: r.pick(['a.txt', 'a00001.txt', 'Новости.txt']), textHash: `sha256:${'0123456789abcdef'.repeat(4)}` };
  if (r.chance(0.8)) article.language = r.pick(['en', 'it', 'ru']);
  if (r.chance(0.7)) article.publisher = r.chance(0.8) ? r.pick(['TASS', 'Агентство «Интерфакс»']) : text(r, true);
  if (r.chance(0.7)) article.published = r.pick(['2022-11-23', '2023', '2023-11']);
  let written = newFactFileText(article);
  const mentions: FactFileMention[] = [];
  const edits: FactFileEdit[] = [];
  for (let k = r.int(12); k > 0; k--) {
    const mention = newMention(r, r.int(5000));
    mentions.push(mention);
    edits.push({ kind: 'addMention', mention });
  }
  if (mentions.length > 0) for (let k = r.int(4); k > 0; k--) edits.push({ kind: 'addFact', fact: newFact(r, mentions) });
  for (let k = r.int(3); k > 0; k--) edits.push({ kind: 'addRejection', rejection: newRejection(r, 5000 + r.int(5000)) });
  if (edits.length === 0) return written;
  const added = applyFactFileEdits(written, 'a.facts.yaml', edits);
  // The writer reads back every string it writes (blanks and line breaks only among them).
  assert.ok(added.ok, JSON.stringify(edits));
  written = added.text;
  if (mentions.length > 1 && r.chance(0.3)) {
    const [first, second] = [r.pick(mentions), r.pick(mentions)];
    const more: FactFileEdit[] = [
      { kind: 'updateMention', id: first.id, patch: { prefix: text(r), suffix: text(r) } },
      { kind: 'removeMention', id: second.id },
      { kind: 'setArticle', patch: { publisher: text(r, true) } },
    ];
    const edited = applyFactFileEdits(written, 'a.facts.yaml', more);
    assert.ok(edited.ok, JSON.stringify(more));
    written = edited.text;
  }
  return written;
}

/** The text with one random change, of the kinds a hand edit or a damaged file has. */
function mutate(r: Choices, text: string): string {
  const at = r.int(text.length);
  const lines = text.split('\n');
  const line = r.int(lines.length);
  switch (r.int(7)) {
    case 0:
      return text.slice(0, at) + r.pick([' ', '\t', '\r', ':', '-', '#', '"', "'", '\\', '\n', '[', '{', '&', '*', '!', '|', '>', '?', '0', 'x', '\u2028', '\ufeff']) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + r.pick([' ', ':', '#', '"', "'", '\n', '0', '9', 'a', '-', '|']) + text.slice(at + 1);
    case 3: {
      if (line + 1 >= lines.length) return text;
      [lines[line], lines[line + 1]] = [lines[line + 1], lines[line]];
      return lines.join('\n');
    }
    case 4:
      lines[line] = r.chance(0.5) ? ` ${lines[line]}` : lines[line].replace(/^ {1,2}/, '');
      return lines.join('\n');
    case 5:
      lines.splice(line, 0, lines[line]);
      return lines.join('\n');
    default:
      // A value replaced with an odd scalar.
      lines[line] = lines[line].replace(/: .*$/, `: ${r.pick(['no', '0x1f', '1e3', '.inf', '~', 'null', 'true', 'True', '2022-11-23', '007', '-0', '+5', '5.0', '"5"', "'x'", '[]', '{}', '&a x', '*a', '!!str x', '|', '>-', '""', '12345678901234567890'])}`);
      return lines.join('\n');
  }
}

describe('the reader of the writer\'s layout', () => {
  it('gives exactly what the yaml path gives on random fact files written by the writer, and reads nearly all of them', function () {
    this.timeout(120_000);
    const r = choices(FIRST_SEED);
    let read = 0;
    const rounds = 600;
    for (let round = 0; round < rounds; round++) {
      const { reference, fast } = compare(writtenFactFile(r));
      assert.ok(reference, 'the writer writes valid fact files');
      if (fast) read++;
    }
    // Declined: what holds characters it leaves to the yaml path (a tab, a line separator, a
    // byte-order mark), or a block scalar of empty lines.
    assert.ok(read > rounds * 0.8, `${read} of ${rounds} written files read`);
  });

  it('gives the same fact file or declines on random mutations of them', function () {
    this.timeout(120_000);
    const r = choices(FIRST_SEED + 1);
    let readMutated = 0;
    let refused = 0;
    for (let round = 0; round < 400; round++) {
      const written = writtenFactFile(r);
      for (let k = 0; k < 8; k++) {
        let text = written;
        for (let n = 1 + r.int(2); n > 0; n--) text = mutate(r, text);
        const { reference, fast } = compare(text);
        if (fast && text !== written) readMutated++;
        if (!reference) refused++;
      }
    }
    // Both kinds: changes that leave a valid file in the layout (read), and changes the yaml path refuses.
    assert.ok(readMutated > 100 && refused > 100, `${readMutated} mutated files read, ${refused} refused`);
  });

  it('gives the same fact file or declines on every seed and hostile fixture, and reads the seeds', () => {
    for (const folder of [SEEDS, FIXTURES]) {
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.facts.yaml'))) {
        const { fast } = compare(readFileSync(join(folder, name), 'utf8'), name);
        if (folder === SEEDS) assert.ok(fast, `${name} is read`);
      }
    }
  });

  it('reads odd scalars as the core schema does, or declines them', () => {
    const seed = readFileSync(join(SEEDS, readdirSync(SEEDS).find((n) => n.endsWith('.facts.yaml'))!), 'utf8');
    const odd = ['no', 'on', 'yes', '2022-11-23', '0x1f', '0o17', '017', '1e3', '.inf', '-.inf', '.nan', '~', 'null', 'NULL', 'true', 'False', '12', '-1', '+1', '1.0', '"12"', "'no'", '""', 'a: b', 'a #b', '-x', '?x', ':x'];
    for (const value of odd) {
      for (const field of [/^( {2}publisher: ).*$/m, /^( {4}start: ).*$/m, /^( {4}quote: ).*$/m, /^( {4}orphaned: ).*$/m]) {
        const text = field.source.includes('orphaned') ? seed.replace(/^( {4}end: .*)$/m, `$1\n    orphaned: ${value}`) : seed.replace(field, `$1${value}`);
        compare(text, `${value}.facts.yaml`);
      }
    }
    // Read, as the core schema reads them.
    assert.equal(readFactFileAsWritten(seed.replace(/^( {2}publisher: ).*$/m, '$1no'))?.article.publisher, 'no');
    assert.equal(readFactFileAsWritten(seed.replace(/^( {2}published: ).*$/m, '$12022-11-23'))?.article.published, '2022-11-23');
    // Not strings: left to the yaml path, which says what is wrong.
    assert.equal(readFactFileAsWritten(seed.replace(/^( {2}publisher: ).*$/m, '$10x1f')), undefined);
    const hex = parseFactFile(seed.replace(/^( {2}publisher: ).*$/m, '$10x1f'), 'hex.facts.yaml');
    assert.equal(hex.factFile, undefined);
    assert.equal(hex.problems[0].field, 'article.publisher');
  });

  it('leaves a file with a problem to the yaml path, which names its line and column', () => {
    const r = choices(FIRST_SEED + 2);
    // A mention's end one further: its quote is then shorter than its span.
    const mentionEnd = (lines: string[]) => {
      const facts = lines.findIndex((l) => l.startsWith('facts:'));
      return lines.findIndex((l, i) => i < facts && /^ {4}end: \d+$/.test(l));
    };
    let written = writtenFactFile(r);
    while (mentionEnd(written.split('\n')) < 0) written = writtenFactFile(r);
    const lines = written.split('\n');
    const line = mentionEnd(lines);
    lines[line] = lines[line].replace(/\d+$/, (n) => String(Number(n) + 1));
    const broken = lines.join('\n');
    assert.equal(readFactFileAsWritten(broken), undefined);
    const { factFile, problems } = parseFactFile(broken, 'broken.facts.yaml');
    assert.equal(factFile, undefined);
    assert.equal(problems.length, 1);
    assert.match(problems[0].field, /^mentions\[\d+\]\.end$/);
    assert.equal(problems[0].line, line + 1);
    assert.ok(problems[0].column > 1);
  });
});

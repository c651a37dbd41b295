// Fact files are read by js-yaml when it reads them as the `yaml` package does and they are valid,
// by the `yaml` package otherwise. Random fact files in every style YAML allows (block and flow,
// every kind of scalar and quoting, comments, odd scalars), with hostile pieces now and then
// (anchors, aliases, tags, merge keys, duplicate keys, explicit keys, `__proto__`, a character more
// or less), must give the same fact file and the same problems, at the same lines and columns,
// whichever reads them; and so must every hostile fixture.
// A failure names its seed: FACT_FILE_READ_SEED=<seed> replays it.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFactFile } from '../../src/core/factFile/store';
import { readYamlMapping } from '../../src/core/yaml/pieces';
import { readYaml } from '../../src/core/yaml/read';
import { type Choices, choices } from '../fuzz/editScripts';

const FIXTURES = join(__dirname, '../../../test/fixtures/hostile/fact-files');
const SEEDS = join(__dirname, '../../../seeds');
const FIRST_SEED = Number(process.env.FACT_FILE_READ_SEED ?? 0x5eed);

/** The same fact file and problems from both readers; returns what was read. */
function bothRead(text: string, file: string) {
  const fast = parseFactFile(text, file);
  const reference = parseFactFile(text, file, { fastReader: false });
  assert.deepStrictEqual(fast, reference, `${file}: ${JSON.stringify(text.slice(0, 2000))}`);
  return reference;
}

// Strings as fact files hold them, and strings YAML reads in many ways.
const COMMON_QUOTES = ['Putin', 'Nikol Pashinyan', 'Collective Security Treaty Organization', 'Ереван', 'Лукашенко', 'Biškek', 'Tokayev’s', '23 November', 'CSTO', 'Il presidente kazako'];
const ODD_QUOTES = [
  '2022-11-23', '2022', 'no', 'yes', 'on', 'off', 'y', 'n', 'true', 'False', 'null', '~', '0x1f', '0o17', '017', '1e3', '.5', '-.inf', '.NaN', '1_000', '12:30', '+1', 'a: b', 'a #b', 'a#b', '#x', '- x', '? x', '[x]', '{x}', 'x, y', "it's", 'say "hi"',
  '&a', '*a', '!t', '|', '>', '%x', '@x', '`x', '<<', '__proto__', 'back\\slash', 'tab\there', ' lead', 'trail ', 'emoji 😀', '习近平', '\u00a0nbsp', 'é\u0301', '\u2028', '...', '---',
];
const CONTEXTS = ['', ' ', 'Putin to participate in ', '’s summit in Yerevan\nThe event s', '\nThe event should also be attend', ' Nikol Pashinyan, Presidents of ', 'line one\n\nline three', '  indented\n more', 'ends with a break\n', 'trailing  ', '"quoted"', "'single'", ': colon', ' # hash', '\ttab'];
const ENTITIES = ['person:vladimir-putin', 'person:nikol-pashinyan', 'organization:csto', 'place:yerevan', 'place:minsk', 'event:csto-summit-2022-yerevan'];
const DATES = ['2022-11-23', '2023-11', '2024', '2023-10-06/2023-10-13', '--11-23', '2022-13-45', '23.11.2022'];
const ODD_VALUES = ['no', 'yes', 'on', '0x1f', '0o17', '2022-11-23', '2022-11-23T10:00:00Z', '~', 'null', '', 'true', '12', '1e3', '.inf', '"12"', "'no'", 'TASS', 'Агентство «Интерфакс»', '[TASS]', '{a: b}'];

type Random = Choices;

const quoteOf = (r: Random) => (r.chance(0.85) ? r.pick(COMMON_QUOTES) : r.pick(ODD_QUOTES));
/** Mostly what an article gives, now and then something odd. */
const oddly = (r: Random, usual: string, odd: readonly string[]) => (r.chance(0.9) ? usual : r.pick(odd));

/** Whether a string may be written plain and read back as a string or a scalar of the core schema. */
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`](?:[^\n:#]|:(?! )|(?<! )#)*(?<![\s:])$/;

/** A string written in one of YAML's styles, as it would read back; the block styles and the continuation lines need the indentation of their lines. */
function scalar(r: Random, s: string, indent: number): string {
  const pad = ' '.repeat(indent + 2);
  const style = r.int(s.includes('\n') ? 6 : 4);
  switch (style) {
    case 0:
      return JSON.stringify(s);
    case 1:
      return `'${s.replace(/'/g, "''").replace(/\n/g, `\n\n${pad}`)}'`;
    case 2:
      // YAML's own escapes.
      return `"${[...s].map((c) => (c === '"' || c === '\\' ? `\\${c}` : c === '\n' ? (r.chance(0.3) ? `\n\n${pad}` : '\\n') : c === '\t' ? '\\t' : c === '\u00a0' ? '\\_' : c === '\u2028' ? '\\L' : c === 'é' ? '\\u00e9' : r.chance(0.05) && c < '\u0080' ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : c)).join('')}"`;
    case 3:
      return PLAIN.test(s) || r.chance(0.02) ? s : JSON.stringify(s);
    default: {
      // A block scalar: literal or folded, with the chomping the text needs (or not).
      const chomp = s.endsWith('\n') ? (r.chance(0.7) ? '' : '+') : '-';
      const head = `${r.chance(0.7) ? '|' : '>'}${s.startsWith(' ') || s.startsWith('\n') || r.chance(0.1) ? '2' : ''}${chomp}`;
      const body = (s.endsWith('\n') ? s.slice(0, -1) : s).split('\n').map((line) => (line === '' ? '' : pad + line));
      return `${head}\n${body.join('\n')}`;
    }
  }
}

/** A mapping's fields as block lines at `indent` (the first without its indentation, for an item's `- `), or as flow. */
function mapping(r: Random, fields: [string, string | undefined][], indent: number): string {
  const present = fields.filter((f): f is [string, string] => f[1] !== undefined);
  if (r.chance(0.1)) {
    for (let i = present.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [present[i], present[j]] = [present[j], present[i]];
    }
  }
  if (r.chance(0.15) && present.every(([, v]) => !v.includes('\n'))) {
    const sp = r.chance(0.5) ? ' ' : '';
    return `{${sp}${present.map(([k, v]) => `${r.chance(0.1) ? JSON.stringify(k) : k}: ${v}`).join(r.chance(0.2) ? `,\n${' '.repeat(indent + 2)}` : ', ')}${sp}}`;
  }
  const pad = ' '.repeat(indent);
  return present
    .map(([k, v], i) => {
      const key = r.chance(0.05) ? `'${k}'` : k;
      const comment = r.chance(0.05) ? '  # note' : '';
      const line = `${i === 0 ? '' : pad}${key}${r.chance(0.03) ? ' ' : ''}: ${v}`;
      return v.includes('\n') || v.startsWith('|') || v.startsWith('>') ? line : line + comment;
    })
    .join('\n');
}

function list(r: Random, items: string[], indent: number): string {
  if (items.length === 0) return r.chance(0.97) ? r.pick([' []', ' [ ]']) : '';
  const pad = ' '.repeat(indent);
  return `\n${items.map((item) => `${pad}- ${item}`).join(`\n${r.chance(0.1) ? `${pad}# between\n` : ''}`)}`;
}

function anchorFields(r: Random, quote: string, indent: number, start: number): [string, string | undefined][] {
  const prefix = r.pick(CONTEXTS);
  const suffix = r.pick(CONTEXTS);
  const end = start + quote.length + (r.chance(0.03) ? 1 : 0);
  return [
    ['quote', scalar(r, quote, indent)],
    ['prefix', r.chance(0.1) ? undefined : scalar(r, prefix, indent)],
    ['suffix', r.chance(0.1) ? undefined : scalar(r, suffix, indent)],
    ['start', r.chance(0.05) ? r.pick(['0x10', '1e1', '+3', '010', '"5"', '-1', '2.5', '10.0', '0o12']) : String(start)],
    ['end', r.chance(0.03) ? r.pick(['0x10', '1e1', '+3', '010', '"5"', '10.0', '0o12']) : String(end)],
  ];
}

/** A fact file in one of the many forms YAML allows; valid most of the time. */
function factFileText(r: Random): string {
  const mentionIds: string[] = [];
  const mentions: string[] = [];
  const indent = r.chance(0.2) ? 0 : 2;
  const itemIndent = indent + 2;
  for (let k = r.int(8); k > 0; k--) {
    const id = `m-${(0x100000 + r.int(0xeffff) * 16 + k).toString(16)}${r.chance(0.005) ? 'X' : ''}`;
    mentionIds.push(id);
    const isDate = r.chance(0.15);
    const quote = quoteOf(r);
    const fields: [string, string | undefined][] = [
      ['id', r.chance(0.1) ? JSON.stringify(id) : id],
      isDate ? ['date', oddly(r, '2022-11-23', DATES)] : ['entity', r.pick(ENTITIES)],
      ...anchorFields(r, quote, itemIndent, r.int(500)),
      ['orphaned', r.chance(0.1) ? oddly(r, r.pick(['true', 'false', 'True', 'FALSE']), ['yes', 'no', '"true"', '1']) : undefined],
    ];
    if (r.chance(0.02)) fields.push(['colour', 'red']);
    mentions.push(mapping(r, fields, itemIndent));
  }
  const evidence = () => {
    const ids = Array.from({ length: 1 + r.int(3) }, () => (mentionIds.length > 0 && r.chance(0.99) ? r.pick(mentionIds) : 'm-000000'));
    return r.chance(0.5) ? `[${ids.join(', ')}]` : `\n${ids.map((id) => `${' '.repeat(itemIndent + 2)}- ${id}`).join('\n')}`;
  };
  const facts: string[] = [];
  for (let k = mentionIds.length > 0 || r.chance(0.05) ? r.int(4) : 0; k > 0; k--) {
    const id = `f-${(0x100000 + r.int(0xeffff)).toString(16)}`;
    const kind = r.int(3);
    const fields: [string, string | undefined][] =
      kind === 0
        ? [['id', id], ['type', 'summit'], ['event', r.chance(0.5) ? 'event:csto-summit-2022-yerevan' : undefined], ['organization', 'organization:csto'], ['city', 'place:yerevan'], ['start', oddly(r, '2022-11-23', DATES)], ['evidence', evidence()]]
        : kind === 1
          ? [['id', id], ['type', 'attendance'], ['person', r.pick(ENTITIES.slice(0, 2))], ['event', 'event:csto-summit-2022-yerevan'], ['status', oddly(r, r.pick(['attended', 'expected', 'absent', 'uncertain']), ['maybe', 'yes', '"attended"'])], ['evidence', evidence()]]
          : [['id', id], ['type', 'role'], ['person', 'person:vladimir-putin'], ['role', scalar(r, oddly(r, 'President', ['Prime Minister of Armenia', 'no', '2022', 'on']), itemIndent)], ['country', r.chance(0.5) ? 'place:armenia' : undefined], ['evidence', evidence()]];
    facts.push(mapping(r, fields, itemIndent));
  }
  const rejections: string[] = [];
  for (let k = r.int(3); k > 0; k--) rejections.push(mapping(r, [...anchorFields(r, quoteOf(r), itemIndent, r.int(500)), ['entity', r.chance(0.5) ? r.pick(ENTITIES) : undefined]], itemIndent));
  const article = mapping(
    r,
    [
      ['file', oddly(r, 'a.txt', ['../a.txt', '"a/b.txt"', '2022-11-23', "'a.txt'"])],
      ['language', r.chance(0.8) ? oddly(r, r.pick(['en', 'it', 'ru']), ['no', 'on', 'EN', 'y']) : undefined],
      ['publisher', r.chance(0.7) ? oddly(r, 'TASS', ODD_VALUES) : undefined],
      ['published', r.chance(0.7) ? oddly(r, '2022-11-23', [...DATES, ...ODD_VALUES]) : undefined],
      ['textHash', `sha256:${'0123456789abcdef'.repeat(4)}`],
    ],
    indent + 2,
  );
  const lines = [
    ...(r.chance(0.5) ? ['# Annotations of a.txt, kept by News Annotator.'] : []),
    ...(r.chance(0.05) ? ['---'] : []),
    `schema: ${r.chance(0.98) ? r.pick(['news-annotator/facts@1', '"news-annotator/facts@1"', "'news-annotator/facts@1'"]) : r.pick(['news-annotator/facts@2', '1', '~'])}`,
    `article:${article.startsWith('{') ? ' ' : `\n${' '.repeat(indent + 2)}`}${article}`,
    `mentions:${list(r, mentions, indent)}`,
    `facts:${list(r, facts, indent)}`,
    ...(rejections.length > 0 || r.chance(0.5) ? [`rejections:${list(r, rejections, indent)}`] : []),
  ];
  return hostile(r, lines.join('\n') + (r.chance(0.9) ? '\n' : ''));
}

/** Now and then something hostile or broken, anywhere. */
function hostile(r: Random, text: string): string {
  if (!r.chance(0.35)) return text;
  switch (r.int(12)) {
    case 0:
      // An anchor on the first mention, and an alias to it among the rejections.
      return text.replace(/^( *- )(id: )/m, '$1&first $2').replace(/^rejections:.*$/m, 'rejections:\n  - *first');
    case 1:
      return text.replace(/quote: /, r.pick(['quote: !!str ', 'quote: !local ', 'quote: ! ']));
    case 2:
      // A merge key, as YAML 1.1 had them.
      return text.replace(/^( *)(textHash: .*)$/m, '$1$2\n$1<<: { publisher: TASS }');
    case 3:
      return text.replace(/^( *)(language: .*)$/m, '$1$2\n$1language: it');
    case 4:
      return text.replace(/^( *)(publisher: .*)$/m, '$1? publisher\n$1: TASS');
    case 5:
      return text.replace(/^( *)(textHash: .*)$/m, r.pick(['$1$2\n$1__proto__: { polluted: yes }', '$1$2\n$1constructor: x']));
    case 6:
      return text.replace(/\n/g, '\r\n');
    case 7:
      return `\ufeff${text}`;
    case 8:
      return `%YAML 1.1\n---\n${text}`;
    case 9:
      return text.replace(/^( +)/m, '\t$1');
    default: {
      const at = r.int(text.length + 1);
      return r.chance(0.5) ? text.slice(0, at) + r.pick([' ', '\t', ':', '-', '#', '[', ']', '{', '}', ',', '"', "'", '\n', '&', '*', '!', '|', '>', '?', '\r']) + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    }
  }
}

describe('fact files read by js-yaml or by the yaml package', () => {
  it('give the same fact file, or the same problems at the same lines, columns and fields, on random fact files', function () {
    this.timeout(120_000);
    const r = choices(FIRST_SEED);
    let valid = 0;
    let readFast = 0;
    let invalid = 0;
    for (let round = 0; round < 1500; round++) {
      const text = factFileText(r);
      const read = bothRead(text, 'a.facts.yaml');
      if (read.factFile) {
        valid++;
        if (readYamlMapping(text)) readFast++;
      } else {
        invalid++;
        assert.ok(read.problems.length > 0 && read.problems.every((p) => p.line >= 1 && p.column >= 1), JSON.stringify(read.problems));
      }
    }
    // The generator must give both kinds, and most valid files must take the fast path.
    assert.ok(valid > 300 && invalid > 300, `${valid} valid, ${invalid} invalid`);
    assert.ok(readFast > valid * 0.8, `${readFast} of ${valid} valid files read by js-yaml`);
  });

  it('read odd scalars as the core schema does: a date, `no` and `on` stay strings, `0x1f` and `1e1` are numbers', () => {
    const seed = readFileSync(join(SEEDS, readdirSync(SEEDS).find((n) => n.endsWith('.facts.yaml'))!), 'utf8');
    const odd = seed
      .replace(/^ {2}publisher: .*$/m, '  publisher: no')
      .replace(/^ {2}published: .*$/m, '  published: 2022-11-23')
      .replace(/^ {2}language: .*$/m, '  language: on')
      .replace(/^( {4})start: (\d+)$/m, (_, pad: string, start: string) => `${pad}start: 0x${Number(start).toString(16)}`);
    assert.deepStrictEqual(readYamlMapping(odd), readYaml(odd, 'odd.facts.yaml').data, 'js-yaml reads the data as the yaml package does');
    const { factFile, problems } = bothRead(odd, 'odd.facts.yaml');
    assert.deepEqual(problems, []);
    assert.equal(factFile?.article.publisher, 'no');
    assert.equal(factFile?.article.published, '2022-11-23');
    assert.equal(factFile?.article.language, 'on');
    assert.equal(factFile?.mentions[0].start, parseFactFile(seed, 'seed.facts.yaml').factFile?.mentions[0].start);
    const hex = bothRead(seed.replace(/^ {2}publisher: .*$/m, '  publisher: 0x1f'), 'hex.facts.yaml');
    assert.equal(hex.factFile, undefined, 'a number is no publisher');
    assert.match(hex.problems[0].field, /^article\.publisher$/);
  });

  it('give the same fact file or problems for every seed and every hostile fixture', () => {
    for (const folder of [SEEDS, FIXTURES]) {
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.facts.yaml'))) bothRead(readFileSync(join(folder, name), 'utf8'), name);
    }
  });
});

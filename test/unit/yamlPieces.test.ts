// The fast reader (js-yaml, with where each piece lies) against the `yaml` package, on generated
// files: wherever it reads a file, it must read what `yaml` reads, and say truly where each
// top-level entry and item is; and a knowledge base loads to the same entities and problems (line,
// column, field, message) whichever reads it.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { loadKnowledgeBaseFile } from '../../src/core/knowledgeBase/loadFile';
import { readYaml } from '../../src/core/yaml/read';
import { readYamlMapping, readYamlPieces } from '../../src/core/yaml/pieces';
import { type Choices, choices } from '../fuzz/editScripts';

const KB_FIXTURES = join(__dirname, '../../../test/fixtures/hostile/knowledge-base');

type Random = Choices;

// Strings as knowledge bases hold them, and strings that YAML reads in many ways: numbers,
// booleans, nulls, indicators, quotes, escapes.
const COMMON_STRINGS = ['Mario Rossi', 'person:mario-rossi', 'Böhùsıć Húkenko', 'Бохусик Хукенко', '2024-03', 'Minister of Foreign Affairs', "Stati Uniti d'America", 'O.D.K.B.', 'C++'];
const STRINGS = [
  'Mario Rossi', 'person:mario-rossi', 'place:minsk', '2024-03', '2024', '1', '-1', '+1', '0x1F', '0o17', '1e3', '.5', '1.', '-.inf', '.NaN', 'true', 'False', 'NULL', '~', 'null', 'yes', 'on',
  'Böhùsıć Húkenko', 'Бохусик Хукенко', '习近平', 'emoji 😀', 'a:b', 'a: b', 'a #b', 'a#b', '#x', '- x', '-x', '? x', '?x', ':x', 'x:', '[x]', '{x}', 'x, y', 'x,y', 'x]', "it's", 'say "hi"',
  'back\\slash', 'tab\there', 'new\nline', ' lead', 'trail ', '', '&a', '*a', '!t', '|', '>', '%x', '@x', '`x', 'C++ (.*)?[]', '\u00a0nbsp', 'a  b', '...', '---', '<<', '__proto__', 'constructor',
  'http://x.org/a', 'x: y: z', '"', "'", '\\', 'é\u0301', '\u00ad', '\u0085', '\u2028', '\ufeff',
];
const COMMON_KEYS = ['id', 'type', 'name', 'en', 'it', 'ru-Latn', 'aliases', 'roles', 'start'];
const KEYS = ['id', 'name', 'en', 'ru-Latn', 'aliases', 'entities', 'version', 'remove', '__proto__', 'constructor', 'toString', 'a.b', 'x_y', 'k1', '1', 'true', 'null', '-k', 'k k', 'é', '.k'];

function plainOrQuoted(r: Random, s: string): string {
  switch (r.int(5)) {
    case 0:
      return JSON.stringify(s);
    case 1:
      return `'${s.replace(/'/g, "''")}'`;
    case 2:
      // YAML's own escapes.
      return `"${[...s].map((c) => (c === '"' || c === '\\' ? `\\${c}` : c === 'é' ? '\\u00e9' : c === '\u00a0' ? '\\_' : c === '\n' ? '\\n' : r.chance(0.1) ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0').slice(-2)}` : c)).join('')}"`;
    default:
      return s;
  }
}

function string(r: Random): string {
  return r.chance(0.5) ? r.pick(COMMON_STRINGS) : r.pick(STRINGS);
}

function key(r: Random): string {
  return r.chance(0.6) ? r.pick(COMMON_KEYS) : r.pick(KEYS);
}

function flow(r: Random, depth: number): string {
  if (depth > 2 || r.chance(0.5)) return plainOrQuoted(r, string(r));
  const sp = r.chance(0.5) ? ' ' : '';
  const items = Array.from({ length: r.int(4) }, () => flow(r, depth + 1));
  if (r.chance(0.5)) return `[${sp}${items.join(r.chance(0.9) ? ', ' : ',')}${r.chance(0.05) ? ',' : ''}${sp}]`;
  return `{${sp}${items.map((v) => `${plainOrQuoted(r, key(r))}: ${v}`).join(', ')}${sp}}`;
}

/** A comment line, a blank line, or nothing. */
function decoration(r: Random, indent: number): string[] {
  if (r.chance(0.1)) return [`${' '.repeat(r.int(indent + 3))}# a comment: [x] - y`];
  if (r.chance(0.05)) return [r.chance(0.5) ? '' : '   '];
  return [];
}

function trailing(r: Random): string {
  return r.chance(0.1) ? '  # note' : r.chance(0.05) ? '  ' : '';
}

function inlineValue(r: Random): string {
  return r.chance(0.3) ? flow(r, 0) : plainOrQuoted(r, string(r));
}

/** A block mapping at `indent`, as lines. */
function blockMap(r: Random, indent: number, depth: number): string[] {
  const lines: string[] = [];
  const ind = ' '.repeat(indent);
  for (let k = 1 + r.int(4); k > 0; k--) {
    lines.push(...decoration(r, indent));
    const name = r.chance(0.15) ? plainOrQuoted(r, key(r)) : key(r);
    const colon = r.chance(0.03) ? ' :' : ':';
    if (depth < 3 && r.chance(0.4)) {
      lines.push(`${ind}${name}${colon}${trailing(r)}`);
      lines.push(...(r.chance(0.5) ? blockSeq(r, r.chance(0.3) ? indent : indent + 2, depth + 1) : blockMap(r, indent + 2 + (r.chance(0.05) ? 1 : 0), depth + 1)));
    } else if (r.chance(0.05)) lines.push(`${ind}${name}${colon}`);
    else lines.push(`${ind}${name}${colon}${r.chance(0.05) ? '  ' : ' '}${inlineValue(r)}${trailing(r)}`);
  }
  return lines;
}

/** A block sequence at `indent`, as lines. */
function blockSeq(r: Random, indent: number, depth: number): string[] {
  const lines: string[] = [];
  const ind = ' '.repeat(indent);
  for (let k = 1 + r.int(4); k > 0; k--) {
    lines.push(...decoration(r, indent));
    if (depth < 3 && r.chance(0.4)) {
      // A mapping starting on the item's line.
      const [first, ...rest] = blockMap(r, indent + 2, depth + 1).filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
      lines.push(`${ind}-${first.slice(indent + 1)}`, ...rest);
    } else if (depth < 3 && r.chance(0.1)) {
      lines.push(`${ind}-`, ...blockSeq(r, indent + 2, depth + 1));
    } else lines.push(`${ind}-${r.chance(0.05) ? '  ' : ' '}${inlineValue(r)}${trailing(r)}`);
  }
  return lines;
}

function document(r: Random): string {
  const lines = blockMap(r, 0, 0);
  if (r.chance(0.05)) lines.unshift('---');
  let text = lines.join('\n') + (r.chance(0.8) ? '\n' : '');
  if (r.chance(0.1)) text = text.replace(/\n/g, '\r\n');
  // Now and then one character more or less, anywhere.
  if (r.chance(0.3)) {
    const at = r.int(text.length + 1);
    text = r.chance(0.5) ? text.slice(0, at) + r.pick([' ', '\t', ':', '-', '#', '[', ']', '{', '}', ',', '"', "'", '\n', '&', '*', '!', '|', '>', '?', '\r']) + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
  }
  return text;
}

describe('fast YAML reader', () => {
  it('reads what the yaml package reads, wherever it reads a file at all', function () {
    this.timeout(60_000);
    const r = choices(Number(process.env.PIECES_SEED ?? 20260101));
    let read = 0;
    for (let round = 0; round < 4000; round++) {
      const text = document(r);
      // The data alone, for a file whose problems the yaml package reads again (a fact file).
      const mapping = readYamlMapping(text);
      if (mapping) assert.deepStrictEqual(mapping, readYaml(text, 'x.yaml').data, JSON.stringify(text));
      // A document in flow style, now and then.
      if (round % 8 === 0) {
        const inFlow = flow(r, 0);
        const flowMapping = readYamlMapping(inFlow);
        if (flowMapping) assert.deepStrictEqual(flowMapping, readYaml(inFlow, 'x.yaml').data, JSON.stringify(inFlow));
      }
      const fast = readYamlPieces(text);
      if (!fast) continue;
      read++;
      const reference = readYaml(text, 'x.yaml');
      assert.deepEqual(reference.problems, [], `the yaml package has problems with a file read fast: ${JSON.stringify(text)}`);
      assert.deepStrictEqual(fast.data, reference.data, JSON.stringify(text));
      // Each entry and each item, read on its own, is what it is in the whole.
      for (const [key, range] of fast.entries) {
        const piece = parseDocument(text.slice(range.start, range.end)).toJS() as Record<string, unknown>;
        assert.deepStrictEqual(piece[key], fast.data[key], `entry ${key} of ${JSON.stringify(text)}`);
        fast.items.get(key)?.forEach((item, index) => {
          const [value] = parseDocument(text.slice(item.start, item.end)).toJS() as unknown[];
          assert.deepStrictEqual(value, (fast.data[key] as unknown[])[index], `item ${key}[${index}] of ${JSON.stringify(text)}`);
        });
      }
    }
    // The generator must give both: files it reads, and files it leaves to the yaml package.
    assert.ok(read > 1000 && read < 3600, `read ${read} of 4000`);
  });

  it('reads scalars under the core schema, as the yaml package does: a date stays a string, `no` is a word, `0x1f` a number, `<<` a key', () => {
    const scalars = ['2022-11-23', '2024-03', 'no', 'yes', 'on', 'y', '0x1f', '0o17', '017', '1e3', '+1', '1.', '.inf', '-.Inf', '.NaN', '~', 'null', 'NULL', '', 'True', 'tRue', '1_000', '0b101', '12:30', '+0x1f', '-0', '-.5', '+.5', '.5e3', '0xFFFFFFFFFFFFFFFFFF'];
    const text = `${scalars.map((s, i) => `k${i}: ${s}`).join('\n')}\nmerged:\n  <<: { a: 1 }\n  b: 2\n`;
    const fast = readYamlPieces(text);
    assert.ok(fast, 'read fast');
    assert.deepStrictEqual(fast.data, readYaml(text, 'x.yaml').data);
    assert.equal(fast.data.k0, '2022-11-23');
    assert.equal(fast.data.k2, 'no');
    assert.equal(fast.data.k6, 31);
    assert.equal(fast.data.k15, null);
    assert.deepStrictEqual(fast.data.merged, { '<<': { a: 1 }, b: 2 });
  });

  it('leaves to the yaml package what js-yaml could read otherwise: anchors, tags, duplicate and explicit keys, keys that are not strings, directives, lenient comments and tabs', () => {
    const longKey = `${'k'.repeat(1100)}: x\n`;
    for (const text of ['a: &x 1\nb: *x\n', 'a: b\na: c\n', '- a\n', '? a\n: b\n', '1: a\n', 'null: a\n', '~: a\n', '[a]: b\n', '{a: 1}: b\n', 'a: { [b]: c }\n', 'a: b\r c\n', 'a: 1\n---\nb: 2\n', '%YAML 1.1\n---\na: yes\n', 'a:\n  - - x\n    -\n  - y\n', 'a: !foo x\n', 'a: !\n', 'a: !!float 1\n', 'a: !!str\n', 'a: { b: c, [d] }\n', 'a: "b"#c\n', '---!\na: b\n', 'a:\n\t\n', 'a: [b,\nc]\n', longKey, '', '# only a comment\n', 'just a scalar\n']) {
      assert.equal(readYamlPieces(text), undefined, JSON.stringify(text));
    }
  });
});

/** A knowledge-base file of `count` entities in either style, with mistakes of every kind here and there. */
function brokenKnowledgeBase(r: Random, count: number): string {
  const lines = ['# A knowledge base with mistakes', 'version: 1'];
  if (r.chance(0.5)) lines.push(`remove: [person:vladimir-putin, ${r.pick(['Lukashenko', '"place:minsk"', 'place:Minsk', '42'])}]`);
  if (r.chance(0.2)) lines.push('colour: red');
  if (r.chance(0.2)) lines.push('__proto__: { polluted: yes }');
  lines.push('entities:');
  const indent = r.chance(0.3) ? '' : '  ';
  for (let k = 0; k < count; k++) {
    const id = r.chance(0.1) ? 'person:x-0' : r.chance(0.05) ? 'thing:x' : `person:x-${k}`;
    const aliases = `{ en: [${r.pick(['Rossi', 'in', 'The', '""', '"A."', 'X Y'])}, Mario ${k}], it: [${r.pick(['di', 'Bianchi', '"  "'])}] }`;
    const fields = [
      `id: ${id}`,
      `type: ${r.pick(['person', 'person', 'person', 'thing'])}`,
      ...(r.chance(0.95) ? [`name: ${r.pick(['Mario Rossi', 'In', '""', '[a, b]'])}`] : []),
      `aliases: ${aliases}`,
      ...(r.chance(0.3) ? [`roles: [{ role: Minister, start: ${r.pick(['2024-03', '2024-13', '2024', '"2024"'])} }]`] : []),
      ...(r.chance(0.1) ? ['colour: red'] : []),
      ...(r.chance(0.05) ? ['__proto__: x'] : []),
      ...(r.chance(0.05) ? ['aliases2: { __proto__: [Bianchi] }'] : []),
    ];
    if (r.chance(0.5)) lines.push(`${indent}- { ${fields.join(', ')} }`);
    else lines.push(`${indent}- ${fields[0]}`, ...fields.slice(1).map((f) => `${indent}  ${f}`));
    if (r.chance(0.1)) lines.push(`${indent}  # a comment`);
  }
  return `${lines.join('\n')}\n`;
}

describe('knowledge-base files read fast or by the yaml package alone', () => {
  const both = (text: string, file: string) => {
    const fast = loadKnowledgeBaseFile(text, file);
    const reference = loadKnowledgeBaseFile(text, file, { fastReader: false });
    assert.deepStrictEqual(fast, reference, `${file}: ${text.slice(0, 400)}`);
    return fast;
  };

  it('give the same entities and problems for every hostile fixture', () => {
    for (const name of readdirSync(KB_FIXTURES).filter((n) => n.endsWith('.yaml'))) both(readFileSync(join(KB_FIXTURES, name), 'utf8'), name);
  });

  it('give the same lines and columns however the file is laid out: a byte-order mark, CRLF, an indented top level, items on the line after their dash', () => {
    const entity = (id: string, alias: string) => [`- id: ${id}`, '  type: person', '  name: Mario Rossi', `  aliases: { en: [${alias}] }`, '  colour: red'];
    const layouts: Record<string, string> = {
      plain: ['version: 1', 'entities:', ...entity('person:a', 'Rossi'), ...entity('person:b', 'in')].join('\n'),
      bom: `\ufeff${['version: 1', 'entities:', ...entity('person:a', 'Rossi'), ...entity('person:b', 'in')].join('\n')}`,
      crlf: ['version: 1', 'entities:', ...entity('person:a', 'Rossi'), ...entity('person:b', 'in')].join('\r\n'),
      indented: ['  version: 1', '  entities:', ...[...entity('person:a', 'Rossi'), ...entity('person:b', 'in')].map((l) => `    ${l}`)].join('\n'),
      nextLine: ['version: 1', 'entities:', '  -', '    # the first', '    id: person:a', '    type: person', '    name: Mario Rossi', '    colour: red', '  - # the second', '    id: person:b', '    type: thing'].join('\n'),
      comments: ['# people', 'version: 1', '', 'entities:  # below', '', ...entity('person:a', 'Rossi'), '  # between', '', ...entity('person:b', 'in'), '# the end'].join('\n'),
    };
    for (const [name, text] of Object.entries(layouts)) {
      assert.ok(readYamlPieces(text), `${name} is read fast`);
      assert.ok(both(text, `${name}.yaml`).problems.length >= 2, name);
    }
  });

  it('give the same entities and problems, at the same lines, columns and fields, for files with mistakes of every kind', () => {
    const r = choices(Number(process.env.PIECES_SEED ?? 7));
    let readFast = 0;
    let problems = 0;
    for (let round = 0; round < 60; round++) {
      const text = brokenKnowledgeBase(r, 1 + r.int(12));
      if (readYamlPieces(text)) readFast++;
      problems += both(text, 'kb.yaml').problems.length;
    }
    assert.ok(readFast > 50, `${readFast} of 60 read fast`);
    assert.ok(problems > 200, `${problems} problems compared`);
  });
});

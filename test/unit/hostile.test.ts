// Hostile and broken input through the core: every fixture in test/fixtures/hostile gives a clear
// message (file, line and field where it has them), no exception escapes, nothing hangs (each is
// handled in well under a second: the timing assertions are only guards against hangs), and a
// file that could not be read is never rewritten. See test/fixtures/hostile/README.md.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeWorkspaceFiles } from '../../src/cli/nodeFiles';
import { runExport } from '../../src/core/export/index';
import { addEntityToKnowledgeBaseFile } from '../../src/core/knowledgeBase/editFile';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { formatProblem, type Problem } from '../../src/core/problems';
import { loadKnowledgeBaseFile } from '../../src/core/knowledgeBase/loadFile';
import { MAX_YAML_DEPTH } from '../../src/core/yaml/limits';
import { readYaml } from '../../src/core/yaml/read';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { textHash } from '../../src/core/factFile/ids';
import { applyFactFileEdits, EMPTY_FACT_FILE_MESSAGE, parseFactFile, type FactFileEdit } from '../../src/core/factFile/store';
import { decodeText, firstInvalidUtf8, InvalidTextError, nulCharactersProblem, stripByteOrderMark } from '../../src/core/text/articleText';
import { type AnnotatedArticle, annotatedArticles, type SkippedFactFile } from '../../src/core/workspace/articles';
import type { ExportOutput } from '../../src/core/workspace/files';
import { withWorkspaceFile } from '../../src/core/knowledgeBase/workspaceFile';

// Compiled to out/test/unit; the fixtures are read from the sources.
const HOSTILE = join(__dirname, '../../../test/fixtures/hostile');
const FACT_FILES = join(HOSTILE, 'fact-files');
const KB = join(HOSTILE, 'knowledge-base');
const ARTICLES = join(HOSTILE, 'articles');

/** A guard against hangs (an alias bomb left alone runs for minutes), not a benchmark: generous, so a loaded machine passes. */
const HANG_GUARD_MS = 10_000;

function timed<T>(what: string, run: () => T, limit = HANG_GUARD_MS): T {
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  assert.ok(ms < limit, `${what} took ${ms.toFixed(0)} ms (limit ${limit} ms)`);
  return result;
}

async function timedAsync<T>(what: string, run: () => Promise<T>, limit = HANG_GUARD_MS): Promise<T> {
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  assert.ok(ms < limit, `${what} took ${ms.toFixed(0)} ms (limit ${limit} ms)`);
  return result;
}

function text(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The 1-based line of the `nth` line of `source` that contains `needle`. */
function lineOf(source: string, needle: string, nth = 1): number {
  let seen = 0;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i].includes(needle) && ++seen === nth) return i + 1;
  throw new Error(`no line ${nth} with ${needle}`);
}

function fields(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.line}:${p.field}`);
}

const ADD_REJECTION: FactFileEdit[] = [{ kind: 'addRejection', rejection: { quote: 'Putin', prefix: '', suffix: '', start: 0, end: 5 } }];

/** `applyFactFileEdits` refuses to touch the text, with the same problems `parseFactFile` reports. */
function assertEditRefused(source: string, file: string): void {
  const result = timed(`editing ${file}`, () => applyFactFileEdits(source, file, ADD_REJECTION));
  assert.equal(result.ok, false, `${file} must not be edited`);
  assert.ok(!('text' in result), 'no new text to write');
  if (!result.ok) assert.deepEqual(result.problems, parseFactFile(source, file).problems);
}

async function workspace(): Promise<{ articles: AnnotatedArticle[]; skipped: Map<string, SkippedFactFile> }> {
  const articles: AnnotatedArticle[] = [];
  const skipped = new Map<string, SkippedFactFile>();
  for await (const article of annotatedArticles(new NodeWorkspaceFiles(FACT_FILES), (s) => skipped.set(s.factFilePath, s))) articles.push(article);
  return { articles, skipped };
}

function memoryOutput(): ExportOutput & { text: string } {
  const out = {
    text: '',
    write: async (chunk: string) => void (out.text += chunk),
    writeFile: async () => {
      throw new Error('one file only');
    },
  };
  return out;
}

describe('hostile input (core)', () => {
  afterEach(() => {
    // Whatever a fixture holds, no plain object may gain a property from it.
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted');
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });

  describe('YAML alias bomb', () => {
    it('a fact file is refused at its first alias, at once', () => {
      const file = 'alias-bomb.facts.yaml';
      const source = text(join(FACT_FILES, file));
      const { factFile, problems } = timed('the alias bomb', () => parseFactFile(source, file));
      assert.equal(factFile, undefined);
      assert.equal(problems.length, 1);
      assert.equal(problems[0].line, lineOf(source, 'b: &b'));
      assert.match(formatProblem(problems[0]), /^alias-bomb\.facts\.yaml:\d+:\d+: error: aliases \(\*name\) expand to more than 100 nodes; the file is not read \(an alias bomb\?\)$/);
      assertEditRefused(source, file);
    });

    it('a knowledge base is refused; the bundled one still works, and adding an entity is refused', () => {
      const file = 'knowledge-base.yaml';
      const source = text(join(KB, 'alias-bomb.yaml'));
      const loaded = timed('the alias bomb', () => loadKnowledgeBaseFile(source, file));
      assert.deepEqual(loaded.entities, []);
      assert.equal(loaded.problems.length, 1);
      assert.equal(loaded.problems[0].line, lineOf(source, 'b: &b'));
      assert.match(loaded.problems[0].message, /alias bomb/);
      const { knowledgeBase } = withWorkspaceFile(source, file);
      assert.equal(knowledgeBase.size, bundledKnowledgeBase().size);
      const added = addEntityToKnowledgeBaseFile(source, file, { id: 'person:mario-rossi', type: 'person', name: 'Mario Rossi' });
      assert.equal(added.ok, false, 'an unreadable knowledge base is not rewritten');
    });
  });

  describe('deeply nested YAML', () => {
    it('10,000 levels of [ in a fact file are refused without a stack overflow', () => {
      const file = 'deep-nesting.facts.yaml';
      const source = text(join(FACT_FILES, file));
      const { factFile, problems } = timed('10,000 levels', () => parseFactFile(source, file));
      assert.equal(factFile, undefined);
      assert.equal(problems.length, 1);
      const line = lineOf(source, 'mentions: [[[');
      // Under the top-level mapping (level 1), the 64th bracket is level 65: column 10 + 64.
      assert.equal(formatProblem(problems[0]), `${file}:${line}:${'mentions: '.length + MAX_YAML_DEPTH}: error: nested more than 64 levels deep; the file is not read (it needs no more than a few levels)`);
      assertEditRefused(source, file);
    });

    it('and in a knowledge base', () => {
      const source = text(join(KB, 'deep-nesting.yaml'));
      const loaded = timed('10,000 levels', () => loadKnowledgeBaseFile(source, 'kb.yaml'));
      assert.deepEqual(loaded.entities, []);
      assert.equal(loaded.problems[0].line, lineOf(source, 'entities: [[['));
      assert.match(loaded.problems[0].message, /nested more than 64 levels deep/);
    });

    it('every way of nesting is caught: flow maps, block sequences, block maps, keys, unclosed brackets', () => {
      const n = 10_000;
      const cases: Record<string, string> = {
        'flow maps': `${'{a: '.repeat(n)}1${'}'.repeat(n)}`,
        'unclosed flow sequences': '['.repeat(n),
        'block sequences': `${'- '.repeat(n)}x\n`,
        'block maps': Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
        'nested keys': `${'? '.repeat(n)}x\n`,
        'mixed': `${'- ['.repeat(n / 2)}x${']'.repeat(n / 2)}\n`,
      };
      for (const [name, source] of Object.entries(cases)) {
        const read = timed(name, () => readYaml(source, 'deep.yaml'));
        assert.equal(read.data, undefined, name);
        assert.equal(read.problems.length, 1, `${name}: ${JSON.stringify(read.problems)}`);
        assert.match(read.problems[0].message, /^nested more than 64 levels deep/, name);
      }
    });

    it('64 levels are still read', () => {
      const source = `${'['.repeat(MAX_YAML_DEPTH)}1${']'.repeat(MAX_YAML_DEPTH)}`;
      const read = readYaml(source, 'ok.yaml');
      assert.deepEqual(read.problems, []);
      let depth = 0;
      for (let v = read.data; Array.isArray(v); v = v[0]) depth++;
      assert.equal(depth, MAX_YAML_DEPTH);
    });
  });

  describe('__proto__ and constructor keys', () => {
    it('YAML reading keeps __proto__ an own key of a plain object, never a prototype', () => {
      const { data } = readYaml('__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\n', 'x.yaml');
      assert.equal(Object.getPrototypeOf(data), Object.prototype);
      assert.ok(Object.hasOwn(data as object, '__proto__'));
      assert.ok(Object.hasOwn(data as object, 'constructor'));
    });

    it('a fact file with them is rejected, each key named with its line', () => {
      const file = 'proto-keys.facts.yaml';
      const source = text(join(FACT_FILES, file));
      const { factFile, problems } = timed('proto keys', () => parseFactFile(source, file));
      assert.equal(factFile, undefined);
      assert.deepEqual(fields(problems).sort(), [
        `${lineOf(source, '__proto__:')}:__proto__`,
        `${lineOf(source, 'constructor:')}:constructor`,
        `${lineOf(source, '  __proto__: {')}:article.__proto__`,
      ].sort());
      for (const p of problems) assert.match(formatProblem(p), /^proto-keys\.facts\.yaml:\d+:\d+: error: (article\.)?(__proto__|constructor): unknown field "(__proto__|constructor)"$/);
      assertEditRefused(source, file);
    });

    it('a knowledge base with them: each named, the valid entity loaded, plain objects throughout', () => {
      const source = text(join(KB, 'proto-keys.yaml'));
      const loaded = timed('proto keys', () => loadKnowledgeBaseFile(source, 'kb.yaml'));
      assert.deepEqual(loaded.entities.map((e) => e.id), ['person:luca-verdi']);
      assert.deepEqual(fields(loaded.problems).sort(), [
        `${lineOf(source, '__proto__:')}:__proto__`,
        `${lineOf(source, '    __proto__: {')}:entities[0].__proto__`,
        `${lineOf(source, 'constructor: [Bianchi]')}:entities[1].aliases.constructor`,
        `${lineOf(source, '__proto__: [Bianchi]')}:entities[1].aliases.__proto__`,
      ].sort());
      for (const entity of loaded.entities) {
        assert.equal(Object.getPrototypeOf(entity), Object.prototype);
        assert.equal(Object.getPrototypeOf(entity.aliases), Object.prototype);
      }
    });
  });

  describe('duplicate ids', () => {
    it('duplicate mention and fact ids in a fact file, each at its line', () => {
      const file = 'duplicate-ids.facts.yaml';
      const source = text(join(FACT_FILES, file));
      const { factFile, problems } = timed('duplicate ids', () => parseFactFile(source, file));
      assert.equal(factFile, undefined);
      const id = /- id: (m-\w+)/.exec(source)![1];
      const mention = problems.find((p) => p.field === 'mentions[1].id');
      assert.equal(mention?.line, lineOf(source, `- id: ${id}`, 2));
      assert.match(mention!.message, new RegExp(`duplicate mention id ${id} \\(first at mentions\\[0\\]\\)`));
      const fact = problems.find((p) => p.field === 'facts[1].id');
      assert.equal(fact?.line, lineOf(source, '- id: f-', 2));
      assert.match(fact!.message, /duplicate fact id f-/);
      assertEditRefused(source, file);
    });

    it('a duplicate entity id in a knowledge base, naming the first and its line', () => {
      const source = text(join(KB, 'duplicate-ids.yaml'));
      const loaded = timed('duplicate ids', () => loadKnowledgeBaseFile(source, 'kb.yaml'));
      assert.deepEqual(loaded.entities.map((e) => e.name), ['Mario Rossi']);
      assert.equal(loaded.problems.length, 1);
      const [p] = loaded.problems;
      assert.equal(p.field, 'entities[1].id');
      assert.equal(p.line, lineOf(source, 'person:mario-rossi', 2));
      assert.equal(p.message, `duplicate id person:mario-rossi; the first, at entities[0] (line ${lineOf(source, 'person:mario-rossi')}), is used`);
    });
  });

  describe('offsets out of range', () => {
    const file = 'offsets-out-of-range.facts.yaml';

    it('the export leaves those mentions out, with a warning naming the fact file and the mention id', async () => {
      const { articles } = await workspace();
      const output = memoryOutput();
      assert.deepEqual(parseFactFile(text(join(FACT_FILES, file)), file).problems, [], 'the fact file itself is valid');
      const result = await timedAsync('the export', () => runExport('jsonl', articles.filter((a) => a.factFilePath === file), bundledKnowledgeBase(), output));
      assert.equal(result.skippedMentions, 2);
      const warnings = result.problems.map(formatProblem);
      assert.ok(warnings.some((w) => w.startsWith(`${file}:`) && /warning: mentions\[1\]: mention m-7a7542183b/.test(w)), warnings.join('\n'));
      assert.ok(warnings.some((w) => w.startsWith(`${file}:`) && /warning: mentions\[2\]: mention m-f00cb7bbb0/.test(w)), warnings.join('\n'));
      const record = JSON.parse(output.text);
      assert.deepEqual(record.mentions.map((m: { id: string }) => m.id), ['m-dd4a6c6f4d']);
    });
  });

  describe('a fact file of an unknown schema version', () => {
    it('says which version is supported, and nothing else', () => {
      const file = 'unknown-version.facts.yaml';
      const source = text(join(FACT_FILES, file));
      const { problems } = timed('unknown version', () => parseFactFile(source, file));
      assert.deepEqual(problems.map(formatProblem), [
        `${file}:${lineOf(source, 'schema:')}:9: error: schema: unsupported schema version news-annotator/facts@2: this version of News Annotator reads news-annotator/facts@1 only`,
      ]);
      assertEditRefused(source, file);
      const missing = parseFactFile(source.replace(/^schema:.*\n/m, ''), file).problems;
      assert.match(missing[0].message, /missing schema: expected schema: news-annotator\/facts@1/);
    });

    it('a knowledge base of version 2 likewise, and none of its entities are used', () => {
      const source = text(join(KB, 'unknown-version.yaml'));
      const loaded = loadKnowledgeBaseFile(source, 'kb.yaml');
      assert.deepEqual(loaded.problems.map((p) => `${p.line}:${p.field}: ${p.message}`), [
        `${lineOf(source, 'version: 2')}:version: unsupported version 2: this version of News Annotator reads knowledge-base files of version 1`,
      ]);
    });
  });

  describe('reading the hostile workspace', () => {
    it('exports only the two readable articles and reports every other fact file', async () => {
      const { articles, skipped } = await timedAsync('reading the workspace', () => workspace());
      assert.deepEqual(articles.map((a) => a.path), ['bom-crlf.txt', 'offsets-out-of-range.txt']);
      assert.deepEqual([...skipped.keys()].sort(), [
        'alias-bomb.facts.yaml',
        'circular-alias.facts.yaml',
        'deep-nesting.facts.yaml',
        'duplicate-ids.facts.yaml',
        'empty.facts.yaml',
        'invalid-utf8-article.facts.yaml',
        'invalid-utf8.facts.yaml',
        'missing-article.facts.yaml',
        'path-traversal.facts.yaml',
        'proto-keys.facts.yaml',
        'unknown-version.facts.yaml',
      ]);
      for (const [path, s] of skipped) {
        assert.ok(s.problems.length > 0, path);
        for (const p of s.problems) assert.ok(p.line >= 1 && p.column >= 1 && p.message.length > 0, `${path}: ${formatProblem(p)}`);
      }
    });

    it('a fact file whose article is missing is skipped at the line of article.file', async () => {
      const { skipped } = await workspace();
      const source = text(join(FACT_FILES, 'missing-article.facts.yaml'));
      assert.deepEqual(skipped.get('missing-article.facts.yaml')?.problems.map(formatProblem), [
        `missing-article.facts.yaml:${lineOf(source, 'file: missing-article.txt')}:9: error: article.file: the article missing-article.txt is missing`,
      ]);
    });

    it('article.file cannot leave the folder of its fact file', async () => {
      const { skipped } = await workspace();
      const [p] = skipped.get('path-traversal.facts.yaml')!.problems;
      assert.equal(p.field, 'article.file');
      assert.match(p.message, /file name beside the fact file/);
      await assert.rejects(new NodeWorkspaceFiles(FACT_FILES).readText('../articles/empty.txt'), /outside the workspace/);
    });

    it('a fact file that contains itself is an ordinary validation error', () => {
      const source = text(join(FACT_FILES, 'circular-alias.facts.yaml'));
      const { factFile, problems } = timed('a circular alias', () => parseFactFile(source, 'circular-alias.facts.yaml'));
      assert.equal(factFile, undefined);
      assert.ok(problems.length > 0 && problems.every((p) => p.field.startsWith('mentions')), JSON.stringify(problems));
    });
  });

  describe('empty files', () => {
    it('an empty fact file means no annotations: a warning, and it is never edited', async () => {
      for (const source of ['', '\n\n', '# only a comment\n']) {
        const { factFile, problems } = parseFactFile(source, 'empty.facts.yaml');
        assert.equal(factFile, undefined);
        assert.deepEqual(problems, [{ file: 'empty.facts.yaml', line: 1, column: 1, field: '', message: EMPTY_FACT_FILE_MESSAGE, severity: 'warning' }]);
        assertEditRefused(source, 'empty.facts.yaml');
      }
      const { skipped } = await workspace();
      assert.deepEqual(skipped.get('empty.facts.yaml')?.problems.map(formatProblem), [`empty.facts.yaml:1:1: warning: ${EMPTY_FACT_FILE_MESSAGE}`]);
    });

    it('an empty knowledge base has no entities and no problems', () => {
      const source = text(join(KB, 'empty.yaml'));
      assert.equal(source, '');
      assert.deepEqual(loadKnowledgeBaseFile(source, 'kb.yaml'), { entities: [], remove: [], aliases: [], problems: [] });
      assert.equal(withWorkspaceFile(source, 'kb.yaml').knowledgeBase.size, bundledKnowledgeBase().size);
    });

    it('an empty article has no mentions', () => {
      const source = text(join(ARTICLES, 'empty.txt'));
      assert.deepEqual(new Recognizer(bundledKnowledgeBase()).recognize(source), []);
    });
  });

  describe('invalid UTF-8 and NUL bytes', () => {
    it('an article that is not UTF-8 is reported with its line and the byte offset of the first bad byte', () => {
      const bytes = readFileSync(join(ARTICLES, 'invalid-utf8.txt'));
      const decoded = timed('decoding', () => decodeText(bytes, 'invalid-utf8.txt'));
      assert.equal(decoded.ok, false);
      if (!decoded.ok) {
        assert.equal(formatProblem(decoded.problem), 'invalid-utf8.txt:2:18: error: not valid UTF-8 text: the byte 0xFF at byte offset 39 begins no well-formed UTF-8 sequence');
        assert.equal(bytes[39], 0xff);
      }
      const utf16 = decodeText(readFileSync(join(ARTICLES, 'utf16.txt')), 'utf16.txt');
      assert.ok(!utf16.ok && /byte offset 0 .*it looks like UTF-16/.test(utf16.problem.message));
    });

    it('a fact file that is not UTF-8 is skipped, and so is one whose article is not', async () => {
      const bytes = readFileSync(join(FACT_FILES, 'invalid-utf8.facts.yaml'));
      await assert.rejects(new NodeWorkspaceFiles(FACT_FILES).readText('invalid-utf8.facts.yaml'), InvalidTextError);
      const { skipped } = await workspace();
      const [factFile] = skipped.get('invalid-utf8.facts.yaml')!.problems;
      assert.equal(factFile.line, 9);
      assert.equal(factFile.file, 'invalid-utf8.facts.yaml');
      assert.match(factFile.message, new RegExp(`the byte 0xC3 at byte offset ${bytes.indexOf(0xc3)} `));
      const [article] = skipped.get('invalid-utf8-article.facts.yaml')!.problems;
      assert.equal(formatProblem(article), 'invalid-utf8-article.txt:2:18: error: not valid UTF-8 text: the byte 0xFF at byte offset 39 begins no well-formed UTF-8 sequence');
    });

    it('finds the first invalid byte exactly where the standard decoder fails', () => {
      const cases: [number[], number][] = [
        [[0x41, 0xc3, 0xa9], -1], // é
        [[0xf0, 0x9f, 0x98, 0x80], -1], // 😀
        [[0x41, 0xc0, 0x80], 1], // overlong NUL
        [[0xe0, 0x80, 0x80], 0], // overlong
        [[0xed, 0xa0, 0x80], 0], // a surrogate
        [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
        [[0x41, 0x42, 0xe2, 0x82], 2], // cut short at the end
        [[0x80], 0], // a lone continuation byte
        [[0xfe], 0],
      ];
      for (const [bytes, expected] of cases) assert.equal(firstInvalidUtf8(Uint8Array.from(bytes)), expected, bytes.map((b) => b.toString(16)).join(' '));
      // And on random bytes, it agrees with TextDecoder on whether the text is valid.
      let seed = 7;
      const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
      const fatal = new TextDecoder('utf-8', { fatal: true });
      for (let i = 0; i < 3000; i++) {
        const bytes = Uint8Array.from({ length: 1 + (next() % 8) }, () => (next() % 3 === 0 ? 0x80 | next() % 64 : next() % 2 ? next() : 0xc0 | next() % 64));
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        assert.equal(firstInvalidUtf8(bytes) < 0, valid, Array.from(bytes, (b) => b.toString(16)).join(' '));
        if (!valid) {
          const at = firstInvalidUtf8(bytes);
          fatal.decode(bytes.subarray(0, at)); // the bytes before it are valid
        }
      }
    });

    it('NUL characters in valid text are kept, reported, and recognition works around them', () => {
      const file = 'nul-bytes.txt';
      const decoded = decodeText(readFileSync(join(ARTICLES, file)), file);
      assert.ok(decoded.ok);
      if (!decoded.ok) return;
      const source = decoded.text;
      const note = nulCharactersProblem(source, file);
      assert.equal(note && formatProblem(note), `${file}:1:6: warning: the text holds 4 NUL characters, the first at offset 5; they are kept, and separate words (a damaged file?)`);
      const mentions = timed('recognition', () => new Recognizer(bundledKnowledgeBase()).recognize(source));
      const found = mentions.map((m) => `${m.type}:${source.slice(m.start, m.end)}`);
      for (const expected of ['person:Putin', 'person:Lukashenko', 'place:Minsk', 'date:23 November 2023', 'organization:CSTO']) assert.ok(found.includes(expected), found.join(' '));
      for (const m of mentions) assert.equal(source.slice(m.start, m.end), m.text);
    });
  });

  describe('byte-order mark and CRLF line ends', () => {
    it('the fact file (itself with a BOM and CRLF) reads, and every quote is the text at its offsets', async () => {
      const factFileText = text(join(FACT_FILES, 'bom-crlf.facts.yaml'));
      const articleText = text(join(FACT_FILES, 'bom-crlf.txt'));
      assert.equal(articleText.charCodeAt(0), 0xfeff);
      assert.ok(factFileText.startsWith('\ufeff') && factFileText.includes('\r\n'));
      assert.ok(articleText.includes('\r\n'));
      const { factFile, problems } = parseFactFile(factFileText, 'bom-crlf.facts.yaml');
      assert.deepEqual(problems, []);
      const stripped = stripByteOrderMark(articleText);
      assert.equal(factFile!.article.textHash, await textHash(stripped), 'the hash is of the text without its mark');
      assert.ok(factFile!.mentions.length >= 8);
      for (const m of factFile!.mentions) assert.equal(stripped.slice(m.start, m.end), m.quote, m.id);
    });

    it('the export holds quotes equal to the text at their offsets, prefix and suffix included', async () => {
      const { articles } = await workspace();
      const article = articles.find((a) => a.path === 'bom-crlf.txt')!;
      assert.notEqual(article.text.charCodeAt(0), 0xfeff, 'the workspace reader drops the mark');
      const output = memoryOutput();
      const result = await runExport('jsonl', [article], bundledKnowledgeBase(), output);
      assert.equal(result.skippedMentions, 0);
      const record = JSON.parse(output.text);
      assert.ok(record.mentions.length >= 8);
      for (const m of record.mentions) {
        assert.equal(article.text.slice(m.start, m.end), m.quote, m.id);
        assert.ok(article.text.slice(0, m.start).endsWith(m.prefix), `${m.id} prefix`);
        assert.ok(article.text.slice(m.end).startsWith(m.suffix), `${m.id} suffix`);
      }
    });

    it('recognition over CRLF text gives offsets that slice to the mention', () => {
      const stripped = stripByteOrderMark(text(join(FACT_FILES, 'bom-crlf.txt')));
      const mentions = new Recognizer(bundledKnowledgeBase()).recognize(stripped);
      assert.ok(mentions.length > 5);
      for (const m of mentions) assert.equal(stripped.slice(m.start, m.end), m.text);
    });
  });

  describe('knowledge-base aliases', () => {
    it('empty, blank and one-letter aliases are reported at their line and field, and left out', () => {
      const source = text(join(KB, 'bad-aliases.yaml'));
      const loaded = timed('loading', () => loadKnowledgeBaseFile(source, 'kb.yaml'));
      const line = lineOf(source, 'en: ["", "A"');
      assert.deepEqual(
        loaded.problems.map((p) => `${p.severity} ${p.line}:${p.field}: ${p.message}`),
        [
          `error ${line}:entities[0].aliases.en[0]: an alias is empty; it is left out, the rest of the entity is used`,
          `error ${line}:entities[0].aliases.en[2]: an alias is empty; it is left out, the rest of the entity is used`,
          // One letter is a name like "in": a warning that names the entity (see refused-aliases.yaml).
          `warning ${line}:entities[0].aliases.en[1]: the alias "A" of organization:acme (Acme Corporation) has only one letter or digit; it is left out, the rest of the entity is used`,
        ],
      );
      const acme = loaded.entities.find((e) => e.id === 'organization:acme');
      assert.deepEqual(acme?.aliases, { en: ['Acme'] });
      assert.deepEqual(loaded.entities.find((e) => e.id === 'organization:cpp-regex-club')?.aliases.en, ['C# C++ (.*)?[]', '(.*) RE', '^$|\\d+{2,}', '$& $1 $2 $$', '[a-z]+\\', '(?<xy>']);
    });

    it('aliases full of regular-expression metacharacters match literally, and never throw', () => {
      const { knowledgeBase } = withWorkspaceFile(text(join(KB, 'bad-aliases.yaml')), 'kb.yaml');
      const sample = text(join(KB, 'bad-aliases-sample.txt'));
      const mentions = timed('recognition', () => new Recognizer(knowledgeBase).recognize(sample));
      const club = mentions.filter((m) => m.id === 'organization:cpp-regex-club');
      assert.deepEqual(club.map((m) => m.text), ['C# C++ (.*)?[]', '(.*) RE', '^$|\\d+{2,}', '$& $1 $2 $$', '[a-z]+\\', '(?<xy>']);
      for (const m of club) assert.equal(sample.indexOf(m.text, m.start), m.start, `${m.text} is where it is written`);
      assert.deepEqual(mentions.filter((m) => m.id === 'organization:acme').map((m) => m.text), ['Acme Corporation', 'Acme']);
      assert.ok(!mentions.some((m) => m.text === 'A'), 'a one-letter alias matches nothing');
    });
  });

  describe('knowledge-base names found in every sentence', () => {
    it('are warnings at their line and field, naming the entity and the name; the rest of each entity is used', () => {
      const source = text(join(KB, 'refused-aliases.yaml'));
      const loaded = timed('loading', () => loadKnowledgeBaseFile(source, 'kb.yaml'));
      const line = (needle: string) => lineOf(source, needle);
      assert.deepEqual(
        loaded.problems.map((p) => `${p.severity} ${p.line}:${p.field} ${JSON.stringify(p.message.match(/^the (?:alias|name|demonym) ("[^"]*") of ([^ ]+)/)?.slice(1))}`),
        [
          ...[0, 1, 2, 3, 4].map((k) => `warning ${line('en: [in, IN')}:entities[0].aliases.en[${k}] ${JSON.stringify([JSON.stringify(['in', 'IN', 'The', '(...)', 'A.'][k]), 'person:mario-in'])}`),
          ...[0, 1].map((k) => `warning ${line('it: [di, Della]')}:entities[0].aliases.it[${k}] ${JSON.stringify([JSON.stringify(['di', 'Della'][k]), 'person:mario-in'])}`),
          // One letter, and a common word too: a warning like the others, not an error that names no entity.
          `warning ${line('ru: [и, Марио Ин]')}:entities[0].aliases.ru[0] ${JSON.stringify(['"и"', 'person:mario-in'])}`,
          `warning ${line('demonyms: { en: [the,')}:entities[1].demonyms.en[0] ${JSON.stringify(['"the"', 'place:free-state'])}`,
          `warning ${line('name: Tuo')}:entities[3].name ${JSON.stringify(['"Tuo"', 'person:tuo'])}`,
        ],
      );
      assert.deepEqual(loaded.entities.map((e) => [e.id, e.aliases]), [
        ['person:mario-in', { en: ['In-Rossi'], it: [], ru: ['Марио Ин'] }],
        ['place:free-state', { it: ['Stato Libero di Nessuno'] }],
        ['organization:union-of-nowhere', { en: ['UN'] }],
        ['person:tuo', { it: ['Aldo Tuo'] }],
      ]);
    });

    it('are not found in the sample; the entities\' other names are', () => {
      const { knowledgeBase } = withWorkspaceFile(text(join(KB, 'refused-aliases.yaml')), 'kb.yaml');
      const sample = text(join(KB, 'refused-aliases-sample.txt'));
      const mentions = new Recognizer(knowledgeBase).recognize(sample, { candidates: false });
      const workspaceIds = new Set(['person:mario-in', 'place:free-state', 'organization:union-of-nowhere', 'person:tuo']);
      assert.deepEqual(
        mentions.filter((m) => workspaceIds.has(m.id!)).map((m) => [m.text, m.id]),
        [['Mario In', 'person:mario-in'], ['In-Rossi', 'person:mario-in'], ['UN', 'organization:union-of-nowhere'], ['UN', 'organization:union-of-nowhere'], ['Aldo Tuo', 'person:tuo']],
      );
    });
  });

  describe('every fixture', () => {
    it('reads without throwing, in well under a second each', () => {
      for (const name of readdirSync(FACT_FILES)) {
        const bytes = readFileSync(join(FACT_FILES, name));
        timed(name, () => {
          const decoded = decodeText(bytes, name);
          if (!decoded.ok) return;
          if (name.endsWith('.facts.yaml')) {
            const parsed = parseFactFile(decoded.text, name);
            assert.ok(parsed.factFile || parsed.problems.length > 0, name);
          } else new Recognizer(bundledKnowledgeBase()).recognize(stripByteOrderMark(decoded.text));
        });
      }
      for (const name of readdirSync(KB)) {
        const decoded = decodeText(readFileSync(join(KB, name)), name);
        if (decoded.ok && name.endsWith('.yaml')) timed(name, () => withWorkspaceFile(decoded.text, name));
      }
      for (const name of readdirSync(ARTICLES)) {
        const decoded = decodeText(readFileSync(join(ARTICLES, name)), name);
        if (decoded.ok) timed(name, () => new Recognizer(bundledKnowledgeBase()).recognize(stripByteOrderMark(decoded.text)));
      }
    });
  });
});

// What the core export promises every host (the CLI and the editor's command): an article claimed
// by two fact files is given once and the claim reported; a left-out mention is described truly;
// facts cite only mentions the export holds; brat never writes two articles to one name; and text
// shown in a terminal is escaped.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parseCommand, UsageError } from '../../src/cli/args';
import { BratNames } from '../../src/core/export/brat';
import { prepareArticle } from '../../src/core/export/prepare';
import type { Fact, FactFile, FactFileMention } from '../../src/core/factFile/schema';
import { escapeUnsafeCharacters } from '../../src/core/text/printable';
import { type AnnotatedArticle, annotatedArticles, type SkippedFactFile } from '../../src/core/workspace/articles';
import { RefusedFileError, type WorkspaceFiles } from '../../src/core/workspace/files';

/** A workspace in memory; a path in `refused` is one the host will not read, with its reason. */
class MemoryFiles implements WorkspaceFiles {
  constructor(
    readonly files: Map<string, string>,
    readonly refused = new Map<string, string>(),
  ) {}

  async listFactFiles(): Promise<string[]> {
    return [...this.files.keys(), ...this.refused.keys()].filter((p) => p.endsWith('.facts.yaml')).sort();
  }

  async readText(path: string): Promise<string | undefined> {
    const reason = this.refused.get(path);
    if (reason !== undefined) throw new RefusedFileError(path, reason);
    return this.files.get(path);
  }
}

function factFileText(file: string, text: string, publisher: string): string {
  return JSON.stringify({
    schema: 'news-annotator/facts@1',
    article: { file, publisher, textHash: `sha256:${createHash('sha256').update(text).digest('hex')}` },
    mentions: [],
    facts: [],
    rejections: [],
  });
}

async function collect(files: WorkspaceFiles): Promise<{ articles: AnnotatedArticle[]; skipped: SkippedFactFile[] }> {
  const articles: AnnotatedArticle[] = [];
  const skipped: SkippedFactFile[] = [];
  for await (const article of annotatedArticles(files, (s) => skipped.push(s))) articles.push(article);
  return { articles, skipped };
}

describe('export integrity (core)', () => {
  describe('an article claimed by two fact files', () => {
    it('is given once, with the fact file named for it even when another comes first; the other is reported, naming both', async () => {
      const files = new MemoryFiles(
        new Map([
          ['news/a.txt', 'text'],
          ['news/a.facts.yaml', factFileText('a.txt', 'text', 'Own')],
          ['news/0-copy.facts.yaml', factFileText('a.txt', 'text', 'Copy')],
          ['news/b.txt', 'other'],
          ['news/b.facts.yaml', factFileText('b.txt', 'other', 'B')],
        ]),
      );
      const { articles, skipped } = await collect(files);
      assert.deepEqual(
        articles.map((a) => [a.path, a.factFilePath, a.factFile.article.publisher]),
        [
          ['news/a.txt', 'news/a.facts.yaml', 'Own'],
          ['news/b.txt', 'news/b.facts.yaml', 'B'],
        ],
      );
      assert.equal(skipped.length, 1);
      assert.equal(skipped[0].factFilePath, 'news/0-copy.facts.yaml');
      assert.equal(skipped[0].problems[0].field, 'article.file');
      assert.equal(skipped[0].problems[0].message, 'claims the article news/a.txt, as news/a.facts.yaml does; only news/a.facts.yaml, the fact file named for it, is exported');
    });

    it('when neither is named for it, the first by path; and when the own one does not claim it, the other keeps it', async () => {
      const files = new MemoryFiles(
        new Map([
          ['shared.txt', 'text'],
          ['x.facts.yaml', factFileText('shared.txt', 'text', 'X')],
          ['y.facts.yaml', factFileText('shared.txt', 'text', 'Y')],
          ['c.txt', 'c'],
          ['c.md', 'c md'],
          ['c.facts.yaml', factFileText('c.md', 'c md', 'C own name, other article')],
          ['c-txt.facts.yaml', factFileText('c.txt', 'c', 'C txt')],
        ]),
      );
      const { articles, skipped } = await collect(files);
      assert.deepEqual(
        articles.map((a) => [a.path, a.factFile.article.publisher]),
        [
          ['c.txt', 'C txt'],
          ['c.md', 'C own name, other article'],
          ['shared.txt', 'X'],
        ],
      );
      assert.deepEqual(
        skipped.map((s) => [s.factFilePath, s.problems[0].message]),
        [['y.facts.yaml', 'claims the article shared.txt, as x.facts.yaml does; only x.facts.yaml is exported']],
      );
    });

    it('a fact file or an article the host refuses (a link out of the workspace) is reported, naming it', async () => {
      const files = new MemoryFiles(
        new Map([['a.facts.yaml', factFileText('a.txt', 'secret', 'A')]]),
        new Map([
          ['a.txt', 'is a symbolic link that leads outside the workspace'],
          ['b.facts.yaml', 'is a FIFO (named pipe), not a file'],
        ]),
      );
      const { articles, skipped } = await collect(files);
      assert.deepEqual(articles, []);
      assert.deepEqual(
        skipped.map((s) => [s.factFilePath, s.problems[0].field, s.problems[0].message]),
        [
          ['a.facts.yaml', 'article.file', 'the article a.txt is a symbolic link that leads outside the workspace; it is not read'],
          ['b.facts.yaml', '', 'is a FIFO (named pipe), not a file; it is not read'],
        ],
      );
    });
  });

  describe('left-out mentions and the evidence of facts', () => {
    const text = 'Putin met Pashinyan in 𝕏 Yerevan.';
    const at = (id: string, quote: string, start: number, extra: Partial<FactFileMention> = {}): FactFileMention => ({
      id,
      entity: 'person:vladimir-putin',
      quote,
      prefix: '',
      suffix: '',
      start,
      end: start + quote.length,
      ...extra,
    });
    const yerevan = text.indexOf('Yerevan');
    const mentions: FactFileMention[] = [
      at('m-anchored01', 'Putin', 0),
      at('m-orphanhere', 'Pashinyan', 10, { orphaned: true }),
      at('m-orphangone', 'Tokayev', 10, { orphaned: true }),
      // Past the end, and nowhere else in the text (a quote found elsewhere is exported there).
      at('m-pastend001', 'Tbilisi.', text.length - 4),
      at('m-moved00001', 'Putin', 10),
      // Starts inside the surrogate pair of 𝕏, which is therefore cut in two.
      at('m-splits0001', text.slice(24, 26), 24),
    ];
    const facts: Fact[] = [
      { id: 'f-someleft01', type: 'attendance', person: 'person:vladimir-putin', event: 'event:csto-summit-2022-yerevan', status: 'attended', evidence: ['m-anchored01', 'm-orphanhere', 'm-anchored01'] },
      { id: 'f-noneleft01', type: 'attendance', person: 'person:nikol-pashinyan', event: 'event:csto-summit-2022-yerevan', status: 'absent', evidence: ['m-moved00001'] },
    ];
    const factFile: FactFile = {
      schema: 'news-annotator/facts@1',
      article: { file: 'a.txt', textHash: `sha256:${'0'.repeat(64)}` },
      mentions,
      facts,
      rejections: [],
    } as FactFile;

    it('each says why it is left out, and never that a mention is not where it is', () => {
      assert.equal(text.slice(10, 19), 'Pashinyan');
      assert.equal(yerevan, 26);
      const prepared = prepareArticle({ path: 'a.txt', factFilePath: 'a.facts.yaml', text, factFile });
      assert.deepEqual(
        prepared.mentions.map((m) => m.id),
        ['m-anchored01'],
      );
      const messages = prepared.problems.filter((p) => p.field.startsWith('mentions')).map((p) => `${p.field}: ${p.message}`);
      assert.deepEqual(messages, [
        'mentions[1]: mention m-orphanhere ("Pashinyan") is marked orphaned: true, though its quote is at 10-19 of a.txt again (re-attach it in the editor); it is left out of the export',
        'mentions[2]: mention m-orphangone ("Tokayev") is marked orphaned: true (its text was not found again after an edit); it is left out of the export',
        `mentions[3]: mention m-pastend001 ("Tbilisi.") is at ${text.length - 4}-${text.length + 4}, which runs past the end of a.txt (${text.length} UTF-16 code units), and no other place in it is certainly its own; it is left out of the export`,
        'mentions[4]: mention m-moved00001 ("Putin") is not in a.txt at 10-15, which holds "Pashi", and no other place in it is certainly its own (the article changed?); it is left out of the export',
        `mentions[5]: mention m-splits0001 (${JSON.stringify(text.slice(24, 26))}) is at 24-26, which cuts a character of a.txt in two; it is left out of the export`,
      ]);
      assert.equal(prepared.staleMentions, 5);
    });

    it('a fact cites only exported mentions, each once, and the evidence it lost is reported', () => {
      const prepared = prepareArticle({ path: 'a.txt', factFilePath: 'a.facts.yaml', text, factFile });
      assert.deepEqual(
        prepared.facts.map((f) => [f.id, f.evidence]),
        [
          ['f-noneleft01', []],
          ['f-someleft01', ['m-anchored01']],
        ],
      );
      assert.deepEqual(
        prepared.problems.filter((p) => p.field.startsWith('facts')).map((p) => `${p.field}: ${p.message}`),
        [
          'facts[0].evidence: fact f-someleft01 (attendance) cites mention m-orphanhere, left out of the export; it is exported with the rest of its evidence (m-anchored01)',
          'facts[1].evidence: fact f-noneleft01 (attendance) cites mention m-moved00001, left out of the export; it is exported without evidence',
        ],
      );
      assert.deepEqual(facts[0].evidence, ['m-anchored01', 'm-orphanhere', 'm-anchored01'], 'the fact file\'s own facts are left as they were');
    });
  });

  it('brat names: an article never takes a name another has, in any case', () => {
    const names = new BratNames();
    assert.deepEqual(
      ['a.txt', 'a.md', 'a.md.txt', 'A.TXT', 'x/y.txt', 'x/y', 'x/Y.txt'].map((p) => names.next(p)),
      ['a', 'a.md', 'a.md~2', 'A~2', 'x/y', 'x/y~2', 'x/Y~3'],
    );
  });

  it('text for a terminal: control characters, escape sequences and reordering marks are escaped; the rest is kept', () => {
    assert.equal(escapeUnsafeCharacters('Путин, Erevan — «ok» 𝕏'), 'Путин, Erevan — «ok» 𝕏');
    assert.equal(escapeUnsafeCharacters('a\u001b[31mb\u009b2Jc\r\n\t\u0000'), 'a\\x1b[31mb\\x9b2Jc\\x0d\\x0a\\x09\\x00');
    assert.equal(escapeUnsafeCharacters('x\u202ey\u2066z\u2028\u200f\ufeff'), 'x\\u{202e}y\\u{2066}z\\u{2028}\\u{200f}\\u{feff}');
  });

  it('one argument parser: -- ends the flags, a lone - is an argument, -h wins', () => {
    const spec = { name: 'recognize', flags: { '--json': 'switch', '--kb': 'value' }, operands: ['a FILE'] } as const;
    assert.deepEqual(parseCommand(['--', '--json'], spec).operands, ['--json']);
    assert.deepEqual(parseCommand(['-'], spec).operands, ['-']);
    assert.equal(parseCommand(['--kb=a=b.yaml', 'f'], spec).values.get('--kb'), 'a=b.yaml');
    assert.equal(parseCommand(['--nope', '-h'], spec).help, true);
    assert.throws(() => parseCommand(['f', '--kbb', 'x'], spec), (e: unknown) => e instanceof UsageError && e.message === 'unknown option for recognize: --kbb (did you mean --kb?)');
  });
});

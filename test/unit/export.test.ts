import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeWorkspaceFiles } from '../../src/cli/nodeFiles';
import { ANNOTATION_CONF, bratBaseName, bratFragments } from '../../src/core/export/brat';
import { flatMentions } from '../../src/core/export/conll';
import { CSV_COLUMNS, csvField, csvRow } from '../../src/core/export/csv';
import { EXPORT_FORMATS, type ExportFormat, type ExportResult, runExport, writesFacts } from '../../src/core/export/index';
import { prepareArticle } from '../../src/core/export/prepare';
import { sentences, tokenize } from '../../src/core/export/tokenize';
import { recordedMention } from '../../src/core/annotation/corrections';
import { KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { formatProblem } from '../../src/core/problems';
import { CodePointIndex } from '../../src/core/text/codePoints';
import { type AnnotatedArticle, annotatedArticles, type SkippedFactFile } from '../../src/core/workspace/articles';
import { DEFAULT_KNOWLEDGE_BASE_FILE, withWorkspaceFile } from '../../src/core/knowledgeBase/workspaceFile';
import { MemoryOutput } from './memoryOutput';

// Compiled to out/test/unit; the fixtures stay in the repository.
const WORKSPACE = join(__dirname, '../../../test/fixtures/export/workspace');
const ARTICLES = ['articles/en/minsk-2023.txt', 'articles/it/erevan-2022.txt', 'articles/social/post 𝕏.txt'];

/** Only the fixture's own entities, so the expectations do not move with the bundled data. */
function fixtureKnowledgeBase(): KnowledgeBase {
  const file = join(WORKSPACE, DEFAULT_KNOWLEDGE_BASE_FILE);
  const { knowledgeBase, problems } = withWorkspaceFile(readFileSync(file, 'utf8'), file, new KnowledgeBase([]));
  assert.deepEqual(problems.map(formatProblem), []);
  return knowledgeBase;
}


async function fixtureArticles(): Promise<{ articles: AnnotatedArticle[]; skipped: SkippedFactFile[] }> {
  const skipped: SkippedFactFile[] = [];
  const articles: AnnotatedArticle[] = [];
  for await (const article of annotatedArticles(new NodeWorkspaceFiles(WORKSPACE), (s) => skipped.push(s))) articles.push(article);
  return { articles, skipped };
}

async function exportFixture(format: ExportFormat, articles?: Iterable<AnnotatedArticle>): Promise<{ output: MemoryOutput; result: ExportResult; skipped: SkippedFactFile[] }> {
  const output = new MemoryOutput();
  const skipped: SkippedFactFile[] = [];
  const source = articles ?? annotatedArticles(new NodeWorkspaceFiles(WORKSPACE), (s) => skipped.push(s));
  const result = await runExport(format, source, fixtureKnowledgeBase(), output);
  return { output, result, skipped };
}

function articleText(path: string): string {
  return readFileSync(join(WORKSPACE, ...path.split('/')), 'utf8');
}

/** Slices by code points, the reference way. */
function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** RFC 4180, read independently of the writer: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      assert.notEqual(c, '\n', `a bare LF outside quotes at ${i}`);
      assert.notEqual(c, '"', `a quote inside an unquoted field at ${i}`);
      field += c;
      i++;
    }
  }
  assert.equal(field, '', 'the last record ends with CRLF');
  assert.equal(row.length, 0);
  return rows;
}

/** annotation.conf, read as brat's configuration documentation describes it: sections, types, arguments. */
function parseBratConf(text: string): {
  entities: Set<string>;
  events: Map<string, Map<string, Set<string>>>;
  attributes: Map<string, { targets: Set<string>; values: Set<string> }>;
} {
  const entities = new Set<string>();
  const events = new Map<string, Map<string, Set<string>>>();
  const attributes = new Map<string, { targets: Set<string>; values: Set<string> }>();
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      section = header[1];
      continue;
    }
    const [type, rest = ''] = line.split(/\s+(.*)/);
    const args = rest
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== '')
      .map((a) => {
        const [role, targets] = a.split(':');
        return { role: role.replace(/(\?|\*|\+|\{[\d-]+\})$/, ''), targets: new Set(targets.split('|')) };
      });
    if (section === 'entities') entities.add(type);
    if (section === 'events') events.set(type, new Map(args.map((a) => [a.role, a.targets])));
    if (section === 'attributes') {
      const arg = args.find((a) => a.role === 'Arg');
      const value = args.find((a) => a.role === 'Value');
      attributes.set(type, { targets: arg?.targets ?? new Set(), values: value?.targets ?? new Set() });
    }
  }
  return { entities, events, attributes };
}

describe('export', () => {
  describe('reading the workspace', () => {
    it('skips the invalid fact file and reports its problems', async () => {
      const { articles, skipped } = await fixtureArticles();
      assert.deepEqual(
        articles.map((a) => a.path),
        ARTICLES,
      );
      assert.deepEqual(
        skipped.map((s) => s.factFilePath),
        ['articles/broken.facts.yaml'],
      );
      const problems = skipped[0].problems.map(formatProblem);
      assert.ok(problems.some((p) => /^articles\/broken\.facts\.yaml:8:9: error: mentions\[0\]\.id: /.test(p)), problems.join('\n'));
      assert.ok(problems.some((p) => p.includes('no mention with id m-missing001')), problems.join('\n'));
    });

    it('leaves out a mention whose anchor no longer holds, with a warning', async () => {
      const { result } = await exportFixture('jsonl');
      assert.equal(result.skippedMentions, 1);
      const [warning] = result.problems;
      assert.equal(warning.severity, 'warning');
      assert.equal(warning.file, 'articles/en/minsk-2023.facts.yaml');
      assert.match(warning.message, /m-0000stale0/);
    });

    it('cuts stored context to whole code points, and takes the text\'s own context where the stored one is gone', () => {
      const text = 'ab😀 Putin cd';
      const start = text.indexOf('Putin');
      const withAnchor = (prefix: string, suffix: string): AnnotatedArticle => ({
        path: 'a.txt',
        factFilePath: 'a.facts.yaml',
        text,
        factFile: {
          schema: 'news-annotator/facts@1',
          article: { file: 'a.txt', textHash: `sha256:${'0'.repeat(64)}` },
          mentions: [{ id: 'm-aaaaaa', entity: 'person:vladimir-putin', quote: 'Putin', prefix, suffix, start, end: start + 5 }],
          facts: [],
          rejections: [],
        },
      });
      // The stored prefix starts inside the emoji's surrogate pair.
      const [cut] = prepareArticle(withAnchor('\ude00 ', ' cd')).mentions;
      assert.equal(cut.prefix, ' ');
      assert.equal(cut.suffix, ' cd');
      assert.equal(cut.codePointStart, 4);
      assert.equal(cut.codePointEnd, 9);
      // The suffix is stale: the mention is found again by its quote, with the text around it now.
      const [found] = prepareArticle(withAnchor('\ude00 ', ' zz')).mentions;
      assert.equal(found.start, start);
      assert.equal(found.prefix, text.slice(0, start));
      assert.equal(found.suffix, text.slice(start + 5));
      assert.equal(found.codePointStart, 4);
    });
  });

  describe('jsonl', () => {
    it('writes one parseable line per article with its mentions, facts and entities', async () => {
      const { output, result } = await exportFixture('jsonl');
      assert.ok(output.text.endsWith('\n'));
      const lines = output.text.slice(0, -1).split('\n');
      assert.equal(lines.length, 3);
      assert.equal(result.articles, 3);
      assert.equal(result.filesWritten, 1);
      const { articles } = await fixtureArticles();
      let mentions = 0;
      lines.forEach((line, i) => {
        const record = JSON.parse(line);
        const article = articles[i];
        assert.deepEqual(Object.keys(record), ['path', 'metadata', 'mentions', 'facts', 'entities', 'missingEntities']);
        assert.equal(record.path, ARTICLES[i]);
        assert.equal(record.metadata.textHash, article.factFile.article.textHash);
        assert.equal(record.metadata.language, article.factFile.article.language);
        const text = articleText(record.path);
        const expectedIds = article.factFile.mentions.filter((m) => m.id !== 'm-0000stale0').map((m) => m.id);
        assert.deepEqual(record.mentions.map((m: { id: string }) => m.id).sort(), [...expectedIds].sort());
        for (const m of record.mentions) {
          assert.equal(text.slice(m.start, m.end), m.quote);
          assert.equal(sliceCodePoints(text, m.codePointStart, m.codePointEnd), m.quote);
          assert.ok(text.slice(0, m.start).endsWith(m.prefix));
          assert.ok(text.slice(m.end).startsWith(m.suffix));
          assert.ok((m.entity === undefined) !== (m.date === undefined));
        }
        mentions += record.mentions.length;
        // Facts as stored, whatever order the fact file lists them in.
        const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
        assert.deepEqual([...record.facts].sort(byId), JSON.parse(JSON.stringify([...article.factFile.facts].sort(byId))));
      });
      assert.equal(result.mentions, mentions);

      const social = JSON.parse(lines[2]);
      const x = social.mentions.find((m: { entity?: string }) => m.entity === 'organization:x-news');
      assert.equal(x.quote, '𝕏 News 𠀋');
      assert.equal(x.end - x.start, 10);
      assert.equal(x.codePointEnd - x.codePointStart, 8);
      assert.ok(x.codePointStart < x.start, 'the flags and emoji before it count once each');
      assert.deepEqual(social.missingEntities, ['person:ivan-testov']);
      const putin = social.entities.find((e: { id: string }) => e.id === 'person:vladimir-putin');
      assert.deepEqual(Object.keys(putin), ['id', 'type', 'name', 'wikidata', 'country', 'roles']);
      assert.equal(putin.wikidata, 'Q7747');
      assert.equal(putin.roles[0].role, 'President');
      const summit = social.entities.find((e: { id: string }) => e.id === 'event:csto-summit-2022-yerevan');
      assert.equal(summit.city, 'place:yerevan');
      assert.equal(summit.start, '2022-11-23');
      assert.ok(!('aliases' in summit));
    });
  });

  describe('csv', () => {
    it('escapes fields per RFC 4180', () => {
      assert.equal(csvField('plain'), 'plain');
      assert.equal(csvField('a, b'), '"a, b"');
      assert.equal(csvField('say "hi"'), '"say ""hi"""');
      assert.equal(csvField('two\nlines'), '"two\nlines"');
      assert.equal(csvField('cr\r'), '"cr\r"');
      assert.equal(csvRow(['a', 'b,c', '']), 'a,"b,c",\r\n');
    });

    it('writes a header and one row per fact, and parses back; attendance rows keep the columns they had, first and in order', async () => {
      const { output, result } = await exportFixture('csv');
      const [header, ...rows] = parseCsv(output.text);
      assert.deepEqual(header, [...CSV_COLUMNS]);
      assert.deepEqual(header.slice(0, 11), ['summit', 'summit_id', 'date', 'city', 'person', 'person_id', 'country', 'status', 'article', 'quote', 'mention_ids']);
      const { articles } = await fixtureArticles();
      const facts = articles.flatMap((a) => a.factFile.facts);
      assert.equal(rows.length, facts.length);
      assert.equal(result.records, facts.length);
      for (const row of rows) assert.equal(row.length, CSV_COLUMNS.length);
      const all = rows.map((row) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]])));
      assert.deepEqual(new Set(all.map((r) => r.kind)), new Set(['summit', 'attendance', 'role']));
      for (const fact of facts) assert.equal(all.find((r) => r.fact_id === fact.id)?.kind, fact.type, fact.id);
      const attendances = articles.flatMap((a) => a.factFile.facts.filter((f) => f.type === 'attendance').map((f) => ({ article: a, fact: f })));
      const records = all.filter((r) => r.kind === 'attendance');
      assert.equal(records.length, attendances.length);

      for (const { article, fact } of attendances) {
        if (fact.type !== 'attendance') continue;
        const record = records.find((r) => r.article === article.path && r.person_id === fact.person && r.summit_id === fact.event);
        assert.ok(record, `${article.path} ${fact.person}`);
        assert.equal(record.status, fact.status);
        assert.deepEqual(record.mention_ids.split(' '), fact.evidence);
        // The quote column holds the sentences the evidence stands in, each once.
        const sentences = record.quote.split(' | ');
        assert.ok(sentences.length <= fact.evidence.length);
        for (const id of fact.evidence) {
          const quote = article.factFile.mentions.find((m) => m.id === id)!.quote;
          assert.ok(sentences.some((sentence) => sentence.includes(quote) && article.text.includes(sentence)), `${quote} in ${record.quote}`);
        }
      }

      const absent = records.find((r) => r.status === 'absent');
      assert.ok(absent);
      // The evidence: the sentence that runs across a line break, and the headline.
      assert.equal(absent.quote, 'Armenian Prime Minister Nikol\nPashinyan stayed away, the Kremlin said. | CSTO leaders meet in Minsk without Pashinyan');
      // A name with a comma and double quotes survives the round trip.
      assert.equal(absent.summit, 'CSTO summit, Minsk 2023 "without Armenia"');
      // The knowledge base has no date or city for this summit: they come from the article's summit fact.
      assert.equal(absent.date, '2023-11-23');
      assert.equal(absent.city, 'Minsk');
      assert.equal(absent.country, 'Armenia');
      // Lukashenko has no country in the knowledge base: it comes from the role fact.
      const lukashenko = records.find((r) => r.person_id === 'person:alexander-lukashenko');
      assert.equal(lukashenko?.country, 'Belarus');
      assert.equal(lukashenko?.person, 'Alexander Lukashenko');
      const yerevan = records.find((r) => r.article === 'articles/it/erevan-2022.txt' && r.person_id === 'person:vladimir-putin');
      assert.deepEqual(
        [yerevan?.summit, yerevan?.date, yerevan?.city, yerevan?.country],
        ['CSTO summit, Yerevan 2022', '2022-11-23', 'Yerevan', 'Russia'],
      );
      const unknown = records.find((r) => r.person_id === 'person:ivan-testov');
      assert.equal(unknown?.country, '');
      assert.equal(unknown?.status, 'uncertain');
    });
    it('a summit row gives the meeting: its event, dates, city and organization; a role row the person, title, country and organization; each with its evidence sentences', async () => {
      const { output } = await exportFixture('csv');
      const [header, ...rows] = parseCsv(output.text);
      const records = rows.map((row) => Object.fromEntries(header.map((c, i) => [c, row[i]])));
      const { articles } = await fixtureArticles();
      for (const article of articles) {
        for (const fact of article.factFile.facts) {
          const record = records.find((r) => r.fact_id === fact.id && r.article === article.path)!;
          assert.deepEqual(record.mention_ids.split(' '), [...new Set(fact.evidence)]);
          for (const id of fact.evidence) {
            const quote = article.factFile.mentions.find((m) => m.id === id)!.quote;
            assert.ok(record.quote.split(' | ').some((sentence) => sentence.includes(quote) && article.text.includes(sentence)), `${quote} in ${record.quote}`);
          }
          if (fact.type === 'summit') {
            assert.deepEqual(
              [record.summit_id, record.date, record.city_id, record.organization_id, record.person_id, record.status, record.role],
              [fact.event ?? '', fact.end !== undefined && fact.end !== fact.start ? `${fact.start}/${fact.end}` : fact.start, fact.city, fact.organization, '', '', ''],
            );
          } else if (fact.type === 'role') {
            assert.deepEqual(
              [record.person_id, record.role, record.country_id, record.organization_id, record.summit_id, record.status, record.date],
              [fact.person, fact.role, fact.country ?? '', fact.organization ?? '', '', '', ''],
            );
          }
        }
      }
      const minsk = records.find((r) => r.kind === 'summit' && r.article === 'articles/en/minsk-2023.txt');
      assert.deepEqual([minsk?.summit, minsk?.date, minsk?.city, minsk?.organization], ['CSTO summit, Minsk 2023 "without Armenia"', '2023-11-23', 'Minsk', 'Collective Security Treaty Organization']);
      const president = records.find((r) => r.kind === 'role' && r.person_id === 'person:alexander-lukashenko');
      assert.deepEqual([president?.person, president?.role, president?.country], ['Alexander Lukashenko', 'President', 'Belarus']);
    });
  });

  describe('brat', () => {
    it('writes each article text exactly, an .ann file, annotation.conf and tools.conf', async () => {
      const { output, result } = await exportFixture('brat');
      assert.equal(output.text, '');
      const expected = ARTICLES.flatMap((p) => [`${bratBaseName(p)}.txt`, `${bratBaseName(p)}.ann`]);
      assert.deepEqual([...output.files.keys()].sort(), [...expected, 'annotation.conf', 'tools.conf'].sort());
      assert.equal(result.filesWritten, 8);
      for (const path of ARTICLES) assert.equal(output.files.get(`${bratBaseName(path)}.txt`), articleText(path));
      assert.equal(output.files.get('annotation.conf'), ANNOTATION_CONF);
    });

    it('gives text-bound annotations whose code-point offsets slice to their text, each line in brat\'s grammar and of a declared type', async () => {
      const { output, result } = await exportFixture('brat');
      const conf = parseBratConf(ANNOTATION_CONF);
      let textBounds = 0;
      let discontinuous = 0;
      for (const path of ARTICLES) {
        const text = articleText(path);
        const ann = output.files.get(`${bratBaseName(path)}.ann`) ?? '';
        assert.ok(ann.endsWith('\n'));
        const types = new Map<string, string>();
        for (const line of ann.slice(0, -1).split('\n')) {
          assert.ok(!/[\r\u2028\u2029]/.test(line), line);
          const fields = line.split('\t');
          const [id, middle, tail] = fields;
          // Events and attributes have no text field; every other line has one.
          assert.equal(fields.length, /^[EA]/.test(id) ? 2 : 3, line);
          assert.ok(!types.has(id), `${id} twice`);
          if (id.startsWith('T')) {
            const [type, ...rest] = middle.split(' ');
            assert.ok(conf.entities.has(type) || conf.events.has(type), type);
            if (conf.entities.has(type)) textBounds++;
            types.set(id, type);
            const spans = rest.join(' ').split(';').map((s) => s.split(' ').map(Number));
            if (spans.length > 1 && conf.entities.has(type)) discontinuous++;
            const pieces = spans.map(([s, e]) => {
              assert.ok(e > s);
              return sliceCodePoints(text, s, e);
            });
            assert.equal(pieces.join(' '), tail, line);
          } else if (id.startsWith('#')) {
            const [kind, ref] = middle.split(' ');
            assert.equal(kind, 'AnnotatorNotes');
            assert.ok(types.has(ref), line);
            // The entity id or ISO date of a mention; the fields of a fact.
            if (ref.startsWith('T')) assert.match(tail, /^((person|organization|place|event):[a-z0-9-]+|\d{4}(-\d{2}){0,2}(\/[-\d]+)?)$/);
            else assert.match(tail, /^id=f-[0-9a-z]+( [a-z]+=([^\s"=]+|"([^"\\]|\\.)*"))+$/, line);
          } else if (id.startsWith('N')) {
            const [kind, ref, norm] = middle.split(' ');
            assert.equal(kind, 'Reference');
            assert.ok(types.has(ref), line);
            assert.match(norm, /^Wikidata:Q\d+$/);
          } else if (id.startsWith('E')) {
            const [typeTrigger, ...args] = middle.split(' ');
            const [type, trigger] = typeTrigger.split(':');
            const declared = conf.events.get(type);
            assert.ok(declared, `${type} is declared in [events]`);
            assert.equal(types.get(trigger), type, `${line}: its trigger is a text-bound annotation of its type`);
            assert.ok(args.length > 0, line);
            for (const arg of args) {
              const [role, target] = arg.split(':');
              const allowed = declared.get(role.replace(/\d+$/, ''));
              assert.ok(allowed, `${line}: ${role} is an argument of ${type}`);
              const targetType = types.get(target);
              assert.ok(targetType !== undefined && (allowed.has(targetType) || (allowed.has('<ENTITY>') && conf.entities.has(targetType))), `${line}: ${arg}`);
            }
            assert.equal(new Set(args.map((arg) => arg.split(':')[0])).size, args.length, `${line}: the second argument of a role is numbered`);
            types.set(id, type);
          } else if (id.startsWith('A')) {
            const [name, target, value] = middle.split(' ');
            const attribute = conf.attributes.get(name);
            assert.ok(attribute, `${name} is declared in [attributes]`);
            assert.ok(attribute.targets.has(types.get(target) ?? ''), line);
            assert.ok(attribute.values.has(value), line);
            types.set(id, name);
          } else assert.fail(`unexpected line ${line}`);
        }
      }
      assert.equal(textBounds, result.mentions);
      assert.equal(discontinuous, 1, 'the mention across a line break');
      const en = output.files.get('articles/en/minsk-2023.ann') ?? '';
      assert.match(en, /\tPerson \d+ \d+;\d+ \d+\tNikol Pashinyan\n/);
      assert.match(en, /\tReference T\d+ Wikidata:Q7747\tVladimir Putin\n/);
      const social = output.files.get('articles/social/post 𝕏.ann') ?? '';
      assert.match(social, /\tOrganization 57 65\t𝕏 News 𠀋\n/);
      assert.match(social, /AnnotatorNotes T\d+\t2022-11-23\n/);
    });

    it('writes every fact as an event on the mentions that are its evidence, with its status and its fields', async () => {
      const { output, result } = await exportFixture('brat');
      const { articles } = await fixtureArticles();
      let events = 0;
      for (const article of articles) {
        const ann = output.files.get(`${bratBaseName(article.path)}.ann`) ?? '';
        const lines = new Map(ann.trimEnd().split('\n').map((line) => [line.split('\t')[0], line.split('\t')] as const));
        const notes = new Map([...lines.values()].filter(([id]) => id.startsWith('#')).map(([, middle, tail]) => [middle.split(' ')[1], tail]));
        for (const fact of article.factFile.facts) {
          const eventId = [...notes].find(([ref, note]) => ref.startsWith('E') && note.startsWith(`id=${fact.id} `))?.[0];
          assert.ok(eventId, `${article.path}: ${fact.id}`);
          events++;
          const [, middle] = lines.get(eventId)!;
          const [typeTrigger, ...args] = middle.split(' ');
          assert.equal(typeTrigger.split(':')[0], { summit: 'Summit', attendance: 'Attendance', role: 'Role' }[fact.type]);
          // Its arguments are its evidence: the same mentions, found by their text and entity.
          const cited = fact.evidence.map((id) => article.factFile.mentions.find((m) => m.id === id)!);
          const argued = args.map((arg) => {
            const [role, target] = arg.split(':');
            return { role: role.replace(/\d+$/, ''), text: lines.get(target)![2], value: notes.get(target) };
          });
          assert.deepEqual(
            argued.map((a) => `${a.text}|${a.value}`).sort(),
            cited.map((m) => `${m.quote.replace(/\s+/g, ' ')}|${m.entity ?? m.date}`).sort(),
          );
          const record = fact as unknown as Record<string, string>;
          for (const a of argued) {
            const field = a.role.toLowerCase();
            if (a.role === 'Evidence') assert.ok(!Object.values(record).includes(a.value!), `${fact.id}: ${a.value} fills a field, yet is Evidence`);
            else if (a.role !== 'Date') assert.equal(record[field], a.value, `${fact.id}: ${a.role}`);
          }
          // The note says every field but the evidence.
          const note = notes.get(eventId)!;
          for (const [key, value] of Object.entries(fact)) {
            if (key === 'type' || key === 'evidence') continue;
            assert.ok(note.includes(` ${key}=${/\s/.test(String(value)) ? JSON.stringify(value) : String(value)}`) || note.startsWith(`id=${String(value)}`), `${fact.id}: ${key} in ${note}`);
          }
          const status = [...lines.values()].find(([id, middle]) => id.startsWith('A') && middle.split(' ')[1] === eventId);
          assert.equal(status?.[1], fact.type === 'attendance' ? `Status ${eventId} ${fact.status}` : undefined);
        }
      }
      assert.ok(events >= 8);
      assert.equal(result.facts, events);
      // Two attendances whose first evidence is the same mention share a trigger, as brat wants.
      for (const ann of output.files.values()) {
        const triggers = ann.split('\n').filter((line) => /^T\d+\t(Summit|Attendance|Role) /.test(line));
        const places = triggers.map((line) => line.split('\t')[1]);
        assert.equal(new Set(places).size, places.length, `triggers of one type on one span: ${places.join(', ')}`);
      }
    });

    it('leaves out a fact none of whose evidence is in the export, and says so', async () => {
      const { articles } = await fixtureArticles();
      const article = articles.find((a) => a.path === 'articles/en/minsk-2023.txt')!;
      const role = article.factFile.facts.find((f) => f.type === 'role')!;
      const moved = role.evidence.map((id) => article.factFile.mentions.find((m) => m.id === id)!);
      // Its mentions' text no longer in the article: the article was edited.
      const edited: AnnotatedArticle = {
        ...article,
        factFile: { ...article.factFile, mentions: article.factFile.mentions.map((m) => (moved.includes(m) ? { ...m, quote: 'Ashgabat', end: m.start + 'Ashgabat'.length } : m)) },
      };
      const { output, result } = await exportFixture('brat', [edited]);
      const ann = output.files.get('articles/en/minsk-2023.ann') ?? '';
      assert.ok(!ann.includes(role.id));
      assert.ok(ann.includes('\tAttendance:'));
      const messages = result.problems.map((p) => `${p.field}: ${p.message}`);
      assert.ok(
        messages.some((m) => m.includes(role.id) && m.includes('left out') && m.startsWith(`facts[${article.factFile.facts.indexOf(role)}]`)),
        messages.join('\n'),
      );
      assert.equal(result.facts, article.factFile.facts.length - 1);
    });

    it('splits a mention at line breaks into trimmed pieces', () => {
      const text = 'x Nikol \n  Pashinyan y';
      const fragments = bratFragments(text, new CodePointIndex(text), 2, text.indexOf(' y'));
      assert.deepEqual(fragments, [
        { start: 2, end: 7, text: 'Nikol' },
        { start: 11, end: 20, text: 'Pashinyan' },
      ]);
      assert.equal(bratBaseName('../a/./b/../c.article.txt'), 'a/c.article');
    });
  });

  describe('conll', () => {
    it('tokenizes without crossing a boundary and splits sentences', () => {
      const text = "Il vertice dell'Organizzazione. Poi Mr. Putin parlò a 𠀀Putin.\nFine";
      const start = text.indexOf('Organizzazione');
      const tokens = tokenize(text, [start, start + 'Organizzazione'.length]);
      const words = tokens.map((t) => t.text);
      assert.ok(words.includes("dell'") && words.includes('Organizzazione'), words.join(' '));
      assert.ok(words.includes('𠀀Putin'), 'without a boundary a CJK letter joins the word');
      const split = sentences(text, tokens).map((s) => s.map((t) => t.text).join(' '));
      assert.deepEqual(split, ["Il vertice dell' Organizzazione .", 'Poi Mr . Putin parlò a 𠀀Putin .', 'Fine']);
      const unbroken = sentences(text, tokens, [{ start: text.indexOf('Poi'), end: text.length }]);
      assert.equal(unbroken.length, 2);
    });

    it('writes IOB2 tags whose B-/I- runs give back the mentions', async () => {
      const { output, result } = await exportFixture('conll');
      const { articles } = await fixtureArticles();
      const docs = output.text.split('-DOCSTART-\tO\n\n');
      assert.equal(docs[0], '');
      assert.equal(docs.length, 1 + ARTICLES.length);
      let tokens = 0;
      docs.slice(1).forEach((doc, i) => {
        assert.ok(doc.endsWith('\n\n'), 'each sentence ends with a blank line');
        const runs: { type: string; tokens: string[] }[] = [];
        let previous = 'O';
        for (const line of doc.split('\n')) {
          if (line === '') {
            previous = 'O';
            continue;
          }
          const [token, tag, ...extra] = line.split('\t');
          assert.equal(extra.length, 0);
          assert.ok(token.length > 0 && !/\s/.test(token), JSON.stringify(token));
          assert.match(tag, /^(O|[BI]-(PER|ORG|LOC|EVENT|DATE))$/);
          tokens++;
          if (tag.startsWith('B-')) runs.push({ type: tag.slice(2), tokens: [token] });
          else if (tag.startsWith('I-')) {
            assert.ok(previous !== 'O' && previous.slice(2) === tag.slice(2), `${tag} after ${previous}`);
            runs[runs.length - 1].tokens.push(token);
          }
          previous = tag;
        }
        const prepared = prepareArticle(articles[i]);
        const { kept } = flatMentions(prepared.mentions);
        const types: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC', event: 'EVENT', date: 'DATE' };
        assert.deepEqual(
          runs.map((r) => `${r.type} ${r.tokens.join('')}`),
          kept.map((m) => `${types[m.kind]} ${m.quote.replace(/\s+/g, '')}`),
        );
      });
      assert.equal(result.records, tokens);
      // The nested CSTO and Erevan inside "Vertice CSTO a Erevan" cannot be IOB2 runs of their own.
      assert.equal(result.skippedMentions, 1 + 2);
      assert.equal(result.problems.filter((p) => /overlaps/.test(p.message)).length, 2);
      assert.match(output.text, /dell'\tO\nOrganizzazione\tB-ORG\n/);
      assert.match(output.text, /𠀀\tO\nPutin\tB-PER\n/);
      assert.match(output.text, /Nikol\tB-PER\nPashinyan\tI-PER\n/);
      assert.match(output.text, /𝕏\tB-ORG\nNews\tI-ORG\n𠀋\tI-ORG\n/);
    });
  });

  describe('every format', () => {
    it('gives byte-identical output for the same annotations, whatever their order in the fact files', async () => {
      const { articles } = await fixtureArticles();
      // The same annotations, listed backwards and with their keys in another order.
      const shuffled = articles.map((a) => ({
        ...a,
        factFile: {
          ...a.factFile,
          mentions: [...a.factFile.mentions].reverse().map((m) => Object.fromEntries(Object.entries(m).reverse()) as typeof m),
          facts: [...a.factFile.facts].reverse().map((f) => Object.fromEntries(Object.entries(f).reverse()) as typeof f),
        },
      }));
      for (const format of EXPORT_FORMATS) {
        const first = await exportFixture(format);
        const second = await exportFixture(format);
        const third = await exportFixture(format, shuffled);
        assert.equal(second.output.text, first.output.text, format);
        assert.deepEqual([...second.output.files], [...first.output.files], format);
        assert.equal(third.output.text, first.output.text, `${format}, shuffled`);
        assert.deepEqual([...third.output.files], [...first.output.files], `${format}, shuffled`);
      }
    });

    it('streams: writes each article before reading the next', async () => {
      const { articles } = await fixtureArticles();
      for (const format of EXPORT_FORMATS) {
        const output = new MemoryOutput();
        const seen: number[] = [];
        async function* slowly(): AsyncGenerator<AnnotatedArticle> {
          for (const article of articles) {
            seen.push(output.text.length + output.files.size);
            yield article;
          }
        }
        const progress: string[] = [];
        await runExport(format, slowly(), fixtureKnowledgeBase(), output, (p) => progress.push(`${p.articles} ${p.path}`));
        assert.deepEqual(progress, ARTICLES.map((p, i) => `${i + 1} ${p}`));
        assert.ok(seen[2] > seen[1] && seen[1] > seen[0], `${format}: ${seen.join(' ')}`);
      }
    });

    it('exports a mention annotated by hand on a span the recognizer does not find, like any other', async () => {
      const { articles } = await fixtureArticles();
      const minsk = articles.find((a) => a.path === ARTICLES[0])!;
      // "The summit" refers to the Minsk summit; no name of it is there for the recognizer to find.
      const start = minsk.text.indexOf('The summit was hosted');
      const end = start + 'The summit'.length;
      const found = new Recognizer(fixtureKnowledgeBase()).recognize(minsk.text).filter((m) => m.start < end && start < m.end);
      assert.deepEqual(found, [], 'the recognizer finds nothing there');
      const manual = recordedMention(minsk.text, start, end, { entity: 'event:csto-summit-2023-minsk' });
      const lukashenko = minsk.factFile.facts.find((f) => f.type === 'attendance' && f.person === 'person:alexander-lukashenko')!;
      const withManual = articles.map((a) =>
        a !== minsk
          ? a
          : {
              ...a,
              factFile: {
                ...a.factFile,
                mentions: [...a.factFile.mentions, manual],
                facts: a.factFile.facts.map((f) => (f === lukashenko ? { ...f, evidence: [...f.evidence, manual.id] } : f)),
              },
            },
      );
      const jsonl = (await exportFixture('jsonl', withManual)).output.text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { mentions: { id: string; quote?: string; text?: string }[] });
      assert.ok(jsonl.some((record) => record.mentions.some((m) => m.id === manual.id)), 'JSON Lines');
      const csv = parseCsv((await exportFixture('csv', withManual)).output.text);
      const ids = csv[0].indexOf('mention_ids');
      assert.ok(csv.some((row) => row[ids]?.split(' ').includes(manual.id)), 'CSV: the attendance it is evidence of cites it');
      assert.match((await exportFixture('w3c', withManual)).output.text, /"exact": ?"The summit"/, 'W3C');
      const brat = [...(await exportFixture('brat', withManual)).output.files].find(([name]) => name.endsWith('minsk-2023.ann'))?.[1] ?? '';
      assert.match(brat, /^T\d+\t\S+ \d+ \d+\tThe summit$/m, 'brat');
      assert.match((await exportFixture('conll', withManual)).output.text, /\nThe\tB-EVENT\nsummit\tI-EVENT\n/, 'CoNLL');
    });

    it('counts as facts those it writes: every one for the formats that hold facts, none for those that hold spans', async () => {
      const { articles } = await fixtureArticles();
      // An id may stand in two articles (the same fact stated in both): each is a fact written.
      const factIds = articles.flatMap((a) => a.factFile.facts.map((f) => f.id));
      assert.ok(factIds.length >= 8);
      for (const format of EXPORT_FORMATS) {
        const { output, result } = await exportFixture(format);
        const written = [output.text, ...output.files.values()].join('\n');
        const found = factIds.filter((id) => written.includes(id));
        assert.equal(result.facts, found.length, `${format}: the facts counted are the facts written`);
        assert.equal(result.facts > 0, writesFacts(format), `${format}: ${result.facts} facts`);
      }
    });

    it('refuses an unknown format', async () => {
      await assert.rejects(runExport('xml' as ExportFormat, [], fixtureKnowledgeBase(), new MemoryOutput()), /unknown export format: xml/);
    });
  });
});

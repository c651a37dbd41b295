// The readers of peer tools' formats (CoNLL, Label Studio, doccano, spaCy/Prodigy) on files written
// by hand from each tool's documentation, with text outside the BMP so that code points and UTF-16
// units differ; and on this project's own Label Studio, spaCy and CoNLL exports of the seeds and of
// the export fixture, read back span for span.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeWorkspaceFiles } from '../../src/cli/nodeFiles';
import { CONLL_TAGS, flatMentions } from '../../src/core/export/conll';
import { type ExportFormat, runExport } from '../../src/core/export/index';
import { LABEL_STUDIO_CONFIG } from '../../src/core/export/labelStudio';
import { prepareArticle } from '../../src/core/export/prepare';
import type { ImportedDocument, SourceFile } from '../../src/core/import/document';
import { joinTokens } from '../../src/core/import/formats/conll';
import { IMPORT_FORMATS } from '../../src/core/import/formats/index';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { normalizeText } from '../../src/core/reanchor/normalize';
import { type AnnotatedArticle, annotatedArticles } from '../../src/core/workspace/articles';

const REPO = join(__dirname, '../../..');
const FIXTURES = join(REPO, 'test/fixtures/import');

function fixture(format: string, name: string): SourceFile {
  return { path: `${format}/${name}`, text: readFileSync(join(FIXTURES, format, name), 'utf8') };
}

function read(format: string, ...files: SourceFile[]): ImportedDocument[] {
  return IMPORT_FORMATS[format](files);
}

/** What a span covers in its document's text, by its offsets. */
function covered(doc: ImportedDocument, i: number): string {
  const span = doc.spans[i];
  assert.ok(doc.text !== undefined && span.start !== undefined && span.end !== undefined, `span ${i} has offsets in a text`);
  return doc.text.slice(span.start, span.end);
}

function labelled(doc: ImportedDocument): string[] {
  return doc.spans.map((s, i) => `${s.label} ${s.start === undefined ? `"${s.quote}" (no offsets)` : covered(doc, i)}`);
}

describe('import: CoNLL', () => {
  it('reads CoNLL-2003 columns, documents split at -DOCSTART-, the text rebuilt from the tokens', () => {
    const docs = read('conll', fixture('conll', 'conll2003.conll'));
    assert.equal(docs.length, 2);
    assert.deepEqual(
      docs.map((d) => d.source),
      ['conll/conll2003.conll#1', 'conll/conll2003.conll#2'],
    );
    assert.equal(docs[0].name, undefined, 'a file of many documents names none of them');
    assert.equal(docs[0].text, 'Putin arrived in Yerevan on 23 November 2022.\nThe Collective Security Treaty Organization (CSTO) met.');
    assert.deepEqual(labelled(docs[0]), ['PER Putin', 'LOC Yerevan', 'DATE 23 November 2022', 'ORG Collective Security Treaty Organization', 'ORG CSTO']);
    assert.equal(docs[1].text, 'Касым-Жомарт Токаев написал в 𝕏: «Встреча в Сочи» 🤝');
    assert.deepEqual(labelled(docs[1]), ['PER Касым-Жомарт Токаев', 'ORG 𝕏', 'LOC Сочи']);
    // Offsets count UTF-16 units of the rebuilt text, and the quote and its context go with them.
    const x = docs[1].spans[1];
    assert.deepEqual([x.start, x.end, x.quote, x.suffix?.slice(0, 3)], [30, 32, '𝕏', ': «']);
    for (const d of docs) assert.deepEqual(d.problems, []);
  });

  it('reads IOB1 (an I- tag that starts a span, B- only between two spans of one label), and says so', () => {
    const [doc] = read('conll', fixture('conll', 'iob1.conll'));
    assert.equal(doc.name, 'iob1.conll', 'a file of one document names it');
    assert.deepEqual(labelled(doc), ['PER Vladimir Putin', 'PER Alexander Lukashenko', 'PER Ilham', 'PER Aliyev', 'LOC Minsk']);
    assert.equal(doc.problems.length, 1);
    assert.match(doc.problems[0], /^conll\/iob1\.conll:1: 4 I- \(or E-\) tags begin a span with no B- before it/);
  });

  it('reads BIOES, and names the file and line of a token line without a tag', () => {
    const [doc] = read('conll', fixture('conll', 'bioes.conll'));
    assert.deepEqual(labelled(doc), ['ORG CSTO', 'PER Kassym-Jomart Tokayev', 'PER Sadyr Japarov', 'LOC Astana', 'LOC Astana']);
    assert.ok(doc.problems.some((p) => p.startsWith('conll/bioes.conll:13: a token line needs a token and a tag')), doc.problems.join('\n'));
    assert.ok(doc.problems.some((p) => /BIOES/.test(p)));
  });

  it('rebuilds text with punctuation against its words', () => {
    assert.equal(
      joinTokens(['MOSCOW', ',', 'November', '23', '.', '/', 'TASS', '/', '.', '"', 'Russia', '-', 'Islamic', 'World', '"', ',', 'dell’', 'Organizzazione', ',', 'CSTO', '’', 's', '(', '1', '°', ')']).text,
      'MOSCOW, November 23./TASS/. "Russia - Islamic World", dell’Organizzazione, CSTO’s (1°)',
    );
  });
});

describe('import: Label Studio', () => {
  it('reads a JSON export: code points to UTF-16, meta links, relations as attendance, the rest reported', () => {
    const docs = read('label-studio', fixture('label-studio', 'tasks.json'));
    const [yerevan] = docs;
    assert.equal(yerevan.source, 'label-studio/tasks.json#1');
    assert.equal(yerevan.name, 'articles/yerevan.txt');
    assert.deepEqual(labelled(yerevan), ['Person Putin', 'Event CSTO summit', 'Location Yerevan']);
    // After a flag of two code points (four UTF-16 units): 3-8 in code points is 5-10 in units.
    assert.deepEqual([yerevan.spans[0].start, yerevan.spans[0].end], [5, 10]);
    assert.equal(yerevan.spans[0].wikidata, 'Q7747');
    assert.equal(yerevan.spans[1].entity, 'event:csto-summit-2022-yerevan');
    assert.equal(yerevan.spans[2].wikidata, 'Q1953', 'a per-region TextArea with the region id links it');
    assert.deepEqual(yerevan.facts, [{ kind: 'attendance', fields: { status: 'attended' }, evidence: ['r1', 'r2'] }]);
    const messages = yerevan.problems.join('\n');
    assert.match(messages, /label-studio\/tasks\.json:2: task 1: 1 prediction not read/);
    assert.match(messages, /task 1: result 5: a relation labelled "held in" between r2 and r3 names no fact/);
    assert.match(messages, /task 1: results that are not spans or relations left out: 1 choices/);
  });

  it('gives a document per annotation, leaves out a cancelled one, and reads offsets that counted UTF-16 units', () => {
    const docs = read('label-studio', fixture('label-studio', 'tasks.json')).filter((d) => d.source.startsWith('label-studio/tasks.json#2'));
    assert.deepEqual(
      docs.map((d) => d.source),
      ['label-studio/tasks.json#2 annotation 22', 'label-studio/tasks.json#2 annotation 23'],
    );
    const [first, second] = docs;
    assert.deepEqual(labelled(first), ['PER Лукашенко', 'PER Токаев', 'LOC "Астана" (no offsets)']);
    const messages = first.problems.join('\n');
    assert.match(messages, /task 2: annotation 21 was cancelled/);
    assert.match(messages, /result 2: 13-19 counts UTF-16 code units/);
    assert.match(messages, /result 3: the text at 30-36 is not its text "Астана"/);
    assert.deepEqual(labelled(second), ['LOC Астане']);
  });

  it('reports a task without text, by its number and line', () => {
    const docs = read('label-studio', fixture('label-studio', 'tasks.json'));
    const third = docs.find((d) => d.source === 'label-studio/tasks.json#3');
    assert.ok(third);
    assert.deepEqual(third.spans, []);
    assert.match(third.problems[0], /^label-studio\/tasks\.json:\d+: task 3: data has no text field/);
  });

  it('reads the JSON-MIN export', () => {
    const [doc] = read('label-studio', fixture('label-studio', 'json-min.json'));
    assert.equal(doc.name, 'articles/sochi.txt');
    assert.deepEqual(labelled(doc), ['PER Ilham Aliyev', 'LOC Sochi']);
    assert.deepEqual([doc.spans[1].start, doc.spans[1].end], [26, 31], 'after 🇦🇿: 24-29 in code points');
    assert.deepEqual(doc.problems, []);
  });

  it('says a file is not JSON, and throws nothing', () => {
    const docs = read('label-studio', { path: 'x.json', text: '[{"data": ' });
    assert.equal(docs.length, 1);
    assert.match(docs[0].problems[0], /^x\.json: not JSON/);
  });
});

describe('import: doccano', () => {
  it('reads label triples in code points, a document per line, and names bad lines', () => {
    const docs = read('doccano', fixture('doccano', 'sequence-labeling.jsonl'));
    assert.equal(docs.length, 4);
    assert.deepEqual(labelled(docs[0]), ['PERSON Ильхам Алиев', 'GPE Сочи', 'PERSON Путиным']);
    assert.deepEqual([docs[0].spans[0].start, docs[0].spans[0].end], [4, 16], 'after 𝕏, code points 3-15 are units 4-16');
    assert.deepEqual(labelled(docs[1]), ['ORG EU', 'MISC German']);
    assert.deepEqual(labelled(docs[2]), ['PERSON Peter Blackburn']);
    assert.match(docs[2].problems[0], /^doccano\/sequence-labeling\.jsonl:3: label\[1\] \(PERSON\): the span 10-40 runs past the end of the text \(15 code points\)/);
    assert.match(docs[2].problems[1], /label\[2\] \(PERSON\): the span 5-5 is empty/);
    assert.match(docs[3].problems[0], /^doccano\/sequence-labeling\.jsonl:4: not JSON/);
  });

  it('reads entities and relations, an attendance status as a fact', () => {
    const [doc] = read('doccano', fixture('doccano', 'relation-extraction.jsonl'));
    assert.deepEqual(labelled(doc), ['PERSON Nikol Pashinyan', 'EVENT CSTO summit', 'GPE Yerevan', 'DATE 23 November 2022']);
    assert.deepEqual(
      doc.spans.map((s) => s.sourceId),
      ['10', '11', '12', '13'],
    );
    assert.deepEqual(doc.facts, [{ sourceId: '1', kind: 'attendance', fields: { status: 'attended' }, evidence: ['10', '11'] }]);
    assert.match(doc.problems.join('\n'), /relations\[1\] \("locatedIn", 11 to 12\) names no fact/);
  });
});

describe('import: spaCy and Prodigy', () => {
  it('reads spans in code points, kb_id as a link, the path from meta; a rejected example is left out', () => {
    const [doc, rejected] = read('spacy', fixture('spacy', 'prodigy.jsonl'));
    assert.equal(doc.name, 'articles/samarkand.txt');
    assert.deepEqual(labelled(doc), ['PERSON Kassym-Jomart Tokayev', 'PERSON Shavkat Mirziyoyev', 'GPE Samarkand']);
    assert.deepEqual([doc.spans[1].start, doc.spans[1].end], [31, 49], 'after 🇰🇿: 29-47 in code points');
    assert.equal(doc.spans[0].wikidata, 'Q1138926');
    assert.equal(doc.spans[1].entity, 'person:shavkat-mirziyoyev');
    assert.deepEqual(rejected.spans, []);
    assert.match(rejected.problems[0], /prodigy\.jsonl:2: the example was answered "reject"/);
  });
});

describe("import: the article's language, publisher and publication date", () => {
  const TEXT = 'Minsk, 23 November 2023. Putin met Lukashenko.';
  const FIELDS = { language: 'en', publisher: 'BelTA', published: '2023-11-23' };

  it("Label Studio: from a task's data, which then has a text field besides them; the JSON-MIN export likewise", () => {
    const tasks = [
      { data: { text: TEXT, path: 'a.txt', ...FIELDS }, annotations: [] },
      { data: { content: TEXT, ...FIELDS, published: 'yesterday' }, annotations: [] },
    ];
    const [first, second] = read('label-studio', { path: 'tasks.json', text: JSON.stringify(tasks) });
    assert.deepEqual(first.article, FIELDS);
    assert.equal(second.text, TEXT, 'its one text field is its text');
    assert.deepEqual(second.article, { language: 'en', publisher: 'BelTA' });
    assert.match(second.problems.join('\n'), /tasks\.json:\d+: task 2: data\.published: .* \(it is "yesterday"\); left out/);
    const [min] = read('label-studio', { path: 'min.json', text: JSON.stringify([{ text: TEXT, path: 'a.txt', ...FIELDS, label: [] }]) });
    assert.deepEqual(min.article, FIELDS);
  });

  it('doccano: from the line itself, where it writes an example\'s extra fields; spaCy and Prodigy: from meta', () => {
    const [doccano] = read('doccano', { path: 'd.jsonl', text: JSON.stringify({ text: TEXT, label: [], path: 'a.txt', ...FIELDS }) });
    assert.deepEqual(doccano.article, FIELDS);
    const [spacy, bad] = read('spacy', {
      path: 's.jsonl',
      text: [JSON.stringify({ text: TEXT, spans: [], meta: { path: 'a.txt', ...FIELDS } }), JSON.stringify({ text: TEXT, spans: [], meta: { language: 7 } })].join('\n'),
    });
    assert.deepEqual(spacy.article, FIELDS);
    assert.equal(bad.article, undefined);
    assert.match(bad.problems[0], /^s\.jsonl:2: language: .* \(it is 7\); left out$/);
  });
});

// Round trips: this project's exports, read back by the readers.

async function articlesOf(root: string): Promise<AnnotatedArticle[]> {
  const out: AnnotatedArticle[] = [];
  for await (const a of annotatedArticles(new NodeWorkspaceFiles(root), () => {})) out.push(a);
  return out;
}

async function exported(format: ExportFormat, articles: AnnotatedArticle[]): Promise<string> {
  let text = '';
  await runExport(format, articles, bundledKnowledgeBase(), { write: async (chunk) => void (text += chunk), writeFile: async () => {} });
  return text;
}

for (const workspace of ['seeds', 'test/fixtures/export/workspace']) {
  describe(`import: ${workspace} exported and read back`, () => {
    let articles: AnnotatedArticle[];
    before(async () => {
      articles = (await articlesOf(join(REPO, workspace))).filter((a) => prepareArticle(a).mentions.length > 0);
      assert.ok(articles.length >= 3);
    });

    /** Each article's mentions as the export holds them: type, UTF-16 offsets, quote, entity or date. */
    function expected(label: (kind: string) => string): string[][] {
      return articles.map((a) => prepareArticle(a).mentions.map((m) => `${label(m.kind)} ${m.start}-${m.end} ${m.quote} ${m.entity ?? m.date}`));
    }

    it('label-studio: every mention, its type, offsets, quote and entity or date', async () => {
      const docs = read('label-studio', { path: 'tasks.json', text: await exported('label-studio', articles) });
      assert.deepEqual(
        docs.map((d) => d.name),
        articles.map((a) => a.path),
      );
      assert.deepEqual(
        docs.map((d) => d.text),
        articles.map((a) => a.text),
      );
      assert.deepEqual(
        docs.map((d) => d.spans.map((s) => `${s.label} ${s.start}-${s.end} ${s.quote} ${s.entity ?? s.date}`)),
        expected((kind) => kind),
      );
      for (const d of docs) assert.deepEqual(d.problems, []);
    });

    it("label-studio: every label it writes is one the README's labeling configuration declares", async () => {
      const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
      const block = /```xml\n(<View>[\s\S]*?<\/View>\n)```/.exec(readme);
      assert.ok(block, 'the README shows the labeling configuration');
      assert.equal(block[1], LABEL_STUDIO_CONFIG);
      const declared = new Set([...LABEL_STUDIO_CONFIG.matchAll(/<Label value="([^"]+)"\/>/g)].map((m) => m[1]));
      const written = read('label-studio', { path: 'tasks.json', text: await exported('label-studio', articles) }).flatMap((d) => d.spans.map((s) => s.label));
      assert.ok(written.length > 0);
      for (const label of written) assert.ok(declared.has(label), label);
    });

    it('spacy: every mention, its label, offsets, quote and entity or date', async () => {
      const docs = read('spacy', { path: 'spans.jsonl', text: await exported('spacy', articles) });
      assert.deepEqual(
        docs.map((d) => d.name),
        articles.map((a) => a.path),
      );
      assert.deepEqual(
        docs.map((d) => d.spans.map((s) => `${s.label} ${s.start}-${s.end} ${s.quote} ${s.entity ?? s.date}`)),
        expected((kind) => CONLL_TAGS[kind as keyof typeof CONLL_TAGS]),
      );
      for (const d of docs) assert.deepEqual(d.problems, []);
    });

    it('conll: the spans CoNLL holds, in order, each quote found in its article once whitespace is folded', async () => {
      const docs = read('conll', { path: 'tokens.conll', text: await exported('conll', articles) });
      assert.equal(docs.length, articles.length);
      docs.forEach((doc, i) => {
        const article = normalizeText(articles[i].text).text;
        const { kept } = flatMentions(prepareArticle(articles[i]).mentions);
        assert.deepEqual(
          doc.spans.map((s) => s.label),
          kept.map((m) => CONLL_TAGS[m.kind]),
          articles[i].path,
        );
        doc.spans.forEach((s, k) => {
          assert.equal(normalizeText(s.quote ?? '').text.replace(/ /g, ''), normalizeText(kept[k].quote).text.replace(/ /g, ''), `${articles[i].path}: span ${k}`);
          assert.ok(article.includes(normalizeText(s.quote ?? '').text), `${articles[i].path}: ${JSON.stringify(s.quote)} is in the article`);
        });
        assert.deepEqual(doc.problems, []);
      });
    });
  });
}

import * as assert from 'node:assert/strict';
import { recordedMention } from '../../src/core/annotation/corrections';
import { newFactFileText, applyFactFileEdits, parseFactFile } from '../../src/core/factFile/store';
import type { FactFile } from '../../src/core/factFile/schema';
import type { ImportedDocument, ImportedSpan } from '../../src/core/import/document';
import { readJsonl } from '../../src/core/import/formats/jsonl';
import { type ArticleWithFactFile, importEdits, planImport, resolveImport } from '../../src/core/import/importer';
import { LabelMap, parseLabelMap } from '../../src/core/import/labels';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';

const knowledgeBase = bundledKnowledgeBase();

const TEXT = 'Minsk, 23 November 2023. Vladimir Putin met the leaders of the CSTO in Minsk.\nPutin spoke first.\n';

function article(path = 'articles/minsk.txt', text = TEXT): ArticleWithFactFile {
  return { path, text, factFilePath: path.replace(/\.txt$/, '.facts.yaml') };
}

function span(text: string, quote: string, label: string, extra: Partial<ImportedSpan> = {}, occurrence = 0): ImportedSpan {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  assert.ok(start >= 0, `${quote} in the text`);
  return { label, start, end: start + quote.length, quote, ...extra };
}

function doc(spans: ImportedSpan[], extra: Partial<ImportedDocument> = {}): ImportedDocument {
  return { source: 'source.json#1', name: 'minsk.txt', text: TEXT, spans, facts: [], problems: [], ...extra };
}

describe('importer: matching documents to articles', () => {
  const LONG =
    'Yerevan, 23 November 2022. The leaders of the member states of the Collective Security Treaty Organization met in the Armenian capital for their annual summit. ' +
    'Nikol Pashinyan, the host, declined to sign the final declaration, saying that the organization had not answered the request for help that Armenia made in September. ' +
    'The next summit will be held in Minsk, in the autumn of the following year, under the chairmanship of Belarus.';
  const articles = [article('articles/minsk.txt'), article('articles/yerevan.txt', LONG)];

  it('matches by file name, with or without the extension, then by text, and reports what it cannot match', () => {
    const documents = [
      doc([], { source: 'a', name: 'minsk.txt' }),
      doc([], { source: 'b', name: 'minsk' }),
      doc([], { source: 'c', name: 'minsk.ann' }),
      doc([], { source: 'd', name: 'renamed.txt', text: TEXT.replace(/\n/g, '\r\n') }),
      doc([], { source: 'e', name: undefined, text: LONG.replace('declined to sign', 'refused to sign') }),
      doc([], { source: 'f', name: 'unknown.txt', text: 'Nothing like any article of the workspace.' }),
      doc([], { source: 'g', name: 'unknown.txt', text: undefined }),
    ];
    const result = resolveImport(documents, articles, { knowledgeBase });
    const how = Object.fromEntries(result.articles.flatMap((a) => a.documents.map((d) => [d.source, `${a.path} by ${d.matchedBy}`])));
    assert.deepEqual(how, {
      a: 'articles/minsk.txt by name',
      b: 'articles/minsk.txt by name',
      c: 'articles/minsk.txt by name',
      d: 'articles/minsk.txt by text',
      e: 'articles/yerevan.txt by similar text',
    });
    assert.deepEqual(
      result.unmatched.map((u) => u.source),
      ['f', 'g'],
    );
    assert.match(result.unmatched[1].reason, /no article is named unknown\.txt/);
  });

  it('tells two articles of the same name apart by their text, and never guesses between them', () => {
    const twins = [article('a/minsk.txt'), article('b/minsk.txt', 'A different text entirely, about Astana.')];
    const result = resolveImport([doc([], { source: 'x', text: 'A different text entirely, about Astana.' }), doc([], { source: 'y', text: undefined })], twins, { knowledgeBase });
    assert.deepEqual(result.articles.map((a) => [a.path, a.documents.map((d) => d.source)]), [['b/minsk.txt', ['x']]]);
    assert.equal(result.unmatched[0].source, 'y');
    assert.match(result.unmatched[0].reason, /fits 2 articles/);
  });
});

describe('importer: anchoring and linking spans', () => {
  it('anchors spans counted in a text with other line ends and spaces, and links by id, Wikidata id and name', () => {
    const source = TEXT.replace(/\n/g, '\r\n').replace('the leaders', 'the   leaders');
    const spans = [
      span(source, 'Vladimir Putin', 'PER'),
      span(source, 'CSTO', 'ORG', { wikidata: 'Q318693' }),
      span(source, 'Minsk', 'LOC', {}, 1),
      span(source, 'Putin', 'Person', { entity: 'person:vladimir-putin' }, 1),
    ];
    const result = resolveImport([doc(spans, { text: source })], [article()], { knowledgeBase });
    const [imported] = result.articles;
    assert.deepEqual(imported.leftOut, []);
    const found = imported.mentions.map((m) => [TEXT.slice(m.start, m.end), m.start, m.entity]);
    assert.deepEqual(found, [
      ['Vladimir Putin', TEXT.indexOf('Vladimir Putin'), 'person:vladimir-putin'],
      ['CSTO', TEXT.indexOf('CSTO'), 'organization:csto'],
      ['Minsk', TEXT.indexOf('Minsk', 1), 'place:minsk'],
      ['Putin', TEXT.lastIndexOf('Putin'), 'person:vladimir-putin'],
    ]);
    assert.deepEqual(imported.counts, { spans: 4, anchored: 4, linked: 4, facts: 0 });
  });

  it('leaves out, and says why, spans it cannot anchor, labels it cannot map, quotes it cannot link or place', () => {
    const spans: ImportedSpan[] = [
      { label: 'PER', quote: 'Alexander Lukashenko', prefix: 'met ', suffix: ' in' },
      { label: 'MISC', quote: 'CSTO' },
      { label: 'MISC', quote: 'Minsk', start: 0, end: 5 },
      { label: 'PER', quote: 'leaders', prefix: 'met the ', suffix: ' of' },
      { label: 'PER', quote: 'Putin' },
      { label: 'NORP', quote: 'first', prefix: 'spoke ' },
      { label: 'PER', start: 3, end: 9 },
    ];
    const result = resolveImport([doc(spans, { text: undefined })], [article()], { knowledgeBase, labels: new LabelMap(new Map([['NORP', 'ignore']])) });
    const [imported] = result.articles;
    assert.deepEqual(
      imported.leftOut.map((l) => `${l.what}: ${l.reason}`).sort(),
      ['Alexander Lukashenko: not anchored', 'Putin: ambiguous quote', 'first: label ignored', '[3, 9): no text to anchor', 'CSTO: label not mapped', 'Minsk: label not mapped', 'leaders: not linked'].sort(),
    );
    assert.deepEqual(result.unmappedLabels, [{ label: 'MISC', count: 2 }]);
    assert.equal(imported.mentions.length, 0);
  });

  it('converts offsets counted in code points against the article when the source has no text', () => {
    const text = 'Post 𝕏 by 🇷🇺 TASS: Vladimir Putin arrived in Minsk.';
    const codePoint = (quote: string) => Array.from(text.slice(0, text.indexOf(quote))).length;
    const spans: ImportedSpan[] = [
      { label: 'PER', quote: 'Vladimir Putin', codePointStart: codePoint('Vladimir Putin'), codePointEnd: codePoint('Vladimir Putin') + 14 },
      { label: 'LOC', codePointStart: codePoint('Minsk'), codePointEnd: codePoint('Minsk') + 5 },
    ];
    const [imported] = resolveImport([doc(spans, { name: 'post.txt', text: undefined })], [article('post.txt', text)], { knowledgeBase }).articles;
    assert.deepEqual(imported.leftOut, []);
    assert.deepEqual(
      imported.mentions.map((m) => [m.start, m.end, m.entity]),
      [
        [text.indexOf('Vladimir Putin'), text.indexOf('Vladimir Putin') + 14, 'person:vladimir-putin'],
        [text.indexOf('Minsk'), text.indexOf('Minsk') + 5, 'place:minsk'],
      ],
    );
  });

  it('places a span whose context is not found by its quote, when the quote occurs once in the article as a word', () => {
    const rebuilt = 'leaders of the CSTO in Minsk . President Putin said nothing first .';
    const spans = [span(rebuilt, 'CSTO', 'ORG'), span(rebuilt, 'Putin', 'PER'), span(rebuilt, 'first', 'DATE')];
    const [imported] = resolveImport([doc(spans, { text: rebuilt })], [article()], { knowledgeBase }).articles;
    assert.deepEqual(imported.mentions.map((m) => [m.quote, m.start]), [['CSTO', TEXT.indexOf('CSTO')]]);
    assert.deepEqual(imported.leftOut.map((l) => `${l.what}: ${l.reason}`).sort(), ['Putin: not anchored', 'first: no date']);
  });

  it("reads a date without a year at the fact file's publication date, else as a day of no known year", () => {
    const text = 'Talks in Minsk. The leaders meet again on 24 November, in Moscow.\n';
    const spans = [span(text, '24 November', 'DATE')];
    const read = (published?: string) => resolveImport([doc(spans, { text })], [{ ...article('articles/minsk.txt', text), ...(published ? { published } : {}) }], { knowledgeBase }).articles[0].mentions.map((m) => m.date);
    assert.deepEqual(read('2023-11-20'), ['2023-11-24']);
    assert.deepEqual(read(), ['--11-24']);
  });

  it('reads a date without a year at the publication date the source gives, when the article has no fact file to say it', () => {
    const text = 'Talks in Minsk. The leaders meet again on 24 November, in Moscow.\n';
    const [imported] = resolveImport([doc([span(text, '24 November', 'DATE')], { text, article: { published: '2023-11-20' } })], [article('articles/minsk.txt', text)], { knowledgeBase }).articles;
    assert.deepEqual(imported.mentions.map((m) => m.date), ['2023-11-24']);
  });

  it('reads a date span at the article date when the source gives no value', () => {
    const text = `${TEXT}The talks go on on 24 November, in Moscow.\n`;
    const spans = [span(text, '24 November', 'DATE'), span(text, 'Minsk', 'DATE', { date: '2023-11-22' })];
    const [imported] = resolveImport([doc(spans, { text })], [article('articles/minsk.txt', text)], { knowledgeBase }).articles;
    assert.deepEqual(
      imported.mentions.map((m) => [m.quote, m.date]),
      [
        ['24 November', '2023-11-24'],
        ['Minsk', '2023-11-22'],
      ],
    );
  });

  it("maps labels through the user's file first, then the built-in readings", () => {
    const { labels, problems } = parseLabelMap('Leader: person\nPER: ignore\nAltro: nothing\n', 'labels.yaml');
    assert.deepEqual([...labels], [['Leader', 'person'], ['PER', 'ignore']]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 3);
    assert.match(problems[0].message, /expected one of person, organization, place, event, date, ignore/);
    const map = new LabelMap(labels);
    assert.deepEqual(['Leader', 'leader', 'PER', 'ORG', 'gpe', 'MISC', 'constructor'].map((l) => map.read(l)), ['person', 'person', 'ignore', 'organization', 'place', undefined, undefined]);
  });
});

describe('importer: adding to a fact file', () => {
  const a = article();
  const putin = TEXT.indexOf('Vladimir Putin');
  const csto = TEXT.indexOf('CSTO');
  function existing(): { text: string; factFile: FactFile } {
    const base = newFactFileText({ file: 'minsk.txt', textHash: `sha256:${'0'.repeat(64)}` });
    const edits = [
      { kind: 'addMention' as const, mention: recordedMention(TEXT, putin, putin + 14, { entity: 'person:vladimir-putin' }) },
      { kind: 'addMention' as const, mention: recordedMention(TEXT, csto, csto + 4, { entity: 'organization:csto-secretariat' }) },
    ];
    const applied = applyFactFileEdits(base, a.factFilePath, edits);
    assert.ok(applied.ok);
    return { text: applied.text, factFile: applied.factFile };
  }

  it('skips what is there, reports a disagreement and writes it not, adds the rest, and keeps every existing entry', async () => {
    const before = existing();
    const spans = [span(TEXT, 'Vladimir Putin', 'PER', { sourceId: 'T1' }), span(TEXT, 'CSTO', 'ORG', { sourceId: 'T2' }), span(TEXT, 'Minsk', 'LOC', { sourceId: 'T3' }, 1)];
    const facts = [{ sourceId: 'R1', kind: 'role' as const, fields: { person: 'person:vladimir-putin', role: 'President' }, evidence: ['T1'] }];
    const plan = await planImport([doc(spans, { facts })], [{ ...a, factFileText: before.text }], { knowledgeBase });
    const [imported] = plan.articles;
    assert.deepEqual(imported.written, { written: 1, alreadyThere: 1, disagreeing: 1 });
    assert.deepEqual(imported.factsWritten, { written: 1, alreadyThere: 0, disagreeing: 0 });
    assert.deepEqual(
      imported.leftOut.map((l) => [l.what, l.reason]),
      [['CSTO', 'disagrees']],
    );
    assert.match(imported.leftOut[0].detail ?? '', /organization:csto-secretariat/);
    const after = parseFactFile(imported.text!, a.factFilePath).factFile!;
    assert.deepEqual(
      after.mentions.map((m) => [m.quote, m.entity]),
      [
        ['Vladimir Putin', 'person:vladimir-putin'],
        ['CSTO', 'organization:csto-secretariat'],
        ['Minsk', 'place:minsk'],
      ],
    );
    assert.deepEqual(after.facts.map((f) => [f.type, f.evidence]), [['role', [before.factFile.mentions[0].id]]]);
  });

  it("records in a fact file it creates what the source says of the article, the rest as read from the article; an existing one's record stays", async () => {
    // TEXT's dateline says 23 November 2023; the source says otherwise, and gives no language.
    const given = { publisher: 'BelTA', published: '2023-11-22' };
    const spans = [span(TEXT, 'Vladimir Putin', 'PER')];
    const [created] = (await planImport([doc(spans, { article: given })], [a], { knowledgeBase })).articles;
    assert.ok(created.created && created.text);
    const { file, language, publisher, published } = parseFactFile(created.text, a.factFilePath).factFile!.article;
    assert.deepEqual({ file, language, publisher, published }, { file: 'minsk.txt', language: 'en', ...given });
    // Two documents of one article: the first to give a field gives it.
    const [twice] = resolveImport([doc(spans, { article: { published: '2023-11-22' } }), doc(spans, { article: { published: '2023-11-21', language: 'ru' } })], [a], { knowledgeBase }).articles;
    assert.deepEqual(twice.article, { published: '2023-11-22', language: 'ru' });

    const before = existing();
    const [added] = (await planImport([doc([span(TEXT, 'Minsk', 'LOC', {}, 1)], { article: given })], [{ ...a, factFileText: before.text }], { knowledgeBase })).articles;
    assert.deepEqual(parseFactFile(added.text!, a.factFilePath).factFile!.article, { ...before.factFile.article, textHash: parseFactFile(added.text!, a.factFilePath).factFile!.article.textHash });
  });

  it('imports the same thing twice as nothing new', async () => {
    const spans = [span(TEXT, 'Vladimir Putin', 'PER'), span(TEXT, 'CSTO', 'ORG')];
    const first = await planImport([doc(spans)], [a], { knowledgeBase });
    assert.ok(first.articles[0].created && first.articles[0].text);
    const second = await planImport([doc(spans)], [{ ...a, factFileText: first.articles[0].text }], { knowledgeBase });
    assert.deepEqual(second.articles[0].written, { written: 0, alreadyThere: 2, disagreeing: 0 });
    assert.equal(second.articles[0].text, undefined);
  });

  it("finds what is there where it is now, when the article was edited since the fact file's offsets were written", async () => {
    // The fact file was written for TEXT; the article has since gained a headline, and the saved
    // fact file kept its offsets as hints (only entries an edit touches are rewritten).
    const edited = `BREAKING: ${TEXT}`;
    const moved = article('articles/minsk.txt', edited);
    const spans = [span(edited, 'Vladimir Putin', 'PER'), span(edited, 'CSTO', 'ORG')];
    const plan = await planImport([doc(spans, { text: edited })], [{ ...moved, factFileText: existing().text }], { knowledgeBase });
    const [imported] = plan.articles;
    assert.deepEqual(imported.written, { written: 0, alreadyThere: 1, disagreeing: 1 }, JSON.stringify(imported.leftOut));
    assert.match(imported.leftOut.find((l) => l.reason === 'disagrees')?.detail ?? '', /organization:csto-secretariat/);
  });

  it('never writes a fact file with a problem, and says which', async () => {
    const broken = 'schema: news-annotator/facts@1\narticle:\n  file: minsk.txt\nmentions: [\n';
    const plan = await planImport([doc([span(TEXT, 'CSTO', 'ORG')])], [{ ...a, factFileText: broken }], { knowledgeBase });
    assert.equal(plan.articles[0].text, undefined);
    assert.ok(plan.articles[0].problems.length > 0);
    assert.equal(plan.articles[0].problems[0].file, a.factFilePath);
  });

  it('leaves out a fact whose fields the fact file would not hold, or whose evidence was not imported', () => {
    const spans = [span(TEXT, 'Vladimir Putin', 'PER', { sourceId: 'T1' })];
    const facts = [
      { sourceId: 'A1', kind: 'attendance' as const, fields: { person: 'person:vladimir-putin', event: 'event:csto-summit-2023', status: 'maybe' }, evidence: ['T1'] },
      { sourceId: 'A2', kind: 'attendance' as const, fields: { person: 'person:vladimir-putin', event: 'event:csto-summit-2023', status: 'attended' }, evidence: ['T9'] },
    ];
    const [imported] = resolveImport([doc(spans, { facts })], [a], { knowledgeBase }).articles;
    assert.deepEqual(
      imported.leftOut.map((l) => [l.what, l.reason]),
      [
        ['attendance A1', 'invalid fact'],
        ['attendance A2', 'no evidence'],
      ],
    );
    assert.match(imported.leftOut[0].detail ?? '', /status/);
    assert.deepEqual(importEdits(imported, undefined).edits.map((e) => e.kind), ['addMention']);
  });
});

describe('JSON Lines reader', () => {
  it("reads the article's language, publisher and publication date from its metadata, and names a field that is wrong", () => {
    const record = (metadata: unknown) => JSON.stringify({ path: 'a.txt', metadata, mentions: [], facts: [] });
    const text = [record({ language: 'en', publisher: 'TASS', published: '2022-11-23', textHash: 'sha256:x' }), record({ language: 'English', published: '23/11/2022', publisher: 'TASS' }), record('TASS'), record(undefined)].join('\n');
    const [whole, wrong, notObject, none] = readJsonl([{ path: 'x.jsonl', text }]);
    assert.deepEqual(whole.article, { language: 'en', publisher: 'TASS', published: '2022-11-23' });
    assert.deepEqual(whole.problems, []);
    assert.deepEqual(wrong.article, { publisher: 'TASS' });
    assert.equal(wrong.problems.length, 2);
    assert.match(wrong.problems[0], /^x\.jsonl:2: metadata\.language: expected a language tag such as it or en \(it is "English"\); left out$/);
    assert.match(wrong.problems[1], /^x\.jsonl:2: metadata\.published: .* \(it is "23\/11\/2022"\); left out$/);
    assert.equal(notObject.article, undefined);
    assert.deepEqual(notObject.problems, ['x.jsonl:3: metadata: expected an object']);
    assert.equal(none.article, undefined);
    assert.deepEqual(none.problems, []);
  });

  it('reads mentions with entity ids, dates and Wikidata ids, facts with evidence by id, and names each bad line', () => {
    const line = JSON.stringify({
      path: 'a/b.txt',
      metadata: { textHash: 'sha256:x' },
      mentions: [
        { id: 'm-1111111111', type: 'person', entity: 'person:vladimir-putin', quote: 'Putin', prefix: 'met ', suffix: '.', start: 4, end: 9, codePointStart: 4, codePointEnd: 9 },
        { id: 'm-2222222222', type: 'date', date: '2023-11-23', quote: '23 November', prefix: '', suffix: '', start: 0, end: 11 },
        { id: 'm-3', type: 'place' },
      ],
      facts: [{ id: 'f-1', type: 'role', person: 'person:vladimir-putin', role: 'President', evidence: ['m-1111111111'] }, { id: 'f-2', type: 'opinion', evidence: [] }],
      entities: [{ id: 'person:vladimir-putin', type: 'person', name: 'Vladimir Putin', wikidata: 'Q7747' }],
      missingEntities: [],
    });
    const [first, second] = readJsonl([{ path: 'x.jsonl', text: `${line}\n\n{"path": 3\n` }]);
    assert.equal(first.name, 'a/b.txt');
    assert.equal(first.source, 'x.jsonl:1');
    assert.deepEqual(first.spans[0], { sourceId: 'm-1111111111', label: 'person', quote: 'Putin', prefix: 'met ', suffix: '.', start: 4, end: 9, entity: 'person:vladimir-putin', wikidata: 'Q7747' });
    assert.equal(first.spans[1].date, '2023-11-23');
    assert.deepEqual(first.facts, [{ sourceId: 'f-1', kind: 'role', fields: { person: 'person:vladimir-putin', role: 'President' }, evidence: ['m-1111111111'] }]);
    assert.deepEqual(first.problems, ['x.jsonl:1: mentions[2]: mention m-3 has no quote', 'x.jsonl:1: facts[1]: fact f-2 has an unknown type "opinion"']);
    assert.equal(second.source, 'x.jsonl:3');
    assert.match(second.problems[0], /^x\.jsonl:3: not JSON/);
  });
});

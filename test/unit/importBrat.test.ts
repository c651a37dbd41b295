// The brat reader: a hand-written brat document (written from brat's description of its standoff
// format), and the brat export of the annotated seeds read back.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeWorkspaceFiles } from '../../src/cli/nodeFiles';
import { runExport } from '../../src/core/export/index';
import type { ImportedDocument } from '../../src/core/import/document';
import { IMPORT_FORMATS } from '../../src/core/import/formats/index';
import { parseFactNote, readBrat } from '../../src/core/import/formats/brat';
import { bratFactNote } from '../../src/core/export/brat';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { type AnnotatedArticle, annotatedArticles } from '../../src/core/workspace/articles';
import type { ExportOutput } from '../../src/core/workspace/files';

const REPO = join(__dirname, '../../..');
const FIXTURE = join(REPO, 'test/fixtures/import/brat');

function fixture(name: string): { path: string; text: string } {
  return { path: `brat/${name}`, text: readFileSync(join(FIXTURE, name), 'utf8') };
}

class FolderOutput implements ExportOutput {
  readonly files = new Map<string, string>();
  async write(): Promise<void> {
    throw new Error('brat writes files');
  }
  async writeFile(relativePath: string, content: string): Promise<void> {
    this.files.set(relativePath, content);
  }
}

describe('import: brat', () => {
  describe('a brat document written by hand', () => {
    let doc: ImportedDocument;
    before(() => {
      [doc] = readBrat([fixture('annotation.conf'), fixture('minsk.ann'), fixture('minsk.txt')]);
    });

    it('is the .ann with its .txt, and is the reader named brat', () => {
      assert.equal(IMPORT_FORMATS.brat, readBrat);
      assert.equal(doc.source, 'brat/minsk.ann');
      assert.equal(doc.name, 'brat/minsk.txt');
      assert.equal(doc.text, fixture('minsk.txt').text);
    });

    it('reads text-bound spans with their offsets in UTF-16 after a character beyond the BMP; an event trigger is not a span', () => {
      const text = fixture('minsk.txt').text;
      const byId = new Map(doc.spans.map((s) => [s.sourceId, s]));
      assert.deepEqual([...byId.keys()], ['T1', 'T2', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10']);
      for (const span of doc.spans) assert.equal(text.slice(span.start, span.end), span.quote, span.sourceId);
      const date = byId.get('T7')!;
      // 61-77 in code points; the flag before it is two code points, four UTF-16 units.
      assert.deepEqual([date.label, date.start, date.end, date.quote], ['Date', 63, 79, '23 November 2023']);
      assert.equal(byId.get('T6')!.label, 'GPE');
      assert.ok(byId.get('T6')!.prefix!.endsWith('summit in '));
    });

    it('reads a discontinuous span as its extent, and says so', () => {
      const span = doc.spans.find((s) => s.sourceId === 'T8')!;
      assert.equal(span.quote, 'Collective Security\nTreaty Organization');
      assert.ok(doc.problems.some((p) => /^brat\/minsk\.ann:8: T8 is discontinuous \(2 pieces\)/.test(p)), doc.problems.join('\n'));
    });

    it('takes a Wikidata normalization as the span\'s Wikidata id, a note as its note, and reports a link to another database', () => {
      const byId = new Map(doc.spans.map((s) => [s.sourceId, s]));
      assert.equal(byId.get('T1')!.wikidata, 'Q7747');
      assert.equal(byId.get('T6')!.wikidata, undefined);
      assert.ok(doc.problems.some((p) => p.startsWith('brat/minsk.ann:18: ') && p.includes('Wikipedia:9435')));
      assert.equal(byId.get('T2')!.note, 'President of Belarus');
    });

    it('reads an Attendance event with its Status attribute, and a relation named by a status, as attendances on their arguments', () => {
      assert.deepEqual(doc.facts, [
        { sourceId: 'E1', kind: 'attendance', fields: { status: 'attended' }, evidence: ['T1', 'T2', 'T4'] },
        { sourceId: 'R1', kind: 'attendance', fields: { status: 'absent' }, evidence: ['T9', 'T4'] },
      ]);
    });

    it('reports, by file and line, what it does not read: another relation, other attributes, an equivalence, a line it cannot parse', () => {
      const expected = [
        ['13', 'Negation'],
        ['14', 'Speculation'],
        ['16', 'Origin'],
        ['20', 'equivalences are not read'],
        ['21', 'T11'],
      ];
      for (const [line, what] of expected) assert.ok(doc.problems.some((p) => p.startsWith(`brat/minsk.ann:${line}: `) && p.includes(what)), `${line} ${what}:\n${doc.problems.join('\n')}`);
      assert.equal(doc.problems.length, expected.length + 2);
    });
  });

  it('an .ann without its .txt: spans by their text alone, and the report says so; bad input never throws', () => {
    const [doc] = readBrat([{ path: 'x/a.ann', text: 'T1\tPerson 0 5\tPutin\nT2\tPerson 6 10;11 12\tab c\nE1\tAttendance\nR1\tAttendance Arg1:T1\n#1\tAnnotatorNotes T1\tperson:vladimir-putin\n' }]);
    assert.deepEqual(doc.spans, [{ sourceId: 'T1', label: 'Person', quote: 'Putin', entity: 'person:vladimir-putin' }]);
    assert.equal(doc.name, undefined);
    assert.ok(doc.problems[0].includes('no x/a.txt beside it'));
    assert.ok(doc.problems.some((p) => p.startsWith('x/a.ann:3: E1: expected')));
    assert.ok(doc.problems.some((p) => p.startsWith('x/a.ann:4: R1: expected')));
    const [twice] = readBrat([{ path: 'c.ann', text: 'T1\tPerson 0 1\ta\nT1\tPlace 1 2\tb\n' }, { path: 'c.txt', text: 'ab' }]);
    assert.deepEqual(twice.spans.map((s) => s.label), ['Person']);
    assert.deepEqual(twice.problems, ['c.ann:2: T1 is given a second time; the first is kept']);
    for (const text of ['', '\t\t\n', 'T1\tPerson 5 2\tx', 'T1\tPerson 0 99\tx', 'E1\tAttendance:T9 Person:T8', 'A1\tStatus', 'N1\tReference', '#1', '\u0000\ufeff']) {
      const [read] = readBrat([{ path: 'b.ann', text }, { path: 'b.txt', text: 'short' }]);
      assert.equal(read.spans.length, 0, JSON.stringify(text));
      assert.equal(read.facts.length, 0, JSON.stringify(text));
    }
  });

  it('an Attendance relation as earlier versions of the export wrote it, its status in a note', () => {
    const text = 'Putin will attend the CSTO summit.';
    const ann = 'T1\tPerson 0 5\tPutin\n#1\tAnnotatorNotes T1\tperson:vladimir-putin\nT2\tEvent 22 33\tCSTO summit\nR1\tAttendance Arg1:T1 Arg2:T2\n#2\tAnnotatorNotes R1\texpected (f-0123456789)\n';
    const [doc] = readBrat([{ path: 'a.ann', text: ann }, { path: 'a.txt', text }]);
    assert.deepEqual(doc.facts, [{ sourceId: 'R1', kind: 'attendance', fields: { status: 'expected' }, evidence: ['T1', 'T2'] }]);
    assert.deepEqual(doc.problems, []);
  });

  it('a fact note: its fields, a value with spaces as a JSON string, read back as written', () => {
    const fact = { id: 'f-0123456789', type: 'role' as const, person: 'person:a-b', role: 'Head of the "Foreign" = Policy Department', country: 'place:c', evidence: ['m-0123456789'] };
    const note = bratFactNote(fact);
    assert.equal(note, 'id=f-0123456789 person=person:a-b role="Head of the \\"Foreign\\" = Policy Department" country=place:c');
    assert.deepEqual(parseFactNote(note), { id: fact.id, person: fact.person, role: fact.role, country: fact.country });
    assert.equal(parseFactNote('President of Belarus'), undefined);
    // Line breaks of every kind stay inside the note's line, and come back.
    const broken = { ...fact, role: 'Head\u2028of\u0085the\nDepartment\\' };
    const brokenNote = bratFactNote(broken);
    assert.ok(!/[\n\r\u0085\u2028\u2029]/.test(brokenNote), brokenNote);
    assert.equal(parseFactNote(brokenNote)?.role, broken.role);
  });

  describe('the brat export of the annotated seeds, read back', () => {
    const articles: AnnotatedArticle[] = [];
    let documents: ImportedDocument[];
    before(async () => {
      for await (const article of annotatedArticles(new NodeWorkspaceFiles(join(REPO, 'seeds')), () => assert.fail('a seed fact file was skipped'))) articles.push(article);
      const output = new FolderOutput();
      await runExport('brat', articles, bundledKnowledgeBase(), output);
      documents = readBrat([...output.files].map(([path, text]) => ({ path, text })));
    });

    it('gives every mention back: its quote, offsets, entity or date, and Wikidata id where the knowledge base has one', () => {
      assert.equal(documents.length, articles.length);
      const kb = bundledKnowledgeBase();
      for (const article of articles) {
        const doc = documents.find((d) => d.name === article.path)!;
        assert.ok(doc, article.path);
        assert.equal(doc.text, article.text);
        const read = doc.spans.map((s) => `${s.start}-${s.end} ${s.quote} ${s.entity ?? s.date} ${s.wikidata ?? ''}`).sort();
        const written = article.factFile.mentions.map((m) => `${m.start}-${m.end} ${m.quote} ${m.entity ?? m.date} ${kb.get(m.entity ?? '')?.wikidata ?? ''}`).sort();
        assert.deepEqual(read, written, article.path);
        // Only the mentions across a line break are reported (as discontinuous); nothing else.
        const acrossLines = article.factFile.mentions.filter((m) => /\n/.test(m.quote)).length;
        assert.equal(doc.problems.length, acrossLines, doc.problems.join('\n'));
      }
    });

    it('gives every fact back: its kind, its fields and its evidence', () => {
      let facts = 0;
      for (const article of articles) {
        const doc = documents.find((d) => d.name === article.path)!;
        const mentionOf = new Map(doc.spans.map((s) => [s.sourceId, article.factFile.mentions.find((m) => m.start === s.start && m.end === s.end)!.id]));
        const read = doc.facts.map((f) => ({ type: f.kind, ...f.fields, evidence: f.evidence.map((id) => mentionOf.get(id)!).sort() }));
        const written = article.factFile.facts.map(({ id: _id, ...fact }) => ({ ...fact, evidence: [...new Set(fact.evidence)].sort() }));
        const key = (f: object) => JSON.stringify(Object.entries(f).sort());
        assert.deepEqual(read.map(key).sort(), written.map(key).sort(), article.path);
        facts += read.length;
      }
      assert.ok(facts >= 60, `${facts} facts`);
    });
  });
});

import * as assert from 'node:assert/strict';
import { Document, parse } from 'yaml';
import { annotationStatus, makeFact, rejection, factFileMention } from '../../src/core/annotation/status';
import type { Mention } from '../../src/core/recognizer/mention';
import { mentionId, textHash } from '../../src/core/factFile/ids';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fact, FactFileMention } from '../../src/core/factFile/schema';
import { prng } from '../fuzz/editScripts';
import { applyFactFileEdits, FactFileEditor, newFactFileText, parseFactFile, type FactFileEdit } from '../../src/core/factFile/store';

const FILE = 'seeds/a.facts.yaml';
const TEXT = 'MOSCOW, November 23. /TASS/. Russian President Vladimir Putin will visit Yerevan on Wednesday.';

function mention(quote: string, id: string, type: Mention['type'] = 'person'): Mention {
  const start = TEXT.indexOf(quote);
  return { start, end: start + quote.length, text: quote, type, id };
}

async function fresh(): Promise<string> {
  return newFactFileText({ file: 'a.txt', language: 'en', publisher: 'TASS', textHash: await textHash(TEXT) });
}

/** The 1-based line of the `nth` line of `text` that holds `needle`. */
function lineOf(text: string, needle: string, nth = 1): number {
  const lines = text.split('\n');
  let seen = 0;
  const index = lines.findIndex((line) => line.includes(needle) && ++seen === nth);
  assert.ok(index >= 0, `no line ${nth} with ${needle}`);
  return index + 1;
}

function ok(result: ReturnType<typeof applyFactFileEdits>): string {
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  return result.text;
}

describe('fact file store', () => {
  it('writes a new fact file that validates, with a header comment', async () => {
    const text = await fresh();
    assert.match(text, /^# Annotations of a\.txt/);
    const { factFile, problems } = parseFactFile(text, FILE);
    assert.deepEqual(problems, []);
    assert.equal(factFile?.article.publisher, 'TASS');
    assert.match(factFile!.article.textHash, /^sha256:[0-9a-f]{64}$/);
  });

  it('keeps comments, key order and formatting through edits', async () => {
    let text = await fresh();
    text = ok(applyFactFileEdits(text, FILE, [{ kind: 'addMention', mention: factFileMention(TEXT, mention('Yerevan', 'place:yerevan', 'place')) }]));
    // A person edits the file by hand: a comment, a key moved first, a flow list.
    text = text.replace('schema:', '# checked by the desk\nschema:').replace(/  - id: (m-[0-9a-z]+)\n    entity: place:yerevan/, '  # the summit city\n  - entity: place:yerevan\n    id: $1');
    const before = text;
    const after = ok(applyFactFileEdits(text, FILE, [{ kind: 'addMention', mention: factFileMention(TEXT, mention('Vladimir Putin', 'person:vladimir-putin')) }]));
    assert.match(after, /# checked by the desk\nschema:/);
    assert.match(after, /  # the summit city\n  - entity: place:yerevan\n    id: m-/);
    // Everything that was there is still there, in the same order: the edit only added lines.
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    assert.ok(added.every((line) => /^\s+(- )?(id|entity|quote|prefix|suffix|start|end):/.test(line)), added.join('\n'));
  });

  it('keeps a context of blanks and line breaks only as it is, through a new mention and an update', async () => {
    // An article whose name stands after indented blank lines, and before them.
    const article = ' \t\n  \nVladimir Putin\n   \n';
    const quote = 'Vladimir Putin';
    const start = article.indexOf(quote);
    const added = factFileMention(article, { start, end: start + quote.length, text: quote, type: 'person', id: 'person:vladimir-putin' });
    assert.equal(added.prefix, ' \t\n  \n');
    assert.equal(added.suffix, '\n   \n');
    let text = ok(applyFactFileEdits(await fresh(), FILE, [{ kind: 'addMention', mention: added }]));
    assert.deepEqual(parseFactFile(text, FILE, { fastReader: false }).factFile?.mentions[0], added);
    assert.deepEqual(parseFactFile(text, FILE).factFile?.mentions[0], added);
    // A context that was lines of text, now blanks only (the text around it was cleared).
    text = ok(applyFactFileEdits(text, FILE, [{ kind: 'updateMention', id: added.id, patch: { prefix: '  \n', suffix: '\t\n \n' } }]));
    assert.deepEqual(parseFactFile(text, FILE, { fastReader: false }).factFile?.mentions[0], { ...added, prefix: '  \n', suffix: '\t\n \n' });
  });

  it('writes contexts so that an editor trimming trailing whitespace on save changes none of them', async () => {
    // Lines of an article that end in blanks, as pasted news often has, around a name that
    // follows a line break: the prefix is several lines, the last one ending in a blank.
    const article = 'MOSCOW, November 23.  \nThe summit opened. \t\nRussian President Vladimir Putin said \nthat \n';
    const quote = 'Vladimir Putin';
    const start = article.indexOf(quote);
    const added = factFileMention(article, { start, end: start + quote.length, text: quote, type: 'person', id: 'person:vladimir-putin' });
    assert.match(added.prefix, / \t\n/);
    assert.match(added.suffix, / \n/);
    const text = ok(applyFactFileEdits(await fresh(), FILE, [{ kind: 'addMention', mention: added }]));
    // What files.trimTrailingWhitespace does to the file when it is saved.
    const trimmed = text.replace(/[ \t]+$/gm, '');
    for (const saved of [text, trimmed]) {
      assert.deepEqual(parseFactFile(saved, FILE, { fastReader: false }).factFile?.mentions[0], added);
      assert.deepEqual(parseFactFile(saved, FILE).factFile?.mentions[0], added);
    }
    // A context updated (the article was edited around the name) is written the same way.
    const patch = { prefix: 'The talks began.  \nRussian President ', suffix: ' spoke \nfirst.' };
    const updated = ok(applyFactFileEdits(text, FILE, [{ kind: 'updateMention', id: added.id, patch }]));
    assert.deepEqual(parseFactFile(updated.replace(/[ \t]+$/gm, ''), FILE).factFile?.mentions[0], { ...added, ...patch });
    // Contexts without such blanks stay block scalars, easier to read.
    const plain = factFileMention('First line\nRussian President Vladimir Putin\nsaid', { start: 25, end: 39, text: quote, type: 'person', id: 'person:vladimir-putin' });
    assert.match(ok(applyFactFileEdits(await fresh(), FILE, [{ kind: 'addMention', mention: plain }])), /prefix: \|-\n/);
  });

  it('writes random contexts of words, blanks and line breaks so that trimming trailing whitespace changes none', async () => {
    const random = prng(20261206);
    const pieces = ['a', 'Ж', 'é', ' ', ' ', '\t', '\n', '\n', '"', '\\', '#', ':', '- '];
    const context = () => Array.from({ length: 1 + Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    const base = await fresh();
    for (let run = 0; run < 200; run++) {
      const added = { ...factFileMention(TEXT, mention('Yerevan', 'place:yerevan', 'place')), prefix: context(), suffix: context() };
      const text = ok(applyFactFileEdits(base, FILE, [{ kind: 'addMention', mention: added }]));
      const read = parseFactFile(text.replace(/[ \t]+$/gm, ''), FILE, { fastReader: false }).factFile?.mentions[0];
      assert.deepEqual(read, added, text);
    }
  });

  it('keeps lists in a stable order whatever order annotations arrive in', async () => {
    const base = await fresh();
    const edits = [
      { kind: 'addMention' as const, mention: factFileMention(TEXT, mention('Yerevan', 'place:yerevan', 'place')) },
      { kind: 'addMention' as const, mention: factFileMention(TEXT, mention('Vladimir Putin', 'person:vladimir-putin')) },
      { kind: 'addMention' as const, mention: factFileMention(TEXT, mention('MOSCOW', 'place:moscow', 'place')) },
    ];
    const one = ok(applyFactFileEdits(base, FILE, edits));
    const other = ok(applyFactFileEdits(ok(applyFactFileEdits(base, FILE, [edits[2], edits[0]])), FILE, [edits[1]]));
    assert.equal(one, other, 'same content, same bytes');
    const starts = (parse(one).mentions as { start: number }[]).map((m) => m.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('records a fact once: the same attendance again updates its status and adds evidence', async () => {
    const putin = factFileMention(TEXT, mention('Vladimir Putin', 'person:vladimir-putin'));
    const yerevan = factFileMention(TEXT, mention('Yerevan', 'place:yerevan', 'place'));
    const content = { type: 'attendance' as const, person: 'person:vladimir-putin', event: 'event:csto-summit-2022-yerevan', status: 'expected' as const };
    let text = ok(applyFactFileEdits(await fresh(), FILE, [{ kind: 'addMention', mention: putin }, { kind: 'addMention', mention: yerevan }, { kind: 'addFact', fact: makeFact(content, [putin.id]) }]));
    text = ok(applyFactFileEdits(text, FILE, [{ kind: 'addFact', fact: makeFact({ ...content, status: 'attended' }, [yerevan.id]) }]));
    const facts = parse(text).facts;
    assert.equal(facts.length, 1);
    assert.equal(facts[0].status, 'attended');
    assert.deepEqual(facts[0].evidence, [putin.id, yerevan.id]);
  });

  it('removing a mention drops it from the evidence, and a fact left without evidence', async () => {
    const putin = factFileMention(TEXT, mention('Vladimir Putin', 'person:vladimir-putin'));
    const fact = makeFact({ type: 'attendance', person: 'person:vladimir-putin', event: 'event:csto-summit-2022-yerevan', status: 'expected' }, [putin.id]);
    let text = ok(applyFactFileEdits(await fresh(), FILE, [{ kind: 'addMention', mention: putin }, { kind: 'addFact', fact }]));
    text = ok(applyFactFileEdits(text, FILE, [{ kind: 'removeMention', id: putin.id }]));
    assert.deepEqual(parse(text).facts, []);
  });

  it('refuses to edit a fact file that does not parse, naming its line', () => {
    const broken = 'schema: news-annotator/facts@1\narticle:\n  file: a.txt\n  textHash: [unclosed\n';
    const result = applyFactFileEdits(broken, FILE, [{ kind: 'addRejection', rejection: { quote: 'x', prefix: '', suffix: '', start: 0, end: 1 } }]);
    assert.equal(result.ok, false);
    // The list is never closed: the parser finds out at the end of the text, not before the line it opens on.
    if (!result.ok) assert.ok(result.problems[0].line >= lineOf(broken, '[unclosed'));
  });

  it('refuses to edit a fact file that does not validate, naming the line and field', async () => {
    const text = (await fresh()).replace('language: en', 'language: English!');
    const result = applyFactFileEdits(text, FILE, []);
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.problems[0].field, 'article.language');
      assert.equal(result.problems[0].line, lineOf(text, 'language: English!'));
    }
  });

  it('validates mentions: a quote that does not fit its offsets, evidence that names no mention, duplicate ids', async () => {
    const id = mentionId('place:yerevan', 3, 'Yerevan');
    const text = `${await fresh()}`
      .replace('mentions: []', `mentions:\n  - id: ${id}\n    entity: place:yerevan\n    quote: Yerevan\n    start: 3\n    end: 9\n  - id: ${id}\n    entity: place:yerevan\n    quote: Yerevan\n    start: 3\n    end: 10`)
      .replace('facts: []', 'facts:\n  - id: f-0123456789\n    type: attendance\n    person: person:vladimir-putin\n    event: event:csto-summit-2022-yerevan\n    status: expected\n    evidence: [m-nothere00]');
    const { problems } = parseFactFile(text, FILE);
    const fields = problems.map((p) => `${p.field}@${p.line}`);
    assert.ok(fields.includes(`mentions[0].end@${lineOf(text, 'end: 9')}`), fields.join(' '));
    assert.ok(fields.some((f) => f.startsWith('mentions[1].id')), fields.join(' '));
    assert.ok(fields.some((f) => f.startsWith('facts[0].evidence[0]')), fields.join(' '));
  });

  it('refuses a fact file of another schema version', async () => {
    const { problems } = parseFactFile((await fresh()).replace('news-annotator/facts@1', 'news-annotator/facts@9'), FILE);
    assert.equal(problems[0].field, 'schema');
    assert.match(problems[0].message, /news-annotator\/facts@1/);
  });
});

describe('fact file store: the next edit of the file just written', () => {
  it('gives the same text as editing a freshly parsed file, comments and order kept', () => {
    const seed = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '002_ef37a1a118df8b80.facts.yaml'), 'utf8');
    const commented = seed.replace('mentions:', '# reviewed on paper\nmentions:');
    const editor = new FactFileEditor();
    const first = editor.apply(commented, 'a.facts.yaml', [{ kind: 'removeMention', id: parseFactFile(seed, 'x').factFile!.mentions[3].id }]);
    assert.ok(first.ok && first.changed);
    const mentions = parseFactFile(first.text, 'x').factFile!.mentions;
    const second: FactFileEdit[] = [
      { kind: 'updateMention', id: mentions[0].id, patch: { orphaned: true } },
      { kind: 'removeMention', id: mentions[5].id },
    ];
    // The same file: starts from the document the editor kept after the first write.
    const reused = editor.apply(first.text, 'a.facts.yaml', second);
    // An editor that wrote nothing: parses afresh.
    const fresh = new FactFileEditor().apply(first.text, 'a.facts.yaml', second);
    assert.ok(reused.ok && fresh.ok);
    assert.equal(reused.text, fresh.text);
    assert.deepStrictEqual(reused.factFile, fresh.factFile);
    assert.match(reused.text, /# reviewed on paper\nmentions:/);
  });
});

describe('fact file store: moving anchors', () => {
  const seed = () => readFileSync(join(__dirname, '..', '..', '..', 'seeds', '003_4e930db99411c7ec.facts.yaml'), 'utf8');

  it('moves a rejection, named by its place in the file, and keeps the list sorted', () => {
    let text = seed();
    const mentions = parseFactFile(text, 'x').factFile!.mentions;
    // Two rejections, from two mentions' anchors.
    for (const m of [mentions[2], mentions[7]]) {
      text = ok(applyFactFileEdits(text, 'r.facts.yaml', [{ kind: 'addRejection', rejection: { quote: m.quote, prefix: m.prefix, suffix: m.suffix, start: m.start, end: m.end } }]));
    }
    const [first, second] = parseFactFile(text, 'x').factFile!.rejections;
    // The first moves past the second: the file lists them in their new order.
    const moved = ok(applyFactFileEdits(text, 'r.facts.yaml', [{ kind: 'updateRejection', index: 0, patch: { start: second.end + 100, end: second.end + 100 + first.quote.length } }]));
    const after = parseFactFile(moved, 'x').factFile!.rejections;
    assert.deepEqual(
      after.map((r) => [r.quote, r.start]),
      [
        [second.quote, second.start],
        [first.quote, second.end + 100],
      ],
    );
  });

  it('re-sorts mentions whose offsets an update moved past others', () => {
    const text = seed();
    const mentions = parseFactFile(text, 'x').factFile!.mentions;
    const last = mentions[mentions.length - 1];
    const moved = ok(applyFactFileEdits(text, 's.facts.yaml', [{ kind: 'updateMention', id: mentions[0].id, patch: { start: last.end + 10, end: last.end + 10 + mentions[0].quote.length } }]));
    const after = parseFactFile(moved, 'x').factFile!.mentions;
    assert.equal(after[after.length - 1].id, mentions[0].id);
    assert.ok(after.every((m, i) => i === 0 || after[i - 1].start <= m.start), 'sorted by start');
    assert.equal(after.length, mentions.length);
  });
});

describe('fact file store: a fact file whose lists are not in order', () => {
  const ARTICLE = 'After Minsk, Vladimir Putin went to Yerevan for the summit; the Yerevan talks followed the Minsk ones.';
  const at = (quote: string, from = 0) => {
    const start = ARTICLE.indexOf(quote, from);
    return { start, end: start + quote.length, text: quote };
  };
  const putin = factFileMention(ARTICLE, { ...at('Vladimir Putin'), type: 'person', id: 'person:vladimir-putin' });
  const yerevan = factFileMention(ARTICLE, { ...at('Yerevan'), type: 'place', id: 'place:yerevan' });
  const laterYerevan = factFileMention(ARTICLE, { ...at('Yerevan', yerevan.end), type: 'place', id: 'place:yerevan' });
  const minsk = factFileMention(ARTICLE, { ...at('Minsk'), type: 'place', id: 'place:minsk' });
  const laterMinsk = factFileMention(ARTICLE, { ...at('Minsk', minsk.end), type: 'place', id: 'place:minsk' });
  const summit = (event: string, city: string, start: string, evidence: string[]) =>
    makeFact({ type: 'summit', event, organization: 'organization:csto', city, start }, evidence);
  const minskSummit = summit('event:csto-summit-2023-minsk', 'place:minsk', '2023-11-23', [minsk.id]);
  const yerevanSummit = summit('event:csto-summit-2022-yerevan', 'place:yerevan', '2022-11-23', [yerevan.id]);

  /** A fact file as a hand edit or a git merge can leave it: lists in the order given. */
  async function factFile(lists: { mentions: FactFileMention[]; facts: Fact[] }): Promise<string> {
    const header = await newFactFileText({ file: 'a.txt', language: 'en', textHash: await textHash(ARTICLE) });
    const body = new Document({ ...lists, rejections: [] }).toString({ lineWidth: 0 });
    return header.replace(/mentions: \[\]\nfacts: \[\]\nrejections: \[\]\n/, body);
  }

  it('recording attendance puts the summit evidence on the summit it names', async () => {
    // Minsk before Yerevan: the reverse of the order the writer keeps.
    const text = await factFile({ mentions: [minsk, yerevan], facts: [minskSummit, yerevanSummit] });
    // The batch that recording Putin's attendance at Yerevan sends.
    const attendance = makeFact({ type: 'attendance', person: 'person:vladimir-putin', event: 'event:csto-summit-2022-yerevan', status: 'attended' }, [putin.id]);
    const edits: FactFileEdit[] = [
      { kind: 'addMention', mention: putin },
      { kind: 'addFact', fact: attendance },
      { kind: 'addMention', mention: laterYerevan },
      { kind: 'addFact', fact: { ...yerevanSummit, evidence: [laterYerevan.id] } },
    ];
    const facts = parseFactFile(ok(applyFactFileEdits(text, 'order.facts.yaml', edits)), 'x').factFile!.facts;
    assert.deepEqual(facts.find((f) => f.id === yerevanSummit.id)?.evidence, [yerevan.id, laterYerevan.id]);
    assert.deepEqual(facts.find((f) => f.id === minskSummit.id)?.evidence, [minsk.id]);
    assert.deepEqual(facts.find((f) => f.id === attendance.id)?.evidence, [putin.id]);
  });

  it('removes the mention it names after adding another', async () => {
    // The later Minsk first, then Yerevan: not by position.
    const text = await factFile({ mentions: [laterMinsk, yerevan], facts: [] });
    const edits: FactFileEdit[] = [
      { kind: 'addMention', mention: putin },
      { kind: 'removeMention', id: yerevan.id },
    ];
    const mentions = parseFactFile(ok(applyFactFileEdits(text, 'order.facts.yaml', edits)), 'x').factFile!.mentions;
    assert.deepEqual(mentions.map((m) => m.id).sort(), [laterMinsk.id, putin.id].sort());
  });
});

describe('fact file store: aliases', () => {
  it('refuses to edit a fact file with an alias, naming its line and field: an edit there would change two places', async () => {
    const putin = factFileMention(TEXT, mention('Vladimir Putin', 'person:vladimir-putin'));
    const yerevan = factFileMention(TEXT, mention('Yerevan', 'place:yerevan', 'place'));
    const text = ok(applyFactFileEdits(await fresh(), FILE, [{ kind: 'addMention', mention: putin }, { kind: 'addMention', mention: yerevan }]))
      .replace(/suffix: (.*)\n/, 'suffix: &context $1\n')
      .replace('suffix: " on Wednesday."', 'suffix: *context');
    assert.ok(parseFactFile(text, FILE).factFile, 'a valid fact file');
    assert.match(text, /\*context/);
    const result = applyFactFileEdits(text, 'alias.facts.yaml', [{ kind: 'removeMention', id: putin.id }]);
    assert.equal(result.ok, false);
    if (result.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('*context')) + 1;
    assert.deepEqual([result.problems[0].line, result.problems[0].field], [line, 'mentions[1].suffix']);
    assert.match(result.problems[0].message, /alias \(\*context\)/);
  });
});

describe('fact file store: a span is never both annotated and rejected', () => {
  const putinMention = mention('Vladimir Putin', 'person:vladimir-putin');
  const putin = factFileMention(TEXT, putinMention);
  const notAnEntity = rejection(TEXT, putinMention);
  const stateOf = (text: string) => annotationStatus([putinMention], parseFactFile(text, 'x').factFile)[0].state;
  const factFileOf = (text: string) => parseFactFile(text, 'x').factFile!;

  it('annotating a rejected span takes the rejection back, in the same write', async () => {
    const rejected = ok(applyFactFileEdits(await fresh(), FILE, [{ kind: 'addRejection', rejection: notAnEntity }]));
    assert.equal(stateOf(rejected), 'rejected');
    const annotated = ok(applyFactFileEdits(rejected, FILE, [{ kind: 'addMention', mention: putin }]));
    assert.deepEqual(factFileOf(annotated).rejections, []);
    assert.equal(stateOf(annotated), 'annotated');
    // Removing the annotation leaves the span to annotate, not rejected again.
    assert.equal(stateOf(ok(applyFactFileEdits(annotated, FILE, [{ kind: 'removeMention', id: putin.id }]))), 'pending');
  });

  it('rejecting an annotated span takes the annotation back, and the evidence it gave', async () => {
    const attendance = makeFact({ type: 'attendance', person: 'person:vladimir-putin', event: 'event:csto-summit-2022-yerevan', status: 'expected' }, [putin.id]);
    const annotated = ok(applyFactFileEdits(await fresh(), FILE, [{ kind: 'addMention', mention: putin }, { kind: 'addFact', fact: attendance }]));
    const rejected = ok(applyFactFileEdits(annotated, FILE, [{ kind: 'addRejection', rejection: notAnEntity }]));
    const { mentions, facts, rejections } = factFileOf(rejected);
    assert.deepEqual([mentions, facts, rejections.length], [[], [], 1]);
    assert.equal(stateOf(rejected), 'rejected');
  });

  it('removing a rejection leaves the span to annotate', async () => {
    const rejected = ok(applyFactFileEdits(await fresh(), FILE, [{ kind: 'addRejection', rejection: notAnEntity }]));
    const restored = ok(applyFactFileEdits(rejected, FILE, [{ kind: 'removeRejection', rejection: { quote: notAnEntity.quote, start: notAnEntity.start, end: notAnEntity.end } }]));
    assert.deepEqual(factFileOf(restored).rejections, []);
    assert.equal(stateOf(restored), 'pending');
  });

  it('touches only the same span: other text at those offsets, or an orphaned mention, stays', async () => {
    const orphan = { ...factFileMention(TEXT, mention('Yerevan', 'place:yerevan', 'place')), orphaned: true };
    const staleRejection = { ...notAnEntity, quote: 'Vladimir Putix' };
    const text = ok(applyFactFileEdits(await fresh(), FILE, [{ kind: 'addMention', mention: orphan }, { kind: 'addRejection', rejection: staleRejection }]));
    const after = factFileOf(
      ok(
        applyFactFileEdits(text, FILE, [
          { kind: 'addMention', mention: putin },
          { kind: 'addRejection', rejection: { ...rejection(TEXT, mention('Yerevan', 'place:yerevan', 'place')) } },
        ]),
      ),
    );
    assert.deepEqual(after.mentions.map((m) => m.id).sort(), [orphan.id, putin.id].sort());
    assert.deepEqual(after.rejections.map((r) => r.quote).sort(), ['Vladimir Putix', 'Yerevan']);
  });
});

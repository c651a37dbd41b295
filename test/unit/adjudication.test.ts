import * as assert from 'node:assert/strict';
import { adjudicate, type Disagreement, resolutionEdits } from '../../src/core/agreement/adjudication';
import { factId, mentionId } from '../../src/core/factFile/ids';
import type { Fact, FactFile, FactFileMention } from '../../src/core/factFile/schema';
import { applyFactFileEdits, newFactFileText, parseFactFile } from '../../src/core/factFile/store';

const TEXT = 'President Vladimir Putin met Alexander Lukashenko in Minsk on 23 November.';
const ARTICLE = { file: 'a.txt', textHash: `sha256:${'0'.repeat(64)}` };

/** A mention of `quote` (its first occurrence in TEXT) naming `entity`. */
function mention(entity: string, quote: string): FactFileMention {
  const start = TEXT.indexOf(quote);
  assert.ok(start >= 0, quote);
  return { id: mentionId(entity, start, quote), entity, quote, prefix: '', suffix: '', start, end: start + quote.length };
}

function attendance(person: string, status: 'attended' | 'absent', evidence: FactFileMention[]): Fact {
  const content = { type: 'attendance' as const, person, event: 'event:minsk-2022', status };
  return { id: factId(content), ...content, evidence: evidence.map((m) => m.id) };
}

function role(person: string, title: string, evidence: FactFileMention[]): Fact {
  const content = { type: 'role' as const, person, role: title, country: 'place:russia' };
  return { id: factId(content), ...content, evidence: evidence.map((m) => m.id) };
}

function factFile(mentions: FactFileMention[], facts: Fact[] = []): FactFile {
  return { schema: 'news-annotator/facts@1', article: ARTICLE, mentions, facts, rejections: [] };
}

/** A's fact file written out as the editor writes it, then `edits` applied the way every command applies them. */
function written(a: FactFile): string {
  let text = newFactFileText(ARTICLE);
  const result = applyFactFileEdits(text, 'a.facts.yaml', [...a.mentions.map((m) => ({ kind: 'addMention' as const, mention: m })), ...a.facts.map((f) => ({ kind: 'addFact' as const, fact: f }))]);
  assert.ok(result.ok, JSON.stringify(result));
  text = result.text;
  return text;
}

function settle(a: FactFile, d: Disagreement, how: Parameters<typeof resolutionEdits>[1]): FactFile {
  const result = applyFactFileEdits(written(a), 'a.facts.yaml', resolutionEdits(d, how));
  assert.ok(result.ok, JSON.stringify(result));
  const parsed = parseFactFile(result.text, 'a.facts.yaml');
  assert.ok(parsed.factFile, JSON.stringify(parsed.problems));
  return parsed.factFile;
}

const spots = (f: FactFile) => f.mentions.map((m) => `${m.quote}=${m.entity}`).sort();

const putin = mention('person:vladimir-putin', 'Vladimir Putin');
const lukashenko = mention('person:alexander-lukashenko', 'Alexander Lukashenko');
const minsk = mention('place:minsk', 'Minsk');

describe('adjudication: disagreements between two fact files of one article', () => {
  it('finds none where both marked the same, and gives the article the figures agree gives (F1 and κ of 1)', () => {
    const result = adjudicate('a.txt', TEXT, factFile([putin, minsk]), factFile([minsk, putin]));
    assert.deepEqual(result.disagreements, []);
    assert.equal(result.agreement.spans?.all.exact.f1, 1);
    assert.equal(result.agreement.tokens?.kappa, 1);
  });

  it('offers keeping A or B, not both, where the two link the same span to different entities; keeping B puts B’s entity in its place and the facts follow it', () => {
    const other = mention('person:dmitry-medvedev', 'Vladimir Putin');
    const a = factFile([putin, minsk], [role('person:vladimir-putin', 'President', [putin])]);
    const { disagreements } = adjudicate('a.txt', TEXT, a, factFile([other, minsk], [role('person:vladimir-putin', 'President', [other])]));
    const spans = disagreements.filter((d) => d.kind === 'span');
    assert.equal(spans.length, 1);
    const [d] = spans;
    assert.deepEqual([d.start, d.end], [putin.start, putin.end]);
    assert.deepEqual(d.resolutions, ['keepA', 'keepB']);
    assert.match(d.a.summary, /person:vladimir-putin/);
    assert.match(d.b.summary, /person:dmitry-medvedev/);
    assert.deepEqual(resolutionEdits(d, 'keepA'), []);
    assert.throws(() => resolutionEdits(d, 'keepBoth'), /not offered/);

    const after = settle(a, d, 'keepB');
    assert.deepEqual(spots(after), ['Minsk=place:minsk', 'Vladimir Putin=person:dmitry-medvedev']);
    assert.deepEqual(after.facts.find((f) => f.type === 'role')?.evidence, [other.id], 'the role cites the mention now in its place');
  });

  it('offers keeping both where the two marked different extents of the same name; both, or B’s alone, are then written', () => {
    const short = mention('person:vladimir-putin', 'Putin');
    const a = factFile([putin]);
    const { disagreements } = adjudicate('a.txt', TEXT, a, factFile([short]));
    assert.equal(disagreements.length, 1);
    const [d] = disagreements;
    assert.deepEqual([d.start, d.end], [putin.start, putin.end], 'the range covers both spans');
    assert.deepEqual(d.resolutions, ['keepA', 'keepB', 'keepBoth']);
    assert.deepEqual(spots(settle(a, d, 'keepBoth')), ['Putin=person:vladimir-putin', 'Vladimir Putin=person:vladimir-putin']);
    assert.deepEqual(spots(settle(a, d, 'keepB')), ['Putin=person:vladimir-putin']);
  });

  it('does not offer both where the two gave one span two types', () => {
    const asOrganization = mention('organization:minsk-group', 'Minsk');
    const { disagreements } = adjudicate('a.txt', TEXT, factFile([minsk]), factFile([asOrganization]));
    assert.equal(disagreements.length, 1);
    assert.deepEqual(disagreements[0].resolutions, ['keepA', 'keepB']);
    assert.deepEqual(spots(settle(factFile([minsk]), disagreements[0], 'keepB')), ['Minsk=organization:minsk-group']);
  });

  it('writes what only B marked when B is kept, and removes what only A marked', () => {
    const onlyB = adjudicate('a.txt', TEXT, factFile([putin]), factFile([putin, lukashenko])).disagreements;
    assert.equal(onlyB.length, 1);
    assert.deepEqual(onlyB[0].resolutions, ['keepA', 'keepB'], 'keeping both is keeping B: not offered twice');
    assert.equal(onlyB[0].a.mentions.length, 0);
    assert.deepEqual(spots(settle(factFile([putin]), onlyB[0], 'keepB')), ['Alexander Lukashenko=person:alexander-lukashenko', 'Vladimir Putin=person:vladimir-putin']);

    const onlyA = adjudicate('a.txt', TEXT, factFile([putin, lukashenko]), factFile([putin])).disagreements;
    assert.equal(onlyA.length, 1);
    assert.deepEqual(spots(settle(factFile([putin, lukashenko]), onlyA[0], 'keepB')), ['Vladimir Putin=person:vladimir-putin']);
  });

  it('compares the whole fact file of A with none: everything B marked is offered', () => {
    const { disagreements } = adjudicate('a.txt', TEXT, undefined, factFile([putin, minsk]));
    assert.deepEqual(
      disagreements.map((d) => d.b.summary),
      ['"Vladimir Putin" person:vladimir-putin', '"Minsk" place:minsk'],
    );
  });

  it('leaves out B’s mentions whose quote is no longer at their offsets in this text', () => {
    const moved = { ...mention('place:minsk', 'Minsk'), start: 0, end: 5 };
    const { disagreements } = adjudicate('a.txt', TEXT, factFile([]), factFile([moved]));
    assert.deepEqual(disagreements, []);
  });

  it('settles a different attendance status by writing B’s, with the mention it cites', () => {
    const a = factFile([putin, minsk], [attendance('person:vladimir-putin', 'attended', [putin])]);
    const b = factFile([putin, lukashenko, minsk], [attendance('person:vladimir-putin', 'absent', [lukashenko])]);
    const facts = adjudicate('a.txt', TEXT, a, b).disagreements.filter((d) => d.kind === 'attendance');
    assert.equal(facts.length, 1);
    const [d] = facts;
    assert.deepEqual([d.a.summary, d.b.summary], ['attended', 'absent']);
    assert.deepEqual(d.resolutions, ['keepA', 'keepB']);
    assert.deepEqual([d.start, d.end], [putin.start, putin.end], 'shown at the first mention either side cites');
    const after = settle(a, d, 'keepB');
    const kept = after.facts.filter((f) => f.type === 'attendance');
    assert.equal(kept.length, 1);
    assert.equal(kept[0].type === 'attendance' && kept[0].status, 'absent');
    assert.deepEqual(kept[0].evidence, [lukashenko.id]);
    assert.ok(after.mentions.some((m) => m.id === lukashenko.id), 'the mention B cites is written too');
  });

  it('treats a date both marked but resolved differently as one disagreement, B’s date written in place of A’s', () => {
    const start = TEXT.indexOf('23 November');
    const date = (iso: string): FactFileMention => ({ id: mentionId(`date:${iso}`, start, '23 November'), date: iso, quote: '23 November', prefix: '', suffix: '', start, end: start + '23 November'.length });
    const a = factFile([date('2022-11-23')]);
    const [d, ...rest] = adjudicate('a.txt', TEXT, a, factFile([date('2023-11-23')])).disagreements;
    assert.deepEqual(rest, []);
    assert.deepEqual(d.resolutions, ['keepA', 'keepB']);
    assert.deepEqual(settle(a, d, 'keepB').mentions.map((m) => m.date), ['2023-11-23']);
  });

  it('removes A’s attendance when B recorded none and B is kept, and leaves the mentions', () => {
    const a = factFile([putin], [attendance('person:vladimir-putin', 'attended', [putin])]);
    const [d] = adjudicate('a.txt', TEXT, a, factFile([putin])).disagreements;
    assert.equal(d.kind, 'attendance');
    assert.deepEqual([d.a.summary, d.b.summary], ['attended', '(none)']);
    const after = settle(a, d, 'keepB');
    assert.deepEqual(after.facts, []);
    assert.deepEqual(spots(after), ['Vladimir Putin=person:vladimir-putin']);
  });

  it('settles roles one side recorded and the other did not: keeping B removes A’s', () => {
    const a = factFile([putin], [role('person:vladimir-putin', 'President', [putin])]);
    const [d] = adjudicate('a.txt', TEXT, a, factFile([putin])).disagreements;
    assert.equal(d.kind, 'roles');
    assert.deepEqual([d.a.summary, d.b.summary], ['President of place:russia', '(none)']);
    assert.deepEqual(settle(a, d, 'keepB').facts, []);
  });

  it('finds nothing left to settle once every disagreement was settled B’s way', () => {
    const short = mention('person:vladimir-putin', 'Putin');
    let a = factFile([putin, minsk], [attendance('person:vladimir-putin', 'attended', [putin])]);
    const b = factFile([short, lukashenko], [attendance('person:vladimir-putin', 'absent', [short])]);
    for (let round = 0; round < 10; round++) {
      const [d] = adjudicate('a.txt', TEXT, a, b).disagreements;
      if (!d) break;
      a = settle(a, d, 'keepB');
    }
    const result = adjudicate('a.txt', TEXT, a, b);
    assert.deepEqual(result.disagreements, []);
    assert.equal(result.agreement.spans?.all.exact.f1, 1);
    assert.equal(result.agreement.attendance.units, 1);
  });
});

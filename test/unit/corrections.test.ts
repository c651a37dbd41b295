// Corrections of recorded mentions: another entity or date, another span. Checked through the fact
// file writer, on the text it writes: the mention replaced, the facts that cite it following it or
// letting it go, comments kept, and a span never both annotated and rejected.
import * as assert from 'node:assert/strict';
import { correction, recordedMention } from '../../src/core/annotation/corrections';
import { makeFact } from '../../src/core/annotation/status';
import { textHash } from '../../src/core/factFile/ids';
import type { FactFile } from '../../src/core/factFile/schema';
import { applyFactFileEdits, newFactFileText, parseFactFile, type FactFileEdit } from '../../src/core/factFile/store';

const FILE = 'a.facts.yaml';
const TEXT = 'YEREVAN, November 23. Russian President Vladimir Putin and the Belarusian delegation met in Yerevan on 23 November.';

function span(quote: string, from = 0): [number, number] {
  const start = TEXT.indexOf(quote, from);
  assert.ok(start >= 0, quote);
  return [start, start + quote.length];
}

const putin = recordedMention(TEXT, ...span('Vladimir Putin'), { entity: 'person:vladimir-putin' });
const yerevan = recordedMention(TEXT, ...span('Yerevan', 30), { entity: 'place:yerevan' });
const date = recordedMention(TEXT, ...span('23 November', 30), { date: '2022-11-23' });
const attendance = makeFact({ type: 'attendance', person: 'person:vladimir-putin', event: 'event:csto-summit-2022-yerevan', status: 'attended' }, [putin.id]);
const summit = makeFact(
  { type: 'summit', event: 'event:csto-summit-2022-yerevan', organization: 'organization:csto', city: 'place:yerevan', start: '2022-11-23' },
  [yerevan.id, date.id, putin.id],
);

/** A fact file with Putin's attendance and the summit, as the writer writes them, with a comment above Putin. */
async function annotated(): Promise<{ text: string; factFile: FactFile }> {
  const empty = await newFactFileText({ file: 'a.txt', language: 'en', textHash: await textHash(TEXT) });
  const edits: FactFileEdit[] = [putin, yerevan, date].map((mention) => ({ kind: 'addMention', mention }));
  edits.push({ kind: 'addFact', fact: attendance }, { kind: 'addFact', fact: summit });
  const result = applyFactFileEdits(empty, FILE, edits);
  assert.ok(result.ok);
  const text = result.text.replace(`  - id: ${putin.id}`, `  # the speaker\n  - id: ${putin.id}`);
  const { factFile } = parseFactFile(text, FILE);
  assert.ok(factFile);
  return { text, factFile };
}

function apply(text: string, edits: FactFileEdit[]): { text: string; factFile: FactFile } {
  const result = applyFactFileEdits(text, FILE, edits);
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
  return { text: result.text, factFile: result.factFile };
}

describe('corrections: a recorded mention annotated as another entity', () => {
  it('replaces the mention, with the id of what it now records, and keeps its comment', async () => {
    const before = await annotated();
    const next = recordedMention(TEXT, putin.start, putin.end, { entity: 'person:alexander-lukashenko' });
    const after = apply(before.text, correction(before.factFile, putin, next).edits);
    assert.deepEqual(
      after.factFile.mentions.filter((m) => m.start === putin.start).map((m) => [m.id, m.entity]),
      [[next.id, 'person:alexander-lukashenko']],
    );
    assert.notEqual(next.id, putin.id);
    assert.match(after.text, new RegExp(`# the speaker\\n  - id: ${next.id}\\n    entity: person:alexander-lukashenko`));
  });

  it('takes it out of the facts about the entity it no longer names, saying which; a fact left without evidence goes', async () => {
    const before = await annotated();
    const next = recordedMention(TEXT, putin.start, putin.end, { entity: 'person:alexander-lukashenko' });
    const { edits, lost } = correction(before.factFile, putin, next);
    // Putin's attendance had only this mention: it goes. The summit cited him as context: it keeps him.
    assert.deepEqual(lost.map((l) => [l.fact.id, l.removed]), [[attendance.id, true]]);
    const after = apply(before.text, edits);
    assert.deepEqual(after.factFile.facts.map((f) => f.type), ['summit']);
    assert.deepEqual([...after.factFile.facts[0].evidence].sort(), [yerevan.id, date.id, next.id].sort());
  });

  it('keeps the evidence where the new reading still names what the fact states', async () => {
    const before = await annotated();
    // The summit's city, read as the summit itself: the summit fact names both.
    const next = recordedMention(TEXT, yerevan.start, yerevan.end, { entity: 'event:csto-summit-2022-yerevan' });
    const { edits, lost } = correction(before.factFile, yerevan, next);
    assert.deepEqual(lost, []);
    const after = apply(before.text, edits);
    assert.ok(after.factFile.facts.find((f) => f.type === 'summit')!.evidence.includes(next.id));
  });

  it('drops a date from the summit it no longer dates, and keeps the summit with its other evidence', async () => {
    const before = await annotated();
    const next = recordedMention(TEXT, date.start, date.end, { date: '2023-11-23' });
    const { edits, lost } = correction(before.factFile, date, next);
    assert.deepEqual(lost.map((l) => [l.fact.type, l.removed]), [['summit', false]]);
    const after = apply(before.text, edits);
    const kept = after.factFile.facts.find((f) => f.type === 'summit')!;
    assert.deepEqual([...kept.evidence].sort(), [yerevan.id, putin.id].sort());
    assert.ok(after.factFile.mentions.some((m) => m.id === next.id && m.date === '2023-11-23'));
  });

  it('merges into the same annotation when it is recorded already', async () => {
    const before = await annotated();
    // The same span recorded twice (as a hand edit can leave it), the second as another entity.
    const other = recordedMention(TEXT, putin.start, putin.end, { entity: 'person:dmitry-peskov' });
    const doubled = apply(before.text, [{ kind: 'addMention', mention: other }]);
    const after = apply(doubled.text, correction(doubled.factFile, putin, other).edits);
    assert.deepEqual(after.factFile.mentions.filter((m) => m.start === putin.start).map((m) => m.id), [other.id]);
    assert.ok(after.factFile.facts.find((f) => f.type === 'summit')!.evidence.includes(other.id), 'the summit cites the one left');
  });
});

describe('corrections: a recorded mention moved to another span', () => {
  it('moves it, with a new id and anchor, and every fact that cited it cites it there', async () => {
    const before = await annotated();
    // "Russian President Vladimir Putin": a longer span, the same person.
    const next = recordedMention(TEXT, ...span('President Vladimir Putin'), { entity: 'person:vladimir-putin' });
    const { edits, lost } = correction(before.factFile, putin, next);
    assert.deepEqual(lost, []);
    const after = apply(before.text, edits);
    const moved = after.factFile.mentions.find((m) => m.entity === 'person:vladimir-putin');
    assert.deepEqual([moved?.id, moved?.quote, moved?.start], [next.id, 'President Vladimir Putin', span('President Vladimir Putin')[0]]);
    assert.ok(!after.factFile.mentions.some((m) => m.id === putin.id));
    for (const fact of after.factFile.facts) assert.ok(!fact.evidence.includes(putin.id) && fact.evidence.includes(next.id), fact.type);
  });

  it('takes back a "not an entity" of the span it moves to', async () => {
    const before = await annotated();
    const [start, end] = span('Belarusian delegation');
    const rejected = apply(before.text, [{ kind: 'addRejection', rejection: { quote: 'Belarusian delegation', prefix: '', suffix: '', start, end } }]);
    const next = recordedMention(TEXT, start, end, { entity: 'person:vladimir-putin' });
    const after = apply(rejected.text, correction(rejected.factFile, putin, next).edits);
    assert.deepEqual(after.factFile.rejections, []);
  });
});

// The fact-file merge against the writer: two sides edit a seed fact file at random (annotate,
// remove, re-annotate as another entity, flag orphaned, record another status, remove a fact),
// each touching its own entries, and the merge of the two must give, byte for byte and without a
// conflict, the file the writer gives for both sides' edits applied one after the other (ours
// first, or theirs first: where the order of ids in a fact's evidence depends on it).
// A failure names its case and seed: FACT_FILE_MERGE_SEED=<seed> FACT_FILE_MERGE_CASES=1 replays it.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeFact } from '../../src/core/annotation/status';
import { mentionId } from '../../src/core/factFile/ids';
import { mergeFactFiles } from '../../src/core/factFile/merge';
import type { AttendanceStatus, FactFile, FactFileMention } from '../../src/core/factFile/schema';
import { ATTENDANCE_STATUSES } from '../../src/core/factFile/schema';
import { applyFactFileEdits, parseFactFile, type FactFileEdit } from '../../src/core/factFile/store';
import { type Choices, choices } from '../fuzz/editScripts';

const CASES = Number(process.env.FACT_FILE_MERGE_CASES ?? 80);
const FIRST_SEED = Number(process.env.FACT_FILE_MERGE_SEED ?? 0x3e76e);
const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const FACT_FILES = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.facts.yaml'))
  .map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));

type Side = 'ours' | 'theirs';
const ENTITIES = ['person:annotated-elsewhere', 'organization:annotated-elsewhere', 'place:annotated-elsewhere'];

function apply(text: string, file: string, edits: FactFileEdit[], context: string): string {
  const result = applyFactFileEdits(text, file, edits);
  assert.ok(result.ok, result.ok ? '' : `${context}: ${JSON.stringify(result.problems)}`);
  return result.text;
}

/** Which side may change each fact and mention: a mention cited by a side's fact is that side's, or no one's. */
function owners(c: Choices, factFile: FactFile): { facts: Map<string, Side>; mentions: Map<string, Side> } {
  const facts = new Map<string, Side>();
  const reserved = new Map<string, Set<Side>>();
  for (const fact of factFile.facts) {
    const side = c.pick<Side | undefined>(['ours', 'theirs', undefined, undefined]);
    if (!side) continue;
    facts.set(fact.id, side);
    for (const id of fact.evidence) (reserved.get(id) ?? reserved.set(id, new Set()).get(id)!).add(side);
  }
  const mentions = new Map<string, Side>();
  for (const mention of factFile.mentions) {
    const allowed = reserved.get(mention.id);
    const side = c.pick<Side | undefined>(['ours', 'theirs', undefined, undefined]);
    if (side && (!allowed || (allowed.size === 1 && allowed.has(side)))) mentions.set(mention.id, side);
  }
  return { facts, mentions };
}

/** One side's edits: of the entries it owns, and new mentions and facts of its own, far from the other side's. */
function sideEdits(c: Choices, factFile: FactFile, owned: ReturnType<typeof owners>, side: Side): FactFileEdit[] {
  const edits: FactFileEdit[] = [];
  // Facts first: a status is recorded with the evidence the fact has before its mentions change.
  for (const fact of factFile.facts) {
    if (owned.facts.get(fact.id) !== side || c.chance(0.3)) continue;
    if (fact.type === 'attendance') edits.push({ kind: 'addFact', fact: { ...fact, status: c.pick(ATTENDANCE_STATUSES.filter((s) => s !== fact.status)) } });
    else edits.push({ kind: 'removeFact', id: fact.id });
  }
  for (const mention of factFile.mentions) {
    if (owned.mentions.get(mention.id) !== side) continue;
    const what = c.int(4);
    if (what === 0) edits.push({ kind: 'removeMention', id: mention.id });
    else if (what === 1) edits.push({ kind: 'updateMention', id: mention.id, patch: { orphaned: true } });
    else if (what === 2) {
      const entity = c.pick(ENTITIES);
      const { date: _date, orphaned: _orphaned, ...anchor } = mention;
      edits.push({ kind: 'replaceMention', id: mention.id, mention: { ...anchor, entity, id: mentionId(entity, mention.start, mention.quote) } });
    }
  }
  const added = c.int(4);
  for (let i = 0; i < added; i++) {
    const start = 100_000 + (side === 'ours' ? 0 : 50_000) + i * 100 + c.int(50);
    const quote = c.pick(['Leader', 'the Kremlin', 'Sommet']);
    const entity = c.pick(ENTITIES);
    const mention: FactFileMention = { id: mentionId(entity, start, quote), entity, quote, prefix: '', suffix: '', start, end: start + quote.length };
    edits.push({ kind: 'addMention', mention });
    if (c.chance(0.5)) {
      const status: AttendanceStatus = c.pick(ATTENDANCE_STATUSES);
      edits.push({ kind: 'addFact', fact: makeFact({ type: 'attendance', person: `person:attendee-${side}-${i}`, event: 'event:csto-summit-2022-yerevan', status }, [mention.id]) });
    }
  }
  return edits;
}

describe('merging fact files, against the writer (property)', () => {
  it(`gives the writer's file for both sides' edits, in ${CASES} random cases`, function () {
    this.timeout(Math.max(120_000, CASES * 1_000));
    for (let k = 0; k < CASES; k++) {
      const seed = FIRST_SEED + k;
      const c = choices(seed);
      const { name, text: base } = c.pick(FACT_FILES);
      const factFile = parseFactFile(base, name).factFile!;
      const owned = owners(c, factFile);
      const ours = sideEdits(c, factFile, owned, 'ours');
      const theirs = sideEdits(c, factFile, owned, 'theirs');
      const context = `case ${k}, seed ${seed} (${name}): FACT_FILE_MERGE_SEED=${seed} FACT_FILE_MERGE_CASES=1 replays it`;
      const result = mergeFactFiles(base, apply(base, name, ours, context), apply(base, name, theirs, context), name);
      assert.ok(result.ok, `${context}: ${JSON.stringify(result)}`);
      assert.deepEqual(result.conflicts, [], context);
      // Either side's edits first: both are files the extension could have written.
      const expected = apply(base, name, [...ours, ...theirs], context);
      if (result.text !== expected && result.text !== apply(base, name, [...theirs, ...ours], context)) assert.fail(`${context}:\n${lineDiff(result.text, expected)}`);
    }
  });
});

/** The lines where two texts first differ, with a few around them. */
function lineDiff(actual: string, expected: string): string {
  const [a, e] = [actual.split('\n'), expected.split('\n')];
  let i = 0;
  while (i < a.length && a[i] === e[i]) i++;
  const around = (lines: string[]) => lines.slice(Math.max(0, i - 3), i + 6).join('\n');
  return `merged, from line ${i + 1}:\n${around(a)}\nthe writer's:\n${around(e)}`;
}

// The fact-file writer against a model: random batches of edits of every kind, applied by
// `applyFactFileEdits` to fact files whose lists are in random order (as hand edits and git merges
// leave them), must give the same article, mentions, facts and rejections as the same edits
// applied to the parsed data by the short reference below, which knows nothing of YAML; and the
// comments above the items that remain must still be above them.
// A failure names its case and seed: FACT_FILE_EDITS_SEED=<seed> FACT_FILE_EDITS_CASES=1 replays it.
import * as assert from 'node:assert/strict';
import { Document, isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { makeFact } from '../../src/core/annotation/status';
import { factKey, mentionId } from '../../src/core/factFile/ids';
import type { ArticleMetadata, Fact, Rejection, FactFile, FactFileMention } from '../../src/core/factFile/schema';
import { applyFactFileEdits, newFactFileText, parseFactFile, type FactFileEdit, type SpanAnchor } from '../../src/core/factFile/store';
import { prng } from '../fuzz/editScripts';

const CASES = Number(process.env.FACT_FILE_EDITS_CASES ?? 400);
const FIRST_SEED = Number(process.env.FACT_FILE_EDITS_SEED ?? 0xfac7);

const NAMES: Record<string, string> = {
  Putin: 'person:vladimir-putin',
  Pashinyan: 'person:nikol-pashinyan',
  Lukashenko: 'person:alexander-lukashenko',
  Yerevan: 'place:yerevan',
  Minsk: 'place:minsk',
  Kazakhstan: 'place:kazakhstan',
  CSTO: 'organization:csto',
};
const DATES: Record<string, string> = { '23 November': '2022-11-23', '23 November 2023': '2023-11-23' };
const PEOPLE = ['person:vladimir-putin', 'person:nikol-pashinyan', 'person:alexander-lukashenko'];
const SUMMITS = [
  { event: 'event:csto-summit-2022-yerevan', city: 'place:yerevan', start: '2022-11-23' },
  { event: 'event:csto-summit-2023-minsk', city: 'place:minsk', start: '2023-11-23' },
];
const STATUSES = ['attended', 'expected', 'absent', 'uncertain'] as const;

type Random = () => number;
const int = (random: Random, n: number) => Math.floor(random() * n);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)];
const chance = (random: Random, p: number) => random() < p;

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = int(random, i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function span(random: Random, quote: string, start = int(random, 600)): SpanAnchor & { prefix: string; suffix: string } {
  return { quote, prefix: pick(random, ['', 'President ', 'in ']), suffix: pick(random, ['', ' said', ' on Wednesday']), start, end: start + quote.length };
}

function newMention(random: Random, taken: (id: string) => boolean, over?: SpanAnchor): FactFileMention {
  for (let attempt = 0; ; attempt++) {
    // Over a given span when an id is still free there (each entity gives one), else anywhere.
    const at = attempt < 10 ? over : undefined;
    const isDate = !at && chance(random, 0.2);
    const quote = at?.quote ?? (isDate ? pick(random, Object.keys(DATES)) : pick(random, Object.keys(NAMES)));
    const anchor = at ? { ...span(random, quote), start: at.start, end: at.end } : span(random, quote);
    const entity = attempt === 0 && NAMES[quote] ? NAMES[quote] : pick(random, Object.values(NAMES));
    const mention: FactFileMention = isDate
      ? { id: mentionId(`date:${DATES[quote]}`, anchor.start, quote), date: DATES[quote], ...anchor }
      : { id: mentionId(entity, anchor.start, quote), entity, ...anchor };
    if (!taken(mention.id)) return mention;
  }
}

function newFact(random: Random, mentions: readonly FactFileMention[]): Fact {
  const evidence = shuffle(random, mentions.map((m) => m.id)).slice(0, 1 + int(random, 2));
  switch (int(random, 3)) {
    case 0:
      return makeFact({ type: 'attendance', person: pick(random, PEOPLE), event: pick(random, SUMMITS).event, status: pick(random, STATUSES) }, evidence);
    case 1: {
      const summit = pick(random, SUMMITS);
      return makeFact({ type: 'summit', organization: 'organization:csto', ...summit, ...(chance(random, 0.5) ? { city: pick(random, SUMMITS).city } : {}) }, evidence);
    }
    default:
      return makeFact({ type: 'role', person: pick(random, PEOPLE), role: pick(random, ['President', 'Prime Minister']), ...(chance(random, 0.5) ? { country: 'place:armenia' } : {}) }, evidence);
  }
}

const sameSpan = (a: SpanAnchor, b: SpanAnchor) => a.start === b.start && a.end === b.end && a.quote === b.quote;

/** The reference: the edits' meaning on plain data, one rule at a time. */
class Model {
  /** The rejections as the file listed them before the batch, by which `updateRejection` names them. */
  readonly rejectionsAsRead: Rejection[];

  constructor(readonly factFile: FactFile) {
    this.rejectionsAsRead = [...factFile.rejections];
  }

  apply(edit: FactFileEdit): void {
    const s = this.factFile;
    switch (edit.kind) {
      case 'addMention':
        s.rejections = s.rejections.filter((r) => !sameSpan(r, edit.mention));
        if (!s.mentions.some((m) => m.id === edit.mention.id)) s.mentions.push(structuredClone(edit.mention));
        return;
      case 'removeMention':
        return this.removeMentions((m) => m.id === edit.id);
      case 'updateMention': {
        const mention = s.mentions.find((m) => m.id === edit.id);
        if (mention) assign(mention, edit.patch);
        return;
      }
      case 'replaceMention': {
        const mention = s.mentions.find((m) => m.id === edit.id);
        if (!mention) return;
        s.rejections = s.rejections.filter((r) => !sameSpan(r, edit.mention));
        const next = edit.mention.id;
        if (next !== edit.id && s.mentions.some((m) => m.id === next)) s.mentions = s.mentions.filter((m) => m !== mention);
        else {
          for (const field of Object.keys(mention)) delete (mention as Record<string, unknown>)[field];
          Object.assign(mention, structuredClone(edit.mention));
        }
        for (const fact of s.facts) {
          if (next === edit.id || !fact.evidence.includes(edit.id)) continue;
          fact.evidence = fact.evidence.includes(next) ? fact.evidence.filter((id) => id !== edit.id) : fact.evidence.map((id) => (id === edit.id ? next : id));
        }
        return;
      }
      case 'removeEvidence': {
        const fact = s.facts.find((f) => f.id === edit.fact && f.evidence.includes(edit.mention));
        if (!fact) return;
        fact.evidence = fact.evidence.filter((id) => id !== edit.mention);
        if (fact.evidence.length === 0) s.facts = s.facts.filter((f) => f !== fact);
        return;
      }
      case 'updateRejection': {
        const rejection = this.rejectionsAsRead[edit.index];
        if (rejection && s.rejections.includes(rejection)) assign(rejection, edit.patch);
        return;
      }
      case 'addFact': {
        const existing = s.facts.find((f) => factKey(f) === factKey(edit.fact));
        if (!existing) {
          s.facts.push(structuredClone(edit.fact));
          return;
        }
        for (const [field, value] of Object.entries(edit.fact)) if (field !== 'id' && field !== 'evidence' && value !== undefined) (existing as Record<string, unknown>)[field] = value;
        for (const id of edit.fact.evidence) if (!existing.evidence.includes(id)) existing.evidence.push(id);
        return;
      }
      case 'removeFact':
        s.facts = s.facts.filter((f) => f.id !== edit.id);
        return;
      case 'addRejection':
        this.removeMentions((m) => !m.orphaned && sameSpan(m, edit.rejection));
        if (!s.rejections.some((r) => sameSpan(r, edit.rejection))) s.rejections.push(structuredClone(edit.rejection));
        return;
      case 'removeRejection':
        s.rejections = s.rejections.filter((r) => !sameSpan(r, edit.rejection));
        return;
      case 'setArticle':
        assign(s.article, edit.patch);
        return;
    }
  }

  private removeMentions(test: (m: FactFileMention) => boolean): void {
    const gone = new Set(this.factFile.mentions.filter(test).map((m) => m.id));
    this.factFile.mentions = this.factFile.mentions.filter((m) => !gone.has(m.id));
    for (const fact of this.factFile.facts) fact.evidence = fact.evidence.filter((id) => !gone.has(id));
    this.factFile.facts = this.factFile.facts.filter((f) => f.evidence.length > 0);
  }
}

/** Object.assign, where a field set to undefined is deleted. */
function assign(target: object, patch: object): void {
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) delete (target as Record<string, unknown>)[field];
    else (target as Record<string, unknown>)[field] = value;
  }
}

/** One random edit, of any kind, against the model's current state. */
function randomEdit(random: Random, model: Model, fresh: () => number): FactFileEdit {
  const { mentions, facts, rejections } = model.factFile;
  const taken = (id: string) => mentions.some((m) => m.id === id);
  for (;;) {
    switch (int(random, 11)) {
      case 0: {
        if (chance(random, 0.15) && mentions.length > 0) return { kind: 'addMention', mention: structuredClone(pick(random, mentions)) };
        // Over a rejected span: the rejection must go.
        const over = chance(random, 0.4) && rejections.length > 0 ? pick(random, rejections) : undefined;
        return { kind: 'addMention', mention: newMention(random, taken, over) };
      }
      case 1:
        return { kind: 'removeMention', id: mentions.length > 0 && chance(random, 0.85) ? pick(random, mentions).id : 'm-0000000000' };
      case 2: {
        if (mentions.length === 0) continue;
        const mention = pick(random, mentions);
        const start = fresh();
        const quote = pick(random, Object.keys(NAMES));
        const patch = pick(random, [
          { orphaned: true },
          { orphaned: undefined },
          { start, end: start + mention.quote.length },
          { quote, end: mention.start + quote.length },
          { prefix: 'the ', suffix: '' },
        ]);
        return { kind: 'updateMention', id: mention.id, patch };
      }
      case 3: {
        const index = int(random, model.rejectionsAsRead.length + 1);
        const quote = model.rejectionsAsRead[index]?.quote ?? 'Minsk';
        const start = fresh();
        return { kind: 'updateRejection', index, patch: chance(random, 0.7) ? { start, end: start + quote.length, prefix: 'moved ' } : { suffix: ' again' } };
      }
      case 4: {
        if (mentions.length === 0) continue;
        const fact = newFact(random, mentions);
        // Sometimes the same fact as one there, restated: its fields are updated, its evidence merged.
        const same = facts.filter((f) => f.type === 'attendance');
        if (same.length > 0 && chance(random, 0.4)) {
          const existing = pick(random, same) as Extract<Fact, { type: 'attendance' }>;
          return { kind: 'addFact', fact: makeFact({ type: 'attendance', person: existing.person, event: existing.event, status: pick(random, STATUSES) }, fact.evidence) };
        }
        return { kind: 'addFact', fact };
      }
      case 5:
        return { kind: 'removeFact', id: facts.length > 0 && chance(random, 0.85) ? pick(random, facts).id : 'f-0000000000' };
      case 6: {
        // Over an annotated span: the mention must go, and the evidence it gave.
        if (chance(random, 0.5) && mentions.length > 0) {
          const { quote, prefix, suffix, start, end, entity } = pick(random, mentions);
          return { kind: 'addRejection', rejection: { quote, prefix, suffix, start, end, ...(entity ? { entity } : {}) } };
        }
        if (chance(random, 0.2) && rejections.length > 0) return { kind: 'addRejection', rejection: structuredClone(pick(random, rejections)) };
        return { kind: 'addRejection', rejection: span(random, pick(random, Object.keys(NAMES))) };
      }
      case 7: {
        if (rejections.length > 0 && chance(random, 0.8)) {
          const { quote, start, end } = pick(random, rejections);
          return { kind: 'removeRejection', rejection: { quote, start, end } };
        }
        return { kind: 'removeRejection', rejection: { quote: 'Minsk', start: 9999, end: 10004 } };
      }
      case 8: {
        if (mentions.length === 0) continue;
        const mention = pick(random, mentions);
        const others = mentions.filter((m) => m !== mention);
        const roll = random();
        // Another entity at its span; another span; one recorded already (the two merge); itself.
        if (roll < 0.4) return { kind: 'replaceMention', id: mention.id, mention: newMention(random, taken, mention) };
        if (roll < 0.7 || others.length === 0) {
          const start = fresh();
          const replacement = newMention(random, taken, { quote: mention.quote, start, end: start + mention.quote.length });
          return { kind: 'replaceMention', id: chance(random, 0.9) ? mention.id : 'm-0000000000', mention: replacement };
        }
        if (roll < 0.9) return { kind: 'replaceMention', id: mention.id, mention: structuredClone(pick(random, others)) };
        return { kind: 'replaceMention', id: mention.id, mention: { ...structuredClone(mention), orphaned: mention.orphaned ? undefined : true } };
      }
      case 9: {
        const cited = facts.filter((f) => f.evidence.length > 0);
        if (cited.length === 0 || chance(random, 0.1)) return { kind: 'removeEvidence', fact: 'f-0000000000', mention: 'm-0000000000' };
        const fact = pick(random, cited);
        return { kind: 'removeEvidence', fact: fact.id, mention: pick(random, fact.evidence) };
      }
      default: {
        const patch: Partial<ArticleMetadata> = pick(random, [{ published: pick(random, ['2022-11-23', '2023-11']) }, { publisher: pick(random, ['TASS', 'ANSA']) }, { language: 'it' }]);
        return { kind: 'setArticle', patch };
      }
    }
  }
}

interface Case {
  text: string;
  /** The comment written above each item, by the item's identity in the parsed data. */
  comments: Map<object, string>;
  parsed: FactFile;
}

/** A valid fact file with lists in random order, some items with a comment above them. */
async function randomFactFile(random: Random, fresh: () => number): Promise<Case> {
  const mentions: FactFileMention[] = [];
  for (let n = int(random, 9); n > 0; n--) {
    const mention = newMention(random, (id) => mentions.some((m) => m.id === id));
    if (chance(random, 0.15)) mention.orphaned = true;
    mentions.push(mention);
  }
  const facts: Fact[] = [];
  if (mentions.length > 0) {
    for (let n = int(random, 6); n > 0; n--) {
      const fact = newFact(random, mentions);
      if (!facts.some((f) => factKey(f) === factKey(fact))) facts.push(fact);
    }
  }
  const rejections: Rejection[] = [];
  for (let n = int(random, 5); n > 0; n--) {
    // Some on a mention's span, as older versions could leave them.
    const on = chance(random, 0.3) && mentions.length > 0 ? pick(random, mentions) : undefined;
    const rejection = on ? { quote: on.quote, prefix: on.prefix, suffix: on.suffix, start: on.start, end: on.end } : span(random, pick(random, Object.keys(NAMES)), fresh());
    if (!rejections.some((r) => sameSpan(r, rejection))) rejections.push(rejection);
  }
  const header = await newFactFileText({ file: 'a.txt', language: 'en', textHash: `sha256:${'0'.repeat(64)}` });
  const document = new Document({ mentions: shuffle(random, mentions), facts: shuffle(random, facts), rejections: shuffle(random, rejections) });
  const tags = new Map<string, string>();
  let next = 0;
  for (const key of ['mentions', 'facts', 'rejections']) {
    const seq = document.get(key, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((node, i) => {
      if (!chance(random, 0.5)) return;
      const tag = ` note ${next++} on ${key}[${i}]`;
      (node as YAMLMap).commentBefore = tag;
      tags.set(`${key}[${i}]`, tag);
    });
  }
  const body = document.toString({ lineWidth: 0 }).replace(/^facts:/m, '# the facts, by kind\nfacts:');
  const text = header.replace(/mentions: \[\]\nfacts: \[\]\nrejections: \[\]\n/, body);
  const { factFile, problems } = parseFactFile(text, 'case.facts.yaml');
  assert.deepEqual(problems, [], text);
  const comments = new Map<object, string>();
  for (const key of ['mentions', 'facts', 'rejections'] as const) {
    factFile![key].forEach((item, i) => {
      const tag = tags.get(`${key}[${i}]`);
      if (tag) comments.set(item, tag);
    });
  }
  return { text, comments, parsed: factFile! };
}

/** What a fact file says, whatever order it says it in. */
function meaning(factFile: FactFile): unknown {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  const bySpan = (a: Rejection, b: Rejection) => a.start - b.start || a.end - b.end || (a.quote < b.quote ? -1 : a.quote > b.quote ? 1 : 0);
  return JSON.parse(JSON.stringify({ article: factFile.article, mentions: [...factFile.mentions].sort(byId), facts: [...factFile.facts].sort(byId), rejections: [...factFile.rejections].sort(bySpan) }));
}

/** The comment above each item of the written file, found by what the item is. */
function commentsAbove(text: string): { key: string; value: Record<string, unknown>; comment: string }[] {
  const document = parseDocument(text);
  const found: { key: string; value: Record<string, unknown>; comment: string }[] = [];
  for (const key of ['mentions', 'facts', 'rejections']) {
    const seq = document.get(key, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((node, i) => {
      if (!isMap(node)) return;
      const comment = [i === 0 ? seq.commentBefore : undefined, node.commentBefore].filter(Boolean).join('\n');
      found.push({ key, value: node.toJS(document) as Record<string, unknown>, comment });
    });
  }
  return found;
}

function assertCommentsKept(kase: Case, model: Model, written: string): void {
  assert.match(written, /^# Annotations of a\.txt/, 'the header comment');
  assert.match(written, /# the facts, by kind\n/, 'the comment between the lists');
  const items = commentsAbove(written);
  for (const key of ['mentions', 'facts', 'rejections'] as const) {
    for (const item of model.factFile[key] as object[]) {
      const tag = kase.comments.get(item);
      if (!tag) continue;
      const found = items.find((i) => i.key === key && ('id' in item ? i.value.id === (item as { id: string }).id : sameSpan(i.value as unknown as SpanAnchor, item as SpanAnchor)));
      assert.ok(found?.comment.includes(tag.trim()), `the comment "${tag.trim()}" above its item in ${key}; found ${JSON.stringify(found?.comment)}`);
    }
  }
}

function assertSorted(factFile: FactFile): void {
  const starts = (items: { start: number; end: number }[]) => items.every((m, i) => i === 0 || items[i - 1].start < m.start || (items[i - 1].start === m.start && items[i - 1].end <= m.end));
  assert.ok(starts(factFile.mentions), 'mentions by position');
  assert.ok(starts(factFile.rejections), 'rejections by position');
  const order = { summit: 0, attendance: 1, role: 2 };
  assert.ok(
    factFile.facts.every((f, i) => i === 0 || order[factFile.facts[i - 1].type] < order[f.type] || (order[factFile.facts[i - 1].type] === order[f.type] && factKey(factFile.facts[i - 1]) <= factKey(f))),
    'facts by kind and subject',
  );
}

describe('fact file store: random edits on fact files in random order, against a model', () => {
  it(`gives the model's facts, mentions and rejections, with comments kept (${CASES} batches)`, async () => {
    const kinds = new Map<string, number>();
    for (let c = 0; c < CASES; c++) {
      const seed = FIRST_SEED + c;
      const random = prng(seed);
      let counter = 1000;
      const fresh = () => (counter += 20 + int(random, 20));
      const kase = await randomFactFile(random, fresh);
      const model = new Model(kase.parsed);
      const edits: FactFileEdit[] = [];
      for (let n = 1 + int(random, 8); n > 0; n--) {
        const edit = randomEdit(random, model, fresh);
        edits.push(edit);
        model.apply(edit);
        kinds.set(edit.kind, (kinds.get(edit.kind) ?? 0) + 1);
      }
      const where = `case ${c} (FACT_FILE_EDITS_SEED=${seed} FACT_FILE_EDITS_CASES=1)\n${kase.text}\nedits: ${JSON.stringify(edits, null, 1)}`;
      const result = applyFactFileEdits(kase.text, `case-${c}.facts.yaml`, edits);
      assert.ok(result.ok, `${where}\nrefused: ${result.ok ? '' : JSON.stringify(result.problems)}`);
      const written = parseFactFile(result.text, 'x').factFile;
      assert.ok(written, where);
      assert.deepStrictEqual(meaning(written), meaning(model.factFile), where);
      assert.deepStrictEqual(result.factFile, written, `${where}\nthe data returned is the data written`);
      if (result.changed) assertSorted(written);
      assertCommentsKept(kase, model, result.text);
    }
    // Every kind of edit was tried, many times.
    for (const kind of ['addMention', 'removeMention', 'updateMention', 'replaceMention', 'removeEvidence', 'updateRejection', 'addFact', 'removeFact', 'addRejection', 'removeRejection', 'setArticle']) {
      assert.ok((kinds.get(kind) ?? 0) >= CASES / 10 || CASES < 100, `${kind}: ${kinds.get(kind) ?? 0} times`);
    }
  });
});

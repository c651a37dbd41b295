import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bundledKnowledgeBase, type KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import type { Entity } from '../../src/core/knowledgeBase/schema';
import type { Problem } from '../../src/core/problems';
import type { FactFile } from '../../src/core/factFile/schema';
import { parseFactFile } from '../../src/core/factFile/store';
import { FactIndex } from '../../src/core/workspace/factIndex';
import { choices } from '../fuzz/editScripts';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const kb = bundledKnowledgeBase();

function seeds(): { path: string; factFile: FactFile }[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.facts.yaml'))
    .sort()
    .map((f) => ({ path: `seeds/${f}`, factFile: parseFactFile(readFileSync(join(SEEDS, f), 'utf8'), f).factFile! }));
}

/** Counts an entity's mentions the slow way, straight from the fact files. */
function countMentions(factFiles: FactFile[], entity: string): { articles: number; mentions: number } {
  const per = factFiles.map((s) => s.mentions.filter((m) => m.entity === entity).length);
  return { articles: per.filter((n) => n > 0).length, mentions: per.reduce((a, b) => a + b, 0) };
}

describe('fact index', () => {
  it('counts mentions per entity as the fact files do, through changes and deletions', () => {
    const all = seeds();
    const index = new FactIndex();
    for (const { path, factFile } of all) index.set(path, factFile);
    const entities = [...new Set(all.flatMap((s) => s.factFile.mentions.map((m) => m.entity).filter((e): e is string => !!e)))];
    assert.ok(entities.length > 20);
    for (const entity of entities) assert.deepEqual(index.mentionsOf(entity), countMentions(all.map((s) => s.factFile), entity), entity);

    // One file loses its mentions of Putin; another file goes.
    const [first, second] = all;
    const edited: FactFile = { ...first.factFile, mentions: first.factFile.mentions.filter((m) => m.entity !== 'person:vladimir-putin') };
    index.set(first.path, edited);
    index.delete(second.path);
    const now = [edited, ...all.slice(2).map((s) => s.factFile)];
    for (const entity of entities) assert.deepEqual(index.mentionsOf(entity), countMentions(now, entity), entity);
    assert.deepEqual(index.mentionsOf('person:nobody'), { articles: 0, mentions: 0 });
  });

  it('keeps each file’s summit and attendance facts for the tree, and the summits they make', () => {
    const all = seeds();
    const index = new FactIndex();
    for (const { path, factFile } of all) index.set(path, factFile);
    for (const { path, factFile } of all) {
      assert.deepEqual(
        index.treeFactsOf(path),
        factFile.facts.filter((f) => f.type !== 'role'),
        path,
      );
    }
    const summits = index.summits(kb);
    const attendances = all.flatMap((s) => s.factFile.facts).filter((f) => f.type === 'attendance');
    assert.ok(summits.length > 0);
    // Every attendance fact is in the tree, under its summit, with its evidence.
    for (const fact of attendances) {
      const summit = summits.find((s) => s.key === (fact.type === 'attendance' ? fact.event : ''));
      const attendance = summit?.attendances.find((a) => a.person === (fact.type === 'attendance' ? fact.person : ''));
      assert.ok(attendance, `${fact.id} is in the tree`);
      for (const id of fact.evidence) assert.ok(attendance.evidence.some((e) => e.mention.id === id), `${fact.id} cites ${id}`);
    }
  });

  it('holds none of the fact files’ texts: only the facts the tree shows', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Each text is a seed's fact file with a long comment: 2 MiB that nothing in it refers to.
    const seedTexts = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.facts.yaml'))
      .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
    const padding = `# ${'ĸ'.repeat(1 << 20)}\n`;
    const index = new FactIndex();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20; i++) {
      const text = `# ${i}\n${padding}${seedTexts[i % seedTexts.length]}`;
      index.set(`copies/${i}.facts.yaml`, parseFactFile(text, `${i}.facts.yaml`).factFile);
    }
    gc();
    const grownMiB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    assert.ok(index.summits(kb).length > 0);
    // 20 texts of 2 MiB each are 40 MiB: the index holds a small part of one.
    assert.ok(grownMiB < 4, `the index grew by ${grownMiB.toFixed(1)} MiB`);
  });

  it('lists unreadable files and orphaned mentions, and knows when nothing is annotated', () => {
    const index = new FactIndex();
    assert.equal(index.isEmpty(), true);
    const [{ path, factFile }] = seeds();
    const orphaned: FactFile = { ...factFile, mentions: factFile.mentions.map((m, i) => (i === 0 ? { ...m, orphaned: true } : m)) };
    index.set(path, orphaned);
    const problem = { file: 'x.facts.yaml', line: 3, column: 1, field: 'mentions', message: 'bad', severity: 'error' as const };
    index.set('x.facts.yaml', undefined, [problem]);
    assert.equal(index.isEmpty(), false);
    assert.deepEqual(index.invalid(), [{ factFilePath: 'x.facts.yaml', problems: [problem] }]);
    assert.deepEqual(
      index.orphans().map((e) => e.mention.id),
      [factFile.mentions[0].id],
    );
    index.set(path, factFile);
    assert.deepEqual(index.orphans(), []);
  });

  it('remembers which paths held annotations when their file is found empty or unreadable, until told otherwise', () => {
    const index = new FactIndex();
    const [{ path, factFile }] = seeds();
    assert.equal(index.heldAnnotations(path), false);
    index.set(path, factFile);
    assert.equal(index.heldAnnotations(path), true);
    // Read empty mid-save (the service drops the entry), or broken for a while: still remembered.
    index.delete(path);
    assert.equal(index.heldAnnotations(path), true);
    index.set(path, undefined, [{ file: path, line: 1, column: 1, field: '', message: 'bad', severity: 'error' }]);
    assert.equal(index.heldAnnotations(path), true);
    // A valid file that records nothing, or a user who empties it on purpose: forgotten.
    index.set(path, { ...factFile, mentions: [], facts: [], rejections: [] });
    assert.equal(index.heldAnnotations(path), false);
    index.set(path, factFile);
    index.forgetAnnotations(path);
    assert.equal(index.heldAnnotations(path), false);
  });
});


/** Everything the index answers, as a from-scratch index of the same files must answer it too. */
function answers(index: FactIndex, knowledgeBase: KnowledgeBase, entities: readonly string[]): unknown {
  const paths = index.paths().sort();
  return {
    summits: index.summits(knowledgeBase),
    leaders: index.leaders(knowledgeBase),
    orphans: index.orphans(),
    invalid: index.invalid(),
    empty: index.isEmpty(),
    count: index.factFileCount,
    paths,
    perPath: paths.map((p) => ({ p, facts: index.treeFactsOf(p), article: index.articleOf(p), problems: index.problemsOf(p) })),
    mentions: entities.map((e) => index.mentionsOf(e)),
    attendances: ['person:vladimir-putin', 'person:nikol-pashinyan'].map((p) => index.attendancesOf(p, knowledgeBase)),
  };
}

describe('fact index: incremental updates against a build from scratch', () => {
  it('answers as an index built afresh from the same files, after every one of hundreds of random changes', () => {
    const r = choices(Number(process.env.FACT_INDEX_SEED ?? 11));
    const base = seeds().map((s) => s.factFile);
    const people = [...new Set(base.flatMap((f) => f.facts.flatMap((fact) => (fact.type === 'attendance' ? [fact.person] : []))))];
    const events = [...new Set(base.flatMap((f) => f.facts.flatMap((fact) => (fact.type !== 'role' && fact.event ? [fact.event] : []))))];
    const entities = [...new Set(base.flatMap((f) => f.mentions.flatMap((m) => (m.entity ? [m.entity] : []))))];
    const statuses = ['attended', 'expected', 'absent', 'uncertain'] as const;
    // Another knowledge base, as after a reload: one leader renamed, so that names and order change.
    const renamed = kb.withOverrides({ entities: [{ ...(kb.get('person:vladimir-putin') as Extract<Entity, { type: 'person' }>), name: 'Aaron Putin' }], remove: [] });
    const paths = ['seeds/a.facts.yaml', 'seeds/b.facts.yaml', 'articles/c.facts.yaml', 'articles/d/e.facts.yaml', 'f.facts.yaml', 'seeds/g.facts.yaml'];

    /** One of the seeds' fact files, changed at random: facts dropped, moved to other people and summits, statuses changed, mentions dropped, re-pointed or orphaned. */
    const variant = (): FactFile => {
      const from = r.pick(base);
      const mentions = from.mentions
        .filter(() => !r.chance(0.2))
        .map((m) => (r.chance(0.1) ? { ...m, orphaned: true as const } : r.chance(0.1) && m.entity ? { ...m, entity: r.pick(entities) } : m));
      const facts = from.facts
        .filter(() => !r.chance(0.25))
        .map((fact) => {
          if (fact.type === 'attendance') return { ...fact, status: r.chance(0.5) ? r.pick(statuses) : fact.status, person: r.chance(0.2) ? r.pick(people) : fact.person, event: r.chance(0.2) ? r.pick(events) : fact.event };
          if (fact.type === 'summit' && r.chance(0.3)) return { ...fact, event: undefined, start: r.pick(['2022-11-23', '2023-11-23', '2019-11-28']) };
          return fact;
        });
      return { ...from, mentions, facts };
    };

    const files = new Map<string, { factFile?: FactFile; problems: Problem[] }>();
    const index = new FactIndex();
    let knowledgeBase: KnowledgeBase = kb;
    let compared = 0;
    for (let step = 0; step < 400; step++) {
      const path = r.pick(paths);
      const what = r.int(10);
      if (what < 6) {
        const factFile = variant();
        index.set(path, factFile);
        files.set(path, { factFile, problems: [] });
      } else if (what < 7) {
        const problems: Problem[] = [{ file: path, line: 1 + r.int(9), column: 1, field: '', message: 'bad', severity: 'error' }];
        index.set(path, undefined, problems);
        files.set(path, { problems });
      } else if (what < 9) {
        index.delete(path);
        files.delete(path);
      } else knowledgeBase = knowledgeBase === kb ? renamed : kb;
      // The index's answers are asked for now and then between changes, as the tree and hovers do, so that what it keeps from one answer to the next is used.
      if (r.chance(0.5)) answers(index, knowledgeBase, entities);
      if (!r.chance(0.7)) continue;
      const fresh = new FactIndex();
      for (const [p, { factFile, problems }] of files) fresh.set(p, factFile, problems);
      assert.deepStrictEqual(answers(index, knowledgeBase, entities), answers(fresh, knowledgeBase, entities), `after step ${step}`);
      compared++;
    }
    assert.ok(compared > 200, `${compared} comparisons`);
    assert.ok(index.summits(knowledgeBase).length > 0 || files.size === 0);
  });
});

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import type { Sidecar } from '../../src/core/sidecar/schema';
import { parseSidecar } from '../../src/core/sidecar/store';
import { FactIndex } from '../../src/core/workspace/factIndex';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const kb = bundledKnowledgeBase();

function seeds(): { path: string; sidecar: Sidecar }[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.facts.yaml'))
    .sort()
    .map((f) => ({ path: `seeds/${f}`, sidecar: parseSidecar(readFileSync(join(SEEDS, f), 'utf8'), f).sidecar! }));
}

/** Counts an entity's mentions the slow way, straight from the sidecars. */
function countMentions(sidecars: Sidecar[], entity: string): { articles: number; mentions: number } {
  const per = sidecars.map((s) => s.mentions.filter((m) => m.entity === entity).length);
  return { articles: per.filter((n) => n > 0).length, mentions: per.reduce((a, b) => a + b, 0) };
}

describe('fact index', () => {
  it('counts mentions per entity as the sidecars do, through changes and deletions', () => {
    const all = seeds();
    const index = new FactIndex();
    for (const { path, sidecar } of all) index.set(path, sidecar);
    const entities = [...new Set(all.flatMap((s) => s.sidecar.mentions.map((m) => m.entity).filter((e): e is string => !!e)))];
    assert.ok(entities.length > 20);
    for (const entity of entities) assert.deepEqual(index.mentionsOf(entity), countMentions(all.map((s) => s.sidecar), entity), entity);

    // One file loses its mentions of Putin; another file goes.
    const [first, second] = all;
    const edited: Sidecar = { ...first.sidecar, mentions: first.sidecar.mentions.filter((m) => m.entity !== 'person:vladimir-putin') };
    index.set(first.path, edited);
    index.delete(second.path);
    const now = [edited, ...all.slice(2).map((s) => s.sidecar)];
    for (const entity of entities) assert.deepEqual(index.mentionsOf(entity), countMentions(now, entity), entity);
    assert.deepEqual(index.mentionsOf('person:nobody'), { articles: 0, mentions: 0 });
  });

  it('keeps each file’s summit and attendance facts for the tree, and the summits they make', () => {
    const all = seeds();
    const index = new FactIndex();
    for (const { path, sidecar } of all) index.set(path, sidecar);
    for (const { path, sidecar } of all) {
      assert.deepEqual(
        index.treeFactsOf(path),
        sidecar.facts.filter((f) => f.type !== 'role'),
        path,
      );
    }
    const summits = index.summits(kb);
    const attendances = all.flatMap((s) => s.sidecar.facts).filter((f) => f.type === 'attendance');
    assert.ok(summits.length > 0);
    // Every attendance fact is in the tree, under its summit, with its evidence.
    for (const fact of attendances) {
      const summit = summits.find((s) => s.key === (fact.type === 'attendance' ? fact.event : ''));
      const attendance = summit?.attendances.find((a) => a.person === (fact.type === 'attendance' ? fact.person : ''));
      assert.ok(attendance, `${fact.id} is in the tree`);
      for (const id of fact.evidence) assert.ok(attendance.evidence.some((e) => e.mention.id === id), `${fact.id} cites ${id}`);
    }
  });

  it('lists unreadable files and orphaned mentions, and knows when nothing is annotated', () => {
    const index = new FactIndex();
    assert.equal(index.isEmpty(), true);
    const [{ path, sidecar }] = seeds();
    const orphaned: Sidecar = { ...sidecar, mentions: sidecar.mentions.map((m, i) => (i === 0 ? { ...m, orphaned: true } : m)) };
    index.set(path, orphaned);
    const problem = { file: 'x.facts.yaml', line: 3, column: 1, field: 'mentions', message: 'bad', severity: 'error' as const };
    index.set('x.facts.yaml', undefined, [problem]);
    assert.equal(index.isEmpty(), false);
    assert.deepEqual(index.invalid(), [{ sidecarPath: 'x.facts.yaml', problems: [problem] }]);
    assert.deepEqual(
      index.orphans().map((e) => e.mention.id),
      [sidecar.mentions[0].id],
    );
    index.set(path, sidecar);
    assert.deepEqual(index.orphans(), []);
  });

  it('remembers which paths held annotations when their file is found empty or unreadable, until told otherwise', () => {
    const index = new FactIndex();
    const [{ path, sidecar }] = seeds();
    assert.equal(index.heldAnnotations(path), false);
    index.set(path, sidecar);
    assert.equal(index.heldAnnotations(path), true);
    // Read empty mid-save (the service drops the entry), or broken for a while: still remembered.
    index.delete(path);
    assert.equal(index.heldAnnotations(path), true);
    index.set(path, undefined, [{ file: path, line: 1, column: 1, field: '', message: 'bad', severity: 'error' }]);
    assert.equal(index.heldAnnotations(path), true);
    // A valid file that records nothing, or a user who empties it on purpose: forgotten.
    index.set(path, { ...sidecar, mentions: [], facts: [], rejections: [] });
    assert.equal(index.heldAnnotations(path), false);
    index.set(path, sidecar);
    index.forgetAnnotations(path);
    assert.equal(index.heldAnnotations(path), false);
  });
});

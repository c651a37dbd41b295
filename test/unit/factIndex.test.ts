import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import type { FactFile } from '../../src/core/factFile/schema';
import { parseFactFile } from '../../src/core/factFile/store';
import { FactIndex } from '../../src/core/workspace/factIndex';

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

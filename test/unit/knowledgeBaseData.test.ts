// The bundled knowledge base as a user meets it: every entry valid and consistent, the counts the
// README gives, and Wikidata ids that each name one entity.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledEntities } from '../../src/core/knowledgeBase/data/index';
import { aliasRefusal } from '../../src/core/knowledgeBase/aliasRules';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity } from '../../src/core/knowledgeBase/schema';
import { Recognizer } from '../../src/core/recognizer/recognizer';

const README = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

/** A number as the README writes it: `1,858` → 1858. */
function readmeNumber(pattern: RegExp): number {
  const found = pattern.exec(README.replace(/\s+/g, ' '));
  assert.ok(found, `the README states ${pattern}`);
  return Number(found[1].replace(/,/g, ''));
}

describe('bundled knowledge base data', () => {
  const results = bundledEntities.map((input) => ({ input, result: Entity.safeParse(input) }));
  const parsed = results.flatMap(({ result }) => (result.success ? [result.data] : []));
  const ids = new Set(parsed.map((e) => e.id));

  it('every entity validates against the schema', () => {
    const invalid = results.flatMap(({ input, result }, index) =>
      result.success ? [] : [`${(input as { id?: string }).id ?? `#${index}`}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`],
    );
    assert.deepEqual(invalid, []);
  });

  it('has as many entities and distinct names as the README says', () => {
    assert.equal(parsed.length, readmeNumber(/covers the beat, not only the seeds: ([\d,]+) entities/));
    const recognizer = new Recognizer(bundledKnowledgeBase());
    assert.equal(recognizer.writtenNameCount, readmeNumber(/([\d,]+) distinct names/));
    assert.equal(recognizer.aliasCount, readmeNumber(/([\d,]+) with the Russian case forms/));
  });

  it('has a Collective Security Council summit in every year the README names', () => {
    const [, from, to] = /Collective Security Council summits from (\d{4}) to (\d{4})/.exec(README.replace(/\s+/g, ' '))!;
    const years = new Set(parsed.flatMap((e) => (e.type === 'event' && e.organization === 'organization:csto' && e.start ? [Number(e.start.slice(0, 4))] : [])));
    const missing: number[] = [];
    for (let year = Number(from); year <= Number(to); year++) if (!years.has(year)) missing.push(year);
    assert.deepEqual(missing, []);
  });

  it('gives each Wikidata id to one entity only', () => {
    const owners = new Map<string, string[]>();
    for (const e of parsed) if (e.wikidata) owners.set(e.wikidata, [...(owners.get(e.wikidata) ?? []), e.id]);
    assert.ok(owners.size > 50, `${owners.size} Wikidata ids`);
    assert.deepEqual([...owners].filter(([, owner]) => owner.length > 1), []);
  });

  it('ids are unique', () => {
    const seen = new Set<string>();
    const duplicates = parsed.filter((e) => (seen.has(e.id) ? true : (seen.add(e.id), false))).map((e) => e.id);
    assert.deepEqual(duplicates, []);
  });

  it('every reference names an entity that exists', () => {
    const dangling: string[] = [];
    const check = (from: string, field: string, ref: string | undefined) => {
      if (ref !== undefined && !ids.has(ref)) dangling.push(`${from} ${field} -> ${ref}`);
    };
    for (const e of parsed) {
      switch (e.type) {
        case 'person':
          check(e.id, 'country', e.country);
          e.roles.forEach((r, i) => {
            check(e.id, `roles[${i}].country`, r.country);
            check(e.id, `roles[${i}].organization`, r.organization);
          });
          break;
        case 'place':
          check(e.id, 'country', e.country);
          check(e.id, 'capital', e.capital);
          break;
        case 'organization':
          check(e.id, 'parent', e.parent);
          e.members?.forEach((m, i) => check(e.id, `members[${i}].state`, m.state));
          break;
        case 'event':
          for (const field of ['organization', 'city', 'host', 'chair'] as const) check(e.id, field, e[field]);
          break;
      }
    }
    assert.deepEqual(dangling, []);
  });

  it('role and event dates run forwards', () => {
    const backwards: string[] = [];
    for (const e of parsed) {
      const spans = e.type === 'person' ? e.roles : e.type === 'event' ? [e] : [];
      for (const s of spans) if (s.start && s.end && s.end < s.start) backwards.push(`${e.id} ${s.start}..${s.end}`);
    }
    assert.deepEqual(backwards, []);
  });

  it('no name, alias or demonym is refused as punctuation, one letter or a common word', () => {
    // UN and US are common words (Italian "un", English "us"), kept as the initials of their names.
    const refused: string[] = [];
    for (const e of parsed) {
      const lists = [{ name: [e.name] }, e.aliases, e.type === 'place' ? (e.demonyms ?? {}) : {}];
      for (const list of lists) for (const names of Object.values(list)) for (const name of names) {
        const reason = aliasRefusal(name, e);
        if (reason) refused.push(`${e.id}: "${name}" ${reason}`);
      }
    }
    assert.deepEqual(refused, []);
  });
});

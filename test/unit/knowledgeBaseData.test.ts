import * as assert from 'node:assert/strict';
import { bundledEntities } from '../../src/core/knowledgeBase/data/index';
import { aliasRefusal } from '../../src/core/knowledgeBase/aliasRules';
import { Entity } from '../../src/core/knowledgeBase/schema';

describe('bundled knowledge base data', () => {
  const parsed = bundledEntities.map((input, index) => {
    const result = Entity.safeParse(input);
    if (!result.success) {
      const id = (input as { id?: string }).id ?? `#${index}`;
      assert.fail(`${id}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return result.data;
  });
  const ids = new Set(parsed.map((e) => e.id));

  it('every entity validates against the schema', () => {
    assert.ok(parsed.length > 0);
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

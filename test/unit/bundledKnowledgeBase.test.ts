// The bundled knowledge base is read without zod (knowledgeBase.ts): each entity must be what
// zod's parse of its entry gives, value for value and key for key in the same order (the order
// shows wherever an entity is written out), and in the order of the entries.
import * as assert from 'node:assert/strict';
import { bundledEntities } from '../../src/core/knowledgeBase/data/index';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity } from '../../src/core/knowledgeBase/schema';

/** Every key of a value and of the values within it, in order, with the value's path. */
function keyOrder(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => [`${path}/${key}`, ...keyOrder((value as Record<string, unknown>)[key], `${path}/${key}`)]);
}

describe('bundled knowledge base, read without zod', () => {
  it('gives every entry as Entity.parse gives it, key for key and in order, in the order of the entries', () => {
    const parsed = bundledEntities.map((input) => Entity.parse(input));
    const entities = [...bundledKnowledgeBase().entities()];
    assert.deepEqual(
      entities.map((e) => e.id),
      parsed.map((e) => e.id),
    );
    for (let i = 0; i < parsed.length; i++) {
      assert.deepStrictEqual(entities[i], parsed[i], parsed[i].id);
      assert.deepEqual(keyOrder(entities[i]), keyOrder(parsed[i]), parsed[i].id);
    }
  });
});

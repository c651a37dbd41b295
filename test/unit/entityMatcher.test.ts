// The recognizer keeps leftmost-longest mentions, choosing before it builds them; what it keeps
// must be what choosing among all of them would keep, or names would lose or gain highlights.
import * as assert from 'node:assert/strict';
import { KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity } from '../../src/core/knowledgeBase/schema';
import { EntityMatcher, selectLongest } from '../../src/core/recognizer/entityMatcher';

describe('entity matcher: leftmost-longest before building mentions', () => {
  it('gives what selectLongest gives of findAll, on random texts', () => {
    let seed = 29;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const words = ['ab', 'Ba', 'ABA', 'aba', 'Bå', 'ss', 'ßa', 'Ñu', 'nu', 'UN', 'un', 'de', 'Mosca'];
    const separators = [' ', '  ', '. ', '-', "'", ', '];
    const alias = () => {
      let a = pick(words);
      for (let w = Math.floor(random() * 3); w > 0; w--) a += pick(separators) + pick(words);
      return a;
    };
    for (let round = 0; round < 200; round++) {
      const entities = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, i) => {
        const aliases = { en: Array.from({ length: 1 + Math.floor(random() * 3) }, alias) };
        // Shared aliases make ambiguous mentions; aliases in capitals only match capitals.
        return random() < 0.5
          ? Entity.parse({ id: `person:e${i}`, type: 'person', name: alias(), aliases })
          : Entity.parse({ id: `organization:e${i}`, type: 'organization', kind: 'other', name: alias(), aliases });
      });
      const matcher = new EntityMatcher(new KnowledgeBase(entities));
      const text = Array.from({ length: 40 }, () => pick([...words, ...separators, '\u0301', 'x', '😀'])).join('');
      assert.deepEqual(matcher.findLongest(text), selectLongest(matcher.findAll(text)), `round ${round}: ${JSON.stringify(text)}`);
    }
  });
});

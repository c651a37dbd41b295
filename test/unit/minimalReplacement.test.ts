// The editor is sent only what changed in an article's semantic tokens after an edit; what it
// is sent must rebuild the new tokens exactly, or names would be coloured in the wrong places.
import * as assert from 'node:assert/strict';
import { minimalArrayReplacement, minimalReplacement } from '../../src/core/text/minimalReplacement';

function apply(before: Uint32Array, edit: { start: number; deleteCount: number; data: Uint32Array }): Uint32Array {
  return Uint32Array.from([...before.subarray(0, edit.start), ...edit.data, ...before.subarray(edit.start + edit.deleteCount)]);
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('minimalReplacement', () => {
  it('keeps the common head and tail of two texts', () => {
    assert.deepEqual(minimalReplacement('Putin visited Erevan', 'Putin visited Yerevan'), { start: 14, end: 15, replacement: 'Ye' });
  });
});

describe('minimalArrayReplacement', () => {
  it('rebuilds the new array from the old one, in whole tokens, over random edits', () => {
    const next = random(7);
    for (let round = 0; round < 2000; round++) {
      const tokens = Math.floor(next() * 40);
      const before = Uint32Array.from({ length: 5 * tokens }, () => Math.floor(next() * 4));
      const at = 5 * Math.floor(next() * (tokens + 1));
      const removed = 5 * Math.floor(next() * Math.min(3, tokens - at / 5 + 1));
      const inserted = Uint32Array.from({ length: 5 * Math.floor(next() * 3) }, () => Math.floor(next() * 4));
      const after = Uint32Array.from([...before.subarray(0, at), ...inserted, ...before.subarray(at + removed)]);
      const edit = minimalArrayReplacement(before, after, 5);
      assert.deepEqual(apply(before, edit), after, `round ${round}`);
      assert.equal(edit.start % 5, 0, `round ${round}: the edit starts at a token`);
      assert.equal(edit.deleteCount % 5, 0, `round ${round}: whole tokens are deleted`);
      assert.ok(edit.data.length <= inserted.length + 5, `round ${round}: no more is sent than changed`);
    }
  });

  it('sends one token when one of 17,000 changes, and nothing when none does', () => {
    const before = Uint32Array.from({ length: 5 * 17_000 }, (_, i) => (i * 7) % 11);
    const after = before.slice();
    after[5 * 9_000 + 2] += 1; // one name one letter longer
    assert.deepEqual(minimalArrayReplacement(before, after, 5), { start: 45_000, deleteCount: 5, data: after.slice(45_000, 45_005) });
    assert.deepEqual(minimalArrayReplacement(before, before.slice(), 5), { start: 85_000, deleteCount: 0, data: new Uint32Array(0) });
  });
});

// Recognition joins the known mentions and the candidate names by merging the two lists, not by
// sorting them together: the result, ties and their order included, must be the sort's.
import * as assert from 'node:assert/strict';
import { mergeSorted } from '../../src/core/recognizer/recognizer';
import { prng } from '../fuzz/editScripts';

interface Span {
  start: number;
  end: number;
  id: string;
}

const order = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

function spans(next: () => number, name: string, sorted: boolean): Span[] {
  const count = Math.floor(next() * 12);
  // Few distinct offsets, so that equal starts and equal spans are common.
  const list = Array.from({ length: count }, (_, i) => {
    const start = Math.floor(next() * 8);
    return { start, end: start + 1 + Math.floor(next() * 3), id: `${name}${i}` };
  });
  return sorted ? list.sort((a, b) => a.start - b.start) : list;
}

describe('merging mentions in order', () => {
  it('gives what sorting the two lists together gives, on 2,000 random pairs, in order or not', () => {
    const next = prng(14);
    for (let run = 0; run < 2000; run++) {
      const first = spans(next, 'a', next() < 0.7);
      const second = spans(next, 'b', next() < 0.7);
      const expected = [...first, ...second].sort(order).map((s) => s.id);
      assert.deepEqual(
        mergeSorted(first, second, order).map((s) => s.id),
        expected,
        JSON.stringify({ first, second }),
      );
    }
  });
});

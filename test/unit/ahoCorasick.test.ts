import * as assert from 'node:assert/strict';
import { AhoCorasick } from '../../src/core/recognizer/ahoCorasick';

function matches(patterns: string[], text: string): string[] {
  const out: string[] = [];
  const ac = new AhoCorasick(patterns);
  ac.forEachMatch(text, (p, end) => out.push(`${patterns[p]}@${end - ac.patternLengths[p]}`));
  return out.sort();
}

/** The same answer by brute force: every occurrence of every pattern. */
function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  for (const p of patterns) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${p}@${i}`);
  return out.sort();
}

describe('Aho-Corasick automaton', () => {
  it('finds overlapping and nested patterns', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    assert.deepEqual(matches(patterns, 'ushers'), ['he@2', 'hers@2', 'she@1']);
  });

  it('agrees with a brute-force search on random texts', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = (n: number) => Array.from({ length: n }, () => 'abcй'[Math.floor(random() * 4)]).join('');
    for (let round = 0; round < 50; round++) {
      const patterns = [...new Set(Array.from({ length: 20 }, () => word(1 + Math.floor(random() * 5))))];
      const text = word(300);
      assert.deepEqual(matches(patterns, text), naive(patterns, text));
    }
  });

  it('reports matches that end together longest first', () => {
    const ac = new AhoCorasick(['security council', 'council']);
    const ends: string[] = [];
    ac.forEachMatch('the security council', (p) => ends.push(['security council', 'council'][p]));
    assert.deepEqual(ends, ['security council', 'council']);
  });
});
